"""Running text of a PDF: lines, pieces, page headers and numbers, paragraphs and headings (issue 14: these kill
the mutants of readers/pdf_text.py). Checked on the reader's paragraphs.

Text is 10 pt STSong-Light from tests/pdf_writer.py: every glyph one em wide, so a line of 40 characters from
x = 72 ends at 472, the body's right margin here."""

from __future__ import annotations

import pytest

from govaudit.readers.pdf import TEXT_SHEET, read_pdf
from pdf_writer import PdfWriter

FULL = "一二三四五六七八九十" * 4  # a full line: 72 … 472


class _Writer:
    def __init__(self, page, top: float = 100):
        self.page, self.top = page, top

    def put(self, text: str, x: float = 72, size: float = 10, gap: float = 17) -> None:
        self.page.text(x, self.top, text, size)
        self.top += gap


def test_where_a_paragraph_ends(tmp_path):
    """A line carries on the paragraph above only when that one ran to the right margin, the line starts at the
    left margin (up to 0.8 line heights in), in the same type (up to a quarter smaller or larger), at most 1.2
    line heights below, is a single piece, and does not open a new item (1. / 注：)."""
    w = PdfWriter()
    t = _Writer(w.page())
    t.put("第一部分 部门概况", 150, 14, 30)
    t.put("一、主要职能", gap=20)
    t.put("（一）机构设置", gap=20)
    t.put(FULL[:38], 92)
    t.put(FULL)
    t.page.text(72, t.top, "一" * 19)
    t.put("一" * 19, 267)  # stops exactly 1.5 line heights short of the margin (457): still wrapped …
    t.put("二" * 10, gap=30)
    t.page.text(72, t.top, "一" * 19)
    t.put("一" * 19, 266.9)  # … 0.1 pt shorter: the paragraph ended
    t.put("三" * 10, gap=30)
    t.put(FULL)
    t.put("四" * 20, 80)  # indented by exactly 0.8 line heights: still wrapped …
    t.put(FULL)
    t.put("五" * 20, 80.1, gap=30)  # … 0.1 pt more: a new paragraph
    t.put("一二三四五六七八九十" * 3 + "一二三四五六七八ab")
    t.put("c一二三", gap=30)  # two Latin words wrapped: a space between them
    t.put(FULL)
    t.put(FULL, size=7.5, gap=30)  # a quarter smaller: still the same paragraph …
    t.put(FULL)
    t.put(FULL, size=7.4, gap=30)  # … smaller still: a footnote
    t.put(FULL)
    t.put("1.第二项", gap=30)
    t.put(FULL)
    t.put("注：本表", gap=30)
    t.put(FULL, gap=22)
    t.put("间隔", gap=30)  # 12 pt below: exactly 1.2 line heights, still wrapped
    t.put(FULL, gap=22.1)
    t.put("间隔远", gap=30)
    t.put(FULL)
    t.page.text(72, t.top, "左边")
    t.page.text(300, t.top, "右边")
    book = read_pdf(w.save(tmp_path / "段.pdf"))
    assert [s.name for s in book.sheets] == [TEXT_SHEET]
    got = [(p.text, p.level) for p in book.paragraphs]
    assert got == [
        ("第一部分部门概况", 1), ("一、主要职能", 2), ("（一）机构设置", 3),
        (FULL[:38] + FULL + "一" * 38 + "二" * 10, None),
        ("一" * 38, None), ("三" * 10, None),
        (FULL + "四" * 20, None), (FULL, None), ("五" * 20, None),
        ("一二三四五六七八九十" * 3 + "一二三四五六七八ab c一二三", None),
        (FULL + FULL, None), (FULL, None), (FULL, None),
        (FULL, None), ("1.第二项", None),
        (FULL, None), ("注：本表", None),
        (FULL + "间隔", None), (FULL, None), ("间隔远", None),
        (FULL, None), ("左边 右边", None)]
    p = book.paragraphs[3]
    assert (p.index, p.cell, p.origin.page, p.origin.bbox) == (4, "A4", 1, (72.0, 170.0, 472.0, 231.0))


