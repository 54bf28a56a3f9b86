"""Tables of the held-out batch 25 (tests/test_budget_heldout25.py): a 省农业农村厅's 2026 部门预算 in the 中央部门
eight-table form (收支总表 … 政府性基金预算支出表), figures new to this batch and consistent to the cent, computed here
from the 项 below so that every total, cross-table figure, 增减 and 增减% agrees.

Per 项: 一般公共预算 人员经费 / 公用经费 / 项目支出, 政府性基金 项目, 事业收入 项目, and last year's 一般公共预算 预算数.
Totals: 7,302.00 = 一般公共预算 6,862.00 + 政府性基金 260.00 + 事业收入 180.00; 基本 3,162.00 (人员 2,672.00, 公用
490.00), 项目 4,140.00 (一般公共预算 3,700.00); 2025 一般公共预算 6,768.00 (+94.00, 1.39%); 三公 2025 52.00, 2026 44.00.

`eight(fmt, ...)` prints the set the ways departments do: codes joined ('2130101') or split 类 | 款 | 项; 经济分类 by
部门预算经济分类 (301/302/303) or 政府预算经济分类 (501/502/509); titles in the 财政部 wording or other provinces'
('部门收支总体情况表', '一般公共预算支出情况表'); the 一般公共预算支出表 with last year's column and 增减 columns.
"""

from __future__ import annotations

from decimal import Decimal

from pdf_writer import PrintedTable

D = Decimal
Z = D(0)
DEPT = "部门：某省农业农村厅"

# 项: code, name, 人员, 公用, 项目 (一般公共预算), 政府性基金 项目, 事业收入 项目, 2025 一般公共预算 预算数
ITEMS = [
    ("2080505", "机关事业单位基本养老保险缴费支出", "248.00", "0", "0", "0", "0", "240.00"),
    ("2080506", "机关事业单位职业年金缴费支出", "124.00", "0", "0", "0", "0", "120.00"),
    ("2101101", "行政单位医疗", "96.00", "0", "0", "0", "0", "92.00"),
    ("2101102", "事业单位医疗", "38.00", "0", "0", "0", "0", "36.00"),
    ("2130101", "行政运行", "1,420.00", "430.00", "0", "0", "0", "1,800.00"),
    ("2130104", "事业运行", "560.00", "60.00", "0", "0", "180.00", "600.00"),
    ("2130122", "农业生产发展", "0", "0", "2,400.00", "0", "0", "2,700.00"),
    ("2130153", "农田建设", "0", "0", "1,300.00", "0", "0", "1,000.00"),
    ("2136601", "基础设施建设和经济发展", "0", "0", "0", "260.00", "0", "0"),
    ("2210201", "住房公积金", "186.00", "0", "0", "0", "0", "180.00"),
]
NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "213": "农林水支出", "21301": "农业农村", "21366": "大中型水库库区基金安排的支出", "221": "住房保障支出",
    "22102": "住房改革支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
CN = "一二三四五六七八九十"

# 部门预算经济分类 (基本支出, 一般公共预算): code, name, amount (None: a 类, the sum of its 款); 301 + 303 = 人员经费
ECON_DEPT = [
    ("301", "工资福利支出", None), ("30101", "基本工资", "720.00"), ("30102", "津贴补贴", "610.00"),
    ("30103", "奖金", "180.00"), ("30107", "绩效工资", "236.00"), ("30108", "机关事业单位基本养老保险缴费", "248.00"),
    ("30109", "职业年金缴费", "124.00"), ("30110", "职工基本医疗保险缴费", "134.00"), ("30113", "住房公积金", "186.00"),
    ("30199", "其他工资福利支出", "94.00"),
    ("302", "商品和服务支出", None), ("30201", "办公费", "95.00"), ("30205", "水费", "12.00"), ("30206", "电费", "38.00"),
    ("30207", "邮电费", "25.00"), ("30211", "差旅费", "60.00"), ("30216", "培训费", "20.00"),
    ("30217", "公务接待费", "8.00"), ("30226", "劳务费", "30.00"), ("30228", "工会经费", "42.00"),
    ("30229", "福利费", "35.00"), ("30231", "公务用车运行维护费", "36.00"), ("30239", "其他交通费用", "54.00"),
    ("30299", "其他商品和服务支出", "35.00"),
    ("303", "对个人和家庭的补助", None), ("30302", "退休费", "90.00"), ("30305", "生活补助", "50.00"),
]
# 政府预算经济分类 of the same money: 501 + 509 = 人员经费, 502 = 公用经费
ECON_GOV = [
    ("501", "机关工资福利支出", None), ("50101", "工资奖金津补贴", "1,746.00"), ("50102", "社会保障缴费", "506.00"),
    ("50103", "住房公积金", "186.00"), ("50199", "其他工资福利支出", "94.00"),
    ("502", "机关商品和服务支出", None), ("50201", "办公经费", "339.00"), ("50203", "培训费", "20.00"),
    ("50206", "公务接待费", "8.00"), ("50208", "公务用车运行维护费", "36.00"), ("50299", "其他商品和服务支出", "87.00"),
    ("509", "对个人和家庭的补助", None), ("50901", "社会福利和救助", "50.00"), ("50905", "离退休费", "90.00"),
]
PERSONNEL_CLASSES = {"301", "303", "501", "509"}
# 三公: 合计, 因公出国（境）费, 公务用车小计, 购置费, 运行费, 公务接待费
SANGONG = {2025: ("52.00", "10.00", "34.00", "0", "34.00", "8.00"), 2026: ("44.00", "0", "36.00", "0", "36.00", "8.00")}


