"""绩效自评表 rules (PRF0xx budget block, PRF1xx scores) where an earlier form, line or indicator is skipped and a
later one must still be checked, and the expected/actual/difference each finding reports (issue 14: survivors
of a mutation run over checks/performance_budget.py and checks/performance_scores.py).

Form A (劳动监察专项资金) is clean; forms are stacked on one sheet, so a faulty form B sits below A."""

from __future__ import annotations

import pytest

from test_forms_support import central_book, central_forms, check, hebei_book, hebei_forms, problems

A, B, C = 0, 1, 2


def forms(*which):
    all_ = hebei_forms()
    return [all_[i] for i in which]


def set_budget(f, row, col, value):
    """row 0 总额 / 1 财政资金 / 2 其他; col 0 预算 / 1 到位 / 2 执行 / 3 执行率."""
    f["budget"][row][[1, 3, 5, 6][col]] = value


def codes(findings, *, info=False):
    return sorted(f.code for f in findings if info or f.severity.value != "info")


def of_form(findings, name):
    return [f for f in findings if f"「{name}」" in f.message or name in f.message]


def only(findings, code):
    hit = [f for f in findings if f.code == code]
    assert len(hit) == 1, [(f.code, f.message) for f in findings]
    return hit[0]


# ---------------------------------------------------------------- PRF001 总额 = Σ 其中
def test_prf001_later_column_is_checked_after_a_good_one(tmp_path):
    """预算数 adds up; 执行数 总额 2.96 is not 财政资金 2.90 + 其他 0: reported with its numbers."""
    a = forms(A)[0]
    set_budget(a, 1, 2, "2.90")
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF001")
    assert codes(findings) == ["PRF001"]
    assert "执行数" in f.message and f.locations[0].cell == "G6"
    assert (f.expected, f.actual, f.difference) == ("2.90", "2.96", "0.06")


def test_prf001_text_in_a_total_skips_that_column_only(tmp_path):
    """预算数 总额 holds text (CEL001's business); 执行数 总额 is still judged."""
    a = forms(A)[0]
    set_budget(a, 0, 0, "见附件")
    set_budget(a, 1, 2, "2.90")
    set_budget(a, 0, 3, "")
    findings = check(hebei_book([a]), tmp_path)
    assert [f.locations[0].cell for f in findings if f.code == "PRF001"] == ["G6"]


def test_prf001_unfilled_parts_skip_that_column_only(tmp_path):
    """到位数 其中 left blank (not judged); 执行数 其中 wrong (judged)."""
    a = forms(A)[0]
    set_budget(a, 1, 1, "")
    set_budget(a, 1, 2, "2.90")
    findings = check(hebei_book([a]), tmp_path)
    assert [f.locations[0].cell for f in findings if f.code == "PRF001"] == ["G6"]


def test_prf001_blank_total_then_a_wrong_total(tmp_path):
    """预算数 总额 blank (reported as blank, expected 3.00) and 执行数 总额 wrong: both reported."""
    a = forms(A)[0]
    set_budget(a, 0, 0, "")
    set_budget(a, 1, 2, "2.90")
    findings = [f for f in check(hebei_book([a]), tmp_path) if f.code == "PRF001"]
    assert [f.locations[0].cell for f in findings] == ["C6", "G6"]
    assert findings[0].expected == "3.00" and "总额单元格为空，按其中各项应为 3.00" in findings[0].message


def test_prf001_form_without_a_total_row_then_a_faulty_form(tmp_path):
    """A form whose 预算执行情况 has lines but no 总额 row is skipped; the next form is still checked."""
    a, b = forms(A, B)
    a["budget"][0][0] = a["budget"][0][2] = a["budget"][0][4] = ""  # no 总额 label: no total line
    for j in (1, 3, 5, 6):
        a["budget"][0][j] = ""
    set_budget(b, 2, 0, "25.00")  # 预算数 120 ≠ 100 + 25
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF001")
    assert "就业扶持专项资金" in f.message
    assert (f.expected, f.actual, f.difference) == ("125.00", "120.00", "-5.00")


