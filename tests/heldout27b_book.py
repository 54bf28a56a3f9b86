"""Held-out batch 27b (wbfix2, issue #9): 决算 workbooks as the 决算报表软件 (久其) exports them and as finance staff
then edit them by hand. The nine tables are session 26's (tests/heldout26_book.py: 某县农业农村局 2025年度); a second
unit's nine (tests/heldout25_tables.py's figures, renamed here 某县农业技术推广中心 of the same year) share a
workbook with them in the two-unit layouts. Written by tests/heldout26_write.write_xlsx, then edited in place the
way the export and the hand edits leave them (every place keeps its cell, so the planted places stay known):
  codes '[2130101]' (久其) or '2130101 行政运行' (the name after the code, the name column merged into it);
  amounts stored as text: with trailing spaces, in full-width digits '７０３.６３', or '1,234.56' in 元;
  zeros as '', '-', '—' and '0.00' mixed in one table;
  a 封面 sheet and a 填报说明 sheet before the tables; a hidden sheet holding a stale copy of a table; stale rows
  under a table outside the sheet's print area; 万元 on some sheets, 元 on others, each with its own unit line;
  two units in one workbook (部门 and 单位 sheets, or 汇总 and 单位, with the same table titles).
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from itertools import cycle
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

import heldout25_tables as h25
import heldout26_book as hb
import heldout26_write as hw
import heldout_nine

A = hb.FIGURES  # the planted unit: session 26's 某县农业农村局
# the other unit: session 25's figures, a 单位 of the same year
B = dataclasses.replace(h25.FIGURES, dept="编制单位：某县农业技术推广中心　　　　2025年度", department="某县农业技术推广中心")

CODED = (1, 2, 4, 7, 8)  # 02, 03, 05, 08, 09: a 科目编码 column first
NAMES = ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
         "一般公共预算财政拨款基本支出决算表", "三公经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
         "国有资本经营预算财政拨款收入支出决算表"]
FIGURE = re.compile(r"^-?[\d,]+\.\d+$")
FULL = str.maketrans("0123456789.,", "０１２３４５６７８９．，")

PLANTS = [p for p in hb.PLANTS if p.family in ("TBL", "XTB")] + [
    hb.Plant("01 本年收入合计", "TBL", [(0, "本年收入合计", None, "0.50")]),
    hb.Plant("03 合计 项目支出", "TBL", [(2, "合计", "项目支出", "1.00")]),
    hb.Plant("02 2130101 财政拨款收入", "TBL", [(1, "2130101", "财政拨款收入", "0.30")]),
]
# the mistakes a rule judges at the planted cell itself (batch 26's list, the rest judged at the figure held to account)
JUDGED_ELSEWHERE = {"04 本年支出合计 政府性基金", "05 合计 合计 (and its 项目支出, consistent)", "05 2101102 基本支出",
                    "06 公用经费合计 (302 and 30201 办公费 with it)", "07 决算 公务接待费 < 06 30217 (合计 with it)",
                    "02 2130101 财政拨款收入", "03 合计 项目支出"}


def fmts(units: str) -> list:
    """One Fmt a table: 'wan' all 万元, 'yuan' all 元, 'mixed' 01–04 in 万元 and 05–09 in 元."""
    return [hb.Fmt(yuan=units == "yuan" or (units == "mixed" and k >= 4)) for k in range(9)]


def tables(fig, units="wan", lineno=False):
    return heldout_nine.nine(fig, fmts(units), lineno=lineno)


def planted_tables(units="wan", lineno=False):
    """Session 26's tables with PLANTS applied (each table's own unit); the places, one a plant."""
    f = fmts(units)
    ts = tables(A, units, lineno)
    places = []
    for p in PLANTS:
        first = None
        for n, key, word, delta in p.cells:
            tb = ts[n]
            r, c = hb.find_cell(tb, key, word)
            scale = 10000 if f[n].yuan else 1
            tb.rows[r][c] = f[n](hb.amount(tb.rows[r][c]) / scale + Decimal(delta))
            first = first or ("table", n, r, c)
        places.append(first)
    return ts, places


def write(path: Path, ts, prefix="", **opts) -> dict:
    """The nine tables on sheets `prefix` + name, amounts as text; no 情况说明 or forms sheet (tables only)."""
    where = hw.write_xlsx(path, hb.Book(ts, [], []), sheets=[f"{prefix}{n}"[:31] for n in NAMES], amounts="text",
                          **opts)
    wb = load_workbook(path)
    for name in ("情况说明", "绩效自评表"):
        del wb[name]
    wb.save(path)
    return where


# ----------------------------------------------------------------------------- edits in place
def _figures(ws):
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and FIGURE.match(c.value.strip()):
                yield c


def edit(path: Path, codes=None, amounts=None, zeros=None, front=False, stale_sheet=False, print_area=False,
         unit_prefixes=("",)):
    """codes 'bracket' | 'named'; amounts 'pad' | 'full'; zeros: a cycle of what a zero shows; front: 封面 and 填报说明
    sheets first; stale_sheet: a hidden copy of 03 with older figures; print_area: stale rows under 01 outside the
    print area. unit_prefixes: the sheet-name prefixes of the units the workbook holds."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        kind = next((k for k, n in enumerate(NAMES) for p in unit_prefixes if ws.title == f"{p}{n}"[:31]), None)
        if kind is None:
            continue
        if codes and kind in CODED:
            _codes(ws, codes)
        zero = cycle(zeros) if zeros else None
        for c in _figures(ws):
            text = c.value.strip()
            if zero is not None and Decimal(text.replace(",", "")) == 0:
                c.value = next(zero) or None
                continue
            if amounts == "pad":
                c.value = text + "  "
            elif amounts == "full":
                c.value = text.translate(FULL)
        if print_area and kind == 0:
            last = ws.max_row
            ws.print_area = f"A1:{get_column_letter(ws.max_column)}{last}"
            ws.cell(row=last + 2, column=1, value="（以下为上年数据，勿删）")
            ws.cell(row=last + 3, column=1, value="本年收入合计")
            ws.cell(row=last + 3, column=3, value="612.40")
            ws.cell(row=last + 4, column=1, value="本年支出合计")
            ws.cell(row=last + 4, column=3, value="598.15")
    if stale_sheet:
        src = wb[f"{unit_prefixes[0]}{NAMES[2]}"[:31]]
        ws = wb.copy_worksheet(src)
        ws.title = "支出决算表(旧)"
        ws.sheet_state = "hidden"
        for c in _figures(ws):
            c.value = f"{Decimal(c.value.strip().replace(',', '')) * 2:.2f}"
    if front:
        cover = wb.create_sheet("封面", 0)
        for r, text in enumerate(["2025年度部门决算报表", "", "单位名称：某县农业农村局", "单位负责人：张某",
                                  "财务负责人：李某", "填表人：王某", "报送日期：2026年3月15日"], start=3):
            if text:
                cover.cell(row=r, column=2, value=text)
        notes = wb.create_sheet("填报说明", 1)
        for r, text in enumerate(["填报说明", "1.本套报表金额单位除注明外均为万元，保留两位小数。",
                                  "2.收入决算表“本年收入合计”栏=各收入栏之和。",
                                  "3.支出决算表按《2025年政府收支分类科目》功能分类填列至项级科目。",
                                  "4.“三公”经费支出按一般公共预算财政拨款口径填列。"], start=1):
            notes.cell(row=r, column=1, value=text)
    wb.save(path)


def _codes(ws, how):
    """Codes in the first column: '[2130101]', or '2130101 行政运行' with the name column merged into the code's."""
    for row in ws.iter_rows(min_col=1, max_col=2):
        code, name = row
        text = str(code.value).strip() if code.value is not None else ""
        if not (text.isdigit() and len(text) in (3, 5, 7)):
            continue
        if how == "bracket":
            code.value = f"[{text}]"
        else:
            code.value = f"{text} {name.value}"
            name.value = None
            ws.merge_cells(start_row=code.row, start_column=1, end_row=code.row, end_column=2)


def two_units(path: Path, first: Path, second: Path) -> None:
    """One workbook holding the sheets of `first` then those of `second` (values, merges and hidden states)."""
    wb = load_workbook(first)
    other = load_workbook(second)
    for src in other.worksheets:
        ws = wb.create_sheet(src.title)
        for row in src.iter_rows():
            for c in row:
                if c.value is not None:
                    ws.cell(row=c.row, column=c.column, value=c.value)
        for rng in src.merged_cells.ranges:
            ws.merge_cells(str(rng))
        ws.sheet_state = src.sheet_state
    wb.save(path)
