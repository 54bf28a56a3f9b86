"""Held-out 预算 batch 29 (budfix s29, issue #9): a county's 教育局 2026 部门预算, nine tables with the titles some
市/县 print ('收支预算总表', '收入预算总表', '支出预算总表', '财政拨款收支预算总表', '一般公共预算支出预算表',
'一般公共预算基本支出预算表', '项目支出预算表', '政府性基金预算支出预算表', '一般公共预算“三公”经费支出预算表'), in 万元 with
FOUR decimals (the money kept in 元: a 万元 figure is exact) or in whole 元 — in what batches 21, 22, 25–28 did not print:
  收支预算总表  the 支出 side lists the 类 under '一、按支出功能分类' AND, below them, the 经济分类 类 under '二、按支出经济
             分类' (工资福利支出 · 商品和服务支出 · 对个人和家庭的补助 · 资本性支出): the same money twice, each block = 本年支出合计;
  收入预算总表  合计 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 | 事业收入 | 其他收入, 编码 as 类 | 款 | 项 columns;
  基本支出预算表  经济分类 类 and 款 codes in their own columns ('301 |  | 工资福利支出', ' | 30101 | 基本工资'), 合计 |
             人员经费 | 公用经费;
  项目支出预算表  项目类别 | 项目名称 | 合计 | 一般公共预算 | 事业收入 | 其他收入 (no 科目);
  政府性基金    empty, '注：本部门2026年无政府性基金预算，此表为空表。' under it;
  三公表       items as rows: 项目 | 2025年预算 | 2026年预算 | 增减额 | 增减率, 公务用车购置及运行费 with its 购置费 / 运行费
             rows under it ('其中：公务用车购置费').
Consistent numbers, made up here.
"""

from __future__ import annotations

from decimal import Decimal

from pdf_writer import PrintedTable

D = Decimal
Z = D(0)
DEPT = "编制部门：某县教育局"

# 项: code, name, 人员经费, 公用经费, 项目 一般公共预算, 项目 事业收入, 项目 其他收入 (元)
ITEMS = [
    ("2050101", "行政运行", 3456780, 612340, 0, 0, 0),
    ("2050199", "其他教育管理事务支出", 0, 0, 850000, 0, 50000),
    ("2050202", "小学教育", 0, 0, 2300000, 180000, 0),
    ("2080505", "机关事业单位基本养老保险缴费支出", 412300, 0, 0, 0, 0),
    ("2080506", "机关事业单位职业年金缴费支出", 206150, 0, 0, 0, 0),
    ("2101101", "行政单位医疗", 185520, 0, 0, 0, 0),
    ("2210201", "住房公积金", 301600, 0, 0, 0, 0),
]
KEYS = ("pers", "pub", "proj", "business", "other")
NAMES = {"205": "教育支出", "20501": "教育管理事务", "20502": "普通教育", "208": "社会保障和就业支出",
         "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗", "221": "住房保障支出",
         "22102": "住房改革支出"} | {c: n for c, n, *_ in ITEMS}
CN = "一二三四五六七八九十"

# 基本支出 by 经济分类 (元): 人员经费 = 301 + 303, 公用经费 = 302
ECONOMIC = [("301", "工资福利支出", None), ("30101", "基本工资", 1650000), ("30102", "津贴补贴", 1320000),
            ("30103", "奖金", 336780), ("30108", "机关事业单位基本养老保险缴费", 412300), ("30109", "职业年金缴费", 206150),
            ("30110", "职工基本医疗保险缴费", 185520), ("30113", "住房公积金", 301600),
            ("302", "商品和服务支出", None), ("30201", "办公费", 150000), ("30207", "邮电费", 32340),
            ("30211", "差旅费", 80000), ("30213", "维修（护）费", 60000), ("30217", "公务接待费", 20000),
            ("30228", "工会经费", 70000), ("30229", "福利费", 50000), ("30231", "公务用车运行维护费", 90000),
            ("30239", "其他交通费用", 60000),
            ("303", "对个人和家庭的补助", None), ("30302", "退休费", 150000)]
