"""together_places.py (session 27's new file; issue 14, s28 mut, seed 28). --together groups of exported workbooks
whose sheets are all named 'Sheet1' … (tests/test_together_places27.py's split of the 上海式 sample, and the 2019
sample's tables apart from its 绩效自评表): a finding of the second file is filed there, at its sheet as printed, and a
message naming that sheet (PRF202's '绩效自评表（Sheet1!A1，未填项目名称）') names it without the invisible mark and
number the group's checking gave it."""

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


def test_a_hidden_row_of_the_second_file_is_said_there(tmp_path):
    """CEL004's '工作表「Sheet1」的隐藏行或隐藏列' (named when b.xlsx was read, before the group's renaming)."""
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


def test_a_form_named_by_its_sheet_in_the_second_file_is_named_as_printed(tmp_path):
    """The 2019 sample's tables in a.xlsx and its 绩效自评表 in b.xlsx, each file's sheets 'Sheet1' …; the first form's
    项目名称 left blank: PRF202 names the form by where it is — 'Sheet1!A1' of b.xlsx, as b.xlsx names it (in checking
    the group its sheet was 'Sheet1' + an invisible mark and a number, a.xlsx having a Sheet1 too)."""
    sample = FINAL.parent / "决算公开表与绩效自评表-2019-无误.xlsx"
    folder = tmp_path / "2019决算"
    folder.mkdir()
    for name in ("a.xlsx", "b.xlsx"):
        wb = load_workbook(sample)
        for ws in list(wb.worksheets):
            if (ws.title == "绩效自评表") != (name == "b.xlsx"):
                wb.remove(ws)
        for i, ws in enumerate(wb.worksheets, start=1):
            ws.title = f"Sheet{i}"
        if name == "b.xlsx":
            label = next(c for row in wb["Sheet1"].iter_rows() for c in row if c.value == "项目名称")
            wb["Sheet1"].cell(row=label.row, column=label.column + 1).value = None
        wb.save(folder / name)
    result = check_paths([str(folder)], Options(), together=True)
    found = [f for f in result.findings if f.code == "PRF202"]
    assert len(found) == 1, [(f.code, f.message) for f in result.findings if f.severity.value != "info"]
    f = found[0]
    assert f.file == str(folder / "b.xlsx") and f.locations[0].sheet == "Sheet1"
    assert f.message.startswith("绩效自评表（Sheet1!A1，未填项目名称）") and f.table == "Sheet1!A1", (f.message, f.table)



def test_a_finding_whose_places_all_leave_the_file_blank_is_put_in_the_checked_file():
    """in_own_file (line 121): no rule today leaves every place of a finding without its file (a sweep of samples/
    found none), but one that did would print places with no file in JSON/SARIF; each place then names the checked
    file, and a finding whose places name it already is handed on as it is (the same place objects)."""
    from govaudit.model.figure import Location
    from govaudit.model.finding import Finding
    from govaudit.severity import Severity
    from govaudit.together_places import in_own_file

    path = "/d/2024决算.xlsx"
    blank = Finding(code="TBL001", severity=Severity.error, message="m", file=path,
                    locations=[Location(file="", sheet="01", cell="B5"), Location(file="", sheet="01", cell="B6")])
    named = Location(file=path, sheet="01", cell="B7")
    kept = Finding(code="TBL001", severity=Severity.error, message="m", file=path, locations=[named])
    in_own_file([blank, kept], path)
    assert [(loc.file, loc.cell) for loc in blank.locations] == [(path, "B5"), (path, "B6")]
    assert kept.locations[0] is named

