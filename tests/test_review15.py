"""Session 15 review (s15rev): false findings and misses on correct disclosures the reviewer wrote in other provinces'
wordings. Each correct sentence is checked against the 2019 sample's tables (本年支出合计 6101.24, 本年收入合计 6063.99,
一般公共预算财政拨款 2116.25, “三公” 3.68) or the 上海 2026 预算 sample's (一般公共预算拨款支出 1817.33, “三公” 9.70);
each faulty copy changes one figure and must be caught."""

from __future__ import annotations

import pytest

from test_narrative_bracket_labels import _findings
from test_review13 import _budget_text

def _checked(book, path, prefix=""):
    """(code, severity) of each error and warning `govaudit check --format json` gives for the workbook saved at path."""
    import json

    from click.testing import CliRunner

    from govaudit.cli import main
    book.save(path)
    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return [(f["code"], f["severity"]) for f in json.loads(r.output)["findings"]
            if f["severity"] != "info" and f["code"].startswith(prefix)]


PAYS = "三、支出决算情况说明"
SANGONG = "七、“三公”经费财政拨款支出决算情况说明"

# r1: a sentence that opens with the comparison after a sentence that listed a whole's parts was read as the LAST part's
# change ("…项目支出5324.54万元。与上年相比增加197.17万元" → "197.17 ÷ 5127.37 = 3.85%"): it is the whole's
AFTER_A_LIST = [
    (PAYS, "本年支出合计6101.24万元，其中：基本支出776.71万元，项目支出5324.54万元。与上年相比增加197.17万元，增长{}%，"
           "主要原因是新增就业补助项目。", "3.34", "4.34"),
    (SANGONG, "本部门2019年度“三公”经费支出共计3.68万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费2.42万元，"
              "公务接待费1.26万元。比上年减少0.42万元，下降{}%。", "10.24", "11.24"),
]


@pytest.mark.parametrize("heading,sentence,right,wrong", AFTER_A_LIST)
def test_a_comparison_after_a_list_of_parts_is_the_wholes(tmp_path, heading, sentence, right, wrong):
    assert _findings(tmp_path, [sentence.format(right)], heading=heading) == []
    assert ("TXT003", "error") in _findings(tmp_path, [sentence.format(wrong)], heading=heading)


@pytest.mark.parametrize("sentence,right,wrong", [
    ("2026年一般公共预算拨款支出预算1817.33万元，其中：基本支出1334.77万元，项目支出482.56万元。比2025年预算增加117.33万元，"
     "增长{}%。", "6.90", "7.90"),
    ("2026年“三公”经费预算9.70万元，其中：因公出国（境）费0万元，公务接待费1.20万元，公务用车购置及运行费8.50万元。"
     "比2025年预算减少0.30万元，下降{}%。", "3.00", "4.00"),  # (3.41 % fits the last part's: r40)
])
def test_a_budgets_comparison_after_a_list_of_parts_is_the_wholes(tmp_path, sentence, right, wrong):
    assert _budget_text(tmp_path, sentence.format(right)) == []
    assert ("TXT003", "error") in _budget_text(tmp_path, sentence.format(wrong))


def test_a_sentence_that_compares_a_part_it_names_is_the_parts(tmp_path):
    said = "本年支出合计6101.24万元，其中：基本支出776.71万元，项目支出5324.54万元。项目支出比上年增加{}万元，增长3.85%。"
    assert _findings(tmp_path, [said.format("197.17")], heading=PAYS) == []
    assert ("TXT003", "error") in _findings(tmp_path, [said.format("297.17")], heading=PAYS)


# r17: a change right after the amount of a part no subject names ("主要用于：其他人力资源事务支出704.81万元，比上年增加
# 100.00万元，增长16.53%") was given to the sentence's subject ("100.00 ÷ 5224.54 = 1.91%"): it is that part's
UNNAMED_PART = [
    "项目支出5324.54万元，主要用于：其他人力资源事务支出704.81万元，比上年增加100.00万元，增长{}%；"
    "其他国有土地使用权出让收入安排的支出3984.99万元。",
    "项目支出5324.54万元，其中：创新创业人才项目704.81万元，比上年增加100.00万元，增长{}%。",
]


