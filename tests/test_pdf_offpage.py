"""Text and rules drawn off the page (a template's leftovers below the foot, a text box's overflow beside the page)
are not part of what a reader of the PDF sees: they are never read."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers import read_workbook
from govaudit.readers.pdf_page import read_pages
from pdf_writer import PdfWriter


def _texts(path: Path) -> list[str]:
    book = read_workbook(path)
    cells = [str(c.value) for s in book.sheets for c in s.cells.values() if c.value not in (None, "")]
    return [p.text for p in book.paragraphs] + cells


def _page_with_leftovers(tmp_path: Path) -> Path:
    w = PdfWriter()
    p = w.page()  # 595 × 842
    p.text(72, 100, "本部门2024年收入合计100.00万元。")
    p.text(72, 900, "下方页外的文字")  # below the foot
    p.text(72, -40, "上方页外的文字")  # above the top
    p.text(620, 300, "右侧页外的文字")  # right of the page
    p.text(-100, 400, "左侧页外文字")  # left of it (6 characters, 60 pt wide: ends at x = -40)
    p.text(72, 836, "压在页脚的字")  # straddles the foot: partly shown, kept
    p.text(588, 500, "跨")  # straddles the right edge
    p.grid(72, 1000, [120, 80], [["科目名称", "金额"], ["合计", "5.00"]])  # a ruled table below the foot
    return w.save(tmp_path / "leftovers.pdf")


def test_text_off_the_page_is_not_read(tmp_path):
    texts = "".join(_texts(_page_with_leftovers(tmp_path)))
    assert "本部门2024年收入合计100.00万元" in texts
    for gone in ("下方页外", "上方页外", "右侧页外", "左侧页外", "科目名称", "5.00"):
        assert gone not in texts
    assert "压在页脚的字" in texts and "跨" in texts


def test_a_rule_off_the_page_is_not_read(tmp_path):
    w = PdfWriter()
    p = w.page()
    p.grid(72, 100, [120], [["合计"]])  # on the page: 2 horizontal and 2 vertical rules
    p.grid(72, 1000, [120, 80], [["", ""], ["", ""]])  # an empty ruled table below the foot
    p.line(600, 200, 700, 200)  # a rule right of the page
    p.line(-50, 300, -5, 300)  # and left of it
    page = read_pages(w.save(tmp_path / "rules.pdf"))[0]
    assert sorted((s.horizontal, round(s.pos)) for s in page.segments) == [
        (False, 72), (False, 192), (True, 100), (True, 118)]


def test_rules_touching_the_page_edges_are_read(tmp_path):
    """A rule whose box just touches an edge of the page from outside (a zero-width overlap) is still kept: only a
    box wholly beyond an edge is off the page."""
    w = PdfWriter()
    p = w.page()  # 595 × 842
    p.fill(-0.5, 100, 0, 300, grey=0)  # left of x = 0, touching it
    p.fill(595, 100, 595.5, 300, grey=0)  # right of x = 595
    p.fill(100, -0.5, 300, 0, grey=0)  # above the top
    p.fill(100, 842, 300, 842.5, grey=0)  # below the foot
    page = read_pages(w.save(tmp_path / "edges.pdf"))[0]
    assert sorted((s.horizontal, s.pos) for s in page.segments) == [
        (False, -0.25), (False, 595.25), (True, -0.25), (True, 842.25)]


def test_the_crop_box_is_the_page(tmp_path):
    """What a viewer shows is the crop box: text inside the media box but outside the crop box is not read."""
    w = PdfWriter()
    p = w.page()
    p.crop = (0, 100, 595, 842)  # the lowest 100 pt of the media box not shown
    p.text(72, 300, "本部门2024年收入合计100.00万元。")
    p.text(72, 800, "裁去的文字")  # baseline 100 - 800 + 842 - 8.8: wholly below the crop box's bottom
    texts = "".join(_texts(w.save(tmp_path / "crop.pdf")))
    assert "本部门2024年收入合计100.00万元" in texts and "裁去的文字" not in texts


def test_boxes_are_measured_from_the_shown_page_and_annotated_back_in_place(tmp_path):
    """With a crop box that does not start at the media box's corner, a box is given from the top-left corner of
    what a viewer shows (the crop box), and the annotated copy puts its highlight back on the same text."""
    from pypdf import PdfReader

    from govaudit.report.annotate_pdf import _pdf_rect

    w = PdfWriter()
    crops = [None, (50, 100, 545, 842), (0, 0, 595, 700), (40, 60, 500, 760)]
    for crop in crops:
        p = w.page()
        p.crop = crop
        p.text(72, 300, "收入合计100.00万元")
    path = w.save(tmp_path / "crops.pdf")
    first = [next(c for c in page.chars if c.text == "收") for page in read_pages(path)]
    base = first[0]
    for crop, char in zip(crops, first):
        left, top = (crop[0], crop[3]) if crop else (0, 842)
        assert abs(char.x0 - (base.x0 - left)) < 0.01 and abs(char.top - (base.top - (842 - top))) < 0.01
    pages = PdfReader(path).pages
    rects = [_pdf_rect(page, (c.x0, c.top, c.x1, c.bottom)) for page, c in zip(pages, first)]
    for rect in rects[1:]:
        assert all(abs(a - b) < 0.01 for a, b in zip(rect, rects[0]))
