"""Declarative rule packs: identities written as data (TOML) in rules/, judged with interval arithmetic.

A rule compares the sum of the cells named on its left with the sum of those on its right:

    [[rule]]
    code = "TBL101"
    title = "本年收入合计应等于各项收入之和"
    check = "equal"                      # or "le": left ≤ right
    left  = ["01:income_total:amount"]   # table:row:column; the first is the judged cell
    right = ["01:income.*:amount"]       # row keys may be globs
    each  = "02:*"                       # optional: repeat for every row of 02 matching the glob,
                                         # with {row} in left/right replaced by that row's key

A column may name alternatives, 'B05:total:total|amount': the first of them the table prints (a 一般公共预算支出表 of
one amount column keys it 'amount', one split into 基本/项目支出 keys its 合计 'total'), chosen once per file.

A rule whose judged row or whose tables are missing is skipped (completeness rules report missing tables), also where
a side's first table is missing and only another table it adds is printed (B05's 类 + B04's 上年结转), and so
is a rule naming a table that was found but not read reliably (Disclosure.unread_tables, BGC006): its figures are
unknown, not blank; and one whose `requires = ["B01:income_total:amount"]` names a row the table does not print (an
identity of one form); and one whose `unsplit = [whole, parts]` names a total the table prints (not zero) without
any of its parts (04's 年初财政拨款结转和结余 on one row: which fund's it is, is not said).
A reference to a row the table does not print counts as blank: in an `each` rule, a row the other table does not
print is judged as blank and the message says so ("公开03表没有该科目"), unless that table prints no row at all
(an empty 公开08/09表 with its note: XTB026 and CMP002 judge those). Outside `each` rules a side whose rows are
all missing is skipped (a row named differently in some region is not taken for a zero).
"""

from __future__ import annotations

import fnmatch
import re
from govaudit.records import dataclass
from functools import lru_cache
from pathlib import Path

from govaudit.engine.catalogue import is_shipped, packs_dir, read_pack, shipped_pack  # packs_dir: here it always was
from govaudit.engine.arith import ONE, ZERO, Verdict, judge_equal, judge_le, uncomputed_cells
from govaudit.engine.arith import shown_sum as _shown_sum
from govaudit.engine.messages import Identity, between_finding, identity_finding
from govaudit.engine.registry import RuleInfo
from govaudit.model import Disclosure, Figure, Finding, Location, Row, Severity, Table, table_label
from govaudit.model.figure import UNIT_SCALE
from govaudit.model.trusted import in_file


@dataclass(frozen=True)
class Ref:
    table: str
    row: str
    column: str

    @property
    def is_glob(self) -> bool:
        return _is_glob(self.row)

    def bind(self, key: str) -> "Ref":
        """This reference with {row} (an `each` rule's template) replaced by a row's key."""
        if "{row}" not in self.row:
            return self
        return Ref(self.table, self.row.replace("{row}", key), self.column)

    @classmethod
    def parse(cls, text: str) -> "Ref":
        return _parse_ref(text)


def _is_glob(row: str) -> bool:
    return "*" in row or "?" in row or "[" in row


@lru_cache(maxsize=8192)
def _parse_ref(text: str) -> Ref:
    table, sep1, rest = text.partition(":")
    row, sep2, column = rest.rpartition(":")
    if not (sep1 and sep2 and table and row and column):
        raise ValueError(f"单元格引用应为 表:行:列，得到 {text!r}")
    return Ref(table, row, column)


@dataclass(slots=True)
class Cellish:
    table: Table
    row: Row
    column: str
    figure: Figure | None

    def location(self) -> Location:
        return self.table.location(self.row, self.column)


def resolve(disclosure: Disclosure, text: str, index: dict | None = None) -> list[Cellish] | None:
    """The cells a reference names; None when its table is missing.

    index (table → {row key: first row with that key}) is filled as tables are met, so that a rule repeated
    over every row of a table does not scan the table again for each reference.
    """
    return resolve_ref(disclosure, Ref.parse(text), index)


