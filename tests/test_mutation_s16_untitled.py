"""recognize/untitled.py (session 15: one of the nine 决算 tables printed without its title, known by its heads) measured
by tools/mutate.py in session 16 (s16mut, issue 14). The 上海式 sample is read once; each test takes an in-memory copy
with one sheet's title cell emptied (the sheet renamed 'SheetNN', so neither title nor tab names it), recognises it and
runs the rules: where nothing else could be meant the table is found and judged like the titled one; where something
else could be meant it is left alone and CMP001 says it was not found."""

from __future__ import annotations

import copy
import functools
from pathlib import Path

import pytest

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.readers import read_workbook
from govaudit.readers.base import Cell, Sheet
from govaudit.recognize.disclosure import recognize
from govaudit.recognize.grid import Block
from govaudit.recognize.untitled import regions

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CLEAN, FAULTY = "决算公开表-2024-上海式-无误.xlsx", "决算公开表-2024-上海式-有误.xlsx"


@functools.cache
def _book(name: str):
    return read_workbook(SAMPLES / name)


def _variant(name=CLEAN, untitle=("05一般公共预算",), drop=(), edit=None, extra=(), first=False):
    """(disclosure, sorted (code, table) of its errors and warnings) of a copy of sample `name`: the sheets in
    `untitle` without their title cell (`first`: moved to the front), those in `drop` left out, `edit(sheet)` applied
    to each, a copy of each sheet in `extra` inserted after the sheet of the same name."""
    book = copy.deepcopy(_book(name))
    sheets = []
    for s in book.sheets:
        sheets += [s] + [copy.deepcopy(s) for x in extra if x == s.name]
    book.sheets = [s for s in sheets if s.name not in drop]
    if first:  # (an untitled sheet right after a table's sheet is read as that table's rest: see the xfail below)
        book.sheets.sort(key=lambda s: s.name not in untitle)
    for s in book.sheets:
        s.__dict__.pop("_rows", None)  # (Sheet.rows() is cached on the sheet)
        if s.name in untitle:
            s.name = "Sheet" + s.name[:2]
            del s.cells[min(s.cells)]  # the title, in A1
        if edit is not None:
            edit(s)
    d = recognize(book)
    found = [f for f in run_rules(d, Context()) if f.severity.value != "info"]
    return d, sorted((f.code, f.table or "") for f in found)


def _titled(name=CLEAN):
    return _variant(name, untitle=())[1]


@pytest.mark.parametrize("sheet, kind", [("05一般公共预算", "05"), ("07三公", "07")])
def test_an_untitled_table_is_found_and_judged_as_the_titled_one(sheet, kind):
    d, found = _variant(untitle=(sheet,))
    table = d.tables[kind]
    assert table.sheet == "Sheet" + sheet[:2] and table.title_cell == "A2"
    # the 部门 line under the missing title is the table's (its block begins above it)
    assert (table.department, table.department_cell) == ("上海市某区人力资源和社会保障局", "A2")
    assert found == []
    titled = _variant(untitle=())[0].tables[kind]
    assert [(r.key, {k: str(v.value) for k, v in r.cells.items() if v is not None}) for r in table.rows] == \
        [(r.key, {k: str(v.value) for k, v in r.cells.items() if v is not None}) for r in titled.rows]


def test_the_faulty_copy_keeps_every_finding_of_the_untitled_table():
    _d, found = _variant(FAULTY)
    assert found == _titled(FAULTY) and ("TBL501", "公开05表") in found


def test_05_is_not_named_without_03():
    """'合计 | 基本支出 | 项目支出' may be 公开03表 printed without its empty columns: with 03 missing too, nothing is named."""
    d, found = _variant(drop=("03支出",))
    assert "05" not in d.tables and ("CMP001", "公开05表") in found and ("CMP001", "公开03表") in found


def test_two_untitled_tables_alike_are_neither_named():
    d, found = _variant(extra=("05一般公共预算",))
    assert "05" not in d.tables and ("CMP001", "公开05表") in found


def test_with_two_tables_found_by_title_nothing_is_inferred():
    keep = {"02收入", "03支出", "05一般公共预算"}
    d, found = _variant(drop=tuple(s.name for s in _book(CLEAN).sheets if s.name not in keep), first=True)
    assert sorted(d.tables) == ["02", "03"] and found == [("CMP001", "")]  # (too few tables to name the missing)


def test_three_tables_found_by_title_are_enough():
    keep = {"02收入", "03支出", "04财拨总表", "05一般公共预算"}
    d, found = _variant(drop=tuple(s.name for s in _book(CLEAN).sheets if s.name not in keep), first=True)
    assert sorted(d.tables) == ["02", "03", "04", "05"] and ("CMP001", "公开05表") not in found


def test_a_code_of_another_classification_is_no_05():
    """An untitled grid with 合计 | 基本支出 | 项目支出 whose rows are not all 功能分类 (2xx) codes is not named 05."""
    def edit(s):
        if s.name == "Sheet05":
            s.cells[(7, 1)].value = "3011001"  # ('行政运行' under 20110)
    d, found = _variant(edit=edit)
    assert "05" not in d.tables and ("CMP001", "公开05表") in found


