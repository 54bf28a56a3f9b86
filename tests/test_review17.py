"""Session 17 review items fixed by the lead (s17rev: /tmp/s17rev/REPORT1.md). Each test fails on the code before its fix."""

from __future__ import annotations

import pytest
from test_narrative_heldout16 import mixed_tables

from govaudit.pipeline import Options, check_file


def _mixed_text_errors(tmp_path, lines: list[str]) -> list[tuple[str, str]]:
    """TXT errors when the 情况说明 of the mixed 决算 (公开01表 总计 7048.33, 公开04表 6598.33: 事业收入 and more) is `lines`."""
    wb = mixed_tables()
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    for line in lines:
        ws.append([line])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    return [(f.code, f.message) for f in findings if f.severity.value == "error"]


OVERALL = "二、收入支出决算总体情况说明"


@pytest.mark.parametrize("marker", ["（一）", "1.", ""])
def test_numbered_whole_listing_non_fiscal_balance_is_the_departments(tmp_path, marker):
    """s17rev r1: "（一）收入总计…。包括：…2.使用非财政拨款结余…" under the department's overall heading is 公开01表's 收入总计:
    the numbered sentence was read as a heading, and its "非财政拨款" as a 财政拨款 scope (TXT001 against 公开04表)."""
    lines = [OVERALL, f"{marker}收入总计7048.33万元。包括：1.本年收入合计6433.99万元；2.使用非财政拨款结余0.00万元；"
             "3.年初结转和结余614.34万元。"]
    assert _mixed_text_errors(tmp_path, lines) == []


def test_numbered_whole_listing_non_fiscal_balance_wrong_total_found(tmp_path):
    lines = [OVERALL, "（一）收入总计7084.33万元。包括：1.本年收入合计6433.99万元；2.使用非财政拨款结余0.00万元；"
             "3.年初结转和结余614.34万元。"]
    errors = _mixed_text_errors(tmp_path, lines)
    assert any(code == "TXT001" and "公开01表" in msg and "7048.33" in msg for code, msg in errors), errors


def test_cross_table_rules_skip_a_table_found_but_not_read(tmp_path):
    """s17rev r5: a 一般公共预算支出表 set aside as not read reliably (BGC006) was still used by BGX010/BGX011 as if it held
    blanks: the 财政拨款收支总表's 一般公共预算 column was held against the 20.00 carried over alone (false errors)."""
    from test_review11_budget import _check, _xlsx
    from test_review16 import _carry_over

    tables = _carry_over()
    b05 = tables[4]
    assert "一般公共预算" in b05.title
    width = len(b05.rows[-1])
    b05.rows += [["", ""] + ["9.00"] * (width - 2), ["", ""] + ["8.00"] * (width - 2)]  # two rows of figures, no name
    d, found = _check(_xlsx(tmp_path / "u.xlsx", tables, False))
    assert "B05" in {t.kind for t in d.unread_tables}
    assert [f.code for f in found] == ["BGC006"]


@pytest.mark.parametrize("gap", ["\t", "    ", "　　"])
@pytest.mark.parametrize("number", ["表{}", "附表{}", "（表{}）"])
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_budget_titles_with_their_number_after_them(tmp_path, fmt, gap, number):
    """s17rev r4: a 财政部-form 部门预算 whose titles end with their number on the same line ("…收支总表\\t表1", Word's
    right-aligned number) was not recognised at all: '识别到：无', 未发现问题, exit 0."""
    import copy

    from test_review11_budget import _check, _docx, _tables, _xlsx

    write = {"xlsx": _xlsx, "docx": _docx}[fmt]
    plain, _ = _check(write(tmp_path / f"p.{fmt}", _tables(), False))
    tables = copy.deepcopy(_tables())
    for k, t in enumerate(tables, 1):
        t.title = f"{t.title}{gap}{number.format(k)}"
    d, found = _check(write(tmp_path / f"n.{fmt}", tables, False))
    assert d.stage == "预算"
    assert len(d.tables) == len(tables) and set(d.tables) == set(plain.tables)
    assert found == []


def test_a_text_without_tables_says_its_figures_were_not_held_against_tables(tmp_path):
    """s17rev r4 (second half): a file in which no table is recognised said only '未发现问题' though nothing in it was held
    against a table; it now says so. A file with its tables keeps the plain line."""
    from openpyxl import Workbook

    from ci_helpers import SAMPLES, cli

    book = Workbook()
    for line in ("某省农业农村厅2025年部门预算编制说明", "2025年收入预算总计16332.94万元，比上年增加100.00万元。"):
        book.active.append([line])
    book.save(tmp_path / "说明.xlsx")
    r = cli("check", tmp_path / "说明.xlsx")
    assert r.exit_code == 0 and "没有识别到公开表或绩效自评表" in r.stdout and "未与表格核对" in r.stdout
    assert "--together" not in r.stdout  # (alone: nothing to join it with, test_review15)
    r = cli("check", SAMPLES / "预算公开表-2026-上海部门-无误.xlsx")
    assert r.exit_code == 0 and "  未发现问题\n" in r.stdout and "--together" not in r.stdout