def test_a_long_line_is_no_heading_and_a_wrapped_heading_neither(tmp_path):
    w = PdfWriter()
    t = _Writer(w.page())
    t.put("二、" + "一" * 38, gap=30)  # 40 characters: a heading
    t.put("三、" + "一" * 39, gap=30)  # 41: a sentence that starts like one
    t.put(FULL)
    t.put(FULL, gap=30)
    t.put("四、" + "一" * 38)
    t.put("一二三", gap=30)  # a heading wrapped onto a second line: a paragraph, its level unknown
    book = read_pdf(w.save(tmp_path / "标题.pdf"))
    assert [(p.text, p.level) for p in book.paragraphs] == [
        ("二、" + "一" * 38, 2), ("三、" + "一" * 39, None), (FULL + FULL, None), ("四、" + "一" * 38 + "一二三", None)]


def test_page_numbers_and_running_headers_go(tmp_path):
    """Page numbers in any of their printed forms go; a line repeated in the top or bottom tenth of three or
    more pages goes; the same line in the body stays, and so does a line in the top band of one page only."""
    w = PdfWriter()
    numbers = ["第 1 页", "- 2 -", "3/4", "第4页 共4页"]
    for n, number in enumerate(numbers):
        p = w.page()
        p.text(250, 30, "某区测试局2024年度部门决算", 9)  # top band: 0 … 84.2
        p.text(290, 800, number, 9)
        if n == 0:
            p.text(72, 60, "只在第一页页眉的一行字", 9)
            p.text(72, 200, "某区测试局2024年度部门决算", 9)
        p.text(72, 300, f"第{n + 1}页的正文。", 10)
    book = read_pdf(w.save(tmp_path / "页眉.pdf"))
    assert [(p.text, p.origin.page) for p in book.paragraphs] == [
        ("只在第一页页眉的一行字", 1), ("某区测试局2024年度部门决算", 1), ("第1页的正文。", 1),
        ("第2页的正文。", 2), ("第3页的正文。", 3), ("第4页的正文。", 4)]


def test_a_header_on_two_pages_only_stays(tmp_path):
    w = PdfWriter()
    for n in range(2):
        p = w.page()
        p.text(250, 30, "某区测试局2024年度部门决算", 9)
        p.text(72, 300, f"第{n + 1}页的正文。", 10)
    book = read_pdf(w.save(tmp_path / "两页.pdf"))
    assert [p.text for p in book.paragraphs] == ["某区测试局2024年度部门决算", "第1页的正文。",
                                                 "某区测试局2024年度部门决算", "第2页的正文。"]


def test_lines_and_pieces(tmp_path):
    """Characters half a line height apart sit on one line; a gap of 1.6 line heights parts two pieces."""
    w = PdfWriter()
    p = w.page()
    p.text(72, 100, "一二三四五")
    p.text(122, 104.5, "六七")  # 4.5 pt lower: the same line
    p.text(158, 100, "八九")  # 16 pt after 七: the same piece
    p.text(194.1, 100, "十")  # 16.1 pt after 九: a piece of its own
    p.text(72, 140, "甲")
    p.text(72, 145.5, "乙")  # 5.5 pt lower than 甲: a line of its own
    book = read_pdf(w.save(tmp_path / "行.pdf"))
    assert [p.text for p in book.paragraphs] == ["一二三四五六七八九 十", "甲", "乙"]
    sheet = book.sheets[0]
    assert [(k, c.value) for k, c in sorted(sheet.cells.items())] == [
        ((1, 1), "一二三四五六七八九"), ((1, 2), "十"), ((2, 1), "甲"), ((3, 1), "乙")]
    assert sheet.origins[(1, 2)].bbox[:2] == (194.1, 100.0)


def _unruled(page, top: float, rows, x, gap: float = 16) -> float:
    for row in rows:
        for key, text in zip(x, row):
            if text:
                if key in ("total", "basic") and text[0].isdigit():
                    page.text_right(x[key] + 60, top, text, 9)
                else:
                    page.text(x[key], top, text, 9)
        top += gap
    return top


