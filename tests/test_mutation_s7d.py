"""Survivors of the mutation runs that s7mutA left unfinished (issue 14, session 7, s7mutD): 公开07表 “三公”经费
read by its own loop (recognize/sanshi.build_sanshi, from line 126) and the 绩效自评表 amounts and rates
(checks/performance_common.py, from line 105). Small real-shaped workbooks built here; each test asserts the
recognised rows, columns and figures, or the findings with their expected/actual values."""

from __future__ import annotations

from decimal import Decimal

from recognize_books import book
from test_forms_support import check, hebei_book, hebei_forms, sichuan_book, sichuan_forms
from test_mutation_s7_sanshi import KEYS, SH1, SH2, T07, cells, the07  # the 07 layouts' heads and how a table is looked at


# ---------------------------------------------------------------- 公开07表 read by its own loop
def test_a_note_between_two_stacked_blocks_does_not_end_the_table(tmp_path):
    """A note under the 预算数 block (“注：预算数为年初预算数。”) is kept, and the 决算数 block below it is still
    read; both rows are of side 0."""
    rows = [[T07], ["单位：万元"], ["2019年预算数"], SH1, SH2, [10, 2, 5, 3, 2, 3], ["注：预算数为年初预算数。"],
            ["2019年决算数"], SH1, SH2, [8, 1, 4, 3, 1, 3]]
    t = the07(book(tmp_path, ("a", rows, ["C4:E4", "C9:E9"])))
    assert [(r.key, r.row, r.side) for r in t.rows] == [("budget", 6, 0), ("final", 11, 0)]
    assert t.notes == ["注:预算数为年初预算数。"]
    got = cells(t)
    assert got[("budget", "abroad")] == (Decimal(2), "B6", "预算数", "因公出国(境)费")
    assert got[("final", "car_run")] == (Decimal(1), "E11", "决算数", "公务用车运行维护费")


