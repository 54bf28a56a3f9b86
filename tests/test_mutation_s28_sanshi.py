"""checks/budget_sanshi.py (BGT904/BGT905, session 27's new file; issue 14, s28 mut, seed 28: 29 / 40 on 39c576f).
Batch 26's 预算 set in a workbook, its 三公 table with the items as rows ('项目 | 2025年预算数 | 2026年预算数 | 增减额
| 增减率（%）', tests/test_budget_sanshi_change27.py) or the years as rows (tests/test_lead27_years_rows_words.py),
one cell changed; the findings checked — which item, and what the message says of the arithmetic."""

from __future__ import annotations

import re

import budget_heldout26_tables as b26
from pdf_writer import PrintedTable, save_workbook
from test_budget_sanshi_change27 import _findings, _print, _print_one_row
from test_lead27_years_rows_words import HEAD

# rows of the items-as-rows table: 0 合计, 1 出国, 2 车 小计, 3 购置费, 4 运行费, 5 接待; columns 1 2025, 2 2026, 3 增减额, 4 率


def _edit(*changes):
    def edit(rows):
        for r, c, v in changes:
            rows[r][c] = v
    return edit


def _of(found, code: str, item: str):
    return [f for f in found if f.code == code and item in f.message]


def test_an_item_new_this_year_blank_last_year_is_judged(tmp_path):
    """公务用车购置费: 2025 left blank (none budgeted), 2026 10,000.00, its 增减额 printed 1,000.00: a blank year is a
    zero, 10,000.00 − 0 is no 1,000.00 (BGT904 on it; its 小计 and 合计 not adding up are other rules' concern)."""
    found = _findings(_print(tmp_path, "xlsx", "flat", _edit((3, 1, ""), (3, 2, "10,000.00"), (3, 3, "1,000.00"),
                                                             (3, 4, ""))))
    assert len(_of(found, "BGT904", "购置费")) == 1, [(f.code, f.message) for f in found]


def test_an_item_dropped_this_year_blank_now_is_judged(tmp_path):
    """因公出国（境）费: 2026 left blank, 2025 20,000.00, its 增减额 printed −2,000.00: 0 − 20,000.00 = −20,000.00."""
    found = _findings(_print(tmp_path, "xlsx", "flat", _edit((1, 2, ""), (1, 3, "-2,000.00"))))
    assert len(_of(found, "BGT904", "因公出国")) == 1, [(f.code, f.message) for f in found]


def test_an_item_blank_in_both_years_and_its_change_is_not_judged(tmp_path):
    """公务用车购置费 not budgeted in either year, its row left blank (both years, 增减额, 增减率): nothing to judge —
    no BGT904 saying its blank 增减额 should be 0."""
    found = _findings(_print(tmp_path, "xlsx", "flat", _edit((3, 1, ""), (3, 2, ""), (3, 3, ""), (3, 4, ""))))
    assert [(f.code, f.message) for f in found] == []


def test_a_change_printed_for_an_item_whose_years_are_both_blank_is_not_judged(tmp_path):
    """公务用车购置费's two years blank, its 增减额 500.00: no year to compute it from was read (the years' figures may
    stand where the reader did not find them) — not judged, no BGT904 '应为 0'."""
    found = _findings(_print(tmp_path, "xlsx", "flat", _edit((3, 1, ""), (3, 2, ""), (3, 3, "500.00"), (3, 4, ""))))
    assert not [f for f in found if f.code in ("BGT904", "BGT905")], [(f.code, f.message) for f in found]


def test_a_sub_item_under_a_two_row_head_is_named_with_its_group(tmp_path):
    """Years as rows under a two-row head ('公务用车购置及运行费' over 小计 | 购置费 | 运行费): the 小计's wrong 增减额
    (−1,000.00 for −10,000.00) is named '公务用车购置及运行费/小计', not a bare '小计'."""
    found = _years_as_rows(tmp_path, group_head=True)
    assert any(c == "BGT904" and "「公务用车购置及运行费/小计」" in m for c, m in found), found


def test_a_one_row_tables_item_is_named_without_its_year_group(tmp_path):
    """One row, items as columns under '2025年预算数 | 2026年预算数 | 增减额' (batch 25's set): the item's column is
    headed '2026年预算数/因公出国(境)费'; the message names the item alone."""
    def edit(figs):
        figs[12 + 1] = "-1.00"  # 因公出国（境）费 0 − 10.00 = −10.00
    found = [f for f in _findings(_print_one_row(tmp_path, "xlsx", edit)) if f.code == "BGT904"]
    assert len(found) == 1 and "「因公出国(境)费」增减额列" in found[0].message, [f.message for f in found]


