"""Held-out 绩效自评表 batch (session 10, s10forms), written from the domain notes and how departments fill these
forms BEFORE reading recognize/forms.py or recognize/form_specs.py.  Layouts the s9 batch does not have:

  E  a city's 项目支出绩效自评表: 项目名称 / 主管部门 / 实施单位; 资金情况（万元） with 年初预算数 · 调整后预算数 ·
     实际支出 · 分值 · 执行率 · 得分 and rows 资金总额 · 其中：财政拨款 · 其他资金 (其他资金 left blank); 年度总体目标;
     绩效指标 with 一级 · 二级 · 三级 · 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因分析及改进措施, 一级/二级
     merged down; 指标值 "≥1200人" "1次/年" "≥95%" "≤30天" "≤2000元" "是" "达标" "100%", some done over target;
     scores with one decimal; the 执行率 score = 分值 × 执行率 rounded to one decimal (9.2 for 91.74 %: above the
     exact 9.174 by rounding only); 总分 "97.3"; 评价等级.  Printed to PDF (ruled grid; on one page; split over two
     pages with the indicator header repeated on the second, or without it), in xlsx and in Word.
  F  a Word form with vertically merged 一级/二级 cells: 预算执行情况（万元） 预算数 · 执行数 · 执行率 (no score
     there); the 预算执行率 scored as the last indicator row (分值 10, 得分 9.5 for 95.40 %); 总分 written "97分" or
     "97.0" (merged over the 得分 and the 偏差 column or not).  Also in xlsx.
  H  a 部门整体支出绩效自评表: 部门名称; 年度预算执行情况（万元） 年初预算数 · 全年预算数 · 全年执行数 · 分值 ·
     执行率 · 得分 with rows 年度资金总额 · 其中：财政拨款 · 其他资金; indicators of a department's duties.
     xlsx, PDF and Word.
  M  several forms one after another on one sheet (E, F, H; a title row and one blank row between), and two forms
     printed on consecutive PDF pages.

Each clean form must draw no error and no warning; each planted error must be found with its code (other codes
only where the case names them: a letter score also leaves the total unequal to the sum, etc.).

First run on main bfe9217 (before any fix): 78 cases (24 clean, 54 planted), 12 failed.
  Clean: 2 of 24 drew false errors — E printed to PDF over two pages with the indicator header repeated on the
  second page: the repeated header row read as an indicator whose 分值/得分 are the words "分值"/"得分" (PRF201 ×2).
  Planted: 0 missed silently with no finding, 4 not caught with their code: a full 10 for the 预算执行率 at 95.40 %
  (F, docx and xlsx) or 97.70 % (H, xlsx and pdf) drew only a RND001 note (the score "10" taken as [9.5, 10.5]
  though the form's other scores have one decimal); 6 caught but with a false extra error: the same repeated
  header's PRF201 (4 split-PDF cases) and, where the shown 执行率 was wrong (H rate, xlsx and pdf), PRF107 capping a
  right score by the wrong shown rate (the one wrong figure reported twice).
Judged and fixed: the repeated header row is no indicator (forms.py). The H rate case names PRF107 beside PRF004, as
E's and F's did (PRF107 capped by the lower of the shown and the computed rate; since main a3e7b55, the lead's
review F7, a score that fits the higher rate is only a warning there). Kept: a whole 10 is rounding to whole points
(RND001) — those 4 cases are strict xfails, with a 10 at 85 % caught as PRF107. Session 11 (s11forms): where the
form's other scores carry decimals, a whole 10 the rounding to whole points alone explains is a PRF107 warning (the
form does not score with whole points; the cap always holds): the 4 xfails now pass (a note stays where every score
is whole).
Second round (11 cases, after reading forms.py): all passed at once. Third round (6 tests, after reading forms.py):
the 部门整体 form on the evaluation framework (投入 · 过程 · 产出 · 效益, 满意度 a 二级 of 效益) drew a false
PRF108 in all 3 clean formats and beside all 3 planted errors; fixed in checks/performance_scores.py.
Fourth round (after reading forms.py): the 总分 row labelled 总得分 / 综合得分 / 合计得分 was not found (false PRF102 and
PRF202 on clean forms) and the 评价等级 row labelled 绩效评级 / 评价级别 was not read (a wrong grade missed); two more
words first tried (总分值, 自评结果) were dropped as ambiguous (a weight total; a heading). Fixed in form_specs.py.
"""

from __future__ import annotations

import pytest
from docx import Document
from openpyxl import Workbook

from pdf_writer import PdfWriter, draw_table, table_widths, PrintedTable
from helpers import docx_cells, merge_docx
from test_forms_support import NUMBER, PERCENT, check, merge_grid, problems, spans, write_value

L, U = "<", "^"  # merged into the cell on the left / above
W = 8  # every form here is 8 columns wide


# ----------------------------------------------------------------------------- grid → xlsx / docx / pdf
def shown(v):
    return "" if v in (L, U, None) else str(v)


def to_xlsx(ws, form, top):
    """Writes a form (title lines, then its grid) from row `top`; returns the row after it."""
    for line in form["head"]:
        ws.cell(row=top, column=1, value=line)
        ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=W)
        top += 1
    rows = form["rows"]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v in (L, U, None, ""):
                continue
            write_value(ws.cell(row=top + r, column=1 + c), v)
    merge_grid(ws, rows, top)
    return top + len(rows)


