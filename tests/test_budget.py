"""部门预算 / 单位预算: recognition (kinds of their own, never a 决算 kind), stage and scope from the document, and
every 预算 rule firing at its judged cell on the filled 上海 2026 template."""

from __future__ import annotations

import pytest

from budget_support import build, changed, check, clean
from helpers import pick, problems, where

D, U, J = "部门", "单位", "江苏"

# rule, scope, changes ((kind, row, col) → value), the judged figure (kind, row, col)
CASES = [
    ("BGT101", D, {("B01", "expense_grand_total", "amount"): 21_299_284}, ("B01", "expense_grand_total", "amount")),
    ("BGT102", D, {("B01", "income_grand_total", "amount"): 21_299_282}, ("B01", "income_grand_total", "amount")),
    ("BGT103", D, {("B01", "fiscal.general", "amount"): 18_173_293}, ("B01", "income.fiscal", "amount")),
    ("BGT104", D, {("B01", "201", "amount"): 15_362_091}, ("B01", "expense_grand_total", "amount")),
    ("BGT105", U, {("B01", "201", "personnel"): 8_471_241}, ("B01", "201", "total")),
    ("BGT201", D, {("B02", "2010301", "fiscal"): 7_538_700}, ("B02", "2010301", "total")),
    ("BGT301", D, {("B03", "2010301", "basic"): 7_358_780}, ("B03", "2010301", "total")),
    ("BGT401", D, {("B04", "income.general", "amount"): 18_173_284}, ("B04", "income_grand_total", "amount")),
    ("BGT402", D, {("B04", "income_grand_total", "amount"): 20_823_280}, ("B04", "expense_grand_total", "total")),
    ("BGT404", D, {("B04", "201", "total"): 14_886_000}, ("B04", "expense_grand_total", "total")),
    ("BGT405", D, {("B04", "201", "general"): 14_886_000}, ("B04", "201", "total")),
    ("BGT406", D, {("B04", "income.general", "amount"): 18_173_000}, ("B04", "expense_grand_total", "general")),
    ("BGT407", D, {("B04", "income.gov_fund", "amount"): 2_560_000}, ("B04", "expense_grand_total", "gov_fund")),
    ("BGT408", D, {("B04", "income.state_capital", "amount"): 5}, ("B04", "expense_grand_total", "state_capital")),
    ("BGT501", D, {("B05", "2010301", "basic"): 7_538_708}, ("B05", "2010301", "total")),
    ("BGT601", D, {("B06", "2120899", "project"): 2_560_000}, ("B06", "2120899", "total")),
    ("BGT801", D, {("B08", "30201", "public"): 630_000}, ("B08", "30201", "total")),
    ("BGT802", D, {("B08", "total", "personnel"): 11_758_434}, ("B08", "total", "personnel")),
    ("BGT803", D, {("B08", "total", "public"): 1_589_251}, ("B08", "total", "public")),
    ("BGT901", D, {("B09", "budget", "reception"): 2.10}, ("B09", "budget", "sanggong")),
    ("BGT902", D, {("B09", "budget", "car_run"): 8.05}, ("B09", "budget", "car_total")),
    ("BGT001", D, {("B03", "20103", "total"): 15_362_000}, ("B03", "20103", "total")),
    ("BGX001", D, {("B02", "total", "total"): 21_299_280}, ("B01", "income_grand_total", "amount")),
    ("BGX002", D, {("B03", "total", "total"): 21_299_280}, ("B01", "expense_grand_total", "amount")),
    ("BGX003", D, {("B02", "total", "fiscal"): 20_823_280}, ("B01", "income.fiscal", "amount")),
    ("BGX004", D, {("B04", "income_grand_total", "amount"): 20_823_280}, ("B01", "income.fiscal", "amount")),
    ("BGX005", D, {("B02", "total", "business"): 365_000}, ("B01", "income.business", "amount")),
    ("BGX006", D, {("B02", "total", "other"): 210_000}, ("B01", "income.other", "amount")),
    ("BGX007", D, {("B03", "201", "total"): 15_362_000}, ("B01", "201", "amount")),
    ("BGX008", D, {("B03", "2010350", "total"): 2_877_700}, ("B02", "2010350", "total")),
    ("BGX009", D, {("B02", "201", "fiscal"): 14_886_000}, ("B04", "201", "total")),
    ("BGX019", D, {("B02", "201", "fiscal"): 14_886_100}, ("B02", "201", "fiscal")),
    ("BGX010", D, {("B05", "total", "total"): 18_173_280}, ("B04", "expense_grand_total", "general")),
    ("BGX011", D, {("B05", "201", "total"): 14_886_000}, ("B04", "201", "general")),
    ("BGX012", D, {("B06", "total", "total"): 2_560_000}, ("B04", "expense_grand_total", "gov_fund")),
    ("BGX020", D, {("B05", "total", "total"): 18_173_290}, ("B05", "total", "total")),
    ("BGX021", D, {("B05", "201", "total"): 14_886_100}, ("B05", "201", "total")),
    ("BGX022", D, {("B06", "total", "total"): 2_650_010}, ("B06", "total", "total")),
    ("BGX014", D, {("B08", "total", "total"): 13_347_680}, ("B05", "total", "basic")),
    ("BGX015", D, {("B05", "2010350", "total"): 3_000_000}, ("B05", "2010350", "total")),
    ("BGX016", U, {("B08", "total", "personnel"): 11_758_434}, ("B08", "total", "personnel")),
    ("BGX017", U, {("B08", "total", "public"): 1_589_251}, ("B08", "total", "public")),
    ("BGX018", U, {("B03", "total", "project"): 7_951_000}, ("B01", "expense_grand_total", "project")),
    # 江苏式 (公开01–12表, 万元)
    ("BGT107", J, {("B01", "income_total", "amount"): 13377.00}, ("B01", "income_grand_total", "amount")),
    ("BGT108", J, {("B01", "use.reserve", "amount"): 1868.02}, ("B01", "expense_total", "amount")),
    ("BGT109", J, {("B01", "221", "amount"): 2274.04}, ("B01", "expense_total", "amount")),
    ("BGT202", J, {("B02", "group.other_funds", "amount"): 8.00}, ("B02", "total", "amount")),
    ("BGT141", J, {("B14", "budget", "basic"): 6522.57}, ("B14", "budget", "total")),
    ("BGT403", J, {("B04", "income_grand_total", "amount"): 13297.00}, ("B04", "expense_grand_total", "amount")),
    ("BGT409", J, {("B04", "use.project", "amount"): 4986.34}, ("B04", "expense_grand_total", "amount")),
    ("BGT903", J, {("B09", "budget", "training"): 66.00}, ("B09", "budget", "total")),
    ("BGT131", J, {("B13", "services", "amount"): 68.00}, ("B13", "total", "amount")),
    ("BGX101", J, {("B10", "total", "amount"): 13279.11}, ("B10", "total", "amount")),
    ("BGX102", J, {("B05", "total", "amount"): 13279.11}, ("B05", "total", "amount")),
    ("BGX103", J, {("B11", "total", "amount"): 6424.75}, ("B11", "total", "amount")),
    ("BGX104", J, {("B10", "2010202", "amount"): 3195.78}, ("B10", "2010202", "amount")),
    ("BGX105", J, {("B02", "total", "amount"): 13377.00}, ("B01", "income_grand_total", "amount")),
    ("BGX106", J, {("B14", "budget", "total"): 13377.00}, ("B14", "budget", "total")),
    ("BGX107", J, {("B08", "total", "amount"): 6424.75}, ("B08", "total", "amount")),
]


