"""readers/pdf_upright.py (header words of an unruled table set one character a line): the behaviour a mutation run
left unchecked (s21 mut, issue 14, README "变异测试"). Each test builds a page's characters as a PDF reader gives
them (a 部门 line, then header words, some set one character a line) and checks the lines upright_words makes:
their words and where each character now stands. In memory, no PDF: fast."""

from __future__ import annotations

import signal

import pytest

from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import page_lines
from govaudit.readers.pdf_upright import upright_words

SIZE, PITCH = 9.0, 11.7  # type size; a stack's characters one under another (1.3 type sizes apart)
DEPT = (100, 60, "部门：某某局", False)


def chars_of(drawn, size=SIZE):
    """(x, top, text, set one character a line) → characters: CJK a type size wide, others half."""
    out = []
    for x, top, text, upright in drawn:
        for k, ch in enumerate(text):
            if upright:
                out.append(Char(ch, x, top + k * PITCH, x + size, top + k * PITCH + size))
            else:
                w = size if ord(ch) > 127 else size / 2
                out.append(Char(ch, x, top, x + w, top + size))
                x += w
    return out


def read(chars, columns_at: int | None = None):
    lines = page_lines(1, chars)
    if columns_at is not None:  # that line was found to head a ruled table (pdf_text: Line.columns)
        lines[columns_at].columns = [(0, 1)]
    old = signal.signal(signal.SIGALRM, _too_long)
    signal.alarm(5)
    try:
        upright_words(lines)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return lines


def _too_long(*_):
    raise TimeoutError("upright_words did not end")


def texts(lines):
    return [" | ".join(p.text for p in ln.pieces) for ln in lines]


def box(lines, text):
    """The (x0, top, x1, bottom) of the one character `text` on the page, rounded to 0.01 pt."""
    (c,) = [c for ln in lines for c in ln.chars if c.text == text]
    return tuple(round(v, 2) for v in (c.x0, c.top, c.x1, c.bottom))


def test_a_header_row_is_laid_level_at_the_middle_of_its_band():
    """'项目' (one row), '合计' over two rows and two four-character stacks: one line at the middle of the band
    (top 78 of the tall stacks, foot 78 + 3 × 11.7 + 9 = 122.1): every character 95.55–104.55, each stack within its
    own width (合计: 220–229, two characters 4.5 wide)."""
    lines = read(chars_of([DEPT, (100, 90, "项目", False), (220, 90, "合计", True), (250, 78, "基本支出", True),
                           (280, 78, "项目支出", True), (100, 140, "合计", False), (220, 140, "1.00", False)]))
    assert texts(lines) == ["部门：某某局", "项目 | 合计 | 基本支出 | 项目支出", "合计 | 1.00"]
    header = lines[1].chars
    assert {(round(c.top, 2), round(c.bottom, 2)) for c in header} == {(95.55, 104.55)}
    assert [round(c.x0, 2) for c in header[2:8]] == [220, 224.5, 250, 252.25, 254.5, 256.75]
    assert [round(c.x1, 2) for c in header[2:8]] == [224.5, 229, 252.25, 254.5, 256.75, 259]


def test_a_stack_alone_stays_at_its_own_middle_in_its_first_characters_height():
    """Three characters 10, 11 and 11 pt high (each within a tenth of the one above): the word is set at the
    middle of the stack (90 to 127: 108.5) in the first character's height, three equal parts of its 10 pt width."""
    stack = [Char("科", 220, 90, 230, 100), Char("目", 220, 103, 230, 114), Char("名", 220, 116, 230, 127)]
    lines = read(chars_of([DEPT]) + stack)
    assert texts(lines) == ["部门：某某局", "科目名"]
    assert [box(lines, t) for t in "科目名"] == [(220, 103.5, 223.33, 113.5), (223.33, 103.5, 226.67, 113.5),
                                                  (226.67, 103.5, 230, 113.5)]


def test_the_band_starts_at_the_top_of_the_stack_not_at_its_second_character():
    """'项目' (96–105) beside '合计' stacked from 90: the band is 90–110.7, its middle 100.35."""
    lines = read(chars_of([DEPT, (100, 96, "项目", False), (220, 90, "合计", True)]))
    assert texts(lines) == ["部门：某某局", "项目 | 合计"]
    assert box(lines, "项") == (100, 95.85, 109, 104.85) and box(lines, "合") == (220, 95.85, 224.5, 104.85)


def test_a_word_starting_half_a_point_above_the_bands_foot_is_the_next_row():
    """The stack ends at 110.7; a word whose top is 110.2 (exactly 0.5 pt over it) does not overlap it enough to be
    its row's: it stays where it is, on a line of its own."""
    lines = read(chars_of([DEPT, (220, 90, "合计", True), (100, 110.2, "备注说明", False)]))
    assert texts(lines) == ["部门：某某局", "合计", "备注说明"]
    assert box(lines, "备") == (100, 110.2, 109, 119.2)


def test_a_word_under_the_top_row_joins_through_a_stack_reaching_down_to_it():
    """'单位名称' (78–87), a three-character stack from 82 to 114.4 and '项目' (100–109): the stack overlaps both, so
    all three are one row (taken in the order of their tops), laid at 91.7–100.7."""
    lines = read(chars_of([DEPT, (100, 78, "单位名称", False), (220, 82, "合计数", True), (300, 100, "项目", False)]))
    assert texts(lines) == ["部门：某某局", "单位名称 | 合计数 | 项目"]
    assert box(lines, "单") == (100, 91.7, 109, 100.7) and box(lines, "项") == (300, 91.7, 309, 100.7)


