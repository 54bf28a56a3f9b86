"""How a 预算 table is built from its block (recognize/budget_tables.py), one behaviour per test (issue 14: they kill
its mutants). The tables are built in memory as a PDF or workbook reader hands them over (domain notes budget.md:
上海 in 元, 江苏 公开NN表 in 万元), or the 江苏 sample is read afresh: budget_support.changed() reuses one reading
of the samples, which a change to the recogniser never reaches."""

from __future__ import annotations

from decimal import Decimal

import pytest

from budget_support import build, check
from helpers import pick
from test_budget_pdf_shapes import found, run

B03_HEAD = [["功能分类科目编码", None, None, "功能分类科目名称", "合计", "基本支出", "项目支出"], ["类", "款", "项"]]


def b03(unit: str, rows: list[list]) -> list[list]:
    return [["2024年预算单位支出预算总表"], ["编制单位：某院", None, None, None, None, "单位：" + unit], *B03_HEAD, *rows]


B03_ROWS = [["210", None, None, "卫生健康支出", "500", "500", None],
            ["210", "11", None, "行政事业单位医疗", "500", "500", None],
            ["210", "11", "01", "行政单位医疗", "300", "300", None],
            ["210", "11", "02", "事业单位医疗", "199", "199", None],  # one 元 short of its 款
            ["合计", None, None, None, "500", "500", None]]


def errors(findings):
    return [(f.code, f.expected, f.actual) for f in findings if f.severity.value == "error"]


# ---------------------------------------------------------------- figures: exact in 元, rounded in 万元

def test_a_figure_printed_in_yuan_is_exact_one_yuan_off_is_an_error():
    d, findings = run(b03("元", B03_ROWS))
    fig = d.tables["B03"].rows[0].cells["total"]
    assert fig.unit == "元" and fig.spread == Decimal(0)
    # 300 + 199 = 499 against 500, in both the 合计 and the 基本支出 column of 21011
    assert errors(findings) == [("BGT001", "499", "500"), ("BGT001", "499", "500")]


def test_the_same_figures_in_wanyuan_are_roundings_and_agree():
    d, findings = run(b03("万元", B03_ROWS))
    fig = d.tables["B03"].rows[0].cells["total"]
    assert fig.unit == "万元" and fig.spread is None
    assert errors(findings) == []


# ---------------------------------------------------------------- figures that stand under no amount column

B11_HEAD = [["公开06表"], ["财政拨款基本支出预算表（经济科目）"], ["部门：江苏省某厅", None, "单位：万元"],
            ["科目编码", "科目名称", "金额"]]


def test_a_figure_beside_the_first_row_under_no_column_sets_the_table_aside():
    d, findings = run(B11_HEAD + [[None, "合计", "10.00", "3.00"], ["301", "工资福利支出", "10.00"],
                                  ["30101", "基本工资", "10.00"]])
    assert "B11" not in d.tables
    assert [(t.kind, t.unreliable) for t in d.unread_tables] == [("B11", "有 1 行数字不在任何金额列下")]
    assert found(findings) == [("BGC006", "表格", "A2")]


def test_figures_under_no_column_after_a_repeated_head_are_still_counted():
    # page 2 repeats the head and a 1 2 3 line; the stray figures stand on two rows after them
    d, _ = run(B11_HEAD + [[None, "合计", "10.00"], ["301", "工资福利支出", "10.00"],
                           ["科目编码", "科目名称", "金额"], ["1", "2", "3"],
                           ["30101", "基本工资", "6.00", "3.00"], ["30102", "津贴补贴", "4.00", "1.00"]])
    assert [(t.kind, t.unreliable) for t in d.unread_tables] == [("B11", "有 2 行数字不在任何金额列下")]


def test_a_clean_table_with_a_repeated_head_is_read():
    d, findings = run(B11_HEAD + [[None, "合计", "10.00"], ["301", "工资福利支出", "10.00"],
                                  ["科目编码", "科目名称", "金额"], ["1", "2", "3"],
                                  ["30101", "基本工资", "6.00"], ["30102", "津贴补贴", "4.00"]])
    assert [r.key for r in d.tables["B11"].rows] == ["total", "301", "30101", "30102"]
    assert not d.unread_tables and found(findings) == []


