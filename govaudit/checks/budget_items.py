"""A 预算's 科目 paragraphs ("1.“A（类）B（款）C（项）”X万元，主要用于…。2024年当年预算执行数为P万元，2025年预算安排B万元，
比2024年预算执行数增加R%"): what a later sentence of the paragraph says again of the 科目.

The sentence that restates this year's budget ("2025年预算安排B万元") speaks of the paragraph's 科目 — it names no
other — so B is X. Real 说明 copy that sentence from the paragraph above and change only part of it (万里街道 2023:
职业年金 220.63万元 then "2023年预算安排441.25万元", the 养老保险 line's; 2024: 住房公积金 350.35 then 352.67), which
TXT002 reports: the two amounts are said of one 科目.
"""

from __future__ import annotations

from govaudit.checks.narrative_common import (MONEY_UNITS, _core, _item_row, bare, finding, finding_file,
                                              narrative_year, of_claim, paragraph_of, pct, show)
from govaudit.lazyre import lazy
from govaudit.model import Finding, Severity
from govaudit.model.trusted import construct
from govaudit.narrative_data import narrative_data
from govaudit.text import norm

# the clause that gives a year's budget of the paragraph's 科目: "2025年预算安排B万元", "2025年预算数为B万元" (the
# sentence's last clause keeps its full stop: "…，2026年预算安排104.62万元。")
RESTATED_RE = lazy(r"^(\d{4})年度?(?:预算安排|预算数为|预算数|预算为)(?:为)?[\d,，.]+(?:万元|元)[。;；]?$")


def restated_item_budgets(disclosure, cs: list):
    """TXT002 where a 科目 paragraph's "YYYY年预算安排B万元" (YYYY this year) is not the 科目's amount X its first
    sentence gave. Only the nearest 科目 before it in the same paragraph counts, and only while no other subject was
    named in between (a "其中：人员经费…" would be what B is of)."""
    if disclosure.stage != "预算":
        return
    year = narrative_year(disclosure)
    if year is None:
        return
    head = None  # the 科目 claim the paragraph is about, while nothing else has been named
    for c in cs:
        if head is not None and (c.paragraph, c.piece) != (head.paragraph, head.piece):
            head = None
        if c.kind != "amount":
            continue
        if c.item and c.known and c.basis is None and c.amount is not None and c.amount.unit in MONEY_UNITS:
            head = c
            continue
        if c.known or c.subject:
            head = None  # another subject named: what follows may be of it
            continue
        if head is None or c.sentence_no <= head.sentence_no or c.basis != "budget" or c.amount is None \
                or c.amount.unit not in MONEY_UNITS:
            continue
        m = RESTATED_RE.match(norm(c.clause))
        if m is None or int(m.group(1)) != year:
            continue
        said, own = of_claim(c.amount), of_claim(head.amount)
        if said.meets(own):
            continue
        gap = show(said.value - own.value, 2)
        yield finding(disclosure, c, "TXT002", Severity.error,
                      f"文中“{c.clause.rstrip('。;；')}”说的是本段第{head.sentence_no}句的“{head.subject_text}”（{head.amount.text}），金额却不同："
                      f"{said.shown()} 与 {own.shown()}，相差 {gap}{_rate_hint(c, cs, own)}。", [head.location],
                      expected=bare(head.amount), actual=bare(c.amount), difference=gap)


def _rate_hint(c, cs: list, own) -> str:
    """'；同句的增长率 0.53% 是按 350.35 算的' when the sentence's rate fits the 科目's amount and not the one restated:
    the restated amount is the slip, not the rate."""
    for o in cs:
        if o.kind == "change" and o.paragraph == c.paragraph and o.sentence_no == c.sentence_no and o.base is not None \
                and o.rate is not None and o.direction and o.amount is c.amount and o.base.unit in MONEY_UNITS:
            base = of_claim(o.base)
            if base.value <= 0:
                return ""
            lo = (own.lo - base.hi) / base.hi * 100 if own.lo >= base.hi else (own.lo - base.hi) / base.lo * 100
            hi = (own.hi - base.lo) / base.lo * 100 if own.hi >= base.lo else (own.hi - base.lo) / base.hi * 100
            rate = of_claim(o.rate)
            r_lo, r_hi = (rate.lo, rate.hi) if o.direction > 0 else (-rate.hi, -rate.lo)
            if r_lo <= hi and lo <= r_hi:
                return (f"；同句的{o.rate_word or o.direction_word or ''}{o.rate.text}是按 {own.shown()} 算的："
                        f"（{own.shown()} − {base.shown()}）÷ {base.shown()} = "
                        f"{pct(abs(own.value - base.value) / base.value * 100)}")
    return ""


LEVELS = "类款项"


def _path(item: tuple[str, ...]) -> str:
    return "".join(f"{name}（{LEVELS[i]}）" for i, name in enumerate(item))


