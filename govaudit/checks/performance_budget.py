"""PRF001–PRF006: the 预算执行情况 block of a 绩效自评表 (amounts, execution rate)."""

from __future__ import annotations

from govaudit.checks.common import sum_finding
from govaudit.checks.performance_common import (
    blank_total_parts,
    breakdown_verdicts,
    breakdowns,
    nested,
    AMOUNTS,
    amount,
    as_percent,
    computed_rate,
    finding,
    form_label,
    form_rate,
    pct,
    q,
    rate_section,
    rate_verdict,
    show,
)
from govaudit.engine.arith import Span, judge_equal, judge_le, uncomputed_cells
from govaudit.engine.registry import rule
from govaudit.model import Figure, Severity
from govaudit.model.trusted import construct


@rule(
    "PRF001",
    "绩效自评表：总额应等于其中各项之和（预算数、到位数、执行数）",
    explanation="""
绩效自评表“预算执行情况”中，总额（预算数/到位数/执行数，或年度资金总额）应等于其中各行之和：财政资金
+ 其他资金（及上年结转资金、财政专户管理资金、单位资金等列出的其中项）。每一个金额列都核对；其中各行
都未填写时不核对；总额空白而其中各项有数时报告该空白单元格。差额在四舍五入误差内只作提示（RND001）。
总额分两次列出其中项（“其中：财政拨款 · 其他资金”，又“其中：基本支出 · 项目支出”）时，每一组各自应等于总额。
一行再列出自己的其中项（“其中：基本支出”之下“其中：人员经费 · 公用经费”）时，这些其中项之和应等于该行；哪几行是它的
其中项，按总额判断（该行与同组其余各行之和等于总额的读法）；其中项又列出自己的其中项（财政资金 · 其中：中央财政资金 ·
其中：当年财政拨款 · 上年结转资金 · 地方财政资金）时逐级核对。一行之下列出的不是资金来源或性质的具体事项（“其中：信息化建设 ·
执法装备购置”）可能只列出了一部分：只在其和超过该行时报告。总额分两次列出其中项、各组之和相同而都不等于总额时，
按一组核对（应为该组之和，而不是两组之和）。
""",
    example="「创业扶持资金」执行数 550，其中：财政资金 196.07，其他 0：执行数总额应为 196.07，错误。",
)
def total_is_sum(disclosure, ctx):
    unknown = uncomputed_cells(disclosure)
    for form in disclosure.forms:
        total = form.line("total")
        lines = [b for b in form.budget if b.key != "total"]
        groups = breakdowns(lines, total)
        parts = [p for g in groups for p in g]  # (a line's own 其中 sub-parts left out)
        if total is None or not parts:
            continue
        yield from _nested_sums(disclosure, form, lines, total, unknown)
        for key, name in AMOUNTS.items():
            if not form.has_column(key) or key in total.texts or any(key in p.texts for p in parts):
                continue
            head = total.cells.get(key)
            if all(p.cells.get(key) is None for p in parts):
                continue  # 其中 not filled in: nothing to add up
            judged, named = [parts], False
            if head is not None and len(parts) == 1 and _one_item(parts, key, head):
                continue  # '其中：财政拨款' alone under the 总额: one item of it, not a breakdown
            if head is None:  # a blank 总额: what its breakdown(s) say it is
                judged = [_agreed(parts, lines, key, total)]
            elif head is not None and len(groups) > 1 and judge_equal([head], _figs(parts, key)).status != "ok":
                # the total broken down more than once: each breakdown is to add up on its own; only the ones
                # that do not are reported (all of them, as one, when none does)
                verdicts = breakdown_verdicts(lines, key, head, total)
                wrong = [g for g, status in verdicts if status != "ok"]
                if any(status == "ok" and len(g) > 1 for g, status in verdicts):
                    # beside a breakdown of two or more lines that adds up, a lone 其中 line is one item of the 总额
                    wrong = [g for g in wrong if not _one_item(g, key, head)]
                if len(wrong) == len(groups):  # none adds up: the 总额 is wrong when the breakdowns agree
                    agreed = _agreed(parts, lines, key, total)
                    if len(agreed) < len(parts) or any(len(g) < 2 for g in wrong):
                        wrong = [agreed]  # else each breakdown of two or more lines on its own
                judged, named = wrong, any(len(g) < len(parts) for g in wrong)
            for group in judged:
                which = _breakdown_named(group) if named else ""
                yield from _sum_finding(disclosure, form, total, group, key, name, head, unknown, which)


