"""An annotated copy marks every cell of a grouped CEL002 finding as a problem (wbfix2 s27).

Since a6ce781 the formulas of one table saved without their values are one CEL002 warning listing up to 10 cells.
The annotated copy coloured only the first as the problem and gave the others the pale "参与计算" tint and no
comment of their own, as if they were what the first was computed from: every listed cell is a formula without
its value. The workbook is built here from the 上海式 sample, checked, annotated and read back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file
from govaudit.report.annotate import FILLS, SOURCE_FILLS, annotate_workbook

FINAL = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2024-上海式-无误.xlsx"


def _column_as_formulas(ws, header: str) -> list[str]:
    """The figures under `header` (found by its text) turned into formulas openpyxl saves with no result."""
    head = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.strip() == header)
    out = []
    for (c,) in ws.iter_rows(min_row=head.row + 1, min_col=head.column, max_col=head.column):
        if isinstance(c.value, (int, float)):
            c.value = f"=0+{c.value}"
            out.append(c.coordinate)
    return out


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("annotate_cel002")
    wb = load_workbook(FINAL)
    cells = _column_as_formulas(wb["03支出"], "本年支出合计")
    src = tmp / "formulas.xlsx"
    wb.save(src)
    _status, findings = check_file(src, Options())
    (grouped,) = [f for f in findings if f.code == "CEL002" and len(f.locations) > 1]
    out = tmp / "annotated.xlsx"
    annotate_workbook(src, out, findings)
    return cells, grouped, load_workbook(out)["03支出"]


def _fill(cell) -> str:
    return (cell.fill.start_color.rgb or "")[-6:] if cell.fill is not None and cell.fill.fill_type == "solid" else ""


def test_every_listed_cell_is_filled_as_a_problem(annotated):
    cells, grouped, ws = annotated
    listed = [loc.cell for loc in grouped.locations]
    assert len(listed) >= 5 and listed == cells[: len(listed)]
    assert {c: _fill(ws[c]) for c in listed} == {c: FILLS["warning"] for c in listed}
    assert not any(_fill(ws[c]) == SOURCE_FILLS["warning"] for c in listed)


def test_every_listed_cell_carries_the_finding_without_a_computed_from_line(annotated):
    _cells, grouped, ws = annotated
    for loc in grouped.locations:
        note = ws[loc.cell].comment
        assert note is not None and "CEL002" in note.text, loc.cell
        assert "参与计算" not in note.text, (loc.cell, note.text)


def test_the_html_report_marks_them_as_problems_not_sources(tmp_path):
    from govaudit.report.html import render_html
    from govaudit.pipeline import check_paths

    wb = load_workbook(FINAL)
    cells = _column_as_formulas(wb["03支出"], "本年支出合计")
    src = tmp_path / "formulas.xlsx"
    wb.save(src)
    result = check_paths([src], Options(collect_context=True))
    page = render_html(result)
    (article,) = [a for a in page.split("<article")[1:] if 'data-code="CEL002"' in a and cells[1] in a]
    assert "参与计算" not in article and "同样问题的单元格" in article
    assert 'data-source="true"' not in article and article.count('data-judged="true"') >= 2
