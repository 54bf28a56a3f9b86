"""Held-out 预算 prints, batch 28 (budfix s28, issue #9), written BEFORE any fix they test: a province's 水利厅 2026
部门预算 (tests/budget_heldout28_tables.py), 元 with two decimals and the 三公 table in 万元, eleven tables in the 财政部
order, in layouts batches 21, 22, 25, 26 and 27 did not print: 收支总表 with 上年结转结余 under 收入 and 年末结转结余
under 支出; 收入总表 with a three-row head, 财政拨款 [小计 | …] and 单位资金 [小计 | 上年结转结余 | 事业收入 | 事业单位经营
收入 | 其他单位资金 [上级补助收入 | 附属单位上缴收入 | 其他收入]]; 支出总表 with 上缴上级支出 and 对附属单位补助支出;
一般公共预算支出表 '2025年执行数 | 2026年预算数 [合计 | 基本支出 | 项目支出] | 比上年执行数增减'; 基本支出表 grouped under
人员经费 / 公用经费 subtotal rows without a code; empty fund tables saying '本表无数据' inside the table; 项目支出表 with
一级/二级项目; 政府采购预算表 by 科目 with 货物 | 工程 | 服务 columns. Workbook and PDF (ruled, 三线, unruled).
Each clean print must draw no error and no warning; each seeded mistake (in a workbook and a 三线 PDF) must draw a
finding the clean print does not.

First run: FIRST_RUN below.
"""

from __future__ import annotations

import pytest

import budget_heldout28_tables as b28
from budget_edits import both, edit as _edit
from pdf_writer import print_plain, print_tables, save_workbook

FIRST_RUN = """
First run (budfix s28 on main 4b70edf, before any fix below): clean prints 0 of 5 clean — every print set aside three
tables (BGC006 warnings): the 收入总表 (its '单位资金 [小计 | …]' 小计 under no known column: 14–17 rows of figures under
no column), the 基本支出表 (the '人员经费' / '公用经费' rows without a code), the 政府采购预算表 (货物 | 工程 | 服务 as
columns: no column known). Seeded: 11 of 19 in each print (workbook, 三线 PDF) — not found: the three tables' 7 seeded
mistakes (02 ×3, 06 ×3 incl. 30217 > 三公接待, 13 ×1) and '01 年末结转结余' (the row '年末结转结余' under 支出 was no
row: 支出总计 was not held against it).
(The empty fund tables' words, merged across the table, were first printed on one line wider than the table: the
reader cut them and a ruled print drew a false CMP002. A real print wraps them in the cell, as this batch now does;
so printed, no false finding on the unchanged code.)
Fixed, each general: budget_specs EXPENSE '年末结转' is carry_out (BGT104); B02 column '单位资金' (key unit_funds; its
小计 = Σ the parts under it, new BGT205, not judged where a part stands outside the group) and BGT204 (财政拨款小计 =
一般公共预算 + 政府性基金 + 国有资本经营); budget_tables: a bare '人员经费' / '公用经费' row of a 基本支出表 is that block's
total (BGT802/BGT803); B13 columns 货物 | 工程 | 服务 (new BGT132: each row's 合计 = their sum).
After: clean 3 of 5 (workbook, ruled, ruled continued), seeded 19 of 19 in the workbook and 16 of 19 in the 三线 PDF.
Left (strict xfail): the 收入总表's three-row head printed without rules (三线, unruled): the group words '财政拨款' /
'单位资金' centred over their columns reach neither 小计, so the table is still set aside (BGC006, a warning; its three
seeded mistakes not found) — unchecked and said so, never guessed.
budfix s29: read (readers/pdf_heads._between_run: group words side by side over runs of very different widths head
the run of columns centred under them, an end bounded by the table's edge or a tall cell fixed): clean 5 of 5, seeded
19 of 19 in both prints.
"""

Fmt = b28.Fmt

# name: (Fmt options, writer, writer options)
PRINTS = {
    "xlsx": (dict(), "xlsx", {}),
    "pdf grid": (dict(), "grid", {}),
    "pdf three zeros -": (dict(zero="-"), "three", {}),
    "pdf plain": (dict(), "plain", {}),
    "pdf grid continued": (dict(zero=""), "grid", dict(body_rows=8)),
}


def made(name, folder, edit=None):
    fmt, writer, wopts = PRINTS[name]
    ts = b28.set28(Fmt(**fmt))
    if edit is not None:
        edit(ts)
    if writer == "xlsx":
        return save_workbook(folder / "a.xlsx", ts)
    if writer == "plain":
        return print_plain(folder / "a.pdf", ts, page=(842.0, 595.0), **wopts)
    return print_tables(folder / "a.pdf", ts, rules=writer, page=(842.0, 595.0), **wopts)


