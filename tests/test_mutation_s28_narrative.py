"""Issue 14, session 28 (mut2): checks/narrative.py survivors of the seed-28 sample (lines 413, 1356) that the full
narrative selection (test_narrative, test_mutation_narrative, test_mutation_claims) does not kill either: the words of
a finding's arithmetic. The 2019 sample's 公开07表 holds the “三公” 决算数 3.68 and 预算数 7.50 万元."""

from __future__ import annotations

from test_mutation_narrative_s6 import brief, run, sample

SAMPLE = "决算公开表-2019-中央式-无误.xlsx"


def test_a_wrong_change_against_the_budget_names_each_figure_by_its_own_word():
    """TXT001's sum says which figure is the 决算数 and which the 预算数 (line 413: words[0], words[1])."""
    said = "“三公”经费支出3.68万元，比预算减少{}万元。"
    d = sample(SAMPLE)
    assert run([said.format("3.82")], d) == []
    (f,) = run([said.format("1.00")], d)
    assert brief([f]) == [("TXT001", "3.82", "1.00")]
    assert f.message == ("文中“减少1.00万元”与公开07表「决算数」、公开07表「预算数」不符："
                         "决算数 3.68 − 预算数 7.50 = -3.82，应为“减少3.82万元”。")


def test_a_completion_rate_against_the_tables_budget_names_its_column_once():
    """TXT012's budget from the table: its column already says 预算数, so the sum does not say it again (line 1356)."""
    said = "“三公”经费支出3.68万元，完成预算的{}。"
    d = sample(SAMPLE)
    assert run([said.format("49.07%")], d) == []
    (f,) = run([said.format("50%")], d)
    assert brief([f]) == [("TXT012", "49%", "50%")]
    assert f.message == "文中“完成预算的50%”与决算数、预算数不符：3.68 ÷ 公开07表「预算数」 7.50 = 49.07%。"


def test_a_share_of_last_year_or_of_no_known_whole_is_not_judged_against_this_years_table():
    """A share with no amount is judged by the part's figure in this year's table only when it is this year's share
    of a known whole (line 1184: any of the five reasons sets it aside). Last year's share of the same whole, or a
    share whose whole is not said, is not this year's table's; this year's wrong share still is (13 %, not 35 %)."""
    d = sample(SAMPLE)
    for said in ("2018年一般公共服务支出占本年支出合计的35%。", "上年基本支出100万元，占上年本年支出合计的35%。",
                 "一般公共服务支出占35%。", "基本支出预算占支出预算的35%。"):
        assert run([said], d) == [], said
    assert brief(run(["本年支出合计中，基本支出占35%。"], d)) == [("TXT011", "13%", "35%")]


BUDGET = "预算公开表-2026-上海部门-无误.xlsx"  # 财政拨款收入 2,082.33 of 收支预算总计 2,129.93 万元 (97.77 %)


def test_a_budget_share_with_no_amount_is_judged_as_this_years_share_of_its_whole():
    """checks/budget_text.budget_table_part: a 预算 share of 收支预算总计 takes its parts from TOTAL_PARTS (line 50);
    last year's share, or one with no whole said, is set aside (line 43: any of the five reasons)."""
    d = sample(BUDGET)
    for whole in ("收支总预算", "收支预算总额"):
        assert run([f"财政拨款收入占{whole}的97.77%。"], d) == []
        assert brief(run([f"财政拨款收入占{whole}的50%。"], d)) == [("TXT011", "98%", "50%")], whole
    for said in ("2025年财政拨款收入占收入预算的50%。", "上年财政拨款收入占收入预算的50%。",
                 "本部门2026年收支预算总数2,129.93万元，其中财政拨款收入占50%。"):
        assert run([said], d) == [], said
    assert brief(run(["财政拨款收入占收入预算的50%。"], d)) == [("TXT011", "98%", "50%")]


def test_the_two_parts_of_a_budget_are_added_past_their_own_shares():
    """TXT007 (budget_text._complement_split): the 财政拨款 and 非财政拨款 parts listed after 其中, each with its share in
    the same sentence, are still the two parts (line 187: only shares of that sentence are passed over); 2,082.33 +
    47.60 = 2,129.93 is right, 37.60 is 10.00 short."""
    said = "本部门2026年收入预算2,129.93万元，其中：财政拨款收入2,082.33万元，占97.77%；非财政拨款收入{}万元，占2.23%。"
    d = sample(BUDGET)
    assert run([said.format("47.60")], d) == []
    got = run([said.format("37.60")], d)
    assert [f.code for f in got] == ["TXT007", "TXT011"], brief(got)
    assert got[0].message == ("文中“收入预算2129.93万元”，而同一句其中所列两部分之和为 财政拨款收入 2082.33万元 + "
                              "非财政拨款收入 37.60万元 = 2119.93，相差 10.00。")


def test_a_category_share_after_a_part_of_the_whole_is_the_parts_and_not_judged():
    """narrative_common.part_named_before: a 类's share said after one of the whole's parts ('其中经营支出…') may be
    of that part, not of the whole: not judged (line 158: every part of 本年支出合计 by its aliases, not only 基本支出
    and 项目支出). Said before any part (its clause opening the sentence, line 155), it is the whole's: 21 %, not 50 %."""
    d = sample(SAMPLE)  # 本年支出合计 6,101.24 万元
    assert run(["本年支出合计6101.24万元，其中经营支出100.00万元，主要用于一般公共服务支出（占50%）。"], d) == []
    assert brief(run(["一般公共服务支出占本年支出合计的50%，主要是项目支出。"], d)) == [("TXT011", "21%", "50%")]
