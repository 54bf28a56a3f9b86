"""Build small disclosure workbooks for tests with openpyxl.

`spec()` is a complete, internally consistent disclosure of the nine tables (万元, two decimals, every
identity exact), small enough to read at a glance and rich enough to trigger every rule: all three
funds, 事业收入 and 其他收入, 06 rows 30212/30217/30231/31013 and a 09 table with data. A test takes a
fresh spec(), changes one figure (put), builds a workbook and checks that the expected rule fires at the
expected cell. `build(spec, **layout)` writes the tables in one of several layouts (one per sheet or stacked,
shifted, split 类/款/项 codes, 行次/栏次, numbers as text, 元 instead of 万元 …); the clean spec must give
no finding in any of them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

MONEY = "#,##0.00"
DEPT = "某市测试局"

NAMES = {
    "201": "一般公共服务支出", "20101": "人大事务", "2010101": "行政运行", "2010102": "一般行政管理事务",
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出",
    "2120899": "其他国有土地使用权出让收入安排的支出",
    "223": "国有资本经营预算支出", "22301": "解决历史遗留问题及改革成本支出",
    "2230199": "其他解决历史遗留问题及改革成本支出",
}
CAT_NAMES = {"201": "一般公共服务支出", "208": "社会保障和就业支出", "212": "城乡社区支出", "223": "国有资本经营预算支出"}
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

# Column headers of the coded tables: a header, or (group, [headers under it]) over two header rows.
HEADS = {
    "02": ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
    "03": ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    "05": ["合计", "基本支出", "项目支出"],
    "08": ["年初结转和结余", "本年收入", ("本年支出", ["合计", "基本支出", "项目支出"]), "年末结转和结余"],
}
HEADS["09"] = HEADS["08"]
KEYS = {
    "02": ["total", "fiscal", "upper", "business", "operating", "affiliated", "other"],
    "03": ["total", "basic", "project", "upper_remit", "operating", "affiliate_subsidy"],
    "05": ["total", "basic", "project"],
    "08": ["begin", "income", "expense", "basic", "project", "end"],
}
KEYS["09"] = KEYS["08"]
TITLES = {
    "01": "收入支出决算总表",
    "02": "收入决算表",
    "03": "支出决算表",
    "04": "财政拨款收入支出决算总表",
    "05": "一般公共预算财政拨款支出决算表",
    "06": "一般公共预算财政拨款基本支出决算表",
    "07": "一般公共预算财政拨款“三公”经费支出决算表",
    "08": "政府性基金预算财政拨款收入支出决算表",
    "09": "国有资本经营预算财政拨款收入支出决算表",
}
INCOME_01 = [
    ("一、一般公共预算财政拨款收入", "income.general"), ("二、政府性基金预算财政拨款收入", "income.gov_fund"),
    ("三、国有资本经营预算财政拨款收入", "income.state_capital"), ("四、上级补助收入", "income.upper"),
    ("五、事业收入", "income.business"), ("六、经营收入", "income.operating"),
    ("七、附属单位上缴收入", "income.affiliated"), ("八、其他收入", "income.other"),
]
INCOME_04 = [
    ("一、一般公共预算财政拨款", "income.general"), ("二、政府性基金预算财政拨款", "income.gov_fund"),
    ("三、国有资本经营预算财政拨款", "income.state_capital"),
]
FUNDS_04 = [("一般公共预算财政拨款", "general"), ("政府性基金预算财政拨款", "gov_fund"),
            ("国有资本经营预算财政拨款", "state_capital")]
SG_HEADS = [("合计", "total"), ("因公出国（境）费", "abroad"), ("小计", "car_total"), ("公务用车购置费", "car_purchase"),
            ("公务用车运行维护费", "car_run"), ("公务接待费", "reception")]


def spec() -> dict:
    """The nine tables of a small consistent disclosure. Values in 万元; None is a blank cell."""
    n = None
    return {
        "01": {
            "income.general": 130, "income.gov_fund": 30, "income.state_capital": 10, "income.upper": n,
            "income.business": 20, "income.operating": n, "income.affiliated": n, "income.other": 5,
            "income_total": 195, "fund_cover": n, "begin_balance": 13, "income_grand_total": 208,
            "cats": {"201": 105, "208": 50, "212": 28, "223": 9},
            "expense_total": 192, "distribution": n, "end_balance": 16, "expense_grand_total": 208,
        },
        "02": {  # 本年收入合计 财政拨款 上级补助 事业 经营 附属 其他
            "total": [195, 170, n, 20, n, n, 5],
            "201": [105, 80, n, 20, n, n, 5], "20101": [105, 80, n, 20, n, n, 5],
            "2010101": [90, 70, n, 15, n, n, 5], "2010102": [15, 10, n, 5, n, n, n],
            "208": [50, 50, n, n, n, n, n], "20805": [50, 50, n, n, n, n, n], "2080505": [50, 50, n, n, n, n, n],
            "212": [30, 30, n, n, n, n, n], "21208": [30, 30, n, n, n, n, n], "2120899": [30, 30, n, n, n, n, n],
            "223": [10, 10, n, n, n, n, n], "22301": [10, 10, n, n, n, n, n], "2230199": [10, 10, n, n, n, n, n],
        },
        "03": {  # 本年支出合计 基本 项目 上缴上级 经营 对附属单位补助
            "total": [192, 140, 52, n, n, n],
            "201": [105, 90, 15, n, n, n], "20101": [105, 90, 15, n, n, n],
            "2010101": [90, 90, n, n, n, n], "2010102": [15, n, 15, n, n, n],
            "208": [50, 50, n, n, n, n], "20805": [50, 50, n, n, n, n], "2080505": [50, 50, n, n, n, n],
            "212": [28, n, 28, n, n, n], "21208": [28, n, 28, n, n, n], "2120899": [28, n, 28, n, n, n],
            "223": [9, n, 9, n, n, n], "22301": [9, n, 9, n, n, n], "2230199": [9, n, 9, n, n, n],
        },
        "04": {
            "income.general": 130, "income.gov_fund": 30, "income.state_capital": 10, "income_total": 170,
            "begin_total": 10, "begin.general": 6, "begin.gov_fund": 4, "begin.state_capital": n,
            "income_grand_total": 180,
            # 合计 一般公共预算 政府性基金 国有资本经营
            "cats": {"201": [80, 80, n, n], "208": [50, 50, n, n], "212": [28, n, 28, n], "223": [9, n, n, 9]},
            "expense_total": [167, 130, 28, 9],
            "end_total": 13, "end.general": 6, "end.gov_fund": 6, "end.state_capital": 1,
            "expense_grand_total": [180, 136, 34, 10],
        },
        "05": {  # 合计 基本 项目
            "total": [130, 120, 10],
            "201": [80, 70, 10], "20101": [80, 70, 10], "2010101": [70, 70, n], "2010102": [10, n, 10],
            "208": [50, 50, n], "20805": [50, 50, n], "2080505": [50, 50, n],
        },
        "06": {
            "personnel": [("301", "工资福利支出", 100), ("30101", "基本工资", 60), ("30102", "津贴补贴", 40),
                          ("303", "对个人和家庭的补助", 5), ("30305", "生活补助", 5)],
            "public": [("302", "商品和服务支出", 14), ("30201", "办公费", 8), ("30212", "因公出国（境）费用", 2),
                       ("30217", "公务接待费", 1), ("30231", "公务用车运行维护费", 3),
                       ("310", "资本性支出", 1), ("31013", "公务用车购置", 1)],
            "personnel_total": 105, "public_total": 15,
        },
        "07": {
            "budget": {"total": 11, "abroad": 3, "car_total": 6, "car_purchase": 2, "car_run": 4, "reception": 2},
            "final": {"total": 7, "abroad": 2, "car_total": 4, "car_purchase": 1, "car_run": 3, "reception": 1},
        },
        "08": {  # 年初 本年收入 支出合计 基本 项目 年末
            "total": [4, 30, 28, n, 28, 6],
            "212": [4, 30, 28, n, 28, 6], "21208": [4, 30, 28, n, 28, 6], "2120899": [4, 30, 28, n, 28, 6],
        },
        "09": {
            "total": [n, 10, 9, n, 9, 1],
            "223": [n, 10, 9, n, 9, 1], "22301": [n, 10, 9, n, 9, 1], "2230199": [n, 10, 9, n, 9, 1],
        },
        "notes": {},  # kind → note under the table
        "heads": {},  # kind → (headers, column keys) replacing HEADS[kind], KEYS[kind]
        "renames": {},  # kind → {code: name printed in that table instead of NAMES[code]}
        "depts": {},  # kind → department printed on that table
        "units": {},  # kind → 金额单位 printed on that table ("元" scales its figures)
        "years": {},  # kind → year printed on that table
    }


def copy_spec(s: dict) -> dict:
    """An independent copy of a spec (changing it leaves the original as it was)."""
    import copy

    return copy.deepcopy(s)


def empty(s: dict, kind: str, note: str | None = None) -> dict:
    """Make a coded table empty (keeping its header), optionally with a note under it."""
    s[kind] = {}
    if note:
        s["notes"][kind] = note
    return s


COLS04 = ["total", "general", "gov_fund", "state_capital"]


def put(s: dict, path: tuple, value) -> None:
    """Set one figure of a spec: ("01", "income_total"), ("02", "2010102", "total"), ("04", "cats", "201",
    "general"), ("06", "30212") …"""
    kind, *rest = path
    t = s[kind]
    if kind == "06" and rest[0] not in t:  # an 经济分类 code
        for side in ("personnel", "public"):
            t[side] = [(c, n, value if c == rest[0] else v) for c, n, v in t[side]]
        return
    for key in rest[:-1]:
        t = t[key]
    if isinstance(t, list):
        cols = COLS04 if kind == "04" else columns(s, kind)[1]
        t[cols.index(rest[-1])] = value
    else:
        t[rest[-1]] = value


class Writer:
    """Writes rows from a cursor: numbers as numeric cells with a number format (or as text)."""

    def __init__(self, ws, row: int = 1, col: int = 1, *, text_numbers: bool = False, scale: int = 1):
        self.ws, self.row, self.col0 = ws, row, col
        self.text_numbers, self.scale = text_numbers, scale

    def put(self, r: int, c: int, value):
        cell = self.ws.cell(row=r, column=self.col0 + c - 1)
        if value is None:
            return cell
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            number = Decimal(str(value)) * self.scale
            if self.text_numbers:
                cell.value = f"{number:,.2f}\u3000"
            else:
                cell.value = float(number)
                cell.number_format = MONEY
        else:
            cell.value = value
        return cell

    def line(self, values):
        for i, v in enumerate(values, start=1):
            self.put(self.row, i, v)
        self.row += 1

    def merge(self, r1, c1, r2, c2, value=None):
        if value is not None:
            cell = self.put(r1, c1, value)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.font = Font(bold=True)
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=self.col0 + c1 - 1, end_row=r2,
                                end_column=self.col0 + c2 - 1)

    def title(self, text, width, *, code=None, dept=DEPT, unit="万元", year=None):
        self.merge(self.row, 1, self.row, width - (1 if code else 0), text)
        if code:
            self.put(self.row, width, code)
        self.row += 1
        if year:
            self.merge(self.row, 1, self.row, width, year)
            self.row += 1
        self.put(self.row, 1, f"部门：{dept}")
        if unit:
            self.put(self.row, width, f"金额单位：{unit}")
        self.row += 1

    def note(self, text, width):
        if text:
            self.merge(self.row, 1, self.row, width, text)
            self.row += 1


def _numeral(i: int) -> str:
    return NUMERALS[i] if i < 10 else "十" + NUMERALS[i - 10]


class Layout:
    """How the tables are printed. Defaults: the 2024 上海 form (joined codes, no 行次, 合计 first)."""

    def __init__(self, *, split_codes=False, lineno=False, total_last=False, sanshi_stacked=False,
                 codes=True, titles=None, year="2024年度", blank_rows_in_header=0, numeric_codes=None,
                 sanshi_rows=False, basic_single=False):
        self.split_codes, self.lineno, self.total_last = split_codes, lineno, total_last
        self.sanshi_stacked, self.codes, self.titles = sanshi_stacked, codes, titles or {}
        self.year, self.blank_rows_in_header = year, blank_rows_in_header
        # 科目编码 (or each 类/款/项 part) stored as a number with this number format ("00", "General"), not text
        self.numeric_codes = numeric_codes
        # 07 as two rows labelled 预算数 / 决算数 under one header (项目 | 合计 | 因公出国（境）费 | …)
        self.sanshi_rows = sanshi_rows
        # 06 as one block: 科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费, a 合计 row first
        self.basic_single = basic_single


def write_table(w: Writer, s: dict, kind: str, lay: Layout) -> None:
    title = lay.titles.get(kind, TITLES[kind])
    opts = dict(code=f"公开{kind}表" if lay.codes else None, dept=s["depts"].get(kind, DEPT),
                unit=s["units"].get(kind, "万元"), year=s["years"].get(kind, lay.year))
    {"01": _t01, "04": _t04, "06": _t06, "07": _t07}.get(kind, _coded)(w, s, kind, title, opts, lay)


def _t01(w, s, kind, title, opts, lay):
    t = s["01"]
    ln = lay.lineno
    width = 6 if ln else 4
    w.title(title, width, **opts)
    half = width // 2
    w.merge(w.row, 1, w.row, half, "收入")
    w.merge(w.row, half + 1, w.row, width, "支出")
    w.row += 1
    w.line(["项目", "行次", "金额", "项目", "行次", "金额"] if ln else ["项目", "决算数", "项目", "决算数"])
    if ln:
        w.line(["栏次", None, 1, "栏次", None, 2])
    cats = list(t["cats"].items())
    n = max(len(INCOME_01), len(cats))
    rows = []
    for i in range(n):
        left = (INCOME_01[i][0], t.get(INCOME_01[i][1])) if i < len(INCOME_01) else (None, None)
        right = (f"{_numeral(i)}、{CAT_NAMES[cats[i][0]]}", cats[i][1]) if i < len(cats) else (None, None)
        rows.append(left + right)
    rows += [("本年收入合计", t["income_total"], "本年支出合计", t["expense_total"]),
             ("使用非财政拨款结余", t["fund_cover"], "结余分配", t["distribution"]),
             ("年初结转和结余", t["begin_balance"], "年末结转和结余", t["end_balance"]),
             ("总计", t["income_grand_total"], "总计", t["expense_grand_total"])]
    for i, (a, av, b, bv) in enumerate(rows, start=1):
        w.line([a, i, av, b, len(rows) + i, bv] if ln else [a, av, b, bv])
    w.note(s["notes"].get(kind), width)


def columns(s: dict, kind: str) -> tuple[list, list[str]]:
    """The headers a coded table is printed with and the column key of each figure."""
    return s["heads"].get(kind, (HEADS[kind], KEYS[kind]))


def _label_cols(lay):
    return 4 if lay.split_codes else 2


def _coded(w, s, kind, title, opts, lay):
    heads, rows = columns(s, kind)[0], s[kind]
    lc = _label_cols(lay)
    n = sum(len(h[1]) if isinstance(h, tuple) else 1 for h in heads)
    width = lc + n
    w.title(title, width, **opts)
    r = w.row
    w.merge(r, 1, r, lc, "项目")
    c = lc + 1
    for h in heads:
        if isinstance(h, tuple):
            group, subs = h
            w.merge(r, c, r, c + len(subs) - 1, group)
            for i, sub in enumerate(subs):
                w.put(r + 1, c + i, sub)
            c += len(subs)
        else:
            w.merge(r, c, r + 1, c, h)
            c += 1
    if lay.split_codes:
        w.put(r + 1, 1, "类")
        w.put(r + 1, 2, "款")
        w.put(r + 1, 3, "项")
        w.put(r + 1, 4, "科目名称")
    else:
        w.put(r + 1, 1, "科目编码")
        w.put(r + 1, 2, "科目名称")
    w.row += 2 + lay.blank_rows_in_header
    if lay.lineno:
        w.merge(w.row, 1, w.row, lc, "栏次")
        w.line([None] * lc + list(range(1, n + 1)))

    def total_line():
        w.merge(w.row, 1, w.row, lc, "合计")
        w.line([None] * lc + list(rows.get("total") or [None] * n))

    if not lay.total_last:
        total_line()
    for code in sorted(k for k in rows if k != "total"):
        name = s["renames"].get(kind, {}).get(code, NAMES.get(code, code))
        label = [code[:3], code[3:5] or None, code[5:7] or None, name] if lay.split_codes else [code, name]
        w.line(label + list(rows[code]))
        if lay.numeric_codes is not None:
            for i, part in enumerate(label[:-1]):
                if part:
                    cell = w.ws.cell(row=w.row - 1, column=w.col0 + i)
                    cell.value, cell.number_format = int(part), lay.numeric_codes
    if lay.total_last:
        total_line()
    w.note(s["notes"].get(kind), width)


def _t04(w, s, kind, title, opts, lay):
    t = s["04"]
    ln = lay.lineno
    lw = 3 if ln else 2
    width = lw + (2 if ln else 1) + 4
    w.title(title, width, **opts)
    w.merge(w.row, 1, w.row, lw, "收入")
    w.merge(w.row, lw + 1, w.row, width, "支出")
    w.row += 1
    fund_heads = ["合计"] + [f for f, _k in FUNDS_04]
    if ln:
        w.line(["项目", "行次", "金额", "项目", "行次"] + fund_heads)
        w.line(["栏次", None, 1, "栏次", None, 2, 3, 4, 5])
    else:
        w.line(["项目", "决算数", "项目"] + fund_heads)
    cats = list(t["cats"].items())
    rows = []
    for i in range(max(len(INCOME_04), len(cats))):
        left = [INCOME_04[i][0], t.get(INCOME_04[i][1])] if i < len(INCOME_04) else [None, None]
        right = [f"{_numeral(i)}、{CAT_NAMES[cats[i][0]]}"] + list(cats[i][1]) if i < len(cats) else [None] * 5
        rows.append(left + right)
    rows.append(["本年收入合计", t["income_total"], "本年支出合计"] + list(t["expense_total"]))
    rows.append(["年初财政拨款结转和结余", t["begin_total"], "年末财政拨款结转和结余", t["end_total"], None, None, None])
    for label, key in FUNDS_04:
        rows.append([label, t.get(f"begin.{key}"), label, t.get(f"end.{key}"), None, None, None])
    rows.append(["总计", t["income_grand_total"], "总计"] + list(t["expense_grand_total"]))
    for i, row in enumerate(rows, start=1):
        w.line([row[0], i, row[1], row[2], len(rows) + i] + row[3:] if ln else row)
    w.note(s["notes"].get(kind), width)


def _t06(w, s, kind, title, opts, lay):
    t = s["06"]
    if lay.basic_single:
        w.title(title, 5, **opts)
        w.line(["科目编码", "科目名称", "合计", "人员经费", "公用经费"])
        p, q = t["personnel_total"], t["public_total"]
        w.line([None, "合计", None if p is None and q is None else (p or 0) + (q or 0), p, q])
        rows = [(c, n, v, None) for c, n, v in t["personnel"]] + [(c, n, None, v) for c, n, v in t["public"]]
        for code, name, a, b in sorted(rows):
            w.line([code, name, a if a is not None else b, a, b])
        w.note(s["notes"].get(kind), 5)
        return
    w.title(title, 6, **opts)
    w.merge(w.row, 1, w.row, 3, "人员经费")
    w.merge(w.row, 4, w.row, 6, "公用经费")
    w.row += 1
    w.line(["科目编码", "科目名称", "决算数"] * 2)
    left, right = t["personnel"], t["public"]
    for i in range(max(len(left), len(right))):
        a = list(left[i]) if i < len(left) else [None] * 3
        b = list(right[i]) if i < len(right) else [None] * 3
        w.line(a + b)
    w.merge(w.row, 1, w.row, 2, "人员经费合计")
    w.merge(w.row, 4, w.row, 5, "公用经费合计")
    w.line([None, None, t["personnel_total"], None, None, t["public_total"]])
    w.note(s["notes"].get(kind), 6)


def _t07(w, s, kind, title, opts, lay):
    t = s["07"]
    if lay.sanshi_stacked:  # 2019 中央式: a 预算数 block, then a 决算数 block, each with 栏次
        w.title(title, 6, **opts)
        for period, band, start in (("budget", "预算数", 1), ("final", "决算数", 7)):
            w.merge(w.row, 1, w.row, 6, band)
            w.row += 1
            r = w.row
            w.merge(r, 1, r + 1, 1, "合计")
            w.merge(r, 2, r + 1, 2, "因公出国（境）费")
            w.merge(r, 3, r, 5, "公务用车购置及运行维护费")
            w.merge(r, 6, r + 1, 6, "公务接待费")
            w.put(r + 1, 3, "小计")
            w.put(r + 1, 4, "公务用车购置费")
            w.put(r + 1, 5, "公务用车运行维护费")
            w.row += 2
            w.line(list(range(start, start + 6)))
            w.line([t[period].get(k) for _h, k in SG_HEADS])
        w.note(s["notes"].get(kind), 6)
        return
    if lay.sanshi_rows:  # one header, a row of 预算数 and a row of 决算数 labelled in the 项目 column
        w.title(title, 7, **opts)
        r = w.row
        w.merge(r, 1, r + 1, 1, "项目")
        w.merge(r, 2, r + 1, 2, "合计")
        w.merge(r, 3, r + 1, 3, "因公出国（境）费")
        w.merge(r, 4, r, 6, "公务用车购置及运行维护费")
        w.put(r + 1, 4, "小计")
        w.put(r + 1, 5, "公务用车购置费")
        w.put(r + 1, 6, "公务用车运行维护费")
        w.merge(r, 7, r + 1, 7, "公务接待费")
        w.row += 2
        for period, label in (("budget", "预算数"), ("final", "决算数")):
            w.line([label] + [t[period].get(k) for _h, k in SG_HEADS])
        w.note(s["notes"].get(kind), 7)
        return
    w.title(title, 12, **opts)
    r = w.row
    w.merge(r, 1, r + 1, 2, "合计")
    w.merge(r, 3, r + 1, 4, "因公出国（境）费")
    w.merge(r, 5, r, 10, "公务用车购置及运行维护费")
    w.merge(r + 1, 5, r + 1, 6, "小计")
    w.merge(r + 1, 7, r + 1, 8, "公务用车购置费")
    w.merge(r + 1, 9, r + 1, 10, "公务用车运行维护费")
    w.merge(r, 11, r + 1, 12, "公务接待费")
    w.row += 2
    w.line(["预算数", "决算数"] * 6)
    values = []
    for _h, k in SG_HEADS:
        values += [t["budget"].get(k), t["final"].get(k)]
    w.line(values)
    w.note(s["notes"].get(kind), 12)


ORDER = ["01", "02", "03", "04", "05", "06", "07", "08", "09"]


def build(s: dict | None = None, *, kinds=ORDER, stack: bool = False, offset=(1, 1), gap: int = 2,
          text_numbers=(), layout: Layout | None = None, toc: bool = False) -> Workbook:
    """A workbook of the given tables: one a sheet (default) or all stacked on one sheet.

    offset shifts every table (row, col); gap is the number of blank rows between stacked tables;
    text_numbers lists tables whose figures are written as text ("2,940.05　").
    """
    s = s if s is not None else spec()
    lay = layout or Layout()
    wb = Workbook()
    wb.remove(wb.active)
    if toc:
        ws = wb.create_sheet("目录")
        ws.cell(row=1, column=1, value="目录")
        for i, kind in enumerate(kinds, start=2):
            ws.cell(row=i, column=1, value=f"公开{kind}表")
            ws.cell(row=i, column=2, value=lay.titles.get(kind, TITLES[kind]))
            ws.cell(row=i, column=3, value=i)
    writer = None
    for kind in kinds:
        if writer is None or not stack:
            ws = wb.create_sheet("决算公开表" if stack else f"公开{kind}表")
            writer = Writer(ws, row=offset[0], col=offset[1])
        else:
            writer.row += gap
        writer.text_numbers = kind in text_numbers
        writer.scale = 10000 if s["units"].get(kind) == "元" else 1
        write_table(writer, s, kind, lay)
    return wb


def save(wb: Workbook, folder: Path, name: str = "决算公开表.xlsx") -> Path:
    path = Path(folder) / name
    wb.save(path)
    return path


def expected_figures(s: dict) -> dict[tuple[str, str, str], Decimal]:
    """(table, row key, column key) → value in 万元 of every non-blank figure the spec prints."""
    out: dict[tuple[str, str, str], Decimal] = {}

    def add(kind, row, col, value):
        if value is not None:
            out[(kind, row, col)] = Decimal(str(value)).quantize(Decimal("0.01"))

    t = s["01"]
    for key, value in t.items():
        if key == "cats":
            for code, v in value.items():
                add("01", code, "amount", v)
        else:
            add("01", key, "amount", value)
    for kind in ("02", "03", "05", "08", "09"):
        for row, values in s[kind].items():
            for col, v in zip(columns(s, kind)[1], values):
                add(kind, row, col, v)
    t = s["04"]
    cols = ["total", "general", "gov_fund", "state_capital"]
    for key, value in t.items():
        if key == "cats":
            for code, values in value.items():
                for col, v in zip(cols, values):
                    add("04", code, col, v)
        elif key in ("expense_total", "expense_grand_total"):
            for col, v in zip(cols, value):
                add("04", key, col, v)
        elif key == "end_total":
            add("04", key, "total", value)
        elif key.startswith("end."):
            add("04", key, "total", value)
            add("04", "end_total", key.split(".", 1)[1], value)
        else:
            add("04", key, "amount", value)
    t = s["06"]
    for code, _name, v in t["personnel"] + t["public"]:
        add("06", code, "amount", v)
    add("06", "personnel_total", "amount", t["personnel_total"])
    add("06", "public_total", "amount", t["public_total"])
    for period, values in s["07"].items():
        for col, v in values.items():
            add("07", period, col, v)
    return out


def recognised_figures(disclosure) -> dict[tuple[str, str, str], Decimal]:
    """The same map, from what govaudit recognised."""
    out = {}
    for kind, table in disclosure.tables.items():
        for row in table.rows:
            for col, fig in row.cells.items():
                if fig is not None:
                    out[(kind, row.key, col)] = fig.amount.quantize(Decimal("0.01"))
    return out
