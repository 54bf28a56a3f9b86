"""checks/budget_items.py (issue 14, README "变异测试"; first measured in session 23): a 预算's 科目 paragraph whose later
sentence restates this year's budget (TXT002) and a 科目 path its tables do not have (TXT030), each paragraph judged in
memory beside the 上海 部门 sample (2080506 机关事业单位职业年金缴费支出 52.31; 21011 行政事业单位医疗 with only
2101101 行政单位医疗 61.23 and 2101102 事业单位医疗 20.81 under it). The messages are asserted whole: the arithmetic a
clerk redoes is the finding."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from test_narrative_budget_heldout11 import SHANGHAI, _alone
from test_narrative_heldout11 import FINAL

HEADING = "财政拨款支出主要内容如下："
PENSION = "1.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”52.31万元，主要用于缴纳职业年金。"


def found(text, base=SHANGHAI, heading=HEADING):
    return _alone(base, text, heading)


def test_a_restated_budget_that_is_another_amount():
    """“2026年预算安排104.62万元” in the 科目's paragraph (the line above's, copied): TXT002 against the 52.31 its first
    sentence gave, and the sentence's rate shown to fit 52.31 — the restated amount is the slip."""
    got = found(PENSION + "2025年当年预算执行数为49.15万元，2026年预算安排104.62万元，比2025年预算执行数增加6.43%。")
    assert got == [
        ("TXT002", "文中“2026年预算安排104.62万元”说的是本段第1句的“机关事业单位职业年金缴费支出（项）”（52.31万元），金额"
                   "却不同：104.62 与 52.31，相差 52.31；同句的增加6.43%是按 52.31 算的：（52.31 − 49.15）÷ 49.15 = 6.43%。"),
        ("TXT003", "文中“增加6.43%”与同一句所说的两个数不符：（104.62 − 49.15）÷ 49.15 = 112.86%。")]


def test_a_restated_fall_names_the_rate_it_fits():
    got = found(PENSION + "2025年当年预算执行数为60.00万元，2026年预算安排44.62万元，比2025年预算执行数减少12.82%。")
    assert got[0] == ("TXT002", "文中“2026年预算安排44.62万元”说的是本段第1句的“机关事业单位职业年金缴费支出（项）”"
                                "（52.31万元），金额却不同：44.62 与 52.31，相差 -7.69；同句的减少12.82%是按 52.31 算的：（52.31"
                                " − 60.00）÷ 60.00 = 12.82%。")


@pytest.mark.parametrize("rest", [
    "2025年当年预算执行数为49.15万元，2026年预算安排104.62万元，比2025年预算执行数增加50.00%。",  # the rate fits neither
    "2025年当年预算执行数为0万元，2026年预算安排104.62万元，比2025年预算执行数增加100.00%。",  # no base to reckon from
])
def test_no_rate_hint_where_the_rate_does_not_tell(rest):
    got = found(PENSION + rest)
    assert got[0] == ("TXT002", "文中“2026年预算安排104.62万元”说的是本段第1句的“机关事业单位职业年金缴费支出（项）”"
                                "（52.31万元），金额却不同：104.62 与 52.31，相差 52.31。")


@pytest.mark.parametrize("text", [
    PENSION + "2025年当年预算执行数为49.15万元，2026年预算安排52.31万元，比2025年预算执行数增加6.43%。",  # the same amount
    PENSION + "2025年预算安排104.62万元。",  # last year's budget: no restatement
    PENSION + "\n2026年预算安排104.62万元。",  # the next paragraph: of no 科目 said there
    "1.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”52.31万元，2026年预算安排104.62"
    "万元。",  # in the 科目's own sentence: not a later sentence restating it
])
def test_no_restatement_drawn(text):
    assert [c for c, _m in found(text)] == []


def test_a_decision_not_a_budget_leaves_restatements_alone():
    """A 决算's 科目 paragraph (the 2019 sample's 行政运行 412.35) saying “2019年预算安排500.00万元” later: a 决算 states
    its budget beside what was spent, so the sentence is no restatement of the 科目's amount."""
    text = "1.一般公共服务支出（类）人力资源事务（款）行政运行（项）412.35万元，主要用于机关运转。2019年预算安排500.00万元。"
    assert [c for c, _m in found(text, FINAL, "（三）一般公共预算财政拨款支出决算具体情况")
            if c == "TXT002"] == []


