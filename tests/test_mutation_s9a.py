"""Issue 14, session 9 (s9mutA): mutants of the lines session 8 changed in recognize/claims.py (基本/项目支出 scoped by
the last whole stated, "X中，", "…预算中，", 比上年预算, 分别为 lists), checks/narrative.py and the 预算 two-sided
tables' wrapped names (recognize/budget_tables.py) that no test noticed. Each test states one behaviour of the
code as it is; claims are read in memory (fast)."""

from __future__ import annotations

import pytest

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims


def claims(*texts: str, year: int = 2019):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year).claims


def amounts(*texts: str, year: int = 2019):
    """(subject, as written, known, amount) of every amount claim."""
    return [(c.subject, c.subject_text, c.known, c.amount.text) for c in claims(*texts, year=year) if c.kind == "amount"]


# ---------------------------------------------------------------- 基本支出/项目支出: whose part after a whole


def test_after_a_share_of_the_departments_whole_a_basic_spending_is_no_funds_part():
    """“占支出合计的Z%” names the department's whole (any of its names but the bare 本年支出): the 基本支出 after it is
    not certainly the fund's, so it is not judged as the fund's 基本支出."""
    for whole in ("支出合计", "本年支出合计", "支出总计", "收支总计"):
        got = amounts(f"一般公共预算财政拨款支出2116.25万元，占{whole}的34.69%，基本支出1500.00万元。")
        assert got[-1] == ("", "基本支出", False, "1500.00万元"), whole
    # with no whole of the department named, the fund's own
    assert amounts("一般公共预算财政拨款支出2116.25万元，基本支出1500.00万元。")[-1] == (
        "一般公共预算财政拨款基本支出", "基本支出", True, "1500.00万元")


def test_a_share_of_the_departments_whole_stated_with_its_figure_also_ends_the_funds_scope():
    """“占本年支出合计6101.24万元的34.69%”: the whole is named in a clause with a figure (the clause's figures count as
    stated before the name)."""
    got = amounts("一般公共预算财政拨款支出2116.25万元，占本年支出合计6101.24万元的34.69%，基本支出1500.00万元。")
    assert got[-1] == ("", "基本支出", False, "1500.00万元")


def test_parts_listed_after_one_of_two_funds_are_not_judged_as_either_funds():
    """Two funds' wholes, then “其中：基本支出…”: not certainly either fund's (not judged; see the xfail below)."""
    for first, second in (("一般公共预算财政拨款支出2000.00万元", "政府性基金预算财政拨款支出100.00万元"),
                          ("政府性基金预算财政拨款支出100.00万元", "一般公共预算财政拨款支出2000.00万元")):
        assert amounts(f"{first}，{second}，基本支出50.00万元。")[-1] == ("", "基本支出", False, "50.00万元")


def test_parts_listed_after_the_second_funds_whole_are_that_funds():
    """_scoped_part's rule: the whole right before “其中” is the list's whole — here the 一般公共预算 fund's."""
    got = amounts("政府性基金预算财政拨款支出100.00万元，一般公共预算财政拨款支出2000.00万元，其中：基本支出50.00万元。")
    assert got[-1] == ("一般公共预算财政拨款基本支出", "基本支出", True, "50.00万元")


def test_a_funds_spending_followed_by_zhong_scopes_the_parts_and_shares_after_it():
    """“一般公共预算财政拨款支出中，基本支出X万元，占Z%”: the 基本支出 is that fund's, its share is of that fund."""
    got = claims("一般公共预算财政拨款支出中，基本支出1500.00万元，占70.00%。")
    assert [(c.kind, c.subject, c.known, c.whole) for c in got] == [
        ("amount", "一般公共预算财政拨款基本支出", True, None),
        ("share", "一般公共预算财政拨款基本支出", True, "一般公共预算财政拨款支出")]


def test_under_a_funds_heading_the_shares_after_an_unknown_parts_zhong_are_of_nothing_known():
    got = claims("（四）一般公共预算财政拨款支出决算情况说明", "项目支出中，办公费100.00万元，占50.00%。")
    share = next(c for c in got if c.kind == "share")
    assert (share.subject_text, share.known, share.whole) == ("办公费", False, "?项目支出")


