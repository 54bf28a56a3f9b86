"""Issue 14, session 6: the narrative code as it now stands (recognize/claims.py, checks/narrative*.py) line by line.
Each test judges short texts in memory — against no tables, or the tables of a sample — and asserts which sentence
draws which finding, its expected/actual values and the arithmetic shown, and that the correct wording draws none."""

from __future__ import annotations

from pathlib import Path

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph
from govaudit.readers import read_workbook
from govaudit.recognize.claims import read_claims
from govaudit.recognize.disclosure import recognize

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_READ: dict[str, Disclosure] = {}


def sample(name: str) -> Disclosure:
    if name not in _READ:
        _READ[name] = recognize(read_workbook(SAMPLES / name))
    return _READ[name]


def run(texts, disclosure=None, stage=None, year=2019):
    """The TXT findings (warnings and errors) of texts judged with disclosure's tables (none when None)."""
    d = disclosure.model_copy(deep=True) if disclosure is not None else Disclosure(path="t")
    if stage:
        d.stage = stage
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                    for i, t in enumerate(texts, 1)]
    d.narrative = read_claims(d.paragraphs, d.year or year)
    return [f for f in run_rules(d, Context(), select=["TXT"]) if f.severity.value != "info"]


def brief(findings):
    return [(f.code, f.expected, f.actual) for f in findings]


# ------------------------------------------------------------------ TXT003: this year's amount said earlier
def test_a_budget_amount_said_earlier_is_this_years_base_only_in_a_budget():
    """In a 预算 “基本支出预算数为110万元” is this year's amount (no table says it here): 10 ÷ (110 − 10) = 10 %."""
    text = "基本支出预算数为110万元。基本支出比上年增加10万元，增长{}。"
    (f,) = run([text.format("12%")], stage="预算")
    assert brief([f]) == [("TXT003", "10%", "12%")]
    assert f.message == "文中“增长12%”与增减额不符：10 ÷ 上年数 100（110 − 10）= 10.00%；以本年数为分母也只有 9.09%。"
    assert f.locations[0].sentence == "基本支出比上年增加10万元，增长12%。"
    assert run([text.format("10%")], stage="预算") == []
    # in a 决算 the 预算数 is the budget beside it, not this year's amount: nothing to judge the rate against
    assert run([text.format("12%")], stage="决算") == []


# ------------------------------------------------------------------ TXT003/005/006/010: a rate of two stated amounts
TWO = "2025年当年预算执行数为{}万元，2026年预算安排{}万元，比2025年预算执行数{}。"


def test_a_rate_of_two_amounts_in_one_sentence():
    """(B − A) ÷ A with both amounts as printed; the correct rate, at either precision, draws nothing."""
    assert run([TWO.format("100.00", "110.00", "增加10%")], stage="预算", year=2026) == []
    assert run([TWO.format("100.00", "110.00", "增加10.00%")], stage="预算", year=2026) == []
    (f,) = run([TWO.format("100.00", "99.00", "减少1.1%")], stage="预算", year=2026)
    assert brief([f]) == [("TXT003", "1.0%", "1.1%")]
    assert f.message == "文中“减少1.1%”与同一句所说的两个数不符：（99.00 − 100.00）÷ 100.00 = -1.00%。"
    (t,) = run([TWO.format("100.00", "110.00", "增加9.9%")], stage="预算", year=2026)
    assert brief([t]) == [("TXT010", "10.0%", "9.9%")]
    assert t.severity.value == "warning"
    assert t.message == ("文中“增加9.9%”：（110.00 − 100.00）÷ 100.00 = 10.00%，文中的数是截断而不是四舍五入的结果，"
                         "应为 10.0%。")


def test_a_rate_of_two_amounts_the_wrong_way_round_or_on_a_zero_base():
    (up,) = run([TWO.format("100.00", "99.50", "增加0.5%")], stage="预算", year=2026)
    assert brief([up]) == [("TXT006", "0.5%", "0.5%")]
    assert up.message == ("文中“增加0.5%”：同一句的两个数 100.00万元、99.50万元，（99.50 − 100.00）÷ 100.00 = -0.50%，"
                          "应为下降，方向相反。")
    (down,) = run([TWO.format("100.00", "100.40", "减少0.4%")], stage="预算", year=2026)
    assert brief([down]) == [("TXT006", "0.4%", "0.4%")]
    assert "（100.40 − 100.00）÷ 100.00 = 0.40%，应为增长，方向相反。" in down.message
    (z,) = run([TWO.format("0", "110", "增加100%")], stage="预算", year=2026)
    assert brief([z]) == [("TXT005", None, "100%")]
    assert z.message == "文中“增加100%”：同一句所说的比较基数为 0万元，基数为零时不能计算增长率（110万元 ÷ 0）。"
    # equal amounts said to rise by 0 %: nothing to report
    assert run([TWO.format("100.00", "100.00", "增加0%")], stage="预算", year=2026) == []


