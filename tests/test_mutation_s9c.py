"""Issue 14, session 9 (s9mutC): tests that kill the surviving mutants of the lines of readers/pdf_text.py that
session 9 changed (tables printed without ruling lines: a figure's narrow gap, gutters, header words).

Most are checked on the characters' boxes directly (as PDFium gives them: `Char(text, x0, top, x1, bottom)`), so
that a gap can be set to exactly the width the reader weighs: every line here is 10 pt high, a Chinese character
10 pt wide and a digit or a mark 5 pt, so half a character (FIGURE_GAP) is 5 pt and PIECE_GAP 16 pt."""

from __future__ import annotations

from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import page_lines, unruled_tables

H = 10.0


def _line(top: float, *items: tuple[float, str]) -> list[Char]:
    """Words of one line: each (x0, text), its characters side by side (Chinese 10 pt wide, others 5 pt)."""
    out = []
    for x, text in items:
        for ch in text:
            w = H if ord(ch) > 0x2000 else H / 2
            out.append(Char(ch, x, top, x + w, top + H))
            x += w
    return out


def _read(*rows: list[Char]):
    lines = page_lines(1, [c for row in rows for c in row])
    unruled_tables(lines)
    return lines


def _pieces(lines) -> list[list[str]]:
    return [[p.text for p in ln.pieces] for ln in lines]


def test_an_amount_before_a_count_or_after_a_name_parts_a_row_at_a_narrow_gap():
    """In a table without rules, 6 pt (more than half a character, far less than PIECE_GAP) after a spaced label
    ('合 计', its characters 3 pt apart) and before an amount parts them (the amount starts at the gap), and so does
    6 pt after an amount before a one-digit count of persons (the amount ends at the gap; '3' is no amount):
    three columns, not one."""
    rows = [_line(100 + 20 * k, (60, a), (73, b), (89, amount), (135, count))
            for k, (a, b, amount, count) in enumerate((("合", "计", "1,303.58", "9"), ("基", "本", "2,025.00", "3"),
                                                       ("项", "目", "1,110.40", "4")))]
    lines = _read(*rows)
    assert _pieces(lines) == [["合计", "1,303.58", "9"], ["基本", "2,025.00", "3"], ["项目", "1,110.40", "4"]]
    assert [ln.columns for ln in lines] == [[(0, 0), (1, 1), (2, 2)]] * 3


def test_a_row_that_starts_with_an_amount_is_parted_after_it():
    """Rows of figures only (a 三公 table's 合计 row has no label of its own in some prints): the amount at the
    start of the line, then a count of cars 6 pt after it — two columns."""
    rows = [_line(100 + 20 * k, (60, amount), (106, count))
            for k, (amount, count) in enumerate((("1,234.56", "3"), ("2,000.00", "7"), ("1,010.10", "5")))]
    assert _pieces(_read(*rows)) == [["1,234.56", "3"], ["2,000.00", "7"], ["1,010.10", "5"]]


def test_exactly_half_a_character_does_not_part_an_amount():
    """A gap of exactly half a character (5 pt) after an amount is not wider than FIGURE_GAP: the row stays whole
    (one piece: no table at all); 5.5 pt parts it."""
    at = [_line(100 + 20 * k, (60, "1,234.56"), (105, "3")) for k in range(3)]
    assert _pieces(_read(*at)) == [["1,234.563"]] * 3
    past = [_line(100 + 20 * k, (60, "1,234.56"), (105.5, "3")) for k in range(3)]
    assert _pieces(_read(*past)) == [["1,234.56", "3"]] * 3


def test_a_thin_space_before_a_percent_sign_stays_in_the_amount():
    """'12.50 %' set with a 1 pt thin space: far narrower than half a character, one cell."""
    rows = [_line(100 + 20 * k, (60, name), (160, amount), (186, "%"))
            for k, (name, amount) in enumerate((("基本支出", "12.50"), ("项目支出", "87.50"), ("合计合计", "100.0")))]
    assert _pieces(_read(*rows)) == [["基本支出", "12.50%"], ["项目支出", "87.50%"], ["合计合计", "100.0%"]]


def test_spaced_words_are_one_piece():
    """'合 计' with a 3 pt space (a fifth of PIECE_GAP's 16 pt) is one word: three such lines are no table."""
    rows = [_line(100 + 20 * k, (60, a), (73, b)) for k, (a, b) in enumerate((("合", "计"), ("项", "目"), ("科", "目")))]
    lines = _read(*rows)
    assert _pieces(lines) == [["合计"], ["项目"], ["科目"]] and [ln.columns for ln in lines] == [None] * 3


