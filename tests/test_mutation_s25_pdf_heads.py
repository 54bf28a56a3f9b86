"""readers/pdf_heads.py measured by tools/mutate.py in session 25 (mut, issue 14; seed 25, 40 mutants): the header
lines the PDF reader hands to spread_group_heads for prints of tests/test_tables_heldout22.py, _heldout24.py and
tests/test_pdf_heldout_s16.py (captured: the lines' tops, type sizes, each word's left/right edge and top, the columns
the reader put it in, and the table's column spans), some changed the way another print would change them (a word a
few points off, read into one column more, a parent word missing). Each asserts the columns every header word heads
after spreading; judged in memory, about a second."""

from __future__ import annotations

import copy

import pytest

from govaudit.readers.pdf_heads import spread_group_heads


class Word:
    def __init__(self, text: str, x0: float, top: float, x1: float, height: float):
        self.text, self.bbox = text, (x0, top, x1, top + height)


class HeadLine:
    def __init__(self, top: float, height: float, words: list):
        # words: (text, x0, x1, first column, last column[, top when not the line's])
        self.top, self.height = top, height
        self.pieces = [Word(w[0], w[1], w[5] if len(w) > 5 else top, w[2], height) for w in words]
        self.columns = [(w[3], w[4]) for w in words]


def spread(spans, lines) -> list[list[tuple[int, int]]]:
    heads = [HeadLine(*ln) for ln in copy.deepcopy(lines)]
    spread_group_heads(heads, [list(s) for s in spans])
    return [list(ln.columns) for ln in heads]


