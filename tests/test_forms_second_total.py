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


def test_a_total_further_down_is_not_a_second_statement(tmp_path):
    """Another form's 总分 further down the same block (a PDF page of other columns not read as a form of its own): not
    this form's second 总分 (an unbounded search took its '100' and drew a false PRF104 on the first form)."""
    from test_forms_heldout_s11 import pdf_made
    from test_forms_heldout_s17 import form_bj

    path, _ = pdf_made(tmp_path, form_hb(), {**form_bj(total=Pin("96.68")), "head": []})
    assert not [f for f in check(path, tmp_path) if "基层农技推广体系改革与建设" in f.message]
    assert read_forms(path)[0].total_score.value == Decimal(HB_TOTAL)
