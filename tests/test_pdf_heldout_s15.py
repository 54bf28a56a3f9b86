"""Held-out PDF print layouts, session 15 (issue 9), written before reading the code that reads them: how other
producers write a disclosure's PDF.

New here: Word's 另存为 PDF (tagged: every text a marked-content span, page header "XX区人民政府" and foot
"第 X 页 共 Y 页" artifacts); WPS's 导出 PDF (a font size of 1 with the size in the text matrix, each glyph placed by
Td; header words 分散对齐 by TJ kerning numbers); a 政府网站 page printed by a browser (the page's content under a
y-down matrix, the print's date and page title over it, the address and "3/30" under it); Excel printed with
gridlines (hairlines 0 wide, empty gridded columns right of the table and rows under it); every rule drawn twice,
0.3 pt apart (each cell's own border); dashed inner rules inside a solid 1 pt border; a 斜线表头 (a diagonal rule
across the first header cell, its word in the lower-left corner); amounts printed with a number format 0.00"万元"
(a trailing 万元 in every cell); negatives in full-width brackets "（1,234.56）"; an A5 print repeating only the
first of its header rows on each next page; landscape MediaBoxes (no /Rotate) between portrait pages; 科目名称
indented by leading full-width spaces (一级 none, 二级 "　", 三级 "　　"), ruled and unruled; the page number set
under the table's last column (a figure-like "3" right under the figures); a 说明 page in two columns of text before
the tables.
The clean print must give exactly the findings (errors and warnings) of the workbook it was printed from, the faulty
print exactly the faulty workbook's (changes marked "print only" change what the print shows, not the workbook).

First run (main 0336846, before reading how the reader handles these; 26 layouts, 52 prints): 22 layouts read exactly
as their workbooks (Word tagged with artifacts, WPS Tf 1/Td and 分散对齐 by TJ, a browser's y-down print, Excel's
0-wide gridlines over empty cells, rules twice, dashed inner rules, 斜线表头 both styles, 万元 ruled, full-width
brackets ruled and unruled, first or last header row only repeated, landscape MediaBoxes, full-width indents ruled and
unruled, page numbers under or over the last column, General format unruled, the 预算 WPS print); 4 did not: 22
false findings on 4 clean prints (and the same 22 on their faulty twins, no planted error missed):
- a signature line under each table ('单位负责人：张某某　财务负责人：李某某　制表人：王某某　报出日期：…'), ruled: 15
  false (CEL001: its four pieces laid out as a row of the table, a name in each figure column); 中央式 WPS: 3;
- unruled, amounts with a trailing 万元: 2 false (TXT001/TXT002 "情况说明": the rows of 公开06表, two items and
  their amounts a line, read as sentences of the narrative);
- ruled, General format: 2 false (TBL702 on 07's 小计) — the test printer's: a merged header cell narrower than its
  word ('公务用车运行维护费' over two narrow columns of '0') printed its word over the next cell; the print now widens
  a merged cell's columns to its word (fit_merged), as whoever made the sheet would, and reads right.
The 说明 set in two columns (below): the wrong share caught and the clean page clean with a 说明 of 8 lines a side;
the first version's block of 5 lines a side, level with each other, is read across the page (too few lines to tell
from a form: test_mutation_pdf_columns pins that) and its wrong share was missed. The 绩效自评表 over two pages
printed by three producers: clean, and both planted errors caught on their page.
Three more layouts written after those fixes (WPS unruled Tf 1 with indents and 分散对齐 heads; Word unruled tagged,
续表 without the header; a browser's A5 中央式 print, first header row only, General format): exact on the first run.
Now: all 29 layouts read exactly as their workbooks. readers/pdf.py: a line of signatures (each piece a role and a
name) is one cell, as the workbook holds it; a line laid out in a table's columns with a figure standing alone is a
row of that table, no paragraph of running text (its number is kept, so no other paragraph's changes).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govaudit.pipeline import Options, check_file
from pdf_writer import PrintedTable, print_flow, print_plain, print_tables, producer, save_workbook
from test_pdf_heldout import findings, printed
from test_pdf_heldout_s10_ruled import bracketed, negative_book
from test_pdf_heldout_s11 import each
from test_pdf_heldout_s13 import BSH, SH, ZY, original_errors, tables_of  # noqa: F401 (a fixture)

A5 = (420.0, 595.0)
GOV = "上海市某区人民政府"
PAGE_TITLE = "2024年度上海市某区人力资源和社会保障局部门决算"


def _rebuild(t: PrintedTable, rows: list[list[str]]) -> PrintedTable:
    return PrintedTable(t.title, t.dept, t.unit, rows, t.head, t.merges, t.notes)


def _name_col(t: PrintedTable) -> int | None:
    for row in t.rows[:t.head]:
        for j, v in enumerate(row):
            if v.endswith("科目名称") or v == "科目名称":
                return j
    return None


def indented(t: PrintedTable) -> PrintedTable:
    """科目名称 indented by full-width spaces by the level of the row's code (类 none, 款 one, 项 two): the text the
    workbook holds too (both the print and the workbook)."""
    j = _name_col(t)
    if j is None:
        return t
    rows = [list(r) for r in t.rows]
    for row in rows[t.head:]:
        code = "".join(v for v in row[:j] if v.isdigit())
        if len(code) in (5, 7) and row[j]:
            row[j] = "　" * ((len(code) - 3) // 2) + row[j]
    return _rebuild(t, rows)


_PLAIN = re.compile(r"[\d,]+\.\d\d")


def with_unit(t: PrintedTable) -> PrintedTable:
    """Print only: every amount shown by a number format 0.00"万元" ('2116.25万元')."""
    return _rebuild(t, [[v + "万元" if i >= t.head and _PLAIN.fullmatch(v) else v for v in r]
                        for i, r in enumerate(t.rows)])


def full_width_brackets(t: PrintedTable) -> PrintedTable:
    """Print only: a negative in brackets shown in full-width ones, '（1,234.56）'."""
    return _rebuild(t, [[v.replace("(", "（").replace(")", "）") if re.fullmatch(r"\([\d,.]+\)", v) else v
                         for v in r] for r in t.rows])


def gridded_margin(t: PrintedTable) -> PrintedTable:
    """Print only: Excel's printed gridlines reach over the print area's empty cells: two empty columns right of the
    table and three empty rows under it, gridded like the rest."""
    n = max(len(r) for r in t.rows)
    rows = [list(r) + [""] * (n - len(r)) + ["", ""] for r in t.rows] + [[""] * (n + 2) for _ in range(3)]
    return _rebuild(t, rows)


def general_format(t: PrintedTable) -> PrintedTable:
    """Print only: amounts as Excel's 常规 (General) format shows them: no trailing zeros ('776.7', '6', '100'), an
    empty cell's 0 as '0'."""
    def shown(v: str) -> str:
        if not _PLAIN.fullmatch(v):
            return v
        return v.rstrip("0").rstrip(".") if "." in v else v
    return _rebuild(t, [[shown(v) if i >= t.head else v for v in r] for i, r in enumerate(t.rows)])


