"""PDF reader lines of session 15 that s18mut's run left alive (issue 14, README "变异测试"): pdf_strips._second_side
when the part and its strip hold ONE body row. A two-sided table (财政拨款收入支出决算总表) too long for its page goes on
over the next pair of pages under its header rows again; when only its 总计 row is left for the last pair, the
continued part has one body row, and its strip (the second side: '支出 · 项目 | 合计 | …') is joined beside it.
Each test prints a small table with tests/pdf_writer.py and fails on the mutant it names."""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import print_strips, save_workbook
from test_pdf_heldout import PAIR, SAMPLES, findings, printed


def _rows(pdf) -> dict[int, dict[int, object]]:
    sheet = read_workbook(pdf).sheets[0]
    assert sheet.cut_tables == []
    rows: dict[int, dict[int, object]] = {}
    for (r, c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, {})[c] = cell.value
    return rows


def test_a_two_sided_tables_last_page_pair_with_only_its_total_row_is_joined(tmp_path):
    """At 9.5 pt the sample's 财政拨款收入支出决算总表 (32 body rows) prints 31 on pages 1–2 and its 总计 alone on
    pages 3–4: the 支出 side's 总计 on page 4 is joined beside the 收入 side's. Kills pdf_strips line 188 and 189
    `r >= body` → `>` (the part's words and figures looked for only below its one body row), 195 `>=` → `>` (no column
    of figures found in the strip) and 197 `>=` → `>` (the label column empty below the header): each sets the strip
    aside as a table of its own."""
    tables = [t for t in printed(SAMPLES / f"{PAIR}-无误.xlsx") if t.title == "财政拨款收入支出决算总表"]
    pdf = print_strips(tmp_path / "a.pdf", tables, labels=0, size=9.5)
    rows = _rows(pdf)
    last = [row for row in rows.values() if row.get(1) == "总计"]
    assert last == [{1: "总计", 2: "6598.33", 3: "总计", 4: "6598.33", 5: "2152.90", 6: "4445.43"}]
    assert findings(pdf) == findings(save_workbook(tmp_path / "a.xlsx", tables))
