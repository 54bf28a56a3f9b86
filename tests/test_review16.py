"""Session 16 review items the lead fixed (s16rev REPORT1; repros in /tmp/s16rev/repro): 部门预算 in the 财政部
eight-table form of a department that carries funds over or has 事业单位 columns. Each test fails on a0916e9."""

from __future__ import annotations

import copy

import pytest

from test_review11_budget import _check, _tables, _xlsx, _docx

WRITERS = {"xlsx": _xlsx, "docx": _docx}


# where the 20.00 carried over is spent: 住房公积金 (a 基本支出) or 一般行政管理事务 (a 项目支出), with the 收入总表's
# 一般公共预算拨款收入 of those rows less the 20.00
INTO = {"221": {"": "2,210.50", "221": "80.00", "22102": "80.00", "2210201": "80.00"},
        "201": {"": "2,210.50", "201": "1,930.20", "20101": "1,930.20", "2010102": "460.00"}}


def _carry_over(b02_head: str = "上年结转结余", b04_head_figure: str = "20.00", into: str = "221"):
    """The 北京式 sample with 20.00 万元 of 一般公共预算 carried over from last year into 住房公积金 (2210201) or
    一般行政管理事务 (2010102): the 收支总表's 上年结转结余, a 收入总表 column of its own, and the 财政拨款收支总表's
    二、上年结转 block (the 财政部 template's). Every identity holds."""
    tables = copy.deepcopy(_tables())
    b1, b2, b4 = tables[0], tables[1], tables[3]
    b1.rows[2][1] = "2,210.50"
    b1.rows[7][1] = "2,280.50"
    b1.rows[8][1] = "20.00"
    for row in b2.rows:
        row.insert(3, "")
    b2.rows[0][3] = b02_head
    for row in b2.rows[1:]:
        if row[0] in INTO[into]:
            row[3] = "20.00"
            row[4] = INTO[into][row[0]]
    b4.rows[2:] = [
        ["一、本年收入", "2,250.50", "一、本年支出", "2,270.50", "2,230.50", "40.00", ""],
        ["（一）一般公共预算拨款", "2,210.50", "（一）一般公共服务支出", "1,950.20", "1,950.20", "", ""],
        ["（二）政府性基金预算拨款", "40.00", "（二）社会保障和就业支出", "180.30", "180.30", "", ""],
        ["（三）国有资本经营预算拨款", "", "（三）城乡社区支出", "40.00", "", "40.00", ""],
        ["二、上年结转", b04_head_figure, "（四）住房保障支出", "100.00", "100.00", "", ""],
        ["（一）一般公共预算拨款", "20.00", "二、结转下年", "", "", "", ""],
        ["（二）政府性基金预算拨款", "", "", "", "", "", ""],
        ["收入总计", "2,270.50", "支出总计", "2,270.50", "2,230.50", "40.00", ""]]
    return tables


@pytest.mark.parametrize("head_figure", ["20.00", ""], ids=["heading-figure", "heading-blank"])
@pytest.mark.parametrize("fmt", list(WRITERS))
def test_fiscal_table_carry_over_block_is_the_funds_income(tmp_path, fmt, head_figure):
    """s16rev #1: '二、上年结转 / （一）一般公共预算拨款 20.00' is last year's 一般公共预算 money: the fund's income is
    本年 + 上年结转 (2,210.50 + 20.00 = 2,230.50 spent): no BGT406, no BGT401, whether the heading prints its sum."""
    d, found = _check(WRITERS[fmt](tmp_path / f"c.{fmt}", _carry_over(b04_head_figure=head_figure), False))
    assert d.stage == "预算"
    assert [(f.code, f.message) for f in found] == []


def test_fiscal_table_carry_over_wrong_part_still_found(tmp_path):
    tables = _carry_over()
    tables[3].rows[7][1] = "25.00"  # the carried-over 一般公共预算: 2,210.50 + 25.00 ≠ 2,230.50
    _d, found = _check(_xlsx(tmp_path / "w.xlsx", tables, False))
    assert "BGT406" in {f.code for f in found}


