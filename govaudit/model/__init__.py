"""Typed models of a disclosure and of what was found in it. They know nothing of files' formats or of rules.

The model modules do not use `from __future__ import annotations`: pydantic then reads each field's type as Python
evaluated it, instead of compiling and evaluating its text (one `compile` per field, ≈ 190 fields), which every
process paid at import (issue 13, s4speed). Types are written so that Python 3.10 evaluates them (`X | None`).
"""

import govaudit.pydantic_import  # noqa: F401  (first: pydantic_core without asyncio, see there)
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
