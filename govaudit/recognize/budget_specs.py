"""What the 部门预算 / 单位预算 tables look like (domain notes budget.md §1): title words, column header words,
row labels. Kinds are B01–B13 (model/table.py BUDGET_TABLE_NAMES), never the 决算 kinds 01–09.

上海 prints nine tables (财务收支预算总表 … “三公”经费和机关运行经费预算表, 元; table 9 万元), 江苏 twelve
(公开01–12表, 万元). Both map onto the same kinds where the content is the same.
"""

from __future__ import annotations

import re

from govaudit.text import UNIT_LABEL, strip_numbering
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)

# kind, all of these words, none of these. Checked in order, the more specific first. A title qualifies only when it
# names a 预算 table ("…预算表" / "…预算总表") and no 决算.
BUDGET_TITLE_RULES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("B09", ("三公",), ()),
    ("B12", ("机关运行经费",), ()),
    ("B13", ("政府采购",), ()),
    ("B07", ("国有资本经营预算", "支出"), ("收支",)),
    ("B06", ("政府性基金",), ("收支",)),
    ("B08", ("一般公共预算", "基本支出"), ()),
    ("B11", ("财政拨款", "基本支出"), ()),
    ("B05", ("一般公共预算", "支出"), ()),
    ("B04", ("财政拨款", "收支"), ()),
    ("B04", ("财政拨款收入支出",), ()),
    ("B10", ("财政拨款", "支出预算"), ()),
    ("B01", ("收支预算总表",), ()),
    ("B01", ("收入支出预算总表",), ()),
    ("B02", ("收入预算",), ()),
    ("B03", ("支出预算总表",), ()),
]


# the 财政部 template of the 部门预算 (中央部门; 北京, 广东, 浙江, 四川, 湖北 …): eight tables whose titles say neither
# 预算 nor 决算 ('收支总表', '一般公共预算支出表': the 预算 there is the fund's name). Every 决算 title says 决算, so
# these are 预算 tables; its '一般公共预算“三公”经费支出表' is read as the 决算 07 until the document's other tables
# say 预算 (recognize/disclosure.py). The more specific first: '财政拨款收支总表' before '收支总表'.
TEMPLATE_TITLES: tuple[tuple[str, str], ...] = (
    ("B04", "财政拨款收支总表"), ("B01", "收支总表"), ("B04", "财政拨款收入支出总表"), ("B01", "收入支出总表"),
    ("B02", "收入总表"), ("B03", "支出总表"),
    ("B08", "一般公共预算基本支出表"), ("B05", "一般公共预算支出表"), ("B06", "政府性基金预算支出表"),
    ("B07", "国有资本经营预算支出表"),
    # the same with 财政拨款 in the name (some provinces' copies of the template)
    ("B08", "一般公共预算财政拨款基本支出表"), ("B05", "一般公共预算财政拨款支出表"), ("B06", "政府性基金预算财政拨款支出表"),
    ("B07", "国有资本经营预算财政拨款支出表"),
    # 江苏's names without 预算 ('财政拨款支出表（功能科目）', '财政拨款基本支出表（经济科目）') and its 机关运行经费 table:
    # after the template's own names, which end the same way ('一般公共预算财政拨款支出表' is B05)
    ("B10", "财政拨款支出表"), ("B11", "财政拨款基本支出表"), ("B12", "机关运行经费支出表"), ("B13", "政府采购表"),
)
# other provinces word the template's titles their own way: '部门收支总体情况表', '一般公共预算支出情况表',
# '一般公共预算支出功能分类表', '一般公共预算基本支出部门预算经济分类表' are the template's 收支总表, 一般公共预算支出表 …
_TEMPLATE_WORDING = lazy(r"(总体情况|情况|(?:部门预算)?(?:功能|经济)分类)(总?表)$")


def template_core(core: str) -> str:
    """A title core in the template's wording: '部门收支总体情况表' → '部门收支总表', '…支出情况表' → '…支出表',
    '…支出功能分类表' → '…支出表'."""
    return _TEMPLATE_WORDING.sub(lambda m: "总表" if m.group(1) == "总体情况" else m.group(2), core)


def template_title(title: str) -> bool:
    """A 预算 table's title in the 财政部 template: it names neither 预算表 nor 预算总表 ('收支总表')."""
    t = title.replace(" ", "")
    return "决算" not in t and "预算表" not in t and "预算总表" not in t


# words only 上海's nine titles print (domain notes budget.md §1.1): 部门财务收支预算总表, …支出功能分类预算表,
# …基本支出部门预算经济分类预算表, “三公”经费和机关运行经费预算表
SHANGHAI_TITLE_WORDS = ("财务收支", "功能分类预算表", "经济分类预算表", "机关运行经费预算表")


