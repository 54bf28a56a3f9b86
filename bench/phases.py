"""Where the fixed cost of one `govaudit check FILE` goes, phase by phase (a script, not a test; issue 13).

    python bench/phases.py [--runs 11] FILE…     # with the interpreter whose govaudit is measured (its venv)

Each run is a fresh process that does what a check process does, in the same order, and reads the CPU time
(time.process_time) around each step: the interpreter's own start (site included), the model classes (no pydantic
since s12perf), the command module (click only before s12perf), the check modules, the rule packs, the plugin scan, the reader's imports, the
read, recognition, the rules, and the interpreter's exit (the process's CPU from wait4 less what it had used when it
printed). Medians over the runs; the machine's load is printed with them, since every absolute number grows with it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r'''
import time, sys, json, gc
T = time.process_time
out = {"interpreter and site": T()}
def step(name, fn):
    t = T(); r = fn(); out[name] = out.get(name, 0) + T() - t; return r
gc.set_threshold(50_000, 20, 100)  # as govaudit.fastpath does before its imports
step("import govaudit.model (model classes; pydantic too before s12perf)", lambda: __import__("govaudit.model"))
try:  # a plain check runs without click since s12perf (fastpath → check_command)
    step("import govaudit.check_command (no click)", lambda: __import__("govaudit.check_command"))
except ImportError:  # a tree before it
    step("import click", lambda: __import__("click"))
    step("import govaudit.cli", lambda: __import__("govaudit.cli"))
import importlib, pkgutil
def checks():
    import govaudit.checks as c
    for m in pkgutil.iter_modules(c.__path__):
        importlib.import_module(f"govaudit.checks.{m.name}")
step("import the check modules", checks)
from govaudit.engine import registry
step("registry: declarative rules (rules/*.toml), plugin scan", registry._load)
step("config, pipeline, report imports", lambda: [__import__(m) for m in (
    "govaudit.config", "govaudit.pipeline", "govaudit.report", "govaudit.report.progress",
    "govaudit.report.json_report")])
from pathlib import Path
from govaudit.readers import dispatch
path = Path(sys.argv[1])
reader = {".pdf": "govaudit.readers.pdf", ".docx": "govaudit.readers.docx"}.get(path.suffix.lower(),
                                                                              "govaudit.readers.xlsx")
step("import the reader", lambda: __import__(reader))
book = step("read", lambda: dispatch.read_workbook(path))
step("import recognition", lambda: __import__("govaudit.recognize.disclosure"))
from decimal import localcontext
from govaudit.numbers import DECIMAL_CONTEXT
from govaudit.recognize.disclosure import recognize
from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
with localcontext(DECIMAL_CONTEXT):
    d = step("recognise", lambda: recognize(book))
    findings = step("rules", lambda: run_rules(d, Context(), [], [], {}))
from govaudit.report import render
from govaudit.model import FileStatus, Result
from govaudit.model.trusted import construct
result = construct(Result, files=[construct(FileStatus, path=str(path), status="checked")], findings=findings)
step("JSON report", lambda: render(result, "json"))
gc.freeze()  # as govaudit.fastpath does at the end of a run
out["until exit"] = T()
print(json.dumps({k: v * 1000 for k, v in out.items()}))
'''


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args()
    for path in args.files:
        _measured(path)  # writes the bytecode (see _ENV)
        runs = []
        for _ in range(args.runs):
            runs.append(_measured(path))
        print(f"\n{path.name}: CPU ms, medians of {args.runs} fresh processes (load {os.getloadavg()[0]:.1f})")
        total = statistics.median(r["process"] for r in runs)
        for key in runs[0]:
            value = statistics.median(r[key] for r in runs)
            print(f"{value:8.1f}  {value / total * 100:5.1f} %  {key}")


# Compiled modules kept in a folder of their own, as an installed package has them: an editable install under
# PYTHONDONTWRITEBYTECODE=1 (this machine) has none, and each run would also compile every module it imports.
_ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPYCACHEPREFIX": tempfile.mkdtemp(prefix="phases-pyc-")}


def _measured(path: Path) -> dict[str, float]:
    """One child's phases, plus its exit (its whole CPU from wait4 less what it had used when it printed)."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_ENV)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{path}: {err.strip().splitlines()[-1] if err.strip() else status}")
    got = json.loads(out)
    whole = (usage.ru_utime + usage.ru_stime) * 1000
    until = got.pop("until exit")
    got["interpreter exit"] = whole - until
    got["process"] = whole
    return got


if __name__ == "__main__":
    main()
