"""What the PDF reader takes from a page: characters with their boxes, ruling lines however they are drawn, bad
input named in one line (issue 14: these kill the mutants of readers/pdf_page.py).

Pages are written with tests/pdf_writer.py; drawing operators it has no method for (a stroked rectangle, a rule
drawn as a thin filled bar, a whole grid in one path, a clipping path) are appended to the page's content as raw
PDF operators. Boxes are points with the origin at the page's top-left corner."""

from __future__ import annotations

import pytest

from govaudit.readers import ReadError
from govaudit.readers.pdf import read_pdf
from govaudit.readers import pdf_page
from govaudit.readers.pdf_page import MAX_BYTES, MAX_PAGES, read_pages
from pdf_writer import PdfWriter

TEN = "一二三四五六七八九十"


def _segments(page):
    return sorted((s.horizontal, round(s.pos, 1), round(s.a, 1), round(s.b, 1)) for s in page.segments)


def test_characters_keep_their_boxes_and_the_text_layers_spaces(tmp_path):
    w = PdfWriter()
    p = w.page()
    p.text(72, 50, "一二 三四", 10)
    p.text(72, 70, "ab", 12)
    (page,) = read_pages(w.save(tmp_path / "字.pdf"))
    assert (page.number, page.width, page.height, page.images) == (1, 595.0, 842.0, 0)
    assert [(c.text, c.x0, c.top, c.x1, c.bottom) for c in page.chars] == [
        ("一", 72.0, 50.0, 82.0, 60.0), ("二", 82.0, 50.0, 92.0, 60.0), ("三", 102.0, 50.0, 112.0, 60.0),
        ("四", 112.0, 50.0, 122.0, 60.0), ("a", 72.0, 70.0, 84.0, 82.0), ("b", 84.0, 70.0, 96.0, 82.0)]
    assert page.chars[4].height == 12.0
    assert sorted(page.breaks) == [2, 4]  # the space before 三, the line break before a


def test_a_character_made_from_its_box_knows_its_height_and_middle(tmp_path):
    """Char(text, x0, top, x1, bottom), as tests and callers build one, fills in the two derived values the reader
    fills in itself when it reads a page: the height and the vertical middle of the box."""
    c = pdf_page.Char("金", 10.0, 100.0, 19.0, 109.0)
    assert (c.height, c.cy) == (9.0, 104.5)
    assert c == ("金", 10.0, 100.0, 19.0, 109.0, 9.0, 104.5)
    w = PdfWriter()
    w.page().text(72, 50, "金额", 9)
    (page,) = read_pages(w.save(tmp_path / "字.pdf"))
    assert page.chars == [pdf_page.Char(*ch[:5]) for ch in page.chars]  # the reader's own way gives the same


