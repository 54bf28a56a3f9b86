"""A wide table printed in column strips (a spreadsheet printed without fitting to the page width: its left-hand
columns on one page, the rest of its columns, the same rows, on the next) is joined back into one table when the
rows certainly match (readers/pdf_strips.py, issue 9); otherwise it is still set aside with BGC006, never guessed."""

from __future__ import annotations

from decimal import Decimal

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter, column_strips, sheet_rows

TITLE = "收入决算表"
META = "部门：某区测试局"
WIDTHS = [70.0, 120.0] + [75.0] * 7
X0 = 20.0
HEAD = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
        "附属单位上缴收入", "其他收入"]
CUT = 4  # codes, names, 本年收入合计, 财政拨款收入 on page 1; the five other sources on page 2


def _body(other_201: str = "5.00") -> list[list[str]]:
    return [["", "合计", "100.00", "60.00", "0.00", "30.00", "0.00", "0.00", "10.00"],
            ["201", "一般公共服务支出", "100.00", "60.00", "0.00", "30.00", "0.00", "0.00", other_201],
            ["20106", "财政事务", "100.00", "60.00", "0.00", "30.00", "0.00", "0.00", "10.00"],
            ["2010601", "行政运行", "60.00", "40.00", "0.00", "15.00", "0.00", "0.00", "5.00"],
            ["2010602", "一般行政管理事务", "40.00", "20.00", "0.00", "15.00", "0.00", "0.00", "5.00"]]


def _pdf(tmp_path, name: str, body=None, repeat: int = 0, **kw):
    w = PdfWriter()
    column_strips(w, TITLE, META, WIDTHS, [HEAD] + (body or _body("10.00")), CUT, repeat=repeat, x0=X0, **kw)
    return w.save(tmp_path / name)


def _set_aside(path) -> bool:
    """The table is read as the reader's strip it cannot join: set aside whole (BGC006), nothing of it checked."""
    disclosure = recognize(read_workbook(path))
    return "02" not in disclosure.tables and [(t.kind, "另印在第2页" in t.unreliable)
                                              for t in disclosure.unread_tables] == [("02", True)]


def _shown(path):
    _status, findings = check_file(path, Options())
    return [f for f in findings if f.severity.value != "info" and f.code != "CMP001"]


def test_a_strip_without_labels_is_joined_row_by_row(tmp_path):
    path = _pdf(tmp_path, "无行名.pdf")
    rows = sheet_rows(path)
    assert [(c, t) for c, t in enumerate(HEAD, start=1)] in rows
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "100.00"), (4, "60.00"), (5, "0.00"), (6, "30.00"), (7, "0.00"),
            (8, "0.00"), (9, "10.00")] in rows
    assert [(1, META), (5, "金额单位：万元")] in rows  # the unit printed over the strip: the table's unit line
    book = read_workbook(path)
    sheet = book.sheets[0]
    assert sheet.cut_tables == []
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "2010601"]
    assert sheet.origins[(r, 4)].page == 1 and sheet.origins[(r, 9)].page == 2  # each figure where it was printed
    table = recognize(book).tables["02"]
    assert table.unreliable is None
    assert table.row("2010601").cells["other"].value == Decimal("5.00")
    assert table.row("201").cells["business"].value == Decimal("30.00")
    assert _shown(path) == []  # clean


def test_a_wrong_figure_in_the_strip_is_found_on_its_page(tmp_path):
    path = _pdf(tmp_path, "有误.pdf", body=_body("15.00"))  # 201's 其他收入 makes its sources 105.00, not 100.00
    shown = _shown(path)
    assert shown and all(f.severity.value == "error" for f in shown)
    assert any(loc.page == 2 and "201" in (loc.row_label or "") and loc.col_label == "其他收入"
               for f in shown for loc in f.locations)
    assert "BGC006" not in {f.code for f in shown}


def test_a_strip_that_repeats_the_codes_and_names_is_joined_without_them(tmp_path):
    path = _pdf(tmp_path, "重复行名.pdf", repeat=2)
    rows = sheet_rows(path)
    assert [(c, t) for c, t in enumerate(HEAD, start=1)] in rows  # 科目编码/科目名称 once, not again at column 5
    assert [(1, "2010602"), (2, "一般行政管理事务"), (3, "40.00"), (4, "20.00"), (5, "0.00"), (6, "15.00"), (7, "0.00"),
            (8, "0.00"), (9, "5.00")] in rows
    assert _shown(path) == []
    bad = _pdf(tmp_path, "重复行名有误.pdf", body=_body("15.00"), repeat=2)
    assert any(loc.page == 2 and loc.col_label == "其他收入" for f in _shown(bad) for loc in f.locations)


