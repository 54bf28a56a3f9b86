"""Figures half a character from the next column (a sheet printed without gridlines) part a table's row, but a
line of prose with a year or an amount set apart by spaces stays a line of prose (session 9: the real 江苏 2018/2019
预算 PDFs broke '减少 13.22 %' and '关于 2018 年' into rows of a table, losing a true TXT003 error)."""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter

SIZE = 10.0


def _words(p, top: float, words: list[str], gap: float = 6.0, x: float = 72.0) -> None:
    """Words on one line, each `gap` points after the one before (every glyph one em wide)."""
    for w in words:
        p.text(x, top, w, SIZE)
        x += len(w) * SIZE + gap


def test_prose_with_a_year_set_apart_stays_prose(tmp_path):
    w = PdfWriter()
    p = w.page()
    _words(p, 100, ["第二部分", "2018年度部门预算表"], gap=30)
    _words(p, 130, ["第三部分", "2018", "年度部门预算情况说明"])
    _words(p, 160, ["本表反映部门年度总体收支预算情况。根据"], gap=0)
    _words(p, 190, ["《江苏省财政厅关于", "2018", "年省级部门预算的批复》（苏财预"])
    _words(p, 220, ["2018号）填列。"])
    book = read_workbook(w.save(tmp_path / "年份.pdf"))
    text = [para.text for para in book.paragraphs]
    # each line read whole, as text (lines this short are not joined into one paragraph)
    assert "《江苏省财政厅关于2018年省级部门预算的批复》（苏财预" in text and "第三部分2018年度部门预算情况说明" in text, text


def test_a_sentence_with_an_amount_set_apart_stays_prose(tmp_path):
    w = PdfWriter()
    p = w.page()
    _words(p, 100, ["项目支出预算数为4335.3万元。与上年相比减少了", "1237.7"])
    _words(p, 130, ["万元，减少", "13.22", "%。主要原因一是贯彻厉行节约规定"])
    _words(p, 160, ["和坚持政府过紧日子，要大力压减", "1,234.56", "万元一般性支出。"])
    book = read_workbook(w.save(tmp_path / "句子.pdf"))
    text = [para.text for para in book.paragraphs]
    assert text == ["项目支出预算数为4335.3万元。与上年相比减少了1237.7", "万元，减少13.22%。主要原因一是贯彻厉行节约规定",
                    "和坚持政府过紧日子，要大力压减1,234.56万元一般性支出。"]


def test_amounts_half_a_character_apart_are_two_cells(tmp_path):
    """The same gap between two amounts in rows of a table without rules: two cells, not '30.00 30.00'."""
    w = PdfWriter()
    p = w.page()
    for k, (code, name, a, b) in enumerate([("201", "一般公共服务支出", "1,303.58", "1,303.58"),
                                             ("202", "外交支出", "25.00", "25.00"),
                                             ("203", "国防支出", "6.15", "6.15")]):
        top = 100 + 16 * k
        p.text(60, top, code, SIZE)
        p.text(110, top, name, SIZE)
        p.text_right(300, top, a, SIZE)
        p.text_right(306 + 8 * SIZE, top, b, SIZE)  # its first digit 6 pt after the amount before it, at most
    rows = {}
    for (r, c), cell in sorted(read_workbook(w.save(tmp_path / "数字.pdf")).sheets[0].cells.items()):
        rows.setdefault(r, []).append(cell.value)
    assert list(rows.values()) == [["201", "一般公共服务支出", "1,303.58", "1,303.58"], ["202", "外交支出", "25.00", "25.00"],
                                   ["203", "国防支出", "6.15", "6.15"]]


