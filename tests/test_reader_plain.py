"""A plainly written <sheetData> is read by one regular expression per cell (readers/xlsx.py, plain_rows; issue 13)
and gives exactly the cells, hidden rows and merged ranges expat's handlers give; anything not plain goes to the
handlers, and a malformed part still fails as before (expat reads the same bytes).

Each sheet below is read twice, with the plain path and with it switched off (`_plain_body` answering None), and
the two must be equal; the cases say whether the plain path must have been taken.
"""

from __future__ import annotations

import pytest
from test_reader_xlsx import MAIN, SHARED, assert_same, package

from govaudit.readers import xlsx
from govaudit.readers.base import ReadError

HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" xmlns:x14ac="urn:x14ac">'
TAIL = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>'


def sheet(rows: str, head: str = HEAD, tail: str = TAIL) -> str:
    return f"{head}<dimension ref=\"A1:D9\"/><cols><col min=\"3\" max=\"3\" hidden=\"1\"/></cols><sheetData>{rows}" \
           f"</sheetData>{tail}"


PLAIN = {
    "shared, numbers, styles": '<row r="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>0</v></c>'
                               '<c r="B1" s="2"><v>1234.5</v></c><c r="C1" t="n"><v>7</v></c><c r="D1" s="3"/></row>',
    "formulas": '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" s="1"><f>B3/2</f><v/></c>'
                '<c r="C2" t="str"><f>IF(1,"","")</f><v></v></c><c r="D2" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c>'
                '<c r="E2"><f t="shared" ref="E2:E3" si="0">A2*2</f></c><c r="F2"><f t="shared" si="0"/></c>'
                '<c r="G2" t="b"><f>TRUE()</f><v>1</v></c><c r="H2" t="e"><v>#DIV/0!</v></c></row>',
    "inline strings and references": '<row r="3"><c r="A3" t="inlineStr"><is><t>&#25910;&#20837;&lt;&#x4E2D;&gt;</t>'
                                     '</is></c><c r="B3" t="inlineStr"><is><t xml:space="preserve"> 两端 </t></is></c>'
                                     '<c r="C3" t="inlineStr"><is><t>行&#10;二&#13;&#60;&#38;&#34;</t></is></c>'
                                     '<c r="D3" t="str"><v>&#36;&#x41;&apos;&quot;</v></c></row>',
    "empty rows, hidden rows, rows without r": '<row r="4"/><row r="5" hidden="1"><c r="A5"><v>5</v></c></row>'
                                               '<row><c r="B6"><v>6</v></c></row><row r="7" hidden="true"></row>'
                                               '<row r="8.0"><c r="A8"><v>8</v></c></row>',
    "duplicates and whitespace": '\n  <row r="9">\n    <c r="A9"><v>1</v></c>\n    <c r="A9"><v>2</v></c>\n'
                                 '    <c r="B9"><v>3</v></c>\n    <c r="B9"/>\n    <c r="C9">\n      <v> 42 </v>\n'
                                 '    </c>\n  </row>\n',
    "a date, a boolean, an ISO date": '<row r="10"><c r="A10" s="4"><v>45657</v></c><c r="B10" t="b"><v>0</v></c>'
                                      '<c r="C10" t="d"><v>2024-01-31T12:00:00</v></c></row>',
    # plain_rows makes most cells itself (store()'s cases without its call): numbers written as openpyxl writes them
    # (t="n"), with an exponent or under a date style, shared strings, inline strings with an Excel escape, an
    # entity or none at all, and a later duplicate of each
    "cells plain_rows makes itself": '<row r="11"><c r="A11" s="2" t="n"><v>1.5E+3</v></c><c r="B11" s="4" t="n">'
                                     '<v>45657</v></c><c r="C11" t="s"><v>1</v></c><c r="D11" t="inlineStr"><is>'
                                     '<t>本年收_x000D_入合计</t></is></c><c r="E11" t="inlineStr"><is><t>a&amp;b</t>'
                                     '</is></c><c r="F11" t="inlineStr"/><c r="G11" t="inlineStr"><is><t></t></is>'
                                     '</c><c r="A11" t="inlineStr"><is><t>后</t></is></c><c r="C11"><v>-2</v></c>'
                                     '<c r="H11" t="n"><v>0</v></c></row>',
}

