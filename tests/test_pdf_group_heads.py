"""Group headers of unruled tables spread over the columns they head (readers/pdf_heads.py), and a watermark left
out of the text (readers/pdf_page.py): session 12, issue 9.

The 决算 "三公"经费 table on one row of 12 columns (预算数 6 | 决算数 6; 公务用车购置及运行费 over 小计 | 购置费 | 运行费;
合计, 因公出国（境）费 and 公务接待费 tall cells over two header rows) printed as a 三线表 or without lines read 预算数 and
决算数 over two columns each, the 公务用车 group over one: 4 false TBL701/702 on a correct table (review s11 r3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.pipeline import Options, check_file
from govaudit.readers.pdf import read_pdf
from govaudit.readers.pdf_page import read_pages
from pdf_writer import PdfWriter, PrintedTable, print_tables, producer

HEAD = [["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""],
        ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"] * 2,
        ["", "", "小计", "公务用车购置费", "公务用车运行费", ""] * 2]
MERGES = [(0, 0, 0, 5), (0, 6, 0, 11), (1, 2, 1, 4), (1, 8, 1, 10), (1, 0, 2, 0), (1, 1, 2, 1), (1, 5, 2, 5),
          (1, 6, 2, 6), (1, 7, 2, 7), (1, 11, 2, 11)]


def sanggong(total: str = "12.15") -> PrintedTable:
    row = ["20.00", "5.00", "12.00", "", "12.00", "3.00", total, "", "9.80", "", "9.80", "2.35"]
    return PrintedTable("一般公共预算财政拨款“三公”经费支出决算表", "部门：朝阳区发改委", "金额单位：万元", HEAD + [row], 3,
                        MERGES)


def _codes(path: Path, prefix: str = "TBL70") -> list[str]:
    status, found = check_file(path, Options())
    assert status.status == "checked", status.error
    return sorted(f.code for f in found if f.code.startswith(prefix) and f.severity.value != "info")


@pytest.mark.parametrize("rules", ["three", "none"])
def test_a_correct_12_column_sanggong_table_draws_no_error(rules, tmp_path):
    pdf = print_tables(tmp_path / "t.pdf", [sanggong()], rules=rules)
    assert _codes(pdf) == []
    cells = read_pdf(pdf).sheets[0]
    merged = {(m[1], m[3]) for m in cells.merged}
    assert {(1, 6), (7, 12), (3, 5), (9, 11)} <= merged  # 预算数, 决算数, the two 公务用车 groups


@pytest.mark.parametrize("rules", ["three", "none"])
def test_a_wrong_total_of_the_12_column_table_is_found(rules, tmp_path):
    pdf = print_tables(tmp_path / "t.pdf", [sanggong("13.15")], rules=rules)  # 12.15 = 9.80 + 2.35
    assert _codes(pdf) == ["TBL701"]


def test_a_slanted_watermark_is_no_text(tmp_path):
    with producer(watermark="内部资料"):
        w = PdfWriter()
        p = w.page()
        p.text(100, 100, "收入支出决算总表", 14)
        p.text(100, 130, "合计", 40)  # big upright text is kept
        # turned by the graphics state's matrix instead of the text matrix, 16 pt at 30°: '内部'
        p.raw("q 0.866 0.5 -0.5 0.866 100 500 cm BT /F1 16 Tf 1 0 0 1 0 0 Tm <5185909E> Tj ET Q")
        path = w.save(tmp_path / "w.pdf")
    text = "".join(c.text for c in read_pages(path)[0].chars)
    assert text == "收入支出决算总表合计"


def test_two_amounts_a_narrow_gutter_apart_are_two_cells(tmp_path):
    """Columns printed with 1.5 pt pads: a right-aligned amount ends 3 pt before the next column's amount starts
    ('1303.58' '412.35', 9 pt type): two figures, not one '1303.58412.35' (s10's tight-gutter layout: 23 → 5)."""
    w = PdfWriter()
    p = w.page()
    p.text(60, 80, "科目名称", 9)
    p.text(200, 80, "本年支出合计", 9)
    p.text(270, 80, "基本支出", 9)
    rows = [("一般公共服务支出", "1303.58", "412.35"), ("人力资源事务", "1303.58", "412.35"), ("行政运行", "412.35", "412.35")]
    for k, (name, a, b) in enumerate(rows):
        top = 100 + 16 * k
        p.text(60, top, name, 9)
        p.text_right(254, top, a, 9)
        p.text(257, top, b, 9)  # 3 pt after the amount before it
    cells = read_pdf(w.save(tmp_path / "t.pdf")).sheets[0].cells
    values = [[c.value for (r, _c), c in sorted(cells.items()) if r == row] for row in sorted({r for r, _ in cells})]
    assert values[1:] == [list(r) for r in rows]
