"""--annotate: an annotated copy for Excel/WPS users; the input workbook is never written."""

from __future__ import annotations

import hashlib
import os

import openpyxl
import pytest
from report_support import FAULTY, cli, copy_sample, faulty_result

from govaudit.report.annotate import RESULT_SHEET, SOURCE_FILLS, AnnotateError, annotate_workbook

FILLS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annotate")
    book = copy_sample(folder)
    before = _digest(book), os.stat(book).st_mtime_ns
    out = folder / "决算.checked.xlsx"
    run = cli(book, "--annotate", str(out))
    findings = [f for f in faulty_result().findings if f.file == str(FAULTY[0])]
    return book, before, out, run, findings


def test_run_succeeds_and_input_is_untouched(annotated):
    book, before, out, run, _ = annotated
    assert run.exit_code == 1  # the faulty sample has errors: the exit code is the check's
    assert out.is_file() and "已生成批注副本" in run.stderr
    assert (_digest(book), os.stat(book).st_mtime_ns) == before


def test_result_sheet_comes_first_with_links(annotated):
    _, _, out, _, findings = annotated
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == RESULT_SHEET and wb.active.title == RESULT_SHEET
    ws = wb[RESULT_SHEET]
    header = [c.value for c in ws[1]]
    assert header[:8] == ["级别", "规则", "工作表", "单元格", "说明", "实际", "应为", "差额"]
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["E"].width >= 40
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == len(findings)
    listed = sorted((r[1].value, r[2].value, r[3].value) for r in rows)
    assert listed == sorted((f.code, f.locations[0].sheet, f.locations[0].cell) for f in findings)
    for r in rows:
        link = r[3].hyperlink
        assert link is not None and link.location == f"'{r[2].value}'!{r[3].value}"
    levels = [r[0].value for r in rows]
    assert levels == sorted(levels, key=["错误", "警告", "提示"].index)  # errors first
    tbl = next(r for r in rows if r[1].value == "TBL001" and r[3].value == "D20")
    assert (tbl[5].value, tbl[6].value, tbl[7].value) == (108.26, 107.8, 0.46)


def test_judged_cells_are_filled_and_commented(annotated):
    _, _, out, _, findings = annotated
    wb = openpyxl.load_workbook(out)
    for f in findings:
        loc = f.locations[0]
        cell = wb[loc.sheet][loc.cell]
        worst = min((g.severity.value for g in findings
                     if g.locations[0].sheet == loc.sheet and g.locations[0].cell == loc.cell),
                    key=["error", "warning", "info"].index)
        assert cell.fill.fgColor.rgb.endswith(FILLS[worst]), (loc, cell.fill.fgColor.rgb)
        assert cell.comment is not None and f.code in cell.comment.text and f.message in cell.comment.text
    # two findings on one cell: both in its comment
    twice = wb["03支出"]["C5"].comment.text
    assert twice.count("RND001") == 2
    both = wb["05一般公共预算"]["D34"].comment.text
    assert "TBL001" in both and "XTB018" in both


def test_source_cells_keep_their_borders_and_get_a_pale_tint(annotated):
    book, _, out, _, _ = annotated
    original = openpyxl.load_workbook(book)["03支出"]
    wb = openpyxl.load_workbook(out)
    ws = wb["03支出"]
    src = ws["D21"]  # summed into D20 (TBL001)
    before = original["D21"].border
    assert before.left.style == "thin"  # the sample's own grid
    for side in ("left", "right", "top", "bottom"):
        assert getattr(src.border, side).style == getattr(before, side).style
    assert src.fill.fill_type == "solid" and src.fill.fgColor.rgb.endswith(SOURCE_FILLS["error"])
    assert src.fill.fgColor.rgb not in {"00" + v for v in FILLS.values()}
    assert src.comment is None
    # no cell of the sheet lost a border it had
    lost = [c.coordinate for row in original.iter_rows() for c in row
            if c.border.left.style and ws[c.coordinate].border.left.style != c.border.left.style]
    assert lost == []


def test_judged_comment_names_the_source_cells(annotated):
    _, _, out, _, _ = annotated
    wb = openpyxl.load_workbook(out)
    assert "参与计算的单元格：D21、D22" in wb["03支出"]["D20"].comment.text
    assert "06基本支出!C16、06基本支出!F16" in wb["05一般公共预算"]["D34"].comment.text  # XTB018: another sheet


def test_a_source_cell_with_its_own_fill_gets_a_note_instead(tmp_path):
    from openpyxl.styles import PatternFill

    book = copy_sample(tmp_path)
    wb = openpyxl.load_workbook(book)
    wb["03支出"]["D21"].fill = PatternFill(fill_type="solid", start_color="FF00B050", end_color="FF00B050")
    wb.save(book)
    out = tmp_path / "out.xlsx"
    cli(book, "--annotate", str(out))
    cell = openpyxl.load_workbook(out)["03支出"]["D21"]
    assert cell.fill.fgColor.rgb == "FF00B050"  # the author's fill stays
    assert cell.comment is not None and "参与计算" in cell.comment.text and "TBL001 03支出!D20" in cell.comment.text


