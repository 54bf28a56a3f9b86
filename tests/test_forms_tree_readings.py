"""A money block whose labels' indentation points to a nesting the figures do not bear out (performance_common._tree).

'其中：财政拨款 · 　　一般公共预算资金 · 　　政府性基金 · 　　其他资金': 其他资金 typed at the indent of 财政拨款's own lines,
though it is a source beside 财政拨款 (900 + 100 = 1000, and 900 = 900 + 0). Before, only the reading the indentation
shows (all three under 财政拨款: 990 ≠ 900) was weighed; it does not add up, so the block was read flat and drew a false
PRF001 in each amount column. When some reading adds up there is no error: the indentation only chooses among
readings that do.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Alignment

from test_forms_heldout_s11 import check, docx_file, xlsx_file
from test_forms_heldout_s19 import form

IND = "\u3000\u3000"
TOTAL = "98.5"  # GX's indicators 88.7 + 9.8 (rate 98.00 %)


def money(other_indent=IND, first_indent="", grant_indent=IND):
    return [
        ["年度资金总额", "1000.00", "1000.00", "980.00", "10", "98.00%", "9.8"],
        [first_indent + "其中：财政拨款", "900.00", "900.00", "890.00", "", "", ""],
        [grant_indent + "一般公共预算资金", "900.00", "900.00", "890.00", "", "", ""],
        [grant_indent + "政府性基金", "0.00", "0.00", "0.00", "", "", ""],
        [other_indent + "其他资金", "100.00", "100.00", "90.00", "", "", ""],
    ]


def made(tmp_path, fmt, lines, excel_indent=None):
    f = form("GX", money=lines, total=TOTAL)
    if excel_indent:  # the indentation as the cell format's indent, not as spaces
        f["rows"] = [[v.strip("\u3000") if isinstance(v, str) else v for v in row] for row in f["rows"]]
    path, _ = (xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f)
    if excel_indent:
        wb = load_workbook(path)
        for row in wb.active.iter_rows():
            for c in row:
                if c.value in excel_indent:
                    c.alignment = Alignment(indent=excel_indent[c.value])
        wb.save(path)
    return path


def errors(path, tmp_path):
    return [(f.code, f.message) for f in check(path, tmp_path) if f.severity.value != "info"]


AMBIGUOUS = [  # no indentation: 其他资金 0.00 under 财政拨款 or beside it, both add up
    ["年度资金总额", "1000.00", "1000.00", "980.00", "10", "98.00%", "9.8"],
    ["其中：财政拨款", "1000.00", "1000.00", "980.00", "", "", ""],
    ["一般公共预算资金", "1000.00", "1000.00", "980.00", "", "", ""],
    ["政府性基金", "0.00", "0.00", "0.00", "", "", ""],
    ["其他资金", "0.00", "0.00", "0.00", "", "", ""],
]
CLEAN = {
    "no indentation, two readings add up": dict(lines=AMBIGUOUS),
    "other at the sub-lines' indent": dict(lines=money()),
    "other deeper than the sub-lines": dict(lines=money(other_indent=IND + IND)),
    "其中 indented, other at the sub-lines' indent": dict(lines=money(first_indent="\u3000")),
    "excel indent, other at 2": dict(lines=money(other_indent="", grant_indent=""),
                                     excel_indent={"一般公共预算资金": 2, "政府性基金": 2, "其他资金": 2}),
}


@pytest.mark.parametrize("case,fmt", [(c, f) for c in CLEAN for f in ("xlsx", "docx")
                                      if f == "xlsx" or not CLEAN[c].get("excel_indent")])  # (Excel's own indent)
def test_a_reading_that_adds_up_is_no_error(tmp_path, case, fmt):
    assert errors(made(tmp_path, fmt, **CLEAN[case]), tmp_path) == []


def test_no_reading_adds_up_is_still_found(tmp_path):
    """其他资金's 执行数 95.00: 890 + 95 ≠ 980 however the lines are nested: PRF001 on the 执行数."""
    lines = money()
    lines[4][3] = "95.00"
    found = errors(made(tmp_path, "xlsx", lines), tmp_path)
    assert [c for c, _m in found if c != "PRF004"] and {c for c, _m in found} <= {"PRF001", "PRF004"}, found
    assert any("执行数" in m for c, m in found if c == "PRF001"), found
