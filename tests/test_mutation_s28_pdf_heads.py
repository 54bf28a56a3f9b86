"""readers/pdf_heads.py lines 127-128 (issue 14, s28 mut; left open since session 25): a group header typed at a tab stop
(_flush) reaches from a quarter character LEFT of its own start. Its first column's middle lies within that quarter
character of the word's start only when the column's lowest header word is narrower than the group line's character
height: one-character sub-heads '类 | 款 | 项' in 9 pt under '科目编码' set in a 12 pt line, the group word typed 2.5 pt
right of '类' (within its quarter character, 3 pt). Judged on spread_group_heads with header words as the reader gives
them (tests/test_mutation_s25_pdf_heads.py's helper)."""

from __future__ import annotations

from test_mutation_s25_pdf_heads import spread

SPANS = [(100.0, 150.0), (175.0, 225.0), (250.0, 300.0), (320.0, 410.0), (420.0, 480.0)]


def test_a_tab_stop_group_over_one_character_sub_heads_keeps_its_first_column():
    lines = [
        (90.0, 12.0, [("科目编码", 102.5, 150.5, 0, 0), ("科目名称", 320.0, 368.0, 3, 3), ("金额", 420.0, 444.0, 4, 4)]),
        (106.0, 9.0, [("类", 100.0, 109.0, 0, 0), ("款", 175.0, 184.0, 1, 1), ("项", 250.0, 259.0, 2, 2)]),
    ]
    assert spread(SPANS, lines) == [[(0, 2), (3, 3), (4, 4)], [(0, 0), (1, 1), (2, 2)]]


def test_two_tab_stop_groups_over_one_character_sub_heads_end_where_the_next_begins():
    """Line 128, the other end: a 项目支出 table coded by 功能分类 (类 | 款 | 项) and 经济分类 (类 | 款), each group
    typed 2.5 pt right of its first sub-head. '功能科目' reaches up to a quarter character before '经济科目' starts:
    the second '类' (its middle 2 pt right of that start) is not its column."""
    spans = [(100.0, 150.0), (175.0, 225.0), (250.0, 300.0), (325.0, 375.0), (400.0, 450.0)]
    lines = [
        (90.0, 12.0, [("功能科目", 102.5, 150.5, 0, 0), ("经济科目", 327.5, 375.5, 3, 3)]),
        (106.0, 9.0, [("类", 100.0, 109.0, 0, 0), ("款", 175.0, 184.0, 1, 1), ("项", 250.0, 259.0, 2, 2),
                      ("类", 325.0, 334.0, 3, 3), ("款", 400.0, 409.0, 4, 4)]),
    ]
    assert spread(spans, lines) == [[(0, 2), (3, 4)], [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)]]
