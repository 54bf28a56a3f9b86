"""What a 预算 disclosure is (recognize/stage.py) and the BGC rules about what it holds (checks/budget.py), one
behaviour per test (issue 14: they kill the mutants of both files). The disclosures are built in memory as the
recogniser hands them to the rules: tables with a kind, a title, their columns and figures; headings as paragraphs."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import CellIssue, Column, Disclosure, Figure, Location, Row, Table, TextParagraph
from govaudit.recognize.stage import declared_scopes, detect, heading_claims, layout_scope

TITLES = {"B01": "财务收支预算总表", "B02": "收入预算总表", "B03": "支出预算总表", "B04": "财政拨款收支预算总表",
          "B05": "一般公共预算支出功能分类预算表", "B06": "政府性基金预算支出功能分类预算表",
          "B07": "国有资本经营预算支出功能分类预算表", "B08": "一般公共预算基本支出经济分类预算表",
          "B09": "“三公”经费和机关运行经费预算表", "B10": "财政拨款支出预算表（功能科目）", "01": "收入支出决算总表"}


def table(kind, who="部门", expense=(), figures=(), notes=(), unreliable=None, title=None) -> Table:
    """A table of `kind`; `expense`: the keys of its 支出 side's columns (side 1); `figures`: (row label, value)."""
    columns = [Column(key="amount", header="预算数", side=0, col=2)]
    columns += [Column(key=k, header=k, side=1, col=4 + i) for i, k in enumerate(expense)]
    rows = [Row(key=f"r{i}", label=label, row=5 + i,
                cells={"amount": Figure(value=Decimal(v), decimals=2, source=Location(
                    file="", sheet=kind, cell=f"B{5 + i}", row_label=label, col_label="预算数"))})
            for i, (label, v) in enumerate(figures)]
    return Table(kind=kind, title=title or f"2025年{who}{TITLES.get(kind, kind)}", sheet=kind, title_cell="A1",
                 columns=columns, rows=rows, notes=list(notes), unreliable=unreliable)


def disclosure(*tables, headings=(), kind="workbook", detected=True) -> Disclosure:
    d = Disclosure(path="预算.xlsx", kind=kind, tables={t.kind: t for t in tables},
                   paragraphs=[TextParagraph(index=i, text=t, location=Location(file="预算.xlsx", paragraph=i))
                               for i, t in enumerate(headings, 1)])
    if detected:
        detect(d)
    return d


def findings(d, *codes, ctx=None):
    return [f for f in run_rules(d, ctx or Context(), select=list(codes)) if f.code in codes]


SHANGHAI = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09")


# ------------------------------------------------------------------ stage.py
def test_stage_is_the_tables_majority_and_says_how_many_of_each():
    d = disclosure(table("B02"), table("B03"), table("01"))
    assert (d.stage, d.stage_evidence) == ("预算", "2 张预算表、1 张决算表")
    d = disclosure(table("B02"))
    assert (d.stage, d.stage_evidence) == ("预算", "1 张预算表")
    d = disclosure(table("01"))
    assert (d.stage, d.stage_evidence, d.scope) == ("决算", "1 张决算表", None)


def test_stage_from_the_headings_when_there_is_no_table():
    d = disclosure(headings=["某局2025年部门预算"])
    assert (d.stage, d.stage_evidence, d.scope, d.scope_evidence) == ("预算", "标题称“预算”", "部门", "标题称“部门预算”")
    assert disclosure(headings=["某局2025年部门预算", "某局2024年部门决算"]).stage is None  # as many of each
    d = disclosure(headings=["某局2025年部门预算", "某局2025年部门预算公开说明", "某局2024年部门决算"])
    assert d.stage == "预算"
    assert disclosure(headings=["某局2025年部门决算"]).stage == "决算"
    assert disclosure(headings=["没有标题"]).stage is None


def test_scope_from_the_layout_of_the_first_table():
    d = disclosure(table("B01", expense=["total", "basic.personnel", "basic.public", "project"]), table("B02"))
    assert (d.scope, d.scope_evidence) == ("单位", "财务收支预算总表的支出栏分列基本支出和项目支出")
    d = disclosure(table("B01", who="单位", expense=["amount"]))
    assert (d.scope, d.scope_evidence) == ("部门", "财务收支预算总表的支出栏只有预算数一列")
    assert layout_scope(disclosure(table("B01", expense=["total", "project"]))) == "单位"
    assert layout_scope(disclosure(table("B01", expense=["basic"]))) == "单位"
    assert layout_scope(disclosure(table("B01", expense=["total"]))) is None  # neither split nor one 预算数
    assert layout_scope(disclosure(table("B01"))) is None  # no 支出 side read
    assert layout_scope(disclosure(table("B02"))) is None  # no 财务收支预算总表


