"""TBL001: 类 = Σ 款, 款 = Σ 项 and 合计 = Σ 类, in every column of every table with 科目编码."""

from __future__ import annotations

from govaudit.checks.common import sum_finding
from govaudit.engine.arith import judge_equal, uncomputed_cells
from govaudit.engine.finding import Severity
from govaudit.engine.registry import rule
from govaudit.model import Row, Table

CODED_TABLES = ("02", "03", "05", "06", "08", "09")


def _groups(table: Table):
    coded = [r for r in table.rows if r.code]
    children: dict[str, list[Row]] = {}
    for r in coded:
        if len(r.code) in (5, 7):  # a 款 under its 类, a 项 under its 款
            children.setdefault(r.code[:-2], []).append(r)
    for parent in coded:
        if len(parent.code) < 7:
            kids = children.get(parent.code)
            if kids:
                yield parent, kids, f"{parent.code}（{'类' if len(parent.code) == 3 else '款'}）应等于其下各{'款' if len(parent.code) == 3 else '项'}之和"
    total = table.row("total")
    tops = [r for r in coded if len(r.code) == 3]
    if total is not None and tops and table.kind != "06":
        yield total, tops, "合计应等于各类之和"


@rule(
    "TBL001",
    "科目层级：合计 = Σ类，类 = Σ款，款 = Σ项（每一列）",
    explanation="""
按功能分类（或经济分类）科目编码列示的表中，上级科目的金额应等于其下级科目之和：类（3位）= 其下各款
（5位）之和，款 = 其下各项（7位）之和，合计行 = 各类之和。每一个金额列都要核对。只有列出了下级科目
时才核对；差额在四舍五入误差内只作提示。
""",
    example="2080505 6.18 + 2080506 4.64 = 20805 行政事业单位养老支出 10.82。",
)
def check(disclosure, ctx):
    for kind in CODED_TABLES:
        table = disclosure.tables.get(kind)
        if table is None:
            continue
        keys = [c.key for c in table.columns]
        unknown = uncomputed_cells(disclosure)
        for parent, kids, title in _groups(table):
            for key in dict.fromkeys(keys):
                if key not in parent.cells:
                    continue
                head = parent.cells.get(key)
                parts = [k.cells.get(key) for k in kids]
                if head is None and all(p is None for p in parts):
                    continue
                if unknown and any((loc.sheet, loc.cell) in unknown
                                   for loc in (table.location(r, key) for r in [parent, *kids])):
                    continue
                v = judge_equal([head], parts)
                if v.status == "ok":
                    continue
                loc = table.location(parent, key)
                where = f"公开{kind}表「{parent.code or ''} {parent.label}」{loc.col_label or ''}列".replace("「 ", "「")
                locations = [loc] + [table.location(k, key) for k in kids if k.cells.get(key) is not None]
                yield sum_finding(disclosure, "TBL001", Severity.error, where, title, v, locations, f"公开{kind}表")

