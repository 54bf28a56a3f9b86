"""Session 19's held-out layout batch (tools/perturb.py --s19), written before reading recognize/*.py, grid.py,
disclosure.py and the readers (only the list of earlier perturbations was read): every amount exported as text with
the apostrophe of a text cell kept ("'1303.58"), trailing blanks, or both; a finance system's export (names indented
'　　' a level, "'2010101" codes, amounts text); a 03/05 table split over two sheets named '公开05表' and '公开05表（续）',
the second starting with the title and '（续）' and NOT repeating the heads; figure heads worded '2024年决算数' /
'本年数' / '决算数（万元）' table by table; each title merged down over a blank row; a '上年决算数' column between the
names and this year's figures; '上年数 | 增减额 | 增减%' at the right of 05 and 预算 05, every change a fall printed
'△412.35' (text) or '-186.42' (red by its format); zeros in one column '0.00', blank and '—' in turn; a 04 whose
empty 政府性基金/国有资本经营 columns are hidden; the 财政部 预算 form (sheets 表1…表N, a '部门预算编码' column left of
the 科目编码); names '一般公共服务支出（类）' '人力资源事务（款）' '行政运行（项）'.

First run on main (8763874), 11 variants × 6 pairs (the 决算, 预算 and 情况说明与公开表 samples; 44 planted findings a
pair set, 484 in all):
- workbook: 53/66 passed. The clean copies drew 75 false errors, the faulty copies missed 31 of 484 planted
  findings. Of these, the test's own errors (fixed in tools/perturb.py, not in govaudit): '金额' heads reworded
  '决算数' in a 预算 file (5 false BGC001, 3 missed, 江苏) and the comparison not knowing NFKC's '(项)' (7 'missed'
  that were found, pinned at the right cell). govaudit's:
  · the 05 (and 03) over two sheets without heads again (上海 决算, 上海部门, 上海单位): 44 false errors (TBL001 on
    03's and 05's 合计, BGT001/BGX007/BGX008 …) and 8 planted findings missed: the '（续）' sheet's rows were no table.
    Fixed: a '…表（续）' title at the top of a sheet, with no heads under it, goes on under the heads of the table it
    continues on the sheet before, each figure at its own sheet and cell (disclosure._rest_under_heads).
  · 04's empty 国有资本经营预算 column hidden (上海部门, 上海单位): 26 false errors (BGX004/BGX009/BGX011 ×10 000):
    the '单位：元' line stands in that last column, so the table was read in 万元. Fixed: a unit line in a hidden
    column still states the unit (disclosure.visible_sheet).
  · the 部门预算编码 column (4 pairs): 13 planted findings pinned under a wrong row name ('2011001326001': the
    department's code read as a second 科目编码 and the name lost). Fixed: a column headed with a department's or
    unit's own code numbers no 科目 (specs.UNIT_CODE_HEAD: like 行次).
- Word (--docx-paragraphs, 10 × 6; the hidden columns are workbook-only): 52/60; the same 部门预算编码 and the
  tool's two errors (Word keeps the '（续）' table right under its first half, which it read already).
- .ods (--ods): 57/66 (with the tool fixed): the same three.
After the fixes: workbook 66/66, Word 60/60, .ods 66/66.

Also here (known items of the session):
- The 上海-shaped 一般公共预算支出表 with '上年数 | 增减额 | 增减%' right of its 合计 | 基本支出 | 项目支出: its 上年
  column is headed as last year's (no year group), so the change columns stayed context and a wrong 增减额 or 增减% was
  never checked. Now a column headed as last year's is the change's 上年 as a group of the other year is
  (column_groups._change_columns), and BGT011/BGT012 check them; '△412.35' is a negative amount (text.parse_number).
- BGX025–027 (copies of BGX020/021/015 for a one-column 一般公共预算支出表 keyed 'amount') are gone: a rule's column
  may name alternatives, 'B05:{row}:total|amount', the first the table prints (engine/declarative.py); BGX010/011's
  'total' + 'amount' sums say so too. (tests/test_layout_s18.py holds the one-column table to BGX020/021/015.)
- s19rev r3: a 公开07表 by rows '项目 | 上年决算 | 本年预算 | 本年决算': a wrong 上年决算 合计 or 小计 drew nothing. Its one
  column of last year's 决算 is now a row of its own (key prior, sanshi.build_sanshi_by_rows) that TBL701/TBL702 hold.
- s19rev r12: a 政府采购预算表 '采购项目 | 采购品目 | 数量 | 合计 | 一般公共预算 | 政府性基金预算' drew a false BGC006 (the
  counts and the by-fund figures under no column): 数量 is a count column (specs.COUNT_HEAD), the fund columns are
  B13's (budget_specs). (Its 合计 is not held to the fund columns: other sources may be printed under other heads.)
- tests/test_mutation_s16_untitled.py's strict xfail (an untitled 05 right after the 03 sheet read as 03's rest)
  passes: untitled rows listing two 科目编码 of the table before again are another table (disclosure._codes_again).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_layout_s12 import ROOT, _check, perturb  # (tools/perturb.py loaded once; recognise and run the rules)
from test_layout_s14 import _docx  # (a Word copy: title, 部门 and 单位 lines as paragraphs above each table)

FINAL = ("决算公开表-2024-上海式", "决算公开表-2019-中央式")
BUDGET = ("预算公开表-2019-江苏式", "预算公开表-2026-上海部门", "预算公开表-2026-上海单位")
NOTES = "情况说明与公开表-2019"
APOSTROPHE = "s19 figures text \"'1303.58\", '1303.58   '"
EXPORT = "s19 finance export: '　　' names, \"'2010101\", figures text"
CONTINUED = "s19 05 over two sheets '公开05表（续）', heads once"
HEADS = "s19 heads '2024年决算数' / '本年数' / '决算数（万元）'"
TITLE = "s19 title merged over a blank row"
PRIOR = "s19 上年决算数 between the names and the figures"
CHANGES = "s19 上年数/增减额/增减% columns, falls '△412.35' and red '-186.42'"
ZEROS = "s19 zero '0.00', blank and '—' in one column"
HIDDEN = "s19 04's empty fund columns hidden"
MOF = "s19 财政部 form: sheets 表1…表N, a 部门预算编码 column"
LEVELS = "s19 names '…（类）' '…（款）' '…（项）'"


def _ods(grids, stem):
    return perturb.save_ods(grids, stem.with_suffix(".ods"))


@pytest.mark.parametrize("variant, pair", [
    (APOSTROPHE, FINAL[0]), (EXPORT, BUDGET[1]), (CONTINUED, FINAL[0]), (CONTINUED, BUDGET[2]), (HEADS, BUDGET[0]),
    (TITLE, FINAL[1]), (PRIOR, BUDGET[1]), (CHANGES, BUDGET[1]), (ZEROS, FINAL[1]), (HIDDEN, BUDGET[1]),
    (MOF, FINAL[0]), (MOF, BUDGET[1]), (LEVELS, NOTES),
])
def test_the_clean_copy_stays_clean_and_the_faulty_one_keeps_its_errors(variant, pair):
    (_name, _p, false, missed, extra), = perturb.run([variant], [pair])
    assert (false, missed, extra) == ([], [], [])


@pytest.mark.parametrize("variant, pair", [(MOF, BUDGET[0]), (CONTINUED, BUDGET[1])])
def test_word_copies(variant, pair):
    (_name, _p, false, missed, extra), = perturb.run([variant], [pair], _docx)
    assert (false, missed, extra) == ([], [], [])


@pytest.mark.parametrize("variant, pair", [(CONTINUED, FINAL[0]), (HIDDEN, BUDGET[2])])
def test_ods_copies(variant, pair):
    (_name, _p, false, missed, extra), = perturb.run([variant], [pair], _ods)
    assert (false, missed, extra) == ([], [], [])


# ---- the 上海-shaped 一般公共预算支出表 with 上年数 | 增减额 | 增减% (BGT011/BGT012)
def _changes(tmp_path: Path, cell: str | None = None, text: str | None = None) -> list:
    """The 上海部门 预算 sample with CHANGES' columns on its 一般公共预算支出表 (H 上年数 = twice E 合计, I 增减额, J 增减%;
    row 11 is 2010301 行政运行: 7,538,780 − 15,077,560 = −7,538,780, −50.00%), `text` typed over `cell`."""
    grids = perturb.VARIANTS[CHANGES](perturb.load(ROOT / "samples" / f"{BUDGET[1]}-无误.xlsx"))
    g = next(g for g in grids if g.name == "部门一般公共预算拨款表")
    assert (g.cells[(6, 8)][0], g.cells[(6, 9)][0], g.cells[(6, 10)][0]) == ("上年数", "增减额", "增减%")
    if cell is not None:
        from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

        col, row = coordinate_from_string(cell)
        g.cells[(row, column_index_from_string(col))] = (text, "General")
    path = perturb.save(grids, tmp_path / "changes.xlsx")
    return [(f.code, f.locations[0].sheet, f.locations[0].cell) for f in _check(path)[1]]


@pytest.mark.parametrize("cell, text, code", [
    (None, None, None),
    ("I11", "△7,538,870", "BGT011"),  # (digits swapped)
    ("I11", "7,538,780", "BGT011"),  # (a fall printed as a rise)
    ("J11", "-5.00%", "BGT012"),
])
def test_a_wrong_change_in_the_shanghai_shaped_table_is_found_and_pinned(tmp_path, cell, text, code):
    """Was: no finding (the 上年数 column is headed as last year's, no year group: the change columns stayed context)."""
    found = _changes(tmp_path, cell, text)
    assert found == ([(code, "部门一般公共预算拨款表", cell)] if code else [])


def test_a_triangle_marks_a_negative_amount():
    from govaudit.recognize.text import parse_number

    assert parse_number("△412.35") == (Decimal("-412.35"), 2, False)
    assert parse_number("△14,886,090") == (Decimal("-14886090"), 0, False)


# ---- s19rev r3: 公开07表 '项目 | 上年决算 | 本年预算 | 本年决算' (items as rows): last year's column is a 三公 breakdown too
@pytest.mark.parametrize("head, prior_total, prior_car, code", [
    ("上年决算", 53.01, 51.45, None), ("上年决算", 53.51, 51.45, "TBL701"), ("上年决算数", 53.51, 51.95, "TBL702"),
    ("2023年决算数", 53.51, 51.45, "TBL701"),
])
def test_last_years_column_of_a_sangong_table_by_rows_is_checked(tmp_path, head, prior_total, prior_car, code):
    """Was: nothing (TBL701/TBL702 held 本年预算 and 本年决算 only). Pinned at the 上年 column's cell (B4 合计, B6 小计)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "表7"
    for r in [["一般公共预算财政拨款“三公”经费支出决算表", None, None, "公开07表"],
              ["编制单位：某区卫生健康局", None, "2024年度", "单位：万元"], ["项目", head, "本年预算", "本年决算"],
              ["合计", prior_total, 28.00, 25.16], ["1.因公出国（境）费", None, 6.00, 5.24],
              ["2.公务用车购置及运行维护费", prior_car, 20.00, 18.65], ["　（1）公务用车购置费", 32.00, None, None],
              ["　（2）公务用车运行维护费", 19.45, 20.00, 18.65], ["3.公务接待费", 1.56, 2.00, 1.27]]:
        ws.append(r)
    wb.save(tmp_path / "t.xlsx")
    found = [(f.code, f.locations[0].cell) for f in _check(tmp_path / "t.xlsx")[1] if f.code.startswith("TBL")]
    assert found == ([(code, "B4" if code == "TBL701" else "B6")] if code else [])


# ---- s19rev r12: a 政府采购预算表 '采购项目 | 采购品目 | 数量 | 合计 | 一般公共预算 | 政府性基金预算' (元)
def test_a_procurement_table_with_a_count_column_is_read(tmp_path):
    """Was: BGC006 '…未能可靠识别（有 3 行数字不在任何金额列下），未核对这张表' (the counts 20, 4, 1 and the by-fund
    columns were figures under no column). 数量 is a count column (specs.COUNT_HEAD), the fund columns are B13's."""
    import docx

    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = docx.Document()
    for title, rows in [("一般公共预算支出表", [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                                          ["", "合计", 5351753, 4865230, 486523], ["201", "一般公共服务支出", 5351753, 4865230, 486523],
                                          ["20103", "　政府办公厅（室）及相关机构事务", 5351753, 4865230, 486523],
                                          ["2010301", "　　行政运行", 4865230, 4865230, ""],
                                          ["2010302", "　　一般行政管理事务", 486523, "", 486523]]),
                        ("政府采购预算表", [["采购项目", "采购品目", "数量", "合计", "一般公共预算", "政府性基金预算"],
                                        ["合计", "", "", 1860000, 1860000, ""], ["办公设备购置", "台式计算机", "20", 120000, 120000, ""],
                                        ["办公设备购置", "复印机", "4", 240000, 240000, ""],
                                        ["物业管理服务", "物业管理服务", "1", 1500000, 1500000, ""]])]:
        d.add_paragraph(title)
        d.add_paragraph("单位名称：某镇人民政府\t\t\t\t单位：元")
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                if v != "":
                    t.cell(i, j).text = str(v)
    d.save(tmp_path / "t.docx")
    disclosure = recognize(read_workbook(tmp_path / "t.docx"))
    table = disclosure.tables["B13"]
    assert not table.unreliable and [c.key for c in table.columns] == ["amount", "general", "gov_fund"]
    assert [str(r.cells["amount"].value) for r in table.rows] == ["1860000", "120000", "240000", "1500000"]
