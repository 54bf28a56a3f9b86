"""Output formats. A reporter knows only the Result (files and findings), never workbooks or rules' logic.

Each reporter lives in its own module and is imported only when asked for, so `govaudit --help` stays fast.
Whatever else a reporter needs (rule descriptions, the repository root) is passed in as keyword options.
"""

from govaudit.model import Result

FORMATS = ("text", "json", "sarif", "github", "junit", "jsonl", "html")

# format → (module, function)
_REPORTERS = {
    "text": ("govaudit.report.text", "render_text"),
    "json": ("govaudit.report.json_report", "render_json"),
    "sarif": ("govaudit.report.sarif", "render_sarif"),
    "github": ("govaudit.report.github", "render_github"),
    "junit": ("govaudit.report.junit", "render_junit"),
    "jsonl": ("govaudit.report.jsonl", "render_jsonl"),
    "html": ("govaudit.report.html", "render_html"),
}

__all__ = ["FORMATS", "render"]


def render(result: Result, fmt: str, **options) -> str:
    """The report as text. Options by format — text: color, width; sarif: rules, srcroot;
    github: srcroot, step_summary (a file the Markdown summary is appended to); junit: rules, ran, idle;
    html: rules."""
    if fmt not in _REPORTERS:
        raise ValueError(f"未知的输出格式：{fmt}")
    import importlib

    module, name = _REPORTERS[fmt]
    return getattr(importlib.import_module(module), name)(result, **options)
