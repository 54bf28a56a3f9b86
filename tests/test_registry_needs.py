"""Check modules imported only for a disclosure that has what they check (issue 13, engine/registry.py NEEDS).

A module whose rules judge only 公开表 (TBL/XTB/CMP/BGC…) or only running text (TXT) says so (its NEEDS); a check
imports it only when the disclosure holds one of those parts, and runner.run_rules skips its rules on any other
disclosure. These tests prove that skipping changes nothing: every such rule, run on every sample's disclosure with
the parts it needs taken away (the 绩效自评表, cell issues and everything else left), finds nothing."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from decimal import localcontext
from pathlib import Path

import pytest

from govaudit.engine import registry
from govaudit.engine.context import Context
from govaudit.numbers import DECIMAL_CONTEXT

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx"


def _modules() -> list[str]:
    import govaudit.checks as checks

    return [f"govaudit.checks.{name}" for name in registry.module_names(checks.__path__)]


def test_the_registry_knows_each_modules_needs():
    """registry.NEEDS repeats each check module's own NEEDS (the registry must know it without importing it)."""
    declared = {}
    for name in _modules():
        needs = getattr(importlib.import_module(name), "NEEDS", None)
        if needs is not None:
            declared[name] = tuple(needs)
    assert declared == registry.NEEDS
    for parts in registry.NEEDS.values():
        for part in parts:
            registry.has(_disclosures()[0][1], part)  # a part `has` knows (an unknown one raises)


_CACHE: list = []


def _disclosures():
    """(name, disclosure) of every workbook and Word sample."""
    if not _CACHE:
        from govaudit.readers import read_workbook
        from govaudit.recognize.disclosure import recognize

        for path in sorted(SAMPLES.glob("*.xlsx")) + sorted(SAMPLES.glob("*.docx")):
            with localcontext(DECIMAL_CONTEXT):
                d = recognize(read_workbook(path))
            d.path = path.name
            _CACHE.append((path.name, d))
    return _CACHE


def _without(disclosure, parts):
    """The disclosure with `parts` taken away (a copy; the rest, 绩效自评表 and cell issues included, as it was)."""
    update = {}
    if "tables" in parts:
        update.update(tables={}, duplicates=[], extra_tables=[], unread_tables=[], titled_only={})
    if "text" in parts:
        update.update(paragraphs=[], narrative=None)
    if "bad_codes" in parts:
        update["cell_issues"] = [i for i in disclosure.cell_issues if i.kind != "bad_code"]
    return disclosure.model_copy(update=update)


def test_a_rule_finds_nothing_without_the_parts_its_module_needs():
    registry.all_rules()  # every module imported
    gated = [i for i in registry.all_rules() if i.check is not None and i.check.__module__ in registry.NEEDS]
    assert len(gated) >= 40 and {i.code[:3] for i in gated} >= {"TXT", "CMP", "BGC", "TBL", "XTB"}
    checked = 0
    for name, d in _disclosures():
        for info in gated:
            parts = registry.NEEDS[info.check.__module__]
            bare = _without(d, parts)
            assert not any(registry.has(bare, p) for p in parts)
            assert not registry.applies(info, bare)
            with localcontext(DECIMAL_CONTEXT):
                found = list(info.check(bare, Context()))
            assert found == [], (name, info.code, found[:2])
            checked += 1
    assert checked >= 40 * 20


def test_the_rules_applies_to_a_disclosure_with_its_parts():
    """The converse: on the samples as they are, the gated rules are run and some of them report (else the test
    above would prove nothing)."""
    from govaudit.engine.runner import run_rules

    reported = set()
    for _name, d in _disclosures():
        with localcontext(DECIMAL_CONTEXT):
            reported |= {f.code for f in run_rules(d, Context())}
    assert {"CMP003", "TXT001", "BGC003", "TBL001"} <= reported


def test_no_pack_rule_shares_a_code_with_a_python_rule():
    """A pack's rule is registered before a check module imported later: a code used twice would no longer be
    reported as a load problem at the start (registry._load), so none may be."""
    from govaudit.engine.declarative import load_packs

    python = {i.code for i in registry.all_rules() if i.source == "python"}
    assert python and not python & {i.code for i in load_packs()}
    assert registry.load_problems() == []


