"""Review s26: place titles (govaudit/place_titles.py, fb52c6c) in a --together group whose files name their sheets
alike ('Sheet1' … as exported workbooks do; a PDF's pages likewise). The group's places carry a sheet and a cell but no
file, and each file's tables labelled every place: a 公开06表 finding in the second workbook had its rows C5, C6 …
titled '公开01表' (the first workbook's Sheet1) on main 7f3db51. A sheet name two files of the group share now gives
no title (the judged place keeps the one its rule gave)."""

from __future__ import annotations

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_paths
from test_together_split import FINAL


def test_places_on_a_sheet_name_two_files_share_take_no_other_files_title(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, keep in (("a.xlsx", ("01", "02", "03", "04", "05")), ("b.xlsx", ("06", "07", "08", "09"))):
        wb = load_workbook(FINAL)
        for ws in list(wb.worksheets):
            if ws.title[:2] not in keep:  # (the sample's sheets are named 01收支总表 … 09国有资本)
                wb.remove(ws)
        for i, ws in enumerate(wb.worksheets, start=1):
            ws.title = f"Sheet{i}"
        if name == "b.xlsx":  # 公开06表: its first figure over 100 one more (a part off its total: TBL001)
            ws = wb.worksheets[0]
            cell = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, (int, float)) and c.value > 100)
            cell.value += 1
        wb.save(folder / name)
    result = check_paths([str(folder)], Options(), together=True)
    sixes = [f for f in result.findings if f.table == "公开06表"]
    assert sixes
    titles = {loc.table_title for f in sixes for loc in f.locations} - {None}
    assert titles <= {"公开06表"}, titles
