"""JSON Lines: one finding a line (the JSON report's shape), one line per unreadable workbook."""

from __future__ import annotations

import json

from report_support import FAULTY, broken_file, cli, faulty_result

from govaudit.report import render
from govaudit.report.json_report import finding_dict


def test_one_line_a_finding_plus_unreadable_files(tmp_path):
    bad = broken_file(tmp_path)
    result = faulty_result(unreadable=bad)
    lines = render(result, "jsonl").splitlines()
    assert len(lines) == len(result.findings) + 1
    records = [json.loads(ln) for ln in lines]
    findings = [r for r in records if "code" in r]
    assert findings == [finding_dict(f) for f in result.findings]
    (unreadable,) = [r for r in records if r.get("status") == "unreadable"]
    assert unreadable["file"] == str(bad) and unreadable["error"]
    assert set(unreadable) == {"file", "status", "error"}


def test_cli_jsonl_line_count_equals_findings(tmp_path):
    out = tmp_path / "f.jsonl"
    whole = cli(*FAULTY, "--format", "json")
    run = cli(*FAULTY, "--format", "jsonl", "-o", str(out))
    assert run.exit_code == whole.exit_code == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(json.loads(whole.stdout)["findings"]) > 0
    assert all(json.loads(ln)["code"] for ln in lines)
    assert "context" not in lines[0]  # the HTML-only cell context never leaks into data formats
