"""Regular expressions compiled on first use instead of at import (start-up time, issue 13).

A module's patterns were compiled when it was imported: ≈ 165 patterns, ≈ 50 ms of every process, most of which a
given input never uses (the narrative's on a workbook without text, the 公开表 grid's on a 绩效自评表). `lazy(...)`
takes re.compile's arguments and compiles on the first attribute asked for; from then on the compiled pattern's
methods sit on the object itself, so a call costs what `PATTERN.search(...)` on a compiled pattern costs (the method
is even bound once, not at every call).

Only method calls and attributes work (`X.search(s)`, `X.sub(...)`, `X.pattern`): not `re.search(X, s)` nor
isinstance(X, re.Pattern). tests/test_lazyre.py checks every lazy pattern of the package compiles to what re.compile
gives."""

from __future__ import annotations

import re

_ATTRS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags", "groups",
          "groupindex")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.source_flags = flags

    def compiled(self) -> re.Pattern:
        compiled = re.compile(self.pattern, self.source_flags)
        for name in _ATTRS:
            self.__dict__[name] = getattr(compiled, name)
        return compiled

    def __getattr__(self, name: str):  # only while not compiled: afterwards the attributes are the object's own
        if name.startswith("__") or name not in _ATTRS:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """re.compile(pattern, flags), compiled when first used."""
    return LazyPattern(pattern, flags)
