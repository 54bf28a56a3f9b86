"""Session 18's fixes to the PDF reader (issue 9) on small PDFs built here (cheap: one check at most); the whole prints
are in tests/test_pdf_heldout_s18.py. Each test fails on main 4f40846.

- A title printed in two lines is one line: a piece right under a title piece, centred on it or flush left with it,
  of its type size, that makes it a title (or a year in brackets under a title): pdf_text.join_wrapped_titles.
  Lines that only look so stay apart: a paragraph's last line over a centred title, a title over its centred 部门 line.
- A numbered item's next lines set under its text (a hanging indent) are that item's, not new paragraphs.
- s17rev r11 in PDF: an empty table's note between its 单位 line and its head reads as in the workbook (now clean).
"""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter


def _texts(path) -> list[str]:
    wb = read_workbook(path)
    return [str(c.value) for s in wb.sheets for _k, c in sorted(s.cells.items())]


def _centred(p, top: float, text: str, size: float) -> None:
    p.text((p.width - len(text) * size) / 2, top, text, size)


def test_a_title_in_two_lines_is_one(tmp_path):
    w = PdfWriter()
    p = w.page()
    _centred(p, 40, "政府性基金预算财政拨款", 14)
    _centred(p, 58.2, "收入支出决算表", 14)
    _centred(p, 120, "一般公共预算财政拨款支出决算表", 14)
    _centred(p, 138.2, "（2019年度）", 14)
    texts = _texts(w.save(tmp_path / "a.pdf"))
    assert "政府性基金预算财政拨款收入支出决算表" in texts
    assert "一般公共预算财政拨款支出决算表（2019年度）" in texts


def test_two_titles_side_by_side_each_in_two_lines_are_each_one(tmp_path):
    w = PdfWriter()
    p = w.page()
    p.text(40, 40, "国有资本经营预算财政拨款", 9)
    p.text(40, 51.7, "支出决算表", 9)
    p.text(320, 40, "政府性基金预算财政拨款", 11)
    p.text(320, 54.3, "收入支出决算表", 11)
    texts = " ".join(_texts(w.save(tmp_path / "a.pdf")))
    assert "国有资本经营预算财政拨款支出决算表" in texts and "政府性基金预算财政拨款收入支出决算表" in texts


def test_lines_that_only_look_like_a_wrapped_title_stay_apart(tmp_path):
    w = PdfWriter()
    p = w.page()
    p.text(72, 40, "本部门2019年度收支情况详见下列公开表", 14)  # a paragraph's last line, left-aligned
    _centred(p, 58.2, "收入决算表", 14)
    _centred(p, 140, "收入支出决算总表", 14)  # a whole title over its 部门 line, centred in its type size
    _centred(p, 158.2, "编制部门：某某局", 14)
    _centred(p, 240, "支出决算表", 14)  # a title over its unit in brackets (a year in brackets would be joined)
    _centred(p, 258.2, "（单位：万元）", 14)
    p.text(72, 340, "附表3", 14)  # a table's number on a line of its own over its title, both flush left
    p.text(72, 358.2, "财政拨款收入支出决算总表", 14)
    assert _joined(w.save(tmp_path / "a.pdf")) == [
        "本部门2019年度收支情况详见下列公开表", "收入决算表", "收入支出决算总表", "编制部门：某某局", "支出决算表", "（单位：万元）",
        "附表3", "财政拨款收入支出决算总表"]


def _joined(path) -> list[str]:
    from govaudit.readers.pdf_page import read_pages
    from govaudit.readers.pdf_text import join_wrapped_titles, page_lines

    lines = page_lines(1, read_pages(path)[0].chars)
    join_wrapped_titles(lines)
    return [ln.text for ln in lines]


def test_numbered_items_wrapped_with_a_hanging_indent_are_one_paragraph_each(tmp_path):
    w = PdfWriter()
    p = w.page()
    lines = [(94, "（二）收入决算情况。本年收入合计6063.99万元，其中："),
             (94, "1．一般公共预算财政拨款收入2116.25万元，占本年收入合计的"),
             (116, "34.90%，主要用于保障机关正常运转和就业创业等重点工作；"),
             (94, "2．政府性基金预算财政拨款收入3947.74万元，占本年收入合计的"),
             (116, "65.10%，主要是城乡社区建设相关的政府性基金收入。"),
             (94, "（三）支出决算情况。本年支出合计6101.24万元。")]
    for k, (x, text) in enumerate(lines):
        p.text(x, 72 + k * 20.9, text, 11)
    paras = [para.text for para in read_workbook(w.save(tmp_path / "a.pdf")).paragraphs]
    assert paras == [lines[0][1], lines[1][1] + lines[2][1], lines[3][1] + lines[4][1], lines[5][1]]


def test_an_empty_tables_note_between_its_unit_line_and_its_head_reads_as_in_the_workbook(tmp_path):
    """s17rev r11's PDF form: the empty 国有资本 table's '本表无数据。' printed between its 单位 line and its head (the
    head and the 合计 row printed). The print reads the same grid as the workbook and, like it, draws no CMP001
    (s18layout's recognition; both drew the false warning on 4f40846)."""
    from pdf_writer import PrintedTable, print_tables, producer, save_workbook
    from test_pdf_heldout import findings
    from test_pdf_heldout_s13 import SH, tables_of

    note = "本表无数据。"
    tables = tables_of(SH, "无误")
    empty = tables[-1]
    assert empty.title.startswith("国有资本") and not any(_figure(v) for r in empty.rows for v in r)
    with producer(lead_notes={empty.title: [note]}):
        pdf = print_tables(tmp_path / "a.pdf", tables[:-1] + [PrintedTable(
            empty.title, empty.dept, empty.unit, empty.rows, empty.head, empty.merges)])
    book = save_workbook(tmp_path / "a.xlsx", tables[:-1] + [PrintedTable(
        empty.title, empty.dept, empty.unit, [[note] + [""] * (len(empty.rows[0]) - 1)] + empty.rows, empty.head + 1,
        [(a + 1, b, c + 1, d) for a, b, c, d in empty.merges])])
    assert findings(pdf) == findings(book) == set()


def _figure(v: str) -> bool:
    return any(ch.isdigit() for ch in v) and "." in v
