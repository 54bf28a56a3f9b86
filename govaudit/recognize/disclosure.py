"""Workbook → Disclosure: find every table and form by its title, build each from its block."""

from __future__ import annotations


from govaudit.model import (BUDGET_TABLE_NAMES, CellIssue, Disclosure, Location, TABLE_NAMES, Table, TextParagraph,
                            table_label)
from govaudit.model.trusted import construct
from govaudit.readers.base import Sheet, Workbook
from govaudit.readers.pdf_common import title_like
from govaudit.recognize.budget_specs import looks_budget, split_title_meta, template_title
from govaudit.recognize.grid import Block, Meta, is_numeric_cell, read_meta, title_ref
from govaudit.recognize.specs import classify_title
from govaudit.recognize.tables import TWO_SIDED_KINDS, build_table, empty_note, locate_header
from govaudit.recognize.text import TABLE_CODE_RE, YEAR_RE, find_unit
from govaudit.recognize.units import settle_units
from govaudit.recognize.untitled import cut_at_other_heads, name_untitled, names_another, regions
from govaudit.recognize.wrapped import join_paragraphs, join_texts, wrapped_groups
from govaudit.recognize.zeros import settle_zeros
from govaudit.text import HEADING_START, norm
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)


def find_blocks(sheet: Sheet) -> list[Block]:
    rows = sheet.rows()
    titles: list[tuple[int, int, str, str]] = []
    codes: list[tuple[int, int, str]] = []
    others: list[int] = []  # title lines of tables we do not know (政府采购情况表 under 公开09表)
    consumed: set[int] = set()
    for r, cells in rows.items():
        if r in consumed:
            continue
        for cell in cells:
            if not isinstance(cell.value, str):
                continue
            text = norm(cell.value)
            if cell is cells[0] and len(cells) <= 2 and (title := _title_second_row(cells, rows.get(r + 1, ()))):
                titles.append((r, cell.col, classify_title(title), title))  # a title over two rows
                consumed.add(r + 1)
                break
            if "表" not in text and len(cells) != 1:
                continue  # no title (it ends with 表), no 公开NN表, no title's first line: most cells, passed over cheaply
            kind = classify_title(cell.value)
            if kind:
                titles.append((r, cell.col, kind, text))
                break
            m = TABLE_CODE_RE.fullmatch(text)
            if m:
                codes.append((r, cell.col, f"{int(m.group(1)):02d}"))
            elif cell is cells[0] and _other_title(cells, rows, r):
                others.append(r)
    wrapped = {r - 1 for r in consumed}
    # a table printed with its 公开NN表 code but a title we do not know: trust the code
    titled_rows = {t[0] for t in titles}
    headed = _header_title(sheet) if len(codes) == 1 and not titles else None
    for r, c, kind in codes:
        if headed and (headed[0] == kind or headed[0] not in TABLE_NAMES):  # (江苏's 公开NN表 number 预算 tables)
            # the title itself printed in the page header (页眉), its code in a cell: the header's table (a header
            # naming another table is one copied with the sheet: the printed code is trusted, as below)
            titles.append((r, c, *headed))
        elif kind in TABLE_NAMES and not any(abs(r - tr) <= 3 for tr in titled_rows) and not _budget_near(rows, r):
            titles.append((r, c, kind, f"公开{kind}表"))
    titles.sort()
    blocks = []
    for i, (r, c, kind, text) in enumerate(titles):
        end = titles[i + 1][0] if i + 1 < len(titles) else max(rows, default=r) + 1
        # a document's next table under a title line of its own ends this one, though its title names no known
        # table: the first table the reader laid out below this title is this one's, a title after it the next's
        own = next((first for _t, first in sheet.titled_tables if first > r), None)
        cut = next((t for t, _first in sheet.titled_tables if own is not None and t > own), end)
        end = min(end, cut, next((u for u in others if u > r and _begun(rows, r, u)), end))
        blocks.append(Block(sheet=sheet, kind=kind, title=text, title_row=r, title_col=c, end_row=end, rows=rows,
                            title_lines=2 if r in wrapped else 1))
    return blocks


_CODE_BESIDE = lazy(r"^(?:公开|附)?表?[0-9一二三四五六七八九十]+(?:[-—][0-9]+)?表?$")  # '表10' beside a title


def _other_title(cells, rows, r: int) -> bool:
    """A title line of a table we do not know ('政府采购情况表', perhaps with its number '表10' beside it), a 部门 or
    金额单位 line under it: a new table, which ends the one above (a document's reader marks it as
    Sheet.titled_tables; a workbook sheet holding every table, or a Word table read as rows, has only this)."""
    texts = [norm(c.value) for c in cells if isinstance(c.value, str) and norm(c.value)]
    if not texts or not title_like(texts[0]) or is_continuation_title(texts[0]) or TABLE_CODE_RE.search(texts[0]) \
            or any(not _CODE_BESIDE.match(t) for t in texts[1:]) or any(not isinstance(c.value, str) for c in cells):
        return False
    for k in range(r + 1, r + 4):
        meta = Meta()
        if read_meta(rows.get(k, ()), meta) and (meta.department or meta.unit):
            return True
    # or its header straight under it (no 部门 or 单位 line: '国有资产占用情况表' over '项目 | 车辆数合计（辆）…' under
    # 公开09表 on one sheet): a row of two words or more and no figure
    below = next((rows[k] for k in range(r + 1, r + 3) if rows.get(k)), ())
    return len(below) >= 2 and not any(is_numeric_cell(c) or not isinstance(c.value, str) for c in below) \
        and not read_meta(below, Meta())


def _begun(rows, r: int, u: int) -> bool:
    """The table under the title at row r has a row of its own (a head, a figure) before row u: not only its 部门,
    金额单位 and year lines."""
    return any(not read_meta(rows[k], Meta()) for k in range(r + 1, u) if k in rows and rows[k])


