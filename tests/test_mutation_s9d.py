"""Session 9's new recognition and PRF001 lines under mutation (issue 14, s9mutD): survivors of
`tools/mutate.py --only-lines` over the lines s9forms and s9gen changed since 4192383 (form_specs.py, forms.py,
checks/performance_budget.py, recognize/disclosure.py, recognize/tables.py), killed on small forms and sheets built
here, asserting what a user sees: the findings and their expected sums, the figures and fields read."""

from __future__ import annotations

from pathlib import Path

from decimal import Decimal

from openpyxl import Workbook

from test_forms_support import check
from test_mutation_forms_recognize import MONEY_HEAD, form_rows

D = Decimal


def _findings(tmp_path: Path, rows, name="绩效.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效"
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    path = tmp_path / name
    wb.save(path)
    return check(path, tmp_path)


def _money(*lines):
    """Budget lines (label, 年初预算数, 全年预算数, 全年执行数) under the 年度资金总额 100 · 120 · 108 (执行率 90 %)."""
    return [[None, "年度资金总额", 100, 120, 108, 10, "90.00%", 9]] + [
        [None, label, a, b, c, "—", "—", "—"] for label, a, b, c in lines]


def _prf001(findings):
    return [(f.locations[0].col_label, f.expected, f.actual) for f in findings if f.code == "PRF001"]


# ---------------------------------------------------------------- PRF001: the total broken down more than once
TWO_BREAKDOWNS = [("其中：财政拨款", 80, 100, 90), ("其他资金", 20, 20, 18),
                  ("其中：基本支出", 30, 30, 30), ("项目支出", 70, 90, 78)]


def test_two_breakdowns_that_each_add_up_are_clean(tmp_path):
    """其中：财政拨款 · 其他资金, then 其中：基本支出 · 项目支出: each pair is the total (100 · 120 · 108) on its own,
    all four together are twice it: no PRF001 (a line without 其中 belongs to the breakdown above it)."""
    assert _prf001(_findings(tmp_path, form_rows(money=_money(*TWO_BREAKDOWNS)))) == []


def test_only_the_breakdown_that_does_not_add_up_is_reported(tmp_path):
    """项目支出 全年预算数 95 instead of 90: the second breakdown is 30 + 95 = 125, not 120; the first adds up. One
    PRF001, its expected sum that of the wrong breakdown only."""
    lines = list(TWO_BREAKDOWNS)
    lines[3] = ("项目支出", 70, 95, 78)
    assert _prf001(_findings(tmp_path, form_rows(money=_money(*lines)))) == [("预算数", "125.00", "120.00")]


def test_when_no_breakdown_adds_up_one_finding_sums_all_lines(tmp_path):
    """Both breakdowns wrong in 全年预算数 (财政拨款 105, 项目支出 95), both coming to 125: reported once, against one
    breakdown's sum (105 + 20 = 125: the 总额 is what is wrong), not as the sum of every line (250, twice the total:
    s14forms); when they come to different sums (项目支出 100: 130), each is reported on its own."""
    lines = list(TWO_BREAKDOWNS)
    lines[0] = ("其中：财政拨款", 80, 105, 90)
    lines[3] = ("项目支出", 70, 95, 78)
    assert _prf001(_findings(tmp_path, form_rows(money=_money(*lines)))) == [("预算数", "125.00", "120.00")]
    lines[3] = ("项目支出", 70, 100, 78)
    assert _prf001(_findings(tmp_path, form_rows(money=_money(*lines)))) == [("预算数", "125.00", "120.00"),
                                                                             ("预算数", "130.00", "120.00")]


def test_each_source_written_with_its_own_qizhong_adds_up_as_one_breakdown(tmp_path):
    """“其中：财政拨款 100 · 120 · 108” and “其中：其他资金 0 · 0 · 0”: every line says 其中, so each is a breakdown of
    its own as far as grouping goes, but all of them together add up: clean (the 0 line alone is not judged against
    the total)."""
    money = _money(("其中：财政拨款", 100, 120, 108), ("其中：其他资金", 0, 0, 0))
    assert _prf001(_findings(tmp_path, form_rows(money=money))) == []


def test_a_source_equal_to_the_total_beside_a_wrong_other_line_sums_both(tmp_path):
    """其中：财政拨款 120 (全年预算数, the total itself) and 其他资金 5 below it (no 其中): one breakdown, 125 ≠ 120 —
    reported with the sum of both lines, not 5 alone."""
    money = _money(("其中：财政拨款", 100, 120, 108), ("其他资金", 0, 5, 0))
    assert _prf001(_findings(tmp_path, form_rows(money=money))) == [("预算数", "125.00", "120.00")]


# ---------------------------------------------------------------- two tables side by side (recognize/disclosure.py)
def _sheet(rows):
    from govaudit.readers.base import Cell, Sheet

    cells = {(r, c): Cell(row=r, col=c, value=v) for r, row in enumerate(rows, 1) for c, v in enumerate(row, 1)
             if v is not None}
    return Sheet(name="S", cells=cells)


def _columns(parts):
    return [sorted({c for _r, c in p.cells}) for p in parts]


PAIR = ["政府性基金预算财政拨款收入支出决算表", None, "公开08表", None, "国有资本经营预算财政拨款支出决算表", None]
UNDER = [["项目", "本年支出", None, None, "项目", "本年支出"], ["合计", 1.5, None, None, "合计", None]]


def test_side_by_side_titles_below_a_line_of_their_own_are_still_taken_apart():
    """A 编制单位 line over the two titles (a line with fewer than two titles): the titles' line below is still found
    and the sheet split at the empty column 4."""
    from govaudit.recognize.disclosure import side_by_side

    parts = side_by_side(_sheet([["编制单位：某市某局"], PAIR, *UNDER]))
    assert _columns(parts) == [[1, 2, 3], [5, 6]]


def test_side_by_side_titles_below_a_table_with_its_own_code_are_still_taken_apart():
    """A full-width table above, its title written out into each cell of its merged range (an unmerged export: two
    titles of one table on one line) with its own 公开02表, and two small tables side by side below it, the empty
    column 4 unused by the one above: the pair is still split."""
    from govaudit.recognize.disclosure import side_by_side

    top = [["收入决算表", "收入决算表", "公开02表"], ["项目", "本年收入", "上年收入"], ["合计", 3, 2]]
    parts = side_by_side(_sheet([*top, [None], PAIR, *UNDER]))
    assert len(parts) == 2
    assert _columns(parts)[1] == [5, 6]
    assert {c for _r, c in parts[0].cells} == {1, 2, 3}


# ---------------------------------------------------------------- 绩效自评表 recognition (recognize/forms.py)
def _rate(tmp_path, header, typed):
    from test_mutation_forms_recognize import read

    rows = form_rows(money=[[None, "年度资金总额", 100, 120, 108, 10, typed, 9],
                            [None, "其中：当年财政拨款", 100, 120, 108, "—", "—", "—"]])
    rows[rows.index(MONEY_HEAD)] = [*MONEY_HEAD[:6], header, MONEY_HEAD[7]]
    rate = read(tmp_path, rows)[0].line("total").cells["rate"]
    return rate.value, rate.decimals, rate.percent


def test_a_rate_typed_as_text_is_a_fraction_only_under_a_header_without_percent(tmp_path):
    """执行率 typed as text: '0.90' under 执行率 is the fraction 90 %; under 执行率（%） it is 0.90 %, and '90.00'
    there is 90.00 % (a number the header says is a percent is never multiplied by 100); one decimal ('0.9') is a
    fraction too, as the number 0.9 shown in General format is (s14forms: HU's three projects in Word); a whole
    number ('1') is as typed."""
    assert _rate(tmp_path, "执行率", "0.90") == (90, 0, True)
    assert _rate(tmp_path, "执行率（%）", "0.90") == (D("0.90"), 2, True)
    assert _rate(tmp_path, "执行率（%）", "90.00") == (90, 2, True)
    assert _rate(tmp_path, "执行率", "0.9") == (90, 0, True)
    assert _rate(tmp_path, "执行率", "1") == (1, 0, True)


def test_a_text_fraction_up_to_one_and_a_half(tmp_path):
    """Under 执行率 (no %): '1.00' is 100 %, '1.50' is 150 % (a fraction as far as 1.5), '1.60' is 1.60 %, '0.00' is
    0 % as typed."""
    assert _rate(tmp_path, "执行率", "1.00") == (100, 0, True)
    assert _rate(tmp_path, "执行率", "1.50") == (150, 0, True)
    assert _rate(tmp_path, "执行率", "1.60") == (D("1.60"), 2, True)
    assert _rate(tmp_path, "执行率", "0.00")[1] == 2


# ---------------------------------------------------------------- 部门（单位）名称 (a 部门整体支出 form)
def _read(tmp_path, rows):
    from test_mutation_forms_recognize import read

    return read(tmp_path, rows)[0]


def _dept_rows(*fields):
    rows = form_rows()
    return rows[:2] + list(fields) + rows[4:]  # no 项目名称 line, no 主管部门 line


def test_a_department_form_is_named_by_its_department(tmp_path):
    """部门（单位）名称 | 某市人力资源和社会保障局, and no 项目名称: the form is headed by the department's name, its
    place that cell; 实施单位 on the same line is still read."""
    f = _read(tmp_path, _dept_rows(["部门（单位）名称", "某市人力资源和社会保障局", None, "实施单位", "就业促进科"]))
    assert (f.project.text, f.project.source.cell) == ("某市人力资源和社会保障局", "B3")
    assert f.implementer.text == "就业促进科"


def test_the_first_of_two_department_names_heads_the_form(tmp_path):
    """部门名称 then 单位名称 (a unit under the department): the form is named by the first."""
    f = _read(tmp_path, _dept_rows(["部门名称", "某市人力资源和社会保障局"], ["单位名称", "某市就业服务中心"]))
    assert f.project.text == "某市人力资源和社会保障局"


def test_a_project_form_with_a_unit_name_keeps_its_project_name(tmp_path):
    """单位名称 | 某市就业服务中心 above 项目名称 | 就业补助: a project form names itself by its project."""
    rows = form_rows(project="就业补助")
    rows.insert(2, ["单位名称", "某市就业服务中心"])
    f = _read(tmp_path, rows)
    assert (f.project.text, f.project.source.cell) == ("就业补助", "B4")


def test_a_department_form_with_its_name_left_blank(tmp_path):
    """部门（单位）名称 with an empty value: no name read, but the place where the name belongs is known."""
    f = _read(tmp_path, _dept_rows(["部门（单位）名称", None, None, "实施单位", "就业促进科"]))
    assert f.project is None
    assert "project" in f.slots


# ---------------------------------------------------------------- a line under 其中 without 其中 (forms._part_label)
def _parts(tmp_path, *lines):
    f = _read(tmp_path, form_rows(money=_money(*lines)))
    return [(b.key, b.label) for b in f.budget if b.key != "total"]


def test_a_line_after_a_qizhong_line_is_read_up_to_24_characters(tmp_path):
    """'项目支出…' under '其中：基本支出' is a line of the breakdown when its name is at most 24 characters; 25 is a
    sentence (a note below the lines), which ends them."""
    name24 = "项目支出用于就业培训创业补贴和公共就业服务平台等"
    assert len(name24) == 24
    head = [("fiscal", "其中：财政拨款"), ("other", "其他资金"), ("label:基本支出", "其中：基本支出")]
    lines = [("其中：财政拨款", 80, 100, 90), ("其他资金", 20, 20, 18), ("其中：基本支出", 30, 30, 30)]
    assert _parts(tmp_path, *lines, (name24, 70, 90, 78)) == [*head, ("label:" + name24, name24)]
    assert _parts(tmp_path, *lines, (name24 + "额", 70, 90, 78)) == head


def test_tables_side_by_side_without_an_empty_column_between_them_stay_one_sheet():
    """Two titles on one line but every column between them holds cells (the left table's columns): no empty column,
    no split."""
    from govaudit.recognize.disclosure import side_by_side

    rows = [["政府性基金预算财政拨款收入支出决算表", None, "公开08表", "国有资本经营预算财政拨款支出决算表", None],
            ["项目", "本年支出", "上年支出", "项目", "本年支出"], ["合计", 1.5, 1.2, "合计", None]]
    assert len(side_by_side(_sheet(rows))) == 1


def test_a_merged_cell_reaching_into_the_empty_column_keeps_the_tables_together():
    """Column 4 holds no cell, but a merged range ends there (columns 1–4) or begins there (columns 4–6, an empty
    merged heading): the column is inside a table, not between two; not split. Without the merge it is split."""
    from govaudit.recognize.disclosure import side_by_side

    rows = [PAIR, *UNDER]
    assert len(side_by_side(_sheet(rows))) == 2
    for merge in ((1, 1, 1, 4), (2, 4, 2, 6)):
        sheet = _sheet(rows)
        sheet.merged.append(merge)
        assert len(side_by_side(sheet)) == 1, merge


# ---------------------------------------------------------------- the words of a 总分 line (recognize/form_specs.py)
def test_a_total_label_with_its_full_marks_in_brackets():
    """总分（满分100分）, 总分(100分), 合计（100）, 总分（100.5分）: the 总分 label with its full marks; it ends the
    indicator table and the value of a field before it. '总分（满分）' (no number) and '总分说明' are not."""
    from govaudit.recognize import form_specs as fs

    for t in ("总分", "总分（满分100分）", "总分(100分)", "合计（100）", "总分（100.5分）", "自评总分"):
        assert (fs.is_total_label(t), fs.ends_indicators(t), fs.is_stop(t)) == (True, True, True), t
    for t in ("总分（满分）", "总分说明", "得分说明"):
        assert (fs.is_total_label(t), fs.ends_indicators(t), fs.is_stop(t)) == (False, False, False), t
    # the total written after its colon is no label, but it closes the indicator table (test_forms_blank_total)
    assert (fs.is_total_label("自评总分：95.8"), fs.ends_indicators("自评总分：95.8"), fs.is_stop("自评总分：95.8")) == (
        False, True, False)


def test_a_total_written_after_its_label_in_the_same_cell():
    """'自评总分：95.8' → '95.8', '合计:100' → '100'; a label with nothing after its colon, or no colon, is no inline
    total."""
    from govaudit.recognize import form_specs as fs

    assert fs.total_inline("自评总分：95.8") == "95.8"
    assert fs.total_inline("合计:100") == "100"
    assert fs.total_inline("总分：优") == "优"
    for t in ("自评总分：", "自评总分", "总分 95.8", "得分说明：95"):
        assert fs.total_inline(t) is None, t


def test_points_typed_with_their_unit():
    """'18.5分' → '18.5', '20分 ' → '20'; '满分' (分 after no digit) and '100 分' are left as typed."""
    from govaudit.recognize import form_specs as fs

    assert [fs.strip_points_unit(t) for t in ("18.5分", "20分 ", "满分", "100 分")] == ["18.5", "20", "满分", "100 分"]


def test_a_pair_without_an_empty_column_above_a_pair_with_one():
    """收入决算表 | 支出决算表 printed in adjacent columns (column 2 between them used: not split there), and below
    them two tables with the empty column 4 between: the sheet is split at column 4."""
    from govaudit.recognize.disclosure import side_by_side

    top = [["收入决算表", None, "支出决算表"], ["项目", "本年收入", "项目"], ["合计", 3, "合计"], [None]]
    assert _columns(side_by_side(_sheet([*top, PAIR, *UNDER]))) == [[1, 2, 3], [5, 6]]


def test_a_table_code_standing_alone_between_two_empty_columns_stays_with_its_table():
    """The left table's 公开08表 printed apart, with an empty column on either side of it (4 and 6), the right table
    from column 7: split at the last empty column, so the code stays with the table on its left."""
    from govaudit.recognize.disclosure import side_by_side

    rows = [["政府性基金预算财政拨款收入支出决算表", None, None, None, "公开08表", None, "国有资本经营预算财政拨款支出决算表", None],
            ["项目", "本年支出", None, None, None, None, "项目", "本年支出"],
            ["合计", 1.5, None, None, None, None, "合计", None]]
    assert _columns(side_by_side(_sheet(rows))) == [[1, 2, 5], [7, 8]]


def test_each_side_keeps_its_own_merged_cells():
    """The right table's title merged over its two columns (row 1, columns 5–6) and the left one's over 1–2: each
    side keeps the merges in its own columns."""
    from govaudit.recognize.disclosure import side_by_side

    sheet = _sheet([PAIR, *UNDER])
    sheet.merged += [(1, 5, 1, 6), (1, 1, 1, 2)]
    left, right = side_by_side(sheet)
    assert (left.merged, right.merged) == ([(1, 1, 1, 2)], [(1, 5, 1, 6)])


def test_a_source_of_its_own_name_under_a_known_qizhong_line(tmp_path):
    """'其中：财政拨款' (a known source) then '社会捐赠资金' (a name no source uses): the second is a line of the same
    breakdown, read by its own name; the total adds up with it (100 + 0 · 110 + 10 · 100 + 8)."""
    lines = [("其中：财政拨款", 100, 110, 100), ("社会捐赠资金", 0, 10, 8)]
    assert _parts(tmp_path, *lines) == [("fiscal", "其中：财政拨款"), ("label:社会捐赠资金", "社会捐赠资金")]
    assert _prf001(_findings(tmp_path, form_rows(money=_money(*lines)))) == []


# ---------------------------------------------------------------- the unit stated in the note (recognize/tables.py)
def _unit03(tmp_path, *extra, unit_line=None):
    from recognize_books import book

    rows = [["支出决算表"], *([[unit_line]] if unit_line else []), ["科目编码", "科目名称", "本年支出合计"],
            ["201", "一般公共服务支出", 30], *extra]
    t = book(tmp_path, ("03", rows)).tables["03"]
    return t.unit, t.unit_cell


def test_the_unit_stated_only_in_the_note_under_the_table(tmp_path):
    """No unit line: '注：本表金额单位为万元。' under the table gives 万元, its place the note's cell; so do
    '注：以人民币元为单位' (元) and a note on a later line than another note. Without any, no unit."""
    assert _unit03(tmp_path, ["注：本表金额单位为万元。"]) == ("万元", "A4")
    assert _unit03(tmp_path, ["注：本表反映本年度一般公共预算支出情况。"], ["注：金额以人民币元为单位。"]) == ("元", "A5")
    assert _unit03(tmp_path, ["注：本表反映本年度一般公共预算支出情况。"])[0] is None


def test_a_unit_line_over_the_table_outranks_its_note(tmp_path):
    """'单位：万元' printed over the table and a note below naming 元 (for some other figure): the unit line is the
    table's unit."""
    assert _unit03(tmp_path, ["注：人员数量以外的金额以元为单位列示于附表。"], unit_line="单位：万元")[0] == "万元"


def test_a_dash_in_the_first_amount_column_is_no_name(tmp_path):
    """A line under '其中：基本支出' with no name, '—' in 年初预算数 and figures in the other amount columns: the dash
    is a figure's place, not the line's name; no line is read from it."""
    lines = [("其中：财政拨款", 100, 120, 108), ("其中：基本支出", 100, 120, 108)]
    assert _parts(tmp_path, *lines, (None, "—", 5, 5)) == [("fiscal", "其中：财政拨款"),
                                                           ("label:基本支出", "其中：基本支出")]


def test_numbered_lines_under_qizhong_are_read_by_their_names(tmp_path):
    """The lines numbered in a column of their own ('1' … '5', typed as text, left of the names): '项目支出' under
    '其中：基本支出' is read by its name, not by its number."""
    from test_mutation_forms_recognize import read

    money = _money(*TWO_BREAKDOWNS)
    for i, row in enumerate(money, 1):
        row[0] = str(i)
    f = read(tmp_path, form_rows(money=money))[0]
    assert [b.label for b in f.budget] == ["年度资金总额", "其中：财政拨款", "其他资金", "其中：基本支出", "项目支出"]


def test_a_sanshi_table_with_its_unit_only_in_the_note(tmp_path):
    """The sample's 三公 table (built by its own loop) with '单位：万元' taken off its 编制部门 line and the note saying
    '注：本表金额单位为万元。': its unit is 万元, from the note's cell."""
    import openpyxl

    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    sample = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2024-上海式-无误.xlsx"
    wb = openpyxl.load_workbook(sample)
    ws = wb["07三公"]
    unit = next(c for row in ws.iter_rows() for c in row if c.value == "单位：万元")
    unit.value = None
    note = next(c for row in ws.iter_rows() for c in row if str(c.value).startswith("注："))
    note.value = "注：本表金额单位为万元。"
    wb.save(tmp_path / "决算.xlsx")
    t = recognize(read_workbook(str(tmp_path / "决算.xlsx"))).tables["07"]
    assert (t.unit, t.unit_cell) == ("万元", note.coordinate)


def test_the_total_row_of_the_indicator_table_outranks_a_total_written_above(tmp_path):
    """'自评总分：95.8' written on a line above the budget part and a 总分 row closing the indicator table (95): the
    form's total score is the table's 总分 row, the one its scores add up to."""
    from test_mutation_forms_recognize import read

    rows = form_rows(fields=[["自评总分：95.8", None, None, "评价等级：优"]])
    f = read(tmp_path, rows)[0]
    assert (f.total_score.value, f.total_score.source.cell) == (95, "H14")


def test_an_empty_sanshi_table_with_its_unit_only_in_the_note(tmp_path):
    """The same 三公 table printed with no figure at all (the department had none) and its unit only in the note: the
    unit is still read from the note, when the table is finished (no figure asked for it before)."""
    import openpyxl

    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    sample = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2024-上海式-无误.xlsx"
    wb = openpyxl.load_workbook(sample)
    ws = wb["07三公"]
    for row in ws.iter_rows():
        for c in row:
            if c.value == "单位：万元" or isinstance(c.value, (int, float)):
                c.value = None
    note = next(c for row in ws.iter_rows() for c in row if str(c.value).startswith("注："))
    note.value = "注：本表金额单位为万元；本部门本年度无“三公”经费支出。"
    wb.save(tmp_path / "决算.xlsx")
    t = recognize(read_workbook(str(tmp_path / "决算.xlsx"))).tables["07"]
    assert (t.unit, t.unit_cell) == ("万元", note.coordinate)
