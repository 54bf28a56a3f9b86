"""Every rule fires on a workbook with a known error, at the judged cell, and stays silent on clean ones.

The workbooks are built from wb.spec(), a small consistent disclosure (see tests/wb.py); each case
changes one or a few figures. Cells below are those of the default layout (one table a sheet named
公开NN表, title in row 1, year in row 2, 部门/单位 in row 3, header rows 4–5, 合计 row 6).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import wb
from helpers import pick, problems, where

def run(tmp_path, s, name="wb.xlsx", **build_kw):
    """(disclosure, findings) of the workbook built from s."""
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = wb.save(wb.build(s, **build_kw), tmp_path, name)
    disclosure = recognize(read_workbook(path))
    disclosure.path = str(path)
    return disclosure, run_rules(disclosure)


def changed_cells(s: dict, disclosure) -> set[tuple[str, str]]:
    """Cells whose figure differs from the clean spec (or that only the changed spec prints)."""
    clean = wb.expected_figures(wb.spec())
    now = wb.expected_figures(s)
    keys = {k for k in clean.keys() | now.keys() if clean.get(k) != now.get(k)}
    out = set()
    for kind, row_key, col in keys:
        table = disclosure.tables[kind]
        row = table.row(row_key)
        if row is not None:
            loc = table.location(row, col)
            out.add((loc.sheet, loc.cell))
    return out


# code, changes, severity, judged sheet, judged cell, expected, actual. For a balance (年初 + 收入 = 支出 + 年末)
# expected is what the judged cell itself should hold.
CASES = [
    ("TBL101", [(("01", "income_total"), 196)], "error", "公开01表", "B14", "195.00", "196.00"),
    ("TBL102", [(("01", "expense_total"), 193)], "error", "公开01表", "D14", "192.00", "193.00"),
    ("TBL103", [(("01", "income_grand_total"), 209)], "error", "公开01表", "B17", "208.00", "209.00"),
    ("TBL104", [(("01", "expense_grand_total"), 209)], "error", "公开01表", "D17", "208.00", "209.00"),
    ("TBL105", [(("01", "begin_balance"), 14), (("01", "income_grand_total"), 209)],
     "error", "公开01表", "D17", "209.00", "208.00"),
    ("TBL201", [(("02", "2010102", "total"), 16)], "error", "公开02表", "C10", "15.00", "16.00"),
    ("TBL301", [(("03", "2010102", "total"), 16)], "error", "公开03表", "C10", "15.00", "16.00"),
    ("TBL401", [(("04", "cats", "201", "total"), 81)], "error", "公开04表", "D6", "80.00", "81.00"),
    ("TBL402", [(("04", "income_total"), 171)], "error", "公开04表", "B10", "170.00", "171.00"),
    ("TBL403", [(("04", "expense_total", "total"), 168)], "error", "公开04表", "D10", "167.00", "168.00"),
    # 年末 per fund printed as sub-rows under 年末财政拨款结转和结余 (their 合计 cells D12–D14)
    ("TBL404", [(("04", "end.general"), 5)], "error", "公开04表", "D12", "6.00", "5.00"),
    ("TBL405", [(("04", "end.gov_fund"), 5)], "error", "公开04表", "D13", "6.00", "5.00"),
    ("TBL406", [(("04", "end.state_capital"), 2)], "error", "公开04表", "D14", "1.00", "2.00"),
    ("TBL407", [(("04", "begin.general"), 7)], "error", "公开04表", "B11", "11.00", "10.00"),
    ("TBL408", [(("04", "end.general"), 5)], "error", "公开04表", "D11", "12.00", "13.00"),
    ("TBL409", [(("04", "income_grand_total"), 181)], "error", "公开04表", "B15", "180.00", "181.00"),
    ("TBL410", [(("04", "expense_grand_total", "total"), 181)], "error", "公开04表", "D15", "180.00", "181.00"),
    ("TBL411", [(("04", "begin_total"), 11), (("04", "begin.general"), 7), (("04", "income_grand_total"), 181)],
     "error", "公开04表", "D15", "181.00", "180.00"),
    ("TBL501", [(("05", "2010102", "total"), 11)], "error", "公开05表", "C10", "10.00", "11.00"),
    ("TBL601", [(("06", "personnel_total"), 106)], "error", "公开06表", "C13", "105.00", "106.00"),
    ("TBL602", [(("06", "public_total"), 16)], "error", "公开06表", "F13", "15.00", "16.00"),
    ("TBL701", [(("07", "final", "total"), 8)], "error", "公开07表", "B7", "7.00", "8.00"),
    ("TBL702", [(("07", "budget", "car_total"), 7)], "error", "公开07表", "E7", "6.00", "7.00"),
    ("TBL801", [(("08", "2120899", "end"), 7)], "error", "公开08表", "H9", "6.00", "7.00"),
    ("TBL802", [(("08", "2120899", "expense"), 29)], "error", "公开08表", "E9", "28.00", "29.00"),
    ("TBL901", [(("09", "2230199", "end"), 2)], "error", "公开09表", "H9", "1.00", "2.00"),
    ("TBL902", [(("09", "2230199", "project"), 8)], "error", "公开09表", "E9", "8.00", "9.00"),
    # 款 20101 = 项 2010101 + 2010102 in the 财政拨款收入 column
    ("TBL001", [(("02", "2010101", "fiscal"), 71)], "error", "公开02表", "D8", "81.00", "80.00"),
    ("XTB001", [(("02", "total", "total"), 196)], "error", "公开01表", "B14", "196.00", "195.00"),
    ("XTB002", [(("03", "total", "total"), 193)], "error", "公开01表", "D14", "193.00", "192.00"),
    ("XTB003", [(("03", "201", "total"), 106)], "error", "公开01表", "D6", "106.00", "105.00"),
    ("XTB004", [(("04", "income.general"), 131)], "error", "公开01表", "B6", "131.00", "130.00"),
    ("XTB005", [(("04", "income.gov_fund"), 31)], "error", "公开01表", "B7", "31.00", "30.00"),
    ("XTB006", [(("04", "income.state_capital"), 11)], "error", "公开01表", "B8", "11.00", "10.00"),
    ("XTB007", [(("02", "total", "fiscal"), 171)], "error", "公开02表", "D6", "170.00", "171.00"),
    ("XTB008", [(("04", "income_total"), 171)], "error", "公开04表", "B10", "170.00", "171.00"),
    ("XTB009", [(("01", "income.upper"), 5)], "error", "公开01表", "B9", "0.00", "5.00"),
    ("XTB010", [(("01", "income.business"), 21)], "error", "公开01表", "B10", "20.00", "21.00"),
    ("XTB011", [(("01", "income.operating"), 3)], "error", "公开01表", "B11", "0.00", "3.00"),
    ("XTB012", [(("01", "income.affiliated"), 2)], "error", "公开01表", "B12", "0.00", "2.00"),
    ("XTB013", [(("01", "income.other"), 6)], "error", "公开01表", "B13", "5.00", "6.00"),
    ("XTB014", [(("05", "total", "total"), 131)], "error", "公开04表", "E10", "131.00", "130.00"),
    ("XTB015", [(("05", "201", "total"), 81)], "error", "公开04表", "E6", "81.00", "80.00"),
    ("XTB016", [(("08", "total", "expense"), 29)], "error", "公开04表", "F10", "29.00", "28.00"),
    ("XTB017", [(("09", "total", "expense"), 10)], "error", "公开04表", "G10", "10.00", "9.00"),
    ("XTB018", [(("06", "personnel_total"), 106)], "error", "公开05表", "D6", "121.00", "120.00"),
    ("XTB019", [(("05", "2010101", "total"), 95)], "error", "公开05表", "C9", "90.00", "95.00"),
    ("XTB020", [(("06", "30212"), 3)], "warning", "公开06表", "F8", "2.00", "3.00"),
    ("XTB021", [(("06", "30217"), 2)], "warning", "公开06表", "F9", "1.00", "2.00"),
    ("XTB022", [(("06", "30231"), 4)], "warning", "公开06表", "F10", "3.00", "4.00"),
    ("XTB023", [(("06", "31013"), 2)], "warning", "公开06表", "F12", "1.00", "2.00"),
    ("XTB027", [(("08", "212", "expense"), 29)], "error", "公开04表", "F8", "29.00", "28.00"),
    ("XTB028", [(("09", "223", "expense"), 10)], "error", "公开04表", "G9", "10.00", "9.00"),
    ("XTB024", [(("04", "begin_total"), 14)], "error", "公开04表", "B11", "13.00", "14.00"),
    ("XTB025", [(("04", "end_total"), 17)], "error", "公开04表", "D11", "16.00", "17.00"),
    # 公开04表's 政府性基金 / 国有资本经营 money against the 合计 row of 公开08/09表 (s17rev r2)
    ("XTB029", [(("08", "total", "income"), 31)], "error", "公开04表", "B7", "31.00", "30.00"),
    ("XTB030", [(("08", "total", "begin"), 5)], "error", "公开04表", "B13", "5.00", "4.00"),
    ("XTB031", [(("08", "total", "end"), 7)], "error", "公开04表", "D13", "7.00", "6.00"),
    ("XTB032", [(("09", "total", "income"), 11)], "error", "公开04表", "B8", "11.00", "10.00"),
    ("XTB033", [(("04", "begin.state_capital"), 2), (("09", "total", "begin"), 3)], "error", "公开04表", "B14",
     "3.00", "2.00"),
    ("XTB034", [(("09", "total", "end"), 2)], "error", "公开04表", "D14", "2.00", "1.00"),
]


BETWEEN = {"XTB029", "XTB030", "XTB031", "XTB032", "XTB033", "XTB034"}  # `between = true` rules (rules/cross.toml)


def test_clean_spec_gives_no_finding(audit):
    assert audit() == []


@pytest.mark.parametrize("code,changes,severity,sheet,cell,expected,actual", CASES, ids=[c[0] for c in CASES])
def test_rule_fires_at_judged_cell(tmp_path, code, changes, severity, sheet, cell, expected, actual):
    s = wb.spec()
    for path, value in changes:
        wb.put(s, path, value)
    disclosure, findings = run(tmp_path, s)
    hits = pick(findings, code)
    assert hits, f"{code} did not fire; got {problems(findings)}"
    hit = pick(findings, code, sheet, cell)
    assert len(hit) == 1, f"{code} fired at {[where(f) for f in hits]}, not {sheet}!{cell}"
    f = hit[0]
    assert f.severity.value == severity
    if code in BETWEEN:  # two tables' figures, neither the judged one: no 'expected', the message says both
        assert (f.expected, f.actual) == (None, actual) and "两表不一致" in f.message
    else:
        assert (f.expected, f.actual) == (expected, actual)
    assert f.file == disclosure.path and f.message
    # both values and the two intervals are in the message, so the reader sees why rounding cannot explain it
    assert expected in f.message and actual in f.message and f.message.count("区间") == 2
    # nothing is reported that does not involve a changed cell: the clean spec has no finding at all
    changed = changed_cells(s, disclosure)
    for other in findings:
        if other.severity.value != "info":
            cited = {(loc.sheet, loc.cell) for loc in other.locations}
            assert cited & changed, f"{other.code} at {where(other)} cites none of the changed cells {changed}"


def test_every_rule_has_a_firing_test():
    """Each built-in rule `govaudit rules` lists (but PRF*, tested with the forms, and TXT*, tested in
    test_narrative.py) fires in some test here."""
    from govaudit.engine.registry import all_rules

    covered = {c[0] for c in CASES} | OTHER_TESTED
    listed = {r.code for r in all_rules() if not r.code.startswith(("PRF", "TXT", "BG")) and r.plugin is None}  # BG*: test_budget.py
    assert listed - covered == set(), "rules without a firing test"


OTHER_TESTED = {"XTB026", "CMP001", "CMP002", "CMP003", "CMP004", "CMP005", "CMP006", "CMP007", "CMP008",
                "CEL001", "CEL002", "RND001", "TBL202", "TBL302", "TBL502",
                "TBL603",  # TBL603: tests/test_recognize_layouts.py (06 in one block)
                "CEL003",  # tests/test_hostile.py (1e308, a 30-digit integer)
                "CEL004",  # tests/test_reader_formats.py (hidden rows and columns)
                "RND002",  # tests/test_rounding.py (one amount printed twice, one unit apart)
                "CMP009", "CMP010",  # tests/test_template.py (placeholders left in; a blank template)
                "TBL412", "TBL413", "TBL414",  # tests/test_fund_split04.py (04 with each fund split 小计 | 基本 | 项目)
                "CMP011", "CMP012"}  # tests/test_unit_books28.py (a workbook of two units; a stacked copy of no unit)


# ---------------------------------------------------------------- fund tables (XTB026)
def test_xtb026_fund_in_04_but_09_empty(tmp_path):
    s = wb.spec()
    wb.empty(s, "09", note="注：本部门本年度无国有资本经营预算财政拨款收支，故本表以空表列示。")
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "XTB026")
    assert len(hit) == 1
    assert hit[0].severity.value == "error"
    assert where(hit[0]) == ("公开04表", "G9")  # the first 国有资本经营预算 figure of 公开04表
    assert (hit[0].expected, hit[0].actual) == (None, None)
    assert hit[0].locations[1].sheet == "公开09表"
    assert not pick(findings, "CMP002")  # the empty table carries its note


def test_xtb026_no_fund_in_04_but_09_has_data(tmp_path):
    s = wb.spec()
    for path in [("04", "income.state_capital"), ("04", "cats", "223", "state_capital"),
                 ("04", "expense_total", "state_capital"), ("04", "expense_grand_total", "state_capital"),
                 ("04", "end.state_capital")]:
        wb.put(s, path, None)
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "XTB026")
    assert len(hit) == 1 and hit[0].severity.value == "error"
    assert where(hit[0]) == ("公开09表", "D6")  # 09's first figure: 合计 row, 本年收入


def test_xtb026_silent_when_both_empty(tmp_path):
    s = wb.spec()
    for path in [("04", "income.state_capital"), ("04", "cats", "223", "state_capital"),
                 ("04", "expense_total", "state_capital"), ("04", "expense_grand_total", "state_capital"),
                 ("04", "end.state_capital")]:
        wb.put(s, path, None)
    wb.empty(s, "09", note="注：本部门无国有资本经营预算财政拨款收支，故本表以空表列示。")
    _d, findings = run(tmp_path, s)
    assert not pick(findings, "XTB026") and not pick(findings, "CMP002")


def test_blank_sanshi_column_is_a_zero_for_cross_checks(tmp_path):
    """07 with blank 因公出国（境）费 (both periods, so no number in that column) is still read: 06 30212 2.00
    is more than the 决算数 0 (the rule's own example: “07表决算数为空：警告”)."""
    s = wb.spec()
    s["07"]["budget"].update(abroad=None, total=8)
    s["07"]["final"].update(abroad=None, total=5)
    for layout in (wb.Layout(), wb.Layout(sanshi_stacked=True)):
        _d, findings = run(tmp_path, s, layout=layout)
        assert problems(findings) == [("XTB020", "公开06表", "F8")]
        assert pick(findings, "XTB020")[0].expected == "0.00"


# ---------------------------------------------------------------- completeness (CMP)
def test_cmp001_missing_table(tmp_path):
    _d, findings = run(tmp_path, wb.spec(), kinds=[k for k in wb.ORDER if k != "08"])
    hit = pick(findings, "CMP001")
    assert len(hit) == 1
    f = hit[0]
    assert f.severity.value == "error" and f.table == "公开08表"
    assert f.expected == "政府性基金预算财政拨款收入支出决算表" and f.actual is None
    assert f.locations == []  # a missing table has no cell
    assert "公开08表" in f.message


def test_cmp001_title_without_table(tmp_path):
    """A sheet that prints the 08 title and nothing under it: the table is reported as title only, at the title."""
    book = wb.build(wb.spec(), kinds=[k for k in wb.ORDER if k != "08"])
    ws = book.create_sheet("公开08表")
    ws["A1"] = "政府性基金预算财政拨款收入支出决算表"
    _d, findings = run_book(tmp_path, book)
    [f] = pick(findings, "CMP001")
    assert f.table == "公开08表" and f.actual == "只有标题"
    assert "只有标题，没有表格" in f.message and "工作簿中" in f.message
    assert [(loc.sheet, loc.cell) for loc in f.locations] == [("公开08表", "A1")]


def run_book(tmp_path, book):
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = wb.save(book, tmp_path, "wb.xlsx")
    disclosure = recognize(read_workbook(path))
    return disclosure, run_rules(disclosure)


def test_cmp001_required_tables_are_a_setting(tmp_path):
    from govaudit.engine.context import Context, Settings
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = wb.save(wb.build(wb.spec(), kinds=["01", "02", "03"]), tmp_path)
    disclosure = recognize(read_workbook(path))
    ctx = Context(settings=Settings(required_tables=["01", "02", "03"]))
    assert not pick(run_rules(disclosure, ctx), "CMP001")
    assert {f.table for f in pick(run_rules(disclosure), "CMP001")} == {f"公开{k}表" for k in "04 05 06 07 08 09".split()}


def test_cmp002_empty_table_without_note(tmp_path):
    s = wb.spec()
    wb.empty(s, "09")
    s["notes"]["09"] = "注：本表反映部门本年度国有资本经营预算财政拨款收入支出情况。"  # says what, not why empty
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "CMP002")
    assert len(hit) == 1
    assert hit[0].severity.value == "error"
    assert where(hit[0]) == ("公开09表", "A1")  # the title
    assert (hit[0].expected, hit[0].actual) == (None, None)


