"""recognize/disclosure.py, a sample of 40 mutants (seed 21) measured by tools/mutate.py (s21 mut, issue 14, README
"变异测试"): the survivors in how a sheet's tables are found by their titles (a title in the page header, a title in
two rows, another table's title line, a header copied onto several sheets). Cells as the readers give them, or a
small workbook; in memory."""

from __future__ import annotations

from openpyxl import Workbook as XlsxBook

from govaudit.readers import read_workbook
from govaudit.readers.base import Cell, Sheet, Workbook
from govaudit.recognize import disclosure as d


def _row(r, *texts):
    return [Cell(r, c, t) for c, t in enumerate(texts, start=1) if t is not None]


def test_a_page_header_names_a_table_but_not_a_performance_form():
    assert d._named_by("收入决算表") == ("02", "收入决算表")
    assert d._named_by("项目支出绩效自评表") is None  # (a form is read by forms.py, not as a table)
    sheet = Sheet(name="Sheet1")
    sheet.print_header = ("第&P页", "支出决算表")
    assert d._header_title(sheet) == ("03", "支出决算表")


def test_a_header_copied_onto_several_sheets():
    sheets = []
    for name, header in (("A", "收入决算表"), ("B", "支出决算表"), ("C", "支出决算表")):
        sheets.append(Sheet(name=name))
        sheets[-1].print_header = (header,)
    assert d._copied_headers(Workbook(path="x.xlsx", sheets=sheets[:2])) == set()
    assert d._copied_headers(Workbook(path="x.xlsx", sheets=sheets)) == {"支出决算表"}


def test_a_lone_code_under_a_budget_tables_page_header_is_that_table(tmp_path):
    """江苏: '公开02表' in the sheet's first cell, the title '2025年部门收入预算表' only in the page header (页眉): the
    table is the header's 预算 table, not the 决算 公开02表 the code alone would name."""
    wb = XlsxBook()
    ws = wb.active
    ws.oddHeader.center.text = "2025年部门收入预算表"
    for row in (["公开02表"], ["部门：某某局", None, "单位：万元"], ["项目", "合计", "一般公共预算拨款收入"],
                ["合计", 100.0, 100.0], ["行政运行", 100.0, 100.0]):
        ws.append(row)
    wb.save(tmp_path / "t.xlsx")
    (sheet,) = read_workbook(tmp_path / "t.xlsx").sheets
    assert [(b.kind, b.title) for b in d.find_blocks(sheet)] == [("B02", "2025年部门收入预算表")]


def test_another_tables_title_line_with_its_department_line_under_it():
    rows = {1: _row(1, "政府采购情况表"), 2: _row(2, "部门：某某局", None, None, "单位：万元"),
            3: _row(3, "项目", "金额"), 4: _row(4, "合计", 12.0)}
    assert d._other_title(rows[1], rows, 1)
    assert not d._other_title(rows[3], rows, 3)
    plain = {**rows, 1: _row(1, "本部门无政府采购")}
    assert not d._other_title(plain[1], plain, 1)


def test_a_table_has_begun_at_its_first_row_that_is_not_a_meta_line():
    rows = {2: _row(2, "部门：某某局", None, "单位：万元"), 3: _row(3, "项目", "金额")}
    assert d._begun(rows, 1, 4)
    assert not d._begun(rows, 1, 3)  # only its 部门 line so far


def test_a_title_in_two_rows():
    """'一般公共预算财政拨款' (its 公开06表 beside it) over '基本支出决算表': one title; with a unit beside the first
    row instead of a code it is no title's first half. A year and '部门' over '收入支出决算总表' name the same table as
    the second row alone, and speak of money: still the title's first row."""
    code = _row(1, "一般公共预算财政拨款", None, None, None, "公开06表")
    assert d._title_halves(code, _row(2, "基本支出决算表")) == "一般公共预算财政拨款基本支出决算表"
    unit = _row(1, "一般公共预算财政拨款", None, None, None, "单位：万元")
    assert d._title_halves(unit, _row(2, "基本支出决算表")) is None
    assert d._title_halves(_row(1, "2019年度部门"), _row(2, "收入支出决算总表")) == "2019年度部门收入支出决算总表"
    assert d._title_halves(_row(1, "某某县某某局"), _row(2, "收入支出决算总表")) is None


def test_the_findings_list_atop_an_annotated_copy_is_not_its_text():
    """A copy made by --annotate starts with 'govaudit检查结果', the count, the findings and a blank line: the text
    after them is numbered as in the original; a document without that list keeps its first paragraph."""
    from govaudit.readers.base import Paragraph

    def texts(lines):
        paras = [Paragraph(i + 1, t) for i, t in enumerate(lines)]
        return [(p.index, p.text) for p in d.paragraphs(Workbook(path="x.pdf", kind="pdf", paragraphs=paras))]

    body = ["一、部门职责", "（一）主要职能"]
    assert texts(["govaudit检查结果", "共2个问题", "[错误] 公开01表……", "", *body]) == [(1, body[0]), (2, body[1])]
    assert texts(body) == [(1, body[0]), (2, body[1])]


