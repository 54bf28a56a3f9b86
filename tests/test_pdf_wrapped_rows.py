"""Names wrapped in their cell in a table without rules (session 10): a cell's second line is set closer to its
first than the rows are to each other, and is joined to its row; a row of words only at the rows' usual spacing
(a 类 with its figures blank) stays a row of its own."""

from __future__ import annotations

from pdf_writer import PdfWriter, sheet_rows

SIZE = 9.0


def _table(rows: list[tuple[float, str, str, str]]):
    """(top, code, name, amount): code at 40, name at 112, amount right-aligned at 300."""
    w = PdfWriter()
    p = w.page()
    p.text(150, 40, "支出决算表", 14)
    p.text(40, 70, "科目编码", SIZE)
    p.text(112, 70, "科目名称", SIZE)
    p.text_right(300, 70, "合计", SIZE)
    for top, code, name, amount in rows:
        if code:
            p.text(40, top, code, SIZE)
        if name:
            p.text(112, top, name, SIZE)
        if amount:
            p.text_right(300, top, amount, SIZE)
    return w


def test_a_wrapped_name_is_joined_to_its_row_and_a_row_of_words_stays(tmp_path):
    w = _table([(90, "201", "一般公共服务支出", "30.00"),
                (110, "", "其中：人大事务", ""),  # a row of its own, words only, at the rows' spacing
                (130, "2010101", "机关事业单位基本养", "10.00"),
                (141, "", "老保险缴费支出", ""),  # the name's second line, 2 pt under the first
                (161, "2010102", "一般行政管理事务", "20.00"),
                (181, "2010103", "机关服务", "0.50")])
    rows = sheet_rows(w.save(tmp_path / "折行.pdf"))
    body = rows[rows.index([(1, "201"), (2, "一般公共服务支出"), (3, "30.00")]):]
    assert body == [[(1, "201"), (2, "一般公共服务支出"), (3, "30.00")], [(2, "其中：人大事务")],
                    [(1, "2010101"), (2, "机关事业单位基本养老保险缴费支出"), (3, "10.00")],
                    [(1, "2010102"), (2, "一般行政管理事务"), (3, "20.00")], [(1, "2010103"), (2, "机关服务"), (3, "0.50")]]
