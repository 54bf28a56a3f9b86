"""TXT2xx text hygiene and TXT030 renamed 科目 (checks/narrative_hygiene.py), one behaviour per test (issue 14: they
kill its mutants). Each paragraph is the shape a 情况说明 prints; the assertions pin the code, the severity and the
whole message, and that the paragraph just inside each boundary draws nothing."""

from __future__ import annotations

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph
from govaudit.recognize.claims import read_claims


def judge(texts, kind="word", levels=None, year=2019, disclosure=None, select=("TXT2",)):
    d = disclosure.model_copy(deep=True) if disclosure is not None else Disclosure(path="说明.docx", kind=kind)
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="说明.docx", paragraph=i),
                                  level=(levels or {}).get(i))
                    for i, t in enumerate(texts, 1)]
    d.narrative = read_claims(d.paragraphs, d.year or year)
    return run_rules(d, Context(), select=list(select))


def said(findings):
    return [(f.code, f.severity.value, f.locations[0].paragraph, f.message) for f in findings]


LONG = "本部门2019年度机关运行经费支出10万元，比上年增加2万元，主要是人员增加，相关情况详见附表"  # 47 characters


# ------------------------------------------------------------------ TXT201
def test_doubled_punctuation_quotes_the_words_around_it():
    assert said(judge(["公务接待费1万元。。"])) == [("TXT201", "info", 1, "第1段“公务接待费1万元。。”中标点“。。”重复。")]
    (f,) = judge(["本部门2019年度一般公共预算财政拨款“三公”经费支出3.68万元，，比上年减少1万元。"])
    assert f.message == "第1段“公”经费支出3.68万元，，比上年减少1万元。”中标点“，，”重复。"  # 12 characters each side
    assert f.locations[0].sentence.startswith("本部门2019年度")


def test_a_long_paragraph_without_its_full_stop():
    assert len(LONG) == 47
    assert said(judge([LONG])) == [("TXT201", "info", 1, "第1段结尾“员增加，相关情况详见附表”没有句末标点。")]
    forty = LONG[:40]
    assert [f.code for f in judge([forty])] == ["TXT201"]
    assert judge([LONG[:39]]) == []  # a short line: a caption, not a sentence
    assert judge([LONG.replace("，", "、")]) == []  # no comma: a title
    assert judge([LONG + "如下"]) == [] and judge([LONG + "："]) == []
    assert judge(["（一）" + LONG]) == []  # a numbered heading
    assert judge([LONG], levels={1: 2}) == []  # a heading by its style
    assert judge([LONG], kind="pdf") == []  # a PDF's paragraphs are rebuilt from lines


# ------------------------------------------------------------------ TXT202
def test_unpaired_quotes_and_brackets_are_counted():
    assert said(judge(["发生“公务用车购置经费支出0万元。"])) == [
        ("TXT202", "info", 1, "第1段中左引号““”1 个、右引号“””0 个，不成对。")]
    assert said(judge(["收入合计（含结转100万元。"])) == [("TXT202", "info", 1, "第1段中左括号“（”1 个、右括号“）”0 个，不成对。")]
    assert said(judge(['发生"公务用车购置经费"支出"0万元。'])) == [("TXT202", "info", 1, '第1段中直引号“"”有 3 个，不成对。')]
    assert judge(['发生"公务用车购置经费"支出0万元。']) == []


def test_a_short_caption_is_not_judged_but_the_paragraphs_after_it_are():
    assert judge(["（单位万元"]) == []  # five characters
    assert [f.code for f in judge(["（单位：万元"])] == ["TXT202"]  # six
    assert said(judge(["（单位万元", "收入合计（含结转100万元。"])) == [
        ("TXT202", "info", 2, "第2段中左括号“（”1 个、右括号“）”0 个，不成对。")]


# ------------------------------------------------------------------ TXT203, TXT204
def test_a_sentence_that_stops_after_its_reason():
    assert said(judge(["比上年增加2万元，主要原因是。"])) == [
        ("TXT203", "info", 1, "第1段“比上年增加2万元，主要原因是。”：句子在“主要原因是”之后就结束了，没有写出内容。")]
    assert said(judge(["主要原因是", "主要原因是人员增加。"])) == [
        ("TXT203", "info", 1, "第1段“主要原因是”：句子在“主要原因是”之后就结束了，没有写出内容。")]


def test_a_word_written_twice_at_the_start_of_a_paragraph():
    assert said(judge(["表表以空表列示。"])) == [("TXT204", "info", 1, "第1段“表表以空表列示。”中“表表”重复。")]


# ------------------------------------------------------------------ TXT205
def test_an_arabic_heading_number_among_chinese_ones():
    heads = ["（一）收入", "（2）支出", "（三）结余"]
    assert said(judge(heads)) == [("TXT205", "info", 2, "第2段标题编号“（2）”与前后的（一）等写法不一致，应为（二）。")]
    assert said(judge(["（一）收入", "（2）支出"])) == [
        ("TXT205", "info", 2, "第2段标题编号“（2）”与前后的（一）等写法不一致，应为（二）。")]  # the last heading
    assert judge(["（1）收入", "（2）支出", "（3）结余"]) == []  # all Arabic: a style of its own
    assert judge(["（一）收入", "（3）支出", "（三）结余"]) == []  # not the number between: another list
    assert judge(["（一）收入", "（2）支出", "（四）结余"]) == []


