"""How a 绩效自评表 is read (recognize/forms.py), issue 14: small central-layout forms built here, asserting the fields,
budget figures, goals, sections and scores a user sees, and the cell issues raised."""

from __future__ import annotations

from decimal import Decimal

from recognize_books import book

D = Decimal
HEAD = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
MONEY_HEAD = ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
MONEY = [[None, "年度资金总额", 100, 120, 108, 10, "90.00%", 9],
         [None, "其中：当年财政拨款", 100, 120, 108, "—", "—", "—"]]
GOAL = [["年度总体目标", "预期目标", None, None, "实际完成情况"], [None, "完成平台升级", None, None, "平台升级完成"]]
INDS = [[None, "产出指标", "数量指标", "培训人次", "≥2000人次", "2150人次", 50, 50],
        [None, "效益指标", "社会效益指标", "群众满意度", "≥90%", "92%", 40, 36]]
TOTAL = ["总分", None, None, None, None, None, 100, 95]


def form_rows(project="就业创业服务能力建设", fields=(), money=MONEY, goal=GOAL, inds=INDS, total=TOTAL):
    return [["项目支出绩效自评表"], ["（2023年度）"], ["项目名称", project], *fields,
            ["主管部门", "人社部", None, "实施单位", "就业促进司"], MONEY_HEAD, *money, *goal, HEAD, *inds, total]


def read(tmp_path, rows=None, **kw):
    """(the one form read, the disclosure's cell issues)."""
    d = book(tmp_path, ("绩效", rows if rows is not None else form_rows(**kw)))
    assert len(d.forms) == 1
    return d.forms[0], d.cell_issues


def test_the_form_as_built_here(tmp_path):
    """The base every other test changes one thing of."""
    f, issues = read(tmp_path)
    assert (f.layout, f.year, f.project.text, f.department.text, f.implementer.text) == (
        "central", 2023, "就业创业服务能力建设", "人社部", "就业促进司")
    assert [(s.name, s.weight.value, s.weight_from) for s in f.sections] == [
        ("预算执行率", 10, "budget"), ("产出指标", 50, "column"), ("效益指标", 40, "column")]
    assert (f.total_score.value, f.total_weight.value, issues) == (95, 100, [])
    # each figure's place names its row and column, as a finding on it shows them
    places = [(x.source.cell, x.source.row_label, x.source.col_label) for x in (
        f.line("total").cells["executed"], f.sections[1].indicators[0].score, f.total_score)]
    assert places == [("E6", "年度资金总额", "执行数"), ("H11", "培训人次", "自评得分"), ("H13", "总分", "自评得分")]


# ------------------------------------------------------------------ fields
def test_a_name_wrapped_in_its_cell_is_one_line(tmp_path):
    """A line break typed to wrap the project's name is no part of it; between two Latin letters or digits it is
    a space."""
    for typed, name in (("就业创业服\n务能力建设", "就业创业服务能力建设"), ("Wi\nFi 覆盖工程", "Wi Fi 覆盖工程"),
                        ("2023\n年就业补助", "2023年就业补助"), ("就业补助\n2023", "就业补助2023"),
                        ("A\n区 补助", "A区 补助"), ("补助 \n B", "补助B")):
        assert read(tmp_path, project=typed)[0].project.text == name, typed


def test_a_label_and_its_value_written_out_into_each_merged_cell(tmp_path):
    """An unmerged export repeats a merged label and its value in every cell: one label, one value."""
    rows = form_rows()
    rows[2] = ["项目名称", "项目名称", "就业补助", "就业补助", "就业补助"]
    f = read(tmp_path, rows)[0]
    assert (f.project.text, f.project.source.cell) == ("就业补助", "C3")


def test_a_number_after_a_label_is_the_whole_value(tmp_path):
    """A number typed after 评价等级 is its value (95, not 95.0), and what follows it is not."""
    f = read(tmp_path, fields=[["评价等级", 95.0, "优"]])[0]
    assert (f.grade.text, f.grade.source.cell) == ("95", "B4")


