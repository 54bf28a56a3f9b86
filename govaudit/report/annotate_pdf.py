"""An annotated copy of a PDF disclosure: a highlight with a note on every problem, and a first page listing them.

The reader keeps each place as (page, box) with the origin at the displayed page's top-left corner; here the box
is turned back into the page's own PDF coordinates (origin bottom-left, before /Rotate). The input is only
read: the copy goes to another path (callers check with `same_file`; `annotate_pdf` refuses too).
The list page uses the non-embedded Adobe font STSong-Light (UniGB-UCS2-H), which PDF viewers supply.
"""

from __future__ import annotations

import os
from govaudit.report.annotate import AnnotateError, same_file
from govaudit.report.common import labels, primary

COLORS = {"error": "ff5050", "warning": "ffc000", "info": "6fa8dc"}
LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
RANK = {"error": 0, "warning": 1, "info": 2}
PAGE_W, PAGE_H = 595.0, 842.0
MARGIN, SIZE, LEADING = 48.0, 9.0, 13.0


def annotate_pdf(src: str | os.PathLike, out: str | os.PathLike, findings: list, author: str = "govaudit") -> int:
    """Write the annotated copy; returns how many places were highlighted."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    if same_file(src, out):
        raise AnnotateError(f"拒绝执行：批注副本的输出文件就是被检查的文件本身（{out}），原文件不会被改写。")
    try:
        reader = PdfReader(str(src))
        if reader.is_encrypted:
            raise AnnotateError(f"未生成批注副本 {out}：{src} 已加密。")
        writer = PdfWriter()
        writer.append(reader)
    except (PdfReadError, OSError, ValueError) as exc:
        raise AnnotateError(f"未生成批注副本 {out}：无法读取 {src}（{exc}）。") from None
    ordered = sorted(findings, key=lambda f: (RANK.get(f.severity.value, 3), _page_of(f) or 0))
    marked = 0
    for f in ordered:
        loc = primary(f)
        if loc is None or loc.page is None or loc.bbox is None or not 1 <= loc.page <= len(writer.pages):
            continue
        page = writer.pages[loc.page - 1]
        rect = _pdf_rect(page, loc.bbox)
        writer.add_annotation(loc.page - 1, _highlight(rect, f, author))
        marked += 1
    listing = _listing_pages(ordered)
    from pypdf import PageObject

    for i, ops in enumerate(listing):
        blank = PageObject.create_blank_page(writer, PAGE_W, PAGE_H)
        _draw(writer, blank, ops)
        writer.insert_page(blank, index=i)
    try:
        with open(out, "wb") as fh:
            writer.write(fh)
    except OSError as exc:
        raise AnnotateError(f"无法写入批注副本 {out}：{exc.strerror or exc}。") from None
    return marked


def _page_of(f) -> int | None:
    loc = primary(f)
    return loc.page if loc else None


def _pdf_rect(page, bbox) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) on the page as displayed, origin top-left → PDF user space (left, bottom, right, top)."""
    box = page.cropbox  # what a viewer shows, where the reader's boxes start (the media box when none is set)
    ox, oy = float(box.left), float(box.bottom)
    w, h = float(box.width), float(box.height)
    rotation = (page.get("/Rotate") or 0) % 360
    x0, top, x1, bottom = bbox
    if rotation == 90:
        l, b, r, t = top, x0, bottom, x1
    elif rotation == 180:
        l, b, r, t = w - x1, top, w - x0, bottom
    elif rotation == 270:
        # displayed width is the media box's height
        l, b, r, t = w - bottom, h - x1, w - top, h - x0
    else:
        l, b, r, t = x0, h - bottom, x1, h - top
    return l + ox, b + oy, r + ox, t + oy


def _highlight(rect, f, author: str):
    from pypdf.annotations import Highlight
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

    l, b, r, t = rect
    quad = ArrayObject([FloatObject(v) for v in (l, t, r, t, l, b, r, b)])
    annot = Highlight(rect=(l, b, r, t), quad_points=quad, highlight_color=COLORS.get(f.severity.value, "ff5050"),
                      printing=True)
    annot[NameObject("/Contents")] = TextStringObject(_note(f))
    annot[NameObject("/T")] = TextStringObject(author)
    annot[NameObject("/Subj")] = TextStringObject(f.code)
    return annot


