"""Held-out 绩效自评表 batch (session 15, s15forms), written from the domain notes and how other provinces fill these
forms BEFORE reading recognize/forms.py, form_specs.py, form_join.py or checks/performance_*.py (only the earlier
batches' docstrings and the s11/s13/s14 builders were read).

Layouts none of the earlier batches has:
  GX  广东 项目支出绩效自评表: 项目资金（万元） 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分 with lines
      资金总额 (not 年度资金总额) · 其中：财政资金 · 上年结转资金 · 社会资金 (blank); 执行率 exactly 90 % written "90.00%";
      one-decimal scores ("14.0", "8.0"); 指标值 "≥3次", "≥500人次", "100%", "按时", "≤100万元", "有效提升", "≥95%".
  BJ  北京: the indicator header written with the short words 一级 · 二级 · 三级 · 指标值 · 完成值 under a merged
      "绩效指标"; the 预算执行率 weighted 10 in the money block (其中 lines "—"); indicators Σ90; two-decimal rate score.
  ZJ  浙江 部门整体支出绩效自评表 on the 部门整体 framework: 一级 履职效能 · 管理效率 · 社会效应 · 服务满意度 (二级 重点工作
      完成 · 履职质量 · 预算管理 · 资产管理 …), 年度资金总额 · 其中：基本支出 · 项目支出.
  SH  上海: "年度总体目标完成情况" heading two columns 预期目标 | 实际完成情况; 其中：市级财政资金 · 区级财政资金 · 其他资金.
  ZY  中央部门 2024 项目支出绩效自评表 whose 偏差原因分析及改进措施 cells carry numbers ("完成率92.4%，低于目标2.6个百分点")
      beside the scores; 成本指标 a 一级.
  XJ  a 县's form: 资金情况（万元） 预算数 · 执行数 · 分值 · 执行率 · 得分 (no 年初 column), every score with one decimal
      including whole ones ("20.0", "9.6"); 未完成原因 column.
  NU  XJ whose 资金来源 lines are numbered without 其中: 资金总额 · 1.财政拨款 · 2.上年结转 · 3.其他资金 (also "1、", "（1）").
  Also: 执行率 written "0.9" (text), 0.9 (General), "90" (text or number), "90.00%", "90.5" (text, a percent); the 总分 row
  written "总分 | 100 | 自评得分 | 92.5" and "总分100分 / 自评得分92.5分" in one cell; two forms side by side on one sheet;
  Word tables with merged cells (all layouts); PDF prints (s10's ruled printer).

Each clean form must draw no error and no warning (and be read: name, budget lines, every indicator, 总分); each planted
error must be found with its code at the planted cell, and nothing else but the codes the case names.

First run on main 0336846 (before any fix): 155 tests (53 clean, 101 planted, the test's own arithmetic), 36 failed.
  Clean: 4 drew false findings — the 总分 written "总分100分 / 自评得分92.5分" in one cell (xlsx, Word: not read, false
  PRF202 总分); two forms side by side (GX | SH: read as ONE form named "省级职业技能大赛既有多层住宅加装电梯补贴", false
  PRF102, PRF108, PRF104); two XJ side by side drew nothing but were read as one form. 29 more failed the reading check
  only: GX's blank 社会资金 line (a word no source list has, no amounts) is not read as a line — nothing to check on it,
  so the test's expectation was changed (no finding came of it). Every way of writing the rate (90 % as "0.9", 0.9,
  "90", 90, "90.00%", 90%, 0.90 as 0.00%; 90.5 % as "90.5", "90.50", "90.5%", 0.905), "总分 | 100 | 自评得分 | 92.5",
  the short level heads 一级/二级/三级, the 履职效能 framework, "年度总体目标完成情况", numbers in the 偏差原因 cells,
  one-decimal scores, and sources numbered "1.财政拨款 · 2.上年结转 · 3.其他资金" (known words) were clean and read.
  Planted: 3 of 101 failed — the inline 总分 wrong: missed (only the false PRF202); side by side: the right-hand form's
  wrong 总分 missed, the left-hand form's PRF001 caught at its cell with the false extras. The other 98 (总分 ≠ Σ, 执行率
  ≠ 执行数 ÷ 预算数, 得分 > 分值, a 执行率 score above min(执行率, 100 %) × 分值, a source not adding up, wrong 等级; xlsx,
  Word, PDF) were caught with their code at the planted cell and nothing else.
Fixed: form_specs.total_inline reads the score after the full marks ("总分100分 / 自评得分92.5分" → 92.5); forms.py
reads two forms side by side in one block (each with its 项目名称/部门名称 label on one row and its own indicator header)
as two forms, each from its own columns. After: all pass.
Second round (after reading the code; each fails on 0336846 unless marked a guard): a text rate "0.9" under '执行率'
(no %) beside 2.88 ÷ 320.00 = 0.90 % is the percent 0.9 % (before: read as 90 %, false PRF004 '应为 1%', xlsx and
Word) — only when that reading alone fits 执行数 ÷ 预算数; "0.9" fitting neither reading is still an error (guard);
sources numbered without 其中 and named by words no source list has ("1.中央衔接推进乡村振兴补助 · 2.省级配套 ·
3.县级配套": before, only the 总额 was read, a wrong line missed) are the 总额's breakdown when they add up in some
amount column; a numbered list adding up in no column is not (guard: no PRF001 on a list that need not be complete).
Reviewer items (s15rev REPORT2 r32, REPORT1 r25; each fails before its fix): a column 'adds up' only with two or more
numbered lines in it ('1.年初预算安排 | 300.00 | — · 2.年中追加 | — | 20.00' are the budget's stages: a false PRF001 after
the first fix); a letter grade with its word in brackets ('A级（优）') is that word's grade (was a false PRF106).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

from test_forms_heldout_s11 import (
    L, U, Frac, Pin, PinFrac, PinTxt, Txt, check, clean, codes, docx_file, dsum, grade_of, judge, money_set, parts_wrong, pct, pdf_made,
    pinned, put, read_forms, xlsx_file,
)
from test_forms_heldout_s13 import relabelled, total_of
from test_forms_heldout_s14 import first_two
from test_forms_support import merge_grid

from openpyxl.utils import get_column_letter


def goal_rows(label, goal, done):
    return [[label, "预期目标", L, L, L, "实际完成情况", L, L, L, L], [U, goal, L, L, L, done, L, L, L, L]]


def indicator_rows(indicators, dev, lead=True):
    out = []
    for i, ind in enumerate(indicators):
        row = ([U] if lead else []) + [*first_two(indicators, i), *ind[2:], dev.get(ind[2], "")]
        out.append(row + [L] * (10 - len(row)))
    return out


def total_rows(total, grade, *, lead=True, style="plain"):
    """The 总分 and 评价等级 rows (10 columns; 分值 in column 6, 得分 in column 7 when `lead`)."""
    if style == "split":  # 总分 | 100 | 自评得分 | 92.5
        row = ["总分", L, L, L, L, "100", "自评得分", total, "", L]
    elif style == "inline":  # one cell
        row = [Txt(f"总分100分 / 自评得分{total}分"), L, L, L, L, L, L, L, L, L]
        if isinstance(total, Pin):
            row[0] = Pin(row[0])
    elif lead:
        row = ["总分", L, L, L, L, L, "100", total, "", L]
    else:
        row = ["总分", L, L, L, L, "100", total, "", L, L]
    return [row, ["评价等级", L, L, L, L, L, grade, L, L, L]]


# ----------------------------------------------------------------------------- GX: 广东, 资金总额 · 社会资金
GX_INDICATORS = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "举办职业技能竞赛", "≥3次", "4次", "10", "10"),
    ("产出指标", "数量指标", "培训竞赛裁判人员", "≥500人次", "512人次", "10", "10"),
    ("产出指标", "质量指标", "获奖选手职业资格取证率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "竞赛按计划举办", "按时", "按时", "10", "10"),
    ("产出指标", "成本指标", "单场竞赛成本", "≤100万元", "96万元", "10", "10"),
    ("效益指标", "社会效益指标", "技能成才社会氛围", "有效提升", "有所提升", "15", "13.5"),
    ("效益指标", "可持续影响指标", "竞赛选拔长效机制", "建立", "基本建立", "10", "8.0"),
    ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥95%", "93%", "15", "12.0"),
]
GX_DEV = {"技能成才社会氛围": "宣传覆盖面不足，下年度加强宣传", "竞赛选拔长效机制": "配套制度尚在制定",
          "参赛选手满意度": "部分赛点食宿保障不足"}
GX_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["资金总额", "300.00", "320.00", "288.00", "10", Txt("90.00%"), "9.0"],
    ["其中：财政资金", "300.00", "300.00", "270.00", "", "", ""],
    ["上年结转资金", "", "20.00", "18.00", "", "", ""],
    ["社会资金", "", "", "", "", "", ""],
]
GX_TOTAL = total_of(GX_INDICATORS, "9.0")  # 92.5


def form_gx(*, name="省级职业技能大赛", money=None, indicators=None, total=None, grade=None, style="plain"):
    money = [list(m) for m in (money or GX_MONEY)]
    indicators = indicators or GX_INDICATORS
    total = total or GX_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 8,
        ["主管部门", "广东省人力资源和社会保障厅", L, L, L, "实施单位", "广东省职业技能鉴定指导中心", L, L, L],
        ["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    rows += [[U, m[0], L, *m[1:], L] for m in money]
    rows += goal_rows("年度总体目标", "举办省级职业技能竞赛3次以上，培训裁判人员500人次以上。", "举办竞赛4次，培训裁判512人次。")
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "偏差原因分析及改进措施", L])
    rows += indicator_rows(indicators, GX_DEV)
    rows += total_rows(total, grade, style=style)
    # the blank 社会资金 line (a word no source list has, no amounts) is not read as a line: nothing to check on it
    lines = len([m for m in money if m[0] != "社会资金" or any(m[1:4])])
    return {"head": ["广东省省级财政项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": lines}


# ----------------------------------------------------------------------------- BJ: 北京, short level heads
BJ_INDICATORS = [
    ("产出指标", "数量指标", "开展送戏下乡演出场次", "≥120场", "126场", "15", "15"),
    ("产出指标", "质量指标", "演出节目审查通过率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "演出任务完成时限", "2024年11月底前", "2024年11月", "10", "10"),
    ("成本指标", "经济成本指标", "单场演出补助", "≤1.5万元", "1.48万元", "10", "10"),
    ("效益指标", "社会效益指标", "惠及基层群众人次", "≥6万人次", "5.8万人次", "20", "19.33"),
    ("效益指标", "可持续影响指标", "基层文化服务常态化", "持续开展", "持续开展", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%", "95.6%", "15", "15"),
]
BJ_MONEY = [
    ["年度资金总额", "180.00", "186.00", "178.20", "10", "95.81%", "9.58"],
    ["其中：财政拨款", "180.00", "180.00", "172.20", "—", "—", "—"],
    ["其他资金", "", "6.00", "6.00", "—", "—", "—"],
]
BJ_TOTAL = total_of(BJ_INDICATORS, "9.58")  # 98.91


def form_bj(*, name="送戏下乡惠民演出", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or BJ_MONEY)]
    indicators = indicators or BJ_INDICATORS
    total = total or BJ_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 8,
        ["主管部门", "北京市文化和旅游局", L, L, L, "实施单位", "北京市某区文化馆", L, L, L],
        ["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    rows += [[U, m[0], L, *m[1:], L] for m in money]
    rows += goal_rows("年度总体目标", "全年开展送戏下乡演出120场以上。", "全年完成演出126场。")
    rows.append(["绩效指标", "一级", "二级", "三级", "指标值", "完成值", "分值", "得分", "偏差原因分析及改进措施", L])
    rows += indicator_rows(indicators, {"惠及基层群众人次": "受天气影响部分场次观众减少"})
    rows += total_rows(total, grade)
    return {"head": ["北京市项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- ZJ: 浙江 部门整体, 履职效能 framework
ZJ_INDICATORS = [
    ("履职效能", "重点工作完成", "年度重点工作完成率", "100%", "100%", "15", "15"),
    ("履职效能", "重点工作完成", "开展专项执法行动", "≥3次", "5次", "10", "10"),
    ("履职效能", "履职质量", "行政复议纠错率", "≤5%", "2.1%", "10", "10"),
    ("履职效能", "履职时效", "政务服务事项办结", "按时", "按时", "10", "10"),
    ("管理效率", "预算管理", "“三公”经费支出", "≤100万元", "86.5万元", "10", "10"),
    ("管理效率", "资产管理", "固定资产利用率", "≥95%", "97.2%", "5", "5"),
    ("社会效应", "社会效益", "营商环境", "有效提升", "有效提升", "15", "14.5"),
    ("服务满意度", "服务对象满意度", "办事群众满意度", "≥90%", "92.3%", "15", "15"),
]
ZJ_MONEY = [
    ["年度资金总额", "5200.00", "5480.00", "5304.64", "10", "96.80%", "9.68"],
    ["其中：基本支出", "3600.00", "3720.00", "3720.00", "", "", ""],
    ["项目支出", "1600.00", "1760.00", "1584.64", "", "", ""],
]
ZJ_TOTAL = total_of(ZJ_INDICATORS, "9.68")  # 99.18


def form_zj(*, name="浙江省某市司法局", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or ZJ_MONEY)]
    indicators = indicators or ZJ_INDICATORS
    total = total or ZJ_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["部门名称", name] + [L] * 8,
        ["年度预算执行情况（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    rows += [[U, m[0], L, *m[1:], L] for m in money]
    rows += goal_rows("年度总体目标", "完成年度法治建设重点任务，提升行政执法规范化水平。", "全面完成年度重点任务。")
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "偏差原因分析及改进措施", L])
    rows += indicator_rows(indicators, {"营商环境": "涉企服务仍有短板，下年度持续优化"})
    rows += total_rows(total, grade)
    return {"head": ["部门整体支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- SH: 上海, 年度总体目标完成情况
SH_INDICATORS = [
    ("产出指标", "数量指标", "完成老旧小区电梯加装", "≥60台", "64台", "15", "15"),
    ("产出指标", "质量指标", "加装电梯验收合格率", "100%", "100%", "15", "15"),
    ("产出指标", "时效指标", "补贴资金拨付", "按时", "按时", "10", "10"),
    ("产出指标", "成本指标", "单台补贴标准", "≤28万元", "28万元", "10", "10"),
    ("效益指标", "社会效益指标", "老年居民出行便利程度", "有效提升", "有效提升", "20", "20"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "88%", "20", "18.5"),
]
SH_MONEY = [
    ["年度资金总额", "1680.00", "1792.00", "1747.20", "10", "97.50%", "9.75"],
    ["其中：市级财政资金", "1000.00", "1000.00", "1000.00", "", "", ""],
    ["区级财政资金", "680.00", "680.00", "653.20", "", "", ""],
    ["其他资金", "", "112.00", "94.00", "", "", ""],
]
SH_TOTAL = total_of(SH_INDICATORS, "9.75")  # 98.25


def form_sh(*, name="既有多层住宅加装电梯补贴", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or SH_MONEY)]
    indicators = indicators or SH_INDICATORS
    total = total or SH_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 8,
        ["主管部门", "上海市某区住房保障和房屋管理局", L, L, L, "实施单位", "某街道办事处", L, L, L],
        ["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    rows += [[U, m[0], L, *m[1:], L] for m in money]
    rows += goal_rows("年度总体目标完成情况", "全年完成既有多层住宅加装电梯60台以上。", "完成加装64台，全部通过验收。")
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "偏差原因分析及改进措施", L])
    rows += indicator_rows(indicators, {"居民满意度": "施工期间噪声影响部分居民"})
    rows += total_rows(total, grade)
    return {"head": ["上海市某区项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- ZY: 中央部门 2024, numbers in 偏差原因
ZY_INDICATORS = [
    ("产出指标", "数量指标", "完成标准制修订项目", "≥40项", "42项", "15", "15"),
    ("产出指标", "质量指标", "标准复审通过率", "≥95%", "92.4%", "10", "9.0"),
    ("产出指标", "时效指标", "按计划完成率", "≥90%", "95%", "10", "10"),
    ("成本指标", "经济成本指标", "单项标准研制经费", "≤25万元", "23.6万元", "10", "10"),
    ("效益指标", "社会效益指标", "标准实施应用企业数", "≥300家", "286家", "20", "18.5"),
    ("效益指标", "可持续影响指标", "标准体系完善程度", "有效提升", "有效提升", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "标准使用单位满意度", "≥90%", "91%", "10", "10"),
]
ZY_DEV = {"标准复审通过率": "完成率92.4%，低于目标2.6个百分点，3项标准需补充验证，下年度提前开展预审",
          "标准实施应用企业数": "实际286家，较目标少14家，下年度扩大宣贯范围至20个省份"}
ZY_MONEY = [
    ["年度资金总额", "1000.00", "1040.00", "1008.80", "10", "97.00%", "9.7"],
    ["其中：本年财政拨款", "1000.00", "1000.00", "972.80", "", "", ""],
    ["上年结转资金", "", "40.00", "36.00", "", "", ""],
    ["其他资金", "", "", "", "", "", ""],
]
ZY_TOTAL = total_of(ZY_INDICATORS, "9.7")  # 97.2


def form_zy(*, name="国家标准制修订", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or ZY_MONEY)]
    indicators = indicators or ZY_INDICATORS
    total = total or ZY_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 8,
        ["主管部门", "国家市场监督管理总局", L, L, L, "实施单位", "某标准化研究院", L, L, L],
        ["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    rows += [[U, m[0], L, *m[1:], L] for m in money]
    rows += goal_rows("年度总体目标", "完成国家标准制修订40项以上。", "完成制修订42项。")
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "偏差原因分析及改进措施", L])
    rows += indicator_rows(indicators, ZY_DEV)
    rows += total_rows(total, grade)
    return {"head": ["中央部门项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- XJ: a 县's form, one-decimal scores
XJ_INDICATORS = [
    ("产出指标", "数量指标", "推广水稻新品种面积", "≥5000亩", "5260亩", "20.0", "20.0"),
    ("产出指标", "质量指标", "示范田亩产增幅", "≥5%", "4.6%", "10.0", "9.2"),
    ("产出指标", "时效指标", "技术服务到位", "按时", "按时", "10.0", "10.0"),
    ("产出指标", "成本指标", "亩均补助", "≤200元", "196元", "10.0", "10.0"),
    ("效益指标", "经济效益指标", "带动农户增收", "有效提升", "有效提升", "15.0", "15.0"),
    ("效益指标", "社会效益指标", "农技服务覆盖率", "≥90%", "92%", "15.0", "15.0"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥95%", "96.3%", "10.0", "10.0"),
]
XJ_MONEY = [  # label, 预算数, 执行数, 分值, 执行率, 得分
    ["资金总额", "120.00", "115.20", "10", "96.00%", "9.6"],
    ["其中：县级财政资金", "80.00", "80.00", "", "", ""],
    ["上级补助资金", "40.00", "35.20", "", "", ""],
]
XJ_TOTAL = total_of(XJ_INDICATORS, "9.6")  # 98.8


def form_xj(*, name="水稻绿色高产高效示范", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or XJ_MONEY)]
    indicators = indicators or XJ_INDICATORS
    total = total or XJ_TOTAL
    grade = grade or grade_of(total)
    rows = [
        ["项目名称", name] + [L] * 8,
        ["主管部门", "某县农业农村局", L, L, L, "实施单位", "某县农业技术推广中心", L, L, L],
        ["资金情况（万元）", "", L, "预算数", "执行数", "分值", "执行率", "得分", L, L],
    ]
    rows += [[U, m[0], L, *m[1:], L, L] for m in money]
    rows += goal_rows("年度总体目标", "建设水稻绿色高产高效示范片5000亩以上。", "建成示范片5260亩。")
    rows.append(["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "未完成原因", L, L])
    rows += indicator_rows(indicators, {"示范田亩产增幅": "受低温天气影响"}, lead=False)
    rows += total_rows(total, grade, lead=False)
    return {"head": ["某县2024年度项目支出绩效自评表"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


def nu_money(style="1."):
    """XJ's money with its sources numbered instead of written under 其中."""
    no = {"1.": "{}.", "1、": "{}、", "（1）": "（{}）"}[style]
    return [
        ["资金总额", "120.00", "115.20", "10", "96.00%", "9.6"],
        [no.format(1) + "财政拨款", "100.00", "96.00", "", "", ""],
        [no.format(2) + "上年结转", "20.00", "19.20", "", "", ""],
        [no.format(3) + "其他资金", "", "", "", "", ""],
    ]