# ------------------------------------------------------------------ figures
def test_an_uncalculated_formula_and_an_implausible_number_in_the_budget(tmp_path):
    """A formula never calculated gives an issue and no figure; so does a number too large to be real."""
    money = [[None, "年度资金总额", 100, 120, "=D6*0.9", 10, "90.00%", 9],
             [None, "其中：当年财政拨款", 100, 120, 10 ** 16, "—", "—", "—"]]
    f, issues = read(tmp_path, money=money)
    assert f.line("total").cells["executed"] is None and f.line("fiscal").cells["executed"] is None
    assert [(i.kind, i.location.cell) for i in issues] == [("formula_without_value", "E6"), ("implausible", "E7")]
    assert all(i.context == "绩效自评表「就业创业服务能力建设」" for i in issues)


def test_a_rate_typed_as_a_fraction(tmp_path):
    """执行率 typed as the fraction 0.9867 is 98.67 %; up to 1.5 a number is a fraction (1.5 = 150 %), above it a
    percent (2 = 2 %), and 0 is 0 %."""
    for typed, shown in ((0.9867, (D("98.67"), 2)), (0.9, (D("90"), 0)), (1.5, (D("150"), 0)), (2, (D("2"), 0)),
                         (0, (D("0"), 0)), (-0.5, (D("-50"), 0)),
                         (1, (D("100"), 0))):
        money = [[None, "年度资金总额", 100, 120, 108, 10, typed, 9], MONEY[1]]
        rate = read(tmp_path, money=money)[0].line("total").cells["rate"]
        assert rate.percent and (rate.value, rate.decimals) == shown, typed


# ------------------------------------------------------------------ indicators
def test_indicator_rows_before_any_first_level_name(tmp_path):
    """Indicators above the first 一级 name belong to an unnamed section of their own."""
    inds = [[None, None, "数量指标", "培训人次", "≥2000人次", "2150人次", 50, 50], INDS[1]]
    f = read(tmp_path, inds=inds)[0]
    assert [(s.name, [i.level3 for i in s.indicators]) for s in f.sections] == [
        ("预算执行率", [None]), ("", ["培训人次"]), ("效益指标", ["群众满意度"])]


def test_a_weight_that_is_not_a_number_leaves_the_sections_weight_unknown(tmp_path):
    """A 分值 written in words: that section's weight is unknown (not the sum of the others'); the next section's
    weight is still summed from its column."""
    inds = [[None, "产出指标", "数量指标", "培训人次", "≥2000人次", "2150人次", 30, 30],
            [None, None, "质量指标", "合格率", "≥95%", "97%", "二十", 20], INDS[1]]
    f = read(tmp_path, inds=inds)[0]
    assert [(s.name, s.weight.value if s.weight else None) for s in f.sections] == [
        ("预算执行率", 10), ("产出指标", None), ("效益指标", 40)]
    assert f.sections[1].indicators[1].weight_text.text == "二十"


def test_a_budget_head_merged_down_from_the_line_above(tmp_path):
    """'执行率' printed in a cell merged over two lines (its value in the line above the other heads) heads its
    column: the 执行率 is read."""
    head = list(MONEY_HEAD)
    head[6] = None
    rows = [*form_rows()[:4], [None, None, None, None, None, None, "执行率"], head, *form_rows()[5:]]
    d = book(tmp_path, ("绩效", rows, ["G5:G6"]))
    f = d.forms[0]
    assert [c.key for c in f.budget_columns] == ["initial", "budget", "executed", "weight", "rate", "score"]
    assert (f.line("total").cells["rate"].value, f.line("total").cells["rate"].source.cell) == (D("90.00"), "G7")


def test_a_value_after_the_labels_colon_a_blank_value_and_a_stop(tmp_path):
    """'项目名称：就业补助' holds its value (placed at the label's cell); a blank 项目名称 is placed right of its label
    (where a finding about it points); 填报人's value stops at 联系电话."""
    f = read(tmp_path, project=None, fields=[["填报人", "王敏", "联系电话", "5776000"]])[0]
    assert f.project is None and f.slots["project"].cell == "B3"
    assert (f.filler.text, f.filler.source.cell) == ("王敏", "B4")
    rows = form_rows()
    rows[2] = ["项目名称：就业补助", None, "评价等级：优"]
    f = read(tmp_path, rows)[0]
    assert (f.project.text, f.project.source.cell, f.grade.text) == ("就业补助", "A3", "优")


