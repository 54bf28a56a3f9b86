"""Session 17 决算 narrative fixes (s17text), each on the session's mixed tables (tests/test_narrative_heldout17.py:
附属单位上缴收入 30.00, 使用非财政拨款结余 15.00, 结余分配 10.00 beside 财政拨款 and 事业/经营/其他收入)."""

from __future__ import annotations

import pytest
from test_narrative_heldout14 import GPB, OVERALL, codes_found
from test_narrative_heldout17 import _findings

ITEMS3 = [GPB, "（三）一般公共预算财政拨款支出决算具体情况"]
TITLE = "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）"


# (a 说明 needs two sentences stating an amount: disclosure._brief_narrative)
FILLER = ("十一、其他需要说明的情况", "本年收入合计6463.99万元，本年支出合计6451.24万元。")


def _one(tmp_path, heads, text, year=2023):
    return codes_found(_findings(tmp_path, [(heads, text), FILLER], "t.xlsx", year), text)


# 公开01表's 使用非财政拨款结余 (15.00) and 结余分配 (10.00), and the lines of one side summed against its 总计
@pytest.mark.parametrize("text,codes", [
    ("使用非财政拨款结余15.00万元，结余分配10.00万元。", []),
    ("使用非财政拨款结余5.00万元。", ["TXT001"]),
    ("结余分配20.00万元。", ["TXT001"]),
    ("收入总计7093.33万元，其中：本年收入合计6463.99万元，使用非财政拨款结余15.00万元，年初结转和结余614.34万元。", []),
    ("收入总计7093.33万元，其中：本年收入合计6463.99万元，使用非财政拨款结余15.00万元，年初结转和结余641.34万元。",
     ["TXT001", "TXT007"]),
    ("支出总计7093.33万元，其中：本年支出合计6451.24万元，结余分配10.00万元，年末结转和结余623.09万元。",
     ["TXT001", "TXT007"]),
    # (a line left unsaid holds money: the two said are not all of the side, whatever they add up to)
    ("收入总计7093.33万元，其中：本年收入合计6463.99万元，年初结转和结余614.34万元。", []),
    ("支出总计7093.33万元，其中：本年支出合计6451.24万元，年末结转和结余632.09万元。", []),
])
def test_balance_lines_held_against_01(tmp_path, text, codes):
    assert _one(tmp_path, OVERALL, text) == codes


# s16rev r30: a 项's title on a line of its own, its figures in the next paragraph
@pytest.mark.parametrize("figures,codes", [
    ("年初预算为65.00万元，支出决算为61.83万元，完成年初预算的95.12%。", []),
    ("年初预算为65.00万元，支出决算为16.83万元，完成年初预算的25.89%。", ["TXT001"]),
    ("年初预算数为65.00万元，支出决算数为16.83万元，完成年初预算的25.89%。", ["TXT001"]),
    # the next paragraph names a subject of its own: its figures are that subject's, not the 项's
    ("一般公共预算财政拨款基本支出776.71万元，其中：人员经费741.82万元。", []),
    ("本年支出合计6451.24万元。", []),
])
def test_item_title_line_and_its_figures(tmp_path, figures, codes):
    found = _findings(tmp_path, [(ITEMS3 + [TITLE], figures), FILLER], "t.xlsx", 2023)
    assert codes_found(found, figures) == codes, dict(found)


INCOME = "二、收入决算情况说明"
SPEND = "三、支出决算情况说明"


# a list of a whole's parts is complete when it leaves out only what the tables print as nothing (公开01表's blank
# 上级补助收入; 公开03表's blank 上缴上级支出 and 对附属单位补助支出), or states a part by its own parts (财政拨款收入 by its
# two funds); changes are not so (a part at 0 this year may have changed since last year)
@pytest.mark.parametrize("heads,text,codes", [
    (INCOME, "本年收入合计6463.99万元，其中：一般公共预算财政拨款收入2116.25万元，政府性基金预算财政拨款收入3947.74万元，"
     "事业收入300.00万元，经营收入50.00万元，附属单位上缴收入30.00万元，其他收入20.00万元。", []),
    (INCOME, "本年收入合计6463.99万元，其中：一般公共预算财政拨款收入2116.25万元，政府性基金预算财政拨款收入3947.74万元，"
     "事业收入300.00万元，经营收入50.00万元，附属单位上缴收入3.00万元，其他收入20.00万元。", ["TXT001", "TXT007"]),
    (SPEND, "本年支出合计6451.24万元，其中：基本支出976.71万元，项目支出5424.54万元，经营支出50.00万元。", []),
    (SPEND, "本年支出合计6451.24万元，其中：基本支出976.71万元，项目支出5424.45万元，经营支出50.00万元。",
     ["TXT001", "TXT007"]),
    # (not all: 经营收入 and 其他收入 left out hold money)
    (INCOME, "本年收入合计6463.99万元，其中：财政拨款收入6063.99万元，事业收入300.00万元，附属单位上缴收入30.00万元。", []),
    (INCOME, "本年收入合计比上年增加263.99万元，其中：事业收入增加50.00万元，附属单位上缴收入减少10.00万元。", []),
])
def test_list_leaving_out_only_nothing_is_complete(tmp_path, heads, text, codes):
    assert _one(tmp_path, heads, text) == codes


