"""TXT0xx: what the narrative says against the tables and against itself (amounts, changes, rates, shares).

Only claims whose subject was read unambiguously (rules/narrative.toml, or a 功能分类 类 in a list whose lead
names the spending) are judged; every comparison is between intervals, so a figure rounded to 0.1 万元 in the
text against 0.01 in a table is not an error.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from govaudit.checks.budget_items import restated_item_budgets
from govaudit.checks.budget_text import (all_funds_part, bare_totals, budget_table_part, category_split, copied_part,
                                         department_side, prior_budget_changes, prior_budget_directions, said_none,
                                         side_changes, spent_base)
from govaudit.checks.budget_shares import listed_share_whole
from govaudit.checks.narrative_reasons import reasons_disagree
from govaudit.checks.narrative_parts import (bare_share_whole, item_parts_add_up, vehicle_counts, ECONOMIC_TOTALS, LIST_WORDS_RE, belongs, closed_list, economic_items,
                                             economic_table)
from govaudit.checks.narrative_common import (
    FUND_PREFIX_RE, FUND_WHOLES, HUNDRED, MONEY_UNITS, OWN_WORDS_RE, Val, add, bare, category_candidates,
    category_value, part_named_before,
    category_row_figures, claim_table_value,
    claims, finding, fund_lines, item_wholes, merged, of_claim, of_figures, pct, quote, ratio, same_value_hint, show,
    passage_of, signed, subject_value, sum_finding, table_figure, tidy, truncation_fits, narrower_line,
)
from govaudit.engine.registry import rule
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)
from govaudit.model import Claim, Location, Severity
from govaudit.model.claim import ACTUAL_WORDS, ANY_SPENDING, OF_BUDGETS
from govaudit.narrative_data import FUND_NAMES, narrative_data
from govaudit.records import dataclass
from govaudit.text import norm

NEEDS = ("text",)  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)


def _money(claim: Claim) -> bool:
    return claim.amount is not None and claim.amount.unit in MONEY_UNITS


def _this_years(c: Claim, disclosure) -> bool:
    """In a 预算 a budget amount is this year's ("“三公”经费预算数为37.91万元"); last year's budget ("2024年预算数为…")
    was read as basis prior."""
    return c.basis is None or (c.basis == "budget" and disclosure.stage == "预算")


def _amounts(cs: list[Claim], disclosure) -> list[Claim]:
    """This year's amounts of known subjects."""
    return [c for c in cs if c.kind == "amount" and c.known and _money(c) and not c.project and _this_years(c, disclosure)]


@rule(
    "TXT001",
    "情况说明中的金额应与公开表一致",
    explanation="""
文中说出某项（收支总计、本年收入合计、财政拨款支出、某个功能分类“类”、“三公”经费各项……）的金额时，应与公开表中
同一项的数一致。名称按 rules/narrative.toml 的对照表识别，“类”按所在段落列举的是谁的支出（财政拨款支出 → 公开04表）
找表。逐项说明的段落（“1、一般公共服务支出（类）财政事务（款）行政运行（项）。……支出决算为1511.89万元”）按
类、款、项的名称在所在标题所说的表中（“一般公共预算财政拨款支出决算具体情况” → 公开05表）逐级找到唯一的一行再核对；
找不到或不唯一时不核对。两边都按显示的位数看成区间，区间相交即一致：文中 6101.2 万元与表中 6101.24 不是错误。
决算中文字所说的“三公”经费（及各项）预算数对照公开07表的预算数；表中是全年预算数，文中写“年初预算”而与之不同时
只报警告（年中可能调整过预算）。
""",
    example="文中“财政拨款支出6634.67万元”，公开04表本年支出合计 6101.24：错误（6634.67 是收支总计）。",
    emits=("TXT010",),
)
@merged
def amounts_match_tables(disclosure, ctx):
    for c in _amounts(claims(disclosure, ctx), disclosure):
        either = _either(c.subject)
        if either and not c.category and not c.item:
            yield from _either_whole(disclosure, c, either)
            continue
        tv = claim_table_value(disclosure, c)
        if tv is None:
            yield from _against_empty_table(disclosure, c)
            yield from _category_fits_none(disclosure, c)
            continue
        if all_funds_part(disclosure, c, claims(disclosure, ctx)) or department_side(disclosure, c):  # (budget_text.py)
            continue
        stated, table = of_claim(c.amount), tv.val
        if stated.meets(table):
            continue
        shown, yuan = table.shown(), tv.figures[0].unit == "元"
        in_yuan = f"（{tv.figures[0].text or show(table.value * 10000, 0)} 元）" if yuan else ""
        if truncation_fits(c.amount, table):
            if yuan:  # the tail that was cut off must show: 877,080 元 is 87.7080 万元
                shown = f"{show(table.value, min(table.decimals, 4))} 万元{in_yuan}"
            yield finding(disclosure, c, "TXT010", Severity.warning,
                          f"{quote(c, c.amount)}与{tv.cell}的 {shown} 相比是截断（舍去尾数）而不是四舍五入的结果，"
                          f"四舍五入应为 {show(table.value, c.amount.decimals)}。", [tv.location],
                          expected=show(table.value, c.amount.decimals), actual=bare(c.amount))
            continue
        hint = same_value_hint(disclosure, c.amount, exclude=tv.location)
        if yuan:
            shown = _in_wan(tv, c)
        if c.amount.unit in ("元", "千元"):  # exact to a clerk: 384900.00元 is 38.49 万元, not [38.4899995, 38.4900005]
            said = f"{stated.shown()} 万元（{c.amount.text}）"
        elif not c.amount.text.endswith(MONEY_UNITS):  # "本部门未发生“三公”经费支出": said to be none (claims._said_none)
            said = "没有（0）"
        else:
            said = (f"{stated.shown()}（区间 [{show(stated.lo, stated.decimals + 1)}, "
                    f"{show(stated.hi, stated.decimals + 1)}]）")
        # a table in 元 is exact to a clerk (its interval, ±0.005 元, would print one number twice); one in 万元 shows
        # its interval to one decimal more than it shows
        places = max(3, table.decimals + 1)
        span = "" if yuan else f"（区间 [{show(table.lo, places)}, {show(table.hi, places)}]）"
        gap = show(stated.value - table.value, 2)
        if yuan and c.amount.unit == "元":
            # both in 元 (with cents): stated as printed, 3,800,456.39 元 and 3,800,465.39 元, 相差 9.00 元 (s16rev r22)
            cents = max(table.decimals - 4, stated.decimals - 4, 0)
            shown, said = f"{show(table.value * 10000, cents)} 元", f"{show(stated.value * 10000, cents)} 元"
            gap = f"{show((stated.value - table.value) * 10000, cents)} 元"
        narrower = narrower_line(disclosure, c, claims(disclosure, ctx))
        if narrower is not None:
            # "基本支出776.71万元" under a heading or after words naming 一般公共预算财政拨款 not read as such: the figure
            # is that fund's own (公开05表), so the words' scope is in doubt, not the figure: a warning that says so
            hint = (f"；文中的数与{narrower[1].label}（{narrower[0]}）一致，如果这里说的是该口径，请在文中写明"
                    f"“{narrower[0].removesuffix(c.subject)}”")
        yield finding(disclosure, c, "TXT001", Severity.error if narrower is None else Severity.warning,
                      f"{quote(c, c.amount)}与{tv.cell}不符：表中为 {shown}{span}，"
                      f"文中为 {said}，相差 {gap}{hint}。",
                      [tv.location], expected=show(table.value, max(c.amount.decimals, 2)) if yuan else table.shown(),
                      actual=bare(c.amount), difference=show(stated.value - table.value, 2))
    yield from _economic_items_match(disclosure, claims(disclosure, ctx))
    yield from _changes_against_budget(disclosure, claims(disclosure, ctx))
    yield from _budgets_match_tables(disclosure, claims(disclosure, ctx))
    yield from said_none(disclosure)  # "本部门无政府性基金预算拨款收入" in a 预算 (checks/budget_text.py)


def _agrees_with_06(disclosure):
    def agrees(c: Claim) -> bool:
        tv = subject_value(disclosure, c.subject)
        return tv is not None and tv.table.kind in ECONOMIC_TOTALS and of_claim(c.amount).meets(tv.val)
    return agrees


def _economic_items_match(disclosure, cs: list[Claim]):
    """"公用经费34.89万元，主要包括：办公费10.12万元、差旅费4.57万元…" (the 公用经费 as 公开06表 prints it): each item
    named as one 款 of that side of 公开06表 is held against that row."""
    table = economic_table(disclosure)  # (公开06表, a 预算's B08)
    for lead, items in economic_items(disclosure, cs, _money, _agrees_with_06(disclosure)):
        for o, row in items:
            tv = next((tv for col in ECONOMIC_TOTALS[table.kind] if (tv := table_figure(
                disclosure, table.kind, row.key, col)) is not None), None) if row is not None else None
            if tv is None or (stated := of_claim(o.amount)).meets(tv.val):
                continue
            said = f"{stated.shown()} 万元（{o.amount.text}）" if o.amount.unit in ("元", "千元") else o.amount.text
            yield finding(disclosure, o, "TXT001", Severity.error,
                          f"{quote(o, o.amount)}（{lead.subject}的组成）与{tv.cell}（{row.code}）不符："
                          f"表中为 {tv.val.shown()}，文中为 {said}，相差 {show(stated.value - tv.val.value, 2)}。",
                          [tv.location], expected=tv.val.shown(), actual=bare(o.amount),
                          difference=show(stated.value - tv.val.value, 2))


def _either(subject: str | None) -> tuple[str, ...]:
    """The subjects a whole's name may mean (rules/narrative.toml `either`: 总收入 → 本年收入合计 or 收入总计), or ()."""
    spec = narrative_data().subjects.get(subject) if subject else None
    return spec.either if spec is not None else ()


def _either_whole(disclosure, c: Claim, either: tuple[str, ...]):
    """A whole whose name may mean either of two (“总收入”: 本年收入合计 or 收入总计, rules/narrative.toml either): wrong only
    when the amount meets neither (nor a fund's own line of them, which a 财政拨款 heading may mean)."""
    said = [(name, tv) for name in either for tv in [subject_value(disclosure, name)] if tv is not None]
    if not said:
        return
    stated = of_claim(c.amount)
    lines = said + [(n, subject_value(disclosure, n)) for name in either for n in FUND_WHOLES.get(name, ())]
    if any(tv is not None and stated.meets(tv.val) for _n, tv in lines):
        return
    told = "，".join(f"{tv.cell} {tv.val.shown()}" for _n, tv in said)
    nearest = min(said, key=lambda s: abs(s[1].val.value - stated.value))[1]
    yield finding(disclosure, c, "TXT001", Severity.error,
                  f"{quote(c, c.amount)}与表中的总数都不符：“{c.subject_text or c.subject}”可指"
                  f"{'或'.join(n for n, _tv in said)}，表中为 {told}，文中为 {stated.shown()}，与哪一个都对不上。",
                  [tv.location for _n, tv in said], expected=nearest.val.shown(), actual=bare(c.amount),
                  difference=show(stated.value - nearest.val.value, 2))


def _in_wan(tv, c: Claim) -> str:
    """A table figure in 元 as a reader compares it with the text's 万元: 7538780 元 is "753.88 万元（7538780 元）", not
    753.8780."""
    figure = tv.figures[0]
    if figure.unit != "元":
        return tv.val.shown()
    decimals = max(c.amount.decimals, 2) if c.amount is not None else 2
    return f"{show(tv.val.value, decimals)} 万元（{figure.text or show(tv.val.value * 10000, 0)} 元）"


def _labelled(shown: str, label: str) -> str:
    """A figure and where it is from: "2270.50（《…》「支出总计」）"; a 元 figure's bracket takes the label too, "1817.33
    万元（18173283 元，《…》「支出总计」「一般公共预算」列）"."""
    return f"{shown[:-1]}，{label}）" if shown.endswith("）") else f"{shown}（{label}）"


