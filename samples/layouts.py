"""Write the nine tables in two real layouts: 2024 上海式 (one table a sheet, no 行次) and 2019 中央式
(行次 and 栏次, 类/款/项 split over columns, several tables stacked on one sheet, 07 as stacked blocks)."""

from __future__ import annotations

from decimal import Decimal

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

MONEY = "#,##0.00"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

CATS_2024 = [
    ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"),
    ("205", "教育支出"), ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"),
    ("210", "卫生健康支出"), ("211", "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"),
    ("214", "交通运输支出"), ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), ("217", "金融支出"),
    ("219", "援助其他地区支出"), ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"),
    ("222", "粮油物资储备支出"), ("223", "国有资本经营预算支出"), ("224", "灾害防治及应急管理支出"),
    ("229", "其他支出"), ("231", "债务还本支出"), ("232", "债务付息支出"), ("234", "抗疫特别国债安排的支出"),
]
CATS_2019 = [c for c in CATS_2024 if c[0] not in ("223", "231", "234")]
NUMERALS = "一二三四五六七八九十"


def numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return (NUMERALS[tens - 1] if tens > 1 else "") + "十" + (NUMERALS[ones - 1] if ones else "")


class Writer:
    """Writes rows onto a sheet from a cursor; numbers as numeric cells (or text, as some preparers do)."""

    def __init__(self, ws: Worksheet, row: int = 1, col: int = 1, text_numbers: bool = False):
        self.ws, self.row, self.col0, self.text_numbers = ws, row, col, text_numbers

    def put(self, r, c, value, bold=False, fmt=None):
        cell = self.ws.cell(row=r, column=self.col0 + c - 1)
        if value is None:
            return cell
        if isinstance(value, Decimal):
            if self.text_numbers:
                cell.value = f"{value:.2f}\u3000"
            else:
                cell.value = float(value)
                cell.number_format = fmt or MONEY
        else:
            cell.value = value
        if bold:
            cell.font = Font(bold=True)
        return cell

    def line(self, values, bold=False, box=True):
        for i, v in enumerate(values, start=1):
            cell = self.put(self.row, i, v, bold)
            if box:
                cell.border = BOX
        self.row += 1

    def merge(self, r1, c1, r2, c2, value=None, bold=True):
        if value is not None:
            self.put(r1, c1, value, bold).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.ws.merge_cells(start_row=r1, start_column=self.col0 + c1 - 1, end_row=r2, end_column=self.col0 + c2 - 1)

    def title(self, text, width, code=None, dept=None, unit="万元", year_prefix=None, dept_label="部门："):
        r = self.row
        self.merge(r, 1, r, width - (1 if code else 0), text)
        self.ws.cell(row=r, column=self.col0).font = Font(bold=True, size=14)
        if code:
            self.put(r, width, code)
        self.row += 1
        if year_prefix:
            self.merge(self.row, 1, self.row, width, year_prefix, bold=False)
            self.row += 1
        self.put(self.row, 1, f"{dept_label}{dept}" if dept else "")
        self.put(self.row, width, f"金额单位：{unit}" if code else f"单位：{unit}")
        self.row += 1

    def note(self, text, width):
        self.merge(self.row, 1, self.row, width, text, bold=False)
        self.ws.cell(row=self.row, column=self.col0).alignment = Alignment(horizontal="left", wrap_text=True)
        self.row += 1


def v(d, key):
    return None if d is None else d.get(key)


def code_rows(data, table_rows):
    """Rows of a coded table in document order: 类, its 款, their 项."""
    return [c for c in data["codes"] if c in table_rows]


# ---------------------------------------------------------------------------------------------- 2024
def t01_2024(w: Writer, data, dept):
    t = data["t01"]
    w.title("收入支出决算总表", 4, dept=dept, dept_label="编制部门：")
    r = w.row
    w.merge(r, 1, r, 2, "收入")
    w.merge(r, 3, r, 4, "支出")
    w.row += 1
    w.line(["项目", "决算数", "项目", "决算数"], bold=True)
    income = [("一、一般公共预算财政拨款收入", "income.general"), ("二、政府性基金预算财政拨款收入", "income.gov_fund"),
              ("三、国有资本经营预算财政拨款收入", None), ("四、上级补助收入", None), ("五、事业收入", None),
              ("六、经营收入", None), ("七、附属单位上缴收入", None), ("八、其他收入", None)]
    for i, (code, name) in enumerate(CATS_2024):
        left = income[i] if i < len(income) else ("", None)
        w.line([left[0], t.get(left[1]) if left[1] else None, f"{numeral(i + 1)}、{name}", t["cats"].get(code)])
    w.line(["本年收入合计", t["income_total"], "本年支出合计", t["expense_total"]], bold=True)
    w.line(["使用非财政拨款结余", t["fund_cover"], "结余分配", t["distribution"]])
    w.line(["年初结转和结余", t["begin_balance"], "年末结转和结余", t["end_balance"]])
    w.line(["总计", t["income_grand_total"], "总计", t["expense_grand_total"]], bold=True)
    w.note("注：本表反映部门本年度的总收支和年末结转结余情况。", 4)


