"""A Word table carried over to the next page whose first row there has no rule across its top (the row border was
drawn on the page before only): the row is still a row of the table, its code in the code column. Found on a real
江苏 2017 budget print, where the first row of each continued table lost its 科目编码 and the table was set aside."""

from __future__ import annotations

from pathlib import Path

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from pdf_writer import PdfWriter, grid_open

WIDTHS = [150, 180, 150]
HEAD = ["科目编码", "科目名称", "金额"]
FIRST = [["", "合计", "1,000.00"], ["302", "商品和服务支出", "1,000.00"], ["30201", "办公费", "380.00"],
         ["30205", "水费", "43.60"]]
REST = [["30206", "电费", "235.00"], ["30207", "邮电费", "105.00"], ["30211", "差旅费", "236.40"]]


def _continued(tmp_path: Path, open_top: bool = True, open_bottom: bool = False) -> Path:
    pdf = PdfWriter()
    p1 = pdf.page()
    p1.text(90, 60, "九、2017年度某某局一般公共预算基本支出预算表", size=12)
    p1.text(470, 90, "单位：万元", size=9)
    bottom = 842 - 40 - 18 * (len(FIRST) + 1)
    if open_bottom:
        grid_open(p1, 60, bottom, WIDTHS, [HEAD] + FIRST, open_top=False, open_bottom=True)
    else:
        p1.grid(60, bottom, WIDTHS, [HEAD] + FIRST)
    p2 = pdf.page()
    if open_top:
        grid_open(p2, 60, 70, WIDTHS, REST)
    else:
        p2.grid(60, 70, WIDTHS, REST)
    return pdf.save(tmp_path / "续页.pdf")


def _rows(path: Path) -> list[list[str]]:
    sheet = read_workbook(path).sheets[0]
    return [[c.value for c in cells] for cells in sheet.rows().values()]


def test_a_first_row_without_a_top_rule_keeps_its_code(tmp_path):
    rows = _rows(_continued(tmp_path))
    assert ["30206", "电费", "235.00"] in rows
    assert ["30207", "邮电费", "105.00"] in rows


def test_a_last_row_without_a_bottom_rule_is_read_too(tmp_path):
    rows = _rows(_continued(tmp_path, open_top=False, open_bottom=True))
    assert ["30205", "水费", "43.60"] in rows
    assert ["30206", "电费", "235.00"] in rows


def test_the_table_is_checked_not_set_aside(tmp_path):
    path = _continued(tmp_path)
    _status, findings = check_file(path, Options())
    assert not [f for f in findings if f.code == "BGC006"]
    assert any(f.code == "BGC001" for f in findings)  # (checked: a lone table is not a whole disclosure)
    assert [f.code for f in findings if f.code.startswith("BGT")] == []  # 1000 = 380 + 43.6 + 235 + 105 + 236.4


def test_a_ruled_table_is_read_as_before(tmp_path):
    rows = _rows(_continued(tmp_path, open_top=False))
    assert ["30206", "电费", "235.00"] in rows and ["30205", "水费", "43.60"] in rows
    assert sum(1 for r in rows if r and r[0].startswith("302")) == 6