def test_a_table_printed_without_rules(tmp_path):
    """Columns from where the words sit: the 部门/单位 line, a header word wrapped onto a line of its own and a
    one-word line between rows take the columns they lie in (or the nearest); the note under the table is text
    again."""
    w = PdfWriter()
    p = w.page()
    p.text(200, 50, "支出决算表", 12)
    p.text(60, 80, "部门：某区测试局", 9)
    p.text(450, 80, "单位：万元", 9)
    x = {"code": 60, "name": 150, "total": 330, "basic": 410}
    rows = [("科目编码", "科目名称", "", "基本支出"), ("", "", "", "（人员）"),
            ("201", "一般公共服务支出", "30.00", "20.00"), ("", "", "", ""),
            ("20106", "财政事务", "30.00", "20.00"), ("2010601", "行政运行", "20.00", "20.00")]
    p.text(325, 110, "合计", 9)  # ends at 343, 2 pt before its column's numbers start (345): one column
    top = _unruled(p, 110, rows, x)
    p.text(240, 158, "（续）", 9)  # in the gap between two columns: the nearer one's (科目名称, centre 186)
    p.text(60, top + 2, "注：本表金额单位为万元。", 9)
    book = read_pdf(w.save(tmp_path / "无线.pdf"))
    (sheet,) = book.sheets
    assert [(k, c.value) for k, c in sorted(sheet.cells.items())] == [
        ((1, 1), "支出决算表"), ((2, 1), "部门：某区测试局"), ((2, 4), "单位：万元"),
        ((3, 1), "科目编码"), ((3, 2), "科目名称"), ((3, 3), "合计"), ((3, 4), "基本支出"), ((4, 4), "（人员）"),
        ((5, 1), "201"), ((5, 2), "一般公共服务支出"), ((5, 3), "30.00"), ((5, 4), "20.00"), ((6, 2), "（续）"),
        ((7, 1), "20106"), ((7, 2), "财政事务"), ((7, 3), "30.00"), ((7, 4), "20.00"),
        ((8, 1), "2010601"), ((8, 2), "行政运行"), ((8, 3), "20.00"), ((8, 4), "20.00"),
        ((9, 1), "注：本表金额单位为万元。")]
    assert sheet.origins[(5, 3)].bbox[0] == 345.0 and sheet.origins[(4, 4)].paragraph == 4


X3 = {"code": 60, "name": 150, "total": 330}


def _columns_of(tmp_path, rows, name, gap=16):
    w = PdfWriter()
    _unruled(w.page(), 110, rows, X3, gap)
    sheet = read_pdf(w.save(tmp_path / f"{name}.pdf")).sheets[0]
    return [(k, c.value) for k, c in sorted(sheet.cells.items())]


def test_three_lines_in_the_same_places_are_a_table_two_are_not(tmp_path):
    two = [("201", "一般公共服务支出", "30.00"), ("301", "", "4.00")]
    assert _columns_of(tmp_path, two, "两行") == [
        ((1, 1), "201"), ((1, 2), "一般公共服务支出"), ((1, 3), "30.00"), ((2, 1), "301"), ((2, 2), "4.00")]
    three = [("201", "一般公共服务支出", "30.00"), ("202", "外交支出", "5.00"), ("301", "", "4.00")]
    assert _columns_of(tmp_path, three, "三行")[-2:] == [((3, 1), "301"), ((3, 3), "4.00")]


def test_rows_further_apart_join_only_in_the_same_columns(tmp_path):
    """Rows 40 pt apart (more than three line heights, at most eight) are one table when their words line up;
    a row 91 pt under the one above (more than eight line heights) starts another run of lines, too short to be a
    table."""
    rows = [("201", "一般公共服务支出", "30.00"), ("202", "外交支出", "5.00"), ("203", "国防支出", "6.00"),
            ("301", "", "4.00")]
    assert _columns_of(tmp_path, rows, "高行", gap=40)[-2:] == [((4, 1), "301"), ((4, 3), "4.00")]
    w = PdfWriter()
    p = w.page()
    top = _unruled(p, 110, rows[:3], X3, 40)
    _unruled(p, top + 60, rows[3:], X3)  # 100 pt below the row above: 91 pt between them
    sheet = read_pdf(w.save(tmp_path / "远.pdf")).sheets[0]
    assert [(k, c.value) for k, c in sorted(sheet.cells.items())][-2:] == [((4, 1), "301"), ((4, 2), "4.00")]


