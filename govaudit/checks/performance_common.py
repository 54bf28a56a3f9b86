"""What the PRF rules (绩效自评表) share: 一级/二级 of their settings, the form's execution rate, making findings."""

from __future__ import annotations

from govaudit.records import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from govaudit.checks.common import with_file
from govaudit.engine.arith import Span, judge_equal, judge_le
from govaudit.engine.performance_settings import PerfSettings
from govaudit.model import Disclosure, Figure, Finding, Location, PerformanceForm, Severity
from govaudit.model.form import BudgetLine, Section
from govaudit.model.trusted import construct
from govaudit.text import norm

HUNDRED = Decimal(100)
AMOUNTS = {"initial": "年初预算数", "budget": "预算数", "arrived": "到位数", "executed": "执行数"}


def core(name: str) -> str:
    """'社会效益指标' → '社会效益'; '产出指标' → '产出'; '指标' alone → '' (names no 一级 or 二级)."""
    t = norm(name)
    return t[:-2] if t.endswith("指标") else t


def level1_kind(section_name: str, settings: PerfSettings) -> str | None:
    """The 一级 of the settings a section is ('项目产出' → '产出指标'), or None."""
    name = core(section_name)
    if not name:
        return None
    keys = sorted(settings.level1_weights.keys() | settings.level2.keys(), key=lambda k: -len(core(k)))
    for key in keys:
        if core(key) == name:
            return key
    for key in keys:
        if core(key) in name:
            return key
    return None


def level2_parents(level2: str, settings: PerfSettings) -> set[str] | None:
    """The 一级 a 二级 may sit under, or None when the settings do not know the 二级."""
    name = core(level2)
    exact = {k for k, names in settings.level2.items() if any(core(n) == name for n in names)}
    if exact:
        return exact
    loose = {k for k, names in settings.level2.items() if any(name.endswith(core(n)) for n in names)}
    return loose or None


# ---------------------------------------------------------------- findings
def form_label(form: PerformanceForm) -> str:
    if form.project and form.project.text:
        return f"绩效自评表「{form.project.text}」"
    return f"绩效自评表（{form.sheet}!{form.title_cell}，未填项目名称）"


def finding(disclosure: Disclosure, form: PerformanceForm, code: str, severity: Severity, message: str,
            locations: list[Location | None], title: str | None = None, expected=None, actual=None,
            difference=None) -> Finding:
    locs = [loc for loc in locations if loc is not None]
    if not locs:
        locs = [construct(Location, file=disclosure.path, sheet=form.sheet, cell=form.title_cell)]
    return construct(Finding, code=code, severity=severity, file=disclosure.path, table=form.name, title=title,
                              locations=with_file(disclosure, locs), message=f"{form_label(form)}：{message}",
                              expected=None if expected is None else str(expected),
                              actual=None if actual is None else str(actual),
                              difference=None if difference is None else str(difference))


# ---------------------------------------------------------------- numbers
def q(value: Decimal, decimals: int, rounding=ROUND_HALF_UP) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=rounding)


def show(value: Decimal, decimals: int = 2) -> str:
    out = q(value, max(decimals, 0))
    return str(abs(out) if out == 0 else out)


def pct(value: Decimal, decimals: int = 2) -> str:
    return f"{show(value, decimals)}%"


def points(value: Decimal) -> str:
    v = value.normalize()
    return str(v.quantize(Decimal(1)) if v == v.to_integral_value() else v)


@dataclass
class Amount:
    """A budget column's 总额: as printed, or (when blank) the sum of its 其中 rows."""

    figures: list[Figure]
    location: Location | None
    from_parts: bool = False
    no_total: bool = False  # the form prints no 总额 line: the sum of its lines (each a source of money)

    @property
    def whence(self) -> str:
        """How a 总额 not printed was obtained, for a message ('' when printed)."""
        if self.no_total:
            return "（表中没有总额行，按各行合计）"
        return "（总额空白，按其中各项合计）" if self.from_parts else ""

    @property
    def span(self) -> Span:
        return Span.of(self.figures)

    @property
    def value(self) -> Decimal:
        return sum((f.amount for f in self.figures), Decimal(0))


