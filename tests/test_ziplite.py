"""readers/ziplite.py: a plainly made workbook package read without zipfile (issue 13), the same bytes as zipfile
gives; anything else read by zipfile itself, so damaged and unusual packages fail (or are read) as before."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from govaudit.readers import ziplite

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PACKAGES = sorted(SAMPLES.glob("*.xlsx")) + sorted(SAMPLES.glob("*.docx"))


def _same_as_zipfile(zf, path) -> None:
    real = zipfile.ZipFile(path)
    assert zf.namelist() == real.namelist()
    for a, b in zip(zf.infolist(), real.infolist(), strict=True):
        assert (a.filename, a.compress_type, a.file_size, a.compress_size, a.CRC) == (
            b.filename, b.compress_type, b.file_size, b.compress_size, b.CRC)
    for name in real.namelist():
        assert zf.read(name) == real.read(name)
        with zf.open(name) as fh:
            assert fh.read(7) + fh.read() == real.read(name)


@pytest.mark.parametrize("path", PACKAGES, ids=lambda p: p.name)
def test_every_sample_package_is_read_here_as_zipfile_reads_it(path):
    zf = ziplite.open_zip(path)
    assert isinstance(zf, ziplite.LiteZip)  # (plainly made: not handed to zipfile)
    _same_as_zipfile(zf, path)
    assert zf._real is None  # no member needed zipfile


def _package(tmp_path, name="p.zip", **kw) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=kw.pop("compression", zipfile.ZIP_DEFLATED)) as zf:
        if kw.pop("comment", None):
            zf.comment = b"made by a test"
        zf.writestr("[Content_Types].xml", "<Types/>" * 50)
        zf.writestr("xl/workbook.xml", "工作簿".encode() * 100, **kw)
        zf.writestr("empty.xml", b"")
    return path


def test_stored_members_and_a_comment(tmp_path):
    for path in (_package(tmp_path, "stored.zip", compression=zipfile.ZIP_STORED),
                 _package(tmp_path, "comment.zip", comment=True)):
        zf = ziplite.open_zip(path)
        assert isinstance(zf, ziplite.LiteZip)
        _same_as_zipfile(zf, path)


@pytest.mark.parametrize("kind", ["zip64", "bzip2", "prepended", "truncated", "not a zip", "empty"])
def test_an_unusual_or_damaged_package_is_zipfiles_to_read(tmp_path, kind):
    """Not read here: zipfile reads it, or raises what it raised before."""
    path = tmp_path / "p.zip"
    if kind == "zip64":
        with zipfile.ZipFile(path, "w") as zf:
            with zf.open("xl/workbook.xml", "w", force_zip64=True) as fh:
                fh.write(b"<workbook/>")
    elif kind == "bzip2":
        _package(tmp_path, "p.zip", compression=zipfile.ZIP_BZIP2)
    elif kind == "prepended":
        data = _package(tmp_path, "q.zip").read_bytes()
        path.write_bytes(b"#!/bin/sh\nexit 0\n" + data)
    elif kind == "truncated":
        data = _package(tmp_path, "q.zip").read_bytes()
        path.write_bytes(data[:len(data) // 2])
    elif kind == "not a zip":
        path.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    else:
        path.write_bytes(b"")
    try:
        expected = zipfile.ZipFile(path)
    except Exception as exc:  # noqa: BLE001 (whatever zipfile raises)
        with pytest.raises(type(exc)) as got:
            ziplite.open_zip(path)
        assert str(got.value) == str(exc)
        return
    zf = ziplite.open_zip(path)
    # (a zip64 field in a local header only, as zipfile writes a small member with force_zip64: read here)
    assert isinstance(zf, zipfile.ZipFile) == (kind != "zip64")
    assert zf.namelist() == expected.namelist()
    assert [zf.read(n) for n in zf.namelist()] == [expected.read(n) for n in expected.namelist()]


def test_a_member_that_fails_is_read_by_zipfile_and_fails_as_there(tmp_path):
    """A wrong CRC, a local header naming another member, data that does not inflate: zipfile's own error."""
    path = _package(tmp_path)
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("xl/workbook.xml")
    start = info.header_offset + 30 + len(info.filename)
    data[start + 5] ^= 0xFF  # inside the deflated data
    path.write_bytes(bytes(data))
    with pytest.raises(Exception) as expected:
        zipfile.ZipFile(path).read("xl/workbook.xml")
    zf = ziplite.open_zip(path)
    assert isinstance(zf, ziplite.LiteZip)
    with pytest.raises(type(expected.value)) as got:
        zf.read("xl/workbook.xml")
    assert str(got.value) == str(expected.value)
    assert zf.read("[Content_Types].xml") == zipfile.ZipFile(path).read("[Content_Types].xml")
    with pytest.raises(KeyError) as missing:
        zf.read("no such member")
    with pytest.raises(KeyError) as zipfiles:
        zipfile.ZipFile(path).read("no such member")
    assert str(missing.value) == str(zipfiles.value)
    zf.close()


def test_a_wrong_crc_of_a_stored_member(tmp_path):
    path = _package(tmp_path, compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("xl/workbook.xml")
    data[info.header_offset + 30 + len(info.filename)] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(zipfile.BadZipFile, match="Bad CRC-32"):
        ziplite.open_zip(path).read("xl/workbook.xml")


def test_bad_zip_file_is_zipfiles_own():
    assert ziplite.BadZipFile is zipfile.BadZipFile


def test_a_workbook_check_imports_no_zipfile(tmp_path):
    """`govaudit check` of a workbook (the installed script's way): neither zipfile nor the modules it imports."""
    target = tmp_path / "seed.xlsx"
    shutil.copyfile(SAMPLES / "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx", target)
    heavy = ("zipfile", "shutil", "bz2", "lzma", "threading")
    code = ("import sys\n"
            f"sys.argv = ['govaudit', 'check', {str(target)!r}, '--format', 'json', '-o', {str(tmp_path / 'r.json')!r}]\n"
            "from govaudit.fastpath import main\n"
            "try:\n"
            "    main()\n"
            "except SystemExit as exc:\n"
            "    assert exc.code == 1, exc.code\n"
            f"print('LOADED', sorted(m for m in {heavy!r} if m in sys.modules))\n")
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED []" in proc.stdout.splitlines()