def test_scope_from_the_titles_then_from_the_headings():
    d = disclosure(table("B02", who="预算单位"), table("B03", who="单位"), table("B04"))
    assert (d.scope, d.scope_evidence) == ("单位", "标题称“单位预算”")
    assert declared_scopes(d) == Counter({"单位": 2, "部门": 1})
    d = disclosure(table("B02", title="收入预算总表"), headings=["某中心2025年单位预算", "某中心2024年部门决算"])
    assert (d.stage, d.scope) == ("预算", "单位")
    assert disclosure(table("B02", title="收入预算总表")).scope is None


def test_headings_that_name_the_disclosure():
    d = disclosure(headings=["关于本单位决算和部门预算的说明", "本部门预算", "2025年预算单位预算",
                             "一般公共预算基本支出部门预算经济分类预算表", "这是一段很长的文字，" * 4 + "部门预算",
                             "某局2025年部门预算" + "公" * 29, "某局2025年部门预算" + "公" * 30])  # 40 and 41 characters
    assert [(p.index, who, stage) for p, who, stage in heading_claims(d)] == [(1, "部门", "预算"), (6, "部门", "预算")]


def test_an_unreliable_table_is_set_aside_before_the_stage_is_told():
    d = disclosure(table("B02", unreliable="4 行数字没有行名"), table("01"))
    assert ([t.kind for t in d.unread_tables], sorted(d.tables), d.stage) == (["B02"], ["01"], "决算")


# ------------------------------------------------------------------ BGC001
def test_missing_tables_of_the_shanghai_set():
    d = disclosure(*[table(k) for k in SHANGHAI if k != "B07"])
    (f,) = findings(d, "BGC001")
    assert (f.severity.value, f.expected, f.actual) == ("error", "国有资本经营预算支出功能分类预算表", None)
    assert f.message == "缺少《国有资本经营预算支出功能分类预算表》：上海式（九张表）预算公开应有此表，工作簿中按标题找不到它。" \
                        "无数据时也应以空表公开并说明原因。"
    assert findings(disclosure(*[table(k) for k in SHANGHAI]), "BGC001") == []
    (w,) = findings(disclosure(*[table(k) for k in SHANGHAI if k != "B07"], kind="pdf"), "BGC001")
    assert w.severity.value == "warning" and "文档中未能按标题找到它" in w.message
    unread = disclosure(*[table(k) for k in SHANGHAI if k != "B07"], table("B07", unreliable="错位"))
    assert findings(unread, "BGC001") == []  # found but not read: BGC006 says so


def test_missing_tables_of_the_jiangsu_set_and_when_none_are_required():
    d = disclosure(table("B01"), table("B02"), table("B10", unreliable="错位"))  # a 江苏-only table, even unread,
    got = findings(d, "BGC001")                                                   # names the set
    assert len(got) == 9  # 江苏's twelve but the three found
    assert all("：江苏式（公开01～12表）预算公开应有此表" in f.message for f in got)
    assert "《财政拨款支出预算表（功能科目）》" not in {f.table for f in got}
    ctx = Context()
    ctx.settings.required_tables = []
    assert findings(disclosure(table("B01")), "BGC001", ctx=ctx) == []
    assert findings(disclosure(table("01")), "BGC001") == []  # a 决算
    assert findings(disclosure(headings=["某局2025年部门预算"]), "BGC001") == []  # text only


# ------------------------------------------------------------------ BGC002
def test_a_final_accounts_table_among_budget_tables():
    d = disclosure(table("B02"), table("B03"), table("01", title="收入支出决算总表"))
    (f,) = findings(d, "BGC002")
    assert (f.severity.value, f.expected, f.actual, f.table) == ("error", "预算", "决算", "公开01表")
    assert f.message == "公开01表「收入支出决算总表」是决算表，而本文件是预算公开（2 张预算表、1 张决算表）：一份公开不应混入另一阶段的表。"
    assert (f.locations[0].cell, f.locations[0].row_label) == ("A1", "收入支出决算总表")
    assert findings(disclosure(table("B02"), table("B03")), "BGC002") == []
    undecided = disclosure(table("B02"), table("01"), detected=False)
    assert findings(undecided, "BGC002") == []


