"""Issue 14, session 29 (mut): govaudit/unit_stacks.py (wbfix2 s28) — two units' sets stacked on each sheet
(tests/test_unit_books28.py's workbooks: heldout27b's 某县农业农村局 above, 某县农业技术推广中心 below), cut where the
lower copy's title lines begin when no blank row parts them."""

from __future__ import annotations

import pytest

import heldout27b_book as hk
import test_unit_books28 as ub


@pytest.fixture(params=[0, 1], ids=["no-blank-row", "one-blank-row"])
def no_gap(monkeypatch, request):
    # (0: the lower copy's title lines right under the upper table's last row; 1: one blank row between, the cut
    # right under it — not above it, where the upper table's last row stands)
    monkeypatch.setattr(ub, "GAP", request.param)


def test_two_units_stacked_with_no_blank_row_between_are_checked_apart(tmp_path, no_gap):
    both, _where, _places, offsets = ub._units(tmp_path, False, True)
    findings = ub._check(both)
    assert [(f.code, f.message[:80]) for f in ub._serious(findings)] == []
    assert ub._mixed(findings, offsets) == []
    (said,) = [f for f in findings if f.code == "CMP011"]
    assert "某县农业农村局" in said.message and "某县农业技术推广中心" in said.message


def test_planted_mistakes_of_a_unit_stacked_with_no_blank_row_are_found_in_its_own_rows(tmp_path, no_gap):
    both, where, places, offsets = ub._units(tmp_path, True, False)
    findings = ub._serious(ub._check(both))
    assert ub._mixed(findings, offsets) == []
    missed = [p.name for p, place in zip(hk.PLANTS, places)
              if not any(f.code.startswith(p.family) and any((loc.sheet, loc.cell) == where[place]
                                                             for loc in f.locations) for f in findings)]
    assert missed == []


def _spaced_stack(path, top, below) -> dict:
    """Each sheet of `top` with the same sheet of `below` right under it (no blank row between), each copy printing
    a blank row under its title; the lower copy's row offset by sheet."""
    from openpyxl import Workbook, load_workbook

    def moved(r):
        return r if r == 1 else r + 1  # (the blank row under the title)

    out, offsets = Workbook(), {}
    out.remove(out.active)
    for ws_top, ws_below in zip(load_workbook(top).worksheets, load_workbook(below).worksheets):
        ws = out.create_sheet(ws_top.title)
        off = 0
        for k, src in enumerate((ws_top, ws_below)):
            for row in src.iter_rows():
                for c in row:
                    if c.value is not None:
                        ws.cell(row=moved(c.row) + off, column=c.column, value=c.value)
            for rng in src.merged_cells.ranges:
                ws.merge_cells(start_row=moved(rng.min_row) + off, start_column=rng.min_col,
                               end_row=moved(rng.max_row) + off, end_column=rng.max_col)
            if k == 0:
                off = ws.max_row
                offsets[ws.title] = off
    out.save(path)
    return offsets


def test_a_blank_row_inside_the_upper_table_is_no_cut_between_the_units(tmp_path):
    """The cut is the last blank row between the upper table's LAST row and the lower title, not one inside the upper
    table (the blank row under its title): each unit's tables are read whole and checked apart, clean."""
    a, b, both = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "both.xlsx"
    hk.write(a, hk.tables(hk.A))
    hk.write(b, hk.tables(hk.B))
    offsets = _spaced_stack(both, a, b)
    findings = ub._check(both)
    assert [(f.code, f.message[:80]) for f in ub._serious(findings)] == []
    assert ub._mixed(findings, offsets) == []
    assert [f.code for f in findings if f.code == "CMP011"] == ["CMP011"]


def test_cmp011_says_each_units_rows_the_cut_right_under_the_blank_rows(tmp_path):
    """The upper unit's rows end with the blank rows under its table, the lower unit's begin at its title lines."""
    both, _where, _places, offsets = ub._units(tmp_path, False, True)
    (said,) = [f for f in ub._check(both) if f.code == "CMP011"]
    off = offsets["收入支出决算总表"]
    assert f"某县农业农村局（工作表“收入支出决算总表”第1–{off}行、" in said.message, said.message
    assert f"某县农业技术推广中心（工作表“收入支出决算总表”第{off + 1}–" in said.message, said.message


def _with_text(path, sentence: str) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.create_sheet("情况说明")
    ws["A1"] = "部门决算情况说明"
    ws["A2"] = sentence
    wb.save(path)


LOWER = {True: (("641.86", "643.86"), ("777.83", "782.83")),  # (planted-above: 某县农业技术推广中心 below)
         False: (("777.83", "782.83"), ("641.86", "643.86"))}  # (某县农业农村局 below)


