"""Groups of columns (or rows) that name a year and a stage: which group holds the disclosure's figures.

A table may print last year's or the other stage's figures beside its own, each under a group heading:
'年初预算数 [小计|基本支出|项目支出] | 决算数 [...]' (a 决算's 公开05表), '2023年执行数 [...] | 2024年预算数 [...]'
(a 中央部门's 预算 table), '2023年预算数 | 2024年预算数' (a 预算 三公 table), rows '2022年决算数 / 2023年预算数 /
2023年决算数' (公开07表). The disclosure's figures are the group of its stage (决算数 in a 决算, 预算数 in a 预算; 公开07表
has both) and of its year (the title's or heading's year when a group names it, else the latest); every other group is
context, never read as the figure. A rate column ('2024年预算数比2023年执行数增长%') is no money at all.
"""

from __future__ import annotations

from govaudit.lazyre import lazy

# '2023年预算数', '2023年度决算数', '年初预算数', '调整预算数', '2023年执行数', '决算数（万元）' (normalised: half-width
# brackets). '上年…' is tables._PRIOR_YEAR's; '一般公共预算' names a fund, not a stage (the whole text must be a band)
_BAND = lazy(r"(?:((?:19|20)\d{2})年度?)?(?:全年|年初|调整后?|本年度?)?(预算|决算|预计执行|实际执行|执行|实际|完成)数?"
             r"(?:\([^()]*\))?")
_RATE_WORDS = ("增长", "增减", "增幅", "变动", "比上年", "同比", "%", "％", "百分比")


def band(text: str) -> tuple[int | None, str] | None:
    """'2023年预算数' → (2023, '预算'); '决算数' → (None, '决算'); '2023年执行数' → (2023, '决算') (what was spent);
    None for any other text."""
    m = _BAND.fullmatch(text.replace(" ", "")) if text else None
    if m is None:
        return None
    return (int(m.group(1)) if m.group(1) else None), ("预算" if m.group(2) == "预算" else "决算")


def group_heads(texts) -> bool:
    """A row of two or more bands ('2023年预算数 | 2023年决算数'): the heads of groups of columns (one band alone,
    '2023年度决算', may be the line naming the table's year)."""
    return sum(1 for t in texts if band(t)) >= 2


def table_stages(kind: str) -> tuple[str, ...]:
    """The stages whose figures a table of this kind holds: 公开07表 both (预算数 and 决算数), a 预算 table (B…) 预算."""
    if kind == "07":
        return ("预算", "决算")
    return ("预算",) if kind.startswith("B") else ("决算",)


def context_of(bands: dict, stages: tuple[str, ...], year: int | None = None) -> set:
    """The keys (columns, rows) of `bands` ({key: (year, stage)}) that are context: a group of a stage the table does
    not hold while one it holds is printed, or of another year than the chosen one of its stage (`year` when a group
    of that stage names it, else the latest). Nothing with fewer than two distinct groups."""
    if len(set(bands.values())) < 2:
        return set()
    present = {s for _y, s in bands.values()}
    out = {k for k, (_y, s) in bands.items() if s not in stages and present & set(stages)}
    for stage in stages:
        years = {y for y, s in bands.values() if s == stage and y}
        if len(years) >= 2:
            chosen = year if year in years else max(years)
            out |= {k for k, (y, s) in bands.items() if s == stage and y and y != chosen}
    return out


def mark_context(kind: str, roles: list, year: int | None = None) -> None:
    """Value columns (tables.ColumnRole) of another group than the disclosure's, and columns of a change or a rate
    (whatever they were read as: not figures left under no column either), become 'context'."""
    bands = {}
    changes = []
    for ro in roles:
        if ro.role not in ("value", "unknown"):
            continue
        if any(w in part for part in ro.path for w in _RATE_WORDS):
            ro.role, ro.key = "context", None  # '增长%', '增减额': a change or a rate, never summed as money
            if not any(w in part for part in ro.path for w in _RATIO_WORDS):
                changes.append(ro)  # ('为上年%' = 本年 ÷ 上年, 101.83: a ratio, not the change BGT012 checks, s18finA)
            continue
        found = next((b for part in ro.path if (b := band(part))), None)
        if found:
            bands[ro.col] = found
    # an unknown column counts among the groups too ('2023年执行数' beside '2024年预算数 [小计|基本支出|项目支出]':
    # no column word names it), and becomes context with the others of its group; a column unknown for any other
    # reason stays as it was
    others = context_of(bands, table_stages(kind), year)
    for ro in roles:
        if ro.col in others:
            ro.role, ro.key = "context", None
    if kind.startswith("B"):
        _change_columns(roles, changes, others)


