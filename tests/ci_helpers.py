"""Helpers for the CI-adoption tests (configuration, baseline, jobs, plugins): run the CLI, copy samples."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FAULTY_2024 = SAMPLES / "决算公开表-2024-上海式-有误.xlsx"
FAULTY_2019 = SAMPLES / "决算公开表-2019-中央式-有误.xlsx"
CLEAN_2024 = SAMPLES / "决算公开表-2024-上海式-无误.xlsx"
CLEAN_2019 = SAMPLES / "决算公开表-2019-中央式-无误.xlsx"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        return json.loads(self.stdout)

    def codes(self) -> list[str]:
        return [f["code"] for f in self.json()["findings"]]


def cli(*args: str, env: dict | None = None) -> Run:
    """`govaudit ARGS` in this process (click's runner), stdout and stderr kept apart; env as CliRunner.invoke's."""
    from click.testing import CliRunner

    from govaudit.cli import main

    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        runner = CliRunner()
    result = runner.invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


def cli_process(*args: str, cwd: Path, pythonpath: Path | None = None) -> Run:
    """`govaudit ARGS` in a new interpreter (plugins found through entry points on PYTHONPATH)."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(pythonpath)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    proc = subprocess.run([sys.executable, "-m", "govaudit.cli", *[str(a) for a in args]], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def copy(src: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dst = folder / (name or src.name)
    shutil.copyfile(src, dst)
    return dst


def insert_row(src: Path, dst: Path, sheet: str, at: int, values: list) -> Path:
    """A copy of `src` with a new row `values` inserted at row `at` of `sheet` (merged areas below move too)."""
    import openpyxl
    from openpyxl.worksheet.cell_range import CellRange

    wb = openpyxl.load_workbook(src)
    ws = wb[sheet]
    merged = [CellRange(str(r)) for r in ws.merged_cells.ranges]
    for r in merged:
        ws.unmerge_cells(str(r))
    ws.insert_rows(at)
    for r in merged:
        if r.min_row >= at:
            r.shift(row_shift=1)
        ws.merge_cells(str(r))
    for col, value in enumerate(values, start=1):
        ws.cell(at, col, value).number_format = ws.cell(at + 1, col).number_format
    wb.save(dst)
    return dst


def set_cell(src: Path, dst: Path, sheet: str, ref: str, value) -> Path:
    import openpyxl

    wb = openpyxl.load_workbook(src)
    wb[sheet][ref].value = value
    wb.save(dst)
    return dst