def problems(path):
    from govaudit.pipeline import check_paths

    result = check_paths([str(path)])
    assert [f.status for f in result.files] == ["checked"], result.files
    return sorted((f.code, f.message) for f in result.findings if f.severity.value in ("error", "warning"))


@pytest.fixture(scope="module")
def clean_found(tmp_path_factory):
    seen: dict = {}

    def found(name):
        if name not in seen:
            seen[name] = problems(made(name, tmp_path_factory.mktemp("clean")))
        return seen[name]
    return found


NOT_YET: dict = {}  # (UNRULED_HEAD, the three-row 收入总表 head printed without rules: read since budfix s29)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[n]))
                                  if n in NOT_YET else n for n in PRINTS])
def test_clean_print(clean_found, name):
    assert clean_found(name) == []


# B01 0 (label | 预算数 | label | 预算数), B02 1 (编码 | 名称 | 合计 2 | 财政 小计 3 | 一般 4 | 基金 5 | 国资 6 | 单位 小计 7 |
# 结转 8 | 事业 9 | 经营 10 | 上级补助 11 | 附属上缴 12 | 其他 13), B03 2 (合计 2 | 基本 3 | 项目 4 | 上缴 5 | 经营 6 | 对附属 7),
# B04 3, B05 4 (执行 2 | 合计 3 | 基本 4 | 项目 5 | 增减 6), B06 5 (编码 | 名称 | 预算数 2), 三公 6 (合计 0 | 出国 1 |
# 用车 2 | 购置 3 | 运行 4 | 接待 5), 基金 7, 国资 8, 项目 9 (合计 4 | 财政 5 | 单位 6), 采购 10 (合计 2 | 货物 3 | 工程 4 | 服务 5)
SEEDED = {
    # 收支总表 收入总计 17,169,550.00 (本年收入合计 17,046,550.00 + 上年结转结余 150,000.00 = 17,196,550.00)
    "01 收入总计": _edit(0, "收入总计", 1, "17,169,550.00"),
    # 收支总表 年末结转结余 10,000.00 (支出总计 = 本年支出合计 17,196,550.00 kept)
    "01 年末结转结余": _edit(0, "年末结转结余", 3, "10,000.00"),
    # 收支总表 七、上级补助收入 250,000.00 (收入总表 200,000.00; 本年收入合计 kept)
    "01 上级补助": _edit(0, "七、上级补助收入", 1, "250,000.00"),
    # 收入总表 项 2130306 事业收入 540,000.00 (合计 3,770,000.00 = 3,200,000 + 450,000 + 120,000; 单位资金小计 570,000)
    "02 项 事业收入": _edit(1, "2130306", 9, "540,000.00"),
    # 收入总表 项 2130399 单位资金 小计 380,000.00 (150,000 + 80,000 + 200,000 + 50,000 = 480,000.00)
    "02 项 单位资金小计": _edit(1, "2130399", 7, "380,000.00"),
    # 收入总表 项 2130301 财政拨款 小计 8,117,000.00 (一般公共预算 8,171,000.00; 合计 8,171,000.00)
    "02 项 财政拨款小计": _edit(1, "2130301", 3, "8,117,000.00"),
    # 支出总表 项 2130399 上缴上级支出 5,000.00 (合计 480,000.00 = 230,000 + 50,000 + 200,000)
    "03 项 上缴上级": _edit(2, "2130399", 5, "5,000.00"),
    # 支出总表 款 21303 对附属单位补助支出 250,000.00 (its 项: 200,000.00; 合计 kept)
    "03 款 对附属": _edit(2, "21303", 7, "250,000.00"),
    # 财政拨款收支总表 （三）农林水支出 合计 and 一般公共预算 13,717,000.00 (its 项 13,771,000.00)
    "04 类 农林水": _edit(3, "（三）农林水支出", (3, 4), "13,717,000.00"),
    # 一般公共预算支出表 项 2130301 基本支出 8,117,000.00 (合计 8,171,000.00 = 8,171,000.00 + 0)
    "05 项 基本": _edit(4, "2130301", 4, "8,117,000.00"),
    # 一般公共预算支出表 项 2130302 比上年执行数增减 -4,000.00 (860,000 − 900,000 = −40,000.00)
    "05 增减": _edit(4, "2130302", 6, "-4,000.00"),
    # 一般公共预算支出表 合计 2026 合计 16,164,550.00 (基本 10,546,550 + 项目 5,600,000 = 16,146,550.00)
    "05 合计": _edit(4, "合计", 3, "16,164,550.00"),
    # 基本支出表 30102 津贴补贴 1,890,000.00 (301 kept 8,640,950.00 = Σ its 款 as printed before)
    "06 款": _edit(5, "30102", 2, "1,890,000.00"),
    # 基本支出表 人员经费 9,159,950.00 (301 8,640,950.00 + 303 555,000.00 = 9,195,950.00)
    "06 人员经费": _edit(5, "人员经费", 2, "9,159,950.00"),
    # 基本支出表 30217 公务接待费 80,000.00 and 30299 164,000.00 (302 kept): more than the 三公 公务接待费 6.00 万元
    "06 30217 > 三公接待": both(_edit(5, "30217", 2, "80,000.00"), _edit(5, "30299", 2, "164,000.00")),
    # 三公 合计 45.00 (8 + 30 + 6 = 44.00)
    "09 合计": _edit(6, "44.00", 0, "45.00"),
    # 三公 公务用车购置及运行费 31.00 (12 + 18 = 30.00; 合计 44.00 = 8 + 30 + 6)
    "09 用车": _edit(6, "30.00", 2, "31.00"),
    # 政府性基金预算支出表 '本表无数据' with a figure in a row of its own: 合计 50,000.00
    "07 空表有数": lambda ts: ts[7].rows.append(["", "合计", "50,000.00", "", "50,000.00"]),
    # 政府采购预算表 项 2130306 合计 1,707,000.00 (380,000 + 1,150,000 + 240,000 = 1,770,000.00)
    "13 项 合计": _edit(10, "2130306", 2, "1,707,000.00"),
}
SEEDED_PRINTS = ("xlsx", "pdf three zeros -")

