"""A Word table printed to PDF whose rows may break across pages (LibreOffice's and Word's default): a row's first
lines sit at the foot of one page and the rest at the top of the next, both parts ruled as rows of their own
("社会保障" | "155.1" there, "和就业支出" | "7" here). The reader joins them into one row (issue 9); a table merely
continued on the next page, with or without its header repeated, keeps its rows as they are.

The tables are drawn as Word lays them out: text at the top left of each cell, PAD points in from the rules,
wrapped where the next character would not fit (every glyph of the test font is one em wide)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PageDraw, PdfWriter

SIZE = 9.0  # every glyph is 9 points wide
PAD = 3.0
LINE = 11.0
# 科目编码 holds 7 digits a line, 科目名称 4 characters, the amounts 5 (so "155.17" wraps as "155.1" / "7")
WIDTHS = [7 * SIZE + 2 * PAD, 4 * SIZE + 2 * PAD, 5 * SIZE + 2 * PAD, 5 * SIZE + 2 * PAD]
HEADER = [["科目编码"], ["科目名称"], ["本年收入", "合计"], ["财政拨款", "收入"]]
X0 = 60.0


def _wrap(text: str, width: float) -> list[str]:
    """As Word wraps a cell's text: as many characters a line as fit inside the cell's margins."""
    per_line = int((width - 2 * PAD) // SIZE)
    return [text[i:i + per_line] for i in range(0, len(text), per_line)] or [""]


def _rows(rows: list[list[str]]) -> list[list[list[str]]]:
    return [[_wrap(text, w) for text, w in zip(row, WIDTHS)] for row in rows]


def _table(page: PageDraw, top: float, rows: list[list[list[str] | None]], widths: list[float] = WIDTHS) -> float:
    """A ruled table, every cell's lines at its top left; each row as tall as its longest cell; a cell None is the
    cell above merged down (no rule between them). Returns the table's foot."""
    xs = [X0]
    for w in widths:
        xs.append(xs[-1] + w)
    y = top
    for row in rows:
        height = max(len(lines or []) for lines in row) * LINE + 2 * PAD
        for j, lines in enumerate(row):
            if lines is None:
                continue
            page.line(xs[j], y, xs[j + 1], y)
            for k, text in enumerate(lines):
                if text:
                    page.text(xs[j] + PAD, y + PAD + k * LINE, text, SIZE)
        for x in xs:
            page.line(x, y, x, y + height)
        y += height
    page.line(xs[0], y, xs[-1], y)
    return y


def _heading(page: PageDraw, top: float) -> None:
    page.text(120, top, "收入决算表", 14)
    page.text(X0, top + 30, "部门：某区测试局", SIZE)
    page.text(X0 + 120, top + 30, "单位：万元", SIZE)


BODY = [["", "合计", "195.17", "195.17"], ["201", "一般公共服务支出", "40.00", "40.00"],
        ["20106", "财政事务", "40.00", "40.00"], ["2010601", "行政运行", "40.00", "40.00"]]
SOCIAL = ["208", "社会保障和就业支出", "155.17", "155.17"]
REST = [["20801", "人力资源和社会保障管理事务", "155.17", "155.17"], ["2080101", "行政运行", "155.17", "155.17"]]


def _split_row_pdf(tmp_path: Path, repeat_header: bool = False) -> Path:
    """收入决算表 whose row 208 breaks at the foot of page 1: its code, the first line of its name ("社会保障") and of
    each amount ("155.1") there, the rest of the name ("和就业支" / "出") and the amounts' last digit on page 2."""
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    first = [[list(h) for h in HEADER]] + _rows(BODY)
    social = _rows([SOCIAL])[0]
    head = [[lines[0]] for lines in social]  # each cell's first line: the part that fitted on page 1
    rest = [lines[1:] for lines in social]
    _table(p1, 110, first + [head])
    p2 = w.page()
    _table(p2, 60, ([[list(h) for h in HEADER]] if repeat_header else []) + [rest] + _rows(REST))
    return w.save(tmp_path / "行跨页.pdf")


