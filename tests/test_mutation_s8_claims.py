"""Issue 14, session 8: the claims.py survivors session 7 left unanalysed (recognize/claims.py lines 357, 397, 424,
428, 443). Each sentence has the shape a 预算/决算 说明 prints; the assertions name the claim's kind, subject and figures."""

from __future__ import annotations

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims

ITEM_SECTION = "（三）一般公共预算财政拨款支出决算具体情况"


def claims(*texts: str, year: int = 2019):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year).claims


def brief(got):
    return [(c.kind, c.subject, c.basis, c.amount.text if c.amount else None, c.change.text if c.change else None,
             c.base.text if c.base else None, c.rate.text if c.rate else None) for c in got]


def test_a_named_subjects_change_is_of_its_own_amount_among_several():
    """上海 预算: “收入预算A万元，其中：财政拨款收入A万元，比上年预算减少B万元；事业收入0万元”: the change is of 财政拨款收入's
    own amount, although the sentence states two amounts of this year (no sole amount to fall back on)."""
    got = claims("2025年，上海市财政局收入预算17,192万元，其中：财政拨款收入17,192万元，比2024年预算减少990万元；"
                 "事业收入0万元。", year=2025)
    changes = [b for b in brief(got) if b[0] == "change"]
    assert changes == [("change", "财政拨款收入", "prior", "17192万元", "990万元", None, None)]


def test_a_rate_of_another_subject_takes_no_base_from_the_sentence():
    """“本年收入合计A万元，上年为B万元，其中财政拨款收入增长C%”: A and B are the 收入合计's; 财政拨款收入's rate is of
    amounts the sentence does not state (no base, no amount: judged against the tables, not against A and B)."""
    got = claims("本年收入合计6063.99万元，上年为5890.12万元，其中财政拨款收入增长3.50%。")
    assert brief(got)[-1] == ("change", "财政拨款收入", "prior", None, None, None, "3.50%")


def test_a_rate_keeps_its_subjects_amount_when_the_sentence_states_two():
    """“本年收入合计A，本年支出合计B，上年为C，增长D%”: the rate is of B (本年支出合计, the subject) against C; the
    sentence's two amounts of this year do not make B unknown."""
    got = claims("本年收入合计120.00万元，本年支出合计100.00万元，上年为90.00万元，增长11.11%。")
    assert brief(got)[-1] == ("change", "本年支出合计", "prior", "100.00万元", None, "90.00万元", "11.11%")


def test_a_completion_and_a_share_in_one_clause_are_both_read():
    """“占年初预算的95%和占本年支出合计的50%” in one clause: the first 占 is a completion, the second still a share."""
    got = claims("本年支出合计200.00万元，其中：项目支出100.00万元，占年初预算的95.00%和占本年支出合计的50.00%。")
    assert [(c.kind, c.subject, c.rate.text, c.whole) for c in got if c.rate] == [
        ("completion", "项目支出", "95.00%", None), ("share", "项目支出", "50.00%", "本年支出合计")]


def items(*texts: str):
    return [(c.paragraph, c.subject, c.item, c.scope, c.amount.text) for c in claims(ITEM_SECTION, *texts)
            if c.kind == "amount"]


def test_the_head_sentence_of_a_xiang_paragraph_names_the_xiang_in_the_clause_of_its_amount():
    """The first sentence of a 项 paragraph: “…行政运行（项），行政运行支出决算为X” (the 项's name in the amount's
    clause, not the 类's) is the 项's 决算; “…（项）：其中办公设备购置决算为Y” (another thing's 决算, the 项 unnamed)
    is not."""
    item = ("一般公共服务", "人大事务", "行政运行")
    assert items("1、一般公共服务（类）人大事务（款）行政运行（项），行政运行支出决算为100.00万元。") == [
        (2, "·".join(item), item, "一般公共预算财政拨款支出", "100.00万元")]
    assert items("1、一般公共服务（类）人大事务（款）行政运行（项）：其中办公设备购置决算为50.00万元。") == [
        (2, "", None, None, "50.00万元")]