def test_heading_numbers_from_ten_on():
    assert said(judge(["（九）甲", "（10）乙", "（十一）丙"])) == [
        ("TXT205", "info", 2, "第2段标题编号“（10）”与前后的（九）等写法不一致，应为（十）。")]
    assert said(judge(["（十）甲", "（11）乙", "（十二）丙"])) == [
        ("TXT205", "info", 2, "第2段标题编号“（11）”与前后的（十）等写法不一致，应为（十一）。")]
    assert said(judge(["（十一）甲", "（12）乙", "（十三）丙"])) == [
        ("TXT205", "info", 2, "第2段标题编号“（12）”与前后的（十一）等写法不一致，应为（十二）。")]
    assert said(judge(["（十九）甲", "（20）乙"])) == [
        ("TXT205", "info", 2, "第2段标题编号“（20）”与前后的（十九）等写法不一致，应为（二十）。")]
    assert judge(["（十）甲", "（十一）乙", "（十二）丙"]) == []


# ------------------------------------------------------------------ TXT206
HEAD = ["某中心2023年度单位决算", "第一部分 单位概况", "一、主要职能", "二、机构设置", "三、人员"]


def test_department_wording_in_a_units_disclosure():
    assert said(judge(HEAD + ["本单位2023年度部门决算收支总计100万元。"], year=2023)) == [
        ("TXT206", "info", 6, "第6段“本单位2023年度部门决算收支总计100万”：这是单位的公开，却写作“部门决算”。")]
    # the fifth paragraph is still the document's head: a 部门决算 there says whose the document is
    assert judge(HEAD[:4] + ["本单位2023年度部门决算收支总计100万元。", "本单位2023年度部门决算收支总计100万元。"],
                 year=2023) == []
    assert judge(["某局2023年度部门决算"] + HEAD[1:] + ["本部门2023年度部门决算收支总计100万元。"], year=2023) == []


# ------------------------------------------------------------------ TXT030
def test_an_old_name_from_the_year_it_changed():
    (f,) = judge(["2019年度财政拨款支出100万元，主要用于以下方面：医疗卫生与计划生育（类）支出80.19万元。"],
                 select=("TXT030",))
    assert (f.code, f.severity.value, f.expected, f.actual) == ("TXT030", "warning", "卫生健康支出", "医疗卫生与计划生育支出")
    assert f.message == "第1段的“医疗卫生与计划生育支出”是 2019 年以前的科目名称（210），2019 年度应为“卫生健康支出”。"
    assert f.locations[0].paragraph == 1
    # 扶贫 is a 科目 name only when written as one (whole_word), and only from 2021
    text = "2021年度财政拨款支出100万元，主要用于扶贫（款）支出80万元，开展扶贫工作。"
    assert [f.expected for f in judge([text], year=2021, select=("TXT030",))] == ["巩固脱贫衔接乡村振兴"]
    assert judge([text.replace("2021", "2020")], year=2020, select=("TXT030",)) == []
    assert judge(["2021年度开展扶贫工作，帮扶困难群众。"], year=2021, select=("TXT030",)) == []


def test_an_old_name_quotes_its_whole_sentence():
    """The place quotes the sentence that holds the old name, whole: not the paragraph cut at a width (which lost
    the name when a long sentence came first)."""
    first = "2019年度财政拨款支出6101.24万元，主要用于以下方面：一般公共服务（类）支出1303.58万元，占21.37%；社会保障和就业（类）支出305.17万元，占5.00%。"
    second = "医疗卫生与计划生育（类）支出80.19万元，占1.31%。"
    (f,) = judge([first + second + "以上数据来自公开表。"], select=("TXT030",))
    assert len(first) > 80 and f.locations[0].sentence == second
    (f,) = judge(["医疗卫生与计划生育（类）支出80.19万元，" + "主要用于人员医疗保险" * 9 + "。下一句。"], select=("TXT030",))
    assert f.locations[0].sentence == "医疗卫生与计划生育（类）支出80.19万元，" + "主要用于人员医疗保险" * 9 + "。"


def test_a_category_named_otherwise_than_in_the_tables(sample_disclosure):
    d = sample_disclosure("2019").model_copy(deep=True)
    for kind in ("01", "03"):  # the first tables that name 类 210 call it by its old name (a stale template)
        row = d.tables[kind].row("210")
        d.tables[kind].rows[d.tables[kind].rows.index(row)] = row.model_copy(update={"label": "九、医疗卫生与计划生育支出"})
    del d.tables["01"]  # the label is looked up in the next table that has the row
    # the first 类 named as in the tables, the second not: each 类 is judged
    text = "2019年度财政拨款支出100万元，主要用于以下方面：社会保障和就业（类）支出10万元，卫生健康（类）支出80.19万元。"
    (f,) = judge([text], disclosure=d, select=("TXT030",))
    assert (f.code, f.severity.value, f.expected, f.actual) == ("TXT030", "warning", "医疗卫生与计划生育支出", "卫生健康支出")
    assert f.message == "文中“卫生健康支出”在公开表中名为“医疗卫生与计划生育支出”（210），名称不一致。"
    assert judge([text], disclosure=sample_disclosure("2019"), select=("TXT030",)) == []


def test_an_old_name_is_reported_once_and_a_class_the_tables_lack_not_at_all(sample_disclosure):
    old = "2019年度财政拨款支出100万元，主要用于以下方面：医疗卫生与计划生育（类）支出80.19万元。"
    (f,) = judge([old], disclosure=sample_disclosure("2019"), select=("TXT030",))  # the tables say 卫生健康支出 too
    assert (f.expected, f.actual) == ("卫生健康支出", "医疗卫生与计划生育支出")
    absent = "2019年度财政拨款支出100万元，主要用于以下方面：文化旅游体育与传媒（类）支出10万元。"  # no 207 row
    assert judge([absent], disclosure=sample_disclosure("2019"), select=("TXT030",)) == []
