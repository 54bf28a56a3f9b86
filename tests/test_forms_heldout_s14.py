"""Held-out 绩效自评表 batch (session 14, s14forms), written from the domain notes and how other provinces fill these
forms BEFORE reading recognize/forms.py, form_specs.py, form_join.py or checks/performance_*.py (only the s11–s13
batches' builders were read).

Layouts none of the earlier batches has:
  JS  江苏 项目支出绩效自评表: 得分 BEFORE 分值 in both the money block (年初预算数 · 全年预算数 · 全年执行数 · 执行率 ·
      得分 · 分值) and the indicator table (… · 实际完成值 · 得分 · 分值 · 偏差原因分析及改进措施); every money line written
      with 其中 ("其中：财政拨款" · "其中：上年结转" · "其中：其他资金"); 执行率 the text "98.5%"; one-decimal scores.
  FJ  福建 部门整体支出绩效自评表: 部门名称; 年度预算执行情况（万元） with 年度资金总额 · 其中：基本支出 · 项目支出; 执行率
      0.9856 as a General-format number; a 年度总体目标 table of three numbered goals (序号 1 2 3 · 预期目标 · 实际完成情况);
      偏差原因分析 and 改进措施 as two columns; one-decimal scores.
  Z5  中央部门 2025: 项目资金（万元） with THREE levels of 其中: 年度资金总额 · 其中：财政资金 · 其中：中央财政资金 ·
      其中：当年财政拨款 · 上年结转资金 · 地方财政资金 · 其他资金 (财政资金 = 中央 + 地方, 中央 = 当年 + 结转); 成本指标 a 一级.
  HU  湖南: three projects back to back on one sheet (only a title line between, no blank row); 执行率 BEFORE 分值 in the
      money block, written 0.9625 formatted "0.00%"; "其中：省级财政资金" · "其中：上年结转" · 其他资金; 指标值 · 完成值 ·
      未完成原因及改进措施.
  AH  安徽 Word: "项目资金（万元）" merged down over the money header and lines; 三级指标 over two grid columns; the 总分
      row labelled "合计"; 其中：中央补助资金 · 省级资金 · 上年结转资金.
  CQ  重庆 printed to PDF (and xlsx, Word): 其中：中央补助资金 · 市级资金 · 区县级资金; 执行率 0.985 General; 偏差原因分析 ·
      改进措施 two columns; two-decimal rate score.

Each clean form must draw no error and no warning (and be read: name, budget lines, every indicator, 总分); each planted
error must be found with its code at the planted cell, and nothing else but the codes the case names.

First run on main 6a0626c (before any fix): 115 tests (23 clean, 89 planted, 2 partial 其中 lists, 1 the test's own
arithmetic), 20 failed.
  Clean: 6 of 23 drew false findings. Z5 in xlsx, Word and PDF (and so the all-six sheet and document): 5 false PRF001
  each — the three levels of 其中 read as breakdowns of the 总额 ([财政资金], [中央财政资金], [当年 · 结转 · 地方 · 其他]).
  HU's three projects in one Word document: the rate typed "0.9" (what the number 0.9 in General format shows) read as
  0.9 %: a false PRF004 and a PRF107 warning. The other 17 (得分 before 分值, 执行率 before 分值, 其中 on every line,
  "其中：上年结转", numbered goals, 偏差原因分析 | 改进措施, "合计" as the 总分 row, three projects back to back, 0.9856 /
  0.9625 as numbers, "98.5%" as text, PDF) were clean and read.
  Partial 其中 lists: 2 of 2 drew a false PRF001 (信息化建设 · 执法装备购置 under 项目支出 read as a second breakdown of
  the 总额: 500.00 against 3518.60).
  Planted: 12 of 89 failed, all Z5 (xlsx and Word): 8 caught with false extra PRF001 (total, rate, score over, grade),
  4 PRF001 at the wrong cell naming the wrong grouping (a fault in 地方财政资金 or 上年结转资金 reported on the 总额
  as "（当年财政拨款、上年结转资金、地方财政资金）"). The Z5 PDF cases passed only because they compare with the xlsx
  labels. The other 77 were caught with their code at the planted cell and nothing else.
  Also seen (no finding): HU's 项目名称 read as "基层农技推广体系改革与建设项目编号4300002410001".
Fixed: checks/performance_common.structure — a 其中 line under a breakdown's first line followed by 其中 again (or naming
a known source) may be that line's own lines with sub-parts of their own: the 总额 decides (`_deeper`, the same reading
test as `_by_the_total`), and those lines are read in turn under their line (recursively: 财政资金 = 中央 + 地方, 中央 =
当年 + 结转); a 其中 list right under a line that does not add up to the 总额 and comes to no more than that line in most
columns is that line's own list (`_within`), not another breakdown of the 总额; checks/performance_budget — a line's
sub-parts that are not all kinds of money (资金, 拨款, 结转, 人员经费 …) may be some of the line's only: only an excess is
an error. recognize/forms.py — a text rate with one decimal ("0.9") under a header without "%" is a fraction, as the
number is. recognize/form_specs.py — 项目编号/项目编码/项目代码 end the value of the label before them. After: all pass.
Second round (written after reading the code; each fails on 6a0626c unless marked a guard): faults at each of Z5's levels
reported on their own line and naming its breakdown; a partial list under the breakdown's first line; a partial list
over its line (an error, on the line); a wrong 总额 broken down twice (s13's QX: "应为 17300.00", twice the total, before;
now 8650.00; when the two breakdowns come to different sums each is reported, test_forms_heldout_s12 and
test_mutation_s9d updated); "0.9"/"1.0" typed rates; the 项目名称 beside 项目编号; a 一级's subtotal row ("产出指标 | 小计 |
50 | 49.5", or the 一级 alone with the sums: false PRF102 + PRF104 before; recognize/forms.py skips them) and, as guards,
a wrong 总分 beside subtotal rows and a 一级 row whose 分值 is not the sum (an indicator). Kinds-of-money sub-parts
short of their line are still an error (guard).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_forms_heldout_s11 import (
    L, U, Frac, Pin, Txt, check, clean, codes, docx_file, dsum, grade_of, judge, labels, money_set,
    parts_wrong, pct, pdf_made, pinned, xlsx_file,
)
from test_forms_heldout_s13 import relabelled, total_of


def first_two(indicators, i):
    ind, prev = indicators[i], indicators[i - 1] if i else None
    one = U if prev and prev[0] == ind[0] else ind[0]
    two = U if prev and prev[0] == ind[0] and prev[1] == ind[1] else ind[1]
    return [one, two]


def pad(row, width):
    return row + [L] * (width - len(row))


# ----------------------------------------------------------------------------- JS: 江苏, 得分 before 分值
JS_INDICATORS = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "监测站点运维数量", "≥380个", "386个", "10", "10"),
    ("产出指标", "数量指标", "完成监测报告", "12期", "12期", "10", "10"),
    ("产出指标", "质量指标", "数据有效传输率", "≥90%", "93.5%", "10", "10"),
    ("产出指标", "时效指标", "故障响应时间", "≤24小时", "20小时", "10", "10"),
    ("产出指标", "成本指标", "单站年运维费用", "≤1.6万元", "1.58万元", "10", "10"),
    ("效益指标", "生态效益指标", "空气质量优良天数比率", "≥80%", "79.2%", "10", "9.5"),
    ("效益指标", "社会效益指标", "监测数据公开及时率", "100%", "100%", "10", "10"),
    ("效益指标", "可持续影响指标", "站点运维长效机制", "健全", "健全", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%", "92%", "10", "10"),
]
JS_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (written 执行率 · 得分 · 分值)
    ["年度资金总额", "600.00", "640.00", "630.40", "10", Txt("98.5%"), "9.9"],
    ["其中：财政拨款", "600.00", "600.00", "595.00", "—", "—", "—"],
    ["其中：上年结转", "", "40.00", "35.40", "—", "—", "—"],
    ["其中：其他资金", "", "", "", "—", "—", "—"],
]
JS_TOTAL = total_of(JS_INDICATORS, "9.9")  # 99.4


def form_js(*, name="省级环境空气自动监测站运维", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or JS_MONEY)]
    indicators = indicators or JS_INDICATORS
    total = total or JS_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 8,
        ["主管部门", "江苏省生态环境厅", L, L, L, "实施单位", "江苏省环境监测中心", L, L, L],
        ["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "执行率", "得分", "分值", L],
    ]
    for m in money:
        rows.append([U, m[0], L, m[1], m[2], m[3], m[5], m[6], m[4], L])
    rows += [
        ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
        [U, "保障全省380个以上空气自动监测站稳定运行，数据有效传输率不低于90%。", L, L, L,
         "386个站点稳定运行，数据有效传输率93.5%。", L, L, L, L],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分", "分值", "偏差原因分析及改进措施", L],
    ]
    for i, ind in enumerate(indicators):
        dev = "受不利气象条件影响，下年度加强污染源管控" if ind[2] == "空气质量优良天数比率" else ""
        rows.append([U, *first_two(indicators, i), ind[2], ind[3], ind[4], ind[6], ind[5], dev, L])
    rows += [
        ["总分", L, L, L, L, L, total, "100", "", L],
        ["评价等级", L, L, L, L, L, grade, L, L, L],
    ]
    return {"head": ["项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators), "lines": len(money)}


# ----------------------------------------------------------------------------- FJ: 福建 部门整体, numbered goals
FJ_INDICATORS = [
    ("产出指标", "数量指标", "完成年度重点工作任务数", "≥12项", "12项", "10", "10"),
    ("产出指标", "数量指标", "开展执法检查次数", "≥200次", "216次", "10", "10"),
    ("产出指标", "质量指标", "行政复议纠错率", "≤5%", "3.2%", "10", "10"),
    ("产出指标", "时效指标", "重点任务按期完成率", "≥95%", "91.7%", "10", "9.6"),
    ("产出指标", "成本指标", "“三公”经费控制", "不超预算", "未超预算", "10", "10"),
    ("效益指标", "社会效益指标", "营商环境评价排名", "全省前十", "全省第八", "15", "15"),
    ("效益指标", "可持续影响指标", "制度建设完善程度", "持续完善", "持续完善", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "88.5%", "10", "9.8"),
]
FJ_DEV = {"重点任务按期完成率": ("1项任务因上级政策调整顺延", "加强任务进度调度"),
          "社会公众满意度": ("窗口高峰期等候时间较长", "推行预约办理、延时服务")}
FJ_MONEY = [
    ["年度资金总额", "3260.00", "3518.60", "3467.92", "10", Frac("0.9856"), "9.9"],
    ["其中：基本支出", "2480.00", "2596.30", "2596.30", "", "", ""],
    ["项目支出", "780.00", "922.30", "871.62", "", "", ""],
]
FJ_TOTAL = total_of(FJ_INDICATORS, "9.9")  # 99.3
FJ_GOALS = [
    ("1", "深化“放管服”改革，压减行政审批事项办理时限。", "审批时限平均压减52%。"),
    ("2", "开展市场主体执法检查200次以上。", "开展执法检查216次。"),
    ("3", "完成年度12项重点工作任务。", "12项重点任务全部完成，其中1项顺延至次年1月。"),
]


def form_fj(*, name="福建省某市市场监督管理局", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or FJ_MONEY)]
    indicators = indicators or FJ_INDICATORS
    total = total or FJ_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["部门名称", name] + [L] * 8,
        ["年度预算执行情况（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    for m in money:
        rows.append([U, m[0], L, *m[1:], L])
    rows.append(["年度总体目标", "序号", "预期目标", L, L, L, "实际完成情况", L, L, L])
    for no, goal, done in FJ_GOALS:
        rows.append([U, no, goal, L, L, L, done, L, L, L])
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", "改进措施", L])
    for i, ind in enumerate(indicators):
        why, fix = FJ_DEV.get(ind[2], ("", ""))
        rows.append([*first_two(indicators, i), *ind[2:], why, fix, L])
    rows += [
        ["总分", L, L, L, L, "100", total, "", "", L],
        ["评价等级", L, L, L, L, grade, L, L, L, L],
    ]
    return {"head": ["部门整体支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- Z5: 中央部门 2025, three levels of 其中
Z5_INDICATORS = [
    ("产出指标", "数量指标", "完成技术审查项目数", "≥150项", "158项", "10", "10"),
    ("产出指标", "数量指标", "发布技术规范", "≥3项", "3项", "10", "10"),
    ("产出指标", "质量指标", "审查意见采纳率", "≥90%", "94%", "10", "10"),
    ("产出指标", "时效指标", "审查按时办结率", "≥95%", "92.4%", "10", "9.5"),
    ("成本指标", "经济成本指标", "单项审查平均成本", "≤6万元", "5.8万元", "10", "10"),
    ("效益指标", "社会效益指标", "支撑行业安全监管", "有效支撑", "有效支撑", "10", "10"),
    ("效益指标", "经济效益指标", "节约企业合规成本", "≥500万元", "520万元", "10", "10"),
    ("效益指标", "可持续影响指标", "技术支撑体系完善程度", "持续完善", "持续完善", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "受审单位满意度", "≥90%", "93%", "10", "10"),
]
Z5_MONEY = [
    ["年度资金总额", "1000.00", "1150.00", "1120.50", "10", "97.43%", "9.74"],
    ["其中：财政资金", "1000.00", "1100.00", "1075.50", "—", "—", "—"],
    ["其中：中央财政资金", "800.00", "860.00", "850.00", "—", "—", "—"],
    ["其中：当年财政拨款", "800.00", "800.00", "795.00", "—", "—", "—"],
    ["上年结转资金", "", "60.00", "55.00", "—", "—", "—"],
    ["地方财政资金", "200.00", "240.00", "225.50", "—", "—", "—"],
    ["其他资金", "", "50.00", "45.00", "—", "—", "—"],
]
Z5_TOTAL = total_of(Z5_INDICATORS, "9.74")  # 99.24


def form_z5(*, name="重大技术装备安全技术审查", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or Z5_MONEY)]
    indicators = indicators or Z5_INDICATORS
    total = total or Z5_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 8,
        ["主管部门", "国家某某局", L, L, L, "实施单位", "某某技术审查中心", L, L, L],
        ["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    for m in money:
        rows.append([U, m[0], L, *m[1:], L])
    rows += [
        ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
        [U, "完成重大技术装备安全技术审查150项以上，发布技术规范3项。", L, L, L,
         "完成审查158项，发布技术规范3项。", L, L, L, L],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", L],
    ]
    for i, ind in enumerate(indicators):
        dev = "部分项目补充材料时间较长" if ind[2] == "审查按时办结率" else ""
        rows.append([U, *first_two(indicators, i), *ind[2:], dev, L])
    rows += [
        ["总分", L, L, L, L, L, "100", total, "", L],
        ["评价等级", L, L, L, L, L, grade, L, L, L],
    ]
    return {"head": ["项目支出绩效自评表", "（2025年度）"], "rows": rows, "indicators": len(indicators), "lines": len(money)}


# ----------------------------------------------------------------------------- HU: 湖南, three projects back to back
HU_INDICATORS = [
    ("产出指标", "数量指标", "培训基层农技人员", "≥800人次", "826人次", "15", "15"),
    ("产出指标", "质量指标", "培训考核合格率", "≥95%", "96.8%", "15", "15"),
    ("产出指标", "时效指标", "培训任务完成时间", "2024年10月底前", "2024年10月", "10", "10"),
    ("产出指标", "成本指标", "人均培训成本", "≤1500元", "1460元", "10", "10"),
    ("效益指标", "社会效益指标", "农技推广服务覆盖率", "≥90%", "88%", "15", "13.5"),
    ("效益指标", "可持续影响指标", "农技推广队伍稳定性", "稳定", "稳定", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "95%", "10", "10"),
]
HU_MONEY = {  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 (written 执行率 · 分值 · 得分)
    "1": [["年度资金总额", "450.00", "480.00", "462.00", "10", Frac("0.9625", "0.00%"), "9.6"],
          ["其中：省级财政资金", "450.00", "450.00", "436.00", "", "", ""],
          ["其中：上年结转", "", "30.00", "26.00", "", "", ""],
          ["其他资金", "", "", "", "", "", ""]],
    "2": [["年度资金总额", "200.00", "200.00", "180.00", "10", Frac("0.9", "0.00%"), "9.0"],
          ["其中：省级财政资金", "200.00", "200.00", "180.00", "", "", ""],
          ["其中：上年结转", "", "", "", "", "", ""],
          ["其他资金", "", "", "", "", "", ""]],
    "3": [["年度资金总额", "1200.00", "1350.00", "1323.00", "10", Frac("0.98", "0.00%"), "9.8"],
          ["其中：省级财政资金", "1200.00", "1200.00", "1180.50", "", "", ""],
          ["其中：上年结转", "", "150.00", "142.50", "", "", ""],
          ["其他资金", "", "", "", "", "", ""]],
}
HU_NAMES = {"1": "基层农技推广体系改革与建设", "2": "农产品质量安全检测", "3": "高素质农民培育"}


def form_hu(*, which="1", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or HU_MONEY[which])]
    indicators = indicators or HU_INDICATORS
    total = total or total_of(indicators, money[0][6])
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", HU_NAMES[which], L, L, "项目编号", Txt(f"43000024{which}0001"), L, L, L],
        ["主管部门", "湖南省农业农村厅", L, L, "实施单位", "湖南省农业技术推广总站", L, L, L],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分", L],
    ]
    for m in money:
        rows.append([U, m[0], m[1], m[2], m[3], m[5], m[4], m[6], L])
    rows += [
        ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L, L],
        [U, "完成年度培训任务，提升基层农技推广服务能力。", L, L, "全面完成年度培训任务。", L, L, L, L],
        ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "未完成原因及改进措施", L],
    ]
    for i, ind in enumerate(indicators):
        dev = "部分偏远乡镇服务站点人员不足，下年度加强人员配备" if ind[2] == "农技推广服务覆盖率" else ""
        rows.append([*first_two(indicators, i), *ind[2:], dev, L])
    rows += [
        ["总分", L, L, L, L, "100", total, "", L],
        ["评价等级", L, L, L, L, grade, L, L, L],
    ]
    return {"head": ["2024年度湖南省省级项目支出绩效自评表"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- AH: 安徽 Word, 合计 row
AH_INDICATORS = [
    ("产出指标", "数量指标", "改造农村危房户数", "≥300户", "306户", "20", "20"),
    ("产出指标", "质量指标", "竣工验收合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "补助资金兑付及时率", "≥95%", "93%", "10", "9.5"),
    ("产出指标", "成本指标", "户均补助标准", "≤2万元", "2万元", "10", "10"),
    ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "100%", "100%", "20", "20"),
    ("效益指标", "可持续影响指标", "农房质量安全监管机制", "健全", "健全", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "补助对象满意度", "≥95%", "97.5%", "10", "10"),
]
AH_MONEY = [
    ["年度资金总额", "150.00", "165.00", "160.05", "10", "97.00%", "9.7"],
    ["其中：中央补助资金", "100.00", "100.00", "100.00", "", "", ""],
    ["省级资金", "50.00", "50.00", "45.05", "", "", ""],
    ["上年结转资金", "", "15.00", "15.00", "", "", ""],
]
AH_TOTAL = total_of(AH_INDICATORS, "9.7")  # 99.2


def form_ah(*, name="农村危房改造补助", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or AH_MONEY)]
    indicators = indicators or AH_INDICATORS
    total = total or AH_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 9,
        ["主管部门", "安徽省住房和城乡建设厅", L, L, L, "实施单位", "某县住房和城乡建设局", L, L, L, L],
        ["项目资金（万元）", "", L, L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    for m in money:
        rows.append([U, m[0], L, L, *m[1:], L])
    rows += [
        ["年度总体目标", "预期目标", L, L, L, L, "实际完成情况", L, L, L, L],
        [U, "完成300户以上农村低收入群体危房改造。", L, L, L, L, "完成危房改造306户，全部通过竣工验收。", L, L, L, L],
        ["绩效指标", "一级指标", "二级指标", "三级指标", L, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", L],
    ]
    for i, ind in enumerate(indicators):
        dev = "个别农户资料补正延迟兑付" if ind[2] == "补助资金兑付及时率" else ""
        rows.append([U, *first_two(indicators, i), ind[2], L, *ind[3:], dev, L])
    rows += [
        ["合计", L, L, L, L, L, L, "100", total, "", L],
        ["评价等级", L, L, L, L, L, L, grade, L, L, L],
    ]
    return {"head": ["项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators), "lines": len(money)}


# ----------------------------------------------------------------------------- CQ: 重庆, printed to PDF
CQ_INDICATORS = [
    ("产出指标", "数量指标", "完成地质灾害隐患点治理", "≥25处", "26处", "15", "15"),
    ("产出指标", "质量指标", "治理工程验收合格率", "100%", "100%", "15", "15"),
    ("产出指标", "时效指标", "工程按期完工率", "≥90%", "88.5%", "10", "9.5"),
    ("产出指标", "成本指标", "单处平均治理成本", "≤30万元", "29.6万元", "10", "10"),
    ("效益指标", "社会效益指标", "受威胁群众安全保障人数", "≥3000人", "3150人", "15", "15"),
    ("效益指标", "可持续影响指标", "治理工程设计使用年限", "≥20年", "20年", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94%", "10", "10"),
]
CQ_MONEY = [
    ["年度资金总额", "800.00", "820.00", "807.70", "10", Frac("0.985"), "9.85"],
    ["其中：中央补助资金", "500.00", "500.00", "500.00", "", "", ""],
    ["市级资金", "200.00", "200.00", "197.70", "", "", ""],
    ["区县级资金", "100.00", "120.00", "110.00", "", "", ""],
]
CQ_TOTAL = total_of(CQ_INDICATORS, "9.85")  # 99.35


def form_cq(*, name="地质灾害综合治理", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or CQ_MONEY)]
    indicators = indicators or CQ_INDICATORS
    total = total or CQ_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 8,
        ["主管部门", "重庆市规划和自然资源局", L, L, L, "实施单位", "某区规划和自然资源局", L, L, L],
        ["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    for m in money:
        rows.append([U, m[0], L, *m[1:], L])
    rows += [
        ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
        [U, "完成25处以上地质灾害隐患点工程治理。", L, L, L, "完成治理26处，全部通过验收。", L, L, L, L],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", "改进措施", L],
    ]
    for i, ind in enumerate(indicators):
        why, fix = ("2处工程受汛期影响延期", "合理安排施工时段") if ind[2] == "工程按期完工率" else ("", "")
        rows.append([*first_two(indicators, i), *ind[2:], why, fix, L])
    rows += [
        ["总分", L, L, L, L, "100", total, "", "", L],
        ["评价等级", L, L, L, L, grade, L, L, L, L],
    ]
    return {"head": ["重庆市项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


BUILD = {"JS": form_js, "FJ": form_fj, "Z5": form_z5, "HU": form_hu, "AH": form_ah, "CQ": form_cq}


# ----------------------------------------------------------------------------- the test's own arithmetic
def test_arithmetic_of_the_clean_forms():
    assert (JS_TOTAL, FJ_TOTAL, Z5_TOTAL, AH_TOTAL, CQ_TOTAL) == ("99.4", "99.3", "99.24", "99.2", "99.35")
    assert pct("630.40", "640.00") == "98.50%" and pct("3467.92", "3518.60") == "98.56%"
    assert pct("1120.50", "1150.00") == "97.43%" and pct("160.05", "165.00") == "97.00%"
    assert pct("807.70", "820.00") == "98.50%"
    assert [pct(m[0][3], m[0][2]) for m in HU_MONEY.values()] == ["96.25%", "90.00%", "98.00%"]
    for money in (JS_MONEY, FJ_MONEY, AH_MONEY, CQ_MONEY, *HU_MONEY.values()):
        for col in (1, 2, 3):
            assert dsum([money[0][col]]) == dsum([m[col] for m in money[1:]]), (money[0], col)
    z = {m[0]: m for m in Z5_MONEY}
    for col in (1, 2, 3):
        assert dsum([z["年度资金总额"][col]]) == dsum([z["其中：财政资金"][col], z["其他资金"][col]])
        assert dsum([z["其中：财政资金"][col]]) == dsum([z["其中：中央财政资金"][col], z["地方财政资金"][col]])
        assert dsum([z["其中：中央财政资金"][col]]) == dsum([z["其中：当年财政拨款"][col], z["上年结转资金"][col]])
    for ind in (JS_INDICATORS, FJ_INDICATORS, Z5_INDICATORS, HU_INDICATORS, AH_INDICATORS, CQ_INDICATORS):
        assert all(Decimal(i[-1]) <= Decimal(i[-2]) for i in ind)
        assert dsum([i[-2] for i in ind]) + 10 == 100


# ----------------------------------------------------------------------------- clean forms
@pytest.mark.parametrize("layout", list(BUILD))
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_clean(tmp_path, layout, fmt):
    f = BUILD[layout]()
    made = {"xlsx": xlsx_file, "docx": docx_file, "pdf": pdf_made}[fmt](tmp_path, f)
    clean(made, tmp_path, f)


def test_three_hunan_projects_back_to_back_on_one_sheet(tmp_path):
    forms = [form_hu(which=w) for w in "123"]
    clean(xlsx_file(tmp_path, *forms, gap=0), tmp_path, *forms)


def test_three_hunan_projects_in_one_word_document(tmp_path):
    forms = [form_hu(which=w) for w in "123"]
    clean(docx_file(tmp_path, *forms), tmp_path, *forms)


def test_all_six_on_one_sheet(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(xlsx_file(tmp_path, *forms), tmp_path, *forms)


def test_all_six_in_one_word_document(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(docx_file(tmp_path, *forms), tmp_path, *forms)


def test_the_hunan_rate_as_a_text_percent(tmp_path):
    money = [list(m) for m in HU_MONEY["1"]]
    money[0][5] = Txt("96.25%")
    f = form_hu(money=money)
    clean(xlsx_file(tmp_path, f), tmp_path, f)


# ----------------------------------------------------------------------------- planted errors
def z5_wrong(label, col, value, parent):
    """A line of the 中央 level changed; the finding belongs on its parent's cell of that column (pinned)."""
    money = money_set(Z5_MONEY, label, col, value, pin=False)
    return money_set(money, parent, col, next(m for m in Z5_MONEY if m[0] == parent)[col])