def test_cmp002_silent_with_note(tmp_path):
    s = wb.spec()
    wb.empty(s, "09", note="注：本部门2024年度没有国有资本经营预算财政拨款收支，故本表无数据。")
    _d, findings = run(tmp_path, s)
    assert not pick(findings, "CMP002")


def test_cmp003_department_differs(tmp_path):
    s = wb.spec()
    s["depts"]["07"] = "某市财政局"
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "CMP003")
    assert len(hit) == 1
    f = hit[0]
    assert f.severity.value == "error" and where(f) == ("公开07表", "A3")
    assert (f.expected, f.actual) == (wb.DEPT, "某市财政局")
    assert problems(findings) == [("CMP003", "公开07表", "A3")]


def test_cmp004_year_differs(tmp_path):
    s = wb.spec()
    s["years"]["05"] = "2023年度"
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "CMP004")
    assert len(hit) == 1
    f = hit[0]
    assert f.severity.value == "error" and where(f) == ("公开05表", "A2")
    assert (f.expected, f.actual) == ("2024", "2023")
    assert problems(findings) == [("CMP004", "公开05表", "A2")]


def test_cmp005_unit_differs_and_yuan_figures_still_agree(tmp_path):
    """06 printed in 元 (figures ×10000): CMP005, a presentation warning, and no sum or cross-table error, since
    元 are converted; a figure wrong after conversion is still an error."""
    s = wb.spec()
    s["units"]["06"] = "元"
    d, findings = run(tmp_path, s)
    assert problems(findings) == [("CMP005", "公开06表", "F3")]
    f = pick(findings, "CMP005")[0]
    assert f.severity.value == "warning" and (f.expected, f.actual) == ("万元", "元")
    assert not [x for x in findings if x.severity.value == "error"]
    fig = d.tables["06"].row("personnel_total").get("amount")
    assert (fig.value, fig.unit, fig.amount) == (Decimal("1050000.00"), "元", Decimal("105.000000"))


