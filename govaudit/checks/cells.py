"""CEL: cells that should hold numbers but do not."""

from __future__ import annotations

from govaudit.checks.common import with_file
from govaudit.engine.registry import rule
from govaudit.model import Finding, Severity
from govaudit.model.trusted import construct


def _where(issue) -> str:
    loc = issue.location
    parts = [issue.context] if issue.context else []
    if loc.row_label:
        parts.append(f"「{loc.row_label}」")
    if loc.col_label:
        parts.append(f"{loc.col_label}列")
    return "".join(parts) or f"{loc.sheet}!{loc.cell}"


@rule(
    "CEL001",
    "金额单元格中不是数字",
    explanation="""
金额（或得分）单元格应是数字或留空；写成文字（如“优”“见附表”“3,2”）时无法参与合计核对，公开后也
让读者无法理解。空白、“—”“-”“/”视为未填报，不报此项。
""",
    example="公开03表 201 行基本支出列填“见说明”：错误。",
)
def not_a_number(disclosure, ctx):
    for issue in disclosure.cell_issues:
        if issue.kind == "not_a_number":
            yield construct(Finding, code="CEL001", severity=Severity.error, file=disclosure.path,
                                     locations=with_file(disclosure, [issue.location]), actual=issue.text,
                                     table=issue.context,
                                     message=f"{_where(issue)}：应为数字，实际为文字“{issue.text}”。")


@rule(
    "CEL002",
    "公式没有计算结果（文件保存时未计算公式）",
    severity="warning",
    explanation="""
工作簿由不计算公式的程序（脚本、部分导出工具）保存时，公式单元格没有保存结果，读出来是空的。govaudit
不会把它们当作空白，也不猜它们的值，而是提示：请在 Excel/WPS 中打开、保存一次（保存时会算出并存下公式的结果）
后再检查。同一张表（或自评表）中的这类单元格合为一条，写明个数并列出前几个单元格。
""",
    example="C8 中是 =SUM(C9:C12) 但没有缓存值：警告；公开03表有 33 个这样的单元格：一条警告，写明 33 个。",
)
def formula_without_value(disclosure, ctx):
    groups: dict[tuple, list] = {}  # (sheet, table) → its issues, in reading order
    for issue in disclosure.cell_issues:
        if issue.kind == "formula_without_value":
            groups.setdefault((issue.location.sheet, issue.context), []).append(issue)
    for (sheet, context), issues in groups.items():
        first = issues[0]
        if len(issues) == 1:
            message = (f"{_where(first)}：单元格是公式但没有计算结果，无法核对；"
                       f"请在 Excel/WPS 中打开并保存后再检查。")
        else:
            cells = [i.location.cell for i in issues]
            shown = "、".join(cells[:FORMULA_CELLS_NAMED]) + ("等" if len(cells) > FORMULA_CELLS_NAMED else "")
            where = context or f"工作表“{sheet}”"
            message = (f"{where}有 {len(issues)} 个单元格是公式但没有保存计算结果（{shown}），这些单元格无法核对。"
                       f"文件多半是由脚本或导出工具生成、没有在 Excel 中计算过：请在 Excel 或 WPS 中打开本文件，"
                       f"保存一次（保存时会算出并存下公式的结果），再重新检查。")
        yield construct(Finding, code="CEL002", severity=Severity.warning, file=disclosure.path,
                        locations=with_file(disclosure, [i.location for i in issues[:FORMULA_PLACES]]),
                        table=context, message=message)


# a grouped CEL002 names this many cells in its message and keeps this many as its places (the count says the rest)
FORMULA_CELLS_NAMED = 5
FORMULA_PLACES = 10


@rule(
    "CEL003",
    "金额大得不合常理（无法参与核对）",
    explanation="""
公开表中的金额不会达到千万亿（10^15，任何单位），也不会显示几十位小数；1E+308、30 位的整数之类的数字
通常是误填、粘贴错误或公式出错的结果。这样的单元格不参与合计与勾稽核对（其余单元格照常核对），并报告此项。
""",
    example="公开03表某行基本支出列为 1E+308：错误。",
)
def implausible_amount(disclosure, ctx):
    for issue in disclosure.cell_issues:
        if issue.kind == "implausible":
            yield construct(Finding, code="CEL003", severity=Severity.error, file=disclosure.path,
                                     locations=with_file(disclosure, [issue.location]), actual=issue.text,
                                     table=issue.context,
                                     message=f"{_where(issue)}：数字 {issue.text} 大得不合常理（公开金额应小于 10^15、"
                                             f"小数不超过 60 位），未参与核对，请检查是否误填。")


@rule(
    "CEL004",
    "隐藏的行、列或工作表中有数字（未参与核对）",
    severity="info",
    explanation="""
公开的是显示出来的内容：隐藏的行、列和工作表不会被读者看到，也不会被打印，govaudit 不把其中的单元格计入
合计与勾稽核对。隐藏的行列中常有上年数、草稿数等过时数字；这里提示它们的存在（每个工作表一条），请确认发布的版本
不依赖这些隐藏内容。
""",
    example="03支出 第 39 行被隐藏，其中有 3 个数字：提示。",
)
def hidden_figures(disclosure, ctx):
    for issue in disclosure.cell_issues:
        if issue.kind == "hidden_figures":
            yield construct(Finding, code="CEL004", severity=Severity.info, file=disclosure.path,
                                     locations=with_file(disclosure, [issue.location]), actual=issue.text,
                                     table=issue.context,
                                     message=f"{issue.context}中有 {issue.text} 个数字单元格（如 "
                                             f"{issue.location.cell}），未参与核对；公开的是显示出来的内容。")
