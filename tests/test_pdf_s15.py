"""Session 15's fixes to the PDF reader (issue 9), each failing before its change.

- A sheet wider than its page printed without fitting and without its label columns again (print_strips labels=0):
  the empty 公开09表's strip (no figure in either part) was set aside (BGC006) because its body was looked for at the
  first 合计 of the part, the header's '本年支出 | 合计' column; the body's 合计 is a row's first text
  (pdf_strips._strip_of). A two-sided table's second side printed whole on the next page ('支出 · 项目 | 合计 | …'
  beside '收入 · 项目 | 决算数') was read as a table of its own without its 单位 (CMP008): its labels are the strip's
  own columns of words, before its figures, when the part too begins with words and ends with figures
  (pdf_strips._second_side).
"""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import print_strips, save_workbook
from test_pdf_heldout import PAIR, SAMPLES, findings, printed


def _tables(*titles: str):
    return [t for t in printed(SAMPLES / f"{PAIR}-无误.xlsx") if t.title in titles]


def _strips(tmp_path, title: str):
    tables = _tables(title)
    pdf = print_strips(tmp_path / "a.pdf", tables, labels=0)
    return pdf, save_workbook(tmp_path / "a.xlsx", tables)


def test_an_empty_tables_strip_without_its_label_columns_is_joined(tmp_path):
    pdf, book = _strips(tmp_path, "国有资本经营预算财政拨款收入支出决算表")
    assert read_workbook(pdf).sheets[0].cut_tables == []
    assert findings(pdf) == findings(book)  # (CMP001 for the other tables, in both)


def test_a_two_sided_tables_second_side_on_the_next_page_is_joined(tmp_path):
    pdf, book = _strips(tmp_path, "财政拨款收入支出决算总表")
    sheet = read_workbook(pdf).sheets[0]
    rows = {}
    for (r, c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, {})[c] = cell.value
    total = next(row for row in rows.values() if row.get(1) == "本年收入合计")
    assert (total.get(3), total.get(4)) == ("本年支出合计", "6101.24")  # the 支出 side beside the 收入 side's row
    assert findings(pdf) == findings(book)  # (CMP001 for the other tables, in both)


def test_a_code_cut_at_the_next_cells_rule_keeps_its_hidden_digits(tmp_path):
    """A 7-digit 科目编码 (text to a spreadsheet) in a column too narrow for it is clipped at the name cell's rule:
    its last digit is hidden but still in the text layer ('201100' shown, '2011001' held). A figure never runs on
    (a spreadsheet prints ### instead); a code is read whole, as the workbook holds it (s15rev r19)."""
    from pdf_writer import print_flow, workbook_tables

    tables = [t for t in workbook_tables(SAMPLES / f"{PAIR}-无误.xlsx") if t.title == "支出决算表"]
    pdf = print_flow(tmp_path / "narrow.pdf", tables, narrow=6)
    codes = [v for row in read_workbook(pdf).sheets[0].cells.values() for v in [row.value]
             if isinstance(v, str) and v.isdigit() and len(v) >= 6]
    assert codes and all(len(c) == 7 for c in codes), codes


def test_name_and_code_columns_six_and_four_characters_wide_read_as_the_workbook(tmp_path):
    """s15rev r19: the 上海 sample printed with its word columns 6 (and 4) characters wide: names run on over empty
    cells or are clipped, 7-digit codes lose their last digit to the name cell's rule (16 false XTB errors before;
    the printer also drew a centred header wider than the first column over the next cell, now clipped)."""
    from pdf_writer import print_flow, workbook_tables

    tables = workbook_tables(SAMPLES / f"{PAIR}-无误.xlsx")
    book = findings(save_workbook(tmp_path / "b.xlsx", tables))
    for n in (6, 4):
        assert findings(print_flow(tmp_path / f"{n}.pdf", tables, narrow=n)) == book
