"""s11 review: a "分别为" list whose unit is written once, after the last figure ("基本支出、项目支出分别为776.71、
5324.54万元"), the common Chinese style. Each figure takes that unit and is judged as if the unit followed it; before,
the list was not read and a wrong figure in it passed."""

import pytest

from test_narrative_bracket_labels import _findings

# 公开03表 of the sample: 基本支出 776.71, 项目支出 5324.54, 本年支出合计 6101.24 (万元)


@pytest.mark.parametrize("sentence", [
    "本年支出合计中，基本支出、项目支出分别为776.71、5324.54万元。",
    "本年支出合计6101.24万元，其中：基本支出和项目支出分别为776.71和5324.54万元，分别占12.73%、87.27%。",
    "本年支出合计中，基本支出、项目支出分别为776.71、5324.54万元，分别占12.73%、87.27%。",
])
def test_a_correct_list_with_one_unit_is_clean(tmp_path, sentence):
    assert _findings(tmp_path, [sentence]) == []


@pytest.mark.parametrize("sentence, expected", [
    ("本年支出合计中，基本支出、项目支出分别为776.71、5342.54万元。", [("TXT001", "error")]),
    ("本年支出合计中，基本支出、项目支出分别为767.71、5324.54万元。", [("TXT001", "error")]),
    # the shares after the list are the figures' too
    ("本年支出合计6101.24万元，其中：基本支出、项目支出分别为776.71、5324.54万元，分别占21.73%、78.27%。",
     [("TXT011", "error"), ("TXT011", "error")]),
])
def test_a_wrong_figure_or_share_in_the_list_is_caught(tmp_path, sentence, expected):
    assert _findings(tmp_path, [sentence]) == expected


def test_figures_in_other_units_or_not_money_are_not_taken(tmp_path):
    # a percentage list and a list of years are not amounts: nothing to judge, nothing read wrong
    assert _findings(tmp_path, ["基本支出、项目支出分别增长5.20、3.10个百分点。"]) == []
