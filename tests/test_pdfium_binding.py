"""The PDF reader binds the PDFium functions it calls itself (readers/pdfium.py): from the library file pypdfium2
ships, without importing pypdfium2_raw's generated bindings (a fresh process saves their import); from those
bindings when the file is not where pypdfium2_raw keeps it. Either way a PDF reads the same."""

from __future__ import annotations

import subprocess
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

from govaudit.readers import pdfium
from govaudit.readers.pdf_page import read_pages
from pdf_writer import PdfWriter


def _pdf(tmp_path: Path) -> Path:
    w = PdfWriter()
    w.page().text(72, 50, "一二 三", 10)
    w.page(842.0, 595.0).text(72, 60, "ab", 12)
    return w.save(tmp_path / "两页.pdf")


def _pages(lib, path: Path) -> list[tuple]:
    """Page count, and each page's size and first character's code through a binding made on `lib`."""
    api = pdfium.Pdfium(lib)
    doc = api.FPDF_LoadDocument(str(path).encode("utf-8"), None)
    assert doc
    try:
        out = []
        for i in range(api.FPDF_GetPageCount(doc)):
            page = api.FPDF_LoadPage(doc, i)
            tp = api.FPDFText_LoadPage(page)
            out.append((api.FPDF_GetPageWidthF(page), api.FPDF_GetPageHeightF(page), api.FPDFText_CountChars(tp),
                        api.FPDFText_GetUnicode(tp, 0)))
            api.FPDFText_ClosePage(tp)
            api.FPDF_ClosePage(page)
        return out
    finally:
        api.FPDF_CloseDocument(doc)


def test_the_library_is_pypdfium2s_own_file(tmp_path):
    import pypdfium2_raw.bindings as generated

    lib = pdfium._library()
    assert Path(lib._name).resolve() == Path(generated._libs["pdfium"]._name).resolve()
    assert _pages(lib, _pdf(tmp_path)) == [(595.0, 842.0, 4, ord("一")), (842.0, 595.0, 2, ord("a"))]


def test_without_the_file_in_the_package_folder_the_generated_bindings_load_it(tmp_path, monkeypatch):
    elsewhere = ModuleSpec("pypdfium2_raw", None, is_package=True)
    elsewhere.submodule_search_locations = [str(tmp_path)]  # a folder without the library
    monkeypatch.setattr(pdfium, "find_spec", lambda name: elsewhere)
    lib = pdfium._library()
    import pypdfium2_raw.bindings as generated

    assert lib is generated._libs["pdfium"]
    assert _pages(lib, _pdf(tmp_path)) == [(595.0, 842.0, 4, ord("一")), (842.0, 595.0, 2, ord("a"))]
    # the generated bindings' own typed functions are left as they were (the binding takes fresh ones)
    assert generated.FPDF_LoadPage.argtypes is not None


def test_a_pdf_check_does_not_import_the_generated_bindings(tmp_path):
    path = _pdf(tmp_path)
    code = ("import sys\nfrom pathlib import Path\nfrom govaudit.readers.pdf_page import read_pages\n"
            f"pages = read_pages(Path({str(path)!r}))\n"
            "print(len(pages), ''.join(c.text for c in pages[0].chars), 'pypdfium2_raw' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["2", "一二三", "False"]


def test_pages_read_the_same_through_either_binding(tmp_path, monkeypatch):
    path = _pdf(tmp_path)
    first = [(p.width, p.height, [tuple(c) for c in p.chars]) for p in read_pages(path)]
    elsewhere = ModuleSpec("pypdfium2_raw", None, is_package=True)
    elsewhere.submodule_search_locations = [str(tmp_path)]
    monkeypatch.setattr(pdfium, "find_spec", lambda name: elsewhere)
    from govaudit.readers import pdf_page

    monkeypatch.setattr(pdfium, "_PDFIUM", None)
    monkeypatch.setattr(pdf_page, "_API", None)
    second = [(p.width, p.height, [tuple(c) for c in p.chars]) for p in read_pages(path)]
    assert second == first
    assert first[0][2][0] == ("一", 72.0, 50.0, 82.0, 60.0, 10.0, 55.0)


def test_without_pypdfium2_raw_found_the_generated_bindings_are_asked(tmp_path, monkeypatch):
    """find_spec finds no pypdfium2_raw (an installation this does not know): the import of its bindings is tried
    all the same, and here it finds the library."""
    monkeypatch.setattr(pdfium, "find_spec", lambda name: None)
    lib = pdfium._library()
    import pypdfium2_raw.bindings as generated

    assert lib is generated._libs["pdfium"]


def test_the_binding_is_made_once(monkeypatch):
    monkeypatch.setattr(pdfium, "_PDFIUM", None)
    first = pdfium.pdfium()
    assert isinstance(first, pdfium.Pdfium) and pdfium.pdfium() is first
