"""Tables of the held-out batch 21 (tests/test_budget_heldout21.py): a 市文化广电和旅游局's 2025 部门预算 in the 财政部
nine-table form (万元, two decimals), figures made up for this batch and consistent to the cent.

Per 项 (合计 = 一般公共预算 + 政府性基金 + 事业收入 + 其他收入; 一般公共预算 = 人员 + 公用 + 项目):
  2070101 行政运行 1,102.40 (一般公共 1,102.40: 人员 862.40, 公用 240.00)
  2070104 图书馆 530.00 (一般公共 400.00: 人员 300.00, 公用 50.00, 项目 50.00; 事业收入 130.00, 项目)
  2070109 群众文化 980.00 (一般公共 864.28 项目; 事业收入 80.50 项目; 其他收入 35.22 项目)
  2070799 其他旅游发展基金支出 120.00 (政府性基金, 项目)
  2080505 机关事业单位基本养老保险缴费支出 210.30, 2080506 职业年金 105.15, 2101101 行政单位医疗 98.60,
  2210201 住房公积金 176.05 (一般公共, 人员)
Totals: 3,322.50 = 一般公共预算 2,956.78 + 政府性基金 120.00 + 事业收入 210.50 + 其他收入 35.22; 基本 2,042.50 (人员
1,752.50, 公用 290.00), 项目 1,280.00 (一般公共预算 914.28); 类 207 2,732.40, 208 315.45, 210 98.60, 221 176.05;
财政拨款 3,076.78 (207: 2,486.68). 经济分类: 301 1,652.50, 302 290.00, 303 100.00. 三公 42.50 = 出国 12.00 + 用车
24.00 (购置 0, 运行 24.00) + 接待 6.50. No 国有资本经营预算 (empty table with its note).
"""

from __future__ import annotations

from pathlib import Path

from helpers import docx_cells
from pdf_writer import PrintedTable

DEPT = "部门：某市文化广电和旅游局"
UNIT = "单位：万元"

# code, name, 合计, 一般公共预算, 政府性基金, 事业收入, 其他收入, 基本(all), 项目(all), 人员, 公用, 项目(一般公共)
ITEMS = [
    ("207", "文化旅游体育与传媒支出", "2,732.40 2,366.68 120.00 210.50 35.22 1,452.40 1,280.00 1,162.40 290.00 914.28"),
    ("20701", "文化和旅游", "2,612.40 2,366.68 - 210.50 35.22 1,452.40 1,160.00 1,162.40 290.00 914.28"),
    ("2070101", "行政运行", "1,102.40 1,102.40 - - - 1,102.40 - 862.40 240.00 -"),
    ("2070104", "图书馆", "530.00 400.00 - 130.00 - 350.00 180.00 300.00 50.00 50.00"),
    ("2070109", "群众文化", "980.00 864.28 - 80.50 35.22 - 980.00 - - 864.28"),
    ("20707", "旅游发展基金支出", "120.00 - 120.00 - - - 120.00 - - -"),
    ("2070799", "其他旅游发展基金支出", "120.00 - 120.00 - - - 120.00 - - -"),
    ("208", "社会保障和就业支出", "315.45 315.45 - - - 315.45 - 315.45 - -"),
    ("20805", "行政事业单位养老支出", "315.45 315.45 - - - 315.45 - 315.45 - -"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "210.30 210.30 - - - 210.30 - 210.30 - -"),
    ("2080506", "机关事业单位职业年金缴费支出", "105.15 105.15 - - - 105.15 - 105.15 - -"),
    ("210", "卫生健康支出", "98.60 98.60 - - - 98.60 - 98.60 - -"),
    ("21011", "行政事业单位医疗", "98.60 98.60 - - - 98.60 - 98.60 - -"),
    ("2101101", "行政单位医疗", "98.60 98.60 - - - 98.60 - 98.60 - -"),
    ("221", "住房保障支出", "176.05 176.05 - - - 176.05 - 176.05 - -"),
    ("22102", "住房改革支出", "176.05 176.05 - - - 176.05 - 176.05 - -"),
    ("2210201", "住房公积金", "176.05 176.05 - - - 176.05 - 176.05 - -"),
]

