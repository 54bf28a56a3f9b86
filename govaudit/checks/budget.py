"""部门预算 / 单位预算: the 类/款/项 hierarchy of the 预算 tables (BGT001) and what the disclosure is and holds (BGC):
its required tables, 决算 and 预算 mixed in one file, a 单位预算 that calls itself 部门预算, a table said to be empty
that is not. The identities written as data are rules/budget_*.toml."""

from __future__ import annotations

from govaudit.checks.completeness import declared_empty, partial_finding, partial_publication
from govaudit.checks.hierarchy import check_hierarchy
from govaudit.engine.registry import rule
from govaudit.model import BUDGET_TABLE_NAMES, Finding, Location, Severity, table_label
from govaudit.model.trusted import construct
from govaudit.recognize.budget_specs import shanghai_title, template_title, title_scope
from govaudit.recognize.stage import heading_claims, layout_scope
from govaudit.text import norm

NEEDS = ("tables", "bad_codes")  # its rules have nothing to check without these parts (engine/registry.py NEEDS, has)

CODED_BUDGET_TABLES = ("B02", "B03", "B05", "B06", "B07", "B08", "B10", "B11")
# the sets published (domain notes budget.md §1): 上海's nine; 江苏's twelve (公开01–12表: 05 财政拨款 by function,
# 06 财政拨款 基本支出 by economic class, 11 机关运行经费, 12 政府采购; no 国有资本经营预算 table)
SHANGHAI_SET = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09")
JIANGSU_SET = ("B01", "B02", "B14", "B04", "B10", "B11", "B05", "B08", "B09", "B06", "B12", "B13")
JIANGSU_ONLY = ("B10", "B11", "B12", "B13", "B14")
# 财政部's eight (中央部门; 北京, 广东, 浙江, 四川, 湖北): 收支总表 … 一般公共预算“三公”经费支出表, 政府性基金预算支出表
CENTRAL_SET = ("B01", "B02", "B03", "B04", "B05", "B08", "B09", "B06")


@rule(
    "BGT001",
    "预算表科目层级：合计 = Σ类，类 = Σ款，款 = Σ项（每一列）",
    explanation="""
收入预算总表、支出预算总表、各支出功能分类预算表和基本支出经济分类预算表中，上级科目的金额应等于其下级科目
之和：类（3位）= 其下各款（5位）之和，款 = 其下各项（7位）之和，合计行 = 各类之和；经济分类同样，类（301）=
其下各款（30101…）之和。每一个金额列都要核对。某个款与其下各项不符而使类和合计也随之不符时，只报告那个款。
上海的预算表以“元”为单位、没有四舍五入，差 1 元也是错误。
""",
    example="万里街道 2025 年部门预算：21201 城乡社区管理事务印 94,995,790，其下四项之和 94,995,789：错误。",
)
def budget_hierarchy(disclosure, ctx):
    yield from check_hierarchy(disclosure, CODED_BUDGET_TABLES, "BGT001")


def _loc(disclosure, table, label=None) -> list[Location]:
    return [construct(Location, file=disclosure.path, sheet=table.sheet, cell=table.title_cell,
                      row_label=label or table.title)]


