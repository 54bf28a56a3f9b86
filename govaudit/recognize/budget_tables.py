"""Build a 预算 table (B01–B13) from its block: the 决算 table builder with the 预算 row names."""

from __future__ import annotations

import re

from govaudit.model import CellIssue, Table
from govaudit.recognize import budget_specs, specs
from govaudit.recognize.grid import Block
from govaudit.recognize.tables import TableBuilder
from govaudit.text import strip_numbering

_TOP_NUMBERING = re.compile(r"^[一二三四五六七八九十]+[、.．]")


class BudgetTableBuilder(TableBuilder):
    @staticmethod
    def _row_key(kind, side, label, code, after_begin) -> str | None:
        core = strip_numbering(label)
        if not label and not code:
            return "budget"  # the one unlabelled row of a one-row table (三公, 江苏 支出预算总表)
        if kind in budget_specs.TWO_SIDED:
            key = budget_specs.side_row_key(kind, label, side) if label else None
            if key is None and code:
                key = code
            if key is None and core:
                # a row this version of the form names differently: still part of its side's sum
                if side == 0 and core.endswith(("收入", "资金")):
                    key = "income.extra." + core
                elif side >= 1 and core.endswith("支出"):
                    key = "cat." + core
            return key
        if code:
            return code
        if kind == "B13" and _TOP_NUMBERING.match(label):
            for word, key in budget_specs.PURCHASE_ROWS:
                if word in core:
                    return key
        if core in specs.TOTAL_WORDS or core.startswith("合计") or core.endswith(("总计", "合计")):
            return "total"
        return None


def build_budget_table(block: Block, file: str) -> tuple[Table | None, list[CellIssue]]:
    builder = BudgetTableBuilder(block, file)
    table = builder.build()
    return table, builder.issues if table else []
