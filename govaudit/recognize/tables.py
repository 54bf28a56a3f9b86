"""Build one of the nine tables from its block of cells: header → columns, rows → labelled figures."""

from __future__ import annotations

import re
from functools import lru_cache
from govaudit.records import dataclass
from decimal import Decimal

from govaudit.model import CellIssue, Column, Figure, Location, Row, Table, table_label
from govaudit.model.trusted import construct, factory
from govaudit.cellref import a1, column_letter
from govaudit.readers.base import Cell, indent_width
from govaudit.recognize import budget_specs, column_groups, specs
from govaudit.recognize.centred_codes import recentre_codes
from govaudit.recognize.uncoded_items import key_uncoded_items
from govaudit.recognize.grid import (
    _DEPT_RE,
    Block,
    Meta,
    MergedLookup,
    code_form,
    is_code_text,
    is_lineno_row,
    is_numeric_cell,
    read_meta,
    read_unit_line,
    text_of,
    title_ref,
)
from govaudit.recognize.text import (BLANK_MARKS, ImplausibleNumber, NotANumber, _fast_number,
                                     decimals_from_format, find_unit, find_year, parse_number)
from govaudit.text import SIGN_OFF, _norm, norm, strip_numbering
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)

MAX_HEADER_ROWS = 5
PUBLISHED_DECIMALS = {"万元": 2}  # the precision money is published to, by unit
_NOTE_WORDS = ("本表", "空表", "无数据", "没有", "不涉及", "未发生", "无相关", "无此", "无收支", "无该")
_CODE_FULL = lazy(r"\d{3}(?:\d{2}){0,2}")
# '行政运行（2010101）': the name, then its code in brackets (some 区县 print a 科目 so)
_TRAILING_CODE = lazy(r"^(\D.*?)\s*[(（](\d{3}(?:\d{2}){0,2})[)）]$")
# '2080505 机关…', '2080505-机关…', '2080505：机关…': the code, then the name after any separator
# (the code may stand in brackets, as budget systems export a 科目: '[2010101]行政运行', '【201】一般公共服务支出')
_LEADING_CODE = lazy(r"^[\[【]?(\d{3}(?:[.\-－—_·/]?\d{2}){0,2})(?![\d.])[\]】]?\s*(?:[-－—_:：、|]\s*)?(.*)$")


@dataclass
class ColumnRole:
    col: int
    path: list[str]
    role: str  # "value" | "name" | "code" | "split" | "lineno" | "prior" (last year's) | "context" | "unknown"
    key: str | None = None
    split_index: int | None = None
    side: int = 0


def column_label(path: list[str]) -> str:
    """The header a reader would name the column by: '本年支出合计' rather than a bare '合计' (a value column's path
    is never empty: its key was read from it)."""
    if path[-1] in ("合计", "小计") and len(path) > 1 and path[-2] not in ("支出", "收入"):
        return path[-2] + path[-1]
    return path[-1]


# words that explain an empty table: a text-only row holding one is a note however short ("本表无数据。")
_EMPTY_WORDS = ("空表", "无数据", "没有", "不涉及", "未发生", "无相关", "无此", "无收支", "无该", "无任何", "表为空")
# "无" said of the department or the table ("本单位无…", "2024年度无…", "故…无…"), or opening the row ("无。")
_NONE_RE = lazy(r"(?:^|部门|单位|本表|本年|年度|[故均且也,，:：、;；(（])无")  # '(无政府性基金支出)'（江苏）


# a form's sign-off under a table: '单位负责人：张三 | 财务负责人：李四 | 填表人：王五', '报送日期：2020年5月20日'
_SIGN_OFF = lazy(SIGN_OFF)  # ("单位负责人（签章）：", "审核：李四", "报出日期：")


def is_sign_off(cells: list[Cell]) -> bool:
    """A row of sign-off fields (负责人, 填表人, 联系电话, 报送日期 …): each cell a field's label, or the value
    right after a label left empty ('联系电话：' | 5776000). No row of figures or 科目 starts so."""
    after_label = False  # the previous cell was a label with nothing after its colon
    seen = False
    for c in cells:
        value = c.value
        t = _norm(value) if isinstance(value, str) else ""  # text_of(c), inlined (asked of every row of a table)
        if not t and (value is None or isinstance(value, str)):
            continue  # a blank cell
        if t and _SIGN_OFF.match(t):
            after_label, seen = t.endswith((":", "：")), True
        elif seen and t.startswith(_DEPT_OPENERS) and _DEPT_RE.match(t):
            after_label = t.endswith((":", "："))  # '单位负责人：张三 | 填报单位：某某区财政局' (s17mut: was a row)
        elif after_label:
            after_label = False
        else:
            return False
    return seen


def keep_note(notes: list[str], cells: list[Cell]) -> None:
    """A note row's text added to its table's notes; a sign-off row is left out (it says nothing of the table: '无'
    in a person's name explains no blank)."""
    if not is_sign_off(cells):
        notes.append("".join(text_of(c) for c in cells))


def empty_note(cells: list[Cell]) -> str | None:
    """The text of a note row that says the table is empty ('本部门2024年度没有国有资本经营预算财政拨款收支，本表无数据。'),
    also typed in a 合计 row in the figures' place with no heads above it ('合计 | 本部门无此项')."""
    if _total_with_note(cells):
        cells = [c for c in cells if text_of(c)][1:]
    if not is_note(cells) or is_sign_off(cells) or not _says_empty("".join(text_of(c) for c in cells)):
        return None
    return "".join(c.value.strip() for c in cells if isinstance(c.value, str))  # (as printed, to be quoted)


def _says_empty(joined: str) -> bool:
    return any(w in joined for w in _EMPTY_WORDS) or bool(_NONE_RE.search(joined))


def _total_with_note(cells: list[Cell]) -> bool:
    """'合计 | 本部门无此项': the 合计 row of an empty table, its figures' place taken by the note (no header row)."""
    texts = [c for c in cells if text_of(c)]
    return len(texts) >= 2 and bool(_TABLE_TOTAL.fullmatch(re.sub(r"\s", "", text_of(texts[0])))) and is_note(texts[1:])


def foot_department(cells: list[Cell], meta: Meta) -> bool:
    """'编制单位：某某局' printed under the table (at its foot, by the sign-off): True, a line of the form, not a row (also
    with the name left blank for the stamp, '编制单位：', or with another field after it, '填报单位：某局　负责人：张三', and a
    date further along). Where no 部门 line stands over the table, a name alone there is read into `meta` as its 部门.
    Only a row without figures that opens with such a line."""
    first = next((t for c in cells if (t := text_of(c))), "")
    if not first.startswith(_DEPT_OPENERS) or not _DEPT_RE.match(first) or any(is_numeric_cell(c) for c in cells):
        return False
    if meta.department is None:
        probe = Meta()
        read_meta(cells, probe)
        if probe.department and not any(ch in probe.department for ch in ":："):  # (not '某局　负责人：张三')
            meta.department, meta.department_cell = probe.department, probe.department_cell
    return True


_DEPT_OPENERS = ("编制", "填报", "预算", "决算", "部门", "单位", "机构")
_DEPT_HEADS = frozenset(_DEPT_OPENERS)


def is_note(cells: list[Cell]) -> bool:
    if is_sign_off(cells):
        return True
    texts = []
    for c in cells:
        value = c.value
        t = _norm(value) if isinstance(value, str) else ""  # text_of(c), inlined (asked of every row of a table)
        if t:
            texts.append(t)
        elif is_numeric_cell(c):
            return False
    joined = "".join(texts)
    if joined.startswith(("注", "附注", "说明", "备注", "填表说明")):  # ('附注：' | … | …: s17mut, was a row)
        return True
    if len(joined) >= 12 and any(w in joined for w in _NOTE_WORDS):
        # a box of text beside a row of heads ('项目 | 本年支出合计 | … | 填报说明：本表…') does not make it a note:
        # the note's words stand in the first text or in the only other one
        return len(texts) <= 2 or any(w in texts[0] for w in _NOTE_WORDS)
    # shorter: a row that says why the table is empty, never a row label (合计, a 类, a coded 科目)
    if not _says_empty(joined):
        return False
    if any(is_code_text(c.value) or is_numeric_cell(c) for c in cells):
        return False
    core = strip_numbering(joined).rstrip("。.!！;；")
    # (a bare 合计/总计 holds no 无 nor an empty-table word: only a 合计 with words after it gets here)
    return not (core.startswith("合计") or specs.category_code(core))


