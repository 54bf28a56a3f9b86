"""预算 text, session 17 (s17budtext): 财政拨款's income said with last year's money in it, in the 财政部 form whose
财政拨款收支总表 prints 一、本年收入 2,250.50 (一般公共预算拨款 2,210.50, 政府性基金预算拨款 40.00), 二、上年结转 20.00 and
收入总计 2,270.50, beside a department with 事业收入 30.00 (收支总表 收入总计 2,300.50; the set of
test_narrative_budget_heldout17.py). Each right text drew a false finding on 4c81e4d: a bare “收入预算” whose list names
上年结转 read as the department's 收入总计 (TXT001 against 2,300.50); the 上年结转 in a list after 财政拨款收入 left out of
its parts (TXT007: 2,210.50 + 40.00 ≠ 2,270.50); 财政拨款's 本年收入 and a later bare “收入预算” read as one subject
(TXT002: 2,250.50 vs 2,270.50). Now: a bare 收入预算 under a 财政拨款 heading is its 收入总计 or its 本年收入 (wrong only
when it meets neither), 上年结转 listed after a 财政拨款 whole is 财政拨款's (二、上年结转) and one of its parts."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from test_narrative_budget_heldout11 import SHANGHAI, _alone
from test_narrative_budget_heldout17 import central

FISCAL = "财政拨款收支预算情况"
LIST = "其中：一般公共预算拨款{g}万元，政府性基金预算拨款40.00万元，上年结转{c}万元。"

RIGHT = [
    "收入预算2,270.50万元，" + LIST.format(g="2,210.50", c="20.00"),
    "2024年财政拨款收入预算2,270.50万元，" + LIST.format(g="2,210.50", c="20.00"),
    "2024年财政拨款收入预算2,270.50万元，其中：一般公共预算拨款2,210.50万元，上年结转20.00万元，政府性基金预算拨款40.00万元。",
    "2024年财政拨款收支预算2,270.50万元，其中：本年收入2,250.50万元，上年结转20.00万元。收入预算2,270.50万元。",
    "收入预算2,250.50万元。",
    "收入预算2,270.50万元。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_fiscal_income_with_last_years_money_draws_nothing(text):
    assert _alone(central(), text, FISCAL) == []


WRONG = [  # (text, codes that must come, codes that may)
    ("收入预算2,270.50万元，" + LIST.format(g="2,210.50", c="2.00"), {"TXT001", "TXT007"}, set()),
    ("收入预算2,207.50万元，" + LIST.format(g="2,210.50", c="20.00"), {"TXT001", "TXT007"}, set()),
    ("收入预算2,270.50万元，" + LIST.format(g="2,201.50", c="20.00"), {"TXT001", "TXT007"}, set()),
    ("2024年财政拨款收入预算2,270.50万元，" + LIST.format(g="2,210.50", c="2.00"), {"TXT001", "TXT007"}, set()),
    ("2024年财政拨款收支预算2,270.50万元，其中：本年收入2,250.50万元，上年结转2.00万元。", {"TXT001"}, {"TXT007"}),
    ("收入预算2,205.50万元。", {"TXT001"}, set()),
]


@pytest.mark.parametrize("text,must,may", WRONG)
def test_a_wrong_fiscal_income_figure_is_found(text, must, may):
    codes = {c for c, _m in _alone(central(), text, FISCAL)}
    assert must <= codes <= must | may, codes


def test_the_message_names_the_fiscal_total():
    (code, message), = _alone(central(), "收入预算2,205.50万元。", FISCAL)
    assert code == "TXT001" and "「收入总计」不符：表中为 2270.50" in message


@pytest.mark.parametrize("text,codes", [
    ("收入预算2,082.33万元。", set()),
    ("收入预算2,028.33万元。", {"TXT001"}),
    ("收入预算2,082.33万元，其中：一般公共预算1,817.33万元，政府性基金预算256.00万元。", {"TXT001", "TXT007"}),
])
def test_shanghai_fiscal_heading_still_judged(text, codes):
    """上海's 财政拨款收支预算总表 has no 上年结转: the bare side is its 收入总计, as before."""
    assert {c for c, _m in _alone(SHANGHAI, text, FISCAL)} == codes