def test_ruling_lines_drawn_every_way(tmp_path):
    w = PdfWriter()
    p = w.page()
    h = p.height
    p.ops.append(f"0.5 w 100 {h - 200:g} 100 50 re S")  # a stroked rectangle: its four edges
    p.ops.append(f"0 g 100 {h - 300.8:g} 200 0.8 re f")  # a rule printed as a thin black bar
    p.ops.append(f"0 g 420 {h - 400:g} 0.8 60 re f")  # … and a vertical one
    p.ops.append(f"1 g 100 {h - 320.8:g} 200 0.8 re f 0 g")  # a white bar: a cell background's edge, no rule
    p.ops.append(f"{245 / 255:.4f} g 100 {h - 330.8:g} 200 0.8 re f 0 g")  # near-white (245 of 255): no rule …
    p.ops.append(f"{244 / 255:.4f} g 100 {h - 340.8:g} 200 0.8 re f 0 g")  # … a shade darker: a rule
    p.ops.append(f"0.5 g 100 {h - 380:g} 200 40 re f 0 g")  # a shaded area: no rules
    p.ops.append(f"q 50 {h - 500:g} 300 100 re W n Q")  # a clipping path: drawn nowhere
    # a whole 2×2 grid in one stroked path, drawn from its own origin moved and scaled by a matrix
    p.ops.append(f"q 2 0 0 2 300 {h - 550:g} cm 0.25 w 0 0 m 50 0 l 50 25 l 0 25 l h "
                 "25 0 m 25 25 l 0 12.5 m 50 12.5 l 10 3 m 20 9 l 30 1 m 31 1 l S Q")
    p.ops.append(f"0 g 100 {h - 252.5:g} 200 2.5 re f")  # bars exactly 2.5 pt thick are still rules
    p.ops.append(f"0 g 480 {h - 400:g} 2.5 60 re f")
    # two closed frames in one path, drawn turned by 90° (x → down the page, y → left)
    p.ops.append(f"q 0 1 -1 0 500 {h - 600:g} cm 0.25 w 0 0 m 40 0 l 40 20 l 0 20 l h "
                 "0 30 m 40 30 l 40 50 l 0 50 l h S Q")
    (page,) = read_pages(w.save(tmp_path / "线.pdf"))
    assert _segments(page) == sorted([
        (False, 450.0, 560.0, 600.0), (False, 470.0, 560.0, 600.0), (False, 480.0, 560.0, 600.0),
        (False, 481.2, 340.0, 400.0), (False, 500.0, 560.0, 600.0),
        (True, 251.2, 100.0, 300.0), (True, 560.0, 450.0, 470.0), (True, 560.0, 480.0, 500.0),
        (True, 600.0, 450.0, 470.0), (True, 600.0, 480.0, 500.0)] + [
        (False, 99.5, 149.5, 200.5), (False, 200.5, 149.5, 200.5),
        (False, 300.0, 500.0, 550.0), (False, 350.0, 500.0, 550.0), (False, 400.0, 500.0, 550.0),
        (False, 420.4, 340.0, 400.0),
        (True, 149.5, 99.5, 200.5), (True, 200.5, 99.5, 200.5), (True, 300.4, 100.0, 300.0),
        (True, 340.4, 100.0, 300.0),
        (True, 500.0, 300.0, 400.0), (True, 525.0, 300.0, 400.0), (True, 550.0, 300.0, 400.0)])


def test_a_grid_in_one_path_is_read_as_a_table(tmp_path):
    """Some printers draw a table's every rule in one path: the table's cells are still found."""
    w = PdfWriter()
    p = w.page()
    h = p.height
    p.ops.append(f"0.5 w 72 {h - 100:g} m 372 {h - 100:g} l 372 {h - 136:g} l 72 {h - 136:g} l h "
                 f"72 {h - 118:g} m 372 {h - 118:g} l 222 {h - 100:g} m 222 {h - 136:g} l S")
    p.text(74, 104, "项目", 9)
    p.text(224, 104, "金额", 9)
    p.text(74, 122, "工资福利支出", 9)
    p.text_right(370, 122, "1,234.50", 9)
    book = read_pdf(w.save(tmp_path / "一笔.pdf"))
    sheet = book.sheets[0]
    assert sorted((k, c.value) for k, c in sheet.cells.items()) == [
        ((1, 1), "项目"), ((1, 2), "金额"), ((2, 1), "工资福利支出"), ((2, 2), "1,234.50")]
    assert sheet.origins[(2, 2)].bbox == (222.0, 118.0, 372.0, 136.0) and sheet.origins[(2, 2)].page == 1


def test_an_image_is_counted(tmp_path):
    w = PdfWriter()
    w.page().image_only()
    w.page().text(72, 72, "一")
    pages = read_pages(w.save(tmp_path / "图.pdf"))
    assert [(p.number, p.images, [c.text for c in p.chars]) for p in pages] == [(1, 1, []), (2, 0, ["一"])]


def test_a_scanned_page_among_text_is_still_a_scan_when_the_text_is_too_short(tmp_path):
    w = PdfWriter()
    w.page().text(72, 72, "一二三")
    w.page().image_only()
    with pytest.raises(ReadError, match="^扫描件，没有文字层"):
        read_pdf(w.save(tmp_path / "扫描.pdf"))


