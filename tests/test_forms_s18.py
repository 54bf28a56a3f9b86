"""绩效自评表 fixes of session 18 (s18forms); each test failed on main 4f40846 before its fix.

finC #2 (s17 final review): a form whose 项目名称 row and indicator head are printed again in the middle of the form
(a print that repeats its heads on every page; a Word table continued with its heads) was cut in two by
forms._stacked_forms: a second 'form' with no money block and no 总分 (false PRF102/PRF104/PRF202 on a correct form).
A name row naming the form being read is no new form; two forms of different projects one under the other still are.
"""

from __future__ import annotations

import pytest

from test_forms_heldout_s11 import L, U, Pin, check, clean, codes, docx_file, judge, pdf_made, read_forms, xlsx_file
from test_forms_heldout_s17 import form_gd, form_hb


def heads_again(form, at, title=False):
    """The form with its 项目名称 row and its indicator head printed again before indicator `at` (the cells merged
    down from above written again in the row after them, as a new page or a continued table prints them); with
    `title`, its title line over them as well."""
    rows = form["rows"]
    head = next(i for i, r in enumerate(rows) if r[0] == "一级指标")
    k = head + 1 + at
    after = list(rows[k])
    for c, v in enumerate(after):
        j = k
        while after[c] == U and j > 0:
            j -= 1
            after[c] = rows[j][c]
    again = ([[form["head"][0]] + [L] * (len(rows[0]) - 1)] if title else []) + [rows[0], rows[head], after]
    return {**form, "rows": rows[:k] + again + rows[k + 1:]}, k


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "docx-continued", "pdf", "pdf-next-page"])
def test_heads_printed_again_mid_form_are_no_second_form(tmp_path, fmt):
    form, k = heads_again(form_hb(), 4)
    made = {"xlsx": lambda: xlsx_file(tmp_path, form), "docx": lambda: docx_file(tmp_path, form),
            "docx-continued": lambda: docx_file(tmp_path, form, split=k), "pdf": lambda: pdf_made(tmp_path, form),
            "pdf-next-page": lambda: pdf_made(tmp_path, form, cut=k)}[fmt]()
    clean(made, tmp_path, form_hb())


@pytest.mark.parametrize("fmt", ["xlsx", "docx-continued", "pdf-next-page"])
def test_title_and_heads_printed_again_mid_form(tmp_path, fmt):
    """The title line printed again too (a block of its own under the form's title, on the same sheet): the rest of
    the form, joined to it (form_join), not a second form with the same name and no money."""
    form, k = heads_again(form_hb(), 4, title=True)
    made = {"xlsx": lambda: xlsx_file(tmp_path, form), "docx-continued": lambda: docx_file(tmp_path, form, split=k),
            "pdf-next-page": lambda: pdf_made(tmp_path, form, cut=k)}[fmt]()
    clean(made, tmp_path, form_hb())


def test_title_and_heads_printed_again_a_wrong_total_still_found(tmp_path):
    form, _ = heads_again(form_hb(total=Pin("97.38")), 6, title=True)
    judge(xlsx_file(tmp_path, form), tmp_path, "PRF104")


def test_two_projects_under_one_title_the_upper_without_total_stay_two(tmp_path):
    """Another project's form under the same title on the same sheet is no rest of the one above, even when that
    one lacks its 总分 (PRF202 there, nothing joined)."""
    upper, lower = form_hb(), form_hb(name="农业科技示范基地建设")
    upper["rows"] = upper["rows"][:-2]
    path, _ = xlsx_file(tmp_path, upper, lower, gap=0)
    assert [f.project.text for f in read_forms(path)] == ["基层农技推广体系改革与建设", "农业科技示范基地建设"]
    assert codes(check(path, tmp_path)) == ["PRF202"]


def test_heads_printed_again_under_a_unit_name_row(tmp_path):
    """The form names its unit first ('单位名称：…', another name row) and its 项目名称 row is printed again."""
    form, k = heads_again(form_hb(), 4)
    form["rows"] = [["单位名称：湖北省农业技术推广总站", *form["rows"][0][1:]], *form["rows"]]
    clean(xlsx_file(tmp_path, form), tmp_path, form_hb())


def test_heads_printed_again_a_wrong_total_still_found(tmp_path):
    form, _ = heads_again(form_hb(total=Pin("97.38")), 6)
    judge(xlsx_file(tmp_path, form), tmp_path, "PRF104")


def test_two_projects_one_under_the_other_still_two(tmp_path):
    """The second form (another project) repeats nothing: it is a form of its own, and its wrong 总分 is its own."""
    lower = form_gd(total=Pin("96"))
    path, pins = xlsx_file(tmp_path, form_hb(), lower, gap=0)
    assert [f.project.text for f in read_forms(path)] == ["基层农技推广体系改革与建设", "水文监测站网运行维护"]
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"] and all("水文监测站网运行维护" in f.message for f in found if f.code == "PRF104")


