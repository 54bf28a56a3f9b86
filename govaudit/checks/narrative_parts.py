"""Which stated parts belong to a total (TXT007, `parts_add_up`): a part said as another whole's, inside a sibling
part's "（含…）", or in the list of the total's budget said between them is no part of the total's own amount."""

from __future__ import annotations

from govaudit.lazyre import lazy
from govaudit.model import Claim
from govaudit.narrative_data import narrative_data
from govaudit.recognize.claims import THOUSANDS
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
