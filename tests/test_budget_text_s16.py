"""预算 text, session 16 (s16budtext): whose 收入预算/支出预算 a fund's heading makes them, and the parts listed after
财政拨款收支预算总计.

- s15rev r33: under a heading that names one fund ("二、财政拨款收支预算情况", "三、一般公共预算支出预算情况"), a bare
  收入预算/支出预算 is that fund's (B04, B05 …), as the 决算 side reads a bare 收入总计 under a 财政拨款 heading; it was
  held against the department's 收支预算总计 (a false TXT001 on every right sentence). A sentence that names the department
  ("本部门收入预算…") stays the department's; under a “三公” heading it is no subject known.
- s15rev r36: "财政拨款收支预算总计13297.11万元，其中：基本支出…，项目支出…，单位预留机动经费…" lists 财政拨款's spending by use:
  each part is judged against 公开04表's own line where it prints one (江苏), and their sum against the whole (TXT007; 上海's
  B04 prints no such line: only the sum).
"""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from openpyxl import load_workbook

from test_narrative_budget_heldout11 import JIANGSU, SHANGHAI, _alone

TOTAL = "一、收支预算总体情况"
DEPARTMENT = "2026年收入预算2129.93万元，支出预算2129.93万元。"
FISCAL = "二、财政拨款收支预算情况"

# (the paragraphs after the department's own 总体 paragraph) a fund's bare 收入预算/支出预算 under the fund's heading: right
FUND_RIGHT = [
    [FISCAL, "收入预算2082.33万元，支出预算2082.33万元。"],
    [FISCAL, "（一）总体情况", "2026年收入预算2082.33万元，支出预算2082.33万元。"],
    [FISCAL, "2026年财政拨款收支情况：收入预算2,082.33万元，支出预算2,082.33万元。"],
    ["三、一般公共预算支出预算情况", "2026年支出预算1817.33万元。"],
    ["四、政府性基金预算支出预算情况", "2026年支出预算265.00万元。"],
    # the department named: its own whole, whatever the heading
    [FISCAL, "本部门2026年收入预算2,129.93万元，其中财政拨款收入2,082.33万元。"],
    # the department's whole stated bare under the fund's heading: its figure is the 收支预算总计's, not judged as the fund's
    [FISCAL, "2026年支出预算2129.93万元，比上年增加129.93万元。"],
    # a “三公” heading: no fund's and not the department's
    ["五、“三公”经费预算情况", "2026年支出预算9.70万元。"],
]


@pytest.mark.parametrize("paragraphs", FUND_RIGHT, ids=[p[-1][:18] for p in FUND_RIGHT])
def test_a_bare_side_under_a_fund_heading_is_the_funds(paragraphs):
    assert _alone(SHANGHAI, "\n".join([DEPARTMENT, *paragraphs]), TOTAL) == []


@pytest.mark.parametrize("paragraphs,figure", [
    ([FISCAL, "收入预算2028.33万元，支出预算2082.33万元。"], "2082.33"),
    (["三、一般公共预算支出预算情况", "2026年支出预算1871.33万元。"], "1817.33"),
])
def test_a_wrong_bare_side_under_a_fund_heading_is_held_against_the_fund(paragraphs, figure):
    found = _alone(SHANGHAI, "\n".join([DEPARTMENT, *paragraphs]), TOTAL)
    assert [c for c, _m in found] == ["TXT001"], found
    assert f"表中为 {figure} 万元" in found[0][1], found


JS_WHOLE = "2019年度财政拨款收支预算总计13297.11万元，其中：基本支出6442.75万元，项目支出{}万元，单位预留机动经费{}万元。"


def test_fund_parts_by_use_right_draw_nothing():
    assert _alone(JIANGSU, JS_WHOLE.format("4968.34", "1886.02"), FISCAL) == []


@pytest.mark.parametrize("project,reserve,line", [("4986.34", "1886.02", "二、项目支出"), ("4968.34", "1868.02",
                                                                                      "三、单位预留机动经费")])
def test_a_wrong_fund_part_is_held_against_its_own_line_and_the_sum(project, reserve, line):
    found = _alone(JIANGSU, JS_WHOLE.format(project, reserve), FISCAL)
    assert sorted(c for c, _m in found) == ["TXT001", "TXT007"], found
    assert f"《财政拨款收支预算总表》「{line}」" in dict(found)["TXT001"], found


def test_fund_parts_where_the_fund_table_has_no_use_lines_are_summed():
    """上海's B04 lists 财政拨款's spending by 类: 基本支出 1,334.77 + 项目支出 747.56 = 2,082.33 (right) is judged by its sum."""
    text = "2026年财政拨款收支预算总计2,082.33万元，其中：基本支出1,334.77万元，项目支出{}万元。"
    assert _alone(SHANGHAI, text.format("747.56"), FISCAL) == []
    found = _alone(SHANGHAI, text.format("774.56"), FISCAL)
    assert [c for c, _m in found] == ["TXT007"], found


def test_the_same_figure_hint_names_a_budget_table_as_the_messages_do():
    """s16rev r3: "（12.00 是公开B01表「四、其他收入」的数）" named the table by its internal kind; 上海's tables print no code."""
    found = _alone(SHANGHAI, "2026年收入预算2,129.93万元，其中：财政拨款收入2,082.33万元；事业收入35.60万元；事业单位经营收入"
                             "12.00万元；其他收入0万元。", "部门预算编制说明")
    hints = [m for _c, m in found if "的数）" in m]
    assert hints and all("公开B" not in m for _c, m in found), found
    assert "（12.00 是《财务收支预算总表》「四、其他收入」的数）" in hints[0], hints


