"""Narrative paragraphs → claims: who (subject), how much (amount), compared with what (上年/预算), by how much.

Deterministic and conservative: a sentence is cut into clauses at ，；：、; each clause is read with a few
compiled patterns (an amount, a change after 增加/减少, a rate after 增长/下降, 占 Z%, 完成预算 W%, 持平, 得分 N 分,
评价等级). The subject is the longest name of rules/narrative.toml (or a 功能分类 类) in the clause, else the
subject of the clause before (in the same paragraph). A bare 本年收入/本年支出 takes the scope of that subject
("一般公共预算财政拨款本年收入…；本年支出…" is 一般公共预算财政拨款支出). What cannot be read this way is not
guessed: the claim keeps known=False and no rule judges it.
"""

from __future__ import annotations

import re
from collections import Counter
from govaudit.records import dataclass, field
from decimal import Decimal

from govaudit.model import Location, TextParagraph
from govaudit.model.claim import ACTUAL_WORDS, ANY_SPENDING, OF_BUDGETS, Claim, ClaimFigure, Narrative
from govaudit.model.trusted import construct
from govaudit.narrative_data import FUND_NAMES, narrative_data
from govaudit.recognize.claims_fund_line import fund_line_subject, line_fund
from govaudit.recognize.claims_named import named_figures
from govaudit.recognize.claims_budget import (AND_AFTER_MONEY_RE, FISCAL_CARRIED_IN, FISCAL_INCOME_EITHER, HEAD_NUMBER_RE,
                                               JOINT_TOTAL_RE, TWO_SIDED_WHOLE, bare_item, bracket_levels, category_head,
                                               category_paragraph, fund_none, heading_subject, item_budget, of_a_source,
                                               plain_opening, quoted_item, side_total, sources_whole, two_sided_use,
                                               under_category, unmarked_item, NOT_A_NAME_RE)
from govaudit.recognize.specs import CATEGORY_NAMES
from govaudit.recognize.wrapped import split_ended_lines, split_heading_lines
from govaudit.text import HEADING_START, norm, topic_heading
from govaudit.lazyre import compile as compile_re, lazy  # compiled on first use, from a table: start-up time (issue 13)

HUNDRED = Decimal(100)
NUM = r"(\d+(?:\.\d+)?)"
MONEY_UNITS = ("万元", "亿元", "千元", "元")  # (元 last: a pattern tries them in order)
MONEY_UNIT = rf"({'|'.join(MONEY_UNITS)})"
ANY_MONEY_UNIT = rf"(?:{'|'.join(MONEY_UNITS)})"  # (the same, not captured)
INC_WORDS = ("增加", "增长", "上升", "提高", "增多", "多支出", "超支", "增幅", "上升幅度", "增长幅度")  # ("上升幅度为4.31%")
DEC_WORDS = ("减少", "下降", "降低", "减支", "节约", "节省", "少支出", "降幅", "减幅", "下降幅度", "负增长")
FLAT_WORDS = ("持平", "无变化", "没有变化", "未发生变化", "基本持平", "无增减")
_DIR = "|".join(sorted(INC_WORDS + DEC_WORDS, key=len, reverse=True))
# words that change an amount of money only ("比上年增支209.01万元", "较上年压缩0.42万元", "增加支出X万元"): not rates,
# where "压减10%" is more often a target set than a change made
MONEY_INC_WORDS = ("增支", "增收", "净增", "增加支出", "增加收入")
MONEY_DEC_WORDS = ("减收", "压减", "压缩", "节支", "缩减", "减少支出", "减少收入")
_MONEY_DIR = "|".join(sorted(INC_WORDS + DEC_WORDS + MONEY_INC_WORDS + MONEY_DEC_WORDS, key=len, reverse=True))
# a bare 增/减 (其他地区 "同比增363.99万元，增5.97%", "同比减83.75万元，减3.81%"): only right after 同比, or opening a
# clause before a percentage — elsewhere 增/减 start other words (增值税, 减免, 新增)
_SHORT_DIR = r"(?<=同比)[增减](?=\d)|(?<![\u4e00-\u9fff])[增减](?=\d+(?:\.\d+)?%)"
_DIR += "|" + _SHORT_DIR
_MONEY_DIR += "|" + _SHORT_DIR


def direction_of(word: str) -> int:
    """+1 for a word of increase ("增加", "增支"), −1 for one of decrease."""
    return 1 if word in INC_WORDS or word in MONEY_INC_WORDS or word == "增" else -1
WHICH_BUDGET = "(全年|年初|调整后|调整)"  # which budget a sentence names (a group: its word is read)

SENTENCE_END = lazy(r"(?<=[。！？!?])")
CLAUSE_SPLIT = lazy(r"[,;:、]")
THOUSANDS = lazy(r"(?<=\d),(?=\d{3}(?:\D|$))")
# 上海 "收入预算2129.93万，支出预算…": 万 with no 元 right after a figure and before a clause or sentence end is 万元
# (not "2.8万平方米", "1.2万人次")
BARE_WAN_RE = lazy(r"(?<=\d)万(?=[,;:、。!?)]|$)")
LEVEL_MARK = lazy(r"\((?:类|款|项)\)")
# ("增加额为40.00万元": the change said as its 额)
CHANGE_RE = lazy(rf"({_MONEY_DIR})(?:了|额)?(?:约|为)?{NUM}{MONEY_UNIT}")
MONEY_RE = lazy(rf"{NUM}{MONEY_UNIT}")
RATE_RE = lazy(rf"({_DIR})(?:了|率为|率|为|达)?{NUM}(%|倍)")  # ("增长1.18倍": 118%, see `_rate`)
# (安徽 "其他资金80.00万元，比重0.60%": a clause that opens with 比重 is a share too)
SHARE_RE = lazy(rf"(?:占|(?<![\u4e00-\u9fff])(?=比重))(?:比例|比重|比)?(?:为|达|是)?(?:([^\d,;:%占比][^,;:%占]{{0,28}}?[^\d,;:%占.])(?:的)?(?:比例|比重)?"
                      rf"(?:为|达|是)?)?{NUM}%")
# ("为年初预算2129.28万元的99.39%": the budget's amount may stand between; it is read as that budget's amount)
COMPLETION_RE = lazy(rf"(?:完成|为|是|达到|占)(?:了)?(?:年度)?{WHICH_BUDGET}?预算(?:数|安排)?(?:\d+(?:\.\d+)?{ANY_MONEY_UNIT})?的?{NUM}%"
                           rf"|{WHICH_BUDGET}?(?:预算(?:完成|执行)|(?:(?<![\u4e00-\u9fff])|(?<=项目))执行)率(?:为|达|是)?{NUM}%")
# "预算数为20.20万元，支出18.00万元": an amount spent said beside the budget (a 决算's words; where the stage is not told,
# the sentence's budget then leads no shares: they may be of what was spent, review s28)
SPENT_AMOUNT_RE = lazy(r"支出(?:了|为|共|金额为?)?[0-9０-９]")
# "…，完成率108.95%": a clause opening with a bare 完成率 (whose budget: see where it is read)
BARE_COMPLETION_RE = lazy(r"^完成率(?:为|达|是)?(\d+(?:\.\d+)?)%")
# "决算数小于全年预算数的主要原因": which of the two amounts of the sentence before is larger
VERSUS_RE = lazy(rf"决算数?(?:比|较)?(大于|小于|高于|低于|超过|超出|多于|少于){WHICH_BUDGET}?预算(?:数)?")
BUDGET_WORD_RE = lazy(rf"{WHICH_BUDGET}预算")
VERSUS_UP = ("大于", "高于", "超过", "超出", "多于")
FLAT_RE = lazy("|".join(sorted(FLAT_WORDS, key=len, reverse=True)))
DIRECTION_RE = lazy(_DIR)
# the words that compare with another year or the year's start ("比上年", "与2018年相比", "同比", "较年初")
COMPARED = "比|较|与|同|对比"
PRIOR_RE = lazy(rf"(?:{COMPARED})(?:上年度?|上一年度?|去年|(\d{{4}})年度?)(?:决算)?(?:数)?|同比")
OPENING_RE = lazy(rf"(?:{COMPARED})(?:年初|期初)(?!预算)")
BUDGET_RE = lazy(r"(?:比|较|与|对比)(?:全年|年初|调整后|调整)?预算(?:数|安排)?")
# last year's amount right before the change: "较2023年度的10920.46万元增加…", "比上年11205.33万元增加…"
PRIOR_BEFORE_RE = lazy(rf"(?:{COMPARED})(?:上年度?|上一年度?|去年|(\d{{4}})年度?)(?:的)?(?:决算数?)?(?:为)?{NUM}{MONEY_UNIT}"
                       r"(?:相比|相较)?$")
# …and in a 预算, last year's budget: "比2025年预算10.50万元增加0.80万元", "较上年预算数11.30万元减少…"
PRIOR_BUDGET_BEFORE_RE = lazy(rf"(?:{COMPARED})(?:上年度?|上一年度?|去年|(\d{{4}})年度?)(?:的)?(?:预算数?)?(?:为)?"
                              rf"{NUM}{MONEY_UNIT}(?:相比|相较)?$")
# "比2019年度预算减少" in the 2019 决算: this year's budget, not a comparison with another year
YEAR_BUDGET_RE = lazy(r"(?:比|较|与|对比)(\d{4})年度?(?:的)?(?:全年|年初|调整后|调整)?预算")
# a budget amount: "年初预算为7.50万元", "预算数7.50万元", and a named budget right before its figure ("年初预算7.50万元")
BUDGET_AMOUNT_RE = lazy(rf"{WHICH_BUDGET}?预算(?:调整后?)?(?:数|安排|为|金额)|{WHICH_BUDGET}预算(?:共计|合计|总额)?$")
SCORE_RE = lazy(rf"(?:自评)?得分(?:为|是)?{NUM}分")
GRADE_RE = lazy(r"(?:评价|自评)?等级(?:为|是|:)?(优秀|优|良好|良|中等|中|合格|不合格|差)")
# a paragraph about one project's 绩效自评表: "（9）XX工作经费项目自评综述：…", "XX资金项目自评得分为98.77分，…"
PROJECT_RE = lazy(r"^(?:\(?\d+\)|\d+[.、]|\(?[一二三四五六七八九十]+[)、])?\s*(?:(.+?)(?:项目)?(?:绩效)?自评综述"
                  r"|([^，。；：:,;]{2,40}?)项目(?:绩效)?自评(?:得分|总分|结果|结论|等级))")
# …or a paragraph that names its project first and its 自评 later: "1.职业技能培训补贴项目。全年预算数…", "XX项目全年预算数
# 100.00万元，执行数80.00万元，项目自评得分97分", "XX项目执行率80%，自评得分97分" (read when the paragraph says 自评)
REFERS_BACK_RE = lazy(r"上述|该|本|此|这|以上")  # "上述项目自评得分97分": the project already named
PROJECT_LEAD_RE = lazy(r"^(?:\(?\d+\)|\d+[.、]|\(?[一二三四五六七八九十]+[)、])?\s*(?!本部门|本单位)([^，。；：:,;\d]{2,40}?)项目"
                       r"(?:[。:,]|(?=(?:全年|年初)?(?:预算数|执行数|执行率)))")
# a clause naming another project's 自评 in a project's paragraph
CLAUSE_PROJECT_RE = lazy(r"^([^，。；：:,;]{2,40}?)项目(?:绩效)?自评(?:得分|总分|结果|结论|等级)")
PROJECT_WORDS = {"全年预算数": "项目预算数", "年初预算数": "项目预算数", "预算数": "项目预算数",
                 "全年执行数": "项目执行数", "执行数": "项目执行数"}
BARE = {"本年收入": "收入", "本年支出": "支出", "收入": "收入", "支出": "支出"}
YEAR_RE = lazy(r"(20\d{2})年")
# how a list item is numbered at the start of a paragraph: "1、" "1." "(1)" "1)" "一、" "(一)", and "①" (a bare digit once
# normalised, followed straight by the item's words: not a count, a year or a date)
_NUMBERED = r"(?:\(?\d+\)|\d+[、.]|\(?[一二三四五六七八九十]+[)、]|\d{1,2}(?![\d年月日个家项人批次辆台套万元%.])(?=[\u4e00-\u9fff]))"
# a paragraph about one 功能分类 科目: "1、一般公共服务支出（类）财政事务（款）行政运行（项）。…支出决算为1511.89万元"
_NAME = r"(?:[^()。,;:]|\([^()类款项]{1,4}\))"  # "政府办公厅(室)及相关机构事务": a name may hold a bracket
# (or a 类 and its 款 alone, 中央's "2.社会保障和就业支出（类）行政事业单位养老支出（款）：…支出决算为X": the 款's amount)
ITEM_HEAD_RE = lazy(rf"^{_NUMBERED}?({_NAME}{{2,30}})\(类\)"
                          rf"({_NAME}{{2,30}})\(款\)(?:({_NAME}{{2,40}})\(项\))?")
SIBLING_NAME_RE = lazy(r"[\u4e00-\u9fff()]+")  # (a 项's name: words alone, no figures or marks)
# (or a 类 named as the spending the 款 is of, "节能环保支出中，污染防治（款）6190.75万元": read when it is a 类's name)
ITEM_IN_CLASS_RE = lazy(rf"^{_NUMBERED}?({_NAME}{{2,30}})中,({_NAME}{{2,30}})\(款\)(?:({_NAME}{{2,40}})\(项\))?")
# 上海: "1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元" (quotes gone in normalised text)
_HNAME = r"(?:[^()。,;:\-]|\([^()类款项]{1,4}\))"
# (or a 类 alone, or 类 and 款: 上海 市级 "1.“一般公共服务支出”科目12,789万元")
ITEM_HYPHEN_RE = lazy(rf"^{_NUMBERED}?({_HNAME}{{2,30}})(?:-({_HNAME}{{2,30}}))?"
                            rf"(?:-({_HNAME}{{2,40}}))?科目")
# "（8）会议费（款）支出1,094.62万元", "（10）公务用车运行维护费（款）支出156.60万元": a paragraph that opens with a 款 or 项
# (an 经济分类 款 of 基本支出, or a 功能分类 款/项) speaks of that 科目, not of the subject its name may also be
KUAN_HEAD_RE = lazy(rf"^{_NUMBERED}?{_NAME}{{2,30}}\((?:款|项)\)")
ITEM_NUMBER_RE = lazy(rf"^{_NUMBERED}")
# an amount that states the whole of the share right after it ("…，占政府采购支出总额120.50万元的91.29%")
SHARE_OF_BEFORE_RE = lazy(r"占[^\d,;:%占]{2,30}$")
SHARE_AFTER_RE = lazy(r"的?\d+(?:\.\d+)?%")
# a sentence of a whole and its parts, "资产总计X万元，由流动资产…、固定资产…组成（构成）": 由 opens the list of parts
MADE_OF_RE = lazy(r"由[^。]{4,}?(?:组成|构成)")
# a share said of the amounts listed before it added up ("基本支出约977万元，项目支出约5425万元，两项合计约占本年支出合计的
# 99%", "二者共占", "以上各项占"): of no one amount, the last one's least of all
SUM_OF_PARTS_RE = lazy(r"(?:[两二三四五六七八九几]|以上|上述|前述|这[两二三四五几])(?:项|者|类|部分|笔)|以上各|上述各|之和|总和|加总")
# a share said as "在X中占比Z%" / "在X中的比重为Z%" / "在X中所占比重为Z%": of the whole X (SHARE_RE's groups: whole, figure)
IN_WHOLE_SHARE_RE = lazy(r"在([^\d,;:%在]{2,30}?)中(?:的)?(?:所)?(?:占比|占的?比重|比重|占的?比例|比例|占)(?:为|达|是)?"
                         r"(\d+(?:\.\d+)?)%")
ORDINAL_RE = lazy(r"^[一二三四五六七八九十]+是")  # "一是…；二是…": an item of a list, numbered in words
# the words before a 基本支出/项目支出 that make it a 科目's own: its 编码, or a 科目's name other than a fund's or the
# department's whole ("行政运行中的", "2080505(…)中的"; not "一般公共预算财政拨款支出中的", "本年支出中的")
ITEM_OWN_PART_RE = lazy(r"(?:\d{5,7}(?:\([^()]*\))?|(?<!预算)(?<!拨款)(?<!本年)(?<!合计)(?<!总计)(?<!基金)(?<!经营)(?<!部门)(?<!年度)(?<!总)"
                        r"(?:运行|事务|支出|缴费|补助|补贴)\)?)中的$")
ACTUAL_RE = lazy(rf"(?:{'|'.join(ACTUAL_WORDS)})(?:数|金额)?(?:为|是|达)?$")
DIGIT_RE = lazy(r"\d")
# a percentage written in Chinese numerals: "增长百分之二点九五", "占百分之十二点七三", "百分之百"
CN_PERCENT_RE = lazy(r"百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二两三四五六七八九]+))?")
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# "其中：基本支出…" ("包括：…") opening a sentence goes on listing the parts of the sentence before's lead
# (四川/中央 "收支总预算X万元。收入包括：…；支出包括：一般公共服务支出…": the 收入/支出 named before 包括 are the whole's;
# "从支出功能分类看，…", "按支出功能分类，…": the lead's parts by one classification)
PARTS_GO_ON_RE = lazy(r"^(?:其中|(?:收入|支出)?包括|具体(?:情况)?(?:如下|是|为)|从[^,;:。]{2,12}(?:看|来看|上看)"
                      r"|按[^,;:。]{2,10}分类?(?:看|来看)?(?=[,;:]))")
VIEWPOINT_RE = lazy(r"^从[^,;:。]{2,12}(?:看|来看|上看)")
# …of them, those that go on the list of a whole the paragraph before states ("其中：…", "支出包括：…")
LIST_GOES_ON_RE = lazy(r"^(?:其中|(?:收入|支出)?包括)")
# "…2116.25万元。主要用于以下方面：一般公共服务（类）…": a sentence opening a list of the sentence before's lead (s15rev2 r11)
LIST_OPENS_SENTENCE_RE = lazy(r"^(?:主要)?(?:用于|构成|分布)(?:以下[^,;:。]{0,6}|如下)?:")
# "…支出决算具体情况：": how a lead naming a whole tells it ("一般公共预算财政拨款支出决算具体情况：…")
TOPIC_LEAD_RE = lazy(r"(?:决算)?(?:具体|总体|构成|结构|使用)?情况(?:说明)?")
# "占一般公共预算项目支出预算的": a whole named with its 预算
WHOLE_BUDGET_RE = lazy(r"预算数?$")
FINAL_TAIL_RE = lazy(r"(?<=支出|收入|合计|总计)决算数?$")
# "占总支出的": the whole is the lead of the sentence when the lead is of this measure
# (not "收入总额"/"支出总额": those may be the 总计 with the 结转, another figure than the lead)
# ("占全年支出的15.14%": the year's whole spending said as 全年支出, s28)
GENERIC_WHOLES = {"总支出": "支出", "全部支出": "支出", "全年支出": "支出", "全年总支出": "支出", "总收入": "收入",
                  "全部收入": "收入", "全年收入": "收入", "全年总收入": "收入"}
CONTINUES_RE = lazy(r"^(?:本部门|本单位|\d{4}年度?)*(?:与|比|较|同比|对比)")
LEADING_RE = lazy(r"^(?:其中|包括|本部门|本单位|\d{4}年度?|年度|全年|本年|当年)*")
NEXT_YEAR_RE = lazy(r"下一年度?|下年度|明年")
ADJUSTED_RE = lazy(r"剔除|扣除")  # (not 同口径 alone: "同口径比上年预算增加X万元" compares the tables' own)
REASON_RE = lazy(r"^(?:主要|原因|由于|因为|系|其原因)")
# words that may stand between a subject and its amount ("三公经费支出共计3.68万元") without changing what is counted
NEUTRAL_RE = lazy(r"\([^()]*\)|\($|本部门|均|各|本单位|\d{4}年度?|年度|全年|共计|合计|总计|总额|共|为|是|达|支出|决算数|决算|金额|"
                        r"实际|发生|经费|费用|本年|当年|年初|调整后|调整|预算|安排|数|人民币")


@dataclass
class _Subject:
    name: str
    text: str
    known: bool
    category: str | None = None
    scope: str | None = None


def _cn_integer(text: str) -> int | None:
    """十二 → 12, 二十 → 20, 一百 → 100, 百 → 100, 九五 → None (read digit by digit only after 点)."""
    if text in ("百", "一百"):
        return 100
    if "百" in text or text.count("十") > 1:
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = CN_DIGITS.get(tens, None) if tens else 1
        o = CN_DIGITS.get(ones, None) if ones else 0
        return None if t is None or o is None else t * 10 + o
    return CN_DIGITS[text] if len(text) == 1 else None


def cn_percents(text: str) -> str:
    """Percentages in Chinese numerals written as figures ("百分之二点九五" → "2.95%"); others left as they are."""
    if "百分之" not in text:
        return text

    def one(m: re.Match) -> str:
        whole = _cn_integer(m.group(1))
        if whole is None:
            return m.group(0)
        tail = "".join(str(CN_DIGITS[ch]) for ch in m.group(2)) if m.group(2) else ""
        return f"{whole}.{tail}%" if tail else f"{whole}%"

    return CN_PERCENT_RE.sub(one, text)


# a change said with its sign ("增加-114.15万元", "增减额为+173.87万元", "增减率-5.21%", "增长率:3.95%"): the word of its
# direction, as the other sentences say it
SIGNED_RE = lazy(r"(增减额|增减变动额|增减金额|增减率|增减幅度|增长率|增长幅度|增加|增长|上升|提高)(?:为|是|了)?(?:\(([+\-−])\)|([+\-−]))?(?=\d)")
RATE_COLON_RE = lazy(r"(增长率|增幅|增长幅度|降幅|下降幅度|减幅|下降率|增减率)(?:为)?:(?=[+\-−]?\d)")
_SIGNED_WORDS = {"增减额": ("增加", "减少"), "增减变动额": ("增加", "减少"), "增减金额": ("增加", "减少"),
                 "增减率": ("增长", "下降"), "增减幅度": ("增长", "下降"), "增加": ("增加", "减少"),
                 "增长": ("增长", "下降"), "增长率": ("增长", "下降"), "增长幅度": ("增长", "下降"),
                 "上升": ("上升", "下降"), "提高": ("提高", "降低")}


# the unit in a bracket ("本年收入合计(万元):6063.99", "6063.99(万元)"): after the figure, as the other sentences say it
UNIT_BEFORE_RE = lazy(rf"\({MONEY_UNIT}\)(?:为|是)?:?{NUM}(?![\d%万亿千元年月日.])")
UNIT_AFTER_RE = lazy(rf"{NUM}\({MONEY_UNIT}\)")


def bracketed_units(text: str) -> str:
    if "元)" not in text:
        return text
    return UNIT_AFTER_RE.sub(r"\1\2", UNIT_BEFORE_RE.sub(r"\2\1", text))


# "X万元和上年Y万元相比": the comparison with last year's amount, said without a comma before it
COMPARED_AFTER_MONEY_RE = lazy(r"(?<=元)(?:和|与|同)(?=(?:上年|上一年度?|去年|\d{4}年度?)的?(?:决算数?)?(?:为)?\d+(?:\.\d+)?"
                               r"(?:万元|亿元|千元|元)(?:相比|比较))")


def signed_changes(text: str) -> str:
    """A change said with a sign or as 增减额/增减率, in the words of its direction; other text as it is."""
    if "增" not in text and "上升" not in text and "提高" not in text:
        return text
    text = RATE_COLON_RE.sub(r"\1", text)
    # ("本年收入合计X万元，增减额为+Y万元": 增减 with nothing it is compared with is the change from last year)
    compared = [PRIOR_RE.search(text) is not None or BUDGET_RE.search(text) is not None]

    def one(m: re.Match) -> str:
        sign = m.group(2) or m.group(3)  # ("增加（+）173.87万元": the sign in a bracket)
        if not sign and not m.group(1).startswith("增减"):
            return m.group(0)
        if sign:
            word = _SIGNED_WORDS[m.group(1)][sign in ("-", "−")]
        else:  # "比上年减少114.15万元，增减率为5.12%": an unsigned 增减 goes the way the sentence said before it, else up
            said = None
            for said in DIRECTION_RE.finditer(text, 0, m.start()):
                pass
            word = _SIGNED_WORDS[m.group(1)][said is not None and direction_of(said.group(0)) < 0]
        if compared[0] or not m.group(1).startswith("增减"):
            return word
        compared[0] = True
        return "比上年" + word

    return SIGNED_RE.sub(one, text)


# "超出年初预算13.46万元", "低于预算5.00万元": the amount over (under) the budget, as "比年初预算增加13.46万元" says it
OVER_BUDGET_RE = lazy(rf"(超出|超过|高于|多于|低于|少于){WHICH_BUDGET}?预算(?:数)?(?=\d+(?:\.\d+)?{ANY_MONEY_UNIT})")


# "决算数比预算数少10.97万元" (多): less (more) than the budget by that amount (the budget's own amount may stand
# between: "比年初预算82.00万元少1.81万元")
LESS_THAN_BUDGET_RE = lazy(rf"(比{WHICH_BUDGET}?预算(?:数)?(?:为)?(?:\d+(?:\.\d+)?{ANY_MONEY_UNIT})?)(少|多)(?=\d+(?:\.\d+)?{ANY_MONEY_UNIT})")


