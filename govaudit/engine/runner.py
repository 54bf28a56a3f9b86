"""Run the selected rules over a disclosure; a rule that crashes becomes a finding, never a traceback."""

from __future__ import annotations

from govaudit.engine.context import Context
from govaudit.engine.finding import Finding, Severity
from govaudit.engine.registry import all_rules
from govaudit.model import Disclosure


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


def run_rules(disclosure: Disclosure, ctx: Context | None = None, select: list[str] | None = None,
              ignore: list[str] | None = None, severities: dict[str, str] | None = None) -> list[Finding]:
    ctx = ctx or Context()
    select, ignore = select or [], ignore or []
    severities = {k.upper(): v for k, v in (severities or {}).items()}
    findings: list[Finding] = []
    for info in all_rules():
        if info.check is None:
            continue
        try:
            produced = list(info.check(disclosure, ctx))
        except Exception as exc:  # a rule's bug must not stop the run
            produced = [Finding(code=info.code, severity=Severity.warning, file=disclosure.path,
                                message=f"规则 {info.code} 执行出错，未能完成检查（{type(exc).__name__}: {exc}）")]
        findings.extend(f for f in produced if f is not None)
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
