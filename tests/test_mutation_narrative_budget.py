"""The narrative of a 预算 against its own tables, claim by claim (fast: the samples are read once; each text is
judged in memory). Covers the 预算 wordings of recognize/claims.py and checks/narrative*.py line by line (issue 14),
beside the end-to-end shapes of test_narrative_shapes.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.checks.narrative_common import merged, place
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


SHANGHAI = "预算公开表-2026-上海部门-无误.xlsx"  # 收入总计 2129.9283, 财政拨款 2082.3283, 一般公共预算 1817.3283
JIANGSU = "预算公开表-2019-江苏式-无误.xlsx"  # 本年收入合计 13377.11, 单位预留机动经费 1886.02, “三公”经费 236.60


def judge(texts, name=None, year=2026):
    d = sample(name).model_copy(deep=True) if name else Disclosure(path="t")
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                    for i, t in enumerate(texts, 1)]
    d.narrative = read_claims(d.paragraphs, d.year or year)
    return [(f.code, f.expected, f.actual) for f in run_rules(d, Context(), select=["TXT"]) if f.severity.value != "info"]


def claims(texts, year=2026):
    paras = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(paras, year).claims


def amounts(texts):
    return [(c.subject, c.known, c.amount.text) for c in claims(texts) if c.kind == "amount"]


# ------------------------------------------------------------------ the whole's names read only standing alone
@pytest.mark.parametrize("text", [
    "（一）收入预算总计2,129.93万元。", "收入预算总计2,129.93万元。", "2026年收入预算总计2,129.93万元。",
    "2026年度收入预算总计2,129.93万元。", "本部门收入预算总计2,129.93万元。", "某某街道办事处收入预算2,129.93万元。",
    "某某街道办事处（部门）收入预算2,129.93万元。", "1.收入预算总计2,129.93万元。", "(2)支出预算总计2,129.93万元。",
])
def test_a_whole_named_alone_or_after_the_department(text):
    assert amounts([text]) == [("收支预算总计", True, "2129.93万元")]
    assert judge([text.replace("2,129.93", "2,139.93")], SHANGHAI) == [("TXT001", "2129.93", "2139.93")]
    assert judge([text], SHANGHAI) == []


@pytest.mark.parametrize("text", ["财政专户收入预算总计15万元。", "非税收入预算15万元。", "2018年预算支出合计15万元。"])
def test_a_whole_qualified_by_other_words_is_not_the_whole(text):
    assert [known for _s, known, _a in amounts([text])] == [False]


def test_a_public_institutions_operating_total_is_its_operating_spending():
    # (s16rev r7: "事业单位经营支出" is 经营支出's alias; this case pinned it unread, which kept it from the 支出合计 whole)
    assert amounts(["事业单位经营支出合计15万元。"]) == [("经营支出", True, "15万元")]


def test_a_year_word_before_a_whole_is_its_own_only_at_the_end():
    assert amounts(["全年支出合计15万元。"])[0][1] is True
    assert amounts(["全年专项支出合计15万元。"])[0][1] is False  # (经营支出 is a subject of its own since s12)


# ------------------------------------------------------------------ 预算 amounts against the tables
def test_shanghai_budget_spending_by_fund():
    text = ("财政拨款支出预算中，一般公共预算拨款支出预算{}万元，比2025年预算减少20万元；政府性基金拨款支出预算265万元，"
            "比2025年预算增加202.33万元；国有资本经营预算拨款支出预算0万元，与2025年预算持平。")
    assert judge([text.format("1,817.33")], SHANGHAI) == []
    assert judge([text.format("1,827.33")], SHANGHAI) == [("TXT001", "1817.33", "1827.33")]


def test_a_budget_amount_is_this_years_only_in_a_budget(sample_disclosure):
    said = "2026年“三公”经费预算数为9.07万元。"
    assert judge([said], SHANGHAI) == [("TXT001", "9.70", "9.07")]
    assert judge(["2025年“三公”经费预算数为9.07万元。"], SHANGHAI) == []  # last year's
    # a 决算's “预算数” is the budget beside the 决算, not the 决算's own amount: judged against 公开07表's 预算数 7.50
    # (not its 决算数 3.68)
    d = sample_disclosure("2019").model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=1, text="本部门2019年度“三公”经费预算数为9.07万元。",
                                  location=Location(file="t", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, 2019)
    found = [f for f in run_rules(d, Context(), select=["TXT001"]) if f.severity.value != "info"]
    assert [(f.code, f.expected, f.actual) for f in found] == [("TXT001", "7.50", "9.07")]
    assert "「预算数」" in found[0].message


def test_jiangsu_budget_items():
    assert judge(["单位预留机动经费预算数为1886.02万元。", "2.其他资金收入预算总计80万元。",
                  "2019年度本部门机关运行经费预算为1130.74万元。"], JIANGSU, 2019) == []
    assert judge(["单位预留机动经费预算数为1868.02万元。"], JIANGSU, 2019) == [("TXT001", "1886.02", "1868.02")]
    assert judge(["2.其他资金收入预算总计90万元。"], JIANGSU, 2019) == [("TXT001", "80.00", "90")]


def test_a_paragraph_opening_with_a_kuan_names_that_item():
    # (read as the 科目 its paragraph opens with, a 款 named 会议费 whose 类 is unsaid — no row of a 功能分类 table, so
    # never judged — not as the subject 会议费; s14budtext: under no heading of whose spending it was left unknown)
    assert amounts(["（8）会议费（款）支出1,094.62万元。"]) == [("·会议费", True, "1094.62万元")]
    assert amounts(["（8）会议费支出1,094.62万元。"]) == [("会议费", True, "1094.62万元")]
    # only its first sentence: the next one names its own subject
    assert amounts(["检察（款）：支出1万元。会议费支出2万元。"])[1] == ("会议费", True, "2万元")
    assert judge(["（8）会议费（款）支出1,094.62万元。"], JIANGSU, 2019) == []
    assert judge(["（8）会议费支出1,094.62万元。"], JIANGSU, 2019) == [("TXT001", "40.00", "1094.62")]


# ------------------------------------------------------------------ 科目 named with hyphens
LEAD = "财政拨款支出主要内容如下："


@pytest.mark.parametrize("item", ["“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目",
                                  "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”科目",
                                  "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”"])
def test_an_item_by_its_three_names(item):
    assert judge([LEAD, f"1.{item}753.88万元，主要用于行政单位的基本支出。"], SHANGHAI) == []
    assert judge([LEAD, f"1.{item}763.88万元，主要用于行政单位的基本支出。"], SHANGHAI) == [
        ("TXT001", "753.88", "763.88")]


def test_a_hyphen_item_is_no_heading_of_the_list():
    """The item paragraph itself ends with “：” sometimes; it does not become the list's heading."""
    found = [c for c in claims([LEAD, "1.一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行科目753.88万元，主要用于："])
             if c.kind == "amount"]
    assert [(c.item, c.scope) for c in found] == [(("一般公共服务支出", "政府办公厅(室)及相关机构事务", "行政运行"), "财政拨款支出")]
    # words between the name and the amount: not the item's amount
    other = [c for c in claims([LEAD, "1.一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行科目中人员经费753.88万元。"])
             if c.kind == "amount"]
    assert [c.item for c in other] == [None]


