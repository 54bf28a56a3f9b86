"""A workbook holding two units' tables (wbfix2 s28, issue #9), written and scored first on unchanged main 73d43f5.

(1) a workbook split into units says so: one CMP011 (info) naming the units and their sheets;
(2) two units stacked on ONE sheet (each sheet holds unit A's table, then unit B's copy of it below, each with its
    own title lines and 编制单位): checked one unit at a time, no finding mixes the two units' places; a sheet that
    cannot be split surely (a stacked copy without its 编制单位) is set aside and said so — never a false finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

import heldout27b_book as hk

GAP = 3  # blank rows between the two stacked copies


def _check(path: Path) -> list:
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(path, Options())
    assert status.error is None, status.error
    return findings


def _serious(findings):
    return [f for f in findings if f.severity.value in ("error", "warning")]


def _stack(path: Path, top: Path, below: Path, drop_department_below=False, only=None) -> dict:
    """Each sheet of `top` (those at the indexes `only`, if given) with the same-numbered sheet of `below` copied
    under it; the row offset of each sheet's lower copy."""
    wb, other = load_workbook(top), load_workbook(below)
    offsets = {}
    for k, (ws, src) in enumerate(zip(wb.worksheets, other.worksheets)):
        if only is not None and k not in only:
            continue
        off = ws.max_row + GAP
        offsets[ws.title] = off
        for row in src.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                value = c.value
                if drop_department_below and isinstance(value, str) and "编制单位" in value:
                    value = value.split("编制单位")[0] or None
                if value is not None:
                    ws.cell(row=c.row + off, column=c.column, value=value)
        for rng in src.merged_cells.ranges:
            ws.merge_cells(start_row=rng.min_row + off, start_column=rng.min_col, end_row=rng.max_row + off,
                           end_column=rng.max_col)
    wb.save(path)
    return offsets


def _units(tmp: Path, planted: bool, a_on_top=True, **kw):
    ts, places = hk.planted_tables() if planted else (hk.tables(hk.A), [])
    a, b, both = tmp / f"a{planted}.xlsx", tmp / f"b{planted}.xlsx", tmp / f"both{planted}{a_on_top}.xlsx"
    where = hk.write(a, ts)
    hk.write(b, hk.tables(hk.B))
    offsets = _stack(both, a, b, **kw) if a_on_top else _stack(both, b, a, **kw)
    if not a_on_top:  # the planted unit's places moved down by its sheet's offset
        from openpyxl.utils.cell import coordinate_from_string
        moved = {}
        for key, (sheet, cell) in where.items():
            col, row = coordinate_from_string(cell)
            moved[key] = (sheet, f"{col}{row + offsets[sheet]}")
        where = moved
    return both, where, places, offsets


def _row(cell: str) -> int:
    from openpyxl.utils.cell import coordinate_from_string
    return coordinate_from_string(cell)[1]


def _mixed(findings, offsets):
    """Findings naming places of both copies of one sheet (above and below the stacked copy's first row)."""
    out = []
    for f in findings:
        if f.code == "CMP011":
            continue  # (it names each unit's place, by design)
        sides = {(loc.sheet, _row(loc.cell) > offsets[loc.sheet]) for loc in f.locations
                 if loc.sheet in offsets and loc.cell}
        if len({below for _s, below in sides}) > 1:
            out.append((f.code, f.message[:60]))
    return out


# ----------------------------------------------------------------------------- (1) CMP011
def test_a_workbook_split_into_units_says_so(tmp_path):
    a, b, both = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "both.xlsx"
    hk.write(a, hk.tables(hk.A), prefix="部门-")
    hk.write(b, hk.tables(hk.B), prefix="单位-")
    hk.two_units(both, a, b)
    findings = _check(both)
    said = [f for f in findings if f.code == "CMP011"]
    assert len(said) == 1
    f = said[0]
    assert f.severity.value == "info"
    assert "2 个单位" in f.message
    assert "某县农业农村局" in f.message and "某县农业技术推广中心" in f.message
    assert "部门-" in f.message and "单位-" in f.message
    assert {loc.sheet for loc in f.locations} >= {hk.NAMES and "部门-" + hk.NAMES[0], "单位-" + hk.NAMES[0]}
    assert _serious(findings) == []


def test_one_unit_says_nothing_of_units(tmp_path):
    a = tmp_path / "a.xlsx"
    hk.write(a, hk.tables(hk.A))
    assert [f for f in _check(a) if f.code == "CMP011"] == []


def test_cmp011_is_catalogued():
    import json

    import govaudit.engine as engine
    from govaudit.engine.registry import get_rule

    assert get_rule("CMP011").severity.value == "info"
    data = json.loads((Path(engine.__file__).parent / "catalogue.json").read_text(encoding="utf-8"))
    assert "CMP011" in json.dumps(data, ensure_ascii=False)