def test_the_year_and_unit_of_a_form(tmp_path):
    """The year: the title's, else a short line above the first part (not a long text, not below the parts); the
    unit: a 金额单位 line, else '（万元）' in a part's header."""
    f = read(tmp_path)[0]
    assert (f.year, f.year_cell, f.unit, f.unit_cell) == (2023, "A2", "万元", "A5")
    rows = form_rows()
    rows[0], rows[1] = ["2022年度项目支出绩效自评表"], ["金额单位：万元", None, "（2023年度）"]
    f = read(tmp_path, rows)[0]
    assert (f.year, f.year_cell, f.unit, f.unit_cell) == (2022, "A1", "万元", "A2")
    rows = form_rows(goal=[GOAL[0], [None, "2024年完成平台升级", None, None, "平台升级完成"]])
    rows[1] = ["本表按2023年度项目支出绩效自评工作的要求填写"]
    f = read(tmp_path, rows)[0]
    assert (f.year, f.unit) == (None, "万元")
    rows[4] = [*MONEY_HEAD[:6], "执行率（%）", "得分"]
    rows[4][0] = "项目资金"
    f = read(tmp_path, rows)[0]
    assert (f.unit, f.line("total").cells["budget"].unit) == (None, "万元")  # amounts are in 万元 unless it says
    rows[1] = ["金额单位：元"]
    f = read(tmp_path, rows)[0]
    assert (f.unit, f.line("total").cells["budget"].unit) == ("元", "元")


# ------------------------------------------------------------------ 预算执行情况
def test_budget_lines_between_a_unit_line_and_a_note(tmp_path):
    """A line with no budget label right under the header is passed over; one after the budget lines ends them.
    A second 其他资金 line keeps its own key; a '—' is blank; each column keeps its printed head."""
    money = [["金额单位：万元"], *MONEY, [None, "其他资金", 0, 0, 0, "—", "—", "—"],
             [None, "其他资金", 1, 1, 1, "—", "—", "—"], [None, "备注：详见说明"],
             [None, "其他资金", 5, 5, 5, "—", "—", "—"]]
    f = read(tmp_path, money=money)[0]
    assert [(b.key, b.label, b.row) for b in f.budget] == [
        ("total", "年度资金总额", 7), ("fiscal", "其中：当年财政拨款", 8), ("other", "其他资金", 9),
        ("other#10", "其他资金", 10)]
    assert [(c.key, c.header, c.col) for c in f.budget_columns] == [
        ("initial", "年初预算数", 3), ("budget", "全年预算数", 4), ("executed", "全年执行数", 5), ("weight", "分值", 6),
        ("rate", "执行率", 7), ("score", "得分", 8)]
    fiscal = f.line("fiscal")
    assert fiscal.cells["weight"] is None and fiscal.texts == {}  # '—' is a blank, neither figure nor text
    assert f.line("other#10").cells["budget"].value == 1


def test_a_head_written_into_two_columns_takes_the_one_with_figures(tmp_path):
    """An unmerged export writes '全年执行数' into both cells of its merged head; the figures stand in the second."""
    rows = form_rows(money=[[None, "年度资金总额", 100, 120, None, 108, 10, "90.00%", 9]])
    rows[4] = ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "全年执行数", "分值", "执行率", "得分"]
    f = read(tmp_path, rows)[0]
    assert [(c.key, c.col) for c in f.budget_columns][2] == ("executed", 6)
    assert f.line("total").cells["executed"].value == 108


def test_a_budget_block_without_a_score_has_no_rate_section(tmp_path):
    """Without 分值 or 得分 columns the budget block scores nothing; with 得分 but no 分值 the 预算执行率 section's
    weight is unknown and it is placed at the form's first column."""
    rows = form_rows(money=[[None, "年度资金总额", 100, 120, 108, "90.00%"]])
    rows[4] = MONEY_HEAD[:5] + ["执行率"]
    f = read(tmp_path, rows)[0]
    assert [s.name for s in f.sections] == ["产出指标", "效益指标"]
    rows = form_rows(money=[[None, "年度资金总额", 100, 120, 108, "90.00%", 9]])
    rows[4] = MONEY_HEAD[:5] + ["执行率", "得分"]
    f = read(tmp_path, rows)[0]
    rate = f.sections[0]
    assert (rate.name, rate.weight, rate.weight_from, rate.cell.cell, rate.indicators[0].score.value) == (
        "预算执行率", None, "none", "A6", 9)
    assert rate.indicators[0].score_cell.row_label == "预算执行率"


