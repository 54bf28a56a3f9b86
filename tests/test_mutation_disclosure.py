"""How tables are found on a sheet and joined across a workbook (recognize/disclosure.py), continued from
test_mutation_tables.py (issue 14): small workbooks built here, asserting the tables, columns and rows a user sees."""

from __future__ import annotations

from decimal import Decimal

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from recognize_books import H05, T05, book

T04 = "财政拨款收入支出决算总表"


def test_a_title_wrapped_over_a_figure_column_is_no_part_of_its_heading(tmp_path):
    """The title centred over the figures and wrapped ('一般公共预算财政拨款支出决' / '算表' in column C): the second
    line is the title's, not the 合计 column's heading; a second table further down the sheet is found too."""
    d = book(tmp_path, ("表", [
        [None, None, "一般公共预算财政拨款支出决"], [None, None, "算表"], H05,
        ["201", "一般公共服务支出", 30, 10, 20],
        [None], [None, None, "支出决算表"], ["科目编码", "科目名称", "本年支出合计"], ["201", "一般公共服务支出", 30],
    ]))
    t = d.tables["05"]
    assert (t.title, t.title_cell) == (T05, "C1")
    assert [c.header for c in t.columns] == ["合计", "基本支出", "项目支出"]
    assert [r.key for r in d.tables["03"].rows] == ["201"] and d.tables["03"].title_cell == "C6"


def test_a_table_code_three_rows_over_a_budget_title_is_the_budgets(tmp_path):
    """江苏 prints 公开NN表 over its 预算 tables too: a code with a 预算 title up to three rows under it is no 决算
    table; four rows under, the title is another table's and the code stands for its 决算 table."""
    budget = [["收入预算总表"], ["项目", "合计"], ["一般公共预算拨款收入", 30]]
    d = book(tmp_path, ("a", [["公开02表"], [None], [None], *budget]),
             ("b", [["公开05表"], [None], [None], [None], ["部门财政拨款开支明细"], H05,
                    ["201", "一般公共服务支出", 30, 10, 20], [None], [None], *budget]))
    # (among 预算 tables a table known by its code alone is set aside, not checked: disclosure._code_only_finals)
    tables = {**d.tables, **{t.kind: t for t in d.unread_tables}}
    assert set(tables) == {"B02", "05"} and tables["05"].title == "公开05表"
    assert [r.key for r in tables["05"].rows] == ["201"]


def test_hidden_columns_and_text_only_hidden_rows(tmp_path):
    """A hidden column's figures are left out and counted from the first hidden figure (top row, then left);
    a hidden row holding only words is left out without an issue."""
    from openpyxl import load_workbook

    path = tmp_path / "h.xlsx"
    book(tmp_path, ("05", [[T05], [*H05, "备用", "备用"], ["201", "一般公共服务支出", 30, 10, 20, 8, 9],
                           ["208", "社会保障和就业支出", 3, 1, 2, 7, None], ["（内部备注）"]]), name="h.xlsx")
    wb = load_workbook(path)
    wb["05"].column_dimensions["F"].hidden = True
    wb["05"].column_dimensions["G"].hidden = True
    wb["05"].row_dimensions[5].hidden = True
    wb.save(path)
    d = recognize(read_workbook(path))
    assert [(i.text, i.context, i.location.cell) for i in d.cell_issues] == [
        ("3", "工作表「05」的隐藏行或隐藏列", "F3")]
    assert [c.header for c in d.tables["05"].columns] == ["合计", "基本支出", "项目支出"]
    assert [r.key for r in d.tables["05"].rows] == ["201", "208"]


