"""readers/pdf_text.py, a sample of 40 mutants (seed 25, main 69a7a3d's file) measured by tools/mutate.py (s25 mut,
issue 14): survivors killed on lines built from characters as the PDF reader gives them (10 pt type: a Chinese
character 10 pt wide), in memory."""

from __future__ import annotations

from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import (Line, _blank_row, _first_column_label, _gap_words_clash, _inside, _not_spacing,
                                       _trailing)
from test_mutation_s12_pdf_text import _line


def test_a_character_at_its_pieces_top_edge_is_inside_it():
    """A piece's box is its characters' (its top is the highest character's top): that character is inside it, and
    so is one a hundredth of a point higher (rounding of the reader's boxes); one a tenth higher is not."""
    assert _inside(Char("表", 100, 100, 110, 110), (100, 100, 140, 110))
    assert _inside(Char("表", 100, 99.995, 110, 109.995), (100, 100, 140, 110))
    assert not _inside(Char("表", 100, 99.9, 110, 109.9), (100, 100, 140, 110))


def spaced(*words: tuple[float, str, float]) -> Line:
    """A line of words, each (x, text, the gap between its characters)."""
    chars = []
    for x, text, gap in words:
        for ch in text:
            chars.append(Char(ch, x, 100, x + 10, 110))
            x += 10 + gap
    return Line(1, chars)


def test_the_gap_between_two_letter_spaced_words_is_no_spacing():
    """'项　　目' and '决　算　数' letter-spaced 18 pt, 3 pt apart: that gap is less than half their own, the words
    part there (_not_spacing, by the characters either side of it); inside a word the gap is the spacing."""
    line = spaced((100, "项目", 18.0), (141, "决算数", 18.0))
    chars = line.chars
    mu, jue = chars[1], chars[2]
    assert (mu.text, jue.text, jue.x0 - mu.x1) == ("目", "决", 3.0)
    assert _not_spacing(line, mu, jue)
    assert not _not_spacing(line, jue, chars[3])


def test_a_label_ending_where_the_second_column_starts_is_not_a_first_column_label():
    """'政府性基金预算' under a row whose second piece starts at x 250: ending a point before it, the label is the first
    column's; ending right on it (touching the next column), it is not."""
    last = _line(100, (72, "年初结转和结余"), (250, "12.00"))
    assert _first_column_label(_line(115, (179, "政府性基金预算")), last)
    assert not _first_column_label(_line(115, (180, "政府性基金预算")), last)


def test_a_line_after_a_blank_row_must_lie_under_the_last_rows_words():
    """Four rows 15 pt apart, then a line two pitches under the last (one empty row between): it continues the table
    only when a word of it lies under a word of the last row of two pieces."""
    run = [_line(100 + 15 * k, (72, f"支出{k}"), (300, "12.00")) for k in range(4)]
    assert _blank_row(run, run[-1], _line(175, (72, "其他支出"), (300, "3.00")))
    assert not _blank_row(run, run[-1], _line(175, (180, "其他支出")))


def test_a_trailing_line_two_characters_in_from_the_tables_left_is_no_prose():
    """Under a table of 合计 | 12.00 rows (left edge x 72), a one-piece line reaching under the amount column: starting
    two characters (20 pt) in from the table's left or more, it is the table's last row on the page; starting less
    than that, it is prose starting at the table's edge (_trailing)."""
    run = [_line(100 + 15 * k, (72, "合计"), (300, "12.00")) for k in range(4)]
    assert _trailing(run, [_line(160, (92, "政府性基金预算财政拨款年初结转和结余合计数"))])
    assert not _trailing(run, [_line(160, (91.5, "政府性基金预算财政拨款年初结转和结余合计数"))])


def test_a_gutter_word_laid_in_the_nearest_column_clashes_with_the_word_there():
    """Columns of the part before at 72–112, 150–190, 250–290: '产出' in the gutter at 222–242 lies nearest the third
    column (its middle 270), where '数量指标' already is: this line's columns are not those (_gap_words_clash); in the
    gutter nearer the second column (200–220) it clashes with nothing."""
    before = [[72.0, 112.0], [150.0, 190.0], [250.0, 290.0]]
    assert _gap_words_clash(_line(100, (222, "产出"), (262, "数量指标")), before)
    assert not _gap_words_clash(_line(100, (200, "产出"), (262, "数量指标")), before)