@lru_cache(maxsize=None)
def carried_over() -> Path:
    """The 上海 sample whose 财政拨款收支预算总表 takes 2.00 万元 of its 一般公共预算 spending from 上年结转: 一、一般公共预算
    17,973,283 元 and 四、上年结转 200,000 元 (收入总计 and the 支出 side unchanged: 一般公共预算 18,173,283)."""
    wb = load_workbook(SHANGHAI)
    ws = wb["部门财政拨款收支总表"]
    for row in ws.iter_rows():
        if row[0].value == "一、一般公共预算":
            row[1].value = 17973283
        elif row[2].value == "四、城乡社区支出":
            row[0].value, row[1].value = "四、上年结转", 200000
    path = Path(tempfile.mkdtemp(prefix="budget-s16-")) / "预算公开表-2026-上海部门-上年结转.xlsx"
    wb.save(path)
    return path


def test_this_years_grant_is_the_income_line_not_the_spending_with_the_carry_over():
    """s16rev r15: “一般公共预算当年拨款” excludes 上年结转 (it was held against the fund's spending, 1,817.33: TXT001, and
    against “一般公共预算拨款支出” as the same item: TXT002)."""
    text = "2026年一般公共预算当年拨款{}万元，加上年结转2.00万元，一般公共预算拨款支出1,817.33万元。"
    assert _alone(carried_over(), text.format("1,797.33"), "一般公共预算当年拨款情况") == []
    found = _alone(carried_over(), text.format("1,779.33"), "一般公共预算当年拨款情况")
    assert [c for c, _m in found] == ["TXT001"] and "表中为 1797.33 万元" in found[0][1], found


def test_a_public_institutions_operating_spending_is_read():
    """s16rev r7 (in part): “事业单位经营支出111.11万元” (the 财政部 支出总表's column) was no subject, so a list of the 支出预算's
    kinds could never be summed or judged; it is the 经营支出 (its table figure where a table prints the column)."""
    from govaudit.model import Location, TextParagraph
    from govaudit.recognize.claims import read_claims

    text = ("2024年支出预算4060.63万元，其中：基本支出2594.83万元，项目支出1304.69万元，事业单位经营支出111.11万元，"
            "对附属单位补助支出50.00万元。")
    said = read_claims([TextParagraph(index=1, text=text, location=Location(file="t", paragraph=1))], 2024,
                       stage="预算").claims
    assert [(c.subject, c.amount.text) for c in said if c.known][-2:] == [("经营支出", "111.11万元"),
                                                                         ("对附属单位补助支出", "50.00万元")]


# s16rev r21 (HIGH) and r18: the parts after an amount are that amount's, not the department's: a 类's 基本/项目 split
# (it was held against the department's 基本支出 1,334.77 and 项目支出 795.16), and what a source of income pays for
@pytest.mark.parametrize("text", [
    "一般公共服务支出（类）1536.21万元，其中：基本支出1006.05万元，项目支出530.16万元，主要用于机关运行和专项工作。",
    "一般公共预算拨款支出中，一般公共服务支出（类）1488.61万元，其中：基本支出1006.05万元，项目支出482.56万元。",
    "2026年本部门事业收入预算35.60万元，其中：项目支出35.60万元，主要用于下属事业单位专业业务活动。",
    "2026年本部门其他收入预算12.00万元，全部安排项目支出12.00万元。",
    "2026年本部门非财政拨款支出预算47.60万元，其中：基本支出0万元，项目支出47.60万元。",
])
def test_parts_after_a_class_or_a_source_are_its_own(text):
    assert _alone(SHANGHAI, text, "部门预算编制说明") == []


def test_a_class_split_that_does_not_add_up_is_found():
    found = _alone(SHANGHAI, "一般公共服务支出（类）1536.21万元，其中：基本支出1006.05万元，项目支出503.16万元。", "部门预算编制说明")
    assert [c for c, _m in found] == ["TXT007"], found


@lru_cache(maxsize=None)
def jiangsu_carried() -> Path:
    """The 江苏 sample with 上年结转资金 500.00 and 结转下年资金 500.00 (收入/支出合计 13,877.11; 02 and 03 likewise)."""
    wb = load_workbook(JIANGSU)
    ws = wb.active
    for cell, v in (("B29", 500.0), ("F29", 500.0), ("B30", 13877.11), ("F30", 13877.11), ("C37", 13877.11),
                    ("C47", 500.0), ("A55", 13877.11), ("E55", 500.0)):
        ws[cell] = v
        ws[cell].number_format = "0.00"
    path = Path(tempfile.mkdtemp(prefix="budget-s16-")) / "预算公开表-2019-江苏式-上年结转.xlsx"
    wb.save(path)
    return path


def test_a_list_of_the_other_side_carries_no_subject_over():
    """s16rev r25: “…上年结转资金500.00万元；支出包括：当年支出13377.11万元” read 当年支出 as 上年结转资金 (TXT001, TXT002)."""
    text = ("2019年度收入总预算13877.11万元，支出总预算13877.11万元。收入包括：当年收入13377.11万元，上年结转资金500.00万元；"
            "支出包括：当年支出13377.11万元，结转下年资金500.00万元。")
    assert _alone(jiangsu_carried(), text, "收支预算总体情况") == []
