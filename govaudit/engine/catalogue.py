"""The built-in rules' metadata (code, title, severity, explanation…) as data, so that `govaudit rules` lists them
without importing the check modules, which import pydantic and build the model classes (≈ 0.2 s; issue 13).

catalogue.json is generated from the registry itself:   python -m govaudit.engine.catalogue
It records a fingerprint of its sources (the @rule decorators in govaudit/checks/*.py, the built-in rules/*.toml);
when they no longer match (a rule added or edited, the catalogue not regenerated) it is not used and the registry is
loaded instead: slower, not wrong. tests/test_startup.py fails while the catalogue is stale (also for metadata taken
from elsewhere, e.g. a constant used in a decorator, which the fingerprint does not see). After a merge conflict in
catalogue.json, regenerate it.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from govaudit.engine.registry import RuleInfo
from govaudit.severity import Severity

CATALOGUE = Path(__file__).with_name("catalogue.json")
_FIELDS = ("code", "title", "severity", "explanation", "example", "source", "emits", "needs", "needs_any")


def packs_dir() -> Path:
    """rules/ ships inside the wheel as govaudit/_rules; in a source checkout it is the top-level rules/."""
    here = Path(__file__).resolve().parent.parent
    shipped = here / "_rules"
    return shipped if shipped.is_dir() else here.parent / "rules"


def fingerprint() -> str:
    """CRC-32 and length of what the built-in rules' metadata comes from: the @rule(...) decorators of
    govaudit/checks/*.py (not the checks' code, so that editing a check's logic leaves the catalogue valid) and the
    whole built-in rules/*.toml. An edit is all it detects, no adversary (hashlib's import alone costs a few ms)."""
    checks = Path(__file__).resolve().parent.parent / "checks"
    parts = []
    for path in sorted(checks.glob("*.py")):
        parts += [f"checks/{path.name}".encode(), *_decorators(path.read_bytes())]
    for path in sorted(packs_dir().glob("*.toml")):
        parts += [f"rules/{path.name}".encode(), path.read_bytes()]
    data = b"\0".join(parts)
    return f"crc32 {zlib.crc32(data):08x} {len(data)}"


def _decorators(text: bytes) -> list[bytes]:
    """Each `@rule(...)` at the start of a line, up to the `def` of its function: a rule's metadata."""
    out, at = [], text.find(b"\n@rule(")
    while at >= 0:
        end = text.find(b"\ndef ", at)
        end = len(text) if end < 0 else end
        out.append(text[at:end])
        at = text.find(b"\n@rule(", end)
    return out


def builtin() -> tuple[list[RuleInfo], list[str]] | None:
    """The built-in rules (without their checks) and the built-in packs' problems; None when the catalogue is
    missing, unreadable or stale."""
    try:
        data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
        if data.get("fingerprint") != fingerprint():
            return None
        infos = [RuleInfo(code=r["code"], title=r["title"], severity=Severity(r["severity"]),
                          explanation=r["explanation"], example=r["example"], source=r["source"],
                          emits=tuple(r["emits"]), needs=tuple(r["needs"]), needs_any=tuple(r["needs_any"]))
                 for r in data["rules"]]
        return infos, list(data["problems"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def build() -> dict:
    """The catalogue of the registry as loaded in this process (third-party packs left out)."""
    from govaudit.engine import registry

    rules = []
    for info in registry.all_rules():
        if info.plugin is None:
            row = {f: getattr(info, f) for f in _FIELDS}
            row["severity"] = info.severity.value
            row.update({k: list(row[k]) for k in ("emits", "needs", "needs_any")})
            rules.append(row)
    registry.load_problems()  # loads the registry
    problems = list(registry._PACK_PROBLEMS)
    return {"fingerprint": fingerprint(), "rules": rules, "problems": problems}


def write() -> None:
    CATALOGUE.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    write()
    print(f"{CATALOGUE}：{len(json.loads(CATALOGUE.read_text(encoding='utf-8'))['rules'])} 条规则")
