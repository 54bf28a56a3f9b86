"""An annotated copy of a Word (.docx) disclosure, for staff who work in Word/WPS.

Each judged table cell is shaded by severity (red error, amber warning, blue hint) and carries a Word comment with
the rule code and message (several findings on one cell share one comment); the cells a finding was computed from
get a dashed border. A finding in running text shades and comments the sentence it quotes (the whole paragraph when
it quotes none). At the top of the document a summary lists every finding with a link to its place; it is made of
paragraphs only, so the tables keep the numbers (表N) the reports use.

The input is only read; the copy is written to another path. Elements are inserted in the order the OOXML schema
prescribes (tcPr, rPr children), which is what keeps Word and WPS from offering to "repair" the file.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

from govaudit.report.annotate import BORDERS, FILLS, LABELS, RANK, AnnotateError, same_file
from govaudit.report.common import elsewhere, labels, reference

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"

# child order of w:tcPr and w:rPr (ECMA-376 Part 1, CT_TcPr and CT_RPr sequences)
_TCPR = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
         "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge", "tcPrChange"]
_RPR = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
        "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
        "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
        "lang", "eastAsianLayout", "specVanish", "oMath"]
_BOOKMARK = "govaudit_"


def annotate_docx(src: str | os.PathLike, out: str | os.PathLike, findings: list, author: str = "govaudit") -> int:
    """Write the annotated copy of `src` to `out`; return how many places (cells or sentences) were marked."""
    if same_file(src, out):
        raise AnnotateError(f"--annotate 的输出文件不能是被检查的文件本身：{out}")
    import docx

    from govaudit.readers.docx import index_document

    try:
        document = docx.Document(str(src))
        paragraphs, tables = index_document(document)
    except Exception as exc:
        raise AnnotateError(f"无法打开 Word 文档以生成批注副本（{type(exc).__name__}: {str(exc)[:120]}）") from None

    judged: dict[tuple, tuple[object, list]] = {}  # ("tc", id) / ("p", id, sentence) → (target, findings)
    sources: dict[int, tuple[object, str]] = {}
    anchors: dict[int, object] = {}  # id(finding) → the element its summary line links to
    for f in findings:
        for i, loc in enumerate(f.locations):
            if elsewhere(loc, f):  # (a --together finding's place in another file: not in this document)
                continue
            target = _target(loc, paragraphs, tables)
            if target is None:
                continue
            element = target if not isinstance(target, tuple) else target[0]
            if i == 0:
                key = ("tc", id(element)) if not isinstance(target, tuple) else ("p", id(element), target[1])
                judged.setdefault(key, (target, []))[1].append(f)
                anchors[id(f)] = element
            elif element.tag == W + "tc":
                worst = sources.get(id(element))
                if worst is None or RANK[f.severity.value] < RANK[worst[1]]:
                    sources[id(element)] = (element, f.severity.value)

    judged_cells = {id(t) for t, _ in judged.values() if not isinstance(t, tuple)}
    for target, found in judged.values():
        sev = min((f.severity.value for f in found), key=RANK.__getitem__)
        if isinstance(target, tuple):
            runs = _sentence_runs(target[0], target[1])
        else:
            _shade_cell(target, FILLS[sev])
            runs = _cell_runs(target)
        for r in runs:
            _shade_run(r, FILLS[sev])
        _comment(document, runs, found, author)
    for key, (tc, sev) in sources.items():
        if key not in judged_cells:
            _dashed(tc, BORDERS[sev])

    bookmarks = _bookmarks(document, anchors)
    _summary(document, findings, bookmarks)
    try:
        document.save(str(out))
    except OSError as exc:
        raise AnnotateError(f"无法写入 {out}（{exc.strerror or exc}）") from None
    return len(judged)


# ------------------------------------------------------------------------------------------------ targets
def _target(loc, paragraphs: list, tables: list):
    """The w:tc of a Word table place, or (w:p, sentence) of a paragraph; None when the place is not in the file."""
    from govaudit.readers.docx import table_cell

    if loc.table_no is not None and loc.table_row is not None and loc.table_col is not None:
        if 1 <= loc.table_no <= len(tables):
            return table_cell(tables[loc.table_no - 1], loc.table_row, loc.table_col)
        return None
    if loc.paragraph is not None and 1 <= loc.paragraph <= len(paragraphs):
        return paragraphs[loc.paragraph - 1], loc.sentence
    return None


def _runs_of(p) -> list:
    return [r for r in p.iter(W + "r") if r.getparent() is not None and r.getparent().tag in (W + "p", W + "hyperlink",
                                                                                                  W + "ins", W + "smartTag")]


def _cell_runs(tc) -> list:
    """The runs of the cell's own paragraphs (an empty cell gets an empty run to hold the comment)."""
    ps = [p for p in tc.iterchildren(W + "p")]
    runs = [r for p in ps for r in _runs_of(p)]
    if runs:
        return runs
    p = ps[0] if ps else _append_p(tc)
    r = p.makeelement(W + "r", {})
    p.append(r)
    return [r]