def test_words_exactly_piece_gap_apart_are_one_piece():
    """Two words exactly PIECE_GAP (16 pt) apart are not parted (a gap must be wider); 16.5 pt parts them, and
    three such lines are a table of two columns."""
    at = [_line(100 + 20 * k, (60, "项目"), (96, "说明")) for k in range(3)]
    lines = _read(*at)
    assert _pieces(lines) == [["项目说明"]] * 3 and [ln.columns for ln in lines] == [None] * 3
    past = [_line(100 + 20 * k, (60, "项目"), (96.5, "说明")) for k in range(3)]
    lines = _read(*past)
    assert _pieces(lines) == [["项目", "说明"]] * 3 and [ln.columns for ln in lines] == [[(0, 0), (1, 1)]] * 3


def test_a_running_header_on_exactly_three_pages_goes(tmp_path):
    """The same line in the top band of exactly three pages (three: the least for a running header, and a third
    of the pages) goes, the page numbers with it; the body text stays."""
    from govaudit.readers.pdf import read_pdf
    from pdf_writer import PdfWriter

    w = PdfWriter()
    for n in range(3):
        p = w.page()
        p.text(250, 30, "某区测试局2024年度部门决算", 9)
        p.text(290, 800, f"- {n + 1} -", 9)
        p.text(72, 300, f"第{n + 1}页的正文。", 10)
    book = read_pdf(w.save(tmp_path / "三页.pdf"))
    assert [(p.text, p.origin.page) for p in book.paragraphs] == [
        ("第1页的正文。", 1), ("第2页的正文。", 2), ("第3页的正文。", 3)]


def test_a_fourth_one_word_line_outside_the_columns_ends_a_table_without_rules(tmp_path):
    """Three one-word lines under the amounts' column (小计, 4.00 …) may lie inside a table printed without rules;
    a fourth lies under none of its columns: the table has ended there, and the row after it is no row of the
    table (its 4.00 is in the second of its own two columns, not under the table's amounts)."""
    from govaudit.readers.pdf import read_pdf
    from pdf_writer import PdfWriter

    def draw(p, top, rows):
        for row in rows:
            for x, text in zip((60, 150, 330), row):
                if text:
                    p.text(x + 60 - 9 * len(text) if x == 330 else x, top, text, 9)
            top += 16
        return top

    rows = [("201", "一般公共服务支出", "30.00"), ("202", "外交支出", "5.00"), ("203", "国防支出", "6.00")]
    w = PdfWriter()
    p = w.page()
    top = draw(p, 110, rows)
    for k, word in enumerate(("小计", "合计", "总计")):
        p.text(354, top + 16 * k, word, 9)
    p.text(250, top + 48, "说明", 9)  # 250 … 268: between 科目名称 (150 … 222) and the amounts (345 … 390)
    draw(p, top + 64, [("301", "", "4.00")])
    cells = [(k, c.value) for k, c in sorted(read_pdf(w.save(tmp_path / "四行.pdf")).sheets[0].cells.items())]
    assert cells[-2:] == [((8, 1), "301"), ((8, 2), "4.00")], cells


def test_two_header_words_nearly_touching_over_an_empty_column_are_two_columns():
    """A header line of two pieces ('项目' and '本年收入 本年支出', the two words 6 pt apart, each set tight): the
    words are parted, 本年收入 heads the amounts' column and 本年支出, clear of every column, heads an empty one."""
    rows = [_line(100, (60, "项目"), (190, "本年收入"), (236, "本年支出"))]
    rows += [_line(120 + 20 * k, (60, name), (205, amount))
             for k, (name, amount) in enumerate((("一般公共服务", "30.00"), ("外交支出支出", "5.000"), ("国防支出支出", "6.000")))]
    lines = _read(*rows)
    assert _pieces(lines)[0] == ["项目", "本年收入", "本年支出"]
    assert [ln.columns for ln in lines] == [[(0, 0), (1, 1), (2, 2)]] + [[(0, 0), (1, 1)]] * 3