def shanghai_title(title: str) -> bool:
    t = title.replace(" ", "")
    return any(w in t for w in SHANGHAI_TITLE_WORDS)


def classify_budget_title(core: str) -> str | None:
    """The 预算 kind of a normalised title core (year, brackets and 公开NN表 code already taken off its end),
    or None when it is no 预算 table."""
    if "绩效目标" in core and core.endswith("表") and "自评" not in core:
        return "B00"  # a 绩效目标表 after the 预算 tables: not checked, but it ends the table before it
    if "决算" in core or "绩效" in core:
        return None
    core = template_core(core)
    if not ("预算表" in core or "预算总表" in core):
        if "三公" in core:  # '“三公”经费和机关运行经费支出情况表': the 决算 07 until the other tables say 预算
            return None
        return next((kind for kind, name in TEMPLATE_TITLES if core.endswith(name)), None)
    for kind, words, excluded in BUDGET_TITLE_RULES:
        if all(w in core for w in words) and not any(w in core for w in excluded):
            return kind
    return None


_UNIT_IN_BRACKETS = lazy(r"[(（]((?:(?:金额)?单位[:：]?)?(?:人民币)?(?:万元|千元|亿元|元))[)）]$")  # or bare: （万元）
_META_TAIL = lazy(r"(?:金额)?(?:编制|填报)?(?:部门|单位)(?:名称)?[:：][^:：]{0,40}?" + rf"(?:{UNIT_LABEL}(?:万元|千元|亿元|元))?$")


def split_title_meta(text: str) -> tuple[str, str]:
    """A normalised title line that also holds the 部门 and 金额单位 ('收支预算总表部门：江苏省政协办公厅单位：万元',
    as a PDF line may read) → (title, the rest); a title alone → (title, ''). Only a short 部门/单位 tail is split
    off: a page of text run together is no title."""
    m = _UNIT_IN_BRACKETS.search(text)  # '收入决算表（单位：万元）', '收入决算表（万元）': the unit after the title
    if m is not None and m.start() > 0:
        return text[: m.start()], m.group(1) if "单位" in m.group(1) else "单位:" + m.group(1)
    m = _META_TAIL.search(text)
    if m is None or m.start() == 0:
        return text, ""
    return text[: m.start()], text[m.start():]


def looks_budget(text: str) -> bool:
    """Text naming a 预算 table (near a 公开NN表 code whose title was not recognised)."""
    return ("预算表" in text or "预算总表" in text) and "决算" not in text


# spaces are gone in normalised text: '表1 2025年…' reads '表12025年…', the number ends where the year begins
_TABLE_NUMBER = lazy(r"^(?:(?:附?表|附件)(?:[一二三四五六七八九十]+|\d{1,2}(?=\d{4}年|\D))|公开\d{1,2}表)[、:：.．\s]*")


def title_scope(title: str) -> str | None:
    """Whose 预算 a title says it is: '2025年部门收入预算总表' → '部门'; '2025年预算单位…' / '2025年单位…' → '单位'."""
    title = _TABLE_NUMBER.sub("", title)  # '表十一 2025年部门…', '附表1：…', '附件1 …', '公开01表 …'
    title = strip_numbering(title.strip().replace("（", "(").replace("）", ")"))  # '一、2025年部门…', '（二）…'
    m = re.match(r"^(?:\d{4}年度?)?(部门|预算单位|单位)", title)
    if not m:
        return None
    return "部门" if m.group(1) == "部门" else "单位"


# ---------------------------------------------------------------- columns (tried on each header level)
# a part named with its own 合计 ('基本支出合计', '项目支出合计') is that part, not the row's total: parts first (as
# specs.COLUMN_WORDS["03"] for the 决算 支出决算表)
_SPENDING = [
    ("人员经费", "basic.personnel"), ("公用经费", "basic.public"), ("基本支出", "basic"), ("项目支出", "project"),
    ("预留机动", "reserve"), ("结转下年", "carry_out"),
    # the 财政部 template's 支出总表 of a department with 事业单位: parts of the row's 合计 beside 基本/项目
    ("上缴上级", "upper"), ("经营支出", "operating"), ("附属单位", "affiliated"), ("合计", "total"), ("小计", "total"),
    ("金额", "amount"), ("预算数", "amount"), ("本年数", "amount"),
]
# 江苏 2019 法院 公开08表 heads its one figure column “基本支出”: the table is all 基本支出, the column its amount
_ECONOMIC = [("合计", "total"), ("人员经费", "personnel"), ("公用经费", "public"), ("金额", "amount"),
             ("预算数", "amount"), ("本年数", "amount"), ("基本支出", "amount")]
