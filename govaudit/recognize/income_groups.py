"""A 收入总表's columns keyed per group (budfix s29, issue #9).

'合计 | 财政拨款 [小计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 | 上年财政拨款结转] | 单位资金 [小计 | 上年结转结余 |
事业收入 | …]': the column words alone (budget_specs B02) key a part by what it is, not by whose group it is in, so the
fiscal group's '上年财政拨款结转' and the 单位资金's '上年结转结余' were both 'carry_in' (one of them 'carry_in#N', added
by no rule), and a part naming no known source was 'fiscal#N' / 'unit_funds#N'. Session 28 set such tables aside.

Here each part of a group printing its own 小计 is keyed as that group's: the 财政拨款 group's parts 'fiscal.*' (the
three funds, 'fiscal.carry_in', 'fiscal.now' for 本年拨款, 'fiscal.other' for one part naming no known source), which
BGT204 adds up against the group's 小计, and BGT201 does not (the 小计 holds them); the 单位资金 group's parts keep
the source keys BGT201, BGT205 and the cross-table rules name (business, carry_in …), and one part naming no known
source is 'unit_funds.other' (BGT201 and BGT205 add it). A group that cannot be keyed surely — a second 小计 inside
it, an '其中' column (a part of a part, not a part of the 小计), two parts read the same way, a part of another kind
of money — is left as the column words read it (its unknown parts then set the table aside: budget_tables).
"""

from __future__ import annotations

from govaudit.model import Table

FISCAL_FUNDS = ("fiscal.general", "fiscal.gov_fund", "fiscal.state_capital")
# the 单位资金 group's parts: the sources BGT201 adds (all but 财政拨款) and BGT205 adds up against its 小计
UNIT_SOURCES = ("carry_in", "special_account", "business", "operating", "upper", "affiliated", "other")
SUBTOTALS = ("小计", "合计")


def _base(key: str) -> str:
    return key.split("#", 1)[0]


def _fiscal_part(column, rel: str) -> str | None:
    """The key of a column of the 财政拨款 group (rel: its header below the group's word)."""
    if column.key in FISCAL_FUNDS:
        return column.key
    if _base(column.key) not in ("fiscal", "carry_in", "carry_in_part", "income_now"):
        return None  # (another kind of money read under the group: not surely a part of its 小计)
    if "结转" in rel:
        return "fiscal.carry_in"  # '上年财政拨款结转', '上年结转'
    if rel.startswith("本年"):
        return "fiscal.now"  # '本年拨款' beside '上年结转' (test_review16's unsplit group)
    return "fiscal.other"  # '其他财政资金'


def _unit_part(column, rel: str) -> str | None:
    base = _base(column.key)
    if base in UNIT_SOURCES:
        return base
    if base == "unit_funds":
        return "unit_funds.other"  # named by the group's word only ('用事业基金弥补收支缺口')
    return None


def _group_keys(table: Table, subtotal_key: str, part_of) -> dict[str, str] | None:
    """{old key: new key} for the group whose 小计 column is keyed `subtotal_key`; None when it cannot be keyed surely."""
    subs = [c for c in table.columns if _base(c.key) == subtotal_key and "/" in c.header
            and c.header.rsplit("/", 1)[1] in SUBTOTALS]
    if len(subs) != 1:
        return None
    group = subs[0].header.rsplit("/", 1)[0] + "/"
    members = [c for c in table.columns if c is not subs[0] and c.header.startswith(group)]
    renames = {subs[0].key: subtotal_key}
    for c in members:
        rel = c.header[len(group):]
        if "其中" in rel or any(level in SUBTOTALS for level in rel.split("/")):
            return None  # a part of a part, or a 小计 of some of the parts
        new = part_of(c, rel)
        if new is None:
            return None
        renames[c.key] = new
    if len(set(renames.values())) != len(renames):
        return None  # two parts read the same way: which is which is not known
    return renames


def key_income_groups(table: Table) -> None:
    """Rekey a B02's group parts (see the module's docstring); the fiscal group first, so that the 单位资金 group's
    '上年结转结余' (carry_in#N beside the fiscal group's carry-over) gets the key its own."""
    for subtotal_key, part_of in (("fiscal", _fiscal_part), ("unit_funds", _unit_part)):
        renames = _group_keys(table, subtotal_key, part_of)
        if not renames or all(old == new for old, new in renames.items()):
            continue
        others = {c.key for c in table.columns if c.key not in renames}
        if others & set(renames.values()):
            continue  # a key the group's part would take is another column's (printed outside the group)
        for c in table.columns:
            c.key = renames.get(c.key, c.key)
        for row in table.rows:
            moved = {renames[k]: row.cells.pop(k) for k in list(row.cells) if k in renames}
            row.cells.update(moved)
