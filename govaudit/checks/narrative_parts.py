"""Which stated parts belong to a total (TXT007, `parts_add_up`): a part said as another whole's, inside a sibling
part's "（含…）", or in the list of the total's budget said between them is no part of the total's own amount."""

from __future__ import annotations

from govaudit.checks.narrative_common import _core, bare, finding_file, item_hit, quote, sum_finding
from govaudit.lazyre import lazy
from govaudit.model import Claim, Finding, Severity
from govaudit.model.trusted import construct
from govaudit.narrative_data import narrative_data
from govaudit.recognize.claims import THOUSANDS, split_sentences
from govaudit.text import norm

# "国内公务接待支出1.26万元（含外宾接待支出0.30万元）": the words before a bracket of parts, and the bracket
_BRACKET_RE = lazy(r"([^,;:。()]*)\((?:含|其中|包括):?([^()]*)\)")


def belongs(p: Claim, c: Claim, claims: list[Claim]) -> bool:
    """`p`, a statement of one of `c`'s parts, is a part of `c`'s amount: not in a bracket after a sibling part (a part
    of that part), not said as another whole's ("一般公共预算财政拨款基本支出中，人员经费…" is no part of the all-funds
    基本支出), not after `c`'s budget in its paragraph ("支出2116.25万元，年初预算2129.28万元，其中基本支出…": the
    budget's parts)."""
    return not (_in_sibling(p, c) or _other_whole(p, c) or _after_budget(p, c, claims))


def _in_sibling(p: Claim, c: Claim) -> bool:
    data = narrative_data()
    names = {a: s for s in (c.subject, *data.subjects[c.subject].parts) if s != p.subject for a in data.subjects[s].aliases}
    return any(p.subject_text and p.subject_text in m.group(2) and _named(m.group(1), names) - {c.subject}
               for m in _BRACKET_RE.finditer(norm(p.sentence)))


def _other_whole(p: Claim, c: Claim) -> bool:
    """The part's sentence names, before it, a whole other than `c` that the part is also a part of."""
    data = narrative_data()
    wholes = {s.name for s in data.subjects.values() if s.parts and p.subject in s.parts}
    # (every subject's names, that a longer one wins: "一般公共预算财政拨款收入" before it names no 财政拨款收入)
    names = {a: s.name for s in data.subjects.values() for a in s.aliases}
    if c.subject_text:
        names[norm(c.subject_text)] = c.subject  # (the whole said short, read as its heading names it: `c` itself)
    text = norm(p.sentence)
    text = text[: text.find(p.subject_text)] if p.subject_text and p.subject_text in text else text
    return bool(_named(text, names) & wholes - {c.subject})


def _named(text: str, names: dict[str, str]) -> set[str]:
    """The subjects whose names (alias → subject) the text holds, the longest name first ("一般公共预算财政拨款基本支出"
    is not 基本支出, "公务用车购置及运行费" not 公务用车购置费)."""
    named = set()
    for alias in sorted(names, key=len, reverse=True):
        if alias in text:
            named.add(names[alias])
            text = text.replace(alias, "\0")
    return named


def _after_budget(p: Claim, c: Claim, claims: list[Claim]) -> bool:
    at = {id(x): i for i, x in enumerate(claims)}
    lo, hi = sorted((at.get(id(c), -1), at.get(id(p), -1)))
    return lo >= 0 and any(b.subject == c.subject and b.basis == "budget" and b.kind == "amount"
                           and b.paragraph == c.paragraph == p.paragraph for b in claims[lo + 1: hi])


def closed_list(c: Claim, stated: list[Claim], claims: list[Claim]) -> list[Claim] | None:
    """The parts of `c` its paragraph lists after it up to a part that is the rest of the whole (`closed_by`:
    "其中：流动资产812.30万元，非流动资产711.15万元", "…，无形资产21.00万元，其他资产10.00万元"), in order; such a list
    is complete, so it must add up to `c`. None when no such part closes the list."""
    closers = narrative_data().subjects[c.subject].closed_by
    at = {id(x): i for i, x in enumerate(claims)}
    after = sorted((p for p in stated if p.paragraph == c.paragraph and p.basis == c.basis
                    and at.get(id(p), -1) > at.get(id(c), -1) >= 0), key=lambda p: at[id(p)])
    for n, p in enumerate(after):
        if p.subject in closers:
            return after[: n + 1]
    return None


