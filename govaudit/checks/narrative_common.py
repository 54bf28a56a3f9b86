"""What the narrative rules (TXT) share: the claims, table figures for a subject, intervals, messages.

Every printed number stands for an interval (± half a unit of its last shown decimal); a computed value (a
rate, a base) is an interval too, taken at the corners. Two statements agree when their intervals meet.
"""

from __future__ import annotations

from govaudit.records import dataclass
from functools import wraps
from decimal import ROUND_HALF_UP, Decimal

from govaudit.engine.arith import Span
from govaudit.model import Claim, ClaimFigure, Disclosure, Figure, Finding, Location, Severity, Table
from govaudit.model.claim import ANY_SPENDING
from govaudit.model.trusted import construct
from govaudit.narrative_data import FigureRef, narrative_data
from govaudit.text import category_core, norm, topic_heading
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)

HUNDRED = Decimal(100)
MONEY_UNITS = ("万元", "元", "亿元", "千元")


def claims(disclosure: Disclosure, ctx) -> list[Claim]:
    """The disclosure's claims, read once per disclosure."""
    if disclosure.narrative is None:
        if not disclosure.paragraphs:
            return []
        cached = ctx.cache.get("narrative")
        if cached is None:
            from govaudit.recognize.claims import read_claims

            cached = ctx.cache["narrative"] = read_claims(disclosure.paragraphs, disclosure.year, disclosure.department,
                                                          disclosure.stage)
        return cached.claims
    return disclosure.narrative.claims