# ------------------------------------------------------------------ BGC003
def test_unit_layout_with_department_titles_and_headings():
    unit = ["total", "basic.personnel", "basic.public", "project"]
    d = disclosure(table("B01", expense=unit), table("B02"), table("B03", who="单位"),
                   headings=["某中心2025年部门预算", "某中心2025年单位预算"])
    heading, titles = findings(d, "BGC003")
    assert (titles.severity.value, titles.expected, titles.actual) == ("warning", "单位预算", "部门预算")
    assert titles.message == ("表名“2025年部门财务收支预算总表”、“2025年部门收入预算总表”称部门预算，但本文件是单位预算"
                              "（财务收支预算总表的支出栏分列基本支出和项目支出）。")
    assert [loc.sheet for loc in titles.locations] == ["B01", "B02"]
    assert heading.message == "标题“某中心2025年部门预算”称部门预算，但本文件是单位预算（财务收支预算总表的支出栏分列基本支出和项目支出）。"
    assert heading.locations[0].sentence == "某中心2025年部门预算"
    many = disclosure(table("B01", who="单位", expense=["amount"]), *[table(k, who="单位") for k in ("B02", "B03", "B04")])
    (f,) = findings(many, "BGC003")
    assert f.table == "《财务收支预算总表》"  # the first of them
    assert f.message.startswith("表名“2025年单位财务收支预算总表”、“2025年单位收入预算总表”、“2025年单位支出预算总表”等 4 张表"
                                "称单位预算，但本文件是部门预算")
    three = disclosure(table("B01", who="单位", expense=["amount"]), *[table(k, who="单位") for k in ("B02", "B03")])
    (t,) = findings(three, "BGC003")
    assert "预算总表”称单位预算" in t.message and "张表" not in t.message
    assert findings(disclosure(table("B01", expense=["amount"]), table("B02")), "BGC003") == []
    assert findings(disclosure(table("B02", who="单位"), table("B03")), "BGC003") == []  # no layout to go by


# ------------------------------------------------------------------ BGC004
def test_a_table_said_empty_that_holds_figures():
    d = disclosure(table("B02"), table("B03", figures=[("合计", "5")]),  # an empty table, one without the note
                   table("B07", figures=[("合计", "0"), ("国有资本经营预算支出", "12.50")],
                         notes=["注：本部门2025年无国有资本经营预算，故本表为空表。"]))
    (f,) = findings(d, "BGC004")
    assert (f.severity.value, f.expected, f.actual) == ("error", "空表", "12.50")
    assert f.message == ("《国有资本经营预算支出功能分类预算表》「2025年部门国有资本经营预算支出功能分类预算表」表下注明"
                         "“注：本部门2025年无国有资本经营预算，故本表为空表。”，但表中有数字（如 国有资本经营预算支出 预算数 为 12.50）"
                         "：说明与数字不符。")
    assert (f.locations[0].cell, f.locations[1].cell) == ("B6", "A1")
    empty = disclosure(table("B07", figures=[("合计", "0")], notes=["故本表为空表。"]))
    assert findings(empty, "BGC004") == []
    assert findings(disclosure(table("B07", figures=[("合计", "3")], notes=["单位：万元"])), "BGC004") == []
    final = disclosure(table("08", figures=[("合计", "3")], notes=["本表为空表"], title="政府性基金预算财政拨款收入支出决算表"))
    assert findings(final, "BGC004") == []


# ------------------------------------------------------------------ BGC005, BGC006
def test_a_misprinted_class_code_and_an_unread_table():
    d = disclosure(table("B03"), table("B02", unreliable="4 行数字没有行名"))
    d.cell_issues = [CellIssue(kind="not_a_number", text="x", location=Location(file="", sheet="B03", cell="B9")),
                     CellIssue(kind="bad_code", text="0071102", context="《支出预算总表》|2101102",
                               location=Location(file="", sheet="B03", cell="A9", row_label="事业单位医疗"))]
    (f,) = findings(d, "BGC005")
    assert (f.severity.value, f.expected, f.actual, f.table) == ("warning", "2101102", "0071102", "《支出预算总表》")
    assert f.message == ("《支出预算总表》「事业单位医疗」：科目编码的类印成“7”，没有这个类；它在 21011 之下，应为 2101102"
                         "（已按 2101102 核对）。")
    d.cell_issues[1] = d.cell_issues[1].model_copy(update={"text": "0001102"})
    assert "类印成“0”" in findings(d, "BGC005")[0].message
    (u,) = findings(d, "BGC006")
    assert (u.severity.value, u.table) == ("warning", "《收入预算总表》")
    assert u.message == "《收入预算总表》「2025年部门收入预算总表」未能可靠识别（4 行数字没有行名），未核对这张表。"
