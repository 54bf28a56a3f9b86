"""Mutation tests (issue 14, session 9, s9mutB) for the PDF reader: the survivors of a whole-file run on
readers/pdf.py (the first since session 5 on the whole file), on readers/pdf_common.py (new in session 8) and on
pdf_grid._merge. Each test builds a small PDF (or, for the shared text helpers, gives the helper a real title) and
asserts what is read: paragraphs, rows, cells, merges."""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter

# one line of body text that fills the measure (39 characters of 12 pt from x = 60: it reaches x = 528)
FULL = "本部门严格执行预算管理制度，加强资金使用管理，提高财政资金使用效益，确保各"
FULL2 = "项资金按规定用途使用，进一步规范财务核算工作，做好部门决算编制与公开工作。"


def _texts(path):
    return [p.text for p in read_workbook(path).paragraphs]


# ---------------------------------------------------------------------------------------------------------------
# pdf.py: which lines head a table (mark_table_heads is given each table's top)


def test_a_title_under_a_paragraph_heads_its_table_though_a_note_stands_beside_the_tables_first_row(tmp_path):
    # a paragraph filling the measure, the table's title right under it in the same type (left-aligned, wider than
    # the narrow table below, so no header line of it), and a note with a full stop printed to the right of the
    # table's first row: the title still starts a paragraph of its own (it heads the table); the note, beside the
    # table and below its top, is no line between the title and the table
    w = PdfWriter()
    p = w.page()
    p.text(60, 60, FULL, 12)
    p.text(60, 75, FULL2, 12)
    title = "二〇二三年度一般公共预算财政拨款支出决算明细表"
    p.text(60, 90, title, 12)
    p.grid(60, 120, [80.0, 60.0, 60.0], [["项目", "本年支出", "上年支出"], ["合计", "10.00", "9.00"],
                                            ["基本支出", "6.00", "5.00"], ["项目支出", "4.00", "4.00"]])
    p.text(330, 124, "注：本表金额均保留两位小数。", 9)
    texts = _texts(w.save(tmp_path / "旁注.pdf"))
    assert title in texts
    assert FULL + FULL2 in texts
