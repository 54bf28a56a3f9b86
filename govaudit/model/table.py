"""One of the nine disclosure tables, as rows of labelled figures keyed by canonical names."""

from __future__ import annotations

from pydantic import BaseModel, Field

from govaudit.cellref import a1
from govaudit.model.figure import Figure, Location

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


class Column(BaseModel):
    key: str  # canonical, e.g. "total", "basic", "amount"
    header: str  # the header text as printed (levels joined by /)
    side: int = 0  # 0 = left / first block, 1 = right / second block …
    col: int  # 1-based sheet column


class Row(BaseModel):
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


class Table(BaseModel):
    kind: str  # "01" … "09"
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

    @property
    def name(self) -> str:
        return f"公开{self.kind}表 {TABLE_NAMES.get(self.kind, self.title)}"

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
        return Location(file=file, sheet=row.sheet or self.sheet, cell=a1(row.row, col.col) if col else row.label_cell,
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
