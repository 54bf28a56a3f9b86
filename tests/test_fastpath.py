"""The `govaudit` entry point's fast path (govaudit/fastpath.py, issue 13): `--help`, `--version` and `rules` answered
without click must print byte for byte what click prints, and must leave the answer to click whenever it could
differ. Each case runs both paths in fresh interpreters named `govaudit`, as the installed script is. Not timed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("click", "pydantic", "rich", "openpyxl", "govaudit.cli", "govaudit.engine.registry", "govaudit.model")
MARK = "@@LOADED@@"


def _run(entry: str, args: list[str], **env_extra) -> tuple[bytes, bytes, int, list[str]]:
    """stdout, stderr, exit code and the heavy modules imported of `govaudit ARGS` through `entry` (module:function)."""
    module, func = entry.split(":")
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: sys.stderr.write({MARK!r} + repr(sorted(m for m in {HEAVY!r} "
            "if m in sys.modules)) + '\\n'))\n"
            "sys.argv[0] = '/somewhere/bin/govaudit'\n"
            f"from {module} import {func}\n"
            f"{func}({args!r})\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COLUMNS") and not k.startswith("_GOVAUDIT")}
    env.update({"COLUMNS": "100", "PYTHONUTF8": "1", **env_extra})  # UTF-8 streams whatever the locale
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120)
    err, _, loaded = proc.stderr.rpartition(MARK.encode())
    return proc.stdout, err, proc.returncode, eval(loaded.decode())  # a list of str written above


SHAPES = [["--help"], ["-h"], ["--version"], ["check", "--help"], ["rules", "-h"], ["claims", "--help"],
          ["rules"], ["rules", "TBL001"], ["rules", "tbl001"], ["rules", "PRF"], ["rules", "XTB0", "--format", "json"],
          ["rules", "--format=json"], ["rules", "--format", "text", "BGC"], ["rules", "TXT012", "--format", "json"],
          ["rules", ""]]


@pytest.mark.parametrize("args", SHAPES, ids=" ".join)
def test_the_fast_path_prints_what_click_prints_without_importing_it(args):
    fast = _run("govaudit.fastpath:main", args)
    slow = _run("govaudit.cli:main", args)
    assert fast[:3] == slow[:3]
    assert fast[0] and fast[2] == 0
    assert fast[3] == [], f"the fast path imported {fast[3]}"
    assert "click" in slow[3]


@pytest.mark.parametrize("args", [["rules", "NOPE9"], ["rules", "--format", "xml"], ["rules", "TBL001", "TBL002"],
                                  ["rules", "--bogus"], ["--help", "rules"], ["rules", "TBL001", "--help"], []])
def test_anything_else_goes_to_click(args):
    fast = _run("govaudit.fastpath:main", args)
    slow = _run("govaudit.cli:main", args)
    assert fast[:3] == slow[:3]
    assert "click" in fast[3]


@pytest.mark.parametrize("env", [{"COLUMNS": "60"}, {"_GOVAUDIT_COMPLETE": "bash_source"},
                                 {"PYTHONIOENCODING": "gb18030"}])
def test_where_click_could_print_otherwise_it_does(env):
    """A narrower terminal (click wraps the help at it), shell completion, a stream that is not UTF-8."""
    fast = _run("govaudit.fastpath:main", ["check", "--help"], **env)
    slow = _run("govaudit.cli:main", ["check", "--help"], **env)
    assert fast[:3] == slow[:3]
    assert "click" in fast[3]


def test_the_help_data_is_what_click_prints_now():
    """cli.py's help edited without regenerating cli_help.json fails here (the fast path would not use stale data,
    it only would be slower):  python -m govaudit.engine.catalogue"""
    from govaudit.fastpath import HELP, build_help

    stored = json.loads(Path(HELP).read_text(encoding="utf-8"))
    assert stored == build_help(), "govaudit/cli_help.json is stale: run  python -m govaudit.engine.catalogue"


def test_stale_help_data_or_another_program_name_is_not_used(tmp_path, monkeypatch):
    from govaudit import fastpath

    monkeypatch.setattr(fastpath, "_plain_process", lambda: True)  # pytest's own streams and __main__ aside
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert fastpath.answer(["--help"]) is not None
    data = json.loads(Path(fastpath.HELP).read_text(encoding="utf-8"))
    stale = tmp_path / "cli_help.json"
    stale.write_text(json.dumps(dict(data, fingerprint="crc32 00000000 0")), encoding="utf-8")
    monkeypatch.setattr(fastpath, "HELP", str(stale))
    assert fastpath.answer(["--help"]) is None
    monkeypatch.undo()
    monkeypatch.setattr(sys, "argv", ["/usr/bin/govaudit2"])  # click would name the program govaudit2
    assert not fastpath._plain_process()
    assert fastpath.answer(["--help"]) is None and fastpath.answer(["rules"]) is None


def test_the_help_fingerprint_follows_cli_py(tmp_path, monkeypatch):
    from govaudit import fastpath

    before = fastpath.help_fingerprint()
    fake = tmp_path / "govaudit"
    fake.mkdir()
    here = Path(fastpath.__file__).parent
    for name in ("cli.py", "__init__.py"):
        (fake / name).write_bytes((here / name).read_bytes())
    monkeypatch.setattr(fastpath, "__file__", str(fake / "fastpath.py"))
    assert fastpath.help_fingerprint() == before
    (fake / "cli.py").write_bytes((here / "cli.py").read_bytes().replace("显示本说明并退出".encode(), "帮助".encode()))
    assert fastpath.help_fingerprint() != before


def test_the_help_fingerprint_follows_clicks_major_version_only(tmp_path):
    """A user's install brings the newest click 8.x, which prints these texts as the one they were kept from; click 9
    might not: the data is then left alone."""
    from govaudit import fastpath

    site = tmp_path / "site"
    (site / "click").mkdir(parents=True)
    (site / "click-8.4.0.dist-info").mkdir()
    assert fastpath._click_major(str(site / "click")) == "click 8"
    (site / "click-8.4.0.dist-info").rename(site / "click-9.0.1.dist-info")
    assert fastpath._click_major(str(site / "click")) == "click 9"
    (site / "click-9.0.1.dist-info").rmdir()
    assert fastpath._click_major(str(site / "click")) == "click ?"


def test_a_stale_catalogue_or_an_installed_rule_pack_leaves_rules_to_click(monkeypatch):
    from govaudit import fastpath
    from govaudit.engine import catalogue, plugins

    monkeypatch.setattr(fastpath, "_plain_process", lambda: True)
    monkeypatch.setattr(plugins, "_may_have_packs", lambda: False)
    assert fastpath.answer(["rules"]) is not None
    monkeypatch.setattr(catalogue, "fingerprint", lambda: "crc32 00000000 0")
    assert fastpath.answer(["rules"]) is None
    monkeypatch.undo()
    monkeypatch.setattr(fastpath, "_plain_process", lambda: True)
    monkeypatch.setattr(plugins, "_may_have_packs", lambda: True)
    assert fastpath.answer(["rules"]) is None


def test_the_installed_command_is_the_fast_path():
    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'govaudit = "govaudit.fastpath:main"' in text


def test_ctrl_c_reads_as_on_the_click_path(monkeypatch, capsys):
    import click

    from govaudit import cli, fastpath

    def interrupted(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(fastpath, "answer", interrupted)
    with pytest.raises(SystemExit) as fast_exit:
        fastpath.main(["rules"])
    fast = capsys.readouterr()
    monkeypatch.setattr(click.Group, "invoke", interrupted)
    with pytest.raises(SystemExit) as slow_exit:
        cli.main(["rules"])
    slow = capsys.readouterr()
    assert (fast.out, fast.err, fast_exit.value.code) == (slow.out, slow.err, slow_exit.value.code)
    assert "已中止" in fast.err and fast_exit.value.code == 2
