"""Held-out 绩效自评表 batch (session 19, s19forms), written from the domain notes and how these provinces fill the
forms BEFORE reading more of recognize/forms.py, form_specs.py, form_join.py or checks/performance_*.py (only the
earlier batches' builders were read).

Provinces no earlier forms batch has, 2019–2024 templates, and the 中央 2023 form:
  LN  辽宁 项目支出 (2019): 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分; 资金来源 其中：本级财政资金 ·
      上级补助资金 · 其他资金; 总分 "总分".
  JL  吉林 部门整体 (2020): money block 预算数 · 执行数 · 执行率 with no 分值 (the indicators' weights make 100);
      总分 "综合评分", 自评等级 良.
  HLJ 黑龙江 项目支出 (2021): indicator weights headed "权重（%）"; 成本指标 a 一级; 指标值 "＜5%"; 总分 "合计".
  GX  广西 部门整体 (2022): 年度预算资金 with 本级财政资金 · 上级补助资金 · 其他资金 (no 其中); 总分 "总分".
  GS  甘肃 项目支出 (2023): money block 预算数 · 执行数 · 执行率 with no 分值; 预算执行率 a 一级 indicator row merged
      over 一级/二级/三级 with 分值 10, the others 90.
  QH  青海 项目支出 (2024): 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分 (no 年初); 其中：当年财政拨款 · 上年结转资金 ·
      其他资金; one-decimal scores; "完成"; 总分 "综合评分", 自评等级 良.
  NX  宁夏 部门整体 (2019): 权重（%） · 自评得分; 总分 "综合评分", "评价等级".
  XJ  新疆 项目支出 (2022): 总分 "总分", 自评等级 良 (89.0).
  TJ  天津 项目支出 (2023): 其他资金 all zero; "＜5%"; 总分 "合计".
  ZY  中央部门项目支出绩效自评表 (2023): 当年财政拨款 · 上年结转资金 · 其他资金 with "—" in the parts' 分值/执行率/得分.
  Every form has 年度总体目标 with 预期目标 | 实际完成情况 columns and a 偏差原因分析及改进措施 column.
  Also: xlsx one form per sheet, several stacked on one sheet; Word (merged cells as Word merges them); PDF
  (tests/pdf_writer.py through the s10 printer).

Each clean form must draw no error and no warning (and be read: name, budget lines, every indicator, 总分); each planted
error must be found with its code at the planted cell, and nothing else but the codes the case names.

First run on main 8763874 (before any fix), in three rounds written before reading the code they test:
  Round 1 (the ten layouts; xlsx, Word, PDF; one form per sheet, four stacked on one sheet): 97 tests — 23 clean
  forms, 72 planted (60 xlsx, 4 Word, 6 PDF, 2 in a workbook of several forms), 1 of the test's own arithmetic.
  Clean: 8 of 23 drew false errors, all for one cause — the 总分 row "综合评分" was not read as the 总分: a false
  PRF202 ("必填项“总分”未填写") and a false PRF102 (its 100 counted as a 一级's weight: "… + 综合评分 100 = 200") on
  JL, QH and NX (xlsx; JL in Word; JL and QH in PDF; the per-sheet and the stacked workbooks holding them).
  Planted: 64/72 caught at the planted cell; 8 missed (PRF104 and PRF106 of JL, QH, NX in xlsx; JL's total and
  QH's grade in PDF: the 总分 not read); 15 of the caught drew the same false PRF202/PRF102 beside them.
  Round 2 (xlsx: 一级 labels with their weight "产出指标（50分）", the money block's 分值 headed "权重（%）", "总　分",
  年度总体目标 above the money block, "综合评分 | 100 | 98.4 | 评价等级 | 优" on one row, 偏差原因分析 | 改进措施 as two
  columns, the rate "90%"): 15 tests, 2 failed (the one-row 综合评分, clean and planted: the same cause).
  Round 3 (xlsx: "自评得分" heads, 预算执行率（10分）, "100分 | 86.5分", "年度总体目标完成情况", the grade row labelled
  "评价结果" or "自评结果"): 12 tests; 2 clean forms with false errors (综合评分 again); 4 of 6 planted missed (2 by
  综合评分; a wrong grade beside "评价结果" or "自评结果" not read at all: no finding).
  In all: 11 of 36 clean-form tests with false findings (one cause); planted 73/86 caught at the planted cell.
Fixed in form_specs.py: "综合评分" is a 总分 label (TOTAL_LABELS); "自评结果" / "评价结果" are grade labels when a
grade word (at most 4 characters) is written beside them, not when a sentence is (is_grade_beside: a conclusion
"评价结果 | 项目按期完成……" is no grade, tests below). After: all pass.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

from test_forms_heldout_s11 import (
    L, U, Pin, check, clean, codes, docx_file, dsum, grade_of, judge, money_set, parts_wrong, pct, pdf_made, pinned,
    to_xlsx, xlsx_file,
)
from test_forms_heldout_s13 import relabelled
from test_forms_heldout_s14 import first_two

W = 10
STD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
WEIGHT = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重（%）", "得分", "偏差原因分析及改进措施"]
NX_HEAD = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重（%）", "自评得分", "偏差原因分析及改进措施"]
CENTRAL = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
PLAIN = ["预算数", "执行数", "执行率"]


def pad(row):
    return list(row) + [L] * (W - len(row))


def total_of(indicators, extra="0"):
    return str(dsum([i[6] for i in indicators]) + Decimal(extra))


# ----------------------------------------------------------------------------- the layouts as data
# money lines: label + one value per money head; indicators: 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分
LAYOUTS = {
    "LN": dict(
        head=["辽宁省省级项目支出绩效自评表", "（2019年度）"], name=("项目名称", "农村饮水安全工程维修养护"),
        units=("主管部门", "辽宁省水利厅", "实施单位", "辽宁省农村水利服务中心"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "600.00", "640.00", "617.60", "10", "96.50%", "9.6"],
            ["其中：本级财政资金", "400.00", "420.00", "410.00", "", "", ""],
            ["上级补助资金", "200.00", "200.00", "190.00", "", "", ""],
            ["其他资金", "0.00", "20.00", "17.60", "", "", ""]],
        goals=("完成120处以上农村供水工程维修养护，水质达标率98%以上。", "完成维修养护126处，水质达标率98.6%。"),
        header=STD, indicators=[
            ("产出指标", "数量指标", "维修养护农村供水工程处数", "≥120处", "126处", "15", "15"),
            ("产出指标", "质量指标", "水质达标率", "≥98%", "98.6%", "15", "15"),
            ("产出指标", "时效指标", "维修养护完成时间", "2019年10月底前", "完成", "10", "10"),
            ("产出指标", "成本指标", "单处工程平均维修费用", "≤5万元", "4.6万元", "10", "10"),
            ("效益指标", "社会效益指标", "受益农村人口", "≥30万人", "31.2万人", "15", "15"),
            ("效益指标", "可持续影响指标", "工程设施完好率", "≥95%", "93.8%", "15", "13.5"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "92.5%", "10", "10")],
        dev={"工程设施完好率": "部分工程老化严重，下年度纳入改造计划"},
        total_label="总分", grade_label="自评等级", rate=5, score=6),
    "JL": dict(
        head=["吉林省部门整体支出绩效自评表", "（2020年度）"], name=("部门名称", "吉林省民族宗教事务委员会"),
        money_label="预算资金（万元）", money_heads=PLAIN, money=[
            ["资金总额", "2860.00", "2745.60", "96.00%"],
            ["其中：本级财政资金", "2500.00", "2400.00", ""],
            ["上级补助资金", "300.00", "290.00", ""],
            ["其他资金", "60.00", "55.60", ""]],
        goals=("完成年度重点工作任务12项，提升政策宣传覆盖面。", "完成重点工作任务12项，政策宣传覆盖率88%。"),
        header=STD, indicators=[
            ("产出指标", "数量指标", "完成年度重点工作任务", "≥12项", "12项", "20", "20"),
            ("产出指标", "质量指标", "重点工作完成质量", "优良", "良好", "15", "12"),
            ("产出指标", "时效指标", "重点工作按时完成率", "100%", "91.7%", "15", "13"),
            ("效益指标", "社会效益指标", "政策宣传覆盖率", "≥95%", "88%", "15", "12.5"),
            ("效益指标", "可持续影响指标", "制度建设完善程度", "完善", "基本完善", "15", "12"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "86.3%", "20", "17")],
        dev={"重点工作按时完成率": "1项任务因疫情延期", "政策宣传覆盖率": "基层宣传渠道不足，下年度拓展新媒体"},
        total_label="综合评分", grade_label="自评等级", rate=3, score=None),
    "HLJ": dict(
        head=["黑龙江省省级项目支出绩效自评表", "（2021年度）"], name=("项目名称", "森林草原防火巡护"),
        units=("主管部门", "黑龙江省林业和草原局", "实施单位", "黑龙江省森林草原防火中心"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "1200.00", "1250.00", "1187.50", "10", "95.00%", "9.5"],
            ["其中：财政拨款", "1200.00", "1230.00", "1170.00", "", "", ""],
            ["其他资金", "0.00", "20.00", "17.50", "", "", ""]],
        goals=("完成320万亩以上森林防火巡护，杜绝重特大森林火灾。", "完成巡护326万亩，未发生重特大森林火灾。"),
        header=WEIGHT, indicators=[
            ("产出指标", "数量指标", "完成森林防火巡护面积", "≥320万亩", "326万亩", "15", "15"),
            ("产出指标", "质量指标", "火灾隐患整改不到位比例", "＜5%", "3.2%", "10", "10"),
            ("产出指标", "时效指标", "防火期巡护到位及时性", "及时", "及时", "10", "10"),
            ("成本指标", "经济成本指标", "单位面积巡护成本", "≤1.2元/亩", "1.15元/亩", "10", "10"),
            ("效益指标", "生态效益指标", "森林覆盖率", "≥47%", "47.3%", "15", "15"),
            ("效益指标", "社会效益指标", "重特大森林火灾发生次数", "0次", "0次", "10", "10"),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥95%", "93.6%", "20", "18.5")],
        dev={"林区群众满意度": "防火期封山影响部分群众出行，下年度优化管控方式"},
        total_label="合计", grade_label="自评等级", rate=5, score=6),
    "GX": dict(
        head=["广西壮族自治区部门整体支出绩效自评表", "（2022年度）"], name=("部门名称", "广西壮族自治区文化和旅游厅"),
        money_label="年度预算资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "5300.00", "5620.00", "5451.40", "10", "97.00%", "9.7"],
            ["本级财政资金", "4800.00", "5000.00", "4860.00", "", "", ""],
            ["上级补助资金", "400.00", "500.00", "485.00", "", "", ""],
            ["其他资金", "100.00", "120.00", "106.40", "", "", ""]],
        goals=("完成民族文化保护传承项目20个以上，群众参与文化活动50万人次。",
               "完成保护传承项目21个，群众参与文化活动46.8万人次。"),
        header=STD, indicators=[
            ("产出指标", "数量指标", "完成民族文化保护传承项目", "≥20个", "21个", "15", "15"),
            ("产出指标", "质量指标", "项目验收合格率", "100%", "100%", "15", "15"),
            ("产出指标", "时效指标", "年度任务完成情况", "完成", "完成", "10", "10"),
            ("成本指标", "经济成本指标", "项目平均成本控制", "≤50万元", "48.6万元", "10", "10"),
            ("效益指标", "社会效益指标", "群众参与文化活动人次", "≥50万人次", "46.8万人次", "20", "18.7"),
            ("效益指标", "可持续影响指标", "非遗传承人队伍稳定性", "稳定", "稳定", "10", "10"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95.2%", "10", "10")],
        dev={"群众参与文化活动人次": "部分线下活动取消，下年度增加线上活动"},
        total_label="总分", grade_label="自评等级", rate=5, score=6),
    "GS": dict(
        head=["甘肃省项目支出绩效自评表", "（2023年度）"], name=("项目名称", "农村公路建设"),
        units=("主管部门", "甘肃省交通运输厅", "实施单位", "甘肃省公路事业发展中心"),
        money_label="项目资金（万元）", money_heads=PLAIN, money=[
            ["资金总额", "860.00", "830.00", "96.51%"],
            ["其中：本级财政资金", "300.00", "290.00", ""],
            ["上级补助资金", "500.00", "500.00", ""],
            ["其他资金", "60.00", "40.00", ""]],
        goals=("新建农村公路45公里以上，工程质量合格率100%。", "新建农村公路46.2公里，全部验收合格。"),
        header=STD, indicators=[
            ("预算执行率", L, L, "100%", "96.51%", "10", "9.6"),
            ("产出指标", "数量指标", "新建农村公路里程", "≥45公里", "46.2公里", "20", "20"),
            ("产出指标", "质量指标", "工程质量合格率", "100%", "100%", "10", "10"),
            ("产出指标", "时效指标", "项目完工及时率", "≥95%", "92%", "10", "9"),
            ("成本指标", "经济成本指标", "每公里建设成本", "≤18万元", "17.8万元", "10", "10"),
            ("效益指标", "社会效益指标", "受益行政村数量", "≥30个", "31个", "15", "15"),
            ("效益指标", "可持续影响指标", "道路设施使用年限", "≥10年", "10年", "15", "15"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "96%", "10", "10")],
        dev={"项目完工及时率": "2个标段受雨季影响延期完工"},
        total_label="总分", grade_label="自评等级", rate=3, score=None),
    "QH": dict(
        head=["青海省项目支出绩效自评表", "（2024年度）"], name=("项目名称", "草原有害生物防治"),
        units=("主管部门", "青海省林业和草原局", "实施单位", "青海省草原总站"),
        money_label="项目资金（万元）", money_heads=["全年预算数", "全年执行数", "分值", "执行率", "得分"], money=[
            ["年度资金总额", "420.00", "378.00", "10", "90.00%", "9.0"],
            ["其中：当年财政拨款", "380.00", "345.00", "", "", ""],
            ["上年结转资金", "30.00", "25.00", "", "", ""],
            ["其他资金", "10.00", "8.00", "", "", ""]],
        goals=("完成草原有害生物防治50万亩，防治效果达标率98%以上。", "完成防治46万亩，防治效果达标率95.5%。"),
        header=STD, indicators=[
            ("产出指标", "数量指标", "草原有害生物防治面积", "≥50万亩", "46万亩", "15", "13.8"),
            ("产出指标", "质量指标", "防治效果达标率", "≥98%", "95.5%", "15", "13.5"),
            ("产出指标", "时效指标", "防治任务完成时限", "完成", "完成", "10", "10"),
            ("成本指标", "经济成本指标", "亩均防治成本", "≤8元", "7.9元", "10", "10"),
            ("效益指标", "生态效益指标", "草原植被盖度", "≥58%", "57.2%", "15", "13.5"),
            ("效益指标", "经济效益指标", "挽回牧草损失", "≥2万吨", "1.6万吨", "10", "8"),
            ("满意度指标", "服务对象满意度指标", "牧民群众满意度", "≥90%", "85.4%", "15", "10.5")],
        dev={"草原有害生物防治面积": "部分防治区域受降雪影响未能施药", "挽回牧草损失": "鼠害发生程度低于预期",
             "牧民群众满意度": "宣传不到位，下年度加强入户宣传"},
        total_label="综合评分", grade_label="自评等级", rate=4, score=5),
    "NX": dict(
        head=["宁夏回族自治区部门整体支出绩效自评表", "（2019年度）"], name=("部门名称", "宁夏回族自治区民族事务委员会"),
        money_label="年度预算资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "3600.00", "3750.00", "3712.50", "10", "99.00%", "9.9"],
            ["其中：本级财政资金", "3400.00", "3500.00", "3470.00", "—", "—", "—"],
            ["上级补助资金", "150.00", "200.00", "198.00", "—", "—", "—"],
            ["其他资金", "50.00", "50.00", "44.50", "—", "—", "—"]],
        goals=("开展民族团结进步创建活动40次以上，建立长效工作机制。", "开展创建活动42次，长效工作机制已建立。"),
        header=NX_HEAD, indicators=[
            ("产出指标", "数量指标", "开展民族团结进步创建活动", "≥40次", "42次", "20", "20"),
            ("产出指标", "质量指标", "创建示范单位验收通过率", "≥95%", "96.7%", "15", "15"),
            ("产出指标", "时效指标", "年度工作任务完成情况", "完成", "完成", "15", "15"),
            ("效益指标", "社会效益指标", "群众知晓率", "≥90%", "88.2%", "20", "18.5"),
            ("效益指标", "可持续影响指标", "长效工作机制", "建立", "已建立", "10", "10"),
            ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", "93%", "10", "10")],
        dev={"群众知晓率": "农村地区宣传覆盖不足"},
        total_label="综合评分", grade_label="评价等级", rate=5, score=6),
    "XJ": dict(
        head=["新疆维吾尔自治区项目支出绩效自评表", "（2022年度）"], name=("项目名称", "双语教师培训"),
        units=("主管部门", "新疆维吾尔自治区教育厅", "实施单位", "新疆教育学院"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "150.00", "180.00", "162.00", "10", "90.00%", "9.0"],
            ["其中：本级财政资金", "50.00", "60.00", "54.00", "", "", ""],
            ["上级补助资金", "100.00", "110.00", "100.00", "", "", ""],
            ["其他资金", "0.00", "10.00", "8.00", "", "", ""]],
        goals=("培训双语教师300人以上，考核合格率95%以上。", "培训双语教师286人，考核合格率93.4%。"),
        header=STD, indicators=[
            ("产出指标", "数量指标", "培训双语教师人数", "≥300人", "286人", "20", "19"),
            ("产出指标", "质量指标", "培训考核合格率", "≥95%", "93.4%", "15", "14"),
            ("产出指标", "时效指标", "培训按期完成率", "100%", "100%", "10", "10"),
            ("效益指标", "社会效益指标", "参训教师教学能力提升", "明显提升", "有所提升", "20", "16"),
            ("效益指标", "可持续影响指标", "培训成果长效应用", "持续", "持续", "15", "12"),
            ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "89%", "10", "9")],
        dev={"培训双语教师人数": "部分学员工作调动未参训", "参训教师教学能力提升": "培训时间偏短，下年度延长实践环节"},
        total_label="总分", grade_label="自评等级", rate=5, score=6),
    "TJ": dict(
        head=["天津市市级项目支出绩效自评表", "（2023年度）"], name=("项目名称", "老旧小区改造"),
        units=("主管部门", "天津市住房和城乡建设委员会", "实施单位", "天津市城市更新服务中心"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "800.00", "760.00", "746.32", "10", "98.20%", "9.8"],
            ["其中：财政拨款", "800.00", "760.00", "746.32", "", "", ""],
            ["其他资金", "0.00", "0.00", "0.00", "", "", ""]],
        goals=("完成老旧小区改造2400户以上，工程返修率低于5%。", "完成改造2456户，工程返修率2.1%。"),
        header=STD, indicators=[
            ("产出指标", "数量指标", "完成老旧小区改造户数", "≥2400户", "2456户", "20", "20"),
            ("产出指标", "质量指标", "工程返修率", "＜5%", "2.1%", "15", "15"),
            ("产出指标", "时效指标", "改造工程完工时间", "2023年11月底前", "完成", "10", "10"),
            ("成本指标", "经济成本指标", "户均改造成本", "≤3.2万元", "3.1万元", "10", "10"),
            ("效益指标", "社会效益指标", "居民居住条件改善", "明显改善", "明显改善", "15", "15"),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "94.5%", "20", "20")],
        dev={}, total_label="合计", grade_label="自评等级", rate=5, score=6),
    "ZY": dict(
        head=["中央部门项目支出绩效自评表", "（2023年度）"], name=("项目名称", "全国住户抽样调查"),
        units=("主管部门", "国家统计局", "实施单位", "国家统计局住户调查办公室"),
        money_label="项目资金（万元）", money_heads=CENTRAL, money=[
            ["年度资金总额", "2680.00", "2736.50", "2681.77", "10", "98.00%", "9.8"],
            ["其中：当年财政拨款", "2680.00", "2680.00", "2627.50", "—", "—", "—"],
            ["上年结转资金", "0.00", "56.50", "54.27", "—", "—", "—"],
            ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"]],
        goals=("完成12万户以上住户抽样调查，按时发布调查结果。", "完成调查12.3万户，调查结果按时发布。"),
        header=STD, indicators=[
            ("产出指标", "数量指标", "开展住户抽样调查样本量", "≥12万户", "12.3万户", "15", "15"),
            ("产出指标", "质量指标", "调查数据有效率", "≥98%", "99.1%", "15", "15"),
            ("产出指标", "时效指标", "调查结果发布时间", "2023年12月底前", "完成", "10", "10"),
            ("成本指标", "经济成本指标", "户均调查成本", "≤200元", "195元", "10", "10"),
            ("效益指标", "社会效益指标", "调查结果被政策文件引用次数", "≥5次", "4次", "20", "16"),
            ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%", "93.7%", "20", "20")],
        dev={"调查结果被政策文件引用次数": "部分成果尚在转化，下年度加强成果推介"},
        total_label="总分", grade_label="自评等级", rate=5, score=6),
}
BUDGET = {"LN": (2, 3), "JL": (1, 2), "HLJ": (2, 3), "GX": (2, 3), "GS": (1, 2), "QH": (1, 2), "NX": (2, 3),
          "XJ": (2, 3), "TJ": (2, 3), "ZY": (2, 3)}  # the (全年)预算数's and the 执行数's index in a money line


def extra(key):
    """The money block's 得分 (added to the indicators' for the 总分)."""
    spec = LAYOUTS[key]
    return spec["money"][0][spec["score"]] if spec["score"] is not None else "0"


TOTAL = {key: total_of(spec["indicators"], extra(key)) for key, spec in LAYOUTS.items()}


def form(key, *, money=None, indicators=None, total=None, grade=None, name=None):
    spec = LAYOUTS[key]
    money = money or spec["money"]
    indicators = indicators or spec["indicators"]
    total = total or TOTAL[key]
    grade = grade or grade_of(total)
    rows = [pad([spec["name"][0], name or spec["name"][1]])]
    if "units" in spec:
        a, b, c, d = spec["units"]
        rows.append([a, b, L, L, L, c, d, L, L, L])
    rows.append(pad([spec["money_label"], "", L, *spec["money_heads"]]))
    rows += [pad([U, m[0], L, *m[1:]]) for m in money]
    expected, done = spec["goals"]
    rows += [["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
             [U, expected, L, L, L, done, L, L, L, L]]
    rows.append(pad(spec["header"]))
    for i, ind in enumerate(indicators):
        rows.append(pad([*first_two(indicators, i), *ind[2:7], spec["dev"].get(ind[2], "")]))
    rows.append(pad([spec["total_label"], L, L, L, L, "100", total, ""]))
    rows.append(pad([spec["grade_label"], L, L, L, L, grade]))
    return {"head": spec["head"], "rows": rows, "indicators": len(indicators), "lines": len(money)}


# ----------------------------------------------------------------------------- the test's own arithmetic
def test_arithmetic_of_the_clean_forms():
    assert TOTAL == {"LN": "98.1", "JL": "86.5", "HLJ": "98.0", "GX": "98.4", "GS": "98.6", "QH": "88.3",
                     "NX": "98.4", "XJ": "89.0", "TJ": "99.8", "ZY": "95.8"}
    num = lambda v: "" if v == "—" else v  # noqa: E731
    for key, spec in LAYOUTS.items():
        money, ind = spec["money"], spec["indicators"]
        budget, done = BUDGET[key]
        assert pct(money[0][done], money[0][budget]) == money[0][spec["rate"]], key
        for col in range(1, done + 1):
            assert dsum([money[0][col]]) == dsum([num(m[col]) for m in money[1:]]), (key, col)
        assert all(Decimal(i[6]) <= Decimal(i[5]) for i in ind), key
        weight = 10 if spec["score"] is not None else 0
        assert dsum([i[5] for i in ind]) + weight == 100, key
        if weight:
            rate = Decimal(money[0][spec["rate"]].rstrip("%")) / 100
            assert Decimal(money[0][spec["score"]]) <= rate * weight, key


# ----------------------------------------------------------------------------- clean forms
def sheets_file(folder, *keyed, name="自评表.xlsx"):
    """One form per sheet (sheet named by its layout); returns (path, [(sheet, cell) pinned])."""
    wb = Workbook()
    wb.remove(wb.active)
    pins = []
    for key, f in keyed:
        got = []
        to_xlsx(wb.create_sheet(key), f, 1, got)
        pins += [(key, c) for c in got]
    path = folder / name
    wb.save(path)
    return path, pins


MADE = {"xlsx": xlsx_file, "docx": docx_file, "pdf": pdf_made}
CLEAN = ([("xlsx", k) for k in LAYOUTS] + [("docx", k) for k in ("JL", "GX", "GS", "ZY")]
         + [("pdf", k) for k in ("LN", "JL", "GS", "QH", "TJ", "ZY")])


@pytest.mark.parametrize("fmt,key", CLEAN, ids=[f"{f}-{k}" for f, k in CLEAN])
def test_clean(tmp_path, fmt, key):
    f = form(key)
    clean(MADE[fmt](tmp_path, f), tmp_path, f)


def test_clean_one_form_per_sheet(tmp_path):
    keys = ("LN", "HLJ", "QH", "NX")
    forms = [form(k) for k in keys]
    clean(sheets_file(tmp_path, *zip(keys, forms)), tmp_path, *forms)


def test_clean_several_stacked_on_one_sheet(tmp_path):
    forms = [form(k) for k in ("XJ", "TJ", "JL", "GS")]
    clean(xlsx_file(tmp_path, *forms), tmp_path, *forms)


def test_clean_two_projects_of_one_layout_stacked_without_a_gap(tmp_path):
    forms = [form("XJ"), form("XJ", name="国家通用语言文字推广")]
    clean(xlsx_file(tmp_path, *forms, gap=0), tmp_path, *forms)


# ----------------------------------------------------------------------------- planted errors
def ind_of(key):
    return LAYOUTS[key]["indicators"]


def score_over(key, up, down):
    """One indicator's 得分 one point above its 分值 (pinned), another's one point lower: the 总分 still adds up."""
    ind = ind_of(key)
    u = next(i for i in ind if i[2] == up)
    d = next(i for i in ind if i[2] == down)
    raised = pinned(ind, up, 6, str(Decimal(u[5]) + 1))
    return dict(indicators=relabelled(raised, down, 6, str(Decimal(d[6]) - Decimal(1))))


def money_of(key):
    return LAYOUTS[key]["money"]


def rate(key, value):
    spec = LAYOUTS[key]
    return dict(money=money_set(spec["money"], spec["money"][0][0], spec["rate"], value))


def rate_score(key, value):
    """The budget's 得分 above min(执行率, 100 %) × 10, the 总分 raised with it."""
    spec = LAYOUTS[key]
    return dict(money=money_set(spec["money"], spec["money"][0][0], spec["score"], value),
                total=total_of(spec["indicators"], value))