# ------------------------------------------------------------------ 目标完成情况
def test_the_goal_its_completion_and_the_first_filled_line(tmp_path):
    """The first line under the goal's header gives 预期目标, 实际完成情况 and 总体完成率; lines under it do not."""
    goal = [["年度总体目标", "预期目标", None, None, "实际完成情况", None, "总体完成率"],
            [None, None, None, None, "平台升级完成", None, "95%"], [None, "另一目标", None, None, "另一完成"]]
    f = read(tmp_path, goal=goal)[0]
    assert f.goal is None and (f.achieved.text, f.achieved.source.cell) == ("平台升级完成", "E9")
    assert (f.completion.value, f.completion.percent, f.completion.source.cell) == (95, True, "G9")
    goal[1] = [None, 2150, None, None, "平台升级完成", None, "95%"]
    assert read(tmp_path, goal=goal)[0].goal.text == "2150"


# ------------------------------------------------------------------ 总分
def test_the_total_score_beside_its_label_as_text_or_in_words(tmp_path):
    """总分 written as a word is text (PRF201's case); a 合计 row's 分值 is the total weight only under the 分值
    column."""
    f = read(tmp_path, total=["总分", None, None, None, None, None, 100, "优"])[0]
    assert (f.total_score, f.total_score_text.text, f.total_weight.value) == (None, "优", 100)
    f = read(tmp_path, total=["合计", None, None, None, None, None, None, 95])[0]
    assert (f.total_score.value, f.total_weight, f.slots["total_score"].cell) == (95, None, "H13")


def test_a_total_without_an_indicator_table(tmp_path):
    """A form with no indicator table: its 总分 line still gives the score, beside the label."""
    rows = form_rows()[:9] + [["总分", 95]]
    f = read(tmp_path, rows)[0]
    assert (f.total_score.value, f.total_score.source.cell, f.slots["total_score"].cell) == (95, "B10", "B10")
    rows = form_rows()[:9] + [["总分"]]
    f = read(tmp_path, rows)[0]
    assert (f.total_score, f.slots["total_score"].cell) == (None, "B10")


# ------------------------------------------------------------------ 绩效指标
def test_sections_levels_and_names_of_indicators(tmp_path):
    """An unmerged export repeats 一级 on every row: one section. A weight in the 一级 label is the section's (its
    decimals kept); otherwise the section's weight is the sum of its 分值 (with the most decimals shown). A row naming
    only 一级/二级 makes no indicator but heads the rows under it; a new 一级 starts without the last 二级; an indicator
    without 三级 is named by its 二级, else by its section."""
    inds = [[None, "产出指标（50.5分）", "数量指标", "培训人次", "≥2000人次", "2150人次", 30, 30],
            [None, "产出指标（50.5分）", "质量指标", "合格率", "≥95%", "97%", 20.5, 20],
            [None, "效益指标", "社会效益指标"],
            [None, None, None, "群众满意度", "≥90%", "92%", 12.5, 12],
            [None, None, None, "办事时间", "≤3天", "2天", 10, 10],
            [None, "满意度指标", None, None, "≥90%", "95%", 8, 8]]
    f = read(tmp_path, inds=inds)[0]
    got = [(s.name, s.label, s.weight.value, s.weight.decimals, s.weight_from) for s in f.sections[1:]]
    assert got == [("产出指标", "产出指标（50.5分）", D("50.5"), 1, "label"), ("效益指标", "效益指标", D("22.5"), 1, "column"),
                   ("满意度指标", "满意度指标", 8, 0, "column")]
    assert f.sections[1].weight.source.col_label == "权重" and f.sections[2].weight.source.row_label == "效益指标"
    named = [[(i.level2, i.level3, i.score_cell.row_label) for i in s.indicators] for s in f.sections[1:]]
    assert named == [[("数量指标", "培训人次", "培训人次"), ("质量指标", "合格率", "合格率")],
                     [("社会效益指标", "群众满意度", "群众满意度"), ("社会效益指标", "办事时间", "办事时间")],
                     [(None, None, "满意度指标")]]
    assert f.sections[2].indicators[0].level2_cell == "C13"