def _coded_2024(w: Writer, title, dept, heads, rows, data, keys, total_first=True, note=None, group=None):
    width = 2 + len(heads)
    w.title(title, width, dept=dept, dept_label="编制部门：")
    r = w.row
    w.merge(r, 1, r, 2, "项目")
    if group:  # 08: 本年支出 over 合计/基本支出/项目支出
        label, start, span = group
        c = 3
        for h in heads:
            if c == 3 + start:
                w.merge(r, c, r, c + span - 1, label)
            elif not (3 + start < c < 3 + start + span):
                w.merge(r, c, r + 1, c, h)
            c += 1
        for i in range(span):
            w.put(r + 1, 3 + start + i, heads[start + i], bold=True)
    else:
        for i, h in enumerate(heads):
            w.merge(r, 3 + i, r + 1, 3 + i, h)
    w.put(r + 1, 1, "功能分类科目编码", bold=True)
    w.put(r + 1, 2, "科目名称", bold=True)
    w.row += 2
    total = rows.get("total")
    if total_first:
        w.merge(w.row, 1, w.row, 2, "合计")
        w.line([None, None] + [v(total, k) for k in keys], bold=True)
    for code in code_rows(data, rows):
        w.line([code, data["names"][code]] + [v(rows[code], k) for k in keys])
    if not total_first:
        w.merge(w.row, 1, w.row, 2, "合计")
        w.line([None, None] + [v(total, k) for k in keys], bold=True)
    if note:
        w.note(note, width)


def t02_2024(w, data, dept):
    _coded_2024(w, "收入决算表", dept, ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
                                     "附属单位上缴收入", "其他收入"], data["t02"], data,
                ["total", "fiscal", "upper", "business", "operating", "affiliated", "other"],
                note="注：本表反映部门本年度取得的各项收入情况。")


def t03_2024(w, data, dept):
    _coded_2024(w, "支出决算表", dept, ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出",
                                     "对附属单位补助支出"], data["t03"], data,
                ["total", "basic", "project", "upper_remit", "operating", "affiliate_subsidy"],
                note="注：本表反映部门本年度各项支出情况。")


def t04_2024(w, data, dept):
    t = data["t04"]
    w.title("财政拨款收入支出决算总表", 6, dept=dept, dept_label="编制部门：")
    r = w.row
    w.merge(r, 1, r, 2, "收入")
    w.merge(r, 3, r, 6, "支出")
    w.row += 1
    w.line(["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"], bold=True)
    left = [("一、一般公共预算财政拨款", "income.general"), ("二、政府性基金预算财政拨款", "income.gov_fund"),
            ("三、国有资本经营预算财政拨款", None)]
    for i, (code, name) in enumerate(CATS_2024):
        lab, key = left[i] if i < len(left) else ("", None)
        c = t["cats"].get(code)
        w.line([lab, t.get(key) if key else None, f"{numeral(i + 1)}、{name}", v(c, "total"), v(c, "general"),
                v(c, "gov_fund")])
    et, en, eg = t["expense_total"], t["end_total"], t["expense_grand_total"]
    w.line(["本年收入合计", t["income_total"], "本年支出合计", et["total"], et["general"], et["gov_fund"]], bold=True)
    w.line(["年初财政拨款结转和结余", t["begin_total"], "年末财政拨款结转和结余", en["total"], en["general"], en["gov_fund"]])
    w.line(["一、一般公共预算财政拨款", t["begin.general"], None, None, None, None])
    w.line(["二、政府性基金预算财政拨款", t["begin.gov_fund"], None, None, None, None])
    w.line(["三、国有资本经营预算财政拨款", None, None, None, None, None])
    w.line(["总计", t["income_grand_total"], "总计", eg["total"], eg["general"], eg["gov_fund"]], bold=True)
    w.note("注：本表反映部门本年度财政拨款总收支和结转结余情况。", 6)


