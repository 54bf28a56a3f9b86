"""What each table looks like: title words, column header words, row labels.

All matching is on normalised text (see text.norm): no cell positions, only words.
"""

from __future__ import annotations


from govaudit.recognize.budget_specs import (BUDGET_COLUMN_WORDS, classify_budget_title, numbered, split_title_meta,
                                             total_word)
from govaudit.text import category_core, norm, strip_numbering
from govaudit.lazyre import lazy  # compiled on first use, from lazyre's table (issue 13)

# ---------------------------------------------------------------- titles
# Checked in order: the more specific names first ("…财政拨款收入支出决算总表" before "收入支出决算总表").
_TITLE_RULES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # kind, all of these words, none of these
    ("perf", ("绩效自评",), ()),
    ("perf", ("绩效", "自评表"), ()),
    ("07", ("三公",), ()),
    ("09", ("国有资本经营预算", "决算"), ()),
    ("08", ("政府性基金预算", "决算"), ()),
    ("06", ("一般公共预算", "基本支出", "决算"), ()),
    ("05", ("一般公共预算", "支出决算"), ("基本支出", "机关运行", "政府采购")),
    ("04", ("财政拨款收入支出决算", "总表"), ()),
    ("04", ("财政拨款收支决算", "总表"), ()),
    ("04", ("财政拨款收入支出决算表",), ()),  # 2021 central template: 总表 dropped
    ("04", ("财政拨款收支决算表",), ()),
    ("01", ("收入支出决算总表",), ("财政拨款",)),
    ("01", ("收支决算总表",), ("财政拨款",)),
    ("01", ("收入支出决算表",), ("财政拨款", "政府性基金", "国有资本")),
    ("02", ("收入决算表",), ("支出",)),
    # ('机关运行经费支出决算表', '政府采购支出决算表': tables some provinces add, none of the nine)
    ("03", ("支出决算表",), ("收入", "一般公共预算", "政府性基金", "国有资本", "机关运行", "政府采购")),
]
# what may follow a title on its line: its 公开NN表 code, a bracketed note, or its number after it ('…收支总表\t表1',
# '…支出表  附表3': spaces are gone in normalised text)
_TITLE_TAIL = lazy(r"[(（]?公开\d{1,2}表[)）]?$|[(（][^()（）]*[)）]$"
                   r"|(?<=表)[(（]?(?:附?表|附件)(?:\d{1,2}(?:-\d{1,2})?|[一二三四五六七八九十]+)[)）]?$")


def classify_title(text) -> str | None:
    """'一般公共预算财政拨款“三公”经费支出决算表' → '07'; a 绩效自评表 title → 'perf'; else None.

    A title is short and ends with 表 (a code or a bracketed note may follow); sentences mentioning a
    table ("…故本表以空表列示") are not titles.
    """
    if "表" not in (text if isinstance(text, str) else str(text)):
        return None  # every title ends with 表, and no other character normalises to it: most cells stop here
    t = split_title_meta(norm(text))[0]  # '收支预算总表部门：XX单位：万元' (a PDF line holding both) → its title
    if not t or len(t) > 60:
        return None
    core = t
    for _ in range(2):
        core = _TITLE_TAIL.sub("", core)
    if not core.endswith("表") or any(w in core for w in ("注:", "说明", "故本表", "以空表", "本表反映")):
        return None
    if core.startswith(("注", "说明", "备注")):
        return None
    budget = classify_budget_title(core)  # a 预算 table is never one of the 决算 kinds (收入预算总表 ≠ 收入决算表)
    if budget:
        return budget
    for kind, words, excluded in _TITLE_RULES:
        if all(w in core for w in words) and not any(w in core for w in excluded):
            return kind
    return _unnamed_final(core)


# 决算 titles some provinces print without 决算 whose words the 财政部 预算 template does not use (that template's
# names are budget_specs.TEMPLATE_TITLES): the 决算 kind. Whether the table is a 决算's at all the document says
# (recognize/disclosure.py _final_templates: the other tables, else their heads and the headings).
_UNNAMED_FINAL = (("08", "政府性基金预算财政拨款收入支出表"), ("09", "国有资本经营预算财政拨款收入支出表"),
                  ("04", "财政拨款收入支出表"), ("02", "收入表"), ("03", "支出表"))
# what may stand before such a title: nothing, a year, or a 部门's name ('某某局收入表'), not a word that makes it
# another table ('基本支出表', '项目支出表', '一般公共预算财政拨款收入表')
_UNNAMED_PREFIX = lazy(r"(?:^|年度?|部门|单位|[局委院厅办会所站馆处室队校社署府司部心])$")


def _unnamed_final(core: str) -> str | None:
    name = next((name for _kind, name in _UNNAMED_FINAL if core.endswith(name)), None)  # the longest first
    if name is None or not _UNNAMED_PREFIX.search(core[: -len(name)]):
        return None
    return dict((n, k) for k, n in _UNNAMED_FINAL)[name]


