"""tools/mutate.py --fork (issue 14, session 25): an instance the baseline made before the mutant was applied (the
rule packs are loaded once and cached: every DeclarativeRule the checks run was built then) runs the mutant's methods
too. Before, only tests that built their own rules saw a mutant of DeclarativeRule.check: unsplit's `not` removed
and `_unsplit[1]`→`[0]` survived test_tables_heldout24, which checks files through the cached packs."""

from __future__ import annotations

import importlib
import sys

from test_mutate_fork_subclass import _mutate_tool


def test_an_instance_made_before_the_mutant_runs_it(tmp_path, monkeypatch):
    pkg = tmp_path / "mutinst_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "rules.py").write_text(
        "class Rule:\n"
        "    def check(self, n):\n        return n + 1\n\n"
        "    @staticmethod\n    def twice(n):\n        return n * 2\n\n"
        "    def __repr__(self):\n        return super().__repr__()\n\n\n"
        "PACK = [Rule()]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        rules = importlib.import_module("mutinst_pkg.rules")
        cached = rules.PACK[0]
        tool = _mutate_tool()
        monkeypatch.setattr(tool, "ROOT", tmp_path)
        mutants = tool.enumerate_mutants("mutinst_pkg/rules.py")
        plus, = [m for m in mutants if m.description == "`+` → `-`"]
        tool._apply_in_memory(plus)
        assert rules.Rule().check(2) == 1  # a new instance is the mutant's
        assert cached.check(2) == 1  # and so is the one made before
        assert repr(cached).startswith("<mutinst_pkg.rules.Rule object")  # (super(): left as it was, still works)
        # (one mutant a child: the package imported afresh for the next)
        sys.modules.pop("mutinst_pkg.rules")
        rules = importlib.import_module("mutinst_pkg.rules")
        cached = rules.PACK[0]
        times, = [m for m in mutants if m.description == "`*` → `/`"]
        tool._apply_in_memory(times)
        assert cached.twice(4) == 2 and cached.check(2) == 3
    finally:
        for name in ("mutinst_pkg.rules", "mutinst_pkg", "_mutate_tool_s10"):
            sys.modules.pop(name, None)
