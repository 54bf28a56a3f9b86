"""A stand-in font PDFium draws Chinese (Japanese, Korean) text with when the PDF does not embed its font: the
text layer then reads the same on every machine, with or without a Chinese font installed.

Why: PDFium draws a font the PDF does not embed (STSong-Light with UniGB-UCS2-H, as reportlab and many generators
write Chinese) with a system font that has its glyphs; on a machine without one, with a built-in Latin font whose
glyph boxes for Chinese characters are empty. A text object's box is the union of its glyphs' boxes, so it becomes
a line along the baseline, and PDFium's text page (CPDF_TextPage), which decides by those boxes, loses text:
- an object narrower than 0.01 pt is skipped: ONE Chinese character drawn alone ("入", a table's header cell
  "类"/"款"/"项", the last character of a wrapped label, a one-character cell);
- an object with an empty box is compared with the one before it by its left edge only and, with the same
  characters, dropped as a fake-bold copy (a line repeating the line above it at the same x);
- a rectangular clip that holds an object's box is dropped when the page is parsed, so the last character of a
  cell's text cut at its cell's edge is read as if it were not cut.
And where a font is installed, a character's box in the text layer is its loose box (from the PDF's widths and
the font's ascent and descent) grown to hold the glyph's own box: it varied with the font installed.

What: the machine's font lookup (FPDF_GetDefaultSystemFontInfo) is wrapped (FPDF_SetSystemFontInfo). A request
for a Chinese, Japanese or Korean character set gets this module's font, made here: a TrueType font of about a
kilobyte whose every printable character is a plain box inside the em box (a full em wide for the CJK ranges, half
an em for the others, within the ascent and descent of a Song face), so that an object's box is about the ink a
real font would give and each character's box is its loose box. Every other request goes to the machine's lookup
as before, and an embedded font is never looked up. Nothing is rendered with it.
"""

from __future__ import annotations

import ctypes
import struct

UNITS = 1000
# the boxes' top and bottom and their side bearings, a glyph's ink within its em box as in a Song face (units of
# UNITS): PDFium's box of a character in the text layer holds the glyph's box, so the glyphs stay inside the PDF's
# ascent and descent (880 and -120 for STSong-Light)
_TOP, _BOTTOM, _SIDE = 800, -80, 50

# code point ranges → glyph (1: half-width box, 2: full-width box); the rest (blanks, controls) map to the empty
# .notdef, as a space has no outline in a real font either
_RANGES = (
    (0x21, 0x7E, 1), (0xA1, 0x10FF, 1), (0x1100, 0x11FF, 2), (0x1200, 0x1FFF, 1), (0x2010, 0x2027, 1),
    (0x2030, 0x205E, 1), (0x2070, 0x2E7F, 1), (0x2E80, 0x2FFF, 2), (0x3001, 0xA4CF, 2), (0xA4D0, 0xABFF, 1),
    (0xAC00, 0xD7AF, 2), (0xE000, 0xF8FF, 2), (0xF900, 0xFAFF, 2), (0xFB00, 0xFE2F, 1), (0xFE30, 0xFE4F, 2),
    (0xFE50, 0xFEFE, 1), (0xFF01, 0xFF60, 2), (0xFF61, 0xFFDF, 1), (0xFFE0, 0xFFE6, 2), (0xFFE8, 0xFFFD, 1),
    (0x20000, 0x3FFFF, 2),
)
# FXFONT_*_CHARSET: Shift-JIS, Hangeul, Johab, GB2312, Big5 (what PDFium asks for a CJK font by)
CJK_CHARSETS = frozenset((128, 129, 130, 134, 136))
FACE_NAME = b"GovauditCJKBoxes"


