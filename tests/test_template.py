"""CMP009–010: a template's placeholders left in, and a template with no figures at all. A blank template draws
one CMP010 instead of an "empty table" error on every table; a filled, clean disclosure draws neither."""

from __future__ import annotations

import pytest

import wb
from helpers import pick


def _run(book, tmp_path, lines=()):
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    if lines:
        sheet = book.create_sheet("情况说明", 0)
        # a workbook's sheet is read as text when a cell holds a sentence (30 characters or more)
        lines = [*lines, "本部门本年度的收入支出决算情况说明如下，各表中的数字以万元为单位列示。"]
        for i, line in enumerate(lines, start=1):
            sheet.cell(i, 1, line)
    return run_rules(recognize(read_workbook(wb.save(book, tmp_path))))


def _blank(book):
    """The same workbook with every number taken out: the template as handed to a department."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, (int, float)):
                    cell.value = None
    return book


def test_a_filled_clean_disclosure_draws_neither(tmp_path):
    found = _run(wb.build(wb.spec()), tmp_path, ["一、收入支出决算总体情况说明", "某市测试局2024年度收入总计100.00万元。"])
    assert not pick(found, "CMP009") and not pick(found, "CMP010")


def test_a_blank_template_is_one_finding_not_one_per_table(tmp_path):
    found = _run(_blank(wb.build(wb.spec())), tmp_path)
    blank = pick(found, "CMP010")
    assert len(blank) == 1 and blank[0].severity == "error"
    assert "9 张表" in blank[0].message and "公开01表" in blank[0].message
    assert blank[0].locations[0].cell  # at the first table's title
    assert not pick(found, "CMP002")


def test_the_fund_and_sanshi_tables_empty_with_their_notes_are_not_a_template(tmp_path):
    # a file of 07, 08 and 09 only, each empty with its reason under it: a department without that money
    s = wb.spec()
    for kind in ("08", "09"):
        wb.empty(s, kind, note="注：本部门无相关收支，故本表以空表列示。")
    book = _blank(wb.build(s, kinds=("07", "08", "09")))
    found = _run(book, tmp_path)
    assert not pick(found, "CMP010")


def test_formulas_saved_without_their_values_are_not_a_blank_template(tmp_path):
    # a workbook written by a program, never opened in Excel: every figure a formula with no saved value
    book = wb.build(wb.spec())
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, (int, float)):
                    cell.value = f"=0+{cell.value}"
    found = _run(book, tmp_path)
    assert not pick(found, "CMP010")
    assert pick(found, "CEL002")


def test_one_empty_table_among_filled_ones_is_still_cmp002(tmp_path):
    found = _run(wb.build(wb.empty(wb.spec(), "09")), tmp_path)
    assert not pick(found, "CMP010")
    assert [f.table for f in pick(found, "CMP002")] == ["公开09表"]


def test_two_tables_both_empty_are_not_a_template(tmp_path):
    # a file of the two fund tables only, both empty: each is judged on its own (CMP002), not as a template
    s = wb.empty(wb.empty(wb.spec(), "08"), "09")
    found = _run(wb.build(s, kinds=("08", "09")), tmp_path)
    assert not pick(found, "CMP010")
    assert len(pick(found, "CMP002")) == 2


@pytest.mark.parametrize("said, shown, count", [
    ("上海市XX局2024年度收入总计XXXX万元。", "上海市XX局2024年度收入总计XXXX万元", 2),
    ("本部门共有在职人员ＸＸ人。", "本部门共有在职人员ＸＸ人", 1),
    ("××单位2024年度决算情况说明如下。", "××单位2024年度决算情况说明如下", 1),
])
def test_a_placeholder_left_in_the_text(tmp_path, said, shown, count):
    found = _run(wb.build(wb.spec()), tmp_path, ["一、收入支出决算总体情况说明", said])
    [f] = pick(found, "CMP009")
    assert f.severity == "info" and f"共 {count} 处" in f.message and f.actual == f"{count} 处占位符"
    assert f.locations[0].sentence == shown and f.locations[0].cell == "A2"


def test_a_placeholder_in_the_department_line_and_many_places_listed_once(tmp_path):
    s = wb.spec()
    s["depts"]["03"] = "XX局"
    lines = ["一、收入支出决算总体情况说明"] + [f"第{i}项：XX局收入XXX万元。" for i in range(6)]
    [f] = pick(_run(wb.build(s), tmp_path, lines), "CMP009")
    assert "共 13 处（7 段或表头）" in f.message and "等" in f.message  # two in each paragraph, one in 部门
    assert len(f.locations) == 5
    assert f.locations[0].cell and wb.TITLES["03"] in f.locations[0].row_label


@pytest.mark.parametrize("said", [
    "购置XXL型号服务器2台，Windows XP系统升级。",  # X inside Latin words
    "会议室面积为6×8平方米，x2、X光机1台。",  # a single × or X is not a placeholder
])
def test_latin_words_and_a_single_x_are_not_placeholders(tmp_path, said):
    found = _run(wb.build(wb.spec()), tmp_path, ["一、收入支出决算总体情况说明", said])
    assert not pick(found, "CMP009")


def test_three_tables_all_empty_with_a_table_of_totals_are_a_template(tmp_path):
    found = _run(_blank(wb.build(wb.spec(), kinds=("01", "02", "03"))), tmp_path)
    [f] = pick(found, "CMP010")
    assert "3 张表（公开01表、公开02表、公开03表）" in f.message
    assert f.locations[0].row_label == wb.TITLES["01"]  # at the first table's title
    assert not pick(found, "CMP002")


def test_the_quoted_sentence_is_the_one_holding_the_placeholder(tmp_path):
    long = "截至2024年12月31日，本单位共有车辆XX辆，其中：机要通信用车2辆、应急保障用车1辆、执法执勤用车3辆、其他用车1辆"
    fifty = "本单位共有在职人员XX人其中行政编制人员二十人事业编制人员十五人离退休人员十名另有聘用人员五人和其他"[:50]
    said = {}
    for text in ("本部门2024年度收入100.00万元。上海市XX局支出情况如下；其余从略。", long + "。", fifty + "。"):
        [f] = pick(_run(wb.build(wb.spec()), tmp_path, ["一、收入支出决算总体情况说明", text]), "CMP009")
        said[text] = f.locations[0].sentence
    assert list(said.values()) == [
        "上海市XX局支出情况如下",  # the sentence between 。 and ；, not the paragraph
        "…至2024年12月31日，本单位共有车辆XX辆，其中：机要通信用车2辆、应急保障…",  # a long one: 20 characters each side
        fifty]  # 50 characters: quoted whole
    assert len(fifty) == 50


def test_three_places_are_listed_without_more(tmp_path):
    lines = ["一、收入支出决算总体情况说明"] + [f"第{i}项：XX局收入情况。" for i in range(3)]
    [f] = pick(_run(wb.build(wb.spec()), tmp_path, lines), "CMP009")
    assert "”，共 3 处。" in f.message and "等，共" not in f.message


def test_a_long_sentence_is_cut_only_where_there_is_more(tmp_path):
    tail = "本年度安排购置车辆二辆其中执法执勤用车一辆其他用车一辆单价一百万元以上设备零台另有租用车辆若干"
    near = "本单位共有XX辆" + tail  # the placeholder 5 characters in: nothing before it is cut
    exact = "截至二〇二四年十二月三十一日止本单位共有XX辆" + tail  # 20 characters before it: all shown, no “…”
    assert near.index("XX") == 5 and exact.index("XX") == 20
    quoted = []
    for text in (near, exact):
        [f] = pick(_run(wb.build(wb.spec()), tmp_path, ["一、收入支出决算总体情况说明", text + "。"]), "CMP009")
        quoted.append(f.locations[0].sentence)
    assert quoted == [near[:25] + "…", exact[:40] + "…"]
