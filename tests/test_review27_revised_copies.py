"""review s27: one unit's 决算 workbook, its nine tables then revised copies of 公开03表 and 公开05表 appended (the first
printing left in place, one figure different). Since 298e94d (unit_books: a workbook holding two units' sets is
checked one unit a part) the two copies were taken for a second unit's set: a disclosure of two tables with a false
CMP001 '本文件只有公开03表、公开05表……缺少其余 7 张', and CMP007 no longer said the tables were printed twice. Copies
of one 编制单位 are one unit's (CMP007, as before 298e94d); two units' sets print two 编制单位 (test_layout_heldout27b)."""

from __future__ import annotations

import copy

import heldout27_tables as t27
from pdf_writer import save_workbook


def test_revised_copies_of_two_tables_are_no_second_unit(tmp_path):
    from govaudit.pipeline import check_paths

    ts = t27.nine(t27.Fmt())
    revised = [copy.deepcopy(ts[k]) for k in (2, 4)]
    for k in (2, 4):  # (the first printing: one figure of its first data rows other than the revised copy's)
        row = ts[k].rows[ts[k].head + 1]
        j = max(j for j, v in enumerate(row) if j and any(ch.isdigit() for ch in str(v or "")))
        row[j] = "1.00"
    result = check_paths([str(save_workbook(tmp_path / "a.xlsx", ts + revised))])
    codes = [f.code for f in result.findings if f.severity.value in ("error", "warning")]
    assert "CMP001" not in codes, codes
    assert codes.count("CMP007") == 2, codes
