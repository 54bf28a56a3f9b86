"""Session 27's held-out 预算 set (tests/test_layout_heldout27.py, wbfix, issue #9): a 上海-style 2026 部门预算 of
某区文化和旅游局 — the nine tables of the official 2026 template (财务收支预算总表 … “三公”经费和机关运行经费预算表), the
预算编制说明 and 其他相关情况说明, and a 项目绩效目标表 — with figures of this module's own, consistent to the 元: every
total, 类 and 款, every cross-table figure and every amount the text states is computed here from the 项 below.

Tables 1–8 are in 元 (integers), table 9 in 万元 (two decimals) as the template prints them; `wan=True` prints
tables 1–8 in 万元 too (each figure rounded from its 元, as finance software does: a total is the rounded total, not
the sum of rounded parts). A 政府性基金 project (彩票公益金, 229) fills table 6; table 7 (国有资本经营) is empty under its
note.

A table is a small grid model: head rows (text) with merges, body rows each with a key (a 科目 code or a label) and
its cells keyed by column; the writers (heldout27_write.py) lay them out as workbooks or Word documents and say
where each (table, row key, column key) went.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

D = Decimal
DEPARTMENT = "上海市某区文化和旅游局"
YEAR = 2026

# 项: code, name, 人员经费, 公用经费, 项目 (一般公共预算), 项目 (政府性基金), 项目 (事业收入), 项目 (其他收入)
ITEMS = [
    ("2070101", "行政运行", 6842300, 1126400, 0, 0, 0, 0),
    ("2070102", "一般行政管理事务", 0, 0, 1850000, 0, 0, 0),
    ("2070104", "图书馆", 3215600, 684200, 2400000, 0, 360000, 0),
    ("2070108", "文化活动", 0, 0, 3120000, 0, 0, 150000),
    ("2070199", "其他文化和旅游支出", 0, 0, 980000, 0, 0, 0),
    ("2070307", "体育场馆", 1104800, 296500, 1600000, 0, 820000, 0),
    ("2080505", "机关事业单位基本养老保险缴费支出", 1289000, 0, 0, 0, 0, 0),
    ("2080506", "机关事业单位职业年金缴费支出", 644500, 0, 0, 0, 0, 0),
    ("2101101", "行政单位医疗", 412600, 0, 0, 0, 0, 0),
    ("2101102", "事业单位医疗", 358900, 0, 0, 0, 0, 0),
    ("2210201", "住房公积金", 986400, 0, 0, 0, 0, 0),
    ("2296003", "用于体育事业的彩票公益金支出", 0, 0, 0, 1500000, 0, 0),
]
NAMES = {
    "207": "文化旅游体育与传媒支出", "20701": "文化和旅游", "20703": "体育", "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗", "221": "住房保障支出",
    "22102": "住房改革支出", "229": "其他支出", "22960": "彩票公益金安排的支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
CN = "一二三四五六七八九十"

# 经济分类 (基本支出, 一般公共预算): 款 code, name, amount (None: the balance, so 301 + 303 = 人员经费, 302 = 公用经费)
PERSONNEL = [("30101", "基本工资", 3120000), ("30102", "津贴补贴", 2480000), ("30103", "奖金", 260000),
             ("30107", "绩效工资", 2150000), ("30108", "机关事业单位基本养老保险缴费", 1289000),
             ("30109", "职业年金缴费", 644500), ("30110", "职工基本医疗保险缴费", 771500),
             ("30113", "住房公积金", 986400), ("30199", "其他工资福利支出", None),
             ("30302", "退休费", 420000), ("30305", "生活补助", 60000)]
PUBLIC = [("30201", "办公费", 320000), ("30205", "水费", 48000), ("30206", "电费", 265000), ("30207", "邮电费", 56000),
          ("30211", "差旅费", 180000), ("30213", "维修（护）费", 150000), ("30215", "会议费", 30000),
          ("30216", "培训费", 64000), ("30217", "公务接待费", 18000), ("30228", "工会经费", 128000),
          ("30229", "福利费", 96000), ("30231", "公务用车运行维护费", 84000), ("30239", "其他交通费用", 240000),
          ("30299", "其他商品和服务支出", None), ("31002", "办公设备购置", 60000),
          ("31007", "信息网络及软件购置更新", 90000)]
ECON_NAMES = {"301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助", "310": "资本性支出"}
# 三公 (万元): 合计, 因公出国(境)费, 公务接待费, 用车小计, 购置费, 运行费; 机关运行经费 (行政运行's 公用经费)
SANGONG = ("10.80", "0", "2.40", "8.40", "0", "8.40")
RUNNING = "112.64"
PURCHASE = ("356.00", "120.00", "0", "236.00")  # 政府采购: 合计, 货物, 工程, 服务 (万元)


def _balanced(rows, total):
    known = sum(a for _c, _n, a in rows if a is not None)
    return [(c, n, a if a is not None else total - known) for c, n, a in rows]


PERSONNEL_TOTAL = sum(i[2] for i in ITEMS)
PUBLIC_TOTAL = sum(i[3] for i in ITEMS)
PERSONNEL = _balanced(PERSONNEL[:9], PERSONNEL_TOTAL - sum(a for _c, _n, a in PERSONNEL[9:])) + PERSONNEL[9:]
PUBLIC = _balanced(PUBLIC[:14], PUBLIC_TOTAL - sum(a for _c, _n, a in PUBLIC[14:])) + PUBLIC[14:]
assert all(a > 0 for _c, _n, a in PERSONNEL + PUBLIC)


@dataclass
class Table:
    title: str
    unit: str
    head: list[list[str]]  # header rows (the printed text; "" under a merge)
    merges: list[tuple[int, int, int, int]]  # (r1, c1, r2, c2) over head rows, 0-based
    cols: list[str | None]  # each column's key (None: a label or code column)
    rows: list[tuple[str, list]]  # (row key, cells: text or an amount (int 元 / Decimal 万元) or None)
    notes: list[str] = field(default_factory=list)

    def cell(self, key: str, col: str) -> tuple[int, int]:
        r = next(i for i, (k, _c) in enumerate(self.rows) if k == key)
        return r, self.cols.index(col)


@dataclass
class Book:
    tables: list[Table]
    narrative: list[str]
    goals: list[list[str]]  # the 项目绩效目标表 (text)


def wan(yuan) -> Decimal:
    return (D(yuan) / 10000).quantize(D("0.01"), ROUND_HALF_UP)


COMMAS = [False]  # the text writes thousands separators ('2,974.12万元'), as 上海 offices often do


def _w(x: int) -> str:
    """An amount in 万元 as the text writes it ('796.87', '0'; '2,974.12' with separators)."""
    text = "0" if x == 0 else f"{wan(x):,.2f}"
    return text if COMMAS[0] else text.replace(",", "")


def _levels(codes):
    """类, 款 and 项 codes in table order (each 类 then its 款 then their 项)."""
    out = []
    for c in codes:
        for k in (c[:3], c[:5], c):
            if k not in out:
                out.append(k)
    return out


def _sum(code, f, items):
    return sum(f(i) for i in items if i[0].startswith(code))


CENTS = [False]  # 元 printed with cents ('6,842,300.00')


def _money(v, in_wan: bool):
    return wan(v) if in_wan else (D(v).quantize(D("0.01")) if CENTS[0] else v)


def _codes(code: str, split) -> list[str]:
    """A 功能 code as its table prints it: split 类 | 款 | 项 ('207' | '01' | '01'), split cumulative ('207' |
    '20701' | '2070101', each on its own level's row only), joined '2070101', or spaced '207 01 01'."""
    if split == "cumulative":
        return [code if len(code) == n else "" for n in (3, 5, 7)]
    if split == "spaced":
        return [" ".join(x for x in (code[:3], code[3:5], code[5:7]) if x)]
    return [code[:3], code[3:5], code[5:7]] if split else [code]


def functional(title, items, columns, split, in_wan, group_head, note=None):
    """A table by 功能分类 科目 (tables 2, 3, 5, 6, 7): columns [(key, head, f(item))]."""
    code_cols = 3 if split and split != "spaced" else 1
    width = code_cols + 1 + len(columns)
    head = [[group_head[0]] + [""] * (code_cols) + [group_head[1]] + [""] * (len(columns) - 1),
            ["功能分类科目编码"] + [""] * (code_cols - 1) + ["功能分类科目名称"] + [h for _k, h, _f in columns]]
    merges = [(0, 0, 0, code_cols), (0, code_cols + 1, 0, width - 1)]
    if code_cols == 3:
        head.append(["类", "款", "项"] + [""] * (width - 3))
        merges += [(1, 0, 1, 2), (1, 3, 2, 3)] + [(1, c, 2, c) for c in range(4, width)]
    cols = [None] * (code_cols + 1) + [k for k, _h, _f in columns]
    rows = []
    for code in _levels([i[0] for i in items]):
        cells = _codes(code, split)
        rows.append((code, cells + [NAMES[code]] + [_money(_sum(code, f, items), in_wan) for _k, _h, f in columns]))
    total = [_money(sum(f(i) for i in items), in_wan) for _k, _h, f in columns]
    rows.append(("合计", ["合计"] + [""] * code_cols + total))
    return Table(title, "", head, merges, cols, rows, [note] if note else [])


SANGONG_2025 = ("12.00", "0", "3.00", "9.00", "0", "9.00")  # (the text's 比2025年预算 decreases agree)
RUNNING_2025 = "112.00"


def book(split: bool | str = True, in_wan=False, total_first=False, commas=False, dashes=False, prior=False, cents=False,
         total_label="合计") -> Book:
    """commas: the text's amounts with thousands separators; dashes: its 科目 written “A-B-C”科目 (not
    “A（类）B（款）C（项）”); prior: the 三公 table with a row for 2025年预算数 above the 2026年预算数 one."""
    COMMAS[0], CENTS[0] = commas, cents
    unit = "单位：万元" if in_wan else "单位：元"
    m = lambda v: _money(v, in_wan)  # noqa: E731
    general = [i for i in ITEMS if i[2] + i[3] + i[4]]
    fund = [i for i in ITEMS if i[5]]
    basic = lambda i: i[2] + i[3]  # noqa: E731
    project = lambda i: i[4] + i[5] + i[6] + i[7]  # noqa: E731
    fiscal = lambda i: i[2] + i[3] + i[4] + i[5]  # noqa: E731
    total = lambda i: basic(i) + project(i)  # noqa: E731
    ga = lambda i: i[2] + i[3] + i[4]  # noqa: E731
    classes = _levels([i[0] for i in ITEMS])
    classes = [c for c in classes if len(c) == 3]
    T = sum(total(i) for i in ITEMS)
    GA, GF = sum(ga(i) for i in ITEMS), sum(i[5] for i in ITEMS)
    BIZ, OTH = sum(i[6] for i in ITEMS), sum(i[7] for i in ITEMS)

    # 1 财务收支预算总表
    left = [("一、财政拨款收入", GA + GF), ("1. 一般公共预算", GA), ("2. 政府性基金预算", GF), ("3. 国有资本经营预算", 0),
            ("二、事业收入", BIZ), ("三、事业单位经营收入", 0), ("四、其他收入", OTH)]
    right = [(f"{CN[k]}、{NAMES[c]}", _sum(c, total, ITEMS)) for k, c in enumerate(classes)]
    rows1 = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ("", None)
        b = right[k] if k < len(right) else ("", None)
        key = (a[0] or "") + "|" + (b[0] or "")
        rows1.append((key, [a[0], m(a[1]) if a[1] is not None else None, b[0], m(b[1]) if b[1] is not None else None]))
    rows1.append(("收入总计|支出总计", ["收入总计", m(T), "支出总计", m(T)]))
    t1 = Table(f"{YEAR}年部门财务收支预算总表", unit, [["本年收入", "", "本年支出", ""], ["项目", "预算数", "项目", "预算数"]],
               [(0, 0, 0, 1), (0, 2, 0, 3)], [None, "in", None, "out"], rows1)

    t2 = functional(f"{YEAR}年部门收入预算总表", ITEMS,
                    [("total", "合计", total), ("fiscal", "财政拨款收入", fiscal), ("biz", "事业收入", lambda i: i[6]),
                     ("op", "事业单位经营收入", lambda i: 0), ("other", "其他收入", lambda i: i[7])],
                    split, in_wan, ("项目", "收入预算"))
    t3 = functional(f"{YEAR}年部门支出预算总表", ITEMS,
                    [("total", "合计", total), ("basic", "基本支出", basic), ("project", "项目支出", project)],
                    split, in_wan, ("项目", "支出预算"))
    # 4 财政拨款收支预算总表
    left4 = [("一、一般公共预算", GA), ("二、政府性基金预算", GF), ("三、国有资本经营预算", 0)]
    fclasses = [c for c in classes if _sum(c, fiscal, ITEMS)]
    right4 = [(f"{CN[k]}、{NAMES[c]}", [_sum(c, fiscal, ITEMS), _sum(c, ga, ITEMS), _sum(c, lambda i: i[5], ITEMS), 0])
              for k, c in enumerate(fclasses)]
    rows4 = []
    for k in range(max(len(left4), len(right4))):
        a = left4[k] if k < len(left4) else ("", None)
        b = right4[k] if k < len(right4) else ("", [None] * 4)
        rows4.append(((a[0] or "") + "|" + (b[0] or ""),
                      [a[0], m(a[1]) if a[1] is not None else None, b[0]] + [m(v) if v is not None else None for v in b[1]]))
    rows4.append(("收入总计|支出总计", ["收入总计", m(GA + GF), "支出总计", m(GA + GF), m(GA), m(GF), m(0)]))
    t4 = Table(f"{YEAR}年部门财政拨款收支预算总表", unit,
               [["财政拨款收入", "", "财政拨款支出", "", "", "", ""],
                ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]],
               [(0, 0, 0, 1), (0, 2, 0, 6)], [None, "in", None, "total", "general", "fund", "state"], rows4)
    t5 = functional(f"{YEAR}年部门一般公共预算支出功能分类预算表", general,
                    [("total", "合计", ga), ("basic", "基本支出", basic), ("project", "项目支出", lambda i: i[4])],
                    split, in_wan, ("项目", "一般公共预算支出"))
    t6 = functional(f"{YEAR}年部门政府性基金预算支出功能分类预算表", fund,
                    [("total", "合计", lambda i: i[5]), ("basic", "基本支出", lambda i: 0),
                     ("project", "项目支出", lambda i: i[5])],
                    split, in_wan, ("项目", "政府性基金预算支出"))
    t7 = functional(f"{YEAR}年部门国有资本经营预算支出功能分类预算表", [],
                    [("total", "合计", lambda i: 0), ("basic", "基本支出", lambda i: 0),
                     ("project", "项目支出", lambda i: 0)],
                    split, in_wan, ("项目", "国有资本经营预算支出"),
                    note=f"注：本部门{YEAR}年无国有资本经营预算拨款安排的预算，故本表为空表。")
    t7.rows = [("合计", t7.rows[-1][1][:-3] + [None, None, None])]
    # 8 基本支出经济分类
    code_cols = 2 if split and split != "spaced" else 1
    head8 = [["项目"] + [""] * code_cols + ["一般公共预算基本支出", "", ""],
             ["部门预算经济分类科目编码"] + [""] * (code_cols - 1) + ["经济分类科目名称", "合计", "人员经费", "公用经费"]]
    merges8 = [(0, 0, 0, code_cols), (0, code_cols + 1, 0, code_cols + 3)]
    if code_cols == 2:
        head8.append(["类", "款", "", "", "", ""])
        merges8 += [(1, 0, 1, 1)] + [(1, c, 2, c) for c in range(2, 6)]
    rows8 = []
    econ = [(c, n, a, "p") for c, n, a in PERSONNEL] + [(c, n, a, "u") for c, n, a in PUBLIC]
    for cls in ("301", "302", "303", "310"):
        mine = [e for e in econ if e[0].startswith(cls)]
        s = sum(e[2] for e in mine)
        kind = mine[0][3]
        cells = ([cls, ""] if code_cols == 2 else [cls]) + [ECON_NAMES[cls], m(s), m(s) if kind == "p" else None,
                                                    m(s) if kind == "u" else None]
        rows8.append((cls, cells))
        for c, n, a, k in mine:
            cells = ([c[:3], c[3:]] if split is True else [c[:3], c] if code_cols == 2
                     else [f"{c[:3]} {c[3:]}" if split == "spaced" else c]) + [n, m(a), m(a) if k == "p" else None, m(a) if k == "u" else None]
            rows8.append((c, cells))
    rows8.append(("合计", ["合计"] + [""] * code_cols + [m(PERSONNEL_TOTAL + PUBLIC_TOTAL), m(PERSONNEL_TOTAL),
                                                       m(PUBLIC_TOTAL)]))
    t8 = Table(f"{YEAR}年部门一般公共预算基本支出部门预算经济分类预算表", unit, head8, merges8,
               [None] * (code_cols + 1) + ["total", "personnel", "public"], rows8)
    # 9 三公 and 机关运行经费 (万元)
    head9 = [["“三公”经费预算数", "", "", "", "", "", "机关运行经费预算数"],
             ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "", "", ""],
             ["", "", "", "小计", "购置费", "运行费", ""]]
    merges9 = [(0, 0, 0, 5), (0, 6, 2, 6), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 5)]
    t9 = Table(f"{YEAR}年部门“三公”经费和机关运行经费预算表", "单位：万元", head9, merges9,
               ["total", "abroad", "reception", "car", "car_buy", "car_run", "running"],
               [("row", [D(v) for v in SANGONG] + [D(RUNNING)])])
    if prior:  # a first column naming each row's year
        t9.head = [[""] + r for r in t9.head]
        t9.head[0][0] = "项目"
        t9.merges = [(0, 0, 2, 0)] + [(a, c + 1, a2, c2 + 1) for a, c, a2, c2 in t9.merges]
        t9.cols = [None] + t9.cols
        t9.rows = [("prior", ["2025年预算数"] + [D(v) for v in SANGONG_2025] + [D(RUNNING_2025)]),
                   ("row", ["2026年预算数"] + t9.rows[0][1])]
    tables = [t1, t2, t3, t4, t5, t6, t7, t8, t9]
    for t in tables[1:8]:
        for key, cells in t.rows:
            if key == "合计":
                cells[0] = total_label
    if total_first:
        for t in tables[1:8]:
            if t.rows[-1][0] == "合计":
                t.rows.insert(0, t.rows.pop())
    for t in tables:
        t.unit = t.unit or unit
    return Book(tables, narrative(dashes), goals())


