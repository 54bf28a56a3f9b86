"""A 绩效自评表 printed in a PDF without ruling lines is read from the page's lines, and its lines of words alone
('主管部门 某市教育局 实施单位 某县教育局', '年度总体目标', the indicator header) are also the document's paragraphs:
read as the narrative, a form's own cells drew text findings (TXT031 held the 实施单位 '某县教育局' beside the 主管部门
'某市教育局' as the department's name misspelt; session 25's GX print). The lines from a form's title down to the last
row the form was read from are the form's, not running text: they are left out of the paragraphs the narrative checks
read. The title line itself stays (it names the document's parts, as a heading does)."""

from __future__ import annotations

from govaudit.cellref import parse_a1
from govaudit.model import PerformanceForm
from govaudit.model.figure import locations_under


def form_rows(form: PerformanceForm) -> tuple[int, int] | None:
    """(title row, last row) of the sheet rows a form was read from: every place its fields, lines, indicators and
    findings' cells name on the form's sheet."""
    title = parse_a1(form.title_cell)
    if title is None:
        return None
    rows = [title[0]]
    for loc in locations_under(form):
        at = parse_a1(loc.cell) if loc.cell and loc.sheet in (None, form.sheet) else None
        if at is not None:
            rows.append(at[0])
    rows += [line.row for line in form.budget]
    rows += [i.row for s in form.sections for i in s.indicators]
    return title[0], max(rows)


def outside_forms(paragraphs: list, forms: list[PerformanceForm]) -> list:
    """The paragraphs not printed among a form's rows (below its title, down to its last row read)."""
    spans = [(f.sheet, got) for f in forms if (got := form_rows(f)) is not None]
    out = []
    for p in paragraphs:
        at = parse_a1(p.location.cell) if p.location.cell else None
        if at is not None and any(p.location.sheet == sheet and first < at[0] <= last for sheet, (first, last) in spans):
            continue
        out.append(p)
    return out
