"""Mutation tests (issue 14) for the PDF reading that landed in session 7 without a mutation run: a continued
part's label spread over the first part's columns (readers/pdf_spans.py), a wide table printed in column strips
(readers/pdf_strips.py). Each test builds a PDF and asserts what is read: the rows and their figures, the merges,
whether the strip was joined, read on its own or set aside. (recognize/merged_labels.py was run too: its one survivor
is listed in README 变异测试.)"""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter, column_strips, sheet_rows
from test_pdf_strips import CUT, HEAD, META, TITLE, WIDTHS, X0, _body  # the strips table of test_pdf_strips

# ---------------------------------------------------------------------------------------------------------------
# pdf_spans: the first part of a 收支预算总表 (six columns), its last rows alone on the next page

SX0 = 57.0
SWIDTHS = [70.0, 60.0, 110.0, 60.0, 80.0, 60.0]  # rules at 57, 127, 187, 297, 357, 437, 497
SHEAD = [["收入", "", "支出", "", "", ""],
         ["项目名称", "金额", "功能分类", "", "支出用途", ""],
         ["", "", "功能科目名称", "金额", "项目名称", "金额"]]
SHEAD_MERGES = [(0, 0, 0, 1), (0, 2, 0, 5), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 3), (1, 4, 1, 5)]


def _spans(tmp_path, name: str, widths: list[float], rows: list[list[str]], merges=None):
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 60, "收支预算总表", 14)
    p1.text(SX0, 100, "部门：某省测试厅", 9)
    p1.text(420, 100, "单位：万元", 9)
    p1.grid(SX0, 120, SWIDTHS, SHEAD + [["一、财政拨款", "100.00", "一、一般公共服务支出", "100.00", "一、基本支出", "100.00"]],
            row_h=22.0, merges=SHEAD_MERGES)
    w.page().grid(SX0, 60, widths, rows, row_h=22.0, merges=merges or [])
    path = w.save(tmp_path / name)
    return path, read_workbook(path).sheets[0]


def _at(sheet, text: str) -> int:
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == text]
    return r


def test_a_label_on_the_parts_first_row_after_a_label_already_merged_is_spread(tmp_path):
    # row 0 of the part (nothing repeated above it): "上年结转资金" is printed merged over the two 收入 columns, as
    # the first part has them (nothing to do), and "结转下年资金" over three of the 支出 columns (spread)
    path, sheet = _spans(tmp_path, "首行.pdf", [70.0, 60.0, 250.0, 60.0],
                         [["上年结转资金", "", "结转下年资金", ""], ["收入合计", "100.00", "支出合计", "100.00"]],
                         merges=[(0, 0, 0, 1)])
    r = _at(sheet, "结转下年资金")
    assert sheet.cells[(r, 3)].value == "结转下年资金" and (r, 3, r, 5) in sheet.merged
    assert (r, 1, r, 2) in sheet.merged and sheet.cells[(r, 1)].value == "上年结转资金"
    assert sheet.origins[(r, 5)].page == 2
    assert [(1, "收入合计"), (2, "100.00"), (3, "支出合计"), (6, "100.00")] in sheet_rows(path)


def test_a_label_over_exactly_two_columns_whose_centre_is_in_the_first(tmp_path):
    # 功能科目名称 (110 pt) + 金额 (60 pt): the centre of the cell falls in the first of the two
    path, sheet = _spans(tmp_path, "两列左.pdf", [70.0, 60.0, 170.0, 80.0, 60.0],
                         [["收入合计", "100.00", "支出合计", "", "100.00"]])
    r = _at(sheet, "支出合计")
    assert (r, 3, r, 4) in sheet.merged
    assert [(1, "收入合计"), (2, "100.00"), (3, "支出合计"), (6, "100.00")] in sheet_rows(path)


def test_a_label_over_exactly_two_columns_whose_centre_is_in_the_last(tmp_path):
    # 金额 (60 pt) + 项目名称 (80 pt): the centre falls in the second; the label still starts in the first
    path, sheet = _spans(tmp_path, "两列右.pdf", [70.0, 60.0, 110.0, 140.0, 60.0],
                         [["收入合计", "100.00", "支出小计", "支出合计", "100.00"]])
    r = _at(sheet, "支出合计")
    assert sheet.cells[(r, 4)].value == "支出合计" and (r, 4, r, 5) in sheet.merged
    assert [(1, "收入合计"), (2, "100.00"), (3, "支出小计"), (4, "支出合计"), (6, "100.00")] in sheet_rows(path)


