"""TXT017: in a 决算, a change stated against the year's budget ("“三公”经费支出3.68万元，较预算减少3.82万元") must be the
决算数 − 预算数 of the tables (公开07表 for the “三公”) or of the sentence's own two amounts. TXT006 judges only its
direction; a wrong size passed (s10 review: "三公 amounts stated against 预算").
"""

from __future__ import annotations

from govaudit.checks.narrative_common import MONEY_UNITS, Val, claims, finding, merged, of_claim, quote, show, signed, \
    subject_value, tidy
from govaudit.engine.registry import rule
from govaudit.lazyre import lazy
from govaudit.model import Claim, Severity

# a comparison with a named budget ("比年初预算", "比全年预算", "比调整后预算"): which one a table's single 预算数 column is
# is not known, so only a sentence that states that budget itself is judged
NAMED_BUDGET_RE = lazy(r"(全年|年初|调整后|调整)预算")


def _stated(cs: list[Claim], c: Claim, basis: str | None, named: str | None) -> Claim | None:
    """The sentence's one amount of the change's subject with this basis (None: this year's 决算); a budget of the
    one the comparison names, if it names one."""
    found = [o for o in cs if o.kind == "amount" and o.paragraph == c.paragraph and o.sentence_no == c.sentence_no
             and o.subject == c.subject and o.basis == basis and o.amount is not None and o.amount.unit in MONEY_UNITS
             and (basis is None or named is None or o.budget_word in (None, named))]
    return found[0] if len(found) == 1 else None


@rule(
    "TXT017",
    "比预算的增减额应等于决算数与预算数之差",
    explanation="""
决算说明中“××支出X万元，较预算减少（增加）Y万元”的 Y 应等于决算数与预算数之差。决算数取同一句所说的本年数（没有时取
公开表的数），预算数取同一句所说的预算数（没有时取公开表的预算数，如公开07表“三公”经费各项的预算数；句中写明“年初”
“全年”“调整后”预算而自己没有说出这个预算数时不核对：表中只有一列预算数）。按区间比较；增减方向不符由 TXT006 报告。
""",
    example="“三公”经费支出3.68万元，较预算减少2.82万元；公开07表预算数 7.50：3.68 − 7.50 = −3.82，错误。",
)
@merged
def change_against_budget(disclosure, ctx):
    if disclosure.stage == "预算":
        return
    cs = claims(disclosure, ctx)
    for c in cs:
        if c.kind != "change" or c.basis != "budget" or not c.known or c.change is None \
                or c.change.unit not in MONEY_UNITS or c.direction is None:
            continue
        m = NAMED_BUDGET_RE.search(c.clause or "")
        named = ("调整后" if m.group(1) == "调整" else m.group(1)) if m else None
        spent = _stated(cs, c, None, named)
        planned = _stated(cs, c, "budget", named)
        where = []
        final = (of_claim(spent.amount), f"文中决算数 {spent.amount.text}") if spent is not None else None
        if final is None:
            tv = subject_value(disclosure, c.subject)
            final = (tv.val, f"{tv.label} {tv.val.shown()}") if tv is not None else None
            where += [tv.location] if tv is not None else []
        budget = (of_claim(planned.amount), f"文中预算数 {planned.amount.text}") if planned is not None else None
        if budget is None and named is None and not any(
                o.kind == "amount" and o.basis == "budget" and o.subject == c.subject and o.paragraph == c.paragraph
                and o.sentence_no == c.sentence_no for o in cs):  # (two budgets said, neither named: which is unknown)
            tv = subject_value(disclosure, c.subject, budget=True)
            budget = (tv.val, f"{tv.label} {tv.val.shown()}") if tv is not None else None
            where += [tv.location] if tv is not None else []
        if final is None or budget is None:
            continue
        (f, f_text), (b, b_text) = final, budget
        gap = Val(f.value - b.value, f.lo - b.hi, f.hi - b.lo, max(f.decimals, b.decimals))
        said = signed(c.change, c.direction)
        if gap.meets(said) or (gap.value > 0) != (c.direction > 0) or gap.value == 0:
            continue  # (a wrong direction is TXT006's)
        shown = tidy(show(gap.value, min(gap.decimals, 2)))
        yield finding(disclosure, c, "TXT017", Severity.error,
                      f"{quote(c, c.change, c.direction_word)}（{c.subject}比预算）：{f_text} − {b_text} = {shown}，"
                      f"应为“{c.direction_word}{tidy(show(abs(gap.value), min(gap.decimals, 2)))}万元”。", where,
                      expected=tidy(show(abs(gap.value), min(gap.decimals, 2))), actual=of_claim(c.change).shown(),
                      difference=tidy(show(abs(said.value) - abs(gap.value), 2)))
