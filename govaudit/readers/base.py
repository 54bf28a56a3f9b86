"""The one small interface every reader produces: a workbook of sheets of cells."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from govaudit.cellref import a1


class ReadError(Exception):
    """A file could not be read; the message is one plain Chinese line for the user."""


@dataclass(slots=True)
class Cell:
    row: int
    col: int
    value: Any  # str | int | float | bool | datetime | None, as the file holds it
    number_format: str = "General"
    formula_without_value: bool = False  # a formula whose result was never computed and saved

    @property
    def ref(self) -> str:
        return a1(self.row, self.col)


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    # merged ranges as (min_row, min_col, max_row, max_col)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    # rows and columns hidden in the file (not shown, not printed): recognise leaves them out
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)

    @property
    def max_col(self) -> int:
        return max((c for _, c in self.cells), default=0)

    def get(self, row: int, col: int) -> Cell | None:
        return self.cells.get((row, col))

    def rows(self) -> dict[int, list[Cell]]:
        """Non-empty cells grouped by row, each row's cells ordered by column (computed once)."""
        cached = self.__dict__.get("_rows")
        if cached is not None:
            return cached
        out: dict[int, list[Cell]] = {}
        for (r, _c), cell in sorted(self.cells.items()):
            if cell.value is None and not cell.formula_without_value:
                continue
            if isinstance(cell.value, str) and not cell.value.strip(" \t\r\n\u3000\xa0"):
                continue
            out.setdefault(r, []).append(cell)
        self.__dict__["_rows"] = out
        return out


@dataclass
class Workbook:
    path: str
    sheets: list[Sheet] = field(default_factory=list)