def _table_checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _box_glyph(advance: int) -> bytes:
    """A simple glyph: one closed contour, the rectangle (_SIDE, _BOTTOM) … (advance - _SIDE, _TOP), its points
    as int16 deltas."""
    x0, x1 = _SIDE, advance - _SIDE
    points = ((x0, _BOTTOM), (x0, _TOP), (x1, _TOP), (x1, _BOTTOM))
    xs, ys, px, py = [], [], 0, 0
    for x, y in points:
        xs.append(x - px)
        ys.append(y - py)
        px, py = x, y
    glyph = struct.pack(">hhhhhHH", 1, x0, _BOTTOM, x1, _TOP, 3, 0) + bytes([1] * 4)  # on-curve, int16 x and y
    glyph += struct.pack(">4h", *xs) + struct.pack(">4h", *ys)
    return glyph + b"\0" * (-len(glyph) % 4)


def _name_table() -> bytes:
    records, strings = [], b""
    for name_id in (1, 2, 4, 6):  # family, subfamily, full name, PostScript name (Windows, Unicode BMP, en-US)
        text = (b"Regular" if name_id == 2 else FACE_NAME).decode().encode("utf-16-be")
        records.append(struct.pack(">6H", 3, 1, 0x409, name_id, len(text), len(strings)))
        strings += text
    return struct.pack(">3H", 0, len(records), 6 + 12 * len(records)) + b"".join(records) + strings


