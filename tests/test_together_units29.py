"""--together over files that each hold two units' tables (issue #9, wbfix s29; session 28's open item).

A folder of two workbooks as a 部门 files them: a.xlsx holds 公开01–05表 of the 部门 (某县农业农村局, sheets '部门-…')
and of its 单位 (某县农业技术推广中心, sheets '单位-…'); b.xlsx holds 公开06–09表 of both, the 单位's first. Each unit's
tables must be checked with that unit's own tables in the other file, never with the other unit's.

Written and run first on main 36b2269 (before the change): the group was read as one set — each kind's first copy
checked, the second set aside as a duplicate — so 部门's 01–05 were held to 单位's 06–09: see the commit for the
count. When a file's units cannot be matched one to one by 编制单位 (a file of one unit naming another), the group is
not put together: each file is checked on its own, and the note says why.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

import heldout26_book as hb
import heldout26_write as hw
import heldout27b_book as hk

OURS, THEIRS = "部门-", "单位-"
FIRST, SECOND = range(0, 5), range(5, 9)


def _tables_file(path: Path, ts, kinds, prefix: str) -> dict:
    """Tables `kinds` (0-8) of `ts` on sheets prefix + name; the places {(table no 0-8, row, col): (sheet, cell)}."""
    sub = [ts[k] for k in kinds]
    where = hw.write_xlsx(path, hb.Book(sub, [], []), sheets=[f"{prefix}{hk.NAMES[k]}"[:31] for k in kinds],
                          amounts="text")
    wb = load_workbook(path)
    for name in ("情况说明", "绩效自评表"):
        del wb[name]
    wb.save(path)
    return {("table", kinds[n], r, c): v for (t, n, r, c), v in where.items() if t == "table"}


def _folder(tmp: Path, planted: bool, second_unit_name: str | None = None):
    """The folder, where each of our (planted) unit's places is ({place: (file name, sheet, cell)}), the plants' places."""
    ours, places = hk.planted_tables() if planted else (hk.tables(hk.A), [])
    other = hk.B if second_unit_name is None else hk.dataclasses.replace(
        hk.B, dept=f"编制单位：{second_unit_name}　　　　2025年度", department=second_unit_name)
    theirs = hk.tables(hk.B)
    folder = tmp / ("planted" if planted else "clean")
    folder.mkdir()
    where = {}
    parts = tmp / f"parts{planted}"
    parts.mkdir()
    # a.xlsx: ours then theirs (01-05)
    w = _tables_file(parts / "a1.xlsx", ours, list(FIRST), OURS)
    _tables_file(parts / "a2.xlsx", theirs, list(FIRST), THEIRS)
    hk.two_units(folder / "a.xlsx", parts / "a1.xlsx", parts / "a2.xlsx")
    where.update({k: ("a.xlsx",) + v for k, v in w.items()})
    # b.xlsx: theirs then ours (06-09); with second_unit_name, b.xlsx holds only the one unit of that name
    if second_unit_name is None:
        _tables_file(parts / "b1.xlsx", theirs, list(SECOND), THEIRS)
        w = _tables_file(parts / "b2.xlsx", ours, list(SECOND), OURS)
        hk.two_units(folder / "b.xlsx", parts / "b1.xlsx", parts / "b2.xlsx")
        where.update({k: ("b.xlsx",) + v for k, v in w.items()})
    else:
        _tables_file(folder / "b.xlsx", hk.tables(other), list(SECOND), THEIRS)
    return folder, where, places


def _check(folder: Path):
    from govaudit.pipeline import Options, check_paths

    notes: list[str] = []
    result = check_paths([str(folder)], Options(), together=True, notes=notes)
    return result.findings, notes


def _serious(findings):
    return [f for f in findings if f.severity.value in ("error", "warning")]


def _units_of(f) -> set[str]:
    return {p for loc in f.locations for p in (OURS, THEIRS) if (loc.sheet or "").startswith(p)}


def _at(f, place) -> bool:
    name, sheet, cell = place
    return any(loc.sheet == sheet and loc.cell == cell and Path(loc.file or f.file or "").name == name
               for loc in f.locations)


def test_two_files_of_two_units_each_clean(tmp_path):
    folder, _where, _places = _folder(tmp_path, False)
    findings, notes = _check(folder)
    assert [(f.code, f.message) for f in _serious(findings)] == []
    assert any("某县农业农村局" in n and "某县农业技术推广中心" in n for n in notes), notes


def test_two_files_of_two_units_each_planted(tmp_path):
    folder, where, places = _folder(tmp_path, True)
    findings, _notes = _check(folder)
    serious = _serious(findings)
    assert [(f.code, [loc.sheet for loc in f.locations]) for f in serious if len(_units_of(f)) > 1] == []
    assert [f.code for f in serious if _units_of(f) == {THEIRS}] == []  # (the 单位's tables are right)
    missed = [p.name for p, place in zip(hk.PLANTS, places)
              if not any(f.code.startswith(p.family) and _at(f, where[place]) for f in serious)]
    assert missed == []


def test_units_that_do_not_match_are_not_put_together(tmp_path):
    """b.xlsx holds one unit whose 编制单位 is neither of a.xlsx's: no unit can be matched one to one, so each file
    is checked on its own (a.xlsx by its two units), never one unit's tables against another's; the note says so."""
    folder, _where, _places = _folder(tmp_path, False, second_unit_name="某县动物卫生监督所")
    findings, notes = _check(folder)
    assert [f.code for f in findings if len(_units_of(f)) > 1 and f.code != "CMP011"] == []
    assert [(f.code, f.message) for f in _serious(findings) if f.code.startswith(("TBL", "XTB"))] == []
    assert any("分别检查" in n for n in notes), notes
