"""s11 review: the 中央 wording of a 款's paragraph, "2.社会保障和就业支出（类）行政事业单位养老支出（款）：年初预算为…，
支出决算为X万元", speaks of the 款. Its amount was taken for the 类's and drew a false TXT001 against 公开04表's 类 row
(108.26 against 305.17); it is now judged against the 款's own row, as the 类/款/项 wording is against the 项's."""

import pytest

from test_narrative_bracket_labels import _findings

HEADING = "（三）一般公共预算财政拨款支出决算具体情况"
# the sample's 公开05表: 20805 行政事业单位养老支出 108.26, 20110 人力资源事务 1303.58, 2011001 行政运行 412.35


@pytest.mark.parametrize("sentence", [
    "2.社会保障和就业支出（类）行政事业单位养老支出（款）：年初预算为100.00万元，支出决算为108.26万元，完成年初预算的108.26%。",
    "社会保障和就业支出（类）行政事业单位养老支出（款）支出决算为108.26万元。",
    "1.一般公共服务支出（类）人力资源事务（款）：年初预算为1200.00万元，支出决算为1303.58万元，完成年初预算的108.63%。",
    "1.一般公共服务支出（类）人力资源事务（款）行政运行（项）：年初预算为400.00万元，支出决算为412.35万元，完成年初预算的103.09%。",
])
def test_a_kuans_own_amount_is_not_its_leis(tmp_path, sentence):
    assert _findings(tmp_path, [sentence], heading=HEADING) == []


@pytest.mark.parametrize("sentence", [
    "2.社会保障和就业支出（类）行政事业单位养老支出（款）：年初预算为100.00万元，支出决算为118.26万元，完成年初预算的118.26%。",
    "社会保障和就业支出（类）行政事业单位养老支出（款）支出决算为118.26万元。",
])
def test_a_wrong_kuan_amount_is_judged_against_the_kuans_row(tmp_path, sentence):
    assert _findings(tmp_path, [sentence], heading=HEADING) == [("TXT001", "error")]
