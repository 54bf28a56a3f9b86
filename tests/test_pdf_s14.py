"""Session 14's fixes to the PDF reader (issue 9), each failing before its change.

- A big watermark set level (not slanted) and pale over a table ('内部资料' in light grey at 48 pt) is no text of
  the page (readers/pdf_page._watermark); a big heading printed dark is still read.
- A column strip (a sheet's last columns printed on the next page) whose header cells are merged down over two header
  rows, drawn without the rule between them, is laid on the part's rows (pdf_strips._on_rows_of); a two-sided
  table's second 决算数 column on the strip page is a column of its own when its figures are not the part's
  (pdf_strips._new_headers).
"""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter, print_strips, producer, save_workbook
from test_pdf_heldout import PAIR, SAMPLES, findings, printed


def _texts(path) -> str:
    return "".join(str(c.value) for s in read_workbook(path).sheets for c in s.cells.values())


def test_a_level_pale_watermark_over_a_table_is_no_text(tmp_path):
    tables = [t for t in printed(SAMPLES / f"{PAIR}-无误.xlsx") if t.title == "收入决算表"]
    with producer(watermark="内部资料", watermark_angle=0, watermark_size=48.0):
        pdf = print_strips(tmp_path / "a.pdf", tables, min_cols=99)
    assert "资料" not in _texts(pdf) and "科目名称" in _texts(pdf)
    assert findings(pdf) == findings(save_workbook(tmp_path / "a.xlsx", tables))


def test_a_big_dark_heading_is_read(tmp_path):
    w = PdfWriter()
    p = w.page()
    p.text(80, 100, "二〇二四年度部门决算", 40)  # dark, level, 40 pt: a cover's heading
    p.text(80, 200, "上海市某区人力资源和社会保障局", 12)
    pdf = w.save(tmp_path / "cover.pdf")
    from govaudit.readers.pdf_page import read_pages

    text = "".join(ch.text for page in read_pages(pdf) for ch in page.chars)
    assert "二〇二四年度部门决算" in text


def _tables(*titles: str):
    return [t for t in printed(SAMPLES / f"{PAIR}-无误.xlsx") if t.title in titles]


def test_a_strip_under_header_cells_merged_down_is_joined(tmp_path):
    tables = _tables("收入决算表", "支出决算表")
    pdf = print_strips(tmp_path / "a.pdf", tables, labels=0)
    assert read_workbook(pdf).sheets[0].cut_tables == []
    assert findings(pdf) == findings(save_workbook(tmp_path / "a.xlsx", tables))


def test_a_two_sided_tables_second_amount_column_on_the_next_page_is_its_own(tmp_path):
    tables = _tables("一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表")
    for labels in (0, 2):
        pdf = print_strips(tmp_path / f"{labels}.pdf", tables, labels=labels)
        assert read_workbook(pdf).sheets[0].cut_tables == []
        assert findings(pdf) == findings(save_workbook(tmp_path / "a.xlsx", tables))