def _said(w: Val, label: str) -> tuple[Val, str, str]:
    return w, label, w.shown()


def _of_table(tv, c: Claim) -> tuple[Val, str, str]:
    return tv.val, _whole_label(tv), _in_wan(tv, c)


def _whole_label(tv) -> str:
    return tv.cell  # (narrative_common.TableValue.cell: the column too, when not the table's total column)


def _cell(figure) -> str:
    """A table figure's label with its column (TableValue.cell); a figure the text said (_Said) has its label only."""
    return getattr(figure, "cell", figure.label)


_YEAR_SAID_RE = lazy(r"(20\d{2})年")


def _category_fits_none(disclosure, c: Claim):
    """A 预算's 类 named where no heading says whose spending ("一般公共服务（类）支出1,909.20万元" under 支出预算), whose
    tables print it differently (支出预算总表 1,990.20, 一般公共预算支出表 1,950.20): whichever the text means, an
    amount that is none of them is wrong. (A 决算 is left alone: its 收入决算表 prints the 类 too, as no spending.)"""
    if disclosure.stage != "预算" or c.basis is not None or c.amount is None or c.amount.unit not in MONEY_UNITS:
        return  # (“2018年一般公共服务（类）支出为7,827.12万元”: last year's)
    if any(int(y) != disclosure.year for y in _YEAR_SAID_RE.findall(c.sentence)):
        return  # (a year the tables do not print, or tables that print none: which year's is not certain)
    found = category_candidates(disclosure, c)
    stated = of_claim(c.amount)
    if len(found) < 2 or any(stated.meets(tv.val) or truncation_fits(c.amount, tv.val)
                             for tv in found + category_row_figures(disclosure, c)):
        return  # (an amount some column of the 类 prints: its 基本支出, its 财政拨款 … may be meant)
    listed = "，".join(f"{tv.cell}为 {_in_wan(tv, c)}" for tv in found)
    yield finding(disclosure, c, "TXT001", Severity.error,
                  f"{quote(c, c.amount)}与公开表不符：{listed}，文中为 {stated.shown()}，与哪一张表都不一致。",
                  [tv.location for tv in found], actual=bare(c.amount))


def _against_empty_table(disclosure, c: Claim):
    """An amount of a subject whose table is printed empty (公开09表 "本表以空表列示": no figure in any row), and no other
    table prints it: the table says 0."""
    spec = narrative_data().subjects.get(c.subject)
    if spec is None or c.category or c.item or not spec.figures or c.amount.value == 0:
        return
    table = disclosure.tables.get(spec.figures[0][0].table)
    if table is None or any(f is not None for r in table.rows for f in r.cells.values()):
        return
    where = Location(file=disclosure.path, sheet=table.sheet, cell=table.title_cell, table_title=table.label)
    yield finding(disclosure, c, "TXT001", Severity.error,
                  f"{quote(c, c.amount)}与{table.label}不符：该表是空表（没有任何数字，即为 0），文中为 {c.amount.text}。",
                  [where], expected="0", actual=bare(c.amount))


def _budgets_match_tables(disclosure, cs: list[Claim]):
    """In a 决算, a budget the text states (““三公”经费财政拨款支出预算为21.00万元”) against the table's 预算数 (公开07表);
    the table prints the 全年 budget (年初 + 调整): a 年初 budget that differs is a warning, not an error."""
    if disclosure.stage == "预算":
        return  # (a 预算's budget amounts are this year's amounts: judged above)
    for c in cs:
        if c.kind != "amount" or c.basis != "budget" or not c.known or not _money(c) or c.project or c.item \
                or c.category or c.basis_year or c.budget_word == OF_BUDGETS:
            continue
        if c.budget_word == "调整后" and "调整后" not in c.clause:
            continue  # ("全年调整预算0万元": the adjustment, perhaps, not the adjusted budget)
        tv = subject_value(disclosure, c.subject, budget=True)
        if tv is None:
            continue
        stated, table = of_claim(c.amount), tv.val
        if stated.meets(table):
            continue
        if any(o is not c and o.kind == "amount" and o.basis == "budget" and o.subject == c.subject and _money(o)
               and o.budget_word != c.budget_word and o.paragraph == c.paragraph and o.sentence_no == c.sentence_no
               and of_claim(o.amount).meets(table) for o in cs):
            continue  # "年初预算为16.00万元，全年预算为12.50万元" with 16.00 in the table: it prints the other one (上海: 年初)
        said = quote(c, c.amount, f"{c.subject_text}{c.budget_word or ''}预算")
        gap = show(stated.value - table.value, 2)
        if c.budget_word == "年初":
            if any(o.kind == "amount" and o.basis == "budget" and o.subject == c.subject and o.budget_word != "年初"
                   and o.paragraph == c.paragraph and o.sentence_no == c.sentence_no for o in cs):
                continue  # ("年初预算为6.00万元，全年预算为7.50万元": the text tells the two apart itself)
            yield finding(disclosure, c, "TXT001", Severity.warning,
                          f"{said}与{tv.cell}不同：表中为 {table.shown()}（全年预算数，含年中调整），文中年初预算数为 "
                          f"{stated.shown()}，相差 {gap}；年中没有调整预算时两者应相同。", [tv.location],
                          expected=table.shown(), actual=bare(c.amount), difference=gap)
            continue
        yield finding(disclosure, c, "TXT001", Severity.error,
                      f"{said}与{tv.cell}不符：表中为 {table.shown()}，文中为 {stated.shown()}，相差 {gap}。",
                      [tv.location], expected=table.shown(), actual=bare(c.amount), difference=gap)


NAMED_BUDGET_RE = lazy(r"(年初|全年|调整后?)预算")


def _changes_against_budget(disclosure, cs: list[Claim]):
    """“公务接待费支出决算为1.26万元，比预算减少1.74万元”: the change against the budget is the table's 决算数 − 预算数
    (公开07表), when the text names no particular budget or the 全年/调整后 one the table prints; a change the other way
    round is TXT006's. “年末财政拨款结转和结余497.09万元，比年初减少37.25万元”: the change since the year's start is the
    table's 年末 − 年初 figure of the same balance (公开01/04表)."""
    data = narrative_data()
    for c in cs:
        if _two_amounts(c):
            # "本年收入12170.05万元，较2023年度的10920.46万元增加1252.89万元": this year's less last year's, both stated
            yield from _change_against(disclosure, c, _Said(of_claim(c.amount), "文中本年数", c.location),
                                       _Said(of_claim(c.base), "文中上年数", c.location), ("本年数", "上年数"))
            continue
        if c.kind != "change" or c.basis not in ("budget", "opening") or c.change is None \
                or c.change.unit not in MONEY_UNITS or not c.direction:
            continue
        named = NAMED_BUDGET_RE.search(norm(c.clause))
        if c.basis == "budget" and named is not None and named.group(1) == "年初":
            # (公开07表 prints the 全年 budget: a 年初 one may differ) “较年初预算7.50万元减少3.82万元”: the one the clause
            # states, else the sentence's one 年初 budget (“…（项）年初预算650.00万元，支出决算704.81万元，比年初预算增加
            # 54.81万元”: the sentence's own figures, whoever it speaks of)
            said = _said_budgets(c, cs, lambda o: o.clause == c.clause) or (
                _said_budgets(c, cs, lambda o: o.budget_word == "年初" and o.subject == c.subject)
                if _one_actual(c, cs) else [])
            # (a change whose subject is not read, “…（项）2023年度决算数为1265.09万元，比年初预算数1180.00万元增加
            # 93.09万元”: of the sentence's one amount of this year, s18rev r3)
            actual = c.amount if c.amount is not None else _sole_actual(c, cs) if not c.subject else None
            if len(said) == 1 and actual is not None and actual.unit in MONEY_UNITS and actual.text != said[0].amount.text:
                yield from _change_against(disclosure, c, _Said(of_claim(actual), "文中决算数", c.location),
                                           _Said(of_claim(said[0].amount), "文中年初预算数", said[0].location),
                                           ("决算数", "年初预算数"))
            continue
        if not c.known or c.item or c.category:
            continue
        if c.basis == "budget" and subject_value(disclosure, c.subject, budget=True) is None \
                and (said := _stated_budget(c, cs)) is not None:
            # "一般公共预算财政拨款支出决算2116.25万元，完成调整预算2150.00万元的98.43%，比调整预算减少33.75万元": no
            # table prints that budget; the sentence's own two amounts
            yield from _change_against(disclosure, c, _Said(of_claim(c.amount), "文中决算数", c.location),
                                       _Said(of_claim(said.amount), "文中预算数", said.location), ("决算数", "预算数"))
            continue
        if c.basis == "opening":
            start = c.subject.replace("年末", "年初")
            if start == c.subject or start not in data.subjects:
                continue  # (a 资产总额 “比年初增加”: no table)
            yield from _change_against(disclosure, c, subject_value(disclosure, c.subject),
                                       subject_value(disclosure, start), ("年末数", "年初数"))
            continue
        yield from _change_against(disclosure, c, subject_value(disclosure, c.subject),
                                   subject_value(disclosure, c.subject, budget=True), ("决算数", "预算数"))
    for c, final, base in prior_budget_changes(disclosure, cs):  # 预算: last year's 预算数 printed (checks/budget_text.py)
        yield from _change_against(disclosure, c, final, base, ("本年预算数", "上年预算数"))


def _two_amounts(c: Claim) -> bool:
    """A change over last year whose sentence states both years' amounts and the change in money."""
    return c.kind == "change" and c.basis == "prior" and c.direction is not None and c.change is not None \
        and c.base is not None and c.amount is not None \
        and all(f.unit in MONEY_UNITS for f in (c.change, c.base, c.amount))


def _changed_otherwise(c: Claim) -> bool:
    """The two amounts c's sentence states differ by another figure than its change (TXT001 reports the change)."""
    now, base = of_claim(c.amount), of_claim(c.base)
    gap = Val(now.value - base.value, now.lo - base.hi, now.hi - base.lo, max(now.decimals, base.decimals))
    return not signed(c.change, c.direction).meets(gap)


def _sole_actual(c: Claim, cs: list[Claim]):
    """The one amount of this year (in money) c's sentence states, when it is a 科目's the paragraph is about, else None
    (not "项目支出1339.54万元，其中XX项目比年初预算数…减少…": another thing's amount)."""
    said = {o.amount.text: o for o in cs if o.kind == "amount" and o.basis is None and _money(o)
            and o.paragraph == c.paragraph and o.sentence_no == c.sentence_no}
    sole = next(iter(said.values())) if len(said) == 1 else None
    return sole.amount if sole is not None and sole.item else None


def _one_actual(c: Claim, cs: list[Claim]) -> bool:
    """c's amount is the one amount of this year its sentence states (not "A年初预算X万元，决算Y万元；B决算Z万元，比年初
    预算减少W万元": whose budget would X be?)."""
    return c.amount is not None and {o.amount.text for o in cs if o.kind == "amount" and o.basis is None
                                     and o.paragraph == c.paragraph and o.sentence_no == c.sentence_no} == {c.amount.text}


def _stated_budget(c: Claim, cs: list[Claim]) -> Claim | None:
    """The one budget amount c's sentence states for a change against the budget (in the change's clause, "比调整预算
    2150.00万元减少…", or said with the same budget word by c's subject or by none read: "完成调整预算2150.00万元的
    98.43%"), when c's amount is the sentence's one amount of this year; else None."""
    if not _one_actual(c, cs):
        return None
    named = NAMED_BUDGET_RE.search(norm(c.clause))
    word = None if named is None else "调整后" if named.group(1).startswith("调整") else named.group(1)
    said = _said_budgets(c, cs, lambda o: o.clause == c.clause) or _said_budgets(
        c, cs, lambda o: (o.subject == c.subject or not o.known) and (word is None or o.budget_word == word))
    return said[0] if len({o.amount.text for o in said}) == 1 else None


