"""Session 18's new lines in the table recognition (recognize/grid.py, sanshi.py, disclosure.py) that a mutation run
left alive (s19mut, issue 14, README "变异测试"). Small workbooks built in the test, recognised in memory; each test
fails on the mutant it names."""

from __future__ import annotations

import pytest

from test_review18 import SANGONG_ROWS, _book, _tables_of


def test_a_vertical_sangong_tables_columns_headed_with_its_own_year_are_this_years(tmp_path):
    """'项目 | 2018年决算数 | 2019年预算数 | 2019年决算数' in a 2019 公开07表: the columns headed with the table's own year
    are this year's 预算数 and 决算数 (only a year before the table's is last year's). Kills sanshi.py line 73
    `said < year` → `<=` (this year's columns dropped too: the table not read by rows)."""
    rows = [[label, *figures] for label, *figures in SANGONG_ROWS]
    path = _book(tmp_path / "t.xlsx", [("表7", [["一般公共预算财政拨款“三公”经费支出决算表", None, None, "公开07表"],
                                                ["部门：某某局", "2019年度", None, "单位：万元"],
                                                ["项目", "2018年决算数", "2019年预算数", "2019年决算数"], *rows])])
    table = _tables_of(path)["07"]
    values = {r.key: {k: (c.value if c else None) for k, c in r.cells.items()} for r in table.rows}
    assert str(values["final"]["total"]) == "849.8" and str(values["budget"]["total"]) == "1020"


@pytest.mark.parametrize("meta", [["编制部门：某某局", "2025年预算数", "单位：万元"], ["2025年预算数", None, "单位：万元"]])
def test_a_band_year_on_a_meta_line_of_its_own_is_the_tables_year(tmp_path, meta):
    """A title without a year and the line under it '编制部门：某某局 | 2025年预算数 | 单位：万元': the year of the
    band standing on the meta line is the table's (not beside '项目' in the heads, s18rev r17). Kills grid.py line 282
    `band_year is None` → `is not None` and its negation (the band's year never kept) and line 306 `meta.year is None`
    → `is not None` (the band's year taken only over a year already read)."""
    rows = [["合计", 98.2], ["因公出国（境）费", 20], ["公务用车购置及运行费", 14.5], ["其中：公务用车购置费", 0],
            ["公务用车运行费", 14.5], ["公务接待费", 63.7]]
    path = _book(tmp_path / "t.xlsx", [("三公", [["一般公共预算“三公”经费支出预算表"], meta, ["项目", "预算数"], *rows])])
    assert [t.year for t in _tables_of(path).values()] == [2025]


def test_the_compiler_line_under_a_table_without_a_department_line_names_its_department(tmp_path):
    """No 部门 line over the table, '编制单位：某某区统计局 · 2024年12月31日' under it: that line is the table's 部门 (and
    no row). Kills tables.py line 129 `if meta.department is None` negated (the name under the table never read)."""
    from test_review18 import INCOME

    rows = [[float(v) if v[:1].isdigit() and "." in v else v or None for v in row] for row in INCOME]
    path = _book(tmp_path / "t.xlsx", [("表2", [["收入决算表", None, None, None, "公开02表"],
                                                [None, None, None, None, "单位：万元"], *rows,
                                                ["编制单位：某某区统计局", None, None, "2024年12月31日", None]])])
    table = _tables_of(path)["02"]
    assert table.department == "某某区统计局" and len(table.rows) == 4


def test_a_name_without_its_footnote_mark():
    """tables.unmarked: a name cell holding only a full-width space is blank (asked of every name cell); a footnote
    mark after a name goes. Kills tables.py line 388 `text and (…)` → `or` (IndexError on the blank cell)."""
    from govaudit.recognize.tables import unmarked

    names = ("　", "行政运行※", "行政运行 ", "事业运行①", "其他支出⑳")
    assert [unmarked(t) for t in names] == ["", "行政运行", "行政运行", "事业运行", "其他支出"]


def test_an_empty_table_printed_as_its_title_and_note_only(tmp_path):
    """公开08表 published as its title, its 部门 line and the note '…故本表为空表。' with no heads (the note is the
    block's last row). Kills tables.py line 630 `i + 1 < len(rows)` → `<=` (IndexError: the heads looked for under
    the last row)."""
    path = _book(tmp_path / "t.xlsx", [("表8", [
        ["政府性基金预算财政拨款收入支出决算表", None, None, "公开08表"], ["部门：某某局", None, None, "单位：万元"],
        ["本部门2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表为空表。"]])])
    assert "08" not in _tables_of(path)  # (no heads, no rows: nothing to read; the file is still read)


def test_last_years_group_without_this_years_columns_is_no_row(tmp_path):
    """A 预算 三公 table whose 2023年预算数 group prints 合计 · 出国 · 用车 · 接待 (no 购置/运行 split) beside the
    2024年预算数 group's six columns: last year's group has not this year's columns, so it stays context (no
    'prior_budget' row) and the clean file draws nothing. Kills budget_prior.py line 36 `or` → `and` (a row of last
    year with four of the six cells: a false BGT902)."""
    from test_budget_text_s18 import two_year_tables
    from test_review11_budget import _check, _xlsx

    tables = two_year_tables()
    heads = ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"]
    tables[6].rows = [["2023年预算数", "", "", "", "2024年预算数", "", "", "", "", ""],
                      ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"] + heads,
                      ["", "", "", "", "", "", "小计", "公务用车购置费", "公务用车运行费", ""],
                      ["22.00", "", "17.00", "5.00", "20.20", "", "15.00", "", "15.00", "5.20"]]
    tables[6].merges = [(0, 0, 0, 3), (0, 4, 0, 9)] + [(1, c, 2, c) for c in (0, 1, 2, 3, 4, 5, 9)] + [(1, 6, 1, 8)]
    d, found = _check(_xlsx(tmp_path / "w.xlsx", tables, False))
    assert [r.key for r in d.tables["B09"].rows] == ["budget"] and [f.code for f in found] == []


