"""Writers of session 26's held-out set (tests/heldout26_book.py) as a finance office prepares it: a workbook
(.xlsx) or a Word document (.docx). Each returns where every place the test may ask about was written:
('table', n, row, col) → (sheet, A1) or (table no, row, col) 1-based; ('text', k) → (sheet, A1) or the paragraph's
text; ('form', k, row, col) → like a table's."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from heldout26_book import L, U, Book, is_amount

HIDDEN_COL = 20
# tables a 决算 often carries besides the nine: not checked, and never to be taken for one of them
EXTRA = [
    ("国有资产占用情况表", ["项目", "车辆数合计（辆）", "其中：", "", "", "单位价值50万元以上通用设备（台，套）",
                          "单位价值100万元以上专用设备（台，套）"],
     [["", "", "副部（省）级及以上领导用车", "主要领导干部用车", "机要通信用车", ""], ["合计", "3", "0", "0", "1", "0", "0"]]),
    ("机关运行经费支出情况表", ["项目", "2025年决算数", "2024年决算数", "增减额", "增减率"],
     [["机关运行经费", "51.02", "48.60", "2.42", "4.98%"], ["其中：办公费", "12.40", "11.80", "0.60", "5.08%"]]),
]  # (T: right of every table, so hiding it hides no table's column)


def figure(text: str) -> bool:
    """A printed amount (every amount of the set shows two decimals; codes and 栏次 numbers show none)."""
    return is_amount(text) and "." in text


def form_merges(rows):
    """(r1, c1, r2, c2) of each anchor: right over its L cells, down over the U cells under it."""
    out = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v in (L, U):
                continue
            c2 = c
            while c2 + 1 < len(row) and row[c2 + 1] == L:
                c2 += 1
            r2 = r
            while r2 + 1 < len(rows) and rows[r2 + 1][c] == U:
                r2 += 1
            if (r2, c2) != (r, c):
                out.append((r, c, r2, c2))
    return out


# ----------------------------------------------------------------------------- workbook
class Sheetw:
    def __init__(self, ws, amounts, number_format="#,##0.00", code_numbers=False):
        self.ws, self.amounts, self.number_format, self.code_numbers = ws, amounts, number_format, code_numbers

    def put(self, r, c, text, row=None, head=False):
        ws = self.ws
        if text in ("", L, U, None):
            return
        cell = ws.cell(row=r, column=c)
        if head or not figure(text):
            code = text.isdigit() and len(text) in (3, 5, 7)
            cell.value = int(text) if self.code_numbers and code else text
            return
        value = Decimal(text.replace(",", ""))
        if self.amounts == "text":
            cell.value = text
            return
        cell.value = value
        cell.number_format = self.number_format


def _sum_formula(row, c):
    """'=SUM(next:last)' when the figure at c is the sum of the figures right of it on its row (a 合计 column
    first), else None."""
    rest = [v for v in row[c + 1:] if figure(v)]
    if len(rest) < 2 or not figure(row[c]):
        return None
    if sum(Decimal(v.replace(",", "")) for v in rest) != Decimal(row[c].replace(",", "")):
        return None
    return len(row)


def write_xlsx(path: Path, b: Book, sheets=None, title="cell", amounts="number", hidden=False, gap=0,
               stack=False, number_format="#,##0.00", code_numbers=False, prefixes=None, one_meta=False,
               class_gaps=False, together=False, draft=False, extra=False) -> dict:
    """sheets: the nine sheets' names (one table a sheet), or stack=True: all nine on one sheet '决算公开表' one
    under another (`gap` blank rows between). title: 'cell' (merged over the table's width) or 'header' (only in
    the sheet's page header). amounts: 'number' ('#,##0.00'), 'text' ('1,234.56'), 'formula' (a row's 合计 the
    SUM of the figures right of it, its value cached) or 'formula-nocache' (the same, no value saved). hidden: a
    hidden check row under each header and a hidden column of figures right of the tables."""
    wb = Workbook()
    wb.remove(wb.active)
    where: dict = {}
    if draft:
        ws = wb.create_sheet("底稿")
        ws.sheet_state = "hidden"
        tb = b.tables[2]
        ws.cell(row=1, column=1, value=tb.title)
        for r, row in enumerate(tb.rows):
            for c, text in enumerate(row):
                if text:
                    ws.cell(row=r + 2, column=c + 1,
                            value=Decimal(text.replace(",", "")) * 2 if figure(text) and r >= tb.head else text)
    formulas: dict = {}  # sheet → {A1: cached text}
    top = 1
    ws = None
    for n, tb in enumerate(b.tables):
        if stack:
            if ws is None:
                ws = wb.create_sheet("决算公开表")
                w = Sheetw(ws, amounts, number_format, code_numbers)
        else:
            ws = wb.create_sheet(sheets[n])
            w = Sheetw(ws, amounts, number_format, code_numbers)
            top = 1
        width = max(len(r) for r in tb.rows)
        if title == "cell":
            ws.cell(row=top, column=1, value=(prefixes[n] if prefixes else "") + tb.title)
            ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=width)
            top += 1
        elif title == "header":
            ws.oddHeader.center.text = tb.title
        if one_meta:
            ws.cell(row=top, column=1, value=f"{tb.dept}　　　　　　{tb.unit}")
            ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=width)
        else:
            ws.cell(row=top, column=1, value=tb.dept)
            ws.cell(row=top, column=width, value=tb.unit)
        top += 1
        rows = list(range(len(tb.rows)))
        if class_gaps and n in (1, 2, 4):
            classes = [i for i in range(tb.head + 1, len(tb.rows)) if len(tb.rows[i][0]) == 3
                       and tb.rows[i][0].isdigit() and not tb.rows[i][1].strip().isdigit()]
            for i in reversed(classes):
                rows.insert(rows.index(i), "gap")
        if hidden:
            rows.insert(tb.head, None)
        pos = {}
        for i, src in enumerate(rows):
            r = top + i
            if src == "gap":
                continue
            if src is None:  # the hidden check row
                ws.cell(row=r, column=1, value="校验")
                for c in range(2, width + 1):
                    if any(figure(x[c - 1]) for x in tb.rows[tb.head:] if c - 1 < len(x)):
                        ws.cell(row=r, column=c, value=Decimal("999.99"))
                ws.row_dimensions[r].hidden = True
                continue
            pos[src] = r
            row = tb.rows[src]
            for c, text in enumerate(row):
                where[("table", n, src, c)] = (ws.title, f"{get_column_letter(c + 1)}{r}")
                w.put(r, c + 1, text, head=src < tb.head)
            if amounts.startswith("formula") and src >= tb.head and n in (1, 2, 4):
                first = next(c for c, v in enumerate(row) if figure(v))
                if _sum_formula(row, first):
                    cell = ws.cell(row=r, column=first + 1)
                    a, z = get_column_letter(first + 2), get_column_letter(len(row))
                    cell.value = f"=SUM({a}{r}:{z}{r})"
                    formulas.setdefault(ws.title, {})[cell.coordinate] = row[first].replace(",", "")
            if hidden:
                ws.cell(row=r, column=HIDDEN_COL, value=Decimal("12.34") if src >= tb.head else "复核")
        for a, c1, z, c2 in tb.merges:
            ws.merge_cells(start_row=pos[a], start_column=c1 + 1, end_row=pos[z], end_column=c2 + 1)
        top += len(rows)
        for note in tb.notes:
            ws.cell(row=top, column=1, value=note)
            top += 1
        top += gap + (1 if stack else 0)
        if hidden:
            ws.column_dimensions[get_column_letter(HIDDEN_COL)].hidden = True
    if extra:  # (extra='bare': no 编制单位 line under their titles; on the tables' sheet when stacked)
        for name, head, body in EXTRA:
            if not stack:
                ws, top = wb.create_sheet(name[:10]), 1
            ws.cell(row=top, column=1, value=name)
            if extra != "bare":
                top += 1
                ws.cell(row=top, column=1, value=b.tables[0].dept)
            for r, row in enumerate([head] + body):
                for c, v in enumerate(row):
                    if v:
                        ws.cell(row=top + 1 + r, column=c + 1, value=Decimal(v) if figure(v) else v)
            top += len(body) + 3
    if not together:
        ws, top = wb.create_sheet("情况说明"), 1
    for k, para in enumerate(b.narrative):
        ws.cell(row=top, column=1, value=para)
        if together:  # (a paragraph in a cell merged over the tables' width, as offices lay it out)
            ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=8)
        where[("text", k)] = (ws.title, f"A{top}")
        top += 1
    if not together:
        ws, top = wb.create_sheet("绩效自评表"), 1
    else:
        top += 2
    for k, f in enumerate(b.forms):
        width = len(f.rows[0])
        ws.cell(row=top, column=1, value=f.title)
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=width)
        ws.cell(row=top + 1, column=1, value="（2025年度）")
        ws.merge_cells(start_row=top + 1, start_column=1, end_row=top + 1, end_column=width)
        top += 2
        for r, row in enumerate(f.rows):
            for c, v in enumerate(row):
                where[("form", k, r, c)] = (ws.title, f"{get_column_letter(c + 1)}{top + r}")
                if v not in (L, U, ""):
                    ws.cell(row=top + r, column=c + 1, value=v)
        for a, c1, z, c2 in form_merges(f.rows):
            ws.merge_cells(start_row=top + a, start_column=c1 + 1, end_row=top + z, end_column=c2 + 1)
        top += len(f.rows) + 2
    wb.save(path)
    if amounts == "formula":
        _cache(path, wb, formulas)
    return where


def _cache(path: Path, wb, formulas: dict) -> None:
    """Write each formula's value as Excel saves it (openpyxl writes '<v></v>')."""
    names = {ws.title: f"xl/worksheets/sheet{i + 1}.xml" for i, ws in enumerate(wb.worksheets)}
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for sheet, cells in formulas.items():
        xml = parts[names[sheet]].decode()
        for ref, value in cells.items():
            xml = re.sub(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*>\s*</v>', rf"\g<1><v>{value}</v>", xml)
        parts[names[sheet]] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


# ----------------------------------------------------------------------------- Word
def write_docx(path: Path, b: Book, split03=False, pad=False, inside=False, repeat=True, wrap=0, runs=False,
               cont="", extra=False) -> dict:
    """Each table under its title and '编制单位…　单位：万元' paragraphs, notes under it; then the 情况说明 as
    paragraphs; then each form under its title. split03: 03 in two Word tables, a page break between, the header
    printed again over the second; pad: figures right-aligned and padded with leading spaces; inside: the title
    and the '编制单位…　单位：万元' line are the Word table's first two rows, each one cell merged over the width;
    repeat=False: the second part of a split 03 without the header; wrap: names longer than that broken by a line
    break inside their cell; runs: each figure written in two runs (as Word keeps an edited number)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    from helpers import docx_cells, merge_docx

    doc = docx.Document()
    where: dict = {}
    tno = 0

    def table(rows, merges, key, head_rows=None):
        nonlocal tno
        tno += 1
        width = max(len(r) for r in rows)
        tbl = doc.add_table(rows=len(rows), cols=width)
        tbl.style = "Table Grid"
        merge_docx(tbl, [((a, b_), (c, d)) for a, b_, c, d in merges])
        cell = docx_cells(tbl)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if key(r) is not None:
                    where[key(r) + (c,)] = (tno, r + 1, c + 1)
                if v in ("", L, U) or any(a <= r <= c2 and b_ <= c <= d and (r, c) != (a, b_)
                                          for a, b_, c2, d in merges):
                    continue
                p = cell(r, c).paragraphs[0]
                if figure(v):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    v = v.rjust(14) if pad else v
                    if runs and len(v) > 3:
                        p.add_run(v[:2])
                        v = v[2:]
                elif wrap and len(v) > wrap and not v.isdigit():
                    parts = [v[i:i + wrap] for i in range(0, len(v), wrap)]
                    run = p.add_run(parts[0])
                    for part in parts[1:]:
                        run.add_break()
                        run = p.add_run(part)
                    continue
                p.add_run(v)

    doc.add_paragraph("第二部分　2025年度部门决算表")
    for n, tb in enumerate(b.tables):
        if inside:
            width = max(len(r) for r in tb.rows)
            top = [[tb.title] + [""] * (width - 1), [f"{tb.dept}　　　　{tb.unit}"] + [""] * (width - 1)]
            merges = [(0, 0, 0, width - 1), (1, 0, 1, width - 1)]
            table(top + [list(r) for r in tb.rows], merges + [(a + 2, b_, c + 2, d) for a, b_, c, d in tb.merges],
                  lambda r, n=n: None if r < 2 else ("table", n, r - 2))
            for note in tb.notes:
                doc.add_paragraph(note)
            continue
        doc.add_paragraph(tb.title).alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph(f"{tb.dept}　　　　{tb.unit}")
        body = len(tb.rows) - tb.head
        if split03 and n == 2:
            cut = tb.head + body // 2
            first = tb.rows[:cut]
            m1 = [m for m in tb.merges if m[2] < cut]
            table(first, m1, lambda r, n=n: ("table", n, r))
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            if cont:  # ('续表', or the title again with '（续）')
                doc.add_paragraph(cont.replace("{title}", tb.title))
            h = tb.head if repeat else 0
            rest = tb.rows[:h] + tb.rows[cut:]
            m2 = [m for m in tb.merges if m[2] < h] + [
                (a - cut + h, b_, c - cut + h, d) for a, b_, c, d in tb.merges if a >= cut]
            table(rest, m2, lambda r, n=n, cut=cut, h=h: None if r < h else ("table", n, r - h + cut))
        else:
            table(tb.rows, tb.merges, lambda r, n=n: ("table", n, r))
        for note in tb.notes:
            doc.add_paragraph(note)
    if extra:
        for name, head, body in EXTRA:
            doc.add_paragraph(name).alignment = WD_ALIGN_PARAGRAPH.CENTER
            table([head] + [list(r) + [""] * (len(head) - len(r)) for r in body], [], lambda r: None)
    for k, para in enumerate(b.narrative):
        doc.add_paragraph(para)
        where[("text", k)] = para
    doc.add_paragraph("第四部分　绩效自评情况")
    for k, f in enumerate(b.forms):
        doc.add_paragraph(f.title).alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph("（2025年度）").alignment = WD_ALIGN_PARAGRAPH.CENTER
        table(f.rows, form_merges(f.rows), lambda r, k=k: ("form", k, r))
    doc.save(path)
    return where
