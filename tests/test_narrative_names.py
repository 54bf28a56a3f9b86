"""TXT031: the department's own name written with a character dropped or changed in one place (issue 9's
“上海市普陀财政局” among “上海市普陀区财政局”), in Word, workbook and PDF disclosures built here; shortenings,
other bodies and the units of the department are not findings."""

from __future__ import annotations

import shutil
from pathlib import Path

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph
from govaudit.pipeline import Options, check_file
from pdf_writer import PdfWriter

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NAME = "上海市普陀区财政局"

# a 普陀 决算's own words: cover, headings, the unit list, the narrative
DISCLOSURE = [
    NAME, "2024年度部门决算", "目录",
    f"第一部分{NAME}概况", "一、主要职能",
    f"第二条{NAME}是主管全区财政工作的区政府工作部门，为正处级。",
    "二、部门决算单位构成",
    f"从预算单位构成看，{NAME}部门决算包括：{NAME}本级决算、下属行政事业单位决算。纳入{NAME}2024年度部门决算"
    "编制范围的单位包括：",
    f"{NAME}（本级）", f"{NAME}财政所", "上海市普陀区国库收付中心",
    f"第三部分{NAME}2024年度部门决算情况说明",
    "一、收入支出决算总体情况说明",
    f"{NAME}2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。",
]


def judge(texts: list[str]):
    d = Disclosure(path="t", paragraphs=[TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                                         for i, t in enumerate(texts, 1)])
    return [f for f in run_rules(d, Context(), select=["TXT031"]) if f.code == "TXT031"]


def test_heading_without_its_district_is_found():
    texts = DISCLOSURE + ["二、收入决算情况说明", "第四部分上海市普陀财政局名词解释"]
    [f] = judge(texts)
    assert f.severity.value == "warning"
    assert (f.actual, f.expected) == ("上海市普陀财政局", NAME)
    assert f.locations[0].paragraph == len(texts)
    assert f.locations[0].sentence == "第四部分上海市普陀财政局名词解释"
    assert "少了“区”字" in f.message and "共 10 处" in f.message and "第1段" in f.message


def test_one_or_two_characters_dropped_or_changed():
    for wrong, said in (("上海普陀财政局", "少了“市”字，少了“区”字"), ("上海市普佗区财政局", "“佗”应为“陀”"),
                        ("上海市普陀区财攻局", "“攻”应为“政”")):
        [f] = judge(DISCLOSURE + [f"{wrong}2024年度无政府性基金预算财政拨款收入和支出。"])
        assert f.actual == wrong and said in f.message, f.message
    # 委 missing from a party department's name
    party = "中共上海市普陀区委社会工作部"
    texts = [party, "2024年度部门决算", f"第一部分{party}概况", f"{party}2024年度收入支出总计100万元。",
             "中共上海市普陀区社会工作部2024年度无政府性基金预算财政拨款收入和支出。"]
    [f] = judge(texts)
    assert f.actual == "中共上海市普陀区社会工作部" and "少了“委”字" in f.message


def test_shortenings_units_and_other_bodies_are_not_findings():
    texts = DISCLOSURE + [
        "普陀区财政局预算绩效管理实施办法由本部门制定，我局负责组织实施。",  # a prefix left off, 本部门, 我局
        "区财政局会同上海市普陀区民政局、上海市长宁区财政局开展工作。",  # other bodies
        "中共上海市普陀区委员会、上海市普陀区人民政府交办的其他任务。",
        "上海市普陀区社会工作发展服务中心、上海市普陀区财政局财政所的支出并入本级。",  # units
        f"{NAME}局长办公会议审议通过。",  # the name inside a longer phrase
    ]
    assert judge(texts) == []
    office = "上海市普陀区人民政府办公室"  # 人民政府 → 政府, a shortening everybody uses
    assert judge([office, "2025年部门预算", f"第一部分{office}概况", f"{office}2025年部门预算收入100元。",
                  "上海市普陀区政府办公室负责区政府日常工作。"]) == []


def test_a_spelling_as_common_as_the_name_is_not_a_slip():
    """Two bodies whose names differ by a character, each named as often: neither is a misspelling."""
    texts = [NAME, "2024年度部门决算", f"{NAME}2024年度收入100万元。", "上海市普陀区财政所2024年度收入100万元。"]
    assert judge(texts) == []


