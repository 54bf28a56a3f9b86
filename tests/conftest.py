"""Shared fixtures: the sample workbooks, and `audit` to build a workbook from a spec and check it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(TESTS))  # `import wb`

import wb  # noqa: E402

# pytest-xdist's workers inherit COLUMNS=80 from execnet, and the text report wraps at COLUMNS when it is set (a pipe
# whose user asked for a width): tests that want a width set COLUMNS themselves.
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)

SAMPLE_FILES = {
    "2024": SAMPLES / "决算公开表-2024-上海式-无误.xlsx",
    "2024-faulty": SAMPLES / "决算公开表-2024-上海式-有误.xlsx",
    "2019": SAMPLES / "决算公开表-2019-中央式-无误.xlsx",
    "2019-faulty": SAMPLES / "决算公开表-2019-中央式-有误.xlsx",
}


@pytest.fixture(scope="session")
def sample_path():
    return SAMPLE_FILES


_DISCLOSURES: dict = {}
_FINDINGS: dict = {}


@pytest.fixture(scope="session")
def sample_disclosure():
    """name → the recognised Disclosure of that sample (read once per session)."""
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    def get(name):
        if name not in _DISCLOSURES:
            _DISCLOSURES[name] = recognize(read_workbook(SAMPLE_FILES[name]))
        return _DISCLOSURES[name]

    return get


@pytest.fixture(scope="session")
def sample_findings():
    """name → findings of `govaudit check` on that sample (checked once per session)."""
    from govaudit.pipeline import Options, check_file

    def get(name):
        if name not in _FINDINGS:
            status, findings = check_file(SAMPLE_FILES[name], Options())
            assert status.status == "checked", status.error
            _FINDINGS[name] = findings
        return _FINDINGS[name]

    return get


@pytest.fixture
def audit(tmp_path):
    """audit(spec, **build options) → findings of checking the workbook built from the spec."""
    from govaudit.pipeline import Options, check_file

    counter = iter(range(10_000))

    def run(s=None, *, options=None, **build_kw):
        path = wb.save(wb.build(s, **build_kw), tmp_path, f"wb{next(counter)}.xlsx")
        status, findings = check_file(path, options or Options())
        assert status.status == "checked", status.error
        return findings

    return run



# The slowest tests (each writes whole disclosures as Word documents, several seconds apiece) run only when asked for,
# `pytest -m slow` (README): the default run, which CI makes, must stay under ten minutes on two cores. Each has
# faster siblings in the default run that read the same layouts from the workbook and the PDF print.
SLOW = ("test_word_copies", "test_word_right_document_draws_nothing", "test_hard_wrapped_text_reads_as_published[docx")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.name.startswith(SLOW):
            item.add_marker(pytest.mark.slow)
