"""Run the selected rules over a disclosure; a rule that crashes becomes a finding, never a traceback."""

from __future__ import annotations

from govaudit.engine.context import Context
from govaudit.engine.registry import applies, rules_for
from govaudit.model import Disclosure, Finding, Severity
from govaudit.model.trusted import construct


def parse_codes(text: str | None) -> list[str]:
    if not text:
        return []
    return [c.strip().upper() for c in text.replace(";", ",").split(",") if c.strip()]


def _longest_prefix(code: str, prefixes: list[str]) -> int | None:
    lengths = [0 if p == "ALL" else len(p) for p in prefixes if p == "ALL" or code.startswith(p)]
    return max(lengths) if lengths else None


def selected(code: str, select: list[str], ignore: list[str]) -> bool:
    """The most specific prefix wins (as in ruff): --select TBL --ignore TBL1 keeps TBL0xx and TBL2xx."""
    code = code.upper()
    chosen = _longest_prefix(code, select) if select else 0
    if chosen is None:
        return False
    dropped = _longest_prefix(code, ignore)
    return dropped is None or chosen > dropped


def wanted(info, select: list[str], ignore: list[str]) -> bool:
    """Run a rule when its code, or a code it also emits (PRF004 emits PRF005), is selected."""
    return any(selected(code, select, ignore) for code in (info.code, *info.emits))


def _produce(info, disclosure: Disclosure, ctx: Context) -> list[Finding]:
    """The rule's findings; a crash, or something yielded that is not a Finding (a plugin's bug), becomes a warning."""
    produced: list[Finding] = []
    strays: list[str] = []
    try:
        for item in info.check(disclosure, ctx):
            if isinstance(item, Finding):
                produced.append(item)
            elif item is not None:
                strays.append(type(item).__name__)
    except Exception as exc:  # a rule's bug must not stop the run
        produced.append(construct(Finding, code=info.code, severity=Severity.warning, file=disclosure.path,
                                           message=f"规则 {info.code} 执行出错，未能完成检查（{type(exc).__name__}: {exc}）"))
    if strays:
        kinds = "、".join(dict.fromkeys(strays))
        produced.append(construct(Finding, code=info.code, severity=Severity.warning, file=disclosure.path,
                                           message=f"规则 {info.code} 返回了 {len(strays)} 个不是检查结果（Finding）的值"
                                                   f"（{kinds}），已忽略；请检查该规则的代码。"))
    return produced


def run_rules(disclosure: Disclosure, ctx: Context | None = None, select: list[str] | None = None,
              ignore: list[str] | None = None, severities: dict[str, str] | None = None) -> list[Finding]:
    """Run the selected rules (see `wanted`) and keep the findings whose code is selected."""
    ctx = ctx or Context()
    select, ignore = select or [], ignore or []
    severities = {k.upper(): v for k, v in (severities or {}).items()}
    findings: list[Finding] = []
    for info in rules_for(disclosure):
        if info.check is None or not wanted(info, select, ignore) or not applies(info, disclosure):
            continue  # (not applies: a rule with nothing to check here, registry.NEEDS)
        findings.extend(_produce(info, disclosure, ctx))
    if ctx.cache.get("between_blanks"):  # (s18layout's hook: a blank cell reported once, engine/declarative.py)
        from govaudit.engine.declarative import drop_repeated_blanks
        findings = drop_repeated_blanks(findings, ctx)
    out = []
    for f in findings:
        if not selected(f.code, select, ignore):
            continue
        if f.code in severities:
            f = f.model_copy(update={"severity": Severity(severities[f.code])})
        if f.code == "RND001" and not ctx.settings.report_rounding:
            continue
        out.append(f)
    order = {name: i for i, name in enumerate(disclosure.sheets)}
    out.sort(key=lambda f: f.sort_key(order))
    return out
