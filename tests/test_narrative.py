"""The narrative (情况说明): claims read from the text (recognize/claims.py) and the TXT rules that judge them.

The seed's own narrative (samples/seed_narrative.txt) is checked with its tables and 18 forms: every mistake the
issue lists is found and no correct statement draws an error (the full list of errors and warnings is pinned).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "决算公开-2019-唐山高新区人社局-说明与表-原样有误.xlsx"
CLEAN = SAMPLES / "情况说明与公开表-2019-无误.xlsx"
FAULTY = SAMPLES / "情况说明与公开表-2019-有误.xlsx"

_CHECKED: dict = {}


def checked(path: Path):
    from govaudit.pipeline import Options, check_file

    if path not in _CHECKED:
        status, findings = check_file(path, Options(select=["TXT"]))
        assert status.status == "checked", status.error
        _CHECKED[path] = findings
    return _CHECKED[path]


def paras(*texts: str) -> list[TextParagraph]:
    return [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]


def judge(texts, tables_from=None, sample_disclosure=None, year=2019):
    """Findings of the TXT rules on these paragraphs (with the tables of a sample when given)."""
    from govaudit.model import Disclosure

    if tables_from is not None:
        d = sample_disclosure(tables_from).model_copy(deep=True)
    else:
        d = Disclosure(path="t")
    d.paragraphs = paras(*texts)
    d.narrative = read_claims(d.paragraphs, d.year or year)
    return run_rules(d, Context(), select=["TXT"])


def codes(findings, severities=("error", "warning")):
    return sorted(f.code for f in findings if f.severity.value in severities)


# ------------------------------------------------------------------ reading claims
def test_claims_of_a_comparison_sentence():
    n = read_claims(paras("本部门2019年度收支总计（含结转和结余）6634.67万元。与2018年度决算相比，收支各增加208.1万元，"
                          "增长3.13%，主要原因是劳务派遣人员工资增加。"), 2019)
    amount, change = n.claims
    assert (amount.kind, amount.subject, amount.amount.value, amount.amount.decimals) == (
        "amount", "收支总计", Decimal("6634.67"), 2)
    assert (change.kind, change.subject, change.basis, change.basis_year, change.direction) == (
        "change", "收支总计", "prior", 2018, 1)
    assert (change.change.text, change.rate.text, change.sentence_no) == ("208.1万元", "3.13%", 2)
    assert change.location.sentence.startswith("与2018年度决算相比")


def test_bare_measure_takes_the_scope_of_the_subject_before():
    n = read_claims(paras("一般公共预算财政拨款本年收入2152.59万元，比上年减少10.18万元；本年支出2116.24万元，"
                          "比上年减少117.99万元，降低5.3%。"), 2019)
    subjects = [(c.kind, c.subject) for c in n.claims]
    assert subjects == [("amount", "一般公共预算财政拨款收入"), ("change", "一般公共预算财政拨款收入"),
                        ("amount", "一般公共预算财政拨款支出"), ("change", "一般公共预算财政拨款支出")]
    assert n.claims[-1].direction == -1 and n.claims[-1].rate.text == "5.3%"


def test_shares_take_the_lead_as_whole_and_categories_its_scope():
    n = read_claims(paras("2019 年度财政拨款支出6634.67万元，主要用于以下方面：一般公共服务（类）支出1303.58万元，"
                          "占19.6%；住房保障（类）支出52.45万元，占 8.88%。"), 2019)
    shares = [c for c in n.claims if c.kind == "share"]
    assert [(c.subject, c.category, c.scope, c.whole, c.whole_amount.text, c.rate.text) for c in shares] == [
        ("一般公共服务支出", "201", "财政拨款支出", "财政拨款支出", "6634.67万元", "19.6%"),
        ("住房保障支出", "221", "财政拨款支出", "财政拨款支出", "6634.67万元", "8.88%")]


def test_reasons_do_not_change_the_subject_and_unknown_amounts_are_not_attributed():
    n = read_claims(paras("“三公”经费支出共计3.68万元，较预算减少3.82万元，主要是公务接待费减少、公车运行维护费减少；"
                          "较2018年度减少2.7万元，降低42%。",
                          "本部门组织对一般公共预算项目支出全面开展绩效自评，18个项目涉及资金1698.16万元，占一般公共预算"
                          "项目支出总额的38%。"), 2019)
    sanshi = [c for c in n.claims if c.paragraph == 1]
    assert {c.subject for c in sanshi} == {"三公经费"}
    other = [c for c in n.claims if c.paragraph == 2]
    assert [(c.kind, c.known, c.subject) for c in other] == [("amount", False, ""), ("share", False, "")]


def test_self_evaluation_summary_claims():
    n = read_claims(paras("（12）社会保障费项目自评综述：根据年初设定的绩效目标，社会保障费专项资金项目绩效自评得分为915分"
                          "（绩效自评表附后）。全年预算数为3000万元，执行数为1651万元，完成预算的55%。评价等级为优。"), 2019)
    got = [(c.kind, c.subject, c.project, c.grade if c.kind == "grade" else (c.score or c.rate or c.amount).text)
           for c in n.claims]
    assert got == [("score", "", "社会保障费", "915分"), ("amount", "项目预算数", "社会保障费", "3000万元"),
                   ("amount", "项目执行数", "社会保障费", "1651万元"),
                   ("completion", "项目执行数", "社会保障费", "55%"), ("grade", "", "社会保障费", "优")]


def test_workbook_text_sheet_becomes_paragraphs(tmp_path):
    from openpyxl import Workbook

    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["A1"] = "某局2019年度部门决算"
    text = wb.create_sheet("情况说明")
    text["A1"] = "一、收入支出决算总体情况说明"
    text["A2"] = "本部门2019年度收支总计6634.67万元，比上年增加208.1万元，增长3.24%。"
    path = tmp_path / "说明.xlsx"
    wb.save(path)
    d = recognize(read_workbook(path))
    assert [(p.index, p.location.sheet, p.location.cell) for p in d.paragraphs] == [(1, "情况说明", "A1"),
                                                                                  (2, "情况说明", "A2")]
    assert [c.kind for c in d.narrative.claims] == ["amount", "change"]


# ------------------------------------------------------------------ the seed
SEED_PROBLEMS = Counter({
    ("TXT004", "A2"): 1,  # 增长3.13%: 208.1 ÷ 6634.67, this year's base; 3.24% on last year's
    ("TXT004", "A9"): 2, ("TXT004", "A11"): 2,  # 1.89%, 3.4%, 3.17%, 5.2%: the same mistake
    ("TXT007", "A9"): 2,  # 财政拨款收入/支出 "增加" while both their parts fall
    ("TXT002", "A17"): 1, ("TXT007", "A17"): 1,  # 财政拨款支出 6634.67 (it is 收支总计; 6101.24 before)
    ("TXT011", "A17"): 1,  # 住房保障 52.45, 占8.88%
    ("TXT007", "A21"): 1,  # 三公 itemised changes do not add up to −2.7
    ("TXT003", "A24"): 1,  # 较上年减少0.98万元，降低32% (said again of 公车运行维护费 in A26: one finding, both places)
    ("TXT020", "A33"): 1,  # 劳动监察 完成预算的100%, the form says 2.9648 ÷ 3 = 98.83%
    ("TXT020", "A36"): 1,  # 创业扶持 执行数 196.07, the form says 550
    ("TXT020", "A41"): 1, ("TXT020", "A42"): 1, ("TXT020", "A43"): 1, ("TXT020", "A44"): 1,
    ("TXT020", "A45"): 1, ("TXT020", "A46"): 1,  # scores 91 91 91 915 91 92 against 99 88 82 90 100 100
    ("TXT010", "A37"): 1, ("TXT010", "A38"): 1, ("TXT010", "A42"): 1, ("TXT010", "A46"): 1,
    ("TXT010", "A48"): 1,  # truncated, not rounded
})


def test_seed_narrative_mistakes_found_and_nothing_else():
    findings = checked(SEED)
    got = Counter((f.code, f.locations[0].cell) for f in findings if f.severity.value != "info")
    assert got == SEED_PROBLEMS


def test_the_same_wrong_figures_said_twice_are_one_finding_listing_both_places():
    rate = [f for f in checked(SEED) if f.code == "TXT003" and f.actual == "32%"]
    assert len(rate) == 1
    assert [loc.cell for loc in rate[0].locations] == ["A24", "A26"]
    assert rate[0].message.endswith("同样的说法另有 1 处（A26），不再另报。")
    assert "较上年减少0.98万元" in rate[0].locations[1].sentence


def test_seed_messages_show_the_arithmetic():
    by = {(f.code, f.locations[0].cell, f.actual): f for f in checked(SEED)}
    rate = by[("TXT004", "A2", "3.13%")].message
    assert "208.1 ÷ 6634.67 = 3.14%" in rate and "以本年数为分母" in rate and "6426.57" in rate and "3.24%" in rate
    share = by[("TXT011", "A17", "8.88%")].message
    assert "52.45 ÷ 6634.67" in share and "0.79%" in share and "0.86%" in share
    fiscal = by[("TXT007", "A9", "+115.14")].message
    assert "各组成部分都减少，合计却说增加" in fiscal and "10.18" in fiscal and "125.32" in fiscal and "-135.50" in fiscal
    sanshi = by[("TXT007", "A21", "-2.7")].message
    assert "0.98" in sanshi and "2.06" in sanshi and "-3.04" in sanshi
    assert "99" in by[("TXT020", "A41", "91分")].message
    assert "不能超过 100 分" in by[("TXT020", "A44", "915分")].message
    assert by[("TXT020", "A44", "915分")].locations[1].sheet == "表12"


def test_seed_hygiene_notes():
    notes = Counter((f.code, f.locations[0].cell) for f in checked(SEED) if f.severity.value == "info")
    assert notes == Counter({("TXT204", "A13"): 1, ("TXT204", "A59"): 1, ("TXT205", "A16"): 1, ("TXT205", "A54"): 1})


def test_seed_tables_confirm_the_right_amounts():
    """收支总计 6634.67, 本年收入合计 6100.33, 本年支出合计 6101.24 agree with 公开01表; the 三公 items with 公开07表."""
    findings = checked(SEED)
    assert not [f for f in findings if f.code == "TXT001"]
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(SEED))
    judged = [c for c in d.narrative.claims if c.kind == "amount" and c.known and c.subject in (
        "收支总计", "本年收入合计", "本年支出合计", "三公经费", "公务接待费")]
    assert len(judged) >= 5


def test_clean_sample_narrative_has_no_finding():
    assert checked(CLEAN) == []


def test_faulty_sample_reports_what_was_planted():
    sys.path.insert(0, str(SAMPLES))
    try:
        import make_narrative
    finally:
        sys.path.remove(str(SAMPLES))
    findings = checked(FAULTY)
    assert sorted({f.code for f in findings}) == sorted({code for _what, code in make_narrative.PLANTED})
    assert Counter(f.code for f in findings if f.severity.value == "error") == Counter(
        {"TXT001": 1, "TXT011": 2, "TXT003": 1})


def test_narrative_samples_are_what_make_narrative_generates():
    """The committed 情况说明 sheets hold the text make_narrative.py writes (tables and forms: make_samples/make_forms)."""
    from govaudit.readers import read_workbook

    sys.path.insert(0, str(SAMPLES))
    try:
        import make_narrative

        data = make_narrative.disclosure_data.build()
        expected = {"seed": make_narrative.seed_paragraphs(), "clean": make_narrative.sample_paragraphs(data),
                    "faulty": make_narrative.sample_paragraphs(data, faulty=True)}
    finally:
        sys.path.remove(str(SAMPLES))
    for key, name in make_narrative.NAMES.items():
        sheet = next(s for s in read_workbook(SAMPLES / name).sheets if s.name == "情况说明")
        got = [c.value for _r, row in sorted(sheet.rows().items()) for c in row]
        assert got == expected[key], f"{name}: run python samples/make_narrative.py"


# ------------------------------------------------------------------ rules one by one
def test_rounded_prose_is_not_an_error(sample_disclosure):
    # 本年支出合计 6101.24 in the tables: 6101.2 万元 and 0.61 亿元 are the same figure rounded
    findings = judge(["本部门2019年度本年支出合计6101.2万元。", "本年收入合计约0.61亿元。"], "2019", sample_disclosure)
    assert codes(findings) == []


def test_amount_against_table_and_truncation(sample_disclosure):
    findings = judge(["本部门2019年度本年支出合计6111.24万元。", "本部门2019年度收支总计6598.3万元。",
                      "本部门2019年度本年收入合计6063.9万元。"], "2019", sample_disclosure)
    assert codes(findings) == ["TXT001", "TXT010"]
    error = next(f for f in findings if f.code == "TXT001")
    assert "6101.24" in error.message and "相差 10.00" in error.message
    assert next(f for f in findings if f.code == "TXT010").locations[0].paragraph == 3


def test_growth_rate_interval():
    ok = judge(["本部门2019年度收支总计6634.67万元，比上年增加208.1万元，增长3.2%。"])
    assert codes(ok) == []  # 3.2% stands for [3.15%, 3.25%): 3.24% is inside
    bad = judge(["本部门2019年度收支总计6634.67万元，比上年增加208.1万元，增长3.5%。"])
    assert codes(bad) == ["TXT003"]
    assert "3.24%" in bad[0].message


def test_zero_base_and_direction_words():
    zero = judge(["本部门2019年度机关运行经费支出10万元，比上年增加10万元，增长100%。"])
    assert codes(zero) == ["TXT005"]
    words = judge(["本部门2019年度机关运行经费支出10万元，比上年增加2万元，下降5%。"])
    assert codes(words) == ["TXT006"]


def test_change_against_budget_direction(sample_disclosure):
    # 公开07表: 决算 3.68 < 预算 7.50; "较预算增加" contradicts the tables
    findings = judge(["本部门2019年度“三公”经费支出共计3.68万元，较预算增加3.82万元。"], "2019", sample_disclosure)
    assert "TXT006" in codes(findings)


def test_completion_rate(sample_disclosure):
    good = judge(["本部门2019年度“三公”经费支出共计3.68万元，完成预算的49.1%，较预算减少3.82万元。"], "2019",
                 sample_disclosure)
    assert codes(good) == []
    bad = judge(["本部门2019年度“三公”经费支出共计3.68万元，完成预算的59.1%。"], "2019", sample_disclosure)
    assert codes(bad) == ["TXT012"] and "7.50" in bad[0].message


def test_parts_add_up_amounts():
    findings = judge(["2019年度财政拨款基本支出1185.62万元，其中：人员经费1150.73万元，公用经费44.89万元。"])
    assert codes(findings) == ["TXT007"]
    assert "1195.62" in findings[0].message


def test_stated_twice():
    findings = judge(["本部门2019年度本年收入合计6100.33万元。", "本部门2019年度本年收入合计6110.33万元。"])
    assert codes(findings) == ["TXT002"]


def test_stated_twice_only_under_one_heading():
    """Under another heading the same item may be another body's (a unit of the department): not compared."""
    texts = ["（一）部门本级", "本部门2019年度本年收入合计6100.33万元。",
             "（二）所属单位", "本单位2019年度本年收入合计1836.22万元。"]
    assert codes(judge(texts)) == []
    texts.append("本单位2019年度本年收入合计1836.32万元。")  # the same passage: compared
    findings = judge(texts)
    assert codes(findings) == ["TXT002"] and "1836.22" in findings[0].message