# all spending by 经济分类 类 (收支预算总表's second block): the 项目支出 of 2050199 is 商品和服务, 2050202's 1,000,000
# 商品和服务 and 1,480,000 资本性支出
PROJECT_ECONOMIC = {"302": 900000 + 1000000, "310": 1480000}
ECONOMIC_CLASSES = [("301", "工资福利支出"), ("302", "商品和服务支出"), ("303", "对个人和家庭的补助"), ("310", "资本性支出")]
PROJECTS = [("专项业务类", "教育管理专项经费", "2050199"), ("其他事业发展类", "义务教育薄弱环节改善", "2050202")]
# 三公 (元): item, 2025年预算, 2026年预算; 合计 first, 用车 with its two parts under it
SANGONG = [("合计", 145000, 110000), ("因公出国（境）费", 0, 0), ("公务用车购置及运行费", 120000, 90000),
           ("其中：公务用车购置费", 30000, 0), ("公务用车运行费", 90000, 90000), ("公务接待费", 25000, 20000)]
EMPTY_NOTE = "注：本部门2026年无政府性基金预算，此表为空表。"
TITLES = ("收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表", "一般公共预算支出预算表",
          "一般公共预算基本支出预算表", "项目支出预算表", "政府性基金预算支出预算表", "一般公共预算“三公”经费支出预算表")


class Fmt:
    """万元 with four decimals (a 元 amount exactly), or whole 元; a zero as `zero`."""

    def __init__(self, unit: str = "万元", zero: str = ""):
        self.unit, self.zero = unit, zero

    def __call__(self, v) -> str:
        v = D(v)
        if v == 0:
            return self.zero
        return f"{v / 10000:,.4f}" if self.unit == "万元" else f"{v:,.0f}"

    def rate(self, new, old) -> str:
        return "" if not old else f"{(D(new) - D(old)) / D(old) * 100:.2f}"


def d(v) -> Decimal:
    return D(v)


def sums() -> dict[str, dict[str, Decimal]]:
    out: dict[str, dict[str, Decimal]] = {}
    for code, _n, *vals in ITEMS:
        for c in ("", code[:3], code[:5], code):
            acc = out.setdefault(c, dict.fromkeys(KEYS, Z))
            for k, v in zip(KEYS, vals):
                acc[k] += D(v)
    for a in out.values():
        a["basic"] = a["pers"] + a["pub"]
        a["general"] = a["basic"] + a["proj"]
        a["project"] = a["proj"] + a["business"] + a["other"]
        a["total"] = a["general"] + a["business"] + a["other"]
    return out


def split3(code: str) -> list[str]:
    """A 科目编码 as 类 | 款 | 项 columns ('205' | '01' | '01')."""
    return [code[:3], code[3:5], code[5:7]]