def test_a_hidden_row_of_words_only_raises_nothing(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "h.xlsx"
    book(tmp_path, ("05", [[T05], H05, ["201", "一般公共服务支出", 30, 10, 20], ["（内部备注）"]]), name="h.xlsx")
    wb = load_workbook(path)
    wb["05"].row_dimensions[4].hidden = True
    wb.save(path)
    d = recognize(read_workbook(path))
    assert d.cell_issues == [] and d.tables["05"].notes == []


def test_the_sheets_heading_is_read_only_above_the_first_table(tmp_path):
    """No heading above the first table: the 部门 line of the table under it is that table's, not the first's."""
    d = book(tmp_path, ("表", [[T05], H05, ["201", "一般公共服务支出", 30, 10, 20],
                              ["支出决算表"], ["部门：另一局", None, "2023年度"], ["科目编码", "科目名称", "本年支出合计"],
                              ["201", "一般公共服务支出", 30]]))
    assert (d.tables["05"].department, d.tables["05"].year) == (None, None)
    assert (d.tables["03"].department, d.tables["03"].year) == ("另一局", 2023)


def test_hidden_cells_that_are_no_figures(tmp_path):
    """A hidden formula never calculated and a hidden number typed as text are not counted as hidden figures."""
    from openpyxl import load_workbook

    path = tmp_path / "h.xlsx"
    book(tmp_path, ("05", [[T05], [*H05, "备用"], ["201", "一般公共服务支出", 30, 10, 20, "=D3+E3"],
                           ["208", "社会保障和就业支出", 3, 1, 2, "7.00"]]), name="h.xlsx")
    wb = load_workbook(path)
    wb["05"].column_dimensions["F"].hidden = True
    wb.save(path)
    d = recognize(read_workbook(path))
    assert d.cell_issues == [] and [c.header for c in d.tables["05"].columns] == ["合计", "基本支出", "项目支出"]


def test_a_continuation_sheets_cell_issues_are_reported(tmp_path):
    d = book(tmp_path, ("05", [[T05], H05, ["201", "一般公共服务支出", 30, 10, 20]]),
             ("续", [H05, ["208", "社会保障和就业支出", 3, 1, "见说明"]]))
    assert [(i.kind, i.location.sheet, i.location.cell) for i in d.cell_issues] == [("not_a_number", "续", "E2")]
    assert [r.key for r in d.tables["05"].rows] == ["201", "208"]


def test_a_budget_title_with_nothing_under_it_is_not_listed(tmp_path):
    """A 预算 title with nothing under it (a 目录's line) is not recorded; one with a note under it that says the table
    is empty is (BGC001 then quotes the note: tests/test_layout_s16.py)."""
    d = book(tmp_path, ("目录", [["收入预算总表"], [T05]]), ("05", [[T05], H05, ["201", "一般公共服务支出", 30, 10, 20]]))
    assert list(d.titled_only) == ["05"]


def _doc(rows, **kw):
    from govaudit.readers.base import Cell, Sheet, Workbook

    cells = {(r, c): Cell(r, c, v) for r, row in enumerate(rows, 1) for c, v in enumerate(row, 1) if v is not None}
    return Workbook(path="x.docx", sheets=[Sheet(name="文档", cells=cells, **kw)], kind="word", paragraphs=[])


SENTENCE = "2024年度一般公共预算财政拨款支出1000.00万元，主要用于一般公共服务。"


def test_a_document_without_paragraphs_has_no_text_from_its_table_cells():
    """Word/PDF: the running text is the document's paragraphs; a sentence in a table's cell is not made one."""
    d = recognize(_doc([[T05], H05, ["201", "一般公共服务支出", 30, 10, 20], [SENTENCE]]))
    assert d.paragraphs == [] and d.narrative is None and [r.key for r in d.tables["05"].rows] == ["201"]


def test_tables_after_a_form_on_the_same_sheet_are_read(tmp_path):
    """A 绩效自评表 title with nothing readable under it, then a 05 table on the same sheet: the table is found."""
    d = book(tmp_path, ("表", [["项目支出绩效自评表"], ["（无）"], [T05], H05, ["201", "一般公共服务支出", 30, 10, 20]]))
    assert [r.key for r in d.tables["05"].rows] == ["201"] and d.forms == []


def test_leading_rows_after_a_form_continue_nothing(tmp_path):
    """A sheet of rows under no title, after a sheet whose last block is a 绩效自评表: text, not a continuation."""
    d = book(tmp_path, ("表", [[T05], H05, ["201", "一般公共服务支出", 30, 10, 20], ["项目支出绩效自评表"], ["（无）"]]),
             ("说明", [["一、部门基本情况"], [SENTENCE]]))
    assert [p.text for p in d.paragraphs] == ["一、部门基本情况", SENTENCE]


def test_a_sub_heading_row_that_also_names_income_rows_is_a_heading_in_02(tmp_path):
    """02 without merges: 财政拨款收入 over 一般公共预算财政拨款 | 政府性基金预算财政拨款 — words that name 收入 rows of
    01/04, but in 02 a row of them is the header's next level."""
    d = book(tmp_path, ("02", [
        ["收入决算表"],
        ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", None, "其他收入"],
        [None, None, None, "一般公共预算财政拨款", "政府性基金预算财政拨款", None],
        ["201", "一般公共服务支出", 30, 20, 5, 5],
    ]))
    t = d.tables["02"]
    assert [c.key for c in t.columns] == ["total", "fiscal.general", "fiscal.gov_fund", "other"]
    assert t.row("201").cells["fiscal"].value == Decimal(25)


def test_a_first_row_naming_only_an_income_or_only_an_expense_row_is_data(tmp_path):
    """01: the first row under the header names a 收入 row only (or a 支出 row only) and prints no figure: a row, so
    the 项目 columns keep naming the rows below."""
    head = ["项目", "决算数", "项目", "决算数"]
    d = book(tmp_path, ("收", [["收入支出决算总表"], head, ["二、上级补助收入", None, None, None],
                              ["本年收入合计", 100, "本年支出合计", 100]]),
             ("支", [["收入支出决算总表"], head, [None, None, "一、一般公共服务支出", None],
                     ["本年收入合计", 100, "本年支出合计", 100]]))
    for t in [d.tables["01"], *d.duplicates]:
        assert [(r.side, r.key) for r in t.rows] == [(0, "income_total"), (1, "expense_total")], t.sheet
        assert [c.header for c in t.columns] == ["决算数", "决算数"]


def test_a_unit_in_a_heading_is_not_part_of_the_column_name(tmp_path):
    d = book(tmp_path, ("05", [[T05], ["科目编码", "科目名称", "合计（元）", "基本支出（元）", "项目支出"],
                               ["201", "一般公共服务支出", 30, 10, 20]]))
    t = d.tables["05"]
    assert [c.header for c in t.columns] == ["合计", "基本支出", "项目支出"] and t.unit == "元"


def test_group_heads_are_not_spread_when_the_header_has_a_merge_in_its_top_row(tmp_path):
    """项目 merged over 科目编码 | 科目名称 (the header's only merge, in its top row): the header was exported with its
    merges, so a blank cell beside 基本支出 is blank, not 基本支出's."""
    d = book(tmp_path, ("05", [
        [T05],
        ["项目", None, "合计", "基本支出", None, "项目支出"],
        ["科目编码", "科目名称", None, "人员经费", "公用经费", None],
        ["201", "一般公共服务支出", 30, 6, 4, 20],
    ], ["A2:B2"]))
    assert [c.header for c in d.tables["05"].columns] == ["合计", "基本支出/人员经费", "公用经费", "项目支出"]


def test_a_budget_totals_first_row_without_figures_is_a_row(tmp_path):
    """收支预算总表 (B01): a first row naming a 收入 and a 支出 row with no figure is data, not a header level."""
    d = book(tmp_path, ("B01", [["收支预算总表"], ["项目", "预算数", "项目", "预算数"],
                                ["一、一般公共预算拨款收入", None, "一、一般公共服务支出", None],
                                ["收入总计", 100, "支出总计", 100]]))
    t = d.tables["B01"]
    assert [(c.side, c.key, c.header) for c in t.columns] == [(0, "amount", "预算数"), (1, "amount", "预算数")]
    assert [(r.side, r.key) for r in t.rows] == [(0, "income_grand_total"), (1, "expense_grand_total")]


def test_a_three_level_header_with_cells_merged_down(tmp_path):
    """本年支出 over 合计 (merged down two rows) | 基本支出 (over 人员经费 | 公用经费) | 项目支出 (merged down): each column
    is named once per level, a merged-down heading once."""
    d = book(tmp_path, ("03", [
        ["支出决算表"],
        ["科目编码", "科目名称", "本年支出", None, None, None],
        [None, None, "合计", "基本支出", None, "项目支出"],
        [None, None, None, "人员经费", "公用经费", None],
        ["201", "一般公共服务支出", 30, 6, 4, 20],
    ], ["A2:A4", "B2:B4", "C2:F2", "C3:C4", "D3:E3", "F3:F4"]))
    t = d.tables["03"]
    assert [c.header for c in t.columns] == ["本年支出/合计", "本年支出/基本支出/人员经费", "本年支出/基本支出/公用经费",
                                             "本年支出/项目支出"]
    assert t.row("201").cells["basic"].source.col_label == "基本支出"


def test_group_heads_without_merges_under_a_one_cell_caption(tmp_path):
    d = book(tmp_path, ("03", [
        ["支出决算表"],
        [None, None, "按功能分类科目"],
        ["科目编码", "科目名称", "合计", "基本支出", None, "项目支出"],
        [None, None, None, "人员经费", "公用经费", None],
        ["201", "一般公共服务支出", 30, 6, 4, 20],
    ]))
    assert [c.header for c in d.tables["03"].columns] == ["按功能分类科目/合计", "基本支出/人员经费", "基本支出/公用经费",
                                                          "项目支出"]


def test_two_unmerged_groups_side_by_side(tmp_path):
    """基本支出 over 人员经费 | 公用经费 and 项目支出 over two kinds of 项目, merges undone: each group covers its own
    sub-columns, and the second group's own heading is not overwritten by the first's."""
    d = book(tmp_path, ("03", [
        ["支出决算表"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", None, "项目支出", None],
        [None, None, None, "人员经费", "公用经费", "基本建设", "其他"],
        ["201", "一般公共服务支出", 30, 6, 4, 15, 5],
    ]))
    t = d.tables["03"]
    assert [c.header for c in t.columns] == ["本年支出合计", "基本支出/人员经费", "基本支出/公用经费",
                                             "项目支出/基本建设", "项目支出/其他"]
    assert [c.key for c in t.columns] == ["total", "basic.personnel", "basic.public", "project", "project#7"]


def test_a_heading_printed_only_in_the_lower_row_belongs_to_no_group(tmp_path):
    """Merges undone: '上缴上级支出' in the lower header row beside '本年支出合计' (which has nothing under it) is a
    column of its own; the group further right still covers its sub-columns."""
    d = book(tmp_path, ("03", [
        ["支出决算表"],
        ["科目编码", "科目名称", "本年支出合计", None, "基本支出", None, "项目支出"],
        [None, None, None, "上缴上级支出", "人员经费", "公用经费", None],
        ["201", "一般公共服务支出", 31, 1, 6, 4, 20],
    ]))
    t = d.tables["03"]
    assert [c.header for c in t.columns] == ["本年支出合计", "上缴上级支出", "基本支出/人员经费", "基本支出/公用经费",
                                             "项目支出"]


def test_a_title_after_a_numbering_cell_on_its_line(tmp_path):
    d = book(tmp_path, ("表", [["（五）", T05, None, "公开05表"], [None, *H05], [None, "201", "一般公共服务支出", 30, 10, 20]]))
    t = d.tables["05"]
    assert (t.title_cell, t.code_label, [r.key for r in t.rows]) == ("B1", "公开05表", ["201"])


def test_a_group_of_two_and_an_empty_first_row_beside_it(tmp_path):
    """04: 决算数 merged over 合计 | 一般公共预算财政拨款 on the 支出 side only: the two words under it are the header's
    next level; the first row, naming rows outside any group and printing no figure, is data."""
    d = book(tmp_path, ("04", [
        [T04],
        ["项目", "决算数", "项目", "决算数", None],
        [None, None, None, "合计", "一般公共预算财政拨款"],
        ["一、一般公共预算财政拨款", None, "一、一般公共服务支出", None, None],
        ["收入总计", 100, "支出总计", 100, 100],
    ], ["D2:E2", "A2:A3", "B2:B3", "C2:C3"]))
    t = d.tables["04"]
    assert [(c.side, c.key, c.header) for c in t.columns] == [
        (0, "amount", "决算数"), (1, "total", "决算数/合计"), (1, "general", "决算数/一般公共预算财政拨款")]
    assert [(r.side, r.key) for r in t.rows] == [(0, "income_grand_total"), (1, "expense_grand_total")]


def test_a_headed_column_of_words_names_no_rows(tmp_path):
    """'备注' (a heading we do not read) holding words, after the names: not a name column; nor is an unheaded
    column of words after it."""
    d = book(tmp_path, ("05", [
        [T05], ["科目编码", "科目名称", "备注", None, "合计", "基本支出", "项目支出"],
        ["201", None, "据实列支", "见说明", 30, 10, 20],
        ["208", "社会保障和就业支出", None, None, 3, 1, 2],
    ]))
    assert [(r.key, r.label) for r in d.tables["05"].rows] == [("201", ""), ("208", "社会保障和就业支出")]


def test_a_two_word_header_printed_again_is_no_row(tmp_path):
    """A narrow table (科目名称 | 本年支出合计) whose header comes again at a page break: no row, no 'not a number'."""
    head = ["科目名称", "本年支出合计"]
    d = book(tmp_path, ("03", [["支出决算表"], head, ["一般公共服务支出", 30], head, ["社会保障和就业支出", 3]]))
    t = d.tables["03"]
    assert [r.label for r in t.rows] == ["一般公共服务支出", "社会保障和就业支出"] and d.cell_issues == []


def test_rows_a_user_sees_in_a_05(tmp_path):
    """A 栏次 row printed again mid-table is skipped; a row of figures with no name is kept under its row number;
    a second 合计 row is kept apart; a name printed with its code ('201.01 …') gives the code; a bare code in the
    name column is a name; a number in the name column is no name."""
    d = book(tmp_path, ("05", [
        [T05], H05, ["栏次", None, "1", "2", "3"],
        [None, "合计", 30, 10, 20],
        ["栏次", None, "1", "2", "3"],
        [None, None, 5, 2, 3],
        [None, "201.01 人大事务", 30, 10, 20],
        [None, "2010301", 1, 1, 0],
        [None, 7, 2, 1, 1],
        [None, "合计", 30, 10, 20],
    ]))
    t = d.tables["05"]
    assert [(r.key, r.label, r.code, r.row) for r in t.rows] == [
        ("total", "合计", None, 4), ("label:row6", "", None, 6), ("20101", "人大事务", "20101", 7),
        ("label:2010301", "2010301", None, 8), ("label:row9", "", None, 9), ("total#10", "合计", None, 10)]


def test_a_total_whose_figure_is_printed_in_the_next_block(tmp_path):
    """06 in two blocks: '公用经费合计' on the left with its figure only under the right block's 决算数 (the right block
    has no name on that line): one 公用经费合计 row, on the right."""
    d = book(tmp_path, ("06", [
        ["一般公共预算财政拨款基本支出决算表"],
        ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
        ["301", "工资福利支出", 10, "302", "商品和服务支出", 5],
        [None, "公用经费合计", None, None, None, 5],
    ]))
    t = d.tables["06"]
    assert [(r.side, r.key, r.label, r.label_cell) for r in t.rows] == [
        (0, "301", "工资福利支出", "B3"), (1, "302", "商品和服务支出", "E3"), (1, "public_total", "公用经费合计", "B4")]
    assert t.row("public_total").cells["amount"].value == Decimal(5)


def test_a_header_is_at_most_five_rows_and_a_lineno_row_inside_it_is_skipped(tmp_path):
    """A 栏次 row between the header's rows is skipped, the header goes on under it; a sixth row of words is no
    part of the header (five rows at most)."""
    d = book(tmp_path, ("05", [
        [T05], H05,
        ["栏次", None, "1", "2", "3"],
        [None, None, "甲", "乙", "丙"], [None, None, "丁", "戊", "己"], [None, None, "庚", "辛", "壬"],
        [None, None, "子", "丑", "寅"],
        [None, None, "卯", "辰", "巳"],
        ["201", "一般公共服务支出", 30, 10, 20],
    ]))
    t = d.tables["05"]
    assert [c.header for c in t.columns] == ["合计/甲/丁/庚/子", "基本支出/乙/戊/辛/丑", "项目支出/丙/己/壬/寅"]
    assert [r.key for r in t.rows] == ["201"]


def test_rows_of_words_and_rows_of_text_figures(tmp_path):
    """A row named without a code whose only 'figure' is a word gets a 'not a number' issue and no figure; a row of
    figures typed as text with no name is a row; a row named like a heading word ('收入') with figures is a row;
    on a two-sided table, a side of words only does not hide the other side's row."""
    d = book(tmp_path, ("05", [
        [T05], H05,
        ["201", "一般公共服务支出", 30, 10, 20],
        [None, "其中：信息化建设", "见说明"],
        [None, None, "5.00", "2.00", "3.00"],
        [None, "收入", 1, 1, 0],
    ]), ("01", [
        ["收入支出决算总表"], ["项目", "决算数", "项目", "决算数"],
        [None, "见附表", "一、一般公共服务支出", "见附表"],
        ["本年收入合计", 100, "本年支出合计", 100],
    ]))
    t = d.tables["05"]
    assert [(r.key, r.row) for r in t.rows] == [("201", 3), ("label:其中:信息化建设", 4), ("label:row5", 5),
                                                ("label:收入", 6)]
    assert t.rows[1].cells["total"] is None and t.rows[2].cells["total"].value == Decimal("5.00")
    assert [(r.side, r.key) for r in d.tables["01"].rows] == [(1, "201"), (0, "income_total"), (1, "expense_total")]
    assert sorted((i.kind, i.location.sheet, i.location.cell) for i in d.cell_issues) == [
        ("not_a_number", "01", "D3"), ("not_a_number", "05", "C4")]


def test_the_name_column_wins_over_words_in_the_code_columns(tmp_path):
    """科目名称 printed before 科目编码, and 类/款/项 columns: words in the code or a 类 cell ('—', '其中') do not replace
    the row's name; two name columns both filled: the first names the row."""
    d = book(tmp_path, ("05", [
        [T05], ["科目名称", "科目编码", "合计", "基本支出", "项目支出"],
        ["合计", "—", 30, 10, 20],
    ]), ("03", [
        ["支出决算表"],
        ["科目名称", "类", "款", "项", "本年支出合计", "基本支出", "项目支出"],
        ["一般公共服务支出", "其中", None, None, 30, 10, 20],
    ]), ("02", [
        ["收入决算表"], ["项目", None, "本年收入合计"],
        ["一般公共服务支出", "其中：机关", 30],
    ]))
    assert [(r.key, r.label) for r in d.tables["05"].rows] == [("total", "合计")]
    assert [(r.label, r.label_cell) for r in d.tables["03"].rows] == [("一般公共服务支出", "A3")]
    assert [(r.label, r.label_cell) for r in d.tables["02"].rows] == [("一般公共服务支出", "A3")]


def test_join_split_with_the_whole_code_so_far_on_one_line():
    from govaudit.recognize.tables import TableBuilder

    join = TableBuilder._join_split
    assert join({0: "208", 1: "20805"}, ["", "", ""]) == "20805"
    assert join({0: "208", 1: "20805", 2: "2080505"}, ["", "", ""]) == "2080505"
    assert join({0: "208", 1: "05", 2: "2080505"}, ["", "", ""]) == "2080505"
    assert join({1: "05", 2: "2080505"}, ["208", "", ""]) == "2080505"


def test_a_name_that_repeats_the_code_printed_beside_it(tmp_path):
    """科目编码 | 科目名称 where the name also starts with the code ('201 一般公共服务支出'): the code column's code; the
    name is kept as printed. A name with digits after its code ('20101 人大事务（1）') gives only the leading code."""
    d = book(tmp_path, ("05", [[T05], H05, ["201", "201 一般公共服务支出", 30, 10, 20],
                               [None, "20101 人大事务（1）", 30, 10, 20]]))
    assert [(r.key, r.code, r.label) for r in d.tables["05"].rows] == [
        ("201", "201", "201一般公共服务支出"), ("20101", "20101", "人大事务(1)")]


def test_a_budget_totals_expense_side_split_into_personnel_and_public(tmp_path):
    """收支预算总表 whose 支出 side prints 人员经费 | 公用经费 without 基本支出: each 支出 row gets 基本支出 as their sum;
    the 收入 rows get nothing."""
    d = book(tmp_path, ("B01", [["收支预算总表"], ["项目", "预算数", "项目", "合计", "人员经费", "公用经费", "项目支出"],
                                ["一、一般公共预算拨款收入", 100, "一、一般公共服务支出", 100, 30, 20, 50],
                                ["收入总计", 100, "支出总计", 100, 30, 20, 50]]))
    t = d.tables["B01"]
    assert [(r.side, r.key, r.cells["basic"].value if "basic" in r.cells else None) for r in t.rows] == [
        # ('一、一般公共预算拨款收入', numbered at the top, is an income of its own: budget_specs.side_row_key)
        (0, "income.general", None), (1, "201", Decimal(50)), (0, "income_grand_total", None),
        (1, "expense_grand_total", Decimal(50))]
    assert t.row("201").cells["basic"].source.cell == "E3"


def test_06_totals_taken_from_the_total_row_beside_a_printed_one(tmp_path):
    """06 in one block with its own 人员经费合计 row: that row is kept, and 公用经费合计 still comes from the 合计 row."""
    d = book(tmp_path, ("06", [["一般公共预算财政拨款基本支出决算表"], ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
                               [None, "合计", 15, 10, 5], [None, "人员经费合计", 10, None, None]]))
    t = d.tables["06"]
    assert [(r.key, r.row, r.cells["amount"].value) for r in t.rows] == [
        ("total", 3, Decimal(15)), ("personnel_total", 4, Decimal(10)), ("public_total", 3, Decimal(5))]


def test_a_second_part_column_is_not_summed_into_the_parent(tmp_path):
    """人员经费 printed twice (the second a helper column): 基本支出 = the first 人员经费 + 公用经费."""
    d = book(tmp_path, ("05", [[T05], ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "人员经费", "项目支出"],
                               ["201", "一般公共服务支出", 30, 6, 4, 6, 20]]))
    t = d.tables["05"]
    assert [c.key for c in t.columns] == ["total", "basic.personnel", "basic.public", "basic.personnel#6", "project"]
    assert t.row("201").cells["basic"].value == Decimal(10)


def test_two_blocks_of_06_one_with_its_own_split(tmp_path):
    """06 in two blocks, the left printing 合计 | 人员经费 | 公用经费: its split keeps its keys; the right block's lone
    公用经费 column is that block's amount."""
    d = book(tmp_path, ("06", [
        ["一般公共预算财政拨款基本支出决算表"],
        ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "科目编码", "科目名称", "公用经费"],
        ["301", "工资福利支出", 10, 10, None, "302", "商品和服务支出", 5],
    ]))
    assert [(c.side, c.key) for c in d.tables["06"].columns] == [
        (0, "amount"), (0, "personnel"), (0, "public"), (1, "amount")]


