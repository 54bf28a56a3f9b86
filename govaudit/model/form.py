"""A 部门预算项目绩效自评表 (project performance self-evaluation form), every value with its source cell.

Three layouts are read into this one model (see recognize/forms.py):
- 河北 2019: 预算数/到位数/执行数 beside their labels, 预算执行进度; 一级 weights in labels (产出指标（50）),
  预算执行率 scored as an indicator.
- central: 年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分; indicator 分值 column.
- 四川: 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 · 权重 · 得分; indicator 权重 column.
In the central and 四川 layouts 预算执行率 is scored in the budget block; the recogniser adds it as a
section of its own ("预算执行率", origin "budget") so that every rule sees the same shape.
"""

from govaudit.model.base import Field, Model

from govaudit.model.figure import Figure, Location

# budget block columns and rows (canonical keys)
from govaudit.model.trusted import construct
BUDGET_COLUMNS = {
    "initial": "年初预算数",
    "budget": "预算数",
    "arrived": "到位数",
    "executed": "执行数",
    "rate": "执行率",
    "weight": "分值",
    "score": "得分",
}
BUDGET_ROWS = {
    "total": "总额",
    "fiscal": "财政资金",
    "carryover": "上年结转资金",
    "special": "财政专户管理资金",
    "unit_funds": "单位资金",
    "other": "其他资金",
}


class TextValue(Model):
    """A value that is text as printed (a name, a sentence, "是", "≥100%"…) and where it is."""

    model_config = {"frozen": True}

    text: str
    source: Location


class BudgetLine(Model):
    """One row of 预算执行情况: 总额, or one of its 其中 rows, across the budget columns."""

    key: str  # "total" | "fiscal" | "carryover" | "special" | "unit_funds" | "other" | "label:…"
    label: str
    row: int
    label_cell: str | None = None
    indent: int = 0  # how far its label is indented (recognize.tables.label_indent): its level when no 其中 says it
    cells: dict[str, Figure | None] = Field(default_factory=dict)
    texts: dict[str, TextValue] = Field(default_factory=dict)  # a column holding text that is not a number

    def get(self, column: str) -> Figure | None:
        return self.cells.get(column)


class BudgetColumn(Model):
    key: str  # see BUDGET_COLUMNS
    header: str
    col: int


class Indicator(Model):
    """A row of the indicator table: 一级 · 二级 · 三级 · 预期指标值 · 实际完成值 · (分值) · 自评得分."""

    row: int
    level1: str  # the 一级 as printed, carried down merged or blank cells
    level2: str | None = None
    level2_cell: str | None = None  # where the 二级 is printed (the first row of its run)
    level3: str | None = None
    level3_cell: str | None = None
    detail: str | None = None  # a second 三级 column (a description), where printed
    nature: str | None = None  # 指标性质 (≥ ≤ = 定性), 四川
    measure: str | None = None  # 度量单位, 四川
    expected: Figure | TextValue | None = None
    actual: Figure | TextValue | None = None
    weight: Figure | None = None  # 分值 / 权重
    weight_text: TextValue | None = None  # a weight cell holding text
    score: Figure | None = None  # 自评得分 / 得分
    score_text: TextValue | None = None  # a score cell holding text ("优")
    score_cell: Location | None = None  # where the score is (or would be, when blank)
    reason: str | None = None  # 偏差原因 / 未完成原因分析

    @property
    def name(self) -> str:
        return self.level3 or self.level2 or self.level1


class Section(Model):
    """One 一级指标 with its weight and its indicators."""

    name: str  # normalised, without the weight: "产出指标"
    label: str  # as printed: "产出指标（50）"
    cell: Location | None = None
    weight: Figure | None = None  # from the label, or Σ 分值, or the budget block's 分值/权重
    weight_from: str = "none"  # "label" | "column" | "budget" | "none"
    origin: str = "indicators"  # "indicators" | "budget" (central/四川 预算执行率 scored in the budget block)
    indicators: list[Indicator] = Field(default_factory=list)

    def scores(self) -> list[Figure]:
        return [i.score for i in self.indicators if i.score is not None]


class PerformanceForm(Model):
    layout: str = "unknown"  # "hebei" | "central" | "sichuan" | "unknown"
    title: str
    sheet: str
    title_cell: str
    year: int | None = None
    year_cell: str | None = None
    project: TextValue | None = None  # 项目名称
    implementer: TextValue | None = None  # 实施预算单位 / 实施单位
    department: TextValue | None = None  # 填报部门 / 主管部门
    unit: str | None = None  # 金额单位
    unit_cell: str | None = None
    budget_columns: list[BudgetColumn] = Field(default_factory=list)
    budget: list[BudgetLine] = Field(default_factory=list)
    goal: TextValue | None = None  # 年度预期目标
    achieved: TextValue | None = None  # 具体完成情况
    completion: Figure | TextValue | None = None  # 总体完成率
    sections: list[Section] = Field(default_factory=list)
    total_score: Figure | None = None  # 总分
    total_score_text: TextValue | None = None
    total_weight: Figure | None = None  # the 分值/权重 printed on the 总分/合计 row
    grade: TextValue | None = None  # 评价等级
    problems: TextValue | None = None  # 存在问题、原因及下一步整改措施
    filler: TextValue | None = None  # 填报人
    # where each field is, or would be when blank: field name → the value's cell (labels printed on the form)
    slots: dict[str, Location] = Field(default_factory=dict)

    # ------------------------------------------------------------------ access
    @property
    def name(self) -> str:
        """The project name, or where the form is when it has none."""
        if self.project and self.project.text:
            return self.project.text
        return f"{self.sheet}!{self.title_cell}"

    def line(self, key: str) -> BudgetLine | None:
        return next((b for b in self.budget if b.key == key), None)

    def has_column(self, key: str) -> bool:
        return any(c.key == key for c in self.budget_columns)

    def column(self, key: str) -> BudgetColumn | None:
        return next((c for c in self.budget_columns if c.key == key), None)

    def budget_location(self, line: BudgetLine, key: str) -> Location | None:
        """Where the value of `line` in column `key` is, or would be when blank."""
        fig = line.cells.get(key)
        if fig is not None:
            return fig.source
        text = line.texts.get(key)
        if text is not None:
            return text.source
        col = self.column(key)
        if col is None:
            return None
        from govaudit.cellref import a1

        return construct(Location, file="", sheet=self.sheet, cell=a1(line.row, col.col), row_label=line.label,
                        col_label=BUDGET_COLUMNS.get(key, key))

    @property
    def shown_rate(self) -> Figure | None:
        """The execution rate printed on the form (预算执行进度 / 执行率 of the 总额 row)."""
        total = self.line("total")
        return total.cells.get("rate") if total else None

    def indicators(self):
        for s in self.sections:
            yield from s.indicators

    def section(self, name: str) -> Section | None:
        return next((s for s in self.sections if s.name == name), None)

    @property
    def rate_section(self) -> Section | None:
        """The section that scores 预算执行率 (a 一级 of its own, or the budget block's 得分)."""
        return next((s for s in self.sections if "预算执行" in s.name), None)