@pytest.mark.parametrize("head", ["上年结转结余", "上年结转", "上年结转资金", "上年财政拨款结转"])
def test_income_table_carry_over_column_is_a_source(tmp_path, head):
    """s16rev #2: the 收入总表's 上年结转 column is one of the sources its 合计 adds up (not figures under no column,
    and '上年财政拨款结转' is no second 财政拨款 column)."""
    d, found = _check(_xlsx(tmp_path / "h.xlsx", _carry_over(b02_head=head), False))
    assert not d.tables["B02"].unreliable
    assert [(f.code, f.message) for f in found] == []


def test_income_table_carry_over_column_counts_in_the_sum(tmp_path):
    tables = _carry_over()
    tables[1].rows[1][3] = "25.00"  # the 合计 row's 上年结转: 2,300.50 ≠ 25.00 + 2,210.50 + 40.00 + 30.00
    _d, found = _check(_xlsx(tmp_path / "s.xlsx", tables, False))
    assert [f.code for f in found if f.code == "BGT201"] == ["BGT201"]


def _operating_column(tables):
    """The 支出总表 with the 财政部 template's 事业单位 columns: 30.00 of 一般行政管理事务 is 事业单位经营支出."""
    b3 = tables[2]
    b3.rows[0] += ["上缴上级支出", "事业单位经营支出", "对附属单位补助支出"]
    for row in b3.rows[1:]:
        moved = row[0] in ("", "201", "20101", "2010102")
        if moved:
            row[4] = "520.00" if not row[0] else "480.00"
        row += ["", "30.00" if moved else "", ""]
    return tables


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_expense_table_operating_columns_are_read(tmp_path, fmt):
    """s16rev #3: 上缴上级支出 | 事业单位经营支出 | 对附属单位补助支出 beside 基本/项目 are parts of the row's 合计
    (not figures under no column: the table was left unchecked with a warning)."""
    d, found = _check(WRITERS[fmt](tmp_path / f"o.{fmt}", _operating_column(copy.deepcopy(_tables())), False))
    assert not d.tables["B03"].unreliable
    assert [(f.code, f.message) for f in found] == []


def test_expense_table_operating_column_wrong_part_found(tmp_path):
    tables = _operating_column(copy.deepcopy(_tables()))
    tables[2].rows[4][4] = "490.00"  # 2010102: 0 + 490.00 + 30.00 ≠ 510.00
    _d, found = _check(_xlsx(tmp_path / "w.xlsx", tables, False))
    assert "BGT301" in {f.code for f in found}


def _prior_execution(tables, wrong_basic: str | None = None):
    """The 中央 form's 一般公共预算支出表: 2023年执行数 | 2024年预算数 (小计 · 基本支出 · 项目支出) | 2024年预算数比2023年
    执行数 (增减额 · 增减%). Last year's figures and the change are context, this year's are checked."""
    b5 = tables[4]
    body = b5.rows[2:]
    rows = [["科目编码", "科目名称", "2023年执行数", "2024年预算数", "", "", "2024年预算数比2023年执行数", ""],
            ["", "", "", "小计", "基本支出", "项目支出", "增减额", "增减%"]]
    from decimal import Decimal

    for code, name, total, personnel, public, project in body:
        t = Decimal(total.replace(",", ""))
        basic = Decimal(personnel.replace(",", "") or 0) + Decimal(public.replace(",", "") or 0)
        prior = (t * Decimal("0.95")).quantize(Decimal("0.01"))
        change = t - prior
        rows.append([code, name, f"{prior:,.2f}", total, wrong_basic if wrong_basic and code == "2010101" else
                     (f"{basic:,.2f}" if basic else ""), project, f"{change:.2f}", f"{change / prior * 100:.2f}"])
    b5.rows = rows
    b5.head = 2
    b5.merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 7)]
    return tables


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_general_budget_table_with_last_years_execution_is_read(tmp_path, fmt):
    """s16rev #4: '2023年执行数' and '增减额/增减%' beside this year's 小计 · 基本支出 · 项目支出 are not figures under
    no column: the table is read (this year's group) and checked."""
    d, found = _check(WRITERS[fmt](tmp_path / f"p.{fmt}", _prior_execution(copy.deepcopy(_tables())), False))
    assert not d.tables["B05"].unreliable
    assert [(f.code, f.message) for f in found] == []


