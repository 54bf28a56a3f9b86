"""A Word table printed to PDF whose group-header row ("项目 | 本年收入", over the columns it heads) is left alone at
a page's foot and the rest of the table, with finer columns, starts the next page (LibreOffice lays out a Word
table so when the rows below it must stay together). The first part's two columns are not the table's columns:
the reader lays it out again in the finer columns of the rest (found with tools/perturb.py --docx-pdf, issue 9).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter
from pdf_writer import sheet_rows as _rows

X0 = 60.0
WIDTHS = [70.0, 130.0, 80.0, 80.0, 80.0]
HEADER = ["科目编码", "科目名称", "合计", "财政拨款收入", "其他收入"]


def _body(total_201: str) -> list[list[str]]:
    return [["", "合计", "195.17", "185.17", "10.00"],
            ["201", "一般公共服务支出", total_201, "30.00", "10.00"],
            ["20106", "财政事务", "40.00", "30.00", "10.00"],
            ["208", "社会保障和就业支出", "155.17", "155.17", "0.00"],
            ["20801", "人力资源和社会保障管理事务", "155.17", "155.17", "0.00"]]


def _group_header_pdf(tmp_path: Path, name: str, body: list[list[str]], first_part_figures: bool = False) -> Path:
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "部门：某区测试局", 9)
    p1.text(X0 + 300, 640, "单位：万元", 9)
    group = ["项目", "", "本年收入", "", ""] if not first_part_figures else ["合计", "", "195.17", "", ""]
    p1.grid(X0, 760, WIDTHS, [group], merges=[(0, 0, 0, 1), (0, 2, 0, 4)])
    p2 = w.page()
    p2.grid(X0, 60, WIDTHS, [HEADER] + body)
    return w.save(tmp_path / name)


def test_the_group_header_is_laid_out_over_the_columns_it_heads(tmp_path):
    path = _group_header_pdf(tmp_path, "分组表头.pdf", _body("40.00"))
    rows = _rows(path)
    assert [(1, "项目"), (3, "本年收入")] in rows
    assert [(c, t) for c, t in enumerate(HEADER, start=1)] in rows  # five columns, not two
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "40.00"), (4, "30.00"), (5, "10.00")] in rows
    sheet = read_workbook(path).sheets[0]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "本年收入"]
    assert (r, 3, r, 5) in sheet.merged and (r, 1, r, 2) in sheet.merged
    assert sheet.origins[(r, 5)].page == 1 and sheet.origins[(r + 1, 5)].page == 2


def test_a_clean_table_stays_clean_and_a_wrong_sum_is_found_in_its_column(tmp_path):
    clean = _group_header_pdf(tmp_path, "无误.pdf", _body("40.00"))
    table = recognize(read_workbook(clean)).tables["02"]
    assert table.row("201").cells["total"].value == Decimal("40.00")
    assert table.row("201").cells["other"].value == Decimal("10.00")
    _status, findings = check_file(clean, Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []
    bad = _group_header_pdf(tmp_path, "有误.pdf", _body("45.00"))  # 201's 合计 is not 30.00 + 10.00
    _status, findings = check_file(bad, Options())
    places = {(f.code, f.locations[0].row_label, f.locations[0].col_label) for f in findings
              if f.severity.value == "error" and f.locations}
    # 201's 合计 against its 款 and against its sources, in the column headed 本年收入 / 合计
    assert {("TBL001", "201 一般公共服务支出", "本年收入合计"), ("TBL201", "201 一般公共服务支出", "本年收入合计")} <= places


def test_a_first_part_with_figures_is_not_laid_out_again(tmp_path):
    # a first part holding a figure is a table's rows, not a group header: the rest is matched to its columns
    # as before (never re-spread over columns it was not printed in)
    path = _group_header_pdf(tmp_path, "有数.pdf", _body("40.00"), first_part_figures=True)
    assert [(1, "合计"), (2, "195.17")] in _rows(path)


# ---------------------------------------------------------------- a rule of the group header the finer part lacks
def _head_pdf(tmp_path: Path, name: str, widths: list[float], words: list[str], body: list[list[str]]) -> Path:
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "部门：某区测试局", 9)
    p1.text(X0 + 300, 640, "单位：万元", 9)
    p1.grid(X0, 760, widths, [words])
    w.page().grid(X0, 60, WIDTHS, [HEADER] + body)
    return w.save(tmp_path / name)


def test_a_group_rule_crossing_a_finer_column_merges_no_columns(tmp_path):
    # the rule between 本年收入 and 其他 at x 430 crosses the finer 其他收入 column (420–500), which the next page
    # rules at 420: the finer columns are the table's; each head word goes over the columns whose centres it holds
    path = _head_pdf(tmp_path, "跨列线.pdf", [200.0, 170.0, 70.0], ["项目", "本年收入", "其他"], _body("40.00"))
    rows = _rows(path)
    assert [(1, "项目"), (3, "本年收入"), (5, "其他")] in rows
    assert [(c, t) for c, t in enumerate(HEADER, start=1)] in rows
    assert [(2, "合计"), (3, "195.17"), (4, "185.17"), (5, "10.00")] in rows  # 合计 and 财政拨款收入 kept
    sheet = read_workbook(path).sheets[0]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "本年收入"]
    assert sorted(m for m in sheet.merged if m[0] == r) == [(r, 1, r, 2), (r, 3, r, 4)]
    table = recognize(read_workbook(path)).tables["02"]
    assert table.row("201").cells["total"].value == Decimal("40.00")
    _status, findings = check_file(path, Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []


def test_a_group_rule_10pt_off_the_finer_rule_still_heads_its_columns(tmp_path):
    # 项目 | 本年收入 parted at x 250, the finer 科目名称 | 合计 rule at x 260 (more than EDGE apart): 科目编码 and
    # 科目名称 stay two columns (the code is not lost), and a wrong sum is still found in its column
    path = _head_pdf(tmp_path, "偏10.pdf", [190.0, 250.0], ["项目", "本年收入"], _body("45.00"))
    rows = _rows(path)
    assert [(1, "项目"), (3, "本年收入")] in rows
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "45.00"), (4, "30.00"), (5, "10.00")] in rows
    _status, findings = check_file(path, Options())
    places = {(f.code, f.locations[0].row_label, f.locations[0].col_label) for f in findings
              if f.severity.value == "error" and f.locations}
    assert ("TBL201", "201 一般公共服务支出", "本年收入合计") in places


def test_a_sliver_of_a_head_column_over_no_finer_column_loses_no_word_and_merges_no_column(tmp_path):
    # a narrow head column holding no finer column's centre goes with the head column that heads the finer column
    # nearest its centre, its word joined to that column's in reading order; the finer columns stay five
    for widths, words, right in (([200.0, 150.0, 25.0, 65.0], ["项目", "本年收入", "注", "其他"], True),
                                 ([200.0, 140.0, 20.0, 80.0], ["项目", "本年收入", "注", "其他"], False)):
        # x 410–435 (centre 422.5: nearest 其他收入's centre 460) or x 400–420 (centre 410: nearest 财政拨款收入's 380,
        # though 其他收入's left rule, 420, is nearer)
        path = _head_pdf(tmp_path, f"窄列{right}.pdf", widths, words, _body("40.00"))
        rows = _rows(path)
        expect = [(1, "项目"), (3, "本年收入"), (5, "注 其他")] if right else [(1, "项目"), (3, "本年收入 注"), (5, "其他")]
        assert expect in rows, (widths, rows)
        assert [(1, "201"), (2, "一般公共服务支出"), (3, "40.00"), (4, "30.00"), (5, "10.00")] in rows
        sheet = read_workbook(path).sheets[0]
        (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == expect[1][1]]
        assert sorted(m for m in sheet.merged if m[0] == r) == [(r, 1, r, 2), (r, 3, r, 4)]

def test_a_table_with_figures_read_in_its_columns_is_not_laid_out_again(tmp_path):
    # page 1: the header words alone at the foot; page 2: its rows in the same two columns (figures read there);
    # page 3: five finer columns. The rows already read keep their columns (the header is no group header of them)
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "单位：万元", 9)
    p1.grid(X0, 760, [200.0, 240.0], [["项目", "本年收入"]])
    w.page().grid(X0, 60, [200.0, 240.0], [["合计", "195.17"], ["一般公共服务支出", "40.00"]])
    w.page().grid(X0, 60, WIDTHS, [["208", "社会保障和就业支出", "155.17", "155.17", "0.00"]])
    rows = _rows(w.save(tmp_path / "三页.pdf"))
    assert [(1, "项目"), (2, "本年收入")] in rows
    assert [(1, "合计"), (2, "195.17")] in rows and [(1, "一般公共服务支出"), (2, "40.00")] in rows


def test_a_sliver_beside_a_head_cell_merged_down_makes_one_merge_not_two(tmp_path):
    # 本年收入 merged down over the head's two rows, the sliver 注 beside it one row high: the sliver goes with
    # 本年收入, whose merge covers both (rows r..r+1, columns 3–4); never a second, overlapping one-row merge
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "部门：某区测试局", 9)
    p1.text(X0 + 300, 640, "单位：万元", 9)
    p1.grid(X0, 742, [200.0, 140.0, 20.0, 80.0], [["项目", "本年收入", "注", "其他"], ["", "", "", ""]],
            merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 3, 1, 3)])
    w.page().grid(X0, 60, WIDTHS, [HEADER] + _body("40.00"))
    path = w.save(tmp_path / "窄列跨行.pdf")
    rows = _rows(path)
    assert [(1, "项目"), (3, "本年收入 注"), (5, "其他")] in rows
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "40.00"), (4, "30.00"), (5, "10.00")] in rows
    sheet = read_workbook(path).sheets[0]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "本年收入 注"]
    assert sorted(m for m in sheet.merged if m[0] == r) == [(r, 1, r + 1, 2), (r, 3, r + 1, 4), (r, 5, r + 1, 5)]
