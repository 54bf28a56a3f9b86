"""Findings of the rule files that decide them, down to their expected/actual/difference and the wording a clerk
reads (issue 14, session 6: survivors of full mutation runs over checks/cells.py, checks/completeness.py,
checks/funds.py, checks/performance_*.py, checks/hierarchy.py, engine/*.py and recognize/text.py).

Workbooks are wb.spec() (tests/wb.py: a small consistent 决算 disclosure, one table a sheet) with one change."""

from __future__ import annotations

from types import SimpleNamespace

import wb
from helpers import pick, problems

from govaudit.checks import cells
from govaudit.model import Location
from govaudit.model.disclosure import CellIssue


def run(tmp_path, s, name="wb.xlsx", **build_kw):
    """(disclosure, findings) of the workbook built from s."""
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = wb.save(wb.build(s, **build_kw), tmp_path, name)
    disclosure = recognize(read_workbook(path))
    disclosure.path = str(path)
    return disclosure, run_rules(disclosure)


# ---------------------------------------------------------------- CEL: where the cell is, in words
def test_cel001_message_names_table_row_and_column(tmp_path):
    s = wb.spec()
    wb.put(s, ("03", "2010102", "basic"), "见说明")
    _d, findings = run(tmp_path, s)
    (f,) = pick(findings, "CEL001")
    assert f.message == "公开03表「2010102 一般行政管理事务」基本支出列：应为数字，实际为文字“见说明”。"
    assert f.table == "公开03表" and f.actual == "见说明" and f.locations[0].file == f.file


def _issue(kind, text="x", context="", row_label=None, col_label=None):
    loc = Location(file="", sheet="Sheet1", cell="C3", row_label=row_label, col_label=col_label)
    return CellIssue(kind=kind, location=loc, text=text, context=context)


def _disclosure(*issues):
    return SimpleNamespace(path="d.xlsx", cell_issues=list(issues))


def test_cel_place_without_table_or_labels_is_the_cell_address():
    """A cell outside any recognised table (no context, no row or column name) is named by its address."""
    (f,) = cells.not_a_number(_disclosure(_issue("not_a_number", "优")), None)
    assert f.message == "Sheet1!C3：应为数字，实际为文字“优”。"
    assert f.locations[0].file == "d.xlsx"


def test_cel_place_with_only_a_column_name():
    d = _disclosure(_issue("implausible", "1E+308", context="公开05表", col_label="合计"))
    (f,) = cells.implausible_amount(d, None)
    assert f.message.startswith("公开05表合计列：数字 1E+308 大得不合常理")
    (g,) = cells.formula_without_value(_disclosure(_issue("formula_without_value", row_label="合计")), None)
    assert g.message.startswith("「合计」：单元格是公式但没有计算结果") and g.severity.value == "warning"


def test_cel_each_rule_takes_only_its_own_kind():
    d = _disclosure(_issue("not_a_number"), _issue("formula_without_value"), _issue("implausible"),
                    _issue("hidden_figures", "3", context="03支出"))
    assert [f.code for rule in (cells.not_a_number, cells.formula_without_value, cells.implausible_amount,
                                cells.hidden_figures) for f in rule(d, None)] == ["CEL001", "CEL002", "CEL003", "CEL004"]
    (h,) = cells.hidden_figures(d, None)
    assert h.message == "03支出中有 3 个数字单元格（如 C3），未参与核对；公开的是显示出来的内容。"
    assert h.severity.value == "info" and h.actual == "3"


# ---------------------------------------------------------------- engine/arith.shown_sum: the verdict's "ok" test
def _fig(text: str, unit: str = "万元"):
    from decimal import Decimal

    from govaudit.model import Figure

    d = Decimal(text)
    return Figure(value=d, decimals=max(0, -d.as_tuple().exponent), unit=unit,
                  source=Location(file="t.xlsx", sheet="S", cell="B2"))


def test_shown_sum_converts_yuan_and_equals_the_spans_value():
    """300.00 元 is 0.03 万元: 1.50 万元 + 300.00 元 + a blank = 1.53 万元, the very sum Span.of shows."""
    from decimal import Decimal

    from govaudit.engine.arith import Span, shown_sum

    figures = [_fig("1.50"), _fig("300.00", unit="元"), None]
    assert shown_sum(figures) == Decimal("1.53") == Span.of(figures).value
    assert shown_sum([_fig("12345", unit="元")]) == Decimal("1.2345")
    assert shown_sum([None]) == 0


