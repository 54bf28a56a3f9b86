"""How tests/data/lo_prints/*.pdf were made (issue #9, session 29): each sample workbook set up as a clerk sets one up
before printing it, then printed to PDF by LibreOffice — a print engine none of the project's own PDF writers imitate.

Each sheet's columns are widened to their longest text (a text longer than 40 characters — a title or a note over
merged cells — is left out), the page turned landscape and fitted to the page width (any number of pages tall).
LibreOffice is needed only to regenerate the prints (CI has none; the tests read the committed PDFs):

    python tools/lo_print.py OUTDIR samples/X.xlsx …
    soffice --headless --convert-to pdf --outdir OUTDIR OUTDIR/*.xlsx
"""

import os
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def widen(src: str, out_dir: str) -> str:
    wb = openpyxl.load_workbook(src)
    for ws in wb.worksheets:
        widths: dict[int, int] = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                # (a float is only measured here, as Excel shows it: the figures are never read from this script)
                s = str(c.value) if not isinstance(c.value, float) else f"{c.value:,.2f}"
                if len(s) > 40:  # titles and notes span merged cells
                    continue
                w = sum(2 if ord(ch) > 255 else 1 for ch in s)  # a CJK character is two columns wide
                widths[c.column] = max(widths.get(c.column, 0), w)
        for col, w in widths.items():
            ws.column_dimensions[get_column_letter(col)].width = min(max(w + 2, 6), 40)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    out = os.path.join(out_dir, os.path.basename(src))
    wb.save(out)
    return out


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("用法：python tools/lo_print.py 输出目录 工作簿.xlsx …")
    for f in sys.argv[2:]:
        print(widen(f, sys.argv[1]))