def test_two_numbers_read_into_one_cell_are_counted_in_the_reason():
    rows = [["“三公”经费、会议费、培训费支出预算表"], ["部门名称：某厅", None, None, None, "单位：万元"],
            ["合计", "“三公”经费", None, None, "会议费"], [None, "小计", "公务用车购置及运行维护费", "公务接待费"],
            ["100.00", "80.00", "60 20", "20.00", "20.00"]]
    d, _ = run(rows)
    assert [(t.kind, t.unreliable) for t in d.unread_tables] == [("B09", "有 1 个单元格读出了两个数字")]


# ---------------------------------------------------------------- a row name run together with the page

def _b11_with_name(name: str):
    return run(B11_HEAD + [[None, "合计", "10.00"], ["301", "工资福利支出", "10.00"], ["30101", name, "10.00"]])


def test_a_row_name_longer_than_fifty_characters_sets_the_table_aside():
    d, findings = _b11_with_name("基本工资" + "说" * 47)  # 51 characters: a line run together, not a 科目名称
    assert [(t.kind, t.unreliable) for t in d.unread_tables] == [("B11", "有 1 行的行名长于 50 字")]
    assert found(findings) == [("BGC006", "表格", "A2")]


def test_a_row_name_of_exactly_fifty_characters_is_a_name():
    d, findings = _b11_with_name("基本工资" + "说" * 46)
    assert d.tables["B11"].rows[-1].label == "基本工资" + "说" * 46
    assert not d.unread_tables and found(findings) == []


# ---------------------------------------------------------------- a misprinted 类 (BGC005)

def test_a_misprinted_lei_after_a_total_printed_first_is_repaired():
    """江苏 公开05表 prints 合计 first (a row with no code) and its codes joined (210 / 21011 / 2101101)."""
    d, findings = run([["公开05表"], ["财政拨款支出预算表（功能科目）"], ["部门：江苏省某厅", None, "单位：万元"],
                       ["功能科目编码", "功能科目名称", "金额"], [None, "合计", "500.00"],
                       ["210", "卫生健康支出", "500.00"], ["21011", "行政事业单位医疗", "500.00"],
                       ["2101101", "行政单位医疗", "300.00"], ["7101102", "事业单位医疗", "200.00"]])
    rows = d.tables["B10"].rows
    assert [(r.key, r.code) for r in rows] == [("total", None), ("210", "210"), ("21011", "21011"),
                                               ("2101101", "2101101"), ("2101102", "2101102")]
    assert [(f.code, f.expected) for f in findings if f.code == "BGC005"] == [("BGC005", "2101102")]
    assert found(findings) == [("BGC005", "表格", "B9")]  # and the 款 adds up: no BGT001


# ---------------------------------------------------------------- rows of the two-sided tables

def test_a_two_sided_table_takes_rows_its_form_names_differently_into_each_sides_sum():
    """A 收入 row and a 支出 row the 上海 form does not print (上级补助收入, 上缴上级支出 of the 决算 form): each is
    still part of its side's total, so the clean table draws no error."""
    rows = [["2025年部门财务收支预算总表"], ["编制部门：某局", None, None, "单位：元"],
            ["收入", None, "支出"], ["项目", "预算数", "项目", "预算数"],
            ["一、财政拨款收入", "100", "一、一般公共服务支出", "150"],
            ["1、一般公共预算资金", "100"],
            ["二、事业收入", "50", "二、上缴上级支出", "30"],
            ["三、上级补助收入", "30"],
            ["收入总计", "180", "支出总计", "180"]]
    d, findings = run(rows)
    keys = {r.label: r.key for r in d.tables["B01"].rows}
    assert keys["三、上级补助收入"] == "income.extra.上级补助收入"
    assert keys["二、上缴上级支出"] == "cat.上缴上级支出"
    assert found(findings) == []


# ---------------------------------------------------------------- the 江苏 sample, read afresh

@pytest.fixture(scope="module")
def jiangsu(tmp_path_factory):
    path, where = build(tmp_path_factory.mktemp("js"), "江苏", {})
    return check(path)


def test_jiangsu_rows_are_keyed_by_their_names(jiangsu):
    d, _findings = jiangsu
    keys = {t: {r.label: r.key for r in d.tables[t].rows} for t in ("B01", "B02", "B13")}
    assert keys["B01"]["一、财政拨款"] == "income.fiscal" and keys["B01"]["一、一般公共服务支出"] == "201"
    assert keys["B02"]["收入总计"] == "total"
    assert keys["B02"]["一般公共预算资金"] == "group.general"
    assert keys["B02"]["其他资金"] == "group.other_funds"
    # 二、工程B prints no figure: no row
    assert [keys["B13"][k] for k in ("合计", "一、货物A", "三、服务C")] == ["total", "goods", "services"]


