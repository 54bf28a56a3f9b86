"""checks/narrative*.py, recognize/claims*.py lines measured by tools/mutate.py in session 14 (s14mut, issue 14): one
behaviour per test, each on sentences as a 情况说明 writes them, judged with a sample's tables (the 2019 中央式 决算,
the 江苏 2019 预算)."""

from __future__ import annotations

import pytest

from test_mutation_narrative import judge
from test_narrative_budget_heldout11 import JIANGSU, _alone


# ---------------------------------------------------------------- narrative._change_against (s13text's new lines)
def test_a_wrong_change_against_the_budget_names_both_figures_and_the_difference(sample_disclosure):
    """公开07表 公务接待费: 决算数 1.26, 预算数 3.00 (−1.74): the message names which figure is which (`words[0]`,
    `words[1]`), the difference is the text's change less the table's (1.00 − 1.74)."""
    (f,) = judge(["2019年度公务接待费支出决算为1.26万元，比预算减少1.00万元。"], sample_disclosure("2019"))
    assert f.code == "TXT001"
    assert f.message == ("文中“减少1.00万元”与公开07表「决算数」「公务接待费」列、公开07表「预算数」「公务接待费」列不符：决算数 1.26 − 预算数 3.00 = -1.74，"
                         "应为“减少1.74万元”。")
    assert (f.expected, f.actual, f.difference) == ("1.74", "1.00", "-0.74")


def test_a_wrong_change_since_the_years_start_names_the_years_end_and_start(sample_disclosure):
    """公开04表 年末 497.09, 年初 534.34: “比年初减少30.00万元” should be 37.25 (年末数 − 年初数)."""
    (f,) = judge(["年末财政拨款结转和结余497.09万元，比年初减少30.00万元。"], sample_disclosure("2019"))
    assert f.message == ("文中“减少30.00万元”与公开04表「年末财政拨款结转和结余」、公开04表「年初财政拨款结转和结余」不符："
                         "年末数 497.09 − 年初数 534.34 = -37.25，应为“减少37.25万元”。")
    assert (f.expected, f.actual, f.difference) == ("37.25", "30.00", "-7.25")


# ---------------------------------------------------------------- narrative_common.item_value (~225)
def _item_in_both_funds(d):
    """The 2019 sample with 公开08表 (政府性基金) printing the 项 2011001 行政运行 too, with the same 412.35 as 公开05表."""
    d = d.model_copy(deep=True)
    rows = [r.model_copy(update={"cells": {"expense": r.cells["total"]}}) for r in d.tables["05"].rows
            if r.key in ("201", "20110", "2011001")]
    d.tables["08"].rows[1:1] = rows
    return d


ITEM = "1、一般公共服务支出（类）人力资源事务（款）行政运行（项）：支出决算为{}万元。"


def test_an_item_both_funds_print_alike_is_not_one_tables_figure_under_all_fiscal_spending(sample_disclosure):
    """Under a heading of all 财政拨款 spending (公开05表 + 公开08表) a 项 both tables print with the same 412.35 was spent
    412.35 + 412.35: neither table's figure is the paragraph's, so 824.70 draws nothing (only a heading saying no
    spending, ANY_SPENDING, takes the one figure the tables agree on)."""
    d = _item_in_both_funds(sample_disclosure("2019"))
    assert judge(["（三）财政拨款支出决算具体情况", ITEM.format("824.70")], d) == []
    # (printed by 公开05表 alone, the same sentence is judged against it)
    assert [f.code for f in judge(["（三）财政拨款支出决算具体情况", ITEM.format("824.70")], sample_disclosure("2019"))] \
        == ["TXT001"]


# ---------------------------------------------------------------- narrative_parts._after_budget (54/55 of s12)
SANGGONG = "2019年度“三公”经费支出3.68万元，{}，其中：因公出国（境）费0万元，公务用车购置及运行维护费2.42万元，公务接待费{}万元。"