# page 7 of the real 江苏省政协办公厅2018年度部门预算.pdf (PDFium's boxes): two headings and a sentence whose year is
# set apart by spaces; before the fix they made three rows of a table without rules and the sentence broke in three
REAL_LINES = [  # (top, bottom, text, x0 of each character, x1 of each)
    (400.7, 418.7, '第二部分2018年度部门预算表', [172.3, 190.3, 208.3, 226.3, 262.3, 271.3, 280.3, 289.3, 302.8, 320.8, 338.8, 356.8, 374.8, 392.8, 410.8], [190.3, 208.3, 226.3, 244.3, 271.3, 280.3, 289.3, 298.3, 320.8, 338.8, 356.8, 374.8, 392.8, 410.8, 428.8]),
    (440.1, 456.3, '2018年度部门预算公开表附后。', [111.4, 119.4, 127.4, 135.4, 147.4, 163.4, 179.4, 195.4, 211.4, 227.4, 243.4, 259.4, 275.4, 291.4, 307.4, 323.4], [119.4, 127.4, 135.4, 143.4, 163.4, 179.4, 195.4, 211.5, 227.4, 243.4, 259.5, 275.4, 291.4, 307.5, 323.4, 339.5]),
    (482.2, 500.2, '第三部分2018年度部门预算情况说明', [145.3, 163.3, 181.3, 199.3, 235.3, 244.3, 253.3, 262.3, 275.8, 293.8, 311.8, 329.8, 347.8, 365.8, 383.8, 401.8, 419.8, 437.8], [163.3, 181.3, 199.3, 217.3, 244.3, 253.3, 262.3, 271.3, 293.8, 311.8, 329.8, 347.8, 365.8, 383.8, 401.8, 419.8, 437.8, 455.8]),
    (524.8, 540.9, '一、收支预算总体情况说明', [111.6, 127.6, 143.7, 159.7, 175.8, 191.9, 207.9, 224.0, 240.1, 256.1, 272.2, 288.3], [127.6, 143.7, 159.7, 175.8, 191.8, 207.9, 223.9, 240.0, 256.1, 272.1, 288.2, 304.3]),
    (554.7, 570.9, '本表（公开01表）反映部门年度总体收支预算情况。根据', [111.4, 127.4, 143.4, 159.4, 175.4, 196.5, 204.6, 217.6, 233.7, 249.7, 265.6, 281.7, 297.7, 313.6, 329.7, 345.7, 361.6, 377.6, 393.7, 409.6, 425.6, 441.7, 457.6, 473.6, 489.7, 505.6], [127.4, 143.4, 159.4, 175.4, 191.4, 204.5, 212.6, 233.7, 249.7, 265.7, 281.7, 297.7, 313.7, 329.7, 345.7, 361.7, 377.6, 393.7, 409.7, 425.6, 441.7, 457.7, 473.6, 489.7, 505.7, 521.6]),
    (584.7, 600.9, '《江苏省财政厅关于2018年省级部门预算的批复》（苏财预', [79.4, 96.2, 112.9, 129.6, 146.4, 163.2, 179.9, 196.8, 213.5, 238.2, 246.2, 254.2, 262.2, 279.0, 295.7, 312.5, 329.3, 346.0, 362.8, 379.5, 396.2, 413.0, 429.7, 446.5, 455.2, 472.0, 488.7, 505.7], [95.4, 112.2, 128.9, 145.7, 162.5, 179.2, 195.9, 212.8, 229.5, 246.2, 254.2, 262.2, 270.3, 295.0, 311.8, 328.6, 345.3, 362.0, 378.8, 395.5, 412.2, 429.0, 445.8, 462.5, 471.2, 488.0, 504.8, 521.7]),
    (614.8, 630.9, '„2018‟13号）填列。', [79.4, 95.4, 103.4, 111.4, 119.4, 127.4, 143.4, 151.4, 163.4, 179.4, 195.4, 211.5, 227.4], [95.4, 103.4, 111.4, 119.5, 127.5, 143.4, 151.4, 159.4, 179.4, 195.4, 211.5, 227.5, 243.4]),
]


def test_real_headings_and_a_sentence_with_a_year_are_no_table():
    from govaudit.readers.pdf_page import Char
    from govaudit.readers.pdf_text import page_lines, unruled_tables

    chars = [Char(t, x0, top, x1, bottom) for top, bottom, text, x0s, x1s in REAL_LINES
             for t, x0, x1 in zip(text, x0s, x1s)]
    lines = page_lines(7, chars)
    unruled_tables(lines)
    assert [ln.columns for ln in lines] == [None] * len(REAL_LINES)
    assert [ln.text.replace(" ", "") for ln in lines] == [text for _t, _b, text, _x0, _x1 in REAL_LINES]
