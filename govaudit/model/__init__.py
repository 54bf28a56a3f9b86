"""Typed models of a disclosure and of what was found in it. They know nothing of files' formats or of rules.

The classes derive from `model/base.py`'s `Model`: pydantic's model API, with pydantic imported only when something
validates a model (a plugin's or a user's `Finding(...)`); a check builds them all with `model/trusted.py`'s
`construct` and never imports pydantic (issue 13).
The model modules do not use `from __future__ import annotations`: each field's type is what Python evaluated (the
validator pydantic builds on first use reads it as it is). Types are written so that Python 3.10 evaluates them
(`X | None`).
"""

from govaudit.model.figure import Figure, Location
from govaudit.model.claim import Claim, ClaimFigure, Narrative
from govaudit.model.table import BUDGET_TABLE_NAMES, Column, Row, Table, TABLE_NAMES, kind_of_label, stage_of, table_label
from govaudit.model.disclosure import CellIssue, Disclosure, TextParagraph
from govaudit.model.form import BudgetColumn, BudgetLine, Indicator, PerformanceForm, Section, TextValue
from govaudit.model.finding import Finding, Severity
from govaudit.model.result import FileStatus, Result

__all__ = ["Figure", "Location", "Claim", "ClaimFigure", "Narrative", "Column", "Row", "Table", "TABLE_NAMES",
           "BUDGET_TABLE_NAMES", "stage_of", "table_label", "kind_of_label", "CellIssue", "Disclosure", "TextParagraph",
           "PerformanceForm", "Section", "Indicator", "BudgetLine", "BudgetColumn", "TextValue",
           "Finding", "Severity", "FileStatus", "Result"]