def d(v: str) -> Decimal:
    return D(v.replace(",", ""))


class Fmt:
    """万元 with two decimals, or 元 (× 10000, thousands separators); a zero as `zero` ('0.00', '-', 'ー', '')."""

    def __init__(self, yuan: bool = False, zero: str = "0.00"):
        self.yuan, self.zero = yuan, zero
        self.unit = "单位：元" if yuan else "单位：万元"

    def __call__(self, v) -> str:
        v = D(v) * (10000 if self.yuan else 1)
        return self.zero if v == 0 else f"{v:,.2f}"

    def rate(self, now: Decimal, before: Decimal) -> str:
        return "" if before == 0 else f"{((now - before) / before * 100).quantize(D('0.01'))}"


def sums() -> dict[str, dict[str, Decimal]]:
    """Per 类, 款 and 项 code and '' (the whole): pers, pub, proj (一般公共预算), fund, business, prior."""
    out: dict[str, dict[str, Decimal]] = {}
    for code, _n, *vals in ITEMS:
        for c in ("", code[:3], code[:5], code):
            acc = out.setdefault(c, dict.fromkeys(("pers", "pub", "proj", "fund", "business", "prior"), Z))
            for k, v in zip(("pers", "pub", "proj", "fund", "business", "prior"), vals):
                acc[k] += d(v)
    for a in out.values():
        a["basic"] = a["pers"] + a["pub"]
        a["general"] = a["basic"] + a["proj"]
        a["project"] = a["proj"] + a["fund"] + a["business"]
        a["total"] = a["general"] + a["fund"] + a["business"]
    return out


def _codes(codes: str, code: str) -> list[str]:
    if codes == "joined":
        return [code]
    return [code[:3], code[3:5], code[5:7]]  # split: 类 | 款 | 项, each row its own parts


def _code_head(codes: str, title: str = "科目编码") -> tuple[list[str], list[str], int]:
    """The code columns' two header rows and their count."""
    if codes == "joined":
        return [title], [""], 1
    return [title, "", ""], ["类", "款", "项"], 3


def _coded(codes: str, rows: list[tuple[str, str, list[str]]], head1: list[str], head2: list[str] | None,
           total: list[str], merges_extra=(), code_title="科目编码", name="科目名称", **table) -> PrintedTable:
    """A coded table: header rows (one when `head2` is None and codes are joined), its 合计 row first, then the rows."""
    ch1, ch2, n = _code_head(codes, code_title)
    width = n + 1 + len(head1)
    two = head2 is not None or n > 1
    if two:
        h2 = head2 if head2 is not None else [""] * len(head1)
        header = [ch1 + [name] + head1, ch2 + [""] + h2]
        merges = [(0, n, 1, n)]
        if n > 1:
            merges.append((0, 0, 0, n - 1))
        else:
            merges.append((0, 0, 1, 0))
        merges += list(merges_extra)
    else:
        header, merges = [ch1 + [name] + head1], []
    body = [[""] * n + ["合计"] + total]
    for code, nm, figs in rows:
        body.append(_codes(codes, code) + [nm] + figs)
    assert all(len(r) == width for r in header + body)
    return PrintedTable(rows=header + body, head=len(header), merges=merges, **table)


