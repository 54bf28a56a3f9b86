"""科目编码 and 科目名称 in ONE column ('2130301 行政运行', header '科目编码及名称'), printed without rules (session 28's
open item b, issue #9): the reader parts a line's pieces at the gap between the code and the name, and both fell into
the one column, the name written over the code — every row of the unruled print lost its code ('水利' where the ruled
print reads '21303 水利'), its level guessed from its name, and the same mistake was named '「水利」…“水利”（款）' in
one print and '「21303 水利」…21303（款）' in the other. Now the code and the name stay one cell, '21303 水利', as a
ruled print reads it (readers/pdf.py _flush). Session 28's held-out prints (tests/test_tables_heldout28.py), its
seeded mistake '05 款 21303 水利 合计 827.37'. Before (main 9b85d13): 'codename none' named the row '水利' (2 tests
failed here); now every print names it alike."""

from __future__ import annotations

import pytest

import test_tables_heldout28 as h28


@pytest.mark.parametrize("name", ["codename grid", "codename none", "codename wrap3 three", "codename wrap3 none"])
def test_a_kuan_in_the_code_and_name_column_is_named_with_its_code(tmp_path, name):
    edit = h28._edit(h28.T05, "水利", 1, "827.37")
    got = [f for f in h28.findings(name, h28.made(name, tmp_path, edit), tmp_path) if f.code == "TBL001"]
    assert [(f.locations[0].row_label, "21303（款）" in f.message) for f in got] == [("21303 水利", True)], \
        [(f.code, f.message) for f in got]


def test_the_unruled_print_reads_each_row_with_its_code(tmp_path):
    from govaudit.readers.pdf import read_pdf

    sheet = read_pdf(h28.made("codename none", tmp_path)).sheets[-1]
    labels = {c.value for c in sheet.cells.values() if isinstance(c.value, str) and c.value.endswith("行政运行")}
    assert labels == {"2130301 行政运行"}
