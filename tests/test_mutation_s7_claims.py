"""Issue 14, session 7: claims read from prose (recognize/claims.py) that the earlier tests left unpinned. Each
sentence has the shape a 预算/决算 说明 prints; the assertions name the claim's kind, subject and figures."""

from __future__ import annotations

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims


def claims(*texts: str, year: int = 2026):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year).claims


def test_income_and_spending_named_together_are_one_subject():
    """“收、支预算总计” is the one total of both sides, not a 收 clause and a 支 clause."""
    got = claims("2026年部门收、支预算总计1000.00万元，比上年增加100.00万元。")
    assert [(c.kind, c.subject, c.known, c.amount.text, c.change.text if c.change else None) for c in got] == [
        ("amount", "收支总计", True, "1000.00万元", None), ("change", "收支总计", True, "1000.00万元", "100.00万元")]
    assert got[0].clause == "2026年部门收支预算总计1000.00万元"


def brief(got):
    return [(c.sentence_no, c.kind, c.subject, c.basis, c.amount.text if c.amount else None,
             c.change.text if c.change else None, c.base.text if c.base else None) for c in got]


def test_a_change_said_of_the_sentences_one_amount():
    """“（项）支出A万元。与上年相比增加B万元”: the change is of A (the sentence before's one amount); a 预算's “预算数为A万元，
    与上年相比增加B万元”: of its one budget amount; an amount of last year beside it is not this year's."""
    # (a 项 named without its 类 is read as that 项 ("··行政运行", since 4d4dc9c), judged only in a 预算: checks/budget_text)
    assert brief(claims("（1）行政运行（项）支出1685.72万元。与上年相比增加1557.29万元，增长1312.56%。", year=2019)) == [
        (1, "amount", "··行政运行", None, "1685.72万元", None, None),
        (2, "change", "", "prior", "1685.72万元", "1557.29万元", None)]
    assert brief(claims("2026年预算数为100.00万元，与上年相比增加10.00万元，增长11.11%。")) == [
        (1, "amount", "", "budget", "100.00万元", None, None), (1, "change", "", "prior", "100.00万元", "10.00万元", None)]
    assert brief(claims("（1）行政运行（项）支出1685.72万元，上年为1500.00万元。与上年相比增加185.72万元。", year=2019)) == [
        (1, "amount", "··行政运行", None, "1685.72万元", None, None), (1, "amount", "", "prior", "1500.00万元", None, None),
        (2, "change", "", "prior", "1685.72万元", "185.72万元", None)]
    # a named subject's change is of its own amount, whatever else the sentence says (read as the 2019 text it is: in a
    # 2026 text every amount of a sentence opened by “2019年度” is that year's, none this year's)
    assert brief(claims("本部门2019年度本年收入合计120.00万元，本年支出合计100.00万元，比上年增加10.00万元。", year=2019))[2] == \
        (1, "change", "本年支出合计", "prior", "100.00万元", "10.00万元", None)


def test_a_change_on_last_years_amount_said_in_brackets():
    """“与2016年度相比（2016年度预算安排为A万元），增加B万元”: A is the base of the change, not this year's amount;
    the same of a named subject; without a comparison the bracket's amount is no base."""
    assert brief(claims("与2016年度相比（2016年度预算安排为8,648.07万元），增加498.72万元。", year=2017)) == [
        (1, "amount", "", "prior", "8648.07万元", None, None), (1, "change", "", "prior", None, "498.72万元", "8648.07万元")]
    assert brief(claims("2017年度部门支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元。",
                        year=2017))[1] == (1, "change", "收支预算总计", "prior", None, "498.72万元", "8648.07万元")
    assert brief(claims("（2016年度预算安排为8,648.07万元），增加498.72万元。", year=2017))[1] == \
        (1, "change", "", None, None, "498.72万元", None)


def test_a_share_of_the_total_spending_is_of_the_lists_lead():
    """“占总支出的Z%” in a list led by 本年支出合计 is a share of it; without a lead, of the lead itself, or of total
    spending in a list led by an income total, the whole is not said (not judged)."""
    def wholes(text):
        return [(c.subject, c.whole, c.whole_amount.text if c.whole_amount else None)
                for c in claims(text, year=2019) if c.kind == "share"]

    assert wholes("本部门2019年度本年支出合计100.00万元，其中：基本支出60.00万元，占总支出的60%；项目支出40.00万元，"
                  "占总支出的40%。") == [("基本支出", "本年支出合计", "100.00万元"), ("项目支出", "本年支出合计", "100.00万元")]
    # (s18: a part of 本年支出合计 without a lead is of 支出总额, 本年支出合计 or 支出总计: judged if it meets neither)
    assert wholes("基本支出60.00万元，占总支出的60%。") == [("基本支出", "支出总额", None)]
    assert wholes("本部门2019年度本年支出合计100.00万元，占总支出的100%。") == [("本年支出合计", None, None)]
    assert wholes("本部门2019年度本年收入合计100.00万元，其中：财政拨款收入60.00万元，占总支出的60%。") == [
        ("财政拨款收入", None, None)]
