"""A tiny PDF writer for tests: Chinese text and ruling lines placed at given points, nothing else.

Text uses the non-embedded Adobe CJK font STSong-Light with the predefined CMap UniGB-UCS2-H, which every PDF
reader knows, so the files are a few kilobytes and need no font file. Every glyph is one em wide (DW 1000);
coordinates are points with the origin at the page's top-left corner, like the reader's boxes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PageDraw:
    width: float = 595.0
    height: float = 842.0
    ops: list[str] = field(default_factory=list)
    crop: tuple[float, float, float, float] | None = None  # a /CropBox (PDF space: left, bottom, right, top)
    rotate: int = 0  # the page's /Rotate (0: none written)

    def text(self, x: float, top: float, text: str, size: float = 10.0) -> "PageDraw":
        data = "".join(f"{ord(ch):04X}" for ch in text)
        baseline = self.height - top - size * 0.88
        self.ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:.2f} {baseline:.2f} Tm <{data}> Tj ET")
        return self

    def text_right(self, x1: float, top: float, text: str, size: float = 10.0) -> "PageDraw":
        return self.text(x1 - len(text) * size, top, text, size)

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> "PageDraw":
        h = self.height
        self.ops.append(f"{width:g} w {x0:.2f} {h - y0:.2f} m {x1:.2f} {h - y1:.2f} l S")
        return self

    def fill(self, x0: float, top: float, x1: float, bottom: float, grey: float = 1.0) -> "PageDraw":
        """A filled rectangle without a border (a cell's background: white when grey is 1)."""
        h = self.height
        self.ops.append(f"{grey:g} g {x0:.2f} {h - bottom:.2f} {x1 - x0:.2f} {bottom - top:.2f} re f 0 g")
        return self

    def clip(self, x0: float, top: float, x1: float, bottom: float) -> "PageDraw":
        """Saves the graphics state and clips what follows to a rectangle, until `unclip` (q … re W n … Q)."""
        self.ops.append(f"q {x0:.2f} {self.height - bottom:.2f} {x1 - x0:.2f} {bottom - top:.2f} re W n")
        return self

    def unclip(self) -> "PageDraw":
        self.ops.append("Q")
        return self

    def raw(self, ops: str) -> "PageDraw":
        """Content-stream operators as they are (PDF space: origin at the bottom-left)."""
        self.ops.append(ops)
        return self

    def image_only(self) -> "PageDraw":
        """A page that is one picture (a scan): an 8×8 grey image drawn over the page, no text."""
        self.ops.append(f"q {self.width:g} 0 0 {self.height:g} 0 0 cm /Im1 Do Q")
        return self

    def grid(self, x0: float, top: float, widths: list[float], rows: list[list[str]], row_h: float = 18.0,
             size: float = 9.0, merges: list[tuple[int, int, int, int]] = (), numbers_right: bool = True) -> float:
        """A ruled table; merges are (row1, col1, row2, col2) 0-based inclusive, text in the top-left cell.
        Returns the bottom of the table."""
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [top + i * row_h for i in range(len(rows) + 1)]
        covered: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for m in merges:
            for r in range(m[0], m[2] + 1):
                for c in range(m[1], m[3] + 1):
                    covered[(r, c)] = m
        for i, y in enumerate(ys):  # horizontal lines, skipping the inside of merged cells
            for j in range(len(widths)):
                above, below = covered.get((i - 1, j)), covered.get((i, j))
                if 0 < i < len(rows) and above is not None and above is below:
                    continue
                self.line(xs[j], y, xs[j + 1], y)
        for j, x in enumerate(xs):
            for i in range(len(rows)):
                left, right = covered.get((i, j - 1)), covered.get((i, j))
                if 0 < j < len(widths) and left is not None and left is right:
                    continue
                self.line(x, ys[i], x, ys[i + 1])
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if not value:
                    continue
                m = covered.get((i, j))
                if m is not None and (m[0], m[1]) != (i, j):
                    continue
                r2, c2 = (m[2], m[3]) if m else (i, j)
                cell_top = ys[i] + ((ys[r2 + 1] - ys[i]) - size) / 2
                lines = value.split("\n")
                cell_top -= (len(lines) - 1) * size * 0.6
                for k, part in enumerate(lines):
                    y = cell_top + k * size * 1.2
                    if numbers_right and _numeric(part):
                        self.text_right(xs[c2 + 1] - 2, y, part, size)
                    else:
                        self.text(xs[j] + 2, y, part, size)
        return ys[-1]


def _numeric(text: str) -> bool:
    t = text.replace(",", "").replace(".", "").replace("(", "").replace(")", "").replace("-", "")
    return t.isdigit() and len(text) > 0 and not (text.isdigit() and len(text) in (3, 5, 7))


class PdfWriter:
    def __init__(self):
        self.pages: list[PageDraw] = []

    def page(self, width: float = 595.0, height: float = 842.0) -> PageDraw:
        p = PageDraw(width, height)
        self.pages.append(p)
        return p

    def save(self, path: Path) -> Path:
        objects: list[bytes] = []

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                   b"/DescendantFonts [3 0 R] >>")
        pages_id = add(b"")  # filled below
        add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /DW 1000 "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
            b"/FontDescriptor 4 0 R >>")
        add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        image = add(b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Length 64 >>\nstream\n" + bytes([128] * 64) + b"\nendstream")
        kids = []
        for p in self.pages:
            content = "\n".join(p.ops).encode("latin-1")
            stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
            crop = f"/CropBox [{' '.join(f'{v:g}' for v in p.crop)}] " if p.crop else ""
            crop += f"/Rotate {p.rotate} " if p.rotate else ""
            kids.append(add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {p.width:g} {p.height:g}] {crop}"
                             f"/Resources << /Font << /F1 {font} 0 R >> /XObject << /Im1 {image} 0 R >> >> "
                             f"/Contents {stream} 0 R >>").encode()))
        objects[pages_id - 1] = (f"<< /Type /Pages /Count {len(kids)} /Kids ["
                                 + " ".join(f"{k} 0 R" for k in kids) + "] >>").encode()
        catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        Path(path).write_bytes(bytes(out))
        return Path(path)


