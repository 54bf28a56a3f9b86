"""Held-out 决算 table sets (session 21, tabfix), written as a 乡镇 or a small department would lay them out BEFORE
reading the recognition code they test (only tests/pdf_writer.py's PrintedTable, save_workbook and print_tables, and
the sample workbooks' header words, were read).

One set of figures (某县青山镇人民政府, 2023年度; general fund 906.46 万元 = 基本 689.96 + 项目 216.50, 政府性基金 150.00,
no carry-over), printed in layouts no earlier batch has:
  numbered  02/03/05 rows numbered "一、…支出 / （一）…事务 / 1.行政运行" in one 项目 column, no 科目编码 column.
  yuan      every table in 单位：元 (906,460.00 printed with thousands separators in the PDF).
  budget05  公开05表 with 年初预算数 · 调整预算数 · 决算数 · 完成率(%) columns (基本/项目 not split).
  sanshi    公开07表 with the items as rows and 上年决算数 (合计 only) · 预算数 · 决算数 columns side by side.
  merged    02/03/05 printing only the 类 code, merged down over its 款 and 项 rows (which print names only), and 合计
            merged over the code and name columns.
Each as a workbook (one table a sheet), a Word document, a ruled PDF and a 三线表 PDF.

Each clean set must draw no error and no warning; each seeded mistake must be found with its code.

First run on main d8ca5b5 + tabfix's first commit (before any fix below): 20 clean files, 7 seeded.
  Clean: budget05 drew a false CMP001 in all three formats ("只有标题，没有表格": the 05 under 年初预算数 · 调整预算数 ·
  决算数 · 完成率 had no column a 05 knows, so the table was not read at all); the 三线表 print of "merged" drew 13
  false findings (xfail below: the centred 类 code). The others clean.
  Seeded: 2 of 7 missed — the 03 row of a repeated name ("1.行政运行" under two 款, no codes) that does not add up
  across its columns (TBL301 skipped every row whose name is printed twice, as rules across tables must), and the
  numbered table's 款 ≠ Σ项 (xfail: no levels without codes). The budget05 seeded 项 was not found either (its table
  unread).
Round 2 (written after round 1's fixes, before reading more code): codes3 (类 | 款 | 项 columns under 功能分类科目编码,
the 类 merged down over its rows, the 款 over its 项), wholeyuan (codes3 in 元 as whole numbers, 906460), block06 (06 as
one block 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费), periods07 (07 with one row a period, '2023年预算数' /
'2023年决算数', the items as columns). All clean in xlsx, Word and ruled PDF, and block06/periods07 as 三线表; the
三线表 prints of codes3 and wholeyuan drew 42 and 48 false findings (TBL001 on blank 类/款 rows, CMP006 212 named as
its 款): the merged codes printed centred, the same cause as merged's (xfail).
Fixed: specs.py — a lone 决算数 column of a 05 is its total (the 预算 columns are context already); declarative.py —
the repeated-name skip only for rules matching rows across tables (a name keyed by its place names its row within its
own table).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document

from helpers import docx_cells, merge_docx
from pdf_writer import PrintedTable, print_tables, save_workbook
from test_forms_support import check

DEPT = "编制单位：某县青山镇人民政府"
D = Decimal

# 项: code, name, 基本支出, 项目支出, fund ('g' general, 'f' 政府性基金)
ITEMS = [
    ("2010101", "行政运行", "35.20", "0", "g"),
    ("2010301", "行政运行", "412.36", "0", "g"),
    ("2010350", "事业运行", "86.40", "0", "g"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "58.72", "0", "g"),
    ("2120803", "城市建设支出", "0", "150.00", "f"),
    ("2130104", "事业运行", "64.10", "0", "g"),
    ("2130199", "其他农业农村支出", "0", "120.00", "g"),
    ("2130705", "对村民委员会和村党支部的补助", "0", "96.50", "g"),
    ("2210201", "住房公积金", "33.18", "0", "g"),
]
NAMES = {
    "201": "一般公共服务支出", "20101": "人大事务", "20103": "政府办公厅（室）及相关机构事务",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出",
    "213": "农林水支出", "21301": "农业农村", "21307": "农村综合改革",
    "221": "住房保障支出", "22102": "住房改革支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
CN = "一二三四五六七八九十"
PERSONNEL = [("301", "工资福利支出", None), ("30101", "基本工资", "210.30"), ("30102", "津贴补贴", "168.45"),
             ("30107", "绩效工资", "96.20"), ("30108", "机关事业单位基本养老保险缴费", "58.72"),
             ("30110", "职工基本医疗保险缴费", "22.06"), ("30113", "住房公积金", "33.18"),
             ("30199", "其他工资福利支出", "12.00"), ("303", "对个人和家庭的补助", None), ("30305", "生活补助", "8.40")]
PUBLIC = [("302", "商品和服务支出", None), ("30201", "办公费", "22.15"), ("30205", "水费", "3.10"),
          ("30206", "电费", "9.84"), ("30211", "差旅费", "6.72"), ("30217", "公务接待费", "1.86"),
          ("30228", "工会经费", "7.20"), ("30231", "公务用车运行维护费", "12.38"), ("30299", "其他商品和服务支出", "16.90"),
          ("310", "资本性支出", None), ("31002", "办公设备购置", "0.50")]
SANGONG = {  # 合计, 因公出国（境）费, 公务用车小计, 购置, 运行维护, 公务接待费
    "prior": ("15.02", None, None, None, None, None),
    "budget": ("20.00", "0.00", "16.00", "0.00", "16.00", "4.00"),
    "final": ("14.24", "0.00", "12.38", "0.00", "12.38", "1.86"),
}


# ----------------------------------------------------------------------------- the figures
def rows_of(fund=None):
    """(code, name, 合计, 基本, 项目) for 类, 款 and 项 in code order, of one fund or of all."""
    items = [i for i in ITEMS if fund is None or i[4] == fund]
    out = {}
    for code, _n, basic, project, _f in items:
        for c in (code[:3], code[:5], code):
            b, p = out.get(c, (D(0), D(0)))
            out[c] = (b + D(basic), p + D(project))
    return [(c, NAMES[c], b + p, b, p) for c, (b, p) in sorted(out.items())]


def total(rows):
    leaves = [r for r in rows if len(r[0]) == 7]
    return sum((r[2] for r in leaves), D(0)), sum((r[3] for r in leaves), D(0)), sum((r[4] for r in leaves), D(0))


class Whole:
    """Round 2: 元 as whole numbers (906460), no decimals, no separators."""
    unit = "单位：元"

    def __call__(self, v, blank_zero=False):
        return "" if v is None else f"{D(v) * 10000:.0f}"


class Fmt:
    """How figures are shown: 万元 with two decimals, or 元 (× 10000) with two decimals, commas optional."""

    def __init__(self, yuan=False, commas=False):
        self.yuan, self.commas = yuan, commas
        self.unit = "单位：元" if yuan else "单位：万元"

    def __call__(self, v, blank_zero=False):
        if v is None:
            return ""
        v = D(v) * (10000 if self.yuan else 1)
        if blank_zero and v == 0:
            return ""
        return f"{v:,.2f}" if self.commas else f"{v:.2f}"


def numbered(code, name, counters):
    """'一、一般公共服务支出', '（一）人大事务', '1.行政运行': numbering by level, as a 乡镇 writes its rows."""
    level = {3: 0, 5: 1, 7: 2}[len(code)]
    counters[level] += 1
    for deeper in range(level + 1, 3):
        counters[deeper] = 0
    n = counters[level]
    cn = CN[n - 1] if n <= 10 else str(n)
    return [f"{cn}、{name}", f"（{cn}）{name}", f"{n}.{name}"][level]


def coded(rows, heads, figures, style, fmt, total_label="合计"):
    """A coded table (02/03/05): rows as (code, name, …), `figures(row)` → the shown figures of a row."""
    lead = 1 if style == "numbered" else 2
    out = [["项目"] + [""] * (lead - 1) + heads]
    merges = []
    if style != "numbered":
        out.append(["科目编码", "科目名称"] + [""] * len(heads))
        merges += [(0, 0, 0, 1)] + [(0, 2 + k, 1, 2 + k) for k in range(len(heads))]
    head = len(out)
    counters = [0, 0, 0]
    body_start = len(out)
    out.append([total_label] + [""] * (lead - 1) + figures(None))
    if lead == 2:
        merges.append((body_start, 0, body_start, 1))
    for row in rows:
        code, name = row[0], row[1]
        if style == "numbered":
            out.append([numbered(code, name, counters)] + figures(row))
        elif style == "merged" and len(code) > 3:
            out.append(["", name] + figures(row))  # the 类 code merged down over its 款 and 项
        else:
            out.append([code, name] + figures(row))
    if style == "merged":
        r = body_start + 1
        while r < len(out):
            end = r
            while end + 1 < len(out) and out[end + 1][0] == "":
                end += 1
            if end > r:
                merges.append((r, 0, end, 0))
            r = end + 1
    return out, head, merges


# ----------------------------------------------------------------------------- the nine tables
def coded3(rows, heads, figures):
    """Round 2: 类 | 款 | 项 | 科目名称 under '功能分类科目编码', each code written once: the 类 merged down over its rows,
    the 款 over its 项."""
    out = [["项目", "", "", "", *heads], ["功能分类科目编码", "", "", "科目名称", *[""] * len(heads)],
           ["类", "款", "项", "", *[""] * len(heads)], ["合计", "", "", "", *figures(None)]]
    merges = [(0, 0, 0, 3), (1, 0, 1, 2), (1, 3, 2, 3), (3, 0, 3, 3)] + [(0, 4 + k, 2, 4 + k) for k in range(len(heads))]
    for row in rows:
        out.append([row[0][:3], row[0][3:5], row[0][5:7], row[1], *figures(row)])
    for col, width in ((0, 3), (1, 5)):
        merge_codes_down(out, rows, 4, col, width, merges)
    return out, 3, merges


def merge_codes_down(out, rows, first, col, width, merges):
    """Merge column `col` down over each run of rows sharing their code's first `width` digits (rows[k] printed on
    out[first + k]), as a workbook writes a 类 or 款 code once: the merge is added, the cells under its first emptied."""
    r = first
    while r < len(out):
        end = r
        while end + 1 < len(out) and len(rows[r - first][0]) >= width \
                and rows[end + 1 - first][0][:width] == rows[r - first][0][:width]:
            end += 1
        if end > r:
            merges.append((r, col, end, col))
            for k in range(r + 1, end + 1):
                out[k][col] = ""
        r = end + 1


def t01(fmt, fig):
    g, f = total(rows_of("g"))[0], total(rows_of("f"))[0]
    income = [("一、一般公共预算财政拨款收入", g), ("二、政府性基金预算财政拨款收入", f), ("三、国有资本经营预算财政拨款收入", None),
              ("四、上级补助收入", None), ("五、事业收入", None), ("六、经营收入", None), ("七、附属单位上缴收入", None),
              ("八、其他收入", None)]
    by_class = {c: t for c, _n, t, _b, _p in rows_of() if len(c) == 3}
    classes = [("201", "一般公共服务支出"), ("208", "社会保障和就业支出"), ("212", "城乡社区支出"), ("213", "农林水支出"),
               ("221", "住房保障支出")]
    expense = [(f"{CN[k]}、{n}", by_class[c]) for k, (c, n) in enumerate(classes)]
    rows = [["收入", "", "支出", ""], ["项目", "金额", "项目", "金额"]]
    for k in range(max(len(income), len(expense))):
        a = income[k] if k < len(income) else ("", None)
        b = expense[k] if k < len(expense) else ("", None)
        rows.append([a[0], fmt(a[1]), b[0], fmt(b[1])])
    rows += [["本年收入合计", fmt(g + f), "本年支出合计", fmt(g + f)],
             ["年初结转和结余", fmt(0), "年末结转和结余", fmt(0)],
             ["总计", fmt(g + f), "总计", fmt(g + f)]]
    return PrintedTable("收入支出决算总表", DEPT, fmt.unit, rows, 2, [(0, 0, 0, 1), (0, 2, 0, 3)])


def t02(fmt, style):
    rows = rows_of()
    heads = ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]

    def fig(r):
        t = total(rows)[0] if r is None else r[2]
        return [fmt(t), fmt(t), "", "", "", "", ""]

    body, head, merges = coded3(rows, heads, fig) if style == "codes3" else coded(rows, heads, fig, style, fmt)
    return PrintedTable("收入决算表", DEPT, fmt.unit, body, head, merges)


def t03(fmt, style):
    rows = rows_of()
    heads = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]

    def fig(r):
        t, b, p = total(rows) if r is None else r[2:5]
        return [fmt(t), fmt(b), fmt(p), "", "", ""]

    body, head, merges = coded3(rows, heads, fig) if style == "codes3" else coded(rows, heads, fig, style, fmt)
    return PrintedTable("支出决算表", DEPT, fmt.unit, body, head, merges)


def t04(fmt, fig):
    g_rows, f_rows = rows_of("g"), rows_of("f")
    g, f = total(g_rows)[0], total(f_rows)[0]
    by_class = {c: (t, None) for c, _n, t, _b, _p in g_rows if len(c) == 3}
    by_class.update({c: (None, t) for c, _n, t, _b, _p in f_rows if len(c) == 3})
    rows = [["收入", "", "支出", "", "", "", ""],
            ["项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]]
    income = [("一、一般公共预算财政拨款", g), ("二、政府性基金预算财政拨款", f), ("三、国有资本经营预算财政拨款", None)]
    classes = sorted(by_class)
    for k in range(max(len(income), len(classes))):
        a = income[k] if k < len(income) else ("", None)
        if k < len(classes):
            gg, ff = by_class[classes[k]]
            b = [f"{CN[k]}、{NAMES[classes[k]]}", fmt((gg or 0) + (ff or 0)), fmt(gg), fmt(ff), ""]
        else:
            b = ["", "", "", "", ""]
        rows.append([a[0], fmt(a[1])] + b)
    rows += [["本年收入合计", fmt(g + f), "本年支出合计", fmt(g + f), fmt(g), fmt(f), ""],
             ["年初财政拨款结转和结余", fmt(0), "年末财政拨款结转和结余", fmt(0), fmt(0), fmt(0), ""],
             ["总计", fmt(g + f), "总计", fmt(g + f), fmt(g), fmt(f), ""]]
    return PrintedTable("财政拨款收入支出决算总表", DEPT, fmt.unit, rows, 2, [(0, 0, 0, 1), (0, 2, 0, 6)])


# budget05: 年初预算数 and 调整预算数 of each 项, 决算数 its total
BUDGET05 = {"2010101": ("36.00", "36.00"), "2010301": ("400.00", "415.00"), "2010350": ("90.00", "88.00"),
            "2080505": ("58.00", "58.80"), "2130104": ("65.00", "65.00"), "2130199": ("100.00", "120.00"),
            "2130705": ("96.50", "96.50"), "2210201": ("33.00", "33.20")}


def t05(fmt, style, budget=False):
    rows = rows_of("g")
    if not budget:
        def fig(r):
            t, b, p = total(rows) if r is None else r[2:5]
            return [fmt(t), fmt(b), fmt(p)]

        heads = ["合计", "基本支出", "项目支出"]
        body, head, merges = coded3(rows, heads, fig) if style == "codes3" else coded(rows, heads, fig, style, fmt)
        return PrintedTable("一般公共预算财政拨款支出决算表", DEPT, fmt.unit, body, head, merges)

    def under(code, k):
        return sum((D(v[k]) for c, v in BUDGET05.items() if c.startswith(code)), D(0))

    def fig(r):
        code = "" if r is None else r[0]
        start, adjusted = under(code, 0), under(code, 1)
        done = total(rows)[0] if r is None else r[2]
        return [fmt(start), fmt(adjusted), fmt(done), f"{done / adjusted * 100:.2f}"]

    body, head, merges = coded(rows, ["年初预算数", "调整预算数", "决算数", "完成率（%）"], fig, style, fmt)
    return PrintedTable("一般公共预算财政拨款支出决算表", DEPT, fmt.unit, body, head, merges)


def t06_block(fmt):
    """Round 2: one block, 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费, each 经济分类 row split into its part."""
    sums = {}
    for code, _name, v in PERSONNEL + PUBLIC:
        if v is not None:
            sums[code[:3]] = sums.get(code[:3], D(0)) + D(v)
    personnel = {"301", "303"}
    pt = sum((v for k, v in sums.items() if k in personnel), D(0))
    ut = sum((v for k, v in sums.items() if k not in personnel), D(0))
    rows = [["科目编码", "科目名称", "合计", "人员经费", "公用经费"], ["合计", "", fmt(pt + ut), fmt(pt), fmt(ut)]]
    for code, name, v in PERSONNEL + PUBLIC:
        value = sums[code] if v is None else D(v)
        mine = code[:3] in personnel
        rows.append([code, name, fmt(value), fmt(value) if mine else "", "" if mine else fmt(value)])
    return PrintedTable("一般公共预算财政拨款基本支出决算表", DEPT, fmt.unit, rows, 1, [(1, 0, 1, 1)])


def t06(fmt):
    def block(items):
        out, sums = [], {}
        for code, name, v in items:
            if v is not None:
                sums[code[:3]] = sums.get(code[:3], D(0)) + D(v)
        for code, name, v in items:
            out.append((code, name, sums[code] if v is None else D(v)))
        return out, sum(sums.values(), D(0))

    pers, pt = block(PERSONNEL)
    pub, ut = block(PUBLIC)
    rows = [["人员经费", "", "", "公用经费", "", ""], ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]]
    for k in range(max(len(pers), len(pub))):
        a = pers[k] if k < len(pers) else ("", "", None)
        b = pub[k] if k < len(pub) else ("", "", None)
        rows.append([a[0], a[1], fmt(a[2]), b[0], b[1], fmt(b[2])])
    rows.append(["人员经费合计", "", fmt(pt), "公用经费合计", "", fmt(ut)])
    n = len(rows) - 1
    return PrintedTable("一般公共预算财政拨款基本支出决算表", DEPT, fmt.unit, rows, 2,
                        [(0, 0, 0, 2), (0, 3, 0, 5), (n, 0, n, 1), (n, 3, n, 4)])


def t07(fmt, layout="rows"):
    names = ["合计", "1.因公出国（境）费", "2.公务用车购置及运行维护费", "（1）公务用车购置费", "（2）公务用车运行维护费",
             "3.公务接待费"]
    if layout == "periods":  # round 2: the items as columns, one row a period ('2023年预算数', '2023年决算数')
        rows = [["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"],
                ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]]
        for label, key in (("2023年预算数", "budget"), ("2023年决算数", "final")):
            rows.append([label] + [fmt(v) for v in SANGONG[key]])
        return PrintedTable("财政拨款“三公”经费支出决算表", DEPT, fmt.unit, rows, 2,
                            [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)])
    if layout == "rows":  # the items as rows, 上年决算数 · 预算数 · 决算数 side by side
        rows = [["项目", "上年决算数", "本年预算数", "本年决算数"]]
        for k, name in enumerate(names):
            rows.append([name] + [fmt(SANGONG[p][k]) for p in ("prior", "budget", "final")])
        return PrintedTable("财政拨款“三公”经费支出决算表", DEPT, fmt.unit, rows, 1,
                            notes=["注：上年决算数未细化到各项，只列合计。"])
    heads = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"]
    subs = ["", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]
    rows = [["预算数"] + [""] * 5 + ["决算数"] + [""] * 5, heads + heads, subs + subs,
            [fmt(v) for v in SANGONG["budget"]] + [fmt(v) for v in SANGONG["final"]]]
    merges = [(0, 0, 0, 5), (0, 6, 0, 11), (1, 2, 1, 4), (1, 8, 1, 10)]
    merges += [(1, c, 2, c) for c in (0, 1, 5, 6, 7, 11)]
    return PrintedTable("财政拨款“三公”经费支出决算表", DEPT, fmt.unit, rows, 3, merges)


def t08(fmt):
    rows = [["项目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余"],
            ["科目编码", "科目名称", "", "", "小计", "基本支出", "项目支出", ""]]
    merges = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6), (0, 7, 1, 7)]
    f = rows_of("f")
    rows.append(["合计", "", fmt(0), fmt(total(f)[0]), fmt(total(f)[0]), fmt(0), fmt(total(f)[0]), fmt(0)])
    merges.append((2, 0, 2, 1))
    for code, name, t, b, p in f:
        rows.append([code, name, fmt(0), fmt(t), fmt(t), fmt(b), fmt(p), fmt(0)])
    return PrintedTable("政府性基金预算财政拨款收入支出决算表", DEPT, fmt.unit, rows, 2, merges)


def t09(fmt):
    rows = [["项目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余"],
            ["科目编码", "科目名称", "", "", "小计", "基本支出", "项目支出", ""],
            ["合计", "", "", "", "", "", "", ""]]
    merges = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6), (0, 7, 1, 7), (2, 0, 2, 1)]
    return PrintedTable("国有资本经营预算财政拨款支出决算表", DEPT, fmt.unit, rows, 2, merges,
                        notes=["注：本单位2023年度无国有资本经营预算财政拨款收入和支出，故本表为空表。"])


def tables(variant):
    fmt = Whole() if variant == "wholeyuan" else Fmt(yuan=variant == "yuan", commas=variant == "yuan")
    style = {"numbered": "numbered", "merged": "merged", "codes3": "codes3", "wholeyuan": "codes3"}.get(variant, "coded")
    sanshi = {"sanshi": "rows", "periods07": "periods"}.get(variant, "twelve")
    out = [t01(fmt, None), t02(fmt, style), t03(fmt, style), t04(fmt, None),
           t05(fmt, style, budget=variant == "budget05"), t06_block(fmt) if variant == "block06" else t06(fmt),
           t07(fmt, sanshi), t08(fmt), t09(fmt)]
    return out  # (the titles carry no 公开NN表 number: a 乡镇 prints the name only)


VARIANTS = ["numbered", "yuan", "budget05", "sanshi", "merged", "codes3", "wholeyuan", "block06", "periods07"]


# ----------------------------------------------------------------------------- writers
def with_year(ts):
    for t in ts:
        t.dept = f"{DEPT}　　　　2023年度"
    return ts


def docx_of(path: Path, ts) -> Path:
    doc = Document()
    for t in ts:
        doc.add_paragraph(t.title)
        doc.add_paragraph(f"{t.dept}　　　　{t.unit}")
        n = max(len(r) for r in t.rows)
        table = doc.add_table(rows=len(t.rows), cols=n)
        table.style = "Table Grid"
        merge_docx(table, (((a, b), (c, d)) for a, b, c, d in t.merges))
        cell = docx_cells(table)
        for i, row in enumerate(t.rows):
            for j, v in enumerate(row):
                if v and not any(a <= i <= c and b <= j <= d and (i, j) != (a, b) for a, b, c, d in t.merges):
                    cell(i, j).text = v
        for note in t.notes:
            doc.add_paragraph(note)
    doc.save(path)
    return path


def made(variant, kind, folder, edit=None):
    ts = with_year(tables(variant))
    if edit is not None:
        edit(ts)
    if kind == "xlsx":
        return save_workbook(folder / f"{variant}.xlsx", ts)
    if kind == "docx":
        return docx_of(folder / f"{variant}.docx", ts)
    return print_tables(folder / f"{variant}.pdf", ts, rules="three" if kind == "pdf-three" else "grid")


def problems(path, folder):
    return sorted((f.code, f.message) for f in check(path, folder) if f.severity.value != "info")


# (session 22: the centred 类/款 codes of merged, codes3 and wholeyuan's 三线表 prints are read onto their blocks' first
# rows: recognize/centred_codes.py; what is left of wholeyuan's is another cause)
NARROW = ("08 in whole 元 as a 三线表: '0 | 1500000 | 1500000' under 年初结转和结余 | 本年收入 | 小计 read as one column "
          "(the narrow whole-number columns' figures closer than the reader's column gap): false TBL801")


@pytest.mark.parametrize("variant,kind", [
    pytest.param(v, k, marks=pytest.mark.xfail(strict=False, reason=NARROW))
    if k == "pdf-three" and v == "wholeyuan" else (v, k)
    for v in VARIANTS for k in ("xlsx", "docx", "pdf", "pdf-three")])
def test_clean_set(tmp_path, variant, kind):
    assert problems(made(variant, kind, tmp_path), tmp_path) == []


# ----------------------------------------------------------------------------- seeded mistakes
def changed(title, row_text, col, value, occurrence=0):
    """An edit: in the table whose title is `title`, the `occurrence`-th row whose cells hold `row_text` gets `value`
    in column `col` (one or several columns)."""
    cols = col if isinstance(col, tuple) else (col,)

    def edit(ts):
        t = next(t for t in ts if t.title == title)
        rows = [r for r in t.rows if row_text in r]
        for c in cols:
            rows[occurrence][c] = value

    return edit


def both(*edits):
    def edit(ts):
        for e in edits:
            e(ts)
    return edit


SEEDED = {
    # a 项's 合计 and 基本支出 both 9.00 more (412.36 → 421.36): its row adds up, its 款 (二) does not
    "numbered 项 over its 款": ("numbered", "xlsx", changed("支出决算表", "1.行政运行", (1, 2), "421.36", occurrence=1),
                              "TBL001"),
    # 05's 合计 row 100 元 short: 9,064,500.00 ≠ Σ类 9,064,600.00, and ≠ 04's 一般公共预算 column
    "yuan 05 total": ("yuan", "pdf", changed("一般公共预算财政拨款支出决算表", "合计", 2, "9,064,500.00", occurrence=1),
                      "TBL001"),
    # a 项's 基本支出 9.00 more than its 合计 minus 项目支出 (412.36 = 421.36 + 0.00 does not hold)
    "numbered 项 row": ("numbered", "docx", changed("支出决算表", "1.行政运行", 2, "421.36", occurrence=1), "TBL301"),
    # 05 决算数 of 2010301 412.63 while 20103 and 201 keep 498.76 / 533.96
    "budget05 项": ("budget05", "xlsx", changed("一般公共预算财政拨款支出决算表", "2010301", 4, "412.63"), "TBL001"),
    # 07 本年决算数 合计 14.42 (= 0.00 + 12.38 + 1.86 is 14.24)
    "sanshi 决算 合计": ("sanshi", "docx", changed("财政拨款“三公”经费支出决算表", "合计", 3, "14.42"), "TBL701"),
    # 上年决算数 itemised but not adding up: 15.02 ≠ 0.00 + 11.20 + 3.02
    "sanshi 上年 parts": ("sanshi", "xlsx", both(*[changed("财政拨款“三公”经费支出决算表", name, 1, v) for name, v in (
        ("1.因公出国（境）费", "0.00"), ("2.公务用车购置及运行维护费", "11.20"), ("（1）公务用车购置费", "0.00"),
        ("（2）公务用车运行维护费", "11.20"), ("3.公务接待费", "3.02"))]), "TBL701"),
    # 03's 类 213 本年支出合计 280.06 while its 款 add to 280.60 (the 类 code merged down over its rows)
    "merged 类": ("merged", "xlsx", changed("支出决算表", "农林水支出", 2, "280.06"), "TBL"),
}


MISSES: dict[str, str] = {}  # (session 22: rows numbered 一、/（一）/1. without codes take their levels from the
# numbering, tables._side_levels: the numbered table's 款 ≠ Σ项 is found)


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=False, reason=MISSES[c]))
                                  if c in MISSES else c for c in SEEDED])
def test_seeded_mistake_found(tmp_path, case):
    variant, kind, edit, code = SEEDED[case]
    found = problems(made(variant, kind, tmp_path, edit), tmp_path)
    assert any(c.startswith(code) for c, _m in found), found
