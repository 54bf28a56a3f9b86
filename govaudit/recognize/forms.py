"""Build a 部门预算项目绩效自评表 from its block of cells, by its labels, never by fixed positions.

A form has parts, each found by its header words wherever it sits (see form_specs.py):
- single fields: a label (项目名称, 实施预算单位, 填报部门, 评价等级, 填报人 …) with its value after a colon
  or in the next cells to the right;
- 预算执行情况: a header row naming budget columns (预算数/到位数/执行数/执行率, or 年初预算数 · 全年预算数 ·
  全年执行数 · 分值 · 执行率 · 得分, or 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 · 权重 · 得分) over rows
  labelled 总额 / 其中：财政资金 / 其他 …; in the 河北 layout each row carries its own labels beside the values
  (预算数： 3 到位数： 3 执行数： 2.96), which are told apart from values by their words;
- 目标完成情况: a header (年度预期目标 · 具体完成情况 · 总体完成率) over one row of values;
- the indicator table: a header (一级指标 · 二级指标 · 三级指标 · 预期指标值 · 实际完成值 · 分值 · 自评得分) over
  rows in which 一级 and 二级 are carried down merged or blank cells, closed by 总分/合计.
"""

from __future__ import annotations

from decimal import Decimal

from govaudit.cellref import a1, parse_a1
from govaudit.model import CellIssue, Figure, Location
from govaudit.model.form import (
    BUDGET_COLUMNS,
    BudgetColumn,
    BudgetLine,
    Indicator,
    PerformanceForm,
    Section,
    TextValue,
)
from govaudit.model.trusted import construct
from govaudit.readers.base import Cell
from govaudit.recognize import form_specs as fs
from govaudit.recognize import form_subheads
from govaudit.recognize.form_level2 import recentre_level2
from govaudit.recognize.form_print import AMOUNT_COLUMNS, PrintedPlacement, _centred_headings, is_number
from govaudit.recognize.grid import Block, MergedLookup
from govaudit.recognize.tables import label_indent
from govaudit.recognize.text import ImplausibleNumber, NotANumber, find_unit, find_year, parse_number
from govaudit.records import replace  # (not dataclasses': it imports inspect, ast and dis on a check's way)
from govaudit.lazyre import lazy
from govaudit.text import norm

MIN_AMOUNT_DECIMALS = 2  # 万元 amounts are known to 0.01 at least: "3" typed in a form is 3.00, not 3 ± 0.5


def _raw(cell: Cell | None) -> str:
    if cell is None or not isinstance(cell.value, str):
        return ""
    return cell.value.strip(" \t\r\n\u3000\xa0")


_SEPARATORS = ":： \t\u3000\xa0"  # what stands between a label and its value, no part of the value

_LINE_BREAK = lazy(r"\s*\n\s*")


def _one_line(text: str) -> str:
    """'就业创业服\n务能力建设' → '就业创业服务能力建设': a line break typed to wrap a name is no part of it (between two
    Latin letters or digits it stands for a space)."""
    def join(m):
        a, b = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        return " " if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() else ""
    return _LINE_BREAK.sub(join, text)


