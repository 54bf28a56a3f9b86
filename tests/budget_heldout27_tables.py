"""Held-out 预算 batch 27 (budfix, issue #9): a city's 生态环境局 2026 部门预算 (and its 监测中心's 单位预算, the same
money), 万元 with ONE decimal, in the 财政部 eight-table order plus a 国有资本经营预算支出表 (empty, with its note) and a
项目支出绩效目标表 — in what batches 21, 22, 25 and 26 did not print:
  收入总表   合计 | 上年结转 | 本年收入 [小计 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 | 国有资本经营预算拨款收入 |
             事业收入 | 事业单位经营收入 | 其他收入] (the 本年收入 group over its sources);
  支出总表   合计 | 基本支出 | 项目支出 | 事业单位经营支出 (operating spending of a 事业单位 beside them);
  一般公共预算支出表  上年预算数 | 本年预算数 [合计 | 基本支出 | 项目支出] | 增减额 | 增减率（%） (the change columns
             flat, not under a group head);
  基本支出表  部门预算经济分类 and 政府预算经济分类 side by side (编码 | 名称 | 编码 | 名称 | 合计 | 人员经费 | 公用经费:
             '30101 基本工资 | 50101 工资奖金津补贴'), or 部门 alone;
  三公表     the items as columns and the years as ROWS ('2025年预算数 / 2026年预算数 / 增减额'), or items as rows with
             增减额 | 增减率（%）;
  单位预算   titles '单位收支总表' …, '单位名称：…', the unit inline in the title ('…（单位：万元）').
Consistent numbers, made up: below.
"""

from __future__ import annotations

from decimal import Decimal

from pdf_writer import PrintedTable

D = Decimal
Z = D(0)

# 项: code, name, 人员, 公用, 项目 (一般公共预算), 政府性基金 项目, 事业收入 项目, 经营 (事业单位经营支出), 其他收入 项目,
# 2025 一般公共预算 预算数
ITEMS = [
    ("2080505", "机关事业单位基本养老保险缴费支出", "96.4", "0", "0", "0", "0", "0", "0", "92.0"),
    ("2080506", "机关事业单位职业年金缴费支出", "48.2", "0", "0", "0", "0", "0", "0", "46.0"),
    ("2101101", "行政单位医疗", "41.6", "0", "0", "0", "0", "0", "0", "40.0"),
    ("2110101", "行政运行", "742.0", "150.0", "0", "0", "0", "0", "0", "940.0"),
    ("2110104", "生态环境保护宣传", "0", "0", "60.0", "0", "0", "0", "0", "50.0"),
    ("2110199", "其他环境保护管理事务支出", "0", "0", "340.0", "0", "45.0", "20.0", "12.0", "300.0"),
    ("2110301", "大气", "0", "0", "1,250.0", "0", "0", "0", "0", "1,400.0"),
    ("2110302", "水体", "0", "0", "980.0", "0", "0", "0", "0", "900.0"),
    ("2120899", "其他国有土地使用权出让收入安排的支出", "0", "0", "0", "300.0", "0", "0", "0", "0"),
    ("2210201", "住房公积金", "72.3", "0", "0", "0", "0", "0", "0", "70.0"),
]
KEYS = ("pers", "pub", "proj", "fund", "business", "operating", "other", "prior")
NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "211": "节能环保支出", "21101": "环境保护管理事务", "21103": "污染防治", "212": "城乡社区支出",
    "21208": "国有土地使用权出让收入安排的支出", "221": "住房保障支出", "22102": "住房改革支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
CN = "一二三四五六七八九十"

