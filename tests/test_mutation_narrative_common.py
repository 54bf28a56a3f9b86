"""What the TXT rules share (checks/narrative_common.py): claims read when the disclosure has none, passages under
headings, a printed number's interval (元 and 万元), sums of parts at their rounding edges. One behaviour per test
(issue 14: they kill its mutants); the sentences are the shapes 情况说明 print."""

from __future__ import annotations

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph
from govaudit.recognize.claims import read_claims
from test_mutation_narrative_forms import HEAD, form
from test_mutation_narrative_forms import judge as judge_forms


def judge(texts, levels=None, select=("TXT",), narrative=True):
    d = Disclosure(path="说明.docx", kind="word")
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="说明.docx", paragraph=i),
                                  level=(levels or {}).get(i)) for i, t in enumerate(texts, 1)]
    if narrative:
        d.narrative = read_claims(d.paragraphs, 2019)
    return [f for f in run_rules(d, Context(), select=list(select)) if f.severity.value != "info"]


def brief(findings):
    return [(f.code, f.severity.value, f.expected, f.actual) for f in findings]


def test_claims_are_read_when_the_disclosure_has_none():
    text = HEAD + "全年预算数为300.00万元，执行数为296.48万元，完成预算的97%。"
    assert brief(judge_forms([text], [form()], narrative=False)) == [("TXT012", "error", "99%", "97%")]
    assert judge([], narrative=False) == []  # no text, nothing read (and no rule fails)


def test_the_same_item_is_compared_only_under_one_heading():
    (f,) = judge(["本年收入合计100万元。", "本年收入合计90万元。"], select=("TXT002",))
    assert brief([f]) == [("TXT002", "error", "100", "90")]
    assert f.message == ("文中“本年收入合计90万元”与第1段的“本年收入合计100万元”说的是同一项（本年收入合计），"
                         "金额却不同：90 与 100，相差 -10.00。")
    # a department's amount, then a unit's under its own heading (a numbered one, or one styled as a heading)
    assert judge(["一、收入", "本年收入合计100万元。", "（二）某单位", "本年收入合计90万元。"], select=("TXT002",)) == []
    assert judge(["本年收入合计100万元。", "某单位", "本年收入合计90万元。"], levels={2: 1}, select=("TXT002",)) == []
    assert [f.code for f in judge(["本年收入合计100万元。", "二是加强管理。", "本年收入合计90万元。"],
                                  select=("TXT002",))] == ["TXT002"]  # not a heading


def test_an_amount_in_yuan_is_shown_in_wanyuan_to_its_own_precision():
    (f,) = judge(["本年收入合计1000000元。", "本年收入合计90万元。"], select=("TXT002",))
    assert f.message.endswith("金额却不同：90 与 100.00，相差 -10.00。")  # not 100.0000: zeros after the 2nd decimal go
    (cent,) = judge(["本年收入合计1000000.01元。", "本年收入合计90万元。"], select=("TXT002",))
    assert cent.message.endswith("金额却不同：90 与 100.000001，相差 -10.00。")  # 1 分 is 0.000001 万元: all shown
    assert judge(["本年收入合计1000000元。", "本年收入合计100万元。"], select=("TXT002",)) == []


def test_parts_that_sum_to_the_total_at_its_rounding_edge_draw_nothing():
    # 8 + 2 stands for 9 … 11; “增加9万元” for 8.5 … 9.5: they meet
    base = "2019年度财政拨款基本支出比上年增加{}万元，其中：人员经费增加8万元，公用经费增加2万元。"
    assert judge([base.format("9")], select=("TXT007",)) == [] and judge([base.format("11")], select=("TXT007",)) == []
    (f,) = judge([base.format("8.4")], select=("TXT007",))
    assert brief([f]) == [("TXT007", "error", "+10", "+8.4")]
    assert f.message == ("文中“增加8.4万元”（一般公共预算财政拨款基本支出比上年）：文中各组成部分的增减为 人员经费 8 + "
                         "公用经费 2 = +10，与 +8.4 不符。")