def test_an_indicator_named_by_its_second_level_and_its_text_cells(tmp_path):
    """No 三级 column value: the 二级 names the indicator; a score in words is kept as text."""
    inds = [[None, "产出指标", "数量指标", None, "≥2000人次", "2150人次", 50, "满分"], INDS[1]]
    f = read(tmp_path, inds=inds)[0]
    ind = f.sections[1].indicators[0]
    assert (ind.level3, ind.score, ind.score_text.text, ind.score_cell.row_label, ind.actual.source.row_label) == (
        None, None, "满分", "数量指标", "数量指标")


# ------------------------------------------------------------------ one cell's value (number)
def test_amounts_targets_and_points_as_typed(tmp_path):
    """An amount typed as '3' or 3 in a General cell is known to 0.01 (3.00 万元); with a number format of one decimal
    it keeps one; words in an amount are an issue and kept as text. A target of words, '无', or '≥' with words is an
    answer (text), no issue; a blank target is nothing. A 分值 is in 分, a target number has no unit."""
    from recognize_books import F

    money = [[None, "年度资金总额", "3", 3, F(2.5, "0.0"), 10, "90.00%", 9],
             [None, "其中：当年财政拨款", "三万", 3, 2.5, "—", "—", "—"]]
    inds = [[None, "产出指标", "数量指标", "培训人次", "≥较好", 2150, 50, 50],
            [None, None, None, "群众满意度", "无", "空", 40, 36], [None, None, None, "投诉", None, "较少", 10, 9]]
    f, issues = read(tmp_path, money=money, inds=inds)
    total = f.line("total").cells
    assert [(total[k].value, total[k].decimals, total[k].unit) for k in ("initial", "budget", "executed")] == [
        (D("3.00"), 2, "万元"), (D("3.00"), 2, "万元"), (D("2.5"), 1, "万元")]
    assert f.line("fiscal").texts["initial"].text == "三万" and f.line("fiscal").cells["initial"] is None
    assert [(i.kind, i.location.cell, i.text) for i in issues] == [("not_a_number", "C7", "三万")]
    a, b, c = f.sections[1].indicators
    assert (a.expected.text, a.actual.value, a.actual.unit, a.weight.unit) == ("≥较好", 2150, "", "分")
    assert (b.expected.text, b.actual.text, c.expected, c.actual.text) == ("无", "空", None, "较少")


def test_a_value_typed_across_cells_and_past_an_uncalculated_formula(tmp_path):
    """A name typed across two cells, the second written out twice by an unmerged export, is read once; a formula
    never calculated between a label and its value is passed over."""
    rows = form_rows()
    rows[2] = ["项目名称", "就业创业", "服务能力建设", "服务能力建设"]
    assert read(tmp_path, rows)[0].project.text == "就业创业服务能力建设"
    f = read(tmp_path, fields=[["填报人", "=A1&\"\"", "王敏"]])[0]
    assert (f.filler.text, f.filler.source.cell) == ("王敏", "C4")


def test_a_blank_head_beside_an_unmerged_one_inherits_it(tmp_path):
    """'全年执行数' over two cells of an unmerged export, the second left blank, with the figure in the second: it is
    the 执行数; the blank beside the 项目资金 section head takes nothing."""
    rows = form_rows(money=[[None, "年度资金总额", 100, 120, None, 108, 10, "90.00%", 9]])
    rows[4] = ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", None, "分值", "执行率", "得分"]
    f = read(tmp_path, rows)[0]
    assert [(c.key, c.col) for c in f.budget_columns] == [
        ("initial", 3), ("budget", 4), ("executed", 6), ("weight", 7), ("rate", 8), ("score", 9)]
    assert f.line("total").cells["executed"].value == 108


