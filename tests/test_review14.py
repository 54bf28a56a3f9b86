"""Session 14 review (s14rev): false findings on correct disclosures the reviewer wrote in other provinces' wordings.
Each correct sentence is checked against the 2019 sample's tables (本年支出合计 6101.24, 本年收入合计 6063.99, 一般公共预算
财政拨款 2116.25, 政府性基金 3947.74, “三公” 3.68); each faulty copy changes one figure and must be caught."""

from __future__ import annotations

import pytest

from test_narrative_bracket_labels import _findings

PAYS = "三、支出决算情况说明"
INCOME = "二、收入决算情况说明"
SANGONG = "七、“三公”经费财政拨款支出决算情况说明"

# r1: verbs that change an amount of money (增支, 减收, 压缩, 增加支出 …) were not read as a change: the change's amount was
# taken as last year's and the right rate drew TXT003/TXT006 ("（6101.24 − 209.01）÷ 209.01 = 2819.11%")
CHANGE_VERBS = [
    (PAYS, "2019年度本年支出6101.24万元，比上年增支209.01万元，增长{}%。", "3.55", "3.65"),
    (PAYS, "本年支出合计6101.24万元，比上年增加支出209.01万元，增长{}%。", "3.55", "3.95"),
    ("四、财政拨款收入支出决算总体情况说明", "2019年度一般公共预算财政拨款收入2116.25万元，较2018年度减收114.15万元，下降{}%。",
     "5.12", "5.21"),
    ("四、财政拨款收入支出决算总体情况说明", "政府性基金预算财政拨款收入3947.74万元，较上年增收288.02万元，增长{}%。",
     "7.87", "8.87"),
    (INCOME, "本年收入合计6063.99万元，比上一年度净增173.87万元，增幅{}%。", "2.95", "2.59"),
    ("五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出2116.25万元，比上年压减114.15万元，下降{}%。",
     "5.12", "5.02"),
    (SANGONG, "“三公”经费支出3.68万元，比上年压缩0.42万元，下降{}%。", "10.24", "11.24"),
    (SANGONG, "“三公”经费支出3.68万元，比上年节支0.42万元，下降{}%。", "10.24", "12.04"),
    (SANGONG, "“三公”经费支出3.68万元，较上年缩减0.42万元，降幅{}%。", "10.24", "10.42"),
]


@pytest.mark.parametrize("heading,sentence,right,wrong", CHANGE_VERBS)
def test_a_change_said_with_a_money_verb_is_a_change(tmp_path, heading, sentence, right, wrong):
    assert _findings(tmp_path, [sentence.format(right)], heading=heading) == []
    assert ("TXT003", "error") in _findings(tmp_path, [sentence.format(wrong)], heading=heading)


def test_a_rate_after_a_money_verb_is_not_read_as_a_change():
    # "压减10%" is a target more often than a change made: not a change of the sentence's amount
    from govaudit.model import Location, TextParagraph
    from govaudit.recognize.claims import read_claims
    ps = [TextParagraph(index=1, text="一般性支出2116.25万元，按要求压减10%。", location=Location(file="t", paragraph=1))]
    assert [c for c in read_claims(ps, 2019, stage="决算").claims if c.kind == "change"] == []


# r3–r7: a bracket of parts after an amount ("X万元（A a万元、B b万元），比上年增加…", "占Z%（其中A a万元…）"): what follows
# the bracket is the amount's, not the last part's (false TXT003/TXT006/TXT011/TXT012 on the last part before)
BRACKETS = [
    (PAYS, "本年支出合计6101.24万元，其中基本支出776.71万元，占{}%（其中人员经费741.82万元，公用经费34.89万元）；"
           "项目支出5324.54万元，占87.27%。", "12.73", "13.73", "TXT011"),
    ("四、财政拨款收入支出决算总体情况说明", "财政拨款支出6101.24万元（一般公共预算财政拨款2116.25万元、政府性基金预算财政拨款"
     "3984.99万元），占本年支出合计的{}%。", "100", "90", "TXT011"),
    (INCOME, "本年收入合计6063.99万元（一般公共预算财政拨款收入2116.25万元、政府性基金预算财政拨款收入3947.74万元），"
             "比上年增加173.87万元，增长{}%。", "2.95", "3.95", "TXT003"),
    (SANGONG, "“三公”经费支出3.68万元（公务用车购置及运行维护费2.42万元，公务接待费1.26万元），比上年减少0.42万元，"
              "下降{}%。", "10.24", "11.24", "TXT003"),
    (SANGONG, "“三公”经费支出3.68万元（公务用车购置及运行维护费2.42万元，公务接待费1.26万元），完成预算的{}%。",
     "49.07", "94.07", "TXT012"),
]


