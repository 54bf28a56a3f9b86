"""The words of a 绩效自评表 (recognize/form_specs.py), issue 14, session 8: survivors of the whole file's mutants,
killed on small central-layout forms built here (test_mutation_forms_recognize's form), asserting what a user sees:
the fields, the budget lines and their figures, the goal and the indicators read."""

from __future__ import annotations

from decimal import Decimal

from recognize_books import book
from test_mutation_forms_recognize import GOAL, HEAD, INDS, MONEY, MONEY_HEAD, TOTAL, form_rows, read

D = Decimal


def lines(f):
    return [(b.key, b.label, b.cells["budget"].value if b.cells.get("budget") else None) for b in f.budget]


def test_a_space_typed_in_its_own_cell_between_a_label_and_its_value(tmp_path):
    """“项目名称 | (a space) | 就业补助”: the blank cell is no label that ends the value; the value after it is the
    project's name, in its own cell."""
    rows = form_rows()
    rows[2] = ["项目名称", " ", "就业补助"]
    f = read(tmp_path, rows)[0]
    assert (f.project.text, f.project.source.cell) == ("就业补助", "C3")


def test_the_parts_own_label_written_out_into_each_row_is_no_column(tmp_path):
    """An unmerged export writes “二、预算执行情况” (the part's label, merged down column A) into every row of the part:
    it is not an 执行数 column (it holds 执行情况), so the figures are read from 全年执行数, not from the label."""
    head = ["二、预算执行情况", *MONEY_HEAD[1:]]
    money = [["二、预算执行情况", *row[1:]] for row in MONEY]
    rows = form_rows(money=money)
    rows[rows.index(MONEY_HEAD)] = head
    f, issues = read(tmp_path, rows)
    assert [(b.key, b.cells["executed"].value) for b in f.budget] == [("total", 108), ("fiscal", 108)]
    assert f.column("executed").header == "全年执行数"
    assert issues == []


def test_a_sources_name_up_to_48_characters_and_another_lines_name_up_to_24(tmp_path):
    """A 其中 line may name its money in up to 48 characters (normalised); 49 is a sentence. Another line's name (no
    其中) may have 24 characters; 25 is a sentence."""
    other = "其他资金" + "（上级补助与社会捐赠" + "及单位自有收入）"  # 4 + 10 + 8 = 22
    assert len(other) == 22
    long_other = other + "合计"  # 24
    source = "其中：上年结转的" + "衔接推进乡村振兴补助资金" * 3  # 8 + 36 = 44 (no 财政: a carry-over, not fiscal)
    src48 = source + "（结转）"
    assert len(src48) == 48
    for label, read_as in ((src48, "carryover"), (src48 + "四", None), (long_other, "other"),
                           (long_other + "x", None)):
        money = [MONEY[0], [None, "其中：当年财政拨款", 60, 70, 60, "—", "—", "—"], [None, label, 40, 50, 48, "—", "—", "—"]]
        f = read(tmp_path, money=money)[0]
        got = [(b.key, b.label) for b in f.budget if b.key != "total"]
        want = [("fiscal", "其中：当年财政拨款")] + ([(read_as, label)] if read_as else [])
        assert got == want, label


def test_a_source_of_money_with_a_name_of_its_own_is_a_line(tmp_path):
    """“其中：社会捐赠” (no word the known sources use) is still a 其中 line, keyed by its name: its figures are read."""
    money = [MONEY[0], [None, "其中：当年财政拨款", 60, 70, 60, "—", "—", "—"], [None, "其中：社会捐赠", 40, 50, 48, "—", "—", "—"]]
    f = read(tmp_path, money=money)[0]
    assert lines(f) == [("total", "年度资金总额", 120), ("fiscal", "其中：当年财政拨款", 70),
                        ("label:社会捐赠", "其中：社会捐赠", 50)]


