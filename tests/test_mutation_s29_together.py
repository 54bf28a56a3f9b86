"""Issue 14, session 29 (mut): together_places.py line 59 (s28's open survivors) — in a --together group the second
file's sheets, renamed apart for the rules, keep their place in the group's sheet order, so its findings come in
workbook order, not by sheet name (the samples' 上海式 tables split over two workbooks, as test_mutation_s28_together)."""

from __future__ import annotations

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_paths
from test_mutation_s28_together import FINAL


def test_the_second_files_findings_follow_its_sheet_order_not_their_names(tmp_path):
    """b.xlsx's sheets named 'Sheet3', 'Sheet1', 'Sheet4', 'Sheet2' (as printed, each also a.xlsx's name), last
    year's figures hidden under the first two tables: CEL004 on 'Sheet3' (first in the workbook), then 'Sheet1'."""
    folder = tmp_path / "2024决算"
    folder.mkdir()
    for name, keep, titles in (("a.xlsx", ("01", "02", "03", "04", "05"), None),
                               ("b.xlsx", ("06", "07", "08", "09"), ["Sheet3", "Sheet1", "Sheet4", "Sheet2"])):
        wb = load_workbook(FINAL)
        for ws in list(wb.worksheets):
            if ws.title[:2] not in keep:
                wb.remove(ws)
        for i, ws in enumerate(wb.worksheets):
            ws.title = titles[i] if titles else f"Sheet{i + 1}"
        if titles:
            for ws in wb.worksheets[:2]:
                row = ws.max_row + 2
                ws.cell(row=row, column=1, value="上年数")
                ws.cell(row=row, column=3, value=712.35)
                ws.row_dimensions[row].hidden = True
        wb.save(folder / name)
    result = check_paths([str(folder)], Options(), together=True)
    hidden = [(f.file, f.locations[0].sheet) for f in result.findings if f.code == "CEL004"]
    assert hidden == [(str(folder / "b.xlsx"), "Sheet3"), (str(folder / "b.xlsx"), "Sheet1")], hidden
