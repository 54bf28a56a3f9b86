"""PDF reader: tables from the ruling lines and the words' positions, paragraphs in reading order, bad input.

The layout cases are small PDFs written by tests/pdf_writer.py; the equivalence cases are the sample workbooks
printed to PDF with LibreOffice (samples/make_pdfs.py, committed)."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from govaudit.pipeline import Options, check_file
from govaudit.readers import ReadError, read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PAIRS = ["决算公开表-2024-上海式-有误", "决算公开表-2024-上海式-无误", "决算公开表-2019-中央式-有误",
         "决算公开表-2019-中央式-无误", "决算公开表与绩效自评表-2019-无误", "绩效自评表-河北式-有误",
         "绩效自评表-中央式-有误", "绩效自评表-四川式-有误"]


def _key(f):
    loc = f.locations[0] if f.locations else None
    return f.code, f.severity.value, loc.row_label if loc else None, loc.col_label if loc else None


@pytest.mark.parametrize("name", PAIRS)
def test_pdf_print_gives_the_workbooks_findings(name):
    status_x, from_xlsx = check_file(SAMPLES / f"{name}.xlsx", Options())
    status_p, from_pdf = check_file(SAMPLES / f"{name}.pdf", Options())
    assert status_p.status == "checked", status_p.error
    assert (status_p.tables, status_p.forms) == (status_x.tables, status_x.forms)
    assert Counter(map(_key, from_pdf)) == Counter(map(_key, from_xlsx))
    for f in from_pdf:  # every finding judged at a table cell is pinned to a page and a box
        loc = f.locations[0]
        if loc.cell and loc.sheet == "表格":
            assert loc.page is not None and loc.page >= 1
            x0, top, x1, bottom = loc.bbox
            assert 0 <= x0 < x1 <= 842 and 0 <= top < bottom <= 842


def test_pdf_finding_location_is_the_printed_cell():
    _status, findings = check_file(SAMPLES / "决算公开表-2024-上海式-有误.pdf", Options())
    cel = [f for f in findings if f.code == "CEL001"]
    assert len(cel) == 1
    loc = cel[0].locations[0]
    book = read_workbook(SAMPLES / "决算公开表-2024-上海式-有误.pdf")
    page_text = [c for c in book.sheets[0].cells.values() if c.value == "见附注"]
    assert len(page_text) == 1
    origin = book.sheets[0].origins[(page_text[0].row, page_text[0].col)]
    assert (loc.page, loc.bbox) == (origin.page, origin.bbox)


def _table_pdf(tmp_path: Path) -> Path:
    """One page: 05-like table with split 类/款/项 codes, a wrapped label, numbers with and without thousands
    separators, a negative in brackets, '-' for zero; a second small table (07) on the same page; page number."""
    w = PdfWriter()
    p = w.page()
    p.text(180, 50, "一般公共预算财政拨款支出决算表", 12)
    p.text(60, 75, "部门：某区测试局", 9)
    p.text(460, 75, "单位：万元", 9)
    widths = [30, 24, 24, 170, 80, 80, 80]
    rows = [
        ["科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"],
        ["类", "款", "项", "", "", "", ""],
        ["", "", "", "合计", "1,250.00", "1000", "250.00"],
        ["201", "", "", "一般公共服务支出", "1,250.00", "1000", "250.00"],
        ["201", "06", "", "财政事务", "1,250.00", "1000", "250.00"],
        ["201", "06", "01", "行政运行", "1,262.30", "1,012.30", "250.00"],
        ["201", "06", "99", "其他财政事务\n支出", "(12.30)", "(12.30)", "-"],
    ]
    bottom = p.grid(60, 95, widths, rows, merges=[(0, 0, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5),
                                                  (0, 6, 1, 6)], row_h=24)
    p.text(60, bottom + 6, "注：本表反映部门本年度一般公共预算财政拨款支出情况。", 9)
    top = bottom + 60
    p.text(180, top, "财政拨款“三公”经费支出决算表", 12)
    p.text(460, top + 25, "单位：万元", 9)
    rows7 = [["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
             ["", "", "小计", "公务用车购置费", "公务用车运行费", ""],
             ["3.00", "0.00", "2.00", "0.00", "2.00", "1.00"]]
    p.grid(60, top + 45, [75] * 6, rows7, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)],
           row_h=28, size=7)
    p.text(290, 805, "3", 9)
    return w.save(tmp_path / "表.pdf")


def test_ruled_tables_become_cells(tmp_path):
    book = read_workbook(_table_pdf(tmp_path))
    assert book.kind == "pdf"
    sheet = book.sheets[0]
    values = {c.value for c in sheet.cells.values()}
    assert "其他财政事务支出" in values  # a label wrapped over two lines is one label
    assert "201" in values and "06" in values  # codes stay text
    assert "3" not in values  # the page number is not content
    disclosure = recognize(book)
    t05 = disclosure.tables["05"]
    row = t05.row("2010699")
    assert row is not None  # 类 | 款 | 项 in three columns joined into one code
    assert row.cells["total"].value == Decimal("-12.30")  # (12.30) is negative
    assert row.cells["project"] is None  # '-' is a reported zero (blank), not text
    assert t05.row("2010601").cells["basic"].value == Decimal("1012.30")
    assert t05.row("total").cells["basic"].value == Decimal("1000")
    assert t05.department == "某区测试局" and t05.unit == "万元"
    assert "07" in disclosure.tables  # a second table on the same page
    assert t05.notes and t05.notes[0].startswith("注")
    fig = t05.row("2010601").cells["basic"]
    origin = sheet.origins[_rc(fig.source.cell)]
    assert origin.page == 1 and origin.bbox[0] > 300  # the 基本支出 column's box, top-left origin


def _rc(ref: str) -> tuple[int, int]:
    from govaudit.cellref import parse_a1

    return parse_a1(ref)


def test_clean_table_pdf_draws_no_error(tmp_path):
    _status, findings = check_file(_table_pdf(tmp_path), Options())
    errors = [f for f in findings if f.severity.value == "error" and f.code.startswith(("TBL", "CEL"))]
    assert errors == []


def _continued_pdf(tmp_path: Path, repeat_header: bool) -> Path:
    """A 02-like table over two pages; the second page repeats the header (or not)."""
    w = PdfWriter()
    header = [["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"]]
    widths = [70, 160, 90, 90, 90]
    body1 = [["", "合计", "30.00", "20.00", "10.00"], ["201", "一般公共服务支出", "10.00", "10.00", ""],
             ["20106", "财政事务", "10.00", "10.00", ""], ["2010601", "行政运行", "10.00", "10.00", ""]]
    body2 = [["208", "社会保障和就业支出", "20.00", "10.00", "10.00"],
             ["20805", "行政事业单位养老支出", "20.00", "10.00", "10.00"],
             ["2080501", "行政单位离退休", "20.00", "10.00", "10.00"]]
    p1 = w.page()
    p1.text(230, 50, "收入决算表", 14)
    p1.text(470, 80, "单位：万元", 9)
    p1.grid(40, 100, widths, header + body1)
    p1.text(290, 805, "- 1 -", 9)
    p2 = w.page()
    if repeat_header:
        p2.text(230, 50, "收入决算表（续）", 14)
    p2.grid(40, 100, widths, (header if repeat_header else []) + body2)
    p2.text(290, 805, "- 2 -", 9)
    return w.save(tmp_path / f"续表{int(repeat_header)}.pdf")


@pytest.mark.parametrize("repeat_header", [True, False])
def test_table_continued_on_next_page(tmp_path, repeat_header):
    path = _continued_pdf(tmp_path, repeat_header)
    disclosure = recognize(read_workbook(path))
    t02 = disclosure.tables["02"]
    assert not disclosure.duplicates
    codes = [r.code for r in t02.rows if r.code]
    assert codes == ["201", "20106", "2010601", "208", "20805", "2080501"]
    assert t02.row("2080501").cells["other"].value == Decimal("10.00")
    _status, findings = check_file(path, Options())
    assert [f for f in findings if f.code.startswith(("TBL", "CEL", "CMP007"))] == []  # sums hold, no copy
    book = read_workbook(path)
    row_208 = next(r for r in t02.rows if r.code == "208")
    assert book.sheets[0].origins[(row_208.row, 1)].page == 2


PER_LINE = 40  # characters of a full line; a paragraph's first line is indented by two


def _wrap(text: str) -> list[str]:
    lines, rest = [text[: PER_LINE - 2]], text[PER_LINE - 2:]
    while rest:
        lines.append(rest[:PER_LINE])
        rest = rest[PER_LINE:]
    return lines


def _write(page, lines: list[str], top: float, left: float = 72, size: float = 10.5, indent: bool = True) -> float:
    for i, line in enumerate(lines):
        page.text(left + (2 * size if i == 0 and indent else 0), top, line, size)
        top += 17
    return top


def _narrative_pdf(tmp_path: Path):
    w = PdfWriter()
    para = "某区测试局2024年度收入、支出总计均为1,234.56万元。与2023年度相比，收入、支出总计各增加12.34万元，增长1.01%。"
    long = "其中：本年收入合计1,200.00万元，占收入总计的97.20%；年初结转和结余34.56万元，占收入总计的2.80%。" * 3
    p1 = w.page()
    p1.text(250, 40, "某区测试局2024年度部门决算", 9)  # running header
    p1.text(150, 80, "第三部分 2024年度部门决算情况说明", 14)
    _write(p1, ["一、收入支出决算总体情况说明"], 120)
    _write(p1, _wrap(para), 145)
    lines = _wrap(long)  # a paragraph running over the page break: two lines on page 1, the rest on page 2
    _write(p1, lines[:2], 740)
    p1.text(290, 805, "1", 9)
    p2 = w.page()
    p2.text(250, 40, "某区测试局2024年度部门决算", 9)
    y = _write(p2, lines[2:], 80, indent=False)
    _write(p2, ["二、收入决算情况说明"], y + 10)
    p2.text(290, 805, "2", 9)
    p3 = w.page()
    p3.text(250, 40, "某区测试局2024年度部门决算", 9)
    _write(p3, ["本页仅有一段。"], 80)
    p3.text(290, 805, "3", 9)
    return w.save(tmp_path / "说明.pdf"), para, long


def test_paragraphs_in_reading_order(tmp_path):
    path, para, long = _narrative_pdf(tmp_path)
    book = read_workbook(path)
    texts = [p.text for p in book.paragraphs]
    assert para in texts  # a paragraph wrapped over two lines is one paragraph
    assert long in texts  # …and over the page break
    assert not any("部门决算" == t[-4:] and t.startswith("某区测试局2024") for t in texts)  # running header gone
    assert not any(t.strip() in ("1", "2", "3") for t in texts)  # page numbers gone
    assert texts.index("一、收入支出决算总体情况说明") < texts.index(para) < texts.index(long) \
        < texts.index("二、收入决算情况说明")
    p = book.paragraphs[texts.index(long)]
    assert p.origin.page == 1 and p.index == texts.index(long) + 1
    heading = book.paragraphs[texts.index("一、收入支出决算总体情况说明")]
    assert heading.level == 2


def _status(path):
    status, findings = check_file(path, Options())
    return status


def test_scanned_pdf(tmp_path):
    w = PdfWriter()
    w.page().image_only()
    w.page().image_only()
    path = w.save(tmp_path / "扫描件.pdf")
    with pytest.raises(ReadError, match="扫描件，没有文字层，无法检查"):
        read_workbook(path)


def test_encrypted_pdf(tmp_path):
    from pypdf import PdfReader, PdfWriter as Writer

    src, _para, _long = _narrative_pdf(tmp_path)
    out = Writer()
    for page in PdfReader(src).pages:
        out.add_page(page)
    out.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "加密.pdf"
    with open(path, "wb") as fh:
        out.write(fh)
    status = _status(path)
    assert status.status == "unreadable" and "密码" in status.error


@pytest.mark.parametrize("content, words", [
    (b"", "0 字节"),
    (b"hello, this is not a pdf at all\n" * 10, "不是有效的 PDF"),
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<<>>\n%%EOF", "PDF"),
])
def test_broken_pdf(tmp_path, content, words):
    path = tmp_path / "坏.pdf"
    path.write_bytes(content)
    status = _status(path)
    assert status.status == "unreadable" and words in status.error
    assert "\n" not in status.error


def test_truncated_pdf(tmp_path):
    data = (SAMPLES / "决算公开表-2024-上海式-无误.pdf").read_bytes()
    path = tmp_path / "截断.pdf"
    path.write_bytes(data[: len(data) // 3])
    status = _status(path)  # PDFium may rebuild what is left; either way one line, never a traceback
    assert status.status in ("checked", "unreadable")
    if status.status == "unreadable":
        assert "\n" not in status.error


def test_pdf_that_is_not_a_disclosure(tmp_path):
    """A PDF with neither a table nor any amount in its text is not a disclosure; one with only the narrative
    (情况说明 published apart from its tables) is checked as text (TXT rules, tests/test_narrative.py)."""
    w = PdfWriter()
    w.page().text(100, 100, "关于召开年度工作会议的通知", 14)
    status = _status(w.save(tmp_path / "通知.pdf"))
    assert status.status == "unreadable" and "没有找到可识别的决算公开表" in status.error
    path, _para, _long = _narrative_pdf(tmp_path)
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(path, Options())
    assert status.status == "checked" and status.tables == [] and status.forms == 0
    assert [f.code for f in findings if f.severity.value != "info"] == []  # its figures agree with one another


def test_cli_pdf_exit_codes(tmp_path):
    from click.testing import CliRunner

    from govaudit.cli import main

    runner = CliRunner()
    bad = SAMPLES / "决算公开表-2024-上海式-有误.pdf"
    good = SAMPLES / "决算公开表-2024-上海式-无误.pdf"
    assert runner.invoke(main, ["check", str(good)]).exit_code == 0
    res = runner.invoke(main, ["check", str(bad), "--format", "json"])
    assert res.exit_code == 1
    data = json.loads(res.output)
    locs = [f["locations"][0] for f in data["findings"] if f["code"] == "CEL001"]
    assert locs and locs[0]["page"] == 4 and len(locs[0]["bbox"]) == 4
    scan = tmp_path / "扫描件.pdf"
    w = PdfWriter()
    w.page().image_only()
    w.save(scan)
    res = runner.invoke(main, ["check", str(scan)])
    assert res.exit_code == 2 and "扫描件" in res.output


def test_folder_picks_up_pdf(tmp_path):
    import shutil

    from govaudit.pipeline import expand_paths

    shutil.copy(SAMPLES / "决算公开表-2024-上海式-无误.pdf", tmp_path / "a.pdf")
    assert [p.name for p in expand_paths([str(tmp_path)])] == ["a.pdf"]


def test_annotate_pdf(tmp_path):
    import hashlib

    from click.testing import CliRunner
    from pypdf import PdfReader

    from govaudit.cli import main

    src = tmp_path / "有误.pdf"
    src.write_bytes((SAMPLES / "决算公开表-2024-上海式-有误.pdf").read_bytes())
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "有误.批注.pdf"
    res = CliRunner().invoke(main, ["check", str(src), "--annotate", str(out), "--format", "json"])
    assert res.exit_code == 1
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before  # the input is never written
    findings = json.loads(res.stdout)["findings"]
    original, copy = PdfReader(src), PdfReader(out)
    added = len(copy.pages) - len(original.pages)
    assert added >= 1
    listing = "".join(copy.pages[i].extract_text() for i in range(added))
    assert "检查结果" in listing and "CEL001" in listing and "CMP003" in listing
    notes = []
    for i, page in enumerate(copy.pages[added:], start=1):
        for a in page.get("/Annots") or []:
            a = a.get_object()
            if a["/Subtype"] == "/Highlight":
                notes.append((i, str(a["/Subj"]), str(a["/Contents"]), [float(v) for v in a["/Rect"]]))
    located = [f for f in findings if f["locations"] and f["locations"][0].get("page")]
    assert len(notes) == len(located)
    cel = [n for n in notes if n[1] == "CEL001"]
    assert len(cel) == 1 and cel[0][0] == 4 and "见附注" in cel[0][2]
    # the highlight covers the printed cell: the box from the reader turned back into PDF coordinates
    loc = next(f["locations"][0] for f in findings if f["code"] == "CEL001")
    height = float(original.pages[3].mediabox.height)
    x0, top, x1, bottom = loc["bbox"]
    assert cel[0][3] == pytest.approx([x0, height - bottom, x1, height - top], abs=0.01)


def test_annotate_pdf_refuses_wrong_target(tmp_path):
    from click.testing import CliRunner

    from govaudit.cli import main

    src = SAMPLES / "决算公开表-2024-上海式-有误.pdf"
    res = CliRunner().invoke(main, ["check", str(src), "--annotate", str(tmp_path / "x.xlsx")])
    assert res.exit_code == 2 and ".pdf" in res.output
    res = CliRunner().invoke(main, ["check", str(src), "--annotate", str(src)])
    assert res.exit_code == 2


def test_cell_backgrounds_are_not_rules(tmp_path):
    """Excel prints a white (or shaded) rectangle behind each cell, row by row of its own: their edges are not
    ruling lines, so a label wrapped inside a taller cell on one side stays one cell."""
    w = PdfWriter()
    p = w.page()
    p.text(220, 50, "收入支出决算总表", 12)
    x0, top = 60, 100
    widths = [150, 70, 150, 70]
    # the left side's cells are twice as tall as the right side's: backgrounds drawn per right-hand row
    for i in range(4):
        p.fill(x0, top + i * 18, x0 + sum(widths), top + (i + 1) * 18)
    p.fill(x0, top + 36, x0 + 150, top + 54, grey=0.9)
    rows = [["项目", "决算数", "项目", "决算数"], ["一、一般公共预算财政\n拨款收入", "10.00", "一、一般公共服务支出", "10.00"],
            ["", "", "二、外交支出", ""], ["本年收入合计", "10.00", "本年支出合计", "10.00"]]
    p.grid(x0, top, widths, rows, merges=[(1, 0, 2, 0), (1, 1, 2, 1)])
    book = read_workbook(w.save(tmp_path / "底色.pdf"))
    values = [c.value for c in book.sheets[0].cells.values()]
    assert "一、一般公共预算财政拨款收入" in values
    t01 = recognize(book).tables["01"]
    assert t01.row("income.general").cells["amount"].value == Decimal("10.00")


def test_table_printed_without_rules(tmp_path):
    """No ruling lines at all: columns come from where the words sit, rows from the lines (tall rows too)."""
    w = PdfWriter()
    p = w.page()
    p.text(200, 50, "一般公共预算财政拨款支出决算表", 12)
    p.text(60, 80, "部门：某区测试局", 9)
    p.text(450, 80, "单位：万元", 9)
    x = {"code": 60, "name": 150, "total": 330, "basic": 410, "project": 490}
    rows = [("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
            ("", "合计", "30.00", "20.00", "10.00"),
            ("201", "一般公共服务支出", "30.00", "20.00", "10.00"),
            ("20106", "财政事务", "30.00", "20.00", "10.00"),
            ("2010601", "行政运行", "20.00", "20.00", ""),
            ("2010602", "一般行政管理事务", "10.00", "", "10.00")]
    top = 110
    for row in rows:
        for key, text in zip(x, row):
            if text:
                if key in ("total", "basic", "project") and text[0].isdigit():
                    p.text_right(x[key] + 60, top, text, 9)
                else:
                    p.text(x[key], top, text, 9)
        top += 40  # tall rows: further apart than three line heights
    disclosure = recognize(read_workbook(w.save(tmp_path / "无线表.pdf")))
    t05 = disclosure.tables["05"]
    assert t05.row("2010602").cells["project"].value == Decimal("10.00")
    assert t05.row("2010602").cells["basic"] is None
    assert t05.row("total").cells["total"].value == Decimal("30.00")
    _status, findings = check_file(tmp_path / "无线表.pdf", Options())
    assert [f for f in findings if f.code.startswith(("TBL", "CEL"))] == []


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_rotated_pages_read_as_displayed(tmp_path, angle):
    from pypdf import PdfReader, PdfWriter as Writer

    from govaudit.readers.pdf_page import _view
    from govaudit.report.annotate_pdf import _pdf_rect

    from pypdf import Transformation
    from pypdf.generic import RectangleObject

    src = _table_pdf(tmp_path)
    out = Writer(clone_from=PdfReader(src))
    for page in out.pages:
        # as a landscape print is often stored: the content drawn turned the other way, /Rotate turning it back
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        shift = {90: (h, 0), 180: (w, h), 270: (0, w)}[angle]
        page.add_transformation(Transformation().rotate(angle).translate(*shift))
        page.mediabox = RectangleObject((0, 0, h, w) if angle in (90, 270) else (0, 0, w, h))
        page.rotate(angle)
    path = tmp_path / f"旋转{angle}.pdf"
    with open(path, "wb") as fh:
        out.write(fh)
    book = read_workbook(path)
    t05 = recognize(book).tables["05"]
    assert t05.row("2010601").cells["basic"].value == Decimal("1012.30")
    assert "其他财政事务支出" in {c.value for c in book.sheets[0].cells.values()}
    # a box read from the displayed page, turned back into PDF space for a highlight, lands where it was read
    page = PdfReader(path).pages[0]
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    shown = (h, w) if angle in (90, 270) else (w, h)
    for origin in list(book.sheets[0].origins.values())[:20]:
        rect = _pdf_rect(page, origin.bbox)
        assert _view(angle, *shown)(*rect) == pytest.approx(origin.bbox, abs=0.01)
