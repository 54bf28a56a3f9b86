"""How fast is `govaudit check` on a Word disclosure, beside a bare python-docx load? A script, not a test.

    python bench/bench_docx.py                  # the seed document in samples/ (178 paragraphs, 29 tables)
    python bench/bench_docx.py --runs 11 FILE…  # chosen documents
    python bench/bench_docx.py --before ../main-src   # also govaudit from another source tree, paired run by run
    python bench/bench_docx.py --profile FILE   # where the time of one in-process check goes (cProfile)

For each document, min / median of N runs, in CPU time (user + system: what the process itself used, so less
disturbed by other load on the machine than wall time, which is shown for the processes too):
- bare:  docx.Document(path) in this process, and `python -c "import docx; docx.Document(…)"` as a fresh process;
- read:  govaudit's Word reader alone (python-docx load + body walk into the virtual sheet);
- check: the in-process pipeline (read → recognise → rules), and the `govaudit check --format json` command.
With --before, the command of the other tree runs right after this one's, in the same loop (paired), and its
in-process check is timed in a child process with that tree first on sys.path.
Target: the whole `govaudit check` process ≤ 0.5 s on a seed-size document (about 170 paragraphs, 20 tables).
Run once `python -m compileall -q govaudit` (and in the --before tree) where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import Run, before_env, govaudit_command, ms, profile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "决算公开-2019-唐山高新区人社局-原样有误.docx"
TARGET_PROCESS = 0.5

# in-process timings, run in a child so that --before can put the other tree first on sys.path
_IN_PROCESS = r"""
import statistics, sys, time
from pathlib import Path
import docx
from govaudit.pipeline import Options, check_file
from govaudit.readers.docx import read_docx
path, runs = Path(sys.argv[1]), int(sys.argv[2])
def timed(fn):
    fn()
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times), statistics.median(times)
book = read_docx(path)
tables = len({o.table for o in book.sheets[0].origins.values() if o.table})
print(len(book.paragraphs), tables, *timed(lambda: docx.Document(str(path))), *timed(lambda: read_docx(path)),
      *timed(lambda: check_file(path, Options())))
"""


def in_process(path: Path, runs: int, env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, "-c", _IN_PROCESS, str(path), str(runs)], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    n = [float(x) for x in out]
    return {"paragraphs": int(n[0]), "tables": int(n[1]), "bare": (n[2], n[3]), "read": (n[4], n[5]),
            "check": (n[6], n[7])}


def min_med(runs: list[Run], attr: str) -> tuple[float, float]:
    values = [getattr(r, attr) for r in runs]
    return min(values), statistics.median(values)


def bench_file(path: Path, runs: int, before: Path | None) -> dict:
    row = {"name": path.name, **in_process(path, runs)}
    bare_cmd = [sys.executable, "-c", "import sys, docx; docx.Document(sys.argv[1])", str(path)]
    check_cmd = govaudit_command() + ["check", str(path), "--format", "json"]
    Run(bare_cmd)  # warm the file cache
    bare, check, old = [], [], []
    for _ in range(max(3, runs // 2)):  # paired: one of each, in turn
        bare.append(Run(bare_cmd))
        check.append(Run(check_cmd))
        if before is not None:
            old.append(Run(govaudit_command(before) + check_cmd[len(govaudit_command()):], env=before_env(before)))
    row.update(bare_p=min_med(bare, "cpu"), check_p=min_med(check, "cpu"), check_wall=min_med(check, "wall"))
    if before is not None:
        row["before"] = in_process(path, runs, before_env(before))
        row.update(old_p=min_med(old, "cpu"), old_wall=min_med(old, "wall"))
    return row


def report(rows: list[dict]) -> bool:
    head = (f"{'document':<36} {'¶':>4} {'tbl':>4}  {'bare load':>13}  {'govaudit read':>13}  {'govaudit check':>14}  "
            f"{'bare (process)':>14}  {'check (process)':>15}  {'check wall':>13}")
    print(head)
    print(f"{'':<36} {'':>4} {'':>4}  " + "  ".join(f"{'CPU min/med ms':>14}" for _ in range(5))
          + f"  {'min/med ms':>13}")
    print("-" * len(head))
    ok = True
    for r in rows:
        fast = r["check_p"][0] <= TARGET_PROCESS
        ok &= fast
        cols = "  ".join(f"{ms(r[k][0]):>6} /{ms(r[k][1]):>6}" for k in ("bare", "read", "check", "bare_p", "check_p",
                                                                           "check_wall"))
        print(f"{r['name'][:36]:<36} {r['paragraphs']:>4} {r['tables']:>4}  {cols}"
              f"{'' if fast else '  ← over target'}")
        if "before" in r:
            b = r["before"]
            cols = "  ".join(f"{ms(v[0]):>6} /{ms(v[1]):>6}" for v in (b["bare"], b["read"], b["check"]))
            print(f"{'  before':<36} {'':>4} {'':>4}  {cols}  {'':>14}  {ms(r['old_p'][0]):>6} /{ms(r['old_p'][1]):>6}"
                  f"  {ms(r['old_wall'][0]):>6} /{ms(r['old_wall'][1]):>6}")
    print()
    print(f"whole `govaudit check` process ≤ {TARGET_PROCESS * 1000:.0f} ms CPU on every document: "
          f"{'yes' if ok else 'NO'}")
    return ok


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="Word documents (default: the seed sample)")
    ap.add_argument("--runs", type=int, default=7, help="runs per measurement (default 7)")
    ap.add_argument("--before", type=Path, help="also run govaudit from this source tree (paired), e.g. main")
    ap.add_argument("--profile", action="store_true", help="profile one in-process check of each file instead")
    args = ap.parse_args(argv)
    files = args.files or [SEED]
    if args.profile:
        for path in files:
            print(f"== {path}")
            profile(path)
        return 0
    rows = [bench_file(path, args.runs, args.before) for path in files]
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at the end; {args.runs} runs each in process, "
          f"{max(3, args.runs // 2)} paired process runs\n")
    return 0 if report(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
