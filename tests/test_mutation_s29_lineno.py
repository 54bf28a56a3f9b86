"""Issue 14, session 29 (mut): recognize/grid.is_lineno_row's lettered 栏次 rows (tabfix s29, 77704a9) — the letters
in order from the first, each alone in its cell, before the numbers 1 2 3 …; a row of text never reads so."""

from __future__ import annotations

import pytest

from govaudit.readers.base import Cell
from govaudit.recognize.grid import is_lineno_row


def _row(*values) -> list[Cell]:
    return [Cell(row=6, col=k, value=v) for k, v in enumerate(values, start=1) if v is not None]


@pytest.mark.parametrize("values", [("A", "B", "1", "2", "3"), ("甲", "乙", "1", "2", "3"), ("A", "1", "2", "3"),
                                    ("A", "B", "C", "1", "2", "3"), ("A", "B", 1, 2, 3), ("A", None, "1", "2", "3")])
def test_letters_in_order_before_the_numbers_make_a_lineno_row(values):
    assert is_lineno_row(_row(*values))


@pytest.mark.parametrize("values", [("B", "A", "1", "2", "3"), ("B", "C", "1", "2", "3"), ("AB", "1", "2", "3"),
                                    ("A", "乙", "1", "2", "3"), ("甲", "B", "1", "2", "3"), ("1", "A", "2", "3"),
                                    ("A", "B", "1", "2", "C"), ("合计", "A", "1", "2", "3"), ("A", "B", "1", "3", "4")])
def test_letters_out_of_order_or_after_a_number_are_no_lineno_row(values):
    assert not is_lineno_row(_row(*values))