# ----------------------------------------------------------------------------- (2) stacked on one sheet
@pytest.mark.parametrize("a_on_top", [True, False], ids=["planted-above", "planted-below"])
def test_two_units_stacked_on_each_sheet_clean(tmp_path, a_on_top):
    both, _where, _places, offsets = _units(tmp_path, False, a_on_top)
    findings = _check(both)
    assert [(f.code, f.message[:80]) for f in _serious(findings)] == []
    assert _mixed(findings, offsets) == []
    said = [f for f in findings if f.code == "CMP011"]
    assert len(said) == 1 and "某县农业技术推广中心" in said[0].message


@pytest.mark.parametrize("a_on_top", [True, False], ids=["planted-above", "planted-below"])
def test_two_units_stacked_on_each_sheet_planted(tmp_path, a_on_top):
    both, where, places, offsets = _units(tmp_path, True, a_on_top)
    findings = _serious(_check(both))
    assert _mixed(findings, offsets) == []
    missed = [p.name for p, place in zip(hk.PLANTS, places)
              if not any(f.code.startswith(p.family) and any((loc.sheet, loc.cell) == where[place]
                                                             for loc in f.locations) for f in findings)]
    assert missed == []
    # the other unit (clean) draws nothing
    other = [f for f in findings if any((_row(loc.cell) > offsets[loc.sheet]) == a_on_top
                                        for loc in f.locations if loc.sheet in offsets and loc.cell)]
    assert [(f.code, f.message[:60]) for f in other] == []


def test_a_stacked_copy_without_its_department_is_set_aside_and_said_so(tmp_path):
    """The lower copies print no 编制单位: which unit each belongs to cannot be told surely. No false finding; the
    doubtful tables are said to be set aside."""
    both, _where, _places, offsets = _units(tmp_path, False, True, drop_department_below=True)
    findings = _check(both)
    assert [(f.code, f.message[:80]) for f in _serious(findings) if f.code != "CMP012"] == []
    assert _mixed(findings, offsets) == []
    said = [f for f in findings if f.code == "CMP012"]
    assert said and "未与其他表比较" in said[0].message


# ----------------------------------------------------------------------------- no table names its unit
def _no_department(path: Path) -> None:
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and "编制单位" in c.value:
                    c.value = c.value.split("编制单位")[0] or None
    wb.save(path)


def test_two_stacked_units_neither_naming_itself_are_set_aside(tmp_path):
    """(added after the first landing; on 046c014: 35 findings, 26 of them false XTB across the two units)"""
    both, _where, _places, offsets = _units(tmp_path, False, True, drop_department_below=True)
    _no_department(both)
    findings = _check(both)
    assert [(f.code, f.message[:80]) for f in _serious(findings) if f.code != "CMP012"] == []
    said = [f for f in findings if f.code == "CMP012"]
    assert len(said) == 18 and all("未与其他表比较" in f.message for f in said)


def test_one_table_printed_twice_alike_on_a_sheet_stays_as_before(tmp_path):
    """One unit, no 编制单位, its 01 printed twice alike on one sheet: CMP007 as before, the rest checked."""
    a, b, both = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "both.xlsx"
    hk.write(a, hk.tables(hk.A))
    hk.write(b, hk.tables(hk.A))
    _stack(both, a, b, only={0})  # the lower copy on the first sheet only
    _no_department(both)
    findings = _serious(_check(both))
    assert [f.code for f in findings] == ["CMP007"]


def test_a_revised_copy_below_without_department_is_set_aside_the_rest_checked(tmp_path):
    """One unit, no 编制单位; its 03 printed again below with other figures (a first and a revised print): the two
    03 copies are not checked (CMP012 each, no CMP001), the other tables are — a planted 05 mistake is found."""
    ts, _places = hk.planted_tables()
    a, b, both = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "both.xlsx"
    clean = hk.tables(hk.A)
    mixed = [ts[k] if k == 4 else clean[k] for k in range(9)]  # 05 carries its planted mistakes
    hk.write(a, mixed)
    hk.write(b, hk.tables(hk.B))
    _stack(both, a, b, only={2})
    wb = load_workbook(both)
    third = wb.worksheets[2].title
    _no_department(both)
    findings = _serious(_check(both))
    assert sorted({f.code for f in findings if f.code.startswith("CMP")}) == ["CMP012"]
    assert len([f for f in findings if f.code == "CMP012"]) == 2
    assert {loc.sheet for f in findings if f.code != "CMP012" for loc in f.locations} >= {wb.worksheets[4].title}
    assert not any(loc.sheet == third for f in findings if f.code != "CMP012" for loc in f.locations)
