"""Recognition edge cases, one behaviour per test (issue 14: they kill mutants of recognize/tables.py and
recognize/disclosure.py). Each test writes a small workbook shaped like a real 决算公开表 and asserts which figure
lands in which row and column."""

from __future__ import annotations

from decimal import Decimal

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from recognize_books import book, figures


def test_a_unit_named_only_in_the_column_heads_is_the_tables_unit(tmp_path):
    """No 金额单位 line: '合计（元）' heads say the figures are in 元, not the usual 万元."""
    d = book(tmp_path, ("05", [
        ["一般公共预算财政拨款支出决算表"],
        ["科目编码", "科目名称", "合计（元）", "基本支出（元）", "项目支出（元）"],
        [None, "合计", "3500.00", "1500.00", "2000.00"],
        ["201", "一般公共服务支出", "3500.00", "1500.00", "2000.00"],
    ]))
    t = d.tables["05"]
    assert t.unit == "元" and t.row("total").cells["total"].unit == "元"
    assert figures(t)[("201", "basic")] == Decimal("1500.00")


def test_an_unheaded_column_beside_the_names_names_the_first_data_row_too(tmp_path):
    """'项目' printed over two columns without its merge: the 合计 of the first data row, written in the second
    (unheaded) column, still labels that row."""
    d = book(tmp_path, ("05", [
        ["一般公共预算财政拨款支出决算表"],
        [None, None, None, None, "单位：万元"],
        ["项目", None, "合计", "基本支出", "项目支出"],
        [None, "合计", 3500, 1500, 2000],
        ["201 一般公共服务支出", None, 3500, 1500, 2000],
    ]))
    t = d.tables["05"]
    assert figures(t)[("total", "total")] == Decimal("3500") and figures(t)[("201", "project")] == Decimal("2000")
    assert t.row("total").row == 4


def test_a_title_wrapped_onto_a_second_line_is_one_title(tmp_path):
    """'一般公共预算财政拨款支出决' / '算表': the two lines make the 05 title; the second is neither title nor header."""
    d = book(tmp_path, ("05", [
        ["一般公共预算财政拨款支出决"],
        ["算表"],
        [None, None, None, None, "单位：万元"],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [None, "合计", 3500, 1500, 2000],
        ["201", "一般公共服务支出", 3500, 1500, 2000],
    ]))
    t = d.tables["05"]
    assert t.title == "一般公共预算财政拨款支出决算表" and t.title_cell == "A1"
    assert [c.key for c in t.columns] == ["total", "basic", "project"]
    assert figures(t)[("201", "basic")] == Decimal("1500")


