"""Small helpers over findings, shared by the test modules."""

from __future__ import annotations


def where(finding) -> tuple[str | None, str | None]:
    loc = finding.locations[0] if finding.locations else None
    return (loc.sheet, loc.cell) if loc else (None, None)


def pick(findings, code: str, sheet: str | None = None, cell: str | None = None) -> list:
    """Findings of `code` (judged at sheet!cell when given)."""
    return [f for f in findings if f.code == code
            and (sheet is None or where(f)[0] == sheet) and (cell is None or where(f)[1] == cell)]


def problems(findings) -> list[tuple[str, str | None, str | None]]:
    """Every finding that is not a rounding note, as (code, sheet, cell)."""
    return sorted((f.code, *where(f)) for f in findings if f.severity.value != "info")


class CliRun:
    def __init__(self, exit_code: int, stdout: str, stderr: str):
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr


def run_cli(*args: str) -> CliRun:
    """`govaudit ARGS` in this process through click's runner; stdout and stderr kept apart."""
    from click.testing import CliRunner

    from govaudit.cli import main

    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        runner = CliRunner()
    result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
    return CliRun(result.exit_code, result.stdout, result.stderr)
