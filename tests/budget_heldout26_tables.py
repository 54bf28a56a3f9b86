"""Tables of the held-out batch 26 (tests/test_budget_heldout26.py): a province's 2026 单位预算 of a 事业单位 (某省林业
科学研究院), eleven tables and a 绩效目标表, in 元 with thousands separators, figures of this batch's own, consistent
to the cent: every total, cross-table figure, 增减 and 增减率 computed here from the 项 below.

Per 项: 一般公共预算 人员经费 / 公用经费 / 项目支出, 事业收入 项目, 其他收入 项目, and last year's 一般公共预算 预算数.
No 政府性基金 and no 国有资本经营预算: those two tables are printed empty under '本单位无…，故本表为空表'.

What batches 21/22/25 did not print: a 单位's set (收支总表 with 事业单位经营收入 and 上级补助收入 rows, 支出总表 with
事业单位经营支出); the 一般公共预算支出表 with a three-level head (2026年预算数 [合计 | 基本支出 [小计 | 人员经费 | 公用
经费] | 项目支出]) between 2025年预算数 and 增减额 | 增减率（%）, a 项 new this year (no 增减率); the 基本支出表's
经济分类 codes split 类 | 款 ('301' | '01'); the 三公 table with its items as rows (项目 | 2025年预算数 | 2026年预算数
| 增减额); a 项目支出表 by project name and a 政府采购预算表 by 采购项目 (no 科目); empty fund tables with their note;
a 绩效目标表 of text; titles with the unit inline ('（单位：元）') and no unit line.
"""

from __future__ import annotations

from decimal import Decimal

from pdf_writer import PrintedTable

D = Decimal
Z = D(0)
DEPT = "单位名称：某省林业科学研究院"
UNIT = "单位：元"

