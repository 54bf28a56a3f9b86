"""Writers of session 27's held-out 预算 set (tests/heldout27_book.py): a workbook (.xlsx) or a Word document (.docx)
as a finance office prepares the 上海 2026 template. Each returns where every place a plant may be was written:
('table', n, row, col) → (sheet, A1) or (Word table no, row, col), 1-based; ('text', k) → (sheet, A1) or the
paragraph's text."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from heldout27_book import DEPARTMENT, Book

TEMPLATE_SHEETS = ["部门收支总表", "部门收入总表", "部门支出总表", "部门财政拨款收支总表", "部门一般公共预算拨款表",
                   "部门政府性基金拨款表", "部门国有资本经营预算拨款表", "部门一般公共预算拨款基本支出明细表",
                   "部门“三公”经费和机关运行费预算表"]
NUMBERED = [f"表{i}" for i in range(1, 10)]


def shown(v) -> str:
    """An amount as printed: '6,842,300' (元) or '796.87' (万元), zero '0'."""
    if isinstance(v, Decimal):
        return "0" if v == 0 else f"{v:,.2f}"
    return f"{v:,}"


FRONT = [  # the template's sheets before the tables: a cover, a contents page listing every table's title, text
    ("封面", ["上海市某区文化和旅游局", "2026年部门预算", "二〇二六年二月"]),
    ("目录", ["目录", "一、部门主要职能", "二、部门机构设置", "三、名词解释", "四、部门预算编制说明",
              "五、部门预算表", "1. 2026年部门财务收支预算总表", "2. 2026年部门收入预算总表", "3. 2026年部门支出预算总表",
              "4. 2026年部门财政拨款收支预算总表", "5. 2026年部门一般公共预算支出功能分类预算表",
              "6. 2026年部门政府性基金预算支出功能分类预算表", "7. 2026年部门国有资本经营预算支出功能分类预算表",
              "8. 2026年部门一般公共预算基本支出部门预算经济分类预算表", "9. 2026年部门“三公”经费和机关运行经费预算表",
              "六、其他相关情况说明", "七、项目经费情况说明"]),
    ("部门主要职能", ["上海市某区文化和旅游局是区政府工作部门，主管全区文化、旅游、体育工作，负责公共文化服务体系建设。"]),
    ("名词解释", ["名词解释", "1. 财政拨款收入：指区级财政当年拨付的资金。",
                  "2. 基本支出：指为保障机构正常运转、完成日常工作任务而发生的支出，包括人员经费和公用经费。",
                  "3. 项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"]),
]


def write_xlsx(path: Path, b: Book, sheets=None, stack=False, code_numbers=False, formulas=False, hidden=False,
               one_cell_text=False, gap=1, indent="", zero=None, amounts="number", title="cell", front=False,
               total_merged=False, wrap_heads=False, hidden_col=False, merge_codes=False, text_first=False, text=True) -> dict:
    """sheets: the nine tables' sheet names (one a sheet), or stack=True: all nine on one sheet '部门预算公开表'.
    code_numbers: 科目 codes stored as numbers; formulas: each row's 合计 in tables 2, 3, 5 and 8 the SUM of the
    columns right of it, its value saved as Excel saves it; hidden: a hidden '校验' row under each header with figures
    of its own and a hidden sheet '底稿'; one_cell_text: the 编制说明 in one cell, paragraphs split by line breaks (as
    the template has it); indent: put before the names of 款 and 项; zero: a zero written as that text ('-', '' for
    a blank; None: the number 0); amounts='text': every amount a text '6,842,300'; title='header': the title only in
    the page header (the sheet named as the template names it); front: the template's cover, contents (every table's
    title listed), 职能 and 名词解释 sheets first; total_merged: the 合计 label merged over the code and name columns;
    wrap_heads: long header texts broken by a line break inside their cell ('事业单位\n经营收入', as the template);
    hidden_col: a hidden column '2025年预算数' of last year's figures between the names and the 合计; merge_codes: a
    split code's 类 (and 款) cell merged down over the rows under it, printed once; text_first: the 编制说明 sheet
    before the tables (the template's order); text=False: no 编制说明 (published in a file of its own)."""
    wb = Workbook()
    wb.remove(wb.active)
    if front:
        for name, lines in FRONT:
            ws = wb.create_sheet(name)
            for k, line in enumerate(lines):
                ws.cell(row=k + 1, column=1, value=line)
    where: dict = {}
    cached: dict = {}
    if hidden:
        ws = wb.create_sheet("底稿")
        ws.sheet_state = "hidden"
        ws["A1"] = b.tables[2].title
        ws["B2"] = 123456
    if text and text_first:
        _text_sheet(wb, b, where, one_cell_text)
    ws, top = None, 1
    for n, t in enumerate(b.tables):
        if stack:
            if ws is None:
                ws = wb.create_sheet("部门预算公开表")
        else:
            ws, top = wb.create_sheet((sheets or TEMPLATE_SHEETS)[n]), 1
        first = next(c for c, k in enumerate(t.cols) if k)
        shift = 1 if hidden_col and first > 0 else 0
        sc = lambda c, first=first, shift=shift: c + 1 + (shift if c >= first else 0)  # noqa: E731
        width = sc(len(t.cols) - 1)
        if title == "cell":
            ws.cell(row=top, column=1, value=t.title)
            ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=width)
            top += 1
        else:
            ws.oddHeader.center.text = t.title
        ws.cell(row=top, column=1, value=f"编制部门：{DEPARTMENT}")
        ws.cell(row=top, column=width, value=t.unit)
        top += 1
        for r, row in enumerate(t.head):
            for c, v in enumerate(row):
                if v:
                    ws.cell(row=top + r, column=sc(c), value=_wrapped(v) if wrap_heads else v)
        for r1, c1, r2, c2 in t.merges:
            ws.merge_cells(start_row=top + r1, start_column=sc(c1),
                           end_row=top + r2, end_column=sc(c2) if c2 >= c1 else sc(c2))
        if shift:
            col = get_column_letter(first + 1)
            ws.cell(row=top + len(t.head) - 1, column=first + 1, value="2025年预算数")
            ws.column_dimensions[col].hidden = True
        top += len(t.head)
        if hidden:
            ws.cell(row=top, column=1, value="校验")
            for c, key in enumerate(t.cols):
                if key:
                    ws.cell(row=top, column=sc(c), value=999)
            ws.row_dimensions[top].hidden = True
            top += 1
        runs = _runs(t, first) if merge_codes else []
        covered = {(r, c) for c, r1, r2 in runs for r in range(r1 + 1, r2 + 1)}
        for r, (key, cells) in enumerate(t.rows):
            for c, v in enumerate(cells):
                where[("table", n, r, c)] = (ws.title, f"{get_column_letter(sc(c))}{top + r}")
                if v is None or v == "":
                    continue
                if (r, c) in covered:
                    continue  # (under the merge of a code printed once above)
                cell = ws.cell(row=top + r, column=sc(c))
                if isinstance(v, (int, Decimal)) and v == 0 and zero is not None:
                    if zero:
                        cell.value = zero
                elif isinstance(v, (int, Decimal)) and amounts == "text":
                    cell.value = shown(v)
                elif isinstance(v, (int, Decimal)):
                    cell.value = v
                    cell.number_format = "#,##0.00" if isinstance(v, Decimal) else "#,##0"
                elif code_numbers and v.isdigit() and t.cols[c] is None:
                    cell.value = int(v)
                    if len(v) == 2:
                        cell.number_format = "00"
                elif indent and t.cols[c] is None and c + 1 < len(t.cols) and t.cols[c + 1] is not None \
                        and len(key) > 3 and key.isdigit():
                    cell.value = indent * (1 if len(key) == 5 else 2) + v
                else:
                    cell.value = v
            if shift and isinstance(cells[first], (int, Decimal)):
                ws.cell(row=top + r, column=first + 1, value=int(cells[first] * 9 / 10))
            if total_merged and key == "合计" and t.cols[1] is None:
                ws.merge_cells(start_row=top + r, start_column=1, end_row=top + r, end_column=first)
            if formulas and n in (1, 2, 4, 7):
                rest = [c for c in range(first + 1, width) if isinstance(cells[c], (int, Decimal))]
                if len(rest) >= 2 and isinstance(cells[first], (int, Decimal)) \
                        and sum(cells[c] or 0 for c in rest) == cells[first]:
                    a, z = get_column_letter(sc(first + 1)), get_column_letter(width)
                    cell = ws.cell(row=top + r, column=sc(first))
                    cell.value = f"=SUM({a}{top + r}:{z}{top + r})"
                    cached.setdefault(ws.title, {})[cell.coordinate] = str(cells[first])
        for c, r1, r2 in runs:
            ws.merge_cells(start_row=top + r1, start_column=sc(c), end_row=top + r2, end_column=sc(c))
        top += len(t.rows)
        for note in t.notes:
            ws.cell(row=top, column=1, value=note)
            top += 1
        top += gap
    if text and not text_first:
        _text_sheet(wb, b, where, one_cell_text)
    ws = wb.create_sheet("项目绩效目标表")
    ws["A1"] = "2026年项目绩效目标表"
    ws.merge_cells("A1:D1")
    for r, row in enumerate(b.goals):
        for c, v in enumerate(row):
            if v:
                ws.cell(row=r + 2, column=c + 1, value=v)
    wb.save(path)
    if cached:
        _cache(path, wb, cached)
    return where