# ---------------------------------------------------------------- XTB026: a fund's money in 04 against 08/09
def test_xtb026_fund_money_only_in_its_column_of_04(tmp_path):
    """04 prints no 政府性基金 income or 年初 rows, but its 政府性基金 column holds 212's 28.00 while 08 is empty:
    the fund has money, so the empty 08 is reported, at that 28.00 (F8) and at 08's title."""
    s = wb.spec()
    s["04"]["income.gov_fund"] = s["04"]["begin.gov_fund"] = None
    wb.empty(s, "08", note="注：本部门无政府性基金预算财政拨款收支，故本表以空表列示。")
    _d, findings = run(tmp_path, s)
    (f,) = pick(findings, "XTB026")
    assert f.message == "公开04表中政府性基金预算财政拨款有数据，但公开08表是空表：两表应一致。"
    assert [(loc.sheet, loc.cell) for loc in f.locations] == [("公开04表", "F8"), ("公开08表", "A1")]


def test_xtb026_checks_09_when_08_is_missing(tmp_path):
    """No 08 table at all (CMP001's business): 09 is still compared with 04."""
    s = wb.spec()
    wb.empty(s, "09", note="注：本部门无国有资本经营预算财政拨款收支，故本表以空表列示。")
    _d, findings = run(tmp_path, s, kinds=[k for k in wb.ORDER if k != "08"])
    assert problems(findings) == [("CMP001", None, None), ("XTB026", "公开04表", "G9")]
    assert pick(findings, "XTB026")[0].table == "公开09表"


def test_xtb026_points_at_the_income_row_when_the_fund_column_is_blank(tmp_path):
    """04's 政府性基金 column is blank throughout; its income row says 30.00 (B7): the finding points there; with
    that row blank too (only 年初 4.00 left) it points at 04's title."""
    s = wb.spec()
    t = s["04"]
    t["cats"]["212"] = [28, None, None, None]
    t["expense_total"][2] = t["expense_grand_total"][2] = t["end.gov_fund"] = None
    wb.empty(s, "08", note="注：本部门无政府性基金预算财政拨款收支，故本表以空表列示。")
    _d, findings = run(tmp_path, s)
    assert [(loc.sheet, loc.cell) for loc in pick(findings, "XTB026")[0].locations] == [("公开04表", "B7"),
                                                                                       ("公开08表", "A1")]
    t["income.gov_fund"] = None
    _d, findings = run(tmp_path, s, name="second.xlsx")
    assert [(loc.sheet, loc.cell) for loc in pick(findings, "XTB026")[0].locations] == [("公开04表", "A1"),
                                                                                       ("公开08表", "A1")]


# ---------------------------------------------------------------- recognize/text: numbers at the edges
def test_amounts_of_a_thousand_trillion_are_implausible_either_sign():
    """±10^15 (int or float) is refused as CEL003's implausible number; one less is a number."""
    import pytest

    from govaudit.recognize.text import ImplausibleNumber, parse_number

    for value in (10**15, -(10**15), 1e15, -1e15):
        with pytest.raises(ImplausibleNumber):
            parse_number(value)
    assert parse_number(-(10**15) + 1) == (-(10**15) + 1, 0, False)


def test_nan_and_infinity_are_text_not_implausible_numbers():
    """A NaN or infinite cell is not a number at all (CEL001), not a huge one (CEL003)."""
    import pytest

    from govaudit.recognize.text import NotANumber, number_cell, parse_number

    for value in (float("nan"), float("inf"), float("-inf")):
        for parse in (parse_number, number_cell):
            with pytest.raises(NotANumber) as exc:
                parse(value)
            assert type(exc.value) is NotANumber


def test_other_cell_types_are_read_as_text():
    """A time of day is not a number; a Decimal (what some readers hand over) keeps its shown decimals."""
    import datetime
    from decimal import Decimal

    import pytest

    from govaudit.recognize.text import NotANumber, parse_number

    with pytest.raises(NotANumber):
        parse_number(datetime.time(12, 0))
    got = parse_number(Decimal("1.50"))
    assert got == (Decimal("1.50"), 2, False) and str(got[0]) == "1.50"


