"""The real 预算 PDFs (../shared/real/budget): every error reported is a defect the domain notes found by hand
(budget.md §2.3 F1, F2, F4, F5), and nothing else (the tables' rules; TXT is left to the narrative tests). Slow (a minute or more) and needs the shared material: runs
only with GOVAUDIT_REAL_PDF=1, e.g. `GOVAUDIT_REAL_PDF=1 pytest tests/test_budget_real.py`."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parents[2] / "shared" / "real" / "budget"
if not os.environ.get("GOVAUDIT_REAL_PDF") or not REAL.is_dir():
    pytest.skip("real 预算 PDFs: set GOVAUDIT_REAL_PDF=1 with ../shared/real/budget present", allow_module_level=True)

# file → Counter of (rule, page) of every error; files not listed report no error
ERRORS = {
    # F2: 302 printed 24,840,779, its 款 add up to 24,840,778 (two columns). (F5, tables 6 and 7 empty without a
    # note: the 说明 says "政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为0", which explains them — no CMP002
    # since 36f2efe, checks/completeness._nil_in_text; so below for 检察院 2017, 法院 2017–2019 "…政府性基金支出预算支出0万元"
    # and 人大 2017 "(无政府性基金支出）")
    "上海-市财政局-2025-单位预算.pdf": {("BGT001", 17): 2},
    # F4: table 9 has figures and the note says it is empty
    "上海-普陀区万里街道-2024-部门预算.pdf": {("BGC004", 31): 1},
    # F1: 21201 printed 94,995,790, its 项 add up to 94,995,789 (tables 2, 3, 5)
    "上海-普陀区万里街道-2025-部门预算.pdf": {("BGT001", 12): 2, ("BGT001", 17): 1, ("BGT301", 17): 1,
                                        ("BGT001", 23): 1, ("BGT501", 23): 1},
    # F5: 公开10表 / 表七 政府性基金 empty without a note, in the tables files that carry no 说明
    # (法院 2019 p. 12 '部门名称：江苏省高级人民法' with '院' on the next line and 人大 2018 p. 8 '江苏省人大' with
    # '常委会办公厅' under its 单位 line are names wrapped in a narrow box, read whole: no CMP003)
    "江苏-江苏省人大常委会办公厅2019年部门预算公开表.pdf": {("CMP002", 10): 1},
    "江苏-江苏省委办公厅2017年预算公开表格.pdf": {("CMP002", 7): 1},
}
# F3: 类 printed 7 (BGC005); tables 1 and 4 name 210 医疗卫生与计划生育支出, tables 2, 3, 5 卫生健康支出 (BGC007, p. 7)
WARNINGS = {"上海-普陀区社会福利院-2024-单位预算.pdf": {("BGC005", 9): 1, ("BGC005", 11): 1, ("BGC007", 7): 1}}


@pytest.mark.parametrize("path", sorted(REAL.glob("*.pdf")), ids=lambda p: p.name)
def test_only_known_defects_are_errors(path):
    from govaudit.pipeline import Options, check_file

    status, findings = check_file(path, Options())
    # the narrative's TXT findings are judged by the narrative checks' own tests
    findings = [f for f in findings if not f.code.startswith("TXT")]
    errors = Counter((f.code, f.locations[0].page if f.locations else None)
                     for f in findings if f.severity.value == "error")
    assert errors == Counter(ERRORS.get(path.name, {}))
    if path.name.startswith("上海"):
        warnings = Counter((f.code, f.locations[0].page) for f in findings if f.severity.value == "warning")
        assert warnings == Counter(WARNINGS.get(path.name, {}))
        assert status.status == "checked" and len(status.tables) == 9