def _05(rows, unit_row=("单位：万元",)):
    return ("05", [["一般公共预算财政拨款支出决算表"], list(unit_row),
                   ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"], *rows])


def test_a_parent_column_printed_only_as_its_parts_is_derived_with_their_tolerance(tmp_path):
    """基本支出 printed only as 人员经费 | 公用经费: each row gets 基本支出 as their sum, ± the sum of their half units
    (0.01), so 合计 = 基本支出 + 项目支出 off by 0.50 is still an error."""
    from govaudit.engine.runner import run_rules

    d = book(tmp_path, _05([[None, "合计", 3500.5, 1000, 500, 2000]]))
    basic = d.tables["05"].row("total").cells["basic"]
    assert basic.derived and basic.value == Decimal("1500") and basic.text == "(由分列合计)"
    assert [c.key for c in d.tables["05"].columns] == ["total", "basic.personnel", "basic.public", "project"]
    found = [f for f in run_rules(d) if f.code == "TBL501"]
    assert [f.severity for f in found] == ["error"]
    assert "应为 3500.00（区间 [3499.985, 3500.015]），实际为 3500.50" in found[0].message


def test_a_title_right_above_its_header_and_a_unit_line_right_under_its_title(tmp_path):
    """No line between the title and the header: the first row is the header; a 单位：元 line right under the title
    is read (the row after a one-line title is not skipped as a wrapped title's end)."""
    d = book(tmp_path, ("05", [
        ["一般公共预算财政拨款支出决算表"],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", 3500, 1500, 2000],
    ]), ("03", [
        ["支出决算表"],
        ["单位：元"],
        ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", 3500, 1500, 2000],
    ]))
    assert figures(d.tables["05"])[("201", "project")] == Decimal("2000")
    assert d.tables["03"].unit == "元" and d.tables["03"].unit_cell == "A2"


def test_a_row_of_words_under_merged_group_heads_is_the_headers_next_level(tmp_path):
    """04: 支出 / 决算数 merged over 合计 | 一般公共预算财政拨款 | 政府性基金… | 国有资本经营…: that row names the
    columns, though its words also name 收入 rows ('一般公共预算财政拨款'); the figures land in their fund columns."""
    d = book(tmp_path, ("04", [
        ["财政拨款收入支出决算总表"],
        [None, None, None, None, None, None, "单位：万元"],
        ["收入", None, "支出"],
        ["项目", "决算数", "项目", "决算数"],
        [None, None, None, "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
        ["一、一般公共预算财政拨款", 100, "一、一般公共服务支出", 130, 100, 30, 0],
        ["二、政府性基金预算财政拨款", 30, None, None, None, None, None],
        ["收入总计", 130, "支出总计", 130, 100, 30, 0],
    ], ["A3:B3", "C3:G3", "D4:G4", "A4:A5", "B4:B5", "C4:C5"]))
    t = d.tables["04"]
    assert [(c.side, c.key) for c in t.columns] == [(0, "amount"), (1, "total"), (1, "general"), (1, "gov_fund"),
                                                    (1, "state_capital")]
    got = figures(t)
    assert got[("income.general", "amount")] == Decimal("100") and got[("201", "gov_fund")] == Decimal("30")


def test_the_header_printed_again_inside_a_table_is_no_row(tmp_path):
    """A long table exported page by page: its header row comes again between data rows; it is neither a row nor
    a figure (no 'not a number' issue for '人员经费')."""
    head = ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"]
    d = book(tmp_path, _05([[None, "合计", 3500, 1000, 500, 2000], ["201", "一般公共服务支出", 1000, 300, 200, 500],
                            head, ["208", "社会保障和就业支出", 2500, 700, 300, 1500]]))
    t = d.tables["05"]
    assert [r.key for r in t.rows] == ["total", "201", "208"] and not d.cell_issues


def test_split_code_columns_that_print_the_whole_code_so_far(tmp_path):
    """类 | 款 | 项 columns holding 208 | 20805 | 2080505 (each the code so far): the codes are 208, 20805, 2080505."""
    d = book(tmp_path, ("05", [
        ["一般公共预算财政拨款支出决算表"],
        ["单位：万元"],
        ["科目编码", None, None, "科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", None, None, None, None],
        ["208", None, None, "社会保障和就业支出", 300, 300, 0],
        [None, "20805", None, "行政事业单位养老支出", 300, 300, 0],
        [None, "20805", "2080505", "机关事业单位基本养老保险缴费支出", 300, 300, 0],
    ], ["A3:C3"]))
    assert [r.code for r in d.tables["05"].rows] == ["208", "20805", "2080505"]


# ------------------------------------------------------------------------------------------------ disclosure.py
_HEAD05 = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]


def test_a_table_continued_on_the_next_sheet_without_its_title(tmp_path):
    """Sheet '05续' repeats the header but not the title, has no unit line and ends with a signature row: its rows
    join 05 in 05's unit (元), up to its last row; the signature row is no row; the sheet is no narrative."""
    d = book(tmp_path,
             ("说明", [["一、部门基本情况"], ["2024年度一般公共预算财政拨款支出3500.00元，主要用于一般公共服务和社会保障。"]]),
             ("05", [["一般公共预算财政拨款支出决算表"], ["单位：元"], _HEAD05,
                     [None, "合计", 3500, 1500, 2000], ["201", "一般公共服务支出", 1000, 500, 500]]),
             ("05续", [_HEAD05, ["208", "社会保障和就业支出", 2000, 800, 1200],
                       ["212", "城乡社区支出", 500, 200, 300],
                       [None, None, "单位负责人：张三", None, "制表人：李四"],
                       ["注：本表反映部门本年度一般公共预算财政拨款实际支出情况，金额单位为元，请核对。"]]))
    t = d.tables["05"]
    assert [r.key for r in t.rows] == ["total", "201", "208", "212"] and not d.cell_issues
    assert t.row("212").cells["project"].value == Decimal("300") and t.row("208").cells["total"].unit == "元"
    assert t.row("208").sheet == "05续" and t.row("201").sheet is None
    assert [p.text[:6] for p in d.paragraphs] == ["一、部门基本", "2024年度"] and d.paragraphs[1].index == 2


def test_a_department_line_of_the_table_wins_over_the_sheets_heading(tmp_path):
    d = book(tmp_path, ("表", [
        ["编制单位：某市测试局"],
        ["一般公共预算财政拨款支出决算表"], _HEAD05, ["201", "一般公共服务支出", 1000, 500, 500],
        [],
        ["支出决算表"], ["编制单位：某区财政局"], ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", 1000, 500, 500],
    ]))
    assert d.tables["05"].department == "某市测试局" and d.tables["03"].department == "某区财政局"


def test_of_two_tables_of_a_kind_the_first_is_kept_and_another_view_is_extra(tmp_path):
    """The same 05 twice: the first is checked, the second is a duplicate. 收入决算表（按单位）beside the
    收入决算表: another view, kept apart (extra), not a duplicate."""
    t05 = [["一般公共预算财政拨款支出决算表"], _HEAD05, ["201", "一般公共服务支出", 1000, 500, 500]]
    head02 = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"]
    d = book(tmp_path, ("甲", t05), ("乙", t05),
             ("丙", [["收入决算表"], head02, ["201", "一般公共服务支出", 1000, 900, 100]]),
             ("丁", [["收入决算表（按单位）"], head02, ["201", "一般公共服务支出", 1000, 900, 100]]))
    assert d.tables["05"].sheet == "甲" and [t.sheet for t in d.duplicates] == ["乙"]
    assert d.tables["02"].sheet == "丙" and [t.sheet for t in d.extra_tables] == ["丁"]


def test_a_table_known_only_by_its_code(tmp_path):
    """A title worded unlike any form, with '公开05表' beside it: the code says which table it is."""
    d = book(tmp_path, ("x", [["公开05表"], ["部门财政拨款开支明细"], _HEAD05, ["201", "一般公共服务支出", 1000, 500, 500]]))
    assert d.tables["05"].title == "公开05表" and d.tables["05"].row("201").cells["basic"].value == Decimal("500")


def test_figures_in_hidden_rows_and_columns_are_not_read(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "h.xlsx"
    book(tmp_path, ("行", [["一般公共预算财政拨款支出决算表"], _HEAD05, ["201", "一般公共服务支出", 1000, 500, 500],
                           ["201", "一般公共服务支出", 9999, 9999, 9999]]),
         ("列", [["支出决算表"], ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出", "项目支出"],
                 ["201", "一般公共服务支出", 1000, 500, 500, 8888]]), name="h.xlsx")
    wb = load_workbook(path)
    wb["行"].row_dimensions[4].hidden = True
    wb["列"].column_dimensions["F"].hidden = True
    wb.save(path)
    d = recognize(read_workbook(path))
    assert [r.cells["total"].value for r in d.tables["05"].rows] == [Decimal("1000")]
    assert [c.key for c in d.tables["03"].columns] == ["total", "basic", "project"]
    assert sorted(i.text for i in d.cell_issues if i.kind == "hidden_figures") == ["1", "3"]


def test_the_findings_list_at_the_top_of_an_annotated_copy_is_not_text(tmp_path):
    from docx import Document

    doc = Document()
    for text in ("govaudit检查结果", "共1个问题", "[错误] 公开05表：合计不等于基本支出与项目支出之和", "", "一、部门基本情况",
                 "本部门2024年度支出3500.00万元。"):
        doc.add_paragraph(text)
    doc.save(tmp_path / "a.docx")
    d = recognize(read_workbook(tmp_path / "a.docx"))
    assert [(p.index, p.text, p.location.paragraph) for p in d.paragraphs] == [
        (1, "一、部门基本情况", 4), (2, "本部门2024年度支出3500.00万元。", 5)]


def test_a_continuation_up_to_the_sheets_last_row_and_a_next_sheet_of_other_columns(tmp_path):
    """05续's last row is a data row: it is read. A next sheet whose untitled rows share only 合计 with 05 is not its
    continuation (a different table)."""
    d = book(tmp_path,
             ("05", [["一般公共预算财政拨款支出决算表"], _HEAD05, ["201", "一般公共服务支出", 1000, 500, 500]]),
             ("05续", [_HEAD05, ["208", "社会保障和就业支出", 2000, 800, 1200]]),
             ("附", [["科目编码", "科目名称", "合计"], ["212", "城乡社区支出", 500]]))
    assert [r.key for r in d.tables["05"].rows] == ["201", "208"]


def test_word_table_rows_of_words_only_and_a_row_named_without_a_code(tmp_path):
    """A Word 05 table (every cell present, blank ones empty): a signature row of words in the figure columns is no
    row and no 'not a number'; a row named without a 科目编码 ('其中：…') is a row of its own, not a second 合计."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("一般公共预算财政拨款支出决算表")
    doc.add_paragraph("单位：万元")
    rows = [_HEAD05, ["", "合计", "3500.00", "1500.00", "2000.00"], ["201", "一般公共服务支出", "3500.00", "1500.00", "2000.00"],
            ["", "其中：信息化建设", "200.00", "", "200.00"], ["", "", "单位负责人：张三", "", "制表人：李四"]]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(tmp_path / "w.docx")
    d = recognize(read_workbook(tmp_path / "w.docx"))
    assert [r.key for r in d.tables["05"].rows] == ["total", "201", "label:其中:信息化建设"] and not d.cell_issues