def resolve_ref(disclosure: Disclosure, ref: Ref, index: dict | None = None) -> list[Cellish] | None:
    """resolve() of a parsed reference (rules parse theirs once: {row} templates bound per row, not re-parsed)."""
    return _resolve(disclosure, ref.table, ref.row, ref.column, index)


def _resolve(disclosure: Disclosure, table_key: str, row_key: str, column: str,
             index: dict | None = None) -> list[Cellish] | None:
    """resolve_ref of (table, row, column): an `each` rule binds its templates to every row of a table, so the
    references it asks for are plain strings, not Ref objects made per row."""
    table = disclosure.tables.get(table_key)
    if table is None:
        return None
    if _is_glob(row_key):
        rows = [row for row in table.rows if fnmatch.fnmatchcase(row.key, row_key)]
    else:
        by_key = None if index is None else index.get(table_key)
        if by_key is None:
            by_key = {}
            for row in table.rows:
                by_key.setdefault(row.key, row)
            if index is not None:
                index[table_key] = by_key
        row = by_key.get(row_key)
        if row is None:
            return []
        cells = row.cells
        if column in cells:  # the usual case: one row that prints the column
            return [Cellish(table, row, column, cells[column])]
        rows = [row]
    return [Cellish(table, row, column, row.cells.get(column)) for row in rows
            if column in row.cells or any(c.key == column and c.side == row.side for c in table.columns)]


def _refs(spec: dict, key: str) -> list[str]:
    refs = spec[key]
    if not isinstance(refs, list) or not refs or not all(isinstance(r, str) for r in refs):
        raise ValueError(f"{key} 应为非空的单元格引用列表（如 [\"01:income_total:amount\"]）")
    return list(refs)


