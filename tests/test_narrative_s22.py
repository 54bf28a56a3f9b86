"""A 类's amount followed by its share of 项目支出 (基本支出) is the 类's 项目支出, a column of its row, not the 类's total
(textfix s22, found probing after tests/test_narrative_heldout22.py). On main 1198526 the right sentences drew a false
TXT001 (“891.23 与公开05表「一般公共服务支出」1303.58 不符”) and, for “在项目支出中占比”, a false TXT011 as well; whose
项目支出 it is (the department's or a fund's) the words may not say, so the amount is not judged, as after “项目支出中，”.
The share still is: a wrong one is TXT011.

Tables: tests/test_narrative_heldout17.py `tables17` (公开05表 一般公共服务支出 1303.58 = 基本 412.35 + 项目 891.23; 项目支出
合计 1339.54, 基本支出合计 776.71).
"""

from __future__ import annotations

import pytest
from test_narrative_heldout14 import codes_found
from test_narrative_heldout17 import _findings
from test_narrative_heldout19 import GPB_STRUCT, SPEND

RIGHT = [
    (GPB_STRUCT, "一般公共服务支出（类）891.23万元，占项目支出的66.53%。"),
    (GPB_STRUCT, "一般公共服务支出（类）891.23万元，在项目支出中占比66.53%。"),
    (GPB_STRUCT, "一般公共服务支出（类）412.35万元，占基本支出的53.09%。"),
    (SPEND, "一般公共服务支出（类）991.23万元，占项目支出的18.27%。"),  # (the department's: 公开03表)
]
WRONG = [
    ((GPB_STRUCT, "一般公共服务支出（类）891.23万元，占项目支出的60.53%。"), "TXT011"),
    ((GPB_STRUCT, "社会保障和就业支出（类）231.71万元，占基本支出的39.83%。"), "TXT011"),  # (29.83%)
]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("s22")
    return _findings(tmp, RIGHT, "right.xlsx", 2022), _findings(tmp, [w for w, _c in WRONG], "wrong.xlsx", 2022)


def test_share_of_a_split_leaves_the_category_amount_unjudged(judged):
    assert dict(judged[0]) == {}


@pytest.mark.parametrize("wrong,code", WRONG, ids=["项目支出", "基本支出"])
def test_wrong_share_of_a_split_still_found(judged, wrong, code):
    assert codes_found(judged[1], wrong[1]) == [code], judged[1].get(wrong[1])
