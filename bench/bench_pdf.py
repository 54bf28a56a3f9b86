"""How fast is reading and checking a PDF disclosure? A script, not a test.

    python bench/bench_pdf.py                  # the sample PDFs, and the real ones in ../shared/real if present
    python bench/bench_pdf.py --runs 7 FILE…   # chosen PDFs
    python bench/bench_pdf.py --profile FILE   # where the time of one read goes (cProfile)

For each PDF, the least CPU time and the least wall time of N runs (after a warm-up), side by side:
- plumber:  pdfplumber's word extraction of every page (`page.extract_words()`), what GovBudgetChecker pays
            before it checks anything (skipped when pdfplumber is not installed);
- pdfium:   PDFium's characters and boxes of every page through pypdfium2 (the floor govaudit reads on);
- read:     govaudit's PDF reader (characters, ruling lines, tables, paragraphs → virtual sheets);
- check:    the whole in-process pipeline (read → recognise → rules → findings);
- process:  `govaudit check FILE` as a fresh process, as a user runs it.
Target: a 30-page disclosure checked in ≤ 0.5 s for the whole process.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import subprocess
import sys
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


def process(path: Path) -> None:
    exe = shutil.which("govaudit")
    args = [exe] if exe else [sys.executable, "-m", "govaudit.cli"]
    proc = subprocess.run([*args, "check", str(path)], capture_output=True)
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(proc.stderr.decode(errors="replace")[:400])


def pages(path: Path) -> int:
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(str(path)))


def default_files() -> list[Path]:
    files = sorted((ROOT / "samples").glob("*.pdf"))
    real = ROOT.parent / "shared" / "real"
    if real.is_dir():
        files += sorted(real.glob("*.pdf"))
        files += sorted((real / "budget").glob("江苏-2019*.pdf"))
    return files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    files = args.files or default_files()
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
