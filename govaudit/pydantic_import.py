"""Import pydantic_core without importing asyncio (start-up time, issue 13). Imported for its effect, before pydantic.

On Python < 3.13, pydantic and pydantic_core decorate some of their functions with typing_extensions' `@deprecated`
(pydantic_core.core_schema, pydantic.config, pydantic.main …), and for each callable it wraps that decorator runs
`import asyncio.coroutines`, only to ask `iscoroutinefunction(func)` (none of them is a coroutine function). That
import brings all of asyncio (ssl, socket, subprocess, logging, concurrent.futures): ≈ 140 M instructions, more than
a tenth of a whole seed-size check (bench/RESULTS.md, s6start). No pydantic module imports asyncio otherwise, and
Python 3.13's `warnings.deprecated`, which typing_extensions uses there, asks `inspect` and imports no asyncio.

So, while pydantic is imported (with the modules its first model class loads), `asyncio` and `asyncio.coroutines` are
stand-ins: `iscoroutinefunction` answers as asyncio's does (inspect's test, or the legacy `_is_coroutine` mark), and
anything else — or a function that is a coroutine function — imports the real asyncio and answers from it. The
stand-ins leave sys.modules as soon as those imports are done, so a later `import asyncio` (a plugin's) gets the real
module (tests/test_pydantic_import.py). Skipped when asyncio or pydantic is already imported, and on Python ≥ 3.13.
A release of pydantic that needs more of asyncio while it is imported (`import asyncio.events`: the stand-in is no
package) is imported again the plain way, with the real asyncio: the stand-ins may cost nothing but time saved.
"""

from __future__ import annotations

import sys


# what `import pydantic` and a first (deferred) model class import
PYDANTIC = ("pydantic_core", "pydantic", "pydantic.main", "pydantic.fields", "pydantic.functional_validators")


def import_without_asyncio(names) -> None:
    """Import the modules `names` (in turn) with the asyncio stand-ins in place; nothing if asyncio is imported."""
    if "asyncio" in sys.modules:
        for name in names:
            __import__(name)
        return
    import inspect
    import types

    package = types.ModuleType("asyncio")
    coroutines = types.ModuleType("asyncio.coroutines")
    package.coroutines = coroutines
    stand_ins = {"asyncio": package, "asyncio.coroutines": coroutines}

    def real():
        """The real asyncio.coroutines (the stand-ins leave sys.modules first)."""
        _drop(stand_ins)
        import asyncio.coroutines

        return asyncio.coroutines

    def package_getattr(name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        real()
        return getattr(sys.modules["asyncio"], name)

    def iscoroutinefunction(func) -> bool:
        if inspect.iscoroutinefunction(func) or hasattr(func, "_is_coroutine"):
            return real().iscoroutinefunction(func)
        return False  # what asyncio.coroutines.iscoroutinefunction says of it

    def __getattr__(name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(real(), name)

    coroutines.iscoroutinefunction = iscoroutinefunction
    coroutines.__getattr__ = __getattr__
    package.__getattr__ = package_getattr
    before = set(sys.modules)
    sys.modules.update(stand_ins)
    try:
        for name in names:
            __import__(name)
    except Exception:  # noqa: BLE001 (a pydantic release that needs more of asyncio at import: do it the plain way)
        _drop(stand_ins)
        for name in set(sys.modules) - before:  # half-imported modules may hold a stand-in: import them afresh
            del sys.modules[name]
        for name in names:
            __import__(name)
    finally:
        _drop(stand_ins)


def _drop(stand_ins: dict) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


if sys.version_info < (3, 13) and "pydantic" not in sys.modules and "pydantic_core" not in sys.modules:
    import_without_asyncio(PYDANTIC)