def test_rows_labelled_with_an_eight_character_period(tmp_path):
    """项目 | 合计 | … with rows labelled “本年度决算数合计” then “本年度预算数合计” (eight characters, still a
    row's own period label): each row takes its own period and is placed at its label."""
    head = ["项目", "合计", "因公出国（境）费", "公务接待费"]
    rows = [[T07], ["单位：万元"], head, ["本年度决算数合计", 8, 3, 5], ["本年度预算数合计", 10, 4, 6]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [(r.key, r.row, r.label_cell, r.side) for r in t.rows] == [("final", 4, "A4", 0), ("budget", 5, "A5", 0)]
    got = cells(t)
    assert got[("budget", "reception")] == (Decimal(6), "D5", "预算数", "公务接待费")
    assert got[("final", "abroad")] == (Decimal(3), "C4", "决算数", "因公出国(境)费")


def test_a_long_row_label_naming_the_fund_is_no_period(tmp_path):
    """A row labelled “一般公共预算财政拨款” (ten characters: the fund, not the period, though it holds 预算) in a
    决算 table without 预算数/决算数 heads: its figures are 决算数, and the row has no period label cell."""
    head = ["项目", "合计", "因公出国（境）费", "公务接待费"]
    rows = [[T07], ["单位：万元"], head, ["一般公共预算财政拨款", 8, 3, 5]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [(r.key, r.row, r.label_cell) for r in t.rows] == [("final", 4, None)]
    assert cells(t)[("final", "total")] == (Decimal(8), "B4", "决算数", "合计")


def test_twelve_columns_a_second_row_of_figures_joins_the_first(tmp_path):
    """Two rows of figures under one wide header (the second a copy line): still one 预算数 and one 决算数 row,
    each keeping the first row's figures."""
    h1 = ["合计", None, "因公出国（境）费", None, "公务接待费", None]
    h2 = ["预算数", "决算数"] * 3
    rows = [[T07], ["单位：万元"], h1, h2, [10, 8, 4, 3, 6, 5], [11, 9, 5, 4, 6, 5]]
    t = the07(book(tmp_path, ("a", rows, ["A3:B3", "C3:D3", "E3:F3"])))
    assert [(r.key, r.row, r.side) for r in t.rows] == [("budget", 5, 0), ("final", 5, 0)]
    got = cells(t)
    assert got[("budget", "total")] == (Decimal(10), "A5", "预算数", "合计")
    assert got[("final", "reception")] == (Decimal(5), "F5", "决算数", "公务接待费")



def test_a_last_band_with_no_block_under_it_leaves_the_table_whole(tmp_path):
    """The 预算数 block with its figures, then a “决算数” band with only a note under it (no heads, no figures):
    the table read above stands, its 预算数 row and six columns, and the note is kept."""
    rows = [[T07], ["单位：万元"], ["预算数"], SH1, SH2, [10, 2, 5, 3, 2, 3], ["决算数"], ["注：决算数待批复后公开。"]]
    t = the07(book(tmp_path, ("a", rows, ["C4:E4"])))
    assert [(r.key, r.row) for r in t.rows] == [("budget", 6)]
    assert [(c.key, c.col) for c in t.columns] == list(zip(KEYS, range(1, 7)))
    assert cells(t)[("budget", "reception")] == (Decimal(3), "F6", "预算数", "公务接待费")
    assert t.notes == ["注:决算数待批复后公开。"]


# ---------------------------------------------------------------- 绩效自评表 amounts and rates (performance_common.py)
# Form B of the clean 河北 samples (samples/make_forms.py): 总额 row 6 — C6 预算数 120.00, E6 到位数, G6 执行数
# 108.00, H6 执行率 90.00%; 预算执行率（10） row 22 (实际完成值 G22).

def _form_b():
    return hebei_forms()[1]


def _set_budget(f, row, col, value):
    """row 0 总额 / 1 财政资金 / 2 其他; col 0 预算 / 1 到位 / 2 执行 / 3 执行率."""
    f["budget"][row][[1, 3, 5, 6][col]] = value


def _only(findings, code):
    hit = [f for f in findings if f.code == code]
    assert len(hit) == 1, [(f.code, f.message) for f in findings]
    return hit[0]


def _no_rule_crashed(findings):
    assert not [f.message for f in findings if "执行出错" in f.message]


def test_form_without_a_total_line_has_no_amount_and_no_rule_fails(tmp_path):
    """预算执行情况 with its 其中 lines but no 总额 line: no amount is taken (预算数 and 执行数 are reported as
    not filled, at the form's title) and no rule stops on the missing line."""
    a = hebei_forms()[0]
    a["budget"][0][0] = a["budget"][0][2] = a["budget"][0][4] = ""  # no 总额 label: no total line
    for j in (1, 3, 5, 6):
        a["budget"][0][j] = ""
    findings = check(hebei_book([a]), tmp_path)
    _no_rule_crashed(findings)
    assert [(f.code, f.locations[0].cell, f.expected) for f in findings] == [("PRF202", "A1", "预算数"),
                                                                           ("PRF202", "A1", "执行数")]


def test_sichuan_line_with_a_blank_executed_has_no_rate_to_judge(tmp_path):
    """四川式: 财政资金's 执行数 left blank beside its 执行率 90.00%: that line's rate is not judged (PRF004 would
    compare 90.00% with 0 ÷ 60.00); only the 执行数 总额 64.80 against its lines (10.80) is reported."""
    b = sichuan_forms()[1]
    b["money"][1][3] = ""
    findings = check(sichuan_book([b]), tmp_path)
    _no_rule_crashed(findings)
    assert [(f.code, f.locations[0].cell) for f in findings] == [("PRF001", "E8")]
    f = findings[0]
    assert (f.expected, f.actual) == ("10.80", "64.80")


def test_a_budget_under_one_unit_still_has_a_rate(tmp_path):
    """预算数 0.80, 执行数 0.72 (a small project, 万元): the rate 90 % is computed and the printed 80.00% is an
    error, with its figures."""
    b = _form_b()
    for row, (bv, ev) in enumerate((("0.80", "0.72"), ("0.60", "0.54"), ("0.20", "0.18"))):
        _set_budget(b, row, 0, bv)
        _set_budget(b, row, 1, bv)
        _set_budget(b, row, 2, ev)
    _set_budget(b, 0, 3, "80.00%")
    b["indicators"][8][4] = "80.00%"
    findings = check(hebei_book([b]), tmp_path)
    f = _only(findings, "PRF004")
    assert f.locations[0].cell == "H6"
    assert (f.expected, f.actual, f.difference) == ("90.00%", "80.00%", "-10.00")
    assert "执行数 0.72 ÷ 预算数 0.80 = 90.0000%" in f.message


def test_a_budget_whose_interval_reaches_zero_has_no_rate(tmp_path):
    """总额 blank, 其中 0.01 + 0.00: the 预算数 may be as little as 0.005 − 0.005 = 0, so no rate is computed (no
    division by zero); the blank 总额 cells are reported with the sum of their lines."""
    b = _form_b()
    for row, (bv, ev) in enumerate((("", "0.01"), ("0.01", "0.01"), ("0.00", "0.00"))):
        _set_budget(b, row, 0, bv)
        _set_budget(b, row, 1, bv)
        _set_budget(b, row, 2, ev)
    _set_budget(b, 0, 3, "100.00%")
    b["indicators"][8][4] = "100.00%"
    findings = check(hebei_book([b]), tmp_path)
    _no_rule_crashed(findings)
    assert [(f.code, f.locations[0].cell, f.expected) for f in findings] == [("PRF001", "C6", "0.01"),
                                                                           ("PRF001", "E6", "0.01")]


def test_a_rate_under_one_percent_just_inside_rounding_is_a_note(tmp_path):
    """执行数 0.50 of 预算数 100.00 = 0.5 %, printed “0.49%”: 0.50 may be as little as 0.495, so the rate as little
    as 0.495 ÷ 100.005 = 0.49497 %, inside 0.49%'s [0.485%, 0.495%]: RND001, not PRF004."""
    b = _form_b()
    for row, (bv, ev) in enumerate((("100.00", "0.50"), ("80.00", "0.40"), ("20.00", "0.10"))):
        _set_budget(b, row, 0, bv)
        _set_budget(b, row, 1, bv)
        _set_budget(b, row, 2, ev)
    _set_budget(b, 0, 3, "0.49%")
    b["indicators"][8][4], b["indicators"][8][5] = "0.49%", "0"
    b["total"], b["grade"] = "78", "中"
    findings = check(hebei_book([b]), tmp_path)
    assert [(f.code, f.locations[0].cell) for f in findings] == [("RND001", "H6")]
    assert (findings[0].expected, findings[0].actual) == ("0.50%", "0.49%")
    assert "执行数 0.50 ÷ 预算数 100.00 = 0.5000%" in findings[0].message


def _touching(parts, shown):
    b = _form_b()
    for row, (bv, ev) in enumerate((("", "0.90"), (parts[0], "0.50"), (parts[1], "0.40"))):
        _set_budget(b, row, 0, bv)
        _set_budget(b, row, 1, bv)
        _set_budget(b, row, 2, ev)
    _set_budget(b, 0, 3, shown)
    b["indicators"][8][4] = shown
    return b


def test_a_rate_whose_interval_just_touches_the_computed_one_from_above_is_a_note(tmp_path):
    """总额 blank, 其中 0.51 + 0.50 = 1.01 (at least 1.00); 执行数 0.90 (at most 0.905): the rate is at most
    90.5 %, where “91%” (90.5 %–91.5 %) begins — the intervals touch: RND001 (expected 89%), not PRF004."""
    findings = check(hebei_book([_touching(("0.51", "0.50"), "91%")]), tmp_path)
    assert [f.code for f in findings] == ["PRF001", "PRF001", "RND001", "RND001"]
    f = [f for f in findings if f.code == "RND001"][0]
    assert (f.locations[0].cell, f.expected, f.actual) == ("H6", "89%", "91%")
    assert "执行数 0.90 ÷ 预算数 1.01（总额空白，按其中各项合计） = 89.109%" in f.message


def test_a_rate_whose_interval_just_touches_the_computed_one_from_below_is_a_note(tmp_path):
    """其中 0.49 + 0.50 = 0.99 (at most 1.00); 执行数 0.90 (at least 0.895): the rate is at least 89.5 %, where
    “89%” (88.5 %–89.5 %) ends — the intervals touch: RND001 (expected 91%), not PRF004."""
    findings = check(hebei_book([_touching(("0.49", "0.50"), "89%")]), tmp_path)
    assert [f.code for f in findings] == ["PRF001", "PRF001", "RND001", "RND001"]
    f = [f for f in findings if f.code == "RND001"][0]
    assert (f.locations[0].cell, f.expected, f.actual) == ("H6", "91%", "89%")


def test_actual_one_and_a_half_written_bare_is_a_fraction(tmp_path):
    """执行数 180.00 of 预算数 120.00 = 150.00% (over-spent: the 到位数 180.00 is reported by PRF002); the
    预算执行率 indicator's 实际完成值 “1.50” (two decimals, at most 1.5) is the fraction 150 %, agreeing with the
    rate: no PRF006."""
    b = _form_b()
    for row, (bv, ev) in enumerate((("120.00", "180.00"), ("100.00", "150.00"), ("20.00", "30.00"))):
        _set_budget(b, row, 0, bv)
        _set_budget(b, row, 1, ev)
        _set_budget(b, row, 2, ev)
    _set_budget(b, 0, 3, "150.00%")
    b["indicators"][8][4], b["indicators"][8][5] = "1.50", "10"
    b["total"] = "88"
    findings = check(hebei_book([b]), tmp_path)
    assert [(f.code, f.locations[0].cell) for f in findings] == [("PRF002", "E6")]
    assert (findings[0].expected, findings[0].actual) == ("≤ 120.00", "180.00")


def test_actual_as_a_fraction_keeps_its_precision_in_whole_percent(tmp_path):
    """Rate 108.48 ÷ 120.00 = 90.40%; 实际完成值 “0.90” is 90 % shown whole (two decimals of a fraction are
    none of a percent), so it agrees with 90.40% at that precision: nothing reported."""
    b = _form_b()
    for row, (bv, ev) in enumerate((("120.00", "108.48"), ("100.00", "90.40"), ("20.00", "18.08"))):
        _set_budget(b, row, 0, bv)
        _set_budget(b, row, 1, bv)
        _set_budget(b, row, 2, ev)
    _set_budget(b, 0, 3, "90.40%")
    b["indicators"][8][4] = "0.90"
    assert check(hebei_book([b]), tmp_path) == []


def test_a_cost_section_without_a_weight_is_not_weighed(tmp_path):
    """一级 “成本指标” (a 一级 the settings know by its 二级, with no weight of its own) printed without a weight:
    its scores are weighed against nothing, and no rule stops on it — the form is clean."""
    b = _form_b()
    b["indicators"][7][:5] = ["成本指标", "经济成本指标", "人均补贴成本", "<=600元", "600元"]
    findings = check(hebei_book([b]), tmp_path)
    _no_rule_crashed(findings)
    assert findings == []


def test_twelve_columns_under_heads_that_name_the_year(tmp_path):
    """Each item's pair headed “2019年预算数 | 2019年决算数” (a row of years, read as heads, not as the title's
    year line): the periods come from those heads."""
    h1 = ["合计", None, "因公出国（境）费", None, "公务接待费", None]
    h2 = ["2019年预算数", "2019年决算数"] * 3
    rows = [[T07], ["单位：万元"], h1, h2, [10, 8, 4, 3, 6, 5]]
    t = the07(book(tmp_path, ("a", rows, ["A3:B3", "C3:D3", "E3:F3"])))
    assert [(r.key, r.row) for r in t.rows] == [("budget", 5), ("final", 5)]
    got = cells(t)
    assert got[("budget", "abroad")] == (Decimal(4), "C5", "预算数", "因公出国(境)费")
    assert got[("final", "reception")] == (Decimal(5), "F5", "决算数", "公务接待费")


def test_rows_labelled_with_their_year_and_period_are_rows_not_bands(tmp_path):
    """“2019年预算数 | 10 | 2 …”: a label with figures beside it names its own row (a band stands alone in its row).
    Read as bands, both rows were skipped and the table not recognised at all (a false “缺少公开07表”)."""
    rows = [[T07], ["单位：万元"], ["项目", *SH1], [None, *SH2], ["2019年预算数", 10, 2, 5, 3, 2, 3],
            ["2019年决算数", 8, 1, 4, 3, 1, 3]]
    t = the07(book(tmp_path, ("a", rows, ["D3:F3"])))
    assert [(r.key, r.row, r.label_cell) for r in t.rows] == [("budget", 5, "A5"), ("final", 6, "A6")]
    got = cells(t)
    assert got[("budget", "car_purchase")] == (Decimal(3), "E5", "预算数", "公务用车购置费")
    assert got[("final", "total")] == (Decimal(8), "B6", "决算数", "合计")


def test_a_unit_line_printed_under_the_heads_is_the_tables_unit_not_a_head(tmp_path):
    """“单位：万元” in the last column between the heads and the figures: the table's unit (no false CMP008), and
    公务接待费's header stays 公务接待费 (it read “公务接待费/单位:万元”)."""
    from govaudit.engine.runner import run_rules

    rows = [[T07], ["项目", *SH1], [None, *SH2], [None, None, None, None, None, None, "单位：万元"],
            ["预算数", 10, 2, 5, 3, 2, 3], ["决算数", 8, 1, 4, 3, 1, 3]]
    d = book(tmp_path, ("a", rows, ["D2:F2"]))
    t = the07(d)
    assert (t.unit, t.unit_cell) == ("万元", "G4")
    assert [c.header for c in t.columns if c.key == "reception"] == ["公务接待费"]
    assert [f.code for f in run_rules(d) if f.code.startswith(("CMP00", "TBL")) and f.code != "CMP001"] == []


def test_a_unit_line_under_the_heads_of_a_coded_table_is_its_unit(tmp_path):
    """The same for the tables read by 科目编码 (tables.locate_header): 项目支出's head stays 项目支出, the unit is read."""
    rows = [["支出决算表"], ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
            [None, None, None, None, "单位：万元"], [None, "合计", 30, 20, 10], ["201", "一般公共服务支出", 30, 20, 10]]
    t = book(tmp_path, ("a", rows)).tables["03"]
    assert (t.unit, t.unit_cell) == ("万元", "E3")
    assert [c.header for c in t.columns] == ["本年支出合计", "基本支出", "项目支出"]
    assert t.row("201").cells["project"].value == Decimal(10)
