"""Session 21, issue 9 p1: whole amounts in 元 in narrow right-aligned columns, set a point or two apart.

A 05 table in 元 without decimals ('12,886,450' or '12886450'), each amount column as narrow as its widest figure:
the 合计 row's figures of two columns sit 1–2 pt apart. Before: without rules the two read as one
('12,886,45010,245,300', CEL003/TBL001/TBL501); a figure wider than its ruled cell, printed over the rule, lost its
first digit to the cell on the left ('合计1' | '2,886,450'). Now the reader parts them by the thousands separators,
by the columns' right edges (the other rows' figures end there) and gives a glyph printed across a rule to the
figure it is set tight with (readers/pdf_figures.py). Each layout is also checked with one figure wrong.
"""

from __future__ import annotations

import pytest

from pdf_writer import PdfWriter, _width, producer
from test_pdf_heldout import findings

ROWS = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["", "合计", "12,886,450", "10,245,300", "2,641,150"],
        ["201", "一般公共服务支出", "8,123,400", "6,000,000", "2,123,400"],
        ["20101", "人大事务", "8,123,400", "6,000,000", "2,123,400"],
        ["2010101", "行政运行", "6,000,000", "6,000,000", ""],
        ["2010102", "一般行政管理事务", "2,123,400", "", "2,123,400"],
        ["208", "社会保障和就业支出", "4,763,050", "4,245,300", "517,750"],
        ["20805", "行政事业单位养老支出", "4,763,050", "4,245,300", "517,750"],
        ["2080505", "机关事业单位基本养老保险缴费支出", "4,245,300", "4,245,300", ""],
        ["2080506", "机关事业单位职业年金缴费支出", "517,750", "", "517,750"]]


def _print(path, rows, rules=True, commas=True, pad=1.0, size=9.0, spare=1.0, first=0.0):
    """The table with half-width digits, each amount column its widest figure + 2 pads + `spare` wide (the 合计
    column `first` narrower: its widest figure printed over its left rule); header words wider than their column
    wrapped two characters a line, as a spreadsheet wraps them."""
    rows = [[v if commas else v.replace(",", "") for v in r] for r in rows]
    with producer(half=True):
        w = PdfWriter()
        p = w.page()
        p.text(150, 40, "一般公共预算财政拨款支出决算表", 14)
        p.text(60, 70, "部门：某某区民政局", 9)
        p.text(470, 70, "单位：元", 9)
        num = max(_width(r[2], size) for r in rows[1:]) + 2 * pad + spare
        widths = [40, 160, num - first, num, num]
        xs = [60.0]
        for wd in widths:
            xs.append(xs[-1] + wd)
        ys = [85.0] + [95.0 + i * 16 for i in range(1, len(rows) + 1)]
        if rules:
            for y in ys:
                p.line(xs[0], y, xs[-1], y)
            for x in xs:
                p.line(x, ys[0], x, ys[-1])
        for i, r in enumerate(rows):
            y = ys[i] + (ys[i + 1] - ys[i] - size) / 2
            for j, v in enumerate(r):
                if not v:
                    continue
                if i == 0 and _width(v, size) > widths[j] - 2:
                    for k in range(0, len(v), 2):
                        part = v[k:k + 2]
                        p.text((xs[j] + xs[j + 1] - _width(part, size)) / 2, y + (k // 2 - 0.5) * size * 1.2, part, size)
                elif i == 0:
                    p.text((xs[j] + xs[j + 1] - _width(v, size)) / 2, y, v, size)
                elif j >= 2:
                    p.text_right(xs[j + 1] - pad, y, v, size)
                else:
                    p.text(xs[j] + 2, y, v, size)
        return w.save(path)


LAYOUTS = {
    "ruled, over the rule": dict(pad=0.5, first=4),
    "ruled, over the rule, no separators": dict(pad=0.5, first=4, commas=False),
    "no rules, 1.6 pt apart": dict(rules=False, pad=0.8, spare=0),
    "no rules, 1.6 pt apart, no separators": dict(rules=False, commas=False, pad=0.8, spare=0),
    "no rules, 1 pt apart": dict(rules=False, pad=0.5, spare=0),
    "no rules, 1 pt apart, no separators": dict(rules=False, pad=0.5, spare=0, commas=False),
    "no rules, 7 pt type": dict(rules=False, pad=0.8, spare=0, size=7),
    "ruled, roomy": dict(),
    "no rules, roomy, no separators": dict(rules=False, commas=False, pad=3, spare=0),
}


def _errors(pdf):
    return sorted(k for k in findings(pdf) if not k[0].startswith("CMP"))


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_close_whole_figures_in_narrow_columns_are_read_apart(layout, tmp_path):
    assert _errors(_print(tmp_path / "a.pdf", ROWS, **LAYOUTS[layout])) == []


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_a_wrong_figure_in_such_a_table_is_found(layout, tmp_path):
    rows = [list(r) for r in ROWS]
    rows[1][3] = "10,254,300"  # the 合计 row's 基本支出: 9,000 too much (its column and its row no longer add up)
    got = _errors(_print(tmp_path / "a.pdf", rows, **LAYOUTS[layout]))
    assert ("TBL001", "公开05表", "合计", "基本支出") in got and ("TBL501", "公开05表", "合计", "合计") in got
    assert all(k[2] == "合计" for k in got), got


def _pieces(tmp_path, drawn, fine=True):
    from govaudit.readers.pdf_page import read_pages
    from govaudit.readers.pdf_text import page_lines, unruled_tables

    with producer(half=True):
        w = PdfWriter()
        p = w.page()
        for x, top, text in drawn:
            p.text(x, top, text, 9)
        path = w.save(tmp_path / "a.pdf")
    lines = page_lines(1, read_pages(path)[0].chars)
    unruled_tables(lines)
    return [[pc.text for pc in ln.pieces] for ln in lines]


def test_digits_spaced_as_a_code_or_in_groups_are_not_parted(tmp_path):
    """'201 01 01' (a code typed with spaces) and a figure whose groups are set 1.6 pt apart stay as they are:
    neither side of the gap is a figure with separators, and no column's edge lies there."""
    got = _pieces(tmp_path, [(60, 100, "项目"), (200, 100, "合计"), (60, 120, "201"), (75.1, 120, "01"), (85.7, 120, "01"),
                             (120, 120, "一般公共服务"), (200, 120, "1"), (206.1, 120, "234"), (60, 140, "总计"),
                             (200, 140, "12"), (210.6, 140, "345"), (225.7, 140, "678")])
    assert got[1:] == [["2010101", "一般公共服务", "1234"], ["总计", "12345678"]]