def test_targets_with_a_comparator_reasons_and_words_in_points(tmp_path):
    """'≥2000' is the number 2000 with its sign ('≥2000人次' with its unit is text); the last column's 偏差原因 is
    read; '无' as a 得分 is a blank (only a target's '无' is an answer)."""
    inds = [[None, "产出指标", "数量指标", "培训人次", "≥2000", "2150人次", 50, "无", "未完成自评"], INDS[1]]
    ind = read(tmp_path, inds=inds)[0].sections[1].indicators[0]
    assert (ind.expected.value, ind.expected.text, ind.actual.text) == (2000, "≥2000", "2150人次")
    assert (ind.reason, ind.score, ind.score_text) == ("未完成自评", None, None)


def test_a_number_read_as_a_float_after_a_label():
    """A spreadsheet read as floats (.xls) gives 95.0 after 评价等级: the value is '95'."""
    from govaudit.readers.base import Cell, Sheet, Workbook
    from govaudit.recognize.disclosure import recognize

    s = Sheet(name="绩效")
    for r, values in enumerate(form_rows(fields=[["评价等级", 95.0, "优"]]), start=1):
        for c, v in enumerate(values, start=1):
            if v is not None:
                s.cells[(r, c)] = Cell(r, c, float(v) if isinstance(v, int) else v)
    [f] = recognize(Workbook(path="a.xls", sheets=[s], kind="workbook")).forms
    assert (f.grade.text, f.total_score.value) == ("95", 95)


# ------------------------------------------------------------------ s6fin1: the rest of the file's survivors
def test_the_layout_named_by_the_budget_heads(tmp_path):
    """到位 (Hebei) before 全年预算/全年执行 (central) before 调整后预算/预算执行数 (Sichuan); none of them: unknown."""
    for heads, layout in ((("年初预算数", "全年预算数", "全年执行数"), "central"),
                          (("年初预算数", "预算数", "全年执行数"), "central"),
                          (("年初预算数", "资金到位数", "全年执行数"), "hebei"),
                          (("年初预算数", "调整后预算数", "执行数"), "sichuan"),
                          (("年初预算数", "预算数", "预算执行数"), "sichuan"),
                          (("年初预算数", "预算数", "执行数"), "unknown")):
        rows = form_rows()
        rows[4] = [MONEY_HEAD[0], None, *heads, *MONEY_HEAD[5:]]
        assert read(tmp_path, rows)[0].layout == layout, heads


def test_a_blank_head_beside_one_that_names_no_column_takes_nothing(tmp_path):
    """A 备注 over two cells of an unmerged export, the second left blank: neither is a budget column."""
    money = [[None, "年度资金总额", 100, 120, 108, 10, "90.00%", 9, "按进度", "已拨付"], MONEY[1]]
    rows = form_rows(money=money)
    rows[4] = [*MONEY_HEAD, "备注", None]
    f = read(tmp_path, rows)[0]
    assert [(c.key, c.col) for c in f.budget_columns] == [
        ("initial", 3), ("budget", 4), ("executed", 5), ("weight", 6), ("rate", 7), ("score", 8)]


def test_a_comparator_in_an_amount_is_not_a_number(tmp_path):
    """'≥108' is a target's way of writing; as an amount it is text, and said so."""
    f, issues = read(tmp_path, money=[[None, "年度资金总额", 100, 120, "≥108", 10, "90.00%", 9], MONEY[1]])
    assert f.line("total").cells["executed"] is None and f.line("total").texts["executed"].text == "≥108"
    assert [(i.kind, i.location.cell) for i in issues] == [("not_a_number", "E6")]


def test_an_indicator_header_repeated_on_a_new_page(tmp_path):
    """The indicators between the first header and its repeat are read (the part starts at the first header)."""
    f = read(tmp_path, inds=[INDS[0], HEAD, INDS[1]])[0]
    names = [(s.name, [i.name for i in s.indicators]) for s in f.sections]
    assert ("产出指标", ["培训人次"]) in names and ("效益指标", ["群众满意度"]) in names


