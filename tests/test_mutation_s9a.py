"""Issue 14, session 9 (s9mutA): mutants of the lines session 8 changed in recognize/claims.py (基本/项目支出 scoped by
the last whole stated, "X中，", "…预算中，", 比上年预算, 分别为 lists), checks/narrative.py and the 预算 two-sided
tables' wrapped names (recognize/budget_tables.py) that no test noticed. Each test states one behaviour of the
code as it is; claims are read in memory (fast)."""

from __future__ import annotations

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims


def claims(*texts: str, year: int = 2019):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year).claims


def amounts(*texts: str, year: int = 2019):
    """(subject, as written, known, amount) of every amount claim."""
    return [(c.subject, c.subject_text, c.known, c.amount.text) for c in claims(*texts, year=year) if c.kind == "amount"]


# ---------------------------------------------------------------- 基本支出/项目支出: whose part after a whole


def test_after_a_share_of_the_departments_whole_a_basic_spending_is_no_funds_part():
    """“占支出合计的Z%” names the department's whole (any of its names but the bare 本年支出): the 基本支出 after it is
    not certainly the fund's, so it is not judged as the fund's 基本支出."""
    for whole in ("支出合计", "本年支出合计", "支出总计", "收支总计"):
        got = amounts(f"一般公共预算财政拨款支出2116.25万元，占{whole}的34.69%，基本支出1500.00万元。")
        assert got[-1] == ("", "基本支出", False, "1500.00万元"), whole
    # with no whole of the department named, the fund's own
    assert amounts("一般公共预算财政拨款支出2116.25万元，基本支出1500.00万元。")[-1] == (
        "一般公共预算财政拨款基本支出", "基本支出", True, "1500.00万元")


# ---------------------------------------------------------------- 预算 B01: a row name wrapped below its figure

B01_HEAD = [["2025年部门财务收支预算总表"], ["编制部门：某局", None, None, "单位：元"],
            ["收入", None, "支出", None], ["项目", "预算数", "项目", "预算数"]]


def b01_table(rows: list[list], head: list[list] = B01_HEAD):
    from test_budget_pdf_shapes import run

    d, _ = run(head + rows)
    return d.tables["B01"]


def b01_rows(rows: list[list], head: list[list] = B01_HEAD):
    """(row, side, key, label, amount) of every row of a B01 built in memory as the PDF reader hands it over."""
    return [(r.row, r.side, r.key, r.label, str(r.cells["amount"].value)) for r in b01_table(rows, head).rows]


def test_a_wrapped_expense_name_joins_its_continuation_in_a_table_lower_on_its_sheet():
    """A line of text and blank lines above the table (its rows are 9–12, its names in columns 1 and 3): the name's
    line is found by its row number (not its column's)."""
    table = b01_table([["本表反映本部门2025年收支预算情况。"], [None], [None], [None]] + B01_HEAD + [["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                       ["1、一般公共预算资金", "180", "二、社会保障和就", "80"],
                       [None, None, "业支出", None],
                       ["收入总计", "180", "支出总计", "180"]], head=[])
    row = next(r for r in table.rows if r.row == 10 and r.side == 1)
    assert (row.key, row.label, str(row.cells["amount"].value)) == ("208", "二、社会保障和就业支出", "80")
    # the figure's place is labelled with the whole name
    assert row.cells["amount"].source.row_label == "二、社会保障和就业支出"


def test_an_unknown_name_on_the_tables_last_line_is_a_row_of_its_own():
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                    ["收入总计", "180", "支出总计", "180"],
                    [None, None, "某某专项", "80"]])
    assert got[-1] == (7, 1, "label:某某专项", "某某专项", "80")


def test_a_line_with_its_own_figure_is_no_continuation():
    """'二、社会保障和就 40' / '业支出 40': two rows each with its figure — the first is not renamed 社会保障和就业支出."""
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                    ["1、一般公共预算资金", "180", "二、社会保障和就", "40"],
                    [None, None, "业支出", "40"],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 1, "label:二、社会保障和就", "二、社会保障和就", "40") in got
    assert not any(key == "208" for _r, _s, key, _l, _a in got)


