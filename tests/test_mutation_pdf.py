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


def _cells(sheet):
    return sorted((k, c.value) for k, c in sheet.cells.items())


@pytest.mark.parametrize("x", [262.0, 252.0])  # 金额 just right of the line between columns 2 and 3, or just left
def test_a_header_word_over_two_columns_is_merged_across_them(tmp_path, x):
    """Header words printed without rules just above a table take its columns; 金额 centred near a column line heads
    both columns beside it."""
    w = PdfWriter()
    page = w.page()
    page.text(112, 84, "项目")
    page.text(x, 84, "金额")
    page.grid(72, 100, [100, 100, 100], [["甲", "1.00", "2.00"], ["乙", "3.00", "4.00"]])
    book = read_pdf(w.save(tmp_path / "表头.pdf"))
    sheet = book.sheets[0]
    assert _cells(sheet)[:2] == [((1, 1), "项目"), ((1, 2), "金额")] and sheet.get(1, 3) is None
    assert sheet.merged == [(1, 2, 1, 3)]
    assert sheet.origins[(1, 3)] == sheet.origins[(1, 2)] and sheet.origins[(1, 2)].bbox[0] == x
    assert sheet.origins[(1, 1)].bbox[:2] == (112.0, 84.0) and sheet.origins[(1, 1)].paragraph == 1


def _income_table_page(w: PdfWriter) -> None:
    """Page 1: 收入决算表 and its table of a header and one row."""
    p1 = w.page()
    p1.text(200, 70, "收入决算表")
    p1.grid(72, 100, [200, 150], [["项目", "金额"], ["甲", "1.00"]])


def test_a_repeated_title_above_the_continued_table_is_left_out(tmp_path):
    w = PdfWriter()
    _income_table_page(w)
    p2 = w.page()
    p2.text(200, 70, "收入决算表（续）")
    p2.grid(72, 100, [200, 150], [["乙", "2.00"]])
    book = read_pdf(w.save(tmp_path / "续表.pdf"))
    assert _cells(book.sheets[0]) == [((1, 1), "收入决算表"), ((2, 1), "项目"), ((2, 2), "金额"), ((3, 1), "甲"),
                                      ((3, 2), "1.00"), ((4, 1), "乙"), ((4, 2), "2.00")]
    assert [p.text for p in book.paragraphs] == ["收入决算表"]


def test_a_line_of_separate_words_on_a_table_page_is_one_cell_per_word(tmp_path):
    """“部门：…　　单位：万元” above a table (too far to be its header): each word its own cell, the paragraph whole."""
    w = PdfWriter()
    page = w.page()
    page.text(72, 40, "部门：某区测试局")
    page.text(400, 40, "单位：万元")
    page.grid(72, 200, [200, 150], [["项目", "金额"], ["甲", "1.00"]])
    book = read_pdf(w.save(tmp_path / "单位.pdf"))
    sheet = book.sheets[0]
    assert _cells(sheet)[:3] == [((1, 1), "部门：某区测试局"), ((1, 2), "单位：万元"), ((2, 1), "项目")]
    assert (sheet.origins[(1, 1)].bbox, sheet.origins[(1, 2)].bbox) == ((72.0, 40.0, 152.0, 50.0),
                                                                      (400.0, 40.0, 450.0, 50.0))
    assert [(p.text, p.cell, p.origin.bbox) for p in book.paragraphs] == [
        ("部门：某区测试局 单位：万元", "A1", (72.0, 40.0, 450.0, 50.0))]


def test_a_continued_table_whose_right_edge_is_seven_points_off_is_a_new_table(tmp_path):
    w = PdfWriter()
    w.page().grid(72, 100, [200, 150], ROWS1)
    w.page().grid(72, 100, [200, 157], ROWS2)
    sheet = read_pdf(w.save(tmp_path / "右.pdf")).sheets[0]
    assert _rows(sheet)[3] == ["项目", "金额", None]  # the header of a table of its own, not left out
    w = PdfWriter()
    w.page().grid(72, 100, [200, 150], ROWS1)
    w.page().grid(72, 100, [200, 156], ROWS2)  # exactly 6 pt off: carried over, its repeated header left out
    sheet = read_pdf(w.save(tmp_path / "右6.pdf")).sheets[0]
    assert _rows(sheet)[3] == ["丙", "3.00", None]


GRID4 = [["甲", "1.00", "2.00", "3.00"], ["乙", "4.00", "5.00", "6.00"]]  # columns 72 | 172 | 272 | 372 | 472


