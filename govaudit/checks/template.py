"""CMP009–010: a template published (or checked) before it was filled in.

A template reaches the reader in two ways: its placeholders ("上海市XX局", "XXXX万元") left in a filled disclosure,
or the whole template with no figures at all. Either is plainly wrong to publish, and for a blank template one
finding says more than an "empty table" error on every table.
"""

from __future__ import annotations

from govaudit.checks.narrative_common import finding_file
from govaudit.engine.registry import rule
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)
from govaudit.model import Finding, Location, Severity
from govaudit.model.trusted import construct

NEEDS = ("tables", "text")  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)

# two or more X (half or full width) or ×, standing alone, not inside a Latin word: a placeholder, never a
# number or a name
_PLACEHOLDER = lazy(r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?:[XＸ]{2,}|×{2,})(?![A-Za-zＡ-Ｚａ-ｚ])")
_CLAUSE = lazy(r"[^。；！？\n]+")
_SHOWN = 5  # places listed in a finding
_QUOTED = 3  # of which quoted in its message
_WIDTH = 20  # characters quoted either side of a placeholder in a long sentence
MIN_TABLES = 3  # a blank template: at least this many tables found, every one empty
# tables no department publishes empty: the totals of its income and spending (决算 01–06; 预算 the 收支, 收入, 支出,
# 财政拨款 totals, 一般公共预算 by function and 基本支出). The fund tables (政府性基金, 国有资本经营) and 三公 are
# rightly empty for many departments, each with its note: three of them empty are no template.
CORE = frozenset({"01", "02", "03", "04", "05", "06", "B01", "B02", "B03", "B04", "B05", "B08"})


def blank_template(disclosure) -> bool:
    """Every table found is empty, a table of totals among them: the document is a form not filled in, not a
    department without money. Not when cells hold what could not be read as numbers (formulas saved without their
    values, text): those are figures the tool could not see (CEL rules say so), not blanks."""
    tables = list(disclosure.tables.values())
    return (len(tables) >= MIN_TABLES and not disclosure.cell_issues and all(t.is_empty for t in tables)
            and any(t.kind in CORE for t in tables))


def _places(disclosure) -> list[tuple[Location, str]]:
    """Where a placeholder stands, each with the text around it, in document order: tables' titles and
    department lines first (where a clerk types the name), then the paragraphs."""
    found = []
    for table in disclosure.tables.values():
        for text, cell in ((table.title, table.title_cell), (table.department, table.department_cell)):
            if text and _PLACEHOLDER.search(text):
                found.append((construct(Location, file=disclosure.path, sheet=table.sheet, cell=cell,
                                        row_label=table.title), str(text).strip()))
    for p in disclosure.paragraphs:
        m = _PLACEHOLDER.search(p.text)
        if m:
            file = finding_file(disclosure, p.location)
            said = _sentence(p.text, m.start())
            found.append((p.location.model_copy(update={"file": file, "sentence": said}), said))
    return found


def _count(disclosure) -> int:
    """How many placeholders there are, all of each text (a paragraph may hold several: “车辆XX辆，其中…XX辆”)."""
    texts = [t.title for t in disclosure.tables.values()] + [t.department for t in disclosure.tables.values()]
    return sum(len(_PLACEHOLDER.findall(text)) for text in texts + [p.text for p in disclosure.paragraphs] if text)


def _sentence(text: str, at: int) -> str:
    """The clause (up to 。；！？ or a line's end) that holds the placeholder at `at`; a long one (a contents page
    read as one paragraph) cut to a few words either side."""
    clause = next(m for m in _CLAUSE.finditer(text) if m.start() <= at < m.end())
    said = " ".join(clause.group(0).split())
    if len(said) <= 2 * _WIDTH + 10:
        return said
    at = len(" ".join(text[clause.start():at].split()))  # where the placeholder is in the clause as quoted
    return ("…" if at > _WIDTH else "") + said[max(0, at - _WIDTH): at + _WIDTH].strip() + "…"


@rule(
    "CMP009",
    "模板中的占位符没有换成实际内容",
    severity="info",
    explanation="""
模板用“XX”“XXXX”（或“××”）代替部门名称、金额等待填的内容（“上海市XX局”“收入XXXX万元”）。公开前这些占位符都应
换成实际内容；留下一处，读者就看不出说的是什么。全文只报一次，列出前几处与总数。只作提示：套用模板的说明
文字（“XX（单位）主要职能”）常在表格填好后仍原样留着，是否公开由编制人员决定。
""",
    example="情况说明写“上海市XX局2024年度收入总计…”：提示。",
)
def placeholders(disclosure, ctx):
    places = _places(disclosure)
    if not places:
        return
    shown = "；".join(f"“{said}”" for _, said in places[:_QUOTED])
    count = _count(disclosure)
    more = f"等，共 {count} 处（{len(places)} 段或表头）" if len(places) > _QUOTED else f"，共 {count} 处"
    yield construct(Finding, code="CMP009", severity=Severity.info, file=disclosure.path, table="全文",
                             locations=[loc for loc, _ in places[:_SHOWN]],
                             expected="实际的名称、金额等", actual=f"{count} 处占位符",
                             message=f"模板中的占位符“{_PLACEHOLDER.search(places[0][1]).group(0)}”等没有换成实际内容："
                                     f"{shown}{more}。"
                                     f"应填入实际的部门名称、金额等后再公开。")


@rule(
    "CMP010",
    "各表都没有数据（未填写的模板）",
    explanation="""
找到的表（至少三张）全都没有任何数据：这是没有填写的模板，不是一个没有收支的部门（部门至少有基本支出）。
只报这一条，不再逐表报“空表没有说明原因”（CMP002）。
""",
    example="九张公开表都只有表头和行名，没有一个数：错误。",
)
def unfilled_template(disclosure, ctx):
    if not blank_template(disclosure):
        return
    tables = list(disclosure.tables.values())
    first = tables[0]
    names = "、".join(t.label for t in tables)
    yield construct(Finding, code="CMP010", severity=Severity.error, file=disclosure.path, table=first.label,
                             locations=[construct(Location, file=disclosure.path, sheet=first.sheet,
                                                  cell=first.title_cell, row_label=first.title)],
                             expected="各表填有数据", actual=f"{len(tables)} 张表都是空表",
                             message=f"找到的 {len(tables)} 张表（{names}）都没有任何数据，像是没有填写的模板："
                                     f"应填入数据后再公开。各表不再逐一报“空表没有说明原因”。")