class FormBuilder(PrintedPlacement):
    def __init__(self, block: Block, file: str, part: tuple[int, int, Cell | None] | None = None):
        """`part`: (first column, last column, title cell) of one of two forms printed side by side in the block."""
        self.block = block
        self.file = file
        self.sheet = block.sheet
        self.issues: list[CellIssue] = []
        lo, hi, title = part or (0, 1 << 30, None)
        self.title = _raw(title) if title is not None else block.title
        # each row's cells by column, left to right (a sheet's rows come so: sorted here only if not), so that the
        # builder walks a row by iterating its dict
        self.by_row: dict[int, dict[int, Cell]] = {}
        self._texts: dict[int, list[str]] = {}  # texts(r), made once per row
        for r in block.row_numbers():
            cells = {c.col: c for c in block.rows[r] if lo <= c.col <= hi}
            if cells:
                cols = list(cells)
                if cols != sorted(cols):
                    cells = {c: cells[c] for c in sorted(cols)}
                self.by_row[r] = cells
        self.rows = list(self.by_row)
        cols = [c for r in self.rows for c in self.by_row[r]]
        # (a form's block always holds its title row, so it has rows and columns)
        self.min_col, self.max_col = min(cols), max(cols)
        self.merged = MergedLookup(self.sheet, block.title_row, self.rows[-1])
        self.merge_end = _merge_ends(self.sheet)  # origin → last column of its merged range
        self.form = construct(PerformanceForm, title=self.title, sheet=self.sheet.name,
                              title_cell=a1(block.title_row, title.col if title is not None else block.title_col))
        self.context = "绩效自评表"
        self.rate_in_percent = True  # the rate column's header says '(%)': a text 0.98 there is 0.98 %
        self.number_rates: dict[str, tuple[Decimal, int]] = {}  # cell → a number rate as shown, before read as a fraction
        self.inherited: dict[int, str] | None = None  # indicator columns of the form this block continues
        self.under_word: dict[str, int] = {}  # 分值/得分 read from the column beside their header word's (PDF)
        self.printed_parts = None  # a money header printed on three lines (form_subheads.printed_parts)
        self._parts_unplaced = False  # (its lines not placed under it: read as before)

    # ------------------------------------------------------------------ helpers
    def _merged_down(self, r: int, c: int) -> bool:
        """Whether (r, c) heads a range merged down over the row below: a printed merge, its text on its first row."""
        return self.merged.map.get((r + 1, c)) == (r, c)

    def loc(self, r: int, c: int, row_label: str | None = None, col_label: str | None = None) -> Location:
        # typed values only (strings or None): built without re-validation, as tables.py builds its places
        return construct(Location, file=self.file, sheet=self.sheet.name, cell=a1(r, c), row_label=row_label or None,
                         col_label=col_label or None)

    def texts(self, r: int) -> list[str]:
        got = self._texts.get(r)
        if got is None:
            got = self._texts[r] = [c.value for c in self.by_row[r].values() if isinstance(c.value, str) and norm(c.value)]
        return got

    def right_of(self, cell: Cell) -> int:
        return self.merge_end.get((cell.row, cell.col), cell.col) + 1

    def value_right(self, cell: Cell, inline: str = "") -> tuple[str, Location]:
        """The text written after a label: in the label itself after its colon, then the next cells to the right
        up to the next label. Returns the text ('' when blank) and where it is (or would be)."""
        start = self.right_of(cell)
        parts = [inline] if inline else []
        first: Location | None = self.loc(cell.row, cell.col) if inline else None
        for c in self.by_row[cell.row]:
            if c < start:
                continue
            nxt = self.by_row[cell.row][c]
            text = _raw(nxt) if isinstance(nxt.value, str) else self._plain(nxt)
            # a merged cell written out into each of its cells (an unmerged export): the label and its value
            # repeated side by side are one label and one value
            if text and text in (_raw(cell), parts[-1] if parts else None):
                continue
            if isinstance(nxt.value, str) and fs.is_stop(nxt.value):
                break
            if isinstance(nxt.value, str):
                text = text.lstrip(_SEPARATORS)  # '：' in a cell of its own between label and value, or before it
            if not text:
                continue
            parts.append(fs.split_inline(text) if isinstance(nxt.value, str) else text)
            if first is None:
                first = self.loc(nxt.row, nxt.col)
            if not isinstance(nxt.value, str):
                break
        if first is None:
            first = self.loc(cell.row, start)
        return "".join(p for p in parts if p), first

    @staticmethod
    def _plain(cell: Cell) -> str:
        v = cell.value
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return "" if v is None else str(v)

    def column_kinds(self, header_row: int, classify) -> dict[int, str]:
        """Column → kind from a header row; a blank header beside an unmerged one inherits it."""
        kinds: dict[int, str] = {}
        last = None
        for c in range(self.min_col, self.max_col + 1):
            v = self.merged.value(header_row, c)
            if isinstance(v, str) and norm(v):
                last = classify(v)
                if last:
                    kinds[c] = last
            elif last:
                kinds[c] = last
        return kinds

    # ------------------------------------------------------------------ values
    def number(self, cell: Cell, kind: str, row_label: str, col_label: str) -> Figure | TextValue | None:
        """kind: 'amount' (万元), 'rate' (percent), 'points' (分值/得分), 'target' (预期/实际: a number, a percent
        with or without ≥, or text)."""
        loc = self.loc(cell.row, cell.col, row_label, col_label)
        if cell.formula_without_value:
            self.issues.append(construct(CellIssue, kind="formula_without_value", location=loc, context=self.context))
            return None
        raw = cell.value
        op = ""
        if isinstance(raw, str) and kind in ("target", "rate"):
            op, rest = fs.split_comparator(raw)
            raw = rest if op else raw
        elif isinstance(raw, str) and kind == "points":
            raw = fs.strip_points_unit(raw)
        try:
            parsed = parse_number(raw, cell.number_format)
        except ImplausibleNumber:
            self.issues.append(construct(CellIssue, kind="implausible", location=loc, text=str(cell.value),
                                         context=self.context))
            return None
        except NotANumber:
            if kind == "amount":
                self.issues.append(construct(CellIssue, kind="not_a_number", location=loc, text=str(cell.value),
                                                        context=self.context))
            text = _raw(cell) if isinstance(cell.value, str) else str(cell.value)
            return construct(TextValue, text=text, source=loc)
        if parsed is None:
            if op or (kind == "target" and norm(cell.value) in ("无", "空")):
                return construct(TextValue, text=_raw(cell), source=loc)  # '无' is an answer (否), not a blank
            return None
        value, decimals, percent = parsed
        text = _raw(cell)
        if kind == "amount":
            if not percent and (cell.number_format in ("General", "@") or isinstance(cell.value, str)):
                decimals = max(decimals, MIN_AMOUNT_DECIMALS)
                value = value.quantize(Decimal(1).scaleb(-decimals))
            return construct(Figure, value=value, decimals=decimals, unit=self.form.unit or "万元", text=text,
                             source=loc)
        if kind == "rate" and not percent:
            # a fraction: a number cell (shown 98.5% or 0.985), or a text '0.985' under a header that does not say
            # its numbers are percents ('执行率（%）'), with a decimal as a number cell shows it ('0.9': 90%, as the
            # number 0.9 shown in General format is)
            fraction = isinstance(cell.value, (int, float)) or (decimals >= 1 and not self.rate_in_percent)
            if fraction and abs(value) <= Decimal("1.5") and value != 0:
                if isinstance(cell.value, (int, float)):
                    self.number_rates[loc.cell] = (value, decimals)
                value, decimals = (value * 100).normalize(), max(decimals - 2, 0)
                value = value.quantize(Decimal(1).scaleb(-decimals))
            percent = True
        if percent:
            return construct(Figure, value=value, decimals=decimals, unit="%", percent=True, text=text, source=loc)
        return construct(Figure, value=value, decimals=decimals, unit="分" if kind == "points" else "", text=text,
                         source=loc)

    # ------------------------------------------------------------------ build
    def build(self) -> PerformanceForm | None:
        headers = self.find_headers()
        self.read_meta(headers)
        self.read_fields()
        if "budget" in headers:
            self.read_budget(headers["budget"], headers)
        if "goal" in headers:
            self.read_goal(headers["goal"])
        if "indicators" in headers:
            self.read_indicators(headers["indicators"])
        elif self.inherited and not headers:  # the indicator table continued without its header
            self.read_indicators(self.block.title_row, self.inherited)
        else:
            self.read_total(None, {})
        form = self.form
        _drop_blank_budget_section(form)
        if not (form.project or form.budget or form.sections or form.total_score or form.total_score_text):
            return None  # a title with no form under it (a list of attachments, a caption)
        self.context = f"绩效自评表「{form.name}」"
        for issue in self.issues:
            issue.context = self.context
        return form

    def find_headers(self) -> dict[str, int]:
        found: dict[str, int] = {}
        tasks = None  # a 部门整体 form's 年度主要任务 header ('任务名称 | 主要内容 | 预算数 | 执行数') above its budget's
        for r in self.rows:
            texts = self.texts(r)
            if len(texts) < 2:
                continue  # (each header names two columns at least)
            if "indicators" not in found and fs.is_indicator_header(texts):
                found["indicators"] = r
            elif "budget" not in found and fs.is_budget_header(texts):
                if fs.is_task_header(texts) and tasks is None:
                    tasks = r  # (the money of each task, not the form's budget: read only if no budget header follows)
                    continue
                found["budget"] = r
            elif "goal" not in found and fs.is_goal_header(texts):
                found["goal"] = r
            if len(found) == 3:
                break  # (each part's first header is the one kept)
        if "budget" not in found and tasks is not None:
            found["budget"] = tasks
        return found

    def read_meta(self, headers: dict[str, int]) -> None:
        form = self.form
        first_part = min(headers.values(), default=self.block.end_row)
        year = find_year(self.title)
        if year:
            form.year, form.year_cell = year, form.title_cell
        for r in self.rows:
            if form.unit is not None and (form.year is not None or r >= first_part):
                break  # (both known, or the year no longer looked for)
            for cell in self.by_row[r].values():
                if not isinstance(cell.value, str):
                    continue
                t = norm(cell.value)
                if form.year is None and r < first_part:
                    y = find_year(t)
                    if y and len(t) <= 16:
                        form.year, form.year_cell = y, cell.ref
                if form.unit is None:
                    unit = find_unit(t)
                    if unit is None and r in headers.values() and "(万元)" in t:
                        unit = "万元"
                    if unit:
                        form.unit, form.unit_cell = unit, cell.ref

    def read_fields(self) -> None:
        form = self.form
        entity: tuple[str, Location] | None = None
        for r in self.rows:
            for c in self.by_row[r]:
                cell = self.by_row[r][c]
                if not isinstance(cell.value, str):
                    continue
                found = fs.field_of(cell.value)
                if not found:
                    continue
                field, inline = found
                if field in form.slots or self._heads_columns(r):
                    continue
                text, where = self.value_right(cell, inline)
                if field == "grade" and not fs.is_grade_beside(cell.value, text):
                    continue
                label = fs.clean(cell.value).split(":")[0]
                where = where.model_copy(update={"row_label": label})
                if field == "entity":
                    entity = entity or (text, where)
                    continue
                form.slots[field] = where
                if text:
                    if field == "project":  # the name a finding is headed by: wrapped in its cell, it is one line
                        text = _one_line(text)
                    setattr(form, field, construct(TextValue, text=text, source=where))
        if entity is not None and "project" not in form.slots:
            # a 部门整体支出 form: the department's name stands where a project form has its 项目名称
            text, where = entity
            form.slots["project"] = where
            if text:
                form.project = construct(TextValue, text=_one_line(text), source=where)

    def _heads_columns(self, r: int) -> bool:
        """Row r is a header row of the form's money, goal or indicator table: a label there heads a column
        ('… | 得分 | 自评结果 | 备注' over '达标', '完成' per indicator), it is no field of the form (a false 评价等级
        '备注', or a blank one, otherwise)."""
        texts = self.texts(r)
        return len(texts) >= 2 and (fs.is_indicator_header(texts) or fs.is_goal_header(texts)
                                    or fs.is_budget_header(texts))

    # ------------------------------------------------------------------ 预算执行情况
    def read_budget(self, header: int, headers: dict[str, int]) -> None:
        form = self.form
        kinds = self.column_kinds(header, fs.budget_column)
        words = "".join(norm(t) for t in self.texts(header))
        if "到位" in words:
            form.layout = "hebei"
        elif "全年预算" in words or "全年执行" in words:
            form.layout = "central"
        elif "调整后预算" in words or "预算执行数" in words:
            form.layout = "sichuan"
        others = {v for k, v in headers.items() if k != "budget"}
        lines: list[tuple[int, Cell, str]] = []
        heading, headed, last_head = None, {}, None  # breakdown headings ('按收入性质分') and the lines they start
        side: list[tuple[int, Cell, str, dict[str, int], str | None]] = []
        numbered: set[int] = set()  # rows of sources listed without 其中 and not named by a known word
        aside: list[int] = []  # rows of text alone left of the lines' labels, between lines (_centred_label)
        alone: list[tuple[int, Cell]] = []  # breakdown headings printed on a row of their own (_centred_headings)
        sub = form_subheads.sub_header(self, header, kinds)  # (a second header row naming a column's parts)
        printed = None if sub or self._parts_unplaced else form_subheads.printed_parts(self, header)
        shared: dict[str, int] = {}  # kinds whose header word shares a column with a part's word (below)
        if printed is not None:  # (the same, printed without rules on three lines: placed by where it is printed)
            parts = {c: kind for kind, cols in printed.parts.items() for c in cols}
            # (a page of header lines alone lays its columns from words, coarser than figures: '财政拨款' in the
            # column of '全年预算数' beside it. That kind is still read, from where each line's figure is printed)
            shared = {k: c for c, k in kinds.items() if c in parts and k not in printed.parts
                      and all(kk != k for cc, kk in kinds.items() if cc not in parts)}
            kinds = {**kinds, **parts}
            sub = (printed.row, printed.parts)
        self.printed_parts = printed
        for r in (r for r in self.rows if r > header and not (sub and r == sub[0])):
            if r in others or lines and self._another_budget_header(r):
                side = self._side_by_side(r) if lines else []
                break
            head = self._breakdown_heading(r) if lines else None
            if head is not None:
                if (head.col, _raw(head)) != last_head:  # (not a merged heading written again on each of its lines)
                    heading = fs.breakdown_heading(head.value)
            after = head.col if head is not None else -1
            label_cell = next((self.by_row[r][c] for c in self.by_row[r]
                               if c > after and isinstance(self.by_row[r][c].value, str)
                               and fs.budget_row(self.by_row[r][c].value)), None)
            key = fs.budget_row(label_cell.value) if label_cell is not None else None
            if label_cell is None and not lines and "资金来源" in words:
                # the first of the sources listed under a 资金来源 head without a 总额 line, named by no known word
                # ('1 | 乡村振兴衔接补助 | 500.00 | 490.00 | 98.00%'): the others follow it as below
                label_cell = self._part_label(r, kinds)
                key = "label:" + fs.clean(label_cell.value) if label_cell is not None else None
            elif label_cell is None and lines:
                # '其中：基本支出' then '项目支出' on the next line; or, with no 总额 line, each source of money
                # after the first ('中央财政衔接资金', then '县级配套资金'); or the parts after '按支出性质分'; or the
                # sources listed under the 总额 without 其中, numbered or not ('1.中央衔接资金 · 2.省级配套'; '合计 ·
                # 中央资金 · 县级资金' under a 资金来源 head), kept only if they add up (below)
                label_cell = self._part_label(r, kinds, after, header)
                usual = heading or headed or all(k != "total" for _r, _c, k in lines) or any(
                    k.startswith("label:") or _raw(c).startswith("其中") for _r, c, k in lines)
                if label_cell is not None and (numbered or not usual):
                    numbered.add(r)
                key = "label:" + fs.clean(label_cell.value) if label_cell is not None else None
            if label_cell is None:  # (a label cell found always has its key)
                if lines and head is None and not self._left_of_lines(r, lines):
                    break
                if lines and head is None:
                    aside.append(r)  # (kept below only if it is the block's label centred down its rows)
                elif head is not None and self.page_of(r) is not None:
                    alone.append((r, head))
                continue  # '按收入性质分：' on a line of its own (or with the 总额's amounts again): its parts follow
            if heading is not None:
                headed[r, label_cell.col], heading = heading, None
            last_head = (head.col, _raw(head)) if head is not None else None
            lines.append((r, label_cell, key))
        if aside and not self._centred_label(aside, header, [r for r, _c, _k in lines]):
            lines = [line for line in lines if line[0] < aside[0]]  # (the text ends the lines, as any other would)
        if alone:
            _centred_headings(alone, lines, headed)
        if not lines:
            return
        # (lines printed on a page after the header's are laid out in that page's columns: theirs say nothing of
        # the header's, _placed_under)
        here = [(r, c, k) for r, c, k in lines if self.page_of(r) == self.page_of(header)] or lines
        label_cols = {c for r, _c, _k in here for c, cell in self.by_row[r].items()
                      if isinstance(cell.value, str) and fs.budget_row(cell.value)}
        label_cols |= {c.col for _r, c, _k in here}
        value_col: dict[str, int] = {}
        # (no line on the header's page: the lines' label column, laid out on their own page, says nothing of which
        # header column holds labels — '全年预算数' over it is still a money column)
        apart = not any(self.page_of(r) == self.page_of(header) for r, _c, _k in lines)
        for kind in dict.fromkeys(kinds.values()):
            cols = [c for c, k in kinds.items() if k == kind and (apart or c not in label_cols)]
            if not cols:
                continue
            filled = [c for c in cols if any(c in self.by_row[r] for r, _c, _k in lines)]
            value_col[kind] = (filled or cols)[0]
        summed: dict[str, list[int]] = {}  # kind → its parts' columns, added up (form_subheads)
        for kind, cols in (sub[1] if sub else {}).items():
            whole = form_subheads.whole_part(self, sub[0], cols)
            value_col[kind] = whole if whole is not None else cols[0]
            if whole is None:
                summed[kind] = cols
        # (the lines of breakdowns side by side, added below, are read in their own header's columns, never the money
        # header's)
        placed = self._placed_under(header, kinds, [(r, c) for r, c, _k in lines],
                                    label_cols, set(value_col.values()))
        if printed is not None and not placed:
            self._parts_unplaced = True  # (a line's figures under no part of their own: the header read as before)
            return self.read_budget(header, headers)
        if shared and all(r in placed for r, _c, _k in lines):
            value_col.update(shared)  # (read from placed[r] alone: every line placed by where it is printed)
        for kind, col in sorted(value_col.items(), key=lambda kv: kv[1]):
            head = self.merged.value(header, col)  # (not `header`: that is the header's row, for every column)
            if printed is not None and kind in printed.parts:
                head = printed.names[kind]
            if kind == "rate":
                self.rate_in_percent = isinstance(head, str) and "%" in norm(head)
            form.budget_columns.append(construct(BudgetColumn, key=kind, header=norm(head) if isinstance(head, str) else "",
                                                 col=col))
        own: dict[tuple[int, int], dict[str, int]] = {}  # a line's own columns (breakdowns side by side)
        for r, label_cell, key, cols, head in side:
            lines.append((r, label_cell, key))
            own[r, label_cell.col] = cols
            if head is not None:
                headed[r, label_cell.col] = head
        seen: set[str] = set()
        for r, label_cell, key in lines:
            label = _raw(label_cell).rstrip(":：")
            if (r, label_cell.col) in headed and not label.startswith("其中"):  # the first part of a breakdown
                label = f"{headed[r, label_cell.col]}：{label}"  # begins a new one
            if key == "total" and fs.clean(label) in ("预算数", "到位数", "执行数"):
                label = "总额"
            line = construct(BudgetLine, key=key if key not in seen else f"{key}#{r}", label=label, row=r,
                                         label_cell=label_cell.ref, indent=label_indent(label_cell))
            seen.add(key)
            for kind, col in own.get((r, label_cell.col), value_col).items():
                if kind in summed:
                    got = form_subheads.summed(self, r, summed[kind], kind, label) if r not in placed else \
                        form_subheads.summed_cells(self, [c for k, c in placed[r].items()
                                                          if isinstance(k, tuple) and k[0] == kind], kind, label)
                    if isinstance(got, TextValue):
                        line.texts[kind], got = got, None
                    line.cells[kind] = got
                    continue
                cell = placed[r].get(kind) if r in placed else self.by_row[r].get(col)
                if cell is None:
                    line.cells[kind] = None
                    continue
                what = "amount" if kind in AMOUNT_COLUMNS else ("rate" if kind == "rate" else "points")
                got = self.number(cell, what, label, BUDGET_COLUMNS[kind])
                if isinstance(got, TextValue):
                    line.texts[kind] = got
                    line.cells[kind] = None
                else:
                    line.cells[kind] = got
            form.budget.append(line)
        for line in form.budget:
            _percent_if_the_amounts_say_so(line, self.number_rates)
        # (listed beside lines named by known words, '财政资金 · 　　中央资金 · 　　县级资金 · 其他资金', that add up
        # in no column: they break one of those lines down again, not the 总额; s17rev r16)
        if numbered and not _some_column_adds_up(form, numbered):
            form.budget = [b for b in form.budget if b.row not in numbered]  # a numbered list of something else
            self.issues = [i for i in self.issues if not any(i.location.cell == a1(r, c) for r in numbered
                                                              for c in self.by_row[r])]
        self.budget_section()

    def _another_budget_header(self, r: int) -> bool:
        """A header row of another table with money columns under the budget lines ('年度主要任务 | 任务名称 | 主要内容
        | 预算数 | 执行数' of a 部门整体 form): budget column words, no number, not headed by a budget line's label."""
        row = self.by_row[r]
        first = next((row[c] for c in row if isinstance(row[c].value, str) and norm(row[c].value)), None)
        return first is not None and fs.budget_row(first.value) is None and fs.is_budget_header(self.texts(r)) \
            and all(isinstance(c.value, str) and not is_number(c.value) or c.value is None for c in row.values())

    def _breakdown_heading(self, r: int) -> Cell | None:
        """A '按收入性质分' cell heading the parts of one breakdown of the 总额, left of the line's amounts."""
        row = self.by_row[r]
        return next((row[c] for c in row if isinstance(row[c].value, str)
                     and fs.breakdown_heading(row[c].value)), None)

    def _side_by_side(self, h: int) -> list[tuple[int, Cell, str, dict[str, int], str | None]]:
        """The lines of breakdowns printed side by side under a header of their own ('按收入性质分 | 全年预算数 | 全年执行数 |
        按支出性质分 | 全年预算数 | 全年执行数'): each heading's amount columns up to the next heading, its parts below
        (the first breakdown's lines first); [] when the row is no such header."""
        row = self.by_row[h]
        heads = [c for c in row if isinstance(row[c].value, str) and fs.breakdown_heading(row[c].value)]
        segments = []
        for c0, c1 in zip(heads, heads[1:] + [self.max_col + 1]):
            cols = {fs.budget_column(row[c].value): c for c in reversed(row)
                    if c0 < c < c1 and isinstance(row[c].value, str) and fs.budget_column(row[c].value) in AMOUNT_COLUMNS}
            if cols:
                segments.append((c0, min(cols.values()), cols, fs.breakdown_heading(row[c0].value)))
        if len(segments) < 2:
            return []
        found: list[list] = [[] for _ in segments]
        for r in (r for r in self.rows if r > h):
            cells = self.by_row[r]
            got = False
            for seg, (c0, first, cols, head) in zip(found, segments):
                label = next((cells[c] for c in cells if c0 <= c < first and _raw(cells[c])
                              and not is_number(_raw(cells[c]))), None)
                if label is None or not any(c in cells and (not isinstance(cells[c].value, str) or
                                                            is_number(cells[c].value)) for c in cols.values()):
                    continue
                key = fs.budget_row(label.value) or "label:" + fs.clean(label.value)
                seg.append((r, label, key, cols, None if seg else head))
                got = True
            if not got:
                break
        return [line for seg in found for line in seg]

    def _part_label(self, r: int, kinds: dict[int, str], after: int = -1, header: int | None = None) -> Cell | None:
        """The label of a line that follows a 其中 line without 其中 or a known source of money ('项目支出' under
        '其中：基本支出'): a short text left of the amounts, on a line with an amount in an amount column."""
        row = self.by_row[r]
        amounts = [c for c, k in kinds.items() if k in AMOUNT_COLUMNS]
        if header is not None and self.page_of(r) not in (None, self.page_of(header)):
            return self._part_label_placed(r, header, kinds, after)
        if not amounts or not any(c in row and not isinstance(row[c].value, str) or
                                  c in row and isinstance(row[c].value, str) and is_number(row[c].value)
                                  for c in amounts):
            return None
        for c in row:
            cell = row[c]
            if c >= min(amounts):
                break  # (the line has an amount: the loop ends here at the latest)
            if c <= after or not isinstance(cell.value, str) or not norm(cell.value) or is_number(cell.value):
                continue  # a 序号 '2' before the label
            t = fs.clean(cell.value)
            return None if len(t) > 24 or fs.is_stop(cell.value) or "率" in t or "指标" in t or "目标" in t else cell
        return None

    def budget_section(self) -> None:
        """Central and 四川 layouts score 预算执行率 in the budget block (分值/权重 · 得分 of the 总额 row)."""
        form = self.form
        total = form.line("total")
        if total is None or not (form.has_column("score") or form.has_column("weight")):
            return
        weight = total.cells.get("weight")
        score_loc = form.budget_location(total, "score")
        if score_loc is not None:
            score_loc = score_loc.model_copy(update={"file": self.file, "row_label": "预算执行率"})
        indicator = construct(Indicator, row=total.row, level1="预算执行率", level2="预算执行率", level3=None,
                                         weight=weight, weight_text=total.texts.get("weight"),
                                         score=total.cells.get("score"), score_text=total.texts.get("score"),
                                         score_cell=score_loc)
        label_loc = self.loc(total.row, self.form.column("weight").col if weight else self.min_col, "预算执行率")
        form.sections.append(construct(Section, name="预算执行率", label="预算执行率", cell=label_loc, weight=weight,
                                                weight_from="budget" if weight is not None else "none", origin="budget",
                                                indicators=[indicator]))

    # ------------------------------------------------------------------ 目标完成情况
    def read_goal(self, header: int) -> None:
        form = self.form
        kinds = self.column_kinds(header, fs.goal_column)
        for r in (r for r in self.rows if r > header):
            cells = [(c, cell) for c, cell in self.by_row[r].items() if kinds.get(c)]
            for c, cell in cells:
                kind = kinds[c]
                if kind == "completion":
                    if form.completion is None:
                        form.completion = self.number(cell, "target", "目标完成情况", "总体完成率")
                    continue
                text = _raw(cell) or self._plain(cell)
                if kind == "goal" and form.goal is None and text:
                    form.goal = construct(TextValue, text=text, source=self.loc(r, c, "目标完成情况", "年度预期目标"))
                elif kind == "achieved" and form.achieved is None and text:
                    form.achieved = construct(TextValue, text=text, source=self.loc(r, c, "目标完成情况", "具体完成情况"))
            break

    # ------------------------------------------------------------------ 绩效指标
    def read_indicators(self, header: int, kinds: dict[int, str] | None = None) -> None:
        """The indicator rows under the header row `header` (or, with the columns' `kinds` given, under the title of
        a block that continues another form's indicator table without repeating its header)."""
        form = self.form
        kinds = kinds or self._indicator_kinds(header)
        cols: dict[str, list[int]] = {}
        for c, k in sorted(kinds.items()):
            cols.setdefault(k, []).append(c)
        first = {k: v[0] for k, v in cols.items()}
        if self.sheet.origins:
            self._figures_beside_heads(header, cols, first)
        section: Section | None = None
        level2: tuple[str, str] | None = None
        label_at = None  # (row, column) of the current 一级's label
        carried: set[int] = set()
        labels2: list[tuple[int, str, str]] = []  # (row, 二级, its cell) of each 二级 label read
        before = len(form.sections)
        end = None
        below = [r for r in self.rows if r > header]
        for r in below:
            row = self.by_row[r]
            if r == below[0] and self._subheader(r):
                continue  # the header's second row ('原因分析 | 改进措施' under 偏差原因分析及改进措施)
            if self._repeats_header(r, header):
                continue  # the header printed again at the top of the next page (its '改进措施' closes nothing)
            if any(fs.ends_indicators(t) for t in self.texts(r)) or self._score_label(r) is not None:
                end = r
                break
            l1 = self._text_at(row, cols.get("level1", []))
            if l1 is not None and (head := _TABLE_LABEL.match(norm(l1.value))):
                # '绩效指标', the indicator table's own label merged down its left edge, printed without rules in the
                # 一级 column (its part of a table broken over two pages laid out in fewer columns), alone or run
                # into the 一级 label beside it ('绩效指标成本指标'): no 一级, or that 一级
                rest = norm(l1.value)[head.end():]
                l1 = Cell(l1.row, l1.col, rest, l1.number_format) if rest else None
            l2 = self._text_at(row, cols.get("level2", []))
            if l1 is not None and (section is None or fs.clean(l1.value) != fs.clean(section.label)):
                name, weight = fs.split_weight(l1.value)
                printed = _raw(l1)
                label_loc = self.loc(r, l1.col, printed, "一级指标")
                section = construct(Section, name=name, label=printed, cell=label_loc)
                if weight is not None:
                    section.weight = construct(Figure, value=Decimal(weight), decimals=_decimals(weight), unit="分",
                                                       text=weight,
                                                       source=label_loc.model_copy(update={"col_label": "权重"}))
                    section.weight_from = "label"
                form.sections.append(section)
                level2 = None
                label_at = (r, l1.col)
            l3_cells = [row.get(c) for c in cols.get("level3", []) if row.get(c) is not None]
            if any(fs.is_subtotal(self._text(cell)) for cell in (l2, *l3_cells[:1]) if cell is not None):
                continue  # '产出指标 | 小计 | 50 | 49.5': the 一级's own sum, no indicator
            if l2 is not None:
                level2 = (fs.split_weight(l2.value)[0], l2.ref)
                labels2.append((r, *level2))
            values = {k: row.get(first[k]) for k in ("expected", "actual", "weight", "score", "nature", "measure",
                                                       "reason") if k in first}
            if not l3_cells and not any(v is not None for v in values.values()):
                continue  # a row naming only its 一级/二级
            if section is None:
                section = construct(Section, name="", label="", cell=None)
                form.sections.append(section)
            level3 = self._text(l3_cells[0]) if l3_cells else None
            name = level3 or (level2[0] if level2 else section.name)
            ind = construct(Indicator, row=r, level1=section.label, level2=level2[0] if level2 else None,
                                       level2_cell=level2[1] if level2 else None, level3=level3,
                                       level3_cell=l3_cells[0].ref if l3_cells else None,
                                       detail=self._text(l3_cells[1]) if len(l3_cells) > 1 else None)
            if l1 is None and (label_at is None or self.merged.map.get((r, label_at[1]))
                               != self.merged.map.get(label_at, 0)):
                carried.add(id(ind))  # its 一级 assumed: carried down over blank cells no merged range covers
            for key, cell in values.items():
                if cell is None:
                    continue
                if key in ("nature", "measure", "reason"):
                    setattr(ind, key, self._text(cell) or None)
                elif key in ("expected", "actual"):
                    label = "预期指标值" if key == "expected" else "实际完成值"
                    setattr(ind, key, self.number(cell, "target", name, label))
                else:
                    label = "自评得分" if key == "score" else "分值"
                    got = self.number(cell, "points", name, label)
                    if isinstance(got, TextValue):
                        setattr(ind, f"{key}_text", got)
                    else:
                        setattr(ind, key, got)
            if "score" in first:
                ind.score_cell = self.loc(r, first["score"], name, "自评得分")
            section.indicators.append(ind)
        _recentre(form, form.sections[before:], carried, self.page_of, self._merged_down)
        if self.sheet.origins and not any(self._merged_down(*parse_a1(cell)) for _r, _n, cell in labels2):
            recentre_level2([i for s in form.sections[before:] for i in s.indicators], labels2, self.page_of)
        for s in form.sections:
            _drop_subtotal_row(s)
            if s.weight is None and s.origin == "indicators":
                if any(i.weight_text is not None for i in s.indicators):
                    continue  # a 分值 that is not a number: the section's weight is unknown
                weights = [i.weight for i in s.indicators if i.weight is not None]
                if weights:
                    total = sum((w.value for w in weights), Decimal(0))
                    s.weight = construct(Figure, value=total, decimals=max(w.decimals for w in weights), unit="分",
                                                 source=weights[0].source.model_copy(update={"row_label": s.label}))
                    s.weight_from = "column"
        if end is not None:  # (else no row below the header closes the table: no 总分 there)
            self.read_total(end, first)
            self._second_total(end, first)
        if "total_score" not in form.slots:
            # the 总分 placed above the indicator table ('自评总分 | 95.8 | 评价等级 | 优' under the budget part, or
            # '自评得分 | 98.0 | 自评等级 | 优' under the project's name), the table closed by a 填报人 line or by
            # nothing: look above the header, outside the budget lines
            budget_rows = {b.row for b in form.budget}
            self.read_total(None, first, [r for r in self.rows if r < header and r not in budget_rows])

    def _indicator_kinds(self, header: int) -> dict[int, str]:
        """The indicator columns' kinds from the header row, and, where that row names no 分值 or 得分, from the
        header words on the row above it: a header on two rows ('绩效指标' over 一级 · 二级 · 三级, the other heads merged
        down both) printed without rules or exported unmerged holds the heads merged down on its upper row only, the
        header row found (一级指标 · 二级指标 · 三级指标) none (its blanks carried 三级 on over them)."""
        kinds = self.column_kinds(header, fs.indicator_column)
        here = {c for c, cell in self.by_row[header].items() if isinstance(cell.value, str) and norm(cell.value)}
        if any(kinds.get(c) in ("weight", "score") for c in here):
            return kinds
        at = self.rows.index(header)
        for r in reversed(self.rows[max(at - 2, 0):at]):
            row = self.by_row[r]
            if not row or not all(isinstance(cell.value, str) and (fs.indicator_column(cell.value)
                                                                  or _TABLE_LABEL.fullmatch(norm(cell.value)))
                                  for cell in row.values()):
                break  # (only header words: the header's upper row, or the table's own label on a line of its own)
            above = self.column_kinds(r, fs.indicator_column)
            if {"weight", "score"} <= set(above.values()):
                return {c: kinds[c] if c in here or c not in above else above[c]
                        for c in sorted({*kinds, *above})}
        return kinds

    def read_total(self, start: int | None, first: dict[str, int], rows: list[int] | None = None) -> None:
        """总分 (or 合计): its score, and the 分值/权重 total printed beside it (in `rows`, else from `start` on)."""
        form = self.form
        for r in (rows if rows is not None else (r for r in self.rows if start is None or r >= start)):
            row = self.by_row[r]
            label = next((row[c] for c in row if isinstance(row[c].value, str)
                          and fs.is_total_label(row[c].value)), None) or self._score_label(r)
            if label is None:
                inline = next((row[c] for c in row if isinstance(row[c].value, str)
                               and fs.total_inline(row[c].value)), None)
                if inline is None:
                    continue
                # '自评总分：95.8' in one cell: the score is read from the text after the colon
                form.slots["total_score"] = self.loc(r, inline.col, "总分", "自评得分")
                written = Cell(inline.row, inline.col, fs.total_inline(inline.value))
                got = self.number(written, "points", "总分", "自评得分")
                if isinstance(got, TextValue):
                    form.total_score_text = got
                elif got is not None:
                    form.total_score = got
                # '…，评价等级：良。' after it in the cell, or '自评得分：95.5分（优）'
                self._grade_in(inline, fs.grade_inline(inline.value) or fs.grade_after_score(inline.value))
                return
            start_col = self.right_of(label)
            first = {k: self._total_col(row, first, k) for k in first}
            where = first["score"] if first.get("score", 0) >= start_col else None
            score_cell = row.get(where) if where is not None else None
            weight_col = first.get("weight")
            if score_cell is not None and isinstance(score_cell.value, str) \
                    and not is_number(fs.strip_points_unit(score_cell.value)) \
                    and fs.grade_after_score(score_cell.value) is None:
                # under 自评得分 a word ('自评等级 | 优' beside a 总分 above the indicator table): the number beside
                # the label is the 总分, if there is one before it (a word alone there is the 总分 as written)
                score_cell = next((row[c] for c in row if start_col <= c < where and c != weight_col
                                   and (not isinstance(row[c].value, str) or is_number(row[c].value))), score_cell)
                where = score_cell.col
            marks = None
            if score_cell is None:  # the score beside the label rather than under 自评得分
                beside = [row[c] for c in sorted(row) if c >= start_col and c != weight_col]
                marks, score_cell = _marks_then_score(beside)
                if score_cell is not None:
                    where = score_cell.col
            if where is None:
                where = start_col
            form.slots["total_score"] = self.loc(r, where, "总分", "自评得分")
            if score_cell is not None:
                if isinstance(score_cell.value, str):  # '95.5分（优）': the grade in brackets after the 总分
                    self._grade_in(score_cell, fs.grade_after_score(score_cell.value))
                got = self.number(score_cell, "points", "总分", "自评得分")
                if isinstance(got, TextValue):
                    form.total_score_text = got
                else:
                    form.total_score = got
            marks_cell = row.get(first["weight"]) if first.get("weight", -1) >= start_col else None
            if marks_cell is None:
                marks_cell = marks
            if marks_cell is not None:
                got = self.number(marks_cell, "points", "总分", "分值")
                if isinstance(got, Figure):
                    form.total_weight = got
            return

    def _second_total(self, end: int, first: dict[str, int]) -> None:
        """The 总分 stated twice ('总分 | 100 | 96.58', then '自评得分 | 98.58 | 自评等级 | 优' right under it): when the
        first is the sum of the scores and the second is not, the second is the one read (PRF104 reports it); else the
        first."""
        form = self.form
        total, where = form.total_score, form.slots.get("total_score")
        if total is None or where is None:
            return
        scores = [i.score.value for s in form.sections for i in s.indicators if i.score is not None]
        r0 = parse_a1(where.cell)
        if not scores or r0 is None or abs(total.value - sum(scores, Decimal(0))) > total.half_unit:
            return
        text, weight = form.total_score_text, form.total_weight
        form.total_score = None
        del form.slots["total_score"]
        # (only right under it, past the 评价等级 row at most: further down may be another form's 总分)
        self.read_total(None, first, [r for r in self.rows if max(end, r0[0]) < r <= r0[0] + 2])
        second = form.total_score
        # ('自评得分 | 100 | 97.83' under it: the full marks, then the score; a second 总分 equal to the marks is the
        # 分值 read, not another score: s17finC #4)
        marks = [w.value for w in (weight, form.total_weight) if w is not None] or [Decimal(100)]
        if second is None or second.value == total.value or second.value in marks:
            form.total_score, form.slots["total_score"] = total, where
        form.total_score_text, form.total_weight = text, form.total_weight or weight

    def _score_label(self, r: int) -> Cell | None:
        """'自评得分 | 100 | 97 | 自评等级 | 优': a row led by 自评得分 (which heads a score column elsewhere) with a number
        after it is the 总分's row; a header row ('… | 分值 | 自评得分') has no number in it. None for any other row."""
        row = self.by_row[r]
        label = next((row[c] for c in row if isinstance(row[c].value, str) and norm(row[c].value)), None)
        if label is None or not fs.is_score_total_label(label.value):
            return None
        after = [c for c in row.values() if c.col > label.col and c.value is not None]
        if any(isinstance(c.value, str) and fs.budget_column(c.value) for c in after):
            return None  # (a header row)
        return label if any(not isinstance(c.value, str) or is_number(c.value) for c in after) else None

    def _grade_in(self, cell: Cell, grade: str | None) -> None:
        """The grade written in the 总分's cell, when the form has no 评价等级 of its own."""
        form = self.form
        if grade is not None and "grade" not in form.slots:
            form.slots["grade"] = self.loc(cell.row, cell.col, "评价等级")
            form.grade = construct(TextValue, text=grade, source=form.slots["grade"])

    def _repeats_header(self, r: int, header: int) -> bool:
        """A row of header words only (一级指标 · 二级指标 · … · 得分), as a table split over pages repeats them: every
        text names a column or is a word of the header row itself (the '绩效指标' beside 一级指标), and no cell holds
        a number."""
        texts = self.texts(r)
        if len(texts) != len(self.by_row[r]) or not fs.is_indicator_header(texts):
            return False
        own = {norm(t) for t in self.texts(header)} if header in self.by_row else set()  # (no title row: Sheet2)
        return all(fs.indicator_column(t) or norm(t) in own for t in texts)

    def _subheader(self, r: int) -> bool:
        """A row of header words under the indicator header: every cell blank or text naming a column."""
        cells = self.by_row[r].values()
        return bool(self.texts(r)) and all(
            c.value is None or isinstance(c.value, str) and (not norm(c.value) or fs.indicator_column(c.value))
            for c in cells)

    @staticmethod
    def _text_at(row: dict[int, Cell], cols: list[int]) -> Cell | None:
        for c in cols:
            cell = row.get(c)
            if cell is not None and isinstance(cell.value, str) and norm(cell.value):
                return cell
        return None

    def _text(self, cell: Cell) -> str:
        return _raw(cell) if isinstance(cell.value, str) else self._plain(cell)


