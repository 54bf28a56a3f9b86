"""Held-out 绩效自评表 batch (session 9, s9forms), written from the domain notes and how departments fill
these forms BEFORE reading recognize/forms.py or recognize/form_specs.py.

Layouts (none is one of make_forms.py's 中央式/四川式/河北式 or the seed's):
  A  财政部 2021 项目支出绩效自评表: 项目名称/主管部门/实施单位; 项目资金（万元） block with 年初预算数 ·
     全年预算数 · 全年执行数 · 分值 · 执行率 · 得分 and rows 年度资金总额 · 其中：当年财政拨款 · 上年结转资金 ·
     其他资金; 年度总体目标 预期目标/实际完成情况; 绩效指标 一级/二级/三级/年度指标值/实际完成值/分值/得分/
     偏差原因分析及改进措施 (一级、二级 merged over many rows, or repeated on every row); 总分; 评价等级.
     执行率 written "98.5%", 0.985 (shown 0.0%), 0.985 (plain) or "98.50".  In xlsx and in Word.
  A' the same with 产出 40 / 效益 40 / 满意度 10 (a department's own weights: Σ分值 of each 一级 is its weight).
  B  部门整体支出绩效自评表: 部门（单位）名称; 年度预算执行情况（万元） with rows 年度资金总额 · 其中：基本支出 ·
     项目支出; blank 分值/得分 for qualitative rows; total row "总分（满分100分）".  xlsx and Word.
  C  a county form: 预算数 · 执行数 · 执行率（%） written "98.50"; 权重 instead of 分值; scores with one decimal;
     一级 "产出指标（50分）" merged; 预算执行率 as an indicator row; 总分 row after the indicators, or
     "自评总分 | 95.8 | 评价等级 | 优" placed BEFORE the indicators.  xlsx and Word.
  D  two A forms on one sheet.

Each clean form must draw no error and no warning; each planted error must be caught with its code.

First run on main f70e983 (before any fix): 56 cases.
  15 clean forms, 3 with false errors: A with 执行率 written as the text "0.985" (read as 0.985 % → PRF004 ×3,
  PRF107); B (部门整体) in xlsx and Word (项目支出 not a part of 年度资金总额 → PRF001 ×3; "总分（满分100分）" taken
  for a 一级指标 → PRF102 and 总分 missing → PRF202; 部门（单位）名称 not a name → PRF202).
  41 planted errors, 5 not caught with their code (B total ×2 and B grade ×2: only the false PRF001/PRF102/
  PRF202; D in Word: the second form's PRF104, same cause); 0 missed silently.
Fixed (forms.py, form_specs.py): 部门（单位）名称 names a form without 项目名称; "总分（满分100分）" is the total;
a line after a 其中 line, with amounts and a short label, is a part; a text rate "0.985" under a header without
"(%)" is a fraction.
Second round (30 cases written after those fixes, again before changing code; "second round" below): on f70e983
7 fail (the B ones for the same causes, plus: 其中：中央补助资金 / 省级资金 / 市县资金 → false PRF001; "20分"/"18.5分"
in 分值/得分 cells → false PRF201; "自评总分：95.8" in one cell → false PRF202; a 总分 above the indicators with
a 填报人 line after them → false PRF202); after the first fixes 3 of them still failed (unit, inline, 填报人),
fixed in turn. Now 86/86 pass.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from docx import Document
from openpyxl import Workbook

from helpers import docx_cells, merge_docx
from test_forms_support import check, merge_grid, problems, spans


# ----------------------------------------------------------------------------- grid builder
class Txt(str):
    """A cell written as text even when it looks like a number."""


class Num:
    """A number written with its own number format (e.g. 0.985 shown as 98.5%)."""

    def __init__(self, value, fmt):
        self.value, self.fmt = value, fmt


L, U = "<", "^"  # merged into the cell on the left / above
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def width(rows):
    return max(len(r) for r in rows)


def pad(rows):
    w = width(rows)
    return [list(r) + [None] * (w - len(r)) for r in rows]


def write_xlsx(ws, rows, top=1, left=1):
    rows = pad(rows)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v in (L, U) or v is None or v == "":
                continue
            cell = ws.cell(row=top + r, column=left + c)
            if isinstance(v, Num):
                cell.value, cell.number_format = v.value, v.fmt
            elif isinstance(v, Txt):
                cell.value = str(v)
            elif isinstance(v, str) and NUMBER.match(v):
                d = Decimal(v)
                places = -d.as_tuple().exponent
                cell.value = int(d) if places <= 0 else float(d)
                cell.number_format = "0" if places <= 0 else "0." + "0" * places
            else:
                cell.value = v
    merge_grid(ws, rows, top, left)
    return top + len(rows)


def book(*forms, gap=2):
    """One sheet holding the forms one below the other."""
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    top = 1
    for f in forms:
        top = write_xlsx(ws, f, top=top) + gap
    return wb


def text_of(v):
    if isinstance(v, Num):
        return format(v.value)
    return "" if v is None else str(v)


def docx_of(*forms, folder, name="绩效自评.docx"):
    """A Word document: the form's title lines as paragraphs, the rest as one table with merged cells."""
    doc = Document()
    doc.add_paragraph("附件")
    for f in forms:
        body = [r for r in f]
        while body and len([v for v in body[0] if v not in (L, U, None, "")]) == 1 and body[0][0] not in (
            L,
            U,
        ) and any(k in str(body[0][0]) for k in ("自评表", "年度）")):
            doc.add_paragraph(str(body[0][0]))
            body = body[1:]
        body = pad(body)
        t = doc.add_table(rows=len(body), cols=width(body))
        t.style = "Table Grid"
        merge_docx(t, spans(body).items())
        cell = docx_cells(t)
        for r, row in enumerate(body):
            for c, v in enumerate(row):
                if v in (L, U) or v is None:
                    continue
                cell(r, c).text = text_of(v)
        doc.add_paragraph("")
    path = folder / name
    doc.save(path)
    return path