def _said_budgets(c: Claim, cs: list[Claim], which) -> list[Claim]:
    """The budget amounts stated in c's sentence that `which` keeps."""
    return [o for o in cs if o.kind == "amount" and o.basis == "budget" and o.paragraph == c.paragraph
            and o.sentence_no == c.sentence_no and _money(o) and which(o)]


@dataclass
class _Said:
    """A figure the sentence states, standing where a table's figure would (`_change_against`)."""

    val: Val
    label: str
    location: Location


def _change_against(disclosure, c: Claim, final, base, words: tuple[str, str]):
    """TXT001 when the stated change is not the tables' final − base figure (the other way round is TXT006's)."""
    if final is None or base is None:
        return
    f, b = final.val, base.val
    gap = Val(f.value - b.value, f.lo - b.hi, f.hi - b.lo, max(f.decimals, b.decimals))
    stated = signed(c.change, c.direction)
    if stated.meets(gap) or (gap.lo <= 0 <= gap.hi) or (1 if gap.value > 0 else -1) != c.direction:
        return  # (equal, or the other way round: TXT006)
    yield finding(disclosure, c, "TXT001", Severity.error,
                  f"{quote(c, c.change, c.direction_word)}与{_cell(final)}、{_cell(base)}不符：{words[0]} {f.shown()} − "
                  f"{words[1]} {b.shown()} = {show(gap.value, 2)}，应为“{c.direction_word}{show(abs(gap.value), 2)}万元”。",
                  [final.location, base.location], expected=show(abs(gap.value), 2), actual=bare(c.change),
                  difference=show(abs(stated.value) - abs(gap.value), 2))


@rule(
    "TXT002",
    "同一项在文中前后说成不同的金额",
    explanation="""
同一段落群（同一个标题如“四、……”“（二）……”之下）中，同一项（同一名称、同为本年数）前后出现两次时应说成
同一个数（按四舍五入区间比较）。不同标题下的同名项可能说的是不同主体（部门与其所属单位），不比较。
""",
    example="“财政拨款本年支出6101.24万元”……“财政拨款支出6634.67万元”：错误。",
)
@merged
def stated_twice_alike(disclosure, ctx):
    first: dict[str, Claim] = {}
    passage = passage_of(disclosure, ctx)
    for c in _amounts(claims(disclosure, ctx), disclosure):
        if c.category and (not c.scope or c.scope == ANY_SPENDING):
            continue  # a 类 named outside a list of whose spending: not known to be the same figure
        if _either(c.subject):
            continue  # 总收入 / 收入总额 may be 本年收入合计 in one sentence and 收入总计 in the next (TXT001 judges each)
        key = f"{c.subject}|{c.category or ''}|{c.scope or ''}|{passage.get(c.paragraph, 0)}"
        prev = first.get(key)
        if prev is None:
            first[key] = c
            continue
        a, b = of_claim(prev.amount), of_claim(c.amount)
        if a.meets(b):
            continue
        yield finding(disclosure, c, "TXT002", Severity.error,
                      f"{quote(c, c.amount)}与第{prev.paragraph}段的“{prev.subject_text}{prev.amount.text}”说的是同一项"
                      f"（{c.subject}），金额却不同：{b.shown()} 与 {a.shown()}，相差 {show(b.value - a.value, 2)}。",
                      [prev.location], expected=bare(prev.amount), actual=bare(c.amount),
                      difference=show(b.value - a.value, 2))
    # a 科目 paragraph's "2025年预算安排B万元" is the 科目's own amount again (checks/budget_items.py)
    yield from restated_item_budgets(disclosure, claims(disclosure, ctx))


def this_year(disclosure, c: Claim, earlier: dict[str, Claim]) -> tuple[Val, str] | None:
    """The subject's amount this year: as the sentence states it, else the table's, else stated earlier."""
    if c.amount is not None and c.amount.unit in MONEY_UNITS:
        return of_claim(c.amount), f"文中 {c.amount.text}"
    if c.known:
        tv = claim_table_value(disclosure, c)
        if tv is not None:
            return tv.val, f"{tv.cell} {tv.val.shown()}"
        prev = earlier.get(c.subject)
        if prev is not None:
            return of_claim(prev.amount), f"第{prev.paragraph}段 {prev.amount.text}"
    return None


BASIS_WORDS = {"prior": ("上年数", "本年数"), "budget": ("预算数", "决算数"), "opening": ("年初数", "年末数")}


@rule(
    "TXT003",
    "增减率应等于增减额 ÷ 比较的基数",
    explanation="""
“比上年增加 X 万元，增长 Y%”中 Y 应为 X ÷ 上年数，上年数 = 本年数 − X（减少时为本年数 + X）；与预算比较时基数是
预算数。本年数取同一句所说的数，没有时取公开表的数。各数按显示位数看成区间，算出的比率区间与文中比率的区间不相交
才报告。比率恰好等于 X ÷ 本年数（以本年数为分母这一常见错误）时报 TXT004（警告），否则是错误。增减额等于本年数
（上年为零）时不能算增长率，报 TXT005。句中自己说出上年数（“上年为A万元”“2022年当年预算执行数为A万元，2023年预算
安排B万元，比2022年预算执行数增加Y%”）时，Y 应为 (B − A) ÷ A；A 为零报 TXT005，说增加而 B < A（或相反）报 TXT006。
没有写明主语的句子（“……（项）支出B万元，与上年相比增加X万元，增长Y%”）按该句唯一的本年金额核对。
""",
    example="收支总计 6634.67 万元，“增加208.1万元，增长3.13%”：208.1 ÷ 6634.67 = 3.14%，以本年数为分母；"
            "按上年数 6426.57 应为 3.24%（TXT004）。",
    emits=("TXT004", "TXT005", "TXT010"),
)
@merged
def rates_match_changes(disclosure, ctx):
    earlier: dict[str, Claim] = {}
    cs = claims(disclosure, ctx)
    for c in cs:
        # in a 预算 “基本支出预算数为7666.68万元” is this year's amount; the nearest statement before is the one meant
        if c.kind == "amount" and c.known and _money(c) and not c.project and (
                c.basis is None or (c.basis == "budget" and disclosure.stage == "预算")):
            earlier[c.subject] = c
        if c.kind == "change" and c.base is not None and c.rate is not None and c.direction and (
                c.change is None or _two_amounts(c) and _changed_otherwise(c)):
            # (a change the two amounts disprove is TXT001's: the rate is judged on the amounts, not on it)
            yield from _rate_of_two_amounts(disclosure, c, cs)
            continue
        if c.kind != "change" or c.change is None or c.rate is None or c.direction is None:
            continue
        if c.change.unit not in MONEY_UNITS or not c.basis:
            continue
        if c.rate_word and c.direction_word and _dir(c.rate_word) != c.direction:
            continue  # TXT006 reports the words that disagree
        ch = of_claim(c.change)
        s = c.direction
        got = None
        if c.base is not None and c.base.unit in MONEY_UNITS:
            # the sentence states the base ("（2016年度…预算安排为8,648.07万元），增加498.72万元"): its rate is of that
            # base, this year is base ± change (whether that agrees with the tables is another question)
            b = of_claim(c.base)
            lo, hi = (b.lo + ch.lo, b.hi + ch.hi) if s > 0 else (b.lo - ch.hi, b.hi - ch.lo)
            got = Val(b.value + s * ch.value, lo, hi, max(b.decimals, ch.decimals)), f"文中上年数 {c.base.text}"
        else:
            got = this_year(disclosure, c, earlier)
        if got is None:
            continue
        now, now_text = got
        base = Val(now.value - s * ch.value, now.lo - s * ch.hi, now.hi - s * ch.lo, max(now.decimals, ch.decimals))
        base_word, now_word = BASIS_WORDS[c.basis]
        if base.value == 0 or base.hi <= 0:
            if c.basis == "prior" and not (now.value == 0 and ch.value == 0 and c.rate.value == 0):
                # (nothing then and nothing now, "增加0万元，增长0%": no change, said so; nothing to warn about)
                yield finding(disclosure, c, "TXT005", Severity.warning,
                              f"{quote(c, c.rate, c.rate_word)}：增减额 {c.change.text} 等于本年数（{now_text}），"
                              f"{base_word}为零，不能计算增长率。", actual=c.rate.text)
            continue
        stated = of_claim(c.rate)
        right = ratio(ch, base)
        if right is None or stated.meets(right) or _times_fits(c, stated, now, base):
            continue
        d = max(c.rate.decimals, 2)
        on_now = ratio(ch, now) if not c.rate.text.endswith("倍") else None
        if on_now is not None and (stated.meets(on_now) or truncation_fits(c.rate, on_now)):
            yield finding(disclosure, c, "TXT004", Severity.warning,
                          f"{quote(c, c.rate, c.rate_word)}：{ch.shown()} ÷ {now.shown()} = {pct(on_now.value, d)}，"
                          f"以{now_word}为分母；按{base_word} {base.shown()}（{now.shown()} {'−' if s > 0 else '+'} "
                          f"{ch.shown()}）计算应为 {pct(right.value, c.rate.decimals)}。",
                          expected=pct(right.value, c.rate.decimals), actual=c.rate.text)
            continue
        if truncation_fits(c.rate, right) and not c.rate.text.endswith("倍"):
            yield finding(disclosure, c, "TXT010", Severity.warning,
                          f"{quote(c, c.rate, c.rate_word)}：{ch.shown()} ÷ {base_word} {base.shown()} = "
                          f"{pct(right.value, d)}，文中的数是截断而不是四舍五入的结果，应为 "
                          f"{pct(right.value, c.rate.decimals)}。", expected=pct(right.value, c.rate.decimals),
                          actual=c.rate.text)
            continue
        times = c.rate.text.endswith("倍")  # (“增长1.18倍”: shown as times, 117.91% = 1.18倍)
        yield finding(disclosure, c, "TXT003", Severity.error,
                      f"{quote(c, c.rate, c.rate_word)}与增减额不符：{ch.shown()} ÷ {base_word} {base.shown()}"
                      f"（{now.shown()} {'−' if s > 0 else '+'} {ch.shown()}）= {pct(right.value, d)}"
                      + (f"（{show(right.value / HUNDRED, 2)}倍）" if times else "")
                      + (f"；以{now_word}为分母也只有 {pct(on_now.value, d)}" if on_now is not None else "") + "。",
                      expected=f"{show(right.value / HUNDRED, 2)}倍" if times else pct(right.value, c.rate.decimals),
                      actual=c.rate.text)


def _times_fits(c: Claim, stated: Val, now: Val, base: Val) -> bool:
    """“增长X倍” said as how many times the base this year is (“增长2.18倍” for 2.18 times, i.e. +118%), a common
    reading: such a figure is not judged wrong."""
    times = ratio(now, base) if c.rate.text.endswith("倍") else None
    return times is not None and stated.value > HUNDRED and stated.meets(times)  # ("1倍" ± 50 points: not so)


