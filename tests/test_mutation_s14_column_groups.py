"""Session 14 mutation tests of recognize/column_groups.py (issue 14): tables built in the test, read and checked whole.

Survivors of the first run (84 mutants, test_column_groups_s13 alone: 76 killed) that stand for behaviour no test
pinned: a 备注 column between a 决算数 group and the 年初预算数 group after it (mark_context's `continue` on a column
of no known heading must not stop the groups after it being read); a '其中' column whose whole is not printed (only a part printed beside
its whole is set apart); a 公开07表 whose '“三公”经费' caption spans the items while its 合计 stands outside it and no
会议费/培训费 is printed (the 合计 is the 三公 total).
"""

from __future__ import annotations

from decimal import Decimal

import wb
from helpers import problems
from test_column_groups_s13 import GOV_FUND_ROWS, SG, _assert_read_right, _audit, _t05_with_budget_group


def _final_remarks_budget(head, body, merges):
    """The 05 of _t05_with_budget_group with its 决算数 group first, a 备注 column (no figures), then the 年初预算数
    group: 项目 | 决算数 [小计|基本|项目] | 备注 | 年初预算数 [小计|基本|项目]. (A column with no heading at all is
    not read as a column: the 备注 heading makes it one of no known heading.)"""
    order = [0, 1, 5, 6, 7, None, 2, 3, 4]
    head = [[r[c] if c is not None else ("备注" if i == 0 else "") for c in order] for i, r in enumerate(head)]
    body = [[r[c] if c is not None else None for c in order] for r in body]
    return head, body, [(0, 0, 0, 1), (0, 2, 0, 4), (0, 5, 1, 5), (0, 6, 0, 8)]


def test_05_final_group_then_a_remarks_column_then_the_budget_group(tmp_path):
    # (a column of no known heading must not stop the groups after it being read: the 年初预算数 group would be
    # read as the figures, over the 决算数 group's)
    s = wb.spec()
    head, body, merges = _final_remarks_budget(*_t05_with_budget_group(s))
    d, findings = _audit(tmp_path, s, "05", head, body, merges)
    _assert_read_right(s, "05", d, findings)


def test_05_wrong_final_before_a_remarks_column_and_the_budget_group_still_caught(tmp_path):
    s = wb.spec()
    head, body, merges = _final_remarks_budget(*_t05_with_budget_group(s, {"2010102": [11, None, 11]}))
    _d, findings = _audit(tmp_path, s, "05", head, body, merges)
    assert {"TBL001", "XTB015"} & {p[0] for p in problems(findings)}


def test_02_a_qizhong_column_whose_whole_is_not_printed_keeps_its_key(tmp_path):
    # 财政拨款收入 printed only through its '其中：政府性基金预算财政拨款' (no 小计 column): the part is no whole's part
    s = wb.spec()
    head = [["项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"],
            ["科目编码", "科目名称", "", "其中：政府性基金预算财政拨款", "", "", "", "", ""]]
    body = []
    for code, values in s["02"].items():
        gov = 30 if code in GOV_FUND_ROWS + ("total",) else None
        body.append([code if code != "total" else "合计", wb.NAMES.get(code, ""), values[0], gov, *values[2:]])
    merges = [(0, 0, 0, 1), (0, 2, 1, 2)] + [(0, c, 1, c) for c in range(4, 9)]
    d, _findings = _audit(tmp_path, s, "02", head, body, merges)
    cells = d.tables["02"].row("total").cells
    assert cells["fiscal.gov_fund"].value == Decimal(30)
    assert not any(k.endswith("#part") for k in cells)


def _sanshi_caption_without_meetings(s, final_total=None):
    # 项目 | 合计 | “三公”经费 [因公出国（境）费 | 公务用车购置及运行维护费 [小计 | 购置 | 运行] | 公务接待费]
    b, f = s["07"]["budget"], s["07"]["final"]
    head = [["项目", "合计", "“三公”经费", "", "", "", ""],
            ["", "", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"],
            ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 6), (1, 2, 2, 2), (1, 3, 1, 5), (1, 6, 2, 6)]
    ft = f["total"] if final_total is None else final_total
    body = [["预算数", *[b[k] for k in SG]], ["决算数", ft, *[f[k] for k in SG[1:]]]]
    return head, body, merges


def test_07_total_outside_a_sanggong_caption_with_no_meeting_fees_is_the_sanggong_total(tmp_path):
    s = wb.spec()
    head, body, merges = _sanshi_caption_without_meetings(s)
    d, findings = _audit(tmp_path, s, "07", head, body, merges)
    _assert_read_right(s, "07", d, findings)


def test_07_wrong_total_outside_a_sanggong_caption_still_caught(tmp_path):
    s = wb.spec()
    head, body, merges = _sanshi_caption_without_meetings(s, final_total=8)
    _d, findings = _audit(tmp_path, s, "07", head, body, merges)
    assert "TBL701" in {p[0] for p in problems(findings)}
