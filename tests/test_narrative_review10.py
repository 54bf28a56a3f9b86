"""Session 10 review fixes in recognize/claims.py: false errors the read-only reviewer found on new, correct 情况说明
(/tmp/s10review-tmp/REPORT.md F1–F5), each built here as a whole disclosure: the clean 2019 sample with its 情况说明
replaced, and — where the case needs the department's totals to differ from its 财政拨款 totals — 100万元 of 事业收入
added to 公开01表 (本年收入合计 6163.99, 本年支出合计 6201.24, 总计 6698.33; 公开04表 unchanged: 6063.99 / 6101.24 / 6598.33).

Each case asserts the exact set of TXT errors and warnings: none on the correct text, the planted error still found
where the reviewer had a control.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

FINAL = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"


def _with_business_income(wb) -> None:
    """公开01表 with 事业收入 100万元: its 本年收入合计/本年支出合计/总计 are 100 above 公开04表's (cells found by label)."""
    ws = wb["公开01-05表"]
    for row in ws.iter_rows():
        label = str(row[1].value or "").strip()
        if label == "收入决算表":
            break  # 公开01表 ends here
        if label == "四、事业收入":
            row[3].value = "100.00"
        elif label == "本年收入合计":
            row[3].value, row[6].value = "6163.99", "6201.24"
        elif label == "总计":
            row[3].value = row[6].value = "6698.33"


def _check(tmp_path: Path, lines: list[str], name: str, business: bool = True) -> list[tuple[str, str]]:
    """(code, line) of each TXT error or warning when the sample's 情况说明 holds `lines`, one cell each."""
    wb = load_workbook(FINAL)
    if business:
        _with_business_income(wb)
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    ws.append([INTRO])  # (a sheet whose cells are all short is no 情况说明)
    for line in lines:
        ws.append([line])
    path = tmp_path / f"{name}.xlsx"
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    out = []
    for f in findings:
        if f.severity.value in ("error", "warning"):
            cell = next(loc.cell for loc in f.locations if loc.sheet == "情况说明")
            out.append((f.code, lines[int(cell[1:]) - 2]))
    return sorted(out)


INTRO = "唐山高新技术产业开发区人力资源和社会保障局2019年度部门决算的情况说明如下。"
TOTALS = ["一、收入支出决算总体情况说明", "2019年度收入、支出总计均为6698.33万元。"]

# F1: under a 财政拨款 heading the bare 收支总计 / 本年收入 / 本年支出 are 公开04表's (all 财政拨款), not 公开01表's
F1_FISCAL_HEAD = "四、财政拨款收入支出决算总体情况说明"
F1_TOTAL = "2019年度收入、支出总计均为6598.33万元。"
F1_YEAR = "本年收入6063.99万元，比上年增加115.14万元，增长1.94%；本年支出6101.24万元，比上年增加209.01万元，增长3.55%。"
F1_CASES = [
    ("f1_total", TOTALS + [F1_FISCAL_HEAD, F1_TOTAL], []),
    ("f1_sub_heading", TOTALS + [F1_FISCAL_HEAD, "（一）财政拨款收支与上年对比情况", F1_YEAR], []),
    ("f1_both", TOTALS + [F1_FISCAL_HEAD, F1_TOTAL + "本年收入6063.99万元，本年支出6101.24万元。"], []),
    # controls: the 财政拨款 figure planted wrong is still found (against 公开04表); the department's own, under its own
    # heading, is still the department's
    ("f1_total_wrong", TOTALS + [F1_FISCAL_HEAD, "2019年度收入、支出总计均为6589.33万元。"],
     [("TXT001", "2019年度收入、支出总计均为6589.33万元。")]),
    ("f1_year_wrong", TOTALS + [F1_FISCAL_HEAD, "本年收入6063.99万元，本年支出6110.24万元。"],
     [("TXT001", "本年收入6063.99万元，本年支出6110.24万元。")]),
    ("f1_department_wrong", ["一、收入支出决算总体情况说明", "2019年度收入、支出总计均为6598.33万元。"],
     [("TXT001", "2019年度收入、支出总计均为6598.33万元。")]),
]


@pytest.mark.parametrize("name,lines,expected", F1_CASES, ids=[c[0] for c in F1_CASES])
def test_f1_fiscal_heading_scopes_bare_totals(tmp_path, name, lines, expected):
    assert _check(tmp_path, lines, name) == expected