def test_amounts_after_a_budgets_zhong_are_budgets_and_after_a_final_accounts_zhong_are_not():
    got = claims("“三公”经费预算中，公务接待费3.00万元，占40.00%。")
    assert [(c.kind, c.subject, c.basis, c.whole) for c in got] == [
        ("amount", "公务接待费", "budget", None), ("share", "公务接待费", "budget", "三公经费")]
    got = claims("2019年度“三公”经费支出决算中，公务接待费3.00万元，占40.00%。")
    assert [(c.kind, c.subject, c.basis, c.whole) for c in got] == [
        ("amount", "公务接待费", None, None), ("share", "公务接待费", None, "三公经费")]


def test_a_comparison_with_the_years_own_budget_keeps_its_year():
    [_amount, change] = claims("本年支出合计6101.24万元，比2019年预算减少10.00万元。")
    assert (change.kind, change.basis, change.basis_year, change.direction, change.change.text) == (
        "change", "budget", 2019, -1, "10.00万元")
    [_amount, change] = claims("本部门2026年收支预算总计100.00万元，比2026年预算增加10.00万元。", year=2026)
    assert (change.basis, change.basis_year, change.direction) == ("budget", 2026, 1)


def test_a_rate_said_before_its_change_joins_it_with_its_direction():
    """“增长2.95%，增加173.87万元”: one change claim carrying both."""
    for rate_word, word, direction in (("增长", "增加", 1), ("下降", "减少", -1)):
        got = claims(f"本年支出合计6101.24万元，比上年{rate_word}2.95%，{word}173.87万元。")
        assert [(c.kind, c.basis, c.direction, c.change and c.change.text, c.rate and c.rate.text) for c in got] == [
            ("amount", None, None, None, None), ("change", "prior", direction, "173.87万元", "2.95%")], word


def test_a_change_after_last_years_amount_of_the_same_subject_is_against_last_year():
    """“…，2018年度本年收入合计5890.12万元，增加173.87万元”: the change is over the year said (basis prior) — only when
    exactly one earlier year's amount of that subject is stated."""
    def change(text):
        return next(c for c in claims(text) if c.kind == "change")
    assert change("2019年度本年收入合计6063.99万元，2018年度本年收入合计5890.12万元，增加173.87万元。").basis == "prior"
    assert change("本年收入合计6063.99万元，增加173.87万元。").basis is None
    assert change("2019年度本年收入合计6063.99万元，2018年度本年收入合计5890.12万元，2017年度本年收入合计5000.00万元，"
                  "增加173.87万元。").basis is None


def test_a_budget_word_before_the_subjects_figure_is_kept():
    got = claims("“三公”经费年初预算7.50万元，决算6.00万元。")
    assert [(c.basis, c.budget_word, c.amount.text) for c in got] == [("budget", "年初", "7.50万元"), (None, None, "6.00万元")]
    got = claims("“三公”经费全年预算7.50万元，支出决算6.00万元。")
    assert [(c.basis, c.budget_word) for c in got] == [("budget", "全年"), (None, None)]
    # a bare 预算 (the sentence also says 决算) names no particular budget; 调整预算 is the 调整后 one
    for text, word in (("“三公”经费预算7.50万元，决算6.00万元。", None), ("“三公”经费调整预算7.50万元，决算6.00万元。", "调整后")):
        assert [(c.basis, c.budget_word) for c in claims(text)] == [("budget", word), (None, None)], text



def test_parts_in_the_sentence_after_a_whole_are_its_parts():
    """“X。其中：基本支出…”: the lead of the sentence before is the whole — the department's or the fund's."""
    assert [a[:3] for a in amounts("本年支出合计6101.24万元。其中：基本支出776.71万元，项目支出5324.53万元。")] == [
        ("本年支出合计", "本年支出合计", True), ("基本支出", "基本支出", True), ("项目支出", "项目支出", True)]
    assert [a[:3] for a in amounts("一般公共预算财政拨款支出2116.25万元。其中：基本支出776.71万元，项目支出1339.54万元。")] == [
        ("一般公共预算财政拨款支出", "一般公共预算财政拨款支出", True),
        ("一般公共预算财政拨款基本支出", "基本支出", True), ("一般公共预算财政拨款项目支出", "项目支出", True)]


