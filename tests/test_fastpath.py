"""The `govaudit` entry point's fast path (govaudit/fastpath.py, issue 13): `--help`, `--version` and `rules` answered
without click must print byte for byte what click prints, and must leave the answer to click whenever it could
differ. Each case runs both paths in fresh interpreters named `govaudit`, as the installed script is. Not timed."""

from __future__ import annotations

import inspect
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


# ----------------------------------------------------------------- `govaudit check FILE… [--format F] [-o OUT]`
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
XLSX = str(SAMPLES / "决算公开表-2024-上海式-有误.xlsx")
FORMS = str(SAMPLES / "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx")
DOCX = str(SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx")
PDF = str(SAMPLES / "决算公开表-2024-上海式-有误.pdf")
CLEAN = str(SAMPLES / "决算公开表-2024-上海式-无误.xlsx")

CHECKS = [["check", XLSX, "--format", "json"], ["check", "--format=sarif", PDF], ["check", DOCX, FORMS, "--format", "jsonl"],
          ["check", FORMS], ["check", CLEAN, "--format", "json"], ["check", XLSX, "--format", "junit"],
          ["check", "nowhere.xlsx", "--format", "json"], ["check", "--format", "github", XLSX],
          ["check", XLSX, "-o", "{out}.json", "--format", "json"], ["check", "--output={out}.html", "--format", "html", FORMS],
          ["check", CLEAN, "-o", "{out}.txt"], ["check", XLSX, "-o", "{out}.xlsx"],
          ["check", XLSX, "-o", "{missing}/r.json"]]


def _check_run(entry: str, args: list[str], tmp_path: Path, tag: str):
    out = tmp_path / tag
    argv = [a.format(out=out, missing=tmp_path / "no-such-folder") for a in args]
    stdout, stderr, code, loaded = _run(entry, argv)
    files = {p.suffix: p.read_bytes() for p in tmp_path.glob(f"{tag}.*")}
    text = lambda b: b.replace(str(out).encode(), b"OUT")  # noqa: E731 (each run names its own report file)
    return text(stdout), text(stderr), code, files, loaded


@pytest.mark.parametrize("args", CHECKS, ids=lambda a: " ".join(Path(x).name for x in a))
def test_a_plain_check_runs_without_click_and_gives_what_click_gives(args, tmp_path):
    fast = _check_run("govaudit.fastpath:main", args, tmp_path, "fast")
    slow = _check_run("govaudit.cli:main", args, tmp_path, "slow")
    assert fast[:4] == slow[:4]
    assert "click" not in fast[4] and "click" in slow[4]
    assert fast[2] in (0, 1, 2) and (fast[0] or fast[3] or fast[1])


@pytest.mark.parametrize("args", [["check"], ["check", XLSX, "--select", "TBL"], ["check", XLSX, "--format", "xml"],
                                  ["check", XLSX, "--format", "json", "--format", "text"], ["check", "-", "--format", "json"],
                                  ["check", XLSX, "-o", "{folder}"], ["check", XLSX, "--format"], ["check", "--", XLSX],
                                  ["check", XLSX, "-o", ""], ["check", XLSX, "-o{folder}/short.json"], ["check", XLSX, "--no-info"]],
                         ids=" ".join)
def test_any_other_check_goes_to_click(args, tmp_path):
    argv = [a.format(folder=tmp_path) for a in args]
    fast = _run("govaudit.fastpath:main", argv)
    slow = _run("govaudit.cli:main", argv)
    assert fast[:3] == slow[:3]
    assert "click" in fast[3]


@pytest.mark.parametrize("args", [["check", "a.xlsx"], ["check", "a.xlsx", "b", "--format", "json", "-o", "r.json"],
                                  ["check", "--output=r.txt", "a.xlsx", "--format=sarif"]], ids=" ".join)
def test_the_fast_check_passes_what_the_click_command_passes(args, monkeypatch, tmp_path):
    """run_check gets from the fast path what it gets from click for the same arguments, every option the fast path
    does not read at click's default: an option added to cli.check, or a default changed there, fails here until
    fastpath._check_args follows."""
    from govaudit import check_command, cli
    from govaudit.fastpath import _check_args

    monkeypatch.chdir(tmp_path)
    names = list(inspect.signature(check_command.run_check).parameters)
    seen = []
    monkeypatch.setattr(check_command, "run_check", lambda *a: seen.append(a))
    cli.main(args, standalone_mode=False)
    assert len(seen) == 1 and dict(zip(names, seen[0])) == _check_args(args)