@pytest.mark.parametrize("angle, box", [
    (0, (72.0, 50.0, 82.0, 60.0)),
    (90, (782.0, 72.0, 792.0, 82.0)),
    (180, (513.0, 782.0, 523.0, 792.0)),
    (270, (50.0, 513.0, 60.0, 523.0)),
])
def test_a_rotated_page_gives_boxes_as_displayed(tmp_path, angle, box):
    """/Rotate turns the page clockwise: the first character's box is where a reader sees it."""
    from pypdf import PdfReader, PdfWriter as Writer

    w = PdfWriter()
    w.page().text(72, 50, "一二", 10)
    out = Writer(clone_from=PdfReader(w.save(tmp_path / "r.pdf")))
    out.pages[0].rotate(angle)
    path = tmp_path / f"r{angle}.pdf"
    with open(path, "wb") as fh:
        out.write(fh)
    (page,) = read_pages(path)
    wide = angle in (90, 270)
    assert (page.width, page.height) == ((842.0, 595.0) if wide else (595.0, 842.0))
    c = page.chars[0]
    assert (c.x0, c.top, c.x1, c.bottom) == box


@pytest.mark.parametrize("make, words", [
    (lambda d: d / "无此文件.pdf", "^文件不存在$"),
    (lambda d: d, "^是一个文件夹，不是 PDF 文件$"),
])
def test_missing_file_or_folder(tmp_path, make, words):
    with pytest.raises(ReadError, match=words):
        read_pdf(make(tmp_path))


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "大.pdf"
    with open(path, "wb") as fh:  # sparse: costs no disk, and the reader must not read it
        fh.write(b"%PDF-1.4\n")
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ReadError, match=r"^PDF 文件过大（300 MB），不像一份部门决算公开$"):
        read_pdf(path)


def test_pdf_header_may_follow_some_junk(tmp_path):
    """The %PDF- marker may sit after a few bytes of junk (mail gateways add them); PDF readers accept that."""
    w = PdfWriter()
    w.page().text(72, 72, TEN)
    data = w.save(tmp_path / "a.pdf").read_bytes()
    path = tmp_path / "前缀.pdf"
    path.write_bytes(b"\r\n" + data)
    assert [p.text for p in read_pdf(path).paragraphs] == [TEN]


def test_unsupported_encryption_and_broken_file(tmp_path):
    w = PdfWriter()
    w.page().text(72, 72, TEN)
    data = w.save(tmp_path / "a.pdf").read_bytes()
    locked = tmp_path / "加密.pdf"
    locked.write_bytes(data.replace(b"trailer\n<< ", b"trailer\n<< /Encrypt << /Filter /Foo /V 1 /R 2 /O <00> "
                                                     b"/U <00> /P -4 >> /ID [<01> <01>] "))
    with pytest.raises(ReadError, match="^PDF 文件使用了不支持的加密方式，请先取消加密再检查$"):
        read_pdf(locked)
    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<<>>\n%%EOF")
    with pytest.raises(ReadError, match="^PDF 文件已损坏或格式不正确，无法打开$"):
        read_pdf(broken)


def test_page_limit(tmp_path):
    """400 pages are read (here: blank but for one line); 401 are refused before any page is read."""
    w = PdfWriter()
    for _ in range(MAX_PAGES):
        w.page()
    w.pages[-1].text(72, 72, TEN)
    pages = read_pages(w.save(tmp_path / "400.pdf"))
    assert len(pages) == 400 and pages[-1].number == 400 and len(pages[-1].chars) == 10
    w.page()
    with pytest.raises(ReadError, match="^PDF 文件有 401 页，超过 400 页，不像一份部门决算公开$"):
        read_pages(w.save(tmp_path / "401.pdf"))