def test_parts_after_the_lead_of_the_sentence_before_and_a_funds_whole_are_not_certain():
    """“本年支出合计X。其中：一般公共预算财政拨款支出Y，基本支出Z”: the department's whole (the lead carried over) and a
    fund's are both wholes of this sentence — the 基本支出 is not judged as the fund's."""
    assert amounts("本年支出合计6101.24万元。其中：一般公共预算财政拨款支出2116.25万元，基本支出1500.00万元。")[-1] == (
        "", "基本支出", False, "1500.00万元")


def test_last_years_amount_of_a_fund_is_no_whole_of_this_years_parts():
    assert amounts("2018年度一般公共预算财政拨款支出2000.00万元，基本支出1500.00万元。")[-1] == (
        "基本支出", "基本支出", True, "1500.00万元")


def test_the_last_whole_decides_the_total_of_income_and_spending_is_a_whole():
    """After 收支总计 (the department's whole, last) the 基本支出 is the department's; after 本年支出合计 then a fund, the
    fund's amount right before 其中 is the list's whole: its 基本支出 is the fund's."""
    assert amounts("一般公共预算财政拨款支出2116.25万元，收支总计6101.24万元，基本支出1500.00万元。")[-1] == (
        "基本支出", "基本支出", True, "1500.00万元")
    assert amounts("本年支出合计6101.24万元，一般公共预算财政拨款支出2116.25万元，其中：基本支出1500.00万元。")[-1] == (
        "一般公共预算财政拨款基本支出", "基本支出", True, "1500.00万元")


def test_the_departments_whole_named_before_the_funds_amount_leaves_the_fund_the_whole():
    """“与本年支出合计相比，一般公共预算财政拨款支出X，基本支出Y”: the department's whole is named before the fund's
    amount, so the fund's amount is still the last whole and its 基本支出 is the fund's."""
    assert amounts("与本年支出合计相比，一般公共预算财政拨款支出2116.25万元，基本支出1500.00万元。")[-1] == (
        "一般公共预算财政拨款基本支出", "基本支出", True, "1500.00万元")


def test_after_the_departments_whole_and_zhong_the_parts_are_the_departments():
    got = claims("本年支出合计中，基本支出1500.00万元，占24.59%。")
    assert [(c.kind, c.subject, c.known, c.whole) for c in got] == [
        ("amount", "基本支出", True, None), ("share", "基本支出", True, "本年支出合计")]


def test_a_part_after_an_unknown_wholes_zhong_is_unknown():
    got = claims("（四）一般公共预算财政拨款支出决算情况说明", "项目支出中，基本支出100.00万元，占50.00%。")
    assert [(c.kind, c.subject, c.known, c.whole) for c in got] == [
        ("amount", "", False, None), ("share", "", False, "?项目支出")]



def test_a_category_after_a_funds_zhong_is_that_funds_and_a_budgets_share_is_not_judged_as_its_amounts():
    """“一般公共预算财政拨款支出中，教育支出…占5%”: the 类 is scoped to that fund (its table); “年初预算7.50万元，占40%”
    outside a “…预算中，”: the share has no amount of this year's to be judged against."""
    got = claims("一般公共预算财政拨款支出中，教育支出100.00万元，占5.00%。")
    assert [(c.kind, c.category, c.scope, c.whole) for c in got] == [
        ("amount", "205", "一般公共预算财政拨款支出", None), ("share", "205", "一般公共预算财政拨款支出", "一般公共预算财政拨款支出")]
    [_amount, share] = claims("“三公”经费年初预算7.50万元，占40.00%。")
    assert (share.kind, share.amount, share.basis, share.rate.text) == ("share", None, None, "40.00%")



# ---------------------------------------------------------------- 分别为 lists; other measures after a subject


def test_list_names_are_subject_names_joined_by_list_words():
    from govaudit.recognize.claims import _list_names, lexicon

    lex = lexicon()
    assert _list_names("人员经费和公用经费", lex) == ["人员经费", "公用经费"]
    assert _list_names("教育支出和科学技术支出", lex) == ["教育支出", "科学技术支出"]
    assert _list_names("基本支出预算和项目支出决算", lex) == ["基本支出预算", "项目支出决算"]
    # a word that names nothing, a list opening with a join word, bare 收入/支出, two names without a join word
    for text in ("某项和公用经费", "甲和公用经费", "和公用经费", "收入和支出", "支出和人员经费", "人员经费X公用经费"):
        assert _list_names(text, lex) is None, text


