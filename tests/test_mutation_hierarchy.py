"""TBL001 (类 = Σ款, 款 = Σ项, 合计 = Σ类) at its edges, with the expected/actual/difference it reports
(issue 14: survivors of a mutation run over checks/hierarchy.py)."""

from __future__ import annotations

from decimal import Decimal

import wb
from helpers import pick, problems, where


def tbl001(findings):
    return sorted(pick(findings, "TBL001"), key=where)


def test_filled_parent_whose_children_are_all_blank_is_judged(audit):
    """03 2080505 基本支出 left blank under 20805 基本支出 50: the 款 is 50 but its only 项 adds up to 0."""
    s = wb.spec()
    wb.put(s, ("03", "2080505", "basic"), None)
    [f] = tbl001(audit(s))
    assert (where(f), f.severity.value) == (("公开03表", "D12"), "error")
    assert (f.expected, f.actual, f.difference) == ("0.00", "50.00", "50.00")
    assert "20805（款）应等于其下各项之和" in f.message
    assert "应为 0.00（分项之和，区间 [0.000, 0.000]），实际为 50.00（区间 [49.995, 50.005]）" in f.message
    assert [loc.cell for loc in f.locations] == ["D12"]  # no blank child is pointed at


def test_blank_parent_whose_children_are_filled_is_judged(audit):
    """05 20805 基本支出 blank above 2080505 50: reported at the 款 (as blank), not at 类 208."""
    s = wb.spec()
    wb.put(s, ("05", "20805", "basic"), None)
    [f] = tbl001(audit(s))
    assert where(f) == ("公开05表", "D12") and f.locations[0].row_label == "行政事业单位养老支出"
    assert (f.expected, f.actual, f.difference) == ("50.00", None, "-50.00")
    assert "该单元格为空，应为 50.00" in f.message
    assert [loc.cell for loc in f.locations] == ["D12", "D13"]


def test_lei_against_its_kuan_names_both_levels(audit):
    """A 类 that disagrees with its 款 says “类 … 各款”; the 款 itself is fine."""
    s = wb.spec()
    wb.put(s, ("05", "201", "project"), 11)
    found = tbl001(audit(s))
    [f] = [f for f in found if f.locations[0].row_label.startswith("201 ")]
    assert "201（类）应等于其下各款之和" in f.message
    assert (f.expected, f.actual, f.difference) == ("10.00", "11.00", "1.00")
    # the 合计 (10 = Σ类 with 类 201 printed 11) is judged as printed and differs too, but only through 201:
    # replacing 201 by its 款 makes it add up, so it is not reported
    assert len(found) == 1


def test_total_against_its_lei_and_later_columns(audit):
    """05 合计 项目支出 10 → 12 (类 say 10): only the 合计 row, in the last column, is reported."""
    s = wb.spec()
    wb.put(s, ("05", "total", "project"), 12)
    [f] = tbl001(audit(s))
    assert "合计应等于各类之和" in f.message
    assert f.locations[0].col_label == "项目支出"
    assert (f.expected, f.actual, f.difference) == ("10.00", "12.00", "2.00")
    # judged cell first, then the 类 that hold a figure in that column (201 only: 208 has no 项目支出)
    assert [loc.row_label.split()[0] for loc in f.locations[1:]] == ["201"]


def test_rounding_in_a_hierarchy_is_info_with_values(audit):
    s = wb.spec()
    wb.put(s, ("03", "2010101", "basic"), Decimal("90.01"))
    wb.put(s, ("03", "2010101", "total"), Decimal("90.01"))
    found = pick(audit(s), "RND001", "公开03表")
    hier = [f for f in found if "应等于其下各项之和" in f.message]
    assert hier and all(f.severity.value == "info" for f in hier)
    f = [f for f in hier if f.locations[0].col_label == "基本支出"][0]
    assert (f.expected, f.actual, f.difference) == ("90.01", "90.00", "-0.01")


