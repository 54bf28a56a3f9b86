"""Issue 14, session 11 (s11mut): mutants of the lines session 10 changed in recognition (recognize/disclosure.py,
grid.py, sanshi.py, checks/hierarchy.py; git diff bfe9217 cdcb32b) that the session-10 tests did not notice. Built
in memory (fast)."""

from __future__ import annotations

from govaudit.readers.base import Cell, Sheet, Workbook
from govaudit.recognize.disclosure import recognize


def _sheet(name, rows):
    cells = {}
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                cells[(r, c)] = Cell(row=r, col=c, value=v, number_format="0.00" if isinstance(v, float) else "General")
    return Sheet(name=name, cells=cells)


def _book(*sheets):
    return Workbook(path="t.xlsx", sheets=list(sheets), kind="workbook", paragraphs=[])


def _halves(title_in: str, title_out: str):
    income = _sheet("收入", [[title_in], ["部门：某局", "单位：万元"], ["收入", None], ["项目", "决算数"],
                           ["一、一般公共预算财政拨款收入", 10.0], ["本年收入合计", 10.0], ["总计", 10.0]])
    expense = _sheet("支出", [[title_out], ["部门：某局", "单位：万元"], ["支出", None], ["项目", "决算数"],
                            ["一、一般公共服务支出", 10.0], ["本年支出合计", 10.0], ["总计", 10.0]])
    return recognize(_book(income, expense))


def test_halves_under_titles_of_two_views_are_two_tables():
    # disclosure.py:187 `or` → `and`: a 收入 half titled （本级） and a 支出 half titled （汇总） are not one table
    d = _halves("收入支出决算总表（本级）", "收入支出决算总表（汇总）")
    assert {r.side for r in d.tables["01"].rows} == {0}
    assert [t.title for t in d.extra_tables] == ["收入支出决算总表(汇总)"]
    same = _halves("收入支出决算总表（本级）", "收入支出决算总表（本级）")
    assert {r.side for r in same.tables["01"].rows} == {0, 1} and not same.extra_tables
