"""Two tables on one page whose left column rules stand within 2 pt of each other (the 三公 table's rule at x 74.0,
the next table's at x 72.3: 江苏 省人大办公厅 2018 公开09表 and 10表). The lower table's rule was sorted first and
the upper one's was taken as a piece of it: the upper table lost its first column (合计), which was read as lines
below the table, and the 三公 table was set aside (BGC006) instead of checked (issue 9, s7strips)."""

from __future__ import annotations

from decimal import Decimal

from govaudit.pipeline import Options, check_file
from govaudit.readers.pdf_grid import _merge
from govaudit.readers.pdf_page import Segment
from govaudit.recognize.disclosure import recognize
from govaudit.readers import read_workbook
from pdf_writer import PdfWriter, sheet_rows

SANGONG_W = [60.0, 60.0, 100.0, 60.0, 80.0, 100.0, 60.0, 50.0, 50.0]
HEAD_1 = ["合计", "“三公”经费", "", "", "", "", "", "会议费", "培训费"]
HEAD_2 = ["", "小计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "", ""]
HEAD_3 = ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", ""]
MERGES = [(0, 0, 2, 0), (0, 1, 0, 6), (0, 7, 2, 7), (0, 8, 2, 8), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 5),
          (1, 6, 2, 6)]


def _pdf(tmp_path, total: str):
    w = PdfWriter()
    p = w.page(842.0, 595.0)  # landscape, as the 三公 table's nine columns are printed
    p.text(60, 60, "公开09表", 10)
    p.text(120, 90, "三公经费、会议费、培训费支出预算表", 14)
    p.text(74, 120, "部门名称：某省测试厅", 9)
    p.text(640, 120, "单位：万元", 9)
    p.grid(74.0, 140, SANGONG_W, [HEAD_1, HEAD_2, HEAD_3,
                                  [total, "833.60", "222.50", "183.60", "", "183.60", "427.50", "1305.25", "403.75"]],
           merges=MERGES, size=7.0)
    p.text(60, 300, "公开10表", 10)
    p.text(120, 330, "政府性基金预算财政拨款支出预算表", 14)
    p.text(72.3, 360, "部门名称：某省测试厅", 9)
    p.grid(72.3, 380, [120.0, 200.0, 130.0], [["功能科目编码", "功能科目名称", "金额"], ["", "合计", ""]])
    p.text(72.3, 430, "注：本部门无相关收支项目", 9)
    return w.save(tmp_path / f"三公{total}.pdf")


def test_a_rule_sorted_after_a_near_collinear_rule_lower_on_the_page_is_kept():
    lower = Segment(False, 72.3, 476.0, 704.0)
    upper = Segment(False, 74.0, 236.9, 380.7)
    merged = _merge([upper, lower])
    assert sorted((s.pos, s.a, s.b) for s in merged) == [(72.3, 476.0, 704.0), (74.0, 236.9, 380.7)]
    # pieces of one rule still join, whichever bucket each piece sorts into
    joined = _merge([Segment(False, 74.0, 100.0, 200.0), Segment(False, 72.3, 199.0, 300.0)])
    assert [(s.a, s.b) for s in joined] == [(100.0, 300.0)]


def test_the_upper_tables_first_column_is_read_in_its_grid(tmp_path):
    rows = sheet_rows(_pdf(tmp_path, "2542.60"))
    assert [(1, "2542.60"), (2, "833.60"), (3, "222.50"), (4, "183.60"), (6, "183.60"), (7, "427.50"),
            (8, "1305.25"), (9, "403.75")] in rows
    assert [(1, "合计")] not in rows  # not a line of text below the table


def test_the_sangong_table_is_checked_clean_and_a_wrong_total_is_found(tmp_path):
    clean = _pdf(tmp_path, "2542.60")
    table = recognize(read_workbook(clean)).tables["B09"]
    assert table.unreliable is None
    assert table.row("budget").cells["total"].value == Decimal("2542.60")
    _status, findings = check_file(clean, Options())
    assert not [f for f in findings if f.code == "BGC006"]
    assert [f.code for f in findings if f.severity.value == "error" and f.code.startswith("BGT")] == []
    _status, findings = check_file(_pdf(tmp_path, "2552.60"), Options())
    assert "BGT903" in {f.code for f in findings if f.severity.value == "error"}