def breakdowns(parts: list, total: BudgetLine | None = None) -> list[list]:
    """The 其中 lines as breakdowns of the 总额 (see `structure`)."""
    return structure(parts, total)[0]


def nested(parts: list, total: BudgetLine | None = None) -> list[tuple[BudgetLine, list]]:
    """(a 其中 line, its own sub-parts) for each line broken down again inside a breakdown (see `structure`)."""
    return structure(parts, total)[1]


def structure(parts: list, total: BudgetLine | None = None) -> tuple[list[list], list[tuple[BudgetLine, list]]]:
    """The 其中 lines as breakdowns of the 总额, and the lines broken down again inside them.

    A line starting 其中 (or 按…分) after another such line begins a new breakdown (其中：财政拨款 · 其他资金, then
    其中：基本支出 · 项目支出). A 其中 line right under a breakdown's first line, naming no known source of money, with
    more lines after it before the next 其中 line, breaks that line down, not the 总额 (其中：财政拨款 / 其中：一般公共
    预算 · 政府性基金预算 / 其他资金), or those lines are parts of the same breakdown written with 其中 again. The 总额
    (`total`) tells which of the lines are the line's sub-parts and which go on the breakdown (`_by_the_total`); when it
    does not, the sub-parts are the fewest lines (two or more) that add up to the line; when none do, that breakdown
    is left out (not judged). The lines broken down (two or more sub-parts) are returned with their sub-parts, to be
    checked against them. A lone 其中 line there is the next part (“其中：A”, “其中：B”)."""
    groups: list[list] = []
    subs_of: list[tuple[BudgetLine, list]] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        starts = _starts(p)
        run = _run(parts[i:])
        deep = _deeper(total, groups[-1][0], parts[i:]) if groups and starts and len(groups[-1]) == 1 \
            and (run == 1 or not p.key.startswith("label:")) else None
        if deep:  # 其中 under 其中 under the breakdown's first line (财政资金 / 其中：中央 / 其中：当年 · 上年结转)
            inner, inner_subs = structure(parts[i:i + deep], groups[-1][0])
            subs_of.extend((groups[-1][0], g) for g in inner if len(g) > 1)
            subs_of.extend(inner_subs)
            i += deep
            continue
        if groups and starts and len(groups[-1]) == 1 and p.key.startswith("label:") and run > 1:
            parent, lines = groups[-1][0], parts[i:i + run]
            j = _by_the_total(total, parent, lines) if total is not None else None
            if j is None:  # the 总额 does not tell: the fewest lines that add up to the line are its sub-parts
                j = len(_sub_parts(parent, lines)) or None
            if j is None:  # not known: that breakdown is left out
                groups[-1] = []
                i += run
                continue
            if j == 0:  # no sub-parts: 其中 written again on a part of the same breakdown
                groups[-1].extend(lines)
                i += run
                continue
            if j > 1:
                subs_of.append((parent, lines[:j]))
            i += j
            continue
        if groups and not (starts and any(_starts(q) for q in groups[-1])):
            groups[-1].append(p)
        elif groups and (k := _own_then_on(parts[i - 1], parts[i:i + run], groups[-1], total)):
            # "中央 · 地方 / 其中：省级 · 市县级 / 其他资金": the line above's own 其中, then the breakdown goes on
            subs_of.append((parts[i - 1], parts[i:i + k]))
            groups[-1].extend(parts[i + k:i + run])
            i += run
            continue
        elif groups and _within(parts[i - 1], parts[i:i + run], total):
            subs_of.append((parts[i - 1], parts[i:i + run]))  # the line above's own 其中, maybe not all of them
            i += run
            continue
        else:
            groups.append([p])
        i += 1
    groups = [g for g in groups if g]
    for k, g in enumerate(groups):
        tree = _tree(total, g) if total is not None and len(g) >= 3 and not _adds_up(total, g) else None
        if tree is not None:  # (one line's own lines written without 其中: 基本支出 · 人员经费 · 公用经费 · 项目支出)
            groups[k], (line, subs) = tree
            subs_of.append((line, subs))
    return groups, subs_of


