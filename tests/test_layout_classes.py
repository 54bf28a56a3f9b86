"""Layouts other provinces and years use, recognised as classes: a table continued on another sheet (续表), ….

Each test reshapes a real-shaped sample (samples/) the way such a layout prints it; the clean sample must stay
clean (no error, no warning) and the faulty one must keep its errors, now found where they sit."""

from __future__ import annotations

from copy import copy
from pathlib import Path

import openpyxl
import pytest

from ci_helpers import CLEAN_2024, FAULTY_2024
from govaudit.pipeline import Options, check_file


def problems(path: Path) -> list[tuple[str, str | None, str | None]]:
    status, found = check_file(path, Options())
    assert status.status == "checked", status.error
    return sorted((f.code, f.locations[0].sheet if f.locations else None, f.locations[0].cell if f.locations else None)
                  for f in found if f.severity.value != "info")


def split_sheet(path: Path, src: Path, sheet: str, at_row: int, header_rows: list[int], lead: list[str] = ()) -> Path:
    """Move rows from `at_row` down to a new sheet placed after `sheet`, under a copy of the header rows and
    the `lead` lines (e.g. '支出决算表（续）'); no title unless `lead` gives one."""
    wb = openpyxl.load_workbook(src)
    ws = wb[sheet]
    new = wb.create_sheet(sheet + "（续）", wb.sheetnames.index(sheet) + 1)
    out = 1
    for text in lead:
        new.cell(out, 1, text)
        out += 1
    moves = [(r, out + i) for i, r in enumerate(header_rows)]
    out += len(header_rows)
    moves += [(r, out + i) for i, r in enumerate(range(at_row, ws.max_row + 1))]
    for old, new_row in moves:
        for c in range(1, ws.max_column + 1):
            cell = ws.cell(old, c)
            target = new.cell(new_row, c, cell.value)
            target.number_format = cell.number_format
            target.font = copy(cell.font)
    for rng in list(ws.merged_cells.ranges):
        for old, new_row in moves:
            if rng.min_row == old and old in header_rows and rng.max_row in header_rows:
                shift = new_row - old
                new.merge_cells(start_row=rng.min_row + shift, start_column=rng.min_col,
                                end_row=rng.max_row + shift, end_column=rng.max_col)
    for rng in [r for r in ws.merged_cells.ranges if r.min_row >= at_row]:
        ws.unmerge_cells(str(rng))
    for r in range(at_row, ws.max_row + 1):
        for c in range(1, ws.max_column + 1):
            ws.cell(r, c).value = None
    wb.save(path)
    return path


@pytest.mark.parametrize("lead", [[], ["续表"], ["支出决算表（续）", "单位：万元"]],
                         ids=["no-title", "续表-line", "titled"])
def test_03_continued_on_a_second_sheet_is_one_table(tmp_path, lead):
    path = split_sheet(tmp_path / "clean.xlsx", CLEAN_2024, "03支出", 20, [3, 4], lead)
    assert problems(path) == []


def test_errors_in_the_continuation_are_found_where_they_sit(tmp_path):
    whole = problems(FAULTY_2024)
    assert ("TBL301", "03支出", "C21") in whole
    path = split_sheet(tmp_path / "faulty.xlsx", FAULTY_2024, "03支出", 20, [3, 4])
    split = problems(path)
    assert ("TBL301", "03支出（续）", "C4") in split  # row 21: the third row under the 2 header rows
    assert len(split) == len(whole)


# ---------------------------------------------------------------------------------------------------------------
# 公开07表 with the 三公 items as rows


SANSHI_ROWS = [("合计", 7.5, 3.68), ("1.因公出国（境）费", 0, 0), ("2.公务用车购置及运行维护费", 4.5, 2.42),
               ("其中：（1）公务用车购置费", 0, 0), ("（2）公务用车运行维护费", 4.5, 2.42), ("3.公务接待费", 3, 1.26)]


def sanshi_by_rows(path: Path, src: Path, rows=SANSHI_ROWS, stray: bool = True) -> Path:
    wb = openpyxl.load_workbook(src)
    ws = wb["07三公"]
    dept = ws["A2"].value
    for rng in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(rng))
    ws.delete_rows(1, ws.max_row)
    ws.append(["财政拨款“三公”经费支出决算表"])
    ws.append([dept, None, "单位：万元"])
    ws.append(["项目", "预算数", "决算数", "增减率"])
    for label, budget, final in rows:
        ws.append([label, budget, final, None])
        for c in (2, 3):
            ws.cell(ws.max_row, c).number_format = "#,##0.00"
    if stray:
        ws.append([None, None, 9.99])  # a figure in a row without a name: left out, never the whole table
    ws.append(["注：本表反映部门本年度“三公”经费支出预决算情况。"])
    wb.save(path)
    return path


