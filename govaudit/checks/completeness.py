"""CMP: the disclosure is complete and speaks with one voice (department, year, unit, names of 科目)."""

from __future__ import annotations

from collections import Counter

from govaudit.checks.template import blank_template
from govaudit.engine.registry import rule
from govaudit.lazyre import compile as compile_re  # from a table of compiled patterns (issue 13)
from govaudit.model import Finding, Location, Severity, TABLE_NAMES, table_label
from govaudit.model.trusted import construct
from govaudit.text import category_core, norm
from govaudit.unit_aside import checks_alone
from govaudit.unit_books import ASIDE, UNITS

NEEDS = ("tables",)  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)

# the tables that are empty when a department has no money of one kind, by that kind's name in the table's title
_FUNDS = ("政府性基金", "国有资本经营", "三公")
_NIL = r"(?:(?<![\d.,])0(?:\.0+)?\s*(?:万元|元)|为\s*(?:0(?:\.0+)?|零)(?![\d.%％])|无此|未安排|不涉及)"
_CLAUSE = compile_re(r"[^。;!?\n]+")  # (normalised text: ；！？ are ;!?)
# per fund: a clause that says the money is nil ("本部门无政府性基金预算", "政府性基金拨款支出预算为0")
_NIL_FUND = {fund: compile_re(rf"(?:无|没有|未安排|不涉及)[^，,]{{0,8}}?{fund}|{fund}[^，,]{{0,30}}?{_NIL}") for fund in _FUNDS}
EXPLAINS_EMPTY = ("空表", "表为空", "无数据", "没有", "不涉及", "未发生", "无相关", "无此", "无收支", "无该", "无“", "无\"", "无")


def partial_publication(disclosure, required, missing) -> bool:
    """A file that holds one or two of a set of five or more tables is a part published on its own (a “三公”经费
    公开, a 说明 with one table) or one file of a split publication: one note about it, not one error per table."""
    return len(required) >= 5 and len(required) - len(missing) <= 2 and not disclosure.titled_only


def partial_finding(disclosure, code, required, missing, names) -> Finding:
    present = [k for k in required if k not in missing]
    first = disclosure.tables.get(present[0]) if present else None
    shown = "、".join(table_label(k) for k in present) or "无"
    return construct(
        Finding, code=code, severity=Severity.warning, file=disclosure.path,
        locations=_loc(disclosure, first, first.title_cell, first.title) if first is not None else [],
        expected=f"{len(required)} 张表", actual=f"{len(required) - len(missing)} 张",
        message=f"本文件只有{shown}（{len(required)} 张应公开的表中的 {len(required) - len(missing)} 张），"
                f"缺少其余 {len(missing)} 张：" + "、".join(_named(k, names) for k in missing)
                + "。若本文件是单独公开的部分材料（如“三公”经费公开），可不理会；若其余各表在其他文件中，"
                  "请把它们放在同一文件夹，用 govaudit check --together 一起检查。")


def _named(kind, names) -> str:
    label, name = table_label(kind), names.get(kind)
    return f"{label}「{name}」" if name and name not in label else label


def _loc(disclosure, table, cell, label=None) -> list[Location]:
    return [construct(Location, file=disclosure.path, sheet=table.sheet, cell=cell or table.title_cell,
                      row_label=label)]


@rule(
    "CMP001",
    "缺少必须公开的决算表",
    explanation="""
部门决算公开应包含规定的全部表格（默认九张：公开01表～公开09表；不同地区可在配置中改变必备表）。
没有数据的表也要以空表公开并加以说明，不能省略。
文件中只有其中一两张表时（单独公开的“三公”经费说明，或分几个文件发布的公开中的一个文件），只给一条
“警告”，列出缺少的表，并提示用 `--together` 把同一份公开的各文件一起检查。
""",
    example="工作簿中找不到“政府性基金预算财政拨款收入支出决算表”：错误。",
)
def missing_tables(disclosure, ctx):
    if not disclosure.tables or disclosure.stage == "预算":
        return  # a 预算 has its own set of tables (BGC001)
    where = "工作簿" if disclosure.kind == "workbook" else "文档"
    unread = {t.kind for t in disclosure.unread_tables}  # found but set aside (BGC006): not missing
    unread |= ctx.cache.get(ASIDE, set())  # (a table of no sure unit, CMP012: set aside, not missing)
    required = list(ctx.settings.required_tables)
    missing = [k for k in required if k not in disclosure.tables and k not in unread]
    if partial_publication(disclosure, required, missing):
        yield partial_finding(disclosure, "CMP001", required, missing, TABLE_NAMES)
        return
    for kind in missing:
        name = TABLE_NAMES.get(kind, kind)
        title = disclosure.titled_only.get(kind)
        if title is not None and title.sentence:  # the heading and a note that the table is empty: not missing
            yield declared_empty(disclosure, "CMP001", f"公开{kind}表", f"公开{kind}表「{name}」", name, title)
            continue
        if title is not None:  # the heading is there, the table is not: say so, at the heading
            yield construct(Finding, code="CMP001", severity=Severity.error, file=disclosure.path, table=f"公开{kind}表",
                                     locations=[title],
                                     expected=name, actual="只有标题",
                                     message=f"公开{kind}表「{name}」只有标题，没有表格：{where}中印出了表名"
                                             f"“{title.table_title}”，其下却没有表格。无数据时也应列出表格（空表）并说明原因。")
            continue
        yield construct(Finding, code="CMP001", severity=Severity.error, file=disclosure.path, table=f"公开{kind}表",
                                 expected=name, actual=None,
                                 message=f"缺少公开{kind}表「{name}」：{where}中找不到该表"
                                         f"（按标题或“公开{kind}表”编号查找）。无数据时也应以空表公开并说明原因。")