def _views(book: Workbook, disclosure: Disclosure):
    """Each sheet as it shows (hidden cells left out; their figures noted), tables printed side by side taken apart."""
    for sheet in book.sheets:
        sheet, hidden = visible_sheet(sheet, book.path)
        if hidden is not None:
            disclosure.cell_issues.append(hidden)
        yield from side_by_side(sheet)


def side_by_side(sheet: Sheet) -> list[Sheet]:
    """Two tables printed side by side (a small department's 三公 table beside its 政府性基金 table): a row holding
    the titles of two different tables, with a column between them that is empty on the whole sheet and crossed by no
    merged cell. Each side becomes a sheet of its own (same name, cells at their places), the right one split again
    when it holds a third."""
    rows = sheet.rows()
    used = None
    # the rows holding a 表 at all, in order, found by one pass over the cells (not a comprehension per row)
    with_biao = sorted({key[0] for key, c in sheet.cells.items() if isinstance(c.value, str) and "表" in c.value})
    for r in with_biao:
        cells = rows[r]
        titled = [(c, kind) for c in cells if isinstance(c.value, str) and "表" in c.value
                  and (kind := classify_title(c.value))]
        if len(titled) < 2:
            continue
        first = titled[0][1]
        right = next((c for c, kind in titled if kind != first), None)
        if right is None:
            continue
        if used is None:
            used = {c.col for row in rows.values() for c in row}
        gaps = [k for k in range(titled[0][0].col + 1, right.col)
                if k not in used and not any(m[1] <= k <= m[3] for m in sheet.merged)]
        if not gaps:
            continue
        k = gaps[-1]
        return [_part(sheet, lambda col: col < k)] + side_by_side(_part(sheet, lambda col: col > k))
    return [sheet]


def _part(sheet: Sheet, keep) -> Sheet:
    return Sheet(name=sheet.name, cells={key: c for key, c in sheet.cells.items() if keep(key[1])},
                 merged=[m for m in sheet.merged if keep(m[1])], origins=sheet.origins, cut_tables=sheet.cut_tables,
                 unsure_tables=sheet.unsure_tables, titled_tables=sheet.titled_tables, print_header=sheet.print_header)


def _title_rest(cells) -> str | None:
    """The end of a title wrapped onto a line of its own: one short text ending in 表."""
    texts = [norm(c.value) for c in cells if isinstance(c.value, str) and norm(c.value)]
    if len(texts) != 1 or len(texts[0]) > 8 or not texts[0].endswith("表") or any(ch.isdigit() for ch in texts[0]):
        return None
    return texts[0]


# a title's first row: a few words, no sentence, no 部门：/单位： line, no note ('（无政府性基金支出）' under a table),
# no numbered heading ('五、一般公共预算财政拨款')
_TITLE_HEAD = lazy(r"(?![(（]|[一二三四五六七八九十\d]+[、.．])[^，。；：:,;无]{4,24}")


def _title_second_row(cells, below) -> str | None:
    """The title over two rows: broken where a narrow page breaks it (_title_halves), or its last characters wrapped
    onto a line of their own (“…会议费、培训费支出预” / “算表”): the joined title, None when the two rows are not one."""
    return _title_halves(cells, below) or _title_wrapped(cells, below)


def _title_wrapped(cells, below) -> str | None:
    """A line of its own that names no table, and the next line one short text ending in 表 that names none either
    (_title_rest), the two together naming a table."""
    if len(cells) != 1 or not (rest := _title_rest(below)) or classify_title(cells[0].value) or classify_title(rest):
        return None
    text = norm(cells[0].value)
    return text + rest if classify_title(text + rest) else None


def _title_halves(cells, below) -> str | None:
    """The title broken over two rows ('一般公共预算财政拨款' / '基本支出决算表'; '2026年部门一般公共
    预算基本支' / '出部门预算经济分类预算表'): the first row's only text (a 公开NN表 beside it at most) is no title and
    no table's name, the next row's only text ends the title, and the two together name a table that the second row
    alone does not (a department's name over its title, '某某局' / '收入决算表', stays a line of its own)."""
    texts = [norm(c.value) for c in cells if isinstance(c.value, str) and norm(c.value)]
    if not texts or len(texts) != len(cells) or any(not TABLE_CODE_RE.fullmatch(t) for t in texts[1:]):
        return None
    head = _CODE_TAIL.sub("", texts[0])  # ('一般公共预算财政拨款　公开06表': a Word paragraph holds the code too)
    if not _TITLE_HEAD.fullmatch(head) or head.endswith("表") or _SENTENCE_WORDS.search(head):
        return None
    rest = [norm(c.value) for c in below if isinstance(c.value, str) and norm(c.value)]
    if len(rest) != 1 or len(below) != 1 or len(rest[0]) > 20 or not _BRACKET_TAIL.sub("", rest[0]).endswith("表"):
        return None
    kind, alone = classify_title(head + rest[0]), classify_title(rest[0])
    # (the same table named by the second row alone: the first row is the title's only when it speaks of money)
    return head + rest[0] if kind and (kind != alone or _TITLE_WORDS.search(head)) else None


# a line that says something (a note on an empty table: "2019年度本部门未安排政府性基金预算财政拨款") is no title's half
_SENTENCE_WORDS = lazy(r"未安排|未发生|没有|不涉及|为零|本部门|本单位|无此|说明")
_BRACKET_TAIL = lazy(r"[(（][^()（）]*[)）]$")  # '（功能科目）', '（公开05表）'
_CODE_TAIL = lazy(r"[(（]?公开\d{1,2}表[)）]?$")
_TITLE_WORDS = lazy(r"\d{4}年|部门|财政拨款|预算|决算|收入|支出|经费|基金")