def _rate_of_two_amounts(disclosure, c: Claim, cs: list[Claim]):
    """“上年为A万元，…B万元，增长C%”: C = (B − A) ÷ A, with both amounts as the sentence states them."""
    if c.amount is None or c.amount.unit not in MONEY_UNITS or c.base.unit not in MONEY_UNITS:
        return
    source = next((o for o in cs if o.kind == "amount" and o.amount is c.amount and o.paragraph == c.paragraph), None)
    if source is None or (source.basis == "budget" and disclosure.stage != "预算"):
        return  # a budget amount is this year's only in a 预算's text
    now, base = of_claim(c.amount), of_claim(c.base)
    if c.rate.text.endswith("倍"):
        return  # (“由A增长到B，增长X倍”: times or a rate, not judged)
    if base.value == 0 or base.hi <= 0:
        yield finding(disclosure, c, "TXT005", Severity.warning,
                      f"{quote(c, c.rate, c.rate_word)}：同一句所说的比较基数为 {c.base.text}，基数为零时不能计算增长率"
                      f"（{c.amount.text} ÷ 0）。", actual=c.rate.text)
        return
    diff = Val(now.value - base.value, now.lo - base.hi, now.hi - base.lo, max(now.decimals, base.decimals))
    lo, hi = diff.lo / (base.hi if diff.lo >= 0 else base.lo), diff.hi / (base.lo if diff.hi >= 0 else base.hi)
    right = Val(diff.value / base.value * HUNDRED, lo * HUNDRED, hi * HUNDRED, 2)
    stated = signed(c.rate, c.direction)
    if stated.meets(right):
        return
    d = max(c.rate.decimals, 2)
    arith = (f"（{now.shown()} − {base.shown()}）÷ {base.shown()} = {pct(right.value, d)}")
    if (right.value > 0) != (c.direction > 0) and not (right.lo <= 0 <= right.hi):
        yield finding(disclosure, c, "TXT006", Severity.error,
                      f"{quote(c, c.rate, c.rate_word)}：同一句的两个数 {c.base.text}、{c.amount.text}，{arith}，"
                      f"应为{'增长' if right.value > 0 else '下降'}，方向相反。",
                      expected=pct(abs(right.value), c.rate.decimals), actual=c.rate.text)
        return
    if diff.lo > 0 or diff.hi < 0:
        # “2025年预算执行数为58.00万元，2026年预算安排61.23万元，增长5.28%”: 3.23 ÷ 61.23, the common wrong denominator
        gap = Val(abs(diff.value), min(abs(diff.lo), abs(diff.hi)), max(abs(diff.lo), abs(diff.hi)), diff.decimals)
        on_now = ratio(gap, now)
        if on_now is not None and (of_claim(c.rate).meets(on_now) or truncation_fits(c.rate, on_now)):
            yield finding(disclosure, c, "TXT004", Severity.warning,
                          f"{quote(c, c.rate, c.rate_word)}：同一句的两个数 {c.base.text}、{c.amount.text}，"
                          f"{gap.shown()} ÷ 本年数 {now.shown()} = {pct(on_now.value, d)}，以本年数为分母；按上年数 "
                          f"{base.shown()} 计算应为 {pct(abs(right.value), c.rate.decimals)}。",
                          expected=pct(abs(right.value), c.rate.decimals), actual=c.rate.text)
            return
    if truncation_fits(c.rate, Val(abs(right.value), min(abs(right.lo), abs(right.hi)), max(abs(right.lo), abs(right.hi)), 2)):
        yield finding(disclosure, c, "TXT010", Severity.warning,
                      f"{quote(c, c.rate, c.rate_word)}：{arith}，文中的数是截断而不是四舍五入的结果，应为 "
                      f"{pct(abs(right.value), c.rate.decimals)}。", expected=pct(abs(right.value), c.rate.decimals),
                      actual=c.rate.text)
        return
    yield finding(disclosure, c, "TXT003", Severity.error,
                  f"{quote(c, c.rate, c.rate_word)}与同一句所说的两个数不符：{arith}。",
                  expected=pct(abs(right.value), c.rate.decimals), actual=c.rate.text)


@rule("TXT004", "增长率以本年数为分母计算", severity="warning",
      explanation="""
增长率应为增减额 ÷ 上年数。文中的比率恰好等于增减额 ÷ 本年数时，是把分母取错了：数字看起来相近，但不是增长率。
由 TXT003 的核对一并发现。
""", example="“增加208.1万元，增长3.13%”，收支总计 6634.67：208.1 ÷ 6634.67 = 3.14%；应为 208.1 ÷ 6426.57 = 3.24%。")
def _txt004(disclosure, ctx):
    return iter(())


@rule("TXT005", "上年为零时不能计算增长率", severity="warning",
      explanation="增减额等于本年数，说明上年为零，这时“增长 Y%”没有意义。由 TXT003 的核对一并发现。",
      example="“本年支出 10 万元，比上年增加 10 万元，增长 100%”：错误。")
def _txt005(disclosure, ctx):
    return iter(())


@rule("TXT010", "文中的数是截断而不是四舍五入的结果", severity="warning",
      explanation="""
文中的数比按四舍五入应写的数小一个末位单位，正好是把尾数直接舍去（99.96% 写成 99%，14.99962 写成 14.99）。
差别虽小，但不是按规则取整的。由 TXT001、TXT003、TXT011、TXT012、TXT020 的核对一并发现。
""", example="执行数 1837.59、预算数 1838.4，“完成预算的99%”：99.96% 四舍五入应为 100%，警告。")
def _txt010(disclosure, ctx):
    return iter(())


def _dir(word: str) -> int:
    from govaudit.recognize.claims import direction_of

    return direction_of(word)


@rule(
    "TXT006",
    "增减方向的说法前后矛盾",
    explanation="""
同一个比较中，增减额说“增加”而比率说“下降”（或相反），或“由 A 万元增加到 B 万元”而 B 小于 A，说法自相矛盾。
“比预算减少”而公开表中决算数大于预算数（或相反）也是矛盾；句中说出上年数和本年数（“预算9.70万元，比2025年预算10.50万元
增加0.80万元”）而增减方向与两数相反，同样报告。句中说出上年数 A 和本年数 B 而说“持平”（“2022年当年预算
执行数为A万元，2023年预算安排B万元，比2022年预算执行数持平”），A 与 B 按显示的位数不相等且相差 A 的 1% 以上时同样报告
（“基本持平”不核对）。“增加”的金额大于本年数（“…预算0万元，比上年预算增加1421.25万元”）时上年数小于零，也在此报告。
科目段落说“减少R%”，紧接的一句却是“主要原因是：…经费增加”（或相反），原因与方向相反，报警告。
""",
    example="“比上年增加12万元，下降5%”：错误。",
)
@merged
def directions_agree(disclosure, ctx):
    cs = claims(disclosure, ctx)
    for c in cs:
        if c.kind == "flat" and c.base is not None and c.amount is not None:
            yield from _level_of_two_amounts(disclosure, c)
            continue
        if c.kind != "change" or c.direction is None:
            continue
        if _two_amounts(c):
            # "“三公”经费预算9.70万元，比2025年预算10.50万元增加0.80万元": this year's amount less last year's, both said,
            # goes the other way (a gap of another size is TXT001's, `_change_against`)
            now, base = of_claim(c.amount), of_claim(c.base)
            if now.hi < base.lo and c.direction > 0 or now.lo > base.hi and c.direction < 0:
                right = "增加" if c.direction < 0 else "减少"
                yield finding(disclosure, c, "TXT006", Severity.error,
                              f"{quote(c, c.change, c.direction_word)}：同一句说本年数 {c.amount.text}、上年数 "
                              f"{c.base.text}，本年数{'大于' if c.direction < 0 else '小于'}上年数，应为“{right}”。",
                              expected=right, actual=c.direction_word)
                continue
        if c.rate is not None and c.change is not None and c.rate_word and _dir(c.rate_word) != c.direction:
            yield finding(disclosure, c, "TXT006", Severity.error,
                          f"{quote(c)}：增减额说“{c.direction_word}{c.change.text}”，比率却说“{c.rate_word}"
                          f"{c.rate.text}”，方向相反。")
            continue
        if c.direction > 0 and c.change is not None and c.amount is not None and c.basis == "prior" \
                and c.change.unit in MONEY_UNITS and c.amount.unit in MONEY_UNITS:
            # “政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元” (万里街道 2023): an increase larger than the
            # year's amount leaves last year below zero, which no 收入 or 支出 can be
            now, ch = of_claim(c.amount), of_claim(c.change)
            if ch.lo > now.hi and not _closes_a_list(c):
                yield finding(disclosure, c, "TXT006", Severity.error,
                              f"{quote(c, c.change, c.direction_word)}：本年数 {c.amount.text} 小于增加额，上年数应为 "
                              f"{now.shown()} − {ch.shown()} = "
                              f"{tidy(show(now.value - ch.value, max(now.decimals, ch.decimals)))}"
                              f"，不可能小于零：增减方向或增减额有误。", expected="减少", actual=c.direction_word)
                continue
        if c.basis == "budget" and c.known and c.change is not None:
            final = subject_value(disclosure, c.subject)
            budget = subject_value(disclosure, c.subject, budget=True)
            if budget is None and not c.item and not c.category and c.amount is not None \
                    and (said := _stated_budget(c, cs)) is not None:
                # (no table prints the budget: the sentence's own, "完成调整预算2150.00万元的98.43%，比调整预算增加…")
                final = _Said(of_claim(c.amount), "文中", c.location)
                budget = _Said(of_claim(said.amount), "文中", said.location)
            if final is None or budget is None:
                continue
            f, b = final.val, budget.val
            if f.meets(b):
                continue
            actual = 1 if f.value > b.value else -1
            if actual != c.direction:
                yield finding(disclosure, c, "TXT006", Severity.error,
                              f"{quote(c, c.change, c.direction_word)}：{_cell(final)}决算数 {f.shown()}"
                              f"{'大于' if actual > 0 else '小于'}预算数 {b.shown()}，应为"
                              f"“{'增加' if actual > 0 else '减少'}{show(abs(f.value - b.value), 2)}万元”。",
                              [final.location, budget.location])
    yield from prior_budget_directions(disclosure, claims(disclosure, ctx))  # 预算: 三公 of two years (budget_text.py)
    yield from reasons_disagree(disclosure, cs)  # a 科目's reason naming the other direction (narrative_reasons.py)


def _closes_a_list(c: Claim) -> bool:
    """“…，其中：基本支出1334.77万元，项目支出482.56万元，比上年增加500.00万元”: a change in a clause of its own after a
    list opened by 其中 may be the whole's as well as the last part's, so it is not known to be the part's."""
    at = c.sentence.find(c.clause) if c.clause else -1
    return at > 0 and "其中" in c.sentence[:at] and not (c.subject_text and c.subject_text in c.clause)


def _level_of_two_amounts(disclosure, c: Claim):
    """“上年执行数为A万元，本年预算安排B万元，比上年执行数持平”: A and B as printed differ by 1 % or more of A."""
    if c.base.unit not in MONEY_UNITS or c.amount.unit not in MONEY_UNITS or c.direction_word == "基本持平":
        return
    a, b = of_claim(c.base), of_claim(c.amount)
    if a.meets(b) or abs(b.value - a.value) < a.value / 100:
        return  # level as printed, or "持平" for a difference under 1 %
    right = "增加" if b.value > a.value else "减少"
    diff = abs(b.value - a.value)
    rate = f"，{right}{pct(diff / a.value * HUNDRED, 2)}" if a.value > 0 else ""
    yield finding(disclosure, c, "TXT006", Severity.error,
                  f"文中“{c.clause.rstrip('。！？!?')}”：同一句的两个数 {c.base.text}、{c.amount.text} 不相等，{b.shown()} − {a.shown()} = "
                  f"{tidy(show(b.value - a.value, max(a.decimals, b.decimals)))}{rate}，应为“{right}”而不是“{c.direction_word}”。",
                  expected=right, actual=c.direction_word)


