"""recognize/claims.py lines of session 14 measured by tools/mutate.py in session 15 (s15mut, issue 14): each test
kills a mutant that the session's own tests (test_review14, test_narrative_s14) left alive, on a sentence checked
against the 2019 决算 sample (本年支出合计 6101.24, 一般公共预算财政拨款 2116.25, “三公” 3.68, 预算 7.50) or the 2026
上海 预算 sample; a correct sentence must stay clean, a faulty copy must be caught."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from test_narrative_bracket_labels import _findings
from test_review13 import _budget_text

PAYS = "三、支出决算情况说明"
SANGONG = "七、“三公”经费财政拨款支出决算情况说明"


def test_a_fall_between_two_earlier_years_in_a_budget_keeps_its_years(tmp_path):
    """TO_YEAR_RE: only the text's own year after 到 is dropped; another year's stays as it is written (the mutant
    `m.group(1)` for `m.group(0)` left "到2025" glued to the figure: "20253.68万元", a false TXT006)."""
    said = "“三公”经费支出由2024年的4.10万元下降到2025年的3.68万元，降幅10.24%。"
    assert _budget_text(tmp_path, said) == []


def test_this_years_completion_after_last_years_in_one_clause_is_judged(tmp_path):
    """The completion loop skips last year's rate (`_of_another_year`) and goes on: this year's after it in the same
    clause is still judged (the mutant `continue` → `break` let the wrong 94.07% through)."""
    said = "2019年度“三公”经费支出3.68万元，上年完成预算的62.10%（本年完成预算的{}%）。"
    assert _findings(tmp_path, [said.format("49.07")], heading=SANGONG) == []
    assert ("TXT012", "error") in _findings(tmp_path, [said.format("94.07")], heading=SANGONG)


def shown(*texts: str, year: int = 2019, stage: str = "决算") -> list[str]:
    """What `govaudit claims` prints for each claim read from the paragraphs (first line, without the place)."""
    from govaudit.model import Location, TextParagraph
    from govaudit.recognize.claims import read_claims
    from govaudit.report.claims import _line

    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return [_line(c).split("\n")[0].split("] ", 1)[1] for c in read_claims(ps, year, stage=stage).claims]


def test_the_parts_of_a_funds_unknown_whole_are_shown_by_their_names():
    """_scoped_part: under a fund's whole that is no known line ("一般公共预算拨款安排的支出"), 基本支出 and 项目支出 are
    not the department's: not judged, and `govaudit claims` shows each by its name (the mutant `return unknown` →
    `return None` let the clause's words stand for the subject: "（未识别：其中基本支出）")."""
    got = shown("（一）财政拨款收支预算情况", "2026年一般公共预算拨款安排的支出1817.33万元，其中基本支出1334.77万元，占73.45%；"
                "项目支出482.56万元，占26.55%。", year=2026, stage="预算")
    assert got[1:] == ["（未识别：基本支出）：金额 1334.77万元  〔不核对〕", "（未识别：基本支出）：金额 1334.77万元，比率 73.45%  〔不核对〕",
                       "（未识别：项目支出）：金额 482.56万元  〔不核对〕", "（未识别：项目支出）：金额 482.56万元，比率 26.55%  〔不核对〕"]


ITEM = "一般公共服务支出（类）人力资源事务（款）行政运行（项）{}万元，主要用于人员工资和日常运转。"


def test_a_items_paragraph_is_judged_by_whose_spending_its_heading_names(tmp_path):
    """`whose`: a 科目's paragraph under a heading that names no narrower spending is judged against the spending
    tables (412.35 for 行政运行; the mutant `section or (…)` → `and` judged none: 421.35 let through); under a heading
    naming the 基本支出 or a budget it is not (the 款's 基本支出 412.35 is not its 1303.58; the mutant `item and not
    any(…)` → `or` judged it: a false TXT001), nor is a 科目 (not bare) under a heading naming 预算 (the mutant
    `not bare or w != "预算"` → `and` judged its 400.00 budget as spent: a false TXT001)."""
    assert _findings(tmp_path, [ITEM.format("412.35")], heading=PAYS) == []
    assert ("TXT001", "error") in _findings(tmp_path, [ITEM.format("421.35")], heading=PAYS)
    kuan = "一般公共服务支出（类）人力资源事务（款）412.35万元，主要用于人员工资和日常运转。"
    assert _findings(tmp_path, [kuan], heading="四、基本支出决算情况说明") == []
    assert _findings(tmp_path, [ITEM.format("400.00")], heading="六、年初预算安排情况") == []


# (s15mut found it, the lead fixed it: a 类 named alone under a heading naming 基本支出/项目支出 was judged against the
# 类's whole spending, a false TXT001)
def test_a_categorys_basic_spending_under_a_basic_spending_heading_is_not_its_whole(tmp_path):
    said = "一般公共服务支出（类）412.35万元，主要用于人员工资和日常运转。"  # 公开03表: 201 基本支出 412.35 of 1303.58
    assert _findings(tmp_path, [said], heading="四、基本支出决算情况说明") == []


# ----------------------------------------------------------------------------- the session's sentences, judged fast
# tools/mutate.py runs every test for every surviving mutant: the session's sentences (test_review14, test_narrative_s14)
# judged here in memory against the samples' tables read once (what `govaudit check` does after reading the workbook),
# a few milliseconds each instead of a workbook written and read per sentence
FILLER = "本部门2019年度决算情况说明如下，文中所列金额的单位均为万元，与所附公开表一致。"