BUDGET_COLUMN_WORDS: dict[str, list[tuple[str, str]]] = {
    # two-sided: 项目 | 预算数 ‖ 项目 | 预算数 (部门) or 合计 · 基本支出 (人员经费 · 公用经费) · 项目支出 (单位)
    "B01": [("人员经费", "basic.personnel"), ("公用经费", "basic.public"), ("基本支出", "basic"),
            ("项目支出", "project"), ("预算数", "amount"), ("金额", "amount"), ("本年数", "amount"), ("合计", "amount")],
    # 财政部 template: 一般公共预算拨款收入 · 政府性基金预算拨款收入 · … · 财政专户管理资金收入 · 上级补助收入 · 附属单位上缴收入
    # 上年结转（结余/资金）, 上年财政拨款结转: last year's money, a source of its own (before 财政拨款, which the last names)
    "B02": [("结转", "carry_in"), ("合计", "total"), ("一般公共预算", "fiscal.general"), ("政府性基金", "fiscal.gov_fund"),
            ("国有资本经营", "fiscal.state_capital"), ("财政专户", "special_account"), ("上级补助", "upper"),
            ("附属单位", "affiliated"), ("财政拨款", "fiscal"), ("财政补助", "fiscal"), ("事业单位经营", "operating"),
            ("经营收入", "operating"), ("事业收入", "business"), ("其他收入", "other"), ("金额", "amount"), ("预算数", "amount"),
            ("本年数", "amount"),
            # '合计 | 上年结转 | 本年收入 [小计 | 一般公共预算拨款收入 | …]' (held-out batch 27): the 小计 under 本年收入 is
            # this year's income, a part of 合计 beside 上年结转 (BGT203), not a source of its own
            ("本年收入", "income_now"),
            # '财政拨款 [小计 | …] | 单位资金 [小计 | 上年结转结余 | 事业收入 | … | 其他收入]' (held-out batch 28): the 小计 of
            # the money not from the budget, a whole of its own beside 财政拨款 (BGT205; BGT201 sums its parts)
            ("单位资金", "unit_funds")],
    "B03": _SPENDING,
    "B04": [("一般公共预算", "general"), ("政府性基金", "gov_fund"), ("国有资本经营", "state_capital"),
            ("合计", "total"), ("小计", "total"), ("预算数", "amount"), ("金额", "amount"), ("本年数", "amount")],
    "B05": _SPENDING, "B06": _SPENDING, "B07": _SPENDING, "B10": _SPENDING,
    "B08": _ECONOMIC, "B11": _ECONOMIC,
    # 上海: “三公”经费预算数 (合计 · 出国 · 接待 · 用车 (小计 · 购置费 · 运行费)) · 机关运行经费预算数;
    # 江苏: 合计 · “三公”经费 (小计 · 出国 · 用车 (小计 · 购置费 · 运行维护费) · 接待) · 会议费 · 培训费
    "B09": [("机关运行", "admin_run"), ("三公", "sanggong"), ("合计", "total"), ("出国", "abroad"),
            ("接待", "reception"), ("购置及运行", "car_total"), ("购置和运行", "car_total"),
            ("购置费", "car_purchase"), ("运行", "car_run"), ("会议费", "meeting"), ("培训费", "training")],
    "B12": [("机关运行经费", "amount"), ("金额", "amount"), ("本年数", "amount"), ("合计", "amount")],
    "B13": [("总计", "amount"), ("合计", "amount"), ("金额", "amount"), ("预算数", "amount"), ("本年数", "amount"),
            # 'by fund' columns beside the 合计 (采购项目 | 采购品目 | 数量 | 合计 | 一般公共预算 | 政府性基金预算, s19rev r12)
            ("一般公共预算", "general"), ("政府性基金", "gov_fund"), ("国有资本经营", "state_capital"),
            # a 事业单位's purchases also from its own money (held-out batch 26: its 事业收入 figures stood under no
            # amount column and the table was set aside, BGC006)
            ("财政专户", "special_account"), ("事业单位经营", "operating"), ("事业收入", "business"),
            ("其他收入", "other"), ("其他资金", "other"),
            # by 科目 with the kinds of purchase as columns (合计 | 货物 | 工程 | 服务, held-out batch 28; 江苏 prints
            # them as rows, PURCHASE_ROWS): each row's 合计 = 货物 + 工程 + 服务 (BGT132)
            ("货物", "purchase.goods"), ("工程", "purchase.works"), ("服务", "purchase.services")],
}
SANSHI_TOTALS = frozenset({"total", "sanggong"})  # B09's 合计 columns (上海/财政部 '合计', 江苏 '“三公”经费 [小计 …]')

