"""TXT020: each 自评综述 paragraph against its 绩效自评表 (score, grade, amounts, execution rate).

The paragraph names its project ("（9）组织人事及重点工作大督查工作经费项目自评综述：…"); it is matched to a form
only when the names agree after leaving out brackets, quotes and generic endings (项目, 专项资金, 资金, 经费 …), or
when one contains the other and no other form fits. An unmatched paragraph is not judged.
"""

from __future__ import annotations

from decimal import Decimal

from govaudit.checks.narrative_common import (
    Val, bare, claims, finding, of_claim, pct, quote, ratio, show, truncation_fits,
)
from govaudit.checks.performance_common import total_figure
from govaudit.engine.registry import rule
from govaudit.model import Claim, Figure, PerformanceForm, Severity
from govaudit.text import norm
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)

NEEDS = ("text",)  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)

# words before a score that make it an indicator's, not the form's 总分 ("其中预算执行率得分9分")
PART_SCORE_RE = lazy(r"其中|执行率|指标|产出|效益|满意度|分项")
# a source of money named right before the amount's word ("当年财政拨款预算数为600.00万元"): the sentence is about
# that line of the form, not its whole
_PART = lazy(r"(财政拨款|财政资金|其他资金|上年结转|结转资金|自筹资金|单位资金|自有资金|社会资金|配套资金|一般公共预算"
             r"|政府性基金|国有资本经营预算|(?:中央|省级|市级|县级|区级)[^，。；,;]{0,8}资金)(?:资金)?的?"
             r"(?:年初|全年|调整后)?(?:预算数|预算资金|预算|执行数|执行率|到位数|完成)")
_BRACKETS = lazy(r"\([^()]*\)|[“”\"'‘’「」]")
_QUALIFIER = lazy(r"\([^()]+\)")
_ENDINGS = ("工作经费", "专项资金", "补助资金", "项目", "资金", "专项", "经费")
GRADE_ALIASES = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}


def project_core(name: str) -> str:
    t = _BRACKETS.sub("", norm(name))
    changed = True
    while changed:
        changed = False
        for e in _ENDINGS:
            if t.endswith(e) and len(t) > len(e) + 1:
                t, changed = t[: -len(e)], True
    return t


def match_form(project: str, forms: list[PerformanceForm]) -> PerformanceForm | None:
    # (a bracket after the name the form's name does not hold names another project: "…能力提升（二期）", "（续建）")
    own = [b for b in _QUALIFIER.findall(norm(project)) if b.strip("()") not in _ENDINGS]
    named = [(f, project_core(f.project.text)) for f in forms if f.project and f.project.text
             and all(b in norm(f.project.text) for b in own)]
    core = project_core(project)
    if not core:
        return None
    exact = [f for f, c in named if c == core]
    if len(exact) == 1:
        return exact[0]
    if exact:
        return None
    loose = [f for f, c in named if len(c) >= 4 and len(core) >= 4 and (c in core or core in c)
             and not _extends(project, f.project.text)]
    return loose[0] if len(loose) == 1 else None


def _extends(project: str, form_name: str) -> bool:
    """The paragraph's project is named by the form's whole name and more words than a generic ending ("劳动监察专项资金
    配套" beside the form of "劳动监察专项资金"): another project (its 配套, a later phase), not this form's."""
    p, f = _BRACKETS.sub("", norm(project)), _BRACKETS.sub("", norm(form_name))
    if len(f) < 4 or f not in p:
        return False
    rest = p.replace(f, "", 1)
    changed = True
    while rest and changed:
        changed = False
        for e in _ENDINGS:
            if rest.endswith(e):
                rest, changed = rest[: -len(e)], True
    return bool(rest) and not p.startswith(rest)  # (a year or the department's name before it is no other project)