def _note(f) -> str:
    parts = [f"{f.code} [{LABELS.get(f.severity.value, f.severity.value)}] {f.message}"]
    where = labels(f)
    if where:
        parts.append(f"位置：{where}")
    for name, value in (("实际", f.actual), ("应为", f.expected), ("差额", f.difference)):
        if value is not None:
            parts.append(f"{name} {value}")
    return "\n".join(parts)


# ---------------------------------------------------------------- the first page(s): every finding listed
def _width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def _wrap(text: str, size: float, width: float) -> list[str]:
    lines, current, used = [], "", 0.0
    for ch in text:
        w = _width(ch) * size
        if ch == "\n" or used + w > width:
            lines.append(current)
            current, used = ("", 0.0) if ch == "\n" else (ch, w)
            continue
        current += ch
        used += w
    if current:
        lines.append(current)
    return lines


def _listing_pages(findings: list) -> list[list[tuple[float, float, float, str]]]:
    """Text to draw on the list pages: (x, y from the top, size, text) per line."""
    counts = {k: sum(1 for f in findings if f.severity.value == k) for k in RANK}
    head = [(MARGIN, 0, 15, "govaudit 检查结果"),
            (MARGIN, 0, 10, f"错误 {counts['error']} 个，警告 {counts['warning']} 个，提示 {counts['info']} 个。"
                            "后面各页中每个问题都用彩色高亮标出（红：错误，黄：警告，蓝：提示），单击高亮可看说明。"
                            "清单中的页码是原文件的页码。")]
    items = []
    for i, f in enumerate(findings, start=1):
        loc = primary(f)
        where = f"第{loc.page}页" if loc and loc.page else "（无页码）"
        label = labels(f)
        text = f"{i}. [{LABELS.get(f.severity.value, '')}] {f.code} {where}"
        if label:
            text += f" {label}"
        text += f"：{f.message}"
        items.append(text)
    pages: list[list[tuple[float, float, float, str]]] = []
    ops: list[tuple[float, float, float, str]] = []
    y = MARGIN
    for x, _y, size, text in head:
        for line in _wrap(text, size, PAGE_W - 2 * MARGIN):
            ops.append((x, y, size, line))
            y += size * 1.5
    y += 6
    if not items:
        ops.append((MARGIN, y, SIZE, "未发现问题。"))
    for text in items:
        lines = _wrap(text, SIZE, PAGE_W - 2 * MARGIN)
        if y + len(lines) * LEADING > PAGE_H - MARGIN:
            pages.append(ops)
            ops, y = [], MARGIN
        for k, line in enumerate(lines):
            ops.append((MARGIN + (0 if k == 0 else 12), y, SIZE, line))
            y += LEADING
        y += 3
    pages.append(ops)
    return pages


def _draw(writer, page, ops) -> None:
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject,
                               TextStringObject)

    cid = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType0"),
        NameObject("/BaseFont"): NameObject("/STSong-Light"),
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("GB1"),
            NameObject("/Supplement"): NumberObject(2)}),
        NameObject("/DW"): NumberObject(1000),
        # half-width Latin (CIDs 1–95 under UniGB-UCS2-H) are half an em
        NameObject("/W"): ArrayObject([NumberObject(1), NumberObject(95), NumberObject(500)]),
        NameObject("/FontDescriptor"): writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject("/STSong-Light"),
            NameObject("/Flags"): NumberObject(6),
            NameObject("/FontBBox"): ArrayObject([NumberObject(v) for v in (-25, -254, 1000, 880)]),
            NameObject("/ItalicAngle"): NumberObject(0), NameObject("/Ascent"): NumberObject(880),
            NameObject("/Descent"): NumberObject(-120), NameObject("/CapHeight"): NumberObject(880),
            NameObject("/StemV"): NumberObject(93)})),
    })
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/STSong-Light"), NameObject("/Encoding"): NameObject("/UniGB-UCS2-H"),
        NameObject("/DescendantFonts"): ArrayObject([writer._add_object(cid)]),
    })
    parts = []
    for x, y, size, text in ops:
        data = "".join(f"{ord(ch):04X}" if ord(ch) <= 0xFFFF else "003F" for ch in text)
        baseline = PAGE_H - y - size * 0.88
        parts.append(f"BT /GA {size:g} Tf 1 0 0 1 {x:.2f} {baseline:.2f} Tm <{data}> Tj ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(parts).encode("latin-1"))
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/Font"): DictionaryObject({NameObject("/GA"): writer._add_object(font)})})
    page[NameObject("/Contents")] = writer._add_object(stream)