def test_a_carry_over_that_is_the_departments_is_not_judged_as_the_funds():
    """A 上年结转 listed under the 财政拨款 heading whose figure is the 收支总表's 上年结转结余 (the department's, which may
    hold other money than 财政拨款's) is not held against 财政拨款's own 二、上年结转."""
    import copy

    from test_narrative_budget_heldout17 import central_tables
    from test_review11_budget import _xlsx

    tables = copy.deepcopy(central_tables())
    b1 = tables[0]
    # 30.00 of 事业收入 carried over instead: 上年结转结余 50.00, 事业收入 0 (the 收入总表 is not read for this text)
    b1.rows[5][1], b1.rows[9][1] = "", "50.00"
    path = _xlsx(Path(tempfile.mkdtemp(prefix="s17carry-")) / "c.xlsx", tables, False)
    text = "收入预算2,300.50万元，其中：一般公共预算拨款2,210.50万元，政府性基金预算拨款40.00万元，上年结转50.00万元。"
    assert _alone(path, text, FISCAL) == []
    assert {c for c, _m in _alone(path, text.replace("50.00万元。", "5.00万元。"), FISCAL)} >= {"TXT001"}


# s17rev r7: the 上海 template's "财政拨款支出主要内容如下：" then "1.“图书馆”科目216.86万元，主要用于……": a 项 named alone in
# quotes, judged against the one 项 row so named in the 财政拨款 tables (事业运行: 一般公共预算 252.17, all funds 287.77)
SUBJECTS = "财政拨款支出主要内容如下：\n1.“行政运行”科目{}万元，主要用于机关日常运转。\n2.“事业运行”科目{}万元，主要用于所属事业单位运转。"


@pytest.mark.parametrize("first,second,codes", [("753.88", "252.17", []), ("735.88", "252.17", ["TXT001"]),
                                                ("753.88", "287.77", ["TXT001"])])
def test_a_quoted_item_of_the_shanghai_template_is_judged(first, second, codes):
    assert [c for c, _m in _alone(SHANGHAI, SUBJECTS.format(first, second), "部门预算编制说明")] == codes


def test_a_quoted_name_no_row_has_is_not_judged():
    text = "财政拨款支出主要内容如下：\n1.“社区治理专项”科目120.00万元，主要用于社区自治共治活动。"
    assert _alone(SHANGHAI, text, "部门预算编制说明") == []


# s17rev r8: a list that goes on in the next paragraph after a sentence end ("…支出包括：" / "其中：") lists the parts of the
# whole the paragraph before states: 财政拨款's spending by 类 (财政拨款收支总表), 一般公共预算's 基本/项目 shares
R8 = [
    ("财政拨款收支预算总体情况", "2024年财政拨款收支总预算2,270.50万元。收入包括：一般公共预算拨款收入2,210.50万元，上年结转20.00"
     "万元，政府性基金预算拨款收入40.00万元。\n支出包括：一般公共服务支出{}万元，社会保障和就业支出180.30万元，城乡社区支出40.00"
     "万元，住房保障支出100.00万元。", "1,950.20", "1,905.20", "TXT001"),
    ("一般公共预算支出预算情况", "2024年一般公共预算支出2,230.50万元，比2023年执行数增加30.50万元，增长1.39%。\n其中：基本支出"
     "1,750.50万元，占{}%；项目支出480.00万元，占21.52%。", "78.48", "87.48", "TXT011"),
]


@pytest.mark.parametrize("heading,text,right,wrong,code", R8, ids=["fiscal-classes", "general-shares"])
def test_a_list_in_the_next_paragraph_is_of_the_whole_before(heading, text, right, wrong, code):
    assert _alone(central(), text.format(right), heading) == []
    assert [c for c, _m in _alone(central(), text.format(wrong), heading)] == [code]