@pytest.mark.parametrize("count, refused", [(20, False), (21, True)])
def test_too_many_characters_on_a_page(tmp_path, monkeypatch, count, refused):
    """A page holding more characters than the limit is refused (the limit lowered to 20 here: 60 000 real
    characters take PDFium a second to load)."""
    monkeypatch.setattr(pdf_page, "MAX_CHARS_PER_PAGE", 20)
    w = PdfWriter()
    w.page().text(72, 72, TEN)
    w.page().text(72, 72, ("一二三四五六七八九十" * 3)[:count])
    path = w.save(tmp_path / "字多.pdf")
    if refused:
        with pytest.raises(ReadError, match="^PDF 文件第 2 页有 21 个字符，过多，不像一份部门决算公开$"):
            read_pages(path)
    else:
        assert [len(p.chars) for p in read_pages(path)] == [10, 20]


def test_a_read_that_runs_too_long_stops_with_a_message(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_page, "MAX_SECONDS", -1.0)  # already over time before the first page
    w = PdfWriter()
    w.page().text(72, 72, TEN)
    with pytest.raises(ReadError, match="^PDF 文件读取超时（-1 秒内只读完 0 页），文件可能已损坏$"):
        read_pages(w.save(tmp_path / "慢.pdf"))


def test_a_broken_page_is_named(tmp_path):
    """The page tree's second entry is not a page (here: the font): that page, by number, cannot be read."""
    w = PdfWriter()
    w.page().text(72, 72, TEN)
    w.page().text(72, 72, TEN)
    data = w.save(tmp_path / "a.pdf").read_bytes()
    assert b"/Kids [7 0 R 9 0 R]" in data
    path = tmp_path / "坏页.pdf"
    path.write_bytes(data.replace(b"/Kids [7 0 R 9 0 R]", b"/Kids [7 0 R 1 0 R]"))  # same length: offsets hold
    with pytest.raises(ReadError, match="^PDF 文件第 2 页已损坏，无法读取$"):
        read_pdf(path)


def test_a_transparent_bar_is_no_rule(tmp_path):
    """A black bar filled fully transparent (fill alpha 0, as some generators draw placeholders) is drawn
    nowhere: no rule; the same bar opaque is one."""
    from pypdf import PdfReader, PdfWriter as Writer
    from pypdf.generic import DictionaryObject, FloatObject, NameObject

    w = PdfWriter()
    p = w.page()
    h = p.height
    p.ops.append(f"q /GS0 gs 0 g 100 {h - 300.8:g} 200 0.8 re f Q")
    p.ops.append(f"q /GS1 gs 0 g 100 {h - 310.8:g} 200 0.8 re f Q")
    out = Writer(clone_from=PdfReader(w.save(tmp_path / "a.pdf")))
    states = {"/GS0": 0.0, "/GS1": 1.0}
    out.pages[0]["/Resources"][NameObject("/ExtGState")] = DictionaryObject(
        {NameObject(k): DictionaryObject({NameObject("/ca"): FloatObject(v)}) for k, v in states.items()})
    path = tmp_path / "透明.pdf"
    with open(path, "wb") as fh:
        out.write(fh)
    (page,) = read_pages(path)
    assert _segments(page) == [(True, 310.4, 100.0, 300.0)]


def test_a_file_exactly_at_the_size_limit_is_read(tmp_path, monkeypatch):
    """The size limit refuses files larger than it, not one exactly as large (lowered to the test file's size)."""
    w = PdfWriter()
    w.page().text(72, 72, TEN)
    path = w.save(tmp_path / "a.pdf")
    monkeypatch.setattr(pdf_page, "MAX_BYTES", path.stat().st_size)
    assert [c.text for c in read_pages(path)[0].chars] == list(TEN)
    monkeypatch.setattr(pdf_page, "MAX_BYTES", path.stat().st_size - 1)
    with pytest.raises(ReadError, match="^PDF 文件过大"):
        read_pages(path)