NOT_PLAIN = {
    "a cell without r": '<row r="1"><c t="inlineStr"><is><t>无地址</t></is></c></row>',
    "attributes in another order": '<row r="1"><c r="A1" t="s" s="1"><v>0</v></c></row>',
    "rich inline text": '<row r="1"><c r="A1" t="inlineStr"><is><r><t>富</t></r></is></c></row>',
    "a comment": '<row r="1"><!-- 注释 --><c r="A1"><v>1</v></c></row>',
    "CDATA": '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x<y]]></t></is></c></row>',
    "a carriage return": '<row r="1">\r\n<c r="A1" t="inlineStr"><is><t>a\r\nb</t></is></c></row>',
    "a namespace on a row": '<row r="1" xmlns="urn:other"><c r="A1"><v>1</v></c></row>',
    "another attribute on a cell": '<row r="1"><c r="A1" s="1" t="n" cm="1"><v>1</v></c></row>',
    "a cell outside a row": '<c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row>',
}


def _dump(book) -> list:
    return [(s.name, s.hidden, [(k, c.row, c.col, repr(c.value), c.number_format, c.formula_without_value, c.indent)
                                for k, c in s.cells.items()], s.merged, sorted(s.hidden_rows), sorted(s.hidden_cols))
            for s in book.sheets]


def _both(path, monkeypatch) -> tuple[list, list, list[bool]]:
    """(cells read with the plain path, without it, whether each sheet took it)."""
    taken: list[bool] = []
    plain_body = xlsx._plain_body

    def spy(data):
        got = plain_body(data)
        taken.append(got is not None)
        return got

    with monkeypatch.context() as m:
        m.setattr(xlsx, "_plain_body", spy)
        fast = _dump(xlsx._read_fast(path))
        m.setattr(xlsx, "_plain_body", lambda data: None)
        slow = _dump(xlsx._read_fast(path))
    return fast, slow, taken


@pytest.mark.parametrize("name", list(PLAIN))
def test_plain_rows_read_as_the_handlers_read_them(tmp_path, monkeypatch, name):
    path = package(tmp_path / "plain.xlsx", {"S": sheet(PLAIN[name])}, shared=SHARED)
    fast, slow, taken = _both(path, monkeypatch)
    assert taken == [True]
    assert fast == slow
    assert fast[0][2], "the sheet has cells"


def test_all_plain_rows_together_as_openpyxl_reads_them(tmp_path, monkeypatch):
    # (not the '_x000D_' case: openpyxl leaves Excel's escapes in a string, the reader unescapes them, s17)
    rows = "".join(PLAIN[k] for k in PLAIN if k not in ("duplicates and whitespace", "cells plain_rows makes itself"))
    path = package(tmp_path / "plain.xlsx", {"S": sheet(rows), "T": sheet(PLAIN["duplicates and whitespace"])},
                   shared=SHARED)
    fast, slow, taken = _both(path, monkeypatch)
    assert taken == [True, True] and fast == slow
    assert_same(path)


@pytest.mark.parametrize("name", list(NOT_PLAIN))
def test_rows_not_plain_are_read_by_the_handlers(tmp_path, monkeypatch, name):
    """(A plain row first: what plain_rows read of it is forgotten when it meets what it cannot read.)"""
    rows = '<row r="9"><c r="A9" s="1" t="s"><v>0</v></c><c r="B9"><v>1</v></c></row>' + NOT_PLAIN[name]
    path = package(tmp_path / "other.xlsx", {"S": sheet(rows)}, shared=SHARED)
    fast, slow, _taken = _both(path, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize("head", [
    HEAD.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),  # another encoding
    HEAD + "<!-- <sheetData> -->",  # a comment before the rows
    f'<worksheet xmlns="{MAIN}" xmlns:x14ac="urn:x14ac"><sheetPr xmlns="urn:other"/>',  # a second default namespace
    '<worksheet xmlns="urn:strict" xmlns:x14ac="urn:x14ac">',  # rows in another namespace are no rows
])
def test_a_head_not_plain_leaves_the_rows_to_the_handlers(tmp_path, monkeypatch, head):
    data = sheet(PLAIN["shared, numbers, styles"], head=head)
    path = package(tmp_path / "head.xlsx", {"S": data.encode("latin-1") if "8859" in head else data}, shared=SHARED)
    fast, slow, taken = _both(path, monkeypatch)
    assert taken == [False] and fast == slow


