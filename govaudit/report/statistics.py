"""--statistics: how many findings each rule produced (code, title, count), most frequent first."""

from __future__ import annotations

import json
from collections import Counter

from govaudit.model import Finding
from govaudit.report.common import rule_info


def statistics(findings: list[Finding], rules=None) -> list[dict]:
    """rules: the rules' metadata (dicts or objects with code and title), passed in by the caller."""
    titles = {code.upper(): r.get("title") or "" for code, r in rule_info(rules).items()}
    counts = Counter(f.code for f in findings)
    severity = {}
    for f in findings:
        severity.setdefault(f.code, f.severity.value)
    out = []
    for code, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append({"code": code, "title": titles.get(code.upper(), ""), "severity": severity[code], "count": count})
    return out


def render_statistics(stats: list[dict]) -> str:
    if not stats:
        return "统计：没有发现问题。\n"
    width = max(len(str(s["count"])) for s in stats)
    lines = ["统计（按规则）："]
    lines += [f"  {s['code']:<8} {s['count']:>{width}}  {s['title']}" for s in stats]
    return "\n".join(lines) + "\n"


def add_to_json(text: str, stats: list[dict]) -> str:
    """The JSON report with a "statistics" key added (names are added to the contract, never renamed)."""
    data = json.loads(text)
    data["statistics"] = stats
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
