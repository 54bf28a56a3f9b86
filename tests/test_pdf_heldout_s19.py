"""Held-out PDF print layouts, session 19 (issue 9), written before reading the code that reads them: producers and
layouts not in the earlier tests/test_pdf_heldout*.py.

New here: ruled cells with a wide inner padding (figures 10 pt from their right rule, words 10 pt from the left one,
rows higher by the padding: a 表格属性 单元格边距 set in Word); a 斜线表头 with a word on each side of the diagonal ('项目'
under it, '金额' over it: the '金额' is the print's only); figures drawn in a second font, a subset TrueType font
('ABCDEF+SimSun', Identity-H) whose codes are glyph numbers, readable only through its /ToUnicode CMap; a table whose
outer border is one filled ring (two 're' subpaths filled even-odd) instead of four lines; rules stroked as round
dots (zero-length dashes with round caps, Word's dotted border); a header band (a grey filled strip with '某某区财政局'
in 7.5 pt) and a 6 pt foot '第 3 页 共 20 页' at the right; every page's content printed at 70 % about the page's
centre (a cm matrix), ruled and unruled; figures with thousands separators in full-width '，' ('1，234.56'), ruled
and unruled; titles in 18 pt bold (filled and stroked) letter-spaced by Tc; a 说明 set in two columns whose paragraphs
run from the foot of the left column on at the head of the right one, under a heading across both; and 绩效自评表
printed on a landscape page.
The clean print must give exactly the findings (errors and warnings) of the workbook it was printed from, the faulty
print exactly the faulty workbook's (changes marked "print only" change what the print shows, not the workbook).

First run (main 8763874, before reading how the reader handles these; 17 layouts, 34 prints, the 说明 and 6 forms): 13
layouts read exactly as their workbooks in both prints (padded cells 上海式 and 中央式, the 上海式 斜线表头 with two words,
the subset font ruled and unruled, round dots, the header band and 6 pt foot ruled and unruled, 70 % ruled and
unruled, '，' separators ruled and unruled, 18 pt bold letter-spaced titles); 4 did not: 93 false findings on 4 clean
prints, 92 extra and 21 missed on their faulty twins (15 planted (code, table) errors missed):
- the outer border one filled ring (two 're' filled even-odd), 上海式: 50 false (CEL001 on 01/04/05/06 …), faulty
  +50 −6 (4 planted missed: TBL001/TBL301 on 03, TBL701 on 07, XTB018 on 05);
- the same, 中央式: 33 false (TBL001 on 02/03/05 合计, TBL401, TBL501 …), faulty +32 −5 (3 planted missed);
- 预算 with the ring and round dots: 8 false (BGC006 on every table), faulty +8 −8 (8 planted missed); the round dots
  alone (上海式, and the 预算 print without the ring) read exactly;
- 中央式 斜线表头 with '金额' over the diagonal: 2 false (TBL701 on 07's 预算数 and 决算数 合计), faulty +2.
The 说明 in two columns running on from one to the other under a heading: clean, and its wrong share caught at the
head of the right column. The 绩效自评表 on a landscape page (北京, 中央, 广东 forms): clean, and each planted error
caught at the workbook's place.
(The 中央式 斜线表头's 2 were the test printer's: it put '金额' over a diagonal across 07's '预算数', a band over the
whole table where no print has a 斜线表头; it now writes the second word only in a '项目' corner cell, and that print
reads exactly, '项目' and '金额' read as one header word where both are printed. Mended before the fixes.)
After this session's fix: all 17 layouts read exactly as their workbooks in both prints. readers/pdf_page.py: a
dark filled path of two rectangles one inside the other, at most 6 pt apart on every side, filled even-odd (or by
the nonzero rule, drawn the other way round) is a table's outer border: its four rules run along the ring's middle
(_ring); a filled shape of any other kind stays a shaded area.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govaudit.pipeline import Options, check_file
from pdf_writer import PdfWriter, PrintedTable, draw_table, print_flow, print_plain, producer, table_widths
from test_pdf_heldout_s11 import each
from test_pdf_heldout_s13 import BSH, SH, ZY, original_errors, tables_of  # noqa: F401 (a fixture)
from test_pdf_heldout_s18 import _pair as pair_findings

_FIGURE = re.compile(r"-?\d[\d,]*\.\d+")


def full_width_commas(t: PrintedTable) -> PrintedTable:
    """Print only: every amount with thousands separators, and those the full-width '，' ('1，234.56'), as some
    Word tables typed by hand show them."""
    def shown(v: str) -> str:
        if not _FIGURE.fullmatch(v):
            return v
        whole, _, cents = v.replace(",", "").partition(".")
        sign = "-" if whole.startswith("-") else ""
        return f"{sign}{int(whole.lstrip('-')):,}.{cents}".replace(",", "，")
    rows = [[shown(v) if i >= t.head else v for v in r] for i, r in enumerate(t.rows)]
    return PrintedTable(t.title, t.dept, t.unit, rows, t.head, t.merges, t.notes)


def band_furniture(p, i, n):
    """A grey band across the page's head holding '某某区财政局' in 7.5 pt, and '第 i 页 共 n 页' in 6 pt at the foot's
    right."""
    p.fill(0, 8, p.width, 24, 0.85)
    p.text((p.width - 6 * 7.5) / 2, 12, "某某区财政局", 7.5)
    foot = f"第 {i} 页 共 {n} 页"
    p.text(p.width - 36 - len(foot) * 6, p.height - 22, foot, 6.0)


# layout: (pair, print function, change to the printed tables only, change to both, print options, producer style)
LAYOUTS = {
    "上海式 ruled, cells padded 10 pt inside their rules": (SH, print_flow, None, None, dict(), dict(cell_pad=10.0)),
    "中央式 ruled, cells padded 8 pt inside their rules": (ZY, print_flow, None, None, dict(), dict(cell_pad=8.0)),
    "上海式 斜线表头, '项目' under the diagonal and '金额' over it": (
        SH, print_flow, None, None, dict(), dict(diagonal=True, diagonal_words="金额")),
    "中央式 斜线表头, '项目' under the diagonal and '金额' over it": (
        ZY, print_flow, None, None, dict(), dict(diagonal=True, diagonal_words="金额")),
    "中央式 ruled, figures in a subset font read through /ToUnicode": (
        ZY, print_flow, None, None, dict(), dict(subset=True)),
    "上海式 unruled, figures in a subset font read through /ToUnicode": (
        SH, print_plain, None, None, dict(), dict(subset=True)),
    "上海式 ruled, the outer border one filled ring 2 pt wide": (SH, print_flow, None, None, dict(), dict(frame=2.0)),
    "中央式 ruled, the outer border one filled ring 2 pt wide": (ZY, print_flow, None, None, dict(), dict(frame=2.0)),
    "预算 ruled, the outer border a filled ring, rules dotted by round caps": (
        BSH, print_flow, None, None, dict(), dict(frame=1.5, rules="round_dots")),
    "上海式 ruled, rules dotted by round caps": (SH, print_flow, None, None, dict(), dict(rules="round_dots")),
    "上海式 ruled, header band '某某区财政局', 6 pt '第 X 页 共 Y 页'": (
        SH, print_flow, None, None, dict(), dict(stamp=band_furniture)),
    "中央式 unruled, header band, 6 pt page foot": (ZY, print_plain, None, None, dict(), dict(stamp=band_furniture)),
    "上海式 ruled, printed at 70 % about the page's centre": (SH, print_flow, None, None, dict(), dict(shrink=0.7)),
    "中央式 unruled, printed at 70 % about the page's centre": (
        ZY, print_plain, None, None, dict(), dict(shrink=0.7)),
    "上海式 ruled, thousands separators '，'": (SH, print_flow, each(full_width_commas), None, dict(), dict()),
    "中央式 unruled, thousands separators '，'": (ZY, print_plain, each(full_width_commas), None, dict(), dict()),
    "中央式 ruled, titles 18 pt bold (stroked), letter-spaced by Tc": (
        ZY, print_flow, None, None, dict(), dict(title_size=18.0, bold=16.0, bold_mode="stroke", tc=3.0)),
}



def _pair(kind: str, layout: str, tmp_path: Path) -> tuple[set, set]:
    return pair_findings(kind, layout, tmp_path, LAYOUTS)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_clean_print_reads_as_its_workbook(layout, tmp_path):
    pdf, book = _pair("无误", layout, tmp_path)
    assert (sorted(pdf - book), sorted(book - pdf), sorted(book)) == ([], [], [])


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_faulty_print_reads_as_its_workbook(layout, tmp_path, original_errors):
    pdf, book = _pair("有误", layout, tmp_path)
    planted = {k[:2] for k in original_errors[LAYOUTS[layout][0]]}  # (code, table)
    assert (sorted(pdf - book), sorted(book - pdf), sorted(planted - {k[:2] for k in book})) == ([], [], [])


def test_the_printer_really_draws_what_the_layouts_say(tmp_path):
    """(A test that cannot fail is a defect: the subset font's figures are not Unicode in the content stream, the
    ring is one even-odd fill, the full-width separators are there, the content is scaled.)"""
    tables = tables_of(ZY, "无误")
    with producer(subset=True, frame=2.0, shrink=0.7):
        data = print_flow(tmp_path / "x.pdf", each(full_width_commas)(tables)).read_bytes()
    assert b"/ToUnicode" in data and b"/F2 " in data and b" re f*" in data and b"q 0.7 0 0 0.7 " in data
    assert any("，" in v for t in each(full_width_commas)(tables) for r in t.rows for v in r)


# ---- a 说明 set in two columns: its paragraphs run on from the foot of the left column at the head of the right ----

HEAD = "2024年度部门决算情况说明"
PARAS = [
    "一、收入支出决算总体情况。2024年度收入总计6598.33万元，支出总计6598.33万元。与上年相比，收支总计各增加"
    "412.06万元，主要原因是就业补助资金增加。",
    "二、收入决算情况。本年收入合计6063.99万元，其中：一般公共预算财政拨款收入2116.25万元，占34.90%；政府性"
    "基金预算财政拨款收入3947.74万元，占65.10%。",
    "三、支出决算情况。本年支出合计6101.24万元，其中：基本支出776.71万元，占12.73%；项目支出5324.54万元，"
    "占87.27%。",
    "四、“三公”经费支出决算情况。2024年度“三公”经费财政拨款支出决算3.68万元，其中：因公出国（境）费0万元，"
    "公务用车购置及运行维护费2.42万元，公务接待费1.26万元。",
]
COLUMN_CHARS = 19


def _column_lines(paras: list[str]) -> list[str]:
    """The paragraphs wrapped at COLUMN_CHARS characters, each first line indented by two full-width spaces."""
    lines = []
    for para in paras:
        rest = "　　" + para
        while rest:  # (never inside a figure, as a word processor keeps a number whole)
            cut = min(COLUMN_CHARS, len(rest))
            while 0 < cut < len(rest) and rest[cut - 1] in "0123456789.%" and rest[cut] in "0123456789.%":
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
    return lines


def _cut(lines: list[str]) -> int:
    """The right column begins with the line holding the 政府性基金 share (paragraph 二 cut between the columns)."""
    return next(k for k, line in enumerate(lines) if "65.10" in line or "56.10" in line)


def _two_columns(tmp_path: Path, paras: list[str]) -> tuple[list, list[str]]:
    """A page before the tables: HEAD centred over both columns, the lines filling the left column first and running
    on at the head of the right one (a paragraph cut between them). Returns the findings and the lines."""
    lines = _column_lines(paras)
    half = _cut(lines)
    with producer(preface=(lines[:half], lines[half:], HEAD)):
        pdf = print_flow(tmp_path / "two-columns.pdf", tables_of(SH, "无误"))
    status, found = check_file(pdf, Options())
    assert status.status == "checked", status.error
    return [f for f in found if f.severity.value != "info"], lines


def test_a_two_column_explanation_running_on_between_columns_is_clean(tmp_path):
    found, lines = _two_columns(tmp_path, PARAS)
    half = _cut(lines)
    assert not lines[half].startswith("　　")  # (a paragraph really runs on at the head of the right column)
    assert [(f.code, f.message) for f in found] == []


def test_a_wrong_share_at_the_head_of_the_right_column_is_caught(tmp_path):
    """The 本年收入合计 and the first share on the left column's last lines, the wrong share on the right column's."""
    wrong = [p.replace("占65.10%", "占56.10%") for p in PARAS]
    found, lines = _two_columns(tmp_path, wrong)
    half = _cut(lines)
    assert "56.10" in lines[half] and "6063.99" in "".join(lines[:half]) and not lines[half].startswith("　")
    assert [f.code for f in found] == ["TXT011"] and "56.10" in found[0].message


# ---- 绩效自评表 on a landscape page (a wide form printed across an A4 turned on its side) ----

def _landscape_forms(folder: Path, *forms) -> Path:
    from test_forms_heldout_s10 import pdf_merges, pdf_part

    w = PdfWriter()
    for f in forms:
        rows = f["rows"]
        part = pdf_part(rows, 0, len(rows))
        size = 9.0
        widths = table_widths(PrintedTable("", "", "", part, 1), size)
        scale = min(1.0, 780 / sum(widths))
        widths, size = [x * scale for x in widths], size * scale
        p = w.page(842.0, 595.0)
        y = 30.0
        for k, line in enumerate(f["head"]):
            big = 14 if k == 0 else 9
            p.text((842 - len(line) * big) / 2, y, line, big)
            y += big * 1.8
        draw_table(p, (842 - sum(widths)) / 2, y, widths, part, pdf_merges(rows, 0, len(rows)), head=0, size=size)
    return w.save(folder / "自评表-横向.pdf")


@pytest.mark.parametrize("layout", ["P", "C", "G"])
def test_a_performance_form_on_a_landscape_page_is_clean(layout, tmp_path):
    from test_forms_heldout_s11 import BUILD, clean

    f = BUILD[layout]()
    clean((_landscape_forms(tmp_path, f), []), tmp_path, f)


@pytest.mark.parametrize("case", ["P-total", "C-parts", "G-rate"])
def test_a_planted_form_error_on_a_landscape_page_is_caught(case, tmp_path):
    from test_forms_heldout_s11 import BUILD, PLANTED, check, codes, labels, xlsx_file

    _, layout, edit, code, also = next(c for c in PLANTED if c[0] == case)
    found = check(_landscape_forms(tmp_path, BUILD[layout](**edit)), tmp_path)
    assert code in codes(found) and set(codes(found)) <= {code, *also}, codes(found)
    book, _ = xlsx_file(tmp_path, BUILD[layout](**edit))
    assert labels(found, code) == labels(check(book, tmp_path), code)