def test_parts_after_a_change_against_the_budget_are_still_the_wholes(sample_disclosure):
    """Only a budget's amount between the whole and its parts makes them the budget's: a change against the budget
    (“比预算减少3.82万元”, a claim of the 三公 on the budget basis, not an amount) leaves the parts the whole's, and
    0 + 2.42 + 1.50 ≠ 3.68 is TXT007."""
    found = judge([SANGGONG.format("比预算减少3.82万元", "1.50")], sample_disclosure("2019"))
    assert sorted(f.code for f in found) == ["TXT001", "TXT007"]
    # (the total quoted as said: this year's, not a budget's, narrative._said_total)
    assert next(f for f in found if f.code == "TXT007").message == (
        "文中“三公经费支出3.68万元”，而文中所说各组成部分之和为 因公出国(境)费 0万元 + 公务用车购置及运行维护费 2.42万元 + "
        "公务接待费 1.50万元 = 3.92，相差 -0.24。")
    assert judge([SANGGONG.format("比预算减少3.82万元", "1.26")], sample_disclosure("2019")) == []


# ---------------------------------------------------------------- claims_budget.under_category (87 of s12)
def _jiangsu(item_line: str, value: str):
    doc = ["五、财政拨款支出预算情况说明", "（三）住房保障（类）", "1.住房改革支出（款）提租补贴（项）支出1754.17万元。",
           "六、一般公共预算支出预算情况说明", item_line.format(value)]
    return [code for code, _m in _alone(JIANGSU, "\n".join(doc), "部门预算情况说明")]


@pytest.mark.parametrize("line", ["行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）支出{}万元。",
                                  "1.行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）支出{}万元。"])
def test_a_heading_of_another_kind_ends_the_category_of_the_items_under_it(line):
    """江苏: “（三）住房保障（类）” heads the 款 and 项 paragraphs under it; a heading of another kind (“六、…”) ends it,
    and a 款 paragraph after that is of its own 类 (found by its names: 2080505, 415.33), not 住房保障's."""
    assert _jiangsu(line, "415.33") == []
    assert _jiangsu(line, "451.33") == ["TXT001"]


# ---------------------------------------------------------------- claims.py `used_for` (a survivor of s13mut)
# (was a non-strict xfail: after "…按支出性质分：" the bare 项目支出 had been taken for the department's, 公开03表 5324.54)
def test_parts_after_a_funds_spending_and_a_colon_are_the_funds(sample_disclosure):
    text = "一般公共预算财政拨款支出按支出性质分：基本支出776.71万元，占36.70%；项目支出1339.54万元，占63.30%。"
    assert judge([text], sample_disclosure("2019")) == []
    # (the same parts after '…中，' are the fund's: 公开05表 776.71 + 1339.54 = 2116.25)
    assert judge([text.replace("按支出性质分：", "中，")], sample_disclosure("2019")) == []
    assert judge([text.replace("按支出性质分：", "构成：")], sample_disclosure("2019")) == []
    # the fund's parts are judged as the fund's (公开05表 项目支出 1339.54; its share 1393.54 ÷ 2116.25 is no longer 63.30%)
    found = judge([text.replace("1339.54", "1393.54")], sample_disclosure("2019"))
    assert sorted(f.code for f in found) == ["TXT001", "TXT011"]


# ---------------------------------------------------------------- narrative_parts._other_whole (the lead's, s13)
FUND_BASIC = "六、一般公共预算财政拨款基本支出决算情况说明"


def test_parts_of_a_funds_basic_spending_said_short_under_its_heading_are_summed(sample_disclosure):
    """Under a heading naming the fund's 基本支出, “基本支出776.71万元，其中：人员经费…，公用经费…” is the fund's 基本支出
    said short (公开05/06表): its parts are its own, not another whole's (the department's 基本支出, which the short name
    also names), and 741.82 + 30.00 ≠ 776.71 is TXT007."""
    right = "基本支出776.71万元，其中：人员经费741.82万元，公用经费34.89万元。"
    assert judge([FUND_BASIC, right], sample_disclosure("2019")) == []
    found = judge([FUND_BASIC, right.replace("34.89", "30.00")], sample_disclosure("2019"))
    assert sorted(f.code for f in found) == ["TXT001", "TXT007"]