def over_budget(text: str) -> str:
    """A sentence with its amounts over or under a budget said in the words of a change against it (text normalised)."""
    if "预算" not in text:
        return text
    text = LESS_THAN_BUDGET_RE.sub(lambda m: m.group(1) + ("减少" if m.group(3) == "少" else "增加"), text)
    return OVER_BUDGET_RE.sub(lambda m: f"比{m.group(2) or ''}预算{'增加' if m.group(1) in VERSUS_UP else '减少'}", text)


def _figure(value: str, unit: str, text: str) -> ClaimFigure:
    d = Decimal(value)
    exp = d.as_tuple().exponent
    return construct(ClaimFigure, value=d, decimals=max(0, -exp) if isinstance(exp, int) else 0, unit=unit, text=text)


def _rate(value: str, unit: str) -> ClaimFigure:
    """"3.13" "%" → 3.13%; "1.18" "倍" → 118% to the same precision (±0.5 point: 1.175 to 1.185 times), text "1.18倍"."""
    if unit == "%":
        return _figure(value, "%", value + "%")
    d = Decimal(value)
    exp = d.as_tuple().exponent
    return construct(ClaimFigure, value=d * HUNDRED, decimals=(-exp if isinstance(exp, int) and exp < 0 else 0) - 2,
                     unit="%", text=value + "倍")


class _Lexicon:
    """The compiled patterns of the subjects (built once)."""

    def __init__(self):
        data = narrative_data()
        self.data = data
        self.by_alias: dict[str, str] = {}
        for spec in data.subjects.values():
            for alias in spec.aliases:
                self.by_alias.setdefault(alias, spec.name)
        for word, name in PROJECT_WORDS.items():
            self.by_alias.setdefault(word, name)
        for word in BARE:
            self.by_alias.setdefault(word, "")
        # the names of the department's whole spending or income (not one fund's): after one of them, a 基本支出/项目支出
        # no longer belongs to a fund named before it
        self.unscoped_wholes = tuple(a for name in ("本年收入合计", "本年支出合计", "收支总计")
                                     for a in data.subjects[name].aliases if a not in BARE)
        # the names a fund's own line narrows (基本支出: 一般公共预算财政拨款基本支出): glued to a fund's words they are that
        # fund's part, no longer the department's ("其中财政拨款项目支出5324.54万元")
        self.fund_narrowed = frozenset(n for n in data.subjects for m in data.subjects
                                       if m != n and m.endswith(n) and FUND_GLUED_RE.fullmatch(m.removesuffix(n)))
        aliases = sorted(self.by_alias, key=len, reverse=True)
        self.alias_re = compile_re("|".join(re.escape(a) for a in aliases))
        cat_names: dict[str, str] = {}
        for code, names in CATEGORY_NAMES.items():
            for n in names:
                cat_names[n] = code
        for r in data.renamed:
            if len(r.code) == 3:
                cat_names.setdefault(r.old.removesuffix("支出"), r.code)
        self.cat_code = cat_names
        self.cat_re = compile_re("(" + "|".join(re.escape(n) for n in sorted(cat_names, key=len, reverse=True))
                                 + r")(?:等)?(?:方面)?(?:的)?支出")
        words = data.claims
        self.standalone, self.carried = words.standalone, words.carried
        # a year the sentence named before a clause, not as what it compares with ("比2018年度", "与2018年相比", "由2018年的");
        # 本年/当年 not naming a thing ("本年收入合计")
        self.said_year_re = lazy("".join(f"(?<!{re.escape(w)})" for w in (*COMPARED.split("|"), "由")) + r"(\d{4})年"
                                 + r"|(?:本|当)年度?"
                                 + (f"(?!{'|'.join(re.escape(w) for w in words.thing_after_this_year)})"
                                    if words.thing_after_this_year else ""))

    def find(self, clause: str) -> tuple[int, str, str | None] | None:
        """(position, matched text, category code or None) of the leftmost, longest subject in a clause."""
        best = None
        m = self.alias_re.search(clause)
        if m:
            best = (m.start(), m.group(0), None)
        c = self.cat_re.search(clause)
        if c and (best is None or c.start() < best[0] or (c.start() == best[0] and len(c.group(0)) > len(best[1]))):
            best = (c.start(), c.group(0), self.cat_code[c.group(1)])
        return best


_LEX: _Lexicon | None = None


def lexicon() -> _Lexicon:
    global _LEX
    if _LEX is None:
        _LEX = _Lexicon()
    return _LEX


def split_sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


# a year the text compares with ("比2018年预算增加", "与2018年相比"): the text's own year is the one after it (but in a
# 决算 "比2019年度预算减少" is the year's own budget)
COMPARED_YEAR_RE = lazy(rf"(?:{COMPARED})(20\d{{2}})年")
OWN_BUDGET_YEAR_RE = lazy(rf"(?:{COMPARED})(20\d{{2}})年度?(?:的)?(?:全年|年初|调整后|调整)?预算")


def narrative_year(paragraphs: list[TextParagraph], table_year: int | None, stage: str | None = None) -> int | None:
    """The tables' year, else the year the text names most (a compared year counts for the year after it: a lone
    "收入预算总计X万元，比2018年预算增加…" is the 2019 budget's)."""
    if table_year:
        return table_year
    final = stage == "决算" if stage else any("决算" in p.text for p in paragraphs)
    years: Counter = Counter()
    for p in paragraphs:
        text = norm(p.text)
        compared = {m.start(1) for m in COMPARED_YEAR_RE.finditer(text)} - (
            {m.start(1) for m in OWN_BUDGET_YEAR_RE.finditer(text)} if final else set())
        years.update(int(m.group(1)) + (m.start(1) in compared) for m in YEAR_RE.finditer(text))
    return years.most_common(1)[0][0] if years else None


@dataclass
class _Sentence:
    """What the clauses of one sentence share."""

    lead: Claim | None = None  # the first amount: the whole of the shares that follow it
    basis: str | None = None
    basis_year: int | None = None
    amounts: dict[str, Claim] = field(default_factory=dict)  # subject → its amount in this sentence
    last_change: Claim | None = None
    last_amount: Claim | None = None  # the latest amount: what a following 占 Z% is a share of
    money: list[Claim] = field(default_factory=list)  # every amount of the sentence, whoever's it is
    within: str | None = None  # "一般公共预算财政拨款支出中，基本支出…": whose parts the clauses after it name
    within_budget: bool = False  # "“三公”经费预算中，…": the amounts after it are budgets
    within_word: str | None = None  # which budget ("年初预算中，…": 年初)
    list_whole: Claim | None = None  # "本年支出合计X万元，其中：": the amount the list after 其中 is the parts of
    wholes: list[tuple[int, Claim]] = field(default_factory=list)  # what a 基本支出/项目支出 may be a part of
    unscoped_at: int = -2  # the department's whole (本年支出合计 …) is named after this many of `money`
    of_budgets: bool = False  # "比上年预算增加": last year's budget, not last year's 决算 (budget_word "上年预算")
    # "2018年度“三公”经费支出4.10万元，其中…": another year an earlier clause stated an amount of (comparing nothing);
    # the amounts of the clauses after it are that year's, until a clause states this year's amount or names this year
    said_year: int | None = None
    # "一般公共服务支出（类）X万元，占支出预算总额的Z1%；卫生健康支出（类）Y万元，占Z2%": the whole a share named, which the
    # bare shares after it in the same list are of too (when no lead or "X中，" says another)
    named_whole: str | None = None
    listing: bool = False  # a clause opened with "其中"/"包括" or ended with "中": the parts of a whole (perhaps not read)
    # "从支出结构看，一般公共服务支出…": a list opened by a point of view alone, of no whole said before it
    viewpoint: bool = False
    # "社会保障和就业支出305.17万元，其中：就业补助73.46万元": the 类 whose 款 (or 项) the list after 其中 names
    parts_of_category: Claim | None = None
    made_of: bool = False  # "X万元，由A…、B…和C…组成（构成）": the names after 由 are X's parts
    lead_a_part: bool = False  # the lead said its own share of a whole the sentence does not state
    side: str | None = None  # "收入包括：…；支出包括：…": which side of a 收支 whole the parts listed are of
    budget_whole: Claim | None = None  # the budget amount whose parts a list after 其中 names (see `within_budget`)
    doubtful_list: bool = False  # a list after 其中 may be a budget's parts or a 决算's (see `_budget_list`)
    budget_owner: Claim | None = None  # the budget amount a list after 其中 followed, until a ';' ends the list
    of_item: bool = False  # a list after 其中 names the parts of a 科目's amount (its 人员经费 …), not the department's
    # where in `money` the list of a 科目's own parts (its 项目支出, its 款) begins, and the 科目's depth (类 1, 款 2 …):
    # a share of such a part naming no whole may be of the 科目 or of the whole leading the sentence (see `_item_part`)
    item_parts: tuple[int, int, Claim | None] | None = None  # (…, and the 科目's amount, None when unsaid)
    list_owner: Claim | None = None  # the amount right before 其中: whose parts the list names (see `_owners_own`)
    either: tuple[Claim, Claim] | None = None  # a change's owner as read, and the other amount it may be of (r40/r41)
    doubtful: list[Claim] = field(default_factory=list)  # the changes made with `either`'s first as their owner

    def parts_follow(self, owner: Claim | None) -> None:
        """The amounts read from here on are `owner`'s own parts (a 类 when unsaid or when it names no 款/项)."""
        self.item_parts = (len(self.money), len(owner.item or ()) or 1 if owner is not None else 1, owner)


def read_claims(paragraphs: list[TextParagraph], year: int | None = None, department: str | None = None,
                stage: str | None = None) -> Narrative:
    """Every claim in the paragraphs, in reading order (`department`: the disclosure's own name, from its tables' “部门：”
    line: another body named before an amount is one of its units, see `_other_body`; `stage`: "决算"/"预算" when
    known: in a 决算 a subject named by its budget, "政府采购预算80万元", is a budget)."""
    lex = lexicon()
    out: list[Claim] = []
    paragraphs = split_heading_lines(paragraphs)  # a heading and its text kept in one paragraph by a line break
    paragraphs = split_ended_lines(paragraphs)  # paragraphs kept in one by line breaks after their sentences' ends
    paragraphs = bracket_levels(paragraphs)  # "“A”类“B”款“C”项" → "A（类）B（款）C（项）"
    this_year = narrative_year(paragraphs, year, stage)
    section: str | None = None  # whose spending the passage's 科目 paragraphs list (from the heading above)
    head_text = ""  # that heading's own words
    outline: list[tuple[int, str]] = []  # the headings above the paragraph, outermost first: (rank, words)
    lead: Claim | None = None  # "本年收入预算合计X万元，其中：" ending a paragraph: the whole of the list that follows
    numbered: tuple[Claim, int | None] | None = None  # that whole while its numbered items go on, and their rank
    ended: Claim | None = None  # (not in a 决算) a paragraph's last sentence's lead, when the paragraph ends a sentence
    category = ""  # "（一）一般公共服务（类）" standing alone: the 类 of the 款 and 项 paragraphs under it (江苏)
    counted: Counter = Counter()  # sentences read so far in each paragraph (index): its pieces go on counting
    headed: Counter = Counter()  # headings read so far in each paragraph (index): see Claim.piece
    for p, context in _item_pieces(titled_items(joined(paragraphs), lex), lex):
        shift, counted[p.index] = counted[p.index], counted[p.index] + len(split_sentences(p.text))
        text = norm(p.text)
        heading = p.level is not None or HEADING_START.match(text) or topic_heading(text)
        cut = None if heading else _lead_in(p.text, text, lex)
        if cut is not None:  # "财政拨款支出主要内容如下：1.“一般公共服务支出”科目…" in one paragraph: the lead, then the 科目
            if _section(cut[0]) is not None:  # ("其中：" names no spending: the heading's still holds)
                section, head_text = _section(cut[0]), cut[0]
            p, text = p.model_copy(update={"text": cut[1]}), norm(cut[1])
        # (a numbered paragraph about one 类, "1.一般公共服务支出（类）2026年预算数为…", is an item of the passage too, and
        # so is one about a 款 and 项 under its 类's heading paragraph)
        kuan_item = under_category(text, category) is not None
        # 江苏: "（二）支出预算总计X万元。包括：" then "1．一般公共服务（类）支出A万元，…。", "2．…": every item numbered alike
        # is a part of that whole, each a paragraph of its own sentences; deeper items ("（1）…") are an item's own
        # parts; a paragraph not numbered, or numbered as a higher level, ends the list
        rank = _item_rank(text)
        item_lead = None
        if numbered is not None:
            whole, first = numbered
            if rank is None or (first is not None and rank < first):
                numbered = None
            elif first is None or rank == first:
                numbered, item_lead = (whole, rank), whole
        # ("财政拨款支出主要内容如下：" leads a list too; a bare "其中：" names no spending: the heading's still holds; so
        # does an item of a list with its amount, "（一）一般公共服务支出1,488.61万元，占81.91%", numbered like a heading,
        # and a paragraph that opens with a 项, "1.行政运行（项）753.88万元")
        # (an item naming whose spending it is, "（一）一般公共预算拨款支出1,817.33万元", still says whose 科目 follow)
        listed = item_lead is not None and MONEY_RE.search(text) is not None and _section(text) is None
        # (not "（一）本年收入合计X万元，其中：财政拨款收入Y万元…。": a numbered sentence listing a whole's parts is no
        # heading; "（一）一般公共预算拨款支出1,817.33万元。" still says whose 科目 follow)
        told = p.level is None and text.endswith(SENTENCE_ENDS) and "其中" in text and MONEY_RE.search(text) is not None
        if not _item_match(text, lex) and not category_paragraph(text) and not kuan_item and not listed \
                and bare_item(text) is None and quoted_item(text) is None and not told and (heading or (
                len(text) <= 40 and text.endswith(":") and _section(text) is not None)):
            section, head_text = _section(text), text
            if heading:
                outline = _outline(outline, text, p.level)
                # "五、一般公共预算财政拨款支出决算情况说明" › "（一）支出决算总体情况": a sub-heading (or a numbered item)
                # that names no spending stands under its parent's
                # (a heading numbered by nothing, "2026年部门预算编制说明", is no sub-heading: it may open another part)
                if section is None and _item_rank(text) is not None:
                    section = next((w for _r, t in reversed(outline[:-1]) if (w := _section(t))), None)
        if category_head(text) is not None or (heading and not kuan_item):
            category = category_head(text) or ""  # (a heading of another kind ends its 款 and 项)
        given = item_lead or (None if heading else lead)
        if given is None and ended is not None and not heading and stage != "决算" and LIST_GOES_ON_RE.match(text):
            # "2025年一般公共预算支出16332.94万元，…。" ¶ "其中：基本支出…，占63.56%" (¶ "支出包括：…农林水支出…"): the
            # parts of the whole the paragraph before ended with, as in one paragraph (s17rev r8)
            given = ended
        found, last = _paragraph_claims(p, lex, this_year, section, given, head_text, department,
                                        _heading_words(outline, head_text), stage, category, context)
        ended = last if not heading and text.endswith(SENTENCE_ENDS) else None
        if heading:
            headed[p.index] += 1  # (a heading inside a paragraph, a cell's line: what follows is another passage's)
        for c in found:
            # (a piece's sentences go on counting the paragraph's: a heading and its text in one cell, a numbered 科目
            # item inside a paragraph; claims of two pieces are never one sentence's)
            c.sentence_no += shift
            c.piece = headed[p.index]
        out.extend(found)
        # the list goes on in the next paragraph after "其中：" and after an item ending in "；" (or nothing: a PDF
        # line); a heading or a sentence end closes it, and so does an item opening a list of its own parts (whose
        # whole would be ambiguous)
        if text.endswith(LIST_OPENS) or LIST_OPEN_RE.search(text):
            lead = None if lead is not None and not heading else last
            if item_lead is not None:  # an item opening a list of its own parts: its own amount is their whole
                lead = next((c for c in found if c.kind == "amount" and c.known and c.basis is None), None)
            numbered = (lead, None) if lead is not None else None
        elif heading or text.endswith(SENTENCE_ENDS):
            lead = None
    return construct(Narrative, year=this_year, claims=out)


# "…完成预算100%。其中：1.一般公共服务支出（类）…（项）：支出决算为523.46万元。2.社会保障和就业支出（类）…": where a numbered
# 科目 item may start inside a paragraph (after a sentence end, "其中：" or "；")
ITEM_PIECE_RE = lazy(r"(?<=[。；;：:])\s*(?=[(（]?\d+[)）、.．](?!\d))")
# (or after a sentence end an unnumbered item naming its 类, 款 and 项: "…完成年初预算的107.21%。农林水支出（类）农业农村（款）
# 农业生产发展（项）2023年度决算数为873.42万元…": s18rev r2, the second 项 was read as its 类)
SENTENCE_START_RE = lazy(r"(?<=。)(?=[^\s。])")


# (or after "；" an item naming its 类, 款 and 项, or a 款 and its 项 or a 项 alone of the 类 (and 款) the item before named:
# "…（项）年初预算60.00万元，…；机关事业单位职业年金缴费支出（项）年初预算50.00万元，支出决算46.42万元", s18rev r19/r20)
QIZHONG_COMMA_RE = lazy(r"(?:^|(?<=[。；;]))\s*其中[，,]\s*")
ITEM_AFTER_SEMICOLON_RE = lazy(r"(?<=[；;])\s*(?=\S)")
NEXT_ITEM_RE = lazy(rf"^(?!其中)(?:({_NAME}{{2,30}})\(款\))?({_NAME}{{2,40}})\((款|项)\)")


def _item_pieces(paragraphs: list[TextParagraph], lex: _Lexicon):
    """Each paragraph, cut where a numbered "A（类）B（款）C（项）" item starts inside it (or another 科目 after a sentence
    end or "；"): every item is read as when it is a paragraph of its own (its 决算 is the 项's, not its 类's). With each
    piece the 类 (and 款) of the item before when the piece names its 款 or 项 alone (else ())."""
    for p in paragraphs:
        cuts = [m.end() for m in ITEM_PIECE_RE.finditer(p.text) if ITEM_HEAD_RE.match(norm(p.text[m.end():]))]
        # (a 类 and 款 alone after a sentence that named a 项: "…（项）支出决算61.83万元。…（类）…（款）支出决算108.26万元":
        # the 款's amount, not the 项's, s18finB; or a 类's 款 "节能环保支出中，污染防治（款）…" after a sentence, s18rev r5)
        cuts = sorted({*cuts, *(m.end() for m in SENTENCE_START_RE.finditer(p.text)
                                if (h := ITEM_HEAD_RE.match(norm(p.text[m.end():]))) is not None
                                and (h.group(3) or "(项)" in norm(p.text[:m.end()]))
                                or (h := ITEM_IN_CLASS_RE.match(norm(p.text[m.end():]))) is not None
                                and lex.cat_re.fullmatch(h.group(1)))})
        # ("其中，卫生健康支出（类）公共卫生（款）基本公共卫生服务（项）年初预算…" opening a sentence, s19rev r5)
        cuts = sorted({*cuts, *(m.end() for m in QIZHONG_COMMA_RE.finditer(p.text)
                                if (h := ITEM_HEAD_RE.match(norm(p.text[m.end():]))) is not None and h.group(3))})
        contexts = {}
        for m in ITEM_AFTER_SEMICOLON_RE.finditer(p.text):
            rest = norm(p.text[m.end():])
            if ITEM_HEAD_RE.match(rest) and ITEM_HEAD_RE.match(rest).group(3):
                contexts[m.end()] = ()
            elif (nm := NEXT_ITEM_RE.match(rest)) is not None:
                start = max((c for c in [0, *cuts, *contexts] if c < m.end()), default=0)
                names = _piece_names(p.text[start:m.end()], contexts.get(start, ()))
                # (a 款 and its 项 after the 类's item; a 项 after an item of its 款)
                context = names[:1] if nm.group(1) or nm.group(3) == "款" else names[:2]
                if names and len(context) == (1 if nm.group(1) or nm.group(3) == "款" else 2) and len(names) >= 2:
                    contexts[m.end()] = context
        cuts = sorted({*cuts, *contexts})
        for k, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(p.text)])):
            yield (p if not cuts else p.model_copy(update={"text": p.text[a:b], "level": p.level if k == 0 else None}),
                   contexts.get(a, ()))


def _with_context(text: str, context: tuple[str, ...]) -> str:
    """The 科目 head the piece's words stand under: "A(类)B(款)" + "C(项)…" (text normalised)."""
    return "".join(f"{n}({'类款'[i]})" for i, n in enumerate(context)) + text


def _piece_names(text: str, context: tuple[str, ...]) -> tuple[str, ...]:
    """The 类, 款 and 项 a piece of a paragraph opens with (under the `context` of the item before), or ()."""
    m = ITEM_HEAD_RE.match(_with_context(norm(text), context))
    return tuple(ITEM_NUMBER_RE.sub("", g) for g in m.groups() if g) if m is not None else ()


# how a list item is numbered, by level: 一、 (1), （一） (2), 1. (3), （1） (4)
ITEM_RANKS = (lazy(r"[一二三四五六七八九十]+[、.]"), lazy(r"\([一二三四五六七八九十]+\)"), lazy(r"\d+[、.](?!\d)"),
              lazy(r"\(\d+\)"))


def _item_rank(text: str) -> int | None:
    return next((i for i, r in enumerate(ITEM_RANKS, 1) if r.match(text)), None)


UNRANKED = 99  # a heading numbered by nothing typed (a bold line, Word's list numbering): the innermost


def _outline(outline: list[tuple[int, str]], text: str, level: int | None) -> list[tuple[int, str]]:
    """The headings above the next paragraphs once `text` (a heading) is read: those of a higher rank stay
    ("四、财政拨款收入支出决算总体情况说明" above "（一）收支与上年对比情况"), the rest end. The rank is the typed number's
    (一、 above （一） above 1. above （1）), else Word's heading level, else the innermost."""
    rank = _item_rank(text) or level or UNRANKED
    kept = [(r, t) for r, t in outline if r < rank]
    return [*kept, (rank, text)]


def _heading_words(outline: list[tuple[int, str]], nearest: str) -> str:
    """The words of the headings the paragraph stands under (outermost first), ending with the nearest one (a lead
    ending in a colon may be nearer than any heading): what a bare 收支总计/本年收入 or 结转和结余 is scoped by."""
    words = "".join(t for _r, t in outline)
    return words if outline and outline[-1][1] == nearest else words + nearest


# what a bracket holds: no bracket, or a short one of a name ("因公出国(境)费")
_IN_BRACKET = r"(?:[^()]|\([^()]{1,4}\))"
# a bracket opened by these holds another year's or a budget's figure ("(上年:3600.00万元)", "(年初预算…)"), not parts
_NOT_PARTS = r"上年|上一年|去年|\d{4}年|全年|年初|调整|预算"
# a share after a bracket of parts: "财政拨款收入1280.00万元(其中:…280.00万元),占88.28%" is the amount's before the bracket
# (or a completion: "支出决算为12.15万元(其中:…),完成预算的60.75%" is 12.15's)
BRACKET_SHARE_RE = lazy(rf"{MONEY_UNIT}\((?:其中|含|包括):?({_IN_BRACKET}*)\),?((?:占|完成|为|是|达到)[^,;:。()%]{{0,30}}?"
                        r"\d+(?:\.\d+)?%|(?:预算)?执行率[^,;:。()%\d]{0,3}\d+(?:\.\d+)?%)")
# (or a comparison with last year, and a completion after it: "12.15万元(其中:…),比上年减少0.42万元,下降10.24%,完成预算的
# 60.75%" is 12.15's)
_SAID_OF_IT = r"比|较|同比|与上年|增长|增加|减少|下降|降低|占|完成|为预算|达到|(?:预算)?执行率"  # a clause about the amount before
BRACKET_CHANGE_RE = lazy(rf"{MONEY_UNIT}\((其中:{_IN_BRACKET}*)\)((?:,(?:{_SAID_OF_IT})[^,;:。()]*)+)")
# a bracket of parts right after a figure: "12.15万元(含公务用车购置及运行费9.80万元)", "完成预算的60.75%(公务用车购置及运行
# 维护费9.80万元,…)": read as "(其中:…": the names in it are the parts', not the figure's (not "(上年…", "(年初预算…")
BRACKET_PARTS_RE = lazy(rf"(元|%)\((?!其中|{_NOT_PARTS})(含|包括)?:?"
                        rf"(?=[^()]*\d{ANY_MONEY_UNIT}[^()]*\))")
# a budget's parts in a bracket right after the budget amount ("年初预算7.50万元(因公出国(境)费0万元,…公务接待费3.00万元),实际
# 支出3.68万元"): read as a list after 其中 that ends where the bracket closes ("…3.00万元;实际支出3.68万元": what was spent
# after it is the whole's, see `_budget_list`), not as parts of a 决算 (a name may hold a short bracket: "因公出国(境)费")
BUDGET_BRACKET_RE = lazy(rf"(预算(?:数|安排)?(?:为|是)?\d+(?:\.\d+)?{ANY_MONEY_UNIT})\((?:其中|含|包括)?:?"
                         rf"(?!{_NOT_PARTS})({_IN_BRACKET}*?\d{ANY_MONEY_UNIT}{_IN_BRACKET}*)\)(,?)")