def test_many_decimal_formats_fast_path_is_the_general_path():
    """Formats of 27, 28 and 30 decimals: 27 is quantized (its text shows 27 places); from 28 on the value is kept
    as stored (shown decimals still the format's), by both paths."""
    from govaudit.recognize.text import number_cell, parse_number

    for places, text in ((27, "1." + "5" + "0" * 26), (28, "1.5"), (30, "1.5")):
        fmt = "0." + "0" * places
        for value in (1.5, 3):
            got = parse_number(value, fmt)
            assert (str(got[0]), got[1]) == (str(number_cell(value, fmt)[0]), places)
        assert str(parse_number(1.5, fmt)[0]) == text


def test_code_digits_joins_separated_codes():
    from govaudit.recognize.text import code_digits

    assert code_digits("201.01.01") == "2010101"
    assert code_digits("201-01") == "20101"
    assert code_digits("2010101") == "2010101" and code_digits("合计") == "合计"


def test_general_and_text_formats_show_stored_decimals():
    from govaudit.recognize.text import decimals_from_format

    for fmt in ("", "General", "@"):
        assert decimals_from_format(fmt) == (None, False)
    assert decimals_from_format("0.0%") == (1, True)


# ---------------------------------------------------------------- PRF101 / PRF102: weights
def test_prf101_section_without_any_weight_is_not_judged(tmp_path):
    """A 一级 the settings do not know (“其他指标”) and no weight on the form: its score 12 has nothing to be held
    to; only the 总分 (99 ≠ 101) is reported."""
    from test_forms_support import check, hebei_book, hebei_forms

    a = hebei_forms()[0]
    a["indicators"][6][0] = "其他指标"
    a["indicators"][6][5] = "12"
    findings = check(hebei_book([a]), tmp_path)
    assert [f.code for f in findings] == ["PRF104"]


def test_prf102_points_first_at_the_first_indicator_section(tmp_path):
    """Central form with no 总分 weight printed: the weights 10 (预算执行) + 50 + 35 + 10 = 105; the finding points
    first at 产出指标's weight (G13), then the others in order."""
    from test_forms_support import central_book, central_forms, check

    c = central_forms()[0]
    c["weight_total"] = ""
    c["indicators"][5][5] = "25"
    findings = check(central_book([c]), tmp_path)
    (f,) = [f for f in findings if f.code == "PRF102"]
    assert [loc.cell for loc in f.locations] == ["G13", "F6", "G18", "G20"]
    assert (f.expected, f.actual, f.difference) == ("100", "105", "5")
    assert "预算执行率 10 + 产出指标 50 + 效益指标 35 + 满意度指标 10 = 105，应为 100。" in f.message


# ---------------------------------------------------------------- CMP001 / CMP006 after an earlier table
def test_cmp001_two_tables_with_only_their_titles(tmp_path):
    """08 and 09 each print a title and no table: both are reported, each at its own title, and nothing else."""
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    book = wb.build(wb.spec(), kinds=[k for k in wb.ORDER if k not in ("08", "09")])
    for kind in ("08", "09"):
        book.create_sheet(f"公开{kind}表")["A1"] = wb.TITLES[kind]
    path = wb.save(book, tmp_path, "wb.xlsx")
    disclosure = recognize(read_workbook(path))
    disclosure.path = str(path)
    found = pick(run_rules(disclosure), "CMP001")
    assert [(f.table, f.actual, f.expected) for f in found] == [
        ("公开08表", "只有标题", "政府性基金预算财政拨款收入支出决算表"), ("公开09表", "只有标题", "国有资本经营预算财政拨款支出决算表")]
    assert [[(loc.sheet, loc.cell) for loc in f.locations] for f in found] == [[("公开08表", "A1")],
                                                                               [("公开09表", "A1")]]
    assert found[1].message == ("公开09表「国有资本经营预算财政拨款支出决算表」只有标题，没有表格：工作簿中印出了表名"
                                "“国有资本经营预算财政拨款收入支出决算表”，其下却没有表格。无数据时也应列出表格（空表）并说明原因。")


