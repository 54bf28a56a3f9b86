"""Samples with a narrative (情况说明) sheet: `python samples/make_narrative.py`.

- 决算公开-2019-唐山高新区人社局-说明与表-原样有误.xlsx: the seed's narrative as printed (seed_narrative.txt, one
  paragraph a cell), its tables 公开01/07/09 (the only ones the seed prints as text) and its 18 绩效自评表.
- 情况说明与公开表-2019-无误.xlsx / -有误.xlsx: the nine 2019 sample tables (make_samples.py) with a narrative
  written from the same figures (every amount, change, rate and share right), and the same with mistakes planted
  (see PLANTED).
"""

from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import disclosure_data  # noqa: E402
import layouts  # noqa: E402
import make_forms  # noqa: E402
import make_samples  # noqa: E402

D = Decimal
SEED_T01 = {
    "income.general": D("2152.59"), "income.gov_fund": D("3947.74"), "income_total": D("6100.33"),
    "begin_balance": D("534.34"), "income_grand_total": D("6634.67"),
    "cats": {"201": D("1303.58"), "205": D("6.15"), "206": D("326.86"), "208": D("305.17"), "210": D("80.19"),
             "212": D("3984.99"), "213": D("41.83"), "221": D("52.45")},
    "expense_total": D("6101.24"), "end_balance": D("533.43"), "expense_grand_total": D("6634.67"),
}
SEED_T07 = {"budget": {"total": D("7.5"), "abroad": None, "car_total": D("4.5"), "car_purchase": None,
                       "car_run": D("4.5"), "reception": D("3")},
            "final": {"total": D("3.68"), "abroad": None, "car_total": D("2.42"), "car_purchase": None,
                      "car_run": D("2.42"), "reception": D("1.26")}}


