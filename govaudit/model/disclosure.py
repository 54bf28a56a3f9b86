"""A whole disclosure: its tables, its 绩效自评表 forms, and what could not be read as intended."""

from govaudit.model.base import Field, Model

from govaudit.model.claim import Narrative
from govaudit.model.figure import Location
from govaudit.model.form import PerformanceForm
from govaudit.model.table import Table


class CellIssue(Model):
    """A cell that should hold a number but does not (text, an uncomputed formula…)."""

    kind: str  # "not_a_number" | "formula_without_value" | "implausible"
    location: Location
    text: str = ""
    context: str = ""  # e.g. "公开03表 支出决算表"


class TextParagraph(Model):
    """A paragraph of the narrative (情况说明 …) in reading order, with where it is."""

    index: int  # 1-based, document order
    text: str
    location: Location
    level: int | None = None  # heading level when the document says so


class Disclosure(Model):
    path: str
    kind: str = "workbook"  # what it was read from: "workbook", "word" or "pdf"
    paragraphs: list[TextParagraph] = Field(default_factory=list)
    narrative: Narrative | None = None  # the claims read from the paragraphs (recognize/claims.py)
    tables: dict[str, Table] = Field(default_factory=dict)
    duplicates: list[Table] = Field(default_factory=list)  # the same table found again
    # another view of a table kind, told apart by its title's bracket (天津: 收入决算表（按单位） beside
    # 收入决算表（按功能分类）): kept, not checked as the table, not a duplicate
    extra_tables: list[Table] = Field(default_factory=list)
    forms: list[PerformanceForm] = Field(default_factory=list)
    # a table's title printed with no table under it (a Word document that kept the heading, lost the table):
    # kind → where the title stands
    titled_only: dict[str, Location] = Field(default_factory=dict)
    cell_issues: list[CellIssue] = Field(default_factory=list)
    sheets: list[str] = Field(default_factory=list)
    # what the document is, told from the document itself (recognize/stage.py): "决算" or "预算" (None: cannot
    # tell), and for a 预算 "部门" or "单位" — the narrative checks use these (which year's 预算 a text compares
    # with, 本部门 vs 本单位). `stage_evidence`/`scope_evidence` say why, for messages.
    unread_tables: list[Table] = Field(default_factory=list)  # found by title, layout not read reliably: not checked
    stage: str | None = None
    scope: str | None = None
    stage_evidence: str = ""
    scope_evidence: str = ""

    @property
    def department(self) -> str | None:
        for t in self.tables.values():
            if t.department:
                return t.department
        return None

    @property
    def year(self) -> int | None:
        for t in self.tables.values():
            if t.year:
                return t.year
        return None
