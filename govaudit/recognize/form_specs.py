"""What a 绩效自评表 looks like: the words of its labels and column headers, in its three known layouts.

All matching is on normalised text (text.norm: NFKC, no white space), numbering stripped ("四、"), a
trailing colon dropped; never on cell positions.

Every function of one label is remembered per text (`_per_text`): a form's builder asks each cell several questions
(is it a field, a stop, a budget row, the end of the indicators …) and a document repeats the same labels in every
form, so each text is normalised and matched once. They take text only: the builder (forms.py) asks only of cells
whose value is a string.
"""

from __future__ import annotations

from functools import lru_cache

from govaudit.text import UNIT_LABEL, norm, strip_numbering
from govaudit.lazyre import lazy  # compiled on first use, from lazyre's table (issue 13)


_per_text = lru_cache(maxsize=16384)  # fn(text) remembered per text string (immutable results only)


@_per_text
def clean(text: str) -> str:
    """'四、 年度绩效指标完成情况' → '年度绩效指标完成情况'; '预算数：' → '预算数'."""
    return strip_numbering(norm(text)).rstrip(":")


# ---------------------------------------------------------------- single fields: label → value beside it
# field, words the label starts with (or equals, for short ones)
FIELD_LABELS: list[tuple[str, tuple[str, ...]]] = [
    ("project", ("项目名称",)),
    # a 部门（单位）整体支出绩效自评表 is named by its department: the name when the form has no 项目名称
    ("entity", ("部门(单位)名称", "部门名称", "单位名称")),
    ("implementer", ("实施预算单位", "实施单位", "项目实施单位")),
    ("department", ("填报部门", "主管部门", "填报单位", "预算部门")),
    ("grade", ("评价等级", "自评等级", "绩效等级", "评价结果等级", "绩效评级", "评价级别", "绩效评价等级", "绩效自评等级",
               "评定等级", "自评等次", "评价等次", "自评结果", "评价结果")),
    ("problems", ("存在问题",)),
    ("filler", ("填报人", "项目负责人")),
]
TOTAL_LABELS = ("总分", "合计", "总计", "自评总分", "自评得分合计", "得分合计", "总得分", "综合得分", "综合评分",
                "合计得分")
STOP_PREFIXES = ("联系电话", "财务负责人", "金额单位", "单位:", "填报日期", "项目编号", "项目编码", "项目代码")


@_per_text
def field_of(text: str) -> tuple[str, str] | None:
    """(field, the value written after the label's colon) for a label cell, else None."""
    t = strip_numbering(norm(text))
    for field, words in FIELD_LABELS:
        for w in words:
            if not t.startswith(w):
                continue
            if field == "problems":
                return field, ""
            rest = t[len(w):]
            if rest.startswith("(盖章)"):
                rest = rest[4:]
            elif field == "grade":
                rest = _BAND_NOTE_RE.sub("", rest)  # '评价等级（优≥90分，良80-89分…）': the bands, no part of the value
            if not rest:
                return field, ""
            if rest[0] == ":":
                return field, split_inline(rest[1:])
    return None


# labels that hold a grade only when a grade word is written beside them ('评价结果 | 良'); beside a sentence ('评价结果 |
# 项目完成了年度目标……') they are a conclusion, no grade
_RESULT_LABELS = ("自评结果", "评价结果")


@_per_text
def is_grade_beside(label: str, value: str) -> bool:
    """Whether `value`, read beside (or after) a grade label, is a grade: any value for 评价等级 and its kin; only
    a word (at most 4 characters: '良', '优秀', 'A级') for 自评结果 / 评价结果."""
    return clean(label).split(":")[0] not in _RESULT_LABELS or len(norm(value)) <= 4


# a note in brackets after the 评价等级 label stating the bands: '（优≥90分，良80-89分，中60-79分，差<60分）'
_BAND_NOTE_RE = lazy(r"^\([^()]*\d[^()]*\)")


_INLINE_SPLIT_RE = lazy(UNIT_LABEL + r"|联系电话|电话[:：]")