# ------------------------------------------------------------------ 持平 of two stated amounts
LEVEL = "2025年当年预算执行数为{}万元，2026年预算安排{}万元，比2025年预算执行数{}。"


def test_level_said_of_two_different_amounts():
    assert judge([LEVEL.format("15.00", "15.00", "持平")]) == []
    assert judge([LEVEL.format("15.00", "15.14", "持平")]) == []  # under 1 %
    assert judge([LEVEL.format("15.00", "15.15", "持平")]) == [("TXT006", "增加", "持平")]  # exactly 1 %
    assert judge([LEVEL.format("15.00", "14.80", "无变化")]) == [("TXT006", "减少", "无变化")]
    assert judge([LEVEL.format("15.00", "17.50", "基本持平")]) == []
    assert judge([LEVEL.format("0", "17.50", "持平")]) == [("TXT006", "增加", "持平")]  # no rate on a zero base


def test_level_of_two_amounts_needs_exactly_one_of_each():
    assert judge(["2025年当年预算执行数为15.00万元，2024年执行数为16.00万元，2026年预算安排17.50万元，比2025年预算执行数持平。"]) == []
    assert judge(["2026年预算安排17.50万元，比2025年预算执行数持平。"]) == []
    # a named subject's 持平 is about that subject, not the sentence's two amounts
    assert judge(["2025年当年预算执行数为15.00万元，2026年预算安排17.50万元，“三公”经费比2025年预算执行数持平。"]) == []
    # a 持平 compared with the budget is TXT014's
    assert [c.base for c in claims(["预算数为15万元，决算数为17.5万元，与预算持平。"]) if c.kind == "flat"] == [None]


