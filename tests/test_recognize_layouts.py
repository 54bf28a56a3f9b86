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
    from govaudit.recognize.text import norm

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