@rule(
    "TXT007",
    "各组成部分的金额或增减额之和应等于总数",
    explanation="""
文中分别说出一个总数及其全部组成部分（财政拨款 = 一般公共预算 + 政府性基金 (+ 国有资本经营)；“三公”经费 =
因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费；基本支出 = 人员经费 + 公用经费；政府采购 = 货物 + 工程
+ 服务……，见 rules/narrative.toml 的 parts）时，各部分的本年数之和应等于总数，各部分比上年（或比预算）的增减额之和
应等于总数的增减额（“无变化”按零计）。各部分都减少而总数说“增加”也在此报告。只说到一部分时，说到的各部分之和
不得大于总数（没有说到的部分只会使合计更大）。车辆数也是这样：“共有车辆95辆，其中：”后列出的各类用车之和不得大于总数。
""",
    example="“三公”经费较上年减少 2.7 万元，而出国无变化、公务用车减少 0.98、接待减少 2.06，合计减少 3.04：错误。",
)
@merged
def parts_add_up(disclosure, ctx):
    def of_budgets(c: Claim) -> bool:
        """In a 决算 a change of a budget over last year's budget ("“三公”经费预算…比上年预算增加") is summed with its
        like only, not with changes of the 决算 over last year's; in a 预算 every change is of budgets."""
        return c.budget_word == OF_BUDGETS and disclosure.stage != "预算"

    def of_year(c: Claim) -> str | None:
        """Which amounts `c` is summed with: this year's ("now"), or in a 决算 the budget's it names ("“三公”经费全年
        预算数7.50万元，其中公务用车购置及运行维护费4.50万元，公务接待费3.00万元": budget parts, beside their budget only)."""
        if c.kind != "amount" or not _money(c):
            return None
        return "now" if _this_years(c, disclosure) else f"budget:{c.budget_word}" if c.basis == "budget" else None

    data = narrative_data()
    cs = claims(disclosure, ctx)
    amounts: dict[tuple[str, str], list[Claim]] = {}
    changes: dict[tuple[str, str], list[Claim]] = {}
    for c in cs:
        if not c.known or c.project or c.category:
            continue
        if of_year(c):
            amounts.setdefault((c.subject, of_year(c)), []).append(c)
        elif c.kind in ("change", "flat") and c.basis and (c.kind == "flat" or (c.change and c.change.unit in MONEY_UNITS)):
            # (a 预算's change against last year's 执行数 is summed with its like only: spent_base)
            changes.setdefault((c.subject, c.basis, of_budgets(c) or spent_base(disclosure, c)), []).append(c)

    def near(found: list[Claim] | None, c: Claim) -> Claim | None:
        """The part's statement in the total's paragraph, else its only statement in the text (not for a total whose
        parts count only beside it: `nearby`)."""
        found = [p for p in found or [] if belongs(p, c, cs)]
        if not found:
            return None
        same = [p for p in found if p.paragraph == c.paragraph and p.piece == c.piece]  # (a heading in a cell parts)
        if same:
            return same[0]
        # (a 决算's budget amounts are summed with parts in their own paragraph only)
        alone = not data.subjects[c.subject].nearby and (c.kind != "amount" or _this_years(c, disclosure))
        return found[0] if len(found) == 1 and alone else None

    for c in cs:
        spec = data.subjects.get(c.subject) if c.known else None
        if spec is None or not spec.parts or c.project:
            continue
        if (year := of_year(c)) is not None:
            parts = _parts(disclosure, spec, lambda p: near(amounts.get((p, year)), c))
            if parts is None and year == "now" and disclosure.stage != "预算":
                parts = _said_complete(disclosure, c, _parts(disclosure, spec, lambda p: near(amounts.get((p, year)), c),
                                                             amounts=True))
            if parts is None:
                parts = closed_list(c, [p for n in spec.parts + spec.closed_by if (p := near(amounts.get((n, year)), c))],
                                    cs)
            if parts is None:
                yield from _parts_exceed(disclosure, c, [near(amounts.get((p, year)), c) for p in spec.parts])
                continue
            if _told_nearer(c, parts, amounts.get((c.subject, year), [])):
                continue
            total, stated, terms = _summed(c, parts)
            if stated.meets(total):
                continue
            yield sum_finding(disclosure, c, _said_total(disclosure, c), "文中所说各组成部分", parts, total, stated, terms,
                              bare(c.amount))
        elif c.kind == "change" and c.basis and c.change is not None and c.change.unit in MONEY_UNITS:
            key = of_budgets(c) or spent_base(disclosure, c)
            parts = _parts(disclosure, spec, lambda p: near(changes.get((p, c.basis, key)), c))
            if parts is None and c.basis == "prior" and disclosure.stage != "预算" and not of_budgets(c):
                yield from _changes_short(disclosure, c, spec, lambda p: near(changes.get((p, c.basis, False)), c))
            if parts is None or _told_nearer(c, parts, changes.get((c.subject, c.basis, key), [])):
                continue
            vals = [signed(p.change, p.direction) if p.kind == "change" else Val(Decimal(0), Decimal(0), Decimal(0), 2)
                    for p in parts]
            total = add(vals)
            stated = signed(c.change, c.direction)
            if stated.meets(total):
                continue
            terms = " ".join(_term(p, v) for p, v in zip(parts, vals)).lstrip("+ ")
            falls = all(v.hi < 0 for v in vals)
            rises = all(v.lo > 0 for v in vals)
            lead = ""
            if c.direction > 0 and falls:
                lead = "各组成部分都减少，合计却说增加；"
            elif c.direction < 0 and rises:
                lead = "各组成部分都增加，合计却说减少；"
            word = "比上年" if c.basis == "prior" else "比预算"
            yield finding(disclosure, c, "TXT007", Severity.error,
                          f"{quote(c, c.change, c.direction_word)}（{c.subject}{word}）：{lead}文中各组成部分的增减为 "
                          f"{terms} = {_signed_text(total)}，与 {_signed_text(stated)} 不符。",
                          [p.location for p in parts], expected=_signed_text(total), actual=_signed_text(stated))
    yield from _grand_total_sides(disclosure, cs)
    for lead, items in economic_items(disclosure, cs, _money, _agrees_with_06(disclosure)):
        # (only a list of 06's 款 rows: known parts alone are the subjects' own parts above, and a 类 listed with its
        # own 款 after it, "商品和服务支出1548.00万元（其中办公费88.12万元…）", is no list of parts side by side)
        if any(row is not None for _o, row in items) and not any(o.subject in ECONOMIC_CLASSES for o, _row in items):
            yield from _parts_exceed(disclosure, lead, [o for o, _row in items])
    yield from _listed_exceed(disclosure, cs)
    yield from item_parts_add_up(disclosure, cs, _summed)  # "款X万元，其中A（项）…、B（项）…" (checks/narrative_parts.py)
    yield from vehicle_counts(disclosure)  # "共有车辆95辆，其中：…用车2辆、…" (checks/narrative_parts.py)
    yield from bare_totals(disclosure, cs, _summed)  # "A X万元、B Y万元，合计Z万元" (checks/budget_text.py)
    yield from side_changes(disclosure, cs)  # a 预算's 收入预算 / 支出预算 change and its sources' (checks/budget_text.py)
    yield from category_split(disclosure, cs)  # "类X万元，其中：人员经费…，公用经费…，项目支出…" (checks/budget_text.py)


# 公开01表's two sides: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, 支出总计 = 本年支出合计 + 结余分配 +
# 年末结转和结余 (the 2019 template's 用事业基金弥补收支差额 is 使用非财政拨款结余's line); 公开04表's: 收入总计 = 本年收入 +
# 年初财政拨款结转和结余, 支出总计 = 本年支出 + 年末财政拨款结转和结余 (total: (table, row, column))
GRAND_SIDES = {
    "收支总计": {"收入": (("01", "income_grand_total", "amount"), ("本年收入合计", "使用非财政拨款结余", "年初结转和结余")),
                 "支出": (("01", "expense_grand_total", "amount"), ("本年支出合计", "结余分配", "年末结转和结余"))},
    "财政拨款收支总计": {
        "收入": (("04", "income_grand_total", "amount"), ("财政拨款收入", "年初财政拨款结转和结余")),
        "支出": (("04", "expense_grand_total", "total"), ("财政拨款支出", "年末财政拨款结转和结余"))},
}


# 公开06表's 类 lines (301, 302, 303, 310): listed among 款 items, a 类 comes with its own 款 after it
ECONOMIC_CLASSES = ("工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出")


# totals whose parts a sentence names by words of its own ("机关运行经费34.89万元，其中：办公费10.12万元，差旅费4.57万元，
# …": 经济分类 款 no table prints as its parts)
LISTED_TOTALS = ("机关运行经费",)
SEMI_RE = lazy(r"[;。]")


def _listed_exceed(disclosure, cs: list[Claim]):
    """The amounts a sentence lists after such a total's "其中：" (up to the next ';') add up to no more than it."""
    for i, c in enumerate(cs):
        if c.kind != "amount" or c.subject not in LISTED_TOTALS or not c.known or c.basis is not None or not _money(c):
            continue
        text = norm(c.sentence)
        at = text.find(norm(c.amount.text), text.find(norm(c.subject_text)))
        rest = text[at + len(norm(c.amount.text)):] if at >= 0 else ""
        if not rest.startswith((",其中:", "其中:", ",其中")):
            continue
        span = SEMI_RE.split(rest, 1)[0]
        items = []
        for o in cs[i + 1:]:
            if not (o.paragraph == c.paragraph and o.sentence_no == c.sentence_no and o.kind == "amount"
                    and o.basis is None and _money(o) and norm(o.clause).rstrip("。;") in span):
                continue
            at = span.find(norm(o.amount.text))
            if at >= 0 and span.count("(", 0, at) > span.count(")", 0, at):
                continue  # "公用经费X万元（办公费Y万元、差旅费Z万元）": the bracket lists 公用经费's parts, not the total's
            if o.amount.value == c.amount.value:
                break  # "其中：公用经费X万元，一般公共预算财政拨款X万元": the whole again, another breakdown begins (s18finB)
            items.append(o)
        if len(items) >= 2:
            yield from _parts_exceed(disclosure, c, items)


def _grand_total_sides(disclosure, cs: list[Claim]):
    """"收入总计7048.33万元，其中：本年收入6433.99万元，年初结转和结余614.34万元": the lines of one side a sentence states
    after that side's 总计 (two or three) add up to it (TXT007) when the tables' lines it leaves unsaid hold nothing. A
    总计 named by both sides ("财政拨款收入支出决算总计X万元，其中：年初…，本年…": the sides are equal) is the side whose
    lines the sentence states."""
    for c in cs:
        sides = GRAND_SIDES.get(c.subject) if c.kind == "amount" else None
        if sides is None or not c.known or not _money(c) or c.basis is not None:
            continue
        said_of = {side: {o.subject: o for o in cs if o.kind == "amount" and o.known and o.basis is None and _money(o)
                          and o.subject in lines and o.paragraph == c.paragraph and o.sentence_no == c.sentence_no}
                   for side, (_total, lines) in sides.items()}
        words = c.subject_text
        side = "收入" if "收入" in words and "支出" not in words else "支出" if "支出" in words and "收入" not in words else None
        if side is None and sum(1 for said in said_of.values() if said) == 1:
            side = next(k for k, said in said_of.items() if said)
        if side is None:
            continue
        (table, row, column), lines = sides[side]
        said = said_of[side]
        tables = [table_figure(disclosure, table, row, column)] + [subject_value(disclosure, s) for s in said]
        if len(said) < 2 or any(tv is None for tv in tables):
            continue
        total, *printed = (tv.val for tv in tables)
        if total.lo - sum(v.hi for v in printed) > 0 or total.hi - sum(v.lo for v in printed) < 0:
            continue  # (a line of the side the sentence leaves unsaid holds money: the lines said are not all of it)
        parts = [said[s] for s in lines if s in said]
        summed, stated, terms = _summed(c, parts)
        if stated.meets(summed):
            continue
        yield sum_finding(disclosure, c, _said_total(disclosure, c), "文中所说各组成部分", parts, summed, stated, terms,
                          bare(c.amount))


def _said_total(disclosure, c: Claim) -> str:
    """文中“…”: the total, a 决算's budget named as such ("三公经费全年预算7.50万元")."""
    if c.basis == "budget" and disclosure.stage != "预算":
        return quote(c, c.amount, f"{c.subject_text}{c.budget_word or ''}预算")
    return quote(c, c.amount)


# an amount printed with decimals ("2.24万元"): a sentence that writes its money so writes nothing as "0", not a rounding
DECIMAL_MONEY_RE = lazy(r"\d\.\d+(?:万元|亿元|千元|元)")


