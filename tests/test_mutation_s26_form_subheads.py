"""recognize/form_subheads.py (session 25's new file: a money column split into parts on a second header row, 广西式
'全年执行数' over '财政拨款 | 其他资金'), all 35 mutants measured by tools/mutate.py (s26 mut, issue 14): the survivors
killed on tests/test_forms_heldout25.py's GX form written as a workbook, read and checked end to end."""

from __future__ import annotations

from decimal import Decimal

from govaudit.pipeline import check_paths
from test_forms_heldout25 import LAYOUTS, form, money_edit, read_forms, xlsx_made


def _found(path) -> list[tuple[str, str, list[str]]]:
    result = check_paths([str(path)])
    return [(f.code, f.message, [loc.cell for loc in f.locations]) for f in result.findings
            if f.severity.value != "info"]


def _executed(line):
    fig = line.cells.get("executed")
    return None if fig is None else (fig.value, fig.source.cell, fig.derived)


def test_a_line_with_one_part_filled_is_that_parts_figure(tmp_path):
    """'其中：财政拨款' has its 全年执行数 in 财政拨款 alone (其他资金 blank), '其他资金' in 其他资金 alone: each line's
    执行数 is its one part's figure, at that part's cell; the 总额's is the sum of both, at its first part's cell."""
    path, _ = xlsx_made(tmp_path, form("GX"))
    (got,) = read_forms(path)
    assert [(b.label, _executed(b)) for b in got.budget] == [
        ("年度资金总额", (Decimal("1025.40"), "E7", True)),
        ("其中：财政拨款", (Decimal("960.00"), "E8", False)),
        ("其他资金", (Decimal("65.40"), "F9", False))]
    assert _found(path) == []


def test_a_wrong_one_part_line_is_found_against_the_summed_whole(tmp_path):
    """'其中：财政拨款' executed 950.00 (its one part) under a 总额 of 960.00 + 65.40: PRF001 at the 总额's first part and
    the two lines' cells (unread, the line would be no part and nothing found)."""
    path, _ = xlsx_made(tmp_path, form("GX", money=money_edit("GX", "其中：财政拨款", 3, "950.00", pin_total=False)))
    [(code, message, cells)] = _found(path)
    assert (code, cells) == ("PRF001", ["E7", "E8", "F9"])
    assert "应为 1015.40（分项之和，区间 [1015.390, 1015.410]），实际为 1025.40" in message


def test_a_text_in_a_part_is_the_lines_text(tmp_path):
    """'待核实' typed in the 总额's 其他资金 part: the column's figure is that text (CEL001 at its cell), not the 财政拨款
    part alone nor nothing."""
    money = [list(m) for m in LAYOUTS["GX"]["money"]]
    money[0][4] = "待核实"
    path, _ = xlsx_made(tmp_path, form("GX", money=money))
    (got,) = read_forms(path)
    assert got.budget[0].cells.get("executed") is None and got.budget[0].texts["executed"].text == "待核实"
    assert [(c, cells) for c, _m, cells in _found(path)] == [("CEL001", ["F7"])]


def test_parts_under_a_blank_that_takes_the_kind_of_the_word_left_of_it_are_not_summed(tmp_path):
    """GX printed as a 三线表 and broken at its 6th row (tools/form_prints.py --breaks): its '全年执行数' stands on a
    line above the header, so the blanks over '财政拨款 | 其他资金' take the kind of '全年预算数' left of them. Those are
    not known to be 全年预算数's parts: the 全年预算数 stays the one printed (1080.00), and no PRF001 is drawn from
    summing shifted columns (816b123). (The print's other misreadings — 执行数 not read, PRF202; the 主管部门 row read
    as a paragraph, TXT031 — are GX_UNRULED's strict xfail in test_forms_heldout25.py.)"""
    from test_forms_breaks_heldout22 import pdf_cut, problems
    from test_forms_heldout_s11 import read_forms as read_pdf_forms

    path = pdf_cut(tmp_path, form("GX"), "three", 6)
    (got,) = read_pdf_forms(path)
    total = next(b for b in got.budget if b.label.endswith("年度资金总额"))
    assert total.cells["budget"].value == Decimal("1080.00") and not total.cells["budget"].derived
    assert "PRF001" not in [c for c, _m in problems(path, tmp_path)]