_SUB_MARK = lazy(r"^(?:其中|[(（]?\d|[(（][一二三四五六七八九十]+[)）])")  # '其中：', '1.', '（一）': under another row
_SUBJECT_KINDS = ("02", "03", "05", "08", "09")  # 决算 tables whose rows are 功能分类科目
# tables whose rows are 科目 (功能 or 经济分类), 决算 and 预算
_CODED_KINDS = _SUBJECT_KINDS + specs.ECONOMIC_KINDS + ("B02", "B03", "B05", "B06", "B07", "B10")

# the numbering of a row's label, outermost first: '一、', '（一）', '1.', '（1）' (normalised: half-width brackets)
_LEVELS = [lazy(r"^[一二三四五六七八九十百]+[、.]"), lazy(r"^\([一二三四五六七八九十]+\)"), lazy(r"^\d+[、.](?!\d)"),
           lazy(r"^\(\d+\)")]


def numbering_level(label: str) -> int | None:
    return next((i for i, level in enumerate(_LEVELS) if level.match(label)), None)


def part_of_row_above(above: tuple[int | None, bool] | None, label: str) -> bool:
    """A row of 01/04 that is a part of the row above it, not one more summand of its side: '其中：…' or a sub-row
    ('（一）…' under '一、财政拨款收入'), when the row above (its numbering level, whether it has a figure) has a figure
    of its own (under a heading with no figure the parts are what is summed)."""
    if above is None or not above[1]:
        return False
    if label.startswith("其中"):
        return True
    level = numbering_level(label)
    return level is not None and above[0] is not None and level > above[0]


def by_col_value(by_col: dict, ref: str):
    return next((c.value for c in by_col.values() if c.ref == ref), None)


# a note's statement of the unit: '本表金额单位为万元', '单位：人民币元', '以万元为单位'
_NOTE_UNIT = lazy(r"单位(?:为|是|[:：])\s*(?:人民币)?(万元|千元|亿元|元)|以(?:人民币)?(万元|千元|亿元|元)为单位")


_TABLE_TOTAL = lazy(r"(?:本年|本期)?(?:收入|支出|收支)?(?:决算)?(?:合计|总计)(?:数)?")
SPLIT_WIDTHS = (3, 2, 2)  # digits of a 类, 款 and 项 part
# 类/款/项 parts then a name in one cell ('11 01行政单位医疗'): parts of two or three digits, a name of two or more
# characters that is no date or count ('10月', '12个')
_PARTS_THEN_NAME = lazy(r"(\d{2,3}(?: \d{2})*) ?([^\d\s.,，、．:：()（）年月日号个万元%][^\d]+)")
_ZERO_FORMAT = lazy(r"0+")


def code_text(cell: Cell, width: int = 0) -> str:
    """A code (or a 类/款/项 part) as printed: 5 in number format '00' is '05'.

    A number keeps the zero padding of its number format; a part known to have `width` digits is padded
    to it (a 款 stored as the number 5, or typed as '5', is 05).
    """
    raw = cell.value
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool):
        t = str(raw)
        if raw >= 0:
            fmt = (cell.number_format or "").split(";")[0].strip()
            if _ZERO_FORMAT.fullmatch(fmt):  # '00': shown with as many digits as the format has zeros
                width = max(width, len(fmt))
            t = t.zfill(width)
        return t
    t = _code_of_text(raw) if type(raw) is str else code_form(norm(raw))
    return t.zfill(width) if t.isdigit() else t  # (zfill pads only a shorter text)


@lru_cache(maxsize=1 << 15)
def _code_of_text(raw: str) -> str:
    """code_form(norm(raw)), remembered: a 科目's code is printed in several tables (公开02, 03 and 05)."""
    return code_form(norm(raw))


# a cell holding exactly one of these words makes its row a header row, whatever else it holds
HEADER_CELLS = {"项目", "决算数", "预算数", "金额", "行次", "科目名称", "科目编码", "功能分类科目编码",
                "经济分类科目编码", "收入", "支出", "类", "款", "项"}


def _is_data_row(kind: str, cells: list[Cell]) -> bool:
    texts = [text_of(c) for c in cells if text_of(c)]
    if any(t in HEADER_CELLS for t in texts):
        return False
    if any(is_numeric_cell(c) or is_code_text(c.value) for c in cells):
        return True
    if texts and all(t in specs.TOTAL_WORDS for t in texts):
        return True
    if kind in ("01", "04") and any(specs.side_row_key(t, 0) or specs.side_row_key(t, 1) for t in texts):
        return not _fund_heads(texts)
    if kind in budget_specs.TWO_SIDED and any(budget_specs.is_row_label(kind, t) for t in texts):
        return True
    return False


_FUND_HEAD = lazy(r"^(?:一般公共预算|政府性基金预算?|国有资本经营预算?)(?:财政拨款)?$")


def _fund_heads(texts: list[str]) -> bool:
    """'一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款' on a line without figures: the group
    heads over each fund's 小计 | 基本支出 | 项目支出 (the 2025 template's 04, held-out 27), not the rows of the
    年初 carry-over's funds (one to a row, each with its figure, or blank)."""
    return len(texts) >= 2 and all(_FUND_HEAD.match(t) for t in texts)


def _dashed_total(cells: list[Cell]) -> bool:
    """'合计 | － | － | －': a total whose figures are all dashes (zeros typed as text) has no figure to tell it from
    a header row. Taken for the first data row only where a data row follows it (locate_header): over an empty
    table's note it stays with the heads (an empty 09 printed as heads, such a row and its note, held-out 24)."""
    texts = [text_of(c) for c in cells if text_of(c)]
    return any(t in specs.TOTAL_WORDS for t in texts) and len(texts) >= 2 \
        and all(t in specs.TOTAL_WORDS or t in BLANK_MARKS for t in texts)


_MONEY_TEXT = lazy(r"^[-−(（]?\d[\d,]*\.\d+[)）]?$|^[-−(（]?\d{1,3}(?:,\d{3})+[)）]?$")


def is_mixed_row(cells: list[Cell]) -> bool:
    """A header row that also carries the first data row: '类 | 款 | 项 | 合计 | 2,946.25 …' (a PDF print whose 合计
    sits in the band of the 类/款/项 heads). Money is told from codes by its decimals or thousands separators."""
    texts = [text_of(c) for c in cells]
    if not any(t in HEADER_CELLS for t in texts):
        return False
    return any(_MONEY_TEXT.match(t) for t in texts) or any(
        isinstance(c.value, float) and not c.value.is_integer() for c in cells)


def header_paths(block: Block, header_rows: list[int], columns: list[int]) -> dict[int, list[str]]:
    if not header_rows:
        return {c: [] for c in columns}
    merged = MergedLookup(block.sheet, header_rows[0], header_rows[-1])
    # the data part of a mixed last row (its 合计 and figures) is not part of any column's name
    mixed = header_rows[-1] if is_mixed_row(block.rows.get(header_rows[-1], [])) else None
    text = {(r, c): _ENGLISH_GLOSS.sub("", norm(unmarked(v))) if isinstance(v := merged.value(r, c), str) else ""
            for r in header_rows for c in columns}
    # a header none of whose group rows is merged: a group's words in its first cell, the cells beside it empty
    # (workbooks, Word tables; a PDF only where the page drew each of those cells as a box of its own)
    levels = _group_levels(block.sheet, header_rows, columns)
    origins = block.sheet.origins
    printed = any(o.page is not None for r in header_rows for c in columns if (o := origins.get((r, c))) is not None)
    if not any(r1 <= r <= r2 for r1, _c1, r2, _c2 in block.sheet.merged for r in (*levels, header_rows[-1])):
        _fill_unmerged_groups(text, header_rows, columns, levels, _boxed(origins) if printed else None)
    paths: dict[int, list[str]] = {}
    wrapped = _wrapped_heads(block, text, header_rows, columns)
    for c in columns:
        path: list[str] = []
        for r in header_rows:
            t = text[(r, c)]
            if "元" in t:  # '合计（元）' is the 合计 column (the unit is read by header_unit)
                t = _HEADER_UNIT.sub("", t)
            if r == mixed and t not in HEADER_CELLS:
                continue
            if path and (r, c) in wrapped:
                path[-1] += t  # the second line of a heading wrapped into the cell below ('基本' / '支出')
                continue
            if t and (not path or path[-1] != t):
                path.append(t)
        paths[c] = path
    if printed:
        from govaudit.recognize.left_heads import give_heads_to_figures

        give_heads_to_figures(block, header_rows, paths)  # (a heading at a wide column's left, its figures at its right)
    return paths