def parts(key, label, col, value):
    return dict(money=parts_wrong(money_of(key), label, col, value))


def weights(key, third, points):
    """One indicator's 分值 changed (its 得分 kept): the weights no longer make 100."""
    return dict(indicators=relabelled(ind_of(key), third, 5, points))


def gs_rate_row(col, value, total=None):
    ind = [tuple(Pin(value) if r[0] == "预算执行率" and i == col else v for i, v in enumerate(r)) for r in ind_of("GS")]
    return dict(indicators=ind, **({"total": total} if total else {}))


PLANTED = [
    ("LN-total", "LN", dict(total=Pin("97.1")), "PRF104", ()),
    ("LN-grade", "LN", dict(grade=Pin("良")), "PRF106", ()),
    ("LN-rate", "LN", rate("LN", "69.50%"), "PRF004", ("PRF107",)),
    ("LN-score-over", "LN", score_over("LN", "单处工程平均维修费用", "水质达标率"), "PRF103", ()),
    ("LN-rate-score", "LN", rate_score("LN", "9.9"), "PRF107", ()),
    ("LN-parts", "LN", parts("LN", "上级补助资金", 3, "200.00"), "PRF001", ()),
    ("JL-total", "JL", dict(total=Pin("87.5")), "PRF104", ()),
    ("JL-grade", "JL", dict(grade=Pin("优")), "PRF106", ()),
    ("JL-rate", "JL", rate("JL", "69.00%"), "PRF004", ()),
    ("JL-score-over", "JL", score_over("JL", "完成年度重点工作任务", "重点工作完成质量"), "PRF103", ()),
    ("JL-parts", "JL", parts("JL", "其他资金", 2, "65.60"), "PRF001", ()),
    ("JL-weights", "JL", weights("JL", "完成年度重点工作任务", "25"), "PRF102", ()),
    ("HLJ-total", "HLJ", dict(total=Pin("99.0")), "PRF104", ()),
    ("HLJ-grade", "HLJ", dict(grade=Pin("良")), "PRF106", ()),
    ("HLJ-rate", "HLJ", rate("HLJ", "59.00%"), "PRF004", ("PRF107",)),
    ("HLJ-score-over", "HLJ", score_over("HLJ", "火灾隐患整改不到位比例", "完成森林防火巡护面积"), "PRF103", ()),
    ("HLJ-rate-score", "HLJ", rate_score("HLJ", "9.8"), "PRF107", ()),
    ("HLJ-parts", "HLJ", parts("HLJ", "其他资金", 2, "30.00"), "PRF001", ()),
    ("GX-total", "GX", dict(total=Pin("97.4")), "PRF104", ()),
    ("GX-grade", "GX", dict(grade=Pin("良")), "PRF106", ()),
    ("GX-rate", "GX", rate("GX", "79.00%"), "PRF004", ("PRF107",)),
    ("GX-score-over", "GX", score_over("GX", "项目平均成本控制", "完成民族文化保护传承项目"), "PRF103", ()),
    ("GX-rate-score", "GX", rate_score("GX", "9.9"), "PRF107", ()),
    ("GX-parts", "GX", parts("GX", "上级补助资金", 3, "458.00"), "PRF001", ()),
    ("GS-total", "GS", dict(total=Pin("97.6")), "PRF104", ()),
    ("GS-grade", "GS", dict(grade=Pin("良")), "PRF106", ()),
    ("GS-rate", "GS", rate("GS", "99.51%"), "PRF004", ("PRF006",)),
    ("GS-score-over", "GS", score_over("GS", "道路设施使用年限", "新建农村公路里程"), "PRF103", ()),
    ("GS-rate-row-score", "GS", gs_rate_row(6, "10", total="99.0"), "PRF107", ()),
    ("GS-rate-row-done", "GS", gs_rate_row(4, "98.51%"), "PRF006", ()),
    ("GS-parts", "GS", parts("GS", "上级补助资金", 2, "480.00"), "PRF001", ()),
    ("QH-total", "QH", dict(total=Pin("88.8")), "PRF104", ()),
    ("QH-grade", "QH", dict(grade=Pin("优")), "PRF106", ()),
    ("QH-rate", "QH", rate("QH", "80.00%"), "PRF004", ("PRF107",)),
    ("QH-score-over", "QH", score_over("QH", "亩均防治成本", "防治效果达标率"), "PRF103", ()),
    ("QH-rate-score", "QH", rate_score("QH", "9.5"), "PRF107", ()),
    ("QH-parts", "QH", parts("QH", "上年结转资金", 2, "35.00"), "PRF001", ()),
    ("NX-total", "NX", dict(total=Pin("97.4")), "PRF104", ()),
    ("NX-grade", "NX", dict(grade=Pin("良")), "PRF106", ()),
    ("NX-rate", "NX", rate("NX", "89.00%"), "PRF004", ("PRF107",)),
    ("NX-score-over", "NX", score_over("NX", "长效工作机制", "开展民族团结进步创建活动"), "PRF103", ()),
    ("NX-rate-score", "NX", rate_score("NX", "10"), "PRF107", ()),
    ("NX-parts", "NX", parts("NX", "其中：本级财政资金", 1, "3500.00"), "PRF001", ()),
    ("XJ-total", "XJ", dict(total=Pin("88.0")), "PRF104", ()),
    ("XJ-grade", "XJ", dict(grade=Pin("优")), "PRF106", ()),
    ("XJ-rate", "XJ", rate("XJ", "80.00%"), "PRF004", ("PRF107",)),
    ("XJ-score-over", "XJ", score_over("XJ", "培训按期完成率", "参训教师教学能力提升"), "PRF103", ()),
    ("XJ-rate-score", "XJ", rate_score("XJ", "9.5"), "PRF107", ()),
    ("XJ-parts", "XJ", parts("XJ", "其中：本级财政资金", 3, "45.00"), "PRF001", ()),
    ("TJ-total", "TJ", dict(total=Pin("98.8")), "PRF104", ()),
    ("TJ-grade", "TJ", dict(grade=Pin("良")), "PRF106", ()),
    ("TJ-rate", "TJ", rate("TJ", "92.80%"), "PRF004", ("PRF107",)),
    ("TJ-score-over", "TJ", score_over("TJ", "户均改造成本", "完成老旧小区改造户数"), "PRF103", ()),
    ("TJ-rate-score", "TJ", rate_score("TJ", "9.9"), "PRF107", ()),
    ("TJ-parts", "TJ", parts("TJ", "其他资金", 3, "12.00"), "PRF001", ()),
    ("ZY-total", "ZY", dict(total=Pin("96.8")), "PRF104", ()),
    ("ZY-grade", "ZY", dict(grade=Pin("良")), "PRF106", ()),
    ("ZY-rate", "ZY", rate("ZY", "89.00%"), "PRF004", ("PRF107",)),
    ("ZY-score-over", "ZY", score_over("ZY", "户均调查成本", "开展住户抽样调查样本量"), "PRF103", ()),
    ("ZY-rate-score", "ZY", rate_score("ZY", "9.9"), "PRF107", ()),
    ("ZY-parts", "ZY", parts("ZY", "上年结转资金", 3, "45.27"), "PRF001", ()),
]
IDS = [c[0] for c in PLANTED]


