"""A blank 年度资金总额 cell on a form whose total is broken down twice (其中：财政拨款 · 其他资金, then 其中：基本支出 ·
项目支出): the total each breakdown says, not the sum of both (s9mutD found PRF001 expecting 240.00 for a 120.00 total,
and PRF004 / PRF107 judging the execution rate against that 240)."""

from __future__ import annotations

from test_mutation_s9d import TWO_BREAKDOWNS, _findings, _money
from test_mutation_forms_recognize import form_rows


def _blank(money, col=3):
    money[0][col] = None
    return money


def test_a_blank_total_of_two_breakdowns_is_what_each_says(tmp_path):
    found = _findings(tmp_path, form_rows(money=_blank(_money(*TWO_BREAKDOWNS))))
    blank = [f for f in found if f.code == "PRF001"]
    assert [(f.expected, f.locations[0].col_label) for f in blank] == [("120.00", "预算数")]
    assert "按其中各项应为 120.00" in blank[0].message
    assert [f.code for f in found if f.code in ("PRF004", "PRF107")] == []  # 108 ÷ 120 = 90 %, as the form says


def test_a_blank_total_of_one_breakdown_written_with_two_qizhong_is_their_sum(tmp_path):
    """“其中：财政拨款 100 · 120 · 108” and “其中：其他资金 20 · 10 · 5”: two lines each written with 其中 are one
    breakdown when they do not each make the same total: the blank 总额 is their sum."""
    money = _blank(_money(("其中：财政拨款", 100, 110, 100), ("其中：其他资金", 0, 10, 8)))
    found = _findings(tmp_path, form_rows(money=money))
    assert [f.expected for f in found if f.code == "PRF001"] == ["120.00"]


def test_a_total_written_after_its_colon_above_a_filler_line_is_read(tmp_path):
    """“自评总分：95” on its own line under the indicators, then “填报人：张三”: the inline total closes the indicator
    table and is read (it was taken for an indicator row, and 总分 reported missing: a false PRF202)."""
    clean = _findings(tmp_path, form_rows(total=["自评总分：95"]) + [["填报人：张三"]], "clean.xlsx")
    assert [f.code for f in clean if f.severity.value != "info"] == []
    wrong = _findings(tmp_path, form_rows(total=["自评总分：95.8"]) + [["填报人：张三"]], "wrong.xlsx")
    assert [(f.code, f.expected) for f in wrong if f.severity.value != "info"] == [("PRF104", "95")]
