"""checks/ rule code changed since session 24, re-measured in s28 mut (issue 14, seed 28): CEL002 grouped per table
(checks/cells.formula_without_value, wbfix s27) — a table with exactly as many formula cells as the message names, and
its message naming the table. The 上海式 sample workbook, some figures turned into formulas openpyxl saves
without their results."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.checks.cells import FORMULA_CELLS_NAMED
from govaudit.pipeline import Options, check_file

FINAL = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2024-上海式-无误.xlsx"


def _checked(tmp_path, n: int):
    """The first `n` figures under 公开03表's 本年支出合计 as formulas."""
    wb = load_workbook(FINAL)
    ws = wb["03支出"]
    col = next(c.column for row in ws.iter_rows() for c in row if c.value == "本年支出合计")
    cells = [c for row in ws.iter_rows(min_col=col, max_col=col) for c in row if isinstance(c.value, (int, float))]
    for c in cells[:n]:
        c.value = f"=0+{c.value}"
    path = tmp_path / "formulas.xlsx"
    wb.save(path)
    _status, findings = check_file(path, Options())
    return [c.coordinate for c in cells[:n]], [f for f in findings if f.code == "CEL002"]


def test_as_many_formula_cells_as_the_message_names_are_all_named_without_more(tmp_path):
    cells, found = _checked(tmp_path, FORMULA_CELLS_NAMED)
    (f,) = found
    assert f"（{'、'.join(cells)}）" in f.message, f.message  # (all five, no '等')


def test_one_more_formula_cell_than_named_is_said_with_more(tmp_path):
    cells, found = _checked(tmp_path, FORMULA_CELLS_NAMED + 1)
    (f,) = found
    assert f"（{'、'.join(cells[:FORMULA_CELLS_NAMED])}等）" in f.message, f.message
    assert f.message.startswith(f"公开03表有 {FORMULA_CELLS_NAMED + 1} 个单元格"), f.message  # (the table, not its sheet)


def test_cmp008_says_which_unit_a_unitless_table_was_checked_in_and_why(tmp_path):
    """checks/completeness.unit_missing (CMP008, s26): batch 25's 预算 set whose 基本支出表 prints no unit line — in
    a 元 set it is checked in 元, and the message says its figures agree with the other tables in 元; in a 万元 set it
    stays in 万元 and the message says no more than that."""
    import budget_heldout25_tables as b25
    from test_budget_unit_inferred26 import B06, _unitless, findings, made

    for yuan, said in ((True, "没有写明金额单位（按元核对，其数字与其他各表按元相符）。"),
                       (False, "没有写明金额单位（按万元核对）。")):
        ts = b25.eight(b25.Fmt(yuan=yuan))
        ts[B06] = _unitless(ts[B06])
        folder = tmp_path / ("yuan" if yuan else "wan")
        folder.mkdir()
        found = [m for c, m in findings(made(folder, ts, "xlsx")) if c == "CMP008"]
        assert len(found) == 1 and found[0].endswith(said), found


@pytest.mark.parametrize("printed", ["4.70", "4.69", "104.70", "104.69"])
def test_a_rate_exactly_half_a_unit_from_its_print_agrees(tmp_path, printed):
    """checks/hierarchy.wrong_rate (BGT012/BGT905): batch 26's 三公 table in 元 (exact), 公务接待费 12,000.00 →
    12,563.40: a rise of exactly 4.695 %, printed 4.70 (half up) or 4.69 (half down), or as 本年 ÷ 上年 104.70 /
    104.69 — each is that rate rounded, no BGT905. (A 三线 PDF print: the rate's two decimals as printed; a
    workbook's 4.7 in General format is read to the one decimal typed.)"""
    from test_budget_sanshi_change27 import _findings, _print

    def edit(rows):
        rows[5][2:5] = ["12,563.40", "563.40", printed]

    found = _findings(_print(tmp_path, "three", "flat", edit))
    assert not [f for f in found if f.code == "BGT905" and "公务接待费" in f.message], [f.message for f in found]


def test_a_wrong_rate_printed_without_its_percent_sign_is_said_as_a_percentage(tmp_path):
    """Batch 25's one-row 三公 table in 万元, its 增减率（%） group printed '-1.54' for 合计's −15.38: the message and
    the finding's actual value say '-1.54%' (a percentage, as the header says), not '-1.54' 万元."""
    from test_budget_sanshi_change27 import _findings, _print_one_row

    def edit(figs):
        figs[18] = "-1.54"

    found = [f for f in _findings(_print_one_row(tmp_path, "xlsx", edit, rate=True)) if f.code == "BGT905"]
    assert len(found) == 1 and found[0].actual == "-1.54%" and "实际为 -1.54%" in found[0].message, \
        [(f.actual, f.message) for f in found]


def test_a_table_figure_under_a_group_head_is_named_with_its_group_when_generic(tmp_path):
    """checks/narrative_common.TableValue.cell (s25): TXT001 on 公开07表's 公务用车购置及运行费 names its column
    '公务用车购置及运行费小计' (a bare 小计 says nothing), its 运行费 part the part's own head '公务用车运行费' (not
    '公务用车购置及运行费公务用车运行费'). Batch 25's 决算 set (tests/test_narrative_heldout25.py), 2022."""
    from test_narrative_heldout25 import SG_DETAIL, _findings

    texts = [(SG_DETAIL, "公务用车购置及运行费99.99万元，主要用于公务用车。"),
             (SG_DETAIL, "公务用车运行维护费99.99万元，主要用于公务用车。")]
    found = _findings(tmp_path, texts, "columns.xlsx", 2022)
    first = [m for c, m in found[texts[0][1]] if c == "TXT001"]
    second = [m for c, m in found[texts[1][1]] if c == "TXT001"]
    assert first and first[0].startswith(
        "文中“公务用车购置及运行费99.99万元”与公开07表「决算数」「公务用车购置及运行费小计」列不符"), first
    assert second and second[0].startswith(
        "文中“公务用车运行维护费99.99万元”与公开07表「决算数」「公务用车运行费」列不符"), second
