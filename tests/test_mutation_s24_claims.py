"""recognize/claims.py survivors of session 23's fresh sample (issue 14, README "变异测试"), each killed by sentences
read in memory: which subject an amount is judged as, and when it is left unjudged (known=False: no rule reads it)."""

from __future__ import annotations

import pytest

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims

TOTAL = "一、收入支出决算总体情况说明"


def claims(*texts: str, year: int = 2024, stage: str | None = "决算", department: str | None = None):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year, department=department, stage=stage).claims


def amounts(got):
    """(subject, known, basis, amount) of each amount claim, in order."""
    return [(c.subject, c.known, c.basis, c.amount.text) for c in got if c.kind == "amount"]


def test_carried_in_listed_under_fiscal_income_is_the_fiscal_carry_over():
    """“财政拨款收入预算2270.50万元，其中：…，上年结转20.00万元”: the 上年结转 is 财政拨款's own (its line of
    财政拨款收支总表), a known subject a rule judges (claims.py, FISCAL_CARRIED_IN known=True)."""
    got = claims("一、收入支出预算总体情况",
                 "财政拨款收入预算2270.50万元，其中：一般公共预算拨款2250.50万元，上年结转20.00万元。", stage="预算")
    assert amounts(got)[-1] == ("财政拨款上年结转", True, None, "20.00万元")


def test_reserve_after_the_two_sided_budget_total_is_b04s_line():
    """江苏 “财政拨款收支预算总计…，其中：基本支出…，单位预留机动经费1886.02万元”: the reserve is 公开04表's own line,
    judged (two_sided_use, known=True)."""
    got = claims("一、关于2024年财政拨款收支预算情况的总体说明",
                 "财政拨款收支预算总计8328.77万元，其中：基本支出6442.75万元，项目支出0.00万元，单位预留机动经费1886.02万元。",
                 stage="预算")
    assert amounts(got)[-1] == ("财政拨款预算单位预留机动经费", True, None, "1886.02万元")


@pytest.mark.parametrize("sentence", ["2024年度“三公”经费支出3.68万元，预算7.50万元。",
                                      "2024年度“三公”经费支出3.68万元，年初预算7.50万元。"])
def test_a_clause_of_the_budget_alone_in_a_final_account_is_the_budget(sentence):
    """In a 决算 “…支出3.68万元，预算7.50万元” with no 决算 word in the sentence: the second amount is the 三公's budget,
    not a second 决算 figure (that would draw a false TXT001 against 公开07表's 3.68)."""
    got = claims("（七）“三公”经费支出情况说明", sentence)
    assert amounts(got) == [("三公经费", True, None, "3.68万元"), ("三公经费", True, "budget", "7.50万元")]


def test_an_item_named_by_its_code_is_judged():
    """“2010101 行政运行：412.35万元” under a heading of 财政拨款支出: the 科目 its 编码 names, judged (known=True)."""
    got = claims("（三）财政拨款支出决算具体情况", "2010101 行政运行：412.35万元。")
    (c,) = [c for c in got if c.kind == "amount"]
    assert (c.item[:2], c.scope, c.known, c.amount.text) == (("201", "20101"), "财政拨款支出", True, "412.35万元")


def test_shares_of_parts_after_a_sources_opening_are_of_the_whole_budget():
    """“从支出用途看，基本支出776.71万元，占12.73%；项目支出…，占87.27%”: the first part leads the sentence but is no
    whole; its share, like the next, is of the 收支预算总计 the opening names (`named_whole != c.subject`)."""
    got = claims("二、收支预算总体情况", "从支出用途看，基本支出776.71万元，占12.73%；项目支出5324.54万元，占87.27%。",
                 stage="预算")
    shares = [(c.subject, c.rate.text, c.whole) for c in got if c.kind == "share"]
    assert shares == [("基本支出", "12.73%", "收支预算总计"), ("项目支出", "87.27%", "收支预算总计")]


@pytest.mark.parametrize("heading, subject", [("七、财政拨款“三公”经费支出决算情况说明", "三公经费"),
                                              ("3.公务接待费支出决算情况", "公务接待费"),
                                              ("（三）公务接待费", "公务接待费")])
