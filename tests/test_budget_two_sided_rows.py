"""Rows of a 预算 two-sided 收支总表 (B01) that a clean table must not turn into a false sum error: a 功能 name wrapped
onto a second line with its figure on the first, and the 收入 row 用事业基金弥补收支差额 (recognize/budget_tables.py,
budget_specs.B01_INCOME). Each file is a ruled PDF page written here and read as `govaudit check` reads it."""

from __future__ import annotations

from pathlib import Path

from govaudit.engine.runner import run_rules
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter


def _b01(tmp_path: Path, rows: list[list[str]]):
    w = PdfWriter()
    p = w.page()
    p.text(150, 40, "2025年部门财务收支预算总表", 14)
    p.text(40, 70, "编制部门：某局")
    p.text(450, 70, "单位：元")
    p.grid(40, 90, [150, 100, 150, 100], [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"]] + rows,
           merges=[(0, 0, 0, 1), (0, 2, 0, 3)])
    path = w.save(tmp_path / "收支总表.pdf")
    d = recognize(read_workbook(path))
    return d.tables["B01"], [(f.code, f.expected, f.actual) for f in run_rules(d) if f.severity.value == "error"]


def _wrapped(total: str):
    return [["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
            ["1、一般公共预算资金", "180", "二、社会保障和就", "80"],  # the name wraps; its figure stays on line one
            ["", "", "业支出", ""],
            ["收入总计", "180", "支出总计", total]]


def test_a_function_name_wrapped_below_its_figure_is_one_row_and_the_clean_table_draws_no_error(tmp_path):
    table, errors = _b01(tmp_path, _wrapped("180"))
    row = next(r for r in table.rows if r.side == 1 and r.label.startswith("二、"))
    assert (row.key, row.label, str(row.cells["amount"].value)) == ("208", "二、社会保障和就业支出", "80")
    assert row.cells["amount"].source.row_label == "二、社会保障和就业支出"
    assert errors == []


def test_a_wrapped_name_still_counts_against_a_wrong_total(tmp_path):
    _, errors = _b01(tmp_path, _wrapped("190"))
    assert errors == [("BGT101", "180", "190"), ("BGT104", "180", "190")]


def test_a_numbered_line_below_a_figure_is_its_own_row_not_a_continuation(tmp_path):
    # '三、住房保障支出' with no figure is a row of its own: the unknown name above keeps its own key
    table, _ = _b01(tmp_path, [["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                              ["", "", "二、某某专项", "80"],
                              ["", "", "三、住房保障支出", ""],
                              ["收入总计", "180", "支出总计", "180"]])
    keys = [r.key for r in table.rows if r.side == 1]
    assert "label:二、某某专项" in keys and "221" not in keys


def test_the_fund_used_to_cover_a_deficit_is_part_of_the_income_total(tmp_path):
    table, errors = _b01(tmp_path, [["一、财政拨款收入", "150", "一、一般公共服务支出", "180"],
                                    ["1、一般公共预算资金", "150", "", ""],
                                    ["用事业基金弥补收支差额", "30", "", ""],
                                    ["收入总计", "180", "支出总计", "180"]])
    assert next(r.key for r in table.rows if r.label == "用事业基金弥补收支差额") == "income.fund_cover"
    assert errors == []


def test_the_uncovered_deficit_row_counts_against_a_wrong_income_total(tmp_path):
    _, errors = _b01(tmp_path, [["一、财政拨款收入", "150", "一、一般公共服务支出", "190"],
                                ["1、一般公共预算资金", "150", "", ""],
                                ["使用非财政拨款结余", "30", "", ""],
                                ["收入总计", "190", "支出总计", "190"]])
    assert errors == [("BGT102", "180", "190")]


def test_an_income_name_wrapped_below_its_figure_is_joined_too(tmp_path):
    table, errors = _b01(tmp_path, [["一、财政拨款收入", "150", "一、一般公共服务支出", "180"],
                                    ["1、一般公共预算资金", "150", "", ""],
                                    ["二、事业单位经营收", "30", "", ""],
                                    ["入", "", "", ""],
                                    ["收入总计", "180", "支出总计", "180"]])
    assert [r.key for r in table.rows if r.side == 0 and r.label.startswith("二、")] == ["income.operating"]
    assert errors == []


def test_a_fragment_is_not_joined_into_a_row_the_table_already_has(tmp_path):
    # the joined name '社会保障和就业支出' is already a row of the table: the fragment is not given its key twice
    table, _ = _b01(tmp_path, [["一、财政拨款收入", "180", "一、社会保障和就业支出", "100"],
                              ["", "", "二、社会保障和就", "80"],
                              ["", "", "业支出", ""],
                              ["收入总计", "180", "支出总计", "180"]])
    assert [r.key for r in table.rows if r.side == 1] == ["208", "label:二、社会保障和就", "expense_grand_total"]


def test_a_line_the_form_names_by_itself_is_no_continuation(tmp_path):
    table, _ = _b01(tmp_path, [["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                              ["", "", "二、某某", "80"],
                              ["", "", "基本支出", ""],  # a row of the form's own, with no figure
                              ["收入总计", "180", "支出总计", "180"]])
    assert "label:二、某某" in [r.key for r in table.rows if r.side == 1]
