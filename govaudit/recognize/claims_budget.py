"""Readings of recognize/claims.py that 预算 (部门预算 / 单位预算) wordings need, kept apart from the 决算 ones: a 科目's
own budget amount in the paragraph about it, a 类 under a heading that says whose spending, and a subject named only
by a heading (a numbered sentence or paragraph of nothing but its name: "3.公务接待费。2026年预算为1.20万元").
"""

from __future__ import annotations

from govaudit.lazyre import lazy

# the words between a 科目's name (or the start of a later sentence) and its own budget amount: "…行政运行（项）2026年
# 预算数为753.88万元", "…（项）：全年预算安排61.23万元" (a year other than the text's makes it last year's: claims.py
# reads that as basis prior, never here)
OWN_BUDGET_RE = lazy(r"[:,]?(?:\d{4}年度?|本年度?|当年)?(?:的)?(?:全年)?预算(?:数|安排|金额)?(?:为|是)?")
SPENT_WORDS = ("决算", "实际")
HEAD_NUMBER_RE = lazy(r"^(?:\(?\d+\)|\d+[、.]|\(?[一二三四五六七八九十]+[)、])")
# a heading that is nothing but a subject's name: "3.公务接待费。", "（二）公务用车购置及运行费", "1.公务接待费预算"
# (not a topic heading: "（一）一般公共预算支出预算情况" heads a passage that names many things)
HEAD_TAIL_RE = lazy(r"(?:预算)?[。:]?$")


def item_budget(before: str, earlier: str, item_heads: tuple[str, ...], n: int, sentence: str) -> bool:
    """A 预算 amount in the paragraph about one 科目 that is that 科目's own: in the paragraph's first sentence right after
    the 科目's name ("…行政运行（项）2026年预算数为X万元"), in a later sentence as its first words ("2026年预算安排X万元，
    比2025年预算增加…"); never in a sentence that says what was spent (in a 决算 the 科目's budget is not its figure)."""
    if any(w in sentence for w in SPENT_WORDS):
        return False
    t = HEAD_NUMBER_RE.sub("", before)
    head = next((h for h in item_heads if t.startswith(h)), None)
    if head is not None:
        t = t[len(head):]
    elif n == 1 and HEAD_NUMBER_RE.sub("", earlier).removesuffix(":") in item_heads:
        pass  # "（1）…事业运行（项）：2026年预算数为252.17万元": the name, a colon, then its own amount
    elif n == 1 or earlier:
        return False
    return OWN_BUDGET_RE.fullmatch(t) is not None


def plain_opening(first_clause: str, money_re, direction_re, neutral_re) -> bool:
    """The sentence's first clause says nothing but a year, 预算, 安排, 为 … before its first amount or change ("2026年
    预算为1.20万元", "全年预算安排8.50万元"): it speaks of what the heading named, not of another thing ("政协事务（款）
    政协会议（项）1,282.56万元")."""
    cut = [m.start() for m in (money_re.search(first_clause), direction_re.search(first_clause)) if m is not None]
    words = HEAD_NUMBER_RE.sub("", first_clause[: min(cut)] if cut else first_clause)
    return not neutral_re.sub("", words)


CATEGORY_PARAGRAPH_RE = lazy(r"^(?:\(?\d+\)|\d+[、.]|\(?[一二三四五六七八九十]+[)、])?[^()。,;:]{2,30}\(类\)(?!.*\((?:款|项)\))")


def category_paragraph(text: str) -> bool:
    """A paragraph about one 功能分类 类 alone (its 款 and 项 not named): "1.一般公共服务支出（类）2026年预算数为…" (text
    normalised). Numbered like a heading, it is an item of the passage, not a new heading."""
    return CATEGORY_PARAGRAPH_RE.match(text) is not None


