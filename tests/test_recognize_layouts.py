"""Layout variations built in the tests: whatever the layout, the same figures are read and nothing is reported.

Each variant writes the clean spec of tests/wb.py; recognition must give exactly the figures the spec
prints (wb.expected_figures) and the rules must find nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

import wb

VARIANTS = {
    "one table a sheet": {},
    "all stacked on one sheet": dict(stack=True),
    "stacked, shifted, wide gaps": dict(stack=True, offset=(4, 3), gap=5),
    "shifted by a blank row and column": dict(offset=(2, 2)),
    "类/款/项 split, 行次, 栏次, 合计 last, 07 stacked": dict(
        layout=wb.Layout(split_codes=True, lineno=True, total_last=True, sanshi_stacked=True)),
    "2019 中央式 stacked and shifted": dict(
        stack=True, offset=(2, 2), layout=wb.Layout(split_codes=True, lineno=True, sanshi_stacked=True)),
    "blank rows under the header": dict(layout=wb.Layout(blank_rows_in_header=2)),
    "no 公开NN表 code, no year line": dict(layout=wb.Layout(codes=False, year=None)),
    "numbers as text": dict(text_numbers=tuple(wb.ORDER)),
    "a table-of-contents sheet first": dict(toc=True),
    "table of contents and stacked tables": dict(toc=True, stack=True),
    # 类/款/项 parts stored as numbers lose their leading zero unless read as printed (5 shown '05')
    "类/款/项 split, parts numbers shown 00": dict(layout=wb.Layout(split_codes=True, numeric_codes="00")),
    "类/款/项 split, parts plain numbers, 行次, 合计 last": dict(
        layout=wb.Layout(split_codes=True, numeric_codes="General", lineno=True, total_last=True)),
    "codes stored as numbers": dict(layout=wb.Layout(numeric_codes="0")),
    "07 as rows labelled 预算数 / 决算数": dict(layout=wb.Layout(sanshi_rows=True)),
    "07 as labelled rows, stacked and shifted": dict(stack=True, offset=(3, 2), layout=wb.Layout(sanshi_rows=True)),
}


def recognise(path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    return recognize(read_workbook(path))


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_layout_variant_reads_the_same_figures(tmp_path, variant):
    from govaudit.engine.runner import run_rules

    s = wb.spec()
    d = recognise(wb.save(wb.build(s, **VARIANTS[variant]), tmp_path))
    assert set(d.tables) == set(wb.ORDER)
    assert not d.duplicates and not d.cell_issues
    assert wb.recognised_figures(d) == wb.expected_figures(s)
    assert run_rules(d) == []


def test_table_of_contents_is_not_a_table(tmp_path):
    d = recognise(wb.save(wb.build(toc=True), tmp_path))
    assert all(t.sheet != "目录" for t in d.tables.values())
    assert not d.duplicates


def test_only_a_table_of_contents_is_unreadable(tmp_path):
    from govaudit.pipeline import Options, check_file

    book = Workbook()
    ws = book.active
    ws.title = "目录"
    for i, kind in enumerate(wb.ORDER, start=1):
        ws.append([f"公开{kind}表", wb.TITLES[kind], f"第{i}页"])
    path = tmp_path / "目录.xlsx"
    book.save(path)
    status, findings = check_file(path, Options())
    assert status.status == "unreadable" and findings == []
    assert "没有找到可识别的" in status.error


def test_stacked_tables_stay_apart(tmp_path):
    d = recognise(wb.save(wb.build(stack=True, offset=(3, 2)), tmp_path))
    rows = sorted((t.rows[0].row, t.rows[-1].row, k) for k, t in d.tables.items() if t.rows)
    for (_first, last, kind), (nxt, _l, nkind) in zip(rows, rows[1:]):
        assert last < nxt, f"公开{kind}表 runs into 公开{nkind}表"
    assert {t.sheet for t in d.tables.values()} == {"决算公开表"}
    assert d.tables["01"].title_cell == "B3"


# ---------------------------------------------------------------- titles
TITLE_VARIANTS = [
    ("01", "收入支出决算表"),
    ("01", "部门收支决算总表"),
    ("01", "2024年度收入支出决算总表"),
    ("01", "某市测试局2024年度部门收支决算总表"),
    ("02", "收入决算表（公开02表）"),
    ("03", "2024年支出决算表"),
    ("04", "财政拨款收支决算总表"),
    ("05", "一般公共预算财政拨款支出决算表(按功能分类)"),
    ("06", "一般公共预算财政拨款基本支出决算明细表"),
    ("07", "“三公”经费及会议费、培训费支出决算表"),
    ("07", "财政拨款“三公”经费支出决算表"),
    ("07", '一般公共预算财政拨款"三公"经费支出决算表'),
    ("08", "2024年度政府性基金预算财政拨款收入支出决算表"),
    ("09", "国有资本经营预算财政拨款支出决算表"),
]


@pytest.mark.parametrize("kind,title", TITLE_VARIANTS, ids=[t for _k, t in TITLE_VARIANTS])
def test_title_variants(tmp_path, kind, title):
    from govaudit.engine.runner import run_rules
    from govaudit.text import norm

    s = wb.spec()
    d = recognise(wb.save(wb.build(s, layout=wb.Layout(titles={kind: title})), tmp_path))
    assert set(d.tables) == set(wb.ORDER)
    assert d.tables[kind].title == norm(title)
    assert wb.recognised_figures(d) == wb.expected_figures(s)
    assert run_rules(d) == []


@pytest.mark.parametrize("text,kind", [
    ("收入支出决算总表", "01"), ("公开01表", None), ("本部门无政府性基金收支，故本表以空表列示。", None),
    ("注：本表反映部门本年度一般公共预算财政拨款支出情况。", None), ("部门：收入决算表编制组", None),
    ("国有资本经营预算财政拨款收入支出决算表", "09"), ("政府性基金预算财政拨款收入支出决算表", "08"),
    ("财政拨款收入支出决算总表", "04"), ("一般公共预算财政拨款基本支出决算表", "06"),
    ("部门预算项目绩效自评表", "perf"),
])
def test_classify_title(text, kind):
    from govaudit.recognize.specs import classify_title

    assert classify_title(text) == kind


def test_code_only_title_is_trusted(tmp_path):
    """A table printed with 公开05表 and a title govaudit does not know is still found by its code."""
    s = wb.spec()
    d = recognise(wb.save(wb.build(s, layout=wb.Layout(titles={"05": "财政拨款支出明细（按功能分类科目）"})), tmp_path))
    assert "05" in d.tables
    assert wb.recognised_figures(d) == wb.expected_figures(s)


# ---------------------------------------------------------------- units and number formats
def test_all_tables_in_yuan(tmp_path):
    """Every table in 元 (figures ×10 000): the same amounts in 万元, no unit disagreement, no sum error."""
    from govaudit.engine.runner import run_rules

    s = wb.spec()
    s["units"] = {k: "元" for k in wb.ORDER}
    d = recognise(wb.save(wb.build(s), tmp_path))
    assert {t.unit for t in d.tables.values()} == {"元"}
    f = d.tables["01"].row("income_total").get("amount")
    assert (f.value, f.unit, f.amount) == (Decimal("1950000.00"), "元", Decimal("195.000000"))
    assert wb.recognised_figures(d) == wb.expected_figures(s)
    assert run_rules(d) == []


def _one_table(tmp_path, rows, merges=(), formats=None):
    """A sheet holding the rows given (lists of cell values from A1), merged ranges and number formats."""
    book = Workbook()
    ws = book.active
    ws.title = "表"
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    for ref, fmt in (formats or {}).items():
        ws[ref].number_format = fmt
    path = tmp_path / "one.xlsx"
    book.save(path)
    return recognise(path)


def test_number_formats_and_text_numbers(tmp_path):
    d = _one_table(tmp_path, [
        ["一般公共预算财政拨款支出决算表"],
        ["部门：某局", None, None, None, "单位：万元"],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [None, "合计", 6100.3, "2,940.05", "3160.25\u3000"],
        ["201", "一般公共服务支出", 6100.3, "2,940.05", "3,160.25"],
        ["20101", "人大事务", 6100, "—", None],
        ["2010101", "行政运行", 12.5, "-", ""],
    ], formats={"C4": "#,##0.00", "C5": "0.0", "C7": "General"})
    t = d.tables["05"]
    f = t.row("total").get("total")
    assert (f.value, f.decimals, f.source.cell) == (Decimal("6100.30"), 2, "C4")  # #,##0.00 shows two decimals
    f = t.row("201").get("total")
    assert (f.value, f.decimals) == (Decimal("6100.3"), 1)  # 0.0 shows one
    f = t.row("total").get("basic")
    assert (f.value, f.decimals, f.text) == (Decimal("2940.05"), 2, "2,940.05")
    f = t.row("total").get("project")
    assert (f.value, f.decimals) == (Decimal("3160.25"), 2)  # a full-width space after the digits
    assert t.row("20101").get("basic") is None and t.row("20101").get("project") is None  # “—” and blank
    assert t.row("2010101").get("basic") is None and t.row("2010101").get("project") is None  # “-” and ""
    f = t.row("2010101").get("total")
    assert (f.value, f.decimals) == (Decimal("12.5"), 2)  # General: money is published to 0.01 万元
    assert not d.cell_issues


def test_merged_multi_level_header(tmp_path):
    """Headers over two rows with merged cells: 本年支出 spans 合计/基本支出/项目支出; the others span both rows."""
    d = _one_table(tmp_path, [
        ["政府性基金预算财政拨款收入支出决算表"],
        ["部门：某局", None, None, None, None, None, None, "金额单位：万元"],
        ["项目", None, "年初结转和结余", "本年收入", "本年支出", None, None, "年末结转和结余"],
        ["功能分类科目编码", "科目名称", None, None, "合计", "基本支出", "项目支出", None],
        ["合计", None, 4, 30, 28, None, 28, 6],
        ["212", "城乡社区支出", 4, 30, 28, None, 28, 6],
    ], merges=["A3:B3", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "A5:B5"])
    t = d.tables["08"]
    assert [(c.key, c.header) for c in t.columns] == [
        ("begin", "年初结转和结余"), ("income", "本年收入"), ("expense", "本年支出/合计"),
        ("basic", "本年支出/基本支出"), ("project", "本年支出/项目支出"), ("end", "年末结转和结余")]
    assert t.row("212").get("end").source.cell == "H6"


def test_sanshi_with_meeting_and_training_columns(tmp_path):
    """“三公”经费及会议费、培训费支出决算表: the extra columns are not taken for 三公 items."""
    from govaudit.engine.runner import run_rules

    d = _one_table(tmp_path, [
        ["“三公”经费及会议费、培训费支出决算表"],
        ["部门：某局", None, None, None, None, None, None, "单位：万元"],
        ["合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费", "会议费", "培训费"],
        [None, None, "小计", "公务用车购置费", "公务用车运行维护费", None, None, None],
        [7, 2, 4, 1, 3, 1, 5.5, 8],
    ], merges=["A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4", "H3:H4"])
    t = d.tables["07"]
    assert {c.key for c in t.columns} == {"total", "abroad", "car_total", "car_purchase", "car_run", "reception"}
    assert t.row("final").get("total").value == 7
    assert [f.code for f in run_rules(d) if f.code.startswith("TBL7")] == []


# ---------------------------------------------------------------- 类/款/项 parts stored as numbers
def test_split_code_parts_as_numbers_keep_their_zeros(tmp_path):
    """208 | 5 | 5 shown as 208 | 05 | 05 is 2080505, not 20855; a 款 typed as the number 50 stays 50."""
    s = wb.spec()
    for kind in ("02", "03", "05"):
        s[kind]["2010150"] = s[kind].pop("2010102")
    path = wb.save(wb.build(s, layout=wb.Layout(split_codes=True, numeric_codes="00")), tmp_path)
    from openpyxl import load_workbook

    ws = load_workbook(path)["公开03表"]
    assert (ws["B13"].value, ws["B13"].number_format, ws["C13"].value) == (5, "00", 5)  # the 2080505 row
    d = recognise(path)
    assert [r.code for r in d.tables["03"].rows if r.code and r.code.startswith("20")] == [
        "201", "20101", "2010101", "2010150", "208", "20805", "2080505"]
    assert d.tables["03"].row("2080505").label_cell == "D13"


# ---------------------------------------------------------------- 07 as labelled rows
def test_sanshi_rows_labelled_budget_and_final(tmp_path):
    from govaudit.engine.runner import run_rules
    from helpers import pick, problems

    s = wb.spec()
    s["07"]["final"]["total"] = 8  # 决算数 合计 ≠ 2 + 4 + 1
    d = recognise(wb.save(wb.build(s, layout=wb.Layout(sanshi_rows=True)), tmp_path))
    t = d.tables["07"]
    assert [(r.key, r.row, r.label_cell) for r in t.rows] == [("budget", 6, "A6"), ("final", 7, "A7")]
    assert t.row("budget").get("total").value == 11 and t.row("final").get("total").value == 8
    findings = run_rules(d)
    assert problems(findings) == [("TBL701", "公开07表", "B7")], problems(findings)
    assert pick(findings, "TBL701")[0].expected == "7.00"


# ---------------------------------------------------------------- short notes under an empty table
@pytest.mark.parametrize("note", ["本表无数据。", "无此项支出。", "本单位无此项收支", "不涉及", "本部门没有该项收支"])
def test_short_note_under_an_empty_table(tmp_path, note):
    from govaudit.engine.runner import run_rules
    from helpers import pick

    s = wb.empty(wb.spec(), "08", note)
    d = recognise(wb.save(wb.build(s), tmp_path))
    assert d.tables["08"].notes == [norm_text(note)]
    assert d.tables["08"].is_empty
    assert pick(run_rules(d), "CMP002") == []


def test_empty_table_without_note_still_reported(tmp_path):
    from govaudit.engine.runner import run_rules
    from helpers import pick

    d = recognise(wb.save(wb.build(wb.empty(wb.spec(), "08")), tmp_path))
    assert d.tables["08"].notes == []
    assert len(pick(run_rules(d), "CMP002")) == 1


def norm_text(text):
    from govaudit.text import norm

    return norm(text)


@pytest.mark.parametrize("values,note", [
    (["本表无数据。"], True),
    (["无此项支出。"], True),
    (["说明：无"], True),
    (["合计", "—", "—"], False),  # a 合计 row with blank marks
    (["一般公共服务支出"], False),  # a 类 named without its code
    (["二十、灾害防治及应急管理支出"], False),
    (["2011308", "无线电监管"], False),  # a coded 科目 whose name starts with 无
    (["无线电监管", 3.5], False),  # a row with a figure
    (["项目", "决算数"], False),
    (["本表金额单位为万元"], False),  # mentions the table, explains nothing
])
def test_is_note(values, note):
    from govaudit.readers.base import Cell
    from govaudit.recognize.tables import is_note

    assert is_note([Cell(row=9, col=i, value=v) for i, v in enumerate(values, start=1)]) is note


# ---------------------------------------------------------------- a parent column printed only as its parts
SPLIT_NO_SUBTOTAL = {
    "02": (["本年收入合计", ("财政拨款收入", ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]),
            "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
           ["total", "fiscal.general", "fiscal.gov_fund", "fiscal.state_capital", "upper", "business", "operating",
            "affiliated", "other"]),
    "03": (["本年支出合计", ("基本支出", ["人员经费", "公用经费"]), "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
           ["total", "basic.personnel", "basic.public", "project", "upper_remit", "operating", "affiliate_subsidy"]),
    "05": (["合计", ("基本支出", ["人员经费", "公用经费"]), "项目支出"],
           ["total", "basic.personnel", "basic.public", "project"]),
}


def _split_without_subtotal() -> dict:
    """02's 财政拨款收入 printed only as its three funds, 03/05's 基本支出 only as 人员经费 | 公用经费 (no 小计)."""
    s = wb.spec()
    n = None
    fund = {"201": (80, n, n), "20101": (80, n, n), "2010101": (70, n, n), "2010102": (10, n, n),
            "208": (50, n, n), "20805": (50, n, n), "2080505": (50, n, n), "212": (n, 30, n), "21208": (n, 30, n),
            "2120899": (n, 30, n), "223": (n, n, 10), "22301": (n, n, 10), "2230199": (n, n, 10),
            "total": (130, 30, 10)}
    for code, values in s["02"].items():
        assert sum(x or 0 for x in fund[code]) == (values[1] or 0)
        s["02"][code] = values[:1] + list(fund[code]) + values[2:]
    split = {
        "03": {"total": (105, 35), "201": (60, 30), "20101": (60, 30), "2010101": (60, 30), "208": (45, 5),
               "20805": (45, 5), "2080505": (45, 5)},
        "05": {"total": (95, 25), "201": (50, 20), "20101": (50, 20), "2010101": (50, 20), "208": (45, 5),
               "20805": (45, 5), "2080505": (45, 5)},
    }
    for kind, parts in split.items():
        for code, values in s[kind].items():
            p = parts.get(code, (n, n))
            assert sum(x or 0 for x in p) == (values[1] or 0), (kind, code)
            s[kind][code] = values[:1] + list(p) + values[2:]
    s["heads"].update(SPLIT_NO_SUBTOTAL)
    return s


def test_parent_column_printed_only_as_its_parts(tmp_path):
    """基本支出 = 人员经费 + 公用经费 (财政拨款收入 = Σ funds) is derived per row: the row sums and 05–06 hold."""
    from govaudit.engine.runner import run_rules

    s = _split_without_subtotal()
    d = recognise(wb.save(wb.build(s), tmp_path))
    derived = {(k, r.key, c): f for k, t in d.tables.items() for r in t.rows for c, f in r.cells.items()
               if f is not None and f.derived}
    printed = {key: v for key, v in wb.recognised_figures(d).items() if key not in derived}
    assert printed == wb.expected_figures(s)
    assert {key: f.value for key, f in derived.items() if key[1] == "total"} == {
        ("02", "total", "fiscal"): 170, ("03", "total", "basic"): 140, ("05", "total", "basic"): 120}
    assert {c for _k, _r, c in derived} == {"fiscal", "basic"}
    f = d.tables["03"].row("201").get("basic")
    assert (f.value, f.decimals, f.text, f.source.cell, f.source.col_label) == (90, 2, "(由分列合计)", "D7", "基本支出")
    assert f.interval() == (Decimal("89.99"), Decimal("90.01"))  # the two parts' rounding, not one value's
    assert d.tables["03"].row("2010102").get("basic") is None  # both parts blank: a reported zero
    assert all(c.key != "basic" for c in d.tables["03"].columns)  # no column is printed for it
    assert run_rules(d) == []


def test_parent_column_from_parts_judged_on_printed_cells(tmp_path):
    from govaudit.engine.runner import run_rules
    from helpers import problems

    s = _split_without_subtotal()
    s["03"]["2010101"][2] = 31  # 人员经费 60 + 公用经费 31 + 项目 0 ≠ 本年支出合计 90
    d = recognise(wb.save(wb.build(s), tmp_path))
    assert d.tables["03"].row("2010101").get("basic").value == 91
    got = problems(run_rules(d))
    assert ("TBL301", "公开03表", "C9") in got, got  # judged at the printed 本年支出合计, not at the derived sum
    assert all(cell != "D9" for _c, sheet, cell in got if sheet == "公开03表")


# ---------------------------------------------------------------- the year printed only in the title
def test_year_read_from_the_title(tmp_path):
    from govaudit.engine.runner import run_rules
    from helpers import problems

    titles = {k: "2024年度" + v for k, v in wb.TITLES.items()}
    titles["03"] = "2023年度支出决算表"
    d = recognise(wb.save(wb.build(layout=wb.Layout(titles=titles, year=None)), tmp_path))
    assert {k: t.year for k, t in d.tables.items()} == {k: 2023 if k == "03" else 2024 for k in wb.ORDER}
    assert {t.year_cell for t in d.tables.values()} == {"A1"}
    assert problems(run_rules(d)) == [("CMP004", "公开03表", "A1")]


def test_year_line_still_preferred_to_the_title(tmp_path):
    titles = {"03": "2023年度支出决算表"}
    d = recognise(wb.save(wb.build(layout=wb.Layout(titles=titles)), tmp_path))
    assert (d.tables["03"].year, d.tables["03"].year_cell) == (2024, "A2")


# ---------------------------------------------------------------- 天津: 02 by 功能分类 and by 单位
@pytest.mark.parametrize("unit_first", [False, True], ids=["按功能分类 first", "按单位 first"])
def test_income_table_by_function_and_by_unit(tmp_path, unit_first):
    from govaudit.engine.runner import run_rules

    s = wb.spec()
    book = wb.build(s, layout=wb.Layout(titles={"02": "收入决算表（按功能分类）"}))
    ws = book.create_sheet("公开02表-2", 1 if unit_first else 2)
    ws.append(["收入决算表（按单位）"])
    ws.append(["部门：某市测试局", None, None, None, None, None, None, None, "金额单位：万元"])
    ws.append(["单位名称", None] + wb.HEADS["02"])
    # more figures than the 功能分类 table has: the codes decide, not the count
    for i in range(8):
        ws.append([f"某市测试局下属单位{i}", None, 20, 20, None, None, None, None, None])
    d = recognise(wb.save(book, tmp_path))
    assert d.tables["02"].title == "收入决算表(按功能分类)"
    assert [t.title for t in d.extra_tables] == ["收入决算表(按单位)"]
    assert d.duplicates == []
    assert wb.recognised_figures(d) == wb.expected_figures(s)
    assert run_rules(d) == []


def test_same_table_twice_is_still_a_duplicate(tmp_path):
    from govaudit.recognize.disclosure import qualifier

    assert qualifier("收入决算表（按单位）") == "按单位"
    assert qualifier("收入决算表（公开02表）") == qualifier("2024年收入决算表(2024年度)") == ""
    book = wb.build(layout=wb.Layout(titles={"02": "收入决算表（公开02表）"}))
    book.copy_worksheet(book["公开02表"]).title = "副本"
    d = recognise(wb.save(book, tmp_path))
    assert len(d.duplicates) == 1 and d.extra_tables == []


# ---------------------------------------------------------------- 06 in one block with 人员经费 | 公用经费 columns
def test_basic_table_in_one_block(tmp_path):
    from govaudit.engine.runner import run_rules

    s = wb.spec()
    d = recognise(wb.save(wb.build(s, layout=wb.Layout(basic_single=True)), tmp_path))
    t = d.tables["06"]
    assert [(c.key, c.col) for c in t.columns] == [("amount", 3), ("personnel", 4), ("public", 5)]
    total = t.row("total")
    assert (total.get("amount").value, total.get("personnel").value, total.get("public").value) == (120, 105, 15)
    # 人员经费合计 / 公用经费合计 are the 合计 row's own cells
    assert t.row("personnel_total").get("amount").source.cell == "D5"
    assert t.row("public_total").get("amount").source.cell == "E5"
    assert t.row("30217").get("public").value == 1 and t.row("30217").get("personnel") is None
    others = {k: v for k, v in wb.expected_figures(s).items() if k[0] != "06"}
    assert {k: v for k, v in wb.recognised_figures(d).items() if k[0] != "06"} == others
    assert run_rules(d) == []


def test_basic_table_in_one_block_rules_fire(tmp_path):
    from openpyxl import load_workbook

    from govaudit.engine.runner import run_rules
    from helpers import pick, problems

    s = wb.spec()
    s["06"]["personnel_total"] = 106  # 301 + 303 = 105; 05 基本支出 120 ≠ 106 + 15
    d = recognise(wb.save(wb.build(s, layout=wb.Layout(basic_single=True)), tmp_path))
    findings = run_rules(d)
    assert problems(findings) == [("TBL601", "公开06表", "D5"), ("XTB018", "公开05表", "D6")], problems(findings)
    assert (pick(findings, "TBL601")[0].expected, pick(findings, "TBL601")[0].actual) == ("105.00", "106.00")

    path = wb.save(wb.build(wb.spec(), layout=wb.Layout(basic_single=True)), tmp_path, "row.xlsx")
    book = load_workbook(path)
    book["公开06表"]["C7"] = 61  # 30101 基本工资: 合计 61 ≠ 人员经费 60
    book.save(path)
    findings = run_rules(recognise(path))
    assert ("TBL603", "公开06表", "C7") in problems(findings), problems(findings)
    assert pick(findings, "TBL603", "公开06表", "C7")[0].expected == "60.00"


def test_basic_table_blocks_headed_by_kind(tmp_path):
    """科目编码 | 科目名称 | 人员经费 ‖ 科目编码 | 科目名称 | 公用经费: each block's figure column is its amount."""
    from govaudit.engine.runner import run_rules

    d = _one_table(tmp_path, [
        ["一般公共预算财政拨款基本支出决算表"],
        ["部门：某局", None, None, None, None, "单位：万元"],
        ["科目编码", "科目名称", "人员经费", "科目编码", "科目名称", "公用经费"],
        ["301", "工资福利支出", 100, "302", "商品和服务支出", 14],
        ["30101", "基本工资", 100, "30201", "办公费", 14],
        ["303", "对个人和家庭的补助", 5, "310", "资本性支出", 1],
        ["30305", "生活补助", 5, "31002", "办公设备购置", 1],
        ["人员经费合计", None, 105, "公用经费合计", None, 16],
    ])
    t = d.tables["06"]
    assert [(c.key, c.side) for c in t.columns] == [("amount", 0), ("amount", 1)]
    assert t.row("personnel_total").get("amount").value == 105
    assert [f.code for f in run_rules(d) if f.code.startswith("TBL6")] == ["TBL602"]  # 14 + 1 ≠ 16
