"""A table printed without its title (clipped off the page, or a sheet holding only the grid): one of the nine 决算
tables known by its heads and its rows, only where nothing else could be meant (precision first: a table of a kind
already found, a table of unknown title, heads that fit two kinds, or two such tables alike are left alone)."""

from __future__ import annotations

from govaudit.model import TABLE_NAMES, Disclosure
from govaudit.readers.base import Sheet
from govaudit.readers.pdf_common import title_like
from govaudit.recognize.grid import Block, Meta, is_numeric_cell, read_meta, text_of

# kind: (every one of these in the heads, at least one of these, none of these)
_HEADS = {
    "02": (("事业收入",), ("上级补助", "附属单位", "经营收入"), ("支出", "结转")),
    "03": (("基本支出", "项目支出"), ("上缴上级", "经营支出", "附属单位补助"), ("收入", "结转")),
    # 合计 | 基本支出 | 项目支出 is 05 only when 公开03表 (which may print just these heads) is found with its title
    "05": (("基本支出", "项目支出"), ("合计", "小计"),
           ("收入", "结转", "上缴上级", "经营支出", "附属单位", "本年支出", "人员经费", "公用经费", "预算数", "决算数")),
    "06": (("人员经费", "公用经费"), ("决算数", "金额", "合计"), ("项目支出", "收入", "结转")),
    # (07 prints its 预算数 beside its 决算数: a 说明's grid of two years' 三公 figures is no 07, s15rev r37)
    "07": (("出国", "接待", "公务用车"), ("预算数", "决算数"), ("收入", "结转", "增减", "上年")),
}
# the 类 a table's coded rows are of: 功能分类 (2xx) or 经济分类 (3xx)
_CODE_LEAD = {"02": "2", "03": "2", "05": "2", "06": "3"}
_KEYS = {"02": {"total", "business"}, "03": {"total", "basic", "project"}, "05": {"total", "basic", "project"},
         "06": {"personnel", "public"}, "07": {"abroad", "reception"}}


def regions(sheet: Sheet, blocks: list[Block], whole: bool) -> list[tuple[int, int]]:
    """(first row, end row) of each part of the sheet that is no titled block's: where a document's reader saw a
    table begin (Sheet.titled_tables) under no title we know; `whole`: the sheet has no title at all (a workbook
    sheet holding only a grid, not the rest of the table before it)."""
    rows = sheet.rows()
    if not rows:
        return []
    if whole:
        return [(min(rows), max(rows) + 1)]
    starts = sorted({b.title_row for b in blocks} | {t for t, _first in sheet.titled_tables})
    out = []
    for t, _first in sheet.titled_tables:
        if any(b.title_row <= t < b.end_row for b in blocks):
            continue
        end = next((s for s in starts if s > t), max(rows) + 1)
        out.append((t, end))
    return out


def _heads(rows: dict) -> tuple[str, bool] | None:
    """The joined text of the rows above the first row of figures (the 部门/单位/year lines left out), and whether
    one of them reads as a title (a table whose title we do not know: not ours to name)."""
    texts, titled = [], False
    for r in sorted(rows):
        cells = rows[r]
        if any(is_numeric_cell(c) for c in cells):
            return "".join(texts), titled
        if read_meta(cells, Meta()):
            continue
        for c in cells:
            t = text_of(c)
            titled = titled or title_like(t)
            texts.append(t)
    return None


def _kind(heads: str) -> str | None:
    fits = [kind for kind, (every, some, none) in _HEADS.items()
            if all(w in heads for w in every) and any(w in heads for w in some) and not any(w in heads for w in none)]
    return fits[0] if len(fits) == 1 else None


def other_kind(heads: str, before: str) -> str | None:
    """The one table of the nine whose heads `heads` (joined) are, when `before` — the heads of the table they
    would continue — lacks a word every head of that table holds: another table's heads, never the rest of that
    one (a continuation repeats its own heads, or none)."""
    kind = _kind(heads)
    return kind if kind is not None and not all(w in before for w in _HEADS[kind][0]) else None