def test_a_label_whose_edge_is_no_column_rule_of_the_first_part_keeps_its_centres_column(tmp_path):
    # the wide cell ends at 387, between the first part's rules at 357 and 437: not a label merged over columns;
    # its centre (287) is in 功能科目名称
    path, sheet = _spans(tmp_path, "不对齐.pdf", [70.0, 60.0, 200.0, 110.0],
                         [["收入合计", "100.00", "支出合计", "100.00"]])
    assert [(1, "收入合计"), (2, "100.00"), (3, "支出合计"), (6, "100.00")] in sheet_rows(path)
    r = _at(sheet, "支出合计")
    assert not any(m[0] == r for m in sheet.merged)


def test_a_label_edge_exactly_the_tolerance_off_the_first_parts_rule_is_on_it(tmp_path):
    # the wide cell's right edge at 443: 6 pt (EDGE) right of the rule at 437
    path, sheet = _spans(tmp_path, "恰6.pdf", [70.0, 60.0, 256.0, 54.0],
                         [["收入合计", "100.00", "支出合计", "100.00"]])
    r = _at(sheet, "支出合计")
    assert sheet.cells[(r, 3)].value == "支出合计" and (r, 3, r, 5) in sheet.merged


def test_a_label_of_the_first_cjk_character_is_words(tmp_path):
    # "一" is U+4E00, the first of the range the words are told by
    _path, sheet = _spans(tmp_path, "一.pdf", [70.0, 60.0, 250.0, 60.0], [["收入合计", "100.00", "一", "100.00"]])
    r = _at(sheet, "一")
    assert sheet.cells[(r, 3)].value == "一" and (r, 3, r, 5) in sheet.merged


def test_a_label_whose_columns_hold_something_else_keeps_its_column_and_the_next_label_is_still_spread(tmp_path):
    # the part's rules at 187 and 431 (6 pt, EDGE, off 437): row 0's wide cell is over 功能科目名称..项目名称 of the
    # first part, but the narrow column after it (its centre in 项目名称) holds a dash: nothing is moved over it;
    # row 1's label merged over both part columns is still spread over the first part's three
    _path, sheet = _spans(tmp_path, "占用.pdf", [70.0, 60.0, 244.0, 10.0, 56.0],
                          [["收入合计", "100.00", "支出合计", "-", "100.00"],
                           ["上年结转", "", "结转下年资金", "", ""]], merges=[(1, 2, 1, 3)])
    r = _at(sheet, "支出合计")
    assert [(c, sheet.cells[(r, c)].value) for c in range(1, 7) if (r, c) in sheet.cells] == [
        (1, "收入合计"), (2, "100.00"), (4, "支出合计"), (5, "-"), (6, "100.00")]
    assert not any(m[0] == r for m in sheet.merged)
    r2 = _at(sheet, "结转下年资金")
    assert r2 == r + 1 and sheet.cells[(r2, 3)].value == "结转下年资金" and (r2, 3, r2, 5) in sheet.merged


# ---------------------------------------------------------------------------------------------------------------
# pdf_strips: 收入决算表 printed in two column strips (as in test_pdf_strips)

BODY = _body(other_201="10.00")  # every row adds up
JOINED_201 = [(1, "201"), (2, "一般公共服务支出"), (3, "100.00"), (4, "60.00"), (5, "0.00"), (6, "30.00"), (7, "0.00"),
              (8, "0.00"), (9, "10.00")]
PART_201 = [(1, "201"), (2, "一般公共服务支出"), (3, "100.00"), (4, "60.00")]


def _strip_page(tmp_path, name: str, widths, rows, x0: float = X0, top: float = 100.0, lines=(), merges=None,
                row_h: float = 18.0, body=None):
    """Page 1: the table's first four columns; page 2: `rows` as a grid of `widths` at (x0, top) under the repeated
    title and `lines` ((top, text) each)."""
    w = PdfWriter()
    p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + (body or BODY), CUT, x0=X0)
    p2.ops.clear()
    p2.text(60, 30, TITLE, 14)
    for y, text in lines:
        p2.text(X0, y, text, 9)
    p2.grid(x0, top, widths, rows, row_h=row_h, merges=merges or [])
    path = w.save(tmp_path / name)
    return path, sheet_rows(path)


STRIP = [r[CUT:] for r in [HEAD] + BODY]