def test_a_rate_of_two_amounts_in_a_final_account():
    """“本年收入合计B，上年为A，增长C%” in a 决算; a 决算's “预算安排B” is not this year's amount: not judged."""
    said = "本部门2019年度本年收入合计110.00万元，上年为100.00万元，增长{}。"
    (f,) = run([said.format("12%")], stage="决算")
    assert brief([f]) == [("TXT003", "10%", "12%")]
    assert f.message == "文中“增长12%”与同一句所说的两个数不符：（110.00 − 100.00）÷ 100.00 = 10.00%。"
    assert run([said.format("10%")], stage="决算") == []
    assert run([TWO.format("100.00", "99.00", "减少1.1%")], stage="决算", year=2026) == []


# ------------------------------------------------------------------ TXT003: a base stated in the sentence
BASE = "2026年度部门支出预算安排与2025年度相比（2025年度部门支出预算安排为100.00万元），{}10.00万元，{}{}。"


def test_a_rate_on_a_stated_base_rising_or_falling():
    """This year is the stated base ± the change (100.00 ± 10.00); the rate is of the base, to its printed interval."""
    assert run([BASE.format("增加", "增长", "10%")], stage="预算", year=2026) == []
    assert run([BASE.format("减少", "下降", "10%")], stage="预算", year=2026) == []
    (f,) = run([BASE.format("增加", "增长", "11%")], stage="预算", year=2026)
    assert brief([f]) == [("TXT003", "10%", "11%")]
    assert f.message == ("文中“增长11%”与增减额不符：10.00 ÷ 上年数 100.00（110.00 − 10.00）= 10.00%；"
                         "以本年数为分母也只有 9.09%。")
    (w,) = run([BASE.format("减少", "下降", "11%")], stage="预算", year=2026)
    assert brief([w]) == [("TXT004", "10%", "11%")]
    assert w.message == "文中“下降11%”：10.00 ÷ 90.00 = 11.11%，以本年数为分母；按上年数 100.00（90.00 + 10.00）计算应为 10%。"
    (t,) = run([BASE.format("减少", "下降", "9%")], stage="预算", year=2026)
    assert brief([t]) == [("TXT010", "10%", "9%")]
    assert t.message == "文中“下降9%”：10.00 ÷ 上年数 100.00 = 10.00%，文中的数是截断而不是四舍五入的结果，应为 10%。"


def test_a_change_equal_to_this_year_to_the_printed_edge_has_no_base():
    """9.9 万元 this year after a rise of 10.0: last year was at most 9.95 − 9.95 = 0, no rate can be computed."""
    (f,) = run(["本部门2019年度本年收入合计9.9万元，比上年增加10.0万元，增长50%。"])
    assert brief([f]) == [("TXT005", None, "50%")]
    assert f.message == "文中“增长50%”：增减额 10.0万元 等于本年数（文中 9.9万元），上年数为零，不能计算增长率。"


WRONG = "本部门2019年度收支总计110.00万元，比上年增加10.00万元，增长12%。"


def test_each_rate_is_judged_after_one_skipped_or_reported():
    """A zero base (TXT005), a right rate, one on this year's amount (TXT004), a cut one (TXT010): the wrong rate
    after each is still reported."""
    before = {"TXT005": "本部门2019年度本年收入合计10万元，比上年增加10万元，增长50%。",
              None: "本部门2019年度本年支出合计110.00万元，比上年增加10.00万元，增长10%。",
              "TXT004": "本部门2019年度本年支出合计110.00万元，比上年增加10.00万元，增长9.09%。",
              "TXT010": "本部门2019年度本年支出合计110.00万元，比上年增加10.00万元，增长9.9%。"}
    for code, first in before.items():
        got = sorted((f.code, f.locations[0].sentence) for f in run([first, WRONG]))
        assert got == sorted(([(code, first)] if code else []) + [("TXT003", WRONG)]), code
    # a budget comparison on a zero budget is not TXT005's (that is of last year); the next rate still is judged
    assert brief(run(["本部门2019年度本年支出合计10万元，比预算增加10万元，增长50%。", WRONG])) == [("TXT003", "10%", "12%")]


