"""An annotated copy of a workbook for finance staff who work in Excel/WPS.

Every judged cell is filled (red error, amber warning, blue hint) and carries a comment with the rule code,
message and the cells it was computed from; those source cells get a pale tint of the same colour — their own
borders, fonts and fills stay as they were (a source cell that has a fill of its own gets a short comment
instead). A first sheet 检查结果 lists all findings with a link to each cell, in the workbook's own font, with
wrapped text, explicit row heights and columns sized to their contents: Excel, WPS and LibreOffice compute
neither row heights nor column widths on opening a file, so what is not set here shows cut off. The input is only read: the copy is written to another path, never the
input itself (callers check with `same_file` first; `annotate_workbook` refuses too).
"""

from __future__ import annotations

import os
import re
import warnings
from decimal import Decimal, InvalidOperation
from pathlib import Path

from govaudit.cellref import parse_a1
from govaudit.report.common import elsewhere, every_place_a_problem, excel_target, labels, primary, source_refs

RESULT_SHEET = "检查结果"
FILLS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}
SOURCE_FILLS = {"error": "FBE5E8", "warning": "FFF5D6", "info": "EEF5FB"}  # pale tints: "computed from"
BORDERS = {"error": "C0392B", "warning": "BF8F00", "info": "2F75B5"}  # outline colours (the Word copy's sources)
LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
RANK = {"error": 0, "warning": 1, "info": 2}
HEADER = ["级别", "规则", "工作表", "单元格", "说明", "实际", "应为", "差额", "位置"]
# column widths (in Excel's character units): (least, most); texts wider than most wrap
WIDTHS = [(6, 6), (8, 10), (8, 24), (7, 10), (64, 64), (8, 24), (8, 24), (9, 14), (12, 36)]
WRAPPED = {3, 5, 6, 7, 9}  # 工作表, 说明, 实际, 应为, 位置
_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


class AnnotateError(Exception):
    """The annotated copy could not be written; the message is one plain Chinese line."""


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when both paths name the same file (after resolving links, `..` and case on such systems)."""
    pa, pb = Path(a), Path(b)
    try:
        if pa.exists() and pb.exists():
            return os.path.samefile(pa, pb)
    except OSError:
        pass
    return os.path.normcase(str(pa.resolve())) == os.path.normcase(str(pb.resolve()))


def _number(text: str | None):
    if text is None or not _PLAIN_NUMBER.match(text.strip()):
        return text
    try:
        return Decimal(text.strip())  # openpyxl writes a Decimal's digits as they are: no binary rounding
    except InvalidOperation:
        return text


def _decimals_format(text: str | None) -> str | None:
    if text is None or not _PLAIN_NUMBER.match(text.strip()):
        return None
    places = len(text.strip().partition(".")[2])
    return "0." + "0" * places if places else "0"


def _anchor(ws, row: int, col: int) -> tuple[int, int]:
    """A cell inside a merged range is shown (and can hold a comment) only at the range's top-left cell."""
    for rng in ws.merged_cells.ranges:
        if rng.min_row <= row <= rng.max_row and rng.min_col <= col <= rng.max_col:
            return rng.min_row, rng.min_col
    return row, col


def _unique_title(wb, title: str) -> str:
    names = set(wb.sheetnames)
    if title not in names:
        return title
    n = 2
    while f"{title}{n}" in names:
        n += 1
    return f"{title}{n}"


def display_width(text: str) -> int:
    """Width in Excel character units: a Chinese (full-width) character takes two."""
    from rich.cells import cell_len

    return cell_len(text)