def _budget_near(rows, r: int) -> bool:
    """江苏's 预算 tables are numbered 公开01–12表 too: a code beside a 预算 title is no 决算 table."""
    return any(looks_budget(norm(c.value)) for rr in range(r, r + 4) for c in rows.get(rr, ())
               if isinstance(c.value, str))


def _sheet_meta(sheet: Sheet, before_row: int) -> Meta:
    meta = Meta()
    for r, cells in sheet.rows().items():
        if r >= before_row:
            break
        read_meta(cells, meta)
    return meta


_UNIT_ONLY = lazy(r"^(?:金额|计量)?单位[:：]\s*(?:人民币)?(?:万元|千元|亿元|元)$")


def visible_sheet(sheet: Sheet, file: str) -> tuple[Sheet, CellIssue | None]:
    """The sheet as it shows: cells of hidden rows and columns left out (what is published is what shows; a hidden
    row often holds last year's or a draft's figures). An issue names the hidden cells that hold figures."""
    if not sheet.hidden_rows and not sheet.hidden_cols and not sheet.hidden:
        return sheet, None
    rows, cols = sheet.hidden_rows, sheet.hidden_cols
    shown: dict = {}
    hidden_figures = []
    for key, cell in sheet.cells.items():
        if sheet.hidden or key[0] in rows or key[1] in cols:
            if is_numeric_cell(cell) and cell.value is not None and not isinstance(cell.value, str):
                hidden_figures.append(cell)
            elif not sheet.hidden and key[0] not in rows and isinstance(cell.value, str) and \
                    _UNIT_ONLY.match(norm(cell.value)):
                shown[key] = cell  # '单位：元' in the last column, hidden with that empty column: still the unit
        else:
            shown[key] = cell
    view = Sheet(name=sheet.name, cells=shown, merged=sheet.merged, origins=sheet.origins,
                 print_header=sheet.print_header)
    if not hidden_figures:
        return view, None
    first = min(hidden_figures, key=lambda c: (c.row, c.col))
    where = f"隐藏的工作表「{sheet.name}」" if sheet.hidden else f"工作表「{sheet.name}」的隐藏行或隐藏列"
    return view, construct(CellIssue, kind="hidden_figures", text=str(len(hidden_figures)), context=where,
                                      location=construct(Location, file=file, sheet=sheet.name, cell=first.ref))


_CONTINUED = lazy(r"[(（]\s*续(?:表|上表|前表)?\s*\d*\s*[)）]|^续表|续表$")


def is_continuation_title(title: str) -> bool:
    """'支出决算表（续）', '支出决算表（续表1）', '续表': the rest of a table begun above."""
    return bool(_CONTINUED.search(norm(title)))


def _leading_block(sheet: Sheet, blocks: list[Block], previous: Block | None) -> Block | None:
    """Rows at the top of a sheet before any title, after a sheet whose last table is `previous`: the same table
    continued (a 续表 that repeats the header but not the title). build_table judges whether they are."""
    rows = sheet.rows()
    if previous is None or not rows:  # (after a 绩效自评表 no table of its kind exists to continue)
        return None
    first = min(rows)
    end = blocks[0].title_row if blocks else max(rows) + 1
    if first >= end:
        return None
    return Block(sheet=sheet, kind=previous.kind, title=previous.title, title_row=first - 1, title_col=0,
                 end_row=end, rows=rows)


_NUMBER_END = lazy(r"[\d一二三四五六七八九十]+$")


def _named_by(text: str) -> tuple[str, str] | None:
    kind = classify_title(text) if "表" in text else None
    return (kind, text) if kind and kind != "perf" else None


def _header_title(sheet: Sheet) -> tuple[str, str] | None:
    """(kind, title) of the table the sheet's print header (页眉) names, if one of its sections does."""
    return next((named for text in sheet.print_header if (named := _named_by(text))), None)


def _copied_headers(book: Workbook) -> set[str]:
    """Page-header titles printed on two sheets or more: a header copied with a copied sheet (Excel copies it), which
    names the first sheet's table, not the others'."""
    seen = [h[1] for sheet in book.sheets if (h := _header_title(sheet))]
    return {t for t in seen if seen.count(t) > 1}


def _tab_titled(sheet: Sheet, copied: set[str] = frozenset()) -> list[Block]:
    """A sheet with no title in its cells, its table's title printed in the page header (页眉: on every page, as some
    producers do) or its tab named by it ('收入决算表', '2024年支出决算表'): that table, its title standing just above
    the sheet's first row (build_table still wants the table's heads under it)."""
    header, tab = _header_title(sheet), _named_by(sheet.name)
    # a header copied onto several sheets gives way to a tab that names a table (each tab is named for its own sheet)
    named = tab if header and tab and header[1] in copied else header or tab
    rows = sheet.rows()
    if not named or not rows:
        return []
    kind, name = named
    if any(isinstance(c.value, str) and title_like(_NUMBER_END.sub("", norm(c.value)))
           for cells in rows.values() for c in cells):
        return []  # a title of its own, one we do not know ('部门收支预算情况一览表', '…一览表2'): not the sheet's name
    first = min(rows)
    return [Block(sheet=sheet, kind=kind, title=norm(name), title_row=first - 1, title_col=rows[first][0].col,
                  end_row=max(rows) + 1, rows=rows)]


def _under_heads_of(base: Block, rest: Block) -> Block:
    """'收入决算表（续表）' right after its table, with no heads of its own (a Word document's reader drops the heads
    repeated at the top of the next Word table): its rows under the heads of the table it continues."""
    _header, start = locate_header(base, base.kind, Meta())
    rows = {r: cells for r, cells in base.rows.items()
            if base.title_row <= r < start or rest.title_row < r < rest.end_row}
    return Block(sheet=base.sheet, kind=base.kind, title=base.title, title_row=base.title_row,
                 title_col=base.title_col, end_row=rest.end_row, rows=rows, title_lines=base.title_lines)