def _wrapped_heads(block: Block, text: dict, header_rows: list[int], columns: list[int]) -> set[tuple[int, int]]:
    """The header cells that carry on the heading of the cell above them: a heading printed over two cells, one
    above the other, with no merge ('基本' over '支出', '人员' over '经费': a PDF converted back to a spreadsheet puts
    each line of a wrapped heading in a row of its own). Only where the two together hold a column word of the
    table that neither holds alone, and the upper cell heads this column alone (not merged across, not the same
    words as the cell beside it: a group's heading)."""
    words = [w for w, _k in specs.COLUMN_WORDS.get(block.kind, [])]
    if not words:
        return set()
    across = [(r1, c1, r2, c2) for r1, c1, r2, c2 in block.sheet.merged if c2 > c1]
    out = set()
    for upper, lower in zip(header_rows, header_rows[1:]):
        for c in columns:
            a, b = text[(upper, c)], text[(lower, c)]
            if not a or not b or a == b or (upper, c) in out:
                continue
            if a in (text.get((upper, c - 1)), text.get((upper, c + 1))):
                continue
            if any(r1 <= upper <= r2 and c1 <= c <= c2 for r1, c1, r2, c2 in across):
                continue
            if any(w in a + b and w not in a and w not in b for w in words):
                out.add((lower, c))
    return out


def _group_levels(sheet, header_rows: list[int], columns: list[int]) -> list[int]:
    """The header rows above the lowest that can head groups of columns: words in two or more cells (a merged
    range's words count once). A row of one cell of words (a Word paragraph '收入　支出' above the table, a caption
    over the whole header, merged across it or printed as one line over several columns) heads none."""
    return [r for r in header_rows[:-1]
            if sum(1 for c in columns if (cell := sheet.get(r, c)) is not None and isinstance(cell.value, str)
                   and norm(cell.value)) >= 2]


def _boxed(origins: dict):
    """On a printed page: whether the blank cell (r, c) is a box of its own beside (r, prev)'s (the page ruled the
    line between them, so prev's words stand in prev's box alone) — not a gap the page left under words centred over
    both, which have no box (a header without rules) or one box over both (a merged cell)."""
    def boxed(r: int, prev: int, c: int) -> bool:
        left, right = origins.get((r, prev)), origins.get((r, c))
        return left is not None and right is not None and right is not left and left.bbox is not None \
            and right.bbox is not None and right.bbox[0] >= left.bbox[2] - 0.5
    return boxed


def _fill_unmerged_groups(text: dict, header_rows: list[int], columns: list[int], levels: list[int],
                          boxed=None) -> None:
    """A header with no merged group (an export that undid its merges, leaving each value in its first cell):
    a group heading stands over its first sub-column only ('因公出国（境）费' over 预算数, blank over 决算数). A blank
    upper cell over a sub-heading, right beside a filled one over another sub-heading, under the same groups above,
    belongs to that group. `boxed(r, prev, c)`: on a printed page, all or nothing — every such cell a ruled box of
    its own, or none is filled (half a header's groups filled would name a column of the other half wrongly)."""
    filled = dict(text)
    for i, r in enumerate(header_rows[:-1]):
        if r not in levels:
            continue
        above = [a for a in levels if a < r]
        for prev, c in zip(columns, columns[1:]):
            if c != prev + 1 or filled[(r, c)] or not filled[(r, prev)]:
                continue
            below = header_rows[i + 1:]
            if not any(filled[(b, c)] for b in below) or not any(filled[(b, prev)] for b in below):
                continue
            # two columns, not one heading's continuation: their heads below differ in some row (not only in the
            # lowest: '合计 | 因公出国（境）费' over a row of 小计/购置费/运行费 that leaves both blank)
            if all(filled[(a, c)] == filled[(a, prev)] for a in above) and \
                    any(filled[(b, c)] != filled[(b, prev)] for b in below):
                if boxed is not None and not boxed(r, prev, c):
                    return
                filled[(r, c)] = filled[(r, prev)]
    text.update(filled)


# an English gloss after a Chinese heading ('合计 Total', '基本支出\nBasic expenditure': bilingual templates), normalised
# without its blanks: not part of the column's name
_ENGLISH_GLOSS = lazy(r"(?<=[\u4e00-\u9fff)])[A-Za-z][A-Za-z.,&'/()-]*$")
# a footnote mark after a name or heading ('行政运行①', '项目支出*', '※'; NFKC would make ① a '1')
_FOOTNOTE = lazy(r"(?<=[\u4e00-\u9fff)）])[\u2460-\u2473*＊※]+$")


def unmarked(text: str) -> str:
    """A name or heading without the footnote mark after it (text as printed, before norm)."""
    end = text[-1:]  # (asked of every name cell: most end in a CJK character, answered at once)
    if not end or not (end in "*＊※ \u3000\t" or "\u2460" <= end <= "\u2473"):
        return text
    text = text.rstrip()
    return _FOOTNOTE.sub("", text) if text and (text[-1] in "*＊※" or "\u2460" <= text[-1] <= "\u2473") else text


_HEADER_UNIT = lazy(r"[(（](?:金额)?(?:单位[:：]?)?(万元|千元|亿元|元)[)）]")


def header_unit(block: Block, rows: list[int] | None = None) -> str | None:
    """A table without a 金额单位 line may name its unit in its column headings ('决算数（元）'): the unit they all
    agree on. `rows`: the header rows (default: every short heading of the block)."""
    units = set()
    for r in block.row_numbers() if rows is None else rows:
        for c in block.rows[r]:
            if isinstance(c.value, str) and len(c.value) <= 30 and (m := _HEADER_UNIT.search(norm(c.value))):
                units.add(m.group(1))
    return units.pop() if len(units) == 1 else None


def column_key(path: list[str], words: list[tuple[str, str]]) -> str | None:
    """The canonical key of a column from its header levels, the most specific level first.

    A bare 小计/合计 under a parent that names a column ('本年支出/合计', '财政拨款收入/小计') is that parent.
    """
    for i in range(len(path) - 1, -1, -1):
        part = path[i]
        if part in ("小计", "合计") and i > 0:
            parent = next((k for w, k in words if w in path[i - 1]), None)
            # under a generic 决算数/金额 group (its key "amount") the 合计 is the group's total column
            if parent and parent != "amount":
                return parent
        key = next((k for w, k in words if w in part), None)
        if key and key.startswith("."):  # a part of the column the levels above name ('general.basic'), or none
            parent = column_key(path[:i], words) if i else None
            return parent + key if parent and not parent.startswith(".") else None
        if key:
            return key
    return None


# a column of last year's figures: '上年数', '上年决算数', '上年预算数', '上年执行数', '上年度预算数', a group
# '上年“三公”经费预算数' (上海's 三公 table, s18rev r21) (not '上年结转', '上年结余…')
_PRIOR_YEAR = lazy(r"^上年度?(?:数|决算数?|预算数?|执行数?|实际数|金额|(?!.*(?:结转|结余))\S{1,16}?(?:预算|决算|执行|实际)数)"
                   r"(?:[(（].*[)）])?$")


def is_prior_year(path: list[str]) -> bool:
    """A column headed as last year's (one part of its heading is '上年决算数', '上年预算数', …)."""
    return any(_PRIOR_YEAR.match(re.sub(r"\s", "", part)) for part in path)


def classify_columns(kind: str, paths: dict[int, list[str]], year: int | None = None) -> list[ColumnRole]:
    words = specs.COLUMN_WORDS.get(kind, [])
    roles: list[ColumnRole] = []
    for col in sorted(paths):
        path = paths[col]
        last = path[-1] if path else ""
        role = ColumnRole(col=col, path=path, role="unknown")
        if is_prior_year(path):
            role.role = "prior"  # last year's figures beside this year's (上年决算数 | 本年决算数): not this year's
        elif any(w in last for w in specs.LINENO_WORDS) or specs.UNIT_CODE_HEAD.match(bare := re.sub(r"\s", "", last)) \
                or specs.COUNT_HEAD.match(bare):
            role.role = "lineno"
        elif any(w in last for w in specs.CODE_WORDS):
            role.role = "code"
        elif last in specs.SPLIT_CODE_WORDS:
            role.role, role.split_index = "split", specs.SPLIT_CODE_WORDS[last]
        elif any(w in last for w in specs.NAME_WORDS) and not any(w in last for w, _k in words):
            # (a value word, also a part's: '项目支出' under a fund in 04 is 'general.project', no 项目 names column)
            role.role = "name"  # 科目名称 under a block header (人员经费 / 科目名称) names rows, whatever its parent
        else:
            key = column_key(path, words)  # (a heading with a name word here has a key: see the branch above)
            if key:
                role.role, role.key = "value", key
        roles.append(role)
    column_groups.mark(kind, roles, year)  # another year's or stage's group of columns, a rate, a lone 其中: context
    # sides: each run of label columns after a value column opens a side (01/04: 收入 | 支出; 06: blocks of
    # 编码/名称/决算数); the columns before the first value column are side 0
    side, seen_value = 0, False
    for role in roles:
        if seen_value and role.role in ("name", "code", "split", "lineno"):
            side += 1
            seen_value = False
        role.side = side
        if role.role in ("value", "context"):
            seen_value = True
    return roles


