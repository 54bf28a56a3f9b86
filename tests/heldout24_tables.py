"""The nine 决算 tables of session 24's held-out set (tests/test_tables_heldout24.py), in the column layouts other
regions and years print: 某市生态环境局, 2024年度. The figures are new (no earlier batch's): general fund 916.75 万元 =
基本 486.10 (人员经费 433.92 + 公用经费 52.18) + 项目 430.65; 政府性基金 with a carry-over (年初 5.00 + 本年收入 12.00 =
本年支出 15.00 + 年末 2.00), so 02's and 03's totals differ and 01/04 carry 年初/年末 rows. No 国有资本经营: 09 prints
empty, its note under it. The printer is tests/heldout_nine.py's (these figures passed in).
"""

from __future__ import annotations

from decimal import Decimal

import heldout_nine
from heldout_nine import Fmt, Figures  # noqa: F401 (Fmt: the tests' t24.Fmt / t25.Fmt)

D = Decimal
DEPT = "编制单位：某市生态环境局　　　　2024年度"
DEPARTMENT = "某市生态环境局"
ZERO = D(0)

# 项: code, name, 人员经费, 公用经费, 项目支出, fund ('g' 一般公共预算, 'f' 政府性基金)
ITEMS = [
    ("2080501", "行政单位离退休", "22.40", "0", "0", "g"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "48.96", "0", "0", "g"),
    ("2080506", "机关事业单位职业年金缴费支出", "19.58", "0", "0", "g"),
    ("2101101", "行政单位医疗", "19.84", "0", "0", "g"),
    ("2110101", "行政运行", "286.42", "52.18", "0", "g"),
    ("2110104", "生态环境保护宣传", "0", "0", "18.60", "g"),
    ("2110199", "其他环境保护管理事务支出", "0", "0", "45.30", "g"),
    ("2110301", "大气", "0", "0", "246.75", "g"),
    ("2110302", "水体", "0", "0", "120.00", "g"),
    ("2210201", "住房公积金", "36.72", "0", "0", "g"),
    ("2296099", "用于其他社会公益事业的彩票公益金支出", "0", "0", "15.00", "f"),
]
NAMES = {
    "208": "社会保障和就业支出", "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "211": "节能环保支出", "21101": "环境保护管理事务", "21103": "污染防治", "221": "住房保障支出",
    "22102": "住房改革支出", "229": "其他支出", "22960": "彩票公益金安排的支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
FUND_BEGIN, FUND_INCOME, FUND_END = D("5.00"), D("12.00"), D("2.00")

# 06: 经济分类 rows (None: a 类, the sum of its rows)
PERSONNEL = [("301", "工资福利支出", None), ("30101", "基本工资", "120.36"), ("30102", "津贴补贴", "98.52"),
             ("30103", "奖金", "10.20"), ("30107", "绩效工资", "60.14"),
             ("30108", "机关事业单位基本养老保险缴费", "48.96"), ("30109", "职业年金缴费", "19.58"),
             ("30110", "职工基本医疗保险缴费", "19.84"), ("30113", "住房公积金", "36.72"),
             ("303", "对个人和家庭的补助", None), ("30302", "退休费", "19.60")]
PUBLIC = [("302", "商品和服务支出", None), ("30201", "办公费", "8.20"), ("30205", "水费", "1.30"),
          ("30206", "电费", "5.40"), ("30211", "差旅费", "6.15"), ("30216", "培训费", "2.10"),
          ("30217", "公务接待费", "1.28"), ("30228", "工会经费", "5.62"), ("30229", "福利费", "3.00"),
          ("30231", "公务用车运行维护费", "9.60"), ("30239", "其他交通费用", "4.50"),
          ("30299", "其他商品和服务支出", "3.03"), ("310", "资本性支出", None), ("31002", "办公设备购置", "2.00")]
# 07: 合计, 因公出国（境）费, 公务用车小计, 购置费, 运行维护费, 公务接待费
SANGONG = {"budget": ("20.00", "0", "15.00", "0", "15.00", "5.00"),
           "final": ("10.88", "0", "9.60", "0", "9.60", "1.28")}

FIGURES = Figures(dept=DEPT, department=DEPARTMENT, items=ITEMS, names=NAMES, fund_begin=FUND_BEGIN,
                  fund_income=FUND_INCOME, fund_end=FUND_END, personnel=PERSONNEL, public=PUBLIC, sangong=SANGONG,
                  state=ZERO, empty_note="注：本单位2024年度无国有资本经营预算财政拨款收入和支出，故本表为空表。")


def nine(fmt, **options):
    """The nine tables in their order (heldout_nine.nine: its options)."""
    return heldout_nine.nine(FIGURES, fmt, **options)


def t04(fmt, **options):
    return heldout_nine.t04(FIGURES, fmt, **options)