def test_compared_year():
    same = judge(["本部门2019年度收支总计6634.67万元，与2019年度决算相比，增加208.1万元，增长3.24%。"])
    assert [(f.code, f.severity.value) for f in same] == [("TXT013", "error")]
    older = judge(["本部门2019年度收支总计6634.67万元，与2017年度决算相比，增加208.1万元，增长3.24%。"])
    assert [(f.code, f.severity.value) for f in older] == [("TXT013", "warning")]


def test_renamed_subject():
    findings = judge(["2019年度财政拨款支出100万元，主要用于以下方面：医疗卫生与计划生育（类）支出80.19万元。"])
    assert codes(findings) == ["TXT030"] and "卫生健康支出" in findings[0].message
    assert codes(judge(["2018年度财政拨款支出100万元，主要用于以下方面：医疗卫生与计划生育（类）支出80.19万元。"],
                       year=2018)) == []


def test_hygiene():
    findings = judge(["本部门2019年度机关运行经费支出10万元，比上年增加2万元，主要原因是。",
                      "本部门2019年度公务接待费支出1万元。。",
                      "发生“公务用车购置经费支出0万元。",
                      "故本表表以空表列示。",
                      "本部门2019年度机关运行经费支出10万元，比上年增加2万元，主要是人员增加，相关情况详见附表并说明原因"])
    assert Counter(f.code for f in findings) == Counter({"TXT203": 1, "TXT201": 2, "TXT202": 1, "TXT204": 1})
    assert all(f.severity.value == "info" for f in findings)


