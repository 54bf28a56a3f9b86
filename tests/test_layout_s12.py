"""Session 12's held-out layout batch (tools/perturb.py --s12), written before reading recognize/*.py and the readers:
names indented with full-width spaces while the 科目编码 stays; every amount formatted '#,##0.00;-#,##0.00;' (zeros
shown blank); a formula's float hair (61.830000000000005) under 0.00; every empty cell of a table holding a space;
the unit as a bare bracket after the title ('收入决算表（万元）'); an empty table's '本单位无……' line merged over the
body; a hidden sheet holding a draft of a table; titles stored as rich text; long names broken inside the cell
(Alt+Enter); the 部门 line '填报单位（盖章）：'; 决算 left out of every 决算 title ('收入支出总表', '收入表', '支出表',
'财政拨款收入支出总表', …, as some provinces title them); (Word only) each table nested in a one-cell frame table.

First run on main (bd8e8d3), workbook mode, 11 variants × 9 pairs: 89/99 passed; the clean copies drew 24 false
errors/warnings, the faulty copies missed 18 planted findings.
- 决算 left out of every title: 上海式 and 中央式 read as a 江苏式/财政部 预算 (clean copies 22 false findings:
  BGC001 ×6, CMP001 ×3 '缺少公开01/04/07表', BGC006, CMP007; 11 planted findings missed). Fixed: titles that say
  neither 决算 nor 预算表 ('收入表', '政府性基金预算财政拨款收入支出表') are the 决算 kinds (specs._unnamed_final),
  '收入支出总表'/'财政拨款收入支出总表' are the template's 收支总表 (B01/B04) not 支出总表 (B03); when no title says
  决算 or 预算 the document decides: its headings (部门决算/部门预算), else what its tables print (决算数,
  年初/年末结转和结余 against 预算数, 上年结转) — disclosure.final_evidence.
- unit bare in the title ('…预算表（元）'): the unit not read (CMP008 on a 上海 预算 table; the other misses were the
  comparison tool's, which did not know the bare bracket). Fixed: budget_specs.split_title_meta.
- 填报单位（盖章）： not read as the 部门 line (CMP003 ×2 and TXT031 missed, 江苏 三公 合计 row named
  '填报单位(盖章):江苏省某某厅合计'). Fixed: grid._DEPT_RE / _META_RE.
The other 8 variants passed on the first run. After the fixes: 99/99.

.ods (--ods; the hidden sheet and rich text left out, 9 variants): first run 63/81 — the three above, and 河北式's
PRF005 missed on every variant: the writer typed a '99%' cell float and the reader read it as '0'. Fixed: the reader
takes a shown '%' as a percentage, keeps a number shown as General shows it General, and reads a cell style's
fo:margin-left as its indent; the writer types percentages and writes LibreOffice's indent styles (s11's 'names
indented by cell format' now passes in .ods). After: 99/99 (with the two later variants). Word (--docx-paragraphs,
bd8e8d3): tables nested in a one-cell frame 9/9 on the first run.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pdf_writer import PrintedTable, save_workbook, workbook_tables

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("perturb", ROOT / "tools" / "perturb.py")
perturb = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("perturb", perturb)  # its dataclasses look their module up
_spec.loader.exec_module(perturb)


@pytest.mark.parametrize("variant, pair", [
    ("s12 决算 left out of every title", "决算公开表-2024-上海式"),
    ("s12 决算 left out of every title", "决算公开表-2019-中央式"),
    ("s12 决算 left out of every title", "情况说明与公开表-2019"),
    ("s12 决算 left out of every title", "预算公开表-2026-上海部门"),
    ("s12 unit bare in the title '（万元）'", "预算公开表-2026-上海单位"),
    ("s12 填报单位（盖章）：", "预算公开表-2019-江苏式"),
    ("s12 填报单位（盖章）：", "决算公开表-2024-上海式"),
])
def test_the_clean_copy_stays_clean_and_the_faulty_one_keeps_its_errors(variant, pair):
    (_name, _p, false, missed, extra), = perturb.run([variant], [pair])
    assert (false, missed, extra) == ([], [], [])


def _check(path: Path):
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(path))
    d.path = str(path)
    return d, [f for f in run_rules(d) if f.severity.value in ("error", "warning")]


def _unnamed(sample: str) -> list[PrintedTable]:
    """A sample's tables, 决算 taken out of every title."""
    tables = workbook_tables(ROOT / "samples" / sample)
    for t in tables:
        t.title = t.title.replace("决算", "")
    return tables


