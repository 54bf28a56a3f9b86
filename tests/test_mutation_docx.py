"""The Word reader's edge cases, one behaviour per test (issue 14: they kill the mutants of readers/docx.py).

Bodies are written as raw WordprocessingML (what Word writes for vertical merges, gridBefore, content controls,
nested tables, outline levels) and put into a document python-docx created, so the package itself is valid."""

from __future__ import annotations

import zipfile

import pytest
from docx import Document
from docx.oxml import parse_xml

from govaudit.readers import docx as wdocx
from govaudit.readers.base import ReadError
from govaudit.readers.docx import index_document, read_docx, table_cell

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def p(text: str = "", style: str | None = None, outline: int | None = None) -> str:
    ppr = ""
    if style or outline is not None:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else "") + "</w:pPr>"
    run = f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>" if text else ""
    return f"<w:p>{ppr}{run}</w:p>"


def tc(text: str = "", span: int = 1, vmerge: str | None = None, inner: str = "") -> str:
    pr = ""
    if span > 1 or vmerge is not None:
        pr = "<w:tcPr>" + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
            ("<w:vMerge/>" if vmerge == "" else f'<w:vMerge w:val="{vmerge}"/>') if vmerge is not None else ""
        ) + "</w:tcPr>"
    return f"<w:tc>{pr}{p(text)}{inner}</w:tc>"


def tr(*cells: str, before: int = 0) -> str:
    pr = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ""
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"