_HEADING = lazy(r"^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def passage_of(disclosure: Disclosure, ctx) -> dict[int, int]:
    """Paragraph index → the passage (the run of paragraphs under one heading such as “四、…” or “（二）…”) it
    belongs to. A document that speaks of several bodies (the department, then each of its units) says one item's
    amount once per body, so two amounts of one item are compared only within a passage."""
    cached = ctx.cache.get("passages")
    if cached is None:
        cached, n = {}, 0
        for p in disclosure.paragraphs:
            if p.level is not None or _HEADING.match(p.text) or topic_heading(norm(p.text)):
                n += 1
            cached[p.index] = n
        ctx.cache["passages"] = cached
    return cached


def narrative_year(disclosure: Disclosure) -> int | None:
    if disclosure.year:
        return disclosure.year
    return disclosure.narrative.year if disclosure.narrative else None


# ---------------------------------------------------------------- intervals
@dataclass
class Val:
    """A value with the interval it stands for (万元 for money, percent for rates)."""

    value: Decimal
    lo: Decimal
    hi: Decimal
    decimals: int

    def meets(self, other: "Val") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def shown(self, decimals: int | None = None) -> str:
        if decimals is None:  # a 元 figure read as 万元 carries 4 more decimals: 38.490000 is 38.49 to a clerk
            return tidy(show(self.value, self.decimals))
        return show(self.value, decimals)


# the places an amount in a smaller unit moves in 万元: 384900.00元 is 38.490000 万元, 70933.30千元 7093.330 万元
_SHIFT = {"元": 4, "千元": 1}


def of_claim(fig: ClaimFigure) -> Val:
    lo, hi = fig.interval()
    return Val(fig.amount, lo, hi, fig.decimals + _SHIFT.get(fig.unit, 0))


def bare(fig: ClaimFigure) -> str:
    """A stated amount as a bare number in 万元, as the tables' figures are given (expected/actual of a finding):
    "6598.33万元" → 6598.33, "384900.00元" → 38.49."""
    return of_claim(fig).shown()


def of_figures(figs: list[Figure | None]) -> Val:
    s = Span.of(figs)
    return Val(s.value, s.lo, s.hi, max(s.decimals, 2))


def signed(fig: ClaimFigure, direction: int) -> Val:
    v = of_claim(fig)
    if direction < 0:
        return Val(-v.value, -v.hi, -v.lo, v.decimals)
    return v


def add(vals: list[Val]) -> Val:
    return Val(sum((v.value for v in vals), Decimal(0)), sum((v.lo for v in vals), Decimal(0)),
               sum((v.hi for v in vals), Decimal(0)), max((v.decimals for v in vals), default=2))


def ratio(part: Val, whole: Val) -> Val | None:
    """part ÷ whole in percent, with its interval; None when the whole may be zero or negative."""
    if whole.lo <= 0:  # every Val has lo <= value: a value <= 0 has lo <= 0 too
        return None
    lo_p = max(part.lo, Decimal(0))
    return Val(part.value / whole.value * HUNDRED, lo_p / whole.hi * HUNDRED, part.hi / whole.lo * HUNDRED, 2)


def show(value: Decimal, decimals: int = 2) -> str:
    out = value.quantize(Decimal(1).scaleb(-max(decimals, 0)), rounding=ROUND_HALF_UP)
    return str(abs(out) if out == 0 else out)


def tidy(text: str) -> str:
    """A shown number without zeros after its second decimal ("38.490000" → "38.49", "0.3050" → "0.305")."""
    if "." not in text:
        return text
    whole, frac = text.split(".")
    return f"{whole}.{frac[:2] + frac[2:].rstrip('0')}"


def pct(value: Decimal, decimals: int = 2) -> str:
    return f"{show(value, decimals)}%"


def truncation_fits(stated: ClaimFigure, truth: Val) -> bool:
    """The stated number is the true one with its tail cut off (99.96% → 99%), not rounded: some true value x
    has stated ≤ x < stated + one unit of its last decimal."""
    unit = Decimal(1).scaleb(-stated.decimals) * stated.scale
    v = stated.amount
    return truth.hi >= v and truth.lo < v + unit


def part_named_before(c: Claim) -> bool:
    """A part of the spending (基本支出, 项目支出, one fund's spending) named in the sentence before a 类's share: the
    share may be of that part, not of the spending leading the list (“一般公共预算财政拨款支出2116.25万元，其中项目支出
    1339.54万元，主要用于一般公共服务支出（占66.53%）”: 891.23 of the 项目支出, not 1303.58 of the whole). Not judged then
    (review s25: a false TXT011 against the 类's whole figure)."""
    text = norm(c.sentence)
    at = text.find(norm(c.clause).rstrip("。.;；")) if c.clause else -1
    before = text[:at] if at >= 0 else text
    whole = narrative_data().subjects.get(c.whole)
    parts = [a for p in (whole.parts if whole else ()) for a in narrative_data().subjects[p].aliases
             if p in narrative_data().subjects]
    return bool(_SPENDING_PART_RE.search(before)) or any(a in before for a in parts)


_SPENDING_PART_RE = lazy(r"基本支出|项目支出")


# ---------------------------------------------------------------- table figures
@dataclass
class TableValue:
    figures: list[Figure]
    table: Table
    label: str  # 公开01表「总计」
    location: Location

    @property
    def val(self) -> Val:
        return of_figures(self.figures)

    @property
    def cell(self) -> str:
        """The label naming the figure's column too when that is not the table's total column (a reader looks at a
        row's 合计 first): 40.00 of 《财政拨款收支预算总表》's 支出总计 row, 政府性基金 column, is “《财政拨款收支预算
        总表》「支出总计」「政府性基金预算」列”; 公开08表's 合计 row holds 年初, 收入, 支出 and 年末 (no total column), its
        本年支出 is “公开08表「合计」「本年支出合计」列”. A table's one figure column a side (公开01表's 金额) is not
        named, nor a figure made of several (a sum of lines)."""
        if self.table is None or len(self.figures) != 1:
            return self.label
        key = next((k for r in self.table.rows for k, f in r.cells.items() if f is self.figures[0]), None)
        columns = self.table.columns
        if key is None or key in ("total", "amount") or (key == "sanggong" and all(c.key != "total" for c in columns)):
            return self.label  # (上海 B09's “三公” 合计 beside 机关运行经费 is its total; 江苏 09表's 合计 adds 会议费、培训费)
        # (a 公开07表 printed on one line, "…/公务接待费/预算数" then "…/决算数": the row the figure is in says which)
        header = [h for h in next((c.header for c in columns if c.key == key), "").split("/") if h and h not in ROW_WORDS]
        if not header:
            return self.label
        # ("公务用车购置及运行费/小计": the 小计 of what; "本年支出/合计": of what)
        name = header[-2] + header[-1] if header[-1] in GENERIC_HEADERS and len(header) > 1 else header[-1]
        return f"{self.label}「{name}」列"


# column headers that say nothing without the group above them, and those a figure's row label says (TableValue.cell)
GENERIC_HEADERS = ("小计", "合计", "金额")
ROW_WORDS = ("预算数", "决算数")


def _lookup(disclosure: Disclosure, refs: list[FigureRef]) -> TableValue | None:
    figs: list[Figure] = []
    labels = []
    table = None
    for ref in refs:
        t = disclosure.tables.get(ref.table)
        if t is None:
            return None
        table = t
        row = next((r for r in t.rows if r.key == ref.row and ref.column in r.cells), None)
        if row is None:
            continue
        fig = row.cells.get(ref.column)
        labels.append(row.label or row.key)
        if fig is not None:
            if fig.derived:
                return None
            figs.append(fig)
    if table is None or not labels:
        return None
    if not figs:  # every cell blank: an exact zero, as the tables' rules read blanks
        return None
    title = table.label  # 公开01表; a 预算's by its title (B01 is only this tool's kind: 上海 prints no 公开NN表 code)
    label = f"{title}「{' + '.join(labels)}」"
    return TableValue(figs, table, label, figs[0].source.model_copy(
        update={"file": disclosure.path, "table_title": title}))


def table_figure(disclosure: Disclosure, table: str, row: str, column: str) -> TableValue | None:
    """One cell of a table by its kind, row key and column key (公开01表 expense_grand_total amount)."""
    return _lookup(disclosure, [FigureRef(table, row, column)])


def subject_value(disclosure: Disclosure, subject: str, budget: bool = False) -> TableValue | None:
    spec = narrative_data().subjects.get(subject)
    if spec is None:
        return None
    for refs in (spec.budget if budget else spec.figures):
        found = _lookup(disclosure, refs)
        if found is not None:
            return found
    return None


def category_value(disclosure: Disclosure, claim: Claim) -> TableValue | None:
    """A 功能分类 类 named in a list led by `claim.scope` (财政拨款支出 → 公开04表 合计列). A 类 named where whose
    spending is not said (ANY_SPENDING): the tables' figure when every spending table that prints the 类 agrees."""
    if not claim.category or not claim.scope:
        return None
    if claim.scope == ANY_SPENDING:
        found = [tv for scope in narrative_data().category_tables if scope != ANY_SPENDING
                 for tv in [category_value(disclosure, claim.model_copy(update={"scope": scope}))] if tv is not None]
        return found[0] if found and all(tv.val.value == found[0].val.value for tv in found) else None
    for kind, column in narrative_data().category_tables.get(claim.scope, ()):
        found = _lookup(disclosure, [FigureRef(kind, claim.category, column)])
        if found is not None:  # a 决算's table, else a 预算's (上海 合计列, 江苏 金额列): the first that prints the row
            return found
    return None


def category_candidates(disclosure: Disclosure, claim: Claim) -> list[TableValue]:
    """A 类 named where whose spending is not said (ANY_SPENDING): its figure in each spending table that prints it,
    one per distinct value (category_value takes them only when they agree)."""
    if not claim.category or claim.scope != ANY_SPENDING:
        return []
    out: list[TableValue] = []
    for scope in narrative_data().category_tables:
        tv = category_value(disclosure, claim.model_copy(update={"scope": scope})) if scope != ANY_SPENDING else None
        if tv is not None and all(tv.val.value != o.val.value for o in out):
            out.append(tv)
    return out


def category_row_figures(disclosure: Disclosure, claim: Claim) -> list[TableValue]:
    """Every figure a table prints in the 类's row, whatever the column (基本支出, 项目支出, 财政拨款, 上年结转 …): an
    amount said of the 类 that is one of them may be that part ("一般公共服务支出（类）1,470.20万元用于基本支出")."""
    return [tv for t in disclosure.tables.values() for row in t.rows if row.key == claim.category
            for column in row.cells if (tv := _lookup(disclosure, [FigureRef(t.kind, row.key, column)])) is not None]


def item_value(disclosure: Disclosure, claim: Claim) -> TableValue | None:
    """The 科目 a paragraph names by 类/款/项 ("一般公共服务支出（类）财政事务（款）行政运行（项）"), found in the
    tables of the passage's spending by its names level by level (each level's code extends the one above); only
    a single match in all of them counts (where no heading says whose spending, ANY_SPENDING: the one figure all the
    spending tables that print the row agree on)."""
    hit = item_hit(disclosure, claim)
    if hit is None:
        return None
    table, row, column = hit
    found = _lookup(disclosure, [FigureRef(table.kind, row.key, column)])
    if found is not None:
        found.label = f"{table.label}「{row.code} {row.label}」"
    return found


def item_hit(disclosure: Disclosure, claim: Claim):
    """The (table, row, column) of the 科目 a claim names (see `item_value`), or None."""
    hits = item_hits(disclosure, claim)
    return hits[0] if hits else None


def item_hits(disclosure: Disclosure, claim: Claim) -> list:
    """Every (table, row, column) the 科目 a claim names may be read from: the one of its passage's spending, or where
    no heading says whose spending, each spending table that prints its row, when they all agree ([] otherwise)."""
    if not claim.item or (claim.scope == ANY_SPENDING and not claim.item[0] and disclosure.stage != "预算"):
        return []  # (a 项 without its 类 under no heading of whose spending: a 预算's only, checks/budget_text.py)
    hits = []
    for kind, column in narrative_data().item_tables.get(claim.scope or "", ()):
        table = disclosure.tables.get(kind)
        row = _item_row(table, claim.item) if table is not None else None
        if row is not None and column in row.cells:  # (江苏 07表 B05 has a 金额 column, 上海's a 合计 column)
            hits.append((table, row, column))
    if claim.scope == ANY_SPENDING and hits:
        # a 科目 where no heading says whose spending: every spending table that prints its row must agree
        values = {getattr(row.cells[column], "value", None) for _t, row, column in hits}
        return hits if len(values) == 1 else []
    return hits if len(hits) == 1 else []


def item_wholes(disclosure: Disclosure, claim: Claim, cs: list[Claim]) -> list[TableValue]:
    """The 类 or 款 a 科目's share is of ("机关事业单位职业年金缴费支出52.31万元，占社会保障和就业支出的33.33%"): the row
    above the 科目's own, when its name is the whole's, in each table and column the 科目 (its amount's claim) may be
    read from (where no heading says whose spending, the 类 of all funds and the 类 of 一般公共预算 may differ: either
    may be meant)."""
    owner = next((o for o in cs if o.kind == "amount" and o.item and o.amount is not None and o.amount is claim.amount),
                 None) if claim.whole and claim.amount is not None else None
    out = []
    for table, row, column in item_hits(disclosure, owner) if owner is not None else []:
        want = _core(claim.whole)
        for length in (3, 5):
            above = next((r for r in table.rows if r.code == row.code[:length]), None) if len(row.code) > length else None
            if above is not None and _core(above.label) == want:
                found = _lookup(disclosure, [FigureRef(table.kind, above.key, column)])
                if found is not None:
                    found.label = f"{table.label}「{above.code} {above.label}」"
                    out.append(found)
                break
    return out


def _core(name: str) -> str:
    return category_core(name).replace("其它", "其他")  # both are written


def _item_row(table: Table, item: tuple[str, ...]):
    if not item[0]:  # (hook: a 项 named without its 类, checks/budget_text.py)
        return __import__("govaudit.checks.budget_text", fromlist=["x"]).loose_item_row(table, item, _core)
    coded = [r for r in table.rows if r.code and r.code.isdigit()]
    prefix, row = "", None
    for depth, name in enumerate(item):
        want, length = _core(name), 3 + 2 * depth
        if name[:1].isdigit():  # a level named by its 编码 (and the name the text gives it, which must agree)
            said = name.lstrip("0123456789")
            code = name[: len(name) - len(said)]
            hits = [r for r in coded if r.code == code and (not said or _core(r.label) == _core(said))]
            if len(hits) != 1:
                return None
            row, prefix = hits[0], code
            continue
        hits = [r for r in coded if len(r.code) == length and r.code.startswith(prefix) and _core(r.label) == want]
        if not hits and len(item) == 2 and depth == 1:
            # a 类's part named in its list may be a 项 ("一般公共服务支出…，其中：行政运行412.35万元"): the one 项 so named
            hits = [r for r in coded if len(r.code) == 7 and r.code.startswith(prefix) and _core(r.label) == want]
        if len(hits) != 1:
            return None
        row = hits[0]
        prefix = row.code
    return row


DEPARTMENT_WHOLES = ("本年支出合计", "本年收入合计", "收支总计")
# a department's whole and the funds' own lines a text under a fund's heading may mean by its name
FUND_WHOLES = {"本年支出合计": ("一般公共预算财政拨款支出", "政府性基金预算财政拨款支出", "国有资本经营预算财政拨款支出",
                          "财政拨款支出"),
               "本年收入合计": ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入",
                          "财政拨款收入"),
               "收支总计": ("财政拨款收支总计",)}