T07 = "一般公共预算财政拨款“三公”经费支出决算表"


def test_a_07_whose_unit_is_only_in_its_title_or_its_heads(tmp_path):
    """三公 table laid out as rows (项目 | 预算数 | 决算数) with 元 only in the title, or only in the heads: the table's
    unit is 元."""
    rows = [["合计", 10, 8], ["1.因公出国（境）费", 4, 3], ["2.公务接待费", 6, 5]]
    d = book(tmp_path, ("a", [[T07 + "（单位：元）"], ["项目", "预算数", "决算数"], *rows]),
             ("b", [[T07], ["项目", "预算数（元）", "决算数（元）"], *rows]))
    by_sheet = {t.sheet: t for t in [d.tables["07"], *d.duplicates, *d.extra_tables]}
    assert (by_sheet["a"].unit, by_sheet["a"].unit_cell) == ("元", "A1")
    assert (by_sheet["b"].unit, by_sheet["b"].unit_cell) == ("元", None)


def test_group_heads_are_not_spread_when_the_header_has_a_merge_in_its_lower_row(tmp_path):
    """The header's only merge is in its lower row (two blank cells under 科目编码 | 科目名称 merged): the header was
    exported with its merges, so the blank cell beside 基本支出 stays blank."""
    d = book(tmp_path, ("05", [
        [T05],
        ["科目编码", "科目名称", "合计", "基本支出", None, "项目支出"],
        [None, None, None, "人员经费", "公用经费", None],
        ["201", "一般公共服务支出", 30, 6, 4, 20],
    ], ["A3:B3"]))
    assert [c.header for c in d.tables["05"].columns] == ["合计", "基本支出/人员经费", "公用经费", "项目支出"]


