"""TBL001: 类 = Σ 款, 款 = Σ 项 and 合计 = Σ 类, in every column of every table with 科目编码."""

from __future__ import annotations

from decimal import Decimal

from govaudit.checks.common import sum_finding, with_file
from govaudit.engine.arith import fmt, judge_equal, shown_sum, uncomputed_cells
from govaudit.engine.messages import Identity, identity_finding
from govaudit.engine.registry import rule
from govaudit.model import Finding, Row, Severity, Table
from govaudit.model.trusted import construct

NEEDS = ("tables",)  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)

CODED_TABLES = ("02", "03", "05", "06", "08", "09")


def _groups(table: Table):
    coded = [r for r in table.rows if r.code]
    children: dict[str, list[Row]] = {}
    for r in coded:
        if len(r.code) in (5, 7):  # a 款 under its 类, a 项 under its 款
            children.setdefault(r.code[:-2], []).append(r)
    for parent in coded:  # only a 3- or 5-digit code is a key of `children`: a 项 has no kids
        kids = children.get(parent.code)
        if kids:
            yield parent, kids, _coded_title(parent)
    # a table printing no code, its levels by indenting: 款 keyed '208>名称', 项 '208>款名>项名' (tables._levels_by_indent)
    placed: dict[str, list[Row]] = {}
    for r in table.rows:
        if not r.code and ">" in r.key:
            placed.setdefault(r.key.rsplit(">", 1)[0], []).append(r)
    for parent in table.rows:
        kids = placed.get(parent.key)
        if kids:
            yield parent, kids, _placed_title(parent)
    total = table.row("total")
    tops = [r for r in coded if len(r.code) == 3]
    if total is not None and tops and table.kind != "06":  # 决算 06 prints 人员/公用经费 as two blocks
        yield total, tops, _total_title(total)


# a group's title
def _coded_title(parent: Row) -> str:
    return f"{parent.code}（{'类' if len(parent.code) == 3 else '款'}）应等于其下各{'款' if len(parent.code) == 3 else '项'}之和"


def _placed_title(parent: Row) -> str:
    if parent.code and len(parent.code) == 5:  # a coded 款 over 项 keyed under it by name (recognize/uncoded_items.py)
        return _coded_title(parent)  # (a 类 is coded from its name in a table printing no code: keep its name)
    lei = ">" not in parent.key
    return f"“{parent.label}”（{'类' if lei else '款'}）应等于其下各{'款' if lei else '项'}之和"


def _total_title(parent: Row) -> str:
    return "合计应等于各类之和"


@rule(
    "TBL001",
    "科目层级：合计 = Σ类，类 = Σ款，款 = Σ项（每一列）",
    explanation="""
按功能分类（或经济分类）科目编码列示的表中，上级科目的金额应等于其下级科目之和：类（3位）= 其下各款
（5位）之和，款 = 其下各项（7位）之和，合计行 = 各类之和。每一个金额列都要核对。只有列出了下级科目
时才核对；差额在四舍五入误差内只作提示。某个款本身与其下各项不符时，它的类（和合计）往往也随之不符：
把不符的下级换成其下级之和后上级就相符的，只报告那个下级，不重复报告上级。
""",
    example="2080505 6.18 + 2080506 4.64 = 20805 行政事业单位养老支出 10.82。",
)
def check(disclosure, ctx):
    yield from check_hierarchy(disclosure, CODED_TABLES, "TBL001")