def _part_val(p: Claim) -> Val:
    """A part's amount as an interval; "0万元" in a sentence whose other amounts show decimals is nothing at all, not
    ±0.5 万元 ("其中：公务用车购置费0万元，公务用车运行维护费2.24万元" sums to 2.24, not to anything within 1.74–2.74)."""
    fig = p.amount
    if fig.value == 0 and fig.decimals == 0 and DECIMAL_MONEY_RE.search(norm(p.sentence)):
        return Val(Decimal(0), Decimal(0), Decimal(0), 0)
    return of_claim(fig)


def _summed(c: Claim, parts: list[Claim]):
    """The parts' sum, the total as stated, and the sum written out for the message."""
    return (add([_part_val(p) for p in parts]), of_claim(c.amount),
            " + ".join(f"{p.subject or LIST_WORDS_RE.sub('', p.subject_text)} {p.amount.text}" for p in parts))


def _parts_exceed(disclosure, c: Claim, found: list[Claim | None]):
    """Not every part is stated, but those stated beside the total already add up to more than it: the parts of a
    total are disjoint and none is negative, so the unstated ones could only make the sum larger ("政府采购支出总额
    85.60万元，其中：货物45.60万元、服务50.00万元": 95.60 with 工程 still to come)."""
    said = [p for p in found if p is not None and p.paragraph == c.paragraph and p.basis == c.basis]
    if not said:
        return
    total, stated, terms = _summed(c, said)
    if total.lo <= stated.hi:
        return
    yield finding(disclosure, c, "TXT007", Severity.error,
                  f"{_said_total(disclosure, c)}，而文中说到的部分组成之和已经是 {terms} = {total.shown()}，比总数多 "
                  f"{show(total.value - stated.value, 2)}（没有说到的组成部分只会使合计更大）。", [p.location for p in said],
                  expected=total.shown(), actual=bare(c.amount), difference=show(stated.value - total.value, 2))


def _changes_short(disclosure, c: Claim, spec, get):
    """Not every part's change over last year is stated, but each part left out is nothing this year (公开07表's 0
    因公出国（境）费): it can only have fallen or stayed, so the parts stated must change by no less than the total
    (“三公”经费减少0.32万元，其中公务用车…减少0.18万元，公务接待费减少0.41万元: −0.59 with the rest at most 0)."""
    said = [p for name in spec.parts if (p := get(name)) is not None and p.paragraph == c.paragraph]
    if not said or any(get(name) is None and not _holds_nothing(disclosure, spec, name) for name in spec.parts):
        return
    vals = [signed(p.change, p.direction) if p.kind == "change" else Val(Decimal(0), Decimal(0), Decimal(0), 2)
            for p in said]
    total, stated = add(vals), signed(c.change, c.direction)
    if total.hi >= stated.lo:
        return
    terms = " ".join(_term(p, v) for p, v in zip(said, vals)).lstrip("+ ")
    yield finding(disclosure, c, "TXT007", Severity.error,
                  f"{quote(c, c.change, c.direction_word)}（{c.subject}比上年）：文中说到的组成部分的增减为 {terms} = "
                  f"{_signed_text(total)}，已比 {_signed_text(stated)} 减少得多；没有说到的组成部分本年为零，只会减少或"
                  f"不变，合计不可能是 {_signed_text(stated)}。", [p.location for p in said],
                  expected=_signed_text(total), actual=_signed_text(stated))


def _told_nearer(c: Claim, parts: list[Claim], alike: list[Claim]) -> bool:
    """None of the parts is in the total's paragraph, and another paragraph where they are states the total: judged
    there, at the statement the parts belong to, not at this one (a right “公务用车购置及运行维护费2.42万元” in the
    “三公” paragraph is not where a later paragraph's wrong parts are wrong)."""
    elsewhere = {p.paragraph for p in parts}
    return c.paragraph not in elsewhere and any(o.paragraph in elsewhere for o in alike if o is not c)


def _parts(disclosure, spec, get, amounts: bool = False) -> list[Claim] | None:
    """The claims of all parts, or None when a required part is not stated (an optional part whose table is absent
    or empty counts as not there). For `amounts` (this year's), so does a part the tables print as nothing, and a part
    not stated whose own parts all are stated is stated by them ("本年收入合计…，其中：一般公共预算财政拨款收入…，政府性
    基金预算财政拨款收入…，事业收入…": 财政拨款收入 by its two funds)."""
    out = []
    for name in spec.parts:
        p = get(name)
        if p is None:
            if name in spec.optional:
                tv = subject_value(disclosure, name)
                if tv is None or all(f.value == 0 for f in tv.figures):
                    continue
            elif amounts and _holds_nothing(disclosure, spec, name):
                continue
            sub = narrative_data().subjects.get(name) if amounts else None
            own = _parts(disclosure, sub, get, amounts) if sub is not None and sub.parts else None
            if own is None:
                return None
            out.extend(own)
            continue
        out.append(p)
    return out or None


def _said_complete(disclosure, c: Claim, parts: list[Claim] | None) -> list[Claim] | None:
    """Parts `_parts(…, amounts=True)` found complete, kept when they are two or more and all in c's own sentence (a
    决算's tables print every line of its wholes; a whole and one part from another paragraph are no list)."""
    if parts is None or len(parts) < 2 or any(p.paragraph != c.paragraph or p.sentence_no != c.sentence_no
                                              for p in parts):
        return None
    return parts


def _holds_nothing(disclosure, spec, name: str) -> bool:
    """The tables print the part `name` of `spec` as 0, or print nothing for it while the parts they do print make up
    the whole (公开01表's blank 上级补助收入 line)."""
    tv = subject_value(disclosure, name)
    if tv is not None:
        return all(f.value == 0 for f in tv.figures)
    whole = subject_value(disclosure, spec.name)
    printed = [v.val for n in spec.parts if (v := subject_value(disclosure, n)) is not None]
    return whole is not None and bool(printed) and whole.val.meets(add(printed))


def _signed_text(v: Val) -> str:
    return ("+" if v.value > 0 else "") + show(v.value, min(v.decimals, 2))


def _term(p: Claim, v: Val) -> str:
    name = p.subject
    if p.kind == "flat":
        return f"+ {name} 0"
    sign = "−" if v.value < 0 else "+"
    return f"{sign} {name} {show(abs(v.value), min(v.decimals, 2))}"


@rule(
    "TXT011",
    "占比应等于该项 ÷ 总数",
    explanation="""
“X 万元，占 Z%”中 Z 应为 X ÷ 总数。总数是文中点名的（“占一般公共预算支出的”），否则是该句开头领起列举的那一项
（“本年支出合计 6101.24 万元，其中：基本支出 1185.62 万元，占 19.4%”）。文中各处说到的总数与公开表的总数都可以
作分母：与其中任一个相符即可（总数本身说错时由 TXT001/TXT002 报告）。
""",
    example="财政拨款支出 6634.67 万元中“住房保障（类）支出52.45万元，占8.88%”：52.45 ÷ 6634.67 = 0.79%，"
            "按另一处所说的 6101.24 为 0.86%：错误。",
    emits=("TXT010", "TXT015", "TXT016"),
)
@merged
def shares_match(disclosure, ctx):
    cs = claims(disclosure, ctx)
    passage = passage_of(disclosure, ctx)
    stated_amounts: dict[str, list[Claim]] = {}
    for c in _amounts(cs, disclosure):
        stated_amounts.setdefault(c.subject, []).append(c)
    for c in cs:
        if c.kind == "share" and c.rate is not None and (bare := bare_share_whole(disclosure, c)):
            c = c.model_copy(update={"whole": bare})  # "项目支出5424.54万元，占比为84.09%": of 本年支出合计
        listed = listed_share_whole(disclosure, c, cs)  # (a 预算's list of parts with shares: of what they add up to)
        if c.kind != "share" or c.rate is None or not (c.whole or listed):
            continue
        if not c.whole:
            c = c.model_copy(update={"whole": ""})  # (the listed parts' sum is the only whole)
        said_part = ""  # the part's figure and label, when the sentence states none: the table's
        if c.amount is None:
            own = _table_part(disclosure, c)
            if own is None:
                continue
            part, said_part = own.val, _labelled(_in_wan(own, c), own.label)
        elif c.amount.unit not in MONEY_UNITS:
            continue
        else:
            part = copied_part(disclosure, c) or of_claim(c.amount)  # (checks/budget_text.py)
        if c.basis == "budget" and disclosure.stage != "预算":
            continue  # "“三公”经费预算中，公务接待费预算3万元，占40%" in a 决算: of the budgets, not the table's 决算数
        # (whole, its label, its figure as shown: a table's in 元 as 万元 with its 元, not "1817.3283")
        wholes: list[tuple[Val, str, str]] = [(listed.val, f"所列各项之和，即{_whole_label(listed)}", _in_wan(listed, c))] \
            if listed else []
        if c.whole_amount is not None and c.whole_amount.unit in MONEY_UNITS:
            wholes.append(_said(of_claim(c.whole_amount), f"文中{c.whole}"))
        # (“占总支出的”: the 本年支出合计 or 支出总计 the text states, either)
        for o in (o for name in (c.whole, *_either(c.whole)) for o in stated_amounts.get(name, [])):
            if passage.get(o.paragraph, 0) != passage.get(c.paragraph, 0):
                continue  # another heading's passage may speak of another body (a unit of the department)
            if o.paragraph != c.paragraph or o.sentence_no != c.sentence_no:
                wholes.append(_said(of_claim(o.amount), f"第{o.paragraph}段所说{o.subject}"))
        if c.whole not in FUND_WHOLES and not FUND_PREFIX_RE.match(c.whole) \
                and not OWN_WORDS_RE.search(norm(c.sentence)):
            # "机关运行经费34.89万元，占基本支出的4.49%": the tables print the department's 基本支出 (公开03表) and the
            # fund's (公开05表); the sentence does not say which, either may be meant
            wholes += [_of_table(ftv, c) for _name, ftv in fund_lines(disclosure, c.whole)]
        tv = subject_value(disclosure, c.whole)
        items = [] if tv is not None else item_wholes(disclosure, c, cs)  # (a 科目's 类 or 款)
        if tv is not None or items:
            wholes += [_of_table(w, c) for w in ([tv] if tv is not None else items)]
        else:  # “占收入总额的87.18%”: 收入总额 is 本年收入合计 or 收入总计 (either), not only a fund's own line of it
            wholes += [_of_table(tv, c) for name in _either(c.whole) for n in (name, *FUND_WHOLES.get(name, ()))
                       if (tv := subject_value(disclosure, n))]
        seen, unique = {}, []
        for w, label, shown in wholes:
            if w.value not in seen:
                seen[w.value] = len(unique)
                unique.append((w, label, shown))
            elif label.startswith("第") and unique[seen[w.value]][1].startswith("文中"):
                # (a whole carried over from the paragraph before, "本年支出合计200万元。" / "其中：…占…": where it was said)
                unique[seen[w.value]] = (w, label, shown)
        stated = of_claim(c.rate)
        computed = [(ratio(part, w), w, label, shown) for w, label, shown in unique]
        computed = [(r, w, label, shown) for r, w, label, shown in computed if r is not None]
        if not computed or any(stated.meets(r) for r, *_rest in computed):
            continue
        d = max(c.rate.decimals, 2)
        text = "；".join(f"{said_part or part.shown()} ÷ {_labelled(shown, label)}= {pct(r.value, d)}"
                        for r, _w, label, shown in computed)
        if any(truncation_fits(c.rate, r) for r, *_rest in computed):
            yield finding(disclosure, c, "TXT010", Severity.warning,
                          f"{quote(c, c.rate, '占')}：{text}，文中的数是截断而不是四舍五入的结果。", actual=c.rate.text)
            continue
        # the whole whose shares were made up to 100 is the one whose share is expected (not the last whole)
        adjusted = next(((r, why) for r, w, *_rest in computed if (why := _tail_adjusted(c, cs, passage, w))), None)
        if adjusted:
            r, why = adjusted
            yield finding(disclosure, c, "TXT015", Severity.warning, f"{quote(c, c.rate, '占')}：{text}。{why}",
                          expected=pct(r.value, c.rate.decimals), actual=c.rate.text)
            continue
        near = _one_unit_off(c, disclosure, computed)
        if near is not None:
            yield finding(disclosure, c, "TXT016", Severity.warning,
                          f"{quote(c, c.rate, '占')}：{text}，按四舍五入应为 {pct(near, c.rate.decimals)}，文中的数差了一个"
                          f"末位单位（0.01 个百分点）：多半是为凑足 100% 或截断所致，宜按四舍五入填写。",
                          expected=pct(near, c.rate.decimals), actual=c.rate.text)
            continue
        hint = _other_whole(part, stated, tv, d)
        yield finding(disclosure, c, "TXT011", Severity.error,
                      f"{quote(c, c.rate, '占')}与金额不符（{c.subject_text or c.subject}）：{text}{hint}。",
                      expected=pct(computed[-1][0].value, c.rate.decimals), actual=c.rate.text)