def test_group_heads_are_spread_when_only_the_title_and_the_data_have_merges(tmp_path):
    """Merges undone in the header only (the title merged across the table above it, a note merged below): the
    groups still cover their sub-columns."""
    d = book(tmp_path, ("05", [
        [T05],
        ["科目编码", "科目名称", "合计", "基本支出", None, "项目支出"],
        [None, None, None, "人员经费", "公用经费", None],
        ["201", "一般公共服务支出", 30, 6, 4, 20],
        ["注：本表金额单位为万元"],
    ], ["A1:F1", "A5:F5"]))
    assert [c.header for c in d.tables["05"].columns] == ["合计", "基本支出/人员经费", "基本支出/公用经费", "项目支出"]


def test_a_note_in_two_cells_under_a_group_head_ends_the_header(tmp_path):
    d = book(tmp_path, ("04", [
        [T04],
        ["项目", "决算数", "项目", "决算数", None],
        [None, None, None, "合计", "一般公共预算财政拨款"],
        [None, None, None, "注：", "本部门无政府性基金预算财政拨款收支"],
        ["收入总计", 100, "支出总计", 100, 100],
    ], ["D2:E2", "A2:A3", "B2:B3", "C2:C3"]))
    t = d.tables["04"]
    assert [c.header for c in t.columns] == ["决算数", "决算数/合计", "决算数/一般公共预算财政拨款"]
    assert t.notes == ["注:本部门无政府性基金预算财政拨款收支"]


