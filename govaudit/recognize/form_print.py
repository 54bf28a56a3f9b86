"""Where a 绩效自评表's cells stand in a PDF printed without ruling lines or broken over pages: the money lines placed
under their header's words by where they are printed (a part on a page after the header's is laid out in that page's
columns), the money block's label and breakdown headings centred down their rows, an indicator table's 分值/得分 read
from the column beside their header word. A mixin of forms.FormBuilder (moved from forms.py, session 24: no change)."""

from __future__ import annotations

from govaudit.readers.base import Cell
from govaudit.recognize import form_specs as fs
from govaudit.recognize.text import ImplausibleNumber, NotANumber, parse_number
from govaudit.text import norm

AMOUNT_COLUMNS = ("initial", "budget", "arrived", "executed")


class PrintedPlacement:
    """FormBuilder's helpers for a PDF's layout (self.sheet, self.by_row, self.rows, self.merged, self.under_word:
    FormBuilder's)."""

    def page_of(self, r: int) -> int | None:
        """The page a row of a PDF's sheet is printed on (None: a workbook's or a Word document's row)."""
        pages = self.__dict__.get("_pages")
        if pages is None:
            pages = self._pages = {}
            for (row, _c), o in self.sheet.origins.items():
                if o.page is not None:
                    pages.setdefault(row, o.page)
        return pages.get(r)

    def _left_of_lines(self, r: int, lines: list[tuple[int, Cell, str]]) -> bool:
        """Row r of a PDF holds text only, no figure, all of it left of the money lines' labels: what the money
        block's own label ('项目资金（万元）'), merged down the block's left edge, prints as when the print has no rules
        and centres it in its rows — between two lines when the rows are even in number."""
        row = self.by_row[r]
        first = min(c.col for _r, c, _k in lines)
        return self.page_of(r) is not None and all(
            c < first and isinstance(cell.value, str) and not is_number(cell.value) for c, cell in row.items())

    def _centred_label(self, aside: list[int], header: int, lines: list[int]) -> bool:
        """The rows `aside` (_left_of_lines, one after another) are one label centred down the money block: their
        middle is the middle of the block's rows printed on their page — from its header row or from its first line
        to its last line — within half a line's pitch. Only then are they passed over; any other such text ends the
        lines."""
        origins = self.sheet.origins
        if aside != list(range(aside[0], aside[0] + len(aside))):
            return False  # (two such texts apart: not one label)

        def box(r):
            return next((o.bbox for c in self.by_row[r] if (o := origins.get((r, c))) is not None and o.bbox), None)

        page = self.page_of(aside[0])
        spans = [box(r) for r in aside]
        here = [b for r in lines if self.page_of(r) == page and (b := box(r)) is not None]
        if any(b is None for b in spans) or len(here) < 2:
            return False
        middle = (min(b[1] for b in spans) + max(b[3] for b in spans)) / 2
        pitch = min((b2[1] - b1[1] for b1, b2 in zip(here, here[1:]) if b2[1] > b1[1]), default=0)
        head = box(header) if self.page_of(header) == page else None
        tops = [here[0][1]] + ([head[1]] if head is not None else [])
        return any(abs(middle - (top + here[-1][3]) / 2) <= pitch / 2 for top in tops)

    def _placed_under(self, header: int, kinds: dict[int, str], lines: list[tuple[int, Cell]],
                      label_cols: set[int], used: set[int]) -> dict[int, dict[str, Cell]]:
        """{row: {kind: cell}} for the money lines of a PDF printed without rules whose columns are not the header's:
        printed on a page after their header's, without the header again (the form broken after the header or its
        first lines: that page's part is laid out in columns of its own), or with a cell in no column the lines are
        read from (a first page holding one or two money lines: columns from its header words and those few figures,
        a figure right of its header word in a column of its own). Each cell right of the line's label is placed by
        where it is printed: under the last header word whose middle lies left of the cell's right end (a header
        word stands centred in its cell, a figure at its cell's right or in its middle), or, in a print whose figures
        stand at their cells' left, under the first whose middle lies right of its left end. Only when every such line
        places each cell under a money header of its own; otherwise ({}) the lines are read in their columns."""
        page = self.page_of(header)
        if page is None:
            return {}
        # (a header printed on three lines, form_subheads.printed_parts: every line is placed, its columns cut from
        # figures and words that do not line up with the parts')
        every = self.printed_parts is not None
        moved = [(r, label_cell) for r, label_cell in lines if self.page_of(r) is not None and (
            every or self.page_of(r) != page or any(c not in used for c in self.by_row[r]
                                                     if c > label_cell.col and c not in label_cols))]
        # (figures printed at their cells' left lie left of their header word's middle: placed by their left end;
        # which end first is told by how the figures line up, the other tried when a line fits none of its words)
        left = self._figures_left_aligned([(r, c) for r, c in lines if self.page_of(r) is not None], label_cols)
        for by_left in (left, not left):
            # (a text, '/' in a part's 分值, placed as the figures are, or else by its left end: Excel sets text at
            # its cell's left whichever way the figures stand)
            out = {r: self._under_heads(header, kinds, r, label_cell.col, label_cols, by_left)
                   or self._under_heads(header, kinds, r, label_cell.col, label_cols, by_left, text_left=True)
                   for r, label_cell in moved}
            if all(got is not None for got in out.values()):
                return out
        return {}

    def _figures_left_aligned(self, lines: list[tuple[int, Cell]], label_cols: set[int]) -> bool:
        """The money lines' figures are printed at their cells' left (Word's default), not at their right or middle:
        more pairs of them start at one x and end apart than end at one x and start apart."""
        boxes = [o.bbox for r, label_cell in lines for c, cell in self.by_row[r].items()
                 if c > label_cell.col and c not in label_cols and is_number(str(cell.value))
                 and (o := self.sheet.origins.get((r, c))) is not None and o.bbox is not None]
        starts = ends = 0
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                same_start, same_end = abs(a[0] - b[0]) < 0.5, abs(a[2] - b[2]) < 0.5
                starts += same_start and not same_end
                ends += same_end and not same_start
        return starts > ends

    def _under_heads(self, header: int, kinds: dict[int, str], r: int, after: int,
                     skip: set[int] = frozenset(), left: bool = False,
                     text_left: bool = False) -> dict[str, Cell] | None:
        """Row r's cells right of column `after` (but `skip`), each under the last of the header row's words whose
        middle lies left of the cell's right end (a figure at its cell's right or middle), or, `left`-aligned (and any
        text, `text_left`), under the first whose middle lies right of the cell's left end; by kind; None when two
        fall under one word, or one under none (a text under a word that heads no money column is passed over)."""
        origins = self.sheet.origins
        printed = self.printed_parts
        heads = list(printed.heads) if printed is not None else []  # (middle, kind) of the header words, left to right
        # (the header's words that head no money column, '未执行原因', are heads too, of kind None: a line's text
        # under one is no figure of a money column, and is passed over — not laid under the money word left of it)
        for c in self.by_row[header] if printed is None else ():
            o = origins.get((header, c))
            if o is not None and o.bbox is not None and isinstance(self.merged.value(header, c), str) \
                    and norm(self.merged.value(header, c)) and (c in kinds or c > min(kinds, default=c)):
                heads.append(((o.bbox[0] + o.bbox[2]) / 2, kinds.get(c)))
        heads.sort(key=lambda h: h[0])
        if not any(kind for _m, kind in heads):
            return None
        got: dict[str, Cell] = {}
        for c, cell in self.by_row[r].items():
            o = origins.get((r, c))
            if c <= after or c in skip or o is None or o.bbox is None:
                continue
            figure = is_number(str(cell.value))
            if left or text_left and not figure:
                under = [kind for middle, kind in heads if middle > o.bbox[0]][:1]
            else:
                under = [kind for middle, kind in heads if middle < o.bbox[2]][-1:]
            if under == [None] and not figure:
                continue
            if not under or under[0] is None or under[0] in got:
                return None
            got[under[0]] = cell
        return got

    def _figures_beside_heads(self, header: int, cols: dict[str, list[int]], first: dict[str, int]) -> None:
        """A PDF's indicator table printed without rules, its part laid out in columns of its own (a page after the
        form's first): a figure right-aligned in a wide cell lies right of its header word ('得分'), in a column the
        header's blank beside it heads. When nothing at all stands under the word's own column and the column beside
        it (of the same kind, heading no other) holds the figures, that column is the kind's."""
        below = []  # the indicator rows (the 总分 row under them may hold its figure under the word itself)
        for r in (r for r in self.rows if r > header):
            if any(fs.ends_indicators(t) for t in self.texts(r)) or self._score_label(r) is not None:
                break
            below.append(r)
        taken = set(first.values())
        for k in ("weight", "score"):
            # (figures under the word's own column in fewer than half the rows, as a 分值 column is filled: a
            # 实际完成值 wider than its cell, '96万元' right-aligned under 分值, is not the 分值's — s15.GX broken under
            # its money header read it as the one 分值, the others blank, PRF101)
            own = sum(1 for r in below if first.get(k) in self.by_row[r])
            if k not in first or 2 * own >= len(below):
                continue
            beside = next((c for c in cols[k][1:] if c not in taken
                           and any(c in self.by_row[r] and is_number(str(self.by_row[r][c].value)) for r in below)),
                          None)
            if beside is None:
                beside = self._figures_left_of_head(first[k] - 1, header, below, taken)
            if beside is not None:
                self.under_word[k] = first[k]  # (where the 总分 row's figure, wider, may still stand: read_total)
                first[k] = beside
        self._pair_right_of_heads(cols, first, below, taken)

    def _pair_right_of_heads(self, cols: dict[str, list[int]], first: dict[str, int], below: list[int],
                             taken: set[int]) -> None:
        """'分值 | 得分' side by side, each word set at its cell's left and each figure at its cell's right: in columns
        laid from the figures the 得分 word may lie nearer the 分值 figures' column than its own (a long 实施单位 above
        widening the cells: session 27, GX) — the 分值 word over an empty column, the 得分 word over the 分值 figures,
        the 得分 figures in a blank-headed column right of it. Read as printed, the 分值 figures were the 得分 and no
        分值 was read (false PRF101, PRF104). When the 分值 word's column is empty in every indicator row, and the
        column under the 得分 word and a blank-headed one right of it each hold figures and nothing else in half the
        rows at least, 分值 moves to the 得分 word's column and 得分 to that one."""
        w, s = first.get("weight"), first.get("score")
        if w is None or s != w + 1 or any(w in self.by_row[r] for r in below):
            return

        def figures(c):
            held = [self.by_row[r][c] for r in below if c in self.by_row[r]]
            return 2 * len(held) >= len(below) > 0 and all(is_number(str(cell.value)) for cell in held)

        # (the 得分 figures' column: the first of the blank-headed ones right of the word holding figures, those
        # between it and the word empty in every indicator row — a column the money lines' figures alone make)
        rest = [c for c in cols.get("score", [])[1:] if c not in taken]
        nxt = next((c for c in rest if figures(c)), None)
        if nxt is None or not figures(s) or any(c in self.by_row[r] for r in below for c in range(s + 1, nxt)):
            return
        self.under_word.update(weight=w, score=s)
        first["weight"], first["score"] = s, nxt

    def _figures_left_of_head(self, c: int, header: int, below: list[int], taken: set[int]) -> int | None:
        """The column left of a 分值/得分 word whose own column is empty, when the header prints nothing over it and it
        holds figures and nothing else in the indicator rows: figures printed at the left of a wide cell whose word
        stands centred further right (Word's default alignment; '偏差原因 | 改进措施 | 得分' with 得分 merged over two
        columns, laid in a page's own columns: session 25, the indicators' scores not read, a false PRF104)."""
        if c in taken or c < 0 or (self.by_row[header].get(c) is not None and norm(str(self.by_row[header][c].value))):
            return None
        # (in half the indicator rows at least, as a 分值/得分 column is filled: not a stray 实际完成值 '1.15万元' pushed
        # left of its own column)
        held = [self.by_row[r][c] for r in below if c in self.by_row[r]]
        return c if 2 * len(held) >= len(below) > 0 and all(is_number(str(cell.value)) for cell in held) else None

    def _part_label_placed(self, r: int, header: int, kinds: dict[int, str], after: int) -> Cell | None:
        """_part_label for a line printed on a page after its header's, in that page's columns: its amount is a
        number printed right of the first amount header word's middle, its label a short text left of that."""
        origins = self.sheet.origins
        mids = [(o.bbox[0] + o.bbox[2]) / 2 for c, k in kinds.items() if k in AMOUNT_COLUMNS
                and (o := origins.get((header, c))) is not None and o.bbox is not None]
        numbers = [c for c, cell in self.by_row[r].items() if c > after and is_number(str(cell.value))
                   and (o := origins.get((r, c))) is not None and o.bbox is not None and mids and o.bbox[2] > min(mids)]
        if not numbers:
            return None
        for c, cell in self.by_row[r].items():
            if c >= numbers[0]:
                break
            if c <= after or not isinstance(cell.value, str) or not norm(cell.value) or is_number(cell.value):
                continue
            t = fs.clean(cell.value)
            return None if len(t) > 24 or fs.is_stop(cell.value) or "率" in t or "指标" in t or "目标" in t else cell
        return None

    def _total_col(self, row: dict[int, Cell], first: dict[str, int], kind: str) -> int:
        """The column of the 总分 row that holds `kind` (分值, 得分): the indicators' own, or, when they were read from
        the column beside the header word (_figures_beside_heads) and the 总分 row has nothing there, the word's own
        column: its figure, wider, printed right-aligned in the same cell, reaches under the word."""
        col, word = first[kind], self.under_word.get(kind)
        return word if word is not None and col not in row and word in row else col