# ---------------------------------------------------------------- PRF002 / PRF003 ≤
def test_prf002_in_a_second_form_with_values(tmp_path):
    a, b = forms(A, B)
    set_budget(b, 0, 1, "130.00")
    set_budget(b, 2, 1, "30.00")
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF002")
    assert "就业扶持专项资金" in f.message
    assert (f.expected, f.actual, f.difference) == ("≤ 120.00", "130.00", "10.00")
    assert "到位数 130.00 超过预算数 120.00，多 10.00" in f.message


def test_prf003_after_a_form_with_no_budget_figures(tmp_path):
    """Form A prints no amounts at all (skipped); form B's 执行数 exceeds its 到位数."""
    a, b = forms(A, B)
    for row in range(3):
        for col in range(4):
            set_budget(a, row, col, "")
    a["indicators"][7][4] = ""
    set_budget(b, 0, 2, "125.00")
    set_budget(b, 2, 2, "35.00")
    set_budget(b, 0, 3, "104.17%")
    b["indicators"][7][4] = "104.17%"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF003")
    assert (f.expected, f.actual, f.difference) == ("≤ 120.00", "125.00", "5.00")


def test_le_rounding_note_then_an_error_in_the_next_form(tmp_path):
    """Form A: 到位数 3.01 over 预算数 3.00 by what rounding explains (note); form B: 到位数 over by 10 (error)."""
    a, b = forms(A, B)
    set_budget(a, 0, 0, "3.0")
    set_budget(a, 1, 0, "3.0")
    set_budget(a, 0, 1, "3.01")
    set_budget(a, 1, 1, "3.01")
    set_budget(b, 0, 1, "130.00")
    set_budget(b, 2, 1, "30.00")
    findings = check(hebei_book([a, b]), tmp_path)
    assert codes(findings) == ["PRF002"]
    note = [f for f in findings if f.code == "RND001" and "到位数" in f.message and "预算数" in f.message]
    assert note and (note[0].expected, note[0].actual, note[0].difference) == ("≤ 3.00", "3.01", "0.01")


# ---------------------------------------------------------------- PRF004 执行率
def test_prf004_in_a_second_form_with_values(tmp_path):
    a, b = forms(A, B)
    set_budget(b, 0, 3, "80.00%")
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF004")
    assert (f.expected, f.actual, f.difference) == ("90.00%", "80.00%", "-10.00")
    assert "执行数 108.00 ÷ 预算数 120.00 = 90.0000%" in f.message
    assert "相差 10.00 个百分点" in f.message and "[79.995%, 80.005%]" in f.message


def test_prf004_rounding_note_values(tmp_path):
    a = forms(A)[0]
    set_budget(a, 0, 3, "98.66%")  # 2.96 ÷ 3.00 = 98.667; 2.955/3.005 … 2.965/2.995 covers 98.66
    a["indicators"][7][4] = "98.66%"
    findings = check(hebei_book([a]), tmp_path)
    assert codes(findings) == []
    [f] = [f for f in findings if f.code == "RND001" and "执行率填" in f.message]
    assert (f.expected, f.actual) == ("98.67%", "98.66%")


# ---------------------------------------------------------------- PRF006 预算执行率指标
def test_prf006_second_form_is_checked_after_one_without_a_rate(tmp_path):
    a, b = forms(A, B)
    set_budget(a, 0, 3, "")
    for row in range(3):
        set_budget(a, row, 2, "")  # no rate: neither shown nor computable
    a["indicators"][7][4] = "100%"
    b["indicators"][8][4] = "100%"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF006")
    assert "就业扶持专项资金" in f.message
    assert (f.expected, f.actual) == ("90.00%", "100%")


def test_prf006_second_rate_indicator_after_a_text_one(tmp_path):
    """The 预算执行率 section has two indicators: the first's 实际完成值 is text (skipped), the second disagrees."""
    a = forms(A)[0]
    a["indicators"][7][4] = "基本完成"
    a["indicators"].append(["", "", "资金拨付率", "100%", "80%", "0"])
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF006")
    assert (f.expected, f.actual) == ("98.67%", "80%")


def test_prf006_second_rate_indicator_after_an_agreeing_one(tmp_path):
    a = forms(A)[0]
    a["indicators"].append(["", "", "资金拨付率", "100%", "80%", "0"])
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF006")
    assert (f.expected, f.actual) == ("98.67%", "80%")


