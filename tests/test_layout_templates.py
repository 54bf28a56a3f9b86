"""Other years' and regions' templates (found with tools/perturb.py, session 3): the same tables worded or laid out a
little differently. A clean sample rewritten so stays clean; a faulty one keeps every error, at the same cell."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SH2024 = "决算公开表-2024-上海式"
SH_BUDGET = "预算公开表-2026-上海部门"
JIANGSU = "预算公开表-2019-江苏式"
UNIT_CELL = re.compile(r"\s*(?:金额)?单位[：:]\s*(万元|元)\s*$")


def defects(path: Path) -> list[tuple]:
    """Errors and warnings by rule, sheet and cell: a rewrite that changes only words keeps every cell in place."""
    status, findings = check_file(path, Options())
    assert status.status == "checked", status.error
    return sorted((f.code, f.locations[0].sheet, f.locations[0].cell) for f in findings if f.severity.value != "info")


def rewrite(name: str, kind: str, out: Path, change) -> Path:
    wb = load_workbook(SAMPLES / f"{name}-{kind}.xlsx")
    change(wb)
    wb.save(out)
    return out


def same_both_ways(tmp_path, name, change):
    """The clean copy draws nothing; the faulty copy draws exactly the sample's errors, at the same cells."""
    assert defects(rewrite(name, "无误", tmp_path / "clean.xlsx", change)) == []
    found = defects(rewrite(name, "有误", tmp_path / "faulty.xlsx", change))
    assert found == defects(SAMPLES / f"{name}-有误.xlsx")
    assert found  # the faulty sample has errors to keep
    return tmp_path / "clean.xlsx"


def cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield ws, cell


def unit_into_title(wb):
    """'收入决算表（单位：万元）' on the title's line, no unit cell (the title is the sheet's first cell)."""
    for ws, cell in list(cells(wb)):
        if m := UNIT_CELL.match(cell.value):
            ws["A1"].value = f"{ws['A1'].value}（单位：{m.group(1)}）"
            cell.value = None


def test_unit_printed_in_the_title(tmp_path):
    clean = same_both_ways(tmp_path, SH2024, unit_into_title)
    tables = recognize(read_workbook(clean)).tables
    assert {t.unit for t in tables.values()} == {"万元"}
    assert tables["02"].unit_cell == "A1"


def test_unit_in_brackets_is_not_part_of_the_title():
    from govaudit.recognize.specs import classify_title

    assert classify_title("收入决算表（单位：万元）") == "02"
    assert classify_title("支出决算表(金额单位:元)") == "03"
    assert classify_title("2026年部门收入预算总表（单位：元）") == "B02"
    assert classify_title("收入决算表　　金额单位：万元") == "02"


def unit_into_headings(wb):
    """No unit line: the figure columns' headings say '（元）' (上海 预算, 元), the 三公 table's '（万元）'."""
    for ws in wb.worksheets:
        units = [(cell, UNIT_CELL.match(cell.value).group(1)) for _ws, cell in cells_of(ws)
                 if UNIT_CELL.match(cell.value)]
        for cell, _u in units:
            cell.value = None
        if not units:
            continue
        unit = units[0][1]
        for _ws, cell in cells_of(ws):
            if cell.value.strip() in ("合计", "财政拨款收入", "事业收入", "其他收入", "基本支出", "项目支出", "人员经费",
                                      "公用经费", "预算数", "小计", "因公出国(境)费", "公务接待费", "公务用车购置费",
                                      "公务用车运行费", "机关运行经费预算数"):
                cell.value = f"{cell.value.strip()}（{unit}）"


