"""Helpers for the report-format tests: the faulty samples checked once, and the CLI run in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

from ci_helpers import Run
from ci_helpers import cli as run_cli

TESTS = Path(__file__).resolve().parent
SAMPLES = TESTS.parent / "samples"
FAULTY = [SAMPLES / "决算公开表-2024-上海式-有误.xlsx", SAMPLES / "决算公开表-2019-中央式-有误.xlsx"]
SARIF_SCHEMA = TESTS / "data" / "sarif-schema-2.1.0.json"

_RESULTS: dict = {}


def faulty_result(*, context: bool = False, unreadable: Path | None = None):
    """Result of checking both faulty samples (plus an unreadable file when given), cached per variant."""
    from govaudit.pipeline import Options, check_paths

    key = (context, unreadable)
    if key not in _RESULTS:
        paths = [str(p) for p in FAULTY] + ([str(unreadable)] if unreadable else [])
        _RESULTS[key] = check_paths(paths, Options(collect_context=context))
    return _RESULTS[key].model_copy(deep=True)


def rule_dicts() -> list[dict]:
    from govaudit.engine.registry import all_rules

    return [{"code": r.code, "title": r.title, "severity": r.severity.value, "explanation": r.explanation,
             "example": r.example} for r in all_rules()]


def broken_file(folder: Path) -> Path:
    path = folder / "损坏的文件.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    return path


def cli(*args: str, env: dict | None = None) -> Run:
    """`govaudit check ARGS`; a test run inside GitHub Actions must not write to the job's real summary or use
    its workspace."""
    return run_cli("check", *args, env={"GITHUB_STEP_SUMMARY": None, "GITHUB_WORKSPACE": None, **(env or {})})


def copy_sample(folder: Path, index: int = 0, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or FAULTY[index].name)
    shutil.copyfile(FAULTY[index], target)
    return target
