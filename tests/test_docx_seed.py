"""The seed written as the Word document it was (samples/make_seed_docx.py) is checked as the same defects as the
seed's forms reproduced as a workbook: defect by defect (rule, severity, form, row and column labels), not by cell
address. Its nine-table part (公开01、07、09表 printed, the others only titled) adds its own findings."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from govaudit.pipeline import Options, check_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOCX = SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx"
XLSX = SAMPLES / "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx"


def _forms_only(f) -> bool:
    # the narrative's findings (TXT, tests/test_narrative.py) are neither forms nor tables
    return bool(f.table) and not re.fullmatch(r"公开\d\d表", f.table) and not f.code.startswith("TXT")


def _defects(findings):
    out = Counter()
    for f in findings:
        if not _forms_only(f):
            continue
        loc = f.locations[0] if f.locations else None
        out[(f.code, f.severity.value, f.table, loc and loc.row_label, loc and loc.col_label, f.actual,
             f.expected)] += 1
    return out


@pytest.fixture(scope="module")
def docx_result():
    return check_file(DOCX, Options())


def test_forms_same_defects_as_the_workbook(docx_result):
    status, findings = docx_result
    assert status.status == "checked" and status.forms == 18
    _, xlsx_findings = check_file(XLSX, Options())
    expected = _defects(xlsx_findings)
    assert sum(expected.values()) >= 40  # the workbook's list (tests/test_forms_seed.py) is not empty
    assert _defects(findings) == expected


def test_nine_table_part(docx_result):
    status, findings = docx_result
    assert status.tables == ["公开01表", "公开07表", "公开09表"]
    others = sorted((f.code, f.table) for f in findings if not _forms_only(f) and not f.code.startswith("TXT"))
    assert others == [("CMP001", "公开02表"), ("CMP001", "公开03表"), ("CMP001", "公开04表"), ("CMP001", "公开05表"),
                      ("CMP001", "公开06表"), ("CMP001", "公开08表"), ("RND001", "公开01表")]
    # 公开02表's title is a paragraph; 03–06 and 08 are one-cell tables holding only the title
    titled = {f.table: f for f in findings if f.code == "CMP001"}
    assert all("只有标题，没有表格" in f.message and "文档中" in f.message for f in titled.values())
    assert titled["公开02表"].locations[0].paragraph is not None
    loc = titled["公开08表"].locations[0]
    assert (loc.table_no, loc.table_row, loc.table_col) == (28, 1, 1)
    assert loc.table_title == "政府性基金预算财政拨款收入支出决算表"


def test_every_cell_finding_points_into_a_word_table(docx_result):
    _, findings = docx_result
    for f in findings:
        for loc in f.locations:
            if loc.cell is None:
                continue
            if loc.paragraph is not None:  # 公开02表's title, the narrative's findings: paragraphs, not table cells
                continue
            assert loc.table_no is not None and loc.table_row and loc.table_col, (f.code, loc)
            assert loc.table_title, (f.code, loc)
    # 创业扶持资金's 执行数 550 beside 财政资金 196.07: the seed's 5th table, 6th row, 7th grid column
    [f] = [f for f in findings if f.code == "PRF001" and f.table and "创业扶持资金" in f.table]
    loc = f.locations[0]
    assert (loc.table_no, loc.table_row, loc.table_col) == (5, 6, 7)
    assert (loc.row_label, loc.col_label) == ("总额", "执行数")


def test_committed_sample_is_what_the_script_writes(tmp_path):
    """samples/make_seed_docx.py (from samples/seed/, the seed text) writes the committed document."""
    import sys
    import zipfile

    sys.path.insert(0, str(SAMPLES))
    import make_seed_docx

    out = make_seed_docx.main(tmp_path / "seed.docx")
    with zipfile.ZipFile(out) as a, zipfile.ZipFile(DOCX) as b:
        assert a.read("word/document.xml") == b.read("word/document.xml")


def test_libreoffice_resaved_copy_reads_the_same(docx_result):
    """The same document saved again by LibreOffice (its own markup for widths, merges, styles): same findings at
    the same Word places."""
    resaved = SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误-LibreOffice另存.docx"
    status, findings = check_file(resaved, Options())
    assert status.status == "checked" and status.forms == 18

    def keys(fs):
        out = Counter()
        for f in fs:
            loc = f.locations[0] if f.locations else None
            out[(f.code, f.table, f.message, loc and (loc.table_no, loc.table_row, loc.table_col, loc.paragraph))] += 1
        return out

    assert keys(findings) == keys(docx_result[1])