def test_a_workbook_of_forms_imports_no_table_or_text_check_module(tmp_path):
    """`govaudit check` of a 绩效自评表 workbook (no 公开表, no text): none of the modules in registry.NEEDS is imported
    (≈ 13 M instructions), no rule of the built-in packs is built (≈ 17 M), and the report is the same as with every
    module imported and every rule registered."""
    target = tmp_path / SEED
    shutil.copyfile(SAMPLES / SEED, target)
    code = ("import sys\n"
            f"sys.argv = ['govaudit', 'check', {str(target)!r}, '--format', 'json', '-o', {str(tmp_path / 'r.json')!r}]\n"
            "from govaudit.fastpath import main\n"
            "try:\n"
            "    main()\n"
            "except SystemExit as exc:\n"
            "    assert exc.code == 1, exc.code\n"
            f"print('LOADED', sorted(m for m in {sorted(registry.NEEDS | dict.fromkeys(registry.RULELESS))!r}"
            " if m in sys.modules))\n"
            "from govaudit.engine import registry\n"
            "print('PACKS', sorted({i.source for i in registry._REGISTRY.values() if i.source != 'python'}))\n")
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    # nor the helpers only rule modules use (registry.RULELESS), nor the built-in packs' rules (they judge 公开表 only)
    assert "LOADED ['govaudit.checks.common', 'govaudit.checks.performance_common']" in proc.stdout.splitlines()
    assert "PACKS []" in proc.stdout.splitlines()
    every = subprocess.run([sys.executable, "-m", "govaudit", "check", str(target), "--format", "json", "--select",
                            "ALL"], capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path,
                           timeout=120)
    assert every.returncode == 1
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == every.stdout


def test_a_check_module_imported_after_the_packs_with_a_packs_code_is_a_load_problem(monkeypatch):
    """A module in NEEDS is imported after the packs were registered: a code it shares with a pack's rule is reported
    as when every module was imported first (the module's rule stays, the pack's is skipped), not overwritten
    silently."""
    monkeypatch.setattr(registry, "_REGISTRY", {})
    monkeypatch.setattr(registry, "_PACK_PROBLEMS", [])
    registry.register(registry.RuleInfo(code="ZZD001", title="t", severity=registry.Severity.error,
                                        source="rules/tables.toml"))

    @registry.rule("ZZD001", "python 的规则")
    def check(disclosure, ctx):
        return []

    assert registry._REGISTRY["ZZD001"].check is check
    assert registry._PACK_PROBLEMS == ["rules/tables.toml：规则代码重复：ZZD001，后一条已跳过。"]


def test_the_modules_the_registry_leaves_to_others_hold_no_rule():
    """registry.RULELESS: modules of checks/ that only rule modules import (the registry itself does not): a rule
    written in one would never be registered."""
    assert registry.RULELESS < set(_modules())
    for name in registry.RULELESS:
        module = importlib.import_module(name)
        assert not [v for v in vars(module).values() if callable(v) and getattr(v, "__module__", None) == name
                    and hasattr(v, "rule_info")], name
    assert registry.all_rules()  # and every rule is registered without them
    for name in set(_modules()) - registry.RULELESS:  # each other module registers a rule of its own
        assert any(i.check is not None and getattr(i.check, "__module__", None) == name
                   for i in registry.all_rules()), name


def test_a_pack_rule_is_registered_once_a_disclosure_has_tables():
    """The built-in packs' rules judge 公开表 only (DeclarativeRule.check finds nothing without its judged table):
    rules_for(disclosure) registers them for the first disclosure with "tables", all_rules() in any case; before
    that they are only listed in registry._PENDING_PACKS, and the load problems are the same."""
    from govaudit.engine import declarative

    saved = dict(registry._REGISTRY), registry._LOADED, list(registry._PENDING_PACKS), list(registry._PENDING)
    try:
        registry._REGISTRY.clear()
        registry._LOADED = False
        seed = dict(_disclosures())[SEED]
        table = next(d for _n, d in _disclosures() if d.tables)
        codes = {i.code for i in registry.rules_for(seed)}
        assert registry._PENDING_PACKS and not any(c.startswith(("TBL", "XTB", "BGX", "BGT")) for c in codes)
        assert registry.load_problems() == []
        later = {i.code for i in registry.rules_for(table)}
        assert not registry._PENDING_PACKS and {i.code for i in declarative.load_packs()} <= later
    finally:
        registry._REGISTRY.clear()
        registry._REGISTRY.update(saved[0])
        registry._LOADED, registry._PENDING_PACKS[:], registry._PENDING[:] = saved[1], saved[2], saved[3]


@pytest.mark.parametrize("part", ["tables", "text", "forms", "bad_codes"])
def test_has(part):
    seed = dict(_disclosures())[SEED]
    assert registry.has(seed, part) == (part == "forms")