def build_font() -> tuple[bytes, dict[bytes, bytes]]:
    """The stand-in font's file (TrueType) and its tables by tag: glyph 0 empty, 1 a half-width box, 2 a
    full-width box."""
    glyphs = [b"", _box_glyph(UNITS // 2), _box_glyph(UNITS)]
    n = len(glyphs)
    offsets = [0]
    for g in glyphs:
        offsets.append(offsets[-1] + len(g))
    groups = b"".join(struct.pack(">3I", a, b, g) for a, b, g in _RANGES)
    cmap13 = struct.pack(">HHIII", 13, 0, 16 + len(groups), 0, len(_RANGES)) + groups  # many-to-one ranges
    tables = {
        b"OS/2": struct.pack(">HhHHHhhhhhhhhhhh10sIIII4sHHHhhhHHII", 1, UNITS * 3 // 4, 400, 5, 0, 650, 700, 0,
                             140, 650, 700, 0, 480, 50, 250, 0, bytes(10), 1, 1 << 27, 0, 0, b"GOVA", 0x40,
                             0x21, 0xFFFF, _TOP, _BOTTOM, 0, _TOP, -_BOTTOM, 0x1F << 17, 0),
        b"cmap": struct.pack(">HHHHI", 0, 1, 3, 10, 12) + cmap13,
        b"glyf": b"".join(glyphs),
        b"head": struct.pack(">IIIIHHqqhhhhHHhhh", 0x10000, 0x10000, 0, 0x5F0F3CF5, 0x000B, UNITS, 0, 0,
                             _SIDE, _BOTTOM, UNITS - _SIDE, _TOP, 0, 8, 2, 0, 0),
        b"hhea": struct.pack(">IhhhH" + "h" * 11 + "H", 0x10000, _TOP, _BOTTOM, 0, UNITS, 0, 0, UNITS, 1, 0, 0,
                             0, 0, 0, 0, 0, n),
        b"hmtx": struct.pack(f">{2 * n}H", *(v for w in (UNITS, UNITS // 2, UNITS) for v in (w, _SIDE))),
        b"loca": struct.pack(f">{n + 1}H", *(o // 2 for o in offsets)),
        b"maxp": struct.pack(">I14H", 0x10000, n, 4, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0),
        b"name": _name_table(),
        b"post": struct.pack(">IihhIIIII", 0x30000, 0, -100, 50, 0, 0, 0, 0, 0),
    }
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x10000, count, power * 16, power.bit_length() - 1, count * 16 - power * 16)
    offset = len(header) + 16 * count
    records, body = b"", b""
    for tag in sorted(tables):
        data = tables[tag]
        records += struct.pack(">4sIII", tag, _table_checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(header + records + body)
    head_at = offset + body.index(tables[b"head"])  # checkSumAdjustment: the whole file sums to 0xB1B0AFBA
    struct.pack_into(">I", font, head_at + 8, (0xB1B0AFBA - _table_checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font), tables


class _SysFontInfo(ctypes.Structure):
    pass


_THIS = ctypes.POINTER(_SysFontInfo)
_SysFontInfo._fields_ = (
    ("version", ctypes.c_int),
    ("Release", ctypes.CFUNCTYPE(None, _THIS)),
    ("EnumFonts", ctypes.CFUNCTYPE(None, _THIS, ctypes.c_void_p)),
    ("MapFont", ctypes.CFUNCTYPE(ctypes.c_void_p, _THIS, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                 ctypes.c_char_p, ctypes.POINTER(ctypes.c_int))),
    ("GetFont", ctypes.CFUNCTYPE(ctypes.c_void_p, _THIS, ctypes.c_char_p)),
    ("GetFontData", ctypes.CFUNCTYPE(ctypes.c_ulong, _THIS, ctypes.c_void_p, ctypes.c_uint, ctypes.c_void_p,
                                     ctypes.c_ulong)),
    ("GetFaceName", ctypes.CFUNCTYPE(ctypes.c_ulong, _THIS, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)),
    ("GetFontCharset", ctypes.CFUNCTYPE(ctypes.c_int, _THIS, ctypes.c_void_p)),
    ("DeleteFont", ctypes.CFUNCTYPE(None, _THIS, ctypes.c_void_p)),
)


class _StandIn:
    """The machine's font lookup, wrapped: the stand-in font for a CJK character set, the machine's for others."""

    def __init__(self, raw):
        self.font, self.tables = build_font()
        self.handle = ctypes.create_string_buffer(1)  # the stand-in's handle: an address no other font has
        self.default = raw.FPDF_GetDefaultSystemFontInfo()  # (a pointer: NULL when PDFium has none)
        self.info = _SysFontInfo(1, *(kind(getattr(self, name)) for name, kind in _SysFontInfo._fields_[1:]))

    def _theirs(self):
        return ctypes.cast(self.default, _THIS)

    def _ours(self, font) -> bool:
        return font == ctypes.addressof(self.handle)

    def Release(self, this) -> None:
        pass  # installed once for the process's life

    def EnumFonts(self, this, mapper) -> None:
        if self.default:
            theirs = self._theirs()
            theirs.contents.EnumFonts(theirs, mapper)

    def MapFont(self, this, weight, italic, charset, pitch, face, exact):
        if charset in CJK_CHARSETS:
            return ctypes.addressof(self.handle)
        if self.default:
            theirs = self._theirs()
            return theirs.contents.MapFont(theirs, weight, italic, charset, pitch, face, exact)
        return None

    def GetFont(self, this, face):
        if self.default:
            theirs = self._theirs()
            return theirs.contents.GetFont(theirs, face)
        return None

    def GetFontData(self, this, font, table, buffer, size):
        if not self._ours(font):
            theirs = self._theirs()
            return theirs.contents.GetFontData(theirs, font, table, buffer, size)
        data = self.font if table == 0 else self.tables.get(struct.pack(">I", table), b"")
        if buffer and size >= len(data):
            ctypes.memmove(buffer, data, len(data))
        return len(data)

    def GetFaceName(self, this, font, buffer, size):
        if not self._ours(font):
            theirs = self._theirs()
            return theirs.contents.GetFaceName(theirs, font, buffer, size)
        name = FACE_NAME + b"\0"
        if buffer and size >= len(name):
            ctypes.memmove(buffer, name, len(name))
        return len(name)

    def GetFontCharset(self, this, font):
        if not self._ours(font):
            theirs = self._theirs()
            return theirs.contents.GetFontCharset(theirs, font)
        return 134

    def DeleteFont(self, this, font) -> None:
        if not self._ours(font):
            theirs = self._theirs()
            theirs.contents.DeleteFont(theirs, font)


_INSTALLED: _StandIn | None = None


def install(raw) -> None:
    """Puts the stand-in behind the machine's font lookup, once per process (after the library is started)."""
    global _INSTALLED
    if _INSTALLED is None:
        _INSTALLED = _StandIn(raw)
        raw.FPDF_SetSystemFontInfo(ctypes.byref(_INSTALLED.info))