class DeclarativeRule:
    def __init__(self, spec: dict, source: str):
        self.spec = spec
        self.code = spec["code"]
        self.title = spec["title"]
        self.kind = spec.get("check", "equal")
        if self.kind not in ("equal", "le"):
            raise ValueError(f"{self.code}: 未知的 check 类型 {self.kind!r}（可用 equal、le）")
        self.left = _refs(spec, "left")
        self.right = _refs(spec, "right")
        each = spec.get("each")
        self.each = [each] if isinstance(each, str) else _refs(spec, "each") if each else []
        # `between = true`: one table's figure held against another's, neither the judged one (04 vs 08's 合计): the
        # message says the two tables disagree and shows both; a blank cell another rule reports is not reported again
        self.between = spec.get("between", False) is True
        # `unitemised = true`: a filled left side whose right side is blank throughout is a total not broken down
        # (07's 上年决算数 or 预算数 printing only its 合计), not a total of zeros: not judged. A part printed "0" or
        # "-" is a zero and is judged.
        self.unitemised = spec.get("unitemised", False) is True
        # rows the table must print for the rule to apply (a 江苏-form identity on a table of another form)
        self._requires = [(r.table, r.row, r.column) for r in map(Ref.parse, _refs(spec, "requires"))] \
            if "requires" in spec else []
        # `unsplit = [whole, parts]` ('04:begin_total:amount', '04:begin.*:amount'): a table printing the whole, not
        # zero, and none of its parts has not said how it splits: the part the rule names is unknown, not blank
        self._unsplit = [(r.table, r.row, r.column) for r in map(Ref.parse, _refs(spec, "unsplit"))] \
            if "unsplit" in spec else []
        if self._unsplit and len(self._unsplit) != 2:
            raise ValueError("unsplit 应为两个单元格引用：合计行与其分项行（如 [\"04:begin_total:amount\", \"04:begin.*:amount\"]）")
        for text in self.left + self.right:
            Ref.parse(text.replace("{row}", "x"))
        for text in self.each:
            Ref.parse(text + ":x")
        # parsed once here: with {row} still in them, bound to each row's key in check()
        self._left_refs = [Ref.parse(t) for t in self.left]
        self._right_refs = [Ref.parse(t) for t in self.right]
        self._left_parts = [(r.table, r.row, r.column) for r in self._left_refs]
        self._right_parts = [(r.table, r.row, r.column) for r in self._right_refs]
        self._tables = frozenset(t for t, _r, _c in self._left_parts + self._right_parts)
        # the tables an `each` rule matches row by row (their {row} references)
        self._row_tables = frozenset(t for t, r, _c in self._left_parts + self._right_parts if r and "{row}" in r)
        # for _passes_as_shown (None: a glob among them)
        self._shown_left, self._shown_right = _for_shown(self._left_parts), _for_shown(self._right_parts)
        # a column naming alternatives ('total|amount'): the references are chosen per file (_chosen)
        self._alternatives = any("|" in c for _t, _r, c in self._left_parts + self._right_parts)
        self.info = RuleInfo(
            code=self.code, title=self.title, severity=Severity(spec.get("severity", "error")),
            explanation=spec.get("explanation", "").strip(), example=spec.get("example", "").strip(),
            source=source, check=self.check,
            needs=tuple(sorted({Ref.parse(t.replace("{row}", "x")).table for t in self.left[:1]})),
            needs_any=tuple(sorted({Ref.parse(t.replace("{row}", "x")).table for t in self.right})),
        )

    def check(self, disclosure: Disclosure, ctx):
        # rows by key, shared by all declarative rules of this disclosure (ctx is per disclosure; rules change no
        # table): built once per table instead of once per rule
        index: dict = ctx.cache.setdefault("declarative_index", {})
        if not self._columns_printed(disclosure, ctx):
            return
        if disclosure.unread_tables and self._tables & {t.kind for t in disclosure.unread_tables}:
            return  # a table found but not read reliably (BGC006) holds unknown figures, not blanks
        if self._requires and not all(_resolve(disclosure, *r, index) for r in self._requires):
            return
        if self._unsplit and not _resolve(disclosure, *self._unsplit[1], index) and any(
                c.figure is not None and c.figure.value != 0 for c in _resolve(disclosure, *self._unsplit[0], index) or ()):
            return
        left_parts, right_parts = self._left_parts, self._right_parts
        left, right = self._shown_left, self._shown_right
        if self._alternatives:
            left_parts, right_parts = self._chosen(disclosure, ctx, left_parts), self._chosen(disclosure, ctx, right_parts)
            left, right = _for_shown(left_parts), _for_shown(right_parts)
        unknown = uncomputed_cells(disclosure)
        if self.each:
            globs = [Ref.parse(e + ":x") for e in self.each]
            table = disclosure.tables.get(globs[0].table)
            if table is None:
                return
            # fnmatchcase(key, glob) is re.match(translate(glob), key): compiled once here, not looked up per row
            matchers = [re.compile(fnmatch.translate(g.row)).match for g in globs]
            match = matchers[0] if len(matchers) == 1 else None  # (one glob, most rules: no generator per row)
            le = self.kind == "le"
            # (a name printed twice is keyed by its place, label:行政运行#19, which names that row within its own table:
            # only a rule matching rows across tables cannot tell which row of the other table it is)
            repeated = _repeated_names(disclosure, ctx, self._row_tables) if len(self._row_tables) > 1 else set()
            for row in table.rows:
                key = row.key
                if repeated and key.split("#", 1)[0] in repeated:
                    continue  # a name printed twice (a table without codes): which row of the other table is not known
                if match(key) if match is not None else any(m(key) for m in matchers):
                    # most rows hold as shown: known from the templates bound on the fly, before any list is built
                    if _agrees_as_shown(left, right, index, le, key):
                        continue
                    yield from self._judge(disclosure, ctx, _bind(left_parts, key),
                                           _bind(right_parts, key), index, unknown, tried=True)
        else:
            yield from self._judge(disclosure, ctx, left_parts, right_parts, index, unknown)

    def _columns_printed(self, disclosure: Disclosure, ctx) -> bool:
        """Cheap early exit: the judged column, or every column of the right side, is printed by no table."""
        def printed(text: str) -> bool:
            ref = Ref.parse(text.replace("{row}", "x"))
            keys = _printed_keys(disclosure, ctx, ref.table)
            return keys is not None and any(c in keys for c in ref.column.split("|"))

        return printed(self.left[0]) and any(printed(t) for t in self.right)

    @staticmethod
    def _chosen(disclosure: Disclosure, ctx, parts: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
        """Each reference's column of alternatives ('total|amount') as the first one its table prints (the first
        one when it prints none)."""
        out = []
        for table, row, column in parts:
            if "|" in column:
                keys = _printed_keys(disclosure, ctx, table) or ()
                alternatives = column.split("|")
                column = next((c for c in alternatives if c in keys), alternatives[0])
            out.append((table, row, column))
        return out

    def _side(self, disclosure, refs, index) -> tuple[list[Cellish] | None, list[str]]:
        """The cells of one side (None when none of its tables is printed), and the tables (as 公开NN表) that are
        printed but do not print a row this side names (`each` rules only: judged as blank). refs: (table, row,
        column) triples."""
        cells: list[Cellish] = []
        missing: list[str] = []
        found_table = False
        for i, (table, row, column) in enumerate(refs):
            got = _resolve(disclosure, table, row, column, index)
            if got is None:
                if i == 0:  # the side's own table is missing, though an allowance from another is printed (BGX011:
                    # B05's 类 plus B04's 上年结转): its figures are unknown, not blank (s18rev r22; BGC001 reports it)
                    return None, []
                continue
            found_table = True
            cells.extend(got)
            if not got and self.each and _lacks_row(disclosure, Ref(table, row, column)):
                missing.append(table)
        return (cells if found_table else None), missing

    def _judge(self, disclosure, ctx, left_refs, right_refs, index=None, unknown=None, tried=False):
        # tried: check() has just asked _passes_as_shown of these references (the index has not changed since)
        if index is not None and not tried and _passes_as_shown(left_refs, right_refs, index, self.kind == "le"):
            return  # (most rows: every reference names one printed row, and the shown sums agree)
        judged = _resolve(disclosure, *left_refs[0], index)
        if not judged:
            return
        left = list(judged)  # the judged cells, then the rest of the left side (its tables found or not)
        for table, row, column in left_refs[1:]:
            got = _resolve(disclosure, table, row, column, index)
            if got:
                left.extend(got)
        right, missing = self._side(disclosure, right_refs, index)
        if right is None or not (right or missing):
            return
        lf = [c.figure for c in left]
        rf = [c.figure for c in right]
        if all(f is None for f in rf) and (self.unitemised or all(f is None for f in lf)):
            return  # nothing reported on either side (or, `unitemised`, a total not broken down)
        if unknown is None:
            unknown = uncomputed_cells(disclosure)
        if unknown and any((loc.sheet, loc.cell) in unknown for loc in (c.location() for c in left + right)):
            return
        a, b = _shown_sum(lf), _shown_sum(rf)  # the verdict's "ok" test, without the intervals (most rows pass)
        if a == b or (self.kind == "le" and a <= b):
            return
        verdict = (judge_equal if self.kind == "equal" else judge_le)(lf, rf)
        if verdict.status == "ok":
            return
        if self.between and len(left) == 1 and len(right) == 1:
            yield self._between(disclosure, ctx, verdict, left[0], right[0])
            return
        yield self._finding(disclosure, verdict, left, right, missing)

    def _between(self, disclosure, ctx, v: Verdict, one: Cellish, other: Cellish) -> Finding:
        """The finding of a `between` rule: both cells named and located; a blank one is remembered, for
        drop_repeated_blanks to leave this finding out where another rule already reports that cell."""
        finding = between_finding(file=disclosure.path, code=self.code, severity=self.info.severity, title=self.title,
                                  sides=(_where(one), _where(other)), table=one.table.label, verdict=v,
                                  locations=[in_file(c.location(), disclosure.path) for c in (one, other)],
                                  figures=(one.figure, other.figure))
        blank = next((c for c in (one, other) if c.figure is None), None)
        loc = blank.location() if blank is not None else None
        if loc is not None and loc.cell and finding.code == self.code:  # (a place with no cell is not one cell)
            ctx.cache.setdefault("between_blanks", {})[id(finding)] = (loc.sheet, loc.cell)
        return finding

    def _finding(self, disclosure, v: Verdict, left: list[Cellish], right: list[Cellish],
                 missing: list[str] | None = None) -> Finding:
        head = left[0]
        loc = head.location()
        where = _where(head)
        locations = [in_file(c.location(), disclosure.path) for c in left + right if c.figure is not None or c is head]
        row = head.row.key
        lacks = "该科目" if row.isdigit() else "这一行"
        note = ("、".join(table_label(t) for t in dict.fromkeys(missing)) + f"没有{lacks}（按空白计）") if missing else None
        formula = None
        if self.kind == "equal" and len(left) > 1:
            formula = " + ".join(_name(c) for c in right) + "".join(f" − {_name(c)}" for c in left[1:])
        identity = Identity(judged=head.figure, others=[c.figure for c in left[1:]], formula=formula, kind=self.kind,
                            note=note, same_figure=self.kind == "equal" and _same_figure(left, right))
        return identity_finding(file=disclosure.path, code=self.code, severity=self.info.severity, title=self.title,
                                where=where, table=head.table.label, verdict=v, locations=locations,
                                identity=identity)


def _printed_keys(disclosure: Disclosure, ctx, kind: str) -> set[str] | None:
    """The column keys a table prints (its columns' and its rows' cells'), once per file; None: no such table."""
    table = disclosure.tables.get(kind)
    if table is None:
        return None
    cache = ctx.cache.setdefault("declarative_columns", {})
    keys = cache.get(kind)
    if keys is None:
        keys = cache[kind] = {c.key for c in table.columns} | {k for r in table.rows for k in r.cells}
    return keys


def _where(cell: Cellish) -> str:
    """A cell in words: 公开04表「年末财政拨款结转和结余」政府性基金预算财政拨款列."""
    loc = cell.location()
    where = f"{cell.table.label}「{loc.row_label or cell.row.key}」"
    if loc.col_label and _down_one_column(cell.row):
        # a 三公 table printed with its items as rows (项目 | 预算数 | 决算数): its row of figures stands down one
        # column, named as printed — '「合计」决算数列', not '「决算数」合计列' (s16rev r14)
        return f"{cell.table.label}「{loc.col_label}」{loc.row_label}列" if loc.row_label else where
    if loc.col_label and loc.col_label not in ("决算数", "预算数", "金额"):
        where += f"{loc.col_label}列"
    return where


def drop_repeated_blanks(findings: list[Finding], ctx) -> list[Finding]:
    """Leave out a `between` rule's finding about a blank cell that another rule's finding already names first
    (a blank 04 年末 政府性基金 cell: TBL405 reports it, XTB031 need not say it again)."""
    marked = ctx.cache.get("between_blanks")
    if not marked:
        return findings
    named = {(f.locations[0].sheet, f.locations[0].cell) for f in findings
             if id(f) not in marked and f.locations and f.severity != Severity.info}
    return [f for f in findings if marked.get(id(f)) not in named]


def _down_one_column(row) -> bool:
    """The row's figures stand one under the other in one column (a table printed turned: items as rows)."""
    places = {(f.source.sheet, f.source.cell) for f in row.cells.values()
              if f is not None and f.source is not None and f.source.cell}
    columns = {(sheet, re.sub(r"\d", "", cell)) for sheet, cell in places}
    return len(columns) == 1 and len(places) > 1


def _repeated_names(disclosure: Disclosure, ctx, tables: frozenset[str]) -> set[str]:
    """Row keys of names a table prints more than once with no code ("行政运行" under two 款 of a table printed without
    科目编码: keyed label:行政运行 and label:行政运行#19 by place, so the same key in two tables need not be one row).
    Once per disclosure and set of tables: every `each` rule over the same tables asks the same."""
    cache: dict = ctx.cache.setdefault("declarative_repeated", {})
    out = cache.get(tables)
    if out is None:
        out = cache[tables] = {r.key.split("#", 1)[0] for kind in tables if kind in disclosure.tables
                               for r in disclosure.tables[kind].rows if "#" in r.key and r.key.startswith("label:")}
    return out


def _for_shown(parts: list[tuple[str, str, str]]) -> list[tuple[str, str, str, bool]] | None:
    """(table, row, column, whether the row holds {row}) of each reference, for _passes_as_shown; None when a row is
    a glob (or no text): such references are never known as shown."""
    out = []
    for table, row, column in parts:
        if not isinstance(row, str) or _is_glob(row):
            return None
        out.append((table, row, column, "{row}" in row))
    return out


def _passes_as_shown(left_refs, right_refs, index: dict, le: bool, key: str | None = None) -> bool:
    """True when _judge would find the identity holding as shown, known without building the cells: every (table,
    row, column) names a row already indexed (no glob) that prints the column, and the shown sums agree (equal, or
    left ≤ right for "le"). False means only "not known this way": _judge then decides as it always did (each of its
    early returns yields nothing, so skipping it when the shown sums agree changes no finding).

    key: an `each` rule's row key, bound into the {row} templates here (as _bind does) instead of in new lists."""
    return _agrees_as_shown(_for_shown(left_refs), _for_shown(right_refs), index, le, key)


def _agrees_as_shown(left_refs, right_refs, index: dict, le: bool, key: str | None = None) -> bool:
    """_passes_as_shown of references _for_shown has read (None: a glob among them; an `each` rule reads its own
    once). A key holding a glob character makes a glob of every row it is bound into."""
    if left_refs is None or right_refs is None:
        return False
    globbed = key is not None and _is_glob(key)
    sums = []
    for refs in (left_refs, right_refs):
        value = ZERO
        for table, row_key, column, templated in refs:
            if templated and key is not None:
                if globbed:
                    return False
                row_key = row_key.replace("{row}", key)
            by_key = index.get(table)
            if by_key is None:
                return False
            row = by_key.get(row_key)
            if row is None:
                return False
            cells = row.cells
            if column not in cells:
                return False
            f = cells[column]
            if f is not None:
                # f.scale inlined: 1 for a percentage and for 万元 (UNIT_SCALE's own 1), else the unit's scale
                unit = f.unit
                if unit == "万元" or f.percent:
                    value += f.value
                else:
                    s = UNIT_SCALE.get(unit, ONE)
                    value += f.value if s == ONE else f.value * s
        sums.append(value)
    a, b = sums
    return a == b or (le and a <= b)


def _bind(parts: list[tuple[str, str, str]], key: str) -> list[tuple[str, str, str]]:
    """Ref.bind over (table, row, column) triples: {row} replaced by a row's key."""
    return [(table, row.replace("{row}", key) if "{row}" in row else row, column) for table, row, column in parts]


def _same_figure(left: list[Cellish], right: list[Cellish]) -> bool:
    """One printed figure on each side, shown with the same decimals and unit: two printings of one amount."""
    if len(left) != 1 or len(right) != 1:
        return False
    a, b = left[0].figure, right[0].figure
    return (a is not None and b is not None and not a.derived and not b.derived and not a.percent
            and a.decimals == b.decimals and a.unit == b.unit)


def _lacks_row(disclosure: Disclosure, ref: Ref) -> bool:
    """The reference names one row (no glob) of a table that prints rows and has the column, but not that row; a 科目
    code only where the table prints codes of its level (a 财政拨款收支总表 listing 基本支出/项目支出 on its 支出 side
    instead of 类 lacks no 类: s18finA)."""
    table = disclosure.tables.get(ref.table)
    if table is None or ref.is_glob or not table.rows or not any(c.key == ref.column for c in table.columns):
        return False
    return not ref.row.isdigit() or any(r.key.isdigit() and len(r.key) == len(ref.row) for r in table.rows)


def _name(cell: Cellish) -> str:
    """How a term of a balance is named in a message: its column, or its row when the column is generic."""
    loc = cell.location()
    if loc.col_label and loc.col_label not in ("决算数", "预算数", "金额", "合计"):
        return loc.col_label
    return loc.row_label or cell.row.key


def load_packs(directory: Path | None = None, problems: list[str] | None = None,
               later: list | None = None, only: Path | None = None) -> list[RuleInfo]:
    """The rules of every *.toml pack in `directory` (default: the built-in rules/).

    problems: when given, a pack that cannot be read and a rule that is malformed (missing key, bad check type or
    reference) are skipped and described there, one line each; when None, the first one raises ValueError.
    later: when given, each built-in pack packs.json holds (its rules all well formed and their codes used once among
    the built-in rules: catalogue.build_packs) is not read but added there as (source, path), for `deferred_rules`:
    registry._load registers those rules once a disclosure has 公开表 (the only thing they judge), so that a workbook
    of 绩效自评表 neither decodes nor builds them (≈ 15 M instructions of its check; issue 13).
    only: that one pack file instead of the folder's.
    """
    directory = directory or packs_dir()
    infos = []
    for path in [only] if only is not None else sorted(directory.glob("*.toml")):
        where = f"rules/{path.name}"
        if later is not None and is_shipped(path):
            later.append((where, path))
            continue
        try:
            data = read_pack(path)
            specs = data.get("rule", [])
            if not isinstance(specs, list):
                raise ValueError("“rule” 应为 [[rule]] 数组")
        except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
            line = f"规则文件 {where} 无法读取，其中的规则已全部跳过（{_reason(exc)}）。"
            if problems is None:
                raise ValueError(line) from exc
            problems.append(line)
            continue
        infos.extend(_infos(data, where, problems))
    return infos


def deferred_rules(where: str, path: Path, problems: list[str]) -> list[RuleInfo]:
    """The rules of a built-in pack that load_packs put aside (`later`): as load_packs would give them, each rule's
    DeclarativeRule built on first use (_Deferred). A pack no longer as packs.json holds it is read and checked."""
    data = shipped_pack(path)
    if data is None:
        return load_packs(problems=problems, only=path)
    return [_Deferred(spec, where).info for spec in data.get("rule", [])]


def _infos(data: dict, where: str, problems: list[str] | None) -> list[RuleInfo]:
    """The rules of one pack's data, each checked (see load_packs for `problems`)."""
    infos = []
    for n, spec in enumerate(data.get("rule", []), start=1):
        try:
            if not isinstance(spec, dict):
                raise ValueError("不是一个表")
            infos.append(DeclarativeRule(spec, source=where).info)
        except (KeyError, ValueError, TypeError) as exc:
            code = spec.get("code") if isinstance(spec, dict) else None
            line = f"规则文件 {where} 的第 {n} 条规则{f'（{code}）' if code else ''}有误，已跳过（{_reason(exc)}）。"
            if problems is None:
                raise ValueError(line) from exc
            problems.append(line)
    return infos


class _Deferred:
    """The check of a well-formed pack's rule, its DeclarativeRule built on first use: a rule whose judged table the
    disclosure lacks finds nothing (DeclarativeRule.check returns at once then), so a workbook of 绩效自评表 builds
    none. `info` is the RuleInfo DeclarativeRule(spec, source).info gives (tests/test_startup.py compares)."""

    __slots__ = ("spec", "source", "table", "rule", "info")

    def __init__(self, spec: dict, source: str):
        self.spec, self.source, self.rule = spec, source, None
        self.table = spec["left"][0].partition(":")[0]
        right = {t.partition(":")[0] for t in spec["right"]}
        self.info = RuleInfo(code=spec["code"], title=spec["title"], severity=Severity(spec.get("severity", "error")),
                             explanation=spec.get("explanation", "").strip(), example=spec.get("example", "").strip(),
                             source=source, check=self, needs=(self.table,), needs_any=tuple(sorted(right)))

    def __call__(self, disclosure: Disclosure, ctx):
        if self.table not in disclosure.tables:
            return ()
        if self.rule is None:
            self.rule = DeclarativeRule(self.spec, self.source)
        return self.rule.check(disclosure, ctx)


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"缺少 {exc.args[0]}"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc) or type(exc).__name__