def _sheets(spec, edit=None):
    """(disclosure, findings as `_variant`) of a book of the clean sample's sheets in the order of `spec`, each
    (sheet name, how): how None keeps it; '' empties its title (renamed 'SheetNN'); other text is its new title."""
    sheets = {s.name: s for s in _book(CLEAN).sheets}
    book = copy.deepcopy(_book(CLEAN))
    book.sheets = []
    for name, how in spec:
        s = copy.deepcopy(sheets[name])
        if how is not None:
            s.name = "Sheet" + name[:2] if how == "" else how
            if how == "":
                del s.cells[(1, 1)]
            else:
                s.cells[(1, 1)].value = how
        if edit is not None:
            edit(s)
        book.sheets.append(s)
    d = recognize(book)
    return d, sorted((f.code, f.table or "") for f in run_rules(d, Context()) if f.severity.value != "info")


NINE = [s for s in ("01收支总表", "02收入", "03支出", "04财拨总表", "05一般公共预算", "06基本支出", "07三公",
                    "08政府性基金", "09国有资本")]


def _spec(**how):
    return [(n, how.get(n[:2], None)) for n in NINE]


def test_a_part_under_a_title_we_do_not_know_does_not_stop_the_search():
    """05's grid under a title we do not know (not ours to name) on a sheet before the untitled 05: 05 is still
    found (the part titled is skipped, the search goes on)."""
    spec = _spec(**{"05": ""})
    spec.insert(4, ("05一般公共预算", "机关运行经费支出明细表"))
    d, found = _sheets(spec)
    assert d.tables["05"].sheet == "Sheet05" and found == []


def test_a_part_of_a_kind_already_found_does_not_stop_the_search():
    """An untitled copy of 公开07表 (found by its title on its own sheet) before the untitled 05: skipped, and 05 is
    still named."""
    spec = _spec(**{"05": ""})
    spec.insert(4, ("07三公", ""))
    d, found = _sheets(spec)
    assert d.tables["05"].sheet == "Sheet05" and d.tables["07"].sheet == "07三公"


def test_two_alike_do_not_stop_the_search():
    """Two untitled 05 (neither named), then an untitled 07: 07 is named."""
    spec = _spec(**{"05": "", "07": ""})
    spec.insert(4, ("05一般公共预算", ""))
    d, found = _sheets(spec)
    assert "05" not in d.tables and d.tables["07"].sheet == "Sheet07" and found == [("CMP001", "公开05表")]


def test_a_part_that_does_not_fit_does_not_stop_the_search():
    """An untitled 05 whose rows are not all 功能分类 (not named), then an untitled 07: 07 is named."""
    def edit(s):
        if s.name == "Sheet05":
            s.cells[(7, 1)].value = "3011001"
    d, found = _sheets(_spec(**{"05": "", "07": ""}), edit)
    assert "05" not in d.tables and d.tables["07"].sheet == "Sheet07" and found == [("CMP001", "公开05表")]


def test_regions_of_a_document_are_the_tables_under_no_known_title():
    """A document's reader marks where each table begins under a title line (Sheet.titled_tables); the parts under
    a title no block was made of run to the next table's title, the last to the sheet's end."""
    sheet = Sheet("doc", {(r, 1): Cell(r, 1, f"行{r}") for r in range(1, 31)})
    sheet.titled_tables = [(1, 2), (10, 11), (20, 21)]
    blocks = [Block(sheet=sheet, kind="01", title="收入支出决算总表", title_row=1, title_col=1, end_row=10,
                    rows={})]
    assert regions(sheet, blocks, False) == [(10, 20), (20, 31)]
    assert regions(sheet, blocks, True) == [(1, 31)]
    assert regions(Sheet("empty"), [], True) == []


def test_an_untitled_03_right_after_the_02_sheet_is_no_rest_of_02():
    """Found by s16mut on a0916e9 (5 false TBL001 on 公开02表: 03's 类 rows joined 02, whose 合计 6063.99 then missed
    12165.19); fixed on main by s16layout (untitled.names_another, b1fd827) before this test landed."""
    d, found = _variant(untitle=("03支出",))
    assert not [f for f in found if f[0].startswith("TBL")], found
    titled = _variant(untitle=())[0].tables["02"]
    assert [r.key for r in d.tables["02"].rows] == [r.key for r in titled.rows]


def test_an_untitled_02_is_named_only_with_its_columns():
    """An untitled 收入决算表 (its sheet first: nothing before it to continue) is named 02; without its 本年收入合计
    column it is not (02 is known by its total and 事业收入 columns: _fits), and CMP001 says 02 was not found."""
    spec = [("02收入", "")] + [s for s in _spec() if s[0] != "02收入"]
    d, found = _sheets(spec)
    assert d.tables["02"].sheet == "Sheet02" and found == []

    def edit(s):
        if s.name == "Sheet02":
            for key in [k for k in s.cells if k[1] == 3]:
                del s.cells[key]
    d, found = _sheets(spec, edit)
    assert "02" not in d.tables and found == [("CMP001", "公开02表")]


def test_an_untitled_05_right_after_the_03_sheet_is_no_rest_of_03():
    """Was a strict xfail (s16mut): 05's heads (合计 | 基本支出 | 项目支出) are all among 03's, so its rows were read as
    03's rest — 7 false TBL001 on 公开03表 and CMP001 for 05. Rows that list 03's 科目编码 again are another table
    (disclosure._codes_again)."""
    spec = [s for s in _spec(**{"05": ""}) if s[0] != "04财拨总表"] + [("04财拨总表", None)]
    d, found = _sheets(spec)
    assert not [f for f in found if f[0].startswith("TBL")], found
    assert d.tables["05"].sheet == "Sheet05"