def test_titles():
    from govaudit.recognize.specs import classify_title

    assert [classify_title(t) for t in ("收入支出总表", "收入表", "支出表", "财政拨款收入支出总表", "财政拨款收入支出表",
                                        "政府性基金预算财政拨款收入支出表", "国有资本经营预算财政拨款收入支出表",
                                        "某某局2019年度收入表（公开02表）")] == \
        ["B01", "02", "03", "B04", "04", "08", "09", "02"]
    # another table's title, not a 决算 table without its 决算
    assert [classify_title(t) for t in ("基本支出表", "项目支出表", "一般公共预算财政拨款收入表", "国有资产占用情况表")] == [None] * 4
    # (session 13: '政府采购情况表' is the 预算's B13, as other provinces title it; in a 决算 it is one more table of the
    # 决算, not checked: disclosure._final_templates)


def test_a_final_whose_titles_leave_out_jue_suan_is_a_final_by_its_heads(tmp_path):
    """No heading, no title saying 决算 or 预算: the tables' heads (决算数, 年初结转和结余) tell."""
    d, found = _check(save_workbook(tmp_path / "f.xlsx", _unnamed("决算公开表-2024-上海式-无误.xlsx")))
    assert d.stage == "决算"
    assert sorted(d.tables) == ["01", "02", "03", "04", "05", "06", "07", "08", "09"]
    assert [(f.code, f.message) for f in found] == []


def test_a_final_whose_titles_leave_out_jue_suan_is_a_final_by_its_heading(tmp_path):
    """A Word document headed '…部门决算' whose tables print no 决算数 (项目 | 金额)."""
    import docx
    from test_review11_budget import add_tables

    tables = _unnamed("决算公开表-2024-上海式-无误.xlsx")
    for t in tables:
        t.rows = [[v.replace("决算数", "金额") for v in row] for row in t.rows]
    doc = docx.Document()
    doc.add_paragraph("某某局2019年度部门决算")
    add_tables(doc, tables)
    doc.save(tmp_path / "f.docx")
    d, found = _check(tmp_path / "f.docx")
    assert d.stage == "决算" and "01" in d.tables and "07" in d.tables
    assert not [f for f in found if f.code.startswith("BG")]


def test_a_budget_titled_as_the_template_stays_a_budget(tmp_path):
    """The 财政部 template's 收支总表 titled '收入支出总表' (and 财政拨款收入支出总表), 预算数 heads, no heading: a 预算."""
    from test_review11_budget import _consistent

    tables = _consistent()
    tables[0].title = tables[0].title.replace("收支总表", "收入支出总表")
    tables[3].title = tables[3].title.replace("收支总表", "收入支出总表")
    d, found = _check(save_workbook(tmp_path / "b.xlsx", tables))
    assert d.stage == "预算"
    assert sorted(d.tables) == ["B01", "B02", "B03", "B04", "B05", "B06", "B08", "B09"]
    assert [(f.code, f.message) for f in found] == []


def test_a_budget_heading_keeps_unnamed_tables_a_budget(tmp_path):
    """Tables that print 决算数 beside 预算数 (a 上年决算数 column aside) under a heading '…部门预算' stay 预算."""
    import docx
    from test_review11_budget import _consistent, add_tables

    doc = docx.Document()
    doc.add_paragraph("北京市某某局2024年部门预算")
    add_tables(doc, _consistent())
    doc.save(tmp_path / "b.docx")
    d, _found = _check(tmp_path / "b.docx")
    assert d.stage == "预算" and "B01" in d.tables and "01" not in d.tables