def _text_sheet(wb, b: Book, where: dict, one_cell_text: bool) -> None:
    ws = wb.create_sheet("部门编制说明")
    if one_cell_text:
        ws["A1"] = "\n".join(b.narrative)
        for k in range(len(b.narrative)):
            where[("text", k)] = ("部门编制说明", "A1")
    else:
        for k, para in enumerate(b.narrative):
            ws.cell(row=k + 1, column=1, value=para)
            where[("text", k)] = ("部门编制说明", f"A{k + 1}")


def _wrapped(text: str) -> str:
    """A long header broken in two as the template breaks it ('事业单位\n经营收入')."""
    return text if len(text) < 6 or "\n" in text else text[: len(text) // 2] + "\n" + text[len(text) // 2:]


def _runs(t, first: int) -> list[tuple[int, int, int]]:
    """(column, first row, last row) of each split code's 类 (and 款) cell to merge down over the rows of that 类
    (款): the code columns but the last (项 in a 功能 table, 款 in the 经济 one)."""
    out = []
    for c in range(first - 2):
        size = 3 + 2 * c
        r = 0
        while r < len(t.rows):
            key = t.rows[r][0]
            if not (key.isdigit() and len(key) >= size):
                r += 1
                continue
            r2 = r
            while r2 + 1 < len(t.rows) and t.rows[r2 + 1][0].isdigit() and t.rows[r2 + 1][0][:size] == key[:size]:
                r2 += 1
            if r2 > r:
                out.append((c, r, r2))
            r = r2 + 1
    return out


def _cache(path: Path, wb, formulas: dict) -> None:
    """Write each formula's value as Excel saves it (openpyxl writes '<v></v>')."""
    names = {ws.title: f"xl/worksheets/sheet{i + 1}.xml" for i, ws in enumerate(wb.worksheets)}
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for sheet, cells in formulas.items():
        xml = parts[names[sheet]].decode()
        for ref, value in cells.items():
            xml, k = re.subn(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*>\s*</v>', rf"\g<1><v>{value}</v>", xml)
            if not k:
                xml, k = re.subn(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\g<1><v>{value}</v>", xml)
            assert k == 1, (sheet, ref)
        parts[names[sheet]] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def write_docx(path: Path, b: Book, split=None, inside=False, repeat=True, zero=None, numbered=False,
               text_first=False, tables=True, tab=False) -> dict:
    """Each table under its title and an '编制部门：…　单位：元' paragraph (inside=True: both the Word table's first two
    rows, merged over its width), notes under it; the 编制说明 as paragraphs; the 绩效目标表 last. split: the table
    (0-based) printed as two Word tables with a page break between, the header printed again over the second
    (repeat=False: not); zero: a zero printed as that text ('-', '—', '' blank); numbered: a '表N' line over each
    title, and each title's own unit written into it ('（单位：元）') with no unit in the 编制部门 line."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    from helpers import docx_cells, merge_docx

    doc = docx.Document()
    where: dict = {}
    tno = 0

    def table(rows, merges, keys):
        nonlocal tno
        tno += 1
        width = max(len(r) for r in rows)
        tbl = doc.add_table(rows=len(rows), cols=width)
        tbl.style = "Table Grid"
        merge_docx(tbl, [((a, c), (a2, c2)) for a, c, a2, c2 in merges])
        cell = docx_cells(tbl)
        covered = {(r, c) for a, c1, a2, c2 in merges for r in range(a, a2 + 1) for c in range(c1, c2 + 1)
                   if (r, c) != (a, c1)}
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if keys[r] is not None:
                    where[keys[r] + (c,)] = (tno, r + 1, c + 1)
                if v is None or v == "" or (r, c) in covered:
                    continue
                p = cell(r, c).paragraphs[0]
                if isinstance(v, (int, Decimal)) and v == 0 and zero is not None:
                    v = zero
                    if not v:
                        continue
                elif isinstance(v, (int, Decimal)):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    v = shown(v)
                p.add_run(v)

    def text():
        doc.add_paragraph("2026年部门预算情况说明")
        for k, para in enumerate(b.narrative):
            doc.add_paragraph(para)
            where[("text", k)] = para

    doc.add_paragraph(f"{DEPARTMENT}2026年部门预算")
    if text_first:
        text()
    doc.add_paragraph("2026年部门预算表")
    for n, t in enumerate(b.tables if tables else []):
        head = [list(r) for r in t.head]
        body = [list(c) for _k, c in t.rows]
        hk = [None] * len(head)
        bk = [("table", n, r) for r in range(len(body))]
        width = len(t.cols)
        if inside:
            top = [[t.title] + [""] * (width - 1), [f"编制部门：{DEPARTMENT}　　　　{t.unit}"] + [""] * (width - 1)]
            merges = [(0, 0, 0, width - 1), (1, 0, 1, width - 1)] + [(a + 2, c, a2 + 2, c2) for a, c, a2, c2 in t.merges]
            table(top + head + body, merges, [None, None] + hk + bk)
        else:
            if numbered:
                doc.add_paragraph(f"表{n + 1}")
                doc.add_paragraph(f"{t.title}（{t.unit}）").alignment = WD_ALIGN_PARAGRAPH.CENTER
                doc.add_paragraph(f"编制部门：{DEPARTMENT}")
            else:
                doc.add_paragraph(t.title).alignment = WD_ALIGN_PARAGRAPH.CENTER
                doc.add_paragraph(f"编制部门：{DEPARTMENT}" + ("\t\t\t\t" if tab else "　　　　") + t.unit)
            if split == n:
                cut = len(body) // 2
                table(head + body[:cut], t.merges, hk + bk[:cut])
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                h = head if repeat else []
                table(h + body[cut:], t.merges if repeat else [], hk[:len(h)] + bk[cut:])
            else:
                table(head + body, t.merges, hk + bk)
        for note in t.notes:
            doc.add_paragraph(note)
    if not text_first:
        text()
    if tables:
        doc.add_paragraph("2026年项目绩效目标表").alignment = WD_ALIGN_PARAGRAPH.CENTER
        table(b.goals, [(0, 1, 0, 3), (2, 1, 2, 3)], [None] * len(b.goals))
    doc.save(path)
    return where
