"""recognize/centred_codes.py (issue 14, README "变异测试"; first measured in session 23): 科目编码 merged down over their
rows and printed centred, read back onto their blocks' first rows. Each test lays out a small printed table in memory
(a document's virtual sheet: every cell with its page and box, lines 20 pt apart and 10 pt tall) and asserts which row
each code ends on — the reading TBL001/CMP006 then judge. Fast: no PDF is written."""

from __future__ import annotations

from govaudit.readers.base import Cell, Origin, Sheet
from govaudit.recognize.centred_codes import recentre_codes
from govaudit.recognize.grid import Block
from govaudit.recognize.tables import ColumnRole

CODE, NAME, VALUE = 1, 2, 3
ROLES = [ColumnRole(CODE, ["科目编码"], "code"), ColumnRole(NAME, ["科目名称"], "name"),
         ColumnRole(VALUE, ["合计"], "value", key="total")]
SPLIT = [ColumnRole(1, ["类"], "split", split_index=0), ColumnRole(2, ["款"], "split", split_index=1),
         ColumnRole(3, ["项"], "split", split_index=2), ColumnRole(4, ["科目名称"], "name"),
         ColumnRole(5, ["合计"], "value", key="total")]


def printed(names, codes, name_col=NAME, value_col=VALUE, page_of=None, drop_box=(), values=None, scale=1.0):
    """The block of a printed table: `names` one a printed line (line i's top at 100 + 20·i, 10 tall, all × `scale`);
    `codes` as (code, at[, column[, dy]]): the code's centre on line `at` (x.5: between two lines, read as a line of
    its own), `dy` points lower. A name of None prints a line with its amount only; `values[i]` is line i's amount
    cell (default '1.00'; None: no amount). `page_of(i)` gives line i's page (1); `drop_box` lists (line, column)
    cells printed without a box. → (block, its rows in order)."""
    page_of = page_of or (lambda i: 1)
    values = values if values is not None else ["1.00"] * len(names)
    places = [(float(i), name_col, n, 0) for i, n in enumerate(names)]
    places += [(float(i), value_col, v, 0) for i, v in enumerate(values)]
    places += [(float(at), (c + [CODE])[0], code, (c[1:] + [0])[0]) for code, at, *c in codes]
    row_of = {at: r for r, at in enumerate(sorted({at for at, _c, _v, _d in places}), 1)}
    sheet = Sheet(name="打印")
    for at, col, v, dy in places:
        if v is None:
            continue
        r, top = row_of[at], 100 + 20 * at + dy
        sheet.cells[r, col] = Cell(r, col, v)
        inset = 0 if col == name_col else 1  # (a code's or an amount's box inside the line's)
        box = tuple(x * scale for x in (10 + 60 * col, top + inset, 60 + 60 * col, top + 10 - inset))
        sheet.origins[r, col] = Origin(page=page_of(int(at)), bbox=None if (at, col) in drop_box else box)
    block = Block(sheet=sheet, kind="05", title="一般公共预算财政拨款支出决算表", title_row=0, title_col=1,
                  end_row=len(row_of) + 1, rows=sheet.rows())
    return block, sorted(row_of.values())


def placed(block, cols=(CODE,), name_col=NAME):
    """{code: the name printed on its row ('' for a row without one)} for the code cells."""
    out = {}
    for cells in block.rows.values():
        name = next((str(c.value) for c in cells if c.col == name_col), "")
        for c in cells:
            if c.col in cols:
                out[str(c.value)] = name
    return out


LEI = ["一般公共服务支出", "人力资源事务", "行政运行", "社会保障和就业支出", "行政事业单位养老支出"]


def test_codes_centred_on_a_middle_row_and_between_two_rows_move_to_their_first_rows():
    """201 printed on the middle of its three rows, 208 between its two: each 类 code back on the row named as it; the
    line that held 208 alone is gone."""
    block, rows = printed(LEI, [("201", 1), ("208", 3.5)])
    got = recentre_codes(block, ROLES, rows)
    assert placed(got) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}
    assert sorted(got.rows) == [1, 2, 3, 4, 6]  # (row 5 held 208 alone)
    assert placed(block) == {"201": "人力资源事务", "208": ""}  # the sheet's rows are not touched
    assert (got.sheet, got.kind, got.title, got.title_row, got.end_row) == (block.sheet, "05", block.title, 0,
                                                                             block.end_row)


