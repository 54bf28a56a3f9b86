"""Held-out 绩效自评表 batch (session 16, s16forms), written from the domain notes, the seed's 唐山 form and how other
provinces fill these forms BEFORE reading recognize/forms.py, form_specs.py, form_join.py or checks/performance_*.py
(only the earlier batches' docstrings and builders were read).

Layouts none of the earlier batches has:
  YN  云南 项目支出绩效自评表: 项目资金（万元） 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分 with lines
      年度资金总额 · 其中：中央财政补助资金 · 省本级财政资金 · 州市配套资金; 年度总体目标 in two columns 预期目标 |
      实际完成情况 with numbered goals on rows of their own ("目标1：完成退化林修复2万亩以上。"); a lead column
      "年度绩效指标" merged down; 指标值 "≥2万亩" "≤10天" "按期完成" "≥95%"; every score with one decimal ("10.0");
      the 总分 written "95.5分（优）" in the score cell (the grade in brackets, no 评价等级 row).
  GZ  贵州 部门整体支出绩效自评表: 部门（单位）名称; 年度预算执行情况（万元） with 执行率 before 分值 · 得分; 其中：基本支出 ·
      项目支出; the goals in one cell with numbered lines; indicators with 偏差原因 | 改进措施 as two columns; 指标值
      "≤5个工作日" "按期完成" "≤0.5%"; rows 自评总分 · 自评等级.
  SN  陕西 项目支出绩效自评表: 资金来源 · 全年预算数 · 全年执行数 · 执行率（%） (written "97.00") · 分值 · 得分; 资金总额 ·
      其中：财政拨款 · 其他资金; 年度总体目标 | 预期目标 | 实际完成目标; "100.0" as the 总分's full marks; one-decimal
      scores.
  Also: each form over two sheets where the second sheet is a bare "Sheet2" without any title (indicator header
  written again or not); each form over two Word tables with no caption between; printed to PDF on one page and over
  two pages; "95.5分(优)" with ASCII brackets and "95.5（优）" without 分.

Each clean form must draw no error and no warning (and be read: name, budget lines, every indicator, 总分); each planted
error must be found with its code at the planted cell, and nothing else but the codes the case names.

First run on main a0916e9 (before any fix): 110 tests (52 clean, 57 planted, the test's own arithmetic), 24 failed.
  Clean: 14 of 52 drew false findings — every form continued on an untitled "Sheet2" (12: the second sheet is not
  read at all: false PRF202 总分 and, cut inside the 产出 indicators, a false PRF102 "产出指标 20 … 没有：效益指标、
  满意度指标"); GZ over two Word tables or two PDF pages with the header "… 偏差原因 | 改进措施" written again (2: the
  indicators after the repeated header lost, false PRF102 and PRF104 "各项自评得分之和为 29.8"). The 总分 written
  "95.5分（优）" / "95.5分(优)" / "95.5（优）" (xlsx, Word, PDF) was read as 95.5 and clean; numbered two-column goals,
  "≥2万亩"/"≤10天"/"按期完成"/"≤5个工作日" targets, one-decimal scores, 执行率（%） "97.00", 偏差原因 | 改进措施 as two
  columns, the caption-less Word split (but GZ's repeated header) and the two-page PDFs were clean and read.
  Planted: 10 of 57 failed — the grade in the total's brackets ("95.5分（良）") is not judged (4: xlsx, Word, PDF and the
  separate test: missed silently, no finding at all); the 6 errors planted on the untitled Sheet2 (its rows unread: the
  error missed, the false PRF202/PRF102 instead). The other 47 (总分 ≠ Σ, 执行率 ≠ 执行数 ÷ 预算数, 得分 > 分值, a rate
  score above its cap, a source not adding up, a wrong 等级; xlsx, Word, PDF, a caption-less Word split) were caught
  with their code at the planted cell and nothing else.
Fixed (each fails on a0916e9): disclosure.recognize hands the rows at the top of an untitled sheet after a 绩效自评表 to
forms.join_continuation (a one-line hook in s16layout's file), which joins them to that form when they are the rest
of its indicator table or its 总分 (form_join, as a "（续）" sheet is joined); a header written again is checked before
the words that close the table ('改进措施' in "偏差原因 | 改进措施"); '95.5分（优）' in the 总分's cell gives the form its
grade when it has no 评价等级 row (form_specs.grade_after_score; PRF106 judges it). After: 110/110 pass.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from test_forms_heldout_s11 import (
    L, U, Pin, Txt, blank, check, clean, codes, continued, docx_file, dsum, grade_of, judge, labels, merge_grid,
    money_set, parts_wrong, pct, pdf_made, pinned, put, read_forms, xlsx_file,
)
from test_forms_heldout_s13 import relabelled, total_of
from test_forms_heldout_s14 import first_two


def pad(row, width=10):
    return row + [L] * (width - len(row))


def indicators_of(indicators, dev, *, lead=True, split_dev=False):
    """Indicator rows: [lead column merged down] 一级 · 二级 (merged down) · 三级 · 值 · 完成值 · 分值 · 得分 · 偏差."""
    out = []
    for i, ind in enumerate(indicators):
        d = dev.get(ind[2], ("", "") if split_dev else "")
        row = ([U] if lead else []) + [*first_two(indicators, i), *ind[2:]] + (list(d) if split_dev else [d])
        out.append(pad(row))
    return out


# ----------------------------------------------------------------------------- YN: 云南, "95.5分（优）"
YN_INDICATORS = [  # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分
    ("产出指标", "数量指标", "完成退化林修复面积", "≥2万亩", "2.1万亩", "10.0", "10.0"),
    ("产出指标", "数量指标", "森林抚育面积", "≥5000亩", "4800亩", "10.0", "9.6"),
    ("产出指标", "质量指标", "造林成活率", "≥95%", "96.2%", "10.0", "10.0"),
    ("产出指标", "时效指标", "项目完成时限", "按期完成", "按期完成", "10.0", "10.0"),
    ("产出指标", "时效指标", "补助资金兑付时间", "≤10天", "12天", "5.0", "4.0"),
    ("产出指标", "成本指标", "亩均修复成本", "≤1500元", "1480元", "5.0", "5.0"),
    ("效益指标", "生态效益指标", "森林覆盖率", "≥65%", "65.2%", "15.0", "15.0"),
    ("效益指标", "可持续影响指标", "管护责任落实率", "100%", "100%", "10.0", "10.0"),
    ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "86.5%", "15.0", "12.5"),
]
YN_DEV = {"森林抚育面积": "受春季干旱影响，部分地块推迟至下年度实施", "补助资金兑付时间": "个别县区审核资料不全，已督促整改",
          "林农满意度": "补助标准偏低，下年度优化补助方式"}
YN_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ["年度资金总额", "760.00", "800.00", "752.00", "10.0", "94.00%", "9.4"],
    ["其中：中央财政补助资金", "500.00", "500.00", "480.00", "", "", ""],
    ["省本级财政资金", "260.00", "260.00", "240.00", "", "", ""],
    ["州市配套资金", "", "40.00", "32.00", "", "", ""],
]
YN_TOTAL = total_of(YN_INDICATORS, "9.4")  # 95.5


def yn_total_cell(total, grade, style):
    text = {"full": "{}分（{}）", "ascii": "{}分({})", "bare": "{}（{}）"}[style].format(total, grade)
    return Pin(text) if isinstance(total, Pin) or isinstance(grade, Pin) else Txt(text)


def form_yn(*, name="退化林修复", money=None, indicators=None, total=None, grade=None, style="full", grade_row=False):
    money = [list(m) for m in (money or YN_MONEY)]
    indicators = indicators or YN_INDICATORS
    total = total or YN_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "云南省林业和草原局", L, L, L, "实施单位", "云南省林业和草原技术推广总站", L, L, L],
        pad(["项目资金（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
    ]
    rows += [pad([U, m[0], L, *m[1:]]) for m in money]
    rows += [
        ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
        [U, "目标1：完成退化林修复2万亩以上。", L, L, L, "完成退化林修复2.1万亩。", L, L, L, L],
        [U, "目标2：开展森林抚育5000亩。", L, L, L, "完成森林抚育4800亩，受干旱影响未全部完成。", L, L, L, L],
    ]
    rows.append(["年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                 "偏差原因分析及改进措施", L])
    rows += indicators_of(indicators, YN_DEV)
    if grade_row:
        rows.append(["总分", L, L, L, L, L, "100.0", Pin(total) if isinstance(total, Pin) else total, "", L])
        rows.append(["评价等级", L, L, L, L, L, grade, L, L, L])
    else:
        rows.append(["总分", L, L, L, L, L, "100.0", yn_total_cell(total, grade, style), "", L])
    return {"head": ["云南省省级部门项目支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- GZ: 贵州 部门整体, 偏差原因 | 改进措施
GZ_INDICATORS = [
    ("产出指标", "数量指标", "完成不动产登记业务量", "≥3万件", "3.2万件", "10", "10"),
    ("产出指标", "数量指标", "开展自然资源执法检查", "≥12次", "14次", "10", "10"),
    ("产出指标", "质量指标", "登记差错率", "≤0.5%", "0.3%", "10", "10"),
    ("产出指标", "时效指标", "一般登记办结时限", "≤5个工作日", "4个工作日", "10", "10"),
    ("产出指标", "时效指标", "国土空间总体规划编制", "按期完成", "延期完成", "10", "7.5"),
    ("效益指标", "社会效益指标", "耕地保有量", "≥120万亩", "120.6万亩", "15", "15"),
    ("效益指标", "可持续影响指标", "自然资源资产管理制度", "健全", "健全", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", "96.8%", "15", "15"),
]
GZ_DEV = {"国土空间总体规划编制": ("上级审批程序调整，成果报批延后", "加强与上级部门衔接，倒排工期")}
GZ_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分
    ["年度资金总额", "3200.00", "3450.00", "3381.00", "98.00%", "10", "9.8"],
    ["其中：基本支出", "2400.00", "2450.00", "2450.00", "", "", ""],
    ["项目支出", "800.00", "1000.00", "931.00", "", "", ""],
]
GZ_TOTAL = total_of(GZ_INDICATORS, "9.8")  # 97.3


def form_gz(*, name="某市自然资源局", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or GZ_MONEY)]
    indicators = indicators or GZ_INDICATORS
    total = total or GZ_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["部门（单位）名称", name]),
        pad(["年度预算执行情况（万元）", "", L, "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]),
    ]
    rows += [pad([U, m[0], L, *m[1:]]) for m in money]
    rows += [
        ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L, L],
        [U, "1.完成不动产登记3万件以上；\n2.完成国土空间总体规划编制；\n3.守住耕地保护红线。", L, L, L,
         "1.完成不动产登记3.2万件；\n2.规划成果已上报待批；\n3.耕地保有量120.6万亩。", L, L, L, L],
    ]
    rows.append(pad(["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因", "改进措施"]))
    rows += indicators_of(indicators, GZ_DEV, lead=False, split_dev=True)
    rows.append(pad(["自评总分", L, L, L, L, "100", total, "", ""]))
    rows.append(pad(["自评等级", L, L, L, L, L, grade, L, L]))
    return {"head": ["2023年度部门整体支出绩效自评表"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


# ----------------------------------------------------------------------------- SN: 陕西, 执行率（%） "97.00"
SN_INDICATORS = [
    ("产出指标", "数量指标", "重点传染病监测哨点数", "≥120个", "120个", "10.0", "10.0"),
    ("产出指标", "质量指标", "监测数据报告及时率", "≥95%", "97.3%", "10.0", "10.0"),
    ("产出指标", "质量指标", "实验室检测准确率", "≥98%", "96.5%", "10.0", "8.5"),
    ("产出指标", "时效指标", "疫情报告时限", "≤2小时", "2小时", "10.0", "10.0"),
    ("产出指标", "成本指标", "哨点年均运行成本", "≤3万元", "2.9万元", "10.0", "10.0"),
    ("效益指标", "社会效益指标", "突发疫情规范处置率", "100%", "100%", "20.0", "20.0"),
    ("满意度指标", "服务对象满意度指标", "基层疾控机构满意度", "≥90%", "92.0%", "20.0", "20.0"),
]
SN_MONEY = [  # label, 全年预算数, 全年执行数, 执行率（%）, 分值, 得分
    ["资金总额", "450.00", "436.50", Txt("97.00"), "10.0", "9.7"],
    ["其中：财政拨款", "400.00", "390.00", "", "", ""],
    ["其他资金", "50.00", "46.50", "", "", ""],
]
SN_TOTAL = total_of(SN_INDICATORS, "9.7")  # 98.2


def form_sn(*, name="重大传染病监测预警", money=None, indicators=None, total=None, grade=None):
    money = [list(m) for m in (money or SN_MONEY)]
    indicators = indicators or SN_INDICATORS
    total = total or SN_TOTAL
    grade = grade or grade_of(total)
    rows = [
        pad(["项目名称", name]),
        ["主管部门", "陕西省卫生健康委员会", L, L, L, "实施单位", "陕西省疾病预防控制中心", L, L, L],
        pad(["资金来源", "", L, "全年预算数", "全年执行数", "执行率（%）", "分值", "得分"]),
    ]
    rows += [pad([U, m[0], L, *m[1:]]) for m in money]
    rows += [
        ["年度总体目标", "预期目标", L, L, L, "实际完成目标", L, L, L, L],
        [U, "运行重点传染病监测哨点120个，疫情2小时内报告。", L, L, L, "120个哨点全年运行，疫情均按时报告。", L, L, L, L],
    ]
    rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分",
                 "偏差原因分析及改进措施", L])
    rows += indicators_of(indicators, {"实验室检测准确率": "个别基层实验室设备老化，下年度更新设备"})
    rows.append(["总分", L, L, L, L, L, "100.0", total, "", L])
    rows.append(["评价等级", L, L, L, L, L, grade, L, L, L])
    return {"head": ["陕西省省级部门项目支出绩效自评表", "（2022年度）"], "rows": rows, "indicators": len(indicators),
            "lines": len(money)}


BUILD = {"YN": form_yn, "GZ": form_gz, "SN": form_sn}


# ----------------------------------------------------------------------------- over two sheets, the second untitled
def bare_second_sheet_file(folder, form, cut, repeat, name="自评表.xlsx"):
    """Grid rows [:cut] under the form's title on a sheet "自评表"; the rest on a sheet "Sheet2" with no title at all
    (the indicator header written again at its top when `repeat`); returns (path, pinned cells as "Sheet!A1")."""
    wb = Workbook()
    first = wb.active
    first.title = "自评表"
    second = wb.create_sheet("Sheet2")
    rows = form["rows"]
    header = next(r for r in rows if "一级指标" in r)
    pins = []
    for ws, head, grid in ((first, form["head"], [list(r) for r in rows[:cut]]),
                           (second, [], ([list(header)] if repeat else []) + continued(rows, cut))):
        top = 1
        for line in head:
            ws.cell(row=top, column=1, value=line)
            ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=len(grid[0]))
            top += 1
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if isinstance(v, Pin):
                    pins.append(f"{ws.title}!{get_column_letter(1 + c)}{top + r}")
                if not blank(v):
                    put(ws, top + r, 1 + c, v)
        merge_grid(ws, grid, top)
    path = folder / name
    wb.save(path)
    return path, pins


def where_sheet(f):
    loc = f.locations[0]
    return f"{loc.sheet}!{loc.cell}"


def header_row(f):
    return next(i for i, r in enumerate(f["rows"]) if "一级指标" in r)


def cuts(f):
    """Grid rows where a form is cut: inside the 产出 indicators, and just before the 总分."""
    h = header_row(f)
    return {"in-output": h + 3, "before-total": len(f["rows"]) - (1 if f["rows"][-1][0] == "总分" else 2)}


# ----------------------------------------------------------------------------- the test's own arithmetic
def test_arithmetic_of_the_clean_forms():
    assert (YN_TOTAL, GZ_TOTAL, SN_TOTAL) == ("95.5", "97.3", "98.2")
    assert pct("752.00", "800.00") == "94.00%" and pct("3381.00", "3450.00") == "98.00%"
    assert pct("436.50", "450.00") == "97.00%"
    for money, cols in ((YN_MONEY, (1, 2, 3)), (GZ_MONEY, (1, 2, 3)), (SN_MONEY, (1, 2))):
        for col in cols:
            assert dsum([money[0][col]]) == dsum([m[col] for m in money[1:]]), (money[0], col)
    for ind in (YN_INDICATORS, GZ_INDICATORS, SN_INDICATORS):
        assert all(Decimal(i[-1]) <= Decimal(i[-2]) for i in ind)
        assert dsum([i[-2] for i in ind]) + 10 == 100


# ----------------------------------------------------------------------------- clean forms
@pytest.mark.parametrize("layout", list(BUILD))
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_clean(tmp_path, layout, fmt):
    f = BUILD[layout]()
    made = {"xlsx": xlsx_file, "docx": docx_file, "pdf": pdf_made}[fmt](tmp_path, f)
    clean(made, tmp_path, f)


def test_all_three_on_one_sheet(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(xlsx_file(tmp_path, *forms), tmp_path, *forms)


def test_all_three_in_one_word_document(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(docx_file(tmp_path, *forms), tmp_path, *forms)


def test_all_three_on_consecutive_pdf_pages(tmp_path):
    forms = [b() for b in BUILD.values()]
    clean(pdf_made(tmp_path, *forms), tmp_path, *forms)


@pytest.mark.parametrize("style", ["full", "ascii", "bare"])
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_yn_total_with_its_grade_in_brackets_is_read(tmp_path, style, fmt):
    """'95.5分（优）' in the 总分's score cell: the 总分 read is 95.5."""
    f = form_yn(style=style)
    made = {"xlsx": xlsx_file, "docx": docx_file, "pdf": pdf_made}[fmt](tmp_path, f)
    clean(made, tmp_path, f)
    assert [form.total_score.value for form in read_forms(made[0])] == [Decimal("95.5")]


