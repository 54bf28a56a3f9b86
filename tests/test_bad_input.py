"""Files that cannot be checked: one plain Chinese line each, status "unreadable", exit 2, never a traceback.
And a check never changes the file it reads."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import zipfile

import pytest
from openpyxl import Workbook

from ci_helpers import cli

CFB_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
CJK = re.compile(r"[\u4e00-\u9fff]")


def text_file(path):
    path.write_text("收入支出决算总表\n这不是工作簿，只是改了扩展名的文本。\n", encoding="utf-8")


def truncated(path, sample):
    data = sample.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def encrypted(path):
    """What Office writes for a password-protected workbook: an OLE2 file holding an EncryptedPackage stream."""
    body = bytearray(4096)
    name = "EncryptedPackage".encode("utf-16-le")
    body[1024:1024 + len(name)] = name
    path.write_bytes(CFB_MAGIC + bytes(body))


def legacy_xls(path):
    body = bytearray(4096)
    name = "Workbook".encode("utf-16-le")
    body[1024:1024 + len(name)] = name
    path.write_bytes(CFB_MAGIC + bytes(body))


def empty_workbook(path):
    Workbook().save(path)


def no_table(path):
    book = Workbook()
    ws = book.active
    ws.append(["姓名", "电话", "备注"])
    ws.append(["张三", 12345678, "会议签到表"])
    ws.append([1, 2, 3])
    book.save(path)


def zip_not_xlsx(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("说明.txt", "这是一个普通的压缩包")
    path.write_bytes(buf.getvalue())


def zero_bytes(path):
    path.write_bytes(b"")


BAD = {
    "text file named .xlsx": (text_file, "不是有效的 Excel 工作簿"),
    "truncated xlsx": (truncated, "损坏"),
    "password-protected workbook": (encrypted, "密码"),
    "legacy .xls saved as .xlsx": (legacy_xls, ".xls"),
    "empty workbook": (empty_workbook, "空的"),
    "workbook with no recognisable table": (no_table, "没有找到可识别的"),
    "zip that is not an xlsx": (zip_not_xlsx, "xl/workbook.xml"),
    "zero bytes": (zero_bytes, "0 字节"),
}


def make(tmp_path, name, sample_path, filename="坏文件.xlsx"):
    path = tmp_path / filename
    maker, _words = BAD[name]
    if maker is truncated:
        maker(path, sample_path["2024"])
    else:
        maker(path)
    return path


@pytest.mark.parametrize("name", list(BAD))
def test_unreadable_file_json(tmp_path, sample_path, name):
    path = make(tmp_path, name, sample_path)
    r = cli("check", str(path), "--format", "json")
    assert r.exit_code == 2
    report = json.loads(r.stdout)
    [status] = report["files"]
    assert status["status"] == "unreadable" and report["findings"] == []
    error = status["error"]
    assert "\n" not in error and CJK.search(error), error
    assert BAD[name][1] in error
    assert r.stderr.strip() == f"{path}: {error}"  # the same line for people, on stderr
    assert "Traceback" not in r.stdout + r.stderr


@pytest.mark.parametrize("name", list(BAD))
def test_unreadable_file_text(tmp_path, sample_path, name):
    path = make(tmp_path, name, sample_path)
    r = cli("check", str(path))
    assert r.exit_code == 2
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"{path}: 无法检查：") and BAD[name][1] in lines[0]
    assert lines[-1] == "共检查 0 个文件，1 个文件无法读取：错误 0 个，警告 0 个，提示 0 个。"
    assert "Traceback" not in r.stdout + r.stderr


def test_missing_file(tmp_path):
    r = cli("check", str(tmp_path / "没有这个文件.xlsx"), "--format", "json")
    assert r.exit_code == 2
    assert json.loads(r.stdout)["files"][0]["error"] == "文件不存在"


def test_good_and_bad_in_one_folder(tmp_path, sample_path):
    """The run goes on past a bad file; the good file's findings are still reported; exit 2."""
    shutil.copy(sample_path["2024-faulty"], tmp_path / "a-好.xlsx")
    make(tmp_path, "password-protected workbook", sample_path, "b-加密.xlsx")
    r = cli("check", str(tmp_path), "--format", "json")
    assert r.exit_code == 2
    report = json.loads(r.stdout)
    assert [(f["path"], f["status"]) for f in report["files"]] == [
        (str(tmp_path / "a-好.xlsx"), "checked"), (str(tmp_path / "b-加密.xlsx"), "unreadable")]
    assert report["summary"]["error"] == 8
    assert {f["file"] for f in report["findings"]} == {str(tmp_path / "a-好.xlsx")}
    text = cli("check", str(tmp_path))
    assert text.exit_code == 2
    assert "a-好.xlsx" in text.stdout and "CMP003" in text.stdout and "b-加密.xlsx: 无法检查：" in text.stdout
    assert "共检查 1 个文件，1 个文件无法读取：错误 8 个" in text.stdout


@pytest.mark.parametrize("name", ["2024-faulty", "2019"])
def test_check_leaves_the_file_untouched(tmp_path, sample_path, name):
    path = tmp_path / "原件.xlsx"
    shutil.copy(sample_path[name], path)
    os.utime(path, (1_600_000_000, 1_600_000_000))
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for fmt in ("text", "json"):
        cli("check", str(path), "--format", fmt)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["原件.xlsx"]  # nothing written beside it
