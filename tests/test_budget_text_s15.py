"""预算 text, session 15 (s15budtext): a 项 named without its mark whose name is also an 经济分类 款's.

"住房公积金89.74万元" under a heading that says whose spending (“一般公共预算支出预算情况”) may be the 功能分类 项 2210201
住房公积金 or the 经济分类 款 30113 住房公积金 (a 基本支出 paragraph's); the two differ whenever some of the 公积金 is paid
from a fund other than the 一般公共预算 or from 项目支出. It is judged against the 功能分类 table only where the context
says so: a paragraph or heading that names the 功能分类, or a 类/款 heading paragraph above it; otherwise it is left
alone. Judged beside a copy of the 上海 sample whose 经济分类 table prints 30113 as 797,436 元 (津贴补贴 100,000 元 more,
the totals unchanged) while 2210201 stays 897,436 元.
"""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from openpyxl import load_workbook

from test_narrative_budget_heldout11 import JIANGSU, SHANGHAI, _alone

GENERAL = "一般公共预算支出预算情况"


@lru_cache(maxsize=None)
def split_housing_fund() -> Path:
    """The 上海 sample with 经济分类 30113 住房公积金 797,436 元 and 30102 津贴补贴 3,668,920 元 (功能分类 2210201 still
    897,436 元): 住房公积金 is 79.74 万元 by one classification and 89.74 万元 by the other."""
    wb = load_workbook(SHANGHAI)
    ws = wb["部门一般公共预算拨款基本支出明细表"]
    for row in ws.iter_rows():
        values = [c.value for c in row]
        if "住房公积金" in values or "津贴补贴" in values:
            for c in row:
                if c.value in (897436, 3568920):
                    c.value = 797436 if c.value == 897436 else 3668920
    path = Path(tempfile.mkdtemp(prefix="budget-s15-")) / "预算公开表-2026-上海部门-公积金分列.xlsx"
    wb.save(path)
    return path


def test_the_variant_prints_two_figures():
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize
    d = recognize(read_workbook(split_housing_fund()))
    economic = [r for r in d.tables["B08"].rows if r.code == "30113"]
    assert economic and economic[0].cells["total"].value == 797436


# the economic 款's figure in a paragraph whose classification is not said: right, and never judged against 2210201
UNCLEAR = [
    ("住房公积金79.74万元，主要用于按规定为职工缴存的住房公积金。", GENERAL),
    ("住房公积金79.74万元，比上年预算增加8.60万元，增长12.09%。", GENERAL),
    ("机关事业单位基本养老保险缴费104.62万元，主要用于机关事业单位基本养老保险缴费。", GENERAL),
    ("住房公积金79.74万元，主要用于按规定为职工缴存的住房公积金。", "一般公共预算基本支出预算情况"),
    ("住房公积金79.74万元。", "一般公共预算当年拨款情况"),
]


@pytest.mark.parametrize("text,heading", UNCLEAR)
def test_an_unmarked_name_of_both_classifications_is_left_alone(text, heading):
    assert _alone(split_housing_fund(), text, heading) == []


# the 功能分类 named: judged against 2210201 (89.74), right and wrong
CLEAR = [
    ("一般公共预算支出功能分类预算情况", "住房公积金89.74万元，比上年预算增加18.60万元，增长26.15%。",
     "住房公积金79.74万元，比上年预算增加18.60万元，增长26.15%。"),
    (GENERAL, "住房公积金89.74万元，为按支出功能分类的住房改革支出。", "住房公积金98.74万元，为按支出功能分类的住房改革支出。"),
    (GENERAL, "住房公积金（项）89.74万元，主要用于按规定为职工缴存的住房公积金。",
     "住房公积金（项）79.74万元，主要用于按规定为职工缴存的住房公积金。"),
    (GENERAL, "（五）住房保障支出（类）\n住房公积金89.74万元，主要用于按规定为职工缴存的住房公积金。",
     "（五）住房保障支出（类）\n住房公积金79.74万元，主要用于按规定为职工缴存的住房公积金。"),
    # a 功能分类 项 name of no 经济分类 款: judged as before
    (GENERAL, "机关事业单位基本养老保险缴费支出104.62万元，比上年预算增加4.62万元，增长4.62%。",
     "机关事业单位基本养老保险缴费支出106.42万元，比上年预算增加4.62万元，增长4.62%。"),
]


