"""Mutation tests (issue 14, session 10, s10mutA) for the PDF reader: the survivors of the run on readers/pdf.py
lines 433–751 (contents pages, header lines above a ruled table, a title at a page's foot, a continued table's
repeated header, a row broken across pages). Each test builds a small PDF and asserts what is read: paragraphs,
rows, cells, merges."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers import read_workbook
from pdf_writer import PdfWriter, sheet_rows
from test_pdf_contents import CONTENTS_ROWS, ENTRIES, STORY


def _texts(path: Path) -> list[str]:
    return [p.text for p in read_workbook(path).paragraphs]


def _story_page(pdf: PdfWriter) -> None:
    p2 = pdf.page()
    p2.text(70, 80, "二、单位预算编制说明", size=14)
    p2.text(70, 120, STORY[0], size=11)


# ---------------------------------------------------------------------------------------------------------------
# contents pages (_contents_lines, _contents_grid)


def test_a_ruled_contents_table_touching_its_heading_is_the_contents(tmp_path):
    # a 14 pt heading at 80 ends at 94; the ruled table of entries starts exactly there: it is below the heading,
    # so it is the contents (one paragraph with the heading), not a table of its own
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, "目录", size=14)
    p.grid(70, 94, [360.0, 60.0], CONTENTS_ROWS)
    _story_page(pdf)
    path = pdf.save(tmp_path / "目录紧贴表格.pdf")
    texts = _texts(path)
    assert texts[0].startswith("目录一、单位主要职能") and texts[0].endswith("四、其他相关情况说明 9")
    assert texts[1:] == ["二、单位预算编制说明", STORY[0]]
    assert [(1, "3.2026年预算单位支出预算总表"), (2, "8")] not in sheet_rows(path)


def test_lines_below_a_table_of_figures_touching_the_contents_heading_are_no_entries(tmp_path):
    # the heading's foot is exactly the top of a ruled table of figures (no contents table): the contents end there,
    # so the part headings printed below the table are paragraphs of their own, not entries of the contents
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, "目录", size=14)
    bottom = p.grid(70, 94, [200.0, 60.0], [["项目", "金额"], ["一般公共服务支出", "30.00"], ["教育支出", "12.00"]])
    p.text(70, bottom + 30, ENTRIES[0], size=11)
    p.text(70, bottom + 54, ENTRIES[1], size=11)
    _story_page(pdf)
    path = pdf.save(tmp_path / "目录紧贴数表.pdf")
    texts = _texts(path)
    assert texts[0] == "目录"
    assert ENTRIES[0] in texts and ENTRIES[1] in texts
    assert [(1, "一般公共服务支出"), (2, "30.00")] in sheet_rows(path)


def test_a_sentence_level_with_the_top_of_a_ruled_contents_table_leaves_it_the_contents(tmp_path):
    # a note with a full stop printed at the right of the contents table, its top exactly the table's top: it is not
    # between the heading and the table, so the table is still the contents
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, "目录", size=16)
    p.grid(70, 140, [300.0, 40.0], CONTENTS_ROWS)
    p.text(430, 140, "页码见右。", size=9)
    _story_page(pdf)
    path = pdf.save(tmp_path / "目录旁注.pdf")
    texts = _texts(path)
    assert texts[:2] == ["目录", "页码见右。"]  # (the note, level with the table's top, is laid out before it)
    assert texts[2].startswith("一、单位主要职能 3") and all(entry in texts[2] for entry in ENTRIES)
    assert [(1, "3.2026年预算单位支出预算总表"), (2, "8")] not in sheet_rows(path)


def test_the_contents_table_is_the_first_table_below_the_heading_by_its_top(tmp_path):
    # a small ruled box (a year's badge, "2024") beside the contents table, starting 5 pt lower but with a shorter
    # row: the first table below the heading is the one whose top is highest, the contents table, read as the
    # contents (the badge, a table of its own laid out by its top, parts the contents paragraph after the first
    # entry); no entry is a table's row
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, "目录", size=16)
    p.grid(70, 140, [300.0, 40.0], CONTENTS_ROWS)
    p.grid(470, 145, [50.0], [["2024"]], row_h=10.0)
    _story_page(pdf)
    path = pdf.save(tmp_path / "目录旁年份.pdf")
    texts = _texts(path)
    assert texts[0] == "目录一、单位主要职能 3" and all(entry in texts[1] for entry in ENTRIES[1:])
    assert [(1, "2024")] in sheet_rows(path)
    assert [(1, "3.2026年预算单位支出预算总表"), (2, "8")] not in sheet_rows(path)


# ---------------------------------------------------------------------------------------------------------------
# a header line's words (_words): a space as wide as 0.8 of a character parts two words, not one exactly that wide


def _header_cells(tmp_path: Path, pieces: list[tuple[float, str]], size: float = 10.0,
                  widths: tuple[float, ...] = (80.0, 60.0, 60.0, 60.0, 60.0, 60.0)):
    """The cells (column, text) and merged spans of the line printed just above a form's grid (left rule at 60;
    columns 60 | 140 | 200 | 260 | 320 | 380 | 440 unless `widths` say otherwise)."""
    from test_mutation_pdf_rows import ROWS
    w = PdfWriter()
    p = w.page()
    p.text(150, 60, "项目支出绩效自评表", 14)
    for x, text in pieces:
        p.text(x, 115, text, size)
    p.grid(60, 130, list(widths), ROWS, merges=[(0, 1, 0, 2), (0, 4, 0, 5)])
    sheet = read_workbook(w.save(tmp_path / "表头行.pdf")).sheets[0]
    row = sorted({r for r, _c in sheet.cells})[1]  # the title's row first, then the header line's
    cells = [(c, cell.value) for (r, c), cell in sorted(sheet.cells.items()) if r == row]
    merged = sorted((m[1], m[3]) for m in sheet.merged if m[0] == row)
    return cells, merged


def test_a_space_exactly_eight_tenths_of_a_character_wide_does_not_part_two_words(tmp_path):
    # 10 pt type: "就业创业" ends at 102 ("业" is exactly one em wide), "服务能力建设" begins at 110: a gap of 8.0 pt,
    # not wider than 0.8 of the line's height: one piece, over the two columns it covers; 8.5 pt parts them
    cells, merged = _header_cells(tmp_path, [(62, "就业创业"), (110, "服务能力建设")])
    assert cells == [(1, "就业创业服务能力建设")] and merged == [(1, 2)]
    cells, merged = _header_cells(tmp_path, [(62, "就业创业"), (110.5, "服务能力建设")])
    assert cells == [(1, "就业创业"), (2, "服务能力建设")] and merged == []



# a column two neighbouring words of a header line both lie over (_spans). 10 pt type: "主管部门" from 62 to 102, an
# ideographic space, "就业创业" from 112 to 152, another, "服务能力建设" from 162 to 222 (every glyph one em wide)


def test_a_column_both_words_cover_equally_goes_to_the_right_hand_word(tmp_path):
    # columns 60–90, 90–124, 124–184: each word covers 12 pt of the second column; the label also covers the first,
    # so it gives the shared column up to the value
    cells, merged = _header_cells(tmp_path, [(62, "主管部门　就业创业")], widths=(30, 34, 60, 60, 60, 60))
    assert cells == [(1, "主管部门"), (2, "就业创业")] and merged == [(2, 3)]


def test_the_second_and_third_words_share_a_column_by_their_own_overlaps(tmp_path):
    # columns 60–90, 90–130, 130–190, 190–250: the label covers 12 pt of the second column, "就业创业" 18 (it takes
    # it); "就业创业" covers 22 pt of the third, "服务能力建设" 28 (it takes it, and the fourth)
    cells, merged = _header_cells(tmp_path, [(62, "主管部门　就业创业　服务能力建设")], widths=(30, 40, 60, 60, 60, 60))
    assert cells == [(1, "主管部门"), (2, "就业创业"), (3, "服务能力建设")] and merged == [(3, 4)]


def test_two_short_words_both_centred_near_a_wide_columns_left_rule_stay_one_cell(tmp_path):
    # a 300 pt column from 90: "主管" (92–112) and "部门" (122–142) both have their centres within 15 % of its width
    # of its left rule, so each heads the column before too; they cannot be parted into columns of their own: the
    # line stays one piece, over the two columns
    cells, merged = _header_cells(tmp_path, [(92, "主管　部门")], widths=(30, 300, 40, 40, 40, 40))
    assert cells == [(1, "主管部门")] and merged == [(1, 2)]


# ---------------------------------------------------------------------------------------------------------------
# a row broken across pages (_split_row, _first_unit): an opening bracket moves down with what it opens


def _bracket_rows(tmp_path: Path, name_chars: int) -> list[list[str]]:
    """收入决算表 whose last row on page 1 is 2010301 | 政府办公厅 | 40.00 | 40.00, its name column `name_chars`
    characters wide (9 pt type, 3 pt margins); page 2 begins with a row holding only "（室）及相关" under the
    name. The rows read, top to bottom."""
    import test_pdf_split_rows as sr
    widths = [7 * sr.SIZE + 2 * sr.PAD, name_chars * sr.SIZE + 2 * sr.PAD, 5 * sr.SIZE + 2 * sr.PAD,
              5 * sr.SIZE + 2 * sr.PAD]
    w = PdfWriter()
    p1 = w.page()
    sr._heading(p1, 60)
    sr._table(p1, 110, [[list(h) for h in sr.HEADER], [["201"], ["一般公共服务支出"], ["45.00"], ["45.00"]],
                        [["20103"], ["政府办公厅"], ["45.00"], ["45.00"]],
                        [["2010301"], ["政府办公厅"], ["40.00"], ["40.00"]]], widths)
    sr._table(w.page(), 60, [[[], ["（室）及相关"], [], []], [["2010350"], ["事业运行"], ["5.00"], ["5.00"]]],
              widths)
    sheet = read_workbook(w.save(tmp_path / f"括号{name_chars}.pdf")).sheets[0]
    rows: dict[int, list[str]] = {}
    for (r, _c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell.value)
    return list(rows.values())


def test_a_name_with_room_left_for_a_bracketed_word_is_complete_and_one_short_of_it_is_broken(tmp_path):
    # 8 characters a line: "政府办公厅" leaves exactly the room of "（室）" (the bracket moves down with "室", and "）"
    # may not begin a line): had the name gone on, "（室）" would have been on its line; the row on page 2 is a row of
    # its own. 7 characters a line: "（室）" would not have fitted, so the name was wrapped there and goes on
    rows = _bracket_rows(tmp_path, 8)
    assert rows[-3:] == [["2010301", "政府办公厅", "40.00", "40.00"], ["（室）及相关"],
                         ["2010350", "事业运行", "5.00", "5.00"]]
    rows = _bracket_rows(tmp_path, 7)
    assert rows[-2:] == [["2010301", "政府办公厅（室）及相关", "40.00", "40.00"], ["2010350", "事业运行", "5.00", "5.00"]]
