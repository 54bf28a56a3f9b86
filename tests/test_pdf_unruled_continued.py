"""A table printed without rules that runs to the foot of a page and goes on at the head of the next: the next
part is laid out in the first part's columns, even with a few rows or a column blank there (session 10). A new
table on the next page, under its title, keeps columns of its own."""

from __future__ import annotations

from pdf_writer import PdfWriter, sheet_rows

SIZE = 9.0


def _row(p, top, cells, xs, figures_from=2):
    """cells[k] printed in column k: left-aligned at xs[k][0], or right-aligned at xs[k][1] from `figures_from` on."""
    for k, (text, (x0, x1)) in enumerate(zip(cells, xs)):
        if not text:
            continue
        if k >= figures_from:
            p.text_right(x1, top, text, SIZE)
        else:
            p.text(x0, top, text, SIZE)


COLS = [(40, 60), (110, 250), (260, 330), (340, 410), (420, 490)]


def test_a_part_at_the_head_of_the_next_page_keeps_the_first_parts_columns(tmp_path):
    w = PdfWriter()
    p = w.page()
    p.text(200, 40, "支出决算表", 14)
    _row(p, 70, ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], COLS)
    top = 90
    for k in range(40):
        _row(p, top, [f"2{k:02d}", "某项支出", "30.00", "10.00", "20.00"], COLS)
        top += 18
    q = w.page()
    # the last two rows: their 基本支出 blank, so their own columns would be one fewer
    _row(q, 40, ["299", "其他支出", "20.00", "", "20.00"], COLS)
    _row(q, 58, ["298", "其他支出", "5.00", "", "5.00"], COLS)
    rows = sheet_rows(w.save(tmp_path / "续.pdf"))
    first = next(r for r in rows if r[0][1] == "200")
    last = [r for r in rows if r[0][1] in ("299", "298")]
    assert [c for c, _t in first] == [1, 2, 3, 4, 5]
    assert last == [[(1, "299"), (2, "其他支出"), (3, "20.00"), (5, "20.00")],
                    [(1, "298"), (2, "其他支出"), (3, "5.00"), (5, "5.00")]]


def test_a_new_table_under_its_title_on_the_next_page_has_columns_of_its_own(tmp_path):
    w = PdfWriter()
    p = w.page()
    p.text(200, 40, "支出决算表", 14)
    _row(p, 70, ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], COLS)
    top = 90
    for k in range(40):
        _row(p, top, [f"2{k:02d}", "某项支出", "30.00", "10.00", "20.00"], COLS)
        top += 18
    q = w.page()
    q.text(200, 40, "三公经费表", 14)
    narrow = [(40, 90), (100, 150), (160, 210), (220, 270), (280, 330), (340, 390)]
    _row(q, 70, ["合计", "出国", "接待", "购置", "运行", "其他"], narrow, 0)
    for k in range(3):
        _row(q, 90 + 18 * k, ["7.50", "3.68", "1.26", "0.00", "2.42", "0.14"], narrow, 0)
    rows = sheet_rows(w.save(tmp_path / "新表.pdf"))
    figures = [r for r in rows if r[0][1] == "7.50"]
    assert len(figures) == 3 and all([c for c, _t in r] == [1, 2, 3, 4, 5, 6] for r in figures)


def test_a_part_with_two_figures_in_one_column_of_the_table_before_is_another_table():
    from govaudit.readers.pdf_page import Char
    from govaudit.readers.pdf_text import _inherit, page_lines

    before = [[40.0, 70.0], [110.0, 250.0], [260.0, 330.0]]
    chars = [Char(ch, 120 + 5 * k, 50, 125 + 5 * k, 60) for k, ch in enumerate("7.50")]
    chars += [Char(ch, 200 + 5 * k, 50, 205 + 5 * k, 60) for k, ch in enumerate("3.68")]
    line = page_lines(2, chars)[0]
    assert [p.text for p in line.pieces] == ["7.50", "3.68"]
    # each of its columns lies in one column before, but both figures of the row in the same one
    assert _inherit(before, [[120.0, 140.0], [200.0, 220.0]], [line]) is None
    assert _inherit(before, [[120.0, 140.0], [300.0, 320.0]], []) == [[40.0, 70.0], [110.0, 250.0], [260.0, 330.0]]
    # a label across two columns before (合计 centred over the code and name columns) widens neither
    assert _inherit(before, [[60.0, 140.0]], []) == before
    beyond = page_lines(2, [Char(ch, 350 + 5 * k, 50, 355 + 5 * k, 60) for k, ch in enumerate("9.99")])[0]
    assert _inherit(before, [[350.0, 370.0]], [beyond]) is None  # a figure beyond them: another table
    across = page_lines(2, [Char(ch, 60 + 5 * k, 50, 65 + 5 * k, 60) for k, ch in enumerate("12,345,678.90")])[0]
    assert _inherit(before, [[60.0, 125.0]], [across]) is None  # a figure across two of them
