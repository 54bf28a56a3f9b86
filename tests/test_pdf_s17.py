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
from pdf_writer import PdfWriter, print_flow
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
    page = read_pages(w.save(tmp_path / "a.pdf"))[0]
    chars = page.chars
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
