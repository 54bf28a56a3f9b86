"""Held-out batch 29 (formfix s29, issue #9): 绩效自评表 layouts none of the batches 22–25, 27 and 28 has, each as a
workbook, a Word document (one table with vertically merged 一级/二级 cells, w:vMerge, or split over two tables) and a
PDF print (ruled, unruled, 三线表; figures right or left; one page or broken), written and run on the code before any
fix of this batch (score in the commit message / README 第 29 轮).

  MY  项目支出: 一级 merged over many rows (产出指标 over six, 效益指标 over three), each 二级 (数量指标, 质量指标)
      merged over two 三级 rows; 分值 and 得分 whole numbers; 资金 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
      得分 with 其中：当年财政拨款 · 上年结转资金 · 其他资金, all spent: 执行率 '100.00%'.
  ER  项目支出: 分值 and 得分 with two decimals ('15.00', '14.25'); 资金 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, all
      spent, 执行率 printed '1' (a plain number, no %); the 总分 '97.00'.
  BM  部门整体支出 (部门名称): 预算执行 weighted 10, the indicators 90, 得分 with one decimal beside whole 分值; the
      等级 on the 总分's row: '总分 | 100 | 97.3 | 自评等级 | 优'.
  BL  项目支出 whose template keeps every 二级 row: the unused ones (成本指标, 经济效益指标, 生态效益指标) '无', their 指标值
      '—', 分值 and 得分 blank.

A clean form must draw no error and no warning and be read whole (every money line, every scored indicator, the
总分); each planted error (a 资金 line that does not add up to its 总额, a wrong 执行率, a wrong 总分, an 得分 over its
分值; BM's 等级 not its 总分's) must be found once, with its code, at the planted cell where the file has cells.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_forms_breaks_heldout22 import problems
from test_forms_heldout25 import found_once, pad, printed
from test_forms_heldout28 import PRINTS, breaks, split_row, xlsx_file
from test_forms_heldout_s11 import L, U, Pin, docx_file, dsum, grade_of, judge, read_forms
from test_forms_heldout_s14 import first_two

CENTRAL = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
FIVE = ["全年预算数", "全年执行数", "分值", "执行率", "得分"]
DEV_HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", L, L]
NONE = ("无", "—", "—", "", "")  # an unused 二级 row: 三级, 指标值, 实际完成值, 分值, 得分

LAYOUTS = {
    "MY": dict(
        head=["项目支出绩效自评表", "（2025年度）"], name=("项目名称", "高标准农田建设"),
        units=("主管部门", "某县农业农村局", "实施单位", "某县农田建设服务中心"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "1200.00", "1350.00", "1350.00", "10", "100.00%", "10"],
            ["其中：当年财政拨款", "1200.00", "1200.00", "1200.00", "", "", ""],
            ["上年结转资金", "0.00", "120.00", "120.00", "", "", ""],
            ["其他资金", "0.00", "30.00", "30.00", "", "", ""]],
        goals=("新建高标准农田1.5万亩，配套灌排设施。", "建成1.52万亩，灌排设施全部配套。"),
        indicators=[
            ("产出指标", "数量指标", "新建高标准农田面积", "≥1.5万亩", "1.52万亩", "10", "10"),
            ("产出指标", "数量指标", "新建灌排渠道长度", "≥30公里", "31.2公里", "10", "10"),
            ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"),
            ("产出指标", "质量指标", "耕地质量等级提升", "≥0.5等", "0.4等", "10", "9"),
            ("产出指标", "时效指标", "项目按期完工率", "100%", "100%", "10", "10"),
            ("产出指标", "成本指标", "亩均财政投入", "≤900元", "888元", "10", "8"),
            ("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", "52公斤", "10", "10"),
            ("效益指标", "社会效益指标", "受益农户数", "≥3000户", "3120户", "5", "5"),
            ("效益指标", "可持续影响指标", "工程管护机制", "健全", "健全", "5", "5"),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "88%", "10", "9")],
        dev={"耕地质量等级提升": "土壤改良需要周期", "亩均财政投入": "材料价格上涨", "受益农户满意度": "个别地块灌溉不便"},
        total=("总分", None), grade_label="评价等级"),
    "ER": dict(
        head=["2025年度项目支出绩效自评表"], name=("项目名称", "公共文化服务体系建设"),
        units=("主管部门", "某市文化广电旅游局", "实施单位", "某市群众艺术馆"),
        money_label="项目资金（万元）", money_heads=FIVE, money=[
            ["年度资金总额", "450.00", "450.00", "10.00", "1", "10.00"],
            ["其中：财政拨款", "420.00", "420.00", "", "", ""],
            ["其他资金", "30.00", "30.00", "", "", ""]],
        goals=("开展公益文化活动200场以上，免费开放场馆全年无休。", "开展活动216场，场馆免费开放。"),
        indicators=[
            ("产出指标", "数量指标", "公益文化活动场次", "≥200场", "216场", "20.00", "20.00"),
            ("产出指标", "质量指标", "活动观众满意率", "≥95%", "93.5%", "15.00", "14.25"),
            ("产出指标", "时效指标", "资金支付及时率", "100%", "100%", "10.00", "10.00"),
            ("产出指标", "成本指标", "场均活动成本", "≤2万元", "2.05万元", "10.00", "9.50"),
            ("效益指标", "社会效益指标", "群众文化参与人次", "≥10万人次", "9.2万人次", "15.00", "13.75"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "97%", "20.00", "19.50")],
        dev={"活动观众满意率": "部分活动宣传不足", "场均活动成本": "演出费用上涨", "群众文化参与人次": "受天气影响"},
        total=("总分", None), grade_label="评价等级"),
    "BM": dict(
        head=["2025年度部门整体支出绩效自评表"], name=("部门名称", "某县市场监督管理局"),
        units=("联系人", "张某", "联系电话", "0731-84561234"),
        money_label="预算执行情况（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "4200.00", "4380.50", "4301.26", "10", "98.19%", "9.8"],
            ["其中：基本支出", "3100.00", "3150.20", "3148.66", "", "", ""],
            ["项目支出", "1100.00", "1230.30", "1152.60", "", "", ""]],
        goals=("强化食品药品安全监管，优化营商环境。", "抽检食品2860批次，新增市场主体5120户。"),
        indicators=[
            ("产出指标", "数量指标", "食品安全抽检批次", "≥2800批次", "2860批次", "20", "20"),
            ("产出指标", "质量指标", "抽检不合格品处置率", "100%", "100%", "15", "15"),
            ("产出指标", "时效指标", "投诉举报按时办结率", "≥95%", "93.6%", "10", "9"),
            ("产出指标", "成本指标", "公用经费控制率", "≤100%", "98.2%", "10", "10"),
            ("效益指标", "社会效益指标", "新增市场主体户数", "≥5000户", "5120户", "10", "9.5"),
            ("效益指标", "可持续影响指标", "监管制度完善程度", "完善", "基本完善", "10", "9"),
            ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", "94.1%", "15", "15")],
        dev={"投诉举报按时办结率": "个别案件调查取证时间长", "新增市场主体户数": "经济下行影响"},
        total=("总分", "自评等级"), grade_label=None),
    "BL": dict(
        head=["项目支出绩效自评表", "（2025年度）"], name=("项目名称", "农村危房改造"),
        units=("主管部门", "某县住房和城乡建设局", "实施单位", "某县村镇建设站"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "80.00", "80.00", "76.40", "10", "95.50%", "9.5"],
            ["其中：财政拨款", "80.00", "80.00", "76.40", "", "", ""],
            ["其他资金", "0.00", "0.00", "0.00", "", "", ""]],
        goals=("完成农村危房改造40户，保障住房安全。", "完成改造40户，全部通过验收。"),
        indicators=[
            ("产出指标", "数量指标", "危房改造户数", "40户", "40户", "30", "30"),
            ("产出指标", "质量指标", "改造竣工验收合格率", "100%", "96%", "20", "18"),
            ("产出指标", "时效指标", "改造任务按期完成率", "100%", "100%", "10", "10"),
            ("产出指标", "成本指标", *NONE),
            ("效益指标", "经济效益指标", *NONE),
            ("效益指标", "社会效益指标", "农村困难群众住房安全保障率", "100%", "97%", "15", "14"),
            ("效益指标", "生态效益指标", *NONE),
            ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "96%", "15", "15")],
        dev={"改造竣工验收合格率": "2户整改后验收", "农村困难群众住房安全保障率": "个别农户自愿推迟改造"},
        total=("总分", None), grade_label="评价等级"),
}


def money_score(spec):
    return spec["money"][0][len(spec["money_heads"])]


def total_of(spec, indicators=None):
    return str(dsum([i[6] for i in indicators or spec["indicators"]]) + Decimal(money_score(spec)))


TOTAL = {k: total_of(s) for k, s in LAYOUTS.items()}


def scored(indicators):
    return [i for i in indicators if i[5] != ""]


def form(key, *, money=None, indicators=None, total=None, grade=None):
    """The form's grid (batch 28's shape: 预期目标 | 实际完成情况 goals; the 总分 row across the 分值 and 得分 columns,
    the 等级 beside it or on a row of its own)."""
    spec = LAYOUTS[key]
    money = money or spec["money"]
    indicators = indicators or spec["indicators"]
    total = total or total_of(spec, indicators)
    rows = [pad([spec["name"][0], spec["name"][1]])]
    a, b, c, d = spec["units"]
    rows.append(pad([a, b, L, L, L, c, d]))
    rows.append(pad([spec["money_label"], ""] + spec["money_heads"]))
    rows += [pad([U, m[0]] + list(m[1:])) for m in money]
    expected, done = spec["goals"]
    rows += [pad(["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L]),
             pad([U, expected, L, L, L, done, L, L, L, L])]
    rows.append(pad(DEV_HEAD))
    for i, ind in enumerate(indicators):
        rows.append(pad([*first_two(indicators, i), *ind[2:7], spec["dev"].get(ind[2], ""), L, L]))
    label, grade_beside = spec["total"]
    grade = grade or grade_of(total)
    if grade_beside:
        rows.append(pad([label, L, L, L, L, "100", total, grade_beside, grade, L]))
    else:
        rows.append(pad([label, L, L, L, L, "100", total]))
    if spec["grade_label"]:
        rows.append(pad([spec["grade_label"], L, L, L, L, grade]))
    return {"head": spec["head"], "rows": rows, "lines": len(money), "notes": [],
            "indicators": len(scored(indicators))}


# ----------------------------------------------------------------------------- the test's own arithmetic
def test_arithmetic_of_the_clean_forms():
    assert TOTAL == {"MY": "96", "ER": "97.00", "BM": "97.3", "BL": "96.5"}
    for key, spec in LAYOUTS.items():
        heads, money = spec["money_heads"], spec["money"]
        budget, done, rate = (heads.index(h) + 1 for h in ("全年预算数", "全年执行数", "执行率"))
        shown = money[0][rate]
        value = Decimal(shown.rstrip("%")) / (100 if shown.endswith("%") else 1)
        assert (Decimal(money[0][done]) / Decimal(money[0][budget])).quantize(Decimal("0.0001")) == value, key
        for col in range(1, done + 1):
            assert dsum([money[0][col]]) == dsum([m[col] for m in money[1:]]), (key, col)
        ind = scored(spec["indicators"])
        assert all(Decimal(i[6]) <= Decimal(i[5]) for i in ind), key
        assert dsum([i[5] for i in ind]) + 10 == 100, key
        assert Decimal(money_score(spec)) <= value * 10, key


# ----------------------------------------------------------------------------- clean forms
def clean_read(path, folder, f):
    assert problems(path, folder) == []
    (got,) = read_forms(path)
    assert len(got.budget) == f["lines"]
    assert got.total_score is not None
    assert sum(1 for s in got.sections if s.origin == "indicators" for i in s.indicators
               if i.weight is not None) == f["indicators"]


@pytest.mark.parametrize("key", list(LAYOUTS))
def test_clean_workbook(tmp_path, key):
    f = form(key)
    clean_read(xlsx_file(tmp_path, f)[0], tmp_path, f)


@pytest.mark.parametrize("split", [None, "split", "repeat"])
@pytest.mark.parametrize("key", list(LAYOUTS))
def test_clean_word(tmp_path, key, split):
    f = form(key)
    at = None if split is None else split_row(f)
    path, _ = docx_file(tmp_path, f, split=at, repeat=split == "repeat")
    clean_read(path, tmp_path, f)


@pytest.mark.parametrize("rules,figures", PRINTS)
@pytest.mark.parametrize("key", list(LAYOUTS))
def test_clean_print_one_page(tmp_path, key, rules, figures):
    f = form(key)
    clean_read(printed(tmp_path, f, rules, figures=figures), tmp_path, f)


WHERE = ("head", "money2", "goals", "inds", "two")
BROKEN = [(k, where, *PRINTS[1 + (n + i) % 5]) for n, k in enumerate(LAYOUTS) for i, where in enumerate(WHERE)]


@pytest.mark.parametrize("key,where,rules,figures", BROKEN)
def test_clean_print_broken(tmp_path, key, where, rules, figures):
    f = form(key)
    clean_read(printed(tmp_path, f, rules, breaks(f, where), figures), tmp_path, f)


def test_points_read_as_printed(tmp_path):
    """ER's two-decimal 分值/得分 and MY's whole ones read as the form holds them, indicator by indicator, in the
    workbook and the unruled print; BM's 等级 beside its 总分 read."""
    for key in ("ER", "MY"):
        f = form(key)
        for path in (xlsx_file(tmp_path, f, name=f"{key}.xlsx")[0], printed(tmp_path, f, "none", name=f"{key}.pdf")):
            (got,) = read_forms(path)
            read = [(i.level1, i.level2, i.level3, str(i.weight.value), str(i.score.value))
                    for s in got.sections if s.origin == "indicators" for i in s.indicators]
            assert read == [ind[:3] + ind[5:7] for ind in LAYOUTS[key]["indicators"]], path.name
    (got,) = read_forms(xlsx_file(tmp_path, form("BM"), name="BM.xlsx")[0])
    assert str(got.total_score.value) == "97.3" and got.grade is not None and got.grade.text == "优"


