"""`govaudit claims`: every claim read from a disclosure's text, as text or JSON, so users and rule writers see
what was read (and what was read but not judged: subject unknown)."""

from __future__ import annotations

import json

from govaudit.model import Claim
from govaudit.model.claim import BASES, CLAIM_KINDS
from govaudit.report.common import reference
from govaudit.report.json_report import location_dict

ROLES = {"amount": "金额", "change": "增减额", "rate": "比率", "whole": "总数", "base": "上年数", "score": "得分"}


def claim_dict(c: Claim) -> dict:
    return {
        "paragraph": c.paragraph,
        "sentence_no": c.sentence_no,
        "kind": c.kind,
        "subject": c.subject or None,
        "subject_text": c.subject_text or None,
        "known": c.known,
        "category": c.category,
        "scope": c.scope,
        "basis": c.basis,
        "basis_year": c.basis_year,
        "direction": c.direction,
        "direction_word": c.direction_word,
        "figures": [{"role": role, "value": str(f.value), "decimals": f.decimals, "unit": f.unit, "text": f.text}
                    for role, f in c.figures()],
        "whole": c.whole,
        "grade": c.grade,
        "project": c.project,
        "clause": c.clause,
        "sentence": c.sentence,
        "location": location_dict(c.location),
    }


def render_claims_json(files: list[tuple[str, int | None, list[Claim]]]) -> str:
    out = [{"file": path, "year": year, "claims": [claim_dict(c) for c in cs]} for path, year, cs in files]
    return json.dumps({"files": out}, ensure_ascii=False, indent=2)


def _line(c: Claim) -> str:
    where = reference(c.location) or f"第{c.paragraph}段"
    if c.location.cell and where != f"第{c.paragraph}段":
        where = f"第{c.paragraph}段（{where}）"
    subject = c.subject or (f"（未识别：{c.subject_text}）" if c.subject_text else "（未识别）")
    if c.project:
        subject = f"{c.project} · {subject}" if c.subject else c.project
    parts = [f"{ROLES[r]} {f.text}" for r, f in c.figures()]
    if c.basis:
        parts.insert(0, f"比{c.basis_year}年" if c.basis_year else f"比{BASES[c.basis]}")
    if c.direction_word:
        parts.insert(1 if c.basis else 0, c.direction_word)
    if c.whole:
        parts.append(f"占「{c.whole}」")
    if c.grade:
        parts.append(f"等级 {c.grade}")
    mark = "" if c.known or c.project else "  〔不核对〕"
    return (f"  {where} 第{c.sentence_no}句 [{CLAIM_KINDS.get(c.kind, c.kind)}] {subject}：{'，'.join(parts)}{mark}\n"
            f"      “{c.sentence}”")


def render_claims_text(files: list[tuple[str, int | None, list[Claim]]]) -> str:
    lines = []
    for path, year, cs in files:
        lines.append(f"{path}（{f'{year}年度' if year else '年度不详'}，{len(cs)} 条）")
        lines.extend(_line(c) for c in cs)
        if not cs:
            lines.append("  文中没有找到金额、增减、比率或得分。")
    return "\n".join(lines)