# words that make a share with no amount another year's or a budget's ("2018年度基本支出占…", "比上年提高…个百分点")
_NOT_THIS_YEARS = lazy(r"上年|上一年|去年|预算|百分点|同比")
_FUND_WORDS = lazy(FUND_NAMES)


def _table_part(disclosure, c: Claim):
    """A share the sentence states with no amount ("基本支出占本年支出合计的12.73%"), in a 决算: the part's table figure,
    when the whole is a total the part is one of the listed parts of (rules/narrative.toml parts, not a `nearby` one:
    a 人员经费 is 一般公共预算's, a 基本支出 the department's) and the sentence speaks of no other year or budget."""
    from govaudit.checks.narrative_common import narrative_year

    if disclosure.stage == "预算":  # (hook: the 预算's own, checks/budget_text.py)
        return budget_table_part(disclosure, c)
    whole = narrative_data().subjects.get(c.whole)
    if disclosure.stage != "决算" or not c.known or c.project or c.basis is not None or whole is None:
        return None
    if c.category:
        # "一般公共预算财政拨款支出中，一般公共服务支出占61.60%": a 类 of the spending that leads its list, as a share of
        # that spending: the 类's figure in that spending's table (where its amount would be looked up)
        if not c.scope or c.scope != c.whole or c.scope == ANY_SPENDING or part_named_before(c):
            return None
    elif whole.nearby or c.subject not in whole.parts:
        return None
    text, year = _FUND_WORDS.sub("", norm(c.sentence)), narrative_year(disclosure)
    if _NOT_THIS_YEARS.search(text) or any(int(y) != year for y in _YEAR_SAID.findall(text)):
        return None
    return category_value(disclosure, c) if c.category else subject_value(disclosure, c.subject)


def _one_unit_off(c: Claim, disclosure, computed: list) -> Decimal | None:
    """In a 预算, a share of two decimals one unit of its last decimal off the rounded true share (江苏 2018: 13994.31 ÷
    21955.35 = 63.7398%, printed 63.75%): what it should be, else None. Input rounding cannot explain 0.01 point at these
    magnitudes, but it is a rounding artefact (shares made up to 100 %, truncation), a warning (domain notes,
    budget.md §2.3). The rounded value of the whole's last computation (the one TXT011 would name)."""
    if disclosure.stage != "预算" or c.rate.decimals != 2:
        return None
    unit = Decimal(1).scaleb(-2)
    for r, *_rest in computed:
        mine = r.value.quantize(unit, ROUND_HALF_UP)
        if abs(c.rate.amount - mine) == unit:
            return mine
    return None


def _other_whole(part: Val, stated: Val, tv, d: int) -> str:
    """A share that is of another figure of the whole's table row (江苏 人大 2017: “占“三公”经费的8.75%” is 222.5 of
    the row's 合计 2542.60, “三公”经费 plus 会议费 and 培训费, not of the “三公”经费 833.60): say so."""
    if tv is None:
        return ""
    row = next((r for r in tv.table.rows if any(f is tv.figures[0] for f in r.cells.values())), None)
    for key, fig in (row.cells.items() if row is not None else ()):
        if fig is None or fig.derived:
            continue  # (the whole's own figure is no match: the share did not meet it)
        other = of_figures([fig])
        r = ratio(part, other)
        if r is not None and stated.meets(r):
            header = next((col.header for col in tv.table.columns if col.key == key), key)
            return (f"；按同一行的「{header}」{other.shown()} 计算为 {part.shown()} ÷ {other.shown()} = {pct(r.value, d)}，"
                    f"与文中相符：分母可能取错了")
    return ""


def _tail_adjusted(c: Claim, cs: list[Claim], passage: dict, whole: Val) -> str | None:
    """Why c's share looks made up to let its list add to exactly 100 % (尾差调整), or None: the shares listed with
    it (same whole, same passage) are printed to add up to 100, the rounded true shares do not, and c is one unit
    of its last decimal off its own rounded share, the only one off. The arithmetic is still off, but it is a
    rounding artefact."""
    items = [o for o in cs if o.kind == "share" and o.whole == c.whole and o.rate is not None and o.rate.percent
             and o.amount is not None and o.amount.unit in MONEY_UNITS
             and passage.get(o.paragraph, 0) == passage.get(c.paragraph, 0)]
    if len(items) < 2 or sum(o.rate.amount for o in items) != HUNDRED:
        return None
    rounded = []
    for o in items:
        r = ratio(of_claim(o.amount), whole)
        if r is None:
            return None
        rounded.append(r.value.quantize(Decimal(1).scaleb(-o.rate.decimals), ROUND_HALF_UP))
    total = sum(rounded)
    mine = rounded[items.index(c)]
    off = [o for o, r in zip(items, rounded) if o.rate.amount != r]
    if total == HUNDRED or off != [c] or abs(c.rate.amount - mine) != Decimal(1).scaleb(-c.rate.decimals):
        return None  # nothing needed adjusting, or more than this one item is off: not a tail adjustment
    listed = "、".join(o.rate.text for o in items)
    return (f"同列各项占比（{listed}）印出的合计恰为 100%，按四舍五入应为 {pct(mine, c.rate.decimals)}，"
            f"各项合计则为 {show(total, max(o.rate.decimals for o in items))}%：多半是为使合计为 100% 作的尾差调整，"
            f"宜在文中注明或按四舍五入填写。")


@rule("TXT015", "占比为使合计为 100% 作了尾差调整", severity="warning",
      explanation="""
一组占比（“其中：基本支出……占49.55%；项目支出……占39.84%；单位预留机动经费……占10.61%”）按四舍五入各自取两位时
合计不是 100%（49.55 + 39.84 + 10.60 = 99.99），文中把其中一项改动一个末位单位使合计恰为 100%。按算术这一项与
金额不符，但这是常见的尾差调整，不报错误，只作警告。由 TXT011 的核对一并发现。
""", example="15897.44 万元中“单位预留机动经费1685.72万元，占10.61%”：1685.72 ÷ 15897.44 = 10.60%，"
              "而同列 49.55% + 39.84% + 10.61% = 100%：警告。")
def _txt015(disclosure, ctx):
    return iter(())


@rule("TXT016", "预算文字中的占比与金额相差一个末位单位", severity="warning",
      explanation="""
预算文字中两位小数的占比比按四舍五入应写的数多或少 0.01 个百分点（13994.31 ÷ 21955.35 = 63.7398%，文中“占63.75%”）。
这样的差别不能由金额的四舍五入解释，多半是为使一组占比合计为 100% 或把尾数截断所致：按算术不符，但只作警告
（领域笔记 budget.md §2.3：江苏 2017–2019 的 23 处）。差两个末位单位以上、一位小数或整数的占比仍报 TXT011。
由 TXT011 的核对一并发现。
""", example="本年支出合计 21955.35 万元中“基本支出13994.31万元，占63.75%”：13994.31 ÷ 21955.35 = 63.74%：警告。")
def _txt016(disclosure, ctx):
    return iter(())


@rule(
    "TXT012",
    "完成预算的百分比应等于决算数 ÷ 预算数",
    explanation="""
“完成年初预算的 W%”中 W 应为决算数 ÷ 预算数。决算数取同一句所说的数（没有时取公开表的数）；预算数取同一句
所说的预算数（句中写明“年初”“全年”时，只取同名的那个：“年初预算为0万元，全年预算为321.02万元……完成年初预算的
95.89%”是错的），或同一句“比预算增加/减少 X 万元”推出的数（决算数 ∓ X），或公开表中的预算数（公开07表“三公”
经费）。没有写明是什么的句子（“全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%”）按句中自己的
预算数和决算数核对。按区间比较。
""",
    example="“本年收入6100.33万元，完成年初预算的61%，比年初预算减少3909.6万元”：6100.33 ÷ 10009.93 = 60.94%，相符。",
    emits=("TXT010",),
)
@merged
def completion_matches(disclosure, ctx):
    cs = claims(disclosure, ctx)
    earlier: dict[str, Claim] = {}
    for i, c in enumerate(cs):
        if c.kind == "amount" and c.known and c.basis is None and _money(c) and not c.project:
            earlier.setdefault(c.subject, c)
        if c.kind != "completion" or c.rate is None or c.project:
            continue
        # (a sentence that names no subject in a 科目's paragraph: its 决算 is the 科目's own, read as the 科目's amount —
        # "…行政运行（项）：年初预算为400万元，支出决算为412.35万元，完成年初预算的103.09%")
        near = [o for o in cs[max(0, i - 8): i + 8]
                if o.paragraph == c.paragraph and o.sentence_no == c.sentence_no
                and (o.subject == c.subject or (not c.known and o.item and o.kind == "amount")
                     # ("完成调整预算2150.00万元的98.43%": the budget amount inside the completion's own words)
                     or (o.kind == "amount" and o.basis == "budget" and not o.known and o.clause == c.clause))]
        got = this_year(disclosure, c, earlier) if c.known else _sentence_actual(near)
        if got is None:
            continue
        now, now_text = got
        budgets: list[tuple[Val, str]] = []
        stated = [o for o in near if o.kind == "amount" and o.basis == "budget" and _money(o)]
        named = stated
        if c.budget_word and any(o.budget_word for o in stated):
            named = [o for o in stated if o.budget_word == c.budget_word]  # 完成年初预算的: the 年初 one only
            if named and all(o.amount.amount == 0 for o in named) and c.rate.amount > 0:
                yield _zero_budget(disclosure, c, named[0], now, now_text, [o for o in stated if o not in named])
                continue
        for o in named:
            b = of_claim(o.amount)  # (in 万元 as the 决算数 is: "12.15 ÷ 文中预算数 20.00 万元（200000.00元）")
            said_b = f"{b.shown()} 万元（{o.amount.text}）" if o.amount.unit in ("元", "千元") else o.amount.text
            budgets.append((b, f"文中{o.budget_word or ''}预算数 {said_b}"))
        # (a 科目 paragraph's sentence with no subject read, "…（项）支出80.19万元，比年初预算减少1.81万元，完成年初预算的
        # 97.79%": its budget is the one the change is from, when the change names the same budget and is of the amount
        # the rate is of)
        changes = near if c.known else [o for o in near if o.kind == "change" and o.amount is not None
                                        and of_claim(o.amount).value == now.value and _budget_named(o) == c.budget_word]
        if c.known or changes:
            for o in changes:
                if o.kind == "change" and o.basis == "budget" and o.change is not None \
                        and o.change.unit in MONEY_UNITS and o.direction:
                    said_budget = next((b for b in cs[max(0, i - 8): i + 8] if b.kind == "amount" and b.basis == "budget"
                                        and b.clause == o.clause and b.paragraph == o.paragraph
                                        and b.sentence_no == o.sentence_no and _money(b)), None)
                    if said_budget is not None:
                        # "比年初预算2129.28万元减少13.03万元": the budget the clause states (a wrong change is TXT001's)
                        budgets.append((of_claim(said_budget.amount), f"文中预算数 {said_budget.amount.text}"))
                        continue
                    ch = of_claim(o.change)
                    s = o.direction
                    # (the rate now ÷ (now ∓ change) moves with now on both sides of the ÷; ratio() takes now.lo ÷ hi
                    # and now.hi ÷ lo. After a 减少 the rate is least at now.lo with change.hi and most at now.hi with
                    # change.lo: those are the bounds given here. The bounds a growth rate's base takes, now.lo +
                    # change.hi … now.hi + change.lo, left "减少1.8万元，完成97.8%" with an empty interval: false TXT012.
                    # After an 增加, the two amounts' own bounds: wider than the exact rate, never narrower)
                    b = Val(now.value + ch.value, now.hi + ch.lo, now.lo + ch.hi, 2) if s < 0 else \
                        Val(now.value - ch.value, now.lo - ch.hi, now.hi - ch.lo, 2)
                    budgets.append((b,
                                    f"预算数 {show(now.value - s * ch.value, 2)}（{now.shown()} {'−' if s > 0 else '+'} "
                                    f"{ch.shown()}）"))
            tv = subject_value(disclosure, c.subject, budget=True) if c.known else None
            if tv is not None and not (c.budget_word and stated and not named):
                budgets.append((tv.val, f"{tv.cell}{'' if '预算数' in tv.label else '预算数'} {tv.val.shown()}"))
        if not budgets:
            continue
        rate = of_claim(c.rate)
        computed = [(ratio(now, b), label) for b, label in budgets]
        computed = [(r, label) for r, label in computed if r is not None]
        if not computed or any(rate.meets(r) for r, _ in computed):
            continue
        d = max(c.rate.decimals, 2)
        text = "；".join(f"{now.shown()} ÷ {label} = {pct(r.value, d)}" for r, label in computed)
        said = _completion_words(c)
        if any(truncation_fits(c.rate, r) for r, _ in computed):
            yield finding(disclosure, c, "TXT010", Severity.warning,
                          f"{quote(c, c.rate, said)}：{text}，文中的数是截断而不是四舍五入的结果。",
                          actual=c.rate.text)
            continue
        yield finding(disclosure, c, "TXT012", Severity.error,
                      f"{quote(c, c.rate, said)}与决算数、预算数不符：{text}。",
                      expected=pct(computed[0][0].value, c.rate.decimals), actual=c.rate.text)


