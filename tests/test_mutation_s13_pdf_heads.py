"""readers/pdf_heads.py measured by tools/mutate.py in session 13 (s13mut, issue 14): the group headers of unruled
tables, judged in memory on header lines as the PDF reader hands them over (each fixture is what readers/pdf_text.py
passed to spread_group_heads for a print in tests/test_pdf_group_heads.py or tests/test_pdf_heldout_s12.py: the
lines' tops and type sizes, each word's left and right edge and the columns the reader put it in, and the table's
column spans), then the same lines changed the way a different print would change them."""

from __future__ import annotations

import copy

import pytest

from govaudit.readers.pdf_heads import spread_group_heads


class Word:
    def __init__(self, text: str, x0: float, top: float, x1: float, height: float):
        self.text, self.bbox = text, (x0, top, x1, top + height)


class HeadLine:
    def __init__(self, top: float, height: float, words: list):
        self.top, self.height = top, height
        self.pieces = [Word(t, x0, top, x1, height) for t, x0, x1, _c1, _c2 in words]
        self.columns = [(c1, c2) for _t, _x0, _x1, c1, c2 in words]


def spread(fixture) -> list[list[tuple[int, int]]]:
    spans, lines, _after = fixture
    heads = [HeadLine(*ln) for ln in copy.deepcopy(lines)]
    spread_group_heads(heads, [list(s) for s in spans])
    return [list(ln.columns) for ln in heads]


