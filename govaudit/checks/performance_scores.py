"""PRF101–PRF108: weights, scores, 总分 and 评价等级 of a 绩效自评表."""

from __future__ import annotations

from decimal import Decimal

from govaudit.checks.performance_budget import rule_title
from govaudit.checks.performance_common import (
    HUNDRED,
    breakdown_verdicts,
    computed_rate,
    core,
    finding,
    level1_kind,
    level2_parents,
    points,
    q,
    rate_section,
    rate_verdict,
    section_weight,
    shown_rate,
)
from govaudit.engine.performance_settings import perf_settings
from govaudit.engine.registry import rule
from govaudit.model import Severity
from govaudit.model.trusted import construct
from govaudit.text import norm

ZERO = Decimal(0)


def _sum(figs) -> Decimal:
    return sum((f.value for f in figs), ZERO)


def _rate_cap_applies(form) -> bool:
    return form.rate_section is not None and (shown_rate(form) or computed_rate(form)) is not None


@rule(
    "PRF101",
    "绩效自评表：一级指标的得分之和不应超过其权重",
    explanation="""
每个一级指标（产出指标、效益指标、满意度指标、预算执行率）有权重：写在标签里（产出指标（50）），或是其下
各项分值/权重之和，表中都没有时按设置（rules/performance.toml 的 level1_weights，或配置文件的
performance.level1-weights）。其下各项自评得分之和不应超过该权重。权重来自分值列时由 PRF103 逐项核对；
预算执行率由 PRF107 按执行率核对，这里不重复报告。
""",
    example="产出指标（50）下各项得分 15 + 15 + 10 + 10 + 15 + 15 = 80：超过权重 50，错误。",
)
def section_within_weight(disclosure, ctx):
    settings = perf_settings(ctx)
    for form in disclosure.forms:
        for section in form.sections:
            if section.origin != "indicators" or section.weight_from == "column":
                continue
            if section is form.rate_section and _rate_cap_applies(form):
                continue
            weight, source = section_weight(section, settings)
            scores = section.scores()
            if weight is None or not scores:
                continue
            total = _sum(scores)
            if total <= weight:
                continue
            parts = " + ".join(points(s.value) for s in scores) + " = " if len(scores) > 1 else ""
            whence = "" if source in ("label", "budget") else "（表中未标明权重，按设置）"
            yield finding(disclosure, form, "PRF101", Severity.error,
                          f"「{section.label}」下各项自评得分之和 {parts}{points(total)}，超过其权重 "
                          f"{points(weight)}{whence}，多 {points(total - weight)} 分。",
                          [section.cell] + [s.source for s in scores], title=rule_title("PRF101"),
                          expected=f"≤ {points(weight)}", actual=points(total), difference=points(total - weight))


@rule(
    "PRF102",
    "绩效自评表：各一级指标的权重之和应为 100",
    explanation="""
各一级指标（含预算执行率）的权重合起来应为 100 分：河北式写在一级指标的标签里（产出指标（50）、效益指标
（30）、满意度指标（10）、预算执行率（10）），中央式、四川式是各项分值/权重与预算执行的分值/权重之和。
少于 100 常是漏了一个一级指标（如没有效益指标），多于 100 是权重写错。只在每个一级指标都标明了权重时核对。
""",
    example="产出指标（50）、满意度指标（10）、预算执行率（10）：权重之和 70，缺少效益指标，错误。",
)
def weights_sum_to_100(disclosure, ctx):
    settings = perf_settings(ctx)
    for form in disclosure.forms:
        sections = [s for s in form.sections if s.name or s.indicators]
        if len(sections) < 2 or any(s.weight is None for s in sections):
            continue
        total = _sum(s.weight for s in sections)
        if total == HUNDRED:
            continue
        parts = " + ".join(f"{s.name or s.label} {points(s.weight.value)}" for s in sections)
        kinds = {level1_kind(s.name, settings) for s in sections}
        missing = [k for k in settings.level1_weights if k not in kinds]
        hint = f"（没有：{'、'.join(missing)}）" if missing and total < HUNDRED else ""
        first = form.total_weight or next((s.weight for s in sections if s.origin == "indicators"), sections[0].weight)
        yield finding(disclosure, form, "PRF102", Severity.error,
                      f"各一级指标的权重 {parts} = {points(total)}，应为 100{hint}。",
                      [first.source] + [s.weight.source for s in sections if s.weight is not first],
                      title=rule_title("PRF102"),
                      expected="100", actual=points(total), difference=points(total - HUNDRED))