def test_unit_wording():
    findings = judge(["某中心2023年度单位决算", "第一部分 单位概况", "一、主要职能", "二、机构设置", "三、人员",
                      "本单位2023年度部门决算收支总计100万元。"], year=2023)
    assert [f.code for f in findings] == ["TXT206"]


def test_form_matching_by_name():
    from govaudit.checks.narrative_forms import match_form, project_core
    from govaudit.model import PerformanceForm, TextValue

    def form(name):
        return PerformanceForm(title="t", sheet="s", title_cell="A1", project=TextValue(text=name, source=Location(file="f")))

    forms = [form(n) for n in ("劳动监察专项资金", "基层党建工作经费（专项）", "“雨露计划”扶贫资金", "被征地农民社会保障费",
                               "城乡居民医疗保险财政补助资金")]
    assert project_core("基层党建工作经费（专项）") == project_core("基层党建工作经费") == "基层党建"
    assert match_form("基层党建工作经费", forms).project.text == "基层党建工作经费（专项）"
    assert match_form("劳动仲裁及劳动监察专项资金", forms).project.text == "劳动监察专项资金"
    assert match_form("社会保障费", forms).project.text == "被征地农民社会保障费"
    assert match_form("雨露计划补助资金", forms).project.text == "“雨露计划”扶贫资金"  # 雨露计划 ⊂ 雨露计划扶贫
    assert match_form("公益岗位补贴资金", forms) is None  # no name fits: not judged
    assert match_form("医疗保险", forms + [form("城乡居民医疗保险补助")]) is None  # two fit: not judged