# "(其中人员经费741.82万元,…)": 其中 without its colon opens the same list as "(其中:" (the list's names are not the
# figure's before it: "占12.73%(其中人员经费741.82万元" named a share "2.73%(其中人员经费")
BARE_OF_RE = lazy(r"\(其中(?![:,])")
# a bracket of two or more amounts right after an amount, with a comparison, share or completion after it ("本年收入合计
# 6063.99万元(一般公共预算财政拨款收入2116.25万元、政府性基金…3947.74万元),比上年增加173.87万元"): the amount's parts, so
# what follows is the amount's, not the last part's; read as "(其中:…)" (a single amount in a bracket after 元 may be
# anything: "(人均1.2万元)", "(决算3.68万元)", so it is left as it is)
BRACKET_LIST_RE = lazy(rf"{MONEY_UNIT}\((?!其中|含|包括|{_NOT_PARTS}|决算|实际|比|较|同比|增|减|人均)"
                       rf"({_IN_BRACKET}*?\d{ANY_MONEY_UNIT}{_IN_BRACKET}*?[,、;]{_IN_BRACKET}*?\d{ANY_MONEY_UNIT}{_IN_BRACKET}*)\)"
                       rf"(?=,(?:{_SAID_OF_IT}))")
# …and such a bracket whose first part is named by a subject's name ("本年支出合计6101.24万元(基本支出776.71万元,项目支出
# 5324.54万元)"), whatever follows it: the amount's parts
NAMED_LIST_RE = lazy(rf"{MONEY_UNIT}\((?={_IN_BRACKET}*?\d{ANY_MONEY_UNIT}{_IN_BRACKET}*?[,、;]"
                     rf"{_IN_BRACKET}*?\d{ANY_MONEY_UNIT}{_IN_BRACKET}*\))")
LIST_OPENS = ("其中:", "包括:")
USED_FOR_RE = lazy(r"(?:用于|按[^,;:。]{2,10}分类?(?:看|来看)?|构成(?:情况)?|结构(?:情况)?)$")
# "…支出1019.83万元，主要用于以下方面：" / "…，具体构成如下：" / "…，主要用于：": what it was spent on follows, item by item (not
# "主要原因如下：": reasons are no parts)
# ("…增长5.03%。按支出功能分类：": the lead's parts by one classification follow, item by item)
LIST_OPEN_RE = lazy(r"(?:(?:用于|构成|分布)(?:以下[^,;:。]{0,6}|如下)?|(?<![^。])按[^,;:。]{2,10}分类?(?:看|来看)?):$")
SENTENCE_ENDS = tuple("。！？!?")


def _section(heading: str) -> str | None:
    """"（三）一般公共预算财政拨款支出决算具体情况" → 一般公共预算财政拨款支出: the table its 科目 paragraphs are in."""
    if "政府性基金" in heading:
        return "政府性基金预算财政拨款支出"
    if "国有资本" in heading or "基本支出" in heading or "三公" in heading:
        return None
    if "一般公共预算" in heading and ("支出" in heading or "当年拨款" in heading):  # (中央 "一般公共预算当年拨款具体使用情况")
        return "一般公共预算财政拨款支出"
    if "财政拨款支出" in heading:
        return "财政拨款支出"
    return None


SENTENCE_TAIL = tuple("。！？；：!?;:")
# a line that opens with a figure and its unit ("13.73%；", "8.85 %。"): the end of the sentence of the line before,
# however short that line is ("基本支出776.71万元，占")
FIGURE_GOES_ON_RE = lazy(r"\s*\d[\d,.]*\s*(?:%|％|万元|亿元|千元|元)")
# …unless the line before itself ends with a figure: cells of a form or a chart printed one a line (">=95%", "99%")
ENDS_WITH_FIGURE_RE = lazy(r"[\d%％元]$")


def joined(paragraphs: list[TextParagraph]) -> list[TextParagraph]:
    """Running text cut in the middle of a sentence (a line break inside a Word paragraph, a PDF line) is read as
    one paragraph, placed where it starts: a long paragraph with a comma that ends without a sentence end, followed
    by one that does not start a new heading; or any paragraph without a sentence end followed by a line that
    opens with a figure and its unit."""
    out: list[TextParagraph] = []
    for p in paragraphs:
        prev = out[-1] if out else None
        tail = prev.text.rstrip() if prev is not None else ""
        if prev is not None and not tail.endswith(SENTENCE_TAIL) and (
                (len(tail) >= 20 and ("，" in tail or "," in tail) and p.text.strip() and not HEADING_START.match(p.text))
                or (FIGURE_GOES_ON_RE.match(p.text) and prev.level is None and not HEADING_START.match(tail)
                    and not ENDS_WITH_FIGURE_RE.search(tail))):
            out[-1] = prev.model_copy(update={"text": tail + p.text.strip()})
        else:
            out.append(p)
    return out


# a paragraph that is a 科目's title and nothing else: "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险
# 缴费支出（项）" (a Word 说明's title line of the 项 its next paragraph describes)
TITLE_TAIL_RE = lazy(r"(?:科目)?[:。]?$")
OWN_WORDS = ("", *set(PROJECT_WORDS.values()))  # what a bare 支出/收入 or 预算数 names: the subject said before it


def titled_items(paragraphs: list[TextParagraph], lex: _Lexicon) -> list[TextParagraph]:
    """A 科目 title on a line of its own, its figures in the next paragraph ("年初预算为65.00万元，支出决算为61.83万元，…"),
    read as one paragraph ("title：figures", where the figures stand), as when the two share a paragraph — only when that
    next paragraph names no subject and no 科目 of its own (a bare 支出/收入 is no subject) and is no heading."""
    out: list[TextParagraph] = []
    for p in paragraphs:
        prev = out[-1] if out else None
        if prev is not None and _item_title(norm(prev.text), lex) and _describes_title(p, lex):
            out[-1] = p.model_copy(update={"text": TITLE_TAIL_RE.sub("", prev.text.strip()) + "：" + p.text.strip()})
        else:
            out.append(p)
    return out


def _item_title(text: str, lex: _Lexicon) -> bool:
    m = _item_match(text, lex)
    return m is not None and TITLE_TAIL_RE.fullmatch(text[m.end():]) is not None and not MONEY_RE.search(text)


def _describes_title(p: TextParagraph, lex: _Lexicon) -> bool:
    text = norm(p.text)
    if p.level is not None or HEADING_START.match(text) or not MONEY_RE.search(text) or LEVEL_MARK.search(text) \
            or _item_match(text, lex) or lex.cat_re.search(text):
        return False
    # (“年初预算数为…”: 预算数 is a 科目's or a project's own, no subject of its own)
    return all(lex.by_alias[m.group(0)] in OWN_WORDS for m in lex.alias_re.finditer(text))


def _names_at(s: str, at: int, lex: _Lexicon) -> bool:
    """A subject's name (or a 类's) right at `at`, followed by its figure: "基本支出776.71万元"."""
    m = lex.alias_re.match(s, at) or lex.cat_re.match(s, at)
    return m is not None and DIGIT_RE.match(s, m.end()) is not None


def _lead_in(raw: str, text: str, lex: _Lexicon) -> tuple[str, str] | None:
    """A short lead ending in a colon that opens a paragraph about one 科目 (what a heading line would say): the lead
    (normalised) and the rest of the paragraph as written; None when the paragraph is not so."""
    if _item_match(text, lex):
        return None
    i = next((k for k, ch in enumerate(raw) if ch in "：:"), -1)
    lead, rest = norm(raw[: i + 1]), raw[i + 1:]
    if i < 0 or len(lead) > 40 or not _item_match(norm(rest), lex):
        return None
    return lead, rest


# a 项 named after its 款 without "（项）", right before its budget or 决算 ("…（款）行政单位医疗年初预算82.00万元")
UNMARKED_XIANG_RE = lazy(r"([\u4e00-\u9fff()]{2,40}?)(?=(?:\d{4}年度?)?(?:全年|年初|调整后?)?预算|支出决算|决算数?(?:为|是)?\d)")


def _unmarked_xiang(text: str, at: int) -> str | None:
    """The 项 named bare right after a 款's mark at `at` (see UNMARKED_XIANG_RE), or None (s18rev r13: a 项 is judged only
    where its table prints the one 项 so named under that 款)."""
    m = UNMARKED_XIANG_RE.match(text, at)
    if m is None or NOT_A_NAME_RE.search(m.group(1)) or len(NEUTRAL_RE.sub("", m.group(1))) < 2:
        return None
    return m.group(1)


def _item_match(text: str, lex: _Lexicon) -> re.Match | None:
    """A paragraph about one 功能分类 科目: "A（类）B（款）C（项）…", "“A-B-C”科目…", or "“A”科目…" / "“A-B”科目…" whose A
    is a 类's name."""
    m = ITEM_HEAD_RE.match(text)
    if m is not None:
        return m
    m = ITEM_IN_CLASS_RE.match(text)
    if m is not None and lex.cat_re.fullmatch(m.group(1)):
        return m
    m = ITEM_HYPHEN_RE.match(text)
    return m if m is not None and (m.group(3) or lex.cat_re.fullmatch(m.group(1))) else None


