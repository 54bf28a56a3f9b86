"""Review s28: cases of this session's changes that drew wrong findings (repros in /tmp/review/)."""

from __future__ import annotations

from pathlib import Path

import heldout27b_book as hk
from test_unit_books28 import _stack


def _codes(path: Path) -> list[str]:
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(path, Options())
    assert status.error is None, status.error
    return [f.code for f in findings if f.severity.value in ("error", "warning")]


def test_one_units_set_printed_twice_on_each_sheet_is_no_second_unit(tmp_path):
    # the copy below printing no 编制单位 and the very same figures is the set printed again (CMP007, as before
    # unit_stacks), not another unit's set of no sure unit (CMP012 said '与另一单位的同一张表' of a one-unit book)
    a, both = tmp_path / "a.xlsx", tmp_path / "both.xlsx"
    hk.write(a, hk.tables(hk.A))
    _stack(both, a, a, drop_department_below=True)
    codes = _codes(both)
    assert "CMP012" not in codes and "CMP011" not in codes
    assert codes.count("CMP007") == 9 and set(codes) == {"CMP007"}