ECONOMIC = [  # code, name, 合计, 人员经费, 公用经费
    ("301", "工资福利支出", "1,652.50", "1,652.50", ""), ("30101", "基本工资", "520.00", "520.00", ""),
    ("30102", "津贴补贴", "380.00", "380.00", ""), ("30103", "奖金", "120.00", "120.00", ""),
    ("30108", "机关事业单位基本养老保险缴费", "210.30", "210.30", ""), ("30109", "职业年金缴费", "105.15", "105.15", ""),
    ("30110", "职工基本医疗保险缴费", "98.60", "98.60", ""), ("30113", "住房公积金", "176.05", "176.05", ""),
    ("30199", "其他工资福利支出", "42.40", "42.40", ""),
    ("302", "商品和服务支出", "290.00", "", "290.00"), ("30201", "办公费", "62.00", "", "62.00"),
    ("30205", "水费", "8.00", "", "8.00"), ("30206", "电费", "30.00", "", "30.00"),
    ("30211", "差旅费", "35.00", "", "35.00"), ("30216", "培训费", "18.00", "", "18.00"),
    ("30217", "公务接待费", "6.50", "", "6.50"), ("30228", "工会经费", "22.00", "", "22.00"),
    ("30229", "福利费", "20.00", "", "20.00"), ("30231", "公务用车运行维护费", "24.00", "", "24.00"),
    ("30239", "其他交通费用", "45.00", "", "45.00"), ("30299", "其他商品和服务支出", "19.50", "", "19.50"),
    ("303", "对个人和家庭的补助", "100.00", "100.00", ""), ("30302", "退休费", "60.00", "60.00", ""),
    ("30309", "奖励金", "40.00", "40.00", ""),
]


def _items():
    return [(c, n, ["" if x == "-" else x for x in f.split()]) for c, n, f in ITEMS]


def tables(prefix: str = "2025年部门") -> list[PrintedTable]:
    """The nine tables in the 财政部 form's order and wording."""
    rows = _items()
    b1 = PrintedTable(prefix + "收支总表", DEPT, UNIT, [
        ["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
        ["一、一般公共预算拨款收入", "2,956.78", "一、文化旅游体育与传媒支出", "2,732.40"],
        ["二、政府性基金预算拨款收入", "120.00", "二、社会保障和就业支出", "315.45"],
        ["三、国有资本经营预算拨款收入", "", "三、卫生健康支出", "98.60"],
        ["四、事业收入", "210.50", "四、住房保障支出", "176.05"],
        ["五、事业单位经营收入", "", "", ""],
        ["六、其他收入", "35.22", "", ""],
        ["本年收入合计", "3,322.50", "本年支出合计", "3,322.50"],
        ["上年结转结余", "", "结转下年", ""],
        ["收入总计", "3,322.50", "支出总计", "3,322.50"]], 2, [(0, 0, 0, 1), (0, 2, 0, 3)])
    b2 = PrintedTable(prefix + "收入总表", DEPT, UNIT, [
        ["科目编码", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "其他收入"],
        ["", "合计", "3,322.50", "2,956.78", "120.00", "210.50", "35.22"]]
        + [[c, n, *f[:5]] for c, n, f in rows], 1)
    b3 = PrintedTable(prefix + "支出总表", DEPT, UNIT, [
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "3,322.50", "2,042.50", "1,280.00"]]
        + [[c, n, f[0], f[5], f[6]] for c, n, f in rows], 1)
    b4 = PrintedTable(prefix + "财政拨款收支总表", DEPT, UNIT, [
        ["收入", "", "支出", "", "", "", ""], ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
        ["一、本年收入", "3,076.78", "一、本年支出", "3,076.78", "2,956.78", "120.00", ""],
        ["（一）一般公共预算拨款", "2,956.78", "（一）文化旅游体育与传媒支出", "2,486.68", "2,366.68", "120.00", ""],
        ["（二）政府性基金预算拨款", "120.00", "（二）社会保障和就业支出", "315.45", "315.45", "", ""],
        ["（三）国有资本经营预算拨款", "", "（三）卫生健康支出", "98.60", "98.60", "", ""],
        ["二、上年结转", "", "（四）住房保障支出", "176.05", "176.05", "", ""],
        ["", "", "二、结转下年", "", "", "", ""],
        ["收入总计", "3,076.78", "支出总计", "3,076.78", "2,956.78", "120.00", ""]], 2, [(0, 0, 0, 1), (0, 2, 0, 6)])
    b5 = PrintedTable(prefix + "一般公共预算支出表", DEPT, UNIT, [
        ["科目编码", "科目名称", "合计", "基本支出", "", "项目支出"], ["", "", "", "人员经费", "公用经费", ""],
        ["", "合计", "2,956.78", "1,752.50", "290.00", "914.28"]]
        + [[c, n, f[1], f[7], f[8], f[9]] for c, n, f in rows if f[1]],
        2, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)])
    b6 = PrintedTable(prefix + "一般公共预算基本支出表", DEPT, UNIT, [
        ["科目编码", "科目名称", "合计", "人员经费", "公用经费"], ["", "合计", "2,042.50", "1,752.50", "290.00"]]
        + [list(e) for e in ECONOMIC], 1)
    b7 = PrintedTable(prefix + "一般公共预算“三公”经费支出表", DEPT, UNIT, [
        ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
        ["", "", "小计", "公务用车购置费", "公务用车运行费", ""],
        ["42.50", "12.00", "24.00", "", "24.00", "6.50"]], 2, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)])
    b8 = PrintedTable(prefix + "政府性基金预算支出表", DEPT, UNIT, [
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "120.00", "", "120.00"],
        ["207", "文化旅游体育与传媒支出", "120.00", "", "120.00"], ["20707", "旅游发展基金支出", "120.00", "", "120.00"],
        ["2070799", "其他旅游发展基金支出", "120.00", "", "120.00"]], 1)
    b9 = PrintedTable(prefix + "国有资本经营预算支出表", DEPT, UNIT, [
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "", "", ""]], 1,
        notes=["注：本部门2025年没有使用国有资本经营预算拨款安排的支出，故本表为空表。"])
    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]


