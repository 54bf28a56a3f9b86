"""Issue 14, session 7: TXT031 (checks/narrative_names.py, the department's name written differently in one place)
line by line. Texts are judged in memory, alone or beside the nine tables of the 上海式 sample (their “部门：” lines
name 上海市某区人力资源和社会保障局) or the two 绩效自评表 of the 中央式 sample (主管部门 人力资源和社会保障部); each test
asserts where the slip is found, the spelling, the expected name and the message, and that the right text draws none."""

from __future__ import annotations

from pathlib import Path

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NAME = "上海市普陀区财政局"
TABLES_NAME = "上海市某区人力资源和社会保障局"  # the 上海式 sample's “部门：” lines
_FORMS: list = []


def forms():
    """The two 绩效自评表 of the 中央式 sample, whose 主管部门 is 人力资源和社会保障部."""
    if not _FORMS:
        _FORMS.extend(recognize(read_workbook(SAMPLES / "绩效自评表-中央式-无误.xlsx")).forms)
    return list(_FORMS)


def judge(texts, disclosure=None, tables=None, with_forms=None):
    d = disclosure.model_copy(deep=True) if disclosure is not None else Disclosure(path="t")
    if tables is not None:
        d.tables = tables
    if with_forms is not None:
        d.forms = with_forms
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                    for i, t in enumerate(texts, 1)]
    return [f for f in run_rules(d, Context(), select=["TXT031"]) if f.code == "TXT031"]


def where(findings):
    return [(f.actual, f.expected, f.locations[0].paragraph, f.locations[0].sheet, f.locations[0].cell)
            for f in findings]


# ------------------------------------------------------------------ where the name is read from
def test_the_name_read_from_the_cover_alone():
    """The name alone on a line with “2024年度部门决算” under it is the only place that gives it."""
    texts = [NAME, "2024年度部门决算", "目录", f"第二条{NAME}是主管全区财政工作的区政府工作部门。",
             "纳入上海市普陀财政局决算编制范围的单位共3个。"]
    [f] = judge(texts)
    assert where([f]) == [("上海市普陀财政局", NAME, 5, None, None)]
    assert f.message == ("第5段“纳入上海市普陀财政局决算编制范围的单位共3个。”中的部门名称写作“上海市普陀财政局”，"
                         "而本文件中通常写作“上海市普陀区财政局”（共 2 处，如第1段、第4段）：少了“区”字。")
    assert judge(texts[:-1] + [f"纳入{NAME}决算编制范围的单位共3个。"]) == []


def test_the_name_read_from_the_tables_department_lines_alone(sample_disclosure):
    """No heading or sentence opens with the name: the nine “部门：” lines give it."""
    d = sample_disclosure("2024")
    [f] = judge(["一、收入支出决算总体情况说明", "纳入上海市某人力资源和社会保障局2024年度部门决算编制范围的单位共3个。"], d)
    assert where([f]) == [("上海市某人力资源和社会保障局", TABLES_NAME, 2, None, None)]
    assert f.message.endswith("而本文件中通常写作“上海市某区人力资源和社会保障局”（共 9 处，如公开01表的“部门：”栏、"
                              "公开02表的“部门：”栏、公开03表的“部门：”栏）：少了“区”字。")


def test_the_name_read_from_the_forms_and_a_form_without_one():
    """Two 绩效自评表 name 人力资源和社会保障部 as 主管部门: a sentence's 保证部 is a slip. A form whose 填报部门 is not
    read (None) is passed over; a form's misspelt 填报部门 is found in that form's cell."""
    one, two = forms()
    [f] = judge(["2019年度项目支出绩效自评报告", "纳入人力资源和社会保证部绩效自评的项目共2个。"], with_forms=[one, two])
    assert (f.actual, f.expected, f.locations[0].paragraph) == ("人力资源和社会保证部", "人力资源和社会保障部", 2)
    assert "（共 2 处，如绩效自评表「就业创业服务能力建设」的填报部门、绩效自评表「劳动保障监察执法」的填报部门）" in f.message
    slip = two.model_copy(update={"department": two.department.model_copy(update={"text": "人力资源和社会保证部"})})
    texts = ["人力资源和社会保障部2019年度项目支出绩效自评报告", "人力资源和社会保障部2019年度共开展2个项目的绩效自评。"]
    [g] = judge(texts, with_forms=[one.model_copy(update={"department": None}), slip])
    assert where([g]) == [("人力资源和社会保证部", "人力资源和社会保障部", None, "项目2", "C4")]
    assert g.message.startswith("绩效自评表「劳动保障监察执法」的填报部门“人力资源和社会保证部”中的部门名称写作")
    assert g.message.endswith("：“证”应为“障”。")


