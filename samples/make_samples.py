"""Regenerate the sample workbooks: python samples/make_samples.py

Clean workbooks in two real layouts, and faulty copies whose known errors are listed in samples/README.md.
"""

from __future__ import annotations

import copy
import sys
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import disclosure_data  # noqa: E402
import layouts  # noqa: E402
from layouts import Writer  # noqa: E402

DEPT_2024 = "上海市某区人力资源和社会保障局"
DEPT_2019 = "唐山高新技术产业开发区人力资源和社会保障局"


SHEETS_2024 = ["01收支总表", "02收入", "03支出", "04财拨总表", "05一般公共预算", "06基本支出", "07三公",
               "08政府性基金", "09国有资本"]


def cell_at(ws, row_label, col_header):
    """The cell in the row whose first cell is row_label and the column headed col_header."""
    row = next(r for r in ws.iter_rows() if r[0].value == row_label)
    col = next(c for r in ws.iter_rows(max_row=8) for c in r if c.value == col_header)
    return ws.cell(row=row[0].row, column=col.column)


def workbook_2024(data, dept=DEPT_2024, overrides=None, text_cells=None) -> Workbook:
    """One table a sheet, 2024 上海式."""
    overrides = overrides or {}
    wb = Workbook()
    wb.remove(wb.active)
    for i, fn in enumerate(layouts.LAYOUT_2024, start=1):
        ws = wb.create_sheet(SHEETS_2024[i - 1])
        w = Writer(ws)
        fn(w, data, overrides.get(i, dept))
        ws.column_dimensions["A"].width = 18
        ws.column_dimensions["B"].width = 30
    for sheet, row_label, col_header, value in text_cells or []:
        cell_at(wb[sheet], row_label, col_header).value = value
    return wb


def workbook_2019(data, dept=DEPT_2019, t05_year=None, drop_note_09=False) -> Workbook:
    """Tables 01–05 stacked on one sheet and 06–09 on another, 2019 中央式, numbers in 01 as text."""
    wb = Workbook()
    ws1 = wb.active
    ws1.title = "公开01-05表"
    ws2 = wb.create_sheet("公开06-09表")
    w = Writer(ws1, row=2, col=2)  # shifted: a blank first row and column, as exported files often are
    for fn in layouts.LAYOUT_2019[:5]:
        w.text_numbers = fn is layouts.t01_2019
        if fn is layouts.t05_2019 and t05_year:
            fn(w, data, dept, year=t05_year)
        else:
            fn(w, data, dept)
        w.text_numbers = False
        w.row += 2
    w = Writer(ws2)
    for fn in layouts.LAYOUT_2019[5:]:
        fn(w, data, dept)
        w.row += 2
    if drop_note_09:
        for row in ws2.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "空表列示" in cell.value:
                    cell.value = None
    return wb


def faulty_2024_data(data):
    d = copy.deepcopy(data)
    d["t03"]["2080505"]["basic"] = Decimal("61.38")  # was 61.83: a transposition
    d["t05"]["total"]["basic"] = Decimal("767.71")  # was 776.71
    d["t07"]["final"]["reception"] = Decimal("1.62")  # was 1.26
    return d


def faulty_2019_data(data):
    d = copy.deepcopy(data)
    d["t04"]["cats"]["201"]["general"] = Decimal("1330.58")  # was 1303.58
    d["t06_totals"]["personnel_total"] = Decimal("714.82")  # was 741.82
    d["t02"]["20801"]["total"] = Decimal("132.46")  # was 123.46
    d["t08"]["2120899"]["end"] = Decimal("406.44")  # was 460.44
    return d


def main(out: Path = HERE) -> list[Path]:
    data = disclosure_data.build()
    made = []

    def save(wb, name):
        path = out / name
        wb.save(path)
        made.append(path)

    save(workbook_2024(data), "决算公开表-2024-上海式-无误.xlsx")
    save(workbook_2019(data), "决算公开表-2019-中央式-无误.xlsx")
    save(workbook_2024(faulty_2024_data(data), overrides={7: "上海市某区财政局"},
                       text_cells=[("03支出", "2011001", "项目支出", "见附注")]),
         "决算公开表-2024-上海式-有误.xlsx")
    save(workbook_2019(faulty_2019_data(data), t05_year="（2018年度）", drop_note_09=True),
         "决算公开表-2019-中央式-有误.xlsx")
    return made


def main_forms(out: Path = HERE) -> list[Path]:
    """The 绩效自评表 samples (make_forms.py), one of them in the same workbook as the nine tables."""
    import make_forms

    return make_forms.main(out, tables_wb=workbook_2019(disclosure_data.build()))


if __name__ == "__main__":
    for p in main() + main_forms():
        print(p.name)
