"""Review s26: a 预算 三公 table with its items as rows whose columns are '预算数 | 2025年预算数 | 2026年预算数' (a bare
预算数 beside two years' ones). budfix s26 (b6160dc, sanshi.build_sanshi_by_rows: last year's 预算数 column as a row
of its own) took the first remaining column's year, None for the bare one, and 'None - 1' made the whole file
unreadable ('无法识别表格结构（TypeError…）', on main e51c2e8); bd7dddb read it. Now only columns naming their year
count there."""

from __future__ import annotations

from openpyxl import Workbook

from govaudit.pipeline import Options, check_file


def _book(path, heads):
    wb = Workbook()
    ws = wb.active
    ws.title = "三公"
    ws.append(["2026年一般公共预算“三公”经费支出预算表"])
    ws.append(["部门：某县农业农村局", "", "", "单位：万元"])
    ws.append(["项目", *heads])
    for row in (("合计", 30, 28, 29), ("因公出国（境）费", 0, 0, 0), ("公务用车购置及运行维护费", 20, 18, 19),
                ("其中：公务用车购置费", 0, 0, 0), ("公务用车运行维护费", 20, 18, 19), ("公务接待费", 10, 10, 10)):
        ws.append(list(row[:1 + len(heads)]))
    wb.save(path)
    return path


def test_a_bare_budget_column_beside_two_years_ones_is_read(tmp_path):
    status, findings = check_file(_book(tmp_path / "a.xlsx", ["预算数", "2025年预算数", "2026年预算数"]), Options())
    assert status.status == "checked", status.error
    assert status.tables


def test_two_years_columns_still_read(tmp_path):
    status, _findings = check_file(_book(tmp_path / "b.xlsx", ["2025年预算数", "2026年预算数"]), Options())
    assert status.status == "checked", status.error
