"""A header word letter-spaced over its cell in a table without rules (Excel's 分散对齐, the 上海 2024 template's
'项    目'): wider than the figures under it, its gaps lie over the gutter before their column. Session 9 parted
it there into single characters (['项目', '本', '年', '收入', '本年支出']: '本' put in the labels' column, '年' and
'收入' in one cell, one lost). Lines here are 10 pt high, a Chinese character 10 pt wide, a digit 5 pt."""

from __future__ import annotations

from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import page_lines, unruled_tables

H = 10.0


def _line(top: float, *items: tuple[float, str]) -> list[Char]:
    out = []
    for x, text in items:
        for ch in text:
            w = H if ord(ch) > 0x2000 else H / 2
            out.append(Char(ch, x, top, x + w, top + H))
            x += w
    return out


def _spread(x0: float, x1: float, word: str) -> list[tuple[float, str]]:
    """A word distributed over x0..x1: its first character at x0, its last ending at x1."""
    step = (x1 - x0 - H) / (len(word) - 1)
    return [(x0 + k * step, ch) for k, ch in enumerate(word)]


def _read(head: list[Char], names=("一般公共服务", "教育", "科学技术")):
    rows = [_line(100 + 20 * k, (60, name), (200 - 5 * len(a), a), (270 - 5 * len(b), b))
            for k, (name, a, b) in enumerate(zip(names, ("1,303.58", "6.15", "326.86"), ("1,303.58", "6.15", "26.86")))]
    lines = page_lines(1, [c for row in (head, *rows) for c in row])
    unruled_tables(lines)
    return [[p.text for p in ln.pieces] for ln in lines], [ln.columns for ln in lines]


def test_a_letter_spaced_header_word_over_a_gutter_stays_one_word():
    texts, cols = _read(_line(80, (60, "项目"), *_spread(128, 198, "本年收入"), (232, "本年支出")))
    assert texts[0] == ["项目", "本年收入", "本年支出"]
    assert cols == [[(0, 0), (1, 1), (2, 2)]] * 4


def test_two_spaced_characters_over_a_gutter_stay_one_word():
    texts, cols = _read(_line(80, (60, "项目"), *_spread(138, 198, "收入"), (232, "支出")))
    assert texts[0] == ["项目", "收入", "支出"] and cols[0] == [(0, 0), (1, 1), (2, 2)]


def test_single_headers_each_over_a_column_of_their_own_are_parted():
    """'类  款  项' evenly spaced, each character over its own column of codes: three headers, not one word."""
    head = _line(80, (60, "类"), (84, "款"), (108, "项"), (150, "科目名称"), (230, "金额"))
    rows = [_line(100 + 20 * k, (57, a), (84, b), (108, c), (150, name), (260 - 5 * len(v), v))
            for k, (a, b, c, name, v) in enumerate((("201", "06", "01", "行政运行", "1,511.90"),
                                                    ("201", "06", "02", "一般行政", "16.19"),
                                                    ("208", "05", "01", "行政单位", "84.65")))]
    lines = page_lines(1, [c for row in (head, *rows) for c in row])
    unruled_tables(lines)
    assert [p.text for p in lines[0].pieces] == ["类", "款", "项", "科目名称", "金额"]
    assert lines[0].columns == lines[1].columns == [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)]


def test_a_spaced_word_beside_a_tight_one_is_parted_from_it():
    """'项 目 支 出' spread over its cell, then the header of an empty column 6 pt after it: two words."""
    head = _line(80, (60, "项目"), *_spread(128, 198, "项目支出"), (204, "上缴上级支出"))
    texts, _cols = _read(head)
    assert texts[0] == ["项目", "项目支出", "上缴上级支出"]