def check_hierarchy(disclosure, kinds, code: str):
    """The 类/款/项 sums of the tables `kinds`, reported under `code` (TBL001 for 决算, BGT001 for 预算)."""
    unknown = uncomputed_cells(disclosure)
    for kind in kinds:
        table = disclosure.tables.get(kind)
        if table is None:
            continue
        # (a change is checked row by row, BGT011/BGT012: a wrong 项's change would make its 款 look wrong too; last
        # year's column lists only this year's 项, so its 款 may hold more than they do: s18finA)
        keys = [k for k in dict.fromkeys(c.key for c in table.columns) if k not in ("delta", "delta_rate", "prior")]
        groups = list(_groups(table))
        judged = []  # (parent, kids, title, column, verdict) of every identity that does not hold as shown
        for parent, kids, title in groups:
            for key in keys:
                if key not in parent.cells:
                    continue
                head = parent.cells.get(key)
                parts = [k.cells.get(key) for k in kids]
                if head is None and all(p is None for p in parts):
                    continue
                if shown_sum([head]) == shown_sum(parts):
                    continue  # judge_equal's "ok" (equal as shown), known before the places and intervals
                if unknown and any((loc.sheet, loc.cell) in unknown
                                   for loc in (table.location(r, key) for r in [parent, *kids])):
                    continue
                v = judge_equal([head], parts)
                if v.status != "ok":
                    judged.append((parent, kids, title, key, v))
        failing = {(id(parent), key) for parent, _k, _t, key, v in judged if v.status == "error"}
        children = {id(parent): kids for parent, kids, _t in groups}
        for parent, kids, title, key, v in judged:
            if v.status == "error" and _only_through_failing_children(parent, kids, key, failing, children):
                continue  # the failing child is reported; the parent is consistent with what the child should hold
            loc = table.location(parent, key)
            where = f"{table.label}「{parent.code or ''} {parent.label}」{loc.col_label or ''}列".replace("「 ", "「")
            locations = [loc] + [table.location(k, key) for k in kids if k.cells.get(key) is not None]
            yield sum_finding(disclosure, code, Severity.error, where, title, v, locations, table.label,
                              judged=parent.cells.get(key))


def _only_through_failing_children(parent: Row, kids: list[Row], key: str, failing: set, children: dict) -> bool:
    """True when some children fail their own sum in this column and, with each of those replaced by what its own
    children add up to (recursively), the parent adds up: a wrong 款 makes its 类 (and 合计) look wrong too, and
    only the 款 is reported."""
    if not any((id(k), key) in failing for k in kids):
        return False
    parts = [f for k in kids for f in _as_summed(k, key, failing, children)]
    return judge_equal([parent.cells.get(key)], parts).status != "error"


def _as_summed(row: Row, key: str, failing: set, children: dict) -> list:
    """The row's figure in this column, or, when the row does not add up, the figures of its children (same rule)."""
    if (id(row), key) not in failing:
        return [row.cells.get(key)]
    return [f for k in children[id(row)] for f in _as_summed(k, key, failing, children)]


def _changes(disclosure):
    """(table, row, this year's figure, last year's, the change, the rate, the current column's key) of every row of a
    预算 table printing a change beside this year's total ('2024年执行数 | 2025年预算数 … | 增减额 | 增减%':
    column_groups._change_columns keyed them prior / delta / delta_rate)."""
    for table in disclosure.tables.values():
        keys = {c.key for c in table.columns}
        if "prior" not in keys or not keys & {"delta", "delta_rate"}:
            continue
        now = "total" if "total" in keys else "amount"
        for row in table.rows:
            yield table, row, row.cells.get(now), row.cells.get("prior"), now


def _named(table: Table, row: Row, key: str) -> str:
    loc = table.location(row, key)
    return loc.col_label or key


@rule(
    "BGT011",
    "增减额应等于本年预算数减去上年数",
    explanation="""
财政部格式的一般公共预算支出表常在本年预算数旁列出上年执行数（或上年预算数）及“增减额”“增减%”两栏。每一行的
增减额应等于本年预算数（小计）减去上年数；差额在四舍五入误差内只作提示。
""",
    example="2130108 病虫害控制：876.55 − 900.00 = −23.45，增减额填 −33.45：错误。",
)
def change_amount(disclosure, ctx):
    unknown = uncomputed_cells(disclosure)
    for table, row, now, prior, key in _changes(disclosure):
        if "delta" not in row.cells or now is None or prior is None:
            continue
        delta = row.cells.get("delta")
        if delta is not None and delta.percent:
            continue  # (a rate printed under a change's header that names no rate: no amount to judge, review s27)
        v = judge_equal([delta, prior], [now])
        if v.status == "ok" or unknown and any((loc.sheet, loc.cell) in unknown for loc in (
                table.location(row, k) for k in ("delta", "prior", key))):
            continue
        where = f"{table.label}「{(row.code or '') + ' ' if row.code else ''}{row.label}」{_named(table, row, 'delta')}列"
        formula = f"{_named(table, row, key)} − {_named(table, row, 'prior')}"
        yield identity_finding(file=disclosure.path, code="BGT011", severity=Severity.error,
                               title="增减额应等于本年预算数减去上年数", where=where, table=table.label, verdict=v,
                               locations=with_file(disclosure, [table.location(row, k) for k in ("delta", key, "prior")]),
                               identity=Identity(judged=delta, others=[prior], formula=formula))


