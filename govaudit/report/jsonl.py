"""JSON Lines for big batches: one finding a line (the shape of the JSON report's findings), and one line
{"file", "status": "unreadable", "error"} for each workbook that could not be checked, in file order."""

from __future__ import annotations

import json

from govaudit.model import Result
from govaudit.report.json_report import finding_dict


def iter_lines(result: Result):
    by_file: dict[str, list] = {}
    for f in result.findings:
        by_file.setdefault(f.file, []).append(f)
    for status in result.files:
        if status.status != "checked":
            yield {"file": status.path, "status": status.status, "error": status.error}
        for f in by_file.pop(status.path, []):
            yield finding_dict(f)
    for rest in by_file.values():
        for f in rest:
            yield finding_dict(f)


def render_jsonl(result: Result) -> str:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in iter_lines(result))
