"""Build a 预算 table (B01–B13) from its block: the 决算 table builder with the 预算 row names."""

from __future__ import annotations

import re
from decimal import Decimal

from govaudit.model import CellIssue, Location, Table
from govaudit.model.trusted import construct
from govaudit.recognize import budget_specs, specs
from govaudit.recognize.grid import _DEPT_RE, Block, title_ref
from govaudit.recognize.tables import TableBuilder
from govaudit.text import UNIT_LABEL, norm, strip_numbering

_TOP_NUMBERING = re.compile(r"^[一二三四五六七八九十]+[、.．]")


_TWO_NUMBERS = re.compile(r"\d\s+\d")
_FUND_INCOME = ("income.general", "income.gov_fund", "income.state_capital")


class BudgetTableBuilder(TableBuilder):
    merged_numbers = 0
    def build(self):
        title, rest = budget_specs.split_title_meta(self.block.title)
        if rest:  # the 部门 and 金额单位 printed on the title's line
            from govaudit.recognize.text import find_unit

            where = title_ref(self.block)
            unit = find_unit(rest)
            if unit:
                self.meta.unit, self.meta.unit_cell = unit, where
            m = _DEPT_RE.match(rest)
            name = re.split(UNIT_LABEL, m.group(1))[0] if m else ""
            if name:
                self.meta.department, self.meta.department_cell = name, where
            self.block.title = title
        table = super().build()
        if table is not None:
            if table.kind in budget_specs.TWO_SIDED:
                from govaudit.recognize.expense_blocks import key_economic_block

                self._join_wrapped_names(table)
                key_economic_block(table, self.block)  # (a 经济分类 block under the 类: no 类 of its own)
            if table.kind == "B04":
                self._carry_over_block(table)
            if table.kind == "B09":  # last year's 预算数 printed beside this year's (budget_prior.py, s18budtext)
                from govaudit.recognize.budget_prior import add_prior_budget_row
                add_prior_budget_row(self, table)
            if table.kind == "B02":
                from govaudit.recognize.income_groups import key_income_groups

                key_income_groups(table)  # (each group's parts keyed as its own, before the column words' fallbacks)
                _carry_over_in_group(table)
                _unit_funds_apart(table)
                _unknown_unit_fund_parts(table)
            self.strays = self._stray_figures(table)
        return table

    def _join_wrapped_names(self, table: Table) -> None:
        """A row name wrapped onto the next line with its figure on the first ('二、社会保障和就 80' / '业支出'):
        the row is the joined name's, when only the joined name is one the form knows (so its figure counts in its
        side's sum); the continuation line has no code and no figure of its own on that side."""
        from govaudit.cellref import parse_a1

        numbers = self.block.row_numbers()
        taken = {(r.row, r.side) for r in table.rows}
        for row in table.rows:
            if not row.key.startswith("label:") or row.code or not row.label_cell:
                continue
            where = parse_a1(row.label_cell)
            if where is None or where[0] not in numbers:
                continue
            i = numbers.index(where[0])
            if i + 1 >= len(numbers) or (numbers[i + 1], row.side) in taken:
                continue
            below = next((c for c in self.block.rows[numbers[i + 1]] if c.col == where[1]), None)
            rest = norm(below.value) if below is not None and isinstance(below.value, str) else ""
            if not rest or budget_specs.numbered(rest) or any(ch.isdigit() for ch in rest) \
                    or budget_specs.side_row_key(table.kind, rest, row.side):
                continue  # a row of its own (numbered, coded, or a name the form knows)
            joined = row.label + rest
            key = budget_specs.side_row_key(table.kind, joined, row.side)
            if not key or (row.side >= 2 and (key.isdigit() or key.startswith("cat."))):
                continue
            if any(r.key == key for r in table.rows):
                continue  # the form's row of that name is printed elsewhere: the fragment is not it
            row.key, row.label = key, joined
            for k, fig in row.cells.items():
                if fig is not None:
                    row.cells[k] = fig.model_copy(update={"source": fig.source.model_copy(update={"row_label": joined})})

    def _carry_over_block(self, table: Table) -> None:
        """The 财政部 template's 财政拨款收支总表 lists last year's money under its own heading: '二、上年结转' /
        '（一）一般公共预算拨款 20.00' / '（二）政府性基金预算拨款' …. Those lines are the funds' carried-over income
        (carry_in.general …), not a second 本年 一般公共预算拨款; the heading is then their total (carry_in_total,
        like 一、本年收入 over the 本年 lines), so that the funds' sums count each line once (BGT401, BGT406–408)."""
        from govaudit.cellref import parse_a1

        income = [r for r in table.rows if r.side == 0 and r.label_cell]
        where = parse_a1(income[0].label_cell) if income else None
        if where is None:
            return
        col, start, end = where[1], None, None
        for r in self.block.row_numbers():
            cell = next((c for c in self.block.rows[r] if c.col == col), None)
            text = norm(cell.value) if cell is not None and isinstance(cell.value, str) else ""
            if not text:
                continue
            if start is None:
                core = strip_numbering(text)  # '二、上年结转', '上年结转', '二、上年财政拨款结转', '上年结转资金'
                if core.startswith("上年") and "结转" in core:
                    start = r
            elif budget_specs.side_row_key(table.kind, text, 0) not in _FUND_INCOME:
                end = r  # the block is its funds' lines: it ends at the first other line (收入总计 …)
                break
        if start is None:
            return
        parts = [r for r in income if start < r.row < (end or r.row + 1) and r.key.split("#")[0] in _FUND_INCOME]
        for row in parts:
            row.key = "carry_in." + row.key.split("#")[0].removeprefix("income.")
        if parts:
            for row in income:
                if row.row == start and row.key == "carry_in":
                    row.key = "carry_in_total"

    def _stray_figures(self, table: Table) -> int:
        """Rows whose figures sit under no amount column (a PDF table whose numbers are not under their headers)."""
        from govaudit.recognize.grid import is_code_text, is_lineno_row, is_numeric_cell
        from govaudit.recognize.grid import Meta as _Meta
        from govaudit.recognize.tables import classify_columns, header_paths, locate_header

        header, start = locate_header(self.block, self.block.kind, _Meta())
        cols = sorted({c.col for r in self.block.row_numbers() for c in self.block.rows[r]})
        roles = classify_columns(self.block.kind, header_paths(self.block, header, cols))
        # figures may stand under an amount column or in a label column (类/款/项 parts, 行次)
        value_cols = {c.col for c in table.columns} | {ro.col for ro in roles if ro.role not in ("unknown", "value")}
        n = 0
        for r in self.block.row_numbers():
            if r < start:
                continue
            cells = self.block.rows[r]
            if is_lineno_row(cells):
                continue
            if any(c.col not in value_cols and is_numeric_cell(c) and not is_code_text(c.value) for c in cells):
                n += 1
        return n

    def figure(self, cell, row_label, col_label, context):
        if isinstance(cell.value, str) and _TWO_NUMBERS.search(cell.value.strip()):
            # '80 237': two figures read into one cell (a PDF's columns run together), not eighty thousand
            self.merged_numbers += 1
            return None
        fig = super().figure(cell, row_label, col_label, context)
        if fig is not None and fig.unit == "元" and not fig.percent:
            # a budget is compiled in 元: a figure printed in 元 is the figure itself, not a rounding of a finer one
            # (domain notes budget.md §2: "exact in 元 files"; 万里 2025's 1 元 is a real defect)
            fig = fig.model_copy(update={"spread": Decimal(0)})
        return fig

    def _label(self, side_roles, by_col, last_split):
        label, label_cell, code = super()._label(side_roles, by_col, last_split)
        if not label and code is None and by_col:  # the lower row of a name merged down over it (merged_labels.py)
            from govaudit.recognize.merged_labels import merged_name

            row = next(iter(by_col.values())).row
            found = merged_name(self.block.sheet, row, [ro.col for ro in side_roles if ro.role == "name"])
            if found is not None:
                label, label_cell = found
        return label, label_cell, code

    @staticmethod
    def _row_key(kind, side, label, code, after_begin) -> str | None:
        core = strip_numbering(label)
        if not label and not code:
            return "budget"  # the one unlabelled row of a one-row table (三公, 江苏 支出预算总表)
        if kind in budget_specs.TWO_SIDED:
            key = budget_specs.side_row_key(kind, label, side) if label else None
            if side >= 2 and key and (key.isdigit() or key.startswith("cat.")):
                # a 功能 类 carried onto the 用途 block's figure (江苏 01: a wrapped '三、单位预留机动经/费' leaves its
                # figure on the line of '三、国防支出'): the figure has no row of its own
                return "budget"
            if key is None and code:
                key = code
            if key is None and core:
                # a row this version of the form names differently: still part of its side's sum
                if side == 0 and core.endswith(("收入", "资金")):
                    key = "income.extra." + core
                elif side >= 1 and core.endswith("支出"):
                    key = "cat." + core
            return key
        if code:
            return code
        if kind in ECONOMIC_TABLES and core in ("人员经费", "公用经费"):
            # a bare '人员经费' / '公用经费' row without a code heading its 类 (301, 303 ‖ 302, 310) in a one-column
            # 基本支出表 (held-out batch 28): that block's total, as '人员经费合计' below them (BGT802/BGT803)
            return "personnel_total" if core == "人员经费" else "public_total"
        if kind in ECONOMIC_TABLES and budget_specs.total_word(core):
            # '人员经费合计 | 公用经费合计' closing the two blocks of a 基本支出表 printed side by side (人员经费: 301,
            # 303 ‖ 公用经费: 302, 310): each block's total, not the table's (its 合计 is the line below)
            for word, key in (("人员经费", "personnel_total"), ("公用经费", "public_total")):
                if word in core:
                    return key
        if kind == "B02":
            for word, key in budget_specs.INCOME_GROUPS:
                if core.startswith(word):
                    return key
        if kind == "B13" and _TOP_NUMBERING.match(label):
            for word, key in budget_specs.PURCHASE_ROWS:
                if word in core:
                    return key
        if core in specs.TOTAL_WORDS or core.startswith("合计") or core.endswith(("总计", "合计")):
            # '一、基本支出合计', '（一）合计': a part's total, never the table's (budget_specs.TOTAL_PARTS)
            return None if budget_specs.numbered(norm(label)) else "total"
        return None