@_per_text
def split_inline(value: str) -> str:
    """'组织处金额单位:万元' → '组织处'; '刘芸蕾联系电话:5776727' → '刘芸蕾'."""
    return _INLINE_SPLIT_RE.split(value)[0]


@_per_text
def is_stop(text: str) -> bool:
    """A label that ends the value of the label before it ('联系电话', '金额单位：万元', another field)."""
    t = clean(text)
    return field_of(text) is not None or t.startswith(STOP_PREFIXES) or is_total_label(text)


# ---------------------------------------------------------------- 预算执行情况
@_per_text
def budget_column(text: str) -> str | None:
    """The budget column a header names: initial/budget/arrived/executed/rate/weight/score; None when it names none,
    and for the part's own label ('二、预算执行情况', '项目资金（万元）'), which names no column (it holds 执行情况)."""
    t = clean(text)
    if not t or "预算执行情况" in t or t.startswith(("项目资金", "资金情况", "预算执行(")):
        return None
    if t.startswith(("上年", "上一年", "去年")):
        return None  # '上年支出数', '上年执行数': last year's figures, no column of this year's block (s18finC)
    if "执行率" in t or "执行进度" in t:
        return "rate"
    if "年初预算" in t:
        return "initial"
    if "到位" in t:
        return "arrived"
    if "执行数" in t or "执行情况" in t or "实际支出" in t or "执行金额" in t or "使用数" in t \
            or t.endswith("支出数") and "预算" not in t:  # '实际使用数', '全年支出数'
        return "executed"
    if "预算数" in t or "预算安排" in t or "调整后预算" in t or "全年预算" in t:
        return "budget"
    t = t.removesuffix("(分)").removesuffix("(%)")  # the unit of the points: '权重（%）', '自评得分（分）'
    if t in ("分值", "权重", "指标分值", "满分值", "标准分值"):
        return "weight"
    if t.endswith("得分") and len(t) <= 4:  # '得分', '自评得分', '考核得分', '实际得分'
        return "score"
    return None


_LONG_SOURCE = 48  # characters a 其中 budget line's name may have


@_per_text
def budget_row(text: str) -> str | None:
    """The budget row a label names: total/fiscal/carryover/special/unit_funds/other, 'label:…' for another
    其中 row; None when the text is no budget row label."""
    t = clean(text)
    # a longer text is a sentence, not a line's name; a 其中 line names its source of money at length
    # ("其中：中央财政衔接推进乡村振兴补助资金（上年结转）"), and dropping it makes the lines seem not to add up
    if not t or len(t) > (_LONG_SOURCE if t.startswith("其中") else 24):
        return None
    if t in ("预算数", "到位数", "执行数") or "总额" in t or t in ("合计", "总计", "小计") or t[-2:] in ("合计", "总计") \
            and t[:-2] in ("资金", "预算资金", "项目资金", "年度资金", "项目预算资金", "年度预算资金", "部门预算资金"):
        return "total"  # ('预算资金合计', '项目资金合计'; not '其他资金（…）合计', a source)
    inner = t[3:] if t.startswith("其中:") else (t[2:] if t.startswith("其中") else t)
    inner = inner.lstrip(":")
    if "专户" in inner:
        return "special"
    if "财政" in inner and ("资金" in inner or "拨款" in inner):
        return "fiscal"
    if "结转" in inner:
        return "carryover"
    if "单位资金" in inner or "自有资金" in inner or "单位自筹" in inner:
        return "unit_funds"
    if inner.startswith("其他"):
        return "other"
    if t.startswith("其中"):
        return "label:" + inner
    return None


@_per_text
def breakdown_heading(text: str) -> str | None:
    """'按收入性质分：' → '按收入性质分': the heading of one breakdown of the 总额 (a 部门整体 form lists its parts by
    收入性质, then again by 支出性质), on a line of its own or in a column beside its parts; None for anything else."""
    t = clean(text)
    return t if t.startswith("按") and t.endswith("分") and 3 <= len(t) <= 10 else None


