"""Held-out 绩效自评表 batch (session 17, s17forms), written from the domain notes and how other provinces fill these
forms BEFORE reading recognize/forms.py, form_specs.py, form_join.py or checks/performance_*.py (only the earlier
batches' docstrings and builders were read).

Layouts none of the earlier batches has:
  GD  广东 项目支出绩效自评表 (2024): 项目资金（万元） 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分 (no 年初预算数),
      年度资金总额 · 其中：当年财政拨款 · 上年结转资金 · 其他资金 with "/" in the parts' 分值/执行率/得分; the budget's
      weight 20 and the indicators' 80; the last row "自评得分 | 100 | 97 | 自评等级 | 优" (score and grade side by side).
  ZJ  浙江 部门整体支出绩效自评表 (2023): 部门（单位）名称; 年度预算执行情况（万元） 年初预算数 · 全年预算数 · 全年执行数 ·
      分值 · 执行率 · 得分; a blank 年初 上年结转资金; a 成本指标 "预算控制率 ≤100% | 98.21%"; 10/90; the grade row
      "绩效等级".
  HB  湖北 项目支出绩效自评表: 10/90, 其他资金 "0.00" throughout, a target "2023年11月底前", scores 8.5 among whole
      ones, a rate score with two decimals (9.33).
  SD  山东 项目支出绩效自评表: the 总分 in a "自评得分" cell near the top, beside "自评等级", and no 总分 row at the bottom;
      a blank 其他资金 line; one-decimal scores ("20.0").
  BJ  北京 项目支出绩效自评表 (2024): a lead column "绩效指标" merged down; the parts' 分值/执行率/得分 written "—";
      上年结转资金 with a budget and an execution of 0.00; a rate score with two decimals.
  Also: two forms one under the other on one sheet, with and without a blank row; all five in one Word document (the
  一级/二级 labels merged down as Word merges cells); each printed to PDF; an error in the second form of a sheet only.

Each clean form must draw no error and no warning (and be read: name, budget lines, every indicator, 总分); each planted
error must be found with its code at the planted cell, and nothing else but the codes the case names.

First run on main 4c81e4d (before any fix): 106 tests (28 on clean forms, 77 planted, the test's own arithmetic).
Before counting, three mistakes of the test itself were corrected (the tool was right): BJ-parts named the line
without its "其中：" (nothing was changed), a BJ rate score "10" beside integer scores is RND001 by design (a rounded
9.68; the case now plants "9.90"), and a line with blank or "—" amounts is still a budget line (`lines`).
  Clean: 16 of 28 failed, all on GD and SD: the 总分 was not read (false PRF202 "必填项“总分”未填写" in every format,
  alone, two on one sheet, all five in one Word document / PDF) — GD's "自评得分 | 100 | 97 | 自评等级 | 优" (自评得分
  is taken as a score column's head, and the 自评等级 label ended the table before a 总分 was found) and SD's
  "自评得分 | 98.0 | 自评等级 | 优" above the budget (the search above the indicator table ran only when a closing
  row was found below it). ZJ's "绩效等级", HB's "2023年11月底前" and 其他资金 0.00, BJ's "—" and lead column, the
  20/80 weights, "/" in the parts, two forms one under the other with or without a blank row: clean and read.
  Planted: 70 (30 xlsx, 30 Word, 10 PDF): 60 caught at the planted cell; the 10 missed are GD's and SD's wrong 总分
  and wrong 等级 (the 总分 unread), and the 20 GD/SD errors caught drew the false PRF202 beside them; the 7 further
  cases (an error in the lower of two forms on a sheet, GD's 20-of-20 over a cap of 19) failed only where GD or SD
  took part, by the same cause.
Fixed: a row led by "自评得分" with a number after it (and no column heads) is the 总分's row (it closes the
indicator table; forms.FormBuilder._score_label); with no closing row below the indicator table the 总分 is looked
for above it, read beside its label. After: 106/106 pass.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_forms_heldout_s11 import (
    L, U, Pin, check, clean, codes, docx_file, dsum, grade_of, judge, labels, money_set, parts_wrong, pct, pdf_made,
    pinned, read_forms, xlsx_file,
)
from test_forms_heldout_s13 import relabelled, total_of
from test_forms_heldout_s14 import first_two

W = 10


def pad(row):
    return list(row) + [L] * (W - len(row))


def indicator_rows(indicators, dev, lead=False):
    """[lead column merged down] 一级 · 二级 (merged down) · 三级 · 指标值 · 完成值 · 分值 · 得分 · 偏差原因分析及改进措施."""
    return [pad(([U] if lead else []) + [*first_two(indicators, i), *ind[2:], dev.get(ind[2], "")])
            for i, ind in enumerate(indicators)]


def money_block(head, money):
    return [pad(head)] + [pad([U, m[0], L, *m[1:]]) for m in money]


def goals(expected, done):
    return [["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L], [U, expected, L, L, L, done, L, L, L, L]]


HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


# ----------------------------------------------------------------------------- GD: 广东, 20/80, "自评得分 … 自评等级"
GD_INDICATORS = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "水文站网监测站点运行数", "≥320个", "326个", "10", "10"),
    ("产出指标", "数量指标", "水文测报数据采集次数", "≥12万次", "12.6万次", "10", "10"),
    ("产出指标", "质量指标", "监测数据到报率", "≥95%", "97.2%", "10", "10"),
    ("产出指标", "时效指标", "汛期水情信息报送时限", "≤20分钟", "25分钟", "10", "8"),
    ("产出指标", "成本指标", "站点年均运维成本", "≤3.8万元", "3.6万元", "5", "5"),
    ("效益指标", "社会效益指标", "洪水预报合格率", "≥85%", "88%", "15", "15"),
    ("效益指标", "可持续影响指标", "水文监测体系稳定运行", "长期", "长期", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "防汛部门满意度", "≥90%", "93%", "10", "10"),
]
GD_DEV = {"汛期水情信息报送时限": "部分偏远站点通信信号弱，下年度升级卫星通信设备"}
GD_MONEY = [  # label, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "1250.00", "1187.50", "20", "95.00%", "19"],
    ["其中：当年财政拨款", "1000.00", "962.50", "/", "/", "/"],
    ["上年结转资金", "200.00", "180.00", "/", "/", "/"],
    ["其他资金", "50.00", "45.00", "/", "/", "/"],
]
GD_TOTAL = total_of(GD_INDICATORS, "19")  # 97


def form_gd(*, name="水文监测站网运行维护", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or GD_MONEY)]
    indicators = indicators or GD_INDICATORS
    total = total or GD_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "广东省水利厅", L, L, L, "实施单位", "广东省水文局", L, L, L],
        *money_block(["项目资金（万元）", "", L, "全年预算数", "全年执行数", "分值", "执行率", "得分"], money),
        *goals("保障全省水文站网正常运行，及时准确提供水情信息。", "326个站点全年正常运行，汛期水情信息报送及时。"),
        pad(HEADER),
        *indicator_rows(indicators, GD_DEV),
        ["自评得分", L, L, L, L, "100", total, "自评等级", grade, L],
    ]
    return {"head": ["2024年度广东省省级项目支出绩效自评表"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- ZJ: 浙江 部门整体, "绩效等级"
ZJ_INDICATORS = [
    ("产出指标", "数量指标", "市场主体年报公示率", "≥90%", "92.4%", "10", "10"),
    ("产出指标", "数量指标", "双随机抽查任务完成率", "100%", "100%", "10", "10"),
    ("产出指标", "质量指标", "抽查结果公示率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "投诉举报按时办结率", "≥98%", "96.5%", "10", "9"),
    ("产出指标", "成本指标", "预算控制率", "≤100%", "98.21%", "10", "10"),
    ("效益指标", "经济效益指标", "新设市场主体增长率", "≥5%", "6.1%", "10", "10"),
    ("效益指标", "社会效益指标", "为消费者挽回经济损失", "≥3000万元", "3280万元", "10", "10"),
    ("效益指标", "可持续影响指标", "信用监管机制运行", "持续有效", "持续有效", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%", "91.3%", "10", "10"),
]
ZJ_DEV = {"投诉举报按时办结率": "年底投诉量集中，个别件超期，已建立预警提醒机制"}
ZJ_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "5620.00", "6180.00", "6069.50", "10", "98.21%", "9.82"],
    ["其中：当年财政拨款", "5200.00", "5610.00", "5540.40", "", "", ""],
    ["上年结转资金", "", "350.00", "318.60", "", "", ""],
    ["其他资金", "420.00", "220.00", "210.50", "", "", ""],
]
ZJ_TOTAL = total_of(ZJ_INDICATORS, "9.82")  # 98.82


def form_zj(*, name="浙江省市场监督管理局", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or ZJ_MONEY)]
    indicators = indicators or ZJ_INDICATORS
    total = total or ZJ_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["部门（单位）名称", name]),
        *money_block(["年度预算执行情况（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                      "得分"], money),
        *goals("1.完成年度双随机抽查任务；2.提升市场主体年报公示率；3.健全信用监管机制。",
               "1.双随机抽查任务全部完成；2.年报公示率92.4%；3.信用监管机制运行有效。"),
        pad(HEADER),
        *indicator_rows(indicators, ZJ_DEV),
        pad(["总分", L, L, L, L, "100", total, ""]),
        pad(["绩效等级", L, L, L, L, grade]),
    ]
    return {"head": ["2023年度部门整体支出绩效自评表"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- HB: 湖北, 其他资金 0.00
HB_INDICATORS = [
    ("产出指标", "数量指标", "培训基层农技人员", "≥1500人次", "1620人次", "15", "15"),
    ("产出指标", "数量指标", "建设农业科技示范基地", "≥20个", "18个", "10", "8.5"),
    ("产出指标", "质量指标", "培训考核合格率", "≥95%", "97%", "10", "10"),
    ("产出指标", "时效指标", "培训任务完成时间", "2023年11月底前", "2023年11月", "10", "10"),
    ("产出指标", "成本指标", "人均培训成本", "≤1200元", "1150元", "5", "5"),
    ("效益指标", "经济效益指标", "示范基地主导品种亩均增收", "≥200元", "235元", "10", "10"),
    ("效益指标", "社会效益指标", "农技推广服务覆盖率", "≥90%", "92%", "10", "10"),
    ("效益指标", "可持续影响指标", "基层农技推广体系运行", "长效运行", "长效运行", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "95%", "10", "10"),
]
HB_DEV = {"建设农业科技示范基地": "2个基地因土地流转未落实推迟建设，下年度优先安排"}
HB_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "300.00", "320.00", "298.56", "10", "93.30%", "9.33"],
    ["其中：当年财政拨款", "300.00", "300.00", "283.56", "", "", ""],
    ["上年结转资金", "0.00", "20.00", "15.00", "", "", ""],
    ["其他资金", "0.00", "0.00", "0.00", "", "", ""],
]
HB_TOTAL = total_of(HB_INDICATORS, "9.33")  # 97.83


def form_hb(*, name="基层农技推广体系改革与建设", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or HB_MONEY)]
    indicators = indicators or HB_INDICATORS
    total = total or HB_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "湖北省农业农村厅", L, L, L, "实施单位", "湖北省农业技术推广总站", L, L, L],
        *money_block(["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                     money),
        *goals("培训基层农技人员1500人次以上，建设农业科技示范基地20个。", "培训1620人次，建成示范基地18个。"),
        pad(HEADER),
        *indicator_rows(indicators, HB_DEV),
        pad(["总分", L, L, L, L, "100", total, ""]),
        pad(["评价等级", L, L, L, L, grade]),
    ]
    return {"head": ["湖北省省直部门项目支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- SD: 山东, 自评得分 at the top
SD_INDICATORS = [
    ("产出指标", "数量指标", "完成海洋生态修复岸线长度", "≥12公里", "12.5公里", "20.0", "20.0"),
    ("产出指标", "质量指标", "修复工程验收合格率", "100%", "100%", "15.0", "15.0"),
    ("产出指标", "时效指标", "工程完工时间", "12月底前", "12月底", "10.0", "10.0"),
    ("产出指标", "成本指标", "单位岸线修复成本", "≤68万元/公里", "65.4万元/公里", "5.0", "5.0"),
    ("效益指标", "生态效益指标", "修复岸线植被覆盖率", "≥60%", "58.2%", "15.0", "13.5"),
    ("效益指标", "社会效益指标", "亲海空间开放面积", "≥30公顷", "32公顷", "10.0", "10.0"),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "92.6%", "15.0", "15.0"),
]
SD_DEV = {"修复岸线植被覆盖率": "部分新植植被越冬成活率偏低，下年度补植并加强管护"}
SD_MONEY = [  # label, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "860.00", "817.00", "10.0", "95.00%", "9.5"],
    ["其中：当年财政拨款", "800.00", "765.00", "", "", ""],
    ["上年结转资金", "60.00", "52.00", "", "", ""],
    ["其他资金", "", "", "", "", ""],
]
SD_TOTAL = total_of(SD_INDICATORS, "9.5")  # 98.0


def form_sd(*, name="海洋生态保护修复", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or SD_MONEY)]
    indicators = indicators or SD_INDICATORS
    total = total or SD_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "山东省海洋局", L, L, L, "实施单位", "山东省海洋资源与环境研究院", L, L, L],
        ["自评得分", total, L, L, L, "自评等级", grade, L, L, L],
        *money_block(["项目资金（万元）", "", L, "全年预算数", "全年执行数", "分值", "执行率", "得分"], money),
        *goals("完成海洋生态修复岸线12公里以上，修复岸线植被覆盖率达到60%。",
               "完成修复岸线12.5公里，植被覆盖率58.2%。"),
        pad(HEADER),
        *indicator_rows(indicators, SD_DEV),
    ]
    return {"head": ["山东省省级项目支出绩效自评表"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- BJ: 北京, 绩效指标 lead column, "—"
BJ_INDICATORS = [
    ("产出指标", "数量指标", "改造老旧小区楼栋数", "≥120栋", "124栋", "15", "15"),
    ("产出指标", "质量指标", "工程质量验收合格率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "年度改造任务完成时间", "2024年12月31日前", "按期完成", "10", "10"),
    ("产出指标", "成本指标", "楼栋平均改造成本", "≤180万元", "176.5万元", "10", "10"),
    ("效益指标", "社会效益指标", "居民居住条件改善", "明显改善", "明显改善", "15", "15"),
    ("效益指标", "可持续影响指标", "长效管理机制建立", "建立", "基本建立", "10", "8"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93.5%", "20", "20"),
]
BJ_DEV = {"长效管理机制建立": "物业管理引入进度不一，下年度推动专业物业全覆盖"}
BJ_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "21600.00", "22400.00", "21683.20", "10", "96.80%", "9.68"],
    ["其中：当年财政拨款", "21600.00", "21900.00", "21683.20", "—", "—", "—"],
    ["上年结转资金", "—", "500.00", "0.00", "—", "—", "—"],
    ["其他资金", "—", "—", "—", "—", "—", "—"],
]
BJ_TOTAL = total_of(BJ_INDICATORS, "9.68")  # 97.68


def form_bj(*, name="老旧小区综合整治", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or BJ_MONEY)]
    indicators = indicators or BJ_INDICATORS
    total = total or BJ_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "北京市住房和城乡建设委员会", L, L, L, "实施单位", "北京市老旧小区综合整治事务中心", L, L, L],
        *money_block(["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                     money),
        *goals("完成120栋以上老旧小区楼栋综合整治。", "完成124栋楼栋综合整治，居民满意度93.5%。"),
        ["绩效指标", *HEADER[:-1], "偏差原因分析及改进措施", L],
        *indicator_rows(indicators, BJ_DEV, lead=True),
        pad(["总分", L, L, L, L, L, "100", total, ""]),
        pad(["评价等级", L, L, L, L, L, grade]),
    ]
    return {"head": ["北京市项目支出绩效自评表", "（2024年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


BUILD = {"GD": form_gd, "ZJ": form_zj, "HB": form_hb, "SD": form_sd, "BJ": form_bj}
MADE = {"xlsx": xlsx_file, "docx": docx_file, "pdf": pdf_made}
RATE = {"GD": 4, "ZJ": 5, "HB": 5, "SD": 4, "BJ": 5}  # the 执行率's index in a money line; 得分 is the next one
MONEY = {"GD": GD_MONEY, "ZJ": ZJ_MONEY, "HB": HB_MONEY, "SD": SD_MONEY, "BJ": BJ_MONEY}


# ----------------------------------------------------------------------------- the test's own arithmetic
def test_arithmetic_of_the_clean_forms():
    assert (GD_TOTAL, ZJ_TOTAL, HB_TOTAL, SD_TOTAL, BJ_TOTAL) == ("97", "98.82", "97.83", "98.0", "97.68")
    assert pct("1187.50", "1250.00") == "95.00%" and pct("6069.50", "6180.00") == "98.21%"
    assert pct("298.56", "320.00") == "93.30%" and pct("817.00", "860.00") == "95.00%"
    assert pct("21683.20", "22400.00") == "96.80%"
    num = lambda v: v if v not in ("—", "/") else ""  # noqa: E731
    for key, money in MONEY.items():
        for col in range(1, RATE[key] - 1):
            assert dsum([num(money[0][col])]) == dsum([num(m[col]) for m in money[1:]]), (key, col)
    for key, ind, weight in (("GD", GD_INDICATORS, 20), ("ZJ", ZJ_INDICATORS, 10), ("HB", HB_INDICATORS, 10),
                             ("SD", SD_INDICATORS, 10), ("BJ", BJ_INDICATORS, 10)):
        assert all(Decimal(i[-1]) <= Decimal(i[-2]) for i in ind), key
        assert dsum([i[-2] for i in ind]) + weight == 100, key
        rate = Decimal(MONEY[key][0][RATE[key]].rstrip("%")) / 100
        assert Decimal(MONEY[key][0][RATE[key] + 1]) <= rate * weight, key


# ----------------------------------------------------------------------------- clean forms
@pytest.mark.parametrize("layout", list(BUILD))
@pytest.mark.parametrize("fmt", list(MADE))
def test_clean(tmp_path, layout, fmt):
    f = BUILD[layout]()
    clean(MADE[fmt](tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("layout", list(BUILD))
def test_total_read(tmp_path, layout):
    f = BUILD[layout]()
    path, _ = xlsx_file(tmp_path, f)
    total = {"GD": GD_TOTAL, "ZJ": ZJ_TOTAL, "HB": HB_TOTAL, "SD": SD_TOTAL, "BJ": BJ_TOTAL}[layout]
    assert [form.total_score.value for form in read_forms(path)] == [Decimal(total)]


@pytest.mark.parametrize("gap", [1, 0], ids=["blank-row", "no-gap"])
@pytest.mark.parametrize("pair", [("GD", "HB"), ("SD", "BJ"), ("ZJ", "GD")], ids="+".join)
def test_two_forms_one_under_the_other_on_one_sheet(tmp_path, pair, gap):
    forms = [BUILD[k]() for k in pair]
    clean(xlsx_file(tmp_path, *forms, gap=gap), tmp_path, *forms)


def test_all_five_in_one_word_document(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(docx_file(tmp_path, *forms), tmp_path, *forms)


def test_all_five_on_consecutive_pdf_pages(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(pdf_made(tmp_path, *forms), tmp_path, *forms)


# ----------------------------------------------------------------------------- planted errors
def score_over(indicators, up, value, down, other):
    """One indicator's 得分 above its 分值 (pinned), another's lowered so that the 总分 still adds up."""
    return relabelled(pinned(indicators, up, 6, value), down, 6, other)


PLANTED = [
    # GD (广东, the budget weighs 20)
    ("GD-total", "GD", dict(total=Pin("96")), "PRF104", ()),
    ("GD-grade", "GD", dict(grade=Pin("良")), "PRF106", ()),
    ("GD-rate", "GD", dict(money=money_set(GD_MONEY, "年度资金总额", 4, "96.00%")), "PRF004", ("PRF107",)),
    ("GD-score-over", "GD", dict(indicators=score_over(GD_INDICATORS, "站点年均运维成本", "6", "监测数据到报率", "9")),
     "PRF103", ()),
    ("GD-rate-score", "GD", dict(money=money_set(GD_MONEY, "年度资金总额", 5, "20"), total="98"), "PRF107", ()),
    ("GD-parts", "GD", dict(money=parts_wrong(GD_MONEY, "上年结转资金", 2, "170.00")), "PRF001", ()),
    # ZJ (浙江 部门整体, 绩效等级)
    ("ZJ-total", "ZJ", dict(total=Pin("98.28")), "PRF104", ()),
    ("ZJ-grade", "ZJ", dict(grade=Pin("良")), "PRF106", ()),
    ("ZJ-rate", "ZJ", dict(money=money_set(ZJ_MONEY, "年度资金总额", 5, "98.12%")), "PRF004", ("PRF107",)),
    ("ZJ-score-over", "ZJ", dict(indicators=score_over(ZJ_INDICATORS, "抽查结果公示率", "11", "市场主体年报公示率", "9")),
     "PRF103", ()),
    ("ZJ-rate-score", "ZJ", dict(money=money_set(ZJ_MONEY, "年度资金总额", 6, "9.90"), total="98.90"), "PRF107", ()),
    ("ZJ-parts", "ZJ", dict(money=parts_wrong(ZJ_MONEY, "其他资金", 3, "201.50")), "PRF001", ()),
    # HB (湖北, 其他资金 0.00)
    ("HB-total", "HB", dict(total=Pin("97.38")), "PRF104", ()),
    ("HB-grade", "HB", dict(grade=Pin("良")), "PRF106", ()),
    ("HB-rate", "HB", dict(money=money_set(HB_MONEY, "年度资金总额", 5, "93.03%")), "PRF004", ("PRF107",)),
    ("HB-score-over", "HB", dict(indicators=score_over(HB_INDICATORS, "人均培训成本", "6", "培训考核合格率", "9")),
     "PRF103", ()),
    ("HB-rate-score", "HB", dict(money=money_set(HB_MONEY, "年度资金总额", 6, "9.50"), total="98.00"), "PRF107", ()),
    ("HB-parts", "HB", dict(money=parts_wrong(HB_MONEY, "上年结转资金", 3, "51.00")), "PRF001", ()),
    # SD (山东, 自评得分 at the top)
    ("SD-total", "SD", dict(total=Pin("98.5")), "PRF104", ()),
    ("SD-grade", "SD", dict(grade=Pin("良")), "PRF106", ()),
    ("SD-rate", "SD", dict(money=money_set(SD_MONEY, "年度资金总额", 4, "90.00%")), "PRF004", ("PRF107",)),
    ("SD-score-over", "SD", dict(indicators=score_over(SD_INDICATORS, "工程完工时间", "11.0", "修复工程验收合格率",
                                                       "14.0")), "PRF103", ()),
    ("SD-rate-score", "SD", dict(money=money_set(SD_MONEY, "年度资金总额", 5, "10.0"), total="98.5"), "PRF107", ()),
    ("SD-parts", "SD", dict(money=parts_wrong(SD_MONEY, "上年结转资金", 1, "50.00")), "PRF001", ()),
    # BJ (北京, "—" in the parts)
    ("BJ-total", "BJ", dict(total=Pin("96.68")), "PRF104", ()),
    ("BJ-grade", "BJ", dict(grade=Pin("良")), "PRF106", ()),
    ("BJ-rate", "BJ", dict(money=money_set(BJ_MONEY, "年度资金总额", 5, "98.60%")), "PRF004", ("PRF107",)),
    ("BJ-score-over", "BJ", dict(indicators=score_over(BJ_INDICATORS, "工程质量验收合格率", "11", "楼栋平均改造成本",
                                                       "9")), "PRF103", ()),
    ("BJ-rate-score", "BJ", dict(money=money_set(BJ_MONEY, "年度资金总额", 6, "9.90"), total="97.90"), "PRF107", ()),
    ("BJ-parts", "BJ", dict(money=parts_wrong(BJ_MONEY, "其中：当年财政拨款", 2, "21800.00")), "PRF001", ()),
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


PDF_CASES = {"GD-total", "GD-rate-score", "ZJ-grade", "ZJ-parts", "HB-rate", "HB-score-over", "SD-total", "SD-parts",
             "BJ-parts", "BJ-rate-score"}


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


@pytest.mark.parametrize("gap", [1, 0], ids=["blank-row", "no-gap"])
@pytest.mark.parametrize("first,second,edit,code", [
    ("GD", "HB", dict(total=Pin("96.83")), "PRF104"),
    ("SD", "BJ", dict(money=parts_wrong(BJ_MONEY, "其中：当年财政拨款", 2, "21800.00")), "PRF001"),
    ("ZJ", "GD", dict(money=money_set(GD_MONEY, "年度资金总额", 5, "20"), total="98"), "PRF107"),
], ids=["HB-total", "BJ-parts", "GD-rate-score"])
def test_error_in_the_second_form_of_a_sheet_only(tmp_path, first, second, edit, code, gap):
    """The error is the lower form's: found there (its cell, its name), and the upper form stays clean."""
    lower = BUILD[second](**edit)
    path, pins = xlsx_file(tmp_path, BUILD[first](), lower, gap=gap)
    found = check(path, tmp_path)
    assert codes(found) == [code], codes(found)
    judge((path, pins), tmp_path, code)
    name = lower["rows"][0][1]
    assert all(name in x.message for x in found if x.code == code), [x.message for x in found]


def test_gd_full_rate_score_with_95_percent_is_over_its_weight_of_20(tmp_path):
    """20 of 20 for the budget with 95 % executed: the cap is 19 (the weight is 20, not the usual 10)."""
    found = check(xlsx_file(tmp_path, form_gd(money=money_set(GD_MONEY, "年度资金总额", 5, "20"), total="98"))[0],
                  tmp_path)
    assert [f.code for f in found if f.severity.value == "error"] == ["PRF107"], codes(found)