def _tree(total: BudgetLine, group: list) -> tuple[list, tuple[BudgetLine, list]] | None:
    """A breakdown that does not add up to the 总额 read flat, with one of its lines followed by its own lines
    (indented, no 其中: '其中：基本支出 · 　　人员经费 · 　　公用经费 · 项目支出'): (the breakdown without them, (that line, its
    lines)) for the one reading under which its lines add up to the line and the rest to the 总额, each in more
    columns than not and all but one column at most (that one wrong, to be reported); else None (read flat).
    Where the labels' indentation shows a line's own lines (indented under it, the line after them back at its
    level), only those readings are weighed: '财政拨款 · 　一般公共预算 · 　政府性基金 0.00 · 其他资金 0.00' adds up
    with the 0.00 of 其他资金 under 财政拨款 as well, two readings the figures alone cannot choose between (read flat:
    3 false PRF001). The indentation only chooses among readings that add up: where none of the readings it shows
    does but another does (其他资金 typed at the indent of 财政拨款's own lines), that one is taken; where several
    readings add up, the first is (under each the block adds up: read flat, it drew a false PRF001)."""
    spans = [(a, k) for a in range(len(group) - 2) for k in range(2, len(group) - a)
             if any(f.value for f in _all_figures(group[a + 1:a + 1 + k]))]
    indented = [s for s in spans if _indented_under(group, *s)]
    weighed = None
    for candidates in (indented, spans) if indented else (spans,):
        readings = [((group[:a + 1] + group[a + 1 + k:], (group[a], group[a + 1:a + 1 + k])),
                     _fit(group[a], group[a + 1:a + 1 + k]), _fit(total, group[:a + 1] + group[a + 1 + k:]))
                    for a, k in candidates]
        exact = [what for what, (_o1, b1), (_o2, b2) in readings if not b1 and not b2]
        if exact:
            return exact[0]
        weighed = weighed or readings
    return _likeliest(weighed or [])


def _indented_under(group: list, a: int, k: int) -> bool:
    """Whether group[a + 1:a + 1 + k] are indented under group[a] (the first of them further than it, none of them
    less than the first) and the line after them (if any) comes back out of them ('其中：基本支出 · 　　　　人员经费 ·
    　　　　公用经费 · 　　项目支出': 项目支出 is no line of 基本支出's, though indented further than its 其中 line)."""
    first = group[a + 1].indent
    after = group[a + 1 + k:a + 2 + k]
    return first > group[a].indent and all(g.indent >= first for g in group[a + 2:a + 1 + k]) \
        and all(g.indent < first for g in after)


def _all_figures(lines: list) -> list:
    return [f for key in AMOUNTS for f in _figures(lines, key)]


def _by_the_total(total: BudgetLine, parent: BudgetLine, lines: list) -> int | None:
    """How many of `lines` (after `parent`, the first part of a breakdown) are parent's own sub-parts, by which
    reading makes the breakdown add up to the 总额: 0 (none: all are parts beside it), or j (the first j; the rest
    are parts beside it). The one reading under which the breakdown adds up in every amount column the 总额 fills;
    else the one that adds up in the most columns, if only one does and it adds up in more columns than not (or in
    some column where every other reading adds up in none); else None (not known)."""
    fits = [_fit(total, [parent] + lines[j:]) for j in range(len(lines) + 1)]
    whole = [j for j, (ok, bad) in enumerate(fits) if ok and not bad]
    if whole:
        return whole[0] if len(whole) == 1 else None
    most = max(ok for ok, _bad in fits)
    top = [j for j, (ok, _bad) in enumerate(fits) if ok == most]
    if not most or len(top) > 1:
        return None
    ok, bad = fits[top[0]]
    return top[0] if ok > bad or sum(1 for o, _b in fits if o) == 1 else None


