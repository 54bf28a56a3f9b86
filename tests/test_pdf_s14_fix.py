"""Session 14 fix (s14rev2 r4): two ruled tables printed side by side, each under its own title, are read both again.

pdf_columns.split_side_tables (88efe51, for unruled tables side by side) took the line holding the two titles and the
表号/unit lines below them as an unruled pair (three lines each side), so readers.pdf._side_by_side no longer found a
title over each ruled table and the right one was lost (CMP001 '公开06表' on the clean 上海式 2024 print). Titles
standing over two ruled tables side by side are now left to _side_by_side (pdf_columns._over_ruled_pair).
"""

from __future__ import annotations

from pdf_writer import print_tables, save_workbook
from test_pdf_heldout import PAIR, SAMPLES, findings, printed


def test_ruled_tables_side_by_side_on_landscape_pages_are_both_read(tmp_path):
    tables = printed(SAMPLES / f"{PAIR}-无误.xlsx")
    pdf = print_tables(tmp_path / "side4.pdf", tables, side_by_side=4, page=(842.0, 595.0), size=8.0)
    book = findings(save_workbook(tmp_path / "side4.xlsx", tables))
    assert [x for x in findings(pdf) if x not in book] == []
