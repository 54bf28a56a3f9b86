"""recognize/form_lines.py (session 26's new file, first measured in s27 mut, issue 14): a form's rows end at the
LAST place any of its fields was read from, not at its last indicator. Session 26's prints (a page of narrative, then
the form unruled or as a 三线表; tests/test_forms_text_lines26.py) asserted the lines above the indicators only: the
grade line under them ('评价等级 优', '自评等级 优': a field of the form, found through model.figure.locations_under)
stayed a paragraph on every mutant of that walk."""

from __future__ import annotations

import pytest

from test_forms_text_lines26 import NARRATIVE, paragraphs_of, printed_after_text, units_form


@pytest.mark.parametrize("key,rules,figures", [("ZJ", "none", "right"), ("JX", "three", "left")])
def test_the_grade_line_under_the_indicators_is_the_forms(tmp_path, key, rules, figures):
    f = units_form(key)
    texts = paragraphs_of(printed_after_text(tmp_path, f, rules, figures))
    assert not [t for t in texts if "等级" in t]  # (the form's grade line, below its last indicator)
    assert all(any(line[:12] in t for t in texts) for line in NARRATIVE)  # (the narrative stays)
    assert any(f["head"][0] in t for t in texts)  # (and the form's title)
