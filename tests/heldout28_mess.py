"""Held-out batch 28 (wbfix s28, issue #9): Word documents and WPS workbooks as finance staff really leave them.

A whole 决算 disclosure (session 26's set: tests/heldout26_book.py — the nine tables, the 情况说明 and two
绩效自评表) is written by tests/heldout26_write.py, then its XML is edited the way editing leaves it, each edit
keeping every planted place where the writer put it (table number, row and grid column; the paragraph's text):

  tracked changes: figures typed over with tracking on (the old figure in w:del/w:delText, the new in w:ins), a
      table row deleted with tracking on (w:trPr/w:del; its runs in w:del, or — as some editors leave it — only
      the row marked), a row inserted (w:trPr/w:ins), a paragraph deleted (its runs and its mark), a sentence moved
      (w:moveFrom at the old place, w:moveTo at the new);
  hidden text (w:vanish): a stale sentence hidden, an old figure hidden in front of the new one;
  comments: w:commentRangeStart/End around figures and sentences, w:commentReference runs, word/comments.xml;
  a table inside a text box (mc:AlternateContent: the wps text box and its v:textbox fallback copy) or inside a
      content control (w:sdt around the title and the table);
  figures typed as fields: w:fldSimple ('=SUM(ABOVE)') and fldChar begin/instrText/separate/result/end;
  soft line breaks (w:br) inside a sentence, between a figure and its unit;
  a table nested in a layout table's cell;
  figures with full-width thousands separators ('7，778，300.00' in 元).
Word shows the document with the changes accepted and hidden text hidden: that is what must be read.
"""

from __future__ import annotations

import copy
import re
import zipfile
from decimal import Decimal
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS = {
    "w": W_NS, "mc": MC, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
}
FIG = re.compile(r"^-?[\d,]+\.\d\d$")
_ids = iter(range(100, 100000))


def w(tag, **attrs):
    el = etree.Element(W + tag)
    for k, v in attrs.items():
        el.set(W + k, str(v))
    return el


def run(text, tag="t", vanish=False):
    r = w("r")
    if vanish:
        rpr = etree.SubElement(r, W + "rPr")
        etree.SubElement(rpr, W + "vanish")
    t = etree.SubElement(r, W + tag)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def change(tag, *children):
    el = w(tag, id=next(_ids), author="财务科", date="2026-03-10T09:00:00Z")
    el.extend(children)
    return el


def tables(body):
    """The body's tables in the reader's numbering (document order, outer ones only: the writer nests none)."""
    return [t for t in body.iter(W + "tbl")]


def tc_at(tbl, row, col):
    from govaudit.readers.docx import table_cell
    return table_cell(tbl, row, col)


def cell_text(tc):
    return "".join(t.text or "" for t in tc.iter(W + "t"))


def plain(tc) -> bool:
    """The cell's first paragraph holds nothing but runs (no edit of this module touched it yet)."""
    p = tc.find(W + "p")
    return p is not None and all(ch.tag in (W + "r", W + "pPr") for ch in p)


def set_cell(tc, *runs_):
    """The cell's first paragraph's runs replaced by runs_ (its properties kept)."""
    p = tc.find(W + "p")
    for r in p.findall(W + "r"):
        p.remove(r)
    p.extend(runs_)


def para_of(body, text):
    for p in body.iter(W + "p"):
        if "".join(t.text or "" for t in p.iter(W + "t")) == text:
            return p
    raise KeyError(text)


def set_para(p, *children):
    for r in p.findall(W + "r"):
        p.remove(r)
    p.extend(children)


def split_at(text, word):
    i = text.index(word)
    return text[:i], word, text[i + len(word):]


def bump(fig: str) -> str:
    """Another figure of the same shape (the one typed before the correction)."""
    v = Decimal(fig.replace(",", "").replace("，", "")) + Decimal("11.11")
    return f"{v:,.2f}"