def heading_subject(text: str, find) -> tuple[int, str] | None:
    """The subject alias a numbered heading sentence or paragraph consists of ("3.公务接待费。", "（二）公务用车购置及运行费",
    "（一）收入预算"): (its position, the alias); None when the heading says anything else. `find` is the lexicon's
    finder."""
    m = HEAD_NUMBER_RE.match(text)
    if m is None:
        return None
    whole = text[m.end():].rstrip("。:")
    for rest in dict.fromkeys((whole, HEAD_TAIL_RE.sub("", whole))):  # "收入预算" is a name; "公务接待费预算" is not
        hit = find(rest) if rest else None
        if hit is not None and hit[0] == 0 and hit[1] == rest:
            return m.end(), hit[1]
    return None


_NUMBER = r"(?:\(?\d+\)|\d+[、.]|\(?[一二三四五六七八九十]+[)、])"
_NAME = r"(?:[^()。,;:\d]|\([^()类款项]{1,4}\))"  # "政府办公厅(室)及相关机构事务": a name may hold a bracket
# 江苏: a heading paragraph of one 类 alone ("（一）一般公共服务（类）"), its 款 and 项 in the paragraphs under it
CATEGORY_HEAD_RE = lazy(rf"^{_NUMBER}?({_NAME}{{2,30}}\(类\))(?:支出)?[。:]?$")
KUAN_FIRST_RE = lazy(rf"^{_NUMBER}?{_NAME}{{2,30}}\(款\)")


def category_head(text: str) -> str | None:
    """The 类 a heading paragraph names alone ("（一）一般公共服务（类）" → "一般公共服务(类)", text normalised), or None."""
    m = CATEGORY_HEAD_RE.match(text)
    return m.group(1) if m else None


def under_category(text: str, category: str) -> str | None:
    """A paragraph that opens with a 款 (and its 项) under a heading paragraph of its 类 alone ("1.政协事务（款）行政运行
    （项）支出…" under "（一）一般公共服务（类）"), read as the whole 科目 "一般公共服务(类)1.政协事务(款)…"; None otherwise."""
    return category + text if category and KUAN_FIRST_RE.match(text) else None


# the funds a 收入总预算/支出总预算 said bare may be of ("一般公共预算收入总预算X万元，支出总预算X万元", "四、财政拨款收支
# 预算总体情况 … 收入总预算X万元"): the longest name first, so "一般公共预算财政拨款" is one fund, not two; in the text a
# fund that qualifies a 总预算 (or the subject itself), not a part listed ("收入总预算X万元，其中一般公共预算拨款Y万元")
_FUND = r"(?:(一般公共预算|政府性基金|国有资本经营预算)(?:预算)?(?:财政)?(?:拨款)?|财政拨款)"
FUND_NAME_RE = lazy(_FUND)
FUND_OF_TOTAL_RE = lazy(_FUND + r"(?=(?:收入|支出|收支)总预算|$)")
FUND_SCOPE = {"一般公共预算": "一般公共预算财政拨款", "政府性基金": "政府性基金预算财政拨款",
              "国有资本经营预算": "国有资本经营预算财政拨款", "财政拨款": "财政拨款"}
SIDE_TOTALS = {"收入总预算": "收入", "支出总预算": "支出"}


def side_total(text: str, name: str, before: str, heading: str, data) -> tuple[str, bool] | None:
    """The subject a bare 收入总预算/支出总预算 (read as the 收支预算总计) is of, as (name, known): the fund named before it
    in its sentence or paragraph (`before`) as that of a 总预算 or as its own ("一般公共预算收入总预算X万元，支出总预算X
    万元": the fund's income and spending), else the fund its heading names; of no fund known when more than one is
    named; None (the department's 收支预算总计) when none is."""
    if name != "收支预算总计" or text not in SIDE_TOTALS:
        return None
    for words, names in ((before, FUND_OF_TOTAL_RE), (heading, FUND_NAME_RE)):
        funds = {FUND_SCOPE[m.group(1) or m.group(0)] for m in names.finditer(words)}
        if funds:
            spec = data.scoped(funds.pop(), SIDE_TOTALS[text]) if len(funds) == 1 else None
            return (spec.name, True) if spec is not None else ("", False)
    return None