@pytest.mark.parametrize("case", PLANTED, ids=IDS)
def test_planted_xlsx(tmp_path, case):
    _, key, edit, code, also = case
    judge(xlsx_file(tmp_path, form(key, **edit)), tmp_path, code, also)


DOCX_CASES = {"JL-parts", "GX-total", "GS-rate-row-score", "ZY-rate-score"}
PDF_CASES = {"LN-parts", "JL-total", "GS-rate-row-done", "QH-grade", "TJ-rate", "ZY-score-over"}


@pytest.mark.parametrize("case", [c for c in PLANTED if c[0] in DOCX_CASES], ids=[i for i in IDS if i in DOCX_CASES])
def test_planted_docx(tmp_path, case):
    _, key, edit, code, also = case
    judge(docx_file(tmp_path, form(key, **edit)), tmp_path, code, also)


@pytest.mark.parametrize("case", [c for c in PLANTED if c[0] in PDF_CASES], ids=[i for i in IDS if i in PDF_CASES])
def test_planted_pdf(tmp_path, case):
    """Found with its code, on a page, and nothing else but the codes the case names."""
    _, key, edit, code, also = case
    path, _ = pdf_made(tmp_path, form(key, **edit))
    found = check(path, tmp_path)
    assert code in codes(found) and set(codes(found)) <= {code, *also}, codes(found)
    assert all(f.locations[0].page is not None for f in found if f.code == code)