PLANTED = [
    # JS (江苏, 得分 before 分值)
    ("JS-total", "JS", dict(total=Pin("98.4")), "PRF104", ()),
    ("JS-rate", "JS", dict(money=money_set(JS_MONEY, "年度资金总额", 5, Txt("97.5%"))), "PRF004", ("PRF107",)),
    ("JS-score-over", "JS", dict(indicators=relabelled(pinned(JS_INDICATORS, "完成监测报告", 6, "12"),
                                                       "单站年运维费用", 6, "8")), "PRF103", ()),
    ("JS-rate-score", "JS", dict(money=money_set(JS_MONEY, "年度资金总额", 6, "10"), total="99.5"), "PRF107", ()),
    ("JS-parts", "JS", dict(money=parts_wrong(JS_MONEY, "其中：上年结转", 3, "36.40")), "PRF001", ()),
    ("JS-parts-first", "JS", dict(money=parts_wrong(JS_MONEY, "其中：财政拨款", 1, "620.00")), "PRF001", ()),
    ("JS-grade", "JS", dict(grade=Pin("良")), "PRF106", ()),
    # FJ (福建 部门整体)
    ("FJ-total", "FJ", dict(total=Pin("98.3")), "PRF104", ()),
    ("FJ-rate", "FJ", dict(money=money_set(FJ_MONEY, "年度资金总额", 5, Frac("0.9756"))), "PRF004", ("PRF107",)),
    ("FJ-score-over", "FJ", dict(indicators=relabelled(pinned(FJ_INDICATORS, "营商环境评价排名", 6, "16"),
                                                       "制度建设完善程度", 6, "14")), "PRF103", ()),
    ("FJ-rate-score", "FJ", dict(money=money_set(FJ_MONEY, "年度资金总额", 6, "10"), total="99.4"), "PRF107", ()),
    ("FJ-parts", "FJ", dict(money=parts_wrong(FJ_MONEY, "项目支出", 3, "881.62")), "PRF001", ()),
    ("FJ-parts-budget", "FJ", dict(money=parts_wrong(FJ_MONEY, "其中：基本支出", 2, "2586.30")), "PRF001", ()),
    ("FJ-grade", "FJ", dict(grade=Pin("良")), "PRF106", ()),
    # Z5 (中央 2025, three levels)
    ("Z5-total", "Z5", dict(total=Pin("98.24")), "PRF104", ()),
    ("Z5-rate", "Z5", dict(money=money_set(Z5_MONEY, "年度资金总额", 5, "96.43%")), "PRF004", ("PRF107",)),
    ("Z5-score-over", "Z5", dict(indicators=relabelled(pinned(Z5_INDICATORS, "发布技术规范", 6, "11"),
                                                       "审查意见采纳率", 6, "9")), "PRF103", ()),
    ("Z5-top", "Z5", dict(money=z5_wrong("其他资金", 3, "55.00", "年度资金总额")), "PRF001", ()),
    ("Z5-fiscal", "Z5", dict(money=z5_wrong("地方财政资金", 2, "250.00", "其中：财政资金")), "PRF001", ()),
    ("Z5-central", "Z5", dict(money=z5_wrong("上年结转资金", 3, "65.00", "其中：中央财政资金")), "PRF001", ()),
    ("Z5-grade", "Z5", dict(grade=Pin("良")), "PRF106", ()),
    # HU (湖南, 执行率 before 分值)
    ("HU-total", "HU", dict(total=Pin("99.1")), "PRF104", ()),
    ("HU-rate", "HU", dict(money=money_set(HU_MONEY["1"], "年度资金总额", 5, Frac("0.9725", "0.00%"))), "PRF004",
     ("PRF107",)),
    ("HU-rate-score", "HU", dict(money=money_set(HU_MONEY["1"], "年度资金总额", 6, "9.9")), "PRF107", ()),
    ("HU-parts", "HU", dict(money=parts_wrong(HU_MONEY["1"], "其中：上年结转", 2, "40.00")), "PRF001", ()),
    ("HU-grade", "HU", dict(grade=Pin("良")), "PRF106", ()),
    # AH (安徽 Word, 合计)
    ("AH-total", "AH", dict(total=Pin("98.2")), "PRF104", ()),
    ("AH-rate", "AH", dict(money=money_set(AH_MONEY, "年度资金总额", 5, "96.00%")), "PRF004", ("PRF107",)),
    ("AH-score-over", "AH", dict(indicators=relabelled(pinned(AH_INDICATORS, "竣工验收合格率", 6, "12"),
                                                       "改造农村危房户数", 6, "18")), "PRF103", ()),
    ("AH-parts", "AH", dict(money=parts_wrong(AH_MONEY, "省级资金", 3, "46.05")), "PRF001", ()),
    ("AH-grade", "AH", dict(grade=Pin("良")), "PRF106", ()),
    # CQ (重庆)
    ("CQ-total", "CQ", dict(total=Pin("98.35")), "PRF104", ()),
    ("CQ-rate", "CQ", dict(money=money_set(CQ_MONEY, "年度资金总额", 5, Frac("0.975"))), "PRF004", ("PRF107",)),
    ("CQ-score-over", "CQ", dict(indicators=relabelled(pinned(CQ_INDICATORS, "单处平均治理成本", 6, "11"),
                                                       "治理工程验收合格率", 6, "14")), "PRF103", ()),
    ("CQ-rate-score", "CQ", dict(money=money_set(CQ_MONEY, "年度资金总额", 6, "9.95"), total="99.45"), "PRF107", ()),
    ("CQ-parts", "CQ", dict(money=parts_wrong(CQ_MONEY, "区县级资金", 3, "112.00")), "PRF001", ()),
    ("CQ-grade", "CQ", dict(grade=Pin("良")), "PRF106", ()),
]
IDS = [c[0] for c in PLANTED]