def _paragraph_claims(p: TextParagraph, lex: _Lexicon, this_year: int | None = None, section: str | None = None,
                      lead: Claim | None = None, heading: str = "", department: str | None = None,
                      outline: str = "", stage: str | None = None,
                      category: str = "", context: tuple[str, ...] = ()) -> tuple[list[Claim], Claim | None]:
    """The paragraph's claims, and the lead of its last sentence. `lead` is the lead of a list opened by a
    paragraph before ("…合计X万元，其中：" / "一般公共预算收入X万元，占Z%；"): the whole of the first sentence's shares."""
    claims: list[Claim] = []
    ptext = norm(p.text)
    # "3.公务接待费。2026年预算为1.20万元": the subject a heading names alone, for the sentences that name none
    subject: _Subject | None = None
    pm = PROJECT_RE.match(ptext) or (PROJECT_LEAD_RE.match(ptext) if "自评" in ptext else None)
    named = pm and next((g for g in pm.groups() if g), None)
    project = named if named and len(named) <= 60 else None
    im = _item_match(ptext, lex)
    whole_item = under_category(ptext, category) if im is None else None
    if im is None and context:  # "…；就业补助（款）其他就业补助支出（项）支出决算73.46万元": of the item before's 类
        whole_item = _with_context(ptext, context)
    im = im or (_item_match(whole_item, lex) if whole_item else None)
    item = tuple(g for g in im.groups() if g) if im else None
    if item and len(item) == 2 and im.group(0).endswith("(款)") and (xiang := _unmarked_xiang(whole_item or ptext,
                                                                                             im.end())):
        item = (*item, xiang)  # "…（款）行政单位医疗年初预算82.00万元，支出决算80.19万元": the 项 named without its mark
    bare = bare_item(ptext) if item is None else None  # "2.事业运行（项）252.17万元": its 类 unsaid
    if item is None and bare is None:
        bare = quoted_item(ptext)  # "1.“图书馆”科目216.86万元" (上海's template)
    if item is None and bare is None and section:  # ("机关事业单位职业年金缴费支出52.31万元": its （项） unsaid too)
        # (not a subject's, nor opens so: "一是一般公共服务支出…" opens with a 类)
        bare = unmarked_item(ptext, lambda name: (lex.find(ORDINAL_RE.sub("", name)) or (1,))[0] == 0,
                             outline + heading + category)
    item = item or bare
    # 江苏 numbers the 款 after its 类: "（一）一般公共服务支出（类）1.政协事务（款）行政运行（项）": the 款 is 政协事务
    names = tuple(ITEM_NUMBER_RE.sub("", g) for g in item) if item else None
    # (under a 类 heading paragraph the text names its 款 first; after an item of its 款 a 项 alone)
    said = names[len(context) or 1:] if whole_item and names else item
    # the words an amount right after the 科目's name follows: "…行政运行（项）”", "…（项）”科目", "A-B-C”科目"
    item_heads = ("".join(said), "".join(said) + "科目", "-".join(said) + "科目") if said else ()
    if im is not None and said and im.group(0).find("中,") == len(im.group(1)):
        item_heads += ("".join(said[1:]),)  # "节能环保支出中，污染防治（款）6190.75万元": the 款 after its 类's clause
    kuan = KUAN_HEAD_RE.match(ptext) is not None
    under = outline or heading  # the words of every heading above (the nearest's alone: `heading`)
    # (a 科目 under no heading of whose spending: the one figure every spending table agrees on; a 项 without its 类 so
    # only in a 预算 (checks/narrative_common.item_value), under a heading that names no narrower spending)
    # ("预算" in a 预算's heading, "部门预算编制说明", names no narrower spending: every figure of a 预算 is one)
    narrower = [w for w in NOT_ALL_SPENDING if w != "预算" or (not bare and stage != "预算")]
    whose = section or (ANY_SPENDING if item and not any(w in under for w in narrower) else None)
    named = None if item or kuan else _named_by_heading(ptext, heading, lex)
    # whose spending a 科目 named by its 编码 is in ("2010101 行政运行：…"): as a 科目 paragraph's
    coded_whose = section or (ANY_SPENDING if not any(w in under for w in NOT_ALL_SPENDING
                                                      if w != "预算" or stage != "预算") else None)
    state = _Sentence()
    said_before = ""  # the paragraph's sentences before this one (normalised)
    leads: list[Claim] = []  # the leads of the paragraph's sentences before this one, latest last
    sub_unit = False  # the paragraph states a part of the department's amounts (局机关, 所属单位 …): see SUB_UNIT_RE
    for n, sentence in enumerate(split_sentences(p.text), start=1):
        if n > 1:
            said_before += s
        s = bracketed_units(signed_changes(over_budget(cn_percents(LEVEL_MARK.sub("", THOUSANDS.sub("", BARE_WAN_RE.sub(
            "万元", norm(sentence))))))))
        s = BOTH_SIDES_RE.sub(lambda m: m.group(1) + m.group(2), s)  # "收、支预算总计" is one thing, not two clauses
        if "、" in s and "占" in s:  # "占“三公”经费、会议费和培训费预算合计的11.88%": one whole, not three clauses
            s = SHARE_LIST_RE.sub(lambda m: m.group(1) + _joined_names(m.group(2), lex), s)
        if "、" in s:  # "“三公”经费、会议费、培训费预算合计336.60万元": one whole (its alias), not the 培训费
            s = JOINT_TOTAL_RE.sub(lambda m: _joint_total(m, lex), s)
        s = respectively(s, lex)  # "A、B和C分别为X万元、Y万元和Z万元" → "A为X万元、B为Y万元、C为Z万元"
        s = items_colon(s, lex)  # "X万元，主要包括办公费A万元、…" → "X万元，主要包括:办公费A万元、…"
        s = named_figures(s, lex)  # "A(占Z%)、B(X万元)和C(占Y%)" → "A占Z%、BX万元、C占Y%"
        s = COMPARED_AFTER_MONEY_RE.sub(",与", s)  # "3.68万元和上年4.10万元相比" → "3.68万元,与上年4.10万元相比"
        s = AND_AFTER_MONEY_RE.sub(lambda m: "、" if _names_at(s, m.end(), lex) else m.group(0), s)  # "A X万元和B Y万元"
        # "由2018年的4.10万元下降到2019年的3.68万元": the year it fell to is the text's own, said as "下降到3.68万元" is
        s = TO_YEAR_RE.sub(lambda m: "" if this_year is not None and int(m.group(1)) == this_year else m.group(0), s)
        if stage != "预算":  # (in a 预算 every amount is a budget: a bracket of its parts is BRACKET_LIST_RE's)
            s = BUDGET_BRACKET_RE.sub(lambda m: f"{m.group(1)},其中:{m.group(2)}" + (";" if m.group(3) else ""), s)
        s = BRACKET_LIST_RE.sub(r"\1(其中:\2)", BARE_OF_RE.sub("(其中:", s))
        s = NAMED_LIST_RE.sub(lambda m: m.group(1) + "(其中:" if _names_at(s, m.end(), lex) else m.group(0), s)
        s = BRACKET_PARTS_RE.sub(lambda m: m.group(0) if m.group(1) == "元" and not m.group(2) else m.group(1) + "(其中:", s)
        s = BRACKET_CHANGE_RE.sub(r"\1\3(\2)", s)  # "A X万元(其中:…),比上年减少Y万元" → "A X万元,比上年减少Y万元(其中:…)"
        s = BRACKET_SHARE_RE.sub(r"\1,\3(其中:\2)", s)  # "A X万元(其中:…),占Z%" → "A X万元,占Z%(其中:…)": the share is A's
        if n > 1 and not CONTINUES_RE.match(s):
            subject = None  # a new sentence names its own subject, unless it goes on comparing ("与上年相比，…")
        if named is not None and (n == 1 or subject is None) and \
                plain_opening(CLAUSE_SPLIT.split(s)[0], MONEY_RE, DIRECTION_RE, NEUTRAL_RE):
            subject = named  # "…公务接待费。2026年预算为1.20万元": of the heading's subject
        before_state, state = state if n > 1 else None, _Sentence()
        state.made_of = MADE_OF_RE.search(s) is not None
        if before_state is not None and before_state.lead is not None:
            leads.append(before_state.lead)
        if n == 1 and lead is not None:
            state.lead = lead
            state.amounts[lead.subject] = lead
        if before_state is not None and subject is None and CONTINUES_RE.match(s):
            # "…（项）支出1685.72万元。与上年相比增加1557.29万元，增长1312.56%。": the sentence before's one amount
            state.money = [m for m in before_state.money if m.basis != "prior"]
        if before_state is not None and subject is not None and CONTINUES_RE.match(s) and before_state.listing \
                and (whole := before_state.list_whole or before_state.lead) is not None \
                and whole.subject and whole.subject != subject.name and whole.basis is None:
            # "本年支出合计X万元，其中：基本支出…，项目支出Y万元。与上年相比增加B万元": the whole's change, not the
            # last part's (a sentence that compares its own part names it: "项目支出比上年增加…")
            subject = _Subject(name=whole.subject, text=whole.subject_text, known=whole.known,
                               category=whole.category, scope=whole.scope)
            state.amounts[whole.subject] = whole
            last = before_state.last_amount
            if last is not None and last is not whole and last.basis is None and last.amount is not None:
                # (…but "…公务用车购置及运行维护费2.42万元。比上年减少0.38万元，下降13.57%" fits the last part alone: its)
                state.either = (whole, last)
        if before_state is not None and before_state.lead is not None and (PARTS_GO_ON_RE.match(s)
                                                                           or LIST_OPENS_SENTENCE_RE.match(s)):
            state.lead = before_state.lead  # "本年支出合计6101.24万元。其中：基本支出776.71万元，占12.73%。"
            state.amounts[state.lead.subject] = state.lead
        place: list[Location] = []  # the sentence's place, made with its first claim (most sentences make none)

        def make(kind: str, subj: _Subject | None, clause: str, **kw) -> Claim:
            subj = subj or _Subject(name="", text="", known=False)
            if not place:
                place.append(p.location.model_copy(update={"sentence": sentence.strip()}))
            return construct(Claim, kind=kind, subject=subj.name, subject_text=subj.text, known=subj.known,
                             category=subj.category, scope=subj.scope, sentence=sentence.strip(), clause=clause,
                             paragraph=p.index, sentence_no=n, location=place[0], project=project, **kw)

        reason = cause_amount = False
        at = 0  # where the clause starts in the sentence: what the sentence said before it
        # (once a sentence, not once an amount): a sentence that also says what was spent ("决算", "实际支出") or how
        # much of the budget was done ("完成预算的53.78%") names the budget with a bare 预算
        spent = "决算" in s or "实际" in s or COMPLETION_RE.search(s) is not None
        bare_budgets = spent or BUDGET_VS_BUDGET_RE.search(s) is not None
        # "收入预算1377.40万元，比2023年预算增加77.40万元": a sentence of budgets alone (what was spent not said): its
        # first amount leads the shares after it as any lead does ("。其中：一般公共预算拨款收入…，占92.94%")
        budgets_only = bare_budgets and not spent
        # (in a 预算 a sentence that says nothing of what was spent states this year's budget with "预算数为" as with a
        # bare "预算": "2025年“三公”经费财政拨款预算数为20.20万元，其中：…占25.74%" leads the shares after it; not a
        # named budget, "年初预算7.50万元", "全年预算": words of a 决算)
        # (where the stage is not told, "…预算数为20.20万元，支出18.00万元，其中：…占25.00%" may be a 决算's: not then)
        plain_budgets = not spent and stage != "决算" and not (stage is None and SPENT_AMOUNT_RE.search(s))
        last_clause, last_start = "", len(claims)
        for clause in CLAUSE_SPLIT.split(s):
            earlier, at = s[:at], at + len(clause) + 1
            if last_clause:
                _note_year(state, last_clause, claims[last_start:], this_year)
            # "…3984.99万元(上年:3600.00万元)": the label before the colon inside an open bracket says whose the
            # amount right after it is (last year's, a budget), though the colon parts them into two clauses
            label = _bracket_label(last_clause) if earlier.endswith(":") else ""
            last_clause, last_start = clause, len(claims)
            if not clause:
                continue
            other = CLAUSE_PROJECT_RE.match(clause) if project else None
            if other is not None and (n > 1 or earlier) and project not in other.group(1) \
                    and other.group(1) not in project and not REFERS_BACK_RE.match(other.group(1)):
                # (not "社会保障费专项资金项目…" in 社会保障费's paragraph, nor "上述项目…", "该专项项目…")
                # "职业技能培训补贴项目自评得分97分，就业见习补贴项目自评得分93分": the clause's own project from here on
                project = other.group(1)
            if "分别" in clause:
                break  # "…，分别比上年增加A万元和B万元": which figure is whose is not read here; nothing after it judged
            if ADJUSTED_RE.search(clause):
                break  # "剔除…因素后，同口径增长1.20%": on another basis than the tables'; nothing after it judged
            if NEXT_YEAR_RE.search(clause) or this_year is not None and any(
                    int(y) > this_year for y in YEAR_RE.findall(clause)):
                break  # "2020年“三公”经费预算6.00万元" in the 2019 决算: a later year's plan, in no table of this one
            prior = PRIOR_RE.search(clause)
            budget = BUDGET_RE.search(clause)
            same_year = YEAR_BUDGET_RE.search(clause)
            if same_year and this_year and int(same_year.group(1)) == this_year:
                prior, budget = None, same_year  # "比2019年度预算减少" in the 2019 决算: the year's own budget
            # every pattern of a figure (amount, change, rate, share, completion, score) needs a digit: a clause
            # without one is read for its subject, 持平 and 等级 only
            digits = DIGIT_RE.search(clause) is not None
            if reason and earlier.endswith("、"):
                continue  # "主要包括工资福利支出20.00万元、对个人和家庭的补助10.00万元": the cause's list goes on
            if REASON_RE.match(clause) and not _used_for_class(clause, lex, earlier) \
                    and not (clause.startswith(("主要包括", "主要包含")) and INCLUDES_ITEMS_RE.search(norm(sentence))):
                # (a list of 科目 marked as such, "…（类）305.17万元，主要包括…（款）123.46万元、…", is no cause)
                reason = True  # "主要是公务接待费减少、…": a cause, not a new subject
            elif prior or budget or digits:
                reason = False
            if reason:
                # "…，主要是就业补贴资金73.46万元，较上年增加10.00万元": a change after a cause that states an amount may
                # be of either: the clauses after it that name no subject are not judged
                cause_amount = cause_amount or MONEY_RE.search(clause) is not None
                continue
            head = clause.split("占", 1)[0] if digits and SHARE_RE.search(clause) else clause  # "占…总额的": the whole
            if PARTS_GO_ON_RE.match(clause):
                state.viewpoint = not state.listing and not state.money and state.lead is None \
                    and VIEWPOINT_RE.match(clause) is not None
                state.listing = True
                if clause.startswith(("收入包括", "支出包括")) and clause[:2] != state.side:
                    # "…；支出包括：当年支出…": a list of the other side names its own subjects, none of the one before
                    subject = None if state.side else subject
                    state.side = clause[:2]
                state.lead_a_part = False  # "…X万元，占Z%，其中：": the parts after it are the lead's
                if state.lead is None:  # "从收入来源看，一般公共预算拨款收入X万元，占Z%": of the 预算's 收入预算
                    state.named_whole = sources_whole(clause, under, stage) or state.named_whole
            found = _subject_of(head, lex, subject, state, project) if head else None
            if cause_amount and found is None:
                continue
            cause_amount = False
            if found is None and digits and state.lead is not None and not any(m.category for m in state.money):
                # (not after a 类: "财政拨款支出…，其中：社会保障和就业支出305.17万元，其中：一般公共预算拨款305.17万元" is the
                # 类's fund, not the whole's)
                # ("财政拨款收入X元，其中一般公共预算资金Y元、…")
                found = _bare_fund(head, _balance_whole(state), lex, state.side)
                if found is None:
                    found = _bare_part(head, state.lead, lex)  # "政府采购预算X万元，其中：货物类Y万元，服务类Z万元"
            if found is None and digits and state.listing and state.money:
                # "公务用车购置及运行费8.50万元（其中：购置费0万元，运行费8.50万元）": of the last amount that has parts
                owner = next((o for o in reversed(state.money) if o.known and o.subject in lex.data.subjects
                              and lex.data.subjects[o.subject].parts), None)
                found = _short_part(head, owner, lex) if owner is not None else None
            listed, state.budget_owner = state.budget_owner, state.budget_owner if not earlier.endswith(";") else None
            if found is None and listed is not None and listed.subject and earlier.endswith(";"):
                # "…年初预算7.50万元，其中：…公务接待费3.00万元；完成预算的49.07%": after the list of a budget's parts the
                # sentence goes on about the whole, not its last part
                subject = _Subject(name=listed.subject, text=listed.subject_text, known=listed.known,
                                   category=listed.category, scope=listed.scope)
            whole = state.budget_whole
            if found is None and whole is not None and state.within_budget and whole.subject \
                    and _spent(MONEY_RE.split(clause, 1)[0], state):
                if earlier.endswith(";"):
                    # "…年初预算为2129.28万元，其中：基本支出…，项目支出…；支出决算为2116.25万元": what was spent of the
                    # whole whose budget the list broke down, not of its last part
                    found = _Subject(name=whole.subject, text=whole.subject_text, known=whole.known,
                                     category=whole.category, scope=whole.scope)
                else:
                    # after a comma it may be the whole's ("…，项目支出1400.00万元，支出决算为2116.25万元，完成年初预算的
                    # 96.19%") or the last part's ("…，公务接待费3.00万元，实际支出1.26万元"): whose is not certain
                    found = _Subject(name="", text="", known=False)
            if n == 1 and found is not None and (kuan or ITEM_NUMBER_RE.sub("", clause) in item_heads or (
                    item and found.category and ITEM_NUMBER_RE.sub("", clause).startswith(item[0]))):
                # the 科目 the paragraph opens with ("…行政运行（项）：支出决算为X", "“A-B-C”科目X万元，比上年预算减少Y"):
                # not its 类's name
                found = _Subject(name="", text=found.text, known=False)
            if any(a in clause for a in lex.unscoped_wholes):
                state.unscoped_at = len(state.money) + len(MONEY_RE.findall(clause))
            if clause.startswith("其中"):
                state.named_whole = None  # a list of a part's own parts: its shares are not of the whole named before
                last = state.last_amount
                state.list_owner = last if last is not None and last.basis is None and last.clause != clause else None
                # (or after a 款 named without its 类, "行政事业单位医疗（款）82.04万元，其中：行政单位医疗（项）…": its 项)
                # (or after a 类 and its 款, "“社会保障和就业支出（类）行政事业单位养老支出（款）”156.93万元，其中：…": its 项)
                state.parts_of_category = last if last is not None and last.scope and (
                    last.category or (last.item and (not last.item[0] or len(last.item) == 2))) else None
                if last is not None and (last.item or last.category):
                    state.parts_follow(last)
                wholes = _part_wholes(state, lex)
                state.list_whole = wholes[-1][1] if wholes else None  # (place, claim): the claim
                if stage == "决算":
                    _budget_list(state, last)
                # (or a 类's: "一般公共服务支出1,536.21万元，其中：人员经费847.12万元，…，项目支出530.16万元", a 单位预算's B01)
                state.of_item = state.of_item or (last is not None and bool(last.item or last.category))
            elif clause.startswith(("包括", "主要包括", "包含", "主要包含")) and INCLUDES_ITEMS_RE.search(norm(sentence)):
                # "住房改革支出（款）52.45万元，包括住房公积金（项）35.24万元和购房补贴（项）17.21万元": names marked as
                # 科目 after 包括 are the 款's (类's) own, as after 其中 (unmarked, they are uses: `_in_use_list`)
                last = state.last_amount
                state.parts_of_category = last if last is not None and last.scope and (
                    last.category or (last.item and (not last.item[0] or len(last.item) == 2))) else None
                if state.parts_of_category is not None:
                    state.parts_follow(last)
            if earlier.endswith("(其中:") and (
                    (last := state.last_amount) is not None and (last.item or last.category)
                    or last is None and subject is not None and subject.category):
                # "…行政运行：412.35万元（其中人员经费300.00万元）": the 科目's own parts; so after a 类's amount or share,
                # "一般公共服务支出1303.58万元，占61.60%（其中项目支出891.23万元，占42.11%）": its 项目支出, not the fund's
                state.of_item = True
                state.parts_follow(last)
            if state.of_item and found is not None and found.known and not found.category:
                # "…行政运行（项）412.35万元，其中人员经费300.00万元": the 科目's own 人员经费, not the department's
                found = _Subject(name="", text=found.text, known=False)
            if found is not None and found.known and not found.category and (
                    _owners_own(found, state.list_owner, lex, stage) or _owners_own(found, state.within, lex, stage)):
                # "农林水支出2591.73万元，其中：基本支出1850.37万元…", "事业收入380.05万元，其中：基本支出…", "基本支出2594.83万元，
                # 其中：财政拨款…，事业收入253.09万元": the parts of the amount before 其中, not the department's (s16rev r16, r17, r19)
                found = _Subject(name="", text=found.text, known=False)
            if found is not None and found.known and found.name in SANGONG_NAMES and (
                    state.within in NARROWER_THAN_SANGONG
                    or _narrower_owner(state.money, earlier + head[: head.find(found.text)])):
                # "公用经费34.89万元，其中：公务接待费0.80万元", "机关运行经费…主要用于…公务接待费…": that spending's part
                # (公开06表's row: 基本支出 alone), not the “三公” figure of 公开07表, which counts 项目支出 too (r6)
                found = _Subject(name="", text=found.text, known=False)
            owner = state.list_owner
            if found is not None and owner is not None and owner.subject == ALL_FISCAL_TOTAL and found.text in BARE_WHOLES \
                    and found.name == lex.by_alias.get(found.text + "合计") \
                    and (spec := lex.data.scoped("财政拨款", lex.data.subjects[found.name].measure)) is not None:
                # "财政拨款收入总计3479.21万元，其中：本年收入3444.21万元，…": 财政拨款's 本年收入 (s16rev r23)
                found = _Subject(name=spec.name, text=found.text, known=True)
            elif found is not None and owner is not None and owner.subject in FISCAL_WHOLES and found.name == CARRIED_IN:
                # "财政拨款收入预算2270.50万元，其中：一般公共预算拨款…，上年结转20.00万元": 财政拨款's (财政拨款收支总表)
                found = _Subject(name=FISCAL_CARRIED_IN, text=found.text, known=True)
            if found is not None and found.name in SCOPED_PARTS and ITEM_OWN_PART_RE.search(head[: head.find(found.text)]):
                # "2080505（机关事业单位基本养老保险缴费支出）中的基本支出": the 科目's own, not a fund's or the department's
                found = _Subject(name="", text=found.text, known=False)
            if found is not None and found.scope == ANY_SPENDING and section in lex.data.category_tables:
                found.scope = section  # "一般公共预算支出预算情况" … "一般公共服务支出（类）X万元": that spending's 类
            elif found is not None and found.category and found.scope == ANY_SPENDING and stage == "决算" \
                    and any(w in under for w in NOT_ALL_SPENDING if w != "预算"):
                # "四、基本支出决算情况说明" … "一般公共服务支出（类）412.35万元": the 类's 基本支出, not its whole spending
                found = _Subject(name="", text=found.text, known=False)
            if found is not None and (use := two_sided_use(found.name, stage, state.money, SCOPED_PARTS)) is not None \
                    and not _part_wholes(state, lex):
                found = _Subject(name=use, text=found.text, known=True)  # "…，单位预留机动经费1886.02万元": B04's (江苏)
            if found is not None and found.name in SCOPED_PARTS:
                found = _scoped_part(found, state, section, lex, under, ptext, bare=head.startswith(found.text),
                                     stage=stage)
            in_sentence = earlier + head[: head.find(found.text)] if found is not None else ""  # before the subject
            lead_in = said_before + in_sentence if found is not None else ""
            fund = line_fund(state.money, lex.data.subjects) if found is not None and not found.category else None
            own = fund_line_subject(found.text, fund, lex.data) if fund else None
            if own is not None:  # "政府性基金预算财政拨款年初结转和结余…，本年收入…，年末结转和结余…": the fund's line
                found = _Subject(name=own, text=found.text, known=True)
            elif found is not None and found.name in lex.carried:
                found = _carried(found, claims, under, lex, lead_in)
            elif found is not None and found.known and _of_a_fund(head, found):
                found = _Subject(name="", text=found.text, known=False)
            if found is not None and found.name in UNTIMED_BALANCES:
                found = _balance_when(found, state, lex)
            if found is not None and (
                    found.text in BARE_WHOLES and found.name == lex.by_alias.get(found.text + "合计")
                    and any(w in under or w in lead_in for w in NARROWER)
                    or found.name in CATEGORY_LINE and lex.cat_re.search(in_sentence)):
                # "政府性基金预算财政拨款年初结转和结余…，本年收入3947.74万元" (a fund's, by an unknown subject before it),
                # "（四）一般公共预算财政拨款收入支出决算情况 … 本年支出2116.25万元": not the department's 本年收入合计;
                # "城乡社区支出年初结转和结余497.69万元，本年支出3984.99万元": a 类's (named before it in the sentence)
                # (not where a fund's own amount follows in the paragraph, "本年支出6101.24万元，其中一般公共预算财政拨款
                # 支出2116.25万元": the bare name is the whole of it, the department's)
                fund = None if found.name in CATEGORY_LINE and lex.cat_re.search(in_sentence) \
                    or _narrower(ptext[len(lead_in) + len(found.text):]) else \
                    _one_fund(next((w for w in (lead_in, heading) if _narrower(w)), under))
                spec = lex.data.scoped(fund, lex.data.subjects[found.name].measure) if fund else None
                # …but where the words name one fund alone ("八、政府性基金预算财政拨款收入支出决算情况说明", "关于政府性
                # 基金预算财政拨款情况：…本年支出…"), that fund's line (s15rev r31, s15rev2 r3)
                found = _Subject(name=spec.name, text=found.text, known=True) if spec is not None else \
                    _Subject(name="", text=found.text, known=False)
            elif found is not None and (side := side_total(found.text, found.name, lead_in, under, lex.data, in_sentence,
                                                               s)):
                found = _Subject(name=side[0], text=found.text, known=side[1])  # "一般公共预算收入总预算…，支出总预算…"
            elif found is not None:
                found = _under_heading(found, under, lex)
            first = MONEY_RE.search(clause)
            # (the words before the amount, the subject's name left out: "…办公厅机关运行经费" names no 厅机关)
            body = clause[: first.start()].replace(found.text, "|") if first is not None and found is not None \
                and found.text else clause[: first.start()] if first is not None else ""
            if first is not None and ALL_UNITS_RE.search(body):
                sub_unit = False  # "局机关及所属单位“三公”经费支出…", "所属各预算单位…": the whole department
            elif first is not None and (SUB_UNIT_RE.search(body) or _other_body(body, department, lex)):
                sub_unit = True  # "局机关本年支出合计3101.24万元", "下属…中心财政拨款收入预算582.33万元"
            elif first is not None and OWN_BODY_RE.search(body):
                sub_unit = False  # "本部门本年支出合计…": the department's own again
            if sub_unit:
                # a unit's amounts (and those of the clauses and sentences after it in the paragraph, "其中人员经费…",
                # "人才交流服务中心…"): not the department's tables' figures, not judged
                found = _Subject(name="", text=found.text if found is not None else "", known=False)
            if clause.endswith("中") and not MONEY_RE.search(clause):
                state.listing = True  # "专项资金中，教育支出…": the parts of a whole, perhaps one not read
            # "一般公共预算财政拨款支出主要用于：一般公共服务支出…" (北京): what it is spent on are its parts, as after "…中，"
            # (or "…支出按支出性质分：基本支出…", "…支出构成：…": its parts by one classification)
            used_for = USED_FOR_RE.search(clause) is not None and s[at - 1: at] == ":"
            # "一般公共预算财政拨款支出决算具体情况：一般公共服务（类）…，占61.60%": a lead naming the whole and how it is
            # told, and nothing else (s15rev2 r11)
            topic = found is not None and not earlier and s[at - 1: at] == ":" and found.text and \
                TOPIC_LEAD_RE.fullmatch(LEADING_RE.sub("", clause).removeprefix(found.text)) is not None
            if found is not None and (clause.endswith("中") or used_for or topic) and not MONEY_RE.search(clause) \
                    and "%" not in clause:
                # ("基本支出中，人员经费…占Z%": the shares are of the 基本支出; of a 基本支出 whose fund is not known: of
                # nothing known, never of the first amount)
                state.within = found.name or UNKNOWN_WHOLE + found.text
                # "“三公”经费预算中，": the amounts after it are budgets (not "一般公共预算财政拨款支出中，")
                state.within_budget = "预算" in FUND_BUDGET_RE.sub("", clause)
            _budget_governs(state, clause, found, first)
            if found is not None:
                subject = found
            elif state.within and subject is not None and subject.known and state.within == subject.name \
                    and not clause.endswith("中"):
                # "本部门2019年度项目支出中，安排120.00万元用于信息化建设，占2.25%": an amount after "X中，" that names
                # nothing of its own is a part of X, not X (its share is of X)
                subject = _Subject(name="", text="", known=False)
            elif (part := _unnamed_part(state, subject, clause)) is not None:
                # "项目支出X万元，主要用于：其他人力资源事务支出A万元，比上年增加B万元": the change of the part whose
                # amount it follows (named by no subject read), not the sentence's subject's (unless it fits the
                # subject's alone: "本年支出合计A万元，人均支出B万元，比上年增加C万元，增长Z%")
                own = state.amounts.get(subject.name)
                state.either = (part, own) if own is not None and own.amount is not None else None
                subject = _Subject(name="", text=part.subject_text, known=False)
                state.amounts[""] = part
            if found is None and state.either is None and subject is not None and subject.name \
                    and (lead := state.lead) is not None and lead.subject and lead.subject != subject.name \
                    and lead.amount is not None and (own := state.amounts.get(subject.name)) is not None \
                    and own.amount is not None and (CHANGE_RE.search(clause) or RATE_RE.search(clause)):
                # "本年收入合计A万元，上年结转B万元，比上年增加C万元，增长Z%": the last subject's change, unless its
                # figures fit the sentence's first amount alone
                state.either = (own, lead)
            if prior:
                state.basis, state.basis_year = "prior", int(prior.group(1)) if prior.group(1) else None
                state.of_budgets = PRIOR_BUDGET_RE.match(clause, prior.end()) is not None
            elif budget:
                # the year a budget is named by stays known: in a 预算 "比2026年预算" is a slip for 2025 (TXT013)
                state.basis, state.basis_year = "budget", int(same_year.group(1)) if budget is same_year else None
            elif OPENING_RE.search(clause):
                state.basis, state.basis_year = "opening", None  # "年末…497.09万元，比年初减少37.25万元": of the year's start
            # (a 预算's "无…拨款收入" is judged by checks/budget_text.said_none, with the same reader)
            for none in none_said(clause, s, this_year, stage, lex) if stage == "决算" else ():
                # "本部门2019年度未发生“三公”经费支出。": its amount is 0
                claims.append(make("amount", _Subject(name=none, text="", known=True), clause, amount=construct(
                    ClaimFigure, value=Decimal(0), decimals=2, unit="万元", text=clause)))
            if not digits:
                claims.extend(_comparisons(make, subject, clause, state))
                for m in GRADE_RE.finditer(clause):
                    claims.append(make("grade", subject, clause, grade=m.group(1)))
                continue
            taken: list[tuple[int, int]] = []
            # changes: 增加 208.1万元
            for m in CHANGE_RE.finditer(clause):
                taken.append(m.span())
                word = m.group(1)
                last = state.last_change
                if last is not None and last.change is None and last.rate is not None and last.base is None \
                        and last.basis == state.basis and (found.name if found else subject and subject.name or "") == \
                        last.subject and (last.subject or (last.amount is None and _sole(state, None) is not None)) \
                        and _plain_change(clause[: m.start()]):
                    # "增长2.95%，增加173.87万元": the rate said first, its change after it (no subject named: of the
                    # sentence's one amount, "支出决算6101.24万元，较2018年决算数增长3.55%，增加209.01万元")
                    if not last.subject:
                        last.amount = _sole(state, None)
                    last.change = _figure(m.group(2), m.group(3), m.group(2) + m.group(3))
                    last.direction, last.direction_word = direction_of(word), word
                    continue
                owner = subject if not _of_said_year(state) else _Subject(name="", text="", known=False)
                if found is None and subject is not None and subject.name and \
                        (other := NAMED_PART_RE.fullmatch(PLAIN_CHANGE_RE.sub("", clause[: m.start()]))):
                    # "机关运行经费34.89万元，…，其中办公费减少1.00万元，下降8.99%": the change of the part it names
                    owner = _Subject(name="", text=other.group(0), known=False)
                c = make("change", owner, clause, basis=state.basis, basis_year=state.basis_year,
                         direction=direction_of(word), direction_word=word,
                         change=_figure(m.group(2), m.group(3), m.group(2) + m.group(3)), budget_word=_of_budgets(state, subject))
                c.amount = _amount_for(state, c.subject)
                _note_either(state, c)
                priors = [o for o in state.money if o.basis == "prior"]
                if c.basis is None and c.subject and len(priors) == 1 and (
                        priors[0].subject == c.subject or not priors[0].subject and (
                            _said_in_bracket(priors[0]) or _base_owner(state, priors[0].amount) == c.subject)):
                    # "…6063.99万元，2018年度本年收入合计5890.12万元，增加173.87万元", "6101.24万元（上年为5904.07万元），
                    # 增加197.17万元", "2116.25万元，上年度为2200.00万元，减少83.75万元": of the year said (a bare
                    # last year's amount right after the subject's is the subject's, and the base of its change)
                    c.basis = "prior"
                    if not priors[0].subject and not _said_in_bracket(priors[0]) and not _of_said_year(state):
                        c.base = priors[0].amount
                if c.amount is None and not c.subject and _plain_change(clause[: m.start()]):
                    # "（项）支出A万元，与上年相比增加B万元": the sentence's one amount (in a 预算, "预算数为A万元，与上年
                    # 相比增加B万元": its one budget amount, compared with last year's)
                    c.amount = _sole(state, None) or (_sole(state, "budget") if c.basis == "prior" else None)
                    if c.amount is None and c.basis == "prior" and not _of_said_year(state):
                        c.base = _sole(state, "prior")  # "（2016年度…预算安排为8,648.07万元），增加498.72万元"
                elif c.amount is None and c.basis == "prior" and _plain_change(clause[: m.start()]) \
                        and all(o.basis == "prior" for o in state.money) and not _of_said_year(state):
                    # a named subject whose sentence states only last year's amount: the base of its change
                    # ("部门支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元")
                    c.base = _sole(state, "prior")
                if c.base is None and c.basis == "prior" and c.amount is not None \
                        and (said := (PRIOR_BUDGET_BEFORE_RE if stage == "预算" else PRIOR_BEFORE_RE).search(
                            clause, 0, m.start())) is not None \
                        and (not said.group(1) or this_year is None or int(said.group(1)) < this_year) \
                        and _said_last(state, c, clause[:said.start()]):
                    # "本年收入12170.05万元，较2023年度的10920.46万元增加1252.89万元": the base the change is from
                    c.base = _figure(said.group(2), said.group(3), said.group(2) + said.group(3))
                claims.append(c)
                state.last_change = c
            # amounts: 6634.67万元 (not part of a change)
            for m in MONEY_RE.finditer(clause):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                before = clause[: m.start()]
                if label and not before:
                    before = label + ("为" if label.endswith("预算") else "")  # (上年: / 2018年: / 预算:)
                said = [_budget_word(a or b) for a, b in BUDGET_AMOUNT_RE.findall(before)]
                bare = None
                if not said and state.within_budget:
                    said = [state.within_word]
                if not said and found is not None and (bare_budgets or stage == "决算"):
                    # (in a 决算 always: "“三公”经费年初预算7.50万元，其中：公务接待费预算3.00万元" is no 决算)
                    bare = BARE_BUDGET_RE.search(before[_subject_end(clause, found):])
                    said = [_budget_word(bare.group(1))] if bare else []  # "“三公”经费预算7.5万元": its budget
                elif not said and found is None and subject is not None and (bare_budgets or stage == "决算") \
                        and before == "预算":
                    # "“三公”经费决算3.68万元，预算7.50万元": a clause of the subject's budget alone (a named budget,
                    # "全年预算7.50万元", is read above)
                    said = [None]
                if not said and found is not None and "预算" in FUND_BUDGET_RE.sub("", found.text) and (
                        bare_budgets or stage == "决算" or VERSUS_BEFORE_RE.search(clause[: clause.find(found.text)])):
                    # a subject named by its budget ("政府采购预算60.00万元") in a 决算 (beside what was spent or not),
                    # or as what this year is compared with ("比年初政府采购预算60.00万元减少"): the budget, not the 决算
                    said = [None]
                # "全年预算为52.00万元" with no subject named is still a budget amount (the sentence's own)
                basis = "budget" if said and (subject is None or subject.name != "项目预算数") else None
                if subject and subject.name == "项目预算数":
                    basis = "budget"
                if basis is None and ((_other_year(before, this_year) and not TO_RE.search(before))
                                      or (state.said_year and not _names_this_year(before, this_year))):
                    basis = "prior"  # "上年决算为3003.19万元", "2023年度…支出3003.19万元": not this year's amount
                    # (but "由上年的4.10万元下降至3.68万元": what it came to is this year's)
                elif basis == "budget" and (_other_year(before[-16:], this_year)
                                            or _other_year(OPENING_YEAR_RE.match(before).group(0), this_year)):
                    # "(2016年度部门支出预算安排为8,648.07万元)" in a 2017 预算: last year's budget, the base of the change
                    # (so is "2025年一般公共预算拨款支出预算为1,730.25万元" in a 2026 预算: the clause opens with the year)
                    basis, said = "prior", []
                fig = _figure(m.group(1), m.group(2), m.group(1) + m.group(2))
                owner = subject
                between = before[_subject_end(clause, found):] if found is not None else before
                if found is not None:
                    between = _same_again(between, found, lex)
                if NEUTRAL_RE.sub("", between) or _other_measure(found, between, owner):
                    # other words name what is counted ("18个项目涉及资金1698.16万元"): not the subject's amount
                    owner = _Subject(name="", text=between[-12:], known=False)
                    if found is not None and found.category and KIND_OF_SPENDING_RE.fullmatch(between):
                        # "一般公共服务支出（类）基本支出1,470.20万元，项目支出520.00万元": the 类's parts, the next too
                        state.of_item = True
                        state.parts_follow(None)
                elif found is not None and ((clause[:clause.find(found.text)].endswith(PORTION_BEFORE + PER_UNIT_BEFORE)
                                             and not (clause[:clause.find(found.text)] == "涉及" and WHOLE_COVERED_RE.search(
                                                 earlier) and "项目支出" in found.name)
                                             and not (found.category and found.scope and USED_FOR_CLASS_RE.fullmatch(
                                                 clause[:clause.find(found.text)])))
                                            or QUALIFIED_RE.search(clause[:clause.find(found.text)])
                                            and not ("项目支出" in found.name and FULL_COVERAGE_RE.search(s))):
                    # "涉及一般公共预算支出509万元": the part of it some projects use, not the whole (and "纳入绩效目标
                    # 管理的项目支出预算X万元": the part with targets, unless its sentence says every project has them:
                    # "纳入绩效目标管理的项目支出795.16万元，绩效目标覆盖率100%")
                    owner = _Subject(name="", text=found.text, known=False)
                elif found is not None and _changed_before(clause, found):
                    # "增加基本支出844.15万元": by how much it changed, not what it is
                    owner = _Subject(name="", text=found.text, known=False)
                if state.doubtful_list and basis is None:
                    owner = _Subject(name="", text=owner.text if owner else "", known=False)  # (see `_budget_list`)
                c = make("amount", owner, clause, amount=fig, basis=basis,
                         budget_word=(said[-1] or None) if basis == "budget" and said else None)
                last = state.last_change
                if basis == "prior" and label and last is not None and last.basis == "prior" and last.change is None \
                        and last.base is None and last.rate is not None and not c.subject and last.amount is not None:
                    last.base = fig  # "…6063.99万元，较上年增长3.95%（上年：5890.12万元）": the base of the rate before it
                if item and whose and not c.subject and (basis is None and (
                        _item_actual(before, earlier, item, item_heads, n)
                        or (n == 1 and _after_item_head(before or earlier.removesuffix(":"), item_heads))
                        # "…图书馆（项）：2025年预算410.00万元": the name, a colon, then neutral words and its amount
                        or (n == 1 and earlier.endswith(":")
                            and _after_item_head(earlier.removesuffix(":") + before, item_heads)))
                        or section and basis == "budget" and item_budget(before, earlier, item_heads, n, s, this_year)):
                    # "支出决算为51.32万元" in the paragraph about that 科目, or the amount right after its name
                    # ("1.“…行政运行（项）”1,623.18万元", "事业运行（项）：252.17万元"), under a heading that says whose spending
                    c.item, c.scope, c.known = names, whose, True
                    c.subject, c.subject_text = "·".join(names), f"{names[-1]}（{'类款项'[len(names) - 1]}）"
                elif item and whose and names and len(names) >= 2 and basis is None and not c.subject \
                        and (sibling := _sibling_item(before, sentence, names)) is not None:
                    # "环境保护管理事务（款）行政运行（项）1865.32万元，事业运行（项）968.71万元": another 项 of the 款
                    # ("环境保护管理事务（款）3728.73万元，污染防治（款）6220.75万元": another 款 of the 类)
                    c.item, c.scope, c.known = sibling, whose, True
                    c.subject, c.subject_text = "·".join(c.item), f"{sibling[-1]}（{'类款项'[len(sibling) - 1]}）"
                elif basis is None and (not c.subject or c.category) and coded_whose and (coded := _coded_item(
                        before or CLAUSE_SPLIT.split(earlier.removesuffix(":"))[-1] if earlier.endswith(":") else before)):
                    # "2010101 行政运行：412.35万元", "二是其他人力资源事务支出（2011099）704.81万元": the 科目 its 编码 names
                    # (not the 类 a 项's name may hold: "其他科学技术支出（2069999）")
                    c.category = None
                    c.item, c.scope, c.known = coded[0], coded_whose, True
                    c.subject, c.subject_text = "·".join(coded[0]), coded[1]
                elif basis is None and not c.subject and state.parts_of_category is not None \
                        and not (_in_use_list(earlier) and not INCLUDES_ITEMS_RE.search(norm(sentence))):
                    # (after the amount before it in the clause: "…35.24万元和购房补贴（项）17.21万元")
                    _category_part(c, state.parts_of_category,
                                   before[max((a.end() for a in MONEY_RE.finditer(before)), default=0):])
                if c.category:
                    state.parts_of_category = None  # another 类: the list of the one before has ended
                claims.append(c)
                if not (SHARE_OF_BEFORE_RE.search(before) and SHARE_AFTER_RE.match(clause, m.end())):
                    state.last_amount = c  # (not "占政府采购支出总额120.50万元的91.29%": the whole's, not the part's)
                if _is_whole(c, lex):
                    state.wholes.append((len(state.money), c))
                state.money.append(c)
                if basis is None and c.subject:
                    state.amounts[c.subject] = c
                    if state.lead is None and not c.category and not state.within:
                        state.lead = c  # (after "“三公”经费支出决算中，" the first part is no whole: 三公 is)
                elif basis == "budget" and c.subject and (
                        bare or state.within_budget or budgets_only or (plain_budgets and not c.budget_word)):
                    state.amounts.setdefault(c.subject, c)  # "财政拨款收入预算X万元，占收入预算总计的Z%": its share
                    if (budgets_only or (plain_budgets and not c.budget_word)) and state.lead is None \
                            and not c.category and not state.within:
                        state.lead = c
            # rates: 增长3.13%
            for m in RATE_RE.finditer(clause):
                word = m.group(1)
                direction = direction_of(word)
                rate = _rate(m.group(2), m.group(3))
                last = state.last_change
                if last is not None and last.rate is None and (not found or found.name == last.subject):
                    last.rate, last.rate_word = rate, word
                else:
                    c = make("change", subject if not _of_said_year(state) else None, clause, basis=state.basis,
                             basis_year=state.basis_year, direction=direction, direction_word=word, rate=rate,
                             rate_word=word, budget_word=_of_budgets(state, subject))
                    c.amount = _amount_for(state, c.subject)
                    _note_either(state, c)
                    if c.basis is None and _sole(state, "prior") is not None:
                        c.basis = "prior"  # "本年收入合计6063.99万元，上年为5890.12万元，增长2.95%"
                    compared = _without_prior(state, clause, clause[: m.start()])
                    if c.basis == "prior" and _plain_change(compared) and not _of_said_year(state):
                        # "上年为A万元，增长C%", "2022年当年预算执行数为A万元，2023年预算安排B万元，比2022年预算执行数
                        # 增加C%", "较上年A万元减少C%": the rate is of the two amounts the sentence states
                        c.base = _prior_base(state, compared)
                        if c.base is not None and c.subject and _base_owner(state, c.base) not in ("", c.subject):
                            # "本年收入合计A万元（上年B万元），本年支出合计C万元，比上年增长Z%": B is 收入's, Z 支出's
                            c.base = None
                        if c.base is not None and c.amount is None:
                            c.amount = _sole(state, None) or _sole(state, "budget")
                    claims.append(c)
                    state.last_change = c
            if not CHANGE_RE.search(clause) and not RATE_RE.search(clause):
                claims.extend(_comparisons(make, subject, clause, state))
            for m in COMPLETION_RE.finditer(clause):
                if _other_year(clause[: m.start()], this_year, own=True):
                    continue  # "完成预算的49.07%（上年完成预算的62.10%）", "2018年度…完成预算的62.10%": not this year's
                value = m.group(2) or m.group(4)
                rate = _figure(value, "%", value + "%")
                c = make("completion", subject, clause, basis="budget", rate=rate,
                         budget_word=_budget_word(m.group(1) or m.group(3)))
                c.amount = _amount_for(state, c.subject)
                claims.append(c)
            if "预算" in s and not COMPLETION_RE.search(clause):
                # "年初预算300.00万元，决算数326.86万元，完成率108.95%": a bare 完成率 opening its clause, in a sentence
                # that states a budget, is the budget's (not "绩效目标完成率", whose words stand before it)
                for m in BARE_COMPLETION_RE.finditer(clause):
                    if not _other_year(clause[: m.start()], this_year, own=True):
                        c = make("completion", subject, clause, basis="budget",
                                 rate=_figure(m.group(1), "%", m.group(1) + "%"))
                        c.amount = _amount_for(state, c.subject)
                        claims.append(c)
            in_whole = list(IN_WHOLE_SHARE_RE.finditer(clause))
            shares = [*in_whole, *(m for m in SHARE_RE.finditer(clause)
                                   if not any(w.start() <= m.start() < w.end() for w in in_whole))]
            for m in sorted(shares, key=lambda m: m.start()):
                if COMPLETION_RE.search(m.group(0)):
                    continue
                rate = _figure(m.group(2), "%", m.group(2) + "%")
                last = state.last_amount
                if last is not None and not MONEY_RE.search(clause) and SUM_OF_PARTS_RE.search(clause, 0, m.start()) \
                        and not (found is not None and found.known):
                    # "…，项目支出约5425万元，两项合计约占本年支出合计的99%": the share of the listed amounts' sum, which
                    # no claim holds: not judged (not the last amount's, 5425 ÷ 6451.24)
                    claims.append(make("share", None, clause, rate=rate))
                    continue
                if last is not None and not MONEY_RE.search(clause) and _item_of_list(earlier, last):
                    continue  # "…、工会经费6.12万元，占基本支出的4.49%": the item's or the list's owner's: not judged
                if last is not None and found is not None and found.known and found.name != last.subject \
                        and not MONEY_RE.search(clause) and found.text in clause[: m.start()]:
                    # "本年支出合计6101.24万元，其中基本支出占本年支出合计的12.73%": the share of the part the clause
                    # names, which has no amount of its own here (not the whole's amount, "6101.24 ÷ 6101.24")
                    last = None
                if last is not None and (last.basis is None or (last.basis == "budget" and (state.within_budget
                                                                                           or not last.known))):
                    # (a budget's share is marked so: in a 决算 it is not judged against the 决算 figures; "涉及预算金额
                    # 795.16万元，占项目支出预算的100%": the share of a budget amount no subject names, in a 预算 only)
                    c = make("share", None, clause, rate=rate, basis=last.basis)
                    c.subject, c.subject_text, c.known = last.subject, last.subject_text, last.known
                    c.category, c.scope, c.amount = last.category, last.scope, last.amount
                else:
                    c = make("share", subject, clause, rate=rate)
                    c.amount = _amount_for(state, c.subject)
                if c.subject_text and re.search(re.escape(c.subject_text) + r"中[^，,；;。：:、（）()]{2,}$",
                                                clause[: m.start()]):
                    continue  # "项目支出中一般公共服务支出占50.00%": the share of a thing inside the subject, not its own
                # "占本部门项目支出的": the department's own name before the whole names no other thing
                whole_words = OWN_WHOLE_RE.sub("", m.group(1)) if m.group(1) else m.group(1)
                inline = MONEY_RE.search(whole_words) if whole_words else None  # "占政府采购支出总额120.50万元的"
                if inline is not None:
                    whole_words = whole_words[: inline.start()] + whole_words[inline.end():]
                generic = GENERIC_WHOLES.get(whole_words.removesuffix("的")) if whole_words else None
                lead_spec = lex.data.subjects.get(state.lead.subject) if state.lead is not None else None
                if generic and state.lead is not None and state.lead.subject != c.subject \
                        and lead_spec is not None and lead_spec.measure == generic:
                    # "占总支出的": the list's lead when it is a total of that measure (本年支出合计, 财政拨款支出 …),
                    # not a part ("基本支出X万元，占总支出的Z1%；项目支出Y万元，占总支出的Z2%": the whole is unsaid)
                    c.whole, c.whole_amount = state.lead.subject, state.lead.amount
                elif generic and (total := _generic_total(c.subject, generic, lex)):
                    # "其他收入20.00万元，占总收入的0.31%": a part of the department's 本年收入合计 (公开03表's 项目支出 …)
                    # or a fund's total is of the whole, which 总收入 may name either way (本年收入合计 or 收入总计, or a
                    # fund's line of them: wrong if it meets none)
                    c.whole = total
                elif generic:
                    pass  # a whole the sentence does not state: not judged
                elif whole_words:
                    w = lex.find(whole_words)
                    plain = whole_words.rstrip("的总额")
                    if stage == "决算":
                        plain = FINAL_TAIL_RE.sub("", plain)  # "占一般公共预算财政拨款支出决算的3.79%": of that spending
                    c.whole = lex.by_alias.get(w[1]) if w and w[0] == 0 and w[1] in (plain, whole_words.removesuffix("的")) \
                        else None  # ("占…培训费预算总额的": the alias may itself end in 总额)
                    if c.whole is None and w and w[0] == 0 and w[1] == WHOLE_BUDGET_RE.sub("", plain) != plain:
                        # "占一般公共预算项目支出预算的100%": of the whole's budget (judged in a 预算 only)
                        c.whole, c.basis = lex.by_alias.get(w[1]), "budget"
                    c.whole = c.whole or whole_words
                    short = _short_lead(c, [state.lead, *reversed(leads)], lex)
                    if short is not None:
                        c.whole = short.subject
                    elif c.whole in SCOPED_PARTS and (own := _heading_part(c.whole, under, lex, ptext)) is not None:
                        c.whole = own  # "六、一般公共预算财政拨款基本支出决算情况说明 … 占基本支出的72.60%": the fund's
                    stated = short or state.amounts.get(c.whole)
                    if stated is None and c.whole == whole_words:
                        # "授予中小企业合同金额246.46万元，…其中：授予小微企业合同金额200.00万元，占授予中小企业合同金额
                        # 的81.15%": a whole no subject names, stated with an amount by the same words in the sentence
                        said = whole_words.removesuffix("的")
                        # (its words as read may keep a year's tail before them: "2019年度授予…" → "年度授予…")
                        # (or by them less a verb before them: "占中小企业合同金额的" of "授予中小企业合同金额")
                        # (never the share's own amount: "涉及一般公共预算财政拨款项目支出1239.54万元，占一般公共预算财政
                        # 拨款项目支出的100%" names the whole by the words its part was named by; s25)
                        stated = next((o for o in reversed(state.money) if o.basis is None and not o.known
                                       and o.amount is not c.amount and len(said) >= 4
                                       and (words := LEADING_RE.sub("", o.subject_text)).endswith(said)
                                       and len(words) - len(said) <= 2), None) or _whole_named_short(said, state.money, c)
                    c.whole_amount = stated.amount if stated else None
                    if inline is not None and not stated:
                        c.whole_amount = _figure(inline.group(1), inline.group(2), inline.group(0))  # (the words' own)
                    state.named_whole = c.whole if c.whole in lex.data.subjects else None
                    if state.lead is not None and state.lead.subject == c.subject != c.whole:
                        state.lead_a_part = True  # "基本支出X万元，占支出预算总额的Z1%；项目支出Y万元，占Z2%": of that whole
                elif _item_part(state, last) or c.category and (c.scope or "").startswith(UNKNOWN_WHOLE):
                    # "一般公共服务支出1303.58万元，占61.60%（其中项目支出891.23万元，占42.11%）", "…（类）305.17万元，其中：
                    # 就业补助（款）73.46万元，占24.07%": of the 科目 (891.23 ÷ 1303.58) or of the whole (÷ 2116.25)? not said
                    pass
                elif state.within and state.within != c.subject:
                    c.whole = state.within  # "“三公”经费支出决算中，公务接待费1.26万元，占34.24%": of the 三公 (its table)
                elif state.lead is not None and state.lead.subject != c.subject and not state.lead_a_part:
                    c.whole, c.whole_amount = state.lead.subject, state.lead.amount
                elif state.lead is not None and state.lead.subject == c.subject and c.rate.value != HUNDRED:
                    # "基本支出776.71万元，占12.73%；项目支出5324.54万元，占87.27%": the lead is a part of an unsaid
                    # whole, not the whole of the shares after it (but of the whole a "从收入来源看，" named)
                    state.lead_a_part = True
                    if state.named_whole is not None and state.named_whole != c.subject:
                        c.whole, c.whole_amount = state.named_whole, _amount_for(state, state.named_whole)
                elif (state.lead is None or state.lead_a_part) and state.named_whole is not None \
                        and state.named_whole != c.subject:
                    c.whole = state.named_whole
                    stated = state.amounts.get(c.whole)
                    c.whole_amount = stated.amount if stated else None
                elif state.lead is None and c.category and c.scope == section and section in lex.data.category_tables:
                    # "（二）一般公共预算当年拨款结构情况" … "一般公共服务支出1,488.61万元，占81.91%": a 类 of the spending the
                    # heading names, its bare share of that spending
                    c.whole = section
                # else the share of the lead itself ("占100%"): no whole, nothing to judge
                if c.category and c.scope == ANY_SPENDING and c.whole in lex.data.category_tables:
                    # a 类 in no list, stated as a share of a named whole, is a part of that whole: its row is in the
                    # whole's table (a 类 of no known spending, scope None, stays unknown)
                    c.scope = c.whole
                    if last is not None and last.category == c.category and last.scope == ANY_SPENDING:
                        last.scope = c.whole
                elif c.category and c.whole and c.whole.endswith(("基本支出", "项目支出")) and c.whole != c.scope \
                        and last is not None and last.category == c.category and last.amount is c.amount:
                    # "一般公共服务支出（类）891.23万元，占项目支出的66.53%": the 类's 项目支出 (a column of its row), not
                    # its total; whose (the department's or a fund's) the words may not say: its amount is not judged,
                    # as after "项目支出中，" (the share is, of that whole)
                    last.scope = c.scope = UNKNOWN_WHOLE + c.whole
                claims.append(c)
            for m in SCORE_RE.finditer(clause):
                claims.append(make("score", subject, clause, score=_figure(m.group(1), "分", m.group(1) + "分")))
            for m in GRADE_RE.finditer(clause):
                claims.append(make("grade", subject, clause, grade=m.group(1)))
        _resolve_either(state)
    return claims, state.lead