def test_every_txt_rule_is_exercised():
    """Each TXT rule `govaudit rules` lists fires in this file (the seed, the samples or a case above)."""
    from govaudit.engine.registry import all_rules

    fired = {f.code for p in (SEED, FAULTY) for f in checked(p)}
    fired |= {"TXT002", "TXT005", "TXT006", "TXT012", "TXT013", "TXT014", "TXT206"}  # the cases above
    fired |= {"TXT015"}  # tests/test_narrative_shapes.py::test_shares_made_up_to_a_hundred_are_a_warning
    fired |= {"TXT016"}  # tests/test_narrative_budget_s10.py::test_a_budget_share_one_unit_off_is_a_warning
    listed = {r.code for r in all_rules() if r.code.startswith("TXT")}
    assert listed - fired == set()


# ------------------------------------------------------------------ the command
def test_claims_command_text_and_json(tmp_path):
    from click.testing import CliRunner

    from govaudit.cli import main

    runner = CliRunner()
    text = runner.invoke(main, ["claims", str(SEED)])
    assert text.exit_code == 0
    assert "第2段（情况说明!A2） 第2句 [增减] 收支总计" in text.output and "3.13%" in text.output
    assert "〔不核对〕" in text.output  # 18个项目涉及资金1698.16万元: read, not judged
    out = tmp_path / "c.json"
    js = runner.invoke(main, ["claims", str(SEED), "--format", "json", "-o", str(out)])
    assert js.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    first = data["files"][0]["claims"][0]
    assert (first["subject"], first["kind"], first["figures"][0]["value"], first["location"]["cell"]) == (
        "收支总计", "amount", "6634.67", "A2")
    missing = runner.invoke(main, ["claims", str(tmp_path / "无.xlsx")])
    assert missing.exit_code == 2


