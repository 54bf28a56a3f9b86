"""What went wrong (code, severity, message) and where (cells). Every output format renders these."""

from govaudit.model.base import Field, Model

from govaudit.cellref import parse_a1
from govaudit.model.figure import Location
from govaudit.severity import Severity  # its own module: the rule registry uses it without pydantic

SEVERITY_ORDER = {Severity.error: 0, Severity.warning: 1, Severity.info: 2}


class Finding(Model):
    code: str
    severity: Severity
    message: str
    file: str
    locations: list[Location] = Field(default_factory=list)  # judged cell first, then its sources
    expected: str | None = None
    actual: str | None = None
    difference: str | None = None
    table: str | None = None  # e.g. "公开01表", or a form's project name
    title: str | None = None  # the rule's one-line title
    # the cells around the judged cell, filled only when a report asks for it (pipeline collect_context):
    # {"sheet": name, "top": first row, "left": first column, "rows": [[shown text, …], …]}
    context: dict | None = None

    def sort_key(self, sheet_order: dict[str, int] | None = None):
        """File, then sheets in workbook order (not by name: 表2 before 表12), then row and column."""
        loc = self.locations[0] if self.locations else None
        sheet = (loc.sheet or "") if loc else ""
        order = (sheet_order or {}).get(sheet, len(sheet_order or {}))
        return (self.file, order, sheet, _cell_order(loc.cell if loc else None), self.code)


def _cell_order(ref: str | None) -> tuple[int, int]:
    """(row, column) of an A1 reference; (0, 0) for none (findings without a cell sort first)."""
    return (parse_a1(ref) if ref else None) or (0, 0)