def test_wrong_total_on_one_sheet_of_several(tmp_path):
    path, pins = sheets_file(tmp_path, ("LN", form("LN")), ("HLJ", form("HLJ", total=Pin("99.0"))), ("QH", form("QH")))
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"], codes(found)
    assert [(f.locations[0].sheet, f.locations[0].cell) for f in found if f.code == "PRF104"] == pins


def test_wrong_parts_in_the_third_form_stacked_on_one_sheet(tmp_path):
    forms = [form("XJ"), form("TJ"), form("JL", **parts("JL", "其他资金", 2, "65.60")), form("GS")]
    judge(xlsx_file(tmp_path, *forms), tmp_path, "PRF001")


# ----------------------------------------------------------------------------- round 2 (xlsx): wordings and orders
def swap(f, old, new):
    f["rows"] = [[new if v == old else v for v in row] for row in f["rows"]]
    return f


def weights_in_level1(f, weights):
    """一级 labels carrying their weight: "产出指标（50分）"."""
    for old, w in weights.items():
        swap(f, old, f"{old}（{w}分）")
    return f


def goals_first(f):
    """年度总体目标 above the money block (right under the name rows)."""
    rows = f["rows"]
    g = next(i for i, r in enumerate(rows) if r[0] == "年度总体目标")
    m = next(i for i, r in enumerate(rows) if r[1] == "" and r[2] == L)  # the money head
    f["rows"] = rows[:m] + rows[g:g + 2] + rows[m:g] + rows[g + 2:]
    return f


