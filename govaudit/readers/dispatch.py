"""Choose a reader by what the file is, not only by its name."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from govaudit.readers.base import ReadError, Workbook, open_error

EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
LEGACY_SUFFIXES = {".xls", ".et", ".ods"}  # read by readers/xls.py (.xls, .et) and readers/ods.py (.ods)
# documents: read into virtual sheets plus paragraphs (readers/docx.py, readers/pdf.py)
WORD_SUFFIXES = {".docx"}
PDF_SUFFIXES = {".pdf"}
LEGACY_DOCUMENT_SUFFIXES = {".doc", ".wps"}
SUPPORTED_SUFFIXES = EXCEL_SUFFIXES | LEGACY_SUFFIXES | WORD_SUFFIXES | PDF_SUFFIXES

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: legacy .xls, or an encrypted .xlsx
_ZIP_MAGIC = b"PK\x03\x04"

LEGACY_FORMATS = {
    ".xls": "旧版 Excel 97-2003（.xls）",
    ".et": "WPS 表格（.et）",
    ".ods": "OpenDocument 表格（.ods）",
}


def is_supported(path: Path) -> bool:
    """Workbooks govaudit can check (Office lock files ~$… are not workbooks)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith("~$")


def is_listed(path: Path) -> bool:
    """Files a folder walk picks up: every workbook and document govaudit reads (.xlsx/.xlsm/.xls/.et/.ods,
    .docx, .pdf), and documents in formats it cannot (.doc/.wps), which are then reported as not checked
    instead of being left out without a word. Not Office lock files (~$x.xlsx) nor the AppleDouble files a
    Mac archive adds (._x.xlsx, also all of __MACOSX/): they hold no disclosure. A file named on the command
    line is not listed: it is always checked."""
    listed = SUPPORTED_SUFFIXES | LEGACY_DOCUMENT_SUFFIXES
    return path.suffix.lower() in listed and not path.name.startswith(("~$", "._"))


_OPENPYXL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}


def _package_kind(path: Path) -> str | None:
    """"xlsx" or "docx" for an Office package of that kind (whatever the file's name), else None."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except Exception:  # not a readable zip: the reader says why
        return None
    return "xlsx" if "xl/workbook.xml" in names else "docx" if "word/document.xml" in names else None


def _is_xlsx_package(path: Path) -> bool:
    return _package_kind(path) == "xlsx"


_KIND_NAMES = {"xlsx": "Excel 工作簿", "docx": "Word 文档"}


def _misnamed(path: Path, head: bytes, what: str) -> None:
    """A ReadError telling what the file really is, when an Office package carries another kind's name."""
    kind = _package_kind(path) if head[:4] == _ZIP_MAGIC else None
    if kind is not None and _KIND_NAMES[kind] != what:
        gap = " " if what[0].isascii() else ""
        raise ReadError(f"文件内容是 {_KIND_NAMES[kind]}，不是{gap}{what}：请把扩展名改为 .{kind} 后再检查")


def _open_regular(path: Path):
    """The file opened for reading, if it is a regular file. A FIFO, a device or a socket is refused without
    waiting: it is opened non-blocking and looked at (fstat) before a byte is read, so a pipe named x.xlsx
    cannot hang the run."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        if path.is_symlink():
            raise ReadError("是符号链接，但它指向的文件不存在") from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError
        if not stat.S_ISREG(mode):
            kind = "管道（FIFO）" if stat.S_ISFIFO(mode) else "设备或套接字"
            raise ReadError(f"不是普通文件（是{kind}），不能作为工作簿读取")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _is_ods_package(path: Path) -> bool:
    """An ODF spreadsheet whose mimetype member is not the first, stored one (some tools compress it)."""
    from govaudit.readers import ziplite  # (zipfile itself only for a package it alone reads: issue 13)

    try:
        with ziplite.open_zip(path) as zf:
            info = zf.getinfo("mimetype")
            return info.file_size < 100 and zf.read(info).strip() == b"application/vnd.oasis.opendocument.spreadsheet"
    except Exception:  # no such member, not a readable zip: not an .ods
        return False


def read_workbook(path: str | Path) -> Workbook:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        with _open_regular(path) as fh:  # a pipe or a device is refused before any reader waits on it
            head = fh.read(8)
            fh.seek(0)
            blob = fh.read(4 * 1024 * 1024) if head == _CFB_MAGIC else fh.read(256)
    except ReadError:
        raise
    except OSError as exc:
        raise open_error(exc, "工作簿") from None
    if suffix not in PDF_SUFFIXES and head != _CFB_MAGIC and b"%PDF-" in blob:
        what = "Word 文档" if suffix in WORD_SUFFIXES | LEGACY_DOCUMENT_SUFFIXES else LEGACY_FORMATS.get(suffix, "Excel 工作簿")
        gap = " " if what[0].isascii() else ""
        raise ReadError(f"文件内容是 PDF 文件，不是{gap}{what}：请把扩展名改为 .pdf 后再检查")
    if suffix in WORD_SUFFIXES or suffix in LEGACY_DOCUMENT_SUFFIXES:
        from govaudit.readers.docx import read_docx

        return read_docx(path)
    if suffix in PDF_SUFFIXES:
        _misnamed(path, head, "PDF 文件")
        from govaudit.readers.pdf import read_pdf

        return read_pdf(path)
    if not head:
        raise ReadError("文件为空（0 字节），不是有效的工作簿")
    if head == _CFB_MAGIC:
        if "EncryptedPackage".encode("utf-16-le") in blob:
            raise ReadError("工作簿受密码保护（已加密），请先取消密码再检查")
        from govaudit.readers.xls import read_xls

        return read_xls(path)  # .xls, or a WPS .et (the same BIFF records)
    if head[:4] != _ZIP_MAGIC:
        if suffix in LEGACY_SUFFIXES:
            raise ReadError(f"不是有效的{LEGACY_FORMATS[suffix]}文件：文件内容不是该格式")
        raise ReadError("不是有效的 Excel 工作簿（.xlsx/.xlsm）：文件内容不是 xlsx 格式")
    if b"application/vnd.oasis.opendocument.spreadsheet" in blob or _is_ods_package(path):
        from govaudit.readers.ods import read_ods

        return read_ods(path)
    if b"application/vnd.oasis.opendocument" in blob:
        raise ReadError("这是 OpenDocument 文件，但不是表格（.ods），无法检查")
    if suffix not in _OPENPYXL_SUFFIXES and _is_xlsx_package(path):
        # openpyxl goes by the name: say what to do rather than pass on its English refusal
        shown = path.suffix or "（无）"
        raise ReadError(f"文件内容是 .xlsx 工作簿，但扩展名是 {shown}：请把文件名改为以 .xlsx 结尾后再检查")
    from govaudit.readers.xlsx import read_xlsx

    try:
        return read_xlsx(path)  # openpyxl is imported (without numpy) only if the file needs it
    except ReadError:
        _misnamed(path, head, "Excel 工作簿")  # (looked at only when the file is no workbook: a Word document?)
        raise
