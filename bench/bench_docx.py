"""How fast is `govaudit check` on a Word disclosure, beside a bare python-docx load? A script, not a test.

    python bench/bench_docx.py                  # the seed document in samples/ (178 paragraphs, 29 tables)
    python bench/bench_docx.py --runs 11 FILE…  # chosen documents
    python bench/bench_docx.py --profile FILE   # where the time of one in-process check goes (cProfile)

For each document, min / median of N runs:
- bare:  docx.Document(path) in this process, and `python -c "import docx; docx.Document(…)"` as a fresh process;
- read:  govaudit's Word reader alone (python-docx load + body walk into the virtual sheet);
- check: the in-process pipeline (read → recognise → rules), and the `govaudit check --format json` command.
Target: the whole `govaudit check` process ≤ 0.5 s on a seed-size document (about 170 paragraphs, 20 tables).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import govaudit_command, ms, profile  # noqa: E402


def timed(fn, runs: int) -> tuple[float, float]:
    """(min, median) seconds of `runs` calls, after one warm-up call."""
    import statistics
    import time

    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def run_process(args: list[str]) -> None:
    import subprocess

    proc = subprocess.run(args, capture_output=True)
    if proc.returncode not in (0, 1):  # 1 = errors found, which the seed has
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[:400]}")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "决算公开-2019-唐山高新区人社局-原样有误.docx"
TARGET_PROCESS = 0.5


def bench_file(path: Path, runs: int) -> dict:
    import docx

    from govaudit.pipeline import Options, check_file
    from govaudit.readers.docx import read_docx

    book = read_docx(path)
    tables = len({o.table for o in book.sheets[0].origins.values() if o.table})
    prunes = max(3, runs // 2)
    return {
        "name": path.name, "paragraphs": len(book.paragraphs), "tables": tables,
        "bare": timed(lambda: docx.Document(str(path)), runs),
        "read": timed(lambda: read_docx(path), runs),
        "check": timed(lambda: check_file(path, Options()), runs),
        "bare_p": timed(lambda: run_process([sys.executable, "-c", "import sys, docx; docx.Document(sys.argv[1])",
                                             str(path)]), prunes),
        "check_p": timed(lambda: run_process(govaudit_command() + ["check", str(path), "--format", "json"]), prunes),
    }


def report(rows: list[dict]) -> bool:
    head = (f"{'document':<36} {'¶':>4} {'tbl':>4}  {'bare load':>17}  {'govaudit read':>17}  {'govaudit check':>17}  "
            f"{'bare (process)':>17}  {'check (process)':>17}")
    print(head)
    print(f"{'':<36} {'':>4} {'':>4}  " + "  ".join([f"{'min / median ms':>17}"] * 5))
    print("-" * len(head))
    ok = True
    for r in rows:
        fast = r["check_p"][0] <= TARGET_PROCESS
        ok &= fast
        cols = "  ".join(f"{ms(r[k][0])} /{ms(r[k][1])}" for k in ("bare", "read", "check", "bare_p", "check_p"))
        print(f"{r['name'][:36]:<36} {r['paragraphs']:>4} {r['tables']:>4}  {cols}"
              f"{'' if fast else '  ← over target'}")
    print()
    print(f"whole `govaudit check` process ≤ {TARGET_PROCESS * 1000:.0f} ms on every document: {'yes' if ok else 'NO'}")
    return ok


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="Word documents (default: the seed sample)")
    ap.add_argument("--runs", type=int, default=7, help="runs per measurement (default 7)")
    ap.add_argument("--profile", action="store_true", help="profile one in-process check of each file instead")
    args = ap.parse_args(argv)
    files = args.files or [SEED]
    if args.profile:
        for path in files:
            print(f"== {path}")
            profile(path)
        return 0
    rows = [bench_file(path, args.runs) for path in files]
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {args.runs} runs each "
          f"(process columns: {max(3, args.runs // 2)})\n")
    return 0 if report(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
