"""Helpers over a sheet's cells: blocks between titles, merged-cell values, row classification."""

from __future__ import annotations

import re
from govaudit.records import dataclass, field

from govaudit.readers.base import Cell, Sheet
from govaudit.recognize.column_groups import band, group_heads
from govaudit.recognize.text import (CODE_RE, TABLE_CODE_RE, NotANumber, code_digits, find_unit, find_year,
                                     is_blank_value, parse_number)
from govaudit.text import TABLE_CODE, TABLE_NUMBER, UNIT_LABEL, UNIT_LABEL_WORDS, _norm, norm
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)


@dataclass
class Block:
    """The rows of one table or form on a sheet: from its title row up to the next title."""

    sheet: Sheet
    kind: str
    title: str
    title_row: int
    title_col: int
    end_row: int  # exclusive
    rows: dict[int, list[Cell]] = field(default_factory=dict)  # the sheet's non-empty cells by row
    title_lines: int = 1  # 2 when the title wrapped onto the next line (“…培训费支出预” / “算表”)

    def row_numbers(self) -> list[int]:
        return [r for r in sorted(self.rows) if self.title_row <= r < self.end_row]


def title_ref(block: Block) -> str:
    """The cell a table's title is reported at: its title cell, or for a table titled by its sheet's name alone
    (disclosure._tab_titled: title_row is the row above the sheet's first) the first row's cell, not 'A0'."""
    from govaudit.cellref import a1

    return a1(block.title_row if block.title_row in block.rows else block.title_row + 1, block.title_col)


class MergedLookup:
    """The value a merged range shows, for every cell it covers."""

    def __init__(self, sheet: Sheet, first_row: int, last_row: int):
        self.sheet = sheet
        self.map: dict[tuple[int, int], tuple[int, int]] = {}
        for r1, c1, r2, c2 in sheet.merged:
            for r in range(max(r1, first_row), min(r2, last_row) + 1):  # (none for a range above or below the rows)
                for c in range(c1, c2 + 1):
                    self.map[(r, c)] = (r1, c1)

    def value(self, r: int, c: int):
        origin = self.map.get((r, c), (r, c))
        cell = self.sheet.get(*origin)
        return cell.value if cell is not None else None


def text_of(cell: Cell) -> str:
    value = cell.value
    return _norm(value) if isinstance(value, str) else ""  # norm(value), one call less (asked of every cell)


def is_numeric_cell(cell: Cell) -> bool:
    if cell.formula_without_value:
        return True
    if isinstance(cell.value, bool):
        return False
    if isinstance(cell.value, (int, float)):
        return True
    if isinstance(cell.value, str):
        try:
            return parse_number(cell.value) is not None
        except NotANumber:
            return False
    return False


def said_in_words(cell: Cell) -> bool:
    """Text that is no number ('持平', '新增', '不适用' in a 三公 table's change column: a change said in words, no
    figure and no CEL001, review s27); a blank or '-' is not."""
    return isinstance(cell.value, str) and not is_numeric_cell(cell) and not is_blank_value(cell.value)


_SMALL_INT = lazy(r"\d{1,2}")
# (a 栏次 row may letter the columns that hold no amount before numbering the others: 'A | B | 1 | 2 …', '甲 | 乙 | 1'
# — the letters in order from the first, each alone in its cell: a row of text never reads so)
_LETTERS, _STEMS = "ABCDEFGH", "甲乙丙丁戊己庚辛"


def is_lineno_row(cells: list[Cell]) -> bool:
    """A 栏次 row: '栏次', or only small integers counting up by one (1 2 3 …; '1 2' over the two sides of a 收支总表
    — columns apart, whole numbers shown as such, General or text, where an amount shows its format)."""
    nums, cols = [], []
    other = False  # a cell that is no small integer: not a row of 1 2 3 …, but 栏次 may still stand further on
    plain = True  # every number is text or a General number
    letters = ""  # the letters before the numbers ('A | B | 1 | 2 …': the code and name columns lettered)
    for c in cells:
        value = c.value
        if isinstance(value, str):
            text = _norm(value)
            if text == "栏次":
                return True
            if other or not text:
                continue
            if not nums and len(text) == 1 and any(a.startswith(letters + text) for a in (_LETTERS, _STEMS)):
                letters += text
            elif _SMALL_INT.fullmatch(text):
                nums.append(int(text))
                cols.append(c.col)
            else:
                other = True
        elif other:
            continue
        elif isinstance(value, (int, float)) and float(value).is_integer():
            nums.append(int(value))
            cols.append(c.col)
            plain = plain and c.number_format in (None, "", "General", "@")
        else:
            other = True
    if nums == [1, 2]:  # (two figures of an unlabelled row side by side are no line numbers)
        return not other and plain and cols[1] - cols[0] >= 2
    return not other and len(nums) >= 3 and all(b - a == 1 for a, b in zip(nums, nums[1:]))


