"""The methods of @dataclass classes, taken from govaudit/dataclass_code.bin instead of compiled in every process
(issue 13): every entry must be what compiling its text makes, the table must hold every class of the package, and a
class made with the table in place must be the same as one made without it."""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govaudit import dataclass_code

TABLE = dataclass_code.load()
SAME_PYTHON = TABLE is not None


def _fresh(code: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=root, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_every_entry_is_what_compiling_its_text_makes():
    if not SAME_PYTHON:
        pytest.skip("dataclass_code.bin was made by another Python: it is not used here")
    assert len(TABLE) >= 200
    for source, code in TABLE.items():
        assert code == compile(source, "<string>", "exec", dont_inherit=True), source


def test_the_table_holds_every_dataclass_of_the_package():
    """A dataclass added or edited without regenerating the table is only compiled the slow way; this says so."""
    if not SAME_PYTHON:
        pytest.skip("dataclass_code.bin was made by another Python")
    fresh = marshal.loads(bytes.fromhex(_fresh(
        "import marshal, sys\nfrom govaudit import dataclass_code\n"
        "sys.stdout.write(marshal.dumps(dataclass_code.build(('govaudit',))).hex())\n")))
    assert len(fresh) >= 60  # the package's own classes (pydantic's, also in the table, follow the installed release)
    missing = [s for s in fresh if s not in TABLE]
    assert not missing, "govaudit/dataclass_code.bin is stale: run  python -m govaudit.engine.catalogue"


def test_a_class_made_with_the_table_is_the_same(monkeypatch, tmp_path):
    if not SAME_PYTHON:
        pytest.skip("dataclass_code.bin was made by another Python")
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    source = "\n".join([
        "from dataclasses import dataclass, field",
        "@dataclass(frozen=True)",
        "class Place:",
        "    sheet: str",
        "    row: int = 0",
        "    tags: tuple = ()",
        "@dataclass",
        "class Box:",
        "    items: list = field(default_factory=list)",
    ])
    plain: dict = {"__name__": "plainmod"}
    exec(compile(source, "plainmod", "exec", dont_inherit=True), plain)
    texts = {}
    def record(text, g=None, loc=None, /):
        texts[text] = compile(text, "<string>", "exec", dont_inherit=True)
        return builtins.exec(texts[text], g, loc)

    monkeypatch.setattr(dataclasses, "exec", record, raising=False)
    exec(compile(source, "recorded", "exec", dont_inherit=True), {"__name__": "recorded"})
    monkeypatch.delattr(dataclasses, "exec")
    table = tmp_path / "dc.bin"
    table.write_bytes(dataclass_code.header() + marshal.dumps(texts))
    try:
        assert dataclass_code.install(str(table)) is True
        assert dataclass_code.install(str(table)) is True  # once per process: the second call changes nothing
        taken: dict = {"__name__": "plainmod"}
        exec(compile(source, "plainmod", "exec", dont_inherit=True), taken)
    finally:
        table.unlink()
        monkeypatch.delattr(dataclasses, "exec")
    for name in ("Place", "Box"):
        a, b = plain[name], taken[name]
        for method in ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__"):
            fa, fb = getattr(a, method), getattr(b, method)
            if hasattr(fa, "__code__"):
                assert fa.__code__ == fb.__code__, (name, method)
                assert fa.__qualname__ == fb.__qualname__
                assert fa.__defaults__ == fb.__defaults__ or (fa.__defaults__ is None) == (fb.__defaults__ is None)
            else:
                assert not hasattr(fb, "__code__"), (name, method)
        assert a.__doc__ == b.__doc__
        assert [f.name for f in dataclasses.fields(a)] == [f.name for f in dataclasses.fields(b)]
    p = taken["Place"]("02", 3)
    assert p == taken["Place"]("02", 3) and hash(p) == hash(taken["Place"]("02", 3))
    assert repr(p) == "Place(sheet='02', row=3, tags=())"
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.row = 4
    assert taken["Box"]().items == [] and taken["Box"]().items is not taken["Box"]().items


def test_a_text_not_in_the_table_is_compiled_as_exec_compiles_it(monkeypatch, tmp_path):
    """Misses (a plugin's class, an edited one) compile without this module's __future__ flags: the annotations of
    the generated __init__ stay objects, as with the plain `exec` of dataclasses.py."""
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    table = tmp_path / "t.bin"
    table.write_bytes(dataclass_code.header() + marshal.dumps({"x = 1\n": compile("x = 1\n", "<string>", "exec")}))
    try:
        assert dataclass_code.install(str(table))

        @dataclasses.dataclass
        class Later:
            value: int

        # the field's own type ('int' under this file's __future__ import), not the name the text gives it
        # ('_type_value', which a compile inheriting `annotations` would leave as a string)
        assert Later.__init__.__annotations__ == {"value": "int", "return": None}
        assert Later(3) == Later(3) and repr(Later(3)).endswith("Later(value=3)")
    finally:
        monkeypatch.delattr(dataclasses, "exec")


def test_another_pythons_table_or_a_broken_one_is_not_used(monkeypatch, tmp_path):
    monkeypatch.delattr(dataclasses, "exec", raising=False)
    other = tmp_path / "other.bin"
    other.write_bytes(b"\x00\x00\r\ncpython-29\n" + marshal.dumps({"x": compile("x", "<string>", "exec")}))
    assert dataclass_code.load(str(other)) is None
    assert dataclass_code.install(str(other)) is False
    broken = tmp_path / "broken.bin"
    broken.write_bytes(dataclass_code.header() + b"\xff\x00")
    assert dataclass_code.load(str(broken)) is None
    assert dataclass_code.install(str(tmp_path / "missing.bin")) is False
    assert "exec" not in vars(dataclasses)


def test_someone_elses_exec_on_dataclasses_is_left_alone(monkeypatch):
    def theirs(*a):
        return exec(*a)

    monkeypatch.setattr(dataclasses, "exec", theirs, raising=False)
    assert dataclass_code.install() is False
    assert dataclasses.exec is theirs


def test_the_command_installs_it_before_its_imports():
    out = _fresh("import sys, dataclasses\nsys.argv = ['govaudit', 'rules', 'NOPE']\n"
                 "from govaudit import fastpath\n"
                 "try:\n    fastpath.main(['check', '--select', 'NOPE', 'x.xlsx'])\nexcept SystemExit:\n    pass\n"
                 "print(getattr(getattr(dataclasses, 'exec', None), '_govaudit', False))\n")
    assert out.strip().splitlines()[-1] == str(SAME_PYTHON)
