"""Session 21 (textfix) fixes of false findings on the 决算 情况说明, each a right sentence that drew an error on main d8ca5b5
and, where the fix could hide a real error, its wrong twin (one figure changed) that must still be found.

The tables are session 17's (tests/test_narrative_heldout17.py `tables17`, printed as 2022) with one change: 公开06表's
公务接待费 (302 17) is 0.80 and 其他商品和服务支出 10.85 (公用经费 still 34.89), so the 公务接待费 of 基本支出 is not
公开07表's 1.26 (which counts the 0.46 paid from 项目支出).

- d3: a vehicle kind named inside another (“一般公务用车中机要通信用车2辆”) or by a property (“新能源公务用车3辆”) listed beside
  the kinds was summed with them (TXT007): checks/narrative_parts.NOT_A_KIND_RE ends the list of siblings there;
- d4: “自评覆盖率100%” was read as every project having targets, so “开展绩效自评的项目支出620.00万元” became all of 项目支出
  (TXT001): recognize/claims.FULL_COVERAGE_RE takes 目标覆盖率 alone;
- d5: after a 款's “其中：住房公积金（项）35.24万元，主要用于缴纳住房公积金35.24万元” the use was read as another 项 of the 款
  (TXT007): after 用于/包括 a name is no 科目 of the list (claims._in_use_list; the sum of the 款's 项 then stops at the
  use, so a wrong 项 after it draws TXT001 alone);
- r6: 公务接待费/公务用车运行维护费 listed under 公用经费, 基本支出 or 机关运行经费 was held against 公开07表 (TXT001): there it
  is that spending's part (claims._narrower_owner; under 公用经费 still held against 公开06表's row);
- r7: “公务接待费1.26万元，其中：基本支出0.80万元，项目支出0.46万元” held the split against the department's 基本支出/项目
  支出 (TXT001): a whole no 决算 table splits so has its own (claims._owners_own);
- r8: 人员类项目支出, 在职人员经费, 定额公用经费, 事业单位基本支出 … read as the subject itself (TXT001 + TXT002): a qualified
  subject is another figure (claims.QUALIFIER_RE).
"""

from __future__ import annotations

import pytest
from test_narrative_heldout11 import _text
from test_narrative_heldout14 import codes_found
from test_narrative_heldout16 import _findings as mixed_findings, assert_tables_clean
from test_narrative_heldout17 import _pair, tables17

GPB = "五、一般公共预算财政拨款支出决算情况"
ITEMS = [GPB, "（三）一般公共预算财政拨款支出决算具体情况"]
OTHER = "十、其他重要事项的情况说明"
OPER = [OTHER, "（一）机关运行经费支出情况"]
ASSET = [OTHER, "（三）国有资产占用情况"]
PERF = [OTHER, "（四）预算绩效管理情况"]
SPEND = "三、支出决算情况"
BASIC = "六、一般公共预算财政拨款基本支出决算情况"
SG = "七、一般公共预算财政拨款“三公”经费支出决算情况"


def tables21(year: int):
    """tables17 with 公开06表's 公务接待费 0.80 (of 07's 1.26), 其他商品和服务支出 10.85."""
    wb = tables17(year)
    ws = wb["公开06-09表"]
    assert (ws["E9"].value, ws["E12"].value) == ("公务接待费", "其他商品和服务支出")
    ws["F9"].value, ws["F12"].value = 0.80, 10.85
    return wb


def _findings(tmp_path, items, name):
    return mixed_findings(tmp_path, items, name, 2022, tables21)


