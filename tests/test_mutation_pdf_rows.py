"""Mutation tests for what readers/pdf.py does with the header lines printed just above a ruled form (a Word
document's "项目名称　就业创业服务能力建设": a label and its value typed in one paragraph, parted by an ideographic
space): which words become cells of their own, and which columns each gets (issue 14, s5rows' _words/_spans)."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter

SIZE = 9.0  # every glyph is 9 points wide; an ideographic space too
ROWS = [["主管部门", "某区人力资源和社会保障局", "", "实施单位", "某区就业促进中心", ""],
        ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"],
        ["年度资金总额", "100.00", "120.00", "108.00", "10", "90.00%"]]


def _header_row(tmp_path: Path, pieces: list[tuple[float, str]], widths=(80, 60, 60, 60, 60, 60)):
    """The cells (column, text) of the line printed just above the form's grid (its left rule at x 60), and the
    merged spans (first column, last column) of that row."""
    w = PdfWriter()
    p = w.page()
    p.text(150, 60, "项目支出绩效自评表", 14)
    for x, text in pieces:
        p.text(x, 115, text, SIZE)
    p.grid(60, 130, list(widths), ROWS, merges=[(0, 1, 0, 2), (0, 4, 0, 5)])
    sheet = read_workbook(w.save(tmp_path / "表头行.pdf")).sheets[0]
    row = sorted({r for r, _c in sheet.cells})[1]  # the title's row first, then the header line's
    cells = [(c, cell.value) for (r, c), cell in sorted(sheet.cells.items()) if r == row]
    merged = sorted((m[1], m[3]) for m in sheet.merged if m[0] == row)
    return cells, merged


def test_a_gap_narrower_than_a_character_does_not_part_two_words(tmp_path):
    # "就业…" printed 3 pt after "项目名称": one piece of text, over the two columns it covers
    cells, merged = _header_row(tmp_path, [(62, "项目名称"), (62 + 4 * SIZE + 3, "就业创业服务能力建设")])
    assert cells == [(1, "项目名称就业创业服务能力建设")] and merged == [(1, 2)]


def test_a_last_word_of_one_character_stays_with_the_word_before(tmp_path):
    # "元" alone after the second space is not a word of its own: "就业创业　元" stays one cell
    cells, _merged = _header_row(tmp_path, [(62, "项目名称　就业创业　元")])
    assert cells == [(1, "项目名称"), (2, "就业创业元")]


def test_a_first_word_of_two_characters_is_parted(tmp_path):
    cells, _merged = _header_row(tmp_path, [(62, "名称　就业创业服务能力建设")])
    assert cells == [(1, "名称"), (2, "就业创业服务能力建设")]


def test_a_last_word_of_two_characters_is_parted(tmp_path):
    cells, _merged = _header_row(tmp_path, [(62, "就业创业服务　名称")])
    assert cells == [(1, "就业创业服务"), (2, "名称")]


def test_a_value_spaced_out_one_character_at_a_time_stays_whole(tmp_path):
    # "合　计　数" after the label: its single characters are not words; the value is one cell
    cells, _merged = _header_row(tmp_path, [(62, "项目名称　合　计　数")])
    assert cells == [(1, "项目名称"), (2, "合计数")]


def test_a_middle_word_of_two_characters_is_a_cell_of_its_own(tmp_path):
    # three words in three narrow columns (60–105, 105–132, 132–192)
    cells, merged = _header_row(tmp_path, [(62, "项目名称　单位　某区就业")], widths=(45, 27, 60, 60, 60, 60))
    assert cells == [(1, "项目名称"), (2, "单位"), (3, "某区就业")] and merged == []


def test_the_third_word_reaching_into_the_seconds_column_leaves_it_to_the_second(tmp_path):
    # "某区就业" (134–170) reaches 11 pt into the second column (105–145), where "单位" (107–125) covers 18: the
    # column stays "单位"'s and "某区就业" takes the next
    cells, merged = _header_row(tmp_path, [(62, "项目名称　单位　某区就业")], widths=(45, 40, 60, 60, 60, 60))
    assert cells == [(1, "项目名称"), (2, "单位"), (3, "某区就业")] and merged == []


def test_a_line_after_another_piece_is_still_parted_into_words(tmp_path):
    cells, _merged = _header_row(tmp_path, [(62, "备注"), (200, "项目名称　就业创业服务")])
    assert cells == [(1, "备注"), (3, "项目名称"), (4, "就业创业服务")]


def test_two_words_within_one_column_stay_one_cell(tmp_path):
    cells, merged = _header_row(tmp_path, [(62, "项目名称　就业")], widths=(200, 60, 60, 60, 60, 60))
    assert cells == [(1, "项目名称就业")] and merged == []


def test_a_label_reaching_further_into_the_next_column_keeps_it(tmp_path):
    # "项目名称" (62–98) covers 13 pt of the second column (85–110), the value (107–) 3 pt: the column is the
    # label's, the value starts in the third
    cells, merged = _header_row(tmp_path, [(62, "项目名称　就业创业服务能力建设")], widths=(25, 25, 80, 60, 60, 60))
    assert cells == [(1, "项目名称"), (3, "就业创业服务能力建设")] and merged == [(1, 2)]


def test_a_label_over_two_columns_keeps_both_when_the_value_lies_right_of_them(tmp_path):
    # columns 60–80, 80–102, 102–130, 130–190: "项目名称" (62–98) heads the first two, "单位" the third
    cells, merged = _header_row(tmp_path, [(62, "项目名称　单位　某区就业")], widths=(20, 22, 28, 60, 60, 60))
    assert cells == [(1, "项目名称"), (3, "单位"), (4, "某区就业")] and merged == [(1, 2)]


def test_a_label_covering_more_of_the_column_it_shares_with_the_value_keeps_it(tmp_path):
    # "项目名称" (62–98) covers 13 pt of the second column (85–115), the value (107–197) 8: the label's
    cells, merged = _header_row(tmp_path, [(62, "项目名称　就业创业服务能力建设")], widths=(25, 30, 80, 60, 60, 60))
    assert cells == [(1, "项目名称"), (3, "就业创业服务能力建设")] and merged == [(1, 2)]


def test_the_third_word_covering_more_of_a_column_it_shares_with_the_second_takes_it(tmp_path):
    # columns 60–100, 100–116, 116–146, 146–206: "单位" (107–125) covers 9 pt of the third, "某区就业" (134–170) 12
    cells, merged = _header_row(tmp_path, [(62, "项目名称　单位　某区就业")], widths=(40, 16, 30, 60, 60, 60))
    assert cells == [(1, "项目名称"), (2, "单位"), (3, "某区就业")] and merged == [(3, 4)]


def test_a_short_value_inside_the_labels_second_column_takes_it(tmp_path):
    # "项目名称" (62–98) reaches 16 pt into the second column (82–130), which holds all of "就业" (107–125)
    cells, merged = _header_row(tmp_path, [(62, "项目名称　就业")], widths=(22, 48, 60, 60, 60, 60))
    assert cells == [(1, "项目名称"), (2, "就业")] and merged == []


def test_a_value_reaching_further_into_the_labels_last_column_takes_it(tmp_path):
    cells, merged = _header_row(tmp_path, [(62, "项目名称　就业创业服务能力建设")], widths=(45, 40, 80, 60, 60, 60))
    assert cells == [(1, "项目名称"), (2, "就业创业服务能力建设")] and merged == [(2, 3)]


# A table's title (and its 部门/单位 lines) printed at the foot of a page of running text, the table itself starting
# the next page (_foot_titles): those lines are laid out with the table (the tables' sheet), not as paragraphs.

from test_pdf_split_rows import BODY, HEADER, REST, X0, _heading, _rows, _table  # noqa: E402

TEXT = "本部门2019年度收入合计40.00万元，其中财政拨款收入40.00万元，主要用于保障机关正常运转。"


def _text_lines(page, top: float) -> None:
    for k in range(3):
        page.text(X0, top + 16 * k, TEXT[k * 15:(k + 1) * 15], SIZE)


def _foot_title_sheets(tmp_path: Path, foot=("收入决算表", "部门：某区测试局　单位：万元"), above=(), side=None,
                       text_before=0, text_after=0) -> tuple[list[str], list[str]]:
    """`text_before` pages of running text, a page of running text ending with the lines `foot`, the next page's
    lines `above` its ruled 收入决算表 (and `side`, a line beside the table's first row), `text_after` pages of
    running text. Returns the texts of the tables' sheet and of the text sheet, in order."""
    w = PdfWriter()
    for _ in range(text_before):
        _text_lines(w.page(), 300)
    p1 = w.page()
    _text_lines(p1, 600)
    for k, text in enumerate(foot):
        p1.text(X0, 660 + 16 * k, text, SIZE)
    p2 = w.page()
    for k, text in enumerate(above):
        p2.text(X0, 60 + 14 * k, text, SIZE)
    top = 64 + 14 * len(above)
    if side:
        p2.text(400, top + 3, side, SIZE)
    _table(p2, top, [[list(h) for h in HEADER]] + _rows([["", "合计", "40.00", "40.00"]] + BODY[1:]))
    for _ in range(text_after):
        _text_lines(w.page(), 300)
    book = read_workbook(w.save(tmp_path / "表名在页脚.pdf"))
    tables, text = ([c.value for _rc, c in sorted(s.cells.items())] for s in book.sheets[:2])
    return tables, text


def test_a_title_at_a_page_foot_after_pages_of_text_goes_with_the_table(tmp_path):
    for before, after in ((1, 0), (0, 1), (2, 1)):
        tables, text = _foot_title_sheets(tmp_path, text_before=before, text_after=after)
        assert tables[:3] == ["收入决算表", "部门：某区测试局单位：万元", "科目编码"], (before, after)
        assert "收入决算表" not in text


def test_a_title_with_four_lines_below_it_at_a_page_foot_goes_with_the_table(tmp_path):
    foot = ("收入决算表", "2019年度", "部门：某区测试局", "单位：万元", "编制：财务科")
    tables, _text = _foot_title_sheets(tmp_path, foot=foot)
    assert tables[:6] == list(foot) + ["科目编码"]


def test_a_title_with_five_lines_below_it_is_running_text(tmp_path):
    foot = ("收入决算表", "2019年度", "部门：某区测试局", "单位：万元", "编制：财务科", "审核：张三")
    tables, text = _foot_title_sheets(tmp_path, foot=foot)
    assert tables[0] == "科目编码" and text[-6:] == list(foot)


def test_four_header_lines_above_the_next_pages_table_leave_it_the_title_at_the_foot(tmp_path):
    above = ("说明", "备注一", "备注二", "备注三")
    tables, _text = _foot_title_sheets(tmp_path, above=above)
    assert tables[:7] == ["收入决算表", "部门：某区测试局单位：万元", *above, "科目编码"]


def test_five_lines_above_the_next_pages_table_are_not_a_header_under_a_title_at_the_foot(tmp_path):
    above = ("说明", "备注一", "备注二", "备注三", "备注四")
    tables, text = _foot_title_sheets(tmp_path, above=above)
    assert tables[:6] == [*above, "科目编码"] and text[-2:] == ["收入决算表", "部门：某区测试局单位：万元"]


def test_a_sentence_or_a_title_above_the_next_pages_table_keeps_the_foot_lines_text(tmp_path):
    for line in ("注：本表无数据。", "财政拨款收入支出决算表"):
        tables, text = _foot_title_sheets(tmp_path, above=(line,))
        assert tables[:2] == [line, "科目编码"] and text[-2:] == ["收入决算表", "部门：某区测试局单位：万元"], line


def test_a_sentence_beside_the_tables_first_row_is_not_above_it(tmp_path):
    tables, _text = _foot_title_sheets(tmp_path, side="注：本表金额单位为万元。")
    assert tables[:3] == ["收入决算表", "部门：某区测试局单位：万元", "科目编码"]


def test_a_title_at_a_later_page_foot_after_one_left_as_text(tmp_path):
    # page 1's foot lines stay text (a sentence above page 2's table); page 3's go with page 4's table
    w = PdfWriter()
    for above in ("注：本表无数据。", None):
        p = w.page()
        _text_lines(p, 600)
        p.text(X0, 660, "收入决算表", SIZE)
        p.text(X0, 676, "部门：某区测试局　单位：万元", SIZE)
        p = w.page()
        if above:
            p.text(X0, 60, above, SIZE)
        _table(p, 78, [[list(h) for h in HEADER]] + _rows([["", "合计", "40.00", "40.00"]] + BODY[1:]))
    book = read_workbook(w.save(tmp_path / "两处表名在页脚.pdf"))
    tables, text = ([c.value for _rc, c in sorted(s.cells.items())] for s in book.sheets[:2])
    assert tables.count("收入决算表") == 1 and text.count("收入决算表") == 1
    k = tables.index("收入决算表")
    assert tables[k - 2:k] == ["40.00", "40.00"] and tables[k + 1:k + 3] == ["部门：某区测试局单位：万元", "科目编码"]


def test_a_new_table_that_joined_a_broken_row_keeps_its_rows_and_joins_the_next_pages_rest(tmp_path):
    # 收入决算表's title and its 部门/单位 row are the last rows of page 1's grid, that row broken across the page
    # (a new table on page 2 whose first band is joined to it); page 2's last row breaks again ("155.1" | "7")
    body = [["", "合计", "40.00", "40.00"], ["201", "一般公共服务支出", "40.00", "40.00"],
            ["20106", "财政事务", "40.00", "40.00"]]
    w = PdfWriter()
    p1 = w.page()
    p1.text(120, 60, "支出决算表", 14)
    p1.text(X0, 90, "部门：某区测试局　　单位：万元", SIZE)
    header = [["科目编码"], ["科目名称"], ["本年支出", "合计"], ["基本支出"]]
    _table(p1, 110, [header] + _rows(body) + [[["收入决算表"], [], [], []], [["部门：某区测试"], ["金额单"], [], []]])
    _table(w.page(), 60, [[["局"], ["位：万元"], [], []], [list(h) for h in HEADER]] + _rows(body)
           + [[["2010601"], ["行政运行"], ["155.1"], ["155.1"]]])
    _table(w.page(), 60, [[[], [], ["7"], ["7"]]] + _rows([["2010602", "一般行政管理事务", "10.00", "10.00"]]))
    sheet = read_workbook(w.save(tmp_path / "新表接断行.pdf")).sheets[0]
    rows: dict[int, list[str]] = {}
    for (r, _c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell.value)
    assert list(rows.items())[6:] == [
        (7, ["收入决算表"]), (8, ["部门：某区测试局", "金额单位：万元"]),
        (9, ["科目编码", "科目名称", "本年收入合计", "财政拨款收入"]), (10, ["合计", "40.00", "40.00"]),
        (11, ["201", "一般公共服务支出", "40.00", "40.00"]), (12, ["20106", "财政事务", "40.00", "40.00"]),
        (13, ["2010601", "行政运行", "155.17", "155.17"]), (14, ["2010602", "一般行政管理事务", "10.00", "10.00"])]
    assert sheet.origins[(8, 1)].page == 1 and sheet.origins[(9, 1)].page == 2 and sheet.origins[(14, 1)].page == 3


def test_a_sentence_reaching_a_point_below_the_next_pages_tables_top_rule_is_above_it(tmp_path):
    # "注：本表无数据。" (72–81) ends 1 pt below the table's top rule (80): still a line above the table, and running
    # text there says page 1's foot lines are not that table's title
    w = PdfWriter()
    p1 = w.page()
    _text_lines(p1, 600)
    p1.text(X0, 660, "收入决算表", SIZE)
    p1.text(X0, 676, "部门：某区测试局　单位：万元", SIZE)
    p2 = w.page()
    p2.text(X0, 72, "注：本表无数据。", SIZE)
    _table(p2, 80, [[list(h) for h in HEADER]] + _rows([["", "合计", "40.00", "40.00"]] + BODY[1:]))
    book = read_workbook(w.save(tmp_path / "注在表线上.pdf"))
    tables, text = ([c.value for _rc, c in sorted(s.cells.items())] for s in book.sheets[:2])
    assert tables[:2] == ["注：本表无数据。", "科目编码"] and text[-2:] == ["收入决算表", "部门：某区测试局单位：万元"]


def _broken(row: list[str]) -> tuple[list[list[str]], list[list[str]]]:
    """A row's cells wrapped as Word wraps them, cut after each cell's first line: the part on one page, the rest."""
    cells = _rows([row])[0]
    return [lines[:1] for lines in cells], [lines[1:] for lines in cells]


def test_a_part_of_two_rows_that_joined_the_row_before_gives_its_own_broken_row_the_next_pages_rest(tmp_path):
    # row 208 breaks at the foot of page 1, row 20801 at the foot of page 2 (page 2 holds 208's rest and 20801's
    # first lines): both are joined, each in its place
    social_head, social_rest = _broken(["208", "社会保障和就业支出", "155.17", "155.17"])
    admin_head, admin_rest = _broken(["20801", "人力资源和社会保障管理事务", "155.17", "155.17"])
    w = PdfWriter()
    p1 = w.page()
    p1.text(120, 60, "收入决算表", 14)
    p1.text(X0, 90, "部门：某区测试局　　单位：万元", SIZE)
    _table(p1, 110, [[list(h) for h in HEADER]] + _rows(BODY) + [social_head])
    _table(w.page(), 60, [social_rest, admin_head])
    _table(w.page(), 60, [admin_rest] + _rows([["2080101", "行政运行", "155.17", "155.17"]]))
    sheet = read_workbook(w.save(tmp_path / "两次断行.pdf")).sheets[0]
    rows: dict[int, list[str]] = {}
    for (r, _c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell.value)
    assert list(rows.values())[-3:] == [["208", "社会保障和就业支出", "155.17", "155.17"],
                                        ["20801", "人力资源和社会保障管理事务", "155.17", "155.17"],
                                        ["2080101", "行政运行", "155.17", "155.17"]]
    r = max(rows)
    assert [sheet.origins[(r - k, 1)].page for k in (2, 1, 0)] == [1, 2, 3]


def _layout_rows(path: Path) -> dict[int, list[str]]:
    sheet = read_workbook(path).sheets[0]
    rows: dict[int, list[str]] = {}
    for (r, _c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell.value)
    return rows


def test_a_table_whose_first_page_holds_only_the_broken_row_is_joined(tmp_path):
    # page 1's grid is a single ruled row, the first lines of row 208 (a one-band table); page 2 has the rest
    social_head, social_rest = _broken(["208", "社会保障和就业支出", "155.17", "155.17"])
    w = PdfWriter()
    p1 = w.page()
    p1.text(120, 60, "收入决算表", 14)
    p1.text(X0, 90, "部门：某区测试局　　单位：万元", SIZE)
    _table(p1, 110, [social_head])
    _table(w.page(), 60, [social_rest] + _rows(REST))
    rows = _layout_rows(w.save(tmp_path / "一行断开.pdf"))
    assert list(rows.values())[2:] == [["208", "社会保障和就业支出", "155.17", "155.17"],
                                       ["20801", "人力资源和社会保障管理事务", "155.17", "155.17"],
                                       ["2080101", "行政运行", "155.17", "155.17"]]


def test_a_row_broken_after_a_repeated_header_on_a_middle_page_is_joined(tmp_path):
    # page 2 repeats the header and holds one row, 208, broken at its foot: page 3's first band is its rest
    social_head, social_rest = _broken(["208", "社会保障和就业支出", "155.17", "155.17"])
    header = [list(h) for h in HEADER]
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [header] + _rows(BODY))
    _table(w.page(), 60, [header, social_head])
    _table(w.page(), 60, [social_rest] + _rows(REST))
    rows = _layout_rows(w.save(tmp_path / "重复表头后断行.pdf"))
    assert list(rows.values())[-3:] == [["208", "社会保障和就业支出", "155.17", "155.17"],
                                        ["20801", "人力资源和社会保障管理事务", "155.17", "155.17"],
                                        ["2080101", "行政运行", "155.17", "155.17"]]


