"""Issue 14, session 8 (s8claims2): the lines of recognize/claims.py changed this session — which 决算 in a 项's
paragraph is the 项's own, the head sentence opened by the 科目 and a colon, 比上年预算. Claim level (fast); the same
shapes end to end are in test_narrative_item_amounts."""

from __future__ import annotations

from govaudit.model import Location, TextParagraph
from govaudit.model.claim import OF_BUDGETS
from govaudit.recognize.claims import read_claims

SECTION = "（三）一般公共预算财政拨款支出决算具体情况"
HEAD = "1、一般公共服务支出（类）人力资源事务（款）行政运行（项）"
ITEM = ("一般公共服务支出", "人力资源事务", "行政运行")


def claims(*texts: str, year: int = 2019):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year).claims


def items(paragraph: str):
    """(amount, the 项 it is said to be of) for every amount of the paragraph under the 决算 heading."""
    return [(c.amount.text, c.item) for c in claims(SECTION, paragraph) if c.kind == "amount"]


def test_an_amount_whose_clause_names_another_thing_is_not_the_items():
    assert items(HEAD + "。支出决算为412.35万元，其中办公设备购置决算为50.00万元。") == [
        ("412.35万元", ITEM), ("50.00万元", None)]
    assert items(HEAD + "。支出决算为412.35万元。办公设备购置支出决算为50.00万元。") == [
        ("412.35万元", ITEM), ("50.00万元", None)]
    # the 项's own name in the clause is no other thing
    assert items(HEAD + "。行政运行支出决算为412.35万元。") == [("412.35万元", ITEM)]


def test_after_qizhong_yongyu_baokuo_in_the_sentence_a_bare_juesuan_is_not_the_items():
    for word in ("其中：办公设备购置", "主要用于办公设备购置", "包括办公设备购置"):
        assert items(HEAD + f"。支出决算为412.35万元，{word}，决算为50.00万元。") == [
            ("412.35万元", ITEM), ("50.00万元", None)], word


def test_a_budget_is_not_the_items_juesuan():
    assert items(HEAD + "。年初预算为450.00万元，支出决算为412.35万元。") == [("450.00万元", None), ("412.35万元", ITEM)]


def test_the_head_sentence_opened_by_the_item_and_a_colon_or_comma():
    assert items(HEAD + "：支出决算为412.35万元。") == [("412.35万元", ITEM)]
    assert items(HEAD + "，支出决算为412.35万元。") == [("412.35万元", ITEM)]
    assert items(HEAD + "，年初预算为450.00万元，支出决算为412.35万元。") == [("450.00万元", None), ("412.35万元", ITEM)]
    # opened by the 科目 but another thing's 决算, or after "主要用于…": not the 项's
    assert items(HEAD + "：其中办公设备购置决算为50.00万元。") == [("50.00万元", None)]
    assert items(HEAD + "，主要用于办公设备购置，支出决算为50.00万元。") == [("50.00万元", None)]
    # the head followed by another mark than a colon or comma opens no clause of the 项 (conservative)
    assert items(HEAD + "；支出决算为412.35万元。") == [("412.35万元", None)]
    # a paragraph that does not open with the 科目's names
    assert items("本科目：支出决算为412.35万元。") == [("412.35万元", None)]


def test_the_head_clause_names_the_item_not_its_category():
    """“…行政运行（项）：比上年增加10.00万元”: the change is of the 科目 the paragraph opens with, whose name is not the
    subject 一般公共服务支出 (the 类): the claim names no subject a rule could judge."""
    [change] = claims(SECTION, HEAD + "：比上年增加10.00万元，增长2.00%。")
    assert (change.kind, change.subject, change.known, change.change.text, change.rate.text) == (
        "change", "", False, "10.00万元", "2.00%")


def test_a_change_against_last_years_budget_is_marked():
    """“比上年预算增加”: a change against last year's budget (budget_word 上年预算), not against last year's 决算."""
    [_amount, change] = claims("2019年度本年支出合计6101.24万元，比上年预算增加100.00万元。")
    assert (change.kind, change.subject, change.basis, change.budget_word) == (
        "change", "本年支出合计", "prior", OF_BUDGETS)
    [_amount, change] = claims("2019年度本年支出合计6101.24万元，比上年增加100.00万元。")
    assert (change.kind, change.basis, change.budget_word) == ("change", "prior", None)


def test_the_part_some_projects_use_is_no_subjects_amount():
    """“涉及一般公共预算支出509万元”: the part of that spending some projects use — an amount of no subject a rule could
    judge (not 一般公共预算财政拨款支出's 2116.25)."""
    [amount] = claims("本部门共组织对18个项目开展绩效自评，涉及一般公共预算支出509万元。")
    assert (amount.kind, amount.subject, amount.subject_text, amount.known, amount.amount.text) == (
        "amount", "", "一般公共预算支出", False, "509万元")


def test_an_amount_without_a_juesuan_word_in_a_later_sentence_is_not_taken_as_the_items():
    """Conservative: only a 决算 (“支出决算为…”) of a later sentence is the 项's; a bare “全年支出412.35万元” is not."""
    assert items(HEAD + "。主要用于机关运转。全年支出412.35万元。") == [("412.35万元", None)]
