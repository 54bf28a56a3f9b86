"""Text that a clipping path hides is not read (issue 9): a character whose box's centre lies outside the clip in
force for its text object is left out, as a reader of the PDF never sees it — a text box split over two pages
(drawn whole on each, clipped to its part) is read once; a cell's overflow cut at its edge is not read."""

from __future__ import annotations

import ctypes
from pathlib import Path

from govaudit.readers import pdf_page, read_workbook
from govaudit.readers.pdf_page import read_pages
from pdf_writer import PageDraw, PdfWriter


def _shown(path: Path) -> list[str]:
    """Each page's characters, in the text layer's order."""
    return ["".join(c.text for c in page.chars) for page in read_pages(path)]


def _box_page(p: PageDraw) -> PageDraw:
    """A clip 200 × 100 pt at (72, 100); text inside it, below it, across its right edge, and after it ends."""
    p.clip(72, 100, 272, 200)
    p.text(72, 120, "框内的文字")
    p.text(72, 220, "框下的文字")  # on the page, under the clip: hidden
    p.text(232, 150, "跨右边界的字")  # 10 pt a character from x = 232: centres 237 … 287, the edge at 272
    p.unclip()
    p.text(72, 300, "框外不裁的字")  # after Q: no clip
    return p


def test_text_a_clip_hides_is_not_read(tmp_path):
    w = PdfWriter()
    _box_page(w.page())
    assert _shown(w.save(tmp_path / "框.pdf")) == ["框内的文字跨右边界框外不裁的字"]


def test_a_text_box_split_over_two_pages_is_read_once(tmp_path):
    """Six lines drawn whole on both pages: page 1 shows lines 1-3 and a third of line 4, page 2 (the box drawn
    130 pt higher) the other two thirds of line 4 and lines 5-6. Line 4 is read where its centre is shown."""
    lines = ["第一行说明文字", "第二行说明文字", "第三行说明文字", "第四行说明文字", "第五行说明文字", "第六行说明文字"]
    w = PdfWriter()
    for shift, (top, bottom) in ((0, (90, 163.3)), (130, (33.3, 842))):
        p = w.page()
        p.clip(60, top, 535, bottom)
        for k, line in enumerate(lines):
            p.text(72, 100 + 20 * k - shift, line)
        p.unclip()
    path = w.save(tmp_path / "跨页.pdf")
    assert _shown(path) == ["".join(lines[:3]), "".join(lines[3:])]
    book = read_workbook(path)
    text = "".join(p.text for p in book.paragraphs)
    assert [text.count(line) for line in lines] == [1] * 6


def test_a_clip_that_exactly_touches(tmp_path):
    """A clip exactly around the text keeps it all; a character whose centre is on the clip's edge is kept, one
    whose centre is a hair beyond it, or that touches the edge from outside, is not."""
    w = PdfWriter()
    w.page().clip(72, 100, 122, 110).text(72, 100, "恰好框住了").unclip()  # 72 … 122, 100 … 110
    w.page().clip(72, 100, 117, 110).text(72, 100, "中心在边上").unclip()  # the last centre at 117
    w.page().clip(72, 100, 116.99, 110).text(72, 100, "中心在边外").unclip()
    w.page().clip(72, 99, 122, 105).text(72, 100, "上下居中线").unclip()  # the centre line y = 105
    w.page().clip(72, 100, 122, 104.99).text(72, 100, "中线在框外").unclip()
    w.page().clip(72, 100, 122, 110).text(122, 100, "贴边在框外").unclip()  # 122 … 172: touching from outside
    assert _shown(w.save(tmp_path / "贴边.pdf")) == ["恰好框住了", "中心在边上", "中心在边", "上下居中线", "", ""]


def test_a_clip_that_is_not_a_rectangle_keeps_what_it_may_show(tmp_path):
    """A triangle (right angle at the bottom-left): text inside the triangle is read, and so is text inside its
    bounding box but outside the triangle (only rectangles are taken exactly); text outside the box is not."""
    w = PdfWriter()
    p = w.page()  # 842 high: top-left (72, 100) → PDF (72, 742)
    p.raw("q 72 742 m 72 542 l 272 542 l h W n")
    p.text(80, 280, "角内字")
    p.text(230, 110, "角外框内")  # inside the box [72, 272] × [100, 300], outside the triangle
    p.text(72, 320, "框外字")
    p.text(280, 200, "右侧框外")
    p.unclip()
    assert _shown(w.save(tmp_path / "三角.pdf")) == ["角内字角外框内"]


def test_nested_clips(tmp_path):
    """q clip A q clip B … Q … Q: inside B both apply, after the inner Q only A, after the outer none."""
    w = PdfWriter()
    p = w.page()
    p.clip(72, 100, 372, 400)  # A
    p.clip(72, 100, 172, 200)  # B, inside A
    p.text(80, 150, "两框之内")
    p.text(200, 150, "内框之外")  # inside A, outside B: hidden
    p.unclip()
    p.text(200, 250, "外框之内")  # B no longer applies
    p.text(72, 450, "外框之外")  # hidden by A
    p.unclip()
    p.text(72, 500, "不在框中")
    assert _shown(w.save(tmp_path / "嵌套.pdf")) == ["两框之内外框之内不在框中"]


