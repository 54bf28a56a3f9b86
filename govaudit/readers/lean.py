"""openpyxl imported without numpy: a fifth of the CPU time of checking a small workbook.

openpyxl imports numpy, when it is installed, only to count numpy's scalar types as numbers when it *writes* cells
(openpyxl.compat.numbers). govaudit writes only values it read from a workbook (the --annotate copy), never a numpy
value, yet paid for the import on every run. The first import of openpyxl in a govaudit process is done here with
numpy hidden; numpy stays importable for everything else afterwards.
"""

from __future__ import annotations

import sys


def import_openpyxl() -> None:
    if "openpyxl" in sys.modules or "numpy" in sys.modules:
        return  # already paid for (or numpy is in use anyway): openpyxl then knows numpy as usual
    sys.modules["numpy"] = None  # `import numpy` raises ImportError, which openpyxl takes for "not installed"
    try:
        import openpyxl  # noqa: F401
    except Exception:  # a broken openpyxl fails again, with its own message, where it is used
        pass
    finally:
        del sys.modules["numpy"]
