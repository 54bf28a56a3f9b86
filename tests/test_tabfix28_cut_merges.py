"""类|款|项 codes merged down over their blocks, printed centred or at the block's foot, and printed again in EACH page's
piece of a merge cut by a page break (WPS prints a cut merged cell so), read back by recognize/centred_codes.py
(issue #9; the lead's s27 xfail and the mutation helper's second misread: foot-aligned codes, printed in each piece,
the last row alone on the next page). Laid out in memory with session 23's `printed` (lines 20 pt apart): the s27
mutation helper's generator (/tmp/mut/gen_cc.py), its 类 201, 208, 213 with their 款 and 项 in three code columns;
every single cut, every cut with the last row alone on a page of its own, every cut with the first row alone.

Run before the change (main 39c576f): of these 92 prints, 47 read wrong (a 款 code left on the row it was printed
on, or a 类/款 printed again over a one-line page kept as that line's own: false TBL001/XTB003 would follow), 1 set
aside. After (tabfix s28): 92 right. On the helper's wider set (three category sets, one or two codes columns, centred
or at the foot, printed on the next piece or in each, 5,136 prints with 3,000 random ones): wrong 1,257 -> 776, every
change wrong -> right or unsure -> right (none the other way). What moved them: a block moved at the top of the range
under its parent shows its way when the parent's head row is on the page before (the range is continued) and when it
is read centred (a 款 centred on its three rows, the first the line under the 类's); once an earlier page showed the
table's way, a lower level needs no evidence of its own and a page reading both ways reads that way; a one-line page
drops the 类 and 款 codes printed again over it, keeping a 项 code that is the line's own."""

from __future__ import annotations

import pytest

from test_mutation_s23_centred_codes import SPLIT, printed

from govaudit.recognize.centred_codes import recentre_codes

CATS = [("201", "一般公共服务支出", [("01", "人大事务", [("01", "行政运行"), ("02", "一般行政管理事务")]),
                                    ("03", "政府办公厅（室）及相关机构事务", [("01", "行政运行")])]),
        ("208", "社会保障和就业支出", [("05", "行政事业单位养老支出", [("05", "机关事业单位基本养老保险缴费支出"),
                                                                   ("06", "机关事业单位职业年金缴费支出")]),
                                      ("99", "其他社会保障和就业支出", [("01", "其他社会保障和就业支出")])]),
        ("213", "农林水支出", [("01", "农业农村", [("01", "行政运行"), ("04", "事业运行"), ("99", "其他农业农村支出")])])]
ROWS: list = []  # (level, code parts, name) in print order
for _c, _cn, _ks in CATS:
    ROWS.append((0, (_c,), _cn))
    for _k, _kn, _xs in _ks:
        ROWS.append((1, (_c, _k), _kn))
        ROWS += [(2, (_c, _k, _x), _xn) for _x, _xn in _xs]
N = len(ROWS)


def layout(mode: str, cuts: set[int]):
    """(names, codes, page_of) for `printed`: 类 and 款 merged over their blocks, each piece of a cut merge with its
    code centred in it or on its last line; 项 codes on their own lines."""
    pages, p = [], 1
    for i in range(N):
        p += i in cuts
        pages.append(p)
    codes = []
    for i, (lvl, parts, _n) in enumerate(ROWS):
        if lvl == 2:
            codes.append((parts[2], i, 3))
            continue
        end = i
        while end + 1 < N and ROWS[end + 1][0] > lvl:
            end += 1
        s = i
        for e in range(i, end + 1):
            if e == end or pages[e + 1] != pages[e]:  # (the piece of the merge on this page ends here)
                codes.append((parts[lvl], (s + e) / 2 if mode == "centre" else e, lvl + 1))
                s = e + 1
    return [n for _l, _c, n in ROWS], codes, lambda i: pages[min(int(i), N - 1)]


def read(mode: str, cuts: set[int]):
    names, codes, page_of = layout(mode, cuts)
    block, rows = printed(names, codes, page_of=page_of, name_col=4, value_col=5)
    unsure: list[str] = []
    got = recentre_codes(block, SPLIT, rows, unsure)
    return [(next((c.value for c in got.rows[r] if c.col == 4), ""),
             tuple(sorted((c.col, str(c.value)) for c in got.rows[r] if c.col < 4))) for r in sorted(got.rows)], unsure


RIGHT = [(n, ((lvl + 1, parts[lvl]),)) for lvl, parts, n in ROWS]
CUTS = [(c,) for c in range(1, N)] + [(c, N - 1) for c in range(1, N - 1)] + [(1, c) for c in range(2, N)]


@pytest.mark.parametrize("mode", ["centre", "bottom"])
@pytest.mark.parametrize("cuts", CUTS, ids=lambda c: "cut" + "-".join(map(str, c)))
def test_codes_printed_in_each_piece_read_right(mode, cuts):
    got, unsure = read(mode, set(cuts))
    assert (got, unsure) == (RIGHT, [])


def test_the_last_row_alone_under_its_lei_and_kuan_printed_again():
    """The mutation helper's case: at the foot, 213's and 01's merges cut before the last row, both printed again on
    it; 99 is that line's own 项 code. Before: the line kept all three (213 and 01 counted twice)."""
    got, unsure = read("bottom", {N - 1})
    assert got[-1] == ("其他农业农村支出", ((3, "99"),)) and unsure == []


def test_a_kuan_centred_on_its_rows_on_the_page_before_a_cut_lei():
    """The lead's s27 case in this table: 208 cut after its fourth line, 05 centred on its three (all on the first
    page, on the first 项's line): it moves up to 行政事业单位养老支出."""
    got, unsure = read("centre", {ROWS.index(next(r for r in ROWS if r[2] == "其他社会保障和就业支出"))})
    assert ("行政事业单位养老支出", ((2, "05"),)) in got and got == RIGHT and unsure == []