def test_level_message_for_a_zero_base():
    d = sample(SHANGHAI).model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=1, text=LEVEL.format("0", "17.50", "持平"), location=Location(file="t", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, 2026)
    (f,) = [f for f in run_rules(d, Context(), select=["TXT006"]) if f.severity.value != "info"]
    assert f.message == "文中“比2025年预算执行数持平”：同一句的两个数 0万元、17.50万元 不相等，17.50 − 0 = 17.50，应为“增加”而不是“持平”。"


def test_a_templates_choice_is_no_level():
    assert [c.kind for c in claims(["财政拨款支出预算x万元，比2025年预算增加（减少）XXX万元（持平）。"])] == []
    assert [c.kind for c in claims(["财政拨款支出预算x万元，与2025年预算持平。"])] == ["flat"]


# ------------------------------------------------------------------ a named subject's stated base
def test_a_named_subjects_change_on_the_base_the_sentence_states():
    text = "2026年度部门支出预算安排与2025年度相比（2025年度部门支出预算安排为8,648.07万元），增加498.72万元，增长{}。"
    assert judge([text.format("5.77%")], SHANGHAI) == []
    assert judge([text.format("6.77%")], SHANGHAI) == [("TXT003", "5.77%", "6.77%")]
    # this year's amount in the sentence too: the change is of it, not of the stated base alone
    both = "本部门2026年收入预算总计2129.93万元，2025年收入预算总计为1900万元，收入预算总计比上年增加229.93万元，增长{}。"
    assert judge([both.format("12.10%")], SHANGHAI) == []
    (change,) = [c for c in claims([both.format("12.10%")]) if c.kind == "change"]
    assert change.base is None


# ------------------------------------------------------------------ a share of another figure of the row
def test_a_share_of_another_figure_in_the_row_is_named():
    d = sample(JIANGSU).model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=1, text="“三公”经费预算支出中，因公出国（境）费支出50.00万元，占“三公”经费的{}。".format(r),
                                  location=Location(file="t", paragraph=1)) for r in ("14.85%",)]
    d.narrative = read_claims(d.paragraphs, 2019)
    (f,) = [f for f in run_rules(d, Context(), select=["TXT011"]) if f.severity.value != "info"]
    assert "按同一行的「合计」336.60 计算为 50.00 ÷ 336.60 = 14.85%，与文中相符：分母可能取错了" in f.message
    d.paragraphs = [p.model_copy(update={"text": p.text.replace("14.85%", "17.85%")}) for p in d.paragraphs]
    d.narrative = read_claims(d.paragraphs, 2019)
    (g,) = [f for f in run_rules(d, Context(), select=["TXT011"]) if f.severity.value != "info"]
    assert "分母可能取错了" not in g.message and g.message.endswith("= 21.13%。")


# ------------------------------------------------------------------ one finding for a judgement said again
class _F:
    def __init__(self, code, message, loc, expected=None, actual=None):
        self.code, self.message, self.expected, self.actual, self.locations = code, message, expected, actual, [loc]

    def model_copy(self, update):
        out = _F(self.code, update.get("message", self.message), self.locations[0], self.expected, self.actual)
        out.locations = update.get("locations", self.locations)
        return out


def test_a_judgement_said_again_is_one_finding_listing_the_places():
    p = [Location(file="t", page=27, paragraph=3), Location(file="t", page=27, paragraph=5),
         Location(file="t", page=29, paragraph=9), Location(file="t", page=30, paragraph=12)]
    made = [_F("TXT010", "甲。", p[0], "10.16%", "10.15%"), _F("TXT010", "甲。", p[1], "10.16%", "10.15%"),
            _F("TXT003", "乙。", p[2]), _F("TXT010", "甲。", p[2], "10.16%", "10.15%"),
            _F("TXT010", "甲。", p[3], "10.16%", "10.2%")]
    out = list(merged(lambda d, ctx: iter(made))(None, None))
    assert [(f.code, f.message, [loc.paragraph for loc in f.locations]) for f in out] == [
        ("TXT010", "甲。同样的说法另有 2 处（第27页、第29页），不再另报。", [3, 5, 9]),
        ("TXT003", "乙。", [9]), ("TXT010", "甲。", [12])]
    assert merged(lambda d, ctx: iter(()))(None, None) is not None


def test_a_place_as_a_reader_finds_it():
    assert place(Location(file="t", page=5, paragraph=12, sheet="文档", cell="A12")) == "第5页"
    assert place(Location(file="t", paragraph=12, sheet="文档", cell="A12")) == "第12段"
    assert place(Location(file="t", sheet="情况说明", cell="A26")) == "A26"
    assert place(Location(file="t", sheet="情况说明")) == "情况说明"
    assert place(Location(file="t")) == ""