def _item_part(state: _Sentence, last: Claim | None) -> bool:
    """`last` is one of the parts of a 科目 listed after it in the sentence (its 项目支出, its 款), not another 类 (or a
    科目 as deep) that ends that list."""
    if state.item_parts is None or last is None:
        return False
    start, depth, owner = state.item_parts
    if owner is not None and owner is state.lead:
        return False  # ("住房改革支出（款）52.45万元，其中：住房公积金35.24万元，占67.19%": the 款 leads, the only whole)
    if not any(o is last for o in state.money[start:]):
        return False
    return not (last.category and not last.item) and not (last.item and len(last.item) <= depth)


def _generic_total(part: str | None, measure: str, lex: _Lexicon) -> str | None:
    """The whole "总收入"/"全部支出" names (of `measure`: 收入总额, 本年收入合计 or 收入总计) when `part` is a part of the
    department's total it may mean (其他收入 of 本年收入合计, 项目支出 of 本年支出合计) or a fund's total of that measure
    (一般公共预算财政拨款支出), else None."""
    subjects = lex.data.subjects
    own = subjects.get(part) if part else None
    if own is None:
        return None
    for name, spec in subjects.items():
        members = [m for n in spec.either if (m := subjects.get(n)) is not None]
        if any(m.measure == measure for m in members) and (
                any(part in m.parts for m in members) or (own.measure == measure and own.scope)):
            return name
    return None


# "…，占预留金额的75.00%" after "面向中小企业预留政府采购项目预算金额240.00万元": a whole named short, by a word of its
# name and the word the name ends in (s25)
SHORT_WHOLE_RE = lazy(r"([\u4e00-\u9fff]{2,6}?)(金额|资金|经费)")


def _whole_named_short(said: str, money: list[Claim], c: Claim) -> Claim | None:
    """The one amount of the sentence (this year's or of the share's basis), not the share's own, whose subject (no
    subject the lexicon knows) ends in the word the whole's short name ends in and holds its first words: "预留金额" of
    "面向中小企业预留政府采购项目预算金额"; None when no amount or more than one is so named (a guess between two wholes
    would be a false finding)."""
    m = SHORT_WHOLE_RE.fullmatch(said)
    if m is None:
        return None
    head, tail = m.groups()
    found = [o for o in money if o.basis in (None, c.basis) and not o.known and o.amount is not c.amount and o.amount is not None
             and (words := LEADING_RE.sub("", o.subject_text)).endswith(tail) and head in words[:-len(tail)]]
    return found[0] if len(found) == 1 else None


def _short_lead(c: Claim, leads: list[Claim | None], lex: _Lexicon) -> Claim | None:
    """"一般公共预算财政拨款基本支出933.63万元，其中：人员经费…，占基本支出的85.54%": a whole named short, by words that end
    the name of the sentence's lead (or of a lead of a sentence before in the paragraph), is that lead, not the
    department's 基本支出 (a whole naming a fund, "占财政拨款支出的", is named in full)"""
    if c.whole not in lex.data.subjects or "拨款" in c.whole or "预算" in c.whole:
        return None
    for lead in leads:
        if lead is None or lead.subject == c.subject:
            continue
        if lead.subject == c.whole:
            return None  # ("本部门基本支出876.71万元，其中：…，占基本支出的": the sentence's own, named in full)
        if lead.subject.endswith(c.whole):
            return lead
    return None


def _named_by_heading(ptext: str, heading: str, lex: _Lexicon) -> _Subject | None:
    """The subject a numbered heading names and nothing else: the paragraph's first sentence ("3.公务接待费。…") or the
    heading above it ("1.公务接待费"); None when it names a 类, a whole 收入/支出 or anything more."""
    first = split_sentences(ptext)
    for text in ([first[0]] if len(first) > 1 else []) + ([heading] if heading and heading != ptext else []):
        hit = heading_subject(text, lex.find) or heading_subject(_topic(text, lex), lex.find)
        name = lex.by_alias.get(hit[1]) if hit else None
        if name and name in lex.data.subjects and lex.find(hit[1])[2] is None and not lex.data.subjects[name].measure:
            # (not a fund's or the department's 收入/支出: "（二）政府性基金预算财政拨款支出" heads the 科目 it spent on)
            return _Subject(name=name, text=hit[1], known=True)
    return None


# a template heading's words around the one thing it names: "七、财政拨款“三公”经费支出决算情况说明" names the “三公”经费,
# "（一）机关运行经费支出情况" the 机关运行经费 (s15rev r31)
TOPIC_TAIL_RE = lazy(r"(?:财政拨款)?(?:支出)?(?:决算)?(?:总体|具体)?(?:情况说明|情况|说明|概况)$")
TOPIC_FUND_RE = lazy(r"^(?:一般公共预算)?(?:财政)?拨款")


def _topic(text: str, lex: _Lexicon) -> str:
    """A numbered heading with the template's words taken off: its number and the thing it names; a fund's words before
    it only where the thing has no fund's line of its own (“财政拨款“三公”经费”, not “一般公共预算财政拨款基本支出”)."""
    m = HEAD_NUMBER_RE.match(text)
    if m is None or not TOPIC_TAIL_RE.search(text):
        return text
    rest = TOPIC_TAIL_RE.sub("", text[m.end():])
    bare = TOPIC_FUND_RE.sub("", rest)
    if bare != rest and rest not in lex.by_alias and lex.by_alias.get(bare) not in lex.fund_narrowed:
        rest = bare
    return text[: m.end()] + rest


def _comparisons(make, subject, clause: str, state: _Sentence) -> list[Claim]:
    """"决算数小于全年预算数", "与上年持平": which way two amounts compare, said in words."""
    out = [make("versus", subject, clause, basis="budget", budget_word=_budget_word(m.group(2)),
                direction=1 if m.group(1) in VERSUS_UP else -1, direction_word=m.group(1))
           for m in VERSUS_RE.finditer(clause)]
    flat = FLAT_RE.search(clause)
    if flat and not DIRECTION_RE.search(clause):  # "比2025年预算增加（减少）XXX万元（持平）": a template's choice
        word = BUDGET_WORD_RE.search(clause) if state.basis == "budget" else None
        compared = clause[: flat.start()]
        basis = state.basis
        if basis is None and _sole(state, "prior") is not None and not MONEY_RE.search(compared) \
                and _plain_change(compared):
            basis = "prior"  # "A万元，2024年预算数为B万元，无增减变化": a bare 持平 of the two years the sentence says
        c = make("flat", subject, clause, basis=basis, basis_year=state.basis_year, direction=0,
                 direction_word=flat.group(0),
                 budget_word=_budget_word(word.group(1)) if word else _of_budgets(state, subject))
        # ("与上年1.30万元持平": last year's amount said in the comparison itself, of no other subject)
        if basis == "prior" and _plain_change(MONEY_RE.sub("", compared)) and (
                subject is None or not subject.name or (_prior_base(state, compared) is not None
                                    and all(m.subject in (subject.name, "") for m in state.money)
                                    and any(m.subject == subject.name for m in state.money))):
            # "2022年当年预算执行数为15.00万元，2023年预算安排15.00万元，比2022年预算执行数持平": the two amounts it says
            # are level, when the sentence states exactly one of each year (judged only when both are found); so are
            # those of a subject it names when every amount of the sentence is that subject's ("公务接待费2025年预算
            # 1.50万元，2026年预算1.20万元，与上年持平"); a subject read as no known one is none ("…行政运行（项）A万元，上年
            # 预算数为B万元，与上年持平": the 科目 paragraph's own, s19 heldout)
            c.base, c.amount = _prior_base(state, compared), _sole(state, None) or _sole(state, "budget")
        out.append(c)
    return out


def _budget_word(word: str | None) -> str | None:
    """年初 / 全年 / 调整后 (“调整预算” is the 调整后 one); None when the sentence names no particular budget."""
    if not word:
        return None
    return "调整后" if word == "调整" else word


# ("上年结转资金", "上年结余": this year's income carried from last year, not last year's amount)
OTHER_YEAR_RE = lazy(r"上年(?!度?结[转余])|上一年|去年|(\d{4})年")
# the year a clause opens with ("2025年一般公共预算拨款支出预算为…": whose budget the clause states)
OPENING_YEAR_RE = lazy(r"(?:\(?\d+\)|\d+[、.](?!\d))?(?:\d{4}年度?)?")
TO_RE = lazy(r"(?:增加|增长|上升|提高|减少|下降|降低|降|升)(?:到|至)$")
TO_YEAR_RE = lazy(r"(?<=到|至)(\d{4})年度?的?(?=\d)")


def _bracket_label(clause: str) -> str:
    """The label after the clause's last bracket left open when it names another year or a budget ("城乡社区支出
    3984.99万元(上年" → "上年", "(2018年", "(预算", "(年初预算数"); else ""."""
    i = clause.rfind("(")
    return clause[i + 1:] if i >= 0 and BRACKET_LABEL_RE.fullmatch(clause[i + 1:]) else ""


def _said_in_bracket(c: Claim) -> bool:
    """An amount said in a bracket that names its year ("6101.24万元(上年为5904.07万元)", "(上年:5890.12万元)")."""
    i = c.subject_text.rfind("(")
    return BRACKET_LABEL_RE.match(c.subject_text[i + 1:]) is not None if i >= 0 \
        else BRACKET_LABEL_RE.fullmatch(c.subject_text) is not None


BRACKET_LABEL_RE = lazy(rf"(?:上年|上一年|去年|\d{{4}}年)度?(?:决算)?(?:数)?|{WHICH_BUDGET}?预算(?:数)?")


