"""Session 17's PDF fixes (issue 9), each failing before its change (the held-out prints that found them:
tests/test_pdf_heldout_s17.py).

- Figures whose thousands are set apart by a space ('6 063.99', GB/T 15835) were read as two figures in an unruled
  table ('6' | '063.99': 45 false findings on a clean print). A space of the text layer (not one PDFium made up for
  a gap) between a figure's digit groups now joins them (pdf_page._group_space); a year or a count before a figure
  ('2024 123.45'), or two codes ('301 302'), stay apart.
- A table whose header ended a page with only its first row (one cell across the table) had its 编制部门 line laid
  over that one column with the 单位: the 单位 overwrote the department, and a wrong department name (CMP003) was
  missed. A line whose pieces would share a column is no header line of the table under it
  (pdf._attach_header_lines).
- A finding on a sentence of a paragraph printed over two pages is placed on the page and box of the line holding
  the judged figure (readers/pdf_pin.py; tests/test_pdf_heldout_s16.py's strict xfail, now three passing tests).
"""

from __future__ import annotations

import pytest

from govaudit.readers import read_workbook
from govaudit.readers.pdf_page import _group_space, read_pages
from govaudit.readers.pdf_pin import pin
from pdf_writer import PdfWriter, PrintedTable, print_flow, print_tables, save_workbook
from test_pdf_heldout import findings
from test_pdf_heldout_s13 import SH, tables_of


@pytest.mark.parametrize("text,spaces", [
    ("6 063.99", [1]), ("12 345 678.90", [2, 6]), ("-6 063.99", [2]), ("(1 234.50)", [2]),
    ("6 063.99 6 063.99", [1, 10]),  # (two figures: the second's group space after the first's decimals)
    ("2024 123.45", []), ("301 302", []), ("1 2 3", []), ("1 234", []), ("12 34.5", []), ("1 23 456.78", []),
    ("1234 567.89", []), ("第 3 页", []), ("x 123.45", [])])
def test_a_group_space_is_told_from_a_space_between_two_words(text, spaces):
    codes = [ord(ch) for ch in text]
    assert [i for i, u in enumerate(codes) if u == 0x20 and _group_space(codes, i)] == spaces


def _line_pieces(tmp_path, text: str) -> list[str]:
    w = PdfWriter()
    w.page().text(72, 100, text, 10)
    return _pieces(read_pages(w.save(tmp_path / "a.pdf"))[0].chars)


def _pieces(chars) -> list[str]:
    """The words of a line: characters more than 1 pt apart start another."""
    pieces, current = [], chars[0].text
    for a, b in zip(chars, chars[1:]):
        if b.x0 - a.x1 > 1:
            pieces.append(current)
            current = ""
        current += b.text
    return pieces + [current]


def test_a_figure_grouped_by_spaces_is_one_word_and_a_year_before_a_figure_two(tmp_path):
    assert _line_pieces(tmp_path, "合计 6 063.99") == ["合计", "6063.99"]
    assert _line_pieces(tmp_path, "年度 2024 123.45") == ["年度", "2024", "123.45"]


def test_a_department_line_over_a_header_row_alone_at_a_page_foot_is_kept(tmp_path):
    tables = [t for t in tables_of(SH, "有误") if "三公" in t.title]
    pdf = print_flow(tmp_path / "a.pdf", tables, head_alone=lambda i: True, repeat_head=False)
    texts = [str(c.value) for s in read_workbook(pdf).sheets for c in s.cells.values()]
    assert any("上海市某区财政局" in t for t in texts) and any("单位：万元" in t for t in texts)


LINES = (("三、支出决算情况说明。本年支出合计6101.24万元，其中：基本支出776.71万元，", 1, (72.0, 700.0, 500.0, 711.0)),
         ("占本年支出合计的12.37%，主要用于保障机关日常运转。", 2, (72.0, 60.0, 400.0, 71.0)),
         ("四、其他说明。", 2, (72.0, 80.0, 150.0, 91.0)))


def test_a_finding_is_pinned_to_the_line_of_its_figure():
    sentence = "本年支出合计6101.24万元，其中：基本支出776.71万元，占本年支出合计的12.37%，主要用于保障机关日常运转。"
    assert pin(LINES, sentence, "12.37%") == {"page": 2, "bbox": (72.0, 60.0, 400.0, 71.0)}
    # a figure on the first page: that page, the box round the sentence's lines there
    assert pin(LINES, sentence, "776.71") == {"page": 1, "bbox": (72.0, 700.0, 500.0, 711.0)}
    # no figure, or one the sentence does not print: where the sentence starts
    assert pin(LINES, sentence, None)["page"] == 1
    assert pin(LINES, "四、其他说明。", "9.99")["page"] == 2
    assert pin(LINES, "一句不在这段里的话。", "12.37%") == {}