@pytest.mark.parametrize("case", PLANTED, ids=IDS)
def test_planted_xlsx(tmp_path, case):
    _, layout, edit, code, also = case
    judge(xlsx_file(tmp_path, BUILD[layout](**edit)), tmp_path, code, also)


@pytest.mark.parametrize("case", PLANTED, ids=IDS)
def test_planted_docx(tmp_path, case):
    _, layout, edit, code, also = case
    judge(docx_file(tmp_path, BUILD[layout](**edit)), tmp_path, code, also)


PDF_CASES = {"JS-total", "JS-score-over", "JS-parts", "FJ-rate", "FJ-parts", "Z5-central", "Z5-fiscal", "HU-rate-score",
             "AH-parts", "CQ-total", "CQ-rate", "CQ-parts", "CQ-score-over", "CQ-grade"}


@pytest.mark.parametrize("case", [c for c in PLANTED if c[0] in PDF_CASES], ids=[i for i in IDS if i in PDF_CASES])
def test_planted_pdf(tmp_path, case):
    """Found with its code, at the same row and column labels as in the workbook, on a page."""
    _, layout, edit, code, also = case
    path, _ = pdf_made(tmp_path, BUILD[layout](**edit))
    found = check(path, tmp_path)
    assert code in codes(found) and set(codes(found)) <= {code, *also}, codes(found)
    assert all(f.locations[0].page is not None for f in found if f.code == code)
    book, _ = xlsx_file(tmp_path, BUILD[layout](**edit))
    assert labels(found, code) == labels(check(book, tmp_path), code)