def test_a_grid_as_wide_as_the_part_on_the_next_page_is_no_strip(tmp_path):
    # the five other sources in five columns as wide together as the part's four: read as the table carried over
    # (each column where its centre is), never laid out beside the part's rows
    _path, rows = _strip_page(tmp_path, "同宽.pdf", [67.0] * 5, STRIP)
    assert PART_201 in rows
    assert not any((5, "上级补助收入") in r for r in rows)
    assert any(t == "上级补助收入" for r in rows for _c, t in r)  # read, not dropped


def test_a_grid_exactly_the_tolerance_off_the_parts_edges_is_no_strip(tmp_path):
    # as wide as the part, 6 pt (EDGE) to the right: its edges are the part's
    _path, rows = _strip_page(tmp_path, "同宽6.pdf", [67.0] * 5, STRIP, x0=X0 + 6.0)
    assert not any((5, "上级补助收入") in r for r in rows)
    assert any(t == "上级补助收入" for r in rows for _c, t in r)


def test_rows_exactly_the_tolerance_higher_still_match(tmp_path):
    _path, rows = _strip_page(tmp_path, "行高1.5.pdf", WIDTHS[CUT:], STRIP, row_h=19.5)
    assert JOINED_201 in rows


def test_a_strip_printed_lower_on_its_page_is_joined_row_by_row(tmp_path):
    _path, rows = _strip_page(tmp_path, "靠下.pdf", WIDTHS[CUT:], STRIP, top=130.0)
    assert JOINED_201 in rows


def test_a_grid_under_the_repeated_title_and_another_tables_title_is_read_as_its_own(tmp_path):
    # the table's title repeated, then another table's title: the grid is that table's, read (not dropped)
    _path, rows = _strip_page(tmp_path, "另表.pdf", WIDTHS[CUT:], STRIP, lines=[(70, "财政拨款收入支出决算总表")])
    assert PART_201 in rows and not any((5, "上级补助收入") in r for r in rows)
    assert any((1, "上级补助收入") in r for r in rows)


def test_a_grid_under_a_sentence_is_read_as_its_own(tmp_path):
    _path, rows = _strip_page(tmp_path, "说明.pdf", WIDTHS[CUT:], STRIP, lines=[(80, "注：本表反映部门本年度取得的各项收入。")])
    assert PART_201 in rows and not any((5, "上级补助收入") in r for r in rows)
    assert any((1, "上级补助收入") in r for r in rows)


def test_a_strip_with_a_group_header_merged_over_new_columns_keeps_the_merge(tmp_path):
    # repeated codes and names, then a two-row header: 其他来源 over the five sources; the merge goes with them
    keep = [0, 1] + list(range(CUT, 9))
    head1 = ["科目编码", "科目名称", "其他来源", "", "", "", ""]
    strip = [head1] + [[r[i] for i in keep] for r in [HEAD] + BODY]
    w = PdfWriter()
    p1 = w.page()
    p1.text(X0 + 150, 50, TITLE, 14)
    p1.text(X0, 80, META, 9)
    head1_part = ["科目编码", "科目名称", "本年收入", ""]
    p1.grid(X0, 100, WIDTHS[:CUT], [head1_part] + [r[:CUT] for r in [HEAD] + BODY],
            merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)])
    p2 = w.page()
    p2.text(X0 + 20, 50, TITLE, 14)
    p2.grid(X0, 100, [WIDTHS[i] for i in keep], strip, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6)])
    path = w.save(tmp_path / "组标题.pdf")
    sheet = read_workbook(path).sheets[0]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "其他来源"]
    assert sheet.cells[(r, 5)].value == "其他来源"
    strip_merges = sorted(m for m in sheet.merged if m[3] >= 5)
    assert strip_merges == [(r, 5, r, 9)]
    assert sheet.origins[(r, 9)].page == 2 and sheet.origins[(r, 9)] == sheet.origins[(r, 5)]
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "100.00"), (4, "60.00"), (5, "0.00"), (6, "30.00"), (7, "0.00"),
            (8, "0.00"), (9, "10.00")] in sheet_rows(path)


def _repeat_strip(body, labels_at=None):
    """The strip repeating the codes and names (the print's repeated columns), optionally with a label in the
    first new column of a body row `labels_at`."""
    keep = [0, 1] + list(range(CUT, 9))
    strip = [[r[i] for i in keep] for r in [HEAD] + body]
    if labels_at is not None:
        strip[labels_at][2] = "见说明"
    return [WIDTHS[i] for i in keep], strip