# s17rev r18: a form whose money block has no 分值/得分 and which scores 预算执行率 as an indicator row under another
# 一级 ('产出指标 | 成本指标 | 预算执行率 | 100% | 95.75% | 10 | 9.58'): that row is the form's 预算执行率 (PRF107, PRF006)
def rate_row_form(score="9.58", actual="95.75%", total="96.58"):
    rows = [
        ["项目名称", "农村义务教育学生营养改善计划", L, L, L, L, L, L],
        ["资金情况", "资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "", L],
        [U, "合计", "600.00", "640.00", "612.80", "95.75%", "", L],
        [U, "中央资金", "480.00", "512.00", "490.24", "95.75%", "", L],
        [U, "县级资金", "120.00", "128.00", "122.56", "95.75%", "", L],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
        [U, "产出指标", "数量指标", "受益学生人数", "≥16000人", "16210人", "20", "20"],
        [U, U, "质量指标", "食品安全事故发生次数", "0次", "0次", "20", "20"],
        [U, U, "时效指标", "补助资金按时拨付率", "100%", "96%", "10", "9"],
        [U, U, "成本指标", "预算执行率", "100%", actual, "10", score],
        [U, "效益指标", "社会效益指标", "学生营养健康水平", "有所提升", "有所提升", "20", "18"],
        [U, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "95%", "20", "20"],
        ["总分", L, L, L, L, L, "100", total],
        ["自评等级", "优", L, L, L, L, L, L],
    ]
    return {"head": ["2023年度项目支出绩效自评表"], "rows": rows}


@pytest.mark.parametrize("edit,code", [
    ({}, None), (dict(score="9.85", total="96.85"), "PRF107"), (dict(actual="97.75%"), "PRF006"),
    (dict(score="9.5", total="96.50"), None),
], ids=["clean", "score-over-the-rate", "actual-not-the-rate", "score-below"])
def test_rate_indicator_row_without_budget_scores(tmp_path, edit, code):
    found = check(xlsx_file(tmp_path, rate_row_form(**edit))[0], tmp_path)
    assert codes(found) == ([code] if code else []), [(f.code, f.message) for f in found]


def test_two_projects_of_one_unit_one_under_the_other_still_two(tmp_path):
    """Each form names the same unit first ('单位名称：…') and then its own 项目名称: two forms; the lower one's wrong
    总分 is its own."""
    unit = ["单位名称：广东省水利厅", *[L] * 9]
    upper, lower = form_hb(), form_gd(total=Pin("96"))
    for f in (upper, lower):
        f["rows"] = [unit, *f["rows"]]
    path, _ = xlsx_file(tmp_path, upper, lower, gap=0)
    assert [f.project.text for f in read_forms(path)] == ["基层农技推广体系改革与建设", "水文监测站网运行维护"]
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"] and all("水文监测站网运行维护" in f.message for f in found if f.code == "PRF104")


@pytest.mark.parametrize("label", ["预算资金合计", "项目资金合计"])
@pytest.mark.parametrize("planted", [False, True], ids=["clean", "parts-wrong"])
def test_money_total_line_named_heji(tmp_path, label, planted):
    """The money block's 总额 line '预算资金合计' (not '合计' alone, not '…总额'): read as the 总额 (before: the line
    dropped, false PRF102/PRF104/PRF202 ×2 on a correct form); a part that does not add up is still found there."""
    from test_forms_heldout_s18 import HEN_MONEY, form_hen
    from test_forms_heldout_s11 import parts_wrong

    money = [[label, *HEN_MONEY[0][1:]], *HEN_MONEY[1:]]
    if planted:
        judge(xlsx_file(tmp_path, form_hen(money=parts_wrong(money, "其他资金", 2, "112.00"))), tmp_path, "PRF001")
    else:
        clean(xlsx_file(tmp_path, form_hen(money=money)), tmp_path, form_hen(money=money))


@pytest.mark.parametrize("label", ["绩效自评等级", "绩效评价等级", "评定等级", "自评等次"])
def test_grade_under_other_labels_is_read(tmp_path, label):
    """'绩效自评等级 | 良' under a 总分 of 98.70: the grade is read and held against the 总分 (before: not read, the
    wrong grade missed silently)."""
    from test_forms_heldout_s18 import edited

    found = check(xlsx_file(tmp_path, edited("AH", ("自评等级", label), grade="良"))[0], tmp_path)
    assert codes(found) == ["PRF106"], codes(found)


# s18rev r14: 基本支出 broken down by deeper-indented lines without 其中, 项目支出 back at its level
def indented_money(changed):
    from test_forms_heldout_s18 import HUN_MONEY

    lines = [HUN_MONEY[0], ["其中：基本支出", "1450.00", "1520.00", "1512.30", "", "", ""],
             ["　　　　人员经费", "1100.00", "1150.00", "1146.30", "", "", ""],
             ["　　　　公用经费", "350.00", "370.00", "366.00", "", "", ""],
             ["　　项目支出", "700.00", "860.00", "808.20", "", "", ""]]
    for (label, col), value in changed.items():
        lines = [[value if r[0].strip("　") == label and i == col else v for i, v in enumerate(r)] for r in lines]
    return lines


@pytest.mark.parametrize("changed,code,message", [
    ({}, None, None),
    ({("公用经费", 2): "380.00"}, "PRF001", "预算数「基本支出」：基本支出应等于其中各项（人员经费、公用经费）之和"),
    ({("项目支出", 3): "818.20"}, "PRF001", "应为 2330.50"),
], ids=["clean", "sub-part-wrong", "part-wrong"])
def test_line_broken_down_by_lines_without_qizhong(tmp_path, changed, code, message):
    """Before: 3 false PRF001 on the clean form (人员经费 and 公用经费 summed beside 基本支出); an error in one column
    was reported against the flat sum."""
    from test_forms_heldout_s18 import form_hun

    found = check(xlsx_file(tmp_path, form_hun(money=indented_money(changed)))[0], tmp_path)
    assert codes(found) == ([code] if code else []), [(f.code, f.message) for f in found]
    assert all(message in f.message for f in found), [f.message for f in found]
