"""One of the nine disclosure tables, as rows of labelled figures keyed by canonical names."""

from govaudit.model.base import Field, Model

from govaudit.cellref import a1
from govaudit.model.figure import Figure, Location
from govaudit.model.trusted import construct

TABLE_NAMES = {
    "01": "收入支出决算总表",
    "02": "收入决算表",
    "03": "支出决算表",
    "04": "财政拨款收入支出决算总表",
    "05": "一般公共预算财政拨款支出决算表",
    "06": "一般公共预算财政拨款基本支出决算表",
    "07": "一般公共预算财政拨款“三公”经费支出决算表",
    "08": "政府性基金预算财政拨款收入支出决算表",
    "09": "国有资本经营预算财政拨款支出决算表",
}

# 部门预算 / 单位预算 tables (domain notes budget.md §1): kinds of their own, so that no 决算 rule (which names
# "01"…"09") ever runs on them. 上海's nine are B01–B09; 江苏's twelve map onto them plus B10–B13.
BUDGET_TABLE_NAMES = {
    "B01": "财务收支预算总表",  # 上海 1, 江苏 01 收支预算总表
    "B02": "收入预算总表",  # 上海 2 (by 功能科目 and source), 江苏 02 (by source only)
    "B03": "支出预算总表",  # 上海 3 (by 功能科目), 江苏 03 (one row)
    "B04": "财政拨款收支预算总表",
    "B05": "一般公共预算支出功能分类预算表",  # 江苏 07 一般公共预算支出预算表（功能科目）
    "B06": "政府性基金预算支出功能分类预算表",  # 江苏 10
    "B07": "国有资本经营预算支出功能分类预算表",
    "B08": "一般公共预算基本支出经济分类预算表",  # 江苏 08
    "B09": "“三公”经费和机关运行经费预算表",  # 江苏 09 “三公”经费、会议费、培训费支出预算表
    "B10": "财政拨款支出预算表（功能科目）",  # 江苏 05
    "B11": "财政拨款基本支出预算表（经济科目）",  # 江苏 06
    "B12": "一般公共预算机关运行经费支出预算表",  # 江苏 11
    "B13": "政府采购预算表",  # 江苏 12
    "B14": "支出预算总表（按用途）",  # 江苏 03: one row, 合计 · 基本支出 · 项目支出 · 单位预留机动经费 · 结转下年资金
}


def stage_of(kind: str) -> str | None:
    """"决算" for the nine 决算 tables, "预算" for a 预算 table, None for anything else."""
    if kind in BUDGET_TABLE_NAMES:
        return "预算"
    if kind in TABLE_NAMES:
        return "决算"
    return None


def kind_of_label(label: str) -> str:
    """The kind a label names: '公开03表' → '03', '《支出预算总表》' → 'B03' (FileStatus.tables holds labels)."""
    for kind in BUDGET_TABLE_NAMES:
        if table_label(kind) == label:
            return kind
    return label.removeprefix("公开").removesuffix("表")


def table_label(kind: str) -> str:
    """How messages name a table kind: '公开03表' (决算), '《支出预算总表》' (预算)."""
    if kind in BUDGET_TABLE_NAMES:
        return f"《{BUDGET_TABLE_NAMES[kind]}》"
    return f"公开{kind}表"


class Column(Model):
    key: str  # canonical, e.g. "total", "basic", "amount"
    header: str  # the header text as printed (levels joined by /)
    side: int = 0  # 0 = left / first block, 1 = right / second block …
    col: int  # 1-based sheet column


class Row(Model):
    """A row of one side of a table. `key` is a 科目编码 ("2080505"), or a canonical name ("total")."""

    key: str
    label: str
    code: str | None = None
    side: int = 0
    row: int  # 1-based sheet row
    label_cell: str | None = None
    cells: dict[str, Figure | None] = Field(default_factory=dict)
    sheet: str | None = None  # set when the row is on another sheet than its table's title (a 续表)

    def get(self, column: str) -> Figure | None:
        return self.cells.get(column)


class Table(Model):
    kind: str  # "01" … "09" (决算), "B01" … "B13" (预算)
    title: str
    sheet: str
    title_cell: str
    code_label: str | None = None  # "公开01表" where printed
    department: str | None = None
    department_cell: str | None = None
    year: int | None = None
    year_cell: str | None = None
    unit: str | None = None
    unit_cell: str | None = None
    columns: list[Column] = Field(default_factory=list)
    rows: list[Row] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    # why the layout could not be read reliably (figures on rows with no label or code, as a PDF's misaligned
    # lines give): such a table is listed, not checked (Disclosure.unread_tables)
    unreliable: str | None = None

    @property
    def name(self) -> str:
        if self.kind in BUDGET_TABLE_NAMES:
            return BUDGET_TABLE_NAMES[self.kind]
        return f"公开{self.kind}表 {TABLE_NAMES.get(self.kind, self.title)}"

    @property
    def label(self) -> str:
        """The short name messages use: '公开03表', '《支出预算总表》'."""
        return table_label(self.kind)

    @property
    def stage(self) -> str | None:
        return stage_of(self.kind)

    def row(self, key: str) -> Row | None:
        for r in self.rows:
            if r.key == key:
                return r
        return None

    def location(self, row: Row, key: str, file: str = "") -> Location:
        """Where the value of `row` in column `key` is (or would be, for a blank)."""
        fig = row.cells.get(key)
        if fig is not None:
            return fig.source
        col = next((c for c in self.columns if c.key == key and c.side == row.side), None)
        return construct(Location, file=file, sheet=row.sheet or self.sheet,
                         cell=a1(row.row, col.col) if col else row.label_cell,
                         row_label=row.label or row.key, col_label=col.header.split("/")[-1] if col else key)

    def figures(self):
        for r in self.rows:
            for f in r.cells.values():
                if f is not None:
                    yield f

    @property
    def is_empty(self) -> bool:
        """No figure other than zero: nothing to disclose."""
        return all(f.value == 0 for f in self.figures())