def test_the_year_of_a_long_title_and_lines_of_16_and_17_characters(tmp_path):
    """A title of any length gives its year; a line above the parts only when it is at most 16 characters; a year
    in a part's header (a column's) is not the form's."""
    rows = form_rows()
    rows[0], rows[1] = ["2023年度就业创业服务能力建设项目支出绩效自评表"], ["本表按项目支出绩效自评工作的要求填写"]
    assert (read(tmp_path, rows)[0].year, read(tmp_path, rows)[0].year_cell) == (2023, "A1")
    rows = form_rows()
    rows[1] = ["评价年度：2023年度（已自评）"]  # 16
    assert (read(tmp_path, rows)[0].year, read(tmp_path, rows)[0].year_cell) == (2023, "A2")
    rows[1] = ["评价年度：2023年度（经已自评）"]  # 17
    assert read(tmp_path, rows)[0].year is None
    rows = form_rows()
    rows[1] = ["本表按项目支出绩效自评工作的要求填写"]
    rows[4] = list(MONEY_HEAD)
    rows[4][2] = "2023年初预算数"
    f = read(tmp_path, rows)[0]
    assert (f.year, f.budget_columns[0].key) == (None, "initial")


def test_a_unit_or_a_label_after_a_number_in_its_row(tmp_path):
    """A number before a 金额单位 or a label in the same row (a 项目编号, a line's number) does not hide them."""
    f = read(tmp_path, fields=[["项目编号", 2023001, "金额单位：元"]])[0]
    assert (f.unit, f.unit_cell) == ("元", "C4")
    rows = form_rows()
    rows[2] = [1, "项目名称", "就业补助"]
    assert read(tmp_path, rows)[0].project.text == "就业补助"


def test_a_label_written_out_twice_then_another_label(tmp_path):
    """An unmerged export repeats 主管部门 in two cells: the 实施单位 after it in the same row is still read."""
    rows = form_rows()
    rows[3] = ["主管部门", "主管部门", "人社部", "实施单位", "就业促进司"]
    f = read(tmp_path, rows)[0]
    assert (f.department.text, f.implementer.text) == ("人社部", "就业促进司")


def test_a_total_line_labelled_by_its_column_and_a_line_with_a_blank_first_figure(tmp_path):
    """A total line labelled just '预算数' or '执行数' is the 总额; a 其中 line with no 年初预算数 still has its other
    figures."""
    for label, shown in (("预算数", "总额"), ("执行数", "总额"), ("年度资金总额", "年度资金总额")):
        f = read(tmp_path, money=[[None, label, 100, 120, 108, 10, "90.00%", 9], MONEY[1]])[0]
        assert (f.line("total").label, f.line("total").cells["executed"].value) == (shown, 108), label
    f = read(tmp_path, money=[MONEY[0], [None, "其中：当年财政拨款", None, 120, 108, "—", "—", "—"]])[0]
    cells = f.line("fiscal").cells
    assert (cells["initial"], cells["budget"].value, cells["executed"].value) == (None, 120, 108)


def test_a_completion_rate_before_the_goal_and_a_goal_written_out_twice(tmp_path):
    """总体完成率 in the column before 预期目标: all three are read; a goal written into both cells of an unmerged
    export with 实际完成情况 left blank: nothing is achieved."""
    goal = [["年度总体目标", "总体完成率", "预期目标", None, "实际完成情况"], [None, "95%", "完成平台升级", None, "平台升级完成"]]
    f = read(tmp_path, goal=goal)[0]
    assert (f.completion.value, f.goal.text, f.achieved.text) == (95, "完成平台升级", "平台升级完成")
    goal = [GOAL[0], [None, "完成平台升级", "完成平台升级", None, None]]
    f = read(tmp_path, goal=goal)[0]
    assert (f.goal.text, f.goal.source.cell, f.achieved) == ("完成平台升级", "B9", None)


def test_an_indicators_places_name_its_columns_and_its_detail(tmp_path):
    """A finding on a 指标值 names the column it is in (预期指标值 / 实际完成值); one 三级指标 cell is the name and no
    detail, a second one beside it (an unmerged export's 指标内容) is the detail."""
    ind = read(tmp_path)[0].sections[1].indicators[0]
    assert (ind.expected.source.col_label, ind.actual.source.col_label, ind.detail) == ("预期指标值", "实际完成值", None)
    head = [*HEAD[:4], None, *HEAD[4:]]
    inds = [[None, "产出指标", "数量指标", "培训人次", "线下培训", "≥2000人次", "2150人次", 50, 50]]
    ind = read(tmp_path, rows=form_rows(inds=inds)[:9] + [head, *inds, [*TOTAL[:4], None, *TOTAL[4:]]])[0]\
        .sections[1].indicators[0]
    assert (ind.level3, ind.detail, ind.expected.text) == ("培训人次", "线下培训", "≥2000人次")