def test_a_wrong_second_project_among_three_on_one_sheet(tmp_path):
    """Only the second project's wrong 总分 is reported, at its cell."""
    forms = [form_hu(which="1"), form_hu(which="2", total=Pin("96.5")), form_hu(which="3")]
    judge(xlsx_file(tmp_path, *forms, gap=0), tmp_path, "PRF104")


# ----------------------------------------------------------------------------- partial nested 其中 (brief item 2)
FJ_PARTIAL = FJ_MONEY + [  # 项目支出 lists two of its projects only: 300.00 + 200.00 of 922.30
    ["其中：信息化建设", "300.00", "300.00", "288.00", "", "", ""],
    ["执法装备购置", "200.00", "200.00", "196.50", "", "", ""],
]


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_partial_list_of_nested_parts_is_not_summed_as_complete(tmp_path, fmt):
    f = form_fj(money=FJ_PARTIAL)
    made = (xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f)
    assert codes(check(made[0], tmp_path)) == []


# ----------------------------------------------------------------------------- reading
def test_the_project_name_stops_before_the_project_number(tmp_path):
    """'项目编号 | 43000024…' beside the name is a field of its own, not more of the name."""
    from test_forms_heldout_s11 import read_forms

    forms = [form_hu(which=w) for w in "123"]
    for made in (xlsx_file(tmp_path, *forms, gap=0), docx_file(tmp_path, *forms)):
        assert [f.project.text for f in read_forms(made[0])] == [HU_NAMES[w] for w in "123"]


