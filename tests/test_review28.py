"""Review s28: cases of this session's changes that drew wrong findings (repros in /tmp/review/)."""

from __future__ import annotations

from pathlib import Path

import pytest

import heldout27b_book as hk
from test_unit_books28 import _stack


def _codes(path: Path) -> list[str]:
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(path, Options())
    assert status.error is None, status.error
    return [f.code for f in findings if f.severity.value in ("error", "warning")]


def test_one_units_set_printed_twice_on_each_sheet_is_no_second_unit(tmp_path):
    # the copy below printing no 编制单位 and the very same figures is the set printed again (CMP007, as before
    # unit_stacks), not another unit's set of no sure unit (CMP012 said '与另一单位的同一张表' of a one-unit book)
    a, both = tmp_path / "a.xlsx", tmp_path / "both.xlsx"
    hk.write(a, hk.tables(hk.A))
    _stack(both, a, a, drop_department_below=True)
    codes = _codes(both)
    assert "CMP012" not in codes and "CMP011" not in codes
    assert codes.count("CMP007") == 9 and set(codes) == {"CMP007"}


def test_a_second_category_qualified_by_other_words_keeps_no_scope(tmp_path):
    # textfix s28 carries the first 类's scope to a 类 after its list of parts; a 类 that other words qualify (another
    # fund's, another body's) is not of that spending: on main 87a467f it drew a false TXT001 against 公开05表 (305.17 vs 50.00)
    from test_narrative_heldout17 import _findings
    from test_narrative_heldout19 import GPB_STRUCT

    first = "一般公共服务支出1303.58万元，其中：基本支出412.35万元，项目支出891.23万元；"
    right = [(GPB_STRUCT, first + "财政拨款以外资金安排的社会保障和就业支出50.00万元。"),
             (GPB_STRUCT, first + "所属单位社会保障和就业支出60.00万元。")]
    wrong = (GPB_STRUCT, first + "社会保障和就业支出350.17万元，其中：基本支出276.71万元，项目支出73.46万元。")
    found = _findings(tmp_path, right + [wrong], "r.xlsx", 2022)
    assert [found.get(s, []) for _h, s in right] == [[], []]
    assert "TXT001" in [c for c, _m in found[wrong[1]]]  # (the carry itself still judges an unqualified 类)


SPENT_BESIDE = ("2025年度“三公”经费财政拨款预算数为20.20万元，支出18.00万元，其中：公务接待费支出4.50万元，占25.00%；"
                "公务用车购置及运行费支出13.50万元，占75.00%。")


@pytest.mark.parametrize("title, stage", [("某县农业农村局2025年度“三公”经费情况说明", None),
                                          ("某县农业农村局2025年度部门决算公开说明", "决算")])
def test_shares_of_what_was_spent_beside_a_budget_where_the_stage_is_not_told(tmp_path, title, stage):
    # textfix s28 lets a '预算数为' amount lead the shares after it wherever the stage is not 决算; a 说明 that does not
    # say its stage, '预算数为20.20万元，支出18.00万元，其中：…占25.00%' (shares of the 18.00 spent), drew 2 false TXT011
    # (4.50 ÷ 20.20) on main 8ea1f74; nothing on 39c576f
    import docx

    from govaudit.pipeline import Options, check_file
    from govaudit.recognize.disclosure import recognize
    from govaudit.readers.docx import read_docx

    d = docx.Document()
    for text in (title, "（一）“三公”经费支出情况", SPENT_BESIDE):
        d.add_paragraph(text)
    path = tmp_path / "x.docx"
    d.save(path)
    assert recognize(read_docx(path)).stage == stage
    status, findings = check_file(path, Options())
    assert status.error is None and [f.code for f in findings] == []
    wrong = SPENT_BESIDE.replace("占25.00%", "占35.00%")  # (4.50 ÷ 18.00 = 25.00%: a wrong share is still found)
    d = docx.Document()
    for text in (title, "（一）“三公”经费支出情况", wrong):
        d.add_paragraph(text)
    d.save(path)
    assert [f.code for f in check_file(path, Options())[1]] == ["TXT011"]


def _b02_findings(tmp_path, edit):
    import test_budget_heldout28 as t

    return [(c, m) for c, m in t.problems(t.made("xlsx", tmp_path, edit)) if c.startswith("BGT2") or c == "BGC006"]


def _b02_cell(tmp_path, edit, code):
    """(the cell and message of each `code` finding of the printed set)"""
    import test_budget_heldout28 as t
    from govaudit.pipeline import Options, check_file

    _status, found = check_file(t.made("xlsx", tmp_path, edit), Options())
    return [(f.locations[0].cell, f.message) for f in found if f.code == code]


def _sheet_row(code: str = "2130399") -> int:
    """The sheet row of the 收入总表's row `code` (the title and 部门 lines above the table's rows)."""
    import budget_heldout28_tables as b28

    return next(k for k, r in enumerate(b28.set28()[1].rows) if r[0] == code) + 3