@pytest.mark.parametrize("docx", sorted(SAMPLES.glob("*.docx")))
def test_word_document_narrative_judged_as_in_the_workbook(docx):
    """The seed as a Word document (the docx reader's sample): its paragraphs, tables and forms give the same
    narrative findings as the workbook that holds the same text, tables and forms."""
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(docx, Options(select=["TXT"]))
    assert status.status == "checked"
    if not any(f.code == "TXT004" and f.actual == "3.13%" for f in findings):
        pytest.skip("not the seed's narrative")
    word = Counter((f.code, f.actual) for f in findings if f.severity.value != "info")
    book = Counter((f.code, f.actual) for f in checked(SEED) if f.severity.value != "info")
    assert word == book
    assert all(f.locations[0].paragraph for f in findings)  # placed by Word paragraph


# ------------------------------------------------------------------ a disclosure published as two files
def test_narrative_and_tables_in_two_files_checked_together(tmp_path):
    """The seed split as some provinces publish: the 情况说明 in one file, the tables and forms in another."""
    import shutil

    from click.testing import CliRunner
    from openpyxl import Workbook

    from govaudit.cli import main

    sys.path.insert(0, str(SAMPLES))
    try:
        import make_narrative
    finally:
        sys.path.remove(str(SAMPLES))
    folder = tmp_path / "唐山高新区人社局2019"
    folder.mkdir()
    text_only = Workbook()
    make_narrative.write_text(text_only.active, make_narrative.seed_paragraphs())
    text_only.active.title = "情况说明"
    text_only.save(folder / "情况说明.xlsx")
    shutil.copy(SAMPLES / "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx", folder / "公开表.xlsx")

    runner = CliRunner()
    together = runner.invoke(main, ["check", str(folder), "--together", "--select", "TXT", "--format", "json"])
    assert together.exit_code == 1, together.output
    data = json.loads(together.output)
    got = Counter((f["code"], f["locations"][0]["cell"]) for f in data["findings"] if f["severity"] != "info")
    # the forms are in the other file; the tables are not given here, so 公车运行维护费 (no amount in its own
    # sentence, 2.42 in 公开07表) cannot be judged
    assert got == SEED_PROBLEMS
    assert {f["file"] for f in data["findings"]} == {str(folder / "情况说明.xlsx")}
    score = next(f for f in data["findings"] if f["code"] == "TXT020" and f["actual"] == "915分")
    assert score["locations"][1]["sheet"] == "表12"  # the form's total, in the other file

    # one by one, the text alone is still checked against itself, never against tables it does not hold
    alone = runner.invoke(main, ["check", str(folder / "情况说明.xlsx"), "--select", "TXT", "--format", "json"])
    alone_findings = json.loads(alone.output)["findings"]
    assert "TXT004" in {f["code"] for f in alone_findings}
    # without the forms only the score over 100 is judged
    assert [f["actual"] for f in alone_findings if f["code"] == "TXT020"] == ["915分"]


def test_real_shaped_2024_text_only_its_real_mistake():
    """上海市普陀区财政局 2024 (shared/real), paragraphs as published: one share is wrong (2106.66 ÷ 2940.05 =
    71.65%, printed 71.73%); nothing else may draw an error or a warning."""
    findings = judge([
        "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。"
        "主要原因：基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
        "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；",
        "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；",
        "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出减少"
        "63.14万元，下降2.10%。主要原因：基本支出中人员进出及退休变化。",
        "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；"
        "社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）"
        "445.69万元，占15.16%。",
        "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。",
        "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。"
        "年初预算为 1560.05 万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员进出及退休变化。",
        "2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：局财政业务指导与宣传等基本支出。"
        "年初预算为 10.00 万元，支出决算为10.00万元。决算数与预算数基本持平。",
        "一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资、津贴补贴；"
        "公用经费184.65万元，主要包括：办公费、印刷费。",
    ], year=2024)
    assert [(f.code, f.actual) for f in findings if f.severity.value != "info"] == [("TXT011", "71.73%")]
    assert "2106.66 ÷ 2940.05" in findings[0].message and "71.65%" in findings[0].message


def test_completion_against_the_budget_stated_in_the_sentence():
    ok = judge(["一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。"], year=2024)
    assert codes(ok) == []
    bad = judge(["一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的96.20%。"], year=2024)
    assert codes(bad) == ["TXT012"] and "2940.05 ÷ 文中年初预算数 2993.92万元 = 98.20%" in bad[0].message


def test_completion_of_a_zero_budget_named_in_the_sentence():
    """A real 2024 上海 决算 (普陀 社工部): 年初预算 0, 全年预算 321.02, and "完成年初预算的95.89%" — the percentage is
    of the 全年 budget. With the 年初 budget stated, the one the sentence names is judged."""
    text = "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成{}预算的95.89%。"
    bad = judge([text.format("年初")], year=2024)
    assert [(f.code, f.severity.value, f.actual, f.expected) for f in bad] == [
        ("TXT012", "error", "95.89%", "年初预算为零，不能计算")]
    assert "年初预算数为 0万元" in bad[0].message and "307.82 ÷ 321.02 = 95.89%" in bad[0].message
    assert codes(judge([text.format("全年")], year=2024)) == []
    assert codes(judge([text.format("")], year=2024)) == []  # 完成预算的: the 全年 one fits
    wrong = judge([text.format("全年").replace("95.89%", "94.89%")], year=2024)
    assert [(f.code, f.expected) for f in wrong] == [("TXT012", "95.89%")]
    assert "307.82 ÷ 文中全年预算数 321.02万元 = 95.89%" in wrong[0].message


