"""TXT206 (a 单位 disclosure calling itself 部门): '部门预算经济分类' is the name of the classification of 经济分类
subjects (上海's table "单位一般公共预算基本支出部门预算经济分类预算表", listed on the contents page), not the document
calling itself a 部门预算. Found when a PDF's contents page became one paragraph among the first five."""

from __future__ import annotations

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph


def _judge(texts):
    d = Disclosure(path="说明.pdf", kind="pdf")
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="说明.pdf", paragraph=i))
                    for i, t in enumerate(texts, 1)]
    return [(f.code, f.locations[0].paragraph) for f in run_rules(d, Context(), select=["TXT206"])]


CONTENTS = ("目录一、单位主要职能二、单位预算编制说明三、单位预算表1.2025年预算单位财务收支预算总表"
            "8.2025年预算单位一般公共预算基本支出部门预算经济分类预算表")
HEAD = ["上海市某某中心", "2025年单位预算", CONTENTS, "一、单位主要职能", "负责本市某某工作。"]


def test_the_classifications_name_on_the_contents_page_does_not_say_whose_the_document_is():
    assert _judge(HEAD + ["2025年部门预算安排购置车辆0辆。"]) == [("TXT206", 6)]


def test_the_classifications_name_in_the_text_is_no_department_wording():
    assert _judge(HEAD + ["8.2025年预算单位一般公共预算基本支出部门预算经济分类预算表"]) == []


def test_a_head_that_says_department_budget_still_stops_the_rule():
    assert _judge(["上海市某某局", "2025年部门预算", "单位预算编制说明", "一、主要职能", "负责。",
                   "2025年部门预算安排购置车辆0辆。"]) == []
