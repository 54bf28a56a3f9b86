"""Session 13 (s13text) fixes for a 决算 说明, beyond the held-out batch (tests/test_narrative_heldout13.py): a list after
a budget amount names the budget's parts (the session-12 leftover TXT001 on "…年初预算2129.28万元，其中基本支出780.00万元…"),
a clause of a subject's budget alone ("决算3.68万元，预算7.50万元"), what was spent after a budget's list, budget parts summed
with their budget (TXT007), 国有资产 lists closed by 非流动资产 / 其他资产, "与上年A万元持平", and changes "比年初" (of a 年末
balance: the tables' 年末 − 年初)."""

import pytest
from test_narrative_bracket_labels import _findings

GPB = "五、一般公共预算财政拨款支出决算情况说明"
SANGONG = "七、一般公共预算财政拨款“三公”经费支出决算情况说明"
ASSET = "（三）国有资产占用情况"


@pytest.mark.parametrize("heading,sentence", [
    # the list is the budget's (780.00 + 1349.28 = 2129.28), or perhaps the 决算's: not judged as the 决算's (was 2 TXT001)
    (GPB, "2019年度一般公共预算财政拨款支出2116.25万元，年初预算2129.28万元，其中基本支出780.00万元，项目支出1349.28万元。"),
    # a budget's clause with no subject named (was TXT001 + TXT002: 7.50 read as the 三公's 决算)
    (SANGONG, "2019年度“三公”经费决算3.68万元，预算7.50万元，其中公务用车购置及运行维护费2.42万元，公务接待费1.26万元。"),
    # the budget inside a completion is no list's whole: the parts are the 决算's, and right
    (SANGONG, "2019年度“三公”经费支出决算3.68万元，为全年预算7.50万元的49.07%，其中：公务用车购置及运行维护费2.42万元，"
     "公务接待费1.26万元。"),
    # the budget's parts (was 2 TXT001 against 公开07表's 决算数)
    (SANGONG, "“三公”经费全年预算数7.50万元，其中公务用车购置及运行维护费4.50万元，公务接待费3.00万元。"),
    # what was spent after the budget's list is the whole's, and so is its completion (was TXT012 on the parts once read)
    (GPB, "2019年度一般公共预算财政拨款支出年初预算为2129.28万元，其中：基本支出780.00万元，项目支出1349.28万元；支出决算为"
     "2116.25万元，完成年初预算的99.39%。"),
    # a budget's clause where the sentence says no 决算 (in a 决算 it is still the budget)
    (SANGONG, "2019年度“三公”经费支出3.68万元，预算7.50万元。"),
    # a change that names no comparison is not one since the year's start (not judged: 497.09 − 534.34 = −37.25)
    ("四、财政拨款收入支出决算总体情况说明", "年末财政拨款结转和结余497.09万元，减少12.00万元。"),
    # a change against a budget no table prints (公开05表 has none): not judged
    (GPB, "2019年度一般公共预算财政拨款支出2116.25万元，比预算减少13.03万元。"),
    # (after a comma, what was spent is the last part's)
    (SANGONG, "“三公”经费全年预算数7.50万元，其中公务用车购置及运行维护费4.50万元，公务接待费3.00万元，实际支出1.26万元。"),
    # 非流动资产 closes the list; the parts of 非流动资产 after it are its own
    (ASSET, "2019年末资产总额1523.45万元，其中：流动资产812.30万元，非流动资产711.15万元，其中固定资产701.15万元。"),
    (ASSET, "资产总额1523.45万元，其中流动资产812.30万元、固定资产701.15万元、其他资产10.00万元。"),
    (SANGONG, "公务接待费支出1.26万元，与上年1.26万元持平。"),
    # a change since the year's start (公开04表: 497.09 − 534.34) and its rate; 资产总额's has no table: its rate only
    ("四、财政拨款收入支出决算总体情况说明", "年末财政拨款结转和结余497.09万元，比年初减少37.25万元，下降6.97%。"),
    (ASSET, "2019年末资产总额1523.45万元，比年初增加123.45万元，增长8.82%。"),
])
def test_right_sentences_draw_nothing(tmp_path, heading, sentence):
    assert _findings(tmp_path, [sentence], heading=heading) == []


