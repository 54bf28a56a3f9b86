"""Small helpers the Python rules share: making a finding from judged cells."""

from __future__ import annotations

from govaudit.engine.arith import Verdict, fmt
from govaudit.engine.finding import Finding, Severity
from govaudit.model import Disclosure, Location


def with_file(disclosure: Disclosure, locations: list[Location]) -> list[Location]:
    return [loc.model_copy(update={"file": disclosure.path}) for loc in locations]


def sum_finding(disclosure: Disclosure, code: str, severity: Severity, where: str, title: str, v: Verdict,
                locations: list[Location], table: str) -> Finding:
    """A sum identity that failed (error) or that rounding explains (RND001 info)."""
    d = v.decimals
    actual, expected, diff = fmt(v.left.value, d), fmt(v.right.value, d), fmt(v.difference, d)
    tol = fmt(v.tolerance, d + 1)
    if v.status == "rounding":
        return Finding(code="RND001", severity=Severity.info, file=disclosure.path, table=table,
                       locations=with_file(disclosure, locations), expected=expected, actual=actual, difference=diff,
                       message=f"{where}：{title}。实际 {actual}，按分项计算为 {expected}，相差 {diff}，"
                               f"在四舍五入误差范围内（±{tol}），不是错误。")
    return Finding(code=code, severity=severity, file=disclosure.path, table=table, title=title,
                   locations=with_file(disclosure, locations), expected=expected, actual=actual, difference=diff,
                   message=f"{where}：{title}。应为 {expected}（分项之和，区间 {v.right.interval_text(d)}），"
                           f"实际为 {actual}（区间 {v.left.interval_text(d)}），相差 {diff}，"
                           f"超出四舍五入可解释的范围（±{tol}）。")
