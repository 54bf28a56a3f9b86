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