@rule(
    "PRF103",
    "绩效自评表：每项自评得分不应超过其分值（权重）",
    explanation="""
中央式、四川式表逐项列出分值（权重）和得分，每项得分应在 0 到其分值之间。超过分值说明得分或分值填错。
""",
    example="数量指标“培训人次”分值 15，得分 18：错误。",
)
def score_within_weight(disclosure, ctx):
    for form in disclosure.forms:
        for ind in form.indicators():
            if ind.score is None or ind.weight is None:
                continue
            if ZERO <= ind.score.value <= ind.weight.value:
                continue
            what = "超过其分值" if ind.score.value > ind.weight.value else "为负数"
            yield finding(disclosure, form, "PRF103", Severity.error,
                          f"指标「{ind.name}」自评得分 {points(ind.score.value)} {what} {points(ind.weight.value)}。",
                          [ind.score.source, ind.weight.source], title=rule_title("PRF103"),
                          expected=f"0～{points(ind.weight.value)}", actual=points(ind.score.value))


@rule(
    "PRF104",
    "绩效自评表：总分应等于各项自评得分之和",
    explanation="""
总分应等于各项指标的自评得分之和（中央式、四川式还包括预算执行一栏的得分）。得分是打出来的分数而不是
四舍五入的测量值，所以要求严格相等；只有各项得分带小数、总分是其四舍五入时才只作提示。得分单元格不是
数字（如“优”）时由 PRF201 报告，这里不计入。
""",
    example="各项得分之和 100 + 100 + 80 + 55 = 335，总分填 90：错误。",
)
def total_is_sum(disclosure, ctx):
    for form in disclosure.forms:
        total = form.total_score
        scores = [i.score for i in form.indicators() if i.score is not None]
        if total is None or not scores:
            continue
        s = _sum(scores)
        if s == total.value:
            continue
        texts = [i for i in form.indicators() if i.score_text is not None]
        note = f"（另有 {len(texts)} 个得分单元格不是数字，未计入）" if texts else ""
        locs = [total.source] + [f.source for f in scores]
        if q(s, total.decimals) == total.value and max(f.decimals for f in scores) > total.decimals:
            yield finding(disclosure, form, "RND001", Severity.info,
                          f"总分 {points(total.value)}，各项自评得分之和 {points(s)}，是其四舍五入，不是错误。",
                          locs, expected=points(s), actual=points(total.value))
            continue
        yield finding(disclosure, form, "PRF104", Severity.error,
                      f"总分填 {points(total.value)}，各项自评得分之和为 {points(s)}{note}，相差 "
                      f"{points(abs(total.value - s))} 分。", locs, title=rule_title("PRF104"),
                      expected=points(s), actual=points(total.value), difference=points(total.value - s))


@rule(
    "PRF105",
    "绩效自评表：总分应在 0～100 之间",
    explanation="总分是百分制，应在 0 到 100 之间。超出说明总分填错（如 91 写成 915），或某项得分、权重有误。",
    example="总分 915：错误。",
)
def total_in_range(disclosure, ctx):
    for form in disclosure.forms:
        total = form.total_score
        if total is None or ZERO <= total.value <= HUNDRED:
            continue
        yield finding(disclosure, form, "PRF105", Severity.error,
                      f"总分 {points(total.value)} 不在 0～100 之间。", [total.source], title=rule_title("PRF105"),
                      expected="0～100", actual=points(total.value))


