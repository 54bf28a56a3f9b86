"""TXT020 (自评综述 against its 绩效自评表) for a form that prints no 总额 line (s11 leftover): its 预算数 and 执行数 are
the sums of its lines (中央财政衔接资金 · 县级配套资金), as PRF003/PRF004 take them; before, the paragraph's amounts and
its 完成预算的 W% were not checked at all against such a form."""

from __future__ import annotations

from docx import Document

from test_forms_heldout_s11 import N_MONEY, docx_table, form_n
from test_forms_support import check
from test_mutation_narrative_forms import brief, fig, judge

from govaudit.model import BudgetColumn, BudgetLine, PerformanceForm, TextValue, Location

NAME = "产业路建设"
HEAD = f"（1）{NAME}项目自评综述：根据年初设定的绩效目标，"


def lines_form(lines, total=None):
    """A form of source lines (no 总额 line), or with a 总额 line whose cells are `total`."""
    budget = [] if total is None else [BudgetLine(key="total", label="资金总额", row=4, cells=total)]
    for i, (label, b, e) in enumerate(lines):
        budget.append(BudgetLine(key="label:" + label, label=label, row=5 + i,
                                 cells={"budget": fig(b, f"D{5 + i}"), "executed": fig(e, f"E{5 + i}")}))
    return PerformanceForm(title="部门预算项目绩效自评表", sheet="表1", title_cell="A1",
                           project=TextValue(text=NAME, source=Location(file="表.xlsx", sheet="表1", cell="B3")),
                           budget=budget, budget_columns=[BudgetColumn(key="budget", header="全年预算数", col=4),
                                                          BudgetColumn(key="executed", header="全年执行数", col=5)],
                           total_score=fig("98.8", "G30", unit="分"))


LINES = [("中央财政衔接推进乡村振兴补助资金", "500.00", "486.20"), ("县级配套资金", "200.00", "200.00")]


def test_amounts_and_rate_against_the_sum_of_the_lines():
    right = HEAD + "全年预算数为700.00万元，执行数为686.20万元，完成预算的98.03%。"
    assert judge([right], [lines_form(LINES)]) == []
    wrong = HEAD + "全年预算数为700.00万元，执行数为668.20万元，完成预算的95.46%。"
    found = judge([wrong], [lines_form(LINES)])
    assert brief(found) == [("TXT020", "error", "686.20", "668.20")], brief(found)
    assert "686.20" in found[0].message and "表中没有总额行，按各行合计" in [loc.row_label for loc in found[0].locations]
    rate = HEAD + "全年预算数为700.00万元，执行数为686.20万元，完成预算的97.03%。"
    assert [f.code for f in judge([rate], [lines_form(LINES)])] == ["TXT012"]  # the sentence's own arithmetic
    only_rate = HEAD + "项目完成预算的97.03%。"
    assert brief(judge([only_rate], [lines_form(LINES)])) == [("TXT020", "error", "98.03%", "97.03%")]


def test_a_blank_total_is_not_judged():
    """A blank 总额 stays unjudged (PRF001 reports the blank): its 其中 rows may be the wrong ones — the seed's 表12
    prints 其中 3000 executed beside a rate of 55 %, and its 自评综述's 1651 万元 is what fits the rate."""
    parts = [("其中：财政资金", "650.00", "640.00"), ("其他资金", "50.00", "46.20")]
    form = lines_form(parts, total={"budget": None, "executed": None})
    assert judge([HEAD + "全年预算数为700.00万元，执行数为668.20万元。"], [form]) == []


def test_a_breakdown_without_its_total_is_not_the_budget():
    """其中 lines with no 总额 line (the total's label not recognised): no amount to compare, nothing reported."""
    parts = [("其中：财政资金", "650.00", "640.00"), ("其他资金", "50.00", "46.20")]
    assert judge([HEAD + "全年预算数为900.00万元，执行数为886.20万元。"], [lines_form(parts)]) == []


def test_word_document_with_the_summary_and_the_form(tmp_path):
    """End to end: a 自评综述 paragraph and the s11 N form (no 总额 line) in one Word document."""
    def made(text, name):
        doc = Document()
        doc.add_paragraph("第四部分 其他重要事项的情况说明")
        doc.add_paragraph(text)
        f = form_n()
        for line in f["head"]:
            doc.add_paragraph(line)
        docx_table(doc, f["rows"], 1, [])
        path = tmp_path / name
        doc.save(path)
        return path

    said = "（1）产业路建设项目自评综述：项目全年预算数700.00万元，执行数{}万元，完成预算的{}。项目自评得分98.8分。"
    assert [f.code for f in check(made(said.format("686.20", "98.03%"), "ok.docx"), tmp_path)
            if f.severity.value != "info"] == []
    found = [f for f in check(made(said.format("668.20", "95.46%"), "bad.docx"), tmp_path) if f.code == "TXT020"]
    assert [(f.expected, f.actual) for f in found] == [("686.20", "668.20")], [f.message for f in found]
    assert N_MONEY[0][2] == "486.20"