# ----------------------------------------------------------------------------- layout A (财政部 2021)
A_MONEY = [
    ("年度资金总额", "200.00", "200.00", "197.00", "10", "98.5%", "9.85"),
    ("其中：当年财政拨款", "180.00", "180.00", "177.00", "—", "98.3%", "—"),
    ("上年结转资金", "20.00", "20.00", "20.00", "—", "100.0%", "—"),
    ("其他资金", "0.00", "0.00", "0.00", "—", "", "—"),
]
A_INDICATORS = [
    ("产出指标", "数量指标", "培训人次", "≥1000人次", "1050人次", "20", "20", ""),
    ("产出指标", "质量指标", "培训合格率", "≥95%", "97%", "15", "15", ""),
    ("产出指标", "时效指标", "培训按期完成率", "100%", "100%", "10", "10", ""),
    ("产出指标", "成本指标", "人均培训成本", "≤2000元", "1876元", "5", "5", ""),
    ("效益指标", "社会效益指标", "参训人员就业率提升", "≥3%", "2.6%", "20", "16", "受经济形势影响，部分企业用工需求下降"),
    ("效益指标", "可持续影响指标", "培训长效机制", "建立", "已建立", "10", "10", ""),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", "10", "10", ""),
]


def form_a(**o):
    v = dict(
        name="职业技能提升培训专项",
        dept="某市人力资源和社会保障局",
        unit="某市职业技能鉴定指导中心",
        money=A_MONEY,
        indicators=A_INDICATORS,
        total=("100", "95.85"),
        grade="优",
        merge=True,
        year="2021",
    )
    v.update(o)
    rows = [
        ["项目支出绩效自评表", L, L, L, L, L, L, L, L],
        [f"（{v['year']}年度）", L, L, L, L, L, L, L, L],
        ["项目名称", v["name"], L, L, L, L, L, L, L],
        ["主管部门", v["dept"], L, L, "实施单位", v["unit"], L, L, L],
        ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", L],
    ]
    for m in v["money"]:
        rows.append([U, *m, L])
    rows += [
        ["年度总体目标", "预期目标", L, L, L, "实际完成情况", L, L, L],
        [U, "开展职业技能培训1000人次以上，培训合格率不低于95%。", L, L, L, "全年培训1050人次，合格率97%。", L, L, L],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    prev = (None, None)
    for ind in v["indicators"]:
        one, two = ind[0], ind[1]
        cells = list(ind)
        if v["merge"]:
            if one == prev[0]:
                cells[0] = U
                if two == prev[1]:
                    cells[1] = U
        prev = (one, two)
        rows.append([U, *cells])
    rows.append(["总分", L, L, L, L, L, v["total"][0], v["total"][1], None])
    if v["grade"] is not None:
        rows.append(["评价等级", v["grade"], L, L, L, L, L, L, L])
    return rows


def money_a(rate_style):
    """The A block's rows with the rates written in one style, each rounded as a clerk would."""
    exact = {"total": Decimal(197) / 200, "fin": Decimal(177) / 180, "carry": Decimal(1)}

    def r(key):
        frac = exact[key]
        if rate_style == "text%":
            return format(frac * 100, ".1f") + "%"
        if rate_style == "fraction-formatted":
            return Num(float(frac), "0.0%")  # the formula's value, shown 98.5%
        if rate_style == "fraction-plain":
            return Txt(format(frac, ".3f"))  # "0.985"
        return Txt(format(frac * 100, ".2f"))  # "98.50"

    return [
        ("年度资金总额", "200.00", "200.00", "197.00", "10", r("total"), "9.85"),
        ("其中：当年财政拨款", "180.00", "180.00", "177.00", "—", r("fin"), "—"),
        ("上年结转资金", "20.00", "20.00", "20.00", "—", r("carry"), "—"),
        ("其他资金", "0.00", "0.00", "0.00", "—", "", "—"),
    ]


def with_money(row_label, col, value, money=None):
    """A copy of the A money rows with one cell changed (col 0 年初 … 5 得分)."""
    out = []
    for m in money or A_MONEY:
        m = list(m)
        if m[0] == row_label:
            m[1 + col] = value
        out.append(tuple(m))
    return out


def with_indicator(third, col, value, indicators=None):
    """A copy of the A indicators with one cell changed (col 3 指标值, 4 实际, 5 分值, 6 得分)."""
    out = []
    for i in indicators or A_INDICATORS:
        i = list(i)
        if i[2] == third:
            i[col] = value
        out.append(tuple(i))
    return out



# planted errors on A: (id, form_a overrides, expected code)
A_PLANTED = [
    ("total", dict(total=("100", "97.85")), "PRF104"),
    ("rate", dict(money=with_money("年度资金总额", 4, "96.5%")), "PRF004"),
    ("score-over", dict(indicators=with_indicator("培训合格率", 6, "18"), total=("100", "98.85")), "PRF103"),
    (
        "exec-over",
        dict(
            money=[
                ("年度资金总额", "200.00", "200.00", "210.00", "10", "105.0%", "10"),
                ("其中：当年财政拨款", "180.00", "180.00", "190.00", "—", "105.6%", "—"),
                ("上年结转资金", "20.00", "20.00", "20.00", "—", "100.0%", "—"),
                ("其他资金", "0.00", "0.00", "0.00", "—", "", "—"),
            ],
            total=("100", "96"),
        ),
        "PRF003",
    ),
    ("grade", dict(grade="良"), "PRF106"),
    ("parts", dict(money=with_money("其中：当年财政拨款", 1, "170.00")), "PRF001"),
]


def codes(findings):
    return sorted({c for c, _, _ in problems(findings)})


# ----------------------------------------------------------------------------- A: clean
@pytest.mark.parametrize("style", ["text%", "fraction-formatted", "fraction-plain", "percent-number"])
def test_a_clean_xlsx_every_rate_style(tmp_path, style):
    assert problems(check(book(form_a(money=money_a(style))), tmp_path)) == []


def test_a_clean_xlsx_labels_repeated_on_every_row(tmp_path):
    assert problems(check(book(form_a(merge=False)), tmp_path)) == []


def test_a_clean_docx(tmp_path):
    assert problems(check(docx_of(form_a(), folder=tmp_path), tmp_path)) == []


def test_a_clean_without_grade_row_xlsx(tmp_path):
    # the 财政部 form itself has no 评价等级 row: its absence is no error
    assert problems(check(book(form_a(grade=None)), tmp_path)) == []


# ----------------------------------------------------------------------------- A: planted
@pytest.mark.parametrize("case", A_PLANTED, ids=[c[0] for c in A_PLANTED])
def test_a_planted_xlsx(tmp_path, case):
    _, over, code = case
    assert code in codes(check(book(form_a(**over)), tmp_path))


@pytest.mark.parametrize("case", A_PLANTED, ids=[c[0] for c in A_PLANTED])
def test_a_planted_docx(tmp_path, case):
    _, over, code = case
    assert code in codes(check(docx_of(form_a(**over), folder=tmp_path), tmp_path))


@pytest.mark.parametrize("style", ["fraction-formatted", "fraction-plain", "percent-number"])
def test_a_wrong_rate_in_every_style(tmp_path, style):
    money = money_a(style)
    wrong = {"fraction-formatted": Num(0.965, "0.0%"), "fraction-plain": Txt("0.965"), "percent-number": Txt("96.50")}
    money[0] = money[0][:5] + (wrong[style],) + money[0][6:]
    assert "PRF004" in codes(check(book(form_a(money=money)), tmp_path))


def test_a_rounded_rate_is_right(tmp_path):
    # 177 / 180 = 98.333…%: "98.3%" is right, and so is 98.5 % for 197 / 200; one more decimal stays right
    money = with_money("其中：当年财政拨款", 4, "98.33%")
    assert problems(check(book(form_a(money=money)), tmp_path)) == []


# ----------------------------------------------------------------------------- A': the department's own weights
A2_INDICATORS = [
    ("产出指标", "数量指标", "巡查河道里程", "≥800公里", "820公里", "20", "20", ""),
    ("产出指标", "质量指标", "问题整改率", "≥90%", "92%", "10", "10", ""),
    ("产出指标", "时效指标", "问题整改及时率", "≥90%", "95%", "10", "10", ""),
    ("效益指标", "生态效益指标", "水质达标率", "≥85%", "90%", "20", "20", ""),
    ("效益指标", "社会效益指标", "河湖长制知晓率", "≥80%", "75%", "20", "17", "宣传覆盖面不足，下年度加强进村宣传"),
    ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "91%", "10", "10", ""),
]


