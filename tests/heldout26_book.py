"""Session 26's held-out 决算 set (tests/test_layout_heldout26.py, wbfix, issue #9): a new department's nine tables,
a short 情况说明 and two 绩效自评表, written as workbooks and Word documents the way finance offices prepare them.

Figures (万元): 某县农业农村局 2025年度 — 农林水 (农业农村, 巩固脱贫攻坚成果衔接乡村振兴), 社会保障和就业, 卫生健康,
住房保障; 政府性基金 城乡社区支出 2120804 (年初 12.00 + 本年收入 70.00 = 本年支出 75.00 + 年末 7.00); 国有资本经营
2230199 4.20 spent as received. 一般公共预算 703.63 = 基本 446.78 (人员经费 395.76 + 公用经费 51.02) + 项目 256.85.
The nine tables' shapes are tests/heldout_nine.py's (these figures passed in); the workbook and Word writers, the
narrative, the forms and the planted mistakes are this module's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

import heldout_nine
from pdf_writer import PrintedTable

D = Decimal
ZERO = D(0)

DEPARTMENT = "某县农业农村局"
ITEMS = [
    ("2080505", "机关事业单位基本养老保险缴费支出", "36.24", "0", "0", "g"),
    ("2080506", "机关事业单位职业年金缴费支出", "14.50", "0", "0", "g"),
    ("2101101", "行政单位医疗", "10.86", "0", "0", "g"),
    ("2101102", "事业单位医疗", "5.12", "0", "0", "g"),
    ("2120804", "农村基础设施建设支出", "0", "0", "75.00", "f"),
    ("2130101", "行政运行", "215.36", "38.72", "0", "g"),
    ("2130104", "事业运行", "86.50", "12.30", "0", "g"),
    ("2130108", "病虫害控制", "0", "0", "45.80", "g"),
    ("2130122", "农业生产发展", "0", "0", "132.65", "g"),
    ("2130126", "农村社会事业", "0", "0", "18.40", "g"),
    ("2130505", "生产发展", "0", "0", "60.00", "g"),
    ("2210201", "住房公积金", "27.18", "0", "0", "g"),
    ("2230199", "其他解决历史遗留问题及改革成本支出", "0", "0", "4.20", "c"),
]
NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出", "213": "农林水支出", "21301": "农业农村",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴", "221": "住房保障支出", "22102": "住房改革支出",
    "223": "国有资本经营预算支出", "22301": "解决历史遗留问题及改革成本支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
FUND_BEGIN, FUND_INCOME, FUND_END = D("12.00"), D("70.00"), D("7.00")
STATE = D("4.20")
PERSONNEL = [("301", "工资福利支出", None), ("30101", "基本工资", "112.40"), ("30102", "津贴补贴", "78.60"),
               ("30103", "奖金", "9.36"), ("30107", "绩效工资", "68.20"),
               ("30108", "机关事业单位基本养老保险缴费", "36.24"), ("30109", "职业年金缴费", "14.50"),
               ("30110", "职工基本医疗保险缴费", "15.98"), ("30113", "住房公积金", "27.18"),
               ("303", "对个人和家庭的补助", None), ("30302", "退休费", "33.30")]
PUBLIC = [("302", "商品和服务支出", None), ("30201", "办公费", "12.40"), ("30205", "水费", "1.30"),
            ("30206", "电费", "5.60"), ("30211", "差旅费", "6.85"), ("30216", "培训费", "2.50"),
            ("30217", "公务接待费", "1.12"), ("30228", "工会经费", "4.20"), ("30229", "福利费", "3.05"),
            ("30231", "公务用车运行维护费", "8.40"), ("30239", "其他交通费用", "3.60"),
            ("30299", "其他商品和服务支出", "2.00")]
SANGONG = {"budget": ("15.00", "0", "10.00", "0", "10.00", "5.00"),
             "final": ("9.52", "0", "8.40", "0", "8.40", "1.12")}

# (the 政府性基金 项 2120804 is under 212: its 本年收入 is its spending less the carry-over)
FIGURES = heldout_nine.Figures(dept=f"编制单位：{DEPARTMENT}　　　　2025年度", department=DEPARTMENT, items=ITEMS,
                               names=NAMES, fund_begin=FUND_BEGIN, fund_income=FUND_INCOME, fund_end=FUND_END,
                               personnel=PERSONNEL, public=PUBLIC, sangong=SANGONG, state=STATE, fund_class="212")
Fmt = heldout_nine.Fmt

# ----------------------------------------------------------------------------- the 情况说明 and the forms
NARRATIVE = [
    "第三部分　2025年度部门决算情况说明",
    "一、收入支出决算总体情况说明",
    "2025年度收入总计789.83万元，支出总计789.83万元。与2024年度相比，收入、支出总计各增加52.43万元，增长7.11%，"
    "主要原因是农业生产发展项目支出增加。",
    "二、收入决算情况说明",
    "2025年度本年收入合计777.83万元，其中：财政拨款收入777.83万元，占本年收入合计的100.00%。",
    "三、支出决算情况说明",
    "2025年度本年支出合计782.83万元，其中：基本支出446.78万元，占57.07%；项目支出336.05万元，占42.93%。",
    "四、一般公共预算财政拨款支出决算情况说明",
    "2025年度一般公共预算财政拨款支出703.63万元，主要用于以下方面：农林水支出609.73万元，占86.65%；"
    "社会保障和就业支出50.74万元，占7.21%；卫生健康支出15.98万元，占2.27%；住房保障支出27.18万元，占3.86%。",
    "五、一般公共预算财政拨款“三公”经费支出决算情况说明",
    "2025年度“三公”经费财政拨款支出决算为9.52万元，完成预算的63.47%。其中：公务用车运行维护费8.40万元，"
    "公务接待费1.12万元。",
]
L, U = "<", "^"  # a cell merged into the one on its left / above


def form_rows(name, unit, money, indicators, total, grade):
    """A central 项目支出绩效自评表 (width 10): money lines (label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分),
    indicators (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)."""
    w = 10
    pad = lambda r: list(r) + [L] * (w - len(r))  # noqa: E731
    rows = [pad(["项目名称", name]), pad(["主管部门", DEPARTMENT, L, L, L, "实施单位", unit])]
    rows.append(pad(["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]))
    for m in money:
        rows.append(pad([U, m[0], L, *m[1:]]))
    rows.append(pad(["年度总体目标", "预期目标", L, L, L, "实际完成情况"]))
    rows.append(pad([U, "完成年度任务。", L, L, L, "完成年度任务。"]))
    rows.append(pad(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                     "偏差原因分析及改进措施"]))
    for i, ind in enumerate(indicators):
        prev = indicators[i - 1] if i else None
        one = U if prev and prev[0] == ind[0] else ind[0]
        two = U if prev and prev[:2] == ind[:2] else ind[1]
        rows.append([U, one, two, *ind[2:]])
    rows.append(pad(["总分", L, L, L, L, L, "100", total]))
    rows.append(pad(["评价等级", L, L, L, L, L, grade]))
    return rows


FORMS = [
    ("农业生产发展项目支出绩效自评表", form_rows(
        "农业生产发展", "某县农业技术推广中心",
        [("年度资金总额", "120.00", "140.00", "132.65", "10", "94.75%", "9.48"),
         ("其中：当年财政拨款", "120.00", "130.00", "124.15", "", "", ""),
         ("上年结转资金", "0.00", "10.00", "8.50", "", "", ""),
         ("其他资金", "0.00", "0.00", "0.00", "", "", "")],
        [("产出指标", "数量指标", "推广主导品种面积", "≥5万亩", "5.2万亩", "15", "15", ""),
         ("产出指标", "数量指标", "培训农民人次", "≥800人次", "826人次", "10", "10", ""),
         ("产出指标", "质量指标", "技术到位率", "≥95%", "96%", "10", "10", ""),
         ("产出指标", "时效指标", "资金拨付及时率", "100%", "92%", "10", "9", "部分资金年底拨付"),
         ("效益指标", "经济效益指标", "亩均增收", "≥50元", "55元", "15", "15", ""),
         ("效益指标", "可持续影响指标", "绿色防控覆盖率", "≥40%", "38%", "10", "8", "病虫害偏重发生"),
         ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "93%", "20", "20", "")],
        "96.48", "优")),
    ("病虫害控制项目支出绩效自评表", form_rows(
        "病虫害控制", "某县植保植检站",
        [("年度资金总额", "50.00", "50.00", "45.80", "10", "91.60%", "9.16"),
         ("其中：当年财政拨款", "50.00", "50.00", "45.80", "", "", ""),
         ("上年结转资金", "0.00", "0.00", "0.00", "", "", ""),
         ("其他资金", "0.00", "0.00", "0.00", "", "", "")],
        [("产出指标", "数量指标", "统防统治面积", "≥3万亩", "3.1万亩", "20", "20", ""),
         ("产出指标", "质量指标", "防治效果", "≥85%", "88%", "15", "15", ""),
         ("产出指标", "时效指标", "防治及时率", "≥95%", "96%", "15", "15", ""),
         ("效益指标", "经济效益指标", "挽回粮食损失", "≥1000吨", "1060吨", "15", "15", ""),
         ("效益指标", "生态效益指标", "农药使用量减少", "≥3%", "2.5%", "15", "12", "部分区域虫情偏重"),
         ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "92%", "10", "10", "")],
        "96.16", "优")),
]


# ----------------------------------------------------------------------------- blocks and their variants
@dataclass
class Form:
    title: str
    rows: list[list[str]]


@dataclass
class Book:
    """What a file holds, in order: the nine PrintedTables, then the narrative's paragraphs, then the forms."""
    tables: list[PrintedTable]
    narrative: list[str]
    forms: list[Form]
    yuan: bool = False


