"""budfix s28 (issue #9): session 27's open items in the 预算 三公 change rules (BGT904/BGT905).

a. A 三公 table printing its 增减额 (or 增减率) for the 合计 only, the items' change cells left blank, drew one
   “该单元格为空” per item (on 39c576f: 4 false BGT904 in the 增减额 case, 0 with a rate): a change printed for the total
   only is the clerk's choice, not a missing figure. A blank 合计 change beside filled items is still one finding.
b. One-row year groups '上年预算数 [合计 | 出国 | 用车 | 接待] | 本年预算数 [the same] | 增减额 | 增减率' — a bare change pair
   (of the 合计 alone, no item under it): read and judged against the totals, or set aside; never misread.
c. Years as rows labelled 决算-style ('2025年决算数', '上年执行数'): what changes is of is not known — no false finding.

Written first and run on main 39c576f: 10 of 20 failed (a: 3 false BGT904 on each of the 4 clean prints, and a wrong
合计 change came with 3 false ones; b: the bare pair was not read, a wrong 合计 change or rate drew nothing); c drew
nothing false there already (of_spending keeps such rows unjudged). Now 20 of 20 pass.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import budget_heldout26_tables as b26
import budget_heldout25_tables as b25
from pdf_writer import PrintedTable, print_tables, save_workbook

LABELS = ["合计", "1.因公出国（境）费", "2.公务用车购置及运行费", "  其中：公务用车购置费", "        公务用车运行费",
          "3.公务接待费"]


def _findings(path):
    from govaudit.pipeline import check_paths

    result = check_paths([str(path)])
    assert [f.status for f in result.files] == ["checked"], result.files
    return [(f.code, f.message) for f in result.findings if f.severity.value in ("error", "warning")]


# ---- a. the change printed for the 合计 only
def _items_as_rows(folder, writer: str, rate: bool, edit=None):
    fmt = b26.Fmt(zero="-") if writer != "xlsx" else b26.Fmt()
    rows = []
    for k, (lab, a, b) in enumerate(zip(LABELS, b26.SANGONG[2025], b26.SANGONG[2026])):
        a, b = b26.d(a), b26.d(b)
        row = [lab, fmt(a), fmt(b), fmt(b - a) if k == 0 else ""]
        if rate:
            row.append(b26.Fmt.rate(b, a) if k == 0 else "")
        rows.append(row)
    if edit:
        edit(rows)
    head = ["项目", "2025年预算数", "2026年预算数", "增减额"] + (["增减率（%）"] if rate else [])
    ts = b26.set26(fmt)
    ts[8] = PrintedTable(rows=[head] + rows, head=1, merges=[], title="2026年一般公共预算“三公”经费支出表",
                         dept=b26.DEPT, unit=b26.UNIT)
    if writer == "xlsx":
        return save_workbook(folder / "a.xlsx", ts)
    return print_tables(folder / "a.pdf", ts, rules=writer)


@pytest.mark.parametrize("writer", ["xlsx", "grid"])
@pytest.mark.parametrize("rate", [False, True])
def test_change_of_the_total_only_draws_nothing(tmp_path, writer, rate):
    assert _findings(_items_as_rows(tmp_path, writer, rate)) == []


@pytest.mark.parametrize("writer", ["xlsx", "grid"])
def test_wrong_total_change_still_found(tmp_path, writer):
    def edit(rows):
        rows[0][3] = "-3,000.00"  # 合计 48,000 − 78,000 = −30,000.00
    found = [m for c, m in _findings(_items_as_rows(tmp_path, writer, False, edit)) if c == "BGT904"]
    assert len(found) == 1 and "合计" in found[0], found


def test_blank_total_beside_filled_items_is_still_one_finding(tmp_path):
    def edit(rows):
        for k in range(1, 6):  # the items' changes printed, the 合计's left blank
            a, b = b26.d(b26.SANGONG[2025][k]), b26.d(b26.SANGONG[2026][k])
            rows[k][3] = f"{b - a:,.2f}"
        rows[0][3] = ""
    found = [m for c, m in _findings(_items_as_rows(tmp_path, "xlsx", False, edit)) if c == "BGT904"]
    assert len(found) == 1 and "合计" in found[0] and "为空" in found[0], found


# ---- b. one-row year groups followed by a bare '增减额 | 增减率' pair (the 合计's change)
SG = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"]


def _one_row(folder, writer: str, edit=None, prior_head="2025年预算数", now_head="2026年预算数"):
    fmt = b25.Fmt()
    y25, y26 = ([b25.d(v) for i, v in enumerate(b25.SANGONG[y]) if i in (0, 1, 2, 5)] for y in (2025, 2026))
    figs = [fmt(v) for v in y25] + [fmt(v) for v in y26] + [fmt(y26[0] - y25[0]), fmt.rate(y26[0], y25[0])]
    if edit:
        edit(figs)
    top = [prior_head, "", "", "", now_head, "", "", "", "增减额", "增减率（%）"]
    second = SG + SG + ["", ""]
    merges = [(0, 0, 0, 3), (0, 4, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9)]
    ts = b25.eight(fmt)
    ts[6] = PrintedTable(rows=[top, second, figs], head=2, merges=merges,
                         title="2026年一般公共预算“三公”经费支出表", dept=b25.DEPT, unit="单位：万元")
    if writer == "xlsx":
        return save_workbook(folder / "a.xlsx", ts)
    return print_tables(folder / "a.pdf", ts, rules=writer, page=(842.0, 595.0))


@pytest.mark.parametrize("writer", ["xlsx", "grid"])
def test_bare_change_pair_clean(tmp_path, writer):
    assert _findings(_one_row(tmp_path, writer)) == []


@pytest.mark.parametrize("writer", ["xlsx", "grid"])
def test_bare_change_pair_wrong_amount(tmp_path, writer):
    """A wrong 增减额 of the 合计 (44 − 52 = −8.00, printed −80.00) is the 合计's BGT904, placed in its own cell; never
    an item's figure misread. On 39c576f the pair was not read (nothing found)."""
    def edit(figs):
        figs[8] = "-80.00"
    from govaudit.pipeline import check_paths

    result = check_paths([str(_one_row(tmp_path, writer, edit))])
    found = [f for f in result.findings if f.severity.value in ("error", "warning")]
    assert [f.code for f in found] == ["BGT904"] and "「合计」" in found[0].message and "-8.00" in found[0].message
    if writer == "xlsx":
        assert found[0].locations[0].cell.startswith("I"), found[0].locations


