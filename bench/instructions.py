"""Where the instructions of one `govaudit check FILE --format json` go, step by step (a script, not a test; issue 13).

    python bench/instructions.py FILE…        # with the interpreter whose govaudit is measured (a clean venv)
    python bench/instructions.py --whole FILE # also the real `govaudit check` and a calamine read, whole processes

CPU times on a shared machine drift with its load; instruction counts (valgrind's callgrind) do not (±1 % between
identical runs). One child process does what a check process does, in the same order (the modules in the order a
check imports them, then read, recognise, rules, locate, the JSON report, exit) and calls os.getppid() between steps:
callgrind is started with `--dump-before=os_getppid`, so each step's instructions land in a file of their own. The
sum is within a few per cent of the real command's count (printed with --whole); the steps are what to compare.
Needs valgrind. Runs at the lowest priority (nice 19).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r'''
import os, sys, gc
names = []
def mark(name):
    names.append(name); os.getppid()
mark("interpreter start (site)")
import govaudit.fastpath
gc.set_threshold(50_000, 20, 100)  # as fastpath.main does before click
mark("govaudit.fastpath")
try:  # a plain check runs without click since s12perf (fastpath → check_command)
    import govaudit.check_command
    mark("govaudit.check_command (no click)")
except ImportError:  # a tree before it
    import click
    mark("click")
    import govaudit.cli
    mark("govaudit.cli")
import govaudit.model
mark("govaudit.model (the model classes; pydantic too before s12perf)")
import govaudit.config, govaudit.engine.runner, govaudit.pipeline, govaudit.report, govaudit.report.progress
mark("config, runner, registry, pipeline, report")
from govaudit.pipeline import tune_gc
tune_gc()
import importlib
import govaudit.checks as checks
try:  # as registry._load lists them since s14perf (pkgutil imports inspect, which a check no longer does)
    from govaudit.engine.registry import module_names
    modules = module_names(checks.__path__)
except ImportError:  # a tree before it
    import pkgutil
    modules = [m.name for m in pkgutil.iter_modules(checks.__path__)]
from govaudit.engine import registry as _registry
skipped = set(getattr(_registry, "NEEDS", ())) | set(getattr(_registry, "RULELESS", ()))  # as _load leaves them
for name in modules:
    if f"govaudit.checks.{name}" in skipped:
        continue
    before = set(sys.modules)
    importlib.import_module(f"govaudit.checks.{name}")
    mark(f"check module {name} (+{len(set(sys.modules) - before)} modules)")
from govaudit.engine import registry
registry._load()
mark("rule packs (packs.json), plugin scan")
from pathlib import Path
path = Path(sys.argv[1])
import govaudit.readers.dispatch
reader = {".pdf": "govaudit.readers.pdf", ".docx": "govaudit.readers.docx"}.get(path.suffix.lower(),
                                                                              "govaudit.readers.xlsx")
importlib.import_module(reader)
mark("reader imports")
from decimal import localcontext
from govaudit.numbers import DECIMAL_CONTEXT
from govaudit.readers import read_workbook
with localcontext(DECIMAL_CONTEXT):
    book = read_workbook(path)
    mark("read")
    from govaudit.recognize.disclosure import recognize
    mark("recognition imports")
    d = recognize(book)
    d.path = str(path)
    mark("recognise")
    from govaudit.pipeline import _places_only, locate
    from govaudit.engine.context import Context
    from govaudit.engine.runner import run_rules
    book = _places_only(book)
    findings = run_rules(d, Context(), [], [], {})
    mark("rules")
    locate(book, findings)
    mark("locate")
from govaudit.report import render
from govaudit.model import FileStatus, Result
from govaudit.model.trusted import construct
result = construct(Result, files=[construct(FileStatus, path=str(path), status="checked")], findings=findings)
text = render(result, "json")
mark("JSON report")
sys.stdout.write(text)
sys.stdout.flush()
gc.freeze()
names.append("exit")
with open(os.environ["_INSTR_NAMES"], "w") as fh:
    fh.write("\n".join(names))
'''

REFERENCE = ("from python_calamine import CalamineWorkbook as W; import sys; wb = W.from_path(sys.argv[1]); "
             "[wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]")


def total(path: str) -> int:
    with open(path) as fh:
        for line in fh:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise ValueError(f"{path}: no totals")


_BYTECODE = tempfile.mkdtemp(prefix="instructions-pyc-")


def callgrind(argv: list[str], out: str, extra: list[str] = (), env: dict | None = None, ok=(0, 1)) -> None:
    """Run argv under callgrind in the output's folder (not here: `-c` would import govaudit from the current folder,
    a source tree maybe without its .pyc, instead of the interpreter's installed one)."""
    cmd = ["nice", "-n", "19", "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *extra, *argv]
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONHASHSEED": "0",
           "PYTHONPYCACHEPREFIX": _BYTECODE, **(env or {})}
    # once without valgrind first: writes the compiled modules an installed package has (an editable install under
    # PYTHONDONTWRITEBYTECODE=1, or a tree on PYTHONPATH, has none, and would compile each module it imports)
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=os.path.dirname(out))
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True,
                          cwd=os.path.dirname(out))
    if proc.returncode not in ok:  # (a calamine read must exit 0: a missing python_calamine fails at once, exit 1)
        raise SystemExit(f"{' '.join(argv)}: exit {proc.returncode}\n{proc.stderr[-2000:]}")


