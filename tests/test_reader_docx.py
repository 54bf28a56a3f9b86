"""The Word reader: body in document order, merges resolved, nested tables reached, each virtual cell's real place.

Documents are built here with python-docx (merges through its own API, so the XML is what Word writes)."""

from __future__ import annotations

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from govaudit.readers.docx import SHEET_NAME, read_docx


def _doc_with_tables(path):
    doc = Document()
    doc.add_paragraph("第一部分 部门概况", style="Heading 1")
    doc.add_paragraph("")  # empty paragraphs are not numbered
    doc.add_paragraph("本部门2019年度收支总计6634.67万元。")
    t = doc.add_table(rows=4, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "收入支出决算总表"  # horizontal merge → gridSpan 3
    t.cell(1, 0).merge(t.cell(2, 0)).text = "项目"  # vertical merge → vMerge restart/continue
    t.cell(1, 1).text = "合计"
    t.cell(1, 2).text = "基本支出"
    t.cell(2, 1).text = "1.00"
    t.cell(2, 2).text = "2.00"
    t.cell(3, 0).text = "外"
    inner = t.cell(3, 1).add_table(rows=1, cols=2)  # a table nested in a cell
    inner.cell(0, 0).text = "嵌套"
    inner.cell(0, 1).text = "3.50"
    t.cell(3, 2).text = "第一段"
    t.cell(3, 2).add_paragraph("第二段")
    doc.add_paragraph("（一）收入决算情况", style="Heading 3")
    doc.save(path)
    return path


def test_paragraphs_and_tables_in_order(tmp_path):
    book = read_docx(_doc_with_tables(tmp_path / "a.docx"))
    assert book.kind == "word" and [s.name for s in book.sheets] == [SHEET_NAME]
    paras = book.paragraphs
    assert [(p.index, p.text, p.level) for p in paras] == [
        (1, "第一部分 部门概况", 1), (2, "本部门2019年度收支总计6634.67万元。", None), (3, "（一）收入决算情况", 3)]
    assert paras[0].style == "Heading 1" and paras[1].style == "Normal"
    sheet = book.sheets[0]
    # paragraph 1 at A1, one blank row for the empty paragraph, paragraph 2 at A3, the table from row 4
    assert (paras[0].cell, paras[1].cell) == ("A1", "A3")
    assert sheet.get(4, 1).value == "收入支出决算总表"
    assert sheet.get(5, 1).value == "项目" and sheet.get(6, 1) is None
    assert [sheet.get(6, c).value for c in (2, 3)] == ["1.00", "2.00"]
    assert sheet.get(7, 3).value == "第一段\n第二段"
    assert sorted(sheet.merged) == [(4, 1, 4, 3), (5, 1, 6, 1)]
    # the nested table comes after its parent, numbered after it
    assert [sheet.get(8, c).value for c in (1, 2)] == ["嵌套", "3.50"]
    assert sheet.origins[(8, 2)].table == 2 and (sheet.origins[(8, 2)].row, sheet.origins[(8, 2)].col) == (1, 2)
    # every virtual cell knows its table, row and grid column; merged-over cells too
    o = sheet.origins[(6, 3)]
    assert (o.table, o.row, o.col, o.paragraph) == (1, 3, 3, None)
    assert sheet.origins[(4, 3)].col == 3 and sheet.origins[(6, 1)].row == 3
    assert sheet.origins[(3, 1)].paragraph == 2
    assert paras[2].cell == "A9" and sheet.origins[(9, 1)].paragraph == 3


def test_grid_before_and_cell_text_from_content_controls(tmp_path):
    doc = Document()
    t = doc.add_table(rows=2, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "甲", "乙", "丙"
    tr = t.rows[1]._tr
    trpr = tr.get_or_add_trPr()
    gb = OxmlElement("w:gridBefore")
    gb.set(qn("w:val"), "1")
    trpr.insert(0, gb)
    tr.remove(tr.tc_lst[0])  # the row starts one grid column in
    tr.tc_lst[0].p_lst[0].append(_run("丁"))
    tr.tc_lst[1].p_lst[0].append(_run("戊"))
    doc.save(tmp_path / "b.docx")
    sheet = read_docx(tmp_path / "b.docx").sheets[0]
    assert [sheet.get(2, c) and sheet.get(2, c).value for c in (1, 2, 3)] == [None, "丁", "戊"]
    assert sheet.origins[(2, 3)].col == 3


def _run(text):
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    return r


def test_seed_document(sample_docx):
    book = read_docx(sample_docx)
    sheet = book.sheets[0]
    tables = {o.table for o in sheet.origins.values() if o.table}
    assert len(tables) == 29 and len(book.paragraphs) == 178
    assert book.paragraphs[0].text == "第一部分部门概况" and book.paragraphs[0].level == 1
    # the 部门 cell of 公开07表 holds two paragraphs
    assert any(c.value == "部门：唐山高新技术产业开发区\n人力资源和社会保障局" for c in sheet.cells.values())


@pytest.fixture
def sample_docx():
    from pathlib import Path

    return Path(__file__).resolve().parent.parent / "samples" / "决算公开-2019-唐山高新区人社局-原样有误.docx"


def test_legacy_horizontal_merge(tmp_path):
    """w:hMerge (what Word writes for files converted from Word 97): the run is one merged cell, value at its start."""
    doc = Document()
    t = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(("收入", "", "支出")):
        t.cell(0, c).text = text
    for c, text in enumerate(("1.00", "2.00", "3.00")):
        t.cell(1, c).text = text
    first, second = t.rows[0]._tr.tc_lst[:2]
    for tc, val in ((first, "restart"), (second, None)):
        hm = OxmlElement("w:hMerge")
        if val:
            hm.set(qn("w:val"), val)
        tc.get_or_add_tcPr().append(hm)
    doc.save(tmp_path / "h.docx")
    sheet = read_docx(tmp_path / "h.docx").sheets[0]
    assert sheet.merged == [(1, 1, 1, 2)]
    assert sheet.get(1, 1).value == "收入" and sheet.get(1, 2) is None and sheet.get(1, 3).value == "支出"
    assert sheet.origins[(1, 2)].col == 2 and sheet.get(2, 2).value == "2.00"


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    return t


def test_table_continued_with_its_header_repeated(tmp_path):
    """A table split in two (续表) with its header printed again: laid out as one table, header once; each row
    still knows its own Word table and row."""
    doc = Document()
    doc.add_paragraph("支出决算表")
    head = [["项目", "本年支出合计", "基本支出"], ["栏次", "1", "2"]]
    _table(doc, head + [["合计", "3.00", "1.00"], ["201 一般公共服务支出", "1.00", "0.50"]])
    doc.add_paragraph("")
    doc.add_paragraph("（续表）")
    _table(doc, head + [["208 社会保障和就业支出", "2.00", "0.50"]])
    doc.save(tmp_path / "c.docx")
    sheet = read_docx(tmp_path / "c.docx").sheets[0]
    values = [c.value for c in sheet.cells.values()]
    assert values.count("本年支出合计") == 1 and values.count("栏次") == 1
    row = next(r for (r, c), cell in sheet.cells.items() if cell.value == "208 社会保障和就业支出")
    assert sheet.origins[(row, 1)].table == 2 and sheet.origins[(row, 1)].row == 3
    assert sheet.get(row - 1, 1).value == "（续表）"  # right after the first part (and its note)


def test_tables_that_merely_start_alike_are_not_joined(tmp_path):
    """Two forms one after the other: same title row (one text) and same 填报部门 row: two tables."""
    doc = Document()
    form = [["部门预算项目绩效自评表", "", ""], ["填报部门：", "", "金额单位：万元"], ["项目名称", "甲", ""]]
    _table(doc, form)
    doc.add_paragraph("")
    _table(doc, form[:2] + [["项目名称", "乙", ""]])
    doc.save(tmp_path / "f.docx")
    sheet = read_docx(tmp_path / "f.docx").sheets[0]
    assert [c.value for c in sheet.cells.values()].count("部门预算项目绩效自评表") == 2