def test_prf006_rounding_note_then_an_error_in_the_next_form(tmp_path):
    """A: 98.66% against 98.67% — [98.655, 98.665] touches [98.665, 98.675], a note; B: 100% against 90.00%."""
    a, b = forms(A, B)
    a["indicators"][7][4] = "98.66%"
    b["indicators"][8][4] = "100%"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF006")
    assert "就业扶持专项资金" in f.message
    [note] = [f for f in findings if f.code == "RND001" and "预算执行率指标" in f.message]
    assert (note.expected, note.actual) == ("98.67%", "98.66%") and "劳动监察专项资金" in note.message


# ---------------------------------------------------------------- PRF101 Σ得分 ≤ 权重
def test_prf101_a_later_section_is_checked(tmp_path):
    """产出 and 效益 within their weights; 满意度指标（10）scores 12: reported with the sum and the excess."""
    a = forms(A)[0]
    a["indicators"][6][5] = "12"
    a["indicators"][7][5] = "7"
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF101")
    assert (f.expected, f.actual, f.difference) == ("≤ 10", "12", "2")
    assert "「满意度指标（10）」下各项自评得分之和 12，超过其权重 10，多 2 分" in f.message


def test_prf101_in_a_second_form(tmp_path):
    a, b = forms(A, B)
    b["indicators"][4][5] = "20"  # 效益 20 + 10 + 5 = 35 > 30
    b["indicators"][0][5] = "10"  # 产出 45 stays within 50, 总分 87 unchanged
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF101")
    assert (f.expected, f.actual, f.difference) == ("≤ 30", "35", "5")
    assert "20 + 10 + 5 = 35" in f.message


# ---------------------------------------------------------------- PRF102 Σ权重 = 100
def test_prf102_form_with_exactly_two_level1_sections(tmp_path):
    a = forms(A)[0]
    a["indicators"] = a["indicators"][:6]  # 产出（50）and 效益（30） only
    a["total"] = "80"
    a["grade"] = "良"
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF102")
    assert (f.expected, f.actual, f.difference) == ("100", "80", "-20")
    assert "产出指标 50 + 效益指标 30 = 80，应为 100（没有：满意度指标、预算执行率）" in f.message


def test_prf102_in_a_second_form(tmp_path):
    a, b = forms(A, B)
    b["indicators"][4][0] = "效益指标（40）"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF102")
    assert (f.expected, f.actual, f.difference) == ("100", "110", "10")
    assert "没有" not in f.message


def test_prf102_second_form_after_one_without_weights(tmp_path):
    a, b = forms(A, B)
    a["indicators"][0][0] = "产出指标"  # a weight is missing: A is not judged
    b["indicators"][4][0] = "效益指标（40）"
    findings = check(hebei_book([a, b]), tmp_path)
    assert [f.code for f in findings if f.code == "PRF102"] == ["PRF102"]


# ---------------------------------------------------------------- PRF103 得分 ≤ 分值
def test_prf103_later_indicator_and_a_negative_score(tmp_path):
    c = central_forms()[0]
    c["indicators"][5][6] = "21"  # 效益 分值 20, 得分 16 → 21
    c["indicators"][7][6] = "-1"  # 满意度 得分 10 → -1
    c["total"] = "89"
    findings = check(central_book([c]), tmp_path)
    hits = [f for f in findings if f.code == "PRF103"]
    assert codes(findings) == ["PRF103", "PRF103"]  # PRF101 leaves sections weighted by the 分值 column to PRF103
    assert [(f.expected, f.actual) for f in hits] == [("0～20", "21"), ("0～10", "-1")]
    assert "超过其分值 20" in hits[0].message and "为负数 10" in hits[1].message


# ---------------------------------------------------------------- PRF104 / PRF105 / PRF106 in a second form
def test_prf104_in_a_second_form(tmp_path):
    a, b = forms(A, B)
    b["total"] = "88"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF104")
    assert (f.expected, f.actual, f.difference) == ("87", "88", "1")
    assert "总分填 88，各项自评得分之和为 87，相差 1 分" in f.message


def test_prf104_score_below_the_sum(tmp_path):
    a = forms(A)[0]
    a["total"] = "97"
    a["grade"] = "优"
    f = only(check(hebei_book([a]), tmp_path), "PRF104")
    assert (f.expected, f.actual, f.difference) == ("99", "97", "-2")
    assert "相差 2 分" in f.message