_HUNDRED = Decimal(100)


@rule(
    "BGT012",
    "增减%应等于增减额除以上年数",
    explanation="""
“增减%”（增长率）应等于（本年预算数 − 上年数）÷ 上年数 × 100%。按区间计算：本年数、上年数各代表 ±半个末位单位的
区间，由此得到增长率的区间；表中的百分数（也代表 ±半个末位单位）与之相交即为一致，不相交才是错误。上年数为 0 或
空白时不核对。
""",
    example="（876.55 − 900.00）÷ 900.00 = −2.61%，填 −3.61%：错误。",
)
def change_rate(disclosure, ctx):
    for table, row, now, prior, key in _changes(disclosure):
        shown = row.cells.get("delta_rate")
        if shown is None or now is None or prior is None:
            continue
        wrong = wrong_rate(now, prior, shown)
        if wrong is None:
            continue
        shown, rate, lo, hi = wrong
        d = shown.decimals
        where = f"{table.label}「{(row.code or '') + ' ' if row.code else ''}{row.label}」{_named(table, row, 'delta_rate')}列"
        locations = with_file(disclosure, [table.location(row, k) for k in ("delta_rate", key, "prior")])
        yield construct(Finding, code="BGT012", severity=Severity.error, file=disclosure.path, table=table.label,
                        locations=locations, expected=f"{fmt(rate, d)}%", actual=shown.shown(),
                        title="增减%应等于增减额除以上年数",
                        message=f"{where}：增减%应等于增减额除以上年数。按（{_named(table, row, key)} {now.shown()} − "
                                f"{_named(table, row, 'prior')} {prior.shown()}）÷ {prior.shown()} 计算应为 "
                                f"{fmt(rate, d)}%（区间 [{fmt(lo, d + 1)}%, {fmt(hi, d + 1)}%]），实际为 {shown.shown()}，"
                                f"超出四舍五入可解释的范围。")


def wrong_rate(now, prior, shown):
    """(the rate as a percentage figure, the rate computed, its interval's ends) when the printed rate `shown` of the
    change from `prior` to `now` lies outside what rounding allows; None when it agrees (or there is no rate of a
    change from nothing)."""
    if not shown.percent or shown.spread is not None:
        # '4.69' under '增减%' / '幅度（%）': the column's header says it is a percentage (column_groups keys a
        # change column delta_rate only for a header with a rate mark), so the figure is one without its sign;
        # and a rate is rounded to its last shown decimal even in a 元 table read as exact (spread 0)
        shown = shown.model_copy(update={"percent": True, "spread": None})
    own = max(0, -shown.value.normalize().as_tuple().exponent)
    if not shown.text and own < shown.decimals:
        # a workbook's number in General format (4.8 typed for 4.78%) was read to money's 0.01 万元 (tables.figure's
        # PUBLISHED_DECIMALS): a rate is no money, it shows as many decimals as were typed (held-out batch 27)
        shown = shown.model_copy(update={"decimals": own})
    p_lo, p_hi = prior.interval()
    n_lo, n_hi = now.interval()
    if p_lo <= 0:
        return None  # (no rate of a change from nothing)
    lo = (min(n_lo / p_lo, n_lo / p_hi) - 1) * _HUNDRED
    hi = (max(n_hi / p_lo, n_hi / p_hi) - 1) * _HUNDRED
    s_lo, s_hi = shown.interval()
    if s_lo <= hi and lo <= s_hi:
        return None
    if s_lo <= hi + _HUNDRED and lo + _HUNDRED <= s_hi:
        return None  # '比上年%' printed as 本年 ÷ 上年 (101.83 for a 1.83 % rise): a ratio, as some tables give it
    return shown, (now.amount / prior.amount - 1) * _HUNDRED, lo, hi


# (a 预算 table's columns: in a disclosure without one, reports say these had nothing to check)
change_amount.rule_info.needs_any = change_rate.rule_info.needs_any = ("B03", "B05", "B06", "B07")
