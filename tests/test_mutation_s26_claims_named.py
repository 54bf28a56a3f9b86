"""recognize/claims_named.py (session 25's new file), all 29 mutants measured by tools/mutate.py (s26 mut, issue 14):
the survivors killed on normalised sentences as claims.py hands them to named_figures (half-width brackets and commas),
with the lexicon of the subjects and 类 the tables print."""

from __future__ import annotations

import pytest

from govaudit.recognize.claims import lexicon
from govaudit.recognize.claims_named import named_figures


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def test_a_name_at_the_sentences_start_takes_its_bracketed_share(lex):
    """The sentence opens with the 类's name (no lead before it): its bracket is still its share."""
    assert named_figures("一般公共服务支出(占61.60%)、科学技术支出(占15.45%)是主要的支出", lex) == \
        "一般公共服务支出占61.60%、科学技术支出占15.45%是主要的支出"


def test_a_share_and_a_name_without_its_figure_are_not_two_clauses(lex):
    """'%和' joins two clauses only when a name with its own share or amount follows: after a name with none, or a
    figure that is no name's ('分别增长4.31%和4.41%', '与上年持平'), the 和/与 stays as written."""
    assert named_figures("科学技术支出(占15.45%)和社会保障和就业支出(占14.42%)", lex) == \
        "科学技术支出占15.45%、社会保障和就业支出占14.42%"
    assert named_figures("科学技术支出(占15.45%)和社会保障和就业支出增加较多", lex) == \
        "科学技术支出占15.45%和社会保障和就业支出增加较多"
    assert named_figures("科学技术支出(占15.45%)与上年持平", lex) == "科学技术支出占15.45%与上年持平"
    kept = "收入总计和支出总计(含结转)分别增长4.31%和4.41%"
    assert named_figures(kept, lex) == kept


def test_a_bare_percentage_after_a_names_amount_is_its_share(lex):
    """textfix s26's '1303.58万元(61.60%)' (line 46): after a 类's amount the bracketed percentage is its share; after a
    change's amount ('增加50.00万元(12.5%)') it stays as written, the amount with it."""
    assert named_figures("一般公共服务支出1303.58万元(61.60%),主要用于行政运行", lex) == \
        "一般公共服务支出1303.58万元,占61.60%,主要用于行政运行"
    kept = "一般公共服务支出比上年增加50.00万元(12.5%)"
    assert named_figures(kept, lex) == kept
