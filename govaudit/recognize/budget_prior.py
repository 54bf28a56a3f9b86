"""Last year's 预算数 printed beside this year's in a one-row 预算 table: the 中央/财政部 form's 一般公共预算“三公”经费支出表
'2023年预算数 [合计 | 出国 | 用车 (小计 | 购置 | 运行) | 接待] | 2024年预算数 [the same]' (or '上年预算数 | 本年预算数'). The
table builder reads this year's group and leaves last year's as context (column_groups, or tables' 'prior' role); here
last year's group becomes a row of its own, key
'prior_budget', so a text's change against last year can be held against what the table prints
(checks/budget_text.prior_budget_changes). Only where last year's group has this year's columns, each once."""

from __future__ import annotations

from govaudit.lazyre import lazy
from govaudit.model import Table, table_label
from govaudit.recognize.budget_specs import SANSHI_TOTALS
from govaudit.recognize.column_groups import band, change_kind, of_spending
from govaudit.recognize.grid import said_in_words
from govaudit.recognize.tables import _row, classify_columns, column_label, header_paths, locate_header

PRIOR = "prior_budget"
LAST_YEAR_BUDGET_RE = lazy(r"上年度?预算数?")


def add_prior_budget_row(builder, table: Table) -> None:
    """Append the 'prior_budget' row (last year's group of `builder`'s block) to the one-row `table`, or leave it."""
    row = next((r for r in table.rows if r.key == "budget"), None)
    this = band(table.columns[0].header.split("/")[0]) if table.columns and row is not None else None
    if this is None or this[1] != "预算":
        return
    year = this[0] - 1 if this[0] else None

    def last_years(head: str) -> bool:  # '2023年预算数' beside '2024年预算数', '上年预算数' beside '本年预算数'
        return band(head) == (year, "预算") if year else LAST_YEAR_BUDGET_RE.fullmatch(head.replace(" ", "")) is not None

    block, kind = builder.block, table.kind
    header, _start = locate_header(block, kind, builder.meta)
    cols = sorted({c.col for r in block.row_numbers() for c in block.rows[r]})
    prior = {col: path[1:] for col, path in header_paths(block, header, cols).items() if path and last_years(path[0])}
    roles = [ro for ro in classify_columns(kind, prior) if ro.role == "value"]
    keys = [ro.key for ro in roles]
    if len(set(keys)) != len(keys) or set(keys) != {c.key for c in table.columns}:
        return
    by_col = {c.col: c for c in block.rows.get(row.row, ())}
    label = f"{year}年预算数" if year else "上年预算数"
    cells = {ro.key: builder.figure(by_col[ro.col], label, column_label(ro.path), table_label(kind))
             if ro.col in by_col else None for ro in roles}
    table.rows.append(_row(PRIOR, label, None, row.side, row.row, None, cells, row.sheet))
    # '… | 2026年预算数 [six] | 增减额 [six] (| 增减率 [six])': each change group, with this year's columns each once,
    # a row of its own ('delta' / 'delta_rate', as sanshi._change_rows keys the items-as-rows layout: BGT904/BGT905)
    changes: dict[str, dict[int, list[str]]] = {}
    paths = header_paths(block, header, cols)
    if any(of_spending(path) for path in paths.values() if path):
        return  # (a '2025年执行数' group too: which of last year's figures a change is of is not known, review s27)
    bare: dict[str, list[int]] = {}
    for col, path in paths.items():
        if len(path) > 1 and band(path[0]) is None and (change := change_kind(path[:1])) is not None:
            changes.setdefault(change, {})[col] = path[1:]
        elif len(path) == 1 and band(path[0]) is None and (change := change_kind(path)) is not None:
            bare.setdefault(change, []).append(col)
    _bare_changes(builder, table, row, {k: v for k, v in bare.items() if k not in changes}, by_col)
    for key, group in changes.items():
        roles = [ro for ro in classify_columns(kind, group) if ro.role == "value"]
        keys = [ro.key for ro in roles]
        if len(set(keys)) != len(keys) or set(keys) != {c.key for c in table.columns}:
            continue
        name = "增减率" if key == "delta_rate" else "增减额"
        cells = {ro.key: builder.figure(by_col[ro.col], name, column_label(ro.path), table_label(kind))
                 if ro.col in by_col and not said_in_words(by_col[ro.col]) else None for ro in roles}
        table.rows.append(_row(key, name, None, row.side, row.row, None, cells, row.sheet))


def _bare_changes(builder, table: Table, row, bare: dict[str, list[int]], by_col) -> None:
    """'… | 2026年预算数 [合计 | 出国 | 用车 | 接待] | 增减额 | 增减率（%）': a change column with no item under it, printed
    once after the year groups, is the 合计's change (budfix s28); a 'delta' / 'delta_rate' row holding the 合计's figure
    alone, which BGT904/BGT905 judge (their blank items are not judged: checks/budget_sanshi, total_only). Left unread unless
    each change is printed once and the table has one 合计 column."""
    totals = [c.key for c in table.columns if c.key in SANSHI_TOTALS]
    if len(totals) != 1:
        return
    for key, cols in bare.items():
        if len(cols) != 1 or cols[0] not in by_col or said_in_words(cell := by_col[cols[0]]):
            continue
        name = "增减率" if key == "delta_rate" else "增减额"
        cells = {c.key: None for c in table.columns}
        cells[totals[0]] = builder.figure(cell, name, name, table_label(table.kind))
        table.rows.append(_row(key, name, None, row.side, row.row, None, cells, row.sheet))


def key_year_rows(table: Table, year: int | None) -> None:
    """A 三公 table printing its items as columns and the years as ROWS ('项目 | 合计 | 出国 | … ' over rows '2025年预算数 /
    2026年预算数 / 增减额 [/ 增减率（%）]', held-out batch 27): the rows were keyed by their labels; the disclosure's year's
    预算数 is the 'budget' row, last year's the 'prior_budget' row, the change rows 'delta' / 'delta_rate' (as
    sanshi._change_rows keys the items-as-rows layout), so that BGT904/BGT905 and BGX028/BGX029 judge them. Left as read
    unless exactly one row is this year's and every such key is given once."""
    if year is None or any(r.key == "budget" for r in table.rows):
        return
    keys = {}
    for row in table.rows:
        if not row.key.startswith("label:"):
            continue
        label = row.label.replace(" ", "")
        said = band(label)
        if said == (year, "预算") or label in ("本年预算数", "本年预算"):
            keys[id(row)] = "budget"
        elif said == (year - 1, "预算") or LAST_YEAR_BUDGET_RE.fullmatch(label):
            keys[id(row)] = PRIOR
        elif (change := change_kind([label])) is not None:
            keys[id(row)] = change
    if any(of_spending([r.label]) for r in table.rows):  # (a 执行数 row too: of which the change is, is not known)
        keys = {k: v for k, v in keys.items() if v not in ("delta", "delta_rate")}
    given = list(keys.values())
    if given.count("budget") != 1 or len(set(given)) != len(given):
        return
    for row in table.rows:
        if id(row) in keys:
            row.key = keys[id(row)]