def test_every_coded_table_is_checked(audit):
    """One wrong 项 in each of 02, 03, 05, 08, 09 gives one TBL001 in each (06 is checked by TBL001 too)."""
    s = wb.spec()
    wb.put(s, ("02", "20805", "fiscal"), 51)
    wb.put(s, ("03", "20805", "basic"), 51)
    wb.put(s, ("05", "20805", "basic"), 51)
    wb.put(s, ("08", "21208", "income"), 31)
    wb.put(s, ("09", "22301", "income"), 11)
    wb.put(s, ("06", "30101"), 61)
    got = {f.table for f in tbl001(audit(s))}
    assert got == {"公开02表", "公开03表", "公开05表", "公开06表", "公开08表", "公开09表"}


def test_clean_disclosure_gives_no_hierarchy_finding(audit):
    """Every 类/款/项 and 合计 of the clean spec adds up (公开06表's 合计 is 人员经费 + 公用经费, not Σ类 of one side)."""
    findings = audit(wb.spec())
    assert problems(findings) == [] and not [f for f in findings if "之和" in f.message]


def test_a_missing_table_does_not_stop_the_others(audit):
    """No 公开02表 in the workbook: 公开03表 is still checked."""
    s = wb.spec()
    wb.put(s, ("03", "20805", "basic"), 51)
    kinds = [k for k in wb.ORDER if k != "02"]
    found = tbl001(audit(s, kinds=kinds))
    assert [(f.table, f.expected, f.actual, f.difference) for f in found] == [("公开03表", "50.00", "51.00", "1.00")]


def test_where_names_code_label_and_column(audit):
    s = wb.spec()
    wb.put(s, ("03", "2080505", "basic"), None)
    [f] = tbl001(audit(s))
    assert f.message.startswith("公开03表「20805 行政事业单位养老支出」基本支出列：")


def test_uncomputed_formula_skips_only_the_identities_it_touches(tmp_path):
    """A formula saved without its value (CEL002) in 2080505 本年支出合计: 20805 = Σ项 is not judged in that column,
    but a wrong 20805 基本支出 beside it is still reported, and so is a wrong row elsewhere."""
    from govaudit.checks.hierarchy import check
    from govaudit.engine.context import Context
    from govaudit.model.disclosure import CellIssue
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    s = wb.spec()
    wb.put(s, ("03", "2080505", "total"), 49)  # would be a TBL001 at 20805 本年支出合计, but C13 is unknown
    wb.put(s, ("03", "20805", "basic"), 51)
    wb.put(s, ("05", "2010102", "project"), 11)
    d = recognize(read_workbook(wb.save(wb.build(s), tmp_path)))
    t = d.tables["03"]
    unknown = t.location(t.row("2080505"), "total")
    assert (unknown.sheet, unknown.cell) == ("公开03表", "C13")
    d.cell_issues.append(CellIssue(kind="formula_without_value", location=unknown))
    found = sorted(check(d, Context()), key=where)
    assert [(where(f), f.expected, f.actual) for f in found] == [
        (("公开03表", "D12"), "50.00", "51.00"),
        (("公开05表", "E8"), "11.00", "10.00"),  # 款 20101 项目支出 against its 项; 类 201 follows it
    ]


def test_a_column_the_parent_row_lacks_does_not_stop_the_next_column():
    """A parent row without a cell for one column (a column of the table it does not reach) is still judged in
    the other columns."""
    from govaudit.checks.hierarchy import check
    from govaudit.engine.context import Context
    from govaudit.model import Disclosure, Figure, Row, Table
    from govaudit.model.figure import Location
    from govaudit.model.table import Column

    def fig(v, cell):
        return Figure(value=Decimal(v), decimals=2, source=Location(file="t.xlsx", sheet="S", cell=cell))

    table = Table(kind="03", title="支出决算表", sheet="S", title_cell="A1",
                  columns=[Column(key="total", header="本年支出合计", col=3), Column(key="basic", header="基本支出", col=4)],
                  rows=[Row(key="208", label="社会保障和就业支出", code="208", row=5, cells={"basic": fig("51.00", "D5")}),
                        Row(key="20805", label="行政事业单位养老支出", code="20805", row=6,
                            cells={"total": fig("50.00", "C6"), "basic": fig("50.00", "D6")})])
    found = list(check(Disclosure(path="t.xlsx", tables={"03": table}), Context()))
    assert [(where(f), f.expected, f.actual) for f in found] == [(("S", "D5"), "50.00", "51.00")]