def test_a_wrapped_name_after_an_unknown_name_with_its_own_next_line_is_still_joined():
    """The income name 某某补助's next line is a row of its own on that side; the wrapped expense name two lines later is
    still joined (one row that cannot be joined does not end the search)."""
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "100"],
                    ["某某补助", "20", "某某事务", "1"],
                    ["1、一般公共预算资金", "160", "二、社会保障和就", "79"],
                    [None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (7, 1, "208", "二、社会保障和就业支出", "79") in got
    assert (6, 0, "label:某某补助", "某某补助", "20") in got


def test_an_unknown_name_above_an_empty_cell_keeps_its_name():
    got = b01_rows([["一、财政拨款收入", "160", "一、一般公共服务支出", "100"],
                    ["某某补助", "20", "二、社会保障和就业支出", "80"],
                    [None, None, "三、住房保障支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 0, "label:某某补助", "某某补助", "20") in got


def test_a_wrapped_name_that_names_nothing_the_form_knows_keeps_its_first_line():
    """'二、某某专 80' / '项': “某某专项” is no row the form knows — the row keeps its own name and key (it is not
    renamed to a name with no key); a wrapped name below it is still joined."""
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "20"],
                    ["1、一般公共预算资金", "180", "二、某某专", "80"],
                    [None, None, "项", None],
                    [None, None, "三、社会保障和就", "80"],
                    [None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 1, "label:二、某某专", "二、某某专", "80") in got
    assert (8, 1, "208", "三、社会保障和就业支出", "80") in got


def test_a_known_name_on_the_next_line_is_no_continuation_even_without_a_figure():
    """'二、某某 20' / '财政专户管理资金' (no figure): the second line is a name of its own, so the first is not read
    as “某某财政专户管理资金”; a wrapped expense name below the same lines is still joined."""
    got = b01_rows([["一、财政拨款收入", "160", "一、一般公共服务支出", "100"],
                    ["二、某某", "20", None, None],
                    ["财政专户管理资金", None, None, None],
                    [None, None, "二、社会保障和就", "80"],
                    [None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 0, "label:二、某某", "二、某某", "20") in got
    assert (8, 1, "208", "二、社会保障和就业支出", "80") in got


def test_a_numbered_line_without_a_figure_is_no_continuation_and_later_names_are_still_joined():
    got = b01_rows([["一、财政拨款收入", "180", "一、一般公共服务支出", "20"],
                    [None, None, "二、某某专项", "80"],
                    [None, None, "三、住房保障支出", None],
                    [None, None, "四、社会保障和就", "80"],
                    [None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 1, "label:二、某某专项", "二、某某专项", "80") in got
    assert (8, 1, "208", "四、社会保障和就业支出", "80") in got


def test_a_fragment_whose_joined_name_is_printed_elsewhere_is_left_and_later_names_are_still_joined():
    """'二、社会保障和就 40' / '业支出' while the table also prints 社会保障和就业支出 with its own figure: the fragment is
    not that row; a wrapped 住房保障支出 below is still joined."""
    got = b01_rows([["一、财政拨款收入", "180", "一、社会保障和就业支出", "60"],
                    [None, None, "二、社会保障和就", "40"],
                    [None, None, "业支出", None],
                    [None, None, "三、住房保", "80"],
                    [None, None, "障支出", None],
                    ["收入总计", "180", "支出总计", "180"]])
    assert (6, 1, "label:二、社会保障和就", "二、社会保障和就", "40") in got
    assert (8, 1, "221", "三、住房保障支出", "80") in got


JIANGSU_B01_HEAD = [["收支预算总表"], ["部门：江苏省某厅", None, None, None, None, "单位：万元"],
                    ["收入", None, "支出", None, None, None],
                    ["项目", "预算数", "项目", "预算数", "项目", "预算数"]]


def test_in_the_third_block_a_wrapped_name_is_never_joined_into_a_functional_category():
    """江苏 01's third block lists 用途 (基本支出, 项目支出, 预留机动经费): a fragment there that would join into a 功能
    类 name (社会保障和就业支出) is not that 类's row."""
    got = b01_rows([["一、一般公共预算拨款收入", "180", "一、一般公共服务支出", "100", "一、基本支出", "100"],
                    [None, None, "二、教育支出", "80", "二、项目支出", "60"],
                    [None, None, None, None, "三、社会保障和就", "20"],
                    [None, None, None, None, "业支出", None],
                    ["收入总计", "180", "支出总计", "180", "支出总计", "180"]], JIANGSU_B01_HEAD)
    assert (7, 2, "label:三、社会保障和就", "三、社会保障和就", "20") in got