def test_a_cell_broken_after_its_second_line_is_joined(tmp_path):
    # the name's first two lines ("社会保障" / "和就业支") at the foot of page 1, "出" on page 2; the code and the
    # amounts are whole on page 1
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [[list(h) for h in HEADER]] + _rows(BODY) + [[["208"], ["社会保障", "和就业支"], ["40.00"], ["40.00"]]])
    _table(w.page(), 60, [[[], ["出"], [], []]] + _rows([["20801", "人力资源和社会保障管理事务", "40.00", "40.00"]]))
    rows = list(_layout_rows(w.save(tmp_path / "两行后断开.pdf")).values())
    assert rows[-2:] == [["208", "社会保障和就业支出", "40.00", "40.00"],
                         ["20801", "人力资源和社会保障管理事务", "40.00", "40.00"]]


def test_a_broken_cell_with_a_little_room_to_spare_on_its_line_is_joined(tmp_path):
    # the name column is 4 pt wider than four characters and its margins (a fifth would not fit): "社会保障" filled
    # its line all the same
    widths = [7 * SIZE + 6, 4 * SIZE + 6 + 4, 5 * SIZE + 6, 5 * SIZE + 6]
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [[list(h) for h in HEADER], [["201"], ["一般公共", "服务支出"], ["40.00"], ["40.00"]],
                     [["208"], ["社会保障"], ["155.1"], ["155.1"]]], widths)
    _table(w.page(), 60, [[[], ["和就业支", "出"], ["7"], ["7"]], [["20801"], ["人力资源"], ["155.1", "7"], ["155.1", "7"]]],
           widths)
    rows = list(_layout_rows(w.save(tmp_path / "略宽的列.pdf")).values())
    assert rows[-2:] == [["208", "社会保障和就业支出", "155.17", "155.17"], ["20801", "人力资源", "155.17", "155.17"]]


