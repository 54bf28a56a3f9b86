"""A PDF whose Chinese font is not embedded (STSong-Light, as reportlab and tests/pdf_writer.py write it) reads the
same on every machine, with or without a Chinese font installed (readers/pdf_fonts.py).

Without a Chinese font PDFium drew such text with a Latin substitute whose glyph boxes are empty, and its text
layer lost a character drawn alone ("类", "入"), a line repeating the line above it, and the clip of a cell's text
cut through its last character: 172 tests failed on a font-less machine (session 11). The subprocess test below
points PDFium's font folders at an empty one, so that it fails without the stand-in font on any machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from govaudit.readers.pdf import TABLES_SHEET, read_pdf
from govaudit.readers.pdf_page import read_pages
from pdf_writer import PdfWriter


LINE = "同一行文字重复三次" * 4


def _lone_glyphs(path: Path) -> Path:
    w = PdfWriter()
    p = w.page()
    p.grid(72, 100, [30, 30, 30, 150, 90], [["类", "款", "项", "科目名称", "决算数"],
                                           ["201", "01", "01", "行政运行", "1.00"],
                                           ["", "", "", "事业收", "2.00"]])
    p.text(182, 140, "入")  # the wrapped last character of 事业收入, on a line of its own in its cell
    p.text(72, 200, "合")  # one character alone, outside any table
    for top in (240, 257, 274):
        p.text(72, top, LINE)  # the same words on three lines, at the same x
    p.clip(72, 300, 116.99, 310).text(72, 300, "中心在边外").unclip()  # the last character's centre (117) cut off
    return w.save(path)


def test_a_character_drawn_alone_is_read(tmp_path):
    path = _lone_glyphs(tmp_path / "单字.pdf")
    (page,) = read_pages(path)
    text = "".join(c.text for c in page.chars)
    assert "类款项" in text and "事业收入" in text.replace("2.00", "") and "合" in text
    assert text.count(LINE) == 3
    assert "中心在边" in text and "中心在边外" not in text
    alone = [c for c in page.chars if c.text == "合"]
    assert [(c.x0, c.top, c.x1, c.bottom) for c in alone] == [(72, 200, 82, 210)]  # one em of 10 pt


def test_header_cells_of_one_character_are_read_into_the_table(tmp_path):
    sheet = read_pdf(_lone_glyphs(tmp_path / "表头.pdf")).sheets[0]
    assert sheet.name == TABLES_SHEET
    rows: dict[int, list] = {}
    for (r, c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell.value)
    assert ["类", "款", "项", "科目名称", "决算数"] in rows.values()
    assert any("事业收入" in (v or "") for row in rows.values() for v in row)


_FONTLESS = """
import ctypes, json, sys
from pathlib import Path
from govaudit.readers import pdfium
lib = pdfium._library()
folders = (ctypes.c_char_p * 2)(sys.argv[2].encode(), None)  # PDFium looks for system fonts here only
config = pdfium._LibraryConfig(version=2, m_pUserFontPaths=ctypes.cast(folders, ctypes.c_void_p))
lib.FPDF_InitLibraryWithConfig(ctypes.byref(config))  # first: the reader's own start is then a no-op
from govaudit.readers.pdf_page import read_pages
print(json.dumps([[tuple(c[:5]) for c in p.chars] for p in read_pages(Path(sys.argv[1]))]))
"""


def test_a_machine_without_fonts_reads_what_this_one_reads(tmp_path):
    path = _lone_glyphs(tmp_path / "无字体.pdf")
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    out = subprocess.run([sys.executable, "-c", _FONTLESS, str(path), str(empty)], capture_output=True, text=True,
                         check=True).stdout
    fontless = [[tuple(c) for c in page] for page in json.loads(out)]
    here = [[tuple(c[:5]) for c in page.chars] for page in read_pages(path)]
    assert fontless == here
    assert "".join(c[0] for c in fontless[0]).count(LINE) == 3
