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

A reference to a row the table does not print counts as blank; a rule whose judged row or whose tables
are missing is skipped (completeness rules report missing tables).
"""

from __future__ import annotations

import fnmatch
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from govaudit.engine.arith import Span, Verdict, fmt, judge_equal, judge_le, uncomputed_cells
from govaudit.engine.finding import Finding, Severity
from govaudit.engine.registry import RuleInfo
from govaudit.model import Disclosure, Figure, Location, Row, Table

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def packs_dir() -> Path:
    """rules/ ships inside the wheel as govaudit/_rules; in a source checkout it is the top-level rules/."""
    here = Path(__file__).resolve().parent.parent
    shipped = here / "_rules"
    return shipped if shipped.is_dir() else here.parent / "rules"


@dataclass(frozen=True)
class Ref:
    table: str
    row: str
    column: str

    @property
    def is_glob(self) -> bool:
        return any(ch in self.row for ch in "*?[")

    @classmethod
    def parse(cls, text: str) -> "Ref":
        return _parse_ref(text)


@lru_cache(maxsize=8192)
def _parse_ref(text: str) -> Ref:
    table, sep1, rest = text.partition(":")
    row, sep2, column = rest.rpartition(":")
    if not (sep1 and sep2 and table and row and column):
        raise ValueError(f"单元格引用应为 表:行:列，得到 {text!r}")
    return Ref(table, row, column)


@dataclass
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
    ref = Ref.parse(text)
    table = disclosure.tables.get(ref.table)
    if table is None:
        return None
    if ref.is_glob:
        rows = [row for row in table.rows if fnmatch.fnmatchcase(row.key, ref.row)]
    else:
        by_key = None if index is None else index.get(ref.table)
        if by_key is None:
            by_key = {}
            for row in table.rows:
                by_key.setdefault(row.key, row)
            if index is not None:
                index[ref.table] = by_key
        row = by_key.get(ref.row)
        rows = [row] if row is not None else []
    return [Cellish(table, row, ref.column, row.cells.get(ref.column)) for row in rows
            if ref.column in row.cells or any(c.key == ref.column and c.side == row.side for c in table.columns)]


class DeclarativeRule:
    def __init__(self, spec: dict, source: str):
        self.spec = spec
        self.code = spec["code"]
        self.title = spec["title"]
        self.kind = spec.get("check", "equal")
        if self.kind not in ("equal", "le"):
            raise ValueError(f"{self.code}: 未知的 check 类型 {self.kind!r}（可用 equal、le）")
        self.left = list(spec["left"])
        self.right = list(spec["right"])
        each = spec.get("each")
        self.each = [each] if isinstance(each, str) else list(each or [])
        for text in self.left + self.right:
            Ref.parse(text.replace("{row}", "x"))
        self.info = RuleInfo(
            code=self.code, title=self.title, severity=Severity(spec.get("severity", "error")),
            explanation=spec.get("explanation", "").strip(), example=spec.get("example", "").strip(),
            source=source, check=self.check,
        )

    def check(self, disclosure: Disclosure, ctx):
        index: dict = {}
        if self.each:
            globs = [Ref.parse(e + ":x") for e in self.each]
            table = disclosure.tables.get(globs[0].table)
            if table is None:
                return
            for row in table.rows:
                if any(fnmatch.fnmatchcase(row.key, g.row) for g in globs):
                    yield from self._judge(disclosure, ctx, [t.replace("{row}", row.key) for t in self.left],
                                           [t.replace("{row}", row.key) for t in self.right], index)
        else:
            yield from self._judge(disclosure, ctx, self.left, self.right, index)

    def _side(self, disclosure, refs, index) -> list[Cellish] | None:
        cells: list[Cellish] = []
        found_table = False
        for text in refs:
            got = resolve(disclosure, text, index)
            if got is None:
                continue
            found_table = True
            cells.extend(got)
        return cells if found_table else None

    def _judge(self, disclosure, ctx, left_refs, right_refs, index=None):
        judged = resolve(disclosure, left_refs[0], index)
        if not judged:
            return
        left = self._side(disclosure, left_refs, index)
        right = self._side(disclosure, right_refs, index)
        if left is None or right is None or not right:
            return
        lf = [c.figure for c in left]
        rf = [c.figure for c in right]
        if all(f is None for f in lf + rf):
            return  # nothing reported on either side
        unknown = uncomputed_cells(disclosure)
        if unknown and any((loc.sheet, loc.cell) in unknown for loc in (c.location() for c in left + right)):
            return
        verdict = (judge_equal if self.kind == "equal" else judge_le)(lf, rf)
        if verdict.status == "ok":
            return
        yield self._finding(disclosure, ctx, verdict, left, right)

    def _finding(self, disclosure, ctx, v: Verdict, left: list[Cellish], right: list[Cellish]) -> Finding:
        head = left[0]
        loc = head.location()
        where = f"公开{head.table.kind}表「{loc.row_label or head.row.key}」"
        if loc.col_label and loc.col_label not in ("决算数", "金额"):
            where += f"{loc.col_label}列"
        d = v.decimals
        locations = [c.location().model_copy(update={"file": disclosure.path}) for c in left + right
                     if c.figure is not None or c is head]
        tol = fmt(v.tolerance, d + 1)
        if self.kind == "equal" and len(left) > 1 and head.figure is not None:
            # a balance (a + b = c + d): say what the judged cell itself should hold
            others = Span.of([c.figure for c in left[1:]])
            implied = Span(v.right.value - others.value, v.right.lo - others.hi, v.right.hi - others.lo, d)
            expected, actual = fmt(implied.value, d), fmt(head.figure.amount, d)
            actual_interval = Span.of([head.figure]).interval_text(d)
            formula = " + ".join(_name(c) for c in right) + "".join(f" − {_name(c)}" for c in left[1:])
            basis = f"按 {formula} 计算应为 {expected}（区间 {implied.interval_text(d)}）"
        else:
            expected, actual = fmt(v.right.value, d), fmt(v.left.value, d)
            actual_interval = v.left.interval_text(d)
            relation = "应不超过" if self.kind == "le" else "应为"
            basis = f"{relation} {expected}（区间 {v.right.interval_text(d)}）"
        diff = fmt(v.difference, d)
        if v.status == "rounding":
            return Finding(code="RND001", severity=Severity.info, file=disclosure.path, locations=locations,
                           expected=expected, actual=actual, difference=diff, table=f"公开{head.table.kind}表",
                           message=f"{where}：{self.title}。实际 {actual}，{basis.split('（区间')[0]}，相差 {diff}，"
                                   f"在四舍五入误差范围内（±{tol}），不是错误。")
        if head.figure is None and len(left) == 1:
            message = f"{where}：{self.title}。该单元格为空，{basis}。"
            actual = None
        else:
            message = (f"{where}：{self.title}。{basis}，实际为 {actual}（区间 {actual_interval}），相差 {diff}，"
                       f"超出四舍五入可解释的范围（±{tol}）。")
        return Finding(code=self.code, severity=self.info.severity, message=message, file=disclosure.path,
                       locations=locations, expected=expected, actual=actual, difference=diff,
                       table=f"公开{head.table.kind}表", title=self.title)


def _name(cell: Cellish) -> str:
    """How a term of a balance is named in a message: its column, or its row when the column is generic."""
    loc = cell.location()
    if loc.col_label and loc.col_label not in ("决算数", "金额", "合计"):
        return loc.col_label
    return loc.row_label or cell.row.key


def load_packs(directory: Path | None = None) -> list[RuleInfo]:
    directory = directory or packs_dir()
    infos = []
    for path in sorted(directory.glob("*.toml")):
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for spec in data.get("rule", []):
            infos.append(DeclarativeRule(spec, source=f"rules/{path.name}").info)
    return infos
