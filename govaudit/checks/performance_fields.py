"""PRF201–PRF202: what a 绩效自评表 must hold (numbers in score cells, the required fields)."""

from __future__ import annotations

from govaudit.checks.performance_budget import rule_title
from govaudit.checks.performance_common import amount, finding
from govaudit.engine.performance_settings import FORM_FIELDS, perf_settings
from govaudit.engine.registry import rule
from govaudit.model import Location, Severity


@rule(
    "PRF201",
    "绩效自评表：得分和分值单元格应是数字",
    explanation="""
自评得分、分值（权重）和总分是分数，应填数字。填成等级（“优”“良”）或文字时，无法核对总分、权重和评价
等级，公开后读者也无法知道实际得了多少分。空白不报此项。
""",
    example="指标“审批批次”自评得分填“优”：错误。",
)
def scores_are_numbers(disclosure, ctx):
    for form in disclosure.forms:
        for ind in form.indicators():
            for text, what in ((ind.score_text, "自评得分"), (ind.weight_text, "分值")):
                if text is not None:
                    yield finding(disclosure, form, "PRF201", Severity.error,
                                  f"指标「{ind.name}」的{what}应为数字，实际填“{text.text}”。", [text.source],
                                  title=rule_title("PRF201"), actual=text.text)
        if form.total_score_text is not None:
            yield finding(disclosure, form, "PRF201", Severity.error,
                          f"总分应为数字，实际填“{form.total_score_text.text}”。", [form.total_score_text.source],
                          title=rule_title("PRF201"), actual=form.total_score_text.text)


@rule(
    "PRF202",
    "绩效自评表：必填项不应为空（项目名称、预算数、执行数、总分、评价等级）",
    explanation="""
每张绩效自评表必须填写项目名称、预算数、执行数和总分；河北式表还要填写评价等级，任何表印有“评价等级”
时都要填写（各版式的必填项是设置：rules/performance.toml 的 required，或配置文件的 performance.required）。
预算数、执行数在总额和其中各项都空白时才报告：总额空白而其中各项有数时由 PRF001 报告该单元格。
""",
    example="评价等级一栏空白：错误。",
)
def required_filled(disclosure, ctx):
    settings = perf_settings(ctx)
    for form in disclosure.forms:
        required = list(settings.required.get(form.layout, settings.required.get("unknown", [])))
        if "grade" in form.slots and "评价等级" not in required:
            required.append("评价等级")
        for name in required:
            where = _missing(form, name)
            if where is False:
                continue
            yield finding(disclosure, form, "PRF202", Severity.error, f"必填项“{name}”未填写。", [where],
                          title=rule_title("PRF202"), expected=name)


def _missing(form, name: str):
    """False when the field is filled; else where it should be (a Location, or None: the form's title)."""
    if name in ("预算数", "执行数"):
        key = "budget" if name == "预算数" else "executed"
        if amount(form, key) is not None:
            return False
        total = form.line("total")
        if total is not None and key in total.texts:
            return False  # text in the cell: CEL001 reports it
        return form.budget_location(total, key) if total is not None else None
    if name == "总分":
        if form.total_score is not None or form.total_score_text is not None:
            return False
        return form.slots.get("total_score")
    attr = FORM_FIELDS.get(name)
    if attr is None:
        return False
    if getattr(form, attr) is not None:
        return False
    slot = form.slots.get(attr)
    return slot if isinstance(slot, Location) else None
