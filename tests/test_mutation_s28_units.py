"""recognize/units.py (issue 14, s28 mut): the survivors session 27 left (seed 27, 27 / 40), killed on disclosures
built here as the reader leaves them — the 预算 tables' rows keyed by 科目编码 or name, a table printed in 元 read
exact (budget_tables.figure: spread 0), a table without its own 单位 line still in 万元 with its shown decimals —
then settled by `settle_units`, and the model checked: the unit each table is read in, its figures' rounding, or the
table set aside.

The amounts are the ones a real 预算 prints twice: the 基本支出表's 30217 公务接待费 and 30231 公务用车运行维护费 are
the 三公 table's 公务接待费 and 公务用车运行维护费; its 合计 is the 功能 table's 基本支出.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from govaudit.model import Disclosure, Table
from govaudit.model.figure import Figure, Location
from govaudit.model.table import Row
from govaudit.recognize.units import settle_units

TITLES = {"B05": "一般公共预算支出功能分类预算表", "B08": "一般公共预算基本支出经济分类预算表",
          "B09": "“三公”经费和机关运行经费预算表", "B10": "财政拨款支出预算表（功能科目）", "B13": "政府采购预算表",
          "03": "支出决算表", "05": "一般公共预算财政拨款支出决算表", "06": "一般公共预算财政拨款基本支出决算表"}


def _figure(text: str, unit: str, exact: bool, at: str) -> Figure:
    value = Decimal(text.replace(",", ""))
    decimals = len(text.split(".")[1]) if "." in text else 0
    return Figure(value=value, decimals=decimals, unit=unit, text=text, source=Location(file="a.xlsx", cell=at),
                  spread=Decimal(0) if exact else None)


def table(kind: str, unit: str | None, rows: list[tuple[str, str, str]], **extra) -> Table:
    """`rows`: (key, 名称, amount as printed). A 预算 table printing its unit as 元 is exact, as the reader makes it."""
    exact = unit == "元" and kind.startswith("B")
    out = []
    for n, (key, label, text) in enumerate(rows, start=6):
        out.append(Row(key=key, label=label, code=key if key.isdigit() else None, row=n, label_cell=f"A{n}",
                       cells={"total": _figure(text, unit or "万元", exact, f"C{n}")}))
    return Table(kind=kind, title=TITLES[kind], sheet=kind, title_cell="A1", unit=unit,
                 unit_cell="C3" if unit else None, rows=out, **extra)


def settled(*tables: Table) -> dict[str, Table]:
    d = Disclosure(path="a.xlsx", tables={t.kind: t for t in tables})
    settle_units(d)
    return d.tables


def units_of(t: Table) -> set[str]:
    return {f.unit for f in t.figures()}


# A 三公 table printed in 元 with its unit line (a 预算 in 元: exact), alone stating a unit
SANGONG_YUAN = [("total", "合计", "44,600.00"), ("reception", "公务接待费", "32,250.00"),
                ("car_run", "公务用车运行维护费", "12,350.00")]


def _basic_unitless(reception: str, car: str) -> Table:
    # a 基本支出表 without a unit line, printed in 万元 (its 合计 far above the 三公 amounts)
    return table("B08", None, [("total", "合计", "316.22"), ("301", "工资福利支出", "280.50"),
                               ("30217", "公务接待费", reception), ("30231", "公务用车运行维护费", car)])


def test_amounts_agreeing_at_the_edge_of_their_rounding_settle_the_unit():
    """3.225 万元 (32,250 元) printed 3.22 (half to even) and 1.235 万元 printed 1.24: each 万元 figure's interval
    ends exactly on the 三公 table's exact amount — two amounts agree in 万元, none in 元: the table is read in 万元
    and checked, not set aside (read as 万元 it is over ten times the only stated table's largest amount)."""
    t = settled(table("B09", "元", SANGONG_YUAN), _basic_unitless("3.22", "1.24"))
    assert t["B08"].unreliable is None
    assert units_of(t["B08"]) == {"万元"}


def test_one_amount_agreeing_does_not_settle_a_dwarfing_table():
    """Only 30231 agrees (公务接待费 3.30 is no 32,250 元): one amount, and the tables stating a unit are only the
    三公 table — the table read as 万元 dwarfs them: set aside, with the reason."""
    t = settled(table("B09", "元", SANGONG_YUAN), _basic_unitless("3.30", "1.24"))
    assert t["B08"].unreliable and "没有写明金额单位" in t["B08"].unreliable


# A 元 disclosure of a department of 3 亿: the 基本支出表 in 元 (exact), the 功能 table in 万元 (its amounts wide),
# and the 三公 table printed without a unit line, in 元
def _big_yuan_set(training: str = "32,200.00") -> list[Table]:
    basic = table("B08", "元", [("total", "合计", "316,200,000.00"), ("30113", "住房公积金", "12,345,600.00"),
                               ("30216", "培训费", training), ("30217", "公务接待费", "32,250.00"),
                               ("30231", "公务用车运行维护费", "12,350.00")])
    functional = table("B05", "万元", [("total", "合计", "31,620.00"), ("2210201", "住房公积金", "1,234.56")])
    return [basic, functional]


def test_a_unitless_table_in_yuan_agreeing_in_exactly_two_amounts_is_read_in_yuan():
    """公务接待费 32,250.00 and 公务用车运行维护费 12,350.00 are the 基本支出表's 30217 and 30231: two amounts — the
    least that settles a unit — agree in 元 and none in 万元. 培训费 32,200.00 (within 0.01 万元, the widest stated
    interval, below 32,250.00) is looked at first and passed over. Read as 万元 the table is not ten times the
    disclosure's 31,620 万元, so nothing but the two amounts decides."""
    sanggong = table("B09", None, [("total", "合计", "44,600.00"), ("reception", "公务接待费", "32,250.00"),
                                   ("car_run", "公务用车运行维护费", "12,350.00")])
    t = settled(*_big_yuan_set(), sanggong)
    assert units_of(t["B09"]) == {"元"}
    assert t["B09"].unreliable is None


def test_one_amount_agreeing_in_yuan_leaves_a_small_table_in_wanyuan():
    sanggong = table("B09", None, [("total", "合计", "44,600.00"), ("reception", "公务接待费", "32,250.00"),
                                   ("car_run", "公务用车运行维护费", "12,300.00")])
    t = settled(*_big_yuan_set(), sanggong)
    assert units_of(t["B09"]) == {"万元"}
    assert t["B09"].unreliable is None


def test_every_unitless_table_is_settled_not_only_the_first():
    """Two tables without a unit line: the 三公 table (settled in 元 first) and the 财政拨款支出表 printed in 元,
    whose 合计 and 2210201 住房公积金 agree with the 元 and 万元 tables in 元 — it is settled too."""
    sanggong = table("B09", None, SANGONG_YUAN)
    funded = table("B10", None, [("total", "合计", "316,200,000.00"), ("2210201", "住房公积金", "12,345,600.00")])
    t = settled(*_big_yuan_set(), sanggong, funded)
    assert units_of(t["B09"]) == {"元"} and units_of(t["B10"]) == {"元"}
    assert t["B10"].unreliable is None


def test_a_budget_table_settled_in_yuan_is_exact_a_derived_sum_keeps_its_spread():
    """A 预算 table settled in 元 reads like one printing 元: its figures exact (a one-元 slip is a real defect);
    a figure the recogniser summed (derived) keeps the spread of its parts."""
    funded = table("B10", None, [("total", "合计", "316,200,000.00"), ("2210201", "住房公积金", "12,345,600.00")])
    derived = _figure("316,200,000.00", "万元", False, "D6").model_copy(
        update={"derived": True, "spread": Decimal("0.01")})
    funded.rows[0].cells["basic"] = derived
    pct = Figure(value=Decimal("12.5"), decimals=1, percent=True, text="12.5%", source=Location(file="a.xlsx"))
    funded.rows[0].cells["rate"] = pct
    t = settled(*_big_yuan_set(), funded)
    row = t["B10"].rows[0]
    assert row.cells["total"].unit == "元" and row.cells["total"].half_unit == 0
    assert row.cells["basic"].unit == "元" and row.cells["basic"].half_unit == Decimal("0.01")
    assert row.cells["rate"] is pct  # a percentage has no money unit: untouched


def test_a_final_accounts_table_settled_in_yuan_keeps_half_a_cent():
    """A 决算 set (05 in 万元, 06 in 元 with its unit lines) and its 03 支出决算表 without one, in 元: settled in 元
    by its 合计 and 2210201 住房公积金 — and, a 决算 being a rounding to the cent, its figures keep half a cent."""
    stated_05 = table("05", "万元", [("total", "合计", "31,620.00"), ("2210201", "住房公积金", "1,234.56")])
    stated_06 = table("06", "元", [("total", "合计", "316,200,000.00"), ("30113", "住房公积金", "12,345,600.00")])
    unitless_03 = table("03", None, [("total", "合计", "316,200,000.00"), ("2210201", "住房公积金", "12,345,600.00")])
    t = settled(stated_05, stated_06, unitless_03)
    f = t["03"].rows[0].cells["total"]
    assert f.unit == "元" and f.half_unit == Decimal("0.005")


@pytest.mark.parametrize("amount", ["8.50", "44.60"])
def test_a_table_agreeing_with_nothing_and_not_ten_times_larger_stays_in_wanyuan(amount):
    """The 政府采购 table's 合计 agrees with nothing; read as 万元 it is not over ten times the 三公 table's 4.46 万元
    (8.50: above a tenth of it; 44.60: exactly ten times): kept in 万元 and checked (CMP008 says the unit is
    missing), not set aside."""
    t = settled(table("B09", "元", SANGONG_YUAN), table("B13", None, [("total", "合计", amount)]))
    assert t["B13"].unreliable is None and units_of(t["B13"]) == {"万元"}


def test_a_table_agreeing_with_nothing_and_over_ten_times_larger_is_set_aside():
    t = settled(table("B09", "元", SANGONG_YUAN), table("B13", None, [("total", "合计", "44.61")]))
    assert t["B13"].unreliable and "大十倍以上" in t["B13"].unreliable
