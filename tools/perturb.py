"""Layout perturbation harness: does recognition generalise to files laid out a little differently?

    python tools/perturb.py [VARIANT ...] [WORD ...] [--new|--s5|--s8|--s9|--s10|--s11|--s12|--s13|--s14|--s15|--s16|--s17|--s18|--s19] [--docx|--docx-paragraphs|--ods|--pdf|--docx-pdf]

every sample pair × every variant (or the variants named, the pairs whose file name holds a WORD; --new: only the
classes added in session 3; --s5: only those of session 5, what a generator of test disclosures does; --s9/--s10/--s11:
the held-out batches of sessions 9–13), written as a workbook, a Word document, a PDF printed from the workbook or from the
Word document by LibreOffice (soffice).

Each sample pair (…-无误.xlsx, …-有误.xlsx) is rewritten the way real files differ (sheet names, blank rows and
columns, title wording, where the unit is stated, numbers as text, 科目编码 spacing, 栏次/行次 dropped, merges
undone, 合计 row moved, all tables on one sheet). The same rewrite is applied to both files, then
(a) the clean copy must draw no error or warning, and
(b) the faulty copy must draw exactly the errors/warnings of the untouched faulty file, at the same place
    (rule code, table, row label, column label — cell addresses change with the layout, labels do not).
A throw-away tool for finding recognition gaps; the regressions it found are tests in tests/.
"""

from __future__ import annotations

import copy
import hashlib
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's govaudit, not whichever one is installed
SAMPLES = ROOT / "samples"

PAIRS = [
    "决算公开表-2024-上海式", "决算公开表-2019-中央式", "情况说明与公开表-2019",
    "绩效自评表-中央式", "绩效自评表-四川式", "绩效自评表-河北式",
    "预算公开表-2019-江苏式", "预算公开表-2026-上海部门", "预算公开表-2026-上海单位",
]


@dataclass
class Grid:
    """One sheet as plain data: {(row, col): (value, number_format)} and merged ranges (r1, c1, r2, c2)."""
    name: str
    cells: dict = field(default_factory=dict)
    merges: list = field(default_factory=list)

    @property
    def max_row(self):
        return max([r for r, _c in self.cells] + [m[2] for m in self.merges], default=0)

    @property
    def max_col(self):
        return max((c for _r, c in self.cells), default=0)

    def text(self, r, c):
        v = self.cells.get((r, c), (None, None))[0]
        return v if isinstance(v, str) else None

    def remap(self, fn):
        """Move every cell (r, c) to fn(r, c) (None drops it); merges follow their corners."""
        cells, merges = {}, []
        for (r, c), v in self.cells.items():
            to = fn(r, c)
            if to:
                cells[to] = v
        for r1, c1, r2, c2 in self.merges:
            a, b = fn(r1, c1), fn(r2, c2)
            if a and b and a != b:
                merges.append((*a, *b))
        self.cells, self.merges = cells, merges


_LOADED: dict = {}


def load(path: Path) -> list[Grid]:
    """The workbook's sheets as Grids (a copy each call: variants change them). Read once per file content: the test
    batches rewrite the same samples by hundreds of variants, openpyxl takes most of a second on a sample."""
    key = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    if key not in _LOADED:
        _LOADED[key] = _load(path)
    return copy.deepcopy(_LOADED[key])


def _load(path: Path) -> list[Grid]:
    wb = load_workbook(path)
    grids = []
    for ws in wb.worksheets:
        g = Grid(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    g.cells[(c.row, c.column)] = (c.value, c.number_format)
        g.merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        grids.append(g)
    return grids


def save(grids: list[Grid], path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for g in grids:
        ws = wb.create_sheet(g.name)
        for (r, c), (v, fmt) in sorted(g.cells.items()):
            cell = ws.cell(row=r, column=c, value=v)
            if fmt and fmt != "General":
                cell.number_format = fmt
        for r1, c1, r2, c2 in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for col in range(1, g.max_col + 1):
            ws.column_dimensions[get_column_letter(col)].width = 16
        for col in getattr(g, "hidden_cols", ()):  # a helper column the reader is not shown (s9)
            ws.column_dimensions[get_column_letter(col)].hidden = True
        for row in getattr(g, "hidden_rows", ()):  # s11: a row hidden instead of deleted
            ws.row_dimensions[row].hidden = True
        for (r, c), n in getattr(g, "indent", {}).items():  # s11: a name indented by the cell's alignment
            ws.cell(row=r, column=c).alignment = Alignment(indent=n)
        for row in sorted(getattr(g, "breaks", ())):  # s10/s11: a table cut by a page break above this row
            ws.row_breaks.append(Break(id=row - 1))
        if getattr(g, "freeze", None):  # s10: frozen panes, print titles, an autofilter
            ws.freeze_panes = g.freeze
        if getattr(g, "print_rows", None):
            ws.print_title_rows = g.print_rows
        if getattr(g, "autofilter", None):
            ws.auto_filter.ref = g.autofilter
        if getattr(g, "hidden_sheet", False):  # s12: a hidden draft sheet
            ws.sheet_state = "hidden"
        if getattr(g, "header_title", None):  # s16: the title only in the print header
            ws.oddHeader.center.text = g.header_title
        for r, c in getattr(g, "bold", ()):  # s18: the totals in bold
            ws.cell(row=r, column=c).font = Font(bold=True)
        for r, c in getattr(g, "rich", ()):  # s12: a title stored as rich text, the year in a bold run of its own
            ws.cell(row=r, column=c).value = _rich(ws.cell(row=r, column=c).value)
    wb.save(path)
    _rewrite_xlsx(path, grids)
    return path


_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _rewrite_xlsx(path, grids):
    """s17: the saved workbook's XML as other producers write it: formulas with their cached values (g.formulas),
    Excel's '_x000D_' for a carriage return, a shared-strings table with 拼音 settings and rich runs ('sst'), every
    element 'x:'-prefixed as the .NET Open XML SDK writes ('x:'). openpyxl writes sheetN.xml in the sheets' order."""
    import zipfile
    styles = set().union(*(getattr(g, "xml", set()) for g in grids))
    if not styles and not any(getattr(g, "formulas", None) for g in grids):
        return
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i).decode("utf-8") if i.filename.endswith((".xml", ".rels")) else z.read(i)
                 for i in z.infolist()}
    sheets = [f"xl/worksheets/sheet{i}.xml" for i in range(1, len(grids) + 1)]
    for name, g in zip(sheets, grids):
        for (r, c), f in _shared(getattr(g, "formulas", {})) if "shared" in styles else getattr(g, "formulas", {}).items():
            f = f if f.startswith("<f") else f"<f>{f}</f>"
            parts[name] = re.sub(rf'(<c r="{get_column_letter(c)}{r}"[^>]*>)(<v>)', lambda m: m.group(1) + f + m.group(2),
                                 parts[name], count=1)
        if "x000D" in styles:
            parts[name] = parts[name].replace("&#13;", "_x000D_")
    if styles & {"sst", "x:"}:  # Excel and the SDK write the text as UTF-8, not as openpyxl's '&#25910;' references
        for name in sheets:
            parts[name] = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))) if int(m.group(1)) > 127 else m.group(), parts[name])
    if "sst" in styles:
        _shared_strings(parts, sheets)
    if "x:" in styles:
        for name in [n for n in parts if n.startswith("xl/") and n.endswith(".xml") and "theme" not in n]:
            x = re.sub(r"<(/?)([A-Za-z][\w.]*)(?=[\s/>])", r"<\1x:\2", parts[name])
            parts[name] = x.replace(f'xmlns="{_MAIN_NS}"', f'xmlns:x="{_MAIN_NS}"', 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _shared(formulas):
    """Each column's run of formulas on consecutive rows as one shared formula: ((r, c), '<f …>') pairs."""
    out, si = [], 0
    for (r, c) in sorted(formulas, key=lambda k: (k[1], k[0])):
        if out and out[-1][0] == (r - 1, c) and (r - 1, c) in formulas and run_col == c and run_end == r - 1:
            run_end = r
            out.append(((r, c), f'<f t="shared" si="{si - 1}"/>'))
            out[run_start][1] = re.sub(r'ref="[^"]*"', f'ref="{get_column_letter(c)}{run_first}:{get_column_letter(c)}{r}"',
                                       out[run_start][1])
        else:
            run_col, run_end, run_first, run_start = c, r, r, len(out)
            out.append([(r, c), f'<f t="shared" ref="{get_column_letter(c)}{r}:{get_column_letter(c)}{r}" si="{si}">'
                                f'{formulas[(r, c)]}</f>'])
            si += 1
    return [(k, f) for k, f in out]


def _shared_strings(parts, sheets):
    """Inline strings moved into xl/sharedStrings.xml as Excel (zh-CN) writes it: each <si> ends with
    <phoneticPr fontId="1" type="noConversion"/>, texts of four or more characters in two formatted runs."""
    table, index = [], {}

    def one(m):
        attrs, inner = m.group(1), m.group(2)
        if inner not in index:
            index[inner] = len(table)
            table.append(inner)
        return f"<c{attrs} t=\"s\"><v>{index[inner]}</v></c>"
    for name in sheets:
        parts[name] = re.sub(r'<c([^>]*?) t="inlineStr"><is>(.*?)</is></c>', one, parts[name])
    font = '<sz val="11"/><rFont val="宋体"/><family val="3"/><charset val="134"/>'

    def si(inner):
        m = re.fullmatch(r"<t(?: xml:space=\"preserve\")?>(.*)</t>", inner, re.S)
        if m and len(m.group(1)) >= 4 and "&" not in m.group(1):
            t = m.group(1)
            a, b = t[:len(t) // 2], t[len(t) // 2:]
            inner = (f'<r><rPr>{font}</rPr><t xml:space="preserve">{a}</t></r>'
                     f'<r><rPr><b/>{font}</rPr><t xml:space="preserve">{b}</t></r>')
        return f'<si>{inner}<phoneticPr fontId="1" type="noConversion"/></si>'
    parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{_MAIN_NS}" '
                                     f'count="{len(table)}" uniqueCount="{len(table)}">' + "".join(map(si, table)) + "</sst>")
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        "</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>').replace('Target="/xl/', 'Target="')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')


def _rich(text):
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    m = re.search(r"\d{4}年度?", text)
    if not m:
        return CellRichText([TextBlock(InlineFont(rFont="宋体", sz=16), text)])
    parts = [(text[:m.start()], False), (m.group(), True), (text[m.end():], False)]
    return CellRichText([TextBlock(InlineFont(rFont="宋体", sz=16, b=bold), t) for t, bold in parts if t])


# ---- the variants: each takes the sheets and returns them rewritten -------------------------------------------------

def generic_names(grids):
    for i, g in enumerate(grids, 1):
        g.name = f"Sheet{i}"
    return grids


def one_sheet(grids, gap=3):
    out, top = Grid("Sheet1"), 0
    for g in grids:
        for (r, c), v in g.cells.items():
            out.cells[(r + top, c)] = v
        out.merges += [(r1 + top, c1, r2 + top, c2) for r1, c1, r2, c2 in g.merges]
        top += g.max_row + gap
    return [out]


def shifted(grids):
    for g in grids:
        g.remap(lambda r, c: (r + 3, c + 2))
    return grids


TOTALS = {"合计", "总计", "本年收入合计", "本年支出合计"}


def label(g, r):
    for c in range(1, g.max_col + 1):
        t = g.text(r, c)
        if t and t.strip():
            return re.sub(r"\s+", "", t)
    return None


def blank_row_before_totals(grids):
    """A blank row before each 合计/总计 row: the table goes on under it."""
    for g in grids:
        at = sorted(r for r in range(1, g.max_row + 1) if label(g, r) in TOTALS)
        g.remap(lambda r, c: (r + sum(1 for a in at if a <= r), c))
    return grids


def blank_col_inside(grids):
    """An empty column after the first column that has anything in it (between 科目编码 and 名称, say)."""
    for g in grids:
        first = min((c for _r, c in g.cells), default=1)
        g.remap(lambda r, c: (r, c + 1 if c > first else c))
    return grids


def numbers_as_text(fmt):
    def run(grids):
        for g in grids:
            for k, (v, f) in list(g.cells.items()):
                if isinstance(v, (int, float)) and not isinstance(v, bool) and f and "0.0" in f and "%" not in f:
                    g.cells[k] = (fmt(v), "General")
        return grids
    return run


FULL = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")
text_commas = numbers_as_text(lambda v: f"{v:,.2f}")
text_fullwidth = numbers_as_text(lambda v: f"{v:.2f}".translate(FULL))
text_spaces = numbers_as_text(lambda v: f" {v:,.2f} ")

CODE = re.compile(r"^(\d{3})(\d{2})(\d{2})?$")


def codes_separated(sep):
    """科目编码 printed with `sep` between 类, 款 and 项 ('201 01 01', '201.01.01', '201-01-01')."""
    def run(grids):
        for g in grids:
            for k, (v, f) in list(g.cells.items()):
                if isinstance(v, str) and (m := CODE.match(v.strip())):
                    g.cells[k] = (sep.join(p for p in m.groups() if p), f)
        return grids
    return run


codes_spaced = codes_separated(" ")


def codes_as_numbers(grids):
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and CODE.match(v.strip()) and len(v.strip()) in (5, 7):
                g.cells[k] = (int(v.strip()), "General")
    return grids


def drop_lanci(grids):
    """No 栏次 row and no 行次 column (only in the table that has it: tables may be stacked on one sheet)."""
    for g in grids:
        rows = {r for (r, c), (v, _f) in g.cells.items() if isinstance(v, str) and v.strip() == "栏次"}
        titles = sorted(r for r, _c in title_cells(g))
        cut = {}  # row → columns dropped in it
        for (r, c), (v, _f) in list(g.cells.items()):
            if isinstance(v, str) and v.strip() == "行次":
                end = next((t for t in titles if t > r), g.max_row + 1)
                for rr in range(r, end):
                    cut.setdefault(rr, set()).add(c)

        def fn(r, c):
            if r in rows or c in cut.get(r, ()):
                return None
            return r - sum(1 for x in rows if x < r), c - sum(1 for x in cut.get(r, ()) if x < c)
        g.remap(fn)
    return grids


def unmerged_filled(grids):
    """Merges undone and the value repeated in every cell, as some exports do."""
    for g in grids:
        for r1, c1, r2, c2 in g.merges:
            v = g.cells.get((r1, c1))
            if v is not None:
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        g.cells[(r, c)] = v
        g.merges = []
    return grids


def unmerged(grids):
    for g in grids:
        g.merges = []
    return grids


TITLE = re.compile(r"(决算|预算).*表$|表（.*）$")
NUM = "一二三四五六七八九"


def title_cells(g):
    out = []
    for (r, c), (v, _f) in sorted(g.cells.items()):
        if isinstance(v, str) and 4 <= len(v.strip()) <= 40 and "：" not in v and TITLE.search(v.strip()) \
                and not v.strip().startswith(("公开", "其中")):
            out.append((r, c))
    return out


def retitle(how):
    def run(grids):
        n = 0
        for g in grids:
            for r, c in title_cells(g):
                n += 1
                v, f = g.cells[(r, c)]
                g.cells[(r, c)] = (how(v.strip(), n), f)
        return grids
    return run


title_with_code = retitle(lambda t, n: f"{t}（公开{n:02d}表）")
title_biao = retitle(lambda t, n: f"表{NUM[n - 1] if n <= 9 else n} {t}")
title_fubiao = retitle(lambda t, n: f"附表{n}：{t}")
title_year = retitle(lambda t, n: t if re.match(r"\d{4}年", t) else f"2019年度{t}")
title_dept = retitle(lambda t, n: t if "部门" in t or "单位" in t or len(t) < 6 else f"部门{t}")


def unit_moved(grids):
    """'金额单位：万元' as 单位:万元 (half-width colon) and 'xx单位：万元' in the unit cell's place."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and re.fullmatch(r"\s*(金额)?单位[：:]\s*(万元|元)\s*", v):
                unit = v.split("：")[-1].split(":")[-1].strip()
                g.cells[k] = (f"单位:{unit}", f)
    return grids


def unit_in_dept_line(grids):
    """The unit at the end of the 部门 line, its own cell emptied."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and re.fullmatch(r"\s*(金额)?单位[：:]\s*(万元|元)\s*", v):
                r = k[0]
                dept = [(rc, vv) for rc, vv in g.cells.items() if rc[0] == r and rc != k and isinstance(vv[0], str)
                        and vv[0].strip().startswith(("部门", "编制", "单位名称", "预算单位"))]
                if dept:
                    (rc, (dv, df)), = dept[:1]
                    g.cells[rc] = (f"{dv}　　　　{v.strip()}", df)
                    del g.cells[k]
    return grids


def total_moved(grids):
    """The 合计 row moved from above the 科目 rows to below them, or from below to above."""
    def is_code_row(g, r):
        first = next((g.cells[(r, c)][0] for c in range(1, g.max_col + 1) if (r, c) in g.cells), None)
        return isinstance(first, str) and re.fullmatch(r"\d{3}(\s?\d{2}){0,2}", first.strip()) is not None

    for g in grids:
        rows = sorted({r for r, _c in g.cells})
        moves = {}
        for r in rows:
            if label(g, r) != "合计":
                continue
            below = []
            x = r + 1
            while is_code_row(g, x):
                below.append(x)
                x += 1
            above = []
            x = r - 1
            while is_code_row(g, x):
                above.append(x)
                x -= 1
            if below and not above:  # 合计 first → last
                for b in below:
                    moves[b] = b - 1
                moves[r] = below[-1]
            elif above and not below:  # 合计 last → first
                for a in above:
                    moves[a] = a + 1
                moves[r] = above[-1]
        if moves:
            g.remap(lambda r, c: (moves.get(r, r), c))
    return grids


def sheet_each(grids):
    """Tables stacked on one sheet split onto a sheet each (at each title; a 公开NN表 code above its title goes
    with it)."""
    out = []
    for g in grids:
        starts = sorted({r for r, _c in title_cells(g)})
        starts = [r - 1 if any(isinstance(v, str) and re.fullmatch(r"\s*公开\d{2}表\s*", v)
                               for (rr, _c), (v, _f) in g.cells.items() if rr == r - 1) else r for r in starts]
        if len(starts) < 2:
            out.append(g)
            continue
        bounds = [1] + starts[1:] + [g.max_row + 1]
        for i, (a, b) in enumerate(zip(bounds, bounds[1:]), 1):
            part = Grid(f"{g.name}-{i}")
            part.cells = {(r - a + 1, c): v for (r, c), v in g.cells.items() if a <= r < b}
            part.merges = [(r1 - a + 1, c1, r2 - a + 1, c2) for r1, c1, r2, c2 in g.merges if a <= r1 and r2 < b]
            out.append(part)
    return out


def dept_label_mixed(grids):
    """The 部门 line worded differently from table to table: 编制单位： / 单位名称： / 填报单位：."""
    words = ["编制单位：", "单位名称：", "填报单位：", "部门名称："]
    n = 0
    for g in grids:
        for k, (v, f) in sorted(g.cells.items()):
            if isinstance(v, str) and (m := re.match(r"\s*(编制部门|部门|预算主管部门|单位)[：:]", v)) and len(v) < 60 \
                    and "万元" not in v and not v.strip().startswith("单位：元"):
                g.cells[k] = (words[n % len(words)] + v[m.end():], f)
                n += 1
    return grids


def dept_in_title(grids):
    """The department's name printed in front of each table's title, as many regions do."""
    names = [re.split(r"[：:]", v, 1)[1].strip() for g in grids for (v, _f) in g.cells.values()
             if isinstance(v, str) and re.match(r"\s*(编制部门|部门|单位名称)[：:]\S", v)]
    if not names:
        return grids
    name = re.split(r"\s", names[0])[0]
    return retitle(lambda t, n: t if name in t else f"{name}{t}")(grids)


def year_line_variants(grids):
    """'（2019年度）' printed as '2019年' or '2019年度决算' ."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and (m := re.fullmatch(r"\s*[（(](\d{4})年度[)）]\s*", v)):
                g.cells[k] = (f"{m.group(1)}年", f)
    return grids


def cumulative_split_codes(grids):
    """类/款/项 columns that print the whole code so far: 208 | 20805 | 2080505 instead of 208 | 05 | 05."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if not (isinstance(v, str) and re.fullmatch(r"\d{3}", v.strip())):
                continue
            kuan = g.cells.get((r, c + 1), (None, None))
            xiang = g.cells.get((r, c + 2), (None, None))
            if isinstance(kuan[0], str) and re.fullmatch(r"\d{2}", kuan[0].strip()):
                g.cells[(r, c + 1)] = (v.strip() + kuan[0].strip(), kuan[1])
                if isinstance(xiang[0], str) and re.fullmatch(r"\d{2}", xiang[0].strip()):
                    g.cells[(r, c + 2)] = (v.strip() + kuan[0].strip() + xiang[0].strip(), xiang[1])
    return grids


def indicator_rows_swapped(grids):
    """A 绩效自评表's 三级指标 rows in another order: each pair of rows inside a 二级 group swapped."""
    for g in grids:
        corners = {(r1) for r1, _c1, _r2, _c2 in g.merges} | {r2 for _r1, _c1, r2, _c2 in g.merges}
        heads = sorted(r for (r, c), (v, _f) in g.cells.items() if isinstance(v, str) and v.strip() == "三级指标")
        for h in heads:
            col = next(c for (r, c), (v, _f) in g.cells.items() if r == h and isinstance(v, str) and v.strip() == "三级指标")

            def inner(r):  # a row of the group with nothing left of its 三级指标 and a score
                return (r, col) in g.cells and not any((r, c) in g.cells for c in range(1, col)) and r not in corners
            r = h + 1
            while r < g.max_row:
                if inner(r) and inner(r + 1):
                    a = {c: g.cells.pop((r, c)) for c in range(col, g.max_col + 1) if (r, c) in g.cells}
                    b = {c: g.cells.pop((r + 1, c)) for c in range(col, g.max_col + 1) if (r + 1, c) in g.cells}
                    g.cells.update({(r + 1, c): v for c, v in a.items()})
                    g.cells.update({(r, c): v for c, v in b.items()})
                    r += 2
                else:
                    r += 1
    return grids


# Other wordings real disclosures print for the same header or row (each seen in /work/shared/real or the seed:
# 收入合计/支出合计 江苏 收支预算总表; 金额 江苏、上海 one-column sides; 年末结转结余 上海 2024 决算 notes; 因公出国（境）
# 费用 上海 06表 30212 and 江苏 三公 text; 财政拨款 江苏 收支总表 row; 公务用车购置及运行费 / 公务用车运行费 普陀 2024
# 决算 07表 and the 上海 2026 预算 templates). Session 6's 上缴上级, 对附属单位补助, 公务接待费用, 附属单位缴款,
# 基本支出合计, 项目支出合计 appear in none of the 35 real PDFs, the seed or the templates: dropped.
SYNONYMS = {
    "本年收入合计": "收入合计", "本年支出合计": "支出合计", "决算数": "金额", "年初结转和结余": "年初结转结余",
    "年末结转和结余": "年末结转结余", "因公出国（境）费": "因公出国（境）费用", "财政拨款收入": "财政拨款",
    "公务用车购置及运行维护费": "公务用车购置及运行费", "公务用车运行维护费": "公务用车运行费",
}
# 金额 names a side's only value column; beside 预算数 (the 三公 table's 预算数 | 决算数 pairs) no form prints it
PAIRED = {"决算数": "预算数"}
# the short car wordings are the 三公 table's; 06表's economic rows (30231) always print 公务用车运行维护费
SANSHI_ONLY = ("公务用车购置及运行维护费", "公务用车运行维护费")


def _sanshi_title(g, row):
    """The text of the last table title at or above `row` ('' when none)."""
    above = [t for t in title_cells(g) if t[0] <= row]
    return g.cells[max(above)][0] if above else ""


def synonyms(grids):
    """Headers and row names in other regions' words (收入合计 for 本年收入合计, 金额 for 决算数 …)."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str):
                m = re.match(r"^(\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*)(.*?)(\s*)$", v)
                if not m or m.group(2) not in SYNONYMS:
                    continue
                pair = PAIRED.get(m.group(2))
                if pair and any(isinstance(w, str) and w.strip() == pair for (r, _c), (w, _f) in g.cells.items()
                                if r == k[0]):
                    continue
                if m.group(2) in SANSHI_ONLY and "三公" not in _sanshi_title(g, k[0]):
                    continue
                g.cells[k] = (m.group(1) + SYNONYMS[m.group(2)] + m.group(3), f)
    return grids


def renumbered(grids):
    """Row names numbered （一） / 1. instead of 一、, or not numbered."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and (m := re.match(r"^\s*([一二三四五六七八九十]+)、(.+)$", v)):
                g.cells[k] = (f"（{m.group(1)}）{m.group(2)}", f)
    return grids


def blank_rows_every(n):
    def run(grids):
        for g in grids:
            g.remap(lambda r, c: (r + (r - 1) // n, c))
        return grids
    return run


def spaced_totals(grids):
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and v.strip() in ("合计", "总计"):
                g.cells[k] = (" ".join(v.strip()), f)
    return grids


def code_and_name_in_one_cell(grids):
    """'2080505 机关事业单位基本养老保险缴费支出' in the code cell, the name cell left empty."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and re.fullmatch(r"\d{3}(\d{2}){0,2}", v.strip()):
                name = g.cells.get((r, c + 1), (None, None))[0]
                if isinstance(name, str) and name.strip() and not re.match(r"\d", name.strip()):
                    g.cells[(r, c)] = (f"{v.strip()} {name.strip()}", f)
                    del g.cells[(r, c + 1)]
    return grids


def swap_weight_words(grids):
    """A 绩效自评表 whose 权重 column is headed 分值 and the other way round."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and v.strip() in ("权重", "分值", "权重（%）", "分值（%）"):
                g.cells[k] = (v.replace("权重", "\0").replace("分值", "权重").replace("\0", "分值"), f)
    return grids



# ---- session 3: other years' and regions' templates ----------------------------------------------------------------

_NUMERIC_TEXT = re.compile(r"^\s*[-(（]?[\d,，.．０-９]+[)）]?\s*$")


def is_num(v) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float)):
        return True
    return isinstance(v, str) and bool(_NUMERIC_TEXT.match(v.replace("\u3000", ""))) and any(ch.isdigit() for ch in v)


def header_cell(g, r, c) -> bool:
    """A column heading: words, a figure somewhere under it within a few rows, no figure beside it in its row
    (a row label such as '本年收入合计' has its figure to its right)."""
    if g.text(r, c) is None:
        return False
    if any(is_num(g.cells[(r, cc)][0]) for cc in range(1, g.max_col + 1) if (r, cc) in g.cells):
        return False
    return any(is_num(g.cells.get((rr, c), (None, None))[0]) for rr in range(r + 1, r + 9))


def row_label_cell(g, r, c) -> bool:
    """A row label: words with a figure to their right in the same row."""
    return g.text(r, c) is not None and any(is_num(g.cells.get((r, cc), (None, None))[0])
                                              for cc in range(c + 1, g.max_col + 1))


def reword(mapping, where):
    """Cells whose text (numbering and spaces aside) is a key of `mapping` reworded, where `where(g, r, c)` holds."""
    def run(grids):
        for g in grids:
            for (r, c), (v, f) in list(g.cells.items()):
                if not isinstance(v, str):
                    continue
                m = re.match(r"^(\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*)(.*?)(\s*)$", v)
                if m and m.group(2) in mapping and where(g, r, c):
                    g.cells[(r, c)] = (m.group(1) + mapping[m.group(2)] + m.group(3), f)
        return grids
    return run


headers_zongji = reword({"本年收入合计": "收入总计", "本年支出合计": "支出总计"}, header_cell)
headers_bennian = reword({"本年收入合计": "本年收入", "本年支出合计": "本年支出"}, header_cell)
headers_amount = reword({"决算数": "决算金额", "金额": "决算金额"}, header_cell)
headers_amount2 = reword({"决算数": "本年数", "金额": "本年数", "预算数": "本年预算数"},
                         lambda g, r, c: header_cell(g, r, c) and not any(
                             g.text(r, cc) and g.text(r, cc).strip() in ("预算数", "决算数") and cc != c
                             for cc in range(1, g.max_col + 1)))
headers_code = reword({"功能分类科目编码": "科目编码", "经济分类科目编码": "科目编码", "科目名称": "项目名称",
                       "部门预算经济分类科目编码": "科目编码", "经济分类科目名称": "科目名称"}, header_cell)
headers_fiscal = reword({"财政拨款收入": "一般公共预算财政拨款收入"}, header_cell)
totals_zongji = reword({"合计": "总计"}, row_label_cell)
fund_rows_bare = reword({"一般公共预算财政拨款收入": "一般公共预算财政拨款",
                         "政府性基金预算财政拨款收入": "政府性基金预算财政拨款",
                         "国有资本经营预算财政拨款收入": "国有资本经营预算财政拨款"}, lambda g, r, c: True)
fund_rows_income = reword({"一般公共预算财政拨款": "一般公共预算财政拨款收入",
                           "政府性基金预算财政拨款": "政府性基金预算财政拨款收入",
                           "国有资本经营预算财政拨款": "国有资本经营预算财政拨款收入"}, row_label_cell)


def _title_kind(text):
    from govaudit.recognize.specs import classify_title
    return classify_title(text)


def title_of_kind(g, r, c):
    return isinstance(g.cells[(r, c)][0], str) and _title_kind(g.cells[(r, c)][0]) is not None


def no_codes(grids):
    """No 公开NN表 code beside or above the titles."""
    for g in grids:
        for k, (v, _f) in list(g.cells.items()):
            if isinstance(v, str) and re.fullmatch(r"\s*公开\s*\d{1,2}\s*表\s*", v):
                del g.cells[k]
    return grids


# other years' and regions' names of the nine 决算 tables (2015–2023 central and local templates)
OTHER_NAMES = {
    "local 2016": {"01": "部门收支决算总表", "02": "部门收入决算表", "03": "部门支出决算表", "04": "部门财政拨款收支决算总表",
                   "05": "部门一般公共预算财政拨款支出决算表", "06": "部门一般公共预算财政拨款基本支出决算明细表",
                   "07": "部门财政拨款“三公”经费支出决算表", "08": "部门政府性基金预算财政拨款收入支出决算表",
                   "09": "部门国有资本经营预算财政拨款支出决算表"},
    "central 2021": {"01": "收入支出决算表", "02": "收入决算表", "03": "支出决算表", "04": "财政拨款收入支出决算表",
                     "05": "一般公共预算财政拨款支出决算表", "06": "一般公共预算财政拨款基本支出决算表",
                     "07": "一般公共预算财政拨款“三公”经费支出决算表",
                     "08": "政府性基金预算财政拨款收入支出决算表", "09": "国有资本经营预算财政拨款收入支出决算表"},
    "2023 with year": {"01": "2023年度收入支出决算总表", "02": "2023年度收入决算表", "03": "2023年度支出决算表",
                       "04": "2023年度财政拨款收入支出决算总表", "05": "2023年度一般公共预算财政拨款支出决算表",
                       "06": "2023年度一般公共预算财政拨款基本支出决算表",
                       "07": "2023年度一般公共预算财政拨款“三公”经费支出决算表",
                       "08": "2023年度政府性基金预算财政拨款收入支出决算表",
                       "09": "2023年度国有资本经营预算财政拨款支出决算表"},
    # budget: 上海 2023–2025 and 江苏 2017 wordings
    "budget other": {"B01": "财务收支预算总表", "B02": "收入预算总表", "B03": "支出预算总表",
                     "B04": "财政拨款收支预算总表", "B05": "一般公共预算支出功能分类预算表",
                     "B06": "政府性基金预算支出功能分类预算表", "B07": "国有资本经营预算支出功能分类预算表",
                     "B08": "一般公共预算基本支出经济分类预算表", "B09": "“三公”经费和机关运行经费预算表",
                     "B10": "财政拨款支出预算表（功能科目）", "B11": "财政拨款基本支出预算表（经济科目）",
                     "B12": "一般公共预算机关运行经费支出预算表", "B13": "政府采购预算表"},
}


def other_names(which):
    def run(grids):
        names = OTHER_NAMES[which]
        for g in grids:
            for (r, c), (v, f) in list(g.cells.items()):
                if isinstance(v, str) and len(v.strip()) <= 40:
                    kind = _title_kind(v)
                    if kind in names and (kind != "B01" or "收支" in v):
                        new = names[kind]
                        lead = re.match(r"\s*(\d{4}年度?)?(部门|预算单位|单位)?", v)
                        if kind.startswith("B") and lead.group(0).strip():
                            new = (lead.group(1) or "") + (lead.group(2) or "") + new
                        g.cells[(r, c)] = (new, f)
        return grids
    return run


UNIT_CELL = re.compile(r"\s*(?:金额)?单位[：:]\s*(万元|元)\s*$")


def _unit_cells(g):
    return [(k, UNIT_CELL.match(v).group(1)) for k, (v, _f) in g.cells.items()
            if isinstance(v, str) and UNIT_CELL.match(v)]


def _title_above(g, r):
    titles = [t for t in title_cells(g) if t[0] <= r and r - t[0] <= 4]
    return max(titles) if titles else None


def unit_in_title(grids, form="（单位：{}）"):
    """The unit in the title line ('收入决算表（单位：万元）'; s12: form '（{}）', '收入决算表（万元）'), its own cell gone."""
    for g in grids:
        for k, unit in _unit_cells(g):
            t = _title_above(g, k[0])
            if t:
                v, f = g.cells[t]
                g.cells[t] = (v.strip() + form.format(unit), f)
                del g.cells[k]
    return grids


def unit_jine(grids):
    """'单位：万元' as '金额单位：万元' (and the other way round)."""
    for g in grids:
        for k, unit in _unit_cells(g):
            v, f = g.cells[k]
            g.cells[k] = (f"单位：{unit}" if "金额" in v else f"金额单位：{unit}", f)
    return grids


def _figure(v) -> bool:
    """Money as printed: a float, or text with decimals or thousands separators (not a 科目编码, not a 栏次 number)."""
    if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool) and v >= 100):
        return True  # (a 栏次 or 行次 number is small)
    return isinstance(v, str) and is_num(v) and any(ch in v for ch in ".,，．")