_TABLE_LABEL = lazy(r"(?:年度)?绩效指标")


def _recentre(form: PerformanceForm, sections: list[Section], carried: set[int], page_of=None,
              merged_down=None) -> None:
    """An indicator table printed without rules (or as a 三线表), each 一级 label centred in its rows: the rows above
    a label were carried down from the 一级 before, and the first rows, above the first label, from none (an unnamed
    section). When the table reads so, each 一级 takes back, from the bottom up, as many carried rows just above its
    label as it has rows below it (a centred label has as many rows above as below). Done only when that accounts
    for every unnamed row and leaves each 一级 a row of its own; else the table is left as read.

    Broken over pages (`page_of`: a row's page; issue #9), a merged label is printed in its first page's part only,
    centred in that part's rows: rows and labels are counted within the label's page, and the rows at the head of a
    page above its first label are the 一级 before still (its part on that page printed without its label). The first
    一级 may then be named (its label on its first row, or its rows all on the page before); it must be centred in its
    own page's part too, which a table whose labels stand on their blocks' first rows (top-aligned) is not, and no
    label may head a merge the print shows (`merged_down`: a ruled print, each label on its merge's first row)."""
    def page(i) -> int:
        return page_of(i.row) if page_of is not None else 0

    if len(sections) < 2:
        return
    unnamed = not sections[0].name and sections[0].cell is None
    if not sections[0].indicators or any(not s.name or s.cell is None or not s.indicators
                                                               for s in sections[1:]):
        return
    if not unnamed and (page_of is None or len({page(i) for s in sections for i in s.indicators}) < 2):
        return  # (one page, the first 一级 named: nothing shows a centred print)
    if not unnamed and merged_down is not None and any(
            (at := parse_a1(s.cell.cell or "")) is None or merged_down(*at) for s in sections):
        return  # (a ruled print: its merges put each label on its block's first row)
    owned = [list(s.indicators) for s in sections]
    for k in range(len(sections) - 1, 0, -1):
        at = parse_a1(sections[k].cell.cell or "")
        if at is None:
            return
        here = page_of(at[0]) if page_of is not None else 0
        m = sum(1 for i in owned[k] if i.row > at[0] and page(i) == here)
        if not m:
            continue
        above = owned[k - 1][-m:]
        if len(above) < m or any(id(i) not in carried or page(i) != here or i.row > at[0] for i in above) \
                or ((k > 1 or not unnamed) and len(owned[k - 1]) == m):
            return
        owned[k - 1] = owned[k - 1][:-m]
        owned[k] = above + owned[k]
    if unnamed and owned[0]:
        return  # (the unnamed rows are not all some 一级's: not a centred print)
    if not unnamed:
        at = parse_a1(sections[0].cell.cell or "")
        here = page_of(at[0]) if at is not None else None
        if at is None or not owned[0] or sum(1 for i in owned[0] if page(i) == here and i.row < at[0]) != sum(
                1 for i in owned[0] if page(i) == here and i.row > at[0]):
            return  # (the first 一级's label not centred in its part: not a centred print)
    for s, inds in zip(sections, owned):
        if s.cell is None:
            continue
        for i in inds:
            i.level1 = s.label
        s.indicators[:] = inds
    if unnamed:
        del form.sections[next(k for k, s in enumerate(form.sections) if s is sections[0])]


