"""recognize/tables.py (the rows a document's merged codes may land on) and recognize/disclosure.py (a second
'（续）' part under the heads of its chain's first part): the survivors session 26 left on session 25's new lines (s27
mut, issue 14, README "变异测试"). Real-shaped prints: session 25's 支出决算表 (tests/test_tables_bottom_breaks25.py,
session 21's figures) printed without rules, and a small workbook."""

from __future__ import annotations

import pytest

import test_tables_bottom_breaks25 as b25
import test_tables_heldout21 as h
from pdf_writer import print_tables


def _total_last(t):
    """The 合计 row printed last (under the 类 blocks) instead of first; merges moved with their rows."""
    head, n = t.head, len(t.rows)
    t.rows = t.rows[:head] + t.rows[head + 1:] + [t.rows[head]]
    t.merges = [(n - 1, b, n - 1, d) if a == head else (a - 1, b, c - 1, d) if a > head else (a, b, c, d)
                for a, b, c, d in t.merges]


@pytest.mark.parametrize("layout,rules", [("lei-bare", "none"), ("codes3y", "three")])
def test_merged_codes_of_a_table_whose_total_is_printed_last(tmp_path, layout, rules):
    """(tables.py: the data rows handed to centred_codes start AT the first data row, `r >= data_start`) With the 合计
    under the blocks, the first data row is the first 类's own row (一般公共服务支出, its merged code centred lower):
    left out, 201 had no row to land on — false TBL001 on 合计 and XTB003 against 01 (lei-bare), or on 201 and the
    款 (codes3y). Clean; session 25's seeded mistake (a wrong 类 or 项) is still found."""
    t01, t03 = b25.tables(layout)
    _total_last(t03)
    pdf = print_tables(tmp_path / "a.pdf", [t01, t03], rules=rules, align="middle", size=9.0)
    assert [c for c, _m in h.problems(pdf, tmp_path) if c != "CMP001"] == []
    seeded = b25.SEEDED["lei-bare next 213" if layout == "lei-bare" else "codes3y next 2130199"][-1]
    t01, t03 = b25.tables(layout, seeded)
    _total_last(t03)
    pdf = print_tables(tmp_path / "b.pdf", [t01, t03], rules=rules, align="middle", size=9.0)
    assert "TBL001" in [c for c, _m in h.problems(pdf, tmp_path)]


@pytest.mark.parametrize("where,cut", [("next", 5), ("both", 15)])
def test_a_four_character_code_heading_printed_again_alone_is_no_row(tmp_path, where, cut):
    """(tables.py: `len(w) >= 4 and "编码" in w`) The 类 | 款 | 项 columns headed '科目编码' (four characters, not
    '功能分类科目编码'), the header printed again on the next page: the lone '科目编码' line is a header cell, no row a
    merged code may land on — kept as one, the 款 code at the break named the wrong rows (false TBL001)."""
    def short_heading(t):
        t.rows[0][0] = "科目编码"

    assert b25.findings(tmp_path, "codes3y", cut, where, "three" if where == "next" else "none", None,
                        short_heading) == []


def test_a_second_continued_part_after_another_table_on_an_overflow_sheet(tmp_path):
    """(disclosure.py: the chain of '（续）' parts walked back only while the part before is the same table) A sheet
    of overflow: 公开05表 whole, then '支出决算表（续）' with its heads, then '支出决算表（续）' without them. The
    headless part is read under the heads of the first '（续）' part, the chain's first on this sheet — not under
    05's, the table before it (its rows were read as 05's)."""
    from test_review18 import _book, _tables_of

    head = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]
    body = [[None, "合计", 280.0, 180.0, 100.0], [201, "一般公共服务支出", 200.0, 150.0, 50.0],
            [20101, "人大事务", 200.0, 150.0, 50.0], [2010101, "行政运行", 150.0, 150.0, None],
            [2010102, "一般行政管理事务", 50.0, None, 50.0], [208, "社会保障和就业支出", 80.0, 30.0, 50.0],
            [20805, "行政事业单位养老支出", 80.0, 30.0, 50.0], [2080505, "机关事业单位基本养老保险缴费支出", 80.0, 30.0, 50.0]]
    t05 = [["一般公共预算财政拨款支出决算表", None, None, None, "公开05表"], ["部门：某某局", None, None, None, "单位：万元"],
           ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], [None, "合计", 50.0, 50.0, None],
           [208, "社会保障和就业支出", 50.0, 50.0, None], [20805, "行政事业单位养老支出", 50.0, 50.0, None],
           [2080505, "机关事业单位基本养老保险缴费支出", 50.0, 50.0, None]]
    path = _book(tmp_path / "t.xlsx", [
        ("表3", [["支出决算表", None, None, None, "公开03表"], ["部门：某某局", None, None, None, "单位：万元"], head,
                *body[:3]]),
        ("续表", [*t05, [None], ["支出决算表（续）"], head, *body[3:5], [None], ["支出决算表（续）"], *body[5:]])])
    tables = _tables_of(path)
    assert [(r.key, r.row) for r in tables["03"].rows] == [
        ("total", 4), ("201", 5), ("20101", 6), ("2010101", 11), ("2010102", 12), ("208", 15), ("20805", 16),
        ("2080505", 17)]
    assert [r.key for r in tables["05"].rows] == ["total", "208", "20805", "2080505"]