def test_page_number_bands_are_the_top_and_bottom_tenth(tmp_path):
    """On a page 840 pt tall the bands end at 84 and start at 756: a page number inside them goes, 0.1 pt
    outside it stays (as text)."""
    w = PdfWriter()
    for n, top in enumerate((74.0, 74.1, 756.0, 755.9), start=1):
        p = w.page(595, 840)
        p.text(72, 300, f"第{n}页的正文。")
        p.text(290, top, f"- {n} -")
    book = read_pdf(w.save(tmp_path / "页码.pdf"))
    assert [(p.text, p.origin.page) for p in book.paragraphs] == [
        ("第1页的正文。", 1), ("- 2 -", 2), ("第2页的正文。", 2), ("第3页的正文。", 3), ("第4页的正文。", 4),
        ("- 4 -", 4)]


def test_lines_of_eight_characters_set_the_margins(tmp_path):
    """A page of narrow text, 8 characters a line: those lines set the margins, so its wrapped lines join."""
    w = PdfWriter()
    t = _Writer(w.page())
    for _ in range(3):
        t.put("一二三四五六七八")
    t.put("九十。")
    book = read_pdf(w.save(tmp_path / "窄.pdf"))
    assert [p.text for p in book.paragraphs] == ["一二三四五六七八" * 3 + "九十。"]


def test_four_one_word_lines_end_a_table_without_rules(tmp_path):
    """Up to three lines of one word each inside a table printed without rules belong to it; after four the
    table has ended, and a row under them, alone, is not in its columns."""
    rows = [("201", "一般公共服务支出", "30.00"), ("202", "外交支出", "5.00"), ("203", "国防支出", "6.00")]
    for words, last in ((3, ((7, 1), (7, 3))), (4, ((8, 1), (8, 2)))):
        w = PdfWriter()
        p = w.page()
        top = _unruled(p, 110, rows, X3)
        for k in range(words):
            p.text(150, top + 16 * k, f"说明{k + 1}", 9)
        _unruled(p, top + 16 * words, [("301", "", "4.00")], X3)
        sheet = read_pdf(w.save(tmp_path / f"{words}词.pdf")).sheets[0]
        cells = [(k, c.value) for k, c in sorted(sheet.cells.items())]
        assert cells[-2:] == [(last[0], "301"), (last[1], "4.00")], words


@pytest.mark.parametrize("extra, last", [
    # a one-word line, then a row of two words right under it: both are the table's
    ([(158, 150, "小计"), (174, 60, "301"), (174, 345, "4.00")], [((5, 1), "301"), ((5, 3), "4.00")]),
    # a one-word line, then a row in the same columns but 41 pt under it (more than three line heights): not
    ([(158, 150, "小计"), (208, 60, "301"), (208, 345, "4.00")], [((5, 1), "301"), ((5, 2), "4.00")]),
    # a row 31 pt under the table whose words lie under none of its columns: not the table's
    ([(182, 110, "甲"), (182, 290, "乙乙")], [((4, 1), "甲"), ((4, 2), "乙乙")]),
])
def test_what_joins_a_table_without_rules_below(tmp_path, extra, last):
    rows = [("201", "一般公共服务支出", "30.00"), ("202", "外交支出", "5.00"), ("203", "国防支出", "6.00")]
    w = PdfWriter()
    p = w.page()
    _unruled(p, 110, rows, X3)
    for top, x, text in extra:
        p.text(x, top, text, 9)
    sheet = read_pdf(w.save(tmp_path / "下.pdf")).sheets[0]
    assert [(k, c.value) for k, c in sorted(sheet.cells.items())][-2:] == last


def test_a_title_in_large_type_wrapped_over_two_lines_is_one_paragraph(tmp_path):
    """A cover page with only a title in 60 pt type, wrapped: no line holds 8 characters, so the body's margins
    are taken as 12 % and 88 % of the page's width; the first line runs to the right one and the title reads as
    one paragraph."""
    w = PdfWriter()
    p = w.page()
    p.text(100, 200, "某区测试局二〇", 60)  # 100 … 520: within 1.5 line heights of 88 % of 595 (523.6)
    p.text(100, 265, "二四年决算", 60)
    p = w.page()  # the same, the second line set in by more than 0.8 line heights from 12 % (71.4 + 48): two
    p.text(100, 200, "某区测试局二〇", 60)
    p.text(120, 265, "二四年决算", 60)
    assert [q.text for q in read_pdf(w.save(tmp_path / "封面.pdf")).paragraphs] == [
        "某区测试局二〇二四年决算", "某区测试局二〇", "二四年决算"]