def test_sanshi_items_as_rows_are_read_as_the_table(tmp_path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = sanshi_by_rows(tmp_path / "rows.xlsx", CLEAN_2024)
    assert problems(path) == []
    table = recognize(read_workbook(path)).tables["07"]
    final = table.row("final")
    assert {k: str(f.value) for k, f in final.cells.items()} == {
        "total": "3.68", "abroad": "0.00", "car_total": "2.42", "car_purchase": "0.00", "car_run": "2.42",
        "reception": "1.26"}
    assert final.cells["reception"].source.cell == "C9"


def test_sanshi_items_as_rows_errors_found(tmp_path):
    rows = list(SANSHI_ROWS)
    rows[0] = ("合计", 7.5, 3.86)
    path = sanshi_by_rows(tmp_path / "rows.xlsx", CLEAN_2024, rows)
    found = problems(path)
    assert ("TBL701", "07三公", "C4") in found
    assert all(cell == "C4" or code.startswith("XTB") for code, _sheet, cell in found), found


# ---------------------------------------------------------------------------------------------------------------
# headers over three rows: a 决算数 group merged over the 公开04表 fund columns


def three_row_header_04(path: Path, src: Path, change: dict | None = None) -> Path:
    wb = openpyxl.load_workbook(src)
    ws = wb["04财拨总表"]
    ws.insert_rows(4)
    for rng in list(ws.merged_cells.ranges):  # insert_rows does not move merged ranges
        ws.unmerge_cells(str(rng))
    for ref in ("A1:F1", "A3:B3", "C3:F3"):
        ws.merge_cells(ref)
    for c, v in zip("ABCD", ["项目", "决算数", "项目", "决算数"]):
        ws[f"{c}4"] = v
    for c in "ABC":
        ws[f"{c}5"] = None
    for ref in ("A4:A5", "B4:B5", "C4:C5", "D4:F4"):
        ws.merge_cells(ref)
    for ref, value in (change or {}).items():
        ws[ref] = value
    wb.save(path)
    return path


def test_three_row_header_with_a_group_over_the_fund_columns(tmp_path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = three_row_header_04(tmp_path / "h3.xlsx", CLEAN_2024)
    assert problems(path) == []
    table = recognize(read_workbook(path)).tables["04"]
    assert {(c.side, c.key) for c in table.columns} >= {(0, "amount"), (1, "total"), (1, "general"), (1, "gov_fund")}


def test_three_row_header_right_side_is_checked(tmp_path):
    path = three_row_header_04(tmp_path / "h3.xlsx", CLEAN_2024, {"E6": 1330.58})  # 一般公共服务 一般公共预算
    found = problems(path)
    # the row's 合计 = 一般公共预算 + 政府性基金 (judged at its 合计 D6), and the cross-table identity at E6
    assert found == [("TBL401", "04财拨总表", "D6"), ("XTB015", "04财拨总表", "E6")]


# ---------------------------------------------------------------------------------------------------------------
# codes and totals written other ways


def rewrite_codes(path: Path, src: Path, sep: str, total: str) -> Path:
    import re

    wb = openpyxl.load_workbook(src)
    for name in ("02收入", "03支出", "05一般公共预算"):
        ws = wb[name]
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if isinstance(v, str) and re.fullmatch(r"\d{5}|\d{7}", v):
                    cell.value = sep.join([v[:3], v[3:5]] + ([v[5:]] if len(v) == 7 else []))
                elif v == "合计":
                    cell.value = total
    wb.save(path)
    return path


@pytest.mark.parametrize("sep,total", [(".", "本年支出合计"), ("-", "总计"), ("·", "合 计")])
def test_codes_with_separators_and_other_total_words(tmp_path, sep, total):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = rewrite_codes(tmp_path / "codes.xlsx", CLEAN_2024, sep, total)
    assert problems(path) == []
    table = recognize(read_workbook(path)).tables["03"]
    assert table.row("2011001") is not None and table.row("total") is not None


# ---------------------------------------------------------------------------------------------------------------
# the unit named in the column headers only


def unit_in_headers(path: Path, src: Path, sheet: str, header_row: int, unit_cell: str) -> Path:
    wb = openpyxl.load_workbook(src)
    ws = wb[sheet]
    ws[unit_cell] = None  # no 金额单位 line
    for row in ws.iter_rows(min_row=header_row + 1):
        for cell in row:
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                cell.value = round(cell.value * 10000, 2)
    for cell in ws[header_row]:
        if isinstance(cell.value, str) and cell.value not in ("项目", "科目名称"):
            cell.value += "（元）"
    wb.save(path)
    return path


def test_unit_named_in_the_headers_is_the_tables_unit(tmp_path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = unit_in_headers(tmp_path / "yuan.xlsx", CLEAN_2024, "03支出", 3, "H2")
    assert recognize(read_workbook(path)).tables["03"].unit == "元"
    status, found = check_file(path, Options())
    # converted to 万元, 03 agrees with every other table (read as 万元, each figure would be 10,000 times off);
    # within 03, figures ×10,000 shown to the 元 no longer hide the 万元 rounding, so TBL findings are expected
    assert ("CMP005", "warning") in [(f.code, f.severity.value) for f in found]
    assert not [f for f in found if f.code.startswith("XTB") and f.severity.value != "info"]


# ---------------------------------------------------------------------------------------------------------------
# the header printed again inside the table (a page break)


def test_header_repeated_inside_the_table_is_not_data(tmp_path):
    wb = openpyxl.load_workbook(CLEAN_2024)
    ws = wb["03支出"]
    heads = [[ws.cell(r, c).value for c in range(1, 9)] for r in (3, 4)]
    for rng in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(rng))
    ws.insert_rows(20, 2)
    for i, row in enumerate(heads):
        for c, v in enumerate(row, 1):
            ws.cell(20 + i, c, v)
    path = tmp_path / "repeated.xlsx"
    wb.save(path)
    assert problems(path) == []