def test_general_budget_table_with_last_years_execution_error_found(tmp_path):
    tables = _prior_execution(copy.deepcopy(_tables()), wrong_basic="1,407.20")
    _d, found = _check(_xlsx(tmp_path / "w.xlsx", tables, False))
    assert "BGT501" in {f.code for f in found}


def _two_blocks(tables, word: str = "合计", wrong: str | None = None):
    """The 中央 form's 一般公共预算基本支出表 as two blocks side by side: 人员经费 (301, 303) ‖ 公用经费 (302), each
    科目编码 | 科目名称 | 金额, closed by '人员经费合计 | 公用经费合计' and a '合计' line."""
    left = [["301", "工资福利支出", "1,480.30"], ["30101", "基本工资", "700.00"], ["30102", "津贴补贴", "500.00"],
            ["30108", "机关事业单位基本养老保险缴费", "180.30"], ["30113", "住房公积金", wrong or "100.00"],
            ["303", "对个人和家庭的补助", "100.00"], ["30302", "退休费", "100.00"]]
    right = [["302", "商品和服务支出", "170.20"], ["30201", "办公费", "60.00"], ["30211", "差旅费", "40.00"],
             ["30217", "公务接待费", "5.20"], ["30231", "公务用车运行维护费", "15.00"], ["30299", "其他商品和服务支出", "50.00"]]
    right += [["", "", ""]] * (len(left) - len(right))
    b6 = tables[5]
    b6.rows = [["人员经费", "", "", "公用经费", "", ""], ["科目编码", "科目名称", "金额"] * 2] + [
        a + b for a, b in zip(left, right)] + [
        ["人员经费" + word, "", "1,580.30", "公用经费" + word, "", "170.20"], ["合计", "", "", "", "", "1,750.50"]]
    b6.head = 2
    b6.merges = [(0, 0, 0, 2), (0, 3, 0, 5)]
    return tables


@pytest.mark.parametrize("word", ["合计", "小计"])
@pytest.mark.parametrize("fmt", list(WRITERS))
def test_basic_table_in_two_blocks_is_read(tmp_path, fmt, word):
    """s16rev #13: '人员经费合计' closes the 人员经费 block (301 + 303), not the table (its 合计 is the line below)."""
    d, found = _check(WRITERS[fmt](tmp_path / f"k.{fmt}", _two_blocks(copy.deepcopy(_tables()), word), False))
    assert "B08" in d.tables and not d.tables["B08"].unreliable
    assert [(f.code, f.message) for f in found] == []


def test_basic_table_in_two_blocks_error_found(tmp_path):
    _d, found = _check(_xlsx(tmp_path / "w.xlsx", _two_blocks(copy.deepcopy(_tables()), wrong="110.00"), False))
    assert [(f.code, f.locations[0].row_label) for f in found if f.code.startswith("BG")] == [
        ("BGT001", "301 工资福利支出")]  # 301 ≠ 30101 + … + 30113; no block total taken for the table's


def test_jiangsu_carry_forward_in_expense_total(tmp_path):
    """s16rev #24: 江苏 公开03表's 合计 includes its 结转下年资金 column, so with money carried forward it equals 公开01表's
    当年支出小计 + 结转下年资金 (BGX106 took the 小计 alone). The sample with 500.00 carried in and forward, every table
    consistent: clean; a wrong 03 合计 still found."""
    from openpyxl import load_workbook

    from ci_helpers import SAMPLES

    def build(total03: float):
        wb = load_workbook(SAMPLES / "预算公开表-2019-江苏式-无误.xlsx")
        ws = wb.active
        assert ws["A29"].value == "上年结转资金" and ws["C29"].value == "结转下年资金" and ws["E54"].value == "结转下年资金"
        for cell, v in (("B29", 500.0), ("F29", 500.0), ("B30", 13877.11), ("F30", 13877.11), ("C37", 13877.11),
                        ("C47", 500.0), ("A55", total03), ("E55", 500.0)):
            ws[cell] = v
            ws[cell].number_format = "0.00"
        path = tmp_path / f"js{total03}.xlsx"
        wb.save(path)
        return _check(path)[1]

    assert [(f.code, f.message) for f in build(13877.11)] == []
    assert "BGX106" in {f.code for f in build(13977.11)}


