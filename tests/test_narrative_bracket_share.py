"""s11 second review: a share written after a bracket of parts, "基本支出776.71万元（其中：人员经费741.82万元、公用经费
34.89万元），占12.73%", is the share of the amount before the bracket. It was taken for the bracket's last part's
(false TXT011 "34.89 ÷ 6101.24 = 0.57%"); a wrong share said so is still caught, against the right amount."""

import pytest

from test_narrative_bracket_labels import _findings

LEAD = "本年支出合计6101.24万元，其中："


@pytest.mark.parametrize("sentence", [
    "基本支出776.71万元（其中：人员经费741.82万元、公用经费34.89万元），占12.73%；项目支出5324.54万元，占87.27%。",
    "基本支出776.71万元（含人员经费741.82万元、公用经费34.89万元）占12.73%；项目支出5324.54万元，占87.27%。",
])
def test_the_share_after_the_bracket_is_the_amounts_before_it(tmp_path, sentence):
    assert _findings(tmp_path, [LEAD + sentence]) == []


def test_a_wrong_share_after_the_bracket_is_still_caught(tmp_path):
    sentence = "基本支出776.71万元（其中：人员经费741.82万元、公用经费34.89万元），占21.73%；项目支出5324.54万元，占87.27%。"
    assert _findings(tmp_path, [LEAD + sentence]) == [("TXT011", "error")]
