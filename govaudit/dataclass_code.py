"""The methods `dataclasses` generates, compiled once beforehand instead of in every process (start-up, issue 13).

For each class decorated with @dataclass, the standard library writes the source text of its __init__, __repr__,
__eq__ (and, frozen, __setattr__, __delattr__, __hash__) and compiles it with `exec` while the module is imported:
≈ 2 M instructions a class, ≈ 3.7 M a frozen one, 80 % of it the compiler. A check imports 83 such classes (34 of
govaudit's, the rest pydantic's and annotated_types'): ≈ 10 % of a seed-size check (bench/RESULTS.md, s8speed).

`install()` (called by the command's entry point, govaudit.fastpath, before the imports) gives the dataclasses
module an `exec` of its own that looks the source text up in dataclass_code.bin: the code objects `compile` made of
those texts, marshalled, made by `python -m govaudit.engine.catalogue` with the same Python (the file starts with
that Python's bytecode magic number and cache tag, and is not used by any other). A text not in the table (a class
edited since, a plugin's) is compiled exactly as `exec` compiles it there (filename "<string>", no inherited
__future__ flags: dataclasses.py has none), so the functions made are the same either way; only the compiling is
skipped. tests/test_dataclass_code.py checks that every entry equals a fresh compile and that the table is current.
This module must not use `from __future__ import annotations` (exec of a text would not inherit it anyway: compile
is called with dont_inherit=True).
"""

import builtins
import os
import sys

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dataclass_code.bin")
# whose classes the table holds: what a check imports (another library's classes are compiled as usual)
KEPT = ("govaudit", "pydantic", "annotated_types", "click", "typing_inspection")


def header() -> bytes:
    """What the table file starts with: the bytecode magic number and cache tag of this Python."""
    from importlib._bootstrap_external import MAGIC_NUMBER  # frozen, always loaded: no import cost

    return MAGIC_NUMBER + (sys.implementation.cache_tag or "").encode() + b"\n"


def load(path: str = TABLE):
    """source text → code object, from the table when it was made by this Python; None otherwise."""
    import marshal

    try:
        with open(path, "rb") as fh:
            data = fh.read()
        head = header()
        if not data.startswith(head):
            return None
        table = marshal.loads(data[len(head):])
        return table if type(table) is dict else None
    except (OSError, ValueError, EOFError, TypeError):
        return None


def _compiled(source):
    return compile(source, "<string>", "exec", dont_inherit=True)


def install(path: str = TABLE) -> bool:
    """Give the dataclasses module the table-backed `exec` (once per process); False when there is no usable table
    or dataclasses already has an `exec` of someone else's."""
    import dataclasses

    if "exec" in vars(dataclasses):
        return getattr(dataclasses.exec, "_govaudit", False)
    table = load(path)
    if not table:
        return False

    def exec_from_table(source, globals=None, locals=None, /):
        code = table.get(source) if type(source) is str else None
        if code is None:
            code = _compiled(source) if type(source) is str else source
        return builtins.exec(code, globals, locals)

    exec_from_table._govaudit = True
    dataclasses.exec = exec_from_table
    return True


def build(kept: tuple[str, ...] = KEPT) -> dict:
    """The table: every text dataclasses generates for the classes of KEPT's modules while click, pydantic and every
    module of the package are imported, in a fresh interpreter (so that nothing imported here before is missed)."""
    import marshal
    import subprocess

    code = (
        f"import sys, marshal, builtins, dataclasses\nKEPT = {tuple(kept)!r}\n"
        "seen = {}\n"
        "def rec(source, globals=None, locals=None, /):\n"
        "    if type(source) is str and str((globals or {}).get('__name__')).startswith(KEPT):\n"
        "        seen[source] = compile(source, '<string>', 'exec', dont_inherit=True)\n"
        "    return builtins.exec(source, globals, locals)\n"
        "dataclasses.exec = rec\n"
        "import click, govaudit.cli, govaudit.model, pydantic\n"
        "import importlib, pkgutil, govaudit\n"
        "for m in pkgutil.walk_packages(govaudit.__path__, 'govaudit.'):\n"
        "    try:\n"
        "        importlib.import_module(m.name)\n"
        "    except Exception:\n"
        "        pass\n"
        "sys.stdout.buffer.write(marshal.dumps(seen))\n"
    )
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, cwd=here, timeout=300)
    return marshal.loads(out.stdout)


def write_table(path: str = TABLE) -> int:
    import marshal

    table = build()
    with open(path, "wb") as fh:
        fh.write(header() + marshal.dumps(dict(sorted(table.items()))))
    return len(table)