def test_a_text_checked_together_with_tables_gets_no_such_hint(tmp_path):
    """s17rev r15: with --together, a 说明 without tables grouped with its tables is checked against them: no hint."""
    import shutil

    import docx

    from ci_helpers import SAMPLES, cli

    folder = tmp_path / "tog"
    folder.mkdir()
    shutil.copy(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", folder)
    doc = docx.Document()
    doc.add_paragraph("上海市某区人力资源和社会保障局2024年度部门决算情况说明")
    doc.save(folder / "说明.docx")
    r = cli("check", "--together", folder)
    assert r.exit_code == 0 and "只核对了文字本身" not in r.stdout


def test_a_text_checked_beside_tables_but_not_with_them_keeps_its_hint(tmp_path):
    """s17finA: the hint was decided per run: a 说明 checked beside a workbook of tables, WITHOUT --together, was not held
    against them and said only '未发现问题'. The hint is now per file; the tables' own block keeps the plain line."""
    import shutil

    import docx

    from ci_helpers import SAMPLES, cli

    shutil.copy(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", tmp_path / "表.xlsx")
    doc = docx.Document()
    doc.add_paragraph("上海市某区人力资源和社会保障局2024年度部门决算情况说明")
    doc.add_paragraph("2024年度收入总计100.00万元，比上年增加10.00万元，增长11.1%。")
    doc.save(tmp_path / "说明.docx")
    r = cli("check", tmp_path)
    assert r.exit_code == 0, r.stdout
    tables, text = r.stdout.split(str(tmp_path / "说明.docx"))  # (files in name order: 表 before 说明)
    assert "未与表格核对" in text.split("共检查")[0]
    assert "  未发现问题\n" in tables and "未与表格核对" not in tables


@pytest.mark.parametrize("head", ["2024年预算数", "预算数"])
def test_general_budget_table_of_one_amount_column(tmp_path, head):
    """s17rev r12: a 一般公共预算支出表 with one amount column (no 基本/项目 split) in a 部门预算 with 20.00 carried over
    drew BGX010/BGX011 (its column, keyed 'amount', was not summed: the carry-over alone) and 江苏's BGX102 (the
    spending includes the 上年结转, so it is more than the 本年 一般公共预算 income)."""
    from dataclasses import replace

    from test_review11_budget import _check, _xlsx
    from test_review16 import _carry_over

    tables = _carry_over()
    b05 = tables[4]
    assert "一般公共预算支出" in b05.title
    body = [r for r in b05.rows[b05.head:] if any(r[2:])]
    tables[4] = replace(b05, rows=[["科目编码", "科目名称", head]] + [r[:3] for r in body], head=1, merges=[])
    d, found = _check(_xlsx(tmp_path / "one.xlsx", tables, False))
    assert "B05" in d.tables and [f.code for f in found] == []
    # 100.00 less on 2010102 (and its 款, 类 and 合计): the table adds up, but 财政拨款收支总表 spends more than it
    for row in tables[4].rows[1:]:
        if row[0] in ("", "201", "20101", "2010102"):
            row[2] = f"{float(row[2].replace(',', '')) - 100:,.2f}"
    _d, found = _check(_xlsx(tmp_path / "wrong.xlsx", tables, False))
    assert {"BGX010", "BGX011"} <= {f.code for f in found} and "BGT001" not in {f.code for f in found}


@pytest.mark.parametrize("said,wrong", [("1.30", False), ("1.50", True)])
def test_share_of_income_total_in_a_budget_with_carry_over(tmp_path, said, wrong):
    """s17rev r13 (a regression of daf3aee): “事业收入30.00万元，占收入总额的1.30%” is of the department's 收入总计 (2,300.50),
    the 财政拨款收支总表's 收入总计 (2,270.50) only a fund's line of it: the share was held against the latter alone."""
    from openpyxl import load_workbook

    from test_review11_budget import _check, _xlsx
    from test_review16 import _carry_over

    path = _xlsx(tmp_path / "t.xlsx", _carry_over(), False)
    book = load_workbook(path)
    sheet = book.create_sheet("说明", 0)
    for line in ("北京市某某局2024年部门预算编制说明", "二、收支预算总体情况", "2024年收入预算总计2300.50万元。",
                 f"事业收入30.00万元，占收入总额的{said}%。"):
        sheet.append([line])
    book.save(path)
    _d, found = _check(path)
    assert [f.code for f in found] == (["TXT011"] if wrong else [])


def test_a_table_that_leaves_out_the_unit_its_neighbours_print_still_lacks_one(tmp_path):
    """s17finA #2: a table with no unit of its own took the nearest 金额单位 line above it on the sheet (547c49f, for nine
    预算 tables under one '单位：元'); where the tables of the sheet each print their own, one leaving it out is an
    omission (CMP008), not the table above's unit."""
    from openpyxl import load_workbook

    from ci_helpers import SAMPLES
    from test_review11_budget import _check

    wb = load_workbook(SAMPLES / "决算公开表-2019-中央式-无误.xlsx")
    ws = wb["公开01-05表"]
    assert ws["B38"].value == "收入决算表" and ws["L40"].value == "金额单位：万元"
    ws["L40"] = None
    wb.save(tmp_path / "u.xlsx")
    _d, found = _check(tmp_path / "u.xlsx")
    assert [(f.code, f.table) for f in found] == [("CMP008", "公开02表")]


@pytest.mark.parametrize("text", [
    # a 类 with its own 款 after it is not summed with them (s17finB #1)
    "公用经费34.89万元，主要包括商品和服务支出34.89万元（其中办公费10.12万元、差旅费4.57万元、工会经费6.12万元）。",
    "人员经费741.82万元，主要包括：工资福利支出724.61万元，其中基本工资151.23万元、津贴补贴201.23万元；对个人和家庭的补助17.21万元。",
    # the list ends at the other lead (s17finB #2)
    "其中：人员经费741.82万元，主要包括：基本工资151.23万元、津贴补贴201.23万元，公用经费34.89万元，主要包括办公费10.12万元。",
    # “主要包括” after a change names what changed, by how much: causes (s17finB #3)
    "人员经费较上年增加30.00万元，主要包括工资福利支出20.00万元、对个人和家庭的补助10.00万元。",
    # a share after a list of 款 named without a colon is the lead's (s17finB #2)
    "人员经费741.82万元，主要包括基本工资151.23万元、津贴补贴201.23万元，占基本支出的95.51%。",
])
def test_economic_lists_stay_clean(tmp_path, text):
    """s17finB: true sentences about 人员经费/公用经费 and their 经济分类 parts drew TXT007/TXT001/TXT011 after 1dad77b."""
    from test_narrative_s17 import BASIC, _one

    assert _one(tmp_path, BASIC, text) == []


@pytest.mark.parametrize("indent", ["　　", "  ", ""])
def test_sources_broken_down_again_under_a_known_line_are_no_parts_of_the_total(tmp_path, indent):
    """s17rev r16 (a regression of d39a9ea): '合计 · 财政资金 · 中央资金 · 县级资金 · 其他资金' (财政资金 = 中央 + 县级) drew three
    PRF001: the two sources were summed with the lines they break down. The known lines still add up; a wrong one is found."""
    from test_forms_heldout_s11 import check, codes
    from test_forms_sources_listed import book

    lines = [[None, "合计", 600.0, 640.0, 612.8, "95.75%"], [None, "财政资金", 560.0, 600.0, 575.0, "95.83%"],
             [None, f"{indent}中央资金", 480.0, 512.0, 490.24, "95.75%"],
             [None, f"{indent}县级资金", 80.0, 88.0, 84.76, "96.32%"], [None, "其他资金", 40.0, 40.0, 37.8, "94.50%"]]
    assert codes(check(book(tmp_path, lines), tmp_path)) == []
    lines[4][4] = 47.8  # 其他资金 执行数: 575.00 + 47.80 ≠ 612.80
    assert "PRF001" in codes(check(book(tmp_path, lines), tmp_path))


@pytest.mark.parametrize("blank", [None, 0])
def test_sources_broken_down_again_with_one_column_blank_are_no_parts_either(tmp_path, blank):
    """s17finC #3: the breakdown of 财政资金 left blank (or 0) in the 年初预算数 column 'added up' there, so the lines were
    kept as parts of the 总额 and the other columns drew PRF001."""
    from test_forms_heldout_s11 import check, codes
    from test_forms_sources_listed import book

    lines = [[None, "合计", 600.0, 640.0, 612.8, "95.75%"], [None, "财政资金", 560.0, 600.0, 575.0, "95.83%"],
             [None, "　　中央资金", blank, 512.0, 490.24, "95.75%"], [None, "　　县级资金", blank, 88.0, 84.76, "96.32%"],
             [None, "其他资金", 40.0, 40.0, 37.8, "94.50%"]]
    if blank == 0:
        lines[0][2], lines[1][2] = 40.0, 0
    assert codes(check(book(tmp_path, lines), tmp_path)) == []


def test_full_marks_then_the_score_under_the_total_row_is_no_second_total(tmp_path):
    """s17finC #4: '自评得分 | 100 | 97.83 | … | 自评等级 | 优' under '总分 | 100 | 97.83' was read as a second 总分 of 100
    (the full marks): a false PRF104."""
    from test_forms_heldout_s11 import L, check, codes, xlsx_file
    from test_forms_heldout_s17 import form_hb

    form = form_hb()
    form["rows"].insert(len(form["rows"]) - 1, ["自评得分", "100", "97.83", L, L, "自评等级", "优", L, L, L])
    path, _ = xlsx_file(tmp_path, form)
    assert codes(check(path, tmp_path)) == []
