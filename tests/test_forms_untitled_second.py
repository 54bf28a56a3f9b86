"""An untitled complete 绩效自评表 on a second sheet (session 17, s17forms; the "Left / known" miss of session 16).

A workbook's first sheet holds a titled form; "Sheet2" holds, with no title at all, another project's complete form
(项目名称, 主管部门, the 资金 lines, 年度目标, the indicator table with 分值/得分, 总分, 评价等级). Until this session that
form was built and dropped without a word, so its errors were never reported. Keeping every untitled table that names
another 项目 was tried in session 16 and reverted: a summary table '序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 |
得分' on Sheet2 then became a form with a false error. So an untitled sheet is a form only when it has a form's structure
(its own 项目名称 field, a 资金 block and indicator rows with 分值): the wrong 总分 of the complete form is reported, the
summary table and a list of 项目 stay silent.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from test_forms_heldout_s11 import Pin, blank, check, codes, merge_grid, put, read_forms
from test_forms_heldout_s17 import form_bj, form_hb, form_zj


def sheets_file(folder, first, second_rows, name="自评表.xlsx"):
    """`first` (a form, with its title) on sheet "自评表"; `second_rows` (a grid, no title) on "Sheet2" from A1."""
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    pins = []
    top = 1
    for line in first["head"]:
        ws.cell(row=top, column=1, value=line)
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=len(first["rows"][0]))
        top += 1
    for grid, sheet, at in ((first["rows"], ws, top), (second_rows, wb.create_sheet("Sheet2"), 1)):
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if isinstance(v, Pin):
                    pins.append(f"{sheet.title}!{get_column_letter(1 + c)}{at + r}")
                if not blank(v):
                    put(sheet, at + r, 1 + c, v)
        merge_grid(sheet, grid, at)
    path = folder / name
    wb.save(path)
    return path, pins


def where(f):
    loc = f.locations[0]
    return f"{loc.sheet}!{loc.cell}"


SUMMARY = [
    ["序号", "项目名称", "全年预算数", "全年执行数", "执行率", "得分"],
    ["1", "基层农技推广体系改革与建设", "320.00", "298.56", "93.30%", "97.83"],
    ["2", "老旧小区综合整治", "22400.00", "21683.20", "96.80%", "97.68"],
    ["合计", "", "22720.00", "21981.76", "96.75%", "—"],
]
PROJECT_LIST = [
    ["序号", "项目名称", "主管部门", "实施单位", "全年预算数", "自评得分", "自评等级"],
    ["1", "基层农技推广体系改革与建设", "湖北省农业农村厅", "湖北省农业技术推广总站", "320.00", "97.83", "优"],
    ["2", "老旧小区综合整治", "北京市住房和城乡建设委员会", "北京市老旧小区综合整治事务中心", "22400.00", "97.68", "优"],
]


def test_clean_untitled_complete_form_on_sheet2_is_read_and_clean(tmp_path):
    path, _ = sheets_file(tmp_path, form_hb(), form_bj()["rows"])
    assert codes(check(path, tmp_path)) == []
    forms = read_forms(path)
    assert [f.project.text for f in forms] == ["基层农技推广体系改革与建设", "老旧小区综合整治"]


def test_wrong_total_of_the_untitled_form_on_sheet2_is_reported_there(tmp_path):
    second = form_bj(total=Pin("96.68"))
    path, pins = sheets_file(tmp_path, form_hb(), second["rows"])
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"], codes(found)
    assert pins[0] in [where(f) for f in found if f.code == "PRF104"]
    assert all("老旧小区综合整治" in f.message for f in found if f.code == "PRF104")


def test_untitled_department_form_on_sheet2_with_a_wrong_part(tmp_path):
    """A 部门整体 form (部门（单位）名称) untitled on Sheet2: its 资金 lines are checked too."""
    from test_forms_heldout_s11 import parts_wrong
    from test_forms_heldout_s17 import ZJ_MONEY

    second = form_zj(money=parts_wrong(ZJ_MONEY, "其他资金", 3, "201.50"))
    path, pins = sheets_file(tmp_path, form_hb(), second["rows"])
    found = check(path, tmp_path)
    assert codes(found) == ["PRF001"], codes(found)
    assert pins[0] in [where(f) for f in found if f.code == "PRF001"]


def test_summary_table_on_sheet2_stays_silent(tmp_path):
    path, _ = sheets_file(tmp_path, form_hb(), SUMMARY)
    assert codes(check(path, tmp_path)) == []
    assert len(read_forms(path)) == 1


def test_project_list_on_sheet2_stays_silent(tmp_path):
    path, _ = sheets_file(tmp_path, form_hb(), PROJECT_LIST)
    assert codes(check(path, tmp_path)) == []
    assert len(read_forms(path)) == 1


def test_wrong_figures_in_a_summary_table_are_not_a_form(tmp_path):
    """A summary whose 执行率 is wrong is still no form: nothing to say about it as a 绩效自评表."""
    rows = [list(r) for r in SUMMARY]
    rows[1][4] = "59.00%"
    path, _ = sheets_file(tmp_path, form_hb(), rows)
    assert [c for c in codes(check(path, tmp_path)) if c.startswith("PRF")] == []
    assert len(read_forms(path)) == 1


def test_untitled_target_table_on_sheet2_is_no_form(tmp_path):
    """A 绩效目标表 of another project on Sheet2 (项目名称, 资金, 指标 with 指标值, no 分值/得分): not a self-evaluation,
    not read as a form (it would lack a 总分 and its scores)."""
    rows = [list(r) for r in form_bj()["rows"]]
    for row in rows:
        if row[0] in ("总分", "评价等级"):
            row[:] = [""] * len(row)
    header = next(i for i, r in enumerate(rows) if "一级指标" in r)
    for row in rows[header:]:
        row[7:9] = ["", ""]  # no 分值, no 得分
    path, _ = sheets_file(tmp_path, form_hb(), [r for r in rows if any(v not in ("", None) for v in r)])
    assert codes(check(path, tmp_path)) == []
    assert len(read_forms(path)) == 1


def test_two_untitled_forms_one_under_another_on_sheet2(tmp_path):
    """Sheet2 holds two more forms, neither titled: both read, the upper one's wrong part found."""
    from test_forms_heldout_s11 import parts_wrong
    from test_forms_heldout_s17 import ZJ_MONEY

    upper = form_zj(money=parts_wrong(ZJ_MONEY, "其他资金", 3, "201.50"))["rows"]
    lower = form_bj()["rows"]
    path, pins = sheets_file(tmp_path, form_hb(), [*upper, [""] * 10, *lower])
    found = check(path, tmp_path)
    assert codes(found) == ["PRF001"], codes(found)
    assert pins[0] in [where(f) for f in found if f.code == "PRF001"]
    assert [f.name for f in read_forms(path)] == ["基层农技推广体系改革与建设", "浙江省市场监督管理局", "老旧小区综合整治"]
