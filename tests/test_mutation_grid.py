"""The row and cell helpers under every recogniser (recognize/grid.py), continued from test_mutation_tables.py
(issue 14): small workbooks built here, asserting the rows, columns, departments and units a user sees."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from recognize_books import T05, book, figures

# value columns in an order where a clean row can read 1, 2, 3 (基本 + 项目 = 合计)
H = ["科目编码", "科目名称", "基本支出", "项目支出", "合计"]
ROW = ["201", "一般公共服务支出", 4, 5, 9]


def _rows(tmp_path, *rows):
    return [r.key for r in book(tmp_path, ("05", [[T05], H, *rows, ROW])).tables["05"].rows]


# ------------------------------------------------------------------ 栏次 rows (is_lineno_row)
def test_a_line_number_row_of_three_typed_numbers_is_no_row(tmp_path):
    """'1 2 3' typed as text under the header (a PDF or Word table's 栏次 row): skipped, exactly three are enough."""
    assert _rows(tmp_path, [None, None, "1", "2", "3"]) == ["201"]
    assert _rows(tmp_path, [None, None, 1, 2, 3]) == ["201"]


def test_a_line_number_row_after_a_blank_text_cell(tmp_path):
    """A cell holding only a space before the numbers is blank, not a word."""
    assert _rows(tmp_path, [" ", None, "1", "2", "3"]) == ["201"]


def test_numbers_that_do_not_count_up_by_one_are_a_row(tmp_path):
    """1 3 4 or 1 2 (two numbers only) are figures of an unlabelled row, not line numbers."""
    assert _rows(tmp_path, [None, None, 1, 3, 4]) == ["label:row3", "201"]
    assert _rows(tmp_path, [None, None, 1, 2]) == ["label:row3", "201"]


def test_a_data_row_whose_figures_read_1_2_3_is_a_row(tmp_path):
    """A coded row with the figures 1, 2, 3 is data: its 科目编码 is no line number."""
    d = book(tmp_path, ("05", [[T05], H, ["201", "一般公共服务支出", 1, 2, 3]]))
    assert figures(d.tables["05"]) == {("201", "basic"): 1, ("201", "project"): 2, ("201", "total"): 3}


def test_a_line_number_cell_further_on_the_row(tmp_path):
    """'栏次' after the column marks 甲/乙 (or after a number) still makes the row a 栏次 row."""
    assert _rows(tmp_path, ["甲", "乙", "栏次", 1, 2]) == ["201"]
    assert _rows(tmp_path, ["甲", 1, "栏次", 2, 3]) == ["201"]


def test_an_unlabelled_row_with_a_fraction_or_a_date_is_a_row(tmp_path):
    """1, 2.5, 3 is not 1 2 3; a date before 1 2 3 is no line number either (and no crash)."""
    assert _rows(tmp_path, [None, None, 1, 2.5, 3]) == ["label:row3", "201"]
    keys = _rows(tmp_path, [datetime(2024, 5, 20), None, 1, 2, 3])
    assert len(keys) == 2 and keys[-1] == "201"


# ------------------------------------------------------------------ figures (is_numeric_cell, is_code_text)
def _hidden(tmp_path, values):
    path = tmp_path / "h.xlsx"
    book(tmp_path, ("05", [[T05], H, ROW, ["（内部）", *values]]), name="h.xlsx")
    wb = load_workbook(path)
    wb["05"].row_dimensions[4].hidden = True
    wb.save(path)
    return recognize(read_workbook(path))


def test_a_hidden_row_of_ticks_and_dates_holds_no_figures(tmp_path):
    """TRUE/FALSE and a date in a hidden row are no hidden figures (no issue); a number is."""
    assert _hidden(tmp_path, [True, False, datetime(2024, 5, 20)]).cell_issues == []
    assert [i.text for i in _hidden(tmp_path, [True, 7]).cell_issues] == ["1"]


def test_a_note_with_a_tick_beside_it_is_still_a_note(tmp_path):
    """'本单位无此项支出' with a TRUE beside it: a TRUE is no 科目编码, so the row is still the note on the empty table."""
    d = book(tmp_path, ("05", [[T05], H, ROW, ["本单位无此项支出", None, True]]))
    assert d.tables["05"].notes == ["本单位无此项支出"]
    assert [r.key for r in d.tables["05"].rows] == ["201"]


def _document(*rows):
    """The recognised disclosure of one virtual sheet as the Word and PDF readers hand it over (values as given)."""
    from govaudit.readers.base import Cell, Sheet, Workbook

    s = Sheet(name="表格")
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values, start=1):
            if v is not None:
                s.cells[(r, c)] = Cell(r, c, v)
    return recognize(Workbook(path="doc.docx", sheets=[s], kind="word"))


def test_a_blank_text_cell_before_line_numbers_in_a_document_table():
    """A Word cell holding only a zero-width space before 1 2 3 is blank, not a word: the row is a 栏次 row."""
    d = _document([T05], H, ["\u200b", "\u200b", "1", "2", "3"], ROW)
    assert [r.key for r in d.tables["05"].rows] == ["201"]


