"""The harness held-out batches 17–19 of 情况说明 wordings share (tests/test_narrative_heldout1[7-9].py): each file lists
its 决算 pairs and never-judged texts (judged together in one workbook of its year), its 中央 template pairs (`central`:
another year's workbook), a Word 说明 with planted errors (DOCX_RIGHT, DOCX_ERRORS) and its strict-xfail dict, and takes
its fixtures and tests from `word_batch_tests` (`globals().update(word_batch_tests(...))`: pytest collects them from
the module's own names, so each file keeps its own test ids). The helpers a file reads its findings with are passed in
(tests/test_narrative_heldout17.py defines them, so this module imports none of the batch files)."""

from __future__ import annotations

import pytest
from test_narrative_heldout11 import _text
from test_narrative_heldout14 import codes_found


def docx_wrong(right: list[str], errors: list[tuple[str, str, str]]) -> list[str]:
    """The Word 说明 with every planted error at once (each in its own paragraph, said there once)."""
    out = list(right)
    for old, new, _codes in errors:
        i = next(i for i, p in enumerate(out) if old in p)
        assert out[i].count(old) == 1, old
        out[i] = out[i].replace(old, new)
    return out


def word_batch_tests(name: str, pairs: list, never_judged: list, central_cases, year: int, central_year: int,
                     docx_right: list[str], docx_errors: list, not_yet: dict[str, str], findings, docx_findings) -> dict:
    """The fixtures `judged`, `central`, `word` and the tests of a batch named `name` ("heldout18"): `central_cases()`
    gives the 中央 (pairs, never-judged); `findings(tmp, items, file name, year)` and `docx_findings(tmp, paragraphs,
    name)` read a batch's findings by the text of each item."""

    @pytest.fixture(scope="module")
    def judged(tmp_path_factory):
        tmp = tmp_path_factory.mktemp(name)
        right = [r for _n, r, _w, _c in pairs] + never_judged
        wrong = [w for _n, _r, w, _c in pairs]
        return findings(tmp, right, "right.xlsx", year), findings(tmp, wrong, "wrong.xlsx", year)

    @pytest.fixture(scope="module")
    def central(tmp_path_factory):
        tmp = tmp_path_factory.mktemp(name + "c")
        c_pairs, never = central_cases()
        return (findings(tmp, [r for _n, r, _w, _c in c_pairs] + never, f"right{central_year}.xlsx", central_year),
                findings(tmp, [w for _n, _r, w, _c in c_pairs], f"wrong{central_year}.xlsx", central_year))

    @pytest.fixture(scope="module")
    def word(tmp_path_factory):
        tmp = tmp_path_factory.mktemp(name + "w")
        return docx_findings(tmp, docx_right, "right"), docx_findings(tmp, docx_wrong(docx_right, docx_errors), "wrong")

    def test_batch_is_large_enough():
        assert len(pairs) + len(central_cases()[0]) + len(docx_errors) >= 40 and len(never_judged) >= 10
        assert len({_text(r) for _n, r, _w, _c in pairs} | {_text(w) for _n, _r, w, _c in pairs}) == 2 * len(pairs)

    def test_right_and_never_judged_sentences_draw_nothing(judged):
        assert dict(judged[0]) == {}, f"a right or unjudgeable sentence drew a finding: {dict(judged[0])}"

    def test_central_right_sentences_draw_nothing(central):
        assert dict(central[0]) == {}, f"a right or unjudgeable sentence drew a finding: {dict(central[0])}"

    def test_word_right_document_draws_nothing(word):
        assert dict(word[0]) == {}, f"the right Word 说明 drew: {dict(word[0])}"

    def expect(n: str, w, c: str):
        marks = [pytest.mark.xfail(reason=not_yet[n], strict=True)] if n in not_yet else []
        return pytest.param(n, _text(w), c, marks=marks, id=n)

    @pytest.mark.parametrize("name,wrong,code", [expect(n, w, c) for n, _r, w, c in pairs])
    def test_wrong_sentence_found(judged, name, wrong, code):
        found = judged[1]
        assert codes_found(found, wrong) == sorted(code.split("+")), f"{name}: {wrong} → {found.get(wrong)}"

    @pytest.mark.parametrize("name,wrong,code", [expect(n, w, c) for n, _r, w, c in central_cases()[0]])
    def test_central_wrong_sentence_found(central, name, wrong, code):
        found = central[1]
        assert codes_found(found, wrong) == sorted(code.split("+")), f"{name}: {wrong} → {found.get(wrong)}"

    @pytest.mark.parametrize("old,new,code", [pytest.param(
        o, n, c, id=o, marks=[pytest.mark.xfail(reason=not_yet[o], strict=True)] if o in not_yet else [])
        for o, n, c in docx_errors])
    def test_word_wrong_paragraph_found(word, old, new, code):
        found = word[1]
        para = next(p for p in docx_wrong(docx_right, docx_errors) if new in p)
        assert codes_found(found, para) == sorted(code.split("+")), f"{para} → {found.get(para)}; all: {dict(found)}"

    return {"judged": judged, "central": central, "word": word} | {f.__name__: f for f in (
                                    test_batch_is_large_enough,
                                    test_right_and_never_judged_sentences_draw_nothing,
                                    test_central_right_sentences_draw_nothing, test_word_right_document_draws_nothing,
                                    test_wrong_sentence_found, test_central_wrong_sentence_found,
                                    test_word_wrong_paragraph_found)}
