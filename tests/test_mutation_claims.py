"""Claims read from prose, one behaviour per test (issue 14: they kill the mutants of recognize/claims.py).

Each sentence is the shape 情况说明 use; the assertions name the claim's kind, subject, figure text and basis."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govaudit.model import Location, TextParagraph
from govaudit.model.claim import ANY_SPENDING
from govaudit.recognize.claims import joined, narrative_year, read_claims


def paras(*texts: str) -> list[TextParagraph]:
    return [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]


def brief(claims):
    out = []
    for c in claims:
        fig = c.change or c.amount if c.kind == "change" and c.change else (c.rate or c.amount or c.score)
        out.append((c.kind, c.subject, fig.text if fig else c.grade, c.basis))
    return out


def test_a_doubled_comma_does_not_end_the_sentence():
    n = read_claims(paras("本年收入合计100万元，，本年支出合计90万元。"), 2019)
    assert brief(n.claims) == [("amount", "本年收入合计", "100万元", None), ("amount", "本年支出合计", "90万元", None)]


def test_the_subject_of_a_share_is_named_before_zhan():
    n = read_claims(paras("本年收入合计100万元，财政拨款收入80万元占本年收入合计的80%。"), 2019)
    share = n.claims[-1]
    assert brief(n.claims) == [("amount", "本年收入合计", "100万元", None), ("amount", "财政拨款收入", "80万元", None),
                               ("share", "财政拨款收入", "80%", None)]
    assert (share.whole, share.whole_amount.text, share.amount.value) == ("本年收入合计", "100万元", Decimal("80"))


def test_a_share_of_the_lead_itself_has_no_whole():
    n = read_claims(paras("财政拨款支出100万元，占100%。"), 2019)
    share = n.claims[-1]
    assert (share.kind, share.subject, share.whole, share.amount.text) == ("share", "财政拨款支出", None, "100万元")


def test_flat_and_a_continued_comparison_keep_the_subject_across_sentences():
    n = read_claims(paras("本部门2019年度机关运行经费支出10万元，与上年持平。“三公”经费支出5万元。与上年相比，减少1万元，"
                          "下降16.67%。"), 2019)
    assert brief(n.claims) == [("amount", "机关运行经费", "10万元", None), ("flat", "机关运行经费", None, "prior"),
                               ("amount", "三公经费", "5万元", None), ("change", "三公经费", "1万元", "prior")]
    flat, change = n.claims[1], n.claims[3]
    assert (flat.direction, flat.direction_word) == (0, "持平")
    assert (change.direction, change.rate.text, change.sentence_no, change.amount) == (-1, "16.67%", 3, None)


def test_year_of_the_text_is_the_table_year_else_the_most_frequent():
    ps = paras("2020年度收入合计5万元，2020年度支出合计4万元，2019年度支出合计3万元。")
    assert narrative_year(ps, 2018) == 2018
    assert narrative_year(ps, None) == 2020
    assert narrative_year(paras("无年份"), None) is None
    n = read_claims(ps)
    assert (n.year, [c.basis for c in n.claims]) == (2020, [None, None, "prior"])


def test_figures_keep_their_shown_decimals():
    n = read_claims(paras("收入合计3000万元，支出合计2.50万元，比上年增长3.130%。"), 2019)
    assert [(c.amount.value, c.amount.decimals) for c in n.claims if c.kind == "amount"] == [
        (Decimal("3000"), 0), (Decimal("2.50"), 2)]
    assert (n.claims[-1].rate.value, n.claims[-1].rate.decimals) == (Decimal("3.130"), 3)


def test_a_cut_sentence_is_joined_only_when_long_enough_and_not_before_a_heading():
    twenty = "一二三四五六七八九十一二三四五六七，九十"  # 20 characters with a comma, no sentence end
    assert [p.text for p in joined(paras(twenty, "续文。"))] == [twenty + "续文。"]
    assert [p.text for p in joined(paras(twenty[1:], "续文。"))] == [twenty[1:], "续文。"]
    assert [p.text for p in joined(paras(twenty, "（一）标题"))] == [twenty, "（一）标题"]
    assert [p.text for p in joined(paras(twenty + "。", "续文。"))] == [twenty + "。", "续文。"]
    assert [p.text for p in joined(paras(twenty.replace("，", ""), "续文。"))] == [twenty.replace("，", ""), "续文。"]
    assert [p.index for p in joined(paras(twenty, "续文。", "另起一段。"))] == [1, 3]


def test_a_qualified_bare_measure_is_passed_over_for_the_subject_after_it():
    """"事业单位支出中基本支出…": 支出 qualified by other words names nothing; 基本支出 further along is the subject."""
    n = read_claims(paras("事业单位支出中基本支出50万元。"), 2019)
    assert brief(n.claims) == [("amount", "基本支出", "50万元", None)] and n.claims[0].known



def test_bare_this_year_measures_and_their_qualified_forms():
    """本年收入/本年支出 alone are the department's 本年收入合计/本年支出合计; “所属事业单位本年收入” is not."""
    n = read_claims(paras("本部门2019年度本年收入100万元，本年支出90万元。"), 2019)
    assert brief(n.claims) == [("amount", "本年收入合计", "100万元", None), ("amount", "本年支出合计", "90万元", None)]
    assert all(c.known for c in n.claims)
    other = read_claims(paras("所属事业单位本年收入100万元。"), 2019).claims
    assert [(c.kind, c.subject, c.known, c.amount.text) for c in other] == [("amount", "", False, "100万元")]