def test_a_wide_figure_in_a_short_row_does_not_join_two_columns():
    """Columns come from the rows with the usual number of pieces: a 小计 row of two pieces whose figure
    (1,234,567.00) is wider than its column and reaches into the next does not make the two columns of amounts
    one; it is a cell over both."""
    rows = [_line(100 + 20 * k, (60, name), (200, a), (260, b))
            for k, (name, a, b) in enumerate((("一般公共服务", "30.00", "20.00"), ("外交支出支出", "50.00", "40.00"),
                                              ("国防支出支出", "60.00", "10.00")))]
    rows.append(_line(160, (60, "小计"), (215, "1,234,567.00")))
    lines = _read(*rows)
    assert [ln.columns for ln in lines] == [[(0, 0), (1, 1), (2, 2)]] * 3 + [[(0, 0), (1, 2)]]


def test_lines_of_prose_with_an_amount_set_apart_are_no_table():
    """Three lines of prose (a sentence: '。'), each with an amount 6 pt after its words: they are not cut at the
    amount, so they make no table without rules; each stays one piece."""
    rows = [_line(100 + 20 * k, (60, "项目支出预算数为万元。减少了"), (206, amount))
            for k, amount in enumerate(("1237.7", "13.22", "1,234.56"))]
    lines = _read(*rows)
    assert _pieces(lines) == [["项目支出预算数为万元。减少了1237.7"], ["项目支出预算数为万元。减少了13.22"],
                              ["项目支出预算数为万元。减少了1,234.56"]]
    assert [ln.columns for ln in lines] == [None] * 3


def _tracked(top: float, x: float, text: str, track: float) -> list[Char]:
    """Chinese characters `track` pt apart (letter-spaced)."""
    out = []
    for ch in text:
        out.append(Char(ch, x, top, x + H, top + H))
        x += H + track
    return out


def test_header_words_letter_spaced_are_parted_but_not_at_exactly_half_a_character():
    """The two header words of the test above set with 1 pt between their characters are still parted at the
    6 pt between them (1 pt is less than a quarter character); set tight but exactly half a character (5 pt)
    apart they are one piece, over the amounts' column only."""
    body = [_line(120 + 20 * k, (60, name), (205, amount))
            for k, (name, amount) in enumerate((("一般公共服务", "30.00"), ("外交支出支出", "5.000"), ("国防支出支出", "6.000")))]
    spaced = _line(100, (60, "项目")) + _tracked(100, 190, "本年收入", 1) + _tracked(100, 239, "本年支出", 1)
    lines = _read(spaced, *body)
    assert _pieces(lines)[0] == ["项目", "本年收入", "本年支出"] and lines[0].columns == [(0, 0), (1, 1), (2, 2)]
    half = _line(100, (60, "项目"), (190, "本年收入"), (235, "本年支出"))
    lines = _read(half, *body)
    assert _pieces(lines)[0] == ["项目", "本年收入本年支出"] and lines[0].columns == [(0, 0), (1, 1)]


def test_a_spaced_header_word_stays_whole():
    """'项　目' and '金　额' with their two characters 6 pt apart (more than half a character): one-character parts
    are a spaced word, not two header words."""
    body = [_line(120 + 20 * k, (60, name), (205, amount))
            for k, (name, amount) in enumerate((("一般公共服务", "30.00"), ("外交支出支出", "5.000"), ("国防支出支出", "6.000")))]
    lines = _read(_line(100, (60, "项"), (76, "目"), (200, "金"), (216, "额")), *body)
    assert _pieces(lines)[0] == ["项目", "金额"] and lines[0].columns == [(0, 0), (1, 1)]


BODY = [("一般公共服务", "30.00"), ("外交支出支出", "5.000"), ("国防支出支出", "6.000")]  # 60 … 120 | 205 … 230


def _with_body(*head: list[Char]):
    return _read(*head, *[_line(120 + 20 * k, (60, name), (205, amount)) for k, (name, amount) in enumerate(BODY)])


def test_a_one_character_part_keeps_a_header_word_whole():
    """'功能科目' and '类' 6 pt apart: the second part is one character, so it is no pair of header words."""
    lines = _with_body(_line(100, (60, "项目"), (190, "功能科目"), (236, "类")))
    assert _pieces(lines)[0] == ["项目", "功能科目类"]


def test_header_words_letter_spaced_by_exactly_a_quarter_character_are_parted():
    """Characters 2.5 pt apart (a quarter character, not more) are still set tight: '收入' (205 … 227.5) over the
    amounts and '支出' 7.5 pt after it, over an empty column of its own."""
    lines = _with_body(_line(100, (60, "项目")) + _tracked(100, 205, "收入", 2.5) + _tracked(100, 235, "支出", 0))
    assert _pieces(lines)[0] == ["项目", "收入", "支出"] and lines[0].columns == [(0, 0), (1, 1), (2, 2)]