def test_prf105_in_a_second_form(tmp_path):
    a, b = forms(A, B)
    b["total"] = "870"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF105")
    assert (f.expected, f.actual) == ("0～100", "870")


def test_prf106_in_a_second_form(tmp_path):
    a, b = forms(A, B)
    b["grade"] = "优"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF106")
    assert (f.expected, f.actual) == ("良", "优")
    assert "总分 87，评价等级应为“良”" in f.message


@pytest.mark.parametrize("total,grade", [("90", "优"), ("89.5", "良"), ("80", "良"), ("60", "中"), ("59", "差")])
def test_prf106_band_edges(tmp_path, total, grade):
    from govaudit.checks.performance_scores import expected_grade
    from govaudit.engine.context import Context
    from govaudit.engine.performance_settings import perf_settings
    from decimal import Decimal

    assert expected_grade(Decimal(total), perf_settings(Context())) == grade


# ---------------------------------------------------------------- PRF107 执行率得分上限
def test_prf107_in_a_second_form_with_values(tmp_path):
    a, b = forms(A, C)
    b["indicators"][6][5] = "10"  # 远程教育: 执行率 50%, 预算执行率（10） 5 → 10
    b["total"] = "60"
    b["grade"] = "中"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF107")
    assert (f.expected, f.actual, f.difference) == ("≤ 5", "10", "5")


def test_prf107_after_a_form_without_a_rate(tmp_path):
    a, b = forms(A, C)
    for row in range(3):
        for col in (2, 3):
            set_budget(a, row, col, "")
    a["indicators"][7][4] = ""
    b["indicators"][6][5] = "10"
    b["total"] = "60"
    b["grade"] = "中"
    findings = check(hebei_book([a, b]), tmp_path)
    assert [f.code for f in findings if f.code == "PRF107"] == ["PRF107"]


# ---------------------------------------------------------------- PRF108 二级指标的位置
def test_prf108_in_a_later_section(tmp_path):
    a = forms(A)[0]
    a["indicators"][6][1] = "经济效益指标"  # under 满意度指标（10）
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF108")
    assert (f.expected, f.actual) == ("效益指标", "满意度指标（10）")
    assert f.locations[0].col_label == "二级指标"


def test_prf001_uncomputed_formula_skips_only_its_column(tmp_path):
    """A formula saved without its value in 预算数 其中：财政资金 (C7): 预算数 is not judged; 执行数 still is."""
    from govaudit.checks.performance_budget import total_is_sum
    from govaudit.engine.context import Context
    from govaudit.model.disclosure import CellIssue
    from govaudit.model.figure import Location
    from test_forms_support import recognise

    a = forms(A)[0]
    set_budget(a, 1, 0, "2.50")
    set_budget(a, 1, 2, "2.90")
    d = recognise(hebei_book([a]), tmp_path)
    d.cell_issues.append(CellIssue(kind="formula_without_value", location=Location(file=d.path, sheet="表", cell="C7")))
    found = list(total_is_sum(d, Context()))
    assert [(f.locations[0].cell, f.expected, f.actual) for f in found] == [("G6", "2.90", "2.96")]


def test_findings_carry_their_rule_title(tmp_path):
    a, b = forms(A, B)
    set_budget(b, 2, 0, "25.00")
    b["total"] = "88"
    findings = check(hebei_book([a, b]), tmp_path)
    titles = {f.code: f.title for f in findings if f.severity.value != "info"}
    assert titles == {"PRF001": "预算数总额应等于其中各项之和", "PRF104": "绩效自评表：总分应等于各项自评得分之和"}
    for code in ("PRF002", "PRF004", "PRF006", "PRF101", "PRF102", "PRF107"):
        from govaudit.checks.performance_budget import rule_title
        from govaudit.engine.registry import get_rule

        assert rule_title(code) == get_rule(code).title and rule_title(code).startswith("绩效自评表：")
    assert rule_title("ZZZ999") == "ZZZ999"


