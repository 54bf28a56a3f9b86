"""The pre-commit hook definition: id govaudit, runs `govaudit check` on staged .xlsx/.xlsm files."""

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
    files = re.compile(hook["files"])
    for name in ("决算.xlsx", "a/b/决算.xlsm", "决算公开.docx"):
        assert files.search(name)
    for name in ("决算.xls", "决算.xlsx.bak", "readme.md", "决算公开.doc"):
        assert not files.search(name)