def test_level_message_gives_the_arithmetic():
    d = sample(SHANGHAI).model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=1, text=LEVEL.format("15.00", "12.5", "持平"), location=Location(file="t", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, 2026)
    (f,) = [f for f in run_rules(d, Context(), select=["TXT006"]) if f.severity.value != "info"]
    assert f.message == ("文中“比2025年预算执行数持平”：同一句的两个数 15.00万元、12.5万元 不相等，12.5 − 15.00 = -2.50，"
                         "减少16.67%，应为“减少”而不是“持平”。")


def test_claims_after_a_level_of_two_amounts_are_still_judged():
    assert judge([LEVEL.format("15.00", "15.00", "持平") + "本部门2026年“三公”经费比上年增加12万元，下降5%。"]) == [
        ("TXT006", None, None)]


def test_the_share_names_the_item_as_the_text_does():
    d = sample(JIANGSU).model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=1, text="“三公”经费预算支出中，公务用车购置及运行费支出156.60万元，占“三公”经费的46.52%。",
                                  location=Location(file="t", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, 2019)
    (f,) = [f for f in run_rules(d, Context(), select=["TXT011"]) if f.severity.value != "info"]
    assert "与金额不符（公务用车购置及运行费）" in f.message  # 156.60 ÷ 336.60 (合计) = 46.52 %
    assert "按同一行的「合计」336.60" in f.message


def test_another_figure_only_of_the_wholes_own_row():
    """本年收入合计 is a row of its own in 《财务收支预算总表》: 80 ÷ 13297.11 (the 财政拨款 row above it) = 0.6016 % is no
    “other figure of the row”."""
    assert judge(["本部门本年收入预算合计13377.11万元，其中：其他资金80.00万元，占0.6016%。"], JIANGSU, 2019) == [
        ("TXT011", "0.5980%", "0.6016%")]
    d = sample(JIANGSU).model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=1, text="本部门本年收入预算合计13377.11万元，其中：其他资金80.00万元，占0.6016%。",
                                  location=Location(file="t", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, 2019)
    (f,) = [f for f in run_rules(d, Context(), select=["TXT011"]) if f.severity.value != "info"]
    assert "分母可能取错了" not in f.message


def test_another_figure_of_the_row_after_blank_and_the_wholes_own():
    """江苏 2019: the 三公 row prints no 因公出国 figure; the share 50.00 ÷ 156.60 (公务用车购置及运行费, after the blank and
    after the “三公”经费 itself) is still found."""
    d = sample(JIANGSU).model_copy(deep=True)
    d.tables["B09"].rows[0].cells["abroad"] = None
    d.paragraphs = [TextParagraph(index=1, text="“三公”经费预算支出中，因公出国（境）费支出50.00万元，占“三公”经费的31.93%。",
                                  location=Location(file="t", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, 2019)
    (f,) = [f for f in run_rules(d, Context(), select=["TXT011"]) if f.severity.value != "info"]
    assert "计算为 50.00 ÷ 156.60 = 31.93%，与文中相符" in f.message


def test_level_message_rate_on_a_base_under_one():
    d = sample(SHANGHAI).model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=1, text=LEVEL.format("0.50", "0.80", "持平"), location=Location(file="t", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, 2026)
    (f,) = [f for f in run_rules(d, Context(), select=["TXT006"]) if f.severity.value != "info"]
    assert "0.80 − 0.50 = 0.30，增加60.00%，应为“增加”" in f.message


def test_a_budgets_parts_add_up_to_its_budget_amount():
    """上海: "“三公”经费预算数为9.70万元" (a 预算's budget amount is this year's) and its parts, each a paragraph."""
    parts = ["（一）因公出国（境）费0.00万元。", "（二）公务用车购置及运行费8.50万元。", "（三）公务接待费1.20万元。"]
    assert judge(["2026年“三公”经费预算数为9.70万元。其中："] + parts, SHANGHAI) == []
    assert judge(["2026年“三公”经费预算数为9.70万元。其中："] + parts[:1] + ["（二）公务用车购置及运行费8.80万元。"]
                 + parts[2:], SHANGHAI) == [("TXT001", "8.50", "8.80"), ("TXT007", "10.00", "9.70")]
    # a 决算's budget amount is not this year's: its parts are not summed against it
    assert judge(["2019年“三公”经费预算数为9.70万元。其中："] + parts[:1] + ["（二）公务用车购置及运行费8.80万元。"]
                 + parts[2:], year=2019) == []
