"""Which stated parts belong to a total (TXT007, `parts_add_up`): a part said as another whole's, inside a sibling
part's "（含…）", or in the list of the total's budget said between them is no part of the total's own amount."""

from __future__ import annotations

from govaudit.lazyre import lazy
from govaudit.model import Claim
from govaudit.narrative_data import narrative_data
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