def test_completion_in_a_sentence_that_does_not_name_its_subject():
    """The 项 paragraphs of the 上海 template name the 科目 in a first sentence, then "全年预算为…，支出决算为…，完成全年
    预算数的…%": judged against the sentence's own two amounts."""
    head = "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。"
    ok = judge([head + "全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%。"], year=2024)
    assert codes(ok) == []
    bad = judge([head + "全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的99.69%。"], year=2024)
    assert [(f.code, f.expected, f.actual) for f in bad] == [("TXT012", "98.69%", "99.69%")]
    assert "51.32 ÷ 文中全年预算数 52.00万元 = 98.69%" in bad[0].message
    assert bad[0].locations[0].sentence.endswith("完成全年预算数的99.69%。")
    # truncated, not rounded: a warning
    # rounding is not an error: 2.22 ÷ 2.23 may be anything from 99.1% to 100% given the shown decimals
    assert judge([head + "全年预算为2.23万元，支出决算为2.22万元，完成全年预算数的99.5%。"], year=2024) == []
    cut = judge([head + "全年预算为300.00万元，支出决算为299.00万元，完成全年预算数的99.6%。"], year=2024)
    assert [(f.code, f.severity.value) for f in cut] == [("TXT010", "warning")]  # 99.67% cut to 99.6%
    # not judged: the 年初 budget the percentage names is not stated; two 决算 amounts; no 决算 word
    assert judge([head + "全年预算为52.00万元，支出决算为51.32万元，完成年初预算数的90%。"], year=2024) == []
    assert judge([head + "全年预算为52.00万元，基本支出决算为40万元，项目支出决算为11.32万元，完成全年预算数的90%。"],
                 year=2024) == []
    assert judge([head + "全年预算为52.00万元，其他为51.32万元，完成全年预算数的90%。"], year=2024) == []


ITEM_HEADING = "（三）一般公共预算财政拨款支出决算具体情况"


def test_item_paragraph_against_its_row_of_the_table(sample_disclosure):
    """The 上海 template explains each 项 in a paragraph headed by its 类/款/项 names; its 支出决算 is that row of
    公开05表 (2024 sample: 2011001 行政运行 412.35 under 20110 人力资源事务; 2080101 行政运行 123.46)."""
    item = "{}、{}（类）{}（款）行政运行（项）。主要用于：人员支出、公用支出。年初预算为450.00万元，支出决算为{}万元。"
    ok = judge([ITEM_HEADING, item.format(1, "一般公共服务支出", "人力资源事务", "412.35"),
                item.format(2, "社会保障和就业支出", "人力资源和社会保障管理事务", "123.46")], "2024", sample_disclosure,
               year=2024)
    assert codes(ok) == []
    bad = judge([ITEM_HEADING, item.format(1, "一般公共服务支出", "人力资源事务", "412.35"),
                 item.format(2, "社会保障和就业支出", "人力资源和社会保障管理事务", "132.46")], "2024", sample_disclosure,
                year=2024)
    assert [(f.code, f.severity.value, f.expected, f.actual) for f in bad] == [("TXT001", "error", "123.46", "132.46")]
    assert "公开05表「2080101 行政运行」" in bad[0].message and bad[0].locations[0].paragraph == 3
    # rounding is not an error
    assert codes(judge([ITEM_HEADING, item.format(1, "一般公共服务支出", "人力资源事务", "412.4")], "2024",
                       sample_disclosure, year=2024)) == []


def test_item_paragraph_is_judged_only_when_its_row_is_certain(sample_disclosure):
    item = "1、{}（类）{}（款）行政运行（项）。支出决算为999.99万元。"
    cases = [
        [ITEM_HEADING, item.format("一般公共服务支出", "财政事务")],  # no such 款 in the table
        [ITEM_HEADING, item.format("教育支出", "人力资源事务")],  # the 款 is not under that 类
        ["（二）政府性基金预算财政拨款支出", item.format("一般公共服务支出", "人力资源事务")],  # another table's passage
        # (no heading saying whose spending: judged since s11 when every spending table prints the row alike,
        # tests/test_narrative_heldout11.py)
        [ITEM_HEADING, "1、一般公共服务支出（类）人力资源事务（款）行政运行（项）。年初预算为999.99万元。"],  # a budget
    ]
    # the amount is never judged; a 款 the table does not print under the 类 the text names draws TXT030 (a warning
    # that the names disagree, in a 决算 as in a 预算 since s23), nothing else
    expected = [["TXT030"], ["TXT030"], [], []]
    for texts, codes_ in zip(cases, expected):
        assert [f.code for f in judge(texts, "2024", sample_disclosure, year=2024)] == codes_, texts


