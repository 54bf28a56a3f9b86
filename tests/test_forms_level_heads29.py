"""Session 29 (formfix, issue #9): YN (session 25's 云南 form, its indicator header on two rows) printed unruled or as a
三线表 and broken inside its indicators, once or twice: the page before the break holds the funds and only the first
indicator rows, whose 一级 labels (merged down, each on a line of its own) set no column, whose 二级 labels (set at
their cells' left) do not reach their header word, and whose 偏差原因 column is empty. The header words '一级指标'
(left of every column), '二级指标' (in a gutter) and '偏差原因分析及改进措施' (right of the last) were laid in the
wrong columns: the first rows read '数量指标产出指标' as their 一级 and lost their 得分 (PRF104 on the clean form; the
strict xfails YN_RIGHT and THREE_PAGES of tests/test_forms_units27.py and test_forms_heldout25.py, 10 in all). Each
indicator must be read whole: its 一级, 二级, 三级, 分值 and 得分 as the form holds them."""

from __future__ import annotations

import pytest

from test_forms_breaks_heldout22 import problems
from test_forms_heldout25 import LAYOUTS, breaks, form, found_once, over, printed
from test_forms_heldout_s11 import read_forms

PRINTS = [("none", "right"), ("three", "right"), ("none", "left"), ("three", "left")]


@pytest.mark.parametrize("where", ["inds", "two"])
@pytest.mark.parametrize("rules,figures", PRINTS)
def test_each_indicator_read_whole(tmp_path, rules, figures, where):
    f = form("YN")
    path = printed(tmp_path, f, rules, breaks(f, where), figures)
    assert problems(path, tmp_path) == []
    (got,) = read_forms(path)
    read = [(i.level1, i.level2, i.level3, str(i.weight.value), str(i.score.value))
            for s in got.sections if s.origin == "indicators" for i in s.indicators]
    assert read == [ind[:3] + ind[5:7] for ind in LAYOUTS["YN"]["indicators"]]


@pytest.mark.parametrize("rules,figures", PRINTS[:2])
def test_a_score_over_its_weight_found_on_the_first_page(tmp_path, rules, figures):
    """得分 > 分值 planted in the first indicator row, on the page before the break (its 得分 was not read at all)."""
    f = form("YN", indicators=over("YN"))
    found_once(printed(tmp_path, f, rules, breaks(f, "inds"), figures), tmp_path, "PRF103", ())