def test_a_lineno_row_under_a_header_of_five_rows(tmp_path):
    d = book(tmp_path, ("05", [
        [T05], H05,
        [None, None, "甲", "乙", "丙"], [None, None, "丁", "戊", "己"], [None, None, "庚", "辛", "壬"],
        [None, None, "子", "丑", "寅"],
        ["栏次", None, 1, 2, 3],
        ["201", "一般公共服务支出", 30, 10, 20],
    ]))
    t = d.tables["05"]
    assert [c.header for c in t.columns] == ["合计/甲/丁/庚/子", "基本支出/乙/戊/辛/丑", "项目支出/丙/己/壬/寅"]
    assert [(r.key, r.row) for r in t.rows] == [("201", 8)]


def test_a_title_after_a_number_on_its_line(tmp_path):
    d = book(tmp_path, ("表", [[5, T05], [None, *H05], [None, "201", "一般公共服务支出", 30, 10, 20]]))
    assert (d.tables["05"].title_cell, [r.key for r in d.tables["05"].rows]) == ("B1", ["201"])


def test_a_title_numbered_like_a_heading_is_no_paragraph_and_its_year_is_its_own(tmp_path):
    """A sheet with a 情况说明 above its tables: the title '三、一般公共预算…（2023年度）' is a title, not a heading of the
    text; the second table's title has no year and the sheet's heading none either: it has no year."""
    d = book(tmp_path, ("表", [
        ["（一）收支情况"], ["本年度一般公共预算财政拨款支出1000.00万元，主要用于一般公共服务和社会保障。"],
        ["三、一般公共预算财政拨款支出决算表（2023年度）"], H05, ["201", "一般公共服务支出", 30, 10, 20],
        ["支出决算表"], ["科目编码", "科目名称", "本年支出合计"], ["201", "一般公共服务支出", 30]]))
    assert [p.text for p in d.paragraphs] == ["（一）收支情况", "本年度一般公共预算财政拨款支出1000.00万元，主要用于一般公共服务和社会保障。"]
    assert (d.tables["05"].year, d.tables["03"].year) == (2023, None)