def test_item_list_of_a_budget_against_its_function_table():
    """The 上海 预算 narrative lists "财政拨款支出主要内容如下：" then "1.“一般公共服务支出（类）…（款）行政运行（项）”
    753.88万元": each against its row of the 一般公共预算支出功能分类预算表 (in 元 in the 2026 sample: 7,538,780)."""
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    base = recognize(read_workbook(SAMPLES / "预算公开表-2026-上海部门-无误.xlsx"))

    def run(amount):
        d = base.model_copy(deep=True)
        d.paragraphs = paras("财政拨款支出主要内容如下：",
                             f"1.“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”{amount}万元，"
                             "主要用于机关人员经费及公用经费。",
                             "2.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”"
                             "104.62万元，主要用于缴纳基本养老保险。")
        d.narrative = read_claims(d.paragraphs, 2026)
        return run_rules(d, Context(), select=["TXT"])

    assert codes(run("753.88")) == []
    bad = run("735.88")
    assert [(f.code, f.expected, f.actual) for f in bad] == [("TXT001", "753.88", "735.88")]
    assert "《一般公共预算支出功能分类预算表》「2010301 行政运行」" in bad[0].message and bad[0].locations[0].paragraph == 2
    assert "表中为 753.88 万元（7538780 元）" in bad[0].message
    (cut,) = run("753.87")  # 753.878 cut, not rounded: the tail shows in 万元, the 元 beside it
    assert (cut.code, cut.severity.value, cut.expected) == ("TXT010", "warning", "753.88")
    assert "753.8780 万元（7538780 元）" in cut.message


def test_which_is_larger_the_budget_or_the_actual():
    """"决算数小于（大于）全年预算数的主要原因", "决算数与预算数持平": against the amounts of the sentence before."""
    head = "2、一般公共服务支出（类）社会工作事务（款）事业运行（项）。"
    said = "全年预算为17.68万元，支出决算为11.31万元。"
    assert judge([head + said + "决算数小于全年预算数的主要原因：人员变动。"], year=2024) == []
    bad = judge([head + said + "决算数大于全年预算数的主要原因：人员变动。"], year=2024)
    assert [(f.code, f.severity.value, f.expected, f.actual) for f in bad] == [("TXT014", "error", "小于", "大于")]
    assert "11.31 − 17.68 = -6.37" in bad[0].message and bad[0].locations[0].sentence.startswith("决算数大于")
    flat = judge([head + said + "决算数与全年预算数持平。"], year=2024)
    assert [(f.code, f.expected, f.actual) for f in flat] == [("TXT014", "小于", "持平")]
    same = "全年预算为202.24万元，支出决算为202.24万元。"
    assert judge([head + same + "决算数与全年预算数持平。"], year=2024) == []
    assert [(f.code, f.expected) for f in judge([head + same + "决算数小于预算数的主要原因：节约。"], year=2024)] == [
        ("TXT014", "等于")]
    # not judged: 基本持平; a difference under 1% called 持平; rounding may make either larger; two budgets, no word
    assert judge([head + said + "决算数与全年预算数基本持平。"], year=2024) == []
    assert judge([head + "全年预算为200.00万元，支出决算为199.50万元。决算数与预算数持平。"], year=2024) == []
    assert judge([head + "全年预算为11.3万元，支出决算为11.31万元。决算数小于预算数的主要原因：节约。"], year=2024) == []
    assert judge([head + "年初预算为10万元，全年预算为17.68万元，支出决算为11.31万元。决算数大于预算数的主要原因：追加。"],
                 year=2024) == []
    # the named budget is the one compared
    assert codes(judge([head + "年初预算为10万元，全年预算为17.68万元，支出决算为11.31万元。决算数大于年初预算数的主要原因："
                              "追加。"], year=2024)) == []


def test_hygiene_reads_a_sentence_cut_across_paragraphs_as_one():
    findings = judge(["本部门2019年度机关运行经费支出10万元，比上年增加2万元，增长25%，主要原因是“公务",
                      "用车”运行费用增加。"])
    assert findings == []


def test_summary_against_its_form_grade_score_amounts(tmp_path):
    """自评综述 paragraphs beside the forms of 绩效自评表-河北式-无误.xlsx (就业扶持专项资金: 预算 120, 执行 108, 87 分, 良)."""
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(SAMPLES / "绩效自评表-河北式-无误.xlsx"))
    d.paragraphs = paras(
        "（1）就业扶持专项资金项目自评综述：根据年初设定的绩效目标，就业扶持专项资金项目绩效自评得分为87分，评价等级为良。"
        "全年预算数为120万元，执行数为108万元，完成预算的90%。",
        "（2）远程教育站点专项资金项目自评综述：项目绩效自评得分为55分，评价等级为优。全年预算数为50万元，执行数为52万元，"
        "完成预算的104%。")
    d.narrative = read_claims(d.paragraphs, 2019)
    findings = run_rules(d, Context(), select=["TXT"])
    assert [(f.code, f.locations[0].paragraph, f.actual, f.expected) for f in findings] == [
        ("TXT020", 2, "优", "差"), ("TXT020", 2, "52", "25.00")]


def test_last_years_amount_is_not_this_years():
    n = read_claims(paras("2023年度一般公共预算财政拨款支出3003.19万元，2024年度一般公共预算财政拨款支出2940.05万元，"
                          "上年决算为3003.19万元。"), 2024)
    assert [(c.amount.text, c.basis) for c in n.claims if c.kind == "amount"] == [
        ("3003.19万元", "prior"), ("2940.05万元", None), ("3003.19万元", "prior")]
    assert codes(judge(["2023年度一般公共预算财政拨款支出3003.19万元，2024年度一般公共预算财政拨款支出2940.05万元。"],
                       year=2024)) == []


