"""The `govaudit` command's entry point: answers `--help`, `--version` and `rules` without importing click (issue 13).

click and the command definitions cost ≈ 30–40 ms of a ≈ 40 ms interpreter start. For these few argument shapes the
answer is known beforehand, so it is printed from data and the process ends:

- the help texts (`govaudit --help`, `govaudit check --help`, …) and `--version`, as click printed them when the data
  was generated (cli_help.json, by `python -m govaudit.engine.catalogue`, with the catalogue);
- `govaudit rules [CODE] [--format text|json]`, rendered by govaudit/rule_text.py from engine/catalogue.json, which is
  exactly what cli.rules renders from the registry;
- `govaudit check PATH… [--format F] [-o OUT]` (nothing else): govaudit/check_command.run_check, what the click
  command runs, with click's values of every other option; click itself (≈ 50 M instructions) is not imported.

Anything else goes to click (govaudit.cli.main), and so does every case where the answer could differ from click's:
another program name, a terminal narrower than click's help width (COLUMNS or the real one), shell completion, a
gettext catalogue that would translate click's words, a stream that is not UTF-8, a non-POSIX system, help data or a
rule catalogue that no longer match their sources (cli.py, click's major version; the rules), or a third-party rule pack
that may be installed. tests/test_fastpath.py compares the two paths' output byte for byte.
"""

from __future__ import annotations

import os
import sys

HELP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cli_help.json")
PROG = "govaudit"
COMMANDS = ("check", "rules", "claims")  # whose `--help` is kept (govaudit.cli's subcommands)
HELP_FLAGS = ("--help", "-h")
WIDTH = 80  # click wraps help at min(terminal columns, 80) - 2: from 80 columns up, the kept text is click's


def main(args: list[str] | None = None) -> None:
    argv = sys.argv[1:] if args is None else list(args)
    text = None
    try:
        text = answer(argv)
    except KeyboardInterrupt:  # Ctrl-C: what the click path says then (cli.ChineseGroup, after click's newline)
        sys.stderr.write("\n已中止，检查没有完成。\n")
        sys.exit(2)
    except Exception:  # anything unexpected: click does it, as it always did
        text = None
    if text is None:
        import gc

        # the imports to come (click, pydantic, openpyxl…) leave ≈ 50,000 tracked objects and almost no cyclic
        # garbage (≈ 700 objects over ≈ 140 collections): the default thresholds had the collector scan them over and
        # over (≈ 2 % of a small workbook's check, paired runs). `check` then calls pipeline.tune_gc(), which freezes
        # them and keeps this threshold.
        gc.set_threshold(50_000, 20, 100)
        try:
            check = _check_args(argv) if _plain_process() else None
        except Exception:  # noqa: BLE001 (anything unexpected: click does it)
            check = None
        try:
            if check is not None:
                _run_check(check)
            else:
                from govaudit.cli import main as click_main

                click_main(args)
        finally:
            # The work is done (the report written, files closed; stdout and stderr are flushed at exit whatever the
            # collector does). At exit the interpreter clears every module and runs the collector over what that
            # leaves in reference cycles (functions and their modules' globals, classes): ≈ 10 ms of a check on a
            # loaded machine, paired runs (bench/RESULTS.md, s4speed), to free memory the process gives back anyway.
            # Frozen objects are not collected; everything else is still freed as usual.
            gc.freeze()
        return
    out, err = text
    if err:
        sys.stderr.write(err)
        sys.stderr.flush()
    sys.stdout.write(out)
    sys.stdout.flush()
    sys.exit(0)


def answer(argv: list[str]) -> tuple[str, str] | None:
    """(stdout, stderr) of `govaudit ARGV` when it can be told without click, else None."""
    if not _plain_process():
        return None
    if argv in (["--help"], ["-h"]):
        return _help("main")
    if argv == ["--version"]:
        return _help("version")
    if len(argv) == 2 and argv[0] in COMMANDS and argv[1] in HELP_FLAGS:
        return _help(argv[0])
    if argv and argv[0] == "rules":
        return _rules(argv[1:])
    return None