def _rest_under_heads(base: Block, rest: Block, file: str):
    """'一般公共预算财政拨款支出决算表（续）' at the top of the next sheet, its rows going on with no heads of their own:
    built under the heads of the table it continues (the sheet before), each figure still at its own sheet and cell.
    The rows are numbered on after the heads (their cells keep their own rows), the heads' merged cells kept."""
    _header, start = locate_header(base, base.kind, Meta())
    shift = max(0, start - rest.title_row - 1)
    rows = {r: cells for r, cells in base.rows.items() if base.title_row <= r < start}
    rows.update({r + shift: cells for r, cells in rest.rows.items() if rest.title_row < r < rest.end_row})
    merged = [m for m in base.sheet.merged if m[2] < start] + \
        [(r1 + shift, c1, r2 + shift, c2) for r1, c1, r2, c2 in rest.sheet.merged if r1 > rest.title_row]
    cells = {k: c for k, c in base.sheet.cells.items() if base.title_row <= k[0] < start}
    cells.update({(r + shift, c): cell for (r, c), cell in rest.sheet.cells.items() if rest.title_row < r < rest.end_row})
    view = Sheet(name=rest.sheet.name, cells=cells, merged=merged, origins=rest.sheet.origins)
    table, issues = build_table(Block(sheet=view, kind=base.kind, title=base.title, title_row=base.title_row,
                                      title_col=base.title_col, end_row=rest.end_row + shift, rows=rows,
                                      title_lines=base.title_lines), file)
    for row in table.rows if table is not None else ():
        row.row -= shift
    return table, issues


def _continues(table: Table, base: Table) -> bool:
    """A 续表 reads as its table: value columns of the same kinds, and rows with data."""
    keys = {c.key for c in table.columns}
    base_keys = {c.key for c in base.columns}
    shared = keys & base_keys
    return bool(table.rows) and len(shared) >= min(2, len(base_keys)) and len(shared) * 2 >= len(keys)


def _codes_again(more: Table, base: Table) -> bool:
    """Untitled rows at the top of a sheet that list again two 科目编码 or more of the table before are another table
    (公开05表 with its title cell empty, after 公开03表: the same 类 again), not its rest: a table goes on with the
    科目 it has not listed yet."""
    codes = {r.code for r in base.rows if r.code}
    return sum(1 for r in more.rows if r.code in codes) >= 2


def _repeated_title(table: Table, base: Table) -> bool:
    """A long table whose title (and head) is printed again after a page break, without 续 (a PDF turned back into
    a Word or Excel file): the same title, and none of the rows again (a copy of the table would repeat them all,
    its 合计 first)."""
    return table.title == base.title and {r.key for r in table.rows}.isdisjoint(r.key for r in base.rows)


def _other_half(base: Table, more: Table) -> bool:
    """Two tables of a two-sided kind (收支总表: 收入 | 支出) under the same title, one holding only 收入 rows and
    the other only 支出 rows (tables.expense_side_only): the two halves of one table."""
    if base.kind not in TWO_SIDED_KINDS or qualifier(base.title) != qualifier(more.title):
        return False
    sides, more_sides = {c.side for c in base.columns}, {c.side for c in more.columns}
    return bool(base.rows and more.rows) and (0 in sides) != (0 in more_sides) and sides.isdisjoint(more_sides)


def _halves(block: Block) -> list[Block]:
    """A 收支总表 printed as its 收入 half, then its 支出 half under a heading of its own — a '支出' band over a header
    row of words (项目 | 合计 | 一般公共预算财政拨款 …), as a sheet too wide for its page prints its right half on the
    next page — split in two blocks under the one title, each read with its own header (and joined again as the two
    halves, _other_half). The 金额单位 line right above the band goes with the 支出 half it was printed over."""
    if block.kind not in TWO_SIDED_KINDS:
        return [block]
    rows = block.row_numbers()
    texts = {r: [norm(c.value) for c in block.rows[r] if isinstance(c.value, str) and norm(c.value)] for r in rows}
    seen_figures = False
    for k, r in enumerate(rows[:-1]):
        cells = block.rows[r]
        if seen_figures and [t.replace(" ", "") for t in texts[r]] == ["支出"] and len(cells) == 1:
            head = texts[rows[k + 1]]
            if len(head) >= 2 and "项目" in head and not any(is_numeric_cell(c) for c in block.rows[rows[k + 1]]):
                start = rows[k - 1] if k and read_meta(block.rows[rows[k - 1]], Meta()) else r
                first = {q: v for q, v in block.rows.items() if q < start}
                rest = {q: v for q, v in block.rows.items() if q >= start}
                return [Block(sheet=block.sheet, kind=block.kind, title=block.title, title_row=block.title_row,
                              title_col=block.title_col, end_row=start, rows=first, title_lines=block.title_lines),
                        Block(sheet=block.sheet, kind=block.kind, title=block.title, title_row=start - 1,
                              title_col=block.title_col, end_row=block.end_row, rows=rest)]
        seen_figures = seen_figures or any(is_numeric_cell(c) for c in cells)
    return [block]


def _take_unit(base: Table, more: Table) -> None:
    """`more`'s 金额单位 for `base` if it printed none: its figures are in that unit too."""
    if base.unit is not None or more.unit is None:
        return
    base.unit, base.unit_cell = more.unit, more.unit_cell
    for row in base.rows:
        row.cells = {k: (f.model_copy(update={"unit": more.unit}) if f is not None and not f.percent else f)
                     for k, f in row.cells.items()}


