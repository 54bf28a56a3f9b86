"""recognize/wrapped.split_heading_lines (session 13: a heading kept in one paragraph with its text by a line break),
measured by tools/mutate.py in session 14 (s14mut, issue 14): the edges of what is a heading line, what comes
before the first heading, a sentence broken over lines under a heading, the last line (never a heading).
Equivalent: `0 < len(t)` → `0 <= len(t)` / `1 < len(t)` (a heading's number, HEADING_START, is two characters at
least: an empty or one-character line is no heading either way)."""

from __future__ import annotations

from govaudit.model import Location, TextParagraph
from govaudit.recognize.wrapped import split_heading_lines


def _split(text: str) -> list[str]:
    p = TextParagraph(index=4, text=text, location=Location(file="t", paragraph=4))
    out = split_heading_lines([p])
    assert {q.index for q in out} == {4}
    return [q.text for q in out]


def test_the_text_before_the_first_heading_line_is_kept():
    text = "本部门2023年度收入合计100.00万元。\n（二）支出决算情况\n本部门2023年度支出合计90.00万元。"
    assert _split(text) == ["本部门2023年度收入合计100.00万元。", "（二）支出决算情况", "本部门2023年度支出合计90.00万元。"]


def test_a_heading_line_of_sixty_characters_is_a_heading_and_of_sixty_one_is_not():
    heading = "（三）" + "某某市某某区人力资源和社会保障局所属事业单位一般公共预算财政拨款支出决算具体情况及主要用途说明"
    heading = heading + "明" * (60 - len(heading))
    assert len(heading) == 60
    assert _split(heading + "\n支出决算为86.40万元。") == [heading, "支出决算为86.40万元。"]
    assert _split(heading + "明\n支出决算为86.40万元。") == [heading + "明\n支出决算为86.40万元。"]


def test_a_last_line_that_looks_like_a_heading_stays_with_the_text_above():
    # (the last line is never a heading: nothing under it in the paragraph; line 146 looks at lines[:-1] alike)
    text = "本部门2023年度支出合计90.00万元。\n（四）其他情况说明"
    assert _split(text) == [text]
    text = "（一）收入决算情况\n本部门收入100.00万元。\n（二）支出决算情况"
    assert _split(text) == ["（一）收入决算情况", "本部门收入100.00万元。\n（二）支出决算情况"]


def test_a_sentence_broken_over_lines_under_a_heading_line_stays_whole():
    text = "（一）收入决算情况\n本部门2023年度收入合计100.00万元，\n其中财政拨款收入80.00万元。"
    assert _split(text) == ["（一）收入决算情况", "本部门2023年度收入合计100.00万元，\n其中财政拨款收入80.00万元。"]


def test_two_heading_lines_in_a_row_are_two_paragraphs():
    text = "三、支出决算情况说明\n（一）基本支出\n基本支出50.00万元。"
    assert _split(text) == ["三、支出决算情况说明", "（一）基本支出", "基本支出50.00万元。"]
