"""An empty table whose reason is given in the text (its own section of the 情况说明) is explained: CMP002 is only
for an empty table the disclosure says nothing about. Real 江苏 budget PDFs give the reason there, not under the
table ("七、政府性基金支出预算表情况说明：本部门无政府性基金预算"; "…政府性基金支出预算支出 0 万元")."""

from __future__ import annotations

import pytest

import wb
from helpers import pick


def _findings(tmp_path, lines: list[str], kind: str = "09"):
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    s = wb.spec()
    wb.empty(s, kind)
    s["notes"][kind] = "注：本表反映部门本年度财政拨款收入支出情况。"  # says what, not why empty
    book = wb.build(s)
    sheet = book.create_sheet("情况说明", 0)
    lines = ["一、收入支出决算总体情况说明", "本部门本年度的收入支出决算情况说明如下，各表中的数字以万元为单位列示。"] + lines
    for i, line in enumerate(lines, start=1):
        sheet.cell(i, 1, line)
    path = wb.save(book, tmp_path)
    return run_rules(recognize(read_workbook(path)))


@pytest.mark.parametrize("said", [
    "本部门2024年度无国有资本经营预算财政拨款收入支出。",
    "2024年度国有资本经营预算财政拨款支出0万元。",
    "国有资本经营预算拨款支出决算为0；政府性基金预算拨款支出决算为0。",
    "国有资本经营预算财政拨款收入支出决算为零。",
])
def test_an_empty_table_explained_in_the_text_is_not_reported(tmp_path, said):
    lines = ["九、国有资本经营预算财政拨款收入支出决算情况说明", said]
    assert not pick(_findings(tmp_path, lines), "CMP002")


@pytest.mark.parametrize("said", [
    "国有资本经营预算财政拨款支出10万元。",  # not nil
    "国有资本经营预算财政拨款支出0.5万元。",
    "国有资本经营预算财政拨款支出比上年增长0%。",  # a rate, not the amount
    "本部门无政府性基金预算财政拨款收入支出。",  # another fund's table
    "本部门无其他收入，国有资本经营预算财政拨款收入支出情况见表九。",  # the 无 is about something else
])
def test_text_that_does_not_say_the_tables_money_is_nil_leaves_the_error(tmp_path, said):
    lines = ["九、国有资本经营预算财政拨款收入支出决算情况说明", said]
    hit = pick(_findings(tmp_path, lines), "CMP002")
    assert [f.table for f in hit] == ["公开09表"]
