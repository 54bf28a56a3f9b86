"""readers/xlsx._tree: the package's small parts (content types, workbook, relationships, styles) parsed without
importing xml.etree.ElementTree (issue 13): the same tree as ElementTree.XML, the same answers to the paths the
reader asks, and a malformed part refused as ElementTree refuses it."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import XML

import pytest

from govaudit.readers import xlsx

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
M = xlsx._M


def _dump(node) -> tuple:
    return node.tag, dict(node.attrib), [_dump(c) for c in list(node)] if hasattr(node, "__len__") else \
        [_dump(c) for c in node.children]


def _parts():
    for path in sorted(SAMPLES.glob("*.xlsx")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.endswith((".rels", "workbook.xml", "styles.xml", "[Content_Types].xml")):
                    yield f"{path.name}:{name}", z.read(name)


@pytest.mark.parametrize("name,data", list(_parts()), ids=lambda x: x if isinstance(x, str) else "")
def test_the_tree_is_elementtrees(name, data):
    ours, theirs = xlsx._tree(data), XML(data)
    assert _dump(ours) == _dump(theirs)
    for path in (f"{M}sheets", f"{M}sheets/{M}sheet", f"{M}workbookPr", f"{M}numFmts/{M}numFmt", f"{M}cellXfs",
                 f"{M}cellXfs/{M}xf", f"{M}cellStyleXfs/{M}xf", f"{M}fonts/{M}font", f"{M}cellStyles/{M}cellStyle"):
        assert [_dump(n) for n in ours.findall(path)] == [_dump(n) for n in theirs.findall(path)]
        assert [_dump(n) for n in ours.iterfind(path)] == [_dump(n) for n in theirs.iterfind(path)]
        assert (ours.find(path) is None) == (theirs.find(path) is None)
    for tag in (xlsx._CT + "Override", xlsx._PKG_REL, None):
        assert [_dump(n) for n in ours.iter(tag)] == [_dump(n) for n in theirs.iter(tag)]
    for node, other in zip(ours.iter(), theirs.iter()):
        for key in list(other.attrib) + ["nothing"]:
            assert node.get(key) == other.get(key) and node.get(key, "d") == other.get(key, "d")


@pytest.mark.parametrize("data", [b"<a><b></a>", b"<a x='1' x='2'/>", b"<p:a/>", b"<a/><b/>", b"", b"<a>&nbsp;</a>",
                                  b'<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>'])
def test_a_malformed_part_is_refused_as_elementtree_refuses_it(data):
    with pytest.raises(Exception):
        XML(data)
    with pytest.raises(Exception):
        xlsx._tree(data)
