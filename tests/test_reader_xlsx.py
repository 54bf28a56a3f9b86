"""The .xlsx reader gives what openpyxl's default mode gives, read the plain way, and stays cheap on hostile files.

The reference below is the reader govaudit had before the fast path: `openpyxl.load_workbook(path,
data_only=True)`, every stored cell with a value (ws._cells, in openpyxl's order) with `cell.number_format`,
the merged ranges in `ws.merged_cells.ranges` order, and formula cells whose <v> is missing or empty (<v/>, or <v></v> unless
the cell is a text result t="str") in the sheet XML flagged as formulas without a value. The reader must match it on every sample, on a
workbook openpyxl writes (merged cells, formulas, dates, booleans, percent and custom formats, rich text, a far
cell) and on hand-written packages that hold what openpyxl never writes (shared rich strings, entities, CDATA,
cells without addresses, values under merged cells, <v></v>, 1904 dates, another namespace prefix, UTF-16 …).
"""

from __future__ import annotations

import datetime as dt
import re
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from govaudit.readers import xlsx
from govaudit.readers.base import ReadError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.xlsx"))

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ----------------------------------------------------------------------------------------------------------------
# the reference: openpyxl default mode, plus a scan of the raw XML for formulas without a saved value

_CELL = re.compile(rb"<c\s[^>]*?r=\"([A-Z]+\d+)\"[^>]*?(?:/>|>(.*?)</c>)", re.S)
_CACHED = re.compile(rb"<v\b[^>]*(?<!/)>[^<]")  # a <v> with text
_CACHED_EMPTY = re.compile(rb"<v\b[^>]*(?<!/)>")  # <v></v>: a saved empty text result when t="str"


def _saved(cell: bytes, body: bytes) -> bool:
    head = cell[:cell.index(b">")]
    return bool(_CACHED.search(body) or (b' t="str"' in head and _CACHED_EMPTY.search(body)))


def _uncached(path: Path) -> dict[str, set[str]]:
    """sheet title → A1 refs of formula cells with no <v>, or an empty <v/> or <v></v> (unless a text result)."""
    from defusedxml import ElementTree as ET

    with zipfile.ZipFile(path) as zf:
        rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))}
        out = {}
        for sheet in ET.fromstring(zf.read("xl/workbook.xml")).iter(f"{{{MAIN}}}sheet"):
            target = rels[sheet.get(f"{{{REL}}}id")].lstrip("/")
            part = target if target.startswith("xl/") else "xl/" + target
            data = zf.read(part)
            out[sheet.get("name")] = {m.group(1).decode() for m in _CELL.finditer(data)
                                      if b"<f" in (m.group(2) or b"") and not _saved(m.group(0), m.group(2))}
    return out


def reference(path: Path) -> list:
    uncached = _uncached(path)
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        missing = uncached.get(ws.title, set())
        cells = []
        for (r, c), cell in ws._cells.items():
            flagged = cell.value is None and cell.coordinate in missing
            if cell.value is None and not flagged:
                continue
            cells.append(((r, c), type(cell.value).__name__, cell.value, cell.number_format or "General", flagged))
        merged = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        out.append((ws.title, cells, merged))
    wb.close()
    return out


def ours(book) -> list:
    out = []
    for sheet in book.sheets:
        cells = []
        for key, cell in sheet.cells.items():
            assert key == (cell.row, cell.col)
            cells.append((key, type(cell.value).__name__, cell.value, cell.number_format, cell.formula_without_value))
        out.append((sheet.name, cells, list(sheet.merged)))
    return out


def assert_same(path: Path) -> list:
    got, want = ours(xlsx._read_fast(path)), reference(path)  # the fast path itself, not its fallback
    assert ours(xlsx.read_xlsx(path)) == got
    assert [s[0] for s in got] == [s[0] for s in want]
    for (name, cells, merged), (_, want_cells, want_merged) in zip(got, want):
        assert cells == want_cells, name  # the same cells, values, types, formats, flags, in the same order
        assert merged == want_merged, name
    return got


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_samples_read_as_openpyxl_reads_them(path):
    got = assert_same(path)
    assert any(cells for _, cells, _ in got)


