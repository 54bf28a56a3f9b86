"""Review 11 (#3): tables beside the nine whose titles hold a known table's words but are other tables — 北京's
'一般公共预算财政拨款项目支出决算表' (by project), 四川's '一般公共预算财政拨款支出决算明细表' (by 经济分类) and
'政府性基金预算财政拨款“三公”经费支出决算表', and '国有资本经营预算财政拨款收入支出决算表' printed beside 公开09表
'…支出决算表' — were taken for a second copy of 05, 07 or 09: a false CMP007 '…再次出现' (and, had the other table had
more figures, it would have been checked as the table in place of the real one). First run on main (2bd30bb): CMP007 on
each. Of two tables taken for one kind, the one whose title is not the kind's name is another table, not a copy."""

from __future__ import annotations

import pytest

import wb
from govaudit.pipeline import Options, check_file
from helpers import problems

PROJECTS = ("一般公共预算财政拨款项目支出决算表", "05", [
    ["科目编码", "科目名称", "项目名称", "本年支出", None, None], [None, None, None, "合计", "商品和服务支出", "资本性支出"],
    ["合计", None, None, 10, 10, None], ["2010102", "一般行政管理事务", "专项调研经费", 4, 4, None],
    ["2010102", "一般行政管理事务", "信息化运维经费", 6, 6, None]])
DETAIL = ("一般公共预算财政拨款支出决算明细表", "05", [
    ["科目编码", "科目名称", "合计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出"],
    ["合计", None, 130, 100, 24, 5, 1], ["201", "一般公共服务支出", 80, 50, 24, 5, 1],
    ["20101", "人大事务", 80, 50, 24, 5, 1], ["2010101", "行政运行", 70, 50, 14, 5, 1],
    ["2010102", "一般行政管理事务", 10, None, 10, None, None], ["208", "社会保障和就业支出", 50, 50, None, None, None],
    ["20805", "行政事业单位养老支出", 50, 50, None, None, None],
    ["2080505", "机关事业单位基本养老保险缴费支出", 50, 50, None, None, None]])
FUND_SANGONG = ("政府性基金预算财政拨款“三公”经费支出决算表", "07", [
    ["预算数", None, None, None, None, None, "决算数", None, None, None, None, None],
    ["合计", "因公出国（境）费", "公务用车购置及运行费", None, None, "公务接待费"] * 2,
    [None, None, "小计", "公务用车购置费", "公务用车运行费", None] * 2,
    ["注：本部门本年度无政府性基金预算财政拨款“三公”经费支出，故本表为空表。"]])
SOE_BOTH = ("国有资本经营预算财政拨款收入支出决算表", "09", [
    ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出", None, None, "年末结转和结余"],
    [None, None, None, None, "小计", "基本支出", "项目支出", None], ["合计", None, None, None, None, None, None, None],
    ["注：本部门本年度无国有资本经营预算财政拨款收支，故本表为空表。"]])


def _with(extra, titles=None):
    title, after, rows = extra
    book = wb.build(layout=wb.Layout(titles=titles or {}))
    ws = book.create_sheet("附表")
    w = wb.Writer(ws)
    w.title(title, len(rows[0]))
    for row in rows:
        w.line(row)
    book.move_sheet(ws, offset=-(len(book.sheetnames) - 1 - book.sheetnames.index(f"公开{after}表") - 1))
    return book


def _check(path):
    status, findings = check_file(path, Options())
    assert status.status == "checked", status.error
    return problems(findings)


@pytest.mark.parametrize("extra, titles", [
    (PROJECTS, None), (DETAIL, None), (FUND_SANGONG, None),
    (SOE_BOTH, {"09": "国有资本经营预算财政拨款支出决算表"}),
])
def test_another_table_beside_the_one_of_that_kind_is_no_copy_of_it(tmp_path, extra, titles):
    assert _check(wb.save(_with(extra, titles), tmp_path)) == []


def test_the_table_named_as_its_kind_is_checked_though_the_other_has_more_figures(tmp_path):
    s = wb.spec()
    wb.put(s, ("05", "2010101", "basic"), 71)  # 05's own error: found in 05, not hidden behind the 明细表
    alone = _check(wb.save(wb.build(s), tmp_path, "alone.xlsx"))
    book = wb.build(s)
    w = wb.Writer(book.create_sheet("附表"))
    w.title(DETAIL[0], len(DETAIL[2][0]))
    for row in DETAIL[2]:
        w.line(row)
    assert {p[0] for p in alone} == {"TBL001", "TBL501"}
    assert _check(wb.save(book, tmp_path)) == alone


def test_the_same_table_printed_twice_is_still_a_copy(tmp_path):
    book = wb.build()
    copy = book.copy_worksheet(book["公开05表"])
    copy.title = "公开05表（2）"
    status, findings = check_file(wb.save(book, tmp_path), Options())
    assert [f.code for f in findings if f.code == "CMP007"] == ["CMP007"]
