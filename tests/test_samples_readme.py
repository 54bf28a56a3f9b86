"""samples/README.md states exactly what `govaudit check` reports on each sample; the tool must agree.

The README is parsed: per workbook (a `## <file>` section) its summary line, the table of errors and
warnings (judged cell, rule code) and the RND001 cells listed per sheet. And the committed samples must be
what samples/make_samples.py generates, since the README ties each finding to an error planted there.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from helpers import where

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
README = SAMPLES / "README.md"
_ROW = re.compile(r"^\|\s*`([^`!]+)!([A-Z]+\d+)`\s*\|\s*([A-Z]{3}\d{3})\s*\|")
_RND = re.compile(r"^-\s*`([^`]+)`：(.+)$")


def sections() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = None
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (.+\.xlsx)\s*$", line)
        if m:
            current = m.group(1)
            out[current] = []
        elif line.startswith("#"):
            current = None
        elif current:
            out[current].append(line)
    return out


def documented(lines: list[str]):
    """(summary line, Counter of (code, sheet, cell) errors/warnings, Counter of (sheet, cell) RND001)."""
    summary = next(m.group(1) for m in (re.match(r"^`(共检查.+)`$", x) for x in lines) if m)
    problems = Counter((m.group(3), m.group(1), m.group(2)) for m in map(_ROW.match, lines) if m)
    rounding: Counter = Counter()
    for m in filter(None, map(_RND.match, lines)):
        for item in m.group(2).split("、"):
            cell, _, times = item.strip().partition("×")
            rounding[(m.group(1), cell.strip())] += int(times) if times else 1
    return summary, problems, rounding


def documented_workbooks() -> list[str]:
    """The workbooks whose section states what the check reports (a summary line)."""
    return sorted(name for name, lines in sections().items() if any(re.match(r"^`共检查", x) for x in lines))


def test_readme_lists_every_sample_workbook():
    text = README.read_text(encoding="utf-8")
    assert [p.name for p in SAMPLES.glob("*.xlsx") if p.name not in text] == []
    # the nine-table samples and the 预算 samples are documented in full
    assert {p.name for p in SAMPLES.glob("决算公开表*.xlsx")} <= set(documented_workbooks())
    assert {p.name for p in SAMPLES.glob("预算公开表*.xlsx")} <= set(documented_workbooks())


@pytest.mark.parametrize("name", documented_workbooks())
def test_tool_reports_exactly_what_the_readme_says(name):
    from govaudit.pipeline import Options, check_file
    from govaudit.model import Result
    from govaudit.report.text import render_text

    summary, problems, rounding = documented(sections()[name])
    status, findings = check_file(SAMPLES / name, Options())
    assert status.status == "checked"
    got_problems = Counter((f.code, *where(f)) for f in findings if f.severity.value != "info")
    got_rounding = Counter(where(f) for f in findings if f.code == "RND001")
    assert got_problems == problems
    assert got_rounding == rounding
    assert {f.code for f in findings if f.severity.value == "info"} <= {"RND001"}
    text = render_text(Result(files=[status], findings=findings))
    assert text.rstrip().endswith(summary)


def test_faulty_samples_have_errors_and_clean_ones_none():
    for name in documented_workbooks():
        _summary, problems, _rounding = documented(sections()[name])
        assert bool(problems) == ("有误" in name), name


def test_samples_are_what_make_samples_generates(tmp_path):
    """Regenerate the nine-table samples into a temporary folder; compare every sheet's cells and merged ranges."""
    import openpyxl

    sys.path.insert(0, str(SAMPLES))
    try:
        import make_samples
    finally:
        sys.path.remove(str(SAMPLES))
    made = {p.name: p for p in make_samples.main(tmp_path)}  # the nine-table samples (main_forms: 绩效自评表)
    assert len(made) == 4
    for name, path in sorted(made.items()):
        new, old = openpyxl.load_workbook(path), openpyxl.load_workbook(SAMPLES / name)
        assert new.sheetnames == old.sheetnames, name
        for a, b in zip(new.worksheets, old.worksheets):
            assert _cells(a) == _cells(b), f"{name}!{a.title} differs: run python samples/make_samples.py"
            assert sorted(map(str, a.merged_cells.ranges)) == sorted(map(str, b.merged_cells.ranges))


def test_budget_samples_are_what_make_budget_samples_generates(tmp_path):
    """The same for the 预算 samples (the 上海 2026 templates filled by samples/make_budget_samples.py)."""
    import openpyxl

    sys.path.insert(0, str(SAMPLES))
    try:
        import make_budget_samples
    finally:
        sys.path.remove(str(SAMPLES))
    made = {p.name: p for p in make_budget_samples.main(tmp_path)}
    assert len(made) == 6 and set(made) <= set(documented_workbooks())
    for name, path in sorted(made.items()):
        new, old = openpyxl.load_workbook(path), openpyxl.load_workbook(SAMPLES / name)
        assert new.sheetnames == old.sheetnames, name
        for a, b in zip(new.worksheets, old.worksheets):
            assert _cells(a) == _cells(b), f"{name}!{a.title} differs: run python samples/make_budget_samples.py"
            assert sorted(map(str, a.merged_cells.ranges)) == sorted(map(str, b.merged_cells.ranges))


def _cells(ws) -> set:
    return {(c.coordinate, c.value, c.number_format) for row in ws.iter_rows() for c in row if c.value is not None}
