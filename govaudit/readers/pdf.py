"""PDF → virtual sheet of the tables recovered from the text layer, and paragraphs in reading order."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers.base import ReadError, Workbook


def read_pdf(path: Path) -> Workbook:
    raise ReadError("暂不支持 PDF 文件")