def test_a_budget_part_with_only_budget_and_executed_columns(tmp_path):
    """A plain budget part “项目资金 | 预算数 | 执行数” (two kinds of column) is the budget part."""
    rows = [["项目支出绩效自评表"], ["（2023年度）"], ["项目名称", "就业补助"], ["项目资金（万元）", None, "预算数", "执行数"],
            [None, "年度资金总额", 120, 108], [None, "其中：当年财政拨款", 120, 108], HEAD, *INDS, TOTAL]
    f = read(tmp_path, rows)[0]
    assert [(b.key, b.cells["budget"].value, b.cells["executed"].value) for b in f.budget] == [
        ("total", 120, 108), ("fiscal", 120, 108)]


def test_a_numbered_goal_table_takes_the_goal_not_the_number(tmp_path):
    """“序号 | 年度预期目标 | 实际完成情况”: 序号 names neither a goal nor an outcome; the goal is the text under
    年度预期目标."""
    goal = [["序号", "年度预期目标", None, None, "实际完成情况"], ["1", "完成平台升级", None, None, "平台升级完成"]]
    f = read(tmp_path, goal=goal)[0]
    assert (f.goal.text, f.goal.source.cell, f.achieved.text) == ("完成平台升级", "B9", "平台升级完成")


def test_an_indicator_table_without_a_third_level(tmp_path):
    """“一级指标 | 二级指标 | 指标内容 | …” (no 三级指标 column) is the indicator table: its sections and scores are
    read (each indicator named by its 二级)."""
    head = ["绩效指标", "一级指标", "二级指标", "指标内容", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = form_rows()
    rows[rows.index(HEAD)] = head
    f = read(tmp_path, rows)[0]
    assert [(s.name, [(i.level2, i.score.value) for i in s.indicators]) for s in f.sections if s.origin == "indicators"] \
        == [("产出指标", [("数量指标", 50)]), ("效益指标", [("社会效益指标", 36)])]
    assert f.total_score.value == 95


def test_project_and_unit_levels_among_the_fields_are_no_indicator_header(tmp_path):
    """“一级项目 | 就业补助 | 二级项目 | 职业技能培训” and “主管部门（一级预算单位）| … | 实施单位（二级预算单位）| …” among the
    fields name a project's and a unit's level, not indicator levels: the indicator table is the one under
    “一级指标 | 二级指标 | 三级指标”, its sections and scores read as on the plain form."""
    for fields in ([["一级项目", "就业补助", "二级项目", "职业技能培训"]],
                   [["主管部门（一级预算单位）", "人社部", "实施单位（二级预算单位）", "就业促进司"]]):
        f, issues = read(tmp_path, fields=fields)
        assert [(s.name, s.weight.value, len(s.indicators)) for s in f.sections] == [
            ("预算执行率", 10, 1), ("产出指标", 50, 1), ("效益指标", 40, 1)], fields
        assert (f.total_score.value, issues) == (95, [])


def test_a_field_label_after_the_indicators_ends_them(tmp_path):
    """No 总分 row: “评价等级 | 优” right under the last indicator ends the indicator table (the grade is a field, its
    “优” no 一级指标); so does “填报人”."""
    for end, field in ((["评价等级", "优"], "grade"), (["填报人", "张三"], "filler")):
        f = read(tmp_path, total=end)[0]
        assert [s.name for s in f.sections] == ["预算执行率", "产出指标", "效益指标"], end
        assert getattr(f, field).text == end[1]


def test_an_indicator_table_without_a_second_level(tmp_path):
    """“一级指标 | 三级指标 | …” (no 二级指标 column) is the indicator table too: its sections and their indicators are
    read."""
    head = ["绩效指标", "一级指标", "三级指标", "指标内容", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    inds = [[None, "产出指标", "培训人次", None, "≥2000人次", "2150人次", 50, 50],
            [None, "效益指标", "群众满意度", None, "≥90%", "92%", 40, 36]]
    rows = form_rows(inds=inds)
    rows[rows.index(HEAD)] = head
    f = read(tmp_path, rows)[0]
    assert [(s.name, [(i.level3, i.score.value) for i in s.indicators]) for s in f.sections if s.origin == "indicators"] \
        == [("产出指标", [("培训人次", 50)]), ("效益指标", [("群众满意度", 36)])]