# ---------------------------------------------------------------- columns
# Per table: (word, column key), tried on each header level from the most specific up.
COLUMN_WORDS: dict[str, list[tuple[str, str]]] = {
    "02": [
        ("本年收入合计", "total"), ("收入合计", "total"), ("合计", "total"),
        ("一般公共预算", "fiscal.general"), ("政府性基金", "fiscal.gov_fund"), ("国有资本经营", "fiscal.state_capital"),
        ("财政拨款", "fiscal"), ("财政补助", "fiscal"),  # 财政补助收入: the name before the 2016 forms
        ("上级补助", "upper"), ("事业收入", "business"), ("经营收入", "operating"),
        ("附属单位", "affiliated"), ("其他收入", "other"),
        ("收入总计", "total"), ("本年收入", "total"),  # other years' wording of the row's total
    ],
    # a part named with its own 合计 ('基本支出合计', '项目支出合计') is that part, not the row's total: parts first
    "03": [
        ("本年支出合计", "total"),
        ("人员经费", "basic.personnel"), ("公用经费", "basic.public"), ("基本支出", "basic"),
        ("项目支出", "project"), ("上缴上级", "upper_remit"), ("经营支出", "operating"),
        ("对附属单位补助", "affiliate_subsidy"), ("附属单位补助", "affiliate_subsidy"),
        ("支出合计", "total"), ("合计", "total"), ("支出总计", "total"), ("本年支出", "total"),
    ],
    # '年初预算数 | 调整预算数 | 决算数 | 完成率（%）' (a 乡镇's 05, 基本/项目 not split): the lone 决算数 is the total (the
    # 预算 columns are context, column_groups.py); under it, '决算数/基本支出' is still the 基本支出
    "05": [("人员经费", "basic.personnel"), ("公用经费", "basic.public"), ("基本支出", "basic"),
           ("项目支出", "project"), ("合计", "total"), ("小计", "total"), ("决算数", "total")],
    "08": [
        ("年初结转", "begin"), ("年末结转", "end"), ("本年收入", "income"), ("基本支出", "basic"),
        ("项目支出", "project"), ("合计", "expense"), ("小计", "expense"), ("本年支出", "expense"),
    ],
    "07": [
        ("小计", "car_total"), ("合计", "total"), ("出国", "abroad"), ("接待", "reception"),
        ("购置及运行", "car_total"), ("购置和运行", "car_total"), ("购置费", "car_purchase"),
        ("购置", "car_purchase"), ("运行", "car_run"),
    ],
    # two-sided tables: the value column of a side
    "01": [("决算数", "amount"), ("金额", "amount"), ("合计", "amount"), ("数额", "amount"), ("本年数", "amount")],
    # (a key starting with '.' is a part of the column named above it: '一般公共预算财政拨款/基本支出' is
    # 'general.basic', the 2025 template's fund split 小计 | 基本支出 | 项目支出, held-out 27; with no fund above: none)
    "04": [
        ("基本支出", ".basic"), ("项目支出", ".project"),
        ("一般公共预算", "general"), ("政府性基金", "gov_fund"), ("国有资本经营", "state_capital"),
        ("合计", "total"), ("决算数", "amount"), ("金额", "amount"), ("小计", "total"), ("本年数", "amount"),
    ],
    # one block (科目编码 | 科目名称 | 合计 | 人员经费 | 公用经费): the split of each row into 人员/公用经费
    "06": [("决算数", "amount"), ("金额", "amount"), ("合计", "amount"), ("人员经费", "personnel"),
           ("公用经费", "public"), ("本年数", "amount")],
}
COLUMN_WORDS["09"] = COLUMN_WORDS["08"]
COLUMN_WORDS.update(BUDGET_COLUMN_WORDS)  # the 预算 kinds B01–B13 (budget_specs.py)

LINENO_WORDS = ("行次", "栏次", "序号")  # 序号: a column numbering the rows (江苏-like 预算 tables)
CODE_WORDS = ("编码", "科目代码", "代码")
# a column of the department's or unit's own code ('部门预算编码', '单位编码', '预算单位代码': the 财政部 form prints it
# left of the 科目编码): it numbers no 科目, it names no row
UNIT_CODE_HEAD = lazy(r"^(?:预算)?(?:主管)?(?:部门|单位)(?:[(（](?:部门|单位)[)）])?(?:预算)?(?:编码|代码|编号)$")
# a column of counts or of the unit they are counted in ('数量', '采购数量（台）', '计量单位': a 政府采购预算表's): no money
COUNT_HEAD = lazy(r"^(?:采购)?数量(?:[(（][^)）]*[)）])?$|^计量单位$")
SPLIT_CODE_WORDS = {"类": 0, "款": 1, "项": 2}
NAME_WORDS = ("科目名称", "名称", "项目", "科目", "品目")  # 品目: 江苏 政府采购预算表 采购品目大类

