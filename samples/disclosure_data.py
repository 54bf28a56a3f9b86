"""The figures behind the sample workbooks, kept in 元 and rounded to 0.01 万元 one by one.

Rounding each published figure on its own (as real preparers do) makes totals differ from the sums of
their parts by a few 0.01: exactly what govaudit must accept. Nothing here is random.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# 项 leaves: code, name, fund, 基本支出 元, 项目支出 元, 本年收入 元 (income by 功能分类)
LEAVES = [
    ("2011001", "行政运行", "general", "4123456.78", "0", None),
    ("2011002", "一般行政管理事务", "general", "0", "1864230.15", None),
    ("2011099", "其他人力资源事务支出", "general", "0", "7048104.49", None),
    ("2050803", "培训支出", "general", "0", "61534.27", None),
    ("2069999", "其他科学技术支出", "general", "0", "3268622.06", None),
    ("2080101", "行政运行", "general", "1234567.84", "0", None),
    ("2080505", "机关事业单位基本养老保险缴费支出", "general", "618345.55", "0", None),
    ("2080506", "机关事业单位职业年金缴费支出", "general", "464235.45", "0", None),
    ("2080799", "其他就业补助支出", "general", "0", "734595.32", None),
    ("2101101", "行政单位医疗", "general", "801945.45", "0", None),
    ("2130599", "其他扶贫支出", "general", "0", "418349.55", None),
    ("2210201", "住房公积金", "general", "352449.37", "0", None),
    ("2210203", "购房补贴", "general", "172051.23", "0", None),
    ("2120899", "其他国有土地使用权出让收入安排的支出", "gov_fund", "0", "39849946.35", "39477404.05"),
]
NAMES = {
    "201": "一般公共服务支出", "20110": "人力资源事务",
    "205": "教育支出", "20508": "进修及培训",
    "206": "科学技术支出", "20699": "其他科学技术支出",
    "208": "社会保障和就业支出", "20801": "人力资源和社会保障管理事务", "20805": "行政事业单位养老支出",
    "20807": "就业补助",
    "210": "卫生健康支出", "21011": "行政事业单位医疗",
    "212": "城乡社区支出", "21208": "国有土地使用权出让收入安排的支出",
    "213": "农林水支出", "21305": "扶贫",
    "221": "住房保障支出", "22102": "住房改革支出",
}
NAMES.update({code: name for code, name, *_ in LEAVES})

BEGIN = {"general": Decimal("366518.77"), "gov_fund": Decimal("4976895.41")}  # 年初结转和结余, 元

# 基本支出 by 经济分类 (元); must add up to the general fund's 基本支出
ECONOMIC = [
    ("301", "工资福利支出", None), ("30101", "基本工资", "1512345.12"), ("30102", "津贴补贴", "2012345.67"),
    ("30103", "奖金", "212000.00"), ("30107", "绩效工资", "904561.10"),
    ("30108", "机关事业单位基本养老保险缴费", "618345.55"), ("30109", "职业年金缴费", "464235.45"),
    ("30110", "职工基本医疗保险缴费", "801945.45"), ("30113", "住房公积金", "352449.37"),
    ("30199", "其他工资福利支出", "367888.56"),
    ("302", "商品和服务支出", None), ("30201", "办公费", "101234.56"), ("30211", "差旅费", "45678.90"),
    ("30217", "公务接待费", "12600.00"), ("30228", "工会经费", "61234.00"),
    ("30231", "公务用车运行维护费", "24200.00"), ("30299", "其他商品和服务支出", "103936.71"),
    ("303", "对个人和家庭的补助", None), ("30309", "奖励金", "172051.23"),
    ("310", "资本性支出", None), ("31002", "办公设备购置", "0"),
]

# 三公 (元): 预算 and 决算 — abroad, car purchase, car run, reception
SANGONG = {"budget": ("0", "0", "45000.00", "30000.00"), "final": ("0", "0", "24200.00", "12600.00")}

WAN = Decimal("10000")
CENT = Decimal("0.01")


def wan(yuan: Decimal | str) -> Decimal:
    """元 → 万元, rounded half up to two decimals, as every published figure is."""
    return (Decimal(yuan) / WAN).quantize(CENT, rounding=ROUND_HALF_UP)


def parents(code: str) -> list[str]:
    return [code[:n] for n in (3, 5) if len(code) > n]


def build() -> dict:
    """Every figure of the nine tables, in 万元, as it will be printed."""
    exp: dict[str, dict[str, Decimal]] = {}  # code → {fund_basic, fund_project, ...} in 元
    inc: dict[str, dict[str, Decimal]] = {}

    def add(store, code, key, value):
        for c in parents(code) + [code]:
            store.setdefault(c, {}).setdefault(key, Decimal(0))
            store[c][key] += value

    for code, _name, fund, basic, project, income in LEAVES:
        add(exp, code, f"{fund}.basic", Decimal(basic))
        add(exp, code, f"{fund}.project", Decimal(project))
        add(inc, code, fund, Decimal(income if income is not None else Decimal(basic) + Decimal(project)))
    codes = sorted(exp)

    def e(code, fund=None, part=None):
        d = exp.get(code, {})
        funds = [fund] if fund else ["general", "gov_fund"]
        parts = [part] if part else ["basic", "project"]
        return sum((d.get(f"{f}.{p}", Decimal(0)) for f in funds for p in parts), Decimal(0))

    def i(code, fund=None):
        d = inc.get(code, {})
        return sum((v for k, v in d.items() if fund is None or k == fund), Decimal(0))

    cats = [c for c in codes if len(c) == 3]
    tot_e = {f: sum((e(c, f) for c in cats), Decimal(0)) for f in ("general", "gov_fund")}
    tot_i = {f: sum((i(c, f) for c in cats), Decimal(0)) for f in ("general", "gov_fund")}
    end = {f: BEGIN[f] + tot_i[f] - tot_e[f] for f in BEGIN}
    data = {"codes": codes, "names": NAMES, "cats": cats}
    data["t01"] = {
        "income.general": wan(tot_i["general"]), "income.gov_fund": wan(tot_i["gov_fund"]),
        "income_total": wan(sum(tot_i.values())), "fund_cover": None,
        "begin_balance": wan(sum(BEGIN.values())), "income_grand_total": wan(sum(tot_i.values()) + sum(BEGIN.values())),
        "cats": {c: wan(e(c)) for c in cats}, "expense_total": wan(sum(tot_e.values())), "distribution": None,
        "end_balance": wan(sum(end.values())), "expense_grand_total": wan(sum(tot_e.values()) + sum(end.values())),
    }
    data["t02"] = {c: {"total": wan(i(c)), "fiscal": wan(i(c))} for c in codes}
    data["t02"]["total"] = {"total": wan(sum(tot_i.values())), "fiscal": wan(sum(tot_i.values()))}
    data["t03"] = {c: {"total": wan(e(c)), "basic": wan(e(c, part="basic")), "project": wan(e(c, part="project"))}
                   for c in codes}
    data["t03"]["total"] = {"total": wan(sum(tot_e.values())),
                            "basic": wan(sum(e(c, part="basic") for c in cats)),
                            "project": wan(sum(e(c, part="project") for c in cats))}
    data["t04"] = {
        "income.general": wan(tot_i["general"]), "income.gov_fund": wan(tot_i["gov_fund"]),
        "income_total": wan(sum(tot_i.values())),
        "begin.general": wan(BEGIN["general"]), "begin.gov_fund": wan(BEGIN["gov_fund"]),
        "begin_total": wan(sum(BEGIN.values())),
        "income_grand_total": wan(sum(tot_i.values()) + sum(BEGIN.values())),
        "cats": {c: {"total": wan(e(c)), "general": wan(e(c, "general")) if e(c, "general") else None,
                     "gov_fund": wan(e(c, "gov_fund")) if e(c, "gov_fund") else None} for c in cats},
        "expense_total": {"total": wan(sum(tot_e.values())), "general": wan(tot_e["general"]),
                          "gov_fund": wan(tot_e["gov_fund"])},
        "end_total": {"total": wan(sum(end.values())), "general": wan(end["general"]), "gov_fund": wan(end["gov_fund"])},
        "expense_grand_total": {"total": wan(sum(tot_e.values()) + sum(end.values())),
                                "general": wan(tot_e["general"] + end["general"]),
                                "gov_fund": wan(tot_e["gov_fund"] + end["gov_fund"])},
    }
    gcodes = [c for c in codes if e(c, "general")]
    data["t05"] = {c: {"total": wan(e(c, "general")), "basic": wan(e(c, "general", "basic")) or None,
                       "project": wan(e(c, "general", "project")) or None} for c in gcodes}
    data["t05"]["total"] = {"total": wan(tot_e["general"]),
                            "basic": wan(sum(e(c, "general", "basic") for c in cats)),
                            "project": wan(sum(e(c, "general", "project") for c in cats))}
    econ_tot: dict[str, Decimal] = {}
    for code, _n, v in ECONOMIC:
        if v is not None:
            econ_tot[code[:3]] = econ_tot.get(code[:3], Decimal(0)) + Decimal(v)
    data["t06"] = [(code, name, wan(Decimal(v)) if v is not None else wan(econ_tot.get(code, 0)))
                   for code, name, v in ECONOMIC]
    data["t06_totals"] = {"personnel_total": wan(econ_tot["301"] + econ_tot["303"]),
                          "public_total": wan(econ_tot["302"] + econ_tot.get("310", 0))}
    assert econ_tot["301"] + econ_tot["303"] + econ_tot["302"] + econ_tot["310"] == sum(
        e(c, "general", "basic") for c in cats), "经济分类与基本支出不符"
    sg = {}
    for period, (abroad, buy, run, rec) in SANGONG.items():
        a, b, r, c = (Decimal(x) for x in (abroad, buy, run, rec))
        sg[period] = {"total": wan(a + b + r + c), "abroad": wan(a), "car_total": wan(b + r),
                      "car_purchase": wan(b), "car_run": wan(r), "reception": wan(c)}
    data["t07"] = sg
    fcodes = [c for c in codes if e(c, "gov_fund") or i(c, "gov_fund")]
    t08 = {}
    for c in fcodes:
        begin = BEGIN["gov_fund"] if len(c) <= 7 else 0
        t08[c] = {"begin": wan(begin), "income": wan(i(c, "gov_fund")), "expense": wan(e(c, "gov_fund")),
                  "basic": None, "project": wan(e(c, "gov_fund", "project")),
                  "end": wan(begin + i(c, "gov_fund") - e(c, "gov_fund"))}
    t08["total"] = {"begin": wan(BEGIN["gov_fund"]), "income": wan(tot_i["gov_fund"]), "expense": wan(tot_e["gov_fund"]),
                    "basic": None, "project": wan(tot_e["gov_fund"]), "end": wan(end["gov_fund"])}
    data["t08"] = t08
    return data