def test_general_budget_table_of_this_years_grant_only(tmp_path):
    """The 一般公共预算支出表 of some regions lists only what this year's grant pays for (2,210.50, without the 20.00
    carried over into 一般行政管理事务's 项目支出), while the 财政拨款收支总表 spends both (2,230.50): BGX010/011 do not
    judge a table against the other when 一般公共预算 money is carried over (rules' skip_when)."""
    tables = _carry_over(into="201")
    b5 = tables[4]
    for row in b5.rows:
        if row[0] in ("", "201", "20101", "2010102"):
            row[2] = INTO["201"][row[0]]
            row[5] = "460.00"
    _d, found = _check(_xlsx(tmp_path / "g.xlsx", tables, False))
    assert [(f.code, f.message) for f in found] == []


def test_general_budget_table_still_judged_without_carry_over(tmp_path):
    tables = copy.deepcopy(_tables())
    for row in tables[4].rows:  # 一般行政管理事务 20.00 short in the 一般公共预算支出表, nothing carried over
        if row[0] in ("", "201", "20101", "2010102"):
            row[2] = INTO["201"][row[0]]
            row[5] = "460.00"
    _d, found = _check(_xlsx(tmp_path / "n.xlsx", tables, False))
    assert {"BGX010", "BGX011"} <= {f.code for f in found}


def test_carry_over_excuses_no_more_than_itself(tmp_path):
    """s16finA #3: with 20.00 carried over, a 一般公共预算支出表 1,000.00 short is still wrong (the two tables may differ
    by the carry-over at most: BGX010/011 are ranges, not skipped)."""
    tables = _carry_over(into="201")
    for row in tables[4].rows:
        if row[0] in ("", "201", "20101", "2010102"):
            row[2] = {"": "1,210.50", "201": "930.20", "20101": "930.20", "2010102": "460.00"}[row[0]]
            row[5] = "460.00"
            if row[0] == "2010102":
                row[2] = "460.00"
    _d, found = _check(_xlsx(tmp_path / "h.xlsx", tables, False))
    assert {"BGX010", "BGX011"} <= {f.code for f in found}


def _carry_inside_fiscal(tables):
    """s16finA #1: the 收入总表 with 上年结转 under the 财政拨款 group beside its 小计: 合计 | 财政拨款 (小计 · 本年拨款 ·
    上年结转) | 事业收入. The 小计 already holds the carry-over."""
    from decimal import Decimal as D

    b2 = tables[1]
    rows = [["科目编码", "科目名称", "合计", "财政拨款", "", "", "事业收入"], ["", "", "", "小计", "本年拨款", "上年结转", ""]]
    number = lambda s: D(s.replace(",", "")) if s else D(0)
    shown = lambda x: f"{x:,.2f}" if x else ""
    for r in b2.rows[1:]:
        now, carry = number(r[4]) + number(r[5]), number(r[3])
        rows.append([r[0], r[1], r[2], shown(now + carry), shown(now), shown(carry), r[6]])
    b2.rows, b2.head = rows, 2
    b2.merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    return tables


def test_income_table_carry_over_inside_the_fiscal_group_counted_once(tmp_path):
    _d, found = _check(_xlsx(tmp_path / "f.xlsx", _carry_inside_fiscal(_carry_over()), False))
    assert [(f.code, f.message) for f in found if f.code == "BGT201"] == []


@pytest.mark.parametrize("heading", ["二、上年财政拨款结转", "上年结转", "二、上年结转资金"])
def test_fiscal_table_carry_over_block_other_wordings(tmp_path, heading):
    """s16finA #4: the carry-over block's heading worded otherwise, or not numbered."""
    tables = _carry_over(b04_head_figure="")
    tables[3].rows[6][0] = heading
    _d, found = _check(_xlsx(tmp_path / "w.xlsx", tables, False))
    assert [(f.code, f.message) for f in found] == []