@pytest.mark.parametrize("path", SAMPLES[:4], ids=[p.name for p in SAMPLES[:4]])
def test_openpyxl_default_mode_fallback_gives_the_same(path, monkeypatch):
    fast = ours(xlsx.read_xlsx(path))

    def refuse(_path):
        raise xlsx._Fallback

    monkeypatch.setattr(xlsx, "_read_fast", refuse)
    assert ours(xlsx.read_xlsx(path)) == fast


# ----------------------------------------------------------------------------------------------------------------
# a workbook openpyxl writes


def openpyxl_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表一"
    ws["A1"] = "收入支出决算总表"
    ws.merge_cells("A1:D1")
    ws["A2"], ws["B2"], ws["C2"] = "项目", "金额", "占比"
    ws.merge_cells("A3:A4")  # a merged block over two rows
    ws["A3"] = "一般公共预算财政拨款收入"
    ws["B3"] = 12345.67
    ws["B3"].number_format = "#,##0.00"
    ws["C3"] = 0.4567
    ws["C3"].number_format = "0.00%"
    ws["B4"] = 100
    ws["B4"].number_format = '0.0"万元"'
    ws["C4"] = -3.5
    ws["C4"].number_format = '#,##0.00_ ;[Red]\\-#,##0.00\\ '
    ws["B5"] = "=SUM(B3:B4)"  # openpyxl writes formulas without a saved value
    ws["C5"] = "=B5/B3"
    ws["C5"].number_format = "0.00%"
    ws["A6"] = dt.datetime(2024, 12, 31)
    ws["B6"] = dt.date(2019, 1, 2)
    ws["B6"].number_format = 'yyyy"年"m"月"d"日"'
    ws["C6"] = dt.time(13, 30)
    ws["D6"] = dt.timedelta(hours=30, minutes=5)
    ws["A7"], ws["B7"] = True, False
    ws["C7"] = "#DIV/0!"  # an error value
    ws["D7"] = "2011001"  # a code as text
    ws["D7"].number_format = "@"
    ws["A8"] = CellRichText(["普通", TextBlock(InlineFont(b=True), "加粗"), "结尾"])
    ws["B8"] = ""  # openpyxl does not write an empty string
    ws["C8"] = " "
    ws["D8"] = 10 ** 15
    ws["A9"] = 1e-7
    ws["B9"] = "=A9*2"
    ws.merge_cells("B9:C9")  # a formula without value at the top-left of a merged range
    ws["E1"].number_format = "0.00"  # a styled cell with no value is not a cell
    second = wb.create_sheet("表二")
    second["A1"] = "另一张表"
    second["Z300"] = 3
    second.merge_cells("A1:C2")
    wb.create_sheet("空表")
    wb.save(path)
    return path


def test_openpyxl_written_workbook(tmp_path):
    got = assert_same(openpyxl_workbook(tmp_path / "openpyxl.xlsx"))
    cells = {key: (typ, value, fmt, flag) for key, typ, value, fmt, flag in got[0][1]}
    assert cells[(3, 2)] == ("float", 12345.67, "#,##0.00", False)
    assert cells[(3, 3)] == ("float", 0.4567, "0.00%", False)
    assert cells[(4, 2)] == ("int", 100, '0.0"万元"', False)
    assert cells[(5, 2)] == ("NoneType", None, "General", True)
    assert cells[(5, 3)] == ("NoneType", None, "0.00%", True)
    assert cells[(9, 2)] == ("NoneType", None, "General", True)
    assert cells[(6, 1)][:2] == ("datetime", dt.datetime(2024, 12, 31))
    assert cells[(6, 4)][:2] == ("timedelta", dt.timedelta(hours=30, minutes=5))
    assert cells[(7, 1)][:2] == ("bool", True) and cells[(7, 2)][:2] == ("bool", False)
    assert cells[(7, 3)][:2] == ("str", "#DIV/0!")
    assert cells[(8, 1)][:2] == ("str", "普通加粗结尾")
    assert (1, 5) not in cells
    assert sorted(got[0][2]) == [(1, 1, 1, 4), (3, 1, 4, 1), (9, 2, 9, 3)]
    assert got[2] == ("空表", [], [])


