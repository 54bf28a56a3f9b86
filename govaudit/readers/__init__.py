"""Readers turn a file into sheets of cells (and a document's text). They know nothing of tables or rules."""

from govaudit.readers.base import Cell, Origin, Paragraph, ReadError, Sheet, Workbook
from govaudit.readers.dispatch import read_workbook, is_supported

__all__ = ["Cell", "Origin", "Paragraph", "ReadError", "Sheet", "Workbook", "read_workbook", "is_supported"]