# test_a_correct_12_column_sanggong_table_draws_no_error[three]
SANGGONG_12_COLUMNS_THREE_LINE = (
    [(23.0, 57.26), (90.67, 118.08), (124.07, 158.33), (164.33, 212.29), (232.0, 266.26), (279.11, 306.52), (312.52, 346.78), (352.78, 407.59), (413.59, 441.0), (447.0, 494.96), (521.52, 548.93), (561.78, 589.19)],
    [
        (83.81, 6.85, [('预算数', 154.48, 175.04, 2, 3), ('决算数', 440.57, 461.13, 8, 9)]),
        (98.89, 6.85, [('公务用车购置及运行费', 160.91, 229.43, 3, 3), ('公务用车购置及运行费', 447.0, 515.52, 9, 9)]),
        (106.43, 6.85, [('合计', 33.28, 46.98, 0, 0), ('因公出国（境）费', 63.26, 118.07, 1, 1), ('公务接待费', 272.26, 306.52, 5, 5), ('合计', 322.8, 336.5, 6, 6), ('因公出国（境）费', 352.78, 407.59, 7, 7), ('公务接待费', 554.93, 589.19, 11, 11)]),
        (113.96, 6.85, [('小计', 134.35, 148.05, 2, 2), ('公务用车购置费', 164.33, 212.29, 3, 3), ('公务用车运行费', 218.3, 266.26, 4, 4), ('小计', 420.44, 434.14, 8, 8), ('公务用车购置费', 447.0, 494.96, 9, 9), ('公务用车运行费', 500.96, 548.92, 10, 10)]),
    ],
    [((0, 5), (6, 11)), ((2, 4), (8, 10)), ((0, 0), (1, 1), (5, 5), (6, 6), (7, 7), (11, 11)), ((2, 2), (3, 3), (4, 4), (8, 8), (9, 9), (10, 10))],
)
# test_a_clean_print_reads_as_its_workbook[unruled, TJ kerning, '-' zero]
SANGGONG_WITH_BUDGET_AND_FINAL_UNDER_EACH = (
    [(68.33, 103.98), (110.0, 145.65), (169.5, 178.42), (202.25, 211.17), (217.17, 252.82), (258.83, 294.48), (318.33, 327.25), (351.08, 360.0), (366.0, 401.65), (407.67, 443.32), (449.33, 484.98), (491.0, 526.65)],
    [
        (89.18, 8.92, [('财政拨款“三公”经费', 252.92, 342.07, 5, 6)]),
        (108.8, 8.92, [('公务用车购置及运行维护费', 276.75, 383.73, 5, 8)]),
        (118.61, 8.92, [('合计', 98.08, 115.9, 0, 1), ('因公出国（境）费', 145.75, 217.07, 2, 3), ('公务接待费', 465.71, 510.29, 10, 11)]),
        (128.41, 8.92, [('小计', 246.92, 264.74, 4, 5), ('公务用车购置费', 299.04, 361.46, 6, 7), ('公务用车运行维护费', 364.54, 444.79, 8, 9)]),
        (148.03, 8.92, [('预算数', 68.33, 95.08, 0, 0), ('决算数', 110.0, 136.75, 1, 1), ('预算数', 151.67, 178.42, 2, 2), ('决算数', 184.42, 211.17, 3, 3), ('预算数', 217.17, 243.92, 4, 4), ('决算数', 258.83, 285.58, 5, 5), ('预算数', 300.5, 327.25, 6, 6), ('决算数', 333.25, 360.0, 7, 7), ('预算数', 366.0, 392.75, 8, 8), ('决算数', 407.67, 434.42, 9, 9), ('预算数', 449.33, 476.08, 10, 10), ('决算数', 491.0, 517.75, 11, 11)]),
    ],
    [((5, 6),), ((4, 9),), ((0, 1), (2, 3), (10, 11)), ((4, 5), (6, 7), (8, 9)), ((0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (11, 11))],
)
# test_a_clean_print_reads_as_its_workbook[unruled, TJ kerning, '-' zero]
BALANCE_TABLE_ONE_GROUP_OVER_THREE = (
    [(46.71, 96.2), (109.27, 236.52), (249.61, 292.02), (298.04, 347.53), (353.53, 403.02), (409.02, 437.29), (443.3, 492.79), (505.87, 548.28)],
    [
        (84.39, 7.07, [('项目', 134.56, 148.69, 1, 1), ('本年支出', 409.02, 437.29, 5, 5)]),
        (92.16, 7.07, [('年初结转和结余', 242.54, 292.03, 2, 2), ('本年收入', 308.64, 336.91, 3, 3), ('年末结转和结余', 498.8, 548.29, 7, 7)]),
        (99.94, 7.07, [('功能分类科目编码', 46.71, 103.26, 0, 0), ('科目名称', 158.77, 187.04, 1, 1), ('合计', 371.2, 385.33, 4, 4), ('基本支出', 409.02, 437.29, 5, 5), ('项目支出', 453.91, 482.18, 6, 6)]),
    ],
    [((1, 1), (4, 6)), ((2, 2), (3, 3), (7, 7)), ((0, 0), (1, 1), (4, 4), (5, 5), (6, 6))],
)
# test_a_clean_print_reads_as_its_workbook[\u4e2d\u592e\u5f0f unruled, a text matrix a glyph, '-' zero]
PERSONNEL_AND_PUBLIC_COSTS_SIDE_BY_SIDE = (
    [(49.38, 67.45), (98.76, 199.97), (227.66, 249.35), (255.35, 273.42), (304.73, 369.8), (393.87, 411.94), (417.95, 436.02), (460.09, 503.47), (516.7, 538.39), (542.01, 545.62)],
    [
        (84.8, 7.23, [('人员经费', 134.91, 163.82, 1, 1), ('公用经费', 386.03, 414.95, 5, 5)]),
        (100.7, 7.23, [('科目编码', 56.61, 85.53, 0, 0), ('科目名称', 134.91, 163.82, 1, 1), ('决算数', 216.82, 238.51, 2, 2), ('科目编码', 262.58, 291.5, 3, 3), ('科目名称', 322.8, 351.72, 4, 4), ('决算数', 383.03, 404.72, 5, 5), ('科目编码', 421.56, 450.48, 6, 6), ('科目名称', 467.32, 496.24, 7, 7), ('决算数', 516.7, 538.39, 8, 8)]),
    ],
    [((0, 2), (5, 5)), ((0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8))],
)
# test_a_clean_print_reads_as_its_workbook[\u4e2d\u592e\u5f0f unruled, a text matrix a glyph, '-' zero]
SANGGONG_BUDGET_ONLY_CENTRAL = (
    [(143.0, 161.0), (167.0, 239.0), (263.0, 281.0), (287.0, 350.0), (401.0, 419.0), (452.0, 470.0)],
    [
        (89.4, 9.0, [('预算数', 284.0, 311.0, 3, 3)]),
        (109.2, 9.0, [('公务用车购置及运行费', 287.0, 377.0, 3, 3)]),
        (119.1, 9.0, [('合计', 134.0, 152.0, 0, 0), ('因公出国（境）费', 167.0, 239.0, 1, 1), ('公务接待费', 425.0, 470.0, 5, 5)]),
        (129.0, 9.0, [('小计', 254.0, 272.0, 2, 2), ('公务用车购置费', 287.0, 350.0, 3, 3), ('公务用车运行费', 356.0, 419.0, 4, 4)]),
    ],
    [((3, 3),), ((2, 4),), ((0, 0), (1, 1), (5, 5)), ((2, 2), (3, 3), (4, 4))],
)
# test_a_clean_print_reads_as_its_workbook[\u4e2d\u592e\u5f0f unruled, a text matrix a glyph, '-' zero]
CENTRAL_BALANCE_TABLE_TALL_HEADS = (
    [(47.96, 58.07), (74.19, 80.93), (100.42, 107.16), (126.65, 248.03), (281.01, 301.24), (330.85, 354.45), (384.05, 407.65), (413.66, 440.63), (470.23, 493.83), (526.81, 547.04)],
    [
        (83.54, 6.74, [('项目', 141.25, 154.74, 3, 3)]),
        (90.96, 6.74, [('本年支出', 413.66, 440.63, 7, 7)]),
        (98.37, 6.74, [('功能分类科目编码', 57.33, 111.28, 0, 2), ('年初结转和结余', 254.04, 301.24, 4, 4), ('本年收入', 317.36, 344.33, 5, 5), ('年末结转和结余', 499.84, 547.04, 9, 9)]),
        (105.79, 6.74, [('科目名称', 173.86, 200.83, 3, 3)]),
        (113.21, 6.74, [('类', 54.7, 61.44, 0, 0), ('款', 80.93, 87.67, 1, 1), ('项', 107.16, 113.9, 2, 2), ('合计', 377.31, 390.79, 6, 6), ('基本支出', 413.66, 440.63, 7, 7), ('项目支出', 456.75, 483.72, 8, 8)]),
    ],
    [((3, 3),), ((6, 8),), ((0, 2), (4, 4), (5, 5), (9, 9)), ((3, 3),), ((0, 0), (1, 1), (2, 2), (6, 6), (7, 7), (8, 8))],
)
# test_a_clean_print_reads_as_its_workbook[\u4e2d\u592e\u5f0f unruled landscape 7pt, \u5143 with separators, TJ]
INCOME_AND_SPENDING_LANDSCAPE = (
    [(189.0, 286.99), (300.0, 313.99), (327.0, 418.0), (424.0, 515.0), (535.0, 548.99), (562.0, 653.0)],
    [
        (84.2, 7.0, [('收入', 296.5, 310.49, 1, 1), ('支出', 531.5, 545.49, 4, 4)]),
        (99.6, 7.0, [('项目', 234.5, 248.49, 0, 0), ('行次', 303.5, 317.49, 1, 1), ('金额', 365.5, 379.49, 2, 2), ('项目', 469.5, 483.49, 3, 3), ('行次', 538.5, 552.49, 4, 4), ('金额', 600.5, 614.49, 5, 5)]),
    ],
    [((0, 2), (3, 5)), ((0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5))],
)

PRINTS = [SANGGONG_12_COLUMNS_THREE_LINE, SANGGONG_WITH_BUDGET_AND_FINAL_UNDER_EACH, BALANCE_TABLE_ONE_GROUP_OVER_THREE,
          PERSONNEL_AND_PUBLIC_COSTS_SIDE_BY_SIDE, SANGGONG_BUDGET_ONLY_CENTRAL, CENTRAL_BALANCE_TABLE_TALL_HEADS,
          INCOME_AND_SPENDING_LANDSCAPE]


@pytest.mark.parametrize("fixture", PRINTS)
def test_each_print_spreads_its_group_headers_as_the_reader_did(fixture):
    assert spread(fixture) == [list(a) for a in fixture[2]]


# 本年支出 over 合计 | 基本支出 | 项目支出, printed on the second of three header rows; 项目 and 上年数 centred over the first
# two rows (half a row above 本年支出's line), 科目名称 … 决算数 on the third: the tall words beside its row bound it
TALL_BESIDE = (
    [(20.0, 100.0), (110.0, 150.0), (160.0, 200.0), (210.0, 250.0), (260.0, 300.0)],
    [
        (7.5, 9.0, [("项目", 51.0, 69.0, 0, 0), ("上年数", 266.5, 293.5, 4, 4)]),
        (15.0, 9.0, [("本年支出", 162.0, 198.0, 2, 2)]),
        (30.0, 9.0, [("科目名称", 42.0, 78.0, 0, 0), ("合计", 121.0, 139.0, 1, 1), ("基本支出", 162.0, 198.0, 2, 2),
                     ("项目支出", 212.0, 248.0, 3, 3), ("决算数", 266.5, 293.5, 4, 4)]),
    ],
    [((0, 0), (4, 4)), ((1, 3),), ((0, 0), (1, 1), (2, 2), (3, 3), (4, 4))],
)


def test_tall_words_beside_a_group_headers_row_bound_it():
    assert spread(TALL_BESIDE) == [list(a) for a in TALL_BESIDE[2]]


def _with(fixture, line: int, words: list, top: float | None = None, after=None):
    spans, lines, expected = fixture
    lines = list(lines)
    lines[line] = (lines[line][0] if top is None else top, lines[line][1], words)
    return spans, lines, after if after is not None else expected


def test_a_word_a_full_row_above_is_not_beside_the_row():
    """上年决算 printed on the first header row over 上年数's column (a row above 本年支出, not beside it): it does not
    bound 本年支出, which would then reach over 决算数 too, off its centre — so it is left over 基本支出 alone. At
    exactly three quarters of a row above it is still not beside it (`<`, not `<=`)."""
    for top in (0.0, 3.75):
        spans, lines, _ = TALL_BESIDE
        lines = [(top, 9.0, [("上年决算", 262.0, 298.0, 4, 4)]), (7.5, 9.0, [("项目", 51.0, 69.0, 0, 0)])] + lines[1:]
        assert spread((spans, lines, None))[2] == [(2, 2)]


@pytest.mark.parametrize("x0, x1, reader, ", [(148.0, 205.0, (1, 2)), (155.0, 212.0, (2, 3))])
def test_a_group_header_the_reader_put_over_two_columns_reaches_the_third(x0, x1, reader):
    """本年支出 printed a little off the middle lies over 合计 and 基本支出 (or 基本支出 and 项目支出): it still heads all
    three, reaching out on one side only."""
    fixture = _with(TALL_BESIDE, 1, [("本年支出", x0, x1, *reader)])
    assert spread(fixture)[1] == [(1, 3)]


# 三公 budget, 决算 and the year before side by side: three group headers on one line, each over its four columns
THREE_GROUPS = (
    [(20.0, 60.0), (70.0, 110.0), (120.0, 160.0), (170.0, 210.0), (220.0, 260.0), (270.0, 310.0), (320.0, 360.0),
     (370.0, 410.0), (420.0, 460.0), (470.0, 510.0), (520.0, 560.0), (570.0, 610.0)],
    [
        (10.0, 9.0, [("预算数", 101.5, 128.5, 1, 2), ("决算数", 301.5, 328.5, 5, 6), ("上年决算数", 497.0, 533.0, 9, 10)]),
        (25.0, 9.0, [(w, 22.0 + 50 * j, 58.0 + 50 * j, j, j) for j, w in enumerate(["合计", "出国费", "公务用车", "接待费"] * 3)]),
    ],
    [((0, 3), (4, 7), (8, 11)), tuple((j, j) for j in range(12))],
)


def test_three_group_headers_on_one_line_each_reach_halfway_to_the_next():
    assert spread(THREE_GROUPS) == [list(a) for a in THREE_GROUPS[2]]


# 决算 over 合计 | 小计 (two narrow columns), 7 pt off their middle: within a character height (9 pt), so it heads both
NARROW = (
    [(20.0, 100.0), (110.0, 140.0), (145.0, 175.0), (185.0, 225.0)],
    [
        (7.5, 9.0, [("项目", 51.0, 69.0, 0, 0), ("上年数", 191.5, 218.5, 3, 3)]),
        (15.0, 9.0, [("决算", 140.5, 158.5, 2, 2)]),
        (30.0, 9.0, [("科目名称", 42.0, 78.0, 0, 0), ("合计", 116.0, 134.0, 1, 1), ("小计", 151.0, 169.0, 2, 2),
                     ("决算数", 191.5, 218.5, 3, 3)]),
    ],
    [((0, 0), (3, 3)), ((1, 2),), ((0, 0), (1, 1), (2, 2), (3, 3))],
)


def test_a_group_header_off_its_columns_middle_by_less_than_its_type_size_heads_them():
    assert spread(NARROW) == [list(a) for a in NARROW[2]]


def test_a_group_header_off_a_wide_groups_middle_by_less_than_a_tenth_of_its_width_heads_it():
    """本年支出 10 pt left of the middle of 合计 … 项目支出 (127 pt wide): more than its type size, less than a tenth."""
    assert spread(_with(TALL_BESIDE, 1, [("本年支出", 156.5, 192.5, 2, 2)]))[1] == [(1, 3)]


@pytest.mark.parametrize("first, last", [(("功能分类科目名称", 22.0, 118.0, 0, 1), ("决算数", 266.5, 293.5, 4, 4)),
                                         (("科目名称", 42.0, 78.0, 0, 0), ("上年决算数合计", 212.0, 298.0, 3, 4))])
def test_a_header_word_below_reaching_out_of_the_columns_leaves_the_group_unspread(first, last):
    """A word under the group that runs into a column beside it (the label's long name over 合计, a word over 项目支出 and
    上年数): which columns the group heads is not known — 本年支出 stays over 基本支出."""
    spans, lines, _ = TALL_BESIDE
    r1 = [first, ("合计", 121.0, 139.0, 1, 1), ("基本支出", 162.0, 198.0, 2, 2), ("项目支出", 212.0, 248.0, 3, 3)]
    lines = lines[:2] + [(30.0, 9.0, r1 + [last])]
    assert spread((spans, lines, None))[1] == [(2, 2)]


def test_a_group_header_over_a_column_a_word_beside_it_heads_is_left_as_read():
    """本年支出 lies over 基本支出 and the edge of 项目支出, whose own header 其他 is printed beside its row: it is left as
    the reader put it (2–3), not spread."""
    spans, lines, _ = TALL_BESIDE
    tall = (7.5, 9.0, [("项目", 51.0, 69.0, 0, 0), ("其他", 222.0, 238.0, 3, 3), ("上年数", 266.5, 293.5, 4, 4)])
    assert spread((spans, [tall, (15.0, 9.0, [("本年支出", 155.0, 212.0, 2, 3)]), lines[2]], None))[1] == [(2, 3)]
