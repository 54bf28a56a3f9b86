"""checks/narrative*.py lines of sessions 10 and 11 measured by tools/mutate.py (session 12, s12mut): the findings'
own fields (difference, expected, actual), which a report and the JSON output show apart from the message, for
TXT001 (the text against the table) and TXT002 (the text against itself), on the 2019 决算 sample.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file
from test_mutation_narrative import judge

FINAL = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"


def _findings(tmp_path: Path, paragraphs: list[str], code: str):
    wb = load_workbook(FINAL)
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    for p in paragraphs:
        ws.append([p])
    path = tmp_path / "说明.xlsx"
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    return [f for f in findings if f.code.startswith(code)]


def test_txt001_difference_is_the_text_less_the_table(tmp_path):
    (f,) = _findings(tmp_path, ["（三）一般公共预算财政拨款支出决算具体情况",
                                "1、一般公共服务支出（类）人力资源事务（款）行政运行（项）：支出决算为421.35万元。"], "TXT001")
    assert (f.actual, f.expected, f.difference) == ("421.35", "412.35", "9.00")
    assert "相差 9.00" in f.message


def test_txt002_difference_is_the_later_less_the_earlier(tmp_path):
    found = _findings(tmp_path, ["一、部门决算情况说明", "本部门2019年度本年支出合计6101.24万元。其中：基本支出776.71万元。",
                                 "基本支出767.71万元。"], "TXT002")
    assert [(f.actual, f.expected, f.difference) for f in found] == [("767.71", "776.71", "-9.00")]


def test_txt005_a_rate_of_a_change_from_nothing_is_warned_unless_nothing_changed(tmp_path):
    """narrative.py `now.value == 0 and ch.value == 0 and c.rate.value == 0`: only "0万元，增加0万元，增长0%" is
    silent; a rate of 0 % on an amount that grew from nothing is still a rate that cannot be computed."""
    found = _findings(tmp_path, ["一、部门决算情况说明", "2019年度“三公”经费支出3.68万元，比上年增加3.68万元，增长0%。"], "TXT005")
    assert [(f.severity.value, f.actual) for f in found] == [("warning", "0%")]


def test_txt007_difference_is_the_whole_less_its_parts():
    (f,) = judge(["2019年度财政拨款基本支出55万元，其中：人员经费40万元，公用经费10万元。"])
    assert (f.code, f.actual, f.expected, f.difference) == ("TXT007", "55", "50", "5.00")


def test_txt020_difference_is_the_text_less_the_form():
    from test_mutation_narrative_forms import HEAD, form
    from test_mutation_narrative_forms import judge as judge_forms

    (f,) = judge_forms([HEAD + "全年预算数为300万元，执行数为300万元。"], [form()])
    assert (f.code, f.actual, f.expected, f.difference) == ("TXT020", "300", "296.48", "3.52")


def test_a_share_after_one_a_unit_off_is_still_judged():
    """narrative.py TXT016's `continue`: a 预算 share one unit of its last decimal off (a warning) does not end the
    judging of the shares after it."""
    from test_narrative_budget_heldout11 import SHANGHAI, _alone

    text = ("2026年部门收入预算2,129.93万元，其中：财政拨款收入2,082.33万元，占收入预算总额的97.78%；事业收入35.60万元，"
            "占2.67%；其他收入12.00万元，占0.56%。")
    assert sorted(code for code, _m in _alone(SHANGHAI, text)) == ["TXT011", "TXT016"]


def test_the_wrong_denominator_of_a_change_under_one_unit():
    """narrative.py `diff.lo > 0`: a change of less than 1 万元 (0.30) over this year's figure is still the wrong
    denominator (TXT004: 0.30 ÷ 1.20 = 25%, of 0.90 it is 33.33%), not a wrong rate."""
    from test_narrative_budget_s10 import SHANGHAI, codes
    from test_narrative_budget_s10 import judge as judge_budget

    head = "公务接待费2025年预算执行数为0.90万元，2026年预算安排1.20万元，"
    assert judge_budget(SHANGHAI, "（一）情况说明", head + "比上年执行数增长33.33%。") == []
    assert codes(judge_budget(SHANGHAI, "（一）情况说明", head + "比上年执行数增长25.00%。")) == [("TXT004", "warning")]


def test_the_wrong_denominator_rounded_not_cut():
    """narrative.py `meets(on_now) or truncation_fits(…)`: 120.00 ÷ 753.88 = 15.9176% said rounded (15.92%) is the
    wrong denominator too, not only when cut (15.91%)."""
    from test_narrative_budget_s10 import SHANGHAI, codes
    from test_narrative_budget_s10 import judge as judge_budget

    head = ("“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”2025年预算执行数为633.88万元，"
            "2026年预算安排753.88万元，")
    assert judge_budget(SHANGHAI, "（一）情况说明", head + "比上年执行数增长18.93%。") == []
    assert codes(judge_budget(SHANGHAI, "（一）情况说明", head + "比上年执行数增长15.92%。")) == [("TXT004", "warning")]


def test_a_change_against_the_budget_after_a_right_one_is_still_judged(tmp_path):
    """narrative.py TXT001 决算 − 预算 (公开07表: “三公” 3.68 − 7.50, 公务接待费 1.26 − 3.00): a right change, skipped,
    does not end the judging of the changes after it (`continue`, not `break`)."""
    found = _findings(tmp_path, ["一、“三公”经费支出决算情况说明", "2019年度“三公”经费支出3.68万元，比预算减少3.82万元。"
                                 "其中：公务接待费支出1.26万元，比预算减少1.00万元。"], "TXT001")
    assert [(f.actual, f.expected) for f in found] == [("1.00", "1.74")]
