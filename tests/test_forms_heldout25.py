"""Held-out (session 25, formfix, issue #9): 绩效自评表 in layouts none of tests/test_forms_heldout_s*.py has, each as a
workbook and printed to PDF ruled (grid), unruled and as a 三线表, figures right- (Excel) and left-aligned (Word), on one
page and broken at two or three points (no header on the later pages). Written, and run on the unchanged code, before
any fix (the score is below).

  ZJ  浙江 项目支出 (2024): 偏差原因分析 and 改进措施 two columns of their own; two notes under the table with figures
      ("满分100分", "10分").
  JX  江西 部门整体 (2023): 其中：基本支出 · 项目支出; the indicator table's 自评得分 RIGHT of 偏差原因分析及改进措施.
  YN  云南 项目支出 (2022): the indicator head on two rows, 指标值 over 年度指标值 | 实际完成值; four sources (中央 · 省级 ·
      州市县 · 其他资金 0.00).
  GS  甘肃 项目支出 (2023): no 年初预算数; 分值 and 得分 given per 二级 indicator, merged down over its 三级 rows.
  GX  广西 项目支出 (2024): 全年执行数 split over two columns 财政拨款 | 其他资金 (the money header on two rows): the
      执行率 is their sum ÷ 全年预算数.
  CQ  重庆 项目支出 (2023): 一般公共预算资金 · 政府性基金预算资金 · 其他资金; 评价等级 row; notes and a 填表人/联系电话/
      填报日期 line under the table.
  HUB 湖北 部门整体 (2024): 分值 before 执行率 AND the money block's score headed 自评得分; the indicator table ends with
      得分 right of 改进措施 (偏差原因 | 改进措施 | 得分).

A clean form must draw no error and no warning and be read (every money line, every indicator where scored per 三级,
the 总分); each planted error (a money line that does not add up, a wrong 执行率, a wrong 总分, an indicator's 得分 over
its 分值) must be found, once.

First run (main 00497e2, unchanged code): 36 of 162 failed.
  Workbooks: clean 6/7, planted 24/28 — GX's sub-header row '财政拨款 | 其他资金' read as a money line and its
  执行数 as the first part alone: a false PRF202 ('执行数未填写') on the clean form and beside each planted error.
  One page: clean 34/42 (GX in all six prints; ZJ unruled with left figures: '95.57% | 9.55' laid in one column, the
  执行率 overwritten, false PRF004 and PRF104), planted 22/28 (YN's wrong 执行率 missed silently, the same cause; ZJ's
  得分 > 分值 among those false findings; GX ×4).
  Broken: clean 20/28 (GX ×4; YN, GS, CQ broken twice; HUB after its second money line with left figures: the
  indicators' 得分 printed left of the word, merged over two columns, not read: PRF104), planted 19/28 (GX ×4; the
  得分 > 分值 of JX, YN, GS, CQ broken twice and of HUB among false findings).
Fixed: recognize/form_subheads.py (a money column's parts named on a second header row: the row is no line, the
column's figure is their sum, or their 合计/小计 part); readers/pdf_text.py _split_shared (two figures of one row
lying apart in one column: the column split in the gap — a long 偏差原因 text at its cell's left had bridged two
columns); recognize/form_print.py _figures_left_of_head (分值/得分 figures in the column left of their word, whose own
column is empty); readers/pdf_text.py _figures_apart (a word apart after a figure in its column takes the next, empty
one). Now 143 pass, 19 strict xfail (GX_UNRULED, THREE_PAGES below); written after the fix: GX in Word (on main: a
false PRF202 on the clean form and beside each error), a 小计 part, AH/HUN's rate (session 24's open item).
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest

from pdf_writer import PdfWriter, PrintedTable, draw_table, producer, table_widths
from test_forms_breaks_heldout22 import problems
from test_forms_heldout_s10 import pdf_merges, pdf_part
from test_forms_heldout_s11 import L, U, Pin, dsum, grade_of, judge, pct, read_forms, to_xlsx
from test_forms_heldout_s14 import first_two

W = 10
CENTRAL = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


def pad(row, width=W):
    return list(row) + [L] * (width - len(row))


# ----------------------------------------------------------------------------- the layouts
# money: label + one value per money column; indicators: 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
# (GS: 分值 and 得分 "^" where merged into the 二级's first row)
LAYOUTS = {
    "ZJ": dict(
        head=["2024年度项目支出绩效自评表"], name=("项目名称", "城镇污水管网改造提升"),
        units=("主管部门", "某县住房和城乡建设局", "实施单位", "某县排水管理中心"), width=11,
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "350.00", "368.50", "352.17", "10", "95.57%", "9.55"],
            ["其中：财政资金", "350.00", "350.00", "336.42", "", "", ""],
            ["其他资金", "0.00", "18.50", "15.75", "", "", ""]],
        goals=("改造污水管网12公里，新建提升泵站2座。", "改造管网12.6公里，建成泵站2座。"),
        header=["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", L,
                "改进措施", L],
        indicators=[
            ("产出指标", "数量指标", "完成污水管网改造长度", "≥12公里", "12.6公里", "15", "15"),
            ("产出指标", "数量指标", "新建污水提升泵站", "2座", "2座", "10", "10"),
            ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"),
            ("产出指标", "时效指标", "工程完工时间", "2024年10月底前", "2024年11月完成", "10", "8"),
            ("产出指标", "成本指标", "每公里管网改造成本", "≤25万元", "24.6万元", "5", "5"),
            ("效益指标", "生态效益指标", "城镇污水收集率", "≥85%", "86.2%", "15", "15"),
            ("效益指标", "社会效益指标", "解决污水排放问题户数", "≥3000户", "3120户", "15", "15"),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "91.3%", "10", "10")],
        dev={"工程完工时间": ("受汛期影响工期顺延", "合理安排施工避开汛期")},
        total_label="总分", grade_label="评价等级",
        notes=["注：1.执行率=全年执行数÷全年预算数×100%。", "2.满分100分，其中预算执行率10分，产出、效益、满意度指标90分。"]),
    "JX": dict(
        head=["江西省部门整体支出绩效自评表", "（2023年度）"], name=("部门名称", "某市市场监督管理局"),
        units=("联系人", "刘某某", "联系电话", "0791-86123456"),
        money_label="年度预算执行情况（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "4860.00", "5124.36", "4985.27", "10", "97.29%", "9.7"],
            ["其中：基本支出", "3260.00", "3318.42", "3305.16", "", "", ""],
            ["项目支出", "1600.00", "1805.94", "1680.11", "", "", ""]],
        goals=("完成年度重点工作任务15项，执法案件办结率95%以上。", "完成重点任务15项，案件办结率97.8%。"),
        header=["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "偏差原因分析及改进措施", L,
                "自评得分", L],
        indicators=[
            ("产出指标", "数量指标", "重点工作任务完成数", "≥15项", "15项", "10", "10"),
            ("产出指标", "数量指标", "组织执法检查次数", "≥48次", "52次", "10", "10"),
            ("产出指标", "质量指标", "执法案件办结率", "≥95%", "97.8%", "10", "10"),
            ("产出指标", "时效指标", "资金拨付及时率", "100%", "96%", "10", "9"),
            ("效益指标", "社会效益指标", "群众投诉处理率", "100%", "100%", "15", "15"),
            ("效益指标", "可持续影响指标", "制度建设健全程度", "健全", "基本健全", "15", "13"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "92.6%", "20", "20")],
        dev={"资金拨付及时率": "个别项目拨付滞后，今后加快进度", "制度建设健全程度": "部分制度在修订"},
        score_last=True, total_label="总分", grade_label="自评等级"),
    "YN": dict(
        head=["云南省项目支出绩效自评表", "（2022年度）"], name=("项目名称", "农村公路提质改造"),
        units=("主管部门", "云南省交通运输厅", "实施单位", "某县交通运输局"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "2000.00", "2150.00", "2038.20", "10", "94.80%", "9.48"],
            ["其中：中央财政资金", "1200.00", "1200.00", "1160.40", "", "", ""],
            ["省级财政资金", "600.00", "650.00", "612.30", "", "", ""],
            ["州市县财政资金", "200.00", "300.00", "265.50", "", "", ""],
            ["其他资金", "0.00", "0.00", "0.00", "", "", ""]],
        goals=("改造提升农村公路150公里以上。", "完成改造156公里。"),
        header=["一级指标", "二级指标", "三级指标", "指标值", L, "分值", "得分", "偏差原因分析及改进措施", L, L],
        header2=[U, U, U, "年度指标值", "实际完成值", U, U, U, L, L],
        indicators=[
            ("产出指标", "数量指标", "改造提升农村公路里程", "≥150公里", "156公里", "15", "15"),
            ("产出指标", "质量指标", "工程质量合格率", "100%", "100%", "15", "15"),
            ("产出指标", "时效指标", "项目完工及时率", "≥90%", "85%", "10", "8"),
            ("产出指标", "成本指标", "每公里改造补助标准", "≤13万元", "13万元", "10", "10"),
            ("效益指标", "经济效益指标", "群众出行成本降低", "明显降低", "有所降低", "10", "8"),
            ("效益指标", "社会效益指标", "受益建制村数", "≥60个", "63个", "10", "10"),
            ("效益指标", "可持续影响指标", "公路养护责任落实率", "100%", "100%", "10", "10"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", "10", "10")],
        dev={"项目完工及时率": "部分路段受雨季影响延期", "群众出行成本降低": "部分路段尚未通车"},
        total_label="总分", grade_label="评价等级"),
    "GS": dict(
        head=["甘肃省项目支出绩效自评表", "（2023年度）"], name=("项目名称", "高素质农民培育"),
        units=("主管部门", "甘肃省农业农村厅", "实施单位", "某县农业技术推广中心"),
        money_label="项目资金（万元）", money_heads=["全年预算数", "全年执行数", "分值", "执行率", "得分"], money=[
            ["年度资金总额", "860.00", "817.86", "10", "95.10%", "9.5"],
            ["其中：财政拨款", "800.00", "764.36", "", "", ""],
            ["其他资金", "60.00", "53.50", "", "", ""]],
        goals=("培训高素质农民2000人以上，合格率95%以上。", "培训2160人，合格率94.2%。"),
        header=["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                L, L],
        indicators=[
            ("产出指标", "数量指标", "培训农村实用人才人数", "≥2000人", "2160人", "20", "20"),
            ("产出指标", "数量指标", "开展培训班期数", "≥40期", "42期", U, U),
            ("产出指标", "质量指标", "培训合格率", "≥95%", "94.2%", "15", "14"),
            ("产出指标", "质量指标", "结业证书发放率", "100%", "100%", U, U),
            ("产出指标", "时效指标", "培训任务完成时间", "2023年11月底前", "2023年11月完成", "10", "10"),
            ("产出指标", "成本指标", "人均培训成本", "≤1800元", "1750元", "10", "10"),
            ("效益指标", "社会效益指标", "带动就业创业人数", "≥500人", "468人", "20", "18"),
            ("效益指标", "社会效益指标", "学员技能提升率", "≥80%", "85%", U, U),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "95.3%", "15", "15")],
        dev={"培训合格率": "个别学员未通过考核", "带动就业创业人数": "受市场行情影响"},
        per_second=True, total_label="总分", grade_label="自评等级"),
    "GX": dict(
        head=["广西壮族自治区项目支出绩效自评表", "（2024年度）"], name=("项目名称", "边境地区学校营养改善"),
        units=("主管部门", "某市教育局", "实施单位", "某县教育局"),
        money_label="项目资金（万元）",
        money_heads=["年初预算数", "全年预算数", "全年执行数", L, "分值", "执行率", "得分"],
        money_heads2=[U, U, "财政拨款", "其他资金", U, U, U], money=[
            ["年度资金总额", "1000.00", "1080.00", "960.00", "65.40", "10", "94.94%", "9.49"],
            ["其中：财政拨款", "1000.00", "1000.00", "960.00", "", "", "", ""],
            ["其他资金", "0.00", "80.00", "", "65.40", "", "", ""]],
        label_span=1,
        goals=("保障边境地区学生营养改善，惠及学生2.5万人。", "惠及学生2.56万人。"),
        header=["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                L, L],
        indicators=[
            ("产出指标", "数量指标", "受益学生人数", "≥2.5万人", "2.56万人", "20", "20"),
            ("产出指标", "质量指标", "供餐食品安全合格率", "100%", "100%", "20", "20"),
            ("产出指标", "时效指标", "补助资金按时拨付率", "100%", "92%", "10", "8"),
            ("效益指标", "社会效益指标", "学生营养健康状况改善", "有所改善", "有所改善", "20", "20"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "88.6%", "20", "18")],
        dev={"补助资金按时拨付率": "部分资金拨付滞后", "学生家长满意度": "部分学校菜品单一"},
        total_label="总分", grade_label="评价等级"),
    "CQ": dict(
        head=["重庆市项目支出绩效自评表", "（2023年度）"], name=("项目名称", "中小河流河道清淤整治"),
        units=("主管部门", "某区水利局", "实施单位", "某区河道管理所"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "520.00", "540.00", "527.31", "10", "97.65%", "9.76"],
            ["其中：一般公共预算资金", "500.00", "500.00", "491.26", "", "", ""],
            ["政府性基金预算资金", "20.00", "40.00", "36.05", "", "", ""],
            ["其他资金", "0.00", "0.00", "0.00", "", "", ""]],
        goals=("完成河道清淤35公里，汛前完工。", "清淤36.2公里，5月完工。"),
        header=["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", L, L],
        indicators=[
            ("产出指标", "数量指标", "完成河道清淤长度", "≥35公里", "36.2公里", "15", "15"),
            ("产出指标", "质量指标", "清淤工程验收合格率", "100%", "100%", "15", "15"),
            ("产出指标", "时效指标", "汛前完成清淤任务", "2023年5月底前", "2023年5月完成", "10", "10"),
            ("产出指标", "成本指标", "每公里清淤成本", "≤14万元", "14.3万元", "10", "9"),
            ("效益指标", "生态效益指标", "河道水质达标率", "≥90%", "88.5%", "15", "13.5"),
            ("效益指标", "社会效益指标", "汛期河道行洪安全", "安全", "安全", "15", "15"),
            ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%", "94%", "10", "10")],
        dev={"每公里清淤成本": "淤积量超预期", "河道水质达标率": "上游来水影响"},
        total_label="总分", grade_label="评价等级",
        notes=["注：预算执行率得分=执行率×10分，最高不超过10分；总分100分。",
               "填表人：陈某某    联系电话：023-68123456    填报日期：2024年3月20日"]),
    "HUB": dict(
        head=["湖北省部门整体支出绩效自评表", "（2024年度）"], name=("部门名称", "某县自然资源和规划局"),
        units=("联系人", "张某", "联系电话", "0710-3312345"),
        money_label="预算执行情况（万元）", money_heads=["年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                                                        "自评得分"], money=[
            ["年度资金总额", "3200.00", "3456.80", "3398.12", "10", "98.30%", "9.83"],
            ["其中：财政拨款", "3100.00", "3300.00", "3250.62", "", "", ""],
            ["其他资金", "100.00", "156.80", "147.50", "", "", ""]],
        goals=("完成不动产登记5万件，地质灾害隐患点监测全覆盖。", "完成登记5.3万件，监测覆盖率100%。"),
        header=["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "偏差原因", "改进措施", "得分", L],
        indicators=[
            ("产出指标", "数量指标", "不动产登记办件量", "≥5万件", "5.3万件", "15", "15"),
            ("产出指标", "质量指标", "登记差错率", "≤0.5%", "0.3%", "15", "15"),
            ("产出指标", "时效指标", "一般登记办结时限", "≤5个工作日", "4个工作日", "10", "10"),
            ("效益指标", "社会效益指标", "地质灾害隐患点监测覆盖率", "100%", "100%", "15", "15"),
            ("效益指标", "生态效益指标", "耕地保有量完成率", "100%", "99.2%", "15", "13"),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "95.1%", "20", "20")],
        dev={"耕地保有量完成率": ("部分耕地被违法占用", "加强执法巡查")},
        score_last=True, total_label="总分", grade_label="评价等级"),
}


def money_score(spec):
    m = spec["money"][0]
    return m[len(spec["money_heads"])]  # the score is the last money column


def total_of(spec, indicators=None):
    ind = indicators or spec["indicators"]
    return str(dsum([i[6] for i in ind if i[6] != U]) + Decimal(money_score(spec)))


TOTAL = {k: total_of(s) for k, s in LAYOUTS.items()}


def indicator_row(spec, indicators, i, width):
    ind = indicators[i]
    dev = spec["dev"].get(ind[2], "")
    points, score = ind[5], ind[6]
    if spec["header"][6:9] == ["偏差原因", "改进措施", "得分"]:  # HUB: 分值 | 偏差原因 | 改进措施 | 得分
        why, fix = dev if dev else ("", "")
        return pad([*first_two(indicators, i), *ind[2:6], why, fix, score], width)
    if spec.get("score_last"):  # JX: 分值 | 偏差原因分析及改进措施 (2) | 自评得分
        return pad([*first_two(indicators, i), *ind[2:6], dev, L, score], width)
    if isinstance(dev, tuple):  # ZJ: 偏差原因分析 (2) | 改进措施 (2)
        return pad([*first_two(indicators, i), *ind[2:7], dev[0], L, dev[1]], width)
    if not dev and spec["header"][7:8] == ["偏差原因分析"]:
        return pad([*first_two(indicators, i), *ind[2:7], "", L, ""], width)
    return pad([*first_two(indicators, i), *ind[2:7], dev], width)


def form(key, *, money=None, indicators=None, total=None, grade=None, spec=None):
    spec = spec or LAYOUTS[key]
    width = spec.get("width", W)
    money = money or spec["money"]
    indicators = indicators or spec["indicators"]
    total = total or total_of(spec, indicators)
    grade = grade or grade_of(total)
    span = spec.get("label_span", 2)
    rows = [pad([spec["name"][0], spec["name"][1]], width)]
    a, b, c, d = spec["units"]
    rows.append(pad([a, b, L, L, L, c, d], width))
    rows.append(pad([spec["money_label"], ""] + [L] * (span - 1) + spec["money_heads"], width))
    if "money_heads2" in spec:
        rows.append(pad([U, U] + [L] * (span - 1) + spec["money_heads2"], width))
    rows += [pad([U, m[0]] + [L] * (span - 1) + list(m[1:]), width) for m in money]
    expected, done = spec["goals"]
    rows += [pad(["年度总体目标", "预期目标", L, L, L, "实际完成情况"], width), pad([U, expected, L, L, L, done], width)]
    rows.append(pad(spec["header"], width))
    if "header2" in spec:
        rows.append(pad(spec["header2"], width))
    for i in range(len(indicators)):
        rows.append(indicator_row(spec, indicators, i, width))
    rows.append(pad([spec["total_label"], L, L, L, L, "100", total], width))
    rows.append(pad([spec["grade_label"], L, L, L, L, grade], width))
    # (GS: the indicators scored per 二级, merged down; the count of indicators read is not asserted)
    return {"head": spec["head"], "rows": rows, "lines": len(money), "notes": spec.get("notes", []),
            "indicators": None if spec.get("per_second") else len(indicators)}


# ----------------------------------------------------------------------------- the test's own arithmetic
def test_arithmetic_of_the_clean_forms():
    assert TOTAL == {"ZJ": "97.55", "JX": "96.7", "YN": "95.48", "GS": "96.5", "GX": "95.49", "CQ": "97.26",
                     "HUB": "97.83"}
    for key, spec in LAYOUTS.items():
        heads = [h for h in spec["money_heads"]]
        money = spec["money"]
        budget = heads.index("全年预算数") + 1
        done = [j + 1 for j, h in enumerate(heads) if h == "全年执行数"][0]
        done_cols = [done, done + 1] if key == "GX" else [done]
        rate_col = heads.index("执行率") + 1
        executed = dsum([money[0][c] for c in done_cols])
        assert pct(executed, money[0][budget]) == money[0][rate_col], key
        for col in range(1, max(done_cols) + 1):
            assert dsum([money[0][col]]) == dsum([m[col] for m in money[1:]]), (key, col)
        ind = [i for i in spec["indicators"] if i[5] != U]
        assert all(Decimal(i[6]) <= Decimal(i[5]) for i in ind), key
        assert dsum([i[5] for i in ind]) + 10 == 100, key
        assert Decimal(money_score(spec)) <= Decimal(money[0][rate_col].rstrip("%")) / 10, key


# ----------------------------------------------------------------------------- files
def xlsx_made(folder, f, name="自评表.xlsx"):
    """The form on one sheet; its notes in column A under it (unmerged: the text runs over the empty cells)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    pins = []
    top = to_xlsx(ws, f, 1, pins)
    for k, note in enumerate(f["notes"]):
        ws.cell(row=top + k, column=1, value=note)
    path = folder / name
    wb.save(path)
    return path, pins