@pytest.mark.parametrize("heading,right,wrong", CLEAR)
def test_a_name_the_context_makes_a_function_item_is_judged(heading, right, wrong):
    assert _alone(split_housing_fund(), right, heading) == []
    assert "TXT001" in [c for c, _m in _alone(split_housing_fund(), wrong, heading)]


def test_jiangsu_item_under_its_category_heading_is_judged():
    """江苏: "（三）住房保障支出（类）" heading the paragraph, the 项 named bare under it."""
    right = "（三）住房保障支出（类）\n住房公积金492.87万元，主要用于按规定缴存的住房公积金。"
    assert _alone(JIANGSU, right, GENERAL) == []
    assert "TXT001" in [c for c, _m in _alone(JIANGSU, right.replace("492.87", "429.87"), GENERAL)]


# a 预算's 收入预算 / 支出预算 change and the changes of its sources / kinds of spending in the same paragraph (TXT007)
SIDES_RIGHT_WRONG = [
    ("收入预算2,129.93万元，比上年预算减少85.47万元，其中：财政拨款收入2,082.33万元，比上年预算减少51.77万元；事业收入35.60万元，"
     "比上年预算减少31.30万元；其他收入12.00万元，比上年预算减少2.40万元。", "31.30", "13.30"),
    ("2026年支出预算2,129.93万元，比上年预算减少85.47万元。其中：基本支出1,334.77万元，比上年预算增加29.82万元；项目支出"
     "795.16万元，比上年预算减少115.29万元。", "增加29.82", "减少29.82"),
]


@pytest.mark.parametrize("right,old,new", SIDES_RIGHT_WRONG)
def test_a_sides_change_is_the_sum_of_its_parts_changes(right, old, new):
    assert _alone(SHANGHAI, right, "部门收支预算情况") == []
    assert [c for c, _m in _alone(SHANGHAI, right.replace(old, new, 1), "部门收支预算情况")] == ["TXT007"]


NOT_SUMMED = [
    # 其他收入 (printed 12.00) unsaid: the parts said may not be all of it
    "收入预算2,129.93万元，比上年预算减少85.47万元，其中：财政拨款收入2,082.33万元，比上年预算减少51.77万元；事业收入35.60万元，"
    "比上年预算减少13.30万元。",
    # the parts compared with last year's 执行数, the whole with its 预算
    "支出预算2,129.93万元，比上年预算减少85.47万元，其中：基本支出1,334.77万元，比上年执行数增加9.82万元；项目支出795.16万元，"
    "比上年执行数减少115.29万元。",
    # 收支总预算: which side's parts is not said
    "2026年收支总预算2,129.93万元，比上年预算减少85.47万元，其中：基本支出1,334.77万元，比上年预算增加9.82万元；项目支出795.16万元，"
    "比上年预算减少115.29万元。",
]


@pytest.mark.parametrize("text", NOT_SUMMED)
def test_a_sides_change_is_not_summed_with_some_parts_or_other_bases(text):
    assert [c for c, _m in _alone(SHANGHAI, text, "部门收支预算情况") if c == "TXT007"] == []


def test_jiangsu_spending_side_with_its_reserve():
    """江苏 B01 prints 基本、项目、单位预留机动经费: all three must be said."""
    right = ("支出预算13,377.11万元，比上年预算增加392.55万元，其中：基本支出6,522.75万元，比上年预算增加122.75万元；项目支出"
             "4,968.34万元，比上年预算增加168.34万元；单位预留机动经费1,886.02万元，比上年预算增加101.46万元。")
    assert _alone(JIANGSU, right, "江苏省某某厅2019年度部门预算情况说明") == []
    assert "TXT007" in [c for c, _m in _alone(JIANGSU, right.replace("101.46", "110.46"), "江苏省某某厅2019年度部门预算情况说明")]
    two = right[: right.index("；单位预留")] + "。"
    assert [c for c, _m in _alone(JIANGSU, two, "江苏省某某厅2019年度部门预算情况说明") if c == "TXT007"] == []


# "本部门无某项资金的收入/支出" against the tables (TXT001 when the table's figure is not nil)
NONE_WRONG = [
    "本部门2026年无政府性基金预算拨款收入，也没有使用政府性基金预算拨款安排的支出。",
    "本单位无政府性基金预算财政拨款收支。",
    "2026年本部门没有政府性基金预算拨款支出。",
]
NONE_LEFT_ALONE = [
    "本部门2026年无国有资本经营预算拨款收入，也没有使用国有资本经营预算拨款安排的支出。",  # right: nil in the tables
    "本部门无政府性基金预算拨款安排的“三公”经费。",  # not the fund's whole income or spending
    "本部门2025年无政府性基金预算拨款收入。",  # another year
    "上年本部门无政府性基金预算拨款支出。",
    "下属单位无政府性基金预算拨款收入。",  # a unit's
    "注：本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。",  # a table's note, not of income or spending
]


