"""What the identity rules report in the cases a review found wrong or missing.

- an `each` rule whose other table prints no such row judges that row as blank and says so (B5);
- a balance (年末 + 支出 = 年初 + 收入) whose judged cell is blank says what that cell should hold (U1);
- a 类 that disagrees with its 款 only because one 款 is wrong is not reported beside that 款 (U2);
- a blank judged cell is "该单元格为空", never "实际为 0.00" (U2);
- XTB026 points at a figure that is not zero (U3);
- the declarative packs and the Python sum rules word their findings alike (one message builder).
"""

from __future__ import annotations

import re

import wb
from helpers import pick, problems, where
from test_rules import run


def _rename(s: dict, kind: str, old: str, new: str) -> None:
    """Print table `kind`'s rows of code `old` (and the codes under it) as `new` instead."""
    t = s[kind]
    for key in [k for k in t if k.startswith(old)]:
        t[new + key[len(old):]] = t.pop(key)


# ---------------------------------------------------------------- B5: a row the other table does not print
def test_each_rule_judges_a_row_the_other_table_lacks_as_blank(tmp_path, monkeypatch):
    """01 shows 国有资本经营预算支出 9.00; 03 prints its 223 rows as 224: XTB003 compares 9.00 with blank."""
    monkeypatch.setitem(wb.NAMES, "224", "灾害防治及应急管理支出")
    monkeypatch.setitem(wb.NAMES, "22401", "应急管理事务")
    monkeypatch.setitem(wb.NAMES, "2240199", "其他应急管理支出")
    s = wb.spec()
    _rename(s, "03", "223", "224")
    _d, findings = run(tmp_path, s)
    assert problems(findings) == [("XTB003", "公开01表", "D9")]
    f = pick(findings, "XTB003")[0]
    assert f.severity.value == "error"
    assert (f.expected, f.actual, f.difference) == ("0.00", "9.00", "9.00")
    assert "公开03表没有该科目" in f.message and "实际为 9.00" in f.message
    assert f.message.count("区间") == 2


def test_le_rule_judges_a_row_the_other_table_lacks_as_blank(tmp_path, monkeypatch):
    """05 has 2080505 50.00; 03 prints that 项 as 2080506: XTB019 (05 ≤ 03) fails against blank."""
    monkeypatch.setitem(wb.NAMES, "2080506", "机关事业单位职业年金缴费支出")
    s = wb.spec()
    _rename(s, "03", "2080505", "2080506")
    _d, findings = run(tmp_path, s)
    assert problems(findings) == [("XTB019", "公开05表", "C13")]
    f = pick(findings, "XTB019")[0]
    assert (f.expected, f.actual) == ("0.00", "50.00")
    assert "公开03表没有该科目" in f.message and "应不超过 0.00" in f.message


def test_each_rule_still_skips_a_missing_table(tmp_path):
    _d, findings = run(tmp_path, wb.spec(), kinds=[k for k in wb.ORDER if k != "03"])
    assert {f.code for f in findings if f.severity.value != "info"} == {"CMP001"}


def test_each_rule_leaves_an_empty_table_to_xtb026(tmp_path):
    """09 printed empty with its note while 04 has 国有资本经营 money: XTB026 says it once, XTB028 does not
    repeat it for every 类."""
    s = wb.spec()
    wb.empty(s, "09", note="注：本部门本年度无国有资本经营预算财政拨款收支，故本表以空表列示。")
    _d, findings = run(tmp_path, s)
    assert problems(findings) == [("XTB026", "公开04表", "G9")]


def test_each_rule_with_both_sides_blank_says_nothing(tmp_path):
    """04 lists every 类 in its 政府性基金 column, mostly blank; 08 prints only 212: no finding for the others."""
    _d, findings = run(tmp_path, wb.spec())
    assert findings == []


# ---------------------------------------------------------------- U1: blank judged cell of a balance
def test_balance_with_blank_judged_cell(tmp_path):
    """08 2120899: 年初 4 + 收入 30 − 支出 28, 年末 left blank: 年末 should be 6.00."""
    s = wb.spec()
    s["08"]["2120899"] = [4, 30, 28, None, 28, None]
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "TBL801", "公开08表", "H9")
    assert len(hit) == 1
    f = hit[0]
    assert (f.expected, f.actual, f.difference) == ("6.00", None, "-6.00")
    assert "该单元格为空，按 年初结转和结余 + 本年收入 − 本年支出" in f.message
    assert "计算应为 6.00（区间" in f.message
    assert "实际为" not in f.message


def test_balance_with_shown_judged_cell_is_unchanged(tmp_path):
    s = wb.spec()
    wb.put(s, ("08", "2120899", "end"), 7)
    _d, findings = run(tmp_path, s)
    f = pick(findings, "TBL801", "公开08表", "H9")[0]
    assert (f.expected, f.actual) == ("6.00", "7.00")
    assert "计算应为 6.00（区间 [5.985, 6.015]），实际为 7.00（区间 [6.995, 7.005]）" in f.message


