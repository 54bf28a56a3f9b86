"""tools/mutate.py --fork (issue 14, session 23): a forked child forgets the test modules the baseline imported, so
a result a test module caches at import level (functools.cache on a helper that checks a built file, as
tests/test_budget_heldout22.judged does) is computed again on the mutant. Before, every child reused the baseline's
findings and no mutant of a check those helpers judge could be killed (budget_items: TXT002/TXT030 survivors)."""

from __future__ import annotations

import sys
import types

from test_mutate_fork_subclass import _mutate_tool


def test_a_child_forgets_the_test_modules_and_keeps_the_rest(tmp_path, monkeypatch):
    tool = _mutate_tool()
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    (tmp_path / "tests").mkdir()
    cached = types.ModuleType("s23_cached_helper")
    cached.__file__ = str(tmp_path / "tests" / "s23_cached_helper.py")
    kept = types.ModuleType("s23_package_module")
    kept.__file__ = str(tmp_path / "govaudit" / "s23_package_module.py")
    beside = types.ModuleType("s23_tests_beside")  # (a folder whose name only starts with "tests")
    beside.__file__ = str(tmp_path / "tests_old" / "s23_tests_beside.py")
    for m in (cached, kept, beside):
        monkeypatch.setitem(sys.modules, m.__name__, m)
    monkeypatch.setitem(sys.modules, "s23_no_file", types.ModuleType("s23_no_file"))
    try:
        tool._forget_test_modules()
        assert "s23_cached_helper" not in sys.modules
        assert all(n in sys.modules for n in ("s23_package_module", "s23_tests_beside", "s23_no_file"))
    finally:
        sys.modules.pop("_mutate_tool_s10", None)