TWO_SIDED_KINDS = ("01", "04", "B01", "B04")


def expense_side_only(kind: str, roles: list[ColumnRole]) -> bool:
    """A 收支总表 (01/04/B01/B04) whose headings name 支出 (支出, 本年支出, 财政拨款支出 over its columns) and no
    收入 at all: the 支出 half printed apart from the 收入 half (a sheet of its own, a page of a narrow document).
    Its sides are the 支出 sides (1, and 2 where 支出 has two: 江苏's 功能分类 | 支出用途); the 收入 half, printed as a
    table of its own, is side 0 as usual."""
    if kind not in TWO_SIDED_KINDS:
        return False

    def bare(part: str) -> str:  # ('收 入 预 算' as '收入预算')
        return re.sub(r"\s", "", norm(part))

    words = [bare(part) for ro in roles for part in ro.path]
    names = [ro for ro in roles if ro.role in ("name", "code", "split")]
    # the 支出 heading stands over the row names (支出 / 项目), not only over figure columns (a full table's
    # 项目 | 预算数 | 项目 | 合计 | 基本支出 | 项目支出 names no side at all); or it is the lone word '支出' over some
    # columns (a print without rules does not show how far a band over the whole half reaches); and no heading
    # names the 收入 side in any wording ('收入', '收入预算', '资金来源'): a whole table is never read as its 支出 half
    band = any(len(ro.path) > 1 and bare(ro.path[0]) == "支出" for ro in roles)
    over_names = all(any(bare(part).endswith("支出") for part in ro.path[:-1]) for ro in names)
    return bool(names) and (band or over_names) and not any("收入" in w or "来源" in w for w in words)


def _second_label_columns(block: Block, roles: list[ColumnRole], data_start: int) -> None:
    """A column with no heading at all right after a label column, holding only words under the header, is that label's
    second level: '项目名称' centred over two columns (江苏 收入预算总表: 一般公共预算资金 | 小计, then
    | 公共财政拨款(补助)资金 under it), printed or exported without its merge."""
    headless = {ro.col for ro in roles if ro.role == "unknown" and not ro.path}
    if not headless:
        return  # (most tables: every column has a heading; the cells of the others alone are gathered)
    cells_by_col: dict[int, list[Cell]] = {}
    for r in block.row_numbers():
        if r >= data_start:
            for c in block.rows[r]:
                if c.col in headless and c.value not in (None, ""):
                    cells_by_col.setdefault(c.col, []).append(c)
    label: ColumnRole | None = None  # the label column just before (blank columns between them aside)
    for role in roles:
        cells = cells_by_col.get(role.col, [])
        if role.role == "unknown" and not role.path:
            if not cells:
                continue  # a blank column (a PDF's empty band, a spacer) between the two
            if label is not None and all(isinstance(c.value, str) and not is_numeric_cell(c)
                                         and not is_code_text(c.value) for c in cells):
                role.role, role.side = "name", label.side
                continue
        label = role if role.role in ("name", "code", "split") else None


def _codes_under_a_name(block: Block, roles: list[ColumnRole], data_start: int) -> None:
    """'项目' merged over the code and name columns with no '科目编码 | 科目名称' under it: of two name columns under
    the same heading, in a side with no code column, the first is the code column when what it holds in the rows of
    figures is 科目编码 (a 合计 or blank cell aside)."""
    for a, b in zip(roles, roles[1:]):
        if not (a.role == b.role == "name" and a.path == b.path and b.col == a.col + 1) or \
                any(ro.role in ("code", "split") and ro.side == a.side for ro in roles):
            continue
        rows = [block.rows[r] for r in block.row_numbers() if r >= data_start]
        cells = [c for cs in rows if any(is_numeric_cell(x) for x in cs) for c in cs  # (a note row aside)
                 if c.col == a.col and c.value not in (None, "") and text_of(c) not in specs.TOTAL_WORDS]
        if len(cells) >= 2 and sum(1 for c in cells if is_code_text(c.value)) >= 0.8 * len(cells):
            a.role = "code"


def _split_codes_under_one_head(block: Block, roles: list[ColumnRole], data_start: int) -> None:
    """'科目编码' merged over two or three columns with no '类 | 款 | 项' under it: when the columns hold 3-digit, then
    2-digit parts ('201 | 01 | 01'), they are the 类, 款 and 项 of a split code, not three whole-code columns. So are
    columns with no heading at all right after the code column ('201 01 01' typed in one cell, its parts set apart
    by spaces: a print without rules shows them as columns of their own)."""
    i = 0
    while i < len(roles):
        run = [roles[i]]
        while run[0].role == "code" and len(run) < 3 and i + len(run) < len(roles):
            b = roles[i + len(run)]
            if not (b.role == "code" and b.path == run[0].path or b.role == "unknown" and not b.path) \
                    or b.col != run[-1].col + 1:
                break
            run.append(b)
        i += len(run)
        if len(run) < 2:
            continue
        rows = [r for r in block.row_numbers() if r >= data_start]
        for k, ro in enumerate(run):
            parts = [code_text(c) for r in rows for c in block.rows[r] if c.col == ro.col and c.value not in (None, "")]
            digits = [t for t in parts if t.isdigit()]
            if not digits or any(len(t) != SPLIT_WIDTHS[k] for t in digits):
                break
        else:
            for k, ro in enumerate(run):
                ro.role, ro.split_index = "split", k


def dedupe_keys(roles: list[ColumnRole]) -> list[ColumnRole]:
    """A second column of a side read the same way is kept apart rather than overwriting the first."""
    seen: set[tuple[int, str]] = set()
    for role in roles:
        if role.role == "value":
            if (role.side, role.key) in seen:
                role.key = f"{role.key}#{role.col}"
            seen.add((role.side, role.key))
    return roles


def _under_group_header(block: Block, header: list[int], cells: list[Cell]) -> bool:
    """A row of words under a header cell merged across several columns (决算数 over 合计 | 一般公共预算 | …) is
    the header's next level, even when its words name rows elsewhere ('一般公共预算财政拨款'): it holds no figure
    and no 科目编码, and every word sits under such a group."""
    if any(is_numeric_cell(c) or is_code_text(c.value) for c in cells):
        return False
    texts = [c for c in cells if text_of(c)]
    if len(texts) < 2 or is_note(cells):  # a lone 合计 under 项目 is the total row, not a header level
        return False
    groups = [(c1, c2) for r1, c1, r2, c2 in block.sheet.merged
              if c2 > c1 and r1 in header and r2 < texts[0].row]
    if not groups or not all(any(c1 <= c.col <= c2 for c1, c2 in groups) for c in texts):
        return False
    # a group's next level names at least two of its columns (合计 | 一般公共预算 | …); one word under each group
    # (收入 over 项目 | 决算数: '一、一般公共预算财政拨款'; 支出: '一、一般公共服务支出') is a row of an empty table
    return all(sum(1 for c in texts if c1 <= c.col <= c2) >= 2
               for c1, c2 in groups if any(c1 <= c.col <= c2 for c in texts))


def repeats_header(cells: list[Cell], header_words: set[str], joined: str | None = None) -> bool:
    """The header printed again inside the table (at a page break): words only, every one a header word, and
    at least two of them, so a lone '合计' row or a 科目 row stays a row. `joined`: the header words joined by NUL
    (asked of every row of a table, so made once by the caller)."""
    if joined is None:
        joined = "\0".join(header_words)
    words = 0
    for c in cells:  # the cheap test first, stopping at the first other word: most rows fail it at their first cell
        value = c.value
        t = _norm(value) if isinstance(value, str) else ""  # text_of(c), inlined
        if t:
            # (or one line of a heading wrapped over two lines, printed again as two rows: '功能分类' / '科目编码');
            # a text without NUL is in one of the words exactly when it is in the words joined by NUL
            if t not in header_words and (len(t) < 2 or (t not in joined if "\0" not in t
                                                         else not any(t in w for w in header_words))):
                return False
            words += 1
    if words < 2:
        return False
    return not any(is_numeric_cell(c) or is_code_text(c.value) for c in cells)