def test_cmp006_same_code_different_name(tmp_path):
    s = wb.spec()
    s["renames"]["05"] = {"2080505": "行政单位医疗"}
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "CMP006")
    assert len(hit) == 1
    f = hit[0]
    assert f.severity.value == "warning" and where(f) == ("公开05表", "B13")
    assert (f.expected, f.actual) == ("机关事业单位基本养老保险缴费支出", "行政单位医疗")


def test_cmp006_ignores_numbering_brackets_and_suffix(tmp_path):
    s = wb.spec()
    s["renames"]["03"] = {"201": "一般公共服务（类）", "20805": "行政事业单位养老支出"}
    _d, findings = run(tmp_path, s)
    assert not pick(findings, "CMP006")


def test_cmp007_table_printed_twice(tmp_path):
    _d, findings = run(tmp_path, wb.spec(), kinds=wb.ORDER + ["02"])
    hit = pick(findings, "CMP007")
    assert len(hit) == 1
    assert hit[0].severity.value == "warning"
    assert where(hit[0]) == ("公开02表1", "A1")  # openpyxl names the second sheet 公开02表1
    assert (hit[0].expected, hit[0].actual) == (None, None)
    assert problems(findings) == [("CMP007", "公开02表1", "A1")]


def test_cmp008_no_unit(tmp_path):
    s = wb.spec()
    s["units"]["05"] = ""
    _d, findings = run(tmp_path, s)
    assert problems(findings) == [("CMP008", "公开05表", "A1")]
    f = pick(findings, "CMP008")[0]
    assert f.severity.value == "warning" and (f.expected, f.actual) == (None, None)


