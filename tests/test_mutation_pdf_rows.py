"""Mutation tests for what readers/pdf.py does with the header lines printed just above a ruled form (a Word
document's "项目名称　就业创业服务能力建设": a label and its value typed in one paragraph, parted by an ideographic
space): which words become cells of their own, and which columns each gets (issue 14, s5rows' _words/_spans)."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter

SIZE = 9.0  # every glyph is 9 points wide; an ideographic space too
ROWS = [["主管部门", "某区人力资源和社会保障局", "", "实施单位", "某区就业促进中心", ""],
        ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"],
        ["年度资金总额", "100.00", "120.00", "108.00", "10", "90.00%"]]


def _header_row(tmp_path: Path, pieces: list[tuple[float, str]], widths=(80, 60, 60, 60, 60, 60)):
    """The cells (column, text) of the line printed just above the form's grid (its left rule at x 60), and the
    merged spans (first column, last column) of that row."""
    w = PdfWriter()
    p = w.page()
    p.text(150, 60, "项目支出绩效自评表", 14)
    for x, text in pieces:
        p.text(x, 115, text, SIZE)
    p.grid(60, 130, list(widths), ROWS, merges=[(0, 1, 0, 2), (0, 4, 0, 5)])
    sheet = read_workbook(w.save(tmp_path / "表头行.pdf")).sheets[0]
    row = sorted({r for r, _c in sheet.cells})[1]  # the title's row first, then the header line's
    cells = [(c, cell.value) for (r, c), cell in sorted(sheet.cells.items()) if r == row]
    merged = sorted((m[1], m[3]) for m in sheet.merged if m[0] == row)
    return cells, merged


def test_a_gap_narrower_than_a_character_does_not_part_two_words(tmp_path):
    # "就业…" printed 3 pt after "项目名称": one piece of text, over the two columns it covers
    cells, merged = _header_row(tmp_path, [(62, "项目名称"), (62 + 4 * SIZE + 3, "就业创业服务能力建设")])
    assert cells == [(1, "项目名称就业创业服务能力建设")] and merged == [(1, 2)]


def test_a_last_word_of_one_character_stays_with_the_word_before(tmp_path):
    # "元" alone after the second space is not a word of its own: "就业创业　元" stays one cell
    cells, _merged = _header_row(tmp_path, [(62, "项目名称　就业创业　元")])
    assert cells == [(1, "项目名称"), (2, "就业创业元")]


def test_a_first_word_of_two_characters_is_parted(tmp_path):
    cells, _merged = _header_row(tmp_path, [(62, "名称　就业创业服务能力建设")])
    assert cells == [(1, "名称"), (2, "就业创业服务能力建设")]


def test_a_last_word_of_two_characters_is_parted(tmp_path):
    cells, _merged = _header_row(tmp_path, [(62, "就业创业服务　名称")])
    assert cells == [(1, "就业创业服务"), (2, "名称")]


def test_a_value_spaced_out_one_character_at_a_time_stays_whole(tmp_path):
    # "合　计　数" after the label: its single characters are not words; the value is one cell
    cells, _merged = _header_row(tmp_path, [(62, "项目名称　合　计　数")])
    assert cells == [(1, "项目名称"), (2, "合计数")]


def test_a_middle_word_of_two_characters_is_a_cell_of_its_own(tmp_path):
    # three words in three narrow columns (60–105, 105–132, 132–192)
    cells, merged = _header_row(tmp_path, [(62, "项目名称　单位　某区就业")], widths=(45, 27, 60, 60, 60, 60))
    assert cells == [(1, "项目名称"), (2, "单位"), (3, "某区就业")] and merged == []


def test_the_third_word_reaching_into_the_seconds_column_leaves_it_to_the_second(tmp_path):
    # "某区就业" (134–170) starts 6 pt inside the second column (105–140), which "单位" (107–125) fills: the
    # column stays "单位"'s and "某区就业" takes the next
    cells, merged = _header_row(tmp_path, [(62, "项目名称　单位　某区就业")], widths=(45, 35, 60, 60, 60, 60))
    assert cells == [(1, "项目名称"), (2, "单位"), (3, "某区就业")] and merged == []


def test_a_line_after_another_piece_is_still_parted_into_words(tmp_path):
    cells, _merged = _header_row(tmp_path, [(62, "备注"), (200, "项目名称　就业创业服务")])
    assert cells == [(1, "备注"), (3, "项目名称"), (4, "就业创业服务")]


def test_two_words_within_one_column_stay_one_cell(tmp_path):
    cells, merged = _header_row(tmp_path, [(62, "项目名称　就业")], widths=(200, 60, 60, 60, 60, 60))
    assert cells == [(1, "项目名称就业")] and merged == []


def test_a_label_reaching_further_into_the_next_column_keeps_it(tmp_path):
    # "项目名称" (62–98) covers 13 pt of the second column (85–110), the value (107–) 3 pt: the column is the
    # label's, the value starts in the third
    cells, merged = _header_row(tmp_path, [(62, "项目名称　就业创业服务能力建设")], widths=(25, 25, 80, 60, 60, 60))
    assert cells == [(1, "项目名称"), (3, "就业创业服务能力建设")] and merged == [(1, 2)]


def test_a_value_reaching_further_into_the_labels_last_column_takes_it(tmp_path):
    cells, merged = _header_row(tmp_path, [(62, "项目名称　就业创业服务能力建设")], widths=(45, 40, 80, 60, 60, 60))
    assert cells == [(1, "项目名称"), (2, "就业创业服务能力建设")] and merged == [(2, 3)]