def _header_cells(tmp_path, words, name):
    """Header words (x, top, text) printed without rules above a 4-column table whose top rule is at y = 100;
    the sheet's cells of the rows above the table's body."""
    w = PdfWriter()
    page = w.page()
    for x, top, text in words:
        page.text(x, top, text)
    page.grid(72, 100, [100, 100, 100, 100], GRID4)
    sheet = read_pdf(w.save(tmp_path / f"{name}.pdf")).sheets[0]
    body = min(r for (r, c), cell in sheet.cells.items() if cell.value == "甲")
    return [(k, c.value) for k, c in sorted(sheet.cells.items()) if k[0] < body], sheet


def test_header_words_take_the_columns_they_lie_over(tmp_path):
    """A word at the table's left or right edge heads that edge's column; a word lying a quarter of a column into
    the next one heads only the column holding the rest; a word whose centre is 15 % of a column from a rule
    (not less) is not taken for a heading of both columns; two header lines stacked both take the columns."""
    cells, sheet = _header_cells(tmp_path, [
        (150, 30, "收入支出决算表"),  # the title, far above: not a header line (nor are the lines under it cut off)
        (177, 80, "年度"),  # centre 187: 15 pt (15 %) right of the rule at 172
        (74, 90, "科目"),  # centre 84, at the left edge
        (147, 90, "一般公共预算财政拨款"),  # 147 … 247: 25 pt in column 1, 75 in column 2
        (347, 90, "支出"),  # centre 357: 15 pt left of the rule at 372
        (450, 90, "合计"),  # centre 460, at the right edge
    ], "表头")
    assert cells == [((1, 1), "收入支出决算表"), ((2, 2), "年度"), ((3, 1), "科目"), ((3, 2), "一般公共预算财政拨款"),
                     ((3, 3), "支出"), ((3, 4), "合计")]
    assert sheet.merged == []


@pytest.mark.parametrize("top, attached", [(65.0, True), (64.9, False), (91.0, True), (91.1, False)])
def test_header_line_distance_from_the_table(tmp_path, top, attached):
    """A header line whose bottom is 2.5 line heights above the table's top rule is still its header, 0.1 pt
    further is not; one whose bottom reaches 1 pt past the rule is, 1.1 pt is not."""
    cells, _sheet = _header_cells(tmp_path, [(74, top, "科目"), (274, top, "决算数")], f"距离{top}")
    assert cells == [((1, 1), "科目"), ((1, 3 if attached else 2), "决算数")]


@pytest.mark.parametrize("x0, x1, attached", [(66.0, 440, True), (65.9, 440, False), (74, 478.0, True),
                                               (74, 478.1, False)])
def test_header_line_within_six_points_of_the_table_edges(tmp_path, x0, x1, attached):
    cells, _sheet = _header_cells(tmp_path, [(x0, 90, "科目"), (x1 - 30, 90, "决算数")], f"边{x0}-{x1}")
    assert cells == [((1, 1), "科目"), ((1, 4 if attached else 2), "决算数")]


def test_header_lines_of_a_table_beside_another(tmp_path):
    """The header of the right-hand table is found although the left-hand table ends 1 pt above its top rule
    (only a table ending more than 1 pt above it bounds its header from above)."""
    w = PdfWriter()
    page = w.page()
    page.grid(60, 200, [100], [["丙"], ["丁"]])  # bottom 236
    page.text(300, 226, "科目")
    page.text(420, 226, "决算数")
    page.grid(300, 237, [60, 60, 60], [["戊", "", "3.00"]])
    sheet = read_pdf(w.save(tmp_path / "并排.pdf")).sheets[0]
    assert [(k, c.value) for k, c in sorted(sheet.cells.items())] == [
        ((1, 1), "丙"), ((2, 1), "丁"), ((3, 1), "科目"), ((3, 3), "决算数"), ((4, 1), "戊"), ((4, 3), "3.00")]


def test_header_lines_stop_at_the_table_above(tmp_path):
    """Two tables one under the other: the lower one's header, printed right under the upper one's bottom rule,
    is its header; words printed beside the upper table are not, however close."""
    w = PdfWriter()
    page = w.page()
    page.grid(72, 100, [100], [["甲"], ["乙"]])  # 72 … 172, bottom 136
    page.text(300, 118, "说明")  # beside the upper table, 8 pt above the header line below
    page.text(74, 136, "科目")  # top on the upper table's bottom rule
    page.text(274, 136, "决算数")
    page.grid(72, 150, [100, 100, 100, 100], GRID4)
    sheet = read_pdf(w.save(tmp_path / "上下.pdf")).sheets[0]
    assert [(k, c.value) for k, c in sorted(sheet.cells.items()) if k[0] <= 4] == [
        ((1, 1), "甲"), ((2, 1), "乙"), ((3, 1), "说明"), ((4, 1), "科目"), ((4, 3), "决算数")]


