"""Readings of recognize/claims.py that 预算 (部门预算 / 单位预算) wordings need, kept apart from the 决算 ones: a 科目's
own budget amount in the paragraph about it, a 类 under a heading that says whose spending, and a subject named only
by a heading (a numbered sentence or paragraph of nothing but its name: "3.公务接待费。2026年预算为1.20万元").
"""

from __future__ import annotations

import re

from govaudit.lazyre import lazy

# a 科目 named with each level in quotes and its level after them: "“社会保障和就业支出”类“行政事业单位养老支出”款“机关事业
# 单位职业年金缴费支出”项52.31万元" (the quotes go in normalised text, leaving "…支出类行政…", which no reading knows: the
# 类 name alone was taken for the subject, and its table figure against the 项's rate, a false TXT003). Written as the
# bracketed form ("A（类）B（款）C（项）") before reading; at least a 类 and its 款, and not "“…”项目"
_Q = "[\u201c\"\u300c]([^\u201c\u201d\"\u300c\u300d]{2,40})[\u201d\"\u300d]"
QUOTED_LEVELS_RE = lazy(f"{_Q}类{_Q}款(?:{_Q}项(?!目))?")


def _bracketed(m: re.Match) -> str:
    return f"{m.group(1)}（类）{m.group(2)}（款）" + (f"{m.group(3)}（项）" if m.group(3) else "")


def bracket_levels(paragraphs: list) -> list:
    """The paragraphs with "“A”类“B”款“C”项" written "A（类）B（款）C（项）"; the others as they are."""
    return [p.model_copy(update={"text": QUOTED_LEVELS_RE.sub(_bracketed, p.text)})
            if "类" in p.text and "款" in p.text and QUOTED_LEVELS_RE.search(p.text) else p for p in paragraphs]


# the words between a 科目's name (or the start of a later sentence) and its own budget amount: "…行政运行（项）2026年
# 预算数为753.88万元", "…（项）：全年预算安排61.23万元" (a year other than the text's makes it last year's: claims.py
# reads that as basis prior, never here)
OWN_BUDGET_RE = lazy(r"[:,]?(?:\d{4}年度?|本年度?|当年)?(?:的)?(?:全年)?预算(?:数|安排|金额)?(?:为|是)?")
SPENT_WORDS = ("决算", "实际")
HEAD_NUMBER_RE = lazy(r"^(?:\(?\d+\)|\d+[、.]|\(?[一二三四五六七八九十]+[)、])")
# a heading that is nothing but a subject's name: "3.公务接待费。", "（二）公务用车购置及运行费", "1.公务接待费预算"
# (not a topic heading: "（一）一般公共预算支出预算情况" heads a passage that names many things)
HEAD_TAIL_RE = lazy(r"(?:预算)?[。:]?$")


# a clause that says what was spent in another year than the text's ("2025年实际支出100.00万元", "上年执行数…")
SPENT_CLAUSE_RE = lazy(r"[^,;:。]*(?:" + "|".join(SPENT_WORDS) + r")[^,;:。]*")
OTHER_YEAR_RE = lazy(r"上年|上一年|去年|(\d{4})年")


def _spent_this_year(sentence: str, this_year: int | None) -> bool:
    """The sentence says what was spent in the text's own year: a clause with 决算/实际 that names no other year."""
    for m in SPENT_CLAUSE_RE.finditer(sentence):
        years = [y.group(1) for y in OTHER_YEAR_RE.finditer(m.group(0))]
        if not any(y is None or (this_year is not None and int(y) != this_year) for y in years):
            return True
    return False


def item_budget(before: str, earlier: str, item_heads: tuple[str, ...], n: int, sentence: str,
                this_year: int | None = None) -> bool:
    """A 预算 amount in the paragraph about one 科目 that is that 科目's own: in the paragraph's first sentence right after
    the 科目's name ("…行政运行（项）2026年预算数为X万元"), in a later sentence as its first words ("2026年预算安排X万元，
    比2025年预算增加…"); never in a sentence that says what was spent this year (in a 决算 the 科目's budget is not its
    figure; "…（项）2026年预算数为X万元，2025年实际支出Y万元" says last year's spending beside this year's budget)."""
    if _spent_this_year(sentence, this_year):
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


# a paragraph that opens with a 项 (and perhaps its 款), or a 款, and no 类: "2.事业运行（项）252.17万元", "政协事务（款）
# 政协会议（项）1282.56万元", "行政事业单位医疗（款）82.04万元" (an 经济分类 款, "（8）会议费（款）", is no row of the 功能分类
# tables a heading of whose spending points at)
BARE_ITEM_RE = lazy(rf"^{_NUMBER}?(?:({_NAME}{{2,30}})\(款\))?(?:({_NAME}{{2,40}})\(项\))?")