@pytest.mark.parametrize("sentence", UNNAMED_PART)
def test_a_change_after_an_unnamed_parts_amount_is_that_parts(tmp_path, sentence):
    assert _findings(tmp_path, [sentence.format("16.53")], heading=PAYS) == []
    # judged on the part's own figures: 100.00 ÷ (704.81 − 100.00) = 16.53 % (1.91 % would fit the whole's: not an error)
    assert ("TXT003", "error") in _findings(tmp_path, [sentence.format("15.53")], heading=PAYS)


def test_a_change_after_a_cause_that_states_an_amount_is_not_judged(tmp_path):
    # "主要是就业补贴资金73.46万元，较上年增加10.00万元": of the cause's amount or of the whole: which is not certain
    said = "本年支出合计6101.24万元，主要是就业补贴资金73.46万元，较上年增加10.00万元，增长15.76%。"
    assert _findings(tmp_path, [said], heading=PAYS) == []
    # a change before the cause is still the subject's
    wrong = "本年支出合计6101.24万元，比上年增加197.17万元，增长4.34%，主要是就业补贴资金增加73.46万元。"
    assert ("TXT003", "error") in _findings(tmp_path, [wrong], heading=PAYS)


# r2, r3, r9, r15, r16: misses, each a correct sentence that must stay clean and its faulty copy caught
INCOME = "二、收入决算情况说明"
MISSES = [
    # r2: last year's amount in a bracket, then the change without "比上年"
    (PAYS, "本部门2019年度本年支出合计6101.24万元（上年为5904.07万元），增加197.17万元，增长{}%。", "3.34", "3.43", "TXT003"),
    # r3: a change said with its sign
    ("五、一般公共预算财政拨款支出决算情况说明", "一般公共预算财政拨款支出2116.25万元，比上年增加-114.15万元，增长-{}%。",
     "5.12", "5.21", "TXT003"),
    # r9: 人民币 before the amount
    (INCOME, "本部门2019年度本年收入合计为人民币{}万元，比上年增加173.87万元。", "6063.99", "6036.99", "TXT001"),
    # r15: 增减额 / 增减率 with or without a sign, and a rate after a colon
    (INCOME, "本年收入合计6063.99万元，增减额为+173.87万元，增减率为+{}%。", "2.95", "3.95", "TXT003"),
    (INCOME, "本年收入合计6,063.99万元，较上年增加173.87万元，增长率：{}%。", "2.95", "3.95", "TXT003"),
    # r16: last year's amount in a bracket after the rate
    (INCOME, "本年收入合计6063.99万元，较上年增长{}%（上年：5890.12万元）。", "2.95", "3.95", "TXT003"),
]


@pytest.mark.parametrize("heading,sentence,right,wrong,code", MISSES)
def test_misses_of_the_review_are_caught(tmp_path, heading, sentence, right, wrong, code):
    assert _findings(tmp_path, [sentence.format(right)], heading=heading) == []
    assert (code, "error") in _findings(tmp_path, [sentence.format(wrong)], heading=heading)


def test_a_signed_fall_reads_as_a_fall():
    from govaudit.recognize.claims import signed_changes
    assert signed_changes("增减额为-0.42万元,增减率为-10.24%") == "比上年减少0.42万元,下降10.24%"
    assert signed_changes("比上年增加-114.15万元,增长-5.12%") == "比上年减少114.15万元,下降5.12%"
    assert signed_changes("比上年增加114.15万元,增长5.12%") == "比上年增加114.15万元,增长5.12%"


