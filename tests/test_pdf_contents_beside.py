"""A contents page (目录) with something printed beside it: a note beside the first row of a ruled contents table,
or a small ruled box beside the heading (a year's badge). The entries are still one paragraph that names no table
(two faults a mutation tester found: the note was read into the first entry's line, which then ended the contents
as a sentence, and every later entry was a paragraph of its own; the badge's top was taken for the top of the
table below the heading, so no entry was collected)."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import find_blocks
from pdf_writer import PdfWriter

ENTRIES = ["一、单位主要职能", "二、单位预算编制说明", "三、单位预算表", "1.2026年预算单位财务收支预算总表",
           "2.2026年预算单位收入预算总表", "3.2026年预算单位支出预算总表", "四、其他相关情况说明"]
STORY = "2026年，本单位收入预算1,212.12万元，其中：财政拨款收入950.12万元。"
NOTE = "注：页码为本文件内页码。"


def _story(pdf: PdfWriter) -> None:
    p = pdf.page()
    p.text(70, 80, "二、单位预算编制说明", size=14)
    p.text(70, 120, STORY, size=11)


def _texts(path: Path) -> list[str]:
    return [p.text for p in read_workbook(path).paragraphs]


def _titles(path: Path) -> list[str]:
    return [b.title for s in read_workbook(path).sheets for b in find_blocks(s)]


def test_a_note_beside_the_first_row_of_a_ruled_contents_table_is_no_part_of_the_contents(tmp_path):
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, "目录", size=16)
    p.grid(70, 140, [300.0, 40.0], [[entry, str(i + 3)] for i, entry in enumerate(ENTRIES)])
    p.text(420, 144.5, NOTE, size=9)  # level with the first row's text, right of the table
    _story(pdf)
    path = pdf.save(tmp_path / "目录旁注.pdf")
    texts = _texts(path)
    holding = [t for t in texts[:-2] if any(entry in t for entry in ENTRIES)]  # (before the page after)
    assert len(holding) == 1 and all(entry in holding[0] for entry in ENTRIES)  # one paragraph: the contents
    assert NOTE not in holding[0] and NOTE in texts  # the note a paragraph of its own
    assert texts[-2:] == ["二、单位预算编制说明", STORY]
    assert _titles(path) == []


def _badge_pdf(tmp_path: Path, badge_top: float, ruled: bool) -> Path:
    """目录 (16 pt at 80, its foot at 96) with a one-cell ruled box beside it whose top is `badge_top`; the entries
    below, unruled or ruled as a table."""
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, "目录", size=16)
    p.grid(330, badge_top, [50.0], [["2026"]], row_h=16.0)
    if ruled:
        p.grid(70, 140, [300.0, 40.0], [[entry, str(i + 3)] for i, entry in enumerate(ENTRIES)])
    else:
        for i, entry in enumerate(ENTRIES):
            p.text(70, 130 + 24 * i, entry, size=11)
    _story(pdf)
    return pdf.save(tmp_path / f"目录徽标{badge_top:g}{ruled}.pdf")


def test_a_box_beside_the_contents_heading_leaves_the_entries_the_contents(tmp_path):
    for badge_top in (78.0, 82.0):  # its top a little above the heading's, or a little below
        for ruled in (False, True):
            path = _badge_pdf(tmp_path, badge_top, ruled)
            texts = _texts(path)
            holding = [t for t in texts[:-2] if any(entry in t for entry in ENTRIES)]  # (before the page after)
            assert len(holding) == 1 and all(entry in holding[0] for entry in ENTRIES), (badge_top, ruled)
            assert _titles(path) == [], (badge_top, ruled)
