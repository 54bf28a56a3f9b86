"""Session 28's open Word items (issue #9, wbfix s29), written and run on the unchanged reader first (main 9b85d13):

  S1  text hidden through a character style: old figures in front of the shown ones, in runs whose w:rStyle names a
      character style holding w:vanish (a second style based on it, hiding by inheritance), and a stale sentence in
      such runs; Word shows none of it.
  S2  a stale sentence in a paragraph whose paragraph style (w:pStyle) is hidden: its runs inherit w:vanish.
  S3  03 split over a page break with its header repeated, and in the repeated header a row deleted with tracking
      on (an old 栏次 row: Word shows neither the row nor, on the continuation, the header again): the two parts
      read as one table.
  S4  the same deleted row inside the FIRST part's header (its header rows then differ from the continuation's in
      the XML, not as shown).
A run that turns the style's w:vanish off in its own w:rPr (w:vanish w:val="0") is shown, and read (S1's clean copy
writes one such run).

SCORE on main 9b85d13 (before): S1 clean 0/1 (hidden old figures read with the shown: '11.110.00'…), planted 7/20;
S2 clean 0/1 (the stale sentence judged: TXT001); S3 and S4 clean and 20/20 already (the deleted row was never
shown nor compared: what is compared is the rows Word shows). After: see the commit.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree

import heldout26_book as hb
import heldout26_write as hw
import heldout28_mess as hm
from test_layout_heldout28 import STALE, _check, _key, _at, serious

W = hm.W


def _add_styles(doc: hm.Doc) -> None:
    """A hidden character style 'OldFigure', one based on it ('OldFigure2', hiding by inheritance), and a hidden
    paragraph style 'Stale'."""
    root = etree.fromstring(doc.parts["word/styles.xml"])

    def style(kind, sid, name, based=None, vanish=True):
        st = etree.SubElement(root, W + "style")
        st.set(W + "type", kind)
        st.set(W + "styleId", sid)
        st.append(hm.w("name", val=name))
        if based:
            st.append(hm.w("basedOn", val=based))
        if vanish:
            rpr = etree.SubElement(st, W + "rPr")
            etree.SubElement(rpr, W + "vanish")

    style("character", "OldFigure", "旧数")
    style("character", "OldFigure2", "旧数二", based="OldFigure", vanish=False)
    style("paragraph", "Stale", "旧段落", based="Normal")
    doc.parts["word/styles.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def styled_run(text, sid, shown=False):
    r = hm.w("r")
    rpr = etree.SubElement(r, W + "rPr")
    rpr.append(hm.w("rStyle", val=sid))
    if shown:  # the run turns the style's w:vanish off: shown
        rpr.append(hm.w("vanish", val="0"))
    t = etree.SubElement(r, W + "t")
    t.text = text
    return r


def s1(doc: hm.Doc, planted_cells):
    _add_styles(doc)
    for i, tc in enumerate(doc.figure_cells(every=5) + list(planted_cells)):
        shown = hm.cell_text(tc).strip()
        if hm.FIG.match(shown) and hm.cell_text(tc) == shown and hm.plain(tc):
            hm.set_cell(tc, styled_run(hm.bump(shown), "OldFigure" if i % 2 else "OldFigure2"), hm.run(shown))
    text = doc.narrative[4]
    a, figure, z = hm.split_at(text, "777.83")
    hm.set_para(hm.para_of(doc.body, text), hm.run(a), styled_run(f"（原{hm.bump(figure)}）", "OldFigure"),
                styled_run(figure, "OldFigure", shown=True), hm.run(z))
    p = hm.w("p")
    p.append(styled_run(STALE, "OldFigure2"))
    hm.para_of(doc.body, doc.narrative[2]).addnext(p)


def s2(doc: hm.Doc, planted_cells):
    _add_styles(doc)
    p = hm.w("p")
    ppr = etree.SubElement(p, W + "pPr")
    ppr.append(hm.w("pStyle", val="Stale"))
    p.append(hm.run(STALE))
    hm.para_of(doc.body, doc.narrative[2]).addnext(p)
    # a paragraph of that style whose run turns vanish off is shown (and read, its figures right)
    q = copy.deepcopy(hm.para_of(doc.body, doc.narrative[6]))
    ppr = q.find(W + "pPr")
    if ppr is None:
        ppr = hm.w("pPr")
        q.insert(0, ppr)
    ppr.insert(0, hm.w("pStyle", val="Stale"))
    for r in q.findall(W + "r"):
        rpr = r.find(W + "rPr")
        if rpr is None:
            rpr = hm.w("rPr")
            r.insert(0, rpr)
        rpr.append(hm.w("vanish", val="0"))
    old = hm.para_of(doc.body, doc.narrative[6])
    old.addprevious(q)
    old.getparent().remove(old)


def _deleted_head_row(tbl, at: int, text: str):
    """A header row (a copy of the row `at`, its texts replaced) deleted with tracking on, inserted above it."""
    rows = tbl.findall(W + "tr")
    tr = copy.deepcopy(rows[at])
    trpr = tr.find(W + "trPr")
    if trpr is None:
        trpr = hm.w("trPr")
        tr.insert(0, trpr)
    trpr.append(hm.w("del", id=next(hm._ids), author="财务科", date="2026-03-10T09:00:00Z"))
    for n, t in enumerate(tr.iter(W + "t")):
        t.text = f"{text}{n}"
        t.tag = W + "delText"
    for r in list(tr.iter(W + "r")):
        parent = r.getparent()
        d = hm.change("del")
        parent.replace(r, d)
        d.append(r)
    rows[at].addprevious(tr)
    return tr


def _shift(doc, n, below):
    """The book's places in Word table n at XML rows >= below move one row down (a row was inserted above)."""
    for key, v in list(doc.where.items()):
        if isinstance(v, tuple) and len(v) == 3 and v[0] == n and v[1] >= below:
            doc.where[key] = (v[0], v[1] + 1, v[2])