def _form_val(fig: Figure) -> Val:
    d = max(fig.decimals, 2)  # a form's "3" is 3.00 万元 (its amounts are kept to the 0.01)
    half = Decimal(5).scaleb(-(d + 1))
    return Val(fig.amount, fig.amount - half, fig.amount + half, d)


def _line_value(form: PerformanceForm, key: str, c: Claim | None = None) -> Figure | None:
    """The form's figure a 自评综述 amount is about: the line of the source of money its sentence names before the
    amount's word (“当年财政拨款预算数为…，执行数为…”: both that line's), None when no one line is that source;
    else the 总额 (s12forms: also the sum of a form's lines where it prints no 总额 line)."""
    part = _named_part(c) if c is not None else None
    if part is None:
        return total_figure(form, key)
    lines = [b for b in form.budget if b.key != "total" and part and part in norm(b.label)]
    return lines[0].cells.get(key) if len(lines) == 1 else None


def _named_part(c: Claim) -> str | None:
    """The source of money named before an amount's word in the claim's clause, or in the sentence before it
    (“当年财政拨款预算数为…，执行数为…”); "" (not one line, not the whole: not judged) when the sentence names one
    after a 其中 (“预算数为700万元，其中财政拨款预算600万元，执行数为…”: whose 执行数 is not said); else None."""
    at = c.sentence.find(c.clause) if c.clause else -1
    own = _PART.findall(norm(c.clause))
    before = norm(c.sentence[:at]) if at >= 0 else ""
    found = own or _PART.findall(before)
    if not found:
        return None
    if not own and "其中" in before:
        return ""
    return found[-1].removesuffix("资金") or found[-1]


@rule(
    "TXT020",
    "自评综述应与绩效自评表一致",
    explanation="""
情况说明中每个项目的“自评综述”（绩效自评得分为 N 分、评价等级、全年预算数、执行数、完成预算的 W%）应与所附的
绩效自评表一致：得分等于表中总分，等级等于表中评价等级，金额按区间相符，完成预算的百分比等于表中执行数 ÷ 预算数。
综述本身算不对（执行数 ÷ 预算数 ≠ W%）报 TXT012；得分超过 100 分也在此报告。按项目名称找表：去掉括号、引号和
“项目、专项资金、资金、经费”等词后相同，或一个包含另一个且只有一张表符合。
""",
    example="“组织人事及重点工作大督查工作经费项目绩效自评得分为91分”，自评表总分 99：错误。",
    emits=("TXT010", "TXT012"),
)
def summaries_match_forms(disclosure, ctx):
    by_paragraph: dict[tuple[int, str], list[Claim]] = {}  # (a paragraph may speak of two projects in turn)
    for c in claims(disclosure, ctx):
        if c.project:
            by_paragraph.setdefault((c.paragraph, c.project), []).append(c)
    for _p, cs in by_paragraph.items():
        project = cs[0].project
        yield from _self_rate(disclosure, cs)
        form = match_form(project, disclosure.forms) if disclosure.forms else None
        for c in cs:
            if c.kind == "score" and c.score is not None and c.score.value > 100:
                yield finding(disclosure, c, "TXT020", Severity.error,
                              f"{quote(c, c.score, '得分为')}：自评得分不能超过 100 分"
                              + (f"，所附自评表总分为 {form.total_score.shown()}" if form and form.total_score else "")
                              + "。", [_titled(form, form.total_score).source] if form and form.total_score else None,
                              expected=form.total_score.shown() if form and form.total_score else None,
                              actual=c.score.text)
                continue
            if form is None:
                continue
            yield from _against_form(disclosure, c, cs, form)


def _titled(form: PerformanceForm, fig) -> Figure:
    """The form's figure, its place labelled with the form (a related place in another table)."""
    return fig.model_copy(update={"source": fig.source.model_copy(update={"table_title": form.name})})


