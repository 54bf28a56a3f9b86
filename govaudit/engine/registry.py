"""The rule registry: each rule is one unit with its code, severity, title and explanation beside its logic."""

from __future__ import annotations

from govaudit.records import dataclass, field

from govaudit.rule_text import FAMILIES, family_of  # beside what `govaudit rules` prints (its fast path too)
from govaudit.severity import Severity

TYPE_CHECKING = False  # typing's constant without importing typing (issue 13)
if TYPE_CHECKING:  # not at run time: `govaudit rules` lists the rules without importing pydantic (issue 13)
    from typing import Callable, Iterable

    from govaudit.model import Finding


@dataclass
class RuleInfo:
    code: str
    title: str
    severity: Severity
    explanation: str = ""  # what it checks and why
    example: str = ""
    source: str = "python"  # "python" or the rule pack file it came from
    check: Callable[..., Iterable[Finding]] | None = field(default=None, repr=False)
    plugin: str | None = None  # the third-party rule pack (entry point `govaudit.rules`) it came from
    emits: tuple[str, ...] = ()  # other codes its check reports (PRF004 reports PRF005); RND001 goes without saying
    # the 公开表 (kinds such as "03") the rule judges: without all of `needs`, or without any of `needs_any`,
    # it has nothing to check (reports such as JUnit then say "skipped" rather than "passed")
    needs: tuple[str, ...] = ()
    needs_any: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        return family_of(self.code)


_REGISTRY: dict[str, RuleInfo] = {}
_LOADED = False
_PENDING: list[str] = []  # check modules not imported yet: their NEEDS were not met by any disclosure so far
# built-in rule packs (rules/*.toml as packs.json holds them) not registered yet: (source, path); their rules judge
# only 公开表, so they are registered once a disclosure has "tables" (or all rules are asked for)
_PENDING_PACKS: list = []

# Check modules whose rules have nothing to check unless the disclosure holds one of these parts (see `has`): each
# module says so itself (its NEEDS, beside its rules); repeated here so that the registry knows it without importing
# the module (tests/test_registry_needs.py compares). A check imports such a module only for a disclosure that has
# one of its parts: a workbook of 绩效自评表 only imports none of them (≈ 19 M instructions of its check, issue 13).
# runner.run_rules skips their rules on other disclosures whether imported or not, so the findings never depend on
# what happens to be imported.
NEEDS: dict[str, tuple[str, ...]] = {
    "govaudit.checks.budget": ("tables", "bad_codes"),
    "govaudit.checks.budget_sanshi": ("tables",),
    "govaudit.checks.completeness": ("tables",),
    "govaudit.checks.funds": ("tables",),
    "govaudit.checks.hierarchy": ("tables",),
    "govaudit.checks.narrative": ("text",),
    "govaudit.checks.narrative_forms": ("text",),
    "govaudit.checks.narrative_hygiene": ("text",),
    "govaudit.checks.narrative_names": ("text", "tables"),
    "govaudit.checks.template": ("tables", "text"),
}

# Modules of govaudit/checks that hold no rule, only what rule modules share (they import them): the registry does not
# import them itself (narrative_common with narrative_data ≈ 13 M instructions of a 绩效自评表's check; issue 13).
# tests/test_registry_needs.py: none of them registers a rule.
RULELESS = frozenset({"govaudit.checks.budget_items", "govaudit.checks.budget_shares", "govaudit.checks.budget_text",
                      "govaudit.checks.common",
                      "govaudit.checks.narrative_common", "govaudit.checks.narrative_parts",
                      "govaudit.checks.narrative_reasons",
                      "govaudit.checks.performance_common"})


def has(disclosure, part: str) -> bool:
    """Whether the disclosure holds `part`: "tables" (公开表 read, found again, set aside or titled only), "text"
    (paragraphs or claims), "forms" (绩效自评表), "bad_codes" (科目编码 misprinted in a budget table)."""
    if part == "tables":
        return bool(disclosure.tables or disclosure.duplicates or disclosure.extra_tables or disclosure.unread_tables
                    or disclosure.titled_only)
    if part == "text":
        return bool(disclosure.paragraphs) or disclosure.narrative is not None
    if part == "forms":
        return bool(disclosure.forms)
    if part == "bad_codes":
        return any(issue.kind == "bad_code" for issue in disclosure.cell_issues)
    raise ValueError(f"unknown part {part!r}")


