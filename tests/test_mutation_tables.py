"""How one table is read from its block of cells (recognize/tables.py) and how tables are found and joined across a
workbook (recognize/disclosure.py): issue 14's mutation run of both files. Each test builds a small workbook shaped
like a real 决算公开表 (openpyxl) and asserts what a user sees: which rows and columns are read, the figure in each,
its unit and its labels, which rows are notes. Small helpers (a cell's code text, a note row) are asked directly
where a workbook would only say the same thing more slowly."""

from __future__ import annotations

from decimal import Decimal

from govaudit.readers import read_workbook
from govaudit.readers.base import Cell
from govaudit.recognize.disclosure import recognize
from recognize_books import F, H05, T05, book, figures


def cells(*values, row=1):
    return [Cell(row, c, v) for c, v in enumerate(values, start=1) if v is not None]


# ------------------------------------------------------------------------------------------- column labels
def test_a_figures_column_label_names_the_column_as_a_reader_would(tmp_path):
    """'本年支出' over 合计 | 基本支出 | 项目支出 (merged): the 合计 figure's column is '本年支出合计', the others their
    own heading; under a bare '支出' group the 合计 stays '合计'; a one-level 合计 is '合计'."""
    d = book(tmp_path, ("03", [
        ["支出决算表"],
        ["科目编码", "科目名称", "本年支出", None, None],
        [None, None, "合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", 30, 10, 20],
    ], ["C2:E2", "A2:A3", "B2:B3"]), ("05", [
        [T05],
        ["科目编码", "科目名称", "支出", None, None],
        [None, None, "合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", 30, 10, 20],
    ], ["C2:E2", "A2:A3", "B2:B3"]), ("06", [
        ["一般公共预算财政拨款基本支出决算表"],
        ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
        ["301", "工资福利支出", 10, 10, None],
    ]))
    row03 = d.tables["03"].row("201")
    assert [row03.cells[k].source.col_label for k in ("total", "basic", "project")] == ["本年支出合计", "基本支出",
                                                                                        "项目支出"]
    assert d.tables["05"].row("201").cells["total"].source.col_label == "合计"
    assert d.tables["06"].row("301").cells["amount"].source.col_label == "合计"
    assert d.tables["03"].row("201").cells["total"].source.row_label == "201 一般公共服务支出"


# ------------------------------------------------------------------------------------------------- notes
def _note(*values):
    from govaudit.recognize.tables import is_note

    return is_note(cells(*values))


def test_which_rows_are_notes():
    assert _note("注：本表金额单位为万元")
    assert _note("说明")
    assert _note("本表金额均按四舍五入列示")  # 12 characters with 本表: a note however it is worded
    assert not _note("本表金额按四舍五入列示")  # 11: too short for a note word alone
    assert _note("不涉及。")  # an empty-table word, no 无
    assert _note("（无政府性基金支出）")  # 无 after a bracket, no empty-table word
    assert _note("本单位无此项支出")
    assert not _note("其中：本年没有发生的项目支出", 5)  # a figure: a row, whatever its words
    assert not _note(None, "其中：本年没有发生的项目支出", 12.5)
    assert not _note("2010350", "事业运行（无）")  # a coded 科目 printed with （无）
    assert not _note("201.01.01", "事业运行（无）")
    assert not _note("其他支出（无）", "0.00")  # a figure typed as text
    assert not _note("合计（无）")
    assert not _note("社会保障和就业支出（无）")  # a 类 named without its code
    assert not _note("一般公共服务支出")
    assert not _note()


def test_a_note_row_under_a_table_is_a_note_not_a_row(tmp_path):
    d = book(tmp_path, ("05", [
        [T05], H05,
        [None, "合计", 30, 10, 20],
        ["201", "一般公共服务支出", 30, 10, 20],
        ["2010350", "事业运行（无）"],
        ["本表金额均按四舍五入列示"],
        ["不涉及。"],
    ]))
    t = d.tables["05"]
    assert [r.key for r in t.rows] == ["total", "201", "2010350"]
    assert t.notes == ["本表金额均按四舍五入列示", "不涉及。"]


# ------------------------------------------------------------------------------------------------ codes
def test_code_text_keeps_the_printed_zero_padding():
    from govaudit.recognize.tables import code_text

    assert code_text(Cell(1, 1, 5, "00")) == "05"
    assert code_text(Cell(1, 1, 5.0, "00")) == "05"
    assert code_text(Cell(1, 1, 5, "General"), 2) == "05"
    assert code_text(Cell(1, 1, 5, "000;-000"), 2) == "005"
    assert code_text(Cell(1, 1, 5, "0.00")) == "5"
    assert code_text(Cell(1, 1, 0, "00")) == "00"
    assert code_text(Cell(1, 1, -5, "00"), 2) == "-5"
    assert code_text(Cell(1, 1, 201)) == "201"
    assert code_text(Cell(1, 1, 201.5)) == "201.5"
    assert code_text(Cell(1, 1, True)) == "True"
    assert code_text(Cell(1, 1, "5"), 2) == "05"
    assert code_text(Cell(1, 1, "05"), 2) == "05"
    assert code_text(Cell(1, 1, "5")) == "5"
    assert code_text(Cell(1, 1, "合计"), 3) == "合计"
    assert code_text(Cell(1, 1, "201.01.01")) == "2010101"


def test_kuan_and_xiang_stored_as_numbers_keep_their_two_digits(tmp_path):
    """类 | 款 | 项 columns holding 208 | 5 | 5 (numbers, one in format '00'): the codes are 208, 20805, 2080505."""
    d = book(tmp_path, ("05", [
        [T05],
        ["科目编码", None, None, "科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", None, None, None, None],
        [208, None, None, "社会保障和就业支出", 300, 300, 0],
        [208, 5, None, "行政事业单位养老支出", 300, 300, 0],
        [208, F(5, "00"), 5, "机关事业单位基本养老保险缴费支出", 300, 300, 0],
        [None, None, 6, "机关事业单位职业年金缴费支出", 0, 0, 0],
        [None, 8, None, "抚恤", 0, 0, 0],
    ], ["A2:C2"]))
    assert [r.code for r in d.tables["05"].rows] == ["208", "20805", "2080505", "2080506", "20808"]