def test_the_message_names_this_years_column_as_printed_or_as_this_year(tmp_path):
    """Items as rows: this year's column is read as the disclosure's 预算数 ('本年预算数' in the formula); years as
    rows: its own label '2026年预算数'."""
    found = _of(_findings(_print(tmp_path, "xlsx", "flat", _edit((1, 3, "-2,000.00")))), "BGT904", "因公出国")
    assert "按 本年预算数 − 2025年预算数 计算" in found[0].message, found[0].message
    rows_found = _years_as_rows(tmp_path, total_change="9,999.00")
    assert any("按 2026年预算数 − 2025年预算数 计算" in m for c, m in rows_found if c == "BGT904"), rows_found


def test_the_rates_interval_is_shown_one_decimal_finer_than_printed(tmp_path):
    """合计 (48,000 − 78,000) ÷ 78,000 = −38.46 %, printed −3.85: the message gives the interval the two years allow,
    one decimal finer than the printed rate (an exact 元 budget: both ends −38.462 %)."""
    found = _of(_findings(_print(tmp_path, "xlsx", "flat", _edit((0, 4, "-3.85")))), "BGT905", "合计")
    m = re.search(r"区间 \[(-?\d+\.(\d+))%, (-?\d+\.(\d+))%\]", found[0].message)
    assert m and len(m.group(2)) == 3 and len(m.group(4)) == 3, found[0].message
    assert m.group(1) == m.group(3) == "-38.462", found[0].message


def test_a_wrong_change_is_found_beside_a_formula_saved_without_its_value(tmp_path):
    """Another table's cell is a formula saved without its value (CEL002): only changes computed from such a cell are
    not judged — the 三公 table's wrong 增减额 is still BGT904."""
    from openpyxl import load_workbook

    path = _print(tmp_path, "xlsx", "flat", _edit((1, 3, "-2,000.00")))
    wb = load_workbook(path)
    ws = wb["表1"]  # (the 收支总表: its first figure becomes a formula giving the same amount, saved unevaluated)
    cell = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, (int, float)) and c.value > 100)
    cell.value = f"={cell.value}*1"
    wb.save(path)
    found = _findings(path)
    assert "CEL002" in {f.code for f in found}, [(f.code, f.message) for f in found]
    assert len(_of(found, "BGT904", "因公出国")) == 1, [(f.code, f.message) for f in found]


def test_years_as_rows_without_change_rows_keep_their_cell_issues(tmp_path):
    """recognize/budget_tables._words_in_change_rows: a years-as-rows 三公 table with no 增减额 row hands its cell
    issues on as they are — the table is checked (clean: nothing), and a word in its 2026年预算数 row is CEL001."""
    assert _years_as_rows(tmp_path, change_row=False) == []
    found = _years_as_rows(tmp_path, change_row=False, word=True)
    assert any(c == "CEL001" and "待定" in m for c, m in found), found  # (its 接待 now a blank: BGX028, BGT901 too)


def _years_as_rows(folder, total_change: str | None = None, change_row: bool = True, word: bool = False,
                   group_head: bool = False):
    """Batch 26's set, its 三公 table with the years as rows (2025年预算数 / 2026年预算数 / 增减额, the changes right);
    total_change: the 合计's 增减额 printed instead; group_head: the items under a two-row head, the 小计's 增减额
    wrong; word: '待定' for the 公务接待费's 2026年预算数."""
    from govaudit.pipeline import check_paths

    y25, y26 = ([b26.d(v) for v in b26.SANGONG[y]] for y in (2025, 2026))
    rows = [["2025年预算数"] + [f"{v:,.2f}" for v in y25], ["2026年预算数"] + [f"{v:,.2f}" for v in y26],
            ["增减额"] + [f"{b - a:,.2f}" for a, b in zip(y25, y26)]]
    if total_change is not None:
        rows[2][1] = total_change
    if not change_row:
        rows = rows[:2]
    if word:
        rows[1][6] = "待定"  # (公务接待费's 2026年预算数)
    heads, merges = [HEAD], []
    if group_head:
        rows[2][3] = "-1,000.00"  # (the 小计's 增减额: 36,000.00 − 46,000.00 = −10,000.00)
        heads = [["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
                 ["", "", "", "小计", "公务用车购置费", "公务用车运行费", ""]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    ts = b26.set26(b26.Fmt())
    ts[8] = PrintedTable(rows=heads + rows, head=len(heads), merges=merges, title="2026年一般公共预算“三公”经费支出表",
                         dept=b26.DEPT, unit=b26.UNIT)
    result = check_paths([str(save_workbook(folder / f"b{word:d}{group_head:d}.xlsx", ts))])
    assert [f.status for f in result.files] == ["checked"], result.files
    return [(f.code, f.message) for f in result.findings if f.severity.value in ("error", "warning")]
