"""Reviewer items of session 16 on 绩效自评表 (s16rev REPORT1), each test failing before its fix."""

from __future__ import annotations

import pytest

from test_forms_heldout_s11 import Pin, clean, judge, money_set, parts_wrong, xlsx_file, docx_file
from test_forms_heldout_s15 import ZJ_MONEY, form_zj

BY_SOURCE = ["其中：财政拨款", "5000.00", "5200.00", "5100.00", "", "", ""]  # one item 'of which', by source


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_lone_qizhong_after_a_complete_breakdown_is_an_item_of_the_total(tmp_path, fmt):
    """s16rev r11: 年度资金总额 · 其中：基本支出 · 项目支出 (adding up) · 其中：财政拨款 (one item by source): was 3 false
    PRF001 '总额应等于其中各项（财政拨款）之和' (the single item taken for a whole breakdown)."""
    f = form_zj(money=ZJ_MONEY + [BY_SOURCE])
    clean((xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f), tmp_path, f)


def test_a_lone_qizhong_alone_under_the_total_is_an_item_of_it(tmp_path):
    """s16rev r11: only '其中：财政拨款' under the 总额 (no other line): one item of it, not the whole (was PRF001)."""
    f = form_zj(money=[ZJ_MONEY[0], BY_SOURCE])
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def test_beside_a_lone_qizhong_the_breakdown_is_still_judged(tmp_path):
    money = parts_wrong(ZJ_MONEY, "项目支出", 3, "1594.64") + [BY_SOURCE]
    judge(xlsx_file(tmp_path, form_zj(money=money)), tmp_path, "PRF001")


def test_a_lone_qizhong_above_the_total_is_an_error(tmp_path):
    money = ZJ_MONEY + [money_set([BY_SOURCE], "其中：财政拨款", 3, "5400.00", pin=False)[0]]
    money = money_set(money, "年度资金总额", 3, Pin("5304.64"), pin=False)
    judge(xlsx_file(tmp_path, form_zj(money=money)), tmp_path, "PRF001")


@pytest.mark.parametrize("grade", ["A", "甲"])
def test_a_grade_of_no_known_scale_is_a_warning_not_an_error(tmp_path, grade):
    """Left/known of session 15: a bare letter grade ('A' at 92.5, a province's own scale) drew a PRF106 error
    '不是设置中的等级' on a form that may well be right; now a warning (still shown, never an error)."""
    from test_forms_heldout_s11 import check
    from test_forms_heldout_s15 import form_gx

    found = [f for f in check(xlsx_file(tmp_path, form_gx(grade=grade))[0], tmp_path) if f.severity.value != "info"]
    assert [(f.code, f.severity.value) for f in found] == [("PRF106", "warning")]
