"""Session 19's fixes to the PDF reader (issue 9), each failing before its change.

- A line with a colon printed right over a table's title, flush left with it or centred on it in its type size (a
  sentence leading in to the tables, '本部门的部门决算公开表如下：', or the '编制部门：…' line) is no first line of a
  title wrapped in two: it stays a line of its own and the title is the title alone (s18finC #5;
  pdf_text._title_wraps).
- A table's outer border drawn as one filled ring (two rectangles one inside the other, filled even-odd, or by the
  nonzero rule with the inner one drawn the other way round) is four ruling lines along the ring's middle; a dark
  filled box (the same two rectangles filled nonzero the same way round) stays a shaded area, no rules
  (pdf_page._ring; tests/test_pdf_heldout_s19.py: 93 false findings on three such prints before).
- Header words of a table without rules set one character a line ('合\n计', '基\n本\n支\n出') are words, each
  level with its stack's middle, and words side by side whose heights overlap are one line: an empty table whose
  every header word is set so is found (pdf_upright; tests/test_pdf_heldout_s18.py's strict xfail now passes).
  Lone characters under a table's first amount are never stacked (a body column of one-character cells).
"""

from __future__ import annotations

import pytest

from pdf_writer import PdfWriter


def _lines(tmp_path, drawn) -> list[str]:
    from govaudit.readers.pdf_page import read_pages
    from govaudit.readers.pdf_text import join_wrapped_titles, page_lines

    w = PdfWriter()
    p = w.page()
    for x, top, text, size in drawn:
        p.text((p.width - len(text) * size) / 2 if x is None else x, top, text, size)
    path = w.save(tmp_path / "a.pdf")
    lines = page_lines(1, read_pages(path)[0].chars)
    join_wrapped_titles(lines)
    return [line.text for line in lines]


def test_a_line_with_a_colon_over_a_title_is_not_joined_into_it(tmp_path):
    got = _lines(tmp_path, [(72, 40, "本部门的部门决算公开表如下：", 11), (72, 56, "部门收支总表", 11),
                            (None, 240, "编制部门：唐山高新区人社局", 14), (None, 258.2, "部门收支总表", 14)])
    assert got == ["本部门的部门决算公开表如下：", "部门收支总表", "编制部门：唐山高新区人社局", "部门收支总表"]


def test_a_title_wrapped_in_two_lines_is_still_joined(tmp_path):
    got = _lines(tmp_path, [(None, 40, "政府性基金预算财政拨款", 14), (None, 58.2, "收入支出决算表", 14),
                            (72, 140, "一般公共预算财政拨款", 11), (72, 155, "基本支出决算表", 11)])
    assert got == ["政府性基金预算财政拨款收入支出决算表", "一般公共预算财政拨款基本支出决算表"]


# the outer rectangle 100,600 → 300,700 (PDF space), the inner 2 pt inside it: clockwise, or counter-clockwise
_OUTER = "100 600 200 100 re"
_INNER_SAME = "102 602 196 96 re"
_INNER_BACK = "102 602 m 102 698 l 298 698 l 298 602 l h"  # (the other way round from 're')


@pytest.mark.parametrize("path,rules", [(f"{_OUTER} {_INNER_SAME} f*", 4), (f"{_OUTER} {_INNER_BACK} f", 4),
                                        (f"{_OUTER} {_INNER_SAME} f", 0), (f"{_OUTER} f", 0)],
                         ids=["even-odd ring", "nonzero ring", "nonzero box", "one box"])
def test_a_filled_ring_is_a_tables_outer_border(path, rules, tmp_path):
    from govaudit.readers.pdf_page import read_pages

    w = PdfWriter()
    w.page().raw(f"0 g {path}")
    segments = read_pages(w.save(tmp_path / "a.pdf"))[0].segments
    assert len(segments) == rules
    if rules:  # along the ring's middle: x 101 and 299, y (from the top) 842 - 699 and 842 - 601
        assert sorted(round(s.pos) for s in segments) == [101, 143, 241, 299]


def _page_lines(tmp_path, drawn) -> list[str]:
    """The page's lines (pieces parted by ' | ') after upright_words; drawn: (x, top, text, set one character a
    line 1.3 type sizes apart)."""
    from govaudit.readers.pdf_page import read_pages
    from govaudit.readers.pdf_text import page_lines
    from govaudit.readers.pdf_upright import upright_words

    w = PdfWriter()
    p = w.page()
    for x, top, text, upright in drawn:
        for k, part in enumerate(text if upright else [text]):
            p.text(x, top + k * 11.7, part, 9)
    lines = page_lines(1, read_pages(w.save(tmp_path / "a.pdf"))[0].chars)
    upright_words(lines)
    return [" | ".join(p.text for p in line.pieces) for line in lines]


def test_header_words_set_one_character_a_line_are_words_of_one_row(tmp_path):
    got = _page_lines(tmp_path, [(100, 60, "部门：某某局", False), (100, 90, "项目", False), (220, 90, "合计", True),
                                 (250, 78, "基本支出", True), (280, 78, "项目支出", True), (100, 140, "合计", False),
                                 (220, 140, "1.00", False), (240, 160, "是否", True)])
    assert got[:3] == ["部门：某某局", "项目 | 合计 | 基本支出 | 项目支出", "合计 | 1.00"]
    assert got[3:] == ["是", "否"]  # (under the first amount: never a header word)