def test_one_line_running_past_the_margin_does_not_move_it(tmp_path):
    """The body's right margin is where nine lines in ten end, not the longest line: one line printed 40 pt wider
    (a long number or web address that would not break) leaves the paragraph above it joined."""
    w = PdfWriter()
    p = w.page()
    ws = _Writer(p)
    for _ in range(4):
        ws.put(FULL)
    ws.put("网址" + "一二三四五六七八九十" * 4, x=92)  # indented: a paragraph of its own, 92 … 512
    paras = [q.text for q in read_pdf(w.save(tmp_path / "宽行.pdf")).paragraphs]
    assert paras == [FULL * 4, "网址" + "一二三四五六七八九十" * 4]


def test_a_line_wrapped_early_before_a_number_and_its_unit_carries_on(tmp_path):
    """A typesetter wraps a line early rather than split "1234.56万元，" or start a line with a comma: the line above
    stops short by about that width, and still the paragraph goes on; after a full stop it does not."""
    w = PdfWriter()
    p = w.page()
    ws = _Writer(p)
    ws.put(FULL[:36])  # 72 … 432: 40 pt short of the margin, the next line's "1234.56万元，" is 100 pt wide
    ws.put("1234.56万元，" + FULL[:30])
    ws.put(FULL)
    ws.put(FULL[:35] + "。")  # ends a sentence 40 pt short: the paragraph ends here
    ws.put("1234.56万元，" + FULL[:30])
    paras = [q.text for q in read_pdf(w.save(tmp_path / "早折.pdf")).paragraphs]
    assert paras == [FULL[:36] + "1234.56万元，" + FULL[:30] + FULL + FULL[:35] + "。", "1234.56万元，" + FULL[:30]]


def test_an_unbreakable_last_line_and_a_line_well_short_before_a_year(tmp_path):
    """A paragraph's last line may be only the unbroken amount ("12.34万元。", the line above stopped short by its
    width): still one paragraph. A line stopping far shorter than the next line's unbroken start (a year, 40 pt)
    ends its paragraph."""
    w = PdfWriter()
    p = w.page()
    ws = _Writer(p)
    ws.put(FULL)
    ws.put(FULL[:35])  # 72 … 422: 50 pt short, "12.34万元。" is 80 pt wide
    ws.put("12.34万元。")
    ws.put(FULL[:23])  # 72 … 302: far short, no full stop
    ws.put("2024年" + FULL[:30])
    paras = [q.text for q in read_pdf(w.save(tmp_path / "整行.pdf")).paragraphs]
    assert paras == [FULL + FULL[:35] + "12.34万元。", FULL[:23], "2024年" + FULL[:30]]


def test_latin_words_wrapped_across_lines_keep_a_space(tmp_path):
    """Two Latin words parted by a line wrap are joined with a space ("ABC D型"); Chinese is joined with none."""
    w = PdfWriter()
    ws = _Writer(w.page())
    ws.put("2024年" + FULL[:32] + "ABC")  # a full line ending in a Latin word (the paragraph opens with a digit)
    ws.put("D1型设备采购" + FULL[:20])  # … the next one opening with one ("D1型")
    paras = [q.text for q in read_pdf(w.save(tmp_path / "西文.pdf")).paragraphs]
    assert paras == ["2024年" + FULL[:32] + "ABC D1型设备采购" + FULL[:20]]


def test_a_footnote_of_only_yi_is_in_a_smaller_type(tmp_path):
    """The type size is read from the Chinese characters, "一" (U+4E00, the first of them) included: a line of
    only 一 in 7 pt under a full 10 pt line is a footnote, a paragraph of its own."""
    w = PdfWriter()
    ws = _Writer(w.page())
    ws.put(FULL, gap=12)
    ws.put("一" * 50, size=7)
    paras = [q.text for q in read_pdf(w.save(tmp_path / "一.pdf")).paragraphs]
    assert paras == [FULL, "一" * 50]