# ------------------------------------------------------------------------------------------- header rows
def test_header_rows_stop_at_the_first_row_of_data(tmp_path):
    """01: a first row that names 收入/支出 rows but prints no figure is data: the header ends above it, so the
    项目 columns keep naming the rows below."""
    d = book(tmp_path, ("01", [
        ["收入支出决算总表"],
        ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", None, "一、一般公共服务支出", None],
        ["本年收入合计", 100, "本年支出合计", 100],
    ]))
    t = d.tables["01"]
    assert [(r.side, r.key, r.label) for r in t.rows] == [(0, "income_total", "本年收入合计"),
                                                          (1, "expense_total", "本年支出合计")]
    assert [c.header for c in t.columns] == ["决算数", "决算数"]


def test_a_total_word_row_right_under_the_header_is_data(tmp_path):
    d = book(tmp_path, ("05", [
        [T05], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["合计", "合计", None, None, None],
        ["201", "一般公共服务支出", 30, 10, 20],
    ]))
    t = d.tables["05"]
    assert [c.header for c in t.columns] == ["合计", "基本支出", "项目支出"]
    assert [r.key for r in t.rows] == ["201"]


def test_mixed_header_and_first_data_row(tmp_path):
    """'类 | 款 | 项 | 合计 | 2,946.25 …' (a PDF's 合计 row printed in the band of the last header row): the row
    is the last header row and the 合计 row; money is told from codes by decimals or thousands separators."""
    from govaudit.recognize.tables import is_mixed_row

    assert is_mixed_row(cells("类", "款", "项", "合计", "2,946.25"))
    assert is_mixed_row(cells("类", "合计", "2,946"))
    assert is_mixed_row(cells("项目", "合计", 12.5))
    assert not is_mixed_row(cells("类", "合计", 12.0))
    assert not is_mixed_row(cells("类", "201", "2946"))
    assert not is_mixed_row(cells("科目", "合计", "2,946.25"))
    d = book(tmp_path, ("05", [
        [T05],
        ["科目编码", None, None, "科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", "合计", "2,946.25", "946.25", "2,000.00"],
        ["201", None, None, "一般公共服务支出", "2,946.25", "946.25", "2,000.00"],
    ], ["A2:C2"]))
    t = d.tables["05"]
    assert [c.header for c in t.columns] == ["合计", "基本支出", "项目支出"]
    assert figures(t) == {("total", "total"): Decimal("2946.25"), ("total", "basic"): Decimal("946.25"),
                          ("total", "project"): Decimal("2000.00"), ("201", "total"): Decimal("2946.25"),
                          ("201", "basic"): Decimal("946.25"), ("201", "project"): Decimal("2000.00")}
    assert t.row("total").row == 3


# ---------------------------------------------------------------------------------- unmerged group heads
def test_group_heads_of_a_header_without_merges_cover_their_sub_columns(tmp_path):
    """An export that undid its merges: '本年支出' stands over its first sub-column only, '基本支出' over 人员经费
    only. Each group covers the sub-columns beside it, up to the next heading."""
    d = book(tmp_path, ("03", [
        ["支出决算表"],
        ["项目", None, "本年支出", None, None, None],
        ["科目编码", "科目名称", "合计", "基本支出", None, "项目支出"],
        [None, None, None, "人员经费", "公用经费", None],
        ["201", "一般公共服务支出", 30, 6, 4, 20],
    ]))
    t = d.tables["03"]
    assert [(c.key, c.header) for c in t.columns] == [
        ("total", "本年支出/合计"), ("basic.personnel", "本年支出/基本支出/人员经费"),
        ("basic.public", "本年支出/基本支出/公用经费"), ("project", "本年支出/项目支出")]
    basic = t.row("201").cells["basic"]
    assert basic.derived and basic.value == Decimal("10") and basic.source.col_label == "基本支出"