def test_a_label_in_the_first_new_column_after_repeated_labels_is_no_strip(tmp_path):
    # (session 21: one word in a column of figures, '见说明' typed into an amount cell, no longer keeps a strip apart:
    # it is joined and the word stays in its cell, for CEL001 — pdf_strips._stray_words; words in two rows of the
    # column are a column of labels: a grid of its own, as before)
    widths, strip = _repeat_strip(BODY, labels_at=3)
    _path, rows = _strip_page(tmp_path, "新列有字.pdf", widths, strip)
    assert [(1, "20106"), (2, "财政事务"), (3, "100.00"), (4, "60.00"), (5, "见说明"), (6, "30.00"), (7, "0.00"),
            (8, "0.00"), (9, "10.00")] in rows
    strip[2][2] = "见说明"
    _path, rows = _strip_page(tmp_path, "新列有字2.pdf", widths, strip)
    assert not any(len(r) == 9 for r in rows)  # nothing joined beside the part's rows: a grid of its own
    assert [(1, "20106"), (2, "财政事务"), (3, "见说明"), (4, "30.00"), (5, "0.00"), (6, "0.00"), (7, "10.00")] in rows


def test_a_strip_that_repeats_all_of_the_parts_columns_is_no_strip(tmp_path):
    # all four of the part's columns printed again before two sources: at most all but the part's last column
    # count as repeated, so 财政拨款收入 is one of the strip's own columns, and it is the part's: not joined
    keep = [0, 1, 2, 3, 4, 5]
    _path, rows = _strip_page(tmp_path, "全部重复.pdf", [WIDTHS[i] for i in keep],
                              [[r[i] for i in keep] for r in [HEAD] + BODY])
    assert PART_201 in rows and [(c, t) for c, t in enumerate(HEAD[:4], start=1)] in rows  # the part alone
    assert [(c, t) for c, t in enumerate(HEAD[:6], start=1)] in rows  # the other grid read as it is


def test_a_repeated_column_empty_below_its_header_is_no_label_column(tmp_path):
    # no codes printed: the repeated 科目编码 column is empty below its header, so it is not a repeat of the row
    # labels; its header is the part's own: not joined
    body = [[""] + r[1:] for r in BODY]
    w = PdfWriter()
    column_strips(w, TITLE, META, WIDTHS, [HEAD] + body, CUT, repeat=2, x0=X0)
    rows = sheet_rows(w.save(tmp_path / "无编码.pdf"))
    assert [(2, "一般公共服务支出"), (3, "100.00"), (4, "60.00")] in rows
    assert not any((5, "上级补助收入") in r for r in rows)


def test_a_repeated_code_column_with_a_code_on_the_first_body_row_only_is_a_repeat(tmp_path):
    body = [["1"] + BODY[0][1:]] + [[""] + r[1:] for r in BODY[1:]]
    w = PdfWriter()
    column_strips(w, TITLE, META, WIDTHS, [HEAD] + body, CUT, repeat=2, x0=X0)
    rows = sheet_rows(w.save(tmp_path / "一个编码.pdf"))
    assert [(2, "一般公共服务支出"), (3, "100.00"), (4, "60.00"), (5, "0.00"), (6, "30.00"), (7, "0.00"), (8, "0.00"),
            (9, "10.00")] in rows


def _over_then_down(tmp_path, name: str, second_widths=None, second_x0: float = X0):
    w = PdfWriter()
    column_strips(w, TITLE, META, WIDTHS, [HEAD] + BODY[:3], CUT, x0=X0)
    p3, p4 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + BODY[3:], CUT, x0=X0)
    p4.ops.clear()
    p4.text(X0 + 20, 50, TITLE, 14)
    p4.grid(second_x0, 100, second_widths or WIDTHS[CUT:], [r[CUT:] for r in [HEAD] + BODY[3:]])
    path = w.save(tmp_path / name)
    return path, sheet_rows(path)


def test_the_next_strip_of_a_table_printed_over_then_down_in_other_widths_is_not_joined(tmp_path):
    path, rows = _over_then_down(tmp_path, "宽度不同.pdf", second_widths=[60.0, 90.0, 75.0, 75.0, 75.0])
    assert [(c, t) for c, t in enumerate(BODY[0], start=1) if t] in rows  # the first strip joined
    assert not any(r[0] == (1, "2010601") and len(r) == 9 for r in rows)