# what a fund's own line adds before a subject's name ("一般公共预算财政拨款" + 基本支出; not "非" + 流动资产)
FUND_PREFIX_RE = lazy(r"(?:一般公共预算|政府性基金预算?|国有资本经营预算)?(?:财政)?拨款|一般公共预算|政府性基金预算?|国有资本经营预算")
OWN_WORDS_RE = lazy(r"本部门|本单位|全部|部门全年|全局|全院")


def _department_said(disclosure: Disclosure, claim: Claim, cs: list[Claim]) -> bool:
    """The claim's sentence states a department's whole (本年支出合计 …) as the tables print it, or says 全部资金: what
    its parts are is the department's, plainly."""
    if "全部资金" in norm(claim.sentence):
        return True
    for o in cs:
        if o is not claim and o.kind == "amount" and o.subject in DEPARTMENT_WHOLES and o.amount is not None \
                and o.paragraph == claim.paragraph and o.sentence_no == claim.sentence_no and o.basis is None:
            tv = subject_value(disclosure, o.subject)
            if tv is not None and of_claim(o.amount).meets(tv.val):
                return True
    return False


def narrower_line(disclosure: Disclosure, claim: Claim, cs: list[Claim] = ()) -> tuple[str, TableValue] | None:
    """A fund's own line of the claim's subject (一般公共预算财政拨款基本支出 for 基本支出, 财政拨款收支总计 for 收支总计) whose
    table figure the stated amount meets: the text may well speak of that fund where its words were read as the
    department's (a heading or a word before that named the fund); None when there is none."""
    if claim.item or claim.category or not claim.subject or claim.amount is None:
        return None
    if _department_said(disclosure, claim, cs):
        return None  # "本年支出合计6101.24万元，其中：…项目支出1339.54万元": the sentence itself says whose (s15rev2 3)
    stated = of_claim(claim.amount)
    if claim.subject in FUND_WHOLES and OWN_WORDS_RE.search(norm(claim.sentence)):
        return None  # "本部门2019年度本年支出合计2116.25万元": the department's own whole, named so
    lines = ([(name, subject_value(disclosure, name)) for name in FUND_WHOLES[claim.subject]]
             if claim.subject in FUND_WHOLES else fund_lines(disclosure, claim.subject))
    for name, tv in lines:
        if tv is not None and stated.meets(tv.val):
            return name, tv
    return None