def declared_empty(disclosure, code, table, named, name, title: Location) -> Finding:
    """A table's title, its 部门 line and a note that the table is empty, with no table: not missing (a warning that
    quotes the note; title.sentence holds it)."""
    return construct(Finding, code=code, severity=Severity.warning, file=disclosure.path, table=table,
                              locations=[title.model_copy(update={"sentence": None})],
                              expected=name, actual="只有标题和说明",
                              message=f"{named}只印了标题和说明“{title.sentence}”，没有列出表格。"
                                      f"该表无数据不是错误，但一般仍应列出空表（表头和合计行）并在表下说明。")


@rule(
    "CMP002",
    "空表没有说明原因",
    explanation="""
没有数据的表仍要公开，并在表下注明原因（如“本部门无政府性基金预算财政拨款收支，故本表以空表列示”）。
空表而无说明，读者无法判断是没有发生还是漏填。情况说明中已写明该项资金为零或没有（如“本部门无政府性基金
预算”“政府性基金拨款支出预算为0”）时，视为已说明。
""",
    example="公开09表全部为空，表下只有“注：本表反映…”：错误。",
)
def empty_without_note(disclosure, ctx):
    if blank_template(disclosure):
        return  # CMP010 says it once for the whole document
    for table in disclosure.tables.values():
        if not table.is_empty:
            continue
        notes = "".join(table.notes)
        explained = any(w in notes.replace("注:本表反映", "").replace("本表反映", "") for w in EXPLAINS_EMPTY)
        if not explained and not _nil_in_text(disclosure, table):
            yield construct(Finding, code="CMP002", severity=Severity.error, file=disclosure.path, table=table.label,
                                     locations=_loc(disclosure, table, table.title_cell, table.title),
                                     message=f"{table.label}「{table.title}」没有任何数据，表下也没有说明为什么是空表"
                                             f"（应注明如“本部门无相关收支，故本表以空表列示”）。")


def _nil_in_text(disclosure, table) -> bool:
    """Whether the text says the money an empty table is about is nil: the reason may be given in the table's own
    section of the 情况说明 instead of under it ("七、政府性基金支出预算表情况说明：本部门无政府性基金预算";
    "政府性基金拨款支出预算为0"), which tells the reader as plainly why the table is empty."""
    title = norm(table.title or "") + TABLE_NAMES.get(table.kind, "") + table.label
    fund = next((f for f in _FUNDS if f in title), None)
    if fund is None or not disclosure.paragraphs:
        return False
    nil = _NIL_FUND[fund]
    return any(nil.search(clause) for p in disclosure.paragraphs for clause in _CLAUSE.findall(norm(p.text)))


def _disagreement(disclosure, code, what, attr, cell_attr, normalise=lambda v: v, severity=Severity.error,
                 tail="", skip=()):
    values = {k: getattr(t, attr) for k, t in disclosure.tables.items()
              if getattr(t, attr) is not None and k not in skip}
    if not values:  # (all alike: every value is the most common one, nothing below is reported)
        return
    common, _n = Counter(normalise(v) for v in values.values()).most_common(1)[0]
    shown = next(v for v in values.values() if normalise(v) == common)
    for kind, value in sorted(values.items()):
        if normalise(value) != common:
            table = disclosure.tables[kind]
            yield construct(Finding, code=code, severity=severity, file=disclosure.path, table=table.label,
                                     locations=_loc(disclosure, table, getattr(table, cell_attr)),
                                     expected=str(shown), actual=str(value),
                                     message=f"{table.label}的{what}为“{value}”，与其他各表的“{shown}”不一致。{tail}")