def _cells(tmp_path, draw, name) -> list:
    w = PdfWriter()
    draw(w.page())
    sheet = read_pdf(w.save(tmp_path / f"{name}.pdf")).sheets[0]
    return [(k, c.value) for k, c in sorted(sheet.cells.items())]


ROWS3 = [("201", "一般公共服务支出", "30.00"), ("202", "外交支出", "5.00"), ("203", "国防支出", "6.00")]


@pytest.mark.parametrize("below, joined", [(27, True), (27.1, False)])
def test_a_row_three_line_heights_under_a_table_without_rules_is_its_row(tmp_path, below, joined):
    """9 pt rows: a line up to exactly 27 pt (three line heights) under the table is one of its rows, wherever its
    words sit (甲 nearest the 科目编码 column, 乙乙 the numbers'); 0.1 pt further, in no column, it is not."""
    def draw(p):
        top = _unruled(p, 110, ROWS3, X3)  # the last row's bottom: 151
        p.text(110, top - 16 + 9 + below, "甲", 9)
        p.text(290, top - 16 + 9 + below, "乙乙", 9)
    last = [((4, 1), "甲"), ((4, 3), "乙乙")] if joined else [((4, 1), "甲"), ((4, 2), "乙乙")]
    assert _cells(tmp_path, draw, "三行高")[-2:] == last


@pytest.mark.parametrize("below, joined", [(72, True), (72.1, False)])
def test_a_row_in_the_same_columns_up_to_eight_line_heights_down_joins(tmp_path, below, joined):
    """Two rows and, exactly 72 pt (eight 9 pt line heights) under them, a third in their columns: a table of
    three rows (301's amount in the third column); 0.1 pt further, two rows and a line: no table."""
    def draw(p):
        top = _unruled(p, 110, ROWS3[:2], X3)
        _unruled(p, top - 16 + 9 + below, [("301", "", "4.00")], X3)
    last = [((3, 1), "301"), ((3, 3), "4.00")] if joined else [((3, 1), "301"), ((3, 2), "4.00")]
    assert _cells(tmp_path, draw, "八行高")[-2:] == last


def test_words_that_only_touch_a_tables_columns_are_not_under_them(tmp_path):
    """A row 40 pt under a table without rules (further than three line heights) joins it only when two of its
    words lie under the table's columns; words ending exactly where a column starts (甲甲 at 60, 丁丁 at 150) or
    starting exactly where one ends (乙 at 87, 丙 at 390) touch it but do not lie under it."""
    def draw(p):
        top = _unruled(p, 110, ROWS3, X3)  # columns 60…87, 150…222, 345…390
        for x, text in ((42, "甲甲"), (87, "乙"), (132, "丁丁"), (390, "丙")):
            p.text(x, top + 24, text, 9)
    assert _cells(tmp_path, draw, "相接")[-4:] == [((4, 1), "甲甲"), ((4, 2), "乙"), ((4, 3), "丁丁"), ((4, 4), "丙")]


def test_a_header_word_touching_a_column_goes_to_the_nearest(tmp_path):
    """A line of two words above a table without rules (fewer words than its rows: not used for the columns):
    乙… ends exactly where the 科目名称 column starts (150) and 丙… starts exactly where it ends (222); touching is
    not lying over, so each goes to the column whose middle is nearest its own (the first, the third)."""
    def draw(p):
        p.text(96, 94, "乙" * 6, 9)  # 96 … 150, middle 123: nearer 60…87 than 150…222
        p.text(222, 94, "丙" * 13, 9)  # 222 … 339, middle 280.5: nearer 345…390 than 150…222
        _unruled(p, 110, ROWS3, X3)
    assert _cells(tmp_path, draw, "表头相接")[:2] == [((1, 1), "乙" * 6), ((1, 3), "丙" * 13)]


