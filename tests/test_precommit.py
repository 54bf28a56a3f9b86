"""The pre-commit hook definition: id govaudit, runs `govaudit check` on the staged files it can read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

HOOKS = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"


def _hooks() -> list[dict]:
    try:
        import yaml
    except ImportError:  # PyYAML is not a test dependency: read the one flat hook by hand
        hook = {}
        for line in HOOKS.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^(?:- |  )(\w+): (.*)$", line)
            if m:
                hook[m.group(1)] = m.group(2)
        return [hook]
    return yaml.safe_load(HOOKS.read_text(encoding="utf-8"))


def test_hook_definition():
    if not HOOKS.is_file():
        pytest.skip("not a source checkout")
    (hook,) = _hooks()
    assert hook["id"] == "govaudit"
    assert hook["entry"] == "govaudit check"
    assert hook["language"] == "python"
    files = re.compile(hook["files"])  # pre-commit compiles `files` with Python's re
    for name in ("决算.xlsx", "a/b/决算.xlsm", "上报.XLSX", "上报.Xlsm", "旧表.xls", "旧表.XLS", "wps.et", "calc.ods",
                 "决算说明.docx", "决算说明.DOCX", "公开.pdf", "公开.PDF"):
        assert files.search(name), name
    for name in ("决算.xlsx.bak", "readme.md", "决算.xlsb", "a.pdfx", "net", "x.set", "决算公开.doc"):
        assert not files.search(name), name


def test_hook_takes_every_extension_govaudit_reads():
    """A file govaudit would check (or explain it cannot) is never skipped by the hook, whatever its case."""
    if not HOOKS.is_file():
        pytest.skip("not a source checkout")
    from govaudit.readers import dispatch

    (hook,) = _hooks()
    files = re.compile(hook["files"])
    suffixes = set(dispatch.SUPPORTED_SUFFIXES) | set(getattr(dispatch, "LEGACY_SUFFIXES", ()))
    for suffix in suffixes | {".docx", ".pdf"}:
        assert files.search("决算" + suffix) and files.search("决算" + suffix.upper()), suffix
