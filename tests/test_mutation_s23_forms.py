"""recognize/forms.py survivors of the session 22 sample (issue 14, README "变异测试"), killed on small central-layout
forms built here (tests/test_mutation_forms_recognize's): the indicator header's second row, and a first indicator row
written all in text, as a Word or PDF form prints every cell."""

from __future__ import annotations

from decimal import Decimal

from recognize_books import book
from test_mutation_forms_recognize import GOAL, HEAD, INDS, MONEY, MONEY_HEAD, TOTAL, form_rows


def _sections(d):
    (form,) = d.forms
    return [(s.name, [i.level3 for i in s.indicators]) for s in form.sections]


def test_the_second_header_row_under_a_split_column_is_no_indicator(tmp_path):
    """偏差原因分析及改进措施 merged over two columns and split under it into 原因分析 | 改进措施 (the header's second row):
    that row heads columns and names no indicator, and the indicators under it are read (`_subheader`; with its
    `or` → `and` the row was read as an indicator row naming nothing and ended the table: both sections lost)."""
    inds = [r + [None, None] for r in INDS]
    inds[0][8], inds[0][9] = "超额完成", "保持培训规模"
    rows = [["项目支出绩效自评表"], ["（2023年度）"], ["项目名称", "就业创业服务能力建设"],
            ["主管部门", "人社部", None, "实施单位", "就业促进司"], MONEY_HEAD, *MONEY, *GOAL, HEAD + [None],
            [None] * 8 + ["原因分析", "改进措施"], *inds, TOTAL]
    d = book(tmp_path, ("绩效", rows, ["I10:J10"]))
    assert _sections(d) == [("预算执行率", [None]), ("产出指标", ["培训人次"]), ("效益指标", ["群众满意度"])]
    assert d.forms[0].sections[1].indicators[0].reason == "超额完成"
    assert d.cell_issues == []


def test_a_first_indicator_row_all_in_text_is_an_indicator(tmp_path):
    """The first row under the header written all in text ('50' as text, as in a Word or PDF form): an indicator row
    with figures, not the header's second row (`_subheader` asks for text naming a column, or blank, in every cell;
    `is not None`, `and` → `or` or a dropped `not` there skipped it: 产出指标 and its 50 points lost)."""
    inds = [[str(v) if v is not None else None for v in r] for r in INDS]
    d = book(tmp_path, ("绩效", form_rows(inds=inds)))
    assert _sections(d) == [("预算执行率", [None]), ("产出指标", ["培训人次"]), ("效益指标", ["群众满意度"])]
    assert [s.weight.value for s in d.forms[0].sections] == [Decimal(10), Decimal(50), Decimal(40)]


def test_a_goal_header_of_two_columns(tmp_path):
    """The goal table's header with two words only (预期目标 | 实际完成情况; 年度总体目标 written beside the goal in the
    row under it): a header still (`find_headers` skips rows of fewer than two texts — two are enough)."""
    goal = [[None, "预期目标", None, None, "实际完成情况"], ["年度总体目标", "完成平台升级", None, None, "平台升级完成"]]
    (form,) = book(tmp_path, ("绩效", form_rows(goal=goal))).forms
    assert (form.goal.text, form.achieved.text) == ("完成平台升级", "平台升级完成")
    assert (form.goal.source.cell, form.achieved.source.cell) == ("B9", "E9")


def test_a_total_word_heading_a_column_is_no_total_row(tmp_path):
    """An indicator header whose last column is headed 总得分, and no 总分 row under the table: the 总分 is looked for
    above the header, not in the header row itself — the form has no 总分 (`r < header`; with `<=` the header's
    总得分 became a blank 总分 of the form)."""
    rows = form_rows()
    h = rows.index(HEAD)
    rows[h] = HEAD[:6] + ["分值", "得分", "总得分"]
    (form,) = book(tmp_path, ("绩效", rows[:-1])).forms
    assert "total_score" not in form.slots and (form.total_score, form.total_score_text) == (None, None)


def test_a_second_total_two_rows_under_the_first_past_a_grade_row(tmp_path):
    """'总分 | 100 | 96.58' closing the table, a 评价等级 row, then '自评得分 | 98.83' (wrong): two rows under the first
    总分 is still its restatement (`_second_total` looks up to two rows down), so the wrong figure is read and
    PRF104 reports it at its cell."""
    from test_forms_heldout_s11 import L, Pin, check, codes, where, xlsx_file
    from test_forms_heldout_s17 import HB_TOTAL, form_hb

    f = form_hb(total=HB_TOTAL)
    rows = f["rows"]
    total = next(i for i, r in enumerate(rows) if r and r[0] == "总分")
    assert rows[total + 1][0] == "评价等级"  # (the 湖北 form's grade row right under its 总分)
    rows.insert(total + 2, ["自评得分", Pin("98.83"), L, L, L, L, L, L, L, L])
    path, pins = xlsx_file(tmp_path, f)
    found = check(path, tmp_path)
    assert "PRF104" in codes(found), codes(found)
    assert pins[0] in [where(x) for x in found if x.code == "PRF104"]


def test_numbered_sources_that_add_up_are_lines_of_the_budget(tmp_path):
    """'1.中央资金 · 2.县级资金' listed under the 年度资金总额 without 其中: kept as its lines because they add up to it in
    some column (`_some_column_adds_up`); a numbered list that adds up in none is something else."""
    money = [[None, "年度资金总额", 100, 120, 108, 10, "90.00%", 9],
             [None, "1.中央资金", 60, 70, 63, "—", "—", "—"],
             [None, "2.县级资金", 40, 50, 45, "—", "—", "—"]]
    (form,) = book(tmp_path, ("绩效", form_rows(money=money))).forms
    assert [b.label for b in form.budget] == ["年度资金总额", "1.中央资金", "2.县级资金"]
    money[1][2:5], money[2][2:5] = [6, 7, 6.3], [4, 5, 4.5]  # (a tenth of the total: no part of it)
    (form,) = book(tmp_path, ("绩效", form_rows(money=money))).forms
    assert [b.label for b in form.budget] == ["年度资金总额"]