def test_a_five_character_name_is_judged():
    """Names of five characters or more are judged (上海图书馆); 国 for 图 is a slip."""
    name = "上海图书馆"
    [f] = judge([name, "2024年度部门决算", f"第一部分{name}概况", f"{name}2024年度收入支出总计100万元。",
                 "上海国书馆2024年度无政府性基金预算财政拨款收入和支出。"])
    assert (f.actual, f.expected, f.locations[0].paragraph) == ("上海国书馆", name, 5)
    assert f.message.endswith("（共 3 处，如第1段、第3段、第4段）：“国”应为“图”。")


def test_a_heading_that_names_no_body_gives_no_name():
    """“财政拨款支出决算情况说明” has the shape of a title but 财政拨款支出 ends in no body's suffix: not a name, so
    财拔 for 财拨 in it is no TXT031 even where it is more frequent than the department's name."""
    texts = [NAME, "2024年度部门决算"] + ["财政拨款支出决算情况说明"] * 3 + ["财政拔款支出决算100万元。"]
    assert judge(texts) == []


# ------------------------------------------------------------------ the places read
def test_a_blank_paragraph_does_not_end_the_places():
    [f] = judge([NAME, "2024年度部门决算", f"第一部分{NAME}概况", "  ", "纳入上海市普陀财政局决算编制范围的单位共3个。"])
    assert (f.actual, f.locations[0].paragraph) == ("上海市普陀财政局", 5)


def test_a_name_cut_by_a_line_end_runs_on_into_the_next_paragraph():
    """A PDF line ends in “上海市普陀” (no sentence end after it; one earlier in the line) and the next begins
    “财政局（本级）”: the slip is read across the break and placed in the first paragraph."""
    texts = [NAME, "2024年度部门决算", f"第一部分{NAME}概况", "收入支出总计2995.39万元。其中上海市普陀",
             "财政局（本级）收入2000.00万元。"]
    [f] = judge(texts)
    assert (f.actual, f.locations[0].paragraph, f.locations[0].sentence) == ("上海市普陀财政局", 4, "其中上海市普陀")
    # a paragraph that ends its sentence does not run on
    assert judge(texts[:3] + ["收入支出总计2995.39万元。其中上海市普陀。", "财政局（本级）收入2000.00万元。"]) == []


def test_department_lines_misspelt_in_every_table_are_found_in_each_cell(sample_disclosure):
    """The text names 上海市某某区人力资源和社会保障局 eleven times, the nine tables' template 上海市某区…: one finding a
    table, placed in its “部门：” cell (A2), not its title (A1)."""
    said = "上海市某某区人力资源和社会保障局"
    texts = [f"第一部分{said}概况"] + [f"{said}2024年度第{i}项收入100万元。" for i in range(1, 11)]
    got = judge(texts, sample_disclosure("2024"))
    assert [(f.actual, f.expected, f.locations[0].cell, f.table) for f in got] == [
        (TABLES_NAME, said, "A2", f"公开0{i}表") for i in range(1, 10)]
    assert got[0].message == (f"公开01表的“部门：”栏“{TABLES_NAME}”中的部门名称写作“{TABLES_NAME}”，而本文件中通常写作"
                              f"“{said}”（共 11 处，如第1段、第2段、第3段）：少了“某”字。")


def test_a_table_of_another_department_is_cmp003s(sample_disclosure):
    """One table's “部门：” line differs from the other eight's: CMP003 reports it, TXT031 not again."""
    d = sample_disclosure("2024")
    tables = {k: (t.model_copy(update={"department": "上海市某人力资源和社会保障局"}) if k == "02" else t)
              for k, t in d.tables.items()}
    assert judge(["一、收入支出决算总体情况说明"], d, tables) == []


def test_a_tables_title_is_a_place_once(sample_disclosure):
    """A workbook's title is no paragraph: the slip in it is found in its cell; a PDF's title is also a paragraph and
    is reported there once."""
    d = sample_disclosure("2024")
    title = "上海市某人力资源和社会保障局收入决算表"
    tables = {k: (t.model_copy(update={"title": title}) if k == "02" else t) for k, t in d.tables.items()}
    [f] = judge(["一、收入支出决算总体情况说明"], d, tables)
    assert (where([f]), f.table) == ([("上海市某人力资源和社会保障局", TABLES_NAME, None, "02收入", "A1")], "公开02表")
    assert f.message.startswith(f"公开02表的表名“{title}”中的部门名称写作“上海市某人力资源和社会保障局”")
    [g] = judge([title], d, tables)
    assert where([g]) == [("上海市某人力资源和社会保障局", TABLES_NAME, 1, None, None)]