def test_result_sheet_looks_right_without_recalculation(annotated):
    """Excel, WPS and LibreOffice size neither rows nor columns on opening: heights and widths must be written."""
    from govaudit.report.annotate import WRAPPED, display_width

    book, _, out, _, _ = annotated
    default_font = openpyxl.load_workbook(book)._fonts[0].name
    ws = openpyxl.load_workbook(out)[RESULT_SHEET]
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFGHI"}
    for row in ws.iter_rows(min_row=2):
        height = ws.row_dimensions[row[0].row].height
        assert height is not None
        for cell in row:
            assert cell.font.name == default_font  # links too: the workbook's font, only blue and underlined
            if cell.value is None:
                continue
            wide = display_width(str(cell.value))
            col = cell.column_letter
            if cell.column in WRAPPED and isinstance(cell.value, str):
                assert cell.alignment.wrap_text
                lines = -(-wide // int(widths[col] - 1.5))
                assert height >= lines * 11 * 1.45, (cell.coordinate, height, lines)
            else:
                assert wide <= widths[col], (cell.coordinate, cell.value, widths[col])  # never cut
    link = ws["D2"]
    assert link.hyperlink is not None and link.font.u == "single" and link.font.color.rgb.endswith("0563C1")
    assert ws["E1"].font.b and ws["E1"].font.name == default_font
    # 实际/应为 hold a department's name here: wide enough or wrapped, never cut
    cmp = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "CMP003")
    assert cmp[6].value == "上海市某区人力资源和社会保障局"
    assert widths["G"] >= display_width(cmp[6].value) or cmp[6].alignment.wrap_text
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage


def test_formulas_and_other_sheets_survive(annotated):
    book, _, out, _, _ = annotated
    original = openpyxl.load_workbook(book)
    copy = openpyxl.load_workbook(out)
    assert copy.sheetnames[1:] == original.sheetnames
    for ws in original.worksheets:
        assert [[c.value for c in row] for row in ws.iter_rows()] == \
               [[c.value for c in row] for row in copy[ws.title].iter_rows()]


def test_refuses_to_overwrite_the_input(tmp_path):
    book = copy_sample(tmp_path)
    before = _digest(book), os.stat(book).st_mtime_ns
    for target in (book, f"{tmp_path}/./{book.name}", f"{tmp_path}/sub/../{book.name}"):
        run = cli(book, "--annotate", str(target))
        assert run.exit_code == 2
        assert len(run.stderr.strip().splitlines()) == 1 and "被检查的文件本身" in run.stderr
        assert run.stdout == ""  # refused before checking
    link = tmp_path / "link.xlsx"
    link.symlink_to(book)
    assert cli(book, "--annotate", str(link)).exit_code == 2
    assert (_digest(book), os.stat(book).st_mtime_ns) == before


def test_library_refuses_too(tmp_path):
    book = copy_sample(tmp_path)
    with pytest.raises(AnnotateError):
        annotate_workbook(book, str(book), [])


def test_one_copy_a_file_several_files_need_a_folder(tmp_path):
    """(s28: several files are annotated into a folder, tests/test_annotate_many28.py; a copy's file name given for
    several is refused, nothing written)"""
    run = cli(*FAULTY, "--annotate", str(tmp_path / "x.xlsx"))
    assert run.exit_code == 2 and "应给出一个文件夹" in run.stderr
    assert not (tmp_path / "x.xlsx").exists()
    folder = tmp_path / "two"
    copy_sample(folder, 0)
    copy_sample(folder, 1)
    assert cli(folder, "--annotate", str(tmp_path / "x.xlsx")).exit_code == 2


def test_output_must_be_a_workbook(tmp_path):
    run = cli(FAULTY[0], "--annotate", str(tmp_path / "x.csv"))
    assert run.exit_code == 2 and ".xlsx" in run.stderr


def test_clean_workbook_gets_an_empty_result_sheet(tmp_path):
    clean = FAULTY[0].parent / "决算公开表-2024-上海式-无误.xlsx"
    out = tmp_path / "clean.xlsx"
    run = cli(clean, "--annotate", str(out), "--no-info")
    assert run.exit_code == 0
    ws = openpyxl.load_workbook(out)[RESULT_SHEET]
    assert ws.max_row == 2 and ws["E2"].value == "未发现问题"


def test_no_info_leaves_hint_cells_alone(tmp_path):
    out = tmp_path / "x.xlsx"
    cli(FAULTY[0], "--annotate", str(out), "--no-info")
    wb = openpyxl.load_workbook(out)
    assert wb["01收支总表"]["D31"].comment is None  # RND001 only
    assert all(r[0].value != "提示" for r in wb[RESULT_SHEET].iter_rows(min_row=2))


def test_annotate_refuses_a_legacy_workbook_before_checking(tmp_path):
    legacy = tmp_path / "上报.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    run = cli(legacy, "--annotate", str(tmp_path / "x.xlsx"))
    assert run.exit_code == 2 and run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert "只能为 Excel 工作簿" in line and legacy.name in line and "Word 文档（.docx）" in line
    assert not (tmp_path / "x.xlsx").exists()


def test_annotate_a_pdf_wants_a_pdf_copy(tmp_path):
    pdf = FAULTY[0].with_suffix(".pdf")
    assert pdf.is_file(), "the PDF print of the faulty sample is kept in samples/"
    run = cli(pdf, "--annotate", str(tmp_path / "x.xlsx"))
    assert run.exit_code == 2 and run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert "应以 .pdf 结尾" in line
    assert not (tmp_path / "x.xlsx").exists()
