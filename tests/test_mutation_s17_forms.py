"""Lines of checks/performance_common.py and checks/performance_budget.py that session 16's mutation run did not reach
(s17mut, issue 14: `_within`, the 总额 broken down twice when no breakdown adds up), each killed on a small form built
here (tests/test_mutation_forms_recognize.form_rows: 年度资金总额 100 · 120 · 108), asserting the findings a user sees:
which line a PRF001 is on and the sum it expects."""

from __future__ import annotations

from test_mutation_s9d import _findings, _money
from test_mutation_forms_recognize import form_rows


def _prf001(findings):
    return [(f.locations[0].row_label, f.locations[0].col_label, f.expected, f.actual)
            for f in findings if f.code == "PRF001"]


# ------------------------------------------------------------------------------------------------ _within
def _project_items(start, budget, spent):
    """基本支出 · 项目支出 (the 总额's breakdown), then 其中：信息化建设 · 执法装备购置 under 项目支出 (70 · 90 · 78)."""
    return _money(("其中：基本支出", 30, 30, 30), ("项目支出", 70, 90, 78),
                  ("其中：信息化建设", start, budget[0], spent[0]), ("执法装备购置", start, budget[1], spent[1]))


def test_items_under_a_line_in_most_columns_are_its_own(tmp_path):
    """其中 items coming to no more than 项目支出 in both columns they fill are its own sub-parts (some of its projects):
    clean, though they are far from the 总额."""
    assert _prf001(_findings(tmp_path, form_rows(money=_project_items(None, (40, 30), (38, 29))))) == []


def test_items_over_a_line_in_half_their_columns_are_another_breakdown(tmp_path):
    """Under 项目支出 (90 · 78) in 全年预算数 (40 + 30 = 70) but over it in 全年执行数 (50 + 40 = 90), 年初预算数 blank:
    under in half the columns only, not in most, so they are not 项目支出's own but another breakdown of the 总额, and
    judged against it (70 ≠ 120, 90 ≠ 108); read as 项目支出's own (a tie taken for most, or the blank column counted
    as one they come under) they would be judged against 项目支出 only (90 > 78)."""
    got = _prf001(_findings(tmp_path, form_rows(money=_project_items(None, (40, 30), (50, 40)))))
    assert [(col, exp, act) for _row, col, exp, act in got] == [("预算数", "70.00", "120.00"), ("执行数", "90.00", "108.00")]


# ------------------------------------------------------------------------------ the 总额 broken down twice
def test_every_line_judged_together_names_no_breakdown(tmp_path):
    """其中：财政拨款 · 其他资金 (100 + 25 = 125) and a lone 其中：项目支出 (115): no breakdown adds up to 全年预算数 120,
    and one of them is a single line, so every line is judged together in one PRF001 — whose message then names no
    breakdown (“总额应等于其中各项之和”), as it does when it judges one of several (“（财政拨款、其他资金）”)."""
    money = _money(("其中：财政拨款", 80, 100, 90), ("其他资金", 20, 25, 18), ("其中：项目支出", 100, 115, 100))
    got = [f for f in _findings(tmp_path, form_rows(money=money)) if f.code == "PRF001"]
    assert [(f.locations[0].col_label, f.actual) for f in got] == [("预算数", "120.00")]
    assert "预算数总额应等于其中各项之和。" in got[0].message


# ------------------------------------------------------------------------------ reading the lines
def test_lines_under_a_breakdown_heading_are_named_by_their_own_labels(tmp_path):
    """'按支出用途分' printed in the column left of the lines it heads (on the first of them), the lines' names not
    known words (设备购置 · 人员培训): each line is named by its own label, never by the heading's cell."""
    from test_mutation_forms_recognize import read

    money = [[None, "年度资金总额", 100, 120, 108, 10, "90.00%", 9],
             ["按支出用途分", "设备购置", 60, 70, 65, "—", "—", "—"], [None, "人员培训", 40, 50, 43, "—", "—", "—"]]
    form = read(tmp_path, form_rows(money=money))[0]
    assert [(b.key, b.label) for b in form.budget] == [("total", "年度资金总额"), ("label:设备购置", "按支出用途分：设备购置"),
                                                       ("label:人员培训", "人员培训")]


def test_a_rate_row_under_the_budget_lines_is_no_line(tmp_path):
    """'资金到位率 | 100% | 100% | 100%' (percent cells) printed under the budget lines: a rate, not a source of money —
    not read as a line, so the 总额 still adds up (it drew three false PRF001, 101 ≠ 100, when read as one)."""
    money = [[None, "年度资金总额", 100, 120, 108, 10, "90.00%", 9], [None, "其中：财政拨款", 100, 120, 108, "—", "—", "—"],
             [None, "资金到位率", 1, 1, 1, "—", "—", "—"]]
    assert [f.code for f in _findings(tmp_path, form_rows(money=money)) if f.severity.value != "info"] == []


def test_a_source_equal_to_the_total_broken_down_again_is_judged_against_its_parts(tmp_path):
    """其中：财政拨款 (the whole 总额, 100 · 120 · 108), then 其中：市级资金 · 区级资金 (70 + 45 = 115 in 全年预算数): the
    总额 says the two are 财政拨款's own sub-parts (财政拨款 alone adds up to it: every line its sub-part), so they are
    judged against it — PRF001 on 财政拨款, 115 ≠ 120 — not left out as a breakdown no reading explains."""
    money = _money(("其中：财政拨款", 100, 120, 108), ("其中：市级资金", 60, 70, 63), ("区级资金", 40, 45, 45))
    assert _prf001(_findings(tmp_path, form_rows(money=money))) == [("其中：财政拨款", "预算数", "115.00", "120.00")]
