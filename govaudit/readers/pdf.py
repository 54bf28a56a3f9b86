"""PDF → virtual sheets of the tables recovered from the text layer, and paragraphs in reading order.

Each page's ruled tables become rows of cells of the sheet "表格" (merged cells as merges, a table continued on
the next page appended to it with its repeated header left out); the text around them (titles, 单位, notes)
sits there too, one row per line or paragraph. Pages without tables are running text: their paragraphs go to
the sheet "正文", so that narrative never runs on inside the last table's rows. Every cell keeps its page and
box (`Origin.page`, `Origin.bbox`: points, origin at the page's top-left corner).
"""

from __future__ import annotations

import re
from govaudit.records import dataclass, field
from pathlib import Path

from govaudit.readers.base import Cell, Origin, Paragraph, ReadError, Sheet, Workbook
from govaudit.readers.pdf_breaks import join_open_cells
from govaudit.readers.pdf_centred import centred_spans
from govaudit.readers.pdf_columns import split_columns, split_side_tables
from govaudit.readers.pdf_cropped import cut_runs
from govaudit.readers.pdf_common import (
    EDGE,
    FIGURE,
    HEADER_GAP,
    SENTENCE,
    TABLE_NO,
    box,
    lead,
    same_title,
    title_key,
    title_like,
)
from govaudit.readers.pdf_indent import cell_indents
from govaudit.readers.pdf_grid import INF, Grid, GridCell, find_grids, group_lines, join_chars
from govaudit.readers.pdf_pin import line_places
from govaudit.readers.pdf_page import Page, read_pages
from govaudit.readers.pdf_spans import spread_wide_labels
from govaudit.readers.pdf_strips import join_strip
from govaudit.readers.pdf_upright import upright_words
from govaudit.readers.pdf_hand_breaks import hand_broken
from govaudit.recognize.untitled import other_kind
from govaudit.readers.pdf_text import (
    Carried,
    Line,
    Margins,
    TABLE_HEAD,
    Piece,
    body_margins,
    continues,
    drop_margins,
    heading_level,
    join_lines,
    join_wrapped_titles,
    mark_table_heads,
    page_lines,
    unruled_tables,
)
from govaudit.text import norm

TABLES_SHEET = "表格"
TEXT_SHEET = "正文"
MIN_TEXT_CHARS = 10  # fewer characters in the whole text layer than this: a scan, or an empty file


def read_pdf(path: Path) -> Workbook:
    pages = read_pages(Path(path))
    if sum(len(p.chars) for p in pages) < MIN_TEXT_CHARS:
        if any(p.images for p in pages):
            raise ReadError("扫描件，没有文字层，无法检查（请使用带文字层的 PDF，或原始的 Excel/Word 文件）")
        raise ReadError("PDF 文件没有文字内容，无法检查")
    return _Layout(str(path)).build(pages)


@dataclass
class _TableState:
    """The table laid out last, so that its continuation on the next page joins it."""

    grid: Grid
    col_map: list[int]  # grid column → virtual column
    lead_texts: set[str]  # the title/unit lines printed just above it (a continuation may repeat them)
    last_page: int
    head: Grid  # the table's first part, whose header rows a continuation may repeat
    head_map: list[int]
    first_row: int  # the virtual rows it fills, first and last
    last_row: int
    title: str | None  # the last title-like line laid out above it (its title, normally)
    first_band: int = 0  # the first band of `grid` laid out (a repeated header above it left out)
    strip: object = None  # the last column strip joined to it (pdf_strips._Placed): where a later strip goes


@dataclass
class _Pending:
    lines: list[Line] = field(default_factory=list)


