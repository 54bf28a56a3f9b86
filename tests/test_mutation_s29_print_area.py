"""Issue 14, session 29 (mut): readers/print_area.py (wbfix s28) — what a sheet's print area leaves out, on workbooks
saved by openpyxl with a print area (the defined name _xlnm.Print_Area, as Excel and WPS save it), read by the xlsx
reader; and print_areas() on workbook.xml parts written as Excel writes them (the cases a saved workbook cannot be
made to hold: a DOCTYPE, a cut-off part, a print area of a sheet the book does not have)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from govaudit.readers.print_area import print_areas
from govaudit.readers.xlsx import read_xlsx

TITLE = "支出决算表"
TABLE = [[TITLE], ["科目编码", "科目名称", "合计"], ["213", "农林水支出", "10.00"], ["21301", "农业农村", "10.00"]]


def _save(path: Path, rows: list, area, extra=None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = TITLE
    for row in rows:
        ws.append(row)
    if extra:
        extra(ws)
    ws.print_area = area
    wb.save(path)
    return path


def _values(path: Path) -> set:
    return {c.value if isinstance(c.value, str) else str(c.value) for c in read_xlsx(path).sheets[0].cells.values()}


def test_a_note_closing_the_print_area_does_not_keep_the_stale_rows_and_column(tmp_path):
    """'注：本表…' on the area's last row names a table, but it is inside the area: the stale row below (past a blank
    row) and the stale column (past a blank one) are still left out — only content outside the area may keep them."""
    rows = TABLE + [["注：本表金额单位为万元。"], [], ["2130199", "其他农业农村支出", "9.99"]]

    def stale_column(ws):
        ws["E2"], ws["E3"] = "上年数", "99.00"

    got = _values(_save(tmp_path / "n.xlsx", rows, "A1:C5", stale_column))
    assert "注：本表金额单位为万元。" in got and "21301" in got
    assert not {"2130199", "9.99", "上年数", "99.00"} & got


def test_figures_below_are_left_out_whether_typed_as_numbers_or_text(tmp_path):
    """Stale figures typed as numbers (no text to name a table) past a blank row are left out too."""
    got = _values(_save(tmp_path / "f.xlsx", TABLE + [[], [2130199, "其他", 9.99]], "A1:C4"))
    assert "9.99" not in got and "2130199" not in got and "10.00" in got


def test_a_column_right_against_the_area_is_kept_one_past_a_blank_column_is_not(tmp_path):
    def against(ws):
        ws["D2"], ws["D3"] = "备注", "新增"

    assert {"备注", "新增"} <= _values(_save(tmp_path / "a.xlsx", TABLE, "A1:C4", against))

    def past_blank(ws):
        ws["E2"], ws["E3"] = "备注", "新增"

    assert not {"备注", "新增"} & _values(_save(tmp_path / "b.xlsx", TABLE, "A1:C4", past_blank))


def test_a_row_of_spaces_is_blank_and_a_formula_with_no_saved_result_is_not(tmp_path):
    """What separates the area from stale rows is a row with nothing shown: spaces show nothing; a formula whose
    result was never saved is content (its table may have grown), so the rows under it are kept."""
    got = _values(_save(tmp_path / "s.xlsx", TABLE + [["   "], ["2130199", "其他", "9.99"]], "A1:C4"))
    assert "9.99" not in got

    def formula(ws):
        ws["C5"] = "=C3+C4"

    got = _values(_save(tmp_path / "g.xlsx", TABLE + [[], ["2130199", "其他", "9.99"]], "A1:C4", formula))
    assert "9.99" in got


def test_the_area_of_several_ranges_is_their_bounds(tmp_path):
    """A print area of two ranges (the table, and its note set apart: 'A1:C3,A5') ends at the lower of them."""
    rows = TABLE[:3] + [[], ["注：单位万元"], [], ["2130199", "其他", "9.99"]]
    got = _values(_save(tmp_path / "r.xlsx", rows, ["A1:C3", "A5"]))
    assert "注：单位万元" in got and "9.99" not in got


def test_a_sheet_local_name_beside_the_print_area_is_not_the_print_area(tmp_path):
    """Another name the sheet defines (a range kept for a formula, over the stale rows too) is no print area."""
    from openpyxl.workbook.defined_name import DefinedName

    def named(ws):
        ws.defined_names["上年数"] = DefinedName("上年数", attr_text=f"'{TITLE}'!$A$1:$C$7")

    got = _values(_save(tmp_path / "d.xlsx", TABLE + [[], [], ["2130199", "其他", "9.99"]], "A1:C4", named))
    assert "9.99" not in got and "10.00" in got


def _workbook_xml(names: str, sheets=("Sheet1", "Sheet2"), head: str = "", tail: str = "</workbook>") -> bytes:
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet_xml = "".join(f'<sheet name="{s}" sheetId="{i}"/>' for i, s in enumerate(sheets, 1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{head}<workbook {ns}><sheets>{sheet_xml}</sheets>'
            f"<definedNames>{names}</definedNames>{tail}").encode()


def _area(local_id, text: str) -> str:
    at = f' localSheetId="{local_id}"' if local_id is not None else ""
    return f'<definedName name="_xlnm.Print_Area"{at}>{text}</definedName>'


def test_each_print_area_goes_to_the_sheet_its_local_id_names():
    xml = _workbook_xml(_area(1, "Sheet2!$A$1:$C$4") + _area(0, "'Sheet1'!$B$2:$D$9"))
    assert print_areas(xml) == {"Sheet2": (1, 1, 4, 3), "Sheet1": (2, 2, 9, 4)}


def test_a_print_area_of_no_sheet_is_passed_over_and_the_next_one_still_read():
    """A localSheetId past the book's sheets (or none, a global name) names no sheet: skipped, not the end."""
    xml = _workbook_xml(_area(2, "Sheet3!$A$1:$C$4") + _area(None, "Sheet1!$A$1:$B$2") + _area(1, "Sheet2!$A$1:$C$4"))
    assert print_areas(xml) == {"Sheet2": (1, 1, 4, 3)}


def test_a_name_after_the_print_area_adds_nothing_to_it():
    xml = _workbook_xml(_area(0, "Sheet1!$A$1:$C$4") + '<definedName name="x" localSheetId="0">Sheet1!$A$1:$Z$99'
                        "</definedName>")
    assert print_areas(xml) == {"Sheet1": (1, 1, 4, 3)}


def test_a_workbook_part_with_a_doctype_or_cut_off_follows_no_print_area():
    """A DOCTYPE (entities could be declared: not parsed at all) or a part that does not end (a damaged file): no
    print area is followed, so nothing is left out."""
    area = _area(0, "Sheet1!$A$1:$C$4")
    assert print_areas(_workbook_xml(area, head="<!DOCTYPE workbook>")) == {}
    assert print_areas(_workbook_xml(area, tail="")) == {}
    assert print_areas(_workbook_xml(area)) == {"Sheet1": (1, 1, 4, 3)}


def test_the_table_code_in_the_areas_last_column_does_not_keep_a_stale_column(tmp_path):
    """'公开05表' printed at the top right, in the area's last column, names a table but is inside the area: the
    stale column past a blank one is still left out."""
    def code_and_stale(ws):
        ws["C1"] = "公开05表"
        ws["E2"], ws["E3"] = "上年数", "99.00"

    got = _values(_save(tmp_path / "c.xlsx", TABLE, "A1:C4", code_and_stale))
    assert "公开05表" in got and not {"上年数", "99.00"} & got
