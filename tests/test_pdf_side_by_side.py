"""Two ruled tables printed side by side on one page, each under its own title (issue 9, session 10): read as two
columns, the left one first, so that each title stands above its own table. A table with a box beside it that has
no title of its own is laid out as before."""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter


def _rows(path):
    sheet = read_workbook(path).sheets[0]
    rows: dict[int, list[str]] = {}
    for (r, _c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell.value)
    return list(rows.values())


def _two_tables(tmp_path, right_title: str | None):
    w = PdfWriter()
    p = w.page(842, 595)
    p.text(40, 40, "政府性基金预算财政拨款收入支出决算表", 11)
    if right_title:
        p.text(440, 40, right_title, 11)
    p.text(40, 62, "单位：万元", 9)
    p.text(440, 62, "单位：万元", 9)
    p.grid(40, 80, [60, 120, 80], [["科目编码", "科目名称", "本年支出"], ["212", "城乡社区支出", "3984.99"],
                                   ["21208", "土地出让支出", "3984.99"]])
    p.grid(440, 80, [60, 120, 80], [["科目编码", "科目名称", "本年支出"], ["合计", "", ""]])
    p.text(440, 140, "注：本部门本年度没有国有资本经营预算财政拨款收支。", 9)
    return w.save(tmp_path / "two.pdf")


def test_each_title_stands_above_its_own_table(tmp_path):
    rows = _rows(_two_tables(tmp_path, "国有资本经营预算财政拨款收入支出决算表"))
    assert rows == [
        ["政府性基金预算财政拨款收入支出决算表"], ["单位：万元"], ["科目编码", "科目名称", "本年支出"],
        ["212", "城乡社区支出", "3984.99"], ["21208", "土地出让支出", "3984.99"],
        ["国有资本经营预算财政拨款收入支出决算表"], ["单位：万元"], ["科目编码", "科目名称", "本年支出"], ["合计"],
        ["注：本部门本年度没有国有资本经营预算财政拨款收支。"]]


def test_a_table_beside_an_untitled_one_is_laid_out_as_before(tmp_path):
    """No title over the right-hand table: the page is read top to bottom as it always was (the two 单位 lines are
    one line, the two grids one after the other)."""
    rows = _rows(_two_tables(tmp_path, None))
    assert rows[0] == ["政府性基金预算财政拨款收入支出决算表"]
    assert rows[1] == ["单位：万元", "单位：万元"]