def test_category_split_not_judged_when_the_department_spends_otherwise(tmp_path):
    """s16finB #2 / s16rev r29: '社会保障和就业支出（类）315.17万元，其中：基本支出231.71万元，项目支出73.46万元' of a
    department whose 公开03表 also prints 经营支出 (10.00 in that 类) is a partial 其中, not a split that must add up:
    no TXT007. A department spending only as 基本/项目 keeps the check (the twin)."""
    from openpyxl import load_workbook

    from ci_helpers import SAMPLES

    def build(operating: bool):
        wb = load_workbook(SAMPLES / "情况说明与公开表-2019-无误.xlsx")
        ws = wb["公开01-05表"]
        head = next(r for r in range(1, ws.max_row + 1)
                    if {"本年支出合计", "经营支出"} <= {c.value for c in ws[r]})
        cols = {c.value: c.column for c in ws[head] if c.value}
        code_col = next(c.column for c in ws[head + 2] if c.value == "类")
        rows = [r for r in range(head + 1, ws.max_row + 1)
                if ws.cell(r, code_col).value in ("合计", "208") and ws.cell(r, code_col + 1).value in (None, "01")
                and ws.cell(r, code_col + 2).value in (None, "01")][:4]
        for r in rows if operating else ():
            ws.cell(r, cols["本年支出合计"]).value += 10
            ws.cell(r, cols["经营支出"]).value = 10
        text = wb["情况说明"]
        text.append(["六、支出决算情况说明"])
        total = "315.17" if operating else "315.17"  # the twin: 305.17 in the table, 315.17 in the text
        text.append([f"2019年度本部门社会保障和就业支出（类）{total}万元，其中：基本支出231.71万元，项目支出73.46万元。"])
        path = tmp_path / f"op{operating}.xlsx"
        wb.save(path)
        from govaudit.engine.runner import run_rules
        from govaudit.readers import read_workbook
        from govaudit.recognize.disclosure import recognize

        return [f.code for f in run_rules(recognize(read_workbook(path))) if f.severity.value == "error"]

    assert "TXT007" not in build(True)
    assert "TXT007" in build(False)


def _text_errors(tmp_path, lines, sample="情况说明与公开表-2019-无误.xlsx", sheet="情况说明"):
    from openpyxl import load_workbook

    from ci_helpers import SAMPLES
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    wb = load_workbook(SAMPLES / sample)
    ws = wb[sheet] if sheet in wb.sheetnames else wb.create_sheet(sheet)
    for line in lines:
        ws.append([line])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    return [(f.code, f.message) for f in run_rules(recognize(read_workbook(path))) if f.severity.value == "error"]


@pytest.mark.parametrize("lines", [
    ["二、收入决算情况说明：本部门2019年度总收入6063.99万元。", "本部门2019年度收入总额6598.33万元（含年初结转和结余534.34万元）。"],
    ["三、支出决算情况说明：本部门2019年度支出总额6598.33万元。", "本部门2019年度总支出6101.24万元。"],
])
def test_either_whole_stated_in_both_meanings_is_no_contradiction(tmp_path, lines):
    """s16finB #1: 总收入/收入总额 may mean 本年收入合计 or 收入总计; a 说明 using both meanings, each right, draws no TXT002."""
    assert _text_errors(tmp_path, lines) == []


def test_fiscal_heading_bare_totals_with_their_funds_listed(tmp_path):
    """s16finB #3: under '二、财政拨款收支预算情况', '收入预算2082.33万元，其中：一般公共预算1817.33万元，政府性基金预算265.00
    万元' lists 财政拨款's own funds: the bare 收入预算 is still 财政拨款's (2082.33), not the department's 收入总计 (2129.93,
    with 事业收入 and 其他收入); a wrong fund total is still found."""
    lines = ["一、收支预算总体情况", "2026年收入预算2129.93万元，支出预算2129.93万元。", "二、财政拨款收支预算情况",
             "2026年收入预算2082.33万元，其中：一般公共预算1817.33万元，政府性基金预算265.00万元。",
             "支出预算2082.33万元，其中：一般公共预算拨款支出1817.33万元，政府性基金预算拨款支出265.00万元。"]
    sample = "预算公开表-2026-上海部门-无误.xlsx"
    assert _text_errors(tmp_path, lines, sample, "编制说明") == []
    wrong = lines[:3] + ["收入预算2092.33万元，其中：一般公共预算1817.33万元，政府性基金预算265.00万元。"]
    assert "TXT001" in {code for code, _m in _text_errors(tmp_path, wrong, sample, "编制说明")}


