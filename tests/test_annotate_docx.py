"""--annotate 副本.docx: a copy of the Word document with a comment and a shade on each problem, a summary at the top,
the input never written, and a package Word/WPS/LibreOffice open without offering to repair it.

"Without repair" is checked here by what those programs are strict about: every part well-formed and typed in
[Content_Types].xml, every relationship target present, comment ranges/references matching comments.xml, bookmarks
and the links to them paired, and tcPr/rPr children in the order the schema's sequences prescribe."""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from docx import Document
from lxml import etree

from ci_helpers import cli
from govaudit.model import Finding, Location, Severity
from govaudit.report.annotate_docx import _RPR, _TCPR, annotate_docx

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOCX = SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ann")
    src = folder / "决算公开.docx"
    shutil.copy(DOCX, src)
    os.utime(src, (1_600_000_000, 1_600_000_000))
    before = (src.read_bytes(), src.stat().st_mtime_ns)
    out = folder / "批注副本.docx"
    # the narrative's findings (TXT, on paragraphs) are left out here: these tests are about the tables and forms
    r = cli("check", str(src), "--annotate", str(out), "--ignore", "TXT")
    assert r.exit_code == 1 and "已生成批注副本" in r.stderr
    assert (src.read_bytes(), src.stat().st_mtime_ns) == before  # the input is never written
    return src, out


def test_comments_and_shading_on_each_problem(annotated):
    src, out = annotated
    doc = Document(str(out))
    texts = [c.text for c in doc.comments]
    # one comment per judged place: 53 findings, of which several share a cell
    assert len(texts) == 50 and all(t.startswith("[") for t in texts)
    assert any("PRF001" in t and "创业扶持资金" in t and "应为 196.07" in t for t in texts)
    body = doc.element.body
    # the 执行数 550 cell of 创业扶持资金 is shaded red and holds the comment range
    tables = body.findall(f"{W}tbl")
    cell = _cell(tables[4], 6, 7)
    assert cell.find(f"{W}tcPr/{W}shd").get(f"{W}fill") == "FFC7CE"
    assert cell.find(f".//{W}commentRangeStart") is not None
    assert "".join(t.text for t in cell.iter(f"{W}t")) == "550"
    # a cell it was computed from (财政资金 196.07) has a dashed border
    src_cell = _cell(tables[4], 7, 7)
    assert src_cell.find(f"{W}tcPr/{W}tcBorders/{W}top").get(f"{W}val") == "dashed"
    # the summary at the top: title, counts, one line per finding with a link
    paras = [p.text for p in doc.paragraphs[:60]]
    assert paras[0] == "govaudit 检查结果"
    assert paras[1].startswith("共 53 个问题：错误 43 个，警告 4 个，提示 6 个。")
    assert any(p.startswith("[错误] PRF001 表5 第6行第7列（创业扶持资金 / 总额 / 执行数）") for p in paras)
    assert any(p.startswith("[错误] CMP001 第175段（公开02表）") for p in paras)


def _cell(tbl, row, col):
    from govaudit.readers.docx import table_cell

    return table_cell(tbl, row, col)


def test_the_copy_is_checked_as_the_same_document(annotated):
    """Same tables, same numbers, same defects: the summary has no table and the marks change no text."""
    from govaudit.pipeline import Options, check_file

    src, out = annotated
    _, before = check_file(src, Options())
    _, after = check_file(out, Options())

    def key(f):
        loc = f.locations[0] if f.locations else None
        # the summary at the copy's top shifts the paragraph numbers a message may cite ("另有 1 处（第106段）")
        return (f.code, re.sub(r"第\d+段", "第?段", f.message), loc and (loc.table_no, loc.table_row, loc.table_col))

    assert sorted(map(key, after), key=str) == sorted(map(key, before), key=str)