def fund_lines(disclosure: Disclosure, subject: str) -> list[tuple[str, TableValue]]:
    """The funds' own lines of a subject the tables print (一般公共预算财政拨款基本支出 for 基本支出): a name that adds only a
    fund's words before the subject's."""
    out = []
    for name in narrative_data().subjects:
        if name != subject and name.endswith(subject) and FUND_PREFIX_RE.fullmatch(name.removesuffix(subject)):
            tv = subject_value(disclosure, name)
            if tv is not None:
                out.append((name, tv))
    return out


def claim_table_value(disclosure: Disclosure, claim: Claim) -> TableValue | None:
    if claim.item:
        return item_value(disclosure, claim)
    if claim.category:
        return category_value(disclosure, claim)
    return subject_value(disclosure, claim.subject)


def finding_file(disclosure: Disclosure, loc: Location) -> str:
    """A paragraph keeps its own file when a disclosure published as several files is checked as one."""
    return (loc.file or disclosure.path) if disclosure.kind == "together" else disclosure.path


def finding(disclosure: Disclosure, claim: Claim, code: str, severity: Severity, message: str,
            others: list[Location] | None = None, expected: str | None = None, actual: str | None = None,
            title: str | None = None, difference: str | None = None) -> Finding:
    # a paragraph keeps its own file: a disclosure published as two files is checked as one (--together)
    file = finding_file(disclosure, claim.location)
    loc = claim.location.model_copy(update={"file": file})
    locs = [loc] + [o if o.file else o.model_copy(update={"file": disclosure.path}) for o in (others or [])]
    return construct(Finding, code=code, severity=severity, file=file, message=message, locations=locs,
                              expected=expected, actual=actual, difference=difference, table="情况说明", title=title)