def test_a_cell_with_room_left_for_the_next_lines_first_word_and_its_colon_is_not_joined(tmp_path):
    # "单" ended its line with room for "位：" (which moves down whole, "：" not beginning a line): the row on page 2
    # is a row of its own, though "部门：某区测试" filled its line
    for before in ("单",):
        w = PdfWriter()
        p1 = w.page()
        _heading(p1, 60)
        _table(p1, 110, [[list(h) for h in HEADER]] + _rows(BODY) + [[["部门：某区测试"], [before], [], []]])
        _table(w.page(), 60, [[["局"], ["位：万元"], [], []]] + _rows(REST))
        rows = list(_layout_rows(w.save(tmp_path / "单位未满行.pdf")).values())
        assert rows[-4:-2] == [["部门：某区测试", before], ["局", "位：万元"]], before


def test_a_label_broken_after_its_year_is_joined(tmp_path):
    # "2023" fills the name's line at the foot of page 1, "年决算数" goes on at the top of page 2: one label, though
    # its first part looks like a figure
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [[list(h) for h in HEADER]] + _rows(BODY) + [[[], ["2023"], ["155.1"], ["155.1"]]])
    _table(w.page(), 60, [[[], ["年决算数"], ["7"], ["7"]]] + _rows(REST))
    rows = list(_layout_rows(w.save(tmp_path / "年份断开.pdf")).values())
    assert rows[-3] == ["2023年决算数", "155.17", "155.17"]


def test_the_rest_of_a_joined_row_is_not_repeated_in_the_row_below(tmp_path):
    # the row below the joined one has no amounts: its cells stay empty ("7" went to row 208)
    social_head, social_rest = _broken(["208", "社会保障和就业支出", "155.17", "155.17"])
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [[list(h) for h in HEADER]] + _rows(BODY) + [social_head])
    _table(w.page(), 60, [social_rest] + _rows([["20801", "人力资源和社会保障管理事务", "", ""]]))
    rows = list(_layout_rows(w.save(tmp_path / "下一行无金额.pdf")).values())
    assert rows[-2:] == [["208", "社会保障和就业支出", "155.17", "155.17"], ["20801", "人力资源和社会保障管理事务"]]
