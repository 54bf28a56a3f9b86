"""Session 21, issue 9 p3: a table's right-hand columns printed on the next page (a column strip) after the print's
repeated left column, and a strip holding one word in a column of figures.

- 01/04 (two-sided) with the 支出 side printed on the next page after the 收入 side's 项目 column repeated: the
  repeated column's header cell ('收入', merged over 项目 | 决算数 in the part) is cut at the strip's edge, so the
  column was not taken for a repeat, the 支出 side was read as a table of its own and 01/04 lost their 单位 (CMP008);
  the same for 03/05, whose '项目'/'合计' cells are merged over 编码 | 名称 (BGC006 on 03, CMP008 on 05). A cell merged
  on to the right now matches the repeat as far as the repeated column (pdf_strips._repeated_columns).
- 03's strip with '见附注' typed into one amount cell (the 有误 sample's CEL001): the strip was a table of its own and
  every row of 03 drew a false TBL301; one word in a column of figures no longer stops the join (_stray_words), and
  the word is reported as in the workbook.
"""

from __future__ import annotations

import pytest

from pdf_writer import print_strips, save_workbook
from test_pdf_heldout import PAIR, SAMPLES, findings, printed

TITLES = ("收入支出决算总表", "财政拨款收入支出决算总表", "支出决算表", "一般公共预算财政拨款支出决算表")


@pytest.mark.parametrize("kind", ["无误", "有误"])
@pytest.mark.parametrize("last,labels", [(2, 1), (4, 0), (2, 0)], ids=["2 columns after a repeated one", "4 columns",
                                                                       "2 columns"])
def test_a_strip_reads_as_the_workbook(last, labels, kind, tmp_path):
    tables = [t for t in printed(SAMPLES / f"{PAIR}-{kind}.xlsx") if t.title in TITLES]
    pdf = findings(print_strips(tmp_path / "a.pdf", tables, last=last, labels=labels, min_cols=4))
    book = findings(save_workbook(tmp_path / "a.xlsx", tables))
    assert (sorted(pdf - book), sorted(book - pdf)) == ([], [])
