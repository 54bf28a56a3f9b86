"""The change columns of a 预算 “三公” table: '2025年预算数 | 2026年预算数 | 增减额 [| 增减率（%）]' with the items as
rows (recognize/sanshi._change_rows keys them 'delta' / 'delta_rate' rows beside 'budget' and 'prior_budget'). Each
item's 增减额 = 本年 − 上年, its 增减率 = 增减额 ÷ 上年, by interval arithmetic as BGT011/BGT012 judge the
一般公共预算支出表's change columns."""

from __future__ import annotations

from decimal import Decimal

from govaudit.checks.common import with_file
from govaudit.checks.hierarchy import wrong_rate
from govaudit.engine.arith import fmt, judge_equal, uncomputed_cells
from govaudit.engine.messages import Identity, identity_finding
from govaudit.engine.registry import rule
from govaudit.model import Finding, Severity
from govaudit.model.trusted import construct
from govaudit.recognize.budget_specs import SANSHI_TOTALS
from govaudit.recognize.column_groups import band

NEEDS = ("tables",)  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)


def _changes(disclosure, key: str):
    """(table, item key, the item's name, this year's figure, last year's, the change row) for every item of B09 with
    a `key` row ('delta' / 'delta_rate') and both years printed."""
    table = disclosure.tables.get("B09")
    if table is None:
        return
    rows = {r.key: r for r in table.rows}
    now, prior, change = rows.get("budget"), rows.get("prior_budget"), rows.get(key)
    if now is None or prior is None or change is None or all(f is None for f in change.cells.values()):
        return  # (a change column left blank throughout was not filled in: nothing to judge)
    printed = {k for k, f in change.cells.items() if f is not None}
    # a change printed for the 合计 alone, the items' change cells left blank, is how the clerk chose to print it: the
    # blank items are no missing figure (budfix s28; a blank 合计 beside filled items is still judged)
    total_only = printed <= SANSHI_TOTALS
    for col in table.columns:
        item = col.key
        if total_only and item not in printed:
            continue
        # a blank or '-' year is a zero (出国 0 in 2026: −100%); an item blank in both years has no change to judge
        if item in change.cells and (now.cells.get(item) is not None or prior.cells.get(item) is not None):
            yield table, item, _item_name(col.header), now, prior, change


def _item_name(header: str) -> str:
    """'2026年预算数/因公出国(境)费' (a one-row table's column under this year's group) → '因公出国(境)费'."""
    parts = header.split("/")
    return "/".join(parts[1:]) if len(parts) > 1 and band(parts[0]) else header


def _figure(row, item: str, like):
    """The row's figure of `item`, a blank as a zero shown like `like` (the other year's)."""
    fig = row.cells.get(item)
    return fig if fig is not None else like.model_copy(update={"value": Decimal(0), "text": "0"})


def _where(table, name: str, change) -> str:
    return f"{table.label}「{name}」{'增减率' if change.key == 'delta_rate' else '增减额'}列"


def _year(row) -> str:
    """'2026年预算数' for the row read as the 预算数 of the disclosure's year (its label says only 预算数)."""
    return row.label if row.label != "预算数" else "本年预算数"


@rule(
    "BGT904",
    "“三公”经费增减额应等于本年预算数减去上年预算数",
    explanation="""
财政部格式的一般公共预算“三公”经费支出表常把上年预算数、本年预算数和“增减额”（有时还有“增减率”）并列。每一项
（合计、因公出国（境）费、公务用车购置及运行费及其购置费、运行费、公务接待费）的增减额应等于本年预算数减去上年
预算数；差额在四舍五入误差内只作提示。
""",
    example="因公出国（境）费：0 − 20,000.00 = −20,000.00，增减额填 −2,000.00：错误。",
)
def sanshi_change(disclosure, ctx):
    unknown = uncomputed_cells(disclosure)
    for table, item, name, now, prior, change in _changes(disclosure, "delta"):
        delta = change.cells.get(item)
        if delta is not None and delta.percent:
            continue  # ('比上年增减' over '-38.46%': a rate its header does not call one, no amount to judge, review s27)
        v = judge_equal([delta, prior.cells.get(item)], [now.cells.get(item)])
        places = [table.location(r, item) for r in (change, now, prior)]
        if v.status == "ok" or unknown and any((loc.sheet, loc.cell) in unknown for loc in places):
            continue
        yield identity_finding(file=disclosure.path, code="BGT904", severity=Severity.error,
                               title="增减额应等于本年预算数减去上年预算数", where=_where(table, name, change),
                               table=table.label, verdict=v, locations=with_file(disclosure, places),
                               identity=Identity(judged=delta, others=[prior.cells.get(item)],
                                                 formula=f"{_year(now)} − {prior.label}"))


@rule(
    "BGT905",
    "“三公”经费增减率应等于增减额除以上年预算数",
    explanation="""
“三公”经费支出表的“增减率”（%）应等于（本年预算数 − 上年预算数）÷ 上年预算数 × 100%。按区间计算：两年的数各代表
±半个末位单位的区间，由此得到增减率的区间；表中的百分数（也代表 ±半个末位单位）与之相交即为一致。上年预算数为 0
或空白时不核对。
""",
    example="公务接待费：（10,800.00 − 12,000.00）÷ 12,000.00 = −10.00%，填 −1.00%：错误。",
)
def sanshi_change_rate(disclosure, ctx):
    for table, item, name, now, prior, change in _changes(disclosure, "delta_rate"):
        shown, p = change.cells.get(item), prior.cells.get(item)
        if shown is None or p is None:
            continue  # (no rate printed; no rate of a change from nothing)
        n = _figure(now, item, p)
        wrong = wrong_rate(n, p, shown)
        if not wrong:
            continue
        shown, rate, lo, hi = wrong
        d = shown.decimals
        yield construct(Finding, code="BGT905", severity=Severity.error, file=disclosure.path, table=table.label,
                        locations=with_file(disclosure, [table.location(r, item) for r in (change, now, prior)]),
                        expected=f"{fmt(rate, d)}%", actual=shown.shown(),
                        title="增减率应等于增减额除以上年预算数",
                        message=f"{_where(table, name, change)}：增减率应等于增减额除以上年预算数。按（{_year(now)} "
                                f"{n.shown()} − {prior.label} {p.shown()}）÷ {p.shown()} 计算应为 {fmt(rate, d)}%"
                                f"（区间 [{fmt(lo, d + 1)}%, {fmt(hi, d + 1)}%]），实际为 {shown.shown()}，"
                                f"超出四舍五入可解释的范围。")


# (in a disclosure without a 三公 table, reports say these had nothing to check)
sanshi_change.rule_info.needs_any = sanshi_change_rate.rule_info.needs_any = ("B09",)