def t05_2024(w, data, dept):
    _coded_2024(w, "一般公共预算财政拨款支出决算表", dept, ["合计", "基本支出", "项目支出"], data["t05"], data,
                ["total", "basic", "project"], total_first=False,
                note="注：本表反映部门本年度一般公共预算财政拨款支出情况。")


def t06_2024(w, data, dept):
    w.title("一般公共预算财政拨款基本支出决算表", 6, dept=dept, dept_label="编制部门：")
    w.line(["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"], bold=True)
    rows = data["t06"]
    left = [x for x in rows if x[0][:3] in ("301", "303")]
    right = [x for x in rows if x[0][:3] in ("302", "310")]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else (None, None, None)
        b = right[i] if i < len(right) else (None, None, None)
        w.line([a[0], a[1], a[2], b[0], b[1], b[2]])
    tot = data["t06_totals"]
    r = w.row
    w.merge(r, 1, r, 2, "人员经费合计")
    w.merge(r, 4, r, 5, "公用经费合计")
    w.line([None, None, tot["personnel_total"], None, None, tot["public_total"]], bold=True)
    w.note("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", 6)


SG_KEYS = ["total", "abroad", "car_total", "car_purchase", "car_run", "reception"]


def t07_2024(w, data, dept):
    sg = data["t07"]
    w.title("财政拨款“三公”经费支出决算表", 12, dept=dept, dept_label="编制部门：")
    r = w.row
    w.merge(r, 1, r, 12, "财政拨款“三公”经费")
    w.merge(r + 1, 1, r + 2, 2, "合计")
    w.merge(r + 1, 3, r + 2, 4, "因公出国（境）费")
    w.merge(r + 1, 5, r + 1, 10, "公务用车购置及运行维护费")
    w.merge(r + 2, 5, r + 2, 6, "小计")
    w.merge(r + 2, 7, r + 2, 8, "公务用车购置费")
    w.merge(r + 2, 9, r + 2, 10, "公务用车运行维护费")
    w.merge(r + 1, 11, r + 2, 12, "公务接待费")
    w.row += 3
    w.line(["预算数", "决算数"] * 6, bold=True)
    values = []
    for k in SG_KEYS:
        values += [sg["budget"][k], sg["final"][k]]
    w.line(values)
    w.note("注：本表反映部门本年度“三公”经费支出预决算情况。", 12)


def t08_2024(w, data, dept):
    _coded_2024(w, "政府性基金预算财政拨款收入支出决算表", dept,
                ["年初结转和结余", "本年收入", "合计", "基本支出", "项目支出", "年末结转和结余"], data["t08"], data,
                ["begin", "income", "expense", "basic", "project", "end"], group=("本年支出", 2, 3),
                note="注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。")


def t09_2024(w, data, dept):
    _coded_2024(w, "国有资本经营预算财政拨款收入支出决算表", dept,
                ["年初结转和结余", "本年收入", "合计", "基本支出", "项目支出", "年末结转和结余"], {}, data,
                ["begin", "income", "expense", "basic", "project", "end"], group=("本年支出", 2, 3),
                note="注：本部门本年度没有国有资本经营预算财政拨款收支，故本表以空表列示。")


LAYOUT_2024 = [t01_2024, t02_2024, t03_2024, t04_2024, t05_2024, t06_2024, t07_2024, t08_2024, t09_2024]


# ---------------------------------------------------------------------------------------------- 2019
YEAR_2019 = "（2019年度）"


