"""The TXT rules of checks/narrative.py on more edges (issue 14: they kill its mutants): every claim of a paragraph is
judged after one that cannot be or one that was a cut figure; a 类 is compared with itself only within one list."""

from __future__ import annotations

from test_mutation_narrative import judge


def brief(findings):
    return [(f.code, f.severity.value, f.expected, f.actual) for f in findings]


def test_each_amount_is_judged_after_one_without_a_table_figure_or_a_cut_one(sample_disclosure):
    d = sample_disclosure("2019")  # 公开01表 has no 上级补助收入 row; 总计 6598.33, 本年收入合计 6063.99
    assert brief(judge(["本部门2019年度上级补助收入5万元，收支总计6598.4万元。"], d)) == [
        ("TXT001", "error", "6598.33", "6598.4万元")]
    assert brief(judge(["本部门2019年度本年收入合计6063.9万元，收支总计6598.4万元。"], d)) == [
        ("TXT001", "error", "6598.33", "6598.4万元"), ("TXT010", "warning", "6064.0", "6063.9万元")]


LIST = "2019年度{}{}万元，主要用于以下方面：社会保障和就业（类）支出{}万元。"


def test_a_class_is_compared_with_itself_within_the_same_list_only():
    (f,) = judge([LIST.format("财政拨款支出", 100, 10), LIST.format("财政拨款支出", 100, 12)])
    assert brief([f]) == [("TXT002", "error", "10万元", "12万元")]
    assert f.message == ("文中“社会保障和就业支出12万元”与第1段的“社会保障和就业支出10万元”说的是同一项（社会保障和就业支出），"
                         "金额却不同：12 与 10，相差 2.00。")
    # whose spending differs (财政拨款支出 vs 本年支出合计): two figures, not one stated twice
    assert judge([LIST.format("财政拨款支出", 100, 10), LIST.format("本年支出合计", 200, 12)]) == []
    # a 类 outside any list is not known to be the same figure; the amounts after it are still compared
    assert judge(["社会保障和就业（类）支出10万元。", "社会保障和就业（类）支出12万元。"]) == []
    assert brief(judge(["社会保障和就业（类）支出10万元。本年收入合计100万元。", "本年收入合计90万元。"])) == [
        ("TXT002", "error", "100万元", "90万元")]


def test_a_figure_stated_alike_twice_then_otherwise_is_reported():
    assert brief(judge(["本年收入合计100万元。", "本年收入合计100.0万元。", "本年收入合计90万元。"])) == [
        ("TXT002", "error", "100万元", "90万元")]