def test_the_total_line_under_a_merged_label_with_dashes_before_the_score(tmp_path):
    """'—' in 年度指标值/实际完成值 of the 总分 line: the 总分 is the 自评得分 column's 95; '总分' merged over the
    columns up to 分值 (the 分值 right beside it): the 分值 total is 100."""
    f = read(tmp_path, total=["总分", None, None, None, "—", "—", 100, 95])[0]
    assert (f.total_score.value, f.total_score.source.cell, f.total_score_text) == (95, "H13", None)
    f = book(tmp_path, ("绩效", form_rows(), ["A13:F13"])).forms[0]
    assert (f.total_score.value, f.total_weight.value, f.total_weight.source.cell) == (95, 100, "G13")


def test_two_forms_on_one_sheet(tmp_path):
    """A Word document's forms lie on one sheet, one under the other: each is read with its own figures."""
    second = form_rows(project="职业技能培训", total=["总分", None, None, None, None, None, 100, 88])
    d = book(tmp_path, ("绩效", [*form_rows(), [], *second]))
    assert [(f.project.text, f.total_score.value, f.line("total").cells["executed"].value) for f in d.forms] == [
        ("就业创业服务能力建设", 95, 108), ("职业技能培训", 88, 108)]


def test_a_whole_number_weight_in_a_sections_name_has_no_decimals(tmp_path):
    """'产出指标（50分）': the weight 50 is shown with no decimals (its rounding is ±0.5)."""
    inds = [[None, "产出指标（50分）", "数量指标", "培训人次", "≥2000人次", "2150人次", 50, 50], INDS[1]]
    s = read(tmp_path, inds=inds)[0].sections[1]
    assert (s.name, s.weight.value, s.weight.decimals, s.weight_from) == ("产出指标", 50, 0, "label")


def test_a_form_that_cannot_be_read_leaves_the_rest_of_the_workbook(tmp_path, monkeypatch):
    """Should reading a form fail on something unforeseen, the form is left out; the workbook is still read."""
    import govaudit.recognize.forms as forms_mod

    def broken(self, header, headers):
        raise ValueError("unforeseen")

    monkeypatch.setattr(forms_mod.FormBuilder, "read_budget", broken)
    d = book(tmp_path, ("绩效", form_rows()))
    assert (d.forms, d.cell_issues) == ([], [])


def test_the_year_line_of_a_form_without_a_budget_or_a_goal_part(tmp_path):
    """A form with no 预算执行情况 (or no 目标完成情况) part: the year is still the line under the title's."""
    no_budget = form_rows()[:4] + form_rows()[7:]
    no_goal = form_rows()[:7] + form_rows()[9:]
    for rows in (no_budget, no_goal):
        f = read(tmp_path, rows)[0]
        assert (f.year, f.year_cell, len(f.sections[-1].indicators)) == (2023, "A2", 1)


def test_budget_lines_under_heads_that_are_also_line_labels_and_before_the_indicators(tmp_path):
    """Heads '预算数'/'执行数' (a line may be labelled so too) are no budget line; an indicator header right under
    the budget lines (no goal part) whose last column is '其他说明' (an 其他 line's label) ends them."""
    rows = form_rows()
    rows[4] = [MONEY_HEAD[0], None, "年初预算数", "预算数", "执行数", *MONEY_HEAD[5:]]
    no_goal = form_rows()[:7] + [[*HEAD, "其他说明"], *form_rows()[10:]]
    for rows in (rows, no_goal):
        f = read(tmp_path, rows)[0]
        assert [(b.key, b.label, b.row) for b in f.budget] == [("total", "年度资金总额", 6), ("fiscal", "其中：当年财政拨款", 7)]
        assert f.line("total").cells["executed"].value == 108
