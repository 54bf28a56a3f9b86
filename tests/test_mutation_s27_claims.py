"""recognize/claims.py, the two survivors session 26 left of session 25's sample (seed 25, main 69a7a3d's lines 2435
and 2618; s27 mut, issue 14), read on sentences in memory: who a bare 财政拨款结转和结余 or a 基本支出/项目支出 belongs to
when the sentence or paragraph before it says so only in part. Asserted: each amount's subject and whether it is
known (an unknown one is not judged; a known one is compared with its table line)."""

from __future__ import annotations

from test_mutation_s24_claims import claims

TOTAL = "一、收入支出决算总体情况说明"


def subjects(got):
    return [(c.subject, c.known) for c in got if c.kind == "amount"]


def test_a_narrower_funds_spending_before_the_bare_fiscal_balance_leaves_it_unknown():
    """(_carried: `c.subject not in parts`) After the funds listed as parts of the 年初 财政拨款结转和结余 (they narrow
    nothing and are taken out of the words before) the paragraph names one fund's spending, 一般公共预算财政拨款支出:
    the bare 年末财政拨款结转和结余 after it may be that fund's, so it is not judged against all 财政拨款's line. Without
    that clause it is all 财政拨款's (known)."""
    listed = "年初财政拨款结转和结余534.34万元，其中：一般公共预算财政拨款36.65万元，政府性基金预算财政拨款497.69万元；"
    got = claims(TOTAL, listed + "一般公共预算财政拨款支出100.00万元；年末财政拨款结转和结余497.09万元。")
    assert subjects(got) == [("年初财政拨款结转和结余", True), ("一般公共预算财政拨款年初结转和结余", True),
                             ("政府性基金预算财政拨款年初结转和结余", True), ("一般公共预算财政拨款支出", True),
                             ("", False)]
    got = claims(TOTAL, listed + "年末财政拨款结转和结余497.09万元。")
    assert subjects(got)[-1] == ("年末财政拨款结转和结余", True)


def test_the_parts_of_a_non_fiscal_sources_spending_are_not_the_departments():
    """(_scoped_part: `not wholes and of_a_source(…)`) “非财政拨款支出预算47.60万元，其中：基本支出40.00万元，项目支出
    7.60万元”: the 基本支出 and 项目支出 are the source's (no table line of their own): unknown, not the department's
    (which 公开 B 表 would judge: a false TXT001)."""
    got = claims("一、收入支出预算总体情况", "非财政拨款支出预算47.60万元，其中：基本支出40.00万元，项目支出7.60万元。",
                 stage="预算", year=2026)
    assert subjects(got) == [("", False), ("", False), ("", False)]
