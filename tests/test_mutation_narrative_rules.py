"""The TXT rules of checks/narrative.py on more edges (issue 14: they kill its mutants): every claim of a paragraph is
judged after one that cannot be or one that was a cut figure; a 类 is compared with itself only within one list."""

from __future__ import annotations

from test_mutation_narrative import judge


def brief(findings):
    return [(f.code, f.severity.value, f.expected, f.actual) for f in findings]


def test_each_amount_is_judged_after_one_without_a_table_figure_or_a_cut_one(sample_disclosure):
    d = sample_disclosure("2019")  # 公开01表 has no 上级补助收入 row; 总计 6598.33, 本年收入合计 6063.99
    assert brief(judge(["本部门2019年度上级补助收入5万元，收支总计6598.4万元。"], d)) == [
        ("TXT001", "error", "6598.33", "6598.4")]
    assert brief(judge(["本部门2019年度本年收入合计6063.9万元，收支总计6598.4万元。"], d)) == [
        ("TXT001", "error", "6598.33", "6598.4"), ("TXT010", "warning", "6064.0", "6063.9")]


LIST = "2019年度{}{}万元，主要用于以下方面：社会保障和就业（类）支出{}万元。"


def test_a_class_is_compared_with_itself_within_the_same_list_only():
    (f,) = judge([LIST.format("财政拨款支出", 100, 10), LIST.format("财政拨款支出", 100, 12)])
    assert brief([f]) == [("TXT002", "error", "10", "12")]
    assert f.message == ("文中“社会保障和就业支出12万元”与第1段的“社会保障和就业支出10万元”说的是同一项（社会保障和就业支出），"
                         "金额却不同：12 与 10，相差 2.00。")
    # whose spending differs (财政拨款支出 vs 本年支出合计): two figures, not one stated twice
    assert judge([LIST.format("财政拨款支出", 100, 10), LIST.format("本年支出合计", 200, 12)]) == []
    # a 类 outside any list is not known to be the same figure; the amounts after it are still compared
    assert judge(["社会保障和就业（类）支出10万元。", "社会保障和就业（类）支出12万元。"]) == []
    assert brief(judge(["社会保障和就业（类）支出10万元。本年收入合计100万元。", "本年收入合计90万元。"])) == [
        ("TXT002", "error", "100", "90")]


def test_a_figure_stated_alike_twice_then_otherwise_is_reported():
    assert brief(judge(["本年收入合计100万元。", "本年收入合计100.0万元。", "本年收入合计90万元。"])) == [
        ("TXT002", "error", "100", "90")]


GROWTH = "本部门2019年度收支总计6634.67万元，比上年增加208.1万元，增长{}。"


def test_growth_rate_on_last_years_base_from_the_sentences_amount():
    assert judge([GROWTH.format("3.24%")]) == [] and judge([GROWTH.format("3.2%")]) == []
    (f,) = judge([GROWTH.format("3.5%")])
    assert brief([f]) == [("TXT003", "error", "3.2%", "3.5%")]
    assert f.message == ("文中“增长3.5%”与增减额不符：208.1 ÷ 上年数 6426.57（6634.67 − 208.1）= 3.24%；"
                         "以本年数为分母也只有 3.14%。")
    (w,) = judge([GROWTH.format("3.14%")])
    assert brief([w]) == [("TXT004", "warning", "3.24%", "3.14%")]
    assert w.message == ("文中“增长3.14%”：208.1 ÷ 6634.67 = 3.14%，以本年数为分母；按上年数 6426.57（6634.67 − 208.1）"
                         "计算应为 3.24%。")