def cells_of(ws):
    return [(ws, c) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def test_unit_in_the_column_headings(tmp_path):
    clean = same_both_ways(tmp_path, SH_BUDGET, unit_into_headings)
    tables = recognize(read_workbook(clean)).tables
    b02 = tables["B02"]
    assert b02.unit == "元"  # read from '合计（元）', so no rounding tolerance: a 1 元 slip is an error
    assert "(元)" not in "".join(c.header for c in b02.columns)  # the 合计 column is 合计, named so in messages


def test_unit_in_the_headings_of_a_sanggong_table(tmp_path):
    def change(wb):
        ws = wb["07三公"]
        for _ws, cell in cells_of(ws):
            if UNIT_CELL.match(cell.value):
                cell.value = None
            elif cell.value.strip() in ("预算数", "决算数"):
                cell.value += "（万元）"
    clean = same_both_ways(tmp_path, SH2024, change)  # no CMP008 (表中没有写明金额单位)
    assert recognize(read_workbook(clean)).tables["07"].unit == "万元"


def reword(words: dict, sheets=None):
    def change(wb):
        for ws, cell in list(cells(wb)):
            if sheets is None or ws.title in sheets:
                m = re.fullmatch(r"([一二三四五六七八九十]+、)?(.*?)", cell.value.strip())
                if m.group(2) in words:
                    cell.value = (m.group(1) or "") + words[m.group(2)]
    return change


def test_04_titled_without_zongbiao(tmp_path):
    # 2021 central template: 财政拨款收入支出决算表 (no 总表) is 公开04表, not 01
    clean = same_both_ways(tmp_path, SH2024, reword({"财政拨款收入支出决算总表": "财政拨款收入支出决算表"}))
    assert recognize(read_workbook(clean)).tables["04"].title == "财政拨款收入支出决算表"


def test_total_columns_worded_by_other_years(tmp_path):
    # 02 本年收入合计 → 收入总计 / 本年收入; 03 本年支出合计 → 支出总计 / 本年支出: the row's total column still
    same_both_ways(tmp_path, SH2024, reword({"本年收入合计": "收入总计", "本年支出合计": "支出总计"},
                                            sheets=("02收入", "03支出")))
    same_both_ways(tmp_path, SH2024, reword({"本年收入合计": "本年收入", "本年支出合计": "本年支出"},
                                            sheets=("02收入", "03支出")))


def test_amount_columns_headed_benianshu(tmp_path):
    # 01 | 04 | 06 with their figure columns headed 本年数 instead of 决算数
    same_both_ways(tmp_path, SH2024, reword({"决算数": "本年数"}, sheets=("01收支总表", "04财拨总表", "06基本支出")))


def income_label_unmerged(wb):
    """江苏 收入预算总表: '项目名称' over two label columns (一般公共预算资金 | 小计, then | 公共财政拨款(补助)资金 under
    it) exported without its merge: the second column has no heading at all."""
    for ws in wb.worksheets:
        for rng in list(ws.merged_cells.ranges):
            if ws.cell(rng.min_row, rng.min_col).value == "项目名称" and rng.max_col > rng.min_col:
                ws.unmerge_cells(str(rng))


def test_jiangsu_income_items_in_an_unheaded_second_column(tmp_path):
    clean = same_both_ways(tmp_path, JIANGSU, income_label_unmerged)
    b02 = recognize(read_workbook(clean)).tables["B02"]
    assert not b02.unreliable
    assert [r.label for r in b02.rows if r.key.startswith("label:")] == ["公共财政拨款(补助)资金", "其他收入"]


def test_jiangsu_income_table_as_a_pdf_prints_it(tmp_path):
    # 江苏 2017/2018 PDFs: '部门：' and the name in two cells beside '单位：万元' (a meta line, not a header row), and a
    # blank band between the two label columns
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["二、收入预算总表"])
    ws.append(["部门：", "江苏省人民检察院", None, "单位：万元"])
    ws.append(["项目名称", None, None, "金额"])
    rows = [("收入总计", None, 17996.68), ("一般公共预算资金", "小计", 17981.68), (None, "公共财政拨款(补助)资金", 17981.68),
            (None, "专项收入", None), ("其他资金", "小计", 15), (None, "事业收入", None), (None, "其他收入", 15)]
    for first, second, amount in rows:
        ws.append([first, None, second, amount])
    wb.save(tmp_path / "b02.xlsx")
    b02 = recognize(read_workbook(tmp_path / "b02.xlsx")).tables["B02"]
    assert not b02.unreliable
    assert b02.department == "江苏省人民检察院" and b02.unit == "万元"
    assert [(r.key, r.label) for r in b02.rows] == [
        ("total", "收入总计"), ("group.general", "一般公共预算资金"), ("label:公共财政拨款(补助)资金", "公共财政拨款(补助)资金"),
        ("group.other_funds", "其他资金"), ("label:其他收入", "其他收入")]


def test_department_name_wrapped_into_the_unit_box():
    # a PDF print whose narrow 部门 box wraps the name: its rest lands in the 金额单位 cell of the next line
    from govaudit.readers.base import Cell
    from govaudit.recognize.grid import Meta, read_meta

    meta = Meta()
    assert read_meta([Cell(1, 1, "部门：唐山高新技术产业开发区人力资源")], meta)
    assert read_meta([Cell(2, 1, "金额单位：万元和社会保障局")], meta)
    assert (meta.department, meta.unit) == ("唐山高新技术产业开发区人力资源和社会保障局", "万元")
    other = Meta()  # a whole name is not lengthened by whatever follows a unit
    read_meta([Cell(1, 1, "部门：唐山高新技术产业开发区人力资源和社会保障局")], other)
    read_meta([Cell(2, 1, "金额单位：万元项目")], other)
    assert other.department == "唐山高新技术产业开发区人力资源和社会保障局"


def test_department_name_broken_inside_its_ending():
    # 江苏 省委办 2017 PDF: '部门：中国共产党江苏省委员会办' / '单位：万元' / '公厅' — 办 ends many names, 办公厅 this one
    from govaudit.readers.base import Cell
    from govaudit.recognize.grid import Meta, read_meta

    meta = Meta()
    read_meta([Cell(1, 1, "部门：中国共产党江苏省委员会办")], meta)
    read_meta([Cell(2, 3, "单位：万元")], meta)
    assert read_meta([Cell(3, 1, "公厅")], meta)
    assert meta.department == "中国共产党江苏省委员会办公厅"
    whole = Meta()  # a name ending in 办公厅 takes no more
    read_meta([Cell(1, 1, "部门：中国共产党江苏省委员会办公厅")], whole)
    assert not read_meta([Cell(2, 1, "公厅")], whole)
    assert whole.department == "中国共产党江苏省委员会办公厅"