# F2: a heading with no typed number (Word list numbering, a bold line, a cell of its own) scopes what follows it as a
# numbered one does: the fund's 结转和结余 / 本年收入 / 本年支出 are not the department's (公开01表)
F2_LEAD = "本部门2019年度本年支出合计6201.24万元，其中：基本支出776.71万元。"
F2_FUND = "2019年度年初结转和结余497.69万元，本年收入3947.74万元，本年支出3984.99万元，年末结转和结余460.44万元。"
F2_HEADINGS = ["政府性基金预算财政拨款收入支出决算情况说明", "2019年度政府性基金预算财政拨款收入支出决算情况",
               "八、政府性基金预算财政拨款收入支出决算情况说明"]
F2_CASES = [(f"f2_{i}", ["一、情况说明", F2_LEAD, h, F2_FUND], []) for i, h in enumerate(F2_HEADINGS)] + [
    # an unnumbered 财政拨款 heading scopes the bare totals to 公开04表 (F1) just as a numbered one
    ("f2_fiscal", TOTALS + ["财政拨款收入支出决算总体情况说明", F1_TOTAL], []),
    ("f2_fiscal_wrong", TOTALS + ["财政拨款收入支出决算总体情况说明", "2019年度收入、支出总计均为6589.33万元。"],
     [("TXT001", "2019年度收入、支出总计均为6589.33万元。")]),
    # an ordinary sentence is no heading: the department's 本年支出 after it is still judged (a line with a figure,
    # and a line ending with 。)
    ("f2_sentence", ["一、收入支出决算总体情况说明", "本部门2019年度收支情况", "本年支出6110.24万元。"],
     [("TXT001", "本年支出6110.24万元。")]),
    ("f2_not_heading", ["一、收入支出决算总体情况说明", "现将本部门2019年度收入支出决算情况说明如下。",
                        "本年支出6110.24万元。"], [("TXT001", "本年支出6110.24万元。")]),
]


@pytest.mark.parametrize("name,lines,expected", F2_CASES, ids=[c[0] for c in F2_CASES])
def test_f2_unnumbered_heading_scopes(tmp_path, name, lines, expected):
    assert _check(tmp_path, lines, name) == expected


def test_f2_topic_heading_shape():
    from govaudit.text import topic_heading
    from govaudit.text import norm

    assert topic_heading(norm("政府性基金预算财政拨款收入支出决算情况说明"))
    assert topic_heading(norm("2019年度一般公共预算财政拨款“三公”经费支出决算情况说明"))
    assert topic_heading(norm("机关运行经费支出情况"))
    for sentence in ("本部门2019年度收入支出决算情况说明如下。", "本年支出6101.24万元的情况说明",
                     "主要原因是人员增加，公用经费增加的情况", "情况", "2019年度本部门认真落实预算管理要求并严格控制一般性支出，"
                     "切实做好各项工作的情况说明"):
        assert not topic_heading(norm(sentence)), sentence


# F3: “非财政拨款收入/支出” is not 财政拨款收入/支出 (the 非 is part of the name): not judged against 公开04表
F3_HEAD = "二、收入决算情况说明"
F3_CASES = [
    ("f3_income", TOTALS + [F3_HEAD, "本年收入合计6163.99万元，其中：财政拨款收入6063.99万元，非财政拨款收入100万元。"], []),
    ("f3_expense", TOTALS + [F3_HEAD, "本年支出合计6201.24万元，其中财政拨款支出6101.24万元、非财政拨款支出100万元。"], []),
    ("f3_alone", TOTALS + [F3_HEAD, "本年收入合计6163.99万元，其中非财政拨款收入100万元，占1.62%。"], []),
    ("f3_carry", TOTALS + [F3_HEAD, "本年度使用非财政拨款结余0万元，年末非财政拨款结转和结余0万元。"], []),
    # control: the 财政拨款收入 beside it planted wrong is still found
    ("f3_wrong", TOTALS + [F3_HEAD, "本年收入合计6163.99万元，其中：财政拨款收入6036.99万元，非财政拨款收入100万元。"],
     [("TXT001", "本年收入合计6163.99万元，其中：财政拨款收入6036.99万元，非财政拨款收入100万元。")]),
]


@pytest.mark.parametrize("name,lines,expected", F3_CASES, ids=[c[0] for c in F3_CASES])
def test_f3_negated_name_is_another_thing(tmp_path, name, lines, expected):
    assert _check(tmp_path, lines, name) == expected