def _centred_headings(alone: list[tuple[int, Cell]], lines: list[tuple[int, Cell, str]],
                      headed: dict[tuple[int, int], str]) -> None:
    """Breakdown headings ('按收入性质分') in a column of their own left of the lines' labels, merged down beside their
    parts, printed without rules: each stands centred among its parts, on a row of its own between them, not on its
    first part's row. When each has as many lines above it (after the 总额 line, or the heading before's parts) as
    below it (before the next), its breakdown begins with the first of those above (`headed` moved there); else the
    lines are left as read (the heading over the parts below it, as printed at their top)."""
    rows = [r for r, _c, _k in lines]
    label_col = {r: c.col for r, c, _k in lines}
    if not lines or lines[0][2] != "total" or any(head.col >= min((c.col for _r, c, _k in lines[1:]), default=0) for _r, head in alone):
        return  # (a heading in its parts' labels' own column heads the lines below it)
    start = 1  # (lines[0] is the 总额 line)
    moves = []
    for k, (r, _head) in enumerate(alone):
        end = alone[k + 1][0] if k + 1 < len(alone) else float("inf")
        above = [x for x in rows[start:] if x < r]
        below = [x for x in rows[start:] if r < x < end][:len(above)]
        if not above or len(below) != len(above):
            return
        moves.append((below[0], above[0]))
        start = rows.index(below[len(above) - 1]) + 1
    if start != len(rows):
        return  # (lines left under none of the headings)
    for old, new in moves:
        if (old, label_col[old]) not in headed:
            return
    for old, new in moves:
        headed[new, label_col[new]] = headed.pop((old, label_col[old]))


def is_number(text: str) -> bool:
    """Whether a cell's text is a figure (a 绩效自评表's amount, score or rate as printed): shared by forms.py and
    form_subheads.py."""
    try:
        return parse_number(text, "General") is not None
    except (NotANumber, ImplausibleNumber):
        return False