# ----------------------------------------------------------------------------- the edits
class Doc:
    def __init__(self, path: Path, where: dict, narrative: list[str]):
        self.path, self.where, self.narrative = Path(path), where, narrative
        with zipfile.ZipFile(path) as z:
            self.parts = {n: z.read(n) for n in z.namelist()}
        self.root = etree.fromstring(self.parts["word/document.xml"])
        self.body = self.root.find(W + "body")
        self.comments: list[str] = []

    def save(self):
        self.parts["word/document.xml"] = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8",
                                                         standalone=True)
        if self.comments:
            self._comments_part()
        with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED) as z:
            for n, data in self.parts.items():
                z.writestr(n, data)

    def _comments_part(self):
        root = etree.Element(W + "comments", nsmap={"w": W_NS})
        for i, text in enumerate(self.comments):
            c = etree.SubElement(root, W + "comment")
            c.set(W + "id", str(i))
            c.set(W + "author", "审核人")
            p = etree.SubElement(c, W + "p")
            r = etree.SubElement(p, W + "r")
            etree.SubElement(r, W + "annotationRef")
            p.append(run(text))
        self.parts["word/comments.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                         standalone=True)
        ct = self.parts["[Content_Types].xml"].decode()
        ct = ct.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/'
                        'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
        self.parts["[Content_Types].xml"] = ct.encode()
        rels = self.parts["word/_rels/document.xml.rels"].decode()
        rels = rels.replace("</Relationships>", '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/'
                            'officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
        self.parts["word/_rels/document.xml.rels"] = rels.encode()

    # places
    def table_places(self):
        """(table no, row, col) of every written table figure (not forms), each once."""
        return sorted({v for k, v in self.where.items() if k[0] == "table"})

    def figure_cells(self, every=3, tables_=None):
        tbls = tables(self.body)
        out = []
        for i, (n, r, c) in enumerate(self.table_places()):
            if tables_ is not None and n not in tables_:
                continue
            tc = tc_at(tbls[n - 1], r, c)
            if tc is not None and FIG.match(cell_text(tc).strip()) and i % every == 0:
                out.append(tc)
        return out

    def table_no(self, k):
        """The Word table number of the book's table k (0-8), its first part."""
        return min(v[0] for key, v in self.where.items() if key[0] == "table" and key[1] == k)

    # edits
    def tracked_figures(self, planted_cells=()):
        """Figures typed over with tracking on: the old (another figure) deleted, the shown one inserted."""
        for tc in self.figure_cells(every=4) + list(planted_cells):
            shown = cell_text(tc).strip()
            if not FIG.match(shown) or cell_text(tc) != shown or not plain(tc):
                continue
            set_cell(tc, change("del", run(bump(shown), "delText")), change("ins", run(shown)))

    def tracked_sentence(self, k, word):
        """In narrative paragraph k, `word` (a figure) typed over: the old one deleted, the shown one inserted."""
        text = self.narrative[k]
        p = para_of(self.body, text)
        a, figure, z = split_at(text, word)
        set_para(p, run(a), change("del", run(bump(figure), "delText")), change("ins", run(figure)), run(z))

    def deleted_row(self, k, runs_deleted=True):
        """A stale row (a copy of table k's last row, its figures doubled) deleted with tracking on, appended."""
        tbl = tables(self.body)[self.table_no(k) - 1]
        rows = tbl.findall(W + "tr")
        tr = copy.deepcopy(rows[-1])
        trpr = tr.find(W + "trPr")
        if trpr is None:
            trpr = w("trPr")
            tr.insert(0, trpr)
        trpr.append(w("del", id=next(_ids), author="财务科", date="2026-03-10T09:00:00Z"))
        for t in tr.iter(W + "t"):
            if FIG.match((t.text or "").strip()):
                t.text = f"{Decimal(t.text.strip().replace(',', '')) * 2:,.2f}"
        if runs_deleted:
            for r in list(tr.iter(W + "r")):
                for t in r.findall(W + "t"):
                    t.tag = W + "delText"
                parent = r.getparent()
                d = change("del")
                parent.replace(r, d)
                d.append(r)
        rows[-1].addnext(tr)

    def inserted_row_mark(self, k):
        """Table k's rows marked inserted with tracking on (trPr/w:ins; the runs in w:ins): still shown."""
        tbl = tables(self.body)[self.table_no(k) - 1]
        for tr in tbl.findall(W + "tr")[-2:]:
            trpr = tr.find(W + "trPr")
            if trpr is None:
                trpr = w("trPr")
                tr.insert(0, trpr)
            trpr.append(w("ins", id=next(_ids), author="财务科", date="2026-03-10T09:00:00Z"))
            for r in list(tr.iter(W + "r")):
                parent = r.getparent()
                i = change("ins")
                parent.replace(r, i)
                i.append(r)

    def deleted_paragraph(self, k, text):
        """A paragraph (a stale sentence) deleted with tracking on, after narrative paragraph k."""
        p = w("p")
        ppr = etree.SubElement(p, W + "pPr")
        rpr = etree.SubElement(ppr, W + "rPr")
        rpr.append(w("del", id=next(_ids), author="财务科", date="2026-03-10T09:00:00Z"))
        p.append(change("del", run(text, "delText")))
        para_of(self.body, self.narrative[k]).addnext(p)

    def moved_sentence(self, k):
        """Narrative paragraph k moved with tracking on: w:moveFrom where it was, w:moveTo in a paragraph just
        above (the sentence shown once, in the new paragraph)."""
        text = self.narrative[k]
        old = para_of(self.body, text)
        name = "move1"
        set_para(old, w("moveFromRangeStart", id=901, name=name, author="财务科"), change("moveFrom", run(text)),
                 w("moveFromRangeEnd", id=901))
        new = w("p")
        new.extend([w("moveToRangeStart", id=902, name=name, author="财务科"), change("moveTo", run(text)),
                    w("moveToRangeEnd", id=902)])
        old.addprevious(new)

    def hidden_paragraph(self, k, text):
        """A stale sentence left in the document as hidden text (w:vanish on its runs and its mark)."""
        p = w("p")
        ppr = etree.SubElement(p, W + "pPr")
        rpr = etree.SubElement(ppr, W + "rPr")
        etree.SubElement(rpr, W + "vanish")
        p.append(run(text, vanish=True))
        para_of(self.body, self.narrative[k]).addnext(p)

    def hidden_figures(self, planted_cells=()):
        """An old figure left hidden in front of the shown one."""
        for tc in self.figure_cells(every=5) + list(planted_cells):
            shown = cell_text(tc).strip()
            if FIG.match(shown) and cell_text(tc) == shown and plain(tc):
                set_cell(tc, run(bump(shown), vanish=True), run(shown))

    def hidden_in_sentence(self, k, word):
        text = self.narrative[k]
        a, figure, z = split_at(text, word)
        set_para(para_of(self.body, text), run(a), run(f"（原{bump(figure)}）", vanish=True), run(figure), run(z))

    def commented(self, k_sentences=(), every=6):
        """Comments on figures (a range around the cell's runs and a reference run) and on sentences."""
        for tc in self.figure_cells(every=every):
            if plain(tc):
                self._comment(tc.find(W + "p"), f"请核对，原数{bump(cell_text(tc).strip())}")
        for k in k_sentences:
            self._comment(para_of(self.body, self.narrative[k]), "数字与报表一致？")

    def _comment(self, p, text):
        i = len(self.comments)
        self.comments.append(text)
        runs_ = p.findall(W + "r")
        if not runs_:
            return
        runs_[0].addprevious(w("commentRangeStart", id=i))
        runs_[-1].addnext(w("commentRangeEnd", id=i))
        ref = w("r")
        ref.append(w("commentReference", id=i))
        p.find(W + "commentRangeEnd").addnext(ref)

    def fields(self, tables_=(0,), sentence=None):
        """Figures typed as fields: fldSimple in table cells, a complex field in a sentence."""
        nos = {self.table_no(k) for k in tables_}
        for i, tc in enumerate(self.figure_cells(every=1, tables_=nos)):
            if not plain(tc):
                continue
            shown = cell_text(tc).strip()
            if i % 2 == 0:
                f = w("fldSimple", instr=" =SUM(ABOVE) \\# \"#,##0.00\" ")
                f.append(run(shown))
                set_cell(tc, f)
            else:
                set_cell(tc, *self._complex(shown))
        if sentence:
            k, word = sentence
            a, figure, z = split_at(self.narrative[k], word)
            set_para(para_of(self.body, self.narrative[k]), run(a), *self._complex(figure), run(z))

    @staticmethod
    def _complex(shown):
        def fld(kind):
            r = w("r")
            r.append(w("fldChar", fldCharType=kind))
            return r
        return [fld("begin"), run(f" = {shown.replace(',', '')} \\# \"#,##0.00\" ", "instrText"), fld("separate"),
                run(shown), fld("end")]

    def soft_breaks(self, ks):
        """Each sentence broken by a soft line break: between its first figure and the unit, and mid-sentence."""
        for k in ks:
            text = self.narrative[k]
            m = re.search(r"\d[\d.,]*(万元|%)", text)
            cut = m.start(1) if m else len(text) // 2
            mid = min(len(text) - 1, cut + 17)
            parts = [text[:cut], text[cut:mid], text[mid:]]
            children = []
            for i, part in enumerate(parts):
                r = run(part)
                if i < len(parts) - 1:
                    r.append(w("br"))
                children.append(r)
            set_para(para_of(self.body, text), *children)

    def _block_of(self, k):
        """Table k's title paragraph, its 编制单位 paragraph and the table (the writer puts them in that order)."""
        tbl = tables(self.body)[self.table_no(k) - 1]
        unit = tbl.getprevious()
        title = unit.getprevious()
        return [title, unit, tbl]

    def in_content_control(self, k):
        block = self._block_of(k)
        sdt = w("sdt")
        pr = etree.SubElement(sdt, W + "sdtPr")
        pr.append(w("alias", val="报表"))
        content = etree.SubElement(sdt, W + "sdtContent")
        block[0].addprevious(sdt)
        content.extend(block)

    def in_text_box(self, k):
        """Table k with its title lines in a floating text box (Word writes a VML copy as mc:Fallback)."""
        block = self._block_of(k)
        p = w("p")
        block[0].addprevious(p)
        r = etree.SubElement(p, W + "r")
        alt = etree.SubElement(r, "{%s}AlternateContent" % MC, nsmap={"mc": MC})
        choice = etree.SubElement(alt, "{%s}Choice" % MC, Requires="wps")
        drawing = etree.SubElement(choice, W + "drawing")
        anchor = etree.SubElement(drawing, "{%s}anchor" % NS["wp"], nsmap={"wp": NS["wp"]})
        extent = etree.SubElement(anchor, "{%s}extent" % NS["wp"])
        extent.set("cx", "5400000")
        extent.set("cy", "3000000")
        doc_pr = etree.SubElement(anchor, "{%s}docPr" % NS["wp"])
        doc_pr.set("id", "77")
        doc_pr.set("name", "文本框 1")
        graphic = etree.SubElement(anchor, "{%s}graphic" % NS["a"], nsmap={"a": NS["a"]})
        gd = etree.SubElement(graphic, "{%s}graphicData" % NS["a"])
        gd.set("uri", NS["wps"])
        wsp = etree.SubElement(gd, "{%s}wsp" % NS["wps"], nsmap={"wps": NS["wps"]})
        txbx = etree.SubElement(wsp, "{%s}txbx" % NS["wps"])
        content = etree.SubElement(txbx, W + "txbxContent")
        fallback = etree.SubElement(alt, "{%s}Fallback" % MC)
        pict = etree.SubElement(fallback, W + "pict")
        shape = etree.SubElement(pict, "{%s}shape" % NS["v"], nsmap={"v": NS["v"]})
        vbox = etree.SubElement(shape, "{%s}textbox" % NS["v"])
        vcontent = etree.SubElement(vbox, W + "txbxContent")
        for el in block:
            content.append(el)
            vcontent.append(copy.deepcopy(el))
        content.append(w("p"))
        vcontent.append(w("p"))

    def nested(self, k):
        """Table k inside the one cell of a layout table (its title lines stay above): the reader numbers the
        layout table first, so this table and every later one take the next number."""
        tbl = self._block_of(k)[2]
        outer = w("tbl")
        pr = etree.SubElement(outer, W + "tblPr")
        pr.append(w("tblW", w=0, type="auto"))
        grid = etree.SubElement(outer, W + "tblGrid")
        grid.append(w("gridCol", w=9000))
        tr = etree.SubElement(outer, W + "tr")
        tc = etree.SubElement(tr, W + "tc")
        tc.append(w("tcPr"))
        tbl.addprevious(outer)
        tc.append(tbl)
        tc.append(w("p"))
        n = self.table_no(k)
        for key, v in list(self.where.items()):
            if isinstance(v, tuple) and len(v) == 3 and v[0] >= n:
                self.where[key] = (v[0] + 1,) + v[1:]

    def fullwidth_commas(self):
        """Every table figure with thousands separators written with '，'."""
        for t in self.body.iter(W + "t"):
            if FIG.match((t.text or "").strip()) and "," in t.text:
                t.text = t.text.replace(",", "，")
