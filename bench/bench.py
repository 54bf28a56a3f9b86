"""How fast is `govaudit check` next to just reading the same file? A script, not a test (speed goes here, not in
tests/). Results are kept in bench/RESULTS.md.

    python bench/bench.py                      # everything below (samples, 14k and 100k cells, rules/--help, batch)
    python bench/bench.py --runs 5 FILE…       # chosen files only
    python bench/bench.py --batch 1000         # also a folder of 1,000 workbooks at --jobs 1 and --jobs 2
    python bench/bench.py --before ../main-src # paired with govaudit from another source tree (before a change)
    python bench/bench.py --profile FILE       # where the time of one in-process check goes (cProfile)
    python bench/bench.py --startup [--before ../main-src]   # only `--help`, `rules`, `python -c pass`

Each file is measured as whole processes, paired (the reference read and the check run one after the other, N times;
medians): wall time and CPU time (user + system, from wait4: what the process itself used, so less disturbed by other
load on the machine) and peak memory. The reference read is python-calamine (`CalamineWorkbook.from_path` and every
sheet's values) for a workbook, python-docx (`Document` and the text of every <w:t> in the body) for Word, pypdfium2
(every page's text) for PDF. Ratios are given two ways: against the reference as a process, and against the
reference's read alone, in process (what the issue's "× a calamine read" means).

Targets (issue 13): a seed-size workbook ≤ 6 × a calamine read, whole process; `govaudit rules` and `--help`
≤ 60 ms; 100k cells ≤ 10 × a calamine read, memory per cell halved; a batch of 1,000 workbooks at --jobs 2 peaks
at ≤ 100 MiB in any process, and --jobs 2 ≥ 1.8 × faster than --jobs 1.
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
CHECKABLE = (".xlsx", ".xlsm", ".docx", ".pdf")

# the reference read of each kind of file, as a fresh process (argv[1] = the file)
REFERENCE = {
    "xlsx": "from python_calamine import CalamineWorkbook as W; import sys; wb = W.from_path(sys.argv[1]); "
            "[wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]",
    "docx": "import docx, sys; d = docx.Document(sys.argv[1]); "
            "[t.text for t in d.element.body.iter('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t')]",
    "pdf": "import pypdfium2 as p, sys; d = p.PdfDocument(sys.argv[1]); "
           "[d[i].get_textpage().get_text_range() for i in range(len(d))]",
}


def kind(path: Path) -> str:
    return {".xlsx": "xlsx", ".xlsm": "xlsx", ".docx": "docx", ".pdf": "pdf"}[path.suffix.lower()]


def reference_in_process(path: Path) -> float:
    """CPU seconds of the reference read alone, in process (median of 5, after a warm-up), measured in a child process:
    this one stays small, since Linux counts the parent's memory at fork in each child's peak (ru_maxrss)."""
    code = REFERENCE[kind(path)].replace("sys.argv[1]", repr(str(path)))
    timer = ("import statistics, sys, time\n"
             f"code = {code!r}\n"
             "exec(code, {})\n"
             "times = []\n"
             "for _ in range(5):\n"
             "    t = time.process_time(); exec(code, {}); times.append(time.process_time() - t)\n"
             "print(statistics.median(times))\n")
    out = subprocess.run([sys.executable, "-c", timer], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def govaudit_command(tree: Path | None = None) -> list[str]:
    """The govaudit of this interpreter (a venv's script), not whichever one comes first on PATH. With `tree` (a
    source tree run through PYTHONPATH, see before_env): that tree's own entry point (its pyproject.toml
    [project.scripts]), called as the script would be, since the script here may name a module the tree lacks."""
    exe = Path(sys.executable).parent / "govaudit"
    if tree is not None:
        import re

        found = re.search(r'^govaudit\s*=\s*"([\w.]+):(\w+)"', (tree / "pyproject.toml").read_text(encoding="utf-8"),
                          re.M)
        module, func = found.groups() if found else ("govaudit.cli", "main")
        # `python -c` puts the working directory first on sys.path, ahead of PYTHONPATH: drop it, so that a
        # checkout's govaudit in the working directory is not imported instead of the tree's
        code = (f"import sys; del sys.path[0]; sys.argv[0] = {str(exe)!r}; from {module} import {func}; "
                f"sys.exit({func}())")
        return [sys.executable, "-c", code]
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "govaudit.cli"]


# Each measured process is started by a small launcher (an interpreter without site) that forks it and reads
# its rusage from wait4. Linux records in a process's peak (ru_maxrss) the memory of what it was before its exec:
# started straight from this script (vfork or fork), every process's "peak" was at least this script's own, which
# grows to ≈ 126 MiB once it has built the 100k-cell workbook: every row then showed the same peak. The launcher's
# child starts from the launcher's few MiB instead (the floor, `true`'s peak, is printed with the results).
LAUNCHER = r"""
import os, sys, time
t = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_pid, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t
with open(sys.argv[1], "w") as fh:
    fh.write(f"{wall} {ru.ru_utime + ru.ru_stime} {ru.ru_maxrss}")
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


