"""The 金额单位 of a table that prints none, decided from the rest of the disclosure — surely or not at all.

A table without its own '单位：…' line (and none in its title, heads, note or sheet) is read as 万元 (CMP008 says so).
In a disclosure in 元 that reading makes every figure ten thousand times too large, and each comparison with another
table is a false error (BGX014: 基本支出 by 功能 3,162.00 万元 against the 经济分类 table's 31,620,000.00 "万元").
The other tables' unit lines alone do not decide it: 上海 prints its 三公 table in 万元 under eight tables in 元.

What decides it is the money itself. A disclosure prints the same amount in several tables (the 基本支出表's 合计
is the 一般公共预算支出表's 基本支出; its 30113 住房公积金 the 2210201's; the 三公 table's 公务接待费 the 30217's): the
unit-less table's figures, read in each unit, are looked up among the figures of the tables that state theirs. A unit
is taken when it alone makes two distinct amounts agree (no other unit makes any). When nothing decides and the
table read as 万元 would be more than ten times the largest amount of the tables that state their unit (a unit error
is a factor of 10,000), the unit is unknown: the table is set aside (BGC006), never guessed — unless one amount agrees
in the unit every other table's unit line states (the 三公 table's aside): a fund table of one 项, whose 合计, 类, 款
and 项 are one amount. Otherwise it stays 万元.
"""

from __future__ import annotations

from bisect import bisect_left
from decimal import Decimal

from govaudit.model import Disclosure, Table
from govaudit.model.figure import UNIT_SCALE

AGREE = 2  # distinct amounts that must agree under the one unit
SANGONG = ("07", "B09")
DWARF = 10  # read as 万元, more than this times the disclosure's largest amount: impossible
_ZERO = Decimal(0)


def _money(table: Table):
    for f in table.figures():
        if not f.percent and not f.derived and f.value:
            yield f


def _agreeing(table: Table, unit: str, known: list[tuple[Decimal, Decimal]], starts: list[Decimal]) -> int:
    """How many distinct amounts of `table`, read in `unit`, fall inside a known figure's interval (in 万元)."""
    s = UNIT_SCALE[unit]
    hits = set()
    for f in _money(table):
        lo, hi = (f.value - f.half_unit) * s, (f.value + f.half_unit) * s
        k = bisect_left(starts, lo - _widest(known))
        while k < len(known) and known[k][0] <= hi:
            if known[k][1] >= lo:
                hits.add(abs(f.value))
                break
            k += 1
    return len(hits)


def _widest(known: list[tuple[Decimal, Decimal]]) -> Decimal:
    return max((hi - lo for lo, hi in known), default=_ZERO)


def _rescale(table: Table, unit: str) -> None:
    exact = unit == "元" and table.kind.startswith("B")  # a budget in 元 is exact (budget_tables.figure)
    for row in table.rows:
        row.cells = {k: f if f is None or f.percent else f.model_copy(
            update={"unit": unit, **({"spread": _ZERO} if exact and not f.derived else {})})
            for k, f in row.cells.items()}


def settle_units(disclosure: Disclosure) -> None:
    tables = list(disclosure.tables.values())
    unitless = [t for t in tables if t.unit is None and not t.unreliable and any(_money(t))]
    stated = [t for t in tables if t.unit is not None and t.unit in UNIT_SCALE and not t.unreliable]
    if not unitless or not stated:
        return
    known = sorted({f.interval() for t in stated for f in _money(t)})
    starts = [lo for lo, _hi in known]
    largest = max((abs(f.amount) for t in stated for f in _money(t)), default=_ZERO)
    units = ["万元", "元"] + sorted({t.unit for t in stated} - {"万元", "元"})
    # the unit the tables state, the 三公 table's aside (上海 prints it in 万元 under tables in 元)
    lines = {t.unit for t in stated if t.kind not in SANGONG}
    for table in unitless:
        agree = {u: _agreeing(table, u, known, starts) for u in units}
        dwarfs = largest and max(abs(f.value) for f in _money(table)) > DWARF * largest
        sure = [u for u, n in agree.items() if all(m == 0 for v, m in agree.items() if v != u) and (
            n >= AGREE or n and dwarfs and lines == {u})]
        if sure:
            if sure[0] != "万元":
                _rescale(table, sure[0])
            continue
        if dwarfs:
            table.unreliable = ("没有写明金额单位，按万元读比其他各表的最大金额大十倍以上，"
                                "与其他各表也没有相同的金额可以确定单位")
