"""XTB026: a fund with no money in 公开04表 has an empty table (08 / 09), and the reverse."""

from __future__ import annotations

from govaudit.engine.registry import rule
from govaudit.model import Finding, Location, Severity
from govaudit.model.trusted import construct

NEEDS = ("tables",)  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)

FUNDS = (("gov_fund", "08", "政府性基金预算财政拨款"), ("state_capital", "09", "国有资本经营预算财政拨款"))


def _fund_total(table, key):
    values = [r.cells.get(key) for r in table.rows if key in r.cells]
    values += [r.cells.get("amount") for r in table.rows if r.key in (f"income.{key}", f"begin.{key}")]
    return sum((f.amount for f in values if f is not None), start=0)


@rule(
    "XTB026",
    "公开04表某项资金全为零时，对应的公开08/09表应为空表，反之亦然",
    explanation="""
财政拨款收入支出决算总表中政府性基金预算（或国有资本经营预算）财政拨款一列全部为零或空白时，公开08表
（或公开09表）应为空表并说明原因；反过来，08/09表有数而04表对应列全为零，说明两表有一张填错。
""",
    example="04表政府性基金一列全空，08表本年支出合计 20.00：错误。",
)
def fund_tables_agree(disclosure, ctx):
    t04 = disclosure.tables.get("04")
    if t04 is None:
        return
    for key, kind, name in FUNDS:
        other = disclosure.tables.get(kind)
        said_empty = disclosure.titled_only.get(kind)
        if other is None and said_empty is not None and said_empty.sentence and _fund_total(t04, key) != 0:
            # printed as its title and a note that it is empty, no table (CMP001 warns of that): the note says there
            # is no money, 04 says there is
            yield construct(Finding, code="XTB026", severity=Severity.error, file=disclosure.path, table=f"公开{kind}表",
                                     locations=[_fund_place(disclosure, t04, key),
                                                said_empty.model_copy(update={"sentence": None})],
                                     message=f"公开04表中{name}有数据，但公开{kind}表只印了标题和说明“{said_empty.sentence}”："
                                             "两表应一致。")
        if other is None:
            continue
        zero04 = _fund_total(t04, key) == 0
        if zero04 and not other.is_empty:
            first = next(f for f in other.figures() if f.value != 0)  # not empty: some figure is not zero
            yield construct(Finding, code="XTB026", severity=Severity.error, file=disclosure.path, table=f"公开{kind}表",
                                     locations=[first.source.model_copy(update={"file": disclosure.path})],
                                     message=f"公开04表中{name}全部为零或空白，但公开{kind}表有数据（如 {first.source.cell} 为 "
                                             f"{first.shown()}）：两表应一致。")
        elif not zero04 and other.is_empty:
            yield construct(Finding, code="XTB026", severity=Severity.error, file=disclosure.path, table=f"公开{kind}表",
                                     locations=[_fund_place(disclosure, t04, key),
                                                construct(Location, file=disclosure.path, sheet=other.sheet,
                                                          cell=other.title_cell)],
                                     message=f"公开04表中{name}有数据，但公开{kind}表是空表：两表应一致。")


def _fund_place(disclosure, t04, key) -> Location:
    """Where 公开04表 shows the fund's money: its first figure other than 0 (else its income line, else its title)."""
    fig = next((f for r in t04.rows for k, f in r.cells.items() if k == key and f is not None and f.value), None)
    if fig is None:
        fig = next((r.cells.get("amount") for r in t04.rows if r.key == f"income.{key}"), None)
    loc = fig.source if fig is not None else construct(Location, file=disclosure.path, sheet=t04.sheet,
                                                       cell=t04.title_cell)
    return loc.model_copy(update={"file": disclosure.path})
