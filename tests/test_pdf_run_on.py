"""A word longer than its ruled cell (issue 9, session 10): Excel prints it on over the next cells of its row while
they are empty, and cuts it at its cell's rule with a clip where the next cell has text, its hidden characters still
in the text layer. Both read as the one cell's word; texts of two cells, parted by the cells' margins, stay two."""

from __future__ import annotations

from pdf_writer import PdfWriter, sheet_rows

WIDTHS = [70.0, 60.0, 60.0, 60.0]  # 代码 | 名称 (6 characters at 9 pt fit) | 决算数 | 备注


def _page(tmp_path, rows, clipped=(), touching=()):
    """A ruled table of `rows`; texts in `clipped` (row, col) are cut at their cell's right rule by a clip; texts in
    `touching` are printed flush against their cell's left rule (figures: right rule), with no margin."""
    w = PdfWriter()
    p = w.page()
    p.text(150, 50, "支出决算表", 14)
    special = set(clipped) | set(touching)
    p.grid(40, 100, WIDTHS, [[v if (i, j) not in special else "" for j, v in enumerate(r)] for i, r in enumerate(rows)])
    xs = [40.0]
    for width in WIDTHS:
        xs.append(xs[-1] + width)
    for i, j in touching:
        top = 100 + 18 * i + 4.5
        if rows[i][j][0].isdigit():
            p.text_right(xs[j + 1], top, rows[i][j], 9)
        else:
            p.text(xs[j], top, rows[i][j], 9)
    for i, j in clipped:
        top = 100 + 18 * i
        p.clip(xs[j], top, xs[j + 1], top + 18)
        p.text(xs[j] + 2, top + 4.5, rows[i][j], 9)
        p.unclip()
    return sheet_rows(w.save(tmp_path / "t.pdf"))


def _row(rows, first):
    return next([v for _c, v in r] for r in rows if r[0][1] == first)


def test_a_long_name_run_on_over_empty_cells_is_its_cells(tmp_path):
    rows = _page(tmp_path, [["代码", "名称", "决算数", "备注"],
                            ["2080505", "机关事业单位基本养老保险缴费支出", "", ""],  # 16 characters: over 2 cells
                            ["2080506", "职业年金缴费支出", "", ""],
                            ["2080599", "其他", "12.00", ""]])
    assert _row(rows, "2080505") == ["2080505", "机关事业单位基本养老保险缴费支出"]
    assert _row(rows, "2080506") == ["2080506", "职业年金缴费支出"]
    assert _row(rows, "2080599") == ["2080599", "其他", "12.00"]


def test_a_long_name_cut_at_its_rule_reads_whole_beside_its_figure(tmp_path):
    rows = _page(tmp_path, [["代码", "名称", "决算数", "备注"],
                            ["2080505", "机关事业单位基本养老保险缴费支出", "61.83", "说明"],
                            ["2080506", "职业年金缴费支出", "46.42", ""]], clipped={(1, 1), (2, 1)})
    assert _row(rows, "2080505") == ["2080505", "机关事业单位基本养老保险缴费支出", "61.83", "说明"]
    assert _row(rows, "2080506") == ["2080506", "职业年金缴费支出", "46.42"]


def test_texts_of_two_cells_stay_apart(tmp_path):
    """Each cell's text within its margins, a figure flush against its right rule and a word right after the next
    rule's margin: two cells; a hidden remainder of a clipped word does not take the next cell's own text."""
    rows = _page(tmp_path, [["代码", "名称", "决算数", "备注"],
                            ["2080505", "基本养老支出", "61.83", "见说明"],
                            ["2080506", "年金", "46.42", "无"]], clipped={(2, 1)})
    assert _row(rows, "2080505") == ["2080505", "基本养老支出", "61.83", "见说明"]
    assert _row(rows, "2080506") == ["2080506", "年金", "46.42", "无"]


def test_a_figure_never_runs_on(tmp_path):
    """A figure printed flush against its right rule and a word flush against the next cell's left rule touch across
    the rule, as one run of text would: a figure is never run on (a spreadsheet prints ### instead)."""
    rows = _page(tmp_path, [["代码", "名称", "决算数", "备注"],
                            ["2080505", "养老", "61.83", "万元"]], touching={(1, 2), (1, 3)})
    assert _row(rows, "2080505") == ["2080505", "养老", "61.83", "万元"]


def test_a_centred_word_wider_than_its_cell_is_the_middle_cells(tmp_path):
    """A centred word wider than its cell runs on over the empty cells on both sides: it is the word of the cell
    holding its middle, not of the cell it starts in."""
    w = PdfWriter()
    p = w.page()
    p.text(150, 50, "支出决算表", 14)
    p.grid(40, 100, WIDTHS, [["代码", "名称", "决算数", "备注"], ["合计", "", "", ""]])
    middle = 40 + 70 + 60 + 30  # the 决算数 column's middle
    p.text(middle - 4 * 9, 118 + 4.5, "本年支出合计数额", 9)  # 72 points wide in a 60-point cell
    rows = sheet_rows(w.save(tmp_path / "t.pdf"))
    assert next(r for r in rows if r[0][1] == "合计") == [(1, "合计"), (3, "本年支出合计数额")]