def _other_year(before: str, this_year: int | None, own: bool = False) -> bool:
    """The words before a figure name last year, or a year other than the one the text is about; `own`: as their own
    year, not what they are compared with ("比上年"), in the words after the last open bracket ("上年", "2018年度": the
    figure is that year's)."""
    words = before[before.rfind("(") + 1:] if own else before
    return any((not own or not COMPARED_BEFORE_RE.search(words[: y.start()]))
               and (y.group(1) is None or this_year is not None and int(y.group(1)) != this_year)
               for y in OTHER_YEAR_RE.finditer(words))


YEAR_ALONE_RE = lazy(r"(?:在|于)?(\d{4})年度?(?:全年|内|中)?")
LAST_YEAR_LEAD_RE = lazy(r"(?:本部门|本单位)?(?:上年度?|上一年度?|去年)(?!度?结[转余])")


COMPARED_BEFORE_RE = lazy(rf"(?:{COMPARED}|相比)$")


def _names_this_year(text: str, this_year: int | None) -> bool:
    """The words name the year the text is about ("本年度", "2019年" in the 2019 决算), not as what they compare with."""
    return any(m.group(1) is None or (this_year is not None and int(m.group(1)) == this_year)
               for m in lexicon().said_year_re.finditer(text))


def _note_year(state: _Sentence, clause: str, found: list[Claim], this_year: int | None) -> None:
    """After a clause, the year the amounts of the clauses after it are of (`_Sentence.said_year`): "2018年度“三公”经费
    支出4.10万元，其中公务用车…2.80万元，公务接待费1.30万元": the parts are 2018's too. Only a clause that itself states
    an amount, comparing nothing, names such a year ("根据2018年修订的…办法，", "和2018年相比，" do not); a clause
    stating this year's amount or naming this year ends it."""
    alone = YEAR_ALONE_RE.fullmatch(clause)
    if alone and not found:  # "2018年度，“三公”经费支出4.10万元": a clause that is a year and nothing else
        state.said_year = int(alone.group(1)) if this_year is not None and int(alone.group(1)) != this_year else None
        return
    amounts = [c for c in found if c.kind == "amount"]
    if any(c.basis is None for c in amounts) or _names_this_year(clause, this_year):
        state.said_year = None
        return
    if not amounts or PRIOR_RE.search(clause) or BUDGET_RE.search(clause) \
            or CHANGE_RE.search(clause) or RATE_RE.search(clause):
        return
    m = MONEY_RE.search(clause)
    years = [int(y.group(1)) for y in lexicon().said_year_re.finditer(clause[: m.start() if m else len(clause)])
             if y.group(1)]
    if years and this_year is not None and years[-1] != this_year:
        state.said_year = years[-1]
    elif not years and this_year is not None and LAST_YEAR_LEAD_RE.match(clause):
        state.said_year = this_year - 1  # "上年收入预算1950.00万元，其中…" (s19rev r13/r14): last year's, like a year named


def _of_said_year(state: _Sentence) -> bool:
    """The sentence has stated only another year's amounts so far ("2019年度“三公”经费决算数为3.68万元，比上年减少0.42万元" in
    the 2021 决算): a change it says now is that year's over its own year before, no comparison of this year's."""
    return state.said_year is not None and bool(state.money) and all(m.basis is not None for m in state.money)


CHANGED_BEFORE = INC_WORDS + DEC_WORDS + ("调增", "调减", "新增", "追加", "压减", "压缩", "削减")


def _changed_before(clause: str, found: _Subject) -> bool:
    """A change verb right before the subject: “增加基本支出844.15万元”, “压减一般性支出50万元”."""
    i = clause.find(found.text) if found.text else -1
    return i > 0 and clause[:i].endswith(CHANGED_BEFORE)


# words before a 决算 in a 项's paragraph that make it another thing's: "其中办公设备购置决算为50万元", "主要用于设备购置，
# 决算为50万元", "包括…"
OTHER_THING_RE = lazy(r"其中|用于|包括")
# the 科目's budget right after its name, the first clause of the sentence: "…（项）年初预算为60.00万元，"
ITEM_BUDGET_FIRST_RE = lazy(rf"(?:\d{{4}}年度?)?{WHICH_BUDGET}?预算(?:数)?(?:为|是)?\d+(?:\.\d+)?{ANY_MONEY_UNIT},")
ACTUAL_WORD_RE = lazy("|".join(ACTUAL_WORDS))


def _item_actual(before: str, earlier: str, item: tuple[str, ...], item_heads: tuple[str, ...], n: int) -> bool:
    """A 决算 in the paragraph about one 科目 that is that 科目's own: its clause says nothing but "（行政运行）支出决算为"
    before it, and the sentence named nothing else before that clause ("其中：…", "主要用于…"). In the paragraph's first
    sentence the 项 must be named in the amount's clause, or the sentence open with the 科目's name and a colon or comma
    ("…行政运行（项）：支出决算为100.00万元")."""
    if not ACTUAL_RE.search(before):
        return False
    own = before
    for name in item:
        own = own.replace(name, "")
    if NEUTRAL_RE.sub("", ACTUAL_WORD_RE.sub("", own)):
        return False  # "办公设备购置决算为": another thing's 决算
    if n == 1 and item[-1] not in before:
        head = ITEM_NUMBER_RE.sub("", earlier)
        opened = next((h for h in item_heads if head.startswith(h) and head[len(h): len(h) + 1] in (":", ",")), None)
        if opened is not None:
            earlier = head[len(opened) + 1:]
        else:  # "…（项）年初预算60.00万元，支出决算61.83万元": the clause after the 科目's budget
            budget = next((b for h in item_heads if head.startswith(h) and (b := ITEM_BUDGET_FIRST_RE.match(head, len(h)))),
                          None)
            if budget is None:
                return False
            earlier = head[budget.end():]
    return not OTHER_THING_RE.search(earlier)


# a heading naming one of these is about other figures than a 科目's whole spending: its 科目 paragraphs (a 项's 基本支出,
# an 经济分类 科目, a budget) are not judged against the spending tables' totals when no heading says whose spending
NOT_ALL_SPENDING = ("基本支出", "项目支出", "三公", "国有资本", "预算", "收入", "经济分类", "机关运行", "政府采购")

# the words before a 款's amount in its 类's list: its name and nothing else ("就业补助", "行政事业单位养老支出", "其中行政运行")
PART_NAME_RE = lazy(r"^(?:其中|(?:主要)?包括|和|及|以及)?([\u4e00-\u9fff()]{2,30}?)(?:决算数?|金额)?(?:为|是)?$")
# a sentence that lists 科目 by their level marks after 包括 ("包括住房公积金（项）35.24万元…", normalised)
INCLUDES_ITEMS_RE = lazy(r"(?:包括|包含)[\u4e00-\u9fff]{2,30}?\((?:款|项)\)")


# "…（款）52.45万元，其中：住房公积金（项）35.24万元，主要用于缴纳住房公积金35.24万元": after 用于/包括 the names are what
# the part was spent on, no longer 科目 of the list (up to the next "；" or 其中)
USE_LIST_RE = lazy(r"用于|包括")


def _in_use_list(earlier: str) -> bool:
    return USE_LIST_RE.search(earlier, max(earlier.rfind(";"), earlier.rfind("其中")) + 1) is not None


def _category_part(c: Claim, category: Claim, before: str) -> None:
    """An amount named by a bare 科目 name in the list after a 类 ("社会保障和就业支出305.17万元，其中：行政事业单位养老支出
    108.26万元，就业补助73.46万元"): that 类's 款 (or 项) of that name, in the 类's table (checks/narrative_common.item_value
    finds the row under the 类 by its name; a name no row under it has is not judged)."""
    m = PART_NAME_RE.match(before)
    if m is None or LEVEL_WORDS_RE.search(m.group(1)):
        return
    c.item, c.scope, c.known = (*category.item, m.group(1)) if category.item else (category.subject_text, m.group(1)), \
        category.scope, True
    c.subject, c.subject_text = "·".join(c.item), m.group(1)


# a sentence saying a subject had nothing: "本部门2019年度未发生“三公”经费支出", "无政府性基金预算财政拨款收入、支出及结转结余"
# what may follow the name a "none" is said of: its own 支出/收入 words, 情况, a full stop ("未发生“三公”经费支出。")
NONE_TAIL_RE = lazy(r"(?:支出|收入|经费|资金|结转|结余|决算|数|发生|事项|情况|及|和|与|、)*[。.!！]?")
NONE_RE = lazy(r"^(?:本部门|本单位|\d{4}年度?)*(?:全年)?(?:无|未发生|没有发生|未安排|(没有|未)使用(?=\S+拨款安排的?支出))")
# 中央部门's "本部门2022年度没有使用政府性基金预算财政拨款安排的支出": the fund's 财政拨款支出 was nil
SPENT_FROM_RE = lazy(r"拨款安排的?支出")


def none_said(clause: str, sentence: str, this_year: int | None, stage: str | None, lex: _Lexicon | None = None) \
        -> list[str]:
    """The reader of a clause saying there was none of something (text normalised): the subjects it says so of. In a
    预算 a fund's income and/or spending ("本部门2026年无政府性基金预算拨款收入", claims_budget.fund_none, judged by
    checks/budget_text.said_none); otherwise a known subject named right after the word (`_said_none`: "本部门2019年度
    未发生“三公”经费支出", read as an amount of 0 in a 决算)."""
    if stage == "预算":
        return fund_none(clause, sentence, this_year)
    found = _said_none(clause, sentence, lex or lexicon(), this_year)
    return [found.name] if found is not None else []


def _said_none(clause: str, sentence: str, lex: _Lexicon, this_year: int | None) -> _Subject | None:
    """The subject a clause says there was none of, in a sentence stating no figure (not a budget, not another year's,
    not a change: "无变化"), named right after the word: a known subject, not a 类 nor a bare 收入/支出."""
    m = NONE_RE.match(clause)
    if m is None or MONEY_RE.search(sentence) or "%" in sentence or _other_year(clause[: m.end()], this_year):
        return None
    rest = clause[m.end():]
    if m.group(1):
        rest = SPENT_FROM_RE.sub("拨款支出", rest, count=1)
    hit = lex.find(rest)
    if hit is None or hit[0] != 0 or hit[2] is not None or hit[1] in BARE or FLAT_RE.search(rest) \
            or "预算" in FUND_BUDGET_RE.sub("", rest) or "的" in rest[len(hit[1]):]:
        return None  # (not a template's condition: "无政府性基金预算财政拨款收入支出的部门，作下述说明")
    if not NONE_TAIL_RE.fullmatch(rest[len(hit[1]):]):
        return None  # ("无“三公”经费超支情况", "没有发生公务接待费超标准接待情况": none of something about it, s15rev r44)
    name = lex.by_alias[hit[1]]
    return _Subject(name=name, text="", known=True) if name in lex.data.subjects else None


LEVEL_WORDS_RE = lazy(r"基本|项目|人员|公用|经费|预算|决算|结转|结余|合计|总计|小计|年度|本年|上年")

# a 功能分类 款 or 项 named by its 编码 before its amount, with or without its name: "2010101行政运行", "2080505(机关事业单位
# 基本养老保险缴费支出)", "行政运行(2010101)", "一是…(2011099)" (a 编码 is 5 or 7 digits from 2: 经济分类's are from 3 or 5)
CODED_ITEM_RE = lazy(r"^(?:其中|[一二三四五六七八九十]+是|\(?\d{1,2}\)|\d{1,2}[、.])?(?:([\u4e00-\u9fff]{2,30})\((2\d{4}(?:\d{2})?)\)"
                     r"|(2\d{4}(?:\d{2})?)(?!\d)(?:\(([\u4e00-\u9fff]{2,30})\)|([\u4e00-\u9fff]{2,30}?))?)(?:科目)?(?:支出)?"
                     r"(?:决算数?)?(?:为|是)?$")


def _sibling_item(before: str, sentence: str, names: tuple[str, ...]) -> tuple[str, ...] | None:
    """The 科目 the name right before an amount is, when the sentence marks it a 项 ("…，事业运行（项）968.71万元") or a
    款 ("…，污染防治（款）6220.75万元") and it is not the paragraph's own: another 项 of the paragraph's 款 (s18rev r5),
    another 款 of its 类 (s18rev r19)."""
    name = ITEM_NUMBER_RE.sub("", LEADING_RE.sub("", before))
    if not 2 <= len(name) <= 40 or name in names[1:] or not SIBLING_NAME_RE.fullmatch(name):
        return None
    if norm(sentence).find(name + "(项)") >= 0:
        return (*names[:2], name) if len(names) == 3 or names[0] else None
    return (names[0], name) if names[0] and norm(sentence).find(name + "(款)") >= 0 else None


def _coded_item(before: str) -> tuple[tuple[str, ...], str] | None:
    """The 科目 the words before an amount name by its 编码 (see CODED_ITEM_RE): its levels' codes, the last with the
    name as written ("201", "20101", "2010101行政运行"; checks/narrative_common._item_row finds the row by the code and
    wants its name to agree), and the words."""
    m = CODED_ITEM_RE.match(before)
    if m is None:
        return None
    code, name = m.group(2) or m.group(3), m.group(1) or m.group(4) or m.group(5) or ""
    return tuple(code[:k] for k in (3, 5, 7) if k < len(code)) + (code + name,), before


def _after_item_head(before: str, item_heads: tuple[str, ...]) -> bool:
    """The amount follows the 科目's name the paragraph opens with and nothing but neutral words ("…行政运行（项）”",
    "“A-B-C”科目支出", "…住房公积金（项）支出决算")."""
    head = ITEM_NUMBER_RE.sub("", before)
    return any(head.startswith(h) and not NEUTRAL_RE.sub("", head[len(h):]) for h in item_heads)


SAME_AGAIN_RE = lazy(r"^(?:和|与|及|、)")


def _same_again(between: str, found: _Subject, lex: _Lexicon) -> str:
    """"收入总计和支出总计均为X万元": a second name of the same subject joined to the first is no other thing (the words
    between the subject and its figure without it)."""
    j = SAME_AGAIN_RE.match(between)
    if j is None or not found.name:
        return between
    m = lex.alias_re.match(between, j.end())
    if m is None or lex.by_alias.get(m.group(0)) != found.name:
        return between
    return between[m.end():]


def _subject_end(clause: str, found: _Subject) -> int:
    i = clause.find(found.text) if found.text else -1
    return i + len(found.text) if i >= 0 else 0


BOTH_SIDES_RE = lazy(r"(收入?)、(支出?)")
# a share's whole named as a list of subjects summed: "占“三公”经费、会议费和培训费预算合计的"
SHARE_LIST_RE = lazy(r"(占)([^,;:。%占]{2,40}?、[^,;:。%占]{2,40}?)(?=(?:预算)?(?:合计|总额|总计))")


def _joint_total(m: re.Match, lex: _Lexicon) -> str:
    """JOINT_TOTAL_RE's subjects joined by 、 before the word of their sum: one name when it is a subject's alias; else,
    when they are nothing but subject names ("会议费、培训费预算合计100.00万元"), joined by 和 as a sum no subject names
    (not the last one's: the 培训费's 60.00 is not 100.00); other words as they are."""
    if "、" not in m.group(2):
        return m.group(0)
    joined = _joined_names(m.group(2), lex)
    if joined + m.group(3) in lex.by_alias:
        return m.group(1) + joined
    return m.group(1) + m.group(2).replace("、", "和") if joined != m.group(2) else m.group(0)


def _joined_names(text: str, lex: _Lexicon) -> str:
    """"三公经费、会议费和培训费" → "三公经费会议费培训费" when it is nothing but subject names joined (the name of their
    sum in rules/narrative.toml); other words as they are."""
    names = _list_names(text, lex)
    return "".join(names) if names and len(names) >= 2 else text
KIND_OF_SPENDING_RE = lazy(r"(?:基本支出|项目支出|人员经费|公用经费)(?:预算)?(?:为|是)?")
# words before a change that name a thing of their own (no subject read): "其中办公费减少1.00万元"
NAMED_PART_RE = lazy(r"(?:其中|含)?[\u4e00-\u9fff]{1,20}(?:费|支出|经费|项目|资金|补助|补贴)")
# (the 的 of "较上年的40.00万元下降12.78%": its amount taken out, "较上年的" is as plain as "较上年")
PLAIN_CHANGE_RE = lazy(r"收支|收入支出|相比|相较|对比|比|较|与|同|了|约|共|分别|上年度?|上一年度?|去年|当年|本年|\d{4}年度?|年初|全年|的|"
                             r"预算|执行数|决算数|决算|数|执行|安排")


def _plain_change(before: str) -> bool:
    """Nothing but words of comparison before the change word ("与上年相比增加", "比2022年预算执行数增加"): the change
    is of what the sentence spoke of, not of another thing it names ("在职人员工资增加")."""
    return not PLAIN_CHANGE_RE.sub("", NEUTRAL_RE.sub("", before))


def _without_prior(state: _Sentence, clause: str, before: str) -> str:
    """The words before a rate with last year's amount left out when the clause states it ("较上年2230.40万元减少5.12%":
    "较上年"), so that what is left shows whether the rate compares the sentence's amounts."""
    here = [c for c in state.money if c.basis == "prior" and c.clause == clause and c.amount is not None]
    return before.replace(here[0].amount.text, "", 1) if len(here) == 1 else before


def _sole(state: _Sentence, basis: str | None) -> ClaimFigure | None:
    """The sentence's one money amount of this basis (None: this year's), when there is exactly one."""
    found = [c for c in state.money if c.basis == basis and c.amount is not None and c.amount.unit in MONEY_UNITS]
    return found[0].amount if len(found) == 1 else None


def _figure_kind(words: str) -> str | None:
    """What the words before a figure or after 比 name: a spent figure (执行数, 决算), a budget, or neither."""
    if any(w in words for w in ACTUAL_WORDS):
        return "actual"
    return "budget" if "预算" in words else None


def _base_owner(state: _Sentence, base: ClaimFigure) -> str:
    """Whose last year's amount `base` is: the subject it was said with; one in a bracket ("A万元（上年B万元）") is the
    amount's before it; "" when not known."""
    for i, c in enumerate(state.money):
        if c.amount is base:
            if c.subject:
                return c.subject
            return state.money[i - 1].subject if i else ""  # ("A万元（上年B万元）", "A万元，上年为B万元")
    return ""


def _prior_base(state: _Sentence, compared: str) -> ClaimFigure | None:
    """Last year's amount a comparison is with: the sentence's one amount of last year; of two or more ("2025年收入预算数
    为A万元、预算执行数为B万元；…，比2025年预算数增长Z%"), the one named as the comparison names it (预算数 / 执行数),
    when exactly one is; else None."""
    want = _figure_kind(compared)
    priors = [c for c in state.money if c.basis == "prior" and c.amount is not None and c.amount.unit in MONEY_UNITS]
    kinds = [_figure_kind(c.clause[: c.clause.find(c.amount.text)]) if c.amount.text in c.clause else None
             for c in priors]
    if len(priors) == 1:
        # ("2025年预算执行数为A万元，2026年预算安排B万元，比2025年预算增长Z%": A is not the 预算 it is compared with)
        return priors[0].amount if want is None or kinds[0] in (None, want) else None
    named = [c.amount for c, k in zip(priors, kinds) if want is not None and k == want]
    return named[0] if len(named) == 1 else None


def _said_last(state: _Sentence, c: Claim, before: str) -> bool:
    """c's amount is the last one said before its change (not "公用经费X万元，其中办公费Y万元，比上年Z万元增加W万元":
    there Z is 办公费's last year, and c, read as 公用经费's change, has no base of its own; s18finB)."""
    last = state.last_amount
    return (last is None or last.amount is c.amount) and (MONEY_RE.search(before) is None or c.amount.text in before)


def _amount_for(state: _Sentence, subject: str) -> ClaimFigure | None:
    c = state.amounts.get(subject)  # ("": the unnamed part a change follows, see `_unnamed_part`)
    return c.amount if c else None


def _note_either(state: _Sentence, c: Claim) -> None:
    """A change whose owner is one of two amounts (`state.either`: the first as read, the other as the alternative)."""
    if state.either is not None and c.amount is state.either[0].amount:
        state.doubtful.append(c)


EACH_CHANGE_RE = lazy(rf"各(?:{_MONEY_DIR})")
EACH_WHOLE_RE = lazy(r"(?:各|均|分别)(?:为|是)\d")


def _resolve_either(state: _Sentence) -> None:
    """Each doubtful change goes to the other amount when its figures fit that one and not the first: of two readings
    of whose change it is, the one its own arithmetic bears out (s15rev r40/r41: either is written)."""
    if state.either is None:
        return
    first, other = state.either
    for c in state.doubtful:
        # ("收入和支出预算总额各为A万元，收入中…上年结转结余B万元，较2024年各增加C万元": a change said with 各 is of the
        # amount said with 各为/均为, whatever its figures)
        each = EACH_CHANGE_RE.search(c.clause) is not None and EACH_WHOLE_RE.search(other.clause) is not None
        if each or _fits(other.amount, c) and not _fits(first.amount, c):
            c.subject, c.subject_text, c.known = other.subject, other.subject_text, other.known
            c.category, c.scope, c.amount, c.item = other.category, other.scope, other.amount, other.item


def _fits(amount: ClaimFigure, c: Claim) -> bool:
    """The change's figures agree with this amount as this year's, within rounding: its rate is change ÷ (amount ∓
    change); with no rate, an increase is not more than the amount. False when there is nothing to tell by."""
    if c.change is None or amount.unit not in MONEY_UNITS or c.change.unit not in MONEY_UNITS:
        return False
    a_lo, a_hi = amount.interval()
    c_lo, c_hi = c.change.interval()
    up = (c.direction or 1) > 0
    if c.rate is None:
        return not up or c_lo <= a_hi
    b_lo, b_hi = (a_lo - c_hi, a_hi - c_lo) if up else (a_lo + c_lo, a_hi + c_hi)
    if b_lo <= 0:
        return False
    r_lo, r_hi = c.rate.interval()
    return c_lo * 100 / b_hi <= r_hi and c_hi * 100 / b_lo >= r_lo


def _unnamed_part(state: _Sentence, subject: _Subject | None, clause: str) -> Claim | None:
    """The amount an earlier clause gave a thing no subject names, when this clause names nothing and compares at once
    ("…，其他人力资源事务支出704.81万元，比上年增加100.00万元"): what the change is of; None when there is none."""
    last = state.last_amount
    if subject is None or not subject.name or last is None or last.subject or not last.subject_text \
            or last.basis is not None or last.clause == clause:
        return None
    m = CHANGE_RE.search(clause) or RATE_RE.search(clause)
    return last if m is not None and _plain_change(clause[: m.start()]) else None


def _subject_of(clause: str, lex: _Lexicon, current: _Subject | None, state: _Sentence,
                project: str | None) -> _Subject | None:
    hit = lex.find(clause)
    if hit is None:
        return None
    if clause[: hit[0]].endswith(NEGATING):
        # "非财政拨款收入100万元": another thing than the name it holds (not 财政拨款收入), of no known figure
        return _Subject(name="", text=clause[hit[0] - 1: hit[0] + len(hit[1])], known=False)
    if (q := QUALIFIER_RE.search(clause, 0, hit[0])) is not None and lex.by_alias.get(hit[1]) in QUALIFIED_NAMES:
        # "人员类项目支出", "在职人员经费", "定额公用经费", "事业单位基本支出": a part of the subject by a split no table
        # prints, another figure than the subject's own
        return _Subject(name="", text=q.group(0) + hit[1], known=False)
    if clause[: hit[0]].endswith(OTHER_GLUED):
        # "其他商品和服务支出219.94万元", "其他社会保障和就业支出": a 款 of that name, not the 类 (s16rev r28)
        return _Subject(name="", text=OTHER_GLUED + hit[1], known=False)
    if lex.by_alias.get(hit[1]) in lex.fund_narrowed and (glued := FUND_GLUED_BEFORE_RE.search(clause[: hit[0]])):
        # "其中财政拨款项目支出5324.54万元": a fund's part of the name, not the department's (no line of its own)
        return _Subject(name="", text=glued.group(0) + hit[1], known=False)
    if hit[1] in lex.standalone and not _stands_alone(clause[: hit[0]], lex, state.made_of):
        return None  # "专户收入预算X", "检察（款）：2018年预算支出合计X": other words qualify the 收入预算, the 支出合计
    if hit[1] in BARE and hit[0] > len(LEADING_RE.match(clause).group(0)):
        found = None  # "其他收入", "事业单位支出": other words qualify the bare 收入/支出
    else:
        found = _resolve(hit, lex, current, state, project, clause[: hit[0]])
    if found is not None and found.scope == ANY_SPENDING \
            and not OWN_WORDS_RE.fullmatch(ORDINAL_RE.sub("", ITEM_NUMBER_RE.sub("", clause[: hit[0]]))):
        found.scope = None  # "下属学校教育支出…": other words before the 类 may name another body's spending
    if found is None and hit[1] in BARE:  # a bare 收入/支出 that names nothing: look further along the clause
        rest = clause[hit[0] + len(hit[1]):]
        return _subject_of(rest, lex, current, state, project) if rest else None
    return found


