"""The terminal report for people: per file, each finding with its cell, labels, found/expected values."""

from __future__ import annotations

import io

from govaudit.model import Result, Severity
from govaudit.report.common import figures, hints_note, primary, reference, source_refs
from govaudit.report.wrap import wrap

STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan"}


def related(f, limit: int = 5) -> str | None:
    """'相关单元格 D21, E21': the cells a finding was computed from, with their sheet when it is not the judged one's."""
    refs = source_refs(f)
    if not refs:
        return None
    more = "…" if len(refs) > limit else ""
    return f"相关单元格 {', '.join(refs[:limit])}{more}"


def render_text(result: Result, color: bool = False, width: int | None = None, show_info: bool = False) -> str:
    """Errors and warnings in full; info findings (rounding explained) only counted unless show_info.

    width: the terminal's width; lines wrap there with a hanging indent, never inside a number or a cell
    reference. None (a file or a pipe): one line per finding and per detail, unwrapped."""
    from rich.console import Console
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width or 100_000,
                      highlight=False, soft_wrap=True)

    def emit(*parts, hang: int = 4) -> None:
        line = Text(" ").join(Text(p) if isinstance(p, str) else p for p in parts)
        for piece in (wrap(line, width, hang) if width else [line]):
            console.print(piece, soft_wrap=True)

    by_file: dict[str, list] = {}
    for f in result.findings:
        by_file.setdefault(f.file, []).append(f)
    for status in result.files:
        if status.status != "checked":
            emit(Text(f"{status.path}: 无法检查：{status.error}", style="bold red"))
            continue
        found = by_file.get(status.path, [])
        what = "、".join(status.tables) if status.tables else "无"
        extra = f"，绩效自评表 {status.forms} 张" if status.forms else ""
        emit(Text(f"{status.path}", style="bold"), Text(f"（识别到：{what}{extra}）", style="dim"), hang=2)
        hidden = [] if show_info else [f for f in found if f.severity is Severity.info]
        shown = [f for f in found if f not in hidden] if hidden else found
        if not shown:
            # (a 说明 published apart from its tables: its figures were checked only against one another)
            console.print("  未发现问题" if status.tables or status.forms or status.joined else
                          "  未发现问题（没有识别到公开表或绩效自评表：文中的数字只核对了文字本身的算术，未与表格核对）")
        for f in shown:
            loc = primary(f)
            cell = reference(loc) or "—"
            line = Text("  ")
            line.append(f"{cell}", style="bold")
            line.append(" ")
            line.append(f"{f.code}", style=STYLE[f.severity])
            line.append(f" [{f.severity.label}] ", style=STYLE[f.severity])
            line.append(f.message)
            emit(line, hang=4)
            details = figures(f)
            also = related(f)
            if also:
                details.append(also)
            if details:
                emit(Text("      " + "；".join(details), style="dim"), hang=8)
        if hidden:
            emit(Text(f"  另有 {len(hidden)} 条提示（{hints_note(hidden)}；加 -v 显示）", style="dim"), hang=4)
    s = result.summary()
    checked = sum(1 for x in result.files if x.status == "checked")
    unreadable = len(result.files) - checked
    tail = f"，{unreadable} 个文件无法读取" if unreadable else ""
    emit(Text(f"共检查 {checked} 个文件{tail}：错误 {s['error']} 个，警告 {s['warning']} 个，提示 {s['info']} 个。",
              style="bold"), hang=2)
    return buf.getvalue()