def test_a_rate_on_a_base_that_may_be_zero_is_not_judged():
    # 上年 = 10 − 9.8 may be −0.35 … 1.0 (or, with 增加9万元, 0 … 2): no rate can be told
    assert judge(["本部门2019年度本年支出合计10万元，比上年增加9.8万元，增长100%。"]) == []
    assert judge(["本部门2019年度本年支出合计10万元，比上年增加9万元，增长900%。"]) == []


def test_a_completion_rate_on_a_small_budget_is_still_judged():
    (f,) = judge(["本部门2019年度本年收入合计0.6万元，完成年初预算的70%，比年初预算减少0.4万元。"])
    assert brief([f]) == [("TXT012", "error", "60%", "70%")]
    assert f.message == "文中“完成年初预算的70%”与决算数、预算数不符：0.6 ÷ 预算数 1.00（0.6 + 0.4） = 60.00%。"


def test_an_amount_in_yuan_against_the_form_is_not_taken_for_a_cut_one():
    (f,) = judge_forms([HEAD + "执行数为2964000元。"], [form()])
    assert brief([f]) == [("TXT020", "error", "296.48", "296.40")]
    assert f.message.endswith("执行数为 296.48，相差 -0.08。")


def test_a_difference_that_rounds_to_zero_is_shown_without_a_sign():
    from decimal import Decimal

    from govaudit.checks.narrative_common import pct, show

    assert (show(Decimal("-0.001")), show(Decimal("-0.004"), 2), pct(Decimal("-0.0049"), 2)) == ("0.00", "0.00", "0.00%")
    assert (show(Decimal("-0.005")), show(Decimal("12.345"), 0), show(Decimal("1"), 1)) == ("-0.01", "12", "1.0")


# ------------------------------------------------------------------ TXT001 against the tables (sample 2019: 总计 6598.33)
def test_amounts_that_agree_with_the_tables_within_rounding_draw_nothing(sample_disclosure):
    from test_mutation_narrative import judge as judge_tables

    d = sample_disclosure("2019")
    for text in ("本部门2019年度收支总计6598.33万元，本年收入合计6063.99万元。", "本部门2019年度收支总计6598.3万元。",
                 "本部门2019年度收支总计65983300元。",
                 "2019年度财政拨款支出6101.24万元，主要用于以下方面：社会保障和就业（类）支出305.17万元，"
                 "卫生健康（类）支出80.2万元。", "社会保障和就业（类）支出305.2万元。"):
        assert judge_tables([text], d) == [], text


def test_a_class_outside_a_list_is_judged_only_where_every_spending_table_agrees(sample_disclosure):
    from decimal import Decimal

    from test_mutation_narrative import judge as judge_tables

    d = sample_disclosure("2019")  # 社会保障和就业: 公开03表 305.17, 公开04表 305.17, 公开05表 305.17
    (f,) = judge_tables(["社会保障和就业（类）支出306.17万元。"], d)
    assert (f.code, f.expected, f.actual) == ("TXT001", "305.17", "306.17")
    # the fund's figure (公开05表) not the department's (公开03表): whose spending the 类 is is not certain
    other = d.model_copy(deep=True)
    row = next(r for r in other.tables["05"].rows if r.key == "208")
    row.cells["total"] = row.cells["total"].model_copy(update={"value": Decimal("300.00")})
    assert judge_tables(["社会保障和就业（类）支出306.17万元。"], other) == []
    # a 类 after another thing's amount, or in a list (“其中：”) whose whole is not read: not judged
    assert judge_tables(["项目资金500.00万元，社会保障和就业支出306.17万元。", "其中：社会保障和就业支出306.17万元。"],
                        d) == []