def test_two_clips_at_once_are_their_intersection(tmp_path):
    """Two paths clipped in one graphics state (re W n twice, one not a rectangle): what lies outside either is
    hidden."""
    w = PdfWriter()
    p = w.page()  # the rectangle x 72 … 372 (top 100 … 400), then a triangle with its box x 72 … 222
    p.raw("q 72 442 300 300 re W n 72 742 m 222 742 l 72 442 l h W n")
    p.text(80, 110, "两者之内")
    p.text(240, 110, "三角形外")  # inside the rectangle, right of the triangle's box
    p.text(80, 410, "方框之外")  # inside the triangle's box (its bottom at 400 … 300), below the rectangle
    p.unclip()
    assert _shown(w.save(tmp_path / "交集.pdf")) == ["两者之内"]


def test_a_clip_drawn_under_a_matrix(tmp_path):
    """The clip is set under `2 0 0 2 0 0 cm` (a rectangle given at half size), the text under the identity."""
    w = PdfWriter()
    p = w.page()  # PDF space: the clip x 72 … 272, y 642 … 742 (top-left: top 100 … 200)
    p.raw("q 2 0 0 2 0 0 cm 36 321 100 50 re W n 0.5 0 0 0.5 0 0 cm")
    p.text(72, 150, "放大框内")
    p.text(72, 220, "放大框外")
    p.text(252, 180, "跨边")  # centres 257 (in) and 267 (in); and 277:
    p.text(262, 160, "左内右外")  # centres 267 (in), 277, 287, 297 (out)
    p.unclip()
    assert _shown(w.save(tmp_path / "矩阵.pdf")) == ["放大框内跨边左"]


def test_a_rotated_page_and_a_crop_box_offset_clip_the_same_text(tmp_path):
    """The clip and the characters' boxes are both in PDF space: a page's /Rotate and a crop box that does not start
    at the media box's corner change neither which text is clipped nor where the rest is read."""
    w = PdfWriter()
    _box_page(w.page())
    _box_page(w.page()).rotate = 90
    _box_page(w.page()).crop = (50, 300, 545, 800)  # shown: x 50 … 545, top 42 … 542 of the media box
    first, turned, cropped = read_pages(w.save(tmp_path / "旋转.pdf"))
    text = "框内的文字跨右边界框外不裁的字"
    assert ["".join(c.text for c in page.chars) for page in (first, turned, cropped)] == [text] * 3
    # displayed: the rotated page is 842 wide; PDF (x, y) shows at (y, x), the text reading downwards
    assert (first.chars[0].x0, first.chars[0].top) == (72.0, 120.0)
    assert (turned.width, turned.chars[0].x0, turned.chars[0].top) == (842.0, 712.0, 72.0)
    # boxes are measured from the shown page's top-left corner (the crop box's: 50 pt right, 42 pt down)
    assert [(c.x0, c.top) for c in cropped.chars] == [(c.x0 - 50, c.top - 42) for c in first.chars]


def test_a_clip_that_holds_the_shown_page_hides_nothing_more(tmp_path):
    """A clip as large as the crop box (here the crop box only) is the page itself: text straddling the page's
    edge stays read as before (text off the page is left out by the crop box rule, not by the clip)."""
    w = PdfWriter()
    p = w.page()
    p.crop = (0, 100, 595, 842)  # top-left: the page ends at 742
    p.raw("q 0 100 595 742 re W n")
    p.text(72, 300, "页内的文字")
    p.text(72, 738, "压在页脚")  # 738 … 748: the centre below the page's foot, the box partly on it
    p.text(72, 760, "页外的字")
    p.unclip()
    assert _shown(w.save(tmp_path / "整页.pdf")) == ["页内的文字压在页脚"]


def test_clipped_text_is_read_as_before_without_the_pdfium_function(tmp_path, monkeypatch):
    """A PDFium without FPDFText_GetTextObject (older than the reader's newest use) reads clipped text as it did
    before: nothing is left out, nothing fails."""
    monkeypatch.setattr(pdf_page._api(), "text_object", None)
    w = PdfWriter()
    _box_page(w.page())
    assert _shown(w.save(tmp_path / "旧版.pdf")) == ["框内的文字框下的文字跨右边界的字框外不裁的字"]


def test_without_the_shared_clip_pointer_every_clip_is_walked(tmp_path, monkeypatch):
    """If the check of PDFium's layout fails (no offset), each text object is its own key: the same text is read."""
    w = PdfWriter()
    _box_page(w.page())
    path = w.save(tmp_path / "逐个.pdf")
    api = pdf_page._api()
    walked = []
    real = pdf_page._clip_box

    def clip_box(api, obj, area):
        walked.append(obj.value)
        return real(api, obj, area)

    monkeypatch.setattr(pdf_page, "_clip_box", clip_box)
    assert _shown(path) == ["框内的文字跨右边界框外不裁的字"]
    shared = len(walked)
    walked.clear()
    monkeypatch.setattr(api, "clip_offset", None)
    assert _shown(path) == ["框内的文字跨右边界框外不裁的字"]
    assert len(walked) == len(set(walked)) == 4 > shared  # one walk per text object: four objects, two clips


def test_the_clip_pointer_check(monkeypatch):
    """The layout check passes on the PDFium in use (the fast path is the one tested above), and fails when the
    pointer read is not the clip's shared data: the same for every object, or different for each."""
    raw = pdf_page._api().raw
    assert pdf_page._clip_offset(raw) == pdf_page._api().clip_offset is not None
    same = ctypes.c_void_p(12345)
    for fake in (lambda address: same, lambda address: ctypes.c_void_p(address)):
        monkeypatch.setattr(pdf_page, "_KEY_AT", fake)
        assert pdf_page._clip_offset(raw) is None