class _Layout:
    def __init__(self, path: str):
        self.path = path
        self.tables = Sheet(TABLES_SHEET)
        self.text = Sheet(TEXT_SHEET)
        self.next_row = {TABLES_SHEET: 1, TEXT_SHEET: 1}
        self.paragraphs: list[Paragraph] = []
        self.laid = 0  # lines and paragraphs laid out (each one's number: its cells' Origin.paragraph)
        self.current: list[Line] = []  # the paragraph being read
        self.last: str | None = None  # "text" or "grid": what was laid out last
        self.table: _TableState | None = None
        self.unruled = Carried()  # the columns of an unruled table at a page's foot (its next part's)
        self.recent: list[str] = []  # normalised texts of the last lines laid out (a table's title and unit)
        self.grid_pages: set[int] = set()
        self.recent_title: str | None = None  # the last title-like line laid out (the next table's title)
        self.recent_title_row: int | None = None  # its row in the tables' sheet
        self.foot_titles: set[int] = set()  # ids of the lines of a title printed at the foot of a page (_foot_titles)
        self.contents: set[int] = set()  # ids of a contents page's lines (_contents_lines)
        self.entries: list[Line] = []  # the lines of a contents page ruled as a table
        self.label_margins: dict[int, float] = {}  # the table laid out last: its columns' label margins (pdf_indent)

    # ------------------------------------------------------------------ driver
    def build(self, pages: list[Page]) -> Workbook:
        lines_by_page, grids_by_page = [], []
        for page in pages:
            grids, outside = find_grids(page)
            lines = page_lines(page.number, outside)
            join_wrapped_titles(lines)  # (before page furniture is told: '（2019年度）' under each title is none)
            contents = _contents_grid(lines, grids)
            if contents is not None:
                # a contents page ruled as a table: its entries are lines of text like an unruled one's, each made
                # of the table's letters only (a note printed beside a row is no part of its entry) and all of them
                # the contents, whatever is printed beside them
                grids = [g for g in grids if g is not contents]
                entries = page_lines(page.number, [ch for cell in contents.cells for ch in cell.chars])
                self.contents.update(id(ln) for ln in entries)
                self.entries.extend(entries)  # (kept alive, so that no other line ever gets one of their ids)
                lines = sorted(lines + entries, key=lambda ln: ln.top)
            grids_by_page.append(grids)
            lines_by_page.append(lines)
            if grids:
                self.grid_pages.add(page.number)
        drop_margins(pages, lines_by_page)
        for page, lines, grids in zip(pages, lines_by_page, grids_by_page):
            lines[:] = split_side_tables(page.number, split_columns(page.number, page.width, lines, grids), grids)
        margins: dict[int, Margins] = {}
        for width in {round(p.width) for p in pages}:
            same = [ln for p, lines in zip(pages, lines_by_page) if round(p.width) == width for ln in lines
                    if ln.margins is None]  # a column's lines have their own
            margins[width] = body_margins(same, width)
        self.foot_titles = _foot_titles(lines_by_page, grids_by_page)
        for page, lines, grids in zip(pages, lines_by_page, grids_by_page):
            self._page(page, lines, grids, margins[round(page.width)])
        self._flush()
        for sheet in (self.tables, self.text):  # (an unruled table on a page with no ruled one is in the text's)
            sheet.unsure_tables.extend(cut_runs(pages, sheet))  # (a table that lost columns: set aside)
        sheets = [s for s in (self.tables, self.text) if s.cells]
        return Workbook(path=self.path, sheets=sheets or [self.tables], kind="pdf", paragraphs=self.paragraphs)

    def _page(self, page: Page, lines: list[Line], grids: list[Grid], margins: Margins) -> None:
        lines, beside = _side_by_side(page.number, lines, grids)
        for grid in grids:
            _attach_header_lines(grid, lines, grids)
        self.contents |= _contents_lines(lines, grids)
        upright_words(lines)
        unruled_tables(lines, self.unruled, self.contents)
        mark_table_heads(lines, [g.ys[0] for g in grids])
        # top to bottom; the lines of a stretch printed in two columns at its top, left column first
        elements = [(ln.order or (ln.top, 0, 0.0), 0, ln) for ln in lines] + [
            (beside.get(id(g), (g.ys[0], 0, 0.0)), 1, g) for g in grids]
        elements.sort(key=lambda e: e[0])  # stable: a line level with a table's top (listed first) stays above it
        pending = _Pending()
        first = True
        if grids:
            top_grid = min(grids, key=lambda g: g.ys[0])
            above = [ln for ln in lines if ln.bottom <= top_grid.ys[0] + 1]
            joined = join_strip(self, top_grid, above)  # the table's right-hand columns, laid out beside its rows
            if joined or self._column_strip(top_grid, above):
                if not joined:
                    # not read: its columns cannot be told apart from the first part's; the table is set aside whole
                    state = self.table
                    self.tables.cut_tables.append((state.first_row, state.last_row, top_grid.page))
                    state.last_page = top_grid.page  # a long table's next strip may follow on the next page
                dropped = {id(ln) for ln in above} | {id(top_grid)}  # with its repeated title, unit and header lines
                elements = [e for e in elements if id(e[2]) not in dropped]
        for _top, is_grid, el in elements:
            if is_grid:
                if not self._continue_table(el, pending):
                    # a new table straight at the top of the page may still begin with the rest of the last row
                    # of the table before (its title and 部门 rows printed in that table's grid)
                    carried = None if pending.lines else self._carried_over(el)
                    self._lines(pending.lines, margins)
                    self._flush()
                    self._new_table(el, carried)
                pending.lines.clear()
                self.last = "grid"
                first = False
                continue
            if first and self.last == "grid" and self._repeats_lead(el):
                pending.lines.append(el)  # a repeated title above a continued table, or 续表
                continue
            if pending.lines:
                self._lines(pending.lines, margins)
                pending.lines.clear()
            self._line(el, margins)
            first = False
        if pending.lines:
            self._lines(pending.lines, margins)

    # ------------------------------------------------------------------ text
    def _lines(self, lines: list[Line], margins: Margins) -> None:
        """Lines held back above a table (a repeated title, 续表): they never carry on the page before's paragraph."""
        for ln in lines:
            self._line(ln, margins)

    def _line(self, line: Line, margins: Margins) -> None:
        if id(line) in self.contents:
            # a contents page is one paragraph: its entries name every table, and are no title of one
            if not (self.current and id(self.current[-1]) in self.contents):
                self._flush()
            self.current.append(line)
            self.last = "text"
            return
        if self.current and id(self.current[-1]) in self.contents:
            self._flush()  # the contents end here
        if id(line) in self.foot_titles:
            # a table's title (and its 部门/单位 lines) at a page's foot, its table on the next page: rows of their
            # own in the tables' sheet, never the end of a paragraph
            self._flush()
            self.current = [line]
            self.last = "text"
            self._flush()
            return
        if self.current and self.last == "text":
            # the paragraph laid out last is still open: on this page, or at the foot of the page before when
            # nothing of this page has been laid out yet (a table in between would have closed it)
            prev = self.current[-1]
            same_page = prev.page == line.page
            if (same_page or line.page == prev.page + 1) and (
                    continues(prev, line, margins, same_page, self.current[0])
                    or hand_broken(prev, line, margins, same_page, join_lines(self.current))):
                self.current.append(line)
                return
        self._flush()
        self.current = [line]
        self.last = "text"
        if line.columns is not None:
            self._flush()  # a header line of the table below: a row of its own, pieces in that table's columns

    def _flush(self) -> None:
        if not self.current:
            return
        lines, self.current = self.current, []
        self.laid += 1
        index = self.laid
        first = lines[0]
        on_first_page = [ln for ln in lines if ln.page == first.page]
        bbox = box((min(ln.x0 for ln in on_first_page), min(ln.top for ln in on_first_page),
                     max(ln.x1 for ln in on_first_page), max(ln.bottom for ln in on_first_page)))
        text = join_lines(lines)
        sheet = self.tables if first.page in self.grid_pages or id(first) in self.foot_titles else self.text
        row = self._take_rows(sheet, 1)
        if len(lines) == 1 and first.columns is not None:
            pieces = first.pieces if len(first.columns) == len(first.pieces) else _words(first)
            indents = first.indents if first.indents and pieces is first.pieces and len(first.indents) == len(pieces) \
                else [0] * len(pieces)
            for piece, (c1, c2), indent in zip(pieces, first.columns, indents):
                origin = Origin(paragraph=index, page=first.page, bbox=box(piece.bbox))
                shown, before = piece.text, sheet.cells.get((row, c1 + 1))
                if before is not None and (TABLE_NO.match(norm(shown)) or TABLE_NO.match(norm(before.value))):
                    # a table's number beside another piece over one column (the 单位 and '公开04表' over a wide last
                    # column): both kept (of two header words, the later stands, as it always has)
                    shown = f"{before.value}　{shown}"
                    origin = Origin(paragraph=index, page=first.page, bbox=box(_union(
                        sheet.origins[(row, c1 + 1)].bbox, piece.bbox)))
                elif before is not None and _SUBJECT_CODE.fullmatch(norm(before.value)) \
                        and not FIGURE.match(norm(shown)):
                    # a 科目编码 and its name in one column ('科目编码及名称'), parted at the gap between them: one
                    # cell '21303 水利', as a ruled print reads it (the name alone stood, the code lost: the row
                    # named '水利' in one print and '21303 水利' in the other, its level guessed from its name)
                    shown = f"{before.value} {shown}"
                    origin = Origin(paragraph=index, page=first.page, bbox=box(_union(
                        sheet.origins[(row, c1 + 1)].bbox, piece.bbox)))
                self._put(sheet, row, c1 + 1, shown, origin, indent)
                if c2 > c1:
                    sheet.merged.append((row, c1 + 1, row, c2 + 1))
                    for c in range(c1 + 2, c2 + 2):
                        sheet.origins[(row, c)] = origin
        elif len(lines) == 1 and id(first) not in self.contents:
            # a cell per word ("部门：…　单位：万元"); a one-piece line's piece is the line (a line of signatures
            # under a table, a cell per role, is a sign-off row: tables.is_sign_off)
            for col, piece in enumerate(first.pieces, start=1):
                self._put(sheet, row, col, piece.text, Origin(paragraph=index, page=first.page, bbox=box(piece.bbox)))
        else:
            self._put(sheet, row, 1, text, Origin(paragraph=index, page=first.page, bbox=bbox,
                                                  lines=line_places(lines)))
        origin = Origin(paragraph=index, page=first.page, bbox=bbox)
        level = heading_level(text) if len(lines) == 1 else None
        if len(lines) > 1 or not _figures_row(first):
            # (a row of a table's figures is no running text, as a workbook's row of several cells is none; its
            # number is kept, so that the paragraphs after it keep theirs)
            self.paragraphs.append(Paragraph(index=index, text=text, level=level, origin=origin, sheet=sheet.name,
                                             cell=f"A{row}"))
        if sheet is self.tables:
            self.recent = (self.recent + [lead(p.text) for p in first.pieces])[-6:]
            if title_like(text):
                self.recent_title = title_key(text)
                self.recent_title_row = row
            elif self.recent_title_row is None and len(lines) == 1 and TABLE_HEAD.search(text):
                # a 部门/单位 line with no title over it (the title clipped off the page): a new table all the same
                self.recent_title_row = row

    # ------------------------------------------------------------------ tables
    def _new_table(self, grid: Grid, carried: list[int] | None = None) -> None:
        """`carried`: the grid's columns in the table before's virtual columns, when the grid comes straight after
        that table on the next page (its first row may be the rest of that table's last row)."""
        joined = carried is not None and self._join_split_row(grid, 0, carried)
        skip = int(joined)
        start = self._take_rows(self.tables, grid.n_rows - skip)
        col_map = list(range(1, grid.n_cols + 1))
        self.label_margins = {}
        self._put_grid(grid, start - skip, col_map, skip=skip, joined=joined, margins=self.label_margins)
        self.table = _TableState(grid=grid, col_map=col_map, lead_texts=set(self.recent), last_page=grid.page,
                                 head=grid, head_map=col_map, first_row=start,
                                 last_row=start - skip + grid.n_rows - 1, title=self.recent_title)
        if self.recent_title_row is not None:
            self.tables.titled_tables.append((self.recent_title_row, start))
        self.recent = []
        self.recent_title = None
        self.recent_title_row = None

    def _repeats_lead(self, line: Line) -> bool:
        """(Asked only right after a table is laid out: self.table is set.)"""
        texts = [lead(p.text) for p in line.pieces]
        return all(t in self.table.lead_texts or t in ("", "续表", "续") for t in texts)

    def _carried_over(self, grid: Grid) -> list[int] | None:
        """The virtual columns of `grid`'s columns when it may be the table laid out last carried over to the next
        page: nothing laid out since, the same left and right edges. Columns are matched with the table's first
        part: a later part may lack a column's rules, and matching the part after it with that one would put two
        columns into one."""
        state = self.table
        if state is None or self.last != "grid" or self.current or grid.page != state.last_page + 1:
            return None
        prev = state.grid
        if abs(grid.xs[0] - prev.xs[0]) > EDGE or abs(grid.xs[-1] - prev.xs[-1]) > EDGE:
            return None
        head, head_map = state.head, state.head_map
        col_map = []
        for j in range(grid.n_cols):
            centre = (grid.xs[j] + grid.xs[j + 1]) / 2
            k = next((k for k in range(head.n_cols) if head.xs[k] <= centre <= head.xs[k + 1]), None)
            if k is None:
                return None
            col_map.append(head_map[k])
        return col_map

    def _continue_table(self, grid: Grid, pending: _Pending) -> bool:
        """Append `grid` to the table laid out last when it is that table carried over to the next page."""
        col_map = self._carried_over(grid)
        if col_map is None:
            return False
        state = self.table
        if _ends_with_title(state.grid):
            return False  # the next table's title was printed (and ruled) at the foot of the page: a new table
        opening = _opening_title(grid)
        if opening is not None and opening != _opening_title(state.head) and not same_title(opening, state.title):
            return False  # the grid's first row is another table's title (printed inside its grid): a new table
        if other_kind(_head_words(grid), _head_words(state.head)):
            # a grid opening with another table's heads (支出 heads under 收入决算表's): a new table whose title was
            # not printed as text (a picture), under a 部门/单位 line repeating the table before's — never its rest
            return False
        head, head_map = state.head, state.head_map
        unsure = False
        if len(set(col_map)) < len(col_map):
            if _opens_form(grid, titled=True) and _opens_form(head, titled=True):
                return False  # another 绩效自评表 in columns of its own, printed from the next page's head untitled
            if self._refine_head(grid, col_map, figures=_opens_form(head)):
                # the parts laid out so far were only header words (a group header '项目 | 收入预算' left at a page's
                # foot): laid out again in this part's finer columns, which are the table's columns from now on
                head_map = state.head_map  # (the first part's columns, laid out again)
                col_map = list(range(1, grid.n_cols + 1))
                state.head = grid  # a later page repeats this part's header rows, not the group header
                state.head_map = col_map
            else:
                # finer columns under rows already read in coarser ones: two texts of one row would fall into one
                # column, and which of the finer columns a figure read before belongs to is not known
                unsure = _clash(grid, col_map)
        skip = _repeated_header(head, grid, head_map, col_map)
        joined = self._join_split_row(grid, skip, col_map)
        skip += joined
        start = self._take_rows(self.tables, grid.n_rows - skip)
        self._put_grid(grid, start - skip, col_map, skip=skip, joined=joined, margins=self.label_margins)
        if not skip:  # (a part repeating its header has it between the break and the merged cell's rest)
            join_open_cells(self.tables, state.grid, state.last_row - state.grid.n_rows + 1, state.col_map, grid,
                            start, col_map)
        spread_wide_labels(self, grid, start - skip, skip, col_map)  # a label over several columns (pdf_spans.py)
        state.grid, state.col_map, state.last_page = grid, col_map, grid.page
        state.last_row = start - skip + grid.n_rows - 1
        state.first_band = skip - joined  # (a band joined to the row before stands for that row)
        if unsure:
            self.tables.unsure_tables.append((state.first_row, state.last_row, "续页的表格分出了前面没有的列，"
                                              f"第{grid.page}页的数字无法对应到前面的列"))
        return True

    def _refine_head(self, grid: Grid, col_map: list[int], figures: bool = False) -> bool:
        """When the table laid out so far is header words only (no figure; its first part, or several parts in the
        first part's columns) and `grid`, its continuation on the next page, has finer columns (`col_map`: each of
        them in the first part's column that holds its centre, two or more in one): the table's cells are laid out
        again in `grid`'s columns, each over the columns it heads (merged across them), and True. Two of `grid`'s
        columns would otherwise be read as one.
        As a reader sees it, the finer columns' rules define the columns and the first part's rules only group them:
        a rule of the first part that `grid` lacks (printed a little aside, or across a finer column) moves no
        column; a sliver of a column there that holds no finer column's centre goes with the head column beside it
        that heads the finer column nearest its centre (its words, if any, joined to that column's in reading
        order).
        `figures`: the table is a 绩效自评表 (its first row 项目名称), whose blocks are ruled in columns of their own (the
        money lines' label over the two columns that hold 一级 and 二级 below): rows of figures laid out before are laid
        out again too, each ruled cell over the finer columns it spans (a merged cell, its figure in its first), unless
        a figure is in a sliver (a column that holds no finer column's centre: where it belongs is not known)."""
        state = self.table
        head = state.head
        sheet = self.tables
        rows = range(state.first_row, state.last_row + 1)
        # (the table's columns are its first part's, 1…n, as _new_table laid them out: every part since was laid out
        # in them, and columns joined from a strip are none of the first part's)
        if state.strip is not None:
            return False
        slivers = {k for k in range(1, head.n_cols + 1) if k not in col_map}
        if any(FIGURE.match(norm(c.value)) for k, c in sheet.cells.items() if k[0] in rows
               and (not figures or k[1] in slivers)):
            return False  # rows of figures read in the first part's columns keep them
        first, last = [], []  # head column k → the virtual columns first[k]..last[k] (grid's, 1-based)
        for k, (a, b) in enumerate(zip(head.xs, head.xs[1:]), start=1):
            if k not in col_map:  # a sliver: over the columns of the head column that heads the finer column
                # nearest its centre (centres compared doubled)
                k = col_map[min(range(grid.n_cols), key=lambda j: abs(grid.xs[j] + grid.xs[j + 1] - a - b))]
            first.append(col_map.index(k) + 1)
            last.append(len(col_map) - col_map[::-1].index(k))
        # (the table's rows hold its cells only; taken left to right)
        cells = {k: sheet.cells.pop(k) for k in sorted(k for k in sheet.cells if k[0] in rows)}
        origins = {k: sheet.origins.pop(k) for k in [k for k in sheet.origins if k[0] in rows]}
        spans = {(m[0], m[1]): (m[2], m[3]) for m in sheet.merged if m[0] in rows}
        sheet.merged[:] = [m for m in sheet.merged if m[0] not in rows]
        for (r, c), cell in cells.items():
            before = sheet.cells.get((r, first[c - 1]))
            value = cell.value if before is None else f"{before.value} {cell.value}"
            sheet.cells[(r, first[c - 1])] = Cell(r, first[c - 1], value)
            spans.setdefault((r, c), (r, c))
        for (r, c), origin in origins.items():
            for cc in range(first[c - 1], last[c - 1] + 1):
                sheet.origins[(r, cc)] = origin
        # one merge per top-left: a sliver's cell lands on its head column's, and their spans may differ (one merged
        # down, the other not): the merge covers both, never two overlapping ranges
        corners: dict[tuple[int, int], tuple[int, int]] = {}
        for (r, c), (r2, c2) in spans.items():
            low, right = corners.get((r, first[c - 1]), (r, first[c - 1]))
            corners[(r, first[c - 1])] = (max(low, r2), max(right, last[c2 - 1]))
        for (r, f), (r2, l2) in corners.items():  # (the rows' merges were all removed above: none is there twice)
            if r2 > r or l2 > f:
                sheet.merged.append((r, f, r2, l2))
        state.head_map = first
        state.col_map = [first[c - 1] for c in state.col_map]  # the part laid out last (_join_split_row)
        return True

    def _join_split_row(self, grid: Grid, band: int, col_map: list[int]) -> bool:
        """When band `band` of `grid` is the rest of the last row of the table laid out last (_split_row), its
        texts are added to that row's cells, which keep their place (the first page's box): True."""
        state = self.table
        prev = state.grid
        pairs = _split_row(prev, grid, band, state.col_map, col_map)
        if not pairs or any(before.row < state.first_band for before, _rest in pairs):
            return False  # (a last row that only repeated the header was never laid out)
        prev_top = state.last_row - prev.n_rows + 1  # the virtual row of the part before's first band
        places = [(prev_top + before.row, state.col_map[before.col]) for before, _rest in pairs]
        if any(place not in self.tables.cells for place in places):
            return False
        for (r, c), (_before, rest) in zip(places, pairs):
            self.tables.cells[(r, c)] = Cell(r, c, self.tables.cells[(r, c)].value + rest.text)
        return True

    def _column_strip(self, grid: Grid, above: list[Line]) -> bool:
        """Whether the first grid of a page is the right-hand columns of the table on the page before, printed as a
        strip of their own (a wide sheet printed without fitting to the page width): a grid of another width, no
        column of row labels or codes (nothing but figures below its header), and no other table's title above it."""
        state = self.table
        # on the next page, or the one after when the table's lower part ran on unruled (a page of lines only); the
        # table's last page is always before this one (this page's grids are not laid out yet), and no page between
        # had a ruled table (every grid laid out becomes the table laid out last)
        if state is None or grid.page - state.last_page > 2:
            return False
        if self.recent_title is not None and self.recent_title != state.title:
            return False  # another table's title laid out since (at the foot of the page before): a new table
        prev = state.grid
        if abs(grid.xs[0] - prev.xs[0]) <= EDGE and abs(grid.xs[-1] - prev.xs[-1]) <= EDGE:
            return False  # the same width: carried over to this page (or a new table), not a strip
        body = False
        for band in range(grid.n_rows):
            texts = [norm(t) for t in _row_texts(grid, band)]
            figures = [t for t in texts if FIGURE.match(t)]
            if figures:
                body = True
            if body and len(figures) < len(texts):
                return False  # a row label or a code beside the figures: a table of its own
        # above it only what a strip repeats or carries (the title, the unit cut off the first part's line, header
        # lines); another table's title or number, or running text, says a new table
        return not any(SENTENCE.search(ln.text) or TABLE_NO.match(norm(ln.text))
                       or (title_like(ln.text) and not same_title(ln.text, state.title)) for ln in above)

    def _put_grid(self, grid: Grid, start: int, col_map: list[int], skip: int, joined: bool,
                  margins: dict[int, float] | None = None) -> None:
        """`joined`: band skip - 1 was joined to the row before; an empty region merged down from it goes on below.
        `margins`: the table's columns' label margins so far (pdf_indent), when the grid continues it."""
        indents = cell_indents(grid, col_map, margins if margins is not None else {})
        for cell in grid.cells:
            if cell.row < skip and not (joined and cell.row == skip - 1 < cell.row2 and not cell.text):
                continue
            r1, r2 = start + max(cell.row, skip), start + cell.row2
            c1, c2 = col_map[cell.col], col_map[cell.col2]
            origin = Origin(page=grid.page, bbox=box(cell.bbox))
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.tables.origins[(r, c)] = origin
            if cell.text:
                self.tables.cells[(r1, c1)] = Cell(r1, c1, cell.text, indent=indents.get(id(cell), 0))
            if r2 > r1 or c2 > c1:
                self.tables.merged.append((r1, c1, r2, c2))

    # ------------------------------------------------------------------ cells
    def _take_rows(self, sheet: Sheet, n: int) -> int:
        row = self.next_row[sheet.name]
        self.next_row[sheet.name] = row + n  # n = 0: a continued table's part that only repeats its header
        return row

    @staticmethod
    def _put(sheet: Sheet, row: int, col: int, text: str, origin: Origin, indent: int = 0) -> None:
        sheet.cells[(row, col)] = Cell(row, col, text, indent=indent)
        sheet.origins[(row, col)] = origin


