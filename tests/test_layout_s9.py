"""Session 9's held-out layout batch (tools/perturb.py --s9, 18 variants written before reading recognize/*.py from
how other provinces and years print 决算/预算 tables). First run on main (f70e983), workbook mode, 17 variants × 9
pairs: 116/153 passed. Of the 37 failures, the recognition gaps (fixed here, one test each):

- '金额单位：人民币万元' (central wording) not read as a unit: CMP008 on every table (3 pairs);
- the unit stated only in the note under the table ('注：本表金额单位为万元。'): CMP008 (7 pairs);
- '[2010101]行政运行' (a budget system's export, code in brackets) not split into code and name: XTB003 errors
  on a clean file, 4 misses (上海式); 江苏/中央式 misses;
- 类 | 款 | 项 columns holding only the row's own level in a table of side-by-side blocks (06's 人员经费 |
  公用经费): the 类 carried from the rows above was shared by the blocks, TBL001 and XTB023 on a clean file;
- two small tables side by side on one sheet: the right one not found, CMP001/BGC001 errors;
- a 功能分类 table printed without any code, levels by indenting: its 类 rows ('一般公共服务支出', no 201) not
  known, XTB003 on a clean file (now a 类 is known by its name when the table prints no code at all);
- a 序号 column (1, 2, 3 … before the 科目 columns): its numbers under no figure column, BGC006 on 6 budget tables;
- '附件1　2026年部门…预算总表': the title's 部门 not read past '附件1', BGC003 (单位预算自称部门预算) missed.

The others were faults of the new variants themselves (a 序号 column put on the 部门 line, a hidden helper column that
hid the cells of the tables stacked below, a group heading put over the year line, 类/款/项 columns inserted through
tables stacked on the same sheet, a title with its year compared as another place); fixed in tools/perturb.py.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from govaudit.readers.base import Cell, Sheet
from govaudit.recognize.disclosure import side_by_side
from govaudit.recognize.text import find_unit

_spec = importlib.util.spec_from_file_location("perturb", Path(__file__).resolve().parent.parent / "tools" / "perturb.py")
perturb = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("perturb", perturb)  # its dataclasses look their module up
_spec.loader.exec_module(perturb)


@pytest.mark.parametrize("variant, pair", [
    ("s9 unit 人民币万元", "决算公开表-2019-中央式"),
    ("s9 unit in the note below", "预算公开表-2026-上海单位"),
    ("s9 '[2010101]名称' in one cell", "决算公开表-2024-上海式"),
    ("s9 类/款/项 lowest level only", "决算公开表-2019-中央式"),
    ("s9 small tables side by side", "决算公开表-2024-上海式"),
    ("s9 序号 column first", "预算公开表-2026-上海部门"),
    ("s9 title '附件N　'", "预算公开表-2026-上海单位"),
])
def test_the_clean_copy_stays_clean_and_the_faulty_one_keeps_its_errors(variant, pair):
    (name, _p, false, missed, extra), = perturb.run([variant], [pair])
    assert (false, missed, extra) == ([], [], [])


def test_renminbi_in_the_unit_line():
    assert find_unit("金额单位：人民币万元") == "万元"
    assert find_unit("单位：人民币元") == "元"
    assert find_unit("人民币") is None


def test_attachment_numbers_before_a_budget_title():
    from govaudit.recognize.budget_specs import title_scope

    assert title_scope("附件1　2026年部门财务收支预算总表") == "部门"
    assert title_scope("附件一：2025年预算单位收入预算总表") == "单位"
    assert title_scope("附件说明") is None


def test_a_code_in_brackets_before_the_name():
    from govaudit.recognize.tables import _LEADING_CODE

    assert _LEADING_CODE.match("[2010101]行政运行").groups() == ("2010101", "行政运行")
    assert _LEADING_CODE.match("【201】一般公共服务支出").groups() == ("201", "一般公共服务支出")
    assert _LEADING_CODE.match("（2019年度）") is None


def _sheet(rows):
    cells = {}
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                cells[(r, c)] = Cell(row=r, col=c, value=v)
    return Sheet(name="S", cells=cells)


def test_tables_side_by_side_are_taken_apart_at_an_empty_column():
    sheet = _sheet([["政府性基金预算财政拨款收入支出决算表", None, "公开08表", None, "国有资本经营预算财政拨款支出决算表", None],
                    ["项目", "本年支出", None, None, "项目", "本年支出"],
                    ["合计", 1.5, None, None, "合计", None]])
    left, right = side_by_side(sheet)
    assert sorted({c for _r, c in left.cells}) == [1, 2, 3]
    assert sorted({c for _r, c in right.cells}) == [5, 6]
    # the title and its own 公开NN表 code on one line are one table; no empty column: one table
    assert len(side_by_side(_sheet([["收入决算表", None, "公开02表"], ["项目", "合计", None]]))) == 1
    joined = _sheet([["收入决算表", "支出决算表"], ["项目", "项目"]])
    assert len(side_by_side(joined)) == 1


def test_a_category_row_without_its_code_is_that_category(tmp_path):
    """公开03表 printed without codes, the names indented by level: the 类 rows at the left edge are still the 类 that
    公开01表 names (no XTB003 '公开03表没有该科目'); the indented rows are not taken for a 类."""
    from govaudit.pipeline import Options, check_file

    grids = perturb.names_indented_no_codes(perturb.load(perturb.SAMPLES / "决算公开表-2024-上海式-无误.xlsx"))
    path = perturb.save(grids, tmp_path / "no-codes.xlsx")
    _status, findings = check_file(path, Options())
    assert not [f for f in findings if f.code == "XTB003"]
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    rows = recognize(read_workbook(str(path))).tables["03"].rows
    assert [r.code for r in rows if r.label == "一般公共服务支出"] == ["201"]
    assert [r.code for r in rows if r.label == "人力资源事务"] == [None]



def _raise_in_05(grids, name: str, by: float):
    """Add `by` to every figure of the 公开05表 row named `name` (a wrong 05 figure for XTB019 to find)."""
    for g in grids:
        texts = [v for (_r, _c), (v, _f) in g.cells.items() if isinstance(v, str)]
        if not any("一般公共预算财政拨款支出决算表" in t for t in texts):
            continue
        rows = [r for (r, _c), (v, _f) in g.cells.items() if isinstance(v, str) and v.strip() == name]
        for (r, c), (v, f) in list(g.cells.items()):
            if r in rows and isinstance(v, (int, float)) and not isinstance(v, bool):
                g.cells[(r, c)] = (v + by, f)
    return grids


def test_a_name_printed_twice_without_codes_is_not_matched_across_tables(tmp_path):
    """Without codes, "行政运行" under two 款 is keyed by its place the second time (label:行政运行#19 in 03, #18 in 05):
    no row of the other table is known to be the same 科目, so XTB019 (05 ≤ 03, row by row) does not judge it — it
    drew two false errors on the clean 上海式 file; a name printed once is still judged row by row."""
    from govaudit.pipeline import Options, check_file

    def xtb019(grids, name):
        _status, findings = check_file(perturb.save(grids, tmp_path / name), Options(select=["XTB019"]))
        return sorted(f.locations[0].row_label for f in findings if f.code == "XTB019")

    clean = perturb.load(perturb.SAMPLES / "决算公开表-2024-上海式-无误.xlsx")
    assert xtb019(perturb.names_indented_no_codes(clean), "clean.xlsx") == []
    raised = _raise_in_05(perturb.names_indented_no_codes(perturb.load(perturb.SAMPLES / "决算公开表-2024-上海式-无误.xlsx")),
                          "住房公积金", 50)
    assert xtb019(raised, "raised.xlsx") == ["住房公积金"]