def test_a_row_of_uncalculated_formulas_is_a_row_not_a_header(tmp_path):
    """A row whose figures are formulas never calculated (saved by a program that does not calculate) is a data
    row with an issue for each formula, not one more line of the header."""
    d = book(tmp_path, ("05", [[T05], H, [None, "一般公共服务支出", "=1+3", "=2+3", "=C3+D3"], ROW]))
    t = d.tables["05"]
    assert [c.header for c in t.columns] == ["基本支出", "项目支出", "合计"]
    assert [r.key for r in t.rows][-1] == "201" and len(t.rows) == 2
    assert sorted(i.location.cell for i in d.cell_issues if i.kind == "formula_without_value") == ["C3", "D3", "E3"]


B05 = "一般公共预算支出预算表（功能科目）"


def _budget(tmp_path, code):
    """A 预算 table whose 科目编码 stands unheaded after the name, as a number."""
    d = book(tmp_path, ("b", [[B05], ["功能科目名称", None, "金额"], ["合计", None, 100], ["公共安全支出", code, 100]]))
    return d.tables.get("B05")


def test_a_code_typed_as_a_number_beside_the_name(tmp_path):
    """204 (or 204.0, 20405) beside the name is a 科目编码: the table is read and judged. 1234 or 204.5 there is no
    code but a figure under no amount column: no table is made of it (only its title is known)."""
    for code in (204, 204.0, 20405):
        t = _budget(tmp_path, code)
        assert t is not None and t.unreliable is None and [r.key for r in t.rows] == ["total", "label:公共安全支出"], code
    for figure in (1234, 204.5):
        assert _budget(tmp_path, figure) is None, figure


def test_a_code_read_as_a_float_beside_the_name():
    """An .xls hands over numbers as floats: 204.0 is the code 204; 1234.0 is no code (no table is made)."""
    def budget(code):
        return _document([B05], ["功能科目名称", None, "金额"], ["合计", None, 100.0], ["公共安全支出", code, 100.0]
                         ).tables.get("B05")

    assert budget(204.0).unreliable is None and [r.key for r in budget(204.0).rows] == ["total", "label:公共安全支出"]
    assert budget(1234.0) is None


# ------------------------------------------------------------------ a department name wrapped in a narrow box
BODY = [["功能科目编码", "功能科目名称", "金额"], ["合计", None, "100.00"], ["204", "公共安全支出", "100.00"]]


def _heading(*rows):
    """(department, its cell, unit) of a PDF's 预算 table with `rows` as the page's heading above its title."""
    t = _document(*rows, [B05], *BODY).tables["B05"]
    return t.department, t.department_cell, t.unit


def _under_title(*rows):
    """(department, unit, column headers, row keys) of a PDF's 预算 table with `rows` between its title and header."""
    t = _document([B05], *rows, *BODY).tables["B05"]
    return t.department, t.unit, [c.header for c in t.columns], [r.key for r in t.rows]


def test_the_rest_of_a_wrapped_name_beside_a_table_code():
    """'院' on the next line with 公开05表 beside it completes '江苏省高级人民法'; with a figure beside it, the line is
    a table's row and the name stays as printed."""
    assert _heading(["部门名称：江苏省高级人民法"], ["院", None, "公开05表"])[0] == "江苏省高级人民法院"
    assert _heading(["部门名称：江苏省高级人民法"], ["院", None, "100.00"])[0] == "江苏省高级人民法"


def test_the_rest_of_a_name_stands_in_the_names_column():
    """'常委会办公厅' one column to the right of where the name was read is not its rest."""
    assert _heading(["部门名称：江苏省人大"], [None, "常委会办公厅"]) == ("江苏省人大", "A1", None)


def test_a_row_of_numbers_only_under_the_name():
    """A line holding only a number (a page number, a year) under the name: read without fault, and the name's rest
    on the line after it still completes the name."""
    assert _heading(["部门名称：江苏省人大"], [None, None, 2024])[0] == "江苏省人大"
    assert _heading(["部门名称：江苏省人大"], [None, None, 2024], ["常委会办公厅"])[0] == "江苏省人大常委会办公厅"


def test_the_unit_cut_at_the_line_in_a_narrow_box():
    """'单位：万' ending the line and '元' under it in the same column: the unit is 万元, read from the first line; the
    name's rest beside that '元' is still taken."""
    got = _under_title(["部门名称：江苏省高级人民法", None, "单位：万"], ["院", None, "元"])
    assert got == ("江苏省高级人民法院", "万元", ["金额"], ["total", "204"])
    assert _under_title(["部门名称：江苏省财政厅", None, "单位：万"], [None, None, "元"]) == (
        "江苏省财政厅", "万元", ["金额"], ["total", "204"])


def test_a_longer_ending_broken_at_the_line():
    """A name that already ends as a name does ('…常委会办') takes a rest only to finish a longer ending ('办' + '公厅'
    = 办公厅); a whole name ('…财政厅') takes no line that is itself an ending ('办公厅')."""
    assert _heading(["部门名称：江苏省人大常委会办"], ["公厅"])[0] == "江苏省人大常委会办公厅"
    assert _heading(["部门名称：江苏省财政厅"], ["办公厅"])[0] == "江苏省财政厅"