def claim_rows(text, year=2019):
    return [(c.kind, c.subject, c.subject_text, c.category, c.scope, (c.amount or c.change or c.rate).text)
            for c in read_claims(paras(text), year).claims]


def test_classes_of_a_list_take_the_lead_as_their_scope_and_old_names_their_code():
    assert claim_rows("2019年度财政拨款支出6101.24万元，主要用于以下方面：社会保障和就业（类）支出305.17万元，"
                      "医疗卫生与计划生育（类）支出80.19万元，扶贫支出10万元。") == [
        ("amount", "财政拨款支出", "财政拨款支出", None, None, "6101.24万元"),
        ("amount", "社会保障和就业支出", "社会保障和就业支出", "208", "财政拨款支出", "305.17万元"),
        ("amount", "医疗卫生与计划生育支出", "医疗卫生与计划生育支出", "210", "财政拨款支出", "80.19万元"),
        ("amount", "", "扶贫支出", None, None, "10万元")]  # 扶贫 is a 款 (21305), not a 类
    # a 类 in no list of whose spending: judged only where every spending table agrees (ANY_SPENDING)
    assert claim_rows("教育等方面的支出6.15万元。") == [("amount", "教育等方面的支出", "教育等方面的支出", "205", ANY_SPENDING,
                                                "6.15万元")]


def test_the_leftmost_name_is_the_subject_whether_a_class_or_an_alias():
    # a 类 before the bare 支出 of its own name; an alias (财政拨款支出) before a 类 that other words then qualify
    # (a 类 in no list stated as a share of a named whole is that whole's part: its row is in the whole's table,
    # s10budtext; without the share it would be ANY_SPENDING)
    assert claim_rows("科学技术支出326.86万元，占本年支出合计的5.36%。") == [
        ("amount", "科学技术支出", "科学技术支出", "206", "本年支出合计", "326.86万元"),
        ("share", "科学技术支出", "科学技术支出", "206", "本年支出合计", "326.86万元")]  # its amount
    assert claim_rows("财政拨款支出中社会保障和就业支出305.17万元。") == [
        ("amount", "", "中社会保障和就业支出", None, None, "305.17万元")]


def test_printed_decimals_thousands_and_units_are_kept():
    n = read_claims(paras("本年收入合计1,234.5万元，收支总计0.66亿元，本年支出合计100万元。"), 2019)
    assert [(c.amount.text, c.amount.decimals, c.amount.value, c.amount.unit) for c in n.claims] == [
        ("1234.5万元", 1, Decimal("1234.5"), "万元"), ("0.66亿元", 2, Decimal("0.66"), "亿元"),
        ("100万元", 0, Decimal("100"), "万元")]
    assert n.claims[1].amount.amount == Decimal("6600.00")


