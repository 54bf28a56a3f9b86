"""How fast is reading and checking a PDF disclosure? A script, not a test.

    python bench/bench_pdf.py                  # the sample PDFs, and the real ones in ../shared/real if present
    python bench/bench_pdf.py --runs 7 FILE…   # chosen PDFs
    python bench/bench_pdf.py --profile FILE   # where the time of one read goes (cProfile)
    python bench/bench_pdf.py --before ../main-src --runs 9 FILE…   # paired with another source tree, CPU medians

For each PDF, the least CPU time and the least wall time of N runs (after a warm-up), side by side:
- plumber:  pdfplumber's word extraction of every page (`page.extract_words()`), what GovBudgetChecker pays
            before it checks anything (skipped when pdfplumber is not installed);
- pdfium:   PDFium's characters and boxes of every page through pypdfium2 (the floor govaudit reads on);
- read:     govaudit's PDF reader (characters, ruling lines, tables, paragraphs → virtual sheets);
- check:    the whole in-process pipeline (read → recognise → rules → findings);
- process:  `govaudit check FILE` as a fresh process, as a user runs it (its modules' bytecode cached, as an
            installed package has it: see _compiled).
Target: a 30-page disclosure checked in ≤ 0.5 s for the whole process.

With --before TREE (e.g. an export of main before a change), each file is measured N times in turn from this
source tree and from TREE, the two alternating (so that load on a shared machine falls on both alike): read and
check in process (a fresh child per run, the least of 3 calls after a warm-up), and `govaudit check FILE` as a
fresh process (CPU = user + system from wait4, and wall); medians of the N runs.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_PROCESS = 0.5


def timed(fn, runs: int) -> tuple[float, float]:
    """(min CPU seconds, min wall seconds) of `runs` calls after a warm-up. CPU time counts this process and the
    children it waited for, so a busy shared machine inflates it far less than the wall clock."""
    fn()
    cpu, wall = [], []
    for _ in range(runs):
        c, w = _cpu(), time.perf_counter()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(_cpu() - c)
    return min(cpu), min(wall)


def _cpu() -> float:
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def plumber_words(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()


def pdfium_chars(path: Path) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        for j in range(tp.count_chars()):
            tp.get_charbox(j)
        tp.close()
        page.close()
    doc.close()


def read(path: Path) -> None:
    from govaudit.readers.pdf import read_pdf

    read_pdf(path)


def check(path: Path) -> None:
    from govaudit.pipeline import Options, check_file

    check_file(path, Options())


# Python's compiled modules (bytecode) for the measured processes, kept here: a user's installed govaudit has them
# (pip compiles at install), but a source tree run through PYTHONPATH or an editable install under
# PYTHONDONTWRITEBYTECODE=1 (set on this machine) has none, and every fresh process then compiled each module it
# imports: ≈ 145 ms of CPU for `govaudit check` of the 25-page 普陀 PDF, the "process" column's unexplained excess
# over /usr/bin/time in session 10 (bench/RESULTS.md). The first (warm-up) run of each tree writes them.
_BYTECODE = tempfile.mkdtemp(prefix="bench-pdf-pyc-")


def _compiled(env: dict) -> dict:
    out = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out["PYTHONPYCACHEPREFIX"] = _BYTECODE
    return out


def process(path: Path) -> None:
    # the command installed beside this interpreter (PATH may lead to another install of govaudit)
    beside = Path(sys.executable).with_name("govaudit")
    exe = str(beside) if beside.exists() else shutil.which("govaudit")
    args = [exe] if exe else [sys.executable, "-m", "govaudit.cli"]
    proc = subprocess.run([*args, "check", str(path)], capture_output=True, env=_compiled(dict(os.environ)))
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(proc.stderr.decode(errors="replace")[:400])


def pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def default_files() -> list[Path]:
    files = sorted((ROOT / "samples").glob("*.pdf"))
    real = ROOT.parent / "shared" / "real"
    if real.is_dir():
        files += sorted(real.glob("*.pdf"))
        files += sorted((real / "budget").glob("江苏-2019*.pdf"))
    return files


_STAGES = """
import sys, time
from pathlib import Path
from govaudit.readers.pdf import read_pdf
from govaudit.pipeline import Options, check_file
path = Path(sys.argv[1])
out = []
for fn in (lambda: read_pdf(path), lambda: check_file(path, Options())):
    fn()
    best = None
    for _ in range(3):
        t = time.process_time(); fn(); took = time.process_time() - t
        best = took if best is None else min(best, took)
    out.append(best)
