"""recognize/centred_codes.py survivors session 23 left in the rewritten file (issue 14, README "变异测试"): codes at
the foot of their blocks, blocks cut by a page break (the code printed again or not), the choice among cuts that fit,
and a code exactly a quarter pitch off its line. Each lays out a small print in memory (session 23's `printed`: lines
20 pt apart, 10 pt tall, tolerance a quarter pitch = 5 pt) and asserts the line each code ends on. Found by comparing
the code with each surviving mutant on random prints (tools/mutate.py), then written as the plainest such print."""

from __future__ import annotations

from test_mutation_s23_centred_codes import CODE, LEI, ROLES, SPLIT, printed

from govaudit.recognize.centred_codes import recentre_codes


def read(names, codes, split=False, page_of=None):
    """[(the line's name, [(code column, code) on it])] of the table as read, and whether it was left as printed."""
    kw = {"name_col": 4, "value_col": 5} if split else {}
    block, rows = printed(names, codes, page_of=page_of, **kw)
    got = recentre_codes(block, SPLIT if split else ROLES, rows)
    name_col = kw.get("name_col", 2)
    out = [(next((c.value for c in got.rows[r] if c.col == name_col), ""),
            sorted((c.col, str(c.value)) for c in got.rows[r] if c.col < name_col)) for r in sorted(got.rows)]
    return out, got is block


def test_a_kuan_at_the_foot_of_the_rows_right_under_its_category_moves_up():
    """类 | 款 | 项 printed at the foot: 201 on the last of its three lines, its 款 01 on the last of the two under the
    类's row. The 款 block begins right under the head row of the 类 block it lies in — the evidence of a foot print
    (a top-aligned one would have 01 there) — so 01 moves onto 人力资源事务."""
    names = ["一般公共服务支出", "人力资源事务", "事业运行", "农林水支出"]
    got, _ = read(names, [("201", 2, 1), ("01", 2, 2), ("01", 2, 3), ("213", 3, 1)], split=True)
    assert got == [("一般公共服务支出", [(1, "201")]), ("人力资源事务", [(2, "01")]), ("事业运行", [(3, "01")]),
                   ("农林水支出", [(1, "213")])]


def test_a_kuan_code_on_its_categorys_own_row_leaves_that_level_as_printed():
    """201 centred over its five lines, its 款 02 and 03 between the two lines of their blocks, and a 款 code printed
    beside the 类's own row: that code lies in no 款 range (a 类 block's 款 are the lines below its head row), so the
    款 level is not read — every 款 code stays where printed — while the 类 level is (no code is dropped or forced)."""
    names = ["一般公共服务支出", "人力资源事务", "行政运行", "一般行政管理事务", "事业运行"]
    codes = [("201", 2, 1), ("01", 0, 2), ("02", 1.5, 2), ("03", 3.5, 2), ("01", 2, 3), ("01", 4, 3)]
    got, _ = read(names, codes, split=True)
    assert got == [("一般公共服务支出", [(1, "201"), (2, "01")]), ("人力资源事务", []), ("", [(2, "02")]),
                   ("行政运行", [(3, "01")]), ("一般行政管理事务", []), ("", [(2, "03")]), ("事业运行", [(3, "01")])]


def test_codes_printed_again_over_a_blocks_part_on_the_next_page_are_dropped():
    """221's block cut by a page break after its first line: 221 printed on its part of page 1 and again, centred,
    on its part of page 2 (with its 款 01's code): the copy is dropped — 221 stands on its own row on page 1 — and the
    款 and 项 codes of page 2 read as usual."""
    names = ["一般公共服务支出", "住房保障支出", "就业补助", "机关服务"]
    codes = [("201", 0, 1), ("221", 1, 1), ("221", 2.5, 1), ("01", 2.5, 2), ("01", 3, 3)]
    got, _ = read(names, codes, split=True, page_of=lambda i: 1 if i < 2 else 2)
    assert got == [("一般公共服务支出", [(1, "201")]), ("住房保障支出", [(1, "221")]), ("就业补助", [(2, "01")]),
                   ("机关服务", [(3, "01")])]


def test_a_kuan_continued_on_the_next_page_under_its_code_printed_again():
    """212's block and its 款 01's both cut after 一般行政管理事务 (项 03); page 2 opens with the rest of 款 01 (项 04)
    under 212 and 01 printed again, then 221's block: both copies are dropped — the 款 level knows which 款 the page
    before ended in (01, not the 项 03 it ended in) — and nothing lands on the 项 line."""
    names = ["城乡社区支出", "农业农村", "一般行政管理事务", "行政运行", "住房保障支出", "就业补助", "机关服务"]
    codes = [("212", 1, 1), ("01", 1.5, 2), ("03", 2, 3), ("212", 3, 1), ("01", 3, 2), ("04", 3, 3),
             ("221", 5, 1), ("01", 5.5, 2), ("01", 6, 3)]
    got, _ = read(names, codes, split=True, page_of=lambda i: 1 if i < 3 else 2)
    assert got == [("城乡社区支出", [(1, "212")]), ("农业农村", [(2, "01")]), ("一般行政管理事务", [(3, "03")]),
                   ("行政运行", [(3, "04")]), ("住房保障支出", [(1, "221")]), ("就业补助", [(2, "01")]),
                   ("机关服务", [(3, "01")])]