# ------------------------------------------------------------------ which of two names is the department's
LONG = "中共上海市普陀区委社会工作部"
SHORT = "上海市普陀区委社会工作部"  # inside LONG


def test_the_name_standing_on_its_own_most_often_is_the_departments():
    """SHORT on its own three times, LONG once: SHORT is the name (its count inside LONG not taken), and the slip
    of SHORT (委 left out) is reported against it."""
    texts = [SHORT, "2024年度部门决算", f"第一部分{SHORT}概况", f"{SHORT}2024年度收入支出总计100万元。",
             f"第三部分{LONG}2024年度部门决算情况说明", "上海市普陀区社会工作部2024年度无政府性基金预算财政拨款收入和支出。"]
    [f] = judge(texts)
    assert (f.actual, f.expected, f.locations[0].paragraph) == ("上海市普陀区社会工作部", SHORT, 6)
    assert f.message == ("第6段“上海市普陀区社会工作部2024年度无政府性基金预算财政拨款收入和支出。”中的部门名称写作"
                         "“上海市普陀区社会工作部”，而本文件中通常写作“上海市普陀区委社会工作部”（共 4 处，如第1段、第3段、"
                         "第4段）：少了“委”字。")


def test_the_longer_name_used_most_is_the_departments():
    """LONG four times, SHORT on its own once (its three times inside LONG do not make it the more usual): the
    slip of LONG is reported against LONG."""
    texts = [LONG, "2024年度部门决算", f"第一部分{LONG}概况", f"{LONG}2024年度收入支出总计100万元。",
             f"第二部分{SHORT}2024年度部门决算表", "中共上海市普陀区社会工作部2024年度无政府性基金预算财政拨款收入和支出。"]
    [f] = judge(texts)
    assert (f.actual, f.expected, f.locations[0].paragraph) == ("中共上海市普陀区社会工作部", LONG, 6)
    assert f.message.endswith("（共 3 处，如第1段、第3段、第4段）：少了“委”字。")


# ------------------------------------------------------------------ how many slips make another text
def test_more_slips_than_a_names_length_allows_are_not_a_misspelling():
    """A name under eight characters allows one slip, a longer one two: 普陀区审计局 with two (陀→佗 and 计→汁, or 陀
    left out and 计→汁) and 上海市普陀区财政局 with three scattered ones (市→币, 陀→佗, 政→攻; or 市 and 政 left out, 区→县) are other text."""
    short = "普陀区审计局"
    head = [short, "2024年度部门决算", f"第一部分{short}概况"]
    assert judge(head + ["普佗区审汁局负责审计工作。"]) == []
    assert judge(head + ["普区审汁局负责审计工作。"]) == []
    [one] = judge(head + ["普陀区审汁局负责审计工作。"])
    assert (one.actual, one.message[-10:]) == ("普陀区审汁局", "：“汁”应为“计”。")
    head = [NAME, "2024年度部门决算", f"第一部分{NAME}概况"]
    assert judge(head + ["上海币普佗区财攻局负责财政工作。"]) == []
    assert judge(head + ["上海普陀县财局负责财政工作。"]) == []  # 市 and 政 left out, 区 → 县
    [two] = judge(head + ["上海币普佗区财政局负责财政工作。"])
    assert two.message.endswith("：“币”应为“市”，“佗”应为“陀”。")


def test_a_slip_at_the_very_end_of_the_text():
    """The last paragraph is a heading that ends with the misspelt name: nothing after it, not even a next line."""
    [f] = judge([NAME, "2024年度部门决算", f"第一部分{NAME}概况", "第四部分上海市普陀财政局"])
    assert (f.actual, f.locations[0].paragraph, f.locations[0].sentence) == ("上海市普陀财政局", 4, "第四部分上海市普陀财政局")


def test_a_slip_beside_the_name_itself_in_one_paragraph():
    """The name and a slip of it in one paragraph, apart or printed one right after the other (a PDF list that lost
    its separators): the slip is found; only text that overlaps the name itself is passed over."""
    head = [NAME, "2024年度部门决算", f"第一部分{NAME}概况"]
    for text in (f"纳入{NAME}2024年度部门决算编制范围的单位包括：上海市普陀财政局本级。",
                 f"单位构成：{NAME}上海市普陀财政局财政所", f"单位构成：上海市普陀财政局{NAME}财政所"):
        [f] = judge(head + [text])
        assert (f.actual, f.locations[0].paragraph) == ("上海市普陀财政局", 4), text