# ---------------------------------------------------------------- rows of the two-sided tables (B01, B04)
# label → key, first containing match wins; the expense side also takes 类 rows by name (specs.category_code)
B01_INCOME = [
    ("本年收入", "income_total"),  # 财政部 template: 本年收入合计 + 上年结转结余 = 收入总计
    ("收入总计", "income_grand_total"), ("收入合计", "income_grand_total"), ("收入小计", "income_total"),
    ("上年结转", "carry_in"),
    # 用事业基金弥补收支差额 / 使用非财政拨款结余 (the 决算 form's names; before 财政拨款, which the second holds): part of
    # 收入总计 like every 收入 row
    ("弥补收支", "income.fund_cover"), ("非财政拨款结余", "income.fund_cover"), ("一般公共预算", "fiscal.general"), ("政府性基金", "fiscal.gov_fund"),
    ("国有资本经营", "fiscal.state_capital"), ("财政拨款", "income.fiscal"), ("财政专户", "income.special_account"),
    ("经营收入", "income.operating"), ("事业收入", "income.business"), ("其他资金", "income.other_funds"),
    ("其他收入", "income.other"), ("总计", "income_grand_total"),
]
B04_INCOME = [
    ("本年收入", "income_total"),  # 财政部 template: 一、本年收入 (（一）一般公共预算拨款 …), 二、上年结转
    ("收入总计", "income_grand_total"), ("收入合计", "income_grand_total"), ("上年结转", "carry_in"),
    ("一般公共预算", "income.general"), ("政府性基金", "income.gov_fund"),
    ("国有资本经营", "income.state_capital"), ("结转", "carry_in"),  # '上年财政拨款结转'
    ("总计", "income_grand_total"),
]
EXPENSE = [
    ("本年支出", "expense_total"),
    ("支出总计", "expense_grand_total"), ("支出合计", "expense_grand_total"), ("支出小计", "expense_total"),
    # '年末结转结余' under 支出 (some provinces' 收支总表, held-out batch 28): what is left at the year's end, as 结转下年
    ("结转下年", "carry_out"), ("年末结转", "carry_out"), ("基本支出", "use.basic"), ("项目支出", "use.project"), ("预留机动", "use.reserve"),
    ("总计", "expense_grand_total"),
]
TWO_SIDED = ("B01", "B04")


# 合计/总计/小计 in a row name under a subordinate number ('一、基本支出合计', '（一）小计') totals a part, never the
# table: the total rows of real tables are printed bare (合计, 收入总计, 本年支出合计, ‘…本年收入预算合计’); none of the
# 35 real PDFs, the seed or the 2026 templates numbers one
TOTAL_PARTS = ("合计", "总计", "小计")
SIDE_HEADS = ("本年收入", "本年支出")  # a row only as '本年收入合计' (B01) or '一、本年收入' (B04, 财政部 template)
_TOP_NUMBER = lazy(r"^[一二三四五六七八九十]+[、.．]")


def numbered(label: str) -> bool:
    """A (normalised) label opening with a number: '一、…', '（二）…', '3.…'."""
    return strip_numbering(label) != label


def total_word(word: str) -> bool:
    return any(p in word for p in TOTAL_PARTS)


def side_row_key(kind: str, label: str, side: int) -> str | None:
    from govaudit.recognize.specs import category_code

    t = strip_numbering(label)
    if not t:
        return None
    bare = t == label
    for word, key in (EXPENSE if side else B01_INCOME if kind == "B01" else B04_INCOME):
        if word in t and (bare or not total_word(word)):
            if label in SIDE_HEADS:
                return None  # '本年收入 | 本年支出' over 上海's two sides: a header, no row
            if key.startswith("fiscal.") and _TOP_NUMBER.match(label):
                # '一、一般公共预算拨款收入' (财政部 template): an income of its own, not a part of 一、财政拨款收入
                return "income." + key.removeprefix("fiscal.")
            return key
    if side:
        return category_code(t)
    return None


def is_row_label(kind: str, label: str) -> bool:
    """A row label of a two-sided table (so that a row printing no figure is a row, not a header); the 用途 words
    (基本支出, 项目支出) are also column headers and do not count."""
    key = side_row_key(kind, label, 0) or side_row_key(kind, label, 1)
    return bool(key) and not key.startswith("use.")


# 江苏 公开02表 收入预算总表 by source: each group opens with its 小计 (the items under it have their own names)
INCOME_GROUPS = (("一般公共预算", "group.general"), ("政府性基金", "group.gov_fund"), ("财政专户", "group.special_account"),
                 ("其他资金", "group.other_funds"), ("上年结转", "group.carry_in"))

# 江苏 公开12表: the three kinds of purchase, printed '一、货物A' / '二、工程B' / '三、服务C'
PURCHASE_ROWS = (("货物", "goods"), ("工程", "works"), ("服务", "services"))
