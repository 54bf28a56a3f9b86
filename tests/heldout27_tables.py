"""The nine 决算 tables of session 27's held-out set (tests/test_tables_heldout27.py): 某区水务局, 2025年度, figures no
earlier batch has, in the layouts of the 2025 template and of other producers:
  01  the 2025 template's foot: 本年收入合计 | 本年支出合计, 使用非财政拨款结余 | 结余分配, 年初结转和结余 | 年末结转和结余.
  02/03  non-fiscal money that is not zero: 事业收入 20.00 spent as 对附属单位补助支出, 其他收入 5.00 spent as 上缴上级支出
      (so 03's 本年支出合计 is more than 基本 + 项目 on two 项, and 01's totals are more than 04's).
  04  'split': each fund's column split 小计 | 基本支出 | 项目支出 (nine figure columns under three fund heads).
  06  'halves': 人员经费 and 公用经费 as two tables side by side, each with its own header and 合计 row.
  07  'pairs': each item's 预算数 | 决算数 side by side (three header rows).
  06's 30299 其他商品和服务支出 is negative (−0.60, a refund booked against it).
General fund 977.95 万元 = 基本 406.70 (人员经费 364.88 + 公用经费 41.82) + 项目 571.25 (all spending 1,050.95 with the
non-fiscal 25.00); 政府性基金 with a carry-over (年初 6.00 + 本年收入 38.00 = 本年支出 40.00 + 年末 4.00); 国有资本经营 8.00 spent as received.
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import heldout_nine
from heldout_nine import class_rows
from pdf_writer import PrintedTable

D = Decimal
DEPT = "编制单位：某区水务局　　　　2025年度"
DEPARTMENT = "某区水务局"
ZERO = D(0)

# 项: code, name, 人员经费, 公用经费, 项目支出, fund ('g' 一般公共预算, 'f' 政府性基金, 'c' 国有资本经营),
# 上缴上级支出 (paid from 其他收入), 对附属单位补助支出 (paid from 事业收入)
ITEMS = [
    ("2080505", "机关事业单位基本养老保险缴费支出", "36.48", "0", "0", "g", "0", "0"),
    ("2080506", "机关事业单位职业年金缴费支出", "18.24", "0", "0", "g", "0", "0"),
    ("2101101", "行政单位医疗", "15.30", "0", "0", "g", "0", "0"),
    ("2120501", "城乡社区环境卫生", "0", "0", "52.40", "g", "0", "0"),
    ("2120803", "城市公共设施", "0", "0", "40.00", "f", "0", "0"),
    ("2130301", "行政运行", "265.70", "41.82", "0", "g", "5.00", "0"),
    ("2130306", "水利工程运行与维护", "0", "0", "318.60", "g", "0", "20.00"),
    ("2130311", "水资源节约管理与保护", "0", "0", "74.25", "g", "0", "0"),
    ("2130335", "农村供水", "0", "0", "126.00", "g", "0", "0"),
    ("2210201", "住房公积金", "29.16", "0", "0", "g", "0", "0"),
    ("2230199", "其他解决历史遗留问题及改革成本支出", "0", "0", "8.00", "c", "0", "0"),
]
NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "212": "城乡社区支出", "21205": "城乡社区环境卫生", "21208": "国有土地使用权出让收入安排的支出",
    "213": "农林水支出", "21303": "水利", "221": "住房保障支出", "22102": "住房改革支出",
    "223": "国有资本经营预算支出", "22301": "解决历史遗留问题及改革成本支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
FUND_BEGIN, FUND_INCOME, FUND_END = D("6.00"), D("38.00"), D("4.00")
STATE = D("8.00")
SHIYE, OTHER = D("20.00"), D("5.00")  # 事业收入 (→ 对附属单位补助支出), 其他收入 (→ 上缴上级支出)
CN = "一二三四五六七八九十"

PERSONNEL = [("301", "工资福利支出", None), ("30101", "基本工资", "98.40"), ("30102", "津贴补贴", "76.20"),
             ("30103", "奖金", "8.30"), ("30107", "绩效工资", "62.10"),
             ("30108", "机关事业单位基本养老保险缴费", "36.48"), ("30109", "职业年金缴费", "18.24"),
             ("30110", "职工基本医疗保险缴费", "15.30"), ("30113", "住房公积金", "29.16"),
             ("303", "对个人和家庭的补助", None), ("30302", "退休费", "16.50"), ("30305", "生活补助", "4.20")]
PUBLIC = [("302", "商品和服务支出", None), ("30201", "办公费", "8.60"), ("30205", "水费", "1.40"),
          ("30206", "电费", "5.20"), ("30207", "邮电费", "1.30"), ("30211", "差旅费", "6.15"),
          ("30216", "培训费", "2.80"), ("30217", "公务接待费", "1.12"), ("30228", "工会经费", "4.10"),
          ("30229", "福利费", "2.60"), ("30231", "公务用车运行维护费", "5.40"), ("30239", "其他交通费用", "3.60"),
          ("30299", "其他商品和服务支出", "-0.60"), ("310", "资本性支出", None), ("31002", "办公设备购置", "0.15")]
# 07: 合计, 因公出国（境）费, 公务用车小计, 购置费, 运行维护费, 公务接待费
SANGONG = {"budget": ("10.00", "0", "7.00", "0", "7.00", "3.00"),
           "final": ("6.52", "0", "5.40", "0", "5.40", "1.12")}


class Fmt:
    """Figures as a print shows them: 万元 with two decimals or 元 (× 10000) with `sep` between thousands; a zero as
    `zero`; a negative figure with `minus` ('-' or '−' U+2212)."""

    def __init__(self, yuan=False, zero="0.00", sep=",", minus="-"):
        self.yuan, self.zero, self.sep, self.minus = yuan, zero, sep, minus
        self.unit = "单位：元" if yuan else "单位：万元"

    def __call__(self, v):
        if v is None:
            return ""
        v = D(v) * (10000 if self.yuan else 1)
        if v == 0:
            return self.zero
        text = f"{abs(v):,.2f}".replace(",", self.sep)
        return self.minus + text if v < 0 else text


def rows_of(fund=None):
    """(code, name, 人员经费, 公用经费, 项目支出, 上缴上级支出, 对附属单位补助支出) of every 类, 款 and 项 (of one fund, or
    of all) in code order."""
    out: dict[str, list] = {}
    for code, _n, pers, pub, proj, f, up, sub in ITEMS:
        if fund is not None and f != fund:
            continue
        for c in (code[:3], code[:5], code):
            acc = out.setdefault(c, [ZERO] * 5)
            for k, v in enumerate((pers, pub, proj, up, sub)):
                acc[k] += D(v)
    return [(c, NAMES[c], *out[c]) for c in sorted(out)]


def total(rows):
    leaves = [r for r in rows if len(r[0]) == 7]
    return tuple(sum((r[k] for r in leaves), ZERO) for k in range(2, 7))


def fiscal(row):
    """A 科目's 财政拨款收入: its fiscal spending, but the 政府性基金's (carry-over in, carry-over out)."""
    spent = sum(row[2:5])
    return spent - FUND_BEGIN + FUND_END if "2120803".startswith(row[0]) else spent  # (its 款 and 类 too)


_SET = SimpleNamespace(dept=DEPT)  # (heldout_nine.coded takes the 部门 line from a set's figures)


def coded(title, fmt, rows, heads, values, total_last=False):
    """A 功能分类 table: 科目编码 | 科目名称 | the figures. heads: [(word, sub words)] (heldout_nine's, codes joined)."""
    return heldout_nine.coded(_SET, title, fmt, rows, heads, values, total_last=total_last)


def t01(fmt, template="2025"):
    """2025: the foot's lines paired 本年收入合计 | 本年支出合计, 使用非财政拨款结余 | 结余分配, 年初 | 年末, 总计 | 总计."""
    everything = rows_of()
    gi = sum(fiscal(r) for r in rows_of("g") if len(r[0]) == 7)
    incomes = [("一、一般公共预算财政拨款收入", gi), ("二、政府性基金预算财政拨款收入", FUND_INCOME),
               ("三、国有资本经营预算财政拨款收入", STATE), ("四、上级补助收入", ZERO), ("五、事业收入", SHIYE),
               ("六、经营收入", ZERO), ("七、附属单位上缴收入", ZERO), ("八、其他收入", OTHER)]
    expenses = [(label, sum(r[2:7])) for label, r in class_rows(everything)]
    income_total = gi + FUND_INCOME + STATE + SHIYE + OTHER
    spent = sum(total(everything))
    rows = [["收入", "", "支出", ""], ["项目", "金额", "项目", "金额"]]
    for k in range(max(len(incomes), len(expenses))):
        a = incomes[k] if k < len(incomes) else ("", None)
        b = expenses[k] if k < len(expenses) else ("", None)
        rows.append([a[0], fmt(a[1]), b[0], fmt(b[1])])
    rows.append(["本年收入合计", fmt(income_total), "本年支出合计", fmt(spent)])
    if template == "2025":
        rows.append(["使用非财政拨款结余", fmt(ZERO), "结余分配", fmt(ZERO)])
    rows += [["年初结转和结余", fmt(FUND_BEGIN), "年末结转和结余", fmt(FUND_END)],
             ["总计", fmt(income_total + FUND_BEGIN), "总计", fmt(spent + FUND_END)]]
    return PrintedTable("收入支出决算总表", DEPT, fmt.unit, rows, 2, [(0, 0, 0, 1), (0, 2, 0, 3)])


def t02(fmt, **shape):
    heads = [(w, ()) for w in ("本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入",
                               "其他收入")]

    def values(r):
        if r is None:
            leaves = [x for x in rows_of() if len(x[0]) == 7]
            f, shiye, other = sum(fiscal(x) for x in leaves), SHIYE, OTHER
        else:
            f, shiye, other = fiscal(r), r[6], r[5]
        return [f + shiye + other, f, ZERO, shiye, ZERO, ZERO, other]
    return coded("收入决算表", fmt, rows_of(), heads, values, **shape)


def t03(fmt, **shape):
    heads = [(w, ()) for w in ("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")]

    def values(r):
        pers, pub, proj, up, sub = total(rows_of()) if r is None else r[2:7]
        return [pers + pub + proj + up + sub, pers + pub, proj, up, ZERO, sub]
    return coded("支出决算表", fmt, rows_of(), heads, values, **shape)


def t05(fmt, **shape):
    g = rows_of("g")
    heads = [("合计", ()), ("基本支出", ()), ("项目支出", ())]

    def values(r):
        pers, pub, proj = (total(g) if r is None else r[2:7])[:3]
        return [pers + pub + proj, pers + pub, proj]
    return coded("一般公共预算财政拨款支出决算表", fmt, g, heads, values, **shape)


def _economic(items):
    out, sums = [], {}
    for code, _name, v in items:
        if v is not None:
            sums[code[:3]] = sums.get(code[:3], ZERO) + D(v)
    for code, name, v in items:
        out.append((code, name, sums[code] if v is None else D(v)))
    return out, sum(sums.values(), ZERO)


def t06(fmt, layout="two"):
    """two: 人员经费 | 公用经费 blocks side by side in one table, their 合计 on the last row; halves: two tables (each a
    PrintedTable: the caller prints them side by side), 人员经费合计 / 公用经费合计 on each one's first body row."""
    pers, pt = _economic(PERSONNEL)
    pub, ut = _economic(PUBLIC)
    title = "一般公共预算财政拨款基本支出决算表"
    if layout == "halves":
        halves = []
        for word, part, whole in (("人员经费", pers, pt), ("公用经费", pub, ut)):
            rows = [["科目编码", "科目名称", "决算数"], [f"{word}合计", "", fmt(whole)]]
            rows += [[code, name, fmt(v)] for code, name, v in part]
            halves.append(PrintedTable(title, DEPT, fmt.unit, rows, 1, [(1, 0, 1, 1)]))
        return halves
    n = max(len(pers), len(pub))
    rows = [["人员经费", "", "", "公用经费", "", ""], ["科目编码", "科目名称", "决算数"] * 2]
    for k in range(n):
        row = []
        for b in (pers, pub):
            row += [b[k][0], b[k][1], fmt(b[k][2])] if k < len(b) else ["", "", ""]
        rows.append(row)
    rows.append(["人员经费合计", "", fmt(pt), "公用经费合计", "", fmt(ut)])
    r = len(rows) - 1
    return PrintedTable(title, DEPT, fmt.unit, rows, 2, [(0, 0, 0, 2), (0, 3, 0, 5), (r, 0, r, 1), (r, 3, r, 4)])


def t07(fmt, layout="pairs"):
    """pairs: each item's 预算数 | 决算数 side by side under it (three header rows); rows: the items as rows."""
    title = "一般公共预算财政拨款“三公”经费支出决算表"
    b, f = SANGONG["budget"], SANGONG["final"]
    if layout == "rows":
        names = ["合计", "1.因公出国（境）费", "2.公务用车购置及运行维护费", "（1）公务用车购置费", "（2）公务用车运行维护费",
                 "3.公务接待费"]
        rows = [["项目", "预算数", "决算数"]] + [[n, fmt(b[k]), fmt(f[k])] for k, n in enumerate(names)]
        return PrintedTable(title, DEPT, fmt.unit, rows, 1)
    top = ["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""]
    mid = ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""]
    low = ["预算数", "决算数"] * 6
    body = []
    for k in range(6):
        body += [fmt(b[k]), fmt(f[k])]
    merges = [(0, 0, 1, 1), (0, 2, 1, 3), (0, 4, 0, 9), (1, 4, 1, 5), (1, 6, 1, 7), (1, 8, 1, 9), (0, 10, 1, 11)]
    return PrintedTable(title, DEPT, fmt.unit, [top, mid, low, body], 3, merges)


def _fund(title, fmt, rows, begin, income_, end):
    """08/09: 本年支出 over 小计 | 基本支出 | 项目支出."""
    heads = [("年初结转和结余", ()), ("本年收入", ()), ("本年支出", ("小计", "基本支出", "项目支出")),
             ("年末结转和结余", ())]

    def values(r):
        if r is None:
            leaves = [x for x in rows if len(x[0]) == 7]
            b = sum((x[2] + x[3] for x in leaves), ZERO)
            p = sum((x[4] for x in leaves), ZERO)
        else:
            b, p = r[2] + r[3], r[4]
        return [begin, income_, b + p, b, p, end]
    return coded(title, fmt, rows, heads, values)


def t08(fmt):
    return _fund("政府性基金预算财政拨款收入支出决算表", fmt, rows_of("f"), FUND_BEGIN, FUND_INCOME, FUND_END)


def t09(fmt):
    return _fund("国有资本经营预算财政拨款收入支出决算表", fmt, rows_of("c"), ZERO, STATE, ZERO)


def t04(fmt, layout="std"):
    """std: 合计 | one column per fund; split: 合计 | each fund's 小计 | 基本支出 | 项目支出 (the 2025 template)."""
    funds = [rows_of("g"), rows_of("f"), rows_of("c")]
    sums = [total(x) for x in funds]  # (人员, 公用, 项目, 上缴, 附属) of each fund
    parts = [(s[0] + s[1], s[2]) for s in sums]  # (基本, 项目) of each fund
    begin, end = [ZERO, FUND_BEGIN, ZERO], [ZERO, FUND_END, ZERO]
    split = layout == "split"
    names = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
    if split:
        top = ["收入", "", "支出"] + [""] * 10
        mid = ["项目", "金额", "项目", "合计"] + sum(([n, "", ""] for n in names), [])
        low = ["", "", "", ""] + ["小计", "基本支出", "项目支出"] * 3
        head = [top, mid, low]
        merges = [(0, 0, 0, 1), (0, 2, 0, 12), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3),
                  (1, 4, 1, 6), (1, 7, 1, 9), (1, 10, 1, 12)]
    else:
        head = [["收入", "", "支出", "", "", "", ""], ["项目", "金额", "项目", "合计", *names]]
        merges = [(0, 0, 0, 1), (0, 2, 0, 6)]

    def cells(per_fund):
        """per_fund: (基本, 项目) of each fund → the figure cells after 合计."""
        out = []
        for b, p in per_fund:
            out += [fmt(b + p), fmt(b), fmt(p)] if split else [fmt(b + p)]
        return [fmt(sum(b + p for b, p in per_fund))] + out

    by_class: dict[str, list] = {}
    for k, rows in enumerate(funds):
        for r in rows:
            if len(r[0]) == 3:
                by_class.setdefault(r[0], [(ZERO, ZERO)] * 3)[k] = (r[2] + r[3], r[4])
    incomes = [("一、一般公共预算财政拨款", sum(sum(s[:3]) for s in sums[:1])), ("二、政府性基金预算财政拨款", FUND_INCOME),
               ("三、国有资本经营预算财政拨款", STATE)]
    classes = sorted(by_class)
    width = len(head[-1])
    rows = [list(r) for r in head]
    for k in range(max(len(incomes), len(classes))):
        a = incomes[k] if k < len(incomes) else ("", None)
        b = [f"{CN[k]}、{NAMES[classes[k]]}", *cells(by_class[classes[k]])] if k < len(classes) else \
            [""] * (width - 2)
        rows.append([a[0], fmt(a[1])] + b)
    income_total = incomes[0][1] + FUND_INCOME + STATE
    rows.append(["本年收入合计", fmt(income_total), "本年支出合计", *cells(parts)])
    ends = [(ZERO, e) for e in end]  # (a carry-over is project money)
    rows.append(["年初财政拨款结转和结余", fmt(sum(begin)), "年末财政拨款结转和结余", *cells(ends)])
    rows += [[n, fmt(v)] + [""] * (width - 2) for n, v in zip(names, begin)]
    rows.append(["总计", fmt(income_total + sum(begin)), "总计",
                 *cells([(b, p + e) for (b, p), e in zip(parts, end)])])
    return PrintedTable("财政拨款收入支出决算总表", DEPT, fmt.unit, rows, len(head), merges)


def nine(fmt, l01="2025", l04="std", l06="two", l07="pairs", total_last=False):
    """The nine tables, in their order (公开01表 … 公开09表); 06 'halves' is a pair of tables (printed side by side)."""
    shape = dict(total_last=total_last)
    return [t01(fmt, l01), t02(fmt, **shape), t03(fmt, **shape), t04(fmt, l04), t05(fmt, **shape), t06(fmt, l06),
            t07(fmt, l07), t08(fmt), t09(fmt)]