def unit_in_headers(grids):
    """No unit line: each figure column's lowest heading says '（万元）' (the 9 tables, not the 绩效自评表)."""
    for g in grids:
        units = _unit_cells(g)
        titles = title_cells(g)
        if not units or not titles or any(_title_kind(g.cells[t][0]) == "perf" for t in titles):
            continue
        for k, _u in units:
            del g.cells[k]
        heads = {}
        for (r, c), (v, _f) in g.cells.items():
            if not _figure(v):
                continue
            up = r - 1
            while up > 0 and (g.text(up, c) is None or not g.text(up, c).strip()):
                up -= 1
            if up > 0 and header_cell(g, up, c) and not _figure(g.cells[(up, c)][0]):
                unit = next((u for (ur, _c), u in sorted(units, reverse=True) if ur < up), units[0][1])
                heads[(up, c)] = unit
        for (r, c), unit in heads.items():
            v, f = g.cells[(r, c)]
            if v.strip() not in ("栏次", "行次", "类", "款", "项") and "（" not in v \
                    and not any(w in v for w in ("编码", "名称", "项目", "行次")):
                g.cells[(r, c)] = (f"{v.strip()}（{unit}）", f)
    return grids


def spacer_columns(grids):
    """A blank narrow column after every column (a Word table or a PDF converted back to a spreadsheet)."""
    for g in grids:
        g.remap(lambda r, c: (r, 2 * c - 1))
    return grids


def _tables(g):
    """(title row, first data row, last row) of each table on the sheet, by title."""
    starts = sorted({r for r, _c in title_cells(g)})
    out = []
    for i, t in enumerate(starts):
        end = (starts[i + 1] - 1) if i + 1 < len(starts) else g.max_row
        first = next((r for r in range(t + 1, end + 1)
                      if any(is_num(v) for (rr, _c), (v, _f) in g.cells.items() if rr == r)
                      and not any(isinstance(v, str) and v.strip() == "栏次"
                                  for (rr, _c), (v, _f) in g.cells.items() if rr == r)), None)
        if first:
            out.append((t, first, end))
    return out


def lanci_added(grids):
    """A 栏次 row (1, 2, 3 … under each figure column) between the header and the first row, where there is none."""
    for g in grids:
        if any(isinstance(v, str) and v.strip() == "栏次" for v, _f in g.cells.values()):
            continue
        inserts = []
        for t, first, end in _tables(g):
            cols = sorted({c for (r, c), (v, _f) in g.cells.items() if first <= r <= end and _figure(v)})
            label_col = min((c for (r, c) in g.cells if first <= r <= end), default=1)
            cols = [c for c in cols if c != label_col]
            if len(cols) >= 1:
                inserts.append((first, label_col, cols))
        ins_rows = sorted(i[0] for i in inserts)
        g.remap(lambda r, c: (r + sum(1 for a in ins_rows if a <= r), c))
        for first, label_col, cols in inserts:
            at = first + sum(1 for a in ins_rows if a < first)
            g.cells[(at, label_col)] = ("栏次", "General")
            for i, c in enumerate(cols, 1):
                g.cells[(at, c)] = (i, "General")
    return grids


def hangci_added(grids):
    """A 行次 column (1, 2, 3 …) after the label column of one-sided tables (02/03/05/08/09) that have none."""
    out = []
    for g in grids:
        if any(isinstance(v, str) and v.strip() == "行次" for v, _f in g.cells.values()):
            out.append(g)
            continue
        tables = _tables(g)
        if len(tables) != 1:
            out.append(g)
            continue
        t, first, end = tables[0]
        kind = _title_kind(g.cells[min(title_cells(g))][0])
        if kind not in ("02", "03", "05", "08", "09", "B02", "B03", "B05"):
            out.append(g)
            continue
        value_cols = {c for (r, c), (v, _f) in g.cells.items() if first <= r <= end and is_num(v)}
        at = min(value_cols)  # the new column goes before the first figure column
        header_row = max((r for (r, c) in g.cells if t < r < first and header_cell(g, r, at)), default=first - 1)
        g.remap(lambda r, c: (r, c + 1 if c >= at else c))
        g.cells[(header_row, at)] = ("行次", "General")
        n = 0
        for r in range(first, end + 1):
            if any(is_num(g.cells.get((r, c), (None, None))[0]) for c in range(at + 1, g.max_col + 1)) or \
                    any((r, c) in g.cells for c in range(1, at)):
                if g.text(r, 1) and g.text(r, 1).startswith(("注", "说明")):
                    continue
                n += 1
                g.cells[(r, at)] = (n, "General")
        out.append(g)
    return out


def continued_sheet(grids):
    """A long one-table sheet split in two: the second half on the next sheet under '续表' and the header again."""
    out = []
    for g in grids:
        tables = _tables(g)
        if len(tables) != 1 or tables[0][2] - tables[0][1] < 8 or \
                _title_kind(g.cells[min(title_cells(g))][0]) in (None, "perf"):
            out.append(g)
            continue
        t, first, end = tables[0]
        notes = [r for r in range(first, end + 1) if (g.text(r, 1) or "").startswith(("注", "说明"))]
        last = (min(notes) - 1) if notes else end
        mid = first + (last - first + 1) // 2
        head = [r for r in range(t + 1, first)
                if not any(isinstance(v, str) and (UNIT_CELL.match(v) or re.match(r"\s*(编制)?(部门|单位)(名称)?[：:]", v)
                                                   or re.fullmatch(r"\s*[（(]\d{4}年度[)）]\s*", v))
                           for (rr, _c), (v, _f) in g.cells.items() if rr == r)]
        second = Grid(g.name + "（续）")
        second.cells[(1, 1)] = ("续表", "General")
        rows = head + list(range(mid, g.max_row + 1))
        pos = {r: i + 2 for i, r in enumerate(rows)}
        second.cells.update({(pos[r], c): v for (r, c), v in g.cells.items() if r in pos})
        second.merges = [(pos[r1], c1, pos[r2], c2) for r1, c1, r2, c2 in g.merges
                         if r1 in pos and r2 in pos and (r1 in head) == (r2 in head)]
        g.cells = {(r, c): v for (r, c), v in g.cells.items() if r < mid}
        g.merges = [m for m in g.merges if m[2] < mid]
        out += [g, second]
    return out

def split_codes_joined(grids):
    """类 | 款 | 项 columns (208 | 05 | 05) printed as one 科目编码 column (2080505), the 款 and 项 columns left empty."""
    for g in grids:
        heads = [(r, c) for (r, c), (v, _f) in g.cells.items() if isinstance(v, str) and v.strip() == "类"
                 and g.text(r, c + 1) and g.text(r, c + 1).strip() == "款"]
        for r0, c in heads:
            g.cells[(r0, c)] = ("科目编码", g.cells[(r0, c)][1])
            for cc in (c + 1, c + 2):
                g.cells.pop((r0, cc), None)
            def part(r, cc, digits):  # a 类 / 款 / 项 part, stored as text or as a number (上海: 201 | 01 | 01)
                v = g.cells.get((r, cc), (None, None))[0]
                if isinstance(v, int) and not isinstance(v, bool):
                    v = str(v).zfill(digits)
                return v.strip() if isinstance(v, str) and re.fullmatch(rf"\d{{{digits}}}", v.strip()) else None

            for r in range(r0 + 1, g.max_row + 1):
                lei = part(r, c, 3)
                if not lei:
                    continue
                subs = [(cc, part(r, cc, 2)) for cc in (c + 1, c + 2)]
                g.cells[(r, c)] = (lei + "".join(p for _cc, p in subs if p), "@")
                for cc, p in subs:
                    if p:
                        del g.cells[(r, cc)]
    return grids



# ---- session 5: what a generator of test disclosures, or another region's year, plausibly does --------------------

_MONEY_TEXT = re.compile(r"^\s*(-?)(\d[\d,]*)\.(\d{2})\s*$")


def _money(v, f, row_has_money=False):
    """A money figure of the samples (2 decimals, as a float with a 0.00 format or as text) → Decimal, else None.
    row_has_money: a float in General format beside such figures is one too (a 绩效自评表's 执行数 2.96)."""
    from decimal import Decimal
    if isinstance(v, float) and row_has_money and (not f or f == "General") and not v.is_integer():
        return Decimal(repr(v))
    if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool)):
        return Decimal(repr(v)) if f and "0.00" in f and "%" not in f else None
    if isinstance(v, str) and (m := _MONEY_TEXT.match(v.replace("\u3000", ""))):
        return Decimal(m.group(1) + m.group(2).replace(",", "") + "." + m.group(3))
    return None


def in_yuan(decimals):
    """Every amount in 元 (×10000) with thousands separators, the unit lines and headings saying 元: 1,234,567.00, or
    with no decimals (decimals=0: a 元 figure is whole when its 万元 figure had 2 decimals)."""
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")

    def run(grids):
        for g in grids:
            money_rows = {r for (r, _c), (v, f) in g.cells.items() if _money(v, f) is not None}
            for k, (v, f) in list(g.cells.items()):
                d = _money(v, f, k[0] in money_rows)
                if d is not None:
                    y = d * 10000
                    g.cells[k] = (int(y) if decimals == 0 else float(y), fmt)
                elif isinstance(v, str) and "万元" in v and len(v) <= 40 and not re.search(r"\d", v):  # not prose
                    g.cells[k] = (v.replace("万元", "元"), f)
        return grids
    return run


def total_column_last(grids):
    """The 合计 column printed after its parts (项目 | 基本支出 | 项目支出 | 合计) instead of first: a top-level heading
    合计/本年收入合计/本年支出合计 right after the label columns moves to the end of its table."""
    words = {"合计", "本年收入合计", "本年支出合计", "收入合计", "支出合计"}
    for g in grids:
        titles = sorted({r for r, _c in title_cells(g)}) + [g.max_row + 1]
        for t, nxt in zip(titles, titles[1:]):
            heads = [(r, c) for (r, c), (v, _f) in g.cells.items() if t < r < nxt and r <= t + 6
                     and isinstance(v, str) and re.sub(r"\s", "", v) in words and header_cell(g, r, c)]
            for r, c in heads[:1]:
                if any(m[1] <= c <= m[3] and m[3] > m[1] and m[0] < r for m in g.merges):
                    continue  # under a group (预算数 / 合计): a sub-total, not the table's
                if any(m[0] <= r <= m[2] and m[1] <= c <= m[3] and m[3] > m[1] for m in g.merges):
                    continue  # merged across columns itself
                rows = range(t + 1, nxt)
                last = max(cc for (rr, cc) in g.cells if t < rr < nxt)
                if c >= last or not all(isinstance(g.cells.get((rr, c - 1), (None, None))[0], (str, type(None)))
                                        for rr in rows):
                    continue

                def fn(rr, cc, c=c, last=last):
                    if rr not in rows or cc < c or cc > last:
                        return rr, cc
                    return (rr, last) if cc == c else (rr, cc - 1)
                inside = [m for m in g.merges if m[0] in rows]
                if any(m[1] < c <= m[3] or (c <= m[1] <= last < m[3]) for m in inside if m[3] > m[1]):
                    continue  # a heading merged over the moved column and others: leave the table as it is
                g.remap(fn)
    return grids


def header_line_breaks(grids):
    """Long headings wrapped inside their cell ('本年收\\n入合计', '功能分类\\n科目编码')."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and 4 <= len(v.strip()) <= 12 and header_cell(g, r, c) and not is_num(v):
                s = v.strip()
                g.cells[(r, c)] = (s[:len(s) // 2] + "\n" + s[len(s) // 2:], f)
    return grids


headers_xiaoji = reword({"本年收入合计": "本年收入小计", "本年支出合计": "本年支出小计"}, lambda g, r, c: True)


def sheets_reversed(grids):
    """The tables in another order (last first): sheets reversed, and tables stacked on one sheet taken apart."""
    return list(reversed(sheet_each(grids)))


def title_dept_year(grids):
    """The department and the year in front of each title: 'XX局2019年度收入决算表'."""
    names = [re.split(r"[：:]", v, 1)[1].strip() for g in grids for (v, _f) in g.cells.values()
             if isinstance(v, str) and re.match(r"\s*(编制部门|部门|单位名称|填报部门)[：:]\S", v)]
    name = re.split(r"\s", names[0])[0] if names else "某某局"
    return retitle(lambda t, n: t if re.match(r"\d{4}年", t) or name in t else f"{name}2019年度{t}")(grids)


def front_matter(grids):
    """A cover sheet, a 目录 sheet listing every table's title (with its page), a blank sheet and a sheet of notes
    at the end, as a department's whole publication in one workbook: the 目录 lines are no tables."""
    titles = [re.sub(r"\s", "", g.cells[t][0]) for g in grids for t in title_cells(g)]
    cover = Grid("封面")
    cover.cells[(3, 1)] = ("某某局", "General")
    cover.cells[(5, 1)] = ("2019年度部门决算公开", "General")
    cover.cells[(8, 1)] = ("二〇二〇年九月", "General")
    toc = Grid("目录")
    toc.cells[(1, 1)] = ("目录", "General")
    toc.cells[(2, 1)] = ("第一部分　部门概况", "General")
    toc.cells[(3, 1)] = ("第二部分　部门决算表", "General")
    for i, t in enumerate(titles, 1):
        toc.cells[(3 + i, 1)] = (f"{NUM[i - 1] if i <= 9 else i}、{t}", "General")
        toc.cells[(3 + i, 2)] = (i + 2, "General")
    return [cover, toc] + grids + [Grid("Sheet3")]


def zero_dashes(grids):
    """Zero amounts printed as '—', '－' or '-' (a dash for nothing), in turn."""
    marks = ["—", "－", "-"]
    n = 0
    for g in grids:
        for k, (v, f) in sorted(g.cells.items()):
            d = _money(v, f)
            if d is not None and d == 0:
                g.cells[k] = (marks[n % 3], "General")
                n += 1
    return grids


def footer_signatures(grids):
    """Under each table the signatures and date a form is filed with: '单位负责人：… 财务负责人：… 填表人：…' and
    '报送日期：2020年5月20日'."""
    for g in grids:
        for t, _first, end in reversed(_tables(g)):  # bottom up: a table's rows move only for the ones above it
            last = max(r for (r, _c) in g.cells if t <= r <= end)
            c0 = min(c for (r, c) in g.cells if t <= r <= end)
            g.remap(lambda r, c, last=last: (r + 2 if r > last else r, c))
            g.cells[(last + 1, c0)] = ("单位负责人：张三", "General")
            g.cells[(last + 1, c0 + 2)] = ("财务负责人：李四", "General")
            g.cells[(last + 1, c0 + 4)] = ("填表人：王五", "General")
            g.cells[(last + 2, c0)] = ("报送日期：2020年5月20日", "General")
    return grids


def headers_with_year(grids):
    """Figure headings with the year: '2019年决算数', '2019年度预算数', '2019年金额'."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and v.strip() in ("决算数", "预算数", "金额") and header_cell(g, r, c):
                g.cells[(r, c)] = (f"2019年{v.strip()}", f)
    return grids


def unit_beside_title(grids):
    """The unit in its own cell on the title's row, at the right (no unit line under the title)."""
    for g in grids:
        for k, unit in _unit_cells(g):
            t = _title_above(g, k[0])
            if t and t[0] != k[0] and not any(rr == t[0] and cc > t[1] for rr, cc in g.cells):
                at = max(g.max_col, t[1] + 1)
                # a title merged across the whole width now stops short of the unit's cell
                g.merges = [(r1, c1, r2, at - 1 if r1 <= t[0] <= r2 and c1 < at <= c2 else c2)
                            for r1, c1, r2, c2 in g.merges]
                g.merges = [m for m in g.merges if (m[0], m[1]) != (m[2], m[3])]
                g.cells[(t[0], at)] = (f"单位：{unit}", "General")
                del g.cells[k]
    return grids


def perf_extra_columns(grids):
    """A 绩效自评表 whose 指标 table has a 偏差原因 and a 改进措施 column added at its right (headed, mostly empty)."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and v.strip() == "三级指标":
                last = max(cc for (rr, cc) in g.cells if rr == r)
                if any("原因" in (g.text(r, cc) or "") for cc in range(1, last + 1)):
                    g.cells[(r, last + 1)] = ("改进措施", "General")
                else:
                    g.cells[(r, last + 1)] = ("偏差原因", "General")
                    g.cells[(r, last + 2)] = ("改进措施", "General")
    return grids


def perf_columns_swapped(grids):
    """A 绩效自评表 whose 指标 table prints 得分 before 分值/权重 (the two columns swapped, 三级指标 to 总分)."""
    for g in grids:
        for (r, c), (v, f) in sorted(g.cells.items()):
            if not (isinstance(v, str) and v.strip() == "三级指标"):
                continue
            cols = {re.sub(r"[(（].*", "", g.text(r, cc) or "").strip(): cc for cc in range(c, g.max_col + 1)}
            a = cols.get("分值") or cols.get("权重")
            b = cols.get("得分") or cols.get("自评得分")
            if not a or not b:
                continue
            end = next((rr for rr in range(r + 1, g.max_row + 1)
                        if any((g.text(rr, cc) or "").strip() in ("总分", "合计") for cc in range(1, g.max_col + 1))),
                       g.max_row)
            if any(m[0] <= end and m[2] >= r and m[3] > m[1] and (m[1] <= a <= m[3] or m[1] <= b <= m[3])
                   for m in g.merges):
                continue
            for rr in range(r, end + 1):
                x, y = g.cells.pop((rr, a), None), g.cells.pop((rr, b), None)
                if x is not None:
                    g.cells[(rr, b)] = x
                if y is not None:
                    g.cells[(rr, a)] = y
    return grids


def numbering_removed(grids):
    """Row names without their 一、/（一） numbering."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and (m := re.match(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.+)$", v)):
                g.cells[k] = (m.group(1), f)
    return grids


def code_dash_name(grids):
    """'2080505-机关事业单位基本养老保险缴费支出' (code and name joined by a dash) in the code cell."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and re.fullmatch(r"\d{3}(\d{2}){0,2}", v.strip()):
                name = g.cells.get((r, c + 1), (None, None))[0]
                if isinstance(name, str) and name.strip() and not re.match(r"\d", name.strip()):
                    g.cells[(r, c)] = (f"{v.strip()}-{name.strip()}", f)
                    del g.cells[(r, c + 1)]
    return grids


HEAD_WORDS = {"项目", "科目名称", "科目编码", "功能分类科目编码", "经济分类科目编码", "合计", "本年收入合计", "本年支出合计",
              "决算数", "预算数", "金额", "类", "款", "收入", "支出", "人员经费", "公用经费", "项目名称", "小计"}


def remarks_column(grids):
    """A 备注 column at the right of each table, '无' or a few words on some rows."""
    for g in grids:
        for t, first, end in _tables(g):
            if _title_kind(g.cells[min(tc for tc in title_cells(g) if tc[0] == t)][0]) in (None, "perf", "07"):
                continue  # the 决算 and 预算 tables of 科目 rows, not a 绩效自评表 or the 三公 table's blocks
            heads = [r for r in range(t + 1, first) if any(re.sub(r"\s", "", g.text(r, c) or "") in HEAD_WORDS
                                                           for c in range(1, g.max_col + 1))]
            if not heads:
                continue
            last = max(c for (r, c) in g.cells if t < r <= end)
            at = last + 1
            g.cells[(heads[0], at)] = ("备注", "General")
            if len(heads) > 1:
                g.merges.append((heads[0], at, heads[-1], at))
            n = 0
            for r in range(first, end + 1):
                if any(_figure(g.cells.get((r, c), (None,))[0]) for c in range(1, at)):
                    n += 1
                    if n % 3 == 1:
                        g.cells[(r, at)] = ("无" if n % 2 else "据实列支", "General")
    return grids


def two_sided_stacked(grids):
    """01/04 printed in one column pair: the 支出 side's rows under the 收入 side's (项目 | 金额, then 项目 | 金额 again),
    as a narrow Word page does. Only a two-sided table on a sheet of its own whose two sides have the same columns."""
    out = []
    for g in grids:
        titles = title_cells(g)
        if len(titles) != 1 or _title_kind(g.cells[titles[0]][0]) not in ("01", "04"):
            out.append(g)
            continue
        t = titles[0][0]
        head = next((r for r in range(t + 1, t + 8)
                     if sum(1 for c in range(1, g.max_col + 1) if (g.text(r, c) or "").strip() == "项目") == 2), None)
        if head is None:
            out.append(g)
            continue
        right = [c for c in range(1, g.max_col + 1) if (g.text(head, c) or "").strip() == "项目"][1]
        width = right - 1
        top = head - 1 if any((g.text(head - 1, c) or "").strip() == "收入" for c in range(1, g.max_col + 1)) else head
        notes = [r for r in range(head + 1, g.max_row + 1) if (g.text(r, 1) or "").startswith(("注", "说明"))]
        end = (min(notes) - 1) if notes else g.max_row
        if g.max_col - right + 1 != width or any(m[1] < right <= m[3] for m in g.merges if top <= m[0] <= end):
            out.append(g)
            continue
        shift = end - top + 2  # a blank row, then the 支出 side's band, header and rows
        new = Grid(g.name)

        def place(r, c):
            if r < top:
                return (r, min(c, width))
            if r > end:
                return (r + shift, min(c, width))
            return (r, c) if c < right else (r + shift, c - right + 1)
        for (r, c), v in g.cells.items():
            new.cells[place(r, c)] = v
        for r1, c1, r2, c2 in g.merges:
            a, b = place(r1, c1), place(r2, c2)
            if a != b:
                new.merges.append((*a, *b))
        out.append(new)
    return out


def empty_table_note(grids):
    """A table with no figures printed as its header and one line '本单位无…，故本表为空。' (no 注：, no 合计 row)."""
    for g in grids:
        starts = sorted({r for r, _c in title_cells(g)}) + [g.max_row + 1]
        for t, nxt in zip(starts, starts[1:]):
            rows = [r for r in range(t + 1, nxt) if any(rr == r for rr, _c in g.cells)]
            note = next((r for r in rows if (g.text(r, 1) or "").strip().startswith(("注", "说明"))
                         and any(w in g.text(r, 1) for w in ("空表", "没有", "无"))), None)
            if note is None or any(is_num(v) and _figure(v) for (r, _c), (v, _f) in g.cells.items() if t < r < nxt):
                continue
            label_rows = [r for r in rows if r < note and (g.text(r, 1) or "").strip() in ("合计", "总计")]
            for r in label_rows:
                for c in range(1, g.max_col + 1):
                    g.cells.pop((r, c), None)
                g.merges = [m for m in g.merges if not m[0] <= r <= m[2]]
            text = re.sub(r"^(注|说明)[：:]\s*", "", g.text(note, 1).strip())
            text = re.sub(r"^本部门", "本单位", text).replace("以空表列示", "为空")
            g.cells[(note, 1)] = (text, "General")
    return grids


def numbers_general(grids):
    """Amounts stored as plain numbers in General format (a generator's floats: 7.5, 3.0), no 0.00 format."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if _money(v, f) is not None and not isinstance(v, str):
                g.cells[k] = (v, "General")
    return grids


def text_trimmed(grids):
    """Amounts as text without trailing zeros ('7.5', '3', '1,303.58'), as a generator prints Decimal('3.00').normalize()."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            d = _money(v, f)
            if d is not None:
                s = format(d.normalize(), ",f")
                g.cells[k] = (s, "General")
    return grids

# ---- session 8: shapes the real PDFs print that no variant wrote yet ------------------------------------------------

def total_in_name_column(grids):
    """The 合计 row's word in the 科目名称 column, the code columns beside it blank (普陀 2024 决算 收入/支出决算表,
    上海 2025 预算 收入/支出预算总表), where the samples merge it across the code and name columns."""
    for g in grids:
        for m in list(g.merges):
            r1, c1, r2, c2 = m
            v = g.text(r1, c1)
            if r1 == r2 and c2 > c1 and v and re.sub(r"\s+", "", v) in ("合计", "总计"):
                g.merges.remove(m)
                g.cells[(r1, c2)] = g.cells.pop((r1, c1))
    return grids


def _economic(g, r) -> bool:
    """The table holding row r classifies by 经济分类 (its title, the nearest above)."""
    above = [t for t in title_cells(g) if t[0] <= r]
    return bool(above) and any(w in g.cells[max(above)][0] for w in ("经济", "基本支出"))


# 江苏 2017–2019 print the function tables' code and name heads 功能科目代码 / 功能科目名称 (27 heads in the real PDFs)
headers_gongneng = reword({"科目编码": "功能科目代码", "功能分类科目编码": "功能科目代码", "功能科目编码": "功能科目代码",
                           "科目名称": "功能科目名称", "功能分类科目名称": "功能科目名称"},
                          lambda g, r, c: not _economic(g, r) and any(header_cell(g, r, cc) for cc in range(1, g.max_col + 1)))


# ---- session 9: a held-out batch, written before reading recognize/*.py (first run recorded in the README) -------
# Each is a layout real departments of other provinces and years print (domain notes, real PDFs' text), not a
# rewording the earlier sessions already tried.

def _is_code(v) -> bool:
    return isinstance(v, str) and re.fullmatch(r"\d{3}(\d{2}){0,2}", v.strip()) is not None


def _head_rows(g):
    """Rows of column headings: some heading cell (words with a figure under them) and no figure in the row."""
    return sorted({r for (r, c) in g.cells if header_cell(g, r, c)})


def fullwidth_spaced_heads(grids):
    """Short headings and 合计/总计 labels spaced out with full-width spaces ('项　　目', '合　计', '金　额',
    '决　算　数'), as a typist centres a heading in Word or Excel."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if not isinstance(v, str):
                continue
            s = v.strip()
            if s in ("合计", "总计") or (2 <= len(s) <= 3 and header_cell(g, r, c) and not is_num(s)
                                          and re.fullmatch(r"[\u4e00-\u9fff]+", s)):
                sep = "　　" if len(s) == 2 else "　"
                g.cells[(r, c)] = (sep.join(s), f)
    return grids


_BREAK_BEFORE = ("合计", "小计", "收入", "支出", "编码", "名称", "经费", "拨款", "预算数", "决算数", "结余", "结转")


