"""公开07表 “三公”经费: 预算数 and 决算数 of six columns, in one row of twelve or in two stacked blocks."""

from __future__ import annotations

from govaudit.model import CellIssue, Column, Row, Table, table_label
from govaudit.model.trusted import construct
from govaudit.cellref import a1
from govaudit.recognize import column_groups, specs
from govaudit.recognize.column_groups import band, change_kind, of_spending
from govaudit.recognize.grid import (Block, Meta, is_lineno_row, is_numeric_cell, read_meta, read_unit_line,
                                     said_in_words, text_of, title_ref)
from govaudit.recognize.tables import (_PRIOR_YEAR, TableBuilder, classify_columns, column_key, foot_department,
                                      header_paths, is_note, is_prior_year, keep_note, locate_header)
from govaudit.lazyre import lazy
from govaudit.recognize.text import find_year
from govaudit.text import strip_numbering

# '实际支出数', '执行数': what was spent, as some provinces head the 决算 columns
PERIODS = (("预算", "budget"), ("决算", "final"), ("实际", "final"), ("执行数", "final"))
_YEAR_BAND = lazy(r"(?:19|20)\d{2}年度?(\S{1,4}数)")  # '2019年决算数': a band named with its year
PERIOD_LABELS = {"budget": "预算数", "final": "决算数", "prior": "上年决算数"}


def _period(words: list[str]) -> str | None:
    for part in reversed(words):
        for word, key in PERIODS:
            if word in part:
                return key
    return None


def _item_label(path: list[str]) -> str:
    """The header naming the 三公 item ('公务接待费'), not the 预算数/决算数 under it."""
    items = [p for p in path if not _period([p])]
    return items[-1] if items else (path[-1] if path else "")


def _item_key(text: str, kind: str = "07") -> str | None:
    """'其中：公务用车购置费' → 'car_purchase': the 三公 item a row label names (kind: 07, or B09's item words)."""
    t = strip_numbering(text)
    for prefix in ("其中:", "其中：", "其中"):
        if t.startswith(prefix):
            t = strip_numbering(t[len(prefix):])
            break
    return column_key([t], specs.COLUMN_WORDS[kind]) if t else None


