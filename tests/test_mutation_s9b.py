"""Mutation tests (issue 14, session 9, s9mutB) for the PDF reader: the survivors of a whole-file run on
readers/pdf.py (the first since session 5 on the whole file), on readers/pdf_common.py (new in session 8) and on
pdf_grid._merge. Each test builds a small PDF (or, for the shared text helpers, gives the helper a real title) and
asserts what is read: paragraphs, rows, cells, merges."""

from __future__ import annotations

from govaudit.readers import read_workbook
from govaudit.readers.pdf_common import same_title, title_like
import test_pdf_split_rows as sr
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


# ---------------------------------------------------------------------------------------------------------------
# pdf.py: a new table whose first row is the rest of the last row of the table before (_new_table with `carried`)


def test_a_new_table_begun_with_the_rest_of_a_broken_row_keeps_its_rows_in_place_and_its_own_broken_row(tmp_path):
    # 支出决算表 ends on page 1 with 收入决算表's title and its 部门/单位 row, which breaks at the page's foot (as in
    # test_pdf_split_rows); 收入决算表 on page 2 begins with the row's rest, and its own row 208 breaks at the foot of
    # page 2 ("社会保障" | "155.1" there, "和就业支" / "出" | "7" on page 3); a note follows on page 3. Every row
    # lies right under the one before (no row left empty between, none written over another), row 208 is one row
    # again, and the note comes next
    w = PdfWriter()
    p1 = w.page()
    p1.text(120, 60, "支出决算表", 14)
    p1.text(sr.X0, 90, "部门：某区测试局　　单位：万元", sr.SIZE)
    spent = [["科目编码"], ["科目名称"], ["本年支出", "合计"], ["基本支出"]]
    sr._table(p1, 110, [spent] + sr._rows(sr.BODY[1:]) + [[["收入决算表"], [], [], []]]
              + [[["部门：某区测试"], ["金额单"], [], []]])
    p2 = w.page()
    social = sr._rows([sr.SOCIAL])[0]
    sr._table(p2, 60, [[["局"], ["位：万元"], [], []]] + [[list(h) for h in sr.HEADER]] + sr._rows(sr.BODY)
              + [[[lines[0]] for lines in social]])
    p3 = w.page()
    bottom = sr._table(p3, 60, [[lines[1:] for lines in social]] + sr._rows(sr.REST))
    p3.text(sr.X0, bottom + 20, "注：本表为部门收入决算表。", sr.SIZE)
    path = w.save(tmp_path / "新表续行.pdf")
    sheet = read_workbook(path).sheets[0]
    rows: dict[int, list[str]] = {}
    for (r, _c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell.value)
    numbers = sorted(rows)
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))  # no empty row between, none lost
    texts = list(rows.values())
    at = texts.index(["部门：某区测试局", "金额单位：万元"])
    assert texts[at + 1] == ["科目编码", "科目名称", "本年收入合计", "财政拨款收入"]
    assert texts[at + 2:at + 6] == [[t for t in row if t] for row in sr.BODY]
    assert texts[at + 6] == sr.SOCIAL  # broken on page 2, one row again
    assert texts[at + 7:at + 9] == sr.REST
    assert texts[at + 9:] == [["注：本表为部门收入决算表。"]]


def test_a_row_broken_at_the_foot_of_a_page_that_began_with_the_rest_of_a_broken_row_joins_too(tmp_path):
    # long rows (wrapped names): row 208 breaks at the foot of page 1; page 2 repeats the header, then holds 208's
    # rest and the first lines of row 20801, which breaks again at page 2's foot; page 3 holds 20801's rest. Both
    # rows are one row again (page 2's first laid-out band is its joined row: the band after it is a row of the table)
    w = PdfWriter()
    p1 = w.page()
    sr._heading(p1, 60)
    social, staff = sr._rows([sr.SOCIAL, sr.REST[0]])
    head = [[list(h) for h in sr.HEADER]]
    sr._table(p1, 110, head + sr._rows(sr.BODY) + [[lines[:1] for lines in social]])
    sr._table(w.page(), 60, head + [[lines[1:] for lines in social]] + [[lines[:1] for lines in staff]])
    sr._table(w.page(), 60, [[lines[1:] for lines in staff]] + sr._rows(sr.REST[1:]))
    rows = sr._row_texts(w.save(tmp_path / "两次断行.pdf"))
    assert rows[-3:] == [sr.SOCIAL] + sr.REST
    assert rows.count(["科目编码", "科目名称", "本年收入合计", "财政拨款收入"]) == 1


# ---------------------------------------------------------------------------------------------------------------
# pdf_common.py: the comparisons of a table's title (shared by pdf.py and pdf_strips.py)


def test_a_strip_pages_title_cut_to_its_last_four_characters_is_still_the_tables_title():
    # a title centred over the whole sheet, cut at the strip page's left edge: four characters left are enough to
    # say it is the table's title repeated, three are not (any table's title ends with "总表")
    assert same_title("收入总表", "2026年部门收入总表")
    assert same_title("收入总表（续）", "2026年部门收入总表")
    assert not same_title("入总表", "2026年部门收入总表")
    assert not same_title("支出总表", "2026年部门收入总表")
    assert not same_title("收入总表", None)


def test_a_title_of_forty_characters_is_a_title_and_one_of_forty_one_is_not():
    name = "某某市某某区人民政府办公室（区外事办公室、区人民防空办公室）"  # 30 characters
    forty = name + "一般公共预算支出决算表"[1:]  # 30 + 10
    assert len(forty) == 40 and title_like(forty)
    assert title_like(forty + "（单位：万元）")  # a unit in brackets at the end is no part of it
    assert not title_like("某" + forty)  # 41 characters: a sentence-long line, not a title
    assert not title_like("注：" + "一般公共预算支出决算表")


def test_a_pages_only_row_below_its_repeated_header_broken_at_the_foot_joins_its_rest(tmp_path):
    # page 2 repeats the header and holds one long row only (20801's first lines), broken at its foot; page 3 holds
    # the rest: the row laid out first on page 2 (band 1, below the repeated header) is a row of the table, and joins
    w = PdfWriter()
    p1 = w.page()
    sr._heading(p1, 60)
    (staff,) = sr._rows([sr.REST[0]])
    head = [[list(h) for h in sr.HEADER]]
    sr._table(p1, 110, head + sr._rows(sr.BODY + [sr.SOCIAL]))
    sr._table(w.page(), 60, head + [[lines[:1] for lines in staff]])
    sr._table(w.page(), 60, [[lines[1:] for lines in staff]] + sr._rows(sr.REST[1:]))
    rows = sr._row_texts(w.save(tmp_path / "独行断开.pdf"))
    assert rows[-3:] == [sr.SOCIAL] + sr.REST
    assert rows.count(["科目编码", "科目名称", "本年收入合计", "财政拨款收入"]) == 1
