"""A 预算 三公 table printing the years as ROWS ('2025年预算数 / 2026年预算数 / 增减额 / 增减率（%）' under the items'
columns, held-out batch 27's layout) that writes an unchanged item's change as '持平' and a rate from nothing as '新增':
a change said in words is no figure and no error (as 99b9f12 made it for the items-as-rows layout). On 6f89768 each
such cell drew a false CEL001 (4 on this table; review s27's open item, repro /tmp/review/r5_rows_words.py). A wrong
figure in the same change row is still found (BGT904), and words in a row that is no change row still draw CEL001."""

from __future__ import annotations

import budget_heldout26_tables as b26
from pdf_writer import PrintedTable, save_workbook

HEAD = ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"]


def _findings(folder, edit=None):
    from govaudit.pipeline import check_paths

    y25, y26 = ([b26.d(v) for v in b26.SANGONG[y]] for y in (2025, 2026))
    rows = [["2025年预算数"] + [f"{v:,.2f}" for v in y25], ["2026年预算数"] + [f"{v:,.2f}" for v in y26],
            ["增减额"] + ["持平" if a == b else f"{b - a:,.2f}" for a, b in zip(y25, y26)],
            ["增减率（%）"] + ["新增" if a == 0 else "持平" if a == b else f"{(b - a) / a * 100:.2f}"
                               for a, b in zip(y25, y26)]]
    assert sum(c in ("持平", "新增") for r in rows[2:] for c in r) >= 3  # (the figures give words to read)
    if edit:
        edit(rows)
    ts = b26.set26(b26.Fmt())
    ts[8] = PrintedTable(rows=[HEAD] + rows, head=1, merges=[], title="2026年一般公共预算“三公”经费支出表",
                         dept=b26.DEPT, unit=b26.UNIT)
    result = check_paths([str(save_workbook(folder / "a.xlsx", ts))])
    return [(f.code, f.message) for f in result.findings if f.severity.value in ("error", "warning")]


def test_a_change_said_in_words_is_no_error(tmp_path):
    assert _findings(tmp_path) == []


def test_a_wrong_change_beside_words_is_still_found(tmp_path):
    def wrong_total(rows):
        rows[2][1] = "9,999.00"  # (合计's 增减额)

    codes = [c for c, _m in _findings(tmp_path, wrong_total)]
    assert "BGT904" in codes and "CEL001" not in codes


def test_words_in_a_year_row_are_still_an_error(tmp_path):
    def word_in_budget(rows):
        rows[1][6] = "待定"  # (公务接待费's 2026年预算数: a figure's place, not a change)

    assert any(c == "CEL001" and "待定" in m for c, m in _findings(tmp_path, word_in_budget))