def signed(t: PrintedTable) -> PrintedTable:
    """The 注 and a signature line under the table (县级 and 中央 forms): both the print and the workbook."""
    return PrintedTable(t.title, t.dept, t.unit, t.rows, t.head, t.merges,
                        t.notes + ["单位负责人：张某某　　财务负责人：李某某　　制表人：王某某　　报出日期：2025年9月28日"])


def annex(p, i, n):
    """A 政府网站 PDF's annex label at each page's top left ('附件2'), and '— X —' centred at the foot."""
    p.text(40, 14, "附件2", 10)
    foot = f"— {i} —"
    p.text((p.width - len(foot) * 9) / 2, p.height - 28, foot, 9)


def word_furniture(p, i, n):
    """Word: the 区人民政府 in the page header over a rule, '第 X 页 共 Y 页' centred at the foot."""
    p.text(40, 20, GOV, 9)
    p.line(40, 32, p.width - 40, 32, 0.5)
    foot = f"第 {i} 页 共 {n} 页"
    p.text((p.width - len(foot) * 9) / 2, p.height - 28, foot, 9)


def browser_furniture(p, i, n):
    """A browser's print: date and time at the top left, the page's title at the top centre, the address at the
    bottom left, 'i/n' at the bottom right (8 pt)."""
    p.text(20, 12, "2025/9/28 10:31", 8)
    p.text((p.width - len(PAGE_TITLE) * 8) / 2, 12, PAGE_TITLE, 8)
    p.text(20, p.height - 18, "https://www.shmq.gov.cn/zwgk/czzj/2025/0928/12345.html", 8)
    p.text_right(p.width - 20, p.height - 18, f"{i}/{n}", 8)