def test_text_after_a_continued_table_follows_its_last_row(tmp_path):
    """A continued table whose repeated header is left out takes only its new rows: the note under it is the
    next row, not one further down."""
    w = PdfWriter()
    w.page().grid(72, 100, [200, 150], ROWS1)
    p2 = w.page()
    p2.grid(72, 100, [200, 150], ROWS2)
    p2.text(72, 160, "注：本表为示例。")
    book = read_pdf(w.save(tmp_path / "续注.pdf"))
    sheet = book.sheets[0]
    assert _rows(sheet) == [["项目", "金额", None], ["甲", "1.00", None], ["乙", "2.00", None],
                            ["丙", "3.00", None], ["丁", "4.00", None], ["注：本表为示例。", None, None]]
    assert [(p.text, p.cell, p.origin.page) for p in book.paragraphs] == [("注：本表为示例。", "A6", 2)]


def test_a_table_over_three_pages_whose_middle_part_lacks_a_rule(tmp_path):
    """Part 2 lacks the rule between 金额 and 备注 (its 备注 cells are empty); part 3 has every rule again and
    repeats the header and the title, under 续表. Part 3's columns are those of part 1: its header is left out
    and 3.00 stays under 金额 (matched with part 2 instead, 金额 and 备注 fell into one column: a bug fixed here)."""
    header = [["项目", "金额", "备注"]]
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 60, "收入决算表")
    p1.text(400, 80, "单位：万元", 9)
    p1.grid(72, 100, [100, 100, 100], header + [["甲", "1.00", "一"]])
    w.page().grid(72, 100, [100, 200], [["乙", "2.00"]])
    p3 = w.page()
    p3.text(200, 60, "收入决算表（续）")
    p3.text(72, 80, "续表", 9)
    p3.text(400, 80, "单位：万元", 9)
    p3.grid(72, 100, [100, 100, 100], header + [["丙", "3.00", "三"]])
    p4 = w.page()
    p4.text(72, 60, "说明：另一张表")  # not the title: the table below is a table of its own
    p4.grid(72, 100, [100, 100, 100], header + [["丁", "4.00", "四"]])
    book = read_pdf(w.save(tmp_path / "三页.pdf"))
    sheet = book.sheets[0]
    assert _rows(sheet) == [["收入决算表", None, None], ["单位：万元", None, None], ["项目", "金额", "备注"],
                            ["甲", "1.00", "一"], ["乙", "2.00", None], ["丙", "3.00", "三"],
                            ["说明：另一张表", None, None], ["项目", "金额", "备注"], ["丁", "4.00", "四"]]
    assert [sheet.origins[(r, 2)].page for r in (4, 5, 6, 8)] == [1, 2, 3, 4]
    assert sheet.merged == [] and sheet.origins[(5, 2)].bbox == (172.0, 100.0, 372.0, 118.0)
    assert [p.text for p in book.paragraphs] == ["收入决算表", "单位：万元", "说明：另一张表"]


def test_a_table_whose_second_part_does_not_repeat_the_header_but_the_third_does(tmp_path):
    header = [["项目", "金额"]]
    w = PdfWriter()
    w.page().grid(72, 100, [200, 150], header + [["甲", "1.00"]])
    w.page().grid(72, 100, [200, 150], [["乙", "2.00"]])
    w.page().grid(72, 100, [200, 150], header + [["丙", "3.00"]])
    sheet = read_pdf(w.save(tmp_path / "表头.pdf")).sheets[0]
    assert _rows(sheet) == [["项目", "金额", None], ["甲", "1.00", None], ["乙", "2.00", None],
                            ["丙", "3.00", None]]


def test_text_margins_are_found_for_each_page_width(tmp_path):
    """A landscape page among portrait ones has margins of its own: a paragraph wrapped at the portrait right
    margin (472) is one paragraph, and so is one wrapped at the landscape one (712)."""
    full, wide = "一二三四五六七八九十" * 4, "一二三四五六七八九十" * 6 + "一二三四"  # 72 … 472, 72 … 712
    w = PdfWriter()
    p = w.page()
    for top in (100, 117, 134, 180, 197):
        p.text(72, top, full)
    p.text(72, 214, "完。")
    q = w.page(842, 595)
    for top in (100, 117, 134):
        q.text(72, top, wide)
    q.text(72, 151, "完。")
    book = read_pdf(w.save(tmp_path / "横竖.pdf"))
    assert [(p.text, p.origin.page) for p in book.paragraphs] == [
        (full * 3, 1), (full * 2 + "完。", 1), (wide * 3 + "完。", 2)]


