"""A 预算 “三公” table's change columns (budfix s27, issue #9): '项目 | 2025年预算数 | 2026年预算数 | 增减额 [| 增减率（%）]'
(the items as rows, batch 26's 某省林业科学研究院 set) or '增减 [金额 | 幅度（%）]' under a two-row head. Each item's
增减额 = 本年 − 上年 (BGT904) and its 增减率 = 增减额 ÷ 上年 (BGT905), interval arithmetic; a rate on a zero base is
not judged. On main 62f8e43 nothing judged these columns: the wrong prints below drew no finding (their tests fail
there), the clean ones drew none either."""

from __future__ import annotations

from decimal import Decimal

import pytest

import budget_heldout26_tables as b26
from pdf_writer import PrintedTable, print_plain, print_tables, save_workbook

D = Decimal
LABELS = ["合计", "1.因公出国（境）费", "2.公务用车购置及运行费", "  其中：公务用车购置费", "        公务用车运行费",
          "3.公务接待费"]


def _sanshi(fmt, head: str, edit=None) -> PrintedTable:
    """The 三公 table of batch 26 with a rate column: `head` 'flat' (增减额 | 增减率（%）) or 'grouped' (增减 [金额 | 幅度（%）])."""
    rows = []
    for lab, a, b in zip(LABELS, b26.SANGONG[2025], b26.SANGONG[2026]):
        a, b = b26.d(a), b26.d(b)
        rows.append([lab, fmt(a), fmt(b), fmt(b - a), b26.Fmt.rate(b, a)])
    if edit:
        edit(rows)
    if head == "flat":
        heads, merges = [["项目", "2025年预算数", "2026年预算数", "增减额", "增减率（%）"]], []
    else:
        heads = [["项目", "2025年预算数", "2026年预算数", "增减", ""], ["", "", "", "金额", "幅度（%）"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    return PrintedTable(rows=heads + rows, head=len(heads), merges=merges, title="2026年一般公共预算“三公”经费支出表",
                        dept=b26.DEPT, unit=b26.UNIT)


def _print(folder, writer: str, head: str, edit=None):
    fmt = b26.Fmt(zero="-") if writer != "xlsx" else b26.Fmt()
    ts = b26.set26(fmt)
    ts[8] = _sanshi(fmt, head, edit)
    if writer == "xlsx":
        return save_workbook(folder / "a.xlsx", ts)
    if writer == "plain":
        return print_plain(folder / "a.pdf", ts)
    return print_tables(folder / "a.pdf", ts, rules=writer)


def _findings(path):
    from govaudit.pipeline import check_paths

    result = check_paths([str(path)])
    assert [f.status for f in result.files] == ["checked"], result.files
    return [f for f in result.findings if f.severity.value in ("error", "warning")]


PRINTS = [("xlsx", "flat"), ("xlsx", "grouped"), ("three", "flat"), ("grid", "grouped"), ("plain", "flat")]


@pytest.mark.parametrize("writer,head", PRINTS)
def test_clean_changes_draw_nothing(tmp_path, writer, head):
    assert [(f.code, f.message) for f in _findings(_print(tmp_path, writer, head))] == []


def _set(row: int, col: int, value: str):
    def edit(rows):
        rows[row][col] = value
    return edit


@pytest.mark.parametrize("writer,head", PRINTS)
def test_wrong_change_amount(tmp_path, writer, head):
    # 因公出国（境）费 0 − 20,000.00 = −20,000.00, printed −2,000.00
    found = [f for f in _findings(_print(tmp_path, writer, head, _set(1, 3, "-2,000.00"))) if f.code == "BGT904"]
    assert len(found) == 1, found
    f = found[0]
    assert "因公出国" in f.message and "增减额列" in f.message and "应为 -20000" in f.message, f.message
    assert f.actual.replace(",", "").replace("−", "-").startswith("-2000"), f.actual


@pytest.mark.parametrize("writer,head", PRINTS)
def test_wrong_change_rate(tmp_path, writer, head):
    # 合计 (48,000 − 78,000) ÷ 78,000 = −38.46%, printed −3.85
    found = [f for f in _findings(_print(tmp_path, writer, head, _set(0, 4, "-3.85"))) if f.code == "BGT905"]
    assert len(found) == 1, found
    assert "-38.46%" in found[0].message and "合计" in found[0].message, found[0].message


def test_rate_located_in_its_cell(tmp_path):
    found = [f for f in _findings(_print(tmp_path, "xlsx", "flat", _set(5, 4, "5.00"))) if f.code == "BGT905"]
    assert len(found) == 1
    # 公务接待费 12,000 → 12,000: 0.00%, printed 5.00; the judged cell is the rate's own (column E)
    assert found[0].locations[0].cell.startswith("E"), found[0].locations


def test_zero_base_rate_not_judged(tmp_path):
    # 购置费 0 → 0: no rate of a change from nothing, whatever is printed
    assert [f.code for f in _findings(_print(tmp_path, "xlsx", "flat", _set(3, 4, "12.00")))] == []


# ---- the items as columns, one row: '2025年预算数 [six] | 2026年预算数 [six] | 增减额 [six]' (batch 25's 农业农村厅 set)
import budget_heldout25_tables as b25  # noqa: E402

SG = ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"]
SG2 = ["", "", "小计", "公务用车购置费", "公务用车运行费", ""]


def _one_row(fmt, edit=None, rate: bool = False) -> PrintedTable:
    y25, y26 = [b25.d(v) for v in b25.SANGONG[2025]], [b25.d(v) for v in b25.SANGONG[2026]]
    figs = [fmt(v) for v in y25] + [fmt(v) for v in y26] + [fmt(b - a) for a, b in zip(y25, y26)]
    groups = ["2025年预算数", "2026年预算数", "增减额"]
    if rate:
        figs += [fmt.rate(b, a) for a, b in zip(y25, y26)]
        groups.append("增减率（%）")
    if edit:
        edit(figs)
    top = [w for g in groups for w in [g] + [""] * 5]
    merges = []
    for k in range(len(groups)):
        o = 6 * k
        merges += [(0, o, 0, o + 5), (1, o, 2, o), (1, o + 1, 2, o + 1), (1, o + 2, 1, o + 4), (1, o + 5, 2, o + 5)]
    return PrintedTable(rows=[top, SG * len(groups), SG2 * len(groups), figs], head=3, merges=merges,
                        title="2026年一般公共预算“三公”经费支出表", dept=b25.DEPT, unit="单位：万元")


def _print_one_row(folder, writer: str, edit=None, rate: bool = False):
    fmt = b25.Fmt()
    ts = b25.eight(fmt)
    ts[6] = _one_row(fmt, edit, rate)
    if writer == "xlsx":
        return save_workbook(folder / "a.xlsx", ts)
    return print_tables(folder / "a.pdf", ts, rules=writer, page=(842.0, 595.0))


@pytest.mark.parametrize("writer", ["xlsx", "grid"])
@pytest.mark.parametrize("rate", [False, True])
def test_one_row_clean(tmp_path, writer, rate):
    assert [(f.code, f.message) for f in _findings(_print_one_row(tmp_path, writer, rate=rate))] == []


@pytest.mark.parametrize("writer", ["xlsx", "grid"])
def test_one_row_wrong_change(tmp_path, writer):
    def edit(figs):
        figs[12 + 1] = "-1.00"  # 因公出国（境）费 0 − 10.00 = −10.00
    found = [f for f in _findings(_print_one_row(tmp_path, writer, edit)) if f.code == "BGT904"]
    assert len(found) == 1 and "因公出国" in found[0].message, found


@pytest.mark.parametrize("writer", ["xlsx", "grid"])
def test_one_row_wrong_rate(tmp_path, writer):
    def edit(figs):
        figs[18] = "-1.54"  # 合计 (44 − 52) ÷ 52 = −15.38%
    found = [f for f in _findings(_print_one_row(tmp_path, writer, edit, rate=True)) if f.code == "BGT905"]
    assert len(found) == 1 and "-15.38%" in found[0].message, found
