"""The nine 决算 tables of session 25's held-out set (tests/test_tables_heldout25.py): 某县教育体育局, 2024年度, a
mix of 类 no earlier batch has (教育, 卫生健康, 农林水, and 国有资本经营预算支出 223). The printing shapes are
tests/heldout_nine.py's (shared with heldout24_tables.py and heldout26_book.py: these figures passed in): general fund
607.36 万元 = 基本 291.31 (人员经费 244.96 + 公用经费 46.35) + 项目 316.05 (all funds 643.86); 政府性基金 with a
carry-over (年初 3.00 + 本年收入 28.00 = 本年支出 30.00 + 年末 1.00); 国有资本经营 6.50 spent as received, so 09 is
no empty table and 04's third fund column holds figures.
"""

from __future__ import annotations

from decimal import Decimal

import heldout_nine
from heldout_nine import Fmt, Figures  # noqa: F401 (Fmt: the tests' t24.Fmt / t25.Fmt)

D = Decimal
DEPT = "编制单位：某县教育体育局　　　　2024年度"
DEPARTMENT = "某县教育体育局"
ZERO = D(0)

# 项: code, name, 人员经费, 公用经费, 项目支出, fund ('g' 一般公共预算, 'f' 政府性基金)
ITEMS = [
    ("2050101", "行政运行", "182.40", "46.35", "0", "g"),
    ("2050201", "学前教育", "0", "0", "85.00", "g"),
    ("2050202", "小学教育", "0", "0", "126.80", "g"),
    ("2050203", "初中教育", "0", "0", "64.25", "g"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "28.80", "0", "0", "g"),
    ("2101102", "事业单位医疗", "12.16", "0", "0", "g"),
    ("2130504", "农村基础设施建设", "0", "0", "40.00", "g"),
    ("2210201", "住房公积金", "21.60", "0", "0", "g"),
    ("2230105", "国有企业退休人员社会化管理补助支出", "0", "0", "6.50", "c"),
    ("2296002", "用于体育事业的彩票公益金支出", "0", "0", "30.00", "f"),
]
NAMES = {
    "205": "教育支出", "20501": "教育管理事务", "20502": "普通教育", "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出", "210": "卫生健康支出", "21011": "行政事业单位医疗", "213": "农林水支出",
    "21305": "巩固脱贫攻坚成果衔接乡村振兴", "221": "住房保障支出", "22102": "住房改革支出",
    "223": "国有资本经营预算支出", "22301": "解决历史遗留问题及改革成本支出", "229": "其他支出",
    "22960": "彩票公益金安排的支出",
}
NAMES.update({c: n for c, n, *_ in ITEMS})
FUND_BEGIN, FUND_INCOME, FUND_END = D("3.00"), D("28.00"), D("1.00")
STATE = D("6.50")  # 国有资本经营: received and spent

# 06: 经济分类 rows (None: a 类, the sum of its rows)
PERSONNEL = [("301", "工资福利支出", None), ("30101", "基本工资", "70.20"), ("30102", "津贴补贴", "52.30"),
             ("30103", "奖金", "6.10"), ("30107", "绩效工资", "42.00"),
             ("30108", "机关事业单位基本养老保险缴费", "28.80"), ("30110", "职工基本医疗保险缴费", "12.16"),
             ("30113", "住房公积金", "21.60"), ("303", "对个人和家庭的补助", None), ("30302", "退休费", "11.80")]
PUBLIC = [("302", "商品和服务支出", None), ("30201", "办公费", "9.40"), ("30205", "水费", "1.10"),
          ("30206", "电费", "4.60"), ("30211", "差旅费", "5.25"), ("30216", "培训费", "3.00"),
          ("30217", "公务接待费", "0.85"), ("30228", "工会经费", "3.65"), ("30229", "福利费", "2.40"),
          ("30231", "公务用车运行维护费", "6.20"), ("30239", "其他交通费用", "4.80"),
          ("30299", "其他商品和服务支出", "3.10"), ("310", "资本性支出", None), ("31002", "办公设备购置", "2.00")]
# 07: 合计, 因公出国（境）费, 公务用车小计, 购置费, 运行维护费, 公务接待费
SANGONG = {"budget": ("12.00", "0", "8.00", "0", "8.00", "4.00"),
           "final": ("7.05", "0", "6.20", "0", "6.20", "0.85")}

FIGURES = Figures(dept=DEPT, department=DEPARTMENT, items=ITEMS, names=NAMES, fund_begin=FUND_BEGIN,
                  fund_income=FUND_INCOME, fund_end=FUND_END, personnel=PERSONNEL, public=PUBLIC, sangong=SANGONG,
                  state=STATE)


def nine(fmt, **options):
    """The nine tables in their order (heldout_nine.nine: its options)."""
    return heldout_nine.nine(FIGURES, fmt, **options)


def t04(fmt, **options):
    return heldout_nine.t04(FIGURES, fmt, **options)