# 公开06表's 经济分类 款 of each side: 人员经费 = 301 + 303, 公用经费 the rest (302, 307, 310, 399 …)
PERSONNEL_CLASSES = ("301", "303")
_LEADS = ("人员经费", "公用经费")


# the 经济分类 table of 基本支出 (决算 公开06表, 预算 B08) and the column of a row's whole amount in it
ECONOMIC_TOTALS = {"06": ("amount",), "B08": ("total", "amount")}


def economic_table(disclosure):
    """The disclosure's 经济分类 table of 基本支出 (决算 公开06表, 预算 B08: 一般公共预算基本支出), or None."""
    return next((disclosure.tables[k] for k in ECONOMIC_TOTALS if k in disclosure.tables), None)


def economic_items(disclosure, cs: list[Claim], money, agrees) -> list[tuple[Claim, list[tuple[Claim, object]]]]:
    """"公用经费34.89万元，主要包括：办公费10.12万元、差旅费4.57万元…": each 人员经费/公用经费 amount whose figure
    `agrees` with 公开06表's (a 预算's B08), and the amounts its sentence lists after it (up to the other one), each with
    the 06 row of its side its words name (the one 款 row so named) or None (a known subject, or no such row). `money`
    tells an amount in 元/万元/亿元."""
    table = economic_table(disclosure)
    if table is None:
        return []
    coded = [r for r in table.rows if r.code and r.code.isdigit() and len(r.code) == 5]
    out = []
    for i, lead in enumerate(cs):
        if lead.kind != "amount" or lead.subject not in _LEADS or not lead.known or lead.basis is not None \
                or not money(lead) or not agrees(lead):
            continue
        text = THOUSANDS.sub("", norm(lead.sentence))  # (its amount's text is read without the separators)
        if not any(w in text[text.find(norm(lead.amount.text)):] for w in _OPENERS):
            continue  # (no list opened after it: "公用经费34.89万元，基本支出776.71万元" names no parts)
        side = [r for r in coded if (r.code[:3] in PERSONNEL_CLASSES) == (lead.subject == "人员经费")]
        items = []
        for o in cs[i + 1:]:
            if o.paragraph != lead.paragraph or o.sentence_no != lead.sentence_no:
                break
            if o.kind != "amount" or o.basis is not None or not money(o):
                continue
            if o.known and o.subject not in _KNOWN_ITEMS and (not _of_06(o.subject) or o.subject in _LEADS
                                                               or "基本支出" in o.subject):
                break  # (another thing: 基本支出, 机关运行经费, the other of 人员经费/公用经费 …)
            name = LIST_WORDS_RE.sub("", norm(o.subject_text or o.subject))
            rows = [r for r in side if norm(r.label) == name] if not o.known else []
            if o.known or len(rows) == 1:
                items.append((o, rows[0] if rows else None))
        if items:
            out.append((lead, items))
    return out


_OPENERS = ("包括", "其中", "用于")
LIST_WORDS_RE = lazy(r"^(?:其中|主要)?(?:包括|用于)?:?")  # ("主要包括基本工资115.23万元": the item is 基本工资)


def _of_06(subject: str) -> bool:
    """A subject 公开06表 prints (其他商品和服务支出 …)."""
    spec = narrative_data().subjects.get(subject)
    return spec is not None and any(ref.table == "06" for refs in spec.figures for ref in refs)
# known subjects a list of 人员经费's or 公用经费's 经济分类 items may name (each judged as itself elsewhere)
_KNOWN_ITEMS = ("工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", "公务接待费", "公务用车运行维护费",
                "公务用车购置费", "因公出国(境)费")


# "本部门共有车辆95辆，其中：部级领导干部用车2辆、一般公务用车68辆、…" (normalised): a vehicle count and the kinds listed
# after its 其中, each named "…用车" (a list stops at any other words: "本年新增2辆", "(含…)", a second 其中)
# ("车辆共计5辆，具体为：…", "…分别为…", "其中，一般公务用车1辆…" with a comma, s25: the same list)
VEHICLES_RE = lazy(r"(?:共有|现有)?(?:车辆|公务用车保有量|保有量)(?:共|为|共计)*(\d+)辆,(?:其中|具体为|具体是|分别为|分别是)[:,]?"
                   r"((?:[\u4e00-\u9fff]{2,20}?用车\d+辆(?:[、,;]|和|及)?)+)")