@pytest.mark.parametrize("writer", ["xlsx", "grid"])
def test_bare_change_pair_wrong_rate(tmp_path, writer):
    def edit(figs):
        figs[9] = "-1.54"  # 合计 (44 − 52) ÷ 52 = −15.38%
    found = _findings(_one_row(tmp_path, writer, edit))
    assert [c for c, _m in found] == ["BGT905"] and "-15.38%" in found[0][1], found


@pytest.mark.parametrize("heads", [("上年预算数", "本年预算数"), ("2025年执行数", "2026年预算数")])
def test_bare_change_pair_other_heads_clean(tmp_path, heads):
    assert _findings(_one_row(tmp_path, "xlsx", None, *heads)) == []


def test_bare_change_pair_after_execution_not_judged(tmp_path):
    """Beside last year's 执行数 the change may be of either figure: not judged (as review s27 set it for the groups)."""
    def edit(figs):
        figs[8] = "-80.00"
    assert _findings(_one_row(tmp_path, "xlsx", edit, "2025年执行数", "2026年预算数")) == []


# ---- c. years as rows labelled 决算-style
HEAD = ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"]


def _years_rows(folder, labels):
    y25, y26 = ([b26.d(v) for v in b26.SANGONG[y]] for y in (2025, 2026))
    rows = [[labels[0]] + [f"{v:,.2f}" for v in y25], [labels[1]] + [f"{v:,.2f}" for v in y26],
            ["增减额"] + [f"{b - a:,.2f}" for a, b in zip(y25, y26)]]
    ts = b26.set26(b26.Fmt())
    ts[8] = PrintedTable(rows=[HEAD] + rows, head=1, merges=[], title="2026年一般公共预算“三公”经费支出表",
                         dept=b26.DEPT, unit=b26.UNIT)
    return save_workbook(folder / "a.xlsx", ts)


@pytest.mark.parametrize("labels", [("2025年决算数", "2026年预算数"), ("上年执行数", "本年预算数"),
                                    ("2025年执行数", "2026年预算数"), ("上年决算数", "本年预算数")])
def test_years_rows_decided_labels_draw_nothing(tmp_path, labels):
    assert _findings(_years_rows(tmp_path, labels)) == []