@pytest.mark.parametrize("a_on_top", [True, False], ids=["a-above", "a-below"])
def test_a_text_sheet_after_the_stacked_sheets_goes_with_the_last_unit_on_them(tmp_path, a_on_top):
    """A 情况说明 sheet after the stacked sheets follows the tables before it: the last of them on each sheet are the
    lower unit's, so the text is held to its tables — the lower unit's 本年收入合计 and 本年支出合计 are right, the
    upper unit's are not (TXT001 each); whichever unit is printed below."""
    own, other = LOWER[a_on_top]
    for (income, spent), wrong in ((own, False), (other, True)):
        (tmp_path / str(wrong)).mkdir()
        both, _where, _places, _offsets = ub._units(tmp_path / str(wrong), False, a_on_top)
        _with_text(both, f"2025年度收入合计{income}万元，支出合计{spent}万元。")
        found = [f.code for f in ub._serious(ub._check(both))]
        assert found == (["TXT001", "TXT001"] if wrong else []), (income, found)


def test_sheets_not_named_after_their_tables_keep_each_units_title_row(tmp_path):
    """Exported sheets named 'Sheet1' …: each table is found by its title row alone, so each unit's part keeps the
    first row of its band (the upper unit's title in row 1, the lower's title lines) — checked apart, clean."""
    from openpyxl import load_workbook

    both, _where, _places, offsets = ub._units(tmp_path, False, True)
    wb = load_workbook(both)
    renamed = {}
    for i, ws in enumerate(wb.worksheets, start=1):
        renamed[f"Sheet{i}"] = offsets[ws.title]
        ws.title = f"Sheet{i}"
    wb.save(both)
    findings = ub._check(both)
    assert [(f.code, f.message[:80]) for f in ub._serious(findings)] == []
    assert ub._mixed(findings, renamed) == []
    (said,) = [f for f in findings if f.code == "CMP011"]
    assert "某县农业农村局（工作表“Sheet1”第1–" in said.message, said.message


def _stacked_sheets(path, plan) -> None:
    """A workbook whose sheets (name, [source worksheets]) hold those worksheets one under another, a blank row
    between each."""
    from openpyxl import Workbook

    out = Workbook()
    out.remove(out.active)
    for name, sources in plan:
        ws = out.create_sheet(name)
        off = 0
        for src in sources:
            for row in src.iter_rows():
                for c in row:
                    if c.value is not None:
                        ws.cell(row=c.row + off, column=c.column, value=c.value)
            for rng in src.merged_cells.ranges:
                ws.merge_cells(start_row=rng.min_row + off, start_column=rng.min_col, end_row=rng.max_row + off,
                               end_column=rng.max_col)
            off = ws.max_row + 1
    out.save(path)


def test_two_tables_of_one_unit_on_a_sheet_are_one_place(tmp_path):
    """One sheet holds the upper unit's 收入决算表 and 支出决算表, then the lower unit's two: each unit's rows there
    are one range (its two tables' bands joined), checked apart, clean."""
    import re

    from openpyxl import load_workbook

    a, b, both = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "both.xlsx"
    hk.write(a, hk.tables(hk.A))
    hk.write(b, hk.tables(hk.B))
    wa, wb = load_workbook(a).worksheets, load_workbook(b).worksheets
    plan = [(wa[0].title, [wa[0], wb[0]]), (wa[1].title, [wa[1], wa[2], wb[1], wb[2]])]
    plan += [(x.title, [x, y]) for x, y in zip(wa[3:], wb[3:])]
    _stacked_sheets(both, plan)
    findings = ub._check(both)
    assert [(f.code, f.message[:80]) for f in ub._serious(findings)] == []
    (said,) = [f for f in findings if f.code == "CMP011"]
    assert re.search(r"某县农业农村局（工作表“收入支出决算总表”第1–\d+行、“收入决算表”第1–\d+行、“财政拨款", said.message), \
        said.message


def test_a_blank_row_before_the_upper_tables_last_row_is_no_cut_either(tmp_path):
    """The upper copy prints a blank row above its last row (its 总计 set apart), the lower copy's title right under
    that last row: the cut is at the lower title, the upper unit keeps its last row."""
    from openpyxl import Workbook, load_workbook

    a, b, both = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "both.xlsx"
    hk.write(a, hk.tables(hk.A))
    hk.write(b, hk.tables(hk.B))
    out, offsets = Workbook(), {}
    out.remove(out.active)
    for top, below in zip(load_workbook(a).worksheets, load_workbook(b).worksheets):
        ws = out.create_sheet(top.title)
        last = top.max_row

        def moved(r):
            return r + 1 if r == last else r  # (a blank row above the upper copy's last row)

        for src, off, move in ((top, 0, moved), (below, last + 1, lambda r: r)):
            for row in src.iter_rows():
                for c in row:
                    if c.value is not None:
                        ws.cell(row=move(c.row) + off, column=c.column, value=c.value)
            for rng in src.merged_cells.ranges:
                ws.merge_cells(start_row=move(rng.min_row) + off, start_column=rng.min_col,
                               end_row=move(rng.max_row) + off, end_column=rng.max_col)
        offsets[ws.title] = last + 1
    out.save(both)
    findings = ub._check(both)
    assert [(f.code, f.message[:80]) for f in ub._serious(findings)] == []
    assert ub._mixed(findings, offsets) == []
