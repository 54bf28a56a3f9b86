"""A contents page (目录: every part and table named, often with dotted leaders and page numbers) is one paragraph,
never a table's title: laid out line by line, each table's name read as that table's title and the text after the
last entry as its rows, which gave a false CMP007 (同一张表出现了两次) on the 上海 单位预算 sample printed to PDF."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import find_blocks
from pdf_writer import PdfWriter, sheet_rows

ENTRIES = ["一、单位主要职能", "二、单位预算编制说明", "三、单位预算表", "1.2026年预算单位财务收支预算总表",
           "2.2026年预算单位收入预算总表", "3.2026年预算单位支出预算总表", "四、其他相关情况说明"]
STORY = ["2026年，本单位收入预算1,212.12万元，其中：财政拨款收入950.12万元。",
         "支出预算1,212.12万元，其中：基本支出950.12万元，项目支出262.00万元。"]


def _pdf(tmp_path: Path, heading: str = "目  录", leaders: bool = False, after: list[str] = ()) -> Path:
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, heading, size=16)
    top = 130
    for i, entry in enumerate(ENTRIES):
        indent = 90 if entry[0].isdigit() else 70
        p.text(indent, top, entry, size=11)
        if leaders:
            p.text(indent + 11 * len(entry) + 4, top, "…" * 8, size=11)
            p.text_right(520, top, str(i + 3), size=11)
        top += 24
    for line in after:
        p.text(70, top, line, size=11)
        top += 24
    p2 = pdf.page()
    p2.text(70, 80, "二、单位预算编制说明", size=14)
    for i, line in enumerate(STORY):
        p2.text(70, 120 + 24 * i, line, size=11)
    return pdf.save(tmp_path / "目录.pdf")


def _texts(path: Path) -> list[str]:
    return [p.text for p in read_workbook(path).paragraphs]


def test_a_contents_page_is_one_paragraph_and_names_no_table(tmp_path):
    path = _pdf(tmp_path)
    texts = _texts(path)
    assert texts[0].startswith("目") and texts[0].endswith("四、其他相关情况说明")
    assert all(entry in texts[0] for entry in ENTRIES)
    assert texts[1] == "二、单位预算编制说明"  # the page after is read as before
    book = read_workbook(path)
    assert [b.title for s in book.sheets for b in find_blocks(s)] == []


def test_entries_with_dotted_leaders_and_page_numbers(tmp_path):
    texts = _texts(_pdf(tmp_path, heading="目录", leaders=True))
    assert "3.2026年预算单位支出预算总表" in texts[0] and "…" in texts[0]
    assert not any(t.startswith(("1.2026", "2.2026", "3.2026")) for t in texts)


def test_the_contents_end_at_the_first_sentence(tmp_path):
    note = "注：本目录所列各表均按上海市财政局统一格式编制，金额单位为元。"
    texts = _texts(_pdf(tmp_path, after=[note]))
    assert texts[0].endswith("四、其他相关情况说明")
    assert texts[1] == note


def test_a_page_without_a_contents_heading_keeps_its_lines(tmp_path):
    texts = _texts(_pdf(tmp_path, heading="单位预算目录说明"))
    assert "3.2026年预算单位支出预算总表" in texts


# ---------------------------------------------------------------- a contents page ruled as a table (s7pdf)
def _ruled(tmp_path: Path, heading: str, rows: list[list[str]], between: str | None = None,
           below: str | None = None) -> Path:
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, heading, size=16)
    if between is not None:
        p.text(70, 110, between, size=11)
    bottom = p.grid(70, 140, [360.0, 60.0], rows)
    if below is not None:
        p.text(70, bottom + 20, below, size=11)
    p2 = pdf.page()
    p2.text(70, 80, "二、单位预算编制说明", size=14)
    p2.text(70, 120, STORY[0], size=11)
    return pdf.save(tmp_path / "目录表.pdf")


CONTENTS_ROWS = [[entry, str(i + 3)] for i, entry in enumerate(ENTRIES)]


def test_a_ruled_contents_page_is_one_paragraph_however_its_heading_is_spaced(tmp_path):
    # '目　录' (an ideographic space), '目  录' (two letters set apart: two pieces), '目录' over a ruled table of
    # entries and page numbers: the heading and every entry are one paragraph, no entry is a table's title, and
    # no letter of the heading goes into a table's row
    for heading in ("目　录", "目  录", "目录", "目 次"):
        path = _ruled(tmp_path, heading, CONTENTS_ROWS)
        texts = _texts(path)
        assert texts[0].replace(" ", "").startswith(("目录一、单位主要职能", "目次一、单位主要职能")), heading
        assert all(entry in texts[0] for entry in ENTRIES) and texts[0].endswith("四、其他相关情况说明 9"), heading
        assert texts[1:] == ["二、单位预算编制说明", STORY[0]], heading
        book = read_workbook(path)
        assert [b.title for s in book.sheets for b in find_blocks(s)] == [], heading
        assert not any(cell.value == "录" for s in book.sheets for cell in s.cells.values()), heading


def test_a_table_of_figures_below_a_contents_heading_stays_a_table(tmp_path):
    # amounts are no page numbers: the grid is a table, read in its rows; the heading is a paragraph of its own
    rows = [["项目", "金额"], ["一般公共服务支出", "30.00"], ["教育支出", "12"]]
    path = _ruled(tmp_path, "目  录", rows)
    rows_read = sheet_rows(path)
    assert [(1, "一般公共服务支出"), (2, "30.00")] in rows_read and [(1, "教育支出"), (2, "12")] in rows_read
    assert _texts(path)[0] == "目 录"
    assert [(1, "目 录")] in rows_read  # one cell above the table, not a letter in each of its columns


def test_a_ruled_table_after_a_sentence_below_the_heading_stays_a_table(tmp_path):
    # a sentence between the heading and the table: the contents (if any) ended there; the table is a table
    path = _ruled(tmp_path, "目录", CONTENTS_ROWS, between="本单位预算包括以下内容，详见各表。")
    assert [(1, "3.2026年预算单位支出预算总表"), (2, "8")] in sheet_rows(path)


def test_a_ruled_table_with_a_sentence_in_a_cell_is_no_contents_page(tmp_path):
    # (a note in the table, not an entry): the table is a table; the heading a paragraph of its own above it
    rows = CONTENTS_ROWS[:2] + [["本单位无政府采购预算，故未列示。", "5"]]
    path = _ruled(tmp_path, "目  录", rows)
    assert [(1, "一、单位主要职能"), (2, "3")] in sheet_rows(path)
    assert [(1, "目 录")] in sheet_rows(path)



def test_a_note_below_a_ruled_contents_page_leaves_it_a_contents_page(tmp_path):
    # a sentence below the table (a note) says nothing about the table above it: still the contents, one paragraph,
    # and the note a paragraph of its own after it
    note = "注：本目录所列各表均按统一格式编制，金额单位为万元。"
    texts = _texts(_ruled(tmp_path, "目录", CONTENTS_ROWS, below=note))
    assert texts[0].startswith("目录一、单位主要职能") and texts[0].endswith("四、其他相关情况说明 9")
    assert texts[1] == note