def _grade_key(text: str, settings, bands=None) -> str | None:
    """The grade of `bands` (default: settings.grade_bands) a text names, or None."""
    t = norm(text).strip("。.")
    names = [g for g, _ in (bands or settings.grade_bands)]
    if t in names:
        return t
    for g in names:
        if t in settings.grade_aliases.get(g, []):
            return g
    for g in sorted(names, key=len, reverse=True):
        if t.startswith(g) and not any(t.startswith(o) for o in names if len(o) > len(g)):
            return g
    if t.endswith(")") and "(" in t:  # 'A级（优）': a letter grade printed with its word in brackets
        return _grade_key(t[t.rindex("(") + 1:-1], settings, bands)
    return None


def expected_grade(total: Decimal, settings, bands=None) -> str | None:
    for grade, low in bands or settings.grade_bands:
        if total >= Decimal(str(low)):
            return grade
    return None


@rule(
    "PRF106",
    "绩效自评表：评价等级应与总分相符",
    explanation="""
评价等级按总分确定，默认采用财政部的分档：优 ≥ 90，良 80～<90，中 60～<80，差 < 60。分档是设置：
rules/performance.toml 的 grade_bands，或配置文件的 grading（如上海：优/良/合格/不合格）。未配置 grading 时，
不在默认分档中、而只在另一种常见分档中的等级（“合格”“不合格”：上海的 优 ≥ 90、良 80～<90、合格 60～<80、
不合格 < 60，rules/performance.toml 的 other_grade_bands）按那种分档核对。等级与总分不符是错误；写了设置中没有的
等级（“A”“甲”：另一种分档的字母或天干）是警告（按它自己的分档可能是对的）。
""",
    example="总分 90，评价等级填“良”：应为“优”，错误。",
)
def grade_fits(disclosure, ctx):
    settings = perf_settings(ctx)
    for form in disclosure.forms:
        total, grade = form.total_score, form.grade
        if total is None or grade is None:
            continue
        scale = settings.grade_bands
        got = _grade_key(grade.text, settings)
        if got is None:  # a word of another known scale only (合格 of 上海's): judged by that scale
            others = [b for b in settings.other_grade_bands if _grade_key(grade.text, settings, b) is not None]
            if len(others) == 1:
                scale = others[0]
                got = _grade_key(grade.text, settings, scale)
        want = expected_grade(total.value, settings, scale)
        if got is not None and got == want:
            continue
        bands = "、".join(f"{g} ≥ {low:g}" if low else f"{g} < {prev:g}"
                          for (g, low), (_pg, prev) in zip(scale, [("", 0)] + scale))
        if got is None:
            msg = (f"评价等级“{grade.text}”不是设置中的等级（{'、'.join(g for g, _ in settings.grade_bands)}）；"
                   f"总分 {points(total.value)} 对应“{want}”。")
        else:
            msg = f"总分 {points(total.value)}，评价等级应为“{want}”（{bands}），实际填“{grade.text}”。"
        # a grade of no scale the settings know ('A', '甲': a province's letters) may be right by its own scale: a
        # warning to look at, not an error
        yield finding(disclosure, form, "PRF106", Severity.error if got is not None else Severity.warning, msg,
                      [grade.source, total.source], title=rule_title("PRF106"), expected=want, actual=grade.text)


