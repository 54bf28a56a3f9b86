"""s11 second review: a long table printed over two pages with its title, 部门/单位 line and head printed again and no
"续" (a PDF turned back into a workbook or Word file) is one table. Its second part was taken for a copy: CMP007
"再次出现", and the part kept lacked the other's rows (a false XTB015 "公开05表没有该科目"). A real copy, which
repeats the rows, is still a copy."""

from __future__ import annotations

import pytest

import wb
from govaudit.pipeline import Options, check_file
from helpers import problems
from test_docx_tables import workbook_to_docx


def _split(book, kind: str, keep_copy: bool = False):
    """公开{kind}表's sheet cut after its first few data rows; the rest on a sheet of its own under the same title, 部门
    line and head (or, `keep_copy`, the whole table printed again)."""
    ws = book[f"公开{kind}表"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    first = next(i for i, r in enumerate(rows) if r and isinstance(r[0], str) and (r[0].isdigit() or r[0] == "合计"))
    cut = first + 4  # the 合计 row and the first 类's rows stay on the first page
    head, rest = rows[:first], rows[cut:]
    more = book.create_sheet(f"公开{kind}表-2", book.sheetnames.index(ws.title) + 1)
    for r, values in enumerate(head + (rows[first:] if keep_copy else rest), 1):
        for c, v in enumerate(values, 1):
            more.cell(r, c, v)
    if not keep_copy:
        for r in range(cut + 1, len(rows) + 1):
            for c in range(1, len(rows[0]) + 1):
                if type(ws.cell(r, c)).__name__ != "MergedCell":
                    ws.cell(r, c).value = None
    return book


def _check(path):
    status, findings = check_file(path, Options())
    assert status.status == "checked", status.error
    return problems(findings)


@pytest.mark.parametrize("kind", ["05", "03"])
def test_a_table_continued_under_its_title_again_is_one_table(tmp_path, kind):
    assert _check(wb.save(_split(wb.build(), kind), tmp_path)) == []


def test_continued_in_a_word_document_too(tmp_path):
    src = wb.save(_split(wb.build(), "05"), tmp_path)
    assert _check(workbook_to_docx(src, tmp_path / "决算公开.docx")) == []


def test_a_real_copy_is_still_a_copy(tmp_path):
    found = _check(wb.save(_split(wb.build(), "05", keep_copy=True), tmp_path))
    assert [code for code, *_ in found] == ["CMP007"]