def build_sanshi_by_rows(block: Block, file: str, kind: str = "07",
                         builder_class=TableBuilder) -> tuple[Table | None, list[CellIssue]] | None:
    """The items as rows (项目 | 预算数 | 决算数 [| 增减…]): None when the block is not laid out so.

    Recognised by its header: columns named by a period (预算/决算) and none naming a 三公 item; each row is an
    item named in the label column(s). A row without an item name is left out, whatever it holds.
    kind: 07, or B09 (the 预算 三公 table, built by budget_tables' builder: its only row is the 预算数, key budget)."""
    builder = builder_class(block, file)
    header, data_start = locate_header(block, kind, builder.meta)
    if not header:
        return None
    builder.settle_unit(header)  # before any figure is made: a unit only in the title or the heads is theirs too
    cols = sorted({c.col for r in block.row_numbers() for c in block.rows[r]})
    paths = header_paths(block, header, cols)
    # ('上年决算数 | 本年预算数 | 本年决算数': last year's column is no period of this year's, s18rev r15/r16)
    # a change column ('增减额', '2026年预算数比2025年预算数增减'): no period's figure, whatever year it names
    changes = {c: p for c, p in paths.items() if p and kind != "07" and change_kind(p)}
    periods = {c: _period(p) for c, p in paths.items()
               if p and _period(p) and not is_prior_year(p) and c not in changes}
    if kind != "07":  # a 预算 table has one figure column: the 预算数 (or 金额 / 本年数 under a 预算 title)
        periods = {c: "budget" for c, p in periods.items() if p == "budget"}
    if not periods or any(_item_key(part, kind) for c in periods for part in paths[c]):
        return None
    bands = {c: b for c in periods if (b := next((band(p) for p in paths[c] if band(p)), None))}
    year = builder.meta.year or find_year(block.title)
    context = column_groups.context_of(bands, column_groups.table_stages(kind), find_year(block.title))
    for c in context:
        del periods[c]  # '2023年预算数 | 2024年预算数': the disclosure's year is the figure, the other context
    # a 预算's last-year 预算数 column ('2025年预算数 | 2026年预算数 | 增减额', held-out batch 26): a row of its own,
    # as budget_prior gives the one-row layout, so that its 三公 adds up as this year's does
    # (of the columns naming their year: a bare '预算数' beside '2025年预算数 | 2026年预算数' names none — None − 1
    # made the whole file unreadable, review s26)
    this = [bands[c][0] for c in periods if c in bands and bands[c][0]]
    last = [c for c in context if kind != "07" and this and bands[c] == (this[0] - 1, "预算")]
    earlier = []
    for c, (said, _stage) in bands.items():
        if c in periods and said and year and said < year:
            earlier.append((c, periods.pop(c)))  # '2018年决算数 | 预算数 | 决算数' in a 2019 table: last year's (s18rev r23/r24)
    if not periods:
        return None
    # last year's 决算 ('上年决算 | 本年预算 | 本年决算', '2023年决算数' in a 2024 table): one such column is a row of its
    # own (key prior), a whole 三公 breakdown that TBL701/TBL702 hold as they hold this year's (s19rev r3)
    prior = [c for c, p in paths.items() if kind == "07" and p and is_prior_year(p) and _period(p) == "final"]
    prior += [c for c, stage in earlier if kind == "07" and stage == "final"]
    label_cols = [c for c in cols if c < min(periods) and paths.get(c) and c not in prior]
    if not label_cols:
        return None
    rows_by_item: list[tuple[str, str, dict]] = []
    for r in (r for r in block.row_numbers() if r >= data_start):
        cells = block.rows[r]
        if is_lineno_row(cells) or is_note(cells):  # a note may name an item ('注：本单位无公务接待费支出')
            continue
        by_col = {c.col: c for c in cells}
        label = next((text_of(by_col[c]) for c in label_cols if c in by_col and text_of(by_col[c])), "")
        key = _item_key(label, kind) if label else None
        if key is None:
            continue
        rows_by_item.append((key, label, by_col))
    if not rows_by_item:
        return None
    table = construct(Table, kind=kind, title=block.title, sheet=block.sheet.name,
                             title_cell=title_ref(block))
    context_label = table_label(kind)
    first_row = min(c.row for _k, _l, by_col in rows_by_item for c in by_col.values())
    for period in ("budget", "final", "prior"):
        period_cols = [c for c, p in periods.items() if p == period] if period != "prior" else prior[:1] \
            if len(prior) == 1 else []
        if not period_cols:
            continue
        col = period_cols[0]
        row = construct(Row, key=period, label=PERIOD_LABELS[period], side=0, row=first_row,
                             label_cell=a1(header[-1], col))
        for key, label, by_col in rows_by_item:
            if key in row.cells and row.cells[key] is not None:
                continue
            cell = by_col.get(col)
            row.cells[key] = builder.figure(cell, PERIOD_LABELS[period], label, context_label) if cell else None
        table.rows.append(row)
    if len(last) == 1:
        from govaudit.recognize.budget_prior import PRIOR

        label = f"{bands[last[0]][0]}年预算数"
        row = construct(Row, key=PRIOR, label=label, side=0, row=first_row, label_cell=a1(header[-1], last[0]))
        for key, item, by_col in rows_by_item:
            cell = by_col.get(last[0])
            if row.cells.get(key) is None:
                row.cells[key] = builder.figure(cell, label, item, context_label) if cell else None
        table.rows.append(row)
        # (last year's 执行数 printed too, or named by the change: which year's figure the change is of is not known)
        if not any(of_spending(p) for p in paths.values() if p):
            _change_rows(table, builder, changes, rows_by_item, first_row, header[-1], context_label)
    for key, label, by_col in rows_by_item:
        if not any(c.key == key for c in table.columns):
            table.columns.append(construct(Column, key=key, header=label, col=label_cols[0]))
    for r in (r for r in block.row_numbers() if r >= data_start):
        if is_note(block.rows[r]):
            keep_note(table.notes, block.rows[r])
    builder._finish(table)
    return table, builder.issues


def _change_rows(table: Table, builder, changes: dict, rows_by_item: list, first_row: int, head_row: int,
                 context_label: str) -> None:
    """'2025年预算数 | 2026年预算数 | 增减额 [| 增减率（%）]' (items as rows, batch 26): the change columns become rows
    'delta' and 'delta_rate' beside last year's 'prior_budget' row, for BGT904/BGT905 to judge them. Only one of each
    kind (two amount columns of a change: which is of what is not known, they stay context)."""
    kinds = [change_kind(p) for p in changes.values()]
    for key in ("delta", "delta_rate"):
        cols = [c for c, p in changes.items() if change_kind(p) == key]
        if len(cols) != 1 or kinds.count(key) != 1:
            continue
        label = changes[cols[0]][-1]
        row = construct(Row, key=key, label=label, side=0, row=first_row, label_cell=a1(head_row, cols[0]))
        for item, name, by_col in rows_by_item:
            cell = by_col.get(cols[0])
            if cell is not None and said_in_words(cell):
                cell = None  # ('持平', '新增', '不适用': no figure to judge)
            if row.cells.get(item) is None:
                row.cells[item] = builder.figure(cell, label, name, context_label) if cell else None
        table.rows.append(row)


