"""TXT020/TXT010/TXT012 of the 自评综述 paragraphs (checks/narrative_forms.py), one behaviour per test (issue 14:
they kill its mutants). The 绩效自评表 is built in the test: a project name, a 年度资金总额 row (预算数, 执行数),
a 总分 and a 评价等级 — what the recogniser gives the rule for a filled form."""

from __future__ import annotations

from decimal import Decimal

from govaudit.checks.narrative_forms import match_form, project_core
from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import (BudgetLine, Disclosure, Figure, Location, PerformanceForm, TextParagraph,
                            TextValue)
from govaudit.recognize.claims import read_claims

NAME = "社会保障项目经费"
HEAD = f"（1）{NAME}项目自评综述：根据年初设定的绩效目标，"


def fig(text: str, cell: str, unit: str = "万元") -> Figure:
    value = Decimal(text)
    return Figure(value=value, decimals=max(0, -value.as_tuple().exponent), unit=unit, text=text,
                  source=Location(file="表.xlsx", sheet="表1", cell=cell))


def form(name=NAME, budget="300.00", executed="296.48", score="87", grade="良", total=True) -> PerformanceForm:
    line = BudgetLine(key="total", label="年度资金总额", row=5,
                      cells={"budget": fig(budget, "D5") if budget else None,
                             "executed": fig(executed, "F5") if executed else None})
    return PerformanceForm(title="项目支出绩效自评表", sheet="表1", title_cell="A1",
                           project=TextValue(text=name, source=Location(file="表.xlsx", sheet="表1", cell="B3")),
                           budget=[line] if total else [],
                           total_score=fig(score, "H30", unit="分") if score else None,
                           grade=TextValue(text=grade, source=Location(file="表.xlsx", sheet="表1", cell="B31"))
                           if grade is not None else None)


def judge(texts, forms=(), narrative=True):
    d = Disclosure(path="说明.docx", forms=list(forms))
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="说明.docx", paragraph=i))
                    for i, t in enumerate(texts, 1)]
    if narrative:
        d.narrative = read_claims(d.paragraphs, 2019)
    return [f for f in run_rules(d, Context(), select=["TXT"]) if f.severity.value != "info"]


def brief(findings):
    return [(f.code, f.severity.value, f.expected, f.actual) for f in findings]


# ------------------------------------------------------------------ the names
def test_project_core_drops_generic_endings_repeatedly_but_keeps_a_one_character_name():
    assert project_core("社会保障项目经费") == "社会保障"  # 经费 first, then 项目 on the next pass
    assert project_core("“雨露计划”（扶贫）资金") == "雨露计划"  # quotes and bracketed words go
    assert project_core("乙经费") == "乙经费"  # one character is left: not a name
    assert project_core("乙丙经费") == "乙丙"


def test_match_form_by_name_exact_then_by_containment_of_four_characters():
    a, b = form("劳动监察专项资金"), form("就业扶持资金")
    assert match_form("劳动监察", [a, b]) is a
    assert match_form("“”", [a, b]) is None  # nothing left of the name
    assert match_form("劳动监察", [a, form("劳动监察经费")]) is None  # two forms of the same name
    assert match_form("劳动监察大队执法", [a, b]) is a  # the form's name (4 characters) inside the paragraph's
    assert match_form("就业扶持", [form("城乡就业扶持政策"), b]) is b
    # the form's whole name and more words: another project (s13 review: "劳动监察专项资金配套" is not 劳动监察专项资金's)
    assert match_form("城乡就业扶持政策落实", [form("城乡就业扶持政策"), a]) is None
    assert match_form("劳动监察专项资金配套", [a, b]) is None
    assert match_form("2019年度劳动监察专项资金", [a, b]) is a  # a year before it names no other project
    assert match_form("劳动监察专项资金工作经费", [a, b]) is a  # generic endings after it neither
    assert match_form("就业扶持", [form("城乡就业扶持政策")]).project.text == "城乡就业扶持政策"  # 4 characters
    assert match_form("就业扶", [form("城乡就业扶持政策")]) is None  # 3 characters: too short to say
    nameless = PerformanceForm(title="项目支出绩效自评表", sheet="表2", title_cell="A1")  # its name not read
    assert match_form("劳动监察", [nameless, form(""), a]) is a
    assert match_form("城乡就业", [form("城乡就业扶持政策"), form("城乡就业培训")]) is None  # two forms contain it


# ------------------------------------------------------------------ score and grade
def test_score_and_grade_agree_with_the_form_draw_nothing():
    text = HEAD + "项目绩效自评得分为87分，评价等级为良好。全年预算数为300.00万元，执行数为296.48万元，完成预算的98.83%。"
    assert judge([text], [form()]) == []
    # the claims read when the disclosure has none yet (a Disclosure built by a plug-in) say the same
    assert judge([text], [form()], narrative=False) == []