def test_a_rate_of_two_small_amounts_to_the_edge_of_its_interval():
    """1.00 → 1.50: the rise is 0.49 to 0.51, the base 0.995 to 1.005, so the rate lies in
    [0.49 ÷ 1.005, 0.51 ÷ 0.995] = [48.76 %, 51.26 %]: 48.8 % and 51.2 % agree, 48.7 % is cut, 51.4 % is wrong."""
    said = [TWO.format("1.00", "1.50", f"增加{r}") for r in ("48.8%", "51.2%", "48.7%", "51.4%")]
    assert run(said[:2], stage="预算", year=2026) == []
    assert brief(run(said[2:], stage="预算", year=2026)) == [("TXT003", "50.0%", "51.4%"), ("TXT010", "50.0%", "48.7%")]
    # a base under 1 万元 is still a base: 0.50 → 1.00 is a rise of 100 %
    assert run([TWO.format("0.50", "1.00", "增加100%")], stage="预算", year=2026) == []


def test_a_fall_of_two_amounts_rounded_cut_or_wrong_and_an_unchanged_amount_said_to_move():
    assert run([TWO.format("300.00", "100.00", "减少66.7%")], stage="预算", year=2026) == []
    (t,) = run([TWO.format("300.00", "100.00", "减少66.6%")], stage="预算", year=2026)
    assert brief([t]) == [("TXT010", "66.7%", "66.6%")]
    assert t.message == ("文中“减少66.6%”：（100.00 − 300.00）÷ 300.00 = -66.67%，文中的数是截断而不是四舍五入的结果，"
                         "应为 66.7%。")
    (w,) = run([TWO.format("300.00", "100.00", "减少67.5%")], stage="预算", year=2026)
    assert brief([w]) == [("TXT003", "66.7%", "67.5%")]
    # the same amount twice said to rise or fall by 0.5 %: the rate is wrong (0.00 %), not its direction
    for word in ("增加", "减少"):
        (f,) = run([TWO.format("100.00", "100.00", f"{word}0.5%")], stage="预算", year=2026)
        assert brief([f]) == [("TXT003", "0.0%", "0.5%")]
        assert f.message == f"文中“{word}0.5%”与同一句所说的两个数不符：（100.00 − 100.00）÷ 100.00 = 0.00%。"


# ------------------------------------------------------------------ TXT006: against the budget, after an item that meets it
def test_a_change_against_the_budget_is_judged_after_an_item_whose_budget_it_meets(sample_disclosure):
    """公开07表 2024: 因公出国（境）费 决算 0.00 = 预算 0.00 (nothing to say about its direction); 公务接待费 决算 1.26 <
    预算 3.00, so “较预算增加1.74万元” is the wrong way round."""
    d = sample_disclosure("2024")
    first = "本部门2024年度因公出国（境）费支出0万元，较预算增加1万元。"
    wrong = "公务接待费支出1.26万元，较预算增加1.74万元。"
    (f,) = run([first + wrong], d, year=2024)
    assert (f.code, f.locations[0].sentence) == ("TXT006", wrong)
    assert f.message == "文中“增加1.74万元”：公开07表「决算数」「公务接待费」列决算数 1.26小于预算数 3.00，应为“减少1.74万元”。"
    assert run([first + wrong.replace("增加", "减少")], d, year=2024) == []


# ------------------------------------------------------------------ TXT007: parts after a total that cannot be judged
SANGONG = ("本部门2019年度“三公”经费支出比上年减少{}万元，其中：因公出国（境）费与上年持平，公务用车购置及运行维护费减少0.98万元，"
           "公务接待费减少2.06万元。")
FUNDS = "本部门2019年度财政拨款支出{}万元，其中：一般公共预算财政拨款支出80万元，政府性基金预算财政拨款支出10万元。"


def test_a_part_unchanged_counts_as_zero_in_the_sum_of_changes():
    (f,) = run([SANGONG.format("2.7")])
    assert brief([f]) == [("TXT007", "-3.04", "-2.7")]
    assert f.message == ("文中“减少2.7万元”（三公经费比上年）：文中各组成部分的增减为 因公出国(境)费 0 − 公务用车购置及运行维护费 "
                         "0.98 − 公务接待费 2.06 = -3.04，与 -2.7 不符。")
    assert [loc.sentence is not None for loc in f.locations] == [True] * 4  # the total, then each part
    assert run([SANGONG.format("3.04")]) == []


def test_each_total_is_judged_after_one_that_cannot_be_or_adds_up():
    wrong_change, wrong_amount = SANGONG.format("2.7"), FUNDS.format("100")
    skipped = ["本部门2019年度“三公”经费支出10万元，其中：公务接待费5万元。",  # two parts not stated
               "本部门2019年度“三公”经费支出6万元，其中：因公出国（境）费1万元，公务用车购置及运行维护费2万元，"
               "公务接待费3万元。",  # adds up
               "本部门2019年度财政拨款基本支出比上年增加5万元，其中：人员经费增加4万元。",  # 公用经费's change not stated
               "本部门2019年度财政拨款基本支出比上年增加5万元，其中：人员经费增加4万元，公用经费增加1万元。",  # adds up
               "本部门2019年度“三公”经费支出比上年下降10%，其中：因公出国（境）费减少1万元，公务用车购置及运行维护费减少1万元，"
               "公务接待费减少1万元。"]  # the total's change is a rate only: nothing to add up to
    for first in skipped:
        got = sorted((f.code, f.expected, f.actual) for f in run([first, wrong_change, wrong_amount]))
        assert got == [("TXT007", "-3.04", "-2.7"), ("TXT007", "90", "100")], first


