"""readers/pdf_text.py, a sample of 40 mutants (seed 12) measured by tools/mutate.py (session 12, s12mut): the
survivors of the unruled-table helpers, tested on lines built from characters as the PDF reader gives them (10 pt
type: a Chinese character 10 pt wide, a digit 5), in memory.
"""

from __future__ import annotations

from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import (Piece, _centred_own, _ends_table, _gap_even, _header_above, _merge_into,
                                       _part_words, _spaced, page_lines)


def _chars(x: float, top: float, text: str, gap: float = 0.0) -> list[Char]:
    out = []
    for ch in text:
        w = 5.0 if ch.isascii() else 10.0
        out.append(Char(ch, x, top, x + w, top + 10))
        x += w + gap
    return out


def _line(top: float, *runs: tuple[float, str]):
    """One printed line: its runs of text at their x positions."""
    (line,) = page_lines(1, [c for x, text in runs for c in _chars(x, top, text)])
    return line


def test_a_note_or_the_next_tables_title_ends_a_table():
    assert _ends_table(_line(300, (72, "注：本表无政府性基金预算财政拨款收支。")))
    assert _ends_table(_line(300, (72, "备注：单位为万元")))
    assert _ends_table(_line(300, (150, "一般公共预算财政拨款支出决算表")))
    assert not _ends_table(_line(300, (72, "一般公共服务支出"), (300, "1019.83")))


def test_a_header_of_one_piece_lines_right_above_the_first_row():
    first = _line(130, (72, "科目名称"), (300, "决算数"))
    assert _header_above([_line(100, (72, "项目")), _line(115, (72, "功能分类科目"))], first)
    assert _header_above([_line(105, (72, "功能分类科目"))], first)  # 15 pt above: within three lines' height
    assert not _header_above([_line(60, (72, "功能分类科目"))], first)  # 60 pt above: another thing
    assert not _header_above([_line(115, (72, "部门：人力资源和社会保障局"))], first)  # a 部门 line: another table
    assert not _header_above([_line(115, (72, "本表反映部门本年度的支出，单位为万元。"))], first)  # running text


def test_a_cell_merged_from_two_lines_spans_both():
    target = _line(100, (72, "一般公共服务"), (300, "1019.83"))
    source = _line(112, (72, "支出"))
    target.columns, source.columns = [0, 1], [0]
    _merge_into(target, source, after=True)
    assert [(p.text, p.bbox) for p in target.pieces] == [("一般公共服务支出", (72, 100, 132, 122)),
                                                          ("1019.83", (300, 100, 335, 110))]
    assert (target.top, target.bottom, target.x0, target.x1) == (100, 122, 72, 335)


def test_lone_characters_evenly_apart():
    a, b = Piece("收", (100, 0, 110, 10)), Piece("入", (130, 0, 140, 10))
    assert _gap_even(a, b, Piece("合", (160, 0, 170, 10)))
    assert _gap_even(a, b, Piece("合", (161, 0, 171, 10)))  # within a point
    assert not _gap_even(a, b, Piece("合", (175, 0, 185, 10)))


def test_two_characters_each_centred_over_a_column_of_its_own():
    line = _line(100, (72, "类"))
    spans = [[100, 140], [140, 180]]
    centred = Piece("款", (155, 100, 165, 110))
    assert _centred_own(line, Piece("类", (122, 100, 132, 110)), centred, spans)  # 7 pt off the middle: within 10
    assert not _centred_own(line, Piece("类", (126, 100, 136, 110)), centred, spans)  # 11 pt off
    assert not _centred_own(line, Piece("类", (155, 100, 165, 110)), centred, spans)  # the same column


def test_letter_spaced_chinese():
    spaced = _line(100, (72, "合"), (87, "计"))  # 5 pt apart: more than a quarter of the height
    assert len(spaced.pieces) == 1 and _spaced(spaced, spaced.pieces[0])
    tight = _line(100, (72, "合计"))
    assert not _spaced(tight, tight.pieces[0])
    figures = _line(100, (72, "1"), (82, "2"))
    assert not _spaced(figures, figures.pieces[0])


def test_header_words_parted_at_a_wide_gap():
    """'基本 支出  合计' printed as one piece: a narrow gap (4 pt) stays inside a word, a wide one (8 pt) parts two."""
    (line,) = page_lines(1, _chars(72, 100, "基本") + _chars(96, 100, "支出") + _chars(124, 100, "合计"))
    _part_words(line)
    assert [(p.text, p.bbox) for p in line.pieces] == [("基本支出", (72, 100, 116, 110)), ("合计", (124, 100, 144, 110))]


def test_the_last_character_of_a_word_spaced_wider_than_a_piece():
    """'合 ‥ 计 基本支出': 计 ends the word 合计 (the piece before is 合), 基本支出 is a word of its own."""
    (line,) = page_lines(1, _chars(72, 100, "合") + _chars(102, 100, "计") + _chars(120, 100, "基本支出"))
    assert [p.text for p in line.pieces] == ["合", "计基本支出"]
    _part_words(line)
    assert [p.text for p in line.pieces] == ["合", "计", "基本支出"]


def test_the_first_character_of_a_word_spaced_wider_than_a_piece():
    """'基本支出 合 ‥ 计': 合 opens the word 合计 (the piece after is 计)."""
    (line,) = page_lines(1, _chars(72, 100, "基本支出") + _chars(120, 100, "合") + _chars(150, 100, "计"))
    assert [p.text for p in line.pieces] == ["基本支出合", "计"]
    _part_words(line)
    assert [p.text for p in line.pieces] == ["基本支出", "合", "计"]
