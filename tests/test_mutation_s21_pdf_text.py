"""readers/pdf_text.py, a sample of 40 mutants (seed 21) measured by tools/mutate.py (s21 mut, issue 14, README
"变异测试"): the survivors of the unruled-table and title helpers, tested on lines built from characters as the PDF
reader gives them (10 pt type: a Chinese character 10 pt wide, a digit 5), in memory."""

from __future__ import annotations

from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import (Piece, _blank_row, _group_heads, _heads_pair, _heads_words_below, _inherit,
                                       _inside, _interleaves, _label_beside_amount, _long_side_above, _one_line,
                                       _title_wraps)
from test_mutation_s12_pdf_text import _chars, _line


def test_a_character_whose_top_is_its_pieces_foot_is_inside_it():
    """(A piece's box is closed: a character starting on its lower edge belongs to it.)"""
    assert _inside(Char("表", 100, 110, 110, 120), (100, 100, 140, 110))
    assert not _inside(Char("表", 100, 110.5, 110, 120.5), (100, 100, 140, 110))


def test_a_title_wrapped_under_its_first_line():
    """'一般公共预算财政拨款' over '支出决算表' in the same 14 pt type, centred: one title; a line in 10 pt under it
    is not its second line."""
    upper = Piece("一般公共预算财政拨款", (200, 100, 340, 114))
    assert _title_wraps(upper, Piece("支出决算表", (235, 118, 305, 132)))
    assert not _title_wraps(upper, Piece("支出决算表", (245, 118, 295, 128)))


def test_an_amount_abutting_the_next_columns_label():
    """'2116.25' set 1 pt before '一、一般公共服务支出' (pads of 1.5 pt): the line parts at the label."""
    chars = _chars(100, 100, "2116.25") + _chars(136, 100, "一、一般公共服务支出")
    assert _label_beside_amount(chars, 7, 1.5)
    assert not _label_beside_amount(_chars(100, 100, "第三季度") + _chars(141, 100, "一般公共服务支出"), 4, 1.5)


def test_a_rows_second_line_half_a_line_lower_interleaves():
    """Two free lines 5 pt apart (half a 10 pt line) whose words lie side by side: one row's lines; level (2 pt)
    or overprinting one another they are not; nor is a line of a page set in two text columns."""
    a, b = _line(100, (72, "一般公共服务支出")), _line(105, (250, "1019.83"))
    assert _interleaves(a, b)
    assert not _interleaves(a, _line(102, (250, "1019.83")))
    assert not _interleaves(a, _line(105, (120, "1019.83")))
    b.margins = object()  # (pdf_columns: its column's margins)
    assert not _interleaves(a, b)


def test_words_over_one_another_read_top_line_first():
    """'项目' and '合计' on the upper line, '一般公共服务支出' under both (reaching from under 项目 to under 合计): one
    cell, its words read top line first."""
    line = _one_line([_line(100, (72, "项目"), (150, "合计")), _line(105, (80, "一般公共服务支出"))])
    assert "".join(c.text for c in line.chars) == "项目合计一般公共服务支出"
    # a wide word on the top line over a word on each of the two lines under it: one cell, read line by line
    line = _one_line([_line(100, (72, "一般公共预算财政拨款支出")), _line(104, (160, "合计")), _line(108, (100, "小计"))])
    assert "".join(c.text for c in line.chars) == "一般公共预算财政拨款支出合计小计"


def test_a_row_above_a_run_of_figures_is_no_group_header():
    """The line over a run is a group header only over a run that begins with a header line (words in two or more
    pieces); over a first row with figures it is not."""
    above = [_line(80, (300, "本年支出"))]
    header = _line(100, (72, "项目"), (300, "预算数"), (400, "决算数"))
    assert _group_heads(above, [True], [header]) == above
    first = _line(100, (72, "合计"), (300, "12.00"), (400, "13.00"))
    assert _group_heads(above, [True], [first]) == []


def test_the_long_side_of_a_two_sided_table_at_a_pages_head():
    """A label line in the first column of the table on the page before, 10 pt over a row in those columns: the
    table's long side going on; 40 pt over it, something else."""
    spans = [[72, 200], [300, 360]]
    first = _line(120, (72, "合计"), (300, "12.00"))
    assert _long_side_above([_line(100, (72, "一般公共服务支出"))], first, spans)
    assert not _long_side_above([_line(70, (72, "一般公共服务支出"))], first, spans)


def test_a_row_after_one_blank_row():
    """Rows 15 pt apart; the next line 30 pt under the last, under one of its words: after one blank row."""
    run = [_line(100 + 15 * k, (72, f"项目{k}"), (300, "12.00")) for k in range(3)]
    assert _blank_row(run, run[-1], _line(160, (72, "合计"), (300, "36.00")))
    assert _blank_row(run, run[-1], _line(160, (72, "合计")))  # one word under a word of the row
    assert not _blank_row(run, run[-1], _line(175, (72, "合计")))


def test_a_group_header_centred_over_three_sub_headers():
    upper = _line(100, (100, "功能分类科目编码"))
    assert _heads_words_below(upper, _line(115, (95, "类"), (135, "款"), (175, "项")))
    assert not _heads_words_below(upper, _line(115, (95, "类"), (135, "款")))


def test_a_part_in_the_columns_of_the_part_before():
    before = [[72, 200], [300, 360]]
    run = [_line(100, (72, "一般公共服务支出"), (300, "12.00"))]
    assert _inherit(before, [[72, 152], [300, 325]], run) == [[72, 200], [300, 360]]
    # two columns each widened by this part's words until they meet: another table
    run = [_line(100, (72, "一般公共服务支出"), (215, "12.00"))]
    assert _inherit([[72, 200], [210, 260]], [[180, 205], [203, 250]], run) is None
    assert _inherit([[72, 200], [210, 260]], [[180, 205], [206, 250]], run) == [[72, 205], [206, 260]]


def test_a_header_word_in_the_gutter_over_a_pair():
    """'合计' in the gutter between two columns, centred over '预算数' and '决算数' on the line below: their group
    header."""
    spans = [[100, 150], [200, 250]]
    line = _line(100, (165, "合计"))
    below = [_line(115, (110, "预算数"), (210, "决算数"))]
    assert _heads_pair(line, line.pieces[0], below, spans)
    assert not _heads_pair(line, line.pieces[0], [_line(115, (110, "预算数"))], spans)