def test_an_optional_part_left_unsaid_only_when_its_table_has_none(monkeypatch):
    """财政拨款支出 = 一般公共预算 + 政府性基金 (+ 国有资本经营, optional): with no 国有资本经营 figure, or a zero one,
    two parts are the whole sum; with a non-zero one the sum of two is not the total's (not judged)."""
    from decimal import Decimal

    from govaudit.checks import narrative
    from govaudit.checks.narrative_common import TableValue
    from govaudit.model import Figure

    (f,) = run([FUNDS.format("100")])  # no tables at all
    assert brief([f]) == [("TXT007", "90", "100")]
    assert f.message == ("文中“财政拨款支出100万元”，而文中所说各组成部分之和为 一般公共预算财政拨款支出 80万元 + "
                         "政府性基金预算财政拨款支出 10万元 = 90，相差 10.00。")
    real = narrative.subject_value

    def with_soe(value):  # the 国有资本经营 table prints `value` (twice: two cells of its row)
        def get(disclosure, subject, budget=False):
            if subject != "国有资本经营预算财政拨款支出":
                return real(disclosure, subject, budget)
            fig = Figure(value=Decimal(value), decimals=2, source=Location(file="t", sheet="s", cell="A1"))
            return TableValue([fig, fig], None, "公开08表「合计」", fig.source)
        return get

    monkeypatch.setattr(narrative, "subject_value", with_soe("0"))
    assert brief(run([FUNDS.format("100")])) == [("TXT007", "90", "100")]
    monkeypatch.setattr(narrative, "subject_value", with_soe("5"))
    assert run([FUNDS.format("100")]) == []


def test_parts_all_unchanged_sum_to_zero_without_a_sign():
    (f,) = run(["本部门2019年度“三公”经费支出比上年减少1万元，其中：因公出国（境）费与上年持平，公务用车购置及运行维护费与上年持平，"
                "公务接待费与上年持平。"])
    assert brief([f]) == [("TXT007", "0.00", "-1")]
    assert f.message == ("文中“减少1万元”（三公经费比上年）：文中各组成部分的增减为 因公出国(境)费 0 + 公务用车购置及运行维护费 0 "
                         "+ 公务接待费 0 = 0.00，与 -1 不符。")


def test_a_part_that_rose_by_zero_is_added_with_a_plus():
    (f,) = run(["本部门2019年度“三公”经费支出比上年减少1.1万元，其中：因公出国（境）费减少0.5万元，公务用车购置及运行维护费增加0.0万元，"
                "公务接待费减少0.3万元。"])
    assert brief([f]) == [("TXT007", "-0.8", "-1.1")]
    assert f.message == ("文中“减少1.1万元”（三公经费比上年）：文中各组成部分的增减为 − 因公出国(境)费 0.5 + 公务用车购置及运行维护费 "
                         "0.0 − 公务接待费 0.3 = -0.8，与 -1.1 不符。")


# ------------------------------------------------------------------ TXT011/TXT015: the whole of a share
def test_a_shares_whole_said_earlier_in_its_passage():
    """The whole said in another sentence or paragraph under the same heading is a denominator; under another
    heading it may be another body's (not used)."""
    whole, share = "本部门2019年度本年支出合计200万元。", "基本支出50万元，占本年支出合计的{}。"
    for texts in ([whole, share.format("20%")], [whole + share.format("20%")]):
        (f,) = run(texts)
        assert brief([f]) == [("TXT011", "25%", "20%")]
        assert f.message == "文中“占20%”与金额不符（基本支出）：50 ÷ 200（第1段所说本年支出合计）= 25.00%。"
    assert run([whole, share.format("25%")]) == []
    assert run([whole, "（二）基本支出", share.format("20%")]) == []


