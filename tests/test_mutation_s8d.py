"""Session 8 mutation survivors (issue 14) of the decision code changed since 8b750e0: checks/narrative.py
(a change of a budget over last year's budget is summed with its like only), the numbered-total row keys of
recognize/specs.py, budget_specs.py, tables.py and budget_tables.py, and readers/pdf.py. Each test reads a file
built here (the 2019 决算 sample with its 情况说明 rewritten) and asserts the findings."""

from __future__ import annotations

from pathlib import Path

from decimal import Decimal

from openpyxl import load_workbook
from pdf_writer import PdfWriter
from pdf_writer import sheet_rows as _rows
from test_pdf_group_header import HEADER, WIDTHS, X0, _body

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FINAL = SAMPLES / "情况说明与公开表-2019-无误.xlsx"


def _text_findings(tmp_path: Path, paragraphs: list[str], base: Path = FINAL) -> list[tuple[str, str]]:
    """(code, message) of the TXT errors and warnings when the sample's 情况说明 holds these paragraphs, each under
    its own heading."""
    wb = load_workbook(base)
    if "情况说明" in wb.sheetnames:
        del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    for i, p in enumerate(paragraphs):
        ws.append([f"（{'一二三四五六七八九'[i]}）说明"])
        ws.append([p])
    path = tmp_path / "text.xlsx"
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    return [(f.code, f.message) for f in findings if f.severity.value in ("error", "warning")]


# “三公”经费 决算 3.68 = 车 2.42 + 接待 1.26 + 出国 0 in the sample; the changes below are said in the text only
PARTS_ACTUAL = ("2019年度“三公”经费支出决算3.68万元，其中：公务用车购置及运行维护费支出决算2.42万元，比上年增加0.5万元；"
                "公务接待费支出决算1.26万元，比上年增加0.2万元；因公出国（境）费0万元，与上年持平。")


def test_a_change_of_the_budget_is_not_summed_from_the_parts_changes_of_the_final_accounts(tmp_path):
    # narrative.py parts_add_up: in a 决算 “预算…比上年预算增加1.00万元” is last year's budget → this year's budget; the
    # parts' 比上年增加 are 决算 over 决算 (0.5 + 0.2 + 0 = 0.70): not its parts, no TXT007
    text = "2019年度“三公”经费预算7.5万元，比上年预算增加1.00万元。" + PARTS_ACTUAL
    assert _text_findings(tmp_path, [text]) == []


def test_changes_of_the_final_accounts_are_summed_and_so_are_those_of_budgets(tmp_path):
    # the same parts under a 决算 change: 0.70 ≠ 1.00
    actual = "2019年度“三公”经费支出决算3.68万元，比上年增加1.00万元，其中：" + PARTS_ACTUAL.split("其中：", 1)[1]
    found = _text_findings(tmp_path, [actual])
    assert [c for c, _m in found] == ["TXT007"]
    assert "公务用车购置及运行维护费 0.5 + 公务接待费 0.2 = +0.70，与 +1.00 不符" in found[0][1]
    # budgets' changes with budgets' changes: summed too
    budgets = ("2019年度“三公”经费预算7.5万元，比上年预算增加1.00万元，其中：公务用车购置及运行维护费预算4.5万元，比上年预算"
               "增加0.5万元；公务接待费预算3万元，比上年预算增加0.2万元；因公出国（境）费预算0万元，比上年预算持平。")
    assert [c for c, _m in _text_findings(tmp_path, [budgets])] == ["TXT007"]
    right = budgets.replace("增加0.2万元", "增加0.5万元")
    assert _text_findings(tmp_path, [right]) == []


def test_a_comparison_with_this_years_budget_does_not_end_the_year_check(tmp_path):
    # narrative.py compared_year: “比2019年度预算” in the 2019 决算 is the year's own budget (passed over), and a later
    # “比2017年度” is still a slip for 2018 (TXT013, a warning: an earlier year)
    text = ("2019年度机关运行经费支出34.89万元，比2019年度预算减少5.11万元。"
            "2019年度本年收入合计6063.99万元，比2017年度增加173.87万元。")
    found = _text_findings(tmp_path, [text])
    assert found == [("TXT013", "文中“比2017年度增加173.87万元。”：本说明是 2019 年度的，与上年比较应为 2018 年度，"
                                "文中为 2017 年度。")]


# ---------------------------------------------------------------- readers/pdf.py (commit 38bba38)
BODY = _body("40.00")  # the small 支出决算表 of test_pdf_group_header, every figure adding up


def test_a_header_left_at_a_page_foot_is_still_the_one_a_later_page_repeats(tmp_path):
    # page 1: the header alone at the foot; page 2: rows in the same columns, no header; page 3: the header repeated
    # over the rest. Same columns throughout: nothing is laid out again (pdf.py:303, only finer columns are), so
    # page 3's header is known as the repeat of page 1's and not read as a row of the table
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 600, "收入决算表", 14)
    p1.text(X0, 640, "部门：某区测试局", 9)
    p1.text(X0 + 300, 640, "单位：万元", 9)
    p1.grid(X0, 760, WIDTHS, [HEADER])
    w.page().grid(X0, 60, WIDTHS, BODY[:3])
    w.page().grid(X0, 60, WIDTHS, [HEADER] + BODY[3:])
    path = w.save(tmp_path / "表头在页尾.pdf")
    rows = _rows(path)
    header = [(c, t) for c, t in enumerate(HEADER, start=1)]
    assert rows.count(header) == 1
    assert rows[rows.index(header) + 1:] == [[(c, t) for c, t in enumerate(r, start=1) if t] for r in BODY]
    table = recognize(read_workbook(path)).tables["02"]
    assert table.row("208").cells["total"].value == Decimal("155.17")
    assert table.row("20106").cells["other"].value == Decimal("10.00")
