"""Issue 14, session 7: the narrative checks' survivors that had no test (checks/narrative.py lines 353, 492, 574,
680, 711 of session 6's run). Each test judges short real-shaped texts in memory — against no tables, or the
tables of a sample — and asserts the finding, its expected/actual values and its arithmetic; the correct wording
draws none."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from govaudit.checks import narrative
from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph
from govaudit.recognize.claims import read_claims
from test_mutation_narrative_s6 import brief, run  # texts judged in memory, the TXT warnings and errors

# ------------------------------------------------------------------ TXT007: parts said of a project are not parts
def test_a_projects_amounts_are_not_the_parts_of_the_departments_total():
    """A 自评综述 paragraph's 公务接待费 is that project's, not the department's part of its “三公”经费: the
    department's total (10.00) is not judged against the project's three amounts (1 + 2 + 3 = 6)."""
    project = "1.公务用车项目绩效自评综述：因公出国（境）费1.00万元，公务用车购置及运行维护费2.00万元，公务接待费3.00万元。"
    assert run(["本部门2019年度“三公”经费支出10.00万元。", project]) == []
    # the same three amounts said of the department are its parts: 6.00, not 10.00
    (f,) = run(["本部门2019年度“三公”经费支出10.00万元。", project.split("：", 1)[1]])
    assert brief([f]) == [("TXT007", "6.00", "10.00")]
    assert "因公出国(境)费 1.00万元 + 公务用车购置及运行维护费 2.00万元 + 公务接待费 3.00万元 = 6.00" in f.message


# ------------------------------------------------------------------ TXT015: the expected share of several wholes
def test_a_tail_adjusted_share_expects_the_rounded_share_of_the_whole_that_adds_up():
    """The sentence's own total (6000.00) is wrong (TXT002 against 第1段's 6101.24); of 6101.24 the three shares are
    printed to add up to 100 with 38.09 made 38.10 (尾差调整): TXT015 expects 38.09 %, not 2324.26 ÷ 6000 = 38.74 %."""
    got = run(["本部门2019年度本年支出合计6101.24万元。",
               "本年支出合计6000.00万元，其中：基本支出776.71万元，占12.73%；甲项资金3000.27万元，占49.17%；"
               "乙项资金2324.26万元，占38.10%。"])
    assert brief(got) == [("TXT002", "6101.24", "6000.00"), ("TXT015", "38.09%", "38.10%")]
    assert got[1].message.startswith("文中“占38.10%”：2324.26 ÷ 6000.00（文中本年支出合计）= 38.74%；"
                                     "2324.26 ÷ 6101.24（第1段所说本年支出合计）= 38.09%。")


def test_a_tail_adjusted_share_expects_the_share_of_the_first_whole_when_that_one_adds_up():
    """The other way round: the sentence's own total (6101.24) is the one the shares were made up to 100 of, and an
    earlier paragraph's 6000.00 is the last whole listed: TXT015 still expects 38.09 %, the share of 6101.24."""
    got = run(["本部门2019年度本年支出合计6000.00万元。",
               "本年支出合计6101.24万元，其中：基本支出776.71万元，占12.73%；甲项资金3000.27万元，占49.17%；"
               "乙项资金2324.26万元，占38.10%。"])
    assert ("TXT015", "38.09%", "38.10%") in brief(got)
    assert "2324.26 ÷ 6101.24（文中本年支出合计）= 38.09%；2324.26 ÷ 6000.00（第1段所说本年支出合计）= 38.74%。" in \
        next(f.message for f in got if f.code == "TXT015")


# ------------------------------------------------------------------ TXT012: this year's amount said earlier
def test_completion_uses_the_amount_said_earlier_not_an_earlier_change():
    """“完成预算的W%” with no amount in its sentence and no tables: this year's amount is the one said earlier as an
    amount (100.00), not the change said before it (比上年增加10.00万元)."""
    before = ["本年支出合计比上年增加10.00万元，增长11.11%。", "本年支出合计100.00万元。"]
    assert run(before + ["本年支出合计预算为200.00万元，完成预算的50%。"]) == []
    (f,) = run(before + ["本年支出合计预算为200.00万元，完成预算的60%。"])
    assert brief([f]) == [("TXT012", "50%", "60%")]
    assert f.message == "文中“完成预算的60%”与决算数、预算数不符：100.00 ÷ 文中预算数 200.00万元 = 50.00%。"


# ------------------------------------------------------------------ TXT014
PAIR = "全年预算为{}万元，支出决算为{}万元。"


