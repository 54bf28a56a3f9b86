"""s12 second review (r7): a part's share with no amount of its own, said right after the whole's amount
("本年支出合计6101.24万元，其中基本支出占本年支出合计的12.73%，项目支出占87.27%"), was judged as the whole's share of
itself ("6101.24 ÷ 6101.24 = 100.00%": three false TXT011 on correct sentences). The clause names its part: the share
is that part's, judged against the part's table figure; a wrong share said the same way is still caught."""

from pathlib import Path

import pytest

from test_narrative_bracket_labels import _findings

HEADING = "三、支出决算情况说明"

RIGHT = [
    "2019年度本年支出合计6101.24万元，其中基本支出占本年支出合计的12.73%，项目支出占87.27%。",
    "2019年度一般公共预算财政拨款支出2116.25万元，其中基本支出占一般公共预算财政拨款支出的36.70%，项目支出占63.30%。",
    "2019年度“三公”经费支出3.68万元，其中公务用车购置及运行维护费占“三公”经费支出的65.76%，公务接待费占34.24%。",
    "2019年度本年支出合计6101.24万元，其中基本支出776.71万元，占本年支出合计的12.73%；项目支出5324.54万元，占87.27%。",
    "2019年度财政拨款支出6101.24万元，占本年支出合计的100%。",
]

WRONG = [  # (sentence, the wrong share)
    ("2019年度本年支出合计6101.24万元，其中基本支出占本年支出合计的15.73%，项目支出占87.27%。", "15.73%"),
    ("2019年度本年支出合计6101.24万元，其中基本支出占本年支出合计的12.73%，项目支出占84.27%。", "84.27%"),
    ("2019年度一般公共预算财政拨款支出2116.25万元，其中基本支出占一般公共预算财政拨款支出的33.70%，项目支出占63.30%。",
     "33.70%"),
    ("2019年度本年支出合计6101.24万元，其中基本支出776.71万元，占本年支出合计的15.73%；项目支出5324.54万元，占87.27%。",
     "15.73%"),
]


@pytest.mark.parametrize("sentence", RIGHT)
def test_right_shares_after_the_whole_draw_nothing(tmp_path: Path, sentence: str):
    assert _findings(tmp_path, [sentence], heading=HEADING) == []


@pytest.mark.parametrize("sentence, share", WRONG)
def test_a_wrong_share_after_the_whole_is_caught(tmp_path: Path, sentence: str, share: str):
    assert _findings(tmp_path, [sentence], heading=HEADING) == [("TXT011", "error")], share