@rule(
    "BGC001",
    "缺少必须公开的预算表",
    explanation="""
部门预算（单位预算）公开应包含规定的全部预算表：上海为九张（财务收支预算总表、收入预算总表、支出预算总表、
财政拨款收支预算总表、一般公共预算 / 政府性基金预算 / 国有资本经营预算支出功能分类预算表、一般公共预算基本
支出经济分类预算表、“三公”经费和机关运行经费预算表），江苏为公开01～12表（有财政拨款支出预算表（功能科目）、
财政拨款基本支出预算表（经济科目）、机关运行经费、政府采购等表），财政部格式为八张（收支总表、收入总表、支出总表、
财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、一般公共预算“三公”经费支出表、政府性基金预算
支出表）。没有数据的表也要以空表公开并说明。只有文字
没有表格的文件（江苏的“公开文件”）不核对此项。配置 `required-tables = "none"` 时也不核对。PDF 和 Word 文件中
表名可能印在旋转的页面上或折成几行而读不出来，所以在这些文件中找不到某张表只作警告。文件中只有其中一两张表时
（单独公开的部分材料，或分几个文件发布的公开中的一个文件），只给一条警告，列出缺少的表，并提示用 `--together`。
""",
    example="上海式预算中找不到“国有资本经营预算支出功能分类预算表”：错误。",
)
def missing_budget_tables(disclosure, ctx):
    budget = [k for k in disclosure.tables if k in BUDGET_TABLE_NAMES]
    if disclosure.stage != "预算" or not budget or not ctx.settings.required_tables:
        return
    # (a 政府采购 table alone is no 江苏 layout: other provinces publish one beside the template's eight)
    jiangsu = any(k in JIANGSU_ONLY and k != "B13" for k in budget + [t.kind for t in disclosure.unread_tables])
    required, style = (JIANGSU_SET, "江苏式（公开01～12表）") if jiangsu else (SHANGHAI_SET, "上海式（九张表）")
    titles = [t.title for t in disclosure.tables.values() if t.stage == "预算"]
    # the nine are 上海's, whose titles say so ('财务收支预算总表', '…支出功能分类预算表', '…机关运行经费预算表'); a set
    # titled '收支预算总表' … '一般公共预算“三公”经费支出预算表' (市/县, held-out batch 29) is the template's eight
    if not jiangsu and (any(map(template_title, titles)) or not any(map(shanghai_title, titles))):
        required, style = CENTRAL_SET, "财政部格式（八张表）"
    unread = {t.kind for t in disclosure.unread_tables} | ctx.cache.get("unit_books.aside", set())
    # in a workbook every table title is a cell; a PDF or Word file may print a title the reader cannot take as one
    # (a rotated page, a title broken over lines): there a table not found is a warning, not an error
    severity, where = (Severity.error, "工作簿中按标题找不到它") if disclosure.kind == "workbook" \
        else (Severity.warning, "文档中未能按标题找到它")
    missing = [k for k in required if k not in disclosure.tables and k not in unread]
    if partial_publication(disclosure, list(required), missing):
        yield partial_finding(disclosure, "BGC001", list(required), missing, BUDGET_TABLE_NAMES)
        return
    for kind in missing:
        title = disclosure.titled_only.get(kind)
        if title is not None and title.sentence:  # its title and a note that it is empty: not missing
            label = table_label(kind)
            yield declared_empty(disclosure, "BGC001", label, label, BUDGET_TABLE_NAMES[kind], title)
            continue
        yield construct(Finding, code="BGC001", severity=severity, file=disclosure.path, table=table_label(kind),
                                 expected=BUDGET_TABLE_NAMES[kind], actual=None,
                                 message=f"缺少{table_label(kind)}：{style}预算公开应有此表，{where}。"
                                         f"无数据时也应以空表公开并说明原因。")


@rule(
    "BGC002",
    "同一文件中既有决算表又有预算表",
    explanation="""
部门预算（每年春季公开）和部门决算（每年秋季公开）是两份不同的公开材料。一个文件中同时出现决算表和预算表，
往往是套用了另一份材料的表格，或把两份材料拼在了一起；各自的核对规则也只在本来的表上运行。
""",
    example="一个工作簿中有 9 张预算表，另有一张“收入支出决算总表”：错误，指出那张决算表。",
)
def stage_mixed(disclosure, ctx):
    stages = {t.stage for t in disclosure.tables.values() if t.stage}
    if len(stages) < 2 or disclosure.stage is None:
        return
    main = disclosure.stage
    for kind, table in sorted(disclosure.tables.items()):
        if table.stage and table.stage != main:
            yield construct(Finding, code="BGC002", severity=Severity.error, file=disclosure.path, table=table.label,
                                     locations=_loc(disclosure, table), expected=main, actual=table.stage,
                                     message=f"{table.label}「{table.title}」是{table.stage}表，而本文件是{main}公开"
                                             f"（{disclosure.stage_evidence}）：一份公开不应混入另一阶段的表。")


