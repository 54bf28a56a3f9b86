"""绩效自评表 rules and what they share (issue 14, session 7: survivors of the first mutation runs over
checks/performance_fields.py, checks/performance_common.py, checks/rounding.py and the PRF107 bound of
checks/performance_scores.py). Forms are the clean 河北 samples (samples/make_forms.py) with one change each;
each test asserts the finding, its judged cell and its expected/actual values.

Form B (就业扶持专项资金, written at A1): 总额 row 6 — C6 预算数 120.00, E6 到位数, G6 执行数 108.00, H6 执行率
90.00%; 预算执行率（10） row 22 (得分 H22), 总分 H23, 评价等级 H24."""

from __future__ import annotations

from test_forms_support import check, hebei_book, hebei_forms, problems

S = "表"
A, B, C = 0, 1, 2


def form(which):
    return hebei_forms()[which]


def set_budget(f, row, col, value):
    """row 0 总额 / 1 财政资金 / 2 其他; col 0 预算 / 1 到位 / 2 执行 / 3 执行率."""
    f["budget"][row][[1, 3, 5, 6][col]] = value


def only(findings, code):
    hit = [f for f in findings if f.code == code]
    assert len(hit) == 1, [(f.code, f.message) for f in findings]
    return hit[0]


# ---------------------------------------------------------------- PRF107: the bound where the intervals touch
def _rate_score(score, total):
    b = form(B)
    set_budget(b, 0, 3, "90%")  # 执行率 printed whole: 89.5 %–90.5 %, the cap's upper end 9.05
    b["indicators"][8][4] = "90%"
    b["indicators"][8][5] = score
    b["total"] = total
    return b


def test_prf107_score_whose_interval_just_touches_the_cap_is_a_note(tmp_path):
    """9.1 (9.05–9.15) against 90 % of 10 = 9 (at most 9.05 with 90 % shown whole): the intervals touch at
    9.05, rounding explains it — RND001, not PRF107."""
    findings = check(hebei_book([_rate_score("9.1", "87.1")]), tmp_path)
    assert problems(findings) == []
    note = only(findings, "RND001")
    assert note.locations[0].cell == "H22"
    assert (note.expected, note.actual) == ("≤ 9", "9.1")
    assert "预算执行率得分 9.1，按表中执行率 90%上限为 9" in note.message


def test_prf107_one_unit_further_is_an_error(tmp_path):
    findings = check(hebei_book([_rate_score("9.2", "87.2")]), tmp_path)
    assert problems(findings) == [("PRF107", S, "H22")]
    f = only(findings, "PRF107")
    assert (f.expected, f.actual, f.difference) == ("≤ 9", "9.2", "0.2")


# ---------------------------------------------------------------- PRF202 required fields
def test_prf202_text_in_the_budget_total_is_not_a_blank(tmp_path):
    """预算数 总额 holds “见附件”: CEL001 reports the cell; the field is filled, so PRF202 stays silent."""
    a = form(A)
    set_budget(a, 0, 0, "见附件")
    findings = check(hebei_book([a]), tmp_path)
    assert problems(findings) == [("CEL001", S, "C6")]
    assert only(findings, "CEL001").actual == "见附件"


def test_prf202_a_required_name_that_is_no_field_is_not_judged(tmp_path, monkeypatch):
    """Settings listing a name no form field stands for (“联系电话”) before 项目名称: that name is passed over
    (never “未填写” at the form's title) and the blank 项目名称 after it is still reported at C4."""
    import govaudit.engine.performance_settings as ps

    settings = dict(ps._file_settings(), required={"hebei": ["联系电话", "项目名称"]})
    monkeypatch.setattr(ps, "_FILE_SETTINGS", settings)
    a = form(A)
    a["basic"][2] = ""
    findings = check(hebei_book([a]), tmp_path)
    assert problems(findings) == [("PRF202", S, "C4")]
    f = only(findings, "PRF202")
    assert f.expected == "项目名称" and "必填项“项目名称”未填写" in f.message


def test_prf202_executed_blank_is_named_as_executed(tmp_path):
    """执行数 blank in 总额 and its 其中 rows, 预算数 filled: “执行数” is missing, at the 执行数 总额 cell G6."""
    a = form(A)
    set_budget(a, 0, 2, "")
    set_budget(a, 1, 2, "")
    findings = check(hebei_book([a]), tmp_path)
    f = only(findings, "PRF202")
    assert (f.locations[0].cell, f.expected) == ("G6", "执行数")
    assert "必填项“执行数”未填写" in f.message


