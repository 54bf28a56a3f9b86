"""Every PRF rule firing and not firing, on forms built from the clean samples with one change each.

Cells of a 河北 form written at A1 (make_forms.write_hebei): row 4 项目名称 (value C4); row 6 总额 —
C6 预算数, E6 到位数, G6 执行数, H6 预算执行进度; row 7 其中：财政资金 (C7, E7, G7); row 8 其他 (C8, E8, G8);
indicators from row 14, 实际完成值 in G, 自评得分 in H; then 总分 and 评价等级 (H).
Form A (劳动监察专项资金): 8 indicators, 预算执行率 row 21, 总分 H22, 评价等级 H23.
Form B (就业扶持专项资金): 9 indicators, 效益指标（30） at B18, 预算执行率 row 22, 总分 H23, 评价等级 H24.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_forms_support import (
    central_book,
    central_forms,
    check,
    hebei_book,
    hebei_forms,
    notes,
    problems,
    sichuan_book,
    sichuan_forms,
)

S = "表"


def run_a(tmp_path, change=None, **kw):
    a = hebei_forms()[0]
    if change:
        change(a)
    return check(hebei_book([a]), tmp_path, **kw)


def run_b(tmp_path, change=None, **kw):
    b = hebei_forms()[1]
    if change:
        change(b)
    return check(hebei_book([b]), tmp_path, **kw)


def set_budget(f, row, col, value):
    """row 0 总额 / 1 财政资金 / 2 其他; col 0 预算 / 1 到位 / 2 执行 / 3 执行率."""
    f["budget"][row][[1, 3, 5, 6][col]] = value


# ---------------------------------------------------------------- clean forms: nothing to report
@pytest.mark.parametrize("which", [0, 1, 2])
def test_clean_hebei_forms_report_nothing(tmp_path, which):
    f = hebei_forms()[which]
    assert check(hebei_book([f]), tmp_path) == []


def test_clean_central_and_sichuan_forms_report_nothing(tmp_path):
    assert check(central_book(central_forms()), tmp_path) == []
    assert check(sichuan_book(sichuan_forms()), tmp_path) == []


# ---------------------------------------------------------------- PRF001 总额 = Σ 其中
def test_prf001_total_differs_from_its_parts(tmp_path):
    findings = run_a(tmp_path, lambda a: set_budget(a, 1, 0, "2.50"))
    assert problems(findings) == [("PRF001", S, "C6")]
    f = findings[0]
    assert "「劳动监察专项资金」" in f.message and "预算数" in f.message
    assert [loc.cell for loc in f.locations] == ["C6", "C7"]
    assert (f.expected, f.actual) == ("2.50", "3.00")


def test_prf001_blank_total_with_parts_is_reported_at_the_blank_cell(tmp_path):
    findings = run_a(tmp_path, lambda a: set_budget(a, 0, 0, ""))
    assert problems(findings) == [("PRF001", S, "C6")]
    assert "为空" in findings[0].message and findings[0].expected == "3.00"


def test_prf001_not_judged_when_no_part_is_filled(tmp_path):
    assert run_a(tmp_path, lambda a: set_budget(a, 1, 0, "")) == []


def test_prf001_rounding_is_only_a_note(tmp_path):
    def change(a):
        set_budget(a, 1, 0, "1.50")
        set_budget(a, 2, 0, "1.49")

    findings = run_a(tmp_path, change)
    assert problems(findings) == [] and notes(findings) == [(S, "C6")]


def test_prf001_counts_every_other_row_central(tmp_path):
    a = central_forms()[0]
    a["money"][2][2] = "25.00"  # 上年结转资金 全年预算数 20 → 25: 120 ≠ 100 + 25
    assert problems(check(central_book([a]), tmp_path)) == [("PRF001", S, "D6")]


# ---------------------------------------------------------------- PRF002 / PRF003
def test_prf002_arrived_above_budget(tmp_path):
    def change(a):
        set_budget(a, 0, 1, "3.20")
        set_budget(a, 1, 1, "3.20")

    findings = run_a(tmp_path, change)
    assert problems(findings) == [("PRF002", S, "E6")]
    assert [loc.cell for loc in findings[0].locations] == ["E6", "C6"]


def test_prf003_executed_above_arrived(tmp_path):
    def change(a):
        set_budget(a, 0, 1, "2.80")
        set_budget(a, 1, 1, "2.80")

    assert problems(run_a(tmp_path, change)) == [("PRF003", S, "G6")]


def test_prf003_executed_above_budget_when_no_arrived_column(tmp_path):
    b = central_forms()[1]
    b["money"][0][3] = b["money"][1][3] = "55.00"
    b["money"][0][5] = "110.00%"
    assert problems(check(central_book([b]), tmp_path)) == [("PRF003", S, "E6")]


def test_prf002_prf003_quiet_when_equal(tmp_path):
    def change(a):
        set_budget(a, 0, 2, "3.00")
        set_budget(a, 1, 2, "3.00")
        set_budget(a, 0, 3, "100%")
        a["indicators"][7][4] = "100%"

    assert run_a(tmp_path, change) == []


# ---------------------------------------------------------------- PRF004 / PRF005 执行率
def test_prf004_rate_not_executed_over_budget(tmp_path):
    def change(a):
        set_budget(a, 0, 3, "90.00%")
        a["indicators"][7][4] = "90.00%"

    findings = run_a(tmp_path, change)
    assert problems(findings) == [("PRF004", S, "H6")]
    f = findings[0]
    assert f.expected == "98.67%" and f.actual == "90.00%"
    assert [loc.cell for loc in f.locations] == ["H6", "G6", "C6"]


def test_prf004_rate_rounded_correctly_is_quiet(tmp_path):
    def change(a):
        set_budget(a, 0, 3, "99%")  # 2.96 ÷ 3.00 = 98.67 → 99 when shown without decimals

    assert run_a(tmp_path, change) == []


def test_prf004_rounding_explains_it_is_a_note(tmp_path):
    def change(a):
        set_budget(a, 0, 3, "98.9%")  # 2.955…2.965 ÷ 2.995…3.005 reaches 98.9
        a["indicators"][7][4] = ""

    findings = run_a(tmp_path, change)
    assert problems(findings) == [] and notes(findings) == [(S, "H6")]


def test_prf005_truncated_rate_is_a_warning(tmp_path):
    def change(a):
        set_budget(a, 0, 2, "2.9991")
        set_budget(a, 1, 2, "2.9991")
        set_budget(a, 0, 3, "99%")

    findings = run_a(tmp_path, change)
    assert problems(findings) == [("PRF005", S, "H6")]
    assert findings[0].severity.value == "warning" and findings[0].expected == "100%"


def test_prf004_seed_35_6_percent_beside_550(tmp_path):
    a = hebei_forms()[0]
    a["budget"] = [["预算数：", "550", "到位数：", "550", "执行数：", "550", "35.6%"],
                   ["其中：财政资金", "550", "其中：财政资金", "550", "其中：财政资金", "196.07", ""],
                   ["其他", "0", "其他", "0", "其他", "0", ""]]
    a["indicators"][7][4], a["indicators"][7][5] = "", "3"
    a["total"] = "93"
    assert problems(check(hebei_book([a]), tmp_path)) == [("PRF001", S, "G6"), ("PRF004", S, "H6")]


def test_prf004_every_row_of_a_sichuan_form(tmp_path):
    b = sichuan_forms()[1]
    b["money"][1][4] = "80.00%"  # 其中：财政资金 54 ÷ 60 = 90 %
    assert problems(check(sichuan_book([b]), tmp_path)) == [("PRF004", S, "F9")]


def test_rate_as_text_and_as_a_fraction(tmp_path):
    def change(a):
        set_budget(a, 0, 3, "0.9867")  # a bare fraction in the rate column: 98.67 %

    assert run_a(tmp_path, change) == []
    a = hebei_forms()[0]
    assert check(hebei_book([a], text_numbers=True), tmp_path) == []  # "98.67%", "3.00" … as text


# ---------------------------------------------------------------- PRF006
def test_prf006_rate_indicator_disagrees(tmp_path):
    findings = run_a(tmp_path, lambda a: a["indicators"][7].__setitem__(4, "100%"))
    assert problems(findings) == [("PRF006", S, "G21")]
    assert findings[0].expected == "98.67%" and findings[0].actual == "100%"


@pytest.mark.parametrize("actual", ["98.67%", "98.67", "0.9867", "99%", ""])
def test_prf006_agreeing_forms(tmp_path, actual):
    assert run_a(tmp_path, lambda a: a["indicators"][7].__setitem__(4, actual)) == []


def test_prf006_bare_number_that_disagrees(tmp_path):
    assert problems(run_a(tmp_path, lambda a: a["indicators"][7].__setitem__(4, "90"))) == [("PRF006", S, "G21")]


# ---------------------------------------------------------------- PRF101 一级 ≤ 权重
def test_prf101_section_scores_above_weight(tmp_path):
    def change(a):
        a["indicators"][0][5] = "20"  # 产出 20 + 12 + 13 + 13 = 58 > 50
        a["indicators"][4][5] = a["indicators"][5][5] = "7"  # 效益 14: 总分 stays Σ = 91
        a["total"] = "91"

    findings = run_a(tmp_path, change)
    assert problems(findings) == [("PRF101", S, "B14")]
    assert [loc.cell for loc in findings[0].locations] == ["B14", "H14", "H15", "H16", "H17"]
    assert findings[0].actual == "58" and findings[0].expected == "≤ 50"


def test_prf101_weight_from_settings_when_the_label_has_none(tmp_path):
    def change(a):
        a["indicators"][0][0] = "产出指标"
        a["indicators"][0][5] = "20"
        a["indicators"][4][5] = a["indicators"][5][5] = "7"
        a["total"] = "91"

    findings = run_a(tmp_path, change)
    assert problems(findings) == [("PRF101", S, "B14")]  # PRF102 not judged: a weight is missing
    assert "按设置" in findings[0].message


def test_prf101_leaves_the_rate_section_to_prf107(tmp_path):
    def change(a):
        a["indicators"][7][5] = "12"
        a["indicators"][6][5] = "7"

    assert problems(run_a(tmp_path, change)) == [("PRF107", S, "H21")]


# ---------------------------------------------------------------- PRF102 Σ 权重 = 100
def test_prf102_weights_above_100(tmp_path):
    findings = run_a(tmp_path, lambda a: a["indicators"][4].__setitem__(0, "效益指标（40）"))
    assert problems(findings) == [("PRF102", S, "B14")]
    assert findings[0].actual == "110"


def test_prf102_weights_below_100(tmp_path):
    findings = run_b(tmp_path, lambda b: b["indicators"][4].__setitem__(0, "效益指标（25）"))
    assert problems(findings) == [("PRF102", S, "B14")]
    assert findings[0].actual == "95"


def test_prf102_central_weights_from_the_columns_and_the_budget_block(tmp_path):
    a = central_forms()[0]
    a["money"][0][4] = "15"  # 预算执行 分值 15: 15 + 50 + 30 + 10 = 105
    findings = check(central_book([a]), tmp_path)
    assert problems(findings) == [("PRF102", S, "G21")]  # judged at the 总分 row's 分值 100


# ---------------------------------------------------------------- PRF103 得分 ≤ 分值
def test_prf103_score_above_its_weight(tmp_path):
    a = central_forms()[0]
    a["indicators"][0][6] = "18"  # 分值 15
    a["indicators"][1][6] = "7"  # keeps 总分 = Σ
    findings = check(central_book([a]), tmp_path)
    assert problems(findings) == [("PRF103", S, "H13")]
    assert [loc.cell for loc in findings[0].locations] == ["H13", "G13"]


def test_prf103_quiet_at_full_marks(tmp_path):
    assert check(central_book(central_forms()[:1]), tmp_path) == []


# ---------------------------------------------------------------- PRF104 / PRF105 总分
def test_prf104_total_not_the_sum(tmp_path):
    findings = run_a(tmp_path, lambda a: a.__setitem__("total", "98"))
    assert problems(findings) == [("PRF104", S, "H22")]
    assert (findings[0].expected, findings[0].actual) == ("99", "98")


def test_prf104_total_rounding_decimal_scores_is_a_note(tmp_path):
    def change(a):
        a["indicators"][0][5], a["indicators"][1][5] = "11.6", "12.3"  # Σ 98.9, 总分 99

    findings = run_a(tmp_path, change)
    assert problems(findings) == [] and notes(findings) == [(S, "H22")]


def test_prf104_includes_the_budget_score_central(tmp_path):
    a = central_forms()[0]
    a["total"] = "86"  # Σ 86 of the indicators + 9 for 预算执行 = 95
    assert problems(check(central_book([a]), tmp_path)) == [("PRF104", S, "H21")]


def test_prf105_total_out_of_range(tmp_path):
    findings = run_a(tmp_path, lambda a: a.__setitem__("total", "915"))
    assert problems(findings) == [("PRF104", S, "H22"), ("PRF105", S, "H22")]


# ---------------------------------------------------------------- PRF106 评价等级
def test_prf106_grade_does_not_fit(tmp_path):
    findings = run_b(tmp_path, lambda b: b.__setitem__("grade", "优"))
    assert problems(findings) == [("PRF106", S, "H24")]
    assert (findings[0].expected, findings[0].actual) == ("良", "优")
    assert [loc.cell for loc in findings[0].locations] == ["H24", "H23"]


@pytest.mark.parametrize("grade", ["良", "良好"])
def test_prf106_grade_fits(tmp_path, grade):
    assert run_b(tmp_path, lambda b: b.__setitem__("grade", grade)) == []


def test_prf106_unknown_grade(tmp_path):
    assert problems(run_b(tmp_path, lambda b: b.__setitem__("grade", "B"))) == [("PRF106", S, "H24")]


def test_prf106_bands_are_a_setting(tmp_path):
    from govaudit.engine.context import Settings

    shanghai = Settings(grade_bands=[("优", 90), ("良", 80), ("合格", 60), ("不合格", 0)])
    c = hebei_forms()[2]  # 总分 55, 评价等级 差
    assert problems(check(hebei_book([c]), tmp_path, settings=shanghai)) == [("PRF106", S, "H22")]
    c["grade"] = "不合格"
    assert check(hebei_book([c]), tmp_path, settings=shanghai) == []
    # unconfigured: 不合格 is no 财政部 grade but a word of 上海's scale only (other_grade_bands), judged by it (s11:
    # was PRF106 "不是设置中的等级", a false error on a 上海 form checked without a configuration file)
    assert problems(check(hebei_book([c]), tmp_path)) == []
    c["grade"] = "合格"  # 55 is 不合格 on that scale too
    assert problems(check(hebei_book([c]), tmp_path)) == [("PRF106", S, "H22")]


def test_prf106_boundaries(tmp_path):
    from govaudit.engine.performance_settings import PerfSettings
    from govaudit.checks.performance_scores import expected_grade

    s = PerfSettings(grade_bands=[("优", 90), ("良", 80), ("中", 60), ("差", 0)])
    assert [expected_grade(Decimal(v), s) for v in ("90", "89.9", "80", "60", "59.5", "0")] == \
        ["优", "良", "良", "中", "差", "差"]


# ---------------------------------------------------------------- PRF107 预算执行率 cap
def test_prf107_full_score_at_low_execution(tmp_path):
    def change(b):  # 90 % execution, 预算执行率（10） scored 10
        b["indicators"][8][5] = "10"
        b["total"] = "88"

    findings = run_b(tmp_path, change)
    assert problems(findings) == [("PRF107", S, "H22")]
    assert findings[0].expected == "≤ 9"


def test_prf107_score_rounded_to_whole_points_is_a_note(tmp_path):
    def change(a):  # 98.67 %: the cap is 9.867, a whole-point score of 10 is its rounding
        a["indicators"][7][5] = "10"
        a["total"] = "100"

    findings = run_a(tmp_path, change)
    assert problems(findings) == [] and notes(findings) == [(S, "H21")]


def test_prf107_uses_the_lower_of_shown_and_computed_rate(tmp_path):
    def change(a):  # shown 35.6 % beside 2.96 / 3.00: PRF004, and the cap follows 35.6 %
        set_budget(a, 0, 3, "35.6%")
        a["indicators"][7][4] = ""

    assert problems(run_a(tmp_path, change)) == [("PRF004", S, "H6"), ("PRF107", S, "H21")]


def test_prf107_full_marks_rate_is_a_setting(tmp_path, monkeypatch):
    import govaudit.engine.performance_settings as pc

    def change(b):
        b["indicators"][8][5] = "10"
        b["total"] = "88"

    settings = dict(pc._file_settings(), execution_full_marks_rate=90)
    monkeypatch.setattr(pc, "_FILE_SETTINGS", settings)
    assert run_b(tmp_path, change) == []


def test_prf107_central_budget_score(tmp_path):
    a = central_forms()[0]
    a["money"][0][6] = "10"  # 执行率 90.00 %, 分值 10
    a["total"] = "96"
    assert problems(check(central_book([a]), tmp_path)) == [("PRF107", S, "H6")]


# ---------------------------------------------------------------- PRF108 二级 placement
def test_prf108_level2_under_the_wrong_level1(tmp_path):
    findings = run_a(tmp_path, lambda a: a["indicators"][2].__setitem__(1, "经济效益指标"))
    assert problems(findings) == [("PRF108", S, "C16")]
    assert findings[0].severity.value == "warning"
    assert [loc.cell for loc in findings[0].locations] == ["C16", "B14"]


def test_prf108_unknown_level2_is_not_judged(tmp_path):
    assert run_a(tmp_path, lambda a: a["indicators"][2].__setitem__(1, "指标１")) == []


def test_prf108_reported_once_per_run_blank_carried(tmp_path):
    a = hebei_forms()[0]
    a["indicators"][0][1] = "社会效益指标"  # its run covers rows 14 and 15
    findings = check(hebei_book([a], merge=False), tmp_path)
    assert problems(findings) == [("PRF108", S, "C14")]


# ---------------------------------------------------------------- PRF201 numbers in score cells
def test_prf201_letter_grade_in_a_score_cell(tmp_path):
    def change(a):
        a["indicators"][1][5] = "优"
        a["total"], a["grade"] = "87", "良"

    findings = run_a(tmp_path, change)
    assert problems(findings) == [("PRF201", S, "H15")]
    assert findings[0].actual == "优"


def test_prf201_total_as_text(tmp_path):
    assert problems(run_a(tmp_path, lambda a: a.__setitem__("total", "九十九"))) == [("PRF201", S, "H22")]


def test_prf201_weight_as_text_central(tmp_path):
    a = central_forms()[0]
    a["indicators"][0][5] = "十五"
    assert problems(check(central_book([a]), tmp_path)) == [("PRF201", S, "G13")]


# ---------------------------------------------------------------- PRF202 required fields
@pytest.mark.parametrize("field, cell", [("project", "C4"), ("grade", "H23"), ("total", "H22")])
def test_prf202_required_field_blank(tmp_path, field, cell):
    def change(a):
        if field == "project":
            a["basic"][2] = ""
        else:
            a[field] = ""

    findings = run_a(tmp_path, change)
    assert problems(findings) == [("PRF202", S, cell)]


def test_prf202_budget_blank_everywhere(tmp_path):
    def change(a):
        set_budget(a, 0, 0, "")
        set_budget(a, 1, 0, "")

    assert problems(run_a(tmp_path, change)) == [("PRF202", S, "C6")]


def test_prf202_no_grade_needed_in_central_and_sichuan(tmp_path):
    assert check(central_book(central_forms()), tmp_path) == []
    b = central_forms()[1]
    b["project"] = ""
    findings = check(central_book([b]), tmp_path)
    assert problems(findings) == [("PRF202", S, "C3")]
    assert "未填项目名称" in findings[0].message


# ---------------------------------------------------------------- cell contents (CEL) inside forms
def test_text_in_an_amount_cell_is_cel001_and_not_added_up(tmp_path):
    findings = run_a(tmp_path, lambda a: set_budget(a, 2, 0, "见附件"))
    assert problems(findings) == [("CEL001", S, "C8")]
    assert "劳动监察专项资金" in findings[0].message


def test_formula_without_value_is_cel002_and_not_judged(tmp_path):
    a = hebei_forms()[0]
    set_budget(a, 0, 2, "=G7+G8")
    assert problems(check(hebei_book([a]), tmp_path)) == [("CEL002", S, "G6")]


# ---------------------------------------------------------------- selection and severities like the tables
def test_select_and_ignore_work_for_prf(tmp_path):
    from govaudit.engine.runner import run_rules
    from test_forms_support import recognise

    b = hebei_forms()[1]
    b["grade"] = "优"
    b["indicators"][8][5] = "10"
    b["total"] = "88"
    d = recognise(hebei_book([b]), tmp_path)
    assert {f.code for f in run_rules(d, select=["PRF"])} == {"PRF106", "PRF107"}
    assert {f.code for f in run_rules(d, select=["PRF"], ignore=["PRF107"])} == {"PRF106"}
    got = run_rules(d, select=["PRF106"], severities={"PRF106": "warning"})
    assert [(f.code, f.severity.value) for f in got] == [("PRF106", "warning")]


def test_every_prf_rule_is_documented():
    from govaudit.engine.registry import FAMILIES, all_rules

    prf = [r for r in all_rules() if r.family == "PRF"]
    assert "PRF" in FAMILIES
    assert [r.code for r in prf] == ["PRF001", "PRF002", "PRF003", "PRF004", "PRF005", "PRF006", "PRF101",
                                     "PRF102", "PRF103", "PRF104", "PRF105", "PRF106", "PRF107", "PRF108",
                                     "PRF201", "PRF202"]
    for r in prf:
        assert r.title.startswith("绩效自评表") and r.explanation and r.example, r.code