def _check_args(argv: list[str]) -> dict | None:
    """run_check's arguments for `check PATH… [--format F] [-o|--output OUT]` in a shape click reads the same way and
    accepts (paths given, a known format, an output path click.Path(dir_okay=False, writable=True) takes); None for
    anything else: any other option, `-`, `--`, an option twice, a value that looks like an option."""
    if not argv or argv[0] != "check":
        return None
    import stat

    from govaudit.check_command import FORMATS

    paths, given, i = [], {}, 1
    while i < len(argv):
        arg = argv[i]
        if arg in ("--format", "-o", "--output") and i + 1 < len(argv):
            name, value, i = arg, argv[i + 1], i + 2
        elif arg.startswith(("--format=", "--output=")):
            (name, value), i = arg.split("=", 1), i + 1
        elif arg.startswith("-"):
            return None
        else:
            paths.append(arg)
            i += 1
            continue
        name = "output" if name in ("-o", "--output") else "format"
        if name in given or not value or value.startswith("-"):
            return None
        given[name] = value
    fmt, output = given.get("format", "text"), given.get("output")
    if not paths or fmt not in FORMATS:
        return None
    if output is not None:
        try:
            mode = os.stat(output).st_mode
        except OSError:  # click.Path takes a path that does not exist
            pass
        else:
            if stat.S_ISDIR(mode) or not os.access(output, os.R_OK) or not os.access(output, os.W_OK):
                return None  # click reports it
    return dict(paths=tuple(paths), fmt=fmt, select=None, ignore=None, output=output, no_info=False, verbose=False,
                config_file=None, show_settings=False, baseline=None, jobs=1, statistics=False, together=False,
                annotate_out=None)


def _run_check(check: dict) -> None:
    """run_check as the click path runs it: Ctrl-C and a closed pipe end as click (and cli.ChineseGroup) end them."""
    import errno

    from govaudit.check_command import run_check

    try:
        run_check(**check)
    except (EOFError, KeyboardInterrupt):
        sys.stderr.write("\n已中止，检查没有完成。\n")
        sys.exit(2)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        from click.utils import PacifyFlushWrapper

        sys.stdout, sys.stderr = PacifyFlushWrapper(sys.stdout), PacifyFlushWrapper(sys.stderr)
        sys.exit(1)
    sys.exit(0)


def _plain_process() -> bool:
    """Whether click would print here what the data holds: invoked as `govaudit` (the program name is in the help),
    on POSIX, no shell completion asked for, UTF-8 output streams (click re-wraps others)."""
    if os.name != "posix" or os.path.basename(sys.argv[0]) != PROG:
        return False
    main_module = sys.modules.get("__main__")
    if getattr(main_module, "__package__", None) not in (None, ""):  # `python -m …`: click names it otherwise
        return False
    if f"_{PROG.upper()}_COMPLETE" in os.environ:
        return False
    return all(_utf8(stream) for stream in (sys.stdout, sys.stderr))


def _utf8(stream) -> bool:
    import codecs

    encoding = getattr(stream, "encoding", None)
    try:
        return bool(encoding) and codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _help(key: str) -> tuple[str, str] | None:
    import shutil

    if key != "version":
        if shutil.get_terminal_size().columns < WIDTH:  # click would wrap narrower
            return None
        import gettext

        if gettext.find(gettext.textdomain()) is not None:  # click's own words ("Options"…) would be translated
            return None
    data = _help_data()
    if data is None or key not in data["texts"]:
        return None
    return data["texts"][key], ""


def _help_data() -> dict | None:
    import json

    try:
        with open(HELP, encoding="utf-8") as fh:
            data = json.load(fh)
        return data if data.get("fingerprint") == help_fingerprint() else None
    except (OSError, ValueError, AttributeError):
        return None


def help_fingerprint() -> str:
    """CRC-32 and length of what the help texts come from: govaudit/cli.py, govaudit/__init__.py (the version) and
    the installed click's major version. Not click's own code: a user's `pip install` brings whatever click release
    is newest, and click 8.4 and 8.5 print these texts identically; tests/test_fastpath.py compares the kept texts
    with what the installed click prints, so a release that wraps or words them otherwise fails CI there."""
    import zlib
    from importlib.machinery import PathFinder

    here = os.path.dirname(os.path.abspath(__file__))
    spec = PathFinder.find_spec("click")
    if spec is None or not spec.submodule_search_locations:
        return "no click"
    crc, size = zlib.crc32(_click_major(list(spec.submodule_search_locations)[0]).encode()), 0
    for path in (os.path.join(here, "cli.py"), os.path.join(here, "__init__.py")):
        with open(path, "rb") as fh:
            data = fh.read()
        name = os.path.basename(path).encode() + b"\0"
        crc = zlib.crc32(data, zlib.crc32(name, crc))
        size += len(name) + len(data)
    return f"crc32 {crc:08x} {size}"


