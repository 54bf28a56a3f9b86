"""readers/pdf_text.py, mutation survivors (issue 14, s26 mut): the s25 sample's (seed 25, main 69a7a3d) lines 704 and
1016, and the fresh sample's (seed 26, main bd7dddb), killed on lines built from characters as the PDF reader gives
them (10 pt type: a Chinese character 10 pt wide, a digit 5), in memory."""

from __future__ import annotations

from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import (Line, Piece, _empty_table_heads, _even, _figures_apart, _inherit, _interleaves, _join_mark_columns,
                                       _lone, _part_beyond, _piece, _tight, _wrapped_tail)
from test_mutation_s12_pdf_text import _chars, _line

# four rows of an unruled table, 15 pt apart (5 pt between a row's foot and the next row's top)
ROWS = [_line(100 + 15 * k, (72, f"支出{k}"), (300, "12.00")) for k in range(4)]


def test_a_wrapped_name_is_close_under_the_last_rows_words():
    """The last row's name wrapped in its cell: its second line right under the first (closer than 0.6 of the rows'
    gap), under the name. A line as close but under the figure only is no wrapped word of the row; nor is a line
    under the name a full row's height further down (a signature line under the table, '单位负责人')."""
    assert _wrapped_tail(ROWS, [_line(148, (72, "事务"))]) == 1
    assert _wrapped_tail(ROWS, [_line(157, (72, "事务"))]) == 1  # 2 pt under the row's foot (type set 12 pt apart)
    assert _wrapped_tail(ROWS, [_line(158, (72, "事务"))]) == 0  # 3 pt: 0.6 of the rows' 5 pt gap, no closer
    assert _wrapped_tail(ROWS, [_line(148, (97, "事务"))]) == 0  # starting right where the name '支出3' ends
    assert _wrapped_tail(ROWS, [_line(148, (52, "事务"))]) == 0  # ending right where it starts
    assert _wrapped_tail(ROWS, [_line(148, (300, "事务"))]) == 0
    assert _wrapped_tail(ROWS, [_line(185, (72, "单位负责人"))]) == 0


def test_a_continued_part_with_narrower_figures_in_the_last_column_keeps_the_columns_before():
    """The page before's last column held wide figures (x 380–425: '1,234,567.89'); this page's part holds '5.00',
    right-aligned at 405–425. It lies inside that column: the part is laid in the columns before, the last column
    kept as wide as it was (read as another table, its own narrow columns, before the s26 check of the right edge
    by the last column's right side, not its left)."""
    before = [[72.0, 112.0], [280.0, 325.0], [380.0, 425.0]]
    part = [_line(100 + 15 * k, (72, "行政运行"), (300, "12.00"), (405, "5.00")) for k in range(3)]
    part.append(_line(145, (72, "其他"), (310, "1.00"), (405, "5.00")))  # (a short name, inside the first column)
    assert _inherit(before, [[72, 112], [300, 325], [405, 425]], part) == before
    # (a figure beyond the last column's right edge by more than a character: another table)
    wider = [_line(100 + 15 * k, (72, "行政运行"), (300, "12.00"), (440, "5.00")) for k in range(3)]
    assert _inherit(before, [[72, 112], [300, 325], [440, 460]], wider) is None


# ---------------------------------------------------------------- the fresh sample (seed 26, main bd7dddb)
def _one_piece(top: float, *runs: tuple[float, str]) -> Line:
    """A line read as one piece (its words set closer than the gap that parts a line's pieces)."""
    chars = [c for x, text in runs for c in _chars(x, top, text)]
    line = Line(1, chars)
    line.pieces = [_piece(chars)]
    return line


def test_an_empty_tables_header_under_the_pages_first_line_is_parted_into_its_words():
    """An empty table at the head of a page: its 部门 line is the page's first line, its header words (6 pt apart,
    one piece) right under it, then 合计 alone. The header is parted into its three words, as under a title."""
    lines = [_one_piece(80, (72, "部门：某某局")), _one_piece(100, (72, "科目编码"), (118, "科目名称"), (164, "合计")),
             _one_piece(115, (72, "合计"))]
    _empty_table_heads(lines, [True] * 3)
    assert [p.text for p in lines[1].pieces] == ["科目编码", "科目名称", "合计"]