def locate_header(block: Block, kind: str, meta: Meta) -> tuple[list[int], int]:
    """(header rows, first row after the header). 栏次 rows are skipped."""
    rows = block.row_numbers()
    i = 0
    # the title row and the meta rows under it
    while i < len(rows):
        cells = block.rows[rows[i]]
        if rows[i] == block.title_row:
            read_meta([c for c in cells if c.col != block.title_col], meta)
            i += 1
            continue
        if rows[i] < block.title_row + block.title_lines:  # the title's wrapped end
            i += 1
            continue
        if _period_group_head(block, cells):
            break  # (a header row, not a year line: read as one, the 2025年/2026年 columns lost their periods)
        if read_meta(cells, meta):
            i += 1
            continue
        break
    header: list[int] = []
    while i < len(rows) and len(header) < MAX_HEADER_ROWS:
        cells = block.rows[rows[i]]
        if is_lineno_row(cells) or read_unit_line(cells, meta):
            i += 1
            continue
        if not header and i + 1 < len(rows) and empty_note(cells) and _heads_follow(kind, block.rows[rows[i + 1]]):
            meta.empty_notes.append("".join(text_of(c) for c in cells))  # the note above the heads of an empty table
            i += 1
            continue
        if (_is_data_row(kind, cells) or is_note(cells) or _total_with_note(cells)
                or (header and i + 1 < len(rows) and _dashed_total(cells)
                    and _is_data_row(kind, block.rows[rows[i + 1]]))) \
                and not _under_group_header(block, header, cells):
            break
        header.append(rows[i])
        if is_mixed_row(cells):
            return header, rows[i]  # the row is both the last header row and the first data row
        i += 1
    while i < len(rows) and is_lineno_row(block.rows[rows[i]]):
        i += 1
    end = rows[i] if i < len(rows) else block.end_row
    return header, end


def _period_group_head(block: Block, cells: list[Cell]) -> bool:
    """'2026年预算数' alone on a line right of the table's first column: the group head over this year's columns,
    printed on a line of its own above the heads merged down beside it (科目编码, 2025年预算数, 增减额 centred over
    the header's three rows in a PDF without vertical rules: held-out batch 26), not a line naming the year."""
    texts = [(c.col, norm(text_of(c))) for c in cells if text_of(c)]
    first = min((c.col for r in block.row_numbers() for c in block.rows[r]), default=1)
    return bool(texts) and all(col > first and _PERIOD_HEAD.fullmatch(t) for col, t in texts)


_PERIOD_HEAD = lazy(r"\d{4}年度?(?:预算|决算|预计执行|执行)数")


def _heads_follow(kind: str, cells: list[Cell]) -> bool:
    """The row under an empty table's note (“本表无数据。” between the 单位 line and the heads) is a row of heads: two
    or more words, no figure, no note."""
    return sum(1 for c in cells if text_of(c)) >= 2 and not (_is_data_row(kind, cells) or is_note(cells)
                                                             or any(is_numeric_cell(c) for c in cells))


# every field is already of its type here: built without re-validation (model/trusted.py), which was a third of the
# time of a big workbook
_location = factory(Location, "file", "sheet", "cell", "row_label", "col_label")
_figure = factory(Figure, "value", "decimals", "unit", "percent", "text", "source")
_row = factory(Row, "key", "label", "code", "side", "row", "label_cell", "cells", "sheet")