def test_a_header_word_exactly_half_a_character_clear_heads_an_empty_column():
    """A header line of two pieces whose second word starts exactly half a character (5 pt) right of the amounts'
    column heads an empty column; 2 pt right of it, it is that column's header."""
    lines = _with_body(_line(100, (60, "项目"), (235, "年末结转")))
    assert lines[0].columns == [(0, 0), (2, 2)] and lines[1].columns == [(0, 0), (1, 1)]
    lines = _with_body(_line(100, (60, "项目"), (232, "年末结转")))
    assert lines[0].columns == [(0, 0), (1, 1)]


def test_a_header_word_ending_exactly_half_a_character_before_a_column_heads_an_empty_column():
    """Between the names (60 … 120) and the amounts (205 … 230): a word from 160 to exactly 200 is clear of both."""
    lines = _with_body(_line(100, (60, "项目"), (160, "上年结转"), (210, "本年")))
    assert lines[0].columns == [(0, 0), (1, 1), (2, 2)] and lines[1].columns == [(0, 0), (2, 2)]


def test_the_unit_line_above_an_unruled_table_makes_no_column():
    """'部门：某区测试局 … 单位：万元' right above the table, 单位 beyond the last column: no column of its own (it
    goes to the nearest one)."""
    lines = _with_body(_line(100, (60, "部门：某局"), (260, "单位：万元")))
    assert lines[0].columns == [(0, 0), (1, 1)] and lines[1].columns == [(0, 0), (1, 1)]


TWO = [("一般公共服务", "30.00", "20.00"), ("外交支出支出", "5.000", "4.000"), ("国防支出支出", "6.000", "2.000")]


def _two_columns(*head: list[Char]):
    """Names 60 … 120, amounts 205 … 230 and 260 … 285: the gutter between the amounts is 230 … 260."""
    return _read(*head, *[_line(120 + 20 * k, (60, name), (205, a), (260, b)) for k, (name, a, b) in enumerate(TWO)])


def test_header_words_touching_across_a_gutter_are_parted_there():
    """'本年收入' (204 … 244) and '本年支出' 3 pt after it (less than half a character: one piece) are parted
    where the gap lies in the gutter between the two columns of amounts; '金 额' and '合 计', their characters 3 pt
    apart inside a column, stay whole."""
    lines = _two_columns(_line(80, (60, "项目"), (207, "金"), (220, "额"), (262, "合"), (275, "计")),
                         _line(100, (60, "项目名称"), (204, "本年收入"), (247, "本年支出")))
    assert _pieces(lines)[:2] == [["项目", "金额", "合计"], ["项目名称", "本年收入", "本年支出"]]
    assert [p.bbox[0] for p in lines[1].pieces] == [60, 204, 247]
    assert [ln.columns for ln in lines] == [[(0, 0), (1, 1), (2, 2)]] * 5


def test_header_words_exactly_a_fifth_of_a_character_apart_stay_one_word():
    """2 pt (a fifth of a character, not more) between '本年收入' and '本年支出' across the gutter: one word, over
    both columns."""
    lines = _two_columns(_line(100, (60, "项目名称"), (205, "本年收入"), (247, "本年支出")))
    assert _pieces(lines)[0] == ["项目名称", "本年收入本年支出"] and lines[0].columns == [(0, 0), (1, 2)]


def test_a_gap_ending_at_the_gutter_or_starting_at_it_parts_header_words():
    """The gutter between the amounts is 230 … 260: a 3 pt gap that ends exactly where it starts ('收入' 207 … 227,
    '支出合计' from 230), or starts exactly where it ends ('本年收入' 220 … 260, '支出' from 263), lies in it."""
    lines = _two_columns(_line(100, (60, "项目名称"), (207, "收入"), (230, "支出合计")))
    assert _pieces(lines)[0] == ["项目名称", "收入", "支出合计"] and lines[0].columns == [(0, 0), (1, 1), (2, 2)]
    lines = _two_columns(_line(100, (60, "项目名称"), (220, "本年收入"), (263, "支出")))
    assert _pieces(lines)[0] == ["项目名称", "本年收入", "支出"] and lines[0].columns == [(0, 0), (1, 1), (2, 2)]
