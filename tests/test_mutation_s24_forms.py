"""recognize/forms.py survivors session 23 left (issue 14, README "变异测试"): an indicator table read as centred only
when every 一级 owns a row (`_recentre`), and a text rate both readings of which fit the amounts
(`_percent_if_the_amounts_say_so`). Built in memory and given straight to the two steps: fast, no file written."""

from __future__ import annotations

from decimal import Decimal

from govaudit.model import Location
from govaudit.model.figure import Figure
from govaudit.model.form import BudgetLine, Indicator, PerformanceForm, Section
from govaudit.recognize.forms import _percent_if_the_amounts_say_so, _recentre


def centred_table(*extra: Section):
    """An unruled table whose 一级 labels stand on the middle row of their three (产出指标 on row 2 of 1–3, 效益指标 on
    row 5 of 4–6), as read before `_recentre`: row 1 above the first label in an unnamed section, each label's block
    running on to the next label (rows 3, 4 and 6 carried down over blank cells)."""
    ind = {r: Indicator(row=r, level1="") for r in range(1, 7)}
    sections = [Section(name="", label="", indicators=[ind[1]]),
                Section(name="产出指标", label="产出指标", cell=Location(file="t", sheet="S", cell="A2"),
                        indicators=[ind[2], ind[3], ind[4]]),
                Section(name="效益指标", label="效益指标", cell=Location(file="t", sheet="S", cell="A5"),
                        indicators=[ind[5], ind[6]]), *extra]
    form = PerformanceForm(title="项目支出绩效自评表", sheet="S", title_cell="A1", sections=sections)
    return form, {id(ind[r]) for r in (1, 3, 4, 6)}


def rows_by_section(form):
    return [(s.name, [i.row for i in s.indicators]) for s in form.sections]


def test_labels_centred_in_their_rows_take_their_rows_back():
    form, carried = centred_table()
    _recentre(form, form.sections, carried)
    assert rows_by_section(form) == [("产出指标", [1, 2, 3]), ("效益指标", [4, 5, 6])]
    assert [i.level1 for i in form.sections[0].indicators] == ["产出指标"] * 3


def test_a_first_level_owning_no_row_leaves_the_table_as_read():
    """A third 一级 printed with no indicator row under it (满意度指标 on row 8, alone): not every 一级 owns a row, so
    nothing shows a centred print and the table is left as read (the unnamed row 1 stays unnamed)."""
    empty = Section(name="满意度指标", label="满意度指标", cell=Location(file="t", sheet="S", cell="A8"))
    form, carried = centred_table(empty)
    _recentre(form, form.sections, carried)
    assert rows_by_section(form) == [("", [1]), ("产出指标", [2, 3, 4]), ("效益指标", [5, 6]), ("满意度指标", [])]


def rate_line(executed: str, budget: str, rate_text: str, read_as: str) -> BudgetLine:
    at = Location(file="t", sheet="S", cell="F5")

    def fig(text, unit="万元", percent=False, value=None):
        return Figure(value=Decimal(value or text), decimals=len(text.partition(".")[2]), unit=unit, percent=percent,
                      text=text, source=at)

    return BudgetLine(key="total", label="年度资金总额", row=5, cells={
        "executed": fig(executed), "budget": fig(budget),
        "rate": fig(rate_text, unit="%", percent=True, value=read_as)})


def test_a_text_rate_both_readings_fit_stays_as_read():
    """'0.01' under 执行率 beside 0.00 spent of 1.00: the amounts allow 0 %–0.50 %, which both 0.01 % (as written)
    and 1 % (read as a fraction, 1 ± 0.5) meet. Only a reading the amounts alone allow replaces the fraction, so the
    rate stays 1 %; beside 0.01 spent of 100.00 (0.005 %–0.015 %) only 0.01 % fits and is taken."""
    line = rate_line("0.00", "1.00", "0.01", read_as="1")
    _percent_if_the_amounts_say_so(line, {})
    assert line.cells["rate"].value == Decimal("1")
    line = rate_line("0.01", "100.00", "0.01", read_as="1")
    _percent_if_the_amounts_say_so(line, {})
    assert (line.cells["rate"].value, line.cells["rate"].decimals) == (Decimal("0.01"), 2)