def _append_rows(base: Table, more: Table) -> None:
    used = {r.key for r in base.rows}
    unit = more.unit or base.unit  # a 续表 without its own 金额单位 line is in the table's unit
    for row in more.rows:
        if unit and unit != "万元" and more.unit is None:
            row.cells = {k: (f.model_copy(update={"unit": unit}) if f is not None else None)
                         for k, f in row.cells.items()}
        row.sheet = more.sheet if more.sheet != base.sheet else row.sheet
        if row.key in used:
            row.key = f"{row.key}#{more.sheet}!{row.row}"
        used.add(row.key)
        base.rows.append(row)
    base.notes.extend(more.notes)


def recognize(book: Workbook) -> Disclosure:
    from govaudit.recognize.forms import build_form, join_continuation

    disclosure = construct(Disclosure, path=book.path, sheets=[s.name for s in book.sheets], kind=book.kind,
                                       paragraphs=paragraphs(book))
    previous: Block | None = None  # the last table block of the sheets before
    sanggong: Block | None = None
    templated: list[Block] = []
    unnamed: list[Block] = []  # every table block whose title says neither 决算 nor 预算表 ('收入表', '收支总表')
    text_sheets = []
    untitled = []  # (sheet, first row, end row) of grids under no title: one of the nine known by its heads?
    copied = _copied_headers(book)
    for sheet in _views(book, disclosure):
        blocks = find_blocks(sheet) or (_tab_titled(sheet, copied) if book.kind == "workbook" else [])
        blocks = [part for block in blocks for part in _halves(block)]
        blocks, heads_apart = cut_at_other_heads(sheet, blocks)  # (a table titled by a picture, read on as the rest)
        untitled.extend(heads_apart)
        before = previous  # the last table block of the sheets before this one
        lead = _leading_block(sheet, blocks, previous)
        base = disclosure.tables.get(lead.kind) if lead is not None else None
        continued = False
        if lead is not None and base is not None:
            more, issues = build_table(lead, book.path)
            if more is not None and _continues(more, base) and not names_another(lead, previous) \
                    and not _codes_again(more, base):
                _append_rows(base, more)
                disclosure.cell_issues.extend(issues)
                continued = True
        continued = continued or lead is not None and lead.kind == "perf" and join_continuation(lead, book.path, disclosure)
        if blocks:
            previous = blocks[-1]
            text_sheets.append((sheet, blocks))  # its text rows may still be a 情况说明 (text above or below tables)
        elif not continued:  # a sheet of text (a 情况说明), not the rest of a table
            text_sheets.append((sheet, None))
        whole = not blocks and not continued and book.kind == "workbook"
        untitled.extend((sheet, first, end) for first, end in regions(sheet, blocks, whole))
        for i, block in enumerate(blocks):
            if block.kind == "perf":
                form, issues = build_form(block, book.path, disclosure)  # (joins a form's continuation)
                if form is not None:
                    disclosure.forms.append(form)
                    disclosure.cell_issues.extend(issues)
                continue
            table, issues = build_table(block, book.path)
            if table is None and i and blocks[i - 1].kind == block.kind and is_continuation_title(block.title):
                k = i - 1  # (a second '（续）' part: under the heads of the part that prints them, the chain's first)
                while k and blocks[k - 1].kind == block.kind and is_continuation_title(blocks[k].title):
                    k -= 1
                table, issues = build_table(_under_heads_of(blocks[k], block), book.path)
            elif table is None and not i and before is not None and before.kind == block.kind \
                    and is_continuation_title(block.title):
                table, issues = _rest_under_heads(before, block, book.path)  # '公开05表（续）': a sheet of its own
            if table is not None:
                # '收入决算表\n单位：万元' in one cell: the title is named without the unit (or 部门) it holds
                table.title = split_title_meta(table.title)[0] or table.title
            if template_title(block.title):
                unnamed.append(block)
            if block.kind.startswith("B") and template_title(block.title):
                templated.append(block)  # '一般公共预算财政拨款基本支出表': 预算 or 决算, as the other tables are
            if block.kind == "07" and "决算" not in block.title:
                sanggong = block  # '一般公共预算“三公”经费支出表': 决算 or 预算, as the other tables are
            if table is None:
                table = _printed_empty(block, book.path, sheet.name)
            if table is None:
                # (sentence: a note under the title that says the table is empty, '本部门无此项'; a 预算 title is
                # listed only with such a note: a bare one may be a 目录's line)
                note = _empty_note(block)
                if (block.kind in TABLE_NAMES or block.kind in BUDGET_TABLE_NAMES and note) \
                        and block.kind not in disclosure.titled_only:
                    disclosure.titled_only[block.kind] = construct(
                        Location, file=book.path, sheet=sheet.name, cell=title_ref(block),
                        table_title=block.title, sentence=note)
                continue
            cut = next((page for first, last, page in sheet.cut_tables
                        if first < block.end_row and last >= block.title_row), None)
            if cut is not None:  # a PDF's wide table printed in column strips: its columns cannot be told apart
                table.unreliable = f"表格右侧的列另印在第{cut}页，打印时没有按页宽缩放，无法拼成一张表"
            why = next((why for first, last, why in sheet.unsure_tables
                        if first < block.end_row and last >= block.title_row), None)
            if why is not None:  # a document's table whose cells could not be placed with certainty
                table.unreliable = why
            if table.department is None or table.year is None:
                # a heading above the first table ('XX部门2024年度部门决算') speaks for the sheet
                meta = _sheet_meta(sheet, blocks[0].title_row)
                if table.department is None and meta.department:
                    table.department, table.department_cell = meta.department, meta.department_cell
                if table.year is None and meta.year:
                    table.year, table.year_cell = meta.year, meta.year_cell
            existing = disclosure.tables.get(table.kind)
            if existing is not None and (is_continuation_title(block.title) or _repeated_title(table, existing)) \
                    and _continues(table, existing):
                if table.kind in TWO_SIDED_KINDS:
                    _take_unit(existing, table)  # (its 支出 half under the title again, the 单位 over it alone)
                _append_rows(existing, table)  # '支出决算表（续）': its rows belong to the table above
                disclosure.cell_issues.extend(issues)
                continue
            disclosure.cell_issues.extend(issues)
            if existing is None:
                disclosure.tables[table.kind] = table
                continue
            if _other_half(existing, table):  # the 收入 and 支出 halves of a 收支总表, printed apart
                existing.columns.extend(table.columns)
                _take_unit(existing, table)  # (printed over the 支出 half only: the workbook's last column)
                _append_rows(existing, table)
                continue
            kept, other = (table, existing) if _rank(table) > _rank(existing) else (existing, table)
            disclosure.tables[table.kind] = kept
            if qualifier(table.title) != qualifier(existing.title) or _named(table) != _named(existing):
                # another view (按单位 beside 按功能分类), or another table ('一般公共预算财政拨款项目支出决算表' beside
                # 公开05表 '…支出决算表'): not a copy
                disclosure.extra_tables.append(other)
            else:
                disclosure.duplicates.append(other)
    if not disclosure.paragraphs and book.kind == "workbook":
        disclosure.paragraphs = sheet_paragraphs(book.path, text_sheets)
    _final_templates(disclosure, book.path, templated, unnamed)
    _budget_sanggong(disclosure, book.path, sanggong)
    _code_only_finals(disclosure)
    name_untitled(disclosure, book.path, untitled)
    for table in (*disclosure.tables.values(), *disclosure.extra_tables):
        settle_zeros(table)
    settle_units(disclosure)  # a table printing no 金额单位: in the unit its figures agree with the others in
    if book.kind == "pdf" and disclosure.forms:
        from govaudit.recognize.form_lines import outside_forms

        disclosure.paragraphs = outside_forms(disclosure.paragraphs, disclosure.forms)  # (a form's own lines)
    from govaudit.recognize.stage import detect

    detect(disclosure)  # 决算 or 预算, 部门 or 单位: from the document itself (tables, then headings)
    if disclosure.paragraphs:
        from govaudit.recognize.claims import read_claims

        disclosure.narrative = read_claims(disclosure.paragraphs, disclosure.year, disclosure.department,
                                           disclosure.stage)
    return disclosure


