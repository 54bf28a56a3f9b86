"""The declarative rules' quick "ok" test gives the sum the interval arithmetic gives (engine/declarative.py
_shown_sum against engine/arith.Span.of), so a balance it passes is one judge_equal/judge_le would pass."""

from __future__ import annotations

from decimal import Decimal, localcontext

from hypothesis import given, settings
from hypothesis import strategies as st

from govaudit.engine.arith import Span, judge_equal, judge_le
from govaudit.engine.declarative import _passes_as_shown, _shown_sum
from govaudit.model import Figure, Row
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


# _passes_as_shown: a balance every reference of which names one printed row is passed before its cells are built;
# anything it cannot know that way (a glob, a row or column not printed, a table not indexed yet) is left to _judge.

def _row(key: str, **cells) -> Row:
    return construct(Row, key=key, label=key, row=1, cells=cells)


def _fig(text: str) -> Figure:
    d = Decimal(text)
    return construct(Figure, value=d, decimals=-d.as_tuple().exponent)


def _index(*rows: Row) -> dict:
    return {"02": {r.key: r for r in rows}}


def test_passes_only_what_holds_as_shown():
    index = _index(_row("201", total=_fig("3.00")), _row("20101", total=_fig("1.00")),
                   _row("20102", total=_fig("2.00")), _row("20103", total=None))
    left, right = [("02", "201", "total")], [("02", "20101", "total"), ("02", "20102", "total")]
    with localcontext(DECIMAL_CONTEXT):
        assert _passes_as_shown(left, right, index, le=False)
        assert _passes_as_shown(left, right + [("02", "20103", "total")], index, le=False)  # a blank adds nothing
        assert not _passes_as_shown(left, right[:1], index, le=False)  # 3.00 ≠ 1.00: _judge decides
        assert _passes_as_shown(right[:1], left, index, le=True)  # 1.00 ≤ 3.00
        assert not _passes_as_shown(left, right[:1], index, le=True)


def test_leaves_to_judge_what_it_cannot_know():
    index = _index(_row("201", total=_fig("3.00")), _row("20101", total=_fig("3.00")), _row("2*", total=_fig("3.00")))
    left = [("02", "201", "total")]
    with localcontext(DECIMAL_CONTEXT):
        assert _passes_as_shown(left, [("02", "20101", "total")], index, le=False)
        assert not _passes_as_shown(left, [("02", "20199", "total")], index, le=False)  # a row not printed
        assert not _passes_as_shown(left, [("02", "20101", "basic")], index, le=False)  # a column not printed
        assert not _passes_as_shown(left, [("03", "20101", "total")], index, le=False)  # a table not indexed
        # a key with glob characters is a glob to _resolve (every row it matches), never one row looked up
        assert not _passes_as_shown(left, [("02", "2*", "total")], index, le=False)


def test_an_each_rules_templates_bound_in_place_as_bind_binds_them():
    # check() asks _passes_as_shown with the row's key instead of lists bound by _bind: the same answer
    from govaudit.engine.declarative import _bind

    index = _index(_row("201", total=_fig("3.00"), basic=_fig("1.00"), project=_fig("2.00")),
                   _row("202", total=_fig("3.00"), basic=_fig("1.00"), project=_fig("1.00")))
    left = [("02", "{row}", "total")]
    right = [("02", "{row}", "basic"), ("02", "{row}", "project")]
    with localcontext(DECIMAL_CONTEXT):
        for key, holds in (("201", True), ("202", False), ("203", False), ("2*", False)):
            assert _passes_as_shown(left, right, index, False, key) is holds
            assert _passes_as_shown(_bind(left, key), _bind(right, key), index, False) is holds
