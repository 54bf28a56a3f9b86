"""Session 13 review (s13rev r4, r6–r9, r11, r12): tables whose header has two or more column (or row) groups.

A group of another year or stage is context, not the figure: '2024年预算数 | 2024年决算数' over the 三公 items (the
'2024年预算数' line was read as the table's year and dropped from the header, so the 预算 group was taken for the
决算), '年初预算数 [小计|基本|项目] | 决算数 [...]' (05: the first group won), '2025年执行数 [...] | 2026年预算数 [...] |
增长%' (预算: last year's 执行数 read as the budget, the rate summed as money), '2025年预算数 | 2026年预算数' (预算 三公),
rows '2023年决算数 / 2024年预算数 / 2024年决算数' (07: last year's row read as the 决算), 07 with 会议费/培训费 beside
“三公”经费 [小计 | …] (the 三公 小计 read as the 用车 小计, the grand 合计 as the 三公 total), and 02's
'财政拨款收入 [小计 | 其中：政府性基金预算财政拨款]' (a part read as the whole breakdown: TBL202).
First run on main (cc1ad67): 10 of 12 failed — every correct layout (false TBL202/TBL70x/TBL0xx/XTB0xx/BGT/BGX/CMP
errors, or the other group's figures recognised) and the wrong 决算 total under '2024年决算数' (TBL701 missed: the
决算 group was never read); the two other wrong-figure checks passed.
Held-out probes (s13cols, written before the second round, built with s13rev's generators, xlsx and docx; false
errors+warnings on base 4463aab / on the first landing 6d4538e / now): 07 year groups with 决算数比预算数增减 and
增减率 columns 0/0/0; 07 rows 上年决算数/本年预算数/本年决算数 6/6/0; 05 全年预算数 group + 决算数占全年预算数% 15/0/0;
05 决算数 group before 调整预算数 0/0/0; 预算 支出总表 2023年预算数 | 2024年预算数 | 增减额 | 增减% 1/1/0 (BGC006: the change
columns counted as figures under no heading); 预算 三公 as rows 项目 | 2023年预算数 | 2024年预算数 | 增减 2–3/0/0;
02 '其中：一般公共预算财政拨款' alone 4/0/0. The ones that moved are tests here (rows 上年…, 支出总表, 三公 rows).
Round 2, two-sided tables (base / first landing): 预算 收支总表 with 2023年预算数 | 2024年预算数 on each side 12/0; 公开01表
with 年初预算数 | 决算数 on each side 0/0; 公开04表 with 年初预算数 [合计|一般|基金|国资] | 决算数 [...] on the 支出 side
12/0 (both kept here as tests).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import budget_support
import wb
from helpers import problems

SG = ["total", "abroad", "car_total", "car_purchase", "car_run", "reception"]
SG_ITEMS = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"]
SG_CAR = ["", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]


def _rewrite(book, name, title, head, body, merges, *, unit="万元", code=None, year="2024年度", dept=wb.DEPT):
    """Replace sheet `name` by a table: title, 部门/单位 line, header rows `head`, rows `body`; merges are
    (r1, c1, r2, c2) counted from 0 at the first header row and the first column."""
    at = book.sheetnames.index(name)
    book.remove(book[name])
    w = wb.Writer(book.create_sheet(name, at))
    width = max(len(r) for r in head + body)
    w.title(title, width, code=code, unit=unit, year=year, dept=dept)
    top = w.row
    for r in head + body:
        w.line([v if v != "" else None for v in r])
    for r1, c1, r2, c2 in merges:
        w.merge(top + r1, c1 + 1, top + r2, c2 + 1)


def _check(tmp_path, book, name="决算公开表.xlsx"):
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(wb.save(book, tmp_path, name)))
    return d, run_rules(d)


def _audit(tmp_path, s, kind, head, body, merges, title=None):
    """The spec's workbook with table `kind` printed as head/body/merges: (disclosure, findings)."""
    book = wb.build(s)
    _rewrite(book, f"公开{kind}表", title or wb.TITLES[kind], head, body, merges, code=f"公开{kind}表")
    return _check(tmp_path, book)


def _assert_read_right(s, kind, d, findings):
    assert _figures(d, kind) == _expected(s, kind)
    assert problems(findings) == []


def _figures(d, kind):
    return {k: v for k, v in wb.recognised_figures(d).items() if k[0] == kind}


