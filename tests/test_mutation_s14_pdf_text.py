"""readers/pdf_text.py, the survivor session 12 left without a test (s14mut, issue 14): a run at the top of a page
after a table at the foot of the page before, whose columns are not that table's, is a table of its own only with
MIN_TABLE_LINES lines of two pieces or more (`len(ln.pieces) >= 2`; a label and an amount are two). Lines built from
characters as the PDF reader gives them (10 pt type), in memory."""

from __future__ import annotations

from govaudit.readers.pdf_text import _columns_of_run
from test_mutation_s12_pdf_text import _line

BEFORE = [[72.0, 132.0], [200.0, 235.0], [300.0, 335.0], [400.0, 435.0], [500.0, 535.0]]  # five columns
ROWS = [("一般公共服务支出", "1019.83"), ("教育支出", "26.50"), ("社会保障和就业支出", "313.20")]


def _run(rows, amount_x):
    return [_line(100 + 15 * i, (72, name), (amount_x, amount)) for i, (name, amount) in enumerate(rows)]


def test_label_and_amount_lines_not_in_the_tables_columns_are_a_table_of_their_own():
    # the amounts at x 450 fall between two of the columns before: not that table's next part
    assert _columns_of_run(_run(ROWS, 450), BEFORE) == [[72, 162.0], [450, 485.0]]
    assert _columns_of_run(_run(ROWS[:2], 450), BEFORE) is None  # (two such lines are too few)


def test_label_and_amount_lines_in_the_tables_columns_are_its_next_part():
    assert _columns_of_run(_run(ROWS[:1], 500), BEFORE) == [[72.0, 152.0], *BEFORE[1:]]