@pytest.mark.parametrize("kind", ["B09", "B14"])
def test_the_one_unlabelled_row_of_a_one_row_table_is_its_budget(jiangsu, kind):
    d, _findings = jiangsu
    (row,) = d.tables[kind].rows
    assert (row.key, row.label) == ("budget", "预算数")
    assert {f.source.row_label for f in row.cells.values() if f is not None} == {"预算数"}


def test_jiangsu_income_groups_are_checked_when_read_afresh(tmp_path):
    path, at = build(tmp_path, "江苏", {("B02", "group.other_funds", "amount"): 8.00})
    _d, findings = check(path)
    assert [(f.code, f.locations[0].cell) for f in findings if f.severity.value == "error"] == [
        ("BGT202", at[("B02", "total", "amount")][1])]
    assert pick(findings, "BGT202")[0].expected


def test_a_coded_category_whose_name_wrapped_is_read_under_its_code():
    """'208 社会保障和就' / '业支出' (a PDF wraps the 类 name onto the next line): the row is the 类 its code names."""
    rows = [["2025年部门财务收支预算总表"], ["编制部门：某局", None, None, "单位：元"],
            ["项目", "预算数", "项目", "预算数"],
            ["一、财政拨款收入", "180", "201一般公共服务支出", "150"],
            ["1、一般公共预算资金", "180", "208社会保障和就", "30"],
            [None, None, "业支出"],
            ["收入总计", "180", "支出总计", "180"]]
    d, findings = run(rows)
    assert [(r.key, r.label) for r in d.tables["B01"].rows if r.side == 1][:2] == [("201", "一般公共服务支出"),
                                                                                   ("208", "社会保障和就")]
    assert found(findings) == []


# ---------------------------------------------------------------- 政府采购 (江苏 公开12表) rows

B13_HEAD = [["公开12表"], ["政府采购支出预算表"], ["部门：某省测试厅", None, None, None, None, "单位：万元"],
            ["采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"]]


def test_a_purchase_item_whose_name_says_service_is_an_item_not_the_service_group():
    d, findings = run(B13_HEAD + [["合计", None, None, None, None, "86.00"], ["三、服务C", None, None, None, None, "86.00"],
                                  [None, "信息系统运维服务", "30213", "运维服务", "分散采购", "86.00"]])
    assert [r.key for r in d.tables["B13"].rows] == ["total", "services", "label:信息系统运维服务"]
    assert found(findings) == []


def test_a_row_with_its_own_name_under_a_group_merged_down_keeps_its_name():
    """The 采购品目大类 '一、货物A' merged down over its item's row: the item has its own 专项名称 and keeps it
    (only a row with no name of its own is read under a name merged down over it, merged_labels.py)."""
    from govaudit.readers.base import Workbook
    from govaudit.recognize.disclosure import recognize
    from test_budget_pdf_shapes import sheet

    s = sheet(B13_HEAD + [["合计", None, None, None, None, "45.00"], ["一、货物A", None, None, None, None, "45.00"],
                          [None, "设备购置费", "办公设备购置", "其他办公设备", "分散自行组织", "45.00"]])
    s.merged = [(6, 1, 7, 1)]
    d = recognize(Workbook(path="doc.pdf", sheets=[s], kind="pdf", paragraphs=[]))
    assert [(r.key, r.label) for r in d.tables["B13"].rows] == [
        ("total", "合计"), ("goods", "一、货物A"), ("label:设备购置费", "设备购置费")]


# ---------------------------------------------------------------- rows without a name

def test_a_coded_row_whose_name_was_not_read_is_not_named_budget():
    d, findings = run([["公开05表"], ["财政拨款支出预算表（功能科目）"], ["部门：江苏省某厅", None, "单位：万元"],
                       ["功能科目编码", "功能科目名称", "金额"], [None, "合计", "500.00"],
                       ["210", "卫生健康支出", "500.00"], ["21011", None, "500.00"],
                       ["2101101", "行政单位医疗", "300.00"], ["2101102", "事业单位医疗", "200.00"]])
    row = d.tables["B10"].row("21011")
    assert row.label == "" and row.cells["amount"].source.row_label == "21011"
    assert found(findings) == []
