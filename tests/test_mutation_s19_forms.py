"""Session 18's new lines in the 绩效自评表 code (recognize/forms.py, form_join.py, checks/performance_common.py) that a
mutation run left alive (s19mut, issue 14, README "变异测试"); each test fails on the mutant it names."""

from __future__ import annotations

import pytest

from test_forms_heldout_s11 import check, codes, xlsx_file
from test_forms_heldout_s18 import HUN_MONEY, form_hun


@pytest.mark.parametrize("public,code", [("350.00", None), ("360.00", "PRF001")], ids=["clean", "sub-part-wrong"])
def test_a_total_that_is_one_line_broken_down_by_two_deeper_lines(tmp_path, public, code):
    """A 部门整体 form whose 年度资金总额 is all 基本支出 (no 项目支出), 基本支出 broken down by two deeper-indented
    lines without 其中 (人员经费 · 公用经费): a breakdown of exactly three lines read as a line and its own lines.
    Kills performance_common.py line 185 `len(g) >= 3` → `> 3` (read flat: 基本支出 + 人员经费 + 公用经费 against the
    总额, 3 false PRF001 on the clean form)."""
    money = [HUN_MONEY[0], ["其中：基本支出", "2150.00", "2380.00", "2320.50", "", "", ""],
             ["　　　　人员经费", "1800.00", "2010.00", "1954.50", "", "", ""],
             ["　　　　公用经费", public, "370.00", "366.00", "", "", ""]]
    found = check(xlsx_file(tmp_path, form_hun(money=money))[0], tmp_path)
    assert codes(found) == ([code] if code else []), [(f.code, f.message) for f in found]
    assert all("基本支出应等于其中各项（人员经费、公用经费）之和" in f.message for f in found)