def t01_2019(w: Writer, data, dept):
    t = data["t01"]
    w.title("收入支出决算总表", 6, code="公开01表", dept=dept, year_prefix=YEAR_2019)
    r = w.row
    w.merge(r, 1, r, 3, "收入")
    w.merge(r, 4, r, 6, "支出")
    w.row += 1
    w.line(["项目", "行次", "金额", "项目", "行次", "金额"], bold=True)
    w.line(["栏次", None, 1, "栏次", None, 2])
    income = [("一、一般公共预算财政拨款收入", "income.general"), ("二、政府性基金预算财政拨款收入", "income.gov_fund"),
              ("三、上级补助收入", None), ("四、事业收入", None), ("五、经营收入", None),
              ("六、附属单位上缴收入", None), ("七、其他收入", None)]
    n = len(CATS_2019)
    for i, (code, name) in enumerate(CATS_2019):
        lab, key = income[i] if i < len(income) else ("\u3000", None)
        w.line([lab, i + 1, t.get(key) if key else None, f"{numeral(i + 1)}、{name}", n + 6 + i, t["cats"].get(code)])
    base = n
    w.line(["本年收入合计", base + 1, t["income_total"], "本年支出合计", 2 * n + 6 + 0, t["expense_total"]])
    w.line(["用事业基金弥补收支差额", base + 2, Decimal("0"), "结余分配", 2 * n + 7, None])
    w.line(["年初结转和结余", base + 3, t["begin_balance"], "年末结转和结余", 2 * n + 8, t["end_balance"]])
    w.line(["\u3000", base + 4, None, "\u3000", 2 * n + 9, None])
    w.line(["总计", base + 5, t["income_grand_total"], "总计", 2 * n + 10, t["expense_grand_total"]])


def _split_code(code):
    return [code[:3], code[3:5] or None, code[5:7] or None]


def _coded_2019(w: Writer, title, code_label, dept, heads, rows, data, keys, note=None, group=None, year=YEAR_2019):
    width = 4 + len(heads)
    w.title(title, width, code=code_label, dept=dept, year_prefix=year)
    r = w.row
    w.merge(r, 1, r, 4, "项目")
    if group:
        label, start, span = group
        for i, h in enumerate(heads):
            c = 5 + i
            if i == start:
                w.merge(r, c, r + 1, c + span - 1, label)
                for j in range(span):
                    w.put(r + 2, c + j, heads[start + j], bold=True)
            elif not (start < i < start + span):
                w.merge(r, c, r + 2, c, h)
    else:
        for i, h in enumerate(heads):
            w.merge(r, 5 + i, r + 2, 5 + i, h)
    w.merge(r + 1, 1, r + 1, 3, "功能分类科目编码")
    w.merge(r + 1, 4, r + 2, 4, "科目名称")
    for i, part in enumerate(["类", "款", "项"]):
        w.put(r + 2, 1 + i, part, bold=True)
    w.row += 3
    w.merge(w.row, 1, w.row, 4, "栏次")
    w.line([None] * 4 + list(range(1, len(heads) + 1)))
    w.merge(w.row, 1, w.row, 4, "合计")
    w.line([None] * 4 + [v(rows.get("total"), k) for k in keys], bold=True)
    for code in code_rows(data, rows):
        w.line(_split_code(code) + [data["names"][code]] + [v(rows[code], k) for k in keys])
    if note:
        w.note(note, width)


def t02_2019(w, data, dept):
    _coded_2019(w, "收入决算表", "公开02表", dept, ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入",
                                                "经营收入", "附属单位上缴收入", "其他收入"], data["t02"], data,
                ["total", "fiscal", "upper", "business", "operating", "affiliated", "other"])


def t03_2019(w, data, dept):
    _coded_2019(w, "支出决算表", "公开03表", dept, ["本年支出合计", "基本支出", "项目支出", "上缴上级支出",
                                                "经营支出", "对附属单位补助支出"], data["t03"], data,
                ["total", "basic", "project", "upper_remit", "operating", "affiliate_subsidy"])


def t04_2019(w: Writer, data, dept):
    t = data["t04"]
    w.title("财政拨款收入支出决算总表", 8, code="公开04表", dept=dept, year_prefix=YEAR_2019)
    r = w.row
    w.merge(r, 1, r, 3, "收入")
    w.merge(r, 4, r, 8, "支出")
    w.row += 1
    w.line(["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款"], bold=True)
    w.line(["栏次", None, 1, "栏次", None, 2, 3, 4])
    left = [("一、一般公共预算财政拨款", "income.general"), ("二、政府性基金预算财政拨款", "income.gov_fund")]
    n = len(CATS_2019)
    for i, (code, name) in enumerate(CATS_2019):
        lab, key = left[i] if i < len(left) else ("\u3000", None)
        c = t["cats"].get(code)
        w.line([lab, i + 1, t.get(key) if key else None, f"{numeral(i + 1)}、{name}", n + 6 + i,
                v(c, "total"), v(c, "general"), v(c, "gov_fund")])
    et, en, eg = t["expense_total"], t["end_total"], t["expense_grand_total"]
    w.line(["本年收入合计", n + 1, t["income_total"], "本年支出合计", 2 * n + 6, et["total"], et["general"], et["gov_fund"]])
    w.line(["年初财政拨款结转和结余", n + 2, t["begin_total"], "年末财政拨款结转和结余", 2 * n + 7, en["total"], None, None])
    w.line(["一般公共预算财政拨款", n + 3, t["begin.general"], "一般公共预算财政拨款", 2 * n + 8, en["general"], None, None])
    w.line(["政府性基金预算财政拨款", n + 4, t["begin.gov_fund"], "政府性基金预算财政拨款", 2 * n + 9, en["gov_fund"], None, None])
    w.line(["总计", n + 5, t["income_grand_total"], "总计", 2 * n + 10, eg["total"], eg["general"], eg["gov_fund"]])