def _union(a, b) -> tuple[float, float, float, float]:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _side_by_side(number: int, lines: list[Line], grids: list[Grid]) -> tuple[list[Line], dict[int, tuple]]:
    """Two ruled tables printed side by side, each under its own title (a small department's 政府性基金 table
    beside its empty 国有资本 table): read as a column each, the left one first, as two text columns are. The
    stretch of the page they take (from below the last line above them that runs across the gap between them, to
    the first such line below them) is parted at that gap: its lines are grouped again on each side, so that the
    two titles, printed on one line, are two lines, each above its own table. Returns the page's lines and each of
    the two grids' place in reading order (by id); the page unchanged unless each side has a title above its
    table."""
    for a in grids:
        for b in grids:
            if not (a.xs[-1] < b.xs[0] and a.ys[0] < b.ys[-1] and b.ys[0] < a.ys[-1]) or min(
                    a.n_rows, a.n_cols, b.n_rows, b.n_cols) < 2:
                continue
            gutter = (a.xs[-1] + b.xs[0]) / 2

            def across(ln: Line) -> bool:
                return ln.x0 < gutter < ln.x1 and any(p.bbox[0] < gutter < p.bbox[2] for p in ln.pieces)

            top, bottom = min(a.ys[0], b.ys[0]), max(a.ys[-1], b.ys[-1])
            start = max((ln.bottom for ln in lines if ln.bottom <= top + 1 and across(ln)), default=0.0)
            end = min((ln.top for ln in lines if ln.top >= bottom - 1 and across(ln)), default=INF)
            stretch = [ln for ln in lines if start <= ln.top and ln.bottom <= end and ln.order is None]
            sides = ([ch for ln in stretch for ch in ln.chars if (ch.x0 + ch.x1) / 2 < gutter],
                     [ch for ln in stretch for ch in ln.chars if (ch.x0 + ch.x1) / 2 >= gutter])
            left, right = (page_lines(number, chars) if chars else [] for chars in sides)
            join_wrapped_titles(left)
            join_wrapped_titles(right)
            if not all(any(title_like(ln.text) and ln.bottom <= g.ys[0] + 1 for ln in side)
                       for side, g in ((left, a), (right, b))):
                continue
            for k, side in enumerate((left, right)):
                for ln in side:
                    ln.order = (start, k, ln.top)
            taken = {id(ln) for ln in stretch}
            kept = [ln for ln in lines if id(ln) not in taken] + left + right
            kept.sort(key=lambda ln: ln.top)
            return kept, {id(a): (start, 0, a.ys[0]), id(b): (start, 1, b.ys[0])}
    return lines, {}