def build_budget_table(block: Block, file: str) -> tuple[Table | None, list[CellIssue]]:
    if block.kind == "B09":  # the 三公 items printed as rows (项目 | 预算数), not as columns
        from govaudit.recognize.sanshi import build_sanshi_by_rows

        by_rows = build_sanshi_by_rows(block, file, "B09", BudgetTableBuilder)
        if by_rows is not None:
            if by_rows[0] is not None:
                _sanggong_total(by_rows[0])  # (its 合计 is the “三公”经费 as in the one-row layout: BGT901)
            return by_rows
    builder = BudgetTableBuilder(block, file)
    table = builder.build()
    if table is None:
        return None, []
    for row in table.rows:
        if row.key == "budget" and not row.label:
            _name_row(row, "预算数")
    if table.kind == "B09":
        _sanggong_total(table)
        from govaudit.recognize.budget_prior import key_year_rows
        from govaudit.recognize.text import find_year

        key_year_rows(table, table.year or find_year(table.title))  # (the years printed as rows, batch 27)
        builder.issues = _words_in_change_rows(table, builder.issues)
    if table.kind in ECONOMIC_TABLES:
        _block_totals(table)
    if table.kind == "B03" and table.rows and not any(r.code for r in table.rows):
        table.kind = "B14"  # 江苏 公开03表: one row by use (合计 · 基本支出 · 项目支出 · 预留 · 结转), no 科目
    table.unreliable = _unreliable(table) or (
        f"有 {builder.strays} 行数字不在任何金额列下" if builder.strays else None) or (
        f"有 {builder.merged_numbers} 个单元格读出了两个数字" if builder.merged_numbers else None)
    if table.unreliable:
        return table, []  # its cells are not judged: neither are their contents
    return table, builder.issues + _repair_codes(table, file)