def _fit(total: BudgetLine, group: list) -> tuple[int, int]:
    """(columns in which `group` adds up to the 总额, columns in which it does not), over the columns both fill."""
    ok = bad = 0
    for key in AMOUNTS:
        head = total.cells.get(key)
        figs = [g.cells.get(key) for g in group]
        if head is None or all(f is None for f in figs):
            continue
        if judge_equal([head], figs).status == "error":
            bad += 1
        else:
            ok += 1
    return ok, bad


def _deeper(total: BudgetLine, parent: BudgetLine, lines: list) -> int | None:
    """How many of `lines` (from a 其中 line right under `parent`, the first part of a breakdown, to the end) are
    parent's own lines, their sub-parts among them: j (two or more) when the 总额 says so (`_by_the_total`: the
    breakdown adds up only with parent's lines being the first j); when the 总额 does not tell (parent is itself one
    line of a partial list: 财政资金 / 其中：中央 / 其中：当年 · 上年结转, 地方 left out), the first lines of the run
    that add up to parent (`_sub_parts`), or the whole run (two or more lines) when it adds up to parent in more
    columns than not (one of them wrong); else None (the lines are read as before)."""
    if total is None or parent.label.startswith("按"):
        return None
    j = _by_the_total(total, parent, lines)
    if j is None:
        run = lines[:_run(lines)]
        ok, bad = _fit(parent, run)
        j = len(_sub_parts(parent, run)) or (len(run) if ok > bad else 0)
    return j if j >= 2 else None


def _own_then_on(line: BudgetLine, lines: list, group: list, total: BudgetLine | None) -> int | None:
    """k when the first k (two or more) of `lines` (starting 其中 right under `line`, a part of `group`'s breakdown)
    add up to `line` in every column both fill, and `group` with the lines after them adds up to the 总额: line's
    sub-parts, then the breakdown going on; else None."""
    if total is None or _starts(line):
        return None
    return _likeliest([(k, _fit(line, lines[:k]), _fit(total, group + lines[k:])) for k in range(2, len(lines))])


def _likeliest(readings: list) -> object | None:
    """Of readings (what, fit of the sub-parts to their line, fit of the rest to the 总额), the one under which both
    add up in every column they fill (the first such); else the only one under which both add up in more columns
    than not with one column wrong in all (that figure to be reported, not the whole reading); else None."""
    fits = [(b1 + b2, what) for what, (o1, b1), (o2, b2) in readings if o1 > b1 and o2 > b2 and b1 + b2 <= 1]
    exact = [what for bad, what in fits if bad == 0]
    if exact:
        return exact[0]
    return fits[0][1] if len(fits) == 1 else None


def _adds_up(head: BudgetLine, group: list) -> bool:
    ok, bad = _fit(head, group)
    return ok > 0 and bad == 0


def _within(line: BudgetLine, lines: list, total: BudgetLine | None) -> bool:
    """Whether `lines` (starting 其中 right under `line`, which does not) are line's own sub-parts rather than another
    breakdown of the 总额: they do not add up to the 总额 and come to no more than `line` in most columns."""
    if _starts(line) or total is None or all(f is None for f in line.cells.values()):
        return False
    if _adds_up(total, lines):
        return False
    keys = [k for k in AMOUNTS if line.cells.get(k) is not None and any(s.cells.get(k) is not None for s in lines)]
    under = sum(judge_le(_figures(lines, k), [line.cells[k]]).status != "error" for k in keys)
    return under > len(keys) - under


def _figures(lines: list, key: str) -> list:
    return [f for f in (s.cells.get(key) for s in lines) if f is not None]


def _starts(line) -> bool:
    return line.label.startswith(("其中", "按"))


def _run(lines: list) -> int:
    """How many lines there are before the next line starting 其中 (or 按…分) after the first."""
    return next((j for j in range(1, len(lines)) if _starts(lines[j])), len(lines))


def _sub_parts(parent, lines: list) -> list:
    """The first two or more of `lines` that add up to `parent` in each of its amount columns; [] if none do."""
    keys = [k for k in AMOUNTS if parent.cells.get(k) is not None]
    for k in range(2, len(lines) + 1):
        subs = lines[:k]
        if keys and all(any(s.cells.get(key) is not None for s in subs)
                        and judge_equal([parent.cells[key]], [s.cells.get(key) for s in subs]).status != "error"
                        for key in keys):
            return subs
    return []