# ----------------------------------------------------------------------------- second round (after reading the code)
SECOND = [  # more faults at each level of Z5's three levels of 其中
    ("Z5-central-first", dict(money=z5_wrong("其中：当年财政拨款", 1, "790.00", "其中：中央财政资金")), "PRF001"),
    ("Z5-fiscal-spent", dict(money=z5_wrong("其中：中央财政资金", 3, "860.00", "其中：财政资金")), "PRF001"),
    ("Z5-top-budget", dict(money=z5_wrong("其中：财政资金", 2, "1110.00", "年度资金总额")), "PRF001"),
]


@pytest.mark.parametrize("case", SECOND, ids=[c[0] for c in SECOND])
def test_three_levels_fault_is_reported_on_its_own_line(tmp_path, case):
    _, edit, code = case
    judge(xlsx_file(tmp_path, form_z5(**edit)), tmp_path, code)


def test_three_levels_fault_names_the_breakdown_of_its_line(tmp_path):
    path, _ = xlsx_file(tmp_path, form_z5(money=z5_wrong("地方财政资金", 2, "250.00", "其中：财政资金")))
    [f] = [f for f in check(path, tmp_path) if f.code == "PRF001"]
    assert "财政资金应等于其中各项（中央财政资金、地方财政资金）之和" in f.message, f.message