def test_a_sentence_cut_across_paragraphs_is_joined_to_the_last_one_only():
    ps = paras("一、收入支出决算总体情况。", "本部门2019年度机关运行经费支出10万元，比上年增加2万元，主要原因是“公务", "用车”运行费用增加。",
               "本年支出合计90万元。")
    assert [(p.index, p.text) for p in joined(ps)] == [
        (1, "一、收入支出决算总体情况。"), (2, "本部门2019年度机关运行经费支出10万元，比上年增加2万元，主要原因是“公务用车”运行费用增加。"),
        (4, "本年支出合计90万元。")]
    title = paras("本部门2019年度机关运行经费支出决算情况说明如下表所示", "本年支出合计90万元。")  # no comma: a caption
    assert len(joined(title)) == 2


def test_a_project_name_of_up_to_sixty_characters():
    def project(k):
        (c,) = read_claims(paras(f"（1）{'甲' * k}项目自评综述：项目绩效自评得分为87分。"), 2019).claims
        return c.project

    assert project(60) == "甲" * 60 and project(61) is None
    assert project(2) == "甲甲"


def test_a_subject_without_a_figure_opens_the_sentence_and_a_reason_is_not_a_claim():
    assert brief(read_claims(paras("本部门“三公”经费支出，比上年减少1万元。"), 2019).claims) == [
        ("change", "三公经费", "1万元", "prior")]
    assert brief(read_claims(paras("“三公”经费支出5万元，比上年减少1万元，主要是公务接待费减少0.5万元。"), 2019).claims) == [
        ("amount", "三公经费", "5万元", None), ("change", "三公经费", "1万元", "prior")]


def full(text, year=2019):
    return [(c.kind, c.subject, c.basis, c.direction, *(f.text if f else None for f in (c.amount, c.change, c.rate)),
             c.whole, c.whole_amount.text if c.whole_amount else None) for c in read_claims(paras(text), year).claims]


def test_what_follows_zhan_is_the_whole_not_the_subject_of_the_clauses_after():
    assert full("财政拨款收入80万元，占本年收入合计的80%，比上年增加5万元。") == [
        ("amount", "财政拨款收入", None, None, "80万元", None, None, None, None),
        ("share", "财政拨款收入", None, None, "80万元", None, "80%", "本年收入合计", None),
        ("change", "财政拨款收入", "prior", 1, "80万元", "5万元", None, None, None)]


def test_an_amount_after_a_change_in_one_clause_and_a_budget_amount():
    assert full("本年支出合计比上年增加5万元至100万元。") == [
        ("change", "本年支出合计", "prior", 1, None, "5万元", None, None, None),
        ("amount", "", "prior", None, "100万元", None, None, None, None)]
    assert full("本年支出合计年初预算数为1000万元，决算数为900万元。") == [
        ("amount", "本年支出合计", "budget", None, "1000万元", None, None, None, None),
        ("amount", "本年支出合计", None, None, "900万元", None, None, None, None)]


def test_a_rate_alone_and_a_rate_of_another_subject():
    assert full("本年支出合计100万元，增长5%。本年收入合计90万元，下降5%。") == [
        ("amount", "本年支出合计", None, None, "100万元", None, None, None, None),
        ("change", "本年支出合计", None, 1, "100万元", None, "5%", None, None),
        ("amount", "本年收入合计", None, None, "90万元", None, None, None, None),
        ("change", "本年收入合计", None, -1, "90万元", None, "5%", None, None)]
    assert full("“三公”经费减少1万元，公务接待费下降5%。") == [
        ("change", "三公经费", None, -1, None, "1万元", None, None, None),
        ("change", "公务接待费", None, -1, None, None, "5%", None, None)]


def test_the_whole_of_a_share_named_stated_or_led():
    assert full("本年收入合计100万元，财政拨款收入80万元，占收入合计的80%。")[-1][-2:] == ("本年收入合计", "100万元")
    assert full("本年收入合计100万元，财政拨款收入80万元，占收入总额的80%。")[-1][-2:] == ("收入总额", None)
    assert full("本年收入合计100万元，其中：财政拨款收入80万元，占80%。")[-1][-2:] == ("本年收入合计", "100万元")
    # last year's amount is not the whole's amount this year
    assert full("2018年度本年收入合计90万元，财政拨款收入80万元，占本年收入合计的80%。")[-1][-2:] == ("本年收入合计", None)


