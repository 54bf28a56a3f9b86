"""Running text with one paragraph per printed line (a PDF converted to Word, or lines pasted one per cell into a
sheet): the lines of a paragraph joined back, as the PDF reader joins wrapped lines (readers/pdf_text.continues).

Without its geometry a line is known to be wrapped by its width: in such a text most lines that stop mid-sentence
are as wide as the page allows (W, the commonest width of those lines), while a heading, a title or a paragraph's
last line stops short. A line is joined to the next when it ends mid-sentence (no 。；：！？ at its end), is about W
wide, and the next line starts no heading or list item ('（二）', '2.', '注：'). A text where no width recurs (each
paragraph a paragraph: the common case) is left as it is.
"""

from __future__ import annotations

from collections import Counter

from govaudit.lazyre import lazy
from govaudit.text import HEADING_START

_ENDS = tuple("。！？!?；;：:")
_MIN_WIDTH = 16  # narrower lines are headings, names, figures: never a printed line of body text
_MAX_WIDTH = 90  # a 'line' wider than this is a paragraph (no page prints it on one line)
_INDENT = ("\u3000", "  ", "\t")  # a paragraph's first line indented: a new paragraph
_SEEN = 4  # lines of the recurring width a text must hold before any is taken as wrapped


def _visual(text: str) -> float:
    """A line's printed width in full-width characters: ASCII (digits, '.', '%') prints half as wide."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


# a line's width as a page breaks it (printed width: a PDF converted to Word) or as a hand breaks it (so many
# characters a cell: text pasted line by line); a text is measured by the one under which its lines agree
MEASURES = (_visual, len)


def _open(text: str, width) -> bool:
    """A line that stops mid-sentence and looks like body text (no layout spaces: '部门：XX　　单位：万元')."""
    t = text.strip()
    return bool(t) and not t.endswith(_ENDS) and "\u3000\u3000" not in t and "  " not in t \
        and _MIN_WIDTH <= width(t) <= _MAX_WIDTH


def _slack(width, w: float) -> float:
    """How much narrower than W a wrapped line may be: a printed line breaks before a word (a number) that does not
    fit; a line broken by count is W characters."""
    return max(1.5, 0.1 * w) if width is _visual else 1.0


def _bare_heading(text: str) -> bool:
    """A line opening with a heading's number and holding no sentence punctuation ('七、…“三公”经费支出决算情况说明')."""
    t = text.strip()
    return HEADING_START.match(t) is not None and not any(ch in t for ch in "，：；,:;")


def _wrapped(text: str, width, w: float) -> bool:
    """A line that runs on into the next: it stops mid-sentence about W wide, or ends a sentence exactly W wide
    ('…占5.00%；' | '城乡社区（类）支出…', '…6634.67万元。' | '与2018年度决算相比，…增长3.13%'). A line opening with a heading's number runs on only when
    it holds a sentence's punctuation ('（三）…情况说明：2022年度一般公' | '共预算…') or fills the line to the last
    character (a long heading wrapped: '第二部分 XX人力资源和社会' | '保障局2019年度部门决算情况说明')."""
    t = text.strip()
    x = width(t)
    if _bare_heading(t):
        return _open(t, width) and x >= w - 0.5
    if _open(t, width):
        return x >= w - _slack(width, w)
    # a sentence ending exactly at the line's end, its paragraph going on below (a paragraph's last line that fills
    # the line is rarer, and the next paragraph's first line is then indented: see wrapped_groups)
    return w - 1 <= x <= w and "\u3000\u3000" not in t and _MIN_WIDTH <= x


def wrap_width(texts: list[str]):
    """(measure, W): W the width most lines stopping mid-sentence share, when enough of them, two in a row at least
    once, share it, under the measure by which most do; None when the text is not hard-wrapped."""
    best, seen = None, 0
    for width in MEASURES:
        # (a heading line is no evidence of a width: a 说明 whose headings happen to share one is not hard-wrapped)
        widths = [round(width(t.strip())) if _open(t, width) and not _bare_heading(t) else None for t in texts]
        common = Counter(x for x in widths if x is not None)
        if not common:
            continue
        w = common.most_common(1)[0][0]
        w = max(x for x in common if abs(x - w) <= 1)  # the widest of the cluster: a line that held a half-width more
        near = [x is not None and w - _slack(width, w) <= x <= w for x in widths]
        # distinct lines (a form's '填报部门：…金额单位：万元' printed under each form is one line, not a width),
        # and runs of them (a paragraph wrapped over three lines or more, or two wrapped ones)
        n = len({t.strip() for t, ok in zip(texts, near) if ok})
        if n >= max(_SEEN, seen + 1) and sum(a and b for a, b in zip(near, near[1:])) >= 2:
            best, seen = (width, w), n
    return best


def wrapped_groups(texts: list[str], fixed: list[bool] | None = None) -> list[list[int]]:
    """The indices of `texts` grouped into paragraphs: each group a run of wrapped lines and the line ending it.
    fixed[i]: the line is a heading by its style (never joined, nothing joined to it)."""
    found = wrap_width(texts)
    groups: list[list[int]] = []
    joining = False
    for i, t in enumerate(texts):
        if joining and not HEADING_START.match(t.strip()) and not (fixed and fixed[i]) and t.strip() \
                and not t.startswith(_INDENT):
            groups[-1].append(i)
        else:
            groups.append([i])
        joining = found is not None and _wrapped(t, *found) and not (fixed and fixed[i])
    return groups