FJ_PARTIAL_FIRST = [  # the same partial list under the breakdown's FIRST line (其中：项目支出), 基本支出 after it
    ["年度资金总额", "3260.00", "3518.60", "3467.92", "10", Frac("0.9856"), "9.9"],
    ["其中：项目支出", "780.00", "922.30", "871.62", "", "", ""],
    ["其中：信息化建设", "300.00", "300.00", "288.00", "", "", ""],
    ["执法装备购置", "200.00", "200.00", "196.50", "", "", ""],
    ["基本支出", "2480.00", "2596.30", "2596.30", "", "", ""],
]


def test_a_partial_list_under_the_first_line_is_not_summed_as_complete(tmp_path):
    f = form_fj(money=FJ_PARTIAL_FIRST)
    assert codes(check(xlsx_file(tmp_path, f)[0], tmp_path)) == []


@pytest.mark.parametrize("money", [FJ_PARTIAL, FJ_PARTIAL_FIRST], ids=["after", "first"])
def test_a_partial_list_over_its_line_is_an_error(tmp_path, money):
    """Named items may be some of the line's only, but they cannot come to more than the line."""
    over = [list(m) for m in money]
    row = next(m for m in over if m[0] == "执法装备购置")
    row[3] = "696.50"  # 288.00 + 696.50 = 984.50 > 871.62
    path, _ = xlsx_file(tmp_path, form_fj(money=over))
    found = [f for f in check(path, tmp_path) if f.code == "PRF001"]
    assert len(found) == 1 and "项目支出应等于其中各项（信息化建设、执法装备购置）之和" in found[0].message


