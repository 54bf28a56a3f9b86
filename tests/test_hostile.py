"""Files built to break the checker: each is refused with one clear line (exit 2), quickly and in bounded memory,
and the run goes on with the other files. Every file is built here, small on disk.

A hang is guarded by running the CLI in a subprocess with a timeout; memory is the child's own peak RSS."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ci_helpers import CLEAN_2024
from govaudit.readers import ReadError, read_workbook
from govaudit.readers import xlsx

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = (f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts>'
          '<fills count="2"><fill><patternFill/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
          "</styleSheet>")  # a stylesheet openpyxl reads, so these files take the fast path
TIMEOUT = 60  # a hang guard, not a speed test


def workbook(path: Path, sheets: list[tuple[str, str]], parts: dict[str, bytes], *, styles: str = STYLES,
             method: int = zipfile.ZIP_DEFLATED, level: int = 6) -> Path:
    """An .xlsx whose sheets (name, part) point at these parts (several sheets may name one part)."""
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(f'<Override PartName="/{p}" '
                    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    for p in parts)
          + "</Types>")
    rels = [f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>']
    book = []
    for i, (name, part) in enumerate(sheets, 1):
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="/{part}"/>')
        book.append(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                    f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                    "</Relationships>")
        zf.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{"".join(book)}'
                    "</sheets></workbook>")
        zf.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                    f'2006/relationships">{"".join(rels)}</Relationships>')
        zf.writestr("xl/styles.xml", styles)
        for part, data in parts.items():
            zf.writestr(zipfile.ZipInfo(part), data, compress_type=method)
    return path


def sheet_xml(rows: str, merges: str = "") -> bytes:
    merged = f"<mergeCells>{merges}</mergeCells>" if merges else ""
    return f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData>{merged}</worksheet>'.encode()


def filler_rows(size: int, seed: int = 0) -> str:
    """Cell rows of about `size` bytes of XML with varied numbers (compresses ~5-10×, like real data)."""
    rnd = random.Random(seed)
    out, total, r = [], 0, 1
    while total < size:
        row = f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>{rnd.randint(0, 10 ** 9)}</v></c>' for c in "ABCDEFGH")
        row += "</row>"
        out.append(row)
        total += len(row)
        r += 1
    return "".join(out)


def cli_run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from govaudit.cli import main; main()", *args],
                          capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd)


def peak_read(path: Path) -> tuple[str, int]:
    """(outcome, peak RSS in MB) of reading `path` in a fresh process."""
    code = ("import resource, sys\n"
            "from govaudit.pipeline import check_file, Options\n"
            "from pathlib import Path\n"
            "status, _ = check_file(Path(sys.argv[1]), Options())\n"
            "print(status.status + '|' + (status.error or ''))\n"
            "try:\n"  # VmHWM is this process's own peak (ru_maxrss keeps the forking parent's across exec)
            "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
            "    print(int(hwm) // 1024)\n"
            "except OSError:\n"
            "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    outcome, peak = done.stdout.strip().splitlines()
    return outcome, int(peak)


def assert_refused(path: Path, *words: str) -> str:
    outcome, peak = peak_read(path)
    status, _, error = outcome.partition("|")
    assert status == "unreadable" and "\n" not in error, outcome
    for w in words:
        assert w in error, error
    assert peak <= 200, f"peak {peak} MB"
    return error


# ---------------------------------------------------------------------------------------------------------------
# zip bombs that pass per-member checks


def test_many_sheets_pointing_at_one_part(tmp_path):
    part = sheet_xml(filler_rows(1_500_000))
    path = workbook(tmp_path / "same.xlsx", [(f"S{i}", "xl/worksheets/sheet1.xml") for i in range(1000)],
                    {"xl/worksheets/sheet1.xml": part})
    assert path.stat().st_size < 2_000_000
    assert_refused(path, "同一个内部文件")


def append_raw(path: Path, names: list[str], data: bytes) -> None:
    """Add members holding `data` to the zip at `path`, deflated once and written as raw records (zipfile would
    compress each copy again)."""
    import struct
    import zlib

    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = packer.compress(data) + packer.flush()
    crc = zlib.crc32(data)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        body_end = zf.start_dir  # where the central directory begins
    old = path.read_bytes()
    body, central = bytearray(old[:body_end]), bytearray(old[body_end:old.rfind(b"PK\x05\x06")])
    for name in names:
        raw = name.encode()
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(packed), len(data), len(raw), 0)
        body += raw + packed
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(packed), len(data),
                               len(raw), 0, 0, 0, 0, 0, offset) + raw
    count = len(infos) + len(names)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(body), 0)
    path.write_bytes(bytes(body + central + end))


def test_many_parts_each_under_the_ratio_threshold(tmp_path):
    """40 parts of 3.2 MB, each packing within the ratio limit: together past what a workbook unpacks to."""
    block = filler_rows(8000)
    part = sheet_xml(block * (3_200_000 // len(block)))
    names = [f"xl/worksheets/sheet{i}.xml" for i in range(40)]
    path = workbook(tmp_path / "forty.xlsx", [(f"S{i}", n) for i, n in enumerate(names)], {})
    append_raw(path, names, part)
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if i.filename in names]
        assert len(infos) == 40 and all(xlsx.RATIO_FLOOR < i.file_size < xlsx.MAX_RATIO * i.compress_size
                                        for i in infos)
        assert zf.read(names[-1]) == part
    assert path.stat().st_size < 2_000_000
    assert_refused(path, "过大")


def test_budget_counts_what_is_inflated_not_what_is_declared(tmp_path, monkeypatch):
    """The streaming budget stops a read past its limit, whatever the directory says."""
    path = workbook(tmp_path / "a.xlsx", [("S", "xl/worksheets/sheet1.xml")],
                    {"xl/worksheets/sheet1.xml": sheet_xml(filler_rows(300_000))})
    budget = xlsx.Budget(limit=100_000)
    with zipfile.ZipFile(path) as zf, pytest.raises(ReadError, match="过大"):
        budget.read(zf, "xl/worksheets/sheet1.xml")


def _under_declare(path: Path, member: str, declared: int) -> None:
    """Rewrite the member's uncompressed size in its local header and in the central directory."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    local = info.header_offset
    data[local + 22:local + 26] = declared.to_bytes(4, "little")
    name = member.encode()
    at = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[at + 24:at + 28] = declared.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_under_declared_size_is_refused_without_inflating_it(tmp_path):
    big = sheet_xml("<row r='1'>" + "<c><v>1</v></c>" * 3_000_000 + "</row>")  # 45 MB, packs to ~45 KB
    path = workbook(tmp_path / "liar.xlsx", [("S", "xl/worksheets/sheet1.xml")], {"xl/worksheets/sheet1.xml": big},
                    level=9)
    _under_declare(path, "xl/worksheets/sheet1.xml", 1000)
    assert path.stat().st_size < 200_000
    assert_refused(path)


