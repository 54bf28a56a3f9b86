"""An annotated copy of a workbook for finance staff who work in Excel/WPS.

Every judged cell is filled (red error, amber warning, blue hint) and carries a comment with the rule code
and message; the cells a finding was computed from get a dashed outline; a first sheet 检查结果 lists all
findings with a link to each cell. The input is only read: the copy is written to another path, never the
input itself (callers check with `same_file` first; `annotate_workbook` refuses too).
"""

from __future__ import annotations

import os
import re
import warnings
from decimal import Decimal, InvalidOperation
from pathlib import Path

from govaudit.cellref import parse_a1
from govaudit.report.common import excel_target, labels, primary

RESULT_SHEET = "检查结果"
FILLS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}
BORDERS = {"error": "C0392B", "warning": "BF8F00", "info": "2F75B5"}
LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
RANK = {"error": 0, "warning": 1, "info": 2}
HEADER = ["级别", "规则", "工作表", "单元格", "说明", "实际", "应为", "差额", "位置"]
WIDTHS = [7, 9, 18, 10, 80, 12, 12, 10, 36]
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
        value = Decimal(text.strip())
    except InvalidOperation:
        return text
    return float(value)


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


def annotate_workbook(src: str | os.PathLike, out: str | os.PathLike, findings: list, author: str = "govaudit") -> int:
    """Write the annotated copy of `src` to `out`; return how many cells were marked."""
    if same_file(src, out):
        raise AnnotateError(f"--annotate 的输出文件不能是被检查的文件本身：{out}")
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.hyperlink import Hyperlink

    keep_vba = Path(src).suffix.lower() == ".xlsm" and Path(out).suffix.lower() == ".xlsm"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(src, keep_vba=keep_vba)  # formulas kept; the input is never saved
    except Exception as exc:
        raise AnnotateError(f"无法打开工作簿以生成批注副本（{type(exc).__name__}: {str(exc)[:120]}）") from None

    # judged cells: (sheet, row, col) → the findings that name it first
    judged: dict[tuple[str, int, int], list] = {}
    sources: dict[tuple[str, int, int], str] = {}
    for f in findings:
        for i, loc in enumerate(f.locations):
            sheet = loc.sheet
            pos = parse_a1(loc.cell) if loc.cell else None
            if sheet not in wb.sheetnames or pos is None:
                continue
            row, col = _anchor(wb[sheet], *pos)
            key = (sheet, row, col)
            if i == 0:
                judged.setdefault(key, []).append(f)
            else:
                worst = sources.get(key)
                if worst is None or RANK[f.severity.value] < RANK[worst]:
                    sources[key] = f.severity.value

    for (sheet, row, col), found in judged.items():
        cell = wb[sheet].cell(row=row, column=col)
        sev = min((f.severity.value for f in found), key=RANK.__getitem__)
        cell.fill = PatternFill(fill_type="solid", start_color=FILLS[sev], end_color=FILLS[sev])
        lines = [f"[{LABELS[f.severity.value]}] {f.code} {f.message}" for f in found]
        text = "\n\n".join(lines)
        if cell.comment is not None and cell.comment.text:
            text = cell.comment.text.rstrip() + "\n\n" + text
        comment = Comment(text, author)
        comment.width = 320  # points: about 30 Chinese characters a line
        lines = sum(max(1, -(-len(part) // 28)) for part in text.split("\n"))
        comment.height = min(640, 24 + 15 * lines)
        cell.comment = comment
    for key, sev in sources.items():
        if key in judged:
            continue
        sheet, row, col = key
        side = Side(style="dashed", color=BORDERS[sev])
        wb[sheet].cell(row=row, column=col).border = Border(left=side, right=side, top=side, bottom=side)

    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = False
    ws = wb.create_sheet(_unique_title(wb, RESULT_SHEET), 0)
    wb.active = 0
    ws.sheet_view.tabSelected = True
    bold = Font(bold=True)
    head_fill = PatternFill(fill_type="solid", start_color="D9D9D9", end_color="D9D9D9")
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = bold
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center")
    link_font = Font(color="0563C1", underline="single")
    ordered = sorted(findings, key=lambda f: RANK[f.severity.value])
    for f in ordered:
        loc = primary(f)
        sev = f.severity.value
        ws.append([LABELS[sev], f.code, loc.sheet if loc else None, loc.cell if loc else None, f.message,
                   _number(f.actual), _number(f.expected), _number(f.difference), labels(f)])
        r = ws.max_row
        ws.cell(row=r, column=1).fill = PatternFill(fill_type="solid", start_color=FILLS[sev], end_color=FILLS[sev])
        ws.cell(row=r, column=5).alignment = Alignment(wrap_text=True, vertical="top")
        for c, value in ((6, f.actual), (7, f.expected), (8, f.difference)):
            fmt = _decimals_format(value)
            if fmt:
                ws.cell(row=r, column=c).number_format = fmt
        if loc is not None and loc.sheet in wb.sheetnames and loc.cell and parse_a1(loc.cell):
            link = ws.cell(row=r, column=4)
            link.hyperlink = Hyperlink(ref=link.coordinate, location=excel_target(loc.sheet, loc.cell),
                                       tooltip=f"转到 {loc.sheet}!{loc.cell}")
            link.font = link_font
    if not findings:
        ws.append(["", "", "", "", "未发现问题"])
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = width
    ws.freeze_panes = "A2"
    if findings:
        ws.auto_filter.ref = f"A1:{ws.cell(row=1, column=len(HEADER)).column_letter}{ws.max_row}"
    # formulas were copied without their cached results: ask Excel/WPS to recompute on open
    wb.calculation.fullCalcOnLoad = True
    try:
        wb.save(out)
    except OSError as exc:
        raise AnnotateError(f"无法写入 {out}（{exc.strerror or exc}）") from None
    finally:
        wb.close()
    return len(judged)
