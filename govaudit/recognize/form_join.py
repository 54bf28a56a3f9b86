"""A 绩效自评表 whose indicator table goes on under a title of its own ('项目支出绩效自评表（续）'): the rest of the form,
not a form of its own.

A workbook may print the form's top (名称, 资金, 目标, the first indicators) on one sheet and the rest of the indicators
with the 总分 on the next, under a continuation title or the same title, with the indicator header written again or
not; a Word document may split the form into two tables with a caption '（续）' between them. The second part
has no name, no budget and no goal; read alone it is a form without a name or a budget (false PRF202) and both parts'
weights fall short of 100 (false PRF102), and without its header its indicators are not read at all. Here the part is
joined to the form before it, when that form has no 总分 yet: its indicators go on the last 一级 (or after it), its
总分, 等级 and the rest fill what the form lacks. Without a header, its columns are the ones the form's last indicator
was read from.
"""

from __future__ import annotations

from decimal import Decimal

from govaudit.cellref import parse_a1
from govaudit.model import Figure
from govaudit.model.form import PerformanceForm
from govaudit.model.trusted import construct
from govaudit.recognize import form_specs as fs
from govaudit.text import norm

_TAIL = ("total_score", "total_score_text", "total_weight", "grade", "problems", "filler")


def may_continue(before: PerformanceForm, block) -> bool:
    """The form before the block has no 总分 yet, and the block stands under a continuation title ('…（续）', on
    that sheet or another: a Word document's second table under its own caption), or under that form's title (on
    another sheet, or on the same one: the title printed again over the rest of the form on a new page)."""
    from govaudit.recognize.disclosure import is_continuation_title

    if before.total_score is not None or before.total_score_text is not None or "total_score" in before.slots:
        return False
    return is_continuation_title(block.title) or norm(block.title) == norm(before.title)


def continues(before: PerformanceForm, form: PerformanceForm) -> bool:
    """`form` (read from such a block) is only the rest of an indicator table: no budget or goal of its own, no name
    but the form's own (its 项目名称 row printed again over the rest), and indicators or a 总分."""
    named = form.project is not None or "project" in form.slots
    if named and not _same_name(before, form) or form.budget or form.goal is not None:
        return False  # (so all its sections are indicator sections: a budget section needs a budget)
    return bool(form.sections) or form.total_score is not None or form.total_score_text is not None


def _same_name(before: PerformanceForm, form: PerformanceForm) -> bool:
    return before.project is not None and form.project is not None and bool(norm(form.project.text)) \
        and norm(form.project.text) == norm(before.project.text)


def indicator_columns(before: PerformanceForm) -> dict[int, str]:
    """Column → kind (level1 · level2 · level3 · expected · actual · weight · score) of the form's last indicator."""
    section = next((s for s in reversed(before.sections) if s.origin == "indicators" and s.indicators), None)
    if section is None:
        return {}
    ind = section.indicators[-1]
    weight = ind.weight.source if ind.weight is not None else (ind.weight_text.source if ind.weight_text else None)
    places = {
        "level1": section.cell.cell if section.cell is not None else None,
        "level2": ind.level2_cell,
        "level3": ind.level3_cell,
        "expected": ind.expected.source.cell if ind.expected is not None else None,
        "actual": ind.actual.source.cell if ind.actual is not None else None,
        "weight": weight.cell if weight is not None else None,
        "score": ind.score_cell.cell if ind.score_cell is not None else None,
    }
    kinds: dict[int, str] = {}
    for kind, ref in places.items():
        at = parse_a1(ref) if ref else None
        if at is not None:
            kinds.setdefault(at[1], kind)
    return kinds if "score" in kinds.values() and "level3" in kinds.values() else {}


def join(before: PerformanceForm, rest: PerformanceForm) -> None:
    """The rest's indicators go on the form's last 一级 when they carry its label on, else after it; the rest's 总分,
    等级 and the fields after them fill what the form lacks."""
    for section in rest.sections:
        last = before.sections[-1] if before.sections else None
        if last is None or last.origin != "indicators" or fs.clean(last.label) != fs.clean(section.label):
            before.sections.append(section)
            continue
        last.indicators.extend(section.indicators)
        if last.weight_from == "column" and section.weight_from == "column":
            weights = [i.weight for i in last.indicators if i.weight is not None]
            if not any(i.weight_text is not None for i in last.indicators):
                last.weight = construct(Figure, value=sum((w.value for w in weights), Decimal(0)),
                                        decimals=max(w.decimals for w in weights), unit="分",
                                        source=last.weight.source)
    for field in _TAIL:
        if getattr(before, field) is None and getattr(rest, field) is not None:
            setattr(before, field, getattr(rest, field))
    for key, where in rest.slots.items():
        before.slots.setdefault(key, where)
