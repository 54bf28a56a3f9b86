"""recognize/claims.py lines measured by tools/mutate.py in session 13 (s13mut, issue 14). What `govaudit claims`
prints for a sentence is what the rules judge: a claim whose subject is not known is shown “（未识别：…）〔不核对〕”
with the words the text used, and no rule judges it."""

from __future__ import annotations

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims
from govaudit.report.claims import _line


def shown(*texts: str, year: int = 2019) -> list[str]:
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return [_line(c).split("\n")[0].split("] ", 1)[1] for c in read_claims(ps, year).claims]


def test_a_funds_untimed_balance_after_both_wholes_is_not_known_but_keeps_its_words():
    """claims._balance_when: 年初 and 年末 both stated before “一般公共预算财政拨款结转和结余X” — which of them the fund's
    amount is a part of is not known: not judged, and `govaudit claims` still shows the words read."""
    assert shown("年初结转和结余534.34万元，年末结转和结余497.69万元，其中：一般公共预算财政拨款结转和结余36.65万元。") == [
        "年初结转和结余：金额 534.34万元", "年末结转和结余：金额 497.69万元",
        "（未识别：一般公共预算财政拨款结转和结余）：金额 36.65万元  〔不核对〕"]
    # one of them stated: the fund's part of that one
    assert shown("年初结转和结余534.34万元，其中：一般公共预算财政拨款结转和结余36.65万元。")[1] == \
        "一般公共预算财政拨款年初结转和结余：金额 36.65万元"


def test_a_funds_own_line_under_its_heading_keeps_its_fund():
    """claims._under_heading: “本年收入/本年支出” read as a fund's own line (after the fund's 年初结转和结余 in the
    sentence) is that fund's, also under a heading that names the fund — only the department's bare wholes are made
    unknown by a narrower heading."""
    got = shown("（六）政府性基金预算财政拨款收入支出决算情况",
                "2019年度政府性基金预算财政拨款年初结转和结余0万元，本年收入3947.74万元，本年支出3947.74万元，"
                "年末结转和结余0万元。")
    assert got == ["政府性基金预算财政拨款年初结转和结余：金额 0万元", "政府性基金预算财政拨款收入：金额 3947.74万元",
                   "政府性基金预算财政拨款支出：金额 3947.74万元", "政府性基金预算财政拨款年末结转和结余：金额 0万元"]


def test_a_bare_balance_under_a_funds_heading_is_not_the_departments():
    """claims._carried: “年初结转和结余” under a heading naming one fund is not the department's (公开01表): not known,
    and shown with the words read (the bare 本年支出 there is that fund's since s16: claims._one_fund)."""
    assert shown("（二）一般公共预算财政拨款支出决算情况", "年初结转和结余36.65万元，本年支出2116.25万元。") == [
        "（未识别：年初结转和结余）：金额 36.65万元  〔不核对〕", "一般公共预算财政拨款支出：金额 2116.25万元"]


def test_the_funds_listed_as_parts_of_all_fiscal_balances_narrow_nothing_after_them():
    """claims._carried: “年初财政拨款结转和结余X，其中：一般公共预算财政拨款年初结转和结余Y；年末财政拨款结转和结余Z” — the
    fund named as a part of all 财政拨款's balance does not make the 年末 one after it the fund's: Z is all 财政拨款's."""
    assert shown("2019年度年初财政拨款结转和结余534.34万元，其中：一般公共预算财政拨款年初结转和结余36.65万元；"
                 "年末财政拨款结转和结余497.69万元。") == [
        "年初财政拨款结转和结余：金额 534.34万元", "一般公共预算财政拨款年初结转和结余：金额 36.65万元",
        "年末财政拨款结转和结余：金额 497.69万元"]


def test_a_bare_balance_after_an_amount_not_known_is_the_departments():
    """claims._carried: an amount whose subject is not known (“差旅费”) said before “年末结转和结余” names no narrower
    spending: the balance is still the department's."""
    assert shown("2019年度差旅费12.00万元，年末结转和结余497.69万元。") == [
        "（未识别：2019年度差旅费）：金额 12.00万元  〔不核对〕", "年末结转和结余：金额 497.69万元"]