def bare_item(text: str) -> tuple[str, ...] | None:
    """The 科目 a paragraph opening with a 项 or a 款 names, its 类 (and its 款 when unsaid) left blank: ("", "", "事业运行"),
    ("", "政协事务", "政协会议"), ("", "行政事业单位医疗") (text normalised); checks/budget_text.loose_item_row finds the
    one row so named."""
    m = BARE_ITEM_RE.match(text)
    if m is None or not (m.group(1) or m.group(2)):
        return None
    return ("", m.group(1) or "", m.group(2)) if m.group(2) else ("", m.group(1))


# 上海's template "1.“图书馆”科目216.86万元，主要用于……": one 科目 named alone in quotes (not a 类: recognize/claims.
# _item_match reads that), right before its amount (quotes gone in normalised text)
QUOTED_ONE_RE = lazy(rf"^{_NUMBER}?((?:[\u4e00-\u9fff]|\([\u4e00-\u9fff]{{1,4}}\)){{2,40}}?)科目(?=\d)")


def quoted_item(text: str) -> tuple[str, ...] | None:
    """The 项 a paragraph opening with "“NAME”科目X万元" names, as ("", "", NAME) (text normalised): checks/budget_text.
    loose_item_row finds the one 项 row so named in its passage's table, else nothing is judged (s17rev r7)."""
    m = QUOTED_ONE_RE.match(text)
    return ("", "", m.group(1)) if m is not None else None


# 天津 "机关事业单位职业年金缴费支出52.31万元，比2025年预算增加8.31万元": a 项 named without its mark, under a heading of
# whose spending; read as ("", "", name) when the name is no subject's and says nothing but a name (checks/budget_text.
# loose_item_row then wants one 项 row so named in that spending's table, else nothing is judged)
UNMARKED_ITEM_RE = lazy(rf"^{_NUMBER}?([\u4e00-\u9fff()]{{4,40}}?)(?=\d[\d,]*(?:\.\d+)?(?:万元|千元|元|亿元))")
NOT_A_NAME_RE = lazy(r"\((?:类|款|项)\)|预算|经费|资金|项目|合计|共计|总计|收入|本部门|本单位|其中|主要|用于|安排|上年|本年|全年|当年|年度")


# 经济分类 款 names that are also 功能分类 项 names: "住房公积金89.74万元" may be 2210201 or 30113 (a 基本支出 paragraph's),
# "提租补贴" 2210202 or the pre-2018 30312, "购房补贴" 2210203 or 30313, "机关事业单位基本养老保险缴费" 30108 (2080505 is
# "…缴费支出"); the two figures differ whenever part of the money is paid from another fund or from 项目支出
BOTH_CLASSIFICATIONS = ("住房公积金", "提租补贴", "购房补贴", "机关事业单位基本养老保险缴费")
# words that make a paragraph's 科目 功能分类 ones: the classification named, or a 类/款 (a heading paragraph of its 类)
FUNCTION_SAID_RE = lazy(r"功能分类|功能科目|支出功能|\((?:类|款)\)")


def unmarked_item(text: str, known, context: str = "") -> tuple[str, ...] | None:
    """The 项 a paragraph opens with by its bare name and its amount ("机关事业单位职业年金缴费支出52.31万元…"), as
    ("", "", name); None when the words open with a subject's name (`known`), hold a level mark or other words than a
    name, or when the name is an 经济分类 款's too and neither the paragraph nor its `context` (the headings above, the
    类 heading paragraph) says the 功能分类 (text normalised)."""
    m = UNMARKED_ITEM_RE.match(text)
    if m is None or NOT_A_NAME_RE.search(m.group(1)) or known(m.group(1)):
        return None
    if m.group(1) in BOTH_CLASSIFICATIONS and not FUNCTION_SAID_RE.search(text + context):
        return None
    return ("", "", m.group(1))


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
SIDE_TOTALS = {"收入总预算": "收入", "支出总预算": "支出", "收入预算": "收入", "支出预算": "支出"}
# a sentence that opens with one fund's 收入预算 or 支出预算 (辽宁 "2026年一般公共预算拨款收入预算X万元，支出预算X万元"):
# the bare other side after it is that fund's too (only a fund the sentence opens with: "收入预算X万元，其中一般公共预算
# 拨款收入预算Y万元" lists a part, and a sentence before names no side of this one)
FUND_OPENS_RE = lazy(r"^(?:\d{4}年度?|本部门|本单位|部门|年度|全年|本年)*(" + _FUND + r")(?=(?:收入|支出)预算)")


