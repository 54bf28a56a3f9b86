"""govaudit.pydantic_import: pydantic imported without asyncio, and nothing of its stand-ins left behind (issue 13)."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "情况说明与公开表-2019-有误.xlsx"

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 13), reason="Python 3.13's deprecated imports no asyncio")


def run(code: str, cwd: Path = ROOT) -> str:
    """`code` in a fresh interpreter (asyncio not imported yet), its stdout."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=cwd,
                          env=None, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_check_imports_no_asyncio_and_asyncio_still_works():
    out = run(f"""
        import sys
        assert "asyncio" not in sys.modules  # else the test says nothing
        from govaudit.pipeline import Options, check_file
        from pathlib import Path
        status, findings = check_file(Path({str(SEED)!r}), Options())
        assert status.status == "checked" and findings
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("asyncio", "ssl", "socket")))
        import asyncio, asyncio.coroutines, types
        # no module kept a stand-in: every module object named asyncio* is the real one
        for mod in list(sys.modules.values()):
            for value in list(vars(mod).values()):
                if isinstance(value, types.ModuleType) and value.__name__.startswith("asyncio"):
                    assert sys.modules[value.__name__] is value, (mod.__name__, value)
        async def f():
            return 7
        print(asyncio.run(f()), asyncio.coroutines.iscoroutinefunction(f))
    """)
    assert out.split("\n")[:2] == ["[]", "7 True"]


def test_stand_ins_answer_as_asyncio(tmp_path):
    """A module imported in the window that marks coroutine functions gets what the real asyncio gives."""
    (tmp_path / "marked.py").write_text(textwrap.dedent("""
        from typing_extensions import deprecated

        @deprecated("old")
        def plain():
            return 1

        @deprecated("old")
        async def coro():
            return 2
    """), encoding="utf-8")
    out = run("""
        import sys, inspect
        from govaudit import pydantic_import
        pydantic_import.import_without_asyncio(["marked"])
        import marked
        import asyncio.coroutines
        assert "asyncio" in sys.modules and type(sys.modules["asyncio"].run).__name__ == "function"
        print(asyncio.coroutines.iscoroutinefunction(marked.plain), asyncio.coroutines.iscoroutinefunction(marked.coro),
              marked.coro._is_coroutine is asyncio.coroutines._is_coroutine)
    """, cwd=tmp_path)
    assert out.split() == ["False", "True", "True"]


def test_plain_functions_keep_asyncio_out(tmp_path):
    (tmp_path / "plain_only.py").write_text(
        "from typing_extensions import deprecated\n\n@deprecated('old')\ndef plain():\n    return 1\n", encoding="utf-8")
    out = run("""
        import sys
        from govaudit import pydantic_import
        pydantic_import.import_without_asyncio(["plain_only"])
        import plain_only
        print("asyncio" in sys.modules, "asyncio.coroutines" in sys.modules, plain_only.plain.__deprecated__)
    """, cwd=tmp_path)
    assert out.split() == ["False", "False", "old"]


def test_a_module_that_needs_more_of_asyncio_is_imported_the_plain_way(tmp_path):
    """A future pydantic that imports an asyncio submodule while it loads (the stand-in is no package) must not
    break govaudit: the import is done again with the real asyncio, and the half-imported modules afresh."""
    (tmp_path / "helper_mod.py").write_text("LOADED = []\n", encoding="utf-8")
    (tmp_path / "needs_events.py").write_text(textwrap.dedent("""
        import helper_mod
        helper_mod.LOADED.append(1)
        import asyncio.events
        loop_policy = asyncio.events.get_event_loop_policy
    """), encoding="utf-8")
    out = run("""
        import sys
        from govaudit import pydantic_import
        pydantic_import.import_without_asyncio(["needs_events"])
        import needs_events, helper_mod, asyncio
        print(callable(needs_events.loop_policy), type(asyncio.run).__name__, helper_mod.LOADED,
              all(sys.modules[m.__name__] is m for m in (asyncio, needs_events, helper_mod)))
    """, cwd=tmp_path)
    assert out.split() == ["True", "function", "[1]", "True"]