def test_bzip2_member_is_refused_before_inflating(tmp_path):
    """zipfile inflates a bzip2 member whole before cutting it to its declared size: never open one."""
    path = workbook(tmp_path / "bz.xlsx", [("S", "xl/worksheets/sheet1.xml")],
                    {"xl/worksheets/sheet1.xml": sheet_xml("<row r='1'><c r='A1'><v>1</v></c></row>")},
                    method=zipfile.ZIP_BZIP2)
    with pytest.raises(ReadError, match="压缩方式"):
        read_workbook(path)


# ---------------------------------------------------------------------------------------------------------------
# the openpyxl fallback path keeps the guards


BAD_STYLE_ROW = "<row r='1'><c r='A1' s='7'><v>1</v></c></row>"  # style 7 is undefined: the fast path hands over


def test_fallback_quoted_merge_ranges_are_bounded(tmp_path):
    merges = "".join(f"<mergeCell ref='A{r * 10 + 1}:CV{r * 10 + 10}'/>" for r in range(300))  # 300 × 1000 cells
    path = workbook(tmp_path / "m.xlsx", [("S", "xl/worksheets/sheet1.xml")],
                    {"xl/worksheets/sheet1.xml": sheet_xml(BAD_STYLE_ROW, merges)})
    assert_refused(path, "合并区域")