def test_respectively_gives_each_name_its_figure_and_the_year_said_before_the_list():
    from govaudit.recognize.claims import lexicon, respectively
    from govaudit.text import norm

    def one(text):
        return respectively(norm(text), lexicon())

    assert one("人员经费和公用经费分别为100.00万元和20.00万元。") == "人员经费为100.00万元、公用经费为20.00万元。"
    assert one("2018年度人员经费和公用经费分别为100.00万元和20.00万元，比上年增加。") == (
        "2018年度人员经费为100.00万元、2018年度公用经费为20.00万元,比上年增加。")
    assert one("其中人员经费和公用经费分别为100.00万元、20.00万元。") == "其中人员经费为100.00万元、公用经费为20.00万元。"
    assert one("2019年度“三公”经费支出中，因公出国（境）费、公务用车购置及运行费和公务接待费分别为1.00万元、2.00万元和"
               "3.00万元。") == ("2019年度三公经费支出中,因公出国(境)费为1.00万元、公务用车购置及运行费为2.00万元、"
                                "公务接待费为3.00万元。")
    # left as written: figures and names that do not pair, one name, names that are no subjects', no 分别
    for text in ("人员经费、公用经费分别为100.00万元。", "人员经费分别为100.00万元。", "甲和乙分别为1万元和2万元。",
                 "人员经费和公用经费为100.00万元和20.00万元。"):
        assert one(text) == norm(text), text


def test_a_sum_after_parts_and_a_total_of_the_other_side_are_not_the_subjects_amounts():
    """“…公用经费20.00万元，合计120.00万元”: the 合计 is no 公用经费; “财政拨款支出收入决算总计”: not the 支出's."""
    assert amounts("人员经费100.00万元，公用经费20.00万元，合计120.00万元。") == [
        ("人员经费", "人员经费", True, "100.00万元"), ("公用经费", "公用经费", True, "20.00万元"),
        ("", "合计", False, "120.00万元")]
    assert amounts("财政拨款支出收入决算总计100.00万元。") == [("", "收入决算总计", False, "100.00万元")]
    # a 收入 followed by neutral words holding 支出 (and the other way round) is another figure, not the subject's
    assert amounts("财政拨款收入支出共计100.00万元。") == [("", "支出共计", False, "100.00万元")]
    assert amounts("财政拨款支出收入共计100.00万元。") == [("", "收入共计", False, "100.00万元")]
    assert amounts("财政拨款收入支出决算总计100.00万元。") == [("财政拨款收支总计", "财政拨款收入支出决算总计", True, "100.00万元")]
    assert amounts("财政拨款收入100.00万元。") == [("财政拨款收入", "财政拨款收入", True, "100.00万元")]


# ---------------------------------------------------------------- 预算 B01: a row name wrapped below its figure

B01_HEAD = [["2025年部门财务收支预算总表"], ["编制部门：某局", None, None, "单位：元"],
            ["收入", None, "支出", None], ["项目", "预算数", "项目", "预算数"]]


def b01_table(rows: list[list], head: list[list] = B01_HEAD):
    from test_budget_pdf_shapes import run

    d, _ = run(head + rows)
    return d.tables["B01"]


def b01_rows(rows: list[list], head: list[list] = B01_HEAD):
    """(row, side, key, label, amount) of every row of a B01 built in memory as the PDF reader hands it over."""
    return [(r.row, r.side, r.key, r.label, str(r.cells["amount"].value)) for r in b01_table(rows, head).rows]