def test_cmp006_names_compared_when_an_earlier_table_is_missing(tmp_path):
    """No 02 table (CMP001): 03 and 05 still compare their names of 2080505."""
    s = wb.spec()
    s["renames"]["05"] = {"2080505": "行政单位医疗"}
    _d, findings = run(tmp_path, s, kinds=[k for k in wb.ORDER if k != "02"])
    (f,) = pick(findings, "CMP006")
    assert (f.expected, f.actual) == ("机关事业单位基本养老保险缴费支出", "行政单位医疗")
    assert f.message == ("科目编码 2080505 在公开05表中名为“行政单位医疗”，在公开03表中名为"
                         "“机关事业单位基本养老保险缴费支出”：同一编码应使用同一名称。")


def test_cmp007_in_a_workbook_names_both_sheets(tmp_path):
    """A copy of 05 on a sheet “附表”: reported at the copy's title, naming the sheet that was checked."""
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    book = wb.build(wb.spec())
    book.copy_worksheet(book["公开05表"]).title = "附表"
    path = wb.save(book, tmp_path, "wb.xlsx")
    disclosure = recognize(read_workbook(path))
    disclosure.path = str(path)
    findings = run_rules(disclosure)
    assert problems(findings) == [("CMP007", "附表", "A1")]
    assert findings[0].message == "公开05表「一般公共预算财政拨款支出决算表」在工作表“附表”再次出现（已核对“公开05表”中的那一份）。"


def test_prf102_counts_a_section_whose_indicators_are_not_filled_in(tmp_path):
    """满意度指标（10） printed with no indicator under it still weighs 10: 50 + 30 + 10 + 10 = 100, no PRF102."""
    from test_forms_support import check, hebei_book, hebei_forms, recognise

    a = hebei_forms()[0]
    a["indicators"][6] = ["满意度指标（10）", "", "", "", "", ""]
    a["total"], a["grade"] = "89", "良"
    form = recognise(hebei_book([a]), tmp_path).forms[0]
    assert [(s.name, len(s.indicators)) for s in form.sections][2] == ("满意度指标", 0)
    assert check(hebei_book([a]), tmp_path) == []


def test_prf107_rate_section_without_a_weight_anywhere_is_not_judged(tmp_path):
    """预算执行率 scored 8 at a 50 % rate, its label without a weight: by the default settings (weight 10) at most 5
    (PRF107); with settings that give 预算执行率 no weight there is nothing to cap it with, and nothing is reported."""
    from test_forms_support import check, hebei_book, hebei_forms

    from govaudit.engine.context import Settings

    c = hebei_forms()[2]
    c["indicators"][6][0] = "预算执行率"
    c["indicators"][6][5], c["total"], c["grade"] = "8", "58", "差"
    assert [f.code for f in check(hebei_book([c]), tmp_path)] == ["PRF107"]
    settings = Settings(performance={"level1_weights": {"产出指标": 50, "效益指标": 30, "满意度指标": 10}})
    assert check(hebei_book([c]), tmp_path, settings=settings) == []


def test_prf108_sections_after_an_unknown_level1_are_still_checked(tmp_path):
    """The first 一级 is one the settings do not know (“其他指标（50）”, not judged); 效益指标（30） below it lists
    数量指标, a 产出 二级: reported, with where it belongs and where it is."""
    from test_forms_support import check, hebei_book, hebei_forms

    a = hebei_forms()[0]
    a["indicators"][0][0] = "其他指标（50）"
    a["indicators"][5][1] = "数量指标"
    (f,) = check(hebei_book([a]), tmp_path)
    assert f.code == "PRF108" and f.severity.value == "warning"
    assert (f.expected, f.actual, [loc.cell for loc in f.locations]) == ("产出指标", "效益指标（30）", ["C19", "B18"])
    assert f.message.endswith("二级指标「数量指标」属于产出指标，却列在「效益指标（30）」之下。")


def test_prf108_central_form_checked_past_its_budget_section(tmp_path):
    """A central form's first section is the 预算执行 block (not indicators, skipped); 效益指标 lists 数量指标."""
    from test_forms_support import central_book, central_forms, check

    c = central_forms()[0]
    c["indicators"][5][1] = "数量指标"
    found = [f for f in check(central_book([c]), tmp_path) if f.code == "PRF108"]
    assert [(f.expected, f.actual) for f in found] == [("产出指标", "效益指标")]
