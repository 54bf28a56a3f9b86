"""report/json_report.dumps_indented writes what json.dumps(…, ensure_ascii=False, indent=2) writes."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from govaudit.report.json_report import dumps_indented

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text())
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.tuples(inner, inner),
                                                       st.dictionaries(st.text(max_size=5), inner, max_size=4)),
                      max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(values)
def test_same_text_as_json(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_unusual_values_left_to_json():
    value = {"a": {1: "x", "b": [{}, [], "引号\"\n\u2028"]}, "c": 1.5e300}
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)