def _words_in_change_rows(table: Table, issues: list[CellIssue]) -> list[CellIssue]:
    """issues without the words in a 三公 table's change rows ('持平', '新增' in the 增减额/增减率 row of the years-as-rows
    layout: a change said in words, no figure and no CEL001, as sanshi._change_rows reads the items-as-rows one)."""
    from govaudit.cellref import parse_a1

    rows = {(r.sheet or table.sheet, r.row) for r in table.rows if r.key in ("delta", "delta_rate")}
    if not rows:
        return issues
    return [i for i in issues if not (i.kind == "not_a_number" and i.location.cell
                                      and (i.location.sheet, (parse_a1(i.location.cell) or (None,))[0]) in rows)]


ONE_ROW = ("B09", "B14")


def _unreliable(table: Table) -> str | None:
    """Figures on a row with neither label nor code, in a table whose rows all have one (or a second such row in a
    one-row table): the lines were not read as printed (a PDF's misaligned text), and judging them would report
    defects the document does not have."""
    orphans = [r for r in table.rows if r.key.split("#")[0] == "budget"]
    if len(orphans) > (1 if table.kind in ONE_ROW else 0):
        return f"有 {len(orphans)} 行数字找不到对应的行名或科目编码"
    if table.kind in FUNCTION_TABLES + ECONOMIC_TABLES and any(r.code for r in table.rows):
        uncoded = [r for r in table.rows if r.key.startswith("label:") and any(f is not None for f in r.cells.values())]
        if uncoded:  # a 科目 whose code was not read ('电费 235.00' with no 30206): the 类/款/项 sums cannot be judged
            return f"有 {len(uncoded)} 行有数字却没有科目编码（如“{uncoded[0].label}”）"
    lumped = [r for r in table.rows if len(r.label) > MAX_LABEL]
    if lumped:  # a line of the page run together (科目, names and figures), not a row name
        return f"有 {len(lumped)} 行的行名长于 {MAX_LABEL} 字"
    return None


