"""The nine tables written as a Word document are checked like the workbook they came from.

Each sheet of a sample workbook becomes, in a Word document, what departments write: the rows above the header
(title, 公开NN表, 部门, 金额单位) as paragraphs just above the table, the rest as a Word table whose merged cells
are Word merges (gridSpan, vMerge), figures as the text the workbook shows. The findings must be the same defects
(rule, table, row and column labels, values), each pointing at the Word table cell."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from govaudit.pipeline import Options, check_file
from govaudit.readers.context import shown_text

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _is_head_row(ws, r: int) -> bool:
    values = [c.value for c in ws[r] if c.value not in (None, "")]
    return len(values) >= 3


def workbook_to_docx(src: Path, out: Path, notes_as_paragraphs: bool = True) -> Path:
    wb = openpyxl.load_workbook(src)
    doc = Document()
    for ws in wb.worksheets:
        rows = range(1, ws.max_row + 1)
        first = next(r for r in rows if _is_head_row(ws, r))
        last = max(r for r in rows if _is_head_row(ws, r) or any(
            isinstance(c.value, (int, float)) for c in ws[r]))
        for r in range(1, first):  # title, 公开NN表, 部门 and 单位 as paragraphs above the table
            texts = [shown_text(c.value, c.number_format) for c in ws[r] if c.value not in (None, "")]
            if texts:
                doc.add_paragraph("　".join(texts))
        width = ws.max_column
        table = doc.add_table(rows=last - first + 1, cols=width)
        table.style = "Table Grid"
        for rng in ws.merged_cells.ranges:
            if rng.min_row >= first and rng.max_row <= last:
                a = table.cell(rng.min_row - first, rng.min_col - 1)
                a.merge(table.cell(rng.max_row - first, rng.max_col - 1))
        covered = {(r, c) for rng in ws.merged_cells.ranges for r in range(rng.min_row, rng.max_row + 1)
                   for c in range(rng.min_col, rng.max_col + 1) if (r, c) != (rng.min_row, rng.min_col)}
        grid = table._cells  # python-docx recomputes the grid on every table.cell(): once is enough
        for r in range(first, last + 1):
            for c in range(1, width + 1):
                cell = ws.cell(row=r, column=c)
                if cell.value in (None, "") or (r, c) in covered:
                    continue
                grid[(r - first) * width + c - 1].text = shown_text(cell.value, cell.number_format)
        for r in range(last + 1, ws.max_row + 1):  # notes under the table
            texts = [shown_text(c.value, c.number_format) for c in ws[r] if c.value not in (None, "")]
            if texts:
                doc.add_paragraph("".join(texts))
        doc.add_paragraph("")
    doc.save(out)
    return out


def _defects(findings):
    out = Counter()
    for f in findings:
        loc = f.locations[0] if f.locations else None
        out[(f.code, f.severity.value, f.table, loc and loc.row_label, loc and loc.col_label, f.actual,
             f.expected)] += 1
    return out


FAULTY = SAMPLES / "决算公开表-2024-上海式-有误.xlsx"


@pytest.fixture(scope="module")
def faulty_docx(tmp_path_factory):
    return workbook_to_docx(FAULTY, tmp_path_factory.mktemp("docx") / "决算公开表-2024-上海式-有误.docx")


def test_same_defects_as_the_workbook(faulty_docx):
    src, word = FAULTY, faulty_docx
    status, findings = check_file(word, Options())
    _, expected = check_file(src, Options())
    assert status.status == "checked" and len(status.tables) == 9
    assert _defects(findings) == _defects(expected)
    for f in findings:
        for loc in f.locations:
            if loc.cell:
                # a table cell, or the paragraph above the table (部门 of CMP003)
                assert (loc.table_no is not None and loc.table_row and loc.table_col) or loc.paragraph, (f.code, loc)


def test_department_unit_and_code_from_the_paragraphs_above(faulty_docx):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(faulty_docx))
    assert d.tables["01"].department == "上海市某区人力资源和社会保障局" and d.tables["01"].unit == "万元"
    assert d.tables["07"].department == "上海市某区财政局"  # the planted difference, read from a paragraph


def test_narrative_around_the_tables_changes_nothing(faulty_docx, tmp_path):
    """The seed's own narrative (情况说明, 名词解释 …) before and after the tables: the same defects."""
    import sys

    sys.path.insert(0, str(SAMPLES))
    import make_seed_docx

    items = make_seed_docx.parse(make_seed_docx.SEED.read_text(encoding="utf-8"))
    paras = [x for kind, x in items if kind == "p" and x.strip()]
    doc = Document(str(faulty_docx))
    first = doc.paragraphs[0]
    for text in paras[:120]:
        first.insert_paragraph_before(text)
    for text in paras[120:]:
        doc.add_paragraph(text)
    doc.save(tmp_path / "with-narrative.docx")
    status, findings = check_file(tmp_path / "with-narrative.docx", Options())
    assert status.tables == [f"公开{k:02d}表" for k in range(1, 10)]
    # the seed's sentences do not match these tables: the narrative checks (TXT) say so, the tables' findings stay
    tables_only = [f for f in findings if not f.code.startswith("TXT")]
    assert _defects(tables_only) == _defects(check_file(FAULTY, Options())[1])


def test_table_split_with_its_header_repeated(faulty_docx, tmp_path):
    """公开03表 split in two Word tables (续表), the two header rows printed again above the second part."""
    import copy

    doc = Document(str(faulty_docx))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    first = doc.element.body.findall(f"{w}tbl")[2]
    rows = first.findall(f"{w}tr")
    assert "本年支出合计" in "".join(t.text or "" for t in rows[0].iter(f"{w}t"))  # it is 公开03表
    second = copy.deepcopy(first)
    for tr in second.findall(f"{w}tr"):
        second.remove(tr)
    for tr in rows[:2]:
        second.append(copy.deepcopy(tr))
    for tr in rows[len(rows) // 2:]:
        first.remove(tr)
        second.append(tr)
    note = doc.add_paragraph("（续表）")._p
    first.addnext(note)
    note.addnext(second)
    doc.save(tmp_path / "split.docx")
    status, findings = check_file(tmp_path / "split.docx", Options())
    assert _defects(findings) == _defects(check_file(FAULTY, Options())[1])