def test_the_time_limit_names_the_pages_read_before_it(tmp_path, monkeypatch):
    """Each page is started only while the read is within the limit: with a clock that moves 30 s per look and a
    60 s limit, pages 1 and 2 are read (at 30 s and exactly 60 s) and the third is not."""
    import types

    clock = iter(range(0, 1000, 30))
    monkeypatch.setattr(pdf_page, "time", types.SimpleNamespace(monotonic=lambda: next(clock)))
    monkeypatch.setattr(pdf_page, "MAX_SECONDS", 60.0)
    w = PdfWriter()
    for _ in range(3):
        w.page().text(72, 72, TEN)
    with pytest.raises(ReadError, match="^PDF 文件读取超时（60 秒内只读完 2 页），文件可能已损坏$"):
        read_pages(w.save(tmp_path / "慢.pdf"))


def _closes(monkeypatch) -> list:
    """Every PDFium document closed from now on (a document left open keeps its memory until the process ends)."""
    raw = pdf_page._api().raw
    real = raw.FPDF_CloseDocument
    closed = []

    def close(handle):
        closed.append(bool(handle))
        return real(handle)

    monkeypatch.setattr(raw, "FPDF_CloseDocument", close)
    return closed


def test_every_document_opened_is_closed_once(tmp_path, monkeypatch):
    w = PdfWriter()
    w.page().text(72, 72, TEN)
    data = w.save(tmp_path / "a.pdf").read_bytes()
    closed = _closes(monkeypatch)
    read_pages(tmp_path / "a.pdf")
    assert closed == [True]  # a good file: closed after its pages are read
    # a document PDFium opens but whose catalog names no page tree (no pages): closed before it is refused
    empty = tmp_path / "无页.pdf"
    empty.write_bytes(data.replace(b"/Type /Catalog /Pages", b"/Type /Catalog /Pagez"))
    with pytest.raises(ReadError, match="^PDF 文件已损坏或格式不正确，无法打开$"):
        read_pages(empty)
    assert closed == [True, True]
    # a document PDFium cannot open at all: nothing to close
    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<<>>\n%%EOF")
    with pytest.raises(ReadError, match="^PDF 文件已损坏或格式不正确，无法打开$"):
        read_pages(broken)
    assert closed == [True, True]


def test_a_document_closed_twice_is_closed_once(tmp_path, monkeypatch):
    w = PdfWriter()
    w.page().text(72, 72, TEN)
    doc = pdf_page.open_document(w.save(tmp_path / "a.pdf"))
    closed = _closes(monkeypatch)
    doc.close()
    doc.close()
    assert closed == [True] and doc.handle is None


def _unicode_calls(monkeypatch) -> list[int]:
    """The characters read one call each (PDFium's per-character lookup) from now on."""
    api = pdf_page._api()
    real = api.get_unicode
    calls = []

    def get_unicode(tp, i):
        calls.append(i)
        return real(tp, i)

    monkeypatch.setattr(api, "get_unicode", get_unicode)
    return calls


def _two_lines(tmp_path):
    w = PdfWriter()
    w.page().text(72, 50, "一二三", 10).text(72, 70, "四五", 10)
    return w.save(tmp_path / "两行.pdf")


def test_a_page_of_plain_text_is_read_in_one_call(tmp_path, monkeypatch):
    """The page's whole text in one call, no character looked up on its own: a 25-page disclosure has ~30,000."""
    calls = _unicode_calls(monkeypatch)
    (page,) = read_pages(_two_lines(tmp_path))
    assert [c.text for c in page.chars] == list("一二三四五") and sorted(page.breaks) == [3]
    assert calls == []


