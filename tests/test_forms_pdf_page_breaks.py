"""The held-out forms P, C and S (tests/test_forms_heldout_s11.py) printed to PDF with the page break at every row
boundary, and inside the indicator table with its header printed again (review m1 of session 20: 19 of these 86
break points drew a false PRF104; the same 19 on main d8ca5b5, all without the header repeated).

A break between the money block and the indicator table's first row put on the next page a grid whose rules split a
column the first page had as one (一级 | 二级 under the money lines' label, which spans both): the reader could not
tell which finer column the first page's figures belonged to, so it set the table aside as unsure and laid the
second page into the coarse columns, "一级指标" lost under "二级指标": no indicator read, the 总分 held against the
money block's 得分 alone ("总分填 100，各项自评得分之和为 9.58"). A 绩效自评表's blocks are ruled in columns of their own,
so now its first page is laid out again in the finer columns (readers/pdf.py `_refine_head`), each ruled cell over the
columns it spans.
"""

from __future__ import annotations

import pytest

from test_forms_heldout_s10 import pdf_file
from test_forms_heldout_s11 import (
    P_INDICATORS, check, form_c, form_p, form_s, pinned, read_forms,
)

BUILD = {"P": form_p, "C": form_c, "S": form_s}
CUTS = [(layout, cut) for layout, build in BUILD.items() for cut in range(1, len(build()["rows"]))]


def header_row(form):
    return next(i for i, r in enumerate(form["rows"]) if "一级指标" in r)


# a break inside the indicator table with its header printed again at the top of the next page (27 more: 86 in all)
REPEATS = [(layout, cut) for layout, build in BUILD.items()
           for cut in range(header_row(build()) + 2, len(build()["rows"]))]


def findings(path, folder):
    return sorted((f.code, f.message) for f in check(path, folder) if f.severity.value != "info")


@pytest.mark.parametrize("layout,cut", CUTS)
def test_a_page_break_anywhere_draws_nothing(tmp_path, layout, cut):
    form = BUILD[layout]()
    path = pdf_file(tmp_path, form, cut=cut)
    assert findings(path, tmp_path) == []
    (got,) = read_forms(path)
    assert sum(len(s.indicators) for s in got.sections if s.origin == "indicators") == form["indicators"]
    assert len(got.budget) == form["lines"]


@pytest.mark.parametrize("layout,cut", REPEATS)
def test_a_page_break_with_the_header_repeated_draws_nothing(tmp_path, layout, cut):
    form = BUILD[layout]()
    path = pdf_file(tmp_path, form, cut=cut, repeat=header_row(form))
    assert findings(path, tmp_path) == []


@pytest.mark.parametrize("cut", [5, 8, 10])
def test_a_wrong_score_is_found_across_the_break(tmp_path, cut):
    form = form_p(indicators=pinned(P_INDICATORS, "惠及群众人次", 6, "8"), total="95.91")  # 总分 kept: 2 points over
    found = findings(pdf_file(tmp_path, form, cut=cut), tmp_path)
    assert [c for c, _m in found] == ["PRF104"], found
    assert "93.91" in found[0][1], found


@pytest.mark.parametrize("cut", [5, 6])
def test_a_wrong_money_line_is_found_across_the_break(tmp_path, cut):
    money = [list(m) for m in form_p()["rows"][4:8]]
    lines = [["年度资金总额", "280.00", "300.00", "287.46", "10", "95.82%", "9.58"],
             ["其中：当年财政拨款", "280.00", "280.00", "270.16", "—", "—", "—"],
             ["上年结转资金", "0.00", "20.00", "19.30", "—", "—", "—"],  # 270.16 + 19.30 ≠ 287.46
             ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"]]
    assert money  # (the grid has its four money rows where the cuts fall)
    found = findings(pdf_file(tmp_path, form_p(money=lines), cut=cut), tmp_path)
    assert [c for c, _m in found] == ["PRF001"], found