def misnamed_items(disclosure, cs: list, skip: set):
    """TXT030 where a 科目 named by its 类, 款 and 项 ("卫生健康支出（类）卫生健康支出（款）计划生育事务（项）") is no row
    of the tables of its passage's spending: its 类 is there, but under it (or under its 款) no row bears the next
    name. Such an item is judged against nothing (TXT001 needs the row), so the reader is told the names disagree and
    what the table has there. Not for a 类 the table does not print (another fund's, or an old name TXT030 reports
    already: `skip` holds those paragraphs), nor where any of the tables has the path (a column or figure that is
    not there is another matter), nor a table whose coded rows lost their names in reading. Only a name the text
    marks as a 科目 of its level ("财政事务（款）", or in a dashed path "“A-B-C”科目") is reported: names listed after a
    类 are as often its projects ("…其中：信息化建设300.00万元") or its sources ("其中：上年结转…，当年拨款…")."""
    done = set()
    for c in cs:
        if c.kind != "amount" or not c.item or not c.item[0] or len(c.item) < 2 or c.paragraph in skip \
                or any(name[:1].isdigit() for name in c.item) or (c.paragraph, c.item) in done:
            continue
        if len(c.item) == 2 and c.item[0].removesuffix("支出") not in norm(c.sentence):
            continue  # a 类 heading over a 款 named alone may be an economic 款 (“（8）会议费（款）支出40.00万元”: 30215)
        found = []  # (table, column) the passage's spending may be printed in
        for kind, column in narrative_data().item_tables.get(c.scope or "", ()):
            t = disclosure.tables.get(kind)
            coded = [r for r in t.rows if r.code and r.code.isdigit()] if t is not None else []
            if coded and all(r.label for r in coded) and t.unreliable is None and t not in [f[0] for f in found]:
                found.append((t, column))
        if not found:
            continue
        if any(_item_row(t, c.item) is not None for t, _column in found):
            continue  # some table has the path as the amount checks find it (a 类's list naming its 项 too)
        miss = [m for t, column in found if (m := _first_miss(t, column, c.item, _core)) is not None]
        miss = [m for m in miss if m[1] > 0]  # (the 类 itself not there: not this table's)
        if not miss:
            continue
        done.add((c.paragraph, c.item))
        t, depth, parent, column = max(miss, key=lambda m: m[1])
        name = c.item[depth]
        level = LEVELS[depth]
        if not _marked(disclosure, c, name, level):
            continue  # “一般公共服务支出（类）…，其中：信息化建设300.00万元”: a project, perhaps, not a 款 misnamed;
            # “住房保障支出（类）100.00万元，其中：上年结转20.00万元，当年拨款80.00万元”: its sources, not its 款
        under = [r for r in t.rows if r.code and r.code.isdigit() and len(r.code) == 3 + 2 * depth
                 and r.code.startswith(parent.code)]
        there = "、".join(f"{r.code} {r.label}" for r in under[:6]) + ("等" if len(under) > 6 else "")
        # where the names the text put at this level and below are in the table (万里街道 2025: the 类's name
        # repeated as its 款, the 款's name given as the 项)
        places = []
        for said in dict.fromkeys(c.item[depth:]):
            rows = [r for r in t.rows if r.code and r.code.isdigit() and _core(r.label) == _core(said)]
            if len(rows) == 1:
                places.append(f"“{said}”是{LEVELS[(len(rows[0].code) - 3) // 2]} {rows[0].code}")
        hint = "；" + "，".join(places) if places else ""
        fits = [r for r in t.rows if r.code and r.code.isdigit() and r.code.startswith(parent.code)
                and len(r.code) == 3 + 2 * (len(c.item) - 1)
                and _fits(r.cells.get(column) or r.cells.get("amount"), c)]  # (江苏 B05 prints 金额, 上海's 合计)
        if len(fits) == 1:
            hint += f"；文中的金额 {c.amount.text} 与「{fits[0].code} {fits[0].label}」相符"
        file = finding_file(disclosure, c.location)
        yield construct(Finding, code="TXT030", severity=Severity.warning, file=file, table="情况说明",
                        locations=[c.location.model_copy(update={"file": file})],
                        message=f"文中“{_path(c.item)}”在{t.label}中找不到：「{parent.code} {parent.label}」之下没有名为"
                                f"“{name}”的{level}" + (f"（其下的{level}为 {there}）" if there else "") + hint
                                + "。科目名称与公开表不一致，这一项的金额未能核对。",
                        expected=there or None, actual=_path(c.item))


def _marked(disclosure, c, name: str, level: str) -> bool:
    """The text writes the name that is not in the table as a 科目 of its level: "财政事务（款）", or in a path of 科目
    names joined by dashes ("“卫生健康支出-卫生健康支出-行政单位医疗”科目")."""
    para = paragraph_of(disclosure, c)
    text = norm(para.text) if para is not None else ""
    return f"{norm(name)}({level})" in text or any(f"{d}{norm(name)}" in text for d in "-－—")


def _first_miss(table, column, item: tuple[str, ...], core):
    """(table, depth, parent row, column) of the first level of `item` no row of `table` under the level above bears,
    or None when every level is there."""
    coded = [r for r in table.rows if r.code and r.code.isdigit()]
    prefix, parent = "", None
    for depth, name in enumerate(item):
        hits = [r for r in coded if len(r.code) == 3 + 2 * depth and r.code.startswith(prefix)
                and core(r.label) == core(name)]
        if len(hits) != 1:
            return table, depth, parent, column
        parent, prefix = hits[0], hits[0].code
    return None


def _fits(fig, c) -> bool:
    if fig is None or c.amount is None or c.amount.unit not in MONEY_UNITS:
        return False
    lo, hi = c.amount.interval()
    return lo <= fig.amount <= hi
