"""The PDF reader's edge cases, one behaviour per test (issue 14: they kill the mutants of readers/pdf.py).

Pages are written with tests/pdf_writer.py: Chinese text and ruling lines at given points."""

from __future__ import annotations

import pytest

from govaudit.readers import ReadError
from govaudit.readers.pdf import TABLES_SHEET, read_pdf
from pdf_writer import PdfWriter


def test_ten_characters_are_a_text_layer_nine_are_not(tmp_path):
    w = PdfWriter()
    w.page().text(72, 100, "一二三四五六七八九十")
    book = read_pdf(w.save(tmp_path / "十.pdf"))
    assert [p.text for p in book.paragraphs] == ["一二三四五六七八九十"]
    w = PdfWriter()
    w.page().text(72, 100, "一二三四五六七八九")
    with pytest.raises(ReadError, match="PDF 文件没有文字内容"):
        read_pdf(w.save(tmp_path / "九.pdf"))


ROWS1 = [["项目", "金额"], ["甲", "1.00"], ["乙", "2.00"]]
ROWS2 = [["项目", "金额"], ["丙", "3.00"], ["丁", "4.00"]]  # the header repeated on page 2


def _two_pages(tmp_path, shift: float):
    w = PdfWriter()
    w.page().grid(72, 100, [200, 150], ROWS1)
    w.page().grid(72 + shift, 100, [200 - shift, 150], ROWS2)
    return read_pdf(w.save(tmp_path / f"续{shift}.pdf"))


def _rows(sheet):
    last = max(r for r, _c in sheet.cells)
    return [[sheet.get(r, c).value if sheet.get(r, c) else None for c in (1, 2, 3)] for r in range(1, last + 1)]


def test_a_table_carried_to_the_next_page_within_six_points_is_one_table(tmp_path):
    sheet = _two_pages(tmp_path, 6.0).sheets[0]
    assert sheet.name == TABLES_SHEET
    assert _rows(sheet) == [["项目", "金额", None], ["甲", "1.00", None], ["乙", "2.00", None],
                            ["丙", "3.00", None], ["丁", "4.00", None]]  # the repeated header left out
    assert (sheet.origins[(3, 2)].page, sheet.origins[(4, 2)].page) == (1, 2)


def test_a_table_further_than_six_points_off_is_a_new_table(tmp_path):
    sheet = _two_pages(tmp_path, 7.0).sheets[0]
    assert _rows(sheet) == [["项目", "金额", None], ["甲", "1.00", None], ["乙", "2.00", None],
                            ["项目", "金额", None], ["丙", "3.00", None], ["丁", "4.00", None]]
    assert sheet.origins[(4, 1)].page == 2
