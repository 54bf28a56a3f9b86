"""The JSON contract later tools depend on: names are added to, never renamed."""

from __future__ import annotations

import json

from govaudit.model import Result


# sheet and cell are always present (null for a document place); the rest only when known
_LOCATION_KEYS = ("sheet", "cell", "paragraph", "row_label", "col_label", "table_title", "table_no", "table_row",
                  "table_col", "page", "bbox", "sentence")


_KNOWN_ONLY = _LOCATION_KEYS[2:]


def location_dict(loc, file: str | None = None) -> dict:
    """`file`: the finding's file; a place in another one (a --together group) says which ("file")."""
    out = {"sheet": loc.sheet, "cell": loc.cell}
    if file and loc.file and loc.file != file:
        out["file"] = loc.file
    for k in _KNOWN_ONLY:
        v = getattr(loc, k)
        if v is not None:
            out[k] = list(v) if k == "bbox" else v
    return out


def finding_dict(f) -> dict:
    return {
        "code": f.code,
        "severity": f.severity.value,
        "message": f.message,
        "file": f.file,
        "locations": [location_dict(loc, f.file) for loc in f.locations],
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
    return dumps_indented(to_dict(result)) + "\n"


def dumps_indented(obj) -> str:
    """json.dumps(obj, ensure_ascii=False, indent=2), the same text, several times as fast: with an indent json
    falls back to its pure-Python encoder, a generator per level, which was a tenth of a 100k-cell check with a few
    hundred long findings. Strings are escaped by json's own C function; other scalars by json.dumps itself."""
    out: list[str] = []
    try:
        _write(obj, "\n", out)
    except _Unusual:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return "".join(out)


class _Unusual(Exception):
    """A value this writer leaves to json (a non-str key, a type json converts in its own way)."""


_escape = json.encoder.encode_basestring  # ensure_ascii=False: json's C escaper when available


def _write(o, indent: str, out: list[str]) -> None:
    if isinstance(o, str):
        out.append(_escape(o))
    elif isinstance(o, dict):
        if not o:
            out.append("{}")
            return
        inner = indent + "  "
        sep = "{" + inner
        for k, v in o.items():
            if not isinstance(k, str):
                raise _Unusual
            # a text or null value written here, not by a call of its own (most values of a finding or a place)
            if type(v) is str:
                out.append(sep + _escape(k) + ": " + _escape(v))
            elif v is None:
                out.append(sep + _escape(k) + ": null")
            else:
                out.append(sep + _escape(k) + ": ")
                _write(v, inner, out)
            sep = "," + inner
        out.append(indent + "}")
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        inner = indent + "  "
        sep = "[" + inner
        for v in o:
            out.append(sep)
            _write(v, inner, out)
            sep = "," + inner
        out.append(indent + "]")
    elif o is None or o is True or o is False or type(o) in (int, float):
        out.append(json.dumps(o))
    else:
        raise _Unusual