def test_the_last_chinese_character_counts_for_the_type_size():
    """U+9FFF, the last character of the CJK block, counts as Chinese for the type size too (no font of the test
    writer has it, so the characters are given as PDFium would report them): a line of it in 7 pt under a full
    10 pt line does not carry that paragraph on."""
    from govaudit.readers.pdf_page import Char
    from govaudit.readers.pdf_text import Margins, continues, page_lines

    full = [Char(ch, 72 + 10 * i, 100, 82 + 10 * i, 110) for i, ch in enumerate(FULL)]
    small = [Char(ch, 72 + 7 * i, 117, 79 + 7 * i, 124) for i, ch in enumerate("\u9fff" * 50)]
    prev, line = page_lines(1, full + small)
    assert len(line.chars) == 50
    assert not continues(prev, line, Margins(72, 472), True)
    line.type_size = False
    line.chars = [c._replace(text="三") for c in line.chars]  # the same line in characters the writer has
    assert not continues(prev, line, Margins(72, 472), True)
    prev.type_size = line.type_size = None  # sizes unknown: the line would carry the paragraph on
    assert continues(prev, line, Margins(72, 472), True)


def test_a_last_line_that_is_all_one_amount_carries_the_paragraph_on(tmp_path):
    """The whole last line is an amount that may not be broken ("12.34万元。", 80 pt): the line above may stop that
    much short of a margin set by full lines (472 - 1.5 line heights - 80 = 377), and the paragraph goes on;
    0.1 pt shorter, it ends there. (The line above ends in a comma: one ending in words is carried on by a figure
    opening the next line however short it stops, readers/pdf_hand_breaks.py, as claims.joined does.)"""
    above = FULL[:29] + "，"
    for x1, one in ((377, True), (376.9, False)):
        w = PdfWriter()
        ws = _Writer(w.page())
        for _ in range(9):
            ws.put(FULL)
        ws.put(above, x=x1 - 300)
        ws.put("12.34万元。")
        paras = [q.text for q in read_pdf(w.save(tmp_path / "一个数.pdf")).paragraphs]
        assert paras == ([FULL * 9 + above + "12.34万元。"] if one else [FULL * 9 + above, "12.34万元。"])


def test_a_line_of_mixed_type_sizes_is_parted_at_a_gap_of_its_median_height(tmp_path):
    """A line's height is the median of its characters' (two of 10 pt and two of 20 pt: 15), so its pieces part
    at gaps wider than 24 pt: 28 pt between 二 and 三 make two cells."""
    w = PdfWriter()
    p = w.page()
    p.text(72, 100, "一二", 10)
    p.text(120, 95, "三四", 20)
    p.text(72, 300, FULL)  # (a page of fewer than 10 characters would be taken for an empty file)
    sheet = read_pdf(w.save(tmp_path / "混排.pdf")).sheets[0]
    assert [(k, c.value) for k, c in sorted(sheet.cells.items())][:2] == [((1, 1), "一二"), ((1, 2), "三四")]


def _sheet(tmp_path, draw, name):
    w = PdfWriter()
    draw(w.page())
    return read_pdf(w.save(tmp_path / f"{name}.pdf")).sheets[0]


def test_columns_come_from_rows_with_the_usual_number_of_words(tmp_path):
    """Three rows of two words (编码, and an amount in the fourth column) and one of three: two words is the usual
    number, so every row's words make the columns — the amounts keep a column of their own, apart from the third
    row's 30.00."""
    def draw(p):
        p.text(60, 110, "201", 9)
        p.text(150, 110, "一般公共服务支出", 9)
        p.text_right(390, 110, "30.00", 9)
        for k, (code, amount) in enumerate((("202", "5.00"), ("203", "6.00"), ("204", "7.00"))):
            p.text(60, 126 + 16 * k, code, 9)
            p.text_right(470, 126 + 16 * k, amount, 9)
    cells = [(k, c.value) for k, c in sorted(_sheet(tmp_path, draw, "两词").cells.items())]
    assert cells == [((1, 1), "201"), ((1, 2), "一般公共服务支出"), ((1, 3), "30.00"), ((2, 1), "202"), ((2, 4), "5.00"),
                     ((3, 1), "203"), ((3, 4), "6.00"), ((4, 1), "204"), ((4, 4), "7.00")]