def test_package_opens_without_repair(annotated):
    _, out = annotated
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
        xml = {n: etree.fromstring(zf.read(n)) for n in names if n.endswith((".xml", ".rels"))}
    types = xml["[Content_Types].xml"]
    defaults = {d.get("Extension").lower() for d in types.iter(f"{CT}Default")}
    overrides = {o.get("PartName") for o in types.iter(f"{CT}Override")}
    for n in names:
        if n != "[Content_Types].xml":
            assert "/" + n in overrides or n.rsplit(".", 1)[-1].lower() in defaults, n
    for n, root in xml.items():
        if not n.endswith(".rels"):
            continue
        base = PurePosixPath(n).parent.parent
        for rel in root.iter(f"{RELS}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target")
            path = target.lstrip("/") if target.startswith("/") else str(base / target)
            path = os.path.normpath(path).replace(os.sep, "/")
            assert path in names, (n, target)
    doc, comments = xml["word/document.xml"], xml["word/comments.xml"]
    ids = {c.get(f"{W}id") for c in comments.iter(f"{W}comment")}
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert {e.get(f"{W}id") for e in doc.iter(f"{W}{tag}")} == ids, tag
    starts = [b.get(f"{W}id") for b in doc.iter(f"{W}bookmarkStart")]
    assert len(starts) == len(set(starts)) and set(starts) == {b.get(f"{W}id") for b in doc.iter(f"{W}bookmarkEnd")}
    names_ = {b.get(f"{W}name") for b in doc.iter(f"{W}bookmarkStart")}
    anchors = [h.get(f"{W}anchor") for h in doc.iter(f"{W}hyperlink") if h.get(f"{W}anchor")]
    assert anchors and set(anchors) <= names_
    for parent, order in (("tcPr", _TCPR), ("rPr", _RPR)):
        for el in doc.iter(f"{W}{parent}"):
            seq = [order.index(etree.QName(c).localname) for c in el if etree.QName(c).localname in order]
            assert seq == sorted(seq) and len(seq) == len(set(seq)), etree.tostring(el)[:200]


def test_sentence_in_a_paragraph_is_marked_alone(tmp_path):
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("本部门2019年度收支总计6634.67万元。比2018年度")
    p.add_run("增加208.1万元，增长3.13%。").bold = True
    p.add_run("主要原因是人员增加。")
    src = tmp_path / "说明.docx"
    doc.save(src)
    sentence = "比2018年度增加208.1万元，增长3.13%。"
    loc = Location(file=str(src), paragraph=1, sentence=sentence)
    f = Finding(code="TXT001", severity=Severity.warning, file=str(src), message="增长率应为 3.24%", locations=[loc])
    out = tmp_path / "副本.docx"
    assert annotate_docx(src, out, [f]) == 1
    copy = Document(str(out))
    [c] = list(copy.comments)
    assert c.text.startswith("[警告] TXT001 增长率应为 3.24%")
    target = next(p for p in copy.paragraphs if "6634.67" in p.text)
    assert target.text == "本部门2019年度收支总计6634.67万元。" + sentence + "主要原因是人员增加。"  # text unchanged
    shaded = "".join(r.text for r in target.runs if r._r.find(f"{W}rPr/{W}shd") is not None)
    assert shaded == sentence  # only the sentence, split out of its runs; the bold part keeps its bold
    assert [r.bold for r in target.runs if r.text == "增加208.1万元，增长3.13%。"] == [True]
    xml = etree.tostring(target._p, encoding="unicode")
    assert xml.index("commentRangeStart") < xml.index("比2018年度") < xml.index("commentRangeEnd")


@pytest.mark.parametrize("given,out,need", [("docx", "副本.xlsx", ".docx"), ("xlsx", "副本.docx", ".xlsx")])
def test_copy_keeps_the_input_format(tmp_path, given, out, need):
    src = DOCX if given == "docx" else SAMPLES / "决算公开表-2024-上海式-有误.xlsx"
    r = cli("check", str(src), "--annotate", str(tmp_path / out))
    assert r.exit_code == 2 and f"应以 {need} 结尾" in r.stderr
    assert not (tmp_path / out).exists()


def test_input_is_refused_as_output(tmp_path):
    src = tmp_path / "a.docx"
    shutil.copy(DOCX, src)
    r = cli("check", str(src), "--annotate", str(src))
    assert r.exit_code == 2 and "原文件不会被改写" in r.stderr
    assert src.read_bytes() == DOCX.read_bytes()
    assert re.search(r"\S", r.stderr)