# ('增减比例', '增减百分比': a rate printed without a % mark in its header, review s27 — read as an amount it drew
# a false BGT904 on every item)
_RATE_MARKS = ("%", "％", "率", "幅", "比例", "百分比")
_RATIO_WORDS = ("为上年", "为去年", "占上年", "是上年", "相当于")


def _change_columns(roles: list, changes: list, others: set) -> None:
    """'2024年执行数 | 2025年预算数 [小计 | 基本支出 | 项目支出] | 2025年预算数比2024年执行数 [增减额 | 增减%]' (the 财政部
    form's 一般公共预算支出表): the one column of the other year (key 'prior') and the change beside this year's total,
    as an amount ('delta') and as a rate ('delta_rate'), are kept, for BGT011/BGT012 to check the change. Only with
    ONE column of the other group (a group of several: which of them the change is of is not known) and at most one
    change of each kind; otherwise they stay context."""
    # (the other year's column is a group of its own, or a column headed as last year's: 上海's '上年预算数 | 本年预算数
    # [合计 | 基本支出 | 项目支出] | 增减额 | 增减%', tables.is_prior_year)
    prior = [ro for ro in roles if ro.col in others or ro.role == "prior"]
    if len(prior) != 1 or not changes or len(changes) > 2 \
            or not any(ro.role == "value" and ro.key in ("total", "amount") for ro in roles):
        return
    rates = [ro for ro in changes if any(m in ro.path[-1] for m in _RATE_MARKS)]
    amounts = [ro for ro in changes if ro not in rates]
    if len(rates) > 1 or len(amounts) > 1:
        return
    prior[0].role, prior[0].key = "value", "prior"
    for ro in rates:
        ro.role, ro.key = "value", "delta_rate"
    for ro in amounts:
        ro.role, ro.key = "value", "delta"


def change_kind(path: list[str]) -> str | None:
    """A column of a change, by its header path: 'delta' (an amount: '增减额', '增减 [金额]') or 'delta_rate' ('增减率（%）',
    '增减 [幅度（%）]'); None for any other column, and for a ratio ('为上年%' = 本年 ÷ 上年, no change)."""
    if not any(w in part for part in path for w in _RATE_WORDS) or any(w in part for part in path for w in _RATIO_WORDS):
        return None
    return "delta_rate" if any(m in path[-1] for m in _RATE_MARKS) else "delta"


_SPENT_WORDS = ("执行", "决算", "实际")


def of_spending(texts) -> bool:
    """A header or row label naming what was spent ('2025年执行数', '比上年决算数增减'): a 预算 三公 table printing one
    beside last year's 预算数 may give its 增减额 against either, so BGT904/BGT905 judge no change there (review s27)."""
    return any(w in t for t in texts for w in _SPENT_WORDS)


def mark_partial_parts(roles: list) -> None:
    """'财政拨款收入 [小计 | 其中：政府性基金预算财政拨款]': a lone '其中' column under a whole printed beside it is a part,
    not the whole's breakdown: its key is set apart ('fiscal.gov_fund#part') so no rule sums the breakdown."""
    values = [ro for ro in roles if ro.role == "value" and ro.key]
    for ro in values:
        if "." not in ro.key or "#" in ro.key or not ro.path or not ro.path[-1].startswith("其中"):
            continue
        parent = ro.key.split(".", 1)[0]
        siblings = [o for o in values if o.side == ro.side and o.key.startswith(parent + ".")]
        if len(siblings) == 1 and any(o.side == ro.side and o.key == parent for o in values):
            ro.key += "#part"


def sanggong_group(roles: list) -> None:
    """公开07表 with 会议费 and 培训费 beside the 三公 (「“三公”经费及会议费、培训费支出决算表」: 合计 | “三公”经费 [小计 | 出国 |
    用车 [小计 | 购置 | 运行] | 接待] | 会议费 | 培训费): the 小计 under “三公”经费 is the 三公 total, the 合计 outside it
    (三公 with 会议费 and 培训费) is context."""
    def under_sanggong(ro) -> bool:
        return any("三公" in part for part in ro.path[:-1])
    values = [ro for ro in roles if ro.role == "value"]
    if not any(under_sanggong(ro) for ro in values) or not any(
            w in part for ro in roles for part in ro.path for w in ("会议费", "培训费")):
        return  # (a caption '财政拨款“三公”经费' over the 三公 columns alone: its 合计 is the 三公's)
    for ro in values:
        if under_sanggong(ro):
            if ro.path[-1] in ("小计", "合计") and not any("购置" in p or "运行" in p for p in ro.path[:-1]):
                ro.key = "total"
        elif ro.key == "total":
            ro.role, ro.key = "context", None


def mark(kind: str, roles: list, year: int | None = None) -> None:
    """tables.classify_columns' last step: the columns that are not the disclosure's figures, or not all of a split."""
    mark_context(kind, roles, year)
    if kind == "07":
        sanggong_group(roles)
    mark_partial_parts(roles)
