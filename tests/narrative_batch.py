"""The harness the held-out batches of 情况说明 wordings share (tests/test_narrative_heldout2[3-7].py): each file lists
its 决算 pairs (judged together in one workbook of tests/test_narrative_heldout17.py's tables, printed as 2022), its 预算
cases over the 上海 and 财政部式 samples (each alone and all together), its never-judged texts and its strict-xfail
dicts, and takes its tests from `batch_tests` (`globals().update(batch_tests(...))`: pytest collects the functions and
the fixture from the module's own names, so each file keeps its own test ids)."""

from __future__ import annotations

import pytest
from test_narrative_budget_heldout10 import _expected_ok
from test_narrative_budget_heldout11 import SHANGHAI, _alone, distinct_batch, found_as_named, right_params, \
    together_by_label, wrong_cases
from test_narrative_budget_heldout18 import central
from test_narrative_heldout11 import _text
from test_narrative_heldout17 import _findings

LABELS = ["上海", "财政部式"]


def base(label: str):
    return {"上海": lambda: SHANGHAI, "财政部式": central}[label]()


def batch_tests(name: str, decision_pairs: list, never_judged: list, budget_cases: list, budget_alone: list,
                not_yet: dict[str, str], budget_not_yet: dict[str, str], false_yet: dict[str, str],
                never_at_least: int) -> dict:
    """The fixture `judged` and the six tests of a batch named `name` ("heldout26")."""

    @pytest.fixture(scope="module")
    def judged(tmp_path_factory):
        tmp = tmp_path_factory.mktemp(name)
        right = [r for _n, r, _w, _c in decision_pairs] + never_judged
        return (_findings(tmp, right, "right.xlsx", 2022),
                _findings(tmp, [w for _n, _r, w, _c in decision_pairs], "wrong.xlsx", 2022))

    def test_batch_is_large_and_distinct():
        assert len(decision_pairs) + len(budget_cases) >= 40 and len(never_judged) + len(budget_alone) >= never_at_least
        texts = {_text(r) for _n, r, _w, _c in decision_pairs} | {_text(w) for _n, _r, w, _c in decision_pairs}
        assert len(texts) == 2 * len(decision_pairs)
        distinct_batch(budget_cases, budget_alone)

    def test_decision_right_and_never_judged_sentences_draw_nothing(judged):
        assert dict(judged[0]) == {}

    @pytest.mark.parametrize("name,wrong,code", [
        pytest.param(n, _text(w), c, id=n,
                     marks=[pytest.mark.xfail(reason=not_yet[n], strict=True)] if n in not_yet else [])
        for n, _r, w, c in decision_pairs])
    def test_decision_wrong_sentence_found(judged, name, wrong, code):
        found = [c for c, _m in judged[1].get(wrong, [])]
        assert _expected_ok(code, found), f"{name}: {judged[1].get(wrong)}"

    @pytest.mark.parametrize("label,name,right,wrong,code,heading", wrong_cases(budget_cases, budget_not_yet),
                             ids=[f"{c[0]}-{c[1]}" for c in budget_cases])
    def test_budget_wrong_sentence_found(label, name, right, wrong, code, heading):
        found_as_named(base(label), name, wrong, code, heading)

    @pytest.mark.parametrize("label,text,heading", right_params(budget_cases, budget_alone, false_yet))
    def test_budget_right_sentence_alone_draws_nothing(label, text, heading):
        assert _alone(base(label), text, heading) == []

    def test_budget_right_and_unjudgeable_sentences_draw_nothing_together(tmp_path):
        """Every right and never-judged 预算 text of a base in one 情况说明 of its sample, checked end to end."""
        found = together_by_label(tmp_path, LABELS, budget_cases, budget_alone, base)
        assert {k: dict(v) for k, v in found.items()} == {k: {} for k in LABELS}

    return {f.__name__: f for f in (test_batch_is_large_and_distinct,
                                    test_decision_right_and_never_judged_sentences_draw_nothing,
                                    test_decision_wrong_sentence_found, test_budget_wrong_sentence_found,
                                    test_budget_right_sentence_alone_draws_nothing,
                                    test_budget_right_and_unjudgeable_sentences_draw_nothing_together)} | \
        {"judged": judged}
