"""The 预算 side of the narrative rules (checks/narrative.py calls these for a 预算 only): what a 预算's text may be held
against that a 决算's may not.

A share said with no amount of its own ("按资金来源分，一般公共预算拨款收入所占比重为85.32%", "支出预算中，基本支出占62.67%")
is judged with the part's table figure when the whole is the 预算's 收支预算总计 (收入预算 / 支出预算, of which every source
of income and every kind of spending is a part) or a total whose parts rules/narrative.toml lists (not a `nearby` one:
a 人员经费 is 财政拨款's, a 基本支出 may be all funds'), and the sentence speaks of no other year.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govaudit.checks.narrative_common import (MONEY_UNITS, Val, add, category_value, finding, narrative_year, of_claim,
                                              part_named_before, quote, show, signed, subject_value, sum_finding, table_figure)
from govaudit.model import Severity
from govaudit.model.claim import ANY_SPENDING
from govaudit.lazyre import lazy
from govaudit.recognize.budget_prior import PRIOR
from govaudit.recognize.claims_budget import FISCAL_CARRIED_IN, INCOME_SOURCES, YEAR_SAID_RE
from govaudit.narrative_data import narrative_data
from govaudit.text import norm

# the parts of a 预算's 收支预算总计 a share may name: its sources of income and its kinds of spending (each side adds up
# to the 总计; B01 prints both)
TOTAL_PARTS = ("财政拨款收入", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入",
               "事业收入", "经营收入", "其他收入", "其他资金", "财政专户管理资金", "上年结转资金", "基本支出", "项目支出",
               "单位预留机动经费")
# words that make the share another year's or a change ("比上年提高2个百分点", "同比")
OTHER_TIME_RE = lazy(r"上年|上一年|去年|百分点|同比")
YEAR_RE = YEAR_SAID_RE  # (recognize/claims_budget: the years a sentence names)
# a total said bare after its parts: "公务接待费1.20万元、公务用车购置及运行费8.50万元、因公出国（境）费0万元，三项合计9.70万元",
# "人员经费…，公用经费…，合计1,334.77万元" (its subject unsaid: no table figure, only the parts' sum)
BARE_TOTAL_RE = lazy(r"^(?:([二两三四五六七八九])项|以上各项|上述各项|以上|上述)?(?:合计|共计|总计)(?:为|是)?$")
_COUNTS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def budget_table_part(disclosure, c):
    """A 预算 share the sentence states with no amount: the part's table figure (a TableValue), or None when it may
    not be judged so."""
    whole = narrative_data().subjects.get(c.whole)
    if disclosure.stage != "预算" or not c.known or c.project or c.basis is not None or whole is None:
        return None
    if c.category:
        # "一般公共预算拨款支出中，一般公共服务支出占87.43%": a 类 of the spending leading its list, a share of that
        # spending: the 类's figure where its amount would be looked up (narrative.toml category_tables; s25)
        if not c.scope or c.scope != c.whole or c.scope == ANY_SPENDING or part_named_before(c):
            return None
    elif c.subject not in (TOTAL_PARTS if c.whole == "收支预算总计" else () if whole.nearby else whole.parts):
        return None
    text, year = norm(c.sentence), narrative_year(disclosure)
    # (another time said after the share's own clause is its change: "占收入预算的85.32%，比上年提高7.22个百分点")
    at = text.find(c.clause.rstrip("。.;；")) if c.clause else -1
    before = text[: at + len(c.clause)] if at >= 0 else text
    if OTHER_TIME_RE.search(before) or any(year is None or int(y) != year for y in YEAR_RE.findall(text)):
        return None
    return category_value(disclosure, c) if c.category else subject_value(disclosure, c.subject)


def loose_item_row(table, item: tuple[str, ...], core):
    """The one row of a table a 科目 named without its 类 (and perhaps its 款) is: ("", "", "事业运行") is the only 项 row
    named 事业运行, ("", "政协事务", "政协会议") the only 项 row named 政协会议 under a 款 named 政协事务 (recognize/
    claims_budget.bare_item); None when no row or more than one is so named. `core` normalises a name."""
    coded = [r for r in table.rows if r.code and r.code.isdigit()]
    hits = [r for r in coded if len(r.code) == 1 + 2 * len(item) and core(r.label) == core(item[-1])]
    for depth, name in enumerate(item[:-1]):
        if name:
            hits = [r for r in hits if any(len(a.code) == 3 + 2 * depth and r.code.startswith(a.code)
                                           and core(a.label) == core(name) for a in coded)]
    return hits[0] if len(hits) == 1 else None


def bare_totals(disclosure, cs: list, summed):
    """TXT007 for a total said bare after its parts in its own sentence ("A X万元、B Y万元，合计Z万元"): every amount
    before it in the sentence is this year's of a known subject, there are two or more, none is a part of another of
    them, and nothing before them opens a list ("其中", a whole whose parts they may be only some of). `summed` is
    checks/narrative._summed (the parts' sum, the total as stated, the sum written out)."""
    data = narrative_data()
    # (in a 预算 an amount said as the budget's, “…支出预算中，A X万元…，合计Z万元”, is this year's too)
    this_year = (None, "budget") if disclosure.stage == "预算" else (None,)
    for i, c in enumerate(cs):
        if c.kind != "amount" or c.known or c.basis not in this_year \
                or not (bare := BARE_TOTAL_RE.match(norm(c.subject_text or ""))):
            continue
        said = [p for p in cs[:i] if p.paragraph == c.paragraph and p.sentence_no == c.sentence_no]
        parts = [p for p in said if p.kind == "amount"]
        if bare.group(1) and len(parts) != _COUNTS[bare.group(1)]:
            continue  # "A X万元，B Y万元，C Z万元，两项合计…": which two is not said (s18finB)
        names = {p.subject for p in parts}
        if len(parts) < 2 or len(said) != len(parts) or any(not p.known or p.basis != c.basis or p.category
                                                            or p.amount.unit != c.amount.unit for p in parts) \
                or len(names) < len(parts) or any(set(data.subjects[n].parts) & names for n in names) \
                or "其中" in (text := norm(c.sentence))[: text.find(norm(parts[0].clause))]:
            continue
        total, stated, terms = summed(c, parts)
        if stated.meets(total):
            continue
        yield sum_finding(disclosure, c, quote(c, c.amount), "同一句前面所说各项", parts, total, stated, terms,
                          c.amount.text)


# the ways a 类's (or a 科目's) amount splits by kind of spending that leave nothing out (a 单位预算's B01 prints 人员经费 ·
# 公用经费 · 项目支出 for each 类)
CATEGORY_SPLITS = ({"基本支出", "项目支出"}, {"人员经费", "公用经费", "项目支出"})
# and the way a fund's 科目 splits by when the money was granted (its 当年拨款 and what was carried over from last year:
# "住房公积金（项）100.00万元，其中：当年拨款80.00万元，上年结转20.00万元"), for a 科目 of a 财政拨款 spending only (all funds'
# hold 事业收入 … too)
FUND_SPLIT = {"当年拨款", "上年结转"}
FUND_SPLIT_NAMES = {"本年拨款": "当年拨款", "当年财政拨款": "当年拨款", "上年结转资金": "上年结转", "上年结转结余": "上年结转"}
THOUSANDS_RE = lazy(r"(?<=\d),(?=\d{3})")  # (a clause is read with its amounts' separators taken out)
# a 预算's 财政拨款支出 splits by kind of spending too ("财政拨款支出2,082.33万元，其中：基本支出…，项目支出…"; its 基本支出 and
# 项目支出 have no subject of their own: 上海's B04 prints no such line), unless 江苏's B04 prints 单位预留机动经费 as a third
FISCAL_SPENDING = "财政拨款支出"
FISCAL_RESERVE = "财政拨款预算单位预留机动经费"


def _splits(disclosure, c) -> tuple[set[str], ...]:
    """The whole splits the parts after c's 其中 may name (see category_split)."""
    if c.category or c.item:
        return (*CATEGORY_SPLITS, FUND_SPLIT) if "拨款" in (c.scope or "") else CATEGORY_SPLITS
    if c.subject == FISCAL_SPENDING and disclosure.stage == "决算":
        return (CATEGORY_SPLITS[0],)
    if c.subject == FISCAL_SPENDING and disclosure.stage == "预算":
        tv = subject_value(disclosure, FISCAL_RESERVE)
        return (CATEGORY_SPLITS[0],) if tv is None or all(f.value == 0 for f in tv.figures) else ()
    return ()


def category_split(disclosure, cs: list):
    """TXT007 for a 类 (or 科目) whose amount its sentence splits after 其中 by kind of spending ("一般公共服务支出1,536.21
    万元，其中：人员经费847.12万元，公用经费158.93万元，项目支出530.16万元"): the parts (the 类's own, recognize/claims.py reads
    them as no subject known) are all that follows in the sentence, this year's, in the total's unit, and name one whole
    split of CATEGORY_SPLITS (or FUND_SPLIT, for a 科目 of a 财政拨款 spending; a 预算's 财政拨款支出 too, `_splits`);
    their sum must be the 类's amount."""
    from govaudit.checks.narrative import _part_val

    yield from _complement_split(disclosure, cs, _part_val)
    otherwise = _spends_otherwise(disclosure)
    for i, c in enumerate(cs):
        if c.kind != "amount" or not c.known or c.basis is not None or c.amount is None or not (splits := _splits(
                disclosure, c)):
            continue
        if otherwise if (whole := category_splits_whole(disclosure, c)) is None else not whole:
            continue
        rest = [p for p in cs[i + 1:] if p.paragraph == c.paragraph and p.sentence_no == c.sentence_no]
        # (the whole's own share said after its bracket of parts: "…305.17万元（其中：…），占14.42%")
        rest = [p for p in rest if not (p.kind == "share" and p.known and p.subject == c.subject)]
        if c.category:  # "A类X万元，其中：基本支出…，项目支出…；B类Y万元，其中：…": A's list ends at the next 类
            rest = rest[: next((k for k, p in enumerate(rest) if p.category), len(rest))]
        text = THOUSANDS_RE.sub("", norm(c.sentence))
        at = text.find(c.amount.text)  # (the clause as read may have left out words: "一般公共服务支出(类)…")
        # (the list after the amount, or in a bracket right after it: "…1303.58万元（其中：基本支出…，项目支出…）")
        if at < 0 or not text[at + len(c.amount.text):].lstrip(",:(").startswith("其中") or not rest or any(
                p.kind != "amount" or p.known or p.basis is not None or p.amount is None
                or p.amount.unit != c.amount.unit for p in rest):
            continue
        names = [norm(p.subject_text or "").removeprefix("其中") for p in rest]  # ("，其中当年拨款90.00万元")
        if "拨款" in (c.scope or ""):
            names = [FUND_SPLIT_NAMES.get(n, n) for n in names]
        if len(set(names)) != len(names) or set(names) not in splits:
            continue
        total, stated = add([_part_val(p) for p in rest]), of_claim(c.amount)
        if stated.meets(total):
            continue
        terms = " + ".join(f"{p.subject_text} {p.amount.text}" for p in rest)
        yield sum_finding(disclosure, c, quote(c, c.amount), "同一句其中所列各部分", rest, total, stated, terms,
                          c.amount.text)


# a 预算's whole split into 财政拨款 and the rest ("部门预算收入2,129.93万元，其中：财政拨款收入2,082.33万元，非财政拨款收入
# 47.60万元"): 非财政拨款 is all but 财政拨款 by its name (no table prints it), so the two make the whole
COMPLEMENTS = {"收": ("财政拨款收入", "非财政拨款收入"), "支": ("财政拨款支出", "非财政拨款支出")}
LIST_END = ("", ";", "。")
SHARE_TAIL_RE = lazy(r",?占(?:比)?(?:为)?\d+(?:\.\d+)?%")  # (each part with its share: "…47.60万元，占2.23%。")


def _complement_split(disclosure, cs: list, part_val):
    """TXT007 for a 预算's known whole whose sentence lists after 其中 exactly its 财政拨款 and 非财政拨款 (收入 or 支出,
    as the whole is said), this year's, in its unit, the list ending there: the two must add up to it."""
    if disclosure.stage != "预算":
        return
    for i, c in enumerate(cs):
        if c.kind != "amount" or not c.known or c.basis is not None or c.amount is None:
            continue
        # (the parts' own shares between and after them are no part: "…2,082.33万元，占97.77%；非财政拨款收入…")
        pair = [p for p in cs[i + 1: i + 5] if not (p.kind == "share" and p.sentence_no == c.sentence_no
                                                    and p.paragraph == c.paragraph)][:2]
        if len(pair) < 2:
            continue
        side = [k for k in COMPLEMENTS if k in (c.subject_text or "")]
        if len(side) != 1 or any(p.paragraph != c.paragraph or p.sentence_no != c.sentence_no or p.kind != "amount"
                                 or p.basis is not None or p.amount is None or p.amount.unit != c.amount.unit
                                 for p in pair):
            continue
        own, other = COMPLEMENTS[side[0]]
        if not (pair[0].known and pair[0].subject == own and (pair[1].subject == other or not pair[1].known
                and norm(pair[1].subject_text or "") == other)):  # (非财政拨款收入 is a 决算 subject: 公开01表's lines)
            continue
        text = THOUSANDS_RE.sub("", norm(c.sentence))
        at = text.find(c.amount.text)
        end = text.find(pair[1].amount.text, at + len(c.amount.text)) + len(pair[1].amount.text)
        if share := SHARE_TAIL_RE.match(text, end):
            end = share.end()
        if at < 0 or not text[at + len(c.amount.text):].lstrip(",:").startswith("其中") or text[end:end + 1] not in LIST_END:
            continue
        total, stated = add([part_val(p) for p in pair]), of_claim(c.amount)
        if not stated.meets(total):
            terms = " + ".join(f"{p.subject_text} {p.amount.text}" for p in pair)
            yield sum_finding(disclosure, c, quote(c, c.amount), "同一句其中所列两部分", pair, total, stated, terms,
                              c.amount.text)


# the department's spending tables (决算 公开03表, 预算 支出总表) and the columns of their rows that are a split by kind
SPENDING_TABLES = ("03", "B03")
SPLIT_COLUMNS = ("total", "basic", "project", "amount")
# the tables whose columns split a 类's spending by kind (基本支出, 项目支出, 经营支出 …; 公开04表's split it by fund)
KIND_TABLES = ("03", "B03", "05", "B05")


def category_splits_whole(disclosure, c) -> bool | None:
    """A 类's own rows decide instead of the whole department's (`_spends_otherwise`): True when the 类's row, in every
    table of KIND_TABLES its scope reads it from (公开05表 for 一般公共预算财政拨款, 公开03表 for all the department's …), prints
    no spending beside 基本支出 and 项目支出, False when one prints some (公开03表's 经营支出 of that 类), None when no
    such table prints the 类's row (then the department's tables decide)."""
    if c.subject == FISCAL_SPENDING and disclosure.stage == "决算":
        return True  # (a 决算's 财政拨款 is spent as 基本支出 or 项目支出 only: 公开05/08/09表 print no other kind)
    if not c.category or not c.scope:
        return None
    scopes = list(narrative_data().category_tables) if c.scope == ANY_SPENDING else [c.scope]
    rows = [row for scope in scopes for kind, _col in narrative_data().category_tables.get(scope, ())
            if kind in KIND_TABLES and (table := disclosure.tables.get(kind)) is not None
            for row in table.rows if row.key == c.category]
    if not rows:
        return None
    return not any(f is not None and f.value and key.split(".")[0] not in SPLIT_COLUMNS
                   for row in rows for key, f in row.cells.items())


def _spends_otherwise(disclosure) -> bool:
    """The department spends in other ways than 基本支出 and 项目支出 (公开03表's 上缴上级支出, 经营支出, 对附属单位补助支出;
    the 预算 支出总表's likewise): a 类's '其中：基本支出…，项目支出…' may then leave part of it out, so it is no whole split."""
    for kind in SPENDING_TABLES:
        table = disclosure.tables.get(kind)
        for row in table.rows if table is not None else ():
            if any(f is not None and f.value and key.split(".")[0] not in SPLIT_COLUMNS for key, f in row.cells.items()):
                return True
    return False


# the two sides of a 预算's 收支预算总计 (B01): a change of "收入预算" is the sum of its sources' changes, one of "支出预算" of
# its kinds of spending ("收入预算2,129.93万元，比上年预算减少85.47万元，其中：财政拨款收入…减少51.77万元；事业收入…")
FUND_INCOMES = ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入")
SIDES = {"收入": ("财政拨款收入", *INCOME_SOURCES),
         "支出": ("基本支出", "项目支出", "单位预留机动经费", "结转下年资金")}


def _side(subject_text: str) -> str | None:
    said = [s for s in SIDES if s in norm(subject_text or "")]
    return said[0] if len(said) == 1 else None


def side_changes(disclosure, cs: list):
    """TXT007 for a 预算's 收入预算 (支出预算) whose change against last year's budget is followed, in its paragraph (or
    preceded, in its sentence), by the change of every source (kind of spending; 财政拨款 as one or by fund) the tables
    print a figure for: their sum must be its change. Judged
    only when the tables' own parts of that side add up to the 收支预算总计 (no source unknown here) and every part
    compares with the same budget as the whole."""
    if disclosure.stage != "预算":
        return
    total = subject_value(disclosure, "收支预算总计")
    for i, c in enumerate(cs):
        side = _side(c.subject_text) if c.subject == "收支预算总计" and c.known else None
        if side is None or total is None or c.kind != "change" or c.basis != "prior" or c.change is None \
                or c.change.unit not in MONEY_UNITS:
            continue
        # (its parts after it in the paragraph, or before it in its sentence: “…，其他收入比上年增加10.00万元，收入
        # 预算合计比上年增加40.50万元”)
        around = [p for p in cs[i + 1:] + [p for p in cs[:i] if p.sentence_no == c.sentence_no]
                 if p.paragraph == c.paragraph and p.known and p.basis == c.basis and p.kind in ("change", "flat")]
        names = SIDES[side]
        if side == "收入" and not any(p.subject == names[0] for p in around):
            names = FUND_INCOMES + names[1:]  # 财政拨款's by fund (一般公共预算拨款收入…, 政府性基金预算拨款收入…)
        figures = {n: tv for n in names if (tv := subject_value(disclosure, n)) is not None and tv.val.value}
        if not figures or sum(tv.val.value for tv in figures.values()) != total.val.value:
            continue
        parts = [next((p for p in around if p.subject == n), None) for n in figures]
        if any(p is None or p.budget_word != c.budget_word or (p.kind == "change" and (
                p.change is None or p.change.unit not in MONEY_UNITS)) for p in parts):
            continue
        vals = [signed(p.change, p.direction) if p.kind == "change" else Val(Decimal(0), Decimal(0), Decimal(0), 2)
                for p in parts]
        summed, stated = add(vals), signed(c.change, c.direction)
        if stated.meets(summed):
            continue
        terms = " ".join(f"{'−' if v.value < 0 else '+'} {p.subject} {show(abs(v.value), min(v.decimals, 2))}"
                         for p, v in zip(parts, vals)).lstrip("+ ")
        yield finding(disclosure, c, "TXT007", Severity.error,
                      f"{quote(c, c.change, c.direction_word)}（{c.subject_text}比上年）：文中各组成部分的增减为 {terms} = "
                      f"{show(summed.value, 2)}，与 {show(stated.value, 2)} 不符。", [p.location for p in parts],
                      expected=show(summed.value, 2), actual=show(stated.value, 2))


CLAUSES_RE = lazy(r"(?<=[,;。])")


def said_none(disclosure):
    """TXT001 for a 预算's text that says the department has no income (spending) of a fund whose table figure is not
    nil ("本部门2026年无政府性基金预算拨款收入" beside 265.00 万元 in the 财政拨款收支预算总表); a sentence naming another
    year (or last year) is not judged. The clause is read by recognize/claims.none_said, the reader of a 决算's "none"
    clauses too."""
    from govaudit.model import Claim
    from govaudit.recognize.claims import none_said
    from govaudit.model.trusted import construct

    if disclosure.stage != "预算":
        return
    year = narrative_year(disclosure)
    for p in disclosure.paragraphs:
        for n, sentence in enumerate(re.split(r"(?<=[。！？!?])", p.text), start=1):
            s = norm(sentence)
            for clause in CLAUSES_RE.split(s):
                found = [(name, tv) for name in none_said(clause, s, year, "预算")
                         if (tv := subject_value(disclosure, name)) is not None and tv.val.lo > 0]
                if not found:
                    continue
                name, tv = found[0]
                said = clause.rstrip(",;。")
                c = construct(Claim, kind="amount", subject=name, subject_text=said,
                              known=True, sentence=sentence.strip(), clause=said, paragraph=p.index, sentence_no=n,
                              location=p.location.model_copy(update={"sentence": sentence.strip()}))
                yield finding(disclosure, c, "TXT001", Severity.error,
                              f"文中“{said}”，而{tv.cell}为 {tv.val.shown()} 万元，不是{'零' if '为零' in said else '没有'}。", [tv.location],
                              expected=tv.val.shown(), actual="0")


BARE_SIDES = ("收入预算", "支出预算")


# a bare side's other line: 财政拨款's 收入预算 may be its 收入总计 (with 上年结转) or its 本年收入 (rules/narrative.toml)
OTHER_LINES = {"财政拨款收入总额": "财政拨款本年收入预算数"}


def department_side(disclosure, c) -> bool:
    """A bare 收入预算/支出预算 read as a fund's by its heading ("二、财政拨款收支预算情况 … 收入预算2082.33万元",
    recognize/claims_budget._heading_side) whose figure is the department's 收支预算总计, or for 财政拨款's income its
    本年收入 (财政拨款收支总表 一、本年收入, without the 上年结转): the sentence may speak of that under the heading, so it is
    not judged as the fund's 收入总计 (TXT001). So is a 上年结转 read as 财政拨款's whose figure is the department's
    (收支总表 上年结转结余, which may hold other money too)."""
    if disclosure.stage != "预算" or c.amount is None or c.amount.unit not in MONEY_UNITS:
        return False
    if c.subject == FISCAL_CARRIED_IN:  # "…，上年结转50.00万元" listed under a 财政拨款 heading: perhaps all the department's
        tv = subject_value(disclosure, "上年结转资金")
        return tv is not None and of_claim(c.amount).meets(tv.val)
    if c.subject == "收支预算总计" or norm(c.subject_text or "") not in BARE_SIDES:
        return False
    lines = [subject_value(disclosure, name) for name in ("收支预算总计", OTHER_LINES.get(c.subject)) if name]
    return any(tv is not None and of_claim(c.amount).meets(tv.val) for tv in lines)


ECONOMIC_PARTS = ("人员经费", "公用经费", "工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出")


def all_funds_part(disclosure, c, cs: list) -> bool:
    """In a 预算 or a 决算, a 人员经费 / 公用经费 said after the department's 基本支出 in its sentence ("基本支出6522.75万元，其中：人员
    经费5392.01万元，…") is a part of all funds' 基本支出, which the 一般公共预算 基本支出 table (B08) does not hold when that
    基本支出 is not the fund's figure (事业收入 spent as 基本支出): not judged against B08 then (TXT001)."""
    if c.subject not in ECONOMIC_PARTS:  # (in a 决算 too: 公开06表 holds 一般公共预算 only, s15text r8)
        return False
    at = next((i for i, o in enumerate(cs) if o is c), len(cs))
    # (this year's 基本支出 only: “基本支出6522.75万元，比上年基本支出6442.75万元增加…，其中：人员经费…” splits the first)
    this_year = (None, "budget") if disclosure.stage == "预算" else (None,)
    lead = [o for o in cs[:at] if o.paragraph == c.paragraph and o.sentence_no == c.sentence_no and o.kind == "amount"
            and o.known and o.subject == "基本支出" and o.basis in this_year and o.amount is not None
            and o.amount.unit in MONEY_UNITS]
    if not lead:
        return False
    fund = subject_value(disclosure, "一般公共预算财政拨款基本支出")
    return fund is None or not of_claim(lead[-1].amount).meets(fund.val)


def copied_part(disclosure, c):
    """A 预算 share's part written as a whole number that its table prints with decimals of nothing ("公务接待费支出30万元，
    占“三公”经费的12.86%" beside 公开09表's 30.00): the text copied the table (江苏 drops trailing zeros), so the part is the
    table's 30.00, not anything within 29.5–30.5 (TXT011); None otherwise."""
    from govaudit.checks.narrative_common import claim_table_value

    if disclosure.stage != "预算" or c.amount is None or c.amount.decimals or c.amount.unit not in MONEY_UNITS \
            or not c.known:
        return None
    tv = claim_table_value(disclosure, c)
    return tv.val if tv is not None and tv.val.value == of_claim(c.amount).value else None


# a change against what was spent last year, not against last year's 预算 (“比2023年执行数减少”, “比上年决算”,
# “与2023年预计执行数相比，减少”, “较2023年“三公”经费支出数减少”: anywhere from the comparison to the change, s18finB)
SPENT_BASE_RE = lazy(r"(?:比|较|与|同|对比)[^,;。]{0,14}(?:执行|决算|实际|完成|支出)")


def spent_base(disclosure, c) -> bool:
    """A 预算's change said against what was spent last year (SPENT_BASE_RE before the change's figure), not against last
    year's 预算: another base than a change “比上年预算” or “比上年”, so neither held against it nor summed with it."""
    if disclosure.stage != "预算" or c.change is None:
        return False
    text = norm(c.sentence)
    return SPENT_BASE_RE.search(text, 0, max(0, text.find(norm(c.change.text)))) is not None


def prior_budget_changes(disclosure, cs: list):
    """“2024年“三公”经费预算16.00万元，比2023年减少3.00万元” where the 三公 table prints last year's 预算数 beside this
    year's (recognize/budget_prior.py): each such change of a subject the table prints, with the table's figures of this
    year and of last year (checks/narrative._change_against holds the change against their difference). Not a change
    against last year's 执行数 or 决算, one naming a year other than this and the last, nor one whose sentence states
    another amount than the table's this year (a 下属单位's, a part's)."""
    table = disclosure.tables.get("B09")
    year = narrative_year(disclosure)
    if disclosure.stage != "预算" or table is None or table.row(PRIOR) is None or year is None:
        return
    data = narrative_data()
    for c in cs:
        if c.kind != "change" or c.basis != "prior" or c.change is None or c.change.unit not in MONEY_UNITS \
                or not c.direction or not c.known or c.item or c.category or c.amount is None:
            continue
        spec = data.subjects.get(c.subject)
        column = next((ref.column for refs in (spec.figures if spec else ()) for ref in refs
                       if ref.table == "B09" and ref.row == "budget"), None)
        clause = norm(c.clause)
        if column is None or spent_base(disclosure, c) or any(int(y) not in (year, year - 1) for y in YEAR_SAID_RE.findall(clause)):
            continue
        final, base = table_figure(disclosure, "B09", "budget", column), table_figure(disclosure, "B09", PRIOR, column)
        if final is not None and base is not None and of_claim(c.amount).meets(final.val):
            yield c, final, base


def prior_budget_directions(disclosure, cs: list):
    """TXT006 for a change said the other way round from the 三公 table's two years (“比上年增加1.80万元” where the
    table prints 22.00 last year and 20.20 this year): the changes `prior_budget_changes` keeps."""
    for c, final, base in prior_budget_changes(disclosure, cs):
        f, b = final.val, base.val
        actual = 1 if f.value > b.value else -1
        if f.meets(b) or actual == c.direction:
            continue
        yield finding(disclosure, c, "TXT006", Severity.error,
                      f"{quote(c, c.change, c.direction_word)}：{final.table.label}中本年预算数 {f.shown()} "
                      f"{'大于' if actual > 0 else '小于'}上年预算数 {b.shown()}，应为"
                      f"“{'增加' if actual > 0 else '减少'}{show(abs(f.value - b.value), 2)}万元”。",
                      [final.location, base.location], expected="增加" if actual > 0 else "减少", actual=c.direction_word)