def test_a_comparison_after_a_level_said_against_the_tables_is_still_judged(sample_disclosure):
    """“与预算持平” judged against 公开07表 (3.68 against 7.50: wrong), then the next paragraph's “大于” (wrong too)."""
    wrong = PAIR.format("17.68", "11.31") + "决算数大于全年预算数的主要原因是节约开支。"
    got = run(["本部门2019年度“三公”经费支出与预算持平。", wrong], sample_disclosure("2019"))
    assert [(f.code, f.locations[0].paragraph, f.expected, f.actual) for f in got] == [
        ("TXT014", 1, "小于", "持平"), ("TXT014", 2, "小于", "大于")]


def test_level_with_the_tables_budget_exactly_one_percent_off_is_not_level(sample_disclosure, monkeypatch):
    """公开07表 printing 决算 6.93 against 预算 7.00: exactly 1 % apart, which is no longer “持平”; 6.94 is."""
    real = narrative.subject_value

    def printed(final, planned):  # 公开07表 “三公”经费 printed with these 决算 and 预算
        def get(disclosure, subject, budget=False):
            tv = real(disclosure, subject, budget)
            if tv is None:
                return tv
            value = Decimal(planned if budget else final)
            return dataclasses.replace(tv, figures=[tv.figures[0].model_copy(update={"value": value})])
        return get

    d = sample_disclosure("2019")
    said = ["本部门2019年度“三公”经费支出与预算持平。"]
    monkeypatch.setattr(narrative, "subject_value", printed("6.93", "7.00"))
    (f,) = run(said, d)
    assert (f.code, f.expected, f.actual) == ("TXT014", "小于", "持平")
    assert "「决算数」为 6.93 万元，小于公开07表「预算数」 7.00 万元（6.93 − 7.00 = -0.07）" in f.message
    monkeypatch.setattr(narrative, "subject_value", printed("6.94", "7.00"))
    assert run(said, d) == []


# ------------------------------------------------------------------ TXT020 (narrative_forms)
def test_a_score_over_a_hundred_after_the_amounts_of_a_summary_without_its_form():
    """No 绩效自评表 is attached, so the amounts of the 自评综述 have nothing to be compared with; the score said after
    them is still judged on its own: no more than 100."""
    summary = "1.就业扶持专项资金项目自评综述：项目全年预算数10万元，全年执行数9万元，自评得分为{}分。"
    (f,) = run([summary.format("105")])
    assert (f.code, f.severity.value, f.actual) == ("TXT020", "error", "105分")
    assert f.message == "文中“得分为105分”：自评得分不能超过 100 分。"
    assert run([summary.format("95")]) == []


# ------------------------------------------------------------------ TXT030 (narrative_hygiene)
def test_each_renamed_subject_applies_from_its_own_year_whatever_the_order_of_the_table(monkeypatch):
    """rules/narrative.toml lists the renamed 科目 by year; one added out of order (扶贫, from 2021, before the 2019
    ones) must not stop a 2019 text's old 医疗卫生与计划生育支出 from being reported."""
    from govaudit.narrative_data import narrative_data

    data = narrative_data()
    monkeypatch.setattr(data, "renamed", sorted(data.renamed, key=lambda r: -r.since))
    d = Disclosure(path="t")
    d.paragraphs = [TextParagraph(index=1, text="2019年度财政拨款支出100万元，其中：医疗卫生与计划生育（类）支出80.19万元。",
                                  location=Location(file="t", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, 2019)
    (f,) = [f for f in run_rules(d, Context(), select=["TXT030"])]
    assert (f.expected, f.actual) == ("卫生健康支出", "医疗卫生与计划生育支出")
    assert f.message == "第1段的“医疗卫生与计划生育支出”是 2019 年以前的科目名称（210），2019 年度应为“卫生健康支出”。"


def test_a_renamed_subject_in_the_year_the_tables_give(sample_disclosure):
    """The tables say 2019: the text's old 医疗卫生与计划生育支出 is reported for that year, the tables' year deciding
    (the text itself names no year here)."""
    d = sample_disclosure("2019")
    assert d.year == 2019
    (f,) = [f for f in run(["财政拨款支出主要用于以下方面：医疗卫生与计划生育（类）支出80.19万元。"], d, year=None)
            if f.code == "TXT030"]
    assert f.message == "第1段的“医疗卫生与计划生育支出”是 2019 年以前的科目名称（210），2019 年度应为“卫生健康支出”。"
