"""Measure how 绩效自评表 PDF prints read: every held-out form of sessions 11–18 (tests/test_forms_heldout_s1*.py),
session 25 (tests/test_forms_heldout25.py) and session 28 (tests/test_forms_heldout28.py), printed unruled or as a
三线表 with figures right- or left-aligned, on one page (`--one-page`: the four prints each) and/or broken after its
money header and after each money line (`--breaks`: a 三线表, right-aligned, as session 24's script did). A print is
wrong when it draws any error or warning or reads fewer money lines or indicators than the form has. Prints one line
per wrong print and the totals.

Session 24's measurement scripts were lost with /tmp; this one survives. Run from the repository root:

    python tools/form_prints.py --one-page --breaks            # this checkout's govaudit
    PYTHONPATH=/path/to/other/checkout python tools/form_prints.py --one-page   # another version's code

(PYTHONPATH first on the path: its govaudit is imported; the tests' builders are always this checkout's.)
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"
sys.path.append(str(TESTS))  # (appended: a PYTHONPATH checkout's govaudit still comes first)


def forms():
    import test_forms_heldout25 as h25
    from test_forms_money_lines_heldout24 import FORMS

    out = {k: build for k, build in FORMS.items()}
    out.update({f"s25.{k}": (lambda k=k: h25.form(k)) for k in h25.LAYOUTS})
    import test_forms_heldout28 as h28

    out.update({f"s28.{k}": (lambda k=k: h28.form(k)) for k in h28.LAYOUTS})
    return out


def wrong(path: Path, folder: Path, form) -> str | None:
    """Why the print reads wrong (None: right)."""
    from test_forms_breaks_heldout22 import problems
    from test_forms_heldout_s11 import read_forms

    found = problems(path, folder)
    if found:
        return " ".join(sorted({c for c, _m in found}))
    got = read_forms(path)
    if len(got) != 1:
        return f"{len(got)} forms"
    lines = len(got[0].budget)
    inds = sum(len(s.indicators) for s in got[0].sections if s.origin == "indicators")
    if lines != form["lines"]:
        return f"{lines}/{form['lines']} money lines"
    if form["indicators"] is not None and inds != form["indicators"]:
        return f"{inds}/{form['indicators']} indicators"
    return None


def money_rows(form) -> list[int]:
    head = next(i for i, r in enumerate(form["rows"]) if any("预算数" in str(v) or "执行数" in str(v) for v in r))
    ends = [head + 1 + k for k in range(form["lines"])]
    return [head + 1] + [e + 1 for e in ends]  # (under the header; after each money line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--one-page", action="store_true")
    ap.add_argument("--breaks", action="store_true")
    ap.add_argument("--only", help="comma-separated form keys (s11.S, s25.GX …)")
    args = ap.parse_args()
    from pdf_writer import producer
    from test_forms_breaks_heldout22 import pdf_cut

    import govaudit

    print(f"govaudit from {Path(govaudit.__file__).parent}")
    chosen = forms()
    if args.only:
        chosen = {k: v for k, v in chosen.items() if k in args.only.split(",")}
    prints = bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for key, build in chosen.items():
            form = build()
            runs = []
            if args.one_page:
                runs += [(rules, fig, len(form["rows"])) for rules in ("three", "none") for fig in ("right", "left")]
            if args.breaks:
                runs += [("three", "right", cut) for cut in sorted(set(money_rows(form))) if cut < len(form["rows"])]
            for rules, fig, cut in runs:
                folder = Path(tempfile.mkdtemp(dir=tmp))
                with producer(figures="left") if fig == "left" else contextlib.nullcontext():
                    path = pdf_cut(folder, form, rules, cut)
                why = wrong(path, folder, form)
                prints += 1
                if why:
                    bad += 1
                    where = "one page" if cut >= len(form["rows"]) else f"cut at row {cut}"
                    print(f"{key}\t{rules}\t{fig}\t{where}\t{why}")
    print(f"{bad} of {prints} prints wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
