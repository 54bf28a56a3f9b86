"""Session 18 (s18budtext): a 预算's “三公” change against last year held against the last year's 预算数 its 三公 table
prints beside this year's (s16rev r10: '2023年预算数 | 2024年预算数', six columns each, the 中央/财政部 form). Each test
marked so fails on 4f40846 (the table's last-year group was context, never read)."""

from __future__ import annotations

import copy
from decimal import Decimal
import tempfile
from pathlib import Path

import pytest

from test_narrative_budget_heldout11 import _alone
from test_review11_budget import _check, _tables, _xlsx

SANGONG = "“三公”经费预算情况"


def two_year_tables(prior: str = "22.00", years: tuple[str, str] = ("2023年预算数", "2024年预算数")):
    """The 北京式 2024 set with its 三公 table printing 2023年预算数 (合计 `prior` = 0 + 用车 17.00 + 接待 5.00, or as
    given) beside 2024年预算数 (20.20 = 0 + 15.00 + 5.20), or under the group heads `years`."""
    tables = copy.deepcopy(_tables())
    b7 = tables[6]
    heads = ["合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"]
    subs = ["", "", "小计", "公务用车购置费", "公务用车运行费", ""]
    b7.rows = [[years[0], "", "", "", "", "", years[1], "", "", "", "", ""], heads * 2, subs * 2,
               [prior, "", "17.00", "", "17.00", "5.00", "20.20", "", "15.00", "", "15.00", "5.20"]]
    b7.head = 3
    b7.merges = [(0, 0, 0, 5), (0, 6, 0, 11)] + [m for base in (0, 6) for m in (
        (1, base, 2, base), (1, base + 1, 2, base + 1), (1, base + 2, 1, base + 4), (1, base + 5, 2, base + 5))]
    return tables


_BASE: list[Path] = []


def base() -> Path:
    if not _BASE:
        _BASE.append(_xlsx(Path(tempfile.mkdtemp(prefix="s18budtext-")) / "三公两年.xlsx", two_year_tables(), False))
    return _BASE[0]


def test_two_year_sangong_table_reads_last_year_as_its_own_row_and_is_clean():
    """This year's figures stay the table's (预算数 row); last year's group is the row 'prior_budget', and the file
    draws nothing (each row's identities hold)."""
    d, found = _check(base())
    t = d.tables["B09"]
    assert {r.key: r.cells["sanggong"].value for r in t.rows} == {"budget": Decimal("20.20"),
                                                                    "prior_budget": Decimal("22.00")}  # fails before
    assert [(f.code, f.message) for f in found] == []


def test_last_years_group_that_does_not_add_up_is_found(tmp_path):
    """A defect in the printed last year's group is the table's too (合计 18.00 ≠ 0 + 17.00 + 5.00)."""
    _d, found = _check(_xlsx(tmp_path / "w.xlsx", two_year_tables("18.00"), False))
    assert {f.code for f in found} == {"BGT901"}  # fails before (nothing: the group was never read)


@pytest.mark.parametrize("text", [
    "2024年“三公”经费预算20.20万元，比2023年预算减少1.80万元，下降8.18%。",
    "2024年“三公”经费预算20.20万元，比上年减少1.80万元。",
    # (against what was spent last year, or said of another amount than the table's: not the printed 预算数's change)
    "2024年“三公”经费预算20.20万元，比2023年执行数减少3.00万元，下降12.93%。",
    "本级“三公”经费预算12.00万元，比上年减少3.00万元。",
])
def test_change_against_the_printed_last_year_right_or_not_judged(text):
    assert _alone(base(), text, SANGONG) == []


@pytest.mark.parametrize("text,found", [
    ("2024年“三公”经费预算20.20万元，比2023年减少3.00万元，下降12.93%。", "减少3.00万元"),
    ("公务用车购置及运行费15.00万元，比上年减少3.00万元。", "减少3.00万元"),
])
def test_change_against_the_printed_last_year_wrong_is_found(text, found):
    """Fails before: nothing (the rate agrees with the text's own change)."""
    got = _alone(base(), text, SANGONG)
    assert [c for c, _m in got if c == "TXT001"] and any(found in m and "上年预算数" in m for _c, m in got), got


def test_change_the_other_way_round_from_the_printed_last_year_is_found():
    """Fails before: nothing (20.20 this year against 22.00 printed for last year is a decrease)."""
    got = _alone(base(), "2024年“三公”经费预算20.20万元，较上年预算增加1.80万元。", SANGONG)
    assert [c for c, _m in got] == ["TXT006"] and "应为“减少1.80万元”" in got[0][1], got


def test_last_and_this_years_heads_without_years(tmp_path):
    """'上年预算数 | 本年预算数' over the two groups: the same reading (fails before: nothing)."""
    path = _xlsx(tmp_path / "w.xlsx", two_year_tables(years=("上年预算数", "本年预算数")), False)
    got = _alone(path, "2024年“三公”经费预算20.20万元，比上年减少3.00万元。", SANGONG)
    assert [c for c, _m in got] == ["TXT001"] and "「上年预算数」" in got[0][1], got
    assert _alone(path, "2024年“三公”经费预算20.20万元，比上年减少1.80万元。", SANGONG) == []