# ---- s17rev r6: a 财政部-form 一般公共预算支出表 whose two adjacent group heads are merged, the second wider than its
# two columns. tests/pdf_writer.py drew a merged cell's text whole, centred, over the neighbouring group's head and past
# the table's edge (its last character outside the grid): the head read '2025年预算数2025年预算数比2024年执行' in one cell,
# the table 'not read reliably' (BGC006). No spreadsheet prints so: Excel and WPS clip a merged cell's text at its
# rules. The printer clips it now (draw_table), and the print reads as its workbook.

BUDGET = PrintedTable(
    "某省农业农村厅2025年一般公共预算支出表", "部门：某省农业农村厅", "单位：万元",
    [["项目", "", "2024年执行数", "2025年预算数", "", "", "2025年预算数比2024年执行数", ""],
     ["科目编码", "科目名称", "", "小计", "基本支出", "项目支出", "增减额", "增减%"],
     ["合计", "", "1348.00", "1386.27", "1386.27", "", "38.27", "2.84%"],
     ["208", "社会保障和就业支出", "950.00", "984.12", "984.12", "", "34.12", "3.59%"],
     ["20805", "行政事业单位养老支出", "950.00", "984.12", "984.12", "", "34.12", "3.59%"],
     ["2080505", "机关事业单位基本养老保险缴费支出", "950.00", "984.12", "984.12", "", "34.12", "3.59%"],
     ["210", "卫生健康支出", "398.00", "402.15", "402.15", "", "4.15", "1.04%"],
     ["21011", "行政事业单位医疗", "398.00", "402.15", "402.15", "", "4.15", "1.04%"],
     ["2101102", "事业单位医疗", "398.00", "402.15", "402.15", "", "4.15", "1.04%"]],
    2, [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 7)])


def test_a_merged_group_head_wider_than_its_columns_is_clipped_and_the_table_read(tmp_path):
    pdf = print_tables(tmp_path / "a.pdf", [BUDGET])
    sheet = read_workbook(pdf).sheets[0]
    head = [sheet.cells[k].value for k in sorted(sheet.cells) if "预算数" in str(sheet.cells[k].value)]
    assert "2025年预算数" in head and not any("2025年预算数2025" in v for v in head)
    got, want = findings(pdf), findings(save_workbook(tmp_path / "a.xlsx", [BUDGET]))
    assert "BGC006" not in {k[0] for k in got} and got == want


def _chars(*runs: tuple[str, float]):
    """Characters 9 pt wide set tight within each run, each run starting at its x."""
    from govaudit.readers.pdf_page import Char

    out = []
    for text, x in runs:
        for k, ch in enumerate(text):
            out.append(Char(ch, x + 9 * k, 100.0, x + 9 * (k + 1), 109.0))
    return out


@pytest.mark.parametrize("runs,parted", [
    ((("2116.25", 0.0), ("一、一般公共服务支出", 66.0)), True),  # a figure, 3 pt, the next column's label
    ((("35.24", 0.0), ("31002", 48.0)), True),  # a figure, the next column's 科目编码
    ((("总计", 0.0), ("6598.33", 21.0)), True),  # a label's last character, the next column's figure
    ((("6.15", 0.0), ("万元", 39.0)), False),  # a unit after its figure ('6.15 万元')
    ((("2024", 0.0), ("年度", 39.0)), False),  # a year is no amount
    ((("12", 0.0), ("一般", 21.0)), False),  # nor a count
])
def test_a_figure_and_the_next_columns_word_are_parted_at_a_narrow_gap(runs, parted):
    from govaudit.readers.pdf_text import _label_beside_amount

    chars = _chars(*runs)
    assert _label_beside_amount(chars, len(runs[0][0]), 0.25 * 9.0) is parted


def test_a_cell_with_a_trailing_space_is_not_glued_to_the_next_cells_figure(tmp_path):
    """s17finC #1: '34 ' in one cell (a 行次 typed with a trailing space) and '326.86' in the next read as one figure
    34326.86 (the group space widened the '4' across the column gap): 13 false errors on a clean 中央式 print."""
    w = PdfWriter()
    page = w.page()
    page.text(72, 100, "科学技术支出", 10)
    page.text(250, 100, "34 ", 10)
    page.text(350, 100, "326.86", 10)
    assert _pieces(read_pages(w.save(tmp_path / "t.pdf"))[0].chars) == ["科学技术支出", "34", "326.86"]
    assert _line_pieces(tmp_path, "合计 6 063.99") == ["合计", "6063.99"]  # (a group space still joins its figure)


def test_a_figure_is_pinned_where_it_stands_whole():
    """s17finC #5: '776.71' was found inside '1776.71' on the page before: the finding went to the wrong page."""
    from govaudit.readers.pdf_pin import pin

    lines = (("本年收入合计1776.71万元，比上年增加", 1, (72.0, 700.0, 500.0, 711.0)),
             ("10.00万元；其中：基本支出776.71万元。", 2, (72.0, 60.0, 400.0, 71.0)))
    sentence = "本年收入合计1776.71万元，比上年增加10.00万元；其中：基本支出776.71万元。"
    assert pin(lines, sentence, "776.71")["page"] == 2
    assert pin(lines, sentence, "1776.71")["page"] == 1