def _unit_funds_column(wrong: bool = False):
    """'用事业基金弥补收支缺口' as one more part of the 单位资金 group, 30,000.00 in 2130399 and the rows above it (the
    row's 合计 and 单位资金 小计 include it); `wrong`: 2130399 prints 3,000.00 there."""
    from decimal import Decimal

    def add_column(ts):
        tb = ts[1]
        for k, row in enumerate(tb.rows):
            if k < tb.head:
                row.append(["", "用事业基金弥补收支缺口", ""][k])
                continue
            add = Decimal("30000.00") if not row[0] or "2130399".startswith(row[0]) else Decimal(0)
            row.append(("3,000.00" if wrong and row[0] == "2130399" else f"{add:,.2f}") if add else "0")
            for c in (2, 7) if add else ():  # (the row's 合计 and 单位资金 小计 include it: right)
                row[c] = f"{Decimal(row[c].replace(',', '')) + add:,.2f}"
        tb.merges = [m if m != (0, 7, 0, 13) else (0, 7, 0, 14) for m in tb.merges] + [(1, 14, 2, 14)]
    return add_column


def test_an_unknown_part_in_the_unit_funds_group_is_one_of_its_parts(tmp_path):
    """budfix s28 reads '单位资金 [小计 | 上年结转结余 | 事业收入 | …]'; one more part there ('用事业基金弥补收支缺口') was
    keyed after the group ('unit_funds#15') and added by neither BGT201 nor BGT205: a right table drew 4 + 4 false
    errors (main ae24fae), then was set aside (BGC006, review s28). budfix s29 keys it as the group's part
    (unit_funds.other): BGT205 and BGT201 add it, the table is read and judged."""
    assert _b02_findings(tmp_path, _unit_funds_column()) == []
    found = _b02_findings(tmp_path, _unit_funds_column(wrong=True))
    assert sorted(c for c, _m in found) == ["BGT201", "BGT205"] and all("2130399" in m for _c, m in found), found
    # (单位资金 小计 is column H)
    assert [c for c, _m in _b02_cell(tmp_path, _unit_funds_column(wrong=True), "BGT205")] == [f"H{_sheet_row()}"]


def _fiscal_column(part: str, wrong: bool = False):
    """`part` as one more column of the 财政拨款 group split by fund (after 国有资本经营预算), 30,000.00 in 2130399 and
    the rows above it (the row's 合计 and 财政拨款 小计 include it); `wrong`: 2130399 prints 3,000.00 there."""
    from decimal import Decimal

    def add_column(ts):
        tb = ts[1]
        for k, row in enumerate(tb.rows):
            if k < tb.head:
                row.insert(7, ["", part, ""][k])
                continue
            add = Decimal("30000.00") if not row[0] or "2130399".startswith(row[0]) else Decimal(0)
            row.insert(7, ("3,000.00" if wrong and row[0] == "2130399" else f"{add:,.2f}") if add else "0")
            for c in (2, 3) if add else ():  # (the row's 合计 and 财政拨款 小计 include it: right)
                row[c] = f"{Decimal(row[c].replace(',', '')) + add:,.2f}"
        tb.merges = [(0, 0, 0, 1), (1, 0, 2, 0), (1, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 7), (0, 8, 0, 14),
                     (1, 12, 1, 14)] + [(1, c, 2, c) for c in range(3, 12)]
    return add_column


@pytest.mark.parametrize("part", ["其他财政资金", "上年财政拨款结转"])
def test_an_unknown_part_in_the_fiscal_group_is_one_of_its_parts(tmp_path, part):
    """BGT204 (财政拨款小计 = 一般 + 基金 + 国资, budfix s28) added only the three funds: one more part in the 财政拨款
    group ('其他财政资金', keyed fiscal#N; '上年财政拨款结转', carry_in_part) drew a false BGT204 on each row holding it
    (review s28's strict xfail), then set the table aside (BGC006, lead s28). budfix s29 keys the group's parts per
    group (fiscal.other, fiscal.carry_in): BGT204 adds every part the group prints, the table is read and judged."""
    assert _b02_findings(tmp_path, _fiscal_column(part)) == []
    found = _b02_findings(tmp_path, _fiscal_column(part, wrong=True))
    assert [c for c, _m in found] == ["BGT204"] and "2130399" in found[0][1], found
    assert [c for c, _m in _b02_cell(tmp_path, _fiscal_column(part, wrong=True), "BGT204")] == [f"D{_sheet_row()}"]


def test_a_fiscal_group_not_split_by_fund_is_still_checked(tmp_path):
    """'财政拨款 [小计 | 本年拨款 | 上年结转]' (test_review16's layout): 本年拨款 is keyed like an unknown part of the group,
    but with no fund split there is no BGT204 to mislead; the 收入总表 is read and checked (6be1e90 set it aside)."""
    import test_review16 as t16

    d, found = t16._check(t16._xlsx(tmp_path / "f.xlsx", t16._carry_inside_fiscal(t16._carry_over()), False))
    assert "B02" in d.tables and [f.code for f in found] == []
