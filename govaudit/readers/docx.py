"""Word (.docx) → virtual sheet of the document's tables and paragraphs, in document order."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers.base import ReadError, Workbook


def read_docx(path: Path) -> Workbook:
    raise ReadError("暂不支持 Word 文档（.docx）")
