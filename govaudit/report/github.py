"""GitHub Actions workflow commands (`::error file=…,title=…::message`) and the job's step summary.

GitHub's escaping rules: in the message `%`, CR and LF are escaped; in a property value also `:` and `,`.
"""

from __future__ import annotations

from govaudit.model import Result
from govaudit.report.common import finding_reference, labels, rule_info
from govaudit.report.paths import relative_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
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
    `rules` (code, title, …) supplies annotation titles for findings that carry none."""
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
    lines.append(_summary_line(result))
    if step_summary:
        with open(step_summary, "a", encoding="utf-8") as fh:
            fh.write(step_summary_markdown(result, srcroot))
    return "\n".join(lines) + "\n"


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


def step_summary_markdown(result: Result, srcroot=None) -> str:
    out = ["## govaudit 检查结果", "", _summary_line(result).removeprefix("govaudit："), ""]
    bad = [s for s in result.files if s.status != "checked"]
    if bad:
        out += ["| 无法检查的文件 | 原因 |", "| --- | --- |"]
        out += [f"| {_cell(_path(s.path, srcroot))} | {_cell(s.error)} |" for s in bad]
        out.append("")
    if result.findings:
        out += ["| 级别 | 规则 | 文件 | 单元格 | 说明 | 实际 | 应为 | 差额 |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for f in result.findings:
            out.append("| " + " | ".join([
                LABELS[f.severity.value], f"`{f.code}`", _cell(_path(f.file, srcroot)),
                _cell(finding_reference(f)), _cell(f.message), _cell(f.actual), _cell(f.expected),
                _cell(f.difference),
            ]) + " |")
    else:
        out.append("未发现问题。")
    return "\n".join(out) + "\n\n"