# 项: code, name, 人员, 公用, 项目 (一般公共预算), 事业收入 项目, 其他收入 项目, 2025 一般公共预算 预算数
ITEMS = [
    ("2060201", "机构运行", "3,285,600.00", "612,400.00", "0", "0", "0", "3,801,200.00"),
    ("2060203", "自然科学基金", "0", "0", "850,000.00", "0", "0", "700,000.00"),
    ("2060399", "其他应用研究支出", "0", "0", "1,240,000.00", "560,000.00", "80,000.00", "1,500,000.00"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "412,300.00", "0", "0", "0", "0", "398,600.00"),
    ("2080506", "机关事业单位职业年金缴费支出", "206,150.00", "0", "0", "0", "0", "199,300.00"),
    ("2101102", "事业单位医疗", "187,420.00", "0", "0", "0", "0", "180,900.00"),
    ("2130205", "森林资源培育", "0", "0", "2,360,000.00", "0", "0", "2,100,000.00"),
    ("2130234", "林业草原防灾减灾", "0", "0", "430,500.00", "0", "0", "0"),
    ("2210201", "住房公积金", "246,380.00", "0", "0", "0", "0", "240,100.00"),
]
NAMES = {
    "206": "科学技术支出", "20602": "基础研究", "20603": "应用研究", "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗", "213": "农林水支出",
    "21302": "林业和草原", "221": "住房保障支出", "22102": "住房改革支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
CN = "一二三四五六七八九十"

# 部门预算经济分类 (基本支出, 一般公共预算): 类, 款, name, amount (None: the 类, the sum of its 款); 301 + 303 = 人员经费
ECON = [
    ("301", "", "工资福利支出", None), ("301", "01", "基本工资", "1,120,000.00"), ("301", "02", "津贴补贴", "860,000.00"),
    ("301", "07", "绩效工资", "905,600.00"), ("301", "08", "机关事业单位基本养老保险缴费", "412,300.00"),
    ("301", "09", "职业年金缴费", "206,150.00"), ("301", "10", "职工基本医疗保险缴费", "187,420.00"),
    ("301", "13", "住房公积金", "246,380.00"),
    ("302", "", "商品和服务支出", None), ("302", "01", "办公费", "98,000.00"), ("302", "05", "水费", "21,000.00"),
    ("302", "06", "电费", "76,500.00"), ("302", "07", "邮电费", "18,900.00"), ("302", "11", "差旅费", "120,000.00"),
    ("302", "13", "维修（护）费", "45,000.00"), ("302", "15", "会议费", "16,000.00"), ("302", "16", "培训费", "28,000.00"),
    ("302", "17", "公务接待费", "12,000.00"), ("302", "26", "劳务费", "40,000.00"), ("302", "28", "工会经费", "52,000.00"),
    ("302", "31", "公务用车运行维护费", "36,000.00"), ("302", "39", "其他交通费用", "30,000.00"),
    ("302", "99", "其他商品和服务支出", "19,000.00"),
    ("303", "", "对个人和家庭的补助", None), ("303", "02", "退休费", "280,000.00"), ("303", "09", "奖励金", "120,000.00"),
]
PERSONNEL = {"301", "303"}
# 三公 (一般公共预算): 合计, 因公出国（境）费, 公务用车购置及运行费, 其中 购置费, 运行费, 公务接待费
SANGONG = {2025: ("78,000.00", "20,000.00", "46,000.00", "0", "46,000.00", "12,000.00"),
           2026: ("48,000.00", "0", "36,000.00", "0", "36,000.00", "12,000.00")}
# 项目支出: project, code it is charged to, 一般公共预算, 事业收入, 其他收入
PROJECTS = [
    ("国家自然科学基金配套经费", "2060203", "850,000.00", "0", "0"),
    ("林木良种选育与栽培技术研究", "2060399", "1,240,000.00", "560,000.00", "80,000.00"),
    ("森林抚育与低效林改造", "2130205", "2,360,000.00", "0", "0"),
    ("林业有害生物监测防治", "2130234", "430,500.00", "0", "0"),
]
# 政府采购: 采购项目, 采购品目, 组织形式, 数量, 一般公共预算, 事业收入 (goods, then services)
PURCHASES = [
    ("货物", [("台式计算机", "A02010104", "集中采购", "24", "168,000.00", "0"),
              ("林木种子检验仪器", "A02100301", "分散采购", "3", "188,000.00", "60,000.00")]),
    ("服务", [("物业管理服务", "C21040000", "集中采购", "1", "180,000.00", "0")]),
]


def d(v: str) -> Decimal:
    return D(v.replace(",", ""))


class Fmt:
    """元 with two decimals and thousands separators (or none: `commas`), a zero as `zero` ('0.00', '-', '')."""

    def __init__(self, zero: str = "0.00", commas: bool = True):
        self.zero, self.commas = zero, commas

    def __call__(self, v) -> str:
        v = D(v)
        if v == 0:
            return self.zero
        return f"{v:,.2f}" if self.commas else f"{v:.2f}"

    @staticmethod
    def rate(now: Decimal, before: Decimal) -> str:
        return "" if before == 0 else f"{((now - before) / before * 100).quantize(D('0.01'))}"


KEYS = ("pers", "pub", "proj", "business", "other", "prior")


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
        a["project"] = a["proj"] + a["business"] + a["other"]
        a["total"] = a["general"] + a["business"] + a["other"]
    return out


def _titled(title: str, unit_inline: bool) -> tuple[str, str]:
    return (f"{title}（{UNIT}）", "") if unit_inline else (title, UNIT)


def _coded(rows, head1, head2, total, merges_extra=(), **table) -> PrintedTable:
    """Joined codes: '科目编码 | 科目名称 | figures', 合计 first; two header rows when `head2` is given."""
    if head2 is None:
        header, merges = [["科目编码", "科目名称"] + head1], []
    else:
        header = [["科目编码", "科目名称"] + head1, ["", ""] + head2]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1)] + list(merges_extra)
    body = [["", "合计"] + total] + [[c, nm] + figs for c, nm, figs in rows]
    return PrintedTable(rows=header + body, head=len(header), merges=merges, **table)


TITLES = ("单位收支总表", "单位收入总表", "单位支出总表", "财政拨款收支总表", "一般公共预算支出表",
          "一般公共预算基本支出表", "政府性基金预算支出表", "国有资本经营预算支出表", "一般公共预算“三公”经费支出表",
          "项目支出表", "政府采购预算表", "项目绩效目标表")
EMPTY_NOTE = "注：本单位2026年无{}，故本表为空表。"


