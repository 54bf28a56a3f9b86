"""The 总分's row led by 自评得分 (session 17, s17forms): read where it stands, and nothing else taken for it.

'自评得分' heads the score column of the indicator table, so it was a 总分 only inline ('自评得分：89.5分'). A row led by
it with a number after it and no column heads in it is the 总分's row: at the bottom ('自评得分 | 100 | 97 | 自评等级 |
优', tests/test_forms_heldout_s17.py GD) or above the budget ('自评得分 | 98.0 | 自评等级 | 优', SD). Guards here: a word
in the 总分's score cell is still the 总分 as written (PRF201), not the 分值 beside it; a row naming columns is a header.
"""

from __future__ import annotations

from decimal import Decimal

from test_forms_heldout_s11 import Pin, check, codes, read_forms, xlsx_file
from test_forms_heldout_s17 import form_gd, form_hb, form_sd


def test_a_word_in_the_total_cell_is_the_total_as_written_not_the_full_marks_beside_it(tmp_path):
    path, pins = xlsx_file(tmp_path, form_hb(total=Pin("优"), grade="优"))
    found = check(path, tmp_path)
    assert "PRF201" in codes(found), codes(found)
    assert [f.total_score for f in read_forms(path)] == [None]


def test_gd_total_row_read_with_its_full_marks(tmp_path):
    path, _ = xlsx_file(tmp_path, form_gd())
    (form,) = read_forms(path)
    assert (form.total_score.value, form.total_weight.value, form.grade.text) == (Decimal("97"), Decimal("100"), "优")


def test_sd_total_above_the_budget_read_beside_its_label(tmp_path):
    path, _ = xlsx_file(tmp_path, form_sd())
    (form,) = read_forms(path)
    assert (form.total_score.value, form.grade.text) == (Decimal("98.0"), "优")
    assert form.slots["total_score"].cell == "B4"


def test_sd_total_above_the_budget_wrong(tmp_path):
    path, pins = xlsx_file(tmp_path, form_sd(total=Pin("97.0")))
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"], codes(found)
    assert pins == ["B4"] and [f.locations[0].cell for f in found if f.code == "PRF104"][0] == "B4"
