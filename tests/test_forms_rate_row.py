"""预算执行率 scored as a row of the indicator table while the budget block's 分值/得分 columns are left blank (session
17, s17forms): the row is the form's 预算执行率 and its score is held to min(执行率, 100 %) × its weight (PRF107). The
blank budget section stood first and hid it: 20 of 20 at 95 % executed passed.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_forms_heldout_s11 import L, Pin, check, codes, dsum, read_forms, xlsx_file, where
from test_forms_heldout_s17 import GD_INDICATORS, GD_MONEY, GD_TOTAL, form_gd, pad


def form_rate_row(score):
    money = [[m[0], m[1], m[2], "", m[4], ""] for m in GD_MONEY]  # 分值 and 得分 left blank in the budget block
    f = form_gd(money=money)
    rows = f["rows"]
    rows.insert(len(rows) - 1, pad(["预算执行率", "预算执行率", "预算执行率", "100%", "95.00%", "20", score]))
    total = str(dsum([i[-1] for i in GD_INDICATORS]) + Decimal(score))
    rows[-1] = ["自评得分", L, L, L, L, "100", total, "自评等级", "优", L]
    return f


def test_clean_rate_row(tmp_path):
    path, _ = xlsx_file(tmp_path, form_rate_row("19"))
    assert codes(check(path, tmp_path)) == []
    (form,) = read_forms(path)
    assert form.rate_section.scores()[0].value == Decimal("19") and GD_TOTAL == "97"


def test_rate_row_over_its_cap(tmp_path):
    f = form_rate_row("20")
    f["rows"][-2][6] = Pin("20")
    path, pins = xlsx_file(tmp_path, f)
    found = check(path, tmp_path)
    assert codes(found) == ["PRF107"], codes(found)
    assert pins[0] in [where(x) for x in found if x.code == "PRF107"]
