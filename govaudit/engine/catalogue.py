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
import os
import sys
import zlib
from functools import lru_cache

# typing's constant without importing typing, and no pathlib at import: `govaudit rules`'s fast path reads the
# catalogue and the fingerprint alone (typing ≈ 15 M, pathlib with urllib.parse ≈ 15 M instructions; issue 13)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from govaudit.engine.registry import RuleInfo

# CATALOGUE = the catalogue file (catalogue.json); PACKS = the built-in rules/*.toml as parsed data (packs.json), under
# a fingerprint of those files alone (packs_fingerprint): json is parsed in C, while tomllib took ≈ 10 % of the
# instructions of a small file's check (the packs, narrative.toml and performance.toml read twice; issue 13).
# Both are pathlib.Path attributes of this module as before, made on first use (__getattr__); a test may set them.
_FILES = {"CATALOGUE": "catalogue.json", "PACKS": "packs.json"}
_HERE = os.path.dirname(os.path.abspath(__file__))
_FIELDS = ("code", "title", "severity", "explanation", "example", "source", "emits", "needs", "needs_any")


def __getattr__(name: str):
    if name in _FILES:
        from pathlib import Path

        return Path(data_file(name))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def data_file(name: str):
    """CATALOGUE or PACKS: as set on this module (a test moves them), else the file beside it (a str path)."""
    got = globals().get(name)
    return got if got is not None else os.path.join(_HERE, _FILES[name])


def packs_root() -> str:
    """rules/ ships inside the wheel as govaudit/_rules; in a source checkout it is the top-level rules/."""
    here = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    shipped = os.path.join(here, "_rules")
    return shipped if os.path.isdir(shipped) else os.path.join(os.path.dirname(here), "rules")


def packs_dir() -> Path:
    """packs_root() as a Path."""
    from pathlib import Path

    return Path(packs_root())


def _files(folder: str, suffix: str) -> list[str]:
    """The names in `folder` ending in `suffix`, sorted: what sorted(Path(folder).glob("*" + suffix)) names (nothing
    when the folder is missing or unreadable)."""
    try:
        return sorted(name for name in os.listdir(folder) if name.endswith(suffix))
    except OSError:
        return []


def _read(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def fingerprint() -> str:
    """CRC-32 and length of what the built-in rules' metadata comes from: the @rule(...) decorators of
    govaudit/checks/*.py (not the checks' code, so that editing a check's logic leaves the catalogue valid) and the
    whole built-in rules/*.toml. An edit is all it detects, no adversary (hashlib's import alone costs a few ms)."""
    checks = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(__file__))), "checks")
    parts = []
    for name in _files(checks, ".py"):
        parts += [f"checks/{name}".encode(), *_decorators(_read(os.path.join(checks, name)))]
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
    root = packs_root()
    for name in _files(root, ".toml"):
        parts += [f"rules/{name}".encode(), _read(os.path.join(root, name))]
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
        with open(data_file("CATALOGUE"), encoding="utf-8") as fh:
            data = json.loads(fh.read())
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
    got = shipped_pack(path)
    if got is not None:
        return got
    with open(path, "rb") as fh:
        return _tomllib().load(fh)


def is_shipped(path: Path) -> bool:
    """Whether shipped_pack(path) would give the pack (without decoding it)."""
    from pathlib import Path

    path = Path(path)
    packs = _packs(str(data_file("PACKS"))) if path.parent.resolve() == packs_dir() else None
    return packs is not None and path.name in packs


def shipped_pack(path: Path) -> dict | None:
    """The built-in pack at `path` as packs.json holds it (a fresh copy) while packs.json matches the sources, else
    None. build_packs writes a pack there only when every rule in it is well formed, so a pack read from here needs
    no checking rule by rule (declarative.load_packs builds its rules on first use; issue 13)."""
    from pathlib import Path

    path = Path(path)
    packs = _packs(str(data_file("PACKS"))) if path.parent.resolve() == packs_dir() else None
    if packs is not None and path.name in packs:
        try:
            return json.loads(packs[path.name])
        except ValueError:  # packs.json edited by hand: the TOML file is the source
            pass
    return None


@lru_cache(maxsize=4)
def _packs(where: str) -> dict[str, str] | None:
    """file name → its parsed contents as JSON text, when packs.json is there and matches the sources."""
    try:
        text = _read(where).decode("utf-8")  # (not read_text: its newline translation was ≈ 1.4 M instructions)
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
    """packs.json: every built-in pack that parses, whose data JSON carries unchanged and whose rules are all well
    formed (a pack that does not parse, holds what JSON cannot carry or a malformed rule is left out: it is then read
    as TOML and checked rule by rule, with the same errors as before)."""
    from govaudit.engine import registry
    from govaudit.engine.declarative import _infos

    # codes used once: a pack here is registered only when a disclosure has 公开表 (registry._load), too late to
    # report a code it shares with another rule as the problem it is; such a pack is left out, read and
    # registered at start as before (tests/test_registry_needs.py keeps the codes apart anyway)
    seen = {i.code for i in registry.all_rules() if i.source == "python" and i.plugin is None}
    packs = {}
    for path in sorted(packs_dir().glob("*.toml")):
        try:
            with open(path, "rb") as fh:
                data = _tomllib().load(fh)
            if json.loads(json.dumps(data, ensure_ascii=False)) != data:
                continue
            problems: list[str] = []
            codes = [i.code for i in _infos(data, f"rules/{path.name}", problems)]
            if problems or len(set(codes)) < len(codes) or seen & set(codes):
                continue
            seen |= set(codes)
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
    from pathlib import Path

    Path(data_file("CATALOGUE")).write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    data = build_packs()  # one pack a line, so that a change to one pack shows as one line in a diff
    lines = [f"{json.dumps(name, ensure_ascii=False)}:{json.dumps(pack, ensure_ascii=False, separators=(',', ':'))}"
             for name, pack in data["packs"].items()]
    Path(data_file("PACKS")).write_text(f'{{"fingerprint":{json.dumps(data["fingerprint"])},"packs":{{\n' + ",\n".join(lines) + "\n}}\n",
                     encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    write()
    from govaudit.fastpath import HELP, write_help

    write_help()  # the help texts `govaudit --help` prints without click (they follow cli.py)
    print(f"{HELP}：帮助文本已重新生成")
    with open(data_file("CATALOGUE"), encoding="utf-8") as fh:
        print(f"{data_file('CATALOGUE')}：{len(json.loads(fh.read())['rules'])} 条规则")
    from govaudit import lazyre

    print(f"{lazyre.TABLE}：{lazyre.write_table()} 个正则表达式的编译结果（{'.'.join(map(str, sys.version_info[:3]))}）")
    from govaudit import codetable

    print(f"govaudit/codetable_data.py：{codetable.write_table()} 个运行时生成的函数")
