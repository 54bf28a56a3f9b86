"""预算 wording fixes of session 10 (s10budtext), each a rule, tested beside the two 预算 samples (上海 2026 部门 in 元,
江苏 2019 in 万元; figures in tests/test_narrative_budget_heldout10.py) and on a text without tables:

- a share of two decimals one unit of its last decimal off the rounded true share is a warning in a 预算 (TXT016,
  /work/shared/domain/budget.md §2.3: "report them as a warning, not an error"); further off, or of one decimal, or in a
  决算, it stays TXT011;
- a two-figure rate ("2025年预算执行数为A万元，2026年预算安排B万元，增长C%") that is (B − A) ÷ B is TXT004, as for a change;
- "持平" said of a named subject with both years' figures in the sentence is judged (TXT006) when every amount of the
  sentence is that subject's;
- the parts of a 政府采购 whole named by their own word ("其中：货物类…，工程类…，服务类…") are its parts (TXT001, TXT007);
- a 类 stated as a share of a named whole is that whole's part (its row is read from the whole's table), and the bare
  shares after it in the same list are of that whole too;
- 江苏's numbered 款 ("（一）一般公共服务支出（类）1.政协事务（款）行政运行（项）") and its 金额-column 项 tables (公开05/07/10表);
- 上海 市级 "“一般公共服务支出”科目X万元" (a 类 alone), also after its lead in the same paragraph;
- a whole named as a list of subjects ("占“三公”经费、会议费和培训费预算合计的") is one whole (江苏 公开09表 合计);
- a rate against last year's figure as the comparison names it: of a 预算数 and an 执行数 the one named; a single one
  of the other kind is no base.
"""

from __future__ import annotations

from pathlib import Path

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph
from govaudit.readers import read_workbook
from govaudit.recognize.claims import read_claims
from govaudit.recognize.disclosure import recognize

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SHANGHAI = SAMPLES / "预算公开表-2026-上海部门-无误.xlsx"
JIANGSU = SAMPLES / "预算公开表-2019-江苏式-无误.xlsx"
_READ: dict[Path, Disclosure] = {}


def judge(base: Path | None, *texts: str, stage: str | None = None) -> list[tuple[str, str, str]]:
    """(code, severity, message) of the TXT rules' errors and warnings on these paragraphs, beside a sample's tables
    (or none)."""
    if base is None:
        d = Disclosure(path="t", stage=stage)
    else:
        if base not in _READ:
            _READ[base] = recognize(read_workbook(base))
        d = _READ[base].model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                    for i, t in enumerate(texts, 1)]
    d.narrative = read_claims(d.paragraphs, d.year if base is not None else 2024)  # (江苏: the text's year)
    return [(f.code, f.severity.value, f.message) for f in run_rules(d, Context(), select=["TXT0"])
            if f.severity.value in ("error", "warning")]


def codes(found) -> list[tuple[str, str]]:
    return [(c, s) for c, s, _m in found]


# ---------------------------------------------------------------- TXT016
JS_SPLIT = "（一）情况说明", "本年支出预算合计 13,377.11 万元，其中：基本支出 6,522.75 万元，占 {}%；项目支出 4,968.34 万元，占 37.14%。"


def test_a_budget_share_one_unit_off_is_a_warning():
    # 6522.75 ÷ 13377.11 = 48.7605 %: 48.76 right, 48.77 and 48.75 one unit off, 48.78 two
    assert judge(JIANGSU, JS_SPLIT[0], JS_SPLIT[1].format("48.76")) == []
    for printed in ("48.77", "48.75"):
        found = judge(JIANGSU, JS_SPLIT[0], JS_SPLIT[1].format(printed))
        assert codes(found) == [("TXT016", "warning")], found
        assert "6522.75 ÷ 13377.11" in found[0][2] and "48.76%" in found[0][2] and f"占{printed}%" in found[0][2]
    assert codes(judge(JIANGSU, JS_SPLIT[0], JS_SPLIT[1].format("48.78"))) == [("TXT011", "error")]


def test_one_decimal_shares_and_a_final_accounts_share_stay_errors():
    # one decimal: 0.1 point off is not the 0.01 point the notes speak of
    one = "本年支出预算合计 13,377.11 万元，其中：基本支出 6,522.75 万元，占 48.9%；项目支出 4,968.34 万元，占 37.1%。"
    assert codes(judge(JIANGSU, "（一）情况说明", one)) == [("TXT011", "error")]
    # a 决算 (上海市普陀区财政局 2024's figures): 2336.91 ÷ 2940.05 = 79.49 %, printed 79.50 — still an error there
    text = "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.50%；项目支出603.14万元，占20.51%；"
    assert codes(judge(None, text, stage="决算")) == [("TXT011", "error")]
    assert codes(judge(None, text, stage="预算")) == [("TXT016", "warning")]