def _marks_then_score(beside: list[Cell]) -> tuple[Cell | None, Cell | None]:
    """(full marks, score) among the cells right of a 总分 label printed off the 分值/得分 columns. '总分 | 100 | 97.5'
    in plain cells at the form's foot: the first figure is the full marks when it is 100 and a second figure (not more
    than it) follows — the score is that second one; before, the 100 was read as the score (a false PRF104 on a right
    form, the real 总分 unjudged). Else the first cell beside the label is the score, as always."""
    figures = [c for c in beside if not isinstance(c.value, str) or is_number(fs.strip_points_unit(c.value))]
    if len(figures) == 2 and figures[0] is beside[0]:
        full, score = (parse_number(fs.strip_points_unit(c.value) if isinstance(c.value, str) else c.value)[0]
                       for c in figures)
        if full == 100 and score <= full:
            return figures[0], figures[1]
    return None, beside[0] if beside else None


def _drop_subtotal_row(section: Section) -> None:
    """A section's first row naming only its 一级 ('产出指标 | | | 50 | 49.5'), whose 分值 is the sum of the
    indicators under it, is the 一级's own sum, not an indicator."""
    head, rest = (section.indicators[0], section.indicators[1:]) if section.indicators else (None, [])
    if head is None or head.level2 is not None or head.level3 is not None or head.weight is None or not rest:
        return
    weights = [i.weight for i in rest]
    if all(w is not None for w in weights) and sum((w.value for w in weights), Decimal(0)) == head.weight.value:
        section.indicators.remove(head)