def test_a_bare_measure_right_after_the_year_takes_the_scope_before():
    assert [(c.subject, c.amount.text) for c in read_claims(
        paras("一般公共预算财政拨款收入100万元，2019年度支出90万元。"), 2019).claims] == [
        ("一般公共预算财政拨款收入", "100万元"), ("一般公共预算财政拨款支出", "90万元")]


def test_a_projects_amounts_are_known_only_in_its_summary():
    from govaudit.model import Disclosure
    from govaudit.recognize.claims import claims_of

    summary = paras("（1）社会保障项目经费项目自评综述：全年预算数为300万元。")
    assert [(c.subject, c.known) for c in read_claims(summary, 2019).claims] == [("项目预算数", True)]
    assert [(c.subject, c.known) for c in read_claims(paras("全年预算数为300万元。"), 2019).claims] == [("", False)]
    n = claims_of(Disclosure(path="t", paragraphs=summary, year=2019))
    assert (n.year, [c.subject for c in n.claims]) == (None, ["项目预算数"])  # no table, no year in the text


def test_claims_of_reads_as_the_check_does_with_the_documents_stage():
    # a 决算's parts listed after its 年初预算 ('年初预算7.50万元，其中：…') may be the budget's: recognize() leaves them
    # unnamed, and so must claims_of, or a test through it judges what the check does not
    from govaudit.model import Disclosure
    from govaudit.recognize.claims import claims_of

    p = paras("2019年度“三公”经费支出3.68万元，年初预算7.50万元，其中：因公出国（境）费0万元，"
              "公务用车购置及运行维护费6.00万元，公务接待费1.50万元。")
    got = [(c.subject, c.amount.text) for c in claims_of(Disclosure(path="t", paragraphs=p, year=2019,
                                                                    stage="决算")).claims]
    assert got == [(c.subject, c.amount.text) for c in read_claims(p, 2019, None, "决算").claims]
    assert got[2:] == [("", "0万元"), ("", "6.00万元"), ("", "1.50万元")]


def test_an_alias_and_a_class_of_the_same_words_read_as_the_alias():
    # 国有资本经营预算支出 is both the subject 国有资本经营预算财政拨款支出 and 类 223 + 支出: the named subject wins
    assert claim_rows("本部门2019年度国有资本经营预算支出0万元。") == [
        ("amount", "国有资本经营预算财政拨款支出", "国有资本经营预算支出", None, None, "0万元")]


def test_a_share_with_no_amount_before_it_or_a_whole_of_unknown_words():
    assert full("财政拨款收入占本年收入合计的80%。") == [
        ("share", "财政拨款收入", None, None, None, None, "80%", "本年收入合计", None)]
    assert full("财政拨款收入80万元，占总量的80%。")[-1] == (
        "share", "财政拨款收入", None, None, "80万元", None, "80%", "总量", None)


ITEM = "1、一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为1500.00万元，支出决算为1511.89万元。"


def item_scope(*before: str, level: int | None = None):
    """(scope, known) of the 科目 paragraph's amount after the given paragraphs (the first may be a styled heading)."""
    ps = paras(*before, ITEM)
    if level is not None:
        ps[0] = ps[0].model_copy(update={"level": level})
    items = [c for c in read_claims(ps, 2024).claims if c.item]
    return (items[0].scope, items[0].known) if items else None


@pytest.mark.parametrize("heading, scope", [
    ("（三）一般公共预算财政拨款支出决算具体情况", "一般公共预算财政拨款支出"),
    ("（五）政府性基金预算财政拨款支出决算情况", "政府性基金预算财政拨款支出"),
    ("（四）财政拨款支出决算具体情况", "财政拨款支出"),
    ("财政拨款支出主要内容如下：", "财政拨款支出"),  # a short lead ending with a colon leads a list too
    # whose spending cannot be told, or not one a 科目 paragraph is checked against: no scope, the amount unknown
    ("（六）国有资本经营预算财政拨款支出决算情况", None),
    ("（七）一般公共预算财政拨款基本支出决算情况", None),
    ("（八）“三公”经费财政拨款支出决算情况", None),
    ("（二）一般公共预算财政拨款收入决算情况", None),
])
def test_a_kemu_paragraph_takes_its_scope_from_the_heading_above(heading, scope):
    assert item_scope(heading) == ((scope, True) if scope else None)