def _expected(s, kind):
    return {k: v for k, v in wb.expected_figures(s).items() if k[0] == kind}


def _sanshi_groups(b, f, bands):
    merges = [(0, 0, 0, 5), (0, 6, 0, 11)]
    for o in (0, 6):
        merges += [(1, o, 2, o), (1, o + 1, 2, o + 1), (1, o + 2, 1, o + 4), (1, o + 5, 2, o + 5)]
    head = [[bands[0]] + [""] * 5 + [bands[1]] + [""] * 5, SG_ITEMS * 2, SG_CAR * 2]
    return head, [[b[k] for k in SG] + [f[k] for k in SG]], merges


@pytest.mark.parametrize("bands", [("2024年预算数", "2024年决算数"), ("2024年度预算数", "2024年度决算数")])
def test_07_groups_named_with_the_year(tmp_path, bands):
    s = wb.spec()
    head, body, merges = _sanshi_groups(s["07"]["budget"], s["07"]["final"], bands)
    d, findings = _audit(tmp_path, s, "07", head, body, merges)
    _assert_read_right(s, "07", d, findings)
    assert d.tables["07"].year == 2024  # the year line, not the '2024年预算数' group


def test_07_wrong_final_in_year_groups_still_caught(tmp_path):
    s = wb.spec()
    final = dict(s["07"]["final"], total=8)
    head, body, merges = _sanshi_groups(s["07"]["budget"], final, ("2024年预算数", "2024年决算数"))
    _d, findings = _audit(tmp_path, s, "07", head, body, merges)
    assert "TBL701" in {p[0] for p in problems(findings)}


def _sanshi_rows_head():
    head = [["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"],
            ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]]
    return head, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]


LAST_YEAR = {"total": 9, "abroad": 2, "car_total": 5, "car_purchase": 1, "car_run": 4, "reception": 2}


@pytest.mark.parametrize("labels", [("2023年决算数", "2024年预算数", "2024年决算数"), ("上年决算数", "本年预算数", "本年决算数")])
def test_07_rows_with_last_years_final_first(tmp_path, labels):
    s = wb.spec()
    head, merges = _sanshi_rows_head()
    body = [[labels[0]] + [LAST_YEAR[k] for k in SG], [labels[1]] + [s["07"]["budget"][k] for k in SG],
            [labels[2]] + [s["07"]["final"][k] for k in SG]]
    d, findings = _audit(tmp_path, s, "07", head, body, merges)
    _assert_read_right(s, "07", d, findings)


def test_07_three_column_groups_last_years_first(tmp_path):
    s = wb.spec()
    head, body, merges = _sanshi_groups(LAST_YEAR, s["07"]["budget"], ("2023年决算数", "2024年预算数"))
    head = [head[0] + ["2024年决算数"] + [""] * 5, SG_ITEMS * 3, SG_CAR * 3]
    body = [body[0] + [s["07"]["final"][k] for k in SG]]
    merges += [(0, 12, 0, 17), (1, 12, 2, 12), (1, 13, 2, 13), (1, 14, 1, 16), (1, 17, 2, 17)]
    d, findings = _audit(tmp_path, s, "07", head, body, merges)
    _assert_read_right(s, "07", d, findings)