def test_units_the_whole_page_text_cannot_hold_are_looked_up_one_by_one(tmp_path, monkeypatch):
    """Should PDFium's page text hold a surrogate (either end of the range) or a 0 where a character is, that
    character alone is looked up on its own; the others are taken from the page text."""
    api = pdf_page._api()
    real = api.get_text

    def get_text(tp, start, n, buf):
        got = real(tp, start, n, buf)
        buf[0], buf[1], buf[5] = 0xD800, 0xDFFF, 0  # 一, 二 and 四 (after 三 and PDFium's line break \r\n)
        return got

    monkeypatch.setattr(api, "get_text", get_text)
    calls = _unicode_calls(monkeypatch)
    (page,) = read_pages(_two_lines(tmp_path))
    assert [c.text for c in page.chars] == list("一二三四五") and sorted(page.breaks) == [3]
    assert calls == [0, 1, 5]


def test_page_text_that_does_not_line_up_is_read_character_by_character(tmp_path, monkeypatch):
    """When the page text's length is not one unit per character (plus the terminating 0), every character is
    looked up on its own, with the same result."""
    api = pdf_page._api()
    real = api.get_text
    monkeypatch.setattr(api, "get_text", lambda tp, start, n, buf: real(tp, start, n, buf) - 1)
    calls = _unicode_calls(monkeypatch)
    (page,) = read_pages(_two_lines(tmp_path))
    assert [c.text for c in page.chars] == list("一二三四五") and sorted(page.breaks) == [3]
    assert calls == list(range(7))


def test_text_squashed_flat_is_still_text(tmp_path):
    """A text matrix of zero height (`1 0 0 0 Tm`) gives boxes of zero height but their full width: the text layer
    holds those characters (as it holds invisible OCR text), so they are read; PDFium itself drops glyphs of zero
    width (`0 Tz`)."""
    w = PdfWriter()
    p = w.page()
    p.text(72, 50, "一二三", 10)
    p.ops.append(f"q BT /F1 10 Tf 1 0 0 0 72 {p.height - 100:g} Tm <56DB4E94> Tj ET Q")
    (page,) = read_pages(w.save(tmp_path / "扁.pdf"))
    assert [c.text for c in page.chars] == list("一二三四五")
    assert [(c.top, c.bottom) for c in page.chars[3:]] == [(100.0, 100.0), (100.0, 100.0)]


def _boxes(monkeypatch, change) -> None:
    """PDFium's character boxes as `change(index, rect)` leaves them (it returns whether there is a box)."""
    api = pdf_page._api()
    real = api.loose_box

    def loose_box(tp, i, ref):
        return real(tp, i, ref) and change(i, ref._obj)

    monkeypatch.setattr(api, "loose_box", loose_box)


def test_a_character_without_a_box_or_of_no_size_is_left_out(tmp_path, monkeypatch):
    """A character PDFium gives no box for, or a box of no size (a point), cannot be placed: it is left out and the
    characters after it are read. A hairline box (no width or no height, but not both) is still a place."""
    def change(i, rect):
        if i == 1:  # 二: a point
            rect.left = rect.right = 90.0
            rect.top = rect.bottom = 700.0
        elif i == 0:  # 一: no width, half a point high
            rect.right, rect.top = rect.left, rect.bottom + 0.5
        elif i == 6:  # 五: half a point wide, no height
            rect.right, rect.top = rect.left + 0.5, rect.bottom
        return i != 5  # 四: no box

    _boxes(monkeypatch, change)
    (page,) = read_pages(_two_lines(tmp_path))
    assert [(c.text, c.x1 - c.x0, c.bottom - c.top) for c in page.chars] == [
        ("一", 0.0, 0.5), ("三", 10.0, 10.0), ("五", 0.5, 0.0)]
    assert sorted(page.breaks) == [2]


def test_a_logo_before_the_table_rules(tmp_path):
    """An image drawn first (a logo, a seal) is counted, and the rules drawn after it are still read."""
    w = PdfWriter()
    p = w.page()
    p.ops.append(f"q 40 0 0 40 72 {p.height - 80:g} cm /Im1 Do Q")
    p.line(72, 100, 372, 100)
    (page,) = read_pages(w.save(tmp_path / "标志.pdf"))
    assert page.images == 1 and _segments(page) == [(True, 100.0, 71.5, 372.5)]  # bounds take in the pen's width