def _drop_blank_budget_section(form: PerformanceForm) -> None:
    """The budget block's 分值 and 得分 left blank while the indicator table scores 预算执行率 in a row of its own
    ('预算执行率 | … | 20 | 19'): that row is the form's 预算执行率, not the blank budget block (which stood first and
    hid it from PRF107)."""
    blank = next((s for s in form.sections if s.origin == "budget" and s.weight is None and not s.scores()
                  and all(i.score_text is None and i.weight_text is None for i in s.indicators)), None)
    if blank is not None and any("预算执行" in s.name and s.scores() for s in form.sections if s.origin == "indicators"):
        form.sections.remove(blank)


def _percent_if_the_amounts_say_so(line: BudgetLine, numbers: dict[str, tuple[Decimal, int]]) -> None:
    """A text rate without '%' ('0.9') under a header without '(%)' is read as a fraction (90 %), as a number cell
    (0.9, not formatted as a percent; `numbers`: its value as shown, by cell) under any header is; but beside 2.88 spent
    of 320.00 it is the percent 0.9 %: when only that reading fits the line's 执行数 ÷ 预算数, it is read so. The other
    way, a text '1' (read as 1 %) is the fraction 100 % when only that reading fits."""
    fig, e, b = line.cells.get("rate"), line.cells.get("executed"), line.cells.get("budget")
    if fig is None or e is None or b is None or b.interval()[0] <= 0:
        return
    written = numbers.get(fig.source.cell)
    if written is not None:
        value, decimals = written
    else:
        if not fig.text or "%" in fig.text:
            return
        value, decimals, _percent = parse_number(fs.split_comparator(fig.text)[1], "General")  # (read once already)
        if value == fig.value and not (value == 1 and decimals == 0):
            return  # (read as written: not a fraction)
    lo, hi = max(e.interval()[0], Decimal(0)) / b.interval()[1] * 100, e.interval()[1] / b.interval()[0] * 100
    half = Decimal(5).scaleb(-decimals - 1)

    def fits(v: Decimal, h: Decimal) -> bool:
        return v - h <= hi and v + h >= lo

    if value == fig.value:
        # a text '1' read as 1 %: all spent, the rate written as a fraction without decimals (as a number cell 1 shows
        # in General format) is 100 % when only that reading fits (s29 batch ER: a false PRF004 '执行率填 1%')
        if fits(Decimal(100), half) and not fits(value, half):
            line.cells["rate"] = construct(Figure, value=Decimal(100), decimals=0, unit="%", percent=True,
                                           text=fig.text, source=fig.source)
        return
    if fits(value, half) and not fits(value * 100, half * 100):
        line.cells["rate"] = construct(Figure, value=value, decimals=decimals, unit="%", percent=True, text=fig.text,
                                       source=fig.source)