def join_texts(texts: list[str]) -> str:
    """The lines of one paragraph as one text: nothing between Chinese lines, a space between two words."""
    out = texts[0].strip()
    for t in texts[1:]:
        t = t.strip()
        if out and t and out[-1].isascii() and out[-1].isalpha() and t[0].isascii() and t[0].isalpha():
            out += " "
        out += t
    return out


def join_paragraphs(paragraphs: list) -> list:
    """TextParagraphs of a Word file or a sheet with wrapped lines joined: each joined paragraph keeps its first
    line's place and index (a finding points at the line where the sentence begins)."""
    texts = [p.text for p in paragraphs]
    groups = wrapped_groups(texts, [getattr(p, "level", None) is not None for p in paragraphs])
    if len(groups) == len(paragraphs):
        return paragraphs
    return [paragraphs[g[0]] if len(g) == 1 else
            paragraphs[g[0]].model_copy(update={"text": join_texts([texts[i] for i in g])}) for g in groups]


_AMOUNT_RE = lazy(r"\d\s*(?:万元|亿元|元|%|％)")


# a heading's number: HEADING_START's, and also one followed by a year ('一、2026年机关运行经费预算', '（二）2025年…'):
# HEADING_START keeps a digit from following it so that '1.5' is no number, which '、' and '）' never are
_NUMBERED_RE = lazy(r"\s*[(（]?[一二三四五六七八九十\d]+[)）、]\s*\d")


def _heading_line(line: str) -> bool:
    """A line of its own that is a heading: its number first, no sentence punctuation, no amount ("（三）一般公共预算财政
    拨款支出决算具体情况", "二、2026年机关运行经费预算")."""
    t = line.strip()
    numbered = _bare_heading(t) or (_NUMBERED_RE.match(t) is not None and not any(ch in t for ch in "，：；,:;"))
    return 0 < len(t) <= 60 and numbered and not t.endswith(_ENDS) and not _AMOUNT_RE.search(t)


# a heading numbered "三、" or "（一）" that ends in 情况说明/情况/说明/概况, then "：" or "。" and the text under it
INLINE_HEADING_RE = lazy(r"\s*((?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*"
                         r"[^，,；;：:。！？!?\d%％]{2,40}?(?:情况说明|情况|说明|概况))\s*[：:。]\s*(?=\S)")


def split_heading_lines(paragraphs: list) -> list:
    """A heading kept in one paragraph with the text under it by a line break (Word's Shift+Enter, a cell's Alt+Enter:
    "（三）…具体情况⏎1.社会保障和就业支出（类）…：支出决算为86.40万元") is a paragraph of its own, as it would be printed;
    otherwise the heading reads as the subject of the sentence after it. Both keep the paragraph's place and index."""
    out = []
    for p in paragraphs:
        inline = INLINE_HEADING_RE.match(p.text) if getattr(p, "level", None) is None else None
        if inline is not None and _AMOUNT_RE.search(p.text, inline.end()):
            # "三、一般公共预算财政拨款基本支出决算情况说明：2024年度基本支出…": the heading run into its first sentence
            out.append(p.model_copy(update={"text": inline.group(1).strip()}))
            p = p.model_copy(update={"text": p.text[inline.end():].strip()})
        lines = p.text.split("\n") if "\n" in p.text else None
        if lines is None or getattr(p, "level", None) is not None or not any(_heading_line(x) for x in lines[:-1]):
            out.append(p)
            continue
        start = 0
        for i, line in enumerate(lines):
            if i + 1 < len(lines) and _heading_line(line):
                for part in ("\n".join(lines[start:i]), line):
                    if part.strip():
                        out.append(p.model_copy(update={"text": part.strip()}))
                start = i + 1
        rest = "\n".join(lines[start:])
        if rest.strip():
            out.append(p.model_copy(update={"text": rest.strip()}))
    return out


_PARAGRAPH_ENDS = tuple("。！？!?")


def split_ended_lines(paragraphs: list) -> list:
    """A paragraph whose lines were broken by hand after a sentence's end (a cell's Alt+Enter, Word's Shift+Enter:
    "…增长4.97%。⏎本年收入合计…。⏎年末结转和结余…") is so many paragraphs, as it is printed and as a PDF of it reads;
    a line broken mid-sentence still runs on into the next. Each piece keeps the paragraph's place and index."""
    out = []
    for p in paragraphs:
        if "\n" not in p.text or getattr(p, "level", None) is not None:
            out.append(p)
            continue
        piece: list[str] = []
        for line in p.text.split("\n"):
            piece.append(line)
            if line.strip().endswith(_PARAGRAPH_ENDS):
                out.append(p.model_copy(update={"text": "\n".join(piece).strip()}))
                piece = []
        if "\n".join(piece).strip():
            out.append(p.model_copy(update={"text": "\n".join(piece).strip()}))
    return [q for q in out if q.text.strip()]