def test_far_cell_is_cheap(tmp_path):
    """Cells at A1 and XFD1048576 only: two cells, not a million rows of padding."""
    wb = openpyxl.Workbook()
    wb.active["A1"] = "起"
    wb.active["XFD1048576"] = 1
    path = tmp_path / "far.xlsx"
    wb.save(path)
    assert path.stat().st_size < 10_000
    tracemalloc.start()
    start = time.perf_counter()
    try:
        book = xlsx.read_xlsx(path)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 5
    assert peak < 100 * 1024 * 1024
    assert {key: c.value for key, c in book.sheets[0].cells.items()} == {(1, 1): "起", (1048576, 16384): 1}
    assert_same(path)


# ----------------------------------------------------------------------------------------------------------------
# hand-written packages: what Excel, WPS and other writers put in files, and what openpyxl never writes

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="0.0&quot;万元&quot;"/>
<numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<numFmt numFmtId="166" formatCode="[h]:mm:ss"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

SHARED = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN}" count="6" uniqueCount="6">
<si><t>项目</t></si>
<si><r><t>富</t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">文本 </t></r>
  <rPh sb="0" eb="1"><t>ふ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>a_x005F_x000D_b &amp; &lt;c&gt; &#x4E2D;</t></si>
<si><t/></si>
<si><t><![CDATA[x<y]]></t></si>
<si><t>前<!-- 注释 -->后</t><r><t>尾</t></r></si>
</sst>"""

SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}" xmlns:r="{REL}">
  <dimension ref="A1:C3"/>
  <sheetData>
    <row r="1" spans="1:6">
      <c r="A1" t="s"><v>0</v></c>
      <c r="B1" s="1" t="s"><v>1</v></c>
      <c r="C1" t="s"><v>2</v></c>
      <c r="D1" t="s"><v>3</v></c>
      <c r="E1" t="s"><v>4</v></c>
      <c r="F1" t="s"><v>5</v></c>
    </row>
    <row r="2">
      <c r="A2" s="1"><v>0.125</v></c>
      <c r="B2" s="2"><v>1234567.891</v></c>
      <c r="C2" s="3"><v>12</v></c>
      <c r="D2" s="4"><v>45657</v></c>
      <c r="E2" s="5"><v>43467.5</v></c>
      <c r="F2" s="6"><v>1.25</v></c>
      <c r="G2" s="7" t="s"><v>0</v></c>
      <c r="H2"><v>1E-3</v></c>
      <c r="I2"><v>-0</v></c>
    </row>
    <row r="3">
      <c r="A3" t="str"><f>IF(1,"","")</f><v></v></c>
      <c r="B3"><f>1+1</f></c>
      <c r="C3" s="1"><f>B3/2</f><v/></c>
      <c r="D3"><f>1+1</f><v>2</v></c>
      <c r="E3" t="str"><f>"文"&amp;"本"</f><v>文本</v></c>
      <c r="F3" t="b"><f>TRUE()</f><v>1</v></c>
      <c r="G3" t="e"><f>1/0</f><v>#DIV/0!</v></c>
      <c r="H3" t="d"><v>2024-01-31T12:00:00</v></c>
      <c r="I3"><f t="shared" ref="I3:I4" si="0">H2*2</f></c>
      <c r="J3" t="b"><v>0</v></c>
      <c r="K3"><v></v></c>
      <c r="L3" s="2"/>
      <c r="M3" s="1"><f>B3*3</f><v></v></c>
      <c r="N3"><f>1+2</f><v>3</v><v></v></c>
    </row>
    <row>
      <c t="inlineStr"><is><t>无地址</t></is></c>
      <c><v>7</v></c>
      <c r="E4" t="inlineStr"><is><t>甲</t><r><t>乙</t></r><r><rPr><i/></rPr><t>丙</t></r>
        <rPh sb="0" eb="1"><t>ぴ</t></rPh></is></c>
      <c t="inlineStr"><is><r><t>续</t></r></is></c>
      <c r="I4"><f t="shared" si="0"/></c>
      <c r="J4" t="inlineStr"><is/></c>
      <c r="K4" t="inlineStr"><is><t xml:space="preserve">  两端空格  </t></is></c>
      <c r="L4" t="inlineStr"><is><t>行一
行二&#13;</t></is></c>
    </row>
    <row r="6">
      <c r="A6"><v>1</v></c>
      <c r="A6"><v>2</v></c>
      <c r="B6"><v>3</v></c>
      <c r="B6"/>
      <c r="C6"><v> 42 </v></c>
    </row>
    <row r="8">
      <c r="A8" t="s"><v>0</v></c>
      <c r="B8"><v>99</v></c>
      <c r="C8"><f>1</f></c>
      <c r="D8" s="2"><v>5</v></c>
      <c r="A9"><v>8</v></c>
    </row>
    <row r="20" ht="30" customHeight="1"><c r="Z20"><v>1</v></c></row>
  </sheetData>
  <mergeCells count="4">
    <mergeCell ref="A8:C9"/>
    <mergeCell ref="$D$8:$E$8"/>
    <mergeCell ref="G8"/>
    <mergeCell ref="X19:Z21"/>
  </mergeCells>
  <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
</worksheet>"""