def _budget_named(c: Claim) -> str | None:
    """The budget a change from a budget names in its clause ("比年初预算减少…": 年初), or None."""
    m = NAMED_BUDGET_RE.search(c.clause)
    return None if m is None else "调整后" if m.group(1).startswith("调整") else m.group(1)  # (as claims._budget_word)


# the words a completion rate was said with: "占年初预算的", "为预算数的", "预算执行率为" (quoted back as written)
COMPLETION_WORDS_RE = lazy(r"(?:完成|为|是|达到|占)了?(?:全年|年初|调整后|调整)?预算(?:数|安排)?(?:\d+(?:\.\d+)?(?:万元|亿元|千元|元))?的?$"
                           r"|(?:全年|年初|调整后|调整)?(?:预算(?:完成|执行)|执行|完成)率(?:为|达|是)?$")


def _completion_words(c: Claim) -> str:
    at = c.clause.find(c.rate.text)
    m = COMPLETION_WORDS_RE.search(c.clause[:at]) if at > 0 else None
    return m.group(0) if m is not None else f"完成{c.budget_word or ''}预算的"


def _sentence_actual(near: list[Claim]) -> tuple[Val, str] | None:
    """A sentence that does not name its subject ("全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的
    98.69%"): its one amount said as 决算/执行 this year."""
    said = [o for o in near if o.kind == "amount" and o.basis is None and _money(o)
            and any(w in o.clause for w in ACTUAL_WORDS)]
    if not said:  # "…行政运行（项）412.35万元，年初预算400.00万元，完成年初预算的103.09%": the 科目's own amount, when it is
        # the sentence's one amount of this year (not "…（项）412.35万元，其中人员经费300.00万元，年初预算…": whose budget?)
        said = [o for o in near if o.kind == "amount" and o.basis is None and _money(o)]
        said = said if len(said) == 1 and said[0].item else []
    if len(said) != 1:
        return None
    return of_claim(said[0].amount), f"文中决算数 {said[0].amount.text}"


def _zero_budget(disclosure, c: Claim, budget: Claim, now: Val, now_text: str, others: list[Claim]):
    """完成年初预算的 W% where the same sentence says the 年初 budget was 0: no percentage can be completed of it."""
    hints = []
    for o in others:
        r = ratio(now, of_claim(o.amount))
        if r is not None:
            hints.append(f"按{o.budget_word or ''}预算数 {o.amount.text}计算，{now.shown()} ÷ {of_claim(o.amount).shown()} = "
                         f"{pct(r.value, max(c.rate.decimals, 2))}")
    hint = f"；{'；'.join(hints)}，文中的百分比可能是按这个预算数算的" if hints else ""
    word = c.budget_word or ""
    return finding(disclosure, c, "TXT012", Severity.error,
                   f"{quote(c, c.rate, f'完成{word}预算的')}：同一句说{word}预算数为 {budget.amount.text}，"
                   f"预算为零时不能算出完成预算的百分比（{now_text} ÷ 0）{hint}。",
                   expected=f"{word}预算为零，不能计算", actual=c.rate.text)


@rule(
    "TXT014",
    "决算数与预算数谁大谁小说反了",
    explanation="""
“决算数小于（大于）全年预算数的主要原因……”“决算数与预算数持平”说的是前一句（或同一句前面）的决算数和预算数
谁大谁小。两数按显示的位数看成区间：说“小于”而决算数明显大于预算数（或两数相同），说“大于”而决算数明显小于预算数
（或两数相同），说“持平”而两数相差 1% 以上，都是错误。“基本持平”不核对；前一句的预算数或决算数不止一个（又没写明
年初、全年）时不核对。句中（和上一句）没有说出两个数的““三公”经费支出与预算持平”““三公”经费财政拨款支出决算数
小于预算数”按公开07表的决算数和预算数核对。
""",
    example="“全年预算为17.68万元，支出决算为11.31万元。决算数大于全年预算数的主要原因……”：11.31 < 17.68，应为“小于”。",
)
@merged
def versus_budget(disclosure, ctx):
    cs = claims(disclosure, ctx)
    for i, v in enumerate(cs):
        if v.project or v.basis != "budget" or not (v.kind == "versus" or (
                v.kind == "flat" and v.direction_word == "持平")):
            continue
        said = [o for o in cs[max(0, i - 12): i] if o.paragraph == v.paragraph
                and (o.sentence_no == v.sentence_no or (o.sentence_no == v.sentence_no - 1 and o.kind == "amount"))]
        if any(o.sentence_no == v.sentence_no and o.kind == "amount" for o in said):
            said = [o for o in said if o.sentence_no == v.sentence_no]  # the sentence gives its own amounts
        budgets = [o for o in said if o.kind == "amount" and o.basis == "budget" and _money(o)]
        if v.budget_word and any(o.budget_word for o in budgets):
            budgets = [o for o in budgets if o.budget_word == v.budget_word]
        actual = _sentence_actual(said)
        if not budgets and actual is None and v.known and not v.budget_word:
            # "“三公”经费支出与预算持平", "“三公”经费财政拨款支出决算数小于预算数": 公开07表's two figures (only the
            # “三公” subjects have a budget figure in the tables, one column: no 年初/全年 to mistake)
            yield from _against_tables(disclosure, v)
            continue
        if len(budgets) != 1 or actual is None:
            continue
        a, _ = actual
        b = of_claim(budgets[0].amount)
        diff = f"{a.shown()} − {b.shown()} = {tidy(show(a.value - b.value, max(a.decimals, b.decimals)))}"
        if v.kind == "flat":
            if a.meets(b) or abs(a.value - b.value) < b.value / 100:
                continue
            right = "大于" if a.value > b.value else "小于"
        else:
            up = v.direction > 0
            if a.value == b.value:
                right = "等于"
            elif (up and a.hi < b.lo) or (not up and a.lo > b.hi):
                right = "小于" if up else "大于"
            else:
                continue
        word = f"{v.budget_word or ''}预算数"
        yield finding(disclosure, v, "TXT014", Severity.error,
                      f"文中说决算数“{v.direction_word}”{word}，但{'同一句' if budgets[0].sentence_no == v.sentence_no else '上一句'}"
                      f"的决算数 {a.shown()} 万元{right}{word} {b.shown()} 万元（{diff}）。",
                      expected=right, actual=v.direction_word)


def _against_tables(disclosure, v: Claim):
    final = subject_value(disclosure, v.subject)
    budget = subject_value(disclosure, v.subject, budget=True)
    if final is None or budget is None:
        return
    a, b = final.val, budget.val
    if v.kind == "flat":
        if a.meets(b) or abs(a.value - b.value) < b.value / 100:
            return
        right, said = ("大于" if a.value > b.value else "小于"), f"与预算“{v.direction_word}”"
    else:
        up = v.direction > 0
        if a.value == b.value:
            right = "等于"
        elif (up and a.hi < b.lo) or (not up and a.lo > b.hi):
            right = "小于" if up else "大于"
        else:
            return
        said = f"决算数“{v.direction_word}”预算数"
    yield finding(disclosure, v, "TXT014", Severity.error,
                  f"文中说{v.subject_text or v.subject}{said}，但{final.cell}为 {a.shown()} 万元，"
                  f"{right}{budget.cell} {b.shown()} 万元（{a.shown()} − {b.shown()} = {show(a.value - b.value, 2)}）。",
                  [final.location, budget.location], expected=right, actual=v.direction_word)


@rule(
    "TXT013",
    "比较的年度不对",
    explanation="""
决算说明与上年比较时应与上一年度比较：2019 年度的说明写“与2017年度决算相比”或“比2019年度”都是笔误。
与本年或以后年度比较是错误；与更早的年度比较给出警告（可能是有意的多年比较）。
""",
    example="2019 年度决算说明中“与2019年度决算相比，收支各增加……”：错误。",
)
def compared_year(disclosure, ctx):
    from govaudit.checks.narrative_common import narrative_year

    year = narrative_year(disclosure)
    if not year:
        return
    seen = set()
    for c in claims(disclosure, ctx):
        if c.basis_year is None or c.basis_year == year - 1:
            continue
        if c.basis != "prior" and not (c.basis == "budget" and disclosure.stage == "预算"):
            continue  # "比2019年度预算" in the 2019 决算 is the year's own budget; in a 2026 预算 "比2026年预算" is a slip
        key = (c.paragraph, c.sentence_no, c.basis_year)
        if key in seen or _own_year_before(c.sentence, c.basis_year):
            continue  # ("2020年度“三公”经费预算安排7.00万元，比2019年度减少…" in the 2019 决算: next year's, against this)
        seen.add(key)
        severity = Severity.error if c.basis_year >= year else Severity.warning
        yield finding(disclosure, c, "TXT013", severity,
                      f"{quote(c)}：本说明是 {year} 年度的，与上年比较应为 {year - 1} 年度，文中为 {c.basis_year} 年度。",
                      expected=str(year - 1), actual=str(c.basis_year))


_YEAR_SAID = lazy(r"(\d{4})年")


def _own_year_before(sentence: str, basis_year: int) -> bool:
    """The sentence states an amount of the year after the one it compares with, before the comparison: its own
    (another year's) amount compared with its year before."""
    text = norm(sentence)
    at = text.find(f"{basis_year}年")
    return at > 0 and any(int(m.group(1)) == basis_year + 1 for m in _YEAR_SAID.finditer(text[:at]))