_CONTENTS = ("目录", "目次")


def _contents_lines(lines: list[Line], grids: list[Grid]) -> set[int]:
    """The ids of a contents page's lines: its heading (目录, spaced out or not) and the entries below it on the page,
    above any ruled table and up to the first sentence. An entry names a part or a table, often with dotted leaders
    and its page number; entries printed close together may even overlap. Laid out as lines of their own, each
    table's name would read as that table's title, and the text after the last one as its rows. The heading is
    never a header line of the table below it (its letters would go into that table's columns)."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    for i, line in enumerate(ordered):
        if norm(line.text) in _CONTENTS:
            line.columns = None
            out = set()
            # the entries end at the first table below the heading (a box printed beside it, a year's badge, is none)
            bottom = min((g.ys[0] for g in grids if g.ys[0] >= line.bottom), default=INF)
            for entry in ordered[i:]:  # the heading, then its entries
                if entry.top >= bottom:
                    break  # (no line is inside a table)
                if SENTENCE.search(entry.text):
                    break
                out.add(id(entry))
            return out
    return set()


_PAGE_NO = re.compile(r"^\d{1,3}$")


def _contents_grid(lines: list[Line], grids: list[Grid]) -> Grid | None:
    """A ruled table that is a contents page: the first table below a contents heading (目录) with no sentence in
    between, whose cells name parts and tables (no sentence) and hold no figure but page numbers."""
    heading = next((ln for ln in lines if norm(ln.text) in _CONTENTS), None)
    if heading is None:
        return None
    below = [g for g in grids if g.ys[0] >= heading.bottom]  # (lines are never inside a table; a box beside the
    # heading, a year's badge, is not below it)
    if not below:
        return None
    grid = min(below, key=lambda g: g.ys[0])
    if any(heading.bottom <= ln.top < grid.ys[0] and SENTENCE.search(ln.text) for ln in lines):
        return None
    for cell in grid.cells:
        text = norm(cell.text)
        if SENTENCE.search(text) or (FIGURE.match(text) and not _PAGE_NO.match(text)):
            return None
    return grid


def _attach_header_lines(grid: Grid, lines: list[Line], grids: list[Grid]) -> None:
    """Lines printed without rules just above a ruled table (its header, often) are given the table's columns:
    each piece goes to the columns it lies over, so that header words name the right columns."""
    # the nearest table ending above this one (by more than a point) bounds its header lines from above
    floor = max((g.ys[-1] for g in grids if g.ys[-1] < grid.ys[0] - 1), default=0.0)
    candidates = sorted((ln for ln in lines if floor <= ln.top and ln.bottom <= grid.ys[0] + 1),
                        key=lambda ln: ln.top, reverse=True)
    edge = grid.ys[0]
    x0, x1 = grid.xs[0] - EDGE, grid.xs[-1] + EDGE
    for line in candidates:
        if edge - line.bottom > HEADER_GAP * line.height or line.x0 < x0 or line.x1 > x1:
            break
        if SENTENCE.search(line.text):
            break  # running text (its commas, full stops): neither it nor what is above it is a header
        # a column span for each of the line's words (_words) when they fall in columns of their own, else for
        # each of its pieces (the line keeps its pieces: a repeated title is told by them)
        words = _words(line)
        spans = _spans(grid, words) if len(words) > len(line.pieces) else None
        columns = spans or [_span(grid, p.bbox) for p in line.pieces]
        if any(a == b for a, b in zip(columns, columns[1:])):
            break  # two pieces over one same column ('编制部门：… 单位：万元' over a one-column band): no header line
        columns = centred_spans(grid.xs, [p.bbox for p in (words if spans else line.pieces)], columns)
        line.columns = columns
        edge = line.top


WORD_GAP = 0.8  # character heights: a space this wide (an ideographic space) parts two words of a line


def _figures_row(line: Line) -> bool:
    """A line laid out in a table's columns, two cells or more, one of them a figure standing alone ('21.20',
    '21.20万元'): a row of an unruled table."""
    return line.columns is not None and len(line.columns) > 1 and any(
        FIGURE.match(p.text.removesuffix("元").removesuffix("万")) for p in line.pieces)


def _words(line: Line) -> list[Piece]:
    """A line's pieces, each parted further where a space as wide as a character stands between two words of two
    characters or more ('项目名称　就业创业服务能力建设': a label and its value typed in one paragraph); a heading
    spaced out one character at a time ('合　计') stays whole."""
    out = []
    gap = WORD_GAP * line.height
    for piece in line.pieces:
        x0, _t, x1, _b = piece.bbox
        chars = [ch for ch in line.chars if x0 <= (ch.x0 + ch.x1) / 2 <= x1]
        # a cut leaves two characters or more on each side: after the first two, before the last two
        cuts = [i for i in range(2, len(chars) - 1) if chars[i].x0 - chars[i - 1].x1 > gap]
        cuts = [i for k, i in enumerate(cuts) if i - ([0] + cuts)[k] >= 2] if cuts else []
        if not cuts:
            out.append(piece)
            continue
        for a, b in zip([0] + cuts, cuts + [len(chars)]):
            part = chars[a:b]
            out.append(Piece(join_chars(part), (part[0].x0, min(c.top for c in part), max(c.x1 for c in part),
                                                max(c.bottom for c in part))))
    return out


def _spans(grid: Grid, pieces: list[Piece]) -> list[tuple[int, int]] | None:
    """Each piece's columns (_span); a column two neighbouring pieces both lie over goes to the one covering more
    of it, so that a label and the value beside it ('项目名称 | 5100…') never share a cell. None when two pieces
    lie within one column."""
    spans = [list(_span(grid, p.bbox)) for p in pieces]
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        if a[1] < b[0]:
            continue
        if a[0] == a[1] == b[0] == b[1]:
            return None
        j = b[0]
        lo, hi = grid.xs[j], grid.xs[j + 1]
        left = min(hi, pieces[k].bbox[2]) - max(lo, pieces[k].bbox[0])
        right = min(hi, pieces[k + 1].bbox[2]) - max(lo, pieces[k + 1].bbox[0])
        if (right >= left and a[0] < a[1]) or b[0] == b[1]:
            a[1] = j - 1
        else:
            b[0] = j + 1
    if any(a[1] >= b[0] for a, b in zip(spans, spans[1:])):
        return None
    return [(a, b) for a, b in spans]


def _span(grid: Grid, bbox) -> tuple[int, int]:
    """The grid columns a piece of text lies over: those it covers a good part of, or the one holding its centre."""
    px0, _t, px1, _b = bbox
    cols = []
    for j in range(grid.n_cols):
        a, b = grid.xs[j], grid.xs[j + 1]
        overlap = min(b, px1) - max(a, px0)
        if overlap > 0.25 * (b - a) or overlap > 0.5 * (px1 - px0):
            cols.append(j)
    centre = (px0 + px1) / 2
    if not cols:
        cols = [min(range(grid.n_cols), key=lambda j: abs((grid.xs[j] + grid.xs[j + 1]) / 2 - centre))]
    if len(cols) == 1:
        # a short word centred on a column line heads the two columns either side of it (merged, unruled). (Open: a
        # word wholly inside a narrow column, '项' set left just right of the 款|项 rule by LibreOffice, is read so
        # too; requiring the word to cross the line broke the header tests of test_mutation_pdf/s10: lead s29)
        j = cols[0]
        a, b = grid.xs[j], grid.xs[j + 1]
        if j > 0 and centre - a < 0.15 * (b - a):
            cols = [j - 1, j]
        elif j + 1 < grid.n_cols and b - centre < 0.15 * (b - a):
            cols = [j, j + 1]
    return cols[0], cols[-1]


TITLE_ROWS = 4  # a title at a page's foot has at most its year, department and unit lines below it


def _foot_titles(lines_by_page: list[list[Line]], grids_by_page: list[list[Grid]]) -> set[int]:
    """The lines of a table's title printed at the foot of a page without tables, the table itself starting the next
    page: the title line ('…表', short, no sentence) and the year/部门/单位 lines below it, at the very end of the page,
    when the next page begins with a ruled table (nothing above it but a few header lines, no title of its own)."""
    out: set[int] = set()
    for k in range(len(lines_by_page) - 1):
        nxt = grids_by_page[k + 1]
        if grids_by_page[k] or not nxt or not lines_by_page[k]:
            continue
        top = min(g.ys[0] for g in nxt)
        above = [ln for ln in lines_by_page[k + 1] if ln.bottom <= top + 1]
        if len(above) > TITLE_ROWS or any(SENTENCE.search(ln.text) or title_like(ln.text) for ln in above):
            continue
        tail = []
        for line in sorted(lines_by_page[k], key=lambda ln: ln.top, reverse=True)[:TITLE_ROWS + 1]:
            if SENTENCE.search(line.text):
                break
            tail.append(line)
            if title_like(line.text):
                out.update(id(ln) for ln in tail)
                break
    return out


def _ends_with_title(grid: Grid) -> bool:
    """Whether the last rows of a table's part on a page, below its last figure, hold a table's title ("…表",
    short, no sentence): a print that rules every row puts the next table's title into the grid above it, and
    the grid on the next page is then that next table, not this one carried over."""
    for band in range(grid.n_rows - 1, max(grid.n_rows - 1 - TITLE_ROWS, -1), -1):
        texts = _row_texts(grid, band)
        if any(FIGURE.match(norm(t)) for t in texts):
            return False  # a row of figures: the table's own body
        if any(title_like(t) for t in texts):
            return True
    return False


def _opening_title(grid: Grid) -> str | None:
    """The title printed in a grid's first row, as its only text (an Excel print whose bordered range starts at the
    title row), without a trailing '（续）' or number; None when that row holds no title."""
    texts = _row_texts(grid, 0)
    return title_key(texts[0]) if len(texts) == 1 and title_like(texts[0]) else None


# (a 部门整体支出绩效自评表 is named by its department: before s28 only '项目名称' counted, and a 部门 form ruled with
# money lines merged over the columns its indicators split lost a column on the next page — 得分 and 偏差原因 read
# as one, every indicator's score gone: a false PRF104. '单位名称' alone is left out: other tables open with it.)
FORM_NAME_LABELS = frozenset({"项目名称", "部门名称", "部门(单位)名称", "部门（单位）名称"})


def _opens_form(grid: Grid, titled: bool = False) -> bool:
    """Whether a grid's first row begins with the form's name label, '项目名称' or '部门名称' (the first row of a
    绩效自评表). `titled`: or the grid opens with the form's title ('部门预算项目绩效自评表', ruled into the grid by a
    print of the whole sheet, LibreOffice's) and its name label follows in its first or second cell ('一、基本情况 |
    项目名称 | …') within the next TITLE_ROWS bands, none holding a figure: every such page is a form of its own."""
    texts = _row_texts(grid, 0)
    if bool(texts) and norm(texts[0]) in FORM_NAME_LABELS:
        return True
    if not titled or _opening_title(grid) is None:
        return False
    for band in range(1, min(grid.n_rows, TITLE_ROWS + 2)):
        texts = [norm(t) for t in _row_texts(grid, band)]
        if any(FIGURE.match(t) for t in texts):
            return False
        if any(t in FORM_NAME_LABELS for t in texts[:2]):
            return True
    return False


