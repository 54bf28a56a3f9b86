"""together_places.py (session 27's new file; issue 14, s28 mut, seed 28). A --together group of exported workbooks
whose sheets are all named 'Sheet1' … (tests/test_together_places27.py's split of the 上海式 sample): a message that
names a sheet of the second file — CEL004's '工作表「Sheet1」的隐藏行或隐藏列' — names it as the file does, without the
invisible mark and number the group's checking gave it, in the finding filed under that file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_paths
from govaudit.together_places import MARK

FINAL = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2024-上海式-无误.xlsx"


def _group(tmp_path, renamed: bool):
    """a.xlsx: 01–05, b.xlsx: 06–09 with last year's figures kept in a hidden row under its 公开06表 (CEL004); the
    sheets renamed 'Sheet1' … in each file, or keeping the sample's names (distinct across the group)."""
    folder = tmp_path / "2024决算"
    folder.mkdir()
    for name, keep in (("a.xlsx", ("01", "02", "03", "04", "05")), ("b.xlsx", ("06", "07", "08", "09"))):
        wb = load_workbook(FINAL)
        for ws in list(wb.worksheets):
            if ws.title[:2] not in keep:  # (the sample's sheets are 01收支总表 … 09国有资本)
                wb.remove(ws)
        if renamed:
            for i, ws in enumerate(wb.worksheets, start=1):
                ws.title = f"Sheet{i}"
        if name == "b.xlsx":
            ws = wb.worksheets[0]
            row = ws.max_row + 2
            ws.cell(row=row, column=1, value="上年数")
            ws.cell(row=row, column=3, value=712.35)
            ws.row_dimensions[row].hidden = True
        wb.save(folder / name)
    return folder, check_paths([str(folder)], Options(), together=True)


def test_a_message_naming_a_sheet_of_the_second_file_names_it_as_printed(tmp_path):
    folder, result = _group(tmp_path, renamed=True)
    hidden = [f for f in result.findings if f.code == "CEL004"]
    assert len(hidden) == 1, [(f.code, f.message) for f in result.findings if f.severity.value != "info"]
    f = hidden[0]
    assert f.file == str(folder / "b.xlsx") and f.locations[0].sheet == "Sheet1"
    assert "工作表「Sheet1」的隐藏行或隐藏列" in f.message, f.message
    for text in (f.message, f.table or "", *(loc.sheet or "" for loc in f.locations)):
        assert MARK not in text, text


def test_a_group_whose_sheet_names_differ_is_filed_as_before(tmp_path):
    """Nothing renamed (each file's sheets named apart): the CEL004 of b.xlsx's 公开06表 sheet is filed there."""
    folder, result = _group(tmp_path, renamed=False)
    hidden = [f for f in result.findings if f.code == "CEL004"]
    assert len(hidden) == 1 and hidden[0].file == str(folder / "b.xlsx"), [(f.code, f.file) for f in hidden]
    assert hidden[0].locations[0].sheet.startswith("06"), hidden[0].locations