def test_a_wrapped_expense_name_joins_its_continuation_in_a_table_lower_on_its_sheet():
    """A line of text and blank lines above the table (its rows are 9–12, its names in columns 1 and 3): the name's
    line is found by its row number (not its column's)."""
    table = b01_table([["本表反映本部门2025年收支预算情况。"], [None], [None], [None]] + B01_HEAD + [["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                       ["1、一般公共预算资金", "180", "二、社会保障和就", "80"],
                       [None, None, "业支出", None],
                       ["收入总计", "180", "支出总计", "180"]], head=[])
    row = next(r for r in table.rows if r.row == 10 and r.side == 1)
    assert (row.key, row.label, str(row.cells["amount"].value)) == ("208", "二、社会保障和就业支出", "80")
    # the figure's place is labelled with the whole name
    assert row.cells["amount"].source.row_label == "二、社会保障和就业支出"


def test_an_unknown_name_on_the_tables_last_line_is_a_row_of_its_own():
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                    ["收入总计", "180", "支出总计", "180"],
                    [None, None, "某某专项", "80"]])
    assert got[-1] == (7, 1, "label:某某专项", "某某专项", "80")


def test_a_line_with_its_own_figure_is_no_continuation():
    """'二、社会保障和就 40' / '业支出 40': two rows each with its figure — the first is not renamed 社会保障和就业支出."""
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                    ["1、一般公共预算资金", "180", "二、社会保障和就", "40"],
                    [None, None, "业支出", "40"],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 1, "label:二、社会保障和就", "二、社会保障和就", "40") in got
    assert not any(key == "208" for _r, _s, key, _l, _a in got)


