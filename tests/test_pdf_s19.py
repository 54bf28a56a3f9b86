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
- A table without vertical rules (三线表, or none) broken to the next page short of the page's foot (eight body rows
  a page) keeps its columns there: the next page's first lines repeating its header lines continue it, and a label
  within its first column under its last row (the other side ended, no heading) is its row, not the text's, so the
  table runs to the page's foot (pdf_text._repeats_head, _first_column_label; s19rev r10: CEL001 ×4 on 01, CEL001
  and TBL409 on 04).
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


# ---- a table without vertical rules (三线表, or none) broken to the next page short of the page's foot (s19rev r10) ----

_DEPT, _UNIT = "编制单位：广州市天河区卫生健康局", "单位：万元"
_T01 = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", "8,916.45", "一、一般公共服务支出", "3.60"],
        ["二、政府性基金预算财政拨款收入", "", "二、社会保障和就业支出", "541.16"],
        ["三、国有资本经营预算财政拨款收入", "", "三、卫生健康支出", "8,113.06"],
        ["四、上级补助收入", "", "四、住房保障支出", "238.64"],
        ["五、事业收入", "", "", ""], ["六、经营收入", "", "", ""], ["七、附属单位上缴收入", "", "", ""],
        ["八、其他收入", "", "", ""], ["本年收入合计", "8,916.45", "本年支出合计", "8,896.45"],
        ["使用非财政拨款结余", "", "结余分配", ""], ["年初结转和结余", "186.54", "年末结转和结余", "206.54"],
        ["总计", "9,103.00", "总计", "9,103.00"]]
_T04 = [["收入", "", "支出", "", "", "", ""],
        ["项目", "决算数", "项目", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
        ["一、一般公共预算财政拨款", "8,916.45", "一、一般公共服务支出", "3.60", "3.60", "", ""],
        ["二、政府性基金预算财政拨款", "", "二、社会保障和就业支出", "541.16", "541.16", "", ""],
        ["三、国有资本经营预算财政拨款", "", "三、卫生健康支出", "8,113.06", "8,113.06", "", ""],
        ["", "", "四、住房保障支出", "238.64", "238.64", "", ""],
        ["本年收入合计", "8,916.45", "本年支出合计", "8,896.45", "8,896.45", "", ""],
        ["年初财政拨款结转和结余", "186.54", "年末财政拨款结转和结余", "206.54", "206.54", "", ""],
        ["　一般公共预算财政拨款", "186.54", "", "", "", "", ""], ["　政府性基金预算财政拨款", "", "", "", "", "", ""],
        ["　国有资本经营预算财政拨款", "", "", "", "", "", ""], ["总计", "9,103.00", "总计", "9,103.00", "9,103.00", "", ""]]


@pytest.mark.parametrize("repeat", [True, False], ids=["header again", "no header"])
@pytest.mark.parametrize("title,rows", [("收入支出决算总表", _T01), ("财政拨款收入支出决算总表", _T04)], ids=["01", "04"])
def test_a_part_on_the_next_page_keeps_the_columns_of_a_table_broken_short_of_the_foot(title, rows, repeat, tmp_path):
    """Eight body rows a page, the rest on the next page (under the header again, or not): its rows are read in the
    first part's columns. (Before: the repeated header's '收入', centred over the narrower labels of the few rows
    there, made a column of its own and every row came one column off, CEL001 '实际为文字“本年支出合计”'; with no
    header, 04's last label '　政府性基金预算财政拨款' ended page 1 out of the table, '9,103.00总计' one cell.)"""
    from pdf_writer import PrintedTable, print_tables
    from test_pdf_heldout import findings

    merges = [(0, 0, 0, 1), (0, 2, 0, len(rows[0]) - 1)]
    pdf = print_tables(tmp_path / "a.pdf", [PrintedTable(title, _DEPT, _UNIT, rows, 2, merges, [])], rules="three",
                       size=7.5, body_rows=8, repeat_head=repeat, page_of=True)
    assert sorted(k for k in findings(pdf) if not k[0].startswith("CMP")) == []