def test_sub_parts_that_are_kinds_of_money_are_still_judged_short(tmp_path):
    """中央财政资金's 当年财政拨款 · 上年结转资金 make the whole line: a shortfall is an error (Z5-central-first)."""
    path, _ = xlsx_file(tmp_path, form_z5(money=z5_wrong("上年结转资金", 2, "50.00", "其中：中央财政资金")))
    assert codes(check(path, tmp_path)) == ["PRF001"]


@pytest.mark.parametrize("text", ["0.9", "1.0"])
def test_a_one_decimal_text_rate_is_a_fraction_as_the_number_is(tmp_path, text):
    """'0.9' typed in a Word table under 执行率 is 90 %, as the number 0.9 in General format is (HU project 2 in Word)."""
    money = [list(m) for m in HU_MONEY["2"]]
    if text == "1.0":
        money[0][3], money[1][3], money[0][6] = "200.00", "200.00", "10"
    money[0][5] = Txt(text)
    f = form_hu(which="2", money=money)
    clean(docx_file(tmp_path, f), tmp_path, f)
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def test_a_wrong_total_broken_down_twice_is_held_against_one_breakdown(tmp_path):
    """s13's 县 部门整体 form (按收入性质分 · 按支出性质分, both 8650.00) with its 年初预算数 总额 made 8750.00: PRF001 says
    it should be 8650.00 — not 17300.00, the two breakdowns added together (before: '应为 17300.00')."""
    import test_forms_heldout_s13 as s13

    money = money_set(s13.QX_MONEY, "年度资金总额", 1, "8750.00")
    path, pins = xlsx_file(tmp_path, s13.form_qx(money=money))
    [f] = [f for f in check(path, tmp_path) if f.code == "PRF001"]
    assert f.locations[0].cell == pins[0] and "应为 8650.00" in f.message, f.message


