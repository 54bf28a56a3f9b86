"""Reading 绩效自评表 by their labels: the three layouts and variations of each."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

from test_forms_support import (
    SAMPLES,
    central_book,
    central_forms,
    cell_of,
    check,
    hebei_book,
    hebei_forms,
    recognise,
    sichuan_book,
    sichuan_forms,
)

D = Decimal


def figures(line):
    return {k: (f.value if f is not None else None) for k, f in line.cells.items()}


def scores(section):
    return [(i.level2, i.score.value if i.score else None) for i in section.indicators]


# ---------------------------------------------------------------- 河北
def test_hebei_form_read_by_labels(tmp_path):
    d = recognise(hebei_book(hebei_forms()[:1]), tmp_path)
    assert len(d.forms) == 1 and not d.tables
    f = d.forms[0]
    assert f.layout == "hebei" and f.year == 2019 and f.unit == "万元"
    assert (f.project.text, f.project.source.cell) == ("劳动监察专项资金", "C4")
    assert (f.implementer.text, f.department.text, f.filler.text) == ("劳动和社会保障监察大队", "劳动监察大队", "王敏")
    assert [b.key for b in f.budget] == ["total", "fiscal", "other"]
    total = f.line("total")
    assert figures(total) == {"budget": D("3.00"), "arrived": D("3.00"), "executed": D("2.96"), "rate": D("98.67")}
    assert [total.cells[k].source.cell for k in ("budget", "arrived", "executed", "rate")] == ["C6", "E6", "G6", "H6"]
    assert f.shown_rate.percent and f.shown_rate.decimals == 2
    assert figures(f.line("other")) == {"budget": None, "arrived": None, "executed": None, "rate": None}
    assert f.goal.text.startswith("办案") and f.achieved.source.cell == "E10" and f.completion.value == 100
    assert [(s.name, s.weight.value, s.weight_from, s.cell.cell) for s in f.sections] == [
        ("产出指标", 50, "label", "B14"), ("效益指标", 30, "label", "B18"), ("满意度指标", 10, "label", "B20"),
        ("预算执行率", 10, "label", "B21")]
    assert scores(f.sections[0]) == [("数量指标", 12), ("数量指标", 12), ("质量指标", 13), ("时效指标", 13)]
    ind = f.sections[0].indicators[1]
    assert (ind.level1, ind.level2_cell, ind.level3, ind.score.source.cell) == ("产出指标（50）", "C14", "日常检查企业数（家）", "H15")
    assert (ind.expected.text, ind.expected.value, ind.actual.value) == ("≥300", 300, 320)
    first = f.sections[0].indicators[0]
    assert first.expected.percent and first.expected.text == "≥100%" and first.expected.value == 100
    assert (f.total_score.value, f.total_score.source.cell, f.grade.text, f.grade.source.cell) == (99, "H22", "优", "H23")
    assert f.problems.text == "无。"


def test_blank_carried_and_merged_cells_read_alike(tmp_path):
    merged = recognise(hebei_book(hebei_forms()[1:2], merge=True), tmp_path).forms[0]
    blank = recognise(hebei_book(hebei_forms()[1:2], merge=False), tmp_path).forms[0]
    for f in (merged, blank):
        assert [s.name for s in f.sections] == ["产出指标", "效益指标", "满意度指标", "预算执行率"]
        assert scores(f.sections[1]) == [("经济效益指标", 10), ("社会效益指标", 10), ("可持续影响指标", 5)]
        assert [i.level1 for i in f.sections[1].indicators] == ["效益指标（30）"] * 3


def test_everything_unmerged_still_reads(tmp_path):
    """Every merged range split (headers over two columns written once, the cell beside them blank)."""
    wb = hebei_book(hebei_forms()[:2])
    ws = wb.active
    for rng in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(rng))
    assert check(wb, tmp_path) == []
    d = recognise(wb, tmp_path)
    assert [f.project.text for f in d.forms] == ["劳动监察专项资金", "就业扶持专项资金"]
    assert figures(d.forms[1].line("other"))["executed"] == D("18.00")
    assert d.forms[1].total_score.value == 87


def test_shifted_and_stacked(tmp_path):
    wb = hebei_book(hebei_forms(), row=5, col=3, merge=False)
    d = recognise(wb, tmp_path)
    assert [(f.project.text, f.title_cell) for f in d.forms] == [
        ("劳动监察专项资金", "C5"), ("就业扶持专项资金", "C32"), ("远程教育站点专项资金", "C60")]
    assert d.forms[0].line("total").cells["budget"].source.cell == "E10"
    assert d.forms[2].department.text == "组织处" and d.forms[2].filler.text == "刘芸"
    assert check(wb, tmp_path) == []


def test_columns_found_by_their_headers_not_positions(tmp_path):
    """实际完成值 printed before 预期指标值, 资金到位情况 after 资金执行情况: still read by the words."""
    wb = hebei_book(hebei_forms()[:1])
    ws = wb.active
    head = cell_of(ws, "预期指标值")[0]
    for r in range(head, head + 9):
        ws.cell(r, 6).value, ws.cell(r, 7).value = ws.cell(r, 7).value, ws.cell(r, 6).value
        ws.cell(r, 6).number_format, ws.cell(r, 7).number_format = ws.cell(r, 7).number_format, ws.cell(r, 6).number_format
    for r in range(5, 9):  # swap the 到位 pair (D:E) with the 执行 pair (F:G); row 5 is their merged header
        for a, b in ((4, 6), (5, 7)) if r > 5 else ((4, 6),):
            ws.cell(r, a).value, ws.cell(r, b).value = ws.cell(r, b).value, ws.cell(r, a).value
            ws.cell(r, a).number_format, ws.cell(r, b).number_format = ws.cell(r, b).number_format, ws.cell(r, a).number_format
    f = recognise(wb, tmp_path).forms[0]
    ind = f.sections[0].indicators[1]
    assert (ind.expected.text, ind.actual.value, ind.actual.source.cell) == ("≥300", 320, "F15")
    total = f.line("total")
    assert (total.cells["executed"].value, total.cells["executed"].source.cell) == (D("2.96"), "E6")
    assert check(wb, tmp_path) == []


def test_numbers_and_percents_as_text(tmp_path):
    wb = hebei_book(hebei_forms()[:1], text_numbers=True)
    f = recognise(wb, tmp_path).forms[0]
    assert f.shown_rate.value == D("98.67") and f.shown_rate.percent and f.shown_rate.text == "98.67%"
    assert f.line("total").cells["budget"].value == D("3.00")
    assert f.sections[3].indicators[0].actual.percent


def test_qualitative_values_are_not_numbers(tmp_path):
    f = recognise(hebei_book(hebei_forms()[1:2]), tmp_path).forms[0]
    quali = f.sections[1].indicators[0]
    assert (quali.expected.text, quali.actual.text) == ("是", "是")
    assert not hasattr(quali.actual, "value")
    cost = f.sections[0].indicators[3]
    assert cost.expected.text == ">=600元/人/月" and not hasattr(cost.expected, "value")


def test_level3_in_two_cells(tmp_path):
    """Seed form 1 prints 三级指标 over two columns: its name and a description."""
    import make_forms
    import seed_forms

    wb = Workbook()
    make_forms.write_hebei(make_forms.Sheet(wb.active), seed_forms.FORMS[0])
    f = recognise(wb, tmp_path).forms[0]
    ind = f.sections[0].indicators[0]
    assert (ind.level3, ind.detail) == ("规模以上企业劳动合同签订率（%）", "规模以上企业劳动合同签订数占应签订数的比率")
    assert ind.score.source.cell == "H14" and ind.actual.value == 100
    assert f.sections[3].indicators[0].level3 is None  # 预算执行率 row: 三级 blank, score only


# ---------------------------------------------------------------- central
def test_central_form(tmp_path):
    d = recognise(central_book(central_forms()[:1]), tmp_path)
    f = d.forms[0]
    assert f.layout == "central" and f.year == 2019
    assert (f.project.text, f.department.text, f.implementer.text) == ("就业创业服务能力建设", "人力资源和社会保障部", "就业促进司")
    assert [c.key for c in f.budget_columns] == ["initial", "budget", "executed", "weight", "rate", "score"]
    assert [b.key for b in f.budget] == ["total", "fiscal", "carryover", "other"]
    total = f.line("total")
    assert figures(total) == {"initial": D("100.00"), "budget": D("120.00"), "executed": D("108.00"), "weight": 10,
                              "rate": D("90.00"), "score": 9}
    assert figures(f.line("fiscal"))["weight"] is None  # "—"
    rate = f.rate_section
    assert (rate.origin, rate.weight.value, rate.weight_from, rate.indicators[0].score.source.cell) == ("budget", 10, "budget", "H6")
    assert [(s.name, s.weight.value, s.weight_from) for s in f.sections[1:]] == [
        ("产出指标", 50, "column"), ("效益指标", 30, "column"), ("满意度指标", 10, "column")]
    ind = f.sections[2].indicators[0]
    assert (ind.weight.value, ind.score.value, ind.reason) == (20, 16, "部分网点上线较晚")
    assert (f.total_score.value, f.total_weight.value, f.grade) == (95, 100, None)


# ---------------------------------------------------------------- 四川
def test_sichuan_form(tmp_path):
    d = recognise(sichuan_book(sichuan_forms()), tmp_path)
    assert len(d.forms) == 2
    f = d.forms[1]
    assert f.layout == "sichuan" and f.year == 2023
    assert f.project.text == "51092324T000010263357-全县就业见习补贴" and f.implementer.text == "大英县就业服务中心"
    assert [b.key for b in f.budget] == ["total", "fiscal", "special", "unit_funds", "other"]
    assert figures(f.line("unit_funds")) == {"initial": D("0.00"), "budget": D("12.00"), "executed": D("10.80"),
                                             "rate": D("90.00"), "weight": None, "score": None}
    assert f.line("fiscal").cells["budget"].source.cell == "D33"
    assert (f.goal.text, f.achieved.text) == ("为 300 名高校毕业生提供就业见习补贴。", "见习 280 人，补贴按月发放。")
    ind = f.sections[1].indicators[0]
    assert (ind.nature, ind.expected.value, ind.measure, ind.actual.value, ind.weight.value, ind.score.value) == (
        "≥", 300, "人", 280, 20, 18)
    assert [(s.name, s.weight.value) for s in f.sections] == [("预算执行率", 10), ("产出指标", 60), ("效益指标", 20),
                                                              ("满意度指标", 10)]
    assert (f.total_score.value, f.total_weight.value, f.filler.text) == (97, 100, "张军")
    assert f.problems.text == "部分岗位未招满。"


# ---------------------------------------------------------------- where forms sit
def test_forms_in_the_same_workbook_as_the_tables():
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(SAMPLES / "决算公开表与绩效自评表-2019-无误.xlsx"))
    assert sorted(d.tables) == ["01", "02", "03", "04", "05", "06", "07", "08", "09"]
    assert [(f.sheet, f.project.text) for f in d.forms] == [
        ("公开06-09表", "远程教育站点专项资金"), ("绩效自评表", "劳动监察专项资金"), ("绩效自评表", "就业扶持专项资金")]
    assert d.tables["09"].is_empty and d.tables["09"].notes  # the form below 公开09表 is not part of it


@pytest.mark.parametrize("title", ["项目支出绩效自评表", "2019年度部门预算项目支出绩效自评表",
                                   "中央部门项目支出绩效自评表（2019年度）", "部门预算项目绩效自评表(公开10表)"])
def test_title_variants(tmp_path, title):
    a = hebei_forms()[0]
    a["title"] = title
    d = recognise(hebei_book([a]), tmp_path)
    assert [f.project.text for f in d.forms] == ["劳动监察专项资金"]


def test_title_with_nothing_under_it(tmp_path):
    wb = Workbook()
    wb.active["A1"] = "附件：部门预算项目绩效自评表"
    wb.active["A3"] = "项目支出绩效自评表"
    d = recognise(wb, tmp_path)
    assert d.forms == []


def test_odd_blocks_never_crash(tmp_path):
    import random

    rnd = random.Random(7)
    words = ["一级指标", "二级指标", "总分", "预算数：", "执行率", "其中：财政资金", "项目名称", "评价等级", "得分",
             "100%", "≥", "优", "3.5", "", "合计", "产出指标（50）", "分值", "预算执行进度"]
    for _ in range(20):
        wb = Workbook()
        ws = wb.active
        ws["A1"] = "项目支出绩效自评表"
        for r in range(2, 25):
            for c in range(1, 9):
                if rnd.random() < 0.5:
                    w = rnd.choice(words)
                    ws.cell(r, c).value = float(w) if w == "3.5" else (w or None)
        recognise(wb, tmp_path)  # must not raise
        check(wb, tmp_path) if recognise(wb, tmp_path).forms else None


def test_total_beside_its_label_or_under_the_score_column(tmp_path):
    a = hebei_forms()[0]
    wb = hebei_book([a])
    ws = wb.active
    r, c = cell_of(ws, "总分")
    for rng in [x for x in ws.merged_cells.ranges if x.min_row == r]:
        ws.unmerge_cells(str(rng))
    ws.cell(r, 3).value, ws.cell(r, 8).value = 99, None  # 总分 | 99 right beside the label
    f = recognise(wb, tmp_path).forms[0]
    assert (f.total_score.value, f.total_score.source.cell) == (99, "C22")
    assert check(wb, tmp_path) == []
    ws.cell(r, 3).value = None  # nothing anywhere: the slot is the 自评得分 column
    findings = check(wb, tmp_path)
    assert [(x.code, x.locations[0].cell) for x in findings] == [("PRF202", "H22")]


def test_sichuan_total_weight_is_not_taken_for_the_score(tmp_path):
    a = sichuan_forms()[0]
    a["total"] = ""
    f = recognise(sichuan_book([a]), tmp_path).forms[0]
    assert f.total_score is None and f.total_weight.value == 100
    assert [(x.code, x.locations[0].cell) for x in check(sichuan_book([a]), tmp_path)] == [("PRF202", "J18")]


@pytest.mark.parametrize("label", ["其中：本年财政拨款", "其中:当年财政拨款", "  其中：财政资金"])
def test_central_fiscal_row_spellings(tmp_path, label):
    b = central_forms()[1]
    b["money"][1][0] = label
    f = recognise(central_book([b]), tmp_path).forms[0]
    assert [x.key for x in f.budget] == ["total", "fiscal", "carryover", "other"]
    assert check(central_book([b]), tmp_path) == []
