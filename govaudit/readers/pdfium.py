"""The few PDFium functions the PDF reader calls, bound straight from the library file pypdfium2 ships.

pypdfium2_raw's generated bindings define all of PDFium's ~500 functions and its types when imported: about 20 ms
of every fresh `govaudit check X.pdf` process, for the 30 functions read here. So the library file is loaded from
pypdfium2_raw's package folder without importing the package; when it is not there (a pypdfium2 built against a
system PDFium, a layout this does not know), pypdfium2_raw is imported and its library used, as before.

Every function is called without ctypes' per-argument type checks: a call then costs about a third, and a
25-page disclosure makes ~30,000 of them. Each argument passed is a handle (`Handle`, a c_void_p), a `byref` or a
small int, which ctypes' default conversions pass exactly; results that are handles come back as `Handle` objects
(not as Python ints, which would be passed back as a 32-bit C int) and are passed straight back.
"""

from __future__ import annotations

import ctypes
import sys
from importlib.util import find_spec
from pathlib import Path

from govaudit.readers.pdf_fonts import install as install_stand_in

# fpdfview.h / fpdf_edit.h
FPDF_ERR_PASSWORD = 4
FPDF_ERR_SECURITY = 5
FPDF_PAGEOBJ_TEXT = 1
FPDF_PAGEOBJ_PATH = 2
FPDF_PAGEOBJ_IMAGE = 3
FPDF_SEGMENT_LINETO = 0
FPDF_SEGMENT_MOVETO = 2
FPDF_FILLMODE_ALTERNATE = 1  # FPDFPath_GetDrawMode: filled by the even-odd rule (2: nonzero winding)


class Handle(ctypes.c_void_p):
    """A PDFium handle as a restype: ctypes returns a subclass of c_void_p as it is."""


class FS_RECTF(ctypes.Structure):
    _fields_ = (("left", ctypes.c_float), ("top", ctypes.c_float), ("right", ctypes.c_float),
                ("bottom", ctypes.c_float))


class FS_MATRIX(ctypes.Structure):
    _fields_ = tuple((name, ctypes.c_float) for name in "abcdef")


class _LibraryConfig(ctypes.Structure):
    """FPDF_LIBRARY_CONFIG as of its version 2 (the fields PDFium reads for version 2)."""

    _fields_ = (("version", ctypes.c_int), ("m_pUserFontPaths", ctypes.c_void_p), ("m_pIsolate", ctypes.c_void_p),
                ("m_v8EmbedderSlot", ctypes.c_uint))


_INT, _UINT, _FLOAT = ctypes.c_int, ctypes.c_uint, ctypes.c_float
# name → result type (None: void)
_FUNCTIONS = {
    "FPDF_InitLibraryWithConfig": None,
    "FPDF_LoadDocument": Handle,
    "FPDF_CloseDocument": None,
    "FPDF_GetPageCount": _INT,
    "FPDF_GetLastError": ctypes.c_ulong,
    "FPDF_LoadPage": Handle,
    "FPDF_ClosePage": None,
    "FPDF_GetPageWidthF": _FLOAT,
    "FPDF_GetPageHeightF": _FLOAT,
    "FPDF_GetPageBoundingBox": _INT,
    "FPDFPage_GetRotation": _INT,
    "FPDFText_LoadPage": Handle,
    "FPDFText_ClosePage": None,
    "FPDFText_CountChars": _INT,
    "FPDFText_GetText": _INT,
    "FPDFText_GetTextIndexFromCharIndex": _INT,
    "FPDFText_GetUnicode": _UINT,
    "FPDFText_GetLooseCharBox": _INT,
    "FPDFText_IsGenerated": _INT,
    "FPDFPage_CountObjects": _INT,
    "FPDFPage_GetObject": Handle,
    "FPDFPageObj_GetType": _INT,
    "FPDFPageObj_GetBounds": _INT,
    "FPDFPageObj_GetFillColor": _INT,
    "FPDFPageObj_GetMatrix": _INT,
    "FPDFPath_GetDrawMode": _INT,
    "FPDFPath_CountSegments": _INT,
    "FPDFPath_GetPathSegment": Handle,
    "FPDFPathSegment_GetPoint": _INT,
    "FPDFPathSegment_GetType": _INT,
    "FPDFPathSegment_GetClose": _INT,
    "FPDF_LoadMemDocument": Handle,
    "FPDFPageObj_GetClipPath": Handle,
    "FPDFClipPath_CountPaths": _INT,
    "FPDFClipPath_CountPathSegments": _INT,
    "FPDFClipPath_GetPathSegment": Handle,
    "FPDF_GetDefaultSystemFontInfo": ctypes.c_void_p,
    "FPDF_SetSystemFontInfo": None,
}
# functions a PDFium older than the reader's newest use may lack: None then, and the reader does without them
_OPTIONAL = {
    "FPDFText_GetTextObject": Handle,  # (2023) the page object a character of the text layer was drawn by
}


class Pdfium:
    """PDFium's functions by their C names, started once (a second start of the library is a no-op in PDFium)."""

    def __init__(self, lib: ctypes.CDLL):
        for name, restype in _FUNCTIONS.items():
            f = lib[name]  # a fresh function object each time: another user's typed one is never changed
            f.restype = restype
            setattr(self, name, f)
        for name, restype in _OPTIONAL.items():
            try:
                f = lib[name]
            except AttributeError:
                f = None
            else:
                f.restype = restype
            setattr(self, name, f)
        config = _LibraryConfig(version=2)  # the other fields zero: no font paths, no V8 isolate
        self.FPDF_InitLibraryWithConfig(ctypes.byref(config))
        install_stand_in(self)  # the font for CJK text whose font the PDF does not embed (pdf_fonts)


def _library() -> ctypes.CDLL:
    spec = find_spec("pypdfium2_raw")
    if spec is not None and spec.submodule_search_locations:
        if sys.platform.startswith(("win32", "cygwin", "msys")):
            name = "pdfium.dll"
        elif sys.platform.startswith(("darwin", "ios")):
            name = "libpdfium.dylib"
        else:
            name = "libpdfium.so"
        for folder in spec.submodule_search_locations:
            path = Path(folder) / name
            if path.is_file():
                return ctypes.CDLL(str(path))
    from pypdfium2_raw import bindings  # the generated loader knows where its library is

    return bindings._libs["pdfium"]


_PDFIUM: Pdfium | None = None


def pdfium() -> Pdfium:
    global _PDFIUM
    if _PDFIUM is None:
        _PDFIUM = Pdfium(_library())
    return _PDFIUM
