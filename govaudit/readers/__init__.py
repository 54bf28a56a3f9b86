"""Readers turn a file into sheets of cells. They know nothing of tables or rules."""

from govaudit.readers.base import Cell, ReadError, Sheet, Workbook
from govaudit.readers.dispatch import read_workbook, is_supported

__all__ = ["Cell", "ReadError", "Sheet", "Workbook", "read_workbook", "is_supported"]