def test_a_styled_heading_without_a_number_sets_the_scope_and_plain_text_keeps_it():
    """A Word heading (a level, no number) sets whose spending follows; a plain paragraph between it and the 科目
    paragraphs, short or long, does not change it; nor does a long paragraph ending with a colon."""
    assert item_scope("政府性基金预算财政拨款支出决算情况", level=2) == ("政府性基金预算财政拨款支出", True)
    # the same words as a plain line are a heading by their shape (short, naming a topic, no figure: s10 review F2)
    assert item_scope("政府性基金预算财政拨款支出决算情况") == ("政府性基金预算财政拨款支出", True)
    # a sentence is a heading only when styled as one
    sentence = "以下是政府性基金预算财政拨款支出决算的具体内容。"
    assert item_scope(sentence, level=2) == ("政府性基金预算财政拨款支出", True)
    # (a plain sentence names no one's spending: whose it is is not said, judged only where every spending table
    # prints the 科目's row alike, s11)
    assert item_scope(sentence) == (ANY_SPENDING, True)
    assert item_scope("（五）政府性基金预算财政拨款支出决算情况", "具体情况如下。") == ("政府性基金预算财政拨款支出", True)
    long_lead = "本部门二〇二四年度一般公共预算财政拨款支出决算按照支出功能分类科目列示的主要内容具体如下："
    assert len(long_lead) == 45
    assert item_scope("（五）政府性基金预算财政拨款支出决算情况", long_lead) == ("政府性基金预算财政拨款支出", True)


def test_a_lead_of_exactly_forty_characters_ending_with_a_colon_sets_the_scope():
    lead = "本部门二〇二四年度一般公共预算财政拨款支出按支出功能分类科目列示的主要内容如下："
    assert len(lead) == 40
    assert item_scope("（四）财政拨款支出决算具体情况", lead) == ("一般公共预算财政拨款支出", True)


def _amounts(text: str) -> list[tuple]:
    return [(c.subject, c.subject_text, c.known, c.amount.text, c.basis, c.budget_word)
            for c in read_claims(paras(text), 2024).claims if c.kind == "amount"]


def test_an_amount_after_a_change_word_is_by_how_much_and_unknown():
    """"增加基本支出844.15万元": by how much 基本支出 changed, not what it is: no subject, not judged."""
    assert _amounts("本年支出合计1000万元，其中：增加基本支出844.15万元。") == [
        ("本年支出合计", "本年支出合计", True, "1000万元", None, None), ("", "基本支出", False, "844.15万元", None, None)]


def test_budget_amounts_of_a_project_and_the_budget_word_named_last():
    """In a project's summary the amounts after 全年预算数 are budget amounts; the budget word is the one named
    last before the amount (调整后, not 年初), none when no budget word stands in the clause."""
    assert _amounts("1、社区服务项目绩效自评综述：全年预算数100万元，其中财政资金80万元。") == [
        ("项目预算数", "全年预算数", True, "100万元", "budget", "全年"),
        ("", "其中财政资金", False, "80万元", "budget", None)]
    assert _amounts("年初预算数与调整后预算数均为100万元。")[0][4:] == ("budget", "调整后")


def test_only_the_kemus_own_amount_is_its_actual():
    """In a 科目 paragraph the amount after 决算为 is the 科目's actual; another amount of a later sentence (a part
    of it) is not."""
    text = "1、一般公共服务支出（类）财政事务（款）行政运行（项）。支出决算为1511.89万元。其中在职人员300万元。"
    claims = [c for c in read_claims(paras("（三）一般公共预算财政拨款支出决算具体情况", text), 2024).claims
              if c.kind == "amount"]
    assert [(c.amount.text, c.item is not None, c.known) for c in claims] == [
        ("1511.89万元", True, True), ("300万元", False, False)]
    assert (claims[0].subject, claims[0].subject_text) == ("一般公共服务支出·财政事务·行政运行", "行政运行（项）")


