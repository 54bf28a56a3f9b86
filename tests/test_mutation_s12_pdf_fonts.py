"""readers/pdf_fonts.py (session 11: the stand-in font PDFium draws a non-embedded Chinese font with) measured by
tools/mutate.py for the first time (session 12, s12mut; run without --fork: the font is installed once per process).

test_pdf_fonts reads Chinese characters drawn alone; a glyph range or a box gone wrong for the other characters a
说明 prints (digits, “”, ……, ℃, ①, Ⅰ, ·, full-width and half-width forms) went unseen, and so did a font file that
breaks the TrueType rules a stricter FreeType or PDFium build may enforce (checksums, table directory, glyph boxes,
character map). Both are checked here: the characters through PDFium, the file by reading it back.
"""

from __future__ import annotations

import struct
from pathlib import Path

from govaudit.readers import pdf_fonts
from govaudit.readers.pdf_page import read_pages
from pdf_writer import PdfWriter

# one character of each range of the stand-in's character map a Chinese document may print, with its glyph's
# width (1: half an em, 2: a full em)
CHARS = {"1": 1, "·": 1, "×": 1, "°": 1, "Ḁ": 1, "“": 1, "”": 1, "—": 1, "…": 1, "‰": 1, "℃": 1, "№": 1, "Ⅰ": 1,
         "①": 1, "ꓐ": 1, "︐": 1, "︰": 2, "﹐": 1, "｡": 1, "ｶ": 1, "ￜ": 1, "￨": 1, "�": 1, "가": 2, "ㄱ": 2, "一": 2, "（": 2,
         "ᄀ": 2, "⺀": 2, "豈": 2, "￥": 2}


