"""The words claims.py reads some names and years by are data (rules/narrative.toml [claims]), not code."""

from __future__ import annotations

from govaudit.narrative_data import narrative_data
from govaudit.recognize.claims import _names_this_year, lexicon


def test_the_words_come_from_the_rules_file():
    words = narrative_data().claims
    assert {"收入合计", "支出预算", "年初结转和结余", "财政拨款年末结转结余"} <= set(words.standalone)
    assert words.carried == {"年初结转和结余": "", "年末结转和结余": "", "年初财政拨款结转和结余": "财政拨款",
                             "年末财政拨款结转和结余": "财政拨款"}
    lex = lexicon()
    assert lex.standalone == words.standalone and lex.carried == words.carried


def test_a_year_compared_with_is_not_the_year_of_the_amounts():
    # (the comparison words are claims.COMPARED, the one list PRIOR_RE, OPENING_RE … are written with, and 由)
    said = lexicon().said_year_re
    assert [m.group(1) for m in said.finditer("2018年度“三公”经费")] == ["2018"]
    for text in ("比2018年度", "较2018年", "与2018年相比", "由2018年的", "同2018年", "对比2018年"):
        assert [m.group(0) for m in said.finditer(text)] == [], text
    # 本年/当年 names this year, unless it names a thing (本年收入合计, 本年支出)
    assert _names_this_year("本年度", 2019) and _names_this_year("当年", 2019) and _names_this_year("2019年", 2019)
    assert not _names_this_year("本年收入合计", 2019) and not _names_this_year("本年支出", 2019)
    assert not _names_this_year("2018年", 2019) and not _names_this_year("比2019年", 2019)