@pytest.mark.parametrize("column,text,code", [(None, None, None), (4, "-12.00", "BGT011"), (5, "-9.99%", "BGT012")],
                         ids=["clean", "change-wrong", "rate-wrong"])
def test_change_columns_under_a_group_head(tmp_path, column, text, code):
    """The 财政部 form's 一般公共预算支出表 with its change columns under a group head, '2024年预算数比2023年执行数 [增减额 |
    增减%]': the 增减% column is the rate (its own head, not the group's, has the %), 增减额 the amount; each checked.
    Kills column_groups.py line 101 `ro.path[-1]` → `path[-0]` (both read as amounts: nothing checked) and
    hierarchy.py line 206 `row.code or ''` → `and` (the row's code left out of BGT012's message) and line 213's
    `d + 1` (the rate's interval shown to one place more than the rate)."""
    from dataclasses import replace

    from test_layout_s18 import _with_changes
    from test_review11_budget import _check, _xlsx

    item = next(r[0] for r in _with_changes()[4].rows[1:] if len(r[0]) == 7)
    tables = _with_changes((item, column, text) if column else None)
    heads = [["科目编码", "科目名称", "2023年执行数", "2024年预算数", "2024年预算数比2023年执行数", ""],
             ["", "", "", "", "增减额", "增减%"]]
    tables[4] = replace(tables[4], rows=heads + tables[4].rows[1:], head=2,
                        merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)])
    _d, found = _check(_xlsx(tmp_path / "t.xlsx", tables, False))
    assert [f.code for f in found] == ([code] if code else []), [(f.code, f.message) for f in found]
    assert all(f"「{item} 行政运行」" in f.message for f in found)  # (the row named by its code and name)
    assert all("计算应为 0.68%（区间 [0.684%, 0.686%]），实际为 -9.99%" in f.message for f in found if f.code == "BGT012")


def test_amounts_formatted_to_two_places_in_a_table_in_yuan(tmp_path):
    """A 公开02表 in 元 whose amounts are numbers formatted '#,##0.00' (the fast path for a number cell): figures of
    money, not percents; a 合计 short by 10 元 is TBL001 in 元 as printed. Kills tables.py line 688 `False` → `True`
    (every such figure a percent: the message in 万元's places, '110.250000')."""
    from openpyxl import Workbook

    from test_review11_budget import _check

    book = Workbook()
    ws = book.active
    for row in [["收入决算表", None, None, None, "公开02表"], ["部门：某某局", None, None, None, "单位：元"],
                ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入"], ["合计", None, 300.5, 200.25, 100.25],
                ["207", "文化旅游体育与传媒支出", 310.5, 200.25, 110.25]]:
        ws.append(row)
    for cells in ws.iter_rows(min_row=4):
        for c in cells:
            c.number_format = "#,##0.00" if isinstance(c.value, float) else c.number_format
    book.save(tmp_path / "t.xlsx")
    d, found = _check(tmp_path / "t.xlsx")
    assert not any(f.percent for r in d.tables["02"].rows for f in r.cells.values() if f is not None)
    tbl = [f.message for f in found if f.code == "TBL001"]
    assert tbl and all("应为 110.25（" in m or "应为 310.50（" in m for m in tbl), tbl


def test_a_change_column_with_an_uncomputed_formula_leaves_only_that_row_unjudged(tmp_path):
    """The 一般公共预算支出表 with its change columns (tests/test_layout_s18._with_changes): one 项's 增减额 a formula
    saved without its value (CEL002, that row not judged), another 项's 增减额 wrong: still BGT011. Kills hierarchy.py
    line 164 `in unknown` → `not in` (every row but the formula's skipped)."""
    from openpyxl import load_workbook

    from test_layout_s18 import _with_changes
    from test_review11_budget import _check, _xlsx

    items = [r[0] for r in _with_changes()[4].rows[1:] if len(r[0]) == 7]
    book = load_workbook(_xlsx(tmp_path / "t.xlsx", _with_changes((items[0], 4, "-12.00")), False))
    row = next(r for r in book["表5"].iter_rows() if r[0].value == items[1])
    row[4].value = f"=D{row[0].row}-C{row[0].row}"
    book.save(tmp_path / "f.xlsx")
    _d, found = _check(tmp_path / "f.xlsx")
    assert [(f.code, items[0] in f.message, items[1] in f.message) for f in found
            if f.code in ("BGT011", "BGT012", "CEL002")] == [("BGT011", True, False), ("CEL002", False, True)]


def test_a_new_item_without_last_years_figure_is_not_judged_and_the_rows_after_it_are(tmp_path):
    """The same table with its first 项 new this year (2023年执行数, 增减额, 增减% blank) and its last 项's 增减额 wrong:
    BGT011 on the last only. Kills hierarchy.py line 160 `or` → `and` (the new 项 judged against a blank: a false
    BGT011) and line 161 `continue` → `break` (the rows after it never judged)."""
    from test_layout_s18 import _with_changes
    from test_review11_budget import _check, _xlsx

    tables = _with_changes()
    items = [r[0] for r in tables[4].rows[1:] if len(r[0]) == 7]
    for r in tables[4].rows:
        if r[0] == items[0]:
            r[2] = r[4] = r[5] = ""
        elif r[0] == items[-1]:
            r[4] = "-12.00"
    _d, found = _check(_xlsx(tmp_path / "t.xlsx", tables, False))
    assert [(f.code, items[-1] in f.message) for f in found] == [("BGT011", True)]