# 中央式 收入决算表, its header over three lines, '科目名称' a line lower than its neighbours: '功能分类科目编码' spreads over 类|款|项 (0-2); a spread that would put two words of a line in one column is not taken (pdf_heads line 53)
CENTRAL_INCOME_HEADER_OVER_THREE_LINES = (
    [(53.26, 75.05), (81.05, 95.57), (108.83, 123.35), (136.62, 267.34), (273.34, 324.18), (330.18, 381.02), (390.65, 405.17), (414.81, 443.86), (449.86, 478.91), (488.54, 503.06), (512.69, 541.74)],
    [
        (94.32, 7.26, [('项目', 153.04, 167.56, 3, 3)]),
        (110.3, 7.26, [('本年', 291.5, 306.02, 4, 4), ('财政', 348.34, 362.86, 5, 5), ('上级', 390.65, 405.17, 6, 6), ('附属单', 484.9, 506.69, 9, 9)]),
        (119.74, 7.26, [('功能分类科目编码', 81.05, 102.84, 1, 1), ('科目名称', 187.46, 216.51, 3, 3, 137.17), ('收入合计', 291.5, 306.02, 4, 4), ('拨款收入', 348.34, 362.86, 5, 5), ('补助收入', 390.65, 405.17, 6, 6), ('事业收入', 414.81, 443.86, 7, 7), ('经营收入', 449.86, 478.91, 8, 8), ('位上缴收入', 484.9, 506.69, 9, 9), ('其他收入', 512.69, 541.74, 10, 10)]),
        (154.6, 7.26, [('类', 60.52, 67.78, 0, 0), ('款', 88.31, 95.57, 1, 1), ('项', 116.1, 123.36, 2, 2)]),
    ],
    [[(3, 3)], [(4, 4), (5, 5), (6, 6), (9, 9)], [(0, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10)], [(0, 0), (1, 1), (2, 2)]],
)
# 收支决算总表 printed without rules: '收入' set in the gutter between '项目' and '金额' (between_pair: the nearest words each side)
BALANCE_TABLE_INCOME_AND_SPENDING = (
    [(162.5, 234.5), (240.5, 294.5), (300.5, 372.5), (378.5, 432.5)],
    [
        (83.4, 9.0, [('收入', 219.5, 237.5, 0, 0), ('支出', 357.5, 375.5, 2, 2)]),
        (103.2, 9.0, [('项目', 189.5, 207.5, 0, 0), ('金额', 258.5, 276.5, 1, 1), ('项目', 327.5, 345.5, 2, 2), ('金额', 396.5, 414.5, 3, 3)]),
    ],
    [[(0, 1), (2, 3)], [(0, 0), (1, 1), (2, 2), (3, 3)]],
)
# a Word table of tab stops: '收入'/'支出' typed at their first column's left (_flush), each over its 项目 | 决算数
TAB_STOP_BALANCE_TABLE = (
    [(86.0, 221.0), (236.0, 299.0), (305.0, 404.0), (446.0, 509.0)],
    [
        (97.6, 9.0, [('收入', 86.0, 104.0, 0, 0), ('支出', 305.0, 323.0, 2, 2)]),
        (112.0, 9.0, [('项目', 86.0, 104.0, 0, 0), ('决算数', 236.0, 263.0, 1, 1), ('项目', 305.0, 323.0, 2, 2), ('决算数', 446.0, 473.0, 3, 3)]),
    ],
    [[(0, 1), (2, 3)], [(0, 0), (1, 1), (2, 2), (3, 3)]],
)
# 三公 table, headers at the foot of their merged cells (Excel's default): '公务用车购置及运行维护费' under '预算数'/'决算数' takes 小计..运行维护费 only (_under_parent, _centred_within)
SANGGONG_BOTTOM_ALIGNED = (
    [(23.0, 53.96), (84.73, 109.5), (115.5, 146.46), (171.04, 195.81), (226.58, 257.54), (269.73, 294.5), (300.5, 331.46), (362.23, 387.0), (393.0, 423.96), (448.54, 473.31), (504.08, 535.04), (547.23, 572.0)],
    [
        (82.1, 6.19, [('预算数', 149.46, 168.04, 3, 3), ('决算数', 426.96, 445.54, 9, 9)]),
        (95.72, 6.19, [('公务用车购置及运行维护费', 149.37, 223.68, 3, 3), ('公务用车购置及运行维护费', 426.87, 501.18, 9, 9)]),
        (109.35, 6.19, [('合计', 32.29, 44.67, 0, 0), ('因公出国（境）费', 59.96, 109.5, 1, 1), ('小计', 124.79, 137.17, 2, 2), ('公务用车购置费', 152.46, 195.81, 3, 3), ('公务用车运行维护费', 201.81, 257.54, 4, 4), ('公务接待费', 263.54, 294.5, 5, 5), ('合计', 309.79, 322.17, 6, 6), ('因公出国（境）费', 337.46, 387.0, 7, 7), ('小计', 402.29, 414.67, 8, 8), ('公务用车购置费', 429.96, 473.31, 9, 9), ('公务用车运行维护费', 479.31, 535.04, 10, 10), ('公务接待费', 541.04, 572.0, 11, 11)]),
    ],
    [[(0, 5), (6, 11)], [(2, 4), (8, 10)], [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (11, 11)]],
)
# '收入' in the gutter after '项目' that the reader put over two columns (0-1) and '金额' (1): not two neighbouring columns (_over_pair), '收入' keeps its column
GUTTER_WORD_OVER_A_TWO_COLUMN_WORD = (
    [(71.75, 207.75), (213.75, 315.75), (321.75, 415.25), (421.25, 523.25)],
    [
        (82.1, 8.5, [('收入', 185.25, 202.25, 0, 0), ('支出', 414.0, 431.0, 2, 3)]),
        (100.8, 8.5, [('项目', 131.25, 148.25, 0, 1), ('金额', 256.25, 273.25, 1, 1), ('项目', 360.0, 377.0, 2, 2), ('金额', 463.75, 480.75, 3, 3)]),
    ],
    [[(0, 0), (2, 3)], [(0, 1), (1, 1), (2, 2), (3, 3)]],
)
# '“三公”经费预算数' over '公务用车购置及运行费' (3-5), beside '机关运行经费预算数' read into 5-6: a loose group's bounding word whose own sub-line word starts in its first column
SANGGONG_SUBGROUP_SHARING_A_COLUMN = (
    [(108.5, 144.5), (186.5, 222.5), (237.5, 273.5), (279.5, 315.5), (321.5, 357.5), (363.5, 399.5), (432.5, 486.5)],
    [
        (89.4, 9.0, [('“三公”经费预算数', 213.5, 294.5, 1, 3)]),
        (109.2, 9.0, [('公务用车购置及运行费', 294.5, 384.5, 3, 5), ('机关运行经费预算数', 405.5, 486.5, 5, 6)]),
        (119.1, 9.0, [('合计', 117.5, 135.5, 0, 0), ('因公出国(境)费', 150.5, 222.5, 1, 1), ('公务接待费', 228.5, 273.5, 2, 2)]),
        (129.0, 9.0, [('小计', 288.5, 306.5, 3, 3), ('购置费', 326.0, 353.0, 4, 4), ('运行费', 368.0, 395.0, 5, 5)]),
    ],
    [[(1, 3)], [(3, 5), (5, 6)], [(0, 0), (1, 1), (2, 2)], [(3, 3), (4, 4), (5, 5)]],
)
# '功能分类科目编' / '码' broken over two lines (codes3w), '科目名称' 9 pt further left: the tab-stop reach ends where the next word starts (_group flush: its left, not its top)
CODE_HEADER_TYPED_AT_TAB_STOPS = (
    [(126.5, 153.5), (168.5, 186.5), (198.5, 219.5), (225.5, 288.5), (294.5, 348.5), (354.5, 408.5), (414.5, 468.5)],
    [
        (89.4, 9.0, [('功能分类科目编', 141.5, 204.5, 0, 2)]),
        (101.1, 9.0, [('码', 168.5, 177.5, 1, 1), ('科目名称', 230.0, 266.0, 3, 3, 105.15), ('合计', 312.5, 330.5, 4, 4, 105.15), ('基本支出', 363.5, 399.5, 5, 5, 105.15), ('项目支出', 423.5, 459.5, 6, 6, 105.15)]),
        (120.9, 9.0, [('类', 135.5, 144.5, 0, 0), ('款', 168.5, 177.5, 1, 1), ('项', 201.5, 210.5, 2, 2)]),
    ],
    [[(0, 2)], [(1, 2), (3, 3), (4, 4), (5, 5), (6, 6)], [(0, 0), (1, 1), (2, 2)]],
)
# 公开06表 人员经费 | 公用经费 side by side, '人员经费' 4.5 pt right: off its columns' middle by exactly one character height (_group line 156)
BASIC_SPENDING_SIDE_BY_SIDE_OFF_CENTRE = (
    [(84.5, 129.5), (135.5, 261.5), (267.5, 321.5), (327.5, 372.5), (378.5, 459.5), (465.5, 510.5)],
    [
        (40.0, 14.0, [('一般公共预算财政拨款基本支出决算表', 178.5, 416.5, 1, 4), ('公开06表', 468.5, 513.5, 5, 5, 45.0)]),
        (83.4, 9.0, [('人员经费', 189.5, 225.5, 1, 1), ('公用经费', 401.0, 437.0, 4, 4)]),
        (103.2, 9.0, [('科目编码', 89.0, 125.0, 0, 0), ('科目名称', 180.5, 216.5, 1, 1), ('决算数', 281.0, 308.0, 2, 2), ('科目编码', 332.0, 368.0, 3, 3), ('科目名称', 401.0, 437.0, 4, 4), ('决算数', 474.5, 501.5, 5, 5)]),
    ],
    [[(1, 4), (5, 5)], [(0, 2), (3, 5)], [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]],
)
# the bottom-aligned 三公 table without its '决算数' parent word: the right half's group centred within the parent's reach up to its last column (_centred_within)
SANGGONG_BOTTOM_ALIGNED_NO_FINAL_PARENT = (
    [(23.0, 53.96), (84.73, 109.5), (115.5, 146.46), (171.04, 195.81), (226.58, 257.54), (269.73, 294.5), (300.5, 331.46), (362.23, 387.0), (393.0, 423.96), (448.54, 473.31), (504.08, 535.04), (547.23, 572.0)],
    [
        (82.1, 6.19, [('预算数', 149.46, 168.04, 3, 3)]),
        (95.72, 6.19, [('公务用车购置及运行维护费', 149.37, 223.68, 3, 3), ('公务用车购置及运行维护费', 426.87, 501.18, 9, 9)]),
        (109.35, 6.19, [('合计', 32.29, 44.67, 0, 0), ('因公出国（境）费', 59.96, 109.5, 1, 1), ('小计', 124.79, 137.17, 2, 2), ('公务用车购置费', 152.46, 195.81, 3, 3), ('公务用车运行维护费', 201.81, 257.54, 4, 4), ('公务接待费', 263.54, 294.5, 5, 5), ('合计', 309.79, 322.17, 6, 6), ('因公出国（境）费', 337.46, 387.0, 7, 7), ('小计', 402.29, 414.67, 8, 8), ('公务用车购置费', 429.96, 473.31, 9, 9), ('公务用车运行维护费', 479.31, 535.04, 10, 10), ('公务接待费', 541.04, 572.0, 11, 11)]),
    ],
    [[(3, 3)], [(1, 6), (7, 11)], [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (11, 11)]],
)
# bottom-aligned 三公 table (07), '决算数' 2 pt left: a run whose end would cut a header word below is no candidate (_centred_within)
SANGGONG_BOTTOM_ALIGNED_SHIFTED = (
    [(23.0, 54.36), (85.45, 110.54), (116.55, 147.91), (172.73, 197.82), (228.91, 260.27), (272.55, 297.64), (303.64, 335.0), (366.09, 391.18), (397.18, 422.27), (447.09, 472.18), (509.55, 534.64), (546.91, 572.0)],
    [
        (40.0, 14.0, [('一般公共预算财政拨款“三公”经费支出决算表', 150.5, 444.5, 3, 8), ('公开07表', 543.64, 575.0, 11, 11, 47.73)]),
        (76.31, 6.27, [('预算数', 150.91, 169.73, 3, 3), ('决算数', 426.41, 445.23, 9, 9)]),
        (90.11, 6.27, [('公务用车购置及运行维护费', 150.77, 226.04, 3, 3), ('公务用车购置及运行维护费', 428.27, 503.54, 9, 9)]),
        (97.01, 6.27, [('合计', 32.41, 44.96, 0, 0), ('因公出国（境）费', 60.36, 110.54, 1, 1), ('公务接待费', 266.27, 297.63, 5, 5), ('合计', 313.05, 325.6, 6, 6), ('因公出国（境）费', 341.0, 391.18, 7, 7), ('公务接待费', 540.64, 572.0, 11, 11)]),
        (103.91, 6.27, [('小计', 125.95, 138.5, 2, 2), ('公务用车购置费', 153.91, 197.82, 3, 3), ('公务用车运行维护费', 203.82, 260.27, 4, 4), ('小计', 403.45, 416.0, 8, 8), ('公务用车购置费', 428.27, 472.18, 9, 9), ('公务用车运行维护费', 478.18, 534.63, 10, 10)]),
    ],
    [[(3, 8), (11, 11)], [(0, 5), (6, 11)], [(2, 4), (8, 10)], [(0, 0), (1, 1), (5, 5), (6, 6), (7, 7), (11, 11)], [(2, 2), (3, 3), (4, 4), (8, 8), (9, 9), (10, 10)]],
)