# layout: (pair, print function, change to the printed tables only, change to both, print options, producer style,
#          source: None, or "brackets" (the 基本支出 table with a negative 款, shown (1,234.56), separators))
LAYOUTS = {
    "Word 另存为 PDF: tagged, 区人民政府 page header, 第X页共Y页 artifacts": (
        SH, print_flow, None, None, dict(), dict(tagged=True, stamp=word_furniture), None),
    "WPS 导出: font size 1, the size in the text matrix, glyphs placed by Td": (
        SH, print_flow, None, None, dict(), dict(tf1=True), None),
    "WPS 导出 中央式: header words 分散对齐 by TJ kerning": (ZY, print_flow, None, None, dict(), dict(spread=True), None),
    "政府网站 page printed by a browser: y-down page matrix, date/title/address/i/n": (
        SH, print_flow, None, None, dict(), dict(flip=True, stamp=browser_furniture), None),
    "Excel with gridlines: hairlines 0 wide, empty gridded columns and rows": (
        SH, print_flow, each(gridded_margin), None, dict(outer=0, inner=0), dict(), None),
    "every rule drawn twice 0.3 pt apart (each cell's own border)": (
        SH, print_flow, None, None, dict(), dict(rules="twice"), None),
    "中央式 dashed inner rules, solid 1 pt border": (
        ZY, print_flow, None, None, dict(outer=1.0, inner=0.4), dict(inner_dash=True), None),
    "斜线表头: a diagonal across the first header cell": (SH, print_flow, None, None, dict(), dict(diagonal=True), None),
    "中央式 斜线表头": (ZY, print_flow, None, None, dict(), dict(diagonal=True), None),
    "amounts with a trailing 万元 (number format)": (SH, print_tables, each(with_unit), None, dict(), dict(), None),
    "unruled, a negative in full-width brackets （1,234.56）": (
        SH, print_plain, each(full_width_brackets), None, dict(), dict(), "brackets"),
    "ruled, a negative in full-width brackets （1,234.56）": (
        SH, print_flow, each(full_width_brackets), None, dict(), dict(), "brackets"),
    "A5, only the first header row repeated on the next pages": (
        SH, print_flow, None, None, dict(page=A5, repeat_head=1), dict(), None),
    "中央式 A5, only the first header row repeated": (ZY, print_flow, None, None, dict(page=A5, repeat_head=1), dict(), None),
    "wide tables on landscape MediaBoxes (no /Rotate) between portrait pages, 第X页共Y页": (
        SH, print_tables, None, None, dict(turn_wide=1, page_of=True), dict(), None),
    "科目名称 indented by full-width spaces, ruled": (SH, print_flow, None, each(indented), dict(), dict(), None),
    "中央式 科目名称 indented by full-width spaces, unruled": (
        ZY, print_plain, None, each(indented), dict(), dict(), None),
    "page number under the last figure column": (
        SH, print_flow, None, None, dict(footer="{i}", footer_at="right", foot_room=40.0), dict(), None),
    "A5, only the last header row repeated (打印标题 on the 科目编码 row)": (
        SH, print_flow, None, None, dict(page=A5, repeat_head=-1), dict(), None),
    "A5, the page number over the last column at the page's head": (
        SH, print_flow, None, None, dict(page=A5, footer="{i}", footer_at="top-right"), dict(), None),
    "unruled, amounts with a trailing 万元 (number format)": (SH, print_plain, each(with_unit), None, dict(), dict(), None),
    "ruled, amounts in Excel's General format (776.7, 6, 100)": (
        SH, print_tables, each(general_format), None, dict(), dict(fit_merged=True), None),
    "中央式 unruled, amounts in General format": (
        ZY, print_plain, each(general_format), None, dict(), dict(fit_merged=True), None),
    "a signature and date line under each table, 附件2 and — X — on every page": (
        SH, print_tables, None, each(signed), dict(), dict(stamp=annex), None),
    "中央式 WPS: font size 1, signature line, — X —": (
        ZY, print_flow, None, each(signed), dict(), dict(tf1=True, stamp=annex), None),
    "WPS unruled: font size 1, glyphs by Td, indented names, 分散对齐 heads": (
        SH, print_plain, None, each(indented), dict(spaced=True), dict(tf1=True), None),
    "Word unruled tagged, 续表 without the header again, 区人民政府 header": (
        SH, print_plain, None, None, dict(body_rows=12, continued="续表", repeat_head=False),
        dict(tagged=True, stamp=word_furniture), None),
    "中央式 browser print A5, only the first header row repeated, General format": (
        ZY, print_flow, each(general_format), None, dict(page=A5, repeat_head=1),
        dict(flip=True, stamp=browser_furniture, fit_merged=True), None),
    "预算 上海部门 WPS: font size 1, 分散对齐 header words, indented names": (
        BSH, print_flow, None, each(indented), dict(), dict(tf1=True, spread=True), None),
}

