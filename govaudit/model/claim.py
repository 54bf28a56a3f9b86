"""What a sentence of the narrative says: a subject, its figures (each as printed), what kind of claim it is.

A claim is read, not judged: the narrative rules (checks/narrative*.py) compare claims with the tables, with the
绩效自评表 forms and with one another. `govaudit claims FILE` lists them so that users and rule writers see what was
read.
"""

from decimal import Decimal

from govaudit.model.base import Field, Model

from govaudit.model.figure import UNIT_SCALE, Location

# what a claim says about its subject
CLAIM_KINDS = {
    "amount": "金额",  # 收支总计6634.67万元
    "change": "增减",  # 比上年增加208.1万元，增长3.13%
    "flat": "持平",  # 较上年无变化 / 与上年持平
    "versus": "决算比预算",  # 决算数小于全年预算数（的主要原因）: the sentence before gives the two amounts
    "completion": "完成预算",  # 完成年初预算的61%
    "share": "占比",  # 占19.4%
    "score": "自评得分",  # 绩效自评得分为91分
    "grade": "评价等级",  # 评价等级为优
}
BASES = {"prior": "上年", "budget": "预算", "opening": "年初"}
# budget_word of a change compared with last year's budget ("比上年预算增加"), not with last year's 决算
OF_BUDGETS = "上年预算"
# scope of a 类 named where no whole of whose spending is said ("2019年度城乡社区支出3984.99万元"): judged only when every
# spending table that prints the 类 agrees (the department's, all 财政拨款's and one fund's are then the same figure)
ANY_SPENDING = "各支出表"
# words that say an amount is what was spent (决算数, 执行数), not a budget: the one list both the claims reader (an
# item paragraph's "支出决算为51.32万元") and the rules (a sentence without a subject, checks/narrative.py) use
ACTUAL_WORDS = ("决算", "执行")


class ClaimFigure(Model):
    """A number as the text prints it: value, shown decimals, unit ("万元", "元", "亿元", "%", "分")."""

    model_config = {"frozen": True}

    value: Decimal
    decimals: int
    unit: str
    text: str  # as printed, e.g. "208.1万元"

    @property
    def percent(self) -> bool:
        return self.unit == "%"

    @property
    def scale(self) -> Decimal:
        return UNIT_SCALE.get(self.unit, Decimal(1))

    @property
    def half_unit(self) -> Decimal:
        return Decimal(5).scaleb(-(self.decimals + 1))

    @property
    def amount(self) -> Decimal:
        """In 万元 for money, unchanged for percent and scores."""
        return self.value * self.scale

    def interval(self) -> tuple[Decimal, Decimal]:
        """The true values this printed number stands for (万元 for money): ± half a unit of its last decimal."""
        s = self.scale
        return (self.value - self.half_unit) * s, (self.value + self.half_unit) * s

    def shown(self) -> str:
        return self.text


class Claim(Model):
    """One statement about one subject in one clause of a sentence."""

    kind: str  # see CLAIM_KINDS
    subject: str  # canonical name (rules/narrative.toml [[subject]]), or the text's own words when unknown
    subject_text: str = ""  # the words the sentence used
    known: bool = False  # the subject is one of rules/narrative.toml's (or a 功能分类 类): it may be judged
    category: str | None = None  # 功能分类 类 code for a 类 named in the text ("208")
    scope: str | None = None  # for a 类: whose spending the passage lists ("财政拨款支出", "本年支出合计" …)
    basis: str | None = None  # change/completion: compared with "prior" (上年), "budget" (预算) or "opening" (年初)
    basis_year: int | None = None  # the year named in the comparison ("与2018年度决算相比")
    budget_word: str | None = None  # which budget a budget amount or a completion names: 年初 / 全年 / 调整后
    direction: int | None = None  # +1 增加/增长, −1 减少/下降, 0 持平
    direction_word: str | None = None
    rate_word: str | None = None  # the word before the percentage (增长/下降/降低 …)
    amount: ClaimFigure | None = None  # the subject's amount this year (kind amount / share / completion)
    change: ClaimFigure | None = None  # the change's size, unsigned as printed
    rate: ClaimFigure | None = None  # growth rate (kind change), share (kind share), completion (kind completion)
    whole: str | None = None  # share: the subject it is a share of, when the text names it or leads the list
    whole_amount: ClaimFigure | None = None  # share: the whole's amount as the passage states it
    base: ClaimFigure | None = None  # change: the amount compared with, as the sentence states it ("上年为5890.12万元")
    score: ClaimFigure | None = None
    grade: str | None = None
    project: str | None = None  # 自评综述: the project the paragraph is about
    item: tuple[str, ...] | None = None  # the 功能分类 类/款/项 names a paragraph is about ("一般公共服务支出(类)…(项)")
    sentence: str  # the sentence quoted
    clause: str = ""  # the clause the claim was read from
    paragraph: int  # TextParagraph.index
    sentence_no: int  # 1-based within the paragraph
    location: Location
    piece: int = 0  # which part of its paragraph: one after each heading inside it (a cell's lines, Shift+Enter)

    def figures(self) -> list[tuple[str, ClaimFigure]]:
        out = []
        for role, fig in (("amount", self.amount), ("change", self.change), ("rate", self.rate),
                          ("whole", self.whole_amount), ("base", self.base), ("score", self.score)):
            if fig is not None:
                out.append((role, fig))
        return out


class Narrative(Model):
    """Every claim read from a disclosure's text, and the year the text speaks of."""

    year: int | None = None
    claims: list[Claim] = Field(default_factory=list)
