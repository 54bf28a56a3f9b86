"""Issue 14, session 29 (mut): recognize/column_units.py (budfix s28) — which head cells name their column's unit,
on an 一般公共预算支出表 in 元 saved as a workbook and read back (the block the table builder reads: the sheet's cells,
its head rows). A head cell up to 30 characters is a heading; a longer text is a note about the column, not its unit;
a 栏次 row of numbers or a long heading in the head does not stop the other heads being read."""

from __future__ import annotations

from openpyxl import Workbook

from govaudit.readers.xlsx import read_xlsx
from govaudit.recognize.column_units import column_units
from govaudit.recognize.grid import Block


def _block(tmp_path, heads: list, extra_head=None, merge: str | None = None):
    wb = Workbook()
    ws = wb.active
    ws.append(["2026年一般公共预算支出表"])
    ws.append(["单位：元"])
    ws.append(heads)
    if extra_head is not None:
        ws.append(extra_head)
    ws.append(["208", "社会保障和就业支出", 120.5, 1200000.25, 1199879.75])
    ws.append(["20805", "行政事业单位养老支出", 120.5, 1200000.25, 1199879.75])
    if merge:
        ws.merge_cells(merge)
    wb.save(tmp_path / "b.xlsx")
    sheet = read_xlsx(tmp_path / "b.xlsx").sheets[0]
    rows: dict = {}
    for (r, _c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell)
    block = Block(sheet=sheet, kind="B05", title="2026年一般公共预算支出表", title_row=1, title_col=1,
                  end_row=max(rows) + 1, rows=rows)
    return block, [3] if extra_head is None else [3, 4]


HEADS = ["科目编码", "科目名称", None, "2026年预算数", "比上年执行数增减"]


def _heads(execution: str, name: str = "科目名称") -> list:
    return [HEADS[0], name, execution, *HEADS[3:]]


def test_a_heading_of_thirty_characters_names_its_columns_unit_a_longer_text_does_not(tmp_path):
    thirty = "2025年执行数（经审计调整后的本部门执行数合计数）（万元）"
    assert len(thirty) == 30
    block, header = _block(tmp_path, _heads(thirty))
    assert column_units(block, header, "元") == {3: "万元"}
    note = "2025年执行数（本栏按上年公开数填列，原公开金额单位（万元））"
    assert len(note) > 30
    block, header = _block(tmp_path, _heads(note))
    assert column_units(block, header, "元") == {}


def test_a_long_heading_before_it_does_not_hide_the_unit_column(tmp_path):
    name = "科目名称（按2026年政府收支分类科目填列，列至项级科目为止）"
    assert len(name) > 30
    block, header = _block(tmp_path, _heads("2025年执行数（万元）", name))
    assert column_units(block, header, "元") == {3: "万元"}


def test_a_row_of_column_numbers_in_the_head_is_no_heading(tmp_path):
    """A 栏次 row typed as numbers (1 2 3 …) under the heads: passed over, the 万元 column still found."""
    block, header = _block(tmp_path, _heads("2025年执行数（万元）"), extra_head=["栏次", None, 1, 2, 3])
    assert column_units(block, header, "元") == {3: "万元"}


def test_a_group_heading_names_every_column_it_is_merged_over(tmp_path):
    heads = ["科目编码", "科目名称", "2025年执行数（万元）", None, "2026年预算数"]
    block, header = _block(tmp_path, heads, extra_head=[None, None, "基本支出", "项目支出", "合计"], merge="C3:D3")
    assert column_units(block, header, "元") == {3: "万元", 4: "万元"}
    assert column_units(block, header, "万元") == {}  # (the table's own unit: nothing apart)
    assert column_units(block, header, None) == {}  # (no unit printed: header_unit settles it from the heads)


def test_heads_naming_the_tables_own_unit_leave_the_other_column_apart(tmp_path):
    """Every figure column headed with a unit, one of them not the table's: '2025年执行数（万元）' beside '（元）' heads is
    the one column apart (heads in the table's own unit are no disagreement with its 单位 line)."""
    heads = ["科目编码", "科目名称", "2025年执行数（万元）", "2026年预算数（元）", "比上年执行数增减（元）"]
    block, header = _block(tmp_path, heads)
    assert column_units(block, header, "元") == {3: "万元"}


def test_every_figure_column_headed_stays_in_the_tables_unit_under_a_row_numbering_every_column(tmp_path):
    """'甲 | 乙 | 1 | 2 | 3' style: a 栏次 row numbering every column, the code and name columns too, is part of
    the head, not a figure row; every figure column headed （万元） in a 元 table is a disagreement: none apart."""
    heads = ["科目编码", "科目名称", "2025年执行数（万元）", "2026年预算数（万元）", "比上年执行数增减（万元）"]
    block, header = _block(tmp_path, heads, extra_head=[1, 2, 3, 4, 5])
    assert column_units(block, header, "元") == {}