# ------------------------------------------------------------------ the heading lines under a title (read_meta)
def _meta(*rows):
    """(department, its cell, year, its cell, unit, 公开NN表 label, column headers, row keys) of a 预算 table with
    `rows` between its title and header."""
    t = _document([B05], *rows, *BODY).tables["B05"]
    return (t.department, t.department_cell, t.year, t.year_cell, t.unit, t.code_label, [c.header for c in t.columns],
            [r.key for r in t.rows])


CLEAN = (["金额"], ["total", "204"])


def test_a_bare_department_label_with_the_name_in_the_next_cells():
    """'部门：' | '江苏省' | '人民检察院' | '公开5表': the name is the cells up to the code; the code is 公开05表."""
    assert _meta(["部门：", "江苏省", "人民检察院", "公开5表"]) == (
        "江苏省人民检察院", "A2", None, None, None, "公开05表", *CLEAN)
    assert _meta(["编制部门：", "江苏省人民检察院", "单位：万元"])[:5] == ("江苏省人民检察院", "A2", None, None, "万元")


def test_the_first_department_and_year_are_the_tables():
    """A second 部门 or year line under the first does not replace it; the unit printed after the name in the same
    cell is no part of the name."""
    got = _meta(["部门名称：江苏省财政厅单位：万元"], ["2024年", "部门名称：江苏省审计厅"], ["2023年"])
    assert got == ("江苏省财政厅", "A2", 2024, "A3", "万元", None, *CLEAN)


def test_heading_lines_over_the_figures_are_no_part_of_the_header():
    """A heading line printed over the amount column is read as heading (the column stays '金额') when it is a
    公开表一 / 公开05表 line, '（2024年）', a bracketed note with a year, a year line of up to 16 characters, a 部门/
    单位 line or a unit cut at the line; any other line (17 characters with a year, words, a figure) starts the
    header."""
    heading = ["公开表一", "公开05表", "（2024年）", "（本表所列为2024年度预算数据，不含结转）", "2024年江苏省财政厅部门预算汇",
               "编制单位：江苏省财政厅", "部门：", "单位：万", "单位：万元"]
    for t in heading:
        assert _meta([None, None, t])[-2:] == CLEAN, t
    for t in ("另有说明", "2024年江苏省财政厅部门预算汇总", "二〇二四年度部门预算表格"):
        assert _meta([None, None, t])[-2] == [f"{t}/金额"], t


def test_a_heading_line_with_a_figure_in_it_is_no_heading():
    """'公开05表' with a figure beside it is a row of the table, not a heading line: the header cannot be placed."""
    assert "B05" not in _document([B05], [None, "公开05表", 100], *BODY).tables
    assert "B05" in _document([B05], [None, "公开05表"], *BODY).tables


def test_the_rest_of_a_name_in_the_unit_cell():
    """'金额单位：万元院': the unit's box and the name's rest on one line are the unit and the end of the name; words
    after the unit that do not finish the name ('合计', '说明') are left alone."""
    assert _under_title(["部门名称：江苏省高级人民法"], ["金额单位：万元院"]) == (
        "江苏省高级人民法院", "万元", ["金额"], ["total", "204"])
    for after in ("合计", "说明"):
        assert _under_title(["部门名称：江苏省高级人民法"], [f"金额单位：万元{after}"])[:2] == ("江苏省高级人民法", "万元")


def test_a_unit_cut_at_the_line_without_its_end_under_it():
    """'单位：万' with no '元' under it in its column: the unit stays unknown (a '元' in another column is not its end),
    and the line under it is read as usual (its year is the table's)."""
    assert _meta([None, None, "单位：万"], ["元", None, None])[4:] == (None, None, *CLEAN)
    assert _meta([None, None, "单位：万"], [None, None, "（2024年）"])[2:] == (2024, "C3", None, None, *CLEAN)


def test_the_rest_of_a_name_run_into_a_header_word():
    """'和社会保障局科目' under '…人力资源': the name's rest run into the header word 科目 completes the name."""
    d = _document([B05], ["部门：唐山高新技术产业开发区人力资源"], [None, None, "单位：万元"],
                  ["和社会保障局科目", "功能科目名称", "金额"], *BODY[1:])
    assert d.tables["B05"].department == "唐山高新技术产业开发区人力资源和社会保障局"


def test_a_rest_of_eight_characters_in_the_unit_cell():
    """Up to 8 characters after the unit finish the name ('常务委员会办公厅'); 9 are not a name's rest."""
    assert _under_title(["部门名称：江苏省人大"], ["金额单位：万元常务委员会办公厅"])[:2] == ("江苏省人大常务委员会办公厅", "万元")
    assert _under_title(["部门名称：江苏省人大"], ["金额单位：万元人大常务委员会办公厅"])[:2] == ("江苏省人大", "万元")