def test_prf004_a_later_sichuan_line_after_lines_without_a_rate(tmp_path):
    """四川式: 财政资金's rate left blank, 财政专户 (0 ÷ 0) not computable; 单位资金 80.00% (10.80 ÷ 12.00 = 90 %)
    is still judged."""
    from test_forms_support import sichuan_book, sichuan_forms

    b = sichuan_forms()[1]
    b["money"][1][4] = ""
    b["money"][3][4] = "80.00%"
    findings = check(sichuan_book([b]), tmp_path)
    f = only(findings, "PRF004")
    assert "「单位资金」执行率填 80.00%，而执行数 10.80 ÷ 预算数 12.00 = 90.0000%" in f.message
    assert [(loc.cell, loc.col_label) for loc in f.locations] == [("F11", "执行率"), ("E11", "执行数"), ("D11", "预算数")]
    assert (f.expected, f.actual, f.difference) == ("90.00%", "80.00%", "-10.00")


def test_prf002_blank_total_is_added_up_from_its_parts(tmp_path):
    """到位数 总额 blank: PRF002 compares Σ其中 (3.20) with 预算数 and says so."""
    a = forms(A)[0]
    set_budget(a, 0, 1, "")
    set_budget(a, 1, 1, "3.20")
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF002")
    assert "到位数 3.20 超过预算数 3.00（总额空白，按其中各项合计），多 0.20" in f.message
    assert (f.expected, f.actual, f.difference) == ("≤ 3.00", "3.20", "0.20")


def test_le_rules_skip_a_form_with_an_uncomputed_formula(tmp_path):
    """Form A's 到位数 (E6) is a formula saved without its value: PRF002 is not judged there; form B still is."""
    from govaudit.checks.performance_budget import arrived_le_budget
    from govaudit.engine.context import Context
    from govaudit.model.disclosure import CellIssue
    from govaudit.model.figure import Location
    from test_forms_support import recognise

    a, b = forms(A, B)
    set_budget(a, 0, 1, "3.20")
    set_budget(a, 1, 1, "3.20")
    set_budget(b, 0, 1, "130.00")
    set_budget(b, 2, 1, "30.00")
    d = recognise(hebei_book([a, b]), tmp_path)
    d.cell_issues.append(CellIssue(kind="formula_without_value", location=Location(file=d.path, sheet="表", cell="E6")))
    found = list(arrived_le_budget(d, Context()))
    assert [(f.code, f.actual) for f in found] == [("PRF002", "130.00")]


# ---------------------------------------------------------------- messages and edges of the score rules
def test_prf101_judges_the_rate_section_when_the_form_has_no_rate(tmp_path):
    """No amounts at all: PRF107 has no rate to cap with, so PRF101 judges 预算执行率（10） by its weight."""
    a = forms(A)[0]
    for row in range(3):
        for col in range(4):
            set_budget(a, row, col, "")
    a["indicators"][7][4] = ""
    a["indicators"][7][5] = "12"
    a["indicators"][6][5] = "7"
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF101")
    assert "「预算执行率（10）」下各项自评得分之和 12，超过其权重 10，多 2 分" in f.message
    assert "PRF107" not in codes(findings)


@pytest.mark.parametrize("total,out", [("100", False), ("0", False), ("100.5", True), ("101", True)])
def test_prf105_edges(tmp_path, total, out):
    a = forms(A)[0]
    a["total"] = total
    hit = [f for f in check(hebei_book([a]), tmp_path) if f.code == "PRF105"]
    assert bool(hit) is out
    if out:
        assert hit[0].message.endswith(f"：总分 {total} 不在 0～100 之间。") and hit[0].actual == total


def test_prf104_note_on_scores_that_are_not_numbers(tmp_path):
    a = forms(A)[0]
    a["indicators"][1][5] = "优"  # 12 not counted: Σ 87, 总分 99
    f = only(check(hebei_book([a]), tmp_path), "PRF104")
    assert "各项自评得分之和为 87（另有 1 个得分单元格不是数字，未计入），相差 12 分" in f.message
    assert (f.expected, f.actual, f.difference) == ("87", "99", "12")


def test_prf106_message_lists_the_bands(tmp_path):
    b = forms(B)[0]
    b["grade"] = "中"
    f = only(check(hebei_book([b]), tmp_path), "PRF106")
    assert f.message == "绩效自评表「就业扶持专项资金」：总分 87，评价等级应为“良”（优 ≥ 90、良 ≥ 80、中 ≥ 60、差 < 60），实际填“中”。"


