"""s11 second review: a 绩效自评表's total written with a note after it ("97.25分（满分100分）" in the 总分 row's 得分 cell,
"自评得分：97.25分（满分：100分），评价等级：优。", "（总分100分）", "97.25（优）") is the number 97.25: it drew a false
PRF201 "总分应为数字"."""

import pytest

from govaudit.recognize import form_specs as fs


@pytest.mark.parametrize("text", ["97.25分（满分100分）", "97.25分（满分：100分）", "97.25分(总分100分)", "97.25（优）",
                                  "97.25分", "97.25"])
def test_a_score_cell_with_its_note_is_its_number(text):
    assert fs.strip_points_unit(text) == "97.25"


@pytest.mark.parametrize("text", ["自评得分：97.25分（满分：100分），评价等级：优。", "自评总分：97.25分（总分100分）；自评等级：优"])
def test_an_inline_total_with_its_note(text):
    assert fs.strip_points_unit(fs.total_inline(text)) == "97.25"


def test_a_note_that_is_no_note_is_kept():
    assert fs.strip_points_unit("97.25（待复核）") == "97.25（待复核）"  # not a number: PRF201 says so
