"""readers/pdf_text.py, mutation survivors (issue 14, s26 mut): the s25 sample's (seed 25, main 69a7a3d) lines 704 and
1016, and the fresh sample's (seed 26, main bd7dddb), killed on lines built from characters as the PDF reader gives
them (10 pt type: a Chinese character 10 pt wide, a digit 5), in memory."""

from __future__ import annotations

from govaudit.readers.pdf_text import _inherit, _wrapped_tail
from test_mutation_s12_pdf_text import _line

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