def steps(path: Path, tmp: str, env: dict) -> list[tuple[str, int]]:
    out = os.path.join(tmp, "cg.steps")
    names = os.path.join(tmp, "names.txt")
    callgrind([sys.executable, "-c", CHILD, str(path.resolve())], out, ["--dump-before=os_getppid"],
              {"_INSTR_NAMES": names, **env})
    with open(names) as fh:
        labels = fh.read().split("\n")
    parts = sorted(glob.glob(out + ".*"), key=lambda p: int(p.rsplit(".", 1)[1])) + [out]
    if len(parts) != len(labels):
        raise SystemExit(f"{len(parts)} parts for {len(labels)} steps")
    return [(label, total(p)) for label, p in zip(labels, parts)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--whole", action="store_true", help="also the real command and a calamine read, whole processes")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    ap.add_argument("--tree", type=Path, help="measure govaudit from this source tree (PYTHONPATH), e.g. a 'before'")
    args = ap.parse_args()
    env = {"PYTHONPATH": str(args.tree.resolve())} if args.tree else {}
    record = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.files:
            rows = steps(path, tmp, env)
            whole_sum = sum(n for _l, n in rows)
            print(f"\n{path.name}: M instructions (callgrind), load {os.getloadavg()[0]:.1f}")
            print("| step | M instructions | % |\n|---|---:|---:|")
            for label, n in rows:
                print(f"| {label} | {n / 1e6:.1f} | {n / whole_sum * 100:.1f} |")
            print(f"| **sum of the steps** | **{whole_sum / 1e6:.1f}** | |")
            entry = {"steps": rows, "sum": whole_sum}
            if args.whole:
                script = str(Path(sys.executable).parent / "govaudit")  # the venv's entry point, as a user runs it
                callgrind([sys.executable, script, "check", str(path.resolve()), "--format", "json"],
                          os.path.join(tmp, "cg.whole"), env=env)
                callgrind([sys.executable, "-c", REFERENCE, str(path.resolve())], os.path.join(tmp, "cg.ref"), ok=(0,))
                whole = total(os.path.join(tmp, "cg.whole"))
                ref = total(os.path.join(tmp, "cg.ref"))
                print(f"\nwhole `govaudit check --format json`: {whole / 1e6:.1f} M; calamine process: {ref / 1e6:.1f} M;"
                      f" ratio {whole / ref:.1f} × (≤ 6 × would be ≤ {6 * ref / 1e6:.0f} M)")
                entry.update(whole=whole, calamine=ref)
            record[str(path)] = entry
    if args.json:
        args.json.write_text(json.dumps(record, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
