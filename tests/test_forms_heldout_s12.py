"""Held-out 绩效自评表 batch (session 12, s12forms), written from the domain notes and how other provinces fill these
forms BEFORE reading recognize/forms.py or recognize/form_specs.py (the s10/s11 batches' builders are reused).

Layouts none of the earlier batches has:
  D   部门整体支出绩效自评表 (湖北/北京): 部门（单位）名称; 年度主要任务 (任务名称 · 主要内容 · 完成情况, no money);
      年度部门整体支出预算执行情况（万元） with 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分 and the 总额
      split twice: a heading line "按收入性质分：" then 其中：财政拨款 · 其他资金, a heading line "按支出性质分：" then
      其中：基本支出 · 项目支出; 年度总体目标; indicators under a merged "绩效指标" column (Σ分值 90 + 10 for the
      budget); 总分 with two decimals; 评价等级.
  D2  the same with the breakdown's kind in a column of its own ("按收入性质分" merged down beside 财政拨款 · 其他资金).
  DC  the same with the two breakdowns side by side (按收入性质分 | 全年预算数 | 全年执行数 | 按支出性质分 | 全年预算数 |
      全年执行数) under a sub-header row.
  Z   浙江 项目支出绩效自评表: 当年财政拨款 · 上年结转资金 · 其他资金; 执行率 printed as the text "0.985"; scores with
      two decimals; the 总分 as a cell "自评得分：99.36" (no 分) beside "评价等级：优".
  SD  山东: labels ending in a colon ("年度资金总额：", "其中：本年财政拨款："); 执行率 the text "98.5%"; one-decimal
      scores; the grade row labelled 自评等级.
  HB  湖北: 一级 labels carrying their weight with 分 ("产出指标（40分）"); 偏差原因分析 and 改进措施 as two columns;
      执行率 0.985 as a General-format number; two-decimal scores.
  BJ  北京 (2023): the indicator header on two rows ("绩效指标" spanning 一级/二级/三级 written under it; the other
      heads merged down); 其中 lines "—" in 分值/执行率/得分; no grade row.
  Also: several forms on one sheet and in one Word document (merged cells), PDF for some.

Each clean form must draw no error and no warning (and be read: name, budget lines, every indicator, 总分); each
planted error must be found with its code at the planted cell, and nothing else but the codes the case names.

First run on main bd8e8d3 (before any fix): 84 tests (23 clean, 60 planted, 1 check of the test's own arithmetic).
  My own arithmetic first: 10 planted cases pushed the 总分 over 100 (score over 分值 with the 总分 raised to match,
  SD's 总分 bumped +1.5 to 100.3) and drew a right PRF105 beside the planted code; those cases were changed to stay
  under 100 (not counted below).
  Clean: 0 of 23 drew a false error or warning. 6 failed the reading check: D's budget read 1 line of 5 (the heading
  line "按收入性质分：" ended the budget lines: xlsx, Word, PDF, and D in a Word document of 4 forms), D2's 3 of 5 (the
  parts after "按支出性质分" in its own column not read: xlsx, Word).
  Planted: 14 of 60 missed silently (no finding at all), all PRF001 on one breakdown of a 部门整体 form: D ×7 (4 xlsx,
  2 Word, 1 PDF), D2's 支出性质 breakdown ×3 (2 xlsx, 1 Word), DC's side-by-side breakdowns ×4. The other 46 (wrong
  总分, 执行率 as "0.985" / "98.5%" / 0.985, score over 分值 with one or two decimals, 自评得分：… in a cell, 自评等级,
  一级 "产出指标（40分）", a two-row indicator header, several forms per sheet / Word document) were caught with their
  code at the planted cell and nothing else.
Fixed: forms.py reads a breakdown heading ("按收入性质分：" on a line of its own, or "按支出性质分" in a column beside its
parts; form_specs.breakdown_heading) as the start of a breakdown, not the end of the budget lines: each breakdown is
checked against the 总额 (PRF001, which now names the breakdown that does not add up: "其中各项（基本支出、项目支出）之
和"). Fixes the s11 reviewer's r12 repro. Then the side-by-side breakdowns (DC): a sub-header row with two or more
breakdown headings gives each heading its own amount columns up to the next one, and the lines below it are read per
heading (forms.py _side_by_side). After: 84 of 84 pass (and DC's 5 lines are read).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_forms_heldout_s11 import (
    L, U, Frac, Pin, PinFrac, PinTxt, Txt, bump, check, clean, codes, docx_file, dsum, grade_of, judge,
    merged_labels, money_rows, money_set, parts_wrong, pct, pdf_made, pinned, problems, read_forms, with_score,
    xlsx_file,
)

W = 10

# ----------------------------------------------------------------------------- D: 部门整体, two breakdowns
D_INDICATORS = [
    ("产出指标", "数量指标", "完成环境执法检查企业数", "≥800家", "826家", "10", "10"),
    ("产出指标", "数量指标", "空气质量自动监测站点运维数", "12个", "12个", "10", "10"),
    ("产出指标", "质量指标", "环境信访按期办结率", "100%", "98.6%", "10", "9.5"),
    ("产出指标", "时效指标", "重点任务按期完成率", "100%", "100%", "10", "10"),
    ("产出指标", "成本指标", "“三公”经费支出控制", "≤上年", "较上年下降5.2%", "10", "10"),
    ("效益指标", "生态效益指标", "城市空气质量优良天数比率", "≥85%", "86.3%", "10", "10"),
    ("效益指标", "社会效益指标", "突发环境事件妥善处置率", "100%", "100%", "10", "10"),
    ("效益指标", "可持续影响指标", "生态环境监管长效机制", "健全", "健全", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "公众对生态环境满意度", "≥85%", "83.5%", "10", "8.75"),
]
D_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "1320.00", "1484.83", "1452.61", "10", "97.83%", "9.78"],
    ["按收入性质分：", "", "", "", "", "", ""],
    ["其中：财政拨款", "1200.00", "1319.83", "1296.41", "", "", ""],
    ["其他资金", "120.00", "165.00", "156.20", "", "", ""],
    ["按支出性质分：", "", "", "", "", "", ""],
    ["其中：基本支出", "980.00", "1053.63", "1050.28", "", "", ""],
    ["项目支出", "340.00", "431.20", "402.33", "", "", ""],
]
D_TASKS = [
    ("大气污染防治", "开展重点行业超低排放改造和扬尘治理", "完成"),
    ("生态环境执法", "开展双随机执法检查和专项行动", "完成"),
]
D_TOTAL = "98.03"


def filled(money, indicators, total, grade):
    """The money lines (copied), the indicators, the 总分 (given, else Σ 得分 + the 总额 line's 得分) and the grade
    (given, else the one the 总分 earns)."""
    money = [list(m) for m in money]
    if total is None:
        total = str(dsum([i[-1] for i in indicators]) + Decimal(money[0][6]))
    return money, indicators, total, grade or grade_of(total)


def d_head_rows(name):
    """A 部门整体 form's top: 部门（单位）名称, 年度主要任务 (no money), the budget block's header."""
    rows = [["部门（单位）名称", name] + [L] * 8,
            ["年度主要任务", "任务名称", L, "主要内容", L, L, L, "完成情况", L, L]]
    for t in D_TASKS:
        rows.append([U, t[0], L, t[1], L, L, L, t[2], L, L])
    rows.append(["年度部门整体支出预算执行情况（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                 "得分", L])
    return rows


def d_tail_rows(indicators, total, grade):
    rows = [["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
            [U, "空气质量持续改善，生态环境风险有效管控。", L, L, L, "空气质量优良天数比率86.3%，无重大环境事件。",
             L, L, L, L],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施", L]]
    for i, ind in enumerate(indicators):
        dev = "部分群众对噪声扰民问题反映较多，下年度加强夜间施工监管" if ind[2] == "公众对生态环境满意度" else ""
        rows.append([U, *merged_labels(indicators, i), *ind[2:], dev, L])
    rows.append(["总分", L, L, L, L, L, "100", total, "", L])
    rows.append(["评价等级", L, L, L, L, L, grade, L, L, L])
    return rows


def form_d(*, name="某市生态环境局", money=None, indicators=None, total=None, grade=None):
    money, indicators, total, grade = filled(money or D_MONEY, indicators or D_INDICATORS, total, grade)
    rows = d_head_rows(name)
    rows += money_rows(money, 2, W)
    rows += d_tail_rows(indicators, total, grade)
    lines = sum(1 for m in money if not m[0].startswith("按"))  # the heading lines are no budget lines
    return {"head": ["部门整体支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators),
            "lines": lines}


def form_d2(*, name="某市生态环境局", money=None, indicators=None, total=None, grade=None):
    """The breakdown's kind in a column of its own, merged down beside its parts (no 其中)."""
    money, indicators, total, grade = filled(money or D_MONEY, indicators or D_INDICATORS, total, grade)
    rows = d_head_rows(name)
    rows.append([U, money[0][0], L, *money[0][1:], L])
    kinds = {2: "按收入性质分", 3: U, 5: "按支出性质分", 6: U}
    for k in (2, 3, 5, 6):
        m = money[k]
        rows.append([U, kinds[k], m[0].replace("其中：", ""), *m[1:], L])
    rows += d_tail_rows(indicators, total, grade)
    return {"head": ["部门整体支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators), "lines": 5}


def form_dc(*, name="某市生态环境局", money=None, indicators=None, total=None, grade=None):
    """The two breakdowns side by side under a sub-header (全年预算数 · 全年执行数 for each)."""
    money, indicators, total, grade = filled(money or D_MONEY, indicators or D_INDICATORS, total, grade)
    rows = d_head_rows(name)
    rows.append([U, money[0][0], L, *money[0][1:], L])
    rows.append([U, "按收入性质分", L, "全年预算数", "全年执行数", "按支出性质分", L, "全年预算数", "全年执行数", L])
    for a, b in ((2, 5), (3, 6)):
        rows.append([U, money[a][0], L, money[a][2], money[a][3], money[b][0], L, money[b][2], money[b][3], L])
    rows += d_tail_rows(indicators, total, grade)
    return {"head": ["部门整体支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators), "lines": 5}


def project_rows(name, money, dept, implementer, goal, done):
    """A 项目支出 form's top: 项目名称, 主管部门 · 实施单位, 项目资金 lines, 年度总体目标 (预期 · 实际)."""
    return [
        ["项目名称", name] + [L] * 8,
        ["主管部门", dept, L, L, L, "实施单位", implementer, L, L, L],
        ["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
        *money_rows(money, 2, W),
        ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
        [U, goal, L, L, L, done, L, L, L, L],
    ]


# ----------------------------------------------------------------------------- Z: 浙江, "0.985", 自评得分：99.36
Z_INDICATORS = [
    ("产出指标", "数量指标", "组织考试科次", "≥60科次", "62科次", "15", "15"),
    ("产出指标", "质量指标", "考试安全事故发生数", "0起", "0起", "15", "15"),
    ("产出指标", "时效指标", "成绩按时发布率", "100%", "100%", "10", "10"),
    ("产出指标", "成本指标", "单科次考务成本", "≤1.5万元", "1.46万元", "10", "10"),
    ("效益指标", "社会效益指标", "考生信息泄露事件", "0起", "0起", "15", "15"),
    ("效益指标", "可持续影响指标", "标准化考点覆盖率", "≥95%", "93.2%", "15", "14.72"),
    ("满意度指标", "服务对象满意度指标", "考生满意度", "≥90%", "88.6%", "10", "9.84"),
]
Z_MONEY = [
    ["年度资金总额", "860.00", "912.50", "898.80", "10", Txt("0.985"), "9.8"],
    ["其中：当年财政拨款", "860.00", "860.00", "848.30", "—", "—", "—"],
    ["上年结转资金", "", "52.50", "50.50", "—", "—", "—"],
    ["其他资金", "", "", "", "—", "—", "—"],
]
Z_TOTAL = "99.36"


def form_z(*, name="全省统一考试考务组织", money=None, indicators=None, total=None, grade=None):
    money, indicators, total, grade = filled(money or Z_MONEY, indicators or Z_INDICATORS, total, grade)
    said_total, said_grade = f"自评得分：{total}", f"评价等级：{grade}"
    rows = [
        *project_rows(name, money, "浙江省教育厅", "浙江省教育考试院",
                      "安全平稳组织全省统一考试，考务零差错。", "全年组织考试62科次，未发生安全事故。"),
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施", L],
    ]
    for i, ind in enumerate(indicators):
        dev = "部分考点场地条件限制，下年度完成改造" if ind[2] == "标准化考点覆盖率" else ""
        rows.append([U, *merged_labels(indicators, i), *ind[2:], dev, L])
    rows.append([Pin(said_total) if isinstance(total, Pin) else said_total, L, L, L, L,
                 Pin(said_grade) if isinstance(grade, Pin) else said_grade, L, L, L, L])
    return {"head": ["2023年度项目支出绩效自评表"], "rows": rows, "indicators": len(indicators), "lines": 4}


# ----------------------------------------------------------------------------- SD: 山东, labels with colons
SD_INDICATORS = [
    ("产出指标", "数量指标", "改造提升农村公路里程", "≥150公里", "152.6公里", "15", "15"),
    ("产出指标", "质量指标", "交工验收合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "当年完工率", "≥95%", "93%", "10", "9.0"),
    ("产出指标", "成本指标", "每公里省级补助标准", "≤40万元", "40万元", "5", "5"),
    ("效益指标", "经济效益指标", "沿线群众出行成本", "明显降低", "明显降低", "10", "10"),
    ("效益指标", "社会效益指标", "受益行政村数量", "≥120个", "124个", "15", "15"),
    ("效益指标", "可持续影响指标", "公路养护管理责任落实率", "100%", "100%", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92.5%", "15", "15"),
]
SD_MONEY = [
    ["年度资金总额：", "1200.00", "1260.00", "1241.10", "10", Txt("98.5%"), "9.8"],
    ["其中：本年财政拨款：", "1200.00", "1200.00", "1185.60", "", "", ""],
    ["上年结转资金：", "0.00", "60.00", "55.50", "", "", ""],
    ["其他资金：", "", "", "", "", "", ""],
]
SD_TOTAL = "98.8"


def form_sd(*, name="农村公路提档升级", money=None, indicators=None, total=None, grade=None):
    money, indicators, total, grade = filled(money or SD_MONEY, indicators or SD_INDICATORS, total, grade)
    rows = [
        *project_rows(name, money, "山东省交通运输厅", "某市交通运输局",
                      "改造提升农村公路150公里以上。", "完成改造提升152.6公里。"),
        ["一级指标", "二级指标", "三级指标", L, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", L],
    ]
    for i, ind in enumerate(indicators):
        dev = "个别路段受征地影响延期" if ind[2] == "当年完工率" else ""
        rows.append([*merged_labels(indicators, i), ind[2], L, *ind[3:], dev, L])
    rows.append(["总分", L, L, L, L, L, "100", total, "", L])
    rows.append(["自评等级", L, L, L, L, L, grade, L, L, L])
    return {"head": ["项目支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators), "lines": 4}


# ----------------------------------------------------------------------------- HB: 湖北, weights in the 一级 labels
HB_INDICATORS = [
    ("产出指标（40分）", "数量指标", "培训基层农技人员", "≥600人次", "615人次", "10", "10"),
    ("产出指标（40分）", "质量指标", "培训考核合格率", "≥95%", "96.2%", "10", "10"),
    ("产出指标（40分）", "时效指标", "培训按期完成率", "100%", "100%", "10", "10"),
    ("产出指标（40分）", "成本指标", "人均培训成本", "≤3000元", "2980元", "10", "10"),
    ("效益指标（30分）", "社会效益指标", "主推技术到位率", "≥95%", "92.4%", "15", "14.59"),
    ("效益指标（30分）", "可持续影响指标", "农技推广服务体系运行", "稳定运行", "稳定运行", "15", "15"),
    ("满意度指标（20分）", "服务对象满意度指标", "参训人员满意度", "≥90%", "95%", "20", "20"),
]
HB_MONEY = [
    ["年度资金总额", "380.00", "400.00", "394.00", "10", Frac("0.985"), "9.85"],
    ["其中：财政拨款", "380.00", "380.00", "376.00", "", "", ""],
    ["其他资金", "0.00", "20.00", "18.00", "", "", ""],
]
HB_TOTAL = "99.44"


def form_hb(*, name="基层农技推广体系改革与建设", money=None, indicators=None, total=None, grade=None):
    money, indicators, total, grade = filled(money or HB_MONEY, indicators or HB_INDICATORS, total, grade)
    rows = [
        *project_rows(name, money, "湖北省农业农村厅", "某县农业技术推广中心",
                      "培训基层农技人员600人次以上，主推技术到位率95%以上。", "培训615人次，主推技术到位率92.4%。"),
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析", "改进措施", L],
    ]
    for i, ind in enumerate(indicators):
        why, fix = ("部分乡镇技术示范点建设滞后", "加强示范基地建设") if ind[2] == "主推技术到位率" else ("", "")
        rows.append([*merged_labels(indicators, i), *ind[2:], why, fix, L])
    rows.append(["总分", L, L, L, L, "100", total, "", L, L])
    rows.append(["评价等级", L, L, L, L, grade, L, L, L, L])
    return {"head": ["项目支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators), "lines": 3}


# ----------------------------------------------------------------------------- BJ: 北京 2023, two-row indicator header
BJ_INDICATORS = [
    ("产出指标", "数量指标", "完成古树名木体检株数", "≥2000株", "2035株", "20", "20"),
    ("产出指标", "质量指标", "复壮养护达标率", "≥95%", "96%", "10", "10"),
    ("产出指标", "时效指标", "养护作业按期完成", "2023年11月底前", "2023年11月", "10", "10"),
    ("成本指标", "经济成本指标", "单株平均养护成本", "≤700元", "690元", "10", "10"),
    ("效益指标", "生态效益指标", "古树名木保存率", "100%", "99.85%", "20", "19.70"),
    ("效益指标", "可持续影响指标", "古树名木档案完整率", "100%", "100%", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "91.3%", "10", "10"),
]
BJ_MONEY = [
    ["年度资金总额", "150.00", "150.00", "147.75", "10", "98.50%", "9.85"],
    ["其中：财政资金", "150.00", "150.00", "147.75", "—", "—", "—"],
    ["其他资金", "—", "—", "—", "—", "—", "—"],
]
BJ_TOTAL = "99.55"


def form_bj(*, name="古树名木保护复壮", money=None, indicators=None, total=None):
    money, indicators, total, _grade = filled(money or BJ_MONEY, indicators or BJ_INDICATORS, total, None)
    rows = [
        *project_rows(name, money, "北京市园林绿化局", "北京市园林绿化资源保护中心",
                      "完成古树名木体检2000株以上。", "完成体检2035株，复壮养护达标率96%。"),
        ["绩效指标", L, L, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", L, L],
        ["一级指标", "二级指标", "三级指标", U, U, U, U, U, U, U],
    ]
    for i, ind in enumerate(indicators):
        dev = "个别古树长势衰弱死亡" if ind[2] == "古树名木保存率" else ""
        rows.append([*merged_labels(indicators, i), *ind[2:], dev, L, L])
    rows.append(["总分", L, L, L, L, "100", total, "", L, L])
    return {"head": ["项目支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators), "lines": 3}


BUILD = {"D": form_d, "D2": form_d2, "DC": form_dc, "Z": form_z, "SD": form_sd, "HB": form_hb, "BJ": form_bj}
TOTALS = {"D": D_TOTAL, "D2": D_TOTAL, "DC": D_TOTAL, "Z": Z_TOTAL, "SD": SD_TOTAL, "HB": HB_TOTAL, "BJ": BJ_TOTAL}


def test_arithmetic_of_the_clean_forms():
    """The figures above are right (the test's own arithmetic, not the checker's)."""
    for key, build in BUILD.items():
        f = build()
        assert TOTALS[key] in str(f["rows"]), key
    assert pct("1452.61", "1484.83") == "97.83%" and pct("898.80", "912.50") == "98.50%"
    assert pct("394.00", "400.00") == pct("1241.10", "1260.00") == pct("147.75", "150.00") == "98.50%"
    for money in (D_MONEY[:4], [D_MONEY[0]] + D_MONEY[5:], Z_MONEY, SD_MONEY, HB_MONEY):
        for col in (1, 2, 3):
            parts = [m[col] for m in money[1:] if m[col] not in ("", "—")]
            assert dsum(parts) == Decimal(money[0][col]), (money[0], col)
    for inds in (D_INDICATORS, Z_INDICATORS, SD_INDICATORS, HB_INDICATORS, BJ_INDICATORS):
        assert dsum([i[5] for i in inds]) == 90


def clean_any(made, tmp_path, form):
    """clean() where the form says how many budget lines it has; otherwise no error or warning and the form read."""
    if form["lines"] is not None:
        return clean(made, tmp_path, form)
    path, _ = made
    assert problems(check(path, tmp_path)) == []
    got = read_forms(path)
    assert len(got) == 1 and got[0].total_score is not None
    assert sum(len(s.indicators) for s in got[0].sections if s.origin == "indicators") == form["indicators"]


@pytest.mark.parametrize("layout", list(BUILD))
@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_clean(tmp_path, layout, fmt):
    f = BUILD[layout]()
    clean_any((xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("layout", ["D", "Z", "SD", "HB", "BJ", "D2", "DC"])  # (D2, DC: added after the first run)
def test_clean_pdf(tmp_path, layout):
    f = BUILD[layout]()
    clean_any(pdf_made(tmp_path, f), tmp_path, f)


def test_several_forms_on_one_sheet(tmp_path):
    forms = [form_z(), form_sd(), form_hb(), form_bj()]
    clean(xlsx_file(tmp_path, *forms), tmp_path, *forms)


def test_several_forms_on_one_sheet_without_a_gap(tmp_path):
    forms = [form_hb(), form_hb(name="农业重大技术协同推广")]
    clean(xlsx_file(tmp_path, *forms, gap=0), tmp_path, *forms)


def test_several_forms_in_one_word_document(tmp_path):
    forms = [form_d(), form_z(), form_sd(), form_bj()]
    clean(docx_file(tmp_path, *forms), tmp_path, *forms)


def test_rates_written_otherwise(tmp_path):
    """The same Z form with its rate as "98.50%", as a text "98.5%", as a 0.985 fraction shown as a percent."""
    for i, rate in enumerate([Txt("98.50%"), Txt("98.5%"), Frac("0.985", "0.0%"), Frac("0.98499", "0.000")]):
        f = form_z(money=money_set(Z_MONEY, "年度资金总额", 5, rate, pin=False))
        clean(xlsx_file(tmp_path, f, name=f"z{i}.xlsx"), tmp_path, f)


# ----------------------------------------------------------------------------- planted errors
def over(indicators, third, score, total, by):
    return dict(indicators=pinned(indicators, third, 6, score), total=str(Decimal(total) + Decimal(by)))


D_BREAKDOWN = [
    # the parts of one breakdown no longer add up to the 总额 (the finding on the 总额's cell of that column)
    ("income-budget", "其中：财政拨款", 2, "1391.83"),
    ("income-done", "其他资金", 3, "165.20"),
    ("spending-budget", "其中：基本支出", 2, "1035.63"),
    ("spending-done", "项目支出", 3, "420.33"),
]

PLANTED = [
    ("D-total", "D", dict(total=bump(D_TOTAL, "1")), "PRF104", ()),
    ("D-rate", "D", dict(money=money_set(D_MONEY, "年度资金总额", 5, "96.83%")), "PRF004", ("PRF107",)),
    ("D-score-over", "D", over(D_INDICATORS, "重点任务按期完成率", "11", D_TOTAL, 1), "PRF103", ("PRF101",)),
    ("D-grade", "D", dict(grade=Pin("良")), "PRF106", ()),
    *[(f"D-{k}", "D", dict(money=parts_wrong(D_MONEY, lab, col, v)), "PRF001", ()) for k, lab, col, v in D_BREAKDOWN],
    ("D2-total", "D2", dict(total=bump(D_TOTAL, "-0.5")), "PRF104", ()),
    ("D2-rate", "D2", dict(money=money_set(D_MONEY, "年度资金总额", 5, "98.83%")), "PRF004", ("PRF107",)),
    *[(f"D2-{k}", "D2", dict(money=parts_wrong(D_MONEY, lab, col, v)), "PRF001", ()) for k, lab, col, v in D_BREAKDOWN],
    ("DC-total", "DC", dict(total=bump(D_TOTAL, "1")), "PRF104", ()),
    *[(f"DC-{k}", "DC", dict(money=parts_wrong(D_MONEY, lab, col, v)), "PRF001", ()) for k, lab, col, v in D_BREAKDOWN],
    ("Z-total", "Z", dict(total=Pin("98.36")), "PRF104", ()),
    ("Z-rate", "Z", dict(money=money_set(Z_MONEY, "年度资金总额", 5, PinTxt("0.975"))), "PRF004", ("PRF107",)),
    ("Z-score-over", "Z", over(Z_INDICATORS, "考生满意度", "10.2", Z_TOTAL, "0.36"), "PRF103", ("PRF101",)),
    ("Z-rate-score-over", "Z", dict(money=money_set(Z_MONEY, "年度资金总额", 6, "10.1"),
                                     total=str(Decimal(Z_TOTAL) + Decimal("0.3"))), "PRF107", ("PRF103",)),
    ("Z-grade", "Z", dict(grade=Pin("良")), "PRF106", ()),
    ("SD-total", "SD", dict(total=bump(SD_TOTAL, "-1.5")), "PRF104", ()),
    ("SD-rate", "SD", dict(money=money_set(SD_MONEY, "年度资金总额：", 5, PinTxt("95.8%"))), "PRF004", ("PRF107",)),
    ("SD-score-over", "SD", over(SD_INDICATORS, "每公里省级补助标准", "6", SD_TOTAL, 1), "PRF103", ("PRF101",)),
    ("SD-grade", "SD", dict(grade=Pin("良")), "PRF106", ()),
    ("SD-parts", "SD", dict(money=parts_wrong(SD_MONEY, "上年结转资金：", 3, "56.50")), "PRF001", ()),
    ("HB-total", "HB", dict(total=bump(HB_TOTAL, "-1")), "PRF104", ()),
    ("HB-rate", "HB", dict(money=money_set(HB_MONEY, "年度资金总额", 5, PinFrac("0.958"))), "PRF004", ("PRF107",)),
    ("HB-score-over", "HB", over(HB_INDICATORS, "人均培训成本", "10.5", HB_TOTAL, "0.5"), "PRF103", ("PRF101",)),
    # the 分值 column says 25 where the label says 满意度指标（20分）: 20.5 points is over the section's weight
    ("HB-section-over", "HB", dict(indicators=with_score(HB_INDICATORS, "参训人员满意度", "20.5", points="25"),
                                   total=str(Decimal(HB_TOTAL) + Decimal("0.5"))), "PRF101", ("PRF102",)),
    ("HB-grade", "HB", dict(grade=Pin("中")), "PRF106", ()),
    ("BJ-total", "BJ", dict(total=bump(BJ_TOTAL, "0.2")), "PRF104", ()),
    ("BJ-rate", "BJ", dict(money=money_set(BJ_MONEY, "年度资金总额", 5, "95.80%")), "PRF004", ("PRF107",)),
    ("BJ-score-over", "BJ", over(BJ_INDICATORS, "古树名木保存率", "20.10", BJ_TOTAL, "0.4"), "PRF103", ("PRF101",)),
    ("BJ-parts", "BJ", dict(money=parts_wrong(BJ_MONEY, "其中：财政资金", 3, "145.75")), "PRF001", ()),
]
DOCX = {"D-total", "D-rate", "D-income-budget", "D-spending-done", "D2-spending-budget", "Z-total", "Z-rate",
        "SD-rate", "SD-score-over", "HB-total", "HB-score-over", "BJ-total", "BJ-score-over", "BJ-parts"}
PDF = {"D-total", "D-spending-budget", "Z-total", "SD-rate", "HB-score-over", "BJ-total",
       "D2-spending-done", "DC-spending-done"}  # (the last two added after the first run)


def cases(ids):
    return [pytest.param(c, id=c[0]) for c in PLANTED if c[0] in ids]


@pytest.mark.parametrize("case", cases({c[0] for c in PLANTED}))
def test_planted_xlsx(tmp_path, case):
    _, layout, edit, code, also = case
    judge(xlsx_file(tmp_path, BUILD[layout](**edit)), tmp_path, code, also)


@pytest.mark.parametrize("case", cases(DOCX))
def test_planted_docx(tmp_path, case):
    _, layout, edit, code, also = case
    judge(docx_file(tmp_path, BUILD[layout](**edit)), tmp_path, code, also)


@pytest.mark.parametrize("case", cases(PDF))
def test_planted_pdf(tmp_path, case):
    _, layout, edit, code, also = case
    path, _ = pdf_made(tmp_path, BUILD[layout](**edit))
    found = codes(check(path, tmp_path))
    assert code in found and set(found) <= {code, *also}, found


def test_error_in_the_third_form_of_a_word_document_only(tmp_path):
    made = docx_file(tmp_path, form_z(), form_bj(), form_d(total=bump(D_TOTAL, "1")))
    judge(made, tmp_path, "PRF104")


def test_error_in_the_second_form_on_a_sheet_only(tmp_path):
    made = xlsx_file(tmp_path, form_hb(), form_sd(grade=Pin("中")))
    judge(made, tmp_path, "PRF106")


# ----------------------------------------------------------------------------- after the first run
# Written after reading forms.py (not held out in the strict sense).
def d_money(*, income=None, spending=None, heading_amounts=("", "", "", "", "", "")):
    """D's money lines with other part labels (the figures of D_MONEY in order) and heading lines' cells."""
    income = income or ["其中：财政拨款", "其他资金"]
    spending = spending or ["其中：基本支出", "项目支出"]
    rows = [list(r) for r in D_MONEY]
    for i, lab in zip((2, 3, 5, 6), [*income, *spending]):
        rows[i][0] = lab
    rows[1][1:] = list(heading_amounts)
    rows[4][1:] = list(heading_amounts)
    return rows


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
@pytest.mark.parametrize("variant", ["no-qizhong", "dashes"])
def test_headed_breakdowns_written_otherwise(tmp_path, fmt, variant):
    """Parts without 其中 after the heading lines ('按收入性质分：' · 财政拨款 · 其他资金), or heading lines with "—" in
    every cell: clean; a part of the second breakdown wrong is PRF001 on the 总额, naming that breakdown."""
    kw = dict(income=["财政拨款", "其他资金"], spending=["基本支出", "项目支出"]) if variant == "no-qizhong" else \
        dict(heading_amounts=("—",) * 6)
    make = xlsx_file if fmt == "xlsx" else docx_file
    money = d_money(**kw)
    f = form_d(money=money)
    clean(make(tmp_path, f), tmp_path, f)
    labels = [b.label for b in read_forms(make(tmp_path, f)[0])[0].budget]
    if variant == "no-qizhong":
        assert labels == ["年度资金总额", "按收入性质分：财政拨款", "其他资金", "按支出性质分：基本支出", "项目支出"]
    bad = parts_wrong(money, money[5][0], 2, "1035.63")
    made = make(tmp_path, form_d(money=bad), name="bad." + fmt)
    judge(made, tmp_path, "PRF001")
    found = [x.message for x in check(made[0], tmp_path) if x.code == "PRF001"]
    assert len(found) == 1 and "基本支出、项目支出）之和" in found[0] and "财政拨款" not in found[0], found


def test_three_sources_of_income(tmp_path):
    """其中：一般公共预算 · 政府性基金 · 其他资金 (a name no source word covers), then 基本支出 · 项目支出 (the reviewer's
    r12 repro: a wrong 一般公共预算 or 基本支出 drew nothing)."""
    money = [list(r) for r in D_MONEY]
    money[2:4] = [["其中：一般公共预算", "900.00", "1019.83", "996.41", "", "", ""],
                  ["政府性基金", "300.00", "300.00", "300.00", "", "", ""],
                  ["其他资金", "120.00", "165.00", "156.20", "", "", ""]]
    f = form_d(money=money)
    clean(xlsx_file(tmp_path, f), tmp_path, f)
    for lab, col, v in (("其中：一般公共预算", 2, "1091.83"), ("其中：基本支出", 3, "1005.28")):
        made = xlsx_file(tmp_path, form_d(money=parts_wrong(money, lab, col, v)), name=f"bad{col}.xlsx")
        judge(made, tmp_path, "PRF001")


def test_both_breakdowns_wrong_are_one_finding_each(tmp_path):
    """Neither breakdown adds up, each off by its own amount (1494.83 and 1474.83 against 1484.83): one PRF001 for
    each, naming it — not one for all the parts together, whose sum (2969.66) is twice the total (s14forms)."""
    money = parts_wrong(parts_wrong(D_MONEY, "其中：财政拨款", 2, "1329.83"), "项目支出", 2, "421.20")
    path, _ = xlsx_file(tmp_path, form_d(money=money))
    found = [x for x in check(path, tmp_path) if x.code == "PRF001"]
    assert len(found) == 2, [x.message for x in found]
    assert "（财政拨款、其他资金）之和。应为 1494.83" in found[0].message
    assert "（基本支出、项目支出）之和。应为 1474.83" in found[1].message


# ----------------------------------------------------------------------------- second round
# Probes written after reading forms.py and form_specs.py (not held out), from the same notes; first run after the
# fixes above: the budget block's "指标分值 | 执行率 | 自评得分（分）" (or "权重（%）") was not read as its weight and
# score (false PRF102 "没有：预算执行率" and PRF104 on a right form); a heading line that repeats the 总额's amounts
# ended the budget lines (its breakdowns lost, no finding). Fixed in form_specs.budget_column and forms.read_budget.
def money_header(form, old, new):
    rows = [list(r) for r in form["rows"]]
    h = next(i for i, r in enumerate(rows) if "全年执行数" in r)
    rows[h] = [new if v == old else v for v in rows[h]]
    return {**form, "rows": rows}


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
@pytest.mark.parametrize("weight,score", [("指标分值", "自评得分（分）"), ("权重（%）", "得分（分）"), ("分值（分）", "自评得分")])
def test_r2_budget_block_point_columns_with_their_unit(tmp_path, fmt, weight, score):
    make = xlsx_file if fmt == "xlsx" else docx_file
    f = money_header(money_header(form_hb(), "分值", weight), "得分", score)
    clean(make(tmp_path, f), tmp_path, f)
    bad = money_header(money_header(form_hb(money=money_set(HB_MONEY, "年度资金总额", 6, "10.5"),
                                            total=str(Decimal(HB_TOTAL) + Decimal("0.65"))), "分值", weight), "得分", score)
    found = codes(check(make(tmp_path, bad, name="bad." + fmt)[0], tmp_path))
    assert "PRF107" in found and set(found) <= {"PRF107", "PRF103", "PRF105"}, found


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_r2_heading_lines_repeat_the_total(tmp_path, fmt):
    make = xlsx_file if fmt == "xlsx" else docx_file
    money = [list(r) for r in D_MONEY]
    money[1][1:4] = money[4][1:4] = money[0][1:4]
    f = form_d(money=money)
    clean(make(tmp_path, f), tmp_path, f)
    judge(make(tmp_path, form_d(money=parts_wrong(money, "项目支出", 3, "420.33")), name="bad." + fmt), tmp_path,
          "PRF001")


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_r2_heading_lines_merged_across_the_row(tmp_path, fmt):
    make = xlsx_file if fmt == "xlsx" else docx_file

    def form(money):
        f = form_d(money=money)
        for r in f["rows"]:
            if r[1] in ("按收入性质分：", "按支出性质分："):
                r[2:] = [L] * 8
        return f
    clean(make(tmp_path, form(D_MONEY)), tmp_path, form(D_MONEY))
    judge(make(tmp_path, form(parts_wrong(D_MONEY, "其中：财政拨款", 2, "1391.83")), name="bad." + fmt), tmp_path,
          "PRF001")


# ----------------------------------------------------------------------------- mutation (s12forms)
def test_breakdown_heading_words():
    """'按…分' of 3 to 10 characters heads a breakdown; the words around it do not."""
    from govaudit.recognize.form_specs import breakdown_heading

    assert breakdown_heading("按收入性质分：") == "按收入性质分" and breakdown_heading("按月分") == "按月分"
    assert breakdown_heading("按" + "某" * 8 + "分") is not None  # 10 characters
    assert breakdown_heading("按" + "某" * 9 + "分") is None  # 11: a sentence
    assert breakdown_heading("按分") is None and breakdown_heading("其中：基本支出") is None
    assert breakdown_heading("按时完成") is None