def _lines(text: str, width: float) -> int:
    """How many lines `text` takes when wrapped in a column `width` characters wide (an estimate, on the safe side)."""
    usable = max(1.0, width - 1.5)  # cell padding
    return sum(max(1, -(-display_width(part) // int(usable))) for part in str(text).split("\n"))


def _default_font(wb):
    """The workbook's own default font (宋体, 等线, Calibri…): a sheet added in another font looks foreign."""
    from copy import copy

    from openpyxl.styles import Font

    try:
        font = wb._fonts[0]  # the font of the Normal style; openpyxl has no public accessor
        return copy(font) if font is not None and font.name else Font(name="宋体", sz=11)
    except (AttributeError, IndexError):
        return Font(name="宋体", sz=11)


def _font(base, **changes):
    from copy import copy

    font = copy(base)
    for key, value in changes.items():
        setattr(font, key, value)
    return font


def annotate_workbook(src: str | os.PathLike, out: str | os.PathLike, findings: list, author: str = "govaudit") -> int:
    """Write the annotated copy of `src` to `out`; return how many cells were marked."""
    if same_file(src, out):
        raise AnnotateError(f"--annotate 的输出文件不能是被检查的文件本身：{out}")
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.styles.colors import Color
    from openpyxl.worksheet.hyperlink import Hyperlink

    keep_vba = Path(src).suffix.lower() == ".xlsm" and Path(out).suffix.lower() == ".xlsm"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(src, keep_vba=keep_vba)  # formulas kept; the input is never saved
    except Exception as exc:
        raise AnnotateError(f"无法打开工作簿以生成批注副本（{type(exc).__name__}: {str(exc)[:120]}）") from None

    # judged cells: (sheet, row, col) → the findings that name it first; source cells → the findings using them
    judged: dict[tuple[str, int, int], list] = {}
    sources: dict[tuple[str, int, int], list] = {}
    for f in findings:
        for i, loc in enumerate(f.locations):
            if elsewhere(loc, f):  # (a --together finding's place in another file: not on this copy)
                continue
            sheet = loc.sheet
            pos = parse_a1(loc.cell) if loc.cell else None
            if sheet not in wb.sheetnames or pos is None:
                continue
            row, col = _anchor(wb[sheet], *pos)
            problem = i == 0 or every_place_a_problem(f)
            (judged if problem else sources).setdefault((sheet, row, col), []).append(f)

    def comment(text: str) -> Comment:
        note = Comment(text, author)
        note.width = 320  # points: about 30 Chinese characters a line
        lines = sum(max(1, -(-len(part) // 28)) for part in text.split("\n"))
        note.height = min(640, 24 + 15 * lines)
        return note

    for (sheet, row, col), found in judged.items():
        cell = wb[sheet].cell(row=row, column=col)
        sev = min((f.severity.value for f in found), key=RANK.__getitem__)
        cell.fill = PatternFill(fill_type="solid", start_color=FILLS[sev], end_color=FILLS[sev])
        parts = []
        for f in found:
            part = f"[{LABELS[f.severity.value]}] {f.code} {f.message}"
            used = None if every_place_a_problem(f) else _source_refs(f)
            if used:
                part += f"\n参与计算的单元格：{used}"
            parts.append(part)
        text = "\n\n".join(parts)
        if cell.comment is not None and cell.comment.text:
            text = cell.comment.text.rstrip() + "\n\n" + text
        cell.comment = comment(text)
    for key, found in sources.items():
        if key in judged:
            continue
        sheet, row, col = key
        cell = wb[sheet].cell(row=row, column=col)
        sev = min((f.severity.value for f in found), key=RANK.__getitem__)
        if cell.fill is None or cell.fill.fill_type in (None, "none"):
            # a pale tint; borders, font and number format are the cell's own and stay
            cell.fill = PatternFill(fill_type="solid", start_color=SOURCE_FILLS[sev], end_color=SOURCE_FILLS[sev])
        else:  # the cell's own fill means something to its author: say it in a note instead
            lines = [f"参与计算：[{LABELS[f.severity.value]}] {f.code} {_judged_ref(f)}" for f in found]
            text = "\n".join(dict.fromkeys(lines))
            if cell.comment is not None and cell.comment.text:
                text = cell.comment.text.rstrip() + "\n\n" + text
            cell.comment = comment(text)

    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = False
    ws = wb.create_sheet(_unique_title(wb, RESULT_SHEET), 0)
    wb.active = 0
    ws.sheet_view.tabSelected = True
    base = _default_font(wb)
    size = float(base.sz or 11)
    # points per wrapped line: CJK fonts (and LibreOffice's fallbacks for them) need about 1.5 × the size
    line_height = round(size * 1.5, 1)
    head_fill = PatternFill(fill_type="solid", start_color="D9D9D9", end_color="D9D9D9")
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = _font(base, b=True)
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center", horizontal="left" if cell.column == 9 else None,
                                   indent=2 if cell.column == 9 else 0)
    link_font = _font(base, color=Color(rgb="FF0563C1"), u="single")
    ordered = sorted(findings, key=lambda f: RANK[f.severity.value])
    rows = []
    for f in ordered:
        loc = primary(f)
        sev = f.severity.value
        values = [LABELS[sev], f.code, loc.sheet if loc else None, loc.cell if loc else None, f.message,
                  _number(f.actual), _number(f.expected), _number(f.difference), labels(f)]
        ws.append(values)
        r = ws.max_row
        rows.append((r, [LABELS[sev], f.code, values[2], values[3], f.message, f.actual, f.expected,
                         f.difference, values[8]]))
        for c in range(1, len(HEADER) + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = base
            # 位置 follows the right-aligned 差额: an indent keeps the two apart
            cell.alignment = Alignment(wrap_text=c in WRAPPED, vertical="top", horizontal="left" if c == 9 else None,
                                       indent=2 if c == 9 else 0)  # an indent needs an explicit alignment
        ws.cell(row=r, column=1).fill = PatternFill(fill_type="solid", start_color=FILLS[sev], end_color=FILLS[sev])
        for c, value in ((6, f.actual), (7, f.expected), (8, f.difference)):
            fmt = _decimals_format(value)
            if fmt:
                ws.cell(row=r, column=c).number_format = fmt
                ws.cell(row=r, column=c).alignment = Alignment(vertical="top", horizontal="right")
        if loc is not None and loc.sheet in wb.sheetnames and loc.cell and parse_a1(loc.cell):
            link = ws.cell(row=r, column=4)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=excel_target(loc.sheet, loc.cell),
                                       tooltip=f"转到 {loc.sheet}!{loc.cell}")
            link.font = link_font
    if not findings:
        ws.append(["", "", "", "", "未发现问题"])
        for cell in ws[2]:
            cell.font = base
    # columns sized to what they hold (between a least and a most width); rows as tall as their wrapped text
    widths = []
    for i, (least, most) in enumerate(WIDTHS):
        longest = max([display_width(HEADER[i])]
                      + [display_width(str(v[i])) for _, v in rows if v[i] is not None])
        widths.append(max(least, min(most, longest + 2)))
        ws.column_dimensions[ws.cell(row=1, column=i + 1).column_letter].width = widths[-1]
    for r, values in rows:
        lines = max(_lines(str(v), widths[i]) if i + 1 in WRAPPED else 1 for i, v in enumerate(values)
                    if v is not None)
        ws.row_dimensions[r].height = round(lines * line_height + 4, 1)
    ws.row_dimensions[1].height = round(line_height + 4, 1)
    for c in (6, 7, 8):  # a column of numbers is headed on the right, above them; one with text on the left
        shown = [v[c - 1] for _, v in rows if v[c - 1] is not None]
        if shown and all(_decimals_format(x) for x in shown):
            ws.cell(row=1, column=c).alignment = Alignment(vertical="center", horizontal="right")
    ws.freeze_panes = "A2"
    if findings:
        ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=len(HEADER)).column_letter}{ws.max_row}"
    # printed (or saved as PDF): landscape, all columns on the page width, the header row on every page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    # formulas were copied without their cached results: ask Excel/WPS to recompute on open
    wb.calculation.fullCalcOnLoad = True
    try:
        wb.save(out)
    except OSError as exc:
        raise AnnotateError(f"无法写入 {out}（{exc.strerror or exc}）") from None
    finally:
        wb.close()
    return len(judged)


def _judged_ref(f) -> str:
    loc = primary(f)
    return f"{loc.sheet}!{loc.cell}" if loc is not None and loc.sheet and loc.cell else (f.table or "")


def _source_refs(f, limit: int = 12) -> str:
    refs = source_refs(f)
    return "、".join(refs[:limit]) + ("……" if len(refs) > limit else "")