def heads_wrapped_at_words(grids):
    """Long headings wrapped at a word boundary inside the cell ('本年\\n收入合计', '科目\\n编码', '财政\\n拨款收入')."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if not (isinstance(v, str) and 4 <= len(v.strip()) <= 14 and header_cell(g, r, c) and not is_num(v)):
                continue
            s = v.strip()
            cut = next((i for i in range(2, len(s) - 1) if s[i:].startswith(_BREAK_BEFORE)), None)
            if cut:
                g.cells[(r, c)] = (s[:cut] + "\n" + s[cut:], f)
    return grids


codes_dotted = codes_separated(".")  # '201.01.01', '208.05'


def code_joined_with_name(form):
    """Code and name in one cell, written `form`.format(code, name), the name cell left empty."""
    def run(grids):
        for g in grids:
            for (r, c), (v, f) in list(g.cells.items()):
                if _is_code(v):
                    name = g.cells.get((r, c + 1), (None, None))[0]
                    if isinstance(name, str) and name.strip() and not re.match(r"\d", name.strip()):
                        g.cells[(r, c)] = (form.format(v.strip(), name.strip()), f)
                        del g.cells[(r, c + 1)]
        return grids
    return run


# '[2080505]机关事业单位基本养老保险缴费支出' in one cell, as budget systems export a 科目 (the name cell emptied)
codes_bracketed_with_name = code_joined_with_name("[{}]{}")


def codes_lowest_level_only(grids):
    """类 | 款 | 项 columns that hold only the row's own level: '208' in 类, '05' in 款 on the next row, '05' in 项 on
    the one after (the parent is the row above, as several provinces print). Split columns drop their repeated
    parents; one 科目编码 column becomes three such columns."""
    for g in grids:
        for (r0, c), (v, _f) in sorted(g.cells.items()):  # split already (类 | 款 | 项): blank the parents
            if isinstance(v, str) and v.strip() == "类" and (g.text(r0, c + 1) or "").strip() == "款":
                for rr in range(r0 + 1, g.max_row + 1):
                    parts = [g.cells.get((rr, c + i), (None,))[0] for i in range(3)]
                    if not _is_code(parts[0]):
                        continue
                    deepest = max(i for i in range(3) if isinstance(parts[i], str) and parts[i].strip())
                    for i in range(deepest):
                        g.cells.pop((rr, c + i), None)
        heads = [(r, c) for (r, c), (v, _f) in g.cells.items() if isinstance(v, str)
                 and re.sub(r"\s", "", v) in ("科目编码", "功能分类科目编码") and header_cell(g, r, c)]
        if len(title_cells(g)) > 1:
            heads = []  # (inserted columns would cut through the other tables stacked on the sheet)
        done = set()
        for r0, c in sorted(heads, key=lambda k: -k[1]):  # right to left: inserted columns move the ones to the right
            below = [rr for rr in range(r0 + 1, g.max_row + 1) if _is_code(g.cells.get((rr, c), (None,))[0])]
            if len(below) < 2 or any((g.text(r0 + i, c) or "").strip() == "类" for i in (1, 2)):
                continue  # (already split)
            g.remap(lambda rr, cc, c=c: (rr, cc + 2 if cc > c else cc))
            # headings merged over the code column alone, or ending on it, now reach the 项 column
            g.merges = [(a, b, cc2, d + 2) if b <= c == d and a <= r0 else (a, b, cc2, d) for a, b, cc2, d in g.merges]
            f0 = g.cells[(r0, c)][1]
            g.cells[(r0, c)] = ("科目编码", f0)
            # a row for 类 | 款 | 项 under it (one for all the blocks of a row of heads); the other headings of row r0
            # reach down over it
            if r0 not in done:
                done.add(r0)
                g.remap(lambda rr, cc, r0=r0: (rr + 1 if rr > r0 else rr, cc))
                spans = [m for m in g.merges if m[2] == r0]
                g.merges = [(a, b, r0 + 1, d) if cc2 == r0 else (a, b, cc2, d) for a, b, cc2, d in g.merges]
                for cc in range(1, g.max_col + 1):
                    if (r0, cc) in g.cells and not c <= cc <= c + 2 and not any(m[1] <= cc <= m[3] for m in spans):
                        g.merges.append((r0, cc, r0 + 1, cc))
                below = [rr + 1 for rr in below]
            g.merges = [m for m in g.merges if not (m[0] == r0 and m[1] <= c <= m[3])] + [(r0, c, r0, c + 2)]
            g.cells[(r0 + 1, c)], g.cells[(r0 + 1, c + 1)], g.cells[(r0 + 1, c + 2)] = ("类", f0), ("款", f0), ("项", f0)
            for rr in below:
                v, f = g.cells.pop((rr, c))
                s = v.strip()
                at = {3: c, 5: c + 1, 7: c + 2}[len(s)]
                g.cells[(rr, at)] = (s[-3:] if len(s) == 3 else s[-2:], "@")
    return grids


def lanci_jia_yi(grids):
    """The 栏次 row names the text columns 甲, 乙 … and the figure columns 1, 2, 3 (the 财政部 决算 forms)."""
    for g in lanci_added(grids):
        for (r, c), (v, _f) in list(g.cells.items()):
            if isinstance(v, str) and v.strip() == "栏次":
                nums = sorted(cc for cc in range(c + 1, g.max_col + 1) if isinstance(g.cells.get((r, cc), (None,))[0], int))
                if not nums:
                    continue
                g.cells[(r, c)] = ("栏次", "General")
                gaps = [cc for cc in range(c + 1, nums[0]) if (r, cc) not in g.cells
                        and not any(m[0] <= r <= m[2] and m[1] < cc <= m[3] for m in g.merges)]
                for ch, cc in zip("甲乙丙丁", gaps):
                    g.cells[(r, cc)] = (ch, "General")
    return grids


def serial_column_first(grids):
    """A 序号 column first in each table: 1, 2, 3 … on every row with a figure (江苏-like 预算 tables)."""
    out = []
    for g in grids:
        tables = _tables(g)
        if len(tables) != 1 or _title_kind(g.cells[min(title_cells(g))][0]) in (None, "perf"):
            out.append(g)
            continue
        t, first, end = tables[0]
        c0 = min(c for (r, c) in g.cells if t < r <= end)
        heads = [r for r in range(t + 1, first) if any(re.sub(r"\s", "", g.text(r, c) or "") in HEAD_WORDS | {"功能分类科目名称", "合计"}
                                                      for c in range(1, g.max_col + 1))]
        if not heads:
            out.append(g)
            continue
        g.remap(lambda r, c: (r, c + 1 if c >= c0 else c) if r > t else (r, c))
        g.cells[(heads[0], c0)] = ("序号", "General")
        if len(heads) > 1:
            g.merges.append((heads[0], c0, heads[-1], c0))
        n = 0
        for r in range(first, end + 1):
            if any(_figure(g.cells.get((r, cc), (None,))[0]) for cc in range(c0 + 1, g.max_col + 1)):
                n += 1
                g.cells[(r, c0)] = (n, "General")
        out.append(g)
    return out


def zero_slash(grids):
    """Zero amounts printed as '/' (nothing to report)."""
    for g in grids:
        for k, (v, f) in sorted(g.cells.items()):
            d = _money(v, f)
            if d is not None and d == 0:
                g.cells[k] = ("/", "General")
    return grids


def fiscal_column_first(grids):
    """The 财政拨款 column printed before the 合计 column (财政拨款收入 | 合计 | 上级补助收入 …): whole columns swapped
    where a heading 合计/本年收入合计 has a heading with 财政拨款 right after it."""
    for g in grids:
        for (r, c), (v, _f) in list(g.cells.items()):
            if not (isinstance(v, str) and re.sub(r"\s", "", v) in ("合计", "本年收入合计", "收入合计") and header_cell(g, r, c)):
                continue
            nxt = g.text(r, c + 1)
            if not nxt or "财政拨款" not in nxt or not header_cell(g, r, c + 1):
                continue
            if any(m[0] <= r <= m[2] and (m[1] == c or m[1] == c + 1) and m[3] > m[1] for m in g.merges):
                continue
            title = _title_above(g, r) or (0, 0)
            end = next((t for t, _c in sorted(title_cells(g)) if t > r), g.max_row + 1)
            for rr in range(max(title[0] + 1, r - 2), end):
                if any(m[0] <= rr <= m[2] and m[1] <= c + 1 and m[3] >= c and m[3] > m[1] for m in g.merges):
                    continue  # a group heading over both stays
                a, b = g.cells.pop((rr, c), None), g.cells.pop((rr, c + 1), None)
                if a is not None:
                    g.cells[(rr, c + 1)] = a
                if b is not None:
                    g.cells[(rr, c)] = b
            g.merges = [(m[0], c + 1 if m[1] == c else c if m[1] == c + 1 else m[1], m[2],
                         c + 1 if m[3] == c and m[1] == c else c if m[3] == c + 1 and m[1] == c + 1 else m[3])
                        for m in g.merges]
    return grids


title_fujian = retitle(lambda t, n: f"附件{n}　{t}")


def year_after_title(grids):
    """The year after the title on its line: '收入决算表（2019年度）', the year line under it gone."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and (m := re.fullmatch(r"\s*[（(]?(\d{4})年度?[)）]?\s*", v)):
                t = _title_above(g, r)
                if t and t[0] < r and not re.search(r"\d{4}年", g.cells[t][0]):
                    tv, tf = g.cells[t]
                    g.cells[t] = (f"{tv.strip()}（{m.group(1)}年度）", tf)
                    del g.cells[(r, c)]
                    g.merges = [mm for mm in g.merges if (mm[0], mm[1]) != (r, c)]
    return grids


def unit_renminbi(grids):
    """'金额单位：人民币万元' / '单位：人民币元' (central departments' wording)."""
    for g in grids:
        for k, unit in _unit_cells(g):
            v, f = g.cells[k]
            g.cells[k] = (v.replace(unit, "人民币" + unit), f)
    return grids


def unit_in_note_below(grids):
    """No unit line over the table: the note under it says '注：本表金额单位为万元。'."""
    for g in grids:
        units = _unit_cells(g)
        if not units:
            continue
        spans = _tables(g)
        for k, unit in units:
            t = _title_above(g, k[0])
            span = next((s for s in spans if t and s[0] == t[0]), None)
            if span is None:
                continue
            del g.cells[k]
            last = max(r for (r, _c) in g.cells if span[0] <= r <= span[2])
            c0 = min(c for (r, c) in g.cells if span[0] <= r <= span[2])
            g.remap(lambda r, c, last=last: (r + 1 if r > last else r, c))
            g.cells[(last + 1, c0)] = (f"注：本表金额单位为{unit}。", "General")
    return grids


def side_by_side(grids):
    """Two small one-table sheets printed side by side on one sheet (a blank column between): the 三公 and the
    政府性基金 tables of a small department, say."""
    def small(g):
        ts = title_cells(g)
        return len(ts) == 1 and g.max_row <= 25 and _title_kind(g.cells[ts[0]][0]) not in (None, "perf")
    return _pairs_side_by_side(grids, small)


def _pairs_side_by_side(grids, fits):
    """Each two neighbouring sheets that both fit printed on one sheet, the second right of the first after a blank
    column."""
    out, i = [], 0
    while i < len(grids):
        a = grids[i]
        b = grids[i + 1] if i + 1 < len(grids) else None
        if b is not None and fits(a) and fits(b):
            off = max([a.max_col] + [m[3] for m in a.merges]) + 1
            for (r, c), v in b.cells.items():
                a.cells[(r, c + off)] = v
            a.merges += [(r1, c1 + off, r2, c2 + off) for r1, c1, r2, c2 in b.merges]
            out.append(a)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def hidden_helper_column(grids):
    """A hidden helper column at each table's right: a copy of the first figure column, headed 合计 (校验用), hidden
    in the workbook; a reader sees only the printed columns."""
    for g in grids:
        for t, first, end in _tables(g):
            cols = sorted({c for (r, c), (v, _f) in g.cells.items() if first <= r <= end and _figure(v)})
            if not cols:
                continue
            at = max([g.max_col] + [m[3] for m in g.merges]) + 1  # right of every table on the sheet
            head = max((r for r in range(t + 1, first) if g.text(r, cols[0])), default=None)
            if head is None:
                continue
            g.cells[(head, at)] = ("合计", "General")
            for r in range(first, end + 1):
                if (r, cols[0]) in g.cells and _figure(g.cells[(r, cols[0])][0]):
                    d = _money(*g.cells[(r, cols[0])], True)
                    if d is not None:
                        g.cells[(r, at)] = (float(d * 2), "0.00")
            g.hidden_cols = getattr(g, "hidden_cols", set()) | {at}
    return grids


def group_head_above(grids):
    """A three-row header: a merged group heading '本年决算' / '本年预算' over the figure columns, above the row that
    names them (one-sided tables whose figure heads have nothing over them yet)."""
    label_words = {"项目", "科目编码", "科目名称", "功能分类科目编码", "经济分类科目编码", "类", "款", "项", "行次", "栏次",
                   "项目名称", "功能分类科目名称", "经济分类科目名称", "部门预算经济分类科目编码"}
    out = []
    for g in grids:
        for t, first, end in reversed(_tables(g)):
            kind = _title_kind(g.cells[min(tc for tc in title_cells(g) if tc[0] == t)][0])
            if kind in (None, "perf", "07", "B09", "01", "04", "B01", "B04"):
                continue  # not the two-sided or 三公 tables
            h = next((r for r in range(t + 1, first) if any(re.sub(r"\s", "", g.text(r, c) or "") in HEAD_WORDS
                                                           for c in range(1, g.max_col + 1))), None)
            if h is None:
                continue
            words = {c: re.sub(r"\s", "", g.text(h, c) or "") for c in range(1, g.max_col + 1) if g.text(h, c)}
            if sum(1 for w in words.values() if w in ("项目", "收入", "支出")) > 1:
                continue  # two-sided after all
            cols = [c for c, w in words.items() if w not in label_words
                    and any(is_num(g.cells.get((r, c), (None,))[0]) for r in range(first, end + 1))]
            if len(cols) < 2 or any(m[0] < h <= m[2] and m[1] <= cols[0] <= m[3] for m in g.merges):
                continue
            c0 = min(cols)
            c1 = max([c for c in words if c >= c0] + [m[3] for m in g.merges if m[0] == h and m[1] >= c0])
            word = "本年预算" if kind.startswith("B") else "本年决算"
            g.remap(lambda r, c, h=h: (r + 1 if r >= h else r, c))
            g.cells[(h, c0)] = (word, "General")
            g.merges.append((h, c0, h, c1))
            for c in range(1, c0):  # the label headings now span both rows
                if (h + 1, c) in g.cells:
                    g.cells[(h, c)] = g.cells.pop((h + 1, c))
                    g.merges = [(m[0] - 1, m[1], m[2], m[3]) if (m[0], m[1]) == (h + 1, c) else m for m in g.merges]
                    if not any((m[0], m[1]) == (h, c) for m in g.merges):
                        g.merges.append((h, c, h + 1, c))
        out.append(g)
    return out


def names_indented_no_codes(grids, by_format=False):
    """No 科目编码 printed: the names indented by level with full-width spaces (类 none, 款 two, 项 four), the code
    column left empty and headed 项目. by_format (s11): indented by the cell's alignment instead (Excel's 增加缩进量:
    类 0, 款 1, 项 2), the text without spaces."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if _is_code(v):
                name = g.cells.get((r, c + 1), (None, None))
                if isinstance(name[0], str) and name[0].strip() and not re.match(r"\d", name[0].strip()):
                    depth = {3: 0, 5: 1, 7: 2}[len(v.strip())]
                    g.cells[(r, c + 1)] = (("" if by_format else "　　" * depth) + name[0].strip(), name[1])
                    if by_format and depth:
                        g.indent = {**getattr(g, "indent", {}), (r, c + 1): depth}
                    del g.cells[(r, c)]
    return grids


def lei_merged_down(grids):
    """Split 类 | 款 | 项 columns whose 类 (and 款) cell is merged down over all the rows of that 类 (款), as a Word
    table or a hand-made workbook groups them: the code is written once, in the merged cell's first row."""
    for g in grids:
        for (r0, c), (v, _f) in sorted(g.cells.items()):
            if not (isinstance(v, str) and v.strip() == "类" and (g.text(r0, c + 1) or "").strip() == "款"):
                continue
            rows = [rr for rr in range(r0 + 1, g.max_row + 1) if _is_code(g.cells.get((rr, c), (None,))[0])]
            for col, width in ((c, 1), (c + 1, 2)):  # 类 over its rows, then 款 over its rows
                runs, cur = [], []
                for rr in rows:
                    key = tuple((g.text(rr, c + i) or "").strip() for i in range(width))
                    if cur and key == cur[-1][1] and rr == cur[-1][0] + 1 and key[-1]:
                        cur.append((rr, key))
                    else:
                        if len(cur) > 1:
                            runs.append(cur)
                        cur = [(rr, key)]
                if len(cur) > 1:
                    runs.append(cur)
                for run in runs:
                    first, last = run[0][0], run[-1][0]
                    if any(m[0] <= last and m[2] >= first and m[1] <= col <= m[3] for m in g.merges):
                        continue
                    for rr, _k in run[1:]:
                        g.cells.pop((rr, col), None)
                    g.merges.append((first, col, last, col))
    return grids


# ---- session 10: a held-out batch, written before reading recognize/*.py (first run recorded in the README) ------
# Layouts other provinces and years print that no earlier variant wrote; each keeps the sample's figures.

def _table_spans(g):
    """(title cell, kind, title row, last row) of each titled table on the sheet (to the next title, or the end)."""
    ts = sorted(title_cells(g))
    rows = [t[0] for t in ts] + [g.max_row + 1]
    return [(t, _title_kind(g.cells[t][0]), t[0], rows[i + 1] - 1) for i, t in enumerate(ts)]


def _money_rows(g, t, end):
    """The rows below the title at row t, up to row end, that hold a money figure."""
    return [r for r in range(t + 1, end + 1) if any(_money(*g.cells[(r, c)]) is not None
                                                    for c in range(1, g.max_col + 1) if (r, c) in g.cells)]


def _one_sided_tables(g):
    """(first header row, rows of figures) of each one-sided 科目 table on the sheet with both (not 01/04, 三公 or a
    绩效自评表), the lowest first."""
    for _tc, kind, t, end in reversed(_table_spans(g)):
        if kind in (None, "perf", "07", "B09", "01", "04", "B01", "B04"):
            continue
        hs = _first_head(g, t, end)
        rows = _money_rows(g, t, end)
        if hs is not None and rows:
            yield hs, rows


def _first_head(g, t, end):
    """The first header row under the title at row t: a row with 项目/收入/科目… words (not the 部门/单位/年度 lines)."""
    for r in range(t + 1, min(end, t + 8) + 1):
        if any(_money(*g.cells[(r, c)]) is not None for c in range(1, g.max_col + 1) if (r, c) in g.cells):
            return None  # the figures begin: no header above them
        words = {re.sub(r"\s", "", g.text(r, c) or "") for c in range(1, g.max_col + 1)}
        if words & (HEAD_WORDS | {"本年收入", "本年支出", "功能分类科目名称", "项目（按功能分类）"}) or \
                any(w.startswith(("科目", "功能分类", "经济分类", "“三公”", "财政拨款“三公”")) for w in words) or \
                sum(1 for w in words if w.endswith(("收入", "支出")) and "：" not in w) >= 2:
            return r
    return None


def split_two_sided(grids):
    """The two-sided 01/04 (B01/B04) tables printed as two sheets, 收入 on one and 支出 on the next, each under the
    table's title (as a narrow page prints it, or a department that pastes each side from a different system)."""
    out = []
    for g in sheet_each(grids):
        spans = _table_spans(g)
        if len(spans) != 1 or spans[0][1] not in ("01", "04", "B01", "B04"):
            out.append(g)
            continue
        _tc, _k, t, end = spans[0]
        hs = _first_head(g, t, end)
        right = None
        for r in range(hs or t + 1, (hs or t) + 3):
            for c in range(2, g.max_col + 1):
                w = re.sub(r"\s", "", g.text(r, c) or "")
                if (w in ("支出", "本年支出", "项目") or w.endswith("支出")) and any(
                        re.sub(r"\s", "", g.text(r, cc) or "") in ("收入", "本年收入", "项目")
                        or re.sub(r"\s", "", g.text(r, cc) or "").endswith("收入") for cc in range(1, c)):
                    right = c
                    break
            if right:
                break
        notes = [r for r in range(hs or t, g.max_row + 1) if (g.text(r, 1) or g.text(r, 2) or "").strip().startswith(("注", "说明"))]
        if hs is None or right is None or any(m[1] < right <= m[3] for m in g.merges if m[0] >= hs and m[0] not in notes):
            out.append(g)
            continue
        width = right - 1
        a, b = Grid(g.name + "（收入）"), Grid(g.name + "（支出）")
        for (r, c), v in g.cells.items():
            if r < hs or r in notes:  # title, 部门, 单位, 年度 and notes: on both sheets, squeezed into their width
                for part, cc in ((a, min(c, width)), (b, max(1, c - width) if c > width else c)):
                    if (r, cc) in part.cells:
                        old = part.cells[(r, cc)]
                        part.cells[(r, cc)] = (f"{old[0]}　　{v[0]}", old[1]) if isinstance(old[0], str) and isinstance(v[0], str) else old
                    else:
                        part.cells[(r, cc)] = v
            elif c < right:
                a.cells[(r, c)] = v
            else:
                b.cells[(r, c - width)] = v
        for r1, c1, r2, c2 in g.merges:
            if r1 < hs or r1 in notes:  # (a line squeezed into the half's width keeps its merge only when alone)
                if min(c2, width) > c1 and sum(1 for (rr, _c) in a.cells if rr == r1) == 1:
                    a.merges.append((r1, c1, r2, min(c2, width)))
            elif c2 < right:
                a.merges.append((r1, c1, r2, c2))
            elif c1 >= right:
                b.merges.append((r1, c1 - width, r2, c2 - width))
        # the 支出 sheet: its title and notes not merged over columns that moved off it
        out += [a, b]
    return out


def one_table_in_yuan(grids):
    """One table in 元 among 万元 tables (a department pastes one table from the 决算 system in 元): the second table
    that states 万元 gets its amounts ×10000 with thousands separators and its unit line says 元."""
    seen = 0
    for g in grids:
        for _tc, kind, t, end in _table_spans(g):
            units = [(k, u) for k, u in _unit_cells(g) if t <= k[0] <= min(end, t + 5) and u == "万元"]
            money = [k for k, (v, f) in g.cells.items() if t < k[0] <= end and _money(v, f) is not None]
            if not units or not money or kind in (None, "perf"):
                continue
            seen += 1
            if seen != 2:
                continue
            for k in money:
                d = _money(*g.cells[k]) * 10000
                g.cells[k] = (float(d), "#,##0.00")
            for k, _u in units:
                v, f = g.cells[k]
                g.cells[k] = (v.replace("万元", "元"), f)
            return grids
    return grids


code_name_fullwidth_space = code_joined_with_name("{}\u3000{}")  # '2080505　机关事业单位基本养老保险缴费支出'


def codes_trailing_dot(grids):
    """Codes ending in a dot, as a typist numbers them: '201.', '20101.', '2010101.'."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if _is_code(v):
                g.cells[k] = (v.strip() + ".", f)
    return grids


def _swap_columns(g, r, c, d):
    """Columns c and d swapped from the header row r down to the next title (their headings and figures)."""
    end = next((t for t, _c in sorted(title_cells(g)) if t > r), g.max_row + 1)
    for rr in range(r, end):
        a, b = g.cells.pop((rr, c), None), g.cells.pop((rr, d), None)
        if a is not None:
            g.cells[(rr, d)] = a
        if b is not None:
            g.cells[(rr, c)] = b
    moved = []
    for m in g.merges:
        if r <= m[0] < end and m[1] == m[3] and m[1] in (c, d):
            col = d if m[1] == c else c
            m = (m[0], col, m[2], col)
        moved.append(m)
    g.merges = moved


def project_before_basic(grids):
    """项目支出 printed before 基本支出 (项目 | 合计 | 项目支出 | 基本支出), and 公用经费 before 人员经费."""
    for g in grids:
        for (r, c), (v, _f) in sorted(g.cells.items()):
            w = re.sub(r"\s", "", v) if isinstance(v, str) else ""
            pair = {"基本支出": "项目支出", "人员经费": "公用经费"}.get(w)
            if not pair or re.sub(r"\s", "", g.text(r, c + 1) or "") != pair:
                continue
            if any(m[0] <= r <= m[2] and (m[1] <= c <= m[3] or m[1] <= c + 1 <= m[3]) and m[3] > m[1] for m in g.merges):
                continue  # a heading over several columns: not one column
            _swap_columns(g, r, c, c + 1)
    return grids


def last_year_column(grids):
    """An extra '上年决算数'/'上年预算数' column at each one-sided 科目 table's right (figures: twice this year's first
    figure column, so that its sums hold), as many provinces print last year beside this year."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf", "01", "04", "B01", "B04", "07", "B09"):
                continue
            hs = _first_head(g, t, end)
            if hs is not None and any(sum(1 for c in range(1, g.max_col + 1) if re.sub(r"\s", "", g.text(r, c) or "") == w) > 1
                                      for r in range(hs, hs + 2) for w in ("项目", "科目编码", "科目名称", "经济分类科目编码")):
                continue  # blocks side by side (人员经费 | 公用经费): no one column of this year to copy
            rows = _money_rows(g, t, end)
            if hs is None or not rows:
                continue
            first = rows[0]
            cols = sorted({c for r in rows for c in range(1, g.max_col + 1) if (r, c) in g.cells and _money(*g.cells[(r, c)]) is not None})
            at = max(c for (r, c) in g.cells if hs <= r <= rows[-1]) + 1
            at = max([at] + [m[3] + 1 for m in g.merges if hs <= m[0] < first])
            g.cells[(hs, at)] = ("上年预算数" if kind.startswith("B") else "上年决算数", "General")
            if first - 1 > hs:
                g.merges.append((hs, at, first - 1, at))
            for r in rows:
                v = g.cells.get((r, cols[0]))
                d = _money(*v) if v else None
                if d is not None:
                    g.cells[(r, at)] = (float(d * 2), "#,##0.00")
    return grids


def blank_row_between_lei(grids):
    """A blank row before each 类 row (a 3-digit code) that follows other 科目 rows: groups set apart."""
    for g in grids:
        at = []
        for r in range(2, g.max_row + 1):
            first = next((g.cells[(r, c)][0] for c in range(1, g.max_col + 1) if (r, c) in g.cells), None)
            prev = next((g.cells[(r - 1, c)][0] for c in range(1, g.max_col + 1) if (r - 1, c) in g.cells), None)
            if _is_code(first) and len(first.strip()) == 3 and _is_code(prev) and len(prev.strip()) > 3:
                at.append(r)
        g.remap(lambda r, c, at=at: (r + sum(1 for a in at if a <= r), c))
    return grids


def _heads_again(grids, line=None):
    """A long table's header printed again halfway down (a table copied page by page; in Word: two tables, the second
    starting with the repeated header, nothing between them but an empty paragraph); `line` ('（续表）', s13) on a line
    of its own above the repeated header (in Word: a paragraph between the two tables)."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf", "07", "B09"):
                continue
            hs = _first_head(g, t, end)
            rows = _money_rows(g, t, end)
            if hs is None or len(rows) < 10:
                continue
            first, mid = rows[0], rows[len(rows) // 2]
            if any(m[0] < mid <= m[2] for m in g.merges) or line is None and any(m[0] < first <= m[2] for m in g.merges):
                continue
            head = list(range(hs, first))
            skip = 1 if line else 0
            n = len(head) + skip
            cells = {(r, c): v for (r, c), v in g.cells.items() if r in head}
            merges = [m for m in g.merges if hs <= m[0] and m[2] < first]
            g.remap(lambda r, c, mid=mid, n=n: (r + n if r >= mid else r, c))
            if line:
                g.breaks = {b + n if b >= mid else b for b in getattr(g, "breaks", ())}  # (a lower table's, cut before)
                g.paragraph_rows = {b + n if b >= mid else b for b in getattr(g, "paragraph_rows", ())} | {mid}
                g.cells[(mid, min(c for _r, c in g.cells))] = (line, "General")
            for (r, c), v in cells.items():
                g.cells[(r - hs + mid + skip, c)] = v
            g.merges += [(m[0] - hs + mid + skip, m[1], m[2] - hs + mid + skip, m[3]) for m in merges]
            g.breaks = getattr(g, "breaks", set()) | {mid}
    return grids


header_repeated_midway = _heads_again


def frozen_print_titles(grids):
    """Frozen panes under the first header, print titles and an autofilter over the header row (saved by `save`)."""
    for g in grids:
        spans = _table_spans(g)
        if not spans:
            continue
        _tc, _k, t, end = spans[0]
        hs = _first_head(g, t, end)
        if hs is None:
            continue
        g.freeze = f"B{hs + 2}"
        g.print_rows = f"{hs}:{hs + 1}"
        g.autofilter = f"A{hs}:{get_column_letter(max(g.max_col, 2))}{hs}"
    return grids


_SANSHI_ITEMS = ("因公出国（境）费", "因公出国(境)费", "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置费",
                 "公务用车运行维护费", "公务用车运行费", "购置费", "运行费", "公务接待费", "会议费", "培训费", "机关运行经费",
                 "“三公”经费", "合计", "预算数", "决算数")


def sanshi_as_rows(grids):
    """The 三公 table printed with its items as rows (项目 | 预算数 | 决算数), not as columns: each figure column's
    heading path gives its row (the lowest heading that is not 预算数/决算数/小计) and its column (预算数/决算数)."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind not in ("07", "B09"):
                continue
            data = [r for r in range(t + 1, end + 1) if any(_figure(g.cells[(r, c)][0]) or (_money(*g.cells[(r, c)]) is not None)
                                                              for c in range(1, g.max_col + 1) if (r, c) in g.cells)]
            hs = _first_head(g, t, end)
            if not data or hs is None:
                continue
            measure_default = "预算数" if (kind.startswith("B") or "预算" in g.cells[_tc][0]) else "决算数"
            values, items, measures = {}, [], []

            def covering(r, c):
                for m in g.merges:
                    if m[0] <= r <= m[2] and m[1] <= c <= m[3]:
                        return g.text(m[0], m[1])
                return g.text(r, c)
            for d in data:
                top = max([r for r in data if r < d] + [hs - 1]) + 1
                for c in range(1, g.max_col + 1):
                    if (d, c) in g.cells and _money(*g.cells[(d, c)]) is None and not _figure(g.cells[(d, c)][0]):
                        continue
                    path = []
                    for r in range(top, d):
                        w = re.sub(r"\s", "", covering(r, c) or "")
                        if w and not re.fullmatch(r"\d+", w) and (not path or path[-1] != w):
                            path.append(w)
                    measure = next((w for w in path if w in ("预算数", "决算数")), None) or \
                        next((w[-3:] for w in path if w.endswith(("预算数", "决算数"))), measure_default)
                    names = [w[:-3] if w.endswith(("预算数", "决算数")) and w not in ("预算数", "决算数") else w
                             for w in path if w not in ("预算数", "决算数", "小计")]
                    names = [w for w in names if w]
                    if not names:
                        continue
                    item = (names[-1], len(names))
                    if names[-1] in ("合计", "小计") and len(names) > 1:  # the total of a group: '“三公”经费合计'
                        item = (names[-2] + "合计", len(names))
                    if item[0] not in [i[0] for i in items]:
                        items.append(item)
                    if measure not in measures:
                        measures.append(measure)
                    if (d, c) in g.cells:
                        values[(item[0], measure)] = g.cells[(d, c)]
            if len(items) < 3:
                continue
            base = min(c for (r, c) in g.cells if t <= r <= end)
            notes = [(r, c) for (r, c), (v, _f) in g.cells.items() if r > data[-1] and r <= end and isinstance(v, str)]
            note_cells = {k: g.cells[k] for k in notes}
            for (r, c) in [k for k in g.cells if hs <= k[0] <= end]:
                del g.cells[(r, c)]
            g.merges = [m for m in g.merges if not hs <= m[0] <= end]
            units = [k for k, _u in _unit_cells(g) if t <= k[0] < hs]
            for k in units:  # the unit over the new last column
                g.cells[(k[0], base + len(measures))] = g.cells.pop(k)
            unit_rows = {k[0] for k in units}
            g.merges = [(m[0], m[1], m[2], min(m[3], base + len(measures) - (m[0] in unit_rows))) if t <= m[0] < hs else m
                        for m in g.merges]
            g.merges = [m for m in g.merges if (m[0], m[1]) != (m[2], m[3])]
            need = 1 + len(items) + 1 + len(note_cells)
            g.remap(lambda r, c, end=end, need=need: (r + max(0, hs + need - end - 1) if r > end else r, c))
            g.cells[(hs, base)] = ("项目", "General")
            for j, m in enumerate(measures, 1):
                g.cells[(hs, base + j)] = (m, "General")
            low = min(d for _n, d in items)
            for i, (name, depth) in enumerate(items, 1):
                g.cells[(hs + i, base)] = ("　　" * min(depth - low, 2) + name, "General")
                for j, m in enumerate(measures, 1):
                    if (name, m) in values:
                        g.cells[(hs + i, base + j)] = values[(name, m)]
            for i, (k, v) in enumerate(sorted(note_cells.items()), 1):
                g.cells[(hs + len(items) + i, base)] = v
    return grids


