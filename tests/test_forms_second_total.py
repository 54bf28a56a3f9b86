"""The 总分 stated twice (session 17, s17forms; s17rev r14): '总分 | 100 | 96.58' closes the indicator table and a summary
line '自评得分 | 98.58 | 自评等级 | 优' follows. The second was never read, so its wrong figure passed. When the first is the
sum of the scores and the second is not, the second is the 总分 read (PRF104 reports it at its cell); two equal figures,
or a first that is itself wrong, leave the first as it was.
"""

from __future__ import annotations

from decimal import Decimal

from test_forms_heldout_s11 import L, Pin, check, codes, read_forms, where, xlsx_file
from test_forms_heldout_s17 import HB_TOTAL, form_hb


def with_summary(first, second):
    f = form_hb(total=first)
    rows = f["rows"]
    rows.insert(len(rows) - 1, ["自评得分", second, L, L, L, "自评等级", "优", L, L, L])
    return f


def test_both_right_clean(tmp_path):
    path, _ = xlsx_file(tmp_path, with_summary(HB_TOTAL, HB_TOTAL))
    assert codes(check(path, tmp_path)) == []
    assert [f.total_score.value for f in read_forms(path)] == [Decimal(HB_TOTAL)]


def test_the_second_statement_wrong(tmp_path):
    path, pins = xlsx_file(tmp_path, with_summary(HB_TOTAL, Pin("98.83")))
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"], codes(found)
    assert pins[0] in [where(f) for f in found if f.code == "PRF104"]


def test_the_first_statement_wrong(tmp_path):
    path, pins = xlsx_file(tmp_path, with_summary(Pin("98.83"), HB_TOTAL))
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"], codes(found)
    assert pins[0] in [where(f) for f in found if f.code == "PRF104"]