BOOK_DIFFERS: set[str] = set()

# layouts still misread: a strict xfail each (reason), so that a fix shows up as an XPASS
GAPS: dict[str, str] = {}


def _gap(layout: str):
    return pytest.param(layout, marks=pytest.mark.xfail(strict=True, reason=GAPS[layout])) if layout in GAPS else layout


def _tables(pair: str, kind: str, source: str | None, tmp_path: Path) -> list[PrintedTable]:
    if source == "brackets":
        return bracketed(printed(negative_book(kind, tmp_path, 1234.56), commas=True))
    return tables_of(pair, kind)


def _pair(kind: str, layout: str, tmp_path: Path) -> tuple[set, set]:
    pair, fn, shown, both, opts, style, source = LAYOUTS[layout]
    tables = _tables(pair, kind, source, tmp_path)
    if both:
        tables = both(tables)
    with producer(**style):
        pdf = fn(tmp_path / f"{kind}.pdf", shown(tables) if shown else tables, **opts)
    book = save_workbook(tmp_path / f"{kind}.xlsx", tables)
    return findings(pdf), findings(book)


@pytest.mark.parametrize("layout", [_gap(k) for k in LAYOUTS])
def test_a_clean_print_reads_as_its_workbook(layout, tmp_path):
    pdf, book = _pair("无误", layout, tmp_path)
    assert (sorted(pdf - book), sorted(book - pdf)) == ([], [])
    assert layout in BOOK_DIFFERS or book == set()


@pytest.mark.parametrize("layout", [_gap(k) for k in LAYOUTS])
def test_a_faulty_print_reads_as_its_workbook(layout, tmp_path, original_errors):
    pdf, book = _pair("有误", layout, tmp_path)
    assert (sorted(pdf - book), sorted(book - pdf)) == ([], [])
    planted = {k[:2] for k in original_errors[LAYOUTS[layout][0]]}  # (code, table)
    assert layout in BOOK_DIFFERS or sorted(planted - {k[:2] for k in book}) == []


# ---- a 说明 page set in two columns before the tables (the left column's lines level with the right's) ----

