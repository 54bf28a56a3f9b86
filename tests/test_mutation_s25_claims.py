"""recognize/claims.py measured by tools/mutate.py in session 25 (mut, issue 14; main 69a7a3d's file, seed 25, 40
mutants): each survivor killed by sentences read in memory, found by reading every sentence the tests hold (8,382)
with the code and with the survivor and keeping one they read apart. Asserted: the subject, scope, 科目 path and
known flag of each amount (what the rules judge), and a change's basis."""

from __future__ import annotations

from test_mutation_s24_claims import TOTAL, claims

ITEMS = "（三）财政拨款支出决算具体情况"


def amounts(got):
    return [(c.subject, c.known, c.scope, c.amount.text) for c in got if c.kind == "amount"]


def test_a_signed_zengjian_with_nothing_compared_is_a_change_from_last_year():
    """“增减额为-50.00万元”, no 比上年/比预算 in the sentence: the change is from last year (basis prior), said as
    “比上年减少50.00万元” (signed_changes: `compared` is whether the text names what it compares with)."""
    got = claims(TOTAL, "2024年度本年收入合计1000.00万元，增减额为-50.00万元，增减率为-4.76%。")
    assert [(c.subject, c.basis, c.direction, c.clause) for c in got if c.kind == "change"] == [
        ("本年收入合计", "prior", -1, "比上年减少50.00万元")]


def test_a_category_after_a_lead_in_of_fiscal_spending():
    """“财政拨款支出主要内容如下：“一般公共服务支出”科目1,489万元…” in one paragraph: the lead names the scope (财政拨款
    支出), the 类 after it is judged against the fiscal spending tables (_lead_in's cut[0] is the lead)."""
    got = claims(TOTAL, "财政拨款支出主要内容如下：“一般公共服务支出”科目1,489万元，主要用于人员经费、公用经费等基本支出。")
    assert amounts(got) == [("一般公共服务支出", True, "财政拨款支出", "1489万元")]


def test_a_category_its_kuan_and_their_xiang_in_one_sentence():
    """“住房保障支出（类）住房改革支出（款）52.45万元，其中：住房公积金（项）35.24万元，…；购房补贴（项）17.21万元”: the
    款 and its 项 each with their full 科目 path (_with_context: the 类/款 the sentence named before)."""
    got = claims(ITEMS, "住房保障支出（类）住房改革支出（款）52.45万元，其中：住房公积金（项）35.24万元，"
                        "主要用于缴纳住房公积金35.24万元；购房补贴（项）17.21万元。")
    assert [(c.item, c.known, c.amount.text) for c in got if c.kind == "amount" and c.known] == [
        (("住房保障支出", "住房改革支出"), True, "52.45万元"),
        (("住房保障支出", "住房改革支出", "住房公积金"), True, "35.24万元"),
        (("住房保障支出", "住房改革支出", "购房补贴"), True, "17.21万元")]


def test_a_fund_named_by_a_lead_paragraph_scopes_the_bare_totals_after_it():
    """A paragraph ending in a colon, “政府性基金预算财政拨款收入支出决算情况如下：”, under the general heading: the bare
    本年收入/本年支出/年末结转和结余 of the next paragraph are that fund's (_heading_words ends with the nearest lead)."""
    got = claims(TOTAL, "政府性基金预算财政拨款收入支出决算情况如下：", "本年收入12.00万元，本年支出15.00万元，年末结转和结余2.00万元。")
    assert [(s, k) for s, k, _sc, _a in amounts(got)] == [
        ("政府性基金预算财政拨款收入", True), ("政府性基金预算财政拨款支出", True),
        ("政府性基金预算财政拨款年末结转和结余", True)]


def test_an_item_path_in_quotes_with_ke_mu():
    """预算 “1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目753.88万元”: the 类-款-项 path in quotes
    before 科目 names the 项 (known, judged against every spending table that prints it)."""
    got = claims("二、收支预算总体情况", "1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目753.88万元，"
                                    "主要用于机关人员经费和日常运转。", year=2026, stage="预算")
    (c,) = [c for c in got if c.kind == "amount"]
    assert (c.item, c.subject_text, c.known, c.scope) == (
        ("一般公共服务支出", "政府办公厅(室)及相关机构事务", "行政运行"), "行政运行（项）", True, "各支出表")


def test_the_basic_spending_of_a_coded_item_is_not_judged():
    """“2080505（机关事业单位基本养老保险缴费支出）中的基本支出61.83万元”: the 基本支出 of one 项, which no table prints
    as a row: left unjudged (known=False), not taken for the department's 基本支出."""
    got = claims(TOTAL, "2080505（机关事业单位基本养老保险缴费支出）中的基本支出61.83万元。")
    assert amounts(got) == [("", False, None, "61.83万元")]


