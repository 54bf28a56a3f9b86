"""recognize/claims.py lines that session 16's mutation run did not reach (s17mut, issue 14), each survivor killed on
sentences of real documents (../shared/real: a 江苏 2018 预算 and the 上海市财政局 2025 单位预算, their words kept) or
written as they are, asserting what `govaudit claims` prints for them: the subject each amount is read as (a claim
shown “（未识别：…）〔不核对〕” is judged by no rule)."""

from __future__ import annotations

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims
from govaudit.report.claims import _line


def shown(*texts: str, year: int | None = 2019, stage: str | None = None) -> list[str]:
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return [_line(c).split("\n")[0].split("] ", 1)[1] for c in read_claims(ps, year, stage=stage).claims]


# 江苏省人民检察院 2018 部门预算, “五、财政拨款支出预算情况说明”: numbered 项 paragraphs under a 款 line
JIANGSU_ITEMS = ("五、财政拨款支出预算情况说明",
                 "省检察院2018年财政拨款预算支出21,940.96万元，占本年支出合计的99.94%。其中：",
                 "（一）公共安全支出（类）",
                 "检察（款）:2018年预算支出合计16,444.36万元。其中：",
                 "1．行政运行（项）支出10,883.36万元，与上年相比增加2,915.22万元，增长36.58 %。",
                 "2．一般行政管理事务（项）支出3,666万元，与上年相比增加21.8万元，增长0.06 %。")


def test_numbered_items_marked_xiang_under_a_kuan_line_are_read_as_items():
    """“1．行政运行（项）支出X万元” (its 项 marked, numbered) is that 项, not an unknown “1.行政运行支出” (claims line 645:
    an unmarked 项 is looked for only when no marked one was found)."""
    got = shown(*JIANGSU_ITEMS, year=2018, stage="预算")
    assert "··行政运行：金额 10883.36万元" in got and "··一般行政管理事务：金额 3666万元" in got
    assert not [g for g in got if "未识别：1." in g or "未识别：2." in g]


def test_an_unmarked_item_under_a_spending_heading_is_read_as_an_item():
    """“机关事业单位职业年金缴费支出52.31万元” (a 项's name, no “（项）”) under the heading of a 科目 list is that 项 (claims
    line 645: the unmarked-item reading is tried when no marked 项 is found)."""
    got = shown("五、一般公共预算财政拨款支出决算具体情况",
                "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）412.35万元，主要用于机关运行。",
                "机关事业单位职业年金缴费支出52.31万元，主要用于缴纳职业年金。", year=2024, stage="决算")
    assert got[-1] == "··机关事业单位职业年金缴费支出：金额 52.31万元"


def test_a_fall_to_a_year_not_known_as_the_texts_own_keeps_the_year():
    """“由2018年的4.10万元下降到2019年的3.68万元” in a text whose year is not known: “到2019年的” is not dropped as the
    text's own year (claims line 681), so neither amount is read as a figure of the text's year."""
    assert shown("“三公”经费支出由2018年的4.10万元下降到2019年的3.68万元。", year=None) == []


def test_a_budget_spent_list_then_a_funds_budget_in_another_sentence():
    """上海市财政局 2025 单位预算: “支出预算X，其中：财政拨款支出预算X，比2024年预算减少Y。财政拨款支出预算中，一般公共
    预算拨款支出预算X…；政府性基金拨款支出预算为0；…” reads each budget (claims line 812: no budget whole there)."""
    got = shown("支出预算17,192万元，其中：财政拨款支出预算17,192万元，比2024年预算减少990万元。财政拨款支出预算中，"
                "一般公共预算拨款支出预算17,192万元，比2024年预算减少990万元；政府性基金拨款支出预算为0；"
                "国有资本经营预算拨款支出预算为0。", year=2025, stage="预算")
    assert got[:5] == ["收支预算总计：比预算，金额 17192万元", "财政拨款支出：比预算，金额 17192万元",
                       "财政拨款支出：比2024年，减少，金额 17192万元，增减额 990万元",
                       "一般公共预算财政拨款支出：比预算，金额 17192万元",
                       "一般公共预算财政拨款支出：比2024年，减少，金额 17192万元，增减额 990万元"]


def test_a_named_part_spent_after_its_budget_list_is_that_parts():
    """“…年初预算为2129.28万元，其中：基本支出729.28万元，项目支出1400.00万元，基本支出决算为716.25万元，完成年初预算的
    98.21%”: the amount spent names its own subject (基本支出), so it is that part's, not made unknown as “支出决算为”
    after a comma is (claims line 812: only a clause that names no subject is the whole's or unknown)."""
    got = shown("本年一般公共预算财政拨款支出年初预算为2129.28万元，其中：基本支出729.28万元，项目支出1400.00万元，"
                "基本支出决算为716.25万元，完成年初预算的98.21%。", stage="决算")
    assert got[-2:] == ["一般公共预算财政拨款基本支出：金额 716.25万元",
                        "一般公共预算财政拨款基本支出：比预算，金额 716.25万元，比率 98.21%"]


def test_a_bare_item_under_a_heading_of_part_of_the_spending_is_not_judged():
    """“2.事业运行（项）252.17万元” (its 类 unsaid) under “三、机关运行经费支出情况”: the 项's 机关运行经费 only, not its
    whole spending — not known, not judged (claims line 659: for a bare 项 every narrowing word but “预算” counts)."""
    assert shown("三、机关运行经费支出情况", "2.事业运行（项）252.17万元，主要用于所属事业单位运行。", stage="决算") == [
        "（未识别：2.事业运行）：金额 252.17万元  〔不核对〕"]


def test_the_spending_all_projects_with_targets_cover_is_the_funds_project_spending():
    """河南 2026: “本部门实现绩效目标全覆盖，涉及一般公共预算项目支出482.56万元”: after “全覆盖” the projects with targets
    are all of them, so the amount is the fund's 项目支出 itself (claims line 1073), unlike the part some projects
    use (“纳入绩效目标管理的项目支出预算800万元”) or a per-head figure (“职工人均人员经费支出12.36万元”), not known
    (line 1072)."""
    assert shown("本部门实现绩效目标全覆盖，涉及一般公共预算项目支出482.56万元。", "纳入绩效目标管理的项目支出预算800万元。",
                 "职工人均人员经费支出12.36万元。", year=2026, stage="预算") == [
        "一般公共预算财政拨款项目支出：金额 482.56万元", "（未识别：项目支出）：金额 800万元  〔不核对〕",
        "（未识别：人员经费）：金额 12.36万元  〔不核对〕"]


def test_a_class_the_fund_is_mainly_used_for_is_the_classes_whole():
    """s16rev r1: “一般公共预算财政拨款支出2116.25万元，主要用于一般公共服务支出（类）1303.58万元，占61.60%”: the 类 right
    after “主要用于” is the 类's whole spending, not a part some use (claims line 1075)."""
    got = shown("2019年度一般公共预算财政拨款支出2116.25万元，主要用于一般公共服务支出（类）1303.58万元，占61.60%。",
                stage="决算")
    assert got[:2] == ["一般公共预算财政拨款支出：金额 2116.25万元", "一般公共服务支出：金额 1303.58万元"]