def printed(folder, f, rules, cuts=(), figures="right", name="自评表.pdf"):
    """The form's grid from a new page under its title lines, cut before each grid row in `cuts` onto a new page (no
    header again), the notes under the last part; each part ruled ('grid'), a 三线表 of its own ('three') or unruled
    ('none'), the columns as wide on every page; figures at their cells' right (Excel) or left (Word)."""
    rows = f["rows"]
    size = 7.5
    with producer(figures="left") if figures == "left" else contextlib.nullcontext():
        widths = table_widths(PrintedTable("", "", "", pdf_part(rows, 0, len(rows)), 1), size)
        scale = min(1.0, 520 / sum(widths))
        widths, size = [x * scale for x in widths], size * scale
        x0 = (595 - sum(widths)) / 2
        w = PdfWriter()
        p = w.page()
        y = 50.0
        for k, line in enumerate(f["head"]):
            big = 15 if k == 0 else 10
            p.text((595 - len(line) * big) / 2, y, line, big)
            y += big * 1.8
        bounds = [0, *cuts, len(rows)]
        for n, (lo, hi) in enumerate(zip(bounds, bounds[1:])):
            if n:
                p, y = w.page(), 50.0
            y = draw_table(p, x0, y, widths, pdf_part(rows, lo, hi), pdf_merges(rows, lo, hi), head=0, size=size,
                           rules=rules)
        for note in f["notes"]:
            y += size * 1.8
            p.text(x0, y, note, size)
        return w.save(folder / name)


