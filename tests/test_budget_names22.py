"""BGC007: one 功能分类 类 named two ways across the 预算 tables (社会福利院 2024: 财务收支预算总表 and 财政拨款收支预算总表
“医疗卫生与计划生育支出”, the three coded tables “卫生健康支出”, the same 503,724 元 — domain note budget.md §2.3 F3).
The 上海 2026 sample workbook renamed in place (its 类 rows are found by their names, never by cell position): 210 by
its old name in the two 收支总表, 221 by another name in the 一般公共预算 table alone, 208 cut short in the 支出预算总表
(a name read in part is no other name). (The sample as it is draws no
BGC007: tests/test_budget.py holds it to no finding at all.)"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from budget_heldout21_tables import SHANGHAI

RENAMES = [(("部门收支总表", "部门财政拨款收支总表"), "卫生健康支出", "医疗卫生与计划生育支出"),
           (("部门一般公共预算拨款表",), "住房保障支出", "住房保障和城乡建设支出"),
           # a cut, not another name: a PDF cell's wrapped name read in part draws nothing
           (("部门支出总表",), "社会保障和就业支出", "社会保障和就")]


@functools.cache
def _findings() -> dict:
    from openpyxl import load_workbook

    from govaudit.pipeline import Options, check_paths

    wb = load_workbook(SHANGHAI)
    for sheets, old, new in RENAMES:
        done = 0
        for ws in wb.worksheets:
            if ws.title.strip() in sheets:
                for row in ws.iter_rows():
                    for cell in row:
                        if isinstance(cell.value, str) and cell.value.strip().endswith(old):
                            cell.value, done = cell.value.replace(old, new), done + 1
        assert done == len(sheets)  # the 类 row of each sheet named
    path = Path(tempfile.mkdtemp(prefix="names22-")) / "b.xlsx"
    wb.save(path)
    found = check_paths([str(path)], Options(select=["BGC007"])).findings
    return {f.actual: f for f in found}


def test_an_old_name_in_the_two_summary_tables_is_named_as_old():
    f = _findings()["医疗卫生与计划生育支出"]
    assert (f.code, f.severity.value, f.expected) == ("BGC007", "warning", "卫生健康支出")
    assert "2019 年以前的名称" in f.message and "《收入预算总表》" in f.message and "210 类" in f.message


def test_another_name_in_one_table_is_the_odd_one():
    f = _findings()["住房保障和城乡建设支出"]
    assert (f.expected, f.table) == ("住房保障支出", "《一般公共预算支出功能分类预算表》")
    assert "应统一为同一名称" in f.message


def test_nothing_else_is_named_two_ways():
    assert sorted(_findings()) == ["住房保障和城乡建设支出", "医疗卫生与计划生育支出"]
