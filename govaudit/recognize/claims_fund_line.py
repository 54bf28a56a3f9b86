"""A fund's own line said in words (公开08表's 合计 row, 公开04表's fund rows): "政府性基金预算财政拨款年初结转和结余497.69万元，
本年收入3947.74万元，本年支出3984.99万元，年末结转和结余460.44万元" — the bare 本年收入, 本年支出 and 年末/年初结转和结余 after
the fund's own figure are the fund's, not the department's (recognize/claims.py used to leave them unjudged).
"""

from __future__ import annotations

# the funds' scopes (rules/narrative.toml): a subject's name opens with one of them when it is that fund's
FUND_SCOPES = ("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
BARE_MEASURES = {"本年收入": "收入", "本年支出": "支出"}
BALANCES = ("年初结转和结余", "年初结转结余", "年末结转和结余", "年末结转结余")


def fund_of(name: str) -> str | None:
    return next((f for f in FUND_SCOPES if name.startswith(f)), None)


def line_fund(said: list, subjects: dict) -> str | None:
    """The fund whose line the sentence states: its first amount is a subject of that fund (its 结转和结余, 收入, 支出)
    and every amount of a known subject so far is that fund's; None otherwise ("年初财政拨款结转和结余534.34万元，其中：
    一般公共预算财政拨款…，政府性基金…" is all 财政拨款's line)."""
    if not said or not said[0].known:
        return None
    fund = fund_of(said[0].subject)
    if fund is None:
        return None
    for c in said:
        if c.known and c.subject and (fund_of(c.subject) != fund or (c.subject in subjects
                                                                      and subjects[c.subject].scope not in ("", fund, None))):
            return None
    return fund


def fund_line_subject(text: str, fund: str, data) -> str | None:
    """The fund's subject a bare name on its line means: 本年收入 → 政府性基金预算财政拨款收入, 年末结转和结余 →
    政府性基金预算财政拨款年末结转和结余; None when the fund has none."""
    if text in BARE_MEASURES:
        spec = data.scoped(fund, BARE_MEASURES[text])
        return spec.name if spec is not None else None
    if text in BALANCES:
        name = fund + text[:2] + "结转和结余"
        return name if name in data.subjects else None
    return None
