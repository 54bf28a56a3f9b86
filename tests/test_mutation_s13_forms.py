"""recognize/forms.py lines of session 12 (breakdowns side by side, forms._side_by_side) measured by tools/mutate.py
in session 13 (s13mut, issue 14), on 部门整体 forms built with tests/test_forms_heldout_s12.py's builders."""

from __future__ import annotations

import pytest

from test_forms_heldout_s11 import L, U, Txt, clean, read_forms, xlsx_file
from test_forms_heldout_s12 import D_INDICATORS, D_MONEY, d_head_rows, d_tail_rows, filled

# 按收入性质分 in three parts (财政拨款 · 政府性基金 · 其他资金), 按支出性质分 in two: the third row's right half is
# “—” in each cell (nothing), as some provinces fill an empty cell
INCOME = [("其中：财政拨款", "1100.00", "1080.00"), ("政府性基金", "219.83", "216.41"), ("其他资金", "165.00", "156.20")]
SPENDING = [("其中：基本支出", "1053.63", "1050.28"), ("项目支出", "431.20", "402.33")]


def form_side_by_side(dash: str = "—", text: bool = False, repeated: bool = False):
    """text: the amounts of the parts stored as text; repeated: the header's last cell repeats 全年执行数 (a merged
    cell written again in each of its cells), its data cells merged into the 全年执行数 column before it."""
    amount = Txt if text else str
    money, indicators, total, grade = filled(D_MONEY, D_INDICATORS, None, None)
    rows = d_head_rows("某市生态环境局")
    rows.append([U, money[0][0], L, *money[0][1:], L])
    rows.append([U, "按收入性质分", L, "全年预算数", "全年执行数", "按支出性质分", L, "全年预算数", "全年执行数",
                 "全年执行数" if repeated else L])
    for k, (label, budget, spent) in enumerate(INCOME):
        right = (SPENDING[k][0], *map(amount, SPENDING[k][1:])) if k < len(SPENDING) else (dash, dash, dash)
        rows.append([U, label, L, amount(budget), amount(spent), right[0], L, right[1], right[2], L])
    rows += d_tail_rows(indicators, total, grade)
    return {"head": ["部门整体支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators), "lines": 6}


@pytest.mark.parametrize("text", [False, True], ids=["numbers", "text"])
def test_a_dash_filled_half_row_of_side_by_side_breakdowns_is_no_line(tmp_path, text):
    """The 总额 and 3 + 2 parts are read (6 lines), clean; the “—” cells beside 其他资金 are no line of the second
    breakdown (a line needs an amount; amounts stored as text are amounts)."""
    form = form_side_by_side(text=text)
    clean(xlsx_file(tmp_path, form), tmp_path, form)


def test_a_header_repeating_a_merged_column_name_reads_the_first_column(tmp_path):
    """“全年执行数” written again in the merged cell's second column: the amounts are in the first (the left one of
    two columns of one kind), as for the form's own header."""
    form = form_side_by_side(repeated=True)
    path, _ = xlsx_file(tmp_path, form)
    (got,) = read_forms(path)
    spent = {b.label: b.cells["executed"].value for b in got.budget if b.cells.get("executed") is not None}
    assert str(spent["其中：基本支出"]) == "1050.28" and str(spent["项目支出"]) == "402.33"


def test_a_blank_total_names_no_breakdown(tmp_path):
    """performance_budget.total_is_sum: a blank 总额 (broken down twice) is what its breakdowns say — the finding is
    about the 总额, not about one breakdown that does not add up: its message names none (“其中各项之和”)."""
    from test_forms_blank_total import TWO_BREAKDOWNS, _blank, _findings, _money
    from test_mutation_forms_recognize import form_rows

    (f,) = [f for f in _findings(tmp_path, form_rows(money=_blank(_money(*TWO_BREAKDOWNS)))) if f.code == "PRF001"]
    assert "总额应等于其中各项之和。总额单元格为空，按其中各项应为 120.00" in f.message, f.message


def test_a_nested_breakdown_of_three_sub_parts_is_clean(tmp_path):
    """performance_common._sub_parts: 财政拨款 broken down into 一般公共预算 · 政府性基金预算 · 国有资本经营预算 (the first
    two do not add up to it, the three do): all three are its sub-parts, 其他资金 the breakdown's next part — clean."""
    from test_forms_heldout_s11 import problems
    from test_forms_heldout_s12 import form_d
    from test_forms_review12 import BY_FUND, E
    from test_forms_support import check

    money = [list(m) for m in BY_FUND]
    money[3] = ["其中：一般公共预算", "900.00", "919.83", "900.41", *E]
    money.insert(5, ["国有资本经营预算", "100.00", "100.00", "100.00", *E])
    assert problems(check(xlsx_file(tmp_path, form_d(money=money))[0], tmp_path)) == []


def test_an_amount_after_a_qizhong_part_is_not_judged_even_when_off_the_sum(tmp_path):
    """narrative_forms._named_part: “…，其中财政拨款预算600.00万元，执行数为676.20万元” — whose 执行数 (the whole's or the
    part's) is not said: not held against the sum of the lines (686.20), even though it differs from it."""
    from test_forms_review12 import summary_doc

    assert summary_doc(tmp_path, "项目全年预算数为700.00万元，其中财政拨款预算600.00万元，执行数为676.20万元。") == []