def test_a_caption_row_of_one_cell_heads_no_group(tmp_path):
    """'收入' alone above the header (one cell) covers nothing; a group head over a column whose neighbour has no
    sub-heading, or the same one, stays over its own column."""
    d = book(tmp_path, ("03", [
        ["支出决算表"],
        [None, None, "按功能分类科目"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", 30, 10, 20],
    ]), ("05", [
        [T05],
        ["科目编码", "科目名称", "合计", "基本支出", None],
        [None, None, None, "人员经费", "人员经费"],
        ["201", "一般公共服务支出", 30, 10, 20],
    ]))
    assert [c.header for c in d.tables["03"].columns] == ["按功能分类科目/本年支出合计", "基本支出", "项目支出"]
    assert [c.header for c in d.tables["05"].columns] == ["合计", "基本支出/人员经费", "人员经费"]


# --------------------------------------------------------------------------------------------- columns
def test_a_heading_of_30_characters_may_name_the_unit(tmp_path):
    """'（元）' ends a long heading (30 characters, the longest read as a heading): the table is in 元."""
    head = "本年支出合计数（按功能分类科目汇总全部支出之决算数额）（元）"
    assert len(head) == 30
    d = book(tmp_path, ("05", [[T05], ["科目编码", "科目名称", head, "基本支出", "项目支出"],
                               ["201", "一般公共服务支出", 30, 10, 20]]))
    t = d.tables["05"]
    assert t.unit == "元" and t.row("201").cells["total"].unit == "元"


def test_a_subtotal_under_a_part_is_that_part(tmp_path):
    """03: '基本支出' merged over 合计 | 人员经费 | 公用经费: that 合计 is 基本支出, not the row's total."""
    d = book(tmp_path, ("03", [
        ["支出决算表"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", None, None, "项目支出"],
        [None, None, None, "合计", "人员经费", "公用经费", None],
        ["201", "一般公共服务支出", 30, 10, 6, 4, 20],
    ], ["D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"]))
    t = d.tables["03"]
    assert [c.key for c in t.columns] == ["total", "basic", "basic.personnel", "basic.public", "project"]
    assert not t.row("201").cells["basic"].derived and t.row("201").cells["basic"].source.col_label == "基本支出合计"


def test_a_numbering_column_before_the_codes_opens_no_second_side(tmp_path):
    """'序号' (a column of nothing we read) before 科目编码: the table has one side."""
    d = book(tmp_path, ("05", [[T05], ["序号", *H05], [1, "201", "一般公共服务支出", 30, 10, 20],
                               [2, "208", "社会保障和就业支出", 3, 1, 2]]))
    t = d.tables["05"]
    assert [(c.key, c.side) for c in t.columns] == [("total", 0), ("basic", 0), ("project", 0)]
    assert [(r.key, r.side) for r in t.rows] == [("201", 0), ("208", 0)]


def test_a_second_name_column_past_a_blank_one_and_on_the_second_side(tmp_path):
    """'项目' over two columns without its merge, a column between them holding only the 单位 line; and 01's two
    sides each with names split over two columns (江苏): the unheaded word columns name rows too."""
    d = book(tmp_path, ("05", [
        [T05],
        [None, "单位：万元"],
        ["项目", None, None, "合计", "基本支出", "项目支出"],
        [None, None, "合计", 3500, 1500, 2000],
        ["201 一般公共服务支出", None, None, 3500, 1500, 2000],
    ]), ("01", [
        ["收入支出决算总表"],
        ["项目", None, "决算数", "项目", None, "决算数"],
        ["一、一般公共预算财政拨款收入", None, 100, "一、一般公共服务支出", None, 60],
        [None, "其中：上年结转", 10, None, "其中：基本支出", 40],
        ["本年收入合计", None, 100, "本年支出合计", None, 100],
    ]))
    t = d.tables["05"]
    assert [r.key for r in t.rows] == ["total", "201"] and t.row("total").label == "合计"
    t = d.tables["01"]
    assert [(r.side, r.label) for r in t.rows] == [
        (0, "一、一般公共预算财政拨款收入"), (1, "一、一般公共服务支出"), (0, "其中:上年结转"), (1, "其中:基本支出"),
        (0, "本年收入合计"), (1, "本年支出合计")]


def test_unheaded_columns_that_are_no_names(tmp_path):
    """An unheaded column of words after the figures (a remark) and one of figures typed as text after the names:
    neither names rows, and the table reads as without them."""
    d = book(tmp_path, ("05", [
        [T05],
        ["科目编码", "科目名称", None, "合计", "基本支出", "项目支出", None],
        ["201", None, "12.00", 30, 10, 20, "据实列支"],
        ["208", "社会保障和就业支出", "3.00", 3, 1, 2, None],
    ]))
    t = d.tables["05"]
    assert [(r.key, r.label) for r in t.rows] == [("201", ""), ("208", "社会保障和就业支出")]
    assert [c.key for c in t.columns] == ["total", "basic", "project"]


def test_two_columns_read_the_same_way_are_both_kept(tmp_path):
    d = book(tmp_path, ("03", [["支出决算表"], ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "项目支出"],
                               ["201", "一般公共服务支出", 30, 10, 20, 5]]))
    t = d.tables["03"]
    assert [c.key for c in t.columns] == ["total", "basic", "project", "project#6"]
    assert figures(t)[("201", "project#6")] == Decimal("5") and figures(t)[("201", "project")] == Decimal("20")


# -------------------------------------------------------------------------- words under a merged group head
T04 = "财政拨款收入支出决算总表"


def test_words_under_two_column_groups_are_the_headers_next_level(tmp_path):
    """04: 决算数 merged over exactly two columns on each side, 合计 | 一般公共预算财政拨款 under it (words that also
    name a 收入 row): that row names the columns (each group's first and last column)."""
    d = book(tmp_path, ("04", [
        [T04],
        ["项目", "决算数", None, "项目", "决算数", None],
        [None, "合计", "一般公共预算财政拨款", None, "合计", "一般公共预算财政拨款"],
        ["一、一般公共预算财政拨款", 100, 100, "一、一般公共服务支出", 100, 100],
    ], ["A1:F1", "B2:C2", "E2:F2", "A2:A3", "D2:D3"]))
    t = d.tables["04"]
    assert [(c.side, c.key) for c in t.columns] == [(0, "total"), (0, "general"), (1, "total"), (1, "general")]
    assert figures(t)[("201", "general")] == Decimal("100")


def test_one_word_under_each_group_is_a_row_of_an_empty_table(tmp_path):
    """收入 merged over 项目 | 决算数 and 支出 over 项目 | 决算数, then '一、一般公共预算财政拨款' under 收入's first column
    and '一、一般公共服务支出' under 支出's: a row of the table, not a header level; the figures below land in
    决算数."""
    d = book(tmp_path, ("04", [
        [T04],
        ["收入", None, "支出", None],
        ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款", None, "一、一般公共服务支出", None],
        ["收入总计", 100, "支出总计", 100],
    ], ["A1:D1", "A2:B2", "C2:D2"]))
    t = d.tables["04"]
    assert [(c.side, c.key, c.header) for c in t.columns] == [(0, "amount", "收入/决算数"), (1, "amount", "支出/决算数")]
    assert [(r.side, r.key) for r in t.rows] == [(0, "income_grand_total"), (1, "expense_grand_total")]


def test_a_row_of_words_without_any_merged_head_is_data(tmp_path):
    """No merged cell in the header (only the title's): a first row of words that name 收入/支出 rows, with no
    figure, is a row."""
    d = book(tmp_path, ("04", [
        [T04],
        ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款", None, "一、一般公共服务支出", None],
        ["收入总计", 100, "支出总计", 100],
    ], ["A1:D1"]))  # the title merged across the table is no group head
    t = d.tables["04"]
    assert [(c.side, c.key, c.header) for c in t.columns] == [(0, "amount", "决算数"), (1, "amount", "决算数")]
    assert [(r.side, r.key) for r in t.rows] == [(0, "income_grand_total"), (1, "expense_grand_total")]



# ---------------------------------------------------------------------------------------------- figures
def test_what_each_figure_cell_gives(tmp_path):
    """A formula never calculated, a number too large to be real and a word in a figure column each give an issue
    naming the cell and no figure; a blank gives none; a number in General format is published to 0.01 万元, one with
    a format shows its own decimals; a number typed as text keeps its printed text."""
    d = book(tmp_path, ("05", [
        [T05], ["单位：万元"], H05,
        ["201", "一般公共服务支出", "=D4+E4", 10, F(20, "0.0")],
        ["208", "社会保障和就业支出", 1e17, "12.50", "见说明"],
        ["212", "城乡社区支出", 6, None, F(2, "#,##0")],
    ]))
    t = d.tables["05"]
    got = {(i.kind, i.location.cell, i.location.row_label, i.location.col_label) for i in d.cell_issues}
    assert got == {("formula_without_value", "C4", "201 一般公共服务支出", "合计"),
                   ("implausible", "C5", "208 社会保障和就业支出", "合计"),
                   ("not_a_number", "E5", "208 社会保障和就业支出", "项目支出")}
    assert all(i.context == "公开05表" for i in d.cell_issues)
    assert [i.text for i in sorted(d.cell_issues, key=lambda i: i.kind)] == ["", "1e+17", "见说明"]
    r201, r208, r212 = t.row("201").cells, t.row("208").cells, t.row("212").cells
    assert r201["total"] is None and r208["total"] is None and r208["project"] is None
    assert (r201["basic"].value, r201["basic"].decimals, r201["basic"].text) == (Decimal("10"), 2, "")
    assert (r201["project"].value, r201["project"].decimals) == (Decimal("20"), 1)
    assert (r208["basic"].value, r208["basic"].decimals, r208["basic"].text) == (Decimal("12.50"), 2, "12.50")
    assert r212["basic"] is None and (r212["project"].decimals, r212["total"].decimals) == (0, 2)
    assert r212["total"].source.cell == "C6" and r212["total"].unit == "万元"


def test_general_numbers_in_yuan_show_what_is_stored(tmp_path):
    """In 元 a General-format 6 is 6 (± 0.5 元): there is no published precision to widen it to."""
    d = book(tmp_path, ("05", [[T05], ["单位：元"], H05, ["201", "一般公共服务支出", 30, 10.5, 20]]))
    cells_ = d.tables["05"].row("201").cells
    assert (cells_["total"].decimals, cells_["basic"].decimals, cells_["total"].unit) == (0, 1, "元")


# ------------------------------------------------------------------------------------------- row labels
def test_a_name_in_the_code_column_and_a_total_across_the_split_columns(tmp_path):
    """编码/名称 merged into one column ('201 一般公共服务支出' in the code column; '合计' there too), and 类/款/项
    columns with '合计' written across them: both label their rows."""
    d = book(tmp_path, ("05", [
        [T05], ["科目编码", "合计", "基本支出", "项目支出"],
        ["合计", 30, 10, 20],
        ["201 一般公共服务支出", 30, 10, 20],
    ]), ("03", [
        ["支出决算表"],
        ["科目编码", None, None, "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["类", "款", "项", None, None, None, None],
        ["合计", None, None, None, 30, 10, 20],
        ["201", None, None, "一般公共服务支出", 30, 10, 20],
        [None, "03", None, "政府办公厅（室）及相关机构事务", 30, 10, 20],
        [None, None, "01", "行政运行", 30, 10, 20],
    ], ["A2:C2"]))
    assert [(r.key, r.label, r.code, r.label_cell) for r in d.tables["05"].rows] == [
        ("total", "合计", None, "A3"), ("201", "一般公共服务支出", "201", "A4")]
    assert [(r.key, r.label, r.label_cell) for r in d.tables["03"].rows] == [
        ("total", "合计", "A4"), ("201", "一般公共服务支出", "D5"), ("20103", "政府办公厅(室)及相关机构事务", "D6"),
        ("2010301", "行政运行", "D7")]


def test_join_split_carries_the_parts_above():
    from govaudit.recognize.tables import TableBuilder

    join = TableBuilder._join_split
    last = ["", "", ""]
    assert join({0: "208"}, last) == "208" and last == ["208", "", ""]
    assert join({1: "05"}, last) == "20805" and last == ["208", "05", ""]
    assert join({2: "05"}, last) == "2080505"
    assert join({0: "208", 1: "08"}, last) == "20808" and last == ["208", "08", ""]
    assert join({0: "208", 1: "08", 2: "01"}, last) == "2080801"
    assert join({0: "20808", 1: "01"}, ["", "", ""]) == "2080801"  # the parts as printed, when they make a code
    assert join({0: "2080", 1: "01"}, ["", "", ""]) is None
    assert join({1: "20805", 2: "2080505"}, ["208", "", ""]) == "2080505"
    # another 类's whole 款 code standing in the 款 column (lobud s29, 11275ca): read as that 类 and 款, never joined
    # under the 类 carried from above ('20820905')
    assert join({1: "20905"}, ["208", "", ""]) == "20905"
    assert join({2: "2080505"}, ["208", "05", ""]) == "2080505"
    assert join({2: "2090505"}, ["208", "05", ""]) is None  # another 类's whole 项 code: not read surely (lobud s29)
    assert join({2: "01"}, ["208", "", ""]) is None
    assert join({2: "01"}, ["", "05", ""]) is None
    assert join({0: "20805"}, ["", "", ""]) == "20805"  # the whole code in the 类 column
    assert join({0: "2080505"}, ["", "", ""]) == "2080505"
    assert join({0: "208", 2: "01"}, ["", "", ""]) == "208"
    last = ["201", "03", ""]
    assert join({0: "201", 1: "03"}, last) == "20103" and join({0: "208"}, last) == "208" and last == ["208", "", ""]
    assert join({0: "20"}, ["", "", ""]) is None


def test_row_keys_by_table():
    from govaudit.recognize.tables import TableBuilder

    key = TableBuilder._row_key
    assert key("04", 0, "年初财政拨款结转和结余", None, False) == "begin_total"
    assert key("04", 0, "一般公共预算财政拨款", None, True) == "begin.general"
    assert key("04", 0, "一般公共预算财政拨款", None, False) == "income.general"
    assert key("04", 1, "一般公共预算财政拨款", None, True) == "end.general"
    assert key("01", 0, "一般公共预算财政拨款收入", None, True) == "income.general"
    assert key("01", 0, "", "201", False) == "201"
    assert key("01", 1, "其他项目", "2010301", False) == "2010301"
    assert key("01", 0, "三、捐赠收入", None, False) == "income.extra.捐赠收入"
    assert key("01", 1, "三、捐赠收入", None, False) is None
    assert key("01", 1, "二十五、其他特别支出", None, False) == "cat.其他特别支出"
    assert key("01", 0, "二十五、其他特别支出", None, False) is None
    assert key("01", 0, "", None, False) is None
    assert key("05", 0, "合计", "201", False) == "201"
    assert key("06", 0, "人员经费合计", None, False) == "personnel_total"
    assert key("06", 0, "公用经费", None, False) == "public_total"
    assert key("05", 0, "人员经费", None, False) is None
    assert key("05", 0, "一、合计", None, False) is None  # numbered: a part's total (test_numbered_totals.py)
    assert key("05", 0, "合计（万元）", None, False) == "total"
    assert key("06", 0, "基本支出合计", None, False) == "total"
    assert key("05", 0, "基本支出合计", None, False) is None
    assert key("03", 0, "本年支出合计", None, False) == "total"
    assert key("02", 0, "收入总计", None, False) == "total"
    for kind in ("05", "08", "09"):
        assert key(kind, 0, "支出合计数", None, False) == "total"
    assert key("06", 0, "支出合计数", None, False) is None
    assert key("03", 0, "本年合计", None, False) == "total"
    assert key("03", 0, "一般公共服务", None, False) is None


# ------------------------------------------------------------------------------------------ table-wide
def test_the_unit_and_year_printed_only_in_the_title(tmp_path):
    d = book(tmp_path, ("05", [["2023年度一般公共预算财政拨款支出决算表（单位：元）"], H05,
                               ["201", "一般公共服务支出", 30, 10, 20]]),
             ("03", [["支出决算表"], ["2022年度", None, "单位：万元"], ["科目编码", "科目名称", "本年支出合计"],
                     ["201", "一般公共服务支出", 30]]))
    t = d.tables["05"]
    assert (t.unit, t.unit_cell, t.year, t.year_cell) == ("元", "A1", 2023, "A1")
    assert t.row("201").cells["total"].unit == "元"
    t = d.tables["03"]
    assert (t.unit, t.unit_cell, t.year, t.year_cell) == ("万元", "C2", 2022, "A2")


def test_a_tables_own_department_line_and_code_label(tmp_path):
    d = book(tmp_path, ("05", [[T05, None, None, None, "公开05表"], ["编制单位：某市测试局", None, None, None, "单位：元"],
                               H05, ["201", "一般公共服务支出", 30, 10, 20]]))
    t = d.tables["05"]
    assert (t.department, t.department_cell, t.code_label, t.unit, t.unit_cell) == (
        "某市测试局", "A2", "公开05表", "元", "E2")


def test_04_year_end_balances_printed_as_sub_rows(tmp_path):
    """04 whose 年末结转和结余 is split into sub-rows by fund (一般公共预算财政拨款 … under it): the 年末 row takes
    each fund's figure as its fund cell; a fund printed in both places keeps the column's."""
    d = book(tmp_path, ("04", [
        [T04],
        ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"],
        ["一、一般公共预算财政拨款", 100, "一、一般公共服务支出", 90, 80, 10],
        ["二、政府性基金预算财政拨款", 10, "年末财政拨款结转和结余", 20, None, 3],
        ["年初财政拨款结转和结余", 10, "一般公共预算财政拨款", 17, None, None],
        ["一般公共预算财政拨款", 7, "政府性基金预算财政拨款", 5, None, None],
        ["收入总计", 120, "支出总计", 110, 80, 13],
    ]))
    t = d.tables["04"]
    end = t.row("end_total").cells
    assert (end["total"].value, end["general"].value, end["gov_fund"].value) == (Decimal(20), Decimal(17), Decimal(3))
    assert end["general"].source.cell == "D5"
    assert t.row("begin.general").cells["amount"].value == Decimal(7)
    assert "state_capital" not in end


def test_06_in_two_blocks_headed_only_by_their_kind(tmp_path):
    """06 printed as 人员经费 (科目编码 | 科目名称 | 人员经费) beside 公用经费 (… | 公用经费): each block's figure column
    is its amount; one block with 合计 | 人员经费 | 公用经费 gives the 合计 row's split as 人员/公用经费合计."""
    d = book(tmp_path, ("06", [
        ["一般公共预算财政拨款基本支出决算表"],
        ["科目编码", "科目名称", "人员经费", "科目编码", "科目名称", "公用经费"],
        ["301", "工资福利支出", 10, "302", "商品和服务支出", 5],
        [None, "人员经费合计", 10, None, "公用经费合计", 5],
    ]), ("06b", [
        ["一般公共预算财政拨款基本支出决算表"],
        ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
        [None, "合计", 15, 10, 5],
        ["301", "工资福利支出", 10, 10, None],
    ]))
    by_sheet = {t.sheet: t for t in [d.tables["06"], *d.duplicates, *d.extra_tables]}
    t = by_sheet["06"]
    assert [(c.side, c.key) for c in t.columns] == [(0, "amount"), (1, "amount")]
    assert [(r.side, r.key) for r in t.rows] == [(0, "301"), (1, "302"), (0, "personnel_total"), (1, "public_total")]
    other = by_sheet["06b"]
    assert [c.key for c in other.columns] == ["amount", "personnel", "public"]
    assert [(r.key, r.row, r.cells["amount"].value) for r in other.rows if r.key.endswith("_total")] == [
        ("personnel_total", 3, Decimal(10)), ("public_total", 3, Decimal(5))]
    assert other.row("personnel_total").label == "人员经费合计" and other.row("personnel_total").label_cell == "B3"


def test_06_one_block_with_its_own_personnel_total_row(tmp_path):
    """A 人员经费合计 row already printed is kept; only the missing 公用经费合计 is taken from the 合计 row."""
    d = book(tmp_path, ("06", [
        ["一般公共预算财政拨款基本支出决算表"],
        ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
        [None, "合计", 15, 10, None],
        [None, "人员经费合计", 10, None, None],
    ]))
    t = d.tables["06"]
    assert [(r.key, r.row) for r in t.rows] == [("total", 3), ("personnel_total", 4)]


def test_a_derived_parent_only_where_its_parts_are(tmp_path):
    """基本支出 from 人员经费 + 公用经费: every part blank → a blank 基本支出 (a reported zero); a row with no part
    column at all (another side) gets none; 财政拨款(收入) from its fund columns in 02, under its printed group name."""
    d = book(tmp_path, ("05", [[T05], ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"],
                               ["201", "一般公共服务支出", 20, None, None, 20],
                               ["208", "社会保障和就业支出", 7.5, F(5, "0.0"), 2.25, 0]]),
             ("02", [["收入决算表"],
                     ["科目编码", "科目名称", "本年收入合计", "财政拨款", None, "其他收入"],
                     [None, None, None, "一般公共预算", "政府性基金", None],
                     ["201", "一般公共服务支出", 30, 20, 5, 5]], ["D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3"]))
    t = d.tables["05"]
    assert "basic" in t.row("201").cells and t.row("201").cells["basic"] is None
    basic = t.row("208").cells["basic"]
    assert (basic.value, basic.decimals, basic.unit, basic.source.cell, basic.half_unit) == (
        Decimal("7.25"), 2, "万元", "D4", Decimal("0.055"))
    assert basic.source.row_label == "208 社会保障和就业支出"
    fiscal = d.tables["02"].row("201").cells["fiscal"]
    assert (fiscal.value, fiscal.source.col_label, fiscal.derived) == (Decimal(25), "财政拨款", True)


# =============================================================================================== disclosure.py
def all_tables(d):
    return [*d.tables.values(), *d.duplicates, *d.extra_tables]


def test_titles_found_in_a_row_of_several_cells_and_the_blocks_they_end(tmp_path):
    """A title beside other cells ('… 决算表 | 公开05表'), a 表 word in a header cell that is no title, and two tables
    on one sheet: each table ends where the next title starts; the last runs to the sheet's last row."""
    d = book(tmp_path, ("表", [
        [None, T05, None, None, "公开05表"],
        [None, "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [None, "201", "一般公共服务支出", 30, 10, 20],
        [None, "注：", "数据见下表"],
        [None, "支出决算表"],
        [None, "科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        [None, "201", "一般公共服务支出", 30, 10, 20],
        [None, "208", "社会保障和就业支出", 3, 1, 2],
    ]))
    assert (d.tables["05"].title_cell, d.tables["05"].code_label) == ("B1", "公开05表")
    assert [r.key for r in d.tables["05"].rows] == ["201"] and d.tables["05"].notes == ["注:数据见下表"]
    assert [r.key for r in d.tables["03"].rows] == ["201", "208"] and d.tables["03"].title_cell == "B5"


def test_a_wrapped_titles_second_line_is_only_a_short_end_in_biao():
    from govaudit.recognize.disclosure import _title_rest

    assert _title_rest(cells("算表")) == "算表"
    assert _title_rest(cells(None, "决算总表")) == "决算总表"
    assert _title_rest(cells("支出决算明细情况表")) is None  # 9 characters: a line of its own
    assert _title_rest(cells("出决算明细情况表")) == "出决算明细情况表"  # 8
    assert _title_rest(cells("算表", "单位：万元")) is None
    assert _title_rest(cells("2表")) is None
    assert _title_rest(cells("算")) is None
    assert _title_rest(cells(5)) is None
    assert _title_rest([]) is None


def test_a_wrapped_title_and_a_title_line_that_needs_no_rest(tmp_path):
    """'一般公共预算财政拨款基本支' / '出决算表' is one 06 title (two lines: the header starts on the third); a complete
    title above a line that would also complete it is not joined."""
    d = book(tmp_path, ("06", [
        ["一般公共预算财政拨款基本支"], ["出决算表"],
        ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
        ["301", "工资福利支出", 10, 10, None],
    ]), ("03", [["支出决算表"], ["项目表"], ["科目编码", "科目名称", "本年支出合计"], ["201", "一般公共服务支出", 30]]))
    t = d.tables["06"]
    assert (t.title, t.title_cell) == ("一般公共预算财政拨款基本支出决算表", "A1")
    assert [c.key for c in t.columns] == ["amount", "personnel", "public"] and [r.key for r in t.rows] == ["301"]
    assert d.tables["03"].title == "支出决算表" and [r.key for r in d.tables["03"].rows] == ["201"]


def test_a_table_code_near_a_title_or_a_budget_table(tmp_path):
    """公开05表 three rows under a title belongs to it; four rows off, with a 决算 table under it, it is a table of its
    own; beside a 预算 title it is 江苏's 预算 numbering, no 决算 table."""
    d = book(tmp_path, ("a", [["公开03表"], [None], [None], ["支出决算表"], ["科目编码", "科目名称", "本年支出合计"],
                              ["201", "一般公共服务支出", 30]]),
             ("b", [["公开05表"], [None], [None], [None], ["部门财政拨款开支明细"], H05,
                    ["201", "一般公共服务支出", 30, 10, 20]]),
             ("c", [["公开02表"], [None], [None], ["收入预算总表"], ["项目", "合计"], ["一般公共预算拨款收入", 30]]))
    assert set(d.tables) == {"03", "05", "B02"} and d.titled_only == {}
    assert d.tables["03"].title == "支出决算表" and d.tables["05"].title == "公开05表"


def test_hidden_figures_are_named_by_where_they_hide(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "h.xlsx"
    book(tmp_path, ("05", [[T05], H05, ["201", "一般公共服务支出", 30, 10, 20], ["注：隐藏行只有文字"]]),
         ("旧", [["支出决算表"], ["科目编码", "科目名称", "本年支出合计"], ["201", "一般公共服务支出", 99],
                 ["208", "社会保障和就业支出", 98]]),
         ("03", [["支出决算表"], ["科目编码", "科目名称", "本年支出合计"], ["201", "一般公共服务支出", 30]]),
         name="h.xlsx")
    wb = load_workbook(path)
    wb["05"].row_dimensions[4].hidden = True
    wb["旧"].sheet_state = "hidden"
    wb.save(path)
    d = recognize(read_workbook(path))
    assert [(i.text, i.context, i.location.sheet, i.location.cell) for i in d.cell_issues] == [
        ("2", "隐藏的工作表「旧」", "旧", "C3")]
    assert d.tables["05"].notes == [] and d.tables["03"].sheet == "03" and d.duplicates == []


def test_continuation_titles():
    from govaudit.recognize.disclosure import is_continuation_title

    for title in ("支出决算表（续）", "支出决算表(续表1)", "支出决算表（续上表）", "续表", "支出决算续表", "支出决算表（ 续 2 ）"):
        assert is_continuation_title(title), title
    for title in ("支出决算表", "续建项目支出表", "支出决算表（持续）"):
        assert not is_continuation_title(title), title


def test_a_continuation_sheet_in_another_unit_and_with_the_same_codes(tmp_path):
    """05 in 元 continued on a sheet with no unit line: the rows there are in 元 too; a code met again keeps both
    rows apart (the second keyed by sheet and row); the notes under it join the table's."""
    d = book(tmp_path,
             ("05", [[T05], ["单位：元"], H05, ["201", "一般公共服务支出", 1000, 500, 500]]),
             ("续", [H05, ["201", "一般公共服务支出", 7, 3, 4], ["208", "社会保障和就业支出", 2000, 800, None],
                     ["注：本表无政府性基金。"]]))
    t = d.tables["05"]
    assert [(r.key, r.sheet) for r in t.rows] == [("201", None), ("201#续!2", "续"), ("208", "续")]
    assert [t.row("208").cells[k].unit for k in ("total", "basic")] == ["元", "元"]
    assert t.row("208").cells["project"] is None and t.notes == ["注:本表无政府性基金。"]


def test_a_continuation_sheet_of_a_table_in_wan_yuan_keeps_its_figures(tmp_path):
    d = book(tmp_path,
             ("05", [[T05], H05, ["201", "一般公共服务支出", 1000, 500, 500]]),
             ("续", [H05, ["208", "社会保障和就业支出", 2000, 800, 1200]]))
    assert d.tables["05"].row("208").cells["total"].unit == "万元"


def test_what_continues_a_table():
    from govaudit.model import Column, Row, Table
    from govaudit.recognize.disclosure import _continues

    def table(*keys, rows=1):
        return Table(kind="05", title="t", sheet="s", title_cell="A1",
                     columns=[Column(key=k, header=k, col=i) for i, k in enumerate(keys, 1)],
                     rows=[Row(key=f"r{i}", label="x", row=i) for i in range(rows)])

    base = table("total", "basic", "project")
    assert _continues(table("total", "basic"), base)
    assert _continues(table("total", "basic", "other", "more"), base)  # half its columns shared
    assert not _continues(table("total", "basic", "a", "b", "c"), base)
    assert not _continues(table("total"), base)  # one shared column of three
    assert not _continues(table("total", "basic", rows=0), base)
    assert _continues(table("total"), table("total"))
    assert not _continues(table("basic"), table("total"))


def test_leading_rows_after_a_form_or_before_a_title_are_no_continuation(tmp_path):
    """Rows at the top of a sheet continue only a table (not a 绩效自评表); a sheet that starts with its own title has no
    leading rows; a continuation of 05 whose rows already... start a sheet whose first table comes later."""
    d = book(tmp_path,
             ("05", [[T05], H05, ["201", "一般公共服务支出", 1000, 500, 500]]),
             ("03", [["支出决算表"], H05, ["201", "一般公共服务支出", 9, 4, 5]]),
             ("x", [H05, ["208", "社会保障和就业支出", 2, 1, 1], [None], ["支出决算表（续）"], H05,
                    ["212", "城乡社区支出", 3, 1, 2]]))
    assert [r.key for r in d.tables["05"].rows] == ["201"]
    assert [(r.key, r.sheet) for r in d.tables["03"].rows] == [("201", None), ("208", "x"), ("212", "x")]


def test_a_sheet_of_text_after_a_table_is_narrative(tmp_path):
    """A sheet with no table after one whose rows are no continuation (text): its sentences are paragraphs."""
    d = book(tmp_path,
             ("05", [[T05], H05, ["201", "一般公共服务支出", 1000, 500, 500]]),
             ("说明", [["一、部门基本情况"], ["2024年度一般公共预算财政拨款支出1000.00万元，主要用于一般公共服务。"]]))
    assert [p.text[:6] for p in d.paragraphs] == ["一、部门基本", "2024年度"]
    assert [r.key for r in d.tables["05"].rows] == ["201"]


def test_a_title_with_nothing_under_it_is_titled_only_once(tmp_path):
    d = book(tmp_path, ("目录", [[T05], ["支出决算表"], ["收入决算表"]]),
             ("05", [[T05], H05, ["201", "一般公共服务支出", 1000, 500, 500]]),
             ("空", [[T05], ["本表无数据"]]))
    assert set(d.tables) == {"05"} and d.tables["05"].sheet == "05"
    assert {k: (v.sheet, v.cell, v.table_title) for k, v in d.titled_only.items()} == {
        "05": ("目录", "A1", T05), "03": ("目录", "A2", "支出决算表"), "02": ("目录", "A3", "收入决算表")}


def test_the_sheets_heading_names_department_and_year_when_the_table_does_not(tmp_path):
    d = book(tmp_path, ("表", [["某市测试局2024年度部门决算"], ["部门：某市测试局"], [None],
                              [T05], H05, ["201", "一般公共服务支出", 1000, 500, 500],
                              ["支出决算表"], ["2023年度", None, "部门：另一局"], H05,
                              ["201", "一般公共服务支出", 1000, 500, 500]]))
    t = d.tables["05"]
    assert (t.department, t.department_cell, t.year, t.year_cell) == ("某市测试局", "A2", 2024, "A1")
    t = d.tables["03"]
    assert (t.department, t.department_cell, t.year, t.year_cell) == ("另一局", "C8", 2023, "A8")


def test_a_continued_title_joins_only_a_table_it_continues(tmp_path):
    """'支出决算表（续）' under 03 adds its rows; a '（续）' table of other columns is another table (a duplicate)."""
    d = book(tmp_path, ("03", [["支出决算表"], H05, ["201", "一般公共服务支出", 9, 4, 5],
                               ["支出决算表（续）"], H05, ["208", "社会保障和就业支出", 2, 1, 1],
                               ["支出决算表（续）"], ["科目编码", "科目名称", "上缴上级支出", "经营支出", "其他"],
                               ["212", "城乡社区支出", 3, 1, 2]]))
    assert [r.key for r in d.tables["03"].rows] == ["201", "208"]
    assert [[r.key for r in t.rows] for t in d.duplicates] == [["212"]]


def test_which_of_two_tables_of_a_kind_is_checked(tmp_path):
    """Rows by 科目编码 beat rows without; then more figures; a tie keeps the first. The other is a duplicate, or
    another view when its title's brackets say so."""
    coded = [["支出决算表"], H05, ["201", "一般公共服务支出", 9, 4, 5]]
    named = [["支出决算表（按单位）"], ["单位名称", "合计", "基本支出", "项目支出"], ["某局机关", 9, 4, 5],
             ["某局下属单位", 9, 4, 5]]
    more = [["支出决算表"], H05, ["201", "一般公共服务支出", 9, 4, 5], ["208", "社会保障和就业支出", 2, 1, 1]]
    d = book(tmp_path, ("按单位", named), ("按科目", coded), ("更多", more))
    assert d.tables["03"].sheet == "更多"
    assert [t.sheet for t in d.extra_tables] == ["按单位"] and [t.sheet for t in d.duplicates] == ["按科目"]


def test_qualifiers_of_a_title():
    from govaudit.recognize.disclosure import qualifier

    assert qualifier("收入决算表（按单位）") == "按单位"
    assert qualifier("收入决算表（公开02表）（2024年度）（单位：万元）（续）") == ""
    assert qualifier("收入决算表【按功能分类】(本级)") == "按功能分类/本级"
    assert qualifier("收入决算表（）") == ""
    assert qualifier("收入决算表（2024年度）（按单位）") == "按单位"


def test_a_pdf_table_printed_in_column_strips_is_marked_unreliable():
    from govaudit.readers.base import Sheet, Workbook

    rows = [[T05], H05, ["201", "一般公共服务支出", 30, 10, 20], ["支出决算表"], ["科目编码", "科目名称", "本年支出合计"],
            ["201", "一般公共服务支出", 30]]
    sheet = Sheet(name="第1页", cells={(r, c): Cell(r, c, v) for r, row in enumerate(rows, 1)
                                       for c, v in enumerate(row, 1)}, cut_tables=[(4, 6, 3)])
    def unread():
        sheet.__dict__.pop("_rows", None)
        d = recognize(Workbook(path="x.pdf", sheets=[sheet], kind="pdf", paragraphs=[]))
        return {t.kind: t.unreliable for t in d.unread_tables}, sorted(d.tables)

    assert unread() == ({"03": "表格右侧的列另印在第3页，打印时没有按页宽缩放，无法拼成一张表"}, ["05"])
    sheet.cut_tables = [(1, 3, 2)]
    assert unread() == ({"05": "表格右侧的列另印在第2页，打印时没有按页宽缩放，无法拼成一张表"}, ["03"])
    sheet.cut_tables = [(3, 3, 2)]
    assert unread()[1] == ["03"]
    sheet.cut_tables = [(3, 4, 2)]
    assert unread()[1] == []
    sheet.cut_tables = [(0, 1, 2)]
    assert unread()[1] == ["03"]

def test_the_annotated_copys_findings_list_of_any_length_is_skipped():
    from govaudit.readers.base import Paragraph, Workbook
    from govaudit.recognize.disclosure import paragraphs

    def paras(*texts):
        return Workbook(path="a.docx", sheets=[], kind="word",
                        paragraphs=[Paragraph(i, t) for i, t in enumerate(texts, 1)])

    got = paragraphs(paras("govaudit检查结果", "共2个问题", "[警告] 一", "[提示] 二", "  ", "一、概况", "[错误] 正文"))
    assert [(p.index, p.text, p.location.paragraph) for p in got] == [(1, "一、概况", 6), (2, "[错误] 正文", 7)]
    assert [p.text for p in paragraphs(paras("govaudit检查结果", "未发现问题"))] == []
    got = paragraphs(paras("一、概况", "govaudit检查结果"))
    assert [(p.index, p.text) for p in got] == [(1, "一、概况"), (2, "govaudit检查结果")]


SENTENCE = "2024年度一般公共预算财政拨款支出1000.00万元，主要用于一般公共服务。"


def test_text_rows_beside_tables_are_narrative_only_with_an_amount(tmp_path):
    """A sheet holding a table and, under it, a heading, a sentence with an amount and a short line with one: those
    are paragraphs (the title and the table's rows are not); a sheet whose only text is '本表无数据' gives none."""
    d = book(tmp_path, ("05", [[T05], H05, ["201", "一般公共服务支出", 1000, 500, 500], [None],
                               ["（三）一般公共预算财政拨款支出情况"], [SENTENCE], ["收支总计6598.33万元。"],
                               ["这是一段没有数字的较长说明文字，写在表格下方，用来解释本表的口径和范围。"],
                               ["短句没有金额。"], ["一、" + "很长的标题" * 8]]),
             ("03", [["支出决算表"], ["科目编码", "科目名称", "本年支出合计"], ["201", "一般公共服务支出", 30],
                     ["注：本部门本年度没有发生其他支出，故本表仅列示一般公共服务支出的情况。"]]))
    assert [p.text for p in d.paragraphs] == ["（三）一般公共预算财政拨款支出情况", SENTENCE, "收支总计6598.33万元。",
                                              "这是一段没有数字的较长说明文字，写在表格下方，用来解释本表的口径和范围。"]
    assert [(p.index, p.location.sheet, p.location.cell) for p in d.paragraphs][:2] == [(1, "05", "A5"), (2, "05", "A6")]


def test_a_sheet_of_text_needs_a_sentence(tmp_path):
    """A cover sheet (short lines only) gives no paragraphs; a 情况说明 sheet gives every text cell, row by row."""
    d = book(tmp_path, ("封面", [["某市测试局"], ["2024年度部门决算"]]),
             ("说明", [["一、部门基本情况", "（附）"], [SENTENCE]]),
             ("05", [[T05], H05, ["201", "一般公共服务支出", 1000, 500, 500]]))
    assert [(p.index, p.text, p.location.cell) for p in d.paragraphs] == [
        (1, "一、部门基本情况", "A1"), (2, "（附）", "B1"), (3, SENTENCE, "A2")]


def test_sentences_are_long_and_end_or_speak_of_wan_yuan():
    from govaudit.recognize.disclosure import _is_sentence

    assert _is_sentence("这" * 29 + "。")
    assert not _is_sentence("这" * 28 + "。")
    assert _is_sentence("这" * 28 + "万元")
    assert not _is_sentence("这" * 40)