def _against_form(disclosure, c: Claim, cs: list[Claim], form: PerformanceForm):
    label = f"绩效自评表「{form.project.text}」"
    if c.kind == "score" and c.score is not None and form.total_score is not None:
        if PART_SCORE_RE.search(c.clause.split(c.score.text, 1)[0]):
            return  # "…自评得分97分，其中预算执行率得分9分": an indicator's score, not the 总分 (s15rev r46)
        stated, got = of_claim(c.score), _titled(form, form.total_score)
        if not (stated.lo <= got.amount <= stated.hi):
            yield finding(disclosure, c, "TXT020", Severity.error,
                          f"{quote(c, c.score, '得分为')}，而{label}总分为 {got.shown()}。", [got.source],
                          expected=got.shown(), actual=c.score.text)
    elif c.kind == "grade" and c.grade and form.grade is not None and form.grade.text:
        a, b = GRADE_ALIASES.get(c.grade, c.grade), GRADE_ALIASES.get(norm(form.grade.text), norm(form.grade.text))
        if a != b:
            yield finding(disclosure, c, "TXT020", Severity.error,
                          f"文中评价等级为“{c.grade}”，而{label}为“{form.grade.text}”。",
                          [form.grade.source.model_copy(update={"table_title": form.name})],
                          expected=form.grade.text, actual=c.grade)
    elif c.kind == "amount" and c.subject in ("项目预算数", "项目执行数") and c.amount is not None:
        key = "budget" if c.subject == "项目预算数" else "executed"
        if key == "budget" and "年初" in c.clause.split(c.amount.text, 1)[0]:
            key = "initial"  # "年初预算数为80.00万元": the form's 年初预算数, not its 全年预算数 (s15rev r45)
        fig = _line_value(form, key, c)
        if fig is None:
            return
        fig = _titled(form, fig)
        stated, got = of_claim(c.amount), _form_val(fig)
        if stated.meets(got):
            return
        word = {"budget": "预算数", "initial": "年初预算数"}.get(key, "执行数")
        if truncation_fits(c.amount, got):
            yield finding(disclosure, c, "TXT010", Severity.warning,
                          f"{quote(c, c.amount, word + '为')}：{label}{word}为 {fig.shown()}，四舍五入应为 "
                          f"{show(got.value, c.amount.decimals)}，文中的数是截断的结果。", [fig.source],
                          expected=show(got.value, c.amount.decimals), actual=bare(c.amount))
        else:
            yield finding(disclosure, c, "TXT020", Severity.error,
                          f"{quote(c, c.amount, word + '为')}，而{label}{word}为 {fig.shown()}，相差 "
                          f"{show(stated.value - got.value, 2)}。", [fig.source], expected=fig.shown(),
                          actual=bare(c.amount), difference=show(stated.value - got.value, 2))
    elif c.kind == "completion" and c.rate is not None:
        budget, executed = _line_value(form, "budget", c), _line_value(form, "executed", c)
        if budget is None or executed is None:
            return
        executed = _titled(form, executed)
        if not _amounts_agree(cs, budget, executed) or not _self_consistent(cs, c):
            return  # the amounts already differ (reported above), or TXT012 reported the sentence itself
        right = ratio(_form_val(executed), _form_val(budget))
        if right is None:
            return
        stated = of_claim(c.rate)
        which = _which_budget(c)
        initial = _line_value(form, "initial", c) if which != "budget" else None
        if which == "initial" and initial is None:
            return  # "完成年初预算的108%" where the form prints no 年初预算数: nothing to hold it against
        if stated.meets(right) and which != "initial":
            return
        if initial is not None and (r := ratio(_form_val(executed), _form_val(initial))) is not None:
            if stated.meets(r):
                return  # "完成年初预算的108%" (s16rev r27): of the form's 年初预算数, not its 全年 one
            if which == "initial":
                budget, right = initial, r
        d = max(c.rate.decimals, 2)
        arithmetic = f"{label}执行数 {executed.shown()} ÷ 预算数 {budget.shown()} = {pct(right.value, d)}"
        if truncation_fits(c.rate, right):
            yield finding(disclosure, c, "TXT010", Severity.warning,
                          f"{quote(c, c.rate, '完成预算的')}：{arithmetic}，文中的数是截断而不是四舍五入的结果。",
                          [executed.source], actual=c.rate.text)
        else:
            yield finding(disclosure, c, "TXT020", Severity.error,
                          f"{quote(c, c.rate, '完成预算的')}与自评表不符：{arithmetic}。", [executed.source],
                          expected=pct(right.value, c.rate.decimals), actual=c.rate.text)