def test_a_code_alone_on_its_line_is_read_past():
    """208 between two rows is a line of codes alone: the rows after it are still read (213 centred on its three)."""
    names = LEI + ["农林水支出", "农业农村", "行政运行"]
    block, rows = printed(names, [("201", 1), ("208", 3.5), ("213", 6)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出",
                                                          "213": "农林水支出"}


def test_codes_on_their_first_rows_stay_and_the_block_is_returned_as_is():
    block, rows = printed(LEI, [("201", 0), ("208", 3)])
    assert recentre_codes(block, ROLES, rows) is block


def test_a_workbook_is_left_as_it_is():
    """A workbook's merged cell holds its value on its first row already: no origins, nothing moves."""
    block, rows = printed(LEI, [("201", 1), ("208", 3.5)])
    block.sheet.origins.clear()
    assert recentre_codes(block, ROLES, rows) is block


def test_totals_above_and_below_are_no_part_of_any_block():
    """“合计” first and “总计” last print no code: the blocks are cut from the rows between them."""
    names = ["合计", *LEI, "本年支出合计"]
    block, rows = printed(names, [("201", 2), ("208", 4.5)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}


def test_a_code_that_fits_no_block_leaves_the_table_as_printed():
    """A third code that no cut of the rows puts at its block's middle: nothing moves (a reading that does not fit
    is not forced)."""
    block, rows = printed(LEI, [("201", 1), ("208", 3.5), ("212", 4.2)])
    assert recentre_codes(block, ROLES, rows) is block


def test_a_block_headed_by_another_category_leaves_the_table_as_printed():
    """201 centred over rows whose first is named as 208 (社会保障和就业支出): not 201's block, nothing moves."""
    names = ["社会保障和就业支出", "人力资源事务", "行政运行", "一般公共服务支出", "行政事业单位养老支出"]
    block, rows = printed(names, [("201", 1), ("208", 3.5)])
    assert recentre_codes(block, ROLES, rows) is block


def test_codes_on_rows_that_merely_leave_gaps_do_not_move():
    """5-digit codes on the first and third of four rows (a coded row, an uncoded one, a coded one, an uncoded one): a
    centred reading fits (20101's block its own row, 20102 the middle of the three after it), but nothing shows a
    centring — no code between two rows, none a 类 code moved onto its 类's row — so the table is read as printed."""
    names = ["行政运行", "一般行政管理事务", "机关服务", "事业运行"]
    block, rows = printed(names, [("20101", 0), ("20102", 2)])
    assert recentre_codes(block, ROLES, rows) is block


def test_category_codes_moved_onto_their_named_rows_show_the_centring():
    """Three-row blocks, each 类 code on its middle row (no code between rows): the reading moves each 类 code onto the
    row named as that 类, which shows the print centred."""
    names = LEI[:3] + ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"]
    block, rows = printed(names, [("201", 1), ("208", 4)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}
    # the same with a 5-digit code on a middle row: nothing shows it, the table stays as printed
    block, rows = printed(names, [("201", 1), ("20805", 4)])
    assert recentre_codes(block, ROLES, rows) is block


def test_category_kuan_item_columns_are_read_level_by_level():
    """类 | 款 | 项 columns: 201 centred over its five rows, 20101 over the 款 row and its two 项 (its middle), 20103
    between its two rows; the 项 codes are each on their own rows already."""
    names = ["一般公共服务支出", "人大事务", "行政运行", "一般行政管理事务", "政府办公厅（室）及相关机构事务", "行政运行"]
    codes = [("201", 2.5, 1), ("01", 2, 2), ("03", 4.5, 2), ("01", 2, 3), ("02", 3, 3), ("01", 5, 3)]
    block, rows = printed(names, codes, name_col=4, value_col=5)
    got = recentre_codes(block, SPLIT, rows)
    by_row = {r: sorted((c.col, c.value) for c in cells if c.col <= 3) for r, cells in got.rows.items()}
    assert [v for v in by_row.values() if v] == [[(1, "201")], [(2, "01")], [(3, "01")], [(3, "02")],
                                                 [(2, "03")], [(3, "01")]]


def test_each_page_is_read_on_its_own():
    """A table broken over two pages: each page's codes centred in that page's rows."""
    names = LEI + ["农林水支出", "农业农村", "行政运行"]
    block, rows = printed(names, [("201", 1), ("208", 3.5), ("213", 6)], page_of=lambda i: 1 if i < 5 else 2)
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出",
                                                          "213": "农林水支出"}


def test_a_page_with_one_row_is_left_as_printed():
    """The last row alone on the next page: too few rows there to read a centring (its code stays on it)."""
    names = LEI + ["农林水支出"]
    block, rows = printed(names, [("201", 1), ("208", 3.5), ("213", 5)], page_of=lambda i: 1 if i < 5 else 2)
    assert placed(recentre_codes(block, ROLES, rows))["213"] == "农林水支出"


def test_a_cell_without_a_box_leaves_the_table_as_printed():
    """A code, or a name, whose place on the page is unknown: no reading by position."""
    for drop in ((1.0, CODE), (2.0, NAME)):
        block, rows = printed(LEI, [("201", 1), ("208", 3.5)], drop_box=[drop])
        assert recentre_codes(block, ROLES, rows) is block, drop


def test_lines_printed_over_each_other_give_no_pitch():
    """Two lines at the same height (a page's text laid over itself): no row pitch, nothing read."""
    block, rows = printed(LEI, [("201", 1), ("208", 3.5)])
    for (r, c), o in list(block.sheet.origins.items()):
        if r == rows[1] and c != CODE:
            block.sheet.origins[r, c] = Origin(page=1, bbox=(o.bbox[0], 100, o.bbox[2], 110))
    assert recentre_codes(block, ROLES, rows) is block


def test_a_code_column_on_the_second_side_only():
    """Side by side blocks (06: 名称 | 金额 | 编码 | 名称 | 金额): the left block has no code column, the right one's
    codes are centred: read on the right side, the left side's cells left where they are."""
    roles = [ColumnRole(1, ["科目名称"], "name"), ColumnRole(2, ["金额"], "value", key="a"),
             ColumnRole(3, ["科目编码"], "code", side=1), ColumnRole(4, ["科目名称"], "name", side=1),
             ColumnRole(5, ["金额"], "value", key="b", side=1)]
    # the left block two lines longer than the right one (its last lines have nothing on the right)
    block, rows = printed(LEI + [None, None], [("201", 1, 3), ("208", 3.5, 3)], name_col=4, value_col=5,
                          values=["1.00"] * 5 + [None, None])
    for r in rows:  # the left block's names beside, on every line but the code's own
        if r in (5,):
            continue
        top = 100 + 20 * (r - 1 - (r > 5))
        block.sheet.cells[r, 1] = Cell(r, 1, "工资福利支出")
        block.sheet.origins[r, 1] = Origin(page=1, bbox=(20, top, 50, top + 10))
    block.sheet.__dict__.pop("_rows", None)  # (Sheet.rows() is computed once)
    block = Block(sheet=block.sheet, kind="06", title=block.title, title_row=0, title_col=1, end_row=block.end_row,
                  rows=block.sheet.rows())
    got = recentre_codes(block, roles, rows)
    assert placed(got, cols=(3,), name_col=4) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}


def test_codes_the_reader_gave_as_numbers():
    """A code cell holding the number 201 (not the text '201') is read as the code it prints."""
    block, rows = printed(LEI, [(201, 1), (208, 3.5)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}


def test_a_stray_mark_without_text_before_the_code():
    """A cell that is only a quotation mark (no text once normalised), left of a row's code: passed over, the code
    and name after it still read."""
    block, rows = printed(LEI, [("201", 1), ("208", 3.5), ("“", 1, 0)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}


def test_a_total_printed_in_the_code_column_is_a_total():
    """“合计” written across the code and name columns (its text in the code column, a 行次 number left of it): the
    row's label is its first text that is not a number, so the total is cut off the blocks as a total in the name
    column is."""
    names = [None, *LEI]
    block, rows = printed(names, [("合计", 0), ("1", 0, 0), ("201", 2), ("208", 4.5)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"合计": "", "201": "一般公共服务支出",
                                                          "208": "社会保障和就业支出"}


def test_a_line_printed_without_an_amount():
    """A 类's line with its name only (no amount printed): one box on the line, still a line of the table."""
    block, rows = printed(LEI, [("201", 1), ("208", 3.5)], values=[None, "1.00", "1.00", None, "1.00"])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}


def test_a_table_of_two_lines():
    block, rows = printed(LEI[3:], [("208", 0.5)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"208": "社会保障和就业支出"}


def test_a_first_page_of_one_line_then_the_rest():
    """The table's first line alone at the foot of a page (its code on it), the rest on the next: the next page is
    still read."""
    names = ["教育支出", *LEI]
    block, rows = printed(names, [("205", 0), ("201", 2), ("208", 4.5)], page_of=lambda i: 1 if i < 1 else 2)
    assert placed(recentre_codes(block, ROLES, rows)) == {"205": "教育支出", "201": "一般公共服务支出",
                                                          "208": "社会保障和就业支出"}


def test_a_page_printed_over_itself_then_a_good_one():
    """Page 1's lines laid over each other (no pitch): left as printed; page 2 still read."""
    names = LEI + ["农林水支出", "农业农村", "行政运行"]
    block, rows = printed(names, [("201", 1), ("208", 3.5), ("213", 6)], page_of=lambda i: 1 if i < 5 else 2)
    for (r, c), o in list(block.sheet.origins.items()):
        if o.page == 1 and c != CODE:
            block.sheet.origins[r, c] = Origin(page=1, bbox=(o.bbox[0], 100, o.bbox[2], 110))
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "人力资源事务", "208": "", "213": "农林水支出"}


def test_a_small_print():
    """Lines less than a point apart (a print scaled down): any positive pitch is a pitch."""
    block, rows = printed(LEI, [("201", 1), ("208", 3.5)], scale=0.04)
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}


def test_category_kuan_item_columns_with_short_blocks():
    """类 | 款 | 项 columns with blocks of one row: 201 alone (no 款 under it), 208 whose first and last 款 are one row
    each (its 款 05 centred between two of its four rows), 213 whose 款 are one row each. Each level's codes are
    matched within their own 类's rows only (a window of half a row pitch above and below them): the 款 of one 类
    never fall in another's."""
    names = ["一般公共服务支出", "社会保障和就业支出", "人力资源和社会保障管理事务", "行政事业单位养老支出",
             "机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出", "其他行政事业单位养老支出", "就业补助",
             "农林水支出", "农业农村", "林业和草原"]
    codes = [("201", 0, 1), ("208", 4, 1), ("213", 9, 1),
             ("01", 2, 2), ("05", 4.5, 2), ("07", 7, 2), ("01", 9, 2), ("02", 10, 2),
             ("05", 4, 3), ("06", 5, 3), ("99", 6, 3)]
    block, rows = printed(names, codes, name_col=4, value_col=5)
    got = recentre_codes(block, SPLIT, rows)
    by_line = [sorted((c.col, str(c.value)) for c in got.rows[r] if c.col <= 3) for r in sorted(got.rows)]
    assert by_line == [[(1, "201")], [(1, "208")], [(2, "01")], [(2, "05")], [(3, "05")], [(3, "06")], [(3, "99")],
                       [(2, "07")], [(1, "213")], [(2, "01")], [(2, "02")]]


def test_a_code_a_quarter_pitch_off_its_blocks_middle_still_fits():
    """201 printed 5 pt (a quarter of the 20 pt pitch) below its block's middle: within the tolerance."""
    block, rows = printed(LEI, [("201", 1, CODE, 5), ("208", 3.5)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}


def test_a_code_on_a_lines_edge_is_on_that_line():
    """5-digit codes in the gap reading (a coded row, an uncoded one, a coded one, an uncoded one), the first centred
    exactly on its line's bottom (or top) edge: still on the line, so nothing shows a centring (a code between two
    rows would) and the table stays as printed."""
    names = ["行政运行", "一般行政管理事务", "机关服务", "事业运行"]
    for dy in (5, -5):
        block, rows = printed(names, [("20101", 0, CODE, dy), ("20102", 2)])
        assert recentre_codes(block, ROLES, rows) is block, dy


def test_category_codes_moved_onto_rows_named_otherwise_do_not_show_the_centring():
    """Three-row blocks, each 3-digit code on its middle row, the first rows named as no 类: the codes would move
    onto rows that do not name them — no evidence of a centred print, the table stays as printed."""
    names = ["机关服务", "行政运行", "一般行政管理事务", "事业运行", "行政运行", "其他一般公共服务支出"]
    block, rows = printed(names, [("201", 1), ("208", 4)])
    assert recentre_codes(block, ROLES, rows) is block


# ---- codes at the foot of their blocks (Excel's default alignment), and blocks cut by a page break (1e58cda)
def test_category_codes_at_the_foot_of_their_blocks():
    """201 on the last of its three rows, 208 on the last of its two: no centred reading fits; read at the foot, each
    类 code moves onto the row named as that 类 — which shows it."""
    block, rows = printed(LEI, [("201", 2), ("208", 4)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}


def test_a_code_at_the_foot_of_a_block_right_under_its_parent():
    """201 on its own row, 20101 on the last of the three rows under it: read at the foot, 20101's block begins right
    under the row holding 201, the code its own begins with (a top-aligned print would have 20101 there)."""
    names = ["一般公共服务支出", "人大事务", "行政运行", "一般行政管理事务"]
    block, rows = printed(names, [("201", 0), ("20101", 3)])
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "20101": "人大事务"}


def test_codes_at_the_foot_without_evidence_stay():
    """5-digit codes on the second and fourth of four rows: at the foot of two-row blocks, or centred in a
    three-row block and the row after — neither reading shows itself (no 类 code, no parent above a block), so the
    table is read as printed."""
    names = ["行政运行", "一般行政管理事务", "机关服务", "事业运行"]
    block, rows = printed(names, [("20101", 1), ("20102", 3)])
    assert recentre_codes(block, ROLES, rows) is block


NEXT = ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出",
        "农林水支出", "农业农村", "行政运行"]


def test_a_block_cut_by_a_page_break_under_its_code_printed_again():
    """201's three rows and 208's first two on page 1, 208's last two at the top of page 2 under 208 printed again
    (centred in that part), then 213's three rows: the copy is dropped (208's code stands on its first row on page 1)
    and 213 moves onto its row."""
    names = LEI[:3] + NEXT
    codes = [("201", 1), ("208", 3.5), ("208", 5.5), ("213", 8)]
    block, rows = printed(names, codes, page_of=lambda i: 1 if i < 5 else 2)
    got = recentre_codes(block, ROLES, rows)
    assert sorted(str(c.value) for cells in got.rows.values() for c in cells if c.col == CODE) == ["201", "208", "213"]
    assert placed(got) == {"201": "一般公共服务支出", "208": "社会保障和就业支出", "213": "农林水支出"}


def test_a_block_cut_by_a_page_break_under_no_code():
    """The same print without 208 again on page 2: the lines above 213's block are the rest of 208's."""
    names = LEI[:3] + NEXT
    block, rows = printed(names, [("201", 1), ("208", 3.5), ("213", 8)], page_of=lambda i: 1 if i < 5 else 2)
    assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出",
                                                          "213": "农林水支出"}


def test_a_cut_block_does_not_run_into_a_line_named_as_another_category():
    """Page 2 opening with a line named as another 类 (科学技术支出) before 213's block: no part of 208's block, so no
    cut fits — page 2 is read as printed (page 1 still is read)."""
    names = LEI[:3] + NEXT[:2] + ["科学技术支出", "农林水支出", "农业农村", "行政运行"]
    block, rows = printed(names, [("201", 1), ("208", 3.5), ("213", 7)], page_of=lambda i: 1 if i < 5 else 2)
    got = placed(recentre_codes(block, ROLES, rows))
    assert (got["201"], got["208"], got["213"]) == ("一般公共服务支出", "社会保障和就业支出", "农业农村")


def test_codes_at_the_foot_a_little_off_the_middle_of_their_line():
    """A code at the foot printed 2 pt above (or below) the middle of its line is still on that line (within a
    quarter pitch of it)."""
    for dy in (-2, 2):
        block, rows = printed(LEI, [("201", 2, CODE, dy), ("208", 4, CODE, dy)])
        assert placed(recentre_codes(block, ROLES, rows)) == {"201": "一般公共服务支出", "208": "社会保障和就业支出"}, dy


def test_a_foot_block_holding_a_line_named_as_another_category_is_no_block():
    """201 at the foot of four rows whose last is named 社会保障和就业支出: not 201's block (the last line counts too),
    and no other reading fits: the table is read as printed."""
    block, rows = printed(LEI, [("201", 3), ("208", 4)])
    assert recentre_codes(block, ROLES, rows) is block


def test_category_kuan_item_columns_at_the_foot():
    """类 | 款 | 项 columns printed at the foot of their blocks: 201 on the last of its six rows moves onto its 类's row;
    the 款 01, at the foot of the three rows right under the 类's head row, shows the reading too (a top-aligned print
    would have it there), and 03 moves with it; the 项 codes are on their own rows."""
    names = ["一般公共服务支出", "人大事务", "行政运行", "一般行政管理事务", "政府办公厅（室）及相关机构事务", "行政运行"]
    codes = [("201", 5, 1), ("01", 3, 2), ("03", 5, 2), ("01", 2, 3), ("02", 3, 3), ("01", 5, 3)]
    block, rows = printed(names, codes, name_col=4, value_col=5)
    got = recentre_codes(block, SPLIT, rows)
    by_line = [sorted((c.col, str(c.value)) for c in got.rows[r] if c.col <= 3) for r in sorted(got.rows)]
    assert by_line == [[(1, "201")], [(2, "01")], [(3, "01")], [(3, "02")], [(2, "03")], [(3, "01")]]
