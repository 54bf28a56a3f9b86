"""recognize/form_print.py measured by tools/mutate.py in session 25 (mut, issue 14; seed 25, 40 mutants): the money
block of a 绩效自评表 printed in a PDF without rules, judged in memory on the reader's virtual sheet (each cell's value,
page and box as readers/pdf.py gives them, in the geometry of the held-out prints of
tests/test_forms_money_lines_heldout24.py: 7.5 pt type, rows 15 pt apart). The helpers are FormBuilder's (a mixin):
here they run on a stand-in holding only the sheet and its rows, which is all they read."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from govaudit.readers.base import Cell, Origin
from govaudit.recognize.form_print import PrintedPlacement, _centred_headings

PITCH, SIZE = 15.0, 7.5  # a row's pitch and its type size (pt)
LABEL_X, AMOUNT_X = (40.0, 100.0), [(150.0, 200.0), (220.0, 270.0), (290.0, 340.0)]  # label and three figure columns


class Sheet(PrintedPlacement):
    """A virtual sheet of a PDF: cells {(row, col): (value, page, (x0, x1))}, each row printed at its own top."""

    def __init__(self, cells: dict, tops: dict[int, float]):
        self.by_row, origins = {}, {}
        for (r, c), (value, page, (x0, x1)) in sorted(cells.items()):
            self.by_row.setdefault(r, {})[c] = Cell(r, c, value)
            top = tops[r]
            origins[r, c] = Origin(page=page, bbox=(x0, top, x1, top + SIZE)) if x0 is not None else Origin(page=page)
        self.sheet = SimpleNamespace(origins=origins)
        self.rows = sorted(self.by_row)


def money_block(lines: list[tuple[str, list[str]]], label_rows: dict[int, str] = {}, page: int = 1,
                first_top: float = 100.0, gaps: dict[int, float] = {}, header_page: int | None = None,
                header_top: float = 60.0):
    """Row 1 the header (项目 | 年初预算数 | 全年预算数 | 全年执行数), then the money lines from row 2 on, one a row; a row
    in `label_rows` holds only the block's label, in column 0 (left of the lines' labels, in column 1). gaps: a row's
    extra space above it (a wrapped label). A header on a page before the lines' is printed at header_top."""
    cells, tops, y = {}, {}, first_top
    header_page = header_page or page
    cells[1, 1] = ("项目", header_page, LABEL_X)
    for c, (name, box) in enumerate(zip(("年初预算数", "全年预算数", "全年执行数"), AMOUNT_X), start=2):
        cells[1, c] = (name, header_page, box)
    tops[1] = y if header_page == page else header_top
    y += PITCH
    r = 2
    texts = iter(lines)
    while True:
        y += gaps.get(r, 0.0)
        if r in label_rows:
            cells[r, 0] = (label_rows[r], page, (5.0, 35.0))
        else:
            item = next(texts, None)
            if item is None:
                break
            label, figures = item
            cells[r, 1] = (label, page, LABEL_X)
            for c, (fig, (x0, x1)) in enumerate(zip(figures, AMOUNT_X), start=2):
                if fig:
                    cells[r, c] = (fig, page, (x1 - 4.2 * len(fig), x1))  # right-aligned figures
        tops[r] = y
        y += PITCH
        r += 1
    return Sheet(cells, tops)


LINES = [("年度资金总额", ["500.00", "500.00", "490.00"]), ("其中：财政拨款", ["400.00", "400.00", "395.00"]),
         ("上年结转资金", ["50.00", "50.00", "45.00"]), ("其他资金", ["50.00", "50.00", "50.00"])]


def lines_of(sheet: Sheet) -> list[tuple[int, Cell, str]]:
    return [(r, sheet.by_row[r][1], "line") for r in sheet.rows if r > 1 and 1 in sheet.by_row[r]]


# ------------------------------------------------------------------ _left_of_lines: the label's own row
def test_a_row_of_text_left_of_the_labels_is_the_label_and_a_row_with_a_figure_is_not():
    sheet = money_block(LINES, label_rows={4: "项目资金（万元）"})
    assert sheet._left_of_lines(4, lines_of(sheet))
    # a figure right of the labels (the 总额's amounts printed again on the label's row): not the label alone
    sheet.by_row[4][3] = Cell(4, 3, "500.00")
    assert not sheet._left_of_lines(4, lines_of(sheet))
    # a number in the label's own column is no label either
    sheet.by_row[4] = {0: Cell(4, 0, "500.00")}
    assert not sheet._left_of_lines(4, lines_of(sheet))


