"""预算 recognition on the shapes real 预算 PDFs give once read into virtual sheets (domain notes budget.md):
title and 部门/单位 on one line, a 公开NN表 code line, a misprinted 类, figures that lost their row, a 绩效目标表
after the last table, a document that says what it is only in its headings. Built in memory, as a reader
hands them over; nothing here needs ../shared."""

from __future__ import annotations

import pytest

from govaudit.engine.runner import run_rules
from govaudit.readers.base import Cell, Paragraph, Sheet, Workbook
from govaudit.recognize.disclosure import recognize
from govaudit.recognize.specs import classify_title
from helpers import pick, problems


def sheet(rows: list[list], name="表格") -> Sheet:
    s = Sheet(name=name)
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values, start=1):
            if v is not None:
                s.cells[(r, c)] = Cell(r, c, v)
    return s


def found(findings):
    """Errors and warnings but BGC001: these documents hold one table of the set, on purpose."""
    return [p for p in problems(findings) if p[0] != "BGC001"]


def run(rows, paragraphs=(), kind="pdf"):
    book = Workbook(path="doc.pdf", sheets=[sheet(rows)] if rows else [], kind=kind,
                    paragraphs=[Paragraph(index=i, text=t) for i, t in enumerate(paragraphs, start=1)])
    d = recognize(book)
    return d, run_rules(d)


@pytest.mark.parametrize("title,kind", [
    ("2025年部门财务收支预算总表", "B01"), ("2025年预算单位收入预算总表", "B02"), ("2025年部门支出预算总表", "B03"),
    ("2025年部门财政拨款收支预算总表", "B04"), ("2025年部门一般公共预算支出功能分类预算表", "B05"),
    ("2025年部门政府性基金预算支出功能分类预算表", "B06"), ("2025年部门国有资本经营预算支出功能分类预算表", "B07"),
    ("2025年部门一般公共预算基本支出部门预算经济分类预算表", "B08"), ("2025年单位“三公”经费和机关运行经费预算表", "B09"),
    ("收支预算总表", "B01"), ("财政拨款支出预算表（功能科目）", "B10"), ("财政拨款基本支出预算表（经济科目）", "B11"),
    ("一般公共预算支出预算表（功能科目）", "B05"), ("（一般公共预算）“三公”经费、会议费、培训费支出预算表", "B09"),
    ("政府性基金预算财政拨款支出预算表", "B06"), ("一般公共预算机关运行经费支出预算表", "B12"), ("政府采购支出预算表", "B13"),
    ("收支预算总表部门：江苏省政协办公厅单位：万元", "B01"),
    # 决算 titles keep their kinds
    ("收入决算表", "02"), ("收入支出决算总表", "01"), ("一般公共预算财政拨款“三公”经费支出决算表", "07"),
    ("政府性基金预算财政拨款收入支出决算表", "08"), ("一般公共预算财政拨款支出决算表", "05"),
])
def test_budget_titles_get_budget_kinds_and_final_titles_final_kinds(title, kind):
    assert classify_title(title) == kind


def test_a_page_run_together_is_no_title():
    assert classify_title("30312提租补贴1,018.01财政拨款政府性基金支出预算表部门：江苏省人大常委会办公厅单位：万元"
                          "功能科目代码功能科目名称金额合计(无政府性基金支出)") is None


B08_ROWS = [
    ["2025年部门一般公共预算基本支出部门预算经济分类预算表"],
    ["编制部门：某局", None, None, None, "单位：元"],
    ["部门预算经济分类科目编码", None, "经济分类科目名称", "合计", "人员经费", "公用经费"],
    ["类", "款"],
    ["301", None, "工资福利支出", "300", "300", None],
    ["301", "01", "基本工资", "300", "300", None],
    ["合计", None, None, "300", "300", None],
]


def test_title_line_holding_department_and_unit():
    rows = [["公开06表"], ["财政拨款基本支出预算表（经济科目）部门：江苏省某厅单位：万元"],
            ["科目编码", "科目名称", "金额"], [None, "合计", "10.00"], ["301", "工资福利支出", "10.00"],
            ["30101", "基本工资", "10.00"]]
    d, findings = run(rows)
    t = d.tables["B11"]
    assert (t.title, t.department, t.unit) == ("财政拨款基本支出预算表(经济科目)", "江苏省某厅", "万元")
    assert "06" not in d.tables and found(findings) == []


def test_misprinted_lei_is_read_by_its_place_and_reported():
    rows = [["2024年预算单位支出预算总表"], ["编制单位：某院", None, None, None, None, "单位：元"],
            ["功能分类科目编码", None, None, "功能分类科目名称", "合计", "基本支出", "项目支出"],
            ["类", "款", "项"],
            ["210", None, None, "卫生健康支出", "500", "500", None],
            ["210", "11", None, "行政事业单位医疗", "500", "500", None],
            ["7", "11", "02", "事业单位医疗", "500", "500", None],
            ["合计", None, None, None, "500", "500", None]]
    d, findings = run(rows)
    assert [r.code for r in d.tables["B03"].rows if r.code] == ["210", "21011", "2101102"]
    hit = pick(findings, "BGC005")
    assert [(f.expected, f.severity.value) for f in hit] == [("2101102", "warning")]
    assert "类印成“7”" in hit[0].message
    assert found(findings) == [("BGC005", "表格", "D7")]


