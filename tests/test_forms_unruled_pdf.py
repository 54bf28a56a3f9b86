"""绩效自评表 printed to PDF without ruling lines, or as a 三线表 (a rule over the table, one under the header, one under
the table), with each merged 一级/二级 label centred in its rows as Word and Excel print them.

Without rules the reader cannot see a merged cell: a 一级 label centred over four rows lands on a middle row (or a
row of its own between two), the rows above it were carried down from the 一级 before, and the rows above the first
label belonged to no 一级. Before the fix that put the first 二级 of 效益指标 (社会效益指标, 经济效益指标) under 成本指标 or
产出指标: a false PRF108 on P, C, G and N in both prints (and section sums over the wrong rows). Now such a table
(rows above its first label, every 一级 carried down over unmerged blanks) is read as centred: from the bottom up each
一级 takes back as many rows above its label as it has below (recognize/forms.py `_recentre`), only when that accounts
for every row. A 二级 misplaced among its 一级's rows is still found, in every print.
"""

from __future__ import annotations

import pytest

from pdf_writer import PdfWriter, PrintedTable, draw_table, table_widths
from test_forms_heldout_s10 import form_e, pdf_merges, pdf_part
from test_forms_heldout_s11 import (
    C_INDICATORS, G_INDICATORS, N_INDICATORS, P_INDICATORS, S_INDICATORS, check, form_c, form_g, form_n, form_p, form_s,
    read_forms, xlsx_file,
)

BUILD = {"P": form_p, "C": form_c, "G": form_g, "N": form_n, "S": form_s}
INDICATORS = {"P": P_INDICATORS, "C": C_INDICATORS, "G": G_INDICATORS, "N": N_INDICATORS, "S": S_INDICATORS}
COUNTS = {k: {name: sum(1 for i in inds if i[0] == name) for name in dict.fromkeys(i[0] for i in inds)}
          for k, inds in INDICATORS.items()}


def pdf_form(folder, form, rules, align="middle", name="自评表.pdf"):
    """The form's grid on one page under its title lines; rules 'grid', 'three' or 'none'."""
    rows = form["rows"]
    w = PdfWriter()
    size = 8.0
    widths = table_widths(PrintedTable("", "", "", pdf_part(rows, 0, len(rows)), 1), size)
    scale = min(1.0, 540 / sum(widths))
    widths, size = [x * scale for x in widths], size * scale
    p = w.page()
    y = 40.0
    for k, line in enumerate(form["head"]):
        big = 14 if k == 0 else 10
        p.text((595 - len(line) * big) / 2, y, line, big)
        y += big * 2
    draw_table(p, (595 - sum(widths)) / 2, y, widths, pdf_part(rows, 0, len(rows)), pdf_merges(rows, 0, len(rows)),
               head=0, size=size, rules=rules, align=align)
    return w.save(folder / name)


def found(path, folder):
    return sorted({f.code for f in check(path, folder) if f.severity.value != "info"})


@pytest.mark.parametrize("rules", ["three", "none"])
@pytest.mark.parametrize("layout", list(BUILD))
def test_centred_labels_draw_no_prf108(tmp_path, layout, rules):
    assert "PRF108" not in found(pdf_form(tmp_path, BUILD[layout](), rules), tmp_path)


@pytest.mark.parametrize("rules", ["three", "none"])
@pytest.mark.parametrize("layout", ["P", "C", "G", "N"])
def test_centred_labels_clean(tmp_path, layout, rules):
    assert found(pdf_form(tmp_path, BUILD[layout](), rules), tmp_path) == []


@pytest.mark.parametrize("align", ["middle", "top"])
@pytest.mark.parametrize("rules", ["grid", "three", "none"])
@pytest.mark.parametrize("layout", list(BUILD))
def test_each_level1_holds_its_own_rows(tmp_path, layout, rules, align):
    (got,) = read_forms(pdf_form(tmp_path, BUILD[layout](), rules, align))
    sections = [s for s in got.sections if s.origin == "indicators"]
    assert {s.name: len(s.indicators) for s in sections} == COUNTS[layout]


def misplaced(indicators, i, level2):
    out = [list(x) for x in indicators]
    out[i][1] = level2
    return [tuple(x) for x in out]


@pytest.mark.parametrize("rules", ["grid", "three", "none"])
@pytest.mark.parametrize("layout,i,level2", [
    ("P", 2, "社会效益指标"), ("P", 3, "社会效益指标"), ("P", 5, "数量指标"), ("P", 7, "数量指标"),
    ("C", 3, "生态效益指标"), ("C", 6, "时效指标"), ("C", 8, "质量指标"),
])
def test_a_misplaced_level2_is_still_found(tmp_path, layout, i, level2, rules):
    inds = P_INDICATORS if layout == "P" else C_INDICATORS
    form = BUILD[layout](indicators=misplaced(inds, i, level2))
    assert found(pdf_form(tmp_path, form, rules), tmp_path) == ["PRF108"]


@pytest.mark.parametrize("rules", ["three", "none"])
def test_a_misplaced_first_row_is_found(tmp_path, rules):
    form = form_p(indicators=misplaced(P_INDICATORS, 0, "社会效益指标"))
    assert found(pdf_form(tmp_path, form, rules), tmp_path) == ["PRF108"]


def test_a_misplaced_first_row_is_found_in_the_workbook(tmp_path):
    form = form_p(indicators=misplaced(P_INDICATORS, 0, "社会效益指标"))
    assert found(xlsx_file(tmp_path, form)[0], tmp_path) == ["PRF108"]


@pytest.mark.parametrize("rules", ["three", "none"])
def test_two_equal_budget_figures_side_by_side_are_both_read(tmp_path, rules):
    """Form E's 资金总额 line prints '200.00 | 200.00' (年初预算数 | 全年预算数). Without rules the column of the first was
    widened by a long 三级指标 word over the second's left edge: both figures began in one column and the second was
    laid over the first (read once: a false PRF202 预算数未填写). Each figure now goes to the column its right end is in."""
    assert found(pdf_form(tmp_path, form_e(), rules), tmp_path) == []