PREFIXED = f"""<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="{MAIN}"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1" s="2"><x:v>3.5</x:v></x:c></x:row>
</x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>"""

UTF16 = f"""<?xml version="1.0" encoding="UTF-16"?>
<worksheet xmlns="{MAIN}"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>十六位</t></is></c>
<c r="C2" s="1"><v>0.5</v></c></row></sheetData></worksheet>"""


def package(path: Path, sheets: dict[str, bytes | str], shared: str | None = SHARED, styles: str = STYLES,
            date1904: bool = False, workbook_extra: str = "") -> Path:
    """A minimal .xlsx: these sheet XMLs, a stylesheet, shared strings."""
    names = list(sheets)
    ct = ['<?xml version="1.0" encoding="UTF-8"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    if shared is not None:
        ct.append('<Override PartName="/xl/sharedStrings.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
    rels = [f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
            f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>']
    if shared is not None:
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    book = [f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{workbook_extra}'
            f'<workbookPr date1904="{int(date1904)}"/><sheets>']
    for i, name in enumerate(names, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>')
        book.append(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>')
    ct.append("</Types>")
    rels.append("</Relationships>")
    book.append("</sheets></workbook>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "".join(ct))
        zf.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml", "".join(book))
        zf.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        zf.writestr("xl/styles.xml", styles)
        if shared is not None:
            zf.writestr("xl/sharedStrings.xml", shared)
        for i, name in enumerate(names, 1):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", sheets[name])
    return path


def test_hand_written_package(tmp_path):
    path = package(tmp_path / "hand.xlsx", {"数据": SHEET, "前缀": PREFIXED,
                                             "十六位": UTF16.encode("utf-16")})
    got = assert_same(path)
    cells = {key: (typ, value, fmt, flag) for key, typ, value, fmt, flag in got[0][1]}
    assert cells[(1, 2)][1] == "富文本 "  # runs joined, the phonetic reading left out
    assert cells[(1, 3)][1] == "a_x000D_b & <c> 中"
    assert cells[(1, 4)][1] == "" and cells[(1, 5)][1] == "x<y" and cells[(1, 6)][1] == "前后尾"
    assert cells[(2, 3)] == ("int", 12, '0.0"万元"', False)
    assert cells[(2, 4)][:2] == ("datetime", dt.datetime(2024, 12, 31))
    assert cells[(2, 6)][:3] == ("timedelta", dt.timedelta(hours=30), "[h]:mm:ss")
    assert cells[(2, 7)] == ("str", "项目", "@", False)
    assert (3, 1) not in cells  # a formula whose saved result is the empty string: computed, empty
    assert cells[(3, 2)] == ("NoneType", None, "General", True)
    assert cells[(3, 3)] == ("NoneType", None, "0.00%", True)
    assert cells[(3, 4)][:2] == ("int", 2) and cells[(3, 6)][:2] == ("bool", True)
    assert cells[(3, 7)][:2] == ("str", "#DIV/0!")
    assert cells[(3, 13)] == ("NoneType", None, "0.00%", True)  # <v></v> on a number: never computed
    assert cells[(3, 14)] == ("int", 3, "General", False)
    assert cells[(4, 9)][3] is True  # a shared formula's follower without value
    assert cells[(4, 1)][1] == "无地址" and cells[(4, 2)][1] == 7 and cells[(4, 6)][1] == "续"
    assert cells[(4, 5)][1] == "甲乙丙" and cells[(4, 10)][1] == "" and cells[(4, 11)][1] == "  两端空格  "
    assert cells[(4, 12)][1] == "行一\n行二\r"
    assert cells[(6, 1)][1] == 2 and (6, 2) not in cells and cells[(6, 3)][1] == 42
    # under the merged A8:C9 only the top-left A8 is left; C8's formula without value is still reported
    assert cells[(8, 1)][1] == "项目" and (8, 2) not in cells and (9, 1) not in cells
    assert cells[(8, 3)] == ("NoneType", None, "General", True)
    assert cells[(8, 4)] == ("int", 5, "#,##0.00", False)
    assert sorted(got[0][2]) == [(8, 1, 9, 3), (8, 4, 8, 5), (8, 7, 8, 7), (19, 24, 21, 26)]
    assert (20, 26) not in cells
    assert got[1][1] == [((1, 1), "str", "前缀", "General", False), ((1, 2), "float", 3.5, "#,##0.00", False)]
    assert got[1][2] == [(1, 3, 1, 4)]
    assert [c[2] for c in got[2][1]] == ["十六位", 0.5]


def test_1904_dates(tmp_path):
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" s="4"><v>1</v></c>' \
            f'<c r="B1" s="5"><v>44196</v></c></row></sheetData></worksheet>'
    got = assert_same(package(tmp_path / "1904.xlsx", {"S": sheet}, shared=None, date1904=True))
    assert got[0][1][0][2] == dt.datetime(1904, 1, 2)
    assert got[0][1][1][2] == dt.datetime(2025, 1, 1)  # 2020-12-31 in the 1900 system


# ----------------------------------------------------------------------------------------------------------------
# hostile files


def _sheet(body: str, merges: str = "", prolog: str = "") -> str:
    merged = f"<mergeCells>{merges}</mergeCells>" if merges else ""
    return f'{prolog}<worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData>{merged}</worksheet>'


@pytest.mark.parametrize("ref", ["A1:XFD1048576", "$A$1:$Z$100000", "B2:KZ1000"])
def test_huge_merged_range_refused(tmp_path, ref):
    path = package(tmp_path / "merge.xlsx", {"S": _sheet('<row r="1"><c r="A1"><v>1</v></c></row>',
                                                          f'<mergeCell ref="{ref}"/>')}, shared=None)
    start = time.perf_counter()
    with pytest.raises(ReadError, match="合并区域"):
        xlsx.read_xlsx(path)
    assert time.perf_counter() - start < 5


def test_many_large_merged_ranges_refused(tmp_path):
    merges = "".join(f'<mergeCell ref="A{r * 1000 + 1}:CV{r * 1000 + 1000}"/>' for r in range(30))  # 30 × 100k
    path = package(tmp_path / "merges.xlsx", {"S": _sheet('<row r="1"><c r="A1"><v>1</v></c></row>', merges)},
                   shared=None)
    start = time.perf_counter()
    with pytest.raises(ReadError, match="合并区域"):
        xlsx.read_xlsx(path)
    assert time.perf_counter() - start < 5


def test_many_merged_ranges_stay_linear(tmp_path):
    """Thousands of small merged ranges (forms are full of them) cost little."""
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>0</v></c></row>' for r in range(1, 5001))
    merges = "".join(f'<mergeCell ref="A{r}:C{r}"/>' for r in range(1, 5001))
    path = package(tmp_path / "merges.xlsx", {"S": _sheet(rows, merges)}, shared=None)
    start = time.perf_counter()
    book = xlsx.read_xlsx(path)
    assert time.perf_counter() - start < 5
    assert len(book.sheets[0].cells) == 5000 and len(book.sheets[0].merged) == 5000
    assert_same(path)


def test_too_many_cells_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_CELLS", 10)
    body = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 20))
    path = package(tmp_path / "cells.xlsx", {"S": _sheet(body)}, shared=None)
    with pytest.raises(ReadError, match="单元格过多"):
        xlsx.read_xlsx(path)


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
          + "]>")


def test_entity_expansion_in_a_sheet_refused(tmp_path):
    path = package(tmp_path / "laughs.xlsx", {"S": _sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t>'
                                                           '</is></c></row>', prolog=LAUGHS)}, shared=None)
    start = time.perf_counter()
    with pytest.raises(ReadError):
        xlsx.read_xlsx(path)
    assert time.perf_counter() - start < 5


def test_entity_expansion_in_shared_strings_refused(tmp_path):
    shared = LAUGHS + f'<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>'
    path = package(tmp_path / "laughs.xlsx", {"S": _sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
                   shared=shared)
    with pytest.raises(ReadError):
        xlsx.read_xlsx(path)


def test_external_entity_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密")
    prolog = f'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file://{secret}">]>'
    path = package(tmp_path / "xxe.xlsx", {"S": _sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is>'
                                                        '</c></row>', prolog=prolog)}, shared=None)
    with pytest.raises(ReadError):
        xlsx.read_xlsx(path)


def test_malformed_sheet_is_a_read_error(tmp_path):
    path = package(tmp_path / "bad.xlsx", {"S": _sheet('<row r="1"><c r="A1"><v>1</v></row>')}, shared=None)
    with pytest.raises(ReadError):
        xlsx.read_xlsx(path)


# ----------------------------------------------------------------------------------------------------------------
# the package read without openpyxl: the same sheets, parts, formats and epoch as openpyxl's reading of it


def _both_packages(path: Path):
    with zipfile.ZipFile(path) as zf:
        plain = xlsx._plain_package(zf)  # raises _Slow if the package is not plain: these all are
    sheets, strings, styles, epoch, archive = xlsx._openpyxl_package(path)
    archive.close()
    return plain, (sheets, strings, styles, epoch)


def _same_styles(plain, theirs, count: int) -> None:
    for i in range(count):
        assert plain[i] == theirs[i], i
    assert plain.dates == set(theirs.dates) and plain.timedeltas == set(theirs.timedeltas)


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_samples_package_read_as_openpyxl_reads_it(path):
    (sheets, strings, styles, epoch), theirs = _both_packages(path)
    assert (sheets, strings, xlsx._epoch(epoch)) == (theirs[0], theirs[1], theirs[3])
    _same_styles(styles, theirs[2], len(styles.cache))
    assert ours(xlsx._read_fast(path)) == _read_by_openpyxl_package(path)


def test_plain_package_formats_dates_and_1904(tmp_path):
    # custom formats (one a builtin's text, one defined but unused), dates, durations, a style naming a format
    # the file never defines, 1904 dates, a hidden sheet, a chartsheet-free workbook with shared strings
    styles = STYLES.replace('<numFmt numFmtId="166" formatCode="[h]:mm:ss"/></numFmts>',
                            '<numFmt numFmtId="166" formatCode="[h]:mm:ss"/><numFmt numFmtId="170" formatCode="0.00"/>'
                            '<numFmt numFmtId="171" formatCode="unused"/></numFmts>')
    styles = styles.replace('</cellXfs>', '<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                                          '<xf numFmtId="180" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                                          '<xf numFmtId="21" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                                          '<xf numFmtId="99" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>')
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" s="8"><v>1.5</v></c>' \
            f'<c r="B1" s="9"><v>2</v></c><c r="C1" s="10"><v>0.25</v></c><c r="D1" s="4"><v>1</v></c>' \
            f'<c r="E1" s="11"><v>3</v></c></row></sheetData></worksheet>'
    for date1904 in (False, True):
        path = package(tmp_path / f"plain{date1904}.xlsx", {"S": sheet, "数据": SHEET}, styles=styles,
                       date1904=date1904, workbook_extra="")
        (sheets, strings, plain, epoch), theirs = _both_packages(path)
        assert (sheets, strings, xlsx._epoch(epoch)) == (theirs[0], theirs[1], theirs[3])
        _same_styles(plain, theirs[2], 12)
        assert plain[8] == "0.00" and plain[9] == "General" and 4 in plain.dates and 10 in plain.dates
        assert 6 in plain.timedeltas
        got = ours(xlsx._read_fast(path))
        assert got == _read_by_openpyxl_package(path)
        assert got[0][1][0][3] == "0.00" and got[0][1][1][3] == "General" and got[0][1][4][3] == "General"
        assert got[0][1][3][2] == (dt.datetime(1904, 1, 2) if date1904 else dt.datetime(1900, 1, 1))


def _read_by_openpyxl_package(path: Path) -> list:
    saved = xlsx._plain_package

    def slow(_zf):
        raise xlsx._Slow

    xlsx._plain_package = slow
    try:
        return ours(xlsx._read_fast(path))
    finally:
        xlsx._plain_package = saved


@pytest.mark.parametrize("change", [
    lambda p: p.replace("<cellStyles", "<cellStylesX").replace("</cellStyles>", "</cellStylesX>"),  # no Normal
    lambda p: p.replace('xfId="0" builtinId="0"', 'xfId="5" builtinId="0"'),  # a named style with no xf
    lambda p: p.replace('numFmtId="164"', 'numFmtId="x164"'),  # a number openpyxl reads its own way
])
def test_unusual_stylesheet_is_left_to_openpyxl(tmp_path, change):
    path = package(tmp_path / "odd.xlsx", {"数据": SHEET}, styles=change(STYLES))
    with zipfile.ZipFile(path) as zf, pytest.raises(xlsx._Slow):
        xlsx._plain_package(zf)
    try:
        want = ours(xlsx.read_xlsx(path))
    except Exception as exc:  # what openpyxl makes of it, whatever that is, is what the reader says
        want = type(exc)
    assert want  # read by openpyxl's package reading or its default mode, as before this path existed


def test_builtin_formats_are_openpyxl_s():
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format

    assert xlsx.BUILTIN_FORMATS == BUILTIN_FORMATS
    for fmt in list(BUILTIN_FORMATS.values()) + ['yyyy"年"m"月"', '[h]:mm', '[Red]0.00', '"d"0', '\\d0', '[mm]:ss',
                                                 '0.0"万元"', '[$-804]yyyy', 'General;[Red]h', None]:
        assert xlsx.is_date_format(fmt) == is_date_format(fmt), fmt
        assert xlsx.is_timedelta_format(fmt) == is_timedelta_format(fmt), fmt


def test_a_check_of_a_plain_workbook_does_not_import_openpyxl():
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from govaudit.readers.dispatch import read_workbook; "
            f"read_workbook(Path({str(SAMPLES[0])!r})); print('openpyxl' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