def row_of(f, test) -> int:
    return next(i for i, r in enumerate(f["rows"]) if test(r))


def breaks(f, where):
    """Grid rows the print is cut before: under the money header; after the money block's second line; inside the
    indicators (after the third); and at two of them (three pages)."""
    head = row_of(f, lambda r: any("预算数" in str(v) for v in r))
    head += 1 + (1 if any(str(v) == "财政拨款" for v in f["rows"][head + 1]) else 0)
    money2 = head + 2
    inds = row_of(f, lambda r: r[0] == "一级指标") + 4
    return {"head": (head,), "money2": (money2,), "inds": (inds,), "two": (money2, inds)}[where]


def clean_read(path, folder, f):
    assert problems(path, folder) == []
    (got,) = read_forms(path)
    assert len(got.budget) == f["lines"]
    assert got.total_score is not None
    if f["indicators"] is not None:
        assert sum(len(s.indicators) for s in got.sections if s.origin == "indicators") == f["indicators"]


PRINTS = [("grid", "right"), ("none", "right"), ("three", "right"), ("none", "left"), ("three", "left"),
          ("grid", "left")]


# ----------------------------------------------------------------------------- clean forms
@pytest.mark.parametrize("key", list(LAYOUTS))
def test_clean_workbook(tmp_path, key):
    f = form(key)
    path, _ = xlsx_made(tmp_path, f)
    clean_read(path, tmp_path, f)


