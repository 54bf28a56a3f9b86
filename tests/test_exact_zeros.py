"""A zero printed as "0" among amounts printed with two decimals is an exact zero (recognize/zeros.py): it no longer
widens a sum by ±0.5 万元 and hides a 0.10 gap (s10 review M1); a table of whole amounts keeps "0" as ±0.5."""

import json
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from govaudit.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"


def _sanshi(tmp_path: Path, zero, receptions: float, scale: int = 1) -> Path:
    """The sample's 公开07表 决算 row (合计 3.68 = 0 + 2.42 + 0 + 2.42 运行 + 1.26) with its blanks written as `zero`
    and 公务接待费 set to `receptions`."""
    wb = openpyxl.load_workbook(SAMPLE)
    ws = next(ws for ws in wb.worksheets if any(c.value == 3.68 for row in ws.iter_rows() for c in row))
    row = next(r for r in ws.iter_rows() if r[0].value == 3.68)
    for cell in row:
        if cell.value is None and cell.column <= 6:
            cell.value = zero
        elif cell.value == 1.26:
            cell.value = receptions
    out = tmp_path / "sanshi.xlsx"
    wb.save(out)
    return out


def _codes(path: Path) -> list[tuple[str, str]]:
    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return [(f["code"], f["severity"]) for f in json.loads(r.output)["findings"] if f["code"].startswith("TBL7")]


def test_a_text_zero_among_decimals_does_not_hide_a_gap(tmp_path):
    assert _codes(_sanshi(tmp_path, "0", 1.36)) == [("TBL701", "error")]  # 3.68 against 3.78
    assert _codes(_sanshi(tmp_path, 0, 1.36)) == [("TBL701", "error")]  # a number 0 in General format too


def test_a_text_zero_in_a_correct_table_draws_nothing(tmp_path):
    assert _codes(_sanshi(tmp_path, "0", 1.26)) == []


def test_zeros_among_whole_amounts_keep_their_rounding():
    from decimal import Decimal

    from govaudit.model import Figure, Location, Row, Table
    from govaudit.recognize.zeros import settle_zeros

    def fig(v, d):
        return Figure(value=Decimal(v), decimals=d, source=Location(file="x"))

    whole = Table(kind="07", title="t", sheet="s", title_cell="A1",
                  rows=[Row(key="total", label="合计", row=3, cells={"a": fig("4", 0), "b": fig("0", 0)})])
    settle_zeros(whole)
    assert whole.rows[0].cells["b"].half_unit == Decimal("0.5")
    mixed = Table(kind="07", title="t", sheet="s", title_cell="A1",
                  rows=[Row(key="total", label="合计", row=3,
                            cells={"a": fig("3.68", 2), "b": fig("2.42", 2), "c": fig("0", 0), "d": fig("0.00", 2)})])
    settle_zeros(mixed)
    assert [f.half_unit for f in mixed.rows[0].cells.values()] == [Decimal("0.005")] * 4