def test_a_path_whose_item_the_table_does_not_have():
    """公务员医疗补助 is no 项 under 21011 in the 上海 table: TXT030 names the 项 there and the one the amount fits."""
    got = found("1.“卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）”20.81万元，主要用于医疗保险缴费。")
    assert got == [("TXT030", "文中“卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）”在《一般公共预算支出功能分类预算表》"
                              "中找不到：「21011 行政事业单位医疗」之下没有名为“公务员医疗补助”的项（其下的项为 2101101 行政单位"
                              "医疗、2101102 事业单位医疗）；文中的金额 20.81万元 与「2101102 事业单位医疗」相符。科目名称与公开表"
                              "不一致，这一项的金额未能核对。")]


def test_a_path_whose_kuan_is_its_category_again():
    """“卫生健康支出（类）卫生健康支出（款）行政单位医疗（项）”: no 款 of that name under 210; where each name is in the
    table, and the 项 the amount fits."""
    got = found("1.“卫生健康支出（类）卫生健康支出（款）行政单位医疗（项）”61.23万元，主要用于在职人员医疗保险。")
    assert got == [("TXT030", "文中“卫生健康支出（类）卫生健康支出（款）行政单位医疗（项）”在《一般公共预算支出功能分类预算表》"
                              "中找不到：「210 卫生健康支出」之下没有名为“卫生健康支出”的款（其下的款为 21011 行政事业单位医疗）；"
                              "“卫生健康支出”是类 210，“行政单位医疗”是项 2101101；文中的金额 61.23万元 与「2101101 行政单位医疗」"
                              "相符。科目名称与公开表不一致，这一项的金额未能核对。")]


def test_a_kuan_path_is_judged_only_with_its_category_written():
    """A two-level path: judged when its 类 is written in the sentence; a 款 named alone under a 类 heading is not
    (it may be an economic 款, “（8）会议费（款）”)."""
    got = found("1.“卫生健康支出（类）公务员医疗补助（款）”20.81万元，主要用于医疗保险缴费。")
    assert got == [("TXT030", "文中“卫生健康支出（类）公务员医疗补助（款）”在《一般公共预算支出功能分类预算表》中找不到：「210 卫生"
                              "健康支出」之下没有名为“公务员医疗补助”的款（其下的款为 21011 行政事业单位医疗）。科目名称与公开表不"
                              "一致，这一项的金额未能核对。")]
    assert found("1.公务员医疗补助（款）20.81万元，主要用于医疗保险缴费。") == []


def test_a_kuan_under_a_category_heading_is_not_judged():
    """“（六）卫生健康支出（类）” as the heading, then “1.公务员医疗补助（款）…”: the 类 comes from the heading, not the
    sentence, and the 款 named alone may be an economic 款 — not judged (fails when the 款's name is what is looked for
    in the sentence: it always is)."""
    assert found("1.公务员医疗补助（款）20.81万元，主要用于医疗保险缴费。", heading="（六）卫生健康支出（类）") == []


def test_a_path_of_another_category_does_not_end_the_search():
    """A 科目 whose 类 the tables do not print (教育支出: not this department's) is no business of TXT030 here; the
    misnamed path in the next paragraph is still reported."""
    got = found("1.“教育支出（类）普通教育（款）小学教育（项）”10.00万元，主要用于学校运转。\n"
                "2.“卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）”20.81万元，主要用于医疗保险缴费。")
    assert [c for c, _m in got] == ["TXT030"] and "公务员医疗补助" in got[0][1]


def test_a_restatement_that_ends_its_sentence():
    """“…，2026年预算安排104.62万元。” as the sentence's last clause keeps its full stop: still a restatement (before
    session 23 the stop kept the clause from matching, and the copied amount drew nothing)."""
    got = found(PENSION + "2025年当年预算执行数为49.15万元，2026年预算安排104.62万元。")
    assert got == [("TXT002", "文中“2026年预算安排104.62万元”说的是本段第1句的“机关事业单位职业年金缴费支出（项）”"
                              "（52.31万元），金额却不同：104.62 与 52.31，相差 52.31。")]
    assert found(PENSION + "2025年当年预算执行数为49.15万元，2026年预算安排52.31万元。") == []


