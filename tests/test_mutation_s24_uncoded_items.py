"""recognize/uncoded_items.py (项 rows printed without a code under their coded 款; first measured in session 24, issue
14, README "变异测试"): which rows are keyed under their 款 and when a 款 is left alone — without stopping the 款
after it, or the table's other side. Tables built in memory and given straight to `key_uncoded_items`."""

from __future__ import annotations

from govaudit.model.table import Row, Table
from govaudit.recognize.uncoded_items import key_uncoded_items


def table(*lines: tuple) -> Table:
    """`lines`: (code or None, name[, side[, key]]); a row without a code is keyed by its name ('label:…') unless a
    key is given."""
    rows = []
    for n, (code, name, *rest) in enumerate(lines, 5):
        side = rest[0] if rest else 0
        key = rest[1] if len(rest) > 1 else (code or f"label:{name}")
        rows.append(Row(key=key, label=name, code=code, side=side, row=n))
    return Table(kind="05", title="一般公共预算财政拨款支出决算表", sheet="S", title_cell="A1", rows=rows)


def keys(t: Table) -> list[str]:
    key_uncoded_items(t)
    return [r.key for r in t.rows]


SOCIAL = [("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"), (None, "机关事业单位基本养老保险缴费支出"),
          (None, "机关事业单位职业年金缴费支出")]
SOCIAL_KEYS = ["208", "20805", "20805>机关事业单位基本养老保险缴费支出", "20805>机关事业单位职业年金缴费支出"]


def test_uncoded_rows_under_a_kuan_are_its_items():
    assert keys(table(*SOCIAL, ("210", "卫生健康支出"))) == [*SOCIAL_KEYS, "210"]


def test_a_kuan_left_alone_does_not_stop_the_next():
    """20101's rows include a part ('其中：…'): not its 项 list, left as read; 20805's after it are still keyed."""
    got = keys(table(("201", "一般公共服务支出"), ("20101", "人大事务"), (None, "其中：人大会议"), *SOCIAL))
    assert got == ["201", "20101", "label:其中：人大会议", *SOCIAL_KEYS]


def test_a_row_keyed_otherwise_is_no_item():
    """A row under the 款 already keyed as something else (a 类 known by its name, 210): the rows are not its 项."""
    got = keys(table(*SOCIAL[:3], (None, "卫生健康支出", 0, "210")))
    assert got == ["208", "20805", "label:机关事业单位基本养老保险缴费支出", "210"]


def test_two_items_of_one_name_or_a_key_already_taken_are_left_alone():
    """Two uncoded rows of one name under a 款 would get one key; a key the table already has would meet it: the 款
    is left as read, and the 款 after it still keyed."""
    twice = [("201", "一般公共服务支出"), ("20101", "人大事务"), (None, "行政运行"), (None, "行政运行")]
    assert keys(table(*twice, *SOCIAL)) == ["201", "20101", "label:行政运行", "label:行政运行", *SOCIAL_KEYS]
    taken = [("201", "一般公共服务支出"), ("20101", "人大事务"), (None, "行政运行")]
    elsewhere = (None, "行政运行", 1, "20101>行政运行")  # (the other side's row, keyed so already)
    assert keys(table(*taken, *SOCIAL, elsewhere)) == ["201", "20101", "label:行政运行", *SOCIAL_KEYS,
                                                       "20101>行政运行"]


def test_a_side_that_prints_its_item_codes_does_not_stop_the_other():
    """Side 0 prints 7-digit codes (an uncoded row there is not this rule's to place); side 1's 项 print none and are
    keyed under their 款."""
    left = [("201", "一般公共服务支出", 0), ("20101", "人大事务", 0), ("2010101", "行政运行", 0), (None, "会议", 0)]
    got = keys(table(*left, *[(c, n, 1) for c, n in SOCIAL]))
    assert got == ["201", "20101", "2010101", "label:会议", *SOCIAL_KEYS]
