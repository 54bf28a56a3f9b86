"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

A spreadsheet has no lines, so every result points at the workbook with `region.startLine` 1 (what GitHub
needs to show it) and names the cell in `logicalLocations` (`Sheet!C12`) and in `properties`. GitHub
collapses results of one rule whose `primaryLocationLineHash` is equal — computed from line 1 of the file
it would be equal for every cell — so we supply our own from what identifies the problem: rule, file, sheet and
the judged cell's row and column labels (its address only when it has no labels). Never the values: code
scanning matches alerts across runs by these fingerprints, and a corrected-but-still-wrong figure, or a row
inserted above, is the same alert, not a fixed one and a new one.
"""

from __future__ import annotations

import hashlib
import json

from govaudit.model import Result
from govaudit.report.common import elsewhere, finding_reference, in_other_file, labels, primary, reference, rule_info
from govaudit.report.paths import file_uri

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/govaudit/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SRCROOT = "%SRCROOT%"


def fingerprint(code: str, uri: str, sheet: str | None = None, row_label: str | None = None,
                col_label: str | None = None, cell: str | None = None, table: str | None = None) -> str:
    """Stable across value changes; the place (a cell address, a paragraph) counts only where there are no
    labels (a title line). `table` tells apart two tables printed on one sheet with the same labels."""
    place = [row_label or "", col_label or ""] if (row_label or col_label) else ["@", cell or ""]
    key = "\x1f".join([code, uri, sheet or "", table or "", *place])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _artifact(path: str, srcroot) -> dict:
    uri, relative = file_uri(path, srcroot)
    return {"uri": uri, "uriBaseId": SRCROOT} if relative else {"uri": uri}


def _logical(loc) -> list[dict]:
    """The place by name: 'Sheet!C12' in a workbook; in a Word document the table cell ('表3 第2行第4列', with
    the table itself after it) or the paragraph ('第12段'); in a PDF the page and box."""
    ref = reference(loc)
    if not ref:
        return []
    if loc.table_no is not None:
        table = f"表{loc.table_no}"
        title = f"{table}「{loc.table_title}」" if loc.table_title else table
        name = ref[len(table):].strip() or table
        return [{"fullyQualifiedName": ref, "name": name, "kind": "element"},
                {"fullyQualifiedName": title, "name": table, "kind": "table"}]
    if loc.paragraph is not None and loc.page is None:
        return [{"fullyQualifiedName": ref, "name": ref, "kind": "paragraph"}]
    if loc.page is not None:
        return [{"fullyQualifiedName": ref, "name": ref, "kind": "element"}]
    out = {"fullyQualifiedName": ref, "name": loc.cell or ref, "kind": "element"}
    return [out]


def _location(path: str, loc, srcroot, message: str | None = None, ident: int | None = None) -> dict:
    out: dict = {}
    if ident is not None:
        out["id"] = ident
    out["physicalLocation"] = {"artifactLocation": _artifact(path, srcroot), "region": {"startLine": 1}}
    logical = _logical(loc)
    if logical:
        out["logicalLocations"] = logical
    if message:
        out["message"] = {"text": message}
    return out


def _rule(info: dict) -> dict:
    code, title = info["code"], info.get("title") or info["code"]
    explanation = (info.get("explanation") or "").strip() or title
    example = (info.get("example") or "").strip()
    help_text = explanation + (f"\n\n示例：{example}" if example else "")
    help_md = explanation.replace("\n", "") + (f"\n\n**示例：** {example}" if example else "")
    family = "".join(ch for ch in code if ch.isalpha())
    return {
        "id": code,
        "name": code,
        "shortDescription": {"text": title},
        "fullDescription": {"text": explanation.replace("\n", "")},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS.get(info.get("severity") or "error", "error")},
        "properties": {"tags": ["govaudit", family]},
    }


def _result(f, rule_index: dict[str, int], srcroot, seen: dict[str, int]) -> dict:
    loc = primary(f)
    ref = finding_reference(f)
    text = f"{ref}：{f.message}" if ref else f.message
    where = labels(f)
    if where:
        text += f"（位置：{where}）"
    uri = file_uri(f.file, srcroot)[0]
    props = {
        "sheet": loc.sheet if loc else None,
        "cell": loc.cell if loc else None,
        "reference": ref,
        "rowLabel": loc.row_label if loc else None,
        "colLabel": loc.col_label if loc else None,
        "expected": f.expected,
        "actual": f.actual,
        "difference": f.difference,
        "table": f.table,
    }
    if loc is not None:  # a document's own coordinates (Word table cell, paragraph and sentence, PDF page)
        for key, name in (("table_title", "tableTitle"), ("table_no", "tableNo"), ("table_row", "tableRow"),
                          ("table_col", "tableCol"), ("paragraph", "paragraph"), ("sentence", "sentence"),
                          ("page", "page")):
            if getattr(loc, key) is not None:
                props[name] = getattr(loc, key)
    out = {
        "ruleId": f.code,
        "ruleIndex": rule_index[f.code],
        "level": LEVELS[f.severity.value],
        "message": {"text": text},
        "locations": [_location(f.file, loc, srcroot)],
        "partialFingerprints": {},
        "properties": {k: v for k, v in props.items() if v is not None},
    }
    where = (loc.sheet, loc.row_label, loc.col_label, reference(loc)) if loc else (None, None, None, None)
    digest = fingerprint(f.code, uri, *where, table=f.table)
    # one rule may judge one cell twice (two sums meeting there): number the occurrences, as GitHub does
    seen[digest] = seen.get(digest, 0) + 1
    stable = f"{digest}:{seen[digest]}"
    out["partialFingerprints"] = {"primaryLocationLineHash": stable, "govaudit/v1": stable}
    related = [
        _location(elsewhere(other, f) or f.file, other, srcroot, f"相关单元格 {in_other_file(other, f) or reference(other)}", i)
        for i, other in enumerate(f.locations[1:], start=1)
        if reference(other)
    ]
    if related:
        out["relatedLocations"] = related
    return out


def to_sarif(result: Result, rules=None, srcroot=None) -> dict:
    """`rules`: rule metadata (code, title, severity, explanation, example) for tool.driver.rules;
    `srcroot`: the repository root the file URIs are made relative to (None: paths as given)."""
    infos = rule_info(rules)
    for f in result.findings:  # a rule the caller did not describe still needs a descriptor
        infos.setdefault(f.code, {"code": f.code, "title": f.title or f.code, "severity": f.severity.value})
    codes = sorted(infos)
    rule_index = {code: i for i, code in enumerate(codes)}
    notifications = [
        {
            "level": "error",
            "message": {"text": f"{s.path}：无法检查：{s.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(s.path, srcroot)}}],
            "descriptor": {"id": "unreadable"},
        }
        for s in result.files
        if s.status != "checked"
    ]
    invocation = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    seen: dict[str, int] = {}  # fingerprint → occurrences so far
    run = {
        "tool": {
            "driver": {
                "name": "govaudit",
                "version": result.version,
                "semanticVersion": result.version,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(infos[c]) for c in codes],
            }
        },
        "invocations": [invocation],
        "results": [_result(f, rule_index, srcroot, seen) for f in result.findings],
    }
    run["originalUriBaseIds"] = {SRCROOT: {"description": {"text": "仓库根目录：文件路径相对于它"}}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render_sarif(result: Result, rules=None, srcroot=None) -> str:
    return json.dumps(to_sarif(result, rules=rules, srcroot=srcroot), ensure_ascii=False, indent=2) + "\n"