def test_final_evidence_words():
    from govaudit.recognize.disclosure import _BUDGET_WORDS, _FINAL_WORDS

    assert [bool(_FINAL_WORDS.search(t)) for t in ("决算数", "2019年决算数", "年初结转和结余", "上年决算数", "预算数")] == \
        [True, True, True, False, False]
    assert [bool(_BUDGET_WORDS.search(t)) for t in ("预算数", "2025年预算数", "上年结转", "结转下年", "上年结转和结余资金",
                                                    "一般公共预算财政拨款")] == [True, True, True, True, True, False]


def test_unit_bare_after_the_title():
    from govaudit.recognize.budget_specs import split_title_meta

    assert split_title_meta("收入决算表(万元)") == ("收入决算表", "单位:万元")
    assert split_title_meta("收入决算表(单位:万元)") == ("收入决算表", "单位:万元")
    assert split_title_meta("收入决算表(2019年度)") == ("收入决算表(2019年度)", "")


def test_stamped_department_line():
    from govaudit.recognize.grid import _DEPT_RE

    assert _DEPT_RE.match("填报单位(盖章):某某局").group(1) == "某某局"
    assert _DEPT_RE.match("填报单位（盖章）：某某局").group(1) == "某某局"


# ---- .xls and .ods: the cell format's indent, and a General number's decimals (session 11's gap) ------------------