def test_growth_rate_on_this_years_amount_from_the_tables_or_said_earlier(sample_disclosure):
    d = sample_disclosure("2019")  # 总计 6598.33
    assert judge(["本部门2019年度收支总计比上年增加200万元，增长3.13%。"], d) == []
    (f,) = judge(["本部门2019年度收支总计比上年增加200万元，增长3.5%。"], d)
    assert brief([f]) == [("TXT003", "error", "3.1%", "3.5%")]
    assert f.message == ("文中“增长3.5%”与增减额不符：200 ÷ 上年数 6398.33（6598.33 − 200）= 3.13%；以本年数为分母也只有 "
                         "3.03%。")
    earlier = ["本部门2019年度本年收入合计100万元。", "本年收入合计比上年增加10万元，增长{}。"]
    assert judge([earlier[0], earlier[1].format("11.11%")]) == []
    (e,) = judge([earlier[0], earlier[1].format("15%")])
    assert brief([e]) == [("TXT003", "error", "11%", "15%")]
    assert e.message == "文中“增长15%”与增减额不符：10 ÷ 上年数 90（100 − 10）= 11.11%；以本年数为分母也只有 10.00%。"
    assert judge(["本部门2019年度本年收入合计比上年增加10万元，增长15%。"]) == []  # no amount this year anywhere


def test_a_rate_is_judged_after_changes_that_cannot_be():
    # no 比上年/比预算; words of contrary direction (TXT006's); no amount for this year: none is TXT003's, the last is
    texts = ["本部门2019年度本年收入合计100万元，增加10万元，增长50%。", "机关运行经费比上年增加2万元，下降5%。",
             "某某费用比上年增加3万元，增长30%。", GROWTH.format("3.5%")]
    assert [(f.code, f.locations[0].paragraph) for f in judge(texts)] == [("TXT003", 4), ("TXT006", 2)]


def test_no_rate_on_a_zero_base_and_a_cut_rate():
    (z,) = judge(["本部门2019年度本年支出合计10万元，比上年增加10万元，增长100%。"])
    assert brief([z]) == [("TXT005", "warning", None, "100%")]
    assert z.message == "文中“增长100%”：增减额 10万元 等于本年数（文中 10万元），上年数为零，不能计算增长率。"
    (t,) = judge([GROWTH.format("3.23%")])
    assert brief([t]) == [("TXT010", "warning", "3.24%", "3.23%")]
    assert t.message == "文中“增长3.23%”：208.1 ÷ 上年数 6426.57 = 3.24%，文中的数是截断而不是四舍五入的结果，应为 3.24%。"


def test_a_share_of_the_lead_within_rounding_and_not():
    text = "本部门2019年度本年支出合计100万元，其中：基本支出80万元，占80%；项目支出20万元，占{}。"
    assert judge([text.format("19%")]) == [] and judge([text.format("20%")]) == []  # 19.5 … 20.5 ÷ 99.5 … 100.5
    (f,) = judge([text.format("25%")])
    assert brief([f]) == [("TXT011", "error", "20%", "25%")]
    assert f.message == "文中“占25%”与金额不符（项目支出）：20 ÷ 100（文中本年支出合计）= 20.00%。"


def test_completion_against_the_budget_the_tables_print(sample_disclosure):
    d = sample_disclosure("2019")  # 公开07表 “三公”经费: 决算 3.68, 预算 7.50
    assert judge(["本部门2019年度“三公”经费支出3.68万元，完成预算的49.07%。"], d) == []
    (f,) = judge(["本部门2019年度“三公”经费支出3.68万元，完成预算的50%。"], d)
    assert brief([f]) == [("TXT012", "error", "49%", "50%")]
    assert f.message == "文中“完成预算的50%”与决算数、预算数不符：3.68 ÷ 公开07表「预算数」 7.50 = 49.07%。"


def test_an_amount_against_the_sum_of_its_parts():
    text = "2019年度财政拨款基本支出{}万元，其中：人员经费40万元，公用经费10万元。"
    for total in ("50", "50.4", "51"):  # 40 + 10 stands for 49 … 51
        assert judge([text.format(total)]) == [], total
    (f,) = judge([text.format("55")])
    assert brief([f]) == [("TXT007", "error", "50", "55")]
    assert f.message == "文中“财政拨款基本支出55万元”，而文中所说各组成部分之和为 人员经费 40万元 + 公用经费 10万元 = 50，相差 5.00。"
    assert len(f.locations) == 3


