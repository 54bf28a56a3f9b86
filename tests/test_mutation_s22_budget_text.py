"""checks/budget_text.py, a sample of 40 mutants (seed 22) measured by tools/mutate.py (s22 mut, issue 14, README
"变异测试"): the survivors that were untested behaviour, each a 说明's sentence judged in memory beside a consistent table
set — the 财政部-form 预算 of tests/test_narrative_budget_heldout17 (收支总计 2,300.50; 基本支出 1,750.50 = 人员 1,580.30 +
公用 170.20; 一般公共服务支出 1,980.20; “三公” 20.20 = 0 + 用车 15.00 + 接待 5.20), the 江苏 预算 (基本支出 6,522.75 of all
funds, 一般公共预算's 6,442.75 = 人员 5,312.01 + 公用 1,130.74) and the 2019 决算 sample."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

import pytest

from test_budget_text_s18 import SANGONG, two_year_tables
from test_narrative_budget_heldout11 import JIANGSU, _alone
from test_narrative_budget_heldout17 import SPEND, central
from test_narrative_heldout11 import FINAL
from test_review11_budget import _xlsx


def _codes(base, text, heading):
    return [c for c, _m in _alone(base, text, heading)]


@pytest.mark.parametrize("text,codes", [
    ("基本支出占支出预算的76.09%，比上年提高2个百分点。", []),
    # the share's clause opens the sentence: the change after it ("比上年提高…") is its own, the share is still this
    # year's (fails on `at >= 0` → `at > 0` and on `at + len` → `at - len`: nothing)
    ("基本支出占支出预算的67.09%，比上年提高2个百分点。", ["TXT011"]),
    # (and with more words after the change than the share's clause has: `at - len` would cut the change in)
    ("基本支出占支出预算的67.09%，比上年提高2个百分点，主要是在职人员增加、人员经费相应增加。", ["TXT011"]),
])
def test_a_share_opening_its_sentence_before_its_change(text, codes):
    assert _codes(central(), text, SPEND) == codes


@pytest.mark.parametrize("text,codes", [
    ("2024年因公出国（境）费0万元，公务用车购置及运行费15.00万元，公务接待费5.20万元，三项合计20.20万元。", []),
    ("2024年因公出国（境）费0万元，公务用车购置及运行费15.00万元，公务接待费5.20万元，三项合计20.50万元。", ["TXT007"]),
    ("2024年公务用车购置及运行费15.00万元，公务接待费5.20万元，两项合计20.50万元。", ["TXT007"]),  # (two parts are a list)
    # the whole restated after its parts: 用车 and 接待 are parts of the “三公” said first, not three parts of 20.20
    # (fails when every exclusion must hold at once: TXT007 20.20 + 15.00 + 5.20 = 40.40)
    ("2024年“三公”经费预算20.20万元，其中公务用车购置及运行费15.00万元、公务接待费5.20万元，合计20.20万元。", []),
])
def test_a_bare_total_after_its_parts(text, codes):
    """“…，三项合计20.50万元”: the parts said before it add up to 20.20 (TXT007 quotes the sum)."""
    found = _alone(central(), text, SANGONG)
    assert [c for c, _m in found] == codes
    assert all("公务用车购置及运行维护费 15.00万元 + 公务接待费 5.20万元 = 20.20，相差 0.30" in m for _c, m in found)


def test_a_categorys_split_after_another_amount_in_the_paragraph():
    """The 类 split is judged though an amount that is no 类 comes first (a `continue`, not a `break`)."""
    text = "2024年支出预算2,300.50万元。一般公共服务支出1,950.20万元，其中：基本支出1,500.00万元，项目支出300.00万元。"
    found = _alone(central(), text, SPEND)
    assert [c for c, _m in found] == ["TXT007"]
    assert "基本支出 1500.00万元 + 项目支出 300.00万元 = 1800.00，相差 150.20" in found[0][1]


def test_a_final_accounts_amount_is_judged_against_its_table():
    """department_side is for a 预算 only: in a 决算 the amount is held against 公开05表 (fails when it answers True)."""
    heading = "（四）一般公共预算财政拨款支出决算情况说明"
    assert _codes(FINAL, "2019年度一般公共预算财政拨款基本支出776.71万元。", heading) == []
    assert _codes(FINAL, "2019年度一般公共预算财政拨款基本支出767.71万元。", heading) == ["TXT001"]


def test_a_whole_number_copied_from_the_table_is_its_figure():
    """公务用车购置及运行费 “15万元” beside the table's 15.00: the share is 15.00 ÷ 20.20 = 74.26 %, so 74.50 % is wrong
    (with 14.5–15.5 it would pass); said as 15.00 万元 the same."""
    assert _codes(central(), "公务用车购置及运行费15万元，占“三公”经费的74.26%。", SANGONG) == []
    assert _codes(central(), "公务用车购置及运行费15万元，占“三公”经费的74.50%。", SANGONG) == ["TXT011"]


def test_the_economic_parts_follow_this_years_basic_spending_not_last_years():
    """江苏: 基本支出 6,522.75 is all funds'; the 人员经费 after it is not 一般公共预算's (B08 5,312.01), though the
    sentence also says last year's 基本支出 6,442.75 — which happens to equal the fund's figure (fails before: TXT001 on
    人员经费, the last 基本支出 before it was taken, whatever its year)."""
    heading = "三、支出预算情况"
    text = "基本支出6522.75万元，比上年基本支出6442.75万元增加80.00万元，其中：人员经费5392.01万元，公用经费1130.74万元。"
    assert _alone(JIANGSU, text, heading) == []
    # where the 基本支出 said is the fund's too (财政部式: 1,750.50 both), its 人员经费 is B08's and 1,508.30 is wrong
    said = "2024年基本支出1,750.50万元，其中：人员经费1,508.30万元，公用经费170.20万元。"
    assert _codes(central(), said, SPEND) == ["TXT001", "TXT007"]
    fund = "一般公共预算基本支出6442.75万元，其中：人员经费5321.01万元，公用经费1130.74万元。"
    assert _codes(JIANGSU, fund, heading) == ["TXT001", "TXT007"]  # (5,321.01 is no 人员经费 of the fund)


_RISE: list[Path] = []


def rising() -> Path:
    """The two-year 三公 table with last year's 预算数 18.00 (用车 13.00, 接待 5.00) below this year's 20.20."""
    if not _RISE:
        tables = copy.deepcopy(two_year_tables())
        tables[6].rows[3][:6] = ["18.00", "", "13.00", "", "13.00", "5.00"]
        _RISE.append(_xlsx(Path(tempfile.mkdtemp(prefix="s22mut-")) / "三公上升.xlsx", tables, False))
    return _RISE[0]


def test_a_rise_against_the_printed_last_year():
    """20.20 this year against 18.00 printed for last year: “增加2.20万元” is right (fails when the direction is read as
    0), “减少” is the wrong way round."""
    assert _alone(rising(), "2024年“三公”经费预算20.20万元，比上年增加2.20万元。", SANGONG) == []
    found = _alone(rising(), "2024年“三公”经费预算20.20万元，比上年减少2.20万元。", SANGONG)
    assert [c for c, _m in found] == ["TXT006"] and "大于上年预算数 18.00，应为“增加2.20万元”" in found[0][1], found
