"""Issue 14, session 29 (mut): recognize/budget_prior._bare_changes (budfix s28) — the bare '增减额 | 增减率（%）' pair
after one-row year groups is the 合计's change (tests/test_budget_sanshi_blanks28.py's workbook): each finding says
which of the two it is in its own words, and a 增减额 left blank does not stop the 增减率 being judged."""

from __future__ import annotations

from test_budget_sanshi_blanks28 import _findings, _one_row

TABLE = "《“三公”经费和机关运行经费预算表》"


def _found(path):
    from govaudit.pipeline import check_paths

    return [f for f in check_paths([str(path)]).findings if f.severity.value in ("error", "warning")]


def test_each_bare_change_is_named_by_its_own_word(tmp_path):
    """Both wrong: each finding's own cell is labelled by its own word (I5 增减额, J5 增减率), as its message says."""
    def both(figs):
        figs[8], figs[9] = "-80.00", "-1.54"

    got = [(f.code, f.locations[0].cell, f.locations[0].row_label, f.locations[0].col_label)
           for f in _found(_one_row(tmp_path, "xlsx", both))]
    assert got == [("BGT904", "I5", "增减额", "增减额"), ("BGT905", "J5", "增减率", "增减率")]

    def amount(figs):
        figs[8] = "-80.00"

    ((code, message),) = _findings(_one_row(tmp_path, "xlsx", amount))
    assert code == "BGT904" and message.startswith(f"{TABLE}「合计」增减额列：增减额应等于本年预算数减去上年预算数。")

    def rate(figs):
        figs[9] = "-1.54"

    ((code, message),) = _findings(_one_row(tmp_path, "xlsx", rate))
    assert (code, message) == ("BGT905", f"{TABLE}「合计」增减率列：增减率应等于增减额除以上年预算数。按（本年预算数 44.00 − "
                               "2025年预算数 52.00）÷ 52.00 计算应为 -15.38%（区间 [-15.402%, -15.367%]），实际为 -1.54%，"
                               "超出四舍五入可解释的范围。")


def test_a_blank_change_amount_leaves_the_rate_judged(tmp_path):
    """The 增减额 cell left blank (nothing to read) and a wrong 增减率 (−1.54 for −15.38 %): the rate is still the
    合计's, and still found."""
    def edit(figs):
        figs[8], figs[9] = "", "-1.54"

    assert [c for c, _m in _findings(_one_row(tmp_path, "xlsx", edit))] == ["BGT905"]