def grid_open(page: PageDraw, x0: float, top: float, widths: list[float], rows: list[list[str]], row_h: float = 18.0,
              size: float = 9.0, open_top: bool = True, open_bottom: bool = False) -> float:
    """A ruled table like PageDraw.grid whose top (or bottom) has no horizontal rule, only its column rules: the part
    of a Word table carried over from (or on to) another page, whose row border was drawn on that page only.
    Returns the bottom of the table."""
    start = len(page.ops)
    bottom = page.grid(x0, top, widths, rows, row_h=row_h, size=size)
    gone = set()
    if open_top:
        gone.add(f"{page.height - top:.2f}")
    if open_bottom:
        gone.add(f"{page.height - bottom:.2f}")
    kept = []
    for op in page.ops[start:]:
        parts = op.split()
        horizontal = op.endswith(" l S") and parts[3] == parts[6]  # "w x0 y0 m x1 y1 l S"
        if not (horizontal and parts[3] in gone):
            kept.append(op)
    page.ops[start:] = kept
    return bottom


def sheet_rows(path: Path) -> list[list[tuple[int, str]]]:
    """The first virtual sheet govaudit reads from the PDF at `path`: each row's (column, text) pairs, top to bottom."""
    from govaudit.readers import read_workbook

    sheet = read_workbook(path).sheets[0]
    rows: dict[int, list[tuple[int, str]]] = {}
    for (r, c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append((c, cell.value))
    return list(rows.values())


def column_strips(w: PdfWriter, title: str, meta: str, widths: list[float], rows: list[list[str]], cut: int,
                  repeat: int = 0, x0: float = 40.0, top: float = 100.0, row_h: float = 18.0,
                  strip_row_h: float | None = None, unit: str | None = "金额单位：万元") -> tuple[PageDraw, PageDraw]:
    """A wide table printed without fitting to the page width (a spreadsheet's print): its columns before `cut` on one
    page under its title and `meta` line, the others on the next page as a grid of their own with the same rows at
    the same heights (`strip_row_h`: other heights), under the title printed again. The second strip first repeats
    the table's first `repeat` columns (the print's repeated row labels); `unit` is printed over it (the right-hand
    end of the line above the table). Returns the two pages."""
    p1 = w.page()
    p1.text(x0 + 150, 50, title, 14)
    p1.text(x0, top - 20, meta, 9)
    p1.grid(x0, top, widths[:cut], [r[:cut] for r in rows], row_h=row_h)
    p2 = w.page()
    p2.text(x0 + 20, 50, title, 14)
    if unit:
        p2.text(x0, top - 20, unit, 9)
    keep = list(range(repeat)) + list(range(cut, len(widths)))
    p2.grid(x0, top, [widths[i] for i in keep], [[r[i] for i in keep] for r in rows],
            row_h=row_h if strip_row_h is None else strip_row_h)
    return p1, p2
