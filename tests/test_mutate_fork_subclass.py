"""tools/mutate.py --fork applies a mutant in memory: a class subclassed in another module must be mutated for the
subclass too (recognize/tables.TableBuilder is budget_tables.BudgetTableBuilder's base: before the fix, no budget
table ever ran a TableBuilder mutant, so tests through budget tables could not kill one)."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path


def _mutate_tool():
    path = Path(__file__).resolve().parent.parent / "tools" / "mutate.py"
    spec = importlib.util.spec_from_file_location("_mutate_tool_s10", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["_mutate_tool_s10"] = mod  # (its dataclasses look their module up)
    spec.loader.exec_module(mod)
    return mod


def test_a_mutant_in_a_base_class_reaches_its_subclass_in_another_module(tmp_path, monkeypatch):
    pkg = tmp_path / "mutfork_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "base.py").write_text("class Builder:\n    def size(self, n):\n        return n + 1\n")
    (pkg / "sub.py").write_text("from mutfork_pkg.base import Builder\n\n\nclass BudgetBuilder(Builder):\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        sub = importlib.import_module("mutfork_pkg.sub")
        base = importlib.import_module("mutfork_pkg.base")
        tool = _mutate_tool()
        monkeypatch.setattr(tool, "ROOT", tmp_path)
        plus, = [m for m in tool.enumerate_mutants("mutfork_pkg/base.py") if m.description == "`+` → `-`"]
        assert sub.BudgetBuilder().size(2) == 3
        tool._apply_in_memory(plus)
        assert base.Builder().size(2) == 1  # the module's own class is the mutant
        assert sub.Builder().size(2) == 1  # so is the name imported into the other module
        assert sub.BudgetBuilder().size(2) == 1  # and the subclass inherits the mutant
    finally:
        for name in ("mutfork_pkg.sub", "mutfork_pkg.base", "mutfork_pkg", "_mutate_tool_s10"):
            sys.modules.pop(name, None)
