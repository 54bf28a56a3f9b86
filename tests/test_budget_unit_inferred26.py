"""A 预算 table printed without its own 金额单位 line (issue #9, session 25 left open): its unit decided from the
disclosure, surely or not at all (recognize/units.py).

The batch-25 set (tests/budget_heldout25_tables.py) with one table's '单位：…' line left out, in a workbook and a
三线 PDF. Written before the fix; on main bd7dddb the 元 set whose 基本支出表 prints no unit read that table as 万元:
false BGX014 (功能 3,162.00 万元 vs 经济 31,620,000.00 "万元"), BGX028 and BGX029 on every print; its 三公 table
printed in 元 without a unit was read as 万元 (80,000 万元 of 公务接待费) and a 三公 table smaller than the 30217
公务接待费 went unseen. 10 of the 12 tests below failed (see FIRST_RUN).

The decision: the figures of the unit-less table agree with the same money in the other tables (the 基本支出表's
合计 is the 一般公共预算支出表's 基本支出, its 30113 住房公积金 the 2210201's) under one unit only, in two distinct
amounts at least — whatever the other tables' unit lines say (the 三公 table of 上海 is in 万元 under tables in 元).
When nothing agrees and the table read as 万元 would dwarf the whole disclosure, its unit is unknown: the table is
set aside (BGC006), not guessed. Otherwise it stays as before (万元, CMP008).
"""

from __future__ import annotations

import pytest

import budget_heldout25_tables as b25
from pdf_writer import PrintedTable, print_tables, save_workbook

FIRST_RUN = """
main bd7dddb (before the fix): failed 10 of 12 — the 元 set's 基本支出表 without unit (clean, and with a 款 wrong):
false BGX014/BGX028/BGX029; the 三公 table in 元 without unit, 接待 below 30217: BGX028 not found; the 万元 set's
基本支出表 in 元 without unit: false BGX014/BGX028/BGX029; a unit-less 元 table agreeing with nothing: read as 万元,
not set aside. Passed: the 上海 way (三公 in 万元 without unit under 元 tables). After: 12 of 12.
"""

B06, B07 = 5, 6  # the 一般公共预算基本支出表 and the 三公 table in the set


def _unitless(t: PrintedTable) -> PrintedTable:
    return PrintedTable(t.title, t.dept, "", t.rows, t.head, t.merges, t.notes)


def made(folder, ts, writer):
    return save_workbook(folder / "a.xlsx", ts) if writer == "xlsx" else print_tables(folder / "a.pdf", ts, rules="three")


def findings(path):
    from govaudit.pipeline import check_paths

    result = check_paths([str(path)])
    assert [f.status for f in result.files] == ["checked"], result.files
    return [(f.code, f.message) for f in result.findings if f.severity.value in ("error", "warning")]


WRITERS = ["xlsx", "three"]


@pytest.mark.parametrize("writer", WRITERS)
def test_yuan_set_whose_basic_table_prints_no_unit(tmp_path, writer):
    ts = b25.eight(b25.Fmt(yuan=True))
    ts[B06] = _unitless(ts[B06])
    found = findings(made(tmp_path, ts, writer))
    # the omission is said, with the unit the table was read in; nothing else
    assert [c for c, _m in found] == ["CMP008"], found
    assert "按元核对" in found[0][1], found


@pytest.mark.parametrize("writer", WRITERS)
def test_a_mistake_in_the_unitless_table_is_still_found_in_its_unit(tmp_path, writer):
    ts = b25.eight(b25.Fmt(yuan=True))
    ts[B06] = _unitless(ts[B06])
    row = next(r for r in ts[B06].rows if r[0] == "30102")  # 津贴补贴 6,100,000.00 → 6,010,000.00 (合计, 人员经费)
    row[2] = row[3] = "6,010,000.00"
    found = findings(made(tmp_path, ts, writer))
    assert any(c == "BGT001" and "301" in m for c, m in found), found
    assert not [c for c, _m in found if c in ("BGX014", "BGX028", "BGX029")], found


@pytest.mark.parametrize("writer", WRITERS)
def test_yuan_sanggong_table_without_unit_is_read_in_yuan(tmp_path, writer):
    """Its 公务接待费 60,000.00 元 under the 基本支出表's 30217 80,000.00 元: found (BGX028), as with its unit line."""
    ts = b25.eight(b25.Fmt(yuan=True))
    ts[B07] = _unitless(ts[B07])
    last = ts[B07].rows[-1]
    last[6], last[11] = "420,000.00", "60,000.00"
    found = findings(made(tmp_path, ts, writer))
    assert "BGX028" in [c for c, _m in found], found


@pytest.mark.parametrize("writer", WRITERS)
def test_sanggong_in_wan_without_unit_under_yuan_tables_stays_wan(tmp_path, writer):
    """上海's way: tables in 元, the 三公 table in 万元 — here without its unit line: read as 万元, nothing false."""
    ts = b25.eight(b25.Fmt(yuan=True))
    ts[B07] = _unitless(b25.eight(b25.Fmt())[B07])
    found = findings(made(tmp_path, ts, writer))
    assert [c for c, _m in found] == ["CMP008"], found
    assert "按万元核对" in found[0][1], found


@pytest.mark.parametrize("writer", WRITERS)
def test_wan_set_with_one_table_in_yuan_without_unit(tmp_path, writer):
    """A 万元 set whose 基本支出表 alone is printed in 元 without saying so: its figures agree with the rest ×10⁴."""
    ts = b25.eight(b25.Fmt())
    ts[B06] = _unitless(b25.eight(b25.Fmt(yuan=True))[B06])
    found = findings(made(tmp_path, ts, writer))
    assert [c for c, _m in found] == ["CMP008"], found


@pytest.mark.parametrize("writer", WRITERS)
def test_unit_unknown_sets_the_table_aside(tmp_path, writer):
    """A 元 table agreeing with nothing (every figure changed) that would dwarf the disclosure read as 万元: BGC006,
    not a false error."""
    ts = b25.eight(b25.Fmt())
    yuan = b25.eight(b25.Fmt(yuan=True))[B06]
    for row in yuan.rows[yuan.head:]:
        for j in range(2, len(row)):
            if row[j] not in ("", "0.00"):
                row[j] = f"{b25.d(row[j]) + 1234:,.2f}"  # 1,234 元 more everywhere: no figure agrees with the others
    ts[B06] = _unitless(yuan)
    found = findings(made(tmp_path, ts, writer))
    assert [c for c, _m in found if c not in ("CMP008", "BGC006")] == [], found
    assert "BGC006" in [c for c, _m in found], found


@pytest.mark.parametrize("scope", ["部门", "单位"])
def test_fund_table_of_one_amount_without_unit_takes_the_unit_every_table_states(tmp_path, scope):
    """The 上海 2026 sample's 政府性基金 table (one 项: its 合计, 类, 款 and 项 one amount) without its unit line: one
    amount agrees with the other tables in 元, read as 万元 it would dwarf them, and every table but the 三公 one says 元:
    元 (first version of the fix: set aside, BGC006; bd7dddb: read as 万元)."""
    import budget_support as bs

    def edit(wb):
        ws = next(ws for ws in wb.worksheets if "政府性基金" in ws.title)
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and "单位" in c.value and "元" in c.value and len(c.value) < 16:
                    c.value = None
    path, _ = bs.build(tmp_path, scope, {}, edit=edit)
    found = findings(path)
    assert [c for c, _m in found] == ["CMP008"], found
    assert "按元核对" in found[0][1], found
