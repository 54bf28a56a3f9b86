"""Held-out 绩效自评表 batch (session 18, s18forms), written from the domain notes and how other provinces fill these
forms BEFORE reading more of recognize/forms.py, form_specs.py, form_join.py or checks/performance_*.py (only
forms._stacked_forms, read for finC #2, and the earlier batches' builders were read).

Layouts none of the earlier batches has:
  SX  山西 项目支出绩效自评表 (2022): every score written with its unit ("10分", "9.5分", "9.6分", "100分"), in the
      money block and the indicator table; 其中：财政拨款 · 其他资金 with "—" in the parts' 分值/执行率/得分; the 总分 row
      labelled "合计", the 自评等级 on the row below.
  NM  内蒙古 部门整体支出绩效自评表 (2023): 执行率 BEFORE 分值 (年初预算数 · 全年预算数 · 全年执行数 · 执行率 · 分值 ·
      得分); the 2022+ framework with 成本指标 a 一级 (经济成本指标 · 社会成本指标); the 总分 row "总得分 | 100 | 98.7 |
      自评等级 | 优" (the grade next to it).
  AH  安徽 部门整体支出绩效自评表 (2024): 部门名称 · 填报单位/联系人; 资金情况（万元）; the 总分 row "综合得分";
      a 成本指标 "三公经费控制率 ≤100%".
  JS  江苏 项目支出绩效自评表 (2021): money heads 预算数 · 执行数 · 分值 · 执行率 · 得分 (no 年初/全年) under 资金总额;
      the indicator table with 分值 BEFORE the 指标值 (一级 · 二级 · 三级 · 分值 · 年度指标值 · 实际完成值 · 得分 · 偏差);
      a 指标值 "0" (a number).
  HEN 河南 项目支出绩效自评表 (2024): no 年初预算数, 执行率 before 分值 (全年预算数 · 全年执行数 · 执行率 · 分值 · 得分);
      成本指标 a 一级; a rate score with two decimals (9.52).
  HUN 湖南 部门整体支出绩效自评表 (2020): two breakdowns of the 总额, 其中：财政拨款 · 其他资金 and 其中：基本支出 ·
      项目支出; the 总分 row "总分 | 100 | 98.75 | 自评等级 | 优".
  Also: SX and NM with the indicator table split over two sheets (the second untitled "Sheet2" with the indicator
  head written again, or without it, or under the same title again); every layout in Word (merged cells as Word merges
  them) and printed to PDF.

Each clean form must draw no error and no warning (and be read: name, budget lines, every indicator, 总分); each planted
error must be found with its code at the planted cell, and nothing else but the codes the case names.

First run on main 4f40846 (before any fix), in four rounds written before reading the code they test:
  Round 1 (the six layouts; xlsx, Word, PDF; two sheets): 74 tests (21 clean forms: 18 + 3 over two sheets; 52
  planted: 37 xlsx, 6 Word, 6 PDF, 3 on a second sheet; the test's own arithmetic): all passed — no false finding,
  52/52 caught at the planted cell. (Word cases trimmed afterwards to 3 + 3 for CI time: python-docx's merges take
  ≈ 0.4 s CPU a form.)
  Round 2 (wordings, xlsx): heads "分值（分）" · "得分（分）" · "执行率（%）" with the rate the number 96.00; heads typed
  over two lines; a money 总额 line "合计" AND a 总分 row "合计"; grade "优秀"; 二级 "生态环境成本指标" and
  "社会公众或服务对象满意度指标"; "自评总分"; 其他资金 "/"; "预算执行率"; the 总分 row's 分值 blank; "单位名称":
  11 clean + 8 planted, all passed.
  Round 3 (other words, a Word-like grid): "调整预算数" · "实际支出数", "预算数" · "实际执行数"; column edges that
  do not line up from block to block (xlsx and Word): 5 clean + 4 planted, all passed.
  Round 4: indicator heads "一级\n指标" over two lines; "年度预算资金总额"; a Word form whose 总分 and 等级 are a
  paragraph under its table ("自评得分：98.7分    自评等级：优"): 3 clean, 1 planted — 2 failed: that paragraph drew
  a false PRF201 error ("总分应为数字，实际填“98.7分自评等级:优”": the spaces gone, the grade's label read into the
  score) on the correct form, and the wrong 总分 97.7 there was missed (the same PRF201 instead of PRF104).
  In all: 0 of 37 clean-form tests with a false finding in rounds 1–3, 1 of 3 in round 4; planted 64/65 caught.
Fixed: form_specs._INLINE_END_RE — a total written inline also ends where a grade's label (FIELD_LABELS' grade words)
begins, so '自评得分：98.7分    自评等级：优' is 98.7 and its grade 优. After: all pass. The last test (the same line in
one workbook cell) was written after the fix; it fails before it.
Round 5 (written after reading forms._stacked_forms, form_join and the inline total, before form_specs' column
words; xlsx, NM and HEN): the score column "考核得分" / "实际得分", the weight "满分值", the execution "实际使用数" /
"全年支出数", "预算安排数", "年度目标值", "未完成原因分析": 16 clean, 3 planted. First run on 4f40846: 6 clean tests
with false findings — "考核得分" (PRF104 ×2: the money block's score not read, so the 总分 ≠ Σ), "实际使用数" and
"全年支出数" (PRF202 "执行数未填写" ×4: the column not read); the 3 planted in those forms missed (0/3). Fixed in
form_specs.budget_column ('…使用数', '…支出数' without 预算 are the execution; a short head ending in 得分 the score;
满分值/标准分值 the weight) and indicator_column ('实际得分' is a score, not the 实际完成值). After: all pass.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

from test_forms_heldout_s11 import (
    L, U, Pin, check, clean, codes, continued, docx_file, dsum, grade_of, judge, money_set, parts_wrong, pct,
    pdf_made, pinned, to_xlsx, xlsx_file,
)
from test_forms_heldout_s13 import relabelled
from test_forms_heldout_s14 import first_two

W = 10
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def pad(row):
    return list(row) + [L] * (W - len(row))


def fen(v):
    """A score written with its unit: "9.5" → "9.5分" (a planted cell stays planted)."""
    if v in ("", "—"):
        return v
    return Pin(v + "分") if isinstance(v, Pin) else v + "分"


def indicator_rows(indicators, dev, unit=False, points_first=False):
    rows = []
    for i, ind in enumerate(indicators):
        value, done, points, score = ind[3:7]
        if unit:
            points, score = fen(points), fen(score)
        middle = [points, value, done, score] if points_first else [value, done, points, score]
        rows.append(pad([*first_two(indicators, i), ind[2], *middle, dev.get(ind[2], "")]))
    return rows


def money_block(head, money, unit_cols=()):
    out = [pad(head)]
    for m in money:
        m = [fen(v) if i in unit_cols else v for i, v in enumerate(m)]
        out.append(pad([U, m[0], L, *m[1:]]))
    return out


def goals(expected, done):
    return [["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L], [U, expected, L, L, L, done, L, L, L, L]]


def total_of(indicators, extra):
    return str(dsum([i[6] for i in indicators]) + Decimal(extra))


# ----------------------------------------------------------------------------- SX: 山西, "9.5分"
SX_INDICATORS = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "大气自动监测站点运维数量", "≥86个", "86个", "10", "10"),
    ("产出指标", "数量指标", "监测数据审核报告", "12期", "12期", "10", "10"),
    ("产出指标", "质量指标", "监测数据有效率", "≥95%", "96.3%", "10", "10"),
    ("产出指标", "时效指标", "运维任务完成时限", "按时", "按时", "10", "10"),
    ("产出指标", "成本指标", "单站年运维费用", "≤6万元", "5.8万元", "10", "10"),
    ("效益指标", "社会效益指标", "环境空气质量信息公开", "及时公开", "及时公开", "10", "10"),
    ("效益指标", "生态效益指标", "优良天数比例", "≥72%", "70.5%", "10", "9.5"),
    ("效益指标", "可持续影响指标", "监测网络长效运行", "长期", "长期", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%", "92%", "10", "10"),
]
SX_DEV = {"优良天数比例": "受沙尘天气影响，下年度加强污染源协同管控"}
SX_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "480.00", "520.00", "499.20", "10", "96.00%", "9.6"],
    ["其中：财政拨款", "480.00", "500.00", "481.20", "—", "—", "—"],
    ["其他资金", "0.00", "20.00", "18.00", "—", "—", "—"],
]
SX_TOTAL = total_of(SX_INDICATORS, "9.6")  # 99.1


def form_sx(*, name="环境空气质量自动监测网运行维护", money=None, indicators=None, total=None, grade=None):
    money = money or SX_MONEY
    indicators = indicators or SX_INDICATORS
    total = total or SX_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "山西省生态环境厅", L, L, L, "实施单位", "山西省生态环境监测和应急保障中心", L, L, L],
        *money_block(["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                     money, unit_cols=(4, 6)),
        *goals("保障全省86个大气自动监测站点稳定运行，监测数据有效率95%以上。",
               "86个站点全年稳定运行，数据有效率96.3%。"),
        pad(HEADER),
        *indicator_rows(indicators, SX_DEV, unit=True),
        pad(["合计", L, L, L, L, "100分", fen(total), ""]),
        pad(["自评等级", L, L, L, L, grade]),
    ]
    return {"head": ["山西省省级项目支出绩效自评表", "（2022年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- NM: 内蒙古 部门整体, 成本 a 一级
NM_INDICATORS = [
    ("产出指标", "数量指标", "完成草原监测样地调查", "≥1200个", "1236个", "10", "10"),
    ("产出指标", "数量指标", "草原执法检查次数", "≥40次", "38次", "10", "9"),
    ("产出指标", "质量指标", "监测数据质量合格率", "≥95%", "98%", "10", "10"),
    ("产出指标", "时效指标", "年度监测报告报送", "按时", "按时", "10", "10"),
    ("成本指标", "经济成本指标", "单个样地调查成本", "≤0.3万元", "0.28万元", "5", "5"),
    ("成本指标", "社会成本指标", "对农牧民生产的影响", "无明显影响", "无明显影响", "5", "5"),
    ("效益指标", "生态效益指标", "草原综合植被盖度", "≥45%", "45.2%", "15", "15"),
    ("效益指标", "社会效益指标", "草原违法案件查处率", "100%", "100%", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "农牧民满意度", "≥90%", "93%", "10", "10"),
]
NM_DEV = {"草原执法检查次数": "受疫情防控影响减少2次，下年度提前安排"}
NM_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分
    ["年度资金总额", "3260.00", "3518.40", "3412.85", "97.00%", "10", "9.7"],
    ["其中：财政拨款", "3060.00", "3298.40", "3205.35", "", "", ""],
    ["其他资金", "200.00", "220.00", "207.50", "", "", ""],
]
NM_TOTAL = total_of(NM_INDICATORS, "9.7")  # 98.7


def form_nm(*, name="内蒙古自治区林业和草原局", money=None, indicators=None, total=None, grade=None):
    money = money or NM_MONEY
    indicators = indicators or NM_INDICATORS
    total = total or NM_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["部门（单位）名称", name]),
        *money_block(["年度预算执行情况（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "执行率", "分值",
                      "得分"], money),
        *goals("1.完成草原监测样地调查1200个以上；2.草原综合植被盖度稳定在45%以上。",
               "1.完成样地调查1236个；2.草原综合植被盖度45.2%。"),
        pad(HEADER),
        *indicator_rows(indicators, NM_DEV),
        ["总得分", L, L, L, L, "100", total, "自评等级", grade, L],
    ]
    return {"head": ["内蒙古自治区部门整体支出绩效自评表", "（2023年度）"], "rows": rows,
            "indicators": len(indicators), "lines": len(money)}


# ----------------------------------------------------------------------------- AH: 安徽 部门整体, 综合得分
AH_INDICATORS = [
    ("产出指标", "数量指标", "完成年度重点工作任务", "≥15项", "15项", "10", "10"),
    ("产出指标", "数量指标", "制定政策性文件", "≥6件", "7件", "10", "10"),
    ("产出指标", "质量指标", "重点任务完成合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "重点工作按期完成率", "≥95%", "93.3%", "10", "9"),
    ("产出指标", "成本指标", "三公经费控制率", "≤100%", "86.5%", "10", "10"),
    ("效益指标", "社会效益指标", "政务服务事项网上可办率", "≥98%", "99.2%", "15", "15"),
    ("效益指标", "可持续影响指标", "内部管理制度健全性", "健全", "健全", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "94.6%", "10", "10"),
]
AH_DEV = {"重点工作按期完成率": "1项任务因上级政策调整延期，已于次年一季度完成"}
AH_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "12850.00", "13620.00", "13211.40", "10", "97.00%", "9.70"],
    ["其中：财政拨款", "12600.00", "13320.00", "12930.60", "", "", ""],
    ["其他资金", "250.00", "300.00", "280.80", "", "", ""],
]
AH_TOTAL = total_of(AH_INDICATORS, "9.70")  # 98.70


def form_ah(*, name="安徽省发展和改革委员会", money=None, indicators=None, total=None, grade=None):
    money = money or AH_MONEY
    indicators = indicators or AH_INDICATORS
    total = total or AH_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["部门名称", name]),
        ["填报单位", "安徽省发展和改革委员会办公室", L, L, L, "联系人", "王敏", L, L, L],
        *money_block(["资金情况（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                     money),
        *goals("围绕年度重点工作任务，完成政策制定、项目审批和规划实施。", "15项重点任务全部完成，制定政策性文件7件。"),
        pad(HEADER),
        *indicator_rows(indicators, AH_DEV),
        pad(["综合得分", L, L, L, L, "100", total, ""]),
        pad(["自评等级", L, L, L, L, grade]),
    ]
    return {"head": ["安徽省部门整体支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- JS: 江苏 2021, 分值 before 指标值
JS_INDICATORS = [
    ("产出指标", "数量指标", "举办全民健身赛事活动", "≥30场", "32场", "15", "15"),
    ("产出指标", "质量指标", "赛事活动安全事故发生数", "0", "0", "10", "10"),
    ("产出指标", "时效指标", "活动按计划完成", "按时", "按时", "10", "10"),
    ("产出指标", "成本指标", "单场赛事平均补助", "≤8万元", "7.6万元", "5", "5"),
    ("效益指标", "社会效益指标", "参与群众人次", "≥10万人次", "9.2万人次", "20", "18.4"),
    ("效益指标", "可持续影响指标", "全民健身氛围", "持续提升", "持续提升", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", "95%", "20", "20"),
]
JS_DEV = {"参与群众人次": "部分赛事受天气影响缩减规模，下年度增加室内项目"}
JS_MONEY = [  # label, 预算数, 执行数, 分值, 执行率, 得分
    ["资金总额", "260.00", "247.00", "10", "95.00%", "9.5"],
    ["其中：财政拨款", "240.00", "229.00", "", "", ""],
    ["其他资金", "20.00", "18.00", "", "", ""],
]
JS_TOTAL = total_of(JS_INDICATORS, "9.5")  # 97.9


def form_js(*, name="全民健身赛事活动补助", money=None, indicators=None, total=None, grade=None):
    money = money or JS_MONEY
    indicators = indicators or JS_INDICATORS
    total = total or JS_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "江苏省体育局", L, L, L, "实施单位", "江苏省全民健身指导中心", L, L, L],
        *money_block(["项目资金（万元）", "", L, "预算数", "执行数", "分值", "执行率", "得分"], money),
        *goals("举办全民健身赛事活动30场以上，带动群众参与10万人次。", "举办赛事32场，参与群众9.2万人次。"),
        pad(["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"]),
        *indicator_rows(indicators, JS_DEV, points_first=True),
        pad(["总分", L, L, "100", L, L, total, ""]),
        pad(["评价等级", L, L, grade]),
    ]
    return {"head": ["江苏省省级项目支出绩效自评表", "（2021年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- HEN: 河南 2024, no 年初预算数
HEN_INDICATORS = [
    ("产出指标", "数量指标", "新建高标准农田面积", "≥2万亩", "2.05万亩", "15", "15"),
    ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "项目建设完成时间", "2024年12月底前", "按时完成", "10", "10"),
    ("成本指标", "经济成本指标", "亩均建设成本", "≤3000元", "2950元", "10", "10"),
    ("效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", "48公斤", "10", "9"),
    ("效益指标", "生态效益指标", "节水灌溉面积占比", "≥60%", "63%", "10", "10"),
    ("效益指标", "可持续影响指标", "工程设施使用年限", "≥15年", "15年", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "91.5%", "15", "15"),
]
HEN_DEV = {"亩均粮食增产": "部分地块当年土壤熟化不足，下年度加强培肥"}
HEN_MONEY = [  # label, 全年预算数, 全年执行数, 执行率, 分值, 得分
    ["年度资金总额", "1500.00", "1428.00", "95.20%", "10", "9.52"],
    ["其中：财政拨款", "1380.00", "1326.00", "", "", ""],
    ["其他资金", "120.00", "102.00", "", "", ""],
]
HEN_TOTAL = total_of(HEN_INDICATORS, "9.52")  # 98.52


def form_hen(*, name="高标准农田建设", money=None, indicators=None, total=None, grade=None):
    money = money or HEN_MONEY
    indicators = indicators or HEN_INDICATORS
    total = total or HEN_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "河南省农业农村厅", L, L, L, "实施单位", "河南省农田建设服务中心", L, L, L],
        *money_block(["项目资金（万元）", "", L, "全年预算数", "全年执行数", "执行率", "分值", "得分"], money),
        *goals("新建高标准农田2万亩，工程验收合格率100%。", "新建高标准农田2.05万亩，全部验收合格。"),
        pad(HEADER),
        *indicator_rows(indicators, HEN_DEV),
        pad(["总分", L, L, L, L, "100", total, ""]),
        pad(["评价等级", L, L, L, L, grade]),
    ]
    return {"head": ["河南省项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- HUN: 湖南 部门整体 2020, two breakdowns
HUN_INDICATORS = [
    ("产出指标", "数量指标", "完成年度统计调查项目", "≥25项", "26项", "10", "10"),
    ("产出指标", "质量指标", "统计数据差错率", "≤1%", "0.6%", "10", "10"),
    ("产出指标", "时效指标", "统计数据按时发布率", "100%", "100%", "10", "10"),
    ("产出指标", "成本指标", "会议费支出", "≤100万元", "96.8万元", "10", "10"),
    ("效益指标", "社会效益指标", "统计信息公众查询量", "≥50万次", "56万次", "15", "15"),
    ("效益指标", "可持续影响指标", "统计信息化水平", "持续提升", "持续提升", "15", "14"),
    ("满意度指标", "服务对象满意度指标", "统计用户满意度", "≥90%", "92.8%", "20", "20"),
]
HUN_DEV = {"统计信息化水平": "数据共享平台二期未完工，下年度加快建设"}
HUN_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "2150.00", "2380.00", "2320.50", "10", "97.50%", "9.75"],
    ["其中：财政拨款", "2050.00", "2260.00", "2206.50", "", "", ""],
    ["其他资金", "100.00", "120.00", "114.00", "", "", ""],
    ["其中：基本支出", "1450.00", "1520.00", "1512.30", "", "", ""],
    ["项目支出", "700.00", "860.00", "808.20", "", "", ""],
]
HUN_TOTAL = total_of(HUN_INDICATORS, "9.75")  # 98.75


def form_hun(*, name="湖南省统计局", money=None, indicators=None, total=None, grade=None):
    money = money or HUN_MONEY
    indicators = indicators or HUN_INDICATORS
    total = total or HUN_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["部门名称", name]),
        *money_block(["年度预算执行情况（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                      "得分"], money),
        *goals("完成年度统计调查任务，提高统计数据质量和发布时效。", "完成统计调查项目26项，数据按时发布率100%。"),
        pad(HEADER),
        *indicator_rows(indicators, HUN_DEV),
        ["总分", L, L, L, L, "100", total, "自评等级", grade, L],
    ]
    return {"head": ["湖南省部门整体支出绩效自评表", "（2020年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


BUILD = {"SX": form_sx, "NM": form_nm, "AH": form_ah, "JS": form_js, "HEN": form_hen, "HUN": form_hun}
MADE = {"xlsx": xlsx_file, "docx": docx_file, "pdf": pdf_made}
MONEY = {"SX": SX_MONEY, "NM": NM_MONEY, "AH": AH_MONEY, "JS": JS_MONEY, "HEN": HEN_MONEY, "HUN": HUN_MONEY}
IND = {"SX": SX_INDICATORS, "NM": NM_INDICATORS, "AH": AH_INDICATORS, "JS": JS_INDICATORS, "HEN": HEN_INDICATORS,
       "HUN": HUN_INDICATORS}
RATE = {"SX": 5, "NM": 4, "AH": 5, "JS": 4, "HEN": 3, "HUN": 5}  # the 执行率's index in a money line
SCORE = {"SX": 6, "NM": 6, "AH": 6, "JS": 5, "HEN": 5, "HUN": 6}  # the budget's 得分


# ----------------------------------------------------------------------------- the test's own arithmetic
def test_arithmetic_of_the_clean_forms():
    assert [SX_TOTAL, NM_TOTAL, AH_TOTAL, JS_TOTAL, HEN_TOTAL, HUN_TOTAL] == [
        "99.1", "98.7", "98.70", "97.9", "98.52", "98.75"]
    spent = {"SX": (3, 2), "NM": (3, 2), "AH": (3, 2), "JS": (2, 1), "HEN": (2, 1), "HUN": (3, 2)}
    num = lambda v: "" if v == "—" else v  # noqa: E731
    for key, money in MONEY.items():
        done, budget = spent[key]
        assert pct(money[0][done], money[0][budget]) == money[0][RATE[key]], key
        groups = [money[1:]] if key != "HUN" else [money[1:3], money[3:]]
        for col in range(1, done + 1):
            for group in groups:
                assert dsum([num(money[0][col])]) == dsum([num(m[col]) for m in group]), (key, col)
        weight = 10
        rate = Decimal(money[0][RATE[key]].rstrip("%")) / 100
        assert Decimal(money[0][SCORE[key]]) <= rate * weight, key
        ind = IND[key]
        assert all(Decimal(i[6]) <= Decimal(i[5]) for i in ind), key
        assert dsum([i[5] for i in ind]) + weight == 100, key


# ----------------------------------------------------------------------------- clean forms
CLEAN = [(fmt, layout) for fmt in MADE for layout in BUILD if fmt != "docx" or layout in ("SX", "AH", "HUN")]


@pytest.mark.parametrize("fmt,layout", CLEAN, ids=[f"{f}-{k}" for f, k in CLEAN])
def test_clean(tmp_path, fmt, layout):
    """(Word, slow to build with python-docx's merges: the three layouts whose merges differ.)"""
    f = BUILD[layout]()
    clean(MADE[fmt](tmp_path, f), tmp_path, f)


def two_sheet_file(folder, form, cut, second_title, repeat):
    """Grid rows [:cut] under the form's title on the first sheet, the rest on "Sheet2" — untitled (second_title
    None) or under that title — starting with the indicator head written again when `repeat`."""
    wb = Workbook()
    first = wb.active
    first.title = "绩效自评表"
    rows = form["rows"]
    header = next(r for r in rows if "一级指标" in r)
    rest = ([list(header)] if repeat else []) + continued(rows, cut)
    to_xlsx(first, {"head": form["head"], "rows": rows[:cut]}, 1, [])
    to_xlsx(wb.create_sheet("Sheet2"), {"head": [second_title] if second_title else [], "rows": rest}, 1, [])
    path = folder / "自评表.xlsx"
    wb.save(path)
    return path, []


TWO_SHEETS = [  # layout, grid row where Sheet2 starts, Sheet2's title, head written again
    ("SX", 12, None, True), ("SX", 14, None, False), ("NM", 11, "内蒙古自治区部门整体支出绩效自评表", True),
]


@pytest.mark.parametrize("layout,cut,title,repeat", TWO_SHEETS, ids=["SX-untitled-head", "SX-untitled", "NM-titled"])
def test_clean_over_two_sheets(tmp_path, layout, cut, title, repeat):
    f = BUILD[layout]()
    clean(two_sheet_file(tmp_path, f, cut, title, repeat), tmp_path, f)


@pytest.mark.parametrize("layout,cut,title,repeat", TWO_SHEETS, ids=["SX-untitled-head", "SX-untitled", "NM-titled"])
def test_wrong_total_on_the_second_sheet(tmp_path, layout, cut, title, repeat):
    f = BUILD[layout](total=Pin({"SX": "98.6", "NM": "98.2"}[layout]))
    path, _ = two_sheet_file(tmp_path, f, cut, title, repeat)
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"], codes(found)
    assert [x.locations[0].sheet for x in found if x.code == "PRF104"] == ["Sheet2"]


# ----------------------------------------------------------------------------- planted errors
def score_over(key, up, down):
    """One indicator's 得分 one point above its 分值 (pinned), another's one point lower: the 总分 still adds up."""
    ind = IND[key]
    u = next(i for i in ind if i[2] == up)
    d = next(i for i in ind if i[2] == down)
    raised = pinned(ind, up, 6, str(Decimal(u[5]) + 1))
    return relabelled(raised, down, 6, str(Decimal(d[6]) - 1))


def rate_score(key, value):
    """The budget's 得分 above min(执行率, 100 %) × 10, the 总分 raised with it."""
    money = MONEY[key]
    total = str(dsum([i[6] for i in IND[key]]) + Decimal(value))
    return dict(money=money_set(money, money[0][0], SCORE[key], value), total=total)


PLANTED = [
    ("SX-total", "SX", dict(total=Pin("98.6")), "PRF104", ()),
    ("SX-grade", "SX", dict(grade=Pin("良")), "PRF106", ()),
    ("SX-rate", "SX", dict(money=money_set(SX_MONEY, "年度资金总额", 5, "69.00%")), "PRF004", ("PRF107",)),
    ("SX-score-over", "SX", dict(indicators=score_over("SX", "单站年运维费用", "监测数据有效率")), "PRF103", ()),
    ("SX-rate-score", "SX", rate_score("SX", "9.9"), "PRF107", ()),
    ("SX-parts", "SX", dict(money=parts_wrong(SX_MONEY, "其他资金", 3, "28.00")), "PRF001", ()),
    ("NM-total", "NM", dict(total=Pin("97.7")), "PRF104", ()),
    ("NM-grade", "NM", dict(grade=Pin("良")), "PRF106", ()),
    ("NM-rate", "NM", dict(money=money_set(NM_MONEY, "年度资金总额", 4, "79.00%")), "PRF004", ("PRF107",)),
    ("NM-score-over", "NM", dict(indicators=score_over("NM", "单个样地调查成本", "草原综合植被盖度")), "PRF103", ()),
    ("NM-rate-score", "NM", rate_score("NM", "9.9"), "PRF107", ()),
    ("NM-parts", "NM", dict(money=parts_wrong(NM_MONEY, "其他资金", 2, "230.00")), "PRF001", ()),
    ("AH-total", "AH", dict(total=Pin("97.80")), "PRF104", ()),
    ("AH-grade", "AH", dict(grade=Pin("良")), "PRF106", ()),
    ("AH-rate", "AH", dict(money=money_set(AH_MONEY, "年度资金总额", 5, "79.00%")), "PRF004", ("PRF107",)),
    ("AH-score-over", "AH", dict(indicators=score_over("AH", "三公经费控制率", "制定政策性文件")), "PRF103", ()),
    ("AH-rate-score", "AH", rate_score("AH", "9.90"), "PRF107", ()),
    ("AH-parts", "AH", dict(money=parts_wrong(AH_MONEY, "其中：财政拨款", 3, "12390.60")), "PRF001", ()),
    ("JS-total", "JS", dict(total=Pin("98.9")), "PRF104", ()),
    ("JS-grade", "JS", dict(grade=Pin("良")), "PRF106", ()),
    ("JS-rate", "JS", dict(money=money_set(JS_MONEY, "资金总额", 4, "59.00%")), "PRF004", ("PRF107",)),
    ("JS-score-over", "JS", dict(indicators=score_over("JS", "单场赛事平均补助", "举办全民健身赛事活动")), "PRF103", ()),
    ("JS-rate-score", "JS", rate_score("JS", "9.8"), "PRF107", ()),
    ("JS-parts", "JS", dict(money=parts_wrong(JS_MONEY, "其他资金", 1, "30.00")), "PRF001", ()),
    ("HEN-total", "HEN", dict(total=Pin("98.25")), "PRF104", ()),
    ("HEN-grade", "HEN", dict(grade=Pin("中")), "PRF106", ()),
    ("HEN-rate", "HEN", dict(money=money_set(HEN_MONEY, "年度资金总额", 3, "92.50%")), "PRF004", ("PRF107",)),
    ("HEN-score-over", "HEN", dict(indicators=score_over("HEN", "工程验收合格率", "新建高标准农田面积")), "PRF103", ()),
    ("HEN-rate-score", "HEN", rate_score("HEN", "9.80"), "PRF107", ()),
    ("HEN-parts", "HEN", dict(money=parts_wrong(HEN_MONEY, "其中：财政拨款", 2, "1362.00")), "PRF001", ()),
    ("HUN-total", "HUN", dict(total=Pin("97.75")), "PRF104", ()),
    ("HUN-grade", "HUN", dict(grade=Pin("良")), "PRF106", ()),
    ("HUN-rate", "HUN", dict(money=money_set(HUN_MONEY, "年度资金总额", 5, "79.50%")), "PRF004", ("PRF107",)),
    ("HUN-score-over", "HUN", dict(indicators=score_over("HUN", "会议费支出", "统计信息公众查询量")), "PRF103", ()),
    ("HUN-rate-score", "HUN", rate_score("HUN", "9.95"), "PRF107", ()),
    ("HUN-parts-source", "HUN", dict(money=parts_wrong(HUN_MONEY, "其他资金", 3, "141.00")), "PRF001", ()),
    ("HUN-parts-use", "HUN", dict(money=parts_wrong(HUN_MONEY, "项目支出", 2, "806.00")), "PRF001", ()),
]
IDS = [c[0] for c in PLANTED]


@pytest.mark.parametrize("case", PLANTED, ids=IDS)
def test_planted_xlsx(tmp_path, case):
    _, layout, edit, code, also = case
    judge(xlsx_file(tmp_path, BUILD[layout](**edit)), tmp_path, code, also)


DOCX_CASES = {"SX-total", "AH-parts", "HUN-rate-score"}
PDF_CASES = {"SX-parts", "NM-total", "AH-rate-score", "JS-rate", "HEN-grade", "HUN-score-over"}


@pytest.mark.parametrize("case", [c for c in PLANTED if c[0] in DOCX_CASES], ids=[i for i in IDS if i in DOCX_CASES])
def test_planted_docx(tmp_path, case):
    _, layout, edit, code, also = case
    judge(docx_file(tmp_path, BUILD[layout](**edit)), tmp_path, code, also)


@pytest.mark.parametrize("case", [c for c in PLANTED if c[0] in PDF_CASES], ids=[i for i in IDS if i in PDF_CASES])
def test_planted_pdf(tmp_path, case):
    """Found with its code, on a page, and nothing else but the codes the case names."""
    _, layout, edit, code, also = case
    path, _ = pdf_made(tmp_path, BUILD[layout](**edit))
    found = check(path, tmp_path)
    assert code in codes(found) and set(codes(found)) <= {code, *also}, codes(found)
    assert all(f.locations[0].page is not None for f in found if f.code == code)



# ----------------------------------------------------------------------------- round 2 (xlsx): wordings
def swap(form, old, new):
    """Every grid cell reading `old` written `new` (a head, a label)."""
    form["rows"] = [[new if v == old else v for v in row] for row in form["rows"]]
    return form


def edited(key, *swaps, **edit):
    f = BUILD[key](**edit)
    for old, new in swaps:
        swap(f, old, new)
    return f


def breaks(form):
    """Heads typed over two lines in their cells (Alt+Enter)."""
    for old, new in (("年初预算数", "年初\n预算数"), ("全年预算数", "全年\n预算数"), ("全年执行数", "全年\n执行数"),
                     ("年度指标值", "年度\n指标值"), ("实际完成值", "实际\n完成值"),
                     ("偏差原因分析及改进措施", "偏差原因分析\n及改进措施")):
        swap(form, old, new)
    return form


HEN_HEJI = [["合计", *HEN_MONEY[0][1:]], *HEN_MONEY[1:]]
JS_SLASH = [JS_MONEY[0], ["其中：财政拨款", "260.00", "247.00", "", "", ""], ["其他资金", "/", "/", "", "", ""]]
NM_NAMES = [(a, b.replace("社会成本指标", "生态环境成本指标").replace("服务对象满意度指标", "社会公众或服务对象满意度指标"),
             *rest) for a, b, *rest in NM_INDICATORS]
SX_UNITS = (("分值", "分值（分）"), ("得分", "得分（分）"), ("执行率", "执行率（%）"))


def sx_units(**edit):
    """SX with heads "分值（分）" · "得分（分）" · "执行率（%）", the rate the number 96.00, scores without their unit."""
    f = edited("SX", *SX_UNITS, **edit)
    f["rows"] = [[v[:-1] if isinstance(v, str) and v.endswith("分") and v[:-1].replace(".", "").isdigit() else v
                  for v in row] for row in f["rows"]]
    return f


ROUND2_CLEAN = {
    "HEN-heji-twice": lambda: edited("HEN", ("总分", "合计"), money=HEN_HEJI),
    "SX-heads-with-units": lambda: sx_units(money=money_set(SX_MONEY, "年度资金总额", 5, "96.00", pin=False)),
    "NM-heads-on-two-lines": lambda: breaks(form_nm()),
    "AH-grade-youxiu": lambda: form_ah(grade="优秀"),
    "NM-other-level2-names": lambda: form_nm(indicators=NM_NAMES),
    "JS-zipingzongfen": lambda: edited("JS", ("总分", "自评总分")),
    "JS-other-funds-slash": lambda: form_js(money=JS_SLASH),
    "HEN-yusuanzhixinglv": lambda: edited("HEN", ("执行率", "预算执行率")),
    "AH-total-points-blank": lambda: edited("AH", ("100", "")),
    "AH-danweimingcheng": lambda: edited("AH", ("部门名称", "单位名称")),
    "HUN-danweimingcheng": lambda: edited("HUN", ("部门名称", "单位名称")),
}


@pytest.mark.parametrize("case", list(ROUND2_CLEAN))
def test_round2_clean(tmp_path, case):
    f = ROUND2_CLEAN[case]()
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def misplaced(indicators, third, level2):
    return [tuple(Pin(level2) if ind[2] == third and i == 1 else v for i, v in enumerate(ind)) for ind in indicators]


ROUND2_PLANTED = {
    "HEN-heji-twice-total": (lambda: edited("HEN", ("总分", "合计"), money=HEN_HEJI, total=Pin("98.25")), "PRF104"),
    "HEN-heji-twice-parts": (lambda: edited("HEN", ("总分", "合计"), money=parts_wrong(HEN_HEJI, "其他资金", 2,
                                                                                      "112.00")), "PRF001"),
    "SX-heads-with-units-rate": (lambda: sx_units(money=money_set(SX_MONEY, "年度资金总额", 5, "69.00")), "PRF004"),
    "NM-heads-on-two-lines-score-over": (lambda: breaks(form_nm(indicators=score_over("NM", "单个样地调查成本",
                                                                                     "草原综合植被盖度"))), "PRF103"),
    "AH-grade-lianghao": (lambda: form_ah(grade=Pin("良好")), "PRF106"),
    "AH-misplaced-level2": (lambda: form_ah(indicators=misplaced(AH_INDICATORS, "三公经费控制率", "社会效益指标")),
                            "PRF108"),
    "AH-danweimingcheng-total": (lambda: edited("AH", ("部门名称", "单位名称"), total=Pin("97.80")), "PRF104"),
    "JS-zipingzongfen-total": (lambda: edited("JS", ("总分", "自评总分"), total=Pin("98.9")), "PRF104"),
}


@pytest.mark.parametrize("case", list(ROUND2_PLANTED))
def test_round2_planted(tmp_path, case):
    build, code = ROUND2_PLANTED[case]
    judge(xlsx_file(tmp_path, build()), tmp_path, code, ("PRF107",) if code == "PRF004" else ())


# ----------------------------------------------------------------------------- round 3: other words, a Word-like grid
def widened(form):
    """Each column two grid columns wide, the money block's amounts one grid column further right (its line labels
    three wide): column edges that do not line up from block to block, as a Word table's grid has them."""
    rows = form["rows"]
    head = next(i for i, r in enumerate(rows) if r[0] in ("项目资金（万元）", "年度预算执行情况（万元）", "资金情况（万元）"))
    end = next(i for i, r in enumerate(rows) if r[0] == "年度总体目标")
    out = []
    for k, row in enumerate(rows):
        shift = 1 if head <= k < end else 0
        grid = []
        for i, v in enumerate(row):
            n = 2 + (shift if i == 1 else 0) - (shift if i == len(row) - 1 else 0)
            grid += [v] + [U if v == U else L] * (n - 1)
        out.append(grid)
    return {**form, "rows": out}


ROUND3_CLEAN = {
    "HUN-tiaozheng-shiji": lambda: edited("HUN", ("全年预算数", "调整预算数"), ("全年执行数", "实际支出数")),
    "HEN-yusuan-shijizhixing": lambda: edited("HEN", ("全年预算数", "预算数"), ("全年执行数", "实际执行数")),
    "SX-word-grid-xlsx": lambda: widened(form_sx()),
    "NM-word-grid-xlsx": lambda: widened(form_nm()),
}
ROUND3_PLANTED = {
    "HUN-tiaozheng-shiji-rate": (lambda: edited("HUN", ("全年预算数", "调整预算数"), ("全年执行数", "实际支出数"),
                                                money=money_set(HUN_MONEY, "年度资金总额", 5, "79.50%")), "PRF004"),
    "HEN-yusuan-shijizhixing-parts": (lambda: edited("HEN", ("全年预算数", "预算数"), ("全年执行数", "实际执行数"),
                                                     money=parts_wrong(HEN_MONEY, "其中：财政拨款", 2, "1362.00")),
                                      "PRF001"),
    "NM-word-grid-xlsx-total": (lambda: widened(form_nm(total=Pin("97.7"))), "PRF104"),
    "SX-word-grid-xlsx-parts": (lambda: widened(form_sx(money=parts_wrong(SX_MONEY, "其他资金", 3, "28.00"))),
                                "PRF001"),
}


@pytest.mark.parametrize("case", list(ROUND3_CLEAN))
def test_round3_clean(tmp_path, case):
    f = ROUND3_CLEAN[case]()
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def test_round3_word_grid_clean(tmp_path):
    f = widened(form_nm())
    clean(docx_file(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("case", list(ROUND3_PLANTED))
def test_round3_planted(tmp_path, case):
    build, code = ROUND3_PLANTED[case]
    judge(xlsx_file(tmp_path, build()), tmp_path, code, ("PRF107",) if code == "PRF004" else ())


# ----------------------------------------------------------------------------- round 4
def level_breaks(form):
    for old in ("一级指标", "二级指标", "三级指标"):
        swap(form, old, old[:2] + "\n" + old[2:])
    return form


def docx_total_below(folder, form, total, grade):
    """A Word form whose 总分 and 等级 are a paragraph under its table ("自评得分：98.7分    自评等级：优")."""
    from docx import Document

    from test_forms_heldout_s11 import docx_table

    doc = Document()
    for line in form["head"]:
        doc.add_paragraph(line)
    rows = [r for r in form["rows"] if r[0] not in ("总得分", "总分", "合计", "综合得分", "自评等级", "评价等级")]
    docx_table(doc, rows, 1, [])
    doc.add_paragraph(f"自评得分：{total}分    自评等级：{grade}")
    path = folder / "自评表.docx"
    doc.save(path)
    return path, []


ROUND4_CLEAN = {
    "NM-level-heads-on-two-lines": lambda: level_breaks(form_nm()),
    "AH-nianduyusuanzijinzonge": lambda: edited("AH", ("年度资金总额", "年度预算资金总额"),
                                              money=[["年度预算资金总额", *AH_MONEY[0][1:]], *AH_MONEY[1:]]),
}


@pytest.mark.parametrize("case", list(ROUND4_CLEAN))
def test_round4_clean(tmp_path, case):
    f = ROUND4_CLEAN[case]()
    clean(xlsx_file(tmp_path, f), tmp_path, f)


def test_round4_word_total_in_a_paragraph_under_the_table(tmp_path):
    f = form_nm()
    clean(docx_total_below(tmp_path, f, NM_TOTAL, "优"), tmp_path, f)


def test_round4_word_total_in_a_paragraph_under_the_table_wrong(tmp_path):
    found = check(docx_total_below(tmp_path, form_nm(), "97.7", "优")[0], tmp_path)
    assert codes(found) == ["PRF104"], codes(found)


def test_after_fix_total_and_grade_in_one_workbook_cell(tmp_path):
    """(Written after the fix) the same line in one workbook cell under the indicator table: read, and its grade."""
    f = form_nm()
    f["rows"][-1] = pad([f"自评得分：{NM_TOTAL}分    自评等级：良"])
    found = check(xlsx_file(tmp_path, f)[0], tmp_path)
    assert codes(found) == ["PRF106"], codes(found)


# ----------------------------------------------------------------------------- round 5 (xlsx): other column heads
ROUND5 = {  # head words as other forms print them: score, execution, weight, target and reason columns
    "kaohedefen": [("得分", "考核得分")], "shijidefen": [("得分", "实际得分")], "manfenzhi": [("分值", "满分值")],
    "shijishiyongshu": [("全年执行数", "实际使用数")], "zhichushu": [("全年执行数", "全年支出数")],
    "yusuananpaishu": [("全年预算数", "预算安排数")], "niandumubiaozhi": [("年度指标值", "年度目标值")],
    "weiwanchengyuanyin": [("偏差原因分析及改进措施", "未完成原因分析")],
}


@pytest.mark.parametrize("layout", ["NM", "HEN"])
@pytest.mark.parametrize("case", list(ROUND5))
def test_round5_clean(tmp_path, case, layout):
    f = edited(layout, *ROUND5[case])
    clean(xlsx_file(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("case,edit,code", [
    ("kaohedefen", dict(money=money_set(NM_MONEY, "年度资金总额", 6, "9.9"), total="98.9"), "PRF107"),
    ("shijishiyongshu", dict(money=parts_wrong(NM_MONEY, "其他资金", 3, "217.50")), "PRF001"),
    ("zhichushu", dict(money=money_set(NM_MONEY, "年度资金总额", 4, "79.00%")), "PRF004"),
])
def test_round5_planted(tmp_path, case, edit, code):
    judge(xlsx_file(tmp_path, edited("NM", *ROUND5[case], **edit)), tmp_path, code,
          ("PRF107",) if code == "PRF004" else ())