PAIRS = [_pair(*p) for p in [
    ("d3 一般公务用车中的机要通信用车", ASSET, "截至2022年12月31日，本部门共有车辆5辆，其中：一般公务用车3辆、执法执勤用车2辆、"
     "一般公务用车中机要通信用车2辆。", "执法执勤用车2辆", "执法执勤用车3辆", "TXT007"),
    ("d3 新能源公务用车", ASSET, "本部门共有车辆4辆，其中：一般公务用车2辆、执法执勤用车2辆、新能源公务用车3辆。",
     "一般公务用车2辆", "一般公务用车3辆", "TXT007"),
    ("d4 绩效目标覆盖率100%仍是全部项目支出", PERF, "2022年度本部门纳入绩效目标管理的项目支出5424.54万元，绩效目标覆盖率100%。",
     "5424.54", "5242.54", "TXT001"),
    ("d5 项主要用于", ITEMS, "住房保障支出（类）住房改革支出（款）52.45万元，其中：住房公积金（项）35.24万元，主要用于缴纳住房"
     "公积金35.24万元；购房补贴（项）17.21万元。", "（项）17.21", "（项）18.21", "TXT001"),
    ("r6 公用经费主要包括公务接待费", BASIC, "公用经费34.89万元，主要包括：办公费10.12万元、差旅费4.57万元、公务接待费0.80万元、"
     "工会经费6.12万元、公务用车运行维护费2.42万元、其他商品和服务支出10.85万元。", "公务接待费0.80", "公务接待费0.88",
     "TXT001+TXT007"),
    ("r7 公务接待费其中基本支出、项目支出", SG, "公务接待费支出1.26万元，其中：基本支出0.80万元，项目支出0.46万元，主要用于"
     "上级部门业务指导接待。", "支出1.26", "支出1.62", "TXT001"),
    ("r7 三公经费其中基本支出、项目支出", SG, "2022年度“三公”经费支出3.68万元，其中：基本支出3.22万元，项目支出0.46万元。",
     "3.68", "3.86", "TXT001"),
    ("r8 三类项目支出", SPEND, "项目支出5424.54万元，其中：人员类项目支出20.00万元，运转类项目支出300.00万元，特定目标类项目"
     "支出5104.54万元。", "项目支出5424.54", "项目支出5244.54", "TXT001"),
    ("r8 在职、离退休人员经费", BASIC, "人员经费741.82万元，其中：在职人员经费700.00万元，离退休人员经费41.82万元。",
     "人员经费741.82", "人员经费714.82", "TXT001"),
    ("r8 定额、专项公用经费", BASIC, "公用经费34.89万元，其中：定额公用经费30.00万元，专项公用经费4.89万元。", "公用经费34.89",
     "公用经费38.49", "TXT001"),
    ("r8 行政、事业单位基本支出", SPEND, "基本支出976.71万元，其中：行政单位基本支出800.00万元，事业单位基本支出176.71万元。",
     "基本支出976.71", "基本支出967.71", "TXT001"),
]]

NEVER_JUDGED = [
    (OPER, "2022年度本部门机关运行经费34.89万元，其中：公务接待费0.80万元，公务用车运行维护费2.42万元。"),
    (PERF, "本部门对2022年度开展绩效自评的项目支出620.00万元进行了自评，自评覆盖率100%。"),
    (ITEMS, "住房公积金（项）35.24万元，主要用于缴纳住房公积金35.24万元，较上年增加1.24万元。"),
    (BASIC, "基本支出中，公务接待费0.80万元，公务用车运行维护费2.42万元。"),
    (BASIC, "一般公共预算财政拨款基本支出776.71万元，其中：公务接待费0.80万元。"),
    (SG, "公务用车购置及运行维护费2.42万元，其中：基本支出2.42万元，项目支出0万元。"),
]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("s21text")
    right = [r for _n, r, _w, _c in PAIRS] + NEVER_JUDGED
    return _findings(tmp, right, "right.xlsx"), _findings(tmp, [w for _n, _r, w, _c in PAIRS], "wrong.xlsx")


def test_the_tables_are_clean(tmp_path):
    assert_tables_clean(tmp_path, tables21(2022))


def test_right_sentences_draw_nothing(judged):
    assert dict(judged[0]) == {}


@pytest.mark.parametrize("name,wrong,code", [pytest.param(n, _text(w), c, id=n) for n, _r, w, c in PAIRS])
def test_wrong_sentence_found(judged, name, wrong, code):
    assert codes_found(judged[1], wrong) == sorted(code.split("+")), f"{name}: {judged[1].get(wrong)}"
