"""recognize/forms.py and checks/performance_common.py lines earlier mutation runs left with survivors (s18mut, issue
14; s17mut's README row), killed on small forms built here (the held-out forms of tests/test_forms_heldout_s15.py),
asserting what is read (a rate, a line) or the findings a user sees."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_forms_heldout_s11 import Txt, xlsx_file
from test_forms_heldout_s15 import GX_MONEY, form_gx


def _gx_small(tmp_path: Path, budget: str, spent: str, rate: str):
    """GX's form for a small project: 资金总额 `budget` (年初 and 全年, all 财政资金, nothing carried over), `spent`
    spent, `rate` written under '执行率' (no '%'), score 0."""
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    money = [list(m) for m in GX_MONEY]
    money[0][1] = money[0][2] = money[1][1] = money[1][2] = budget
    money[2][2] = money[2][3] = ""
    money[0][3] = money[1][3] = spent
    money[0][5], money[0][6] = Txt(rate), "0"
    path, _pins = xlsx_file(tmp_path, form_gx(money=money, total="83.5"))
    return recognize(read_workbook(path)).forms[0].budget[0].cells["rate"]


@pytest.mark.parametrize("budget, rate", [("1.00", "1.0"), ("0.80", "1.3"), ("1.20", "0.8")])
def test_a_text_rate_of_a_project_of_about_one_wan_yuan_is_read_by_its_amounts(tmp_path, budget, rate):
    """0.01 万元 spent of a 1.00 (0.80, 1.20) 万元 project: about 1 %, so '1.0' ('1.3', '0.8') under 执行率 is that
    percent, not 100 % (forms._percent_if_the_amounts_say_so: only a 预算数 of 0 leaves the rate as written)."""
    got = _gx_small(tmp_path, budget, "0.01", rate)
    assert (got.value, got.percent) == (Decimal(rate), True)



def _gx_label_twice():
    from test_forms_heldout_s11 import L
    from test_mutation_s16_forms import _edit_first_row

    return _edit_first_row(form_gx(), ["项目名称", "项目名称", "省级职业技能大赛"] + [L] * 7)


def _zj_department_and_unit():
    from test_forms_heldout_s11 import L
    from test_forms_heldout_s15 import form_zj
    from test_mutation_s16_forms import _edit_first_row

    return _edit_first_row(form_zj(), ["部门名称", "浙江省某市司法局", L, L, L, "单位名称", "浙江省某市司法局机关", L, L, L])


@pytest.mark.parametrize("left, names", [
    (_gx_label_twice, ["省级职业技能大赛", "既有多层住宅加装电梯补贴"]),
    (_zj_department_and_unit, ["浙江省某市司法局", "既有多层住宅加装电梯补贴"])], ids=["label-twice", "dept-and-unit"])
def test_a_form_with_two_name_labels_on_its_first_row_beside_another_form_is_read_apart(tmp_path, left, names):
    """A form whose first row holds two name labels of its own (GX's 项目名称 written again in the next cell, a merged
    label exported unmerged; ZJ's 部门名称 and 单位名称 side by side), printed left of 上海's form: alone each reads
    clean (tests/test_mutation_s16_forms 'GX-name-label-twice', 'ZJ-department-and-unit'), and so must the pair: two
    forms, each its own name, no error. (Before: one form '省级职业技能大赛既有多层住宅加装电梯补贴' with false PRF102
    and PRF104; ZJ cut at its 单位名称 column, six false errors.)"""
    from test_forms_heldout_s15 import form_sh, side_by_side_file
    from test_pdf_heldout import Options, check_file
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path, _pins = side_by_side_file(tmp_path, left(), form_sh())
    assert [f.project.text for f in recognize(read_workbook(path)).forms] == names
    _status, found = check_file(path, Options())
    assert [f.code for f in found if f.severity.value == "error"] == []


# ------------------------------------------- performance_common: a line broken down again inside a breakdown
def _prf001(tmp_path, *lines):
    """PRF001 (line, column, expected, actual) of tests/test_mutation_forms_recognize's form whose 年度资金总额
    (100 · 120 · 108) is broken down into `lines` (label, 年初预算数, 全年预算数, 全年执行数)."""
    from test_mutation_forms_recognize import form_rows
    from test_mutation_s9d import _findings, _money

    return [(f.locations[0].row_label, f.locations[0].col_label, f.expected, f.actual)
            for f in _findings(tmp_path, form_rows(money=_money(*lines))) if f.code == "PRF001"]


CENTRAL_LOCAL = ("其中：中央财政资金", 60, 70, 65)
OTHER = ("其他资金", 20, 20, 18)


@pytest.mark.parametrize("levels", [((10, 20, 15), (10, 10, 10)), ((10, None, 15), (10, None, 10))],
                         ids=["every column", "全年预算数 blank"])
def test_a_line_broken_down_again_then_the_breakdown_going_on_is_clean(tmp_path, levels):
    """中央财政资金 · 地方财政资金 / 其中：省级 · 市县级 / 其他资金 (performance_common._own_then_on: 地方's own 其中,
    then the 总额's breakdown goes on): every sum holds, nothing is reported — also where the 省级 and 市县级 lines
    leave 全年预算数 blank (a column one side leaves blank says nothing: `_fit`)."""
    (a1, b1, c1), (a2, b2, c2) = levels
    assert _prf001(tmp_path, CENTRAL_LOCAL, ("地方财政资金", 20, 30, 25), ("其中：省级", a1, b1, c1),
                   ("市县级", a2, b2, c2), OTHER) == []


def test_three_items_under_a_line_coming_to_less_than_it_are_its_own(tmp_path):
    """其中：基本支出 · 项目支出, then 其中：信息化建设 · 执法装备购置 · 会议费 under 项目支出 (35 · 75 · 72 within its
    70 · 90 · 78: some of its projects, performance_common._within): clean, not another breakdown of the 总额."""
    assert _prf001(tmp_path, ("其中：基本支出", 30, 30, 30), ("项目支出", 70, 90, 78), ("其中：信息化建设", 20, 40, 38),
                   ("执法装备购置", 10, 30, 29), ("会议费", 5, 5, 5)) == []


@pytest.mark.parametrize("wrong, want", [
    ({"市县级": 11}, [("地方财政资金", "执行数", "26.00", "25.00")]),
    ({"其他资金": 19}, [("年度资金总额", "执行数", "109.00", "108.00")])], ids=["own part", "breakdown"])
def test_one_wrong_figure_under_a_line_broken_down_again_draws_one_prf001(tmp_path, wrong, want):
    """The clean form above with one 执行数 wrong (市县级 11: 15 + 11 = 26 ≠ 地方 25; or 其他资金 19: 65 + 25 + 19 = 109
    ≠ 108): one PRF001, on the sum that does not hold; the other columns add up and draw nothing."""
    lines = [CENTRAL_LOCAL, ("地方财政资金", 20, 30, 25), ("其中：省级", 10, 20, 15), ("市县级", 10, 10, 10), OTHER]
    lines = [(label, a, b, wrong.get(label.removeprefix("其中："), c)) for label, a, b, c in lines]
    assert _prf001(tmp_path, *lines) == want