@rule(
    "BGC003",
    "单位预算自称部门预算（或部门预算自称单位预算）",
    severity="warning",
    explanation="""
部门预算是部门（含所属全部预算单位）的综合收支计划，单位预算是其中一个预算单位的。两者的财务收支预算总表
格式不同：单位预算把支出分为人员经费、公用经费和项目支出，部门预算只有“预算数”一列。表格是单位预算的格式，
表名或封面、标题却写“部门预算”（或反过来），读者会把一个单位的数当作整个部门的。govaudit 按财务收支预算总表的
格式判断，标出与之不符的表名和标题。
""",
    example="财务收支预算总表分列人员经费、公用经费、项目支出（单位预算格式），表名却是“2025年部门财务收支预算总表”：警告。",
)
def scope_mismatch(disclosure, ctx):
    layout = layout_scope(disclosure)
    if disclosure.stage != "预算" or layout is None:
        return
    other = "部门" if layout == "单位" else "单位"
    why = disclosure.scope_evidence or "表格格式"
    titles = [t for _k, t in sorted(disclosure.tables.items())
              if t.stage == "预算" and title_scope(t.title) == other]
    if titles:
        names = "、".join(f"“{t.title}”" for t in titles[:3]) + (f"等 {len(titles)} 张表" if len(titles) > 3 else "")
        yield construct(Finding, code="BGC003", severity=Severity.warning, file=disclosure.path, table=titles[0].label,
                                 locations=[loc for t in titles for loc in _loc(disclosure, t)],
                                 expected=f"{layout}预算", actual=f"{other}预算",
                                 message=f"表名{names}称{other}预算，但本文件是{layout}预算（{why}）。")
    for p, who, stage in heading_claims(disclosure):
        if stage == "预算" and who == other:
            yield construct(Finding, code="BGC003", severity=Severity.warning, file=disclosure.path,
                                     locations=[p.location.model_copy(update={"file": disclosure.path,
                                                                              "sentence": p.text})],
                                     expected=f"{layout}预算", actual=f"{other}预算",
                                     message=f"标题“{norm(p.text)}”称{other}预算，但本文件是{layout}预算（{why}）。")


_SAYS_EMPTY = ("为空表", "以空表", "空表列示", "本表为空", "此表为空", "本表无数据")


@rule(
    "BGC004",
    "表下注明为空表，表中却有数字",
    explanation="""
表下写着“本部门无……预算，故本表为空表”，表中却填了金额（或反过来填了金额却留着空表说明）：说明与数字必有
一处不对，读者无法知道哪一个是真的。
""",
    example="万里街道 2024 年“三公”经费预算表：合计 47.91、机关运行经费 443.18，表下却注明“本部门2024年无“三公”"
            "经费和机关运行经费预算，故本表为空表”：错误。",
)
def empty_note_with_figures(disclosure, ctx):
    for kind, table in sorted(disclosure.tables.items()):
        if table.stage != "预算" or table.is_empty:
            continue
        note = next((n for n in table.notes if any(w in norm(n) for w in _SAYS_EMPTY)), None)
        if note is None:
            continue
        first = next(f for f in table.figures() if f.value != 0)
        yield construct(Finding, code="BGC004", severity=Severity.error, file=disclosure.path, table=table.label,
                                 locations=[first.source.model_copy(update={"file": disclosure.path}),
                                            *_loc(disclosure, table)],
                                 actual=first.shown(), expected="空表",
                                 message=f"{table.label}「{table.title}」表下注明“{note}”，但表中有数字"
                                         f"（如 {first.source.row_label or ''} {first.source.col_label or ''} "
                                         f"为 {first.shown()}）：说明与数字不符。")


@rule(
    "BGC005",
    "科目编码的“类”与其上级科目不符",
    severity="warning",
    explanation="""
按类/款/项分列编码的表中，一个款或项的“类”编码应与它上面的类行相同。印成一个根本不存在的类（如把 210
印成 7）时，govaudit 按它所在的位置（紧接在哪个款下面）读作正确的编码继续核对，并报告这一处印错的编码。
""",
    example="社会福利院 2024 年单位预算支出预算总表：“事业单位医疗”一行的类印成 7，它在 21011 行政事业单位医疗之下，"
            "应为 2101102：警告。",
)
def misprinted_code(disclosure, ctx):
    for issue in disclosure.cell_issues:
        if issue.kind != "bad_code":
            continue
        label, _, fixed = issue.context.partition("|")
        yield construct(Finding, code="BGC005", severity=Severity.warning, file=disclosure.path, table=label,
                                 locations=[issue.location.model_copy(update={"file": disclosure.path})],
                                 expected=fixed, actual=issue.text,
                                 message=f"{label}「{issue.location.row_label}」：科目编码的类印成“{issue.text[:3].lstrip('0') or '0'}”，"
                                         f"没有这个类；它在 {fixed[:-2]} 之下，应为 {fixed}（已按 {fixed} 核对）。")