# ------------------------------------------------------------------ left open (strict xfail)
# (GX_UNRULED, broken right under GX's two-row money header, unruled: read since session 27 — the parts' line is no
# wrapped line of the header's (pdf_text._continues_cells), the 全年预算数 word sharing a word-laid column with a part
# still read where each line's figure is printed, forms.read_budget)
# (THREE_PAGES, YN broken inside its indicators with page 2 short: read right since session 29 — the indicator
# header's 一级 word left of the funds' columns and its last words right of them head columns of their own, a header
# word in a gutter the neighbour column that holds the rows under it, readers/pdf_form_heads.py)


def open_reason(key, rules, where=None, name=None, figures=None):
    return None  # (nothing open: see GX_UNRULED and THREE_PAGES above)


def marked(*case, reason):
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else case


ONE_PAGE = [marked(k, r, a, reason=open_reason(k, r)) for k in LAYOUTS for r, a in PRINTS]


@pytest.mark.parametrize("key,rules,figures", ONE_PAGE)
def test_clean_print_one_page(tmp_path, key, rules, figures):
    f = form(key)
    clean_read(printed(tmp_path, f, rules, figures=figures), tmp_path, f)


BROKEN = [marked(k, where, *PRINTS[1 + (n + i) % 5],
                 reason=open_reason(k, PRINTS[1 + (n + i) % 5][0], where, None, PRINTS[1 + (n + i) % 5][1]))
          for n, k in enumerate(LAYOUTS) for i, where in enumerate(("head", "money2", "inds", "two"))]


