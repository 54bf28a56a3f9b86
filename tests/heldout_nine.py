"""The nine 决算 tables in the column layouts the held-out batches print (tests/heldout24_tables.py, heldout25_tables.py
and heldout26_book.py pass their own figures in: session 27, before each was a copy of this printer reading its own
module's globals). `Figures`: a department's 项 (code, name, 人员经费, 公用经费, 项目支出, fund 'g'/'f'/'c'), the 类/款
names, the 政府性基金 carry-over (its 类 `fund_class`), the 国有资本经营 amount, 06's and 07's lines; an empty 09 prints
`empty_note` under it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pdf_writer import PrintedTable

D = Decimal
ZERO = D(0)
CN = "一二三四五六七八九十"


@dataclass(frozen=True)
class Figures:
    dept: str  # the 部门 line ('编制单位：…　　　　2024年度')
    department: str
    items: list
    names: dict
    fund_begin: Decimal
    fund_income: Decimal
    fund_end: Decimal
    personnel: list
    public: list
    sangong: dict
    state: Decimal = ZERO  # 国有资本经营: received and spent
    fund_class: str = "229"  # the 类 of the 政府性基金 项 (its 本年收入 is its spending less the carry-over)
    empty_note: str = ""


class Fmt:
    """Figures as a print shows them: 万元 with two decimals, or 元 (× 10000) with thousands separators; a zero as
    `zero` ('0.00', '-', '—' or '' for blank)."""

    def __init__(self, yuan=False, zero="0.00", sep=","):
        self.yuan, self.zero, self.sep = yuan, zero, sep
        self.unit = "单位：元" if yuan else "单位：万元"

    def __call__(self, v):
        if v is None:
            return ""
        v = D(v) * (10000 if self.yuan else 1)
        if v == 0:
            return self.zero
        return f"{v:,.2f}".replace(",", self.sep)  # (sep ' ': GB/T 15835's thin gaps, as a space)


def rows_of(fig, fund=None):
    """(code, name, 人员经费, 公用经费, 项目支出) of every 类, 款 and 项 (of one fund, or of all) in code order."""
    out: dict[str, list] = {}
    for code, _n, pers, pub, proj, f in fig.items:
        if fund is not None and f != fund:
            continue
        for c in (code[:3], code[:5], code):
            acc = out.setdefault(c, [ZERO, ZERO, ZERO])
            for k, v in enumerate((pers, pub, proj)):
                acc[k] += D(v)
    return [(c, fig.names[c], *out[c]) for c in sorted(out)]


def total(rows):
    leaves = [r for r in rows if len(r[0]) == 7]
    return tuple(sum((r[k] for r in leaves), ZERO) for k in (2, 3, 4))


def income(fig, row):
    """A 科目's 本年收入: its spending, but the 政府性基金 item's (carry-over in, carry-over out)."""
    pers, pub, proj = row[2:5]
    spent = pers + pub + proj
    return spent - fig.fund_begin + fig.fund_end if row[0].startswith(fig.fund_class) else spent


def code_cells(code, codes):
    if codes == "three":
        return [code[:3], code[3:5], code[5:7]]
    if codes == "spaced":
        return [" ".join(p for p in (code[:3], code[3:5], code[5:7]) if p)]
    return [code]


def coded(fig, title, fmt, rows, heads, values, codes="joined", total_last=False, lineno=False):
    """A 功能分类 table: 科目编码 (joined, 'spaced' as '211 01 01', or 'three' columns 类 | 款 | 项) | 科目名称 | the
    figures. heads: [(word, sub words)], each word over its sub words (() for none); values(row or None for 合计) →
    one amount a leaf column. total_last: the 合计 row under the others; lineno: a 栏次 row (1, 2, …) under the
    header."""
    ncode = 3 if codes == "three" else 1
    two = codes == "three" or any(subs for _w, subs in heads)
    top = ["科目编码", "", ""][:ncode] + ["科目名称"]
    low = ["类", "款", "项"] if ncode == 3 else [""]
    low += [""]
    merges = [(0, 0, 0, 2)] if ncode == 3 else ([(0, 0, 1, 0)] if two else [])
    if two:
        merges.append((0, ncode, 1, ncode))
    c = ncode + 1
    for word, subs in heads:
        if subs:
            top += [word] + [""] * (len(subs) - 1)
            low += list(subs)
            merges.append((0, c, 0, c + len(subs) - 1))
        else:
            top.append(word)
            low.append("")
            if two:
                merges.append((0, c, 1, c))
        c += len(subs) or 1
    out = [top, low] if two else [top]
    if lineno:
        out.append(["栏次"] + [""] * ncode + [str(k) for k in range(1, len(top) - ncode)])
        merges.append((len(out) - 1, 0, len(out) - 1, ncode))
    head = len(out)
    body = [code_cells(r[0], codes) + [r[1]] + [fmt(v) for v in values(r)] for r in rows]
    at = head + len(body) if total_last else head
    body.insert(at - head, ["合计"] + [""] * ncode + [fmt(v) for v in values(None)])
    merges.append((at, 0, at, ncode))
    return PrintedTable(title, fig.dept, fmt.unit, out + body, head, merges)


# ----------------------------------------------------------------------------- the nine tables
def class_rows(rows):
    return [(f"{CN[k]}、{r[1]}", r) for k, r in enumerate(r for r in rows if len(r[0]) == 3)]


def t01(fig, fmt):
    g = rows_of(fig, "g")
    gi = sum(total(g))
    fi = fig.fund_income
    spent = sum(total(rows_of(fig)))
    incomes = [("一、一般公共预算财政拨款收入", gi), ("二、政府性基金预算财政拨款收入", fi),
               ("三、国有资本经营预算财政拨款收入", fig.state), ("四、上级补助收入", ZERO), ("五、事业收入", ZERO),
               ("六、经营收入", ZERO), ("七、附属单位上缴收入", ZERO), ("八、其他收入", ZERO)]
    expenses = [(label, sum(r[2:5])) for label, r in class_rows(rows_of(fig))]
    rows = [["收入", "", "支出", ""], ["项目", "金额", "项目", "金额"]]
    for k in range(max(len(incomes), len(expenses))):
        a = incomes[k] if k < len(incomes) else ("", None)
        b = expenses[k] if k < len(expenses) else ("", None)
        rows.append([a[0], fmt(a[1]), b[0], fmt(b[1])])
    rows += [["本年收入合计", fmt(gi + fi + fig.state), "本年支出合计", fmt(spent)],
             ["年初结转和结余", fmt(fig.fund_begin), "年末结转和结余", fmt(fig.fund_end)],
             ["总计", fmt(gi + fi + fig.state + fig.fund_begin), "总计", fmt(spent + fig.fund_end)]]
    return PrintedTable("收入支出决算总表", fig.dept, fmt.unit, rows, 2, [(0, 0, 0, 1), (0, 2, 0, 3)])


def t02(fig, fmt, codes="joined", **shape):
    heads = [(w, ()) for w in ("本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入",
                               "其他收入")]

    def values(r):
        t = sum(income(fig, x) for x in rows_of(fig) if len(x[0]) == 7) if r is None else income(fig, r)
        return [t, t, ZERO, ZERO, ZERO, ZERO, ZERO]
    return coded(fig, "收入决算表", fmt, rows_of(fig), heads, values, codes, **shape)


def t03(fig, fmt, codes="joined", split=False, **shape):
    basic = ("基本支出", ("人员经费", "公用经费") if split else ())
    heads = [("本年支出合计", ()), basic] + [(w, ()) for w in ("项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")]

    def values(r):
        pers, pub, proj = total(rows_of(fig)) if r is None else r[2:5]
        return [pers + pub + proj, *((pers, pub) if split else (pers + pub,)), proj, ZERO, ZERO, ZERO]
    return coded(fig, "支出决算表", fmt, rows_of(fig), heads, values, codes, **shape)


T05 = {  # 05's column layouts: (heads, the leaf columns' figures from 人员, 公用, 项目)
    "std": ([("合计", ()), ("基本支出", ()), ("项目支出", ())],
            lambda a, b, p: [a + b + p, a + b, p]),
    "last": ([("基本支出", ()), ("项目支出", ()), ("合计", ())],  # 合计 printed last
             lambda a, b, p: [a + b, p, a + b + p]),
    "split": ([("合计", ()), ("基本支出", ("人员经费", "公用经费")), ("项目支出", ())],
              lambda a, b, p: [a + b + p, a, b, p]),
    "split3": ([("合计", ()), ("基本支出", ("小计", "人员经费", "公用经费")), ("项目支出", ())],
               lambda a, b, p: [a + b + p, a + b, a, b, p]),
    "split-last": ([("基本支出", ("人员经费", "公用经费")), ("项目支出", ()), ("合计", ())],
                   lambda a, b, p: [a, b, p, a + b + p]),
}


def t05(fig, fmt, layout="std", codes="joined", **shape):
    heads, figures = T05[layout]
    g = rows_of(fig, "g")

    def values(r):
        return figures(*(total(g) if r is None else r[2:5]))
    return coded(fig, "一般公共预算财政拨款支出决算表", fmt, g, heads, values, codes, **shape)


def _economic(items):
    out, sums = [], {}
    for code, _name, v in items:
        if v is not None:
            sums[code[:3]] = sums.get(code[:3], ZERO) + D(v)
    for code, name, v in items:
        out.append((code, name, sums[code] if v is None else D(v)))
    return out, sum(sums.values(), ZERO)


def t06(fig, fmt, layout="two"):
    """two: 人员经费 | 公用经费 blocks side by side; three: 人员经费 | 公用经费 over two blocks (the central template's
    nine columns); block / block-last: 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费 (合计 last in block-last)."""
    pers, pt = _economic(fig.personnel)
    pub, ut = _economic(fig.public)
    title = "一般公共预算财政拨款基本支出决算表"
    if layout in ("block", "block-last"):
        last = layout == "block-last"
        heads = ["人员经费", "公用经费", "合计"] if last else ["合计", "人员经费", "公用经费"]
        rows = [["科目编码", "科目名称", *heads]]

        def line(a, b):  # (None: the other part's column, blank)
            whole = (a or ZERO) + (b or ZERO)
            return [fmt(a), fmt(b), fmt(whole)] if last else [fmt(whole), fmt(a), fmt(b)]
        rows.append(["合计", "", *line(pt, ut)])
        rows += [[code, name, *line(v, None)] for code, name, v in pers]
        rows += [[code, name, *line(None, v)] for code, name, v in pub]
        return PrintedTable(title, fig.dept, fmt.unit, rows, 1, [(1, 0, 1, 1)])
    blocks = [pers, pub] if layout == "two" else [pers, pub[:len(pub) // 2 + 1], pub[len(pub) // 2 + 1:]]
    n = max(len(b) for b in blocks)
    rows = [["人员经费", "", ""] + ["公用经费"] + [""] * (3 * len(blocks) - 4),
            ["科目编码", "科目名称", "决算数"] * len(blocks)]
    for k in range(n):
        row = []
        for b in blocks:
            row += [b[k][0], b[k][1], fmt(b[k][2])] if k < len(b) else ["", "", ""]
        rows.append(row)
    last = ["人员经费合计", "", fmt(pt), "公用经费合计"] + [""] * (3 * len(blocks) - 5) + [fmt(ut)]
    rows.append(last)
    r = len(rows) - 1
    w = 3 * len(blocks)
    return PrintedTable(title, fig.dept, fmt.unit, rows, 2,
                        [(0, 0, 0, 2), (0, 3, 0, w - 1), (r, 0, r, 1), (r, 3, r, w - 2)])


def t07(fig, fmt, layout="twelve"):
    title = "一般公共预算财政拨款“三公”经费支出决算表"
    if layout == "rows":  # the items as rows, 预算数 | 决算数
        names = ["合计", "1.因公出国（境）费", "2.公务用车购置及运行维护费", "（1）公务用车购置费", "（2）公务用车运行维护费",
                 "3.公务接待费"]
        rows = [["项目", "预算数", "决算数"]]
        for k, name in enumerate(names):
            rows.append([name, fmt(fig.sangong["budget"][k]), fmt(fig.sangong["final"][k])])
        return PrintedTable(title, fig.dept, fmt.unit, rows, 1)
    heads = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"]
    subs = ["", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]
    rows = [["预算数"] + [""] * 5 + ["决算数"] + [""] * 5, heads + heads, subs + subs,
            [fmt(v) for v in fig.sangong["budget"]] + [fmt(v) for v in fig.sangong["final"]]]
    merges = [(0, 0, 0, 5), (0, 6, 0, 11), (1, 2, 1, 4), (1, 8, 1, 10)]
    merges += [(1, c, 2, c) for c in (0, 1, 5, 6, 7, 11)]
    return PrintedTable(title, fig.dept, fmt.unit, rows, 3, merges)


def _fund(fig, title, fmt, rows, begin, income_, end, layout, notes=()):
    """08/09: split (本年支出 over 小计 | 基本支出 | 项目支出), plain (本年支出 one column) or short (年初结转 | 本年收入 |
    本年支出 | 年末结转)."""
    words = ("年初结转", "本年收入", "本年支出", "年末结转") if layout == "short" else \
        ("年初结转和结余", "本年收入", "本年支出", "年末结转和结余")
    split = layout == "split"
    heads = [(words[0], ()), (words[1], ()), (words[2], ("小计", "基本支出", "项目支出") if split else ()),
             (words[3], ())]

    def values(r):
        if r is None:
            leaves = [x for x in rows if len(x[0]) == 7]
            b = sum((x[2] + x[3] for x in leaves), ZERO)
            p = sum((x[4] for x in leaves), ZERO)
            bg, inc, en = begin, income_, end
        else:
            b, p = r[2] + r[3], r[4]
            bg, inc, en = begin if rows else ZERO, income_, end
        return [bg, inc, *((b + p, b, p) if split else (b + p,)), en]
    t = coded(fig, title, fmt, rows, heads, values)
    t.notes = list(notes)
    return t


def t08(fig, fmt, layout="split"):
    return _fund(fig, "政府性基金预算财政拨款收入支出决算表", fmt, rows_of(fig, "f"), fig.fund_begin, fig.fund_income,
                 fig.fund_end, layout)


def t09(fig, fmt, layout="split"):
    rows = rows_of(fig, "c")
    return _fund(fig, "国有资本经营预算财政拨款收入支出决算表", fmt, rows, ZERO, fig.state, ZERO, layout,
                 notes=[fig.empty_note] if not rows and fig.empty_note else ())


def t04(fig, fmt, begin_parts=True):
    """begin_parts: 年初财政拨款结转和结余 followed by its three funds' rows (the template's), else alone."""
    g, f, c = rows_of(fig, "g"), rows_of(fig, "f"), rows_of(fig, "c")
    gs, fs, cs = sum(total(g)), sum(total(f)), sum(total(c))
    by_class = {r[0]: (sum(r[2:5]), ZERO, ZERO) for r in g if len(r[0]) == 3}
    by_class.update({r[0]: (ZERO, sum(r[2:5]), ZERO) for r in f if len(r[0]) == 3})
    by_class.update({r[0]: (ZERO, ZERO, sum(r[2:5])) for r in c if len(r[0]) == 3})
    rows = [["收入", "", "支出", "", "", "", ""],
            ["项目", "金额", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]]
    incomes = [("一、一般公共预算财政拨款", gs), ("二、政府性基金预算财政拨款", fig.fund_income),
               ("三、国有资本经营预算财政拨款", fig.state)]
    classes = sorted(by_class)
    for k in range(max(len(incomes), len(classes))):
        a = incomes[k] if k < len(incomes) else ("", None)
        if k < len(classes):
            gg, ff, cc = by_class[classes[k]]
            b = [f"{CN[k]}、{fig.names[classes[k]]}", fmt(gg + ff + cc), fmt(gg), fmt(ff), fmt(cc)]
        else:
            b = ["", "", "", "", ""]
        rows.append([a[0], fmt(a[1])] + b)
    rows += [["本年收入合计", fmt(gs + fig.fund_income + fig.state), "本年支出合计", fmt(gs + fs + cs), fmt(gs), fmt(fs), fmt(cs)],
             ["年初财政拨款结转和结余", fmt(fig.fund_begin), "年末财政拨款结转和结余", fmt(fig.fund_end), fmt(ZERO), fmt(fig.fund_end),
              fmt(ZERO)]]
    if begin_parts:
        rows += [[name, fmt(v), "", "", "", "", ""] for name, v in (
            ("一般公共预算财政拨款", ZERO), ("政府性基金预算财政拨款", fig.fund_begin), ("国有资本经营预算财政拨款", ZERO))]
    rows += [["总计", fmt(gs + fig.fund_income + fig.state + fig.fund_begin), "总计", fmt(gs + fs + cs + fig.fund_end),
              fmt(gs), fmt(fs + fig.fund_end), fmt(cs)]]
    return PrintedTable("财政拨款收入支出决算总表", fig.dept, fmt.unit, rows, 2, [(0, 0, 0, 1), (0, 2, 0, 6)])


def nine(fig, fmt, codes="joined", split03=False, l05="std", l06="two", l07="twelve", fund="split", begin_parts=True,
         lineno=False, total_last=False):
    """The nine tables, in their order (公开01表 … 公开09表); l05/l06/l07: 05's, 06's and 07's layouts; lineno: 行次
    columns in 01/04 and a 栏次 row in 02/03/05; total_last: 02/03/05's 合计 row at their foot."""
    shape = dict(lineno=lineno, total_last=total_last)
    f = fmt if isinstance(fmt, list) else [fmt] * 9  # (a format per table: 单位 万元 on some, 元 on others)
    return [lines(t01(fig, f[0])) if lineno else t01(fig, f[0]), t02(fig, f[1], codes, **shape),
            t03(fig, f[2], codes, split03, **shape),
            lines(t04(fig, f[3], begin_parts)) if lineno else t04(fig, f[3], begin_parts),
            t05(fig, f[4], l05, codes, **shape), t06(fig, f[5], l06), t07(fig, f[6], l07), t08(fig, f[7], fund),
            t09(fig, f[8], fund)]


def lines(t):
    """01/04 with a 行次 column after each side's 项目 (the central template's), the rows numbered down the left
    side and on down the right."""
    rows = [list(r) for r in t.rows]
    cut = rows[0].index("支出")
    n = len(rows) - t.head
    for i, r in enumerate(rows):
        k = i - t.head + 1
        left = "行次" if i == t.head - 1 else (str(k) if i >= t.head and r[0] else "")
        right = "行次" if i == t.head - 1 else (str(n + k) if i >= t.head and r[cut] else "")
        rows[i] = r[:1] + [left] + r[1:cut + 1] + [right] + r[cut + 1:]
    merges = [(0, 0, 0, cut), (0, cut + 1, 0, len(rows[0]) - 1)]
    return PrintedTable(t.title, t.dept, t.unit, rows, t.head, merges)