def xlsx_file(folder, *forms, gap=1, name="自评表.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效自评表"
    top = 1
    for f in forms:
        top = to_xlsx(ws, f, top) + gap
    path = folder / name
    wb.save(path)
    return path


def docx_file(folder, *forms, name="自评表.docx"):
    """Title lines as paragraphs, the grid as one Word table with its merges (vertical ones too)."""
    doc = Document()
    doc.add_paragraph("附件2")
    for f in forms:
        for line in f["head"]:
            doc.add_paragraph(line)
        rows = f["rows"]
        t = doc.add_table(rows=len(rows), cols=W)
        t.style = "Table Grid"
        merge_docx(t, spans(rows).items())
        cell = docx_cells(t)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v not in (L, U, None, ""):
                    cell(r, c).text = v
        doc.add_paragraph("")
    path = folder / name
    doc.save(path)
    return path


def pdf_merges(rows, lo, hi):
    """Merges of rows[lo:hi] (0-based within the part); a merge crossing the cut keeps its text in its first part
    only (a Word table split over two pages leaves the continued merged cell empty)."""
    out = []
    for (r, c), (r2, c2) in spans(rows).items():
        a, b = max(r, lo), min(r2, hi - 1)
        if a > b or (a == b and c == c2):
            continue
        out.append((a - lo, c, b - lo, c2))
    return out


def wrapped(v, chars):
    """Text longer than `chars` broken into lines of `chars` characters (a narrow column with 'wrap text' on);
    figures are never broken."""
    if not chars or len(v) <= chars or NUMBER.match(v) or PERCENT.match(v):
        return v
    return "\n".join(v[i:i + chars] for i in range(0, len(v), chars))


def pdf_part(rows, lo, hi, wrap=0):
    """wrap: characters a line of every cell holds, or {column: characters} for some columns only."""
    width = (lambda c: wrap.get(c, 0)) if isinstance(wrap, dict) else (lambda c: wrap)
    return [[wrapped(shown(v), width(c)) for c, v in enumerate(rows[r])] for r in range(lo, hi)]


def pdf_file(folder, *forms, cut=None, repeat=None, wrap=0, name="自评表.pdf"):
    """Each form printed from a new page as a ruled grid under its title lines; `cut`: the grid row where the form
    goes on to a second page, which first repeats grid row `repeat` (the indicator header) when it is given."""
    w = PdfWriter()
    for f in forms:
        rows = f["rows"]
        table = PrintedTable("", "", "", pdf_part(rows, 0, len(rows), wrap), 1)
        size = 8.0
        widths = table_widths(table, size)
        scale = min(1.0, 540 / sum(widths))
        widths = [x * scale for x in widths]
        size *= scale
        x0 = (595 - sum(widths)) / 2
        p = w.page()
        y = 40.0
        for k, line in enumerate(f["head"]):
            big = 14 if k == 0 else 10
            p.text((595 - len(line) * big) / 2, y, line, big)
            y += big * 2
        end = len(rows) if cut is None else cut
        draw_table(p, x0, y, widths, pdf_part(rows, 0, end, wrap), pdf_merges(rows, 0, end), head=0, size=size)
        if cut is not None:
            p2 = w.page()
            body = pdf_part(rows, cut, len(rows), wrap)
            merges = pdf_merges(rows, cut, len(rows))
            if repeat is not None:
                body = pdf_part(rows, repeat, repeat + 1, wrap) + body
                merges = pdf_merges(rows, repeat, repeat + 1) + [(a + 1, b, c + 1, d) for a, b, c, d in merges]
            draw_table(p2, x0, 40.0, widths, body, merges, head=0, size=size)
    return w.save(folder / name)


# ----------------------------------------------------------------------------- the forms
E_INDICATORS = [
    ("产出指标", "数量指标", "完成职业技能培训人数", "≥1200人", "1356人", "15", "15"),
    ("产出指标", "数量指标", "组织就业政策宣讲", "1次/年", "2次", "10", "10"),
    ("产出指标", "质量指标", "培训合格率", "≥95%", "97.2%", "10", "10"),
    ("产出指标", "时效指标", "补贴资金拨付时限", "≤30天", "25天", "10", "10"),
    ("产出指标", "成本指标", "人均培训成本", "≤2000元", "1850元", "5", "5"),
    ("效益指标", "社会效益指标", "参训人员就业率", "≥60%", "56.5%", "15", "13.5"),
    ("效益指标", "社会效益指标", "培训信息按规定公开", "是", "是", "5", "5"),
    ("效益指标", "可持续影响指标", "培训机构监管制度执行", "达标", "达标", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "100%", "96%", "10", "9.6"),
]
E_DEV = {"参训人员就业率": "受经济形势影响企业用工需求减少，下年度加强校企对接", "参训人员满意度": "个别培训点场地偏远"}

E_MONEY = [  # label, 年初预算数, 调整后预算数, 实际支出, 分值, 执行率, 得分
    ["资金总额", "200.00", "200.00", "183.48", "10", "91.74%", "9.2"],
    ["其中：财政拨款", "200.00", "200.00", "183.48", "", "", ""],
    ["其他资金", "", "", "", "", "", ""],
]


def form_e(*, name="职业技能提升行动培训补贴", money=None, indicators=None, total=("100", "97.3"), grade="优",
           title="项目支出绩效自评表", budget_heads=("年初预算数", "调整后预算数", "实际支出")):
    money = [list(r) for r in (money or E_MONEY)]
    indicators = indicators or E_INDICATORS
    rows = [
        ["项目名称", name, L, L, L, L, L, L],
        ["主管部门", "市人力资源和社会保障局", L, L, "实施单位", "市职业技能鉴定指导中心", L, L],
        ["资金情况（万元）", "", *budget_heads, "分值", "执行率", "得分"],
    ]
    for m in money:
        rows.append([U, m[0], *m[1:]])
    rows += [
        ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
        [U, "全年完成职业技能培训1200人次以上，培训合格率不低于95%，带动参训人员就业。", L, L,
         "全年培训1356人次，合格率97.2%，参训人员就业率56.5%。", L, L, L],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    for i, ind in enumerate(indicators):
        prev = indicators[i - 1] if i else None
        first = U if prev and prev[0] == ind[0] else ind[0]
        second = U if prev and prev[0] == ind[0] and prev[1] == ind[1] else ind[1]
        rows.append([first, second, ind[2], ind[3], ind[4], ind[5], ind[6], E_DEV.get(ind[2], "")])
    rows.append(["总分", L, L, L, L, total[0], total[1], ""])
    if grade is not None:
        rows.append(["评价等级", L, L, L, L, grade, L, L])
    return {"head": [title, "（2023年度）"], "rows": rows, "indicators": len(indicators)}


F_INDICATORS = [
    ("产出指标", "数量指标", "发放就业补贴人数", "≥500人", "612人", "15", "15"),
    ("产出指标", "数量指标", "开展劳动保障专项检查", "1次/年", "1次", "5", "5"),
    ("产出指标", "质量指标", "补贴发放准确率", "100%", "100%", "10", "10"),
    ("产出指标", "时效指标", "补贴发放及时性", "≤30天", "28天", "10", "10"),
    ("产出指标", "成本指标", "项目成本控制", "≤预算数", "未超预算", "10", "10"),
    ("效益指标", "社会效益指标", "带动就业人数", "≥800人", "760人", "15", "13.5"),
    ("效益指标", "社会效益指标", "政策知晓率", "≥90%", "92%", "5", "5"),
    ("效益指标", "可持续影响指标", "就业服务体系运行", "达标", "达标", "10", "10"),
    ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥95%", "91%", "10", "9.0"),
    ("预算执行率", "预算执行率", "预算执行率", "100%", "95.40%", "10", "9.5"),
]
F_DEV = {"带动就业人数": "部分企业用工需求下降", "补贴对象满意度": "补贴申领手续仍较繁琐，下年度简化流程"}


def form_f(*, name="就业补助资金", money=None, indicators=None, total="97分", grade="优", total_merged=True):
    money = money or [
        ["资金总额", "120.00", "114.48", "95.40%"],
        ["其中：财政拨款", "120.00", "114.48", ""],
        ["其他资金", "", "", ""],
    ]
    indicators = indicators or F_INDICATORS
    rows = [
        ["项目名称", name, L, L, L, L, L, L],
        ["实施单位", "县就业服务中心", L, L, "主管部门", "县人力资源和社会保障局", L, L],
        ["预算执行情况（万元）", "", L, "预算数", L, "执行数", L, "执行率"],
    ]
    for m in money:
        rows.append([U, m[0], L, m[1], L, m[2], L, m[3]])
    rows.append(["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for i, ind in enumerate(indicators):
        prev = indicators[i - 1] if i else None
        first = U if prev and prev[0] == ind[0] else ind[0]
        second = U if prev and prev[0] == ind[0] and prev[1] == ind[1] else ind[1]
        rows.append([first, second, ind[2], ind[3], ind[4], ind[5], ind[6], F_DEV.get(ind[2], "")])
    if total_merged:
        rows.append(["总分", L, L, L, L, "100", total, L])
    else:
        rows.append(["总分", L, L, L, L, "100", total, ""])
    rows.append(["评价等级", L, L, L, L, grade, L, L])
    return {"head": ["部门预算项目绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators)}


H_INDICATORS = [
    ("产出指标", "数量指标", "完成年度重点工作任务", "≥12项", "13项", "10", "10"),
    ("产出指标", "数量指标", "组织行政执法检查", "4次/年", "4次", "10", "10"),
    ("产出指标", "质量指标", "行政复议纠错率", "≤5%", "3.2%", "10", "10"),
    ("产出指标", "时效指标", "信访事项按期办结率", "100%", "100%", "10", "10"),
    ("产出指标", "成本指标", "“三公”经费控制", "≤上年", "较上年下降8%", "10", "10"),
    ("效益指标", "社会效益指标", "企业开办时间", "≤3个工作日", "2个工作日", "15", "15"),
    ("效益指标", "可持续影响指标", "内部控制制度健全", "是", "是", "15", "15"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "89.2%", "10", "9.5"),
]
H_DEV = {"群众满意度": "个别窗口等候时间较长，将增设自助终端"}
H_MONEY = [
    ["年度资金总额", "1850.00", "1920.35", "1876.12", "10", "97.70%", "9.8"],
    ["其中：财政拨款", "1850.00", "1900.35", "1860.12", "", "", ""],
    ["其他资金", "", "20.00", "16.00", "", "", ""],
]


def form_h(*, money=None, indicators=None, total=("100", "99.3"), grade="优", name="某市市场监督管理局"):
    money = [list(r) for r in (money or H_MONEY)]
    indicators = indicators or H_INDICATORS
    rows = [
        ["部门名称", name, L, L, L, L, L, L],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    for m in money:
        rows.append([U, m[0], *m[1:]])
    rows += [
        ["年度总体目标", "预期目标", L, L, "实际完成情况", L, L, L],
        [U, "履行市场监管职责，优化营商环境，守住安全底线。", L, L, "各项重点工作按期完成，营商环境持续改善。", L, L, L],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    for i, ind in enumerate(indicators):
        prev = indicators[i - 1] if i else None
        first = U if prev and prev[0] == ind[0] else ind[0]
        second = U if prev and prev[0] == ind[0] and prev[1] == ind[1] else ind[1]
        rows.append([first, second, ind[2], ind[3], ind[4], ind[5], ind[6], H_DEV.get(ind[2], "")])
    rows.append(["总分", L, L, L, L, total[0], total[1], ""])
    rows.append(["评价等级", L, L, L, L, grade, L, L])
    return {"head": ["部门整体支出绩效自评表", "（2023年度）"], "rows": rows, "indicators": len(indicators)}


# ----------------------------------------------------------------------------- edits for planted errors
def money_cell(money, label, col, value):
    out = [list(r) for r in money]
    for r in out:
        if r[0] == label:
            r[col] = value
    return out


def indicator(indicators, third, col, value):
    out = []
    for ind in indicators:
        ind = list(ind)
        if ind[2] == third:
            ind[col] = value
        out.append(tuple(ind))
    return out


def codes(findings):
    return sorted({c for c, _, _ in problems(findings)})


def read_forms(path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    return recognize(read_workbook(path)).forms


def clean(path, tmp_path, *forms):
    """No error and no warning — and not because nothing was read: each form is there with its name, its budget
    total, all its indicators and its 总分."""
    assert problems(check(path, tmp_path)) == []
    got = read_forms(path)
    assert len(got) == len(forms)
    for form, want in zip(got, forms):
        assert form.project is not None and form.project.text
        assert form.line("total") is not None and form.total_score is not None
        assert sum(len(s.indicators) for s in form.sections if s.origin == "indicators") == want["indicators"]


def judge(findings, expected, also=()):
    """The planted code is among the findings; nothing else is, except the codes the case names."""
    found = codes(findings)
    assert expected in found, found
    assert set(found) <= {expected, *also}, found


# ----------------------------------------------------------------------------- E
E_PLANTED = [
    ("total", dict(total=("100", "96.3")), "PRF104", ()),
    ("score-over", dict(indicators=indicator(E_INDICATORS, "人均培训成本", 6, "6"), total=("100", "98.3")),
     "PRF103", ("PRF101",)),
    ("rate-score-cap", dict(money=money_cell(E_MONEY, "资金总额", 6, "10"), total=("100", "98.1")), "PRF107", ()),
    ("rate", dict(money=money_cell(E_MONEY, "资金总额", 5, "93.74%")), "PRF004", ("PRF107",)),
    ("parts", dict(money=money_cell(E_MONEY, "其中：财政拨款", 3, "180.48")), "PRF001", ()),
    ("exec-over", dict(money=money_cell(money_cell(money_cell(E_MONEY, "资金总额", 3, "205.00"),
                                                   "其中：财政拨款", 3, "205.00"), "资金总额", 5, "102.50%")),
     "PRF003", ()),
    ("grade", dict(grade="良"), "PRF106", ()),
    ("letter-score", dict(indicators=indicator(E_INDICATORS, "培训合格率", 6, "优")), "PRF201", ("PRF104",)),
    ("blank-name", dict(name=""), "PRF202", ()),
    ("misplaced-level2", dict(indicators=indicator(E_INDICATORS, "人均培训成本", 1, "社会效益指标")), "PRF108", ()),
    ("total-over-100", dict(total=("100", "973")), "PRF105", ("PRF104", "PRF106")),
]


def test_e_clean_xlsx(tmp_path):
    clean(xlsx_file(tmp_path, form_e()), tmp_path, form_e())


def test_e_clean_docx(tmp_path):
    clean(docx_file(tmp_path, form_e()), tmp_path, form_e())


def test_e_clean_pdf_one_page(tmp_path):
    clean(pdf_file(tmp_path, form_e()), tmp_path, form_e())


# grid rows: 0 名称, 1 部门, 2 资金 header, 3–5 money, 6–7 目标, 8 indicator header, 9–17 indicators, 18 总分, 19 等级
@pytest.mark.parametrize("cut,repeat", [(12, 8), (12, None), (15, 8), (15, None)],
                         ids=["inside-output-repeated", "inside-output", "inside-benefit-repeated", "inside-benefit"])
def test_e_clean_pdf_split_over_two_pages(tmp_path, cut, repeat):
    clean(pdf_file(tmp_path, form_e(), cut=cut, repeat=repeat), tmp_path, form_e())


@pytest.mark.parametrize("case", E_PLANTED, ids=[c[0] for c in E_PLANTED])
def test_e_planted_pdf(tmp_path, case):
    _, edit, code, also = case
    judge(check(pdf_file(tmp_path, form_e(**edit)), tmp_path), code, also)


@pytest.mark.parametrize("case", E_PLANTED, ids=[c[0] for c in E_PLANTED])
def test_e_planted_xlsx(tmp_path, case):
    _, edit, code, also = case
    judge(check(xlsx_file(tmp_path, form_e(**edit)), tmp_path), code, also)


@pytest.mark.parametrize("case", [E_PLANTED[i] for i in (0, 2, 4, 6)], ids=[E_PLANTED[i][0] for i in (0, 2, 4, 6)])
def test_e_planted_pdf_split_with_header_repeated(tmp_path, case):
    _, edit, code, also = case
    judge(check(pdf_file(tmp_path, form_e(**edit), cut=12, repeat=8), tmp_path), code, also)


@pytest.mark.parametrize("case", [E_PLANTED[i] for i in (0, 1, 8)], ids=[E_PLANTED[i][0] for i in (0, 1, 8)])
def test_e_planted_docx(tmp_path, case):
    _, edit, code, also = case
    judge(check(docx_file(tmp_path, form_e(**edit)), tmp_path), code, also)


def test_e_rate_score_rounded_up_is_not_an_error(tmp_path):
    """10 × 91.74 % = 9.174, shown 9.2: above the exact cap by rounding only (the cap's and the score's intervals
    meet) — at most a note, never PRF107."""
    found = check(xlsx_file(tmp_path, form_e()), tmp_path)
    assert "PRF107" not in codes(found)


def test_e_rate_score_full_marks_at_low_execution(tmp_path):
    money = money_cell(money_cell(money_cell(E_MONEY, "资金总额", 3, "71.20"), "其中：财政拨款", 3, "71.20"),
                       "资金总额", 5, "35.60%")
    money = money_cell(money, "资金总额", 6, "10")
    judge(check(xlsx_file(tmp_path, form_e(money=money, total=("100", "98.1"))), tmp_path), "PRF107")


def test_e_title_with_the_year_and_the_columns_of_the_central_form(tmp_path):
    f = form_e(title="2023年度项目支出绩效自评表", budget_heads=("年初预算数", "全年预算数", "全年执行数"))
    clean(xlsx_file(tmp_path, f), tmp_path, f)


# ----------------------------------------------------------------------------- F
def params(cases):
    """Each case with its name as id. The whole-10 rate-score cases (a 10 for 9.54 / 9.77, the form's other scores
    carrying one decimal) were strict xfails until session 11: now a PRF107 warning (s11forms)."""
    return [pytest.param(c, id=c[0]) for c in cases]


F_PLANTED = [
    ("total", dict(total="96分"), "PRF104", ()),
    ("rate-score-cap", dict(indicators=indicator(F_INDICATORS, "预算执行率", 6, "10"), total="97.5分"),
     "PRF107", ()),
    ("rate-indicator", dict(indicators=indicator(F_INDICATORS, "预算执行率", 4, "100%")), "PRF006", ()),
    ("rate", dict(money=[["资金总额", "120.00", "114.48", "94.50%"], ["其中：财政拨款", "120.00", "114.48", ""],
                         ["其他资金", "", "", ""]]), "PRF004", ("PRF006", "PRF107")),
    ("parts", dict(money=[["资金总额", "120.00", "114.48", "95.40%"], ["其中：财政拨款", "110.00", "114.48", ""],
                          ["其他资金", "", "", ""]]), "PRF001", ("PRF003",)),
    ("score-over", dict(indicators=indicator(F_INDICATORS, "政策知晓率", 6, "6"), total="98分"),
     "PRF103", ("PRF101",)),
    ("grade", dict(grade="中"), "PRF106", ()),
    ("letter-score", dict(indicators=indicator(F_INDICATORS, "政策知晓率", 6, "良")), "PRF201", ("PRF104",)),
]


@pytest.mark.parametrize("total", ["97分", "97.0", "97"])
def test_f_clean_docx_vertical_merges(tmp_path, total):
    clean(docx_file(tmp_path, form_f(total=total)), tmp_path, form_f())


def test_f_clean_docx_total_not_merged(tmp_path):
    clean(docx_file(tmp_path, form_f(total_merged=False)), tmp_path, form_f())


@pytest.mark.parametrize("total", ["97分", "97.0"])
def test_f_clean_xlsx(tmp_path, total):
    clean(xlsx_file(tmp_path, form_f(total=total)), tmp_path, form_f())


def test_f_clean_pdf(tmp_path):
    clean(pdf_file(tmp_path, form_f()), tmp_path, form_f())


@pytest.mark.parametrize("case", params(F_PLANTED))
def test_f_planted_docx(tmp_path, case):
    _, edit, code, also = case
    judge(check(docx_file(tmp_path, form_f(**edit)), tmp_path), code, also)


@pytest.mark.parametrize("case", params(F_PLANTED[:3]))
def test_f_planted_xlsx(tmp_path, case):
    _, edit, code, also = case
    judge(check(xlsx_file(tmp_path, form_f(**edit)), tmp_path), code, also)


# ----------------------------------------------------------------------------- H (部门整体)
H_PLANTED = [
    ("total", dict(total=("100", "98.3")), "PRF104", ()),
    ("rate", dict(money=money_cell(H_MONEY, "年度资金总额", 5, "95.70%")), "PRF004", ("PRF107",)),
    ("parts", dict(money=money_cell(H_MONEY, "其他资金", 3, "26.00")), "PRF001", ("PRF003",)),
    ("rate-score-cap", dict(money=money_cell(H_MONEY, "年度资金总额", 6, "10"), total=("100", "99.5")), "PRF107", ()),
    ("grade", dict(grade="良"), "PRF106", ()),
    ("score-over", dict(indicators=indicator(H_INDICATORS, "群众满意度", 6, "11"), total=("100", "100.8")),
     "PRF103", ("PRF101", "PRF105", "PRF106")),
]


def test_h_clean_xlsx(tmp_path):
    clean(xlsx_file(tmp_path, form_h()), tmp_path, form_h())


def test_h_clean_pdf(tmp_path):
    clean(pdf_file(tmp_path, form_h()), tmp_path, form_h())


def test_h_clean_docx(tmp_path):
    clean(docx_file(tmp_path, form_h()), tmp_path, form_h())


@pytest.mark.parametrize("case", params(H_PLANTED))
def test_h_planted_xlsx(tmp_path, case):
    _, edit, code, also = case
    judge(check(xlsx_file(tmp_path, form_h(**edit)), tmp_path), code, also)


@pytest.mark.parametrize("case", params(H_PLANTED[:4]))
def test_h_planted_pdf(tmp_path, case):
    _, edit, code, also = case
    judge(check(pdf_file(tmp_path, form_h(**edit)), tmp_path), code, also)


# ----------------------------------------------------------------------------- M (several forms)
def test_m_three_clean_forms_on_one_sheet(tmp_path):
    clean(xlsx_file(tmp_path, form_e(), form_f(), form_h()), tmp_path, form_e(), form_f(), form_h())


def test_m_three_clean_forms_without_a_gap(tmp_path):
    clean(xlsx_file(tmp_path, form_e(), form_f(), form_h(), gap=0), tmp_path, form_e(), form_f(), form_h())


def test_m_error_in_the_second_form_only(tmp_path):
    found = check(xlsx_file(tmp_path, form_e(), form_f(total="96分"), form_h()), tmp_path)
    assert codes(found) == ["PRF104"]
    assert len([f for f in found if f.code == "PRF104"]) == 1


def test_m_error_in_the_third_form_only(tmp_path):
    found = check(xlsx_file(tmp_path, form_e(), form_f(), form_h(grade="良")), tmp_path)
    assert codes(found) == ["PRF106"]


def test_m_two_projects_of_one_layout_on_one_sheet(tmp_path):
    second = form_e(name="公益性岗位补贴")
    clean(xlsx_file(tmp_path, form_e(), second), tmp_path, form_e(), second)


def test_m_two_forms_on_consecutive_pdf_pages(tmp_path):
    clean(pdf_file(tmp_path, form_e(), form_h()), tmp_path, form_e(), form_h())


def test_m_two_forms_in_pdf_error_in_the_second(tmp_path):
    found = check(pdf_file(tmp_path, form_e(), form_h(total=("100", "98.3"))), tmp_path)
    assert codes(found) == ["PRF104"]


def test_m_three_forms_in_one_word_document(tmp_path):
    clean(docx_file(tmp_path, form_e(), form_f(), form_h()), tmp_path, form_e(), form_f(), form_h())


# ----------------------------------------------------------------------------- after the first run
def test_f_and_h_full_marks_for_a_rate_well_under_the_cap(tmp_path):
    """The whole-10 cases above stay notes; a 10 the rounding cannot explain (85.00 %: cap 8.5) is PRF107 in both."""
    money = [["资金总额", "120.00", "102.00", "85.00%"], ["其中：财政拨款", "120.00", "102.00", ""], ["其他资金", "", "", ""]]
    f = form_f(money=money, indicators=indicator(indicator(F_INDICATORS, "预算执行率", 4, "85.00%"), "预算执行率", 6,
                                                  "10"), total="97.5分")
    judge(check(docx_file(tmp_path, f), tmp_path), "PRF107")
    h_money = money_cell(money_cell(money_cell(money_cell(H_MONEY, "年度资金总额", 3, "1632.30"), "其中：财政拨款", 3,
                                                          "1616.30"), "年度资金总额", 5, "85.00%"), "年度资金总额", 6, "10")
    judge(check(xlsx_file(tmp_path, form_h(money=h_money, total=("100", "99.5"))), tmp_path), "PRF107")


def repeated_header(form, before):
    """The indicator header row written again above the indicator row `before` (as a sheet printed with its
    title rows repeated, or a page's table continued under its header)."""
    rows = form["rows"]
    header = next(i for i, r in enumerate(rows) if r[0] == "一级指标")
    at = header + 1 + before
    copy = list(rows[header])
    # a merge running through the new row is continued by it ('^' marks): its label is not printed again
    new = rows[:at] + [copy] + [list(r) for r in rows[at:]]
    for c in range(W):
        if new[at + 1][c] == U:
            new[at + 1][c] = rows[at - 1][c] if rows[at - 1][c] != U else next(
                rows[k][c] for k in range(at - 1, -1, -1) if rows[k][c] != U)
    return {**form, "rows": new}


def test_repeated_indicator_header_in_a_sheet_is_no_indicator(tmp_path):
    """First-run false PRF201 ×2: the header's words "分值"/"得分" read as an indicator's scores."""
    f = repeated_header(form_e(), 3)
    clean(xlsx_file(tmp_path, f), tmp_path, f)
    f = repeated_header(form_e(total=("100", "96.3")), 3)
    assert codes(check(xlsx_file(tmp_path, f), tmp_path)) == ["PRF104"]


# ----------------------------------------------------------------------------- second round
# Written after reading recognize/forms.py (so not held out in the strict sense), from the same domain notes.
@pytest.mark.parametrize("chars", [6, 9])
def test_r2_pdf_with_long_texts_wrapped_in_narrow_columns(tmp_path, chars):
    clean(pdf_file(tmp_path, form_e(), wrap=chars), tmp_path, form_e())


def test_r2_pdf_wrapped_with_an_error(tmp_path):
    judge(check(pdf_file(tmp_path, form_e(total=("100", "96.3")), wrap=6), tmp_path), "PRF104")


def test_r2_word_form_printed_to_pdf_over_two_pages(tmp_path):
    clean(pdf_file(tmp_path, form_f(), cut=13), tmp_path, form_f())  # inside the 效益 rows, no header again
    judge(check(pdf_file(tmp_path, form_f(grade="良"), cut=13), tmp_path), "PRF106")


def test_r2_whole_department_printed_over_two_pages_header_repeated(tmp_path):
    clean(pdf_file(tmp_path, form_h(), cut=10, repeat=7), tmp_path, form_h())
    judge(check(pdf_file(tmp_path, form_h(total=("100", "98.3")), cut=10, repeat=7), tmp_path), "PRF104")


@pytest.mark.parametrize("nil", ["—", "0.00", "/"])
def test_r2_no_other_money_written_as_a_nil(tmp_path, nil):
    money = [["资金总额", "200.00", "200.00", "183.48", "10", "91.74%", "9.2"],
             ["其中：财政拨款", "200.00", "200.00", "183.48", "", "", ""],
             ["其他资金", nil, nil, nil, "", "", ""]]
    clean(pdf_file(tmp_path, form_e(money=money)), tmp_path, form_e())
    clean(xlsx_file(tmp_path, form_e(money=money)), tmp_path, form_e())


def test_r2_rate_with_one_decimal(tmp_path):
    money = money_cell(E_MONEY, "资金总额", 5, "91.7%")
    clean(pdf_file(tmp_path, form_e(money=money)), tmp_path, form_e())
    clean(xlsx_file(tmp_path, form_e(money=money)), tmp_path, form_e())


def test_r2_done_in_words(tmp_path):
    """实际完成值 in words ("超额完成", "已完成", "全部达标") is an answer, not an amount."""
    inds = indicator(indicator(E_INDICATORS, "组织就业政策宣讲", 4, "超额完成"), "培训机构监管制度执行", 4, "全部达标")
    inds = indicator(inds, "补贴资金拨付时限", 4, "已完成")
    clean(docx_file(tmp_path, form_e(indicators=inds)), tmp_path, form_e())
    clean(pdf_file(tmp_path, form_e(indicators=inds)), tmp_path, form_e())


def test_r2_words_in_the_points_column_are_found(tmp_path):
    """The same words one column to the right, in 分值: not a number (PRF201), in Word and in the PDF."""
    inds = indicator(E_INDICATORS, "组织就业政策宣讲", 5, "超额完成")
    judge(check(docx_file(tmp_path, form_e(indicators=inds)), tmp_path), "PRF201", ("PRF101", "PRF102"))
    judge(check(pdf_file(tmp_path, form_e(indicators=inds)), tmp_path), "PRF201", ("PRF101", "PRF102"))


# ----------------------------------------------------------------------------- third round
# 部门整体支出绩效自评表 on the 共性指标 framework many provinces use (一级 投入 · 过程 · 产出 · 效益; 满意度 a 二级
# under 效益), no score in the budget block; written after reading forms.py.
K_INDICATORS = [
    ("投入", "目标设定", "绩效目标合理性", "合理", "合理", "5", "5"),
    ("投入", "目标设定", "绩效指标明确性", "明确", "明确", "5", "5"),
    ("投入", "预算配置", "在职人员控制率", "≤100%", "96.5%", "5", "5"),
    ("投入", "预算配置", "“三公经费”变动率", "≤0", "-8.2%", "5", "5"),
    ("过程", "预算执行", "预算执行率", "100%", "97.70%", "10", "9.8"),
    ("过程", "预算执行", "结转结余率", "≤5%", "2.3%", "5", "5"),
    ("过程", "预算管理", "管理制度健全性", "健全", "健全", "5", "5"),
    ("产出", "职责履行", "重点工作完成率", "100%", "100%", "15", "15"),
    ("产出", "职责履行", "质量达标率", "≥95%", "98%", "15", "15"),
    ("效益", "履职效益", "社会效益", "显著", "较显著", "10", "8"),
    ("效益", "履职效益", "可持续影响", "持续", "持续", "10", "10"),
    ("效益", "满意度", "服务对象满意度", "≥90%", "93%", "10", "10"),
]


def form_k(*, indicators=None, total=("100", "97.8"), grade="优"):
    indicators = indicators or K_INDICATORS
    rows = [
        ["部门（单位）名称", "某县教育局", L, L, L, L, L, L],
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", L, L],
        [U, "年度资金总额", "5230.00", "5620.18", "5490.86", "97.70%", L, L],
        [U, "其中：财政拨款", "5230.00", "5580.18", "5452.86", "", L, L],
        [U, "其他资金", "", "40.00", "38.00", "", L, L],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    for i, ind in enumerate(indicators):
        prev = indicators[i - 1] if i else None
        first = U if prev and prev[0] == ind[0] else ind[0]
        second = U if prev and prev[0] == ind[0] and prev[1] == ind[1] else ind[1]
        dev = "部分项目效益尚未显现" if ind[2] == "社会效益" else ""
        rows.append([first, second, ind[2], ind[3], ind[4], ind[5], ind[6], dev])
    rows.append(["总分", L, L, L, L, total[0], total[1], ""])
    rows.append(["评价等级", L, L, L, L, grade, L, L])
    return {"head": ["部门整体支出绩效自评表", "（2022年度）"], "rows": rows, "indicators": len(indicators)}


def test_r3_common_framework_clean(tmp_path):
    clean(xlsx_file(tmp_path, form_k()), tmp_path, form_k())
    clean(pdf_file(tmp_path, form_k()), tmp_path, form_k())
    clean(docx_file(tmp_path, form_k()), tmp_path, form_k())


@pytest.mark.parametrize("case", [
    ("total", dict(total=("100", "96.8")), "PRF104", ()),
    ("score-over", dict(indicators=indicator(K_INDICATORS, "结转结余率", 6, "6"), total=("100", "98.8")), "PRF103",
     ("PRF101",)),
    ("grade", dict(grade="良"), "PRF106", ()),
], ids=["total", "score-over", "grade"])
def test_r3_common_framework_planted(tmp_path, case):
    _, edit, code, also = case
    judge(check(xlsx_file(tmp_path, form_k(**edit)), tmp_path), code, also)


def test_r3_pdf_with_labels_printed_down_a_narrow_column(tmp_path):
    """一级/二级 in columns two characters wide: "产出\\n指标" (and "其中：\\n财政拨款"-like breaks) in the PDF."""
    clean(pdf_file(tmp_path, form_e(), wrap={0: 2, 1: 2}), tmp_path, form_e())
    clean(pdf_file(tmp_path, form_h(), wrap={0: 3, 1: 3}), tmp_path, form_h())
    judge(check(pdf_file(tmp_path, form_e(grade="良"), wrap={0: 2, 1: 2}), tmp_path), "PRF106")


def test_r3_satisfaction_under_benefit_only_in_the_evaluation_framework(tmp_path):
    """First run of round 3: a false PRF108 on 满意度 under 效益 in the 投入 · 过程 · 产出 · 效益 form. There it is in
    place; in the target framework (产出 · 效益 · 满意度) the same move is still a warning, and in the evaluation
    framework any other misplaced 二级 still is."""
    in_benefit = [("效益指标", "服务对象满意度指标") + i[2:] if i[0] == "满意度指标" else i for i in E_INDICATORS]
    found = check(xlsx_file(tmp_path, form_e(indicators=in_benefit)), tmp_path)
    assert "PRF108" in codes(found)
    misplaced = indicator(K_INDICATORS, "社会效益", 1, "数量指标")
    assert codes(check(xlsx_file(tmp_path, form_k(indicators=misplaced)), tmp_path)) == ["PRF108"]
    decision = [("决策",) + i[1:] if i[0] == "投入" else i for i in K_INDICATORS]
    clean(xlsx_file(tmp_path, form_k(indicators=decision)), tmp_path, form_k())


# ----------------------------------------------------------------------------- fourth round
# Other words for the 总分 and 评价等级 rows (after reading forms.py).
def relabel(form, old, new):
    return {**form, "rows": [[new if v == old else v for v in r] for r in form["rows"]]}


@pytest.mark.parametrize("label", ["总得分", "综合得分", "合计得分"])
def test_r4_total_row_words(tmp_path, label):
    clean(xlsx_file(tmp_path, relabel(form_e(), "总分", label)), tmp_path, form_e())
    judge(check(xlsx_file(tmp_path, relabel(form_e(total=("100", "96.3")), "总分", label)), tmp_path), "PRF104")


@pytest.mark.parametrize("label", ["绩效评级", "评价级别"])
def test_r4_grade_row_words(tmp_path, label):
    clean(xlsx_file(tmp_path, relabel(form_e(), "评价等级", label)), tmp_path, form_e())
    judge(check(xlsx_file(tmp_path, relabel(form_e(grade="良"), "评价等级", label)), tmp_path), "PRF106")


def test_r3_misplaced_level2_after_satisfaction_in_the_evaluation_framework(tmp_path):
    """满意度 first under 效益 (in place: passed over), a 时效指标 after it under 效益 still warned — passing over one
    二级 does not end the look at the section."""
    benefit = [i for i in K_INDICATORS if i[0] == "效益"]
    reordered = [i for i in K_INDICATORS if i[0] != "效益"] + [benefit[2], benefit[0],
                                                               ("效益", "时效指标") + benefit[1][2:]]
    found = check(xlsx_file(tmp_path, form_k(indicators=reordered)), tmp_path)
    assert [(f.code, f.actual, f.locations[0].row_label) for f in found if f.code == "PRF108"] == [
        ("PRF108", "效益", "时效指标")]