def set26(fmt: Fmt | None = None, unit_inline: bool = False, prefix: str = "2026年") -> list[PrintedTable]:
    """The twelve tables. `unit_inline`: the unit in the title's line ('…（单位：元）'), no unit line."""
    f = fmt or Fmt()
    s = sums()
    whole = s[""]
    cats = sorted(c for c in s if len(c) == 3)
    ordered = sorted(c for c in s if c)

    def meta(k):
        if k == 11:  # the 绩效目标表: text, no amounts
            return {"title": prefix + TITLES[k], "dept": DEPT, "unit": ""}
        title, unit = _titled(prefix + TITLES[k], unit_inline)
        return {"title": title, "dept": DEPT, "unit": unit}

    income = [("一、一般公共预算拨款收入", whole["general"]), ("二、政府性基金预算拨款收入", Z),
              ("三、国有资本经营预算拨款收入", Z), ("四、财政专户管理资金收入", Z), ("五、事业收入", whole["business"]),
              ("六、事业单位经营收入", Z), ("七、上级补助收入", Z), ("八、附属单位上缴收入", Z), ("九、其他收入", whole["other"])]
    b1_rows = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"]]
    for k in range(max(len(income), len(cats))):
        lab, val = income[k] if k < len(income) else ("", None)
        right = [f"{CN[k]}、{NAMES[cats[k]]}", f(s[cats[k]]["total"])] if k < len(cats) else ["", ""]
        b1_rows.append([lab, "" if val is None else f(val)] + right)
    b1_rows += [["本年收入合计", f(whole["total"]), "本年支出合计", f(whole["total"])],
                ["上年结转结余", f(Z), "结转下年", f(Z)],
                ["收入总计", f(whole["total"]), "支出总计", f(whole["total"])]]
    b1 = PrintedTable(rows=b1_rows, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 3)], **meta(0))

    b2 = _coded([(c, NAMES[c], [f(s[c]["total"]), f(Z), f(s[c]["general"]), f(Z), f(Z), f(s[c]["business"]), f(Z),
                                f(Z), f(s[c]["other"])]) for c in ordered],
                ["合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入",
                 "事业收入", "事业单位经营收入", "上级补助收入", "其他收入"], None,
                [f(whole["total"]), f(Z), f(whole["general"]), f(Z), f(Z), f(whole["business"]), f(Z), f(Z),
                 f(whole["other"])], **meta(1))

    b3 = _coded([(c, NAMES[c], [f(s[c]["total"]), f(s[c]["basic"]), f(s[c]["project"]), f(Z), f(Z), f(Z)])
                 for c in ordered],
                ["合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"], None,
                [f(whole["total"]), f(whole["basic"]), f(whole["project"]), f(Z), f(Z), f(Z)], **meta(2))

    fiscal = whole["general"]
    b4_rows = [["收入", "", "支出", "", "", "", ""],
               ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
               ["一、本年收入", f(fiscal), "一、本年支出", f(fiscal), f(fiscal), f(Z), f(Z)]]
    left = [("（一）一般公共预算拨款", f(fiscal)), ("（二）政府性基金预算拨款", f(Z)), ("（三）国有资本经营预算拨款", f(Z)),
            ("二、上年结转", f(Z))]
    for k, c in enumerate(cats):
        lab, val = left[k] if k < len(left) else ("", "")
        b4_rows.append([lab, val, f"（{CN[k]}）{NAMES[c]}", f(s[c]["general"]), f(s[c]["general"]), f(Z), f(Z)])
    b4_rows += [["", "", "二、结转下年", f(Z), f(Z), f(Z), f(Z)],
                ["收入总计", f(fiscal), "支出总计", f(fiscal), f(fiscal), f(Z), f(Z)]]
    b4 = PrintedTable(rows=b4_rows, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 6)], **meta(3))

    # 一般公共预算支出表: three header rows (2026年预算数 [合计 | 基本支出 [小计 | 人员经费 | 公用经费] | 项目支出])
    general = [c for c in ordered if s[c]["general"] or s[c]["prior"]]

    def figs(a):
        return [f(a["prior"]), f(a["general"]), f(a["basic"]), f(a["pers"]), f(a["pub"]), f(a["proj"]),
                f(a["general"] - a["prior"]), Fmt.rate(a["general"], a["prior"])]
    h = [["科目编码", "科目名称", "2025年预算数", "2026年预算数", "", "", "", "", "增减额", "增减率（%）"],
         ["", "", "", "合计", "基本支出", "", "", "项目支出", "", ""],
         ["", "", "", "", "小计", "人员经费", "公用经费", "", "", ""]]
    body = [["", "合计"] + figs(whole)] + [[c, NAMES[c]] + figs(s[c]) for c in general]
    b5 = PrintedTable(rows=h + body, head=3, merges=[
        (0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 7), (1, 3, 2, 3), (1, 4, 1, 6), (1, 7, 2, 7), (0, 8, 2, 8),
        (0, 9, 2, 9)], **meta(4))

    cls_sum: dict[str, Decimal] = {}
    for c, k, _n, v in ECON:
        if v is not None:
            cls_sum[c] = cls_sum.get(c, Z) + d(v)
    assert sum(v for c, v in cls_sum.items() if c in PERSONNEL) == whole["pers"]
    assert sum(v for c, v in cls_sum.items() if c not in PERSONNEL) == whole["pub"]

    def econ(c, v):
        amount = cls_sum[c] if v is None else d(v)
        return [f(amount), f(amount) if c in PERSONNEL else f(Z), f(Z) if c in PERSONNEL else f(amount)]
    b6 = PrintedTable(rows=[
        ["部门预算经济分类科目", "", "", "2026年一般公共预算基本支出", "", ""],
        ["类", "款", "科目名称", "合计", "人员经费", "公用经费"],
        ["", "", "合计", f(whole["basic"]), f(whole["pers"]), f(whole["pub"])]]
        + [[c, k, nm, *econ(c, v)] for c, k, nm, v in ECON], head=2, merges=[(0, 0, 0, 2), (0, 3, 0, 5)], **meta(5))

    def empty(k, what):
        t = _coded([], ["合计", "基本支出", "项目支出"], None, ["", "", ""], **meta(k))
        t.notes = [EMPTY_NOTE.format(what)]
        return t
    b7 = empty(6, "政府性基金预算财政拨款安排的支出")
    b8 = empty(7, "国有资本经营预算财政拨款安排的支出")

    y25, y26 = SANGONG[2025], SANGONG[2026]
    labels = ["合计", "1.因公出国（境）费", "2.公务用车购置及运行费", "  其中：公务用车购置费", "        公务用车运行费",
              "3.公务接待费"]
    b9 = PrintedTable(rows=[["项目", "2025年预算数", "2026年预算数", "增减额"]]
                      + [[lab, f(d(a)), f(d(b)), f(d(b) - d(a))] for lab, a, b in zip(labels, y25, y26)],
                      head=1, **meta(8))

    proj_total = [sum((d(p[k]) for p in PROJECTS), Z) for k in (2, 3, 4)]
    b10 = PrintedTable(rows=[["项目名称", "功能分类科目编码", "合计", "一般公共预算拨款", "事业收入", "其他收入"],
                             ["合计", "", f(sum(proj_total, Z)), *(f(v) for v in proj_total)]]
                       + [[n, c, f(d(a) + d(b) + d(e)), f(d(a)), f(d(b)), f(d(e))] for n, c, a, b, e in PROJECTS],
                       head=1, **meta(9))
    assert proj_total == [whole["proj"], whole["business"], whole["other"]]

    p_rows = []
    grand = [Z, Z]
    for group, items in PURCHASES:
        sub = [sum((d(i[k]) for i in items), Z) for k in (4, 5)]
        grand = [grand[0] + sub[0], grand[1] + sub[1]]
        p_rows.append([f"{group}类", "", "", "", f(sub[0] + sub[1]), f(sub[0]), f(sub[1])])
        p_rows += [[n, cat, how, qty, f(d(a) + d(b)), f(d(a)), f(d(b))] for n, cat, how, qty, a, b in items]
    b11 = PrintedTable(rows=[["采购项目", "采购品目编码", "采购组织形式", "数量", "合计", "一般公共预算拨款", "事业收入"],
                             ["合计", "", "", "", f(grand[0] + grand[1]), f(grand[0]), f(grand[1])]] + p_rows,
                       head=1, **meta(10))

    b12 = PrintedTable(rows=[
        ["项目名称", "绩效目标", "一级指标", "二级指标", "指标值"],
        ["森林抚育与低效林改造", "完成森林抚育任务，提高林分质量", "产出指标", "数量指标", "≥2000亩"],
        ["", "", "", "质量指标", "抚育合格率≥95%"],
        ["", "", "效益指标", "生态效益指标", "森林覆盖率稳步提升"],
        ["林业有害生物监测防治", "监测防治林业有害生物，降低成灾率", "产出指标", "数量指标", "监测面积≥5万亩"],
        ["", "", "满意度指标", "服务对象满意度指标", "≥90%"]], head=1,
        merges=[(1, 0, 3, 0), (1, 1, 3, 1), (1, 2, 2, 2), (4, 0, 5, 0), (4, 1, 5, 1)], **meta(11))
    return [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12]