def tbl(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/>{''.join(rows)}</w:tbl>"


def sdt(inner: str) -> str:
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def write(path, *blocks: str, styles: str | None = None):
    """A .docx whose body is exactly these blocks (raw XML); styles: extra w:style elements for styles.xml."""
    doc = Document()
    body = doc.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    sect = body[0] if len(body) else None
    for el in parse_xml(f"<w:body {NS}>{''.join(blocks)}</w:body>"):
        if sect is not None:
            sect.addprevious(el)
        else:
            body.append(el)
    if styles:
        root = doc.styles.element
        for el in parse_xml(f"<w:styles {NS}>{styles}</w:styles>"):
            root.append(el)
    doc.save(path)
    return path


def read(tmp_path, *blocks, styles=None):
    book = read_docx(write(tmp_path / "t.docx", *blocks, styles=styles))
    return book, book.sheets[0]


def values(sheet, row, cols):
    return [sheet.get(row, c).value if sheet.get(row, c) else None for c in cols]


def where(sheet, r, c):
    o = sheet.origins[(r, c)]
    return (o.table, o.row, o.col, o.paragraph)


# ------------------------------------------------------------------------------------------------ vertical merges
def test_vertical_merge_value_on_top_origins_on_every_row(tmp_path):
    _, sheet = read(tmp_path, tbl(
        tr(tc("项目", vmerge="restart"), tc("合计")),
        tr(tc(vmerge=""), tc("1.00")),
        tr(tc(vmerge="continue"), tc("2.00")),
        tr(tc("外"), tc("3.00"))))
    assert sheet.merged == [(1, 1, 3, 1)]
    assert values(sheet, 1, (1, 2)) == ["项目", "合计"]
    assert sheet.get(2, 1) is None and sheet.get(3, 1) is None
    assert [where(sheet, r, 1) for r in (2, 3)] == [(1, 2, 1, None), (1, 3, 1, None)]
    assert values(sheet, 4, (1, 2)) == ["外", "3.00"]


def test_vertical_merge_of_a_spanning_cell_covers_its_columns(tmp_path):
    _, sheet = read(tmp_path, tbl(
        tr(tc("收入", span=2, vmerge="restart"), tc("支出")),
        tr(tc(span=2, vmerge="continue"), tc("5.00"))))
    assert sheet.merged == [(1, 1, 2, 2)]
    assert where(sheet, 2, 2) == (1, 2, 2, None) and sheet.get(2, 2) is None
    assert values(sheet, 2, (3,)) == ["5.00"]


def test_restart_right_after_restart_closes_the_first_merge(tmp_path):
    _, sheet = read(tmp_path, tbl(
        tr(tc("甲", vmerge="restart")),
        tr(tc(vmerge="continue")),
        tr(tc("乙", vmerge="restart")),
        tr(tc(vmerge="continue"))))
    assert sorted(sheet.merged) == [(1, 1, 2, 1), (3, 1, 4, 1)]
    assert values(sheet, 3, (1,)) == ["乙"]


def test_single_row_restart_is_no_merge_and_continue_without_restart_is_a_cell(tmp_path):
    _, sheet = read(tmp_path, tbl(
        tr(tc("甲", vmerge="restart"), tc("乙", vmerge="continue")),
        tr(tc("丙"), tc("丁"))))
    assert sheet.merged == []
    assert values(sheet, 1, (1, 2)) == ["甲", "乙"] and values(sheet, 2, (1, 2)) == ["丙", "丁"]


def test_a_short_row_ends_the_merge_of_the_column_it_does_not_reach(tmp_path):
    _, sheet = read(tmp_path, tbl(
        tr(tc("甲"), tc("乙", vmerge="restart")),
        tr(tc("丙"), tc(vmerge="continue")),
        tr(tc("丁")),  # no cell in column 2: the merge there ends at row 2
        tr(tc("戊"), tc("己", vmerge="continue"))))
    assert sheet.merged == [(1, 2, 2, 2)]
    assert values(sheet, 4, (1, 2)) == ["戊", "己"]


def test_horizontal_span_is_merged_and_origins_fill_the_span(tmp_path):
    _, sheet = read(tmp_path, tbl(tr(tc("标题", span=3)), tr(tc("a"), tc("b"), tc("c"))))
    assert sheet.merged == [(1, 1, 1, 3)]
    assert [where(sheet, 1, c) for c in (1, 2, 3)] == [(1, 1, 1, None), (1, 1, 2, None), (1, 1, 3, None)]
    assert sheet.get(1, 2) is None and values(sheet, 2, (1, 2, 3)) == ["a", "b", "c"]


# ------------------------------------------------------------------------------------------------ gridBefore, sdt
def test_grid_before_shifts_cells_and_a_vertical_merge_under_it(tmp_path):
    _, sheet = read(tmp_path, tbl(
        tr(tc("甲"), tc("乙", vmerge="restart"), tc("丙")),
        tr(tc(vmerge="continue"), tc("丁"), before=1)))
    assert sheet.merged == [(1, 2, 2, 2)]
    assert values(sheet, 2, (1, 2, 3)) == [None, None, "丁"]
    assert where(sheet, 2, 3) == (1, 2, 3, None) and (2, 1) not in sheet.origins


def test_rows_cells_and_blocks_inside_content_controls_and_custom_xml(tmp_path):
    book, sheet = read(
        tmp_path,
        sdt(p("受控段落")),
        f'<w:customXml w:element="x">{p("自定义段落")}</w:customXml>',
        tbl(tr(tc("甲"), sdt(tc("乙"))), sdt(tr(tc("丙"), tc("丁")))),
        sdt(tbl(tr(tc("戊")))))
    assert [x.text for x in book.paragraphs] == ["受控段落", "自定义段落"]
    assert values(sheet, 3, (1, 2)) == ["甲", "乙"] and values(sheet, 4, (1, 2)) == ["丙", "丁"]
    assert where(sheet, 4, 2) == (1, 2, 2, None)
    assert values(sheet, 5, (1,)) == ["戊"] and where(sheet, 5, 1) == (2, 1, 1, None)


def test_sdt_without_content_is_skipped(tmp_path):
    book, sheet = read(tmp_path, "<w:sdt><w:sdtPr/></w:sdt>", p("正文"))
    assert [x.text for x in book.paragraphs] == ["正文"] and values(sheet, 1, (1,)) == ["正文"]


# ------------------------------------------------------------------------------------------------ nested tables
def test_nested_tables_come_after_the_parent_numbered_in_reading_order(tmp_path):
    inner1 = tbl(tr(tc("内一")))
    inner2 = tbl(tr(tc("内二a"), tc("内二b")))
    book, sheet = read(
        tmp_path,
        tbl(tr(tc("外甲", inner=inner1), f"<w:tc>{p('外乙')}{sdt(inner2)}</w:tc>"), tr(tc("1"), tc("2"))),
        p("后文"))
    assert values(sheet, 1, (1, 2)) == ["外甲", "外乙"] and values(sheet, 2, (1, 2)) == ["1", "2"]
    assert values(sheet, 3, (1,)) == ["内一"] and where(sheet, 3, 1) == (2, 1, 1, None)
    assert values(sheet, 4, (1, 2)) == ["内二a", "内二b"] and where(sheet, 4, 2) == (3, 1, 2, None)
    assert book.paragraphs[0].cell == "A5" and where(sheet, 5, 1) == (None, None, None, 1)
    paras, tables = index_document(Document(str(tmp_path / "t.docx")))
    assert len(paras) == 1 and len(tables) == 3


# ------------------------------------------------------------------------------------------------ paragraphs
def test_blank_paragraph_runs_are_one_blank_row_and_text_is_joined(tmp_path):
    book, sheet = read(
        tmp_path, p(), p("一"), p(), p("\u3000 "), p(), p("二"),
        '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:noBreakHyphen/><w:t>丁</w:t></w:r></w:p>')
    assert [(x.text, x.cell) for x in book.paragraphs] == [("一", "A1"), ("二", "A3"), ("甲\t乙\n丙-丁", "A4")]
    assert sheet.get(2, 1) is None


def test_a_table_right_after_text_starts_on_the_next_row_and_text_after_it_follows(tmp_path):
    book, sheet = read(tmp_path, p("前"), tbl(tr(tc("甲")), tr(tc("乙"))), p(), p("后"))
    assert values(sheet, 2, (1,)) == ["甲"] and values(sheet, 3, (1,)) == ["乙"]
    assert book.paragraphs[1].cell == "A5"  # one blank row after the table


HEADING_STYLES = (
    '<w:style w:type="paragraph" w:styleId="BigTitle"><w:name w:val="heading 2"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Lvl"><w:name w:val="我的标题"/>'
    '<w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Child"><w:name w:val="子样式"/><w:basedOn w:val="Lvl"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="循环"/><w:basedOn w:val="Loop"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Deep"><w:name w:val="深"/>'
    '<w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CnTitle"><w:name w:val="标题 5"/><w:basedOn w:val="Lvl"/></w:style>'
    '<w:style w:type="paragraph"><w:name w:val="无编号"/></w:style>')


def test_heading_levels_from_style_names_outline_levels_and_based_on(tmp_path):
    book, _ = read(
        tmp_path,
        p("一", style="BigTitle"), p("二", style="Lvl"), p("三", style="Child"), p("四", style="Loop"),
        p("五", style="Deep"), p("六", style="CnTitle"), p("七", style="Child", outline=0),
        p("八", outline=8), p("九", outline=9), p("十", style="Missing"),
        styles=HEADING_STYLES)
    got = [(x.text, x.style, x.level) for x in book.paragraphs]
    assert got == [("一", "Heading 2", 2), ("二", "我的标题", 4), ("三", "子样式", 4), ("四", "循环", None),
                   ("五", "深", None), ("六", "标题 5", 5), ("七", "子样式", 1), ("八", "Normal", 9),
                   ("九", "Normal", None), ("十", "Missing", None)]


# ------------------------------------------------------------------------------------------------ table_cell
def test_table_cell_finds_the_cell_shown_at_a_grid_place(tmp_path):
    path = write(tmp_path / "t.docx", tbl(
        tr(tc("甲", vmerge="restart"), tc("乙", span=2)),
        tr(tc(vmerge="continue"), tc("丙"), tc("丁")),
        tr(tc("戊"), before=1)))
    _, tables = index_document(Document(str(path)))
    t = tables[0]

    def text(cell):
        return "".join(t.text for t in cell.iter(wdocx.W + "t")) if cell is not None else None

    assert [text(table_cell(t, 1, c)) for c in (1, 2, 3, 4)] == ["甲", "乙", "乙", None]
    assert [text(table_cell(t, 2, c)) for c in (1, 2, 3)] == ["甲", "丙", "丁"]
    assert [text(table_cell(t, 3, c)) for c in (1, 2)] == [None, "戊"]
    assert table_cell(t, 0, 1) is None and table_cell(t, 4, 1) is None


def test_table_cell_continue_in_the_first_row_is_the_cell_itself(tmp_path):
    path = write(tmp_path / "t.docx", tbl(tr(tc("甲", vmerge="continue")), tr(tc(vmerge="continue"))))
    _, tables = index_document(Document(str(path)))
    assert "".join(t.text for t in table_cell(tables[0], 2, 1).iter(wdocx.W + "t")) == "甲"


# ------------------------------------------------------------------------------------------------ limits
def test_cell_limit_is_inclusive(tmp_path, monkeypatch):
    path = write(tmp_path / "t.docx", tbl(tr(tc("甲", span=2), tc("乙"))))  # 3 virtual places
    monkeypatch.setattr(wdocx, "MAX_CELLS", 3)
    assert values(read_docx(path).sheets[0], 1, (1, 3)) == ["甲", "乙"]
    monkeypatch.setattr(wdocx, "MAX_CELLS", 2)
    with pytest.raises(ReadError, match="单元格过多"):
        read_docx(path)


def test_merged_over_places_count_against_the_cell_limit(tmp_path, monkeypatch):
    path = write(tmp_path / "t.docx", tbl(tr(tc("甲", vmerge="restart")), tr(tc(vmerge="continue"))))
    monkeypatch.setattr(wdocx, "MAX_CELLS", 1)
    with pytest.raises(ReadError, match="单元格过多"):
        read_docx(path)


def test_grid_column_limit_is_inclusive(tmp_path, monkeypatch):
    ok = write(tmp_path / "ok.docx", tbl(tr(tc("甲", span=3), tc("乙"), before=1)))  # columns 2…5
    monkeypatch.setattr(wdocx, "MAX_GRID_COLS", 5)
    assert values(read_docx(ok).sheets[0], 1, (2, 5)) == ["甲", "乙"]
    monkeypatch.setattr(wdocx, "MAX_GRID_COLS", 4)
    with pytest.raises(ReadError, match="列数异常"):
        read_docx(ok)


def _zip_with(path, size: int, fill: bytes = b"\0"):
    """A copy of a small valid .docx with one extra stored-compressed member of `size` bytes."""
    write(path, p("正文"))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/pad.bin", fill * size)
    with zipfile.ZipFile(path) as zf:
        return sum(i.file_size for i in zf.infolist()), zf.getinfo("word/media/pad.bin")


def test_unpacked_size_limit_is_inclusive(tmp_path, monkeypatch):
    total, _ = _zip_with(tmp_path / "t.docx", 1000)
    monkeypatch.setattr(wdocx, "MAX_UNPACKED_BYTES", total)
    assert read_docx(tmp_path / "t.docx").paragraphs[0].text == "正文"
    monkeypatch.setattr(wdocx, "MAX_UNPACKED_BYTES", total - 1)
    with pytest.raises(ReadError, match="解压后过大"):
        read_docx(tmp_path / "t.docx")


def test_compression_ratio_limit(tmp_path, monkeypatch):
    size = 10 * 1024 * 1024 + 1  # only members over 10 MB are judged by their ratio
    _, info = _zip_with(tmp_path / "t.docx", size)
    ratio = info.file_size / info.compress_size
    monkeypatch.setattr(wdocx, "MAX_RATIO", int(ratio))
    with pytest.raises(ReadError, match="压缩比异常"):
        read_docx(tmp_path / "t.docx")
    monkeypatch.setattr(wdocx, "MAX_RATIO", ratio)  # exactly at the limit: read
    assert read_docx(tmp_path / "t.docx").paragraphs[0].text == "正文"


def test_a_member_of_exactly_10_mb_is_not_judged_by_its_ratio(tmp_path, monkeypatch):
    _zip_with(tmp_path / "t.docx", 10 * 1024 * 1024)
    monkeypatch.setattr(wdocx, "MAX_RATIO", 1)
    assert read_docx(tmp_path / "t.docx").paragraphs[0].text == "正文"


def test_a_word_package_whose_main_part_is_not_a_document_is_refused_in_one_line(tmp_path):
    """A template (.dotx) renamed .docx: python-docx names the content type; the user gets a Chinese reason."""
    src = write(tmp_path / "src.docx", p("正文"))
    out = tmp_path / "模板.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            zout.writestr(item, data)
    with pytest.raises(ReadError) as err:
        read_docx(out)
    assert str(err.value) == "不是 Word 文档：文件内容是其他 Office 格式（如 .xlsx），请检查文件"


def test_a_legacy_merge_run_of_one_cell_is_no_merge(tmp_path):
    hm = '<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr>' + p("收入") + "</w:tc>"
    _, sheet = read(tmp_path, tbl(tr(hm, tc("支出"))))
    assert sheet.merged == [] and values(sheet, 1, (1, 2)) == ["收入", "支出"]


def test_a_text_box_fallback_copy_is_not_read_twice(tmp_path):
    """Word writes a text box twice (mc:Choice for new readers, mc:Fallback for old ones): its text counts once."""
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = (f"<w:p><w:r><w:t>说明</w:t></w:r><w:r><mc:AlternateContent {mc}>"
           "<mc:Choice Requires=\"wps\"><w:t>框内</w:t></mc:Choice>"
           "<mc:Fallback><w:t>框内</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    book, _ = read(tmp_path, box)
    assert [x.text for x in book.paragraphs] == ["说明框内"]


# ------------------------------------------------------------------------------------------------ one-pass table read
# The reader walks a table's XML once (readers/docx._read_table): these pin what that walk must count and leave out,
# exactly as reading the elements one by one did.
def test_tracked_change_properties_of_a_cell_or_row_are_not_read(tmp_path):
    """w:tcPrChange / w:trPrChange hold the properties before a tracked change: the cell is laid out as it is now."""
    old_cell = ('<w:tc><w:tcPr><w:tcW w:w="100"/><w:tcPrChange w:id="1" w:author="a"><w:tcPr>'
                '<w:gridSpan w:val="3"/><w:vMerge w:val="restart"/></w:tcPr></w:tcPrChange></w:tcPr>'
                + p("甲") + "</w:tc>")
    old_row = ('<w:tr><w:trPr><w:trPrChange w:id="2" w:author="a"><w:trPr><w:gridBefore w:val="2"/></w:trPr>'
               "</w:trPrChange></w:trPr>" + tc("丙") + "</w:tr>")
    _, sheet = read(tmp_path, tbl(f"<w:tr>{old_cell}{tc('乙')}</w:tr>", old_row))
    assert values(sheet, 1, (1, 2)) == ["甲", "乙"] and sheet.merged == []
    assert values(sheet, 2, (1,)) == ["丙"] and where(sheet, 2, 1) == (1, 2, 1, None)


def test_only_the_first_of_a_repeated_property_counts(tmp_path):
    twice = ('<w:tc><w:tcPr><w:gridSpan w:val="2"/><w:gridSpan w:val="3"/></w:tcPr>' + p("甲") + "</w:tc>"
             '<w:tc><w:tcPr/><w:tcPr><w:gridSpan w:val="4"/></w:tcPr>' + p("乙") + "</w:tc>")
    _, sheet = read(tmp_path, tbl(f"<w:tr>{twice}</w:tr>"))
    assert values(sheet, 1, (1, 3)) == ["甲", "乙"] and sheet.merged == [(1, 1, 1, 2)] and (1, 4) not in sheet.origins


def test_a_text_box_in_a_cell_is_text_of_its_paragraph_not_a_table(tmp_path):
    """A table inside a text box (in mc:Choice) is part of its paragraph's text; the mc:Fallback copy is not read,
    and no table number is spent on it."""
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    inner = tbl(tr(tc("框甲"), tc("框乙")))
    box = (f'<w:p><w:r><w:t>说明</w:t></w:r><w:r><mc:AlternateContent {mc}><mc:Choice Requires="wps">'
           f"<w:txbxContent>{inner}</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>{p('旧框')}"
           "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    _, sheet = read(tmp_path, tbl(tr(f"<w:tc>{box}</w:tc>", tc("乙"))), tbl(tr(tc("下表"))))
    assert values(sheet, 1, (1, 2)) == ["说明框甲框乙", "乙"]
    assert where(sheet, 2, 1) == (2, 1, 1, None)  # the next table is table 2


def test_cell_content_behind_an_unknown_wrapper_is_not_read(tmp_path):
    """Rows, cells and paragraphs count only directly or inside content controls and custom XML."""
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    hidden = f'<mc:AlternateContent {mc}><mc:Choice Requires="x">{p("藏")}</mc:Choice></mc:AlternateContent>'
    _, sheet = read(tmp_path, tbl(tr(f"<w:tc>{p('甲')}{hidden}</w:tc>", tc("乙"))))
    assert values(sheet, 1, (1, 2)) == ["甲", "乙"]


# ------------------------------------------------------------------------------------------------ 续表 (s4docx)
def _cells_with(sheet, text):
    return [(r, c) for (r, c), cell in sheet.cells.items() if cell.value == text]


def test_a_first_part_that_is_only_its_header_is_continued_by_the_next_table(tmp_path):
    """A page break right under the header: the first part is the header alone, the next table repeats it and holds
    every row. One table, header once, the data right under it."""
    head = (tr(tc("项目"), tc("本年支出合计"), tc("基本支出")), tr(tc("栏次"), tc("1"), tc("2")))
    _, sheet = read(tmp_path, p("支出决算表"), tbl(*head), p("（续表）"),
                    tbl(*head, tr(tc("合计"), tc("3.00"), tc("1.00")), tr(tc("201"), tc("1.00"), tc("0.50"))))
    assert len(_cells_with(sheet, "本年支出合计")) == 1 and len(_cells_with(sheet, "栏次")) == 1
    (row, _c), = _cells_with(sheet, "合计")
    assert values(sheet, row, (1, 2, 3)) == ["合计", "3.00", "1.00"]
    assert where(sheet, row, 2) == (2, 3, 2, None)


def test_a_repeated_header_of_exactly_two_words_is_dropped(tmp_path):
    """项目 | 决算数: a header row of two texts is a column header, so its repeat above the continuation goes."""
    head = tr(tc("项目"), tc("决算数"))
    _, sheet = read(tmp_path, p("财政拨款收入支出决算表"), tbl(head, tr(tc("合计"), tc("3.00"))), p("续表"),
                    tbl(head, tr(tc("208 社会保障和就业支出"), tc("2.00"))))
    assert len(_cells_with(sheet, "决算数")) == 1
    (r, _c), = _cells_with(sheet, "208 社会保障和就业支出")
    assert values(sheet, r - 1, (1, 2)) == ["续表", None] and values(sheet, r, (2,)) == ["2.00"]


def test_table_cell_of_a_merge_that_starts_below_the_first_row(tmp_path):
    """The annotated copy marks the cell where a vertical merge starts, not the cell above that merge."""
    path = write(tmp_path / "t.docx", tbl(
        tr(tc("项目"), tc("合计")),
        tr(tc("一般公共服务支出", vmerge="restart"), tc("1.00")),
        tr(tc(vmerge="continue"), tc("2.00"))))
    _, tables = index_document(Document(str(path)))
    assert "".join(t.text for t in table_cell(tables[0], 3, 1).iter(wdocx.W + "t")) == "一般公共服务支出"


def test_table_cell_counts_a_zero_or_odd_grid_span_as_one_column_as_the_reader_does(tmp_path):
    """gridSpan 0 or not a number is one column for the reader, so the annotated copy marks the same cells."""
    odd = '<w:tc><w:tcPr><w:gridSpan w:val="{}"/></w:tcPr>{}</w:tc>'
    path = write(tmp_path / "t.docx", tbl(
        tr(odd.format("0", p("项目")), tc("合计")),
        tr(odd.format("x", p("201")), tc("1.00"))))
    book = read_docx(path)
    assert values(book.sheets[0], 1, (1, 2)) == ["项目", "合计"] and values(book.sheets[0], 2, (1, 2)) == ["201", "1.00"]
    _, tables = index_document(Document(str(path)))

    def text(r, c):
        return "".join(t.text for t in table_cell(tables[0], r, c).iter(wdocx.W + "t"))

    assert [text(1, 1), text(1, 2), text(2, 1), text(2, 2)] == ["项目", "合计", "201", "1.00"]


@pytest.mark.parametrize("name, said", [("旧.wps", "这是WPS 文字（.wps）格式"), ("旧.doc", "这是旧版 Word（.doc）格式"),
                                        ("旧.WPS", "这是WPS 文字（.wps）格式")])
def test_a_doc_or_wps_that_is_neither_ole_nor_zip_is_named_by_its_extension(tmp_path, name, said):
    """An old .doc/.wps saved in another container (RTF, text): the reason names the format the user chose."""
    path = tmp_path / name
    path.write_bytes(b"{\\rtf1\\ansi \\'ca\\'d5\\'c8\\'eb}")
    with pytest.raises(ReadError) as err:
        read_docx(path)
    assert said in str(err.value) and "另存为 .docx" in str(err.value)


def test_the_unpacked_size_is_said_in_mb(tmp_path, monkeypatch):
    total, _ = _zip_with(tmp_path / "t.docx", 3 * 1024 * 1024)
    monkeypatch.setattr(wdocx, "MAX_UNPACKED_BYTES", 2 * 1024 * 1024)
    with pytest.raises(ReadError) as err:
        read_docx(tmp_path / "t.docx")
    assert str(err.value) == f"Word 文档解压后过大（{total // (1024 * 1024)} MB），拒绝读取" and total // 2 ** 20 == 3


def _rezip(src, out, edit):
    """A copy of the package src with edit(name, data) → (name, data) applied to every member."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            name, data = edit(item.filename, zin.read(item.filename))
            zout.writestr(name, data)
    return out


def test_a_main_part_not_named_document_xml_is_read(tmp_path):
    """Word finds the main part through the package relationships; some writers call it word/document2.xml."""
    src = write(tmp_path / "src.docx", p("部门决算说明"))

    def rename(name, data):
        data = data.replace(b"word/document.xml", b"word/document2.xml").replace(
            b'Target="document.xml"', b'Target="document2.xml"')
        return ("word/document2.xml" if name == "word/document.xml" else name), data

    out = _rezip(src, tmp_path / "d2.docx", rename)
    assert "word/document2.xml" in zipfile.ZipFile(out).namelist()
    assert [x.text for x in read_docx(out).paragraphs] == ["部门决算说明"]


def test_a_styles_part_of_an_unknown_type_leaves_plain_paragraphs(tmp_path):
    """styles.xml declared as some other content type: python-docx gives no styles object; the text is still read,
    with no style names or heading levels (never a traceback)."""
    src = write(tmp_path / "src.docx", p("一、部门职责", style="Heading1"), p("正文"))

    def untype(name, data):
        if name == "[Content_Types].xml":
            data = data.replace(b"wordprocessingml.styles+xml", b"example.unknown+xml")
        return name, data

    book = read_docx(_rezip(src, tmp_path / "s.docx", untype))
    assert [(x.text, x.style, x.level) for x in book.paragraphs] == [("一、部门职责", "Heading1", None),
                                                                     ("正文", "", None)]


def test_a_style_without_an_id_does_not_hide_the_styles_after_it(tmp_path):
    styles = ('<w:style w:type="paragraph"><w:name w:val="无编号"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Sec"><w:name w:val="节标题"/>'
              '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>')
    book, _ = read(tmp_path, p("（一）收入情况", style="Sec"), styles=styles)
    assert [(x.style, x.level) for x in book.paragraphs] == [("节标题", 2)]


def test_a_style_of_outline_level_9_is_a_level_9_heading(tmp_path):
    """w:outlineLvl 8 is Word's last heading level (9); 9 means body text (test above)."""
    styles = '<w:style w:type="paragraph" w:styleId="L9"><w:name w:val="九级"/><w:pPr><w:outlineLvl w:val="8"/></w:pPr></w:style>'
    book, _ = read(tmp_path, p("（九）其他", style="L9"), styles=styles)
    assert [(x.style, x.level) for x in book.paragraphs] == [("九级", 9)]


def test_table_cell_looks_through_content_controls_and_custom_xml_as_the_reader_does(tmp_path):
    """The annotated copy finds a cell the reader read inside a content control or custom XML (not behind an
    empty control), at the same grid place."""
    custom = '<w:customXml w:element="x">{}</w:customXml>'
    path = write(tmp_path / "t.docx", tbl(
        tr(tc("项目"), sdt(tc("合计")), "<w:sdt><w:sdtPr/></w:sdt>", tc("基本支出")),
        sdt(tr(tc("201"), custom.format(tc("3.00")), tc("1.00"))),
        custom.format(tr(tc("208"), tc("2.00"), tc("0.50")))))
    sheet = read_docx(path).sheets[0]
    assert [values(sheet, r, (1, 2, 3)) for r in (1, 2, 3)] == [
        ["项目", "合计", "基本支出"], ["201", "3.00", "1.00"], ["208", "2.00", "0.50"]]
    _, tables = index_document(Document(str(path)))

    def text(r, c):
        found = table_cell(tables[0], r, c)
        return "".join(t.text for t in found.iter(wdocx.W + "t")) if found is not None else None

    assert [[text(r, c) for c in (1, 2, 3)] for r in (1, 2, 3)] == [
        ["项目", "合计", "基本支出"], ["201", "3.00", "1.00"], ["208", "2.00", "0.50"]]
    assert table_cell(tables[0], 4, 1) is None


def test_only_the_first_content_of_a_content_control_counts_as_in_the_body(tmp_path):
    """A content control with two w:sdtContent (not what Word writes): the first is its content, as in the body,
    where the second is not read either; a stray w:sdtContent outside a control wraps nothing."""
    two = '<w:sdt><w:sdtPr/><w:sdtContent>{}</w:sdtContent><w:sdtContent>{}</w:sdtContent></w:sdt>'
    stray = "<w:sdtContent>{}</w:sdtContent>"
    book, sheet = read(
        tmp_path, two.format(p("正文一"), p("正文二")),
        tbl(tr(f"<w:tc>{two.format(p('甲'), p('藏甲'))}</w:tc>", f"<w:tc>{p('乙')}{stray.format(p('藏乙'))}</w:tc>"),
            two.format(tr(tc("丙"), tc("丁")), tr(tc("藏丙"), tc("藏丁")))))
    assert [x.text for x in book.paragraphs] == ["正文一"]
    assert values(sheet, 2, (1, 2)) == ["甲", "乙"] and values(sheet, 3, (1, 2)) == ["丙", "丁"]
    assert sheet.get(4, 1) is None


def test_a_cell_outside_any_row_or_inside_another_cell_is_not_a_cell(tmp_path):
    """w:tc straight under w:tbl, or a w:tc inside a w:tc (not what Word writes): not read as cells, no traceback."""
    _, sheet = read(tmp_path, tbl(tr(tc("甲"), f"<w:tc>{p('乙')}<w:tc>{p('藏乙')}</w:tc></w:tc>"),
                                  f"<w:tc>{p('孤')}</w:tc>", tr(tc("丙"), tc("丁"))))
    assert values(sheet, 1, (1, 2, 3)) == ["甲", "乙", None] and values(sheet, 2, (1, 2)) == ["丙", "丁"]
    assert sorted(c.value for c in sheet.cells.values()) == sorted(["甲", "乙", "丙", "丁"])


def test_a_row_inside_a_row_or_a_table_straight_in_a_table_is_not_read(tmp_path):
    """w:tr inside w:tr, w:tbl straight under w:tbl or w:tr (not in a cell): skipped, never a traceback."""
    _, sheet = read(tmp_path, tbl(tr(tc("甲"), tc("乙"), tr(tc("藏甲"))), tbl(tr(tc("藏乙"))),
                                  tr(tc("丙"), tbl(tr(tc("藏丙"))), tc("丁"))))
    assert values(sheet, 1, (1, 2)) == ["甲", "乙"] and values(sheet, 2, (1, 2)) == ["丙", "丁"]
    assert len(sheet.cells) == 4


def test_a_grid_before_without_a_number_shifts_nothing(tmp_path):
    bad = '<w:tr><w:trPr><w:gridBefore {}/></w:trPr>{}</w:tr>'
    _, sheet = read(tmp_path, tbl(tr(tc("项目"), tc("合计")), bad.format('w:val="x"', tc("201") + tc("1.00")),
                                  bad.format("", tc("208") + tc("2.00"))))
    assert [values(sheet, r, (1, 2)) for r in (1, 2, 3)] == [["项目", "合计"], ["201", "1.00"], ["208", "2.00"]]
    _, tables = index_document(Document(str(tmp_path / "t.docx")))
    assert "".join(t.text for t in table_cell(tables[0], 3, 1).iter(wdocx.W + "t")) == "208"


def test_a_continuation_note_of_20_characters_still_joins_the_parts(tmp_path):
    head = tr(tc("项目"), tc("合计"), tc("基本支出"))
    note = "一般公共预算财政拨款支出决算表（续表一）"  # 20 characters: still a 续表 note
    assert len(note) == 20
    _, sheet = read(tmp_path, tbl(head, tr(tc("201"), tc("1.00"), tc("1.00"))), p(note),
                    tbl(head, tr(tc("208"), tc("2.00"), tc("1.00"))))
    assert len(_cells_with(sheet, "基本支出")) == 1
    assert _cells_with(sheet, "208") == [(4, 1)] and where(sheet, 4, 1) == (2, 2, 1, None)


def test_two_tables_with_the_same_header_under_their_own_titles_stay_apart(tmp_path):
    """政府性基金 (08) and 国有资本经营 (09) 收入支出决算表 have the same column heads: a title between them (short,
    no 续) means a new table, whose header is kept."""
    head = (tr(tc("项目"), tc("年初结转和结余"), tc("本年收入"), tc("本年支出"), tc("年末结转和结余")),
            tr(tc("栏次"), tc("1"), tc("2"), tc("3"), tc("4")))
    _, sheet = read(tmp_path, p("政府性基金预算财政拨款收入支出决算表"), tbl(*head, tr(tc("合计"), tc("0"), tc("0"), tc("0"), tc("0"))),
                    p("国有资本经营预算财政拨款收入支出决算表"), tbl(*head, tr(tc("合计"), tc("0"), tc("0"), tc("0"), tc("0"))))
    assert len(_cells_with(sheet, "年初结转和结余")) == 2 and len(_cells_with(sheet, "栏次")) == 2
    assert values(sheet, 5, (1,)) == ["国有资本经营预算财政拨款收入支出决算表"] and values(sheet, 6, (2,)) == ["年初结转和结余"]


def test_a_cell_without_a_paragraph_is_empty_and_paragraphs_of_a_cell_are_lines(tmp_path):
    _, sheet = read(tmp_path, tbl(tr("<w:tc/>", f"<w:tc>{p(' 一般公共 ')}{p()}{p('服务支出')}</w:tc>", tc("1.00"))))
    assert values(sheet, 1, (1, 2, 3)) == [None, "一般公共\n服务支出", "1.00"]


def test_paragraphs_count_against_the_cell_limit_too(tmp_path, monkeypatch):
    path = write(tmp_path / "t.docx", p("一"), p("二"), tbl(tr(tc("甲"))), p("三"))
    monkeypatch.setattr(wdocx, "MAX_CELLS", 4)
    assert [x.text for x in read_docx(path).paragraphs] == ["一", "二", "三"]
    monkeypatch.setattr(wdocx, "MAX_CELLS", 3)
    with pytest.raises(ReadError, match="单元格过多"):
        read_docx(path)


def test_a_legacy_merge_run_at_the_end_of_a_row(tmp_path):
    """w:hMerge restart/continue as the row's last cells: merged up to the row's end; a lone restart there is none."""
    def hm(text, val):
        attr = f' w:val="{val}"' if val else ""
        return f"<w:tc><w:tcPr><w:hMerge{attr}/></w:tcPr>{p(text)}</w:tc>"

    _, sheet = read(tmp_path, tbl(tr(tc("项目"), hm("决算数", "restart"), hm("", None), hm("", "continue")),
                                  tr(tc("合计"), tc("1.00"), tc("2.00"), hm("3.00", "restart"))))
    assert sheet.merged == [(1, 2, 1, 4)]
    assert values(sheet, 1, (1, 2, 3, 4)) == ["项目", "决算数", None, None] and values(sheet, 2, (4,)) == ["3.00"]
