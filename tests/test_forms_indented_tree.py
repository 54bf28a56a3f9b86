"""A 部门整体 money block whose lines are nested by indentation only (s18 finC #6, confirmed in session 19).

'其中：财政拨款 · 　　一般公共预算资金 · 　　政府性基金 0.00 · 其他资金 0.00': read flat it does not add up (财政拨款 and its
own lines both counted), and the figures alone allow two nested readings (其他资金's 0.00 under 财政拨款 or beside it),
so performance_common._tree read it flat: 3 false PRF001 on a correct form (年初预算数, 全年预算数, 全年执行数). The
labels' indentation (leading full-width spaces, or Excel's 增加缩进量) now tells which lines are 财政拨款's own.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Alignment

from test_forms_heldout_s11 import check, codes, docx_file, xlsx_file
from test_forms_heldout_s19 import form

IND = "\u3000\u3000"
MONEY = [
    ["年度资金总额", "1000.00", "1000.00", "980.00", "10", "98.00%", "9.8"],
    ["其中：财政拨款", "1000.00", "1000.00", "980.00", "", "", ""],
    [IND + "一般公共预算资金", "1000.00", "1000.00", "980.00", "", "", ""],
    [IND + "政府性基金", "0.00", "0.00", "0.00", "", "", ""],
    ["其他资金", "0.00", "0.00", "0.00", "", "", ""],
]
TOTAL = "98.5"  # GX's indicators 88.7 + 9.8


def made(tmp_path, fmt, money=MONEY, excel_indent=False):
    f = form("GX", money=[list(m) for m in money], total=TOTAL)
    if excel_indent:  # the indentation as the cell format's indent, not as spaces
        f["rows"] = [[v.strip("\u3000") if isinstance(v, str) else v for v in row] for row in f["rows"]]
    path, _ = (xlsx_file if fmt == "xlsx" else docx_file)(tmp_path, f)
    if excel_indent:
        wb = load_workbook(path)
        for row in wb.active.iter_rows():
            for c in row:
                if c.value in ("一般公共预算资金", "政府性基金"):
                    c.alignment = Alignment(indent=2)
        wb.save(path)
    return path


@pytest.mark.parametrize("fmt,excel_indent", [("xlsx", False), ("xlsx", True), ("docx", False)],
                         ids=["xlsx-spaces", "xlsx-format-indent", "docx-spaces"])
def test_indented_lines_are_their_line_s_own(tmp_path, fmt, excel_indent):
    assert codes(check(made(tmp_path, fmt, excel_indent=excel_indent), tmp_path)) == []


def test_a_wrong_indented_line_is_held_against_its_line(tmp_path):
    """一般公共预算资金's 执行数 990.00: 财政拨款 980.00 ≠ 990.00 + 0.00, reported on 财政拨款's line (not as the 总额
    against a flat sum of 1970.00)."""
    money = [list(m) for m in MONEY]
    money[2][3] = "990.00"
    found = [f for f in check(made(tmp_path, "xlsx", money), tmp_path) if f.severity.value != "info"]
    assert [f.code for f in found] == ["PRF001"], [f.message for f in found]
    assert "财政拨款" in found[0].message and "1970" not in found[0].message, found[0].message


def test_an_indented_line_short_of_its_line_is_held_against_it(tmp_path):
    """一般公共预算资金's 执行数 970.00 under 财政拨款 980.00 beside 政府性基金 0.00: short by 10.00, an error (政府性基金 is a
    kind of money, so the two lines are the whole of 财政拨款, not a few items of it)."""
    money = [list(m) for m in MONEY]
    money[2][3] = "970.00"
    found = [f for f in check(made(tmp_path, "xlsx", money), tmp_path) if f.severity.value != "info"]
    assert [f.code for f in found] == ["PRF001"] and "财政拨款" in found[0].message, [f.message for f in found]