def indent(tb: PrintedTable, mark: str, ncode: int) -> None:
    """Names indented by their level ('　' or two spaces a level), as finance systems export them."""
    for r in tb.rows[tb.head:]:
        code = "".join(r[:ncode]).replace(" ", "")
        if code.isdigit() and len(code) in (5, 7) and r[ncode]:
            r[ncode] = mark * ((len(code) - 3) // 2) + r[ncode]


def three_heads(tb: PrintedTable) -> PrintedTable:
    """A 类|款|项 table's header over three rows (the central template: '项目' over 科目编码 | 科目名称, 类|款|项 under
    科目编码): each figure word merged down to the third row, a group's sub words from the second."""
    top, low = tb.rows[0], tb.rows[1]
    n = len(top)
    r0 = ["项目", "", "", ""] + top[4:]
    r1 = ["科目编码", "", "", "科目名称"] + low[4:]
    r2 = ["类", "款", "项", ""] + [""] * (n - 4)
    merges = [(0, 0, 0, 3), (1, 0, 1, 2), (1, 3, 2, 3)]
    for a, b, c, d in tb.merges:
        if a == 0 and c == 1 and b >= 4:  # a word merged down the two rows
            merges.append((0, b, 2, b))
        elif a == 0 and c == 0 and b >= 4:  # a group over its sub words
            merges.append((0, b, 0, d))
            merges += [(1, k, 2, k) for k in range(b, d + 1)]
        elif a >= tb.head:
            merges.append((a + 1, b, c + 1, d))
    return PrintedTable(tb.title, tb.dept, tb.unit, [r0, r1, r2] + tb.rows[2:], 3, merges, tb.notes)


def merge_codes(tb: PrintedTable) -> None:
    """类|款|项 columns with each 类 code merged down over its rows and each 款 code over its 项 rows (a finance
    system's export keeps one code a block)."""
    body = range(tb.head, len(tb.rows))
    rows = tb.rows
    for level in (0, 1):
        r = tb.head
        while r < len(rows):
            row = rows[r]
            if row[level].isdigit() and not row[level + 1]:
                same = [i for i in body if i > r and rows[i][:level + 1] == row[:level + 1]]
                end = r
                for i in same:
                    if i == end + 1:
                        end = i
                if end > r:
                    tb.merges.append((r, level, end, level))
                    for i in range(r + 1, end + 1):
                        rows[i][level] = ""
                r = end + 1
            else:
                r += 1


NOTE = "注：本表反映部门本年度的总收支和年末结转结余情况。"


class Precise(Fmt):
    """Figures as a workbook holds them when they were worked out in 元 and divided by 10000: every digit kept
    (the cell's format shows two decimals); a zero '0.00'."""

    def __call__(self, v):
        if v is None:
            return ""
        v = D(v)
        return "0.00" if v == 0 else str(v) if "." in str(v) else f"{v}.00"


# a few 项目支出 worked out in 元 (shown with two decimals, the same as the plain set's; 21301's 款 row shows
# 549.74 over leaves that add up to 549.73: rounding, never a mistake); they add up to nothing over the set
OFFSETS = {"2130108": "0.0046", "2130122": "0.0047", "2130126": "-0.0044", "2130505": "-0.0049"}


def book(fmt=None, codes="joined", total_last=False, lineno=False, head3=False, indent_mark="", notes=False,
         l06="two", l07="twelve", fund="split", precise=False, merged_codes=False) -> Book:
    fmt = fmt or Fmt()
    figures = FIGURES
    if precise:
        figures = replace(FIGURES, items=[(c, n, a, b_, str(D(p) + D(OFFSETS.get(c, "0"))), f)
                                          for c, n, a, b_, p, f in ITEMS])
    ts = heldout_nine.nine(figures, fmt, codes=codes, lineno=lineno, total_last=total_last, l06=l06, l07=l07,
                           fund=fund)
    ncode = 3 if codes == "three" else 1
    for k, tb in enumerate(ts):
        if head3 and codes == "three" and k in (1, 2, 4):
            ts[k] = tb = three_heads(tb)
        if merged_codes and codes == "three" and k in (1, 2, 4):
            merge_codes(tb)
        if indent_mark and k in (1, 2, 4):
            indent(tb, indent_mark, ncode)
        if notes:
            tb.notes = tb.notes + [NOTE if k == 0 else f"注：本表反映部门本年度{tb.title.replace('决算表', '')}情况。"]
    return Book(ts, list(NARRATIVE), [Form(n, [list(r) for r in rows]) for n, rows in FORMS], fmt.yuan)


# ----------------------------------------------------------------------------- planted mistakes
@dataclass
class Plant:
    """A mistake: cells changed by `delta` 万元 (the first is the place it must be found at), or a text edit.
    family: the rule codes' prefix that may find it."""
    name: str
    family: str
    cells: list[tuple] = field(default_factory=list)  # (table no 0-8, row key, column word or None, delta)
    text: tuple | None = None  # (paragraph no, old, new)
    form: tuple | None = None  # (form no, row label, column no, new text)


PLANTS = [
    Plant("01 本年支出合计", "TBL", [(0, "本年支出合计", None, "1.00")]),
    Plant("02 合计 本年收入合计", "TBL", [(1, "合计", "本年收入合计", "0.10")]),
    Plant("03 2130122 本年支出合计", "TBL", [(2, "2130122", "本年支出合计", "-3.00")]),
    Plant("03 213 基本支出", "TBL", [(2, "213", "基本支出", "0.60")]),
    Plant("04 本年支出合计 政府性基金", "TBL", [(3, "本年支出合计", "政府性基金预算财政拨款", "5.00")]),
    Plant("05 合计 合计 (and its 项目支出, consistent)", "XTB",
          [(4, "合计", "合计", "2.00"), (4, "合计", "项目支出", "2.00")]),
    Plant("05 2101102 基本支出", "TBL", [(4, "2101102", "基本支出", "0.50")]),
    Plant("06 公用经费合计 (302 and 30201 办公费 with it)", "XTB",
          [(5, "公用经费合计", None, "0.80"), (5, "302", None, "0.80"), (5, "30201", None, "0.80")]),
    Plant("06 人员经费合计", "TBL", [(5, "人员经费合计", None, "-1.00")]),
    Plant("07 决算 公务接待费 < 06 30217 (合计 with it)", "XTB",
          [(6, "决算", "公务接待费", "-0.30"), (6, "决算", "合计", "-0.30")]),
    Plant("07 预算 合计", "TBL", [(6, "预算", "合计", "-0.40")]),
    Plant("08 年末结转和结余", "TBL", [(7, "2120804", "年末结转和结余", "2.00")]),
    Plant("09 合计 本年支出 小计", "TBL", [(8, "合计", "小计", "0.20")]),
    Plant("form 1 执行率", "PRF", form=(0, "年度资金总额", 7, "97.45%")),
    Plant("form 2 总分", "PRF", form=(1, "总分", 7, "97.16")),
    Plant("form 1 全年执行数 ≠ its parts", "PRF", form=(0, "其中：当年财政拨款", 5, "126.15")),
    Plant("text 收入总计", "TXT", text=(2, "收入总计789.83万元", "收入总计798.83万元")),
    Plant("text 增长率", "TXT", text=(2, "增长7.11%", "增长7.91%")),
    Plant("text 项目支出 vs 03", "TXT", text=(6, "项目支出336.05万元", "项目支出363.05万元")),
    Plant("text 公务接待费 vs 07", "TXT", text=(10, "公务接待费1.12万元", "公务接待费1.21万元")),
]


BLOCK06 = {"公用经费合计": ("合计", "公用经费"), "人员经费合计": ("合计", "人员经费")}
ROWS07 = {("决算", "公务接待费"): ("3.公务接待费", "决算数"), ("决算", "合计"): ("合计", "决算数"),
          ("预算", "合计"): ("合计", "预算数")}
HEAD_ALIASES = {"年末结转和结余": "年末结转", "小计": "本年支出"}
NUM = re.compile(r"^-?[\d,]+(\.\d+)?$")


def is_amount(s: str) -> bool:
    return bool(NUM.match(s.strip().replace(" ", ""))) and any(ch.isdigit() for ch in s)


def amount(s: str) -> Decimal:
    return D(s.strip().replace(",", "").replace(" ", "")) if is_amount(s) else ZERO


def find_cell(tb: PrintedTable, key: str, word: str | None) -> tuple[int, int]:
    """(row, col) in tb.rows: the row whose code (joined code cells) or a label is `key`; the column headed `word`
    (the lowest header row that has it), or the cell right of the label (past a 行次 cell) when `word` is None.
    07 by columns: key '预算'/'决算' picks the half."""
    rows = tb.rows
    if key in ("预算", "决算"):  # 07's twelve columns: the one body row, the word in the half
        half = 0 if key == "预算" else 6
        for col in range(half, half + 6):
            if any(rows[h][col] == word for h in range(1, tb.head)):
                return tb.head, col
        raise KeyError(word)
    carry = ["", ""]  # (类 and 款 codes merged down over their rows: the rows under them have none)
    for r in range(tb.head, len(rows)):
        row = rows[r]
        code = "".join(c for c in row[:3] if c.replace(" ", "").isdigit()).replace(" ", "")
        parts = row[:3]
        if all(x.isdigit() or not x for x in parts) and any(len(x) == 2 for x in parts[1:]):
            carry = [parts[0] or carry[0], parts[1] or (carry[1] if parts[2] else "")]
            code = carry[0] + carry[1] + parts[2]
        elif parts[0].isdigit() and len(parts[0]) == 3:
            carry = [parts[0], ""]
        labels = [c.strip().strip("　") for c in row]
        if code == key or key in labels[3:] or (not key.isdigit() and key in labels):
            if word is None:  # the figure right of the label (past blanks, a 行次 number or the name)
                c = labels.index(key) + 1 if key in labels else 1
                while c < len(row) and not (is_amount(row[c]) and "." in row[c]):
                    c += 1
                return r, c
            for h in range(tb.head - 1, -1, -1):
                if word in rows[h]:
                    return r, rows[h].index(word)
            raise KeyError(word)
    raise KeyError(key)


def plant(b: Book, p: Plant, fmt) -> tuple:
    """Apply p to the book (in place); the place it must be found at: ('table', n, row, col), ('text', paragraph)
    or ('form', n, row, col)."""
    if p.text:
        k, old, new = p.text
        assert old in b.narrative[k], (old, b.narrative[k])
        b.narrative[k] = b.narrative[k].replace(old, new)
        return ("text", k)
    if p.form:
        k, label, col, new = p.form
        rows = b.forms[k].rows
        r = next(i for i, row in enumerate(rows) if label in row[:3])
        rows[r][col] = new
        return ("form", k, r, col)
    first = None
    for n, key, word, delta in p.cells:
        tb = b.tables[n]
        if n == 5 and "合计" in tb.rows[0]:  # 06 by columns 合计 | 人员经费 | 公用经费: the place under its column
            key, word = BLOCK06.get(key, (key, "公用经费"))
        try:
            r, c = find_cell(tb, key, word)
        except KeyError:  # 07 by rows, 08/09 with short or unsplit heads: the same figure under its own words
            key, word = ROWS07.get((key, word), (key, HEAD_ALIASES.get(word, word)))
            r, c = find_cell(tb, key, word)
        scale = 10000 if fmt.yuan else 1
        tb.rows[r][c] = fmt(amount(tb.rows[r][c]) / scale + D(delta))
        first = first or ("table", n, r, c)
    return first


def planted(fmt=None, plants=PLANTS, **shape) -> tuple[Book, list[tuple]]:
    fmt = fmt or Fmt()
    b = book(fmt, **shape)
    return b, [plant(b, p, fmt) for p in plants]
