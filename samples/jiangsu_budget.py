"""A 江苏式 部门预算 (公开01–12表, 万元, two decimals) on one sheet, as 江苏's 2018–2019 省级部门 print it: the code
'公开NN表' above each title, '部门：… 单位：万元' under it. The figures are those of 江苏省政协办公厅 2019
(real/budget/江苏-江苏省政协办公厅2019年预算公开表.pdf), which agree with each other; 三公, 会议费, 培训费 and
政府采购 are made up. make_budget_samples.py saves it clean and with planted errors.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook

D = Decimal
DEPARTMENT = "江苏省某某厅"
MONEY = "#,##0.00"

FUNCTION = [  # 公开05/07表: 功能科目
    ("201", "一般公共服务支出", "10191.56"), ("20102", "政协事务", "10191.56"), ("2010201", "行政运行", "5223.22"),
    ("2010202", "一般行政管理事务", "3159.78"), ("2010204", "政协会议", "1282.56"), ("2010205", "委员视察", "426.00"),
    ("2010299", "其他政协事务支出", "100.00"), ("208", "社会保障和就业支出", "858.51"),
    ("20805", "行政事业单位离退休", "858.51"), ("2080504", "未归口管理的行政单位离退休", "277.05"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "415.33"), ("2080506", "机关事业单位职业年金缴费支出", "166.13"),
    ("221", "住房保障支出", "2247.04"), ("22102", "住房改革支出", "2247.04"), ("2210201", "住房公积金", "492.87"),
    ("2210202", "提租补贴", "1754.17"),
]
ECONOMIC = [  # 公开06/08表: 经济科目
    ("301", "工资福利支出", "4367.96"), ("30101", "基本工资", "877.88"), ("30102", "津贴补贴", "2269.57"),
    ("30103", "奖金", "70.37"), ("30107", "绩效工资", "45.33"), ("30108", "机关事业单位基本养老保险缴费", "415.33"),
    ("30109", "职业年金缴费", "166.13"), ("30113", "住房公积金", "492.87"), ("30114", "医疗费", "20.88"),
    ("30199", "其他工资福利支出", "9.60"), ("302", "商品和服务支出", "1130.74"), ("30201", "办公费", "110.00"),
    ("30205", "水费", "15.00"), ("30206", "电费", "85.00"), ("30207", "邮电费", "50.00"), ("30211", "差旅费", "200.00"),
    ("30213", "维修（护）费", "100.00"), ("30228", "工会经费", "70.00"), ("30231", "公务用车运行维护费", "156.60"),
    ("30239", "其他交通费用", "168.64"), ("30299", "其他商品和服务支出", "175.50"),
    ("303", "对个人和家庭的补助", "944.05"), ("30301", "离休费", "236.12"), ("30302", "退休费", "707.43"),
    ("30309", "奖励金", "0.50"),
]
CATEGORIES = ["一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
              "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
              "资源勘探信息等支出", "商业服务业等支出", "金融支出", "自然资源海洋气象等支出", "住房保障支出",
              "粮油物资储备支出", "灾害防治及应急管理支出", "其他支出"]
CATEGORY_AMOUNTS = {"一般公共服务支出": "10271.56", "社会保障和就业支出": "858.51", "住房保障支出": "2247.04"}
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七",
            "十八", "十九", "二十", "二十一"]


class Sheet:
    """Writes tables one under another and remembers where each figure went: (kind, row, col) → cell."""

    def __init__(self, ws):
        self.ws, self.row = ws, 1
        self.at: dict[tuple[str, str, str], object] = {}

    def put(self, r, c, value, key=None):
        cell = self.ws.cell(row=r, column=c)
        if isinstance(value, str) and key is not None:
            value = D(value)
        if isinstance(value, D):
            cell.value, cell.number_format = float(value), MONEY
        else:
            cell.value = value
        if key is not None:
            self.at[key] = cell
        return cell

    def head(self, code: str, title: str, width: int) -> None:
        self.put(self.row, 1, f"公开{code}表")
        self.put(self.row + 1, 1, title)
        self.ws.merge_cells(start_row=self.row + 1, start_column=1, end_row=self.row + 1, end_column=width)
        self.put(self.row + 2, 1, f"部门：{DEPARTMENT}")
        self.put(self.row + 2, width, "单位：万元")
        self.row += 3

    def merge(self, r1, c1, r2, c2, value):
        self.put(r1, c1, value)
        self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def t01(s: Sheet):
    s.head("01", "收支预算总表", 6)
    r = s.row
    s.merge(r, 1, r, 2, "收入")
    s.merge(r, 3, r, 6, "支出")
    s.put(r + 1, 1, "项目名称"), s.put(r + 1, 2, "金额")
    s.merge(r + 1, 3, r + 1, 4, "功能分类")
    s.merge(r + 1, 5, r + 1, 6, "支出用途")
    for c, text in ((3, "功能科目名称"), (4, "金额"), (5, "项目名称"), (6, "金额")):
        s.put(r + 2, c, text)
    r += 3
    income = [("一、财政拨款", "income.fiscal", "13297.11"), ("1.一般公共预算", "fiscal.general", "13297.11"),
              ("2.政府性基金预算", "fiscal.gov_fund", None), ("二、财政专户管理资金", "income.special_account", None),
              ("三、其他资金", "income.other_funds", "80.00")]
    use = [("一、基本支出", "use.basic", "6522.75"), ("二、项目支出", "use.project", "4968.34"),
           ("三、单位预留机动经费", "use.reserve", "1886.02")]
    codes = {"一般公共服务支出": "201", "社会保障和就业支出": "208", "住房保障支出": "221"}
    for i, name in enumerate(CATEGORIES):
        if i < len(income):
            label, key, value = income[i]
            s.put(r + i, 1, label)
            if value:
                s.put(r + i, 2, value, ("B01", key, "amount"))
        s.put(r + i, 3, f"{NUMERALS[i]}、{name}")
        if name in CATEGORY_AMOUNTS:
            s.put(r + i, 4, CATEGORY_AMOUNTS[name], ("B01", codes[name], "amount"))
        if i < len(use):
            s.put(r + i, 5, use[i][0])
            s.put(r + i, 6, use[i][2], ("B01", use[i][1], "amount"))
    r += len(CATEGORIES)
    for left, lkey, lval, right, rkey, rval in (
            ("当年收入小计", "income_total", "13377.11", "当年支出小计", "expense_total", "13377.11"),
            ("上年结转资金", "carry_in", None, "结转下年资金", "carry_out", None),
            ("收入合计", "income_grand_total", "13377.11", "支出合计", "expense_grand_total", "13377.11")):
        s.put(r, 1, left)
        if lval:
            s.put(r, 2, lval, ("B01", lkey, "amount"))
        s.put(r, 3, right)
        if rval:
            s.put(r, 6, rval, ("B01", rkey, "amount"))  # under 支出用途's 金额, as 江苏 prints it
        r += 1
    s.row = r + 2


def t02(s: Sheet):
    s.head("02", "收入预算总表", 3)
    r = s.row
    s.merge(r, 1, r, 2, "项目名称")
    s.put(r, 3, "金额")
    r += 1
    rows = [("收入总计", None, "total", "13377.11"), ("一般公共预算资金", "小计", "group.general", "13297.11"),
            (None, "公共财政拨款(补助)资金", "label:公共财政拨款(补助)资金", "13297.11"), (None, "专项收入", None, None),
            ("政府性基金", "小计", None, None), ("财政专户管理资金", "小计", None, None),
            ("其他资金", "小计", "group.other_funds", "80.00"), (None, "事业收入", None, None),
            (None, "经营收入", None, None), (None, "其他收入", "label:其他收入", "80.00"),
            ("上年结转和结余资金", "小计", None, None), (None, "其中：动用上年结转和结余资金", None, None)]
    for group, item, key, value in rows:
        if group and not item:
            s.merge(r, 1, r, 2, group)
        else:
            s.put(r, 1, group)
            s.put(r, 2, item)
        if value:
            s.put(r, 3, value, ("B02", key, "amount"))
        r += 1
    s.row = r + 2


def t03(s: Sheet):
    s.head("03", "支出预算总表", 5)
    r = s.row
    for c, text in enumerate(["合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"], start=1):
        s.put(r, c, text)
    for c, (key, value) in enumerate([("total", "13377.11"), ("basic", "6522.75"), ("project", "4968.34"),
                                      ("reserve", "1886.02")], start=1):
        s.put(r + 1, c, value, ("B14", "budget", key))
    s.row = r + 4


def t04(s: Sheet):
    s.head("04", "财政拨款收支预算总表", 4)
    r = s.row
    s.merge(r, 1, r, 2, "收入")
    s.put(r, 3, "支出")
    s.ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    s.put(r + 1, 1, "项目名称"), s.put(r + 1, 2, "金额")
    s.merge(r + 1, 3, r + 1, 4, "支出用途")
    s.put(r + 2, 3, "项目名称"), s.put(r + 2, 4, "金额")
    r += 3
    rows = [("一、一般公共预算", "income.general", "13297.11", "一、基本支出", "use.basic", "6442.75"),
            ("二、政府性基金预算", "income.gov_fund", None, "二、项目支出", "use.project", "4968.34"),
            (None, None, None, "三、单位预留机动经费", "use.reserve", "1886.02"),
            ("收入合计", "income_grand_total", "13297.11", "支出合计", "expense_grand_total", "13297.11")]
    for left, lkey, lval, right, rkey, rval in rows:
        s.put(r, 1, left)
        if lval:
            s.put(r, 2, lval, ("B04", lkey, "amount"))
        s.put(r, 3, right)
        s.put(r, 4, rval, ("B04", rkey, "amount"))
        r += 1
    s.row = r + 2


def coded(s: Sheet, code: str, title: str, kind: str, rows, total: str | None, code_header: str, name_header: str,
          amount_header: str = "金额", note: str | None = None):
    s.head(code, title, 3)
    r = s.row
    for c, text in enumerate([code_header, name_header, amount_header], start=1):
        s.put(r, c, text)
    r += 1
    s.put(r, 2, "合计")
    if total:
        s.put(r, 3, total, (kind, "total", "amount"))
    r += 1
    for code_, name, value in rows:
        s.put(r, 1, code_)
        s.put(r, 2, name)
        s.put(r, 3, value, (kind, code_, "amount"))
        r += 1
    if note:
        s.put(r, 1, note)
        r += 1
    s.row = r + 2


def t09(s: Sheet):
    s.head("09", "“三公”经费、会议费、培训费支出预算表", 9)
    r = s.row
    s.merge(r, 1, r + 2, 1, "合计")
    s.merge(r, 2, r, 7, "“三公”经费")
    s.merge(r, 8, r + 2, 8, "会议费")
    s.merge(r, 9, r + 2, 9, "培训费")
    s.merge(r + 1, 2, r + 2, 2, "小计")
    s.merge(r + 1, 3, r + 2, 3, "因公出国（境）费")
    s.merge(r + 1, 4, r + 1, 6, "公务用车购置及运行维护费")
    s.merge(r + 1, 7, r + 2, 7, "公务接待费")
    s.put(r + 2, 4, "小计"), s.put(r + 2, 5, "公务用车购置费"), s.put(r + 2, 6, "公务用车运行维护费")
    values = [("total", "336.60"), ("sanggong", "236.60"), ("abroad", "50.00"), ("car_total", "156.60"),
              ("car_purchase", "0.00"), ("car_run", "156.60"), ("reception", "30.00"), ("meeting", "40.00"),
              ("training", "60.00")]
    for c, (key, value) in enumerate(values, start=1):
        s.put(r + 3, c, value, ("B09", "budget", key))
    s.row = r + 6


def t12(s: Sheet):
    s.head("12", "政府采购预算表", 6)
    r = s.row
    for c, text in enumerate(["采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"], start=1):
        s.put(r, c, text)
    r += 1
    rows = [("合计", None, None, None, None, "total", "206.50"), ("一、货物A", None, None, None, None, "goods", "120.50"),
            (None, "办公设备购置", "31002", "台式计算机", "集中采购", "label:台式计算机", "100.00"),
            (None, "日常公用经费", "30201", "复印纸", "分散采购", "label:复印纸", "20.50"),
            ("二、工程B", None, None, None, None, None, None), ("三、服务C", None, None, None, None, "services", "86.00"),
            (None, "日常公用经费", "30209", "物业管理服务", "分散采购", "label:物业管理服务", "86.00")]
    for a, b, c_, d, e, key, value in rows:
        for c, text in enumerate([a, b, c_, d, e], start=1):
            s.put(r, c, text)
        if value:
            s.put(r, 6, value, ("B13", key, "amount"))
        r += 1
    s.row = r + 2


def build() -> tuple[Workbook, dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "部门预算公开表"
    s = Sheet(ws)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["C"].width = 26
    t01(s), t02(s), t03(s), t04(s)
    coded(s, "05", "财政拨款支出预算表（功能科目）", "B10", FUNCTION, "13297.11", "功能科目编码", "功能科目名称")
    basic = [("301", "工资福利支出", "4367.96"), ("302", "商品和服务支出", "1130.74"), ("303", "对个人和家庭的补助", "944.05")]
    coded(s, "06", "财政拨款基本支出预算表（经济科目）", "B11", ECONOMIC, "6442.75", "科目编码", "科目名称")
    coded(s, "07", "一般公共预算支出预算表（功能科目）", "B05", FUNCTION, "13297.11", "功能科目编码", "功能科目名称")
    coded(s, "08", "一般公共预算基本支出预算表（经济科目）", "B08", ECONOMIC, "6442.75", "科目编码", "科目名称")
    t09(s)
    coded(s, "10", "政府性基金预算财政拨款支出预算表", "B06", [], None, "功能科目编码", "功能科目名称",
          note="注：本部门无政府性基金预算财政拨款收支，此表为空。")
    run = [c for c in ECONOMIC if c[0].startswith("302")]
    coded(s, "11", "一般公共预算机关运行经费支出预算表", "B12", run, "1130.74", "科目编码", "科目名称", "机关运行经费支出")
    t12(s)
    del basic
    return wb, s.at