def test_words_over_one_another_in_a_band_stay_where_they_are():
    """'本年支出' over '基本' and '项目' beside a stack over both rows: laid level they would lie over one another,
    so each stays on its own row (the stack alone at its own middle)."""
    lines = read(chars_of([DEPT, (220, 78, "合计", True), (250, 78, "本年支出", False), (250, 92, "基本", False),
                           (300, 92, "项目", False)]))
    assert texts(lines) == ["部门：某某局", "本年支出", "合计", "基本 | 项目"]
    assert box(lines, "基") == (250, 92, 259, 101) and box(lines, "合") == (220, 83.85, 224.5, 92.85)


def test_a_word_touching_the_next_one_is_not_over_it():
    """'项目' starting exactly where the stack '合计' ends (x 229): side by side, laid level into one line."""
    lines = read(chars_of([DEPT, (220, 90, "合计", True), (229, 96, "项目", False)]))
    assert len(lines) == 2 and box(lines, "项")[1] == box(lines, "合")[1]


def test_a_lines_smaller_words_are_not_moved_when_it_is_alone_in_its_band():
    """'项目（万元）' with the unit in 7 pt on the same foot, alone in its band: its characters keep their places
    (a stack lower down makes the zone be regrouped)."""
    small = [Char(ch, 130 + 7 * k, 92, 137 + 7 * k, 99) for k, ch in enumerate("万元")]
    lines = read(chars_of([DEPT, (100, 90, "项目", False), (300, 130, "合计", True)]) + small)
    assert box(lines, "万") == (130, 92, 137, 99) and box(lines, "项") == (100, 90, 109, 99)


@pytest.mark.parametrize("pitch,shift,heights,joined", [
    (15.0, 0, (10, 10), True),  # the next top exactly 1.5 character heights under
    (15.5, 0, (10, 10), False),
    (13.0, 2.5, (10, 10), True),  # exactly a quarter of a height to the side
    (13.0, 1.5, (10, 10), True),
    (13.0, 2.6, (10, 10), False),
    (13.0, 0, (10, 11), True),  # a tenth taller
    (13.0, 0, (10, 10.5), True),
    (13.0, 0, (10, 11.2), False),
], ids=["pitch-1.5", "pitch-over", "shift-quarter", "shift-1.5pt", "shift-over", "taller-tenth", "taller-half-pt",
        "taller-over"])
def test_how_far_apart_a_stacks_characters_may_stand(pitch, shift, heights, joined):
    stack = [Char("合", 220, 90, 230, 90 + heights[0]), Char("计", 220 + shift, 90 + pitch, 230 + shift,
                                                              90 + pitch + heights[1])]
    lines = read(chars_of([DEPT]) + stack)
    assert (texts(lines) == ["部门：某某局", "合计"]) == joined, texts(lines)


def test_header_words_are_looked_for_24_lines_under_the_department_line():
    """22 lines of other header words, then a stack on the 23rd and 24th lines under the 部门 line: still in the
    header zone, read as one word."""
    filler = [(100, 75 + 12 * k, f"栏目说明{'一二三四五六七八九十'[k % 10]}", False) for k in range(22)]
    top = 75 + 12 * 22 + 6
    lines = read(chars_of([DEPT] + filler + [(300, top, "合计", True)]))
    assert texts(lines)[-1] == "合计" and len(lines) == 24


def test_a_line_already_heading_a_ruled_table_ends_the_zone():
    """The line under 部门 was found to head a ruled table (its pieces placed in that table's columns): the stack
    under it is left alone, two characters on two lines."""
    lines = read(chars_of([DEPT, (100, 80, "项目", False), (220, 95, "合计", True)]), columns_at=1)
    assert texts(lines)[2:] == ["合", "计"]


def test_a_unit_printed_on_the_titles_line():
    """'收入支出决算总表' with '单位：万元' on the same line: the header words under it are still looked for."""
    lines = read(chars_of([(100, 60, "收入支出决算总表", False), (400, 60, "单位：万元", False),
                           (100, 90, "项目", False), (220, 90, "合计", True)]))
    assert texts(lines)[1:] == ["项目 | 合计"]


@pytest.mark.parametrize("stack_top,middle", [(98, 109.7), (102, 112.7)], ids=["stack-first", "word-first"])
def test_a_second_row_grows_down_to_the_foot_of_its_stack(stack_top, middle):
    """A row '单位名称' above, then a row of '项目', a three-character stack (from 98, above '项目', or from 102,
    under its top) and '备注' lower down beside the stack's last character: the second row reaches down to the stack's
    foot, so '备注' is on it too, all laid level at the row's middle; the first row stays."""
    lines = read(chars_of([DEPT, (100, 80, "单位名称", False), (220, stack_top, "合计数", True),
                           (300, 100, "项目", False), (400, 118, "备注", False)]))
    assert texts(lines) == ["部门：某某局", "单位名称", "合计数 | 项目 | 备注"]
    assert box(lines, "单") == (100, 80, 109, 89) and box(lines, "备") == (400, middle, 409, middle + 9)