def test_a_fall_adds_the_change_back_for_last_years_base():
    fall = "本部门2019年度收支总计6426.57万元，比上年减少208.1万元，下降{}。"
    assert judge([fall.format("3.14%")]) == []
    (f,) = judge([fall.format("3.5%")])
    assert brief([f]) == [("TXT003", "error", "3.1%", "3.5%")]
    assert f.message == ("文中“下降3.5%”与增减额不符：208.1 ÷ 上年数 6634.67（6426.57 + 208.1）= 3.14%；"
                         "以本年数为分母也只有 3.24%。")
    (w,) = judge([fall.format("3.24%")])
    assert w.message == ("文中“下降3.24%”：208.1 ÷ 6426.57 = 3.24%，以本年数为分母；按上年数 6634.67（6426.57 + 208.1）"
                         "计算应为 3.14%。")
    (z,) = judge(["本部门2019年度机关运行经费支出0万元，比上年减少5万元，下降50%。"])  # no rate on this year's 0
    assert z.message == "文中“下降50%”与增减额不符：5 ÷ 上年数 5（0 + 5）= 100.00%。"


def test_direction_against_the_budget_only_for_budget_comparisons(sample_disclosure):
    d = sample_disclosure("2019")  # 公开07表 “三公”经费: 决算 3.68 < 预算 7.50; 本年收入合计 has no 预算数
    assert judge(["本部门2019年度“三公”经费支出3.68万元，比上年增加1万元。"], d) == []  # 上年, not 预算
    texts = ["本部门2019年度本年收入合计6063.99万元，比预算增加10万元。", "机关运行经费比上年增加2万元，下降5%。",
             "本部门2019年度“三公”经费支出3.68万元，较预算增加3.82万元。"]
    found = judge(texts, d)
    assert [(f.code, f.locations[0].paragraph) for f in found] == [("TXT006", 2), ("TXT006", 3)]
    assert found[1].message == "文中“增加3.82万元”：公开07表「决算数」决算数 3.68小于预算数 7.50，应为“减少3.82万元”。"
    assert [f.locations[0].paragraph for f in judge([texts[2].replace("增加", "减少"), texts[2]], d)] == [2]


def test_parts_stated_in_another_paragraph_once_this_years_only():
    (f,) = judge(["18个项目涉及资金5万元。2019年度财政拨款基本支出55万元。", "人员经费40万元，公用经费10万元。",
                  "2018年度人员经费30万元。"])
    assert (f.code, f.expected, f.actual, [loc.paragraph for loc in f.locations]) == ("TXT007", "50", "55", [1, 2, 2])
    # a part stated twice elsewhere: which one is meant is not known, nothing is judged
    assert judge(["2019年度财政拨款基本支出55万元。", "人员经费40万元，公用经费10万元。", "人员经费41万元。"]) == []
    # the parts in the total's own paragraph are the ones meant
    (g,) = judge(["2019年度财政拨款基本支出55万元，其中：人员经费40万元，公用经费10万元。", "人员经费41万元，公用经费11万元。"])
    assert (g.expected, [loc.paragraph for loc in g.locations]) == ("50", [1, 1, 1])


def test_all_parts_fall_or_rise_is_said_only_when_each_does():
    base = "2019年度财政拨款基本支出比上年{}10万元，其中：人员经费{}，公用经费{}。"
    (rise,) = judge([base.format("减少", "增加0.5万元", "增加0.3万元")])
    assert "：各组成部分都增加，合计却说减少；" in rise.message and rise.expected == "+0.8"
    (flat,) = judge([base.format("增加", "减少5万元", "无变化")])  # one part did not fall
    assert "都减少" not in flat.message and flat.expected == "-5.00"
