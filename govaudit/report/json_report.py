"""The JSON contract later tools depend on: names are added to, never renamed."""

from __future__ import annotations

import json

from govaudit.model import Result


# sheet and cell are always present (null for a document place); the rest only when known
_LOCATION_KEYS = ("sheet", "cell", "paragraph", "row_label", "col_label", "table_title", "table_no", "table_row",
                  "table_col", "page", "bbox", "sentence")


def location_dict(loc) -> dict:
    out = {}
    for k in _LOCATION_KEYS:
        v = getattr(loc, k)
        if v is not None or k in ("sheet", "cell"):
            out[k] = list(v) if k == "bbox" and v is not None else v
    return out


def finding_dict(f) -> dict:
    return {
        "code": f.code,
        "severity": f.severity.value,
        "message": f.message,
        "file": f.file,
        "locations": [location_dict(loc) for loc in f.locations],
        "expected": f.expected,
        "actual": f.actual,
        "difference": f.difference,
        "table": f.table,
        "title": f.title,
    }


def to_dict(result: Result) -> dict:
    return {
        "tool": {"name": "govaudit", "version": result.version},
        "files": [{"path": s.path, "status": s.status, "error": s.error, "tables": s.tables, "forms": s.forms,
                   "kind": s.kind, "stage": s.stage, "scope": s.scope, "year": s.year}
                  for s in result.files],
        "findings": [finding_dict(f) for f in result.findings],
        "summary": result.summary(),
    }


def render_json(result: Result) -> str:
    return json.dumps(to_dict(result), ensure_ascii=False, indent=2) + "\n"
