"""Issue 14, session 29 (mut): together_units.py (wbfix s29) — tests/test_together_units29.py's folders with the
one-unit file first, and with a unit that prints no 编制单位."""

from __future__ import annotations

import dataclasses

import pytest

import heldout27b_book as hk
from test_together_units29 import FIRST, OURS, SECOND, THEIRS, _check, _tables_file


def test_a_one_unit_file_before_the_file_of_two_units_joins_its_unit(tmp_path):
    """a.xlsx: the 单位's 06–09 alone; b.xlsx: both units' 01–05. The 单位's tables in both files are one unit's set,
    matched by its 编制单位 (the files are taken in order: the one-unit file first is no reason to stop)."""
    folder, parts = tmp_path / "f", tmp_path / "p"
    folder.mkdir()
    parts.mkdir()
    _tables_file(folder / "a.xlsx", hk.tables(hk.B), list(SECOND), THEIRS)
    _tables_file(parts / "b1.xlsx", hk.tables(hk.A), list(FIRST), OURS)
    _tables_file(parts / "b2.xlsx", hk.tables(hk.B), list(FIRST), THEIRS)
    hk.two_units(folder / "b.xlsx", parts / "b1.xlsx", parts / "b2.xlsx")
    _findings, notes = _check(folder)
    said = [n for n in notes if "已按编制单位对应" in n]
    assert said and "某县农业技术推广中心（a.xlsx、b.xlsx）" in said[0], notes


def test_tables_of_no_sure_unit_leave_each_file_on_its_own(tmp_path):
    """a.xlsx: two units stacked on each sheet, the lower copies printing no 编制单位 (set aside, CMP012); b.xlsx:
    one unit's set. Which unit a.xlsx's doubtful tables are cannot be told, so nothing is matched: each file is
    checked on its own, and the note names the file and why."""
    import shutil

    import test_unit_books28 as ub

    work, folder = tmp_path / "w", tmp_path / "f"
    work.mkdir()
    folder.mkdir()
    both, _where, _places, _offsets = ub._units(work, False, True, drop_department_below=True)
    shutil.copy(both, folder / "a.xlsx")
    hk.write(folder / "b.xlsx", hk.tables(hk.A))
    _findings, notes = _check(folder)
    assert any("a.xlsx 中有的表无法确定属于哪个单位" in n and "各文件已分别检查" in n for n in notes), notes


def test_a_file_of_one_named_unit_and_nameless_copies_mixes_no_units(tmp_path):
    """a.xlsx: both units' 01–05 (each naming its unit); b.xlsx: 某县农业农村局's 06–09 and the 单位's 06–09 with
    no 编制单位. No cross-table finding should hold one unit's table to the other's."""
    folder, parts = tmp_path / "f", tmp_path / "p"
    folder.mkdir()
    parts.mkdir()
    nameless = dataclasses.replace(hk.B, dept="2025年度", department="")
    _tables_file(parts / "a1.xlsx", hk.tables(hk.A), list(FIRST), OURS)
    _tables_file(parts / "a2.xlsx", hk.tables(hk.B), list(FIRST), THEIRS)
    hk.two_units(folder / "a.xlsx", parts / "a1.xlsx", parts / "a2.xlsx")
    _tables_file(parts / "b1.xlsx", hk.tables(hk.A), list(SECOND), OURS)
    _tables_file(parts / "b2.xlsx", hk.tables(nameless), list(SECOND), THEIRS)
    hk.two_units(folder / "b.xlsx", parts / "b1.xlsx", parts / "b2.xlsx")
    findings, _notes = _check(folder)
    assert [f.code for f in findings if f.code.startswith("XTB")] == []