def test_a_paragraph_naming_no_subject_takes_the_headings(heading, subject):
    """Under “七、财政拨款“三公”经费支出决算情况说明” a paragraph “2024年度决算为3.68万元…” speaks of the 三公经费: the
    heading read as it is, or with its template words taken off (`_topic`), whichever names a subject."""
    got = claims(heading, "2024年度决算为3.68万元，比上年减少0.20万元。")
    assert [(c.kind, c.subject, c.known) for c in got] == [("amount", subject, True), ("change", subject, True)]


@pytest.mark.parametrize("prior", ["1.50", "1.20"])
def test_flat_between_two_budgets_of_one_subject_keeps_both_amounts(prior):
    """“公务接待费2025年预算1.50万元，2026年预算1.20万元，与上年持平”: every amount is the subject's, so the 持平 compares
    them (base 1.50, amount 1.20: a rule can see they are not level)."""
    got = claims("（三）“三公”经费预算情况", f"公务接待费2025年预算{prior}万元，2026年预算1.20万元，与上年持平。",
                 year=2026, stage="预算")
    (flat,) = [c for c in got if c.kind == "flat"]
    assert (flat.subject, flat.amount.text, flat.base.text) == ("公务接待费", "1.20万元", f"{prior}万元")


def test_two_names_of_one_subject_share_the_amount_but_two_subjects_do_not():
    """“收入总计和支出总计均为8328.77万元”: one subject (收支总计) named twice, its amount; “基本支出和项目支出合计
    8328.77万元” is no 基本支出 amount (`_same_again` only skips a second name of the same subject)."""
    assert amounts(claims(TOTAL, "2024年度收入总计和支出总计均为8328.77万元。")) == [
        ("收支总计", True, None, "8328.77万元")]
    assert amounts(claims(TOTAL, "2024年度基本支出和项目支出合计8328.77万元。")) == [
        ("", False, None, "8328.77万元")]


def test_another_bodys_amount_is_not_the_departments():
    """With the department's name known, “人才交流服务中心2024年度本年收入合计300.00万元” is a unit's own figure, not the
    department's 本年收入合计 (`_other_body`); without the name nothing is taken for another body."""
    text = "人才交流服务中心2024年度本年收入合计300.00万元。"
    assert amounts(claims(TOTAL, text, department="上海市人力资源和社会保障局")) == [("", False, None, "300.00万元")]
    assert amounts(claims(TOTAL, text)) == [("本年收入合计", True, None, "300.00万元")]


@pytest.mark.parametrize("sentence", ["主要包括日常办公开支10.00万元、会议开支2.00万元。",
                                      "公用经费的用途，主要包括日常办公开支10.00万元。"])
def test_an_includes_list_of_no_known_subject_is_a_cause(sentence):
    """“主要包括日常办公开支10.00万元…” names no subject of the tables: a cause's words, read for no amount (and not
    crashing on the name that is not there: `_used_for_class`)."""
    assert claims("（五）一般公共预算财政拨款基本支出决算情况说明", sentence) == []


def test_an_includes_clause_naming_bare_spending_is_a_cause():
    """“…，主要包括支出10.00万元”: 支出 alone is the alias of no subject (its name is empty), so the clause is a cause."""
    got = claims("（五）一般公共预算财政拨款基本支出决算情况说明", "公用经费34.89万元，主要包括支出10.00万元。")
    assert amounts(got) == [("公用经费", True, None, "34.89万元")]


def test_parts_after_a_funds_whole_without_qizhong_are_that_funds():
    """“一般公共预算财政拨款支出2116.25万元，基本支出776.71万元，项目支出…”: the fund's whole was named last, nothing
    of the department's between: its parts (judged); after “占本年支出合计的…” whose they are is not certain."""
    got = claims(TOTAL, "2024年度一般公共预算财政拨款支出2116.25万元，基本支出776.71万元，项目支出1339.54万元。")
    assert [s for s, *_ in amounts(got)] == ["一般公共预算财政拨款支出", "一般公共预算财政拨款基本支出",
                                             "一般公共预算财政拨款项目支出"]
    got = claims(TOTAL, "2024年度一般公共预算财政拨款支出2116.25万元，占本年支出合计的80.00%，基本支出776.71万元。")
    assert amounts(got)[-1] == ("", False, None, "776.71万元")


