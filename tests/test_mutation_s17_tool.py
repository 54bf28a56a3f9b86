"""tools/mutate.py (session 17): `--rerun run.json` with no files named reruns the survivors of every file of that run
(it mutated the default core files and found none of the run's mutants: nothing was rerun)."""

from __future__ import annotations

import json

from test_mutation_s11_tool import _tool


def test_a_rerun_without_files_takes_the_files_of_the_earlier_run(tmp_path, monkeypatch, capsys):
    tool = _tool()
    (tmp_path / "a.py").write_text("def f(a):\n    if a < 1:\n        return a + 1\n    return a - 1\n")
    (tmp_path / "b.py").write_text("def g(b):\n    return b == 0\n")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    survivor = next(m for m in tool.enumerate_mutants("b.py") if m.line == 2)
    killed = next(m for m in tool.enumerate_mutants("a.py") if m.line == 2)
    run = [dict(file=m.file, node=m.node, slot=m.slot, kind=m.kind, line=m.line, description=m.description,
                status=status) for m, status in ((survivor, "survived"), (killed, "killed"))]
    (tmp_path / "run.json").write_text(json.dumps(run))
    assert tool.main(["--rerun", str(tmp_path / "run.json"), "--tests", "x", "--list"]) == 0
    listed = [line.split("\t") for line in capsys.readouterr().out.splitlines() if "\t" in line]
    assert listed == [["b.py:2", survivor.kind, survivor.description]]