@pytest.mark.parametrize("grade,fits", [("良好", True), ("良。", True), ("良（80-90分）", True), ("优良", False),
                                        ("甲", False), ("优秀", False)])
def test_prf106_grade_spellings(tmp_path, grade, fits):
    b = forms(B)[0]  # 总分 87: 良
    b["grade"] = grade
    hit = [f for f in check(hebei_book([b]), tmp_path) if f.code == "PRF106"]
    assert (not hit) is fits
    if grade == "甲":
        assert hit[0].message.split("：", 1)[1] == "评价等级“甲”不是设置中的等级（优、良、中、差）；总分 87 对应“良”。"


def test_grade_key_prefers_the_longest_grade(tmp_path):
    from govaudit.checks.performance_scores import _grade_key
    from govaudit.engine.context import Context
    from govaudit.engine.performance_settings import perf_settings
    from dataclasses import replace

    s = perf_settings(Context())
    s2 = replace(s, grade_bands=[("优", 90), ("良", 80), ("合格", 60), ("不合格", 0)])
    assert _grade_key("不合格。", s2) == "不合格" and _grade_key("合格", s2) == "合格"
    assert _grade_key("合格（60分）", s2) == "合格" and _grade_key("不合格（差）", s2) == "不合格"
    assert _grade_key("优秀", s) == "优" and _grade_key("较好", s) is None


def test_prf107_message_and_values(tmp_path):
    c = forms(C)[0]  # 远程教育: 执行率 50.00%, 预算执行率（10） 5 → 8
    c["indicators"][6][5] = "8"
    c["total"] = "58"
    f = only(check(hebei_book([c]), tmp_path), "PRF107")
    assert f.message.endswith("：预算执行率得分 8，但表中执行率 50.00%，按 min(执行率, 100%) × 权重 10 最多得 5 分。")
    assert (f.expected, f.actual, f.difference) == ("≤ 5", "8", "3")
    assert [loc.cell for loc in f.locations][:1] == ["H20"]


def test_prf107_computed_rate_when_none_is_shown(tmp_path):
    c = forms(C)[0]
    set_budget(c, 0, 3, "")
    c["indicators"][6][4] = ""
    c["indicators"][6][5] = "8"
    c["total"] = "58"
    f = only(check(hebei_book([c]), tmp_path), "PRF107")
    assert "但执行数 ÷ 预算数 = 50.00%，" in f.message


def test_prf107_negative_rate_caps_at_zero(tmp_path):
    c = forms(C)[0]
    set_budget(c, 0, 3, "-5.00%")
    c["indicators"][6][4] = "-5.00%"
    c["indicators"][6][5] = "1"
    c["total"] = "51"
    findings = check(hebei_book([c]), tmp_path)
    f = only(findings, "PRF107")
    assert f.expected == "≤ 0" and f.actual == "1"


def test_prf004_total_line_locations_and_blank_total(tmp_path):
    """执行数 总额 blank: the rate is judged against Σ其中 (2.96 ÷ 3.00), and the message says so."""
    a = forms(A)[0]
    set_budget(a, 0, 2, "")
    set_budget(a, 0, 3, "90.00%")
    a["indicators"][7][4] = "90.00%"
    f = only(check(hebei_book([a]), tmp_path), "PRF004")
    assert f.message.startswith("绩效自评表「劳动监察专项资金」：执行率填 90.00%，而执行数 2.96 ÷ 预算数 3.00"
                                "（总额空白，按其中各项合计） = 98.6667%，应为 98.67%")
    assert [(loc.cell, loc.col_label) for loc in f.locations][:1] == [("H6", "执行率")]
    assert [loc.cell for loc in f.locations][1:] == ["G6", "C6"]


def test_prf101_central_form_without_weights_uses_the_settings(tmp_path):
    """中央式 with the 分值 column left blank: sections are judged against the configured weights (产出 50)."""
    c = central_forms()[0]
    for ind in c["indicators"]:
        ind[5] = ""
    c["indicators"][0][6] = "20"
    c["total"] = "100"
    f = only(check(central_book([c]), tmp_path), "PRF101")
    assert f.message.endswith("：「产出指标」下各项自评得分之和 20 + 10 + 10 + 10 + 5 = 55，超过其权重 50"
                              "（表中未标明权重，按设置），多 5 分。")
    assert (f.expected, f.actual, f.difference) == ("≤ 50", "55", "5")


