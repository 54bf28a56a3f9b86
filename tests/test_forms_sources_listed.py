"""Sources of money listed under the 总额 without "其中：" and without numbers (session 17, s17forms; s17rev r10).

'资金情况 | 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率' over '合计 · 中央资金 · 县级资金': the source lines were not
read at all (an unknown short label after a 总额 line ended the block unless numbered "1." or written "其中："), so a
wrong 中央资金 执行数 (409.24 for 490.24) passed: neither 409.24 + 122.56 ≠ 612.80 (PRF001) nor its own 执行率 95.75 % against
409.24 ÷ 512.00 = 79.93 % (PRF004). Such lines are now read as the numbered ones are: kept as parts of the 总额 when
some amount column adds up, else dropped (a list of something else: a stage of the budget, a comparison line).
"""

from __future__ import annotations

from openpyxl import Workbook

from test_forms_heldout_s11 import check, codes, read_forms

INDICATORS = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
    [None, "产出指标", "数量指标", "受益学生人数", "≥16000人", "16210人", 20, 20],
    [None, "产出指标", "质量指标", "食品安全事故发生次数", "0次", "0次", 20, 20],
    [None, "产出指标", "时效指标", "补助资金按时拨付率", "100%", "96%", 10, 9],
    [None, "产出指标", "成本指标", "预算执行率", "100%", "95.75%", 10, 9.58],
    [None, "效益指标", "社会效益指标", "学生营养健康水平", "有所提升", "有所提升", 20, 18],
    [None, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "95%", 20, 20],
    ["总分", None, None, None, None, None, 100, 96.58], ["自评等级", "优"],
]
LINES = [[None, "合计", 600.0, 640.0, 612.8, "95.75%"], [None, "中央资金", 480.0, 512.0, 490.24, "95.75%"],
         [None, "县级资金", 120.0, 128.0, 122.56, "95.75%"]]


def book(folder, lines):
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评"
    rows = [["2023年度项目支出绩效自评表"], ["单位名称：平江县教育局", None, None, None, None, None, "金额单位：万元"],
            ["项目名称", "农村义务教育学生营养改善计划"], ["项目负责人", "李明", None, None, "联系电话", "0731-1234567"],
            ["资金情况", "资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"], *lines,
            ["年度目标", "确保农村义务教育学生营养膳食补助按时足额发放。"], *INDICATORS]
    for row in rows:
        ws.append(row)
    path = folder / "自评表.xlsx"
    wb.save(path)
    return path


def test_clean_sources_listed_without_qizhong_are_read_as_parts(tmp_path):
    path = book(tmp_path, LINES)
    assert codes(check(path, tmp_path)) == []
    (form,) = read_forms(path)
    assert [b.label for b in form.budget] == ["合计", "中央资金", "县级资金"]


def test_wrong_execution_of_a_source_listed_without_qizhong(tmp_path):
    lines = [list(x) for x in LINES]
    lines[1][4] = 409.24
    found = check(book(tmp_path, lines), tmp_path)
    assert codes(found) == ["PRF001", "PRF004"], codes(found)
    assert [f.locations[0].cell for f in found if f.code == "PRF004"] == ["F7"]


def test_a_comparison_line_under_the_total_is_no_part(tmp_path):
    """'上年同期' under 合计 (one line, nothing to add up): not a part, nothing said about it."""
    lines = [LINES[0], [None, "上年同期", 580.0, 600.0, 570.0, "95.00%"]]
    path = book(tmp_path, lines)
    assert codes(check(path, tmp_path)) == []
    assert [b.label for b in read_forms(path)[0].budget] == ["合计"]


def test_stages_of_the_budget_that_add_up_stay_clean(tmp_path):
    """'年初安排 · 年中调整' under 合计, adding up to it: read as its parts, and clean (nothing to say about them)."""
    lines = [LINES[0], [None, "年初安排", 600.0, 600.0, 580.0, "96.67%"], [None, "年中调整", None, 40.0, 32.8, "82.00%"]]
    assert codes(check(book(tmp_path, lines), tmp_path)) == []


def test_two_lines_under_the_total_adding_up_in_no_column_are_no_parts(tmp_path):
    """'上年同期 · 上年预算' under 合计: no amount column adds up (not a breakdown of it): dropped, nothing said."""
    lines = [LINES[0], [None, "上年同期", 580.0, 600.0, 570.0, "95.00%"], [None, "上年预算", 560.0, 580.0, 550.0, "94.83%"]]
    path = book(tmp_path, lines)
    assert codes(check(path, tmp_path)) == []
    assert [b.label for b in read_forms(path)[0].budget] == ["合计"]


def test_sources_of_unknown_names_without_a_total_line_are_judged(tmp_path):
    """'1 | 乡村振兴衔接补助 · 2 | 群众自筹' under '序号 | 资金来源' with no 总额 line (session 19; a strict xfail of
    s16mut's before): the lines are read, so 群众自筹's 执行率 97.10 % against 196.20 ÷ 200.00 = 98.10 % is found."""
    from test_forms_heldout_s11 import Pin, judge, xlsx_file
    from test_forms_heldout_s15 import form_no_total_numbered_column as no_total

    f = no_total([["1", "乡村振兴衔接补助", "500.00", "490.00", "98.00%"],
                  ["2", "群众自筹", "200.00", "196.20", Pin("97.10%")]])
    judge(xlsx_file(tmp_path, f), tmp_path, "PRF004")


def test_a_first_line_of_unknown_name_needs_a_sources_head(tmp_path):
    """The same lines under '序号 | 项目' (no 资金来源 head): not read as sources of money (as before)."""
    from test_forms_heldout_s11 import xlsx_file
    from test_forms_heldout_s15 import form_no_total_numbered_column as no_total

    f = no_total([["1", "乡村振兴衔接补助", "500.00", "490.00", "98.00%"], ["2", "群众自筹", "200.00", "196.20", "98.10%"]])
    f["rows"] = [["项目" if v == "资金来源" else v for v in row] for row in f["rows"]]
    assert read_forms(xlsx_file(tmp_path, f)[0])[0].budget == []
