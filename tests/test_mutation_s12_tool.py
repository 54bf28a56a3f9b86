"""tools/mutate.py (session 12): `--only-lines` may be given once per file, so that one run measures chosen lines of
several files (each file named in no `--only-lines` is mutated whole)."""

from __future__ import annotations

from test_mutation_s11_tool import _tool


def test_only_lines_once_per_file(tmp_path, monkeypatch, capsys):
    tool = _tool()
    (tmp_path / "a.py").write_text("def f(a):\n    if a < 1:\n        return a + 1\n    return a - 1\n")
    (tmp_path / "b.py").write_text("def g(b):\n    return b == 0\n")
    (tmp_path / "c.py").write_text("def h(c):\n    return c is None\n")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    assert tool.main(["a.py", "b.py", "c.py", "--tests", "x", "--list",
                      "--only-lines", "a.py:4", "--only-lines", "b.py:9"]) == 0
    lines = {line.split("\t")[0] for line in capsys.readouterr().out.splitlines() if "\t" in line}
    assert lines == {"a.py:4", "c.py:2"}