# ----------------------------------------------------------------------------- 一级 subtotal rows (after reading the code)
def with_subtotals(f, indicators, label):
    """CQ's grid with a row heading each 一级 that gives its Σ分值 and Σ得分: '小计' in the 二级 column (the 一级 merged
    down over its indicators), or (label None) only the 一级, merged across 二级 and 三级, written again below."""
    groups = {}
    for i in indicators:
        groups.setdefault(i[0], []).append(i)
    out, seen = [], set()
    for r in f["rows"]:
        if r[0] in groups and r[0] not in seen:
            seen.add(r[0])
            g = groups[r[0]]
            sums = [str(dsum([i[5] for i in g])), str(dsum([i[6] for i in g]))]
            out.append([r[0], label, L, L, L, *sums, "", "", L] if label else [r[0], L, L, L, L, *sums, "", "", L])
            if label:
                r = [U] + r[1:]
        out.append(r)
    return dict(f, rows=out)


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_a_subtotal_row_of_each_first_level_is_no_indicator(tmp_path, fmt):
    """'产出指标 | 小计 | 50 | 49.5' above each 一级's indicators (before: read as one more indicator, false PRF102 '权重
    …= 190' and PRF104 '得分之和为 188.85')."""
    f = with_subtotals(form_cq(), CQ_INDICATORS, "小计")
    clean({"xlsx": xlsx_file, "docx": docx_file, "pdf": pdf_made}[fmt](tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_a_row_naming_only_its_first_level_with_the_sums_is_no_indicator(tmp_path, fmt):
    f = with_subtotals(form_cq(), CQ_INDICATORS, None)
    clean({"xlsx": xlsx_file, "pdf": pdf_made}[fmt](tmp_path, f), tmp_path, f)


def test_beside_subtotal_rows_a_wrong_total_is_found(tmp_path):
    f = with_subtotals(form_cq(total=Pin("98.35")), CQ_INDICATORS, "小计")
    judge(xlsx_file(tmp_path, f), tmp_path, "PRF104")


def test_a_first_level_row_whose_points_are_not_the_sum_is_an_indicator(tmp_path):
    """A 一级 written alone with 分值 10 over indicators of 15 + 15 + …: not its sum, so an indicator of its own."""
    f = with_subtotals(form_cq(), CQ_INDICATORS, None)
    row = next(r for r in f["rows"] if r[0] == "产出指标" and r[1] == L)
    row[5] = "10"
    from test_forms_heldout_s11 import read_forms

    path, _ = xlsx_file(tmp_path, f)
    [form] = read_forms(path)
    assert [len(s.indicators) for s in form.sections if s.name == "产出指标"] == [5]


Z5_UNNAMED = {  # the same three levels named by words that are no known source of money
    "其中：中央财政资金": "其中：中央补助", "其中：当年财政拨款": "其中：当年下达", "上年结转资金": "以前年度下达",
    "地方财政资金": "地方配套",
}


def z5_unnamed(money):
    return [[Z5_UNNAMED.get(m[0], m[0]), *m[1:]] for m in money]


def test_three_levels_named_by_unknown_words_are_clean(tmp_path):
    f = form_z5(money=z5_unnamed(Z5_MONEY))
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def test_three_levels_named_by_unknown_words_fault_on_its_line(tmp_path):
    money = z5_unnamed(z5_wrong("上年结转资金", 3, "65.00", "其中：中央财政资金"))
    judge(xlsx_file(tmp_path, form_z5(money=money)), tmp_path, "PRF001")