@rule(
    "PRF107",
    "绩效自评表：预算执行率得分不应超过 min(执行率, 100%) × 其权重",
    explanation="""
预算执行率一项（河北式为一级指标“预算执行率（10）”，中央式、四川式为预算执行一栏的分值/权重与得分；预算执行一栏
没有分值、得分时，指标表中另一一级指标之下名为“预算执行率”的一行，按其分值）的
得分不应超过 min(执行率 ÷ 满分执行率, 1) × 权重，满分执行率默认 100%（rules/performance.toml 的
execution_full_marks_rate，或配置文件的 performance.execution-full-marks-rate）。执行率取表中列示的
执行率与执行数 ÷ 预算数中较低的一个：两者都是表自己的说法，得分不能超过其中任何一个所允许的。得分只按
其显示的位数取整就不超过上限时只作提示（如 98.8% 执行得 10 分：9.88 取整为 10）；但表中其他得分带小数（如 13.5）、
按同样的位数仍超过上限时报“警告”（95.40% 执行得 10 分：按一位小数最多 9.5，只有取整到整数才是 10）。各省在上限以下的
计分方法不同，上限总是成立。表中执行率与执行数 ÷ 预算数不一致（PRF004）、而总额与其中各项相符、得分又不超过
按两者中较高的一个所允许的上限时，表本身说不清错的是执行率还是金额，只作“警告”，请先核对执行率。
""",
    example="执行率 35.6%，预算执行率（10）得满分 10：上限为 3.56，错误。",
)
def rate_score_capped(disclosure, ctx):
    settings = perf_settings(ctx)
    full = settings.full_marks_rate
    for form in disclosure.forms:
        section = rate_section(form)
        if section is None:
            continue
        shown, computed = shown_rate(form), computed_rate(form)
        rates = [r for r in (shown, computed) if r is not None]
        if not rates:
            continue
        rate = min(rates, key=lambda r: r.value)
        weight, source = section_weight(section, settings)
        scores = section.scores()
        if weight is None or not scores:
            continue
        score = _sum(scores)
        cap = min(max(rate.value, ZERO) / full, Decimal(1)) * weight
        if score <= cap:
            continue
        cap_hi = min(max(rate.hi, ZERO) / full, Decimal(1)) * weight
        half = max(s.half_unit for s in scores)
        rate_text = f"表中执行率 {rate.text}" if rate.how == "shown" else f"执行数 ÷ 预算数 = {q(rate.value, 2)}%"
        locs = [scores[0].source, rate.location, section.weight.source if section.weight else section.cell]
        cap_text = points(q(cap, 2))
        if score - half <= cap_hi:
            finer = _finer_places(form, section, scores)
            if finer is not None and score - Decimal(5).scaleb(-(finer + 1)) > cap_hi:
                # '10' at 95.40 % (cap 9.54) where the form's other scores carry one decimal (13.5, 9.6): only
                # rounding to whole points makes it fit, a precision the form itself does not score with
                most = points(q(cap, finer))
                yield finding(disclosure, form, "PRF107", Severity.warning,
                              f"预算执行率得分 {points(score)}，按{rate_text}上限为 {cap_text}；表中其他得分保留 "
                              f"{finer} 位小数，按同样的位数最多得 {most} 分，只有取整到整数才可以是 "
                              f"{points(score)}，请核对得分。", locs, title=rule_title("PRF107"),
                              expected=f"≤ {most}", actual=points(score))
                continue
            yield finding(disclosure, form, "RND001", Severity.info,
                          f"预算执行率得分 {points(score)}，按{rate_text}上限为 {cap_text}，"
                          f"得分取整后可以是 {points(score)}，不是错误。", locs,
                          expected=f"≤ {cap_text}", actual=points(score))
            continue
        whence = "（表中未标明权重，按设置）" if source == "settings" else ""
        other = max(rates, key=lambda r: r.value)
        if other is not rate and rate_verdict(form.shown_rate, computed.value, computed.lo, computed.hi) == "error" \
                and _totals_add_up(form) and score - half <= min(max(other.hi, ZERO) / full, Decimal(1)) * weight:
            # the printed rate and 执行数 ÷ 预算数 disagree (PRF004), the amounts agree with their breakdown and the
            # score fits the higher rate: the form does not say which of rate and amounts is wrong, so the score is
            # not called wrong (a wrong rate would blame a right score). A 总额 that is not the sum of its 其中
            # (PRF001: 执行数 550 printed where 196.07 was spent) makes the rate the one to trust: an error then.
            other_text = f"表中执行率 {other.text}" if other.how == "shown" else f"执行数 ÷ 预算数 = {q(other.value, 2)}%"
            yield finding(disclosure, form, "PRF107", Severity.warning,
                          f"预算执行率得分 {points(score)}：按{rate_text}最多得 {cap_text} 分，按{other_text}则不超过"
                          f"上限。表中执行率与执行数 ÷ 预算数不一致（PRF004），请先核对二者，再核对得分。", locs,
                          title=rule_title("PRF107"), expected=f"≤ {cap_text}", actual=points(score))
            continue
        yield finding(disclosure, form, "PRF107", Severity.error,
                      f"预算执行率得分 {points(score)}，但{rate_text}，按 min(执行率, {points(full)}%) × 权重 "
                      f"{points(weight)}{whence} 最多得 {cap_text} 分。", locs, title=rule_title("PRF107"),
                      expected=f"≤ {cap_text}", actual=points(score), difference=points(q(score - cap, 2)))


