"""tools/mutate.py's line selection (session 11): `--only-lines` takes ranges, `--changed-since COMMIT` keeps the
mutants on lines a commit range added or changed, and a mutant counts as on a line when what it changes spans it
(a comparison written over two lines, an if's condition — not the if's body)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path


def _tool():
    path = Path(__file__).resolve().parent.parent / "tools" / "mutate.py"
    spec = importlib.util.spec_from_file_location("_mutate_tool_s11", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["_mutate_tool_s11"] = mod  # (its dataclasses look their module up)
    spec.loader.exec_module(mod)
    return mod


def test_line_ranges():
    tool = _tool()
    assert tool.parse_lines("12,30-33, 7") == {7, 12, 30, 31, 32, 33}
    assert tool.parse_lines("") == set()


SOURCE = """def f(a, b):
    if (a <
            b):
        return a + 1
    return b
"""


def test_a_mutant_is_on_every_line_of_what_it_changes_and_an_if_not_on_its_body(tmp_path, monkeypatch):
    tool = _tool()
    (tmp_path / "m.py").write_text(SOURCE)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    ms = tool.enumerate_mutants("m.py")
    on3 = sorted(m.description for m in ms if m.touches({3}))
    assert on3 == ["`<` → `<=`", "if-condition negated"]  # the comparison and the if's condition reach line 3
    assert sorted(m.description for m in ms if m.touches({4})) == ["`+` → `-`", "`1` → `0`",
                                                                    "return value removed (`return None`)"]


def test_changed_since_a_commit(tmp_path, monkeypatch):
    tool = _tool()
    git = ["git", "-c", "user.email=t@t", "-c", "user.name=t"]
    subprocess.run(git + ["init", "-q", str(tmp_path)], check=True)
    (tmp_path / "m.py").write_text(SOURCE)
    subprocess.run(git + ["add", "m.py"], cwd=tmp_path, check=True)
    subprocess.run(git + ["commit", "-qm", "a"], cwd=tmp_path, check=True)
    (tmp_path / "m.py").write_text(SOURCE.replace("return b\n", "x = 0\n    return b - x\n"))
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.changed_lines("m.py", "HEAD") == {5, 6}
    changed = [m.description for m in tool.enumerate_mutants("m.py") if m.touches({5, 6})]
    assert sorted(changed) == ["`-` → `+`", "`0` → `1`", "return value removed (`return None`)"]