def test_the_part_of_a_block_atop_a_page_is_not_under_a_head_row():
    """210's block cut by a page break, its 款 01 printed at the foot of its rows on page 2 only. Page 2 opens with
    the rest of 210's block, whose head row is on page 1: the 款 block at the top of page 2 is not "right under its
    parent", so it shows no foot print and the 款 level of page 2 stays as printed."""
    names = ["社会保障和就业支出", "卫生健康支出", "就业补助", "机关服务", "事业运行", "行政运行", "就业补助", "城乡社区支出"]
    codes = [("208", 0, 1), ("210", 2, 1), ("210", 6, 1), ("01", 5, 2), ("01", 3, 3), ("02", 4, 3), ("03", 5, 3),
             ("02", 6, 2), ("212", 7, 1)]
    got, _ = read(names, codes, split=True, page_of=lambda i: 1 if i < 3 else 2)
    assert [(n, c) for n, c in got if (2, "01") in c] == [("行政运行", [(2, "01"), (3, "03")])]


def test_of_the_cuts_that_fit_the_one_starting_a_category_on_its_named_row_is_taken():
    """205's block cut by the page break, printed at its foot on page 1; page 2 opens with one more line of 205, then
    210 and 212 at their blocks' feet. Two cuts fit (that line in 210's block, or 205's); the one whose first 类
    block begins on the row named as that 类 (卫生健康支出) is taken, so 212 stays on 城乡社区支出."""
    names = ["教育支出", "农业农村", "机关服务", "事业运行", "人力资源事务", "一般行政管理事务", "卫生健康支出", "城乡社区支出",
             "就业补助"]
    codes = [("205", 4, 1), ("01", 3, 2), ("01", 2, 3), ("02", 3, 3), ("02", 4, 2), ("01", 5, 3), ("210", 6, 1),
             ("212", 8, 1), ("01", 8, 2)]
    got, _ = read(names, codes, split=True, page_of=lambda i: 1 if i < 5 else 2)
    assert [(n, c) for n, c in got if any(col == 1 for col, _c in c)] == [
        ("教育支出", [(1, "205")]), ("卫生健康支出", [(1, "210")]), ("城乡社区支出", [(1, "212")])]


def test_a_cut_block_atop_the_page_before_a_one_line_category():
    """210's block cut after 卫生健康支出 (210 at its foot on page 1); page 2: its last line 就业补助, then 213 on its own
    line. The cut that gives 213 a block starting on 农林水支出 is taken: 213 stays."""
    names = ["教育支出", "卫生健康支出", "就业补助", "农林水支出"]
    got, _ = read(names, [("205", 0), ("210", 1), ("213", 3)], page_of=lambda i: 1 if i < 2 else 2)
    assert got == [("教育支出", [(1, "205")]), ("卫生健康支出", [(1, "210")]), ("就业补助", []),
                   ("农林水支出", [(1, "213")])]


def test_codes_at_the_foot_exactly_a_quarter_pitch_off_their_lines():
    """Read at the foot, a code exactly a quarter pitch (5 pt) below its line's bottom, or above its line's top, is
    still on that line (the tolerance is inclusive): 201 moves onto its 类's row either way."""
    got, _ = read(LEI, [("201", 2, CODE, 10), ("208", 4)])
    assert got[0] == ("一般公共服务支出", [(1, "201")])
    names = LEI[:3] + ["社会保障和就业支出"]
    got, _ = read(names, [("201", 2), ("208", 3, CODE, -10)])
    assert got == [("一般公共服务支出", [(1, "201")]), ("人力资源事务", []), ("行政运行", []),
                   ("社会保障和就业支出", [(1, "208")])]


def test_a_top_aligned_kuan_table_whose_last_block_is_one_row_stays():
    """22101 on its own first row, 22102 on the last line (a top-aligned print whose last 款 is one row): read at the
    foot, 22102 would move up; the 类 code above 22101 is no evidence (22101 does not move), so nothing moves."""
    names = ["住房保障支出", "人力资源事务", "事业运行", "人力资源事务"]
    _, same = read(names, [("221", 0), ("22101", 1), ("22102", 3)])
    assert same
