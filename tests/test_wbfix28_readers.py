"""Word text as Word shows it, and a sheet's print area (wbfix s28, issue #9): the reader-level cases behind
held-out batch 28 (tests/test_layout_heldout28.py), each failing on main 39c576f."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import heldout28_mess as hm
from govaudit.readers.docx import read_docx
from govaudit.readers.xlsx import read_xlsx


def _doc(path: Path, fill) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("说明")
    t = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("项目", "金额"), ("合计", "10.00"), ("其中：办公费", "10.00")]):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    d.save(path)
    doc = hm.Doc(path, {}, [])
    fill(doc)
    doc.save()
    return path


def _texts(path: Path) -> list[str]:
    sheet = read_docx(path).sheets[0]
    return [str(c.value) for _k, c in sorted(sheet.cells.items()) if c.value is not None]


def test_a_moved_sentence_is_read_once_where_it_now_is(tmp_path):
    def fill(doc):
        p = hm.para_of(doc.body, "说明")
        hm.set_para(p, hm.change("moveFrom", hm.run("收入总计10.00万元。")))
        new = hm.w("p")
        new.append(hm.change("moveTo", hm.run("收入总计10.00万元。")))
        doc.body.insert(0, new)
    assert _texts(_doc(tmp_path / "m.docx", fill))[:1] == ["收入总计10.00万元。"]
    assert _texts(tmp_path / "m.docx").count("收入总计10.00万元。") == 1


def test_text_in_a_deletion_is_gone_even_as_w_t(tmp_path):
    """Some editors leave w:t (not w:delText) inside w:del: Word still shows it struck out, i.e. gone."""
    def fill(doc):
        tc = hm.tc_at(hm.tables(doc.body)[0], 2, 2)
        hm.set_cell(tc, hm.change("del", hm.run("99.00")), hm.change("ins", hm.run("10.00")))
    assert "10.00" in _texts(_doc(tmp_path / "d.docx", fill))
    assert not any("99" in t for t in _texts(tmp_path / "d.docx"))


def test_a_deleted_row_is_not_laid_out_but_keeps_its_number(tmp_path):
    """A row deleted with tracking (only its w:trPr marked, runs plain) is not shown; the rows after it keep
    their XML row numbers, which the annotated copy goes back to."""
    def fill(doc):
        tbl = hm.tables(doc.body)[0]
        rows = tbl.findall(hm.W + "tr")
        stale = etree.fromstring(etree.tostring(rows[1]))
        trpr = hm.w("trPr")
        trpr.append(hm.w("del", id=1, author="a", date="2026-01-01T00:00:00Z"))
        stale.insert(0, trpr)
        for t in stale.iter(hm.W + "t"):
            t.text = "旧行" if not t.text[0].isdigit() else "77.00"
        rows[1].addprevious(stale)
    book = read_docx(_doc(tmp_path / "r.docx", fill))
    sheet = book.sheets[0]
    assert not any("77" in str(c.value) or "旧行" in str(c.value) for c in sheet.cells.values())
    at = {str(c.value): sheet.origins[k] for k, c in sheet.cells.items() if c.value is not None}
    assert (at["合计"].row, at["其中：办公费"].row) == (3, 4)  # row 2 is the deleted one
    rows = sorted({k[0] for k, c in sheet.cells.items() if c.value in ("项目", "合计", "其中：办公费")})
    assert rows == list(range(rows[0], rows[0] + 3))  # laid out with no gap


def test_a_hidden_run_is_not_read_but_a_vanish_turned_off_is(tmp_path):
    def fill(doc):
        p = hm.para_of(doc.body, "说明")
        off = hm.run("可见")
        etree.SubElement(off.find(hm.W + "rPr") if off.find(hm.W + "rPr") is not None else
                         off.insert(0, hm.w("rPr")) or off.find(hm.W + "rPr"), hm.W + "vanish").set(hm.W + "val", "0")
        hm.set_para(p, hm.run("收入"), hm.run("（旧）", vanish=True), off)
    assert _texts(_doc(tmp_path / "h.docx", fill))[0] == "收入可见"


def test_a_text_box_of_words_only_stays_its_paragraphs_text(tmp_path):
    """Only a text box holding a table is read as blocks of its own; one of words joins its paragraph, as before."""
    def fill(doc):
        p = hm.para_of(doc.body, "说明")
        box = hm.w("txbxContent")
        inner = hm.w("p")
        inner.append(hm.run("（框内）"))
        box.append(inner)
        r = hm.w("r")
        pict = etree.SubElement(r, hm.W + "pict")
        pict.append(box)
        p.append(r)
    assert _texts(_doc(tmp_path / "b.docx", fill))[0] == "说明（框内）"


# ----------------------------------------------------------------------------- print area
def _book(path: Path, area: str, below: list, right: bool = False) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "支出决算表"
    rows = [["支出决算表"], ["科目编码", "科目名称", "合计"], ["213", "农林水支出", "10.00"], ["21301", "农业农村", "10.00"]]
    for row in rows + below:
        ws.append(row)
    if right:
        ws["E2"], ws["E3"] = "上年数", "99.00"
    ws.print_area = area
    wb.save(path)
    return path


def _values(path: Path) -> set:
    return {str(c.value) for c in read_xlsx(path).sheets[0].cells.values()}


def test_stale_rows_and_a_column_past_a_blank_line_outside_the_print_area_are_left_out(tmp_path):
    got = _values(_book(tmp_path / "a.xlsx", "A1:C4", [[], ["2130199", "其他", "9.99"]], right=True))
    assert "9.99" not in got and "2130199" not in got and "99.00" not in got and "上年数" not in got
    assert {"支出决算表", "213", "21301", "10.00"} <= got


@pytest.mark.parametrize("below, area", [
    ([["2130199", "其他", "9.99"]], "A1:C4"),  # right under the area: a grown table, the area is stale
    ([[], ["收入决算表"], ["2130199", "其他", "9.99"]], "A1:C4"),  # another table outside a forgotten area
])
def test_what_may_belong_to_the_tables_is_kept(tmp_path, below, area):
    assert "9.99" in _values(_book(tmp_path / "k.xlsx", area, below))