def side_total(text: str, name: str, before: str, heading: str, data, sentence: str = "",
               whole: str = "") -> tuple[str, bool] | None:
    """The subject a bare 收入总预算/支出总预算 (read as the 收支预算总计) is of, as (name, known): the fund named before it
    in its sentence or paragraph (`before`) as that of a 总预算 or as its own ("一般公共预算收入总预算X万元，支出总预算X
    万元": the fund's income and spending), else the fund its heading names; of no fund known when more than one is
    named; None (the department's 收支预算总计) when none is. A bare 收入预算/支出预算 is a fund's only when its own
    sentence (`sentence`, the words before it) opens with that fund's other side, or when a heading names the fund and
    the whole sentence (`whole`) names no source of income (_heading_side)."""
    if name != "收支预算总计" or text not in SIDE_TOTALS:
        return None
    if not text.endswith("总预算"):
        # the clause group it stands in ("一般公共预算拨款收入预算X万元，支出预算X万元；政府性基金预算拨款收入预算Y万元，
        # 支出预算Y万元": the second 支出预算 is 政府性基金's)
        group = re.split("[;；]", sentence)[-1]
        m = FUND_OPENS_RE.match(group)
        if m is None:
            if group != sentence and FUND_OPENS_RE.match(sentence):
                return ("", False)
            return _heading_side(text, heading, data, sentence, whole)
        fund = FUND_SCOPE[m.group(2) or m.group(1)]
        if any(FUND_SCOPE[f.group(1) or f.group(0)] != fund for f in FUND_NAME_RE.finditer(group)):
            return ("", False)  # "财政拨款收入预算X万元，支出预算X万元，其中一般公共预算拨款收入预算Y万元，支出预算Y万元": which
            # fund's the later 支出预算 is, the one the sentence opens with or the one named since, is not certain
        spec = data.scoped(fund, SIDE_TOTALS[text])
        return (spec.name, True) if spec is not None else ("", False)
    for words, names in ((before, FUND_OF_TOTAL_RE), (heading, FUND_NAME_RE)):
        funds = {FUND_SCOPE[m.group(1) or m.group(0)] for m in names.finditer(words)}
        if funds:
            spec = data.scoped(funds.pop(), SIDE_TOTALS[text]) if len(funds) == 1 else None
            return (spec.name, True) if spec is not None else ("", False)
    return None


# words that make a bare 收入预算/支出预算 the department's whatever its heading ("本部门收入预算…", "部门支出预算…")
DEPARTMENT_SAID_RE = lazy(r"本部门|本单位|部门|单位")
# a fund or another source of income named in the sentence: the bare side is the department's whole they are parts of
SOURCE_NAMED_RE = lazy(_FUND + r"|事业收入|经营收入|其他收入|其他资金|财政专户|上年结转")
# what a heading names as its topic: a fund's (or the “三公”'s) 收支/收入/支出 情况 or 说明, not a fund named in a numbered
# definition the outline may hold ("（一）财政拨款收入：是…包括一般公共预算财政拨款、政府性基金预算财政拨款…")
HEADING_TOPIC_RE = lazy(r"(?:" + _FUND + r"|三公)[^,;:。]{0,14}?(?:情况|说明)")
# a sentence that opens as a heading of one fund does ("2026年财政拨款收支情况：收入预算…")
FUND_LEAD_RE = lazy(r"^(?:\d{4}年度?)?" + _FUND + r"(?:收支|收入支出)(?:预算)?(?:总体)?情况:")