def _click_major(click_dir: str) -> str:
    """'click 8' from the click-8.x.y.dist-info (or .egg-info) beside the package (no import, no metadata scan); 'click ?' if none."""
    prefix = "click-"
    for name in os.listdir(os.path.dirname(click_dir)):
        if name.lower().startswith(prefix) and name.endswith((".dist-info", ".egg-info")):
            return "click " + name[len(prefix):].split(".", 1)[0]
    return "click ?"


class _Rule:
    """A built-in rule as catalogue.json gives it: what rule_text reads of a RuleInfo."""

    __slots__ = ("code", "title", "severity", "explanation", "example", "source", "plugin")

    def __init__(self, row: dict):
        from govaudit.severity import Severity

        self.code, self.title, self.severity = row["code"], row["title"], Severity(row["severity"])
        self.explanation, self.example, self.source, self.plugin = row["explanation"], row["example"], row["source"], None

    @property
    def family(self) -> str:
        from govaudit.rule_text import family_of

        return family_of(self.code)


def _rules(rest: list[str]) -> tuple[str, str] | None:
    code, fmt = _rules_args(rest)
    if fmt is None:
        return None
    import json

    from govaudit.engine.catalogue import data_file, fingerprint
    from govaudit.engine.plugins import _may_have_packs

    if _may_have_packs():  # a third-party pack may add rules or problems: the registry decides
        return None
    try:
        with open(data_file("CATALOGUE"), encoding="utf-8") as fh:
            data = json.load(fh)
        if data.get("fingerprint") != fingerprint():
            return None
        infos = sorted((_Rule(r) for r in data["rules"]), key=lambda r: r.code)
        problems = list(data["problems"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    from govaudit.rule_text import render_rules

    out = render_rules(infos, code, fmt)
    if out is None:  # no such rule: click's usage error
        return None
    return out, "".join(line + "\n" for line in problems)


def _rules_args(rest: list[str]) -> tuple[str | None, str | None]:
    """CODE and --format of `rules …` when the arguments are plainly one optional CODE and at most one --format of
    text/json; (None, None) for anything else (an unknown option, a second CODE, `--`…: click reports it)."""
    code, fmt, i = None, None, 0
    while i < len(rest):
        arg = rest[i]
        if arg == "--format" and i + 1 < len(rest) and fmt is None:
            fmt, i = rest[i + 1], i + 2
        elif arg.startswith("--format=") and fmt is None:
            fmt, i = arg.removeprefix("--format="), i + 1
        elif not arg.startswith("-") and code is None:
            code, i = arg, i + 1
        else:
            return None, None
    fmt = "text" if fmt is None else fmt
    return (code, fmt) if fmt in ("text", "json") else (None, None)


def build_help() -> dict:
    """cli_help.json: what click prints for each kept shape, run as `govaudit` in a terminal wide enough (a fresh
    interpreter per shape, so that nothing of this process leaks in)."""
    import subprocess

    shapes = {"main": ["--help"], "version": ["--version"], **{c: [c, "--help"] for c in COMMANDS}}
    code = ("import sys; sys.argv[0] = {prog!r}; from govaudit.cli import main; main({args!r})")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_", "_GOVAUDIT"))}
    env.update(COLUMNS=str(WIDTH + 20), PYTHONIOENCODING="utf-8", LANG="C.UTF-8")
    texts = {}
    for key, args in shapes.items():
        proc = subprocess.run([sys.executable, "-c", code.format(prog=PROG, args=args)], capture_output=True, env=env,
                              cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))), timeout=120)
        if proc.returncode != 0 or proc.stderr:
            raise RuntimeError(f"govaudit {' '.join(args)}: exit {proc.returncode} {proc.stderr.decode(errors='replace')}")
        texts[key] = proc.stdout.decode("utf-8")
    return {"fingerprint": help_fingerprint(), "texts": texts}


def write_help() -> None:
    import json

    with open(HELP, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(build_help(), ensure_ascii=False, indent=1) + "\n")