MAX_LABEL = 50  # the longest 科目 or row name is about 30 characters


ECONOMIC_TABLES = ("B08", "B11", "B12")
FUNCTION_TABLES = ("B02", "B03", "B05", "B06", "B07", "B10")


def _valid_lei(kind: str, lei: str) -> bool:
    if kind in ECONOMIC_TABLES:
        return lei[:1] in ("3", "5")  # 部门预算支出经济分类 301…399, 政府预算支出经济分类 501…599
    return lei in specs.CATEGORY_NAMES


def _repair_codes(table: Table, file: str) -> list[CellIssue]:
    """A 款 or 项 whose printed 类 is no 类 at all (福利院 2024 prints the 类 of 2101102 as '7'), under rows that name its
    款: the row is read under the code its place gives it, and the misprint is reported (BGC005)."""
    issues = []
    if table.kind not in ECONOMIC_TABLES + FUNCTION_TABLES:
        return issues
    seen: list[str] = []
    for row in table.rows:
        code = row.code
        if not code:
            continue
        if len(code) in (5, 7) and not _valid_lei(table.kind, code[:3]):
            parent = next((c for c in reversed(seen) if len(c) == len(code) - 2 and c[3:] == code[3:-2]), None)
            if parent is not None:
                fixed = parent + code[-2:]
                issues.append(construct(
                    CellIssue, kind="bad_code", text=code, context=f"{table.label}|{fixed}",
                    location=construct(Location, file=file, sheet=table.sheet, cell=row.label_cell,
                                      row_label=f"{fixed} {row.label}".strip(), col_label="科目编码")))
                if row.key == code:
                    row.key = fixed
                row.code = code = fixed
        seen.append(code)
    return issues


def _sanggong_total(table: Table) -> None:
    """财政部 template's 一般公共预算“三公”经费支出表: 合计 · 因公出国（境）费 · 公务用车购置及运行费 · 公务接待费, no
    “三公” head over them, no 会议费/培训费/机关运行经费 beside them: its 合计 is the “三公”经费 (BGT901)."""
    keys = {c.key for c in table.columns}
    if "total" not in keys or keys & {"sanggong", "meeting", "training", "admin_run"}:
        return
    for c in table.columns:
        if c.key == "total":
            c.key = "sanggong"
    _rekey_cells(table, "total", "sanggong")


def _carry_over_in_group(table: Table) -> None:
    """A 收入总表 printing 上年结转 inside a source's group beside the group's 小计 (财政拨款: 小计 · 本年拨款 · 上年结转):
    the 小计 holds it already, so it is no source of its own (BGT201 would count it twice). A group over every
    source ('收入预算': 合计 · 上年结转 · 财政拨款收入 …, the 财政部 form) is no source: its 合计 is the row's total."""
    for column in table.columns:
        if column.key != "carry_in" or "/" not in column.header:
            continue
        group = column.header.rsplit("/", 1)[0]
        # (not in a 单位资金 group: its 小计 is no source BGT201 adds, the 上年结转 there is one, held-out batch 28)
        if any(o.header.startswith(group + "/") and o.header.rsplit("/", 1)[1] in ("小计", "合计")
               and o.key not in ("total", "unit_funds") for o in table.columns):
            column.key = "carry_in_part"
            _rekey_cells(table, "carry_in", "carry_in_part")