def test_a_wrapped_titles_end_beside_a_page_number(tmp_path):
    d = book(tmp_path, ("05", [["一般公共预算财政拨款支出决"], ["算表", None, None, None, 3], H05,
                               ["201", "一般公共服务支出", 30, 10, 20]]))
    assert d.tables["05"].title == T05 and [c.header for c in d.tables["05"].columns] == ["合计", "基本支出", "项目支出"]


def test_a_sheet_after_a_contents_page_continues_nothing(tmp_path):
    """A contents sheet (titles, no tables), then a sheet of rows under no title: no table of that kind exists to
    continue; the rows are not read as one."""
    d = book(tmp_path, ("目录", [[T05], ["收入决算表"]]),
             ("x", [["科目编码", "科目名称", "本年收入合计"], ["201", "一般公共服务支出", 30]]))
    assert d.tables == {} and set(d.titled_only) == {"05", "02"}


def test_the_next_sheet_continues_the_last_table_of_the_sheet_before(tmp_path):
    h03 = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]
    d = book(tmp_path, ("表", [[T05], H05, ["201", "一般公共服务支出", 30, 10, 20],
                              ["支出决算表"], h03, ["201", "一般公共服务支出", 30, 10, 20]]),
             ("续", [h03, ["208", "社会保障和就业支出", 3, 1, 2]]))
    assert [r.key for r in d.tables["03"].rows] == ["201", "208"] and [r.key for r in d.tables["05"].rows] == ["201"]


