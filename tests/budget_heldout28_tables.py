"""Held-out 预算 batch 28 (budfix s28, issue #9): a province's 水利厅 2026 部门预算, in 元 with two decimals (the 三公
table alone in 万元), eleven tables in the 财政部 order — in what batches 21, 22, 25, 26 and 27 did not print:
  收支总表   上年结转结余 a row under 收入 (收入总计 = 本年收入合计 + 上年结转结余), 年末结转结余 under 支出;
  收入总表   a THREE-row head: 功能分类科目 [科目编码 | 科目名称] | 合计 | 财政拨款 [小计 | 一般公共预算 | 政府性基金预算 |
             国有资本经营预算] | 单位资金 [小计 | 上年结转结余 | 事业收入 | 事业单位经营收入 | 其他单位资金 [上级补助收入 |
             附属单位上缴收入 | 其他收入]];
  支出总表   合计 | 基本支出 | 项目支出 | 上缴上级支出 | 事业单位经营支出 | 对附属单位补助支出;
  一般公共预算支出表  2025年执行数 | 2026年预算数 [合计 | 基本支出 | 项目支出] | 比上年执行数增减 (last year's 执行数,
             not its 预算数);
  基本支出表  one 预算数 column, the rows grouped under 人员经费 / 公用经费 subtotal rows that have no code
             (人员经费 = 301 + 303, 公用经费 = 302 + 310);
  三公表     in 万元 in a set in 元, one row: 合计 | 因公出国（境）费 | 公务用车购置及运行费 [小计 | 购置费 | 运行费] | 公务接待费;
  基金 / 国资  printed empty with the words '本部门2026年无…，本表无数据。' INSIDE the table (a body row merged across);
  项目支出表  科目编码 | 科目名称 | 一级项目 | 二级项目 | 合计 | 财政拨款 | 单位资金;
  政府采购预算表  by 科目 with the kinds as columns: 合计 | 货物 | 工程 | 服务.
Consistent numbers, made up here.
"""

from __future__ import annotations

from decimal import Decimal

from pdf_writer import PrintedTable

D = Decimal
Z = D(0)
DEPT = "部门名称：某省水利厅"

# 项: code, name, 人员, 公用, 项目 (一般公共预算); 事业收入 项目; 经营收入 → 经营支出; 其他收入 项目; 上年结转结余 项目;
# 附属单位上缴收入 → 上缴上级支出; 上级补助收入 → 对附属单位补助支出; 2025 一般公共预算 执行数
ITEMS = [
    ("2080505", "机关事业单位基本养老保险缴费支出", "1,205,300.00", "0", "0", "0", "0", "0", "0", "0", "0",
     "1,150,000.00"),
    ("2101101", "行政单位医疗", "480,250.00", "0", "0", "0", "0", "0", "0", "0", "0", "462,000.00"),
    ("2130301", "行政运行", "6,820,400.00", "1,350,600.00", "0", "0", "0", "0", "0", "0", "0", "7,950,000.00"),
    ("2130302", "一般行政管理事务", "0", "0", "860,000.00", "0", "0", "0", "0", "0", "0", "900,000.00"),
    ("2130306", "水利工程运行与维护", "0", "0", "3,200,000.00", "450,000.00", "120,000.00", "0", "0", "0", "0",
     "2,800,000.00"),
    ("2130311", "水资源节约管理与保护", "0", "0", "1,540,000.00", "0", "0", "0", "0", "0", "0", "1,612,500.00"),
    ("2130399", "其他水利支出", "0", "0", "0", "0", "0", "80,000.00", "150,000.00", "50,000.00", "200,000.00", "0"),
    ("2210201", "住房公积金", "690,000.00", "0", "0", "0", "0", "0", "0", "0", "0", "655,000.00"),
]
KEYS = ("pers", "pub", "proj", "business", "operating", "other", "carry", "affil_in", "upper_in", "exec")
NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "213": "农林水支出", "21303": "水利", "221": "住房保障支出", "22102": "住房改革支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
CN = "一二三四五六七八九十"