def test_score_is_judged_within_its_rounding_on_both_edges():
    text = HEAD + "项目绩效自评得分为87分。"
    assert judge([text], [form(score="87.5")]) == [] and judge([text], [form(score="86.5")]) == []
    (f,) = judge([text], [form(score="99")])
    assert brief([f]) == [("TXT020", "error", "99", "87分")]
    assert f.message == f"文中“得分为87分”，而绩效自评表「{NAME}」总分为 99。"
    assert (f.locations[1].cell, f.locations[1].table_title) == ("H30", NAME)


def test_a_score_over_100_is_reported_and_the_paragraph_still_judged():
    text = HEAD + "项目绩效自评得分为915分，评价等级为优。"
    over, grade = judge([text], [form(score="91")])
    assert brief([over]) == [("TXT020", "error", "91", "915分")]
    assert over.message == "文中“得分为915分”：自评得分不能超过 100 分，所附自评表总分为 91。"
    assert over.locations[1].cell == "H30"
    assert brief([grade]) == [("TXT020", "error", "良", "优")]
    (alone,) = judge([text])  # no form at all
    assert (alone.message, alone.expected, len(alone.locations)) == (
        "文中“得分为915分”：自评得分不能超过 100 分。", None, 1)
    assert judge([HEAD + "项目绩效自评得分为100分。"], [form(score="100")]) == []


def test_grade_names_agree_in_their_long_and_short_forms():
    assert judge([HEAD + "评价等级为优秀。"], [form(grade="优")]) == []
    assert judge([HEAD + "评价等级为良。"], [form(grade="良好")]) == []
    (f,) = judge([HEAD + "评价等级为优。"], [form(grade="良")])
    assert brief([f]) == [("TXT020", "error", "良", "优")]
    assert f.message == f"文中评价等级为“优”，而绩效自评表「{NAME}」为“良”。"
    assert (f.locations[1].cell, f.locations[1].table_title) == ("B31", NAME)
    assert judge([HEAD + "评价等级为优。"], [form(grade=None)]) == []  # the form has no 等级
    assert judge([HEAD + "评价等级为优。"], [form(grade="")]) == []


# ------------------------------------------------------------------ amounts
def test_amounts_within_the_forms_rounding_and_in_yuan_draw_nothing():
    # the form's 296.48 stands for 296.475 … 296.485: 296.47 and 296.49 touch it
    for executed in ("296.47万元", "296.49万元", "2964800元", "296.5万元"):
        assert judge([HEAD + f"全年预算数为300万元，执行数为{executed}。"], [form()]) == [], executed
    # a form's whole number is kept to the 0.01 (300 = 300.00): 300.01 touches it
    assert judge([HEAD + "全年预算数为300.01万元。"], [form(budget="300")]) == []


def test_an_amount_the_form_does_not_print_is_reported_with_the_difference():
    (f,) = judge([HEAD + "全年预算数为300万元，执行数为300万元。"], [form()])
    assert brief([f]) == [("TXT020", "error", "296.48", "300")]
    assert f.message == f"文中“执行数为300万元”，而绩效自评表「{NAME}」执行数为 296.48，相差 3.52。"
    assert (f.locations[1].cell, f.locations[1].table_title) == ("F5", NAME)
    (b,) = judge([HEAD + "全年预算数为290万元。"], [form()])
    assert brief([b]) == [("TXT020", "error", "300.00", "290")]
    assert b.message == f"文中“预算数为290万元”，而绩效自评表「{NAME}」预算数为 300.00，相差 -10.00。"
    (c,) = judge([HEAD + "执行数为296.4万元。"], [form(executed="296.52")])  # 296.52 rounds to 296.5, not 296.4
    assert brief([c]) == [("TXT020", "error", "296.52", "296.4")]


def test_an_amount_cut_instead_of_rounded_is_a_warning():
    (f,) = judge([HEAD + "执行数为296.4万元。"], [form()])
    assert brief([f]) == [("TXT010", "warning", "296.5", "296.4")]
    assert f.message == (f"文中“执行数为296.4万元”：绩效自评表「{NAME}」执行数为 296.48，四舍五入应为 296.5，"
                         "文中的数是截断的结果。")


def test_a_form_without_its_total_line_judges_no_amount():
    assert judge([HEAD + "全年预算数为100万元，执行数为50万元，完成预算的50%。"], [form(total=False)]) == []
    assert judge([HEAD + "全年预算数为100万元，执行数为50万元，完成预算的50%。"], [form(budget="100", executed=None)]) == []