def test_the_sheets_heading_fills_only_what_the_table_lacks(tmp_path):
    d = book(tmp_path, ("甲", [["部门：某局", None, "2022年度"], ["2023年度" + T05], H05, ["201", "一般公共服务支出", 30, 10, 20]]),
             ("乙", [["2024年度部门决算"], ["支出决算表"], ["部门：某处"], ["科目编码", "科目名称", "本年支出合计"],
                     ["201", "一般公共服务支出", 30]]))
    assert (d.tables["05"].department, d.tables["05"].year, d.tables["05"].year_cell) == ("某局", 2023, "A2")
    assert (d.tables["03"].department, d.tables["03"].year, d.tables["03"].year_cell) == ("某处", 2024, "A1")


def test_text_beside_tables_next_to_a_wrapped_title_or_an_uncalculated_formula(tmp_path):
    """A heading right above a wrapped title, a heading of exactly 40 characters, and a sentence with a formula never
    calculated beside it (a blank to the eye): all three are paragraphs of the sheet's narrative."""
    heading40 = "（四）" + "一般公共预算财政拨款支出决算情况说明" * 2
    assert len(heading40) == 39
    heading40 += "明"
    sentence = "本年度一般公共预算财政拨款支出1000.00万元，主要用于一般公共服务和社会保障。"
    d = book(tmp_path, ("表", [[sentence, "=1+1"], [heading40], ["（三）支出决算情况"], ["一般公共预算财政拨款支出决"],
                              ["算表"], H05, ["201", "一般公共服务支出", 30, 10, 20]]))
    assert [p.text for p in d.paragraphs] == [sentence, heading40, "（三）支出决算情况"]
    assert d.tables["05"].title == T05