def _one_item(group, key, head) -> bool:
    """A breakdown of one line ('其中：财政拨款' by source after 基本支出 · 项目支出 by nature, or alone) that is no more
    than the 总额: one item of which, not a whole list (an item above the 总额 is still an error)."""
    return len(group) == 1 and judge_le(_figs(group, key), [head]).status != "error"


def _agreed(parts, lines, key, total):
    """The parts a 总额 that none of its breakdowns adds up to is judged by: one breakdown's when they all come to the
    same (the 总额 is what is wrong, not twice it), else every 其中 line's (“其中：A”, “其中：B”: one breakdown, each
    line written with its own 其中)."""
    figs = blank_total_parts(lines, key, total)
    return [p for p in parts if p.cells.get(key) in figs]


def _nested_sums(disclosure, form, lines, total, unknown):
    """A part broken down again (其中：基本支出 / 其中：人员经费 · 公用经费) equals its own sub-parts' sum."""
    for parent, subs in nested(lines, total):
        for key, name in AMOUNTS.items():
            head = parent.cells.get(key)
            if head is None or not form.has_column(key) or any(key in p.texts for p in subs) \
                    or all(p.cells.get(key) is None for p in subs):
                continue
            whole = parent.label.removeprefix("其中").lstrip(":：")
            if not _kinds_of_money(subs) and judge_le(_figs(subs, key), [head]).status != "error":
                continue  # named items (信息化建设 · 执法装备购置) may be some of the line's only: a shortfall is no error
            yield from _sum_finding(disclosure, form, parent, subs, key, name, head, unknown,
                                    _breakdown_named(subs), whole=whole)


_MONEY_WORDS = ("资金", "拨款", "结转", "结余", "收入", "预算", "基本支出", "项目支出", "人员经费", "公用经费",
                "政府性基金")


def _kinds_of_money(subs) -> bool:
    """Whether a line's sub-parts are all sources or kinds of money (中央财政资金, 上年结转, 人员经费 · 公用经费), which
    together make the whole line; a list naming other things (projects, purchases) may name some of them only."""
    return all(not p.key.startswith("label:") or any(w in p.label for w in _MONEY_WORDS) for p in subs)


def _breakdown_named(group) -> str:
    """'（基本支出、项目支出）': which breakdown of a 总额 broken down more than once does not add up."""
    return "（" + "、".join(p.label.removeprefix("其中").lstrip(":：") for p in group) + "）"


def _figs(parts, key):
    return [p.cells.get(key) for p in parts]


def _sum_finding(disclosure, form, total, parts, key, name, head, unknown, which="", whole=""):
    """`whole`: the label of a part broken down again (its own 其中 sub-parts), '' for the 总额."""
    figs = _figs(parts, key)
    locs = [form.budget_location(total, key)] + [f.source for f in figs if f is not None]
    if any((loc.sheet, loc.cell) in unknown for loc in locs if loc is not None):
        return
    where = f"{form_label(form)}{name}「{whole or '总额'}」"
    title = f"{whole}应等于其中各项{which}之和" if whole else f"{name}总额应等于其中各项{which}之和"
    if head is None:
        expected = Span.of(figs)
        yield finding(disclosure, form, "PRF001", Severity.error,
                      f"{title}。总额单元格为空，按其中各项应为 {expected.shown()}。", locs,
                      title=rule_title("PRF001"), expected=expected.shown())
        return
    v = judge_equal([head], figs)
    if v.status == "ok":
        return
    yield sum_finding(disclosure, "PRF001", Severity.error, where, title, v, locs, form.name, judged=head)


def rule_title(code: str) -> str:
    from govaudit.engine.registry import get_rule

    info = get_rule(code)
    return info.title if info else code