INCOME = ("（一）收入决算情况说明。2024年度本年收入合计6063.99万元，其中：一般公共预算财政拨款收入2116.25万元，"
          "占34.90%；政府性基金预算财政拨款收入3947.74万元，占65.10%。")
SPENDING = ("（二）支出决算情况说明。2024年度本年支出合计6101.24万元，其中：基本支出776.71万元，占12.73%；"
            "项目支出5324.54万元，占87.27%。")
WHY_IN = "收入的主要来源是区级财政安排的人力资源事务、就业补助和国有土地使用权出让收入安排的城乡社区支出资金。"
WHY_OUT = "支出主要用于保障机关正常运转、落实就业创业扶持政策和完成城乡社区建设项目，未发生预算外支出。"


def _column(text: str, chars: int = 19) -> list[str]:
    return [text[i:i + chars] for i in range(0, len(text), chars)]


def _two_columns(tmp_path: Path, income: str) -> list:
    tables = tables_of(SH, "无误")
    with producer(preface=(_column(income) + _column(WHY_IN), _column(SPENDING) + _column(WHY_OUT))):
        pdf = print_flow(tmp_path / "two-columns.pdf", tables)
    status, found = check_file(pdf, Options())
    assert status.status == "checked", status.error
    return [f for f in found if f.severity.value != "info"]


def test_a_two_column_explanation_page_is_read_column_by_column(tmp_path):
    assert [(f.code, f.message) for f in _two_columns(tmp_path, INCOME)] == []


def test_a_wrong_share_in_the_left_column_is_caught_on_page_1(tmp_path):
    found = _two_columns(tmp_path, INCOME.replace("占34.90%", "占43.90%"))
    assert [(f.code, f.locations[0].page) for f in found] == [("TXT011", 1)]


# ---- a 中央 绩效自评表 over two pages (cut inside its 产出指标, the indicator header again on the second) printed by
# the producers above; a planted error on the page it is printed on ----

FORM_STYLES = {
    "Word tagged, 区人民政府 header, 第X页共Y页": dict(tagged=True, stamp=word_furniture),
    "WPS font size 1, 分散对齐 header words": dict(tf1=True, spread=True),
    "browser print, y-down matrix, date/title/address": dict(flip=True, stamp=browser_furniture),
}
CUT = 13  # grid rows 0–12 on page 1, the rest (under row 9, the indicator header, again) on page 2


def _form_pdf(tmp_path: Path, style: str, **edit) -> Path:
    from test_forms_heldout_s11 import form_c, pdf_made

    with producer(**FORM_STYLES[style]):
        path, _ = pdf_made(tmp_path, form_c(**edit), cut=CUT, repeat=9)
    return path


@pytest.mark.parametrize("style", list(FORM_STYLES))
def test_a_performance_form_over_two_pages_is_clean(style, tmp_path):
    from test_forms_heldout_s11 import clean, form_c

    clean((_form_pdf(tmp_path, style), []), tmp_path, form_c())


@pytest.mark.parametrize("style", list(FORM_STYLES))
@pytest.mark.parametrize("case", ["C-score-over", "C-parts"])
def test_a_planted_form_error_is_caught_on_its_page(style, case, tmp_path):
    from test_forms_heldout_s11 import BUILD, PLANTED, check, codes, form_c, labels, xlsx_file

    _, layout, edit, code, also = next(c for c in PLANTED if c[0] == case)
    found = check(_form_pdf(tmp_path, style, **edit), tmp_path)
    assert code in codes(found) and set(codes(found)) <= {code, *also}, codes(found)
    book, _ = xlsx_file(tmp_path, BUILD[layout](**edit))
    assert labels(found, code) == labels(check(book, tmp_path), code)
    label = labels(found, code)[0][0]
    row = next(i for i, r in enumerate(form_c()["rows"]) if any(label and label in str(v) for v in r))
    assert {f.locations[0].page for f in found if f.code == code} == {1 if row < CUT else 2}