# ---------------------------------------------------------------- cell contents (CEL)
def test_cel001_text_in_a_money_cell(tmp_path):
    s = wb.spec()
    wb.put(s, ("03", "2010102", "basic"), "见说明")
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "CEL001")
    assert len(hit) == 1
    f = hit[0]
    assert f.severity.value == "error" and where(f) == ("公开03表", "D10") and f.actual == "见说明"
    assert problems(findings) == [("CEL001", "公开03表", "D10")]


@pytest.mark.parametrize("blank", ["—", "-", "", "　", "/"])
def test_blank_marks_are_not_text_errors(tmp_path, blank):
    s = wb.spec()
    wb.put(s, ("03", "2010101", "project"), blank)
    _d, findings = run(tmp_path, s)
    assert findings == []


def test_cel002_formula_without_cached_value(tmp_path):
    s = wb.spec()
    wb.put(s, ("03", "total", "total"), "=SUM(C7,C11,C14,C17)")  # openpyxl saves no computed value
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "CEL002")
    assert len(hit) == 1
    assert hit[0].severity.value == "warning" and where(hit[0]) == ("公开03表", "C6")
    assert (hit[0].expected, hit[0].actual) == (None, None)
    assert problems(findings) == [("CEL002", "公开03表", "C6")]  # not taken for a blank (no sum errors)


