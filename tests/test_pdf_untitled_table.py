"""A table whose title names no known table still ends the table above it (issue 9, session 10).

LibreOffice printing a sheet whose title cell wraps onto two lines in a row one line high prints only the last line:
'收入决算表' became '决算表' (tools/perturb.py --pdf "header line breaks"). The table under it, with no title the
recogniser knows, was read as more rows of 收入支出决算总表 above it: every 科目 row drew CEL001 there ("应为数字，实际为
文字") on a clean file. A title line of its own over a new ruled table now ends the table before, whatever it says;
the untitled table is then not checked (CMP001 says it was not found), and nothing of it is judged as another's."""

from __future__ import annotations

import pytest

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import find_blocks
from pdf_writer import PrintedTable, print_flow, print_tables
from test_pdf_heldout import PAIR, SAMPLES, findings, printed


def _untitled(tmp_path, printer, title: str = "决算表"):
    tables = printed(SAMPLES / f"{PAIR}-无误.xlsx")
    t = tables[1]
    assert t.title == "收入决算表"
    tables[1] = PrintedTable(title, t.dept, t.unit, t.rows, t.head, t.merges, t.notes)
    return printer(tmp_path / "untitled.pdf", tables)


@pytest.mark.parametrize("printer", [print_flow, print_tables], ids=["flowing on", "a page each"])
def test_an_unknown_title_ends_the_table_above(printer, tmp_path):
    got = findings(_untitled(tmp_path, printer))
    assert not [k for k in got if k[1] == "公开01表"]
    assert got == {("CMP001", "公开02表", "", "")}


def test_the_block_of_the_table_above_ends_at_the_unknown_title(tmp_path):
    sheet = read_workbook(_untitled(tmp_path, print_flow)).sheets[0]
    title_row = next(r for (r, c), cell in sheet.cells.items() if cell.value == "决算表")
    first = find_blocks(sheet)[0]
    assert first.kind == "01" and first.end_row == title_row
    # every table was laid out under a title line of its own, in order
    assert [t for t, _first in sheet.titled_tables][1] == title_row
    assert len(sheet.titled_tables) == 9


def test_a_known_title_still_makes_its_own_block(tmp_path):
    """The same print with the title as published: 收入决算表 is found and checked, nothing is cut short."""
    assert findings(_untitled(tmp_path, print_flow, "收入决算表")) == set()
