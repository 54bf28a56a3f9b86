"""Session 13 review (s13rev): false findings on correct disclosures the reviewer wrote in other provinces' wordings.
r1: under "六、一般公共预算财政拨款基本支出决算情况说明" a bare 基本支出 ("人员经费681.55万元，占基本支出的72.60%",
"基本支出938.80万元") is that fund's (公开05/06表), not the department's all-funds 基本支出 of 公开03表."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims


def claims(*texts: str, year: int = 2023):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year, stage="决算").claims


SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FUND_HEADING = "六、一般公共预算财政拨款基本支出决算情况说明"


def test_a_share_of_bare_basic_spending_under_a_funds_heading_is_of_the_funds():
    found = claims(FUND_HEADING, "人员经费681.55万元，占基本支出的72.60%；公用经费257.25万元，占基本支出的27.40%。")
    assert [(c.subject, c.whole) for c in found if c.kind == "share"] == [
        ("人员经费", "一般公共预算财政拨款基本支出"), ("公用经费", "一般公共预算财政拨款基本支出")]


def test_bare_basic_spending_under_a_funds_heading_is_the_funds():
    found = claims(FUND_HEADING, "基本支出938.80万元，其中：人员经费681.55万元，公用经费257.25万元。")
    assert [c.subject for c in found if c.kind == "amount"][0] == "一般公共预算财政拨款基本支出"


def test_bare_basic_spending_beside_the_funds_named_in_full_stays_the_departments():
    found = claims(FUND_HEADING, "2023年度基本支出964.10万元，其中一般公共预算财政拨款基本支出938.80万元，事业收入安排基本支出"
                                 "25.30万元。")
    assert [c.subject for c in found if c.kind == "amount"][:2] == ["基本支出", "一般公共预算财政拨款基本支出"]


@pytest.mark.parametrize("heading", ["二、支出决算情况说明", "一、收入支出决算总体情况说明"])
def test_bare_basic_spending_under_the_departments_heading_stays_the_departments(heading):
    found = claims(heading, "基本支出964.10万元，占本年支出合计的48.01%。")
    assert [c.subject for c in found if c.kind == "amount"][0] == "基本支出"
    found = claims(heading, "人员经费681.55万元，占基本支出的70.69%。")
    assert [c.whole for c in found if c.kind == "share"] == ["基本支出"]


# r5: a heading and the paragraph under it in one cell (Alt+Enter) or one Word paragraph (Shift+Enter)
def _sheet_findings(tmp_path, cell_text):
    from test_narrative_bracket_labels import _findings
    return _findings(tmp_path, [cell_text], heading="四、财政拨款支出决算情况说明")


ITEM = "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为{}万元，主要用于缴纳养老保险。"


def test_a_heading_broken_from_its_item_by_a_line_break_does_not_name_the_item(tmp_path):
    text = "（三）一般公共预算财政拨款支出决算具体情况\n" + ITEM.format("61.83")
    assert _sheet_findings(tmp_path, text) == []


def test_the_item_after_a_broken_heading_is_still_judged(tmp_path):
    text = "（三）一般公共预算财政拨款支出决算具体情况\n" + ITEM.format("68.13")  # 61.83 in 公开05表
    assert ("TXT001", "error") in _sheet_findings(tmp_path, text)


def test_split_heading_lines_keeps_a_sentence_broken_mid_line_whole():
    from govaudit.recognize.wrapped import split_heading_lines
    p = TextParagraph(index=3, text="本部门2023年度收入合计100.00万元，\n支出合计90.00万元。", location=Location(file="t", paragraph=3))
    assert [q.text for q in split_heading_lines([p])] == [p.text]
    p = TextParagraph(index=3, text="（一）收入决算情况\n本部门收入100.00万元。\n（二）支出决算情况\n支出90.00万元。",
                      location=Location(file="t", paragraph=3))
    assert [(q.index, q.text) for q in split_heading_lines([p])] == [
        (3, "（一）收入决算情况"), (3, "本部门收入100.00万元。"), (3, "（二）支出决算情况"), (3, "支出90.00万元。")]


# r2: a Word table introduced by its title, a number line of another style ("附表5", "表5", "部门公开表05") and the
# 部门/金额单位 line: the unit is read (8 false CMP008 on the reviewer's document, one per table)
def _word_table(path, number_line: str, unit_line: str):
    import docx

    doc = docx.Document()
    doc.add_paragraph("一般公共预算财政拨款支出决算表")
    if number_line:
        doc.add_paragraph(number_line)
    doc.add_paragraph(unit_line)
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["", "合计", "100.00", "60.00", "40.00"],
            ["201", "一般公共服务支出", "100.00", "60.00", "40.00"],
            ["20101", "人大事务", "100.00", "60.00", "40.00"],
            ["2010101", "行政运行", "60.00", "60.00", ""],
            ["2010102", "一般行政管理事务", "40.00", "", "40.00"]]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    doc.save(path)
    return path


def _codes(path):
    import json

    from click.testing import CliRunner

    from govaudit.cli import main

    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return [f["code"] for f in json.loads(r.output)["findings"]]


@pytest.mark.parametrize("number_line", ["附表5", "表5", "部门公开表05", "部门决算公开表05", "附表5-1", "表五"])
def test_a_unit_after_a_table_number_line_is_read(tmp_path, number_line):
    path = _word_table(tmp_path / "t.docx", number_line, "部门：某县农业农村局\t\t金额单位：万元")
    assert "CMP008" not in _codes(path)


def test_a_table_without_its_unit_is_still_warned(tmp_path):
    path = _word_table(tmp_path / "t.docx", "附表5", "部门：某县农业农村局")
    assert "CMP008" in _codes(path)


# r3: a PDF printing one table a page with its number at the end of the title's line ("支出决算表　　表3"): the next
# page's table was taken for a column strip of the one before (3 false CMP001 and 2 BGC006 on the reviewer's print)
@pytest.mark.parametrize("number", ["表{}", "附表{}", "部门公开表0{}"])
def test_a_title_line_ending_in_its_table_number_is_a_title(tmp_path, number):
    from dataclasses import replace

    from pdf_writer import print_tables
    from test_pdf_heldout import SAMPLES, findings, printed

    tables = printed(SAMPLES / "决算公开表-2024-上海式-无误.xlsx")
    numbered = [replace(t, title=f"{t.title}　　　　{number.format(i)}") for i, t in enumerate(tables, 1)]
    assert findings(print_tables(tmp_path / "n.pdf", numbered)) == findings(print_tables(tmp_path / "p.pdf", tables))


# r10 (a miss): a paragraph about one project's score said without 自评综述 ("XX资金项目自评得分为98.77分，…")
def test_a_projects_score_said_without_its_summary_heading_is_judged_against_its_form():
    from test_forms_narrative_no_total import LINES, NAME, lines_form
    from test_mutation_narrative_forms import brief, judge

    right = f"{NAME}项目自评得分为98.8分，全年预算数为700.00万元，执行数为686.20万元，完成预算的98.03%。"
    assert judge([right], [lines_form(LINES)]) == []
    wrong = f"{NAME}项目自评得分为97.8分，全年预算数为700.00万元，执行数为686.20万元，完成预算的98.03%。"
    assert [b[:2] for b in brief(judge([wrong], [lines_form(LINES)]))] == [("TXT020", "error")]
    # a sentence about all the projects names none: not judged against this form
    overall = "本部门共开展项目自评2个，项目自评得分为97.8分。"
    assert judge([overall], [lines_form(LINES)]) == []


# second review (s13rev2): what was spent, said after a budget's list with a comma, may be the whole's or the last
# part's: not judged (was a false TXT001 + TXT012 reading the whole's 2116.25 as 项目支出's)
@pytest.mark.parametrize("heading,sentence", [
    ("四、财政拨款支出决算情况说明", "一般公共预算财政拨款支出年初预算2200.00万元，其中：基本支出800.00万元，项目支出1400.00万元，"
     "支出决算为2116.25万元，完成年初预算的96.19%。"),
    ("七、“三公”经费支出决算情况说明", "“三公”经费年初预算7.50万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费"
     "4.50万元，公务接待费3.00万元，实际支出3.68万元，完成预算的49.07%。"),
    ("六、一般公共预算财政拨款基本支出决算情况说明", "一般公共预算财政拨款基本支出年初预算800.00万元，其中：人员经费700.00万元，"
     "公用经费100.00万元，决算776.71万元。"),
])
def test_what_was_spent_after_a_budgets_list_and_a_comma_is_not_judged_as_the_last_parts(tmp_path, heading, sentence):
    from test_narrative_bracket_labels import _findings
    assert _findings(tmp_path, [sentence], heading=heading) == []


def test_what_was_spent_after_a_budgets_list_and_a_semicolon_is_still_the_wholes(tmp_path):
    from test_narrative_bracket_labels import _findings
    said = ("一般公共预算财政拨款支出年初预算2200.00万元，其中：基本支出800.00万元，项目支出1400.00万元；支出决算为2161.25万元，"
            "完成年初预算的98.24%。")  # 2116.25 in 公开05表
    assert ("TXT001", "error") in _findings(tmp_path, [said], heading="四、财政拨款支出决算情况说明")


# s13rev2 r1: two funds' 收入预算/支出预算 side by side in one sentence, parted by '；'
def _budget_text(tmp_path, sentence):
    import json

    import openpyxl
    from click.testing import CliRunner

    from govaudit.cli import main

    wb = openpyxl.load_workbook(SAMPLES / "预算公开表-2026-上海部门-无误.xlsx")
    ws = wb.create_sheet("情况说明", 0)
    for line in ["（一）财政拨款收支预算情况", sentence]:
        ws.append([line])
    wb.save(tmp_path / "b.xlsx")
    r = CliRunner().invoke(main, ["check", str(tmp_path / "b.xlsx"), "--format", "json"])
    return [(f["code"], f["severity"]) for f in json.loads(r.output)["findings"]
            if f["severity"] != "info" and f["code"].startswith("TXT")]


def test_the_second_funds_spending_budget_is_its_own(tmp_path):
    said = ("2026年一般公共预算拨款收入预算1,817.33万元，支出预算1,817.33万元；政府性基金预算拨款收入预算265.00万元，"
            "支出预算265.00万元。")
    assert _budget_text(tmp_path, said) == []
    wrong = said.replace("支出预算1,817.33万元", "支出预算1,871.33万元")
    assert ("TXT001", "error") in _budget_text(tmp_path, wrong)


def test_a_spending_budget_after_a_second_fund_named_in_the_sentence_is_not_judged_as_the_firsts(tmp_path):
    said = ("2026年财政拨款收入预算2,082.33万元，支出预算2,082.33万元，其中一般公共预算拨款收入预算1,817.33万元，"
            "支出预算1,817.33万元。")
    assert _budget_text(tmp_path, said) == []
    wrong = said.replace("支出预算2,082.33万元", "支出预算2,028.33万元")  # the first fund's own side: still judged
    assert ("TXT001", "error") in _budget_text(tmp_path, wrong)