@pytest.mark.parametrize("heading,sentence,right,wrong,code", BRACKETS)
def test_what_follows_a_bracket_of_parts_is_the_amounts_before_it(tmp_path, heading, sentence, right, wrong, code):
    assert _findings(tmp_path, [sentence.format(right)], heading=heading) == []
    assert (code, "error") in _findings(tmp_path, [sentence.format(wrong)], heading=heading)


BUDGET_BRACKETS = [
    "2026年收入预算2129.93万元，其中：财政拨款收入2082.33万元，占{}%（其中一般公共预算拨款1817.33万元，政府性基金预算拨款"
    "265.00万元）；事业收入35.60万元，占1.67%；其他收入12.00万元，占0.56%。",
    "财政拨款收入2082.33万元（一般公共预算1817.33万元，政府性基金265.00万元），占收入预算的{}%。",
]


@pytest.mark.parametrize("sentence", BUDGET_BRACKETS)
def test_a_budgets_share_before_or_after_a_bracket_of_parts_is_the_amounts(tmp_path, sentence):
    from test_review13 import _budget_text
    assert _budget_text(tmp_path, sentence.format("97.77")) == []
    assert ("TXT011", "error") in _budget_text(tmp_path, sentence.format("79.77"))


def test_a_budgets_change_after_a_bracket_of_parts_is_the_budgets(tmp_path):
    from test_review13 import _budget_text
    said = "收入预算2129.93万元（财政拨款收入2082.33万元、事业收入35.60万元、其他收入12.00万元），比上年增加129.93万元。"
    # (it was judged as 其他收入's: "本年数 12.00万元 小于增加额" TXT006)
    assert _budget_text(tmp_path, said) == []


def test_a_single_amount_in_a_bracket_is_not_read_as_parts():
    from govaudit.recognize.claims import BRACKET_LIST_RE
    assert not BRACKET_LIST_RE.search("支出3.68万元(决算3.68万元),比上年减少0.42万元")
    assert not BRACKET_LIST_RE.search("支出3.68万元(人均1.20万元),比上年减少0.42万元")
    assert BRACKET_LIST_RE.search("支出3.68万元(公务用车购置及运行维护费2.42万元,公务接待费1.26万元),比上年减少0.42万元")


# r2/r15/r16: a name read without the fund's words around it is a fund's line, not the department's (not judged)
FUNDS = "四、财政拨款收入支出决算总体情况说明"


@pytest.mark.parametrize("heading,sentence", [
    (FUNDS, "一般公共预算财政拨款收支总计2152.90万元；政府性基金预算财政拨款收支总计4445.43万元。"),
    (FUNDS, "一般公共预算财政拨款支出总计2152.90万元，其中本年支出2116.25万元，年末结转和结余36.65万元。"),
    (FUNDS, "政府性基金预算财政拨款收入总计4445.43万元，其中年初结转和结余497.69万元，本年收入3947.74万元。"),
    (PAYS, "本年项目支出5324.54万元，其中一般公共预算财政拨款安排的项目支出1339.54万元，政府性基金预算财政拨款安排的项目支出"
           "3984.99万元。"),
    (PAYS, "项目支出5324.54万元，其中：政府性基金安排项目支出3984.99万元，一般公共预算安排项目支出1339.54万元。"),
])
def test_a_funds_line_named_around_a_plain_name_is_not_the_departments(tmp_path, heading, sentence):
    assert _findings(tmp_path, [sentence], heading=heading) == []