@pytest.mark.parametrize("lead", ["本年收入合计", "本年支出合计"])
def test_bare_funds_under_the_departments_total_are_not_fiscal_lines(lead):
    """“本年收入合计3000.00万元，其中：一般公共预算资金2000.00万元…”: a fund named bare under the department's whole is
    not certainly its 财政拨款 line (left unjudged); under 财政拨款收入 it is (`_bare_fund`)."""
    got = claims(TOTAL, f"2024年度{lead}3000.00万元，其中：一般公共预算资金2000.00万元，政府性基金1000.00万元。")
    assert [(s, k) for s, k, *_ in amounts(got)] == [(lead, True), ("", False), ("", False)]
    got = claims(TOTAL, "2024年度财政拨款收入3000.00万元，其中：一般公共预算资金2000.00万元，政府性基金1000.00万元。")
    assert [s for s, *_ in amounts(got)][1:] == ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入"]


# ---- the fresh sample of session 24 (main 1c5af2b's file, seed 24)
def changes(got):
    return [(c.subject, c.direction, c.amount.text if c.amount else None, c.change.text if c.change else None,
             c.rate.text if c.rate else None) for c in got if c.kind == "change"]


def test_a_change_written_as_a_signed_zengjian_amount():
    """“增减额为-50.00万元，增减率为-4.76%”: 增减 with a sign is a change of the sentence's subject (signed_changes: the
    quick exit only when none of 增/上升/提高 is in the text)."""
    got = claims(TOTAL, "2024年度本年收入合计1000.00万元，增减额为-50.00万元，增减率为-4.76%。")
    assert changes(got) == [("本年收入合计", -1, "1000.00万元", "50.00万元", "4.76%")]


def test_numbered_items_after_a_lead_are_its_parts():
    """江苏 “（一）收入预算总计3000.00万元。包括：” then “1.…，占66.67%。” “2.…”: items numbered alike are parts of the
    lead; their shares are of it (`_item_rank`)."""
    got = claims("二、收入预算情况", "（一）收入预算总计3000.00万元。包括：", "1.一般公共预算拨款收入2000.00万元，占66.67%。",
                 "2.事业收入1000.00万元，占33.33%。", year=2026, stage="预算")
    assert [(c.subject, c.whole) for c in got if c.kind == "share"] == [
        ("一般公共预算财政拨款收入", "收支预算总计"), ("事业收入", "收支预算总计")]


def test_a_paragraph_of_figures_after_an_items_title_is_that_items():
    """“1.一般公共服务支出（类）人大事务（款）行政运行（项）” alone, then “年初预算为…，支出决算为98.00万元…”: the
    figures are that 科目's (`_describes_title`)."""
    got = claims("（三）一般公共预算财政拨款支出决算具体情况", "1.一般公共服务支出（类）人大事务（款）行政运行（项）",
                 "年初预算为100.00万元，支出决算为98.00万元，完成年初预算的98.00%。")
    spent = [c for c in got if c.kind == "amount" and c.basis is None]
    assert [(c.item, c.known, c.amount.text) for c in spent] == [(("一般公共服务支出", "人大事务", "行政运行"), True, "98.00万元")]


def test_a_numbered_project_word_without_ziping_is_no_project():
    """“2.政府采购项目：…”: without 自评 in the paragraph it is not a project's 绩效自评 paragraph (whose figures are not
    judged against the tables); “1.职业技能培训补贴项目。…项目自评得分97分” is."""
    got = claims("三、其他重要事项的情况说明", "2.政府采购项目：2024年度政府采购支出总额50.00万元。")
    assert [(c.subject, c.project) for c in got] == [("政府采购支出总额", None)]
    got = claims("三、其他重要事项的情况说明", "1.职业技能培训补贴项目。全年预算数100.00万元，执行数80.00万元，项目自评得分97分。")
    assert {c.project for c in got} == {"职业技能培训补贴"}


