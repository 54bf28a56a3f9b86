"""Choose a reader by what the file is, not only by its name."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers.base import ReadError, Workbook

EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
LEGACY_SUFFIXES = {".xls", ".et", ".ods"}
# documents: read into virtual sheets plus paragraphs (readers/docx.py, readers/pdf.py)
WORD_SUFFIXES = {".docx"}
PDF_SUFFIXES = {".pdf"}
LEGACY_DOCUMENT_SUFFIXES = {".doc", ".wps"}
SUPPORTED_SUFFIXES = EXCEL_SUFFIXES | WORD_SUFFIXES | PDF_SUFFIXES

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
    """Files a folder walk picks up: workbooks it can check, and spreadsheets in formats it cannot (.xls/.et/.ods),
    which are then reported as not checked instead of being left out without a word."""
    listed = SUPPORTED_SUFFIXES | LEGACY_SUFFIXES | LEGACY_DOCUMENT_SUFFIXES
    return path.suffix.lower() in listed and not path.name.startswith("~$")


_OPENPYXL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}


def _is_xlsx_package(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except Exception:  # not a readable zip: the xlsx reader says why
        return False


def _legacy(what: str) -> ReadError:
    return ReadError(f"这是{what}格式，暂不支持；请在 Excel/WPS 中另存为 .xlsx 后再检查")


def read_workbook(path: str | Path) -> Workbook:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES or suffix in LEGACY_DOCUMENT_SUFFIXES:
        from govaudit.readers.docx import read_docx

        return read_docx(path)
    if suffix in PDF_SUFFIXES:
        from govaudit.readers.pdf import read_pdf

        return read_pdf(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
            fh.seek(0)
            blob = fh.read(4 * 1024 * 1024) if head == _CFB_MAGIC else fh.read(256)
    except IsADirectoryError:
        raise ReadError("是一个文件夹，不是工作簿") from None
    except FileNotFoundError:
        raise ReadError("文件不存在") from None
    except PermissionError:
        raise ReadError("没有读取权限") from None
    except OSError as exc:
        raise ReadError(f"无法读取文件（{exc.strerror or exc}）") from None
    if not head:
        raise ReadError("文件为空（0 字节），不是有效的工作簿")
    if head == _CFB_MAGIC:
        if "EncryptedPackage".encode("utf-16-le") in blob:
            raise ReadError("工作簿受密码保护（已加密），请先取消密码再检查")
        what = LEGACY_FORMATS[".et"] if path.suffix.lower() == ".et" else LEGACY_FORMATS[".xls"]
        raise _legacy(what)
    if head[:4] != _ZIP_MAGIC:
        if path.suffix.lower() in LEGACY_SUFFIXES:
            raise _legacy(LEGACY_FORMATS[path.suffix.lower()])
        raise ReadError("不是有效的 Excel 工作簿（.xlsx/.xlsm）：文件内容不是 xlsx 格式")
    if b"application/vnd.oasis.opendocument" in blob:  # an ODF package starts with its mimetype, stored
        raise _legacy(LEGACY_FORMATS[".ods"])
    if path.suffix.lower() not in _OPENPYXL_SUFFIXES and _is_xlsx_package(path):
        # openpyxl goes by the name: say what to do rather than pass on its English refusal
        shown = path.suffix or "（无）"
        raise ReadError(f"文件内容是 .xlsx 工作簿，但扩展名是 {shown}：请把文件名改为以 .xlsx 结尾后再检查")
    from govaudit.readers.xlsx import read_xlsx

    return read_xlsx(path)