def zero_blank(grids):
    """Zero amounts left blank (nothing printed in the cell)."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            d = _money(v, f)
            if d is not None and d == 0:
                del g.cells[k]
    return grids


def year_in_dept_line(grids):
    """The year line '（2019年度）' moved onto the 部门 line: '部门：某某局　　　　2019年度'."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if not (isinstance(v, str) and (m := re.fullmatch(r"\s*[（(]?(\d{4})年度?[)）]?\s*", v))):
                continue
            dept = next(((rr, cc) for (rr, cc), (dv, _f) in sorted(g.cells.items()) if rr in (r + 1, r + 2)
                         and isinstance(dv, str) and re.match(r"\s*(编制)?(部门|单位)(名称)?[：:]", dv)), None)
            if dept is None:
                continue
            dv, df = g.cells[dept]
            g.cells[dept] = (f"{dv.strip()}　　　　{m.group(1)}年度", df)
            del g.cells[(r, c)]
            g.merges = [mm for mm in g.merges if (mm[0], mm[1]) != (r, c)]
    return grids


def remarks_with_figures(grids):
    """A 备注 column whose text holds amounts ('含上年结转12.50万元', '年中追加3.20万元'): words, not figures."""
    notes = ("含上年结转12.50万元", "据实列支", "年中追加3.20万元")
    for g in grids:
        for hs, rows in _one_sided_tables(g):
            at = max(c for (r, c) in g.cells if hs <= r <= rows[-1]) + 1
            at = max([at] + [m[3] + 1 for m in g.merges if hs <= m[0] < rows[0]])
            g.cells[(hs, at)] = ("备注", "General")
            if rows[0] - 1 > hs:
                g.merges.append((hs, at, rows[0] - 1, at))
            for i, r in enumerate(rows):
                if i % 4 == 2:
                    g.cells[(r, at)] = (notes[(i // 4) % 3], "General")
    return grids


def dept_name_over_title(grids):
    """The department's name on a line of its own above each title (the title then names the table only)."""
    for g in grids:
        for (tr, tc), kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf"):
                continue
            dept = next((re.split(r"[：:]", g.text(r, c), maxsplit=1)[1].split("　")[0].strip()
                         for r in range(t + 1, t + 4) for c in range(1, g.max_col + 1)
                         if g.text(r, c) and re.match(r"\s*(编制)?(部门|单位)(名称)?[：:]\s*\S", g.text(r, c))), None)
            if not dept:
                continue
            g.remap(lambda r, c, t=t: (r + 1 if r >= t else r, c))
            g.cells[(t, tc)] = (dept, "General")
    return grids


def empty_columns_dropped(grids):
    """Figure columns with nothing in any row dropped (上缴上级支出, 经营支出 … a small unit has none), on sheets of
    one table; a column some merged heading starts at is kept."""
    for g in grids:
        spans = _table_spans(g)
        if len(spans) != 1 or spans[0][1] in (None, "perf", "07", "B09"):
            continue
        _tc, _k, t, end = spans[0]
        hs = _first_head(g, t, end)
        rows = _money_rows(g, t, end)
        if hs is None or not rows:
            continue
        drop = []
        for c in range(1, g.max_col + 1):
            heads = [g.text(r, c) for r in range(hs, rows[0]) if g.text(r, c)]
            if not heads or any(m[1] == c and m[3] > c for m in g.merges) or \
                    any((r, c) in g.cells for r in range(rows[0], rows[-1] + 1)):
                continue
            if any(w in "".join(heads) for w in ("合计", "项目", "科目", "编码", "名称")):
                continue
            drop.append(c)
        if drop:
            width = g.max_col - len(drop)
            g.remap(lambda r, c, drop=drop: None if c in drop and hs <= r else
                    (r, min(width, c - sum(1 for d in drop if d < c)) if r < hs else c - sum(1 for d in drop if d < c)))
    return grids


def sheets_named_by_title(grids):
    """Each sheet named '表N 标题' (truncated to Excel's 31 characters)."""
    used = set()
    for i, g in enumerate(grids, 1):
        ts = title_cells(g)
        if ts:
            name = re.sub(r"[\\/*?:\[\]]", "", f"表{i} {g.cells[min(ts)][0].strip()}")[:31]
            if name not in used:
                g.name = name
                used.add(name)
    return grids


# ---- session 11: a held-out batch, written before reading recognize/*.py (first run in tests/test_layout_s11.py) ---
# Layouts of other provinces, of hand-made workbooks and of converted PDFs that no earlier variant wrote.

def unit_qianyuan(grids):
    """Every amount in 千元 (×10, one decimal: the same precision), the unit lines saying 千元 (a few central units
    and enterprises report in thousands)."""
    for g in grids:
        money_rows = {r for (r, _c), (v, f) in g.cells.items() if _money(v, f) is not None}
        for k, (v, f) in list(g.cells.items()):
            d = _money(v, f, k[0] in money_rows)
            if d is not None:  # (a General figure, shown as stored, stays General: 2.9991 → 29.991)
                g.cells[k] = (float(d * 10), "#,##0.0" if f and "0.00" in f else f)
            elif isinstance(v, str) and "万元" in v and len(v) <= 40 and not re.search(r"\d", v):
                g.cells[k] = (v.replace("万元", "千元"), f)
    return grids


_CODE_HEADS = ("科目编码", "功能分类科目编码", "经济分类科目编码", "部门预算经济分类科目编码", "功能科目编码", "支出功能分类科目编码",
               "部门经济分类科目编码", "政府经济分类科目编码")


def _permute_columns(g, r0, end, move):
    """Cells of rows r0..end moved column by column (move: {old col: new col}); merges inside those rows whose
    columns all move together follow; a row with a merge that crosses the moved block is left as it is."""
    lo, hi = min(move), max(move)
    crossing = {rr for m in g.merges if m[1] != m[3] and m[0] <= end and m[2] >= r0
                and (lo <= m[1] <= hi or lo <= m[3] <= hi) and not (lo <= m[1] and m[3] <= hi
                and all(move[x] - x == move[m[1]] - m[1] for x in range(m[1], m[3] + 1)))
                for rr in range(m[0], m[2] + 1)}
    cells = {}
    for (r, c), v in g.cells.items():
        if r0 <= r <= end and c in move and r not in crossing:
            cells[(r, move[c])] = v
        else:
            cells[(r, c)] = v
    g.cells = cells
    merges = []
    for m in g.merges:
        if r0 <= m[0] and m[2] <= end and m[1] in move and not any(rr in crossing for rr in range(m[0], m[2] + 1)) \
                and all(move.get(x, x) - x == move[m[1]] - m[1] for x in range(m[1], m[3] + 1)):
            d = move[m[1]] - m[1]
            m = (m[0], m[1] + d, m[2], m[3] + d)
        merges.append(m)
    g.merges = merges


def name_before_code(grids):
    """科目名称 printed before 科目编码 (名称 | 编码, or 名称 | 类 | 款 | 项), each block of a row of heads on its own."""
    for g in grids:
        ends = sorted({t for t, _c in title_cells(g)}) + [g.max_row + 1]
        for (r, c), (v, _f) in sorted(g.cells.items(), key=lambda kv: -kv[0][1]):
            if not (isinstance(v, str) and re.sub(r"\s", "", v) in _CODE_HEADS):
                continue
            w = next((m[3] - m[1] + 1 for m in g.merges if (m[0], m[1]) == (r, c)), 1)
            name = re.sub(r"\s", "", g.text(r, c + w) or "")
            if not name.endswith("名称"):
                continue
            end = next(t for t in ends if t > r) - 1
            _permute_columns(g, r, end, {**{x: x + 1 for x in range(c, c + w)}, c + w: c})
    return grids


def _code_rows(g, lengths=(7,)):
    return [r for (r, c), (v, _f) in sorted(g.cells.items()) if _is_code(v) and len(v.strip()) in lengths
            and any(_money(*g.cells[(r, cc)]) is not None for cc in range(c + 1, g.max_col + 1) if (r, cc) in g.cells)]


def hidden_copy_row(grids):
    """Under the first 项 row of each table a hidden copy of it (a row hidden instead of deleted: the printed table
    never shows it)."""
    for g in grids:
        picked = []
        for _tc, _k, t, end in _table_spans(g):
            rows = [r for r in _code_rows(g) if t < r <= end]
            if rows:
                picked.append(rows[0])
        for r0 in sorted(picked, reverse=True):
            g.remap(lambda r, c, r0=r0: (r + 1 if r > r0 else r, c))
            for (r, c), v in list(g.cells.items()):
                if r == r0:
                    g.cells[(r0 + 1, c)] = v
            g.merges += [(r0 + 1, m[1], r0 + 1, m[3]) for m in g.merges if m[0] == m[2] == r0]
            g.hidden_rows = {h + 1 if h > r0 else h for h in getattr(g, "hidden_rows", set())} | {r0 + 1}
    return grids


def names_indented_by_format(grids):
    """No 科目编码 printed: the names indented by level with the cell's alignment, not with spaces."""
    return names_indented_no_codes(grids, by_format=True)


def group_over_total(grids):
    """A three-row header: '本年收入' ('本年支出') merged over 合计 and its parts, the heading '本年收入合计' now '合计'
    under it, 项目 merged down over the new row, 科目编码 | 科目名称 under 项目."""
    for g in grids:
        heads = [(r, c) for (r, c), (v, _f) in g.cells.items() if isinstance(v, str)
                 and re.sub(r"\s", "", v) in ("本年收入合计", "本年支出合计") and header_cell(g, r, c)]
        for h, c0 in sorted(heads, reverse=True):
            if any(m[0] < h <= m[2] and m[1] <= c0 <= m[3] for m in g.merges):
                continue  # under a group already
            word = re.sub(r"\s", "", g.text(h, c0))[:4]
            right = [c for c in range(c0 + 1, g.max_col + 1) if g.text(h, c) and header_cell(g, h, c)]
            parts = []
            for c in right:  # the contiguous figure heads right of the total, up to a head of another kind
                w = re.sub(r"\s", "", g.text(h, c))
                if w in ("项目", "年初结转和结余", "年末结转和结余", "科目编码", "科目名称") or "结转" in w:
                    break
                parts.append(c)
            if not parts:
                continue
            c1 = max(parts)
            c1 = max([c1] + [m[3] for m in g.merges if m[0] == h and m[1] == c1])
            labels = [c for c in range(1, c0) if (h, c) in g.cells]
            g.remap(lambda r, c, h=h: (r + 1 if r >= h else r, c))
            g.cells[(h, c0)] = (word, "General")
            g.merges.append((h, c0, h, c1))
            v, f = g.cells[(h + 1, c0)]
            g.cells[(h + 1, c0)] = ("合计", f)
            for c in labels:  # the label heads (项目 …) move up into the new row and reach down over it
                g.cells[(h, c)] = g.cells.pop((h + 1, c))
                span = next((m for m in g.merges if (m[0], m[1]) == (h + 1, c)), None)
                if span:
                    g.merges.remove(span)
                    if span[2] > h + 1:  # it reached down over the code/name row: that row is now below it
                        g.merges.append((h, c, span[2], span[3]))
                    else:
                        g.merges.append((h, c, h + 1, span[3]))
                else:
                    g.merges.append((h, c, h + 1, c))
    return grids


def big_tables_side_by_side(grids):
    """Two one-sided tables printed side by side on one sheet whatever their length (02 | 03, 05 | 06 …), a blank
    column between; the two-sided 收支总表 keep a sheet of their own."""
    def alone(g):
        ts = title_cells(g)
        return len(ts) == 1 and _title_kind(g.cells[ts[0]][0]) not in (None, "perf", "01", "04", "B01", "B04")
    return _pairs_side_by_side(grids, alone)


def qizhong_labels(grids):
    """'其中：' before the first part printed under a whole: '其中：公务用车购置费' under 公务用车购置及运行（维护）费
    (a heading or a row name)."""
    first = ("公务用车购置费",)
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and re.sub(r"\s", "", v) in first:
                g.cells[(r, c)] = (v[:len(v) - len(v.lstrip())] + "其中：" + v.strip(), f)
    return grids


_DEPT_LINE = re.compile(r"\s*(编制)?(部门|单位)(名称)?[：:]\s*\S")


def dept_year_unit_one_cell(grids):
    """The 部门, the year and the unit on one line in one cell: '编制部门：某某局　　2019年度　　单位：万元' (the
    year line and the unit cell gone)."""
    for g in grids:
        for (r, c), (v, f) in sorted(g.cells.items()):
            if not (isinstance(v, str) and _DEPT_LINE.match(v)) or "　　" in v.strip():
                continue
            unit = next(((r, cc) for cc in range(1, g.max_col + 1) if cc != c and g.text(r, cc)
                         and UNIT_CELL.match(g.text(r, cc))), None)
            if unit is None:
                continue
            year = next(((rr, cc) for rr in (r - 1, r - 2) for cc in range(1, g.max_col + 1) if g.text(rr, cc)
                         and re.fullmatch(r"\s*[（(]?\d{4}年度?[)）]?\s*", g.text(rr, cc))), None)
            words = [v.strip()]
            if year:
                words.append(re.search(r"\d{4}", g.text(*year)).group(0) + "年度")
                del g.cells[year]
                g.merges = [m for m in g.merges if (m[0], m[1]) != year]
            words.append(g.text(*unit).strip())
            del g.cells[unit]
            g.merges = [m for m in g.merges if (m[0], m[1]) != unit]
            g.cells[(r, c)] = ("　　".join(words), f)
    return grids


def title_line_break(grids):
    """A long title wrapped by a line break inside its cell, in the middle ('一般公共预算财政拨款\\n基本支出决算表')."""
    for g in grids:
        for r, c in title_cells(g):
            v, f = g.cells[(r, c)]
            s = v.strip()
            if len(s) >= 8:
                g.cells[(r, c)] = (s[:len(s) // 2] + "\n" + s[len(s) // 2:], f)
    return grids


def page_break_split(grids):
    """A long table cut by a page break halfway down, the header NOT printed again (in Word: two tables, a page break
    between them; in a workbook a manual page break)."""
    for g in grids:
        for _tc, kind, t, end in _table_spans(g):
            rows = _money_rows(g, t, end)
            if kind in (None, "perf") or len(rows) < 8:
                continue
            mid = rows[len(rows) // 2]
            if any(m[0] < mid <= m[2] for m in g.merges):
                continue
            g.breaks = getattr(g, "breaks", set()) | {mid}
            g.page_break = True
    return grids


def figure_columns_reversed(grids):
    """A one-sided table's figure columns in the reverse order (其他收入 … 财政拨款收入 | 本年收入合计), their headings
    with them; tables whose heads group columns under a merged heading are left as they are."""
    for g in grids:
        for hs, rows in _one_sided_tables(g):
            end = next((t - 1 for t, _c in sorted(title_cells(g)) if t > hs), g.max_row)
            cols = sorted({c for r in rows for c in range(1, g.max_col + 1) if _money(*g.cells.get((r, c), (None, None)))
                           is not None})
            c0, c1 = cols[0], max(c for c in range(cols[-1], g.max_col + 1) if any(g.text(r, c) for r in range(hs, rows[0])))
            if len(cols) < 3 or any(m[1] != m[3] and hs <= m[0] < rows[0] and c0 <= m[3] and m[1] <= c1 for m in g.merges):
                continue
            if any(g.text(r, c) and not is_num(g.cells[(r, c)][0]) for r in rows for c in range(c0, c1 + 1)):
                continue  # words among the figures (a 备注, a 科目 of a second block): not one block of figures
            _permute_columns(g, hs, end, {x: c0 + c1 - x for x in range(c0, c1 + 1)})
    return grids


def lei_code_name_merged(grids):
    """A 类 row's code and name in one cell merged across the code and name columns ('201 一般公共服务支出'), the 款
    and 项 rows printed code | name as before."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if _is_code(v) and len(v.strip()) == 3:
                name = g.cells.get((r, c + 1), (None, None))
                if isinstance(name[0], str) and name[0].strip() and not re.match(r"\d", name[0].strip()) \
                        and not any(m[0] <= r <= m[2] and m[1] <= c + 1 <= m[3] for m in g.merges):
                    g.cells[(r, c)] = (f"{v.strip()} {name[0].strip()}", f)
                    del g.cells[(r, c + 1)]
                    g.merges.append((r, c, r, c + 1))
    return grids


def rows_two_tall(grids):
    """Each row of figures two rows tall: every cell of it merged down over a blank row under it (a PDF converted
    back to a spreadsheet, where the long names wrapped)."""
    for g in grids:
        rows = sorted({r for (r, c), (v, f) in g.cells.items() if _money(v, f) is not None})
        if not rows:
            continue
        g.remap(lambda r, c, rows=rows: (r + sum(1 for x in rows if x < r), c))
        for i, r in enumerate(rows):
            at = r + i
            for c in range(1, g.max_col + 1):
                if (at, c) in g.cells and not any(m[0] <= at <= m[2] and m[1] <= c <= m[3] for m in g.merges):
                    g.merges.append((at, c, at + 1, c))
            g.merges = [(m[0], m[1], m[2] + 1, m[3]) if m[0] == at and m[2] == at and m[3] > m[1] else m
                        for m in g.merges]
    return grids


def tables_back_to_back(grids):
    """All the tables on one sheet, each title right under the row that ended the table before (no blank row)."""
    out, top = Grid("Sheet1"), 0
    for g in grids:
        first = min((r for r, _c in g.cells), default=1)
        for (r, c), v in g.cells.items():
            out.cells[(r - first + 1 + top, c)] = v
        out.merges += [(r1 - first + 1 + top, c1, r2 - first + 1 + top, c2) for r1, c1, r2, c2 in g.merges]
        top += g.max_row - first + 1
    return [out]


def numbered_notes_below(grids):
    """Under each table a numbered note in one merged row: '注：1.本表金额单位为万元；2.本表反映2019年度情况，含所属
    3家单位。' (digits in words, under the last row)."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf"):
                continue
            last = max(r for (r, _c) in g.cells if t <= r <= end)
            g.remap(lambda r, c, last=last: (r + 1 if r > last else r, c))
            width = max([c for (r, c) in g.cells if t <= r <= last] + [1])
            g.cells[(last + 1, 1)] = ("注：1.本表金额单位为万元；2.本表反映本年度情况，含所属3家单位。", "General")
            if width > 1:
                g.merges.append((last + 1, 1, last + 1, width))
    return grids


def heads_split_over_rows(grids):
    """A heading merged down over two rows printed as two cells, one above the other, no merge ('本年支出' over
    '合计', '基本' over '支出'): a PDF converted back to a spreadsheet, the wrapped lines of a tall head cell its rows."""
    for g in grids:
        head_rows = set(_head_rows(g))
        for m in list(g.merges):
            r1, c1, r2, c2 = m
            v = g.text(r1, c1)
            if not (v and c1 == c2 and r2 == r1 + 1 and r1 in head_rows and len(v.strip()) >= 4
                    and not g.text(r2, c1)):
                continue
            s = v.strip()
            cut = len(s) - 2 if s.endswith(("合计", "支出", "收入")) and len(s) > 4 else len(s) // 2
            g.merges.remove(m)
            g.cells[(r1, c1)] = (s[:cut], g.cells[(r1, c1)][1])
            g.cells[(r2, c1)] = (s[cut:], g.cells[(r1, c1)][1])
    return grids


def split_codes_as_numbers(grids):
    """类 | 款 | 项 cells stored as numbers (208 | 5 | 5): the leading zero of a 款 or 项 lost, as Excel drops it when
    the code is typed into a General cell."""
    for g in grids:
        for (r0, c), (v, _f) in sorted(g.cells.items()):
            if not (isinstance(v, str) and v.strip() == "类" and (g.text(r0, c + 1) or "").strip() == "款"):
                continue
            for rr in range(r0 + 1, g.max_row + 1):
                for i in range(3):
                    x = g.cells.get((rr, c + i), (None,))[0]
                    if isinstance(x, str) and re.fullmatch(r"\d{2,3}", x.strip()):
                        g.cells[(rr, c + i)] = (int(x.strip()), "General")
    return grids


def name_cells_two_wide(grids):
    """The 科目名称 column two columns wide: every name cell (and its heading) merged over itself and a blank column
    inserted to its right, as a hand-made table widens a column."""
    for g in grids:
        heads = [(r, c) for (r, c), (v, _f) in g.cells.items() if isinstance(v, str)
                 and re.sub(r"\s", "", v) in ("科目名称", "功能分类科目名称", "经济分类科目名称", "项目名称")]
        if len(title_cells(g)) != 1:
            continue  # (an inserted column would cut through the other tables stacked on the sheet)
        for h, c in sorted(heads, key=lambda k: -k[1]):
            if any(m[0] <= h <= m[2] and m[1] <= c <= m[3] and m[3] > m[1] for m in g.merges):
                continue
            g.remap(lambda r, cc, c=c: (r, cc + 1 if cc > c else cc))
            g.merges = [(a, b, d, e + 1) if e == c else (a, b, d, e) for a, b, d, e in g.merges]  # ending on it
            for r in range(h, g.max_row + 1):
                if (r, c) in g.cells and not any(m[0] <= r <= m[2] and m[1] <= c <= m[3] for m in g.merges):
                    g.merges.append((r, c, r, c + 1))
    return grids


# ---- session 12: a held-out batch, written before reading recognize/*.py, grid.py, disclosure.py and the readers -----
# Things other provinces print (or their software stores) that the s9–s11 batches did not write.

def names_spaced_with_codes(grids):
    """The 科目编码 kept and the names indented besides with full-width spaces by level, as the 中央 and many provincial
    templates print them (类 none, 款 '　　', 项 '　　　　')."""
    for g in grids:
        for (r, c), (v, _f) in list(g.cells.items()):
            name = g.cells.get((r, c + 1), (None, None))
            if _is_code(v) and isinstance(name[0], str) and name[0].strip() and not re.match(r"\d", name[0].strip()):
                g.cells[(r, c + 1)] = ("　　" * {3: 0, 5: 1, 7: 2}[len(v.strip())] + name[0].strip(), name[1])
    return grids


def zeros_hidden_by_format(grids):
    """Every amount formatted '#,##0.00;-#,##0.00;' (an empty third section: a zero shows as a blank cell), as
    finance staff hide the zeros of a template."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if not isinstance(v, str) and _money(v, f) is not None:
                g.cells[k] = (v, "#,##0.00;-#,##0.00;")
    return grids


def float_noise(grids):
    """Amounts a formula left a float hair off the figure (61.830000000000005, 7.499999999999999), shown as 0.00:
    what Excel stores for =SUM(...) of decimal figures."""
    import math
    n = 0
    for g in grids:
        for k, (v, f) in sorted(g.cells.items()):
            if isinstance(v, float) and v and _money(v, f) is not None:
                n += 1
                g.cells[k] = (math.nextafter(math.nextafter(v, math.inf if n % 2 else -math.inf),
                                             math.inf if n % 2 else -math.inf), f)
    return grids


def blanks_as_spaces(grids):
    """Every empty cell inside a table's rows holds a space (' '), as a template cleared by typing a space does."""
    for g in grids:
        covered = {(r, c) for r1, c1, r2, c2 in g.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        rows = {r for r, _c in g.cells}
        for r in rows:
            cols = [c for rr, c in g.cells if rr == r]
            if len(cols) < 2:
                continue
            for c in range(1, g.max_col + 1):
                if (r, c) not in g.cells and (r, c) not in covered:
                    g.cells[(r, c)] = (" ", "General")
    return grids


def unit_bare_in_title(grids):
    """The unit as a bare bracket after the title ('收入决算表（万元）'), its own cell gone."""
    return unit_in_title(grids, "（{}）")


def empty_note_merged_over_body(grids):
    """An empty table's '本单位无…，故本表为空。' line merged across the table's width and two rows, under its header."""
    for g in empty_table_note(grids):
        for (r, c), (v, _f) in sorted(g.cells.items(), reverse=True):
            if not (isinstance(v, str) and v.startswith("本单位无")):
                continue
            above = [cc for (rr, cc) in g.cells if r - 4 <= rr < r]
            width = max(above + [c])
            g.remap(lambda rr, cc, r=r: (rr + 1 if rr > r else rr, cc))
            g.merges = [m for m in g.merges if not (m[0] <= r <= m[2])]
            if width > c:
                g.merges.append((r, c, r + 1, width))
    return grids


def hidden_draft_sheet(grids):
    """A hidden sheet '草稿' holding an earlier draft of the first table (every amount 1.00 higher): saved in the file,
    never shown or printed."""
    first = next((g for g in grids if title_cells(g)), None)
    if first is None:
        return grids
    draft = Grid("草稿")
    for k, (v, f) in first.cells.items():
        draft.cells[k] = (v + 1.0, f) if isinstance(v, float) and _money(v, f) is not None else (v, f)
    draft.merges = list(first.merges)
    draft.hidden_sheet = True
    return grids + [draft]


def titles_rich_text(grids):
    """Each title stored as rich text (the year bold in its own run, as WPS and Excel save a partly formatted cell)."""
    for g in grids:
        g.rich = set(title_cells(g))
    return grids


def names_wrapped_in_cell(grids):
    """Long row names broken by a line break inside the cell (Alt+Enter: '一般公共预算财政\\n拨款收入')."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            s = v.strip() if isinstance(v, str) else ""
            if len(s) >= 9 and not re.match(r"[\d（(]", s) and "：" not in s and row_label_cell(g, r, c) \
                    and re.fullmatch(r"[\u4e00-\u9fff、“”]+", s):
                g.cells[(r, c)] = (s[:len(s) // 2] + "\n" + s[len(s) // 2:], f)
    return grids


def dept_label_stamped(grids):
    """The 部门 line as the 久其 export prints it: '填报单位（盖章）：某某局'."""
    for g in grids:
        for k, (v, f) in sorted(g.cells.items()):
            if isinstance(v, str) and (m := re.match(r"\s*(编制部门|部门|预算主管部门|编制单位|单位名称)[：:]", v)) \
                    and len(v) < 60 and "万元" not in v:
                g.cells[k] = ("填报单位（盖章）：" + v[m.end():], f)
    return grids


def final_titles_without_juesuan(grids):
    """决算 left out of every 决算 title, as some provinces title them ('收入支出总表', '收入表', '支出表',
    '财政拨款收入支出总表', '一般公共预算财政拨款支出表'); a 预算 sample is left as it is."""
    for g in grids:
        for (r, c) in title_cells(g):
            v, f = g.cells[(r, c)]
            if "决算" in v and "预算" not in v.replace("一般公共预算", "").replace("政府性基金预算", "") \
                    .replace("国有资本经营预算", ""):
                g.cells[(r, c)] = (v.replace("决算", ""), f)
    return grids


def budget_titles_without_yusuan(grids):
    """The other direction: 预算 left out of every 预算 title ('财务收支总表', '收入总表', '一般公共预算支出功能分类表',
    '“三公”经费和机关运行经费表'); a 决算 sample is left as it is. A 预算 must stay a 预算."""
    for g in grids:
        for (r, c) in title_cells(g):
            v, f = g.cells[(r, c)]
            if "决算" not in v and re.search(r"预算(?:总)?表", v):
                g.cells[(r, c)] = (re.sub(r"预算((?:总)?表)", r"\1", v), f)
    return grids


def docx_nested_in_frame(grids):
    """(Word) each table inside a one-cell frame table, as a layout made of tables nests them; workbooks unchanged."""
    for g in grids:
        g.nested = True
    return grids


def project_head_without_subheads(grids):
    """'项目' merged over the code and name columns with no '科目编码 | 科目名称' under it: the merge taken down over
    that row, as many provinces' 收入/支出决算表 print the head."""
    for g in grids:
        for m in list(g.merges):
            r1, c1, r2, c2 = m
            v = g.text(r1, c1)
            below = [re.sub(r"\s", "", g.text(r1 + 1, c) or "") for c in (c1, c2)]
            if not (r1 == r2 and c2 == c1 + 1 and v and re.sub(r"\s", "", v) == "项目" and below[0].endswith("编码")
                    and below[1].endswith("名称")):
                continue
            if any(mm[0] <= r1 + 1 <= mm[2] and mm[1] <= c2 and mm[3] >= c1 for mm in g.merges if mm != m):
                continue
            del g.cells[(r1 + 1, c1)], g.cells[(r1 + 1, c2)]
            g.merges[g.merges.index(m)] = (r1, c1, r1 + 1, c2)
    return grids


def basic_blocks_stacked(grids):
    """06 (人员经费 | 公用经费 side by side) printed as one list: the 公用经费 block's rows under the 人员经费 block's,
    '人员经费合计' and '公用经费合计' the last two rows (a narrow page). Only a sheet of one table with two blocks."""
    for g in grids:
        titles = title_cells(g)
        if len(titles) != 1 or _title_kind(g.cells[titles[0]][0]) != "06":
            continue
        head = next((r for r in range(titles[0][0] + 1, titles[0][0] + 6)
                     if sum(1 for c in range(1, g.max_col + 1) if (g.text(r, c) or "").strip().endswith("编码")) == 2),
                    None)
        if head is None:
            continue
        right = [c for c in range(1, g.max_col + 1) if (g.text(head, c) or "").strip().endswith("编码")][1]
        width = right - 1
        close = next((r for r in range(head + 1, g.max_row + 1) if (g.text(r, 1) or "").startswith("人员经费合计")), None)
        if close is None or g.max_col - right + 1 != width or any(m[2] >= head and m[1] > 1 and m[0] != close
                                                                     for m in g.merges if m[1] >= right):
            continue
        last = max(r for r in range(head + 1, close) if any((r, c) in g.cells for c in range(1, right)))
        moved = [r for r in range(head + 1, close) if any((r, c) in g.cells for c in range(right, g.max_col + 1))]
        new_close = last + len(moved) + 1

        def place(r, c):
            if r < head or r > close:  # title, 部门, 单位 lines; the notes under the table
                return (r if r < head else r - close + new_close + 1, min(c, width))
            if c < right:
                return (new_close, c) if r == close else (r, c)
            if r == close:
                return (new_close + 1, c - right + 1)
            return (last + 1 + moved.index(r), c - right + 1) if r in moved else None
        g.remap(place)
    return grids


codes_dashed = codes_separated("-")  # '201-01-01', '208-05'


# ---- session 13: a held-out batch, written before reading recognize/*.py, grid.py, disclosure.py and the readers -----
# What other provinces' workbooks and Word documents (and the tools that convert them) do that s9–s12 did not write.
# First run on 0df215f, workbook mode, the 决算 and 预算 pairs (14 variants × 6): 71/84 passed, the clean copies drew
# 154 false errors/warnings and the faulty copies missed 43 planted findings (split 类/款/项 columns under one head
# 101 false; other provinces' 预算 titles 48 false, 36 missed; '1 2' column numbers 5 false). After: 84/84
# (tests/test_layout_s13.py).

def _amount(v, f) -> bool:
    """A stored amount: a number with a money format (#,##0.00 in 万元, #,##0 in 元), not a 行次 or a percentage."""
    return isinstance(v, (int, float)) and not isinstance(v, bool) and bool(f) and "%" not in f \
        and ("0.00" in f or f.startswith("#,##0"))


def _reformat(fmt):
    """Every amount stored as it is, shown through the number format `fmt` (keeping a 元 table's whole numbers whole)."""
    def run(grids):
        for g in grids:
            for k, (v, f) in list(g.cells.items()):
                if _amount(v, f):
                    g.cells[k] = (v, fmt if "0.00" in f else fmt.replace(".00", ""))
        return grids
    return run


# Excel's 会计专用 format as a Chinese Excel writes it: a blank before, a blank after, a zero shown as '-'
accounting_format = _reformat('_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ')
# negatives in brackets (and red), the padding '_)' leaving room for the bracket
negatives_bracketed = _reformat("#,##0.00_);[Red]\\(#,##0.00\\)")


def amounts_text_nbsp(grids):
    """Amounts pasted from a web page: text with 千分位 commas and a trailing no-break space ('1,234.56\\xa0')."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if _amount(v, f):
                d = 2 if "0.00" in f else 0
                g.cells[k] = (f"{v:,.{d}f}\u00a0", "@")
    return grids


def wan_yuan_four_decimals(grids):
    """万元 amounts shown to four decimals ('1303.5800'), as some provinces print 万元 to keep 元 exact."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if _amount(v, f) and "0.00" in f:
                g.cells[k] = (v, "#,##0.0000")
    return grids


def _title_rows(g):
    return sorted({r for r, _c in title_cells(g)})


def _merge_titles_across(g):
    """Each title cell (in a row of its own) merged across the width of its table."""
    width = max([g.max_col] + [m[3] for m in g.merges])
    for r, c in title_cells(g):
        if any(m[0] <= r <= m[2] and m[1] <= c <= m[3] for m in g.merges):
            g.merges = [m for m in g.merges if not (m[0] <= r <= m[2] and m[1] <= c <= m[3])]
        if sum(1 for (rr, _c) in g.cells if rr == r) == 1 and c < width:
            g.merges.append((r, c, r, width))


def one_sheet_tight(grids):
    """Every table stacked on one sheet 'Sheet1', ONE blank row between them, each title merged across the sheet."""
    out, = one_sheet([g for g in grids if title_cells(g)], gap=1)
    rest = [g for g in grids if not title_cells(g)]
    _merge_titles_across(out)
    return rest + [out]


def codes_split_into_columns(grids):
    """A joined 7-digit 科目编码 column ('2010101') split into 类 | 款 | 项 columns ('201' | '01' | '01') under the
    same heading merged across the three, as the 2019 central template prints them (no 类/款/项 sub-heading row)."""
    for g in grids:
        for _tc, _kind, t, end in reversed(_table_spans(g)):
            cols = {c for (r, c), (v, _f) in g.cells.items() if t < r <= end and _is_code(v) and len(v.strip()) == 7}
            if len(cols) != 1:
                continue
            c = cols.pop()
            g.remap(lambda r, cc, c=c, t=t, end=end: (r, cc + 2 if cc > c and t <= r <= end else cc))
            g.merges = [(a, b, d, e + 2) if b <= c == e and t <= a <= end else (a, b, d, e) for a, b, d, e in g.merges]
            for (r, cc), (v, f) in list(g.cells.items()):
                if cc == c and t < r <= end and _is_code(v):
                    s = v.strip()
                    for i, part in enumerate((s[:3], s[3:5], s[5:7])):
                        if part:
                            g.cells[(r, c + i)] = (part, f)
                elif cc == c and t < r <= end and isinstance(v, str) and "编码" in v and \
                        not any(m[0] <= r <= m[2] and m[1] <= c <= m[3] for m in g.merges):
                    g.merges.append((r, c, r, c + 2))
    return grids


code_name_line_break = code_joined_with_name("{}\n{}")  # '2010101\n行政运行': broken by Alt+Enter in the cell


def _figure_cols(g, first, end):
    return sorted({c for (r, c), (v, f) in g.cells.items() if first <= r <= end and _amount(v, f)})


def lanci_numbers_only(grids):
    """A row of column numbers 1 2 3 … under the heads, with no '栏次' word and nothing in the label columns: every
    column of figures is numbered, those left empty too (the first run numbered only those with figures: '1 2' side
    by side under a 7-column 公开02表, which no template prints)."""
    for g in grids:
        for t, first, end in reversed(_tables(g)):
            figs = _figure_cols(g, first, end)
            words = {c for (r, c), (v, f) in g.cells.items() if first <= r <= end and isinstance(v, str)
                     and not _amount(v, f) and not is_num(v)}
            headed = {c for (r, c) in g.cells if t < r < first and g.text(r, c)}
            cols = sorted({c for c in headed | set(figs) if figs and c >= figs[0] and c not in words})
            if len(cols) < 2 or any(m[0] < first <= m[2] for m in g.merges):
                continue
            g.remap(lambda r, c, first=first: (r + 1 if r >= first else r, c))
            for i, c in enumerate(cols, 1):
                g.cells[(first, c)] = (i, "General")
    return grids


def hidden_hangci_column(grids):
    """A hidden 行次 column (1, 2, 3 … down the rows of figures) right of each table's label column, as a template
    keeps it for its formulas and hides it from print."""
    for g in grids:
        if len(_tables(g)) != 1:
            continue
        (t, first, end), = _tables(g)
        cols = _figure_cols(g, first, end)
        if not cols or cols[0] < 2:
            continue
        at = cols[0]
        g.remap(lambda r, c, at=at: (r, c + 1 if c >= at else c))
        head = max((r for r in range(t + 1, first) if g.text(r, at + 1)), default=first - 1)
        g.cells[(head, at)] = ("行次", "General")
        n = 0
        for r in range(first, end + 1):
            if any(_amount(*g.cells[(r, c)]) for c in range(at + 1, g.max_col + 1) if (r, c) in g.cells):
                n += 1
                g.cells[(r, at)] = (n, "General")
        g.hidden_cols = getattr(g, "hidden_cols", set()) | {at}
    return grids


_UNUSED_LEI = [("229", "其他支出"), ("227", "预备费"), ("224", "灾害防治及应急管理支出"), ("220", "自然资源海洋气象等支出")]


def unused_lei_with_zeros(grids):
    """A 类 the department did not spend on listed with 0.00 in every figure column, after the table's last 科目 row
    (some templates print the whole 类 list)."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf", "01", "04", "B01", "B04", "07", "B09"):
                continue
            code_cells = [(r, c) for (r, c), (v, f) in g.cells.items() if t < r <= end and _is_code(str(v))
                          and not isinstance(v, float) and not _amount(v, f) and any(_amount(*g.cells[(r, cc)]) for cc in range(c + 1, g.max_col + 1) if (r, cc) in g.cells)]
            if not code_cells:
                continue
            present = {str(g.cells[k][0]).strip()[:3] for k in code_cells}
            if any(p.startswith("3") for p in present):
                continue  # an economic classification: no 功能 类
            free = [(code, name) for code, name in _UNUSED_LEI if code not in present and code > max(present)]
            if not free:
                continue
            last_r = max(r for r, _c in code_cells)
            c = min(cc for r, cc in code_cells if r == last_r)
            if any(m[0] <= last_r + 1 <= m[2] and m[0] <= last_r for m in g.merges):
                continue
            row = {cc: g.cells[(last_r, cc)] for cc in range(1, g.max_col + 1) if (last_r, cc) in g.cells}
            g.remap(lambda r, cc, at=last_r: (r + 1 if r > at else r, cc))
            code, name = free[-1]
            for cc, (v, f) in row.items():
                if cc == c:
                    g.cells[(last_r + 1, cc)] = (code if isinstance(v, str) else int(code), f)
                elif _amount(v, f):
                    g.cells[(last_r + 1, cc)] = (0 if isinstance(v, int) else 0.0, f)
            # (split 类/款/项 columns: the 款 and 项 cells stay empty, the name goes in the first cell of words)
            words = [cc for cc, (v, _f) in row.items() if cc > c and isinstance(v, str) and not re.fullmatch(r"\d+", v.strip())]
            if words:
                g.cells[(last_r + 1, words[0])] = (name, row[words[0]][1])
    return grids


def every_column_two_wide(grids):
    """Every column two columns wide, each cell merged over its pair, as a PDF-to-Excel converter lays a table out."""
    for g in grids:
        merged = [(r1, 2 * c1 - 1, r2, 2 * c2) for r1, c1, r2, c2 in g.merges]
        inside = {(r, c) for r1, c1, r2, c2 in g.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        g.cells = {(r, 2 * c - 1): v for (r, c), v in g.cells.items()}
        g.merges = merged + [(r, c, r, c + 1) for (r, c) in g.cells if (r, (c + 1) // 2) not in inside]
    return grids


# 预算 titles as other provinces print the 财政部 template ('部门收支总体情况表' …), longest first
_OTHER_BUDGET_TITLES = [
    ("一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出情况表"),
    ("一般公共预算基本支出预算表（经济科目）", "一般公共预算基本支出情况表"),
    ("财政拨款基本支出预算表（经济科目）", "财政拨款基本支出情况表"),
    ("一般公共预算支出功能分类预算表", "一般公共预算支出情况表"),
    ("一般公共预算支出预算表（功能科目）", "一般公共预算支出情况表"),
    ("政府性基金预算支出功能分类预算表", "政府性基金预算支出情况表"),
    ("国有资本经营预算支出功能分类预算表", "国有资本经营预算支出情况表"),
    ("财政拨款支出预算表（功能科目）", "财政拨款支出情况表"),
    ("财政拨款收支预算总表", "财政拨款收支总体情况表"),
    ("财务收支预算总表", "收支总体情况表"),
    ("收支预算总表", "部门收支总体情况表"),
    ("收入预算总表", "收入总体情况表"),
    ("支出预算总表", "支出总体情况表"),
    ("“三公”经费和机关运行经费预算表", "“三公”经费和机关运行经费支出情况表"),
    ("“三公”经费、会议费、培训费支出预算表", "“三公”经费、会议费、培训费支出情况表"),
    ("政府性基金预算财政拨款支出预算表", "政府性基金预算支出情况表"),
    ("一般公共预算机关运行经费支出预算表", "一般公共预算机关运行经费支出情况表"),
    ("政府采购预算表", "政府采购情况表"),
]


def budget_titles_other_provinces(keep_year):
    """预算 titles worded as other provinces word the template ('2025年部门收支总体情况表', '部门收入总体情况表',
    '一般公共预算支出情况表', '政府性基金预算支出情况表'): most say 预算 only inside 一般公共预算/政府性基金预算, some
    not at all. keep_year=False: the year before the title dropped. A 决算 sample is left as it is."""
    def run(grids):
        for g in grids:
            for (r, c) in title_cells(g) + [k for k, (v, _f) in g.cells.items() if isinstance(v, str)
                                            and v.strip().endswith(("情况表", "预算表", "预算总表"))]:
                v, f = g.cells[(r, c)]
                if "决算" in v or not isinstance(v, str):
                    continue
                new = v
                for old, other in _OTHER_BUDGET_TITLES:
                    if old in new:
                        new = new.replace(old, other)
                        break
                if not keep_year:
                    new = re.sub(r"^\d{4}年度?", "", new)
                g.cells[(r, c)] = (new, f)
        return grids
    return run


def continued_with_heads(grids):
    """A long table cut at a page break, the next part under a '（续表）' line with the heads printed again."""
    return _heads_again(grids, "（续表）")


def docx_title_above_lines_inside(grids):
    """(Word) the title a paragraph above the table, the 部门/年度/单位 lines the table's first rows (merged across);
    workbooks unchanged."""
    for g in grids:
        g.title_only_above = True
    return grids


# ---- session 14: a held-out batch, written before reading recognize/*.py, grid.py, disclosure.py and the readers ----

def codes_on_items_only(grids):
    """Only the 项 rows carry their 7-digit 科目编码; the 类 and 款 rows print their name alone (the 款 indented with
    two full-width spaces), the code cell left empty, as hand-kept workbooks of several provinces do."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if _is_code(v) and len(v.strip()) in (3, 5) and isinstance(g.text(r, c + 1), str) \
                    and g.text(r, c + 1).strip() and not re.match(r"\d", g.text(r, c + 1).strip()):
                name, nf = g.cells[(r, c + 1)]
                g.cells[(r, c + 1)] = (("　　" if len(v.strip()) == 5 else "") + name.strip(), nf)
                del g.cells[(r, c)]
    return grids


def unit_jiliang(grids):
    """The unit line worded '计量单位：万元' (a statistical form's wording)."""
    for g in grids:
        for k, unit in _unit_cells(g):
            g.cells[k] = (f"计量单位：{unit}", g.cells[k][1])
    return grids


def year_group_over_figures(grids):
    """A row '2024年度' merged over the figure columns above each one-sided table's heads (the code/name heads merged
    up into it)."""
    for g in grids:
        for hs, rows in list(_one_sided_tables(g)):
            cols = sorted({c for (r, c), (v, f) in g.cells.items() if r in rows and _money(v, f) is not None})
            if not cols or any(m[0] < hs <= m[2] for m in g.merges):
                continue
            left = [c for c in range(1, cols[0]) if (hs, c) in g.cells]
            g.remap(lambda r, c, hs=hs: (r + 1 if r >= hs else r, c))
            g.cells[(hs, cols[0])] = ("2024年度", "General")
            if cols[-1] > cols[0]:
                g.merges.append((hs, cols[0], hs, cols[-1]))
            for c in left:  # the heads left of the figures reach up into the new row
                g.cells[(hs, c)] = g.cells.pop((hs + 1, c))
                old = [m for m in g.merges if (m[0], m[1]) == (hs + 1, c)]
                g.merges = [m for m in g.merges if (m[0], m[1]) != (hs + 1, c)]
                g.merges += [(hs, m[1], m[2], m[3]) for m in old] or [(hs, c, hs + 1, c)]
    return grids


def lanci_formulas(grids):
    """A 栏次 row whose total columns print how they add up ('1=2+3+4+5+6'), as many templates do; where a table
    has no 栏次 row one is added first."""
    for g in lanci_added(grids):
        kinds = _table_spans(g)
        for (r, c0), (v, _f) in list(g.cells.items()):
            kind = next((k for _tc, k, t, end in kinds if t <= r <= end), None)
            if not (isinstance(v, str) and v.strip() == "栏次") or kind in (None, "perf", "01", "04", "07", "B01", "B04", "B09"):
                continue
            row = {c: g.cells[(r, c)][0] for c in range(1, g.max_col + 1) if isinstance(g.cells.get((r, c), (None,))[0], int)}
            for c, n in sorted(row.items()):
                heads = "".join(g.text(rr, c) or "" for rr in range(max(1, r - 3), r))
                if "合计" not in heads:
                    continue
                run, cc = [], c + 1
                while row.get(cc) == n + len(run) + 1 and "合计" not in "".join(g.text(rr, cc) or "" for rr in range(max(1, r - 3), r)):
                    run.append(row[cc])
                    cc += 1
                if len(run) >= 2:
                    g.cells[(r, c)] = (f"{n}={'+'.join(map(str, run))}", "General")
    return grids


def dept_line_below(grids):
    """The 部门 line printed under the table ('编制单位：…' at the foot, by the signature) instead of above it."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf"):
                continue
            depts = [(r, c) for (r, c), (v, _f) in g.cells.items() if t < r <= min(end, t + 4) and isinstance(v, str)
                     and _DEPT_LINE.match(v) and not UNIT_CELL.match(v)]
            if len(depts) != 1:
                continue
            (r0, c0), = depts
            v, f = g.cells.pop((r0, c0))
            g.merges = [m for m in g.merges if (m[0], m[1]) != (r0, c0)]
            last = max(r for (r, _c) in g.cells if t <= r <= end)
            g.remap(lambda r, c, last=last: (r + 1 if r > last else r, c))
            g.cells[(last + 1, c0)] = (v, f)
    return grids


def title_in_sheet_tab(grids):
    """(Workbook) no title cell: the sheet is named by the title ('收入决算表'), one table a sheet."""
    for g in grids:
        ts = title_cells(g)
        if len(ts) != 1 or _title_kind(g.cells[ts[0]][0]) in (None, "perf"):
            continue
        title = re.sub(r"[\\/*?:\[\]]", "", g.cells.pop(ts[0])[0].strip())[:31]
        g.merges = [m for m in g.merges if (m[0], m[1]) != ts[0]]
        g.name = title
    return grids


def notes_explaining(grids):
    """Under each table a '说明：' line and two notes, each in a row of its own ('1.本表反映…', '2.本表金额保留两位
    小数，合计与分项之和的尾差为四舍五入所致。')."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf"):
                continue
            last = max(r for (r, _c) in g.cells if t <= r <= end)
            g.remap(lambda r, c, last=last: (r + 3 if r > last else r, c))
            c0 = min(c for (r, c) in g.cells if t <= r <= last)
            g.cells[(last + 1, c0)] = ("说明：", "General")
            g.cells[(last + 2, c0)] = ("1.本表反映本部门2024年度收支情况，包括机关本级和所属2家事业单位。", "General")
            g.cells[(last + 3, c0)] = ("2.本表金额保留两位小数，合计与分项之和的尾差为四舍五入所致。", "General")
    return grids


def text_box_right(grids):
    """A merged box of text right of each table (one column apart), over its heads and first rows:
    '填报说明：本表数据由部门财务系统生成，截至2024年12月31日。'."""
    for g in grids:
        spans = [s for s in _table_spans(g) if s[1] not in (None, "perf")]
        for _tc, kind, t, end in spans:
            rows = [r for (r, _c) in g.cells if t < r <= end]
            if len(rows) < 4:
                continue
            right = max(c for (r, c) in g.cells if t <= r <= end)
            right = max([right] + [m[3] for m in g.merges if t <= m[0] <= end]) + 2
            top = t + 2
            g.cells[(top, right)] = ("填报说明：本表数据由部门财务系统生成，截至2024年12月31日。", "General")
            g.merges.append((top, right, min(top + 4, max(rows)), right + 1))
    return grids


# other provinces' and years' heads (the 三公 table's pairs, the old name of 财政拨款收入)
OTHER_HEADS_S14 = {"预算数": "全年预算数", "决算数": "实际支出数", "财政拨款收入": "财政补助收入",
                   "附属单位上缴收入": "附属单位缴款收入"}


def other_heads_s14(grids):
    """The 三公 table's 预算数/决算数 as 全年预算数/实际支出数, 财政拨款收入 as 财政补助收入, 附属单位上缴收入 as
    附属单位缴款收入 (column heads only)."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            w = v.strip() if isinstance(v, str) else None
            if w in OTHER_HEADS_S14 and header_cell(g, r, c):
                if w in ("预算数", "决算数") and "三公" not in _sanshi_title(g, r):
                    continue
                g.cells[(r, c)] = (OTHER_HEADS_S14[w], f)
    return grids


def wan_yuan_one_decimal(grids):
    """万元 amounts printed to one decimal (1303.6), as some provinces publish them."""
    from decimal import ROUND_HALF_UP, Decimal
    for g in grids:
        money_rows = {r for (r, _c), (v, f) in g.cells.items() if _money(v, f) is not None}
        for k, (v, f) in list(g.cells.items()):
            d = _money(v, f, k[0] in money_rows)
            if d is not None:
                g.cells[k] = (float(d.quantize(Decimal("0.1"), ROUND_HALF_UP)), "#,##0.0")
    return grids


def running_cost_table_under_sanshi(grids):
    """Under the 三公 table, one blank row apart, a small table '机关运行经费支出决算表' (项目 | 决算数 | 机关运行经费
    | 12.30), as several provinces print 机关运行经费 beside the 三公 figures."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind not in ("07",):
                continue
            last = max(r for (r, _c) in g.cells if t <= r <= end)
            g.remap(lambda r, c, last=last: (r + 6 if r > last else r, c))
            c0 = min(c for (r, c) in g.cells if t <= r <= last)
            g.cells[(last + 2, c0)] = ("机关运行经费支出决算表", "General")
            g.cells[(last + 3, c0 + 1)] = ("单位：万元", "General")
            g.cells[(last + 4, c0)] = ("项目", "General")
            g.cells[(last + 4, c0 + 1)] = ("决算数", "General")
            g.cells[(last + 5, c0)] = ("机关运行经费", "General")
            g.cells[(last + 5, c0 + 1)] = (35.84, "0.00")
    return grids


def title_in_a_middle_cell(grids):
    """Each title typed in a middle cell of the table's width, not merged (centred by eye)."""
    for g in grids:
        for r, c in title_cells(g):
            span = [m for m in g.merges if (m[0], m[1]) == (r, c)]
            if not span or span[0][3] - c < 2 or sum(1 for (rr, _c) in g.cells if rr == r) != 1:
                continue
            g.merges.remove(span[0])
            g.cells[(r, c + (span[0][3] - c) // 2)] = g.cells.pop((r, c))
    return grids


def continued_title_repeated(grids):
    """A long table cut at a page break, the title printed again with '（续表）' ('支出决算表（续表）') over the heads
    printed again (in Word: a second table under a paragraph holding the repeated title)."""
    for g in _heads_again(grids, "（续表）"):
        for r in getattr(g, "paragraph_rows", set()):
            line = [k for k in g.cells if k[0] == r]
            above = [t for t in title_cells(g) if t[0] < r]
            if len(line) == 1 and g.cells[line[0]][0] == "（续表）" and above:
                g.cells[line[0]] = (g.cells[max(above)][0].strip() + "（续表）", "General")
    return grids


def title_and_unit_one_cell(grids):
    """The title and the unit in one cell on two lines ('收入决算表\\n单位：万元'), no unit line."""
    for g in grids:
        for k, unit in _unit_cells(g):
            t = _title_above(g, k[0])
            if t and t[0] != k[0]:
                v, f = g.cells[t]
                g.cells[t] = (f"{v.strip()}\n单位：{unit}", f)
                del g.cells[k]
    return grids


# ---- session 15: a held-out batch, written before reading recognize/*.py, grid.py, disclosure.py and the readers ----
# What other provinces', years' and producers' workbooks do that s9–s14 did not write.

def _kinds(g, skip=(None, "perf")):
    return [s for s in _table_spans(g) if s[1] not in skip]


def title_letter_spaced(grids):
    """A short title (at most 12 characters) printed letter-spaced, two blanks between its characters
    ('收  入  决  算  表'), as county templates centre a short title."""
    for g in grids:
        for (r, c), kind, _t, _end in _kinds(g):
            v, f = g.cells[(r, c)]
            if len(v.strip()) <= 12:
                g.cells[(r, c)] = ("  ".join(v.strip()), f)
    return grids


def _title_cut(t):
    at = t.find("财政拨款") + 4
    return at if 4 <= at <= len(t) - 3 else len(t) // 2


def title_over_two_rows(grids):
    """A long title (over 12 characters) broken over two rows, each merged as the title was
    ('一般公共预算财政拨款' / '基本支出决算表'), as a narrow page prints it."""
    for g in grids:
        for (r, c), kind, _t, _end in reversed(_kinds(g)):
            v, f = g.cells[(r, c)]
            t = v.strip()
            if len(t) <= 12:
                continue
            cut = _title_cut(t)
            g.remap(lambda rr, cc, r=r: (rr + 1 if rr > r else rr, cc))
            g.cells[(r, c)] = (t[:cut], f)
            g.cells[(r + 1, c)] = (t[cut:], f)
            g.merges += [(r + 1, m[1], r + 1, m[3]) for m in g.merges if (m[0], m[1], m[2]) == (r, c, r)]
    return grids


def _meta_cells(g, t, end, pattern):
    return [(r, c) for (r, c), (v, _f) in g.cells.items() if t < r <= min(end, t + 3) and isinstance(v, str)
            and pattern.match(v)]


def title_dept_unit_one_row(grids):
    """The 部门 line and the unit moved up into the title's row: '部门：某局' in the first cell, the title in a
    middle one, '单位：万元' in the last (three cells, nothing merged); rows left empty dropped."""
    for g in grids:
        for (r, c), kind, t, end in reversed(_kinds(g)):
            depts = [k for k in _meta_cells(g, t, end, _DEPT_LINE) if not UNIT_CELL.match(g.text(*k))]
            units = _meta_cells(g, t, end, UNIT_CELL)
            if len(depts) != 1 or len(units) != 1 or sum(1 for (rr, _c) in g.cells if rr == r) != 1:
                continue
            right = max(cc for (rr, cc) in g.cells if t <= rr <= end)
            left = min(cc for (rr, cc) in g.cells if t <= rr <= end)
            if right - left < 2:
                continue
            moved = depts + units
            g.merges = [m for m in g.merges if (m[0], m[1]) not in moved + [(r, c)]]
            title = g.cells.pop((r, c))
            g.cells[(r, left)] = g.cells.pop(depts[0])
            g.cells[(r, right)] = g.cells.pop(units[0])
            g.cells[(r, (left + right) // 2)] = title
            empty = sorted({k[0] for k in moved if not any(rr == k[0] for (rr, _c) in g.cells)})
            g.remap(lambda rr, cc, empty=empty: None if rr in empty else (rr - sum(1 for e in empty if e < rr), cc))
    return grids


def _year_and_kind(grids):
    years = [int(y) for g in grids for v, _f in g.cells.values() if isinstance(v, str)
             for y in re.findall(r"(20\d\d)年", v)]
    final = any("决算" in (g.text(r, c) or "") for g in grids for r, c in title_cells(g))
    return (max(years, key=years.count) if years else None), final


def date_on_dept_line(grids):
    """A filing date on the 部门 line between the department and the unit ('填报日期：2025年3月31日' in a 决算 of
    2024, '2026年2月10日' in a 预算 of 2026): another year than the one reported on the line the year is read from."""
    year, final = _year_and_kind(grids)
    if year is None:
        return grids
    date = f"填报日期：{year + 1}年3月31日" if final else f"填报日期：{year}年2月10日"
    for g in grids:
        for (r, c), kind, t, end in _kinds(g):
            depts = [k for k in _meta_cells(g, t, end, _DEPT_LINE) if not UNIT_CELL.match(g.text(*k))]
            units = [k for k in _meta_cells(g, t, end, UNIT_CELL) if depts and k[0] == depts[0][0]]
            if len(depts) != 1 or len(units) != 1:
                continue
            (dr, dc), (_ur, uc) = depts[0], units[0]
            for m in [m for m in g.merges if (m[0], m[1]) == (dr, dc) and m[3] >= dc + 2]:  # a merged 部门 cell: halved
                g.merges[g.merges.index(m)] = (m[0], m[1], m[2], dc + (m[3] - dc) // 2)
            free = [cc for cc in range(dc + 1, uc) if (dr, cc) not in g.cells
                    and not any(m[0] <= dr <= m[2] and m[1] <= cc <= m[3] for m in g.merges)]
            if free:
                g.cells[(dr, free[len(free) // 2])] = (date, "General")
    return grids


def _fig_rows(g, t, end):
    """The rows below the title at row t, up to row end, with an amount (万元 with decimals, or 元 '#,##0')."""
    return [r for r in range(t + 1, end + 1) if any(_money(*g.cells[(r, c)]) is not None or _amount(*g.cells[(r, c)])
                                                    for c in range(1, g.max_col + 1) if (r, c) in g.cells)]


def _figures_start(g, t, end):
    """The first row under the heads: the 栏次 row when there is one, else the first row of money."""
    rows = _fig_rows(g, t, end)
    if not rows:
        return None
    lanci = [r for (r, _c), (v, _f) in g.cells.items() if t < r < rows[0] and isinstance(v, str) and v.strip() == "栏次"]
    return min(lanci) if lanci else rows[0]


def _insert_row(g, at):
    g.remap(lambda r, c, at=at: (r + 1 if r >= at else r, c))


def units_row_under_heads(grids):
    """No unit line: a row under the heads says '万元' under each figure column (a one-sided 科目 table)."""
    for g in grids:
        for (r, c), kind, t, end in reversed(_kinds(g, (None, "perf", "01", "04", "B01", "B04", "07", "B09"))):
            units = [(k, u) for k, u in _unit_cells(g) if t < k[0] <= min(end, t + 3)]
            at = _figures_start(g, t, end)
            if len(units) != 1 or at is None or any(m[0] < at <= m[2] for m in g.merges):
                continue
            cols = _figure_cols(g, at, end)
            (k, unit), = units
            if not cols:
                continue
            del g.cells[k]
            g.merges = [m for m in g.merges if (m[0], m[1]) != k]
            _insert_row(g, at)
            for cc in cols:
                g.cells[(at, cc)] = (unit, "General")
    return grids


def blank_row_under_heads(grids):
    """An empty row between the heads and the first row of figures (or the 栏次 row)."""
    for g in grids:
        for (r, c), kind, t, end in reversed(_kinds(g)):
            at = _figures_start(g, t, end)
            if at is not None and not any(m[0] < at <= m[2] for m in g.merges):
                _insert_row(g, at)
    return grids


def page_footer_lines(grids):
    """A line '第 N 页，共 M 页' under each table, as a PDF converted back to a workbook keeps the page footer."""
    n = 0
    total = sum(len(_kinds(g)) for g in grids)
    for g in grids:
        for (r, c), kind, t, end in reversed(_kinds(g)):
            last = max(rr for (rr, _c) in g.cells if t <= rr <= end)
            right = max(cc for (rr, cc) in g.cells if t <= rr <= end)
            g.remap(lambda rr, cc, last=last: (rr + 1 if rr > last else rr, cc))
            g.cells[(last + 1, max(1, right // 2))] = ("页", "General")
        for (r, c), kind, t, end in _kinds(g):
            for k in [k for k, (v, _f) in g.cells.items() if t < k[0] <= end and v == "页"]:
                n += 1
                g.cells[k] = (f"第 {n} 页，共 {total} 页", "General")
    return grids


def _amount_of(cell):
    from decimal import Decimal
    v, f = cell
    return _money(v, f) if _money(v, f) is not None else (Decimal(repr(v)) if _amount(v, f) else None)


def share_column(grids):
    """A column '占比（%）' right of a one-sided 科目 table: each row's first figure as a percentage of the 合计
    (two decimals, a plain number under a head that says %)."""
    from decimal import ROUND_HALF_UP, Decimal
    for g in grids:
        for (r, c), kind, t, end in _kinds(g, (None, "perf", "01", "04", "B01", "B04", "07", "B09", "06", "B08")):
            rows = _fig_rows(g, t, end)
            hs = _first_head(g, t, end)
            if hs is None or not rows:
                continue
            cols = _figure_cols(g, rows[0], rows[-1])
            right = max([cc for (rr, cc) in g.cells if t <= rr <= end] + [m[3] for m in g.merges if t <= m[0] <= end])
            total = max(_amount_of(g.cells[(rr, cols[0])]) or 0 for rr in rows if (rr, cols[0]) in g.cells) if cols else 0
            if not total or any((rr, right + 1) in g.cells for rr in range(t, end + 1)):
                continue
            g.cells[(hs, right + 1)] = ("占比（%）", "General")
            if rows[0] - 1 > hs:
                g.merges.append((hs, right + 1, rows[0] - 1, right + 1))
            for rr in rows:
                v = _amount_of(g.cells.get((rr, cols[0]), (None, None)))
                if v is not None:
                    g.cells[(rr, right + 1)] = (float((v * 100 / total).quantize(Decimal("0.01"), ROUND_HALF_UP)), "0.00")
    return grids


def heads_one_char_a_line(grids):
    """The heads of the figure columns written one character a line ('合\\n计', '基\\n本\\n支\\n出'), as a narrow
    column of a printed form holds them."""
    for g in grids:
        for (r, c), kind, t, end in _kinds(g):
            rows = _fig_rows(g, t, end)
            if not rows:
                continue
            cols = set(_figure_cols(g, rows[0], rows[-1]))
            for (rr, cc), (v, f) in list(g.cells.items()):
                w = v.strip() if isinstance(v, str) else ""
                if t < rr < rows[0] and cc in cols and 2 <= len(w) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", w) \
                        and header_cell(g, rr, cc):
                    g.cells[(rr, cc)] = ("\n".join(w), f)
    return grids


def codes_apostrophe(grids):
    """Each 科目编码 stored with the apostrophe a typist puts before a number kept as text ("'2010101")."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if _is_code(v) or isinstance(v, str) and f == "@" and re.fullmatch(r"\d{2}", v) or \
                    type(v) is int and 100 < v < 1000 and f == "General" and isinstance(g.text(k[0], k[1] + 1) or
                                                                              g.text(k[0], k[1] + 3), str):
                g.cells[k] = ("'" + str(v).strip(), "@")  # (a split 类 | 款 | 项: '201 | '03 | '01)
    return grids


def sheets_numbered(grids):
    """One table a sheet, the sheets named 1, 2, 3 …"""
    grids = sheet_each(grids)
    for i, g in enumerate(grids, 1):
        g.name = str(i)
    return grids


def notes_with_figures(grids):
    """Under each table a note with a figure of its own that is in no table ('注：1.本表含机关本级及所属3家事业
    单位；2.本年度收到捐赠物资折合12.50万元，未纳入本表。')."""
    for g in grids:
        for (r, c), kind, t, end in reversed(_kinds(g)):
            last = max(rr for (rr, _c) in g.cells if t <= rr <= end)
            c0 = min(cc for (rr, cc) in g.cells if t <= rr <= last)
            g.remap(lambda rr, cc, last=last: (rr + 1 if rr > last else rr, cc))
            g.cells[(last + 1, c0)] = ("注：1.本表含机关本级及所属3家事业单位；2.本年度收到捐赠物资折合12.50万元，"
                                       "未纳入本表。", "General")
    return grids


def split_codes_names_indented(grids):
    """The 7-digit 科目编码 column split into 类 | 款 | 项 columns under one heading (every row printing the parts it
    has), the name in the fourth column indented by full-width spaces per level (款 '　　', 项 '　　　　')."""
    for g in codes_split_into_columns(grids):
        for (r, c), (v, f) in list(g.cells.items()):
            if _is_code(v) and len(v.strip()) == 3:
                nxt = [cc for cc in range(c + 1, c + 4) if (r, cc) in g.cells and not _is_code(g.cells[(r, cc)][0])
                       and not re.fullmatch(r"\d{2}", str(g.cells[(r, cc)][0]).strip())]
                parts = [cc for cc in range(c, c + 3) if re.fullmatch(r"\d{2,3}", str(g.cells.get((r, cc), ("",))[0]).strip())]
                if not nxt:
                    continue
                name, nf = g.cells[(r, nxt[0])]
                if isinstance(name, str) and name.strip() and not _money(name, nf):
                    g.cells[(r, nxt[0])] = ("　　" * (len(parts) - 1) + name.strip(), nf)
    return grids


def table_number_left_of_title(grids):
    """'表N' in a cell of its own left of the title, in the title's row (the title merged from the next cell on)."""
    n = 0
    for g in grids:
        for (r, c), kind, t, end in _kinds(g):
            n += 1
            if (r, c + 1) in g.cells:
                continue
            span = [m for m in g.merges if (m[0], m[1]) == (r, c)]
            g.merges = [m for m in g.merges if (m[0], m[1]) != (r, c)]
            g.cells[(r, c + 1)] = g.cells.pop((r, c))
            g.cells[(r, c)] = (f"表{n}", "General")
            g.merges += [(r, c + 1, m[2], m[3]) for m in span if m[3] > c + 1]
    return grids


# ---- session 16: a held-out batch, written before reading recognize/*.py, grid.py, disclosure.py and the readers ----
# What other producers print that s9–s15 did not write.

def title_in_page_header(grids):
    """One table a sheet, its title not in any cell but in the sheet's print header (页眉, centred), the title's row
    left empty, as a producer who prints the title on every page does."""
    grids = sheet_each(grids)
    for g in grids:
        spans = _kinds(g)
        if len(spans) != 1:
            continue
        (r, c), _kind, _t, _end = spans[0]
        g.header_title = g.cells.pop((r, c))[0].strip()
        g.merges = [m for m in g.merges if (m[0], m[1]) != (r, c)]
    return grids


def amounts_with_unit_suffix(grids):
    """Each amount as text with its table's unit written after it ('1,303.58万元', '13,035,800.00元'), the unit line
    kept, as a report generator that formats every figure with its unit prints them."""
    from decimal import Decimal
    for g in grids:
        for (r, c), kind, t, end in _kinds(g):
            units = [u for k, u in _unit_cells(g) if t <= k[0] <= min(end, t + 4)]
            if len(units) != 1:
                continue
            for (rr, cc), (v, f) in list(g.cells.items()):
                if not t < rr <= end:
                    continue
                d = _money(v, f)
                if d is None and _amount(v, f):
                    d = Decimal(repr(v))
                if d is not None:
                    g.cells[(rr, cc)] = (f"{d:,.2f}{units[0]}" if "0.00" in (f or "0.00") else f"{d:,.0f}{units[0]}", "@")
    return grids


text_fullwidth_commas = numbers_as_text(lambda v: f"{v:,.2f}".translate(FULL))  # '１，３０３．５８'


def name_then_code_bracketed(grids):
    """The 科目编码 after the name in brackets in the name cell ('行政运行（2010101）'), the code cell left empty, as
    some 区县 print a 科目 (the codes of a joined 科目编码 column only)."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if _is_code(v):
                name = g.cells.get((r, c + 1), (None, None))[0]
                if isinstance(name, str) and name.strip() and not re.match(r"[\d\s]", name.strip()[0]):
                    g.cells[(r, c + 1)] = (f"{name.rstrip()}（{v.strip()}）", g.cells[(r, c + 1)][1])
                    del g.cells[(r, c)]
    return grids


def code_dotted_and_name(grids):
    """'201.01.01 行政运行' in the code cell (the code dotted, a space, the name), the name cell left empty."""
    for g in code_and_name_in_one_cell(grids):
        for k, (v, f) in list(g.cells.items()):
            m = isinstance(v, str) and re.fullmatch(r"(\d{3})(\d{2})?(\d{2})? (\S.*)", v)
            if m:
                g.cells[k] = (".".join(p for p in m.groups()[:3] if p) + " " + m.group(4), f)
    return grids


def zero_rows_hidden(grids):
    """Rows whose amounts are all zero kept but hidden (a producer hides what it has nothing in rather than delete it;
    the variant lists unused 类 with zeros first, as s13 did, so that there are such rows)."""
    for g in grids:
        for (r, c), kind, t, end in _kinds(g):
            for rr in _fig_rows(g, t, end):
                vals = [_amount_of(g.cells[(rr, cc)]) for cc in range(1, g.max_col + 1) if (rr, cc) in g.cells]
                vals = [v for v in vals if v is not None]
                if vals and not any(vals):
                    g.hidden_rows = getattr(g, "hidden_rows", set()) | {rr}
    return grids


def heads_apart_from_body(grids):
    """The heads in one Word table, the rows of figures in a second one under it (a break between them: a producer
    who pastes the body under a header block); in a workbook a page break under the heads."""
    for g in grids:
        for (r, c), kind, t, end in _kinds(g):
            at = _figures_start(g, t, end)
            if at is not None and at > t + 1 and not any(m[0] < at <= m[2] for m in g.merges):
                g.breaks = getattr(g, "breaks", set()) | {at}
    return grids


def yuan_whole_zeros_blank(grids):
    """A 区县 预算 table in 元: whole amounts as text without decimals ('164,978,640'), the others with cents, and
    zeros printed '0' or left blank in turn (both in one year's file, domain/budget.md §1.1)."""
    from decimal import Decimal
    n = 0
    for g in grids:
        for (r, c), kind, t, end in _kinds(g):
            units = [u for k, u in _unit_cells(g) if t <= k[0] <= min(end, t + 4)]
            if units != ["元"]:
                continue
            for (rr, cc), (v, f) in list(g.cells.items()):
                if not t < rr <= end:
                    continue
                d = _money(v, f)
                if d is None and _amount(v, f):
                    d = Decimal(repr(v))
                if d is None:
                    continue
                if d == 0:
                    n += 1
                    if n % 2:
                        del g.cells[(rr, cc)]
                    else:
                        g.cells[(rr, cc)] = ("0", "@")
                else:
                    g.cells[(rr, cc)] = (f"{d:,.0f}" if d == d.to_integral_value() else f"{d:,.2f}", "@")
    return grids


# ---- session 17: a held-out batch, written before reading recognize/*.py, grid.py, disclosure.py and the readers ---
# A 事业单位 whose 事业收入/经营收入/其他收入 are filled (01 总计 ≠ 04 总计, 03 基本支出 ≠ 05), a 预算 with a 上年结转
# column and row (the 财政部 form), and how other producers store the same sheet: Excel's shared-strings table with
# 拼音 settings and rich runs, a .NET writer's 'x:' prefixes, totals as formulas with their cached values,
# LibreOffice's compressed .ods rows, '_x000D_' line breaks in heads spaced '项 目'.

def _num(v):
    """A figure as printed (a number, or text '2116.25\u3000', '1,303.58') → Decimal, else None."""
    from decimal import Decimal, InvalidOperation
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return Decimal(repr(v))
    if isinstance(v, str) and _NUMERIC_TEXT.match(v.replace("\u3000", "")) and any(ch.isdigit() for ch in v):
        try:
            return Decimal(v.replace("\u3000", "").replace(",", "").strip())
        except InvalidOperation:
            return None
    return None


def _add(g, r, c, amount, like=None):
    """Add `amount` to the figure at (r, c), written as the cell (or, when empty, the cell `like`) stores figures."""
    v, f = g.cells.get((r, c), (None, None))
    old = _num(v)
    if old is None and v not in (None, "") and not (isinstance(v, str) and not v.strip()):
        return  # words (a planted '见附注'): left as they are
    new = (old or 0) + amount
    proto, pf = (v, f) if old is not None else g.cells.get(like, (None, None)) if like else (None, None)
    if isinstance(proto, str):
        tail = proto[len(proto.rstrip()):]
        g.cells[(r, c)] = (f"{new:,.2f}" if "," in proto else f"{new:.2f}") + tail, pf
    elif isinstance(proto, int) and not isinstance(proto, bool) and new == int(new):
        g.cells[(r, c)] = (int(new), pf)
    else:
        g.cells[(r, c)] = (float(new), pf or "0.00")


def _flat(v):
    return re.sub(r"\s+", "", v) if isinstance(v, str) else ""


def _heads(g, t, first):
    """{head words: column} of the rows between a table's title and its first row of figures (lowest head wins)."""
    out = {}
    for r in range(t + 1, first):
        for c in range(1, g.max_col + 1):
            w = _flat(g.text(r, c))
            if w and not is_num(w):
                out[w] = c
    return out


def _row_code(g, r):
    """A row's 科目编码: one cell '2011001', or 类 | 款 | 项 cells '201' '10' '01' joined."""
    code = ""
    for c in range(1, g.max_col + 1):
        v = g.cells.get((r, c), (None, None))[0]
        s = str(v) if isinstance(v, int) and not isinstance(v, bool) else (v.strip() if isinstance(v, str) else "")
        if re.fullmatch(r"\d{2,7}", s) and (code or len(s) in (3, 5, 7)):
            code += s
        elif s:
            break
    return code if len(code) in (3, 5, 7) else ""


def _total_row(g, r):
    return label(g, r) in ("合计", "总计")


def _title_text(g, t):
    return "".join(_flat(g.text(t, c)) for c in range(1, g.max_col + 1))


def _is_prose(grids):
    """A 说明 that states amounts (it would state the totals the rewrite changes)."""
    return any(isinstance(v, str) and len(v) > 30 and re.search(r"\d\s*万?元", v) for g in grids for v, _f in g.cells.values())


def _coded_tables(grids, kind, heads):
    """(grid, title row, first row, end, {head: column}) of the tables whose title says `kind` (决算/预算) and whose
    heads name every one of `heads`."""
    for g in grids:
        for t, first, end in _tables(g):
            h = _heads(g, t, first)
            if kind in _title_text(g, t) and all(any(x == w or x.endswith(w) for x in h) for w in heads):
                yield g, t, first, end, h


def _col(h, *words):
    for w in words:
        if w in h:
            return h[w]
    return next((c for x, c in h.items() for w in words if x.endswith(w)), None)


def _rows_of(g, first, end, code):
    """The rows of `code`, its 款 and its 类, and the table's 合计 row."""
    want = {code, code[:5], code[:3]}
    return [r for r in range(first, end + 1) if _row_code(g, r) in want or _total_row(g, r)]


def _two_sided(grids, kind, left_word):
    """(grid, value column left, value column right, first, end) of the 收支总表 whose left side names `left_word`."""
    for g in grids:
        for t, first, end in _tables(g):
            if kind not in _title_text(g, t) or "财政拨款" in _title_text(g, t):
                continue
            rows = range(first, end + 1)
            if not any(left_word in _flat(g.text(r, c)) for r in rows for c in range(1, g.max_col + 1)):
                continue
            h = [c for r in range(t + 1, first) for c in range(1, g.max_col + 1)
                 if _flat(g.text(r, c)) in ("决算数", "金额", "预算数")]
            if len(h) >= 2:
                yield g, min(h), max(h), first, end


def _side_rows(g, first, end, lo, hi):
    """{row: label} of the labels between columns lo and hi."""
    out = {}
    for r in range(first, end + 1):
        for c in range(lo, hi):
            w = _flat(g.text(r, c))
            if w and not is_num(w) and w != "栏次":
                out[r] = w
                break
    return out


def multi_fund_final(grids):
    """A 事业单位's 决算: 事业收入 120.00, 经营收入 30.00 and 其他收入 10.00 on the first 项 of 公开02表 (and its 款,
    类 and 合计 rows), the 事业收入 spent as 基本支出 and the 经营收入 as 经营支出 in 公开03表, 01's 收入/支出/年末结转
    rows and 总计 grown to match; 04–09 (财政拨款 only) untouched: 01 总计 ≠ 04 总计, 03 基本支出 ≠ 05 基本支出."""
    from decimal import Decimal
    if _is_prose(grids):  # a 说明 would state the old totals
        return grids
    S, J, O = Decimal("120.00"), Decimal("30.00"), Decimal("10.00")
    income = next(_coded_tables(grids, "决算", ("事业收入", "经营收入")), None)
    spend = next(_coded_tables(grids, "决算", ("基本支出", "经营支出")), None)
    summary = next(_two_sided(grids, "决算", "事业收入"), None)
    if not (income and spend and summary):
        return grids
    g, _t, first, end, h = income
    code = next((_row_code(g, r) for r in range(first, end + 1) if len(_row_code(g, r)) == 7), None)
    total = _col(h, "本年收入合计", "合计")
    for r in _rows_of(g, first, end, code):
        like = (r, _col(h, "财政拨款收入", "财政拨款"))
        for words, a in ((("事业收入",), S), (("经营收入",), J), (("其他收入",), O)):
            _add(g, r, _col(h, *words), a, like)
        _add(g, r, total, S + J + O, like)
    g, _t, first, end, h = spend
    total = _col(h, "本年支出合计", "合计")
    for r in _rows_of(g, first, end, code):
        like = (r, _col(h, "基本支出"))
        _add(g, r, _col(h, "基本支出"), S, like)
        _add(g, r, _col(h, "经营支出"), J, like)
        _add(g, r, total, S + J, like)
    lei = _lei_name(income, code)
    g, vl, vr, first, end = summary
    for r, w in _side_rows(g, first, end, 1, vl).items():
        a = S if "事业收入" in w else J if "经营收入" in w else O if w.endswith("其他收入") else \
            S + J + O if w in ("本年收入合计", "收入合计", "总计", "收入总计") else None
        if a is not None:
            _add(g, r, vl, a, next(((rr, vl) for rr in range(first, end + 1) if _num(g.cells.get((rr, vl), (None,))[0])), None))
    for r, w in _side_rows(g, first, end, vl + 1, vr).items():
        a = S + J if w.endswith(lei) or w in ("本年支出合计", "支出合计") else O if "年末结转" in w else \
            S + J + O if w in ("总计", "支出总计") else None
        if a is not None:
            _add(g, r, vr, a, next(((rr, vr) for rr in range(first, end + 1) if _num(g.cells.get((rr, vr), (None,))[0])), None))
    return grids


def _lei_name(table, code):
    """The name of the 类 of `code` as the coded table prints it ('一般公共服务支出')."""
    g, _t, first, end, _h = table
    return next(_flat(g.text(r, c)) for r in range(first, end + 1) if _row_code(g, r) == code[:3]
                for c in range(1, g.max_col + 1) if _flat(g.text(r, c)) and not _row_code_cell(g.text(r, c)))


def _row_code_cell(v):
    return isinstance(v, str) and re.fullmatch(r"\d{2,7}", v.strip()) is not None


def carry_over_budget(grids):
    """A 预算 on the 财政部 form: the 收入总表 gains a '上年结转' column after 合计 (2,000,000 on its first 项, 款, 类 and
    合计 rows, zero elsewhere), the 收支总表 a '上年结转' row on its 收入 side, the 支出总表's 项目支出 and the
    收支总表's 支出 side grown to match; 财政拨款 tables untouched."""
    from decimal import Decimal
    if _is_prose(grids):
        return grids
    income = next(_coded_tables(grids, "预算", ("事业收入", "合计")), None)
    spend = next((x for x in _coded_tables(grids, "预算", ("基本支出", "项目支出"))
                  if not re.search("收支|拨款|一般公共预算|基金|国有资本|经济", _title_text(x[0], x[1]))), None)
    summary = next(_two_sided(grids, "预算", "事业收入"), None)
    if not (income and spend and summary):
        return grids
    g, t, first, end, h = income
    money = [(r, c) for r in range(first, end + 1) for c in range(1, g.max_col + 1) if _num(g.cells.get((r, c), (None,))[0]) is not None
             and not _row_code_cell(g.text(r, c))]
    whole = all(float(_num(g.cells[k][0])) == int(_num(g.cells[k][0])) for k in money)
    C = Decimal("2000000") if whole else Decimal("200.00")
    total = _col(h, "合计")
    at = total + 1
    g.remap(lambda r, c: (r, c + 1 if c >= at and t <= r <= end else c))
    head_row = max(r for r in range(t + 1, first) if g.text(r, total))  # (the lowest head: 合计, not 收入预算 above)
    g.cells[(head_row, at)] = ("上年结转", g.cells[(head_row, total)][1])
    code = next((_row_code(g, r) for r in range(first, end + 1) if len(_row_code(g, r)) == 7), None)
    rows = set(_rows_of(g, first, end, code))
    for r in range(first, end + 1):
        if _num(g.cells.get((r, total), (None,))[0]) is not None:
            v, f = g.cells[(r, total)]
            g.cells[(r, at)] = ((int(C) if isinstance(v, int) else float(C)) if r in rows else (0 if isinstance(v, int) else 0.0), f)
            if r in rows:
                _add(g, r, total, C)
    g, _t, first, end, h = spend
    for r in _rows_of(g, first, end, code):
        _add(g, r, _col(h, "项目支出"), C, (r, _col(h, "合计")))
        _add(g, r, _col(h, "合计"), C)
    lei = _lei_name(income, code)
    g, vl, vr, first, end = summary
    left = _side_rows(g, first, end, 1, vl)
    total_row = next(r for r, w in left.items() if "总计" in w or w in ("合计", "收入合计"))
    last = max(r for r in left if r < total_row)
    free = next((r for r in range(last + 1, total_row) if not any((r, c) in g.cells for c in range(1, vl + 1))), None)
    if free is None:
        _insert_row(g, total_row)
        free, total_row = total_row, total_row + 1
    n = len([w for r, w in left.items() if r < total_row and re.match(r"[一二三四五六七八九十]+、", w)])
    lab = next(c for c in range(1, vl) if g.text(last, c))
    g.cells[(free, lab)] = (f"{NUM[n] if n < 9 else n + 1}、上年结转", g.cells[(last, lab)][1])
    _add(g, free, vl, C, (last, vl))
    _add(g, total_row, vl, C)
    t = max(r for r, _f, _e in [(tt, ff, ee) for tt, ff, ee in _tables(g)] if r < first)
    project = [c for c in range(vr + 1, g.max_col + 1) for r in range(t + 1, first) if _flat(g.text(r, c)) == "项目支出"]
    for r, w in _side_rows(g, first, end, vl + 1, vr).items():
        if w.endswith(lei) or "总计" in w or w in ("合计", "支出合计"):
            for c in [vr] + project[:1]:  # (a 支出 side in columns: 合计 | 基本支出 … | 项目支出)
                _add(g, r, c, C)
    return grids


def two_blank_columns_before_figures(grids):
    """Two empty columns between the names and the first column of figures (a hand-made sheet's spacing)."""
    for g in grids:
        figs = [c for (r, c), (v, f) in g.cells.items() if _money(v, f, True) is not None]
        if figs:
            at = min(figs)
            g.remap(lambda r, c, at=at: (r, c + 2 if c >= at else c))
    return grids


def heads_spaced_crlf(grids):
    """Short heads spaced with half-width blanks ('项 目', '决 算 数'), long ones broken by an Excel line break
    (Alt+Enter on Windows: '\\r\\n', stored as '_x000D_' before the line feed)."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            s = v.strip() if isinstance(v, str) else ""
            if not s or is_num(s) or not header_cell(g, r, c) or not re.fullmatch(r"[\u4e00-\u9fff（）()“”]+", s):
                continue
            if len(s) <= 3:
                g.cells[(r, c)] = (" ".join(s), f)
            elif len(s) >= 5:
                g.cells[(r, c)] = (s[:len(s) // 2] + "\r\n" + s[len(s) // 2:], f)
        g.xml = getattr(g, "xml", set()) | {"x000D"}
    return grids


def sheets_biao_n(grids):
    """Each sheet named only '表N' (its order), the title in a cell merged over the heads as the samples print it."""
    for i, g in enumerate(grids, 1):
        g.name = f"表{i}"
    return grids


def _xml_style(style):
    def run(grids):
        for g in grids:
            g.xml = getattr(g, "xml", set()) | {style}
        return grids
    return run


def totals_as_formulas(grids):
    """Each figure that is the sum of the figures right of it in its row (a 合计 column) or of the rows under it up to
    the next such row (a 合计 row over 类 rows is not: only a plain run of figures) stored as =SUM(…) with the
    value Excel cached, as every workbook saved by Excel or WPS holds it."""
    from openpyxl.utils import get_column_letter as L
    for g in grids:
        formulas = {}
        for (r, c), (v, f) in g.cells.items():
            if not isinstance(v, (int, float)) or isinstance(v, bool) or not f or "0.0" not in f:
                continue
            right = []
            for cc in range(c + 1, g.max_col + 1):
                w = g.cells.get((r, cc), (None, None))[0]
                if isinstance(w, (int, float)) and not isinstance(w, bool):
                    right.append(cc)
                else:
                    break
            if len(right) >= 2 and abs(sum(g.cells[(r, cc)][0] for cc in right) - v) < 0.004:
                formulas[(r, c)] = f"SUM({L(right[0])}{r}:{L(right[-1])}{r})"
        g.formulas = formulas
    return grids


def ods_libreoffice(grids):
    """An .ods as LibreOffice saves it: runs of empty cells as one repeated cell, the head rows inside
    <table:table-header-rows>, blanks in text as <text:s/>, figures shown through their format (1,303.58)."""
    for g in grids:
        g.ods_lo = True
    return grids


def multi_fund_all_columns(grids):
    """A 事业单位's 决算 with every non-财政 column filled, on the first 项 of 公开02/03表 (and its 款, 类, 合计 rows):
    上级补助收入 5.00 and 附属单位上缴收入 3.00 coming in, 上缴上级支出 2.00 and 对附属单位补助支出 1.00 going out
    (both spent on that 项), the rest (5.00) kept as 年末结转; 01's rows grown to match; 04–09 untouched."""
    from decimal import Decimal
    if _is_prose(grids):
        return grids
    U, F, UP, AF = Decimal("5.00"), Decimal("3.00"), Decimal("2.00"), Decimal("1.00")
    income = next(_coded_tables(grids, "决算", ("上级补助收入", "附属单位上缴收入")), None)
    spend = next(_coded_tables(grids, "决算", ("上缴上级支出", "对附属单位补助支出")), None)
    summary = next(_two_sided(grids, "决算", "上级补助收入"), None)
    if not (income and spend and summary):
        return grids
    g, _t, first, end, h = income
    code = next((_row_code(g, r) for r in range(first, end + 1) if len(_row_code(g, r)) == 7), None)
    for r in _rows_of(g, first, end, code):
        like = (r, _col(h, "财政拨款收入", "财政拨款"))
        _add(g, r, _col(h, "上级补助收入"), U, like)
        _add(g, r, _col(h, "附属单位上缴收入"), F, like)
        _add(g, r, _col(h, "本年收入合计", "合计"), U + F, like)
    g, _t, first, end, h = spend
    for r in _rows_of(g, first, end, code):
        like = (r, _col(h, "基本支出"))
        _add(g, r, _col(h, "上缴上级支出"), UP, like)
        _add(g, r, _col(h, "对附属单位补助支出"), AF, like)
        _add(g, r, _col(h, "本年支出合计", "合计"), UP + AF, like)
    lei = _lei_name(income, code)
    g, vl, vr, first, end = summary
    like = {c: next(((rr, c) for rr in range(first, end + 1) if _num(g.cells.get((rr, c), (None,))[0])), None) for c in (vl, vr)}
    for r, w in _side_rows(g, first, end, 1, vl).items():
        a = U if "上级补助收入" in w else F if "附属单位上缴" in w else \
            U + F if w in ("本年收入合计", "收入合计", "总计", "收入总计") else None
        if a is not None:
            _add(g, r, vl, a, like[vl])
    for r, w in _side_rows(g, first, end, vl + 1, vr).items():
        a = UP + AF if w.endswith(lei) or w in ("本年支出合计", "支出合计") else \
            U + F - UP - AF if "年末结转" in w else U + F if w in ("总计", "支出总计") else None
        if a is not None:
            _add(g, r, vr, a, like[vr])
    return grids


_UNIT_LINE = re.compile(r"^\s*(?:金额)?单位[：:]\s*(?:万元|元)\s*$")
_DEPT_LINE = re.compile(r"^\s*(?:编制部门|编制单位|部门|单位名称|预算主管部门)[：:]")


def _once(pattern):
    """All tables on one sheet (as a compiler pastes them), the line matching `pattern` printed above the first only
    (a line that says something else than the first, a faulty copy's other department, is kept)."""
    def run(grids):
        grids = one_sheet(grids)
        for g in grids:
            first = None
            for k in sorted(g.cells):
                v = g.cells[k][0]
                if isinstance(v, str) and pattern.match(v):
                    if first is None:
                        first = v.strip()
                    elif v.strip() == first:
                        del g.cells[k]
        return grids
    return run


def shared_formulas(grids):
    """totals_as_formulas written as Excel writes a formula filled down: the first of each column's run
    <f t="shared" ref="C6:C37" si="0">SUM(D6:E6)</f>, the others <f t="shared" si="0"/>, each with its cached value."""
    grids = totals_as_formulas(grids)
    for g in grids:
        g.xml = getattr(g, "xml", set()) | {"shared"}
    return grids



# ---- session 18 (held out: written before reading recognize/*.py, grid.py, disclosure.py and the readers) ----------
def codes_and_names_indented(grids):
    """One 科目编码 column holding '201' / '20101' / '2010101', the CODE indented too (a space-padded text cell:
    '201', '　20110', '　　2011001') and the name indented by one full-width space a level, as a 财务软件 export."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            name = g.cells.get((r, c + 1), (None, None))
            if _is_code(v) and isinstance(name[0], str) and name[0].strip() and not re.match(r"\d", name[0].strip()):
                level = {3: 0, 5: 1, 7: 2}[len(v.strip())]
                g.cells[(r, c)] = ("　" * level + v.strip(), "@")
                g.cells[(r, c + 1)] = ("　" * level + name[0].strip(), name[1])
    return grids


def codes_black_bracketed_in_name(grids):
    """'【201】一般公共服务支出' in the name cell (the code in 【】 black brackets before the name), the code cell left
    empty under its '科目编码' head (a 7-digit column; split 类/款/项 columns are left as they are)."""
    for g in grids:
        for (r, c), (v, _f) in list(g.cells.items()):
            name = g.cells.get((r, c + 1), (None, None))
            if _is_code(v) and isinstance(name[0], str) and name[0].strip() and not re.match(r"\d", name[0].strip()):
                g.cells[(r, c + 1)] = (f"【{v.strip()}】{name[0].strip()}", name[1])
                del g.cells[(r, c)]
    return grids


ENGLISH = {"项目": "Item", "合计": "Total", "小计": "Subtotal", "基本支出": "Basic expenditure",
           "项目支出": "Project expenditure", "科目编码": "Code", "功能分类科目编码": "Functional code",
           "经济分类科目编码": "Economic code", "科目名称": "Description", "功能分类科目名称": "Description",
           "本年收入合计": "Total revenue", "本年支出合计": "Total expenditure", "财政拨款收入": "Fiscal appropriation",
           "决算数": "Actual", "预算数": "Budget", "金额": "Amount", "人员经费": "Personnel", "公用经费": "Operating",
           "收入": "Revenue", "支出": "Expenditure", "年初结转和结余": "Opening balance", "年末结转和结余": "Closing balance",
           "事业收入": "Service revenue", "其他收入": "Other revenue", "经营收入": "Business revenue",
           "因公出国（境）费": "Overseas travel", "公务接待费": "Official reception", "行次": "Line", "栏次": "Column"}


def heads_english(grids):
    """Each column heading known to an English glossary printed with its English under it ('基本支出\\nBasic
    expenditure'; in the 三公 and 收支总表 tables '合计 Total' on one line), as bilingual templates print them."""
    for g in grids:
        heads = set(_head_rows(g))
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and r in heads and v.strip() in ENGLISH and not row_label_cell(g, r, c):
                g.cells[(r, c)] = (f"{v.strip()}{' ' if c % 2 else chr(10)}{ENGLISH[v.strip()]}", f)
    return grids


def totals_spelt_apart(grids):
    """The 合计 row's word spelt '合　　计' (two full-width spaces) in one-sided tables and '总 计' (one blank) where
    总计 is printed; a 收支总表's '本年收入合计' as '本 年 收 入 合 计'."""
    spell = {"合计": "合　　计", "总计": "总 计", "本年收入合计": " ".join("本年收入合计"),
             "本年支出合计": " ".join("本年支出合计")}
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, str) and v.strip() in spell and row_label_cell(g, r, c):
                g.cells[(r, c)] = (spell[v.strip()], f)
    return grids


def title_block_repeated(grids):
    """A long table as a PDF-to-Excel converter leaves it: the title, its 部门/单位 lines and the heads (the print
    titles of each page) again after every 12 rows of figures, no '续表'; the panes frozen under the first heads."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf", "07", "B09", "01", "04", "B01", "B04"):
                continue
            hs = _first_head(g, t, end)
            rows = _fig_rows(g, t, end)
            if hs is None or len(rows) < 14:
                continue
            block = list(range(t, rows[0]))
            cells = {(r, c): v for (r, c), v in g.cells.items() if r in block}
            merges = [m for m in g.merges if t <= m[0] and m[2] < rows[0]]
            cuts = [rows[i] for i in range(12, len(rows), 12)]
            for cut in reversed(cuts):
                if any(m[0] < cut <= m[2] for m in g.merges):
                    continue
                n = len(block)
                g.remap(lambda r, c, cut=cut, n=n: (r + n if r >= cut else r, c))
                for (r, c), v in cells.items():
                    g.cells[(r - t + cut, c)] = v
                g.merges += [(m[0] - t + cut, m[1], m[2] - t + cut, m[3]) for m in merges]
            g.freeze = getattr(g, "freeze", None) or f"C{rows[0]}"
    return grids


def remarks_dashes(grids):
    """A 备注 column at each 科目 table's right, its head merged down the head rows, '—' on most rows and '含年中追加'
    or '详见说明' on a few (a dash there is no zero: the column holds no figures)."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf", "07", "B09", "01", "04", "B01", "B04"):
                continue
            hs = _first_head(g, t, end)
            rows = _fig_rows(g, t, end)
            if hs is None or not rows:
                continue
            at = max(c for (r, c) in g.cells if t < r <= end) + 1
            at = max([at] + [m[3] + 1 for m in g.merges if t < m[0] <= end])
            g.cells[(hs, at)] = ("备注", "General")
            if rows[0] - 1 > hs and not any(m[1] <= at <= m[3] and m[0] <= rows[0] - 1 and m[2] >= hs for m in g.merges):
                g.merges.append((hs, at, rows[0] - 1, at))
            for i, r in enumerate(rows):
                g.cells[(r, at)] = ("含年中追加" if i % 7 == 3 else "详见说明" if i % 7 == 5 else "—", "General")
    return grids


def unit_with_precision(grids):
    """'单位：万元（保留两位小数）' / '金额单位：元（保留整数）': the unit line says how the figures are rounded."""
    for g in grids:
        for k, unit in _unit_cells(g):
            v, f = g.cells[k]
            g.cells[k] = (v.strip() + ("（保留两位小数）" if unit == "万元" else "（保留整数）"), f)
    return grids


def bold_totals_em_dashes(grids):
    """The 合计/总计 rows in bold and every zero amount printed '——' (two em dashes, a typist's 'nothing')."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if isinstance(v, (int, float)) and not isinstance(v, bool) and v == 0 and (f or "") not in ("General", "0"):
                g.cells[(r, c)] = ("——", "General")
            elif isinstance(v, str) and re.fullmatch(r"\s*(0|0\.0+|-|—|－)\s*", v) and any(
                    _figure(g.cells.get((r, cc), (None,))[0]) for cc in range(1, g.max_col + 1)):
                g.cells[(r, c)] = ("——", "General")
        g.bold = {(r, c) for (r, c) in g.cells if _total_row(g, r)}
    return grids


def hidden_stale_column(grids):
    """Left of the first figure column of the sheet's first table, a hidden column (the whole sheet's) with the SAME
    heading and an earlier draft's figures (each 1.00 higher, 10000 in a 元 table), for every table on the sheet
    whose figures start there: a reader that shows hidden columns would read two 合计 columns."""
    for g in grids:
        spans = [(t, end, _fig_rows(g, t, end)) for _tc, kind, t, end in _table_spans(g) if kind not in (None, "perf")]
        firsts = [(t, end, rows, min(c for r in rows for c in range(1, g.max_col + 1)
                                     if _amount_of(g.cells.get((r, c), (None, None))) is not None))
                  for t, end, rows in spans if rows]
        if not firsts:
            continue
        at = firsts[0][3]
        g.remap(lambda r, c, at=at: (r, c + 1 if c >= at else c))
        g.hidden_cols = {h + 1 if h >= at else h for h in getattr(g, "hidden_cols", set())} | {at}
        for t, _end, rows, first in firsts:
            if first != at:
                continue
            for r in range(t + 1, rows[0]):
                if (r, at + 1) in g.cells:
                    g.cells[(r, at)] = g.cells[(r, at + 1)]
            for r in rows:
                d = _amount_of(g.cells.get((r, at + 1), (None, None)))
                if d is not None:
                    v, f = g.cells[(r, at + 1)]
                    step = 1 if isinstance(v, float) or "." in str(v) else 10000
                    g.cells[(r, at)] = (float(d) + step if isinstance(v, float) else int(d) + step
                                        if isinstance(v, int) else str(d + step), f)
    return grids


RENUMBER_2019 = {"07": "09", "08": "07", "09": "08"}


def renumbered_07_09(grids):
    """The 公开07–09表 codes renumbered as some 2019 中央 departments print them: 政府性基金 公开07表, 国有资本 公开08表,
    三公 公开09表 (the tables where they were: codes and sheet names say another number than the title)."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            m = isinstance(v, str) and re.fullmatch(r"(\s*公开)(\d{2})(表\s*)", v)
            if m and m.group(2) in RENUMBER_2019:
                g.cells[k] = (m.group(1) + RENUMBER_2019[m.group(2)] + m.group(3), f)
        m = re.match(r"0([789])", g.name)
        if m:
            g.name = RENUMBER_2019["0" + m.group(1)] + g.name[2:]
    return grids


# (a second round, the same session, written after the first run and still before reading recognize/*.py)
_MARKS = "①②③"


def footnote_marks(grids):
    """Footnote marks on some names and heads ('行政运行①', '项目支出*') and a line under each table explaining them
    ('注：①含所属事业单位；*含结转项目。'): a mark is no part of the name."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf"):
                continue
            rows = _fig_rows(g, t, end)
            if not rows:
                continue
            marked = 0
            for r in rows[1::4]:
                for c in range(1, g.max_col + 1):
                    v, f = g.cells.get((r, c), (None, None))
                    if isinstance(v, str) and re.search(r"[\u4e00-\u9fff]$", v.strip()) and not _total_row(g, r):
                        g.cells[(r, c)] = (v.rstrip() + _MARKS[marked % 3], f)
                        marked += 1
                        break
            for r in range(t + 1, rows[0]):
                for c in range(1, g.max_col + 1):
                    v, f = g.cells.get((r, c), (None, None))
                    if isinstance(v, str) and v.strip() in ("项目支出", "基本支出", "经营支出"):
                        g.cells[(r, c)] = (v.strip() + "*", f)
            below = rows[-1] + 1
            if not any((below, c) in g.cells for c in range(1, g.max_col + 1)) and below <= end + 1 and \
                    not any((below + 1, c) in g.cells for c in range(1, g.max_col + 1)):
                c0 = min(c for (r, c) in g.cells if r == rows[-1])
                g.cells[(below, c0)] = ("注：①含所属事业单位；*含结转项目。", "General")
    return grids


def year_as_period(grids):
    """'（2019年度）' printed as the period it covers: '2019年1月1日—2019年12月31日'."""
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            if isinstance(v, str) and (m := re.fullmatch(r"\s*[（(](\d{4})年度?[)）]\s*", v)):
                g.cells[k] = (f"{m.group(1)}年1月1日—{m.group(1)}年12月31日", f)
    return grids


_CN_NUM = "一二三四五六七八九十"
titles_numbered = retitle(lambda t, n: f"{_CN_NUM[(n - 1) % 10]}、{t}" if n % 2 else f"（{_CN_NUM[(n - 1) % 10]}）{t}")


def unit_with_currency(grids):
    """The unit line with the currency: '单位：万元　币种：人民币' (one cell)."""
    for g in grids:
        for k, _unit in _unit_cells(g):
            v, f = g.cells[k]
            g.cells[k] = (v.strip() + "　币种：人民币", f)
    return grids


def dept_label_parenthesised(grids):
    """The 部门 line as '部门（单位）名称：某局' or '预算单位（部门）：某局'."""
    n = 0
    for g in grids:
        for k, (v, f) in sorted(g.cells.items()):
            if isinstance(v, str) and (m := re.match(r"\s*(编制部门|部门|编制单位|预算主管部门|单位名称)[：:]", v)) \
                    and len(v) < 60 and "万元" not in v:
                g.cells[k] = (("部门（单位）名称：", "预算单位（部门）：")[n % 2] + v[m.end():], f)
                n += 1
    return grids


# ---- session 19 (held out: written before reading recognize/*.py, grid.py, disclosure.py and the readers) ----------
# What a finance system's export, another province's form or the 财政部 预算 form does that s9–s18 did not write.
def _figure_text(v, f):
    """An amount's text as a finance system exports it: no 千分位, the decimals its format shows ('1303.58', '14886090')."""
    d = _amount_of((v, f))
    if d is None:
        return None
    return f"{d:.2f}" if (isinstance(v, str) and "." in v) or "0.00" in (f or "") else f"{d:.0f}"


def export_figures_apostrophe(grids):
    """Every amount exported as text, in turn with the apostrophe of a text cell kept in the value ("'1303.58"), with
    trailing blanks ('1303.58   '), and with both ("'412.35 ")."""
    n = 0
    for g in grids:
        for k, (v, f) in sorted(g.cells.items()):
            s = _figure_text(v, f)
            if s is not None:
                g.cells[k] = (("'" + s, s + "   ", "'" + s + " ")[n % 3], "@")
                n += 1
    return grids


def finance_export(grids):
    """A 公开表 as a 财务软件 exports it: the names indented '　　' a level, the 科目编码 text with its apostrophe
    ("'2010101"), every amount text with trailing blanks."""
    grids = codes_apostrophe(names_spaced_with_codes(grids))
    for g in grids:
        for k, (v, f) in list(g.cells.items()):
            s = _figure_text(v, f)
            if s is not None:
                g.cells[k] = (s + "  ", "@")
    return grids


def continued_sheet_named(grids):
    """A one-table sheet of a 科目 table (03/05 and the 预算 支出 tables) split over two sheets named '公开05表' and
    '公开05表（续）': the second starts with the title and '（续）' and goes on with the rows, the heads NOT repeated."""
    out = []
    for g in grids:
        spans = _table_spans(g)
        if len(spans) != 1 or spans[0][1] not in ("03", "05", "B03", "B05"):
            out.append(g)
            continue
        (tr, tc), kind, t, end = spans[0]
        rows = _fig_rows(g, t, end)
        if len(rows) < 8:
            out.append(g)
            continue
        mid = rows[len(rows) // 2]
        if any(m[0] < mid <= m[2] for m in g.merges):
            out.append(g)
            continue
        number = kind.lstrip("B")
        second = Grid(f"公开{number}表（续）")
        title, f = g.cells[(tr, tc)]
        second.cells[(1, tc)] = (title.strip() + "（续）", f)
        second.cells.update({(r - mid + 2, c): v for (r, c), v in g.cells.items() if r >= mid})
        second.merges = [(r1 - mid + 2, c1, r2 - mid + 2, c2) for r1, c1, r2, c2 in g.merges if r1 >= mid]
        g.cells = {(r, c): v for (r, c), v in g.cells.items() if r < mid}
        g.merges = [m for m in g.merges if m[2] < mid]
        g.name = f"公开{number}表"
        out += [g, second]
    return out


def _year_of(grids):
    for g in grids:
        for v, _f in g.cells.values():
            if isinstance(v, str) and (m := re.search(r"(20\d\d)年", v)):
                return m.group(1)
    return "2024"


def heads_mixed_wording(grids):
    """The figure head worded differently table by table, as each 处室 typed it: '2024年决算数', '本年数',
    '决算数（万元）' (the unit of the table), in turn."""
    year, n = _year_of(grids), 0
    budget = any(kind.startswith("B") for g in grids for _tc, kind, _t, _e in _kinds(g))
    for g in grids:
        for _tc, _kind, t, end in _kinds(g):
            units = [u for k, u in _unit_cells(g) if t <= k[0] <= min(end, t + 5)] or ["万元"]
            done = False
            for (r, c), (v, f) in sorted(g.cells.items()):
                if t < r <= end and isinstance(v, str) and v.strip() in ("决算数", "预算数", "金额") and header_cell(g, r, c):
                    word = v.strip() if v.strip() != "金额" else "预算数" if budget else "决算数"
                    g.cells[(r, c)] = ((f"{year}年{word}", "本年数", f"{word}（{units[0]}）")[n % 3], f)
                    done = True
            n += done
    return grids


def title_merged_over_blank_row(grids):
    """Each title merged down over a blank row under it (the title row and an empty one as one tall cell)."""
    for g in grids:
        for (r, c), _kind, _t, _end in reversed(_kinds(g)):
            g.remap(lambda rr, cc, r=r: (rr + 1 if rr > r else rr, cc))
            own = [m for m in g.merges if m[0] == r and m[1] <= c <= m[3]]
            if own:
                g.merges.remove(own[0])
                g.merges.append((r, own[0][1], r + 1, own[0][3]))
            else:
                g.merges.append((r, c, r + 1, c))
    return grids


def last_year_between(grids):
    """A '上年决算数' ('上年预算数') column between the 科目 names and this year's first figure column (twice that
    column's figures, so that its own sums hold), as a 对比 layout prints last year first."""
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind in (None, "perf", "01", "04", "B01", "B04", "07", "B09"):
                continue
            hs = _first_head(g, t, end)
            if hs is None or any(sum(1 for c in range(1, g.max_col + 1) if re.sub(r"\s", "", g.text(r, c) or "") == w) > 1
                                 for r in range(hs, hs + 2) for w in ("项目", "科目编码", "科目名称", "经济分类科目编码")):
                continue
            rows = _fig_rows(g, t, end)
            if not rows:
                continue
            at = min(c for r in rows for c in range(1, g.max_col + 1) if _amount_of(g.cells.get((r, c), (None, None))) is not None)
            g.remap(lambda r, c, at=at: (r, c + 1 if c >= at and t <= r <= end else c))
            g.cells[(hs, at)] = ("上年预算数" if kind.startswith("B") else "上年决算数", "General")
            if rows[0] - 1 > hs:
                g.merges.append((hs, at, rows[0] - 1, at))
            for r in rows:
                d = _amount_of(g.cells.get((r, at + 1), (None, None)))
                if d is not None:
                    v, f = g.cells[(r, at + 1)]
                    g.cells[(r, at)] = (float(d * 2), f) if not isinstance(v, str) else (str(d * 2), f)
    return grids


def change_columns_negative(grids):
    """At the right of each 05 and 预算 05 table, '上年数 | 增减额 | 增减%' for its first figure column: last year
    twice this year, so every change is a fall, printed '△412.35' (text) and '-186.42' (red by the number format)
    in turn, the rate '-50.00%'."""
    n = 0
    for g in grids:
        for _tc, kind, t, end in reversed(_table_spans(g)):
            if kind not in ("05", "B05"):
                continue
            hs = _first_head(g, t, end)
            rows = _fig_rows(g, t, end)
            if hs is None or not rows:
                continue
            first = min(c for r in rows for c in range(1, g.max_col + 1) if _amount_of(g.cells.get((r, c), (None, None))) is not None)
            at = max([c for (r, c) in g.cells if t < r <= end] + [m[3] for m in g.merges if t < m[0] <= end]) + 1
            for i, w in enumerate(("上年数", "增减额", "增减%")):
                g.cells[(hs, at + i)] = (w, "General")
                if rows[0] - 1 > hs:
                    g.merges.append((hs, at + i, rows[0] - 1, at + i))
            for r in rows:
                d = _amount_of(g.cells.get((r, first), (None, None)))
                if d is None:
                    continue
                f = g.cells[(r, first)][1] or "#,##0.00"
                whole = "0.00" not in f
                g.cells[(r, at)] = (float(d * 2), f)
                if n % 2:
                    g.cells[(r, at + 1)] = (float(-d), f.split(";")[0] + ";[Red]-" + f.split(";")[0])
                else:
                    g.cells[(r, at + 1)] = ("△" + (f"{d:,.0f}" if whole else f"{d:,.2f}"), "General")
                g.cells[(r, at + 2)] = ("-50.00%" if d else "", "General")
                n += 1
    return grids


def zeros_mixed(grids):
    """In one column a zero printed '0.00', left blank, or '—', in turn (three typists, one table)."""
    n = {}
    for g in grids:
        for (r, c), (v, f) in sorted(g.cells.items()):
            d = _amount_of((v, f))
            if d is not None and d == 0:
                i = n[(g.name, c)] = n.get((g.name, c), -1) + 1
                if i % 3 == 1:
                    del g.cells[(r, c)]
                else:
                    g.cells[(r, c)] = (("0.00" if "0.00" in (f or "") else "0") if i % 3 == 0 else "—", "General")
    return grids


def fund_columns_hidden(grids):
    """In a 财政拨款收支总表 (04) alone on its sheet, the 政府性基金 / 国有资本经营 columns that hold only zeros or
    nothing hidden (the department has no such money: the column is in the template, hidden, not deleted)."""
    for g in grids:
        spans = _table_spans(g)
        if len(spans) != 1 or spans[0][1] not in ("04", "B04"):
            continue
        _tc, _kind, t, end = spans[0]
        for (r, c), (v, _f) in list(g.cells.items()):
            if not (isinstance(v, str) and re.search("政府性基金|国有资本", v) and header_cell(g, r, c)):
                continue
            below = [_amount_of(g.cells[(rr, c)]) for rr in range(r + 1, end + 1) if (rr, c) in g.cells]
            if any(d is not None and d != 0 for d in below) or any(isinstance(g.cells[(rr, c)][0], str) and
                                                                   rr > r + 2 for rr in range(r + 1, end + 1) if (rr, c) in g.cells):
                continue
            g.hidden_cols = getattr(g, "hidden_cols", set()) | {c}
    return grids


def budget_form_mof(grids):
    """The 财政部 部门预算 form: each sheet with a table named '表1'…'表N' in order, and at the left of each table with
    科目编码 a '部门预算编码' column holding the department's code ('326001') on every row of figures but the totals."""
    n = 0
    for g in grids:
        spans = _kinds(g)
        if not spans:
            continue
        n += 1
        g.name = f"表{n}"
        for _tc, _kind, t, end in reversed(spans):
            rows = _fig_rows(g, t, end)
            hs = _first_head(g, t, end)
            coded = [r for r in rows if any(_is_code(g.cells.get((r, c), (None,))[0]) or
                                            type(g.cells.get((r, c), (None,))[0]) is int and 100 < g.cells[(r, c)][0] < 1000
                                            for c in range(1, 4))]
            if hs is None or not coded:
                continue
            c0 = min(c for (r, c) in g.cells if hs <= r <= end)
            g.remap(lambda r, c, t=t, end=end, c0=c0: (r, c + 1 if c >= c0 and t < r <= end else c))
            g.cells[(hs, c0)] = ("部门预算编码", "General")
            if rows[0] - 1 > hs:
                g.merges.append((hs, c0, rows[0] - 1, c0))
            for r in rows:
                if not _total_row(g, r) and not re.search("合计|总计", label(g, r) or ""):
                    g.cells[(r, c0)] = ("326001", "@")
    return grids


_LEVEL = {3: "（类）", 5: "（款）", 7: "（项）"}


def labels_with_level(grids):
    """Each 科目 name with its level after it: '一般公共服务支出（类）', '人力资源事务（款）', '行政运行（项）' (one code
    column, or 类 | 款 | 项 columns)."""
    for g in grids:
        for (r, c), (v, f) in list(g.cells.items()):
            if _is_code(v):
                name, depth = (r, c + 1), len(v.strip())
            elif type(v) is int and 100 < v < 1000 and isinstance(g.text(r, c + 3), str):
                parts = [g.cells.get((r, c + i), (None,))[0] for i in (1, 2)]
                depth = 3 + 2 * sum(1 for p in parts if p is not None and str(p).strip())
                name = (r, c + 3)
            else:
                continue
            t = g.text(*name)
            if t and t.strip() and not re.match(r"\d", t.strip()) and depth in _LEVEL:
                g.cells[name] = (t.rstrip() + _LEVEL[depth], g.cells[name][1])
    return grids


VARIANTS = {
    "as is": lambda gs: gs,
    "generic sheet names": generic_names,
    "all on one sheet": lambda gs: one_sheet(gs),
    "one sheet, generic name": lambda gs: generic_names(one_sheet(gs)),
    "shifted 3 rows 2 cols": shifted,
    "blank row before totals": blank_row_before_totals,
    "blank column inside": blank_col_inside,
    "numbers text 1,234.56": text_commas,
    "numbers text full-width": text_fullwidth,
    "numbers text padded": text_spaces,
    "codes '201 01 01'": codes_spaced,
    "codes as numbers": codes_as_numbers,
    "no 栏次/行次": drop_lanci,
    "merges undone, value repeated": unmerged_filled,
    "merges undone": unmerged,
    "title （公开NN表）": title_with_code,
    "title 表一": title_biao,
    "title 附表1：": title_fubiao,
    "title with year": title_year,
    "title with 部门": title_dept,
    "unit 单位:万元": unit_moved,
    "unit on the 部门 line": unit_in_dept_line,
    "合计 moved top<->bottom": total_moved,
    "blank row every 6": blank_rows_every(6),
    "a sheet each": sheet_each,
    "synonyms": synonyms,
    "numbering （一）": renumbered,
    "类/款/项 cumulative": cumulative_split_codes,
    "indicator rows swapped": indicator_rows_swapped,
    "部门 label mixed": dept_label_mixed,
    "department name in title": dept_in_title,
    "year line 2019年": year_line_variants,
    "合 计 spaced": spaced_totals,
    "code and name in one cell": code_and_name_in_one_cell,
    "权重<->分值": swap_weight_words,
    # session 3
    "headers 收入总计/支出总计": headers_zongji,
    "headers 本年收入/本年支出": headers_bennian,
    "headers 决算金额": headers_amount,
    "headers 本年数": headers_amount2,
    "headers 科目编码/项目名称": headers_code,
    "headers 一般公共预算财政拨款收入": headers_fiscal,
    "合计 -> 总计": totals_zongji,
    "fund rows without 收入": fund_rows_bare,
    "fund rows with 收入": fund_rows_income,
    "no 公开NN表 codes": no_codes,
    "names local 2016": other_names("local 2016"),
    "names central 2021": other_names("central 2021"),
    "names 2023 with year": other_names("2023 with year"),
    "names budget other": other_names("budget other"),
    "unit in title": unit_in_title,
    "unit 金额单位 swapped": unit_jine,
    "unit in headers": unit_in_headers,
    "spacer columns": spacer_columns,
    "栏次 row added": lanci_added,
    "行次 column added": hangci_added,
    "continued on next sheet": continued_sheet,
    "类/款/项 joined into 科目编码": split_codes_joined,
    # session 5
    "unit 元 1,234,567.00": in_yuan(2),
    "unit 元 whole numbers": in_yuan(0),
    "合计 column last": total_column_last,
    "header line breaks": header_line_breaks,
    "本年收入小计": headers_xiaoji,
    "tables reversed": sheets_reversed,
    "title XX局2019年度…": title_dept_year,
    "cover, 目录, blank sheet": front_matter,
    "zero as dashes": zero_dashes,
    "signatures under tables": footer_signatures,
    "headers 2019年决算数": headers_with_year,
    "unit beside the title": unit_beside_title,
    "perf 偏差原因/改进措施 columns": perf_extra_columns,
    "perf 得分 before 分值": perf_columns_swapped,
    "numbering removed": numbering_removed,
    "code-name joined by '-'": code_dash_name,
    "备注 column": remarks_column,
    "01/04 sides stacked": two_sided_stacked,
    "empty table: a line says so": empty_table_note,
    "numbers in General format": numbers_general,
    "numbers text '7.5', '3'": text_trimmed,
    # session 8
    "合计 in the name column": total_in_name_column,
    "headers 功能科目代码/功能科目名称": headers_gongneng,
    # session 9 (held out: written before reading recognize/*.py)
    "s9 heads spaced '项　　目' '合　计'": fullwidth_spaced_heads,
    "s9 heads wrapped at words": heads_wrapped_at_words,
    "s9 codes '201.01.01'": codes_dotted,
    "s9 '[2010101]名称' in one cell": codes_bracketed_with_name,
    "s9 类/款/项 lowest level only": codes_lowest_level_only,
    "s9 栏次 row 甲 乙 1 2": lanci_jia_yi,
    "s9 序号 column first": serial_column_first,
    "s9 zero as '/'": zero_slash,
    "s9 财政拨款 column before 合计": fiscal_column_first,
    "s9 title '附件N　'": title_fujian,
    "s9 year after the title": year_after_title,
    "s9 unit 人民币万元": unit_renminbi,
    "s9 unit in the note below": unit_in_note_below,
    "s9 small tables side by side": side_by_side,
    "s9 hidden helper column": hidden_helper_column,
    "s9 group head over figures": group_head_above,
    "s9 names indented, no codes": names_indented_no_codes,
    "s9 类/款 cells merged down": lei_merged_down,
    # session 10 (held out: written before reading recognize/*.py)
    "s10 01/04 split 收入/支出 sheets": split_two_sided,
    "s10 one table in 元": one_table_in_yuan,
    "s10 code　name (full-width space)": code_name_fullwidth_space,
    "s10 codes '201.' trailing dot": codes_trailing_dot,
    "s10 项目支出 before 基本支出": project_before_basic,
    "s10 上年数 column": last_year_column,
    "s10 blank row between 类": blank_row_between_lei,
    "s10 header repeated midway": header_repeated_midway,
    "s10 frozen panes, print titles": frozen_print_titles,
    "s10 三公 items as rows": sanshi_as_rows,
    "s10 zero left blank": zero_blank,
    "s10 year on the 部门 line": year_in_dept_line,
    "s10 备注 with amounts in words": remarks_with_figures,
    "s10 部门 name over the title": dept_name_over_title,
    "s10 empty columns dropped": empty_columns_dropped,
    "s10 sheets named 表N 标题": sheets_named_by_title,
    # session 11 (held out: written before reading recognize/*.py)
    "s11 unit 千元": unit_qianyuan,
    "s11 科目名称 before 科目编码": name_before_code,
    "s11 hidden copy of a row": hidden_copy_row,
    "s11 names indented by cell format": names_indented_by_format,
    "s11 本年收入 group over 合计": group_over_total,
    "s11 big tables side by side": big_tables_side_by_side,
    "s11 '其中：' labels": qizhong_labels,
    "s11 部门/年度/单位 in one cell": dept_year_unit_one_cell,
    "s11 title broken by a line break": title_line_break,
    "s11 page break, header not repeated": page_break_split,
    "s11 figure columns reversed": figure_columns_reversed,
    "s11 类 code+name merged across": lei_code_name_merged,
    "s11 rows two tall": rows_two_tall,
    "s11 tables back to back": tables_back_to_back,
    "s11 numbered note under each table": numbered_notes_below,
    "s11 heads split over two rows": heads_split_over_rows,
    "s11 类/款/项 as numbers (5 for 05)": split_codes_as_numbers,
    "s11 名称 cells two columns wide": name_cells_two_wide,
    "s11 codes '201-01-01'": codes_dashed,
    # session 12 (held out: written before reading recognize/*.py and the readers)
    "s12 names '　　' indented, codes kept": names_spaced_with_codes,
    "s12 zeros hidden by the format": zeros_hidden_by_format,
    "s12 float noise under 0.00": float_noise,
    "s12 blank cells hold a space": blanks_as_spaces,
    "s12 unit bare in the title '（万元）'": unit_bare_in_title,
    "s12 empty-table line merged over the body": empty_note_merged_over_body,
    "s12 hidden draft sheet": hidden_draft_sheet,
    "s12 titles as rich text": titles_rich_text,
    "s12 names wrapped inside the cell": names_wrapped_in_cell,
    "s12 填报单位（盖章）：": dept_label_stamped,
    "s12 决算 left out of every title": final_titles_without_juesuan,
    "s12 Word tables nested in a frame": docx_nested_in_frame,
    # (these two written after reading disclosure.py, specs.py and grid.py's title/部门 lines, not tables.py)
    "s12 项目 over code and name, no sub-heads": project_head_without_subheads,
    "s12 06 blocks stacked": basic_blocks_stacked,
    "s12 预算 left out of every 预算 title": budget_titles_without_yusuan,
    # session 13 (held out: written before reading recognize/*.py, grid.py, disclosure.py and the readers)
    "s13 one sheet, one blank row apart, titles merged across": one_sheet_tight,
    "s13 7-digit codes split into 类/款/项 columns": codes_split_into_columns,
    "s13 code and name broken by Alt+Enter": code_name_line_break,
    "s13 amounts text, 千分位 and a no-break space": amounts_text_nbsp,
    "s13 会计专用 format": accounting_format,
    "s13 negatives format '(#,##0.00)'": negatives_bracketed,
    "s13 万元 to four decimals": wan_yuan_four_decimals,
    "s13 栏次 numbers row without 栏次": lanci_numbers_only,
    "s13 hidden 行次 column": hidden_hangci_column,
    "s13 unused 类 listed with zeros": unused_lei_with_zeros,
    "s13 every column two wide": every_column_two_wide,
    "s13 预算 titles '…总体情况表' with the year": budget_titles_other_provinces(True),
    "s13 预算 titles '…情况表' without the year": budget_titles_other_provinces(False),
    "s13 '（续表）' and heads again after a page break": continued_with_heads,
    "s13 Word title above, 部门/单位 rows inside": docx_title_above_lines_inside,
    # session 14 (held out: written before reading recognize/*.py, grid.py, disclosure.py and the readers)
    "s14 类/款 rows without codes, 项 rows coded": codes_on_items_only,
    "s14 unit '计量单位：万元'": unit_jiliang,
    "s14 '2024年度' group row over the figures": year_group_over_figures,
    "s14 栏次 with formulas '1=2+3'": lanci_formulas,
    "s14 部门 line under the table": dept_line_below,
    "s14 title only in the sheet tab": title_in_sheet_tab,
    "s14 '说明：' and '本表反映…' notes rows": notes_explaining,
    "s14 a text box merged right of the table": text_box_right,
    "s14 heads 全年预算数/实际支出数/财政补助收入": other_heads_s14,
    "s14 万元 to one decimal": wan_yuan_one_decimal,
    "s14 机关运行经费 table under the 三公 table": running_cost_table_under_sanshi,
    "s14 title in a middle cell, not merged": title_in_a_middle_cell,
    "s14 title repeated '…（续表）' over the heads again": continued_title_repeated,
    "s14 title and unit in one cell, two lines": title_and_unit_one_cell,
    # session 15 (held out: written before reading recognize/*.py)
    "s15 short titles letter-spaced": title_letter_spaced,
    "s15 long titles over two rows": title_over_two_rows,
    "s15 部门 | title | 单位 in one row": title_dept_unit_one_row,
    "s15 filing date on the 部门 line": date_on_dept_line,
    "s15 a row of units under the heads": units_row_under_heads,
    "s15 blank row under the heads": blank_row_under_heads,
    "s15 '第 N 页，共 M 页' under each table": page_footer_lines,
    "s15 占比（%） column": share_column,
    "s15 heads one character a line": heads_one_char_a_line,
    "s15 codes with a leading apostrophe": codes_apostrophe,
    "s15 sheets named 1, 2, 3": sheets_numbered,
    "s15 notes with a figure of their own": notes_with_figures,
    "s15 类/款/项 columns, names indented": split_codes_names_indented,
    "s15 '表N' left of the title": table_number_left_of_title,
    # session 16 (held out: written before reading recognize/*.py, grid.py, disclosure.py and the readers)
    "s16 title only in the page header": title_in_page_header,
    "s16 three head rows: group, heads, units": lambda gs: units_row_under_heads(group_head_above(gs)),
    "s16 amounts '1,303.58万元' with the unit": amounts_with_unit_suffix,
    "s16 amounts in 元 '13,035,800.00元'": lambda gs: amounts_with_unit_suffix(in_yuan(2)(gs)),
    "s16 full-width amounts with 千分位": text_fullwidth_commas,
    "s16 name then code '行政运行（2010101）'": name_then_code_bracketed,
    "s16 '201.01.01 行政运行' in one cell": code_dotted_and_name,
    "s16 zero rows hidden": lambda gs: zero_rows_hidden(unused_lei_with_zeros(gs)),
    "s16 heads and body two Word tables": heads_apart_from_body,
    "s16 元 whole-number text, zeros '0' or blank": yuan_whole_zeros_blank,
    # session 17 (held out: written before reading recognize/*.py, grid.py, disclosure.py and the readers)
    "s17 事业单位: 事业收入/经营收入/其他收入 filled": multi_fund_final,
    "s17 预算 上年结转 column and row": carry_over_budget,
    "s17 two blank columns before the figures": two_blank_columns_before_figures,
    "s17 heads '项 目', '_x000D_' line breaks": heads_spaced_crlf,
    "s17 sheets named 表1, 表2 … only": sheets_biao_n,
    "s17 Excel shared strings, 拼音 settings, rich runs": _xml_style("sst"),
    "s17 .NET writer: 'x:' prefixed elements": _xml_style("x:"),
    "s17 totals as SUM formulas, values cached": totals_as_formulas,
    "s17 .ods as LibreOffice saves it": ods_libreoffice,
    # (a second round, the same session, still before reading grid.py, disclosure.py and tables.py)
    "s17 事业单位: 上级补助/附属单位上缴, 上缴上级/对附属单位补助": multi_fund_all_columns,
    "s17 one sheet, the unit line above the first table only": _once(_UNIT_LINE),
    "s17 one sheet, the 部门 line above the first table only": _once(_DEPT_LINE),
    "s17 SUM formulas filled down (shared formulas)": shared_formulas,
    # session 18 (held out: written before reading recognize/*.py, grid.py, disclosure.py and the readers)
    "s18 codes and names indented by level": codes_and_names_indented,
    "s18 '【201】一般公共服务支出' in the name cell": codes_black_bracketed_in_name,
    "s18 heads in Chinese and English": heads_english,
    "s18 '合　　计' '总 计' '本 年 收 入 合 计'": totals_spelt_apart,
    "s18 title block repeated every 12 rows, panes frozen": title_block_repeated,
    "s18 备注 column of dashes and words": remarks_dashes,
    "s18 unit '万元（保留两位小数）'": unit_with_precision,
    "s18 bold totals, zero as '——'": bold_totals_em_dashes,
    "s18 hidden column of stale figures": hidden_stale_column,
    "s18 公开07–09表 renumbered": renumbered_07_09,
    # (a second round, after the first run, still before reading recognize/*.py)
    "s18 footnote marks '行政运行①' '项目支出*'": footnote_marks,
    "s18 year line as the period '1月1日—12月31日'": year_as_period,
    "s18 titles numbered '一、' '（二）'": titles_numbered,
    "s18 unit line with '币种：人民币'": unit_with_currency,
    "s18 '部门（单位）名称：'": dept_label_parenthesised,
    # session 19 (held out: written before reading recognize/*.py, grid.py, disclosure.py and the readers)
    "s19 figures text \"'1303.58\", '1303.58   '": export_figures_apostrophe,
    "s19 finance export: '　　' names, \"'2010101\", figures text": finance_export,
    "s19 05 over two sheets '公开05表（续）', heads once": continued_sheet_named,
    "s19 heads '2024年决算数' / '本年数' / '决算数（万元）'": heads_mixed_wording,
    "s19 title merged over a blank row": title_merged_over_blank_row,
    "s19 上年决算数 between the names and the figures": last_year_between,
    "s19 上年数/增减额/增减% columns, falls '△412.35' and red '-186.42'": change_columns_negative,
    "s19 zero '0.00', blank and '—' in one column": zeros_mixed,
    "s19 04's empty fund columns hidden": fund_columns_hidden,
    "s19 财政部 form: sheets 表1…表N, a 部门预算编码 column": budget_form_mof,
    "s19 names '…（类）' '…（款）' '…（项）'": labels_with_level,
}


NEW_VARIANTS = list(VARIANTS)[list(VARIANTS).index("headers 收入总计/支出总计"):list(VARIANTS).index("unit 元 1,234,567.00")]
S5_VARIANTS = list(VARIANTS)[list(VARIANTS).index("unit 元 1,234,567.00"):list(VARIANTS).index("合计 in the name column")]
S8_VARIANTS = list(VARIANTS)[list(VARIANTS).index("合计 in the name column"):list(VARIANTS).index("s9 heads spaced '项　　目' '合　计'")]
S9_VARIANTS = [n for n in VARIANTS if n.startswith("s9 ")]
S10_VARIANTS = [n for n in VARIANTS if n.startswith("s10 ")]
S11_VARIANTS = [n for n in VARIANTS if n.startswith("s11 ")]
S12_VARIANTS = [n for n in VARIANTS if n.startswith("s12 ")]
S13_VARIANTS = [n for n in VARIANTS if n.startswith("s13 ")]
S14_VARIANTS = [n for n in VARIANTS if n.startswith("s14 ")]
S15_VARIANTS = [n for n in VARIANTS if n.startswith("s15 ")]
S16_VARIANTS = [n for n in VARIANTS if n.startswith("s16 ")]
S17_VARIANTS = [n for n in VARIANTS if n.startswith("s17 ")]
S18_VARIANTS = [n for n in VARIANTS if n.startswith("s18 ")]
S19_VARIANTS = [n for n in VARIANTS if n.startswith("s19 ")]
# layouts only a workbook prints: Word hides no table row, and two tables side by side in one Word table would share
# one paragraph of titles above them (the Word writers leave these out)
WORKBOOK_ONLY = {"s11 hidden copy of a row", "s11 big tables side by side", "s12 hidden draft sheet", "s12 titles as rich text",
                 "s12 zeros hidden by the format", "s12 float noise under 0.00", "s13 hidden 行次 column",
                 "s14 title only in the sheet tab", "s15 sheets named 1, 2, 3", "s16 title only in the page header",
                 "s16 zero rows hidden", "s18 hidden column of stale figures"}
# s17: the workbook's XML as other producers write it (save() rewrites the .xlsx; Word and .ods copies are "as is")
XLSX_ONLY = {"s17 Excel shared strings, 拼音 settings, rich runs", "s17 .NET writer: 'x:' prefixed elements",
             "s17 totals as SUM formulas, values cached", "s17 SUM formulas filled down (shared formulas)"}
WORKBOOK_ONLY |= XLSX_ONLY
WORKBOOK_ONLY |= {"s19 04's empty fund columns hidden"}  # (a Word table hides no column)
ODS_ONLY = {"s17 .ods as LibreOffice saves it"}  # (elsewhere the same as "as is")
DOCX_ONLY = {"s12 Word tables nested in a frame", "s13 Word title above, 部门/单位 rows inside"}  # (a workbook has no nested tables: the same as "as is")


def _group_header(g, r) -> bool:
    """A row above a table's header that is itself a header row ('项目 | 支出预算', '本年收入 | 本年支出'): two or
    more cells of words, none a title, a 部门/单位 line or a year line. It stays a row of the Word table, over the
    columns it heads; written as a paragraph it would print above no column."""
    texts = [g.cells[(rr, c)][0] for (rr, c) in g.cells if rr == r]
    if len(texts) < 2 or not all(isinstance(t, str) for t in texts):
        return False
    return not any(re.search(r"[:：]|表$|公开\d+表|单位|^\d{4}年", t.strip()) for t in texts)


def save_docx(grids: list[Grid], path: Path, title_in_table: bool) -> Path:
    """Each sheet as one Word table (shown text; merges kept). title_in_table: the title, 部门 and 单位 lines are the
    table's first rows; otherwise they are paragraphs above it and the table starts at the first header row."""
    from docx import Document

    doc = Document()
    for g in grids:
        if not g.cells:
            continue
        rows = sorted({r for r, _c in g.cells})
        header = next((r for r in rows if sum(1 for (rr, _c) in g.cells if rr == r) >= 3), None)
        if header is None:  # text only (a 情况说明 sheet): paragraphs, as a Word document writes its narrative
            for r in rows:
                doc.add_paragraph("".join(shown(g.cells[(r, c)]) for c in range(1, g.max_col + 1) if (r, c) in g.cells))
            continue
        first = rows[0]
        if not title_in_table:  # the first row with 3 or more cells is the header, with the group headers above it
            first = header
            above = [r for r in rows if r < header]
            while above and _group_header(g, above[-1]):
                first = above.pop()
        if getattr(g, "title_only_above", False):  # s13: only the title (and its 公开NN表) a paragraph above
            titled = [r for r, _c in title_cells(g)]
            first = next((r for r in rows if r > min(titled)), first) if titled else first
        for r in rows:
            if r >= first:
                break
            doc.add_paragraph("　".join(shown(g.cells[(r, c)]) for c in range(1, g.max_col + 1) if (r, c) in g.cells))
        c0 = min(c for _r, c in g.cells)
        width = max([g.max_col] + [m[3] for m in g.merges]) - c0 + 1
        end = max([rows[-1]] + [m[2] for m in g.merges])
        cuts = sorted(b for b in getattr(g, "breaks", ()) if first < b <= end)  # s10: one table as two Word tables
        for top, last in zip([first] + cuts, [b - 1 for b in cuts] + [end]):
            if top in getattr(g, "paragraph_rows", ()):  # s13: a '（续表）' line between the two Word tables
                doc.add_paragraph("".join(shown(g.cells[(top, c)]) for c in range(1, g.max_col + 1) if (top, c) in g.cells))
                top += 1
            if getattr(g, "nested", False):  # s12: the table inside a one-cell frame table
                frame = doc.add_table(rows=1, cols=1)
                table = frame.cell(0, 0).add_table(rows=last - top + 1, cols=width)
            else:
                table = doc.add_table(rows=last - top + 1, cols=width)
            table.style = "Table Grid"
            covered = set()
            for r1, c1, r2, c2 in g.merges:
                if top <= r1 <= last:
                    table.cell(r1 - top, c1 - c0).merge(table.cell(r2 - top, c2 - c0))
                    covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
            grid = table._cells
            for (r, c), v in g.cells.items():
                if top <= r <= last and (r, c) not in covered:
                    grid[(r - top) * width + c - c0].text = shown(v)
                    if getattr(g, "indent", {}).get((r, c)):  # s11: a name indented by its paragraph's format
                        from docx.shared import Pt
                        grid[(r - top) * width + c - c0].paragraphs[0].paragraph_format.left_indent = \
                            Pt(10.5 * g.indent[(r, c)])
            if getattr(g, "page_break", False) and last != end:  # s11: the next part on the next page
                from docx.enum.text import WD_BREAK
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            else:
                doc.add_paragraph("")
    doc.save(path)
    return path


def save_ods(grids: list[Grid], path: Path) -> Path:
    """The sheets as an OpenDocument spreadsheet (.ods, as LibreOffice or WPS saves it): shown text and value of
    each cell, merges as spanned and covered cells, hidden rows and columns collapsed (s11)."""
    import zipfile
    from xml.sax.saxutils import escape, quoteattr

    out, levels = [], set()
    for g in grids:
        anchors = {(m[0], m[1]): m for m in g.merges}
        covered = {(r, c) for r1, c1, r2, c2 in g.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - set(anchors)
        width = max([g.max_col] + [m[3] for m in g.merges] + [1])
        hidden_cols = getattr(g, "hidden_cols", set())
        out.append(f"<table:table table:name={quoteattr(g.name)}>")
        top = len(out)
        collapse = ' table:visibility="collapse"'
        out += [f"<table:table-column{collapse if c in hidden_cols else ''}/>" for c in range(1, width + 1)]
        lo = getattr(g, "ods_lo", False)  # s17: as LibreOffice compresses and marks what it saves
        heads = _head_rows(g) if lo else []
        heads = [r for r in heads if r - heads[0] == heads.index(r)] if heads else []
        for r in range(1, g.max_row + 1):
            vis = collapse if r in getattr(g, "hidden_rows", ()) else ""
            if heads and r == heads[0]:
                out.append("<table:table-header-rows>")
            start = len(out)
            out.append(f"<table:table-row{vis}>")
            for c in range(1, width + 1):
                if (r, c) in covered:
                    out.append("<table:covered-table-cell/>")
                    continue
                span = ""
                if (r, c) in anchors:
                    r1, c1, r2, c2 = anchors[(r, c)]
                    span = f' table:number-columns-spanned="{c2 - c1 + 1}" table:number-rows-spanned="{r2 - r1 + 1}"'
                v = g.cells.get((r, c))
                if v is None or v[0] is None:
                    out.append(f"<table:table-cell{span}/>")
                    continue
                text = "".join(f"<text:p>{_lo_text(line) if lo else escape(line)}</text:p>" for line in shown(v).split("\n"))
                if getattr(g, "indent", {}).get((r, c)):  # s11: indented by its cell style, as LibreOffice saves it
                    levels.add(g.indent[(r, c)])
                    span += f' table:style-name="ind{g.indent[(r, c)]}"'
                if isinstance(v[0], (int, float)) and not isinstance(v[0], bool):
                    kind = "percentage" if "%" in (v[1] or "") else "float"
                    out.append(f'<table:table-cell{span} office:value-type="{kind}" office:value="{v[0]!r}">{text}</table:table-cell>')
                else:
                    out.append(f'<table:table-cell{span} office:value-type="string">{text}</table:table-cell>')
            out.append("</table:table-row>")
            if lo:
                out[start:] = _lo_row(out[start:])
            if heads and r == heads[-1]:
                out.append("</table:table-header-rows>")
        if lo:
            out[top:] = _lo_rows(out[top:])
        out.append("</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    styles = "".join(f'<style:style style:name="ind{n}" style:family="table-cell"><style:paragraph-properties '
                     f'fo:margin-left="{0.353 * n:.3f}cm"/></style:style>' for n in sorted(levels))
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:automatic-styles>{styles}'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               + "".join(out) + "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    return path


def _lo_text(line):
    """A text as LibreOffice writes it: a run of blanks after the first as <text:s text:c="n"/>, a leading blank as
    <text:s/>, the second half of a longer text in a <text:span>."""
    from xml.sax.saxutils import escape

    def blanks(t):
        t = escape(t)
        t = re.sub(r"^ ", "<text:s/>", t)
        return re.sub(r"(?<=[^ >]) ( +)", lambda m: " " + f'<text:s text:c="{len(m.group(1))}"/>', t)
    if len(line) >= 6:
        h = len(line) // 2
        return blanks(line[:h]) + f'<text:span text:style-name="T1">{blanks(line[h:])}</text:span>'
    return blanks(line)


def _lo_row(cells):
    """A row's run of identical empty or covered cells as one cell with table:number-columns-repeated."""
    out = []
    for x in cells:
        if out and x == out[-1][0] and x in ("<table:table-cell/>", "<table:covered-table-cell/>"):
            out[-1][1] += 1
        else:
            out.append([x, 1])
    return [x if n == 1 else x.replace("/>", f' table:number-columns-repeated="{n}"/>') for x, n in out]


def _lo_rows(items):
    """A run of empty rows as one row with table:number-rows-repeated."""
    out, i = [], 0
    empty = re.compile(r"<table:table-row><table:table-cell(?: table:number-columns-repeated=\"\d+\")?/></table:table-row>$")
    joined = []
    while i < len(items):  # rows are three or more items: join each row into one string first
        if items[i].startswith("<table:table-row"):
            j = items.index("</table:table-row>", i)
            joined.append("".join(items[i:j + 1]))
            i = j + 1
        else:
            joined.append(items[i])
            i += 1
    for x in joined:
        if out and empty.match(x) and out[-1][0] == x:
            out[-1][1] += 1
        else:
            out.append([x, 1])
    return [x if n == 1 else x.replace("<table:table-row>", f'<table:table-row table:number-rows-repeated="{n}">', 1)
            for x, n in out]


def shown(v) -> str:
    from govaudit.readers.context import shown_text

    return shown_text(*v) if not isinstance(v[0], str) else v[0]


def combo(*names):
    def run(grids):
        for n in names:
            grids = VARIANTS[n](grids)
        return grids
    return run


COMBOS = {
    "combo A": ("merges undone, value repeated", "numbers text 1,234.56", "title 表一", "all on one sheet"),
    "combo B": ("merges undone", "no 栏次/行次", "合计 moved top<->bottom", "codes '201 01 01'", "shifted 3 rows 2 cols"),
    "combo C": ("a sheet each", "generic sheet names", "unit on the 部门 line", "blank row before totals",
                "numbers text full-width", "title 附表1："),
    "combo D": ("部门 label mixed", "department name in title", "code and name in one cell", "blank column inside",
                "合 计 spaced", "year line 2019年"),
}


# variants that reword headers or row names: the words they wrote, mapped back to the sample's, so that a finding
# is compared by the place it names (a column headed 决算金额 in the copy is the 决算数 column of the sample)
RELABEL = {  # variant: (row-label words, column-label words) → one canonical word, applied to both sides
    "headers 收入总计/支出总计": ({}, {"收入总计": "本年收入合计", "支出总计": "本年支出合计"}),
    "headers 本年收入/本年支出": ({}, {"本年收入合计": "本年收入", "本年支出合计": "本年支出"}),
    "headers 决算金额": ({}, {"决算金额": "@", "决算数": "@", "金额": "@"}),
    "headers 本年数": ({}, {"本年预算数": "预算数", "本年数": "@", "决算数": "@", "金额": "@"}),
    "headers 科目编码/项目名称": ({}, {"项目名称": "科目名称"}),
    "headers 一般公共预算财政拨款收入": ({}, {"一般公共预算财政拨款收入": "财政拨款收入"}),
    "合计 -> 总计": ({"总计": "合计"}, {}),
    "fund rows without 收入": ({"财政拨款收入": "财政拨款"}, {}),
    "fund rows with 收入": ({"财政拨款收入": "财政拨款"}, {}),
    "unit in headers": ({}, {"(万元)": "", "(元)": "", "（万元）": "", "（元）": ""}),
    "本年收入小计": ({"本年收入小计": "本年收入合计", "本年支出小计": "本年支出合计"},
                 {"本年收入小计": "本年收入合计", "本年支出小计": "本年支出合计"}),
    "headers 2019年决算数": ({}, {"2019年": ""}),
    "s9 group head over figures": ({}, {"本年决算": "", "本年预算": ""}),  # a column named with its group: the same column
    "s16 three head rows: group, heads, units": ({}, {"本年决算": "", "本年预算": ""}),
    # the 三公 total as a row names its group ('财政拨款“三公”经费合计'), where the column was '合计' under that group
    "s10 三公 items as rows": ({}, {"财政拨款三公经费合计": "合计", "三公经费预算数合计": "三公经费合计"}),
    "s11 '其中：' labels": ({"其中：": ""}, {"其中：": ""}),
    "s14 heads 全年预算数/实际支出数/财政补助收入": ({}, {v: k for k, v in OTHER_HEADS_S14.items()}),
    "s14 '2024年度' group row over the figures": ({}, {"2024年度": ""}),  # a column named with its group
}


# s18: the English under a heading is no part of the column's name
RELABEL["s18 heads in Chinese and English"] = ({}, {e.replace(" ", ""): "" for e in ENGLISH.values()})
RELABEL["s18 footnote marks '行政运行①' '项目支出*'"] = ({m: "" for m in _MARKS + "*"},) * 2
# s19: a head named with its year or unit, or '本年数', is the sample's figure column; a name's '（类）' is no part of it
RELABEL["s19 heads '2024年决算数' / '本年数' / '决算数（万元）'"] = (
    {}, {**{f"{y}年": "" for y in (2019, 2024, 2025, 2026)}, "（万元）": "", "（元）": "", "本年数": "@", "决算数": "@",
         "预算数": "@", "金额": "@"})
RELABEL["s19 names '…（类）' '…（款）' '…（项）'"] = ({w: "" for w in list(_LEVEL.values()) + ["(类)", "(款)", "(项)"]}, {})


# synonyms: each pair's two wordings one token (longest first: 本年收入合计 before 收入合计), on both sides
RELABEL["synonyms"] = ({w: f"<{i}>" for i, (a, b) in enumerate(SYNONYMS.items()) for w in (a, b)},) * 2


def relabel(text, how):
    if not text or not how:
        return text
    for new in sorted(how, key=len, reverse=True):
        text = text.replace(new, how[new])
    return text


# variants that print no 科目编码: a row is named by its name alone in the copy ('行政运行' for '2011001行政运行')
UNCODED = {"s9 names indented, no codes", "s11 names indented by cell format", "s14 类/款 rows without codes, 项 rows coded"}


def canon(keys, name):
    rows, cols = RELABEL.get(name, ({}, {}))
    def row(label):
        label = relabel(label, rows)
        return re.sub(r"^\d{3}(?:\d{2}){0,2}(?=\D)", "", label) if label and name in UNCODED else label
    return sorted(((k[0], k[1], k[2], row(k[3]), relabel(k[4], cols)) for k in keys), key=_sort_key)


def check(path: Path, rounded: set | None = None):
    """(sorted (code, severity, table, row, column) of its errors and warnings, or None and the read error).
    rounded: gets the (table, row, column) of each sum that only rounding explains (RND001)."""
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(path, Options())
    if status.error and status.status != "checked":
        return None, status.error
    keys = []
    for f in findings:
        loc = f.locations[0] if f.locations else None
        if f.severity.value == "info":
            if rounded is not None and f.code.startswith("RND") and loc:
                rounded.add((f.table, re.sub(r"\s+", "", loc.row_label or ""), re.sub(r"\s+", "", loc.col_label or "")))
            continue
        norm = (lambda s: re.sub(r"\s+", "", s) if s else s)
        table = re.sub(r"^.*!\$?[A-Z]+\$?\d+$", "(form)", f.table or "")  # a form without a name is named by its cell
        row = norm(loc.row_label) if loc else None
        if row:  # a row is named without its numbering: '（一）一般公共服务支出' is the row '一、一般公共服务支出'
            from govaudit.text import strip_numbering
            row = strip_numbering(row) or row
        if row and f.table and re.sub(r"[(（](?:(?:金额)?单位[:：]?(?:万元|元)|万元|元|公开\d+表|\d{4}年度?)[)）]$", "", row).endswith("表") \
                and f.code in ("CMP002", "BGC003", "BGC006", "CMP008"):
            row = "(title)"  # the place named by the table's title, which the title variants reword
        keys.append((f.code, f.severity.value, table, row, norm(loc.col_label) if loc else None))
    return sorted(keys, key=_sort_key), None


_SAMPLE_CHECKS: dict = {}


def check_sample(path: Path, rounded: set):
    """check(path, rounded)[0] of an untouched sample, the baseline every variant is compared with: checked once per
    content and process (per process: tools/mutate.py --fork runs the tests again in children with govaudit mutated)."""
    key = (os.getpid(), hashlib.sha256(Path(path).read_bytes()).hexdigest())
    if key not in _SAMPLE_CHECKS:
        found: set = set()
        _SAMPLE_CHECKS[key] = (check(path, found)[0], found)
    keys, found = _SAMPLE_CHECKS[key]
    rounded |= found
    return list(keys) if keys is not None else None


def _sort_key(key):
    return tuple("" if v is None else str(v) for v in key)  # a finding without a row or column label sorts first


# variants that multiply every amount (万元 → 元): a sum the sample's rounding explains (108.26 万元 printed for
# 61.83 + 46.42) is 100 元 off in the copy, a difference no 元 table would print. Such places are left out.
SCALED = {"unit 元 1,234,567.00", "s16 amounts in 元 '13,035,800.00元'", "unit 元 whole numbers", "s10 one table in 元", "s13 万元 to four decimals",
          "s14 万元 to one decimal"}


# variants whose rewrite a rule rightly reports (on both copies): left out of the comparison
EXPECTED = {"s10 one table in 元": {"CMP005"}}  # 各表的金额单位不一致: a warning by design, the figures scale


def compare(name, base, out, rounded=None):
    """(clean copy's errors/warnings or its read error, errors of the sample the faulty copy missed, errors it added).
    rounded: {kind: places of the untouched sample's RND001 infos}, left out for the SCALED variants."""
    (clean, cerr), (bad, berr) = out["无误"], out["有误"]
    if name in SCALED and rounded:
        def keep(keys, kind):
            return [k for k in keys if (k[2], k[3], k[4]) not in rounded[kind]] if keys else keys
        clean, bad, base = keep(clean, "无误"), keep(bad, "有误"), keep(base, "有误")
    if name in EXPECTED:
        clean, bad = ([k for k in keys if k[0] not in EXPECTED[name]] if keys else keys for keys in (clean, bad))
    fp = cerr or canon(clean or [], name)
    if berr:
        return fp, ["unreadable: " + berr], []
    base, bad = set(canon(base or [], name)), set(canon(bad or [], name))
    return fp, sorted(base - bad, key=_sort_key), sorted(bad - base, key=_sort_key)


def run(variants, pairs=PAIRS, writer=None):
    """Every variant × pair written by `writer(grids, path without suffix)` (a workbook by default; a Word document;
    a PDF printed by LibreOffice) and checked; each copy is compared with the untouched faulty workbook."""
    writer = writer or (lambda grids, stem: save(grids, stem.with_suffix(".xlsx")))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rounded = {p: {"无误": set(), "有误": set()} for p in pairs}
        base = {p: check_sample(SAMPLES / f"{p}-有误.xlsx", rounded[p]["有误"]) for p in pairs}
        if any(v in SCALED for v in variants):
            for p in pairs:
                check_sample(SAMPLES / f"{p}-无误.xlsx", rounded[p]["无误"])
        jobs = []
        for i, name in enumerate(variants):
            for p in pairs:
                for kind in ("无误", "有误"):
                    grids = VARIANTS[name](load(SAMPLES / f"{p}-{kind}.xlsx"))
                    jobs.append((name, p, kind, writer(grids, tmp / f"{i}-{p}-{kind}")))
        if getattr(writer, "to_pdf", False):
            convert_all(tmp, [f for *_x, f in jobs])
            jobs = [(n, p, k, f.with_suffix(".pdf")) for n, p, k, f in jobs]
        results = {(n, p, k): (check(f) if f.exists() else (None, "LibreOffice 没有生成 PDF")) for n, p, k, f in jobs}
        for name in variants:
            for p in pairs:
                out = {k: results[(name, p, k)] for k in ("无误", "有误")}
                rows.append((name, p, *compare(name, base[p], out, rounded[p])))
    return rows


def print_pdf(grids, stem: Path) -> Path:
    """A workbook ready to print (samples/make_pdfs.prepare: landscape, one page wide, ruled); convert_all prints
    them all with one LibreOffice run."""
    sys.path.insert(0, str(SAMPLES))
    from make_pdfs import prepare

    path = save(grids, stem.with_suffix(".src.xlsx"))
    out = stem.with_suffix(".xlsx")
    prepare(path, out)
    return out


print_pdf.to_pdf = True


def print_docx_pdf(grids, stem: Path) -> Path:
    """A Word document (each sheet one table) that convert_all prints to PDF, as a department prints its .docx."""
    return save_docx(grids, stem.with_suffix(".docx"), False)


print_docx_pdf.to_pdf = True


def convert_all(tmp: Path, files: list[Path]) -> None:
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("需要 LibreOffice（soffice）才能生成 PDF")
    for i in range(0, len(files), 40):
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", str(tmp), *map(str, files[i:i + 40])],
                       check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)


def main(argv):
    VARIANTS.update({k: combo(*v) for k, v in COMBOS.items()})
    names = [a for a in argv if a in VARIANTS] or list(VARIANTS)
    if "--new" in argv:  # only the session-3 classes
        names = [n for n in names if n in NEW_VARIANTS]
    if "--s5" in argv:  # only the session-5 classes
        names = [n for n in names if n in S5_VARIANTS]
    if "--s8" in argv:  # only the session-8 classes
        names = [n for n in names if n in S8_VARIANTS]
    if "--s9" in argv:  # only the session-9 held-out batch
        names = [n for n in names if n in S9_VARIANTS]
    if "--s10" in argv:  # only the session-10 held-out batch
        names = [n for n in names if n in S10_VARIANTS]
    if "--s11" in argv:  # only the session-11 held-out batch
        names = [n for n in names if n in S11_VARIANTS]
    if "--s12" in argv:  # only the session-12 held-out batch
        names = [n for n in names if n in S12_VARIANTS]
    if "--s13" in argv:  # only the session-13 held-out batch
        names = [n for n in names if n in S13_VARIANTS]
    if "--s14" in argv:  # only the session-14 held-out batch
        names = [n for n in names if n in S14_VARIANTS]
    if "--s15" in argv:  # only the session-15 held-out batch
        names = [n for n in names if n in S15_VARIANTS]
    if "--s16" in argv:  # only the session-16 held-out batch
        names = [n for n in names if n in S16_VARIANTS]
    if "--s17" in argv:  # only the session-17 held-out batch
        names = [n for n in names if n in S17_VARIANTS]
    if "--s18" in argv:  # only the session-18 held-out batch
        names = [n for n in names if n in S18_VARIANTS]
    if "--s19" in argv:  # only the session-19 held-out batch
        names = [n for n in names if n in S19_VARIANTS]
    if "--ods" not in argv:
        names = [n for n in names if n not in ODS_ONLY]
    if any(a in argv for a in ("--docx", "--docx-paragraphs", "--docx-pdf")):
        names = [n for n in names if n not in WORKBOOK_ONLY]
    else:
        names = [n for n in names if n not in DOCX_ONLY]
    if "--ods" in argv:  # (save_ods hides no sheet and writes no rich text, no print header)
        names = [n for n in names if n not in ("s12 hidden draft sheet", "s12 titles as rich text",
                                               "s16 title only in the page header") and n not in XLSX_ONLY]
    words = [a for a in argv if a not in VARIANTS and not a.startswith("--")]
    pairs = [p for p in PAIRS if any(a in p for a in words)] or PAIRS
    bad = 0
    writer = None
    if "--docx" in argv:  # each sheet one Word table, the title its first row
        writer = lambda grids, stem: save_docx(grids, stem.with_suffix(".docx"), True)  # noqa: E731
    if "--docx-paragraphs" in argv:  # the title, 部门 and 单位 lines as paragraphs above each table
        writer = lambda grids, stem: save_docx(grids, stem.with_suffix(".docx"), False)  # noqa: E731
    if "--ods" in argv:  # an OpenDocument spreadsheet (s11)
        writer = lambda grids, stem: save_ods(grids, stem.with_suffix(".ods"))  # noqa: E731
    if "--pdf" in argv:  # printed to PDF by LibreOffice, as samples/make_pdfs.py prints the samples
        writer = print_pdf
    if "--docx-pdf" in argv:  # the Word copy (title lines as paragraphs) printed to PDF by LibreOffice
        writer = print_docx_pdf
    for name, p, fp, missing, extra in run(names, pairs, writer):
        ok = not fp and not missing and not extra
        bad += not ok
        print(f"{'ok ' if ok else 'BAD'} {name:34} {p:28} clean-FP {len(fp) if isinstance(fp, list) else 'X'}"
              f"  missed {len(missing)}  extra {len(extra)}")
        if not ok:
            for what, items in (("  FP", fp if isinstance(fp, list) else [fp]), ("  missed", missing),
                                ("  extra", extra)):
                for it in items[:6]:
                    print(what, it)
    print(f"{bad} failing")


if __name__ == "__main__":
    main(sys.argv[1:])