@rule("CMP003", "各表的部门名称不一致",
      explanation="同一份决算公开中各表“部门：”后的名称应相同（忽略空格和换行）。名称不同往往是套用了别的部门的表。",
      example="公开01表“唐山高新区人社局”，公开07表“唐山高新区财政局”：错误。")
def department_differs(disclosure, ctx):
    yield from _disagreement(disclosure, "CMP003", "部门名称", "department", "department_cell", norm)


@rule("CMP004", "各表的年度不一致",
      explanation="各表标题或表头中的年度应相同。年度不同往往是沿用了上一年的表。",
      example="公开01表 2019 年度，公开05表 2018 年度：错误。")
def year_differs(disclosure, ctx):
    yield from _disagreement(disclosure, "CMP004", "年度", "year", "year_cell")


@rule("CMP005", "各表的金额单位不一致",
      severity="warning",
      explanation="""
各表的“金额单位”应相同（通常为万元）。单位不同是表述上的不一致，读者容易误读，所以是“警告”；数字本身
并没有错：govaudit 按各表自己的单位换算后照常做表间核对（1 元 = 0.0001 万元），换算后不相符的才报错误。
""",
      example="公开01表“金额单位：万元”，公开06表“单位：元”：警告。")
def unit_differs(disclosure, ctx):
    # 上海's “三公”经费和机关运行经费预算表 is in 万元 beside eight tables in 元, as the official template prints it
    yield from _disagreement(disclosure, "CMP005", "金额单位", "unit", "unit_cell", severity=Severity.warning,
                             tail="表间核对已按各表的单位换算。", skip=("B09",))


@rule("CMP006", "同一科目编码在不同表中名称不同",
      severity="warning",
      explanation="""
同一份决算中，同一个功能分类科目编码在各表中应使用同一名称（忽略空格、括号里的“类/款/项”和末尾的
“支出”）。名称不同说明编码或名称有一处填错。
""",
      example="公开03表 2080505“机关事业单位基本养老保险缴费支出”，公开05表 2080505“行政单位医疗”：警告。")
def code_named_differently(disclosure, ctx):
    seen: dict[str, tuple[str, str, object, object]] = {}
    # 决算 and 预算 tables by 功能分类 (one disclosure holds only one of the two sets)
    for kind in ("02", "03", "05", "08", "09", "B02", "B03", "B05", "B06", "B07", "B10"):
        table = disclosure.tables.get(kind)
        if table is None:
            continue
        for row in table.rows:
            if not row.code or not row.label:
                continue
            core = category_core(row.label)
            if row.code not in seen:
                seen[row.code] = (core, kind, row, table)
                continue
            first_core, first_kind, first_row, first_table = seen[row.code]
            if core != first_core and kind != first_kind:
                yield construct(
                    Finding, code="CMP006", severity=Severity.warning, file=disclosure.path, table=table_label(kind),
                    locations=[construct(Location, file=disclosure.path, sheet=table.sheet, cell=row.label_cell,
                                         row_label=row.label),
                               construct(Location, file=disclosure.path, sheet=first_table.sheet,
                                         cell=first_row.label_cell, row_label=first_row.label)],
                    expected=first_row.label, actual=row.label,
                    message=f"科目编码 {row.code} 在{table_label(kind)}中名为“{row.label}”，在{table_label(first_kind)}中名为"
                            f"“{first_row.label}”：同一编码应使用同一名称。")


@rule("CMP007", "同一张表出现了两次",
      severity="warning",
      explanation="工作簿中同一张决算表出现两次时，govaudit 只核对数据较多的一份；请删除多余的一份，避免公开两个版本。",
      example="“收入决算表”在 Sheet2 和 Sheet5 各有一份：警告。")
def duplicated_table(disclosure, ctx):
    for dup in disclosure.duplicates:
        kept = disclosure.tables.get(dup.kind)
        # a 决算's extra table titled as a 预算 template's (not checked, kept among extra_tables) is named by its own
        # title, not by the 预算 table it resembles ('《一般公共预算支出功能分类预算表》' in a 决算)
        extra = disclosure.stage == "决算" and dup.stage == "预算"
        label = f"《{dup.title}》" if extra else dup.label
        named = label if extra else f"{dup.label}「{dup.title}」"
        if disclosure.kind != "workbook":  # one virtual sheet: its name means nothing to the reader
            message = f"{named}在文档中再次出现（已核对数据较多的那一份）。"
        else:
            message = (f"{named}在工作表“{dup.sheet}”再次出现"
                       + (f"（已核对“{kept.sheet}”中的那一份）。" if kept and not extra else "。"))
        yield construct(Finding, code="CMP007", severity=Severity.warning, file=disclosure.path, table=label,
                                 locations=_loc(disclosure, dup, dup.title_cell, dup.title), message=message)


