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