print(*out)
"""


def _tree_env(tree: Path) -> dict:
    return _compiled({**os.environ, "PYTHONPATH": str(tree.resolve())})


def _process(path: Path, env: dict, tree: Path | None = None) -> tuple[float, float]:
    """(CPU, wall) seconds of `govaudit check FILE` as a fresh process (`tree`: through that tree's entry point)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench import govaudit_command

    args = govaudit_command(None if tree is None or tree == ROOT else tree)
    t = time.perf_counter()
    proc = subprocess.Popen([*args, "check", str(path.resolve())], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env, cwd=tempfile.gettempdir())
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) not in (0, 1, 2):
        raise SystemExit(f"govaudit check {path} failed")
    return usage.ru_utime + usage.ru_stime, wall


def paired(files: list[Path], before: Path, runs: int) -> None:
    trees = {"after": ROOT, "before": before}
    print(f"{'file':40} {'pages':>5} | {'read CPU ms':>13} | {'check CPU ms':>13} | {'process CPU ms':>15} | "
          f"{'process wall ms':>15}")
    print(f"{'':40} {'':>5} | {'after/before':>13} | {'after/before':>13} | {'after/before':>15} | "
          f"{'after/before':>15}")
    neutral = tempfile.mkdtemp(prefix="bench-pdf-")
    for path in files:
        got: dict[str, list[tuple[float, float, float, float]]] = {"after": [], "before": []}
        for name, tree in trees.items():  # warm-up: each tree's bytecode written, the file in the page cache
            _process(path, _tree_env(tree), tree)
        for i in range(runs):
            for name in (("after", "before") if i % 2 == 0 else ("before", "after")):
                env = _tree_env(trees[name])
                # run from a neutral folder: `python -c` puts the working directory first on sys.path, ahead of
                # PYTHONPATH, and this checkout's govaudit would be imported for both trees
                out = subprocess.run([sys.executable, "-c", _STAGES, str(path.resolve())], capture_output=True,
                                     text=True, env=env, check=True, cwd=neutral)
                read_s, check_s = map(float, out.stdout.split())
                cpu, wall = _process(path, env, trees[name])
                got[name].append((read_s, check_s, cpu, wall))

        def cell(k: int) -> str:
            a = statistics.median(r[k] for r in got["after"]) * 1000
            b = statistics.median(r[k] for r in got["before"]) * 1000
            return f"{a:.0f} / {b:.0f}"

        name = path.name if len(path.name) <= 40 else path.name[:37] + "…"
        print(f"{name:40} {pages(path):>5} | {cell(0):>13} | {cell(1):>13} | {cell(2):>15} | {cell(3):>15}")
    print(f"medians of {runs} paired runs; load average now {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--before", type=Path, help="also run govaudit from this source tree, paired (CPU medians)")
    args = ap.parse_args()
    files = args.files or default_files()
    if args.before is not None:
        paired(files, args.before, args.runs)
        return
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(read, files[0])
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())
        return
    try:
        import pdfplumber  # noqa: F401

        have_plumber = True
    except ImportError:
        have_plumber = False
    print(f"{'file':44} {'pages':>5} {'plumber':>15} {'pdfium':>15} {'read':>15} {'check':>15} {'process':>15}")
    print(f"{'':44} {'':>5} {'cpu / wall s':>15} {'(min of runs)':>15} {'':>15} {'':>15} {'':>15}")
    for path in files:
        cols = []
        for fn, runs in ((plumber_words, max(1, args.runs // 2)), (pdfium_chars, args.runs), (read, args.runs),
                         (check, args.runs), (process, max(1, args.runs // 2))):
            if fn is plumber_words and not have_plumber:
                cols.append("—")
                continue
            cpu, wall = timed(lambda: fn(path), runs)
            cols.append(f"{cpu:.3f} / {wall:.3f}")
        name = path.name if len(path.name) <= 44 else path.name[:41] + "…"
        print(f"{name:44} {pages(path):>5} " + " ".join(f"{c:>15}" for c in cols))
    print(f"target: process ≤ {TARGET_PROCESS} s for a 30-page disclosure")


if __name__ == "__main__":
    main()
