"""PDF prints that used to draw false findings (README PDF 已知限制, issue 9): each case a small PDF built here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter

WIDTHS = [70, 160, 90, 90, 90]
DEPT = "部门：某区测试局"
UNIT = "金额单位：万元"


def _title_at_foot_pdf(tmp_path: Path) -> Path:
    """收入决算表 on page 1; the print rules every row, so 支出决算表's title sits in the last rows of that grid at
    the foot of page 1, and its table (same width) starts page 2 under the same 部门 and 单位 lines."""
    w = PdfWriter()
    p1 = w.page()
    p1.text(230, 50, "收入决算表", 14)
    p1.text(40, 80, DEPT, 9)
    p1.text(470, 80, UNIT, 9)
    income = [["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"],
              ["", "合计", "30.00", "20.00", "10.00"], ["201", "一般公共服务支出", "30.00", "20.00", "10.00"],
              ["20106", "财政事务", "30.00", "20.00", "10.00"], ["2010601", "行政运行", "30.00", "20.00", "10.00"],
              ["支出决算表", "", "", "", ""]]
    p1.grid(40, 100, WIDTHS, income, merges=[(5, 0, 5, 4)])
    p2 = w.page()
    p2.text(40, 60, DEPT, 9)
    p2.text(470, 60, UNIT, 9)
    spending = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
                ["", "合计", "30.00", "20.00", "10.00"], ["201", "一般公共服务支出", "30.00", "20.00", "10.00"],
                ["20106", "财政事务", "30.00", "20.00", "10.00"], ["2010601", "行政运行", "30.00", "20.00", "10.00"]]
    p2.grid(40, 80, WIDTHS, spending)
    return w.save(tmp_path / "表名在页脚.pdf")


def test_title_at_page_foot_keeps_next_pages_unit(tmp_path):
    path = _title_at_foot_pdf(tmp_path)
    disclosure = recognize(read_workbook(path))
    t03 = disclosure.tables["03"]
    assert t03.unit is not None  # 金额单位：万元 on page 2 belongs to 支出决算表, not dropped as a repeated heading
    assert t03.row("2010601").cells["basic"].value == Decimal("20.00")
    assert disclosure.tables["02"].row("2010601") is not None
    _status, findings = check_file(path, Options())
    assert [f for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []  # CMP001: the 7 others


RIGHT = [["事业收入", "经营收入", "其他收入"], ["10.00", "20.00", "10.00"], ["10.00", "20.00", "10.00"],
         ["10.00", "20.00", "10.00"], ["10.00", "20.00", "10.00"]]


def _strips_pdf(tmp_path: Path, second_title: str, right=RIGHT, row_h: float = 18.0) -> Path:
    """收入决算表 printed without fitting to the page width: page 1 holds its codes, names and first two amount
    columns, page 2 the other three columns as a strip of their own under the repeated title (no codes, no names).
    `row_h` other than 18: the strip's rows are not as high as the first part's (they cannot be matched row by row,
    so the strip is not joined to it: readers/pdf_strips.py)."""
    w = PdfWriter()
    p1 = w.page()
    p1.text(230, 50, "收入决算表", 14)
    p1.text(40, 80, DEPT, 9)
    left = [["科目编码", "科目名称", "本年收入合计", "财政拨款收入"],
            ["", "合计", "60.00", "20.00"], ["201", "一般公共服务支出", "60.00", "20.00"],
            ["20106", "财政事务", "60.00", "20.00"], ["2010601", "行政运行", "60.00", "20.00"]]
    p1.grid(40, 100, [70, 160, 90, 90], left)
    p2 = w.page()
    p2.text(60, 50, second_title, 14)
    p2.text(40, 80, UNIT, 9)
    p2.grid(40, 100, [90, 90, 90], right, row_h=row_h)
    p3 = w.page()  # the next table, printed whole
    p3.text(230, 50, "支出决算表", 14)
    p3.text(40, 80, DEPT, 9)
    p3.text(470, 80, UNIT, 9)
    p3.grid(40, 100, WIDTHS, [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
                              ["", "合计", "60.00", "40.00", "20.00"], ["201", "一般公共服务支出", "60.00", "40.00", "20.00"],
                              ["20106", "财政事务", "60.00", "40.00", "20.00"],
                              ["2010601", "行政运行", "60.00", "40.00", "20.00"]])
    return w.save(tmp_path / "分段打印.pdf")


def test_columns_printed_as_a_strip_set_the_table_aside(tmp_path):
    path = _strips_pdf(tmp_path, "收入决算表", row_h=20.0)
    assert read_workbook(path).sheets[0].cut_tables  # the reader saw page 2 as page 1's right-hand columns
    _status, findings = check_file(path, Options())
    shown = [f for f in findings if f.severity.value != "info" and f.code != "CMP001"]
    assert [(f.code, f.table) for f in shown] == [("BGC006", "公开02表")]  # set aside: no false TBL error
    assert "第2页" in shown[0].message and "按页宽" in shown[0].message
    assert shown[0].locations[0].page == 1


def test_a_table_of_figures_under_its_own_title_is_no_strip(tmp_path):
    path = _strips_pdf(tmp_path, "财政拨款“三公”经费支出决算表")
    assert read_workbook(path).sheets[0].cut_tables == []


def test_a_grid_with_row_labels_is_no_strip(tmp_path):
    right = [row[:] for row in RIGHT]
    right[2][0] = "其中：补助"  # a row name beside the figures: a table of its own, whatever its title
    assert read_workbook(_strips_pdf(tmp_path, "收入决算表", right)).sheets[0].cut_tables == []


def test_strip_under_a_title_cut_at_the_page_edge(tmp_path):
    path = _strips_pdf(tmp_path, "入决算表", row_h=20.0)  # "收入决算表" centred over the whole sheet, cut at the left edge
    assert read_workbook(path).sheets[0].cut_tables == [(3, 7, 2)]


HEAD = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入"]
BODY = [["", "合计", "60.00", "20.00"], ["201", "一般公共服务支出", "60.00", "20.00"],
        ["20106", "财政事务", "60.00", "20.00"], ["2010601", "行政运行", "60.00", "20.00"]]


def _first_part(w: PdfWriter, rows: list[list[str]]):
    p1 = w.page()
    p1.text(230, 50, "收入决算表", 14)
    p1.text(40, 80, DEPT, 9)
    p1.grid(40, 100, [70, 160, 90, 90], rows)
    return p1


def test_a_strip_after_a_table_carried_over_covers_all_its_rows(tmp_path):
    """The left part runs over pages 1 and 2 (same width: carried over), its right-hand columns follow on page 3:
    the table set aside is every row of both pages."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY[:2])
    w.page().grid(40, 60, [70, 160, 90, 90], BODY[2:])
    p3 = w.page()
    p3.text(60, 50, "收入决算表", 14)
    p3.grid(40, 100, [90, 90, 90], RIGHT)
    cut = read_workbook(w.save(tmp_path / "续页后分段.pdf")).sheets[0].cut_tables
    assert len(cut) == 1
    first, last, page = cut[0]
    assert (last - first + 1, page) == (5, 3)  # the header and four body rows, two of them from page 2


def test_a_strip_two_pages_on_after_an_unruled_page(tmp_path):
    """The lower part of the table ran on unruled (page 2 has lines only): its strip on page 3 is still known."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY)
    w.page().text(40, 60, "注：本表反映部门本年度取得的各项收入情况。", 9)
    p3 = w.page()
    p3.text(60, 50, "收入决算表", 14)
    p3.grid(40, 100, [90, 90, 90], RIGHT)
    cut = read_workbook(w.save(tmp_path / "隔页分段.pdf")).sheets[0].cut_tables
    assert [c[2] for c in cut] == [3]


def test_blank_rows_at_a_pages_foot_are_no_title(tmp_path):
    """A part ending in empty ruled rows (more of them than a title at the foot has lines) is carried over to the next page like any other: no title there."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY[:2] + [["", "", "", ""]] * 5)  # more empty rows than a title's lines
    w.page().grid(40, 60, [70, 160, 90, 90], BODY[2:])
    disclosure = recognize(read_workbook(w.save(tmp_path / "页脚空行.pdf")))
    assert disclosure.tables["02"].row("2010601").cells["fiscal"].value == Decimal("20.00")
