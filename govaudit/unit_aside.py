"""A table of no sure unit is still checked by itself (wbfix s29, issue #9).

unit_stacks.py sets aside a table whose unit cannot be told (two differing copies of one table on a sheet, neither
naming its 编制单位; a lower copy printing none): comparing it with another table could hold one unit's figures to
another's, so CMP012 says it is not compared. But a table's own sums — 合计 = Σ rows, a row's 合计 = Σ its columns,
类 = Σ 款 — hold whichever unit or print it is: a wrong sum inside such a copy went unreported. Here each such table
is checked alone, by the 决算 table rules (TBL: within one table, tables.toml and the 科目 hierarchy), in a
disclosure holding that table only, so no rule can reach another table. 预算 tables are left as they were (their
rules mix within- and across-table checks under one prefix).
"""

from __future__ import annotations

from govaudit.model.trusted import construct

OWN_RULES = ["TBL"]  # the 决算 rules that look inside one table only


def checks_alone(disclosure) -> bool:
    """Whether the tables set aside in this disclosure are checked by themselves (a 决算; CMP012 says so)."""
    return disclosure.stage != "预算"


def aside_findings(tables: list, disclosure, options) -> list:
    """The findings of each table in `tables` checked alone by OWN_RULES (and the user's --select/--ignore)."""
    from govaudit.engine.context import Context
    from govaudit.engine.runner import run_rules, selected
    from govaudit.model import Disclosure

    if not checks_alone(disclosure):
        return []
    out = []
    for table in tables:
        one = construct(Disclosure, path=disclosure.path, kind=disclosure.kind, tables={table.kind: table},
                        sheets=[table.sheet], stage=disclosure.stage, scope=disclosure.scope)
        found = run_rules(one, Context(settings=options.context.settings), OWN_RULES, options.ignore,
                          options.severities)
        out += [f for f in found if selected(f.code, options.select, options.ignore)
                and not options.ignored_here(f.code)]
    return out