# ---------------------------------------------------------------- two figures, 持平
def test_a_two_figure_rate_over_this_year_is_the_wrong_denominator():
    head = "“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”2025年预算执行数为58.00万元，2026年预算安排61.23万元，"
    assert judge(SHANGHAI, "（一）情况说明", head + "比上年执行数增长5.57%。") == []
    found = judge(SHANGHAI, "（一）情况说明", head + "比上年执行数增长5.28%。")
    assert codes(found) == [("TXT004", "warning")]
    assert "3.23 ÷ 本年数 61.23 = 5.28%" in found[0][2] and "58.00 计算应为 5.57%" in found[0][2]
    # not the wrong denominator either: an error
    assert codes(judge(SHANGHAI, "（一）情况说明", head + "比上年执行数增长6.57%。")) == [("TXT003", "error")]


def test_flat_said_of_a_named_subject_with_both_years_figures():
    assert judge(SHANGHAI, "（一）情况说明", "公务接待费2025年预算1.20万元，2026年预算1.20万元，与上年持平。") == []
    found = judge(SHANGHAI, "（一）情况说明", "公务接待费2025年预算1.50万元，2026年预算1.20万元，与上年持平。")
    assert codes(found) == [("TXT006", "error")] and "1.50万元、1.20万元" in found[0][2]
    # the two figures of two subjects: not one subject's two years
    assert judge(SHANGHAI, "（一）情况说明", "公务接待费2025年预算1.50万元，公务用车运行费2026年预算8.50万元，与上年持平。") == []
    # one figure only: nothing to compare
    assert judge(SHANGHAI, "（一）情况说明", "公务接待费2026年预算1.20万元，与上年持平。") == []


# ---------------------------------------------------------------- 政府采购 parts by their own word
def test_government_procurement_parts_named_by_their_own_word():
    text = "2026年本部门政府采购预算总额86.40万元，其中：货物类32.40万元，工程类0万元，服务类{}万元。"
    assert judge(SHANGHAI, "（一）情况说明", text.format("54.00")) == []
    found = judge(SHANGHAI, "（一）情况说明", text.format("45.00"))
    assert codes(found) == [("TXT007", "error")] and "77.40" in found[0][2]
    # against the 江苏 sample's 政府采购 table (货物 120.50)
    js = "2019年度政府采购支出预算总额206.50万元，其中：货物类{}万元，服务类86.00万元。"
    assert judge(JIANGSU, "（一）情况说明", js.format("120.50")) == []
    assert codes(judge(JIANGSU, "（一）情况说明", js.format("102.50"))) == [("TXT001", "error")]
    # a word that is no part's: nothing read as a part
    assert judge(SHANGHAI, "（一）情况说明", "2026年本部门政府采购预算总额86.40万元，其中：信息类45.00万元。") == []


# ---------------------------------------------------------------- 类 as shares of a named whole
def test_classes_listed_as_shares_of_the_whole_named_once():
    text = ("按支出功能分类，一般公共服务支出（类）1,536.21万元，占支出预算总额的72.12%；社会保障和就业支出（类）156.93万元，"
            "占7.37%；卫生健康支出（类）{}万元，占{}%。")
    assert judge(SHANGHAI, "（一）情况说明", text.format("82.04", "3.85")) == []
    assert codes(judge(SHANGHAI, "（一）情况说明", text.format("82.04", "3.58"))) == [("TXT011", "error")]
    # the amount against the whole's table (支出预算总表, all funds: 82.04), not the 一般公共预算 one
    assert codes(judge(SHANGHAI, "（一）情况说明", text.format("82.40", "3.87"))) == [("TXT001", "error")]
    # after 其中 the shares are of the part (行政运行 753.88 ÷ 1536.21 = 49.07 %), not of the whole named before
    nested = ("一般公共服务支出（类）1,536.21万元，占支出预算总额的72.12%，其中：行政运行753.88万元，占49.07%。")
    assert judge(SHANGHAI, "（一）情况说明", nested) == []


