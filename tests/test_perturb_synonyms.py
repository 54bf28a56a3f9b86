"""tools/perturb.py's 'synonyms' variant writes only wordings real disclosures print, where they print them. It used
to write 金额 for the 三公 table's 决算数 (beside 预算数: no form does) and six wordings found in none of the real
PDFs, the seed or the official templates (基本支出合计 for a 江苏 支出用途 row …); the failures it reported were the
harness's, not recognition's."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("perturb", Path(__file__).resolve().parent.parent / "tools" / "perturb.py")
perturb = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("perturb", perturb)  # its dataclasses look their module up
_spec.loader.exec_module(perturb)


def _grid(name: str, rows: list[list[str | None]]):
    g = perturb.Grid(name)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                g.cells[(r, c)] = (value, "General")
    return g


def _texts(g) -> list[list[str | None]]:
    return [[g.text(r, c) for c in range(1, g.max_col + 1)] for r in range(1, g.max_row + 1)]


def test_the_sanshi_tables_pairs_keep_their_words_and_its_car_items_take_the_short_names():
    sanshi = _grid("07", [["财政拨款“三公”经费支出决算表", None, None, None],
                          ["公务用车购置及运行维护费", None, None, None],
                          ["小计", None, "公务用车运行维护费", None],
                          ["预算数", "决算数", "预算数", "决算数"]])
    perturb.synonyms([sanshi])
    assert _texts(sanshi)[1:] == [["公务用车购置及运行费", None, None, None], ["小计", None, "公务用车运行费", None],
                                  ["预算数", "决算数", "预算数", "决算数"]]


def test_a_one_column_side_and_the_economic_rows_elsewhere():
    general = _grid("01", [["收入支出决算总表", None, None, None],
                           ["项目", "决算数", "项目", "决算数"],
                           ["本年收入合计", "10.00", "本年支出合计", "10.00"]])
    basic = _grid("06", [["一般公共预算财政拨款基本支出决算表", None, None],
                         ["30231", "公务用车运行维护费", "1.00"],
                         ["30212", "因公出国（境）费", "0.00"]])
    perturb.synonyms([general, basic])
    assert _texts(general)[1:] == [["项目", "金额", "项目", "金额"], ["收入合计", "10.00", "支出合计", "10.00"]]
    # 06's 30231 is 公务用车运行维护费 in every real table; 30212 is printed both ways
    assert _texts(basic)[1:] == [["30231", "公务用车运行维护费", "1.00"], ["30212", "因公出国（境）费用", "0.00"]]


def test_no_wording_that_no_real_disclosure_prints():
    written = set(perturb.SYNONYMS.values())
    assert not written & {"基本支出合计", "项目支出合计", "上缴上级", "对附属单位补助", "公务接待费用", "附属单位缴款"}