def _head_words(grid: Grid) -> str:
    """The texts of a grid's top bands down to its first band holding a figure, joined (its heads)."""
    out: list[str] = []
    for band in range(grid.n_rows):
        texts = _row_texts(grid, band)
        if any(FIGURE.match(norm(t)) for t in texts):
            break
        out += texts
    return "".join(out)


def _row_texts(grid: Grid, band: int) -> list[str]:
    """The texts of the cells that start in one band of a grid."""
    return [c.text for c in grid.cells if c.row == band and c.text]


def _clash(grid: Grid, col_map: list[int]) -> bool:
    """Whether two cells with text in one band of `grid` start in one virtual column (`col_map`): laid out so, one
    would be lost."""
    seen = set()
    for cell in grid.cells:
        if cell.text:
            key = (cell.row, col_map[cell.col])
            if key in seen:
                return True
            seen.add(key)
    return False


def _repeated_header(prev: Grid, grid: Grid, prev_map: list[int], col_map: list[int]) -> int:
    """How many top rows of a continued table repeat its first part's header rows."""
    def band(g: Grid, i: int, cmap: list[int]) -> list[tuple[int, str]]:
        return sorted((cmap[c.col], norm(c.text)) for c in g.cells if c.row == i and c.text)

    n = 0
    while n < min(grid.n_rows, prev.n_rows, 8):
        mine = band(grid, n, col_map)
        if not mine or mine != band(prev, n, prev_map):
            break
        n += 1
    return n