def test_a_row_broken_across_pages_is_one_row_again(tmp_path):
    path = _split_row_pdf(tmp_path)
    table = recognize(read_workbook(path)).tables["02"]
    social = table.row("208")
    assert social is not None and social.label == "社会保障和就业支出"
    assert social.cells["total"].value == Decimal("155.17")  # "155.1" there and "7" here: one figure
    assert table.row("20801").cells["total"].value == Decimal("155.17")
    _status, findings = check_file(path, Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []


def test_the_joined_row_keeps_its_place_on_the_first_page(tmp_path):
    book = read_workbook(_split_row_pdf(tmp_path))
    sheet = book.sheets[0]
    (r, c), = [(r, c) for (r, c), cell in sheet.cells.items() if cell.value == "社会保障和就业支出"]
    assert sheet.origins[(r, c)].page == 1
    amounts = [cell.value for (rr, _c), cell in sorted(sheet.cells.items()) if rr == r and _c > c]
    assert amounts == ["155.17", "155.17"]
    below = sorted(cell.value for (rr, _c), cell in sheet.cells.items() if rr == r + 1)
    assert below[0] == "155.17" and "20801" in below  # the next row follows at once, no row left between


def test_a_broken_row_after_a_repeated_header_is_joined_too(tmp_path):
    path = _split_row_pdf(tmp_path, repeat_header=True)
    table = recognize(read_workbook(path)).tables["02"]
    assert table.row("208").label == "社会保障和就业支出"
    assert table.row("208").cells["total"].value == Decimal("155.17")
    _status, findings = check_file(path, Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []


def _continued_pdf(tmp_path: Path, last: list[str], after: list[list[str]], repeat_header: bool) -> Path:
    """The table carried over to page 2 between two whole rows: `last` ends page 1, `after` starts page 2."""
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [[list(h) for h in HEADER]] + _rows(BODY[:3] + [last]))
    p2 = w.page()
    _table(p2, 60, ([[list(h) for h in HEADER]] if repeat_header else []) + _rows(after))
    return w.save(tmp_path / "续表.pdf")


def _row_texts(path: Path) -> list[list[str]]:
    sheet = read_workbook(path).sheets[0]
    rows: dict[int, list[str]] = {}
    for (r, _c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append(cell.value)
    return list(rows.values())


def test_a_whole_row_after_one_that_fills_every_cell_is_not_joined(tmp_path):
    # "2010601" fills its cell's line, "行政运行" too, and so does every amount (no sixth character fits): the
    # next row, complete on page 2, must stay a row of its own ("40.00" + "10.00" is two figures, not one)
    last = ["2010601", "行政运行", "40.00", "40.00"]
    after = [["2010602", "一般行政管理事务", "10.00", "10.00"], ["2010650", "事业运行", "10.00", "10.00"]]
    for repeat in (False, True):
        rows = _row_texts(_continued_pdf(tmp_path, last, after, repeat))
        assert ["2010601", "行政运行", "40.00", "40.00"] in rows
        assert ["2010602", "一般行政管理事务", "10.00", "10.00"] in rows


def test_the_next_numbered_item_is_not_joined_to_a_full_label(tmp_path):
    # a label that ends exactly at a line's end ("十、节能环保支出" in two full lines of four) and the next item's
    # label alone on page 2's first row: two rows
    last = ["", "十、节能环保支出", "", ""]
    after = [["", "十一、城乡社区支出", "", ""], ["", "十二、农林水支出", "", ""]]
    rows = _row_texts(_continued_pdf(tmp_path, last, after, False))
    assert ["十、节能环保支出"] in rows and ["十一、城乡社区支出"] in rows


def test_an_items_number_broken_after_its_first_numeral_is_joined(tmp_path):
    # a label column two characters wide: "十九、住房保障支出" breaks after "十" ("九、" go down together, "、" may
    # not begin a line), and "九、住房…" on page 2 is the rest of that number, not the next item
    widths = [7 * SIZE + 2 * PAD, 2 * SIZE + 2 * PAD, 5 * SIZE + 2 * PAD, 5 * SIZE + 2 * PAD]
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [[["科目编码"], ["科目", "名称"], ["本年收入", "合计"], ["财政拨款", "收入"]],
                     [["2010601"], ["行政", "运行"], ["40.00"], ["40.00"]], [["221"], ["十"], ["152.4"], ["152.4"]]],
           widths)
    p2 = w.page()
    _table(p2, 60, [[[], ["九、", "住房", "保障", "支出"], ["5"], ["5"]],
                    [["22102"], ["住房", "改革", "支出"], ["152.4", "5"], ["152.4", "5"]]], widths)
    rows = _row_texts(w.save(tmp_path / "编号断开.pdf"))
    assert ["221", "十九、住房保障支出", "152.45", "152.45"] in rows


def test_a_whole_row_under_a_cell_that_ended_short_is_not_joined(tmp_path):
    # "208"'s cell and "出" end short of their lines' ends: whatever comes next is a row of its own
    last = ["208", "社会保障和就业支出", "155.17", "155.17"]
    after = [["", "其中：就业", "1.00", "1.00"]]
    rows = _row_texts(_continued_pdf(tmp_path, last, after, False))
    assert ["208", "社会保障和就业支出", "155.17", "155.17"] in rows and ["其中：就业", "1.00", "1.00"] in rows


def test_each_sign_of_a_fresh_row_keeps_it_apart(tmp_path):
    cases = [
        # the code "2010601" fills its line but ended on the row's first line, above the name's second: complete
        (["2010601", "行政运行管理事务", "", ""], ["2010602", "事业运行", "", ""]),
        # "其他" ends halfway along its line: the name was complete there
        (["", "其他", "", ""], ["", "住房支出", "", ""]),
        # amounts under cells that were empty on page 1: a row of its own
        (["", "行政运行", "", ""], ["", "事业运行", "10.00", "10.00"]),
    ]
    for last, after in cases:
        rows = _row_texts(_continued_pdf(tmp_path, last, [after], False))
        assert [t for t in last if t] in rows and [t for t in after if t] in rows, (last, after)


def _title_rows_at_foot_pdf(tmp_path: Path) -> Path:
    """Several tables in one Word table (a workbook sheet holding them all, turned into one table): 支出决算表 ends
    on page 1, then 收入决算表's title and its 部门/单位 row, which breaks at the page's foot — "部门：某区测试" and
    "金额单" there, "局" and "位：万元" at the top of page 2 above the table's header ("：" may not begin a line, so
    "位" went down with it though "位" alone would have fitted)."""
    body = [["", "合计", "40.00", "40.00"], ["201", "一般公共服务支出", "40.00", "40.00"],
            ["20106", "财政事务", "40.00", "40.00"], ["2010601", "行政运行", "40.00", "40.00"]]
    w = PdfWriter()
    p1 = w.page()
    p1.text(120, 60, "支出决算表", 14)
    p1.text(X0, 90, "部门：某区测试局　　单位：万元", SIZE)
    header = [["科目编码"], ["科目名称"], ["本年支出", "合计"], ["基本支出"]]
    _table(p1, 110, [header] + _rows(body) + [[["收入决算表"], [], [], []]]
           + [[["部门：某区测试"], ["金额单"], [], []]])
    p2 = w.page()
    _table(p2, 60, [[["局"], ["位：万元"], [], []]] + [[list(h) for h in HEADER]] + _rows(body))
    return w.save(tmp_path / "部门行跨页.pdf")


def test_a_department_row_broken_across_pages_under_the_next_tables_title(tmp_path):
    path = _title_rows_at_foot_pdf(tmp_path)
    assert ["部门：某区测试局", "金额单位：万元"] in _row_texts(path)
    table = recognize(read_workbook(path)).tables["02"]
    assert table.department == "某区测试局" and table.unit is not None
    _status, findings = check_file(path, Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []


def test_a_broken_row_beside_a_region_merged_down_across_the_page_is_joined(tmp_path):
    # the first column's "预算执行" is merged down over the last rows of page 1 and goes on, empty, over the first
    # two rows of page 2; "财政专户" + "管理资金" is one label beside it
    w = PdfWriter()
    p1 = w.page()
    header = [["类别"], ["项目"], ["预算数"], ["执行数"]]
    _table(p1, 110, [header, [["预算执行"], ["总额"], ["60.00"], ["54.00"]],
                     [None, ["财政拨款"], ["60.00"], ["54.00"]], [None, ["财政专户"], ["0.00"], ["0.00"]]])
    p2 = w.page()
    _table(p2, 60, [[[], ["管理资金"], [], []], [None, ["其他资金"], ["0.00"], ["0.00"]],
                    [["说明"], ["无"], [], []]])
    path = w.save(tmp_path / "合并格跨页.pdf")
    rows = _row_texts(path)
    assert rows[-3:] == [["财政专户管理资金", "0.00", "0.00"], ["其他资金", "0.00", "0.00"], ["说明", "无"]]
    sheet = read_workbook(path).sheets[0]
    (r, c), = [(r, c) for (r, c), cell in sheet.cells.items() if cell.value == "其他资金"]
    assert sheet.origins[(r, c - 1)].page == 2  # the merged region's part on page 2 keeps its place


def _form_pdf(tmp_path: Path, widths=(80, 60, 60, 60, 60, 60)) -> Path:
    """A 绩效自评表 as a Word document prints it: the title, and "项目名称　…" typed as one paragraph (an ideographic
    space between label and value) just above the form's grid (a line elsewhere keeps its pieces as they are)."""
    w = PdfWriter()
    p = w.page()
    p.text(150, 60, "项目支出绩效自评表", 14)
    p.text(62, 100, "合　计　数", SIZE)  # spaced out one character at a time: one word
    p.text(62, 115, "项目名称　就业创业服务能力建设", SIZE)  # header lines of the grid below (given its columns)
    rows = [["主管部门", "某区人力资源和社会保障局", "", "实施单位", "某区就业促进中心", ""],
            ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"],
            ["年度资金总额", "100.00", "120.00", "108.00", "10", "90.00%"]]
    p.grid(60, 130, list(widths), rows, merges=[(0, 1, 0, 2), (0, 4, 0, 5)])
    return w.save(tmp_path / "绩效自评表.pdf")


def test_a_label_and_its_value_typed_in_one_line_are_two_cells(tmp_path):
    path = _form_pdf(tmp_path)
    rows = _row_texts(path)
    assert ["项目名称", "就业创业服务能力建设"] in rows
    assert ["合计数"] in rows
    sheet = read_workbook(path).sheets[0]
    (r, c), = [(r, c) for (r, c), cell in sheet.cells.items() if cell.value == "项目名称"]
    spans = [m for m in sheet.merged if m[0] == r]
    assert all(not (a[1] <= b[3] and b[1] <= a[3]) for a in spans for b in spans if a != b)  # no cell shared
    forms = recognize(read_workbook(path)).forms
    assert [f.project.text for f in forms] == ["就业创业服务能力建设"]


def test_a_label_over_two_columns_leaves_the_value_the_column_it_starts_in(tmp_path):
    # the first column ends inside "项目名称" (62–98), the second holds its last character and the value's first
    # ones (107–): the column goes to the value, which covers more of it
    path = _form_pdf(tmp_path, widths=(25, 40, 80, 60, 60, 60, 60))
    sheet = read_workbook(path).sheets[0]
    (r, c), = [(r, c) for (r, c), cell in sheet.cells.items() if cell.value == "就业创业服务能力建设"]
    assert sheet.cells[(r, c - 1)].value == "项目名称" and c == 2
    assert [f.project.text for f in recognize(read_workbook(path)).forms] == ["就业创业服务能力建设"]


def test_a_second_form_on_the_next_page_with_its_name_left_blank_is_a_form_of_its_own(tmp_path):
    # page 2 repeats the title and has "项目名称" with nothing after it above a grid as wide as page 1's: not page
    # 1's form carried over (its "项目名称　就业…" line is not repeated), so the blank name is reported
    w = PdfWriter()
    rows = [["主管部门", "某区人力资源和社会保障局", "", "实施单位", "某区就业促进中心", ""],
            ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"],
            ["年度资金总额", "100.00", "120.00", "108.00", "10", "90.00%"]]
    for name in ("项目名称　就业创业服务能力建设", "项目名称"):
        p = w.page()
        p.text(150, 60, "项目支出绩效自评表", 14)
        p.text(62, 115, name, SIZE)  # a header line of the grid below (given its columns)
        p.grid(60, 130, [80, 60, 60, 60, 60, 60], rows, merges=[(0, 1, 0, 2), (0, 4, 0, 5)])
    path = w.save(tmp_path / "两张自评表.pdf")
    assert [f.project.text if f.project else None for f in recognize(read_workbook(path)).forms] == \
        ["就业创业服务能力建设", None]
    _status, findings = check_file(path, Options())
    assert len([f for f in findings if f.code == "PRF202" and "“项目名称”" in f.message]) == 1


def test_a_title_at_the_foot_of_a_text_page_belongs_to_the_table_starting_the_next_page(tmp_path):
    # a Word document's title paragraph (the body's size, left-aligned) and its 部门/单位 line are the last lines of
    # a page of running text; the table itself begins page 2
    w = PdfWriter()
    p1 = w.page()
    text = "本部门2019年度收入合计40.00万元，其中财政拨款收入40.00万元，主要用于保障机关正常运转。"
    for k in range(3):
        p1.text(X0, 640 + 16 * k, text[k * 15:(k + 1) * 15], SIZE)
    p1.text(X0, 700, "收入决算表", SIZE)
    p1.text(X0, 716, "部门：某区测试局　单位：万元", SIZE)
    p2 = w.page()
    _table(p2, 60, [[list(h) for h in HEADER]] + _rows([["", "合计", "40.00", "40.00"]] + BODY[1:]))
    path = w.save(tmp_path / "表名在上一页.pdf")
    table = recognize(read_workbook(path)).tables["02"]
    assert table.row("2010601").cells["total"].value == Decimal("40.00")
    assert table.department == "某区测试局" and table.unit is not None
    _status, findings = check_file(path, Options())
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []


def test_a_part_that_only_repeats_the_header_gives_the_next_row_nothing_to_join(tmp_path):
    # page 2 holds nothing but the repeated header ("科目名称" fills its line); page 3's first row is a row of its
    # own, not the rest of that header, nor of page 1's last row
    header = [["科目编码"], ["科目名称"], ["本年收入"], ["财政拨款"]]
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [header] + _rows(BODY[:2] + [["20106", "财政事务", "40.00", "40.00"]]))
    _table(w.page(), 60, [header])
    _table(w.page(), 60, [[[], ["行政运行"], [], []]] + _rows([["2010601", "行政运行", "40.00", "40.00"]]))
    rows = _row_texts(w.save(tmp_path / "只有表头.pdf"))
    assert ["20106", "财政事务", "40.00", "40.00"] in rows and ["行政运行"] in rows


def _bracket_pdf(tmp_path: Path, foot: list[str], top: list[str]) -> Path:
    """收入预算总表 with a 科目名称 column three characters wide whose row 20103 breaks at the foot of page 1: `foot` are
    its name's lines there (the amounts are whole there), `top` the rest at the top of page 2."""
    widths = [7 * SIZE + 2 * PAD, 3 * SIZE + 2 * PAD, 5 * SIZE + 2 * PAD, 5 * SIZE + 2 * PAD]
    header = [["科目编码"], ["科目名", "称"], ["本年收入", "合计"], ["财政拨款", "收入"]]
    w = PdfWriter()
    p1 = w.page()
    _heading(p1, 60)
    _table(p1, 110, [header, [[], ["合计"], ["40.00"], ["40.00"]],
                     [["201"], ["一般公", "共服务", "支出"], ["40.00"], ["40.00"]],
                     [["20103"], foot, ["40.00"], ["40.00"]]], widths)
    _table(w.page(), 60, [[[], top, [], []], [["2010301"], ["行政运", "行"], ["40.00"], ["40.00"]]], widths)
    return w.save(tmp_path / "括号跨页.pdf")


def test_a_name_broken_before_an_opening_bracket_is_joined(tmp_path):
    # "公厅" leaves room for one character, but "（" may not end a line: "（室）" went down whole ("（室" did not fit),
    # so "公厅" filled its line and "（室）及相关机构事务" at the top of page 2 is the rest of the name (上海 部门预算
    # printed from Word: 收入预算总表 read "政府办公厅" and CMP006 warned against the other tables' full name)
    path = _bracket_pdf(tmp_path, ["政府办", "公厅"], ["（室）", "及相关", "机构事", "务"])
    assert _row_texts(path)[-2:] == [["20103", "政府办公厅（室）及相关机构事务", "40.00", "40.00"],
                                     ["2010301", "行政运行", "40.00", "40.00"]]
    table = recognize(read_workbook(path)).tables["02"]
    assert table.row("20103").label == "政府办公厅(室)及相关机构事务"  # (brackets normalised)


def test_a_name_with_room_for_a_bracket_and_its_letter_is_complete(tmp_path):
    # "政府" leaves room for "（一" (two characters): had the name gone on, they would have been on its line, so
    # "（一）办公事务" on page 2 is a row of its own
    path = _bracket_pdf(tmp_path, ["政府办", "公"], ["（一）", "办公事", "务"])
    assert _row_texts(path)[-3:] == [["20103", "政府办公", "40.00", "40.00"], ["（一）办公事务"],
                                     ["2010301", "行政运行", "40.00", "40.00"]]
