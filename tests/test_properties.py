"""Properties of number parsing and the readers (hypothesis), and a bounded fuzz smoke run: mutated workbooks
never raise, never hang, and give the same outcome twice.

The hypothesis runs are derandomised (the same examples on every run) and kept small, so the suite stays fast
and a failure repeats."""

from __future__ import annotations

import io
import random
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ci_helpers import FAULTY_2024
from govaudit.pipeline import Options, check_file
from govaudit.readers import ReadError, read_workbook
from govaudit.recognize.text import MAX_MAGNITUDE, ImplausibleNumber, NotANumber, parse_number

FAST = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
FORMATS = st.sampled_from(["General", "0", "0.00", "#,##0.00", "0.0%", "0.00%", '#,##0.00_ ;[Red]\\-#,##0.00\\ ',
                           "0." + "0" * 30, "@", '0.0"万元"', "yyyy-mm-dd", ""])


# ---------------------------------------------------------------------------------------------------------------
# number parsing


@FAST
@given(st.decimals(min_value=-(10 ** 12), max_value=10 ** 12, places=2, allow_nan=False, allow_infinity=False),
       st.booleans())
def test_shown_text_parses_to_its_value_and_decimals(value, grouped):
    text = f"{value:,.2f}" if grouped else f"{value:.2f}"
    got, decimals, percent = parse_number(text)
    assert got == value and decimals == 2 and not percent


@FAST
@given(st.floats(allow_nan=True, allow_infinity=True) | st.integers(min_value=-(10 ** 40), max_value=10 ** 40),
       FORMATS)
def test_any_number_is_a_bounded_decimal_or_a_cell_finding(value, fmt):
    try:
        parsed = parse_number(value, fmt)
    except ImplausibleNumber:
        assert value != value or abs(value) >= 1e13 or (value != 0 and abs(value) < 1e-40)
        return
    except NotANumber:
        assert value != value or value in (float("inf"), float("-inf"))
        return
    got, decimals, _percent = parsed
    assert isinstance(got, Decimal) and got.is_finite() and abs(got) < MAX_MAGNITUDE * 100
    assert 0 <= decimals <= 60
    # the value is what Excel shows, to the decimals shown: never further than half a unit of them
    shown = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if "%" in fmt:
        shown *= 100
    if fmt in ("0", "0.00", "#,##0.00", "0.0%", "0.00%"):
        assert abs(got - shown) <= Decimal(5).scaleb(-(decimals + 1)) + abs(shown) * Decimal("1e-14")


@FAST
@given(st.text(max_size=40))
def test_any_text_parses_or_is_not_a_number(text):
    try:
        parsed = parse_number(text)
    except NotANumber:
        return
    if parsed is not None:
        value, decimals, _ = parsed
        assert value.is_finite() and abs(value) < MAX_MAGNITUDE and decimals <= 60


# ---------------------------------------------------------------------------------------------------------------
# readers: what a workbook holds is what is read, in .xlsx and in .ods


CELL_VALUES = (st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)
               .filter(lambda t: t.strip() and not t.startswith("=") and t[0] not in " ")
               | st.integers(min_value=-(10 ** 12), max_value=10 ** 12)
               | st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).filter(lambda f: f == 0 or abs(f) > 1e-9))
GRIDS = st.dictionaries(st.tuples(st.integers(1, 30), st.integers(1, 8)), CELL_VALUES, min_size=1, max_size=25)


@settings(max_examples=15, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(GRIDS)
def test_xlsx_reader_reads_what_openpyxl_wrote(tmp_path, grid):
    wb = openpyxl.Workbook()
    for (r, c), v in grid.items():
        wb.active.cell(r, c, v)
    path = tmp_path / "g.xlsx"
    wb.save(path)
    got = {k: c.value for k, c in read_workbook(path).sheets[0].cells.items()}
    reference = openpyxl.load_workbook(path)  # openpyxl writes floats to 16 digits: its reading is the reference
    assert got == {k: c.value for k, c in reference.active._cells.items() if c.value is not None}
    assert got.keys() == grid.keys()


def _ods(grid: dict) -> bytes:
    from xml.sax.saxutils import escape, quoteattr

    rows = []
    for r in range(1, max(k[0] for k in grid) + 1):
        cells = []
        for c in range(1, 9):
            v = grid.get((r, c))
            if v is None:
                cells.append("<table:table-cell/>")
            elif isinstance(v, str):
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p>'
                             "</table:table-cell>")
            else:
                cells.append(f'<table:table-cell office:value-type="float" office:value={quoteattr(repr(v))}>'
                             f"<text:p>{v}</text:p></table:table-cell>")
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               '<table:table table:name="表">' + "".join(rows) + "</table:table></office:spreadsheet>"
               "</office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    return buf.getvalue()


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(GRIDS)
def test_ods_reader_reads_what_was_written(tmp_path, grid):
    path = tmp_path / "g.ods"
    path.write_bytes(_ods(grid))
    got = {k: c.value for k, c in read_workbook(path).sheets[0].cells.items()}
    want = {k: (float(v) if isinstance(v, float) else v) for k, v in grid.items()}
    assert got == want


# ---------------------------------------------------------------------------------------------------------------
# fuzz smoke: mutated workbooks, bounded


def _mutations(seed: int, data: bytes) -> bytes:
    rnd = random.Random(seed)
    out = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        at = rnd.randrange(len(out))
        out[at] = rnd.randrange(256)
    return bytes(out)


def _mutate_part(seed: int, src: Path) -> bytes:
    """The workbook with one XML part's bytes mutated, re-zipped (so the zip is valid and the XML is not)."""
    rnd = random.Random(seed)
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        victim = rnd.choice([n for n in names if n.endswith(".xml")])
        for name in names:
            data = zin.read(name)
            if name == victim:
                data = _mutations(seed, data)
            zout.writestr(name, data)
    return buf.getvalue()


def outcome(path: Path):
    status, findings = check_file(path, Options())
    assert status.error is None or "\n" not in status.error
    return status.status, status.error, [(f.code, f.severity.value, f.message) for f in findings]


DATA = Path(__file__).parent / "data"
ODS = DATA / "决算公开表-2024-上海式-有误.ods"
XLS = DATA / "决算公开表-2024-上海式-有误.xls"


@pytest.mark.parametrize("seed", range(8))
def test_fuzz_smoke_no_traceback_and_deterministic(tmp_path, seed):
    files = {"raw.xlsx": _mutations(seed, FAULTY_2024.read_bytes()), "part.xlsx": _mutate_part(seed, FAULTY_2024),
             "raw.xls": _mutations(seed, XLS.read_bytes()), "part.ods": _mutate_part(seed, ODS)}
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        first = outcome(path)  # check_file never raises: each failure is one line on the file
        assert outcome(path) == first
        if name.endswith(".ods"):
            assert "xl/workbook.xml" not in (first[1] or "")  # read as an .ods, whatever its zip looks like