@pytest.mark.parametrize("text", NONE_WRONG)
def test_saying_a_fund_has_nothing_against_its_table(text):
    assert [c for c, _m in _alone(SHANGHAI, text, "财政拨款收支预算情况")] and \
        {c for c, _m in _alone(SHANGHAI, text, "财政拨款收支预算情况")} == {"TXT001"}


@pytest.mark.parametrize("text", NONE_LEFT_ALONE)
def test_saying_nothing_of_a_nil_fund_or_of_another_thing_draws_nothing(text):
    assert _alone(SHANGHAI, text, "财政拨款收支预算情况") == []
    assert _alone(JIANGSU, text.replace("2026", "2019").replace("2025", "2018"), "政府性基金预算支出情况") == []


# s15rev items in the 预算 text (REPORT1 r4, r5, r8): each right text drew a false TXT001 before
JS = "江苏省某某厅2019年度部门预算情况说明"


def test_parts_after_the_fiscal_two_sided_total_are_not_the_departments():
    """r4: the 基本支出 after “财政拨款收支预算总计…，其中：” is 财政拨款's (B04 6442.75), not all funds' (B01 6522.75)."""
    text = ("2019年度财政拨款收支预算总计13297.11万元，其中：基本支出6442.75万元，项目支出4968.34万元，单位预留机动经费"
            "1886.02万元。")
    assert _alone(JIANGSU, text, "二、财政拨款收支预算情况") == []


def test_a_joint_name_as_subject_is_the_sum_of_the_things_named():
    """r5: “三公”经费、会议费、培训费预算合计 is 公开09表's 合计 (336.60), not the 培训费 (60.00)."""
    first = "2019年度“三公”经费预算236.60万元。会议费预算40.00万元，培训费预算60.00万元。"
    right = first + "\n“三公”经费、会议费、培训费预算合计336.60万元，比2018年预算减少13.40万元，下降3.83%。"
    assert _alone(JIANGSU, right, "五、“三公”经费、会议费、培训费预算情况") == []
    wrong = [c for c, _m in _alone(JIANGSU, right.replace("336.60", "363.60"), "五、“三公”经费、会议费、培训费预算情况")]
    assert "TXT001" in wrong and "TXT002" not in wrong


def test_economic_parts_of_an_all_funds_basic_spending_are_not_the_funds():
    """r8 (预算): 基本支出 6522.75 is all funds' (B01); its 人员经费 5392.01 is not B08's 5312.01 (一般公共预算 only). Where the
    基本支出 is the fund's (6442.75), a wrong 人员经费 is still found."""
    text = "基本支出6522.75万元，其中：人员经费5392.01万元，公用经费1130.74万元。"
    assert _alone(JIANGSU, text, "三、支出预算情况") == []
    fund = "一般公共预算基本支出6442.75万元，其中：人员经费5321.01万元，公用经费1130.74万元。"
    assert "TXT001" in [c for c, _m in _alone(JIANGSU, fund, "三、支出预算情况")]


def test_a_whole_number_copied_from_the_table_is_the_tables_figure():
    """r14: 江苏 writes 30.00 as “30万元”; beside the table's 30.00 the share 12.86% is wrong (30.00 ÷ 236.60 = 12.68%),
    though anything within 29.5–30.5 would allow it. A whole number the table does not print as such stays ±0.5."""
    head = "江苏省某某厅2019年度一般公共预算拨款安排的“三公”经费预算支出中，"
    right = head + "因公出国（境）费支出50万元，占“三公”经费的21.13%；公务接待费支出30万元，占“三公”经费的12.68%。"
    assert _alone(JIANGSU, right, "五、“三公”经费预算") == []
    assert [c for c, _m in _alone(JIANGSU, right.replace("12.68", "12.86"), "五、“三公”经费预算")] == ["TXT011"]
    rounded = head + "公务用车购置及运行费支出157万元，占“三公”经费的66.49%。"  # 156.60 rounded: 157 may be 156.5–157.5
    assert _alone(JIANGSU, rounded, "五、“三公”经费预算") == []