@pytest.mark.parametrize("scope", [D, U])
def test_clean_template_gives_no_finding(tmp_path, scope):
    path, _ = build(tmp_path, scope, {})
    disclosure, findings = check(path)
    assert problems(findings) == []
    assert sorted(disclosure.tables) == [f"B0{i}" for i in range(1, 10)]
    assert (disclosure.stage, disclosure.scope) == ("预算", scope)


def test_clean_jiangsu_budget_gives_no_finding(tmp_path):
    path, _ = build(tmp_path, J, {})
    disclosure, findings = check(path)
    assert problems(findings) == [] and not disclosure.unread_tables
    # twelve tables, none of them a 决算 kind although each carries a 公开NN表 code
    assert sorted(disclosure.tables) == ["B01", "B02", "B04", "B05", "B06", "B08", "B09", "B10", "B11", "B12",
                                         "B13", "B14"]
    assert disclosure.stage == "预算"


@pytest.mark.parametrize("code,scope,changes,judged", CASES, ids=[c[0] for c in CASES])
def test_budget_rule_fires_at_judged_cell(tmp_path, code, scope, changes, judged):
    _disclosure, findings, at = changed(scope, changes)
    hits = pick(findings, code, *at[judged])
    assert len(hits) == 1, f"{code} not at {at[judged]}; got {problems(findings)}"
    f = hits[0]
    assert f.severity.value == "error" and f.message and f.expected and "区间" in f.message
    # every error cites a changed cell: nothing is reported that the change does not explain
    touched = {at[k] for k in changes}
    for other in findings:
        if other.severity.value != "info":
            cited = {(loc.sheet, loc.cell) for loc in other.locations}
            assert cited & touched, f"{other.code} at {where(other)} cites none of {touched}"


def test_messages_of_yuan_tables_speak_in_yuan(tmp_path):
    path, at = build(tmp_path, D, {("B03", "2010301", "basic"): 7_358_780})  # read from the file this once
    _d, findings = check(path)
    f = pick(findings, "BGT301", *at[("B03", "2010301", "total")])[0]
    assert (f.expected, f.actual, f.difference) == ("7358780", "7538780", "180000")
    assert "《支出预算总表》「2010301 行政运行」" in f.message


def test_missing_budget_table_is_bgc001_not_cmp001(tmp_path):
    def drop(wb):
        del wb["部门“三公”经费和机关运行费预算表"]

    path, _ = build(tmp_path, D, {}, edit=drop)
    _d, findings = check(path)
    assert [(f.code, f.table) for f in findings if f.severity.value == "error"] == [
        ("BGC001", "《“三公”经费和机关运行经费预算表》")]


