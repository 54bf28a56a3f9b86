"""--baseline: record today's findings once, then report only findings that are not in the record.

A finding is matched by rule code, workbook (path relative to the baseline file's folder), sheet, the row
and column labels of its cell, and a fingerprint of what it is about (table, rule title) — never by the
cell address or the values, so inserting a row above a known problem, or a changed figure in it, does
not make it new. Matching counts: two identical findings in the baseline absorb two, a third is new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from govaudit import __version__
from govaudit.config import ConfigError, relative_posix, shown_path
from govaudit.model import Finding

FORMAT = 1


def _relative(file: str, base: Path) -> str:
    return relative_posix(Path(file), base)


def fingerprint(f: Finding) -> str:
    """Value- and address-independent: what the finding is about, not where the row happens to be."""
    head = f.locations[0] if f.locations else None
    parts = [f.code, f.table or "", f.title or "", (head.sheet or "") if head else "",
             (head.row_label or "") if head else "", (head.col_label or "") if head else ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entry(f: Finding, base: Path) -> dict:
    head = f.locations[0] if f.locations else None
    return {
        "code": f.code,
        "file": _relative(f.file, base),
        "sheet": head.sheet if head else None,
        "row_label": head.row_label if head else None,
        "col_label": head.col_label if head else None,
        "fingerprint": fingerprint(f),
        # for people reading the file; not used to match
        "cell": head.cell if head else None,
        "message": f.message,
    }


def key(item: dict) -> tuple:
    return (item["code"], item["file"], item.get("sheet"), item.get("row_label"), item.get("col_label"),
            item["fingerprint"])


def write(path: Path, findings: list[Finding]) -> int:
    base = path.resolve().parent
    entries = sorted((entry(f, base) for f in findings), key=lambda e: tuple(str(x) for x in key(e)))
    data = {"tool": "govaudit", "version": __version__, "format": FORMAT, "findings": entries}
    # the folder must exist: a mistyped path is not turned into a chain of new folders (OSError for the caller)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(entries)


def load(path: Path) -> Counter:
    where = shown_path(path.resolve())
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data["findings"]
        return Counter(key(item) for item in items)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"基线文件 {where} 无法读取（{exc}）") from None
    except (KeyError, TypeError) as exc:
        raise ConfigError(f"基线文件 {where} 不是 govaudit 的基线文件（缺少 {exc}）") from None


def apply(path: Path, findings: list[Finding]) -> tuple[list[Finding], int]:
    """The findings the baseline does not absorb, in their order, and how many it absorbed."""
    known = load(path)
    base = path.resolve().parent
    kept = []
    absorbed = 0
    for f in findings:
        k = key(entry(f, base))
        if known[k] > 0:
            known[k] -= 1
            absorbed += 1
        else:
            kept.append(f)
    return kept, absorbed