def t05_2019(w, data, dept, year=YEAR_2019):
    _coded_2019(w, "一般公共预算财政拨款支出决算表", "公开05表", dept, ["合计", "基本支出", "项目支出"], data["t05"],
                data, ["total", "basic", "project"], year=year)


def t06_2019(w: Writer, data, dept):
    w.title("一般公共预算财政拨款基本支出决算表", 9, code="公开06表", dept=dept, year_prefix=YEAR_2019)
    r = w.row
    w.merge(r, 1, r, 3, "人员经费")
    w.merge(r, 4, r, 9, "公用经费")
    w.row += 1
    w.line(["科目编码", "科目名称", "决算数"] * 3, bold=True)
    rows = data["t06"]
    blocks = [[x for x in rows if x[0][:3] == "301"] + [x for x in rows if x[0][:3] == "303"],
              [x for x in rows if x[0][:3] == "302"], [x for x in rows if x[0][:3] == "310"]]
    for i in range(max(len(b) for b in blocks)):
        line = []
        for b in blocks:
            line += list(b[i]) if i < len(b) else [None, None, None]
        w.line(line)
    tot = data["t06_totals"]
    w.line(["人员经费合计", None, tot["personnel_total"], "公用经费合计", None, None, None, None, tot["public_total"]])


def t07_2019(w: Writer, data, dept):
    """The seed's layout: a 预算数 band, its header, 栏次 1–6 and values; then the same for 决算数."""
    sg = data["t07"]
    w.title("一般公共预算财政拨款“三公”经费支出决算表", 6, code="公开07表", dept=dept, year_prefix=YEAR_2019)
    for period, band, start in (("budget", "预算数", 1), ("final", "决算数", 7)):
        w.merge(w.row, 1, w.row, 6, band)
        w.row += 1
        r = w.row
        w.merge(r, 1, r + 1, 1, "合计")
        w.merge(r, 2, r + 1, 2, "因公出国（境）费")
        w.merge(r, 3, r, 5, "公务用车购置及运行费")
        w.merge(r, 6, r + 1, 6, "公务接待费")
        w.put(r + 1, 3, "小计", bold=True)
        w.put(r + 1, 4, "公务用车购置费", bold=True)
        w.put(r + 1, 5, "公务用车运行费", bold=True)
        w.row += 2
        w.line(list(range(start, start + 6)))
        w.line([sg[period][k] or None for k in SG_KEYS])
    w.note("注：本表反映部门本年度“三公”经费支出预决算情况。其中：预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；"
           "决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", 6)


def t08_2019(w, data, dept):
    _coded_2019(w, "政府性基金预算财政拨款收入支出决算表", "公开08表", dept,
                ["年初结转和结余", "本年收入", "合计", "基本支出", "项目支出", "年末结转和结余"], data["t08"], data,
                ["begin", "income", "expense", "basic", "project", "end"], group=("本年支出", 2, 3))


def t09_2019(w, data, dept):
    _coded_2019(w, "国有资本经营预算财政拨款支出决算表", "公开09表", dept, ["合计", "基本支出", "项目支出"], {}, data,
                ["expense", "basic", "project"], group=("本年支出", 0, 3),
                note="注：本部门2019年度国有资本经营预算无收支及结转结余情况，故本表以空表列示。")


LAYOUT_2019 = [t01_2019, t02_2019, t03_2019, t04_2019, t05_2019, t06_2019, t07_2019, t08_2019, t09_2019]