def test_fallback_huge_single_quoted_merge_is_refused(tmp_path):
    path = workbook(tmp_path / "m.xlsx", [("S", "xl/worksheets/sheet1.xml")],
                    {"xl/worksheets/sheet1.xml": sheet_xml(BAD_STYLE_ROW, "<mergeCell ref='A1:XFD1048576'/>")})
    assert_refused(path, "合并区域")


def test_fallback_without_hostile_content_keeps_its_one_line(tmp_path):
    path = workbook(tmp_path / "s.xlsx", [("S", "xl/worksheets/sheet1.xml")],
                    {"xl/worksheets/sheet1.xml": sheet_xml(BAD_STYLE_ROW)})
    error = assert_refused(path)
    assert "IndexError" in error or "无法" in error


# ---------------------------------------------------------------------------------------------------------------
# not a regular file; names that would break a line; the run goes on


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_fifo_symlink_and_newline_names(tmp_path):
    folder = tmp_path / "公开"
    folder.mkdir()
    os.mkfifo(folder / "管道.xlsx")
    (folder / "悬空.xlsx").symlink_to(folder / "不存在.xlsx")
    shutil.copy(CLEAN_2024, folder / "好的.xlsx")
    (folder / "坏\n名.xlsx").write_text("不是工作簿", encoding="utf-8")
    os.mkfifo(tmp_path / "x.xlsx")
    done = cli_run("check", str(folder), str(tmp_path / "x.xlsx"), "--format", "json")
    assert done.returncode == 2, done.stderr
    files = {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}
    assert files["好的.xlsx"]["status"] == "checked"
    assert "管道" in files["管道.xlsx"]["error"] and "管道" in files["x.xlsx"]["error"]
    assert "符号链接" in files["悬空.xlsx"]["error"]
    assert files["坏\\n名.xlsx"]["status"] == "unreadable"  # the name shown with its newline escaped
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 4 and all(".xlsx" in line for line in lines), done.stderr


# ---------------------------------------------------------------------------------------------------------------
# numbers no disclosure prints


def test_huge_numbers_are_cell_findings_and_every_rule_runs(tmp_path):
    book = openpyxl.load_workbook(CLEAN_2024)
    hits = []
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) and cell.value > 100:
                    hits.append(cell)
    hits[5].value = 1e308
    hits[40].value = 10 ** 30
    path = tmp_path / "huge.xlsx"
    book.save(path)
    done = cli_run("check", str(path), "--format", "json")
    assert done.returncode == 1, done.stderr
    findings = json.loads(done.stdout)["findings"]
    assert not [f for f in findings if "执行出错" in f["message"]]
    cel = [f for f in findings if f["code"] == "CEL003"]
    assert {f["locations"][0]["cell"] for f in cel} == {hits[5].coordinate, hits[40].coordinate}


def test_undefined_number_format_reads_as_general_on_both_paths(tmp_path, monkeypatch):
    """A style naming a number format the file never defines: Excel shows General; openpyxl's objects raise
    IndexError on it (which once ended as 读取失败（IndexError…）)."""
    import re

    base = tmp_path / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = 1.5
    wb.active["A1"].number_format = "0.000"
    wb.save(base)
    path = tmp_path / "undefined.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "xl/styles.xml":
                data = re.sub(rb"<numFmts.*?</numFmts>", b"", data)
            zout.writestr(name, data)
    fast = read_workbook(path).sheets[0].cells[(1, 1)]
    assert (fast.value, fast.number_format) == (1.5, "General")

    def refuse(_path):
        raise xlsx._Fallback

    monkeypatch.setattr(xlsx, "_read_fast", refuse)
    slow = read_workbook(path).sheets[0].cells[(1, 1)]
    assert (slow.value, slow.number_format) == (1.5, "General")


def test_too_many_cells_refused_within_memory(tmp_path):
    """Cells are bounded for the workbook (all sheets together): two sheets of 210,000 cells each."""
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>{r}.5</v></c>' for c in "ABCDEFGHIJ") + "</row>"
                   for r in range(1, 21_001))
    parts = {f"xl/worksheets/sheet{i}.xml": sheet_xml(rows) for i in (1, 2)}
    path = workbook(tmp_path / "cells.xlsx", [("A", "xl/worksheets/sheet1.xml"), ("B", "xl/worksheets/sheet2.xml")],
                    parts)
    assert_refused(path, "单元格过多")