def applies(info: RuleInfo, disclosure) -> bool:
    """The rule may find something in this disclosure: its check module's NEEDS are met (or it has none)."""
    needs = NEEDS.get(getattr(info.check, "__module__", None))
    return needs is None or any(has(disclosure, part) for part in needs)
_CAPTURE: list[RuleInfo] | None = None  # while a plugin module is imported, its @rule functions land here
_PLUGIN_PROBLEMS: list[str] = []
_PACK_PROBLEMS: list[str] = []  # built-in rules/*.toml that could not be read, rules in them that are malformed


# families that judge only 公开表, or only 绩效自评表; CEL and RND judge both, a plugin's family is unknown
_TABLE_FAMILIES = ("TBL", "XTB", "CMP")
_FORM_FAMILIES = ("PRF",)


def nothing_to_check(info: RuleInfo, tables: set[str], forms: int) -> str | None:
    """Why `info` had nothing to check in a workbook with these 公开表 (kinds) and this many 绩效自评表;
    None when it had something. Plain Chinese, for reports."""
    if info.family in _FORM_FAMILIES:
        return None if forms else "本工作簿没有绩效自评表"
    if info.family in _TABLE_FAMILIES and not tables:
        return "本工作簿没有决算公开表"
    from govaudit.model import table_label

    missing = [k for k in info.needs if k not in tables]
    if missing:
        return "本工作簿没有" + "、".join(table_label(k) for k in missing)
    if info.needs_any and not any(k in tables for k in info.needs_any):
        return "本工作簿没有" + "或".join(table_label(k) for k in info.needs_any)
    return None


def rule(code: str, title: str, severity: str = "error", explanation: str = "", example: str = "",
         emits: tuple[str, ...] = ()):
    """Register a Python check: a generator `check(disclosure, ctx)` yielding Findings.

    emits: other rule codes the check reports besides its own (and RND001), so that selecting one of them runs it.
    """

    def wrap(fn):
        info = RuleInfo(code=code, title=title, severity=Severity(severity),
                        explanation=explanation.strip(), example=example.strip(), check=fn, emits=tuple(emits))
        if _CAPTURE is not None:
            _CAPTURE.append(info)
        else:
            old = _REGISTRY.get(code)
            if old is not None and old.source != "python" and old.plugin is None:
                # a check module imported after the packs (NEEDS) with a pack's code: its rule stays, as when every
                # module was imported first, and the pack's is the one skipped, said as register() says it
                _PACK_PROBLEMS.append(f"{old.source}：规则代码重复：{code}，后一条已跳过。")
            _REGISTRY[code] = info
        fn.rule_code = code
        fn.rule_info = info
        return fn

    return wrap


def register(info: RuleInfo) -> None:
    if info.code in _REGISTRY:
        raise ValueError(f"规则代码重复：{info.code}")
    _REGISTRY[info.code] = info


def _load() -> None:
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    import importlib

    import govaudit.checks as checks
    from govaudit.engine.declarative import load_packs

    for name in module_names(checks.__path__):
        if f"govaudit.checks.{name}" in NEEDS:
            _PENDING.append(name)
        elif f"govaudit.checks.{name}" not in RULELESS:
            importlib.import_module(f"govaudit.checks.{name}")
    problems: list[str] = []
    _PENDING_PACKS[:] = []
    for info in load_packs(problems=problems, later=_PENDING_PACKS):
        try:
            register(info)
        except ValueError as exc:  # a code used twice: the first stays
            problems.append(f"{info.source}：{exc}，后一条已跳过。")
    _PACK_PROBLEMS[:] = problems
    _load_plugins()


def module_names(path: list[str]) -> list[str]:
    """The names pkgutil.iter_modules(path) gives, in its order (each folder's files sorted by name; a module file
    by inspect.getmodulename's suffixes, a folder when it holds an __init__), without pkgutil, which imports
    inspect (with ast, dis and tokenize: ≈ 8 ms of every check, issue 13). tests/test_records.py compares them."""
    import os
    from importlib.machinery import all_suffixes

    suffixes = sorted(all_suffixes(), key=len, reverse=True)

    def module_name(filename: str) -> str | None:
        return next((filename[:-len(s)] for s in suffixes if filename.endswith(s)), None)

    out: list[str] = []
    for folder in path:
        try:
            filenames = sorted(os.listdir(folder))
        except OSError:
            continue
        for filename in filenames:
            name = module_name(filename)
            if name == "__init__" or name in out:
                continue
            if not name and "." not in filename and os.path.isdir(os.path.join(folder, filename)):
                try:
                    inside = os.listdir(os.path.join(folder, filename))
                except OSError:
                    inside = []
                if "__init__" not in (module_name(f) for f in inside):
                    continue
                name = filename
            if name and "." not in name and name not in out:
                out.append(name)
    return out