class TableBuilder:
    def __init__(self, block: Block, file: str):
        self.block = block
        self.file = file
        self.issues: list[CellIssue] = []
        self.meta = Meta()
        # 类 rows of a coded layout printed without their code, by label cell: used if the table prints no code at all
        self.category_by_name: dict[str, str] = {}
        self.body_notes: list[str] = []  # notes typed in the figures' place (figure)
        self.col_units: dict[int, str] = {}  # columns headed with a unit not the table's (column_units.py)

    def figure(self, cell: Cell, row_label: str, col_label: str, context: str) -> Figure | None:
        # cell.ref, inlined (asked of every printed number)
        loc = _location(self.file, self.block.sheet.name, f"{column_letter(cell.col)}{cell.row}", row_label or None,
                        col_label or None)
        if cell.formula_without_value:
            self.issues.append(construct(CellIssue, kind="formula_without_value", location=loc, context=context))
            return None
        value = cell.value
        kind = type(value)
        if kind is float or kind is int:
            # most cells: a number that parse_number's first step, _fast_number, reads (None: not its case). What
            # the general path below does with its answer, without its tests of the text (a number has none)
            parsed = _fast_number(value, cell.number_format)
            if parsed is not None:
                unit = self.col_units.get(cell.col) or self.meta.unit or "万元"
                if decimals_from_format(cell.number_format)[0] is None:  # (see below)
                    return _figure(parsed[0], max(parsed[1], PUBLISHED_DECIMALS.get(unit, 0)), unit, False, "", loc)
                return _figure(parsed[0], parsed[1], unit, False, "", loc)
        try:
            parsed = parse_number(value, cell.number_format)
        except ImplausibleNumber:
            self.issues.append(construct(CellIssue, kind="implausible", location=loc, text=str(cell.value),
                                         context=context))
            return None
        except NotANumber:
            if kind is str and is_note([cell]):
                # a note typed in a figure's place ('合计 | 本部门无此项' across the figure columns): the table's note
                keep_note(self.body_notes, [cell])
                return None
            self.issues.append(construct(CellIssue, kind="not_a_number", location=loc, text=str(cell.value),
                                         context=context))
            return None
        if parsed is None:
            return None
        value, decimals, percent = parsed
        unit = self.col_units.get(cell.col) or self.meta.unit or "万元"
        if not isinstance(cell.value, str) and decimals_from_format(cell.number_format)[0] is None:
            # a number in General format shows exactly what is stored: 6 is 6.00 万元, published to the
            # 0.01 万元 every disclosure uses, not "somewhere between 5.5 and 6.5"
            decimals = max(decimals, PUBLISHED_DECIMALS.get(unit, 0))
        text = cell.value if isinstance(cell.value, str) else ""
        return _figure(value, decimals, unit, percent, text.strip(), loc)

    def build(self) -> Table | None:
        block, kind = self.block, self.block.kind
        header, data_start = locate_header(block, kind, self.meta)
        self.settle_unit(header)
        cols = sorted({c.col for r in block.row_numbers() for c in block.rows[r]})
        paths = header_paths(block, header, cols)
        roles = classify_columns(kind, paths, self.meta.year or find_year(block.title))
        _second_label_columns(block, roles, data_start)
        _codes_under_a_name(block, roles, data_start)
        _split_codes_under_one_head(block, roles, data_start)
        if kind == "06":
            _basic_blocks(roles)
        roles = dedupe_keys(roles)
        if not any(r.role == "value" for r in roles):
            return None  # a title with no table under it (a table of contents, a caption)
        if expense_side_only(kind, roles):
            for role in roles:  # the 支出 half of a 收支总表 printed apart (a sheet or page of its own)
                role.side += 1
        table = construct(Table, kind=kind, title=block.title, sheet=block.sheet.name,
                                 title_cell=title_ref(block))
        for role in roles:
            if role.role == "value":
                table.columns.append(construct(Column, key=role.key, header="/".join(role.path), side=role.side,
                                               col=role.col))
        context = table_label(kind)
        # the 类 and 款 a split code carries from the rows above, per side: each side-by-side block (06's 人员经费 |
        # 公用经费 blocks) has its own rows above
        last_split: dict[int, list[str]] = {}
        after_begin = False
        above: dict[int, tuple[int | None, bool]] = {}  # 01/04, per side: the row above (numbering level, has a figure)
        listing: dict[int, bool] = {}  # 01/04, per side: the row before was a part of the row above it
        used_keys: set[str] = set()
        header_words = {part for path in paths.values() for part in path} | HEADER_CELLS
        # a heading wrapped over two cells is one part of its path ('功能分类科目编码'): printed again at a page break,
        # it is its cells' words again ('功能分类' / '科目编码')
        header_words |= {t for r in header for c in block.rows.get(r, ()) if (t := text_of(c))}
        header_joined = "\0".join(header_words)
        if kind in _CODED_KINDS and block.sheet.origins:  # a document's merged codes printed centred in their rows
            data = [r for r in block.row_numbers() if r >= data_start and not (
                is_lineno_row(block.rows[r]) or repeats_header(block.rows[r], header_words, header_joined)
                or is_note(block.rows[r]) or is_sign_off(block.rows[r])
                # (a header cell printed again alone at a page break, '功能分类科目编码' over 类 | 款 | 项: no row a
                # merged code may land on)
                or [text_of(c) for c in block.rows[r]] in ([w] for w in header_words if len(w) >= 4 and "编码" in w))]
            unsure: list[str] = []
            block = self.block = recentre_codes(block, roles, data, unsure)
            if unsure:  # a merged code block cut by a page break, its rows not placed with certainty: not guessed
                table.unreliable = unsure[0]
        # per side: its roles, its value columns and their labels (the same for every row)
        sides = []
        for side in sorted({ro.side for ro in roles}):
            side_roles = [ro for ro in roles if ro.side == side]
            values = [ro for ro in side_roles if ro.role == "value"]
            # _label reads only the name, code and split columns
            labels = [ro for ro in side_roles if ro.role in ("name", "code", "split")]
            sides.append((side, labels, values, [(ro.col, ro.key, column_label(ro.path)) for ro in values],
                          frozenset(ro.col for ro in values)))
        # 01/04 with one pair of label and figure columns: its 支出 side printed under the 收入 side (a narrow page),
        # from its first row that only the 支出 side names ('一、一般公共服务支出') or a '支出' band
        stacked = kind in ("01", "04") and len(sides) == 1 and sides[0][0] == 0
        expense = False
        for r in (r for r in block.row_numbers() if r >= data_start):
            cells = block.rows[r]
            if is_lineno_row(cells) or repeats_header(cells, header_words, header_joined):
                continue
            first = text_of(cells[0]) if cells else ""
            if first[:2] in _DEPT_HEADS and foot_department(cells, self.meta):  # (its own first test, at once)
                continue
            if is_note(cells):
                keep_note(table.notes, cells)
                continue
            if header and r == header[-1]:  # a mixed row: its header words are not data
                cells = [c for c in cells if text_of(c) not in HEADER_CELLS]
            by_col = {c.col: c for c in cells}
            if block.sheet.origins:
                self._labels_off_figures(kind, by_col, sides)
            wordy = None  # words only, no figure (a heading, a paragraph under the table): asked only of a row
            carried = None  # with neither label nor code, since a text is tried as a number to answer it
            for side, label_roles, values, value_cols, value_colset in sides:
                label, label_cell, code = self._label(label_roles, by_col, last_split.setdefault(side, ["", "", ""]))
                if stacked and side == 0 and label:
                    if not expense and (label == "支出" or (
                            self._row_key(kind, 0, label, code, after_begin) is None
                            and specs.side_row_key(label, 1) is not None)):
                        expense = True  # the 支出 side printed under the 收入 side
                    if label == "支出":
                        continue
                    side = 1 if expense else 0
                has_values = not value_colset.isdisjoint(by_col)  # (any value column printed in this row)
                if label and not code and not has_values and values:
                    carried = (label, label_cell)  # '公用经费合计' whose figure sits in the next block
                    continue
                if carried and not label and not code and has_values:
                    (label, label_cell), carried = carried, None
                if not label and not code:
                    if not has_values:
                        continue
                    if wordy is None:
                        wordy = all(isinstance(c.value, str) and not is_numeric_cell(c)
                                    for c in cells if c.value not in (None, ""))
                    if wordy:
                        continue
                key = self._row_key(kind, side, label, code, after_begin)
                if key is None:
                    if not any(ro.col in by_col for ro in values):
                        continue
                    key = "label:" + (label or f"row{r}")
                if key == "begin_total":
                    after_begin = True
                row_label = f"{code} {label}".strip() if code else label
                figures = {}
                for col, col_key, col_label in value_cols:
                    cell = by_col.get(col)
                    figures[col_key] = self.figure(cell, row_label, col_label, context) if cell else None
                if kind in ("01", "04"):
                    if key.startswith(("income.", "cat.")) or key.isdigit():
                        if part_of_row_above(above.get(side), label) or (
                                listing.get(side) and numbering_level(label) is None
                                and above[side][0] is not None):
                            # '其中：政府性基金预算财政拨款' under '一、财政拨款收入': no summand; nor the unnumbered row
                            # that goes on with the 其中 list before the next numbered item
                            key = "part:" + key
                    listing[side] = key.startswith("part:")
                    if not listing[side]:
                        above[side] = (numbering_level(label), any(f is not None for f in figures.values()))
                row = _row(key, label, code, side, r, label_cell, figures, None)
                if key in used_keys:
                    row.key = f"{key}#{r}"
                used_keys.add(row.key)
                table.rows.append(row)
        self._finish(table)
        return table

    def _labels_off_figures(self, kind, by_col, sides) -> None:
        """(A document's row.) A total's name printed centred over cells merged across a figure column (06's
        '公用经费合计' over 科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 of the template's three blocks): a print
        without rules shows it in that figure column. It names the row in its side's name column when that is empty
        on the row (the figure it totals may stand in the next block: `carried`)."""
        for side, labels, values, _cols, _colset in sides:
            name = next((ro.col for ro in labels if ro.role == "name"), None)
            if name is None or name in by_col:
                continue
            for ro in values:
                cell = by_col.get(ro.col)
                if cell is None or not isinstance(cell.value, str) or is_numeric_cell(cell):
                    continue
                key = self._row_key(kind, side, norm(cell.value), None, False)
                if key in ("total", "personnel_total", "public_total"):
                    by_col[name] = by_col.pop(ro.col)
                    break

    def _label(self, side_roles, by_col, last_split):
        label, label_cell, code = "", None, None
        split_parts: dict[int, str] = {}
        for ro in side_roles:
            cell = by_col.get(ro.col)
            if cell is None:
                continue
            raw = cell.value
            role = ro.role
            if role == "name":
                if not label and isinstance(raw, str):
                    t = norm(unmarked(raw))
                    if t:
                        label, label_cell = t, cell.ref
            elif role == "code" and raw is not None:
                t = code_text(cell)
                if _CODE_FULL.fullmatch(t):
                    if code is None:
                        code = t
                elif t and not label:
                    # a name in the code column (merged 编码/名称 layouts), also after the code: a PDF's '功能科目代码'
                    # heading wide enough to stand over the names' column too, the '功能科目名称' heading right of
                    # the names (江苏 检察院 2019 公开05表: '204 | 公共安全支出 | | 16,593.12')
                    label, label_cell = t, cell.ref
            elif role == "split" and raw is not None:
                t = code_text(cell, SPLIT_WIDTHS[ro.split_index])
                if t.isdigit():
                    split_parts[ro.split_index] = t
                elif isinstance(raw, str) and not label and (m := _PARTS_THEN_NAME.fullmatch(" ".join(raw.split()))) and (
                        ro.split_index + len(m.group(1).split()) <= len(SPLIT_WIDTHS)):
                    # '11 01行政单位医疗': this part, the next ones and the name in one cell (a print whose rules
                    # stop short of the row, its text joined across them): each part in its own column
                    for k, part in enumerate(m.group(1).split()):
                        split_parts[ro.split_index + k] = part
                    label, label_cell = norm(m.group(2)), cell.ref
                elif t and not label:  # '合计' written across the 类/款/项 columns
                    label, label_cell = t, cell.ref
        if split_parts and code is None:
            code = self._join_split(split_parts, last_split)
        if label and code is None:
            m = _LEADING_CODE.match(label)
            if m and m.group(2):
                code, label = re.sub(r"\D", "", m.group(1)), m.group(2)
            elif label[-1] in ")）" and (m := _TRAILING_CODE.match(label)):
                code, label = m.group(2), m.group(1)
        if label and code is None and label_cell is not None and (
                any(ro.role in ("code", "split") for ro in side_roles) or self.block.kind in _SUBJECT_KINDS):
            # a row of a coded layout printed without its code (or of a 科目 table printed with no code column, its
            # names in a 项目 column), named as a 类 is named at the left edge (not indented under another row): that
            # 类 if the whole table turns out to print no code (_finish)
            raw = by_col_value(by_col, label_cell)
            if isinstance(raw, str) and raw[:1] not in (" ", "\u3000", "\t") and not _SUB_MARK.match(label):
                economic = self.block.kind in specs.ECONOMIC_KINDS
                named = specs.economic_category_code(label) if economic else specs.category_code(label)
                if named:
                    self.category_by_name[label_cell] = named
        return label, label_cell, code

    @staticmethod
    def _join_split(parts: dict[int, str], last: list[str]) -> str | None:
        """类/款/项 printed in three columns; a missing leading part is carried from the rows above."""
        lei, kuan, xiang = parts.get(0), parts.get(1), parts.get(2)
        if not lei and kuan and len(kuan) in (3, 5) and not (len(kuan) == 5 and last[0] and kuan.startswith(last[0])):
            # a 类 (or 类 and 款) standing under the 款 heading (unruled rows whose cells are aligned otherwise: '221'
            # left-aligned in the 款 column, '212' right-aligned in the 类 one just before it, read '21208'): a 类 has
            # three digits whatever column it stands in, never a 款 under the 类 carried from above ('212221')
            # (the parts after it moved over with it: '212 | 08' under the 款 and 项 headings is 21208)
            lei, kuan, xiang = (kuan, xiang, None) if len(kuan) == 3 else (kuan[:3], kuan[3:], xiang)
        # a column may print the whole code so far (208 | 20805 | 2080505): its own part is what it adds
        lei_now = lei if lei and len(lei) == 3 else last[0]
        if kuan and len(kuan) == 5 and lei_now and kuan.startswith(lei_now):
            kuan = kuan[3:]
        kuan_now = kuan if kuan and len(kuan) == 2 else (last[1] if not lei else "")
        if xiang and len(xiang) == 7 and lei_now and kuan_now and xiang.startswith(lei_now + kuan_now):
            xiang = xiang[5:]
        if any(p is not None and len(p) != 2 for p in (kuan, xiang)) or (lei and len(lei) != 3):
            # a part of no 类/款/项 width: not read surely (the row is uncoded, its table set aside) — unless the parts
            # as printed make a code by themselves ('20808 | 01': a 款's whole code and its 项's part)
            joined = "".join(parts.get(i, "") for i in range(3))
            return joined if lei and re.fullmatch(r"\d{3}(?:\d{2}){1,2}", joined) else None
        if lei and len(lei) == 3:
            last[0], last[1] = lei, ""
            if kuan:
                last[1] = kuan
                return lei + kuan + (xiang or "") if xiang else lei + kuan
            return lei
        if kuan and last[0]:
            last[1] = kuan
            return last[0] + kuan + (xiang or "")
        if xiang and last[0] and last[1]:
            return last[0] + last[1] + xiang
        joined = "".join(parts.get(i, "") for i in range(3))
        return joined if re.fullmatch(r"\d{3}(?:\d{2}){0,2}", joined) else None

    @staticmethod
    def _row_key(kind, side, label, code, after_begin) -> str | None:
        if code and kind not in ("01", "04"):
            return code  # (before the numbering is stripped: most rows of a big table are coded)
        core = strip_numbering(label)
        if kind in ("01", "04"):
            key = specs.side_row_key(label, side) if label else None
            if key and kind == "04" and side == 0 and after_begin and key.startswith("income."):
                key = "begin." + key.split(".", 1)[1]
            if key is None and code:
                key = code
            if key is None and core:
                # a row this version of the form names differently: still part of its side's sum
                if side == 0 and core.endswith("收入"):
                    key = "income.extra." + core
                elif side == 1 and core.endswith("支出"):
                    key = "cat." + core
            return key
        if kind == "06":
            for word, key in specs.BASIC_ROWS:
                if word in core:
                    return key
        if specs.numbered(norm(label)):
            return None  # '一、基本支出合计', '（一）合计': a part's total, never the table's (budget_specs.TOTAL_PARTS)
        if core in specs.TOTAL_WORDS or core.startswith("合计") or (kind == "06" and core.endswith("合计")):
            return "total"
        if kind in ("02", "03", "05", "08", "09") and _TABLE_TOTAL.fullmatch(core):
            return "total"  # '本年支出合计', '支出总计', '收入合计' on the table's total row
        return None

    def _levels_by_indent(self, table: Table) -> None:
        """A 科目 table printing no code at all, its levels shown by indenting the names: the rows under each 类 (known
        by its name) keyed by their place, '208>行政事业单位养老支出' for a 款 and '208>行政事业单位养老支出>机关事业
        单位基本养老保险缴费支出' for a 项, so that the 类/款/项 sums are judged and the same 科目 of two tables meet
        (no code is made up: these keys never equal a printed code). Only when the indenting is consistent: two or
        three widths; the rows at the least width are exactly the 类 rows known by name; the first row is a 类 and no
        row is more than one level deeper than the row above it; no two rows get the same key. Otherwise the rows
        stay as they are (unjudged)."""
        keys: dict[int, str] = {}
        for side in sorted({r.side for r in table.rows}):  # each block of side-by-side blocks (06) on its own
            side_keys = self._side_levels([r for r in table.rows if r.side == side and (
                r.code or r.key.startswith("label:"))])
            if side_keys is None:
                return
            keys.update(side_keys)
        taken = {r.key for r in table.rows if id(r) not in keys}
        if len(set(keys.values())) != len(keys) or taken & set(keys.values()):
            return
        for r in table.rows:
            if id(r) in keys:
                r.key = keys[id(r)]

    def _side_levels(self, rows: list[Row]) -> dict[int, str] | None:
        """{id(row): its key by place} for the rows of one side, {} for a side with one level, None when the
        indenting is not consistent (see _levels_by_indent)."""
        if not rows or any(r.label_cell is None for r in rows):
            return {}
        cells = {c.ref: c for r in rows for c in self.block.rows.get(r.row, ())}
        widths = [label_indent(cells.get(r.label_cell)) for r in rows]
        steps = sorted(set(widths))
        if len(steps) == 1 and all(r.code for r in rows):
            return {}  # 类 rows only
        numbered = [numbering_level(r.label) for r in rows]
        if len(steps) == 1 and None not in numbered and sorted(set(numbered)) in ([0, 1], [0, 1, 2]):
            # no indent, each level numbered its own way instead ('一、…支出' / '（一）…' / '1.…', as a 乡镇 numbers
            # its rows): the levels are the numbering's; the keys are the names without their numbers (a 款 numbered
            # （二） in 03 may be （一） in 05, which lacks the first)
            path: list[str] = []
            keys: dict[int, str] = {}
            if any((lv == 0) != bool(r.code) for r, lv in zip(rows, numbered)) or any(
                    b > a + 1 for a, b in zip(numbered, numbered[1:])):
                return None
            for r, lv in zip(rows, numbered):
                path = path[:lv] + [r.code if lv == 0 else strip_numbering(r.label)]
                keys[id(r)] = ">".join(path)
            return keys
        if len(steps) not in (2, 3) or widths[0] != steps[0]:
            return None
        levels = [steps.index(w) for w in widths]
        if any((lv == 0) != bool(r.code) for r, lv in zip(rows, levels)):
            return None  # a 类 not known by its name, or a known 类 name indented under another row
        if any(b > a + 1 for a, b in zip(levels, levels[1:])):
            return None
        path: list[str] = []
        keys: dict[int, str] = {}
        for r, lv in zip(rows, levels):
            path = path[:lv] + [r.code if lv == 0 else r.label]
            keys[id(r)] = ">".join(path)
        return keys

    def settle_unit(self, header: list[int]) -> None:
        """With no 金额单位 line: the unit printed in the title's line, else the one the figure columns' heads agree
        on. Asked before the first figure is made (a figure carries its unit)."""
        self._unit_from_title()
        if self.meta.unit is None:
            self.meta.unit = header_unit(self.block, header)
        if self.meta.unit is None:
            self._unit_from_note()
        if self.meta.unit is None and self.block.kind in TWO_SIDED_KINDS:
            self._unit_over_half(header)
        if self.meta.unit is None:
            self._unit_from_sheet()
        from govaudit.recognize.column_units import column_units

        self.col_units = column_units(self.block, header, self.meta.unit)

    def _unit_over_half(self, header: list[int]) -> None:
        """A 收支总表 too wide for its page, printed as its 收入 half on one page and its 支出 half on the next: the
        金额单位 line, which the workbook holds over its last column, stands on a line of its own over the 支出 half,
        under the 收入 half's rows."""
        for r in self.block.row_numbers():
            meta = Meta()
            if r > (header[-1] if header else self.block.title_row) and read_meta(self.block.rows[r], meta) \
                    and meta.unit and not meta.department:
                self.meta.unit, self.meta.unit_cell = meta.unit, meta.unit_cell
                return

    def _unit_from_title(self) -> None:
        """'收入决算表（单位：万元）': the unit printed only in the title's line."""
        if self.meta.unit is None:
            rest = budget_specs.split_title_meta(norm(self.block.title))[1]
            unit = find_unit(rest) if rest else None
            if unit:
                self.meta.unit, self.meta.unit_cell = unit, title_ref(self.block)

    def _unit_from_note(self) -> None:
        """'注：本表金额单位为万元。' under the table: the unit stated only in its note (no unit line over it)."""
        for r in self.block.row_numbers():
            cells = self.block.rows[r]
            if not is_note(cells):
                continue
            m = _NOTE_UNIT.search("".join(text_of(c) for c in cells))
            if m:
                self.meta.unit = m.group(1) or m.group(2)
                self.meta.unit_cell = next(c.ref for c in cells if text_of(c))
                return

    def _unit_from_sheet(self) -> None:
        """No unit of its own: the nearest 金额单位 line above on the same sheet, when the tables were pasted one under
        another with the unit printed once at the top ('单位：元' over the first of nine; each read as 万元 drew
        BGX001… ten-thousandfold). A line holding only 部门/单位/year/公开NN表, not a heading or a sentence."""
        block = self.block
        units = []  # the sheet's 金额单位 lines: (row, unit, cell)
        for r in sorted(block.rows):
            meta = Meta()
            if read_meta(block.rows[r], meta) and meta.unit:
                units.append((r, meta.unit, meta.unit_cell))
        above = [u for u in units if u[0] < block.title_row]
        # (only a unit printed once for the stack: where the other tables print that unit line each, this one left
        # its out, CMP008; a table printing another unit of its own, the 三公's 万元 under 元 tables, is no sign)
        if above and sum(u[1] == above[-1][1] for u in units) == 1:
            self.meta.unit, self.meta.unit_cell = above[-1][1], above[-1][2]

    def _finish(self, table: Table) -> None:
        table.notes.extend(self.meta.empty_notes + self.body_notes)
        named = self.category_by_name
        if named and not any(row.code for row in table.rows):
            # a table of 科目 printed without any code (the levels shown by indenting): its 类 rows are known by their
            # names ('一般公共服务支出' is 201), as a reader takes them; the rows under them stay unnamed
            keys = {row.key for row in table.rows}
            for row in table.rows:
                code = named.get(row.label_cell)
                if code and code not in keys:
                    keys.discard(row.key)
                    row.code = row.key = code
                    keys.add(code)
            self._levels_by_indent(table)
        elif table.kind in _CODED_KINDS:
            codes_from_below(table, named)
            if table.kind in _SUBJECT_KINDS:  # (决算 功能分类 tables: a 预算 table's uncoded row stays unread, and an
                key_uncoded_items(table)  # 经济分类's 款 is its deepest level)
        m = self.meta
        if m.unit is None:  # tables built by their own loop (07): the unit in the title or the figure columns' heads
            self._unit_from_title()
            if m.unit is None:
                m.unit = header_unit(self.block)
            if m.unit is None:
                self._unit_from_note()
            if m.unit is None:
                self._unit_from_sheet()
        if m.year is None:
            # a year printed only in the title ('2023年度支出决算表'): the year alone is read from it
            m.year = find_year(self.block.title)
            if m.year is not None:
                m.year_cell = title_ref(self.block)
        table.department, table.unit, table.unit_cell = m.department, m.unit, m.unit_cell
        table.year, table.year_cell = m.year, m.year_cell
        table.department_cell = m.department_cell
        table.code_label = m.code_label
        if table.kind == "04":
            _fold_fund_subrows(table)
        if table.kind == "06":
            _basic_totals_from_columns(table)
        if table.kind != "07":
            _derive_parent_columns(table)


