"""GitHub Actions workflow commands (`::error file=…,title=…::message`) and the job's step summary.

GitHub's escaping rules: in the message `%`, CR and LF are escaped; in a property value also `:` and `,`.
"""

from __future__ import annotations

import os

from govaudit.model import Result
from govaudit.report.common import finding_reference, labels, rule_info
from govaudit.report.paths import relative_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
ANNOTATIONS_PER_STEP = 10  # GitHub shows this many error, warning and notice annotations per step; the rest only in the log
SUMMARY_LIMIT = 1024 * 1024 - 1024  # GitHub refuses a step summary over 1 MiB; a little room for others' lines
TAIL_RESERVE = 600  # bytes kept for the "另有 N 个问题未列出" line
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
LABELS = {"error": "错误", "warning": "警告", "info": "提示"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props: str | None) -> str:
    shown = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{kind}{' ' + shown if shown else ''}::{escape_data(message)}"


def _path(path: str, srcroot) -> str:
    return relative_path(path, srcroot) or path


def render_github(result: Result, srcroot=None, step_summary: str | None = None, rules=None) -> str:
    """Annotations, one a line, then a plain summary line. With `step_summary` (the path in
    GITHUB_STEP_SUMMARY) a Markdown table of all findings is appended to that file as well;
    `rules` (code, title, …) supplies annotation titles for findings that carry none.

    GitHub shows only the first ANNOTATIONS_PER_STEP annotations of each kind in a step: when there are more, a
    notice comes first saying how many are not shown and where they are (the step summary, the log)."""
    infos = rule_info(rules)
    lines = []
    for s in result.files:
        if s.status != "checked":
            lines.append(command("error", f"无法检查：{s.error}", file=_path(s.path, srcroot), title="govaudit：无法检查"))
    for f in result.findings:
        ref = finding_reference(f)
        message = f"{ref}：{f.message}" if ref else f.message
        where = labels(f)
        if where:
            message += f"\n位置：{where}"
        name = f.title or infos.get(f.code, {}).get("title")
        title = f"{f.code} {name}" if name else f.code
        lines.append(command(COMMANDS[f.severity.value], message, file=_path(f.file, srcroot), title=title))
    hidden = hidden_annotations(result)
    if hidden:
        where = "作业摘要（Summary）和本步骤的日志" if step_summary else "本步骤的日志"
        lines.insert(0, command("notice", f"GitHub 每个步骤只显示前 {ANNOTATIONS_PER_STEP} 个同类注释：{_counts(hidden)}"
                                          f"没有显示为注释，全部问题见{where}。", title="govaudit：注释未全部显示"))
    lines.append(_summary_line(result))
    if step_summary:
        try:
            existing = os.path.getsize(step_summary)
        except OSError:
            existing = 0
        with open(step_summary, "a", encoding="utf-8") as fh:
            fh.write(step_summary_markdown(result, srcroot, limit=SUMMARY_LIMIT - existing))
    return "\n".join(lines) + "\n"


def hidden_annotations(result: Result) -> dict[str, int]:
    """kind → how many annotations of that kind GitHub will not show (unreadable files are errors too)."""
    counts = {"error": sum(1 for s in result.files if s.status != "checked"), "warning": 0, "info": 0}
    for f in result.findings:
        counts[f.severity.value] += 1
    return {k: n - ANNOTATIONS_PER_STEP for k, n in counts.items() if n > ANNOTATIONS_PER_STEP}


def _counts(hidden: dict[str, int]) -> str:
    return "、".join(f"另有 {n} 个{LABELS[k]}" for k, n in hidden.items())


def _summary_line(result: Result) -> str:
    s = result.summary()
    checked = sum(1 for x in result.files if x.status == "checked")
    unreadable = len(result.files) - checked
    tail = f"，{unreadable} 个文件无法读取" if unreadable else ""
    return f"govaudit：共检查 {checked} 个文件{tail}：错误 {s['error']} 个，警告 {s['warning']} 个，提示 {s['info']} 个。"


def _cell(text: str | None) -> str:
    """A Markdown table cell: pipes escaped, line breaks as <br>, HTML-significant < > & neutralised."""
    if text is None:
        return ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")


def step_summary_markdown(result: Result, srcroot=None, limit: int | None = None) -> str:
    """The summary in Markdown, at most `limit` bytes (UTF-8): rows that do not fit are counted, not listed.
    Errors come first, then warnings, then hints, so that what is cut is the least important."""
    out = ["## govaudit 检查结果", "", _summary_line(result).removeprefix("govaudit："), ""]
    hidden = hidden_annotations(result)
    if hidden:
        out += [f"GitHub 每个步骤只显示前 {ANNOTATIONS_PER_STEP} 个错误、{ANNOTATIONS_PER_STEP} 个警告和 "
                f"{ANNOTATIONS_PER_STEP} 个提示注释：{_counts(hidden)}没有显示为注释，下表列出全部问题。", ""]
    bad = [s for s in result.files if s.status != "checked"]
    if bad:
        out += ["| 无法检查的文件 | 原因 |", "| --- | --- |"]
        out += [f"| {_cell(_path(s.path, srcroot))} | {_cell(s.error)} |" for s in bad]
        out.append("")
    if not result.findings:
        out.append("未发现问题。")
        return "\n".join(out) + "\n\n"
    out += ["| 级别 | 规则 | 文件 | 单元格 | 说明 | 实际 | 应为 | 差额 |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    head = "\n".join(out) + "\n"
    budget = None if limit is None else limit - len(head.encode("utf-8")) - TAIL_RESERVE
    rows: list[str] = []
    used = 0
    ordered = sorted(result.findings, key=lambda f: SEVERITY_RANK[f.severity.value])  # stable: file order kept
    for i, f in enumerate(ordered):
        row = "| " + " | ".join([
            LABELS[f.severity.value], f"`{f.code}`", _cell(_path(f.file, srcroot)),
            _cell(finding_reference(f)), _cell(f.message), _cell(f.actual), _cell(f.expected),
            _cell(f.difference),
        ]) + " |\n"
        size = len(row.encode("utf-8"))
        if budget is not None and used + size > budget:
            left = ordered[i:]
            n = {k: sum(1 for x in left if x.severity.value == k) for k in LABELS}
            parts = "、".join(f"{LABELS[k]} {v} 个" for k, v in n.items() if v)
            rows.append(f"\n另有 {len(left)} 个问题（{parts}）未列出：作业摘要不能超过 1 MiB。"
                        "全部问题见本步骤的日志，或用 `--format sarif -o 文件` / `--format json -o 文件` 保存完整报告。\n")
            break
        rows.append(row)
        used += size
    return head + "".join(rows) + "\n"