# 基本支出 (一般公共预算) by 部门预算经济分类: code, name, amount (None: the 类, the sum of its 款)
PERSONNEL_ROWS = [
    ("301", "工资福利支出", None),
    ("30101", "基本工资", "2,460,000.00"), ("30102", "津贴补贴", "1,980,000.00"), ("30103", "奖金", "205,000.00"),
    ("30107", "绩效工资", "1,620,400.00"), ("30108", "机关事业单位基本养老保险缴费", "1,205,300.00"),
    ("30110", "职工基本医疗保险缴费", "480,250.00"), ("30113", "住房公积金", "690,000.00"),
    ("303", "对个人和家庭的补助", None),
    ("30302", "退休费", "420,000.00"), ("30305", "生活补助", "135,000.00"),
]
PUBLIC_ROWS = [
    ("302", "商品和服务支出", None),
    ("30201", "办公费", "310,000.00"), ("30205", "水费", "42,000.00"), ("30206", "电费", "118,600.00"),
    ("30211", "差旅费", "260,000.00"), ("30217", "公务接待费", "60,000.00"), ("30228", "工会经费", "136,000.00"),
    ("30231", "公务用车运行维护费", "180,000.00"), ("30299", "其他商品和服务支出", "184,000.00"),
    ("310", "资本性支出", None),
    ("31002", "办公设备购置", "60,000.00"),
]
# 三公 (万元, two decimals): 合计, 因公出国（境）费, 公务用车购置及运行费, 其中 购置费, 运行费, 公务接待费
SANGONG = ("44.00", "8.00", "30.00", "12.00", "18.00", "6.00")
# 项目支出: 一级项目, 二级项目, code, 财政拨款, 单位资金
PROJECTS = [
    ("水利行政管理", "水政监察执法", "2130302", "860,000.00", "0"),
    ("水利工程运行管理", "省管水库运行维护", "2130306", "3,200,000.00", "450,000.00"),
    ("水资源管理", "水资源监测与节水评价", "2130311", "1,540,000.00", "0"),
    ("水资源管理", "其他水利专项", "2130399", "0", "230,000.00"),
]
# 政府采购 by 科目: code, 货物, 工程, 服务
PURCHASES = [
    ("2130301", "60,000.00", "0", "95,000.00"),
    ("2130306", "380,000.00", "1,150,000.00", "240,000.00"),
    ("2130311", "210,000.00", "0", "120,000.00"),
]
EMPTY_WORDS = "本部门2026年无{}预算财政拨款安排的支出，本表无数据。"


def d(v: str) -> Decimal:
    return D(v.replace(",", ""))


class Fmt:
    """元 with two decimals and thousands separators; a zero as `zero` ('0.00', '-', '')."""

    def __init__(self, zero: str = "0.00"):
        self.zero = zero

    def __call__(self, v) -> str:
        v = D(v)
        return self.zero if v == 0 else f"{v:,.2f}"


def _lines(text: str, chars: int) -> str:
    """The words wrapped in their merged cell, `chars` a line (a real print wraps them to the table's width)."""
    return "\n".join(text[i:i + chars] for i in range(0, len(text), chars))


def sums() -> dict[str, dict[str, Decimal]]:
    out: dict[str, dict[str, Decimal]] = {}
    for code, _n, *vals in ITEMS:
        for c in ("", code[:3], code[:5], code):
            acc = out.setdefault(c, dict.fromkeys(KEYS, Z))
            for k, v in zip(KEYS, vals):
                acc[k] += d(v)
    for a in out.values():
        a["basic"] = a["pers"] + a["pub"]
        a["general"] = a["basic"] + a["proj"]
        a["project"] = a["proj"] + a["business"] + a["other"] + a["carry"]
        a["unit_money"] = a["carry"] + a["business"] + a["operating"] + a["upper_in"] + a["affil_in"] + a["other"]
        a["total"] = a["general"] + a["unit_money"]
    return out


TITLES = ("部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表", "一般公共预算支出表",
          "一般公共预算基本支出表", "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表",
          "项目支出表", "政府采购预算表")


def _head3(split_name: str) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """'功能分类科目 [科目编码 | 科目名称]' over two columns, each rowspan two below it."""
    return [[split_name, ""], ["科目编码", "科目名称"]], [(0, 0, 0, 1)]


