"""tools/perturb.py's session-8 variants write the shapes the real PDFs print: the 合计 row's word in the 科目名称
column with the code columns blank (普陀 2024 决算, 上海 2025 预算), and 江苏's 功能科目代码 / 功能科目名称 heads on
the function tables only."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("perturb", Path(__file__).resolve().parent.parent / "tools" / "perturb.py")
perturb = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("perturb", perturb)  # its dataclasses look their module up
_spec.loader.exec_module(perturb)


def _grid(rows, merges=()):
    g = perturb.Grid("t")
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                g.cells[(r, c)] = (value, "General")
    g.merges = list(merges)
    return g


def _texts(g):
    return [[g.text(r, c) for c in range(1, g.max_col + 1)] for r in range(1, g.max_row + 1)]


def test_the_total_word_moves_to_the_name_column_and_only_a_one_row_merge_is_undone():
    g = _grid([["支出决算表", None, None], ["科目编码", "科目名称", "本年支出合计"], ["合计", None, "10.00"],
               ["2010101", "行政运行", "10.00"]], merges=[(2, 1, 2, 1), (3, 1, 3, 2), (1, 1, 1, 3)])
    perturb.total_in_name_column([g])
    assert _texts(g)[2] == [None, "合计", "10.00"]
    assert g.merges == [(2, 1, 2, 1), (1, 1, 1, 3)]  # the title's merge holds no 合计: kept


def test_function_tables_take_the_jiangsu_heads_and_economic_tables_keep_theirs():
    g = _grid([["一般公共预算支出预算表", None, None], ["科目编码", "科目名称", "金额"], ["2010101", "行政运行", "1.00"],
               [None, None, None],
               ["一般公共预算基本支出经济分类预算表", None, None], ["科目编码", "科目名称", "金额"],
               ["30101", "基本工资", "1.00"]])
    perturb.headers_gongneng([g])
    rows = _texts(g)
    assert rows[1] == ["功能科目代码", "功能科目名称", "金额"]
    assert rows[5] == ["科目编码", "科目名称", "金额"]