def test_prf101_after_a_rate_section_listed_first(tmp_path):
    a = forms(A)[0]
    a["indicators"] = [a["indicators"][7]] + a["indicators"][:7]
    a["indicators"][7][5] = "12"  # 满意度（10）
    a["indicators"][0][5] = "7"
    assert [(f.code, f.actual) for f in check(hebei_book([a]), tmp_path)] == [("PRF101", "12")]


def test_prf101_after_a_section_without_scores(tmp_path):
    a = forms(A)[0]
    for i in range(4):
        a["indicators"][i][5] = ""  # 产出 not scored
    a["indicators"][6][5] = "12"
    findings = check(hebei_book([a]), tmp_path)
    assert codes(findings) == ["PRF101", "PRF104"]
    assert only(findings, "PRF101").actual == "12"


def test_prf102_not_judged_with_a_single_section(tmp_path):
    a = forms(A)[0]
    a["indicators"] = a["indicators"][:4]
    a["total"] = "50"
    a["grade"] = "差"
    assert check(hebei_book([a]), tmp_path) == []


def test_rate_score_capped_by_prf107_alone_when_only_the_rate_is_shown(tmp_path):
    """执行数 blank, 执行率 98.67% shown: the 预算执行率 section is PRF107's (cap 9.87), not PRF101's."""
    a = forms(A)[0]
    for r in range(3):
        a["budget"][r][5] = ""
    a["indicators"][7][5] = "12"
    a["indicators"][6][5] = "7"
    findings = check(hebei_book([a]), tmp_path)
    assert codes(findings) == ["PRF107", "PRF202"]
    f = only(findings, "PRF107")
    assert (f.expected, f.actual, f.difference) == ("≤ 9.87", "12", "2.13")


def test_prf004_whole_percent_difference_keeps_one_decimal(tmp_path):
    b = forms(B)[0]
    set_budget(b, 0, 3, "80%")
    b["indicators"][8][4] = "80%"
    f = only(check(hebei_book([b]), tmp_path), "PRF004")
    assert (f.expected, f.actual, f.difference) == ("90%", "80%", "-10.0")
    assert "相差 10.0 个百分点" in f.message and "（80% 代表 [79.5%, 80.5%]）" in f.message


def test_prf006_message_against_the_shown_rate(tmp_path):
    b = forms(B)[0]
    b["indicators"][8][4] = "100%"
    f = only(check(hebei_book([b]), tmp_path), "PRF006")
    assert f.message.endswith("：预算执行率指标的实际完成值填 100%，而表中执行率为 90.00%，两者应一致。")


def test_prf006_message_against_the_computed_rate(tmp_path):
    b = forms(B)[0]
    set_budget(b, 0, 3, "")
    b["indicators"][8][4] = "100%"
    f = only(check(hebei_book([b]), tmp_path), "PRF006")
    assert f.message.endswith("：预算执行率指标的实际完成值填 100%，而执行数 ÷ 预算数为 90.00%，两者应一致。")
    assert (f.expected, f.actual) == ("90.00%", "100%")


def test_prf006_touching_from_above_is_rounding(tmp_path):
    """98.68% → [98.675, 98.685] touches 98.67% → [98.665, 98.675]: a note, not an error."""
    a = forms(A)[0]
    a["indicators"][7][4] = "98.68%"
    findings = check(hebei_book([a]), tmp_path)
    assert codes(findings) == []
    [note] = [f for f in findings if f.code == "RND001"]
    assert (note.expected, note.actual) == ("98.67%", "98.68%")
    assert "预算执行率指标实际完成值 98.68% 与表中执行率 98.67% 相差在四舍五入误差范围内" in note.message


def test_prf006_second_rate_indicator_after_a_rounding_note(tmp_path):
    a = forms(A)[0]
    a["indicators"][7][4] = "98.66%"
    a["indicators"].append(["", "", "资金拨付率", "100%", "80%", "0"])
    findings = check(hebei_book([a]), tmp_path)
    assert only(findings, "PRF006").actual == "80%"


