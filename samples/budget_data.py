"""One consistent 2026 部门预算 of a fictional 上海 district bureau, in 元, built from its 项 (功能分类) and the
economic split of its basic spending: every table of the nine is derived from these, so they agree by
construction (domain notes budget.md §2.1). make_budget_samples.py prints them into the official templates.
"""

from __future__ import annotations

from collections import defaultdict

YEAR = 2026
DEPARTMENT = "上海市某区某某局"

CATEGORIES = {"201": "一般公共服务支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "212": "城乡社区支出",
              "221": "住房保障支出"}
ITEMS_KUAN = {"20103": "政府办公厅（室）及相关机构事务", "20805": "行政事业单位养老支出", "21011": "行政事业单位医疗",
              "21208": "国有土地使用权出让收入安排的支出", "22102": "住房改革支出"}

# 项: code, name, and the segments financing it: (source, 人员经费, 公用经费, 项目支出) in 元.
# source: general (一般公共预算), gov_fund (政府性基金), business (事业收入), other (其他收入)
XIANG = [
    ("2010301", "行政运行", [("general", 6_352_480, 1_186_300, 0)]),
    ("2010350", "事业运行", [("general", 2_118_760, 402_950, 0), ("business", 0, 0, 356_000)]),
    ("2010399", "其他政府办公厅（室）及相关机构事务支出", [("general", 0, 0, 4_825_600), ("other", 0, 0, 120_000)]),
    ("2080505", "机关事业单位基本养老保险缴费支出", [("general", 1_046_208, 0, 0)]),
    ("2080506", "机关事业单位职业年金缴费支出", [("general", 523_104, 0, 0)]),
    ("2101101", "行政单位医疗", [("general", 612_330, 0, 0)]),
    ("2101102", "事业单位医疗", [("general", 208_115, 0, 0)]),
    ("2120899", "其他国有土地使用权出让收入安排的支出", [("gov_fund", 0, 0, 2_650_000)]),
    ("2210201", "住房公积金", [("general", 897_436, 0, 0)]),
]

# 一般公共预算 基本支出 by economic class (款): 人员经费 (301, 303) and 公用经费 (302, 310); they add up to the
# general segments' 人员/公用经费 above (checked in build()).
ECONOMIC = [
    ("301", "工资福利支出", None),
    ("30101", "基本工资", ("personnel", 3_215_400)),
    ("30102", "津贴补贴", ("personnel", 3_568_920)),
    ("30103", "奖金", ("personnel", 1_186_920)),
    ("30108", "机关事业单位基本养老保险缴费", ("personnel", 1_046_208)),
    ("30109", "职业年金缴费", ("personnel", 523_104)),
    ("30110", "职工基本医疗保险缴费", ("personnel", 820_445)),
    ("30113", "住房公积金", ("personnel", 897_436)),
    ("303", "对个人和家庭的补助", None),
    ("30305", "生活补助", ("personnel", 500_000)),
    ("302", "商品和服务支出", None),
    ("30201", "办公费", ("public", 360_000)),
    ("30205", "水费", ("public", 42_000)),
    ("30206", "电费", ("public", 186_500)),
    ("30211", "差旅费", ("public", 95_000)),
    ("30217", "公务接待费", ("public", 12_000)),
    ("30228", "工会经费", ("public", 158_750)),
    ("30229", "福利费", ("public", 150_000)),
    ("30231", "公务用车运行维护费", ("public", 85_000)),
    ("30239", "其他交通费用", ("public", 500_000)),
]

# “三公”经费 and 机关运行经费, 万元 (table 9)
SANGONG = {"abroad": "0", "reception": "1.20", "car_purchase": "0", "car_run": "8.50", "admin_run": "138.95"}

SOURCES = ("general", "gov_fund", "state_capital", "business", "operating", "other")
FISCAL = ("general", "gov_fund", "state_capital")


def _zero():
    return {"total": 0, "fiscal": 0, **{s: 0 for s in SOURCES}, "basic": 0, "personnel": 0, "public": 0, "project": 0}


def _add(acc: dict, source: str, personnel: int, public: int, project: int) -> None:
    amount = personnel + public + project
    acc["total"] += amount
    acc[source] += amount
    if source in FISCAL:
        acc["fiscal"] += amount
    acc["personnel"] += personnel
    acc["public"] += public
    acc["basic"] += personnel + public
    acc["project"] += project


def build() -> dict:
    """Rows by code for every fund view: 'all' (tables 2, 3), 'general' (5), 'gov_fund' (6), 'state_capital' (7),
    plus the names, the economic table (8) and 三公 (9)."""
    names = dict(CATEGORIES) | dict(ITEMS_KUAN) | {c: n for c, n, _s in XIANG}
    views: dict[str, dict[str, dict]] = {v: defaultdict(_zero) for v in ("all", "general", "gov_fund", "state_capital")}
    for code, _name, segments in XIANG:
        for source, personnel, public, project in segments:
            for view in ("all", source):
                if view not in views:
                    continue
                for key in (code[:3], code[:5], code, "total"):
                    _add(views[view][key], source, personnel, public, project)
    economic = {}
    for code, _name, split in ECONOMIC:
        if split is None:
            continue
        kind, amount = split
        for key in (code[:3], code, "total"):
            row = economic.setdefault(key, {"total": 0, "personnel": 0, "public": 0})
            row["total"] += amount
            row[kind] += amount
    general = views["general"]["total"]
    assert economic["total"]["personnel"] == general["personnel"], (economic["total"], general)
    assert economic["total"]["public"] == general["public"]
    econ_names = {c: n for c, n, _s in ECONOMIC}
    return {"names": names, "views": {k: dict(v) for k, v in views.items()}, "economic": economic,
            "econ_names": econ_names, "sangong": dict(SANGONG)}


def ordered_codes(rows: dict) -> list[str]:
    """类, then its 款, then their 项, in code order (the order the tables print)."""
    return sorted((c for c in rows if c != "total"), key=lambda c: (c[:3], c[:5] if len(c) >= 5 else "", c))


if __name__ == "__main__":
    d = build()
    for code in ordered_codes(d["views"]["all"]):
        print(code, d["names"][code], d["views"]["all"][code])
    print(d["views"]["all"]["total"])