def test_a_column_spans_its_widest_word(tmp_path):
    """A column is as wide as the widest word in it, even when a narrower one starts further right (外交 at 160
    inside 一般公共服务支出's 150 … 222): a header word from 205 to 340 lies over it, not the amounts' column."""
    def draw(p):
        p.text(60, 94, "单位", 9)
        p.text(205, 94, "甲" * 15, 9)  # 205 … 340, its middle 272.5: nearer the amounts' (367.5) than 175
        for k, (code, name, x, amount) in enumerate((("201", "一般公共服务支出", 150, "30.00"), ("202", "外交", 160, "5.00"),
                                                     ("203", "国防支出", 150, "6.00"))):
            p.text(60, 110 + 16 * k, code, 9)
            p.text(x, 110 + 16 * k, name, 9)
            p.text_right(390, 110 + 16 * k, amount, 9)
    cells = [(k, c.value) for k, c in sorted(_sheet(tmp_path, draw, "宽词").cells.items())]
    assert cells[:2] == [((1, 1), "单位"), ((1, 2), "甲" * 15)]


def test_a_table_of_two_columns_without_rules(tmp_path):
    """Two columns are a table: a one-word line between its rows (4.00 under the amounts) goes to its column."""
    def draw(p):
        for top, name, amount in ((110, "项目甲", "1.00"), (126, "项目乙", "2.00"), (142, "", "4.00"),
                                  (158, "项目丙", "3.00")):
            if name:
                p.text(60, top, name, 9)
            p.text_right(390, top, amount, 9)
    cells = [(k, c.value) for k, c in sorted(_sheet(tmp_path, draw, "两列").cells.items())]
    assert cells[4] == ((3, 2), "4.00")


def test_a_word_over_two_columns_is_merged_across_them(tmp_path):
    """A line above the rows whose one word runs from the 科目名称 column into the amounts' is a cell merged across
    both."""
    def draw(p):
        p.text(60, 94, "部门", 9)
        p.text(210, 94, "支出" * 8, 9)  # 210 … 354: over 150 … 222 and 345 … 390
        _unruled(p, 110, ROWS3, X3)
    sheet = _sheet(tmp_path, draw, "跨列")
    assert sheet.get(1, 2).value == "支出" * 8 and (1, 2, 1, 3) in sheet.merged


def test_a_tall_row_joins_when_it_lines_up_with_the_last_row_of_two_words(tmp_path):
    """Rows further apart than three line heights join when they line up with the table's last row of two or more
    words: here a row of two (编码 and an amount in the fourth column), under which the next row, 40 pt down, is
    aligned; the three-word row above it is not, in its amount."""
    def draw(p):
        p.text(60, 110, "201", 9)
        p.text(150, 110, "一般公共服务支出", 9)
        p.text_right(390, 110, "30.00", 9)
        for top, code, amount in ((126, "202", "5.00"), (175, "203", "6.00")):
            p.text(60, top, code, 9)
            p.text_right(470, top, amount, 9)
    cells = [(k, c.value) for k, c in sorted(_sheet(tmp_path, draw, "高行两词").cells.items())]
    assert cells[3:] == [((2, 1), "202"), ((2, 4), "5.00"), ((3, 1), "203"), ((3, 4), "6.00")]


def test_the_median_height_of_an_odd_number_of_characters_is_the_middle_one(tmp_path):
    """Five characters of 10, 10, 15, 20 and 20 pt: the line's height is 15, so a gap of 22 pt (under 1.6 × 15)
    does not part it."""
    w = PdfWriter()
    p = w.page()
    p.text(72, 100, "一二", 10)
    p.text(92, 97.5, "三", 15)
    p.text(129, 95, "四五", 20)
    p.text(72, 300, FULL)
    sheet = read_pdf(w.save(tmp_path / "中位.pdf")).sheets[0]
    assert sheet.get(1, 1).value.replace(" ", "") == "一二三四五" and sheet.get(1, 2) is None


def test_two_chinese_characters_give_a_lines_type_size(tmp_path):
    """A 7 pt line of figures with two Chinese characters under a full 10 pt line: two are enough to tell its
    type size, a footnote's, so it is a paragraph of its own."""
    w = PdfWriter()
    ws = _Writer(w.page())
    ws.put(FULL, gap=12)
    ws.put("1234567890" * 5 + "万元", size=7)
    paras = [q.text for q in read_pdf(w.save(tmp_path / "两字.pdf")).paragraphs]
    assert paras == [FULL, "1234567890" * 5 + "万元"]