def _le_rule(disclosure, code, left_key, right_keys, title):
    unknown = uncomputed_cells(disclosure)
    for form in disclosure.forms:
        left = amount(form, left_key)
        right = next((amount(form, k) for k in right_keys if amount(form, k) is not None), None)
        if left is None or right is None:
            continue
        right_key = next(k for k in right_keys if amount(form, k) is not None)
        locs = [left.location] + [f.source for f in right.figures]
        if any(loc is not None and (loc.sheet, loc.cell) in unknown for loc in locs):
            continue
        v = judge_le(left.figures, right.figures)
        if v.status == "ok":
            continue
        lname, rname = AMOUNTS[left_key], AMOUNTS[right_key]
        extra = left.whence or right.whence
        d = v.decimals
        if v.status == "rounding":
            yield finding(disclosure, form, "RND001", Severity.info,
                          f"{lname} {show(v.left.value, d)} 比{rname} {show(v.right.value, d)} 多 "
                          f"{show(v.difference, d)}{extra}，在四舍五入误差范围内，不是错误。", locs,
                          expected=f"≤ {show(v.right.value, d)}", actual=show(v.left.value, d),
                          difference=show(v.difference, d))
            continue
        yield finding(disclosure, form, code, Severity.error,
                      f"{lname} {show(v.left.value, d)} 超过{rname} {show(v.right.value, d)}{extra}，"
                      f"多 {show(v.difference, d)}。{title}", locs, title=rule_title(code),
                      expected=f"≤ {show(v.right.value, d)}", actual=show(v.left.value, d),
                      difference=show(v.difference, d))


@rule(
    "PRF002",
    "绩效自评表：到位数不应超过预算数",
    explanation="""
资金到位数是预算安排（调整后预算数）中实际到位的部分，不应超过预算数。超过时通常是预算数没有按调整后
的数填写，或到位数填错；确有原因（如追加未调整预算）时应在表中说明，或在配置中把本规则降为警告。
总额空白时按其中各项之和核对。
""",
    example="预算数 3.00，到位数 3.20：到位数多 0.20，错误。",
)
def arrived_le_budget(disclosure, ctx):
    yield from _le_rule(disclosure, "PRF002", "arrived", ["budget"], "到位资金不应多于预算安排。")


@rule(
    "PRF003",
    "绩效自评表：执行数不应超过到位数（无到位数时不超过预算数）",
    explanation="""
执行数是到位资金中实际支出的部分，不应超过到位数；表中没有到位数（中央式、四川式）时不应超过预算数
（全年预算数/调整后预算数）。超过时通常是执行数填错（如把预算数抄成执行数）。
""",
    example="到位数 20.00，执行数 25.00：执行数多 5.00，错误。",
)
def executed_le_arrived(disclosure, ctx):
    yield from _le_rule(disclosure, "PRF003", "executed", ["arrived", "budget"], "支出不应多于可用资金。")


@rule(
    "PRF004",
    "绩效自评表：执行率（预算执行进度）应等于执行数 ÷ 预算数",
    explanation="""
表中列示的执行率（预算执行进度）应等于执行数 ÷ 预算数（按显示的小数位四舍五入）。两个数的显示值都代表
一个区间（见四舍五入规则）：区间相交时只作提示（RND001）；执行率恰为计算值截断而非四舍五入时报警告
（PRF005）；否则是错误。总额空白时按其中各项之和计算。四川式表逐行列示执行率，每行都核对。
""",
    example="执行数 550，预算数 550，执行率填 35.6%：应为 100.0%，错误。",
    emits=("PRF005",),
)
def rate_matches(disclosure, ctx):
    for form in disclosure.forms:
        for line in form.budget:
            shown = line.cells.get("rate")
            if shown is None:
                continue
            got = computed_rate(form, line)
            if got is None:
                continue
            verdict = rate_verdict(shown, got.value, got.lo, got.hi)
            if verdict == "ok":
                continue
            d = shown.decimals
            right = q(got.value, d)
            budget = line.cells.get("budget") if line.key != "total" else None
            locs = [shown.source, got.location]
            if line.key == "total":
                b = amount(form, "budget")
                locs.append(b.location if b else None)
            else:
                locs.append(budget.source if budget else None)
            what = "执行率" if line.key == "total" else f"「{line.label}」执行率"
            e = amount(form, "executed") if line.key == "total" else None
            b = amount(form, "budget") if line.key == "total" else None
            e_text = e.span.shown() if e else line.cells["executed"].shown()
            b_text = b.span.shown() if b else line.cells["budget"].shown()
            parts = (e.whence if e else "") or (b.whence if b else "")
            base = f"执行数 {e_text} ÷ 预算数 {b_text}{parts} = {show(got.value, max(d + 2, 3))}%"
            diff = shown.value - got.value
            if verdict == "rounding":
                yield finding(disclosure, form, "RND001", Severity.info,
                              f"{what}填 {shown.shown()}，{base}，相差在四舍五入误差范围内，不是错误。", locs,
                              expected=pct(right, d), actual=shown.shown())
            elif verdict == "truncated":
                yield finding(disclosure, form, "PRF005", Severity.warning,
                              f"{what}填 {shown.shown()}，{base}，四舍五入应为 {pct(right, d)}："
                              f"显示值是截断（舍去尾数）而不是四舍五入的结果。", locs, title=rule_title("PRF005"),
                              expected=pct(right, d), actual=shown.shown())
            else:
                lo, hi = shown.interval()
                yield finding(disclosure, form, "PRF004", Severity.error,
                              f"{what}填 {shown.shown()}，而{base}，应为 {pct(right, d)}；相差 "
                              f"{show(abs(diff), max(d, 1))} 个百分点，超出四舍五入可解释的范围"
                              f"（{shown.shown()} 代表 [{show(lo, d + 1)}%, {show(hi, d + 1)}%]）。", locs,
                              title=rule_title("PRF004"), expected=pct(right, d), actual=shown.shown(),
                              difference=show(diff, max(d, 1)))