# ---------------------------------------------------------------- rows
# 功能分类 类: code → the names it has carried (normalised, numbering and 支出/（类） removed).
CATEGORY_NAMES: dict[str, tuple[str, ...]] = {
    "201": ("一般公共服务",), "202": ("外交",), "203": ("国防",), "204": ("公共安全",),
    "205": ("教育",), "206": ("科学技术",), "207": ("文化旅游体育与传媒", "文化体育与传媒", "文化旅游体育"),
    "208": ("社会保障和就业",), "209": ("社会保险基金",),
    "210": ("卫生健康", "医疗卫生与计划生育", "医疗卫生"), "211": ("节能环保",), "212": ("城乡社区",),
    "213": ("农林水",), "214": ("交通运输",), "215": ("资源勘探",), "216": ("商业服务业",),
    "217": ("金融",), "219": ("援助其他地区",), "220": ("自然资源海洋气象", "国土海洋气象", "国土资源气象"),
    "221": ("住房保障",), "222": ("粮油物资储备",), "223": ("国有资本经营预算",),
    "224": ("灾害防治及应急管理",), "227": ("预备费",), "229": ("其他",), "230": ("转移性",),
    "231": ("债务还本",), "232": ("债务付息",), "233": ("债务发行费用",),
    "234": ("抗疫特别国债安排",),
}


# 部门预算支出经济分类 类 (the 基本支出 tables 06, B08, B11, B12): code → its names, matched whole (310 资本性支出 is
# not 309 资本性支出（基本建设）)
ECONOMIC_CATEGORY_NAMES: dict[str, tuple[str, ...]] = {
    "301": ("工资福利支出",), "302": ("商品和服务支出",), "303": ("对个人和家庭的补助", "对个人和家庭的补助支出"),
    "307": ("债务利息及费用支出",), "309": ("资本性支出(基本建设)",), "310": ("资本性支出",),
    "311": ("对企业补助(基本建设)",), "312": ("对企业补助",), "313": ("对社会保障基金补助",), "399": ("其他支出",),
}
ECONOMIC_KINDS = ("06", "B08", "B11", "B12")


def economic_category_code(label: str) -> str | None:
    """The 类 code of a 经济分类 row named without its code ('工资福利支出' → '301'): the whole name only."""
    core = strip_numbering(norm(label)).replace("（", "(").replace("）", ")").replace(" ", "")
    return next((code for code, names in ECONOMIC_CATEGORY_NAMES.items() if core in names), None)


def category_code(label: str) -> str | None:
    """The 类 code of an expenditure row named without its code ('八、社会保障和就业支出' → '208')."""
    core = category_core(label)
    if not core:
        return None
    for code, names in CATEGORY_NAMES.items():
        for name in names:
            if core == name or (core.startswith(name) and code != "229"):
                return code
    return None


# Two-sided tables (01, 04): label → row key, by side. Tried in order; first containing match wins.
INCOME_ROWS = [
    ("本年收入合计", "income_total"), ("收入合计", "income_total"), ("本年收入小计", "income_total"),
    ("用事业基金弥补", "fund_cover"), ("使用非财政拨款结余", "fund_cover"), ("使用专用结余", "fund_cover"),
    ("年初财政拨款结转和结余", "begin_total"), ("年初结转和结余", "begin_balance"),
    ("一般公共预算财政拨款", "income.general"), ("政府性基金预算财政拨款", "income.gov_fund"),
    ("国有资本经营预算财政拨款", "income.state_capital"), ("财政拨款收入", "income.fiscal"),
    ("上级补助收入", "income.upper"), ("事业收入", "income.business"), ("经营收入", "income.operating"),
    ("附属单位上缴收入", "income.affiliated"), ("其他收入", "income.other"),
    ("总计", "income_grand_total"),
]
EXPENSE_ROWS = [
    ("本年支出合计", "expense_total"), ("支出合计", "expense_total"), ("本年支出小计", "expense_total"),
    ("结余分配", "distribution"),
    ("年末财政拨款结转和结余", "end_total"), ("年末结转和结余", "end_balance"),
    ("一般公共预算财政拨款", "end.general"), ("政府性基金预算财政拨款", "end.gov_fund"),
    ("国有资本经营预算财政拨款", "end.state_capital"),
    ("总计", "expense_grand_total"),
]
# 06: the closing row
BASIC_ROWS = [("人员经费合计", "personnel_total"), ("公用经费合计", "public_total"),
              ("人员经费", "personnel_total"), ("公用经费", "public_total")]
TOTAL_WORDS = ("合计", "总计", "本年合计")


def side_row_key(label: str, side: int) -> str | None:
    # '年初结转结余' is '年初结转和结余' without its 和 (so are 年末 and the 财政拨款 ones)
    shown = norm(label)
    t = strip_numbering(shown).replace("结转结余", "结转和结余")
    if not t:
        return None
    bare = not numbered(shown)  # '一、基本支出合计' totals a part: never the side's 合计/总计 (budget_specs.TOTAL_PARTS)
    table = INCOME_ROWS if side == 0 else EXPENSE_ROWS
    for word, key in table:
        if word in t and (bare or not total_word(word)):
            return key
    if side == 1:
        code = category_code(t)
        if code:
            return code
    return None
