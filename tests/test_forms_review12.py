"""The s12 reviewer's false findings from bd1a766 (部门整体 breakdowns; TXT020 for a form without a 总额 line).

r4: a 部门整体 form's breakdown with a nested 其中 line ('其中：财政拨款' / '其中：一般公共预算' · '政府性基金预算' /
'其他资金') was cut after its first part: PRF001 '总额应等于其中各项（财政拨款）之和' on a form where everything adds up.
The nested lines are the sub-parts of the line above; the breakdown's top-level parts are summed against the 总额.
r8: a 自评综述 sentence about one source line ('当年财政拨款预算数为600.00万元，执行数为590.00万元') was held against
the sum of the form's lines (TXT020); it is held against that line.
"""

from __future__ import annotations

import pytest
from docx import Document

from test_forms_heldout_s11 import docx_file, docx_table, form_n, parts_wrong, problems, xlsx_file
from test_forms_heldout_s12 import form_d
from test_forms_support import check

E = ["", "", ""]
TOTAL = ["年度资金总额", "1320.00", "1484.83", "1452.61", "10", "97.83%", "9.78"]
INCOME = ["按收入性质分：", "", "", "", *E]
SPENDING = ["按支出性质分：", "", "", "", *E]
FISCAL = ["其中：财政拨款", "1200.00", "1319.83", "1296.41", *E]
OTHER = ["其他资金", "120.00", "165.00", "156.20", *E]
BASIC = ["其中：基本支出", "980.00", "1053.63", "1050.28", *E]
PROJECT = ["项目支出", "340.00", "431.20", "402.33", *E]
BY_FUND = [TOTAL, INCOME, FISCAL, ["其中：一般公共预算", "1000.00", "1019.83", "1000.41", *E],
           ["政府性基金预算", "200.00", "300.00", "296.00", *E], OTHER, SPENDING, BASIC, PROJECT]
BY_KIND = [TOTAL, INCOME, FISCAL, OTHER, SPENDING, BASIC, ["其中：人员经费", "850.00", "918.65", "916.00", *E],
           ["公用经费", "130.00", "134.98", "134.28", *E], PROJECT]


def prf001(made, tmp_path):
    return [f.message for f in check(made[0], tmp_path) if f.code == "PRF001"]


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
@pytest.mark.parametrize("money", [BY_FUND, BY_KIND], ids=["by-fund", "by-kind"])
def test_nested_qizhong_in_a_breakdown_is_clean(tmp_path, fmt, money):
    make = xlsx_file if fmt == "xlsx" else docx_file
    assert problems(check(make(tmp_path, form_d(money=money))[0], tmp_path)) == []


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_wrong_top_level_part_beside_a_nested_breakdown_is_found(tmp_path, fmt):
    """其他资金 (a top-level part after the nested 一般公共预算 · 政府性基金预算) wrong: PRF001 names the income breakdown."""
    make = xlsx_file if fmt == "xlsx" else docx_file
    found = prf001(make(tmp_path, form_d(money=parts_wrong(BY_FUND, "其他资金", 2, "175.00"))), tmp_path)
    assert len(found) == 1 and "（财政拨款、其他资金）之和" in found[0], found
    found = prf001(make(tmp_path, form_d(money=parts_wrong(BY_KIND, "项目支出", 3, "412.33")), name="k." + fmt),
                   tmp_path)
    assert len(found) == 1 and "（基本支出、项目支出）之和" in found[0], found


def test_sub_parts_that_do_not_add_up_are_held_against_their_line(tmp_path):
    """一般公共预算 wrong (its sub-parts no longer add up to 财政拨款): the 总额 tells which lines are the sub-parts
    (财政拨款 + 其他资金 = 总额 in every column), so the sub-parts are judged against 财政拨款 (s13: before, the income
    breakdown was left unjudged and the error missed) and nothing against the 总额; the spending breakdown still is."""
    money = parts_wrong(BY_FUND, "其中：一般公共预算", 2, "1029.83")
    found = prf001(xlsx_file(tmp_path, form_d(money=money)), tmp_path)
    assert len(found) == 1 and "预算数「财政拨款」：财政拨款应等于其中各项（一般公共预算、政府性基金预算）之和" in found[0]
    assert "应为 1329.83" in found[0], found
    money = parts_wrong(money, "项目支出", 2, "421.20")
    found = prf001(xlsx_file(tmp_path, form_d(money=money), name="b.xlsx"), tmp_path)
    assert len(found) == 2 and any("应为 1474.83" in m for m in found), found  # 基本支出 1053.63 + 项目支出 421.20


# ----------------------------------------------------------------------------- r8: TXT020 and a part named
N_PARTS = [["当年财政拨款", "600.00", "590.00", "98.33%"], ["上年结转资金", "100.00", "96.20", "96.20%"]]


def summary_doc(tmp_path, sentence, money=N_PARTS, name="r8.docx"):
    f = form_n(money=money)
    total = [r for r in f["rows"] if r[0] == "总分"][0][6]
    doc = Document()
    doc.add_paragraph("第四部分 其他重要事项的情况说明")
    doc.add_paragraph(f"（1）产业路建设项目自评综述：{sentence}项目自评得分{total}分。")
    for line in f["head"]:
        doc.add_paragraph(line)
    docx_table(doc, f["rows"], 1, [])
    path = tmp_path / name
    doc.save(path)
    return [(f.code, f.message) for f in check(path, tmp_path) if f.severity.value in ("error", "warning")]


def test_a_sentence_about_one_source_line_is_held_against_that_line(tmp_path):
    assert summary_doc(tmp_path, "项目当年财政拨款预算数为600.00万元，执行数为590.00万元，执行率98.33%。") == []
    found = summary_doc(tmp_path, "项目当年财政拨款预算数为600.00万元，执行数为580.00万元。", name="w.docx")
    assert [c for c, _m in found] == ["TXT020"] and "590.00" in found[0][1], found


def test_an_unqualified_amount_is_still_held_against_the_sum_of_the_lines(tmp_path):
    assert summary_doc(tmp_path, "项目全年预算数为700.00万元，执行数为686.20万元。") == []
    found = summary_doc(tmp_path, "项目全年预算数为700.00万元，执行数为676.20万元。", name="w.docx")
    assert [c for c, _m in found] == ["TXT020"] and "686.20" in found[0][1], found


def test_lines_each_written_with_qizhong_are_one_breakdown(tmp_path):
    """“其中：A 660” · “其中：B 660” (equal halves, named by no known source): two parts of the 总额, not B nested
    under A — clean; a wrong 总额 is still PRF001 against their sum."""
    money = [TOTAL, ["其中：省级补助资金", "660.00", "742.42", "726.30", *E], ["其中：县级配套", "660.00", "742.41", "726.31", *E]]
    assert problems(check(xlsx_file(tmp_path, form_d(money=money))[0], tmp_path)) == []
    found = prf001(xlsx_file(tmp_path, form_d(money=parts_wrong(money, "其中：县级配套", 1, "650.00")), name="w.xlsx"),
                   tmp_path)
    assert len(found) == 1 and "应为 1310.00" in found[0], found


def test_an_amount_after_a_qizhong_part_is_not_judged(tmp_path):
    """“全年预算数为700.00万元，其中财政拨款预算600.00万元，执行数为686.20万元”: whose 执行数 (the whole's or the
    part's) is not said; not held against the sum of the lines."""
    sentence = "项目全年预算数为700.00万元，其中财政拨款预算600.00万元，执行数为686.20万元。"
    assert summary_doc(tmp_path, sentence) == []
