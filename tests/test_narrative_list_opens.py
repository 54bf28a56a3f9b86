"""s11 review: "…财政拨款支出6101.24万元，主要用于以下方面：" (or "具体构成如下：", "主要用于：") ending a paragraph, each 类 then in
its own numbered paragraph ("1.…，占21.37%；", "（2）…"): the shares are of the amount before the colon, as after
"其中：". A wrong share there was missed; "主要原因如下：" still opens no list of parts."""

import pytest

from test_narrative_bracket_labels import _findings

ITEMS = ["一般公共服务支出1303.58万元，占21.37%；", "社会保障和就业支出305.17万元，占{share}%；",
         "城乡社区支出3984.99万元，占65.31%；", "卫生健康支出80.19万元，占1.31%。"]  # the sample's 公开04表 of 6101.24


def _paragraphs(lead: str, share: str, number) -> list[str]:
    return [lead] + [number(i) + t.format(share=share) for i, t in enumerate(ITEMS, 1)]


LEADS = ["2019年度财政拨款支出6101.24万元，主要用于以下方面：", "2019年度财政拨款支出6101.24万元，具体构成如下：",
         "2019年度财政拨款支出6101.24万元，主要用于："]
NUMBERS = [lambda i: f"{i}.", lambda i: f"（{i}）"]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("number", NUMBERS)
def test_a_wrong_share_in_the_items_is_caught(tmp_path, lead, number):
    assert _findings(tmp_path, _paragraphs(lead, "5.30", number)) == [("TXT011", "error")]  # 305.17 ÷ 6101.24 = 5.00 %


@pytest.mark.parametrize("lead", LEADS)
def test_correct_items_are_clean(tmp_path, lead):
    assert _findings(tmp_path, _paragraphs(lead, "5.00", NUMBERS[0])) == []


def test_reasons_are_not_parts(tmp_path):
    paragraphs = ["2019年度财政拨款支出6101.24万元，比上年增加500.00万元，主要原因如下：",
                  "1.人员增加导致工资福利支出增加300.00万元，占60.00%；", "2.项目增加200.00万元。"]
    assert _findings(tmp_path, paragraphs) == []
