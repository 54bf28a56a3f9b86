"""What `govaudit rules` prints, made from rule records without click or the registry: cli.rules and the start-up fast
path (govaudit/fastpath.py) both print this, so their output is the same by construction (issue 13)."""

from __future__ import annotations

FAMILIES = {
    "TBL": "表内平衡",
    "XTB": "表间勾稽",
    "CMP": "完整性与一致性",
    "CEL": "单元格内容",
    "RND": "四舍五入",
    "PRF": "绩效自评表",
    "TXT": "情况说明（文字）",
    "BGT": "预算表内平衡",
    "BGX": "预算表间勾稽",
    "BGC": "预算完整性与一致性",
}


def family_of(code: str) -> str:
    """A rule's family: the letters of its code (TBL001 → TBL)."""
    return "".join(ch for ch in code if ch.isalpha())


def rule_dict(info) -> dict:
    return {"code": info.code, "title": info.title, "severity": info.severity.value, "family": info.family,
            "explanation": info.explanation, "example": info.example, "source": info.source, "plugin": info.plugin}


def indent(text: str) -> str:
    return "\n".join("  " + line for line in text.strip().splitlines())


def render_rules(infos: list, code: str | None, fmt: str) -> str | None:
    """The whole of what `govaudit rules [CODE] [--format FMT]` writes to stdout for these rules (sorted by code);
    None when CODE is neither a rule's code nor the start of one (the command's usage error)."""
    info = None
    if code:
        info = next((i for i in infos if i.code == code.upper()), None)  # as get_rule(code) did
        family = [i for i in infos if i.code.startswith(code.strip().upper())] if info is None else []
        if info is None and not family:
            return None
        if info is None:  # a prefix (TBL, XTB0): the rules it selects, as --select would
            infos = family
    lines: list[str] = []
    if code and info is not None:
        if fmt == "json":
            return _json(rule_dict(info))
        lines.append(f"{info.code}  {info.title}")
        lines.append(f"类别：{FAMILIES.get(info.family, info.family)}    默认级别：{info.severity.value}"
                     f"（{info.severity.label}）    来源：{info.source}" + (f"（插件 {info.plugin}）" if info.plugin else ""))
        lines.append("")
        lines.append("检查什么、为什么：")
        lines.append(indent(info.explanation or info.title))
        if info.example:
            lines.append("")
            lines.append("示例：")
            lines.append(indent(info.example))
        return "".join(line + "\n" for line in lines)
    if fmt == "json":
        return _json([rule_dict(i) for i in infos])
    if code:
        prefix = code.strip().upper()
        family = FAMILIES.get(prefix.rstrip("0123456789"))
        lines.append(f"以 {prefix} 开头的规则共 {len(infos)} 条" + (f"（{family}）" if family else "") + "：")
    for info in infos:
        plugin = f"    〔插件 {info.plugin}：{info.source}〕" if info.plugin else ""
        lines.append(f"{info.code:<8} {info.severity.value:<8} {info.title}{plugin}")
    return "".join(line + "\n" for line in lines)


def _json(data) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
