"""review s27: a 2025-template 公开04表 (each fund's column 小计 | 基本支出 | 项目支出) that prints only each fund's 小计 on
its 年末财政拨款结转和结余 and 总计 rows (a carry-over is no 基本/项目 spending: the parts blank or '-') drew false
TBL412/TBL413/TBL414 '小计应等于基本支出与项目支出之和, 应为 0.00' (1 to 4 per table on 5ac33be). A 小计 whose parts are
all blank is not broken down (unitemised), as BGT901/BGT902 hold a 三公 total; a part printed wrong is still found."""

from __future__ import annotations

import pytest

import heldout27_tables as t27
import test_tables_heldout21 as h
from pdf_writer import save_workbook

PARTS = (5, 6, 8, 9, 11, 12)  # each fund's 基本支出 | 项目支出 columns (小计 at 4, 7, 10)


def _problems(tmp_path, rows, mark, edit=None):
    ts = t27.nine(t27.Fmt(), l04="split")
    t = ts[3]
    for r in t.rows[t.head:]:
        if r[2] in rows:
            for c in PARTS:
                r[c] = mark
        if edit:
            edit(r)
    return h.problems(save_workbook(tmp_path / "a.xlsx", ts), tmp_path)


@pytest.mark.parametrize("mark", ["", "-"])
@pytest.mark.parametrize("rows", [("年末财政拨款结转和结余",), ("年末财政拨款结转和结余", "总计")])
def test_subtotal_printed_alone_is_not_broken_down(tmp_path, rows, mark):
    assert _problems(tmp_path, rows, mark) == []


def test_a_wrong_part_is_still_found(tmp_path):
    def edit(r):
        if r[2] == "四、农林水支出":
            r[6] = "581.85"  # 一般公共预算 项目支出 518.85 (小计 826.37 = 307.52 + 518.85)
    found = _problems(tmp_path, ("年末财政拨款结转和结余",), "", edit)
    assert [c for c, _m in found] == ["TBL412"], found