# ---------------------------------------------------------------- 一级 named without “指标”
def test_prf108_level1_named_without_zhibiao(tmp_path):
    """“满意度（10）” is the 满意度指标 section though the word 指标 is missing: 数量指标 under it is misplaced."""
    a = form(A)
    a["indicators"][6][0], a["indicators"][6][1] = "满意度（10）", "数量指标"
    findings = check(hebei_book([a]), tmp_path)
    assert problems(findings) == [("PRF108", S, "C20")]
    f = only(findings, "PRF108")
    assert (f.expected, f.actual) == ("产出指标", "满意度（10）")
    assert [loc.cell for loc in f.locations] == ["C20", "B20"]


def test_prf108_level1_named_with_more_words(tmp_path):
    """“项目产出（50）” contains 产出: it is the 产出指标 section, so 社会效益指标 under it is misplaced."""
    a = form(A)
    a["indicators"][0][0] = "项目产出（50）"
    a["indicators"][2][1] = "社会效益指标"
    findings = check(hebei_book([a]), tmp_path)
    assert problems(findings) == [("PRF108", S, "C16")]
    f = only(findings, "PRF108")
    assert (f.expected, f.actual) == ("效益指标", "项目产出（50）")


def test_prf108_level2_known_by_its_ending(tmp_path):
    """“工作数量指标” is no 二级 of the settings but ends in 数量: it belongs to 产出指标, not under 效益指标."""
    a = form(A)
    a["indicators"][4][1] = "工作数量指标"
    findings = check(hebei_book([a]), tmp_path)
    assert problems(findings) == [("PRF108", S, "C18")]
    f = only(findings, "PRF108")
    assert (f.expected, f.actual) == ("产出指标", "效益指标（30）")
    assert "二级指标「工作数量指标」属于产出指标" in f.message


# ---------------------------------------------------------------- rates shown whole (no decimals)
def test_prf004_rate_shown_whole_is_judged_and_shown_whole(tmp_path):
    """执行率 “91%” beside 108.00 ÷ 120.00 = 90 %: the right figure is said in the shown precision (90%, not
    90.0%), the gap in tenths."""
    b = form(B)
    set_budget(b, 0, 3, "91%")
    b["indicators"][8][4] = "91%"
    findings = check(hebei_book([b]), tmp_path)
    assert problems(findings) == [("PRF004", S, "H6")]
    f = only(findings, "PRF004")
    assert (f.expected, f.actual, f.difference) == ("90%", "91%", "1.0")
    assert "执行数 108.00 ÷ 预算数 120.00 = 90.000%，应为 90%；相差 1.0 个百分点" in f.message
    assert "（91% 代表 [90.5%, 91.5%]）" in f.message


# ---------------------------------------------------------------- PRF006: 实际完成值 written as a fraction
def test_prf006_actual_written_as_a_fraction_with_two_or_more_decimals(tmp_path):
    """0.90 and 0.9000 are 90 % (a fraction with two or more decimals) and agree with 90.00 %; 0.95 is 95 % and
    does not; 0.9 (one decimal) is no fraction, 0.9 %: an error."""
    for written, bad in (("0.90", False), ("0.9000", False), ("0.95", True), ("0.9", True)):
        b = form(B)
        b["indicators"][8][4] = written
        findings = check(hebei_book([b]), tmp_path)
        if not bad:
            assert findings == [], written
            continue
        assert problems(findings) == [("PRF006", S, "G22")], written
        f = only(findings, "PRF006")
        assert (f.expected, f.actual) == ("90.00%", written)
        assert f"实际完成值填 {written}，而表中执行率为 90.00%" in f.message


def test_zero_budget_has_no_rate_to_judge(tmp_path):
    """预算数 0.00 everywhere: no execution rate can be computed; nothing is reported (no division by zero)."""
    b = form(B)
    for row in range(3):
        for col in range(3):
            set_budget(b, row, col, "0.00")
    set_budget(b, 0, 3, "")
    b["indicators"][8][4] = ""
    assert check(hebei_book([b]), tmp_path) == []