def _append_p(tc):
    p = tc.makeelement(W + "p", {})
    tc.append(p)
    return p


def _sentence_runs(p, sentence: str | None) -> list:
    """The runs that hold `sentence` in paragraph p, split at its ends so that only it is marked; all the
    paragraph's runs when the sentence is not given or not found."""
    runs = _runs_of(p)
    if not runs:
        r = p.makeelement(W + "r", {})
        p.append(r)
        return [r]
    if not sentence:
        return runs
    texts = [_run_text(r) for r in runs]
    full = "".join(t if t is not None else "\x00" for t in texts)
    start = full.find(sentence)
    if start < 0:
        return runs
    end = start + len(sentence)
    out, pos = [], 0
    for r, t in zip(runs, texts):
        length = len(t) if t is not None else 1
        a, b = pos, pos + length
        pos = b
        if b <= start or a >= end:
            continue
        if t is None or (a >= start and b <= end):  # wholly inside (or not splittable: tabs, breaks, pictures)
            out.append(r)
            continue
        cut_from, cut_to = max(start, a) - a, min(end, b) - a
        middle = _split(r, t, cut_from, cut_to)
        out.append(middle)
    return out


def _run_text(r) -> str | None:
    """The run's text when it is plain text (w:t only), else None (not split)."""
    parts = []
    for child in r:
        if child.tag == W + "rPr":
            continue
        if child.tag != W + "t":
            return None
        parts.append(child.text or "")
    return "".join(parts)


def _split(r, text: str, a: int, b: int):
    """Split a plain-text run into [0:a] [a:b] [b:] (empty parts left out); return the middle run."""
    def clone(part: str):
        new = copy.deepcopy(r)
        for child in list(new):
            if child.tag != W + "rPr":
                new.remove(child)
        t = new.makeelement(W + "t", {})
        t.text = part
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        new.append(t)
        return new

    before, middle, after = text[:a], text[a:b], text[b:]
    mid = clone(middle)
    r.addprevious(mid)
    if before:
        mid.addprevious(clone(before))
    if after:
        mid.addnext(clone(after))
    r.getparent().remove(r)
    return mid


# ------------------------------------------------------------------------------------------------ marks
def _insert_ordered(parent, tag: str, order: list[str]):
    """Replace parent's child `tag` with a new element placed where the schema's sequence wants it."""
    old = parent.find(W + tag)
    if old is not None:
        parent.remove(old)
    new = parent.makeelement(W + tag, {})
    rank = order.index(tag)
    for i, child in enumerate(parent):
        local = child.tag.rpartition("}")[2]
        if local in order and order.index(local) > rank:
            parent.insert(i, new)
            return new
    parent.append(new)
    return new


def _tcpr(tc):
    tcpr = tc.find(W + "tcPr")
    if tcpr is None:
        tcpr = tc.makeelement(W + "tcPr", {})
        tc.insert(0, tcpr)
    return tcpr


def _shade_cell(tc, fill: str) -> None:
    shd = _insert_ordered(_tcpr(tc), "shd", _TCPR)
    shd.set(W + "val", "clear")
    shd.set(W + "color", "auto")
    shd.set(W + "fill", fill)


def _shade_run(r, fill: str) -> None:
    rpr = r.find(W + "rPr")
    if rpr is None:
        rpr = r.makeelement(W + "rPr", {})
        r.insert(0, rpr)
    shd = _insert_ordered(rpr, "shd", _RPR)
    shd.set(W + "val", "clear")
    shd.set(W + "color", "auto")
    shd.set(W + "fill", fill)


def _dashed(tc, color: str) -> None:
    borders = _insert_ordered(_tcpr(tc), "tcBorders", _TCPR)
    for side in ("top", "left", "bottom", "right"):  # CT_TcBorders order
        el = borders.makeelement(W + side, {})
        el.set(W + "val", "dashed")
        el.set(W + "sz", "12")
        el.set(W + "space", "0")
        el.set(W + "color", color)
        borders.append(el)