def cut_at_other_heads(sheet: Sheet, blocks: list[Block]) -> tuple[list[Block], list[tuple[Sheet, int, int]]]:
    """The blocks, each ending where, below its rows of figures, a 部门/单位 line stands over another table's heads
    (other_kind): a table whose title was not printed as text (a picture) read on as the rest of the one above — 03's
    rows summed into 02's (unruled PDF prints: dozens of false TBL001). That part is left to name_untitled, as an
    untitled grid is: (the blocks, [(sheet, its first row, its end row)]). A table's own continuation repeats its
    own heads (or none) under a repeated 部门 line: never cut."""
    rows = sheet.rows()
    out, parts = [], []
    for b in blocks:
        body = sorted(r for r in rows if b.title_row < r < b.end_row)
        own = _heads({r: rows[r] for r in body}) if b.kind in TABLE_NAMES else None
        cut = None
        figures = False
        for k, r in enumerate(body if own is not None else ()):
            cells = rows[r]
            if any(is_numeric_cell(c) for c in cells):
                figures = True
                continue
            meta = Meta()
            if not figures or not read_meta(cells, meta) or not (meta.department or meta.unit):
                continue
            heads = next((rows[q] for q in body[k + 1:] if not read_meta(rows[q], Meta())), None)
            if heads and not any(is_numeric_cell(c) for c in heads) \
                    and other_kind("".join(text_of(c) for c in heads), own[0]):
                cut = r
                break
        if cut is None:
            out.append(b)
            continue
        out.append(Block(sheet=b.sheet, kind=b.kind, title=b.title, title_row=b.title_row, title_col=b.title_col,
                         end_row=cut, rows=b.rows, title_lines=b.title_lines))
        parts.append((sheet, cut, b.end_row))
    return out, parts


def names_another(block: Block, before: Block) -> bool:
    """The heads at the top of `block` (rows under no title, taken for the rest of the table `before`) name a table
    whose every head word the heads of `before` lack: a sheet of 基本支出 | 项目支出 columns after 公开02表 is not the
    rest of 02 (its title in the page header, or not printed), though 本年支出合计 reads as 02's 合计."""
    read = _heads({r: cells for r, cells in block.rows.items() if block.title_row < r < block.end_row})
    prev = _heads({r: cells for r, cells in before.rows.items() if before.title_row < r < before.end_row})
    kind = _kind(read[0]) if read is not None and prev is not None else None
    return kind is not None and not all(w in prev[0] for w in _HEADS[kind][0])


def name_untitled(disclosure: Disclosure, path: str, parts: list[tuple[Sheet, int, int]]) -> None:
    """Each untitled part whose heads name exactly one of the nine tables, missing from a 决算 whose other tables
    were found by their titles, built as that table (titled by the table's usual name)."""
    from govaudit.recognize.tables import build_table

    found = set(disclosure.tables)
    if len(found & set(TABLE_NAMES)) < 3 or any(k not in TABLE_NAMES for k in found):
        return  # not plainly a 决算's tables (a 预算, a workbook of other tables): nothing is inferred
    candidates = []
    for sheet, first, end in parts:
        rows = {r: cells for r, cells in sheet.rows().items() if first <= r < end}
        read = _heads(rows)
        if read is None or read[1]:
            continue
        kind = _kind(read[0])
        if kind is None or kind in found or (kind == "05" and "03" not in found):
            continue
        candidates.append((kind, sheet, rows, first, end))
    kinds = [c[0] for c in candidates]
    for kind, sheet, rows, first, end in candidates:
        if kinds.count(kind) != 1:
            continue  # two untitled tables alike: neither is named
        col = min(c.col for cells in rows.values() for c in cells)
        block = Block(sheet=sheet, kind=kind, title=TABLE_NAMES[kind], title_row=first - 1, title_col=col,
                      end_row=end, rows=rows)
        table, issues = build_table(block, path)
        if table is None or not _fits(table, kind):
            continue
        disclosure.tables[kind] = table
        disclosure.cell_issues.extend(issues)


def _fits(table, kind: str) -> bool:
    """The table built as `kind` has the columns that kind is known by and rows of its classification only."""
    if not table.rows or not _KEYS[kind] <= {c.key for c in table.columns}:
        return False
    lead = _CODE_LEAD.get(kind)
    codes = [r.code for r in table.rows if r.code]
    return lead is None or (bool(codes) and all(c.startswith(lead) for c in codes))
