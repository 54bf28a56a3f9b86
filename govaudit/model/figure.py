"""A published figure: its value as shown, how precisely it was shown, and where it came from."""

from decimal import Decimal

from govaudit.model.base import Model

# how many 万元 one unit of each 金额单位 is worth
UNIT_SCALE = {"万元": Decimal(1), "元": Decimal("0.0001"), "千元": Decimal("0.1"), "亿元": Decimal(10000)}


_ONE = Decimal(1)
_HALF_UNITS: dict[int, Decimal] = {}  # decimals → half a unit of the last decimal (rules ask 100k times a run)


class Location(Model):
    """Where a value sits: a workbook cell (sheet + A1), a Word table cell or paragraph, or a PDF page and box.

    Word and PDF documents are read into virtual sheets, so rules still name `sheet`/`cell`; the pipeline then adds
    the document's own coordinates (table_no/table_row/table_col, paragraph, page/bbox), which reports show instead.
    """

    model_config = {"frozen": True}

    file: str
    sheet: str | None = None
    cell: str | None = None
    paragraph: int | None = None  # 1-based paragraph index in document order
    row_label: str | None = None
    col_label: str | None = None
    table_title: str | None = None  # the human label of the table or form the place belongs to
    table_no: int | None = None  # Word: the table's number in document order (1-based)
    table_row: int | None = None  # Word: 1-based row within that table
    table_col: int | None = None  # Word: 1-based column within that table (grid column)
    page: int | None = None  # PDF: 1-based page number
    bbox: tuple[float, float, float, float] | None = None  # PDF: x0, top, x1, bottom in pt, origin top-left
    sentence: str | None = None  # text: the sentence quoted


def locations_under(obj) -> list[Location]:
    """Every Location held anywhere under obj: in a model's fields, lists, tuples and dict values (a form's lines,
    indicators and totals, each figure's source). Each model is visited once."""
    out: list[Location] = []
    seen: set[int] = set()
    stack = [obj]
    while stack:
        value = stack.pop()
        if isinstance(value, Location):
            out.append(value)
        elif isinstance(value, Model):
            if id(value) not in seen:
                seen.add(id(value))
                stack.extend(getattr(value, name) for name in type(value).model_fields)
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
    return out


class Figure(Model):
    """A number as published. `value` is what was shown (in `unit`), `decimals` how many places were shown.

    Percentages keep value in percent (35.6 for "35.6%") with percent=True.
    """

    model_config = {"frozen": True}

    value: Decimal
    decimals: int
    unit: str = "万元"
    percent: bool = False
    text: str = ""
    source: Location
    # not printed: the recogniser's sum of printed sub-columns (基本支出 = 人员经费 + 公用经费 where the table
    # prints no 基本支出 小计). `source` is the first sub-column's cell; a rule should not judge this figure.
    derived: bool = False
    # a derived sum stands for the sum of its parts' intervals: this half-width instead of half a last decimal
    spread: Decimal | None = None

    @property
    def half_unit(self) -> Decimal:
        """Half a unit in the last shown decimal: the rounding that the shown value may hide."""
        if self.spread is not None:
            return self.spread
        half = _HALF_UNITS.get(self.decimals)
        if half is None:
            half = _HALF_UNITS[self.decimals] = Decimal(5).scaleb(-(self.decimals + 1))
        return half

    @property
    def scale(self) -> Decimal:
        return _ONE if self.percent else UNIT_SCALE.get(self.unit, _ONE)

    def interval(self) -> tuple[Decimal, Decimal]:
        """The interval of true values (in 万元, or in percent) this shown value stands for."""
        s = self.scale
        return ((self.value - self.half_unit) * s, (self.value + self.half_unit) * s)

    @property
    def amount(self) -> Decimal:
        """The shown value converted to 万元 (percentages unchanged)."""
        return self.value * self.scale

    def shown(self) -> str:
        q = self.value.quantize(Decimal(1).scaleb(-self.decimals)) if self.decimals >= 0 else self.value
        return f"{q}%" if self.percent else str(q)
