"""Print sample workbooks to PDF, as a department prints its disclosure for publishing.

Needs LibreOffice (`soffice`) and a CJK font (Debian: libreoffice-calc fonts-noto-cjk). The PDFs are committed,
so tests and users do not need LibreOffice; run this again only when the sample workbooks change:

    python samples/make_pdfs.py            # the sample workbooks listed in PRINTED

Each sheet is printed landscape, one page wide, its columns wide enough for their text (long labels wrap), so
that nothing is cut off: a PDF print shows what the workbook holds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
PRINTED = ["决算公开表-2024-上海式-有误.xlsx", "决算公开表-2024-上海式-无误.xlsx",
           "决算公开表-2019-中央式-有误.xlsx", "决算公开表-2019-中央式-无误.xlsx",
           "决算公开表与绩效自评表-2019-无误.xlsx", "绩效自评表-河北式-有误.xlsx", "绩效自评表-中央式-有误.xlsx",
           "绩效自评表-四川式-有误.xlsx"]
MAX_WIDTH = 28  # characters; a longer label wraps onto a second line


def text_width(value) -> float:
    if value is None:
        return 0
    text = f"{value:,.2f}" if isinstance(value, float) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def prepare(src: Path, dst: Path) -> None:
    wb = openpyxl.load_workbook(src)
    for ws in wb.worksheets:
        merged_anchor = {(r.min_row, r.min_col) for r in ws.merged_cells.ranges if r.max_col > r.min_col}
        widths: dict[int, float] = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None or (cell.row, cell.column) in merged_anchor:
                    continue
                w = text_width(cell.value)
                if w > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="center",
                                               horizontal=cell.alignment.horizontal)
                widths[cell.column] = max(widths.get(cell.column, 0), min(w, MAX_WIDTH))
        rule_table_rows(ws)
        for col, w in widths.items():
            ws.column_dimensions[get_column_letter(col)].width = max(w + 2, 6)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    wb.save(dst)


THIN = Side(style="thin")
_NOT_TABLE = ("单位：", "单位:", "部门：", "部门:", "注：", "注:", "说明")


def rule_table_rows(ws) -> None:
    """Rule every cell of the tables' rows (header and body), as a printed disclosure does; titles, the
    部门/单位 line and notes stay unruled."""
    filled: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None and str(cell.value).strip():
                filled[cell.row] = filled.get(cell.row, 0) + 1
    for rng in ws.merged_cells.ranges:
        if rng.max_row > rng.min_row or rng.max_col > rng.min_col:
            for r in range(rng.min_row, rng.max_row + 1):
                filled.setdefault(r, 1)

    def plain(r: int) -> bool:
        texts = [str(c.value) for c in ws[r] if c.value is not None]
        return any(t.startswith(_NOT_TABLE) or any(w in t for w in _NOT_TABLE[:4]) for t in texts)

    rows = sorted(r for r, n in filled.items() if n >= 2 and not plain(r))
    table_rows = set(rows)
    for a, b in zip(rows, rows[1:]):
        if b - a <= 3 and not any(plain(r) for r in range(a, b)):
            table_rows.update(range(a, b))
    for r in table_rows:
        for c in range(1, ws.max_column + 1):
            ws.cell(r, c).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def to_pdf(xlsx: Path, out: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("需要 LibreOffice（soffice）才能生成 PDF")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "print.xlsx"
        prepare(xlsx, work)
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, str(work)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(Path(tmp) / "print.pdf", out)
    print(out)


def main(argv: list[str]) -> None:
    for name in PRINTED:
        src = HERE / name
        to_pdf(src, src.with_suffix(".pdf"))


if __name__ == "__main__":
    main(sys.argv[1:])
