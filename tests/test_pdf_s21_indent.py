"""Session 21, issue 9 p2: names indented by level in a PDF table printing no 科目编码.

The 上海式 sample's tables with the code columns left out and each 科目名称 indented by its level (类 none, 款 two
full-width spaces, 项 four), printed ruled, unruled and as a 三线表, and over pages of 12 body rows (a continued part
may start with 款 and 项 rows only). The workbook of the same text judges the 类/款/项 sums by the indenting
(recognize.tables._levels_by_indent); the print had no indent at all (the spaces are not in the text layer), so the
PDF left those tables unjudged and missed the seeded 03 款 error (TBL001 行政事业单位养老支出). Now each label cell
carries its indent, read from where its first glyph stands in its column (readers/pdf_indent.py), and the PDF's
findings are the workbook's.
"""

from __future__ import annotations

import pytest

from pdf_writer import PrintedTable, print_plain, print_tables, save_workbook
from test_pdf_heldout import PAIR, SAMPLES, findings, printed


def without_codes(t: PrintedTable) -> PrintedTable:
    """The code columns (headed …编码) left out; the name indented by the code's level; a 合计 in the code column
    moved into the name column."""
    head = t.rows[:t.head]
    codes = [j for j in range(len(t.rows[0])) if any("编码" in (r[j] if j < len(r) else "") for r in head)]
    if not codes:
        return t
    name = max(codes) + 1
    rows = []
    for i, row in enumerate(t.rows):
        row = list(row)
        code = "".join(row[j] for j in codes if j < len(row) and row[j].isdigit())
        if i >= t.head and len(code) in (5, 7) and row[name]:
            row[name] = "　" * (len(code) - 3) + row[name]
        if not row[name]:
            row[name] = next((row[j] for j in codes if row[j] and not row[j].isdigit()), "")
        rows.append([v for j, v in enumerate(row) if j not in codes])
    merges = []
    for a, b, c, d in t.merges:
        nb, nd = b - sum(j < b for j in codes), d - sum(j <= d for j in codes)
        if not (b in codes and d in codes) and nd >= nb:
            merges.append((a, nb, c, nd))
    return PrintedTable(t.title, t.dept, t.unit, rows, t.head, merges, t.notes)


LAYOUTS = {
    "ruled": (print_tables, dict()),
    "ruled, 12 body rows a page": (print_tables, dict(body_rows=12)),
    "三线表": (print_tables, dict(rules="three")),
    "no rules": (print_plain, dict()),
}


@pytest.mark.parametrize("kind", ["无误", "有误"])
@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_a_print_with_indented_names_reads_as_its_workbook(layout, kind, tmp_path):
    tables = [without_codes(t) for t in printed(SAMPLES / f"{PAIR}-{kind}.xlsx")]
    fn, opts = LAYOUTS[layout]
    pdf, book = findings(fn(tmp_path / "a.pdf", tables, **opts)), findings(save_workbook(tmp_path / "a.xlsx", tables))
    assert (sorted(pdf - book), sorted(book - pdf)) == ([], [])
    if kind == "有误":  # (the 款 whose 项 no longer add up: judged only by the indenting)
        assert ("TBL001", "公开03表", "行政事业单位养老支出", "基本支出") in pdf
    else:  # (no table's 类/款/项 sums judged against another's keys: no 05 row missing from 03, XTB019)
        assert not any(k[0] in ("TBL001", "XTB019", "CEL001") for k in pdf)


def _cells(tmp_path, rows, rules="grid"):
    from govaudit.readers.pdf import read_pdf

    t = PrintedTable("支出决算表", "编制部门：某某镇人民政府", "单位：万元", rows, 1)
    sheet = read_pdf((print_tables if rules else print_plain)(tmp_path / "a.pdf", [t], rules=rules)
                     if rules else print_plain(tmp_path / "a.pdf", [t])).sheets[0]
    return {c.value: c.indent for c in sheet.cells.values() if isinstance(c.value, str)}


@pytest.mark.parametrize("rules", ["grid", None], ids=["ruled", "no rules"])
def test_each_label_gets_its_indent_in_characters_and_a_centred_word_none(rules, tmp_path):
    rows = [["项目", "合计", "基本支出", "项目支出"],
            ["合计", "30.00", "20.00", "10.00"],
            ["一般公共服务支出", "30.00", "20.00", "10.00"],
            ["　　政府办公厅（室）及相关机构事务", "30.00", "20.00", "10.00"],
            ["　　　　行政运行", "20.00", "20.00", ""],
            ["　　　　一般行政管理事务", "10.00", "", "10.00"]]
    got = _cells(tmp_path, rows, rules)
    assert (got["一般公共服务支出"], got["政府办公厅（室）及相关机构事务"], got["行政运行"], got["一般行政管理事务"]) == (0, 2, 4, 4)
    assert got["项目"] == 0 and got["基本支出"] == 0