# F4: a multi-unit department states its office's and its units' amounts beside its own: those are not the
# department's tables' figures (not judged); the department's own sentences still are
F4_LEAD = "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，项目支出5324.54万元。"
F4_CASES = [
    ("f4_units", ["一、情况说明", F4_LEAD, "纳入本部门决算编制范围的单位共2个。其中，局机关本年支出合计3101.24万元，"
                                     "人才交流服务中心本年支出合计3000万元。"], []),
    ("f4_office", ["一、情况说明", F4_LEAD, "局机关本级2019年度基本支出500.00万元，其中人员经费480.00万元，公用经费20.00万元。"],
     []),
    ("f4_sangong", ["一、情况说明", F4_LEAD, "所属人才交流服务中心公务接待费0.50万元，局机关公务接待费0.76万元。"], []),
    # the department's own sentence after its units' in the same paragraph is judged again (its 基本支出 planted wrong)
    ("f4_own_again", ["一、情况说明", "局机关本年支出合计3101.24万元。本部门本年支出合计6101.24万元，其中：基本支出767.71万元。"],
     [("TXT001", "局机关本年支出合计3101.24万元。本部门本年支出合计6101.24万元，其中：基本支出767.71万元。")]),
    # the office and its units together are the department: judged (公务接待费 planted wrong: 公开07表 1.26)
    ("f4_all_units", ["一、情况说明", "局机关及所属单位公务接待费1.62万元。"], [("TXT001", "局机关及所属单位公务接待费1.62万元。")]),
    ("f4_each_unit", ["一、情况说明", "所属各预算单位公务接待费1.62万元。"], [("TXT001", "所属各预算单位公务接待费1.62万元。")]),
    ("f4_counted", ["一、情况说明", "下属1家机关和1家参公事业单位公务接待费1.62万元。"],
     [("TXT001", "下属1家机关和1家参公事业单位公务接待费1.62万元。")]),
    # control: the department's own line planted wrong beside the units' paragraph is still found
    ("f4_control", ["一、情况说明", F4_LEAD.replace("776.71", "767.71"), "其中，局机关本年支出合计3101.24万元。"],
     [("TXT001", F4_LEAD.replace("776.71", "767.71")), ("TXT007", F4_LEAD.replace("776.71", "767.71"))]),
]


@pytest.mark.parametrize("name,lines,expected", F4_CASES, ids=[c[0] for c in F4_CASES])
def test_f4_sub_unit_amounts_not_judged(tmp_path, name, lines, expected):
    assert _check(tmp_path, lines, name, business=False) == expected


SHANGHAI = Path(__file__).resolve().parent.parent / "samples" / "预算公开表-2026-上海部门-无误.xlsx"
SH_TEXT = ["2026年部门预算编制说明",
           "2026年，上海市某区某某局收入预算2129.93万元，其中：财政拨款收入2082.33万元，事业收入35.6万元，其他收入12万元。"]


def _check_shanghai(tmp_path: Path, lines: list[str], name: str) -> list[tuple[str, str]]:
    """(code, line) of each TXT error or warning when the 上海 部门预算 sample's 编制说明 holds `lines`."""
    wb = load_workbook(SHANGHAI)
    ws = wb["部门编制说明"]
    ws.delete_rows(1, ws.max_row)
    for i, line in enumerate(lines, 1):
        ws.cell(i, 1, line)
    path = tmp_path / f"{name}.xlsx"
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    return sorted((f.code, lines[int(next(loc.cell for loc in f.locations if loc.sheet == "部门编制说明")[1:]) - 1])
                  for f in findings if f.severity.value in ("error", "warning"))


SH_UNITS = "其中，本部（机关）财政拨款收入预算1500.00万元，下属上海市某区某某中心财政拨款收入预算582.33万元。"


@pytest.mark.parametrize("name,lines,expected", [
    ("f4_budget_units", SH_TEXT + [SH_UNITS], []),
    ("f4_budget_control", [SH_TEXT[0], SH_TEXT[1].replace("2082.33", "2082.53"), SH_UNITS],
     [("TXT001", SH_TEXT[1].replace("2082.33", "2082.53"))]),
    # a department named …局 before its own 机关运行经费 names no 局机关: judged (planted wrong: the table's 138.95)
    ("f4_own_office_costs", SH_TEXT + ["2026年上海市某区某某局机关运行经费预算183.95万元。"],
     [("TXT001", "2026年上海市某区某某局机关运行经费预算183.95万元。")]),
], ids=["units", "control", "own_office_costs"])
def test_f4_sub_unit_budget_amounts_not_judged(tmp_path, name, lines, expected):
    assert _check_shanghai(tmp_path, lines, name) == expected