def _import_pending(disclosure=None) -> None:
    """Import the check modules not imported yet: all of them, or those whose NEEDS this disclosure meets."""
    import importlib

    if _PENDING_PACKS and (disclosure is None or has(disclosure, "tables")):
        _register_packs()
    for name in list(_PENDING):
        if disclosure is None or any(has(disclosure, part) for part in NEEDS[f"govaudit.checks.{name}"]):
            _PENDING.remove(name)
            importlib.import_module(f"govaudit.checks.{name}")


def _register_packs() -> None:
    """Register the rules of the built-in packs load_packs put aside (_PENDING_PACKS)."""
    from govaudit.engine.declarative import deferred_rules

    while _PENDING_PACKS:
        where, path = _PENDING_PACKS.pop(0)
        for info in deferred_rules(where, path, _PACK_PROBLEMS):
            try:
                register(info)
            except ValueError as exc:  # (build_packs keeps such a pack out of packs.json: read at start instead)
                _PACK_PROBLEMS.append(f"{info.source}：{exc}，后一条已跳过。")


def _load_plugins() -> None:
    from govaudit.engine.plugins import _may_have_packs, load_plugins

    try:
        none = not _may_have_packs()
    except Exception:  # load_plugins says what went wrong
        none = False
    if none:  # the usual case: load_plugins would find no entry point
        _PLUGIN_PROBLEMS[:] = []
        return
    _import_pending()  # a pack's codes are checked against every built-in one
    infos, problems = load_plugins(builtin_codes=set(_REGISTRY), builtin_families=set(FAMILIES))
    for info in infos:
        _REGISTRY[info.code] = info
    _PLUGIN_PROBLEMS[:] = problems


def capture_rules(sink: list[RuleInfo]):
    """Collect the @rule functions registered while a plugin module is imported, instead of registering them."""
    from contextlib import contextmanager

    @contextmanager
    def cm():
        global _CAPTURE
        saved, _CAPTURE = _CAPTURE, sink
        try:
            yield sink
        finally:
            _CAPTURE = saved

    return cm()


def plugin_problems() -> list[str]:
    """One line per third-party rule pack that failed to load or was rejected (it was skipped)."""
    _load()
    return list(_PLUGIN_PROBLEMS)


def load_problems() -> list[str]:
    """One line per rule pack or rule that was skipped: malformed built-in rules/*.toml, then third-party packs."""
    _load()
    return list(_PACK_PROBLEMS) + list(_PLUGIN_PROBLEMS)


def reload_plugins() -> None:
    """Forget plugin rules and look for rule packs again (tests install packs on the fly)."""
    _load()
    for code in [c for c, i in _REGISTRY.items() if i.plugin is not None]:
        del _REGISTRY[code]
    _load_plugins()


def all_rules() -> list[RuleInfo]:
    _load()
    _import_pending()
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def rules_for(disclosure) -> list[RuleInfo]:
    """The rules as all_rules() lists them, less those of check modules not imported because this disclosure does not
    meet their NEEDS (nor did any before): runner.run_rules skips those whatever is imported (`applies`)."""
    _load()
    _import_pending(disclosure)
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def get_rule(code: str) -> RuleInfo | None:
    _load()
    if code.upper() not in _REGISTRY:
        _import_pending()
    return _REGISTRY.get(code.upper())


def listing() -> tuple[list[RuleInfo], list[str]]:
    """Every rule (sorted by code) and the load problems, for `govaudit rules`, cheaply: the built-in rules come
    from engine/catalogue.json (no check module, no pydantic imported) when it matches the sources, third-party
    packs are loaded as usual. Without a matching catalogue, or once the registry is loaded, the registry itself."""
    if not _LOADED:
        from govaudit.engine.catalogue import builtin

        got = builtin()
        if got is not None:
            infos, problems = got
            from govaudit.engine.plugins import load_plugins

            plugins, plugin_problems = load_plugins(builtin_codes={i.code for i in infos},
                                                    builtin_families=set(FAMILIES))
            return sorted(infos + plugins, key=lambda r: r.code), problems + plugin_problems
    return all_rules(), load_problems()