_DOTTED_END = lazy(r"^(\d{3}(?:\d{2}){0,2})[.．、]$")
# the 决算报表软件 (久其) exports a 科目编码 in square brackets: '[2130101]', '【213】'
_BRACKETED = lazy(r"^[\[【［](\d{3}(?:\d{2}){0,2})[\]】］]$")


def code_form(text: str) -> str:
    """A 科目编码 cell's digits: '201.01.01' → '2010101', '[2130101]' → '2130101', and '201.' / '2010101．' (a
    typist's trailing dot) → the code; any other text unchanged."""
    m = _DOTTED_END.match(text) or _BRACKETED.match(text)
    return m.group(1) if m else code_digits(text)


def is_code_text(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return CODE_RE.match(str(value)) is not None
    if isinstance(value, float):
        return value.is_integer() and CODE_RE.match(str(int(value))) is not None
    return isinstance(value, str) and CODE_RE.match(code_form(norm(value))) is not None


_UNIT_CUT = lazy(rf"{UNIT_LABEL}\s*(万|千|亿)$")
# 江苏 2019 “公开表一”, “附表1”, “表3”, “部门公开表03”, “附表2-1”: a table's number on a line of its heading
_CN_CODE = lazy(rf"^{TABLE_NUMBER}$")
# ('部门（单位）名称：', '预算单位（部门）：': the two words one of the other)
_META_RE = lazy(r"^(编制|填报|预算|决算)?(部门[(（]单位[)）]|单位[(（]部门[)）]|部门|单位名称|单位|机构)(名称)?"
                r"([(（](盖章|公章|签章)[)）])?[:：]")
_DEPT_RE = lazy(r"^(?:编制|填报|预算|决算)?(?:部门[(（]单位[)）]|单位[(（]部门[)）]|部门|单位名称|编制单位|填报单位|机构)"
                r"(?:名称)?(?:[(（](?:盖章|公章|签章)[)）])?[:：](.*)$")
# the year line printed as the period it covers: '2019年1月1日—2019年12月31日', '所属期：2024年1月1日至12月31日'
_PERIOD = lazy(r"^(?:所属期[:：])?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日?[—\-~～至到]+(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日?$")


@dataclass
class Meta:
    department: str | None = None
    department_cell: str | None = None
    unit: str | None = None
    unit_cell: str | None = None
    year: int | None = None
    year_cell: str | None = None
    code_label: str | None = None
    department_col: int | None = None  # where the name was read: its wrapped rest stands in the same column
    unit_cut: tuple[str, int, str] | None = None  # “单位：万” ending a line: (万, column, cell) until the next line
    empty_notes: list[str] = field(default_factory=list)  # “本表无数据。” printed above the heads of an empty table


_FRAGMENT = lazy(r"^[\u4e00-\u9fff（）()]{1,8}$")


def _name_rest(texts: list[tuple[Cell, str]], meta: Meta) -> tuple[int, str, str] | None:
    """The rest of a department's name wrapped onto the next line (a narrow 部门 box: “部门名称：江苏省人大” then
    “常委会办公厅”, “…高级人民法” then “院 单位：万元”; a print whose wrapped rest runs into the header below it:
    “和社会保障局收入”): (index of that text in the row, the rest of the name, what follows it in the cell), else None.

    Only a short run of characters in the name's column, on a line with no figure (a 金额单位, a 公开NN表 code or
    header words beside it), and only when the name stops short of how an organisation's name ends while the
    joined one does not (“江苏省人大” + “常委会办公厅”)."""
    if meta.department is None or meta.department_col is None or not texts:
        return None
    cell, t = texts[0]
    if cell.col != meta.department_col or any(
            re.search(r"\d", o) and not (find_unit(o) or TABLE_CODE_RE.search(o)) for _c, o in texts[1:]):
        return None  # a row with figures is a table's row, not the rest of a heading line
    from govaudit.narrative_data import narrative_data

    ends = narrative_data().names.suffixes
    name = meta.department
    if not ends:
        return None

    def completes(head: str) -> bool:
        """The name with `head` ends as an organisation's name does; a name that already ends so ('…委员会办') takes
        a rest only to finish a longer ending broken at the line ('办' + '公厅' = 办公厅)."""
        joined = name + head
        if not name.endswith(ends):
            return joined.endswith(ends)
        return any(joined.endswith(e) and len(e) > len(head) for e in ends)

    unit = _UNIT_LEAD.match(t)
    if unit:  # “金额单位：万元和社会保障局”: the unit's box and the name's rest on one line (none after it: no _FRAGMENT)
        head = t[unit.end():]
        if len(head) <= 8 and _FRAGMENT.match(head) and head not in _HEADER_WORDS and completes(head):
            return 0, head, unit.group(0)
    for k in range(min(len(t), 8), 0, -1):
        head, tail = t[:k], t[k:]
        if (not tail or tail in _HEADER_WORDS or _HEADER_TAIL.search(tail)) and _FRAGMENT.match(head) and head not in _HEADER_WORDS \
                and completes(head):
            return 0, head, tail
    return None


_UNIT_LEAD = lazy(rf"^{UNIT_LABEL}(?:人民币)?(?:万元|千元|亿元|元)")
_HEADER_TAIL = lazy(r"^[\u4e00-\u9fff]{0,8}(?:经费|支出|收入|合计|小计|决算数|预算数|金额|项目|名称|编码)$")
_HEADER_WORDS = {"项目", "收入", "支出", "科目", "金额", "合计", "总计", "类", "款", "项", "单位", "部门", "栏次", "行次",
                 "决算数", "预算数", "科目名称", "科目编码", "项目名称"}


def read_unit_line(cells: list[Cell], meta: Meta) -> bool:
    """A row holding only the 金额单位 line ("单位：万元"), printed under the heads or among them: read into `meta`
    (when it has no unit yet) and True, so that it is neither a head of the column it stands in nor lost."""
    if any(is_numeric_cell(c) for c in cells):
        return False
    texts = [t for c in cells if (t := text_of(c))]
    units = {m.group(1) for t in texts if (m := _BARE_UNIT.fullmatch(t))}
    # (a lone '元' is rather the end of a unit cut at the line, '单位：万' above it, in whichever column it stands)
    if texts and len(units) == 1 and all(_BARE_UNIT.fullmatch(t) for t in texts) and texts != ["元"]:
        if meta.unit is None:  # a row of units under the heads, one under each figure column ('万元 | 万元 | 万元')
            meta.unit, meta.unit_cell = units.pop(), next(c for c in cells if text_of(c)).ref
        return True
    if meta.unit is not None:
        return False
    return (len(texts) == 1 and texts[0].startswith(UNIT_LABEL_WORDS) and find_unit(texts[0]) is not None
            and read_meta(cells, meta))


# what follows a department's name on its line and is no part of it: a seal mark, another field ('单位代码：412001')
# ('…局（盖章）', '…局[单位公章]', '…局盖章:', '…局2024年12月31日': a seal field or a date after the name, s15rev2 8)
_NAME_TAIL = lazy(r"(?:[(（\[【](?:单位)?(?:盖章|公章|签章)[)）\]】]|(?:单位)?(?:盖章|公章|签章)[:：]?|\d{4}年\d{1,2}月\d{1,2}日)$")
_CODE_FIELD = lazy(r"(?:单位|部门|机构|组织机构|统一社会信用)?代码[:：]")
_BARE_UNIT = lazy(r"[(（]?(万元|千元|亿元|元)[)）]?")


_YEAR_AFTER_NAME = lazy(r"\s*[(（]?(?:19|20)\d{2}年度?[)）]?\s*$")
# the table's own code on the 部门 line, after the name ('部门：某局<TAB>公开02表<TAB>单位：万元', s18rev r1; '…局<TAB>表二',
# '…局　附表2', r18): a '公开NN表' wherever it stands, another number only at the end (a name may hold '表' and a digit)
_CODE_AFTER_NAME = lazy(rf"\s*(?:{TABLE_CODE}.*|附?表\s*(?:[一二三四五六七八九十]+|\d{{1,2}}(?:[-－]\d{{1,2}})?))$")


def read_meta(cells: list[Cell], meta: Meta) -> bool:
    """Take 部门/金额单位/year/公开NN表 from a row; True when the row held only such things."""
    only_meta = True
    texts = [(c, norm(c.value)) for c in cells if isinstance(c.value, str) and norm(c.value)]
    if meta.unit_cut is not None:  # “单位：万” then “元” on the next line, in the same column
        head, col, ref = meta.unit_cut
        meta.unit_cut = None
        at = next((i for i, (c, t) in enumerate(texts) if c.col == col and t == "元"), None)
        if at is not None and meta.unit is None:
            meta.unit, meta.unit_cell = head + "元", ref
            texts = texts[:at] + texts[at + 1:]
            if not texts:
                return True
    rest = _name_rest(texts, meta)
    if rest is not None:
        i, head, tail = rest
        meta.department += head
        texts = texts[:i] + ([(texts[i][0], tail)] if tail else []) + texts[i + 1:]
        if not texts:
            return True
    if not all(find_unit(t) or TABLE_CODE_RE.search(t) for _c, t in texts):
        meta.department_col = None  # the rest is on the next line (a 金额单位 line may stand between), or nowhere
    if group_heads(t for _c, t in texts):
        return False  # '2023年预算数 | 2023年决算数': the heads of groups of columns, not a year line (column_groups)
    name_parts: set[int] = set()  # cells holding the name after a bare '部门：' (部门： | 江苏省人民检察院 | 单位：万元)
    band_year = None
    for i, (cell, t) in enumerate(texts):
        unit = find_unit(t)
        cut = None if unit else _UNIT_CUT.search(t)
        if cut:  # the unit wrapped in a narrow box: its 元 is on the next line
            meta.unit_cut = (cut.group(1), cell.col, cell.ref)
        code = TABLE_CODE_RE.search(t)
        dept = _DEPT_RE.match(t)
        year = find_year(t)
        if unit:
            meta.unit, meta.unit_cell = unit, cell.ref
        if code:
            meta.code_label = f"公开{int(code.group(1)):02d}表"
        if year and meta.year is None:
            if band(t) is None:
                meta.year, meta.year_cell = year, cell.ref
            elif band_year is None:  # '2024年预算数': a line of its own names the table's year; beside '项目', a column's
                band_year = (year, cell.ref)
        if dept:
            name = dept.group(1)
            if not name:  # '部门：' with the name in the next cells
                parts = []
                for j, (_c, nxt) in enumerate(texts[i + 1 :], i + 1):
                    if find_unit(nxt) or TABLE_CODE_RE.search(nxt):
                        break
                    parts.append(nxt)
                    name_parts.add(j)
                name = "".join(parts)
            name = re.split(UNIT_LABEL, name)[0]  # ('部门：某局　计量单位：万元')
            name = _NAME_TAIL.sub("", _CODE_FIELD.split(name)[0])  # '…局（盖章）', '…局　单位代码：412001' (s15rev r6)
            name = _YEAR_AFTER_NAME.sub("", _CODE_AFTER_NAME.sub("", name))  # '部门：某某局　　2019年度' (the year on the 部门 line)
            if name and meta.department is None:
                meta.department, meta.department_cell = name, cell.ref
                meta.department_col = cell.col
        if not (unit or cut or code or dept or i in name_parts or (year and (len(t) <= 16 or _PERIOD.match(t)))
                or _META_RE.match(t) or _CN_CODE.match(t)):
            if not (t.startswith(("(", "（")) and year):
                only_meta = False
    if any(not isinstance(c.value, str) for c in cells):
        only_meta = False
    if band_year and only_meta and meta.year is None:
        meta.year, meta.year_cell = band_year
    return only_meta and bool(texts)
