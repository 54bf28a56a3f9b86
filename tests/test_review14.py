"""Session 14 review (s14rev): false findings on correct disclosures the reviewer wrote in other provinces' wordings.
Each correct sentence is checked against the 2019 sample's tables (本年支出合计 6101.24, 本年收入合计 6063.99, 一般公共预算
财政拨款 2116.25, 政府性基金 3947.74, “三公” 3.68); each faulty copy changes one figure and must be caught."""

from __future__ import annotations

import pytest

from test_narrative_bracket_labels import _findings

PAYS = "三、支出决算情况说明"
INCOME = "二、收入决算情况说明"
SANGONG = "七、“三公”经费财政拨款支出决算情况说明"

# r1: verbs that change an amount of money (增支, 减收, 压缩, 增加支出 …) were not read as a change: the change's amount was
# taken as last year's and the right rate drew TXT003/TXT006 ("（6101.24 − 209.01）÷ 209.01 = 2819.11%")
CHANGE_VERBS = [
    (PAYS, "2019年度本年支出6101.24万元，比上年增支209.01万元，增长{}%。", "3.55", "3.65"),
    (PAYS, "本年支出合计6101.24万元，比上年增加支出209.01万元，增长{}%。", "3.55", "3.95"),
    ("四、财政拨款收入支出决算总体情况说明", "2019年度一般公共预算财政拨款收入2116.25万元，较2018年度减收114.15万元，下降{}%。",
     "5.12", "5.21"),
    ("四、财政拨款收入支出决算总体情况说明", "政府性基金预算财政拨款收入3947.74万元，较上年增收288.02万元，增长{}%。",
     "7.87", "8.87"),
    (INCOME, "本年收入合计6063.99万元，比上一年度净增173.87万元，增幅{}%。", "2.95", "2.59"),
    ("五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出2116.25万元，比上年压减114.15万元，下降{}%。",
     "5.12", "5.02"),
    (SANGONG, "“三公”经费支出3.68万元，比上年压缩0.42万元，下降{}%。", "10.24", "11.24"),
    (SANGONG, "“三公”经费支出3.68万元，比上年节支0.42万元，下降{}%。", "10.24", "12.04"),
    (SANGONG, "“三公”经费支出3.68万元，较上年缩减0.42万元，降幅{}%。", "10.24", "10.42"),
]


@pytest.mark.parametrize("heading,sentence,right,wrong", CHANGE_VERBS)
def test_a_change_said_with_a_money_verb_is_a_change(tmp_path, heading, sentence, right, wrong):
    assert _findings(tmp_path, [sentence.format(right)], heading=heading) == []
    assert ("TXT003", "error") in _findings(tmp_path, [sentence.format(wrong)], heading=heading)


def test_a_rate_after_a_money_verb_is_not_read_as_a_change():
    # "压减10%" is a target more often than a change made: not a change of the sentence's amount
    from govaudit.model import Location, TextParagraph
    from govaudit.recognize.claims import read_claims
    ps = [TextParagraph(index=1, text="一般性支出2116.25万元，按要求压减10%。", location=Location(file="t", paragraph=1))]
    assert [c for c in read_claims(ps, 2019, stage="决算").claims if c.kind == "change"] == []