def test_an_amount_against_the_tables_shows_both_intervals(sample_disclosure):
    from test_mutation_narrative import judge as judge_tables

    d = sample_disclosure("2019")
    (f,) = judge_tables(["本部门2019年度收支总计6598.4万元。"], d)
    assert brief([f]) == [("TXT001", "error", "6598.33", "6598.4")]
    assert f.message == ("文中“收支总计6598.4万元”与公开01表「总计」不符：表中为 6598.33（区间 [6598.325, 6598.335]），"
                         "文中为 6598.4（区间 [6598.35, 6598.45]），相差 0.07。")
    assert (f.locations[1].table_title, f.locations[1].cell) == ("公开01表", "D35")
    (cut,) = judge_tables(["本部门2019年度本年收入合计6063.9万元。"], d)
    assert brief([cut]) == [("TXT010", "warning", "6064.0", "6063.9")]
    assert cut.message == ("文中“本年收入合计6063.9万元”与公开01表「本年收入合计」的 6063.99 相比是截断（舍去尾数）而不是"
                           "四舍五入的结果，四舍五入应为 6064.0。")
    (cat,) = judge_tables(["2019年度财政拨款支出6101.24万元，主要用于以下方面：社会保障和就业（类）支出306.17万元。"], d)
    assert brief([cat]) == [("TXT001", "error", "305.17", "306.17")]
    assert cat.message.startswith("文中“社会保障和就业支出306.17万元”与公开04表「八、社会保障和就业支出」不符：表中为 305.17")


def test_an_amount_that_is_another_figure_of_the_tables_says_which(sample_disclosure):
    from test_mutation_narrative import judge as judge_tables

    d = sample_disclosure("2019")
    (f,) = judge_tables(["本部门2019年度本年支出合计6598.33万元。"], d)
    assert f.message.endswith("相差 497.09（6598.33 是公开01表「总计」的数）。")
    (y,) = judge_tables(["本部门2019年度本年支出合计65983300元。"], d)
    assert "文中为 6598.33 万元（65983300元），相差 497.09（6598.33 是公开01表「总计」的数）。" in y.message
    (n,) = judge_tables(["本部门2019年度本年支出合计6598.34万元。"], d)
    assert n.message.endswith("相差 497.10。")  # no figure of the tables is 6598.34


def test_a_finding_names_the_file_its_paragraph_came_from_when_files_are_checked_together():
    def stated_twice(kind):
        d = Disclosure(path="公开表.xlsx", kind=kind)
        d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="说明.docx" if kind == "together" else "",
                                                                          paragraph=i))
                        for i, t in enumerate(["本年收入合计100万元。", "本年收入合计90万元。"], 1)]
        d.narrative = read_claims(d.paragraphs, 2019)
        (f,) = run_rules(d, Context(), select=["TXT002"])
        return f.file, f.locations[0].file, f.locations[1].file

    assert stated_twice("together") == ("说明.docx", "说明.docx", "说明.docx")
    assert stated_twice("word") == ("公开表.xlsx", "公开表.xlsx", "公开表.xlsx")


def test_contrary_directions_quote_the_clause():
    (f,) = judge(["本部门2019年度机关运行经费支出10万元，比上年增加2万元，下降5%。"], select=("TXT006",))
    assert (f.code, f.severity.value) == ("TXT006", "error")
    assert f.message == "文中“比上年增加2万元”：增减额说“增加2万元”，比率却说“下降5%”，方向相反。"


def test_a_stated_zero_is_not_said_to_be_a_zero_of_the_tables(sample_disclosure):
    from test_mutation_narrative import judge as judge_tables

    (f,) = judge_tables(["本部门2019年度收支总计0万元。"], sample_disclosure("2019"))
    assert f.code == "TXT001" and f.message.endswith("相差 -6598.33。")  # 用事业基金弥补收支差额 is 0.00: no hint


def test_a_subject_summed_from_the_rows_a_table_has(sample_disclosure):
    """财政拨款收入 without 公开04表: 公开01表's 一般公共预算 + 政府性基金 (+ 国有资本经营) rows that are there."""
    from test_mutation_narrative import judge as judge_tables

    d = sample_disclosure("2019").model_copy(deep=True)
    del d.tables["04"]
    d.tables["01"].rows = [r for r in d.tables["01"].rows if r.key != "income.general"]  # no 一般公共预算 funding
    assert judge_tables(["本部门2019年度财政拨款收入3947.74万元。"], d) == []
    (f,) = judge_tables(["本部门2019年度财政拨款收入4000万元。"], d)
    assert (f.code, f.expected) == ("TXT001", "3947.74")
    assert "与公开01表「二、政府性基金预算财政拨款收入」不符：表中为 3947.74" in f.message
