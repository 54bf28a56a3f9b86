"""Recognition of the two sample layouts: which tables, which rows, which figures from which cells."""

from __future__ import annotations

from decimal import Decimal

import pytest

ALL = {f"{i:02d}" for i in range(1, 10)}
CATS = {"201", "205", "206", "208", "210", "212", "213", "221"}  # the 类 with money in the samples


def fig(d, kind, row, col):
    table = d.tables[kind]
    r = table.row(row)
    assert r is not None, f"公开{kind}表 has no row {row}: {[x.key for x in table.rows]}"
    f = r.get(col)
    assert f is not None, f"公开{kind}表 {row}/{col} is blank"
    return f


def same(f, value: str, decimals: int, sheet: str, cell: str):
    """The figure shows value with decimals and comes from sheet!cell."""
    assert (f.value, f.decimals, f.source.sheet, f.source.cell) == (Decimal(value), decimals, sheet, cell)


# ---------------------------------------------------------------- 2024 上海式: one table a sheet, joined 科目编码
@pytest.fixture(scope="module")
def d24(sample_disclosure):
    return sample_disclosure("2024")


def test_2024_finds_nine_tables_one_per_sheet(d24):
    assert set(d24.tables) == ALL
    assert not d24.duplicates and not d24.cell_issues
    sheets = {k: t.sheet for k, t in d24.tables.items()}
    assert sheets == {"01": "01收支总表", "02": "02收入", "03": "03支出", "04": "04财拨总表", "05": "05一般公共预算",
                      "06": "06基本支出", "07": "07三公", "08": "08政府性基金", "09": "09国有资本"}
    assert all(t.title_cell == "A1" and t.code_label is None for t in d24.tables.values())
    assert {t.department for t in d24.tables.values()} == {"上海市某区人力资源和社会保障局"}
    assert {t.unit for t in d24.tables.values()} == {"万元"}


def test_2024_01_two_sides(d24):
    t = d24.tables["01"]
    assert [(c.key, c.side, c.col) for c in t.columns] == [("amount", 0, 2), ("amount", 1, 4)]
    keys = {r.key for r in t.rows}
    assert {"income.general", "income.gov_fund", "income_total", "begin_balance", "income_grand_total",
            "expense_total", "end_balance", "expense_grand_total"} <= keys
    assert {k for k in keys if k.isdigit()} == CATS  # 类 rows keyed by code from their names
    same(fig(d24, "01", "income.general", "amount"), "2116.25", 2, "01收支总表", "B5")
    same(fig(d24, "01", "212", "amount"), "3984.99", 2, "01收支总表", "D15")
    same(fig(d24, "01", "expense_total", "amount"), "6101.24", 2, "01收支总表", "D31")
    same(fig(d24, "01", "income_grand_total", "amount"), "6598.33", 2, "01收支总表", "B34")
    assert t.row("212").label == "十一、城乡社区支出" and t.row("212").label_cell == "C15"


def test_2024_coded_tables(d24):
    t02 = d24.tables["02"]
    assert [c.key for c in t02.columns] == ["total", "fiscal", "upper", "business", "operating", "affiliated", "other"]
    assert [r.key for r in t02.rows][:4] == ["total", "201", "20110", "2011001"]
    r = t02.row("2080505")
    assert (r.code, r.label, r.label_cell) == ("2080505", "机关事业单位基本养老保险缴费支出", "B21")
    same(r.get("total"), "61.83", 2, "02收入", "C21")
    assert r.get("upper") is None  # a blank is a blank
    same(fig(d24, "03", "2011001", "project"), "0.00", 2, "03支出", "E8")  # a zero is a zero
    same(fig(d24, "03", "total", "basic"), "776.71", 2, "03支出", "D5")
    t05 = d24.tables["05"]
    assert t05.rows[-1].key == "total"  # 合计 printed last
    same(fig(d24, "05", "total", "basic"), "776.71", 2, "05一般公共预算", "D34")
    same(fig(d24, "08", "2120899", "end"), "460.44", 2, "08政府性基金", "H8")
    assert [c.header for c in d24.tables["08"].columns][2:5] == ["本年支出/合计", "本年支出/基本支出", "本年支出/项目支出"]


def test_2024_04_fund_columns(d24):
    t = d24.tables["04"]
    assert [(c.key, c.side) for c in t.columns] == [("amount", 0), ("total", 1), ("general", 1), ("gov_fund", 1)]
    same(fig(d24, "04", "expense_total", "gov_fund"), "3984.99", 2, "04财拨总表", "F31")
    same(fig(d24, "04", "begin.gov_fund", "amount"), "497.69", 2, "04财拨总表", "B34")
    same(fig(d24, "04", "end_total", "general"), "36.65", 2, "04财拨总表", "E32")


def test_2024_06_and_07(d24):
    t06 = d24.tables["06"]
    assert sorted({c.side for c in t06.columns}) == [0, 1]
    same(fig(d24, "06", "personnel_total", "amount"), "741.82", 2, "06基本支出", "C16")
    same(fig(d24, "06", "public_total", "amount"), "34.89", 2, "06基本支出", "F16")
    same(fig(d24, "06", "30217", "amount"), "1.26", 2, "06基本支出", "F7")
    t07 = d24.tables["07"]
    assert [r.key for r in t07.rows] == ["budget", "final"]
    same(fig(d24, "07", "budget", "total"), "7.50", 2, "07三公", "A7")
    same(fig(d24, "07", "final", "reception"), "1.26", 2, "07三公", "L7")
    same(fig(d24, "07", "final", "car_run"), "2.42", 2, "07三公", "J7")