NOT_FOUND: dict = {}


@pytest.mark.parametrize("name,case", [
    pytest.param(n, c, marks=pytest.mark.xfail(strict=True, reason=NOT_FOUND[n, c])) if (n, c) in NOT_FOUND else (n, c)
    for n in SEEDED_PRINTS for c in SEEDED])
def test_seeded_mistake_found(tmp_path, clean_found, name, case):
    found = problems(made(name, tmp_path, SEEDED[case]))
    assert set(found) - set(clean_found(name)), found


@pytest.mark.parametrize("name", SEEDED_PRINTS)
def test_year_end_balance_row_judged(tmp_path, name):
    """'年末结转结余' under 支出 is the 结转下年 of this form: 支出总计 = Σ 类 + 年末结转结余 (BGT104), once."""
    found = [m for code, m in problems(made(name, tmp_path, SEEDED["01 年末结转结余"])) if code == "BGT104"]
    assert len(found) == 1 and "17206550" in found[0], found


def test_unit_funds_subtotal_judged(tmp_path):
    """单位资金 小计 of 2130399 printed 380,000.00: BGT205 at that row, the parts 150,000 + 200,000 + 50,000 + 80,000."""
    found = [m for code, m in problems(made("xlsx", tmp_path, SEEDED["02 项 单位资金小计"])) if code == "BGT205"]
    assert len(found) == 1 and "2130399" in found[0] and "480000" in found[0], found


def test_personnel_row_is_the_block_total(tmp_path):
    found = [m for code, m in problems(made("xlsx", tmp_path, SEEDED["06 人员经费"])) if code == "BGT802"]
    assert len(found) == 1 and "9195950" in found[0], found


def test_purchase_kinds_as_columns(tmp_path):
    found = [m for code, m in problems(made("xlsx", tmp_path, SEEDED["13 项 合计"])) if code == "BGT132"]
    assert len(found) == 1 and "2130306" in found[0] and "1770000" in found[0], found


def test_unit_funds_part_outside_the_group_not_judged(tmp_path):
    """上年结转结余 printed before 财政拨款, outside the 单位资金 group: what that 小计 covers is not known (not judged),
    and the table is still read (BGT201 judges each row's 合计)."""
    def move_carry(ts):
        t = ts[1]
        for k, row in enumerate(t.rows):
            carry = row.pop(8)
            row.insert(3, carry if k >= t.head else ["上年结转结余", "", ""][k])
        t.merges = [(0, 0, 0, 1), (1, 0, 2, 0), (1, 1, 2, 1), (0, 2, 2, 2), (0, 3, 2, 3), (0, 4, 0, 7), (0, 8, 0, 13),
                    (1, 11, 1, 13)] + [(1, c, 2, c) for c in (4, 5, 6, 7, 8, 9, 10)]
        for row in t.rows[t.head:]:
            if "2130399" in row:
                row[8] = "999.00"  # (the 单位资金 小计 now without its 上年结转: any figure, not judged)
    found = problems(made("xlsx", tmp_path, move_carry))
    assert not any(code in ("BGT205", "BGC006") for code, _m in found), found


def test_fiscal_subtotal_judged(tmp_path):
    found = [m for code, m in problems(made("xlsx", tmp_path, SEEDED["02 项 财政拨款小计"])) if code == "BGT204"]
    assert len(found) == 1 and "2130301" in found[0] and "8171000" in found[0], found