def sum_finding(disclosure: Disclosure, claim: Claim, said: str, listed: str, parts: list[Claim], total: Val,
                stated: Val, terms: str, actual: str | None) -> Finding:
    """TXT007: a whole the text states (`said`, quoted) and the sum of its parts the text lists (`listed` names where)."""
    gap = show(stated.value - total.value, 2)
    return finding(disclosure, claim, "TXT007", Severity.error,
                   f"{said}，而{listed}之和为 {terms} = {total.shown()}，相差 {gap}。", [p.location for p in parts],
                   expected=total.shown(), actual=actual, difference=gap)


def paragraph_of(disclosure: Disclosure, claim: Claim):
    """The paragraph a claim was read from (None when the disclosure no longer holds it)."""
    return next((p for p in disclosure.paragraphs if p.index == claim.paragraph), None)


def quote(claim: Claim, fig: ClaimFigure | None = None, word: str | None = None) -> str:
    """文中“…”: the words and the figure the judgement is about."""
    if fig is None:
        return f"文中“{claim.clause}”"
    lead = word if word is not None else (claim.subject_text or "")
    return f"文中“{lead}{fig.text}”"


def same_value_hint(disclosure: Disclosure, fig: ClaimFigure, exclude: Location | None = None) -> str:
    """'（6634.67 是公开01表「总计」）' when the stated amount is another figure of the tables (a 预算 table by the name the
    messages use, '《财务收支预算总表》': its kind, B01, is printed nowhere, s16rev r3)."""
    if fig.unit not in MONEY_UNITS or fig.amount == 0:
        return ""
    target = fig.amount
    for kind in sorted(disclosure.tables):
        t = disclosure.tables[kind]
        for r in t.rows:
            for f in r.cells.values():
                if f is not None and f.amount == target and f.source != exclude and not f.derived:
                    # to the 万元 precision of the stated figure (65983300元 is 6598.33万元, not 6598)
                    return f"（{of_claim(fig).shown()} 是{t.label}「{r.label or r.key}」的数）"
    return ""


# ---------------------------------------------------------------- repeats
def place(loc: Location) -> str:
    """A text's place as a reader finds it: 第5页 in a PDF, 第12段 in a Word document, the cell in a workbook."""
    if loc.page is not None:
        return f"第{loc.page}页"
    if loc.paragraph is not None:
        return f"第{loc.paragraph}段"
    return loc.cell or loc.sheet or ""


def merged(check):
    """A narrative check whose same judgement (code, message, expected and found) made at several places — a text
    that repeats “财政拨款支出增加2228.78万元，增长10.15%” in four sections — gives one finding, at the first place,
    that lists the others (their sentences are its further locations)."""

    @wraps(check)
    def run(disclosure, ctx):
        order: dict[tuple, list[Finding]] = {}
        for f in check(disclosure, ctx):
            order.setdefault((f.code, f.message, f.expected, f.actual), []).append(f)
        for first, *more in order.values():
            if more:
                where = list(dict.fromkeys(place(m.locations[0]) for m in more))
                first = first.model_copy(update={
                    "message": f"{first.message}同样的说法另有 {len(more)} 处（{'、'.join(where)}），不再另报。",
                    "locations": first.locations + [m.locations[0] for m in more]})
            yield first

    return run