def is_budget_header(texts: list[str]) -> bool:
    kinds = {budget_column(t) for t in texts} - {None}
    return len(kinds) >= 2 and bool(kinds & {"budget", "executed"})


# (a 部门整体 form's 年度主要任务 table names its tasks and what they are: '年度主要任务 | 任务名称 | 主要内容 | 预算数 | 执行数')
def is_task_header(texts: list[str]) -> bool:
    return any("任务" in clean(t) or clean(t) == "主要内容" for t in texts)


# ---------------------------------------------------------------- 目标完成情况
@_per_text
def goal_column(text: str) -> str | None:
    t = clean(text)
    if not t:
        return None
    if "完成率" in t:
        return "completion"
    if "完成情况" in t or "实际完成" in t:
        return "achieved"
    if "目标" in t and "指标" not in t:
        return "goal"
    return None


def is_goal_header(texts: list[str]) -> bool:
    kinds = [goal_column(t) for t in texts]
    return "goal" in kinds and "achieved" in kinds and not any("一级指标" in clean(t) for t in texts)


# ---------------------------------------------------------------- 绩效指标
@_per_text
def indicator_column(text: str) -> str | None:
    t = clean(text)
    if not t:
        return None
    # 一级项目/二级项目 (a project's place in the 项目库) and 一级预算单位 are labels of fields, not indicator levels
    if "项目" not in t and "单位" not in t:
        if "一级" in t:
            return "level1"
        if "二级" in t:
            return "level2"
        if "三级" in t:
            return "level3"
    if "指标性质" in t:
        return "nature"
    if "度量单位" in t or t in ("计量单位", "单位"):
        return "measure"
    if t.removesuffix("(分)").endswith("得分"):  # ('实际得分': a score, not the 实际完成值)
        return "score"
    if "实际" in t or "完成值" in t:
        return "actual"
    if "指标值" in t or "预期" in t or "目标值" in t:
        return "expected"
    if "得分" in t:
        return "score"
    if "分值" in t or "权重" in t:
        return "weight"
    if "原因" in t or "措施" in t or "备注" in t:
        return "reason"
    return None


def is_indicator_header(texts: list[str]) -> bool:
    kinds = {indicator_column(t) for t in texts}
    return "level1" in kinds and ("level2" in kinds or "level3" in kinds)


_WEIGHT_RE = lazy(r"^(.*?)\((\d+(?:\.\d+)?)分?\)$")


@_per_text
def split_weight(label: str) -> tuple[str, str | None]:
    """'产出指标（50）' → ('产出指标', '50'); '效益指标（30)' → ('效益指标', '30'); '产出指标' → ('产出指标', None)."""
    t = clean(label)
    m = _WEIGHT_RE.match(t)
    if m and m.group(1):
        return m.group(1), m.group(2)
    return t, None


# '总分（满分100分）', '总分(100分)', '合计（100）': the full marks in brackets after the label
_TOTAL_NOTE_RE = lazy(r"^\((?:满分)?\d+(?:\.\d+)?分?\)$")


@_per_text
def is_total_label(text: str) -> bool:
    t = clean(text)
    if t in TOTAL_LABELS:
        return True
    head = next((w for w in TOTAL_LABELS if t.startswith(w)), None)
    return head is not None and bool(_TOTAL_NOTE_RE.match(t[len(head):]))


# '自评得分' labels a score column, so it is a total only with its value after a colon in the same cell, or as the
# first label of a row with a number after it (forms.FormBuilder._score_label)
_SCORE_TOTAL_LABELS = ("自评得分", "自评总得分")


@_per_text
def is_score_total_label(text: str) -> bool:
    return clean(text) in _SCORE_TOTAL_LABELS


