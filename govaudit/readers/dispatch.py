"""Choose a reader by what the file is, not only by its name."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers.base import ReadError, Workbook

EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
LEGACY_SUFFIXES = {".xls", ".et", ".ods"}
SUPPORTED_SUFFIXES = EXCEL_SUFFIXES

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: legacy .xls, or an encrypted .xlsx
_ZIP_MAGIC = b"PK\x03\x04"


def is_supported(path: Path) -> bool:
    """Files a folder walk should pick up (Office lock files ~$… are skipped)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith("~$")


def read_workbook(path: str | Path) -> Workbook:
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
            if head == _CFB_MAGIC:
                fh.seek(0)
                blob = fh.read(4 * 1024 * 1024)
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
        raise ReadError("这是旧版 Excel 97-2003（.xls）格式，暂不支持；请在 Excel/WPS 中另存为 .xlsx 后再检查")
    if head[:4] != _ZIP_MAGIC:
        raise ReadError("不是有效的 Excel 工作簿（.xlsx/.xlsm）：文件内容不是 xlsx 格式")
    from govaudit.readers.xlsx import read_xlsx

    return read_xlsx(path)