def test_a_table_printed_over_then_down_joins_each_strip_to_its_rows(tmp_path):
    """Pages 1–2: the header and the first rows, left then right; pages 3–4: the other rows (the header printed
    again on each page), left then right."""
    body = _body("10.00")
    w = PdfWriter()
    column_strips(w, TITLE, META, WIDTHS, [HEAD] + body[:3], CUT, x0=X0)
    column_strips(w, TITLE, META, WIDTHS, [HEAD] + body[3:], CUT, x0=X0)
    path = w.save(tmp_path / "先横后纵.pdf")
    rows = sheet_rows(path)
    for line in body:
        assert [(c, t) for c, t in enumerate(line, start=1) if t] in rows
    assert rows.count([(c, t) for c, t in enumerate(HEAD, start=1)]) == 1  # the repeated header left out
    assert _shown(path) == []


def test_strips_whose_rows_are_not_the_same_are_set_aside(tmp_path):
    # rows of other heights, or one row fewer: the figures' rows are not certain, the table is not checked
    assert _set_aside(_pdf(tmp_path, "行高不同.pdf", strip_row_h=20.0))
    w = PdfWriter()
    body = _body("10.00")
    p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + body, CUT, x0=X0)
    p2.ops.clear()  # the strip again, one row short
    p2.text(60, 50, TITLE, 14)
    p2.grid(X0, 100, WIDTHS[CUT:], [r[CUT:] for r in [HEAD] + body[:-1]])
    path = w.save(tmp_path / "少一行.pdf")
    assert _set_aside(path)


def test_a_strip_with_a_figure_on_a_row_the_part_leaves_empty_is_not_joined(tmp_path):
    body = _body("10.00") + [["", "", "", "", "", "", "", "", ""]]
    w = PdfWriter()
    p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + body, CUT, x0=X0)
    p2.ops.clear()
    p2.text(60, 50, TITLE, 14)
    strip = [r[CUT:] for r in [HEAD] + body]
    strip[-1] = ["", "", "", "", "9.00"]
    p2.grid(X0, 100, WIDTHS[CUT:], strip)
    sheet = read_workbook(w.save(tmp_path / "空行有数.pdf")).sheets[0]
    assert sheet.cut_tables  # set aside
    assert not any(cell.value == "9.00" for cell in sheet.cells.values())


def test_a_second_print_of_the_same_columns_is_no_strip(tmp_path):
    # the strip's headers are the part's own: the same columns again, not the rest of the table
    w = PdfWriter()
    p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + _body("10.00"), CUT, x0=X0)
    p2.ops.clear()
    p2.text(60, 50, TITLE, 14)
    p2.grid(X0, 100, [75.0, 75.0], [r[2:4] for r in [HEAD] + _body("10.00")])
    rows = sheet_rows(w.save(tmp_path / "重印.pdf"))
    assert not any((5, "本年收入合计") in r for r in rows)
    assert [(2, "合计"), (3, "100.00"), (4, "60.00")] in rows


def test_labels_that_differ_from_the_parts_are_no_repeat(tmp_path):
    # the strip's leading columns name other rows: a table of its own (or a misprint), never joined
    w = PdfWriter()
    body = _body("10.00")
    p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + body, CUT, repeat=2, x0=X0)
    p2.ops.clear()
    p2.text(60, 50, TITLE, 14)
    keep = [0, 1] + list(range(CUT, len(WIDTHS)))
    strip = [[r[i] for i in keep] for r in [HEAD] + body]
    strip[3][1] = "其他事务"  # 20106 named otherwise on the strip
    p2.grid(X0, 100, [WIDTHS[i] for i in keep], strip)
    rows = sheet_rows(w.save(tmp_path / "行名不同.pdf"))
    assert [(1, "20106"), (2, "财政事务"), (3, "100.00"), (4, "60.00")] in rows  # the part's row, nothing beside it
    assert max(c for r in rows for c, _t in r) == 7  # the strip is read as a grid of its own, not as columns 5–9


def test_a_strip_under_its_continued_title_and_a_lone_continued_mark_is_joined(tmp_path):
    w = PdfWriter()
    p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + _body("10.00"), CUT, x0=X0)
    p2.ops.clear()
    p2.text(60, 40, TITLE + "（续）", 14)
    p2.text(X0, 70, "续表", 9)  # just above the unit line: both within the strip's header lines' reach
    p2.text(X0, 86, "金额单位：万元", 9)
    p2.grid(X0, 100, WIDTHS[CUT:], [r[CUT:] for r in [HEAD] + _body("10.00")])
    path = w.save(tmp_path / "续表.pdf")
    rows = sheet_rows(path)
    assert [(1, META), (5, "金额单位：万元")] in rows
    assert not any(t.startswith("续") or "（续）" in t for r in rows for _c, t in r)
    assert _shown(path) == []


def test_a_grid_of_figures_under_another_tables_title_is_not_joined(tmp_path):
    w = PdfWriter()
    p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + _body("10.00"), CUT, x0=X0)
    p2.ops.clear()
    p2.text(60, 50, "财政拨款收入支出决算总表", 14)
    p2.grid(X0, 100, WIDTHS[CUT:], [r[CUT:] for r in [HEAD] + _body("10.00")])
    rows = sheet_rows(w.save(tmp_path / "别的表.pdf"))
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "100.00"), (4, "60.00")] in rows  # nothing joined beside it
    assert not any((5, "上级补助收入") in r for r in rows)
