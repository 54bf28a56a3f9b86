"""公开04表 in the 2025 template's shape (session 27, tabfix, held-out 27): each fund's column split 小计 | 基本支出 |
项目支出 under the fund's name. Before: the fund names' line (no figure, each a 04 row label) ended the header, or
'项目支出' (a 项目 word) made a names column that opened a side of its own, and the fund's 基本支出/项目支出 took the
fund's own key — false TBL401 on a right table (workbook) or 'only a title' CMP001 (PDF). Now the parts are
'general.basic' … and TBL412–TBL414 check each fund's 小计 against its parts (an unsplit 04 is not checked)."""

from __future__ import annotations

import pytest

import heldout27_tables as t27
import test_tables_heldout21 as h
from pdf_writer import save_workbook


def _planted(tmp_path, row_label, col, value):
    ts = t27.nine(t27.Fmt(), l04="split")
    t = ts[3]
    row = next(r for r in t.rows[t.head:] if r[2] == row_label)
    row[col] = value
    return h.problems(save_workbook(tmp_path / "a.xlsx", ts), tmp_path)


def test_a_split_04_reads_clean(tmp_path):
    assert h.problems(save_workbook(tmp_path / "a.xlsx", t27.nine(t27.Fmt(), l04="split")), tmp_path) == []


@pytest.mark.parametrize("code,row_label,col,value", [
    ("TBL412", "四、农林水支出", 6, "581.85"),     # 一般公共预算 项目支出 (518.85; 小计 826.37 = 307.52 + 518.85)
    ("TBL413", "三、城乡社区支出", 8, "4.00"),      # 政府性基金 基本支出 (0; 小计 40.00 = 0 + 40.00)
    ("TBL414", "六、国有资本经营预算支出", 12, "0.80"),  # 国有资本经营 项目支出 (8.00)
])
def test_a_fund_part_that_does_not_add_up(tmp_path, code, row_label, col, value):
    found = _planted(tmp_path, row_label, col, value)
    assert any(c == code and row_label in m for c, m in found), found