DATA = ROOT / "tests" / "data"
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def _ods(path: Path, rows, styles: dict[tuple[int, int], str], shown=None) -> Path:
    """rows → content.xml by hand, as LibreOffice writes it: each indented name's cell style has a fo:margin-left."""
    import zipfile
    from xml.sax.saxutils import escape

    auto = "".join(f'<style:style style:name="{n}" style:family="table-cell"><style:paragraph-properties '
                   f'fo:margin-left="{m}"/></style:style>' for n, m in (("ce1", "0.353cm"), ("ce2", "0.706cm"), ("ce3", "0in")))
    out = []
    for r, row in enumerate(rows, 1):
        out.append("<table:table-row>")
        for c, v in enumerate(row, 1):
            style = f' table:style-name="{styles[(r, c)]}"' if (r, c) in styles else ""
            if v is None:
                out.append(f"<table:table-cell{style}/>")
            elif isinstance(v, float):
                text = (shown or {}).get((r, c), f"{v:.2f}")
                out.append(f'<table:table-cell{style} office:value-type="float" office:value="{v!r}"><text:p>{text}'
                           "</text:p></table:table-cell>")
            else:
                out.append(f'<table:table-cell{style} office:value-type="string"><text:p>{escape(v)}</text:p>'
                           "</table:table-cell>")
        out.append("</table:table-row>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}><office:automatic-styles>'
               f'{auto}</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="支出">'
               + "".join(out) + "</table:table></office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    return path


INDENTED = [["支出决算表"], ["部门：某局", None, None, "单位：万元"], ["项目", None, "本年支出合计", "基本支出"],
            ["科目编码", "科目名称", None, None], ["合计", None, 30.0, 30.0],
            [None, "一般公共服务支出", 30.0, 30.0], [None, "人力资源事务", 30.0, 30.0],
            [None, "行政运行", 10.0, 10.0], [None, "一般行政管理事务", 20.0, 20.0]]
LEVELS = ["total", "201", "201>人力资源事务", "201>人力资源事务>行政运行", "201>人力资源事务>一般行政管理事务"]


def test_xls_names_indented_by_the_cell_format():
    """tests/data/缩进-科目名称.xls (written by xlwt: the names' XF records carry indent levels 1, 2, 2)."""
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    book = read_workbook(DATA / "缩进-科目名称.xls")
    assert {k: c.indent for k, c in book.sheets[0].cells.items() if c.indent} == {(7, 2): 1, (8, 2): 2, (9, 2): 2}
    assert [r.key for r in recognize(book).tables["03"].rows] == LEVELS


def test_ods_names_indented_by_the_cell_style(tmp_path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    styles = {(7, 2): "ce1", (8, 2): "ce2", (9, 2): "ce2", (6, 2): "ce3"}
    book = read_workbook(_ods(tmp_path / "i.ods", INDENTED, styles))
    assert {k: c.indent for k, c in book.sheets[0].cells.items() if c.indent} == {(7, 2): 1, (8, 2): 2, (9, 2): 2}
    assert [r.key for r in recognize(book).tables["03"].rows] == LEVELS


def test_ods_indent_lengths():
    from govaudit.readers.ods import indent_level

    assert [indent_level(x) for x in ("0.353cm", "0.706cm", "10pt", "0.1389in", "0in", "1pt", None, "abc")] == \
        [1, 2, 1, 1, 0, 0, 0, 0]


def test_ods_number_shown_as_general_keeps_general(tmp_path):
    """A General 2.9991 (shown '2.9991') is General as in the .xlsx; '3.00' and '1,234.50' still give 2 decimals; a
    '99%' typed float is a percentage."""
    from govaudit.readers import read_workbook

    rows = [[2.9991, 3.0, 1234.5, 0.99]]
    shown = {(1, 1): "2.9991", (1, 2): "3.00", (1, 3): "1,234.50", (1, 4): "99%"}
    cells = read_workbook(_ods(tmp_path / "g.ods", rows, {}, shown)).sheets[0].cells
    assert [cells[(1, c)].number_format for c in (1, 2, 3, 4)] == ["General", "0.00", "#,##0.00", "0%"]


def test_headings_naming_both_leave_it_to_the_tables(tmp_path):
    """A 决算 headed '…部门决算' that also has a heading '一、部门预算执行情况': its tables' 决算数 tell."""
    import docx
    from test_review11_budget import add_tables

    doc = docx.Document()
    doc.add_paragraph("某某局2024年度部门决算")
    doc.add_paragraph("一、部门预算执行情况")
    add_tables(doc, _unnamed("决算公开表-2024-上海式-无误.xlsx"))
    doc.save(tmp_path / "f.docx")
    d, _found = _check(tmp_path / "f.docx")
    assert d.stage == "决算" and "01" in d.tables


# ---- two more, written after reading disclosure.py, specs.py and grid.py's 部门/单位 lines (not tables.py) ---------
# First run (worktree at 50e119c): '06 blocks stacked' 9/9; '项目 over code and name, no sub-heads' 8/9 — 上海式's
# clean copy drew 16 false errors (XTB003 ×6 on 公开01表, TBL/XTB on 03/05/08: the code column under the merged 项目
# was read as a second name column, its rows keyed 'label:2011001'), the faulty copy missed 4 and added 18. Fixed:
# tables._codes_under_a_name.

def test_project_head_over_code_and_name_without_subheads():
    (_name, _p, false, missed, extra), = perturb.run(["s12 项目 over code and name, no sub-heads"],
                                                     ["决算公开表-2024-上海式"])
    assert (false, missed, extra) == ([], [], [])


def test_the_code_column_under_a_merged_project_head(tmp_path):
    from openpyxl import Workbook

    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    wb = Workbook()
    ws = wb.active
    rows = [["支出决算表"], ["部门：某局", None, None, "单位：万元"], ["项目", None, "本年支出合计", "基本支出"],
            [None, None, None, None], ["合计", None, 30.0, 30.0], ["201", "一般公共服务支出", 30.0, 30.0],
            ["20101", "人大事务", 30.0, 30.0], ["2010101", "行政运行", 30.0, 30.0], ["注：本表反映……", None, None, None]]
    for row in rows:
        ws.append(row)
    for rng in ("A3:B4", "C3:C4", "D3:D4", "A5:B5", "A9:D9"):
        ws.merge_cells(rng)
    wb.save(tmp_path / "p.xlsx")
    table = recognize(read_workbook(tmp_path / "p.xlsx")).tables["03"]
    assert [r.key for r in table.rows] == ["total", "201", "20101", "2010101"]
    assert [r.label for r in table.rows][1:] == ["一般公共服务支出", "人大事务", "行政运行"]


def test_two_name_columns_of_words_stay_names(tmp_path):
    """Two columns under one merged '项目' holding words (a 01 side's 项目 over two columns of names) stay names."""
    from govaudit.recognize.tables import ColumnRole, _codes_under_a_name

    class _Block:
        rows = {5: [], 6: []}

        def row_numbers(self):
            return [5, 6]

    from govaudit.readers.base import Cell
    block = _Block()
    block.rows = {5: [Cell(row=5, col=1, value="一、一般公共预算财政拨款"), Cell(row=5, col=2, value="其中"),
                      Cell(row=5, col=3, value=1.0, number_format="0.00")],
                  6: [Cell(row=6, col=1, value="二、事业收入"), Cell(row=6, col=2, value="其中"),
                      Cell(row=6, col=3, value=1.0, number_format="0.00")]}
    roles = [ColumnRole(col=1, path=["项目"], role="name"), ColumnRole(col=2, path=["项目"], role="name"),
             ColumnRole(col=3, path=["金额"], role="value", key="amount")]
    _codes_under_a_name(block, roles, 5)
    assert [r.role for r in roles] == ["name", "name", "value"]


# ---- the other direction: 预算 left out of every 预算 title (written after the fixes above) -------------------------
# First run (and on bd8e8d3, the same): the three 预算 pairs fail, none read as a 决算 — the titles that are no 财政部
# template name ('一般公共预算支出功能分类表', '财政拨款支出表（功能科目）') are not found (BGC001), and 江苏's
# '财政拨款基本支出表（经济科目）' beside its '公开06表' was taken by the code for the 决算 公开06表 (a false BGC002
# '是决算表，而本文件是预算公开', CMP008). Fixed: a table known by its code alone among 预算 tables is set aside
# (BGC006, a warning), disclosure._code_only_finals. The missing titles were left until session 13 (other provinces'
# '…情况表' titles, tests/test_layout_s13.py): budget_specs.template_core and 江苏's names without 预算.

@pytest.mark.parametrize("pair", ["预算公开表-2019-江苏式", "预算公开表-2026-上海部门"])
def test_budget_titles_without_yusuan(pair):
    (_name, _p, false, missed, extra), = perturb.run(["s12 预算 left out of every 预算 title"], [pair])
    assert (false, missed, extra) == ([], [], [])


def test_a_code_alone_among_budget_tables_is_no_final_table(tmp_path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    grids = perturb.budget_titles_without_yusuan(perturb.load(ROOT / "samples" / "预算公开表-2019-江苏式-无误.xlsx"))
    for g in grids:  # (session 13 reads '财政拨款基本支出表（经济科目）' as B11: a title no province prints, then)
        for k, (v, f) in list(g.cells.items()):
            if v == "财政拨款基本支出表（经济科目）":
                g.cells[k] = ("财政拨款基本支出明细表（经济科目）", f)
    d, found = _check(perturb.save(grids, tmp_path / "j.xlsx"))
    assert d.stage == "预算" and "06" not in d.tables
    assert [t.title for t in d.unread_tables] == ["公开06表"]
    assert not [f for f in found if f.code in ("BGC002", "CMP008")]
    assert recognize(read_workbook(ROOT / "samples" / "预算公开表-2019-江苏式-无误.xlsx")).unread_tables == []
