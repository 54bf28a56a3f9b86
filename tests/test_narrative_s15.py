"""s15text: the s15 review's 决算 text items (/tmp/s15rev/REPORT1.md r8, r11, r12, r13, r18, r22, r23), each with a
correct input that must stay clean and, where it is a miss, a wrong one that must be found. Each test fails on main
0336846."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SH2024 = SAMPLES / "决算公开表-2024-上海式-无误.xlsx"


def _with_business_income(tmp_path: Path, text: list[str], one_cell: bool = False) -> Path:
    """The 2024 上海式 sample with 事业收入 100.00 spent as 基本支出 on 2011001 行政运行: 03 本年支出合计 6201.24 and 基本
    支出 876.71, while 05/06 (一般公共预算财政拨款 only) keep 776.71; the 情况说明 one line a row, or all in one cell."""
    wb = load_workbook(SH2024)
    s1, s2, s3 = wb["01收支总表"], wb["02收入"], wb["03支出"]
    s1["B9"], s1["B31"], s1["B34"], s1["D34"] = 100.00, 6163.99, 6698.33, 6698.33
    s2["F5"], s2["C5"] = 100.00, 6163.99
    for r, v in ((6, 1403.58), (7, 1403.58), (10, 804.81)):
        s2[f"C{r}"], s2[f"F{r}"] = v, 100.00
    s1["D5"], s1["D31"], s1["D33"] = 1403.58, 6201.24, 497.09
    s3["C5"], s3["D5"] = 6201.24, 876.71
    for r in (6, 7):
        s3[f"C{r}"], s3[f"D{r}"] = 1403.58, 512.35
    s3["C8"], s3["D8"] = 512.35, 512.35
    ws = wb.create_sheet("情况说明", 0)
    ws.append(["2024年度部门决算情况说明"])
    if one_cell:
        ws["A2"] = "\n".join(text)
        ws.merge_cells("A2:H40")
    else:
        for line in text:
            ws.append([line])
    path = tmp_path / ("one-cell.xlsx" if one_cell else "rows.xlsx")
    wb.save(path)
    return path


def _found(path: Path) -> list[tuple[str, str]]:
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    return [(f.code, f.message) for f in findings if f.severity.value in ("error", "warning")]


ONE_CELL = ["一、收入支出决算总体情况说明", "本部门2024年度收入总计6698.33万元，支出总计6698.33万元。",
            "二、支出决算情况说明", "本年支出合计6201.24万元，其中：基本支出876.71万元，占14.14%；项目支出5324.54万元，占85.86%。",
            "三、一般公共预算财政拨款基本支出决算情况说明", "基本支出776.71万元，其中：人员经费741.82万元，公用经费34.89万元。"]


def test_r18_headings_inside_one_cell_part_its_passages(tmp_path):
    """r18: the whole 说明 in one merged cell, its paragraphs and headings parted by line breaks: the 人员经费/公用经费
    under the 一般公共预算 基本支出 heading are not summed into the all-funds 基本支出 of the passage above (was a false
    TXT007, 876.71 against 741.82 + 34.89); one line a row was already clean."""
    assert _found(_with_business_income(tmp_path, ONE_CELL)) == []
    assert _found(_with_business_income(tmp_path, ONE_CELL, one_cell=True)) == []
    wrong = [line.replace("公用经费34.89万元", "公用经费43.89万元") for line in ONE_CELL]
    assert sorted(c for c, _m in _found(_with_business_income(tmp_path, wrong, one_cell=True))) == ["TXT001", "TXT007"]


def _sample_2019(tmp_path: Path, text: list[str]) -> Path:
    wb = load_workbook(SAMPLES / "情况说明与公开表-2019-无误.xlsx")
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    for line in text:
        ws.append([line])
    path = tmp_path / "2019.xlsx"
    wb.save(path)
    return path


def test_r8_parts_of_the_all_funds_basic_spending_are_not_judged_against_table_06(tmp_path):
    """r8: 人员经费/公用经费 listed after the department's 基本支出 (all funds, 公开03表 876.71) are not 公开06表's (一般公共预算
    财政拨款 only, 776.71) when the two differ (was a false TXT001 on 公用经费134.89); where they are one figure (2019
    sample, all 财政拨款) a wrong part is still found."""
    spend = "二、支出决算情况说明"
    assert _found(_with_business_income(tmp_path, [spend, "基本支出876.71万元，其中：人员经费741.82万元，公用经费134.89万元。"])) == []
    assert _found(_sample_2019(tmp_path, [spend, "基本支出776.71万元，其中：人员经费741.82万元，公用经费34.89万元。"])) == []
    wrong = _found(_sample_2019(tmp_path, [spend, "基本支出776.71万元，其中：人员经费741.82万元，公用经费43.89万元。"]))
    assert sorted(c for c, _m in wrong) == ["TXT001", "TXT007"]


def _form(ws, name: str, budget, executed, rate: str, total) -> None:
    """A 项目支出绩效自评表 of the 2019 sample's department."""
    for r in [["项目支出绩效自评表"], ["（2019年度）"], ["项目名称", name],
              ["主管部门", "唐山高新技术产业开发区人力资源和社会保障局", None, None, "实施单位", "就业服务中心"],
              ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              [None, "年度资金总额", budget, budget, executed, 10, rate, 9],
              [None, "其中：财政拨款", budget, budget, executed, "—", "—", "—"],
              ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
              [None, "产出指标", "数量指标", "培训人次", "≥5000人次", "5200人次", 40, 40],
              [None, "效益指标", "社会效益指标", "新增就业岗位", "≥1200个", "1260个", 30, 30],
              [None, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥85%", "91.2%", 20, total - 79],
              ["总分", None, None, None, None, None, 100, total]]:
        ws.append(r)


def _with_forms(tmp_path: Path, line: str, name: str = "forms.xlsx") -> Path:
    wb = load_workbook(SAMPLES / "情况说明与公开表-2019-无误.xlsx")
    _form(wb.create_sheet("表A"), "职业技能培训补贴", 100, 90, "90%", 97)
    _form(wb.create_sheet("表B"), "就业见习补贴", 50, 45, "90%", 93)
    wb["情况说明"].append(["六、预算绩效情况说明"])
    wb["情况说明"].append([line])
    path = tmp_path / name
    wb.save(path)
    return path


def test_r11_a_bracketed_phase_names_another_project(tmp_path):
    """r11: “就业见习补贴（二期）项目” is not the form of 就业见习补贴 (was 3 false TXT020); the bare name still is."""
    other = "就业见习补贴（二期）项目自评得分88分，全年预算数120.00万元，执行数100.00万元，执行率83.33%。"
    assert _found(_with_forms(tmp_path, other)) == []
    assert [c for c, _m in _found(_with_forms(tmp_path, other.replace("（二期）", "")))] == ["TXT020"] * 3


def test_r12_two_projects_in_one_sentence_each_against_its_own_form(tmp_path):
    """r12: the second clause names its own project: its score is judged against that project's form (was a false
    TXT020 against the first project's form), and a wrong one is still found."""
    line = "职业技能培训补贴项目自评得分97分，就业见习补贴项目自评得分93分，评价等级均为优。"
    assert _found(_with_forms(tmp_path, line)) == []
    found = _found(_with_forms(tmp_path, line.replace("93分", "95分")))
    assert [c for c, _m in found] == ["TXT020"] and "就业见习补贴" in found[0][1]


def test_r13_a_projects_figures_before_its_score_are_judged(tmp_path):
    """r13: a paragraph that names its project first and its 自评得分 later ("XX项目全年预算数…，执行数…，项目自评得分97分",
    "XX项目执行率80%，自评得分97分"): its 执行数/执行率 judged against the form (were not judged)."""
    for right, wrong in (("职业技能培训补贴项目全年预算数100.00万元，执行数90.00万元，项目自评得分97分。", "执行数80.00万元"),
                         ("职业技能培训补贴项目执行率90%，自评得分97分。", "执行率80%"),
                         ("1.职业技能培训补贴项目。全年预算数100.00万元，执行数90.00万元，项目自评得分97分。", "执行数80.00万元")):
        assert _found(_with_forms(tmp_path, right)) == [], right
        bad = right.replace("执行数90.00万元", wrong).replace("执行率90%", wrong)
        assert "TXT020" in [c for c, _m in _found(_with_forms(tmp_path, bad))], bad


def test_r22_an_amount_of_a_fund_whose_table_is_empty(tmp_path):
    """r22: 公开09表 printed empty (the 2019 sample, with its note): a 国有资本经营预算 支出 of 100.00 contradicts it (was not
    judged); 0 and a sentence saying there is none stay clean."""
    head = "九、国有资本经营预算财政拨款支出决算情况说明"
    for right in ("本部门2019年度国有资本经营预算财政拨款支出0万元。", "本部门2019年度无国有资本经营预算财政拨款支出。"):
        assert _found(_sample_2019(tmp_path, [head, right])) == []
    wrong = _found(_sample_2019(tmp_path, [head, "本部门2019年度国有资本经营预算财政拨款支出100.00万元，主要用于国有企业资本金注入。"]))
    assert [c for c, _m in wrong] == ["TXT001"] and "空表" in wrong[0][1]


def _appended(tmp_path: Path, lines: list[str]) -> Path:
    """The 2019 sample's own 情况说明 (right) with these lines after it."""
    wb = load_workbook(SAMPLES / "情况说明与公开表-2019-无误.xlsx")
    for line in lines:
        wb["情况说明"].append([line])
    path = tmp_path / "appended.xlsx"
    wb.save(path)
    return path


def test_r23_a_subject_said_to_be_none_is_judged_against_its_table(tmp_path):
    """r23: “未发生“三公”经费支出” and “无政府性基金预算财政拨款收入、支出…” where the tables print them (公开07表 3.68, 公开08表
    3947.74) are errors (were not read); “无国有资本经营预算财政拨款支出” (公开09表 empty), “无上级补助收入” (blank), another year's
    none and a budget's are clean."""
    head = "八、其他重要事项的情况说明"
    clean = ["本部门2019年度无国有资本经营预算财政拨款支出。", "本部门无上级补助收入、事业收入。", "2018年度未发生“三公”经费支出。",
             "本部门无“三公”经费预算调整。", "因公出国（境）费较上年无变化。"]
    assert _found(_appended(tmp_path, [head, *clean])) == []
    for wrong in ("本部门2019年度未发生“三公”经费支出。",
                  "本部门2019年度无政府性基金预算财政拨款收入、支出及结转结余，故《政府性基金预算财政拨款收入支出决算表》为空表。"):
        found = _found(_appended(tmp_path, [head, wrong]))
        assert [c for c, _m in found] == ["TXT001"] and "没有（0）" in found[0][1], wrong


def test_r23_a_templates_condition_is_no_claim(tmp_path):
    """“无“三公”经费财政拨款支出的部门，作下述说明：” (the 上海 template's instruction, left in a 说明) says nothing of this
    department: not read as its none (the real template PDFs hold it; the department has 公开07表 3.68)."""
    lines = ["八、其他重要事项的情况说明", "无“三公”经费财政拨款支出的部门，作下述说明：",
             "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明："]
    assert _found(_appended(tmp_path, lines)) == []