ASIDE_RE = lazy(r"\((?:含|其中|包括)[^()]*\)")
VEHICLE_KIND_RE = lazy(r"([\u4e00-\u9fff]{2,20}?用车)(\d+)辆")
# (a property cuts across the kinds: "新能源公务用车3辆" may be any of them; and a kind named inside another, "一般公务用车中
# 机要通信用车2辆", is a part of it: the list after either is no longer one of siblings)
NOT_A_KIND_RE = lazy(r"其中|含|包括|新增|购置|更新|报废|处置|减少|增加|较|比|年|中|用车.|新能源|电动|燃油|混合动力|插电|氢")


def vehicle_counts(disclosure):
    """TXT007 for counts: the kinds of vehicles listed after a total count add up to more than it (s18rev r10: “共有
    车辆95辆，其中：部级领导干部用车2辆、一般公务用车68辆、一般执法执勤用车5辆、特种专业技术用车12辆、其他用车9辆”:
    96). Kinds left unsaid only add, so a sum short of the total is no error."""
    for p in disclosure.paragraphs:
        for sentence in split_sentences(p.text):
            # ("执法执勤用车3辆（含新能源车1辆）、一般公务用车2辆…": the bracket counts a part of the kind before it)
            for m in VEHICLES_RE.finditer(ASIDE_RE.sub("", norm(sentence))):
                kinds = []
                for k in VEHICLE_KIND_RE.finditer(m.group(2)):
                    if NOT_A_KIND_RE.search(k.group(1)):
                        break
                    kinds.append((k.group(1), int(k.group(2))))
                total, said = sum(n for _k, n in kinds), int(m.group(1))
                if len(kinds) < 2 or total <= said:
                    continue
                file = finding_file(disclosure, p.location)
                loc = p.location.model_copy(update={"sentence": sentence.strip(), "file": file})
                terms = " + ".join(str(n) for _k, n in kinds)
                whole = m.group(0)[: m.group(0).find(",")]
                yield construct(Finding, code="TXT007", severity=Severity.error, file=file, table="情况说明", locations=[loc],
                                message=f"文中“{whole}”，而其中所列各类车辆之和为 {terms} = {total}辆，比总数多 "
                                        f"{total - said}辆（没有列出的车辆只会使合计更大）。",
                                expected=str(total), actual=str(said), difference=str(said - total))


# the department's parts of 本年收入合计 / 本年支出合计 whose share said with no whole ("项目支出5424.54万元，占比为84.09%")
# is of that total (not 财政拨款收入: under a 财政拨款 heading its share may be of the 财政拨款 收支总计)
BARE_SHARE_PARTS = {"基本支出": "本年支出合计", "项目支出": "本年支出合计", "经营支出": "本年支出合计",
                    "上缴上级支出": "本年支出合计", "对附属单位补助支出": "本年支出合计", "事业收入": "本年收入合计",
                    "经营收入": "本年收入合计", "附属单位上缴收入": "本年收入合计", "上级补助收入": "本年收入合计",
                    "其他收入": "本年收入合计"}
# in a 预算 only the two kinds of spending: its 支出 has no year-end carry-over, while its income's whole may be the
# 本年收入 or the 收入总计 with 上年结转 ("事业收入30.00万元，占1.30%" of 2,310.50, not of 2,290.50)
BUDGET_BARE_SHARE_PARTS = {"基本支出", "项目支出"}
NO_WHOLE_RE = lazy(r"占(?:比|比例|比重)?(?:为|达|是)?\d")
# a fund named before the part by a clause with no amount of its own ("从一般公共预算看，", "就财政拨款而言，", "一般公共
# 预算拨款中，", "按一般公共预算口径，"): the shares that follow are of that fund's spending, not of the whole
FUND_WORD_RE = lazy(r"一般公共预算|政府性基金|国有资本经营|财政拨款")
CLAUSE_BREAK_RE = lazy(r"[,;:。!?]")


