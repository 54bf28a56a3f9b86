"""place_titles.label_places (issue 14, s28 mut): the survivors session 27 left (22 / 27). The tables are built as
the reader leaves them (rows keyed by 科目编码, each figure's source cell), the findings as a rule makes them (the
judged place first, its sources after); the titles the places end up with are checked.

Session 27's tests ran whole files, where the rule has already titled the judged place: a finding none of whose
places has a title, a place in another file of a --together group or on a sentence, and a cell two tables read are
not in them.
"""

from __future__ import annotations

from decimal import Decimal

from govaudit.model import Disclosure, Table
from govaudit.model.figure import Figure, Location
from govaudit.model.finding import Finding
from govaudit.model.table import Row
from govaudit.place_titles import label_places
from govaudit.severity import Severity

FILE = "部门决算.xlsx"


def _table(kind: str, sheet: str, rows: list[tuple[int, str, str, str]]) -> Table:
    """rows: (sheet row, 科目编码, 名称, 决算数 in column C)."""
    out = [Row(key=code, label=label, code=code, row=n, label_cell=f"B{n}",
               cells={"total": Figure(value=Decimal(v), decimals=2, text=v,
                                      source=Location(file=FILE, sheet=sheet, cell=f"C{n}"))})
           for n, code, label, v in rows]
    return Table(kind=kind, title=kind, sheet=sheet, title_cell="A1", unit="万元", rows=out)


def disclosure() -> Disclosure:
    t05 = _table("05", "表五", [(6, "201", "一般公共服务支出", "264.87"), (7, "20101", "人大事务", "62.63")])
    t06 = _table("06", "表六", [(7, "30101", "基本工资", "120.00"), (8, "30102", "津贴补贴", "86.70")])
    return Disclosure(path=FILE, tables={"05": t05, "06": t06})


def place(sheet: str, cell: str, **kw) -> Location:
    return Location(file=kw.pop("file", FILE), sheet=sheet, cell=cell, **kw)


def finding(*locations: Location) -> Finding:
    return Finding(code="XTB001", severity=Severity.error, message="…", file=FILE, locations=list(locations))


def titles(f: Finding) -> list[str | None]:
    return [loc.table_title for loc in f.locations]


def test_a_finding_none_of_whose_places_has_a_title_gets_them():
    """A cross-table finding whose rule titled no place: each place takes the table it lies in, a blank cell of a
    table's row (D7: no figure there) that row's table."""
    f = finding(place("表五", "C7"), place("表六", "C8"), place("表六", "D7"))
    label_places(disclosure(), [f])
    assert titles(f) == ["公开05表", "公开06表", "公开06表"]


def test_a_title_the_rule_gave_is_kept():
    f = finding(place("表五", "C6", table_title="公开05表 一般公共预算财政拨款支出决算表"), place("表六", "C7"))
    label_places(disclosure(), [f])
    assert titles(f) == ["公开05表 一般公共预算财政拨款支出决算表", "公开06表"]


def test_places_in_another_file_or_on_a_sentence_take_no_title_from_this_files_tables():
    """A --together group: a place of the other file on a sheet named like this one's ('表五'!C6 there) is not this
    file's 公开05表; a sentence's place is no table's either."""
    f = finding(place("表六", "C8"), place("表五", "C6", file="单位决算.xlsx"),
                place("表五", "C6", sentence="一般公共服务支出264.87万元"))
    label_places(disclosure(), [f])
    assert titles(f) == ["公开06表", None, None]


def test_a_cell_two_tables_read_gives_no_title_even_where_one_tables_row_lies():
    """表五!C7 read by 公开05表 (its 20101) and by a 公开03表 block kept beside it (an extra table) whose figure on
    its own row 9 is sourced there: a place there is in two tables — none is guessed, not even its row's table."""
    d = disclosure()
    other = _table("05", "表五", [(9, "20101", "人大事务", "62.63")])
    other.rows[0].cells["total"] = other.rows[0].cells["total"].model_copy(
        update={"source": Location(file=FILE, sheet="表五", cell="C7")})
    d.extra_tables.append(other.model_copy(update={"kind": "03"}))
    f = finding(place("表五", "C7"), place("表六", "C7"))
    label_places(d, [f])
    assert titles(f) == [None, "公开06表"]


def test_a_place_in_a_performance_form_takes_the_forms_name():
    """A 绩效自评表 beside the tables (a PRF finding's place on its 年度资金总额 line, its 执行数 cell): titled with the
    form's project (the tables' places beside it keep theirs)."""
    from govaudit.model.form import BudgetLine, PerformanceForm, TextValue

    at = Location(file=FILE, sheet="自评表", cell="E6")
    total = BudgetLine(key="total", label="年度资金总额", row=6, label_cell="B6",
                       cells={"actual": Figure(value=Decimal("80.00"), decimals=2, text="80.00", source=at)})
    form = PerformanceForm(title="项目支出绩效自评表", sheet="自评表", title_cell="A1", budget=[total],
                           project=TextValue(text="林木良种选育与栽培技术研究",
                                             source=Location(file=FILE, sheet="自评表", cell="C3")),
                           year_cell=None)
    d = disclosure()
    d.forms.append(form)
    f = finding(place("自评表", "E6"), place("表五", "C6"))
    label_places(d, [f])
    assert titles(f) == ["林木良种选育与栽培技术研究", "公开05表"]