def write_text(ws, paragraphs: list[str]) -> None:
    ws.column_dimensions["A"].width = 120
    for i, text in enumerate(paragraphs, start=1):
        cell = ws.cell(row=i, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def seed_paragraphs() -> list[str]:
    return [line for line in (HERE / "seed_narrative.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_workbook():
    wb = make_forms.seed_workbook()
    write_text(wb.create_sheet("情况说明", 0), seed_paragraphs())
    w = layouts.Writer(wb.create_sheet("公开表", 1))
    data = {"t01": SEED_T01, "t07": SEED_T07, "codes": [], "names": {}}
    for fn in (layouts.t01_2019, layouts.t07_2019, layouts.t09_2019):
        w.text_numbers = fn is layouts.t01_2019
        fn(w, data, make_samples.DEPT_2019)
        w.text_numbers = False
        w.row += 2
    return wb


# ------------------------------------------------------------------ a narrative written from the sample figures
PRIOR = {  # last year's figures (万元), invented: the narrative's changes and rates are computed from them
    "income_total": D("5890.12"), "expense_total": D("5902.64"), "general_income": D("2230.40"),
    "gov_income": D("3659.72"), "sanshi": D("4.10"), "car": D("2.80"), "reception": D("1.30"),
}


def _r(x: Decimal, places: int = 2) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _change(now: Decimal, before: Decimal, what: str = "") -> str:
    diff = now - before
    word, rate_word = ("增加", "增长") if diff > 0 else ("减少", "下降")
    return f"比上年{word}{_r(abs(diff))}万元，{rate_word}{_r(abs(diff) / before * 100)}%{what}"


def sample_paragraphs(data: dict, faulty: bool = False) -> list[str]:
    t01, t03, t04, t05, t06, t07 = (data[k] for k in ("t01", "t03", "t04", "t05", "t06_totals", "t07"))
    inc, exp = t01["income_total"], t01["expense_total"]
    gen_inc, gov_inc = t04["income.general"], t04["income.gov_fund"]
    gen_exp, gov_exp = t04["expense_total"]["general"], t04["expense_total"]["gov_fund"]
    basic, project = t03["total"]["basic"], t03["total"]["project"]
    grand = t01["income_grand_total"]
    sg_b, sg_f = t07["budget"], t07["final"]
    p = [
        f"第二部分 {make_samples.DEPT_2019}2019年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        f"本部门2019年度收支总计{grand}万元。",
        "二、收入决算情况说明",
        f"本部门2019年度本年收入合计{inc}万元，{_change(inc, PRIOR['income_total'], '，主要原因是劳务派遣人员工资增加')}。"
        f"其中：财政拨款收入{inc}万元，占100%。",
        "三、支出决算情况说明",
        f"本部门2019年度本年支出合计{exp}万元，其中：基本支出{basic}万元，占{_r(basic / exp * 100)}%；"
        f"项目支出{project}万元，占{_r(project / exp * 100)}%。",
        "四、财政拨款收入支出决算总体情况说明",
        f"一般公共预算财政拨款本年收入{gen_inc}万元，{_change(gen_inc, PRIOR['general_income'])}，主要是创新创业人才项目经费减少。"
        f"政府性基金预算财政拨款本年收入{gov_inc}万元，{_change(gov_inc, PRIOR['gov_income'])}，主要是社会保障费增加。",
        f"2019年度财政拨款支出{t04['expense_total']['total']}万元，主要用于以下方面："
        + "；".join(f"{name}（类）支出{t04['cats'][code]['total']}万元，占{_r(t04['cats'][code]['total'] / t04['expense_total']['total'] * 100)}%"
                   for code, name in (("201", "一般公共服务"), ("208", "社会保障和就业"), ("212", "城乡社区"),
                                      ("210", "卫生健康")))
        + "。",
        f"2019年度一般公共预算财政拨款基本支出{t05['total']['basic']}万元，其中：人员经费{t06['personnel_total']}万元，"
        f"公用经费{t06['public_total']}万元。",
        "五、一般公共预算“三公”经费支出决算情况说明",
        f"本部门2019年度“三公”经费支出共计{sg_f['total']}万元，完成预算的{_r(sg_f['total'] / sg_b['total'] * 100, 1)}%，"
        f"较预算减少{_r(sg_b['total'] - sg_f['total'])}万元；{_change(sg_f['total'], PRIOR['sanshi'])}。"
        f"其中：因公出国（境）费支出0万元，较上年无变化；公务用车购置及运行维护费支出{sg_f['car_total']}万元，"
        f"{_change(sg_f['car_total'], PRIOR['car'])}；公务接待费支出{sg_f['reception']}万元，"
        f"{_change(sg_f['reception'], PRIOR['reception'])}。",
    ]
    if faulty:
        p = plant(p, data)
    return p


# (what is planted, the rule that must find it)
PLANTED = [
    ("收支总计写成本年支出合计的数", "TXT001"),
    ("本年收入合计的增长率以本年数为分母", "TXT004"),
    ("基本支出的占比写错", "TXT011"),
    ("城乡社区（类）支出的占比写错", "TXT011"),
    ("一般公共预算财政拨款收入比上年减少说成增加（比率随之不符）", "TXT003"),
    ("“三公”的右引号漏打", "TXT202"),
    ("与2017年度比较", "TXT013"),
    ("“医疗卫生与计划生育”旧科目名称", "TXT030"),
    ("“主要原因是。”", "TXT203"),
    ("“。。”", "TXT201"),
    ("标题中的部门名称少了“区”字（“…开发人力资源和社会保障局”）", "TXT031"),
]


def plant(p: list[str], data: dict) -> list[str]:
    t01 = data["t01"]
    inc = t01["income_total"]
    p = list(p)
    p[0] = p[0].replace("开发区人力", "开发人力")
    p[2] = p[2].replace(str(t01["income_grand_total"]), str(t01["expense_total"]))
    before = PRIOR["income_total"]
    wrong_rate = _r((inc - before) / inc * 100)
    right_rate = _r((inc - before) / before * 100)
    p[4] = p[4].replace(f"增长{right_rate}%", f"增长{wrong_rate}%").replace("与2018", "与2017")
    p[4] = p[4].replace("比上年", "与2017年度相比", 1).replace("与2017年度相比增加", "与2017年度相比，增加")
    basic_share = _r(data["t03"]["total"]["basic"] / data["t01"]["expense_total"] * 100)
    p[6] = p[6].replace(f"占{basic_share}%", f"占{basic_share + 3}%")
    p[8] = p[8].replace("比上年减少", "比上年增加", 1).replace("，下降", "，增长", 1)
    t04 = data["t04"]
    share = _r(t04["cats"]["212"]["total"] / t04["expense_total"]["total"] * 100)
    p[9] = p[9].replace(f"占{share}%", f"占{share - 10}%").replace("卫生健康（类）支出", "医疗卫生与计划生育（类）支出")
    p[11] = p[11].replace("“三公”", "“三公")
    p[12] = p[12].rstrip("。") + "，主要原因是。。"
    return p


def sample_workbook(faulty: bool = False):
    data = disclosure_data.build()
    wb = make_samples.workbook_2019(data)
    write_text(wb.create_sheet("情况说明", 0), sample_paragraphs(data, faulty))
    return wb


NAMES = {
    "seed": "决算公开-2019-唐山高新区人社局-说明与表-原样有误.xlsx",
    "clean": "情况说明与公开表-2019-无误.xlsx",
    "faulty": "情况说明与公开表-2019-有误.xlsx",
}


def main(out: Path = HERE) -> list[Path]:
    made = []
    for key, wb in (("seed", seed_workbook()), ("clean", sample_workbook()), ("faulty", sample_workbook(True))):
        path = out / NAMES[key]
        wb.save(path)
        made.append(path)
    return made


if __name__ == "__main__":
    for p in main():
        print(p.name)