def one_row_total(f, grade_label):
    rows = f["rows"]
    total = next(r for r in rows if r[5] == "100")
    grade = rows[-1][5]
    f["rows"] = rows[:-2] + [[total[0], L, L, L, L, "100", total[6], grade_label, grade, L]]
    return f


def two_reason_columns(f):
    """偏差原因分析 | 改进措施 as two columns of the indicator table."""
    rows = f["rows"]
    h = next(i for i, r in enumerate(rows) if r[0] == "一级指标")
    end = next(i for i, r in enumerate(rows) if r[5] == "100")
    for k in range(h, end):
        row = rows[k]
        if k == h:
            row[7], row[8] = "偏差原因分析", "改进措施"
        else:
            row[8] = "加强过程管理" if row[7] else ""
    return f


ROUND2 = {  # name: (build(**edit), the 总分's value as built)
    "LN-weights-in-level1": lambda **e: weights_in_level1(form("LN", **e), {"产出指标": 50, "效益指标": 30,
                                                                            "满意度指标": 10}),
    "HLJ-money-weight-head": lambda **e: swap(form("HLJ", **e), "分值", "权重（%）"),
    "ZY-total-full-width-space": lambda **e: swap(form("ZY", **e), "总分", "总　分"),
    "GX-goals-first": lambda **e: goals_first(form("GX", **e)),
    "NX-total-and-grade-one-row": lambda **e: one_row_total(form("NX", **e), "评价等级"),
    "TJ-two-reason-columns": lambda **e: two_reason_columns(form("TJ", **e)),
    "XJ-rate-whole-percent": lambda **e: form("XJ", **{"money": money_set(money_of("XJ"), "年度资金总额", 5, "90%",
                                                                         pin=False), **e}),
}
ROUND2_TOTAL = {"LN-weights-in-level1": "97.1", "HLJ-money-weight-head": "99.0", "ZY-total-full-width-space": "96.8",
                "GX-goals-first": "97.4", "NX-total-and-grade-one-row": "97.4", "TJ-two-reason-columns": "98.8",
                "XJ-rate-whole-percent": "88.0"}