# Compiled modules (bytecode) for every measured process, kept here: an installed govaudit has them (pip compiles at
# install), but a source tree run through PYTHONPATH, or an editable install under PYTHONDONTWRITEBYTECODE=1 (set on
# this machine), has none, and every fresh process then compiled each module it imports (≈ 40 % of a small
# workbook's check; session 11 found the same in bench_pdf). The warm-up runs write them.
BYTECODE = tempfile.mkdtemp(prefix="bench-pyc-")


def compiled(env: dict | None) -> dict:
    """`env` (default: this process's) with the bytecode kept in BYTECODE, as an installed package runs."""
    out = {k: v for k, v in (os.environ if env is None else env).items() if k != "PYTHONDONTWRITEBYTECODE"}
    out["PYTHONPYCACHEPREFIX"] = BYTECODE
    return out


class Run:
    """One whole process: wall and CPU seconds, peak memory (MiB) of it and of any process it waited for."""

    def __init__(self, args: list[str], ok=(0, 1), env: dict | None = None):
        env = compiled(env)
        fd, usage_file = tempfile.mkstemp(prefix="bench-usage-")
        os.close(fd)
        try:
            proc = subprocess.run([sys.executable, "-I", "-S", "-c", LAUNCHER, usage_file, *args],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            with open(usage_file) as fh:
                wall, cpu, maxrss = fh.read().split()
        finally:
            os.unlink(usage_file)
        err = proc.stderr.decode(errors="replace")
        if proc.returncode not in ok or "Traceback (most recent call last)" in err:  # exit 1 is also a crash's
            raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {err[:400]}")
        self.wall, self.cpu = float(wall), float(cpu)
        self.rss = int(maxrss) / 1024  # Linux: KiB


def startup_warning() -> str | None:
    """A warning when this interpreter imports third-party modules at start-up (a `.pth` hook: this sandbox's imports
    certifi), which a user's interpreter does not: every process here, the reference read too, then pays for it, and
    the ratios against the reference are flattered. Time in a clean venv (bench/RESULTS.md, s6start)."""
    probe = ("import json, os, sys, sysconfig\n"
             "std = [os.path.realpath(sysconfig.get_paths()[k]) for k in ('stdlib', 'platstdlib')]\n"
             "def third_party(f):\n"
             "    f = os.path.realpath(f); parts = f.split(os.sep)\n"
             "    return ('site-packages' in parts or 'dist-packages' in parts\n"
             "            or not any(f.startswith(d + os.sep) for d in std))\n"
             "mods = sorted(n for n, m in list(sys.modules.items()) if getattr(m, '__file__', None)\n"
             "              and third_party(m.__file__))\n"
             "print(json.dumps([mods, len(sys.modules)]))\n")
    # the probe's own imports (json, sysconfig) are standard library: they are not counted
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    import json

    mods, _count = json.loads(out.stdout)
    # setuptools' distutils-precedence.pth is in every venv that has setuptools (a user's too): not a distortion
    mods = [m for m in mods if m != "_distutils_hack"]
    if not mods:
        return None
    return (f"WARNING: this interpreter imports {', '.join(mods)} at every start-up (a .pth hook in its site-packages); "
            f"every process here, the reference read too, pays for it, so the ratios are flattered. "
            f"Time in a venv without them (bench/RESULTS.md, s6start: a plain path line to the libraries instead).")


def launcher_floor() -> float:
    """The peak MiB a process shows when it uses next to nothing itself (`true`): what the launcher passes on."""
    true = shutil.which("true")
    return Run([true]).rss if true else float("nan")


def med(runs: list[Run], attr: str) -> float:
    return statistics.median(getattr(r, attr) for r in runs)


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


def cells_of(path: Path) -> int:
    """Non-empty cells as calamine reads them (workbooks only; counted in a child process, see above)."""
    if kind(path) != "xlsx":
        return 0
    code = ("from python_calamine import CalamineWorkbook; import sys; wb = CalamineWorkbook.from_path(sys.argv[1]); "
            "print(sum(1 for n in wb.sheet_names for row in wb.get_sheet_by_name(n).to_python() for v in row "
            "if v not in ('', None)))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def before_env(source: Path | None) -> dict | None:
    """The environment that runs govaudit from another source tree (`--before`: e.g. main before a change)."""
    if source is None:
        return None
    return {**os.environ, "PYTHONPATH": str(source.resolve())}


def bench_file(path: Path, runs: int, before: Path | None = None) -> dict:
    ref_cmd = [sys.executable, "-c", REFERENCE[kind(path)], str(path)]
    check_cmd = govaudit_command() + ["check", str(path), "--format", "json"]
    old_cmd = None if before is None else govaudit_command(before) + ["check", str(path), "--format", "json"]
    Run(ref_cmd)  # warm the file cache
    Run(check_cmd, ok=(0, 1, 2))  # and write the bytecode
    if before is not None:
        Run(old_cmd, ok=(0, 1, 2), env=before_env(before))
    ref, check, old = [], [], []
    for _ in range(runs):  # paired: one of each, in turn
        ref.append(Run(ref_cmd))
        check.append(Run(check_cmd, ok=(0, 1, 2)))
        if before is not None:
            old.append(Run(old_cmd, ok=(0, 1, 2), env=before_env(before)))
    row = {"name": path.name, "kind": kind(path), "cells": cells_of(path), "read": reference_in_process(path),
           "ref_wall": med(ref, "wall"), "ref_cpu": med(ref, "cpu"), "wall": med(check, "wall"),
           "cpu": med(check, "cpu"), "rss": max(r.rss for r in check)}
    if old:
        row.update(old_wall=med(old, "wall"), old_cpu=med(old, "cpu"), old_rss=max(r.rss for r in old))
    return row


def bench_commands(runs: int, before: Path | None = None) -> list[tuple[str, float, float]]:
    """`--help`, `rules` and a bare interpreter, interleaved run by run (so that other load on the machine falls
    on all of them alike); medians. With `before`, the two commands from that source tree too."""
    kinds = [("govaudit --help", govaudit_command() + ["--help"], None),
             ("govaudit rules", govaudit_command() + ["rules"], None),
             ("python -c pass (interpreter start-up)", [sys.executable, "-c", "pass"], None)]
    if before is not None:
        kinds += [("govaudit --help (before)", govaudit_command(before) + ["--help"], before_env(before)),
                  ("govaudit rules (before)", govaudit_command(before) + ["rules"], before_env(before))]
    got: dict[str, list[Run]] = {name: [] for name, _, _ in kinds}
    for _ in range(runs):
        for name, cmd, env in kinds:
            got[name].append(Run(cmd, ok=(0,), env=env))
    return [(name, med(got[name], "wall"), med(got[name], "cpu")) for name, _, _ in kinds]


def bench_batch(folder: Path, count: int, runs: int, before: Path | None = None) -> dict:
    """`count` workbooks (the xlsx samples in turn, copied) checked as one folder, --format jsonl."""
    books = sorted(p for p in SAMPLES.glob("*.xlsx"))
    folder.mkdir()
    for i in range(count):
        src = books[i % len(books)]
        shutil.copyfile(src, folder / f"{i:04d}-{src.name}")
    out = {"count": count}
    for jobs in ("1", "2"):
        for tag, env in (("", None), ("before ", before_env(before))):
            if tag and before is None:
                continue
            got = [Run(govaudit_command(before if tag else None) + ["check", str(folder), "--format", "jsonl", "--jobs", jobs],
                       ok=(0, 1, 2), env=env) for _ in range(runs)]
            out[tag + jobs] = (med(got, "wall"), med(got, "cpu"), max(r.rss for r in got))
    return out


def ms(t: float) -> str:
    return f"{t * 1000:.0f}"


def commands_table(commands) -> list[str]:
    return ["| command | wall ms | CPU ms |", "|---|---:|---:|"] + [
        f"| `{name}` | {ms(wall)} | {ms(cpu)} |" for name, wall, cpu in commands]


def report(rows: list[dict], commands, batch, floor: float | None = None) -> str:
    lines = [f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
             f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at the end; medians of paired runs."]
    if floor is not None:
        lines.append(f"Peaks are each process's own (wait4 in a launcher); the launcher's own {floor:.1f} MiB is the "
                     f"least any process can show.")
    lines.append("")
    lines.append("| file | cells | reference read in process, CPU ms | reference process wall / CPU ms | "
                 "govaudit check wall / CPU ms | check ÷ reference process (wall / CPU) | "
                 "check CPU ÷ read in process | peak MiB | before: wall / CPU ms, peak MiB |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        old = (f"{ms(r['old_wall'])} / {ms(r['old_cpu'])}, {r['old_rss']:.0f} (CPU × {r['old_cpu'] / r['cpu']:.2f})"
               if "old_cpu" in r else "")
        lines.append(f"| {r['name']} | {r['cells'] or ''} | {r['read'] * 1000:.1f} | {ms(r['ref_wall'])} / "
                     f"{ms(r['ref_cpu'])} | {ms(r['wall'])} / {ms(r['cpu'])} | {r['wall'] / r['ref_wall']:.1f} / "
                     f"{r['cpu'] / r['ref_cpu']:.1f} | {r['cpu'] / r['read']:.0f} | {r['rss']:.0f} | {old} |")
    big = [r for r in rows if r["cells"] > 50_000]
    small = [r for r in rows if r["kind"] == "xlsx" and r["cells"] < 3_000]
    if big and small:
        base = max(small, key=lambda r: r["cells"])
        for r in big:
            per_cell = (r["rss"] - base["rss"]) * 1024 * 1024 / (r["cells"] - base["cells"])
            cost = (r["cpu"] - base["cpu"]) / (r["cells"] - base["cells"]) * 1e6
            lines.append("")
            lines.append(f"{r['name']}: memory per cell ≈ {per_cell:.0f} bytes, CPU per cell ≈ {cost:.1f} µs "
                         f"(its peak and CPU less those of {base['name']}, over the cells in between)")
            if "old_rss" in r and "old_rss" in base:
                old_cell = (r["old_rss"] - base["old_rss"]) * 1024 * 1024 / (r["cells"] - base["cells"])
                old_cost = (r["old_cpu"] - base["old_cpu"]) / (r["cells"] - base["cells"]) * 1e6
                lines.append(f"  before: memory per cell ≈ {old_cell:.0f} bytes, CPU per cell ≈ {old_cost:.1f} µs")
    lines.append("")
    lines += commands_table(commands)
    if batch:
        lines.append("")
        lines.append(f"Batch of {batch['count']} workbooks, `--format jsonl`:")
        lines.append("")
        lines.append("| jobs | wall s | CPU s (all processes) | peak MiB in any process |")
        lines.append("|---|---:|---:|---:|")
        for jobs in ("1", "2", "before 1", "before 2"):
            if jobs in batch:
                wall, cpu, rss = batch[jobs]
                lines.append(f"| {jobs} | {wall:.1f} | {cpu:.1f} | {rss:.0f} |")
        lines.append("")
        lines.append(f"--jobs 2 is {batch['1'][0] / batch['2'][0]:.2f} × as fast as --jobs 1 (wall).")
    return "\n".join(lines) + "\n"


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
    ap.add_argument("files", nargs="*", type=Path, help="files (default: samples/ plus a 14k- and a 100k-cell one)")
    ap.add_argument("--runs", type=int, default=5, help="paired runs per file (default 5)")
    ap.add_argument("--batch", type=int, default=0, help="also check a folder of this many workbooks (e.g. 1000)")
    ap.add_argument("--batch-runs", type=int, default=1, help="runs of the batch at each --jobs (default 1)")
    ap.add_argument("--before", type=Path, help="also run govaudit from this source tree (paired), e.g. main")
    ap.add_argument("--no-large", action="store_true", help="leave out the generated 14k- and 100k-cell workbooks")
    ap.add_argument("--profile", action="store_true", help="profile one in-process check of each file instead")
    ap.add_argument("--startup", action="store_true", help="only `--help`, `rules` and `python -c pass` (start-up)")
    args = ap.parse_args(argv)
    warning = startup_warning()
    if warning:
        print(warning, file=sys.stderr)
    if args.startup:
        commands = bench_commands(args.runs * 4, args.before)
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
              f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} at the end; medians of {args.runs * 4} interleaved runs.\n")
        print("\n".join(commands_table(commands)))
        if warning:
            print(f"\n{warning}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        files = args.files or sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in CHECKABLE)
        if not args.no_large:
            files = files + [large_workbook(Path(tmp)), large_workbook(Path(tmp), 50, 30, "十万")]
        if args.profile:
            for path in files:
                print(f"== {path}")
                profile(path)
            return 0
        commands = bench_commands(args.runs * 2, args.before)
        rows = []
        for path in files:
            print(f"… {path.name}", file=sys.stderr)
            rows.append(bench_file(path, args.runs, args.before))
            line = next(x for x in report(rows[-1:], [], None).splitlines() if x.startswith(f"| {path.name} "))
            print(line, file=sys.stderr, flush=True)  # as it goes
        batch = bench_batch(Path(tmp) / "batch", args.batch, args.batch_runs, args.before) if args.batch else None
        print(report(rows, commands, batch, launcher_floor()))
        if warning:
            print(warning)
    return 0


if __name__ == "__main__":
    sys.exit(main())
