"""Unit tests of the session 13 预算 text helpers (recognize/claims_budget.py, checks/budget_text.py), each edge of what
they accept: the end-to-end cases are in test_narrative_budget_heldout13.py."""

from __future__ import annotations

from types import SimpleNamespace

from govaudit.checks.budget_text import loose_item_row
from govaudit.recognize.claims_budget import _spent_this_year, bare_item, side_total, sources_whole
from govaudit.narrative_data import narrative_data


def test_bare_item_reads_a_xiang_a_kuan_and_xiang_or_a_kuan_alone():
    assert bare_item("2.事业运行(项)252.17万元") == ("", "", "事业运行")
    assert bare_item("政协事务(款)政协会议(项)1282.56万元") == ("", "政协事务", "政协会议")
    assert bare_item("行政事业单位医疗(款)82.04万元") == ("", "行政事业单位医疗")
    assert bare_item("(1)政府办公厅(室)及相关机构事务(款)行政运行(项)") == ("", "政府办公厅(室)及相关机构事务", "行政运行")
    assert bare_item("一般公共服务支出(类)政协事务(款)") is None  # (a 类 named: not bare)
    assert bare_item("事业运行252.17万元") is None
    assert bare_item("运(项)") is None  # (a name of two characters at least)


def test_sources_whole_only_in_a_budget():
    assert sources_whole("从收入来源看", "二、收入预算情况", None) == "收支预算总计"
    assert sources_whole("按支出性质分", "", "预算") == "收支预算总计"
    assert sources_whole("按资金来源分", "收入决算情况", None) is None
    assert sources_whole("从收入来源看", "收入预算与决算", None) is None
    assert sources_whole("从收入来源看", "收入预算情况", "决算") is None
    assert sources_whole("从项目看", "收入预算情况", "预算") is None


def test_spent_this_year():
    assert _spent_this_year("2026年预算数为104.62万元,2025年实际支出100.00万元。", 2026) is False
    assert _spent_this_year("预算数为104.62万元,上年决算100.00万元。", 2026) is False
    assert _spent_this_year("预算数为104.62万元,实际支出100.00万元。", 2026) is True
    assert _spent_this_year("2026年实际支出100.00万元。", 2026) is True
    assert _spent_this_year("2025年实际支出100.00万元。", None) is True  # (the text's year unknown: maybe this one's)
    assert _spent_this_year("预算数为104.62万元。", 2026) is False


def test_side_total_of_a_fund_the_sentence_opens_with():
    data = narrative_data()
    fund = side_total("支出预算", "收支预算总计", "", "", data, "2026年一般公共预算拨款收入预算1817.33万元,")
    assert fund == (data.scoped("一般公共预算财政拨款", "支出").name, True)
    assert side_total("支出预算", "收支预算总计", "", "", data, "本部门财政拨款收入预算2082.33万元,")[0] == "财政拨款支出"
    # a fund listed as a part, or in the sentence before, is not the side's
    assert side_total("支出预算", "收支预算总计", "一般公共预算拨款收入预算1817.33万元。", "", data,
                      "收入预算2129.93万元,其中一般公共预算拨款收入预算1817.33万元;") is None
    assert side_total("支出预算", "收支预算总计", "", "一般公共预算", data, "") is None
    assert side_total("支出预算", "财政拨款收支总计", "", "", data, "一般公共预算拨款收入预算1817.33万元,") is None


def _row(code, label):
    return SimpleNamespace(code=code, label=label)


def test_loose_item_row_finds_the_one_row_so_named():
    table = SimpleNamespace(rows=[_row("201", "一般公共服务支出"), _row("20103", "政府办公厅(室)及相关机构事务"),
                                  _row("2010350", "事业运行"), _row("20104", "发展与改革事务"), _row("2010401", "行政运行"),
                                  _row("2010301", "行政运行"), _row("208", "社会保障和就业支出"),
                                  _row("20805", "行政事业单位养老支出"), _row(None, "合计"), _row("x", "注")])
    core = str
    assert loose_item_row(table, ("", "", "事业运行"), core).code == "2010350"
    assert loose_item_row(table, ("", "", "行政运行"), core) is None  # two rows so named
    assert loose_item_row(table, ("", "发展与改革事务", "行政运行"), core).code == "2010401"
    assert loose_item_row(table, ("", "政府办公厅(室)及相关机构事务", "行政运行"), core).code == "2010301"
    assert loose_item_row(table, ("", "行政事业单位养老支出"), core).code == "20805"
    assert loose_item_row(table, ("", "社会保障和就业支出", "事业运行"), core) is None
    assert loose_item_row(table, ("", "", "培训费"), core) is None


def test_a_xiang_budget_beside_this_years_spending_is_not_judged():
    """“…（项）2026年预算数为X万元，实际支出Y万元” in a 2026 预算 says what was spent this year: X is not taken for the 项's
    figure (only another year's spending beside it leaves X the 项's own, as in the 陕西 case of heldout13)."""
    from test_narrative_budget_heldout11 import SHANGHAI, _alone

    head = "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）2026年预算数为106.42万元，"
    assert _alone(SHANGHAI, head + "实际支出100.00万元。", "一般公共预算拨款支出情况") == []
    assert [c for c, _m in _alone(SHANGHAI, head + "2025年实际支出100.00万元。", "一般公共预算拨款支出情况")] == ["TXT001"]