def test_the_departments_line_beside_funds_lines_is_still_judged(tmp_path):
    said = "项目支出{}万元，其中：政府性基金安排项目支出3984.99万元，一般公共预算安排项目支出1339.54万元。"
    assert ("TXT001", "error") in _findings(tmp_path, [said.format("5342.54")], heading=PAYS)


@pytest.mark.parametrize("sentence", [
    "2026年一般公共预算拨款安排的支出1817.33万元，其中基本支出1334.77万元，占73.45%；项目支出482.56万元，占26.55%。",
    "项目支出795.16万元，其中：一般公共预算安排的项目支出482.56万元，政府性基金安排的项目支出265.00万元，事业收入安排的"
    "项目支出35.60万元，其他收入安排的项目支出12.00万元。",
    "一般公共预算拨款收支预算总计1817.33万元；政府性基金预算拨款收支预算总计265.00万元。",
])
def test_a_budgets_fund_line_is_not_the_departments(tmp_path, sentence):
    from test_review13 import _budget_text
    assert _budget_text(tmp_path, sentence) == []


# r18: a rate on an adjusted basis ("剔除…因素后，同口径增长1.20%") is not the tables' rate; the raw change still is judged
ADJUSTED = "本年支出合计6101.24万元，比上年增加{}万元，剔除政府性基金项目因素后，同口径增长1.20%。"


def test_a_like_for_like_rate_is_not_judged_but_the_change_before_it_is(tmp_path):
    assert _findings(tmp_path, [ADJUSTED.format("209.01")], heading=PAYS) == []
    budget = "2026年支出预算2129.93万元，比上年增加129.93万元，剔除新增一次性项目因素后，同口径增长1.80%。"
    from test_review13 import _budget_text
    assert _budget_text(tmp_path, budget) == []


# r21: last year's completion rate beside this year's is last year's
@pytest.mark.parametrize("sentence", [
    "2019年度“三公”经费支出3.68万元，完成预算的{}%（上年完成预算的62.10%）。",
    "2018年度“三公”经费完成预算的62.10%，2019年度完成预算的{}%。",
    "“三公”经费支出3.68万元，完成预算的{}%，上年完成预算的62.10%。",
])
def test_last_years_completion_is_not_judged_this_years_is(tmp_path, sentence):
    assert _findings(tmp_path, [sentence.format("49.07")], heading=SANGONG) == []
    assert ("TXT012", "error") in _findings(tmp_path, [sentence.format("94.07")], heading=SANGONG)


# r11 (a miss): "完成年度预算的X%", "占年度预算Y万元的X%" is the completion of the year's budget, as "完成预算的X%" is
@pytest.mark.parametrize("sentence", [
    "2019年度“三公”经费财政拨款支出决算3.68万元，完成年度预算的{}%。",
    "2019年度“三公”经费财政拨款支出决算3.68万元，占年度预算7.50万元的{}%。",
])
def test_a_completion_of_the_years_budget_is_judged(tmp_path, sentence):
    assert _findings(tmp_path, [sentence.format("49.07")], heading=SANGONG) == []
    assert ("TXT012", "error") in _findings(tmp_path, [sentence.format("94.07")], heading=SANGONG)


