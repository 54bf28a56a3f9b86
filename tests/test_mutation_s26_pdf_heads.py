"""readers/pdf_heads.py, session 25's survivors on lines 174 and 177 (seed 25, main 00497e2's file; s26 mut, issue 14):
`_under_parent` narrows a lower group's reach to the columns under its parent word from the LEFT (the parent's left
neighbour halfway), which no captured print reached — its neighbours on its own line bound it first. Judged on the
function itself with header words as the reader gives them (left/right edges in points)."""

from __future__ import annotations

from govaudit.readers.pdf_heads import _under_parent


class Word:
    def __init__(self, text: str, x0: float, x1: float, top: float = 100.0):
        self.text, self.bbox = text, (x0, top, x1, top + 10)


class HeadLine:
    def __init__(self, *words: Word):
        self.pieces = list(words)


# a 三公 table's two halves: '预算数' over columns 0–1 (middles 110, 150), '决算数' over columns 2–3 (210, 250)
CENTRES = [110.0, 150.0, 210.0, 250.0]
PARENTS = [HeadLine(Word("预算数", 100, 160), Word("决算数", 200, 260))]


def test_a_group_under_the_second_half_reaches_no_column_of_the_first():
    """'合计' under '决算数', its reach (from its own line) all four columns: narrowed to the two under 决算数 — their
    middles right of halfway (180) between 预算数 and 决算数."""
    assert _under_parent((0, 3), Word("合计", 205, 255, 115), PARENTS, CENTRES) == (2, 3)


def test_a_group_under_the_first_half_reaches_no_column_of_the_second():
    assert _under_parent((0, 3), Word("合计", 105, 155, 115), PARENTS, CENTRES) == (0, 1)


def test_no_parent_word_over_it_is_no_bound():
    """Over a gap between the halves' words (or with no line above) nothing bounds it: None."""
    assert _under_parent((0, 3), Word("合计", 165, 195, 115), PARENTS, CENTRES) is None
    assert _under_parent((0, 3), Word("合计", 205, 255, 115), [], CENTRES) is None


def test_a_column_exactly_halfway_between_the_parent_words_is_under_neither():
    """A column whose middle lies exactly halfway (180) between 预算数 and 决算数 is not under either: a group under
    决算数 reaches columns 2–3, one under 预算数 column 0 alone."""
    centres = [110.0, 180.0, 210.0, 250.0]
    assert _under_parent((0, 3), Word("合计", 205, 255, 115), PARENTS, centres) == (2, 3)
    assert _under_parent((0, 3), Word("合计", 105, 155, 115), PARENTS, centres) == (0, 0)