def test_the_next_strip_printed_further_right_in_the_same_widths_is_joined(tmp_path):
    # the same widths 10 pt further right: the first strip's columns again (compared by width, not place)
    path, rows = _over_then_down(tmp_path, "右移.pdf", second_x0=X0 + 10.0)
    for line in BODY:
        assert [(c, t) for c, t in enumerate(line, start=1) if t] in rows


def test_the_next_strip_in_widths_each_within_the_tolerance_is_joined(tmp_path):
    # each column up to 1.5 pt (BAND) wider than the first strip's: the same columns (each compared on its own)
    path, rows = _over_then_down(tmp_path, "宽度相近.pdf", second_widths=[76.5, 76.0, 76.0, 76.0, 75.0])
    for line in BODY:
        assert [(c, t) for c, t in enumerate(line, start=1) if t] in rows


def test_a_strip_beside_a_part_of_labels_only_is_not_joined(tmp_path):
    # page 1 holds only the (uncoded) names: no row of figures to match the strip's rows with
    body = [[""] + r[1:] for r in BODY]
    w = PdfWriter()
    column_strips(w, TITLE, META, WIDTHS, [HEAD] + body, 2, x0=X0)
    path = w.save(tmp_path / "只有行名.pdf")
    rows = sheet_rows(path)
    assert [(2, "一般公共服务支出")] in rows
    assert not any((3, "本年收入合计") in r for r in rows)
    assert read_workbook(path).sheets[0].cut_tables  # set aside, not guessed


def test_a_strip_header_that_is_a_label_of_the_parts_rows_is_still_new(tmp_path):
    # the strip's last column is headed 合计 (the sum of its sources), which the part has as a row label only
    head = HEAD[:-1] + ["合计"]
    w = PdfWriter()
    column_strips(w, TITLE, META, WIDTHS, [head] + BODY, CUT, x0=X0)
    rows = sheet_rows(w.save(tmp_path / "合计列.pdf"))
    assert [(c, t) for c, t in enumerate(head, start=1)] in rows
    assert JOINED_201 in rows


def test_a_strip_with_a_column_without_a_header_is_not_joined(tmp_path):
    head = HEAD[:-1] + [""]
    w = PdfWriter()
    column_strips(w, TITLE, META, WIDTHS, [head] + BODY, CUT, x0=X0)
    path = w.save(tmp_path / "无列名.pdf")
    rows = sheet_rows(path)
    assert PART_201 in rows
    assert not any((5, "上级补助收入") in r for r in rows)
    assert read_workbook(path).sheets[0].cut_tables  # set aside, not guessed


def test_a_repeated_name_column_exactly_the_tolerance_wider_is_still_a_repeat(tmp_path):
    widths, strip = _repeat_strip(BODY)
    widths[1] += 1.5  # BAND
    _path, rows = _strip_page(tmp_path, "名称宽1.5.pdf", widths, strip)
    assert JOINED_201 in rows


def test_a_header_cell_across_the_repeated_and_the_new_columns_is_no_strip(tmp_path):
    # 科目 merged over the codes and the next column on both pages, the strip repeating the codes only: on the
    # strip it stands over a column of figures, so the repeated and the new columns are not cleanly apart
    w = PdfWriter()
    p1 = w.page()
    p1.text(X0 + 150, 50, TITLE, 14)
    p1.text(X0, 80, META, 9)
    part = [["科目", "", "本年收入", ""], ["编码", "名称", "本年收入合计", "财政拨款收入"]] + [r[:CUT] for r in BODY[1:]]
    p1.grid(X0, 100, WIDTHS[:CUT], part, merges=[(0, 0, 0, 1), (0, 2, 0, 3)])
    p2 = w.page()
    p2.text(X0 + 20, 50, TITLE, 14)
    strip = [["科目", "", "", "", ""], ["编码", "上级补助收入", "事业收入", "经营收入", "其他收入"]] + [
        [r[0], r[4], r[5], r[6], r[8]] for r in BODY[1:]]
    p2.grid(X0, 100, [70.0, 75.0, 75.0, 75.0, 75.0], strip, merges=[(0, 0, 0, 1)])
    path = w.save(tmp_path / "跨界.pdf")
    sheet = read_workbook(path).sheets[0]
    rows = sheet_rows(path)
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "100.00"), (4, "60.00")] in rows  # nothing beside the part's rows
    assert [page for _r1, _r2, page in sheet.cut_tables] == [2]  # set aside whole (BGC006), not guessed