@pytest.mark.parametrize("heading,sentence,expected", [
    (SANGONG, "2019年度“三公”经费支出决算3.68万元，为全年预算7.50万元的49.07%，其中：公务用车购置及运行维护费2.42万元，"
     "公务接待费1.62万元。", [("TXT001", "error")]),
    (SANGONG, "“三公”经费全年预算数7.50万元，其中公务用车购置及运行维护费4.50万元，公务接待费3.30万元。",
     [("TXT001", "error"), ("TXT007", "error")]),
    (GPB, "2019年度一般公共预算财政拨款支出年初预算为2129.28万元，其中：基本支出780.00万元，项目支出1349.28万元；支出决算为"
     "2161.25万元。", [("TXT001", "error")]),
    # a fund's budget and its 基本支出/项目支出 budgets (780.00 + 1394.28 ≠ 2129.28)
    (GPB, "2019年度一般公共预算财政拨款支出年初预算为2129.28万元，其中：基本支出780.00万元，项目支出1394.28万元；支出决算为"
     "2116.25万元，完成年初预算的99.39%。", [("TXT007", "error")]),
    (ASSET, "2019年末资产总额1523.45万元，其中：流动资产812.30万元，非流动资产701.15万元，其中固定资产701.15万元。",
     [("TXT007", "error")]),
    (ASSET, "资产总额1523.45万元，其中流动资产812.30万元、固定资产701.15万元、其他资产1.00万元。", [("TXT007", "error")]),
    (SANGONG, "公务接待费支出1.26万元，与上年1.36万元持平。", [("TXT006", "error")]),
    ("四、财政拨款收入支出决算总体情况说明", "年末财政拨款结转和结余497.09万元，比年初减少37.52万元。", [("TXT001", "error")]),
    ("四、财政拨款收入支出决算总体情况说明", "年末财政拨款结转和结余497.09万元，比年初减少37.25万元，下降7.69%。",
     [("TXT003", "error")]),
    (ASSET, "2019年末资产总额1523.45万元，比年初增加123.45万元，增长8.28%。", [("TXT003", "error")]),
])
def test_wrong_sentences_caught(tmp_path, heading, sentence, expected):
    assert sorted(_findings(tmp_path, [sentence], heading=heading)) == expected


def _messages(tmp_path, sentence: str, code: str) -> list[str]:
    """The messages of `code` when the sample's 说明 is this sentence under the 三公 heading."""
    import json

    import openpyxl
    from click.testing import CliRunner
    from test_narrative_bracket_labels import SAMPLE

    from govaudit.cli import main

    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["情况说明"]
    ws.delete_rows(1, ws.max_row)
    for i, text in enumerate([SANGONG, "本部门2019年度决算情况说明如下，文中所列金额的单位均为万元，与所附公开表一致。", sentence], 1):
        ws.cell(i, 1, text)
    wb.save(tmp_path / "t.xlsx")
    r = CliRunner().invoke(main, ["check", str(tmp_path / "t.xlsx"), "--format", "json", "--select", code])
    return [f["message"] for f in json.loads(r.output)["findings"]]


def test_a_budget_total_is_quoted_as_a_budget(tmp_path):
    [message] = _messages(tmp_path, "“三公”经费全年预算数7.50万元，其中公务用车购置及运行维护费4.50万元，公务接待费3.30万元。", "TXT007")
    assert message.startswith("文中“三公经费全年预算7.50万元”"), message


def test_a_budget_clause_is_quoted_with_its_budget_word(tmp_path):
    [message] = _messages(tmp_path, "2019年度“三公”经费支出3.68万元，全年预算7.05万元。", "TXT001")
    assert message.startswith("文中“三公经费支出全年预算7.05万元”与公开07表「预算数」不符"), message


def test_changes_after_one_with_no_table_are_still_judged(tmp_path):
    """资产总额's “比年初增加” has no table to judge against; the changes after it in the text still are."""
    found = _findings(tmp_path, ["2019年末资产总额1523.45万元，比年初增加123.45万元。",
                                 "2019年度“三公”经费财政拨款支出决算3.68万元，比预算减少3.28万元。"], heading=SANGONG)
    assert found == [("TXT001", "error")]