def _heading_side(text: str, heading: str, data, sentence: str, whole: str = "") -> tuple[str, bool] | None:
    """A bare 收入预算/支出预算 whose sentence names no fund and not the department, under a heading that names one fund
    ("二、财政拨款收支预算情况", "三、一般公共预算支出预算情况"): that fund's income or spending (as the 决算 side reads
    a bare 收入总计 under a 财政拨款 heading), or the sentence opening as such a heading does ("财政拨款收支情况：收入预算…");
    under a heading of more than one fund or of the “三公”: of no subject known; None (the department's 收支预算总计)
    otherwise; None too when the sentence names a fund or another source of income after the lead (`whole`: "收入预算
    2129.93万元，其中：财政拨款收入…；事业收入…" lists the department's sources under any heading)."""
    lead = FUND_LEAD_RE.match(sentence)
    heads = [h.group(0) for h in HEADING_TOPIC_RE.finditer(heading)] if lead is None else [lead.group(0)]
    funds = {FUND_SCOPE[f.group(1) or f.group(0)] for h in heads for f in FUND_NAME_RE.finditer(h)}
    # "二、财政拨款收支预算情况" / "收入预算2082.33万元，其中：一般公共预算…，政府性基金预算…": the funds named are
    # 财政拨款's own parts, so the bare 收入预算 is still 财政拨款's (s16finB #3)
    own_funds = lead is None and funds == {"财政拨款"} and _lists_its_funds(sentence, whole)
    if not own_funds and lead is None and (FUND_NAME_RE.search(sentence) or DEPARTMENT_SAID_RE.search(sentence)):
        return None
    if not own_funds and SOURCE_NAMED_RE.search(whole[lead.end():] if lead else whole):
        return None
    if len(funds) != 1:
        return ("", False) if funds or any("三公" in h for h in heads) else None
    fund, side = funds.pop(), SIDE_TOTALS[text]
    if fund == "财政拨款" and side == "收入" and FISCAL_INCOME_EITHER in data.subjects:
        # its 收入总计 (with 上年结转) or its 本年收入: the 财政部 form prints both (rules/narrative.toml)
        return FISCAL_INCOME_EITHER, True
    spec = data.scoped(fund, side)
    return (spec.name, True) if spec is not None else ("", False)


FISCAL_INCOME_EITHER = "财政拨款收入总额"
# 上年结转 listed after a 财政拨款 whole (recognize/claims.py): 财政拨款's own (财政拨款收支总表 二、上年结转)
FISCAL_CARRIED_IN = "财政拨款上年结转"
# 财政拨款's money from last year, listed beside its funds ("其中：一般公共预算拨款…，上年结转20.00万元"): its own part
CARRIED_IN_RE = lazy(r"上年(?:财政拨款)?结转(?:结余|和结余|资金)?")
_LIST_RE = lazy(r"(?:其中|包括)[:：]?")


def _lists_its_funds(before: str, whole: str) -> bool:
    """A sentence whose bare whole (no fund named before it, `before` or in `whole`) is followed by a list of 财政拨款's
    own funds (一般公共预算, 政府性基金, 国有资本经营预算) and that names no other source and not the department."""
    m = _LIST_RE.search(whole)
    if m is None or DEPARTMENT_SAID_RE.search(whole) or FUND_NAME_RE.search(before + whole[: m.start()]):
        return False
    rest = whole[m.end():]
    named = {f.group(1) or f.group(0) for f in FUND_NAME_RE.finditer(rest)}
    return bool(named) and "财政拨款" not in named \
        and SOURCE_NAMED_RE.search(CARRIED_IN_RE.sub("", FUND_NAME_RE.sub("", rest))) is None


# the sources of a 预算's income (B01's 收入 side beside 财政拨款): what is spent from one is that source's, not the department's
INCOME_SOURCES = ("事业收入", "经营收入", "其他收入", "其他资金", "财政专户管理资金", "上年结转资金")


def of_a_source(said: list, listing: bool, data) -> bool:
    """A 基本支出/项目支出 that follows, in its sentence and with no whole of the department's or a fund's before it, the
    amount of an income source ("2026年本部门其他收入预算12.00万元，全部安排项目支出12.00万元") or, in a list after 其中
    (`listing`), of a thing not known ("非财政拨款支出预算47.60万元，其中：基本支出0万元，项目支出47.60万元"): that amount's
    part (s16rev r18), not the department's."""
    last = said[-1] if said else None
    if last is None or last.basis is not None:
        return False
    spec = data.subjects.get(last.subject) if last.known else None
    return (spec is not None and (spec.name in INCOME_SOURCES or spec.measure == "收入")) or (listing and not last.known)


# 江苏 公开04表's 支出 side by use: in a 预算, the parts listed after 财政拨款收支预算总计 (rules/narrative.toml)
TWO_SIDED_USES = ("基本支出", "项目支出", "单位预留机动经费")


TWO_SIDED_WHOLE = "财政拨款收支总计"


def two_sided_use(name: str, stage: str | None, said: list, besides: tuple[str, ...] = ()) -> str | None:
    """The subject of 财政拨款's spending by use a part after 财政拨款收支预算总计 is ("其中：基本支出6442.75万元，…，单位预留
    机动经费1886.02万元": "财政拨款预算基本支出", judged against 公开04表's own line): the sentence's amounts so far (`said`)
    hold that whole, in a 预算 (`stage`, or when unknown the whole's words say 预算); None in a 决算 (its 04表 总计 holds the
    年末结转和结余 too), for another name, or for one of `besides` (read by the caller's own way)."""
    wholes = [c for c in said if c.subject == TWO_SIDED_WHOLE]
    if not wholes or name not in TWO_SIDED_USES or name in besides or stage == "决算" \
            or (stage is None and "预算" not in wholes[-1].subject_text):
        return None
    return "财政拨款预算" + name


