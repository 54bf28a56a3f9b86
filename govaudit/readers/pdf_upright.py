"""Header words of a table without rules set one character a line (a narrow column's '合\\n计', '科\\n目\\n名\\n称'):
each such stack of characters is read as one word, level with the middle of the stack, as the cell's text it is.

Without rules nothing else holds a stack's characters together: each is a line's one-character piece, and an empty
table (no figures to find its columns by) whose every header word is set so is not found at all
(tests/test_pdf_heldout_s18.py).
"""

from __future__ import annotations

from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import TABLE_HEAD, Line, _AMOUNT, _ends_table, _lone_chinese, page_lines

UPRIGHT_PITCH = 1.5  # character heights: one character's top at most this far under the one above it
UPRIGHT_SHIFT = 0.25  # character heights: how far a stack's characters may stand apart sideways
HEAD_ZONE = 24  # lines: how far under a table's 部门/单位 line its header words are looked for


def upright_words(lines: list[Line]) -> None:
    """In the header lines of a table without rules (after its 部门/单位 line, before its first amount, its 注 or
    the next title: lines in no ruled table and no text column), two or more lone Chinese characters one under
    another, each a piece of its line, tight (each top at most UPRIGHT_PITCH character heights under the one above,
    the same size) and standing in a column (within UPRIGHT_SHIFT), are one word laid level at the stack's middle
    (_level).
    The zone's lines are then grouped again. `lines`: one page's, top to bottom."""
    i = 0
    while i < len(lines):
        if not (_free(lines[i]) and TABLE_HEAD.search(lines[i].text)):
            i += 1
            continue
        end = i + 1
        while end < min(len(lines), i + 1 + HEAD_ZONE) and _free(lines[end]) and not _ends_table(lines[end]) \
                and not any(_AMOUNT.match(p.text.strip()) for p in lines[end].pieces):
            end += 1
        zone = lines[i + 1:end]
        stacks = _stacks(zone)
        if stacks:
            stacked = {id(c) for stack in stacks for c in stack}
            items = [[c for c in ln.chars if id(c) not in stacked] for ln in zone]
            items = [(min(c.top for c in chars), max(c.bottom for c in chars), chars) for chars in items if chars]
            items += [(stack[0].top, stack[-1].bottom, _level(stack)) for stack in stacks]
            regrouped = page_lines(zone[0].page, [c for word in _bands(items) for c in word])
            lines[i + 1:end] = regrouped
            end = i + 1 + len(regrouped)
        i = end


def _free(line: Line) -> bool:
    return line.columns is None and line.margins is None


def _stacks(zone: list[Line]) -> list[list[Char]]:
    lone = sorted((c for ln in zone for p in ln.pieces if len(p.text) == 1
                   for c in ln.chars if c.text == p.text and c.x0 >= p.bbox[0] - 0.5 and c.x1 <= p.bbox[2] + 0.5
                   and _lone_chinese(c)), key=lambda c: c.top)
    chains: list[list[Char]] = []
    for c in lone:
        tail = next((ch for ch in chains if _under(ch[-1], c)), None)
        if tail is None:
            chains.append([c])
        else:
            tail.append(c)
    return [ch for ch in chains if len(ch) >= 2]


def _under(a: Char, b: Char) -> bool:
    h = a.height
    return (0 < b.top - a.top <= UPRIGHT_PITCH * h and abs(b.x0 - a.x0) <= UPRIGHT_SHIFT * h
            and abs(b.height - h) <= 0.1 * h)


def _bands(items: list[tuple[float, float, list[Char]]]) -> list[list[Char]]:
    """Words (top, bottom, characters: a line's rest, or a stack set level, its height the stack's) whose heights
    overlap and that lie side by side are one row's: laid level with one another (a stack over two rows of the
    header, '本年支出' beside a '项目' of one row, is on that row's line). Where two of them would lie over one
    another, each stays where it is."""
    bands: list[list] = []
    for top, bottom, chars in sorted(items, key=lambda s: s[0]):
        if bands and top < bands[-1][1] - 0.5:
            bands[-1][1] = max(bands[-1][1], bottom)
            bands[-1][2].append(chars)
        else:
            bands.append([top, bottom, [chars]])
    out = []
    for top, bottom, group in bands:
        boxes = sorted((min(c.x0 for c in g), max(c.x1 for c in g)) for g in group)
        if len(group) == 1 or any(b[0] < a[1] for a, b in zip(boxes, boxes[1:])):
            out.extend(group)
            continue
        middle = (top + bottom) / 2
        out.extend([Char(c.text, c.x0, middle - c.height / 2, c.x1, middle + c.height / 2) for c in g]
                   for g in group)
    return out


def _level(stack: list[Char]) -> list[Char]:
    """The stack's characters set in a row level with its middle, within its own width (the column is narrow: set
    out at full width, a stack's word and the next column's would run into one)."""
    x0, x1 = min(c.x0 for c in stack), max(c.x1 for c in stack)
    w = (x1 - x0) / len(stack)
    h = stack[0].height
    cy = (stack[0].top + stack[-1].bottom) / 2
    return [Char(c.text, x0 + k * w, cy - h / 2, x0 + (k + 1) * w, cy + h / 2) for k, c in enumerate(stack)]