def _stated(cs: list[Claim], subject: str) -> Claim | None:
    return next((c for c in cs if c.kind == "amount" and c.subject == subject and c.amount is not None), None)


def _which_budget(c: Claim) -> str | None:
    """The budget a 完成率 names: "initial" (完成年初预算的), "budget" (全年/调整后), None (预算执行率 names neither)."""
    before = c.clause.split(c.rate.text, 1)[0] if c.rate is not None else c.clause
    return "initial" if "年初" in before else "budget" if ("全年" in before or "调整" in before) else None


def _budgets_said(cs: list[Claim], c: Claim) -> list[Claim]:
    """The paragraph's 项目预算数 amounts a completion may be of: the one its words name (年初 / 全年), or any when it names
    none ("年初预算数为100万元，全年预算数为120万元，…，预算执行率为90%": of either, s16rev r27)."""
    said = [o for o in cs if o.kind == "amount" and o.subject == "项目预算数" and o.amount is not None]
    which = _which_budget(c)
    if which is None:
        return said
    named = [o for o in said if ("年初" in o.clause.split(o.amount.text, 1)[0]) == (which == "initial")]
    return named or said


def _amounts_agree(cs: list[Claim], budget: Figure, executed: Figure) -> bool:
    for subject, fig in (("项目预算数", budget), ("项目执行数", executed)):
        c = _stated(cs, subject)
        if c is not None and not of_claim(c.amount).meets(_form_val(fig)):
            return False
    return True


def _self_rate_values(cs: list[Claim], c: Claim) -> list[tuple[Val, Claim]]:
    """The paragraph's own 执行数 ÷ each 预算数 the completion may be of (with that 预算数)."""
    e = _stated(cs, "项目执行数")
    if e is None:
        return []
    return [(r, b) for b in _budgets_said(cs, c) if (r := ratio(of_claim(e.amount), of_claim(b.amount))) is not None]


def _self_consistent(cs: list[Claim], c: Claim) -> bool:
    rights = _self_rate_values(cs, c)
    return not rights or any(of_claim(c.rate).meets(r) for r, _b in rights)


def _self_rate(disclosure, cs: list[Claim]):
    """完成预算的 W% against the paragraph's own 执行数 ÷ 预算数 (TXT012)."""
    e = _stated(cs, "项目执行数")
    for c in cs:
        if c.kind != "completion" or c.rate is None:
            continue
        rights = _self_rate_values(cs, c)
        if not rights:
            continue
        stated = of_claim(c.rate)
        if any(stated.meets(r) for r, _b in rights):
            continue
        right, b = rights[0]
        d = max(c.rate.decimals, 2)
        arithmetic = f"{e.amount.text} ÷ {b.amount.text} = {pct(right.value, d)}"
        if truncation_fits(c.rate, right):
            yield finding(disclosure, c, "TXT010", Severity.warning,
                          f"{quote(c, c.rate, '完成预算的')}：{arithmetic}，四舍五入应为 "
                          f"{pct(right.value, c.rate.decimals)}，文中的数是截断的结果。",
                          expected=pct(right.value, c.rate.decimals), actual=c.rate.text)
        else:
            yield finding(disclosure, c, "TXT012", Severity.error,
                          f"{quote(c, c.rate, '完成预算的')}与文中的执行数、预算数不符：{arithmetic}。",
                          expected=pct(right.value, c.rate.decimals), actual=c.rate.text)
