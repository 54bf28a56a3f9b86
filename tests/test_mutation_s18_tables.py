"""recognize/tables.py lines session 15 left with survivors (s18mut, issue 14; s17mut's README row): small sheets
built here (tests/test_layout_s14's builders), asserting what a user sees (the findings' cells and column names) or
what the checks read (a table's rows and notes)."""

from __future__ import annotations

import pytest

from test_layout_s14 import HEAD, _sheet, _table
from test_pdf_heldout import Options, check_file


def test_a_note_typed_over_three_cells_under_the_table_is_a_note(tmp_path):
    """'本表反映…' | '基本支出指…' | '项目支出指…' (a note typed one sentence a cell): the table's note, not a row
    'label:本表反映…' whose value cells hold words (tables.is_note: the note's words in the first text)."""
    table = _table(tmp_path, HEAD + [["201", "一般公共服务支出", 30.0, 30.0],
                                     ["本表反映部门本年度支出情况。", None, "基本支出指保障机构正常运转的支出",
                                      "项目支出指完成特定任务的支出"]])
    assert [r.key for r in table.rows] == ["201"]
    assert table.notes == ["本表反映部门本年度支出情况。基本支出指保障机构正常运转的支出项目支出指完成特定任务的支出"]


def test_a_blank_cell_of_a_lei_printed_by_name_is_pinned_at_its_column(tmp_path):
    """公开03表 whose 类 社会保障和就业支出 is printed by name alone (no 科目编码) with its 本年支出合计 left blank:
    TBL001/TBL301 point at that blank cell (C8) and name its column 本年支出合计 (the row stays on the table's one
    side: a one-sided table is no 01/04 whose 支出 side is printed under its 收入 side)."""
    wb, _ws = _sheet([["支出决算表"], ["部门：某局", None, None, None, "单位：万元"],
                      ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], [None, "合计", 35.0, 35.0, 0],
                      ["201", "一般公共服务支出", 30.0, 30.0, 0], ["20110", "人力资源事务", 30.0, 30.0, 0],
                      ["2011001", "行政运行", 30.0, 30.0, 0],
                      [None, "社会保障和就业支出", None, 5.0, 0], [None, "行政事业单位养老支出", 5.0, 5.0, 0],
                      ["2080505", "机关事业单位基本养老保险缴费支出", 5.0, 5.0, 0]], title="Sheet1")
    wb.save(tmp_path / "a.xlsx")
    _status, found = check_file(tmp_path / "a.xlsx", Options())
    got = {(f.code, f.locations[0].cell, f.locations[0].col_label) for f in found if f.code.startswith("TBL")}
    assert got == {("TBL001", "C8", "本年支出合计"), ("TBL301", "C8", "本年支出合计")}
    assert all("本年支出合计列" in f.message for f in found if f.code.startswith("TBL"))


@pytest.mark.parametrize("foot", [["编制单位：", None, "2024年12月31日"], ["填报单位：某局　负责人：张三", None, "2025年1月"]],
                         ids=["blank", "two fields"])
def test_a_foot_line_with_a_date_under_its_figures_draws_nothing(tmp_path, foot):
    """'编制单位：' (blank: stamped on paper) or '填报单位：某局　负责人：张三' under the table, the date typed further along
    the same row (under 本年支出合计): a sign-off line, not a row of the table; the clean table draws nothing (with the
    name filled in, '编制单位：某局 | | 2024年12月31日', it already does)."""
    wb, _ws = _sheet([["支出决算表"], [None, None, None, "单位：万元"], ["科目编码", "科目名称", "本年支出合计", "基本支出"],
                      [None, "合计", 30.0, 30.0], ["201", "一般公共服务支出", 30.0, 30.0], ["20101", "人大事务", 30.0, 30.0],
                      ["2010101", "行政运行", 30.0, 30.0], foot], title="Sheet1")
    wb.save(tmp_path / "a.xlsx")
    _status, found = check_file(tmp_path / "a.xlsx", Options())
    assert [f.code for f in found if f.severity.value in ("error", "warning") and f.code != "CMP001"] == []


def test_a_foot_line_with_its_department_and_a_date_under_its_figures_draws_nothing(tmp_path):
    """The control of the test above (an xfail until 845509b): '编制单位：某局 | | 2024年12月31日' is the table's 部门 line (foot_department),
    not a row: clean."""
    wb, _ws = _sheet([["支出决算表"], [None, None, None, "单位：万元"], ["科目编码", "科目名称", "本年支出合计", "基本支出"],
                      [None, "合计", 30.0, 30.0], ["201", "一般公共服务支出", 30.0, 30.0], ["20101", "人大事务", 30.0, 30.0],
                      ["2010101", "行政运行", 30.0, 30.0], ["编制单位：某局", None, "2024年12月31日"]], title="Sheet1")
    wb.save(tmp_path / "a.xlsx")
    _status, found = check_file(tmp_path / "a.xlsx", Options())
    assert [f.code for f in found if f.severity.value in ("error", "warning") and f.code != "CMP001"] == []