def _meetings(s, final_total=None):
    b, f = s["07"]["budget"], s["07"]["final"]
    head = [["项目", "合计", "“三公”经费", "", "", "", "", "", "会议费", "培训费"],
            ["", "", "小计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "", ""],
            ["", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", ""]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 7), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 6), (1, 7, 2, 7),
              (0, 8, 2, 8), (0, 9, 2, 9)]
    ft = f["total"] if final_total is None else final_total
    body = [["预算数", b["total"] + 5, *[b[k] for k in SG], 2, 3],
            ["决算数", f["total"] + 3, ft, *[f[k] for k in SG[1:]], 1, 2]]
    return head, body, merges


def test_07_with_meeting_and_training_fees(tmp_path):
    s = wb.spec()
    head, body, merges = _meetings(s)
    d, findings = _audit(tmp_path, s, "07", head, body, merges, "“三公”经费及会议费、培训费支出决算表")
    _assert_read_right(s, "07", d, findings)


def test_07_with_meeting_fees_wrong_sanggong_total_still_caught(tmp_path):
    s = wb.spec()
    head, body, merges = _meetings(s, final_total=8)
    _d, findings = _audit(tmp_path, s, "07", head, body, merges, "“三公”经费及会议费、培训费支出决算表")
    assert "TBL701" in {p[0] for p in problems(findings)}


def _t05_with_budget_group(s, final_changes=None):
    head = [["项目", "", "年初预算数", "", "", "决算数", "", ""],
            ["科目编码", "科目名称", "小计", "基本支出", "项目支出", "小计", "基本支出", "项目支出"]]
    body = []
    for code, (total, basic, project) in s["05"].items():
        project_budget = (project or 0) * 3 // 2
        row = [total, basic, project]
        row[:] = (final_changes or {}).get(code, row)
        body.append([code if code != "total" else "合计", wb.NAMES.get(code, ""),
                     (basic or 0) + project_budget, basic, project_budget or None, *row])
    return head, body, [(0, 0, 0, 1), (0, 2, 0, 4), (0, 5, 0, 7)]


def test_05_with_the_budget_group_first(tmp_path):
    s = wb.spec()
    head, body, merges = _t05_with_budget_group(s)
    d, findings = _audit(tmp_path, s, "05", head, body, merges)
    _assert_read_right(s, "05", d, findings)


def test_05_wrong_final_beside_a_budget_group_still_caught(tmp_path):
    s = wb.spec()
    head, body, merges = _t05_with_budget_group(s, {"2010102": [11, None, 11]})
    _d, findings = _audit(tmp_path, s, "05", head, body, merges)
    assert {"TBL001", "XTB015"} & {p[0] for p in problems(findings)}


def test_04_with_a_budget_group_on_the_expense_side(tmp_path):
    # 支出: 项目 | 年初预算数 [合计 | 一般公共预算 | 政府性基金 | 国有资本经营] | 决算数 [...]
    s = wb.spec()
    t = s["04"]
    funds = [h for h, _k in wb.FUNDS_04]
    head = [["收入", "", "支出"] + [""] * 8, ["项目", "决算数", "项目", "年初预算数", "", "", "", "决算数", "", "", ""],
            ["", "", "", "合计", *funds, "合计", *funds]]
    cats = list(t["cats"].items())
    income = [(h, t[k]) for h, k in wb.INCOME_04] + [(None, None)] * len(cats)
    rows = [[*income[i], f"{wb._numeral(i)}、{wb.CAT_NAMES[c]}", *v] for i, (c, v) in enumerate(cats)]
    rows.append(["本年收入合计", t["income_total"], "本年支出合计", *t["expense_total"]])
    rows.append(["年初财政拨款结转和结余", t["begin_total"], "年末财政拨款结转和结余", t["end_total"], None, None, None])
    rows += [[h, t[f"begin.{k}"], h, t[f"end.{k}"], None, None, None] for h, k in wb.FUNDS_04]
    rows.append(["总计", t["income_grand_total"], "总计", *t["expense_grand_total"]])
    body = [r[:3] + [v + 1 if v else v for v in r[3:]] + r[3:] for r in rows]  # 年初预算 ≠ 决算
    merges = [(0, 0, 0, 1), (0, 2, 0, 10), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 6), (1, 7, 1, 10)]
    d, findings = _audit(tmp_path, s, "04", head, body, merges)
    _assert_read_right(s, "04", d, findings)


GOV_FUND_ROWS = ("212", "21208", "2120899")


def test_02_a_qizhong_column_under_the_fiscal_income_is_a_part(tmp_path):
    s = wb.spec()
    head = [["项目", "", "本年收入合计", "财政拨款收入", "", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入",
             "其他收入"],
            ["科目编码", "科目名称", "", "小计", "其中：政府性基金预算财政拨款", "", "", "", "", ""]]
    body = []
    for code, values in s["02"].items():
        gov = 30 if code in GOV_FUND_ROWS + ("total",) else None
        body.append([code if code != "total" else "合计", wb.NAMES.get(code, ""), *values[:2], gov, *values[2:]])
    merges = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 0, 4)] + [(0, c, 1, c) for c in range(5, 10)]
    d, findings = _audit(tmp_path, s, "02", head, body, merges)
    assert problems(findings) == []
    assert d.tables["02"].row("total").cells["fiscal"].value == Decimal(170)