def _empty_note(block: Block) -> str | None:
    """A note under a title with no table that says the table is empty (its title, 部门 line and this note printed
    in place of an empty table)."""
    for r in block.row_numbers():
        if block.title_row < r < block.end_row and (note := empty_note(block.rows[r])):
            return note
    return None


def _printed_empty(block: Block, path: str, sheet: str) -> Table | None:
    """An empty table printed as its header, a bare 合计 row and a note that it is empty, from a PDF without rules:
    no figure sets its columns, so its header reads as one line of words and no table is built. It was printed all
    the same (BGC001 said '只印了标题和说明，没有列出表格': held-out batch 26's 政府性基金预算支出表): an empty table
    holding the note, as the workbook's copy reads."""
    note = _empty_note(block)
    if note is None or not any(norm("".join(str(c.value) for c in block.rows[r] if c.value)) in _TOTAL_ONLY
                               for r in block.row_numbers() if block.title_row < r < block.end_row):
        return None
    title = split_title_meta(norm(block.title))[0] or block.title
    return construct(Table, kind=block.kind, title=title, sheet=sheet, title_cell=title_ref(block), notes=[note])


_TOTAL_ONLY = ("合计", "总计")


def _budget_sanggong(disclosure: Disclosure, path: str, block: Block | None) -> None:
    """A 三公 table whose title says neither 决算 nor 预算 ('一般公共预算“三公”经费支出表', 财政部's 部门预算 template)
    was read as the 决算 07: among 预算 tables it is the 预算's (B09). The only table found (the others' titles not
    known), it is the 预算's when its heads say 预算数 and nothing of a 决算 (决算数) and no heading calls the document
    a 决算 — not a 决算 missing eight tables."""
    table = disclosure.tables.get("07")
    # (the table's title is named without the unit its line may hold, '…支出表（单位：元）': held-out batch 26)
    if block is None or table is None or "B09" in disclosure.tables \
            or table.title not in (block.title, split_title_meta(block.title)[0]):
        return
    if _mostly(disclosure, "预算", {table.title}) or (
            not any(t.stage for t in disclosure.tables.values() if t is not table) and _budget_heads(disclosure, block)):
        _rebuild(disclosure, path, block, "07", "B09")


def _budget_heads(disclosure: Disclosure, block: Block) -> bool:
    from govaudit.recognize.stage import heading_claims

    if "决算" in {stage for _p, _who, stage in heading_claims(disclosure)}:
        return False
    texts = [norm(c.value) for r in block.row_numbers()[:12] for c in block.rows[r] if isinstance(c.value, str)]
    return any("预算数" in t for t in texts) and not any(_FINAL_WORDS.search(t) for t in texts)


def _code_only_finals(disclosure: Disclosure) -> None:
    """A table found by its '公开NN表' code alone (a title we do not know) was taken for that 决算 table; among 预算
    tables (江苏 numbers its 预算 tables 公开01–12表 too) it is none: set aside as not read reliably (BGC006), not
    checked by the 决算 rules nor reported as a 决算 table in a 预算 (BGC002)."""
    for kind, table in disclosure.tables.items():
        if table.title == f"公开{kind}表" and table.stage == "决算" and _mostly(disclosure, "预算", {table.title}):
            table.unreliable = f"表名不是已知的表名，只凭“公开{kind}表”编号无法确定是哪一张预算表"


