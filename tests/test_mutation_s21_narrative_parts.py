"""checks/narrative_parts.py, a sample of 30 mutants (seed 21) measured by tools/mutate.py (s21 mut, issue 14, README
"变异测试"): the survivors, each a 决算 说明's sentence judged beside the 2019 sample's tables (公开06表: 公用经费
34.89 — 办公费 10.12, 差旅费 4.57, 公务接待费 1.26, 工会经费 6.12, 公务用车运行维护费 2.42; 人员经费 741.82 — 基本工资
151.23, 津贴补贴 201.23, 奖励金 17.21), in memory."""

from __future__ import annotations

import pytest

from test_narrative_budget_heldout11 import _alone
from test_narrative_heldout11 import FINAL

HEADING = "（三）一般公共预算财政拨款基本支出决算情况说明"
LEAD = "2019年度一般公共预算财政拨款基本支出776.71万元，其中："

ITEMS = [  # (text, findings)
    (LEAD + "公用经费34.89万元，主要包括：办公费10.12万元、差旅费4.57万元、公务接待费1.26万元。", []),
    (LEAD + "公用经费34.89万元，主要包括：办公费11.12万元、差旅费4.57万元、公务接待费1.26万元。", ["TXT001"]),
    ("公用经费34.89万元，主要包括：办公费10.12万元、差旅费4.57万元、工会经费6.12万元、公务用车运行维护费2.42万元。", []),
    ("公用经费34.89万元，主要包括：办公费10.12万元、差旅费45.70万元。", ["TXT001", "TXT007"]),
    ("人员经费741.82万元，主要包括：基本工资151.23万元、津贴补贴201.23万元、奖励金17.21万元。", []),
    ("人员经费741.82万元，主要包括：基本工资151.23万元、津贴补贴210.23万元、奖励金17.21万元。", ["TXT001"]),
]


@pytest.mark.parametrize("text,codes", ITEMS, ids=["public", "public-wrong", "public-four", "public-over",
                                                    "personnel", "personnel-wrong"])
def test_the_items_listed_after_personnel_or_public_funds(text, codes):
    """“公用经费34.89万元，主要包括：办公费…”: each item against its 公开06表 款 row of that side; the items said must not
    add up to more than the whole."""
    assert [c for c, _m in _alone(FINAL, text, HEADING)] == codes


ASSETS = [  # (text, findings): a list closed by the part that is the rest of the whole must add up to it
    ("截至2019年12月31日，本部门资产总额1,523.45万元，其中：流动资产812.30万元，非流动资产711.15万元。", []),
    ("截至2019年12月31日，本部门资产总额1,523.45万元，其中：流动资产812.30万元，非流动资产700.15万元。", ["TXT007"]),
    ("截至2019年12月31日，本部门资产总额1,523.45万元，其中：流动资产812.30万元，固定资产600.00万元，无形资产21.00万元，"
     "其他资产90.15万元。", []),
    ("截至2019年12月31日，本部门资产总额1,523.45万元，其中：流动资产812.30万元，固定资产600.00万元，无形资产21.00万元，"
     "其他资产9.15万元。", ["TXT007"]),
]


@pytest.mark.parametrize("text,codes", ASSETS, ids=["two", "two-wrong", "four", "four-wrong"])
def test_a_closed_list_of_assets(text, codes):
    assert [c for c, _m in _alone(FINAL, text, "（六）国有资产占用情况说明")] == codes


VEHICLES = [  # (text, the whole quoted in the finding, or None)
    ("截至2019年12月31日，本部门共有车辆95辆，其中：部级领导干部用车2辆、一般公务用车68辆、一般执法执勤用车5辆、特种专业技术用车"
     "12辆、其他用车9辆。", "共有车辆95辆"),
    ("截至2019年12月31日，本部门共有车辆95辆，其中：部级领导干部用车2辆、一般公务用车68辆、一般执法执勤用车5辆、特种专业技术用车"
     "11辆、其他用车9辆。", None),
    ("本部门共有车辆5辆，其中：一般公务用车3辆、其他用车3辆。", "共有车辆5辆"),  # two kinds are a list too
    # the department's vehicles, then its units' in the same sentence: the second list is judged too
    ("本部门共有车辆5辆，其中：一般公务用车3辆、其他用车2辆，下属单位共有车辆3辆，其中：一般执法执勤用车2辆、其他用车2辆。",
     "共有车辆3辆"),
]


@pytest.mark.parametrize("text,whole", VEHICLES, ids=["five-kinds-over", "five-kinds", "two-kinds-over", "second-list"])
def test_the_kinds_of_vehicles_listed_may_not_exceed_the_count(text, whole):
    found = _alone(FINAL, text, "（六）国有资产占用情况说明")
    assert [c for c, _m in found] == (["TXT007"] if whole else [])
    assert all(f"文中“{whole}”" in m for _c, m in found)


ITEM_PARTS = [  # (text, findings): a 类's or 款's amount and its own 款 / 项 listed after it in the sentence
    ("住房保障支出（类）住房改革支出（款）52.45万元，其中：住房公积金35.24万元，购房补贴17.21万元。", []),
    ("住房保障支出（类）住房改革支出（款）52.45万元，其中：住房公积金35.24万元，购房补贴27.21万元。", ["TXT001", "TXT007"]),
    ("住房保障支出（类）52.45万元，其中：住房改革支出（款）52.45万元。", []),
]


@pytest.mark.parametrize("text,codes", ITEM_PARTS, ids=["kuan", "kuan-wrong", "lei"])
def test_a_kemus_own_rows_listed_after_it(text, codes):
    assert [c for c, _m in _alone(FINAL, text, "（四）一般公共预算财政拨款支出决算情况说明")] == codes