def breakdown_verdicts(parts: list[BudgetLine], key: str, head: Figure,
                       total: BudgetLine | None = None) -> list[tuple[list[BudgetLine], str]]:
    """(breakdown, verdict of 总额 `head` = its sum: ok / rounding / error) for each breakdown of the 其中 lines
    that has a figure in column `key` (PRF001, and PRF107 asking whether the amounts are to be trusted)."""
    return [(g, judge_equal([head], [p.cells.get(key) for p in g]).status)
            for g in breakdowns(parts, total) if any(p.cells.get(key) is not None for p in g)]


def blank_total_parts(lines: list[BudgetLine], key: str, total: BudgetLine | None = None) -> list[Figure]:
    """The figures a blank 总额 is the sum of: one breakdown's when the total is broken down twice and each breakdown
    adds up to the same (其中：财政拨款 · 其他资金, then 其中：基本支出 · 项目支出); else every 其中 line's (“其中：A”,
    “其中：B”: one breakdown, each line written with its own 其中)."""
    groups = [[f for f in (b.cells.get(key) for b in g) if f is not None] for g in breakdowns(lines, total)]
    groups = [g for g in groups if g]
    if len(groups) > 1:
        spans = [Span.of(g) for g in groups]
        if all(s.lo <= spans[0].hi and spans[0].lo <= s.hi for s in spans[1:]):
            return groups[0]
    return [f for g in groups for f in g]


def amount(form: PerformanceForm, key: str) -> Amount | None:
    """The 总额 of a budget column; the sum of its 其中 rows when 总额 is blank, or of its lines when the form has no
    总额 line and no 其中 line (sources of money side by side: 中央财政衔接资金 · 县级配套资金); None when nothing is
    given."""
    total = form.line("total")
    if not form.has_column(key):
        return None
    if total is None:
        if any(b.label.startswith(("其中", "按")) for b in form.budget):
            return None  # the breakdown of a 总额 not found: not the whole budget
        figs = [f for f in (b.cells.get(key) for b in form.budget) if f is not None]
        return Amount(figs, figs[0].source, no_total=True) if figs else None
    fig = total.cells.get(key)
    if fig is not None:
        return Amount([fig], fig.source)
    if key in total.texts:
        return None
    parts = blank_total_parts([b for b in form.budget if b.key != "total"], key, total)
    if parts:
        return Amount(parts, form.budget_location(total, key), from_parts=True)
    return None


def total_figure(form: PerformanceForm, key: str) -> Figure | None:
    """A budget column's 总额 as one figure, to hold a narrative's 预算数/执行数 against (TXT020): as printed, or the
    sum of a form's lines when it prints no 总额 line (placed on the first line's cell, its row label saying how it was
    obtained). None otherwise — also for a blank 总额: its 其中 rows may be what is wrong (the seed's
    表12 prints 其中 3000 executed beside a rate of 55 %, and its 自评综述's 1651 万元 is the one that fits the rate)."""
    total = form.line("total")
    if total is not None:
        return total.cells.get(key)
    a = amount(form, key)
    if a is None:
        return None
    span = a.span
    source = a.figures[0].source.model_copy(update={"row_label": "表中没有总额行，按各行合计"})
    return Figure(value=span.value, decimals=span.decimals, text=span.shown(), source=source)


@dataclass
class Rate:
    """An execution rate (percent): its value, the interval it stands for, how it was obtained."""

    value: Decimal
    lo: Decimal
    hi: Decimal
    how: str  # "shown" | "computed"
    decimals: int = 2
    location: Location | None = None
    text: str = ""  # as printed, for a shown rate