def test_yn_with_a_grade_row_as_well(tmp_path):
    f = form_yn(grade_row=True)
    clean(xlsx_file(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("layout", list(BUILD))
@pytest.mark.parametrize("at", ["in-output", "before-total"])
@pytest.mark.parametrize("repeat", [True, False], ids=["header-again", "no-header"])
def test_over_two_sheets_the_second_untitled(tmp_path, layout, at, repeat):
    f = BUILD[layout]()
    clean(bare_second_sheet_file(tmp_path, f, cuts(f)[at], repeat), tmp_path, f)


@pytest.mark.parametrize("layout", list(BUILD))
@pytest.mark.parametrize("at", ["in-output", "before-total"])
@pytest.mark.parametrize("repeat", [True, False], ids=["header-again", "no-header"])
def test_over_two_word_tables_without_a_caption(tmp_path, layout, at, repeat):
    f = BUILD[layout]()
    clean(docx_file(tmp_path, f, split=cuts(f)[at], repeat=repeat), tmp_path, f)


@pytest.mark.parametrize("layout", list(BUILD))
@pytest.mark.parametrize("repeat", [True, False], ids=["header-again", "no-header"])
def test_over_two_pdf_pages(tmp_path, layout, repeat):
    f = BUILD[layout]()
    clean(pdf_made(tmp_path, f, cut=cuts(f)["in-output"], repeat=header_row(f) if repeat else None), tmp_path, f)


# ----------------------------------------------------------------------------- planted errors
def yn_score_over():
    return relabelled(pinned(YN_INDICATORS, "项目完成时限", 6, "11.0"), "完成退化林修复面积", 6, "9.0")


PLANTED = [
    # YN (云南, 总分 "95.5分（优）")
    ("YN-total", "YN", dict(total=Pin("96.5")), "PRF104", ()),
    ("YN-grade", "YN", dict(grade=Pin("良")), "PRF106", ()),
    ("YN-rate", "YN", dict(money=money_set(YN_MONEY, "年度资金总额", 5, "95.00%")), "PRF004", ("PRF107",)),
    ("YN-score-over", "YN", dict(indicators=yn_score_over()), "PRF103", ()),
    ("YN-rate-score", "YN", dict(money=money_set(YN_MONEY, "年度资金总额", 6, "9.9"), total="96.0"), "PRF107", ()),
    ("YN-parts", "YN", dict(money=parts_wrong(YN_MONEY, "省本级财政资金", 3, "250.00")), "PRF001", ()),
    # GZ (贵州 部门整体)
    ("GZ-total", "GZ", dict(total=Pin("96.3")), "PRF104", ()),
    ("GZ-grade", "GZ", dict(grade=Pin("良")), "PRF106", ()),
    ("GZ-rate", "GZ", dict(money=money_set(GZ_MONEY, "年度资金总额", 4, "97.00%")), "PRF004", ("PRF107",)),
    ("GZ-score-over", "GZ", dict(indicators=relabelled(pinned(GZ_INDICATORS, "登记差错率", 6, "12"),
                                                       "开展自然资源执法检查", 6, "8")), "PRF103", ()),
    ("GZ-rate-score", "GZ", dict(money=money_set(GZ_MONEY, "年度资金总额", 6, "10"), total="97.5"), "PRF107", ()),
    ("GZ-parts", "GZ", dict(money=parts_wrong(GZ_MONEY, "项目支出", 3, "913.00")), "PRF001", ()),
    # SN (陕西, 执行率（%）)
    ("SN-total", "SN", dict(total=Pin("97.2")), "PRF104", ()),
    ("SN-grade", "SN", dict(grade=Pin("良")), "PRF106", ()),
    ("SN-rate", "SN", dict(money=money_set(SN_MONEY, "资金总额", 3, Txt("96.00"))), "PRF004", ("PRF107",)),
    ("SN-score-over", "SN", dict(indicators=relabelled(pinned(SN_INDICATORS, "疫情报告时限", 6, "10.5"),
                                                       "哨点年均运行成本", 6, "9.5")), "PRF103", ()),
    ("SN-rate-score", "SN", dict(money=money_set(SN_MONEY, "资金总额", 5, "9.9"), total="98.4"), "PRF107", ()),
    ("SN-parts", "SN", dict(money=parts_wrong(SN_MONEY, "其他资金", 2, "48.50")), "PRF001", ()),
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


PDF_CASES = {"YN-total", "YN-grade", "YN-parts", "GZ-rate", "GZ-score-over", "SN-rate-score", "SN-parts", "SN-total"}


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


@pytest.mark.parametrize("layout,edit,code", [
    ("YN", dict(total=Pin("96.5")), "PRF104"),
    ("GZ", dict(indicators=relabelled(pinned(GZ_INDICATORS, "耕地保有量", 6, "16"), "登记差错率", 6, "9")), "PRF103"),
    ("SN", dict(total=Pin("97.2")), "PRF104"),
], ids=["YN-total", "GZ-score-over", "SN-total"])
@pytest.mark.parametrize("repeat", [True, False], ids=["header-again", "no-header"])
def test_planted_on_the_untitled_second_sheet(tmp_path, layout, edit, code, repeat):
    """The error sits on "Sheet2" (no title there): found there, under the form's name, nothing else."""
    f = BUILD[layout](**edit)
    path, pins = bare_second_sheet_file(tmp_path, f, cuts(f)["in-output"], repeat)
    found = check(path, tmp_path)
    assert codes(found) == [code], codes(found)
    assert pins[0] in [where_sheet(x) for x in found if x.code == code]
    name = f["rows"][0][1]
    assert all(name in x.message for x in found if x.code == code), [x.message for x in found]


@pytest.mark.parametrize("layout,edit,code", [
    ("YN", dict(total=Pin("96.5")), "PRF104"),
    ("GZ", dict(money=parts_wrong(GZ_MONEY, "项目支出", 3, "913.00")), "PRF001"),
    ("SN", dict(indicators=relabelled(pinned(SN_INDICATORS, "突发疫情规范处置率", 6, "21.0"), "疫情报告时限", 6, "9.0")),
     "PRF103"),
], ids=["YN-total", "GZ-parts", "SN-score-over"])
def test_planted_over_two_word_tables(tmp_path, layout, edit, code):
    f = BUILD[layout](**edit)
    judge(docx_file(tmp_path, f, split=cuts(f)["in-output"], repeat=False), tmp_path, code)


@pytest.mark.parametrize("style", ["full", "ascii", "bare"])
def test_yn_wrong_total_with_its_grade_in_brackets(tmp_path, style):
    judge(xlsx_file(tmp_path, form_yn(style=style, total=Pin("96.5"))), tmp_path, "PRF104")


def test_yn_wrong_grade_in_the_brackets_of_the_total(tmp_path):
    """'95.5分（良）': 95.5 is 优."""
    judge(xlsx_file(tmp_path, form_yn(grade=Pin("良"))), tmp_path, "PRF106")