# ------------------------------------------------------------------ _centred_label
def test_the_label_centred_down_the_four_lines_is_passed_over():
    # four lines, the label on a row of its own between the 2nd and 3rd (rows 2 3 | 4 | 5 6): its middle is the
    # middle of the lines from the header's top (an even number of rows: header + 4 lines + label = 6 rows)
    sheet = money_block(LINES, label_rows={4: "项目资金（万元）"})
    rows = [r for r, _c, _k in lines_of(sheet)]
    assert rows == [2, 3, 5, 6]
    assert sheet._centred_label([4], 1, rows)


def test_a_text_a_row_off_the_middle_ends_the_lines():
    # the same text one row lower (between the 3rd and 4th lines): 7.5 pt off the middle, over half a pitch
    sheet = money_block(LINES, label_rows={5: "项目资金（万元）"})
    rows = [r for r, _c, _k in lines_of(sheet)]
    assert rows == [2, 3, 4, 6]
    assert not sheet._centred_label([5], 1, rows)


def test_the_label_centred_from_the_first_line_on_a_page_after_the_header():
    # the form broken under its header: the lines and their label on page 2, the first line's label wrapped over two
    # rows of type (7 pt more before the second line); the label, merged down the block, centred from the first
    # line's top to the last line's foot (115 … 189.5): passed over. Taken from the second line's top it would be
    # 11 pt off, more than half a pitch
    sheet = money_block(LINES, label_rows={4: "项目资金（万元）"}, page=2, header_page=1, gaps={3: 7.0})
    rows = [r for r, _c, _k in lines_of(sheet)]
    assert rows == [2, 3, 5, 6]
    sheet.sheet.origins[4, 0] = Origin(page=2, bbox=(5.0, 148.5, 35.0, 156.0))
    assert sheet._centred_label([4], 1, rows)


def test_a_label_without_its_box_or_without_two_lines_on_its_page_is_not_centred():
    sheet = money_block(LINES, label_rows={4: "项目资金（万元）"})
    rows = [r for r, _c, _k in lines_of(sheet)]
    sheet.sheet.origins[4, 0] = Origin(page=1)  # (a box the reader could not place)
    assert not sheet._centred_label([4], 1, rows)
    # the label on the next page, the lines all on this one: nothing to be centred among there
    sheet = money_block(LINES, label_rows={4: "项目资金（万元）"})
    o = sheet.sheet.origins[4, 0]
    sheet.sheet.origins[4, 0] = Origin(page=2, bbox=o.bbox)
    assert not sheet._centred_label([4], 1, rows)


# ------------------------------------------------------------------ _part_label_placed
KINDS = {2: "initial", 3: "budget", 4: "executed"}


def test_a_line_on_the_page_after_a_header_printed_low_has_its_label():
    # the header printed at the foot of page 1 (top 700), the lines on page 2 in that page's columns: a line's amount
    # is a number right of the first amount header word's middle (x 175: where it is across, not how low)
    sheet = money_block(LINES, page=2, header_page=1, header_top=700.0)
    got = sheet._part_label_placed(3, 1, KINDS, 0)
    assert got is not None and got.value == "其中：财政拨款"
    # a number printed left of that middle (x1 170) is no amount: no label before it
    sheet.by_row[3] = {1: Cell(3, 1, "其中：财政拨款"), 2: Cell(3, 2, "400.00")}
    sheet.sheet.origins[3, 2] = Origin(page=2, bbox=(140.0, 145.0, 170.0, 152.5))
    assert sheet._part_label_placed(3, 1, KINDS, 0) is None


def test_the_label_is_right_of_its_breakdown_heading():
    # '按收入性质分' in column 0 beside its first part (the heading's column is `after`): the part's label is the
    # text right of it, not the heading
    sheet = money_block(LINES, page=2, header_page=1, header_top=700.0)
    sheet.by_row[3] = {0: Cell(3, 0, "按收入性质分"), **sheet.by_row[3]}
    sheet.sheet.origins[3, 0] = Origin(page=2, bbox=(5.0, 130.0, 35.0, 137.5))
    got = sheet._part_label_placed(3, 1, KINDS, 0)
    assert got is not None and got.value == "其中：财政拨款"


