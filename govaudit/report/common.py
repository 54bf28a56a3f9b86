"""Small pieces every reporter words the same way: a finding's cell reference and its figures."""

from __future__ import annotations


def reference(loc) -> str | None:
    """'Sheet!C12', or the sheet alone, or '第N段' for a paragraph of text; None when nothing is known."""
    if loc is None:
        return None
    if loc.sheet and loc.cell:
        return f"{loc.sheet}!{loc.cell}"
    if loc.cell:
        return loc.cell
    if loc.sheet:
        return loc.sheet
    if loc.paragraph is not None:
        return f"第{loc.paragraph}段"
    return None


def primary(finding):
    return finding.locations[0] if finding.locations else None


def source_refs(finding) -> list[str]:
    """The cells a finding was computed from: 'D21' on the judged cell's sheet, '06基本支出!C16' on another."""
    loc = primary(finding)
    own = loc.sheet if loc else None
    return [o.cell if o.sheet in (None, own) else f"{o.sheet}!{o.cell}" for o in finding.locations[1:] if o.cell]


def finding_reference(finding) -> str | None:
    return reference(primary(finding))


def excel_target(sheet: str, cell: str) -> str:
    """'Sheet'!C12 as Excel hyperlinks and formulas want it (quotes doubled inside the name)."""
    return "'" + sheet.replace("'", "''") + "'!" + cell


def labels(finding) -> str | None:
    loc = primary(finding)
    if loc is None or not (loc.row_label or loc.col_label):
        return None
    return " / ".join(x for x in (loc.row_label, loc.col_label) if x)


def figures(finding) -> list[str]:
    """['位置：…', '实际 …', '应为 …', '差额 …'] for whatever the finding carries."""
    out = []
    where = labels(finding)
    if where:
        out.append(f"位置：{where}")
    if finding.actual is not None:
        out.append(f"实际 {finding.actual}")
    if finding.expected is not None:
        out.append(f"应为 {finding.expected}")
    if finding.difference is not None:
        out.append(f"差额 {finding.difference}")
    return out


def rule_info(rules) -> dict[str, dict]:
    """Rule metadata passed in by the caller (dicts or objects with code/title/…), keyed by code."""
    out: dict[str, dict] = {}
    for r in rules or []:
        if not isinstance(r, dict):
            r = {k: getattr(r, k, None) for k in ("code", "title", "severity", "explanation", "example")}
            sev = r.get("severity")
            r["severity"] = getattr(sev, "value", sev)
        out[r["code"]] = r
    return out