@pytest.mark.parametrize("rows", [
    '<row r="1" spans="1:2" spans="1:2"><c r="A1"><v>1</v></c></row>',  # an attribute twice
    '<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>',  # an entity XML does not define
    '<row r="1"><c r="A1" t="str"><v>a]]>b</v></c></row>',  # ]]> in text
    '<row r="1" x:h="1"><c r="A1"><v>1</v></c></row>',  # an undeclared prefix
    '<row r="1"><c r="A1" t="str"><v>&#0;</v></c></row>',  # a reference to a character XML does not allow
    # what _rows_well_formed must see before it spares expat the rows (issue 13)
    '<row r="1"><c r="A1" t="str"><v>a\x01b</v></c></row>',  # a control character
    '<row r="1"><c r="A1" t="inlineStr"><is><t>a\uffffb</t></is></c></row>',  # a character XML does not allow
    '<row r="1"><c r="A1" t="str"><v>&#x1F;</v></c></row>',
    '<row r="1"><c r="A1" t="str"><v>&#xD800;</v></c></row>',
    '<row r="1" x14ac:h="1" y:h="1"><c r="A1"><v>1</v></c></row>',  # one attribute twice, through two prefixes
    '<row r="1" spans="1:1" r="2"><c r="A1"><v>1</v></c></row>',  # r twice
    '<row r="1" q:h="1"><c r="A1"><v>1</v></c></row>',  # a prefix declared on another element, not in scope here
    '<row r="1" h²="1"><c r="A1"><v>1</v></c></row>',  # a name with a character XML names do not allow
    '<row r="1"><c r="A1"><f a=1>1+1</f><v>2</v></c></row>',  # a formula's attribute without quotes
    '<row r="1"><c r="A1"><f>1&2</f><v>2</v></c></row>',  # a bare & in a formula
])
def test_malformed_plain_rows_fail_as_before(tmp_path, monkeypatch, rows):
    """expat still reads the rows' bytes unless _rows_well_formed knows it would accept them: a malformed part is
    handed to openpyxl (whose error the user sees)."""
    head = HEAD.replace('xmlns:x14ac="urn:x14ac">', 'xmlns:x14ac="urn:x14ac" xmlns:y="urn:x14ac"><sheetPr '
                        'xmlns:q="urn:q"/>')
    path = package(tmp_path / "bad.xlsx", {"S": sheet(rows, head=head)}, shared=SHARED)
    with pytest.raises(xlsx._Fallback):
        xlsx._read_fast(path)
    monkeypatch.setattr(xlsx, "_plain_body", lambda data: None)
    with pytest.raises(xlsx._Fallback):
        xlsx._read_fast(path)
    monkeypatch.undo()
    with pytest.raises(ReadError):
        xlsx.read_xlsx(path)


def test_expat_does_not_read_plain_rows_again_when_it_would_accept_them(tmp_path, monkeypatch):
    """(issue 13) Rows plain_rows has read whole, with no formula and nothing _rows_well_formed is unsure of, are not
    parsed by expat a second time: the same cells, and the sheet is still refused when its tail is malformed."""
    asked: list[bool] = []
    well_formed = xlsx._rows_well_formed
    monkeypatch.setattr(xlsx, "_rows_well_formed", lambda *a: asked.append(well_formed(*a)) or asked[-1])
    rows = "".join(PLAIN[k] for k in PLAIN if k not in ("formulas", "duplicates and whitespace", "inline strings and "
                                                                                                  "references"))
    path = package(tmp_path / "plain.xlsx", {"S": sheet(rows), "T": sheet(PLAIN["duplicates and whitespace"]),
                                             "U": sheet(PLAIN["inline strings and references"])}, shared=SHARED)
    fast, slow, taken = _both(path, monkeypatch)
    # (U: references to < & " are left in the text by _plain_body, and _rows_well_formed leaves them to expat)
    assert taken == [True, True, True] and fast == slow and asked == [True, True, False]
    asked.clear()
    path = package(tmp_path / "formulas.xlsx", {"S": sheet(PLAIN["formulas"])}, shared=SHARED)
    assert _both(path, monkeypatch)[0] == _both(path, monkeypatch)[1] and asked == []  # a formula: expat reads them
    bad = package(tmp_path / "bad.xlsx", {"S": sheet(PLAIN["shared, numbers, styles"], tail="</sheetData></worksheet>")
                                          .replace("</sheetData></sheetData>", "</sheetData><x></worksheet>")},
                  shared=SHARED)
    with pytest.raises(xlsx._Fallback):
        xlsx._read_fast(bad)


def test_too_many_cells_counted_over_plain_sheets(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_CELLS", 12)
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 8))
    path = package(tmp_path / "cells.xlsx", {"S": sheet(rows), "T": sheet(rows)}, shared=SHARED)
    with pytest.raises(ReadError, match="「T」单元格过多（13）"):
        xlsx.read_xlsx(path)