def _mostly(disclosure: Disclosure, stage: str, but: set[str]) -> bool:
    """More of the document's other tables (titles not in `but`) are of `stage` than of the other stage."""
    stages = [t.stage for t in disclosure.tables.values() if t.title not in but]
    return stages.count(stage) > len([s for s in stages if s in ("预算", "决算") and s != stage])


def _rebuild(disclosure: Disclosure, path: str, block: Block, old: str, new: str) -> None:
    """The table read from `block` as kind `old` is of kind `new`: built again as that kind, in the old one's place."""
    block.kind = new
    table, issues = build_table(block, path)
    if table is None:
        return
    disclosure.tables.pop(old, None)  # (none when the block's columns were no `old` table's: a 决算's 决算数)
    disclosure.titled_only.pop(old, None)
    disclosure.tables[new] = table
    # (the cells the block read as `old` noted are read again: each once, under its table's own name — a 预算 三公
    # table's '持平' was a CEL001 of '公开07表' too, review s27)
    stale = table_label(old)
    disclosure.cell_issues[:] = [i for i in disclosure.cell_issues
                                 if not (i.context.startswith(stale) and i.location.sheet == block.sheet.name)]
    disclosure.cell_issues.extend(issues)


# the 决算 table each table of the 财政部 预算 template stands for (recognize/budget_specs.TEMPLATE_TITLES)
FINAL_OF_TEMPLATE = {"B01": "01", "B02": "02", "B03": "03", "B04": "04", "B05": "05", "B08": "06", "B06": "08",
                     "B07": "09"}


def _final_templates(disclosure: Disclosure, path: str, blocks: list[Block], unnamed: list[Block]) -> None:
    """Tables whose titles say neither 预算 nor 决算 were read as the 财政部 预算 template's ('一般公共预算基本支出表');
    among 决算 tables (titles that say 决算) they are the 决算's ('一般公共预算财政拨款基本支出表（公开06表）'). When
    no title says either (`unnamed` holds every table: some provinces title the 决算 tables '收入支出总表', '收入表'),
    what the tables print and the headings say decides (final_evidence)."""
    # (a table's title is kept without the unit its line may hold, '…三公经费支出表（单位：万元）': compared so too)
    titles = {b.title for b in unnamed} | {split_title_meta(b.title)[0] for b in unnamed}
    if not blocks:
        return
    if not _mostly(disclosure, "决算", titles):
        named = [t.stage for t in disclosure.tables.values() if t.title not in titles and t.stage]
        if named or not final_evidence(disclosure, unnamed):
            return
    for block in blocks:
        budget = disclosure.tables.get(block.kind)
        kind = FINAL_OF_TEMPLATE.get(block.kind)
        if kind is not None and kind not in disclosure.tables and (budget is None or budget.title == block.title):
            _rebuild(disclosure, path, block, block.kind, kind)
        elif budget is not None and budget.title == block.title:
            # a 决算's table titled as no 决算 table is ('财政拨款支出表', '一般公共预算支出情况表' beside its 公开05表):
            # another table of the 决算, not a 预算 table mixed in (BGC002), and not checked
            disclosure.extra_tables.append(disclosure.tables.pop(block.kind))
            # another so titled ('一般公共预算支出情况表' beside '一般公共预算财政拨款支出表'): one more, not a copy
            others = [d for d in disclosure.duplicates if d.kind == block.kind and d.title != block.title]
            disclosure.duplicates = [d for d in disclosure.duplicates if not any(d is o for o in others)]
            disclosure.extra_tables.extend(others)


# what a 决算 prints and a 预算 does not: its figures' heads (决算数, 2019年决算数 — not 上年决算数, which a 预算 prints
# beside its 预算数), the 01/08 tables' balance rows and heads (a 预算 says 上年结转 / 结转下年)
_FINAL_WORDS = lazy(r"(?<!上年)决算|年初结转和结余|年末结转和结余|年初结转结余|年末结转结余")
_BUDGET_WORDS = lazy(r"^(?:\d{4}年)?(?:本年)?预算数?$|上年结转|结转下年")


def final_evidence(disclosure: Disclosure, blocks: list[Block]) -> bool:
    """Tables whose titles say neither 决算 nor 预算 are a 决算's: the headings call the document a 决算 (and none a
    预算); where they name neither or both, more of the tables print a 决算's words (决算数, 年初/年末结转和结余) than
    a 预算's (预算数, 上年结转)."""
    from govaudit.recognize.stage import heading_claims

    said = {stage for _p, _who, stage in heading_claims(disclosure)}
    if len(said) == 1:  # (headings naming both, '部门预算执行情况' in a 决算: the tables tell)
        return said == {"决算"}
    final = budget = 0
    for block in blocks:
        texts = [norm(c.value) for r in block.row_numbers()[:40] for c in block.rows[r] if isinstance(c.value, str)]
        if any(_FINAL_WORDS.search(t) for t in texts):
            final += 1
        elif any(_BUDGET_WORDS.search(t) for t in texts):
            budget += 1
    return final > budget


ANNOTATION_TITLE = "govaudit检查结果"
_ANNOTATION_LINE = lazy(r"^(?:共\d+个问题|\[(?:错误|警告|提示)\]|未发现问题)")


