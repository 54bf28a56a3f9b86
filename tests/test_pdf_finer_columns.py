"""A continued table whose part on a later page has finer columns than the parts read before it (issue 9).

When everything read so far is header words (a group header left at a page's foot, then more header rows on the
next page), the finer columns are the table's: all of it is laid out again in them. When rows of figures were
already read in the coarser columns, which finer column each of them belongs to is not known: rather than let one
text of a row overwrite another, the table is set aside ("未能可靠识别", BGC006) and nothing in it is judged.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter
from pdf_writer import sheet_rows as _rows
from test_pdf_group_header import HEADER, WIDTHS, X0, _body  # the same small 支出决算表


def _three_part_head(tmp_path: Path, name: str, total_201: str) -> Path:
    # page 1: the group header alone at the foot; page 2: a second header row in the same two columns (words only),
    # alone on its page; page 3: the finest columns, the header's last row and the body
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "部门：某区测试局", 9)
    p1.text(X0 + 300, 640, "单位：万元", 9)
    p1.grid(X0, 760, [200.0, 240.0], [["项目", "本年收入"]])
    w.page().grid(X0, 60, [200.0, 240.0], [["科目", "按资金来源"]])
    w.page().grid(X0, 60, WIDTHS, [HEADER] + _body(total_201))
    return w.save(tmp_path / name)


def test_header_parts_on_two_pages_are_laid_out_again_in_the_finer_columns(tmp_path):
    path = _three_part_head(tmp_path, "三段表头.pdf", "40.00")
    rows = _rows(path)
    assert [(1, "项目"), (3, "本年收入")] in rows
    assert [(1, "科目"), (3, "按资金来源")] in rows  # the second part in the finer columns too
    assert [(c, t) for c, t in enumerate(HEADER, start=1)] in rows
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "40.00"), (4, "30.00"), (5, "10.00")] in rows
    sheet = read_workbook(path).sheets[0]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "按资金来源"]
    assert {(r, 1, r, 2), (r, 3, r, 5), (r - 1, 1, r - 1, 2), (r - 1, 3, r - 1, 5)} <= set(sheet.merged)
    assert sheet.origins[(r, 5)].page == 2 and sheet.origins[(r - 1, 5)].page == 1
    table = recognize(read_workbook(path)).tables["02"]
    assert table.row("201").cells["total"].value == Decimal("40.00")
    assert table.row("201").cells["other"].value == Decimal("10.00")


def test_header_parts_on_two_pages_a_clean_table_is_clean_and_a_wrong_sum_found(tmp_path):
    _status, findings = check_file(_three_part_head(tmp_path, "无误.pdf", "40.00"), Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []
    _status, findings = check_file(_three_part_head(tmp_path, "有误.pdf", "45.00"), Options())
    assert ("TBL201", "201 一般公共服务支出") in {(f.code, f.locations[0].row_label) for f in findings
                                                  if f.severity.value == "error" and f.locations}


def _finer_after_figures(tmp_path: Path, name: str, split_name: bool, total_201: str = "40.00") -> Path:
    # page 1: the header and two rows of figures in five columns; page 2: the rest, its 科目名称 column cut in two
    # by a rule page 1 does not have (the name printed across both halves, or in the left one, the right empty)
    body = _body(total_201)
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "部门：某区测试局", 9)
    p1.text(X0 + 300, 640, "单位：万元", 9)
    p1.grid(X0, 690, WIDTHS, [HEADER] + body[:2])
    rest = []
    for code, label, *figures in body[2:]:
        halves = [label[: len(label) // 2], label[len(label) // 2:]] if split_name else [label, ""]
        rest.append([code, *halves, *figures])
    halves = [65.0, 65.0] if split_name else [122.0, 8.0]  # (or a sliver at the right, empty)
    w.page().grid(X0, 60, [70.0, *halves, 80.0, 80.0, 80.0], rest)
    return w.save(tmp_path / name)


def test_finer_columns_under_rows_of_figures_set_the_table_aside(tmp_path):
    path = _finer_after_figures(tmp_path, "续页多列.pdf", split_name=True, total_201="45.00")
    rows = _rows(path)
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "45.00"), (4, "30.00"), (5, "10.00")] in rows  # page 1 as read
    disclosure = recognize(read_workbook(path))
    assert "02" not in disclosure.tables
    assert [(t.kind, "第2页" in t.unreliable) for t in disclosure.unread_tables] == [("02", True)]
    # the wrong 201 total is not judged either: nothing in a table set aside is
    _status, findings = check_file(path, Options())
    assert [f.code for f in findings if f.severity.value == "error" and f.code != "CMP001"] == []


def test_finer_columns_with_one_text_a_row_lose_nothing_and_the_table_is_checked(tmp_path):
    # the new rule cuts off an empty sliver: no two texts of a row meet in one column, the table is read as before
    path = _finer_after_figures(tmp_path, "空列.pdf", split_name=False, total_201="45.00")
    assert recognize(read_workbook(path)).unread_tables == []
    _status, findings = check_file(path, Options())
    assert ("TBL201", "201 一般公共服务支出") in {(f.code, f.locations[0].row_label) for f in findings
                                                  if f.severity.value == "error" and f.locations}