# 基本支出 (一般公共预算) by 部门预算经济分类, with the 政府预算经济分类 of each 款: 301 + 303 = 人员经费 (1,000.5)
ECON = [
    ("301", "工资福利支出", "501", "机关工资福利支出", None),
    ("30101", "基本工资", "50101", "工资奖金津补贴", "300.0"),
    ("30102", "津贴补贴", "50101", "工资奖金津补贴", "250.0"),
    ("30103", "奖金", "50101", "工资奖金津补贴", "40.0"),
    ("30107", "绩效工资", "50101", "工资奖金津补贴", "72.0"),
    ("30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", "96.4"),
    ("30109", "职业年金缴费", "50102", "社会保障缴费", "48.2"),
    ("30110", "职工基本医疗保险缴费", "50102", "社会保障缴费", "41.6"),
    ("30113", "住房公积金", "50103", "住房公积金", "72.3"),
    ("302", "商品和服务支出", "502", "机关商品和服务支出", None),
    ("30201", "办公费", "50201", "办公经费", "40.0"),
    ("30211", "差旅费", "50201", "办公经费", "25.0"),
    ("30217", "公务接待费", "50206", "公务接待费", "6.0"),
    ("30228", "工会经费", "50201", "办公经费", "18.0"),
    ("30231", "公务用车运行维护费", "50208", "公务用车运行维护费", "28.0"),
    ("30299", "其他商品和服务支出", "50299", "其他商品和服务支出", "33.0"),
    ("303", "对个人和家庭的补助", "509", "对个人和家庭的补助", None),
    ("30302", "退休费", "50905", "离退休费", "50.0"),
    ("30305", "生活补助", "50901", "社会福利和救助", "30.0"),
]
PERSONNEL = {"301", "303"}
# 三公: 合计, 因公出国（境）费, 公务用车购置及运行费, 其中 购置费, 运行费, 公务接待费
SANGONG = {2025: ("40.0", "5.0", "29.0", "0", "29.0", "6.0"), 2026: ("34.0", "0", "28.0", "0", "28.0", "6.0")}
SANGONG_LABELS = ("合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费")


def d(v: str) -> Decimal:
    return D(v.replace(",", ""))


class Fmt:
    """万元 with one decimal and thousands separators; a zero as `zero` ('0.0', '-', '')."""

    def __init__(self, zero: str = "0.0"):
        self.zero = zero

    def __call__(self, v) -> str:
        v = D(v)
        return self.zero if v == 0 else f"{v:,.1f}"

    @staticmethod
    def rate(now: Decimal, before: Decimal) -> str:
        return "" if before == 0 else f"{((now - before) / before * 100).quantize(D('0.1'))}"


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
        a["project"] = a["proj"] + a["fund"] + a["business"] + a["other"]
        a["total"] = a["general"] + a["fund"] + a["business"] + a["operating"] + a["other"]
    return out


TITLES = {
    "部门": ("部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表", "一般公共预算支出表",
             "一般公共预算基本支出表", "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表",
             "项目支出绩效目标表"),
    "单位": ("单位收支总表", "单位收入总表", "单位支出总表", "财政拨款收支总表", "一般公共预算支出表",
             "一般公共预算基本支出表", "一般公共预算“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表",
             "项目支出绩效目标表"),
}
WHO = {"部门": "部门名称：某市生态环境局", "单位": "单位名称：某市生态环境监测中心"}


def _codes(split: bool, code: str) -> list[str]:
    return [code[:3], code[3:5], code[5:7]] if split else [code]


def _coded(split: bool, rows, head1: list[str], head2: list[str] | None, total: list[str], merges_extra=(),
           **table) -> PrintedTable:
    """A coded table: 科目编码 (joined, or 类 | 款 | 项) | 科目名称 | figures; 合计 first."""
    n = 3 if split else 1
    if head2 is None and not split:
        header, merges = [["科目编码", "科目名称"] + head1], []
    else:
        h2 = head2 if head2 is not None else [""] * len(head1)
        header = [(["科目编码", "", ""] if split else ["科目编码"]) + ["科目名称"] + head1,
                  (["类", "款", "项"] if split else [""]) + [""] + h2]
        merges = [(0, n, 1, n), (0, 0, 0, n - 1) if split else (0, 0, 1, 0)]
        merges += [(a, b + n - 1, c, e + n - 1) for a, b, c, e in merges_extra]
        if head2 is None:
            merges += [(0, n + 1 + k, 1, n + 1 + k) for k in range(len(head1))]
    body = [[""] * n + ["合计"] + total] + [_codes(split, c) + [nm] + figs for c, nm, figs in rows]
    width = n + 1 + len(head1)
    assert all(len(r) == width for r in header + body)
    return PrintedTable(rows=header + body, head=len(header), merges=merges, **table)


EMPTY_NOTE = "注：本{}2026年无国有资本经营预算财政拨款安排的支出，故本表为空表。"


