"""A row named 合计/总计/小计 under a subordinate number ('一、基本支出合计', '（一）合计') totals a part of the table,
never the table: real disclosures print their total rows bare (合计, 收入总计, 本年支出合计, ‘江苏省…本年收入预算合计’).
Read as the table's total, a 江苏 财务收支预算总表 whose 支出用途 rows say '一、基本支出合计' drew six false errors
(BGT101/104/108, BGT403/409, BGX101)."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file
from govaudit.recognize import budget_specs, specs
from govaudit.recognize.budget_tables import BudgetTableBuilder
from govaudit.recognize.tables import TableBuilder

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def defects(path: Path) -> list[tuple]:
    status, findings = check_file(path, Options())
    assert status.status == "checked", status.error
    return sorted((f.code, f.severity.value, f.table, re.sub(r"\s+", "", f.locations[0].row_label or ""))
                  for f in findings if f.severity.value != "info")


def _use_rows_with_totals(src: Path, out: Path) -> Path:
    """'一、基本支出' → '一、基本支出合计', '二、项目支出' → '二、项目支出合计' (the 支出用途 rows of 江苏 公开01/04表)."""
    wb = load_workbook(src)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in ("一、基本支出", "二、项目支出"):
                    cell.value += "合计"
                    n += 1
    assert n >= 4  # both rows in 公开01表 and in 公开04表
    wb.save(out)
    return out


def test_numbered_part_totals_in_a_jiangsu_budget_are_no_table_totals(tmp_path):
    clean = _use_rows_with_totals(SAMPLES / "预算公开表-2019-江苏式-无误.xlsx", tmp_path / "clean.xlsx")
    assert defects(clean) == []
    src = SAMPLES / "预算公开表-2019-江苏式-有误.xlsx"
    faulty = _use_rows_with_totals(src, tmp_path / "faulty.xlsx")
    assert defects(faulty) == defects(src) != []


def test_two_sided_rows_take_a_total_key_only_when_bare():
    assert budget_specs.side_row_key("B01", "支出合计", 1) == "expense_grand_total"
    assert budget_specs.side_row_key("B01", "一、基本支出合计", 1) == "use.basic"
    assert budget_specs.side_row_key("B01", "（二）项目支出合计", 1) == "use.project"
    assert budget_specs.side_row_key("B01", "收入总计", 0) == "income_grand_total"
    assert budget_specs.side_row_key("B01", "一、收入总计", 0) is None
    assert specs.side_row_key("本年支出合计", 1) == "expense_total"
    assert specs.side_row_key("一、本年支出合计", 1) is None
    assert specs.side_row_key("（一）财政拨款收入合计", 0) == "income.fiscal"
    assert specs.side_row_key("总计", 0) == "income_grand_total"
    assert specs.side_row_key("1.总计", 0) is None
    # numbered rows that name no total keep their keys
    assert specs.side_row_key("一、财政拨款收入", 0) == "income.fiscal"
    assert specs.side_row_key("二、年末结转和结余", 1) == "end_balance"


def test_one_sided_tables_total_row_is_bare():
    for kind in ("02", "03", "05", "08"):
        assert TableBuilder._row_key(kind, 0, "合计", None, False) == "total"
        assert TableBuilder._row_key(kind, 0, "支出合计", None, False) == "total"
        assert TableBuilder._row_key(kind, 0, "一、合计", None, False) is None
        assert TableBuilder._row_key(kind, 0, "（一）支出合计", None, False) is None
    assert TableBuilder._row_key("06", 0, "（一）人员经费合计", None, False) == "personnel_total"
    assert TableBuilder._row_key("06", 0, "一、基本支出合计", None, False) is None
    assert TableBuilder._row_key("06", 0, "基本支出合计", None, False) == "total"
    for kind in ("B03", "B05", "B08"):
        assert BudgetTableBuilder._row_key(kind, 0, "合计", None, False) == "total"
        assert BudgetTableBuilder._row_key(kind, 0, "本年支出合计", None, False) == "total"
        assert BudgetTableBuilder._row_key(kind, 0, "一、基本支出合计", None, False) is None
        assert BudgetTableBuilder._row_key(kind, 0, "（二）小计", None, False) is None


def _parts_with_totals(src: Path, out: Path) -> Path:
    """Every 基本支出 / 项目支出 head and row (the numbered 江苏 rows aside) named with its own 合计."""
    wb = load_workbook(src)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip() in ("基本支出", "项目支出"):
                    cell.value = cell.value.strip() + "合计"
    wb.save(out)
    return out


def test_a_spending_head_named_with_its_own_total_is_that_part(tmp_path):
    # 江苏 支出预算总表（按用途）: '合计 | 基本支出合计 | 项目支出合计' read as three totals drew a false BGT141; 上海
    # 支出预算总表: its 项目支出合计 column read as the total missed the sample's BGT301
    assert defects(_parts_with_totals(SAMPLES / "预算公开表-2019-江苏式-无误.xlsx", tmp_path / "js.xlsx")) == []
    src = SAMPLES / "预算公开表-2026-上海部门-有误.xlsx"
    assert defects(_parts_with_totals(src, tmp_path / "sh.xlsx")) == defects(src)
    from govaudit.recognize.tables import column_key
    words = budget_specs.BUDGET_COLUMN_WORDS["B03"]
    assert [column_key([h], words) for h in ("合计", "基本支出合计", "项目支出合计", "小计", "支出预算合计")] == \
        ["total", "basic", "project", "total", "total"]
    assert column_key(["基本支出", "合计"], words) == "basic"
