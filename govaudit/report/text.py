"""The terminal report for people: per file, each finding with its cell, labels, found/expected values."""

from __future__ import annotations

import io

from govaudit.model import Result, Severity
from govaudit.report.common import figures, primary, reference, related_reference

STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan"}


def render_text(result: Result, color: bool = False, width: int | None = None, show_info: bool = False) -> str:
    """Errors and warnings in full; info findings (rounding explained) only counted unless show_info."""
    from rich.console import Console
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width or 120,
                      highlight=False, soft_wrap=True)
    by_file: dict[str, list] = {}
    for f in result.findings:
        by_file.setdefault(f.file, []).append(f)
    for status in result.files:
        if status.status != "checked":
            console.print(Text(f"{status.path}: 无法检查：{status.error}", style="bold red"))
            continue
        found = by_file.get(status.path, [])
        what = "、".join(status.tables) if status.tables else "无"
        extra = f"，绩效自评表 {status.forms} 张" if status.forms else ""
        console.print(Text(f"{status.path}", style="bold"), Text(f"（识别到：{what}{extra}）", style="dim"))
        hidden = [] if show_info else [f for f in found if f.severity is Severity.info]
        shown = [f for f in found if f not in hidden] if hidden else found
        if not shown:
            console.print("  未发现问题")
        for f in shown:
            loc = primary(f)
            cell = reference(loc) or "—"
            line = Text("  ")
            line.append(f"{cell}", style="bold")
            line.append(" ")
            line.append(f"{f.code}", style=STYLE[f.severity])
            line.append(f" [{f.severity.label}] ", style=STYLE[f.severity])
            line.append(f.message)
            console.print(line)
            details = figures(f)
            if len(f.locations) > 1:
                refs = ", ".join(r for r in (related_reference(l, loc) for l in f.locations[1:6]) if r)
                more = "…" if len(f.locations) > 6 else ""
                details.append(f"相关单元格 {refs}{more}")
            if details:
                console.print(Text("      " + "；".join(details), style="dim"))
        if hidden:
            console.print(Text(f"  另有 {len(hidden)} 条提示（如合计与分项的差额在四舍五入误差范围内，不是错误；"
                               f"加 -v 显示）", style="dim"))
    s = result.summary()
    checked = sum(1 for x in result.files if x.status == "checked")
    unreadable = len(result.files) - checked
    tail = f"，{unreadable} 个文件无法读取" if unreadable else ""
    console.print(Text(f"共检查 {checked} 个文件{tail}：错误 {s['error']} 个，警告 {s['warning']} 个，提示 {s['info']} 个。",
                       style="bold"))
    return buf.getvalue()