def test_a_table_code_over_a_budget_table_we_do_not_know(tmp_path):
    """'公开05表' over '专项资金预算表' (a 预算 table of no known kind) and its rows: no 决算 公开05表."""
    d = book(tmp_path, ("x", [["公开05表"], [None], [None], ["专项资金预算表"], H05, ["201", "一般公共服务支出", 30, 10, 20]]))
    assert d.tables == {} and d.titled_only == {}


def test_a_07s_figures_carry_the_unit_printed_only_in_its_title_or_heads(tmp_path):
    """三公 figures in 元 whose unit is printed only in the title, or only in the heads: each figure says 元 (it was
    万元 before: a 07 built by its own loop made its figures before reading the title's unit), so 6 元 is 6 元 ± 0.5,
    not 6.00 万元."""
    rows = [["合计", 10, 8], ["1.因公出国（境）费", 4, 3], ["2.公务接待费", 6, 5]]
    d = book(tmp_path, ("a", [[T07 + "（单位：元）"], ["项目", "预算数", "决算数"], *rows]),
             ("b", [[T07], ["项目", "预算数（元）", "决算数（元）"], *rows]),
             ("c", [[T07 + "（单位：元）"], ["合计", "因公出国（境）费", "公务接待费"], [8, 3, 5]]))
    for t in [d.tables["07"], *d.duplicates, *d.extra_tables]:
        got = {(r.key, k): (f.value, f.unit, f.decimals) for r in t.rows for k, f in r.cells.items() if f}
        assert got[("final", "reception")] == (Decimal(5), "元", 0), t.sheet


def test_an_empty_07_still_says_its_unit(tmp_path):
    """A 三公 table printed empty (heads only) with 元 only in its title, or only in its heads: its unit is 元."""
    d = book(tmp_path, ("a", [[T07 + "（单位：元）"], ["合计", "因公出国（境）费", "公务接待费"], ["注：本单位无三公经费支出。"]]),
             ("b", [[T07], ["合计（元）", "因公出国（境）费（元）", "公务接待费（元）"], ["注：本单位无三公经费支出。"]]))
    by_sheet = {t.sheet: t for t in [d.tables["07"], *d.duplicates, *d.extra_tables]}
    assert (by_sheet["a"].unit, by_sheet["b"].unit) == ("元", "元")
    assert [c.key for c in by_sheet["b"].columns] == ["total", "abroad", "reception"]