# r20: a Word document named .xlsx and a workbook named .pdf were told as a broken workbook / PDF
def test_an_office_file_with_another_kinds_name_is_told_what_it_is(tmp_path):
    import shutil

    from click.testing import CliRunner

    from govaudit.cli import main
    from ci_helpers import SAMPLES
    shutil.copy(SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx", tmp_path / "a.xlsx")
    shutil.copy(SAMPLES / "决算公开表-2019-中央式-无误.xlsx", tmp_path / "b.pdf")
    r = CliRunner().invoke(main, ["check", str(tmp_path / "a.xlsx"), str(tmp_path / "b.pdf")])
    assert r.exit_code == 2
    assert "文件内容是 Word 文档，不是 Excel 工作簿：请把扩展名改为 .docx 后再检查" in r.output
    assert "文件内容是 Excel 工作簿，不是 PDF 文件：请把扩展名改为 .xlsx 后再检查" in r.output


# r7: a 说明 published apart from its tables, checked in their folder without --together, was compared with nothing and
# said so nowhere
def test_a_file_without_tables_beside_one_with_tables_hints_at_together(tmp_path):
    import openpyxl
    from click.testing import CliRunner

    from govaudit.cli import main
    from ci_helpers import SAMPLES
    wb = openpyxl.load_workbook(SAMPLES / "情况说明与公开表-2019-无误.xlsx")
    text = wb["情况说明"]
    book = openpyxl.Workbook()
    for row in text.iter_rows(values_only=True):
        book.active.append(list(row))
    book.save(tmp_path / "说明.xlsx")
    del wb["情况说明"]
    wb.save(tmp_path / "公开表.xlsx")
    r = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert "说明.xlsx 没有识别到公开表或绩效自评表" in r.output and "--together" in r.output
    r = CliRunner().invoke(main, ["check", str(tmp_path / "说明.xlsx")])  # alone: nothing to join it with
    assert "--together" not in r.output


def _with_shiye(tmp_path, lines):
    """The 2024 上海式 sample with 事业收入 100.00 spent as 基本支出 on 2011001 行政运行 (01 收入总计 6698.33, 04 总计 6598.33;
    03 本年支出合计 6201.24, 基本支出 876.71, while 05/06 基本支出 stay 776.71: 财政拨款 only), and a 情况说明 of these lines."""
    import openpyxl

    from ci_helpers import SAMPLES
    wb = openpyxl.load_workbook(SAMPLES / "决算公开表-2024-上海式-无误.xlsx")
    s1, s2, s3 = wb["01收支总表"], wb["02收入"], wb["03支出"]
    s1["B9"] = 100.00; s1["B31"] = 6163.99; s1["B34"] = 6698.33; s1["D34"] = 6698.33  # noqa: E702
    s1["D5"] = 1403.58; s1["D31"] = 6201.24; s1["D33"] = 497.09  # noqa: E702
    s2["F5"] = 100.00; s2["C5"] = 6163.99  # noqa: E702
    for r, v in ((6, 1403.58), (7, 1403.58), (10, 804.81)):
        s2[f"C{r}"] = v; s2[f"F{r}"] = 100.00  # noqa: E702
    s3["C5"] = 6201.24; s3["D5"] = 876.71  # noqa: E702
    for r in (6, 7):
        s3[f"C{r}"] = 1403.58; s3[f"D{r}"] = 512.35  # noqa: E702
    s3["C8"] = 512.35; s3["D8"] = 512.35  # noqa: E702
    ws = wb.create_sheet("情况说明", 0)
    for line in ["第二部分 2024年度部门决算情况说明", "本说明所列金额的单位均为万元，与所附公开表一致。", *lines]:
        ws.append([line])
    return _checked(wb, tmp_path / "s.xlsx")


# r21: a numbered sentence listing 财政拨款收入 as a part made the next paragraph's 收入总计 the fund's (04 总计)
def test_a_numbered_sentence_with_a_list_of_parts_is_no_heading(tmp_path):
    lines = ["一、收入支出决算总体情况说明",
             "（一）本年收入合计6163.99万元，其中：财政拨款收入6063.99万元，占本年收入合计的98.38%；事业收入100.00万元，占1.62%。",
             "2024年度本部门收入总计{}万元，支出总计6698.33万元。"]
    assert _with_shiye(tmp_path, lines[:2] + [lines[2].format("6698.33")]) == []
    assert ("TXT001", "error") in _with_shiye(tmp_path, lines[:2] + [lines[2].format("6689.33")])


# r26: a heading not numbered, ending in "：" or in 【】/（）, did not scope the paragraph under it
@pytest.mark.parametrize("heading", ["一般公共预算财政拨款基本支出决算情况说明：", "【一般公共预算财政拨款基本支出决算情况说明】",
                                     "（一般公共预算财政拨款基本支出决算情况说明）"])
def test_an_unnumbered_heading_with_a_colon_or_brackets_scopes_what_follows(tmp_path, heading):
    lines = ["二、支出决算情况说明", "本年支出合计6201.24万元，其中：基本支出876.71万元，占14.14%；项目支出5324.54万元，占85.86%。",
             heading, "基本支出{}万元，其中：人员经费741.82万元，公用经费34.89万元。"]
    assert _with_shiye(tmp_path, lines[:3] + [lines[3].format("776.71")]) == []
    assert ("TXT001", "error") in _with_shiye(tmp_path, lines[:3] + [lines[3].format("767.71")])


# r24: the unit in a bracket before or after the figure
@pytest.mark.parametrize("sentence", ["本年收入合计（万元）：{}，本年支出合计（万元）：6101.24。",
                                      "本年收入合计{}（万元），本年支出合计6101.24（万元）。"])
def test_a_unit_in_brackets_is_the_figures(tmp_path, sentence):
    assert _findings(tmp_path, [sentence.format("6063.99")], heading=INCOME) == []
    assert ("TXT001", "error") in _findings(tmp_path, [sentence.format("6036.99")], heading=INCOME)


# r27: a numbered heading run into its first sentence ("三、…情况说明：2024年度基本支出…") did not scope it
@pytest.mark.parametrize("paragraph", [
    "三、一般公共预算财政拨款基本支出决算情况说明：2024年度基本支出{}万元，其中：人员经费741.82万元，公用经费34.89万元。",
    "三、一般公共预算财政拨款基本支出决算情况说明。2024年度基本支出{}万元，其中：人员经费741.82万元，公用经费34.89万元。",
])
def test_a_heading_run_into_its_first_sentence_scopes_it(tmp_path, paragraph):
    assert _with_shiye(tmp_path, [paragraph.format("776.71")]) == []
    assert ("TXT001", "error") in _with_shiye(tmp_path, [paragraph.format("767.71")])


# r28: the fund named on the first of two parallel parts is the second's too
def test_a_fund_named_on_the_first_of_two_parts_is_the_seconds(tmp_path):
    said = "2024年度一般公共预算财政拨款基本支出776.71万元，项目支出{}万元。"
    assert _with_shiye(tmp_path, ["五、支出情况", said.format("1339.54")]) == []
    assert ("TXT001", "error") in _with_shiye(tmp_path, ["五、支出情况", said.format("1393.54")])


# r29: a sub-heading naming no spending ("（一）支出决算总体情况") and numbered items stand under the parent heading's fund
@pytest.mark.parametrize("lines", [
    ["（一）支出决算总体情况", "2024年度支出2116.25万元，其中基本支出776.71万元，项目支出{}万元。"],
    ["（一）总体情况", "基本支出776.71万元，项目支出{}万元。"],
    ["1.基本支出776.71万元；", "2.项目支出{}万元。"],
])
def test_a_sub_heading_naming_no_fund_stands_under_its_parents(tmp_path, lines):
    # (a bare part under a fund's heading is not judged, whichever fund: only the false TXT001 against 公开03表 goes)
    head = "五、一般公共预算财政拨款支出决算情况说明"
    assert _with_shiye(tmp_path, [head, lines[0], lines[1].format("1339.54")]) == []


# r30: last year's amount of one subject was paired with another subject's this-year amount for a rate
@pytest.mark.parametrize("said", ["本年收入合计6063.99万元（上年5890.12万元），本年支出合计6101.24万元，比上年增长3.34%。",
                                  "2018年本年支出合计5904.07万元，2019年本年收入合计6063.99万元，比上年增长2.95%。"])
def test_last_years_amount_of_one_subject_is_no_base_of_anothers_rate(tmp_path, said):
    assert _findings(tmp_path, [said], heading=INCOME) == []


def test_the_base_in_a_bracket_after_its_own_amount_is_still_judged(tmp_path):
    said = "本年收入合计6063.99万元（上年5890.12万元），比上年增长{}%。"
    assert _findings(tmp_path, [said.format("2.95")], heading=INCOME) == []
    assert ("TXT003", "error") in _findings(tmp_path, [said.format("3.95")], heading=INCOME)


# a department's part said with the figure of the fund's own line (公开05表), where the words were read as the
# department's (公开03表): the scope of the words is in doubt, not the figure — a warning that says so, not an error
def test_a_figure_that_is_the_funds_own_line_draws_a_warning_not_an_error(tmp_path):
    said = ["一、收入支出决算总体情况说明", "2024年度本部门收入总计6698.33万元，支出总计6698.33万元。", "二、支出决算情况说明",
            "2024年度基本支出{}万元，主要用于保障机构正常运转。"]
    found = _with_shiye(tmp_path, said[:3] + [said[3].format("776.71")])
    assert ("TXT001", "warning") in found and ("TXT001", "error") not in found
    assert ("TXT001", "error") in _with_shiye(tmp_path, said[:3] + [said[3].format("767.71")])
    # (s15rev2 3: where the sentence itself names the department's whole, the fund's figure for its part is an error)
    whole = "本年支出合计6201.24万元，其中：基本支出776.71万元，项目支出5324.54万元。"
    assert ("TXT001", "error") in _with_shiye(tmp_path, said[:3] + [whole])


def test_a_sign_in_brackets_is_the_changes_direction(tmp_path):
    # s15rev2 7: "增加（+）173.87万元" read the figure as last year's ("(6063.99 − 173.87) ÷ 173.87 = 3387.66%")
    said = "本部门2019年度本年收入合计6063.99万元，比上年增加（+）173.87万元，增长{}%。"
    assert _findings(tmp_path, [said.format("2.95")], heading=INCOME) == []
    assert ("TXT003", "error") in _findings(tmp_path, [said.format("3.95")], heading=INCOME)


# r34: an amount after "X中，" that names nothing of its own was read as X itself (TXT001 against X's row)
def test_an_unnamed_amount_after_x_zhong_is_a_part_of_x(tmp_path):
    said = "本部门2019年度项目支出中，安排120.00万元用于信息化建设，占{}%，安排73.46万元用于就业补助。"
    assert _findings(tmp_path, [said.format("2.25")], heading=PAYS) == []
    assert ("TXT011", "error") in _findings(tmp_path, [said.format("2.52")], heading=PAYS)  # 120.00 ÷ 5324.54


def test_a_budgets_unnamed_amount_after_x_zhong_is_a_part_of_x(tmp_path):
    assert _budget_text(tmp_path, "2026年本部门项目支出预算中，预算安排120.00万元用于信息化建设，占15.09%。") == []


# r35: "X万元和上年Y万元相比，减少…" (no comma before 和) was not read as a comparison
def test_a_comparison_with_last_years_amount_after_he(tmp_path):
    said = "2019年度“三公”经费支出3.68万元和上年4.10万元相比，减少0.42万元，下降{}%。"
    assert _findings(tmp_path, [said.format("10.24")], heading=SANGONG) == []
    assert ("TXT003", "error") in _findings(tmp_path, [said.format("12.24")], heading=SANGONG)


def test_a_change_of_a_part_named_without_its_amount_is_that_parts(tmp_path):
    # r17 (more): "…，其中办公费减少1.00万元，下降8.99%" is 办公费's change, not 机关运行经费's ("1.00 ÷ 35.89 = 2.79%")
    said = "机关运行经费34.89万元，比上年减少2.11万元，下降{}%，其中办公费减少1.00万元，下降8.99%。"
    assert _findings(tmp_path, [said.format("5.70")], heading=PAYS) == []
    assert ("TXT003", "error") in _findings(tmp_path, [said.format("7.50")], heading=PAYS)


# second look (s15rev REPORT2): the readings above must not take a sentence whose figures fit the other reading
# r40: a change after a list that fits the last part alone is the last part's; r41: a change after an unnamed amount
# that fits the subject's alone is the subject's (and after a known part's amount, "上年结转534.34万元", the same)
EITHER = [
    (SANGONG, "本部门2019年度“三公”经费支出3.68万元，其中：因公出国（境）费0万元，公务接待费1.26万元，公务用车购置及运行维护费"
              "2.42万元。比上年减少0.38万元，下降{}%，主要是公务用车运行维护费减少。", "13.57", "15.57"),
    (PAYS, "本年支出合计6101.24万元，人均支出50.00万元，比上年增加197.17万元，增长{}%。", "3.34", "4.34"),
    (PAYS, "本年支出合计6101.24万元，其中人员类支出741.82万元，比上年增加197.17万元，增长{}%。", "3.34", "4.34"),
    (INCOME, "本年收入合计6063.99万元，上年结转534.34万元，比上年增加173.87万元，增长{}%。", "2.95", "3.95"),
]


@pytest.mark.parametrize("heading,sentence,right,wrong", EITHER)
def test_a_change_goes_to_the_amount_its_figures_fit(tmp_path, heading, sentence, right, wrong):
    assert _findings(tmp_path, [sentence.format(right)], heading=heading) == []
    # (fitting neither, it stays the reading's first: 50.00 万元 smaller than its increase is TXT006)
    assert {("TXT003", "error"), ("TXT006", "error")} & set(_findings(tmp_path, [sentence.format(wrong)], heading=heading))


# r39: an unsigned 增减率 goes the way the sentence says
def test_an_unsigned_zengjianlv_goes_the_way_the_sentence_says(tmp_path):
    said = "一般公共预算财政拨款支出2116.25万元，比上年减少114.15万元，增减率为{}%。"
    assert _findings(tmp_path, [said.format("5.12")], heading="五、一般公共预算财政拨款支出决算情况说明") == []
    assert ("TXT003", "error") in _findings(tmp_path, [said.format("5.21")], heading="五、一般公共预算财政拨款支出决算情况说明")


# r42: a fund is not carried to a second part with a qualifier of its own ("本年项目支出")
def test_a_fund_is_not_carried_to_a_part_with_its_own_qualifier(tmp_path):
    said = "2024年度一般公共预算财政拨款基本支出776.71万元，本年项目支出5324.54万元。"
    assert _with_shiye(tmp_path, ["五、支出情况", said]) == []


# r43: "…收入A万元，上年为B万元，支出C万元，增长Z%": B is 收入's, Z 支出's
def test_last_years_amount_after_one_subject_is_no_base_of_the_nexts_rate(tmp_path):
    said = "本年收入合计6063.99万元，上年为5890.12万元，本年支出合计6101.24万元，增长3.34%。"
    assert _findings(tmp_path, [said], heading=INCOME) == []


def _sample_findings(tmp_path, edit, sample="决算公开表-2024-上海式-无误.xlsx"):
    """Errors and warnings of a clean sample (the 2024 上海式 one unless said) after `edit(workbook)`."""
    import openpyxl

    from ci_helpers import SAMPLES
    wb = openpyxl.load_workbook(SAMPLES / sample)
    edit(wb)
    return _checked(wb, tmp_path / "e.xlsx")


# s15rev2 5: sign-off rows in forms the sign-off pattern lacked were read as table rows (CEL001 on a clean workbook)
@pytest.mark.parametrize("cells", [["单位负责人（签章）：", "财务负责人（签章）：", "制表人："],
                                   ["单位负责人：张三", "审核：李四", "填报人员：王五"],
                                   ["主要负责人：张三", "财务负责人：李四", "制表：王五"]])
def test_sign_off_rows_under_the_tables_are_no_rows(tmp_path, cells):
    def edit(wb):
        for ws in wb.worksheets:
            r = ws.max_row + 1
            for j, t in enumerate(cells):
                ws.cell(r, 1 + 2 * j, t)
    assert _sample_findings(tmp_path, edit) == []


# s15rev2 8: a seal field or a date after the department's name on one table's 部门 line drew CMP003
@pytest.mark.parametrize("tail", ["（单位公章）", "[盖章]", "　　盖章：", "　　2024年12月31日"])
def test_a_seal_or_a_date_after_the_department_is_no_part_of_its_name(tmp_path, tail):
    def edit(wb):
        ws = wb["03支出"]
        for row in ws.iter_rows(max_row=4):
            for c in row:
                if isinstance(c.value, str) and c.value.replace(" ", "").startswith(("编制部门", "部门", "单位")):
                    c.value = c.value.rstrip() + tail
                    return
        raise AssertionError("no 部门 line found in the sample's 03 sheet")
    assert _sample_findings(tmp_path, edit) == []


# s15rev REPORT2 r44: a "none" of something about the subject is no "none" of the subject
@pytest.mark.parametrize("said", ["本部门2019年度无“三公”经费超支情况。", "本部门2019年度没有发生公务接待费超标准接待情况。"])
def test_none_of_something_about_a_subject_is_not_judged(tmp_path, said):
    assert _findings(tmp_path, [said], heading=SANGONG) == []


def test_none_of_the_subject_itself_is_still_judged(tmp_path):
    assert ("TXT001", "error") in _findings(tmp_path, ["本部门2019年度未发生“三公”经费支出。"], heading=SANGONG)


def _form_check(tmp_path, sentence):
    """TXT findings of the 2019 sample with a 项目支出绩效自评表 '职业技能培训补贴' (年初预算数 80, 全年预算数 100, 执行
    90, 总分 97, 预算执行率 得分 9) and the sentence under a 绩效 heading in its 情况说明."""
    import openpyxl

    from ci_helpers import SAMPLES
    wb = openpyxl.load_workbook(SAMPLES / "情况说明与公开表-2019-无误.xlsx")
    ws = wb.create_sheet("表A")
    for r in [["项目支出绩效自评表"], ["（2019年度）"], ["项目名称", "职业技能培训补贴"],
              ["主管部门", "唐山高新技术产业开发区人力资源和社会保障局", None, None, "实施单位", "就业服务中心"],
              ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
              [None, "年度资金总额", 80, 100, 90, 10, "90%", 9],
              [None, "其中：财政拨款", 80, 100, 90, "—", "—", "—"],
              ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
              [None, "产出指标", "数量指标", "培训人次", "≥5000人次", "5200人次", 40, 40],
              [None, "效益指标", "社会效益指标", "新增就业岗位", "≥1200个", "1260个", 30, 30],
              [None, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥85%", "91.2%", 20, 18],
              ["总分", None, None, None, None, None, 100, 97]]:
        ws.append(r)
    wb["情况说明"].append(["六、预算绩效情况说明"])
    wb["情况说明"].append([sentence])
    return _checked(wb, tmp_path / "f.xlsx", "TXT")


# r45: a 年初预算 is held against the form's 年初预算数; r46: an indicator's score after 其中 is not the 总分
def test_a_projects_initial_budget_and_an_indicators_score(tmp_path):
    assert _form_check(tmp_path, "职业技能培训补贴项目年初预算数为80.00万元，执行90.00万元，自评得分97分。") == []
    assert ("TXT020", "error") in _form_check(tmp_path, "职业技能培训补贴项目年初预算数为85.00万元，执行90.00万元，自评得分97分。")
    assert _form_check(tmp_path, "职业技能培训补贴项目自评得分97分，其中预算执行率得分9分。") == []
    assert ("TXT020", "error") in _form_check(tmp_path, "职业技能培训补贴项目自评得分96分，其中预算执行率得分9分。")


# s15rev2 1: under a fund's heading "本年支出合计" said of the fund (its figure the fund's line) is a warning, not an error;
# the department's own whole named so ("本部门…本年支出合计") with the fund's figure stays an error
def test_a_departments_whole_said_of_the_fund_under_its_heading(tmp_path):
    head = "四、一般公共预算财政拨款支出决算情况说明"
    said = "本年支出合计2116.25万元，其中：基本支出776.71万元，项目支出1339.54万元。"
    found = _findings(tmp_path, [said], heading=head)
    assert ("TXT001", "warning") in found and not [f for f in found if f[1] == "error"]
    assert ("TXT001", "error") in _findings(tmp_path, ["本部门2019年度本年支出合计2116.25万元。"], heading=head)


# the final review of the session's diff: three readings of this session that drew a false error on a correct sentence
@pytest.mark.parametrize("heading,said", [
    # a part named with 支出/经费 ("差旅支出") before its own change: the part's (NAMED_PART_RE met the words stripped)
    (PAYS, "2019年度机关运行经费34.89万元，比上年减少11.00万元，其中差旅支出减少1.00万元，下降8.99%。"),
    # an unsigned 增减率 goes the way said before it, not a direction word in the reason after it
    (INCOME, "本部门2019年度本年收入合计6063.99万元，增减额为173.87万元，增减率为2.95%，主要原因是劳务派遣人员减少后工资仍然上涨。"),
    # a year after a bracketed unit is no amount
    (INCOME, "本部门收支情况（万元）2019年本年收入合计6063.99，本年支出合计6101.24。"),
])
def test_final_review_readings_stay_clean(tmp_path, heading, said):
    assert _findings(tmp_path, [said], heading=heading) == []


def test_a_note_above_a_title_is_no_half_of_it(tmp_path):
    # a line above a title that says something ("…未安排政府性基金预算财政拨款") was joined to it: 05 read as 08, a CMP001
    def edit(wb):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and c.value.strip() == "一般公共预算财政拨款支出决算表" and c.row > 2:
                        ws.cell(c.row - 1, c.column, "2019年度本部门未安排政府性基金预算财政拨款")
                        for other in ws[c.row]:  # (the title alone on its row, its code cell emptied)
                            if other.column != c.column and isinstance(other.value, str):
                                other.value = None
                        return
        raise AssertionError("no 05 title under another table found")
    assert _sample_findings(tmp_path, edit, "决算公开表-2019-中央式-无误.xlsx") == []


def test_a_signed_line_with_a_report_date_is_no_row(tmp_path):
    def edit(wb):
        for ws in wb.worksheets:
            r = ws.max_row + 1
            for j, t in enumerate(["单位负责人：张三", "制表人：李四", "报出日期：", "2025年5月20日"]):
                ws.cell(r, 1 + j, t)
    assert _sample_findings(tmp_path, edit) == []


# s15rev r37: a 说明's own grid of two years' 三公 figures (no 预算数/决算数 heads) was named 公开07表 when 07 was missing:
# the real CMP001 went and a false TXT001 came (the 2023 row read as 决算数)
def test_a_grid_of_two_years_in_the_text_is_no_untitled_07(tmp_path):
    def edit(wb):
        del wb["07三公"]
        ws = wb.create_sheet("情况说明", 0)
        for r in [["2024年度部门决算情况说明"], ["七、“三公”经费支出情况说明"],
                  ["2024年度“三公”经费支出3.68万元，比上年减少0.42万元，下降10.24%，具体情况如下表："],
                  [None, "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费", "合计"],
                  ["2023年", 0, 2.80, 1.30, 4.10], ["2024年", 0, 2.42, 1.26, 3.68], ["增减", 0, -0.38, -0.04, -0.42]]:
            ws.append(r)
    found = _sample_findings(tmp_path, edit)
    assert ("CMP001", "error") in found and ("TXT001", "error") not in found and ("CMP008", "error") not in found