def _finer_places(form, section, scores) -> int | None:
    """The most decimals the form's other scores (outside `section`, and its 总分) are written with, when more than
    the section's scores have; else None."""
    figs = [i.score for s in form.sections if s is not section for i in s.indicators if i.score is not None]
    figs += [form.total_score] if form.total_score else []
    if not figs:
        return None
    places = max(f.decimals for f in figs)
    return places if places > max(f.decimals for f in scores) else None


def _evaluation_framework(form, settings) -> bool:
    """The form is on the evaluation framework (a 一级 of settings.evaluation_level1: 决策 · 投入 · 过程), whose 效益
    holds 满意度 as a 二级."""
    names = {core(n) for n in settings.evaluation_level1}
    return any(core(s.name) in names for s in form.sections if s.origin == "indicators")


def _is_benefit(kind: str) -> bool:
    return core(kind) == "效益"


def _is_satisfaction(kind: str) -> bool:
    return core(kind) == "满意度"


@rule(
    "PRF108",
    "绩效自评表：二级指标应在其所属的一级指标之下",
    severity="warning",
    explanation="""
二级指标属于确定的一级指标：数量、质量、时效、成本指标属于产出指标；经济效益、社会效益、生态效益、
可持续影响指标属于效益指标；服务对象满意度指标属于满意度指标（对应关系是设置：rules/performance.toml 的
level2，或配置文件的 performance.level2）。放错位置（如社会效益指标列在产出指标下）会把得分算进错误的
一级指标。设置中没有的二级指标不核对。按绩效评价指标体系（一级指标为决策或投入、过程、产出、效益）填写的表，
满意度是效益之下的二级指标，不报此项。
""",
    example="产出指标（50）之下列出“社会效益指标”：警告。",
)
def level2_placed(disclosure, ctx):
    settings = perf_settings(ctx)
    for form in disclosure.forms:
        seen: set[str] = set()
        evaluation = _evaluation_framework(form, settings)
        for section in form.sections:
            if section.origin != "indicators":
                continue
            kind = level1_kind(section.name, settings)
            if kind is None:
                continue
            for ind in section.indicators:
                if not ind.level2 or not ind.level2_cell or ind.level2_cell in seen:
                    continue
                seen.add(ind.level2_cell)
                parents = level2_parents(ind.level2, settings)
                if parents is None or kind in parents:
                    continue
                if evaluation and _is_benefit(kind) and any(_is_satisfaction(p) for p in parents):
                    continue  # 效益 → 满意度 in the evaluation framework
                from govaudit.model import Location

                loc = construct(Location, file=disclosure.path, sheet=form.sheet, cell=ind.level2_cell,
                                row_label=ind.level2, col_label="二级指标")
                yield finding(disclosure, form, "PRF108", Severity.warning,
                              f"二级指标「{ind.level2}」属于{'、'.join(sorted(parents))}，却列在「{section.label}」之下。",
                              [loc, section.cell], title=rule_title("PRF108"),
                              expected="、".join(sorted(parents)), actual=section.label)


def _totals_add_up(form) -> bool:
    """The 预算数 and 执行数 totals each equal (within rounding) one of their printed breakdowns, or have none."""
    total = form.line("total")
    parts = [b for b in form.budget if b.key != "total"]
    if total is None or not parts:
        return True
    for key in ("budget", "executed"):
        head = total.cells.get(key)
        verdicts = breakdown_verdicts(parts, key, head, total) if head is not None else []
        if verdicts and all(status == "error" for _g, status in verdicts):
            return False
    return True