def _comment(document, runs: list, found: list, author: str) -> None:
    from docx.text.run import Run

    first, last = Run(runs[0], None), Run(runs[-1], None)
    head = found[0]
    comment = document.add_comment([first, last], text=_comment_line(head), author=author, initials="GA")
    for f in found[1:]:
        comment.add_paragraph(_comment_line(f))


def _comment_line(f) -> str:
    figures = [x for x in (f"实际 {f.actual}" if f.actual is not None else None,
                           f"应为 {f.expected}" if f.expected is not None else None) if x]
    tail = f"（{'；'.join(figures)}）" if figures else ""
    return f"[{LABELS[f.severity.value]}] {f.code} {f.message}{tail}"


# ------------------------------------------------------------------------------------------------ summary
def _bookmarks(document, anchors: dict[int, object]) -> dict[int, str]:
    """A bookmark at each judged place (its first paragraph) so the summary can link to it: id(finding) → name."""
    body = document.element.body
    used = [int(b.get(W + "id")) for b in body.iter(W + "bookmarkStart") if (b.get(W + "id") or "").isdigit()]
    next_id = max(used, default=0) + 1
    by_element: dict[int, str] = {}
    out: dict[int, str] = {}
    for fid, element in anchors.items():
        name = by_element.get(id(element))
        if name is None:
            p = element if element.tag == W + "p" else next(element.iter(W + "p"), None)
            if p is None:
                continue
            name = f"{_BOOKMARK}{next_id}"
            start = p.makeelement(W + "bookmarkStart", {W + "id": str(next_id), W + "name": name})
            end = p.makeelement(W + "bookmarkEnd", {W + "id": str(next_id)})
            ppr = p.find(W + "pPr")
            if ppr is not None:
                ppr.addnext(start)
            else:
                p.insert(0, start)
            p.append(end)
            by_element[id(element)] = name
            next_id += 1
        out[fid] = name
    return out


def _summary(document, findings: list, bookmarks: dict[int, str]) -> None:
    """Paragraphs at the top: a title, the counts, one line per finding linking to its place, a page break."""
    body = document.element.body
    first = body[0] if len(body) else None
    made = []

    def para(text: str = "", bold: bool = False, size: int | None = None, fill: str | None = None):
        p = document.add_paragraph()  # appended at the end; moved to the top below
        if text:
            run = p.add_run(text)
            run.bold = bold or None
            if size:
                from docx.shared import Pt

                run.font.size = Pt(size)
            if fill:
                _shade_run(run._r, fill)
        made.append(p._p)
        return p

    counts = {s: sum(1 for f in findings if f.severity.value == s) for s in ("error", "warning", "info")}
    para("govaudit 检查结果", bold=True, size=16)
    para(f"共 {len(findings)} 个问题：错误 {counts['error']} 个，警告 {counts['warning']} 个，提示 {counts['info']} 个。"
         "问题所在的单元格或文字已按级别标色（错误红、警告黄、提示蓝）并加了批注；参与计算的单元格加了虚线框。"
         "点击下列位置可跳到该处。表的编号（表N）按表格在文档中出现的顺序计，本页不含表格。")
    if not findings:
        para("未发现问题。")
    for f in sorted(findings, key=lambda f: RANK[f.severity.value]):
        p = para()
        sev = f.severity.value
        run = p.add_run(f"[{LABELS[sev]}] ")
        _shade_run(run._r, FILLS[sev])
        p.add_run(f"{f.code} ").bold = True
        where = reference(f.locations[0]) if f.locations else None
        name = bookmarks.get(id(f))
        if where and name:
            _hyperlink(p._p, name, where)
        elif where:
            p.add_run(where)
        what = " / ".join(x for x in (f.table, labels(f)) if x)
        p.add_run(f"（{what}）：" if what else "：")
        p.add_run(f.message)
    brk = para()
    from docx.enum.text import WD_BREAK

    brk.add_run().add_break(WD_BREAK.PAGE)
    for p in made:
        if first is not None:
            first.addprevious(p)


def _hyperlink(p, anchor: str, text: str) -> None:
    link = p.makeelement(W + "hyperlink", {W + "anchor": anchor, W + "history": "1"})
    r = link.makeelement(W + "r", {})
    rpr = r.makeelement(W + "rPr", {})
    color = rpr.makeelement(W + "color", {W + "val": "0563C1"})
    u = rpr.makeelement(W + "u", {W + "val": "single"})
    rpr.append(color)
    rpr.append(u)
    r.append(rpr)
    t = r.makeelement(W + "t", {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
    t.text = text
    r.append(t)
    link.append(r)
    p.append(link)


def is_docx(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() == ".docx"