def test_a_lone_sangong_table_headed_with_final_figures_stays_the_final_one(tmp_path):
    """'一般公共预算“三公”经费支出表' (a title saying neither 决算 nor 预算), the only table: read as the 预算's B09 when its
    head says 预算数 alone, as the 决算's 07 when it says 预算数 and 决算数 (a 决算's 三公 table prints both)."""
    from test_review18 import SANGONG_ROWS, _book, _tables_of

    for heads, kind in ((["预算数"], "B09"), (["预算数", "决算数"], "07")):
        rows = [[r[0], *r[2:2 + len(heads)]] for r in SANGONG_ROWS]
        path = _book(tmp_path / f"{kind}.xlsx", [("三公", [["一般公共预算“三公”经费支出表"], ["部门：某某局", "单位：万元"],
                                                         ["项目", *heads], *rows])])
        assert list(_tables_of(path)) == [kind]


def test_a_title_with_only_a_note_that_the_table_is_empty(tmp_path):
    """公开08表 printed as its title, its 部门 line and '…故本表无数据。': a table titled only, the note kept as why."""
    from test_review18 import _book

    note = "本部门2024年度没有政府性基金预算财政拨款收支，故本表无数据。"
    path = _book(tmp_path / "t.xlsx", [("表8", [["政府性基金预算财政拨款收入支出决算表", None, "公开08表"],
                                              ["部门：某某局", None, "单位：万元"], [note]])])
    found = d.recognize(read_workbook(path)).titled_only
    assert list(found) == ["08"] and found["08"].sentence == note


def test_a_continued_sheet_without_heads_keeps_its_own_row_numbers(tmp_path):
    """'一般公共预算财政拨款支出决算表（续）' atop the next sheet, its rows going on without heads: read under the heads
    of the sheet before, each row still numbered as on its own sheet (rows 2–5 there, not 4–7)."""
    from test_review18 import _book, _tables_of

    body = [[None, "合计", 280.0, 180.0, 100.0], [201, "一般公共服务支出", 200.0, 150.0, 50.0],
            [20101, "人大事务", 200.0, 150.0, 50.0], [2010101, "行政运行", 150.0, 150.0, None],
            [2010102, "一般行政管理事务", 50.0, None, 50.0], [208, "社会保障和就业支出", 80.0, 30.0, 50.0],
            [20805, "行政事业单位养老支出", 80.0, 30.0, 50.0], [2080505, "机关事业单位基本养老保险缴费支出", 80.0, 30.0, 50.0]]
    path = _book(tmp_path / "t.xlsx", [
        ("表5", [["一般公共预算财政拨款支出决算表", None, None, None, "公开05表"], ["部门：某某局", None, None, None, "单位：万元"],
                ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], *body[:4]]),
        ("表5续", [["一般公共预算财政拨款支出决算表（续）"], *body[4:]])])
    rows = [(r.key, r.row) for r in _tables_of(path)["05"].rows]
    assert rows == [("total", 4), ("201", 5), ("20101", 6), ("2010101", 7), ("2010102", 2), ("208", 3), ("20805", 4),
                    ("2080505", 5)]


def test_with_no_heading_naming_the_stage_the_tables_words_tell():
    """No heading says 决算 or 预算: tables titled as neither are a 决算's when more of them print 决算数 than
    预算数."""
    from govaudit.model import Disclosure
    from govaudit.recognize.grid import Block

    def block(head):
        rows = [["一般公共预算财政拨款基本支出表"], ["项目", head], ["合计", 1.0]]
        cells = {r: [Cell(r, c, v) for c, v in enumerate(row, start=1)] for r, row in enumerate(rows, start=1)}
        return Block(sheet=Sheet(name="S"), kind="B05", title=rows[0][0], title_row=1, title_col=1, end_row=4,
                     rows=cells)

    none_said = Disclosure(path="x.xlsx")
    assert d.final_evidence(none_said, [block("决算数")])
    assert not d.final_evidence(none_said, [block("预算数")])
    assert not d.final_evidence(none_said, [block("决算数"), block("预算数"), block("预算数")])


def test_a_continued_title_on_the_same_sheet_goes_on_with_the_table(tmp_path):
    """'支出决算表（续）' with the heads again under the first four rows: its rows are the table's."""
    from test_review18 import _book, _tables_of

    head = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]
    body = [[None, "合计", 280.0, 180.0, 100.0], [201, "一般公共服务支出", 200.0, 150.0, 50.0],
            [20101, "人大事务", 200.0, 150.0, 50.0], [2010101, "行政运行", 150.0, 150.0, None],
            [2010102, "一般行政管理事务", 50.0, None, 50.0], [208, "社会保障和就业支出", 80.0, 30.0, 50.0],
            [20805, "行政事业单位养老支出", 80.0, 30.0, 50.0], [2080505, "机关事业单位基本养老保险缴费支出", 80.0, 30.0, 50.0]]
    path = _book(tmp_path / "t.xlsx", [("表3", [["支出决算表", None, None, None, "公开03表"],
                                              ["部门：某某局", None, None, None, "单位：万元"], head, *body[:4], [None],
                                              ["支出决算表（续）"], head, *body[4:]])])
    assert [r.key for r in _tables_of(path)["03"].rows] == ["total", "201", "20101", "2010101", "2010102", "208",
                                                             "20805", "2080505"]