def set29(fmt: Fmt | None = None, prefix: str = "2026年部门") -> list[PrintedTable]:
    f = fmt or Fmt()
    s = sums()
    whole = s[""]
    cats = sorted(c for c in s if len(c) == 3)
    ordered = sorted(c for c in s if c)
    unit = "单位：万元" if f.unit == "万元" else "单位：元"

    def meta(k):
        return {"title": prefix + TITLES[k], "dept": DEPT, "unit": unit}

    # 1 收支预算总表: the 支出 side by 功能分类, then by 经济分类
    econ = {c: Z for c, _n in ECONOMIC_CLASSES}
    for c, _n, v in ECONOMIC:
        if v is not None:
            econ[c[:3]] += D(v)
    for c, v in PROJECT_ECONOMIC.items():
        econ[c] += D(v)
    assert sum(econ.values()) == whole["total"], (econ, whole["total"])
    right = [("一、按支出功能分类", None)] + [(f"（{CN[k]}）{NAMES[c]}", s[c]["total"]) for k, c in enumerate(cats)]
    right += [("二、按支出经济分类", None)] + [(f"（{CN[k]}）{n}", econ[c]) for k, (c, n) in enumerate(ECONOMIC_CLASSES)]
    left = [("一、一般公共预算拨款收入", whole["general"]), ("二、政府性基金预算拨款收入", Z), ("三、事业收入", whole["business"]),
            ("四、其他收入", whole["other"])]
    rows = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"]]
    for k in range(max(len(left), len(right))):
        lab, val = left[k] if k < len(left) else ("", None)
        rlab, rval = right[k] if k < len(right) else ("", None)
        rows.append([lab, "" if val is None else f(val) or "0", rlab, "" if rval is None else f(rval)])
    rows += [["本年收入合计", f(whole["total"]), "本年支出合计", f(whole["total"])],
             ["上年结转", "", "结转下年", ""],
             ["收入总计", f(whole["total"]), "支出总计", f(whole["total"])]]
    b1 = PrintedTable(rows=rows, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 3)], **meta(0))

    # 2 收入预算总表, the code as 类 | 款 | 项
    def income(a):
        return [f(a["total"]), f(a["general"]), f(Z), f(a["business"]), f(a["other"])]
    h2 = [["科目编码", "", "", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "事业收入", "其他收入"],
          ["类", "款", "项", "", "", "", "", "", ""]]
    body2 = [["", "", "", "合计"] + income(whole)] + [split3(c) + [NAMES[c]] + income(s[c]) for c in ordered]
    b2 = PrintedTable(rows=h2 + body2, head=2, merges=[(0, 0, 0, 2)] + [(0, c, 1, c) for c in range(3, 9)], **meta(1))

    # 3 支出预算总表
    def spend(a):
        return [f(a["total"]), f(a["basic"]), f(a["project"])]
    b3 = PrintedTable(rows=[["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计"] + spend(whole)]
                      + [[c, NAMES[c]] + spend(s[c]) for c in ordered], head=1, **meta(2))

    # 4 财政拨款收支预算总表
    general_cats = [c for c in cats if s[c]["general"]]
    rows4 = [["收入", "", "支出", "", "", ""], ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算"]]
    left4 = [("一、一般公共预算", whole["general"]), ("二、政府性基金预算", Z)]
    for k, c in enumerate(general_cats):
        lab, val = left4[k] if k < len(left4) else ("", None)
        rows4.append([lab, "" if val is None else f(val), f"{CN[k]}、{NAMES[c]}", f(s[c]["general"]),
                      f(s[c]["general"]), ""])
    rows4.append(["收入总计", f(whole["general"]), "支出总计", f(whole["general"]), f(whole["general"]), ""])
    b4 = PrintedTable(rows=rows4, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 5)], **meta(3))

    # 5 一般公共预算支出预算表
    def general(a):
        return [f(a["general"]), f(a["basic"]), f(a["proj"])]
    b5 = PrintedTable(rows=[["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计"] + general(whole)]
                      + [[c, NAMES[c]] + general(s[c]) for c in ordered if s[c]["general"]], head=1, **meta(4))

    # 6 一般公共预算基本支出预算表: 类 and 款 codes in their own columns
    cls: dict[str, Decimal] = {}
    for c, _n, v in ECONOMIC:
        if v is not None:
            cls[c[:3]] = cls.get(c[:3], Z) + D(v)
    assert cls["301"] + cls["303"] == whole["pers"] and cls["302"] == whole["pub"]
    rows6 = [["经济分类科目编码", "", "经济分类科目名称", "合计", "人员经费", "公用经费"], ["类", "款", "", "", "", ""],
             ["", "", "合计", f(whole["basic"]), f(whole["pers"]), f(whole["pub"])]]
    for c, n, v in ECONOMIC:
        amount = cls[c] if v is None else D(v)
        pers, pub = (amount, Z) if c[:3] in ("301", "303") else (Z, amount)
        rows6.append([c if len(c) == 3 else "", c if len(c) == 5 else "", n, f(amount), f(pers), f(pub)])
    b6 = PrintedTable(rows=rows6, head=2, merges=[(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5)],
                      **meta(5))

    # 7 项目支出预算表
    rows7 = [["项目类别", "项目名称", "合计", "一般公共预算", "事业收入", "其他收入"],
             ["合计", "", f(whole["project"]), f(whole["proj"]), f(whole["business"]), f(whole["other"])]]
    for kind, name, code in PROJECTS:
        a = s[code]
        rows7.append([kind, name, f(a["project"]), f(a["proj"]), f(a["business"]), f(a["other"])])
    b7 = PrintedTable(rows=rows7, head=1, merges=[(1, 0, 1, 1)], **meta(6))

    # 8 政府性基金预算支出预算表: empty, its note under it
    b8 = PrintedTable(rows=[["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "", "", ""]], head=1,
                      notes=[EMPTY_NOTE], **meta(7))

    # 9 三公: items as rows, 2025 | 2026 | 增减额 | 增减率
    rows9 = [["项目", "2025年预算", "2026年预算", "增减额", "增减率（%）"]]
    for name, old, new in SANGONG:
        rows9.append([name, f(old) or "0", f(new) or "0", f(new - old) or "0", f.rate(new, old)])
    b9 = PrintedTable(rows=rows9, head=1, **meta(8))
    return [b1, b2, b3, b4, b5, b6, b7, b8, b9]
