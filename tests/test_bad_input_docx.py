"""Word files that cannot be checked: one plain Chinese line each naming the reason, exit 2, the other files of the
run still checked; a folder picks up .docx (and lists .doc/.wps to say they are not checked)."""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document

from ci_helpers import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx"
CFB_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _cfb(path: Path, stream: str) -> None:
    """An OLE2 compound file holding a stream of that name (what Word 97-2003, old WPS and encryption write)."""
    body = bytearray(4096)
    name = stream.encode("utf-16-le")
    body[1024:1024 + len(name)] = name
    path.write_bytes(CFB_MAGIC + bytes(body))


def legacy_doc(path):
    _cfb(path, "WordDocument")


def encrypted(path):
    _cfb(path, "EncryptedPackage")


def truncated(path):
    data = SEED.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def broken_xml(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(SEED) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut in the middle of an element
            dst.writestr(item, data)
    path.write_bytes(buf.getvalue())


def no_disclosure(path):
    doc = Document()
    doc.add_paragraph("会议纪要")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "姓名", "电话"
    t.cell(1, 0).text, t.cell(1, 1).text = "张三", "12345678"
    doc.save(path)


def empty_document(path):
    Document().save(path)


def text_file(path):
    path.write_text("收入支出决算总表\n这不是 Word 文档。\n", encoding="utf-8")


def workbook_named_docx(path):
    shutil.copy(SAMPLES / "决算公开表-2024-上海式-有误.xlsx", path)


def zip_without_body(path):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("说明.txt", "普通压缩包")


def strict_ooxml(path):
    """ISO 29500 Strict: the same part names, elements in the purl.oclc.org namespaces."""
    _with_document_xml(path, lambda xml: xml.replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                                     "http://purl.oclc.org/ooxml/wordprocessingml/main"))


BAD = {
    "Word 97-2003 .doc": (legacy_doc, "坏文件.doc", "Word 97-2003（.doc）"),
    "old WPS .wps": (legacy_doc, "坏文件.wps", "WPS 文字（.wps）"),
    "password-protected .docx": (encrypted, "坏文件.docx", "密码"),
    "truncated .docx": (truncated, "坏文件.docx", "损坏"),
    "broken document.xml": (broken_xml, "坏文件.docx", "损坏"),
    "no disclosure in it": (no_disclosure, "坏文件.docx", "没有找到可识别的决算公开表或绩效自评表"),
    "empty document": (empty_document, "坏文件.docx", "文档是空的"),
    "text named .docx": (text_file, "坏文件.docx", "不是有效的 Word 文档"),
    "workbook named .docx": (workbook_named_docx, "坏文件.docx", "Excel 工作簿"),
    "zip without a body": (zip_without_body, "坏文件.docx", "word/document.xml"),
    "Strict Open XML": (strict_ooxml, "坏文件.docx", "Strict Open XML"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_one_clear_line_and_exit_2(tmp_path, name):
    maker, filename, words = BAD[name]
    path = tmp_path / filename
    maker(path)
    r = cli("check", str(path), "--format", "json")
    assert r.exit_code == 2
    [status] = json.loads(r.stdout)["files"]
    error = status["error"]
    assert status["status"] == "unreadable" and "\n" not in error and CJK.search(error)
    assert words in error, error
    assert r.stderr.strip() == f"{path}: {error}"
    assert "Traceback" not in r.stdout + r.stderr


def test_folder_checks_docx_and_reports_the_rest(tmp_path):
    shutil.copy(SEED, tmp_path / "a-决算公开.docx")
    legacy_doc(tmp_path / "b-旧版.doc")
    encrypted(tmp_path / "c-加密.docx")
    (tmp_path / "~$a-决算公开.docx").write_bytes(b"owner file Word leaves beside an open document")
    r = cli("check", str(tmp_path), "--format", "json", "--ignore", "TXT")  # tables and forms (TXT: test_narrative)
    assert r.exit_code == 2
    report = json.loads(r.stdout)
    assert [(Path(f["path"]).name, f["status"]) for f in report["files"]] == [
        ("a-决算公开.docx", "checked"), ("b-旧版.doc", "unreadable"), ("c-加密.docx", "unreadable")]
    assert report["summary"]["error"] == 43
    text = cli("check", str(tmp_path), "--ignore", "TXT")
    assert "b-旧版.doc: 无法检查：这是旧版 Word 97-2003（.doc）格式" in text.stdout
    assert "共检查 1 个文件，2 个文件无法读取：错误 43 个" in text.stdout


def _with_document_xml(path: Path, edit) -> None:
    """A copy of the seed document whose word/document.xml is edit(xml text)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(SEED) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            dst.writestr(item.filename, data)
    path.write_bytes(buf.getvalue())


def test_entity_expansion_is_refused(tmp_path):
    """A "billion laughs" document.xml: refused with one line, no hang, no memory blow-up."""
    lol = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
           + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8)) + "]>")

    def edit(xml):
        body = xml.split("?>", 1)[1]
        return lol + body.replace("第一部分部门概况", "&i;", 1)

    path = tmp_path / "炸弹.docx"
    _with_document_xml(path, edit)
    r = cli("check", str(path), "--format", "json")
    assert r.exit_code == 2 and "Traceback" not in r.stdout + r.stderr
    assert CJK.search(json.loads(r.stdout)["files"][0]["error"])


def test_huge_grid_span_is_refused(tmp_path):
    path = tmp_path / "巨大合并.docx"
    _with_document_xml(path, lambda xml: xml.replace('<w:gridSpan w:val="8"/>', '<w:gridSpan w:val="900000"/>', 1))
    r = cli("check", str(path), "--format", "json")
    assert r.exit_code == 2
    assert "列数异常" in json.loads(r.stdout)["files"][0]["error"]


def test_odd_grid_span_value_is_read_as_one_column(tmp_path):
    path = tmp_path / "怪值.docx"
    _with_document_xml(path, lambda xml: xml.replace('<w:gridSpan w:val="8"/>', '<w:gridSpan w:val="x"/>', 1))
    r = cli("check", str(path), "--format", "json")
    assert r.exit_code == 1 and json.loads(r.stdout)["files"][0]["status"] == "checked"