def test_02_a_full_split_opened_by_qizhong_is_still_summed(tmp_path):
    # '其中：' over the first of several parts (一般公共预算 | 政府性基金 | 国有资本经营): the split is whole, TBL202 judges it
    s = wb.spec()
    head = [["项目", "", "本年收入合计", "财政拨款收入", "", "", "", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入",
             "其他收入"],
            ["科目编码", "科目名称", "", "小计", "其中：一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款",
             "", "", "", "", ""]]
    fund = {"208": 0, "20805": 0, "2080505": 0, "212": 1, "21208": 1, "2120899": 1, "223": 2, "22301": 2, "2230199": 2}
    body = []
    for code, values in s["02"].items():
        parts = [None, None, None]
        if code == "total":
            parts = [130, 30, 10]
        elif code in fund:
            parts[fund[code]] = values[1]
        else:
            parts[0] = values[1]
        body.append([code if code != "total" else "合计", wb.NAMES.get(code, ""), *values[:2], *parts, *values[2:]])
    body[0][4] = 131  # 一般公共预算 of the 合计 row: 131 + 30 + 10 ≠ 170
    merges = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 0, 6)] + [(0, c, 1, c) for c in range(7, 12)]
    _d, findings = _audit(tmp_path, s, "02", head, body, merges)
    assert [p for p in problems(findings) if p[0] == "TBL202"] == [("TBL202", "公开02表", "D6")]  # the 合计 row only


# ---------------------------------------------------------------- 预算 (上海 2026 部门 template, budget_support)
B05_SHEET = "部门一般公共预算拨款表"
B03_SHEET = "部门支出总表"
B01_SHEET = "部门收支总表"
B09_SHEET = "部门“三公”经费和机关运行费预算表"
BUDGET_DEPT = "上海市某区某某局"