TITLES = {
    "central": ("收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表",
                "一般公共预算“三公”经费支出表", "政府性基金预算支出表"),
    "province": ("部门收支总体情况表", "部门收入总体情况表", "部门支出总体情况表", "财政拨款收支总体情况表",
                 "一般公共预算支出情况表", "一般公共预算基本支出情况表", "一般公共预算“三公”经费支出情况表",
                 "政府性基金预算支出情况表"),
}


def eight(fmt: Fmt | None = None, codes: str = "joined", econ: str = "dept", wording: str = "central",
          prefix: str = "2026年") -> list[PrintedTable]:
    """The eight tables. `codes` 'joined' | 'split'; `econ` 'dept' (301…) | 'gov' (501…); `wording` 'central' |
    'province' (titles and the 一般公共预算支出表's columns: '2025年预算数 | 2026年预算数 [小计 | 基本支出 | 项目支出] |
    2026年预算数比2025年预算数 [增减额 | 增减%]' or '上年预算数 | 本年预算数 [合计 | 人员经费 | 公用经费 | 项目支出] |
    增减 [金额 | 幅度（%）]')."""
    f = fmt or Fmt()
    s = sums()
    whole = s[""]
    cats = sorted(c for c in s if len(c) == 3)
    ordered = sorted(c for c in s if c)
    t = [prefix + x for x in TITLES[wording]]
    meta = {"dept": DEPT, "unit": f.unit}
    fiscal = whole["general"] + whole["fund"]

    b1 = PrintedTable(t[0], rows=[
        ["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
        ["一、一般公共预算拨款收入", f(whole["general"]), f"一、{NAMES[cats[0]]}", f(s[cats[0]]["total"])],
        ["二、政府性基金预算拨款收入", f(whole["fund"]), f"二、{NAMES[cats[1]]}", f(s[cats[1]]["total"])],
        ["三、国有资本经营预算拨款收入", f(Z), f"三、{NAMES[cats[2]]}", f(s[cats[2]]["total"])],
        ["四、财政专户管理资金收入", f(Z), f"四、{NAMES[cats[3]]}", f(s[cats[3]]["total"])],
        ["五、事业收入", f(whole["business"]), "", ""],
        ["六、事业单位经营收入", f(Z), "", ""],
        ["七、上级补助收入", f(Z), "", ""],
        ["八、附属单位上缴收入", f(Z), "", ""],
        ["九、其他收入", f(Z), "", ""],
        ["本年收入合计", f(whole["total"]), "本年支出合计", f(whole["total"])],
        ["上年结转结余", f(Z), "结转下年", f(Z)],
        ["收入总计", f(whole["total"]), "支出总计", f(whole["total"])]], head=2,
        merges=[(0, 0, 0, 1), (0, 2, 0, 3)], **meta)

    b2 = _coded(codes, [(c, NAMES[c], [f(s[c]["total"]), f(Z), f(s[c]["general"]), f(s[c]["fund"]), f(Z),
                                       f(s[c]["business"]), f(Z), f(Z)]) for c in ordered],
                ["合计", "上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入",
                 "事业收入", "事业单位经营收入", "其他收入"], None,
                [f(whole["total"]), f(Z), f(whole["general"]), f(whole["fund"]), f(Z), f(whole["business"]), f(Z),
                 f(Z)], title=t[1], **meta)

    b3 = _coded(codes, [(c, NAMES[c], [f(s[c]["total"]), f(s[c]["basic"]), f(s[c]["project"]), f(Z), f(Z)])
                        for c in ordered],
                ["合计", "基本支出", "项目支出", "上缴上级支出", "对附属单位补助支出"], None,
                [f(whole["total"]), f(whole["basic"]), f(whole["project"]), f(Z), f(Z)], title=t[2], **meta)

    b4_rows = [["收入", "", "支出", "", "", "", ""],
               ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
               ["一、本年收入", f(fiscal), "一、本年支出", f(fiscal), f(whole["general"]), f(whole["fund"]), f(Z)]]
    left = [("（一）一般公共预算拨款", f(whole["general"])), ("（二）政府性基金预算拨款", f(whole["fund"])),
            ("（三）国有资本经营预算拨款", f(Z)), ("二、上年结转", f(Z))]
    for k, c in enumerate(cats):
        a = s[c]
        lab, val = left[k] if k < len(left) else ("", "")
        b4_rows.append([lab, val, f"（{CN[k]}）{NAMES[c]}", f(a["general"] + a["fund"]), f(a["general"]), f(a["fund"]),
                        f(Z)])
    b4_rows += [["", "", "二、结转下年", f(Z), f(Z), f(Z), f(Z)],
                ["收入总计", f(fiscal), "支出总计", f(fiscal), f(whole["general"]), f(whole["fund"]), f(Z)]]
    b4 = PrintedTable(t[3], rows=b4_rows, head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 6)], **meta)

    general = [c for c in ordered if s[c]["general"]]
    if wording == "central":
        h1 = ["2025年预算数", "2026年预算数", "", "", "2026年预算数比2025年预算数", ""]
        h2 = ["", "小计", "基本支出", "项目支出", "增减额", "增减%"]

        def figs(a):
            return [f(a["prior"]), f(a["general"]), f(a["basic"]), f(a["proj"]), f(a["general"] - a["prior"]),
                    f.rate(a["general"], a["prior"])]
        groups = [(0, 1, 0, 3), (0, 4, 0, 5)]
    else:
        h1 = ["上年预算数", "本年预算数", "", "", "", "增减", ""]
        h2 = ["", "合计", "人员经费", "公用经费", "项目支出", "金额", "幅度（%）"]

        def figs(a):
            return [f(a["prior"]), f(a["general"]), f(a["pers"]), f(a["pub"]), f(a["proj"]),
                    f(a["general"] - a["prior"]), f.rate(a["general"], a["prior"])]
        groups = [(0, 1, 0, 4), (0, 5, 0, 6)]
    n = 1 if codes == "joined" else 3
    merges5 = [(0, n + 1, 1, n + 1)] + [(a, b + n + 1, c, e + n + 1) for a, b, c, e in groups]
    b5 = _coded(codes, [(c, NAMES[c], figs(s[c])) for c in general], h1, h2, figs(whole), merges5, title=t[4], **meta)

    econ_rows = ECON_DEPT if econ == "dept" else ECON_GOV
    cls_sum: dict[str, Decimal] = {}
    for c, _n, v in econ_rows:
        if v is not None:
            cls_sum[c[:3]] = cls_sum.get(c[:3], Z) + d(v)

    def econ_figs(c, v):
        amount = cls_sum[c] if v is None else d(v)
        personnel = c[:3] in PERSONNEL_CLASSES
        return [f(amount), f(amount) if personnel else f(Z), f(Z) if personnel else f(amount)]
    assert sum(v for c, v in cls_sum.items() if c in PERSONNEL_CLASSES) == whole["pers"]
    assert sum(v for c, v in cls_sum.items() if c not in PERSONNEL_CLASSES) == whole["pub"]
    word = "部门预算支出经济分类科目" if econ == "dept" else "政府预算支出经济分类科目"
    b6 = PrintedTable(t[5], rows=[
        [word, "", "本年一般公共预算基本支出", "", ""], ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
        ["", "合计", f(whole["basic"]), f(whole["pers"]), f(whole["pub"])]]
        + [[c, nm, *econ_figs(c, v)] for c, nm, v in econ_rows], head=2, merges=[(0, 0, 0, 1), (0, 2, 0, 4)], **meta)

    sg = ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"]
    sg2 = ["", "", "小计", "公务用车购置费", "公务用车运行费", ""]
    b7 = PrintedTable(t[6], rows=[
        ["2025年预算数"] + [""] * 5 + ["2026年预算数"] + [""] * 5, sg + sg, sg2 + sg2,
        [f(d(v)) for v in SANGONG[2025]] + [f(d(v)) for v in SANGONG[2026]]], head=3,
        merges=[(0, 0, 0, 5), (0, 6, 0, 11), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 4), (1, 5, 2, 5), (1, 6, 2, 6),
                (1, 7, 2, 7), (1, 8, 1, 10), (1, 11, 2, 11)], **meta)

    funded = [c for c in ordered if s[c]["fund"]]
    b8 = _coded(codes, [(c, NAMES[c], [f(s[c]["fund"]), f(Z), f(s[c]["fund"])]) for c in funded],
                ["本年政府性基金预算支出", "", ""], ["合计", "基本支出", "项目支出"],
                [f(whole["fund"]), f(Z), f(whole["fund"])], [(0, n + 1, 0, n + 3)], title=t[7], **meta)
    return [b1, b2, b3, b4, b5, b6, b7, b8]