# ---------------------------------------------------------------- narrative_forms._extends (the lead's, s13)
def test_a_project_named_by_a_forms_whole_name_and_more_words():
    from test_mutation_narrative_forms import form

    from govaudit.checks.narrative_forms import match_form

    four, other = form("劳动监察"), form("就业扶持资金")
    # a name of exactly four characters followed by more words names another project ("…配套")
    assert match_form("劳动监察大队配套", [four, other]) is None
    # words before it and generic endings after it (stripped however many: “专项经费项目”) name no other project
    assert match_form("区劳动监察专项资金项目", [four, other]) is four
    assert match_form("区劳动监察专项经费项目", [four, other]) is four


# ---------------------------------------------------------------- claims_budget.side_total (the lead's, s13)
def _jiangsu_alone(text: str) -> list[str]:
    return [code for code, _m in _alone(JIANGSU, text, "部门预算情况说明")]


def test_a_bare_spending_budget_after_a_semicolon_is_of_no_fund_known():
    """“一般公共预算拨款收入预算X；支出预算X”: after '；' the bare 支出预算 opens no fund's clause group, but the sentence
    opens with a fund's: whose it is, that fund's or the department's 收支预算总计 (13377.11), is not certain: not judged
    (and `govaudit claims` shows it as not known, 〔不核对〕)."""
    assert _jiangsu_alone("2019年一般公共预算拨款收入预算13297.11万元；支出预算13297.11万元。") == []
    assert _budget_shown("2026年一般公共预算拨款收入预算1817.33万元；支出预算1817.33万元。")[-1] == \
        "（未识别：支出预算）：金额 1817.33万元  〔不核对〕"


def test_a_bare_spending_budget_after_a_second_fund_is_shown_as_not_known():
    assert _budget_shown("财政拨款收入预算2082.33万元，支出预算2082.33万元，其中一般公共预算拨款收入预算1817.33万元，"
                         "支出预算1817.33万元。")[-1] == "（未识别：支出预算）：金额 1817.33万元  〔不核对〕"


def test_a_spending_total_budget_after_two_funds_income_total_budgets_is_shown_as_not_known():
    assert _budget_shown("一般公共预算收入总预算1817.33万元，政府性基金收入总预算265.00万元，支出总预算2082.33万元。")[-1] == \
        "（未识别：支出总预算）：金额 2082.33万元  〔不核对〕"


def _budget_shown(text: str) -> list[str]:
    from govaudit.model import Location, TextParagraph
    from govaudit.recognize.claims import read_claims
    from govaudit.report.claims import _line

    ps = [TextParagraph(index=1, text=text, location=Location(file="t", paragraph=1))]
    return [_line(c).split("\n")[0].split("] ", 1)[1] for c in read_claims(ps, 2026, stage="预算").claims]


@pytest.mark.parametrize("fund,table", [("财政拨款", "财政拨款收支预算总表"), ("一般公共预算拨款", "一般公共预算支出功能分类预算表")])
def test_a_spending_total_budget_after_a_funds_income_total_budget_is_the_funds(fund, table):
    """“财政拨款收入总预算X万元，支出总预算Y万元”: the bare 支出总预算 is the fund named before it (its 支出合计)."""
    assert _jiangsu_alone(f"{fund}收入总预算13297.11万元，支出总预算13297.11万元。") == []
    found = _alone(JIANGSU, f"{fund}收入总预算13297.11万元，支出总预算13000.00万元。", "部门预算情况说明")
    assert [c for c, _m in found] == ["TXT001"] and f"《{table}》" in found[0][1]