@pytest.mark.parametrize("case", list(ROUND2))
def test_round2_clean(tmp_path, case):
    f = ROUND2[case]()
    clean(xlsx_file(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("case", list(ROUND2))
def test_round2_wrong_total(tmp_path, case):
    judge(xlsx_file(tmp_path, ROUND2[case](total=Pin(ROUND2_TOTAL[case]))), tmp_path, "PRF104")


def test_round2_weights_in_level1_over(tmp_path):
    """产出指标（50分）: one of its indicators weighted and scored 16 instead of 15, its 得分 51 in all."""
    ind = relabelled(ind_of("LN"), "水质达标率", 5, "16")
    f = ROUND2["LN-weights-in-level1"](indicators=relabelled(ind, "水质达标率", 6, "16"), total="99.1")
    path, _ = xlsx_file(tmp_path, f)
    assert "PRF101" in codes(check(path, tmp_path))


# ----------------------------------------------------------------------------- round 3 (xlsx): more wordings
def with_units(f):
    """The 总分 row's 分值 and 得分 written with their unit: "100分", "86.5分"."""
    for row in f["rows"]:
        if row[5] == "100":
            row[5], row[6] = "100分", (Pin(row[6] + "分") if isinstance(row[6], Pin) else row[6] + "分")
    return f


ROUND3 = {
    "QH-zipingdefen": lambda **e: swap(form("QH", **e), "得分", "自评得分"),
    "GS-rate-row-with-weights": lambda **e: weights_in_level1(form("GS", **e), {"预算执行率": 10, "产出指标": 40,
                                                                              "成本指标": 10, "效益指标": 30,
                                                                              "满意度指标": 10}),
    "JL-total-with-units": lambda **e: with_units(form("JL", **e)),
    "ZY-goals-label-wanchengqingkuang": lambda **e: swap(form("ZY", **e), "年度总体目标", "年度总体目标完成情况"),
    "XJ-pingjiajieguo": lambda **e: swap(form("XJ", **e), "自评等级", "评价结果"),
    "TJ-zipingjieguo": lambda **e: swap(form("TJ", **e), "自评等级", "自评结果"),
}
ROUND3_WRONG = {  # a planted fault each: (edit, code)
    "QH-zipingdefen": (dict(total=Pin("88.8")), "PRF104"),
    "GS-rate-row-with-weights": (gs_rate_row(6, "10", total="99.0"), "PRF107"),
    "JL-total-with-units": (dict(total=Pin("87.5")), "PRF104"),
    "ZY-goals-label-wanchengqingkuang": (dict(total=Pin("96.8")), "PRF104"),
    "XJ-pingjiajieguo": (dict(grade=Pin("优")), "PRF106"),
    "TJ-zipingjieguo": (dict(grade=Pin("良")), "PRF106"),
}


@pytest.mark.parametrize("case", list(ROUND3))
def test_round3_clean(tmp_path, case):
    f = ROUND3[case]()
    clean(xlsx_file(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("case", list(ROUND3))
def test_round3_planted(tmp_path, case):
    edit, code = ROUND3_WRONG[case]
    judge(xlsx_file(tmp_path, ROUND3[case](**edit)), tmp_path, code)


# ----------------------------------------------------------------------------- after the fix
def test_a_conclusion_beside_pingjiajieguo_is_no_grade(tmp_path):
    """"评价结果" beside a sentence is the evaluation's conclusion: no grade read (no PRF106 about it), and the form's
    own 自评等级 further down is still read."""
    f = swap(form("XJ"), "自评等级", "评价结果")
    f["rows"][-1][5] = "项目基本完成年度绩效目标，培训质量有待提升。"
    f["rows"].append(pad(["自评等级", L, L, L, L, Pin("优")]))
    path, pins = xlsx_file(tmp_path, f)
    found = check(path, tmp_path)
    assert codes(found) == ["PRF106"] and [x.locations[0].cell for x in found if x.code == "PRF106"] == pins