@pytest.mark.parametrize("key,where,rules,figures", BROKEN)
def test_clean_print_broken(tmp_path, key, where, rules, figures):
    f = form(key)
    clean_read(printed(tmp_path, f, rules, breaks(f, where), figures), tmp_path, f)


# ----------------------------------------------------------------------------- planted errors
def money_edit(key, label, col, value, pin_total=True):
    """A money line's cell changed; the PRF001 belongs on the 总额's cell of that column (pinned)."""
    money = [list(m) for m in LAYOUTS[key]["money"]]
    for m in money:
        if m[0] == label:
            m[col] = value
    if pin_total:
        money[0][col] = Pin(money[0][col])
    return money


def rate_edit(key, value):
    spec = LAYOUTS[key]
    money = [list(m) for m in spec["money"]]
    money[0][spec["money_heads"].index("执行率") + 1] = Pin(value)
    return money


def over(key):
    """A full-scored indicator's 得分 one point above its 分值 (pinned), the last scored one a point lower: Σ kept."""
    ind = [list(i) for i in LAYOUTS[key]["indicators"]]
    scored = [i for i in ind if i[5] != U]
    first = next(i for i in scored if i[6] == i[5])
    last = scored[-1]
    first[6] = Pin(str(Decimal(first[5]) + 1))
    last[6] = str(Decimal(last[6]) - 1)
    return [tuple(i) for i in ind]