def test_page_header_copied_with_the_sheets_does_not_rename_them(tmp_path):
    """s16finC #2: every sheet's tab is its table's title and A1 is empty, but every page header says the first table's
    title (Excel copies the header with a copied sheet): each sheet is the table its tab names (was: only 公开01表 read,
    eight CMP007 and the other tables never checked)."""
    from openpyxl import load_workbook

    from ci_helpers import SAMPLES
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    wb = load_workbook(SAMPLES / "决算公开表-2024-上海式-无误.xlsx")
    first = wb.worksheets[0]["A1"].value
    for ws in wb.worksheets:
        ws.title = ws["A1"].value[:31].replace("“", "").replace("”", "")
        ws["A1"] = None
        ws.oddHeader.center.text = first
    path = tmp_path / "h.xlsx"
    wb.save(path)
    d = recognize(read_workbook(path))
    assert sorted(d.tables) == [f"{k:02d}" for k in range(1, 10)] and not d.duplicates


def test_table_declared_empty_while_04_shows_its_fund(tmp_path):
    """s16finC #1: 公开08表 printed as its title and '本表无数据' with no frame is a CMP001 warning, but 公开04表 shows
    政府性基金 money: XTB026 says the two disagree (an error, as for an empty frame)."""
    from openpyxl import load_workbook

    from ci_helpers import SAMPLES
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    wb = load_workbook(SAMPLES / "决算公开表-2024-上海式-无误.xlsx")
    ws = wb["08政府性基金"]
    for row in ws.iter_rows(min_row=3):
        for c in row:
            if type(c).__name__ == "Cell":
                c.value = None
    ws["A3"] = "注：本部门本年度没有政府性基金预算财政拨款收支，本表无数据。"
    path = tmp_path / "e.xlsx"
    wb.save(path)
    found = [(f.code, f.severity.value) for f in run_rules(recognize(read_workbook(path))) if f.severity.value != "info"]
    assert ("CMP001", "warning") in found and ("XTB026", "error") in found


def test_empty_note_in_a_total_row_without_heads(tmp_path):
    """s16finC #3: 公开09表 as its title, 部门 line and one row '合计 | 本部门无此项' (no heads): the note says the table
    is empty, so no error (was CMP001 '只有标题，没有表格')."""
    from openpyxl import load_workbook

    from ci_helpers import SAMPLES
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    wb = load_workbook(SAMPLES / "决算公开表-2024-上海式-无误.xlsx")
    ws = wb["09国有资本"]
    for rng in list(ws.merged_cells.ranges):
        if rng.min_row >= 3:
            ws.unmerge_cells(str(rng))
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.value = None
    ws["A3"], ws["C3"] = "合计", "本部门无此项"
    ws.merge_cells("C3:H3")
    path = tmp_path / "n.xlsx"
    wb.save(path)
    found = [(f.code, f.severity.value) for f in run_rules(recognize(read_workbook(path))) if f.severity.value != "info"]
    assert not [x for x in found if x[1] == "error"], found


@pytest.mark.parametrize("said,wrong", [("30.00", False), ("20.00", True)])
def test_budget_text_operating_expense_against_the_expense_table(tmp_path, said, wrong):
    """s16rev r7b: a 预算's '事业单位经营支出X万元' is held against the 支出总表's 事业单位经营支出 column (read since
    #3): the right figure is clean, a wrong one is TXT001."""
    from openpyxl import load_workbook

    path = _xlsx(tmp_path / "b.xlsx", _operating_column(copy.deepcopy(_tables())), False)
    wb = load_workbook(path)
    ws = wb.create_sheet("编制说明", 0)
    for line in ("三、支出预算情况",
                 f"2024年支出预算2,300.50万元，其中：基本支出1,750.50万元，项目支出520.00万元，事业单位经营支出{said}万元。"):
        ws.append([line])
    wb.save(path)
    codes = [f.code for f in _check(path)[1] if f.severity.value == "error"]
    assert ("TXT001" in codes) == wrong and (not codes or wrong), codes