def test_a_wrapped_name_after_an_unknown_name_with_its_own_next_line_is_still_joined():
    """The income name 某某补助's next line is a row of its own on that side; the wrapped expense name two lines later is
    still joined (one row that cannot be joined does not end the search)."""
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                    ["某某补助", "20", "某某事务", "1"],
                    ["1、一般公共预算资金", "160", "二、社会保障和就", "79"],
                    [None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (7, 1, "208", "二、社会保障和就业支出", "79") in got
    assert (6, 0, "label:某某补助", "某某补助", "20") in got


def test_an_unknown_name_above_an_empty_cell_keeps_its_name():
    got = b01_rows([["一、财政拨款收入", "160", "一、一般公共服务支出", "100"],
                    ["某某补助", "20", "二、社会保障和就业支出", "80"],
                    [None, None, "三、住房保障支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 0, "label:某某补助", "某某补助", "20") in got


def test_a_wrapped_name_that_names_nothing_the_form_knows_keeps_its_first_line():
    """'二、某某专 80' / '项': “某某专项” is no row the form knows — the row keeps its own name and key (it is not
    renamed to a name with no key); a wrapped name below it is still joined."""
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "20"],
                    ["1、一般公共预算资金", "180", "二、某某专", "80"],
                    [None, None, "项", None],
                    [None, None, "三、社会保障和就", "80"],
                    [None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 1, "label:二、某某专", "二、某某专", "80") in got
    assert (8, 1, "208", "三、社会保障和就业支出", "80") in got


def test_a_known_name_on_the_next_line_is_no_continuation_even_without_a_figure():
    """'二、某某 20' / '财政专户管理资金' (no figure): the second line is a name of its own, so the first is not read
    as “某某财政专户管理资金”; a wrapped expense name below the same lines is still joined."""
    got = b01_rows([["一、财政拨款收入", "160", "一、一般公共服务支出", "100"],
                    ["二、某某", "20", None, None],
                    ["财政专户管理资金", None, None, None],
                    [None, None, "二、社会保障和就", "80"],
                    [None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 0, "label:二、某某", "二、某某", "20") in got
    assert (8, 1, "208", "二、社会保障和就业支出", "80") in got


def test_a_numbered_line_without_a_figure_is_no_continuation_and_later_names_are_still_joined():
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "20"],
                    [None, None, "二、某某专项", "80"],
                    [None, None, "三、住房保障支出", None],
                    [None, None, "四、社会保障和就", "80"],
                    [None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 1, "label:二、某某专项", "二、某某专项", "80") in got
    assert (8, 1, "208", "四、社会保障和就业支出", "80") in got


def test_a_fragment_whose_joined_name_is_printed_elsewhere_is_left_and_later_names_are_still_joined():
    """'二、社会保障和就 40' / '业支出' while the table also prints 社会保障和就业支出 with its own figure: the fragment is
    not that row; a wrapped 住房保障支出 below is still joined."""
    got = b01_rows([["一、财政拨款收入", "180", "一、社会保障和就业支出", "60"],
                    [None, None, "二、社会保障和就", "40"],
                    [None, None, "业支出", None],
                    [None, None, "三、住房保", "80"],
                    [None, None, "障支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 1, "label:二、社会保障和就", "二、社会保障和就", "40") in got
    assert (8, 1, "221", "三、住房保障支出", "80") in got


JIANGSU_B01_HEAD = [["收支预算总表"], ["部门：江苏省某厅", None, None, None, None, "单位：万元"],
                    ["收入", None, "支出", None, None, None],
                    ["项目", "预算数", "项目", "预算数", "项目", "预算数"]]


def test_in_the_third_block_a_wrapped_name_is_never_joined_into_a_functional_category():
    """江苏 01's third block lists 用途 (基本支出, 项目支出, 预留机动经费): a fragment there that would join into a 功能
    类 name (社会保障和就业支出) is not that 类's row."""
    got = b01_rows([["一、一般公共预算拨款收入", "180", "一、一般公共服务支出", "100", "一、基本支出", "100"],
                    [None, None, "二、教育支出", "80", "二、项目支出", "60"],
                    [None, None, None, None, "三、社会保障和就", "20"],
                    [None, None, None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180", "支出总计", "180"]], JIANGSU_B01_HEAD)
    assert (7, 2, "label:三、社会保障和就", "三、社会保障和就", "20") in got


# ---------------------------------------------------------------- checks/narrative.py: budgets' shares in a 决算


def test_a_budgets_share_in_a_final_account_is_not_judged_and_a_later_wrong_share_still_is(tmp_path):
    """In the 2019 决算 sample (“三公” 3.68 = 车 2.42 + 接待 1.26): “…预算中，公务接待费预算3.00万元，占40%” is a share of
    the budgets, not of the table's 决算 (3.00 / 3.68 would be 81.5 %): no TXT011; a wrong share of the 决算 after it in
    the same paragraph (2.42 / 3.68 = 65.76 %, not 50 %) is still found."""
    from test_mutation_s8d import _text_findings

    budget = "2019年度“三公”经费预算中，公务用车购置及运行维护费预算4.50万元，占60%；公务接待费预算3.00万元，占40%。"
    assert _text_findings(tmp_path, [budget]) == []
    found = _text_findings(tmp_path, [budget + "公务用车购置及运行维护费支出决算2.42万元，占“三公”经费支出的50.00%。"])
    assert [c for c, _m in found] == ["TXT011"]


def test_a_change_after_a_part_whose_whole_is_not_certain_is_no_funds_change():
    """The change said right after an uncertain 基本支出 is that uncertain part's (not judged), never the fund's named
    before it — whether the department's whole, a second fund or a fund without such a part came between."""
    for text in ("一般公共预算财政拨款支出2116.25万元，占本年支出合计的34.69%，基本支出1500.00万元，比上年增加100.00万元。",
                 "一般公共预算财政拨款支出2000.00万元，政府性基金预算财政拨款支出100.00万元，基本支出50.00万元，"
                 "比上年增加10.00万元。",
                 "财政拨款支出2000.00万元，基本支出1500.00万元，比上年增加100.00万元。"):
        change = next(c for c in claims(text) if c.kind == "change")
        assert (change.subject, change.known, change.basis) == ("", False, "prior"), text


def test_a_change_of_a_subject_said_only_as_a_budget_is_of_budgets():
    """“年初预算7.50万元，比上年减少1.00万元”: a change of budgets (上年预算); of a 决算 amount: not."""
    from govaudit.model.claim import OF_BUDGETS

    change = next(c for c in claims("“三公”经费年初预算7.50万元，比上年减少1.00万元。") if c.kind == "change")
    assert (change.subject, change.budget_word) == ("三公经费", OF_BUDGETS)
    # (another subject's 决算 amount in the sentence does not count against it)
    change = next(c for c in claims("本年支出合计6101.24万元，“三公”经费年初预算7.50万元，比上年减少1.00万元。")
                  if c.kind == "change")
    assert (change.subject, change.budget_word) == ("三公经费", OF_BUDGETS)
    change = next(c for c in claims("“三公”经费支出6.00万元，比上年减少1.00万元。") if c.kind == "change")
    assert (change.subject, change.budget_word) == ("三公经费", None)