# ------------------------------------------------------------------ TXT012 / TXT014: one after another
def test_completions_one_after_another_are_each_judged():
    """A sentence skipped (no 决算数, no budget), judged right, cut or found wrong never stops the ones after it."""
    found = judge([
        "全年预算为52.00万元，完成全年预算数的98.69%。",  # no 决算数: not judged
        "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。",
        "全年预算为10.00万元，支出决算为9.00万元，完成全年预算数的90.00%。",  # right
        "全年预算为300.00万元，支出决算为299.00万元，完成全年预算数的99.6%。",  # cut: TXT010
        "支出决算为9.00万元，完成预算的90%。",  # no budget: not judged
        "全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的99.69%。",
        "年初预算为0万元，支出决算为0万元，完成年初预算的0%。",  # nothing spent of nothing
    ], year=2024)
    assert sorted((f.locations[0].paragraph, f.code, f.actual) for f in found) == [
        (2, "TXT012", "95.89%"), (4, "TXT010", "99.6%"), (6, "TXT012", "99.69%")]


def test_which_is_larger_one_after_another_and_at_the_edges():
    found = judge([
        "1、年初预算为10万元，全年预算为17.68万元，支出决算为11.31万元。决算数大于预算数的主要原因：追加。",  # two budgets
        "2、全年预算为202.24万元，支出决算为202.24万元。决算数与全年预算数持平。",  # right
        "3、全年预算为17.68万元，支出决算为11.31万元。决算数小于全年预算数的主要原因：节约。",  # right
        "4、全年预算为10.1万元，支出决算为10.0万元。决算数大于全年预算数的主要原因：追加。",  # 10.05 touches 10.05
        "5、全年预算为10.0万元，支出决算为10.1万元。决算数小于全年预算数的主要原因：节约。",  # the same the other way
        "6、全年预算为17.68万元，支出决算为11.31万元。支出与上年持平。",  # 上年, not the budget
        "7、预算为17.68万元，支出决算为11.31万元。决算数大于预算数的主要原因：追加。",
        "8、全年预算为17.68万元，支出决算为11.31万元，决算数大于全年预算数。",
    ], year=2024)
    found.sort(key=lambda f: f.locations[0].paragraph)
    assert [(f.code, f.expected, f.actual, f.locations[0].paragraph) for f in found] == [
        ("TXT014", "小于", "大于", 7), ("TXT014", "小于", "大于", 8)]
    assert found[0].message == ("文中说决算数“大于”预算数，但上一句的决算数 11.31 万元小于预算数 17.68 万元"
                                "（11.31 − 17.68 = -6.37）。")
    assert "但同一句的决算数 11.31 万元小于全年预算数 17.68 万元" in found[1].message


def test_completion_and_comparison_edges():
    # the amount said in an earlier paragraph is this year's, when the sentence and the tables give none
    base = ["本部门2019年度本年支出合计6101.24万元。"]
    assert codes(judge(base + ["本年支出完成年初预算的61%，比年初预算减少3908.69万元。"])) == []
    (f,) = judge(base + ["本年支出完成年初预算的71%，比年初预算减少3908.69万元。"])
    assert (f.code, f.expected) == ("TXT012", "61%") and "6101.24 ÷ 预算数 10009.93" in f.message
    # 完成全年预算 where the budget is said without 全年/年初: that budget is the one
    (f,) = judge(["预算为17.68万元，支出决算为11.31万元，完成全年预算数的73.97%。"], year=2024)
    assert (f.code, f.expected) == ("TXT012", "63.97%")
    # a 年初 budget of 1 万元 is small, not zero
    (f,) = judge(["年初预算为1万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。"], year=2024)
    assert f.code == "TXT012" and "与决算数、预算数不符" in f.message
    (f,) = judge(["一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，"
                  "完成年初预算的95.89%。"], year=2024)
    assert "按全年预算数 321.02万元计算" in f.message
    # TXT014: the sentence just before, not two before; no 决算 word, no judgement; 1% is no longer 持平
    (f,) = judge(["全年预算为17.68万元，支出决算为11.31万元。全年预算为20万元，支出决算为15万元。"
                  "决算数大于全年预算数的主要原因：追加。"], year=2024)
    assert (f.code, f.expected) == ("TXT014", "小于") and "15 万元小于全年预算数 20 万元" in f.message
    assert judge(["全年预算为17.68万元，支出为11.31万元。决算数大于全年预算数的主要原因：追加。"], year=2024) == []
    (f,) = judge(["全年预算为100.00万元，支出决算为99.00万元。决算数与全年预算数持平。"], year=2024)
    assert (f.code, f.expected, f.actual) == ("TXT014", "小于", "持平")


def test_a_share_takes_its_whole_from_its_own_passage():
    texts = ["一、支出决算情况说明", "本年支出合计200万元。", "其中：基本支出50万元，占本年支出合计的{}%。",
             "二、下属单位支出情况", "本年支出合计100万元。"]
    assert codes(judge([t.format(25) for t in texts], year=2019)) == []
    (f,) = judge([t.format(50) for t in texts], year=2019)  # 50 ÷ 100 is the other passage's whole
    assert (f.code, f.expected, f.actual) == ("TXT011", "25%", "50%")
    assert f.message == "文中“占50%”与金额不符（基本支出）：50 ÷ 200（第2段所说本年支出合计）= 25.00%。"