def test_lines_exactly_level_by_a_third_of_a_character_are_not_interleaved():
    """Two free lines whose tops are 3 pt apart (0.3 of 10 pt type, LEVEL) are level: set apart by a ruled table's
    edge, not one row's lines; 4 pt apart (and under 8, INTERLEAVED) they are."""
    assert not _interleaves(_line(100, (72, "项目")), _line(103, (200, "合计")))
    assert _interleaves(_line(100, (72, "项目")), _line(104, (200, "合计")))
    assert _interleaves(_line(100, (72, "项目")), _line(107.5, (200, "合计")))
    assert not _interleaves(_line(100, (72, "项目")), _line(108, (200, "合计")))  # 0.8 of the type: the next row


def test_a_lone_character_is_one_chinese_character_from_u4e00():
    assert _lone(Piece("一", (0, 0, 10, 10))) and _lone(Piece("合", (0, 0, 10, 10)))
    assert not _lone(Piece("合计", (0, 0, 20, 10))) and not _lone(Piece("1", (0, 0, 5, 10)))


def test_a_tight_word_has_two_characters_at_least():
    """'合计' set tight is a word set tight; its first character alone is not."""
    chars = _chars(100, 100, "合计")
    assert _tight(chars, 0, 2, 10.0)
    assert not _tight(chars, 0, 1, 10.0)


def test_a_word_set_a_quarter_character_apart_is_tight_not_letter_spaced():
    """'目标' with 2.5 pt between its characters (TIGHT of 10 pt type) is set tight: a character 2.5 pt after it does
    not carry on an evenly letter-spaced word; at 3 pt between them it does."""
    tight = [Char("目", 100, 100, 110, 110), Char("标", 112.5, 100, 122.5, 110)]
    assert not _even(tight, 0, 2, 2.5, 10.0)
    spaced = [Char("目", 100, 100, 110, 110), Char("标", 113, 100, 123, 110)]
    assert _even(spaced, 0, 2, 3.0, 10.0)


def test_a_column_of_dashes_joins_the_figures_beside_it_whatever_ends_at_its_left_edge():
    """A column (x 100–110) holding only a dash zero '－', its figures' column (112–150) beside it: joined into one.
    A name ending exactly at the dash column's left edge (合计 at 80–100) is no piece of that column."""
    rows = [_line(100, (102, "－")), _line(115, (125, "12.00")), _line(130, (80, "合计"), (130, "5.00"))]
    spans = [[100.0, 110.0], [112.0, 150.0]]
    _join_mark_columns(rows, spans)
    assert spans == [[100.0, 150.0]]


def test_a_header_piece_running_past_the_last_figures_is_parted_after_a_two_character_word():
    """'支出' over the last column of figures (ending at x 110), then '上缴上级支出' and '经营支出' right of it, one piece:
    parted into the three words, the two right of the figures each an empty column's head."""
    line = _one_piece(100, (100, "支出"), (123, "上缴上级支出"), (186, "经营支出"))
    parted = _part_beyond(line, [[50.0, 110.0]])
    assert [p.text for p in line.pieces] == ["支出", "上缴上级支出", "经营支出"]
    assert parted == {id(p) for p in line.pieces[1:]}


def test_two_words_starting_in_one_column_keep_their_columns():
    """A word laid over columns 2–3 and a word after it laid in column 2 (both start there): neither is narrowed —
    only a word starting in a later column ends the one before short of it ('自评等级 | 优')."""
    line = _line(100, (72, "自评等级"), (150, "优"))
    cols = [(2, 3), (2, 2)]
    _figures_apart(line, cols, [[60.0, 70.0], [70.0, 110.0], [110.0, 130.0], [130.0, 150.0]])
    assert cols == [(2, 3), (2, 2)]
    cols = [(2, 3), (3, 3)]
    _figures_apart(line, cols, [[60.0, 70.0], [70.0, 110.0], [110.0, 130.0], [130.0, 150.0]])
    assert cols == [(2, 2), (3, 3)]
