"""The seed's 18 绩效自评表 (唐山高新区人社局 2019), transcribed in samples/seed_forms.py and laid out as printed.

The findings below were worked out by hand from ../shared/seed/tangshan-hrss-2019-final-accounts.txt
(search 部门预算项目绩效自评表), form by form, before comparing them with the tool:

 1 劳动监察专项资金      2.9648 ÷ 3 = 98.83 % shown 99 % (right); scores 45/30/10/10 = 95 = 总分, 优. 预算执行率 10 vs
                          cap 9.88: a whole-point rounding → note only.
 2 就业扶持专项资金      41.83 ÷ 49 = 85.37 % (right); 预算执行率 scored 10 > 8.54; its 实际完成值 100.00 % ≠ 85.37 %.
 3 “雨露计划”扶贫资金   3.45 ÷ 6 = 57.50 % (right); 10 > 5.75; 实际完成值 100 % ≠ 57.50 %.
 4 创业扶持资金          执行数 550 but 财政资金 196.07 + 其他 0; 35.6 % beside 550 ÷ 550 = 100 %; 10 > 3.56;
                          实际完成值 100 % ≠ 35.6 %.
 5 老干部专项资金        14.99962 ÷ 15.00 = 99.997 % shown 99 %: truncated (warning); 产出指标（50） scored
                          15+15+10+10+15+15 = 80; no 效益指标: weights 50+10+10 = 70; 可持续影响指标 under 产出 (warning).
                          Notes: 10 vs cap 9.9; 实际完成值 100 % vs 99 %.
 6 劳务派遣人员专项资金  产出 25+25+15+15 = 80 > 50; weights 70; 社会效益指标 under 产出; 10 > 6.655 (66.55 %).
 7 公开招聘专项资金      产出 80 > 50; weights 70; 可持续影响指标 under 产出; 10 > 5.7 (57.00 %).
 8 建国前老党员生活补贴  2.4046 ÷ 5.87 = 40.96 %; 50/30/10/1 = 91 优; 1 ≤ 4.10; 实际 40.96 = rate. Nothing.
 9 组织人事…大督查      10 ÷ 10; 50/29/10/10 = 99 优. Nothing (the 自评综述 says 91 – the narrative is not a form rule).
10 远程教育站点专项资金  1.83988 ÷ 2.08 = 88.46 %; 50/29/8/1 = 88 良; 实际完成值 90 ≠ 88.46 %.
11 基层党建工作经费      11.66265 ÷ 60 = 19.44 %; 45/28/8/1 = 82 良; 1 ≤ 1.94. Nothing.
12 被征地农民社会保障费  总额 row blank (预算/到位/执行) beside 财政资金 3000; 55 % vs 3000 ÷ 3000; 产出 100+100 = 200
                          > 50 and 满意度 80 > 10; "优" "优" "良" in score cells; 实际完成值 100 ≠ 55 %; 预算执行率 55 > 5.5;
                          总分 90 ≠ 335; 90 is 优, not 良.
13 9村村民养老保险补贴  349.36 ÷ 900 = 38.82 %; 50/30/10/10 = 100; 10 > 3.88; 实际完成值 100 % ≠ 38.82 %.
14 城乡居民养老保险      1837.59 ÷ 1838.4 = 99.96 %; 实际 100 % is 99.96 rounded; 10 vs 9.996 → note only.
15 离休人员医疗保险补贴  38.23 ÷ 43.4 = 88.09 %; 10 > 8.81; 实际完成值 100 % ≠ 88.09 %.
16 城乡居民医疗保险      1114.61 ÷ 1135 = 98.20 %; 实际完成值 100 % ≠ 98.20 %; 10 vs 9.82 → note only.
17 医保代办员补助        1 ÷ 1 = 100.00 %; 50/30/10/10 = 100 优. Nothing.
18 区属退休人员生活补贴  50.38 ÷ 57 = 88.39 %; 10 > 8.84; 实际完成值 100 % ≠ 88.39 %.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_forms_support import SAMPLES, check, notes, problems

SEED = SAMPLES / "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx"
Z = "表8-11 组织处"

EXPECTED = [
    # 2 就业扶持专项资金
    ("PRF006", "表2", "G20"), ("PRF107", "表2", "H20"),
    # 3 “雨露计划”扶贫资金
    ("PRF006", "表3", "G20"), ("PRF107", "表3", "H20"),
    # 4 创业扶持资金
    ("PRF001", "表4", "G6"), ("PRF004", "表4", "H6"), ("PRF006", "表4", "G21"), ("PRF107", "表4", "H21"),
    # 5 老干部专项资金
    ("PRF005", "表5", "H6"), ("PRF101", "表5", "B14"), ("PRF102", "表5", "B14"), ("PRF108", "表5", "C18"),
    # 6 劳务派遣人员专项资金
    ("PRF101", "表6", "B14"), ("PRF102", "表6", "B14"), ("PRF108", "表6", "C16"), ("PRF107", "表6", "H20"),
    # 7 公开招聘专项资金
    ("PRF101", "表7", "B14"), ("PRF102", "表7", "B14"), ("PRF108", "表7", "C16"), ("PRF107", "表7", "H20"),
    # 10 远程教育站点专项资金 (third form on the 组织处 sheet)
    ("PRF006", Z, "G82"),
    # 12 被征地农民社会保障费
    ("PRF001", "表12", "C6"), ("PRF001", "表12", "E6"), ("PRF001", "表12", "G6"), ("PRF004", "表12", "H6"),
    ("PRF101", "表12", "B14"), ("PRF201", "表12", "H14"), ("PRF201", "表12", "H17"), ("PRF201", "表12", "H18"),
    ("PRF101", "表12", "B19"), ("PRF006", "表12", "G20"), ("PRF107", "表12", "H20"), ("PRF104", "表12", "H21"),
    ("PRF106", "表12", "H22"),
    # 13 9村村民参加企业职工养老保险区级财政补贴资金
    ("PRF006", "表13", "G22"), ("PRF107", "表13", "H22"),
    # 15 区属企业、学校离休人员等医疗保险补贴资金
    ("PRF006", "表15", "G21"), ("PRF107", "表15", "H21"),
    # 16 城乡居民医疗保险财政补助资金
    ("PRF006", "表16", "G17"),
    # 18 区属退休人员生活补贴
    ("PRF006", "表18", "G21"), ("PRF107", "表18", "H21"),
]
NOTES = [("表1", "H23"), ("表5", "G21"), ("表5", "H21"), ("表14", "H22"), ("表16", "H17")]
WARNINGS = {("PRF005", "表5", "H6"), ("PRF108", "表5", "C18"), ("PRF108", "表6", "C16"), ("PRF108", "表7", "C16")}


@pytest.fixture(scope="module")
def seed_findings(tmp_path_factory):
    return check(SEED, tmp_path_factory.mktemp("seed"))


def test_seed_findings_one_by_one(seed_findings):
    assert problems(seed_findings) == sorted(EXPECTED)
    assert notes(seed_findings) == sorted(NOTES)
    warned = {(f.code, f.locations[0].sheet, f.locations[0].cell) for f in seed_findings
              if f.severity.value == "warning"}
    assert warned == WARNINGS


def test_seed_messages_name_the_project(seed_findings):
    by_cell = {(f.code, f.locations[0].sheet, f.locations[0].cell): f for f in seed_findings}
    f = by_cell[("PRF001", "表4", "G6")]
    assert "「创业扶持资金」" in f.message and (f.expected, f.actual) == ("196.07", "550.00")
    f = by_cell[("PRF004", "表4", "H6")]
    assert "35.6%" in f.message and f.expected == "100.0%"
    f = by_cell[("PRF107", "表4", "H21")]
    assert f.expected == "≤ 3.56" and f.actual == "10"
    f = by_cell[("PRF101", "表5", "B14")]
    assert f.actual == "80" and "产出指标（50）" in f.message
    assert by_cell[("PRF201", "表12", "H14")].actual == "优"
    assert by_cell[("PRF104", "表12", "H21")].expected == "335"
    assert by_cell[("PRF106", "表12", "H22")].expected == "优"
    assert all(f.table for f in seed_findings)


def test_seed_forms_recognised():
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(SEED))
    assert len(d.forms) == 18 and not d.tables and not d.cell_issues
    assert [f.project.text for f in d.forms][:4] == ["劳动监察专项资金", "就业扶持专项资金", "“雨露计划”扶贫资金", "创业扶持资金"]
    assert all(f.layout == "hebei" and f.year == 2019 and f.unit == "万元" for f in d.forms)
    assert [f.total_score.value for f in d.forms] == [95, 100, 100, 100, 100, 100, 100, 91, 99, 88, 82, 90, 100,
                                                      100, 100, 100, 100, 100]
    assert [f.grade.text for f in d.forms].count("良") == 3  # forms 10, 11, 12
    f4 = d.forms[3]
    assert {k: v.value for k, v in f4.line("fiscal").cells.items() if v} == {
        "budget": Decimal("550.00"), "arrived": Decimal("550.00"), "executed": Decimal("196.07")}
    f8 = d.forms[7]  # title, year, 填报部门 as paragraphs; "填报部门：组织处金额单位：万元" in one cell
    assert (f8.department.text, f8.unit, f8.filler.text) == ("组织处", "万元", "刘芸蕾")
    f12 = d.forms[11]
    assert [i.score_text.text for i in f12.indicators() if i.score_text] == ["优", "优", "良"]
    assert f12.line("total").cells["budget"] is None
    f13 = d.forms[12]  # a row naming only 产出指标(50), the indicators below it
    assert [len(s.indicators) for s in f13.sections] == [3, 3, 1, 1]
    assert f13.implementer is None and f13.slots["implementer"].cell == "G4"
