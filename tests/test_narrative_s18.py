"""Session 18 决算 narrative fixes (s18text), each case failing before its fix, all on session 17's tables
(tests/test_narrative_heldout17.py `tables17`) in ONE document per test module run (cheap: one check of one workbook)."""

from __future__ import annotations

import pytest
from test_narrative_heldout14 import codes_found
from test_narrative_heldout17 import _findings

OVERALL = "一、收入支出决算总体情况"
INCOME = "二、收入决算情况"
SPEND = "三、支出决算情况"
FISCAL = "四、财政拨款收入支出决算总体情况"
STRUCT = ["五、一般公共预算财政拨款支出决算情况", "（二）一般公共预算财政拨款支出决算结构情况"]
ITEMS = ["五、一般公共预算财政拨款支出决算情况", "（三）一般公共预算财政拨款支出决算具体情况"]
BASIC = "六、一般公共预算财政拨款基本支出决算情况"
SANGONG = "七、一般公共预算财政拨款“三公”经费支出决算情况"
OPER = ["十、其他重要事项的说明", "（一）机关运行经费支出情况"]

# (headings, sentence, codes it must draw: [] for none)
CASES = [
    # "包括本年收入X、…和Y": 包括 before a bare 本年收入 no longer hides it (LEADING_RE), so the side adds up (TXT007)
    (OVERALL, "收入总计7093.33万元，包括本年收入6463.99万元、使用非财政拨款结余15.00万元和年初结转和结余614.34万元。", []),
    (OVERALL, "收入总计7093.33万元，包括本年收入6463.99万元、使用非财政拨款结余51.00万元和年初结转和结余614.34万元。",
     ["TXT001", "TXT007"]),
    (OVERALL, "支出总计7093.33万元，包括本年支出6415.24万元（含经营支出50.00万元）、结余分配10.00万元、年末结转和结余"
     "632.09万元。", ["TXT001", "TXT007"]),
    # 公开04表's sides: 总计 = 本年收入 + 年初财政拨款结转和结余 = 本年支出 + 年末财政拨款结转和结余 (narrative.GRAND_SIDES)
    (FISCAL, "财政拨款收入支出决算总计6598.33万元，其中：年初财政拨款结转和结余534.34万元，本年财政拨款收入6063.99万元。", []),
    (FISCAL, "财政拨款收入支出决算总计6598.33万元，其中：年初财政拨款结转和结余543.34万元，本年财政拨款收入6063.99万元。",
     ["TXT001", "TXT007"]),
    (FISCAL, "财政拨款支出总计6598.33万元，其中：本年支出6101.24万元，年末财政拨款结转和结余479.09万元。",
     ["TXT001", "TXT007"]),
    # a part's share “占总收入/总支出的”: of 本年收入合计 or 收入总计, wrong only if it meets neither
    (INCOME, "其他收入20.00万元，占总收入的0.31%。", []),
    (INCOME, "经营收入50.00万元，占总收入的0.70%。", []),  # (of 收入总计 7093.33)
    (INCOME, "事业收入300.00万元，占总收入的6.44%。", ["TXT011"]),
    (SPEND, "项目支出5424.54万元，占总支出的84.09%。", []),
    (SPEND, "经营支出50.00万元，占总支出的0.87%。", ["TXT011"]),
    (STRUCT, "基本支出776.71万元，占总支出的36.70%。", []),  # (the fund's 基本支出: whose 总支出 is not said)
    # s18rev r7: a fund's total "占全部支出的": of 本年支出合计 or 支出总计 (or a fund's line of them)
    (STRUCT, "一般公共预算财政拨款支出2116.25万元，占全部支出的32.80%。", []),
    (STRUCT, "一般公共预算财政拨款支出2116.25万元，占全部支出的38.20%。", ["TXT011"]),
    # "从支出结构看，": a point of view, no whole: the 类 are the heading's spending's
    (STRUCT, "从支出结构看，一般公共服务支出1303.58万元，占一般公共预算财政拨款支出的61.60%；科学技术支出362.86万元。",
     ["TXT001"]),
    (STRUCT, "从支出结构看，一般公共服务支出1303.58万元，占一般公共预算财政拨款支出的61.60%；卫生健康支出80.19万元。", []),
    # "超出年初预算X万元" / "低于年初预算X万元": the 决算 less the 年初预算 the sentence states
    (ITEMS, "其他就业补助支出（项）年初预算60.00万元，支出决算73.46万元，超出年初预算13.46万元。", []),
    (ITEMS, "其他科学技术支出（项）年初预算300.00万元，支出决算326.86万元，超出年初预算28.66万元。", ["TXT001"]),
    (ITEMS, "住房公积金（项）年初预算36.00万元，支出决算35.24万元，低于年初预算0.67万元。", ["TXT001"]),
    # s18rev r2: a second 项 after a sentence end in the same paragraph is a 项 of its own, not its 类 (was: 305.17 ÷ 50.00)
    (ITEMS, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）决算数为61.83万元，比年初"
     "预算数65.00万元减少3.17万元，完成年初预算的95.12%。社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业"
     "年金缴费支出（项）决算数为46.42万元，比年初预算数50.00万元减少3.58万元，完成年初预算的92.84%。", []),
    (ITEMS, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）支出决算61.83万元。"
     "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）支出决算64.42万元。", ["TXT001"]),
    # s18rev r4: this year's and last year's amounts and the change, all stated: the change is their difference (and the
    # rate is judged on the two amounts, not blamed for a wrong change)
    (INCOME, "2022年度本年收入6463.99万元，较2021年度的6350.00万元增加113.99万元。", []),
    (INCOME, "本年收入合计6463.99万元，比上年6350.00万元增加118.99万元。", ["TXT001"]),
    (SPEND, "本年支出合计6451.24万元，比上年6280.00万元增加176.24万元，增长2.73%。", ["TXT001"]),
    (SPEND, "本年支出合计6451.24万元，比上年6280.00万元增加171.24万元，增长3.73%。", ["TXT003"]),
    # s18rev r3: a 项's 决算数 and "比年初预算数X万元增加Y万元" in one sentence: Y is their difference
    (ITEMS, "社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）2022年度决算数为73.46万元，比年初预算数60.00万元增加"
     "13.46万元。", []),
    (ITEMS, "科学技术支出（类）其他科学技术支出（款）其他科学技术支出（项）2022年度决算数为326.86万元，比年初预算数300.00万元"
     "增加29.66万元。", ["TXT001"]),
    (ITEMS, "项目支出1339.54万元，其中人才引进项目比年初预算数500.00万元减少20.00万元。", []),  # (another thing's change)
    # s18rev r12: "类中，款（款）X万元": the 款 of that 类
    (ITEMS, "社会保障和就业支出中，行政事业单位养老支出（款）108.26万元，主要用于缴纳养老保险。", []),
    (ITEMS, "社会保障和就业支出中，就业补助（款）37.46万元，主要用于就业见习补贴。", ["TXT001"]),
    (ITEMS, "一般公共预算财政拨款支出中，行政运行（款）400.00万元。", []),  # (no 类 named: not read)
    # s18rev r5: a second 项 of the paragraph's 款 ("…（项）A万元，B（项）Y万元") is that 项, judged as the first is
    (ITEMS, "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）61.83万元；机关事业单位"
     "职业年金缴费支出（项）46.42万元。", []),
    (ITEMS, "社会保障和就业支出中，行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）61.83万元，机关事业单位"
     "职业年金缴费支出（项）64.24万元。", ["TXT001"]),
    # "主要用于/主要包括" + items with amounts, no colon, right after an amount: items, not a cause
    (BASIC, "人员经费741.82万元，主要用于基本工资151.23万元、津贴补贴210.23万元、奖金21.20万元等。", ["TXT001"]),
    (BASIC, "公用经费34.89万元，占基本支出的4.49%，主要包括办公费10.12万元、差旅费5.47万元。", ["TXT001"]),
    (BASIC, "人员经费比上年增加21.82万元，主要用于基本工资增加5.00万元。", []),  # (after a change: its causes)
    # a 三公 change whose parts said fall more than it, the part left out (因公出国（境）费) being 0 this year: it could
    # only have fallen too (narrative._changes_short)
    (SANGONG, "“三公”经费比上年减少0.32万元，其中：公务用车购置及运行维护费减少0.18万元，公务接待费减少0.41万元。",
     ["TXT007"]),
    (SANGONG, "“三公”经费比上年减少0.50万元，其中：公务用车购置及运行维护费减少0.18万元，公务接待费减少0.14万元。", []),
    (SANGONG, "“三公”经费比上年增加0.10万元，其中：公务用车购置及运行维护费增加0.18万元。", []),
    # 机关运行经费's items after "其中：" (no table prints them as its parts) add up to no more than it
    (OPER, "机关运行经费34.89万元，其中：办公费10.12万元，差旅费4.57万元，工会经费6.12万元，其他商品和服务支出14.08万元。",
     []),
    (OPER, "机关运行经费支出34.89万元，其中：办公费30.12万元，差旅费5.57万元。", ["TXT007"]),
    (OPER, "机关运行经费34.80万元，其中：办公费30.12万元；公用经费34.89万元。", []),
    # s18rev r11: "决算数比预算数少X万元" is the 决算 less the 预算 (公开07表)
    (SANGONG, "“三公”经费决算数比预算数少3.82万元，主要原因是厉行节约。", []),
    (SANGONG, "“三公”经费决算数比预算数少2.82万元。", ["TXT001"]),
    # a share after the last of a list of amounts is the item's or the list owner's: not judged (was the item's: TXT011)
    (BASIC, "公用经费34.89万元，主要包括：办公费10.12万元、差旅费4.57万元、工会经费6.12万元，占基本支出的4.49%。", []),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    return _findings(tmp_path_factory.mktemp("s18text"), [(h, t) for h, t, _c in CASES], "s18.xlsx", 2022)


def test_cases_are_distinct():
    assert len({t for _h, t, _c in CASES}) == len(CASES)


@pytest.mark.parametrize("heads,text,codes", CASES, ids=[t[:24] for _h, t, _c in CASES])
def test_case(found, heads, text, codes):
    assert codes_found(found, text) == codes, found.get(text)
