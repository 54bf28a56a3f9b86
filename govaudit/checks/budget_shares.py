"""A 预算's list of parts, each with its amount and its share, that names no whole ("按功能分类分：一般公共服务支出
1,536.21万元，占72.12%；社会保障和就业支出156.93万元，占7.37%；…住房保障支出89.74万元，占4.21%"): the shares are of
the total the listed amounts make up. Judged only when the amounts add up (within rounding) to exactly one total the
tables print; a list that is part of some total the text does not say is never guessed at (precision first)."""

from __future__ import annotations

from decimal import Decimal

from govaudit.checks.narrative_common import MONEY_UNITS, of_claim, subject_value

# the totals such a list may exhaust: all spending or income, 财政拨款, 一般公共预算, 基本支出, 项目支出
LISTED_WHOLES = ("本年支出合计", "本年收入合计", "财政拨款支出", "一般公共预算财政拨款支出", "基本支出", "项目支出",
                 "一般公共预算财政拨款基本支出")


def listed_share_whole(disclosure, c, cs: list):
    """The table total (a TableValue) that the share `c` is of, for a 预算 share naming no whole in a sentence that
    lists two or more parts with amount and share; else None."""
    if disclosure.stage != "预算" or c.kind != "share" or c.whole or c.rate is None or c.amount is None \
            or c.basis is not None or c.amount.unit not in MONEY_UNITS:
        return None
    listed = [o for o in cs if o.kind == "share" and o.paragraph == c.paragraph and o.sentence_no == c.sentence_no
              and not o.whole and o.rate is not None and o.amount is not None and o.basis is None
              and o.amount.unit in MONEY_UNITS]
    if len(listed) < 2 or c not in listed:
        return None
    vals = [of_claim(o.amount) for o in listed]
    lo, hi = sum((v.lo for v in vals), Decimal(0)), sum((v.hi for v in vals), Decimal(0))
    # (a total of both sides, 收支预算总计, is named by the side the list is of: "按资金来源分：…收入" by the 收入 one)
    income = any("收入" in (o.subject or "") + (o.subject_text or "") for o in listed)
    names = sorted(LISTED_WHOLES, key=lambda n: ("收入" not in n) if income else ("收入" in n))
    fits = {}
    for name in names:
        tv = subject_value(disclosure, name)
        if tv is not None and tv.val.lo <= hi and lo <= tv.val.hi:
            fits.setdefault(tv.val.value, tv)
    return next(iter(fits.values())) if len(fits) == 1 else None
