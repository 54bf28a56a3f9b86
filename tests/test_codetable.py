"""govaudit/codetable.py: the functions records.dataclass and model/trusted.py write as text, taken compiled from
govaudit/codetable_data.py instead of compiled by Python's parser in every process (issue 13: ≈ 25 M instructions of
a seed-size workbook's check). A function made from the table must be the one `exec` makes of the same text: the same
code (`==`), globals, defaults, names; the table must be current; a check of a sample compiles no such text (this last
test fails on the code before: ≈ 55 texts compiled)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govaudit import codetable
from govaudit.codetable_data import CODE

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx"


def _exec_made(src: str, env: dict, name: str):
    exec(compile(src, "<string>", "exec", dont_inherit=False), env)  # (this module has the same __future__ flags)
    return env[name]


def test_every_function_of_the_table_is_what_exec_makes_of_its_text():
    assert len(CODE) >= 50
    for src, code in CODE.items():
        module = compile(src, "<string>", "exec")
        name = module.co_names[-1]
        assert code.co_name == name
        assert code.replace(co_filename="<string>", co_firstlineno=1) == _exec_made(src, {n: None for n in
                                                                                    module.co_names}, name).__code__
        assert code.co_flags == _exec_made(src, {n: None for n in module.co_names}, name).__code__.co_flags


@pytest.mark.parametrize("in_table", [True, False])
def test_function_gives_exec_s_function(in_table, monkeypatch):
    src = next(s for s in CODE if "=_FACTORY" in s and "=_d" in s) if in_table else (
        "def __init__(self, a, b=_d1, c=_FACTORY):\n    self.a = a\n    self.b = b\n"
        "    self.c = _f2() if c is _FACTORY else c\n")
    assert (src in CODE) is in_table
    module = compile(src, "<string>", "exec")
    reads = [n for n in module.co_names if n != "__init__"]
    values = {n: object() for n in reads}
    env_a, env_b = dict(values, _f2=list), dict(values, _f2=list)
    params = src.split("\n")[0][len("def __init__("):-len("):")].split(", ")
    defaults = tuple(values[p.split("=")[1]] for p in params if "=" in p)
    made = codetable.function(src, env_a, "__init__", defaults or None)
    twin = _exec_made(src, env_b, "__init__")
    assert made.__code__.replace(co_filename="<string>", co_firstlineno=1) == twin.__code__
    assert made.__defaults__ == twin.__defaults__ and made.__kwdefaults__ == twin.__kwdefaults__
    assert (made.__name__, made.__qualname__, made.__module__) == (twin.__name__, twin.__qualname__, twin.__module__)
    assert made.__globals__ is env_a and env_a["__init__"] is made and set(env_a) == set(env_b)
    assert env_a["__builtins__"] is env_b["__builtins__"]


def test_a_missing_table_compiles_every_text(monkeypatch):
    monkeypatch.setattr(codetable, "_table", {})
    env: dict = {}
    made = codetable.function("def make(a):\n    return a\n", env, "make")
    assert made(3) == 3 and env["make"] is made and made.__code__.co_filename == "<string>"


def test_the_table_is_current():
    """A new dataclass, model field or set of names given to construct() without regenerating the table is only
    compiled the slow way (correctly, as before); this says so. (Texts the package no longer writes may stay.)"""
    code = ("import json, sys; from pathlib import Path; from govaudit import codetable\n"
            f"sys.stdout.write(json.dumps(codetable.build_table(Path({str(ROOT / 'samples')!r}))))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    missing = [src.split("\n")[0] for src in json.loads(proc.stdout) if src not in CODE]
    assert not missing, ("govaudit/codetable_data.py lacks texts the package now writes (a model's or dataclass's "
                         f"fields, or the names given to construct(), changed): run  python -m govaudit.engine.catalogue"
                         f"  {missing[:5]}")


def test_a_workbook_check_compiles_no_function_text(tmp_path):
    """Every text a seed-size check writes comes from the table (before: each compiled, ≈ 0.5 M instructions)."""
    code = ("import sys\n"
            "texts = []\n"
            "sys.addaudithook(lambda event, args: texts.append(args[0]) if event == 'compile' and "
            "isinstance(args[0], (str, bytes)) and args[0][:4] in ('def ', b'def ') else None)\n"
            "from govaudit.fastpath import main\n"
            "try:\n    main(['check', sys.argv[1], '--format', 'json'])\n"
            "except SystemExit:\n    pass\n"
            "sys.stderr.write(f'COMPILED {len(texts)}\\n')\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=tmp_path, timeout=300)
    assert "COMPILED 0\n" in proc.stderr, proc.stderr[-2000:]