def set27(fmt: Fmt | None = None, scope: str = "部门", split: bool = False, econ: str = "both",
          sanshi: str = "year_rows", unit_inline: bool = False, prefix: str = "2026年") -> list[PrintedTable]:
    """The ten tables. scope '部门' | '单位' (titles, the 部门/单位 line); split: codes 类 | 款 | 项; econ 'both' (部门 and
    政府预算经济分类 side by side) | 'dept'; sanshi 'year_rows' (items as columns, the years and the change as rows) |
    'item_rows' (items as rows: 上年 | 本年 | 增减额 | 增减率); unit_inline: '（单位：万元）' in the title, no unit line."""
    f = fmt or Fmt()
    s = sums()
    whole = s[""]
    cats = sorted(c for c in s if len(c) == 3)
    ordered = sorted(c for c in s if c)

    def meta(k):
        title = prefix + TITLES[scope][k]
        if k == 9:
            return {"title": title, "dept": WHO[scope], "unit": ""}
        if unit_inline:
            return {"title": f"{title}（单位：万元）", "dept": WHO[scope], "unit": ""}
        return {"title": title, "dept": WHO[scope], "unit": "单位：万元"}

    fiscal = whole["general"] + whole["fund"]
    income = [("一、一般公共预算拨款收入", whole["general"]), ("二、政府性基金预算拨款收入", whole["fund"]),
              ("三、国有资本经营预算拨款收入", Z), ("四、财政专户管理资金收入", Z), ("五、事业收入", whole["business"]),
              ("六、事业单位经营收入", whole["operating"]), ("七、上级补助收入", Z), ("八、附属单位上缴收入", Z),
              ("九、其他收入", whole["other"])]
    b1_rows = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"]]
    for k in range(max(len(income), len(cats))):
        lab, val = income[k] if k < len(income) else ("", None)
        right = [f"{CN[k]}、{NAMES[cats[k]]}", f(s[cats[k]]["total"])] if k < len(cats) else ["", ""]
        b1_rows.append([lab, "" if val is None else f(val)] + right)
    b1_rows += [["本年收入合计", f(whole["total"]), "本年支出合计", f(whole["total"])],
                ["上年结转结余", f(Z), "结转下年", f(Z)],
                ["收入总计", f(whole["total"]), "支出总计", f(whole["total"])]]
    b1 = PrintedTable(rows=b1_rows, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 3)], **meta(0))

    # 收入总表: 合计 | 上年结转 | 本年收入 [小计 | sources]
    src = ("general", "fund", None, "business", "operating", "other")

    def income_figs(a):
        now = a["total"]
        return [f(now), f(Z), f(now)] + [f(a[k]) if k else f(Z) for k in src]
    b2 = _coded(split, [(c, NAMES[c], income_figs(s[c])) for c in ordered],
                ["合计", "上年结转", "本年收入", "", "", "", "", "", ""],
                ["", "", "小计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "事业收入",
                 "事业单位经营收入", "其他收入"], income_figs(whole),
                [(0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 10)], **meta(1))

    b3 = _coded(split, [(c, NAMES[c], [f(s[c]["total"]), f(s[c]["basic"]), f(s[c]["project"]), f(s[c]["operating"])])
                        for c in ordered],
                ["合计", "基本支出", "项目支出", "事业单位经营支出"], None,
                [f(whole["total"]), f(whole["basic"]), f(whole["project"]), f(whole["operating"])], **meta(2))

    b4_rows = [["收入", "", "支出", "", "", "", ""],
               ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
               ["一、本年收入", f(fiscal), "一、本年支出", f(fiscal), f(whole["general"]), f(whole["fund"]), f(Z)]]
    left = [("（一）一般公共预算拨款", f(whole["general"])), ("（二）政府性基金预算拨款", f(whole["fund"])),
            ("（三）国有资本经营预算拨款", f(Z)), ("二、上年结转", f(Z))]
    funded_cats = [c for c in cats if s[c]["general"] or s[c]["fund"]]
    for k, c in enumerate(funded_cats):
        a = s[c]
        lab, val = left[k] if k < len(left) else ("", "")
        b4_rows.append([lab, val, f"（{CN[k]}）{NAMES[c]}", f(a["general"] + a["fund"]), f(a["general"]), f(a["fund"]),
                        f(Z)])
    b4_rows += [["", "", "二、结转下年", f(Z), f(Z), f(Z), f(Z)],
                ["收入总计", f(fiscal), "支出总计", f(fiscal), f(whole["general"]), f(whole["fund"]), f(Z)]]
    b4 = PrintedTable(rows=b4_rows, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 6)], **meta(3))

    general = [c for c in ordered if s[c]["general"] or s[c]["prior"]]

    def figs5(a):
        return [f(a["prior"]), f(a["general"]), f(a["basic"]), f(a["proj"]), f(a["general"] - a["prior"]),
                Fmt.rate(a["general"], a["prior"])]
    b5 = _coded(split, [(c, NAMES[c], figs5(s[c])) for c in general],
                ["上年预算数", "本年预算数", "", "", "增减额", "增减率（%）"],
                ["", "合计", "基本支出", "项目支出", "", ""], figs5(whole),
                [(0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)], **meta(4))

    cls_sum: dict[str, Decimal] = {}
    for c, _n, _g, _gn, v in ECON:
        if v is not None:
            cls_sum[c[:3]] = cls_sum.get(c[:3], Z) + d(v)
    assert sum(v for c, v in cls_sum.items() if c in PERSONNEL) == whole["pers"], (cls_sum, whole["pers"])
    assert sum(v for c, v in cls_sum.items() if c not in PERSONNEL) == whole["pub"]

    def econ_figs(c, v):
        amount = cls_sum[c] if v is None else d(v)
        return [f(amount), f(amount) if c[:3] in PERSONNEL else f(Z), f(Z) if c[:3] in PERSONNEL else f(amount)]
    if econ == "both":
        b6 = PrintedTable(rows=[
            ["部门预算经济分类", "", "政府预算经济分类", "", "本年一般公共预算基本支出", "", ""],
            ["科目编码", "科目名称", "科目编码", "科目名称", "合计", "人员经费", "公用经费"],
            ["", "合计", "", "", f(whole["basic"]), f(whole["pers"]), f(whole["pub"])]]
            + [[c, nm, g, gn, *econ_figs(c, v)] for c, nm, g, gn, v in ECON], head=2,
            merges=[(0, 0, 0, 1), (0, 2, 0, 3), (0, 4, 0, 6)], **meta(5))
    else:
        b6 = PrintedTable(rows=[
            ["部门预算经济分类", "", "本年一般公共预算基本支出", "", ""],
            ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
            ["", "合计", f(whole["basic"]), f(whole["pers"]), f(whole["pub"])]]
            + [[c, nm, *econ_figs(c, v)] for c, nm, _g, _gn, v in ECON], head=2,
            merges=[(0, 0, 0, 1), (0, 2, 0, 4)], **meta(5))

    y25, y26 = [d(v) for v in SANGONG[2025]], [d(v) for v in SANGONG[2026]]
    if sanshi == "year_rows":
        h1 = ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"]
        h2 = ["", "", "", "小计", "公务用车购置费", "公务用车运行费", ""]
        b9 = PrintedTable(rows=[h1, h2,
                                ["2025年预算数"] + [f(v) for v in y25],
                                ["2026年预算数"] + [f(v) for v in y26],
                                ["增减额"] + [f(b - a) for a, b in zip(y25, y26)]], head=2,
                          merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)], **meta(6))
    else:
        labels = ["合计", "1.因公出国（境）费", "2.公务用车购置及运行费", "（1）公务用车购置费", "（2）公务用车运行费",
                  "3.公务接待费"]
        b9 = PrintedTable(rows=[["项目", "2025年预算数", "2026年预算数", "增减额", "增减率（%）"]]
                          + [[lab, f(a), f(b), f(b - a), Fmt.rate(b, a)] for lab, a, b in zip(labels, y25, y26)],
                          head=1, **meta(6))

    funded = [c for c in ordered if s[c]["fund"]]
    b7 = _coded(split, [(c, NAMES[c], [f(s[c]["fund"]), f(Z), f(s[c]["fund"])]) for c in funded],
                ["合计", "基本支出", "项目支出"], None, [f(whole["fund"]), f(Z), f(whole["fund"])], **meta(7))

    b8 = _coded(split, [], ["合计", "基本支出", "项目支出"], None, ["", "", ""], **meta(8))
    b8.notes = [EMPTY_NOTE.format(scope)]

    b10 = PrintedTable(rows=[
        ["项目名称", "预算金额", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值"],
        ["大气污染防治专项", "1,250.0", "完成重点行业超低排放改造，细颗粒物浓度持续下降", "产出指标", "数量指标",
         "超低排放改造企业数", "≥15家"],
        ["", "", "", "效益指标", "生态效益指标", "空气质量优良天数比例", "≥85%"],
        ["水污染防治专项", "980.0", "完成入河排污口整治，国控断面水质达标", "产出指标", "质量指标", "国控断面达标率",
         "100%"],
        ["", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]], head=1,
        merges=[(1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (3, 0, 4, 0), (3, 1, 4, 1), (3, 2, 4, 2)], **meta(9))
    return [b1, b2, b3, b4, b5, b6, b9, b7, b8, b10]