def _some_column_adds_up(form: PerformanceForm, listed: set[int] = frozenset()) -> bool:
    """In some amount column, the lines under the 总额 add up to it (the intervals of their shown values meet); a
    column where a `listed` line (a row number) is blank, or all of them are 0, says nothing of them (it adds up
    without them)."""
    total = form.line("total")
    parts = [b for b in form.budget if b is not total]
    for key in AMOUNT_COLUMNS:
        fig = total.cells.get(key) if total is not None else None
        figs = [f for f in (b.cells.get(key) for b in parts) if f is not None]
        if fig is None or len(figs) < 2:  # (one line alone 'adds up' trivially: '1.年初预算安排' = 年初预算数)
            continue
        said = [b.cells.get(key) for b in parts if b.row in listed]
        if said and (any(f is None for f in said) or all(f.value == 0 for f in said)):
            continue
        lo, hi = fig.interval()
        if sum(f.interval()[0] for f in figs) <= hi and sum(f.interval()[1] for f in figs) >= lo:
            return True
    return False


def _merge_ends(sheet) -> dict[tuple[int, int], int]:
    """(row, column) where a merged range starts → its last column; made once per sheet (a Word document is one
    sheet of many forms), and again only if the sheet's merges change."""
    cached = sheet.__dict__.get("_merge_ends")
    if cached is not None and cached[0] == len(sheet.merged):
        return cached[1]
    ends = {(r1, c1): c2 for r1, c1, _r2, c2 in sheet.merged}
    sheet.__dict__["_merge_ends"] = (len(sheet.merged), ends)
    return ends


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def build_form(block: Block, file: str, disclosure=None):
    """(PerformanceForm or None, cell issues) for a block whose title names a 绩效自评表. With the `disclosure` read
    so far: a block on a sheet of its own that only continues the last form's indicator table (form_join.py) is
    joined to that form, its cell issues added to the disclosure, and (None, []) returned."""
    from govaudit.recognize import form_join

    stacked = _stacked_forms(block) if disclosure is not None else None
    if stacked is not None:  # forms one under another under one title: each read as a block of its own
        for part in stacked[:-1]:
            form, issues = build_form(part, file, disclosure)
            if form is not None:
                disclosure.forms.append(form)
                disclosure.cell_issues.extend(issues)
        return build_form(stacked[-1], file, disclosure)
    split = _side_by_side_forms(block)
    if split is not None and disclosure is not None:
        for part in split[:-1]:  # the forms left of the last one: added to the disclosure here
            form, issues = _build(FormBuilder(block, file, part))
            if form is not None:
                disclosure.forms.append(form)
                disclosure.cell_issues.extend(issues)
        return _build(FormBuilder(block, file, split[-1]))
    builder = FormBuilder(block, file)
    before = disclosure.forms[-1] if disclosure is not None and disclosure.forms else None
    if before is not None and form_join.may_continue(before, block):
        builder.inherited = form_join.indicator_columns(before)
    form, issues = _build(builder)
    if form is not None and builder.inherited is not None and form_join.continues(before, form):
        form_join.join(before, form)
        for issue in issues:
            issue.context = f"绩效自评表「{before.name}」"
        disclosure.cell_issues.extend(issues)
        return None, []
    return form, issues