def test_a_caption_level_with_a_tables_top_comes_before_it(tmp_path):
    w = PdfWriter()
    page = w.page()
    page.text(20, 100, "附表")  # beside the table, its top on the table's top rule
    page.grid(72, 100, [200, 150], ROWS1)
    sheet = read_pdf(w.save(tmp_path / "附表.pdf")).sheets[0]
    assert _rows(sheet) == [["附表", None, None], ["项目", "金额", None], ["甲", "1.00", None], ["乙", "2.00", None]]


def test_a_header_word_running_into_the_next_column_heads_both(tmp_path):
    """A header 120 pt wide over columns 2 (90 pt of it) and 3 (30 pt, more than a quarter of the column):
    it heads both, a merged cell, although its centre is well inside column 2."""
    cells, sheet = _header_cells(tmp_path, [(182, 90, "一般公共预算财政拨款收入")], "跨列")
    assert cells == [((1, 2), "一般公共预算财政拨款收入")]
    assert sheet.merged == [(1, 2, 1, 3)] and sheet.origins[(1, 3)] == sheet.origins[(1, 2)]


def test_a_header_word_centred_on_a_rule_heads_the_columns_either_side(tmp_path):
    """合计 centred on the rule between columns 2 and 3 covers exactly half of itself in each: neither column holds
    a good part of it, so it heads the two columns either side of the rule nearest its centre."""
    cells, sheet = _header_cells(tmp_path, [(74, 90, "科目"), (262, 90, "合计")], "居中")
    assert cells == [((1, 1), "科目"), ((1, 2), "合计")]
    assert sheet.merged == [(1, 2, 1, 3)]


def test_a_short_header_word_heads_the_column_it_lies_in(tmp_path):
    """项目 (20 pt) lies wholly in a 300 pt column, right of its middle, beside a 20 pt 行次 column: it covers
    all of itself there, so it heads that column alone, although the narrow column's middle is nearer."""
    w = PdfWriter()
    page = w.page()
    page.text(305, 90, "项目")
    page.text(372, 90, "行次")
    page.text(410, 90, "金额")
    page.grid(72, 100, [300, 20, 100], [["工资福利支出", "1", "10.00"], ["商品和服务支出", "2", "5.00"]])
    sheet = read_pdf(w.save(tmp_path / "行次.pdf")).sheets[0]
    assert [(k, c.value) for k, c in sorted(sheet.cells.items()) if k[0] == 1] == [
        ((1, 1), "项目"), ((1, 2), "行次"), ((1, 3), "金额")]
    assert sheet.merged == []


def test_a_paragraph_just_above_a_tables_title_stays_one_paragraph(tmp_path):
    """Lines close above a table may be its unruled header (each gets the table's columns), but a line of running
    text (with its ，。；) is not, nor is anything above it: a paragraph ending just above the title and 单位 line
    stays one paragraph instead of one row per printed line (as in real 决算 templates)."""
    w = PdfWriter()
    p = w.page()
    p.text(81, 100, "本部门二〇二四年度收入合计一千二百万元，比上年增加十二", 10.5)
    p.text(60, 117, "万元，增长百分之一，主要是人员经费增加，详见下表。", 10.5)
    p.text(200, 137, "收入决算表", 12)
    p.text(60, 154, "单位：万元", 10.5)
    p.grid(60, 170, [260, 210], [["项目", "金额"], ["工资福利支出", "1,000.00"]])
    book = read_pdf(w.save(tmp_path / "段落与表.pdf"))
    assert [q.text for q in book.paragraphs] == [
        "本部门二〇二四年度收入合计一千二百万元，比上年增加十二万元，增长百分之一，主要是人员经费增加，详见下表。",
        "收入决算表", "单位：万元"]
    cells = book.sheets[0].cells
    assert [cells[(r, c)].value for r, c in ((4, 1), (4, 2), (5, 1), (5, 2))] == ["项目", "金额", "工资福利支出", "1,000.00"]