# s14rev2 r1: a name holding a short bracket ("因公出国（境）费") in a bracket of parts; r3: a bare 支出 after a budget's bracket
# of parts is what was spent (of the whole), not the budget's (false TXT001 "“三公”经费预算3.68万元" against 预算数 7.50)
@pytest.mark.parametrize("sentence,right,wrong,code", [
    ("“三公”经费支出3.68万元（因公出国（境）费0万元、公务用车购置及运行维护费2.42万元、公务接待费1.26万元），完成年初预算的{}%。",
     "49.07", "94.07", "TXT012"),
    ("“三公”经费支出3.68万元（因公出国（境）费0万元、公务用车购置及运行维护费2.42万元、公务接待费1.26万元），比上年减少0.42万元，"
     "下降{}%。", "10.24", "12.04", "TXT003"),
    ("“三公”经费预算为7.50万元（其中公务接待费3.00万元），支出{}万元，完成预算的49.07%。", "3.68", "3.86", "TXT001"),
    ("“三公”经费年初预算7.50万元（公务接待费3.00万元、公务用车4.50万元），全年支出{}万元。", "3.68", "3.86", "TXT001"),
])
def test_a_bracket_of_parts_with_a_bracketed_name_and_spending_after_a_budgets_parts(tmp_path, sentence, right, wrong, code):
    assert _findings(tmp_path, [sentence.format(right)], heading=SANGONG) == []
    assert (code, "error") in _findings(tmp_path, [sentence.format(wrong)], heading=SANGONG)


# (s14mut) a later year's budget in a 决算 ("2020年“三公”经费预算…" in the 2019 决算) is a plan in no table of this one: it was
# judged against 2019's 公开07表 预算数 (false TXT001); this year's budget beside it still is
@pytest.mark.parametrize("sentence", [
    "2020年“三公”经费预算中，公务接待费预算2.00万元，公务用车购置及运行维护费预算4.00万元。",
    "2020年“三公”经费预算6.00万元，比2019年预算减少1.50万元。",
    "下一年度“三公”经费预算6.00万元。",
])
def test_a_later_years_budget_is_not_judged(tmp_path, sentence):
    assert _findings(tmp_path, [sentence], heading=SANGONG) == []


def test_this_years_budget_before_a_later_years_is_judged(tmp_path):
    said = "2019年“三公”经费预算{}万元，2020年“三公”经费预算6.00万元。"
    assert _findings(tmp_path, [said.format("7.50")], heading=SANGONG) == []
    assert ("TXT001", "error") in _findings(tmp_path, [said.format("7.05")], heading=SANGONG)


# s14rev2 r5: a form's 其中 list under the SECOND line of a breakdown that goes on after it (中央 · 地方 / 其中：省级 · 市县级 /
# 其他资金): the list is 地方's own and 其他资金 goes on the breakdown (was PRF001 ×3 on 年度资金总额)
def _form_money(local_executed="225.50"):
    dash = "—"

    def line(label, a, b, c):
        return [label, a, b, c, dash, dash, dash]
    return [["年度资金总额", "1000.00", "1150.00", "1120.50", "10", "97.43%", "9.74"],
            line("其中：中央财政资金", "800.00", "860.00", "850.00"), line("地方财政资金", "200.00", "240.00", local_executed),
            line("其中：省级", "100.00", "140.00", "130.50"), line("市县级", "100.00", "100.00", "95.00"),
            line("其他资金", "", "50.00", "45.00")]


def test_a_qizhong_list_under_a_middle_line_of_a_breakdown(tmp_path):
    from test_forms_heldout_s11 import xlsx_file
    from test_forms_heldout_s14 import form_z5
    from test_forms_support import check, problems

    path, _ = xlsx_file(tmp_path, form_z5(money=_form_money()))
    assert problems(check(path, tmp_path)) == []
    # 地方 executed 252.50: neither its own list (130.50 + 95.00) nor the 总额 (850 + 252.50 + 45) adds up any more
    path, _ = xlsx_file(tmp_path, form_z5(money=_form_money("252.50")), name="wrong.xlsx")
    assert any(code == "PRF001" for code, _s, _c in problems(check(path, tmp_path)))


# s14rev r17 (a miss): "由2018年的A下降到2019年的B，降幅X%" is read as "由2018年的A下降到B" is (the text's own year after 到)
def test_a_fall_to_this_years_amount_named_by_its_year(tmp_path):
    said = "“三公”经费支出由2018年的4.10万元下降到2019年的3.68万元，降幅{}%。"
    assert _findings(tmp_path, [said.format("10.24")], heading=SANGONG) == []
    assert ("TXT003", "error") in _findings(tmp_path, [said.format("12.24")], heading=SANGONG)