def test_budget_with_a_final_accounts_table_is_bgc002(tmp_path):
    def add(wb):
        ws = wb.create_sheet("决算01")
        ws.append(["2026年度收入支出决算总表"])
        ws.append(["部门：上海市某区某某局", None, None, "单位：元"])
        ws.append(["项目", "决算数", "项目", "决算数"])
        ws.append(["一、一般公共预算财政拨款收入", 100, "一、一般公共服务支出", 100])
        ws.append(["本年收入合计", 100, "本年支出合计", 100])

    path, _ = build(tmp_path, D, {}, edit=add)
    disclosure, findings = check(path)
    assert disclosure.stage == "预算" and "01" in disclosure.tables
    assert problems(findings) == [("BGC002", "决算01", "A1")]
    # no 决算 rule runs against the 预算 tables: no CMP001 for the eight other 决算 tables
    assert not pick(findings, "CMP001")


def test_unit_budget_titled_as_department_budget_is_bgc003(tmp_path):
    def retitle(wb):
        ws = wb["单位收入总表"]
        ws["A2"].value = ws["A2"].value.replace("预算单位", "部门")

    path, _ = build(tmp_path, U, {}, edit=retitle)
    disclosure, findings = check(path)
    assert disclosure.scope == "单位"
    assert problems(findings) == [("BGC003", "单位收入总表", "A2")]
    assert "称部门预算" in pick(findings, "BGC003")[0].message


@pytest.mark.parametrize("code,changes,judged", [
    ("BGT701", {("B07", "total", "total"): 5, ("B07", "total", "basic"): 1}, ("B07", "total", "total")),
    ("BGX023", {("B07", "total", "total"): 5, ("B07", "total", "project"): 5}, ("B07", "total", "total")),
    ("BGX013", {("B07", "total", "total"): 5, ("B07", "total", "project"): 5,
                ("B04", "expense_grand_total", "state_capital"): 7}, ("B04", "expense_grand_total", "state_capital")),
])
def test_rules_on_the_empty_table_once_it_has_figures(tmp_path, code, changes, judged):
    """The 国有资本经营预算 table is empty in the sample (its blank 合计 row is no row): give it figures."""
    path, at = build(tmp_path, D, changes)
    _d, findings = check(path)
    assert len(pick(findings, code, *at[judged])) == 1, problems(findings)
    # the note under it still says the table is empty
    assert pick(findings, "BGC004", *at[("B07", "total", "total")])


def test_table_said_empty_with_figures_is_bgc004(tmp_path):
    path, at = build(tmp_path, D, {("B07", "total", "total"): 5, ("B07", "total", "project"): 5})
    _d, findings = check(path)
    assert problems(findings) == [("BGC004", *at[("B07", "total", "total")]),
                                  ("BGX023", *at[("B07", "total", "total")])]
    assert "故本表为空表" in pick(findings, "BGC004")[0].message


def test_every_budget_rule_has_a_firing_test():
    from govaudit.engine.registry import all_rules

    covered = {c[0] for c in CASES} | {"BGT701", "BGX013", "BGX023", "BGC001", "BGC002", "BGC003", "BGC004"} | JIANGSU_TESTED | S17_TESTED | S18_TESTED | NAMES_TESTED | S25_TESTED | S27_TESTED | S28_TESTED | S29_TESTED
    listed = {r.code for r in all_rules() if r.code.startswith("BG")}
    assert listed - covered == set()


JIANGSU_TESTED = {"BGC005", "BGC006"}  # tests/test_budget_pdf_shapes.py: shapes a PDF's reading gives
S17_TESTED = {"BGX024"}  # tests/test_layout_s17.py: the 上年结转 column of the 财政部 form (the samples print none)
# tests/test_layout_s18.py: a 一般公共预算支出表's 增减额/增减% columns (BGT011/012)
S18_TESTED = {"BGT011", "BGT012"}
S25_TESTED = {"BGX028", "BGX029"}  # tests/test_budget_heldout25.py: 基本支出 30217/30231 against the 三公 table
S27_TESTED = {"BGT904", "BGT905",  # tests/test_budget_sanshi_change27.py: the 三公 table's 增减额/增减率 columns
              "BGT203"}  # tests/test_budget_heldout27.py: a 收入总表's 本年收入 小计
# tests/test_budget_heldout28.py: 收入总表 财政拨款/单位资金 小计, 政府采购 by 科目 with 货物 | 工程 | 服务 columns
S28_TESTED = {"BGT204", "BGT205", "BGT132"}
S29_TESTED = {"BGT110"}  # tests/test_budget_heldout29.py: a 收支总表's 经济分类 block under its 类
NAMES_TESTED = {"BGC007"}  # tests/test_budget_names22.py: one 类 named two ways across the tables


def test_the_clean_template_is_cached_not_rebuilt():
    assert clean(D) is clean(D)
