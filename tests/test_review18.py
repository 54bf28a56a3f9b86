"""Session 18 review items fixed by the lead (s18rev: /tmp/s18rev/REPORT1.md). Each test fails on the code before its fix."""

from __future__ import annotations

import pytest

from test_review11_budget import _check

DEPT = "国家体育运动管理总局"
INCOME = [["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "事业收入"], ["合计", "", "300.00", "200.00", "100.00"],
          ["207", "文化旅游体育与传媒支出", "300.00", "200.00", "100.00"], ["20708", "体育", "300.00", "200.00", "100.00"],
          ["2070801", "行政运行", "300.00", "200.00", "100.00"]]
SPENDING = [["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"], ["合计", "", "280.00", "180.00", "100.00"],
            ["207", "文化旅游体育与传媒支出", "280.00", "180.00", "100.00"], ["20708", "体育", "280.00", "180.00", "100.00"],
            ["2070801", "行政运行", "280.00", "180.00", "100.00"]]
TABLES = [("收入决算表", "公开02表", INCOME), ("支出决算表", "公开03表", SPENDING)]


def _meta_docx(path, sep):
    import docx

    doc = docx.Document()
    for title, code, rows in TABLES:
        doc.add_paragraph(title)
        doc.add_paragraph(f"部门：{DEPT}{sep}{code}{sep}单位：万元")
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    doc.save(path)
    return path


def _meta_xlsx(path, sep):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, code, rows in TABLES:
        ws = book.create_sheet(code)
        ws.append([title])
        ws.append([f"部门：{DEPT}{sep}{code}{sep}单位：万元"])
        for row in rows:
            ws.append([float(v) if v[:1].isdigit() and "." in v else v or None for v in row])
    book.save(path)
    return path


@pytest.mark.parametrize("sep", ["\t", "　　　　", "    "])
@pytest.mark.parametrize("write", [_meta_docx, _meta_xlsx], ids=["docx", "xlsx"])
def test_the_tables_code_on_the_department_line_is_no_part_of_the_name(tmp_path, write, sep):
    """s18rev r1: '部门：某局<TAB>公开02表<TAB>单位：万元' (the 部门, the table's code and the unit on one line) read the code
    into the name: '国家体育运动管理总局公开03表' ≠ '…公开02表', a false CMP003 [错误] for every table after the first."""
    d, found = _check(write(tmp_path / ("t" + write.__name__[-5:].replace("_", ".")), sep))
    assert {t.department for t in d.tables.values()} == {DEPT} and len(d.tables) == 2
    assert [f.code for f in found if f.code != "CMP001"] == []  # (CMP001: the other seven tables are missing)


def test_a_department_named_with_table_and_digit_keeps_its_name(tmp_path):
    """A '公开NN表' is cut from the name wherever it stands, '表二'/'附表2' at its end (s18rev r18); a name holding '表'
    and a digit stays whole."""
    from govaudit.recognize.grid import Meta, read_meta
    from govaudit.readers.base import Cell

    for line, name in ((f"部门：{DEPT} 公开 3 表 单位：万元", DEPT), ("部门：某某报表3中心", "某某报表3中心"),
                       (f"部门：{DEPT}\t表二\t单位：万元", DEPT), (f"部门：{DEPT}　　附表2　　单位：万元", DEPT),
                       (f"部门：{DEPT}　表3-1", DEPT), ("部门：某县人民代表大会常务委员会", "某县人民代表大会常务委员会"),
                       (f"部门：{DEPT}公开2表", DEPT)):
        meta = Meta()
        read_meta([Cell(row=1, col=1, value=line)], meta)
        assert meta.department == name, line


def _book(path, sheets):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def _tables_of(path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    return recognize(read_workbook(path)).tables


SANGONG_ROWS = [["合计", 881.65, 1020, 849.8], ["1.因公出国（境）费", 498.2, 520, 412.6],
                ["2.公务用车购置及运行维护费", 281.35, 390, 350.88], ["\u3000（1）公务用车购置费", None, 90, 85.4],
                ["\u3000（2）公务用车运行维护费", 281.35, 300, 265.48], ["3.公务接待费", 102.1, 110, 86.32]]


@pytest.mark.parametrize("heads", [["上年决算数", "本年预算数", "本年决算数"], ["上年决算数", "预算数", "决算数"],
                                   ["预算数", "决算数", "上年决算数"], ["2018年决算数", "预算数", "决算数"]])
def test_a_vertical_sangong_tables_last_year_column_is_not_this_years(tmp_path, heads):
    """s18rev r15: a vertical 公开07表 '项目 | 上年决算数 | 本年预算数 | 本年决算数' was read with 上年决算数 as the 决算数:
    8 false TXT001/TXT011 on true sentences. Last year's column is no period of this year's (wherever it stands)."""
    order = {h: i for i, h in enumerate(["上年决算数", "本年预算数", "本年决算数"])}
    index = [order[{"预算数": "本年预算数", "决算数": "本年决算数", "2018年决算数": "上年决算数"}.get(h, h)] for h in heads]
    rows = [[label, *(figures[i] for i in index)] for label, *figures in SANGONG_ROWS]
    path = _book(tmp_path / "t.xlsx", [("表7", [["一般公共预算财政拨款“三公”经费支出决算表", None, None, "公开07表"],
                                                ["部门：某某局", "2019年度", None, "单位：万元"], ["项目", *heads], *rows])])
    table = _tables_of(path)["07"]
    values = {r.key: {k: (c.value if c else None) for k, c in r.cells.items()} for r in table.rows}
    assert str(values["final"]["total"]) == "849.8" and str(values["budget"]["total"]) == "1020"
    assert str(values["final"]["abroad"]) == "412.6"


@pytest.mark.parametrize("heads", [["上年预算数", "本年预算数"], ["2024年预算数", "预算数"]])
def test_a_vertical_budget_sangong_tables_last_year_column_is_not_this_years(tmp_path, heads):
    """s18rev r16: the 预算 三公 table '项目 | 上年预算数 | 本年预算数' was read with 上年预算数 as this year's: 5 false TXT001;
    r24: the same with '2024年预算数 | 预算数' in a 2025 table."""
    rows = [["合计", 120.5, 98.2], ["因公出国（境）费", 30, 20], ["公务用车购置及运行费", 43.2, 14.5],
            ["其中：公务用车购置费", 20, 0], ["公务用车运行费", 23.2, 14.5], ["公务接待费", 47.3, 63.7]]
    path = _book(tmp_path / "t.xlsx", [("三公", [["2025年一般公共预算“三公”经费支出预算表"], ["编制部门：某某局", None, "单位：万元"],
                                                 ["项目", *heads], *rows])])
    table = next(t for t in _tables_of(path).values() if t.kind == "B09")
    budget = next(r for r in table.rows if r.key == "budget")
    # (its 合计 is the “三公”经费, keyed as in the one-row layout since budfix s26: budget_tables._sanggong_total)
    assert str(budget.cells["sanggong"].value) == "98.2"


def test_a_comparison_columns_year_is_not_the_tables_year(tmp_path):
    """s18rev r17: '2025年部门一般公共预算支出功能分类预算表' with a column headed '2024年预算数' beside '一般公共预算支出'
    took 2024 as the table's year: a false CMP004 [错误]. A band's year counts only on a line of its own."""
    path = _book(tmp_path / "t.xlsx", [("表", [
        ["2025年部门一般公共预算支出功能分类预算表"], ["编制部门：某某局", None, None, None, "单位：万元"],
        ["项目", None, "2024年预算数", "一般公共预算支出", None, None],
        ["功能分类科目编码", "功能分类科目名称", None, "合计", "基本支出", "项目支出"],
        ["208", "社会保障和就业支出", 90, 100, 60, 40], ["20802", "民政管理事务", 90, 100, 60, 40],
        ["2080201", "行政运行", 90, 100, 60, 40], [None, "合计", 90, 100, 60, 40]])])
    tables = _tables_of(path)
    assert [t.year for t in tables.values()] == [2025]


@pytest.mark.parametrize("prior", ["上年“三公”经费预算数", "上年度“三公”经费预算数", "上年预算数"])
def test_shanghai_sangong_groups_of_two_years(tmp_path, prior):
    """s18rev r21: 上海's 三公 table with groups '上年“三公”经费预算数 | 本年“三公”经费预算数' was read with last year's group
    as this year's: 6 false TXT001 on true sentences. A group head '上年…预算数' is last year's (not '上年结转…')."""
    path = _book(tmp_path / "t.xlsx", [("三公", [
        ["2025年部门“三公”经费和机关运行经费预算表"], ["编制部门：某某局", *[None] * 11, "单位：万元"],
        [prior, None, None, None, None, None, "本年“三公”经费预算数", None, None, None, None, None, "机关运行经费预算数"],
        ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", None, None,
         "合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", None, None, None],
        [None, None, None, "小计", "购置费", "运行费", None, None, None, "小计", "购置费", "运行费", None],
        [50.4, 5, 2.2, 43.2, 28, 15.2, 16.5, None, 2, 14.5, None, 14.5, 268.54]])])
    table = next(t for t in _tables_of(path).values() if t.kind == "B09")
    budget = next(r for r in table.rows if r.key == "budget")
    assert str(budget.cells["sanggong"].value) == "16.5" and str(budget.cells["reception"].value) == "2"


def test_a_carried_over_column_is_not_last_years():
    from govaudit.recognize.tables import is_prior_year

    assert is_prior_year(["上年“三公”经费预算数"]) and is_prior_year(["上年决算数"])
    assert not any(is_prior_year([h]) for h in ("上年结转", "上年结转结余", "上年结余资金预算数", "上年结转预算数"))


def test_a_missing_general_budget_table_is_not_read_as_zeros(tmp_path):
    """s18rev r22: a 部门预算 without its 一般公共预算支出表 drew, besides BGC001, BGX010/BGX011 [错误] on every 类 of the
    财政拨款收支总表 against 0 ('《财政拨款收支预算总表》没有该科目（按空白计），应不超过 0'): the rule's right side is that
    table's 类 plus B04's 上年结转, and the allowance alone was taken for the side."""
    from test_review11_budget import _tables, _xlsx

    tables = [t for t in _tables() if not t.title.endswith("一般公共预算支出表")]
    d, found = _check(_xlsx(tmp_path / "t.xlsx", tables, False))
    assert "B05" not in d.tables and "B04" in d.tables
    assert [f.code for f in found] == ["BGC001"]


# ---- s18finA (final review of this session's table changes)
def test_last_years_column_of_a_budget_table_is_not_summed_by_level(tmp_path):
    """s18finA #3: the 2023年执行数 column kept as 'prior' (for BGT011/012) was summed by 类/款/项 (BGT001): a 项 spent last
    year but not budgeted this year is not printed, so its 款's 执行数 holds more than the 项 shown. Was a false BGT001."""
    from decimal import Decimal

    from test_layout_s18 import _with_changes
    from test_review11_budget import _xlsx

    tables = _with_changes()
    rows = tables[4].rows
    item = next(r for r in rows[1:] if len(r[0]) == 7)
    for r in rows[1:]:
        if r[0] in (item[0][:3], item[0][:5], ""):
            p, n = Decimal(r[2].replace(",", "")) + 10, Decimal(str(r[3]).replace(",", ""))
            r[2], r[4], r[5] = f"{p:,.2f}", f"{n - p:,.2f}", f"{(n / p - 1) * 100:.2f}%"
    _d, found = _check(_xlsx(tmp_path / "t.xlsx", tables, False))
    assert [f.code for f in found] == []


@pytest.mark.parametrize("head", ["为上年%", "比上年%", "为上年的%"])
def test_a_rate_column_printed_as_a_ratio_is_not_a_wrong_growth_rate(tmp_path, head):
    """s18finA #1: '为上年%' (本年 ÷ 上年, 101.83) was checked as the growth rate (1.83): 11 false BGT012. A ratio is
    accepted; a wrong one is still found."""
    from decimal import Decimal

    from test_layout_s18 import _with_changes
    from test_review11_budget import _xlsx

    for wrong in (False, True):
        tables = _with_changes()
        rows = tables[4].rows
        rows[0][5] = head
        for r in rows[1:]:
            r[5] = f"{Decimal(str(r[3]).replace(',', '')) / Decimal(r[2].replace(',', '')) * 100:.2f}%"
        if wrong:
            rows[1][5] = "103.83%"
        _d, found = _check(_xlsx(tmp_path / f"t{wrong}.xlsx", tables, False))
        assert [f.code for f in found] == (["BGT012"] if wrong and head == "比上年%" else []), head


@pytest.mark.parametrize("one_column", [False, True])
def test_a_fiscal_summary_listing_basic_and_project_spending_lacks_no_class(tmp_path, one_column):
    """s18finA #2: a 财政拨款收支总表 whose 支出 side lists 基本支出/项目支出 instead of 类 was taken to lack every 类:
    3 false BGX021 (BGX026 with a one-column 一般公共预算支出表) '没有该科目（按空白计），应不超过 0.00'."""
    from dataclasses import replace

    from test_review11_budget import _xlsx
    from test_review16 import _carry_over

    tables = _carry_over()
    rows = tables[3].rows
    rows[3][2:] = ["（一）基本支出", "1,500.00", "1,500.00", "", ""]
    rows[4][2:] = ["（二）项目支出", "770.50", "730.50", "40.00", ""]
    rows[5][2:] = rows[6][2:] = ["", "", "", "", ""]
    if one_column:
        b05 = tables[4]
        body = [r[:3] for r in b05.rows[b05.head:] if any(r[2:])]
        tables[4] = replace(b05, rows=[["科目编码", "科目名称", "2024年预算数"], *body], head=1, merges=[])
    d, found = _check(_xlsx(tmp_path / "t.xlsx", tables, False))
    assert {"use.basic", "use.project"} <= {r.key for r in d.tables["B04"].rows}
    assert [f.code for f in found] == []


# ---- s18finB (final review of this session's text changes): true sentences that drew errors
FIN_B_JUESUAN = [
    ("六、一般公共预算财政拨款基本支出决算情况", "公用经费34.89万元，其中办公费10.12万元，比上年9.00万元增加1.12万元。"),
    ("六、一般公共预算财政拨款基本支出决算情况",
     "人员经费741.82万元，比上年700.00万元增加41.82万元，其中基本工资151.23万元，比上年150.00万元增加1.23万元。"),
    (["十、其他重要事项的说明", "（一）机关运行经费支出情况"], "机关运行经费34.89万元，其中：公用经费34.89万元（办公费10.12万元、差旅费4.57万元）。"),
    (["十、其他重要事项的说明", "（一）机关运行经费支出情况"], "机关运行经费34.89万元，其中：公用经费34.89万元，一般公共预算财政拨款34.89万元。"),
    ("二、收入决算情况", "事业收入300.00万元，一般公共预算财政拨款收入2116.25万元，政府性基金预算财政拨款收入3947.74万元，两项合计6063.99万元。"),
    (["五、一般公共预算财政拨款支出决算情况", "（三）一般公共预算财政拨款支出决算具体情况"],
     "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）支出决算61.83万元。"
     "社会保障和就业支出（类）行政事业单位养老支出（款）支出决算108.26万元。"),
]


def test_true_juesuan_sentences_of_the_final_review_draw_nothing(tmp_path):
    """s18finB #1 (a 其中 part's last-year amount taken as the lead's base: false TXT001), #3 (a bracket of a part's parts,
    and a second breakdown of the same total, summed with the parts: false TXT007), #4 ('两项合计' after three parts:
    false TXT007), #5 (a 类+款 sentence after a 项's in one paragraph read as the 项's: false TXT001/TXT002)."""
    from test_narrative_heldout17 import _findings

    found = _findings(tmp_path, FIN_B_JUESUAN, "finb.xlsx", 2022)
    assert {text: got for text, got in found.items() if got} == {}


@pytest.mark.parametrize("text", ["2024年“三公”经费预算20.20万元，与2023年预计执行数相比，减少3.00万元。",
                                  "2024年“三公”经费预算20.20万元，比2023年支出减少3.00万元。",
                                  "2024年“三公”经费预算20.20万元，较2023年“三公”经费支出数减少3.00万元。"])
def test_a_budget_change_against_last_years_spending_is_not_held_against_its_budget(text):
    """s18finB #2: a change against last year's spending said before the change's own clause (or as 支出) was held
    against last year's 预算数 (TXT001 '本年预算数 20.20 − 上年预算数 22.00 = -1.80')."""
    import test_budget_text_s18 as s18
    from test_narrative_budget_heldout11 import _alone
    from test_narrative_budget_heldout17 import SANGONG

    assert _alone(s18.base(), text, SANGONG) == []
    assert _alone(s18.base(), "2024年“三公”经费预算20.20万元，比上年减少3.00万元。", SANGONG)  # (still judged)


# ---- s18finC (final review of this session's forms changes)
def test_two_stacked_forms_of_the_same_project_are_two(tmp_path):
    """s18finC #1: a name row repeating the form's own 项目名称 was taken for the heads printed again, also after the form's
    总分: a second unit's form of the same project stacked under it was swallowed, and its wrong 总分 never reported."""
    from test_forms_heldout_s11 import Pin, check, read_forms, xlsx_file
    from test_forms_heldout_s17 import form_hb

    upper, lower = form_hb(), form_hb(total=Pin("96"))
    lower["rows"][1] = ["主管部门", "湖北省农业农村厅", "<", "<", "<", "实施单位", "湖北省荆州市农业技术推广中心", "<", "<", "<"]
    lower["head"] = []
    path, _ = xlsx_file(tmp_path, upper, lower, gap=0, name="c.xlsx")
    assert len(read_forms(path)) == 2
    assert [f.code for f in check(path, tmp_path)] == ["PRF104"]


def _rate_row(tmp_path, edit, **figures):
    from test_forms_heldout_s11 import check, xlsx_file
    from test_forms_s18 import rate_row_form

    form = rate_row_form(**figures)
    edit(form["rows"])
    path, _ = xlsx_file(tmp_path, form)
    return [f.code for f in check(path, tmp_path) if f.severity.value != "info"]


def test_a_rate_indicator_row_scored_against_its_own_target_is_not_capped(tmp_path):
    """s18finC #2: '预算执行率 | ≥95% | 95.75% | 10 | 10' (the row's own target met: full marks) drew a false PRF107 warning
    (capped at 95.75 % × 10 = 9.58 as if the target were 100 %)."""
    def met(rows):
        rows[9] = [*rows[9][:3], "预算执行率", "≥95%", "95.75%", "10", "10"]

    assert _rate_row(tmp_path, met, score="10", total="97.00") == []


def test_a_last_years_spending_column_is_not_the_execution(tmp_path):
    """s18finC #3: a money-block column headed '上年支出数' was read as this year's 执行数: 3 false PRF004 and a PRF107."""
    def last_year(rows):
        rows[1][2] = "上年支出数"
        rows[2][2], rows[3][2], rows[4][2] = "580.00", "460.00", "120.00"

    assert _rate_row(tmp_path, last_year) == []


def test_an_indented_paragraph_after_a_flush_item_is_a_new_paragraph(tmp_path):
    """s18finC #4: '一、…' whose second line came back to the margin (no hanging indent), then a paragraph indented two
    characters (where the item's text starts): it was glued to the item as a hung line. Hung only while every line after
    the item's first hangs."""
    from pdf_writer import PdfWriter

    from govaudit.readers import read_workbook

    writer = PdfWriter()
    page = writer.page()
    body = "部门基本情况" + "本部门主要职能是贯彻执行国家和省市有关人力资源和社会保障工作的方针政策和法律法规" * 3
    after = "本年收入合计6063.99万元，比上年增加120.50万元，增长2.03%，主要原因是人员经费增加"
    for k, (x, text) in enumerate([(72, "一、" + body[:39]), (72, body[39:80]), (94, after[:38]), (72, after[38:] + "。")]):
        page.text(x, 72 + k * 16.5, text, 11)
    texts = [p.text for p in read_workbook(writer.save(tmp_path / "t.pdf")).paragraphs]
    assert texts[-1] == after + "。" and len(texts) == 2
