"""The declarative rules' quick "ok" test gives the sum the interval arithmetic gives (engine/declarative.py
_shown_sum against engine/arith.Span.of), so a balance it passes is one judge_equal/judge_le would pass."""

from __future__ import annotations

from decimal import Decimal, localcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from govaudit.engine.arith import Span, judge_equal, judge_le
from govaudit.engine.declarative import _shown_sum
from govaudit.model import Figure
from govaudit.model.trusted import construct
from govaudit.numbers import DECIMAL_CONTEXT

figures = st.one_of(st.none(), st.builds(
    lambda v, d, unit, percent: construct(Figure, value=Decimal(v).scaleb(-d), decimals=d, unit=unit, percent=percent),
    st.integers(-10**14, 10**14), st.integers(0, 6), st.sampled_from(["万元", "元", "千元", "亿元"]), st.booleans()))


@settings(max_examples=400, deadline=None)
@given(st.lists(figures, max_size=6), st.lists(figures, max_size=6))
def test_shown_sum_is_the_spans_value(left, right):
    with localcontext(DECIMAL_CONTEXT):
        a, b = _shown_sum(left), _shown_sum(right)
        assert a == Span.of(left).value and b == Span.of(right).value
        # what check() passes early is what the verdicts call ok
        assert (a == b) == (judge_equal(left, right).status == "ok")
        assert (a <= b) == (judge_le(left, right).status == "ok")


def test_a_shown_sum_of_units():
    wan = construct(Figure, value=Decimal("1.50"), decimals=2)
    yuan = construct(Figure, value=Decimal("15000"), decimals=0, unit="元")
    with localcontext(DECIMAL_CONTEXT):
        assert _shown_sum([wan, None, yuan]) == Decimal("3.00")
        assert _shown_sum([]) == 0