def paragraphs(book: Workbook) -> list[TextParagraph]:
    """The document's running text, each paragraph with its place (virtual-sheet cell, page and box).

    The list of findings govaudit puts at the top of an annotated copy (--annotate) is not the document's text: it is
    left out, and the paragraphs after it are numbered as in the original, so that the copy reads as the original.
    The place (Location.paragraph) stays the paragraph's real index in the copy."""
    paras = list(book.paragraphs)
    skip = 0
    if paras and norm(paras[0].text) == ANNOTATION_TITLE:
        skip = 1
        while skip < len(paras) and (not paras[skip].text.strip() or _ANNOTATION_LINE.match(norm(paras[skip].text))):
            skip += 1
    out = []
    for p in paras[skip:]:
        o = p.origin
        loc = construct(Location, file=book.path, sheet=p.sheet, cell=p.cell, paragraph=p.index,
                                  page=o.page if o else None, bbox=o.bbox if o else None)
        out.append(construct(TextParagraph, index=p.index - skip, text=p.text, location=loc, level=p.level))
    return join_paragraphs(out) if book.kind == "word" else out  # one paragraph a printed line (recognize/wrapped.py)


_SENTENCE_AMOUNT = lazy(r"\d\s*(?:万元|亿元|元|%|％)")  # (s19text: 元 too, s18rev r8)



def _is_sentence(text: str) -> bool:
    return len(text) >= 30 and ("。" in text or "万元" in text)


def _is_statement(text: str) -> bool:
    """A sentence of any length that states an amount or a percentage ("收支总计6598.33万元。")."""
    return bool(_SENTENCE_AMOUNT.search(text)) and text.endswith(("。", "；", ";"))


def _brief_narrative(texts: list[str]) -> bool:
    """Short lines that make a 说明: two that state an amount, under a heading or a title of their own ("一、收支总体情况",
    "2019年度部门决算情况说明"), not a list of projects' amounts ("人才引进项目支出120.00万元。") on a sheet of their own."""
    return sum(_is_statement(t) for t in texts) >= 2 and any(
        (HEADING_START.match(t) or "说明" in t) and not _SENTENCE_AMOUNT.search(t) for t in texts)


def _text_rows(sheet: Sheet, blocks) -> list:
    """The text of a sheet that also holds tables: the rows with a single cell, a sentence or a heading (“（三）…”),
    that is no table's title. Only when one of them states an amount or a percentage (a narrative, not the notes
    under the tables such as “本表无数据”)."""
    titles = {b.title_row + i for b in blocks for i in range(b.title_lines)}
    single = []
    for r, row in sorted(sheet.rows().items()):
        if r in titles:
            continue
        filled = None  # the row's one filled cell; stops at a second (most rows: a row of a table)
        for c in row:
            value = c.value
            if value is not None and (value.strip() if type(value) is str else str(value).strip()):
                if filled is not None:
                    break
                filled = c
        else:
            if filled is not None and isinstance(filled.value, str):
                single.append(filled)
    if not any(_is_sentence(c.value.strip()) and _SENTENCE_AMOUNT.search(c.value) for c in single):
        return []  # (checked first: a sheet of tables and forms alone compiles no heading pattern)
    out = []
    for c in single:
        text = c.value.strip()
        if _is_sentence(text) or (HEADING_START.match(text) and len(text) <= 40) or _is_statement(text):
            out.append(c)
    return out


def sheet_paragraphs(path: str, sheets: list) -> list[TextParagraph]:
    """A workbook's running text: the text cells of sheets that hold no table or form (a 情况说明 sheet), in
    reading order (row by row, left to right), each cell a paragraph. A sheet counts only when some cell holds a
    sentence (30 characters or more, with 。 or 万元), or, on a sheet without tables, two short ones that state an
    amount ('本部门2019年度收支总计6598.33万元。': a small unit's brief 说明): a cover or a contents page is not
    narrative. A sheet with tables gives the text rows around them (`_text_rows`): a 情况说明 written on the same
    sheet as the tables."""
    out: list[TextParagraph] = []
    for sheet, blocks in sheets:
        if blocks:
            cells = _text_rows(sheet, blocks)
        else:
            cells = [c for row in sheet.rows().values() for c in row if isinstance(c.value, str) and c.value.strip()]
        groups = wrapped_groups([c.value for c in cells])  # one cell a printed line (recognize/wrapped.py)
        texts = [cells[g[0]].value if len(g) == 1 else join_texts([cells[i].value for i in g]) for g in groups]
        if not any(_is_sentence(t) for t in texts) and (blocks or not _brief_narrative([t.strip() for t in texts])):
            continue
        for g, text in zip(groups, texts):
            loc = construct(Location, file=path, sheet=sheet.name, cell=cells[g[0]].ref)  # a cell, shown as 情况说明!A2
            out.append(construct(TextParagraph, index=len(out) + 1, text=text.strip(), location=loc))
    return out


_BRACKETS = lazy(r"[(（\[【]([^()（）\[\]【】]*)[)）\]】]")


def qualifier(title: str) -> str:
    """What a title's brackets say about the view it gives ('收入决算表（按单位）' → '按单位'), leaving out a
    公开NN表 code, a year and a unit."""
    parts = []
    for m in _BRACKETS.finditer(norm(title)):
        inner = m.group(1)
        if not inner or TABLE_CODE_RE.search(inner) or YEAR_RE.search(inner) or find_unit(inner) or inner == "续":
            continue
        parts.append(inner)
    return "/".join(parts)


def _named(table: Table) -> bool:
    """The table's title holds the name of its kind ('一般公共预算财政拨款支出决算表' for 公开05表): of two tables taken
    for one kind, one so named and one not ('…项目支出决算表', '…支出决算明细表', '国有资本经营预算财政拨款收入支出
    决算表' beside '…支出决算表') are two tables."""
    name = TABLE_NAMES.get(table.kind)
    return name is not None and norm(name) in norm(table.title)


def _rank(table: Table) -> tuple[bool, bool, int]:
    """Which of two tables of a kind is the one to check: the one whose title names its kind, then rows by 科目编码
    (a 收入决算表 按功能分类科目, not 按单位), then the one with more figures."""
    return _named(table), any(r.code for r in table.rows), sum(1 for _ in table.figures())
