"""Session 25's open item (textfix s26): a part named after a 类 — in a bracket opened by 其中/含 right after the 类's
figure ("一般公共服务支出1303.58万元，占61.60%（其中项目支出891.23万元，占42.11%）"), or after "，其中：" following the 类 —
is a part OF that 类 (its 项目支出 column, its 款), not the department's or the fund's 项目支出 (false TXT001 "项目支出
891.23万元" against 公开05表's 1339.54, false TXT007 adding it to the fund's parts). Its share, with no whole named, may
be of the 类 (891.23 ÷ 1303.58 = 68.37%) or of the whole leading the list (891.23 ÷ 2116.25 = 42.11%): both readings
are right, so neither draws a finding (false TXT011 before). The 类's own figures beside it are still judged.

Tables: tests/test_narrative_heldout17.py `tables17` printed as 2022 (公开05表: 一般公共预算财政拨款支出 2116.25; 201
一般公共服务支出 1303.58 = 基本 412.35 + 项目 891.23; 208 社会保障和就业支出 305.17, its 款 就业补助 73.46).
Run on main bd7dddb before the fix: every RIGHT sentence drew a false finding (11 in all: TXT011 ×5, TXT001 ×5, TXT007 ×1);
the WRONG ones drew their codes plus the same false ones. After: RIGHT 0, WRONG exactly their codes (7 of 7).
Second part (类 listed after a part of the spending, s26 too): the 4 right sentences drew 5 false findings on main (TXT001
x4: the 类's 项目支出/基本支出 held against its whole figure; TXT011 x1: 891.23 ÷ 2116.25 for a share of the 项目支出); now 0."""

from __future__ import annotations

import pytest
from test_narrative_heldout17 import _findings
from test_narrative_heldout19 import GPB_STRUCT

LEAD = "一般公共预算财政拨款支出2116.25万元，其中："
RIGHT = [
    "一般公共预算财政拨款支出中，一般公共服务支出占61.60%（其中项目支出占42.11%）。",
    "一般公共预算财政拨款支出中，一般公共服务支出占61.60%（其中项目支出占68.37%）。",
    LEAD + "一般公共服务支出1303.58万元，占61.60%（其中项目支出891.23万元，占42.11%）。",
    LEAD + "一般公共服务支出1303.58万元，占61.60%（其中项目支出891.23万元，占68.37%）。",
    LEAD + "一般公共服务支出1303.58万元（其中：基本支出412.35万元，项目支出891.23万元），占61.60%。",
    LEAD + "一般公共服务支出1303.58万元，占61.60%，其中：项目支出891.23万元，占68.37%。",
    LEAD + "社会保障和就业支出（类）305.17万元，占14.42%，其中：就业补助（款）73.46万元，占24.07%。",
    "一般公共预算财政拨款支出中，一般公共服务支出1303.58万元（含项目支出891.23万元），占61.60%。",
    # the other way round: 类 listed after a part of the spending (项目支出, 基本支出) are that part's column of their row
    # (公开05表: 201 项目支出 891.23, 基本支出 412.35; 221 基本支出 52.45), their shares of the part or of the whole
    "一般公共预算财政拨款支出中，项目支出1339.54万元，其中：一般公共服务支出891.23万元、科学技术支出326.86万元，分别占66.53%、"
    "24.40%。",
    "一般公共预算财政拨款支出2116.25万元，其中项目支出1339.54万元，其中：一般公共服务支出891.23万元，占66.53%。",
    "一般公共预算财政拨款支出2116.25万元，其中项目支出1339.54万元，其中：一般公共服务支出891.23万元，占42.11%。",
    "一般公共预算财政拨款支出中，基本支出776.71万元，其中：一般公共服务支出412.35万元，住房保障支出52.45万元。",
]

# the same sentences made wrong where the reading is sure: the 类's own amount or share
WRONG = [
    (RIGHT[0].replace("61.60%", "66.10%"), "TXT011"),
    (RIGHT[2].replace("1303.58", "1330.58"), "TXT001 TXT011"),
    (RIGHT[3].replace("61.60%", "60.16%"), "TXT011"),
    (RIGHT[4].replace("61.60%", "16.60%"), "TXT011"),
    (RIGHT[5].replace("1303.58", "1033.58"), "TXT001 TXT011"),
    (RIGHT[6].replace("14.42%", "14.24%"), "TXT011"),
    (RIGHT[7].replace("1303.58", "1303.85"), "TXT001 TXT011"),  # (1303.85 ÷ 2116.25 = 61.61%)
    # (the part leading the sentence is the one whole its 类's shares can be of: judged, as before)
    ("一般公共预算财政拨款项目支出1339.54万元，其中：一般公共服务支出891.23万元，占68.53%。", "TXT011"),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("parts26")
    # each sentence in a workbook of its own: the same judgement said twice is reported once (at its first place)
    return {s: [c for c, _m in _findings(tmp, [(GPB_STRUCT, s)], f"s{i}.xlsx", 2022).get(s, [])]
            for i, s in enumerate(RIGHT + [w for w, _c in WRONG])}


@pytest.mark.parametrize("sentence", RIGHT, ids=[f"right{i}" for i in range(len(RIGHT))])
def test_a_part_of_a_category_draws_nothing_when_right(found, sentence):
    assert found[sentence] == []


@pytest.mark.parametrize("sentence,codes", WRONG, ids=[f"wrong{i}" for i in range(len(WRONG))])
def test_the_categorys_own_figures_are_still_judged(found, sentence, codes):
    assert sorted(found[sentence]) == sorted(codes.split())