def test_items_listed_after_baokuo_belong_to_a_kuan_not_to_an_item():
    """“…住房改革支出（款）52.45万元，包括住房公积金（项）…和购房补贴（项）…”: each 项 of the 款; after a 项's own
    amount the names listed are no 科目 of it (a 项 has none below it): left unjudged."""
    got = claims("（三）一般公共预算财政拨款支出决算具体情况",
                 "2.住房保障支出（类）住房改革支出（款）52.45万元，包括住房公积金（项）35.24万元和购房补贴（项）17.21万元。")
    assert [c.item for c in got if c.kind == "amount"][1:] == [("住房保障支出", "住房改革支出", "住房公积金"),
                                                            ("住房保障支出", "住房改革支出", "购房补贴")]
    got = claims("（三）一般公共预算财政拨款支出决算具体情况", "住房保障支出（类）住房改革支出（款）住房公积金（项）52.45万元，"
                 "包括住房公积金（项）35.24万元和购房补贴（项）17.21万元。")
    assert amounts(got)[1:] == [("", False, None, "35.24万元"), ("", False, None, "17.21万元")]


def test_a_change_after_two_amounts_is_the_one_its_figures_fit():
    """“本年收入合计1000.00万元，上年结转200.00万元，比上年增加100.00万元，增长11.11%”: 100 on 900 is 11.11 %, the first
    amount's change, not the 上年结转's."""
    got = claims(TOTAL, "2024年度本年收入合计1000.00万元，上年结转200.00万元，比上年增加100.00万元，增长11.11%。")
    assert changes(got) == [("本年收入合计", 1, "1000.00万元", "100.00万元", "11.11%")]


def test_a_category_as_a_share_of_project_spending_is_its_project_column():
    """“一般公共服务支出（类）891.23万元，占项目支出的66.53%”: the amount is the 类's 项目支出, whose is not said: its
    scope is marked unknown (not judged as the 类's total)."""
    got = claims("（三）一般公共预算财政拨款支出决算结构情况", "一般公共服务支出（类）891.23万元，占项目支出的66.53%。")
    assert {c.scope for c in got} == {"?项目支出"}


def test_none_of_a_fund_said_in_words():
    """“本部门2024年度无政府性基金预算财政拨款收入。”: a claim that there was none (read, not a crash)."""
    got = claims("四、政府性基金预算财政拨款收入和支出决算情况说明", "本部门2024年度无政府性基金预算财政拨款收入。")
    assert [(c.kind, c.subject, c.known) for c in got] == [("amount", "政府性基金预算财政拨款收入", True)]


def test_respective_shares_of_a_listed_pair_of_amounts():
    """“基本支出800.00万元、项目支出200.00万元，分别占本年支出合计的80.00%和20.00%”: each item its share of the whole
    named; “分别” after one amount alone names no list (no share read)."""
    got = claims(TOTAL, "2024年度基本支出800.00万元、项目支出200.00万元，分别占本年支出合计的80.00%和20.00%。")
    assert [(c.subject, c.rate.text, c.whole) for c in got if c.kind == "share"] == [
        ("基本支出", "80.00%", "本年支出合计"), ("项目支出", "20.00%", "本年支出合计")]
    assert [c for c in claims(TOTAL, "2024年度基本支出800.00万元，分别占本年支出合计的80.00%。") if c.kind == "share"] == []


def test_amounts_after_a_budget_clause_are_budgets():
    """“年初预算中，公务接待费3.00万元，…”: in a 决算, the amounts that follow are that budget's."""
    got = claims("（七）“三公”经费支出决算情况说明",
                 "2024年度“三公”经费支出3.68万元。年初预算中，公务接待费3.00万元，公务用车运行维护费4.50万元。")
    assert [(c.subject, c.basis, c.budget_word) for c in got] == [
        ("三公经费", None, None), ("公务接待费", "budget", "年初"), ("公务用车运行维护费", "budget", "年初")]