PLANTED = {
    "ZJ": [("line", dict(money=money_edit("ZJ", "其他资金", 3, "25.75")), "PRF001", ()),
           ("rate", dict(money=rate_edit("ZJ", "93.57%")), "PRF004", ("PRF107",)),
           ("total", dict(total=Pin("95.55")), "PRF104", ()),
           ("over", dict(indicators=over("ZJ")), "PRF103", ())],
    "JX": [("line", dict(money=money_edit("JX", "项目支出", 2, "1815.94")), "PRF001", ()),
           ("rate", dict(money=rate_edit("JX", "92.29%")), "PRF004", ("PRF107",)),
           ("total", dict(total=Pin("94.7")), "PRF104", ()),
           ("over", dict(indicators=over("JX")), "PRF103", ())],
    "YN": [("line", dict(money=money_edit("YN", "省级财政资金", 3, "622.30")), "PRF001", ()),
           ("rate", dict(money=rate_edit("YN", "98.40%")), "PRF004", ()),
           ("total", dict(total=Pin("93.48")), "PRF104", ()),
           ("over", dict(indicators=over("YN")), "PRF103", ())],
    "GS": [("line", dict(money=money_edit("GS", "其他资金", 2, "63.50")), "PRF001", ()),
           ("rate", dict(money=rate_edit("GS", "91.10%")), "PRF004", ("PRF107",)),
           ("total", dict(total=Pin("94.5")), "PRF104", ()),
           ("over", dict(indicators=over("GS")), "PRF103", ())],
    "GX": [("line", dict(money=money_edit("GX", "其他资金", 2, "90.00")), "PRF001", ()),
           ("rate", dict(money=rate_edit("GX", "88.89%")), "PRF004", ("PRF107",)),
           ("total", dict(total=Pin("93.49")), "PRF104", ()),
           ("over", dict(indicators=over("GX")), "PRF103", ())],
    "CQ": [("line", dict(money=money_edit("CQ", "政府性基金预算资金", 3, "46.05")), "PRF001", ()),
           ("rate", dict(money=rate_edit("CQ", "96.65%")), "PRF004", ("PRF107",)),
           ("total", dict(total=Pin("95.26")), "PRF104", ()),
           ("over", dict(indicators=over("CQ")), "PRF103", ())],
    "HUB": [("line", dict(money=money_edit("HUB", "其他资金", 1, "110.00")), "PRF001", ()),
            ("rate", dict(money=rate_edit("HUB", "93.30%")), "PRF004", ("PRF107",)),
            ("total", dict(total=Pin("95.83")), "PRF104", ()),
            ("over", dict(indicators=over("HUB")), "PRF103", ())],
}
CASES = [(k, name, edit, code, also) for k, cases in PLANTED.items() for name, edit, code, also in cases]
IDS = [f"{k}-{name}" for k, name, *_ in CASES]