# “比年初预算增加/减少X” against the 年初预算 and 决算 the sentence states (a 项, a subject not known)
@pytest.mark.parametrize("heads,text,codes", [
    (ITEMS3, "机关事业单位职业年金缴费支出（项）年初预算50.00万元，支出决算46.42万元，比年初预算减少3.58万元。", []),
    (ITEMS3, "机关事业单位职业年金缴费支出（项）年初预算50.00万元，支出决算46.42万元，比年初预算减少8.35万元。",
     ["TXT001"]),
    (ITEMS3, "其他人力资源事务支出（项）年初预算650.00万元，支出决算704.81万元，比年初预算增加45.81万元。", ["TXT001"]),
    # (two amounts of this year: whose is the 年初预算?)
    (ITEMS3, "行政运行（项）年初预算400.00万元，支出决算412.35万元；一般行政管理事务（项）支出决算186.42万元，比年初预算"
     "减少3.58万元。", []),
])
def test_change_against_the_sentences_own_budget(tmp_path, heads, text, codes):
    assert _one(tmp_path, heads, text) == codes


BASIC = "六、一般公共预算财政拨款基本支出决算情况说明"


# 人员经费 = 工资福利支出 + 对个人和家庭的补助 (公开06表's 301 + 303), beside it; "主要包括X…万元" names a part, not a cause
@pytest.mark.parametrize("text,codes", [
    ("人员经费741.82万元，主要包括工资福利支出724.61万元、对个人和家庭的补助17.21万元。", []),
    ("人员经费741.82万元，主要包括工资福利支出724.61万元、对个人和家庭的补助71.21万元。", ["TXT001", "TXT007"]),
    ("人员经费741.82万元，主要包括工资福利支出742.61万元。", ["TXT001", "TXT007"]),
    ("人员经费741.82万元，主要包括工资福利支出724.61万元。", []),
    # (a 工资福利支出 said in another paragraph may be all the year's: not a part of this one)
    ("人员经费741.82万元，主要是在职人员工资。", []),
])
def test_personnel_parts(tmp_path, text, codes):
    extra = ("三、支出决算情况说明", "按经济分类，本年支出中工资福利支出900.00万元，对个人和家庭的补助30.00万元。")
    assert codes_found(_findings(tmp_path, [(BASIC, text), extra, FILLER], "t.xlsx", 2023), text) == codes


# 公用经费's (人员经费's) 经济分类 款 listed after it, as 公开06表 prints them (办公费 30201 10.12, 差旅费 30211 4.57, 工会经费
# 30228 6.12, 其他商品和服务支出 30299 10.39; 基本工资 30101 151.23)
@pytest.mark.parametrize("text,codes", [
    ("公用经费34.89万元，主要包括：办公费10.12万元、差旅费4.57万元、工会经费6.12万元。", []),
    ("公用经费34.89万元，主要包括：办公费10.12万元、差旅费5.47万元、工会经费6.12万元。", ["TXT001"]),
    # (s18: “主要包括X…万元” without a colon after a figure lists items as “主要包括：” does, recognize/claims.items_colon)
    ("公用经费34.89万元，主要包括办公费10.12万元、差旅费4.57万元、工会经费6.12万元、其他商品和服务支出19.39万元。",
     ["TXT001", "TXT007"]),
    ("人员经费741.82万元，主要包括基本工资115.23万元。", ["TXT001"]),
    # (not 公开06表's 公用经费 (its own TXT001 alone): whose items they are is not said; no list opened; another thing's
    # amount after it)
    ("公用经费50.00万元，主要包括：办公费20.00万元、差旅费5.47万元。", ["TXT001"]),
    ("公用经费34.89万元，差旅费5.47万元。", []),
    ("公用经费34.89万元，机关运行经费34.89万元，其中办公费20.00万元。", []),
])
def test_economic_items_of_06(tmp_path, text, codes):
    assert _one(tmp_path, BASIC, text) == codes
