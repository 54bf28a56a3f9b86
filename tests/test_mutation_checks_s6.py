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


def run(tmp_path, s, name="wb.xlsx"):
    """(disclosure, findings) of the workbook built from s."""
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path = wb.save(wb.build(s), tmp_path, name)
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
