"""Output formats. A reporter knows only the Result (files and findings), never workbooks or rules' logic."""

from govaudit.report.result import FileStatus, Result

FORMATS = ("text", "json")

__all__ = ["FileStatus", "Result", "FORMATS", "render"]


def render(result: Result, fmt: str, **options) -> str:
    if fmt == "json":
        from govaudit.report.json_report import render_json

        return render_json(result)
    if fmt == "text":
        from govaudit.report.text import render_text

        return render_text(result, **options)
    raise ValueError(f"未知的输出格式：{fmt}")