def test_word_document(tmp_path):
    from docx import Document

    doc = Document()
    for text in DISCLOSURE[:4]:
        doc.add_paragraph(text)
    doc.add_heading("第二部分上海市普陀财政局2024年度部门决算表", level=1)
    for text in DISCLOSURE[4:]:
        doc.add_paragraph(text)
    path = tmp_path / "决算.docx"
    doc.save(path)
    status, findings = check_file(path, Options(select=["TXT031"]))
    assert status.status == "checked", status.error
    [f] = findings
    assert f.actual == "上海市普陀财政局" and f.locations[0].paragraph == 5
    assert f.locations[0].sentence == "第二部分上海市普陀财政局2024年度部门决算表"


def test_workbook_text_sheet_and_tables(tmp_path):
    """A 情况说明 sheet beside the nine tables, whose “部门：” lines name the department nine times."""
    from openpyxl import load_workbook

    path = tmp_path / "决算.xlsx"
    shutil.copy(SAMPLES / "决算公开表-2024-上海式-无误.xlsx", path)
    wb = load_workbook(path)
    ws = wb.create_sheet("情况说明")
    ws["A1"] = "一、收入支出决算总体情况说明"
    ws["A2"] = "上海市某区人力资源和社会保障局2024年度收入支出总计1234.56万元，比上年增加10万元。"
    ws["A3"] = "二、收入决算情况说明"
    ws["A4"] = "上海市某人力资源和社会保障局2024年度本年收入合计1200万元，其中财政拨款收入1200万元。"
    ws["A5"] = "上海市某区人力资源社会保障局2024年度本年支出合计1200万元。"  # 和 left out: usual
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT031"]))
    assert status.status == "checked", status.error
    assert [(f.actual, f.locations[0].sheet, f.locations[0].cell) for f in findings] == [
        ("上海市某人力资源和社会保障局", "情况说明", "A4")]
    assert "共 10 处" in findings[0].message and "公开01表的“部门：”栏" in findings[0].message


def test_a_table_named_after_another_department_is_cmp003s_alone():
    status, findings = check_file(SAMPLES / "决算公开表-2024-上海式-有误.xlsx", Options(select=["TXT031", "CMP003"]))
    assert [f.code for f in findings] == ["CMP003"]


def test_pdf_heading_placed_by_page_and_box(tmp_path):
    pdf = PdfWriter()
    cover = pdf.page()
    cover.text(200, 300, NAME, size=20).text(220, 340, "2024年度部门决算", size=16)
    page = pdf.page()
    lines = [f"第一部分{NAME}概况", "一、主要职能", f"{NAME}是主管全区财政工作的区政府工作部门。",
             "第三部分上海市普陀财政局2024年度部门决算情况说明", "一、收入支出决算总体情况说明",
             f"{NAME}2024年度收入支出总计2995.39万元。"]
    for i, text in enumerate(lines):
        page.text(60, 80 + 30 * i, text, size=12)
    path = pdf.save(tmp_path / "决算.pdf")
    status, findings = check_file(path, Options(select=["TXT031"]))
    assert status.status == "checked", status.error
    [f] = findings
    loc = f.locations[0]
    assert f.actual == "上海市普陀财政局" and loc.page == 2 and loc.bbox is not None
    assert abs(loc.bbox[1] - 170) < 6  # the fourth line's top


def test_a_district_name_shortened_further_is_an_abbreviation():
    """The seed names itself “唐山高新技术产业开发区人力资源和社会保障局”, mostly “高新区人社局” and once “高新人社局”
    (区 left out). Both are the usual shortenings of a 开发区's bureau (高新 = 高新技术产业开发区, 人社局 = 人力资源和社会
    保障局), not a misspelling of the name: decided to leave it unreported (precision before recall)."""
    name = "唐山高新技术产业开发区人力资源和社会保障局"
    texts = [name, "2019年度部门决算", f"{name}2019年度收入100万元。", "高新区人社局为县级行政部门单位。",
             "高新区人社局负责全区人才工作。", "高新人社局组织对18个项目开展绩效自评。"]
    assert judge(texts) == []