FUND_PARTS = ("fiscal.general", "fiscal.gov_fund", "fiscal.state_capital")  # what BGT204 adds up
UNIT_FUND_PARTS = ("carry_in", "special_account", "business", "operating", "upper", "affiliated", "other")


def _unit_funds_apart(table: Table) -> None:
    """'单位资金 [小计 | 上年结转结余 | 事业收入 | …]': BGT205 holds the 小计 against every part BGT201 adds but 财政拨款.
    Where one of them is printed outside the group ('合计 | 上年结转 | 财政拨款 | 单位资金 [小计 | 事业收入 | …]'), what
    the 小计 covers is not that list: its key is set apart, not judged (precision first)."""
    group = next((c.header.rsplit("/", 1)[0] for c in table.columns if c.key == "unit_funds" and "/" in c.header), None)
    if group is not None and all(c.header.startswith(group + "/") for c in table.columns if c.key in UNIT_FUND_PARTS):
        return
    for column in table.columns:
        if column.key == "unit_funds":
            column.key = "unit_funds#apart"
            _rekey_cells(table, "unit_funds", "unit_funds#apart")


def _rekey_cells(table: Table, old: str, new: str) -> None:
    """Each row's figure under column key `old` moved to `new` (the column itself rekeyed by the caller)."""
    for row in table.rows:
        if old in row.cells:
            row.cells[new] = row.cells.pop(old)


def _unknown_unit_fund_parts(table: Table) -> None:
    """'单位资金 [小计 | 上年结转结余 | … | 用事业基金弥补收支缺口]': a column of the group naming no known part is keyed after
    the group ('unit_funds#15'); neither BGT201 nor BGT205 adds it, so a right table drew false errors in both (review
    s28). Its figures are left under no column: the table is set aside (BGC006, its strays), as a flat layout printing
    such a column is. So is one in a 财政拨款 group split by fund ('财政拨款 [小计 | 一般 | 基金 | 国资 | 其他财政资金]',
    'fiscal#8'): BGT204 adds the three funds only (lead s28, review s28's strict xfail). A group not split by fund
    ('财政拨款 [小计 | 本年拨款 | 上年结转]', test_review16) has no BGT204 to mislead: read as before.
    Since budfix s29 this is the fallback: income_groups.py keys each part of a group printing its own 小计 as that
    group's (those tables are read and judged); what is left here is a group it could not key surely."""
    by_fund = any(c.key in FUND_PARTS for c in table.columns)
    unknown = {c.key for c in table.columns if (c.key.startswith("unit_funds#") or by_fund and c.key.startswith("fiscal#"))
               and c.key.split("#", 1)[1].isdigit() and "/" in c.header}
    if by_fund and any(c.key == "carry_in_part" and c.header.startswith("财政拨款/") for c in table.columns):
        unknown.add("carry_in_part")  # ('财政拨款 [小计 | 一般 | 基金 | 国资 | 上年财政拨款结转]': not one BGT204 adds)
    if not unknown:
        return
    table.columns = [c for c in table.columns if c.key not in unknown]
    for row in table.rows:
        for key in unknown:
            row.cells.pop(key, None)


def _block_totals(table: Table) -> None:
    """The two blocks' totals (人员经费合计, 公用经费合计) are the table's 合计 of 人员经费 and 公用经费, which the
    one-block form prints as the 合计 row's columns: given there too (the same figures, the same cells), so that
    人员经费 = 301 + 303 and 公用经费 = 302 + 310 (BGT802/803) and the cross-table identities find them."""
    total = table.row("total")
    if total is None:
        return
    for key, column in (("personnel_total", "personnel"), ("public_total", "public")):
        block = table.row(key)
        if block is not None and total.cells.get(column) is None and block.cells.get("amount") is not None:
            total.cells[column] = block.cells["amount"]


def _name_row(row, label: str) -> None:
    """The one unlabelled row of a 三公 table is its 预算数: say so in its cells' places."""
    row.label = label
    for key, fig in row.cells.items():
        if fig is not None and not fig.source.row_label:
            row.cells[key] = fig.model_copy(update={"source": fig.source.model_copy(update={"row_label": label})})