def form_nu(*, style="1.", money=None, **kw):
    return form_xj(money=money or nu_money(style), **kw)


BUILD = {"GX": form_gx, "BJ": form_bj, "ZJ": form_zj, "SH": form_sh, "ZY": form_zy, "XJ": form_xj, "NU": form_nu}


# ----------------------------------------------------------------------------- two forms side by side
def side_by_side_file(folder, left, right, gap=1, name="并排.xlsx"):
    """Two forms on one sheet, the second to the right of the first (same top row, `gap` blank columns between)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    pins = []
    col = 1
    for f in (left, right):
        width = len(f["rows"][0])
        top = 1
        for line in f["head"]:
            ws.cell(row=top, column=col, value=line)
            ws.merge_cells(start_row=top, start_column=col, end_row=top, end_column=col + width - 1)
            top += 1
        if len(f["head"]) == 1:  # both forms start their grids on the same row
            top += 1
        for r, row in enumerate(f["rows"]):
            for c, v in enumerate(row):
                if isinstance(v, Pin):
                    pins.append(f"{get_column_letter(col + c)}{top + r}")
                if not (v is None or v == "" or (v in (L, U) and not isinstance(v, Pin))):
                    put(ws, top + r, col + c, v)
        merge_grid(ws, f["rows"], top, col)
        col += width + gap
    path = folder / name
    wb.save(path)
    return path, pins


# ----------------------------------------------------------------------------- the test's own arithmetic
def test_arithmetic_of_the_clean_forms():
    assert (GX_TOTAL, BJ_TOTAL, ZJ_TOTAL, SH_TOTAL, ZY_TOTAL, XJ_TOTAL) == (
        "92.5", "98.91", "99.18", "98.25", "97.2", "98.8")
    assert pct("288.00", "320.00") == "90.00%" and pct("178.20", "186.00") == "95.81%"
    assert pct("5304.64", "5480.00") == "96.80%" and pct("1747.20", "1792.00") == "97.50%"
    assert pct("1008.80", "1040.00") == "97.00%" and pct("115.20", "120.00") == "96.00%"
    for money, cols in ((GX_MONEY, (1, 2, 3)), (BJ_MONEY, (1, 2, 3)), (ZJ_MONEY, (1, 2, 3)), (SH_MONEY, (1, 2, 3)),
                        (ZY_MONEY, (1, 2, 3)), (XJ_MONEY, (1, 2)), (nu_money(), (1, 2))):
        for col in cols:
            assert dsum([money[0][col]]) == dsum([m[col] for m in money[1:]]), (money[0], col)
    for ind in (GX_INDICATORS, BJ_INDICATORS, ZJ_INDICATORS, SH_INDICATORS, ZY_INDICATORS, XJ_INDICATORS):
        assert all(Decimal(i[-1]) <= Decimal(i[-2]) for i in ind)
        assert dsum([i[-2] for i in ind]) + 10 == 100
    # rate scores: 分值 × 执行率 (GX 9.0 at 90 %, BJ 9.58 at 95.81 %, ZJ 9.68, SH 9.75, ZY 9.7, XJ 9.6)
    assert Decimal("19.33") <= Decimal(20) * Decimal("5.8") / 6


# ----------------------------------------------------------------------------- clean forms
@pytest.mark.parametrize("layout", list(BUILD))
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_clean(tmp_path, layout, fmt):
    f = BUILD[layout]()
    made = {"xlsx": xlsx_file, "docx": docx_file, "pdf": pdf_made}[fmt](tmp_path, f)
    clean(made, tmp_path, f)


def test_all_seven_on_one_sheet(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(xlsx_file(tmp_path, *forms), tmp_path, *forms)


def test_all_seven_in_one_word_document(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(docx_file(tmp_path, *forms), tmp_path, *forms)


@pytest.mark.parametrize("style", ["1、", "（1）"])
def test_numbered_sources_written_otherwise(tmp_path, style):
    f = form_nu(style=style)
    clean(xlsx_file(tmp_path, f), tmp_path, f)


# 执行率 288.00 ÷ 320.00 = 90 % written in other ways (GX)
RATES = {"text-0.9": Txt("0.9"), "general-0.9": Frac("0.9"), "text-90": Txt("90"), "number-90": "90",
         "text-90.00%": Txt("90.00%"), "percent-90%": "90%", "fraction-0.90": Frac("0.90", "0.00%")}


@pytest.mark.parametrize("rate", list(RATES))
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_gx_rate_written_otherwise(tmp_path, rate, fmt):
    f = form_gx(money=money_set(GX_MONEY, "资金总额", 5, RATES[rate], pin=False))
    clean((xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f), tmp_path, f)


def gx_at_90_5(rate):
    """GX with 289.60 spent of 320.00 (90.50 %) and the rate written `rate`; score 9.0 (below 9.05)."""
    money = [list(m) for m in GX_MONEY]
    money[0][3], money[1][3], money[0][5] = "289.60", "271.60", rate
    return money


@pytest.mark.parametrize("rate", [Txt("90.5"), Txt("90.50"), Txt("90.5%"), Frac("0.905")], ids=str)
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_gx_rate_of_90_5_written_otherwise(tmp_path, rate, fmt):
    f = form_gx(money=gx_at_90_5(rate))
    clean((xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("style", ["split", "inline"])
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_gx_total_written_beside_the_points(tmp_path, style, fmt):
    """'总分 | 100 | 自评得分 | 92.5' or '总分100分 / 自评得分92.5分': the 总分 read is 92.5, not 100."""
    f = form_gx(style=style)
    made = (xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f)
    clean(made, tmp_path, f)
    assert [form.total_score.value for form in read_forms(made[0])] == [Decimal("92.5")]


def test_two_forms_side_by_side(tmp_path):
    clean(side_by_side_file(tmp_path, form_gx(), form_sh()), tmp_path, form_gx(), form_sh())


def test_two_county_forms_side_by_side(tmp_path):
    clean(side_by_side_file(tmp_path, form_xj(), form_xj(name="玉米大豆带状复合种植")), tmp_path, form_xj(),
          form_xj(name="玉米大豆带状复合种植"))


# ----------------------------------------------------------------------------- planted errors
PLANTED = [
    # GX (广东)
    ("GX-total", "GX", dict(total=Pin("93.5")), "PRF104", ()),
    ("GX-rate", "GX", dict(money=money_set(GX_MONEY, "资金总额", 5, Txt("92.00%"))), "PRF004", ("PRF107",)),
    ("GX-score-over", "GX", dict(indicators=relabelled(pinned(GX_INDICATORS, "举办职业技能竞赛", 6, "11"),
                                                       "培训竞赛裁判人员", 6, "9")), "PRF103", ()),
    ("GX-rate-score", "GX", dict(money=money_set(GX_MONEY, "资金总额", 6, "9.5"), total="93.0"), "PRF107", ()),
    ("GX-parts", "GX", dict(money=parts_wrong(GX_MONEY, "上年结转资金", 3, "20.00")), "PRF001", ()),
    ("GX-grade", "GX", dict(grade=Pin("良")), "PRF106", ()),
    # BJ (北京)
    ("BJ-total", "BJ", dict(total=Pin("97.91")), "PRF104", ()),
    ("BJ-rate", "BJ", dict(money=money_set(BJ_MONEY, "年度资金总额", 5, "96.81%")), "PRF004", ("PRF107",)),
    ("BJ-score-over", "BJ", dict(indicators=relabelled(pinned(BJ_INDICATORS, "演出节目审查通过率", 6, "11"),
                                                       "开展送戏下乡演出场次", 6, "14")), "PRF103", ()),
    ("BJ-rate-score", "BJ", dict(money=money_set(BJ_MONEY, "年度资金总额", 6, "9.98"), total="99.31"), "PRF107", ()),
    ("BJ-parts", "BJ", dict(money=parts_wrong(BJ_MONEY, "其他资金", 3, "8.00")), "PRF001", ()),
    ("BJ-grade", "BJ", dict(grade=Pin("良")), "PRF106", ()),
    # ZJ (浙江 部门整体)
    ("ZJ-total", "ZJ", dict(total=Pin("98.18")), "PRF104", ()),
    ("ZJ-rate", "ZJ", dict(money=money_set(ZJ_MONEY, "年度资金总额", 5, "95.80%")), "PRF004", ("PRF107",)),
    ("ZJ-score-over", "ZJ", dict(indicators=relabelled(pinned(ZJ_INDICATORS, "固定资产利用率", 6, "6"),
                                                       "开展专项执法行动", 6, "9")), "PRF103", ()),
    ("ZJ-rate-score", "ZJ", dict(money=money_set(ZJ_MONEY, "年度资金总额", 6, "9.88"), total="99.38"), "PRF107", ()),
    ("ZJ-parts", "ZJ", dict(money=parts_wrong(ZJ_MONEY, "项目支出", 2, "1770.00")), "PRF001", ()),
    ("ZJ-grade", "ZJ", dict(grade=Pin("良")), "PRF106", ()),
    # SH (上海)
    ("SH-total", "SH", dict(total=Pin("97.25")), "PRF104", ()),
    ("SH-rate", "SH", dict(money=money_set(SH_MONEY, "年度资金总额", 5, "97.05%")), "PRF004", ("PRF107",)),
    ("SH-score-over", "SH", dict(indicators=relabelled(pinned(SH_INDICATORS, "补贴资金拨付", 6, "12"),
                                                       "完成老旧小区电梯加装", 6, "13")), "PRF103", ()),
    ("SH-rate-score", "SH", dict(money=money_set(SH_MONEY, "年度资金总额", 6, "10"), total="98.5"), "PRF107", ()),
    ("SH-parts", "SH", dict(money=parts_wrong(SH_MONEY, "区级财政资金", 3, "663.20")), "PRF001", ()),
    ("SH-grade", "SH", dict(grade=Pin("良")), "PRF106", ()),
    # ZY (中央 2024)
    ("ZY-total", "ZY", dict(total=Pin("96.2")), "PRF104", ()),
    ("ZY-rate", "ZY", dict(money=money_set(ZY_MONEY, "年度资金总额", 5, "96.00%")), "PRF004", ("PRF107",)),
    ("ZY-score-over", "ZY", dict(indicators=relabelled(pinned(ZY_INDICATORS, "按计划完成率", 6, "11"),
                                                       "完成标准制修订项目", 6, "14")), "PRF103", ()),
    ("ZY-rate-score", "ZY", dict(money=money_set(ZY_MONEY, "年度资金总额", 6, "9.9"), total="97.4"), "PRF107", ()),
    ("ZY-parts", "ZY", dict(money=parts_wrong(ZY_MONEY, "其中：本年财政拨款", 3, "982.80")), "PRF001", ()),
    ("ZY-grade", "ZY", dict(grade=Pin("良")), "PRF106", ()),
    # XJ (县, one decimal)
    ("XJ-total", "XJ", dict(total=Pin("97.8")), "PRF104", ()),
    ("XJ-rate", "XJ", dict(money=money_set(XJ_MONEY, "资金总额", 4, "95.00%")), "PRF004", ("PRF107",)),
    ("XJ-score-over", "XJ", dict(indicators=relabelled(pinned(XJ_INDICATORS, "技术服务到位", 6, "10.5"),
                                                       "亩均补助", 6, "9.5")), "PRF103", ()),
    ("XJ-rate-score", "XJ", dict(money=money_set(XJ_MONEY, "资金总额", 5, "9.9"), total="99.1"), "PRF107", ()),
    ("XJ-parts", "XJ", dict(money=parts_wrong(XJ_MONEY, "上级补助资金", 2, "36.20")), "PRF001", ()),
    ("XJ-grade", "XJ", dict(grade=Pin("良")), "PRF106", ()),
    # NU (numbered sources)
    ("NU-total", "NU", dict(total=Pin("97.8")), "PRF104", ()),
    ("NU-rate", "NU", dict(money=money_set(nu_money(), "资金总额", 4, "95.00%")), "PRF004", ("PRF107",)),
    ("NU-parts", "NU", dict(money=parts_wrong(nu_money(), "2.上年结转", 2, "20.20")), "PRF001", ()),
    ("NU-parts-budget", "NU", dict(money=parts_wrong(nu_money(), "1.财政拨款", 1, "101.00")), "PRF001", ()),
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


PDF_CASES = {"GX-total", "GX-rate-score", "BJ-parts", "ZJ-rate", "SH-score-over", "ZY-total", "ZY-parts", "XJ-rate-score",
             "NU-parts"}


@pytest.mark.parametrize("case", [c for c in PLANTED if c[0] in PDF_CASES], ids=[i for i in IDS if i in PDF_CASES])
def test_planted_pdf(tmp_path, case):
    """Found with its code, at the same row and column labels as in the workbook, on a page."""
    from test_forms_heldout_s11 import labels

    _, layout, edit, code, also = case
    path, _ = pdf_made(tmp_path, BUILD[layout](**edit))
    found = check(path, tmp_path)
    assert code in codes(found) and set(codes(found)) <= {code, *also}, codes(found)
    assert all(f.locations[0].page is not None for f in found if f.code == code)
    book, _ = xlsx_file(tmp_path, BUILD[layout](**edit))
    assert labels(found, code) == labels(check(book, tmp_path), code)


@pytest.mark.parametrize("style", ["split", "inline"])
def test_gx_wrong_total_written_beside_the_points(tmp_path, style):
    judge(xlsx_file(tmp_path, form_gx(style=style, total=Pin("93.5"))), tmp_path, "PRF104")


@pytest.mark.parametrize("rate", [PinTxt("0.92"), PinTxt("92"), PinTxt("92.00%"), PinFrac("0.92")], ids=str)
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_gx_wrong_rate_written_otherwise(tmp_path, rate, fmt):
    """The rate of 288.00 ÷ 320.00 written as 92 % in each way is wrong at its cell."""
    f = form_gx(money=money_set(GX_MONEY, "资金总额", 5, rate, pin=False))
    judge((xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f), tmp_path, "PRF004", ("PRF107",))


def test_an_error_in_the_right_hand_form_side_by_side(tmp_path):
    judge(side_by_side_file(tmp_path, form_gx(), form_sh(total=Pin("97.25"))), tmp_path, "PRF104")


def test_an_error_in_the_left_hand_form_side_by_side(tmp_path):
    judge(side_by_side_file(tmp_path, form_gx(money=parts_wrong(GX_MONEY, "上年结转资金", 3, "20.00")), form_sh()),
          tmp_path, "PRF001")


# ----------------------------------------------------------------------------- second round (after reading the code)
def gx_at_0_9_percent(rate):
    """GX with 2.88 spent of 320.00: 0.90 %, written `rate` under '执行率' (no '%'); score 0 (cap 0.09)."""
    money = [list(m) for m in GX_MONEY]
    money[0][3], money[1][3], money[2][3] = "2.88", "2.88", "0.00"
    money[0][5], money[0][6] = rate, "0"
    return money


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_text_rate_0_9_is_a_percent_when_the_amounts_say_so(tmp_path, fmt):
    """'0.9' under 执行率 (no '%') beside 2.88 ÷ 320.00 = 0.90 %: the department wrote a percent (before: read as 90 %,
    a false PRF004 '应为 0.90%' and a PRF107 capping a score of 0)."""
    f = form_gx(money=gx_at_0_9_percent(Txt("0.9")), total="83.5")
    clean((xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f), tmp_path, f)


def test_a_text_rate_0_9_fitting_neither_reading_is_an_error(tmp_path):
    """'0.9' beside 2.88 ÷ 320.00 = 0.90 % is fine; beside 160.00 ÷ 320.00 = 50 % neither 0.9 % nor 90 % fits."""
    money = [list(m) for m in GX_MONEY]
    money[0][3], money[1][3], money[2][3] = "160.00", "150.00", "10.00"
    money[0][5], money[0][6] = PinTxt("0.9"), "5.0"
    judge(xlsx_file(tmp_path, form_gx(money=money, total="88.5")), tmp_path, "PRF004", ("PRF107",))


NU_UNKNOWN = [  # numbered sources whose names are no known source of money
    ["资金总额", "120.00", "115.20", "10", "96.00%", "9.6"],
    ["1.中央衔接推进乡村振兴补助", "70.00", "70.00", "", "", ""],
    ["2.省级配套", "30.00", "28.00", "", "", ""],
    ["3.县级配套", "20.00", "17.20", "", "", ""],
]


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_numbered_sources_with_unknown_names_are_read(tmp_path, fmt):
    f = form_nu(money=NU_UNKNOWN)
    clean((xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_numbered_sources_with_unknown_names_not_adding_up(tmp_path, fmt):
    money = parts_wrong(NU_UNKNOWN, "2.省级配套", 2, "29.00")
    judge((xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, form_nu(money=money)), tmp_path, "PRF001")


def test_a_numbered_list_adding_up_in_no_column_is_not_a_breakdown(tmp_path):
    """Numbered lines under the 总额 with names no source list has, summing to the 总额 in no column (some of the
    project's items, say): not read as its breakdown, so no PRF001 on a list that need not be complete."""
    money = [list(m) for m in NU_UNKNOWN]
    money[1][0], money[2][0], money[3][0] = "1.品种展示", "2.技术培训", "3.宣传推广"
    money[2][1:3] = ["10.00", "9.00"]  # 70 + 10 + 20 = 100 ≠ 120; 70 + 9 + 17.2 = 96.2 ≠ 115.2
    f = dict(form_nu(money=money), lines=1)
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def test_numbered_stages_of_the_budget_are_no_breakdown(tmp_path):
    """s15rev r32: '1.年初预算安排 300.00 | — | —' and '2.年中追加 — | 20.00 | —' under the 总额 (the budget's stages): each
    column holds one of them only, and one line alone 'adds up' trivially — not a breakdown (was a false PRF001 '应为
    20.00' on the 全年预算数 320.00)."""
    money = [GX_MONEY[0], ["1.年初预算安排", "300.00", "", "", "—", "—", "—"],
             ["2.年中追加", "", "20.00", "", "—", "—", "—"]]
    f = dict(form_gx(money=money), lines=1)
    clean(xlsx_file(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("grade", ["A级（优）", "A（优）"])
def test_a_letter_grade_with_its_word_in_brackets(tmp_path, grade):
    """s15rev r25: 'A级（优）' at 92.5 is 优 (was a false PRF106 '不是设置中的等级')."""
    f = form_gx(grade=grade)
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def test_a_letter_grade_with_the_wrong_word_in_brackets(tmp_path):
    judge(xlsx_file(tmp_path, form_gx(grade=Pin("B级（良）"))), tmp_path, "PRF106")


# ----------------------------------------------------------------------------- branches coverage showed untested
def form_no_total_numbered_column(lines=None):
    """A 县 form without a 总额 line: 资金来源 listed with a 序号 column before the name (each with its own rate)."""
    lines = lines or [["1", "中央财政衔接推进乡村振兴补助资金", "500.00", "490.00", "98.00%"],
                      ["2", "县级配套", "200.00", "196.20", "98.10%"]]
    rate = ("预算执行率", "预算执行率", "预算执行率", "100%", "98.03%", "10.0", "9.8")  # 686.20 ÷ 700.00
    f = form_xj(indicators=XJ_INDICATORS + [rate], total="99.0")
    rows = f["rows"][:2] + [["预算执行情况（万元）", "序号", "资金来源", L, "全年预算数", "全年执行数", "执行率", L, L, L]]
    rows += [[U, no, name, L, b, e, r, L, L, L] for no, name, b, e, r in lines]
    rows += f["rows"][2 + len(XJ_MONEY) + 1:]
    return dict(f, rows=rows, lines=len(lines), total=False)


def test_sources_listed_with_a_number_column_and_no_total(tmp_path):
    """'1 | 中央财政衔接… · 2 | 县级配套' (the 序号 a cell of its own): both lines read, each rate checked."""
    f = form_no_total_numbered_column()
    clean(xlsx_file(tmp_path, f), tmp_path, f)
    wrong = form_no_total_numbered_column([["1", "中央财政衔接推进乡村振兴补助资金", "500.00", "490.00", "98.00%"],
                                           ["2", "县级配套", "200.00", "196.20", Pin("97.10%")]])
    judge(xlsx_file(tmp_path, wrong), tmp_path, "PRF004")


def test_a_form_whose_whole_indicator_table_is_on_the_next_sheet(tmp_path):
    """The first sheet ends before the indicator header; the '（续）' sheet starts with it: one form (the form before
    has no indicator whose columns the continuation could inherit)."""
    from test_forms_heldout_s13 import two_sheet_file

    f = form_gx()
    cut = next(i for i, r in enumerate(f["rows"]) if "一级指标" in r)
    clean(two_sheet_file(tmp_path, f, cut, False), tmp_path, f)


def test_a_cell_issue_in_the_continued_part_names_the_form(tmp_path):
    """A score typed as a formula without its value on the '（续）' sheet: reported under the form's name."""
    from test_forms_heldout_s13 import two_sheet_file

    f = form_gx(indicators=relabelled(GX_INDICATORS, "参赛选手满意度", 6, Txt("=6*2")))
    cut = next(i for i, r in enumerate(f["rows"]) if "一级指标" in r) + 3
    path, _ = two_sheet_file(tmp_path, f, cut, False)
    found = [x for x in check(path, tmp_path) if x.severity.value != "info"]
    assert found and all("省级职业技能大赛" in x.message for x in found), [(x.code, x.message) for x in found]


def test_a_total_written_inline_as_words(tmp_path):
    """'自评总分：见附件' in one cell: the 总分 is there but no number."""
    f = form_gx()
    f["rows"][-2] = [Txt("自评总分：见附件"), L, L, L, L, L, L, L, L, L]
    assert codes(check(xlsx_file(tmp_path, f)[0], tmp_path)) == ["PRF201"]
    assert [f.total_score_text.text for f in read_forms(xlsx_file(tmp_path, f)[0])] == ["见附件"]


def test_a_name_label_written_twice_side_by_side_is_one_form(tmp_path):
    """'项目名称 | 项目名称 | 省级职业技能大赛' (a label merged over two cells, exported unmerged): one form, not two."""
    f = form_gx()
    f["rows"][0] = ["项目名称", "项目名称", "省级职业技能大赛"] + [L] * 7
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def test_a_department_and_its_unit_on_one_row_is_one_form(tmp_path):
    """'部门名称 | 某局 | 单位名称 | 某局机关' on one row: two names of one 部门整体 form (one indicator header)."""
    f = form_zj()
    f["rows"][0] = ["部门名称", "浙江省某市司法局", L, L, L, "单位名称", "浙江省某市司法局机关", L, L, L]
    clean(xlsx_file(tmp_path, f), tmp_path, f)
    clean(docx_file(tmp_path, f), tmp_path, f)