# F5: a 预算 named before the subject, or in a clause of its own, makes the amounts after it budget amounts (not judged
# against the 决算 tables); a "决算数为…" after it in the sentence is still judged
F5_LEAD = "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，项目支出5324.54万元。"
F5_CASES = [
    ("f5_before", ["一、情况说明", F5_LEAD, "2019年年初预算本年支出合计10010.00万元，决算数为6101.24万元，完成年初预算的60.95%。"],
     []),
    ("f5_clause", ["一、情况说明", F5_LEAD, "年初预算中，一般公共预算财政拨款支出1800.00万元，基本支出700.00万元。"], []),
    ("f5_parts", ["一、情况说明", F5_LEAD, "2019年年初预算本年支出合计10010.00万元，其中基本支出800.00万元，项目支出9210.00万元。"], []),
    # controls: the 决算 after the budget planted wrong is still found, and so is a wrong completion rate
    ("f5_spent_wrong", ["一、情况说明", F5_LEAD, "2019年年初预算本年支出合计10010.00万元，决算数为6110.24万元。"],
     [("TXT001", "2019年年初预算本年支出合计10010.00万元，决算数为6110.24万元。"),
      ("TXT002", "2019年年初预算本年支出合计10010.00万元，决算数为6110.24万元。")]),
    ("f5_rate_wrong", ["一、情况说明", F5_LEAD, "2019年年初预算本年支出合计10010.00万元，决算数为6101.24万元，完成年初预算的66.95%。"],
     [("TXT012", "2019年年初预算本年支出合计10010.00万元，决算数为6101.24万元，完成年初预算的66.95%。")]),
    ("f5_after_clause_wrong", ["一、情况说明", F5_LEAD, "年初预算中，一般公共预算财政拨款支出1800.00万元；决算中，一般公共预算财政拨款支出"
                                                    "2161.25万元。"],
     [("TXT001", "年初预算中，一般公共预算财政拨款支出1800.00万元；决算中，一般公共预算财政拨款支出2161.25万元。")]),
]


@pytest.mark.parametrize("name,lines,expected", F5_CASES, ids=[c[0] for c in F5_CASES])
def test_f5_budget_word_governs(tmp_path, name, lines, expected):
    assert _check(tmp_path, lines, name, business=False) == expected


def test_b1_table_in_yuan_prints_no_point_interval(tmp_path):
    """B1: a table figure in 元 (20823283 元 = 2082.3283 万元) is exact to a clerk: the message shows it in 万元 and 元,
    with no interval whose two ends print alike ("区间 [2082.328, 2082.328]"); the stated figure keeps its interval."""
    lines = [SH_TEXT[0], SH_TEXT[1].replace("2082.33", "2082.53")]
    wb = load_workbook(SHANGHAI)
    ws = wb["部门编制说明"]
    ws.delete_rows(1, ws.max_row)
    for i, line in enumerate(lines, 1):
        ws.cell(i, 1, line)
    wb.save(tmp_path / "b1.xlsx")
    _status, findings = check_file(tmp_path / "b1.xlsx", Options(select=["TXT001"]))
    [f] = [f for f in findings if f.severity.value == "error"]
    assert "表中为 2082.33 万元（20823283 元），文中为 2082.53（区间 [2082.525, 2082.535]），相差 0.20" in f.message, f.message


# M5: under its own unnumbered title ("2026年部门预算编制说明", a heading by F2) the 上海 说明's 基本支出/项目支出 after
# 支出预算 are the department's (公开 支出预算总表), no longer left to an earlier heading's fund: judged
SH_SPEND = "支出预算2129.93万元，其中：基本支出1334.77万元，项目支出795.16万元。"


@pytest.mark.parametrize("name,lines,expected", [
    ("m5_clean", SH_TEXT + [SH_SPEND], []),
    ("m5_wrong", SH_TEXT + [SH_SPEND.replace("795.16", "759.16")], [("TXT001", SH_SPEND.replace("795.16", "759.16"))]),
], ids=["clean", "wrong"])
def test_m5_budget_parts_judged(tmp_path, name, lines, expected):
    assert _check_shanghai(tmp_path, lines, name) == expected


def test_b2_text_findings_give_bare_numbers_and_difference(tmp_path):
    """B2: a TXT finding's expected/actual are bare numbers in 万元 (as a table finding's), its difference filled as
    the message states it (相差)."""
    lines = TOTALS + ["二、收入决算情况说明", "本年收入合计6163.99万元。本部门本年收入合计6136.99万元。"]
    wb = load_workbook(FINAL)
    _with_business_income(wb)
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    for line in [INTRO] + lines:
        ws.append([line])
    wb.save(tmp_path / "b2.xlsx")
    _status, findings = check_file(tmp_path / "b2.xlsx", Options(select=["TXT0"]))
    got = sorted((f.code, f.expected, f.actual, f.difference) for f in findings if f.severity.value == "error")
    assert got == [("TXT001", "6163.99", "6136.99", "-27.00"), ("TXT002", "6163.99", "6136.99", "-27.00")], got