SHANGHAI = Path(__file__).resolve().parent.parent / "samples" / "预算公开表-2026-上海部门-无误.xlsx"
SHANGHAI_TEXT_SHEETS = ("封面", "目录", "部门主要职能", "部门机构设置", "名词解释", "部门编制说明", "其他相关情况说明",
                        "项目经费情况说明")


def shanghai_tables() -> list[PrintedTable]:
    """The 上海 2026 sample's nine tables as a print shows them: 元 as integers with thousands separators (0 printed),
    the 类/款/项 code columns as text, the 注 line under an empty table."""
    import re

    from openpyxl import load_workbook

    out = []
    for ws in load_workbook(SHANGHAI).worksheets:
        if ws.title.strip() in SHANGHAI_TEXT_SHEETS:
            continue
        kept = [(k, list(r)) for k, r in enumerate(ws.iter_rows(values_only=True), 1) if any(v is not None for v in r)]
        grid = [r for _k, r in kept]
        at = {k: i - 2 for i, (k, _r) in enumerate(kept)}  # sheet row → index in `rows`
        width = max(j + 1 for r in grid for j, v in enumerate(r) if v is not None and str(v).strip())
        grid = [r[:width] for r in grid]
        codes = 3 if any("类" == v for r in grid[:6] for v in r) else 0

        def shown(j, v):
            if v is None:
                return ""
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                if j < codes:
                    return str(v)
                return f"{v:,}" if isinstance(v, int) else f"{v:.2f}"
            return str(v).strip()

        rows = [[shown(j, v) for j, v in enumerate(r + [None] * (width - len(r)))] for r in grid[2:]]
        notes = [r[0] for r in rows if r[0].startswith("注")]
        rows = [r for r in rows if not r[0].startswith("注")]
        meta = [str(v) for v in grid[1] if v]
        numeric = [i for i, r in enumerate(rows) if any(re.fullmatch(r"[\d,]+(?:\.\d+)?", v) for v in r)]
        head = numeric[0] if numeric else next(i for i, r in enumerate(rows) if r[0].replace(" ", "") == "合计")
        merges = [(at[m.min_row], m.min_col - 1, at[m.max_row], m.max_col - 1) for m in ws.merged_cells.ranges
                  if m.min_row in at and m.max_row in at and 0 <= at[m.min_row] and at[m.max_row] < head]
        out.append(PrintedTable(next(v for v in grid[0] if v), meta[0], meta[-1], rows, head, merges, notes))
    return out


def save_docx(path: Path, paragraphs: list[str], tables: list[PrintedTable], tables_heading: str) -> Path:
    """A Word 部门预算: the 说明's paragraphs, then `tables_heading` and each table as Word prints it (title, 部门/单位
    line, the grid with its merges, the 注 lines under it)."""
    import docx

    doc = docx.Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.add_paragraph(tables_heading)
    for t in tables:
        doc.add_paragraph(t.title)
        doc.add_paragraph(f"{t.dept}　　　　{t.unit}")
        tb = doc.add_table(rows=len(t.rows), cols=max(len(r) for r in t.rows))
        tb.style = "Table Grid"
        cell = docx_cells(tb)  # the merges below keep each span's corner cells (spans never overlap)
        for i, row in enumerate(t.rows):
            for j, v in enumerate(row):
                if v:
                    cell(i, j).text = v
        for a, b, c, d in t.merges:
            cell(a, b).merge(cell(c, d))
            cell(a, b).text = t.rows[a][b]
        for note in t.notes:
            doc.add_paragraph(note)
    doc.save(path)
    return path