def test_a_cut_share_then_a_wrong_one_in_the_same_list():
    said = "本部门2019年度本年支出合计300.00万元，其中：项目支出200.00万元，占66.6%；基本支出100.00万元，占{}。"
    assert [(f.code, f.expected, f.actual, f.message) for f in run([said.format("30%")])] == [
        ("TXT010", None, "66.6%", "文中“占66.6%”：200.00 ÷ 300.00（文中本年支出合计）= 66.67%，文中的数是截断而不是四舍五入的结果。"),
        ("TXT011", "33%", "30%", "文中“占30%”与金额不符（基本支出）：100.00 ÷ 300.00（文中本年支出合计）= 33.33%。")]
    assert brief(run([said.format("33.3%")])) == [("TXT010", None, "66.6%")]


def _shares(third, second="49.17"):
    return ["（一）支出", f"本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占12.73%；甲项资金3000.27万元，"
                      f"占{second}%；乙项资金2324.26万元，占{third}%。"]


def test_shares_made_up_to_a_hundred_in_memory():
    """12.73 + 49.17 + 38.09 = 99.99: 38.10 printed to make 100 is TXT015 (warning), its expected value the true
    rounded share; one unit more, or a list not printed to 100, is TXT011."""
    assert run(_shares("38.09")) == []
    (w,) = run(_shares("38.10"))
    assert (w.code, w.severity.value, w.expected, w.actual) == ("TXT015", "warning", "38.09%", "38.10%")
    assert w.message == ("文中“占38.10%”：2324.26 ÷ 6101.24（文中本年支出合计）= 38.09%。同列各项占比（12.73%、49.17%、38.10%）"
                         "印出的合计恰为 100%，按四舍五入应为 38.09%，各项合计则为 99.99%：多半是为使合计为 100% 作的尾差调整，"
                         "宜在文中注明或按四舍五入填写。")
    assert brief(run(_shares("38.20"))) == [("TXT011", "38.09%", "38.20%")]
    assert brief(run(_shares("38.08", "49.19"))) == [("TXT011", "49.17%", "49.19%"), ("TXT011", "38.09%", "38.08%")]
    # the next share is still judged after a tail adjustment
    later = _shares("38.10") + ["（二）其他", "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占13.73%。"]
    assert brief(run(later)) == [("TXT011", "12.73%", "13.73%"), ("TXT015", "38.09%", "38.10%")]


def test_a_share_against_several_wholes_shows_each_and_expects_the_last():
    """The whole said in the sentence (250) and, differently, in the paragraph before (200): both quotients are
    shown; the expected share is of the last whole (the tables' when there is one, here the earlier statement)."""
    findings = run(["本部门2019年度本年支出合计200万元。", "本年支出合计250万元，其中：基本支出50万元，占30%。"])
    assert [(f.code, f.expected, f.actual) for f in findings] == [("TXT002", "200", "250"), ("TXT011", "25%", "30%")]
    assert findings[1].message == ("文中“占30%”与金额不符（基本支出）：50 ÷ 250（文中本年支出合计）= 20.00%；"
                                   "50 ÷ 200（第1段所说本年支出合计）= 25.00%。")


# ------------------------------------------------------------------ TXT012
def test_a_completion_rate_of_a_sentence_without_a_subject_opening_the_text():
    """“全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的…”: its own two amounts, the first claim of the text."""
    said = "全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的{}。"
    assert run([said.format("98.69%")]) == []
    (f,) = run([said.format("90%")])
    assert brief([f]) == [("TXT012", "99%", "90%")]
    assert f.message == "文中“完成全年预算数的90%”与决算数、预算数不符：51.32 ÷ 文中全年预算数 52.00万元 = 98.69%。"


def test_a_completion_rate_on_this_years_amount_said_before():
    """No table: this year's 90.00 said in the sentence before; the budget is 90.00 + 10.00 from the change."""
    said = "本部门2019年度本年支出合计90.00万元。本年支出合计比年初预算减少10.00万元，完成年初预算的{}。"
    assert run([said.format("90%")]) == []
    (f,) = run([said.format("95%")])
    assert brief([f]) == [("TXT012", "90%", "95%")]
    assert f.message == "文中“完成年初预算的95%”与决算数、预算数不符：90.00 ÷ 预算数 100.00（90.00 + 10.00） = 90.00%。"


def test_a_completion_rate_takes_budgets_of_its_own_sentence_only():
    """A 年初预算 of 180.00 in another paragraph is not this sentence's budget (its 50 % would fit 90 ÷ 180)."""
    (f,) = run(["本部门2019年度年初预算为180.00万元。", "本年支出合计90.00万元，比年初预算减少10.00万元，完成年初预算的50%。"])
    assert brief([f]) == [("TXT012", "90%", "50%")]
    assert f.message == "文中“完成年初预算的50%”与决算数、预算数不符：90.00 ÷ 预算数 100.00（90.00 + 10.00） = 90.00%。"


COMPLETE = "年初预算为{}万元，全年预算为321.02万元，支出决算为307.83万元，完成{}预算的{}。"