def found_once(path, folder, code, also):
    got = [c for c, _m in problems(path, folder)]
    assert got.count(code) == 1 and set(got) <= {code, *also}, got


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_planted_workbook(tmp_path, case):
    key, _name, edit, code, also = case
    made = xlsx_made(tmp_path, form(key, **edit))
    judge(made, tmp_path, code, also)
    found_once(made[0], tmp_path, code, also)


# each planted error printed once on one page and once broken, the prints and the breaks taken in turn
ONE_PAGE_CASES = [marked(c, *PRINTS[n % 6], reason=open_reason(c[0], PRINTS[n % 6][0])) for n, c in enumerate(CASES)]
BROKEN_CASES = [marked(c, *PRINTS[1 + n % 5], ("head", "money2", "inds", "two")[n % 4],
                       reason=open_reason(c[0], PRINTS[1 + n % 5][0], ("head", "money2", "inds", "two")[n % 4], c[1],
                                          PRINTS[1 + n % 5][1]))
                for n, c in enumerate(CASES)]


@pytest.mark.parametrize("case,rules,figures", ONE_PAGE_CASES, ids=IDS)
def test_planted_print_one_page(tmp_path, case, rules, figures):
    key, _name, edit, code, also = case
    found_once(printed(tmp_path, form(key, **edit), rules, figures=figures), tmp_path, code, also)


@pytest.mark.parametrize("case,rules,figures,where", BROKEN_CASES, ids=IDS)
def test_planted_print_broken(tmp_path, case, rules, figures, where):
    key, _name, edit, code, also = case
    f = form(key, **edit)
    found_once(printed(tmp_path, f, rules, breaks(f, where), figures), tmp_path, code, also)