# ---------------------------------------------------------------- split 财政拨款 / 基本支出 columns
SPLIT_02 = (["本年收入合计", ("财政拨款收入", ["小计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]),
             "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
            ["total", "fiscal", "fiscal.general", "fiscal.gov_fund", "fiscal.state_capital", "upper", "business",
             "operating", "affiliated", "other"])
SPLIT_03 = (["本年支出合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出", "上缴上级支出", "经营支出",
             "对附属单位补助支出"],
            ["total", "basic", "basic.personnel", "basic.public", "project", "upper_remit", "operating",
             "affiliate_subsidy"])
SPLIT_05 = (["合计", ("基本支出", ["小计", "人员经费", "公用经费"]), "项目支出"],
            ["total", "basic", "basic.personnel", "basic.public", "project"])


def _split_spec() -> dict:
    """The spec with 02's 财政拨款收入 split by fund and 03/05's 基本支出 split into 人员/公用经费."""
    s = wb.spec()
    n = None
    fund = {"201": (80, n, n), "20101": (80, n, n), "2010101": (70, n, n), "2010102": (10, n, n),
            "208": (50, n, n), "20805": (50, n, n), "2080505": (50, n, n), "212": (n, 30, n), "21208": (n, 30, n),
            "2120899": (n, 30, n), "223": (n, n, 10), "22301": (n, n, 10), "2230199": (n, n, 10),
            "total": (130, 30, 10)}
    for code, values in s["02"].items():
        s["02"][code] = values[:2] + list(fund[code]) + values[2:]
    personnel = {"total": (105, 35), "201": (60, 30), "20101": (60, 30), "2010101": (60, 30), "2010102": (n, n),
                 "208": (45, 5), "20805": (45, 5), "2080505": (45, 5)}
    for kind in ("03", "05"):
        for code, values in s[kind].items():
            basic = values[1]
            split = personnel.get(code, (n, n))
            if kind == "05" and code in ("total", "201", "20101", "2010101"):
                split = {"total": (95, 25), "201": (50, 20), "20101": (50, 20), "2010101": (50, 20)}[code]
            assert basic is None or sum(x or 0 for x in split) == basic, (kind, code)
            s[kind][code] = values[:2] + list(split) + values[2:]
    s["heads"].update({"02": SPLIT_02, "03": SPLIT_03, "05": SPLIT_05})
    return s


def test_split_columns_clean(tmp_path):
    s = _split_spec()
    d, findings = run(tmp_path, s)
    assert wb.recognised_figures(d) == wb.expected_figures(s)
    assert findings == []


@pytest.mark.parametrize("code,path,value,cell,expected,actual", [
    ("TBL202", ("02", "2010101", "fiscal.general"), 71, "D9", "71.00", "70.00"),
    ("TBL302", ("03", "2010101", "basic.public"), 31, "D9", "91.00", "90.00"),
    ("TBL502", ("05", "2010101", "basic.personnel"), 51, "D9", "71.00", "70.00"),
])
def test_split_column_rules(tmp_path, code, path, value, cell, expected, actual):
    s = _split_spec()
    wb.put(s, path, value)
    _d, findings = run(tmp_path, s)
    hit = pick(findings, code, f"公开{path[0]}表", cell)
    assert len(hit) == 1, problems(findings)
    assert hit[0].severity.value == "error" and (hit[0].expected, hit[0].actual) == (expected, actual)


# ---------------------------------------------------------------- the clean samples
@pytest.mark.parametrize("name", ["2024", "2019"])
def test_clean_samples_report_only_rounding(sample_findings, name):
    findings = sample_findings(name)
    assert findings, "the samples' totals differ from their parts by 0.01–0.02: RND001 is expected"
    assert {f.code for f in findings} == {"RND001"}
    assert {f.severity.value for f in findings} == {"info"}
