"""Small pieces every reporter words the same way: a finding's cell reference and its figures."""

from __future__ import annotations


def reference(loc) -> str | None:
    """Where to look, as a person says it: 'Sheet!C12' in a workbook; '表3 第2行第4列' or '第12段' in a Word
    document; '第5页 [x0,top,x1,bottom]' in a PDF. None when nothing is known."""
    if loc is None:
        return None
    if loc.page is not None:
        where = f"第{loc.page}页"
        if loc.bbox:
            where += " [" + ",".join(f"{v:.0f}" for v in loc.bbox) + "]"
        return where
    if loc.table_no is not None:
        where = f"表{loc.table_no}"
        if loc.table_row is not None and loc.table_col is not None:
            where += f" 第{loc.table_row}行第{loc.table_col}列"
        elif loc.table_row is not None:
            where += f" 第{loc.table_row}行"
        return where
    if loc.paragraph is not None:  # a document's paragraph (its virtual-sheet cell means nothing to a reader)
        return f"第{loc.paragraph}段"
    if loc.sheet and loc.cell:
        return f"{loc.sheet}!{loc.cell}"
    if loc.cell:
        return loc.cell
    if loc.sheet:
        return loc.sheet
    return None


def elsewhere(loc, finding) -> str | None:
    """The file a place is in when it is not the finding's own (a --together group: the 05 table in one workbook,
    the 06 table it is checked against in another), else None."""
    own = getattr(finding, "file", None)
    return loc.file if loc is not None and loc.file and own and loc.file != own else None


def in_other_file(loc, finding) -> str | None:
    """'[b.xlsx]Sheet1!C16' for a place in another file than the finding's (Excel's own way of naming a cell in
    another workbook), else None."""
    other = elsewhere(loc, finding)
    if other is None:
        return None
    import os

    return f"[{os.path.basename(other) or other}]{reference(loc) or ''}"


def related_reference(loc, first) -> str | None:
    """A related place, short: the cell ('C12') in a workbook, '第2行第4列' in the judged place's Word table."""
    if loc is None:
        return None
    if loc.table_no is not None and first is not None and loc.table_no == first.table_no and loc.table_row:
        return f"第{loc.table_row}行第{loc.table_col}列" if loc.table_col is not None else f"第{loc.table_row}行"
    if loc.table_no is not None or loc.page is not None or loc.paragraph is not None:
        return reference(loc)
    return loc.cell


def primary(finding):
    return finding.locations[0] if finding.locations else None


# Rules whose places are all problems of one kind, not a judged place and what it was computed from: a grouped CEL002
# lists the formula cells of one table saved without their values (checks/cells.py), each as much a problem as the
# first. Reports mark every such place as judged and say nothing of "参与计算".
EVERY_PLACE_A_PROBLEM = frozenset({"CEL002"})


def every_place_a_problem(finding) -> bool:
    return finding.code in EVERY_PLACE_A_PROBLEM


def source_refs(finding) -> list[str]:
    """The places a finding was computed from, short: 'D21' on the judged cell's sheet, '06基本支出!C16' on
    another sheet; in a document as related_reference says ('第2行第4列', '第5页 …')."""
    first = primary(finding)
    own = first.sheet if first else None
    out = []
    for o in finding.locations[1:]:
        other = in_other_file(o, finding)
        if other:
            out.append(other)
            continue
        in_document = o.table_no is not None or o.page is not None or o.paragraph is not None
        if not in_document and o.cell and o.sheet not in (None, own):
            out.append(f"{o.sheet}!{o.cell}")
            continue
        ref = related_reference(o, first)
        if ref:
            out.append(ref)
    return out


def finding_reference(finding) -> str | None:
    return reference(primary(finding))


def excel_target(sheet: str, cell: str) -> str:
    """'Sheet'!C12 as Excel hyperlinks and formulas want it (quotes doubled inside the name)."""
    return "'" + sheet.replace("'", "''") + "'!" + cell


def labels(finding) -> str | None:
    loc = primary(finding)
    if loc is None or not (loc.row_label or loc.col_label):
        return None
    return " / ".join(x for x in (loc.row_label, loc.col_label) if x)


def figures(finding) -> list[str]:
    """['位置：…', '实际 …', '应为 …', '差额 …'] for whatever the finding carries."""
    out = []
    where = labels(finding)
    if where:
        out.append(f"位置：{where}")
    loc = primary(finding)
    if loc is not None and loc.sentence:  # a finding in running text quotes its sentence
        out.append(f"原文：「{loc.sentence}」")
    if finding.actual is not None:
        out.append(f"实际 {finding.actual}")
    if finding.expected is not None:
        out.append(f"应为 {finding.expected}")
    if finding.difference is not None:
        out.append(f"差额 {finding.difference}")
    return out


def rule_info(rules) -> dict[str, dict]:
    """Rule metadata passed in by the caller (dicts or objects with code/title/…), keyed by code."""
    out: dict[str, dict] = {}
    for r in rules or []:
        if not isinstance(r, dict):
            r = {k: getattr(r, k, None) for k in ("code", "title", "severity", "explanation", "example")}
            sev = r.get("severity")
            r["severity"] = getattr(sev, "value", sev)
        out[r["code"]] = r
    return out


def hints_note(hints) -> str:
    """What the folded notes are, said truly: rounding gaps only, or notes of several kinds."""
    rounding = sum(1 for f in hints if f.code.startswith("RND"))
    if rounding == len(hints):
        return "都是合计与分项等的差额在四舍五入误差范围内，不是错误"
    if rounding:
        return "不是错误，如四舍五入造成的尾差，供核对参考"
    return "不是错误，供核对参考"