def test_a_completion_of_a_zero_budget_named_by_its_word():
    (f,) = run([COMPLETE.format("0", "年初", "95.89%")])
    assert brief([f]) == [("TXT012", "年初预算为零，不能计算", "95.89%")]
    assert f.message == ("文中“完成年初预算的95.89%”：同一句说年初预算数为 0万元，预算为零时不能算出完成预算的百分比"
                         "（文中决算数 307.83万元 ÷ 0）；按全年预算数 321.02万元计算，307.83 ÷ 321.02 = 95.89%，"
                         "文中的百分比可能是按这个预算数算的。")
    (h,) = run([COMPLETE.format("0", "年初", "0.5%")])  # any share above zero of a zero budget
    assert h.expected == "年初预算为零，不能计算"
    assert run([COMPLETE.format("0", "年初", "0%")]) == []  # 0 % of nothing: not claimed to be completed
    assert run([COMPLETE.format("0", "全年", "95.89%")]) == []  # the named budget is the 全年 one
    (w,) = run([COMPLETE.format("0.00", "全年", "90%")])
    assert brief([w]) == [("TXT012", "96%", "90%")]
    assert w.message == "文中“完成全年预算的90%”与决算数、预算数不符：307.83 ÷ 文中全年预算数 321.02万元 = 95.89%。"


def test_a_completion_of_the_named_non_zero_budget():
    assert run([COMPLETE.format("300.00", "年初", "102.61%")]) == []
    (f,) = run([COMPLETE.format("300.00", "年初", "95.89%")])  # of the 全年 budget, said to be of the 年初 one
    assert brief([f]) == [("TXT012", "102.61%", "95.89%")]
    assert f.message == "文中“完成年初预算的95.89%”与决算数、预算数不符：307.83 ÷ 文中年初预算数 300.00万元 = 102.61%。"
    (one,) = run([COMPLETE.format("1", "年初", "95.89%")])  # a budget of 1 万元 is not zero
    assert brief([one]) == [("TXT012", "30783.00%", "95.89%")]


def test_each_completion_is_judged_after_one_without_an_amount():
    wrong = "全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的90%。"
    got = run(["某某专项完成年初预算的90%。", wrong])  # no amount of its own, no table: not judged
    assert [(f.code, f.locations[0].paragraph) for f in got] == [("TXT012", 2)]
    # and after one of a zero budget
    got = run([COMPLETE.format("0", "年初", "95.89%"), wrong])
    assert [(f.code, f.expected, f.locations[0].paragraph) for f in got] == [
        ("TXT012", "年初预算为零，不能计算", 1), ("TXT012", "99%", 2)]


def test_a_completion_against_the_tables_budget_unless_another_budget_is_named(sample_disclosure):
    """公开07表 2019: “三公”经费 决算 3.68, 预算 7.50 (49.07 %). A sentence naming only a 全年 budget while speaking
    of the 年初 one is not judged against the table (which budget the table prints is not said)."""
    d = sample_disclosure("2019")
    assert run(["本部门2019年度“三公”经费支出3.68万元，完成预算的49.07%。"], d) == []
    (f,) = run(["本部门2019年度“三公”经费支出3.68万元，完成预算的60%。"], d)
    assert brief([f]) == [("TXT012", "49%", "60%")]
    assert f.message == "文中“完成预算的60%”与决算数、预算数不符：3.68 ÷ 公开07表「预算数」 7.50 = 49.07%。"
    # (no TXT012; the 全年 budget itself is not the table's 全年 预算数 7.50: TXT001)
    assert [f.code for f in run(["本部门2019年度“三公”经费全年预算为8.00万元，支出决算3.68万元，完成年初预算的60%。"], d)] \
        == ["TXT001"]


def test_each_completion_is_judged_after_one_without_a_budget_a_right_one_and_a_cut_one():
    said = "全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的{}。"
    got = run(["本部门2019年度本年支出合计90.00万元，完成年初预算的90%。", said.format("98.6%"), said.format("98.69%"),
               said.format("90%")])
    assert [(f.code, f.expected, f.actual, f.locations[0].paragraph) for f in got] == [
        ("TXT010", None, "98.6%", 2), ("TXT012", "99%", "90%", 4)]
    assert got[0].message == "文中“完成全年预算数的98.6%”：51.32 ÷ 文中全年预算数 52.00万元 = 98.69%，文中的数是截断而不是四舍五入的结果。"


# ------------------------------------------------------------------ TXT014
PAIR = "全年预算为{}万元，支出决算为{}万元。"