def test_flat_in_a_clause_with_a_year_and_flat_beside_a_change():
    """"与2023年度持平" holds digits (a year) and is still a comparison; a clause saying 持平 and giving the change
    ("基本持平增加0.5万元") is read for its change only (持平 there is the writer's word for a small change)."""
    def kinds(text):
        return [(c.kind, c.subject, c.basis, c.basis_year, c.direction) for c in read_claims(paras(text), 2024).claims]

    assert kinds("本部门2024年度机关运行经费支出10万元。机关运行经费支出与2023年度持平。") == [
        ("amount", "机关运行经费", None, None, None), ("flat", "机关运行经费", "prior", 2023, 0)]
    assert kinds("本年支出合计100万元，与上年基本持平增加0.5万元。") == [
        ("amount", "本年支出合计", None, None, None), ("change", "本年支出合计", "prior", None, 1)]


def test_a_grade_is_the_level_word_with_or_without_digits_in_its_clause():
    def graded(text):
        return [(c.kind, c.grade, c.score.text if c.score else None) for c in read_claims(paras(text), 2024).claims]

    assert graded("本项目2024年度自评等级为优秀。") == [("grade", "优秀", None)]  # a year: a clause with digits
    assert graded("本项目自评得分95分，评价等级为良好。") == [("score", None, "95分"), ("grade", "良好", None)]


@pytest.mark.parametrize("words, direction, budget_word", [("大于年初", 1, "年初"), ("小于全年", -1, "全年")])
def test_actual_against_budget_said_in_words(words, direction, budget_word):
    """"决算数大于年初预算数的主要原因": the actual is the larger (1) or smaller (-1), against the budget named."""
    text = f"本年支出决算100万元，年初预算90万元。决算数{words}预算数的主要原因是追加了项目。"
    (v,) = [c for c in read_claims(paras(text), 2024).claims if c.kind == "versus"]
    assert (v.basis, v.direction, v.direction_word, v.budget_word) == ("budget", direction, words[:2], budget_word)


def test_flat_against_a_named_budget_keeps_its_budget_word():
    n = read_claims(paras("本年支出决算100万元，与年初预算持平。"), 2024)
    assert [(c.kind, c.basis, c.direction, c.budget_word) for c in n.claims] == [
        ("amount", None, None, None), ("flat", "budget", 0, "年初")]


def test_a_line_opening_with_a_figure_ends_the_line_before_however_short():
    """"基本支出776.71万元，占" / "13.73%；": a PDF line cut right before the figure. Not after a heading, a
    line with a level, a line that ends a sentence, or a line that itself ends with a figure (form cells)."""
    short = "基本支出776.71万元，占"
    assert [p.text for p in joined(paras(short, "13.73%；"))] == [short + "13.73%；"]
    assert [p.text for p in joined(paras("增长", " 8.85 %。"))] == ["增长8.85 %。"]
    assert [p.text for p in joined(paras(short, "说明。"))] == [short, "说明。"]  # no figure first: too short
    for before in (">=95%", "合计100万元", "共5", "（一）支出情况", short + "；"):
        assert [p.text for p in joined(paras(before, "99%"))] == [before, "99%"], before
    leveled = [p.model_copy(update={"level": 2}) if p.index == 1 else p for p in paras(short, "13.73%；")]
    assert len(joined(leveled)) == 2


def test_a_list_lead_in_the_paragraph_before_is_the_whole_of_its_items():
    n = read_claims(paras("本部门本年收入预算合计200万元，其中：", "一般公共预算收入150万元，占75%；", "其他资金50万元，占25%。",
                          "事业收入10万元，占5%。"), 2019)
    shares = [(c.subject_text, c.rate.text, c.whole, c.whole_amount.text if c.whole_amount else None)
              for c in n.claims if c.kind == "share"]
    assert shares == [("一般公共预算收入", "75%", "本年收入合计", "200万元"), ("其他资金", "25%", "本年收入合计", "200万元"),
                      ("事业收入", "5%", None, None)]


def test_chinese_numeral_zero_digits():
    """零 and 〇 are the digit 0 after 点; 两 is 2 (“百分之两点五” is rare but written)."""
    from govaudit.recognize.claims import cn_percents

    assert cn_percents("增长百分之五点零五，下降百分之三点〇二，占百分之两点五") == "增长5.05%，下降3.02%，占2.5%"
    assert cn_percents("百分之二十零") == "20%"
    assert cn_percents("百分之一点一，百分之三十一") == "1.1%，31%"