# a figure broken in two is one figure again: thousands separators in their places, at most two decimals (an
# amount's last two decimals followed by more digits would be two figures run together)
_SUBJECT_CODE = re.compile(r"\d{3}(?:\d{2}){0,2}")  # a 功能分类 科目编码: 类, 款 or 项
_ONE_FIGURE = re.compile(r"^[-−(（]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?[)）]?%?$")
_NUMERIC = re.compile(r"^[-−(（]?[\d,.]+[)）]?%?$")
# an item's number starts a row of its own, never the rest of the line above: 十二、 （三） 3. 3、 第三
_ITEM_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十\d]+)")
_NUMERALS = re.compile(r"[一二三四五六七八九十]+|[(（]?\d*")  # unless the line above is its first numerals ('十')


def _split_row(prev: Grid, grid: Grid, band: int, prev_map: list[int],
               col_map: list[int]) -> list[tuple[GridCell, GridCell]] | None:
    """The cells to join when band `band` of `grid` (the first row of a table's part on the next page, below any
    repeated header) is the rest of `prev`'s last row: a Word table whose rows may break across pages (LibreOffice's
    and Word's default) prints a row's first lines at the foot of one page and the rest at the top of the next,
    each part ruled as a row of its own ('社会保' | '305.1' there, '障和就业支出' | '7' here). Both parts are ruled,
    so it is told from where the texts sit: every cell with text in this row carries on a cell of that last row
    (the same columns) whose text reaches the row's last line and fills it (the next character would not have
    fitted), and no text here is merged down over further rows. None otherwise: a fresh row has a label or a figure
    under a cell that ended short of the line's end or above the row's last line, or two figures, or the next
    item's number."""
    if band >= grid.n_rows:
        return None
    last = prev.n_rows - 1
    ends = {}
    for cell in prev.cells:
        if cell.row2 == last and cell.chars:
            ends[(prev_map[cell.col], prev_map[cell.col2])] = cell
    if not ends:
        return None
    row_foot = max(max(ch.bottom for ch in c.chars) for c in ends.values())
    pad = _padding(prev, grid)
    pairs = []
    for cell in grid.cells:
        if cell.row != band:
            continue
        if not cell.chars:
            continue  # (an empty cell reaching further down: the rest of a region merged down the page before)
        if cell.row2 != band:
            return None  # text reaching further down: this row's own label or figure, merged down
        before = ends.get((col_map[cell.col], col_map[cell.col2]))
        if before is None:
            return None  # text under an empty cell (or under other columns): a row of its own
        tail = group_lines(before.chars, 0.5)[-1]
        head = group_lines(cell.chars, 0.5)[0]
        height = max(ch.height for ch in tail)
        if max(ch.bottom for ch in tail) < row_foot - 0.5 * height:
            return None  # the cell's text ended above the row's last line: it was complete
        inner = before.bbox[2] - before.bbox[0] - 2 * pad
        if max(ch.x1 for ch in tail) - min(ch.x0 for ch in tail) + _first_unit(head) <= inner:
            return None  # its next character would have fitted on the line: the cell's text ended there
        if _NUMERIC.match(before.text) and _NUMERIC.match(cell.text):
            if not _ONE_FIGURE.match(before.text + cell.text):
                return None  # two figures ('41.83', '10.00'), not one broken in two
        elif _ITEM_START.match(norm(cell.text)) and not _NUMERALS.fullmatch(norm(before.text)):
            return None  # '十一、城乡社区支出' filled its last line, and '十二、…' is the next item ('十' + '九、…' is one)
        pairs.append((before, cell))
    return pairs or None


_NO_LINE_START = set("，。、；：？！）」』】》〉”’,.;:?!)]}%…")  # punctuation a line may not begin with
_NO_LINE_END = set("（「『【《〈“‘([{")  # an opening bracket or quote, which may not end a line


def _first_unit(line) -> float:
    """The width of what a line's wrapping moved down first: its first character, with the punctuation after it that
    may not begin a line ('位：' moves down whole when only '位' would fit); an opening bracket moves down with what
    it opens ('（室）' moves down whole when only '（' would fit: '政府办公厅' + '（室）及相关机构事务')."""
    end = 1
    while end < len(line) and line[end - 1].text in _NO_LINE_END:
        end += 1
    first = line[end - 1]  # (the first character that is not an opening bracket)
    while end < len(line) and line[end].text in _NO_LINE_START and not first.text.isascii():
        end += 1
    return line[end - 1].x1 - line[0].x0


def _padding(*grids: Grid) -> float:
    """The smallest space between a cell's left rule and its text in these grids: the cells' inner margin."""
    gaps = [min(ch.x0 for ch in c.chars) - c.bbox[0] for g in grids for c in g.cells if c.chars]
    return max(0.0, min(gaps)) if gaps else 0.0