def _split03(doc):
    n = doc.table_no(2)
    return n, hm.tables(doc.body)[n - 1], hm.tables(doc.body)[n]


def s3(doc: hm.Doc, planted_cells):
    n, _first, second = _split03(doc)
    _deleted_head_row(second, 1, "旧栏次")
    _shift(doc, n + 1, 2)


def s4(doc: hm.Doc, planted_cells):
    n, first, _second = _split03(doc)
    _deleted_head_row(first, 1, "旧栏次")
    _shift(doc, n, 2)


CASES = {"S1": (s1, {}), "S2": (s2, {}), "S3": (s3, dict(split03=True)), "S4": (s4, dict(split03=True))}


def _write(name, folder: Path, planted: bool):
    edit, opts = CASES[name]
    fmt = hb.Fmt()
    b, places = hb.planted(fmt) if planted else (hb.book(fmt), [])
    path = folder / f"{'planted' if planted else 'clean'}.docx"
    where = hw.write_docx(path, b, **opts)
    doc = hm.Doc(path, where, b.narrative)
    _b, plant_places = hb.planted(fmt)
    tbls = hm.tables(doc.body)
    cells = [hm.tc_at(tbls[where[p][0] - 1], *where[p][1:]) for p in plant_places if p[0] == "table"]
    edit(doc, [c for c in cells if c is not None])
    doc.save()
    return path, doc.where, places


@lru_cache(maxsize=None)
def _run(name: str, folder: str):
    clean, _w, _p = _write(name, Path(folder), False)
    bad, where, places = _write(name, Path(folder), True)
    return _check(clean), _check(bad), where, places


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    def get(name):
        folder = tmp_path_factory.getbasetemp() / f"word29_{name}"
        folder.mkdir(exist_ok=True)
        return _run(name, str(folder))
    return get


def missed(name, run) -> list[str]:
    clean, bad, where, places = run(name)
    before = {_key(f) for f in serious(clean)}
    new = [f for f in serious(bad) if _key(f) not in before]
    return [p.name for p, place in zip(hb.PLANTS, places)
            if not any(f.code.startswith(p.family) and any(_at(loc, where[place]) for loc in f.locations)
                       for f in new)]


@pytest.mark.parametrize("name", list(CASES))
def test_the_clean_copy_draws_nothing(run, name):
    clean, *_ = run(name)
    assert [(f.code, f.message) for f in serious(clean)] == []


@pytest.mark.parametrize("name", list(CASES))
def test_each_planted_mistake_is_found_at_its_place(run, name):
    assert missed(name, run) == []


def test_hidden_style_text_is_not_read_and_unhidden_run_is(tmp_path):
    """What the reader gives for S1's sentence: the old figure (hidden by its style) gone, the figure whose run
    turns vanish off kept, the stale sentence in the hidden style absent."""
    from govaudit.readers.docx import read_docx

    path, _where, _places = _write("S1", tmp_path, False)
    texts = [p.text for p in read_docx(path).paragraphs]
    b = hb.book(hb.Fmt())
    assert b.narrative[4] in texts
    assert not any("原" in t and hm.bump("777.83") in t for t in texts)
    assert STALE not in texts