def codes_from_below(table: Table, named: dict[str, str]) -> None:
    """A 科目 table whose 项 rows print their code while its 类 and 款 rows print only their name (hand-kept workbooks):
    a 类 row named as a 类 (`named`: by label cell) takes that 类's code when the first coded row below it is of that
    类; an unnamed row takes the 款 of the 项 right below it when the row above it is its 类, or a 项 of another 款
    of the same 类 (a 项 printed without its code, among its 款's other 项, is left alone). No code is taken twice."""
    keys = {row.key for row in table.rows}
    for side in sorted({row.side for row in table.rows}):
        rows = [row for row in table.rows if row.side == side and (row.code or row.key.startswith("label:"))]
        above: str | None = None  # the code of the row above (None: a row without one)
        for i, row in enumerate(rows):
            if row.code:
                above = row.code
                continue
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            code = named.get(row.label_cell or "")
            if _SUB_MARK.match(row.label):
                code = None  # '其中：…', '1.…': a part of the row above, no 款
            elif code is None and nxt is not None and nxt.code and len(nxt.code) == 7 and above:
                kuan = nxt.code[:5]
                if above[:3] == kuan[:3] and above[:5] != kuan and len(above) in (3, 7):
                    code = kuan
            elif code is not None:
                below = next((r.code for r in rows[i + 1:] if r.code), "")
                code = code if below.startswith(code) and len(below) > 3 else None
            if code is None or code in keys:
                above = None
                continue
            keys.discard(row.key)
            row.code = row.key = code
            keys.add(code)
            above = code