def _context_rows(block: Block) -> set[int]:
    """Rows of figures of another year than the disclosure's (项目 | 合计 | 出国 | …, rows '2022年决算数 / 2023年预算数 /
    2023年决算数', or bands '2022年决算数' over rows): their own label's band or the band above them."""
    bands, section, prior = {}, None, set()
    for r in block.row_numbers():
        cells = block.rows[r]
        texts = [text_of(c) for c in cells if text_of(c)]
        if not any(is_numeric_cell(c) for c in cells):
            if len(texts) == 1 and band(texts[0]):
                section = band(texts[0])
            continue
        words = [text_of(c) for c in cells if not is_numeric_cell(c)]
        if any(_PRIOR_YEAR.match(t) for t in words):
            prior.add(r)  # '上年决算数' before '本年决算数'
        own = next((b for t in words if (b := band(t))), None)
        if own or section:
            bands[r] = own or section
    return prior | column_groups.context_of(bands, ("预算", "决算"), find_year(block.title))


def build_sanshi(block: Block, file: str) -> tuple[Table | None, list[CellIssue]]:
    by_rows = build_sanshi_by_rows(block, file)
    if by_rows is not None:
        return by_rows
    builder = TableBuilder(block, file)
    meta: Meta = builder.meta
    rows = block.row_numbers()
    table = construct(Table, kind="07", title=block.title, sheet=block.sheet.name,
                             title_cell=title_ref(block))
    section: str | None = None
    pending_header: list[int] = []
    found_columns = False
    in_meta = True
    context_rows = _context_rows(block)
    for r in rows:
        cells = block.rows[r]
        if r == block.title_row:
            read_meta([c for c in cells if c.col != block.title_col], meta)
            continue
        if r < block.title_row + block.title_lines:  # the title's second row
            continue
        texts = [text_of(c) for c in cells if text_of(c)]
        if len(texts) == 1 and (band := _YEAR_BAND.fullmatch(texts[0])) and _period([band.group(1)]) and \
                not any(is_numeric_cell(c) for c in cells):  # (with figures beside it, it is a row's own label)
            section, pending_header = _period(texts), []  # '2019年决算数': a band, not a year line
            in_meta = False
            continue
        if in_meta and read_meta(cells, meta):
            continue
        in_meta = False
        if is_lineno_row(cells) or foot_department(cells, meta):
            continue
        if is_note(cells):
            keep_note(table.notes, cells)
            continue
        if read_unit_line(cells, meta):
            continue  # “单位：万元” printed under the heads, above the figures: the table's unit, not a head
        numeric = [c for c in cells if is_numeric_cell(c)]
        if numeric and r in context_rows:
            continue  # '2022年决算数' beside '2023年决算数': last year's row
        if not numeric:
            if len(texts) == 1 and _period(texts) and len(texts[0]) <= 6:
                section, pending_header = _period(texts), []  # a '预算数' / '决算数' band
            else:
                pending_header.append(r)
            continue
        header = pending_header[-4:]
        if meta.unit is None:  # no 金额单位 line so far: the title's or the heads' unit, before the figures are made
            builder.settle_unit(header)
        # every column the header names, not only those with a number: a blank is a reported zero
        cols = sorted({c.col for c in cells} | {c.col for h in header for c in block.rows[h]})
        paths = header_paths(block, header, cols)
        roles = [ro for ro in classify_columns("07", paths, find_year(block.title)) if ro.role == "value"]
        by_col = {c.col: c for c in cells}
        # a row labelled 预算数 / 决算数 in a label column (项目 | 合计 | 因公出国（境）费 | …) names its own period
        value_cols = {ro.col for ro in roles}
        own = [c for c in cells if c.col not in value_cols and text_of(c) and len(text_of(c)) <= 8]
        own_period = _period([text_of(c) for c in own])
        own_cell = next((c.ref for c in own if _period([text_of(c)])), None)
        made: dict[str, Row] = {}
        for ro in roles:
            period = _period(ro.path) or own_period or section or "final"
            row = made.get(period) or table.row(period)
            if row is None:
                row = construct(Row, key=period, label=PERIOD_LABELS[period], side=0, row=r,
                                     label_cell=own_cell if period == own_period else None)
                table.rows.append(row)
            made[period] = row
            found_columns = True
            if not any(c.key == ro.key and c.side == 0 for c in table.columns):
                table.columns.append(construct(Column, key=ro.key, header="/".join(ro.path), col=ro.col))
            cell = by_col.get(ro.col)
            if cell is not None and row.cells.get(ro.key) is None:
                row.cells[ro.key] = builder.figure(cell, PERIOD_LABELS[period], _item_label(ro.path), "公开07表")
            else:
                row.cells.setdefault(ro.key, None)
    if not found_columns:
        # an empty table: recognise it from its header words alone
        cols = sorted({c.col for r in pending_header for c in block.rows[r]})
        roles = [ro for ro in classify_columns("07", header_paths(block, pending_header[-4:], cols))
                 if ro.role == "value"]
        if not roles:
            return None, []
        for ro in roles:
            if not any(c.key == ro.key for c in table.columns):
                table.columns.append(construct(Column, key=ro.key, header="/".join(ro.path), col=ro.col))
    builder._finish(table)
    return table, builder.issues