def join_continuation(block: Block, file: str, disclosure) -> bool:
    """Rows at the top of an untitled sheet ('Sheet2') after a sheet whose last block is a 绩效自评表 (`block`, under
    that form's title, from disclosure._leading_block): the rest of its indicator table and its 总分 are joined to it
    (True); a whole form of its own with no title (another project's, _whole_form) is added as a form (True);
    anything else is left alone (False). A sheet of text (one cell a row) is no table's rest."""
    if not disclosure.forms or not any(len(cells) >= 3 for cells in block.rows.values()):
        return False
    before = disclosure.forms[-1]
    count, noted, state = len(disclosure.forms), len(disclosure.cell_issues), _extent(before)
    form, issues = build_form(block, file, disclosure)
    added = disclosure.forms[count:]  # (forms one under another: the upper ones; side by side: not read there)
    del disclosure.forms[count:]
    if form is not None and _whole_form(form, block):
        first = min(block.rows)
        for one in (*added, form):
            if one is not form and not _whole_form(one, block):
                continue
            if one.title == block.title:  # (the title is the other form's, over no row of this sheet)
                one.title, one.title_cell = "", a1(first, min(c.col for c in block.rows[first]))
            disclosure.forms.append(one)
        disclosure.cell_issues.extend(issues)
        return True
    if form is None and _extent(before) != state:
        return True
    del disclosure.cell_issues[noted:]  # (of forms not kept)
    return False