def test_a_square_bullet_or_dot_is_no_rule(tmp_path):
    """A filled square 2.5 pt wide (a bullet) or a 2.5 pt dash is not a rule: a rule is thin AND longer than that."""
    w = PdfWriter()
    p = w.page()
    h = p.height
    p.ops.append(f"0 g 100 {h - 102.5:g} 2.5 2.5 re f")  # a square bullet
    p.ops.append(f"0 g 100 {h - 120.5:g} 2.5 0.5 re f")  # a short dash
    p.ops.append(f"0 g 100 {h - 142.5:g} 0.5 2.5 re f")  # … upright
    p.ops.append(f"0 g 100 {h - 160.5:g} 2.6 0.5 re f")  # a little longer: a (short) rule
    (page,) = read_pages(w.save(tmp_path / "点.pdf"))
    assert _segments(page) == [(True, 160.2, 100.0, 102.6)]


def _path_of(pieces: int, h: float) -> str:
    """One stroked path of `pieces` horizontal rules, 1 pt apart (2 path segments each: a move and a line)."""
    return "0.1 w " + " ".join(f"72 {h - 100 - k % 600:g} m 300 {h - 100 - k % 600:g} l" for k in range(pieces)) + " S"


def test_a_path_of_more_than_20000_segments_is_not_taken_apart(tmp_path):
    """A stroked path with up to 20,000 segments is read piece by piece; a larger one (a drawing, a chart's
    hatching) is left alone, so that a hostile file cannot make the read slow."""
    w = PdfWriter()
    w.page().ops.append(_path_of(10_000, 842.0))  # 20,000 segments
    w.page().ops.append(_path_of(10_001, 842.0))
    ok, big = read_pages(w.save(tmp_path / "多段.pdf"))
    assert len(ok.segments) == 10_000 and big.segments == []


def test_a_page_object_without_bounds_is_skipped(tmp_path, monkeypatch):
    """Should PDFium give no bounds for a page object, it is skipped and the objects after it are read."""
    api = pdf_page._api()
    real = api.bounds
    seen = []

    def bounds(obj, *refs):
        seen.append(1)
        return len(seen) != 1 and real(obj, *refs)

    monkeypatch.setattr(api, "bounds", bounds)
    w = PdfWriter()
    w.page().line(72, 100, 372, 100).line(72, 120, 372, 120)
    (page,) = read_pages(w.save(tmp_path / "无界.pdf"))
    assert _segments(page) == [(True, 120.0, 71.5, 372.5)]


def test_a_grid_path_whose_rules_lean_a_point_or_have_ticks(tmp_path):
    """In a grid drawn as one path, a rule that rises or leans by at most 1 pt over its length (a printer's
    rounding) is still a rule, at its middle; more than that is a slanted line. Pieces 2.5 pt long (ticks) are
    no rules."""
    w = PdfWriter()
    p = w.page()
    h = p.height
    p.ops.append(f"0.25 w 100 {h - 100:g} m 300 {h - 101:g} l "  # rises 1 pt: a rule at 100.5
                 f"100 {h - 120:g} m 300 {h - 121.5:g} l "  # rises 1.5 pt: slanted
                 f"400 {h - 100:g} m 401 {h - 300:g} l "  # leans 1 pt: a rule at 400.5
                 f"420 {h - 100:g} m 421.5 {h - 300:g} l "  # leans 1.5 pt: slanted
                 f"100 {h - 140:g} m 102.5 {h - 140:g} l "  # a tick 2.5 pt long, across …
                 f"100 {h - 150:g} m 100 {h - 152.5:g} l "  # … and down
                 f"100 {h - 160:g} m 102.6 {h - 160:g} l S")  # a little longer: a (short) rule
    (page,) = read_pages(w.save(tmp_path / "斜.pdf"))
    assert _segments(page) == [(False, 400.5, 100.0, 300.0), (True, 100.5, 100.0, 300.0),
                               (True, 160.0, 100.0, 102.6)]
