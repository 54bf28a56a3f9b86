"""Line breaking for the terminal report: Chinese text may break between any two characters, but a number,
a rule code or a cell reference never breaks, and punctuation stays with what it closes or opens.

rich wraps only at spaces and folds a longer "word" anywhere — and a Chinese sentence is one long word to it,
so `2116.245` could become `2` / `116.245`. We compute the break offsets ourselves and let rich keep the styles.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

# what must stay on one line: a place in a Word table or PDF page, a cell reference with its sheet name, a run of Latin letters/digits/signs
# (numbers such as [2116.245, ±0.015, codes such as TBL301), or a single character of anything else
_UNIT = re.compile(r"""
    表[0-9]+\ 第[0-9]+行(?:第[0-9]+列)?          # a Word table's cell: 表3 第2行第4列
  | 第[0-9]+(?:行(?:第[0-9]+列)?|段)            # 第2行第4列 in the same table, 第12段
  | 第[0-9]+页(?:\ \[[0-9.,\-]+\])?             # a PDF place: 第5页 [72,100,180,112]
  | \s+
  | [^\s，。；：、！？（）「」『』“”《》【】,;]+![A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?
  | [\x21-\x7e±×÷‰°…·]+
  | .
""", re.X | re.S)
OPENING = frozenset("（「『“‘《【〔［")
CLOSING = frozenset("）」』”’》】〕］，。；：、！？％,.;:!?)]")


def _atoms(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_space): pieces a line may break between."""
    atoms: list[list] = []
    for m in _UNIT.finditer(text):
        piece, space = m.group(), m.group().isspace()
        prev = atoms[-1] if atoms else None
        glue = prev is not None and not space and not prev[2] and (
            piece[0] in CLOSING or text[prev[1] - 1] in OPENING)
        if glue:
            prev[1] = m.end()
        else:
            atoms.append([m.start(), m.end(), space])
    return [tuple(a) for a in atoms]


def break_offsets(text: str, width: int, hang: int) -> list[tuple[int, int]]:
    """(start, end) of each line: the first line `width` cells wide, the others `width - hang` (they get
    `hang` spaces in front). Spaces at a break are dropped. A piece wider than a whole line is folded."""
    lines: list[tuple[int, int]] = []
    start = end = None  # the current line's span (end: after its last non-space piece)
    used = 0
    room = width
    for a, b, space in _atoms(text):
        size = cell_len(text[a:b])
        if space:
            if start is not None:
                used += size  # counted only when something follows on this line
            continue
        if start is not None and used + size > room:
            lines.append((start, end))
            start, used, room = None, 0, max(1, width - hang)
        if start is None:
            # a leading space of the very first line is the report's own indent: keep it
            start = 0 if not lines and text[:a].isspace() else a
            used = cell_len(text[start:a])
        while used + size > room and b - a > 1:  # wider than a line: fold it, the only place we must
            cut = a
            while cut < b and used + cell_len(text[a:cut + 1]) <= room:
                cut += 1
            cut = max(cut, a + 1)
            lines.append((start, cut))
            a, start, used, room = cut, cut, 0, max(1, width - hang)
            size = cell_len(text[a:b])
        used += size
        end = b
    if start is not None:
        lines.append((start, end))
    return lines or [(0, 0)]


def wrap(line: Text, width: int, hang: int) -> list[Text]:
    """`line` (a styled Text) cut into lines at most `width` cells wide; continuation lines indented by `hang`."""
    out = []
    for i, (a, b) in enumerate(break_offsets(line.plain, width, hang)):
        piece = line[a:b]
        if i:
            piece = Text(" " * hang) + piece
        out.append(piece)
    return out