def narrative(dashes=False) -> list[str]:
    general = [i for i in ITEMS if i[2] + i[3] + i[4]]
    T = sum(sum(i[2:]) for i in ITEMS)
    GA, GF = sum(i[2] + i[3] + i[4] for i in ITEMS), sum(i[5] for i in ITEMS)
    BIZ, OTH = sum(i[6] for i in ITEMS), sum(i[7] for i in ITEMS)
    out = [f"{YEAR}年部门预算编制说明",
           f"{YEAR}年，{DEPARTMENT}收入预算{_w(T)}万元，其中：财政拨款收入{_w(GA + GF)}万元，比2025年预算增加"
           f"215.40万元；事业收入{_w(BIZ)}万元；事业单位经营收入0万元；其他收入{_w(OTH)}万元。",
           f"支出预算{_w(T)}万元，其中：财政拨款支出预算{_w(GA + GF)}万元，比2025年预算增加215.40万元。财政拨款支出"
           f"预算中，一般公共预算拨款支出预算{_w(GA)}万元，比2025年预算增加265.40万元；政府性基金拨款支出预算"
           f"{_w(GF)}万元，比2025年预算减少50.00万元；国有资本经营预算拨款支出预算0万元，与2025年预算持平。",
           "财政拨款收入支出增加的主要原因是图书馆数字化服务和群众文化活动项目经费增加。",
           "财政拨款支出主要内容如下："]
    for k, i in enumerate(general, start=1):
        c = i[0]
        named = (f"{NAMES[c[:3]]}-{NAMES[c[:5]]}-{NAMES[c]}" if dashes
                 else f"{NAMES[c[:3]]}（类）{NAMES[c[:5]]}（款）{NAMES[c]}（项）")
        out.append(f"{k}. “{named}”科目{_w(i[2] + i[3] + i[4])}万元，主要用于{NAMES[c]}方面的支出。")
    out += ["其他相关情况说明",
            "一、2026年“三公”经费预算情况说明",
            f"2026年“三公”经费预算数为{SANGONG[0]}万元，比2025年预算减少1.20万元。其中：（一）因公出国（境）费0万元，"
            f"与2025年预算持平。（二）公务用车购置及运行费{SANGONG[3]}万元，比2025年预算减少0.60万元，主要原因是"
            f"车辆运行费用压减。其中：公务用车购置费0万元，与2025年预算持平；公务用车运行费{SANGONG[5]}万元，比2025年"
            f"预算减少0.60万元。（三）公务接待费{SANGONG[2]}万元，比2025年预算减少0.60万元，主要原因是严控接待规模。",
            "二、机关运行经费预算",
            f"2026年{DEPARTMENT}下属1家机关财政拨款的机关运行经费预算为{RUNNING}万元。",
            "三、政府采购预算情况",
            f"2026年本部门政府采购预算{PURCHASE[0]}万元，其中：政府采购货物预算{PURCHASE[1]}万元、政府采购工程预算"
            f"{PURCHASE[2]}万元、政府采购服务预算{PURCHASE[3]}万元。"]
    return out