# ----------------------------------------------------------------------------- planted errors
def money_edit(key, label, col, value):
    """A 资金 line's cell changed: its 总额 no longer the sum; the PRF001 belongs on the 总额's cell (pinned)."""
    money = [list(m) for m in LAYOUTS[key]["money"]]
    for m in money:
        if m[0] == label:
            m[col] = value
    money[0][col] = Pin(money[0][col])
    return money


def rate_edit(key, value):
    spec = LAYOUTS[key]
    money = [list(m) for m in spec["money"]]
    money[0][spec["money_heads"].index("执行率") + 1] = Pin(value)
    return money


def over(key):
    """A full-scored indicator's 得分 a point over its 分值 (pinned), the last scored one's a point lower: Σ kept."""
    ind = [list(i) for i in LAYOUTS[key]["indicators"]]
    rows = [i for i in ind if i[5] != ""]
    first = next(i for i in rows if i[6] == i[5])
    places = len(first[5].partition(".")[2])
    step = Decimal(1).scaleb(0)
    first[6] = Pin(str((Decimal(first[5]) + step).quantize(Decimal(1).scaleb(-places))))
    rows[-1][6] = str((Decimal(rows[-1][6]) - step).quantize(Decimal(1).scaleb(-places)))
    return [tuple(i) for i in ind]


