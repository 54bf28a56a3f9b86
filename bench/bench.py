"""How fast is `govaudit check` compared with just opening the workbook? A script, not a test.

    python bench/bench.py                 # every workbook in samples/ plus a generated large one
    python bench/bench.py --runs 11 FILE… # chosen workbooks
    python bench/bench.py --profile FILE  # where the time of one in-process check goes (cProfile)

For each workbook it times, min / median of N runs:
- bare:   openpyxl.load_workbook(path) in this process (what any tool reading the file pays);
- check:  govaudit's in-process pipeline (read → recognise → rules), as `govaudit check` runs it;
- and both again as fresh processes: `python -c "openpyxl.load_workbook(…)"` and the `govaudit check` command.
Targets: check ≤ 1.5 × bare, `govaudit --help` < 0.3 s.

The large workbook is the 2024 sample's nine tables with about 800 more 项 (four per 款, forty 款 in each of
five 类), written by samples/make_samples.py's own layout code into a temporary folder.
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
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TARGET_RATIO = 1.5
TARGET_HELP = 0.3


def timed(fn, runs: int) -> tuple[float, float]:
    """(min, median) seconds of `runs` calls, after one warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def govaudit_command() -> list[str]:
    exe = shutil.which("govaudit")
    return [exe] if exe else [sys.executable, "-m", "govaudit.cli"]


def run_process(args: list[str]) -> None:
    proc = subprocess.run(args, capture_output=True)
    if proc.returncode not in (0, 1):  # 1 = errors found, which the faulty samples have
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[:400]}")


def large_workbook(folder: Path, kuan: int = 40, xiang: int = 4, name: str = "大") -> Path:
    """The 2024 sample with kuan × xiang more coded rows under each of five 类 in 02, 03 and 05 (project
    spending, so 06 stays valid): 40 × 4 (default) ≈ 14k cells, 50 × 24 ≈ 100k cells."""
    sys.path.insert(0, str(SAMPLES))
    import disclosure_data
    import make_samples

    leaves = list(disclosure_data.LEAVES)
    names = dict(disclosure_data.NAMES)
    for lei in ("201", "205", "208", "210", "213"):
        for k in range(50, 50 + kuan):
            kuan_code = f"{lei}{k:02d}"
            names[kuan_code] = f"测试款{kuan_code}"
            items = [("01", "123456.78"), ("02", "23456.71"), ("50", "3456.55"), ("99", "987654.35")]
            if xiang > 4:
                items = [(f"{x:02d}", str(Decimal("1234.56") * x)) for x in range(1, xiang)] + [("99", "987654.35")]
            for item, yuan in items[:xiang]:
                code = kuan_code + item
                names[code] = f"测试项{code}"
                leaves.append((code, names[code], "general", "0", str(Decimal(yuan) + k), None))
    saved = disclosure_data.LEAVES, disclosure_data.NAMES
    disclosure_data.LEAVES, disclosure_data.NAMES = leaves, names
    try:
        data = disclosure_data.build()
        data["names"] = names
        path = folder / f"决算公开表-2024-上海式-{name}.xlsx"
        make_samples.workbook_2024(data).save(path)
    finally:
        disclosure_data.LEAVES, disclosure_data.NAMES = saved
    return path


def count_cells(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None)


def bench_file(path: Path, runs: int) -> dict:
    import openpyxl

    from govaudit.pipeline import Options, check_file

    bare = timed(lambda: openpyxl.load_workbook(path), runs)
    check = timed(lambda: check_file(path, Options()), runs)
    status, findings = check_file(path, Options())
    prunes = max(3, runs // 2)
    bare_p = timed(lambda: run_process([sys.executable, "-c", "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1])",
                                        str(path)]), prunes)
    check_p = timed(lambda: run_process(govaudit_command() + ["check", str(path), "--format", "json"]), prunes)
    return {"name": path.name, "cells": count_cells(path), "status": status.status, "findings": len(findings),
            "bare": bare, "check": check, "bare_p": bare_p, "check_p": check_p}


def ms(t: float) -> str:
    return f"{t * 1000:7.1f}"


def report(rows: list[dict], help_time: tuple[float, float]) -> bool:
    head = (f"{'workbook':<44} {'cells':>6}  {'bare load':>17}  {'govaudit check':>17}  {'ratio':>5}  "
            f"{'bare (process)':>17}  {'check (process)':>17}  {'ratio':>5}")
    print(head)
    print(f"{'':<44} {'':>6}  {'min / median ms':>17}  {'min / median ms':>17}  {'min':>5}  "
          f"{'min / median ms':>17}  {'min / median ms':>17}  {'min':>5}")
    print("-" * len(head))
    ok = True
    for r in rows:
        ratio = r["check"][0] / r["bare"][0]
        pratio = r["check_p"][0] / r["bare_p"][0]
        ok &= ratio <= TARGET_RATIO
        mark = "" if ratio <= TARGET_RATIO else "  ← over target"
        print(f"{r['name'][:44]:<44} {r['cells']:>6}  {ms(r['bare'][0])} /{ms(r['bare'][1])}  "
              f"{ms(r['check'][0])} /{ms(r['check'][1])}  {ratio:5.2f}  "
              f"{ms(r['bare_p'][0])} /{ms(r['bare_p'][1])}  {ms(r['check_p'][0])} /{ms(r['check_p'][1])}  "
              f"{pratio:5.2f}{mark}")
    help_ok = help_time[0] < TARGET_HELP
    print()
    print(f"govaudit --help: min {help_time[0] * 1000:.0f} ms, median {help_time[1] * 1000:.0f} ms "
          f"(target < {TARGET_HELP * 1000:.0f} ms){'' if help_ok else '  ← over target'}")
    print(f"in-process check ≤ {TARGET_RATIO} × bare load on every workbook: {'yes' if ok else 'NO'}")
    return ok and help_ok


def profile(path: Path, top: int = 25) -> None:
    from govaudit.pipeline import Options, check_file

    check_file(path, Options())  # warm: imports, rule packs
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(5):
        check_file(path, Options())
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    print(out.getvalue())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="workbooks (default: samples/*.xlsx and a large one)")
    ap.add_argument("--runs", type=int, default=7, help="runs per measurement (default 7)")
    ap.add_argument("--profile", action="store_true", help="profile one in-process check of each file instead")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        files = args.files or sorted(SAMPLES.glob("*.xlsx")) + [large_workbook(Path(tmp))]
        if args.profile:
            for path in files:
                print(f"== {path}")
                profile(path)
            return 0
        help_time = timed(lambda: run_process(govaudit_command() + ["--help"]), args.runs)
        rows = []
        for path in files:
            print(f"… {path.name}", file=sys.stderr)
            rows.append(bench_file(path, args.runs))
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {args.runs} runs each "
              f"(process columns: {max(3, args.runs // 2)})\n")
        return 0 if report(rows, help_time) else 1


if __name__ == "__main__":
    sys.exit(main())