def test_figures_without_their_row_make_the_table_unread_not_judged():
    rows = [["收支预算总表"], ["部门：某厅", None, None, None, None, "单位：万元"],
            ["收入", None, "支出"], ["项目名称", "金额", "功能分类", None, "支出用途"],
            [None, None, "功能科目名称", "金额", "项目名称", "金额"],
            ["一、财政拨款", "100.00", "一、一般公共服务支出", "100.00", "一、基本支出", "60.00"],
            [None, None, "二、外交支出", None, "二、项目支出", "40.00"],
            [None, None, None, None, "三、单位预留机动经"],
            [None, None, "三、国防支出", None, None, "7.00"],  # the wrapped label's figure, on the next 类's line
            [None, None, None, None, "费"],
            ["当年收入小计", "100.00", "当年支出小计", None, None, "100.00"],
            ["收入合计", "100.00", "支出合计", None, None, "100.00"]]
    d, findings = run(rows)
    assert "B01" not in d.tables and [t.kind for t in d.unread_tables] == ["B01"]
    assert found(findings) == [("BGC006", "表格", "A1")]


def test_two_numbers_in_one_cell_make_the_table_unread():
    rows = [["“三公”经费、会议费、培训费支出预算表"], ["部门名称：某厅", None, None, None, "单位：万元"],
            ["合计", "“三公”经费", None, None, "会议费"], [None, "小计", "公务用车购置及运行维护费", "公务接待费"],
            ["100.00", "80.00", "60 20", "20.00", "20.00"]]
    d, findings = run(rows)
    assert [t.kind for t in d.unread_tables] == ["B09"]
    assert [f.code for f in findings if f.severity.value == "error"] == []


def test_a_performance_target_table_ends_the_table_before_it():
    rows = [["2023年部门“三公”经费和机关运行经费预算表"], ["编制部门：某街道", None, None, None, None, None, "单位:万元"],
            ["“三公”经费预算数", None, None, None, None, None, "机关运行经费预算数"],
            ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费"],
            [None, None, None, "小计", "购置费", "运行费"],
            ["6.40", "0", "1.40", "5.00", "0", "5.00", "120.00"],
            ["财政项目支出绩效目标填报表"], ["（2023年度）"], ["项目名称", "新建社区服务中心", "项目性质", "阶段性项目"],
            ["项目资金总额", "4100000", "其中：财政资金", "4100000"]]
    d, findings = run(rows)
    assert len(d.tables["B09"].rows) == 1
    assert found(findings) == []


def test_stage_and_scope_from_headings_when_there_is_no_table():
    d, _ = run([], paragraphs=["江苏省委办公厅2019年度部门预算公开", "第一部分 部门概况", "一、主要职能"])
    assert (d.stage, d.scope) == ("预算", "部门")
    d, _ = run([], paragraphs=["上海市某区某局2024年度部门决算", "第一部分 部门概况"])
    assert (d.stage, d.scope) == ("决算", None)
    d, _ = run([], paragraphs=["2024年预算单位收入预算总表中的数字与……（一句很长的正文，提到了单位预算也提到部门预算）"])
    assert d.stage is None


def test_unit_budget_heading_that_says_department_budget_is_bgc003():
    rows = [["2025年预算单位财务收支预算总表"], ["编制单位：某单位", None, None, None, None, None, "单位：元"],
            ["本年收入", None, "本年支出"], ["项目", "预算数", "项目", "预算数"],
            [None, None, None, "合计", "基本支出", None, "项目支出"], [None, None, None, None, "人员经费", "公用经费"],
            ["一、财政拨款收入", "100", "一、一般公共服务支出", "100", "60", "30", "10"],
            ["1、一般公共预算", "100"],
            ["收入总计", "100", "支出总计", "100", "60", "30", "10"]]
    d, findings = run(rows, paragraphs=["上海市普陀区某单位2025年部门预算", "目录"])
    assert (d.stage, d.scope) == ("预算", "单位")
    assert [(f.code, f.locations[0].paragraph) for f in findings if f.code == "BGC003"] == [("BGC003", 1)]
    assert [f.code for f in findings if f.severity.value == "error" and f.code != "BGC001"] == []


def test_a_row_whose_code_was_not_read_makes_the_coded_table_unread():
    rows = [["一般公共预算基本支出预算表"], ["部门：某院", None, "单位：万元"], ["科目编码", "科目名称", "金额"],
            [None, "合计", "615.00"], ["302", "商品和服务支出", "615.00"], ["30201", "办公费", "380.00"],
            ["电费", None, "235.00"]]  # '30206' not read: the name stands in the code column
    d, findings = run(rows)
    assert [t.kind for t in d.unread_tables] == ["B08"] and "电费" in d.unread_tables[0].unreliable
    assert [f.code for f in findings if f.severity.value == "error"] == []


def test_a_bracketed_none_note_explains_an_empty_fund_table():
    rows = [["财政拨款政府性基金支出预算表"], ["部门：", "某厅", "单位：万元"], ["功能科目代码", "功能科目名称", "金额"],
            [None, "合计"], ["（无政府性基金支出）"]]
    d, findings = run(rows)
    assert d.tables["B06"].notes == ["(无政府性基金支出)"]
    assert not pick(findings, "CMP002")