# a part of the department named before an amount: its own office (局机关, 机关本级, 本部（机关）) or its units (所属/下属/
# 直属单位, 二级单位): a multi-unit department states their amounts beside its own ("其中，局机关本年支出合计3101.24万元，
# 人才交流服务中心本年支出合计3000万元")
SUB_UNIT_RE = lazy(r"[局厅委部办]机关|机关本级|本级|本部(?!门)|\(机关\)|所属|下属|直属单位|二级单位|基层单位")
# ("下属1家机关和1家参公事业单位财政拨款的机关运行经费预算": 上海's wording of the department's whole, its units counted)
ALL_UNITS_RE = lazy(r"(?:及|和|与|含|包括|连同)(?:其)?(?:[局厅委部办]?机关|本级|本部|所属|下属|直属)"
                    r"|(?:所属|下属|直属)(?:各|全部|所有|\d+家|[一二两三四五六七八九十]+家)")
OWN_BODY_RE = lazy(r"本部门|本单位|全部门|部门合计")
# the words right before a subject (or an amount) that name a body: "人才交流服务中心2019年度本年支出合计…"
YEARS_RE = lazy(r"\d{4}年度?")
BODY_BEFORE_RE = lazy(r"([\u4e00-\u9fff()]{4,40}?)(?:\d{4}年度?|年度|全年|本年|当年|的)*\|?$")


def _other_body(body: str, department: str | None, lex: _Lexicon) -> bool:
    """The words before the amount name a unit other than the department, by its own name ("人才交流服务中心2019年度
    本年收入合计300.00万元", "劳动保障监察大队“三公”经费支出…"): a name ending as a unit's does (rules/narrative.toml
    [claims] unit_suffixes) that is not the department's own name, its tail or a longer form of it after the usual
    shortenings ([names] abbreviations). Without the department's name nothing is taken for another body."""
    if not department or not body:
        return False
    before = body.split("|", 1)[0] + "|" if "|" in body else body  # (up to the subject's name)
    m = BODY_BEFORE_RE.search(YEARS_RE.sub("", ITEM_NUMBER_RE.sub("", before)))
    if m is None:
        return False
    name = m.group(1)
    if not name.endswith(lex.data.claims.unit_suffixes) or OWN_BODY_RE.search(name) \
            or name.startswith(("本", "我", "全", "该")):
        return False
    own, said = norm(department), name
    for long, short in lex.data.names.abbreviations:
        own, said = own.replace(long, short), said.replace(long, short)
    # ("普陀区财政局" for "上海市普陀区财政局" and the other way round: the department)
    return not own.endswith(said) and not said.endswith(own) and said not in own
NEGATING = ("非",)  # a prefix glued to a name that makes it its complement
# words glued before 基本支出/项目支出/人员经费/公用经费 that name one part of it (项目支出 by 类 of project, 人员经费 by
# whose, 公用经费 by how it is set, 基本支出 by the kind of unit): "各类项目支出" is still the whole (and "日常公用经费" is
# 公用经费, 06 by another name)
QUALIFIED_NAMES = ("基本支出", "项目支出", "人员经费", "公用经费")
QUALIFIER_RE = lazy(r"(?:[\u4e00-\u9fff]{0,3}(?![各本该此这两三几多])[\u4e00-\u9fff]类|在职|离退休|离休|退休|在编|编外|定额|非定额|专项"
                    r"|行政单位|事业单位|参公单位|参照公务员法管理(?:的)?(?:事业)?单位|经常性|一次性|延续性|跨年度)$")
OTHER_GLUED = "其他"  # glued before a 类's name or an 经济分类 类's: the "其他…" 款 under it
_FUND_GLUED = r"(?:(?:一般公共预算|政府性基金预算?|国有资本经营预算)(?:财政)?|财政)?拨款|一般公共预算|政府性基金预算?|国有资本经营预算"
FUND_GLUED_RE = lazy(_FUND_GLUED)
FUND_GLUED_BEFORE_RE = lazy(rf"(?:{_FUND_GLUED})$")


# (names of the whole read only where nothing but own words stand before them: rules/narrative.toml [claims] standalone)
OWN_WORDS_RE = lazy(r"(?:本部门|本单位|部门|\d{4}年度?|年度|全年|本年|当年)*")
# (and "部门" before a whole of the budget: "占部门收入预算的85.32%" is of the 收入预算)
OWN_WHOLE_RE = lazy(r"^(?:本部门|本单位|部门(?=(?:收入|支出|基本支出|项目支出)?预算)|\d{4}年度?)+(?=.)")
OWN_NAME_RE = lazy(r"(?:\d{4}年度?|年度|本部门|本单位|部门|全年|本年|当年|年末|期末)$")  # (年末资产总额)
TRAILING_BRACKET_RE = lazy(r"\([^()]*\)$")


def _stands_alone(before: str, lex: _Lexicon, made_of: bool = False) -> bool:
    # "（一）", "办事处（部门）"; "其中流动资产…" opens a list, it does not qualify the name; so does the "由" of a
    # sentence "资产总计X万元，由流动资产…、固定资产…组成" (`made_of`; not "由年初结转和结余安排…")
    t = TRAILING_BRACKET_RE.sub("", ITEM_NUMBER_RE.sub("", before)).removeprefix("其中")
    if made_of:
        t = t.removeprefix("由")
    return not t or OWN_NAME_RE.search(t) is not None or t.endswith(lex.data.names.suffixes)


def _resolve(hit, lex: _Lexicon, current: _Subject | None, state: _Sentence, project: str | None,
             before: str = "") -> _Subject | None:
    _pos, text, code = hit
    data = lex.data
    if code is not None:
        owner = state.list_owner
        if owner is not None and owner is not state.lead and owner.subject.endswith(SCOPED_PARTS) \
                and owner.subject not in data.category_tables:
            # "一般公共预算财政拨款支出中，项目支出1339.54万元，其中：一般公共服务支出891.23万元": the 类's 项目支出 (a column
            # of its row), not its whole spending: its amount is not judged, nor its share (of the 项目支出 or of the
            # spending the sentence opened with? not said) (s26)
            return _Subject(name=text, text=text, known=True, category=code, scope=UNKNOWN_WHOLE + owner.subject)
        scope = state.lead.subject if state.lead is not None and state.lead.subject in data.category_tables else (
            state.within if state.within in data.category_tables else None)
        if scope is None and state.lead is None and not state.within and (not state.listing or state.viewpoint) \
                and all(m.category for m in state.money):
            # a 类 the sentence names before any other thing's amount, in no list: whose spending is not said
            scope = ANY_SPENDING
        prev = state.parts_of_category
        if scope is None and state.lead is None and not state.within and prev is not None and prev.category \
                and any(m is prev for m in state.money) and all(m.category or not m.known or m.item for m in state.money) \
                and OWN_WORDS_RE.fullmatch(ORDINAL_RE.sub("", ITEM_NUMBER_RE.sub("", before))):
            # "A类X万元，其中：基本支出a万元，项目支出b万元；B类Y万元，其中：…": a 类 after the list of the 类 before's
            # own parts (no other thing's amount between) is a 类 of the same spending — not when other words qualify
            # it ("；财政拨款以外资金安排的B类Y万元": another fund's, review s28)
            scope = prev.scope
        return _Subject(name=f"{text}", text=text, known=True, category=code, scope=scope)
    name = lex.by_alias[text]
    if name in ("项目预算数", "项目执行数"):
        return _Subject(name=name, text=text, known=project is not None) if project else None
    spec = data.subjects.get(name)
    if text in BARE:
        # 本年支出 after 一般公共预算财政拨款本年收入: the same scope's 支出
        scope = None
        owner = state.list_owner
        if owner is not None and current is not None and current.name != owner.subject \
                and data.subjects.get(owner.subject) is not None and data.subjects[owner.subject].scope is not None:
            # "本年收入6063.99万元，其中…政府性基金预算财政拨款收入3947.74万元；本年支出6101.24万元": after the list of a
            # whole's parts, the whole's scope (the department's: no fund's), not the last part's (from s16pdf)
            scope = data.subjects[owner.subject].scope
        elif current is not None and current.name in data.subjects:
            # (or the fund whose balance line was said before: "政府性基金预算财政拨款收入495.00万元，年初结转和结余18.00万元，
            # 支出235.00万元": the fund's 支出, not a second 年初结转和结余, s19rev r1)
            scope = data.subjects[current.name].scope or next(
                (f for f in FUND_SCOPES.values() if current.name.startswith(f) and current.name.endswith("结转和结余")), None)
        if scope:
            scoped = data.scoped(scope, BARE[text])
            if scoped is not None:
                return _Subject(name=scoped.name, text=text, known=True)
        if text in ("收入", "支出"):
            return None  # a bare 收入/支出 with no scope: not a subject
        spec = data.subjects.get(lex.by_alias.get(text + "合计", ""))
        if spec is None:
            return None
        return _Subject(name=spec.name, text=text, known=True)
    return _Subject(name=name, text=text, known=spec is not None)


def claims_of(disclosure) -> Narrative:
    """The claims of a disclosure's paragraphs (cached on nothing: callers keep the result), read as recognize() reads
    them: with the department and the stage (a 决算's doubtful lists after '年初预算…，其中' are the budget's)."""
    return read_claims(disclosure.paragraphs, disclosure.year, disclosure.department, disclosure.stage)


# "因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、2.42万元和1.26万元": names and figures in the
# same order, as many of each; every name must be a whole subject name
# (matched against one clause from its start: tried from every place, the lazy name would scan the rest of a long
# sentence each time)
# The unit may be written once, after the last figure ("基本支出、项目支出分别为1053.63、413.20万元"): it is then every
# figure's
RESPECTIVELY_RE = lazy(rf"([^,;:。]+?)分别(?:为|是|达到|达)?((?:{NUM}{MONEY_UNIT}?(?:、|和|及|与|以及))*{NUM}{MONEY_UNIT})")
RESPECTIVELY_SPLIT = lazy(r"([,;:。])")
LIST_JOIN_RE = lazy(r"(?:、|以及|和|及|与)")
LIST_NAME_TAIL_RE = lazy(r"(?:支出)?(?:预算数?|决算数?)?")  # ("人员经费和公用经费支出分别为…": both 支出)
LIST_FIGURE_RE = lazy(rf"{NUM}{MONEY_UNIT}?")
# words of two to four characters sharing the last one's tail of a kind of purchase: "货物、工程、服务类采购", "货物、工程和服务采购"
SHARED_TAIL_RE = lazy(r"((?:[\u4e00-\u9fff]{2,4}(?:、|和|及|与))+)[\u4e00-\u9fff]{2,4}?((?:类(?:采购)?|采购)(?:预算|支出|金额)*)")


def _list_names(text: str, lex: _Lexicon) -> list[str] | None:
    """"因公出国(境)费、公务用车购置和运行维护费、公务接待费" → its names, when it is nothing but subject names joined
    by 、/和/及/与 (a name may itself hold 和: the longest name is taken first), each perhaps followed by 预算/决算
    ("一般公共预算拨款支出预算和政府性基金拨款支出预算")."""
    names, pos = [], 0
    while pos < len(text):
        m = lex.alias_re.match(text, pos)
        c = lex.cat_re.match(text, pos)
        end = max(m.end() if m else 0, c.end() if c else 0)
        if end <= pos or (m and m.group(0) in BARE and end == m.end()):
            return None
        tail = LIST_NAME_TAIL_RE.match(text, end)
        end = tail.end() if tail else end
        names.append(text[pos:end])
        pos = end
        if pos < len(text):
            j = LIST_JOIN_RE.match(text, pos)
            if j is None:
                return None
            pos = j.end()
    return names


def respectively(s: str, lex: _Lexicon) -> str:
    """Each name of a "分别为" list given its own figure, when names and figures pair one to one; and its own share,
    when the clause right after the list says them "分别占" in the same number ("基本支出、项目支出分别为A万元、B万元，
    分别占12.73%、87.27%" → "基本支出为A万元,占12.73%、项目支出为B万元,占87.27%")."""
    if "分别" not in s and "依次" not in s:
        return s

    def one(clause: str) -> tuple[str, list[tuple[str, str]] | None]:
        m = RESPECTIVELY_RE.fullmatch(clause) if "分别" in clause else None
        if m is None:
            return shares_alone(clause), None
        head = m.group(1)
        lead = LEADING_RE.match(head).group(0)
        names = _list_names(head[len(lead):], lex)
        said = "为"
        if names is None and (shared := SHARED_TAIL_RE.fullmatch(head[len(lead):])) is not None:
            # "货物、工程、服务类采购分别为A、B、C万元": each word with the last one's tail ("货物类采购A万元"), said as a
            # list after 其中 says its parts (their whole's parts by their own word: _bare_part), else not read
            names = [w + shared.group(2) for w in LIST_JOIN_RE.split(shared.group(1)) if w] + [shared.group(0)[
                len(shared.group(1)):]]
            said = ""
        found = list(LIST_FIGURE_RE.finditer(m.group(2)))
        unit = found[-1].group(2)  # the pattern ends with a figure and its unit
        figures = [f.group(0) if f.group(2) else f.group(0) + unit for f in found]
        if not names or len(names) < 2 or len(names) != len(figures):
            return clause, None
        # the year said before the list is every name's ("2018年度人员经费和公用经费分别为…": both 2018's)
        again = lead.replace("其中", "")
        pairs = [(f"{lead if i == 0 else again}{n}{said}", f) for i, (n, f) in enumerate(zip(names, figures))]
        return "、".join(f"{n}{f}" for n, f in pairs), pairs

    def shares_alone(clause: str) -> str:
        # "基本支出和项目支出分别占本年支出合计的12.73%和87.27%" → "基本支出占本年支出合计的12.73%、项目支出占…的87.27%":
        # each name its share of the whole named, when names and shares pair one to one
        m = NAMED_SHARES_RE.fullmatch(clause) if "分别占" in clause else None
        if m is None:
            return clause
        lead = LEADING_RE.match(m.group(1)).group(0)
        names = _list_names(m.group(1)[len(lead):], lex)
        shares = LIST_SHARE_RE.findall(m.group(3))
        if not names or len(names) < 2 or len(names) != len(shares):
            return clause
        return lead + "、".join(f"{n}占{m.group(2)}{r}%" for n, r in zip(names, shares))

    out: list[str] = []
    listed: tuple[int, list[tuple[str, str]]] | None = None  # the list just rewritten: its place in `out`, its pairs
    for part in RESPECTIVELY_SPLIT.split(s):
        # "…，占本年收入合计的比重依次为93.81%、4.64%": the shares of the list before, in its order, as "分别占…的" (s28)
        part = IN_ORDER_SHARES_RE.sub(r"分别占\1", part)
        sh = RESPECTIVE_SHARES_RE.fullmatch(part) if listed is not None and out[-1] == "," and "分别" in part else None
        shares = LIST_SHARE_RE.findall(sh.group(2)) if sh else []
        # of a whole they name ("分别占基本支出的…") or the sentence stated before the list; else the first name would be
        # taken for the whole of the others ("人员经费和公用经费分别为A万元和B万元，分别占95.51%和4.49%")
        # (or a whole said before the list by "…中，": "一般公共预算财政拨款支出中，A、B分别为…，分别占…")
        if sh and len(shares) == len(listed[1]) and ("的" in sh.group(1) or MONEY_RE.search("".join(out[:listed[0]]))
                                                     or WITHIN_BEFORE_RE.search("".join(out[:listed[0]]))):
            at, pairs = listed
            out[at] = "、".join(f"{n}{f},占{sh.group(1)}{r}%" for (n, f), r in zip(pairs, shares))
            out.pop()  # the comma before the shares: they now stand in the list
            listed = None
            continue
        named = RESPECTIVE_SHARES_RE.fullmatch(part) if sh is None and out[-1:] == [","] and "分别占" in part else None
        # (of the whole named, or of the amount a "其中：" before the items follows: "一般公共预算支出2,230.50万元，其中：
        # A X万元、B Y万元，分别占Z1%、Z2%" — with no whole said, the first item would be taken for the others' whole)
        # (or "…X万元，其中A X1万元、B X2万元，分别占…": 其中 with no colon opens the list itself, s28)
        items = _amount_items(out[-2], lex) if named is not None and len(out) > 1 and (
            "的" in named.group(1) or ((before := "".join(out[:-2])).endswith(("其中:", "其中,"))
                                      or (out[-2].startswith("其中") and before.endswith(","))) and MONEY_RE.search(before)) \
            else None
        if items and len(items) == len(shares := LIST_SHARE_RE.findall(named.group(2))):
            # "A X万元、B Y万元，分别占本年支出合计的Z1%和Z2%": each item its share of the whole named
            out[-2] = "、".join(f"{item},占{named.group(1)}{r}%" for item, r in zip(items, shares))
            out.pop()
            continue
        text, pairs = one(part) if part not in (",", ";", ":", "。") else (part, None)
        if part not in (",", ";", ":", "。"):
            listed = (len(out), pairs) if pairs else None
        out.append(text)
    return "".join(out)


ITEM_AMOUNT_RE = lazy(rf"(.+?){NUM}{MONEY_UNIT}")


def _amount_items(text: str, lex: _Lexicon) -> list[str] | None:
    """"一般公共预算财政拨款支出2116.25万元、政府性基金预算财政拨款支出3984.99万元": the items of a list each of a subject's
    name (words of the year or the department before the first) and its amount; None when the text is not such a list."""
    items = text.split("、")
    for i, item in enumerate(items):
        m = ITEM_AMOUNT_RE.fullmatch(item)
        name = m.group(1)[len(LEADING_RE.match(m.group(1)).group(0)) if i == 0 else 0:] if m else ""
        # (a 类's name too: "一般公共服务支出1303.58万元、科学技术支出326.86万元")
        if not name or (name not in lex.by_alias or not lex.by_alias[name]) and not lex.cat_re.fullmatch(name):
            return None
    return items if len(items) > 1 else None


# "…分别为A万元、B万元，分别占本年支出合计的12.73%、87.27%": the shares of a list, in its order
WITHIN_BEFORE_RE = lazy(r"(?:^|[,;:])[^,;:。\d]{2,30}(?<!其)中,$")  # "一般公共预算财政拨款支出中，" (not "其中，")
IN_ORDER_SHARES_RE = lazy(r"^(?:并|且)?占([^\d,;:%、]{2,30}?的)(?:比重|比例)?(?:依次|分别)(?:为|是)(?=\d)")
RESPECTIVE_SHARES_RE = lazy(rf"(?:并|且)?分别占([^\d,;:%、]{{0,30}}?)((?:{NUM}%(?:、|和|及|与|以及)?)+)")
LIST_SHARE_RE = lazy(r"(\d+(?:\.\d+)?)%")
# "A和B分别占W的X%和Y%": names with no amounts, their shares of the whole W (which must be named: "的")
NAMED_SHARES_RE = lazy(rf"([^,;:。]+?)分别占([^\d,;:%、]{{2,30}}?的)((?:{NUM}%(?:、|和|及|与|以及)?)+)")


# "“三公”经费预算7.5万元": a bare 预算 between the subject and its figure names the budget, in a sentence that also
# says 决算 or compares it with another budget ("“三公”经费预算7.5万元，比上年预算增加1万元")
BARE_BUDGET_RE = lazy(rf"{WHICH_BUDGET}?预算(?:数)?$")
VERSUS_BEFORE_RE = lazy(rf"(?:比|较|与|对比)(?:上年度?|\d{{4}}年度?)?(?:的)?{WHICH_BUDGET}?$")
BUDGET_VS_BUDGET_RE = lazy(r"(?:比|较|与|对比)(?:上年度?|上一年度?|去年|\d{4}年度?)(?:的)?(?:全年|年初|调整后|调整)?预算")
# words before a subject that make the figure a portion of it: "涉及一般公共预算支出509万元", "用于基本支出…"
PORTION_BEFORE = ("涉及", "用于", "使用", "动用", "安排给")
# (but "一般公共预算财政拨款支出3144.21万元，主要用于农林水支出（类）2027.59万元": the whole's 类, all of it; s16rev r1)
USED_FOR_CLASS_RE = lazy(r"(?:主要)?用于")
INCLUDES_RE = lazy(r"主要包括")


ALL_FISCAL_TOTAL = "财政拨款收支总计"
# 财政拨款's wholes a list of its income may follow, and the 上年结转 such a list names (rules/narrative.toml)
FISCAL_WHOLES = (ALL_FISCAL_TOTAL, "财政拨款收入", FISCAL_INCOME_EITHER)
CARRIED_IN = "上年结转资金"
# the 决算 tables that split spending into 基本支出 and 项目支出: a whole printed in none of them has no such line
SPLIT_TABLES = ("01", "02", "03", "04", "05", "08", "09")
# lines of 公开01/03表 that are no whole of the tables' other lines: what a list after one of them names is its own
LEAF_LINES = ("经营支出", "对附属单位补助支出", "上缴上级支出", "事业收入", "经营收入", "其他收入", "上级补助收入", "附属单位上缴收入")


def _owners_own(found: _Subject, owner: Claim | str | None, lex: _Lexicon, stage: str | None) -> bool:
    """The subject a list after "X…万元，其中：" (or "X中，") names is X's own part, not the department's line of that name:
    X is income where the part is spending or the other way round ("基本支出…，其中：…事业收入253.09万元" is what paid for
    it); in a 决算 also where X is a 类 or a 科目, a thing not known, or a line that is no whole (经营支出, 事业收入 …).
    False where the part is one of X's parts in rules/narrative.toml. (A 预算's 类 and sources: checks/budget_text.py.)"""
    if owner is None:
        return False
    name = owner if isinstance(owner, str) else owner.subject
    if not isinstance(owner, str) and (owner.category or owner.item or not owner.known):
        return stage == "决算" and bool(owner.category or owner.item or owner.subject_text)
    spec = lex.data.subjects.get(name)
    if spec is None or found.name in spec.parts or found.name == name:
        return False
    if stage == "决算" and found.name in SCOPED_PARTS and not any(p.endswith(found.name) for p in spec.parts) \
            and not any(ref.table in SPLIT_TABLES for refs in spec.figures for ref in refs):
        return True  # "公务接待费1.26万元，其中：基本支出0.80万元，项目支出0.46万元": its own split, not the department's (r7)
    income, spending = ("收入",), ("支出", "经费")
    return (stage == "决算" and name in LEAF_LINES) or (name.endswith(spending) and found.name.endswith(income)) \
        or (name.endswith(income) and found.name.endswith(spending))


# the “三公” figures (公开07表, a 预算's B09: all of 一般公共预算's spending on them, 基本 and 项目) and the spending whose part
# of them is a smaller figure: named in a list after one of these, a 三公 name is that spending's part
SANGONG_NAMES = ("三公经费", "因公出国(境)费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费",
                 "国内公务接待费", "外事接待费")
NARROWER_THAN_SANGONG = ("基本支出", "项目支出", "一般公共预算财政拨款基本支出", "一般公共预算财政拨款项目支出", "人员经费",
                         "公用经费", "商品和服务支出", "机关运行经费")
LIST_OPENER_RE = lazy(r"其中|包括|用于|中,")


def _narrower_owner(money: list[Claim], before: str) -> bool:
    """The last list opened in `before` (the sentence up to a subject) follows an amount of a spending narrower than the
    三公 figures (NARROWER_THAN_SANGONG), with no ';' since."""
    opener = max((m.start() for m in LIST_OPENER_RE.finditer(before)), default=-1)
    if opener < 0 or ";" in before[opener:]:
        return False
    pos, owner = 0, None
    for o in money:
        at = before.find(o.clause, pos)
        if at < 0 or at >= opener:
            break
        pos, owner = at + len(o.clause), o if o.basis is None else owner
    return owner is not None and owner.known and owner.subject in NARROWER_THAN_SANGONG and ";" not in before[pos:opener]


CHANGE_BEFORE_RE = lazy("|".join((*INC_WORDS, *DEC_WORDS, "大于", "小于", "多于", "少于", "差额", "差异", "结余")))
# "人员经费741.82万元，主要用于基本工资151.23万元、…", "公用经费34.89万元，主要包括办公费10.12万元、…": right after an
# amount, items of it with their amounts, as after "主要包括：" (the clause before: no change, no gap; the item: a short
# name, straight before its figure)
ITEMS_AFTER_RE = lazy(r"(?:(?<=万元|亿元|千元|\d元)|(?<=%)),主要(?:包括|用于)(?=([\u4e00-\u9fff]{2,12})\d+(?:\.\d+)?(?:万元|亿元|千元|元))")


def items_colon(s: str, lex: _Lexicon) -> str:
    """The sentence with a colon after "主要包括"/"主要用于" where what follows lists items of the amount before it, each
    with its amount, and the first is no subject or 类 the lexicon knows (those are read as they are: `_used_for_class`)."""
    if "主要" not in s:
        return s

    def one(m: re.Match) -> str:
        start = max(s.rfind(d, 0, m.start()) for d in ",;:。(")
        if CHANGE_BEFORE_RE.search(s, start + 1, m.start()) is not None or lex.find(m.group(1)) is not None:
            return m.group(0)
        return m.group(0) + ":"

    return ITEMS_AFTER_RE.sub(one, s)