def test_an_unmapped_glyph_in_the_name_is_no_slip():
    """A PDF font without a Unicode map gives a private-use character for 区: a reading fault, not a misspelling."""
    assert judge([NAME, "2024年度部门决算", f"第一部分{NAME}概况", "上海市普陀\ue05a财政局2024年度收入100万元。"]) == []


def test_the_sentence_quoted_is_cut_around_the_slip_in_a_long_one():
    """A sentence over 80 characters is quoted from 30 characters before the slip to 50 after it; one of exactly 80
    whole. The sentence starts after the one before it, and after a sentence end the line begins with."""
    head = [NAME, "2024年度部门决算", f"第一部分{NAME}概况"]
    before = "主要职能包括" * 7  # 42 characters
    after = "负责本区财政收支管理和政府采购监督管理工作以及区级国有资产管理工作并承担财政监督检查职责和会计管理工作等事项"
    long = before + "上海市普陀财政局" + after + "。"
    [f] = judge(head + ["一、部门职能。" + long])
    assert f.locations[0].sentence == long[42 - 30: 42 + 50]
    exact = before[:32] + "上海市普陀财政局" + after[:39] + "。"  # 80 characters, the slip at 32
    assert len(exact) == 80
    [g] = judge(head + ["一、部门职能。" + exact])
    assert g.locations[0].sentence == exact
    [h] = judge(head + ["。纳入上海市普陀财政局决算编制范围的单位共3个。"])
    assert h.locations[0].sentence == "纳入上海市普陀财政局决算编制范围的单位共3个。"


def test_a_name_said_twice_is_enough():
    [f] = judge([NAME, "2024年度部门决算", "目录", f"{NAME}2024年度收入100万元。", "上海市普陀财政局2024年度支出100万元。"])
    assert "（共 2 处，如第1段、第4段）" in f.message
    assert judge(["目录", f"{NAME}2024年度收入100万元。", "上海市普陀财政局2024年度支出100万元。"]) == []


def test_an_eight_character_name_allows_two_slips():
    """上海市普陀区法院 (8 characters) may lose two: 上海普陀法院 (市 and 区) is found."""
    name = "上海市普陀区法院"
    [f] = judge([name, "2024年度部门决算", f"第一部分{name}概况", "上海普陀法院2024年度无政府性基金预算财政拨款收入和支出。"])
    assert (f.actual, f.expected) == ("上海普陀法院", name)
    assert f.message.endswith("：少了“市”字，少了“区”字。")


def test_one_slip_said_twice_in_a_paragraph_and_another_after_it():
    """The same slip twice in a paragraph is one finding; a different slip after it in that paragraph is another."""
    head = [NAME, "2024年度部门决算", f"第一部分{NAME}概况", f"{NAME}2024年度收入100万元。"]
    got = judge(head + ["上海市普陀财政局本级和上海市普陀财政局财政所以及上海市普佗区财政局国库科。"])
    assert [(f.actual, f.locations[0].paragraph) for f in got] == [("上海市普陀财政局", 5), ("上海市普佗区财政局", 5)]


def test_a_long_sentence_with_the_slip_near_its_start_is_quoted_from_its_start():
    after = "负责本区财政收支管理和政府采购监督管理工作以及区级国有资产管理工作并承担财政监督检查职责和会计管理工作等事项" * 2
    long = "其中上海市普陀财政局" + after + "。"
    [f] = judge([NAME, "2024年度部门决算", f"第一部分{NAME}概况", long])
    assert f.locations[0].sentence == long[:2 + 50]


def test_a_spelling_as_common_as_the_name_is_passed_over_and_the_next_slip_found():
    """上海市普陀财政局 twice, as often as the name (twice): not a slip of one place; 上海市普佗区财政局 after it in
    the same paragraph is. Said once, 上海市普陀财政局 is a slip."""
    texts = [NAME, "2024年度部门决算", f"{NAME}2024年度收入100万元。",
             "上海市普陀财政局负责全区财政工作，上海市普陀财政局下设上海市普佗区财政局国库科。"]
    assert [(f.actual, f.locations[0].paragraph) for f in judge(texts)] == [("上海市普佗区财政局", 4)]
    [f] = judge(texts[:3] + ["上海市普陀财政局负责全区财政工作。"])
    assert f.actual == "上海市普陀财政局"


def test_the_name_and_its_slip_in_one_paragraph_only():
    """A workbook's 情况说明 in one cell: the name's places are all that paragraph, which the message then names."""
    [f] = judge([f"{NAME}2024年度收入支出总计100万元，{NAME}本级收入90万元，上海市普陀财政局财政所收入10万元。"])
    assert f.actual == "上海市普陀财政局"
    assert f.message.endswith("而本文件中通常写作“上海市普陀区财政局”（共 2 处，如第1段）：少了“区”字。")