def test_prf102_above_100_names_no_missing_section(tmp_path):
    a = forms(A)[0]
    a["indicators"] = a["indicators"][:6]
    a["indicators"][4][0] = "效益指标（60）"
    a["total"] = "80"
    a["grade"] = "良"
    f = only(check(hebei_book([a]), tmp_path), "PRF102")
    assert f.message.endswith("：各一级指标的权重 产出指标 50 + 效益指标 60 = 110，应为 100。")
    assert [loc.cell for loc in f.locations] == ["B14", "B18"]


def test_prf103_after_an_unscored_indicator_and_a_zero_score(tmp_path):
    c = central_forms()[0]
    c["indicators"][0][6] = ""    # not scored: not judged
    c["indicators"][1][6] = "0"   # 0 is within 0～10
    c["indicators"][5][6] = "21"  # 分值 20
    findings = check(central_book([c]), tmp_path)
    assert [(f.expected, f.actual) for f in findings if f.code == "PRF103"] == [("0～20", "21")]


def test_prf104_second_form_after_one_without_a_total(tmp_path):
    a, b = forms(A, B)
    a["total"] = ""
    b["total"] = "88"
    findings = check(hebei_book([a, b]), tmp_path)
    f = only(findings, "PRF104")
    assert "就业扶持专项资金" in f.message and (f.expected, f.actual) == ("87", "88")


def test_prf104_decimal_scores_far_from_the_total_are_an_error(tmp_path):
    a = forms(A)[0]
    a["indicators"][0][5] = "11.6"  # Σ 98.6: 总分 97 is not its rounding
    a["total"] = "97"
    f = only(check(hebei_book([a]), tmp_path), "PRF104")
    assert (f.expected, f.actual, f.difference) == ("98.6", "97", "-1.6")


def test_prf004_blank_budget_total_is_added_up(tmp_path):
    a = forms(A)[0]
    set_budget(a, 0, 0, "")
    set_budget(a, 0, 3, "90.00%")
    a["indicators"][7][4] = "90.00%"
    f = only(check(hebei_book([a]), tmp_path), "PRF004")
    assert "而执行数 2.96 ÷ 预算数 3.00（总额空白，按其中各项合计） = 98.6667%" in f.message


# ---------------------------------------------------------------- a form skipped by a rule, then a faulty form C
def faulty_c():
    c = forms(C)[0]  # 远程教育: 执行率 50.00%, 预算执行率（10） 5 → 8: PRF107
    c["indicators"][6][5] = "8"
    c["total"] = "58"
    return c


@pytest.mark.parametrize("skip", ["no grade", "no rate section", "rate unscored", "rate rounding note"])
def test_score_rules_check_the_next_form_after_a_skipped_one(tmp_path, skip):
    a = forms(A)[0]
    if skip == "no grade":
        a["grade"] = ""
    elif skip == "no rate section":
        a["indicators"] = a["indicators"][:7]
        a["total"] = "90"
    elif skip == "rate unscored":
        a["indicators"][7][5] = ""
        a["total"] = "90"
    else:
        a["indicators"][7][5] = "10"
        a["total"] = "100"
    c = faulty_c()
    c["grade"] = "良"  # 58 is 差: PRF106
    findings = check(hebei_book([a, c]), tmp_path)
    got = {f.code for f in findings if "远程教育站点专项资金" in f.message and f.severity.value != "info"}
    assert got == {"PRF106", "PRF107"}


def test_prf104_rounding_note_then_an_error_in_the_next_form(tmp_path):
    a = forms(A)[0]
    a["indicators"][0][5], a["indicators"][1][5] = "11.6", "12.3"  # Σ 98.9, 总分 99: a note
    b = forms(B)[0]
    b["total"] = "88"
    findings = check(hebei_book([a, b]), tmp_path)
    assert only(findings, "PRF104").actual == "88"


def test_prf107_weight_from_the_settings_is_said(tmp_path):
    c = faulty_c()
    c["indicators"][6][0] = "预算执行率"
    c["grade"] = "差"
    f = only(check(hebei_book([c]), tmp_path), "PRF107")
    assert "× 权重 10（表中未标明权重，按设置） 最多得 5 分" in f.message