def _read_rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _last_year_first(book, sheet, title, band, tail):
    """A 功能分类 预算 table (类|款|项|名称|合计|基本支出|项目支出) printed with last year's group before this year's
    and change columns after: `band` [合计|基本|项目] | 2026年预算数 [...] | tail (each a function of now and then)."""
    rows = [r for r in _read_rows(book[sheet]) if r[0] is not None and (isinstance(r[0], int) or r[0] == "合计")]
    code = {id(r): "" if r[0] == "合计" else f"{r[0]}{r[1] or ''}{r[2] or ''}" for r in rows}
    leaves = [r for r in rows if len(code[id(r)]) == 7]

    def prior(key):
        ks = [r for r in leaves if code[id(r)].startswith(key)]
        basic, project = sum(r[5] * 9 // 10 for r in ks), sum(r[6] * 4 // 5 for r in ks)
        return basic + project, basic, project

    body = []
    for r in rows:
        p = prior(code[id(r)])
        body.append(r[:4] + list(p) + r[4:7] + [f(r[4], p[0]) for _h, f in tail])
    width = 10 + len(tail)
    head = [["项目", "", "", "", band, "", "", "2026年预算数", "", ""] + [h for h, _f in tail],
            ["功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出", "合计", "基本支出", "项目支出"],
            ["类", "款", "项"]]
    head = [h + [""] * (width - len(h)) for h in head]
    merges = [(0, 0, 0, 3), (0, 4, 0, 6), (0, 7, 0, 9), (1, 0, 1, 2), (1, 3, 2, 3)] + \
        [(1, c, 2, c) for c in range(4, 10)] + [(0, c, 2, c) for c in range(10, width)]
    merges.append((len(head), 0, len(head), 3))  # 合计 row, as the template prints it
    body.sort(key=lambda r: r[0] == "合计")
    _rewrite(book, sheet, title, head, body, merges, unit="元", year=None, dept=BUDGET_DEPT)


def _rate(now, then):
    return round((now - then) * 100 / then, 2) if then else None


def _b05_with_last_years_execution(book):
    """一般公共预算支出功能分类预算表 in the 中央部门 layout: 2025年执行数 [合计|基本|项目] | 2026年预算数 [...] | 增长%."""
    _last_year_first(book, B05_SHEET, "2026年部门一般公共预算支出功能分类预算表", "2025年执行数",
                     [("2026年预算数比2025年执行数增长%", _rate)])


def _b03_with_last_years_budget(book):
    """支出预算总表: 2025年预算数 [...] | 2026年预算数 [...] | 增减额 | 增减%."""
    _last_year_first(book, B03_SHEET, "2026年部门支出预算总表", "2025年预算数",
                     [("增减额", lambda now, then: now - then), ("增减%", _rate)])


def _b09_two_years(book):
    head = [["2025年预算数", "", "", "", "", "", "2026年预算数", "", "", "", "", ""],
            ["合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费"] * 2,
            ["", "", "小计", "购置费", "运行费", ""] * 2]
    merges = [(0, 0, 0, 5), (0, 6, 0, 11)]
    for o in (0, 6):
        merges += [(1, o, 2, o), (1, o + 1, 2, o + 1), (1, o + 2, 1, o + 4), (1, o + 5, 2, o + 5)]
    body = [[10.5, 0, 9.0, 0, 9.0, 1.5, 9.7, 0, 8.5, 0, 8.5, 1.2]]
    _rewrite(book, B09_SHEET, "2026年部门“三公”经费预算表", head, body, merges, year=None, dept=BUDGET_DEPT)


def _b09_rows_two_years(book):
    names = ["合计", "因公出国(境)费", "公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行费", "公务接待费"]
    before, now = [10.5, 0, 9.0, 0, 9.0, 1.5], [9.7, 0, 8.5, 0, 8.5, 1.2]
    body = [[n, a, b, round(b - a, 2)] for n, a, b in zip(names, before, now)]
    _rewrite(book, B09_SHEET, "2026年部门“三公”经费预算表", [["项目", "2025年预算数", "2026年预算数", "增减"]], body, [],
             year=None, dept=BUDGET_DEPT)


def _b01_two_years_each_side(book):
    """财务收支预算总表: 项目 | 2025年预算数 | 2026年预算数 on each side."""
    rows = _read_rows(book[B01_SHEET])
    at = next(i for i, r in enumerate(rows) if r[0] == "项目") + 1
    body = [[r[0], r[1] if r[1] is None else r[1] * 24 // 25, r[1], r[2], r[3] if r[3] is None else r[3] * 24 // 25, r[3]]
            for r in rows[at:] if r[0] or r[2]]
    head = [["本年收入", "", "", "本年支出", "", ""], ["项目", "2025年预算数", "2026年预算数"] * 2]
    _rewrite(book, B01_SHEET, "2026年部门财务收支预算总表", head, body, [(0, 0, 0, 2), (0, 3, 0, 5)], unit="元",
             year=None, dept=BUDGET_DEPT)


def _budget(tmp_path, edit):
    path, _where = budget_support.build(tmp_path, "部门", {}, edit=edit)
    return budget_support.check(path)


@pytest.mark.parametrize("kind, edit", [("B05", _b05_with_last_years_execution), ("B03", _b03_with_last_years_budget)])
def test_budget_function_table_with_last_years_group_first(tmp_path, kind, edit):
    clean_d, _ = _budget(tmp_path, None)
    d, findings = _budget(tmp_path, edit)
    assert not d.tables[kind].unreliable  # the change columns are no figures left under no heading
    got = {(r.key, k): f.value for r in d.tables[kind].rows for k, f in r.cells.items() if f is not None}
    want = {(r.key, k): f.value for r in clean_d.tables[kind].rows for k, f in r.cells.items() if f is not None}
    assert got == want
    assert problems(findings) == []


def test_budget_two_sided_table_with_last_years_column_on_each_side(tmp_path):
    clean_d, _ = _budget(tmp_path, None)
    d, findings = _budget(tmp_path, _b01_two_years_each_side)
    got = {(r.key, r.side, k): f.value for r in d.tables["B01"].rows for k, f in r.cells.items() if f is not None}
    assert got == {(r.key, r.side, k): f.value for r in clean_d.tables["B01"].rows for k, f in r.cells.items()
                   if f is not None}
    assert problems(findings) == []


@pytest.mark.parametrize("edit", [_b09_two_years, _b09_rows_two_years])
def test_budget_sanggong_table_with_last_years_budget_first(tmp_path, edit):
    d, findings = _budget(tmp_path, edit)
    row = next(r for r in d.tables["B09"].rows)
    # (the rows layout keeps its 合计 row's key 'total': the same figure)
    assert {"sanggong" if k == "total" else k: f.value for k, f in row.cells.items() if f is not None} == {
        "sanggong": Decimal("9.7"), "abroad": 0, "car_total": Decimal("8.5"), "car_purchase": 0,
        "car_run": Decimal("8.5"), "reception": Decimal("1.2")}
    assert d.tables["B09"].year != 2025
    assert problems(findings) == []
