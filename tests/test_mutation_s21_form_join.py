"""recognize/form_join.py (a 绩效自评表's indicator table going on under a title of its own): the behaviour a mutation
run left unchecked (s21 mut, issue 14, README "变异测试"). Workbooks of the 中央式 ZY form (tests/test_forms_heldout_s13)
cut over two sheets in ways the earlier tests did not."""

from __future__ import annotations

from openpyxl import Workbook

from test_forms_heldout_s11 import L, blank, check, codes, continued, merge_grid, put, read_forms
from test_forms_heldout_s13 import ZY_INDICATORS, ZY_TOTAL, form_zy, two_sheet_file

# ZY grid rows: 0 名称, 1 部门, 2 资金 header, 3–6 money, 7–8 目标, 9 indicator header, 10–19 indicators, 20 总分
HEADER = 9


def sheets(folder, parts, name="自评表.xlsx"):
    """One sheet per (sheet name, lines over the grid, grid)."""
    wb = Workbook()
    for k, (title, head, grid) in enumerate(parts):
        ws = wb.active if k == 0 else wb.create_sheet(title)
        ws.title = title
        for top, line in enumerate(head, start=1):
            ws.cell(row=top, column=1, value=line)
        top = len(head) + 1
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if not blank(v):
                    put(ws, top + r, 1 + c, v)
        merge_grid(ws, grid, top)
    path = folder / name
    wb.save(path)
    return path


def summary(path):
    return [(f.project.text if f.project else None, sum(len(s.indicators) for s in f.sections),
             str(f.total_score.value) if f.total_score else None) for f in read_forms(path)]


def test_the_indicator_table_wholly_on_the_next_sheet_is_joined(tmp_path):
    """Sheet 1 ends with the 目标 rows; the indicator table, its header and the 总分 are on the next sheet under
    '…（续）'. The form before has no indicator yet: the part is still joined (read under its own header)."""
    path, _ = two_sheet_file(tmp_path, form_zy(), HEADER, False)
    assert summary(path) == [("国家标准制修订工作经费", 11, ZY_TOTAL)]  # 10 indicators and the budget's 执行率
    assert codes(check(path, tmp_path)) == []


def test_columns_without_a_header_are_the_ones_the_last_indicator_was_read_from(tmp_path):
    """The 成本指标 section's first indicator has its 年度指标值 left blank; the part on the next sheet (after the
    section's second indicator), without its header, is read in the columns of the LAST indicator before it, so each
    of its indicators has its 指标值."""
    blank_one = [tuple("" if (i == 4 and j == 3) else v for j, v in enumerate(t)) for i, t in enumerate(ZY_INDICATORS)]
    path, _ = two_sheet_file(tmp_path, form_zy(indicators=blank_one), 16, False)
    (form,) = read_forms(path)
    read = [i.expected is not None for s in form.sections if s.origin == "indicators" for i in s.indicators]
    assert read == [True] * 4 + [False] + [True] * 5


def _renamed_part(tmp_path, name):
    """Sheet 1 cut after the sixth indicator; the next sheet, under '…（续）', starts with a 项目名称 row naming
    `name`, then the indicator header and the rest."""
    f = form_zy()
    rows, head = f["rows"], f["head"]
    part = [["项目名称", name] + [L] * 8, rows[HEADER]] + continued(rows, 16)
    return sheets(tmp_path, [("自评表", head, rows[:16]), ("自评表（续）", [head[0] + "（续）"], part)])


def test_a_part_naming_the_forms_own_project_is_its_rest(tmp_path):
    path = _renamed_part(tmp_path, "国家标准制修订工作经费")
    assert summary(path) == [("国家标准制修订工作经费", 11, ZY_TOTAL)]
    assert codes(check(path, tmp_path)) == []


def test_a_part_naming_another_project_is_not_its_rest(tmp_path):
    """The same part under another project's name: a form of its own (the first form lacks its 总分, the second
    its money: both reported), not indicators of the first."""
    path = _renamed_part(tmp_path, "国家标准外文版翻译")
    assert summary(path) == [("国家标准制修订工作经费", 7, None), ("国家标准外文版翻译", 4, ZY_TOTAL)]


def test_a_whole_second_form_with_the_same_name_and_its_own_money_stays_a_form(tmp_path):
    """The first form has no 总分 row; the next sheet, under the same title, holds a whole form of the same name
    with its own money and goal: a form of its own (a form's rest has no money), not more indicators of the first."""
    f = form_zy()
    rows, head = f["rows"], f["head"]
    path = sheets(tmp_path, [("自评表", head, rows[:-1]), ("项目2", head, rows)])
    assert summary(path) == [("国家标准制修订工作经费", 11, None), ("国家标准制修订工作经费", 11, ZY_TOTAL)]
    assert codes(check(path, tmp_path)) == ["PRF202"]  # the first form's 总分 is missing indeed


def test_a_form_with_its_total_takes_no_more_indicators(tmp_path):
    """A whole form with its 总分, then a sheet '…（续）' with four indicator rows (no header): the form was complete
    at its 总分; the rows are not joined to it."""
    f = form_zy()
    rows, head = f["rows"], f["head"]
    path = sheets(tmp_path, [("自评表", head, rows), ("自评表（续）", [head[0] + "（续）"], continued(rows, 16)[:-1])])
    assert summary(path) == [("国家标准制修订工作经费", 11, ZY_TOTAL)]