def goals() -> list[list[str]]:
    return [["项目名称", "群众文化活动", "", ""],
            ["主管部门", DEPARTMENT, "项目预算（万元）", "327.00"],
            ["年度绩效目标", "全年举办群众文化活动不少于120场，惠及群众10万人次以上。", "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "举办活动场次", "≥120场"],
            ["产出指标", "质量指标", "活动安全事故发生率", "0"],
            ["效益指标", "社会效益指标", "惠及群众人次", "≥10万人次"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]


# ----------------------------------------------------------------------------- planted mistakes
@dataclass
class Plant:
    name: str
    family: str  # the rule family a finding must be of (BG: BGT/BGX, TXT)
    table: int | None  # 0-based table, or None for the text
    row: str | None = None  # the row key
    col: str | None = None  # the column key
    delta: int = 0  # 元 added (10,000 元 = 1.00 万元: beyond any rounding in a 万元 print)
    text: tuple[str, str] | None = None  # (old, new) in the paragraph holding old


PLANTS = [
    Plant("1 支出总计", "BG", 0, "收入总计|支出总计", "out", 10000),
    Plant("1 二、事业收入", "BG", 0, "二、事业收入|五、其他支出", "in", 10000),
    Plant("2 2070108 财政拨款收入", "BG", 1, "2070108", "fiscal", 10000),
    Plant("2 合计 其他收入", "BG", 1, "合计", "other", 10000),
    Plant("3 20701 基本支出", "BG", 2, "20701", "basic", 10000),
    Plant("3 2210201 合计", "BG", 2, "2210201", "total", 10000),
    Plant("4 一般公共预算 收入", "BG", 3, "一、一般公共预算|一、文化旅游体育与传媒支出", "in", 10000),
    Plant("4 210 一般公共预算", "BG", 3, "三、国有资本经营预算|三、卫生健康支出", "general", 10000),
    Plant("5 2080505 合计", "BG", 4, "2080505", "total", 10000),
    Plant("5 210 基本支出", "BG", 4, "210", "basic", 10000),
    Plant("6 合计 项目支出", "BG", 5, "合计", "project", 10000),
    Plant("8 30101 基本工资", "BG", 7, "30101", "personnel", 10000),
    Plant("8 合计 公用经费", "BG", 7, "合计", "public", 10000),
    Plant("9 公务用车 小计", "BG", 8, "row", "car", 10000),
    Plant("9 合计", "BG", 8, "row", "total", 20000),
    Plant("text 收入预算", "TXT", None, text=("收入预算{T}万元", "收入预算{T+1}万元")),
    Plant("text 一般公共预算拨款", "TXT", None, text=("一般公共预算拨款支出预算{GA}万元", "一般公共预算拨款支出预算{GA+1}万元")),
    Plant("text 图书馆", "TXT", None, text=("图书馆{P}”科目{LIB}万元", "图书馆{P}”科目{LIB+1}万元")),
    Plant("text 公务接待费", "TXT", None, text=("（三）公务接待费2.40万元", "（三）公务接待费3.40万元")),
    Plant("text 政府采购", "TXT", None, text=("政府采购服务预算236.00万元", "政府采购服务预算246.00万元")),
]


def _text_values() -> dict:
    T = sum(sum(i[2:]) for i in ITEMS)
    GA = sum(i[2] + i[3] + i[4] for i in ITEMS)
    lib = next(i for i in ITEMS if i[0] == "2070104")
    v = {"T": T, "GA": GA, "LIB": lib[2] + lib[3] + lib[4]}
    return {k: x for k, x in v.items()}


def _fill(s: str, dashes: bool) -> str:
    s = s.replace("{P}", "" if dashes else "（项）")
    v = _text_values()
    for k in sorted(v, key=len, reverse=True):
        s = s.replace("{" + k + "+1}", _w(v[k] + 10000)).replace("{" + k + "}", _w(v[k]))
    return s


def planted(**shape) -> tuple[Book, list]:
    """The book with every mistake of PLANTS in it, and each plant's place: ('table', n, row index, col index) or
    ('text', paragraph index)."""
    b = book(**shape)
    in_wan = shape.get("in_wan", False)
    places = []
    for p in PLANTS:
        if p.table is not None:
            t = b.tables[p.table]
            r, c = t.cell(p.row, p.col)
            v = t.rows[r][1][c]
            step = wan(p.delta) if (in_wan or p.table == 8) else p.delta
            t.rows[r][1][c] = v + step
            places.append(("table", p.table, r, c))
        else:
            old, new = _fill(p.text[0], shape.get("dashes")), _fill(p.text[1], shape.get("dashes"))
            k = next(k for k, para in enumerate(b.narrative) if old in para)
            b.narrative[k] = b.narrative[k].replace(old, new)
            places.append(("text", k))
    return b, places
