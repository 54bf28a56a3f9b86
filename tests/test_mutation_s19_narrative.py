"""Session 18's new lines in the 决算/预算 narrative code (recognize/claims.py, checks/narrative*.py, budget_text.py)
that a mutation run left alive (s19mut, issue 14, README "变异测试"). Sentences written as real 说明 write them, on
session 17's tables (tests/test_narrative_heldout17.py), all in ONE document per module run; each case names the
mutant it kills."""

from __future__ import annotations

import pytest
from test_narrative_heldout14 import codes_found
from test_narrative_heldout17 import _findings

OVERALL = "一、收入支出决算总体情况"
OPER = ["十、其他重要事项的说明", "（一）机关运行经费支出情况"]
ITEMS = ["五、一般公共预算财政拨款支出决算情况", "（三）一般公共预算财政拨款支出决算具体情况"]
PENSION = "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）61.83万元。"

# (headings, sentence, codes it must draw: [] for none)
CASES = [
    # s18rev r5's second 项 of the paragraph's 款 opening a sentence of its own: that 项 (46.42 in 公开05表). Kills
    # claims.py line 1655 `find(name + "(项)") >= 0` → `>= 1` (a name at the sentence's first character not found)
    (ITEMS, PENSION + "机关事业单位职业年金缴费支出（项）46.42万元，主要用于缴纳职业年金。", []),
    (ITEMS, PENSION + "机关事业单位职业年金缴费支出（项）64.24万元，主要用于缴纳职业年金。", ["TXT001"]),
    # 机关运行经费's items after "其中：" with a share between them: the items after the share are still summed.
    # Kills narrative.py line 789 `continue` → `break` (the list ended at the share: one item, nothing summed)
    (OPER, "机关运行经费支出34.89万元，其中：办公费30.12万元，占机关运行经费的86.33%，差旅费5.57万元。", ["TXT007"]),
    (OPER, "机关运行经费支出34.89万元，其中：办公费20.12万元，占机关运行经费的57.67%，差旅费5.57万元。", []),
    # a change whose sentence states both years' amounts, its change agreeing with them: the rate is judged on the
    # change (TXT004: this year's as the denominator; TXT003: neither). Kills narrative.py line 287 `now.lo -
    # base.hi` → `+` (the change taken for disproved by the two amounts: the rate judged on them, another message)
    (OVERALL, "本年收入合计6463.99万元，比上年的6255.89万元增加208.10万元，增长3.22%。", ["TXT004"]),
    (OVERALL, "本年收入合计6463.99万元，比上年的6255.89万元增加208.10万元，增长3.33%。", []),
    (OVERALL, "本年收入合计6463.99万元，比上年的6255.89万元增加208.10万元，增长4.22%。", ["TXT003"]),
]
AGREED = "本年收入合计6463.99万元，比上年的6255.89万元增加208.10万元，增长4.22%。"


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    return _findings(tmp_path_factory.mktemp("s19mut"), [(h, t) for h, t, _c in CASES], "s19.xlsx", 2022)


def test_cases_are_distinct():
    assert len({t for _h, t, _c in CASES}) == len(CASES)


@pytest.mark.parametrize("heads,text,codes", CASES, ids=[t[-30:] for _h, t, _c in CASES])
def test_case(found, heads, text, codes):
    assert codes_found(found, text) == codes, found.get(text)


def test_a_rate_after_a_change_the_two_amounts_agree_with_is_judged_on_the_change(found):
    """(the message of the TXT003 above: the change's, not the two amounts')"""
    [(code, message)] = found[AGREED]
    assert code == "TXT003" and "与增减额不符：208.10 ÷ 上年数 6255.89（6463.99 − 208.10）= 3.33%" in message


# 预算 (checks/budget_text.py), each text alone beside the 北京式 2024 set whose 三公 table prints 2023年预算数 beside
# 2024年预算数 (tests/test_budget_text_s18.py): (heading, text, the codes among TXT006/TXT007 it must draw)
BUDGET_CASES = [
    # a change against last year's 执行数 (not judged) in the sentence before a change against the printed 预算数: the
    # second is still judged (15.00 this year, 17.00 last). Kills budget_text.py line 317 `continue` → `break`
    ("“三公”经费预算情况", "2024年“三公”经费预算20.20万元，比2023年执行数减少3.00万元。公务用车购置及运行费预算15.00万元，"
     "较上年预算增加2.00万元。", ["TXT006"]),
    ("“三公”经费预算情况", "2024年“三公”经费预算20.20万元，比2023年执行数减少3.00万元。公务用车购置及运行费预算15.00万元，"
     "较上年预算减少2.00万元。", []),
    # a rise said as one (公务接待费 5.20 this year, 5.00 last) is clean; a fall said is TXT006 "应为“增加0.20万元”".
    # Kills budget_text.py line 328 `actual = 1 if …` → `0` (every rise taken for none: a false TXT006)
    ("“三公”经费预算情况", "公务接待费预算5.20万元，比上年增加0.20万元。", []),
    ("“三公”经费预算情况", "公务接待费预算5.20万元，比上年减少0.20万元。", ["TXT006"]),
    # a bare 合计 after exactly two parts said as the budget's. Kills budget_text.py line 86 `len(parts) < 2` → `<= 2`
    ("支出预算情况", "2024年支出预算中，基本支出预算100.00万元，项目支出预算50.00万元，合计160.00万元。", ["TXT007"]),
    ("支出预算情况", "2024年支出预算中，基本支出预算100.00万元，项目支出预算50.00万元，合计150.00万元。", []),
]


@pytest.mark.parametrize("heading,text,codes", BUDGET_CASES, ids=[t[-24:] for _h, t, _c in BUDGET_CASES])
def test_budget_case(heading, text, codes):
    from test_budget_text_s18 import base
    from test_narrative_budget_heldout11 import _alone

    got = _alone(base(), text, heading)
    assert [c for c, _m in got if c in ("TXT006", "TXT007")] == codes, got
    assert all("应为“增加0.20万元”" in m for c, m in got if c == "TXT006" and "5.20" in m), got