def test_more_or_less_than_the_budget_said_of_the_sentence_before():
    (f,) = run([PAIR.format("17.68", "11.31") + "决算数大于全年预算数的主要原因是节约开支。"])
    assert (f.code, f.expected, f.actual) == ("TXT014", "小于", "大于")
    assert f.message == ("文中说决算数“大于”全年预算数，但上一句的决算数 11.31 万元小于全年预算数 17.68 万元"
                         "（11.31 − 17.68 = -6.37）。")
    assert f.locations[0].sentence == "决算数大于全年预算数的主要原因是节约开支。"
    assert run([PAIR.format("17.68", "11.31") + "决算数小于全年预算数的主要原因是节约开支。"]) == []
    (g,) = run([PAIR.format("10.00", "11.31") + "决算数小于全年预算数的主要原因是节约开支。"])
    assert (g.expected, g.actual) == ("大于", "小于")
    assert g.message == ("文中说决算数“小于”全年预算数，但上一句的决算数 11.31 万元大于全年预算数 10.00 万元"
                         "（11.31 − 10.00 = 1.31）。")
    (e,) = run([PAIR.format("17.68", "17.68") + "决算数小于全年预算数的主要原因是节约开支。"])
    assert (e.expected, e.actual) == ("等于", "小于")
    # the same sentence's own amounts
    (s,) = run(["全年预算为17.68万元，支出决算为11.31万元，决算数大于全年预算数。"])
    assert s.message == ("文中说决算数“大于”全年预算数，但同一句的决算数 11.31 万元小于全年预算数 17.68 万元"
                         "（11.31 − 17.68 = -6.37）。")


def test_level_with_the_budget_within_one_percent():
    (f,) = run([PAIR.format("17.68", "11.31") + "决算数与全年预算数持平。"])
    assert (f.code, f.expected, f.actual) == ("TXT014", "小于", "持平")
    assert run([PAIR.format("17.68", "17.60") + "决算数与全年预算数持平。"]) == []  # 0.08 < 1 % of 17.68
    assert run([PAIR.format("17.68", "11.31") + "决算数与全年预算数基本持平。"]) == []  # not judged
    (edge,) = run([PAIR.format("100.00", "99.00") + "决算数与全年预算数持平。"])  # exactly 1 %: not level
    assert (edge.expected, edge.actual) == ("小于", "持平")
    assert run([PAIR.format("100.00", "99.01") + "决算数与全年预算数持平。"]) == []


def test_the_named_budget_of_two():
    two = "年初预算为10.00万元，全年预算为17.68万元，支出决算为11.31万元。"
    (f,) = run([two + "决算数小于年初预算数。"])
    assert f.message == ("文中说决算数“小于”年初预算数，但上一句的决算数 11.31 万元大于年初预算数 10.00 万元"
                         "（11.31 − 10.00 = 1.31）。")
    assert run([two + "决算数大于年初预算数。"]) == []
    assert run([two + "决算数小于全年预算数。"]) == []


def test_level_with_the_budget_against_the_tables(sample_disclosure):
    d = sample_disclosure("2019")  # 公开07表 “三公”经费 决算 3.68, 预算 7.50
    (f,) = run(["本部门2019年度“三公”经费支出与预算持平。"], d)
    assert (f.code, f.expected, f.actual) == ("TXT014", "小于", "持平")
    assert f.message == ("文中说三公经费支出与预算“持平”，但公开07表「决算数」为 3.68 万元，小于公开07表「预算数」 7.50 万元"
                         "（3.68 − 7.50 = -3.82）。")
    assert len(f.locations) == 3  # the sentence, then the two table cells
    assert run(["本部门2019年度“三公”经费支出与预算基本持平。"], d) == []


def test_each_comparison_with_the_budget_is_judged_after_a_skipped_one():
    wrong = PAIR.format("17.68", "11.31") + "决算数大于全年预算数的主要原因是节约开支。"
    for first in ("决算数小于预算数。",  # no amounts before it
                  PAIR.format("17.68", "17.60") + "决算数与全年预算数持平。",  # level within 1 %
                  PAIR.format("17.68", "11.31") + "决算数小于全年预算数。"):  # right
        got = run([first, wrong])
        assert [(f.code, f.locations[0].paragraph) for f in got] == [("TXT014", 2)], first


def test_a_comparison_with_its_own_amounts_ignores_the_sentence_before():
    (f,) = run([PAIR.format("50.00", "60.00") + "全年预算为17.68万元，支出决算为11.31万元，决算数大于全年预算数。"])
    assert (f.code, f.expected, f.actual) == ("TXT014", "小于", "大于")
    assert "同一句的决算数 11.31 万元小于全年预算数 17.68 万元" in f.message