# ------------------------------------------------------------------ 完成预算的 W%
def test_completion_agrees_with_the_form_within_rounding():
    for rate in ("98.83%", "98.8%", "99%"):
        assert judge([HEAD + f"完成预算的{rate}。"], [form()]) == [], rate


def test_completion_against_the_form_shows_its_arithmetic():
    (f,) = judge([HEAD + "完成预算的100%。"], [form()])
    assert brief([f]) == [("TXT020", "error", "99%", "100%")]
    assert f.message == (f"文中“完成预算的100%”与自评表不符：绩效自评表「{NAME}」执行数 296.48 ÷ 预算数 300.00 = "
                         "98.83%。")
    assert (f.locations[1].cell, f.locations[1].table_title) == ("F5", NAME)
    (cut,) = judge([HEAD + "完成预算的98%。"], [form()])
    assert (cut.code, cut.severity.value, cut.expected, cut.actual) == ("TXT010", "warning", None, "98%")
    assert cut.message == (f"文中“完成预算的98%”：绩效自评表「{NAME}」执行数 296.48 ÷ 预算数 300.00 = 98.83%，"
                           "文中的数是截断而不是四舍五入的结果。")
    (one,) = judge([HEAD + "完成预算的98.7%。"], [form()])
    assert (one.expected, "= 98.83%" in one.message) == ("98.8%", True)


def test_a_growth_rate_in_the_summary_is_not_its_completion():
    assert judge([HEAD + "项目支出比上年增长10%，完成预算的98.83%。"], [form()]) == []


def test_completion_is_not_judged_against_the_form_when_the_amounts_already_differ():
    # the paragraph's 执行数 differs from the form's (one TXT020 for it); its rate is its own amounts' (no more)
    (f,) = judge([HEAD + "全年预算数为300.00万元，执行数为200.00万元，完成预算的66.67%。"], [form()])
    assert brief([f]) == [("TXT020", "error", "296.48", "200.00")]
    (g,) = judge([HEAD + "全年预算数为200.00万元，执行数为296.48万元，完成预算的148.24%。"], [form()])
    assert brief([g]) == [("TXT020", "error", "300.00", "200.00")]
    assert judge([HEAD + "完成预算的0%。"], [form(budget="0", executed="0")]) == []  # no rate of a zero budget


# ------------------------------------------------------------------ the paragraph's own arithmetic (TXT012)
def test_completion_against_the_paragraphs_own_amounts():
    ok = HEAD + "全年预算数为300.00万元，执行数为296.48万元，完成预算的98.83%。"
    assert judge([ok]) == []
    (f,) = judge([ok.replace("98.83%", "97%")])
    assert brief([f]) == [("TXT012", "error", "99%", "97%")]
    assert f.message == "文中“完成预算的97%”与文中的执行数、预算数不符：296.48万元 ÷ 300.00万元 = 98.83%。"
    (cut,) = judge([ok.replace("98.83%", "98%")])
    assert brief([cut]) == [("TXT010", "warning", "99%", "98%")]
    assert cut.message == ("文中“完成预算的98%”：296.48万元 ÷ 300.00万元 = 98.83%，四舍五入应为 99%，"
                           "文中的数是截断的结果。")
    # against the form too, the sentence's own error is the one reported (once)
    assert brief(judge([ok.replace("98.83%", "97%")], [form()])) == [("TXT012", "error", "99%", "97%")]


def test_completion_judged_against_the_form_when_the_paragraphs_amounts_are_rounder():
    # 296 ÷ 300 (whole 万元) may be 98.34 % … 99.00 %: 98.9 % fits the paragraph, not the form's 296.48 ÷ 300.00
    (f,) = judge([HEAD + "全年预算数为300万元，执行数为296万元，完成预算的98.9%。"], [form()])
    assert brief([f]) == [("TXT020", "error", "98.8%", "98.9%")]
    assert f.message == (f"文中“完成预算的98.9%”与自评表不符：绩效自评表「{NAME}」执行数 296.48 ÷ 预算数 300.00 = "
                         "98.83%。")


def test_a_growth_rate_beside_the_amounts_is_not_a_completion_and_each_completion_is_judged():
    amounts = HEAD + "全年预算数为300.00万元，执行数为296.48万元，"
    assert judge([amounts + "比上年增长10%，完成预算的98.83%。"]) == []
    assert brief(judge([amounts + "完成预算的98.83%。全年完成预算的97%。"])) == [("TXT012", "error", "99%", "97%")]


def test_completion_of_a_budget_under_one_wanyuan():
    assert judge([HEAD + "完成预算的60%。"], [form(budget="1.00", executed="0.60")]) == []
    (f,) = judge([HEAD + "完成预算的70%。"], [form(budget="1.00", executed="0.60")])
    assert brief([f]) == [("TXT020", "error", "60%", "70%")]