@rule(
    "BGC006",
    "预算表未能可靠识别，未核对",
    severity="warning",
    explanation="""
按标题找到了预算表，但表中有数字找不到对应的行名或科目编码（常见于 PDF 中文字行错位、表头折行、页面旋转），
govaudit 无法确定每个数字属于哪一行，因此不核对这张表，以免报告文件中并不存在的错误。请用工作簿或
Word 版本检查，或核对该表的 PDF 排版。
""",
    example="江苏某部门 2018 年公开01表：数字与行名不在同一行，读出 4 行没有行名的数字：警告，该表不核对。",
)
def unread_tables(disclosure, ctx):
    for table in disclosure.unread_tables:
        if not table.unreliable:
            continue  # (a table of no sure unit, set aside by unit_books: CMP012 says so)
        yield construct(Finding, code="BGC006", severity=Severity.warning, file=disclosure.path, table=table.label,
                                 locations=_loc(disclosure, table),
                                 message=f"{table.label}「{table.title}」未能可靠识别（{table.unreliable}），未核对这张表。")


@rule(
    "BGC007",
    "各表中同一“类”的名称不一致",
    severity="warning",
    explanation="""
同一个功能分类“类”（同一编码）在各张预算表中应是同一个名称。一些表仍印着改名前的旧名称（2019 年起“医疗卫生与计划
生育支出”改为“卫生健康支出”等，见 rules/narrative.toml 的 renamed），另一些表印着新名称时，读者会以为是两个科目。
报告列出各表的写法；哪一个是旧名称也一并说明。
""",
    example="社会福利院 2024 年单位预算：财务收支预算总表、财政拨款收支预算总表为“医疗卫生与计划生育支出”，收入预算总表、"
            "支出预算总表、一般公共预算支出功能分类预算表为“卫生健康支出”（同为 503,724 元）：警告。",
)
def category_names_agree(disclosure, ctx):
    # (imported here, not at the top: a 预算's tables only need them; start-up time, issue 13)
    from govaudit.narrative_data import narrative_data
    from govaudit.text import category_core, strip_numbering

    names: dict[str, dict[str, list]] = {}  # 类 code → its name (core) → [(table, row, name as printed)]
    for _kind, table in sorted(disclosure.tables.items()):
        if table.stage != "预算":
            continue
        for row in table.rows:
            # (a 收支总表 names its 类 rows without a code: the key its name was recognised by)
            code = row.code or (row.key if row.key and row.key.isdigit() else None)
            if code and len(code) == 3 and row.label:
                shown = strip_numbering(norm(row.label))
                core = category_core(shown).replace("其它", "其他")
                names.setdefault(code, {}).setdefault(core, []).append((table, row, shown))
    year = disclosure.year
    for code, by_name in sorted(names.items()):
        # a name cut short ('社会保障和就' for 社会保障和就业支出: a PDF cell's wrapped name read in part) is no other name
        by_name = {core: rows for core, rows in by_name.items()
                   if rows[0][2].endswith("支出") or not any(o != core and o.startswith(core) for o in by_name)}
        if len(by_name) < 2:
            continue
        old = {category_core(r.old): r for r in narrative_data().renamed
               if r.code == code and year is not None and year >= r.since}
        stale = [core for core in by_name if core in old]
        # the name to flag: an old one the year should no longer use, else the one fewer tables print
        odd = stale[0] if stale else min(by_name, key=lambda core: (len(by_name[core]), core))
        usual = [core for core in by_name if core != odd]
        table, row, shown = by_name[odd][0]
        said = "；".join(f"{'、'.join(dict.fromkeys(t.label for t, _r, _s in by_name[core]))}为“{by_name[core][0][2]}”"
                        for core in by_name)
        why = (f"“{shown}”是 {old[odd].since} 年以前的名称，{year} 年度应为“{old[odd].new}”"
               if stale else "应统一为同一名称")
        source = next((f.source for f in row.cells.values() if f is not None), None)
        yield construct(Finding, code="BGC007", severity=Severity.warning, file=disclosure.path, table=table.label,
                        locations=[source.model_copy(update={"file": disclosure.path})] if source else
                        _loc(disclosure, table),
                        expected=by_name[usual[0]][0][2] if len(usual) == 1 else None, actual=shown,
                        message=f"各表中 {code} 类的名称不一致：{said}。{why}。")
