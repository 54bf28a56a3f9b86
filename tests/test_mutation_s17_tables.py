"""recognize/tables.py and recognize/disclosure.py lines session 15 left with survivors (s17mut, issue 14): the 类 and
款 rows printed by name alone (tables.codes_from_below), killed on small sheets built here (tests/test_layout_s14's
builders), asserting the rows' keys a table is read with (a key is what the 科目 checks sum and compare by)."""

from __future__ import annotations

from pathlib import Path

from test_forms_support import check
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


def test_a_note_under_the_department_line_at_the_foot_is_kept(tmp_path):
    """'编制单位：某某区财政局' under the table, then '注：本表反映…': the 部门 is read from the foot line and the note
    below it is still the table's (the rows after the 部门 line are read on)."""
    table = _table(tmp_path, [["支出决算表"], [None, None, None, "单位：万元"],
                              ["科目编码", "科目名称", "本年支出合计", "基本支出"], ["201", "一般公共服务支出", 30.0, 30.0],
                              ["编制单位：某某区财政局", None, "单位负责人：张三"], ["注：本表反映部门本年度支出情况。"]])
    assert (table.department, [r.key for r in table.rows]) == ("某某区财政局", ["201"])
    assert table.notes == ["注:本表反映部门本年度支出情况。"]  # (normalised)


def test_the_foot_department_is_read_only_from_a_line_that_opens_with_it(tmp_path):
    """A sign-off line opening '单位负责人：张三' with '填报单位：某某区财政局' further along: not read as the table's 部门
    (only a line opening '编制单位：/填报单位：/部门：' is: tables.foot_department)."""
    table = _table(tmp_path, [["支出决算表"], [None, None, None, "单位：万元"],
                              ["科目编码", "科目名称", "本年支出合计", "基本支出"], ["201", "一般公共服务支出", 30.0, 30.0],
                              ["单位负责人：张三", None, "填报单位：某某区财政局"]])
    assert table.department is None


def _book(tmp_path, rows, title):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize
    from test_layout_s14 import _sheet

    wb, _ws = _sheet(rows, title=title)
    wb.save(tmp_path / "b.xlsx")
    return recognize(read_workbook(tmp_path / "b.xlsx"))


def test_a_sheet_named_as_a_table_with_a_title_of_its_own_we_do_not_know_holds_none(tmp_path):
    """A tab named '支出决算表' whose first cell is a title of its own that is none of the nine ('部门收支预算情况一览表'):
    not read as 公开03表 under the tab's name, and read without error (disclosure._tab_titled: no block)."""
    d = _book(tmp_path, [["部门收支预算情况一览表"], ["科目编码", "科目名称", "本年支出合计", "基本支出"],
                         ["201", "一般公共服务支出", 30.0, 30.0]], "支出决算表")
    assert d.tables == {} and d.extra_tables == []


def test_a_sheet_named_by_its_title_reads_the_lines_from_its_first_row(tmp_path):
    """A tab named '2024年支出决算表', no title cell: the sheet's first row ('部门：某局 … 单位：万元') is read as the
    line under the title (the title stands just above it), so the 部门 is 某局; with the heads in the first row the
    table is read all the same."""
    t = _table(tmp_path, HEAD[1:] + [["201", "一般公共服务支出", 30.0, 30.0]], sheet_title="2024年支出决算表")
    assert (t.title, t.title_cell, t.department, [r.key for r in t.rows]) == ("2024年支出决算表", "A1", "某局", ["201"])
    t = _table(tmp_path, HEAD[2:] + [["201", "一般公共服务支出", 30.0, 30.0]], sheet_title="支出决算表")
    assert (t.title, [r.key for r in t.rows]) == ("支出决算表", ["201"])


# ------------------------------------------------------------------ found by the mutants of is_note / foot_department
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2024-上海式-无误.xlsx"


def _under_03(tmp_path, row):
    """The 上海式 sample (clean) with `row` typed one row below its 公开03表 (its last row: the table's note)."""
    import openpyxl

    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["03支出"]
    at = ws.max_row + 2
    for col, value in enumerate(row, 1):
        if value is not None:
            ws.cell(at, col, value)
    wb.save(tmp_path / "t.xlsx")
    return [(f.code, f.message) for f in check(tmp_path / "t.xlsx", tmp_path) if f.severity.value != "info"]


def test_a_note_of_three_cells_opening_fuzhu_draws_nothing(tmp_path):
    """A note of three cells opening '附注：' is a note, not a row (a false CEL001 before 89ac0a0)."""
    assert _under_03(tmp_path, ["附注：", "本表反映本部门本年度支出情况。", "本表金额单位为万元。"]) == []


def test_a_sign_off_line_opening_with_the_head_of_the_unit_draws_nothing(tmp_path):
    """'单位负责人：张三' with '填报单位：…' in the 本年支出合计 column is a sign-off line (a false CEL001 before 89ac0a0)."""
    assert _under_03(tmp_path, ["单位负责人：张三", None, "填报单位：某某区财政局"]) == []


def test_a_blank_department_line_at_the_foot_draws_nothing(tmp_path):
    """'编制单位：' left blank, '单位负责人：张三' beside it: no finding (the row holds no figure)."""
    assert _under_03(tmp_path, ["编制单位：", None, "单位负责人：张三"]) == []