@rule(
    "PRF005",
    "绩效自评表：执行率是截断而不是四舍五入的结果",
    severity="warning",
    explanation="""
执行率应按四舍五入显示。99.997% 显示为 99% 是截断（把尾数直接舍去）的结果，四舍五入应为 100%。
差别虽小，但说明表中数字不是按规则计算的，读者也会误以为没有全部执行。由 PRF004 的核对一并发现。
""",
    example="执行数 14.99962，预算数 15.00，执行率填 99%：应为 100%，警告。",
)
def rate_truncated(disclosure, ctx):
    return iter(())  # reported by rate_matches (PRF004), which tells truncation from error


@rule(
    "PRF006",
    "绩效自评表：预算执行率指标的实际完成值应与表中执行率一致",
    explanation="""
河北式表把“预算执行率”作为一项绩效指标打分（别的表在预算执行一栏没有分值、得分时，把它作为产出指标等之下的一行），
其实际完成值（填写时）应与表中预算执行情况的执行率一致
（列示的执行率；未列示时为执行数 ÷ 预算数）。两者按较少的小数位四舍五入后相同即为一致；区间相交只作
提示；否则是错误。常见错误是不论实际执行多少都填 100%。
""",
    example="执行率 57.50%，预算执行率指标实际完成值填 100%：错误。",
)
def rate_indicator_agrees(disclosure, ctx):
    for form in disclosure.forms:
        section = rate_section(form)
        ref = form_rate(form)
        if section is None or ref is None:
            continue
        for ind in section.indicators:
            if not isinstance(ind.actual, Figure):
                continue
            value, d = as_percent(ind.actual)
            dd = min(d, ref.decimals)
            if q(value, dd) == q(ref.value, dd):
                continue
            half = construct(Figure, value=value, decimals=d, percent=True, unit="%",
                             source=ind.actual.source).interval()
            actual = ind.actual.text or ind.actual.shown()
            what = "表中执行率" if ref.how == "shown" else "执行数 ÷ 预算数"
            locs = [ind.actual.source, ref.location]
            shown_ref = ref.text or pct(ref.value, 2)
            if half[0] <= ref.hi and ref.lo <= half[1]:
                yield finding(disclosure, form, "RND001", Severity.info,
                              f"预算执行率指标实际完成值 {actual} 与{what} {shown_ref} "
                              f"相差在四舍五入误差范围内，不是错误。", locs, expected=shown_ref,
                              actual=actual)
                continue
            yield finding(disclosure, form, "PRF006", Severity.error,
                          f"预算执行率指标的实际完成值填 {actual}，而{what}为 {shown_ref}，"
                          f"两者应一致。", locs, title=rule_title("PRF006"), expected=shown_ref,
                          actual=actual)