# ---------------------------------------------------------------- 科目 paragraphs
def test_jiangsu_numbered_kuan_under_its_class_against_table_05():
    head = "五、财政拨款支出预算情况说明"
    text = "（一）一般公共服务支出（类）1.政协事务（款）行政运行（项）{} 万元，与上年相比增加 790.44 万元，增长 17.83%。"
    assert judge(JIANGSU, head, text.format("5,223.22")) == []
    found = judge(JIANGSU, head, text.format("5,232.22"))
    assert ("TXT001", "error") in codes(found)
    assert any("2010201 行政运行" in m and "5223.22" in m for c, _s, m in found if c == "TXT001")
    # under the 一般公共预算 heading: 公开07表 (B05, its 金额 column)
    general = judge(JIANGSU, "七、一般公共预算支出预算情况说明", text.format("5,232.22"))
    assert any(c == "TXT001" and "一般公共预算支出功能分类预算表" in m for c, _s, m in general), general


def test_a_class_alone_as_a_kemu_in_shanghai_text():
    item = "1.“一般公共服务支出”科目{}万元，主要用于人员经费、公用经费等基本支出。"
    assert judge(SHANGHAI, "财政拨款支出主要内容如下：", item.format("1,489")) == []
    found = judge(SHANGHAI, "财政拨款支出主要内容如下：", item.format("1,498"))
    assert codes(found) == [("TXT001", "error")] and "201 一般公共服务支出" in found[0][2]
    # the lead and the item in one paragraph
    assert codes(judge(SHANGHAI, "（一）情况说明", "财政拨款支出主要内容如下：" + item.format("1,498"))) == [("TXT001", "error")]
    # not a 类's name: no 科目 paragraph
    assert judge(SHANGHAI, "财政拨款支出主要内容如下：", "1.“机关运转”科目1,498万元，主要用于人员经费。") == []


# ---------------------------------------------------------------- a whole named as a list
def test_a_share_of_a_whole_named_as_a_list_of_subjects():
    """“占“三公”经费、会议费和培训费预算合计的”: one whole (公开09表 合计 336.60), not three clauses."""
    text = "2019年度会议费预算支出40万元，占“三公”经费、会议费{}培训费预算合计的{}%。"
    assert judge(JIANGSU, "（一）情况说明", text.format("和", "11.88")) == []
    assert judge(JIANGSU, "（一）情况说明", text.format("、", "11.88")) == []
    found = judge(JIANGSU, "（一）情况说明", text.format("和", "16.91"))  # 40 ÷ 236.60: of the “三公” alone
    # (40万元 beside 公开09表's 40.00 is the table's figure: "40.00 ÷ 336.60", s15 budget_text.copied_part)
    assert codes(found) == [("TXT011", "error")] and "40.00 ÷ 336.60" in found[0][2]
    # a list of words that are no subjects is left as it was: nothing judged
    assert judge(JIANGSU, "（一）情况说明", "办公费110万元，占办公费、水电费合计的50%。") == []


# ---------------------------------------------------------------- two last-year figures
def test_a_rate_against_the_base_it_names_when_both_are_given():
    """“2025年收入预算数为A万元、预算执行数为B万元；2026年收入预算C万元，比2025年预算数增长Z%”: Z is of A, never of B."""
    text = "本部门2025年收入预算数为2,000.00万元、预算执行数为1,950.00万元；2026年收入预算2,129.93万元，比2025年{}增长{}%。"
    assert judge(SHANGHAI, "（一）情况说明", text.format("预算数", "6.50")) == []
    assert judge(SHANGHAI, "（一）情况说明", text.format("预算执行数", "9.23")) == []
    found = judge(SHANGHAI, "（一）情况说明", text.format("预算数", "9.23"))  # the 执行数's rate said of the 预算数
    assert codes(found) == [("TXT003", "error")] and "2000.00" in found[0][2] and "6.50%" in found[0][2]
    assert codes(judge(SHANGHAI, "（一）情况说明", text.format("预算执行数", "6.50"))) == [("TXT003", "error")]
    # a comparison that names neither: which base is not known, nothing judged
    assert judge(SHANGHAI, "（一）情况说明", text.format("", "7.77")) == []
    # one last-year figure of the other kind: "比2025年预算数" is not compared with the 执行数 the sentence gives
    one = "本部门2025年收入预算执行数为1,950.00万元，2026年收入预算2,129.93万元，比2025年预算数增长6.50%。"
    assert judge(SHANGHAI, "（一）情况说明", one) == []
    assert judge(SHANGHAI, "（一）情况说明", "2025年预算执行数为1,950.00万元，2026年预算安排2,129.93万元，比2025年预算持平。") == []
    # …and of the same kind it is (the 上海 2023–2024 区 form)
    same = "2025年当年预算执行数为1,950.00万元，2026年预算安排2,129.93万元，比2025年预算执行数增加{}%。"
    assert judge(SHANGHAI, "（一）情况说明", same.format("9.23")) == []
    assert codes(judge(SHANGHAI, "（一）情况说明", same.format("6.50"))) == [("TXT003", "error")]
