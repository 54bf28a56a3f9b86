"""Small workbooks built in a test and recognised: the shared helper of the recognition mutation tests
(test_mutation_recognize, test_mutation_tables, test_mutation_disclosure)."""

from __future__ import annotations

from openpyxl import Workbook

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize

T05 = "一般公共预算财政拨款支出决算表"
H05 = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]


class F:
    """A cell value with a number format: F(5, '00')."""

    def __init__(self, value, fmt):
        self.value, self.fmt = value, fmt


def book(tmp_path, *sheets, name="决算.xlsx"):
    """The recognised disclosure of a workbook of sheets given as (title, [row, …]) or (title, [row, …], [merged
    range, …]); a row lists cell values from column A (an `F` for a value with its number format)."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows, *merges in sheets:
        ws = wb.create_sheet(title)
        for rng in (merges[0] if merges else []):
            ws.merge_cells(rng)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if isinstance(value, F):
                    ws.cell(r, c, value.value).number_format = value.fmt
                elif value is not None:
                    ws.cell(r, c, value)
    path = tmp_path / name
    wb.save(path)
    return recognize(read_workbook(path))


def figures(table):
    """{(row key, column key): value} of a recognised table."""
    return {(row.key, k): (f.value if f is not None else None) for row in table.rows for k, f in row.cells.items()}