def test_boxes_are_kept_to_a_tenth_of_a_point(tmp_path):
    """Every box is rounded to 0.1 pt: a paragraph's, a piece's, a table cell's."""
    w = PdfWriter()
    p = w.page()
    p.text(72.34, 100.26, "一二三四五六七八九十", 10.1)  # 72.34 … 173.34, 100.26 … 110.36
    p.text(72.34, 140.26, "甲")
    p.text(300.27, 140.26, "乙")
    book = read_pdf(w.save(tmp_path / "框.pdf"))
    assert book.paragraphs[0].origin.bbox == (72.3, 100.3, 173.3, 110.4)
    sheet = book.sheets[0]
    assert sheet.origins[(2, 2)].bbox == (300.3, 140.3, 310.3, 150.3)
    w = PdfWriter()
    w.page().grid(72.34, 100.26, [100.07, 100], [["项目名称", "金额合计"], ["甲乙丙", "1.00"]])
    sheet = read_pdf(w.save(tmp_path / "格.pdf")).sheets[0]
    assert sheet.origins[(1, 1)].bbox == (72.3, 100.3, 172.4, 118.3)


def _continued(tmp_path, after: list[str]) -> list[str]:
    """A table on page 1 under its title; page 2 opens with the title again, then the given lines (no table)."""
    w = PdfWriter()
    _income_table_page(w)
    p2 = w.page()
    p2.text(200, 70, "收入决算表")
    for k, text in enumerate(after):
        p2.text(72, 120 + 30 * k, text)
    return [p.text for p in read_pdf(w.save(tmp_path / f"续{len(after)}.pdf")).paragraphs]


def test_a_repeated_title_without_the_table_under_it_is_laid_out_in_its_place(tmp_path):
    """Page 2 opens with the table's title again but no table follows: the title is held back (it might head the
    table's continuation), then laid out where it stands — before the text under it, or alone at the page's end."""
    assert _continued(tmp_path, ["这一页是说明文字，不是表格。"]) == [
        "收入决算表", "收入决算表", "这一页是说明文字，不是表格。"]
    assert _continued(tmp_path, []) == ["收入决算表", "收入决算表"]


def test_a_paragraph_does_not_run_on_over_an_empty_page(tmp_path):
    """A paragraph at the foot of page 1 carries on at the top of page 2, but not over a page with nothing on it
    but its number (page 3's first line starts a paragraph)."""
    full = "一二三四五六七八九十" * 4
    w = PdfWriter()
    for n, texts in enumerate(([full] * 3, [full] * 2, [], [full, "三" * 10]), start=1):
        p = w.page()
        for k, text in enumerate(texts):
            p.text(72, 700 + 17 * k if n != 2 else 100 + 17 * k, text)
        p.text(290, 800, f"- {n} -", 9)
    paras = [q.text for q in read_pdf(w.save(tmp_path / "空页.pdf")).paragraphs]
    assert paras == [full * 5, full + "三" * 10]


def test_a_continued_part_that_only_repeats_the_header_adds_no_row(tmp_path):
    """Page 2 holds nothing of the table but its repeated header (the page break fell after the last row): no
    row is added for it, and the text under it follows the table's last row."""
    w = PdfWriter()
    w.page().grid(72, 100, [200, 150], ROWS1)
    p2 = w.page()
    p2.grid(72, 100, [200, 150], ROWS1[:1])
    p2.text(72, 140, "注：本表为测试数据。")
    sheet = read_pdf(w.save(tmp_path / "只有表头.pdf")).sheets[0]
    assert _rows(sheet) == [["项目", "金额", None], ["甲", "1.00", None], ["乙", "2.00", None],
                            ["注：本表为测试数据。", None, None]]


def test_a_header_word_on_the_first_rule_heads_the_first_two_columns(tmp_path):
    """合计 from 164 to 184 over the rule at 172 between the first and second columns: 12 pt of it in the second
    (more than half of it), its centre 2 pt right of the rule: it heads both, the first column included."""
    cells, sheet = _header_cells(tmp_path, [(164, 90, "合计")], "首列")
    assert cells == [((1, 1), "合计")]
    assert sheet.merged == [(1, 1, 1, 2)]


def test_at_most_eight_repeated_header_rows_are_left_out(tmp_path):
    """A continued table's part whose first nine rows repeat the first part's: only eight of them are taken for
    a repeated header (no header is taller), the ninth is kept as a row."""
    rows = [[f"第{k}行", f"{k}.00"] for k in range(1, 11)]
    w = PdfWriter()
    w.page().grid(72, 100, [200, 150], rows)
    w.page().grid(72, 100, [200, 150], rows[:9] + [["新行", "11.00"]])
    sheet = read_pdf(w.save(tmp_path / "九行.pdf")).sheets[0]
    assert [r[0] for r in _rows(sheet)[10:]] == ["第9行", "新行"]
