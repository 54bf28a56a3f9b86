"""Two differing copies of one table on a sheet, neither naming its unit (wbfix s29, issue #9; session 28's open
item): which unit (or which print) each copy is cannot be told, so neither is compared with any other table
(CMP012) — but each copy's own sums hold whichever unit it is, so each is checked by itself (the TBL rules).

Written and run first on main 5a41383: the copies were only set aside — a wrong 合计 inside one of them went
unreported (0 of the planted TBL mistakes found). Now each is found at its cell, and still no finding compares two
tables set aside, or one of them with a table of the set.
"""

from __future__ import annotations

from openpyxl import load_workbook

import heldout27b_book as hk
from test_unit_books28 import _check, _mixed, _no_department, _serious, _stack, _units

# the plants a table's own sums reveal (TBL) and the place they are judged at: heldout27b_book.PLANTS
OWN = [p.name for p in hk.PLANTS if p.family == "TBL"]


def test_each_copy_set_aside_is_checked_by_itself(tmp_path):
    both, where, places, offsets = _units(tmp_path, True, True, drop_department_below=True)
    _no_department(both)
    findings = _check(both)
    serious = _serious(findings)
    assert len([f for f in findings if f.code == "CMP012"]) == 18
    assert sorted({f.code[:3] for f in serious}) == ["CMP", "TBL"]  # (no XTB: nothing compared across tables)
    assert _mixed(findings, offsets) == []
    found = [p.name for p, place in zip(hk.PLANTS, places) if p.family == "TBL"
             and any(f.code.startswith("TBL") and any((loc.sheet, loc.cell) == where[place] for loc in f.locations)
                     for f in serious)]
    assert sorted(found) == sorted(OWN)
    said = next(f for f in findings if f.code == "CMP012")
    assert "未与其他表比较" in said.message


def test_clean_copies_set_aside_draw_nothing_but_cmp012(tmp_path):
    both, _where, _places, offsets = _units(tmp_path, False, True, drop_department_below=True)
    _no_department(both)
    findings = _check(both)
    assert [(f.code, f.message[:80]) for f in _serious(findings) if f.code != "CMP012"] == []


def test_a_wrong_sum_in_a_revised_copy_set_aside_is_found(tmp_path):
    """One unit, no 编制单位; its 03 printed twice with other figures, the upper copy with a wrong 2130122 合计: the
    two copies are still not compared with the rest (CMP012 each) and the wrong sum is found in its own copy."""
    ts, places = hk.planted_tables()
    a, b, both = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "both.xlsx"
    clean = hk.tables(hk.A)
    mixed = [ts[k] if k == 2 else clean[k] for k in range(9)]  # 03 carries its planted mistakes
    where = hk.write(a, mixed)
    hk.write(b, hk.tables(hk.B))
    _stack(both, a, b, only={2})
    third = load_workbook(both).worksheets[2].title
    _no_department(both)
    findings = _serious(_check(both))
    assert len([f for f in findings if f.code == "CMP012"]) == 2
    on_third = [f for f in findings if f.code != "CMP012" and any(loc.sheet == third for loc in f.locations)]
    assert on_third and all(f.code.startswith("TBL") for f in on_third)
    plant = next(i for i, p in enumerate(hk.PLANTS) if p.name == "03 2130122 本年支出合计")
    assert any(any((loc.sheet, loc.cell) == where[places[plant]] for loc in f.locations) for f in on_third)