def label_indent(cell) -> int:
    """How far a label cell is indented: by the spaces before its text, and by its cell format's indent (Excel's
    增加缩进量, one level counted as a full-width space)."""
    if cell is None:
        return 0
    return indent_width(cell.value) + 2 * getattr(cell, "indent", 0)


def _fold_fund_subrows(table: Table) -> None:
    """04: 年末 balances printed as sub-rows (一般公共预算… under 年末…) instead of per-fund columns."""
    end = table.row("end_total")
    if end is None:
        return
    for fund in ("general", "gov_fund", "state_capital"):
        sub = table.row(f"end.{fund}")
        if sub is not None and end.cells.get(fund) is None:
            end.cells[fund] = sub.cells.get("total") or sub.cells.get("amount")


def _basic_blocks(roles: list[ColumnRole]) -> None:
    """06 in blocks headed only 人员经费 / 公用经费 (no 决算数 under them): each block's one figure column is its
    amount, not a 人员/公用经费 split of one block's rows."""
    values = [ro for ro in roles if ro.role == "value"]
    if len({ro.side for ro in values}) < 2:
        return
    for ro in values:
        if ro.key in ("personnel", "public") and not any(o.side == ro.side and o.key == "amount" for o in values):
            ro.key = "amount"


BASIC_TOTALS = (("personnel", "personnel_total", "人员经费合计"), ("public", "public_total", "公用经费合计"))


def _basic_totals_from_columns(table: Table) -> None:
    """06 in one block (科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费): 人员经费合计 and 公用经费合计 are the 合计
    row's 人员经费 and 公用经费 cells. They are given as the rows personnel_total / public_total (the same figures,
    the same cells) that the 06 and 05–06 identities name."""
    total = table.row("total")
    if total is None:
        return
    for column, key, label in BASIC_TOTALS:
        fig = total.cells.get(column)
        if fig is None or table.row(key) is not None:
            continue
        table.rows.append(construct(Row, key=key, label=label, side=total.side, row=total.row,
                                    label_cell=total.label_cell, cells={"amount": fig}))


PARENT_NAMES = {"basic": "基本支出", "fiscal": "财政拨款收入"}
DERIVED_TEXT = "(由分列合计)"


def _derive_parent_columns(table: Table) -> None:
    """A parent printed only as its sub-columns (基本支出 → 人员经费 | 公用经费 with no 小计 column; 财政拨款收入 →
    一般公共预算 | 政府性基金): each row gets the parent as the sum of its parts, marked derived, so that the row sums
    (合计 = 基本支出 + 项目支出 …) and the cross-table identities find it."""
    present = {(c.side, c.key) for c in table.columns}
    groups: dict[tuple[int, str], list[Column]] = {}
    for c in table.columns:
        if "." in c.key and "#" not in c.key:
            parent = c.key.split(".", 1)[0]
            if (c.side, parent) not in present:
                groups.setdefault((c.side, parent), []).append(c)
    for (side, parent), subs in groups.items():
        levels = subs[0].header.split("/")
        label = levels[-2] if len(levels) > 1 else PARENT_NAMES.get(parent, parent)
        for row in table.rows:
            if row.side != side or not any(c.key in row.cells for c in subs):
                continue
            parts = [f for f in (row.cells.get(c.key) for c in subs) if f is not None]
            if not parts:
                row.cells[parent] = None  # every part blank: the parent is a reported zero too
                continue
            first = parts[0]
            source = construct(Location, file=first.source.file, sheet=table.sheet, cell=a1(row.row, subs[0].col),
                                         row_label=first.source.row_label, col_label=label)
            row.cells[parent] = construct(
                Figure, value=sum((f.value for f in parts), start=Decimal(0)), decimals=max(f.decimals for f in parts),
                unit=first.unit, text=DERIVED_TEXT, source=source, derived=True,
                spread=sum((f.half_unit for f in parts), start=Decimal(0)))


def build_table(block: Block, file: str) -> tuple[Table | None, list[CellIssue]]:
    if block.kind.startswith("B"):  # a 预算 table (budget_specs.py)
        from govaudit.recognize.budget_tables import build_budget_table

        return build_budget_table(block, file)
    if block.kind == "07":
        from govaudit.recognize.sanshi import build_sanshi

        return build_sanshi(block, file)
    builder = TableBuilder(block, file)
    table = builder.build()
    return table, builder.issues if table else []