# ---------------------------------------------------------------- U2: hierarchy cascade, blank wording
def test_wrong_kuan_is_reported_without_its_lei(tmp_path):
    """02 20101 本年收入合计 105 → 106: the 款 disagrees with its 项 (and with its own columns); 类 201 = 105
    disagrees with 20101 only because of it, so only the 款 is reported."""
    s = wb.spec()
    wb.put(s, ("02", "20101", "total"), 106)
    _d, findings = run(tmp_path, s)
    assert problems(findings) == [("TBL001", "公开02表", "C8"), ("TBL201", "公开02表", "C8")]
    f = pick(findings, "TBL001")[0]
    assert (f.expected, f.actual) == ("105.00", "106.00")


def test_lei_wrong_on_its_own_is_still_reported(tmp_path):
    """类 201 printed 107 while 20101 (106) is wrong too: with 20101 replaced by its 项 (105), 201 still does not
    add up, so both are reported."""
    s = wb.spec()
    wb.put(s, ("02", "20101", "total"), 106)
    wb.put(s, ("02", "201", "total"), 107)
    _d, findings = run(tmp_path, s)
    assert {where(f) for f in pick(findings, "TBL001")} == {("公开02表", "C7"), ("公开02表", "C8")}
    lei = pick(findings, "TBL001", "公开02表", "C7")[0]
    assert (lei.expected, lei.actual) == ("106.00", "107.00")  # still judged against the 款 as shown


def test_total_is_not_reported_for_a_wrong_lei(tmp_path):
    """合计 = Σ类 too: 03 类 208 基本支出 50 → 51 (its 款 say 50): 208 is reported, 合计 (140) is not."""
    s = wb.spec()
    wb.put(s, ("03", "208", "basic"), 51)
    _d, findings = run(tmp_path, s)
    tbl001 = pick(findings, "TBL001")
    assert [where(f) for f in tbl001] == [("公开03表", "D11")]


def test_blank_judged_cell_of_a_sum_is_called_blank(tmp_path):
    """02 20101 事业收入 left blank while its 项 show 15 + 5."""
    s = wb.spec()
    wb.put(s, ("02", "20101", "business"), None)
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "TBL001")
    assert [where(f) for f in hit] == [("公开02表", "F8")]  # not 类 201 as well
    f = hit[0]
    assert (f.expected, f.actual) == ("20.00", None)
    assert "该单元格为空，应为 20.00（分项之和，区间" in f.message
    assert "实际为 0.00" not in f.message


# ---------------------------------------------------------------- U3: XTB026 points at a figure
def test_xtb026_pins_a_non_zero_figure(tmp_path):
    """04 has no 政府性基金 money; 08 prints 年初 0.00 first, then 本年收入 30.00: the finding names 30.00."""
    s = wb.spec()
    t = s["04"]
    t["income.gov_fund"] = t["begin.gov_fund"] = t["end.gov_fund"] = None
    t["cats"]["212"] = [None] * 4
    t.update(income_total=140, begin_total=6, income_grand_total=146, expense_total=[139, 130, None, 9], end_total=7,
             expense_grand_total=[146, 136, None, 10])
    s["08"] = {k: [0, 30, 28, None, 28, 2] for k in ("total", "212", "21208", "2120899")}
    _d, findings = run(tmp_path, s)
    hit = pick(findings, "XTB026")
    assert len(hit) == 1
    assert where(hit[0]) == ("公开08表", "D6")
    assert "D6 为 30.00" in hit[0].message and "为 0.00" not in hit[0].message


# ---------------------------------------------------------------- one wording for all identities
ERROR = re.compile(r"：.+。(.+，)?(按 .+ 计算)?应(为|不超过) -?[\d.]+（(分项之和，)?区间 \[[-\d.]+, [-\d.]+\]），"
                   r"实际为 -?[\d.]+（区间 \[[-\d.]+, [-\d.]+\]），相差 -?[\d.]+，超出四舍五入可解释的范围（±[\d.]+）。$")
ROUNDING = re.compile(r"：.+。实际 -?[\d.]+，(按 .+ 计算)?应(为|不超过) -?[\d.]+(（分项之和）)?，相差 -?[\d.]+，"
                      r"在四舍五入误差范围内（±[\d.]+），不是错误。$")


def test_python_and_declarative_rules_word_findings_alike(tmp_path):
    s = wb.spec()
    wb.put(s, ("02", "2010101", "fiscal"), 71)  # TBL001 (Python) and TBL201 (declarative)
    wb.put(s, ("08", "2120899", "end"), 7)  # TBL801, a balance
    wb.put(s, ("05", "2010101", "total"), 95)  # XTB019, ≤
    _d, findings = run(tmp_path, s)
    codes = {f.code for f in findings}
    assert {"TBL001", "TBL201", "TBL801", "XTB019"} <= codes
    for f in findings:
        if f.severity.value != "info":
            assert ERROR.search(f.message), f.message


def test_rounding_notes_are_worded_alike(sample_path):
    from govaudit.pipeline import Options, check_file

    _status, findings = check_file(sample_path["2024"], Options())
    notes = pick(findings, "RND001")
    assert notes
    for f in notes:
        assert ROUNDING.search(f.message), f.message


def test_sum_finding_and_declarative_rules_use_one_builder():
    """checks/common.sum_finding and engine/declarative build their findings with engine/messages."""
    import inspect

    from govaudit.checks import common
    from govaudit.engine import declarative

    assert "identity_finding(" in inspect.getsource(common.sum_finding)
    assert "identity_finding(" in inspect.getsource(declarative.DeclarativeRule._finding)