@pytest.mark.parametrize("fixture", [CENTRAL_INCOME_HEADER_OVER_THREE_LINES, BALANCE_TABLE_INCOME_AND_SPENDING, TAB_STOP_BALANCE_TABLE, SANGGONG_BOTTOM_ALIGNED, GUTTER_WORD_OVER_A_TWO_COLUMN_WORD, SANGGONG_SUBGROUP_SHARING_A_COLUMN, CODE_HEADER_TYPED_AT_TAB_STOPS, BASIC_SPENDING_SIDE_BY_SIDE_OFF_CENTRE, SANGGONG_BOTTOM_ALIGNED_NO_FINAL_PARENT, SANGGONG_BOTTOM_ALIGNED_SHIFTED], ids=['central_income_header_over_three_lines', 'balance_table_income_and_spending', 'tab_stop_balance_table', 'sanggong_bottom_aligned', 'gutter_word_over_a_two_column_word', 'sanggong_subgroup_sharing_a_column', 'code_header_typed_at_tab_stops', 'basic_spending_side_by_side_off_centre', 'sanggong_bottom_aligned_no_final_parent', 'sanggong_bottom_aligned_shifted'])
def test_group_headers_head_their_columns(fixture):
    spans, lines, expected = fixture
    assert spread(spans, lines) == expected
