"""部门预算 in the 财政部 eight-table template (中央部门; 北京, 广东, 浙江, 四川, 湖北): 收支总表, 收入总表, 支出总表,
财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, 一般公共预算“三公”经费支出表, 政府性基金预算支出表.
Its titles say neither 预算 nor 决算 (the 预算 in 一般公共预算 is the fund's name).

Review s11rev1 #1 (REVIEW11-1.md), first run on main c05f54d: in xlsx and docx the file was read as a 决算 (stage 决算),
its 三公 table taken as 公开07表 and CMP001 “缺少其余 8 张”; with 公开NN表 labels beside the titles the tables were read
as 决算 02–08 (CMP001, a false XTB015), and planted errors in the budget tables were never found. Here: a 北京式 2024
部门 (titles '2024年部门收支总表' …, a 部门 line, 公开NN表 labels in some files), the reviewer's 广东式 shape rebuilt with
other figures. Fixed: stage 预算, the eight tables recognised as 预算 kinds (B01–B06, B08, B09), a correct file clean,
each planted error found by the budget identity that covers it.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from helpers import docx_cells
from pdf_writer import PrintedTable, save_workbook

DEPT = "部门：北京市某某局"


# 科目: code, name, (合计, 一般公共预算, 政府性基金, 事业收入, 基本支出, 人员经费, 公用经费, 项目支出) — 人员/公用/项目
# of the 一般公共预算 alone (the 事业收入 pays 30.00 of 一般行政管理事务's 项目支出)
CODES = [
    ("201", "一般公共服务支出", "1,980.20 1,950.20 - 30.00 1,470.20 1,300.00 170.20 480.00"),
    ("20101", "人大事务", "1,980.20 1,950.20 - 30.00 1,470.20 1,300.00 170.20 480.00"),
    ("2010101", "行政运行", "1,470.20 1,470.20 - - 1,470.20 1,300.00 170.20 -"),
    ("2010102", "一般行政管理事务", "510.00 480.00 - 30.00 - - - 480.00"),
    ("208", "社会保障和就业支出", "180.30 180.30 - - 180.30 180.30 - -"),
    ("20805", "行政事业单位养老支出", "180.30 180.30 - - 180.30 180.30 - -"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "180.30 180.30 - - 180.30 180.30 - -"),
    ("212", "城乡社区支出", "40.00 - 40.00 - - - - -"),
    ("21208", "国有土地使用权出让收入安排的支出", "40.00 - 40.00 - - - - -"),
    ("2120899", "其他国有土地使用权出让收入安排的支出", "40.00 - 40.00 - - - - -"),
    ("221", "住房保障支出", "100.00 100.00 - - 100.00 100.00 - -"),
    ("22102", "住房改革支出", "100.00 100.00 - - 100.00 100.00 - -"),
    ("2210201", "住房公积金", "100.00 100.00 - - 100.00 100.00 - -"),
]


def _tables(prefix: str = "2024年部门") -> list[PrintedTable]:
    u = "单位：万元"
    rows = [(c, n, ["" if x == "-" else x for x in f.split()]) for c, n, f in CODES]
    b1 = PrintedTable(prefix + "收支总表", DEPT, u, [
        ["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
        ["一、一般公共预算拨款收入", "2,230.50", "一、一般公共服务支出", "1,980.20"],
        ["二、政府性基金预算拨款收入", "40.00", "二、社会保障和就业支出", "180.30"],
        ["三、国有资本经营预算拨款收入", "", "三、城乡社区支出", "40.00"],
        ["四、事业收入", "30.00", "四、住房保障支出", "100.00"],
        ["五、其他收入", "", "", ""],
        ["本年收入合计", "2,300.50", "本年支出合计", "2,300.50"],
        ["上年结转结余", "", "结转下年", ""],
        ["收入总计", "2,300.50", "支出总计", "2,300.50"]], 2, [(0, 0, 0, 1), (0, 2, 0, 3)])
    b2 = PrintedTable(prefix + "收入总表", DEPT, u, [
        ["科目编码", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入"],
        ["", "合计", "2,300.50", "2,230.50", "40.00", "30.00"]] + [[c, n, *f[:4]] for c, n, f in rows], 1)
    b3 = PrintedTable(prefix + "支出总表", DEPT, u, [
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "2,300.50", "1,750.50", "550.00"]]
        + [[c, n, f[0], f[4], "510.00" if c in ("201", "20101", "2010102") else ("40.00" if f[2] else "")]
           for c, n, f in rows], 1)
    b4 = PrintedTable(prefix + "财政拨款收支总表", DEPT, u, [
        ["收入", "", "支出", "", "", "", ""], ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
        ["一、本年收入", "2,270.50", "一、本年支出", "2,270.50", "2,230.50", "40.00", ""],
        ["（一）一般公共预算拨款", "2,230.50", "（一）一般公共服务支出", "1,950.20", "1,950.20", "", ""],
        ["（二）政府性基金预算拨款", "40.00", "（二）社会保障和就业支出", "180.30", "180.30", "", ""],
        ["（三）国有资本经营预算拨款", "", "（三）城乡社区支出", "40.00", "", "40.00", ""],
        ["二、上年结转", "", "（四）住房保障支出", "100.00", "100.00", "", ""],
        ["", "", "二、结转下年", "", "", "", ""],
        ["收入总计", "2,270.50", "支出总计", "2,270.50", "2,230.50", "40.00", ""]], 2, [(0, 0, 0, 1), (0, 2, 0, 6)])
    b5 = PrintedTable(prefix + "一般公共预算支出表", DEPT, u, [
        ["科目编码", "科目名称", "合计", "基本支出", "", "项目支出"], ["", "", "", "人员经费", "公用经费", ""],
        ["", "合计", "2,230.50", "1,580.30", "170.20", "480.00"]]
        + [[c, n, f[1], f[5], f[6], f[7]] for c, n, f in rows if f[1]],
        2, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)])
    b6 = PrintedTable(prefix + "一般公共预算基本支出表", DEPT, u, [
        ["科目编码", "科目名称", "合计", "人员经费", "公用经费"], ["", "合计", "1,750.50", "1,580.30", "170.20"],
        ["301", "工资福利支出", "1,480.30", "1,480.30", ""], ["30101", "基本工资", "700.00", "700.00", ""],
        ["30102", "津贴补贴", "500.00", "500.00", ""], ["30108", "机关事业单位基本养老保险缴费", "180.30", "180.30", ""],
        ["30113", "住房公积金", "100.00", "100.00", ""],
        ["302", "商品和服务支出", "170.20", "", "170.20"], ["30201", "办公费", "60.00", "", "60.00"],
        ["30211", "差旅费", "40.00", "", "40.00"], ["30217", "公务接待费", "5.20", "", "5.20"],
        ["30231", "公务用车运行维护费", "15.00", "", "15.00"], ["30299", "其他商品和服务支出", "50.00", "", "50.00"],
        ["303", "对个人和家庭的补助", "100.00", "100.00", ""], ["30302", "退休费", "100.00", "100.00", ""]], 1)
    b7 = PrintedTable(prefix + "一般公共预算“三公”经费支出表", DEPT, u, [
        ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
        ["", "", "小计", "公务用车购置费", "公务用车运行费", ""],
        ["20.20", "", "15.00", "", "15.00", "5.20"]], 2, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)])
    b8 = PrintedTable(prefix + "政府性基金预算支出表", DEPT, u, [
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "40.00", "", "40.00"],
        ["212", "城乡社区支出", "40.00", "", "40.00"], ["21208", "国有土地使用权出让收入安排的支出", "40.00", "", "40.00"],
        ["2120899", "其他国有土地使用权出让收入安排的支出", "40.00", "", "40.00"]], 1)
    return [b1, b2, b3, b4, b5, b6, b7, b8]


_consistent = _tables


def _docx(path: Path, tables: list[PrintedTable], labels: bool) -> Path:
    import docx

    doc = docx.Document()
    doc.add_paragraph("北京市某某局2024年部门预算")
    add_tables(doc, tables, labels)
    doc.save(path)
    return path


def add_tables(doc, tables: list[PrintedTable], labels: bool = False) -> None:
    """Each table as a Word document prints it: its title (and 公开NN表), its 部门/单位 line, then the table."""
    for k, t in enumerate(tables, 1):
        doc.add_paragraph(t.title + (f"（公开{k:02d}表）" if labels else ""))
        doc.add_paragraph(f"{t.dept}　　　　{t.unit}")
        n = max(len(r) for r in t.rows)
        tb = doc.add_table(rows=len(t.rows), cols=n)
        tb.style = "Table Grid"
        cell = docx_cells(tb)  # the merges below keep each span's corner cells (spans never overlap)
        for i, row in enumerate(t.rows):
            for j, v in enumerate(row):
                if v:
                    cell(i, j).text = v
        for a, b, c, d in t.merges:
            cell(a, b).merge(cell(c, d))
            cell(a, b).text = t.rows[a][b]


def _xlsx(path: Path, tables: list[PrintedTable], labels: bool) -> Path:
    save_workbook(path, tables)
    if labels:  # '公开NN表' at the right of each title, as 北京/四川 print it
        from openpyxl import load_workbook

        wb = load_workbook(path)
        for k, ws in enumerate(wb.worksheets, 1):
            ws.cell(1, ws.max_column, f"公开{k:02d}表")
        wb.save(path)
    return path


def _check(path: Path):
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(path))
    d.path = str(path)
    return d, [f for f in run_rules(d) if f.severity.value in ("error", "warning")]


WRITERS = {"xlsx": _xlsx, "docx": _docx}


@pytest.mark.parametrize("labels", [False, True], ids=["titles", "titles+公开NN表"])
@pytest.mark.parametrize("fmt", list(WRITERS))
def test_central_budget_is_a_budget_and_clean(tmp_path, fmt, labels):
    d, found = _check(WRITERS[fmt](tmp_path / f"b.{fmt}", _consistent(), labels))
    assert d.stage == "预算"
    assert sorted(d.tables) == ["B01", "B02", "B03", "B04", "B05", "B06", "B08", "B09"]
    assert [(f.code, f.message) for f in found] == []


def _planted(kind_index: int, row: int, col: int, value: str):
    t = copy.deepcopy(_consistent())
    t[kind_index].rows[row][col] = value
    return t


PLANTED = [  # (table, row, col, wrong value, a code that must find it)
    (0, 9, 1, "2,310.50", "BGT101"),   # 收支总表 收入总计 ≠ 支出总计
    (1, 4, 3, "1,460.20", "BGT201"),   # 收入总表 2010101 一般公共预算 ≠ 合计 − 事业收入
    (2, 2, 4, "490.00", "BGT301"),     # 支出总表 201 项目支出 (基本 + 项目 ≠ 合计)
    (3, 3, 1, "2,240.50", "BGT401"),   # 财政拨款收支总表 一般公共预算拨款 ≠ 本年收入 − 基金
    (4, 4, 5, "470.00", "BGT501"),     # 一般公共预算支出表 201 项目支出
    (5, 3, 2, "710.00", "BGT001"),     # 基本支出表 30101 基本工资 (301 ≠ Σ款)
    (6, 2, 0, "21.20", "BGT901"),      # 三公 合计 ≠ 出国 + 用车 + 接待
    (7, 1, 2, "45.00", "BGT601"),      # 政府性基金预算支出表 合计
]


@pytest.mark.parametrize("fmt", list(WRITERS))
@pytest.mark.parametrize("case", PLANTED, ids=[c[4] for c in PLANTED])
def test_central_budget_planted_errors_found(tmp_path, fmt, case):
    i, r, c, v, code = case
    d, found = _check(WRITERS[fmt](tmp_path / f"p.{fmt}", _planted(i, r, c, v), True))
    assert d.stage == "预算"
    assert code in {f.code for f in found}, [(f.code, f.message) for f in found]
    assert not any("决算" in f.message for f in found)


def test_final_accounts_sanggong_title_without_jue_stays_07():
    """A 三公 title with neither 决算 nor 预算 is the 决算 07 among 决算 tables (only 预算 tables make it B09)."""
    from govaudit.recognize.specs import classify_title

    assert classify_title("一般公共预算“三公”经费支出表") == "07"
    assert classify_title("2024年部门收支总表") == "B01"
    assert classify_title("财政拨款收支总表（公开04表）") == "B04"
    assert classify_title("一般公共预算财政拨款基本支出表") == "B08"
    assert classify_title("政府性基金预算财政拨款支出表（公开08表）") == "B06"
    assert classify_title("政府性基金预算财政拨款收入支出决算表") == "08"
    assert classify_title("收入支出决算总表") == "01"
    assert classify_title("一般公共预算财政拨款支出决算表") == "05"


def test_final_accounts_with_a_bare_sanggong_title_stays_final(tmp_path):
    """The 2019 中央式 决算 sample with its 07 titled as the 预算 template titles it ('一般公共预算“三公”经费支出表'):
    still a 决算 with its 公开07表, clean."""
    from openpyxl import load_workbook

    src = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2019-中央式-无误.xlsx"
    wb = load_workbook(src)
    ws = wb["公开06-09表"]
    assert ws["A21"].value == "一般公共预算财政拨款“三公”经费支出决算表"
    ws["A21"] = "一般公共预算“三公”经费支出表"
    wb.save(tmp_path / "f.xlsx")
    d, found = _check(tmp_path / "f.xlsx")
    assert d.stage == "决算" and "07" in d.tables and "B09" not in d.tables
    assert [(f.code, f.message) for f in found if f.severity.value == "error"] == []