def computed_rate(form: PerformanceForm, line: BudgetLine | None = None) -> Rate | None:
    """执行数 ÷ 预算数 × 100 (for a line, or for the form's 总额)."""
    if line is None or line.key == "total":
        b, e = amount(form, "budget"), amount(form, "executed")
        if b is None or e is None:
            return None
        bs, es = b.span, e.span
        loc = e.location
    else:
        bf, ef = line.cells.get("budget"), line.cells.get("executed")
        if bf is None or ef is None:
            return None
        bs, es = Span.of([bf]), Span.of([ef])
        loc = ef.source
    if bs.value <= 0 or bs.lo <= 0:
        return None
    value = es.value / bs.value * HUNDRED
    return Rate(value=value, lo=max(es.lo, Decimal(0)) / bs.hi * HUNDRED, hi=es.hi / bs.lo * HUNDRED,
                how="computed", decimals=2, location=loc)


def shown_rate(form: PerformanceForm) -> Rate | None:
    fig = form.shown_rate
    if fig is None:
        return None
    lo, hi = fig.interval()
    return Rate(value=fig.value, lo=lo, hi=hi, how="shown", decimals=fig.decimals, location=fig.source,
                text=fig.shown())


def form_rate(form: PerformanceForm) -> Rate | None:
    """The form's own execution rate: as printed, else 执行数 ÷ 预算数."""
    return shown_rate(form) or computed_rate(form)


# the names of an indicator row that scores the execution rate under another 一级 ('成本指标 | 预算执行率')
RATE_ROW_NAMES = ("预算执行率", "资金执行率", "预算资金执行率", "项目预算执行率", "项目资金执行率")


def rate_section(form: PerformanceForm) -> Section | None:
    """The section that scores 预算执行率 (form.rate_section: a 一级 of its own, or the budget block's 分值/得分); when
    there is none, or the budget block's is blank (no 分值, no 得分), the one indicator row named 预算执行率 under
    another 一级 ('产出指标 | 成本指标 | 预算执行率 | 100% | 95.75% | 10 | 9.58', s17rev r18), with its 分值, as a section
    of its own (its 分值 the weight)."""
    section = form.rate_section
    if section is not None and (section.weight is not None or section.scores()):
        return section
    rows = [i for s in form.sections if s.origin == "indicators" and s is not section for i in s.indicators
            if norm(i.name).removesuffix("(%)") in RATE_ROW_NAMES]
    if len(rows) != 1 or rows[0].weight is None or not _full_rate_target(rows[0]):
        return section
    row = rows[0]
    return construct(Section, name="预算执行率", label=row.name, cell=row.weight.source, weight=row.weight,
                     weight_from="column", indicators=[row])


def _full_rate_target(row) -> bool:
    """The row's own 指标值 asks for the whole budget spent (100%, or none printed): a row '预算执行率 | ≥95% | 95.75% |
    10 | 10' is scored against its own target (met: full marks), not capped by the rate (s18finC)."""
    target = row.expected
    return target is None or (isinstance(target, Figure) and target.value == HUNDRED and bool(target.percent))


def rate_verdict(shown: Figure, computed: Decimal, lo: Decimal, hi: Decimal) -> str:
    """'ok' (shown is computed rounded), 'rounding' (the intervals meet), 'truncated', or 'error'."""
    d = shown.decimals
    if q(computed, d) == shown.value:
        return "ok"
    s_lo, s_hi = shown.interval()
    if s_lo <= hi and lo <= s_hi:
        return "rounding"
    if q(computed, d, ROUND_DOWN) == shown.value:
        return "truncated"
    return "error"


def as_percent(fig: Figure) -> tuple[Decimal, int]:
    """A 实际完成值 as percent: '85%' → 85; a bare 0.85 (two or more decimals) → 85; a bare 85 → 85."""
    if fig.percent:
        return fig.value, fig.decimals
    if abs(fig.value) <= Decimal("1.5") and fig.decimals >= 2:
        return fig.value * HUNDRED, max(fig.decimals - 2, 0)
    return fig.value, fig.decimals


def section_weight(section: Section, settings: PerfSettings) -> tuple[Decimal | None, str]:
    """A section's weight and where it comes from: the form ("label"/"column"/"budget") or the settings."""
    if section.weight is not None:
        return section.weight.value, section.weight_from
    kind = level1_kind(section.name, settings)
    if kind and kind in settings.level1_weights:
        return settings.level1_weights[kind], "settings"
    return None, "none"