# ------------------------------------------------------------------ _figures_left_aligned
def figures_sheet(boxes: list[list[tuple[float, float]]]) -> tuple[Sheet, list[tuple[int, Cell]]]:
    """Money lines from row 2, each line's figures printed in the given boxes (x0, x1) right of its label."""
    cells, tops = {(1, 1): ("项目", 1, LABEL_X)}, {1: 100.0}
    for r, row in enumerate(boxes, start=2):
        cells[r, 1] = ("资金", 1, LABEL_X)
        for c, (x0, x1) in enumerate(row, start=2):
            cells[r, c] = (f"{int(x1 - x0) * 10}.00", 1, (x0, x1))
        tops[r] = 100.0 + PITCH * (r - 1)
    sheet = Sheet(cells, tops)
    return sheet, [(r, sheet.by_row[r][1]) for r in range(2, len(boxes) + 2)]


def test_figures_at_their_cells_left_in_three_columns_are_left_aligned():
    # Word's default: each column's figures start at one x and end apart
    sheet, lines = figures_sheet([[(150, 183.6), (220, 253.6), (290, 319.4)],
                                  [(150, 179.4), (220, 249.4), (290, 315.2)]])
    assert sheet._figures_left_aligned(lines, {1})
    sheet, lines = figures_sheet([[(166.4, 200), (236.4, 270), (310.6, 340)],
                                  [(170.6, 200), (240.6, 270), (314.8, 340)]])
    assert not sheet._figures_left_aligned(lines, {1})


def test_left_aligned_figures_of_one_width_still_read_as_left_aligned():
    # four lines, three of their figures as wide as one another ('100.00', '200.00', '300.00', '1000.00'): the
    # pairs that start and end together say nothing either way
    sheet, lines = figures_sheet([[(150, 175.2)], [(150, 175.2)], [(150, 175.2)], [(150, 179.4)]])
    assert sheet._figures_left_aligned(lines, {1})


def test_half_a_point_apart_is_not_one_start():
    # two figures starting 0.5 pt apart and ending apart: not left-aligned (nor one end)
    sheet, lines = figures_sheet([[(150.0, 175.25)], [(150.5, 179.5)], [(160.0, 185.25)]])
    assert not sheet._figures_left_aligned(lines, {1})
    sheet, lines = figures_sheet([[(150.0, 175.25)], [(150.25, 179.5)], [(160.0, 185.25)]])
    assert sheet._figures_left_aligned(lines, {1})
    # two starting together, and two ending 0.5 pt apart: not one end, so one start and no end
    sheet, lines = figures_sheet([[(150.0, 175.25)], [(150.0, 179.5)], [(160.0, 180.0)]])
    assert sheet._figures_left_aligned(lines, {1})


def test_as_many_starts_as_ends_is_not_left_aligned():
    # line 1's and 2's figures end together, 2's and 3's start together: a tie reads as printed at the right
    # (Excel's default), each pair counted once
    sheet, lines = figures_sheet([[(140.0, 175.2)], [(150.0, 175.2)], [(150.0, 185.2)]])
    assert not sheet._figures_left_aligned(lines, {1})


# ------------------------------------------------------------------ _centred_headings
def breakdown(parts_above: int, parts_below: int, first: str = "total", heading_col: int = 0):
    """The 总额 line (row 2), then `parts_above` parts, '按收入性质分' on a row of its own (column heading_col), then
    `parts_below` parts; the reader gave the heading to the first line after it (headed)."""
    lines = [(2, Cell(2, 1, "年度资金总额"), first)]
    r = 3
    for n in range(parts_above):
        lines.append((r, Cell(r, 1, f"资金{n}"), f"label:资金{n}"))
        r += 1
    head = (r, Cell(r, heading_col, "按收入性质分"))
    r += 1
    for n in range(parts_below):
        lines.append((r, Cell(r, 1, f"资金{parts_above + n}"), f"label:资金{parts_above + n}"))
        r += 1
    headed = {(head[0] + 1, 1): "按收入性质分"} if parts_below else {}
    return [head], lines, headed


def test_a_heading_centred_among_its_parts_starts_them_at_the_first():
    alone, lines, headed = breakdown(2, 2)
    _centred_headings(alone, lines, headed)
    assert headed == {(3, 1): "按收入性质分"}


@pytest.mark.parametrize("above,below,first,col", [
    (3, 1, "total", 0),  # more parts above it than below: not centred, left as read
    (1, 2, "total", 0),  # fewer
    (2, 2, "label:资金", 0),  # no 总额 line first
    (2, 2, "total", 1),  # the heading in its parts' own column: it heads the lines below it
])
def test_a_heading_not_centred_among_its_parts_is_left_as_read(above, below, first, col):
    alone, lines, headed = breakdown(above, below, first, col)
    before = dict(headed)
    _centred_headings(alone, lines, headed)
    assert headed == before
