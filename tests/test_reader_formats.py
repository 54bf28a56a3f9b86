""".xls (and WPS .et) and .ods read as their .xlsx original: the same cells give the same figures (value and shown
decimals) and the same findings. Hidden rows and columns are left out of the checks in every format.

tests/data holds the 2024 faulty sample, a workbook with a hidden row and column (built from the clean
sample as in hidden_workbook below) and one with a hidden sheet (as in test_hidden_sheet_with_a_stale_copy_is_left_out),
each saved by LibreOffice 7 as .xls (MS Excel 97) and .ods:
    soffice --headless --convert-to xls X.xlsx; soffice --headless --convert-to ods X.xlsx
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from ci_helpers import CLEAN_2024, FAULTY_2024
from govaudit.pipeline import Options, check_file
from govaudit.readers import ReadError, read_workbook
from govaudit.recognize.disclosure import recognize

DATA = Path(__file__).parent / "data"


def figures(path: Path) -> dict:
    disclosure = recognize(read_workbook(path))
    out = {}
    for kind, table in disclosure.tables.items():
        for row in table.rows:
            for key, fig in row.cells.items():
                if fig is not None:
                    out[(kind, row.key, key)] = (fig.value, fig.decimals, fig.source.cell)
    return out


def findings(path: Path) -> list:
    status, found = check_file(path, Options())
    assert status.status == "checked", status.error
    return sorted((f.code, f.severity.value, f.locations[0].sheet if f.locations else None,
                   f.locations[0].cell if f.locations else None, f.expected, f.actual) for f in found)


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_same_figures_and_findings_as_the_xlsx(tmp_path, suffix):
    other = DATA / f"决算公开表-2024-上海式-有误{suffix}"
    want = figures(FAULTY_2024)
    got = figures(other)
    assert len(want) > 300 and got == want
    assert findings(other) == findings(FAULTY_2024)


def test_et_is_read_as_xls(tmp_path):
    et = tmp_path / "决算.et"
    et.write_bytes((DATA / "决算公开表-2024-上海式-有误.xls").read_bytes())
    assert findings(et) == findings(FAULTY_2024)


def hidden_workbook(path: Path) -> Path:
    """The clean 2024 sample with stale figures in a hidden row (a second 2011001) and a hidden column."""
    wb = openpyxl.load_workbook(CLEAN_2024)
    ws = wb["03支出"]
    for col, value in enumerate(("2011001", "行政运行", 999.99, 999.99, 0), start=1):
        ws.cell(39, col, value)
    ws.row_dimensions[39].hidden = True
    ws.cell(3, 9, "项目支出")
    for r in range(5, 12):
        ws.cell(r, 9, 123.45)
    ws.column_dimensions["I"].hidden = True
    wb.save(path)
    return path


@pytest.mark.parametrize("name", ["built.xlsx", "隐藏行列-2024.xls", "隐藏行列-2024.ods"])
def test_hidden_rows_and_columns_are_left_out_and_named(tmp_path, name):
    path = hidden_workbook(tmp_path / name) if name.endswith(".xlsx") else DATA / name
    found = findings(path)
    assert [f for f in found if f[1] != "info" ] == []  # the stale figures draw no error
    hidden = [f for f in found if f[0] == "CEL004"]
    assert hidden == [("CEL004", "info", "03支出", "I5", None, "10")]


def test_hidden_cells_are_read_as_hidden_in_every_format(tmp_path):
    books = [read_workbook(hidden_workbook(tmp_path / "h.xlsx")), read_workbook(DATA / "隐藏行列-2024.xls"),
             read_workbook(DATA / "隐藏行列-2024.ods")]
    for book in books:
        sheet = next(s for s in book.sheets if s.name == "03支出")
        assert 39 in sheet.hidden_rows and 9 in sheet.hidden_cols and 38 not in sheet.hidden_rows
        assert 8 not in sheet.hidden_cols


# ---------------------------------------------------------------------------------------------------------------
# broken and hostile files: one line each


def test_truncated_xls_and_ods_are_one_line(tmp_path):
    for name in ("决算公开表-2024-上海式-有误.xls", "决算公开表-2024-上海式-有误.ods"):
        data = (DATA / name).read_bytes()
        bad = tmp_path / name
        bad.write_bytes(data[: len(data) // 2])
        with pytest.raises(ReadError) as exc:
            read_workbook(bad)
        assert "\n" not in str(exc.value) and ("损坏" in str(exc.value) or "无法解析" in str(exc.value))


def ods(path: Path, content: str, manifest: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        if manifest:
            zf.writestr("META-INF/manifest.xml", manifest)
    return path


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def doc(body: str) -> str:
    return f'<office:document-content {NS}><office:body><office:spreadsheet>{body}' \
           '</office:spreadsheet></office:body></office:document-content>'


def test_ods_cells_values_shown_decimals_merges_and_repeats(tmp_path):
    body = ('<table:table table:name="表"><table:table-column table:number-columns-repeated="3"/>'
            '<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string">'
            '<text:p>收入<text:s text:c="2"/>支出</text:p></table:table-cell><table:covered-table-cell/>'
            '<table:table-cell office:value-type="float" office:value="1234.5"><text:p>1,234.50</text:p>'
            '</table:table-cell></table:table-row>'
            '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
            'table:number-columns-repeated="16384"/></table:table-row>'
            '<table:table-row><table:table-cell office:value-type="percentage" office:value="0.125">'
            '<text:p>12.5%</text:p></table:table-cell><table:table-cell office:value-type="float" '
            'office:value="7"><text:p>7</text:p></table:table-cell></table:table-row></table:table>')
    book = read_workbook(ods(tmp_path / "a.ods", doc(body)))
    sheet = book.sheets[0]
    cells = {k: (c.value, c.number_format) for k, c in sheet.cells.items()}
    assert cells == {(1, 1): ("收入  支出", "General"), (1, 3): (1234.5, "#,##0.00"),
                     (1048002, 1): (0.125, "0.0%"), (1048002, 2): (7, "General")}  # 7 shown as General shows it
    assert sheet.merged == [(1, 1, 1, 2)]


def test_ods_repeated_rows_with_content_are_bounded(tmp_path):
    body = ('<table:table table:name="表"><table:table-row table:number-rows-repeated="1048576">'
            '<table:table-cell table:number-columns-repeated="100" office:value-type="float" office:value="1">'
            '<text:p>1</text:p></table:table-cell></table:table-row></table:table>')
    with pytest.raises(ReadError, match="单元格过多"):
        read_workbook(ods(tmp_path / "many.ods", doc(body)))


def test_ods_entities_and_encryption_refused(tmp_path):
    laughs = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + doc("")
    with pytest.raises(ReadError, match="实体"):
        read_workbook(ods(tmp_path / "e.ods", laughs))
    manifest = ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
                '</manifest:file-entry></manifest:manifest>')
    with pytest.raises(ReadError, match="密码"):
        read_workbook(ods(tmp_path / "p.ods", "\x00binary", manifest))


def test_annotate_refuses_a_non_xlsx_input_in_one_line(tmp_path):
    from ci_helpers import cli

    run = cli("check", str(DATA / "决算公开表-2024-上海式-有误.ods"), "--annotate", str(tmp_path / "a.xlsx"))
    assert run.exit_code == 2 and len(run.stderr.strip().splitlines()) == 1 and ".ods" in run.stderr
    assert not (tmp_path / "a.xlsx").exists()


def test_hidden_sheet_with_a_stale_copy_is_left_out(tmp_path):
    wb = openpyxl.load_workbook(CLEAN_2024)
    stale = wb.copy_worksheet(wb["03支出"])
    stale.title = "03支出旧"
    for row in stale.iter_rows(min_row=5):
        for cell in row:
            if isinstance(cell.value, float):
                cell.value = round(cell.value * 1.1, 2)
    stale.sheet_state = "hidden"
    path = tmp_path / "hidden-sheet.xlsx"
    wb.save(path)
    found = findings(path)
    assert [f for f in found if f[1] != "info"] == []
    hidden = [f for f in found if f[0] == "CEL004"]
    assert len(hidden) == 1 and hidden[0][2] == "03支出旧"
    assert read_workbook(path).sheets[-1].hidden


@pytest.mark.parametrize("name", ["隐藏工作表-2024.ods", "隐藏工作表-2024.xls"])
def test_hidden_sheet_is_left_out_in_ods_and_xls(name):
    """The same workbook as above (a hidden stale copy of 03支出 with every figure × 1.1), saved by LibreOffice as
    .ods (the sheet's table style says table:display="false") and as .xls: the copy is left out and named."""
    path = DATA / name
    assert [(s.name, s.hidden) for s in read_workbook(path).sheets][-2:] == [("09国有资本", False), ("03支出旧", True)]
    found = findings(path)
    assert [f for f in found if f[1] != "info"] == []
    hidden = [f for f in found if f[0] == "CEL004"]
    assert len(hidden) == 1 and hidden[0][2] == "03支出旧"