def test_2024_empty_09_keeps_its_note(d24):
    t = d24.tables["09"]
    assert t.is_empty and t.rows == []
    assert any("空表列示" in n for n in t.notes)


# ---------------------------------------------------------------- 2019 中央式
@pytest.fixture(scope="module")
def d19(sample_disclosure):
    return sample_disclosure("2019")


def test_2019_finds_nine_tables_stacked_on_two_sheets(d19):
    assert set(d19.tables) == ALL
    assert not d19.duplicates and not d19.cell_issues
    first = {k for k, t in d19.tables.items() if t.sheet == "公开01-05表"}
    assert first == {"01", "02", "03", "04", "05"}
    # shifted by a blank row and column on the first sheet, not on the second
    assert [d19.tables[k].title_cell for k in ("01", "02", "03", "04", "05")] == ["B2", "B38", "B80", "B122", "B158"]
    assert [d19.tables[k].title_cell for k in ("06", "07", "08", "09")] == ["A1", "A21", "A37", "A50"]
    assert [d19.tables[k].code_label for k in sorted(d19.tables)] == [f"公开{k}表" for k in sorted(d19.tables)]
    assert {t.year for t in d19.tables.values()} == {2019}
    assert (d19.tables["01"].year_cell, d19.tables["01"].department_cell, d19.tables["01"].unit_cell) == ("B3", "B4", "G4")


def test_2019_01_text_numbers_and_lineno(d19):
    t = d19.tables["01"]
    # 行次 columns (C, F) and the 栏次 row are not money
    assert [(c.key, c.side, c.col) for c in t.columns] == [("amount", 0, 4), ("amount", 1, 7)]
    assert all(f.source.cell[0] in "DG" for f in t.figures())
    assert not any("栏次" in r.label for r in t.rows)
    f = fig(d19, "01", "income.general", "amount")
    same(f, "2116.25", 2, "公开01-05表", "D8")
    assert f.text == "2116.25"  # stored as text "2116.25　" (a full-width space after it)
    same(fig(d19, "01", "fund_cover", "amount"), "0.00", 2, "公开01-05表", "D32")
    same(fig(d19, "01", "expense_grand_total", "amount"), "6598.33", 2, "公开01-05表", "G35")
    assert {k for k in (r.key for r in t.rows) if k.isdigit()} == CATS


def test_2019_split_codes_are_joined(d19):
    t = d19.tables["02"]
    assert [c.col for c in t.columns] == list(range(6, 13))  # 类/款/项 (B–D) and 科目名称 (E) are labels
    r = t.row("2080505")
    assert (r.code, r.label, r.label_cell) == ("2080505", "机关事业单位基本养老保险缴费支出", "E61")
    same(r.get("total"), "61.83", 2, "公开01-05表", "F61")
    assert t.row("20805").label == "行政事业单位养老支出" and t.row("208").code == "208"
    same(fig(d19, "02", "total", "total"), "6063.99", 2, "公开01-05表", "F45")
    same(fig(d19, "03", "2080505", "basic"), "61.83", 2, "公开01-05表", "G103")


def test_2019_04_end_balance_sub_rows(d19):
    same(fig(d19, "04", "end_total", "total"), "497.09", 2, "公开01-05表", "G152")
    # 年末 per fund printed as sub-rows in the 合计 column, folded into the 年末 row's fund columns
    same(fig(d19, "04", "end_total", "general"), "36.65", 2, "公开01-05表", "G153")
    same(fig(d19, "04", "end_total", "gov_fund"), "460.44", 2, "公开01-05表", "G154")
    same(fig(d19, "04", "begin.general", "amount"), "36.65", 2, "公开01-05表", "D153")


def test_2019_06_three_blocks(d19):
    t = d19.tables["06"]
    assert sorted({c.side for c in t.columns}) == [0, 1, 2]
    same(fig(d19, "06", "310", "amount"), "0.00", 2, "公开06-09表", "I6")
    same(fig(d19, "06", "personnel_total", "amount"), "741.82", 2, "公开06-09表", "C18")
    same(fig(d19, "06", "public_total", "amount"), "34.89", 2, "公开06-09表", "I18")


def test_2019_07_stacked_budget_and_final_blocks(d19):
    t = d19.tables["07"]
    assert [r.key for r in t.rows] == ["budget", "final"]
    same(fig(d19, "07", "budget", "total"), "7.50", 2, "公开06-09表", "A28")
    same(fig(d19, "07", "final", "total"), "3.68", 2, "公开06-09表", "A33")
    same(fig(d19, "07", "final", "reception"), "1.26", 2, "公开06-09表", "F33")
    # blank columns (因公出国, 购置费) are read as blanks, not dropped: cross-table rules need them
    assert {c.key for c in t.columns} == {"total", "abroad", "car_total", "car_purchase", "car_run", "reception"}
    assert "abroad" in t.row("final").cells and t.row("final").get("abroad") is None


def test_2019_09_older_form(d19):
    t = d19.tables["09"]
    assert [c.key for c in t.columns] == ["expense", "basic", "project"]
    assert t.is_empty and any("空表列示" in n for n in t.notes)