def _whole_form(form: PerformanceForm, block: Block) -> bool:
    """A form's structure, not a table that lists projects ('序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 得分', a
    summary of the forms): its own 项目名称 (or 部门名称) label with the name beside it on a row that heads no columns,
    a 资金 block with an amount, and indicator rows (under 一级/二级/三级 heads) with their 分值 and 得分."""
    where = form.slots.get("project")
    if form.project is None or not form.project.text or where is None:
        return False
    at = parse_a1(where.cell)
    if at is None or any(isinstance(c.value, str) and (fs.budget_column(c.value) or fs.indicator_column(c.value))
                         for c in block.rows.get(at[0], ())):
        return False  # (the label heads a column of names)
    if not any(v is not None for b in form.budget for k, v in b.cells.items() if k in AMOUNT_COLUMNS):
        return False
    rated = [i for s in form.sections if s.origin == "indicators" for i in s.indicators
             if i.weight is not None and i.score is not None]
    return len(rated) >= 2


def _extent(form: PerformanceForm) -> tuple:
    return (form.total_score, form.total_score_text, len(form.sections), sum(len(s.indicators) for s in form.sections))


def _build(builder: FormBuilder):
    try:
        form = builder.build()
    except Exception:  # an odd form must not make the whole workbook unreadable; its tables are still checked
        return None, []
    return form, builder.issues if form is not None else []


def _side_by_side_forms(block: Block) -> list[tuple[int, int, Cell | None]] | None:
    """Two forms printed side by side in one block (each with its own 项目名称 or 部门名称 label on the same row and
    its own indicator header): (first column, last column, title cell) of each, left to right; None otherwise. A
    label written again right beside itself (a merged cell exported unmerged) is no second form."""
    numbers = block.row_numbers()
    field_of = fs.field_of
    named = [r for r in numbers for c in block.rows[r] if isinstance(c.value, str)
             and (f := field_of(c.value)) is not None and f[0] in _NAME_FIELDS]
    if len(named) == len(set(named)):
        return None  # (no row with two name labels: the usual form, ruled out in one pass)
    rows = [sorted(block.rows[r], key=lambda c: c.col) for r in numbers]
    for cells in rows:
        names = [(c, _name_field(c)) for c in cells]
        names = [(c, f) for c, f in names if f is not None]
        if len(names) < 2:  # (a 项目 form beside a 部门整体 form: 项目名称 and 部门名称, each with its indicator header)
            continue
        left = names[0][0]
        split = next((right.col for right, _f in names[1:] if _splits_at(rows, cells, left, right.col)), None)
        if split is None:
            continue
        title_row = next((row for row in rows if row and row[0].row == block.title_row), [])
        titles = [c for c in title_row if isinstance(c.value, str) and norm(c.value)]
        second = next((c for c in titles if c.col >= split), None)
        first = next((c for c in titles if c.col < split), None)
        return [(0, split - 1, first), (split, 1 << 30, second)]
    return None


_NAME_FIELDS = ("project", "entity")


def _splits_at(rows: list[list[Cell]], cells: list[Cell], left: Cell, split: int) -> bool:
    """Whether a second form starts at column `split` (a name label right of `left`, the first form's, on the row
    `cells`): the left form's name stands between them, each side has an indicator header of its own, and no header
    row of the left form goes on past it (its first head at `split` or beyond is the second form's 一级指标, or names
    no column): not the left form's second name label (项目名称 written twice; 部门名称 and 单位名称 on one row)."""
    if not any(left.col < c.col < split and _raw(c) and norm(c.value) != norm(left.value) for c in cells):
        return False
    for side in (True, False):
        if not any(fs.is_indicator_header([c.value for c in row if isinstance(c.value, str) and norm(c.value)
                                           and (c.col < split) == side]) for row in rows):
            return False
    for row in rows:
        texts = [c for c in row if isinstance(c.value, str) and norm(c.value)]
        if fs.is_indicator_header([c.value for c in texts if c.col < split]):
            on = next((c for c in texts if c.col >= split), None)
            if on is not None and fs.indicator_column(on.value) not in (None, "level1"):
                return False
    return True


def _stacked_forms(block: Block) -> list[Block] | None:
    """Forms printed one under another under one title (the second with no title of its own: its 项目名称 row right
    under the first one's 总分 or 评价等级): the block cut at each name row (项目名称 / 部门名称 with the name beside
    it, on a row that heads no columns) that follows an indicator table and is followed by one of its own; None when
    the block holds one form. A later part has no title: its name row stands where a title would. A name row naming
    the form being read (its 项目名称 row and indicator header printed again on a new page, or a Word table continued)
    starts no form."""
    numbers = block.row_numbers()
    starts: list[tuple[int, Cell]] = []
    header_seen = False  # an indicator header since the last name row
    names: set[str] = set()  # the names the form being read gives (its 单位名称 and 项目名称 rows)
    ended = False  # the form being read has printed its 总分 (a name row after it starts another form, s18finC)
    for r in numbers:
        cells = block.rows[r]
        texts = [c.value for c in cells if isinstance(c.value, str) and norm(c.value)]
        if fs.is_indicator_header(texts):  # (it asks for two kinds of column: two texts at least)
            header_seen = True
            continue
        if header_seen and any(fs.is_total_label(t) for t in texts):
            ended = True
        name = next((c for c in cells if _name_field(c) is not None), None)
        if name is None or any(fs.budget_column(t) or fs.indicator_column(t) for t in texts):
            continue
        named = _named(cells, name)
        if starts and named in names and not ended:
            continue  # (the heads printed again)
        if not starts or header_seen:
            starts.append((r, name))
            header_seen, names, ended = False, set(), False
        if named:
            names.add(named)
    if starts and not header_seen:
        starts.pop()  # the last name row has no indicator table under it: part of the form above
    if len(starts) < 2:
        return None
    parts = [replace(block, end_row=starts[1][0])]
    for (r, name), nxt in zip(starts[1:], [s[0] for s in starts[2:]] + [block.end_row]):
        parts.append(replace(block, title="", title_row=r, title_col=name.col, end_row=nxt, title_lines=1))
    return parts


def _named(cells: list[Cell], label: Cell) -> str:
    """The name a 项目名称 / 部门名称 label gives: after its colon, else the first text right of it that is not the
    label written again ('' when none)."""
    inline = norm(fs.field_of(label.value)[1])
    if inline:
        return inline
    for c in sorted(cells, key=lambda c: c.col):
        t = norm(_raw(c))
        if c.col > label.col and t and t != norm(label.value):
            return "" if fs.is_stop(c.value) else t
    return ""


def _name_field(cell: Cell) -> str | None:
    """'project' or 'entity' for a 项目名称 / 部门名称 label cell, else None."""
    found = fs.field_of(cell.value) if isinstance(cell.value, str) else None
    return found[0] if found is not None and found[0] in _NAME_FIELDS else None
