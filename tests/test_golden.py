"""The JSON report of every sample, byte for byte, against tests/data/golden/ (kept from before the speed work).

Speed work must not change a single finding. A branch that changes findings on purpose regenerates the files and
commits them with the change, so the diff of the golden files shows exactly what changed:

    python tests/test_golden.py          # rewrites tests/data/golden/*.json(l) from the current code

Each sample is checked from inside samples/ by its bare name (paths in the report are then the same everywhere),
with an empty --config so that no configuration file around the checkout can change the findings.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "data" / "golden"
CHECKABLE = (".xlsx", ".xlsm", ".docx", ".pdf")


def samples() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in CHECKABLE)


@contextmanager
def _in_samples(tmp: Path):
    empty = tmp / "empty-govaudit.toml"
    empty.write_text("", encoding="utf-8")
    here = os.getcwd()
    os.chdir(SAMPLES)
    try:
        yield str(empty)
    finally:
        os.chdir(here)


def _run(*args: str) -> str:
    from click.testing import CliRunner

    from govaudit.cli import main

    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        runner = CliRunner()
    res = runner.invoke(main, list(args), catch_exceptions=False)
    assert res.exit_code in (0, 1, 2), res.output
    return res.stdout


def report(name: str, config: str) -> str:
    return _run("check", name, "--format", "json", "--config", config)


def batch(config: str, jobs: str = "1") -> str:
    """The whole samples folder as JSON Lines (the streaming path of big batches)."""
    return _run("check", ".", "--format", "jsonl", "--config", config, "--jobs", jobs)


def golden_name(sample: Path) -> str:
    return sample.name + ".json"


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_json_report_matches_golden(sample, tmp_path):
    golden = GOLDEN / golden_name(sample)
    assert golden.exists(), f"no golden report for {sample.name}: run `python tests/test_golden.py` and commit it"
    with _in_samples(tmp_path) as config:
        got = report(sample.name, config)
    assert got == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_batch_matches_golden(jobs, tmp_path):
    with _in_samples(tmp_path) as config:
        got = batch(config, jobs)
    assert got == (GOLDEN / "samples.jsonl").read_text(encoding="utf-8")


def regenerate() -> None:
    import tempfile

    GOLDEN.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, _in_samples(Path(tmp)) as config:
        for sample in samples():
            (GOLDEN / golden_name(sample)).write_text(report(sample.name, config), encoding="utf-8")
        (GOLDEN / "samples.jsonl").write_text(batch(config), encoding="utf-8")
    print(f"wrote {len(samples()) + 1} golden reports to {GOLDEN}")


def test_jsonl_streamed_to_a_file_without_info(tmp_path):
    """The streamed path honours -o and --no-info: the golden lines minus the info ones, in the file."""
    import json

    out = tmp_path / "report.jsonl"
    with _in_samples(tmp_path) as config:
        stdout = _run("check", ".", "--format", "jsonl", "--config", config, "--no-info", "-o", str(out))
    assert stdout == ""
    want = [line for line in (GOLDEN / "samples.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
            if json.loads(line).get("severity") != "info"]
    assert out.read_text(encoding="utf-8") == "".join(want)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    regenerate()