# ----------------------------------------------------------------------------- session 24's AH / HUN 执行率
# Left open by session 24: AH and HUN (tests/test_forms_heldout_s18.py) printed unruled on one page read no 执行率 at
# all, in any of the four prints (a long 偏差原因 text bridged the 执行率 and 得分 columns, the 得分 laid over the rate):
# no false finding, but a wrong rate passed unseen. On main 00497e2 the wrong rates below drew nothing; with
# pdf_text._split_shared each is found.
S24_PRINTS = [("three", "right"), ("none", "left"), ("none", "right"), ("three", "left")]


@pytest.mark.parametrize("rules,figures", S24_PRINTS)
@pytest.mark.parametrize("key", ["AH", "HUN"])
def test_s24_wrong_rate_found_on_one_page(tmp_path, key, rules, figures):
    import test_forms_heldout_s18 as s18
    from test_forms_money_lines_heldout24 import one_page

    money = [list(m) for m in s18.MONEY[key]]
    money[0][s18.RATE[key]] = "93.00%"  # (9.70 / 9.75 over 9.30: the score's cap is broken too, PRF107)
    path = one_page(tmp_path, s18.BUILD[key](money=money), rules, figures)
    found_once(path, tmp_path, "PRF004", ("PRF107",))


# ----------------------------------------------------------------------------- written after the fix
# GX's 全年执行数 split three ways, '小计 | 财政拨款 | 其他资金': the 小计 is the column's figure (not the sum of all
# three, which would count the parts twice).
GX3 = dict(LAYOUTS["GX"], money_heads=["年初预算数", "全年预算数", "全年执行数", L, L, "分值", "执行率", "得分"],
           money_heads2=[U, U, "小计", "财政拨款", "其他资金", U, U, U], money=[
               ["年度资金总额", "1000.00", "1080.00", "1025.40", "960.00", "65.40", "10", "94.94%", "9.49"],
               ["其中：财政拨款", "1000.00", "1000.00", "960.00", "960.00", "", "", "", ""],
               ["其他资金", "0.00", "80.00", "65.40", "", "65.40", "", "", ""]])


def test_subtotal_part_is_the_column_figure(tmp_path):
    f = form("GX", spec=GX3)
    path, _ = xlsx_made(tmp_path, f)
    clean_read(path, tmp_path, f)
    (got,) = read_forms(path)
    assert got.budget[0].cells["executed"].value == Decimal("1025.40")


def test_wrong_subtotal_found(tmp_path):
    money = [list(m) for m in GX3["money"]]
    money[0][3] = "1035.40"  # (960.00 + 65.40 = 1025.40; the rate 94.94 % is 1025.40 ÷ 1080.00)
    path, _ = xlsx_made(tmp_path, form("GX", spec=GX3, money=money))
    assert sorted({c for c, _m in problems(path, tmp_path)}) == ["PRF001", "PRF004"]


def test_sum_of_parts_has_their_rounding(tmp_path):
    """The 执行率 94.94 % fits (960.00 + 65.40) ÷ 1080.00 only within the parts' summed half-units: the derived
    figure keeps them (no PRF004), and its text says it was added up."""
    path, _ = xlsx_made(tmp_path, form("GX"))
    (got,) = read_forms(path)
    executed = got.budget[0].cells["executed"]
    assert executed.value == Decimal("1025.40") and executed.derived and executed.half_unit == Decimal("0.010")


@pytest.mark.parametrize("name", [None, "line", "rate", "total"])
def test_split_execution_in_word(tmp_path, name):
    """GX as a Word table (merged cells as Word merges them): read as the workbook is — clean, or its error found."""
    from test_forms_heldout_s11 import docx_file

    case = next((c for c in CASES if c[0] == "GX" and c[1] == name), None)
    path, _ = docx_file(tmp_path, form("GX", **(case[2] if case else {})))
    if case is None:
        clean_read(path, tmp_path, form("GX"))
    else:
        found_once(path, tmp_path, case[3], case[4])


def test_a_stray_figure_left_of_the_points_word_is_no_points_column(tmp_path):
    """Session 22's C broken at grid row 6 (a 三线表; strict xfail there for its PRF104): its 分值/得分 stand right of
    their words, and one 实际完成值 ('1.15万元') is pushed into the blank column left of 分值. That column is no 分值
    column (one figure in ten indicator rows): read as one, it drew a false PRF103 '得分 10 超过其分值 1.15'."""
    from test_forms_breaks_heldout22 import BUILD, pdf_cut

    path = pdf_cut(tmp_path, BUILD["C"](), "three", 6)
    assert "PRF103" not in [c for c, _m in problems(path, tmp_path)]
