"""Where in a PDF a finding on a sentence is: the page and box of the printed lines that hold the judged figure.

A paragraph broken across pages is read whole (its sentences are judged whole), and its place is where it begins.
A finding on a sentence, or on a figure of it, printed on the next page belongs there: the reader keeps, for such a
paragraph, the text, page and box of each printed line (Origin.lines); `pin` finds the sentence in them, and the
figure in the sentence, and answers that line's page and the box round the sentence's lines on that page.
"""

from __future__ import annotations


def _bare(text: str) -> str:
    return "".join(text.split())


def _figure_at(joined: str, figure: str, start: int, end: int) -> int:
    """Where `figure` stands whole in joined[start:end] (not '776.71' inside '1776.71'), or -1."""
    import re  # (only for a paragraph printed over two pages)

    m = re.compile(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)").search(joined, start, end)
    return m.start() if m else -1


def line_places(lines) -> tuple | None:
    """(text, page, box) of each of a paragraph's printed lines, when they lie on more than one page (else None:
    the paragraph's own page and box say where each of its sentences is)."""
    if len({ln.page for ln in lines}) < 2:
        return None
    return tuple((ln.text, ln.page, (ln.x0, ln.top, ln.x1, ln.bottom)) for ln in lines)


def pin(lines: tuple, sentence: str, figure: str | None) -> dict:
    """{'page', 'bbox'} of `figure` (a finding's actual value, as the sentence prints it) in `sentence` of the
    paragraph printed as `lines` (line_places), or of the sentence's start when the figure is not in it; {} when the
    sentence is not found (the place stays the paragraph's)."""
    texts = [_bare(t) for t, _page, _box in lines]
    joined = "".join(texts)
    said = _bare(sentence)
    start = joined.find(said) if said else -1
    if start < 0:
        return {}
    end = start + len(said)
    at = _figure_at(joined, _bare(figure), start, end) if figure and _bare(figure) else -1
    target = at if at >= 0 else start
    offsets, k = [], 0
    for t in texts:
        offsets.append(k)
        k += len(t)
    hit = max(i for i, o in enumerate(offsets) if o <= target)
    page = lines[hit][1]
    boxes = [b for i, (_t, p, b) in enumerate(lines)
             if p == page and offsets[i] < end and offsets[i] + len(texts[i]) > start]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return {"page": page, "bbox": box}