_INLINE_TOTAL_LABELS = tuple(sorted(TOTAL_LABELS + ("自评得分",), key=len, reverse=True))
# what ends a total written inline: '自评得分：89.5分，评价等级：良。' → '89.5分'; '89.5分（满分100分）' → '89.5分'; a grade's
# label after spaces only ('自评得分：98.7分    自评等级：优', the spaces gone in norm)
_GRADE_WORDS = next(words for field, words in FIELD_LABELS if field == "grade")
_INLINE_END_RE = lazy(r"[,，;；。]|(?=(?:" + "|".join(_GRADE_WORDS) + r"):)")
# a note in brackets after a score: its full marks ('（满分100分）', '（满分：100分）', '（总分100分）') or its grade ('（优）')
_FULL_MARKS_AFTER_RE = lazy(r"[(（](?:(?:满分|总分)?[:：]?\d+(?:\.\d+)?分?|优秀?|良好?|中等?|合格|不合格|差)[)）]$")


# the full marks, then the score, in one cell: '总分100分 / 自评得分92.5分', '总分：100分，自评得分：92.5分'
_MARKS_THEN_SCORE_RE = lazy(r"^(?:总分|满分)[:(]?\d+(?:\.\d+)?分?\)?[/,，;；、]?(?:自评得分|自评总分|得分)[:]?(\d+(?:\.\d+)?分?)$")


@_per_text
def total_inline(text: str) -> str | None:
    """'自评总分：95.8' → '95.8', '自评得分：89.5分，评价等级：良。' → '89.5分': the total written after its label's
    colon in the same cell (up to a comma or full stop); '总分100分 / 自评得分92.5分' → '92.5分' (the score after the full
    marks); None otherwise."""
    t = clean(text)
    both = _MARKS_THEN_SCORE_RE.match(t)
    if both:
        return both.group(1)
    head = next((w for w in _INLINE_TOTAL_LABELS if t.startswith(w + ":")), None)
    value = _INLINE_END_RE.split(t[len(head) + 1:])[0] if head is not None else ""
    return _FULL_MARKS_AFTER_RE.sub("", value) or None


@_per_text
def grade_inline(text: str) -> str | None:
    """'自评得分：89.5分，评价等级：良。' → '良': a grade written after the total in a cell holding a total inline
    (total_inline); None when there is none."""
    for part in _INLINE_END_RE.split(clean(text))[1:]:
        found = field_of(part)
        if found is not None and found[0] == "grade" and found[1]:
            return found[1]
    return None


# the grade in brackets after a score: '95.5分（优）', '95.5(良好)'
_GRADE_AFTER_SCORE_RE = lazy(r"\d分?\s*[(（](优秀?|良好?|中等?|合格|不合格|差)[)）]$")


@_per_text
def grade_after_score(text: str) -> str | None:
    """'95.5分（优）' → '优': the grade a score cell names in brackets after the score; None when it names none."""
    m = _GRADE_AFTER_SCORE_RE.search(norm(text))
    return m.group(1) if m else None


_POINTS_UNIT_RE = lazy(r"(?<=\d)分$")


@_per_text
def strip_points_unit(text: str) -> str:
    """'18.5分' → '18.5': a 分值 or 得分 typed with its unit (and a note after it: '97.25分（满分100分）', '97.25（优）')."""
    return _POINTS_UNIT_RE.sub("", _FULL_MARKS_AFTER_RE.sub("", text.strip()).strip())


@_per_text
def ends_indicators(text: str) -> bool:
    """A label that closes the indicator table."""
    t = clean(text)
    f = field_of(text)
    return is_total_label(text) or total_inline(text) is not None \
        or (f is not None and f[0] in ("grade", "problems", "filler")) or t.startswith(("评价结论", "改进措施", "存在问题"))


@_per_text
def is_subtotal(text: str) -> bool:
    """'小计' in an indicator row's 二级/三级 cell: the 一级's own sum of 分值 and 得分."""
    return clean(text).replace(" ", "") in ("小计", "一级指标小计")


_COMPARATOR_RE = lazy(r"^(?:>=|<=|≥|≤|>|<|=|≧|≦|不低于|不高于|不少于|不超过|大于等于|小于等于|达到)")


@_per_text
def split_comparator(text: str) -> tuple[str, str]:
    """'≥100%' → ('≥', '100%'); '100%' → ('', '100%')."""
    t = norm(text)
    m = _COMPARATOR_RE.match(t)
    if not m:
        return "", t
    return m.group(), t[m.end():]