def test_a_sentence_of_another_year_is_not_this_years_change():
    """“2019年，本部门收入合计6063.99万元，较2018年增加173.87万元” in a 2024 决算 (the text quotes an old year): its
    change is not this year's (left unjudged); in the 2019 决算 it is 本年收入合计's."""
    def change(year):
        (c,) = [c for c in claims(TOTAL, "2019年，本部门收入合计6063.99万元，较2018年增加173.87万元，增长2.95%。", year=year)
                if c.kind == "change"]
        return c.subject, c.known, c.amount.text if c.amount else None
    assert change(2024) == ("", False, None)
    assert change(2019) == ("本年收入合计", True, "6063.99万元")


def test_kuan_listed_after_zhuyao_baokuo():
    """预算 “社会保障和就业支出（类）305.17万元，主要包括行政事业单位养老支出（款）108.26万元、就业补助（款）73.46万元”:
    each 款 under its 类, its name without “主要包括”."""
    got = claims("二、收支预算总体情况", "社会保障和就业支出（类）305.17万元，主要包括行政事业单位养老支出（款）108.26万元、"
                                    "就业补助（款）73.46万元。", year=2026, stage="预算")
    assert [c.item for c in got if c.kind == "amount" and c.item] == [
        ("社会保障和就业支出", "行政事业单位养老支出"), ("社会保障和就业支出", "就业补助")]


def test_a_rate_against_last_years_budget_named_in_the_sentence_has_that_base():
    """“本部门2025年收入预算数为2,000.00万元、预算执行数为1,950.00万元；2026年收入预算2,129.93万元，比2025年预算数增长
    6.50%”: the growth is against the 2025 预算数 the sentence gives (base 2000.00; 6.50% is right against it)."""
    got = claims("二、收支预算总体情况", "本部门2025年收入预算数为2,000.00万元、预算执行数为1,950.00万元；2026年收入预算"
                                    "2,129.93万元，比2025年预算数增长6.50%。", year=2026, stage="预算")
    assert [(c.subject, c.amount.text, c.base.text, c.rate.text) for c in got if c.kind == "change"] == [
        ("收支预算总计", "2129.93万元", "2000.00万元", "6.50%")]


def test_a_change_after_the_parts_is_the_wholes():
    """“2026年收入预算2129.93万元，其中财政拨款收入…，事业收入35.60万元，比上年增加100.00万元”: the change after the
    parts is the whole's (收支预算总计 2129.93), not the last part's."""
    got = claims("二、收支预算总体情况", "2026年收入预算2129.93万元，其中财政拨款收入2082.33万元，事业收入35.60万元，"
                                    "比上年增加100.00万元。", year=2026, stage="预算")
    assert [(c.subject, c.amount.text) for c in got if c.kind == "change"] == [("收支预算总计", "2129.93万元")]


def test_a_share_after_a_list_joined_by_dun_is_nobodys():
    """“人员经费741.82万元，主要包括基本工资151.23万元、津贴补贴201.23万元，占基本支出的95.51%”: whose share it is, the
    list's owner's or its last item's, is not said: no share is read (津贴补贴's would be a false TXT011)."""
    got = claims(TOTAL, "人员经费741.82万元，主要包括基本工资151.23万元、津贴补贴201.23万元，占基本支出的95.51%。")
    assert [c for c in got if c.kind == "share"] == []
    assert amounts(got)[0] == ("人员经费", True, None, "741.82万元")


def test_short_parts_in_brackets_after_the_car_costs():
    """“公务用车购置及运行费8.50万元（其中：购置费0万元，运行费8.50万元）”: the parts named by their last words are the
    whole's own (公务用车 + 购置费/运行费 → 公务用车购置费, 公务用车运行维护费), judged (_short_part)."""
    got = claims("（七）“三公”经费支出情况说明", "2024年度“三公”经费支出12.00万元，其中：公务用车购置及运行费8.50万元（其中："
                                          "购置费0万元，运行费8.50万元），公务接待费3.50万元。")
    assert [(s, k, a) for s, k, _sc, a in amounts(got)] == [
        ("三公经费", True, "12.00万元"), ("公务用车购置及运行维护费", True, "8.50万元"), ("公务用车购置费", True, "0万元"),
        ("公务用车运行维护费", True, "8.50万元"), ("公务接待费", True, "3.50万元")]
