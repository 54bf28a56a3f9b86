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


@pytest.mark.xfail(reason="s18mut found (forms._side_by_side_forms, s18forms' file): the first two name labels of a row "
                          "are taken for the two forms' labels; here both are the left form's (项目名称 written twice; "
                          "部门名称 and 单位名称 on one row), so the pair is read as one form, or cut at the left form's "
                          "单位名称: false PRF102/PRF104, or PRF202/CEL001/PRF104", strict=False)
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