def test_more_or_less_than_the_budget_where_the_printed_intervals_just_touch():
    """11.31 (up to 11.315) and 11.32 (from 11.315) may be the same amount: neither “大于” nor “小于” is wrong."""
    assert run([PAIR.format("11.32", "11.31") + "决算数大于全年预算数。"]) == []
    assert run([PAIR.format("11.31", "11.32") + "决算数小于全年预算数。"]) == []
    (f,) = run([PAIR.format("11.33", "11.31") + "决算数大于全年预算数。"])
    assert (f.expected, f.actual) == ("小于", "大于")


def test_level_with_the_budget_against_the_tables_within_one_percent(sample_disclosure, monkeypatch):
    import dataclasses
    from decimal import Decimal

    from govaudit.checks import narrative

    d = sample_disclosure("2019")
    real = narrative.subject_value

    def final_of(value):  # 公开07表 “三公”经费 预算 7.50 kept, its 决算 printed as `value`
        def get(disclosure, subject, budget=False):
            tv = real(disclosure, subject, budget)
            if budget or tv is None:
                return tv
            return dataclasses.replace(tv, figures=[tv.figures[0].model_copy(update={"value": Decimal(value)})])
        return get

    said = ["本部门2019年度“三公”经费支出与预算持平。"]
    monkeypatch.setattr(narrative, "subject_value", final_of("7.45"))  # 0.05 < 1 % of 7.50
    assert run(said, d) == []
    monkeypatch.setattr(narrative, "subject_value", final_of("7.43"))  # 0.07 < 0.075
    assert run(said, d) == []
    monkeypatch.setattr(narrative, "subject_value", final_of("7.42"))  # 0.08 > 0.075
    (f,) = run(said, d)
    assert (f.code, f.expected, f.actual) == ("TXT014", "小于", "持平")
    assert "「决算数」为 7.42 万元，小于公开07表「预算数」 7.50 万元（7.42 − 7.50 = -0.08）" in f.message
    monkeypatch.setattr(narrative, "subject_value", final_of("7.58"))
    (g,) = run(said, d)
    assert (g.expected, g.actual) == ("大于", "持平")
    assert "「决算数」为 7.58 万元，大于公开07表「预算数」 7.50 万元（7.58 − 7.50 = 0.08）" in g.message


def test_level_with_the_budget_of_an_item_the_tables_print_no_budget_for(sample_disclosure):
    assert run(["本部门2019年度基本支出与预算持平。"], sample_disclosure("2019")) == []


# ------------------------------------------------------------------ TXT013
def test_a_wrong_year_reported_once_a_sentence_and_in_each_sentence():
    got = run(["本部门2019年度收入与2017年度决算相比增加10万元，支出与2017年度决算相比增加10万元。"
               "本年支出合计与2019年度相比增加5万元。"])
    assert [(f.code, f.severity.value, f.expected, f.actual) for f in got] == [
        ("TXT013", "warning", "2018", "2017"), ("TXT013", "error", "2018", "2019")]
    assert got[1].message == ("文中“本年支出合计与2019年度相比增加5万元。”：本说明是 2019 年度的，与上年比较应为 2018 年度，"
                              "文中为 2019 年度。")
    assert run(["本部门2019年度收入与2018年度决算相比增加10万元。"]) == []


def test_two_amounts_that_may_be_equal_are_no_contrary_direction():
    """100.00 and 100.01 may both be 100.005: the change may be zero, so a stated fall (or rise) is a wrong rate
    (TXT003), not a wrong direction (TXT006)."""
    (f,) = run([TWO.format("100.00", "100.01", "减少0.5%")], stage="预算", year=2026)
    assert (f.code, f.expected, f.actual) == ("TXT003", "0.0%", "0.5%")
    assert f.message == "文中“减少0.5%”与同一句所说的两个数不符：（100.01 − 100.00）÷ 100.00 = 0.01%。"
    (g,) = run([TWO.format("100.01", "100.00", "增加0.5%")], stage="预算", year=2026)
    assert (g.code, g.expected, g.actual) == ("TXT003", "0.0%", "0.5%")


def test_a_shares_whole_of_its_own_passage_after_another_passages():
    got = run(["本部门2019年度本年支出合计300万元。", "（二）基本支出", "本年支出合计200万元。", "基本支出50万元，占本年支出合计的20%。"])
    assert brief(got) == [("TXT011", "25%", "20%")]
    assert got[0].message == "文中“占20%”与金额不符（基本支出）：50 ÷ 200（第3段所说本年支出合计）= 25.00%。"


def test_a_share_one_unit_off_in_a_list_not_printed_to_a_hundred_is_wrong():
    """12.73 + 49.17 + 38.08 = 99.98: nothing was made up to 100, so 38.08 (38.09) is a wrong share."""
    assert brief(run(_shares("38.08"))) == [("TXT011", "38.09%", "38.08%")]