# "工资福利支出4,367.96万元和对个人和家庭的补助944.05万元": a 和 (及, 与) between an amount and the next subject's name
# and figure joins two clauses, as a 、 does (claims.py reads it so when the name and its figure follow)
AND_AFTER_MONEY_RE = lazy(r"(?<=元)(?:以及|和|及|与)")


# 江苏 "“三公”经费、会议费、培训费预算合计336.60万元": subjects joined as a clause's subject, then the word of their sum
# (claims.py makes it one name when that name and the word are a subject's alias: 公开09表's 合计, not the 培训费)
JOINT_TOTAL_RE = lazy(r"(?:^|(?<=[,;:。]))((?:\d{4}年度?|本部门|本单位)*)([^,;:。%占\d]{2,60}?)(?=((?:预算)?(?:合计|总额|总计)))")


# "从收入来源看，…", "按支出性质分：…" opening a 预算's list with no lead: each part's share is of the 收入预算 / 支出预算
SOURCES_RE = lazy(r"^(?:从|按)(?:(?:收入|资金)来源|支出(?:性质|用途|结构|类型))")


def sources_whole(clause: str, heading: str, stage: str | None) -> str | None:
    """The whole a list's opening words name when no amount leads it: the 收支预算总计 in a 预算 (`stage`, else a heading
    that says 预算 and not 决算); None otherwise (a 决算's 本年收入合计 is not read here)."""
    budget = stage == "预算" or (stage is None and "预算" in heading and "决算" not in heading)
    return "收支预算总计" if budget and SOURCES_RE.match(clause) else None


# "本部门2026年无政府性基金预算拨款收入，也没有使用政府性基金预算拨款安排的支出": the fund's income (spending) is nil; each
# clause on its own, opening with nothing but the department's own words and a year (not "下属单位无…", not "…安排的“三公”
# 经费", not the table note "…安排的预算")
FUND_NONE_RE = lazy(r"^(?:也|并|同时|且)?(?:本部门|本单位|我部门|我单位|部门|\d{4}年度?|年度|当年|本年)*(?:没有|无)(?:使用)?"
                    r"(一般公共预算|政府性基金|国有资本经营预算)(?:预算)?(?:财政)?拨款(?:安排的?)?(收入和支出|收入、支出|收支|收入|支出)"
                    r"(?:预算)?(?:数)?(?:,|;|。|$|也|故|因此)")
# "2026年本部门政府性基金预算拨款支出为零": the same, said as a zero (an amount "为0万元" is read as an amount)
FUND_ZERO_RE = lazy(r"^(?:本部门|本单位|我部门|我单位|部门|\d{4}年度?|年度|当年|本年)*"
                    r"(一般公共预算|政府性基金|国有资本经营预算)(?:预算)?(?:财政)?拨款(?:安排的?)?(收入和支出|收入、支出|收支|收入|支出)"
                    r"(?:预算)?(?:数)?均?为零(?:,|;|。|$)")
OTHER_TIME_SAID_RE = lazy(r"上年|上一年|去年|以前|以往")
YEAR_SAID_RE = lazy(r"(\d{4})年")
FUND_SUBJECTS = {"一般公共预算": "一般公共预算财政拨款", "政府性基金": "政府性基金预算财政拨款",
                 "国有资本经营预算": "国有资本经营预算财政拨款"}


def fund_none(clause: str, sentence: str, this_year: int | None) -> list[str]:
    """A 预算's "none" (or "为零") clause (recognize/claims.none_said): the fund's 收入 and/or 支出 subjects it says are nil, in a
    sentence that names no other year nor last year (text normalised); [] otherwise."""
    if "无" not in sentence and "没有" not in sentence and "为零" not in sentence or OTHER_TIME_SAID_RE.search(sentence) \
            or any(this_year is None or int(y) != this_year for y in YEAR_SAID_RE.findall(sentence)):
        return []
    m = FUND_NONE_RE.match(clause) or FUND_ZERO_RE.match(clause)
    if m is None:
        return []
    sides = (m.group(2),) if m.group(2) in ("收入", "支出") else ("收入", "支出")
    return [FUND_SUBJECTS[m.group(1)] + side for side in sides]