def set28(fmt: Fmt | None = None, prefix: str = "2026年") -> list[PrintedTable]:
    f = fmt or Fmt()
    s = sums()
    whole = s[""]
    cats = sorted(c for c in s if len(c) == 3)
    ordered = sorted(c for c in s if c)

    def meta(k, unit="单位：元"):
        return {"title": prefix + TITLES[k], "dept": DEPT, "unit": unit}

    # 01 收支总表: 上年结转结余 under 收入, 年末结转结余 under 支出
    now_income = whole["total"] - whole["carry"]
    income = [("一、一般公共预算拨款收入", whole["general"]), ("二、政府性基金预算拨款收入", Z),
              ("三、国有资本经营预算拨款收入", Z), ("四、财政专户管理资金收入", Z), ("五、事业收入", whole["business"]),
              ("六、事业单位经营收入", whole["operating"]), ("七、上级补助收入", whole["upper_in"]),
              ("八、附属单位上缴收入", whole["affil_in"]), ("九、其他收入", whole["other"])]
    rows = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"]]
    for k in range(max(len(income), len(cats))):
        lab, val = income[k] if k < len(income) else ("", None)
        right = [f"{CN[k]}、{NAMES[cats[k]]}", f(s[cats[k]]["total"])] if k < len(cats) else ["", ""]
        rows.append([lab, "" if val is None else f(val)] + right)
    rows += [["本年收入合计", f(now_income), "本年支出合计", f(whole["total"])],
             ["上年结转结余", f(whole["carry"]), "年末结转结余", f(Z)],
             ["收入总计", f(whole["total"]), "支出总计", f(whole["total"])]]
    b1 = PrintedTable(rows=rows, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 3)], **meta(0))

    # 02 收入总表, three header rows
    def income_figs(a):
        return [f(a["total"]), f(a["general"]), f(a["general"]), f(Z), f(Z), f(a["unit_money"]), f(a["carry"]),
                f(a["business"]), f(a["operating"]), f(a["upper_in"]), f(a["affil_in"]), f(a["other"])]
    h = [["功能分类科目", "", "合计", "财政拨款", "", "", "", "单位资金", "", "", "", "", "", ""],
         ["科目编码", "科目名称", "", "小计", "一般公共预算", "政府性基金预算", "国有资本经营预算", "小计", "上年结转结余",
          "事业收入", "事业单位经营收入", "其他单位资金", "", ""],
         ["", "", "", "", "", "", "", "", "", "", "", "上级补助收入", "附属单位上缴收入", "其他收入"]]
    merges = [(0, 0, 0, 1), (1, 0, 2, 0), (1, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 6), (0, 7, 0, 13), (1, 11, 1, 13)]
    merges += [(1, c, 2, c) for c in range(3, 11)]
    body = [["", "合计"] + income_figs(whole)] + [[c, NAMES[c]] + income_figs(s[c]) for c in ordered]
    b2 = PrintedTable(rows=h + body, head=3, merges=merges, **meta(1))

    # 03 支出总表
    def spend_figs(a):
        return [f(a["total"]), f(a["basic"]), f(a["project"]), f(a["affil_in"]), f(a["operating"]), f(a["upper_in"])]
    b3 = PrintedTable(rows=[["科目编码", "科目名称", "合计", "基本支出", "项目支出", "上缴上级支出", "事业单位经营支出",
                             "对附属单位补助支出"], ["", "合计"] + spend_figs(whole)]
                      + [[c, NAMES[c]] + spend_figs(s[c]) for c in ordered], head=1, **meta(2))

    # 04 财政拨款收支总表 (一般公共预算 only)
    general_cats = [c for c in cats if s[c]["general"]]
    b4 = [["收入", "", "支出", "", "", "", ""],
          ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
          ["一、本年收入", f(whole["general"]), "一、本年支出", f(whole["general"]), f(whole["general"]), f(Z), f(Z)]]
    left = [("（一）一般公共预算拨款", f(whole["general"])), ("（二）政府性基金预算拨款", f(Z)),
            ("（三）国有资本经营预算拨款", f(Z)), ("二、上年结转", f(Z))]
    for k, c in enumerate(general_cats):
        lab, val = left[k] if k < len(left) else ("", "")
        b4.append([lab, val, f"（{CN[k]}）{NAMES[c]}", f(s[c]["general"]), f(s[c]["general"]), f(Z), f(Z)])
    b4 += [["", "", "二、结转下年", f(Z), f(Z), f(Z), f(Z)],
           ["收入总计", f(whole["general"]), "支出总计", f(whole["general"]), f(whole["general"]), f(Z), f(Z)]]
    b4 = PrintedTable(rows=b4, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 6)], **meta(3))

    # 05 一般公共预算支出表: 2025年执行数 | 2026年预算数 [合计 | 基本 | 项目] | 比上年执行数增减
    general = [c for c in ordered if s[c]["general"] or s[c]["exec"]]

    def figs5(a):
        return [f(a["exec"]), f(a["general"]), f(a["basic"]), f(a["proj"]), f(a["general"] - a["exec"])]
    b5 = PrintedTable(rows=[["科目编码", "科目名称", "2025年执行数", "2026年预算数", "", "", "比上年执行数增减"],
                            ["", "", "", "合计", "基本支出", "项目支出", ""], ["", "合计"] + figs5(whole)]
                      + [[c, NAMES[c]] + figs5(s[c]) for c in general], head=2,
                      merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)], **meta(4))

    # 06 基本支出表: 人员经费 / 公用经费 subtotal rows without a code
    def block(rows):
        cls: dict[str, Decimal] = {}
        for c, _n, v in rows:
            if v is not None:
                cls[c[:3]] = cls.get(c[:3], Z) + d(v)
        return cls, [[c, n, f(cls[c] if v is None else d(v))] for c, n, v in rows]
    pcls, prow = block(PERSONNEL_ROWS)
    ucls, urow = block(PUBLIC_ROWS)
    assert sum(pcls.values()) == whole["pers"] and sum(ucls.values()) == whole["pub"], (pcls, ucls, whole)
    b6 = PrintedTable(rows=[["部门预算支出经济分类科目", "", "预算数"], ["科目编码", "科目名称", ""],
                            ["", "合计", f(whole["basic"])], ["", "人员经费", f(whole["pers"])]] + prow
                      + [["", "公用经费", f(whole["pub"])]] + urow, head=2,
                      merges=[(0, 0, 0, 1), (0, 2, 1, 2)], **meta(5))

    # 07 三公 in 万元, one row
    b9 = PrintedTable(rows=[["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
                            ["", "", "小计", "公务用车购置费", "公务用车运行费", ""],
                            [f(v) for v in SANGONG]], head=2,
                      merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)], **meta(6, "单位：万元"))

    # 08/09 empty fund tables: the words inside the table
    def empty(k, fund):
        return PrintedTable(rows=[["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                                  [_lines(EMPTY_WORDS.format(fund), 10), "", "", "", ""]], head=1,
                            merges=[(1, 0, 1, 4)], **meta(k))
    b7, b8 = empty(7, "政府性基金"), empty(8, "国有资本经营")

    # 10 项目支出表
    pro = [[c, NAMES[c], one, two, f(d(a) + d(b)), f(d(a)), f(d(b))] for one, two, c, a, b in PROJECTS]
    tot = [sum(d(p[3]) for p in PROJECTS), sum(d(p[4]) for p in PROJECTS)]
    assert tot[0] == whole["proj"] and tot[1] == whole["business"] + whole["other"] + whole["carry"]
    b10 = PrintedTable(rows=[["科目编码", "科目名称", "一级项目", "二级项目", "合计", "财政拨款", "单位资金"],
                             ["", "合计", "", "", f(tot[0] + tot[1]), f(tot[0]), f(tot[1])]] + pro, head=1, **meta(9))

    # 11 政府采购预算表 by 科目, the kinds as columns
    pur = [[c, NAMES[c], f(sum(d(v) for v in vs)), *(f(d(v)) for v in vs)] for c, *vs in PURCHASES]
    cols = [sum(d(p[k]) for p in PURCHASES) for k in (1, 2, 3)]
    b11 = PrintedTable(rows=[["科目编码", "科目名称", "合计", "货物", "工程", "服务"],
                             ["", "合计", f(sum(cols)), *(f(v) for v in cols)]] + pur, head=1, **meta(10))
    return [b1, b2, b3, b4, b5, b6, b9, b7, b8, b10, b11]
