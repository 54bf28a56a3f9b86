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


INCOME = [["收入支出决算总表"], ["部门：某局", "单位：万元"], ["收入", None], ["项目", "决算数"],
          ["一、一般公共预算财政拨款收入", 10.0], ["本年收入合计", 10.0], ["总计", 10.0]]
EXPENSE = [["收入支出决算总表"], ["部门：某局", "单位：万元"], ["支出", None], ["项目", "决算数"],
           ["一、一般公共服务支出", 10.0], ["本年支出合计", 10.0], ["总计", 10.0]]


def test_an_empty_half_or_a_second_income_half_is_no_other_half():
    # disclosure.py:190 `and` → `or`: a 支出 half with no rows, or the same 收入 half twice, is not joined
    d = recognize(_book(_sheet("收入", INCOME), _sheet("支出", EXPENSE[:4])))
    assert [c.header for c in d.tables["01"].columns] == ["决算数"] and len(d.duplicates) == 1
    d = recognize(_book(_sheet("收入", INCOME), _sheet("收入2", INCOME)))
    assert [c.header for c in d.tables["01"].columns] == ["决算数"] and len(d.duplicates) == 1


def test_a_table_below_the_second_half_on_its_sheet_is_still_read():
    # disclosure.py:272 `continue` → `break`: after joining the halves, the sheet's next table (02) is read
    t02 = [[None], ["收入决算表"], ["部门：某局", None, None, "单位：万元"],
           ["科目编码", "科目名称", "本年收入合计", "财政拨款收入"], [None, "合计", 10.0, 10.0],
           ["201", "一般公共服务支出", 10.0, 10.0]]
    d = recognize(_book(_sheet("收入", INCOME), _sheet("支出", EXPENSE + t02)))
    assert sorted(d.tables) == ["01", "02"] and {r.side for r in d.tables["01"].rows} == {0, 1}


def _indented(names):
    rows = [["支出决算表"], ["部门：某局", None, None, "单位：万元"], ["项目", None, "本年支出合计", "基本支出"],
            ["科目编码", "科目名称", None, None], ["合计", None, 30.0, 30.0]]
    return _sheet("S", rows + [[None, name, v, v] for name, v in names])


def test_indented_rows_that_would_get_the_same_key_stay_unplaced():
    # tables.py:715 `or` → `and`: the same 款 named twice under one 类 (two rows '201>人力资源事务'): none is placed
    dup = [("一般公共服务支出", 30.0), ("　　人力资源事务", 10.0), ("　　　　行政运行", 10.0), ("　　人力资源事务", 20.0),
           ("　　　　行政运行", 20.0)]
    keys = [r.key for r in recognize(_book(_indented(dup))).tables["03"].rows]
    assert keys == ["total", "201", "label:人力资源事务", "label:行政运行", "label:人力资源事务#9", "label:行政运行#10"]


def test_tbl001_groups_of_an_uncoded_indented_table_say_lei_and_kuan():
    # hierarchy.py:31 `">" not in parent.key` → `in`: the 类 is summed over its 款, the 款 over its 项
    from govaudit.checks.hierarchy import _groups

    ok = [("一般公共服务支出", 30.0), ("　　人力资源事务", 30.0), ("　　　　行政运行", 10.0), ("　　　　一般行政管理事务", 20.0)]
    table = recognize(_book(_indented(ok))).tables["03"]
    # (a group's title is made only for a group reported, 237d1b8: a function of the parent row, or the text itself)
    got = [(p.key, [k.key for k in kids], msg(p) if callable(msg) else msg) for p, kids, msg in _groups(table)]
    assert got == [
        ("201", ["201>人力资源事务"], "“一般公共服务支出”（类）应等于其下各款之和"),
        ("201>人力资源事务", ["201>人力资源事务>行政运行", "201>人力资源事务>一般行政管理事务"],
         "“人力资源事务”（款）应等于其下各项之和"),
        ("total", ["201"], "合计应等于各类之和")]
