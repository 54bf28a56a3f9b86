"""The built-in rules' metadata (code, title, severity, explanation…) as data, so that `govaudit rules` lists them
without importing the check modules, which import pydantic and build the model classes (≈ 0.2 s; issue 13); and the
built-in rule packs already parsed (packs.json), so that a check reads JSON instead of parsing TOML.

catalogue.json and packs.json are generated from the registry and rules/:   python -m govaudit.engine.catalogue
It records a fingerprint of its sources (the @rule decorators in govaudit/checks/*.py, the built-in rules/*.toml);
when they no longer match (a rule added or edited, the catalogue not regenerated) it is not used and the registry is
loaded instead: slower, not wrong. tests/test_startup.py fails while the catalogue is stale (also for metadata taken
from elsewhere, e.g. a constant used in a decorator, which the fingerprint does not see). After a merge conflict in
catalogue.json, regenerate it.
"""

from __future__ import annotations

import json
import sys
import zlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time only where used: the `rules` fast path needs the fingerprint alone (issue 13)
    from govaudit.engine.registry import RuleInfo

CATALOGUE = Path(__file__).with_name("catalogue.json")
# the built-in rules/*.toml as parsed data, under a fingerprint of those files alone (packs_fingerprint): json is
# parsed in C, while tomllib took ≈ 10 % of the instructions of a small file's check (the packs, narrative.toml and
# performance.toml read twice; issue 13)
PACKS = Path(__file__).with_name("packs.json")
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
    data = b"\0".join(parts + _pack_parts())
    return f"crc32 {zlib.crc32(data):08x} {len(data)}"


def packs_fingerprint() -> str:
    """CRC-32 and length of the built-in rules/*.toml alone: what packs.json is parsed from. A check compares only
    this (the checks' decorators are the catalogue's business: reading and scanning them was ≈ 0.5–0.7 ms of CPU in
    every check, s4speed)."""
    data = b"\0".join(_pack_parts())
    return f"crc32 {zlib.crc32(data):08x} {len(data)}"


def _pack_parts() -> list[bytes]:
    parts = []
    for path in sorted(packs_dir().glob("*.toml")):
        parts += [f"rules/{path.name}".encode(), path.read_bytes()]
    return parts


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
    from govaudit.engine.registry import RuleInfo
    from govaudit.severity import Severity

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


def read_pack(path: Path) -> dict:
    """What `tomllib.load` gives for the rule pack at `path`: for a built-in pack, its copy in packs.json while that
    matches the sources (each call a fresh copy, as tomllib's would be), else the TOML file itself (which raises as
    tomllib does for a pack that cannot be read)."""
    path = Path(path)
    packs = _packs(str(PACKS)) if path.parent.resolve() == packs_dir() else None
    if packs is not None and path.name in packs:
        try:
            return json.loads(packs[path.name])
        except ValueError:  # packs.json edited by hand: the TOML file is the source
            pass
    with open(path, "rb") as fh:
        return _tomllib().load(fh)


@lru_cache(maxsize=4)
def _packs(where: str) -> dict[str, str] | None:
    """file name → its parsed contents as JSON text, when packs.json is there and matches the sources."""
    try:
        text = Path(where).read_text(encoding="utf-8")
        packs = _pack_lines(text)
        if packs is None:  # not laid out as write() lays it out: parsed whole, each pack written back as JSON
            data = json.loads(text)
            fp, packs = data.get("fingerprint"), {n: json.dumps(p, ensure_ascii=False) for n, p in data["packs"].items()}
        else:
            fp, packs = packs
        return packs if fp == packs_fingerprint() else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _pack_lines(text: str) -> tuple[str, dict[str, str]] | None:
    """(fingerprint, file name → that pack's JSON text) of packs.json as write() lays it out, one pack a line, without
    parsing the packs (a check reads only the ones it uses, and each once: parsing the whole file and writing every
    pack back as text took ≈ 1 ms of CPU in every check; issue 13). None when the text is not laid out so."""
    lines = text.split("\n")
    head = '{"fingerprint":'
    if len(lines) < 3 or not lines[0].startswith(head) or not lines[0].endswith(',"packs":{') or lines[-2:] != ["}}", ""]:
        return None
    packs = {}
    for line in lines[1:-2]:
        at = line.find('":')
        if not line.startswith('"') or at < 0:
            return None
        packs[json.loads(line[:at + 1])] = line[at + 2:].removesuffix(",")
    return json.loads(lines[0][len(head):-len(',"packs":{')]), packs


def _tomllib():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def build_packs() -> dict:
    """packs.json: every built-in pack that parses, whose data JSON carries unchanged (a pack that does not parse, or
    holds what JSON cannot carry, is left out: it is then read as TOML, with the same errors as before)."""
    packs = {}
    for path in sorted(packs_dir().glob("*.toml")):
        try:
            with open(path, "rb") as fh:
                data = _tomllib().load(fh)
            if json.loads(json.dumps(data, ensure_ascii=False)) != data:
                continue
        except (OSError, ValueError, TypeError):
            continue
        packs[path.name] = data
    return {"fingerprint": packs_fingerprint(), "packs": packs}


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
    data = build_packs()  # one pack a line, so that a change to one pack shows as one line in a diff
    lines = [f"{json.dumps(name, ensure_ascii=False)}:{json.dumps(pack, ensure_ascii=False, separators=(',', ':'))}"
             for name, pack in data["packs"].items()]
    PACKS.write_text(f'{{"fingerprint":{json.dumps(data["fingerprint"])},"packs":{{\n' + ",\n".join(lines) + "\n}}\n",
                     encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    write()
    from govaudit.fastpath import HELP, write_help

    write_help()  # the help texts `govaudit --help` prints without click (they follow cli.py)
    print(f"{HELP}：帮助文本已重新生成")
    print(f"{CATALOGUE}：{len(json.loads(CATALOGUE.read_text(encoding='utf-8'))['rules'])} 条规则")
    from govaudit import lazyre

    print(f"{lazyre.TABLE}：{lazyre.write_table()} 个正则表达式的编译结果（{'.'.join(map(str, sys.version_info[:3]))}）")
    from govaudit import dataclass_code

    print(f"{dataclass_code.TABLE}：{dataclass_code.write_table()} 个 dataclass 方法的编译结果"
          f"（{'.'.join(map(str, sys.version_info[:3]))}）")
