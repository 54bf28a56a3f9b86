"""recognize/tables.py and disclosure.py lines of session 14 measured by tools/mutate.py in session 15 (s15mut, issue
14): a table's rest printed under '…（续表）' without heads of its own (disclosure._under_heads_of), on the 上海式
sample; each test kills mutants the session's tests left alive in workbook mode (the Word copies of test_layout_s14
that exercise it are too slow for a mutation run)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from test_forms_support import check, problems

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2024-上海式-无误.xlsx"


def _continued(tmp_path, before_code="205", name="t.xlsx"):
    """The 收入决算表 with '收入决算表（续表）' typed over its rows from the 类 `before_code` on: no heads repeated."""
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["02收入"]
    for rng in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(rng))
    at = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 1).value) == before_code)
    ws.insert_rows(at)
    ws.cell(at, 1, "收入决算表（续表）")
    path = tmp_path / name
    wb.save(path)
    return path


def test_a_rest_under_a_continued_title_without_heads_is_the_tables(tmp_path):
    """The rows after '收入决算表（续表）' are read under the heads of the table it continues: every row of the sample's
    02 table, its figures the same, and the copy as clean as the sample (the mutants of _under_heads_of's row range
    and of the continuation test in recognize lost them: 类 205–213 missing, TBL/XTB errors)."""
    path = _continued(tmp_path)
    want = recognize(read_workbook(SAMPLE)).tables["02"]
    got = recognize(read_workbook(path)).tables["02"]
    assert [(r.key, {k: str(v.value) for k, v in r.cells.items() if v is not None}) for r in got.rows] == \
        [(r.key, {k: str(v.value) for k, v in r.cells.items() if v is not None}) for r in want.rows]
    assert problems(check(path, tmp_path)) == problems(check(SAMPLE, tmp_path))
