"""What a disclosure is, told from the document itself: 决算 or 预算 (stage), and for a 预算 whose it is,
the 部门's (all its budget units) or one 单位's (scope).

Stage: from the tables recognised (a 预算 table is never a 决算 kind); a document with no table (江苏's narrative
files) by what its headings call it ('2019年度部门预算公开', '2024年度部门决算').

Scope (domain notes budget.md §1.1, 部门 vs 单位): the layout is the evidence that does not lie — a 单位预算's
财务收支预算总表 splits its 支出 side into 基本支出 (人员经费 · 公用经费) and 项目支出, a 部门预算's has one
预算数 column. What the document calls itself: its table titles ('2025年部门…' / '2025年预算单位…'), else its
headings. `Disclosure.scope` is the layout's answer where there is one, else what the document says.
"""

from __future__ import annotations

from collections import Counter

from govaudit.model import Disclosure
from govaudit.recognize.budget_specs import title_scope
from govaudit.text import norm
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)

_HEADING_STAGE = lazy(r"(部门|单位)(预算|决算)")
_HEADING_MAX = 40  # a heading or cover line, not a sentence that mentions a 预算 in passing


def layout_scope(disclosure: Disclosure) -> str | None:
    """'单位' when the 财务收支预算总表 splits its 支出 side into 人员/公用经费 and 项目支出, '部门' when it prints one
    预算数 column there; None without that table (江苏 prints no such split: all its files are 部门预算)."""
    t = disclosure.tables.get("B01")
    if t is None:
        return None
    expense = [c.key for c in t.columns if c.side >= 1]
    if not expense:
        return None
    if any(k.startswith("basic") or k == "project" for k in expense):
        return "单位"
    # one 预算数 column says 部门 only in 上海's 财务收支预算总表, whose 单位 form splits it: the 财政部 template's
    # 收支总表 has that one column in a 单位预算 too (held-out batch 26: a 研究院's 单位收支总表 drew BGC003)
    return "部门" if expense == ["amount"] and "财务收支" in t.title.replace(" ", "") else None


def declared_scopes(disclosure: Disclosure) -> Counter:
    """How many 预算 table titles call the disclosure a 部门预算 / a 单位预算."""
    return Counter(s for t in disclosure.tables.values() if t.stage == "预算" for s in [title_scope(t.title)] if s)


def heading_claims(disclosure: Disclosure) -> list[tuple[object, str, str]]:
    """(paragraph, 部门/单位, 预算/决算) for every heading-like paragraph naming the disclosure ('…2025年部门预算')."""
    out = []
    for p in disclosure.paragraphs:
        t = norm(p.text)
        if not t or len(t) > _HEADING_MAX or "经济分类" in t:
            continue
        for m in _HEADING_STAGE.finditer(t):
            before = t[: m.start()]
            if before.endswith(("预算", "本")):  # '预算单位…', '本部门…'
                continue
            out.append((p, m.group(1), m.group(2)))
    return out


def set_aside_unreliable(disclosure: Disclosure) -> None:
    """预算 tables whose layout was not read reliably are listed (BGC006), not checked."""
    for kind, table in list(disclosure.tables.items()):
        if table.unreliable:
            disclosure.unread_tables.append(disclosure.tables.pop(kind))


def detect(disclosure: Disclosure) -> None:
    set_aside_unreliable(disclosure)
    stages = Counter(t.stage for t in disclosure.tables.values() if t.stage)
    if stages:
        stage, n = stages.most_common(1)[0]
        other = "决算" if stage == "预算" else "预算"
        disclosure.stage = stage
        disclosure.stage_evidence = f"{n} 张{stage}表" + (f"、{stages[other]} 张{other}表" if stages[other] else "")
    else:
        said = Counter(s for _p, _who, s in heading_claims(disclosure))
        if said and len(said) == 1 or (len(said) == 2 and said.most_common(2)[0][1] > said.most_common(2)[1][1]):
            disclosure.stage = said.most_common(1)[0][0]
            disclosure.stage_evidence = f"标题称“{disclosure.stage}”"
    if disclosure.stage != "预算":
        return
    layout = layout_scope(disclosure)
    if layout:
        disclosure.scope = layout
        disclosure.scope_evidence = "财务收支预算总表的支出栏" + ("分列基本支出和项目支出" if layout == "单位" else "只有预算数一列")
        return
    declared = declared_scopes(disclosure)
    if not declared:
        declared = Counter(who for _p, who, s in heading_claims(disclosure) if s == "预算")
    if declared:
        disclosure.scope = declared.most_common(1)[0][0]
        disclosure.scope_evidence = f"标题称“{disclosure.scope}预算”"
