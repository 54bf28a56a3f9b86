"""recognize/forms.py, a sample of 30 mutants (seed 21) measured by tools/mutate.py (s21 mut, issue 14, README
"变异测试"): a survivor's behaviour, on the 中央式 ZY form of tests/test_forms_heldout_s13."""

from __future__ import annotations

from decimal import Decimal

from test_forms_heldout_s11 import check, codes, read_forms, xlsx_file
from test_forms_heldout_s13 import form_zy


def test_the_grade_in_brackets_after_the_total(tmp_path):
    """'98.36分（优）' in the 总分 cell (no 等级 row): the score 98.36 and the grade 优, no finding; a bare 98.36 gives
    no grade."""
    path, _ = xlsx_file(tmp_path, form_zy(total="98.36分（优）"))
    (form,) = read_forms(path)
    assert (form.total_score.value, form.grade.text) == (Decimal("98.36"), "优")
    assert codes(check(path, tmp_path)) == []
    path, _ = xlsx_file(tmp_path, form_zy(total="98.36"))
    assert read_forms(path)[0].grade is None