def test_a_budget_clause_of_another_shape_does_not_end_the_search():
    """“预算安排为52.31万元” (no year: no restatement read) before the copied “2026年预算安排104.62万元”: the later one
    is still judged."""
    got = found(PENSION + "2025年当年预算执行数为49.15万元，预算安排为52.31万元，2026年预算安排104.62万元。")
    assert [c for c, _m in got] == ["TXT002"] and "2026年预算安排104.62万元" in got[0][1]


_SIX: list[Path] = []


def six_under_medical() -> Path:
    """The 上海 sample with four more 项 under 21011 in its 功能分类 table, their amounts left blank: six in all."""
    if not _SIX:
        from openpyxl import load_workbook

        wb = load_workbook(SHANGHAI)
        ws = wb["部门一般公共预算拨款表"]
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=22, max_row=ws.max_row)]
        ws.unmerge_cells("A25:D25")
        extra = [[210, "11", f"{k:02d}", name, None, None, None] for k, name in
                 [(3, "离休人员医疗"), (4, "退休人员医疗"), (5, "在职人员医疗"), (6, "其他人员医疗")]]
        for i, row in enumerate(extra + rows, 22):
            for j, v in enumerate(row, 1):
                ws.cell(i, j).value = v  # (ws.cell(i, j, None) would leave the old value)
        ws.merge_cells(f"A{21 + len(extra) + len(rows)}:D{21 + len(extra) + len(rows)}")
        path = Path(tempfile.mkdtemp(prefix="s23mut-")) / "六项.xlsx"
        wb.save(path)
        _SIX.append(path)
    return _SIX[0]


def test_six_rows_under_the_parent_are_all_named():
    """Six 项 under 21011: all six listed, no “等” (that is for more than six); the four printed without an amount
    fit no amount of the text (and the one that does is still named)."""
    got = found("1.“卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）”20.81万元，主要用于医疗保险缴费。",
                base=six_under_medical())
    assert [c for c, _m in got] == ["TXT030"]
    assert "（其下的项为 2101101 行政单位医疗、2101102 事业单位医疗、2101103 离休人员医疗、2101104 退休人员医疗、" \
           "2101105 在职人员医疗、2101106 其他人员医疗）；文中的金额 20.81万元 与「2101102 事业单位医疗」相符。" in got[0][1]


@pytest.mark.parametrize("said", ["20.812", "20.811"])
def test_an_amount_whose_rounding_just_reaches_the_tables(said):
    """The table's 208,115 元 is 20.8115 万元: “20.812万元” (20.8115–20.8125) and “20.811万元” (20.8105–20.8115) both
    include it at an end of their interval, so the text's amount fits 2101102 (rounding is not an error)."""
    got = found(f"1.“卫生健康支出（类）行政事业单位医疗（款）公务员医疗补助（项）”{said}万元，主要用于医疗保险缴费。")
    assert f"；文中的金额 {said}万元 与「2101102 事业单位医疗」相符。" in got[0][1], got


def test_a_decisions_path_is_reported_only_when_the_text_marks_the_name():
    """In a 决算 (the 2019 sample: 201 has only 20110 人力资源事务) a 款 the table lacks is reported when the text
    writes it as a 款 (“信息化建设（款）”); listed unmarked after its 类 it may be a project, and is not (`_marked`)."""
    heading = "（三）一般公共预算财政拨款支出决算具体情况"
    got = found("1.一般公共服务支出（类）1303.58万元，其中：信息化建设（款）300.00万元。", FINAL, heading)
    assert [c for c, _m in got] == ["TXT030"] and "没有名为“信息化建设”的款（其下的款为 20110 人力资源事务）" in got[0][1]
    assert found("1.一般公共服务支出（类）1303.58万元，其中：信息化建设300.00万元。", FINAL, heading) == []
    # an unmarked one first does not end the search: the marked one after it is still reported
    got = found("1.一般公共服务支出（类）1303.58万元，其中：信息化建设300.00万元。\n"
                "2.一般公共服务支出（类）1303.58万元，其中：财政事务（款）300.00万元。", FINAL, heading)
    assert [c for c, _m in got] == ["TXT030"] and "“财政事务”的款" in got[0][1]