def _item_of_list(earlier: str, last: Claim) -> bool:
    """The clause before (its text ends `earlier`, with its comma) is the last item of a list of amounts joined by "、"
    ("…、工会经费6.12万元，占基本支出的4.49%": whose share follows, the last item's or the list's owner's, is not said)."""
    if not earlier.endswith(",") or last.clause not in earlier:
        return False
    prev = earlier[:-1]
    k = max(prev.rfind(d) for d in ",;:、(")
    return k > 0 and prev[k] == "、" and prev[:k].endswith(("万元", "亿元", "千元", "元")) and MONEY_RE.search(prev[k:]) is not None


def _used_for_class(clause: str, lex: _Lexicon, before: str = "") -> bool:
    """"主要用于农林水支出2027.59万元": what was spent on, a 类 and its amount right after "主要用于" (not a cause, as
    "主要用于检察院行政支出及办案业务…" is none); "主要包括工资福利支出724.61万元": a part and its amount after
    "主要包括"."""
    m = USED_FOR_CLASS_RE.match(clause)
    c = lex.cat_re.match(clause, m.end()) if m is not None else None
    if c is None and INCLUDES_RE.match(clause):
        # (“主要包括…” lists what there is, never a cause; but after a change or a gap, “较上年增加62.77万元，主要包括
        # 项目支出40.00万元…”, it names what changed, by how much: the causes)
        if CHANGE_BEFORE_RE.search(before) is not None or MONEY_RE.search(clause) is None:
            return False
        m = INCLUDES_RE.match(clause)
        c = lex.alias_re.match(clause, m.end() + (clause[m.end():m.end() + 1] == ":"))
        return c is not None and bool(lex.by_alias[c.group(0)])  # (a known subject, not “基本工资…”: a cause's words)
    return c is not None and DIGIT_RE.match(clause, c.end()) is not None
# (but "本部门实现绩效目标全覆盖，涉及一般公共预算项目支出482.56万元": what every project has is the whole of the projects'
# spending, not of "一般公共预算当年拨款", which pays for 基本支出 too)
WHOLE_COVERED_RE = lazy(r"全覆盖[,;:]$")
# (a clause that qualifies the subject by what is done with a part of it: "纳入绩效目标管理的项目支出", "设置绩效目标的")
QUALIFIED_RE = lazy(r"(?:纳入|实行|实施|设置|设定|编制|开展|申报|覆盖)[^,;:。]{0,16}的$")
# (of the targets alone: "自评覆盖率100%" says every project was evaluated, not that every one has targets, nor that the
# evaluated spending is all the projects')
FULL_COVERAGE_RE = lazy(r"(?:绩效)?目标(?:管理)?覆盖率(?:为|达到?)?100(?:\.0+)?%")
# words before a subject that make the figure one per head, per car…: "职工人均人员经费支出12.36万元" is not the 人员经费
PER_UNIT_BEFORE = ("人均", "平均", "户均", "车均", "每人", "每辆", "每车")
SUM_WORDS = ("合计", "共计", "总计", "累计", "合共")


def _other_measure(found: _Subject | None, between: str, owner: _Subject | None) -> bool:
    """Words between the subject and its figure that make it another figure: “财政拨款收入” + “支出决算总计”
    (收入 → 收支), and a sum after a subject carried from a clause before
    (“人员经费X万元，公用经费Y万元，合计Z万元”)."""
    if owner is None or not owner.name:
        return False
    if found is None:
        return any(w in between for w in SUM_WORDS)
    name = owner.text
    return name.endswith("收入") and "支出" in between or name.endswith("支出") and "收入" in between


# 基本支出 / 项目支出 in a sentence led by (or a passage headed by) one fund's spending are that fund's: “一般公共预算财政
# 拨款支出2116.25万元，其中：基本支出776.71万元，项目支出1339.54万元” (公开05表, not 03表). A fund without such a subject
# (“财政拨款基本支出”) leaves the part unknown.
SCOPED_PARTS = ("基本支出", "项目支出")


# 结转和结余 said bare (rules/narrative.toml [claims.carried]) is the department's (公开01表) or all 财政拨款's (公开04表)
# only where the paragraph has named no narrower spending before it and its heading names none
FUND_WORDS = ("一般公共预算", "政府性基金", "国有资本经营")


def _carried(found: _Subject, said: list[Claim], heading: str, lex: _Lexicon, before: str) -> _Subject:
    """The department's (or all 财政拨款's) 结转和结余, unless the paragraph before it named a narrower fund, by a subject
    or by the fund's words ("一般公共预算财政拨款年初结转和结余36.65万元，年末结转和结余36.65万元": the fund's)."""
    own = lex.carried[found.name]
    wider = ("", own)
    # ("年初财政拨款结转和结余534.34万元，其中：一般公共预算财政拨款36.65万元，…；年末财政拨款结转和结余…": the funds listed
    # as parts of all 财政拨款's 结转和结余 narrow nothing)
    parts = {p for c in said if c.subject in FUND_BALANCE_WHOLES for p in lex.data.subjects[c.subject].parts} if own \
        else set()
    for c in said:
        before = before.replace(c.subject_text, "") if c.subject in parts else before
    scopes = {lex.data.subjects[c.subject].scope or "" for c in said if c.subject in lex.data.subjects
              and c.subject not in parts}
    narrower = FUND_WORDS + (("财政拨款",) if not own else ())
    # ("使用非财政拨款结余50.00万元，年初结转和结余185.00万元": 非财政拨款 narrows nothing to 财政拨款; s16rev r5)
    before, heading = before.replace("非财政拨款", ""), heading.replace("非财政拨款", "")
    if scopes - set(wider) or any(w in before or w in heading for w in narrower):
        return _Subject(name="", text=found.text, known=False)
    return found


# a fund's 结转和结余 said without 年初/年末: of the one the sentence's whole (年初/年末（财政拨款）结转和结余) says
UNTIMED_BALANCES = ("一般公共预算财政拨款结转和结余", "政府性基金预算财政拨款结转和结余", "国有资本经营预算财政拨款结转和结余")
BALANCE_TIMES = ("年初", "年末")


def _balance_when(found: _Subject, state: _Sentence, lex: _Lexicon) -> _Subject:
    """"年初结转和结余534.34万元，其中：一般公共预算财政拨款结转和结余36.65万元": the fund's 年初 one, when the sentence
    has stated the amount of exactly one of 年初/年末 结转和结余 (the department's or all 财政拨款's) before it."""
    times = {t for name in state.amounts if name in lex.carried for t in BALANCE_TIMES if name.startswith(t)}
    if len(times) == 1:
        name = found.name.replace("结转和结余", times.pop() + "结转和结余")
        if name in lex.data.subjects:
            return _Subject(name=name, text=found.text, known=True)
    return _Subject(name="", text=found.text, known=False)


# a bare 本年收入/本年支出 is the department's whole only where no fund or “三公” was named before it or in its heading,
# and no 类 before it in its sentence
BARE_WHOLES = ("本年收入", "本年支出")  # read as 本年收入合计 / 本年支出合计 by _resolve
NARROWER = FUND_WORDS + ("三公",)
# the wholes a 类's own line of 公开08表 (or 01表) also prints: after a 类 named in the sentence, the 类's
CATEGORY_LINE = ("本年收入合计", "本年支出合计", "年初结转和结余", "年末结转和结余")


def _narrower(words: str) -> bool:
    return any(w in words for w in NARROWER)


def _one_fund(words: str) -> str | None:
    """The one fund the words name ("八、政府性基金预算财政拨款收入支出决算情况说明" → 政府性基金预算财政拨款), not where they
    name another fund or the “三公” too: whose 本年收入/本年支出 a bare name there is."""
    named = [scope for word, scope in FUND_SCOPES.items() if word.removesuffix("预算") in words]
    return named[0] if len(named) == 1 and "三公" not in words else None


def _under_heading(found: _Subject, heading: str, lex: _Lexicon) -> _Subject:
    """The department's whole said bare (收支总计 / 收入、支出总计, 本年收入, 本年支出) under a heading that names all
    财政拨款 ("四、财政拨款收入支出决算总体情况说明", "（一）财政拨款收支与上年对比情况") is 财政拨款's (公开04表); under a
    heading naming one fund or the “三公” (whose figures are not the department's) it is not known."""
    bare_total = found.name == "收支总计"
    if not bare_total and not (found.text in BARE_WHOLES and found.name == lex.by_alias.get(found.text + "合计")):
        return found
    if any(w in heading for w in NARROWER):
        return _Subject(name="", text=found.text, known=False)
    if "财政拨款" not in heading.replace("非财政拨款", ""):  # ("使用非财政拨款结余" in a numbered whole's list is no 财政拨款)
        return found
    spec = lex.data.subjects.get("财政拨款收支总计") if bare_total else \
        lex.data.scoped("财政拨款", lex.data.subjects[found.name].measure)
    return _Subject(name=spec.name, text=found.text, known=True) if spec is not None else found


# a budget named before the subject ("2019年年初预算本年支出合计10010.00万元") or in a clause of its own ("年初预算中，…"):
# the amounts after it in the sentence are that budget's, until a clause says 决算 ("决算数为6101.24万元")
BUDGET_BEFORE_RE = lazy(rf"{WHICH_BUDGET}?预算(?:数|安排)?(?:中|里)?(?:的)?(?:\d{{4}}年度?)?$")
BUDGET_CLAUSE_RE = lazy(rf"(?:在)?(?:\d{{4}}年度?)?(?:部门)?{WHICH_BUDGET}?预算(?:数|安排)?(?:中|里)")
SPENT_RE = lazy(r"决算|实际|执行数")
# after a budget's list of parts, a bare 支出 says what was spent ("预算为7.50万元（其中…），支出3.68万元")
BARE_SPENT_RE = lazy(r"(?:\d{4}年度?|全年|当年|本年|共)?支出(?:了|为|共计|合计|数为)?")


def _spent(words: str, state: _Sentence) -> bool:
    """The words before an amount say it was spent, not budgeted."""
    return SPENT_RE.search(words) is not None or (state.budget_whole is not None and BARE_SPENT_RE.fullmatch(words) is not None)


def _budget_list(state: _Sentence, last: Claim | None) -> None:
    """A list opened by 其中 right after a budget amount that ends its clause names the budget's parts ("年初预算
    2129.28万元，其中基本支出780.00万元…", "“三公”经费全年预算数7.50万元，其中公务接待费3.00万元"), until a clause says what
    was spent ("；支出决算为2116.25万元": the whole's). When the sentence stated the same subject's 决算 before that
    budget ("支出2116.25万元，年初预算2129.28万元，其中…"), whose parts they are is not known: they are not judged."""
    if last is None or last.basis != "budget" or state.within_budget or last.amount is None \
            or not last.clause.endswith(last.amount.text):
        return  # ("决算3.68万元，为全年预算7.50万元的49.07%，其中：…": the 决算's parts)
    state.budget_owner = last
    if any(m.basis is None and m.subject == last.subject for m in state.money):
        state.doubtful_list = True
    else:
        state.within_budget, state.within_word, state.budget_whole = True, last.budget_word, last


def _budget_governs(state: _Sentence, clause: str, found: _Subject | None, first: re.Match | None) -> None:
    """Whether the clause's amounts (and those after it in the sentence) are a budget's: a 预算 that governs them."""
    pre = clause[: clause.find(found.text)] if found is not None and found.text else clause
    m = BUDGET_BEFORE_RE.search(FUND_BUDGET_RE.sub("", pre)) if found is not None and found.text else \
        BUDGET_CLAUSE_RE.fullmatch(clause)
    if m is not None and "预算" in m.group(0):
        state.within_budget, state.within_word = True, _budget_word(m.group(1))
    elif state.within_budget and _spent(clause[: first.start()] if first else clause, state):
        state.within_budget, state.within_word = False, None  # "…，决算数为6101.24万元": spent, not budgeted


FUND_BUDGET_RE = lazy(FUND_NAMES)
# a fund named right before a name that is not that fund's ("一般公共预算|财政拨款收支总计", "政府性基金安排|项目支出"), or a
# fund's name with 总计 after it that makes it another line ("一般公共预算财政拨款支出|总计": 公开04表's 总计, the fund's
# 本年支出 and 年末结转和结余 together)
FUND_BEFORE_RE = lazy(rf"{FUND_NAMES}(?:财政)?(?:拨款)?(?:资金)?(?:安排的?)?$")
TOTAL_AFTER_RE = lazy(r"(?:总计|合计|总额)")


def _of_a_fund(head: str, found: _Subject) -> bool:
    """The name is read without the fund's words around it: the line meant is a fund's, not the name's (not judged)."""
    at = head.find(found.text) if found.text else -1
    if at < 0:
        return False
    if not found.name.startswith(FUND_WORDS) and (found.name in SCOPED_PARTS or found.name.endswith(("总计", "合计"))) \
            and FUND_BEFORE_RE.search(head[:at]):
        return True  # (not "一般公共预算机关运行经费", "…安排的“三公”经费": lines of that fund alone)
    return found.name.startswith(FUND_WORDS) and not found.name.endswith(("总计", "合计")) \
        and TOTAL_AFTER_RE.match(head, at + len(found.text)) is not None
UNKNOWN_WHOLE = "?"  # the mark of a "X中，" whose X is no subject known: its parts' shares are not judged


def _part_wholes(state: _Sentence, lex: _Lexicon) -> list[tuple[int, Claim]]:
    """The wholes a 基本支出/项目支出 may be a part of that the sentence has stated so far, in order, each with its
    place in `state.money` (-1: the lead carried from a sentence or paragraph before): amounts of the department's or
    a fund's 收入/支出 and of the 收支总计."""
    lead = state.lead
    if lead is not None and _is_whole(lead, lex) and (not state.wholes or state.wholes[0][1] is not lead):
        return [(-1, lead), *state.wholes]  # (a lead stated in this sentence is its first whole)
    return state.wholes


def _is_whole(c: Claim, lex: _Lexicon) -> bool:
    spec = lex.data.subjects.get(c.subject)
    return c.basis is None and spec is not None and (bool(spec.measure) or c.subject == "收支总计")


def _heading_part(name: str, under: str, lex: _Lexicon, ptext: str) -> str | None:
    """"六、一般公共预算财政拨款基本支出决算情况说明": under a heading naming one fund's 基本支出 (or 项目支出), that part
    said bare ("人员经费…，占基本支出的72.60%", "基本支出938.80万元") is the fund's, not the department's (公开03表); not
    where the paragraph names the fund's in full too ("基本支出876.71万元，其中一般公共预算财政拨款基本支出776.71万元":
    the bare one is then the department's)."""
    named = [a for a, s in lex.by_alias.items() if s != name and s.endswith(name) and a.endswith(name) and a in under]
    if not named:
        return None
    own = lex.by_alias[max(named, key=len)]
    return None if any(s == own and a in ptext for a, s in lex.by_alias.items()) else own


def _scoped_part(found: _Subject, state: _Sentence, section: str | None, lex: _Lexicon,
                 under: str = "", ptext: str = "", bare: bool = False, stage: str | None = None) -> _Subject:
    """The 基本支出/项目支出 of the whole the sentence states last before it, when that whole is certain: the one
    right before "其中", or the only fund named; after the department's whole (本年支出合计, 收支总计) or two funds'
    wholes, a fund's part is not certain (unknown: not judged); with no whole stated it is the department's, but under a
    fund's heading ("（四）一般公共预算财政拨款支出决算情况说明") whose it is is not certain."""
    unknown = _Subject(name="", text=found.text, known=False)
    sibling = state.last_amount
    fund = next((sibling.subject.removesuffix(p) for p in SCOPED_PARTS if p != found.name
                 and sibling.subject.endswith(p) and sibling.subject != p), None) \
        if bare and sibling is not None and sibling.basis is None and sibling.known else None
    if fund:
        # "一般公共预算财政拨款基本支出776.71万元，项目支出1339.54万元": the fund named on the first of the two is the
        # second's too
        scoped = lex.data.subjects.get(fund + found.name)
        return _Subject(name=scoped.name, text=found.text, known=True) if scoped is not None else unknown
    if state.within_budget and state.budget_whole is not None:  # "…年初预算为2129.28万元，其中：基本支出…": its budget's
        spec = lex.data.subjects.get(state.budget_whole.subject)
        if spec is None:
            return unknown
        whole = spec
    elif state.within:
        spec = lex.data.subjects.get(state.within)
        if spec is None:
            return unknown
        whole = spec
    else:
        wholes = _part_wholes(state, lex)
        if not wholes and any(not m.subject and any(w in m.subject_text for w in ("公共预算", "政府性基金", "国有资本"))
                              for m in state.money):
            return unknown  # "一般公共预算拨款安排的支出1817.33万元，其中基本支出…": a fund's whole not known, its parts
        if not wholes and any(m.subject == TWO_SIDED_BUDGET for m in state.money):
            # "财政拨款收支预算总计13297.11万元，其中：基本支出…": 财政拨款's, in a 预算 its B04 line (江苏) by use
            use = two_sided_use(found.name, stage, state.money)
            return _Subject(name=use, text=found.text, known=True) if use else unknown
        if not wholes and of_a_source(state.money, state.listing, lex.data):
            # "事业收入预算35.60万元，其中：项目支出35.60万元", "非财政拨款支出预算47.60万元，其中：基本支出…": the source's
            return unknown
        if not wholes:
            own = _heading_part(found.name, under, lex, ptext)
            if own is not None:
                return _Subject(name=own, text=found.text, known=True)
            return unknown if section else found
        at, last = wholes[-1]
        whole = lex.data.subjects[last.subject]
        if whole.measure == "收入":
            # "…政府性基金预算拨款收入20.00万元，事业收入50.00万元；支出预算…，其中：基本支出…": a 收入 is no whole of a
            # 基本支出/项目支出, and whose spending they are is not certain
            return unknown
        if not whole.scope:
            return found  # "本年支出合计6101.24万元，其中：基本支出…": the department's
        if at < state.unscoped_at:
            return unknown  # "…财政拨款支出X万元，占本年支出合计的Z%，基本支出…": whose is not certain
        if state.list_whole is not last and any(lex.data.subjects[c.subject].scope != whole.scope for _i, c in wholes):
            return unknown  # "一般公共预算财政拨款支出X万元，政府性基金预算财政拨款支出Y万元；基本支出…"
    if not whole.scope:
        return found
    scoped = lex.data.subjects.get(whole.scope + found.name)
    if scoped is None:
        return unknown
    return _Subject(name=scoped.name, text=found.text, known=True)


# a fund named bare in the list of a 财政拨款 whole ("财政拨款收入20,823,283元，其中一般公共预算资金18,173,283元、政府性基金
# 2,650,000元"; 上海 B01 prints "1. 一般公共预算资金 / 2. 政府性基金"): that fund's part of the whole's measure
BARE_FUND_RE = lazy(r"(一般公共预算|政府性基金|国有资本经营预算)(?:预算)?(?:财政)?(?:资金|拨款)?")
# all 财政拨款's 结转和结余 → the words a fund's own one ends with
FUND_BALANCE_WHOLES = {"年初财政拨款结转和结余": "年初结转和结余", "年末财政拨款结转和结余": "年末结转和结余"}
TWO_SIDED_BUDGET = TWO_SIDED_WHOLE
FUND_SCOPES = {"一般公共预算": "一般公共预算财政拨款", "政府性基金": "政府性基金预算财政拨款",
               "国有资本经营预算": "国有资本经营预算财政拨款"}


def _balance_whole(state: _Sentence) -> Claim:
    """The whole of a list of bare funds: the lead, but after the lead 年初财政拨款结转和结余 the 结转和结余 stated last
    ("年初财政拨款结转和结余534.34万元，年末财政拨款结转和结余497.09万元，其中：一般公共预算财政拨款36.65万元…": 年末's)."""
    lead = state.lead
    if lead.subject not in FUND_BALANCE_WHOLES:
        return lead
    said = [m for m in state.money if m.subject in FUND_BALANCE_WHOLES and m.basis is None]
    return said[-1] if said else lead


def _bare_fund(head: str, lead: Claim, lex: _Lexicon, side: str | None = None) -> _Subject | None:
    """The fund a clause names with nothing but its name before its amount, as a part of the sentence's lead when
    the lead is 财政拨款收入 or 财政拨款支出 (its measure says which), or the 财政拨款收支总预算 of a budget (收入, or the
    side a "支出包括：" names: in a budget each fund's income is its spending); else None."""
    m = MONEY_RE.search(head)
    spec = lex.data.subjects.get(lead.subject)
    if m is None or spec is None:
        return None
    name = LEADING_RE.sub("", ITEM_NUMBER_RE.sub("", head[: m.start()]))
    f = BARE_FUND_RE.fullmatch(name)
    if f is not None and spec.name in FUND_BALANCE_WHOLES:
        # "年初财政拨款结转和结余534.34万元，其中：一般公共预算财政拨款36.65万元，政府性基金预算财政拨款497.69万元"
        balance = lex.data.subjects.get(FUND_SCOPES[f.group(1)] + FUND_BALANCE_WHOLES[spec.name])
        return _Subject(name=balance.name, text=name, known=True) if balance is not None else None
    measure = spec.measure
    if spec.name == TWO_SIDED_BUDGET and "预算" in lead.subject_text and f is not None and side is None \
            and f.group(0) == name and (either := lex.data.subjects.get(FUND_SCOPES[f.group(1)] + "收入或支出")):
        # "财政拨款收支预算2,270.50万元，其中一般公共预算2,230.50万元": no side said, the fund's income or its spending
        # (with its 上年结转: they differ where the fund carried money over), either (rules/narrative.toml)
        return _Subject(name=either.name, text=name, known=True)
    if spec.name == TWO_SIDED_BUDGET and "预算" in lead.subject_text:
        measure = side or "收入"  # "财政拨款收支总预算X万元。收入包括：一般公共预算拨款Y万元，…"
    elif spec.scope != "财政拨款" or not measure:
        return None
    scoped = lex.data.scoped(FUND_SCOPES[f.group(1)], measure) if f else None
    return _Subject(name=scoped.name, text=name, known=True) if scoped else None


# what may stand around a part's own word in a list of its whole's parts: "其中：货物类32.40万元", "拟采购服务86万元"
BARE_PART_RE = lazy(r"^(?:拟)?(?:采购|购买)?(.{2,4}?)(?:类)?(?:采购)?(?:预算|支出|金额)*$")


def _bare_part(head: str, lead: Claim, lex: _Lexicon) -> _Subject | None:
    """A part named by its own word alone in the list of the sentence's lead ("政府采购预算总额86.40万元，其中：货物类
    32.40万元，工程类0万元，服务类54.00万元"): the lead's part whose name is the lead's name's opening words + that word
    + 支出 (政府采购 + 货物 + 支出); else None."""
    m = MONEY_RE.search(head)
    spec = lex.data.subjects.get(lead.subject)
    if m is None or spec is None or not spec.parts:
        return None
    w = BARE_PART_RE.match(LEADING_RE.sub("", ITEM_NUMBER_RE.sub("", head[: m.start()])))
    if w is None:
        return None
    hits = [p for p in spec.parts if p.endswith(w.group(1) + "支出") and spec.name.startswith(p[: -len(w.group(1)) - 2])
            and len(p) > len(w.group(1)) + 2]
    return _Subject(name=hits[0], text=w.group(0), known=True) if len(hits) == 1 else None


SHORT_PART_RE = lazy(r"^(?:其中)?([\u4e00-\u9fff]{2,6}费)$")


def _short_part(head: str, last: Claim, lex: _Lexicon) -> _Subject | None:
    """A part of the amount just stated named by its own last words in the list after it ("公务用车购置及运行费8.50万元
    （其中：购置费0万元，运行费8.50万元）"): the whole's part whose name (or alias) is the words its name and its parts'
    open with + these words (公务用车 + 运行费 → 公务用车运行维护费); else None."""
    m = MONEY_RE.search(head)
    spec = lex.data.subjects.get(last.subject) if last.known and last.basis is None else None
    w = SHORT_PART_RE.match(head[: m.start()]) if m is not None and spec is not None and spec.parts else None
    if w is None:
        return None
    opening = spec.name[: next((i for i, ch in enumerate(spec.name) if any(p[i: i + 1] != ch for p in spec.parts)),
                               len(spec.name))]
    name = lex.by_alias.get(opening + w.group(1)) if len(opening) >= 2 else None
    return _Subject(name=name, text=w.group(1), known=True) if name in spec.parts else None


# "比上年预算增加1万元", "比2025年预算减少20万元": a comparison of two budgets
PRIOR_BUDGET_RE = lazy(r"(?:的)?(?:全年|年初|调整后|调整)?预算")


def _of_budgets(state: _Sentence, subject: _Subject | None) -> str | None:
    """A comparison with last year's budget is marked (budget_word 上年预算): its parts' changes are summed only with
    changes of the same kind (TXT007), not with changes of last year's 决算. So is a change of a subject whose only
    amount in the sentence is its budget ("“三公”经费年初预算7.5万元，比上年减少1万元")."""
    if state.basis != "prior":
        return None
    if state.of_budgets:
        return OF_BUDGETS
    name = subject.name if subject else ""
    said = [m for m in state.money if name and m.subject == name]
    return OF_BUDGETS if said and all(m.basis == "budget" for m in said) else None


__all__ = ["read_claims", "claims_of", "split_sentences", "lexicon", "respectively", "Location"]