def test_each_character_drawn_alone_is_read(tmp_path):
    """An empty glyph makes a character drawn alone vanish from the text layer (an object narrower than 0.01 pt)."""
    w = PdfWriter()
    p = w.page()
    for i, ch in enumerate(CHARS):
        p.text(72 + (i % 10) * 40, 100 + (i // 10) * 40, ch)
    (page,) = read_pages(w.save(tmp_path / "字符.pdf"))
    got = {c.text: (c.x0, c.top, c.x1, c.bottom) for c in page.chars}
    for i, ch in enumerate(CHARS):
        x, top = 72 + (i % 10) * 40, 100 + (i // 10) * 40
        assert got.get(ch) == (x, top, x + 10, top + 10), ch  # one em of 10 pt: the PDF's width (DW 1000)


def _tables(font: bytes) -> dict[bytes, bytes]:
    """The font's tables by tag, checking its directory against the TrueType rules on the way."""
    version, count, search, selector, shift = struct.unpack_from(">IHHHH", font)
    assert version == 0x10000
    power = 1 << (count.bit_length() - 1)
    assert (search, selector, shift) == (power * 16, power.bit_length() - 1, count * 16 - power * 16)
    tables, tags = {}, []
    for k in range(count):
        tag, checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * k)
        tags.append(tag)
        assert offset % 4 == 0 and offset + length <= len(font)
        data = font[offset:offset + length]
        if tag == b"head":  # its checksum is of the table with checkSumAdjustment 0
            data = data[:8] + b"\0\0\0\0" + data[12:]
        padded = data + b"\0" * (-len(data) % 4)
        assert checksum == sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF, tag
        tables[tag] = font[offset:offset + length]
    assert tags == sorted(tags)
    assert len(font) % 4 == 0 and sum(struct.unpack(f">{len(font) // 4}I", font)) & 0xFFFFFFFF == 0xB1B0AFBA
    return tables


def _glyph(tables: dict[bytes, bytes], gid: int) -> tuple | None:
    """A glyph's box and its contour's points (absolute), None for an empty glyph."""
    offsets = struct.unpack(">4H", tables[b"loca"])
    start, end = offsets[gid] * 2, offsets[gid + 1] * 2
    if start == end:
        return None
    g = tables[b"glyf"][start:end]
    contours, *box = struct.unpack_from(">hhhhh", g)
    last, instructions = struct.unpack_from(">HH", g, 10)
    assert (contours, last, instructions) == (1, 3, 0)
    flags = g[14:18]
    assert flags == bytes([1] * 4)  # on-curve, int16 deltas
    dx, dy = struct.unpack_from(">4h", g, 18), struct.unpack_from(">4h", g, 26)
    points, x, y = [], 0, 0
    for a, b in zip(dx, dy):
        x, y = x + a, y + b
        points.append((x, y))
    return tuple(box), points


def _cmap(tables: dict[bytes, bytes], code: int) -> int:
    version, n, platform, encoding, offset = struct.unpack_from(">HHHHI", tables[b"cmap"])
    assert (version, n, platform, encoding, offset) == (0, 1, 3, 10, 12)
    fmt, _r, length, _lang, groups = struct.unpack_from(">HHIII", tables[b"cmap"], offset)
    assert (fmt, _r, _lang) == (13, 0, 0) and length == 16 + 12 * groups == len(tables[b"cmap"]) - offset
    for k in range(groups):
        a, b, gid = struct.unpack_from(">3I", tables[b"cmap"], offset + 16 + 12 * k)
        if a <= code <= b:
            return gid
    return 0


def test_the_stand_in_font_is_a_well_formed_truetype_font():
    font, by_tag = pdf_fonts.build_font()
    tables = _tables(font)
    head = tables[b"head"]
    assert {**tables, b"head": head[:8] + bytes(4) + head[12:]} == by_tag  # (its tables: head before the adjustment)
    assert set(tables) == {b"OS/2", b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"name", b"post"}
    hhea, maxp = tables[b"hhea"], tables[b"maxp"]
    assert struct.unpack_from(">H", head, 18)[0] == 1000  # unitsPerEm
    assert struct.unpack_from(">4h", head, 36) == (50, -80, 950, 800)  # the font's box: its glyphs' boxes
    assert struct.unpack_from(">hh", head, 50) == (0, 0)  # short loca offsets, glyph data format 0
    assert struct.unpack_from(">hh", hhea, 4) == (800, -80) and struct.unpack_from(">H", hhea, 10)[0] == 1000
    assert struct.unpack_from(">H", hhea, 34)[0] == 3 == struct.unpack_from(">H", maxp, 4)[0]
    assert struct.unpack_from(">HH", maxp, 6) == (4, 1)  # maxPoints, maxContours
    assert struct.unpack(">6H", tables[b"hmtx"]) == (1000, 50, 500, 50, 1000, 50)
    assert _glyph(tables, 0) is None
    assert _glyph(tables, 1) == ((50, -80, 450, 800), [(50, -80), (50, 800), (450, 800), (450, -80)])
    assert _glyph(tables, 2) == ((50, -80, 950, 800), [(50, -80), (50, 800), (950, 800), (950, -80)])
    for ch, gid in {**CHARS, "\ue000": 2, "𠀀": 2}.items():  # (private use, beyond UCS-2: no text layer)
        assert _cmap(tables, ord(ch)) == gid, ch
    assert [_cmap(tables, c) for c in (0x20, 0x7F, 0xA0, 0x3000, 0x2028)] == [0] * 5  # blanks have no outline
    os2 = tables[b"OS/2"]
    assert struct.unpack_from(">hhH", os2, 68) == (800, -80, 0) and struct.unpack_from(">HH", os2, 74) == (800, 80)
    assert struct.unpack_from(">II", os2, 78) == (0x1F << 17, 0)  # code pages: JIS, GB2312, KS, Big5, Johab
    name = tables[b"name"]
    fmt, count, strings = struct.unpack_from(">3H", name)
    assert (fmt, count, strings) == (0, 4, 6 + 12 * 4)
    names = {}
    for k in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(">6H", name, 6 + 12 * k)
        assert (platform, encoding, language) == (3, 1, 0x409)
        names[name_id] = name[strings + offset:strings + offset + length].decode("utf-16-be")
    assert names == {1: "GovauditCJKBoxes", 2: "Regular", 4: "GovauditCJKBoxes", 6: "GovauditCJKBoxes"}
