"""recognize/centred_codes.py, the survivors session 26 left on the joined-run lines (s27 mut, issue 14, README
"变异测试"): which page's line pitch decides whether a page of ONE line is open at its foot. Prints laid out in memory
(session 23's `printed`: lines 20 pt apart, 10 pt tall; one 科目编码 column, only the 类 code shown, merged over its
block and printed at the block's foot, printed again at the foot of each page's piece of a cut merge — WPS), found by
reading 4,920 such prints (every cut, and the first row alone with every second cut) with the code and with each
surviving mutant. Asserted: the line each code ends on (what TBL001/XTB003 then judge)."""

from __future__ import annotations

from test_mutation_s23_centred_codes import ROLES, printed

from govaudit.recognize.centred_codes import recentre_codes

NAMES = ["教育支出", "教育管理事务", "行政运行", "社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出",
         "机关事业单位职业年金缴费支出", "其他社会保障和就业支出", "其他社会保障和就业支出"]
RIGHT = {"教育支出": "205", "社会保障和就业支出": "208"}  # each 类 code on the row named as that 类, no other code


def read(names, codes, page_of):
    block, rows = printed(names, codes, page_of=page_of)
    unsure: list[str] = []
    got = recentre_codes(block, ROLES, rows, unsure)
    on = {}
    for r in sorted(got.rows):
        name = next((c.value for c in got.rows[r] if c.col == 2), "")
        for c in got.rows[r]:
            if c.col == 1:
                on.setdefault(name, []).append(str(c.value))
    return {name: "".join(codes) for name, codes in on.items()}, unsure


def test_a_table_whose_first_row_alone_ends_a_page():
    """The table starts at a page's foot: only 教育支出 fits, with 205 printed at the foot of its piece (on it); the
    rest of 205's block on the next page with 205 again at the foot of its piece (行政运行). The one-line page's pitch
    is the next page's (its own is none): 205 stands on the line, the page is closed — not joined with the next, whose
    205 is the copy (dropped). Joined (a page of one line taken as open), the copy named 教育管理事务."""
    got, unsure = read(NAMES, [("205", 0), ("205", 2), ("208", 8)], lambda i: 1 if i < 1 else 2)
    assert (got, unsure) == (RIGHT, [])


def test_a_table_whose_first_and_last_rows_are_alone_on_their_pages():
    """As above, and the last row alone on a third page under 208 printed again: the first page's pitch is the NEXT
    page's (not the last page's, of one line too, or its own)."""
    got, unsure = read(NAMES, [("205", 0), ("205", 2), ("208", 7), ("208", 8)], lambda i: 1 if i < 1 else 2 if i < 8
                       else 3)
    assert (got, unsure) == (RIGHT, [])
    got, unsure = read(["合计", *NAMES], [("205", 1), ("205", 3), ("208", 8), ("208", 9)],
                       lambda i: 1 if i < 2 else 2 if i < 9 else 3)  # (its 合计 above it on the first page)
    assert (got, unsure) == (RIGHT, [])


def test_a_block_cut_over_pages_of_one_line_each():
    """A boundary (no print yet seen): 201's block cut after each of its first two lines, a page holding one line
    each, its rest and 221's on a third and fourth page, each piece with 201 printed again at its foot. The first
    page's part is closed (its line holds 201), so it is read alone; the joined run of the two one-line pages has no
    line pitch (none is taken: a pitch of 1 pt, or of 0, read them at the foot and named 人大事务 with a copy of 201),
    and no run reads every level — the pages are read as printed, the copies dropped. (_joined_run: its pitch's
    default, `pitch > 0`, and its failure path, `return None, k`)"""
    names = ["一般公共服务支出", "人大事务", "行政运行", "一般行政管理事务", "政府办公厅（室）及相关机构事务", "行政运行", "住房保障支出",
             "住房改革支出", "住房公积金"]
    got, unsure = read(names, [("201", 0), ("201", 1), ("201", 4), ("201", 5), ("221", 8)],
                       lambda i: 1 if i < 1 else 2 if i < 2 else 3 if i < 5 else 4)
    assert (got, unsure) == ({"一般公共服务支出": "201", "住房保障支出": "221"}, [])