@rule("CMP008", "表中没有写明金额单位",
      severity="warning",
      explanation="每张表应在表头写明“金额单位：万元”（或元）。没有单位时，表中的金额与其他各表的同一笔钱只按某一单位相符（至少两个不同的金额）时按该单位核对；无法确定、按万元读又比其他各表的最大金额大十倍以上时不核对这张表（BGC006）；其余按万元核对。",
      example="公开05表表头只有“部门：XX局”：警告。")
def unit_missing(disclosure, ctx):
    for table in disclosure.tables.values():
        if table.unit is None and not table.is_empty:
            # (recognize/units: the unit its figures agree with the other tables in, when that is sure)
            unit = next((f.unit for f in table.figures() if not f.percent), "万元")
            why = f"，其数字与其他各表按{unit}相符" if unit != "万元" else ""
            yield construct(Finding, code="CMP008", severity=Severity.warning, file=disclosure.path, table=table.label,
                                     locations=_loc(disclosure, table, table.title_cell, table.title),
                                     message=f"{table.label}「{table.title}」没有写明金额单位（按{unit}核对{why}）。")


@rule("CMP011", "工作簿包含几个单位的公开表，已分单位核对",
      severity="info",
      explanation="一个工作簿中有两个（或更多）单位的整套公开表（部门汇总与本级、部门与所属单位，各在自己的工作表上，或上下排在同一张"
                  "工作表上），按各表的编制单位（或工作表的顺序）分开，每个单位的表只与本单位的表相核对。本条说明分出的单位及其所在位置。",
      example="“部门-”工作表是某局的九张表、“单位-”工作表是所属中心的九张表：提示分为 2 个单位分别核对。")
def units_split(disclosure, ctx):
    units = ctx.cache.get(UNITS)
    if units is None or len(units.books) < 2:
        return
    said, locations = [], []
    for k, (name, places) in enumerate(zip(units.names, units.places), 1):
        where = "、".join(f"“{sheet}”" + (f"第{lo}–{hi}行" if lo is not None else "") for sheet, lo, hi in places[:6])
        more = f"等 {len(places)} 处" if len(places) > 6 else ""
        said.append(f"{name or f'第{k}个单位（未写编制单位）'}（工作表{where}{more}）")
        if places:
            sheet, lo, _hi = places[0]
            locations.append(construct(Location, file=disclosure.path, sheet=sheet, cell=f"A{lo or 1}",
                                       row_label=name or f"第{k}个单位"))
    yield construct(Finding, code="CMP011", severity=Severity.info, file=disclosure.path, locations=locations,
                    message=f"本工作簿包含 {len(units.books)} 个单位的公开表，已按单位分开、各自核对：" + "；".join(said) + "。")


@rule("CMP012", "无法确定属于哪个单位的表，未与其他表比较",
      severity="warning",
      explanation="工作簿中有几个单位的表排在同一张工作表上时，按各表的编制单位分开；一张表没有写编制单位、又无法从同一工作表上"
                  "其他表确定它属于哪个单位时（同一工作表上有两份数字不同的同一张表，都没有写编制单位时两份都是），为免把两个单位"
                  "（或新旧两版）的数字相互比较，这张表不与其他表比较，只核对表内的合计与各项（决算表的 TBL 规则）。"
                  "请在表头写明编制单位，或把各单位的表分放在不同的工作表上。",
      example="每张工作表上部是部门汇总表（写有编制单位）、下部是本级表（未写编制单位）：下部各表提示未与其他表比较。")
def units_unsure(disclosure, ctx):
    units = ctx.cache.get(UNITS)
    if units is None:
        return
    for table in units.aside:
        yield construct(Finding, code="CMP012", severity=Severity.warning, file=disclosure.path, table=table.label,
                        locations=_loc(disclosure, table, table.title_cell, table.title),
                        message=f"工作表“{table.sheet}”中的{table.label}「{table.title}」（{table.title_cell}）与另一份数字不同的"
                                f"同一张表排在同一工作表上、没有写明编制单位，无法确定属于哪个单位（或哪一份是最终版本），"
                                + ("只核对了这张表内的合计与各项，未与其他表比较。" if checks_alone(disclosure)
                                   else "未核对这张表。"))