@functools.cache
def _sample(stage: str):
    import tempfile

    import openpyxl

    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize
    from test_narrative_bracket_labels import SAMPLE
    from test_review13 import SAMPLES

    folder = Path(tempfile.mkdtemp(prefix="s15mut-"))
    if stage == "决算":
        wb = openpyxl.load_workbook(SAMPLE)
        ws = wb["情况说明"]
        ws.delete_rows(1, ws.max_row)
        for i, text in enumerate([PAYS, FILLER, "本年支出合计6101.24万元。"], 1):
            ws.cell(i, 1, text)
    else:
        wb = openpyxl.load_workbook(SAMPLES / "预算公开表-2026-上海部门-无误.xlsx")
        ws = wb.create_sheet("情况说明", 0)
        for line in ["（一）财政拨款收支预算情况", "本部门2026年收入预算1817.33万元。"]:
            ws.append([line])
    wb.save(folder / "t.xlsx")
    return recognize(read_workbook(folder / "t.xlsx"))


def judged(texts: list[str], stage: str = "决算") -> list[tuple[str, str]]:
    """(code, severity) of the TXT errors and warnings on these paragraphs as the sample's 情况说明."""
    import copy

    from govaudit.engine.context import Context
    from govaudit.engine.runner import run_rules
    from govaudit.model import Location, TextParagraph
    from govaudit.recognize.claims import read_claims

    d = copy.copy(_sample(stage))
    where = d.paragraphs[0].location
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file=where.file, sheet=where.sheet, cell=f"A{i}",
                                                                      paragraph=i)) for i, t in enumerate(texts, 1)]
    d.narrative = read_claims(d.paragraphs, d.year, d.department, stage=d.stage)
    return [(f.code, f.severity) for f in run_rules(d, Context()) if f.code.startswith("TXT") and f.severity != "info"]


def _final(heading, sentence: str) -> list[tuple[str, str]]:
    if isinstance(heading, tuple):  # (stage, heading)
        return judged([heading[1], sentence], heading[0])
    return judged([*([heading] if isinstance(heading, str) else heading), FILLER, sentence])


BUDGET = ("预算", "（一）财政拨款收支预算情况")  # a heading of the 2026 预算 sample's 说明


def _cases(test) -> list[tuple]:
    """The argument tuples a test of another file is parametrized with (its pytest.mark.parametrize)."""
    [mark] = [m for m in test.pytestmark if m.name == "parametrize"]
    return [v if isinstance(v, tuple) else (v,) for v in mark.args[1]]


def _session14_cases():
    import test_narrative_s14 as s14
    import test_review14 as r14

    for h, s, right, wrong in r14.CHANGE_VERBS:
        yield h, s.format(right), None
        yield h, s.format(wrong), "TXT003"
    for h, s, right, wrong, code in r14.BRACKETS:
        yield h, s.format(right), None
        yield h, s.format(wrong), code
    for s, codes in s14.BUDGET_PARTS:
        yield s14.SANGONG, s, codes
    for h, s, codes in s14.OTHER_SHAPES:
        yield h, s, codes
    yield PAYS, r14.ADJUSTED.format("209.01"), None
    fall = "“三公”经费支出由2018年的4.10万元下降到2019年的3.68万元，降幅{}%。"  # (test_a_fall_to_this_years_amount…)
    yield r14.SANGONG, fall.format("10.24"), None
    yield r14.SANGONG, fall.format("12.24"), "TXT003"
    for h, s in _cases(r14.test_a_funds_line_named_around_a_plain_name_is_not_the_departments):
        yield h, s, None
    for test in (r14.test_last_years_completion_is_not_judged_this_years_is, r14.test_a_completion_of_the_years_budget_is_judged):
        for (s,) in _cases(test):
            yield r14.SANGONG, s.format("49.07"), None
            yield r14.SANGONG, s.format("94.07"), "TXT012"
    for s, right, wrong, code in _cases(r14.test_a_bracket_of_parts_with_a_bracketed_name_and_spending_after_a_budgets_parts):
        yield r14.SANGONG, s.format(right), None
        yield r14.SANGONG, s.format(wrong), code
    for (s,) in _cases(r14.test_a_later_years_budget_is_not_judged):
        yield r14.SANGONG, s, None
    for s in r14.BUDGET_BRACKETS:
        yield BUDGET, s.format("97.77"), None
        yield BUDGET, s.format("79.77"), "TXT011"
    for (s,) in _cases(r14.test_a_budgets_fund_line_is_not_the_departments):
        yield BUDGET, s, None
    import test_narrative_heldout14 as h14

    for name, right, wrong, code in h14.PAIRS:
        if name not in h14.NOT_YET:
            yield right[0], right[1], None
            yield wrong[0], wrong[1], set(code.split("+"))  # (alone, without the document around it)
    for heading, sentence in h14.NEVER_JUDGED:
        yield heading, sentence, None


@pytest.mark.parametrize("heading,sentence,code", list(_session14_cases()))
def test_the_sessions_sentences_judged_in_memory(heading, sentence, code):
    """code: the error a faulty sentence draws (None: none at all), every code of its errors and warnings (a list), or
    codes one of which it draws (a set)."""
    got = _final(heading, sentence)
    if isinstance(code, set):
        assert code & {c for c, _s in got}, got
    elif isinstance(code, list):
        assert sorted(c for c, _s in got) == code, got
    else:
        assert (code, "error") in got if code else got == [], got