PLANTED = {
    "MY": [("line", dict(money=money_edit("MY", "上年结转资金", 3, "130.00")), "PRF001", ()),
           ("rate", dict(money=rate_edit("MY", "99.00%")), "PRF004", ()),
           ("total", dict(total=Pin("95")), "PRF104", ()),
           ("over", dict(indicators=over("MY")), "PRF103", ())],
    "ER": [("line", dict(money=money_edit("ER", "其他资金", 2, "25.00")), "PRF001", ()),
           ("rate", dict(money=rate_edit("ER", "0.98")), "PRF004", ("PRF107",)),
           ("total", dict(total=Pin("96.00")), "PRF104", ()),
           ("over", dict(indicators=over("ER")), "PRF103", ())],
    "BM": [("line", dict(money=money_edit("BM", "项目支出", 2, "1240.30")), "PRF001", ()),
           ("rate", dict(money=rate_edit("BM", "96.19%")), "PRF004", ("PRF107",)),
           ("total", dict(total=Pin("96.3")), "PRF104", ()),
           ("over", dict(indicators=over("BM")), "PRF103", ()),
           ("grade", dict(grade=Pin("良")), "PRF106", ())],
    "BL": [("line", dict(money=money_edit("BL", "其他资金", 3, "1.20")), "PRF001", ()),
           ("rate", dict(money=rate_edit("BL", "96.50%")), "PRF004", ()),
           ("total", dict(total=Pin("95.5")), "PRF104", ()),
           ("over", dict(indicators=over("BL")), "PRF103", ())],
}
CASES = [(k, name, edit, code, also) for k, cases in PLANTED.items() for name, edit, code, also in cases]
IDS = [f"{k}-{name}" for k, name, *_ in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_planted_workbook(tmp_path, case):
    key, _name, edit, code, also = case
    made = xlsx_file(tmp_path, form(key, **edit))
    judge(made, tmp_path, code, also)
    found_once(made[0], tmp_path, code, also)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_planted_word(tmp_path, case):
    key, _name, edit, code, also = case
    f = form(key, **edit)
    made = docx_file(tmp_path, f)
    judge(made, tmp_path, code, also)
    found_once(made[0], tmp_path, code, also)


ONE_PAGE_CASES = [(c, *PRINTS[n % 6]) for n, c in enumerate(CASES)]
BROKEN_CASES = [(c, *PRINTS[1 + n % 5], WHERE[n % 5]) for n, c in enumerate(CASES)]


@pytest.mark.parametrize("case,rules,figures", ONE_PAGE_CASES, ids=IDS)
def test_planted_print_one_page(tmp_path, case, rules, figures):
    key, _name, edit, code, also = case
    found_once(printed(tmp_path, form(key, **edit), rules, figures=figures), tmp_path, code, also)


@pytest.mark.parametrize("case,rules,figures,where", BROKEN_CASES, ids=IDS)
def test_planted_print_broken(tmp_path, case, rules, figures, where):
    key, _name, edit, code, also = case
    f = form(key, **edit)
    found_once(printed(tmp_path, f, rules, breaks(f, where), figures), tmp_path, code, also)


# ----------------------------------------------------------------------------- BM's 等级 beside its 总分
# In a print broken before its goals, page 2 laid in columns of its own: '自评等级' reached 2 pt into the 偏差原因
# column and '良' 0.5 pt — one column, the label overwritten by the grade, no 等级 read (the planted '良' unseen; the
# clean '优' unread). Now a lone character with no other beside it is a word of its own, and a piece reaching less than
# 1 pt into a column is not in it (pdf_text._spaced_letter, _reaching).
@pytest.mark.parametrize("where", [None, "goals", "inds", "two"])
@pytest.mark.parametrize("rules,figures", PRINTS[1:5])
def test_grade_beside_the_total_read(tmp_path, rules, figures, where):
    cuts = breaks(form("BM"), where) if where else ()
    (got,) = read_forms(printed(tmp_path, form("BM"), rules, cuts, figures))
    assert got.grade is not None and got.grade.text == "优"
    f = form("BM", grade=Pin("良"))
    found_once(printed(tmp_path, f, rules, cuts, figures, name="bad.pdf"), tmp_path, "PRF106", ())