def test_a2_clean_weights_of_the_department(tmp_path):
    f = form_a(indicators=A2_INDICATORS, total=("100", "96.85"), name="河湖长制工作经费")
    assert problems(check(book(f), tmp_path)) == []


def test_a2_total_wrong(tmp_path):
    f = form_a(indicators=A2_INDICATORS, total=("100", "95.85"), name="河湖长制工作经费")
    assert "PRF104" in codes(check(book(f), tmp_path))


# ----------------------------------------------------------------------------- B (部门整体支出)
def form_b(**o):
    v = dict(
        money=[
            ("年度资金总额", "5000.00", "5200.00", "5096.00", "10", "98.0%", "9.8"),
            ("其中：基本支出", "3000.00", "3000.00", "2990.00", None, "99.7%", None),
            ("项目支出", "2000.00", "2200.00", "2106.00", None, "95.7%", None),
        ],
        indicators=[
            ("产出指标", "数量指标", "义务教育学校覆盖数", "120所", "120所", "15", "15"),
            ("产出指标", "数量指标", "教师培训人次", "≥3000人次", "3200人次", "10", "10"),
            ("产出指标", "质量指标", "义务教育巩固率", "≥99%", "99.2%", "10", "10"),
            ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", "10", "9.5"),
            ("效益指标", "社会效益指标", "适龄儿童入学率", "100%", "100%", "15", "15"),
            ("效益指标", "社会效益指标", "教育公平程度", "定性", "明显提高", None, None),
            ("效益指标", "可持续影响指标", "办学条件持续改善", "持续改善", "持续改善", "15", "13.5"),
            ("效益指标", "可持续影响指标", "家校共育机制", "定性", "基本建立", None, None),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "92%", "15", "15"),
        ],
        total=("100", "97.8"),
        grade="优",
        label="总分（满分100分）",
    )
    v.update(o)
    rows = [
        ["部门整体支出绩效自评表", L, L, L, L, L, L, L],
        ["（2022年度）", L, L, L, L, L, L, L],
        ["部门（单位）名称", "某县教育局", L, L, L, L, L, L],
        ["年度预算执行情况（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    for m in v["money"]:
        rows.append([U, *m])
    rows += [
        ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
        [U, "保障全县义务教育学校正常运转，巩固率不低于99%。", L, L, "全县120所学校正常运转，巩固率99.2%。", L, L, L],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    prev = None
    for ind in v["indicators"]:
        cells = list(ind) + [None]
        if ind[0] == prev:
            cells[0] = U
        prev = ind[0]
        rows.append(cells)
    rows.append([v["label"], L, L, L, L, v["total"][0], v["total"][1], None])
    rows.append(["评价等级", v["grade"], L, L, L, L, L, L])
    return rows


B_PLANTED = [
    ("total", dict(total=("100", "95.3")), "PRF104"),
    (
        "rate",
        dict(
            money=[
                ("年度资金总额", "5000.00", "5200.00", "5096.00", "10", "89.0%", "8.9"),
                ("其中：基本支出", "3000.00", "3000.00", "2990.00", None, "99.7%", None),
                ("项目支出", "2000.00", "2200.00", "2106.00", None, "95.7%", None),
            ],
            total=("100", "96.9"),
        ),
        "PRF004",
    ),
    (
        "parts",
        dict(
            money=[
                ("年度资金总额", "5000.00", "5200.00", "5096.00", "10", "98.0%", "9.8"),
                ("其中：基本支出", "3000.00", "3000.00", "2990.00", None, "99.7%", None),
                ("项目支出", "2000.00", "2300.00", "2106.00", None, "91.6%", None),
            ]
        ),
        "PRF001",
    ),
    ("grade", dict(grade="中"), "PRF106"),
]


def test_b_clean_xlsx(tmp_path):
    assert problems(check(book(form_b()), tmp_path)) == []


def test_b_clean_docx(tmp_path):
    assert problems(check(docx_of(form_b(), folder=tmp_path), tmp_path)) == []


@pytest.mark.parametrize("case", B_PLANTED, ids=[c[0] for c in B_PLANTED])
def test_b_planted_xlsx(tmp_path, case):
    _, over, code = case
    assert code in codes(check(book(form_b(**over)), tmp_path))


@pytest.mark.parametrize("case", B_PLANTED, ids=[c[0] for c in B_PLANTED])
def test_b_planted_docx(tmp_path, case):
    _, over, code = case
    assert code in codes(check(docx_of(form_b(**over), folder=tmp_path), tmp_path))


# ----------------------------------------------------------------------------- C (county form: 权重, one decimal)
C_INDICATORS = [
    ("产出指标（50分）", "数量指标", "新建供水管网", "45公里", "45公里", "15", "15.0"),
    ("产出指标（50分）", "数量指标", "受益人口", "1.2万人", "1.2万人", "10", "10.0"),
    ("产出指标（50分）", "质量指标", "工程验收合格率", "100%", "100%", "10", "10.0"),
    ("产出指标（50分）", "时效指标", "工程完工及时率", "100%", "95%", "10", "9.5"),
    ("产出指标（50分）", "成本指标", "工程总成本", "≤350万元", "344.75万元", "5", "5.0"),
    ("效益指标（30分）", "社会效益指标", "农村自来水普及率", "≥90%", "91.5%", "15", "15.0"),
    ("效益指标（30分）", "可持续影响指标", "工程设计使用年限", "≥15年", "15年", "15", "13.5"),
    ("满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥90%", "88%", "10", "8.0"),
    ("预算执行率（10分）", "预算执行率", "预算执行率", "100%", "98.50%", "10", "9.8"),
]


def form_c(**o):
    v = dict(
        money=[
            ("资金总额", "350.00", "344.75", Txt("98.50")),
            ("其中：财政资金", "300.00", "294.75", Txt("98.25")),
            ("其他资金", "50.00", "50.00", Txt("100.00")),
        ],
        indicators=C_INDICATORS,
        total="95.8",
        grade="优",
        total_first=False,
    )
    v.update(o)
    rows = [
        ["2022年度项目支出绩效自评表", L, L, L, L, L, L, L],
        ["项目名称", "农村饮水安全巩固提升工程", L, L, L, L, L, L],
        ["主管部门", "某县水利局", L, L, "实施单位", "某县农村供水管理站", L, L],
        ["资金类别", "预算数", "执行数", "执行率（%）", None, None, None, None],
    ]
    for m in v["money"]:
        rows.append([*m, None, None, None, None])
    if v["total_first"]:
        rows.append(["自评总分", v["total"], L, L, "评价等级", v["grade"], L, L])
    rows.append(["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重", "得分", "未完成原因分析"])
    prev = (None, None)
    for ind in v["indicators"]:
        cells = list(ind) + [None]
        if ind[0] == prev[0]:
            cells[0] = U
            if ind[1] == prev[1]:
                cells[1] = U
        prev = (ind[0], ind[1])
        rows.append(cells)
    if not v["total_first"]:
        rows.append(["总分", L, L, L, L, "100", v["total"], None])
        rows.append(["评价等级", v["grade"], L, L, L, L, L, L])
    return rows


def c_indicator(third, col, value):
    return [tuple(value if (i[2] == third and k == col) else x for k, x in enumerate(i)) for i in C_INDICATORS]


C_PLANTED = [
    ("total", dict(total="97.8"), "PRF104"),
    ("score-over", dict(indicators=c_indicator("受益人口", 6, "12.0"), total="97.8"), "PRF103"),
    ("rate-score-cap", dict(indicators=c_indicator("预算执行率", 6, "10.0"), total="96.0"), "PRF107"),
    ("rate-indicator", dict(indicators=c_indicator("预算执行率", 4, "95.00%")), "PRF006"),
    (
        "rate",
        dict(
            money=[
                ("资金总额", "350.00", "344.75", Txt("95.80")),
                ("其中：财政资金", "300.00", "294.75", Txt("98.25")),
                ("其他资金", "50.00", "50.00", Txt("100.00")),
            ]
        ),
        "PRF004",
    ),
    ("grade", dict(grade="良"), "PRF106"),
]


@pytest.mark.parametrize("first", [False, True], ids=["total-after", "total-before"])
def test_c_clean_xlsx(tmp_path, first):
    assert problems(check(book(form_c(total_first=first)), tmp_path)) == []


def test_c_clean_docx(tmp_path):
    assert problems(check(docx_of(form_c(), folder=tmp_path), tmp_path)) == []


@pytest.mark.parametrize("first", [False, True], ids=["total-after", "total-before"])
@pytest.mark.parametrize("case", C_PLANTED, ids=[c[0] for c in C_PLANTED])
def test_c_planted_xlsx(tmp_path, case, first):
    _, over, code = case
    assert code in codes(check(book(form_c(total_first=first, **over)), tmp_path))


@pytest.mark.parametrize("case", C_PLANTED[:3], ids=[c[0] for c in C_PLANTED[:3]])
def test_c_planted_docx(tmp_path, case):
    _, over, code = case
    assert code in codes(check(docx_of(form_c(**over), folder=tmp_path), tmp_path))


# ----------------------------------------------------------------------------- D (two forms on one sheet)
def second_a(**o):
    return form_a(
        name="公共就业服务能力提升项目",
        indicators=A2_INDICATORS,
        total=o.pop("total", ("100", "96.85")),
        **o,
    )


def test_d_two_clean_forms_on_one_sheet(tmp_path):
    assert problems(check(book(form_a(), second_a()), tmp_path)) == []


def test_d_error_in_the_second_form_only(tmp_path):
    found = problems(check(book(form_a(), second_a(total=("100", "90.85"))), tmp_path))
    assert [c for c, _, _ in found] == ["PRF104"]
    # the judged cell is the second form's 总分 (below the first form's 24 rows)
    row = int(re.sub(r"\D", "", found[0][2]))
    assert row > len(form_a())


def test_d_two_forms_in_one_word_document(tmp_path):
    path = docx_of(form_a(), form_b(total=("100", "95.3")), folder=tmp_path)
    assert [c for c, _, _ in problems(check(path, tmp_path))] == ["PRF104"]


# ----------------------------------------------------------------------------- second round (after the first fixes)
def test_a_initial_budget_differs_from_the_full_year_budget(tmp_path):
    # 年初预算数 150, adjusted during the year to 200: the rate is 执行数 ÷ 全年预算数 (197 ÷ 200), not ÷ 年初
    money = [
        ("年度资金总额", "150.00", "200.00", "197.00", "10", "98.5%", "9.85"),
        ("其中：当年财政拨款", "150.00", "180.00", "177.00", "—", "98.3%", "—"),
        ("上年结转资金", "0.00", "20.00", "20.00", "—", "100.0%", "—"),
        ("其他资金", "0.00", "0.00", "0.00", "—", "", "—"),
    ]
    assert problems(check(book(form_a(money=money)), tmp_path)) == []


@pytest.mark.parametrize("grade,code", [("优秀", None), ("良好", "PRF106"), ("合格", "PRF106")])
def test_a_grade_written_in_two_characters(tmp_path, grade, code):
    # 优秀/良好/合格 is how many departments write the 财政部 bands 优/良/中
    found = codes(check(book(form_a(grade=grade)), tmp_path))
    assert found == ([code] if code else [])


def test_a_total_shown_with_one_decimal(tmp_path):
    # Σ得分 = 95.85; "95.9" is it rounded to one decimal
    assert problems(check(book(form_a(total=("100", "95.9"))), tmp_path)) == []


def test_b_full_marks_written_in_the_weight_cell(tmp_path):
    f = form_b(label="总分")
    for row in f:
        if row[0] == "总分":
            row[5] = "满分100分"
    assert problems(check(book(f), tmp_path)) == []
    f2 = form_b(label="总分", total=("满分100分", "95.3"))
    assert "PRF104" in codes(check(book(f2), tmp_path))


def docx_title_inside(form, folder):
    """A Word form whose title and year are the table's own first rows (merged across), as many are typed."""
    doc = Document()
    body = pad(form)
    t = doc.add_table(rows=len(body), cols=width(body))
    t.style = "Table Grid"
    merge_docx(t, spans(body).items())
    cell = docx_cells(t)
    for r, row in enumerate(body):
        for c, v in enumerate(row):
            if v not in (L, U) and v is not None:
                cell(r, c).text = text_of(v)
    path = folder / "表内标题.docx"
    doc.save(path)
    return path


def test_a_docx_title_inside_the_table(tmp_path):
    assert problems(check(docx_title_inside(form_a(), tmp_path), tmp_path)) == []
    assert "PRF104" in codes(check(docx_title_inside(form_a(total=("100", "97.85")), tmp_path), tmp_path))


def test_a_docx_headers_broken_over_two_lines(tmp_path):
    f = form_a()
    for row in f:
        for i, v in enumerate(row):
            if v in ("年初预算数", "全年预算数", "全年执行数", "年度指标值", "实际完成值"):
                row[i] = v[:2] + "\n" + v[2:]
    assert problems(check(docx_of(f, folder=tmp_path), tmp_path)) == []
    f[5][6] = "96.5%"  # 年度资金总额's 执行率
    assert "PRF004" in codes(check(docx_of(f, folder=tmp_path), tmp_path))


def test_a_transfer_project_split_by_level_of_government(tmp_path):
    # 其中：中央补助资金 / 省级资金 / 市县资金: the parts after 其中 carry no word of a known source
    money = [
        ("年度资金总额", "500.00", "500.00", "480.00", "10", "96.0%", "9.6"),
        ("其中：中央补助资金", "300.00", "300.00", "300.00", "—", "100.0%", "—"),
        ("省级资金", "150.00", "150.00", "140.00", "—", "93.3%", "—"),
        ("市县资金", "50.00", "50.00", "40.00", "—", "80.0%", "—"),
    ]
    assert problems(check(book(form_a(money=money, total=("100", "95.6"))), tmp_path)) == []
    money[3] = ("市县资金", "50.00", "60.00", "40.00", "—", "66.7%", "—")
    assert "PRF001" in codes(check(book(form_a(money=money, total=("100", "95.6"))), tmp_path))


def test_b_blank_score_for_a_qualitative_row_with_a_weight(tmp_path):
    # a 定性 indicator not scored (得分 left blank): no arithmetic error; the 总分 counts the scores written
    inds = [
        ("产出指标", "数量指标", "义务教育学校覆盖数", "120所", "120所", "15", "15"),
        ("产出指标", "数量指标", "教师培训人次", "≥3000人次", "3200人次", "10", "10"),
        ("产出指标", "质量指标", "义务教育巩固率", "≥99%", "99.2%", "10", "10"),
        ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", "10", "9.5"),
        ("效益指标", "社会效益指标", "适龄儿童入学率", "100%", "100%", "15", "15"),
        ("效益指标", "社会效益指标", "教育公平程度", "定性", "明显提高", "5", None),
        ("效益指标", "可持续影响指标", "办学条件持续改善", "持续改善", "持续改善", "10", "9.5"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "92%", "15", "15"),
    ]
    assert problems(check(book(form_b(indicators=inds, total=("100", "93.8"))), tmp_path)) == []
    assert "PRF104" in codes(check(book(form_b(indicators=inds, total=("100", "98.8"))), tmp_path))


def test_a_points_written_with_their_unit(tmp_path):
    # Word forms often type "20分" / "18.5分" in the 分值 and 得分 cells
    inds = [tuple(x + "分" if k in (5, 6) and x else x for k, x in enumerate(i)) for i in A_INDICATORS]
    f = form_a(indicators=inds, total=("100分", "95.85分"))
    assert problems(check(docx_of(f, folder=tmp_path), tmp_path)) == []
    f = form_a(indicators=inds, total=("100分", "97.85分"))
    assert "PRF104" in codes(check(docx_of(f, folder=tmp_path), tmp_path))


def test_a_cost_as_a_first_level_indicator(tmp_path):
    # the newer framework: 成本指标 as a 一级 of its own (经济成本/社会成本/生态环境成本指标 under it)
    inds = [
        ("成本指标", "经济成本指标", "人均培训成本", "≤2000元", "1876元", "10", "10", ""),
        ("产出指标", "数量指标", "培训人次", "≥1000人次", "1050人次", "20", "20", ""),
        ("产出指标", "质量指标", "培训合格率", "≥95%", "97%", "10", "10", ""),
        ("产出指标", "时效指标", "培训按期完成率", "100%", "100%", "10", "10", ""),
        ("效益指标", "社会效益指标", "参训人员就业率提升", "≥3%", "2.6%", "20", "16", "受经济形势影响"),
        ("效益指标", "可持续影响指标", "培训长效机制", "建立", "已建立", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", "10", "10", ""),
    ]
    assert problems(check(book(form_a(indicators=inds)), tmp_path)) == []


def test_a_public_satisfaction_under_satisfaction(tmp_path):
    inds = [i if i[0] != "满意度指标" else ("满意度指标", "社会公众满意度指标", *i[2:]) for i in A_INDICATORS]
    assert problems(check(book(form_a(indicators=inds)), tmp_path)) == []


def test_c_total_and_grade_written_inline_before_the_indicators(tmp_path):
    f = form_c(total_first=True)
    for row in f:
        if row[0] == "自评总分":
            row[:] = ["自评总分：95.8", L, L, L, "评价等级：优", L, L, L]
    assert problems(check(book(f), tmp_path)) == []
    for row in f:
        if row[0] == "自评总分：95.8":
            row[0] = "自评总分：97.8"
    assert "PRF104" in codes(check(book(f), tmp_path))


def test_c_total_before_the_indicators_and_a_filler_line_after_them(tmp_path):
    f = form_c(total_first=True) + [["填报人：王敏", L, L, L, "联系电话：0311-8765432", L, L, L]]
    assert problems(check(book(f), tmp_path)) == []
    f = form_c(total_first=True, total="97.8") + [["填报人：王敏", L, L, L, "联系电话：0311-8765432", L, L, L]]
    assert "PRF104" in codes(check(book(f), tmp_path))


def test_a_rate_score_with_one_decimal(tmp_path):
    # 98.5 % × 10 = 9.85, written 9.9 with one decimal: rounding, not above the cap
    money = [("年度资金总额", "200.00", "200.00", "197.00", "10", "98.5%", "9.9")] + A_MONEY[1:]
    assert problems(check(book(form_a(money=money, total=("100", "95.9"))), tmp_path)) == []


def test_a_weight_and_score_merged_down_the_money_rows(tmp_path):
    # the 分值 10 and 得分 9.85 of 年度资金总额 merged over the 其中 rows, as the 财政部 form is often drawn
    money = [A_MONEY[0]] + [(m[0], m[1], m[2], m[3], U, m[5], U) for m in A_MONEY[1:]]
    assert problems(check(book(form_a(money=money)), tmp_path)) == []
    assert problems(check(docx_of(form_a(money=money), folder=tmp_path), tmp_path)) == []
    money[0] = A_MONEY[0][:6] + ("10.00",)  # a full 10.00 for 98.5 % (a bare "10" may be 9.85 rounded)
    assert "PRF107" in codes(check(book(form_a(money=money, total=("100", "96.00"))), tmp_path))


def test_b_with_the_main_tasks_of_the_year(tmp_path):
    # the 财政部 部门整体 form lists 年度主要任务 (任务名称 · 主要内容 · 完成情况) above the budget part
    tasks = [
        ["年度主要任务", "任务名称", L, "主要内容", L, L, "完成情况", L],
        [U, "义务教育保障", L, "保障120所学校正常运转", L, L, "已完成", L],
        [U, "教师队伍建设", L, "培训教师3000人次", L, L, "培训3200人次", L],
    ]
    f = form_b()
    f = f[:3] + tasks + f[3:]
    assert problems(check(book(f), tmp_path)) == []
    assert problems(check(docx_of(f, folder=tmp_path), tmp_path)) == []
    g = form_b(total=("100", "95.3"))
    g = g[:3] + tasks + g[3:]
    assert "PRF104" in codes(check(book(g), tmp_path))


@pytest.mark.parametrize("nil", ["—", "/", "-", "0", ""])
def test_a_no_money_of_a_source_written_as_a_dash(tmp_path, nil):
    money = A_MONEY[:3] + [("其他资金", nil, nil, nil, "—", nil, "—")]
    assert problems(check(book(form_a(money=money)), tmp_path)) == []
    assert problems(check(docx_of(form_a(money=money), folder=tmp_path), tmp_path)) == []


@pytest.mark.parametrize("title", ["2021年度项目支出绩效自评表", "项目支出绩效目标自评表", "专项资金绩效自评表",
                                   "项目绩效自评表", "附件2：项目支出绩效自评表", "项目支出绩效自评结果表"])
def test_a_title_wordings(tmp_path, title):
    f = form_a(total=("100", "97.85"))
    f[0] = [title] + f[0][1:]
    assert "PRF104" in codes(check(book(f), tmp_path))


def test_c_indicator_header_on_two_rows(tmp_path):
    def two_rows(f):
        out = []
        for row in f:
            if row[0] == "一级指标":
                out.append(["绩效指标", L, L, "指标值", "实际完成值", "权重", "得分", "未完成原因分析"])
                out.append(["一级指标", "二级指标", "三级指标", U, U, U, U, U])
            else:
                out.append(row)
        return out

    assert problems(check(book(two_rows(form_c())), tmp_path)) == []
    assert problems(check(docx_of(two_rows(form_c()), folder=tmp_path), tmp_path)) == []
    assert "PRF103" in codes(check(book(two_rows(form_c(indicators=c_indicator("受益人口", 6, "12.0"),
                                                            total="97.8"))), tmp_path))


def test_b_two_breakdowns_of_the_total(tmp_path):
    # 年度资金总额 broken down twice: by source (其中：财政拨款 / 其他资金) and by kind (其中：基本支出 / 项目支出);
    # each breakdown adds up to the total on its own
    money = [
        ("年度资金总额", "5000.00", "5200.00", "5096.00", "10", "98.0%", "9.8"),
        ("其中：财政拨款", "4800.00", "5000.00", "4900.00", None, "98.0%", None),
        ("其他资金", "200.00", "200.00", "196.00", None, "98.0%", None),
        ("其中：基本支出", "3000.00", "3000.00", "2990.00", None, "99.7%", None),
        ("项目支出", "2000.00", "2200.00", "2106.00", None, "95.7%", None),
    ]
    assert problems(check(book(form_b(money=money)), tmp_path)) == []
    money[4] = ("项目支出", "2000.00", "2300.00", "2106.00", None, "91.6%", None)
    assert "PRF001" in codes(check(book(form_b(money=money)), tmp_path))
    money[4] = ("项目支出", "2000.00", "2200.00", "2106.00", None, "95.7%", None)
    money[2] = ("其他资金", "200.00", "300.00", "196.00", None, "65.3%", None)
    assert "PRF001" in codes(check(book(form_b(money=money)), tmp_path))


def test_a_docx_with_a_unit_line_above_the_table(tmp_path):
    f = form_a()
    f = f[:2] + [["填报单位（盖章）：某市人力资源和社会保障局", L, L, L, L, L, L, "金额单位：万元", L]] + f[2:]
    assert problems(check(docx_of(f, folder=tmp_path), tmp_path)) == []
    assert problems(check(book(f), tmp_path)) == []
    g = form_a(money=with_money("年度资金总额", 4, "96.5%"))
    g = g[:2] + [["填报单位（盖章）：某市人力资源和社会保障局", L, L, L, L, L, L, "金额单位：万元", L]] + g[2:]
    assert "PRF004" in codes(check(docx_of(g, folder=tmp_path), tmp_path))


def test_a_headers_with_letters_for_the_formula(tmp_path):
    # 全年预算数（A） · 全年执行数（B） · 执行率（B/A）, as later 财政部 forms print them
    f = form_a()
    for row in f:
        for i, v in enumerate(row):
            row[i] = {"全年预算数": "全年预算数（A）", "全年执行数": "全年执行数（B）", "执行率": "执行率（B/A）"}.get(v, v)
    assert problems(check(book(f), tmp_path)) == []
    f[5][6] = "96.5%"
    assert "PRF004" in codes(check(book(f), tmp_path))


def test_a_without_a_rate_column(tmp_path):
    # no 执行率 printed: the 预算执行率 score is held to 执行数 ÷ 预算数 = 98.5 % × 10
    def drop_rate(f):
        for row in f:
            if row[0] == "项目资金（万元）":
                row[6] = L
            elif len(row) > 6 and row[0] == U and row[1] in [m[0] for m in A_MONEY]:
                row[6] = L if row[5] not in (U,) else U
        return f
    assert problems(check(book(drop_rate(form_a())), tmp_path)) == []
    money = [A_MONEY[0][:6] + ("10.00",)] + A_MONEY[1:]
    assert "PRF107" in codes(check(book(drop_rate(form_a(money=money, total=("100", "96.00")))), tmp_path))
