"""--annotate with several inputs (wbfix2 s28, issue #9), written first and run on unchanged main 046c014 (where
every case but the refusals failed: '--annotate 只能用于检查一个工作簿').

`--annotate DIR`: one annotated copy a checked file in DIR, named '<原文件名>_批注<扩展名>' (a second input of the
same name: '_批注_2' …); DIR is made when missing (its parent must exist); an input is never written, a copy never
written over an input; DIR a file, or inside a folder being checked (the copies would be checked next time): one
line, exit 2, nothing written.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from report_support import cli

import heldout27b_book as hk

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOCX = SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx"
PDF = SAMPLES / "决算公开表-2024-上海式-有误.pdf"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _books(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    bad, clean = folder / "甲局.xlsx", folder / "乙中心.xlsx"
    hk.write(bad, hk.planted_tables()[0])
    hk.write(clean, hk.tables(hk.B))
    return bad, clean


def _comments(path: Path) -> set[tuple[str, str]]:
    wb = openpyxl.load_workbook(path)
    return {(ws.title, c.coordinate) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.comment}


def test_two_workbooks_a_copy_each(tmp_path):
    bad, clean = _books(tmp_path / "in")
    before = {p: _digest(p) for p in (bad, clean)}
    out = tmp_path / "批注"
    run = cli(str(tmp_path / "in"), "--annotate", str(out), "--format", "json")
    assert run.exit_code == 1, run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["乙中心_批注.xlsx", "甲局_批注.xlsx"]
    assert {p: _digest(p) for p in (bad, clean)} == before  # the inputs are never written
    findings = json.loads(run.stdout)["findings"]
    judged = {(f["locations"][0]["sheet"], f["locations"][0]["cell"]) for f in findings
              if f["file"] == str(bad) and f["severity"] == "error" and f["locations"]}
    assert judged and judged <= _comments(out / "甲局_批注.xlsx")
    # the clean book's copy marks no cell of the other's findings
    assert not any(f["file"] == str(clean) and f["severity"] == "error" for f in findings)
    assert not _comments(out / "乙中心_批注.xlsx") & judged  # (both books' sheets have the same names)
    assert "乙中心_批注.xlsx" in run.stderr and "甲局_批注.xlsx" in run.stderr


def test_a_word_document_and_a_pdf(tmp_path):
    docx, pdf = tmp_path / "说明.docx", tmp_path / "表.pdf"
    shutil.copy(DOCX, docx)
    shutil.copy(PDF, pdf)
    out = tmp_path / "out"
    out.mkdir()
    run = cli(str(docx), str(pdf), "--annotate", str(out))
    assert run.exit_code == 1, run.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(["说明_批注.docx", "表_批注.pdf"])
    assert len(PdfReader(out / "表_批注.pdf").pages) > len(PdfReader(pdf).pages)  # the result pages first
    import zipfile
    with zipfile.ZipFile(out / "说明_批注.docx") as z:
        assert "word/comments.xml" in z.namelist()


def test_two_inputs_of_one_name(tmp_path):
    a, _ = _books(tmp_path / "a")
    b, _ = _books(tmp_path / "b")
    out = tmp_path / "out"
    run = cli(str(a), str(b), "--annotate", str(out))
    assert run.exit_code == 1, run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["甲局_批注.xlsx", "甲局_批注_2.xlsx"]


def test_one_input_into_a_folder(tmp_path):
    bad, _ = _books(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    run = cli(str(bad), "--annotate", str(out))
    assert run.exit_code == 1, run.stderr
    assert [p.name for p in out.iterdir()] == ["甲局_批注.xlsx"]


def test_a_file_as_the_folder_is_refused(tmp_path):
    bad, clean = _books(tmp_path / "in")
    target = tmp_path / "x.txt"
    target.write_text("keep")
    run = cli(str(bad), str(clean), "--annotate", str(target))
    assert run.exit_code == 2
    assert len(run.stderr.strip().splitlines()) == 1 and "文件夹" in run.stderr and "Traceback" not in run.stderr
    assert target.read_text() == "keep"
    run = cli(str(bad), str(clean), "--annotate", str(tmp_path / "x.xlsx"))  # a file's name, not a folder's
    assert run.exit_code == 2 and "文件夹" in run.stderr and not (tmp_path / "x.xlsx").exists()


def test_a_folder_inside_the_checked_folder_is_refused(tmp_path):
    bad, clean = _books(tmp_path / "in")
    before = {p: _digest(p) for p in (bad, clean)}
    run = cli(str(tmp_path / "in"), "--annotate", str(tmp_path / "in" / "批注"))
    assert run.exit_code == 2 and len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "in" / "批注").exists()
    run = cli(str(tmp_path / "in"), "--annotate", str(tmp_path / "in"))
    assert run.exit_code == 2
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["乙中心.xlsx", "甲局.xlsx"]
    assert {p: _digest(p) for p in (bad, clean)} == before


def test_a_copy_never_written_over_an_input(tmp_path):
    bad, _ = _books(tmp_path / "in")
    other = tmp_path / "out" / "甲局_批注.xlsx"  # an input that stands where a copy would be written
    other.parent.mkdir()
    shutil.copy(bad, other)
    before = _digest(other)
    run = cli(str(bad), str(other), "--annotate", str(tmp_path / "out"))
    assert run.exit_code == 2 and len(run.stderr.strip().splitlines()) == 1
    assert _digest(other) == before


@pytest.mark.parametrize("missing_parent", [True])
def test_a_folder_whose_parent_is_missing_is_refused(tmp_path, missing_parent):
    bad, clean = _books(tmp_path / "in")
    run = cli(str(bad), str(clean), "--annotate", str(tmp_path / "no" / "such"))
    assert run.exit_code == 2 and "不存在" in run.stderr


def test_the_help_names_the_rule():
    run = cli("--help")
    assert "_批注" in run.stdout and "DIR" in run.stdout
