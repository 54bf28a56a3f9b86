"""recognize/tables.py and recognize/disclosure.py lines session 15 left with survivors (s17mut, issue 14): the 类 and
款 rows printed by name alone (tables.codes_from_below), killed on small sheets built here (tests/test_layout_s14's
builders), asserting the rows' keys a table is read with (a key is what the 科目 checks sum and compare by)."""

from __future__ import annotations

from test_layout_s14 import HEAD, _table


def test_an_uncoded_item_among_its_siblings_does_not_stop_the_rows_after_it(tmp_path):
    """A 项 printed without its code among its 款's 项 stays unjudged (label:…), and the next 类 and 款 printed by name
    alone below it still take their codes from the 项 under them (the rows after a row left alone are read on)."""
    table = _table(tmp_path, HEAD + [
        ["201", "一般公共服务支出", 30.0, 30.0], ["20110", "人力资源事务", 30.0, 30.0],
        ["2011001", "行政运行", 10.0, 10.0], [None, "一般行政管理事务", 12.0, 12.0],
        ["2011099", "其他人力资源事务支出", 8.0, 8.0],
        [None, "社会保障和就业支出", 5.0, 5.0], [None, "　　行政事业单位养老支出", 5.0, 5.0],
        ["2080505", "机关事业单位基本养老保险缴费支出", 5.0, 5.0]])
    assert [r.key for r in table.rows] == ["201", "20110", "2011001", "label:一般行政管理事务", "2011099",
                                           "208", "20805", "2080505"]


def test_a_kuan_by_name_right_under_another_leis_item_takes_no_code(tmp_path):
    """An unnamed 款 row (“普通教育”) right under a 项 of another 类 (2011001), its own 类 row missing: not given the
    款 code of the 项 below it (only a row under its own 类, or under a 项 of another 款 of the same 类, is)."""
    table = _table(tmp_path, HEAD + [
        ["201", "一般公共服务支出", 10.0, 10.0], ["20110", "人力资源事务", 10.0, 10.0],
        ["2011001", "行政运行", 10.0, 10.0], [None, "　　普通教育", 6.0, 6.0], ["2050201", "学前教育", 6.0, 6.0]])
    assert [r.key for r in table.rows] == ["201", "20110", "2011001", "label:普通教育", "2050201"]
