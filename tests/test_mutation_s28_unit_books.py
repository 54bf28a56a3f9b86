"""unit_books.py (session 27's new file; issue 14, s28 mut: 18 / 23 on 39c576f). Held-out batch 27b's two units in
one workbook (tests/heldout27b_book.py: 某县农业农村局 on '部门-' sheets, 某县农业技术推广中心 on '单位-' sheets) in two
shapes its tests did not have: the second unit printing only two of the nine tables, and a hidden stale sheet before
the sets. The findings are checked: each unit's own mistake found in its own table, no finding naming both units."""

from __future__ import annotations

from decimal import Decimal

import heldout26_book as hb
import heldout27b_book as hk
from openpyxl import load_workbook

PREFIXES = ("部门-", "单位-")


def _check(path):
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(path, Options())
    assert status.status == "checked", status
    return [f for f in findings if f.severity.value in ("error", "warning")]


def _mixed(findings):
    return [(f.code, f.message) for f in findings
            if len({p for loc in f.locations for p in PREFIXES if (loc.sheet or "").startswith(p)}) > 1]


def _second_unit(folder, keep=None, plant=False):
    """The 单位's nine tables ('单位-' sheets), or those of `keep` (table numbers 0–8) alone; plant: its 03's 合计
    项目支出 one 万元 more (the row no longer adds up: TBL). Returns (path, the planted cell)."""
    ts = hk.tables(hk.B)
    at = None
    if plant:
        r, c = hb.find_cell(ts[2], "合计", "项目支出")
        ts[2].rows[r][c] = hb.Fmt()(hb.amount(ts[2].rows[r][c]) + Decimal(1))
        at = ("table", 2, r, c)
    path = folder / "b.xlsx"
    where = hk.write(path, ts, prefix=PREFIXES[1])
    if keep is not None:
        wb = load_workbook(path)
        for n, name in enumerate(hk.NAMES):
            if n not in keep:
                del wb[f"{PREFIXES[1]}{name}"[:31]]
        wb.save(path)
    return path, where.get(at)


def test_a_second_unit_printing_two_of_the_tables_is_checked_as_its_own(tmp_path):
    """The 部门's nine tables, then its 单位's 收入支出决算总表 and 支出决算表 only (two kinds in common: the least that
    makes a second set): the 单位's 03 is checked against its own figures — its 合计 项目支出 one 万元 off is found
    in its own sheet — and nothing is said of the two units together."""
    a = tmp_path / "a.xlsx"
    hk.write(a, hk.tables(hk.A), prefix=PREFIXES[0])
    b, at = _second_unit(tmp_path, keep=(0, 2), plant=True)
    both = tmp_path / "both.xlsx"
    hk.two_units(both, a, b)
    found = _check(both)
    assert any(f.code.startswith("TBL") and any((loc.sheet, loc.cell) == at for loc in f.locations) for f in found), \
        [(f.code, f.message) for f in found]
    assert _mixed(found) == []


def test_a_hidden_stale_sheet_before_two_units_sets_does_not_join_them(tmp_path):
    """A hidden copy of the 部门's 支出决算表 (older figures) as the workbook's first sheet, then the two units' sets:
    the hidden sheet shows no table (recognize/disclosure.visible_sheet), the sets are still two units — the clean
    workbook draws nothing."""
    a = tmp_path / "a.xlsx"
    hk.write(a, hk.tables(hk.A), prefix=PREFIXES[0])
    b, _at = _second_unit(tmp_path)
    both = tmp_path / "both.xlsx"
    hk.two_units(both, a, b)
    wb = load_workbook(both)
    stale = wb.copy_worksheet(wb[f"{PREFIXES[0]}{hk.NAMES[2]}"[:31]])
    stale.title = "支出决算表(旧)"
    stale.sheet_state = "hidden"
    for c in hk._figures(stale):
        c.value = f"{Decimal(c.value.strip().replace(',', '')) * 2:.2f}"
    wb.move_sheet(stale, offset=-(len(wb.sheetnames) - 1))
    wb.save(both)
    assert wb.sheetnames[0] == "支出决算表(旧)"
    found = _check(both)
    assert [(f.code, f.message) for f in found] == []