def bare_share_whole(disclosure, c: Claim) -> str | None:
    """The whole of a 决算 share that names none ("事业收入300.00万元，占比为4.64%"): the total its subject is a part of
    (BARE_SHARE_PARTS), when the share's clause says “占X%”/“占比为X%” and nothing else and the sentence states the
    part's amount; else None."""
    if disclosure.stage not in ("决算", "预算") or c.whole or not c.known or c.category or c.project \
            or c.basis not in (None, "budget" if disclosure.stage == "预算" else None) or c.amount is None \
            or c.subject not in (BARE_SHARE_PARTS if disclosure.stage == "决算" else BUDGET_BARE_SHARE_PARTS):
        return None
    if not NO_WHOLE_RE.search(norm(c.clause)) or _fund_framed(c):
        return None
    return BARE_SHARE_PARTS[c.subject]


def _fund_framed(c: Claim) -> bool:
    """Whether a clause before the share's own names a fund and no amount ("从一般公共预算看，基本支出1,750.50万元，占
    78.48%"): the share is of that fund's spending (read as of 本年支出合计 it drew a false TXT011, review s29). A clause
    listing a fund's own amount ("财政拨款收入A万元，占a%；事业收入…") frames nothing."""
    sentence, clause = norm(c.sentence), norm(c.clause)
    at = sentence.find(clause) if clause else -1
    before = sentence[:at] if at >= 0 else sentence
    return any(FUND_WORD_RE.search(part) and not any(ch.isdigit() for ch in part)
               for part in CLAUSE_BREAK_RE.split(before))


def item_parts_add_up(disclosure, cs: list[Claim], summed):
    """TXT007 for 科目: a 款's (or 类's) amount and the amounts of its own 项 (款) its sentence lists after it (“住房改革
    支出（款）52.45万元，其中住房公积金35.24万元，购房补贴17.21万元”): the parts may not add up to more than it, nor to
    less when they name every row under it its table prints with an amount (`summed`: narrative._summed)."""
    for i, c in enumerate(cs):
        own = c.item
        if c.kind == "amount" and not own and c.category and c.known and c.subject:
            own = (c.subject,)  # a 类, its 款 listed after it ("社会保障和就业支出（类）305.17万元，其中：…（款）…")
        # (a 款 named without its 类, "住房改革支出（款）52.45万元，包括…", is a 科目 too: item ("", 款))
        if c.kind != "amount" or not own or not any(own) or len(own) > 2 or c.basis is not None \
                or c.amount is None:
            continue
        parts = []
        for o in cs[i + 1:]:
            if o.paragraph != c.paragraph or o.sentence_no != c.sentence_no or o.piece != c.piece:
                break
            if o.kind != "amount" or o.basis is not None:
                continue
            if not (o.item and len(o.item) == len(own) + 1 and o.amount is not None
                    and [_core(n) for n in o.item[:-1]] == [_core(n) for n in own]):
                break  # (another thing: the list of the 科目's own parts has ended)
            parts.append(o)
        if not parts:
            continue
        c = c if own == c.item else c.model_copy(update={"item": own})
        total, stated, _terms = summed(c, parts)
        terms = " + ".join(f"{p.item[-1]} {p.amount.text}" for p in parts)
        if total.lo <= stated.hi and (total.hi >= stated.lo or not _names_every_row(disclosure, c, parts)):
            continue
        yield sum_finding(disclosure, c, quote(c, c.amount), "其后所列该科目下各项", parts, total, stated, terms,
                          bare(c.amount))


def _names_every_row(disclosure, c: Claim, parts: list[Claim]) -> bool:
    """The parts name every row one level under the 科目's that its table prints with an amount."""
    hit = item_hit(disclosure, c)
    if hit is None:
        return False
    table, row, column = hit
    named = {_core(p.item[-1]) for p in parts}
    under = [r for r in table.rows if r.code and r.code.isdigit() and len(r.code) == len(row.code) + 2
             and r.code.startswith(row.code)]
    return bool(under) and all(_core(r.label) in named for r in under
                               if getattr(r.cells.get(column), "value", None))
