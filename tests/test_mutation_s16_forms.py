"""recognize/forms.py and checks/performance_*.py lines of sessions 14–15 measured by tools/mutate.py in session 16
(s16mut, issue 14): two forms side by side on one sheet, numbered sources without 其中, a text rate '0.9' that the
amounts say is 0.9 %, a 一级's subtotal row. The held-out forms of tests/test_forms_heldout_s15.py (and s14's subtotal
rows) are written and read once per process, then recognised and judged in memory for each test (fast enough to run
for every mutant); what a form READS is compared too, not only what it draws: the forms side by side read as each form
alone, the rate '0.9' as 0.9 %."""

from __future__ import annotations

import functools
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

import test_forms_heldout_s15 as s15
from test_forms_heldout_s11 import Frac, Txt, where, xlsx_file
from test_forms_heldout_s15 import (GX_MONEY, NU_UNKNOWN, PLANTED, RATES, form_gx, form_nu, form_sh, form_xj, form_zj,
                                    gx_at_0_9_percent, money_set, parts_wrong, side_by_side_file)


def _hn_barely_spent(rate):
    """河南's form (执行率（%）: its figures are percents) with 0.45 of the 政府性基金 line's 50.00 spent: 0.90 %, written
    `rate` (text or number); 合计 775.87 ÷ 850.00 = 91.28 %, its score 9.12 of 10."""
    from test_forms_heldout_s13 import HN_INDICATORS, form_hn
    from test_forms_heldout_s13 import total_of

    money = [["合计", "850.00", "775.87", "91.28"], ["其中：一般公共预算", "800.00", "775.42", "96.93"],
             ["政府性基金预算", "50.00", "0.45", rate]]
    indicators = HN_INDICATORS[:-1] + [("预算执行", "预算执行率", "预算执行率", "100%", "91.28%", "10", "9.12")]
    return form_hn(money=money, indicators=indicators, total=total_of(indicators))


LONG_24 = "2.乡村产业振兴衔接推进补助（种植养殖加工服务业类）"  # (a part's name of 24 characters after its number)
NU_TWO = [NU_UNKNOWN[0], NU_UNKNOWN[1], ["2.省级配套", "50.00", "45.20", "", "", ""]]  # (two numbered lines only)


def _gx_at_50_percent():
    """'0.9' under 执行率 (no '%') beside 160.00 ÷ 320.00 = 50 %: neither 0.9 % nor 90 % fits."""
    money = [list(m) for m in GX_MONEY]
    money[0][3], money[1][3], money[2][3] = "160.00", "150.00", "10.00"
    money[0][5], money[0][6] = Txt("0.9"), "5.0"
    return money


def _subtotal_in_level3(f, indicators):
    """CQ's grid with '产出指标 | | 小计 | … | Σ分值 | Σ得分' over each 一级's indicators: '小计' in the 三级 column."""
    from test_forms_heldout_s11 import L
    from test_forms_heldout_s14 import with_subtotals

    out = with_subtotals(f, indicators, "小计")
    out["rows"] = [[r[0], "", "小计", *r[3:]] if len(r) > 2 and r[1] == "小计" else r for r in out["rows"]]
    assert sum(1 for r in out["rows"] if r[2:3] == ["小计"]) == 3 and L  # (one a 一级)
    return out


def _first_level_of_10():
    """A 一级 written alone with 分值 10 over 产出指标's indicators of 15 + 15 + 10 + 10: not their sum, so an indicator of
    its own (the weights then come to 110: PRF102)."""
    from test_forms_heldout_s11 import L
    from test_forms_heldout_s14 import CQ_INDICATORS, form_cq, with_subtotals

    f = with_subtotals(form_cq(), CQ_INDICATORS, None)
    row = next(r for r in f["rows"] if r[0] == "产出指标" and r[1] == L)
    row[5] = "10"
    return f


def _numbered_list_of_other_things(amount="17.20", score="10"):
    """NU's numbered lines renamed as a project's items (1.品种展示 · 2.技术培训 · 3.宣传推广) that add up to the 资金总额
    in no column: not its breakdown (tests/test_forms_heldout_s15.py); the third item's 执行数 written `amount`, the
    满意度 indicator's score `score`."""
    from test_forms_heldout_s13 import relabelled
    from test_forms_heldout_s15 import XJ_INDICATORS

    money = [list(m) for m in NU_UNKNOWN]
    money[1][0], money[2][0], money[3][0] = "1.品种展示", "2.技术培训", "3.宣传推广"
    money[2][1:3] = ["10.00", "9.00"]
    money[3][2] = amount
    money[0][5] = Txt("=5*2*0.96") if amount != "17.20" else money[0][5]  # (the 总额's score: a formula, no value)
    last = XJ_INDICATORS[-1]
    return dict(form_nu(money=money, indicators=relabelled(XJ_INDICATORS, last[2], 6, score)), lines=1)


def _edit_first_row(f, row):
    f["rows"][0] = row
    return f


def _cases():
    out = {f"{k}:clean": (lambda b=b: b(), None, ()) for k, b in s15.BUILD.items()}
    for name, layout, edit, code, also in PLANTED:
        out[name] = (lambda layout=layout, edit=edit: s15.BUILD[layout](**edit), code, also)
    for rate, written in RATES.items():
        out[f"GX-rate-{rate}"] = (lambda w=written: form_gx(money=money_set(GX_MONEY, "资金总额", 5, w, pin=False)),
                                  None, ())
    out["GX-0.9%"] = (lambda: form_gx(money=gx_at_0_9_percent(Txt("0.9")), total="83.5"), None, ())
    out["NU-unknown"] = (lambda: form_nu(money=NU_UNKNOWN), None, ())
    # s14's 一级 subtotal rows ('产出指标 | 小计 | 50 | 49.5', or the 一级 alone with the sums): no indicators
    from test_forms_heldout_s11 import Pin
    from test_forms_heldout_s14 import CQ_INDICATORS, form_cq, with_subtotals
    out["CQ-subtotals"] = (lambda: with_subtotals(form_cq(), CQ_INDICATORS, "小计"), None, ())
    out["CQ-first-level-sums"] = (lambda: with_subtotals(form_cq(), CQ_INDICATORS, None), None, ())
    out["CQ-subtotals-in-3"] = (lambda: _subtotal_in_level3(form_cq(), CQ_INDICATORS), None, ())
    out["CQ-first-level-10"] = (lambda: _first_level_of_10(), "PRF102", ("PRF103", "PRF104"))
    out["CQ-subtotals-wrong-total"] = (lambda: with_subtotals(form_cq(total=Pin("98.35")), CQ_INDICATORS, "小计"),
                                       "PRF104", ())
    out["HN-0.90%-text"] = (lambda: _hn_barely_spent(Txt("0.90")), None, ())
    out["NU-two"] = (lambda: form_nu(money=NU_TWO), None, ())
    out["NU-two-wrong"] = (lambda: form_nu(money=parts_wrong(NU_TWO, "2.省级配套", 2, "46.20")), "PRF001", ())
    out["GX-0.9-neither"] = (lambda: form_gx(money=_gx_at_50_percent(), total="88.5"), "PRF004", ("PRF107",))
    out["NU-other-things-issues"] = (lambda: _numbered_list_of_other_things(Txt("约17.20"), Txt("=5*2")), "CEL002", ("PRF104",))
    # the second round's xlsx layouts (tests/test_forms_heldout_s15.py)
    from test_forms_heldout_s11 import L, Pin
    from test_forms_heldout_s15 import form_no_total_numbered_column as no_total
    out["XJ-no-total-numbered-column"] = (no_total, None, ())
    out["XJ-no-total-numbered-column-wrong"] = (lambda: no_total(
        [["1", "中央财政衔接推进乡村振兴补助资金", "500.00", "490.00", "98.00%"],
         ["2", "县级配套", "200.00", "196.20", Pin("97.10%")]]), "PRF004", ())
    out["GX-name-label-twice"] = (lambda: _edit_first_row(form_gx(), ["项目名称", "项目名称", "省级职业技能大赛"] + [L] * 7),
                                  None, ())
    out["ZJ-department-and-unit"] = (lambda: _edit_first_row(
        form_zj(), ["部门名称", "浙江省某市司法局", L, L, L, "单位名称", "浙江省某市司法局机关", L, L, L]), None, ())
    out["NU-24"] = (lambda: form_nu(money=[NU_UNKNOWN[0], NU_UNKNOWN[1], [LONG_24] + NU_UNKNOWN[2][1:], NU_UNKNOWN[3]]),
                     None, ())
    out["NU-24-wrong"] = (lambda: form_nu(money=parts_wrong(
        [NU_UNKNOWN[0], NU_UNKNOWN[1], [LONG_24] + NU_UNKNOWN[2][1:], NU_UNKNOWN[3]], LONG_24, 2, "29.00")), "PRF001", ())
    # a partial 其中 list under 项目支出 (its own, _within), then another breakdown of the 总额 by source: still judged
    from test_forms_heldout_s14 import FJ_PARTIAL, form_fj
    by_source = [["其中：财政拨款", "3000.00", "3200.00", "3150.00", "", "", ""], ["其他资金", "260.00", "318.60", "317.92", "", "", ""]]
    out["FJ-partial-then-sources"] = (lambda: form_fj(money=FJ_PARTIAL + by_source), None, ())
    out["FJ-partial-then-sources-wrong"] = (lambda: form_fj(money=money_set(FJ_PARTIAL + by_source, "其他资金", 3, "327.92", pin=False)),
                                            "PRF001", ())
    # numbered lines of names no source list has, whose 预算数 come within rounding of the 总额 only just (119.98 or 120.02 of
    # 120.00: the intervals touch) and whose 执行数 do not add up: a breakdown, its 执行数 wrong (PRF001)
    for budget in ("29.98", "30.02"):
        out[f"NU-touching-{budget}"] = (lambda b=budget: form_nu(money=[
            NU_UNKNOWN[0], ["1.品种展示", "70.00", "70.00", "", "", ""], ["2.技术培训", b, "20.00", "", "", ""],
            ["3.宣传推广", "20.00", "17.20", "", "", ""]]), "PRF001", ())
    out["NU-unknown-wrong"] = (lambda: form_nu(money=parts_wrong(NU_UNKNOWN, "2.省级配套", 2, "29.00")), "PRF001", ())
    return out


CASES = _cases()


@functools.cache
def _book(key: str):
    from govaudit.readers import read_workbook

    folder = Path(tempfile.mkdtemp(prefix="s16mut-"))
    if key.startswith("side:"):
        left, right = SIDE[key]
        path, pins = side_by_side_file(folder, left(), right(), gap=0 if key.endswith("touching") else 1)
        if key.endswith("one title"):  # the right-hand form's title (and year line) not printed: one title over both
            import openpyxl

            wb = openpyxl.load_workbook(path)
            ws = wb.active
            for rng in [r for r in ws.merged_cells.ranges if r.min_col > 1 and r.min_row <= 2]:
                ws.unmerge_cells(str(rng))
                ws.cell(rng.min_row, rng.min_col).value = None
            wb.save(path)
    elif key.startswith("alone:"):
        path, pins = xlsx_file(folder, ALONE[key]())
    else:
        path, pins = xlsx_file(folder, CASES[key][0]())
    return read_workbook(path), pins


def _read(key: str):
    from govaudit.recognize.disclosure import recognize

    return recognize(_book(key)[0])


def _findings(key: str):
    from govaudit.engine.context import Context
    from govaudit.engine.runner import run_rules

    return [f for f in run_rules(_read(key), Context()) if f.severity.value != "info"], _book(key)[1]


@pytest.mark.parametrize("key", list(CASES))
def test_the_held_out_forms_judged_in_memory(key):
    """A clean layout draws nothing; a planted fault its code at its cell, and no other code but the ones it names."""
    _make, code, also = CASES[key]
    found, pins = _findings(key)
    codes = {f.code for f in found}
    if code is None:
        assert codes == set(), [(f.code, f.message) for f in found]
        return
    assert code in codes and codes <= {code, *also}, codes
    if pins:
        assert pins[0] in [where(f) for f in found if f.code == code]


# ----------------------------------------------------------------------------- what is read
def _fig(f):
    return None if f is None else (str(f.value), f.decimals, f.percent)


def _digest(form) -> tuple:
    """What a form reads, without where it stands on the sheet (the forms side by side stand elsewhere)."""
    budget = [(b.key, b.label, {k: _fig(v) for k, v in b.cells.items() if v is not None}) for b in form.budget]
    sections = [(s.name, _fig(s.weight), [(i.level1, i.level2, i.level3, _fig(i.weight), _fig(i.score))
                                          for i in s.indicators]) for s in form.sections]
    return (form.title, form.year, form.project and form.project.text, form.unit, budget, sections,
            _fig(form.total_score), form.grade and form.grade.text)


def _narrow(f):
    return dict(f, rows=[r[:9] for r in f["rows"]])


SIDE = {"side:GX|SH": (form_gx, form_sh), "side:XJ|XJ2": (form_xj, lambda: form_xj(name="玉米大豆带状复合种植")),
        # no blank column between, the left form's last column holding its 得分 (its empty 10th column cut off)
        "side:GX|SH touching": (lambda: _narrow(form_gx()), form_sh),
        "side:GX|SH one title": (form_gx, form_sh),
        "side:ZJ|ZJ2": (form_zj, lambda: form_zj(name="浙江省某市司法局机关服务中心")),
        "side:SH|ZJ": (form_sh, form_zj)}
ALONE = {"alone:GX": form_gx, "alone:SH": form_sh, "alone:XJ": form_xj,
         "alone:XJ2": lambda: form_xj(name="玉米大豆带状复合种植"), "alone:ZJ": form_zj,
         "alone:ZJ2": lambda: form_zj(name="浙江省某市司法局机关服务中心")}


@pytest.mark.parametrize("key", [k for k in SIDE if not k.endswith("one title")])
def test_two_forms_side_by_side_read_as_each_alone(key):
    """Each of two forms printed side by side reads exactly as it does alone (its title, 项目名称, budget lines, every
    indicator and score), left to right, its title cell over its own columns; and the sheet draws nothing."""
    left, right = key[5:].split(" ")[0].split("|")
    got = _read(key).forms
    assert [_digest(f) for f in got] == [_digest(_read(f"alone:{left}").forms[0]),
                                          _digest(_read(f"alone:{right}").forms[0])]
    assert got[0].title_cell == "A1" and got[1].title_cell != "A1" and got[1].title_cell.endswith("1")
    assert _findings(key)[0] == []


def test_a_text_rate_0_9_beside_0_9_percent_spent_reads_as_0_9_percent():
    """'0.9' under 执行率 (no '%') beside 2.88 ÷ 320.00 = 0.90 %: the rate read is 0.9 %, to one decimal (the
    budget lines below the 总额 print no rate: nothing to reread there)."""
    form = _read("GX-0.9%").forms[0]
    rate = form.budget[0].cells["rate"]
    assert (rate.value, rate.decimals, rate.percent, rate.unit) == (Decimal("0.9"), 1, True, "%")
    assert [b.cells.get("rate") for b in form.budget[1:]] == [None] * (len(form.budget) - 1)


@pytest.mark.parametrize("rate, want", [("text-0.9", "90"), ("general-0.9", "90"), ("text-90", "90")])
def test_a_rate_of_90_percent_written_otherwise_stays_90_percent(rate, want):
    """288.00 ÷ 320.00 = 90 %: '0.9' (text or number) and '90' are 90 % (the amounts rule out 0.9 %)."""
    got = _read(f"GX-rate-{rate}").forms[0].budget[0].cells["rate"]
    assert (got.value, got.percent) == (Decimal(want), True)


@pytest.mark.parametrize("key", ["CQ-subtotals", "CQ-first-level-sums", "CQ-subtotals-in-3"])
def test_a_first_levels_subtotal_row_is_no_indicator(key):
    """The row giving a 一级's Σ分值 (and Σ得分) above its indicators is dropped: each section holds exactly the
    form's indicators, in order (_drop_subtotal_row; a subtotal kept is one more indicator: PRF102/PRF104)."""
    from test_forms_heldout_s14 import CQ_INDICATORS

    form = _read(key).forms[0]
    got = [(s.name, i.level3, str(i.weight.value)) for s in form.sections if s.origin == "indicators"
           for i in s.indicators]
    assert got == [(i[0], i[2], i[5]) for i in CQ_INDICATORS]


def test_a_text_rate_below_1_5_under_a_percent_header_is_that_percent():
    """Under '执行率（%）' the figures are percents: the text '0.90' beside 0.45 ÷ 50.00 is 0.90 %, not 90 %."""
    line = _read("HN-0.90%-text").forms[0].budget[-1]
    assert (line.label, line.cells["rate"].value, line.cells["rate"].percent) == ("政府性基金预算", Decimal("0.90"), True)


def test_a_number_rate_below_1_5_under_a_percent_header_is_that_percent():
    """s16mut (fixed by s16forms): a NUMBER cell 0.90 (shown '0.90', no % format) under '执行率（%）' beside 0.45 ÷ 50.00
    = 0.90 % was read as the fraction 90 %: a false PRF004 '执行率填 90%…应为 1%'. Only the percent reading fits the
    amounts, so it is read so (forms._percent_if_the_amounts_say_so, now for number cells too)."""
    from govaudit.engine.context import Context
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    path, _pins = xlsx_file(Path(tempfile.mkdtemp(prefix="s16mut-")), _hn_barely_spent("0.90"))
    d = recognize(read_workbook(path))
    assert d.forms[0].budget[-1].cells["rate"].value == Decimal("0.90")
    assert [f.code for f in run_rules(d, Context()) if f.severity.value != "info"] == []


def test_numbered_sources_two_lines_are_a_breakdown():
    """'1.中央衔接推进乡村振兴补助 · 2.省级配套' (two numbered lines, no 其中) adding up to the 资金总额 are its breakdown:
    both read as lines (a list of two is judged, one alone is not: _some_column_adds_up)."""
    assert [b.label for b in _read("NU-two").forms[0].budget] == ["资金总额", "1.中央衔接推进乡村振兴补助", "2.省级配套"]


def test_a_text_rate_fitting_neither_reading_is_read_as_a_fraction():
    """'0.9' beside 160.00 ÷ 320.00 = 50 %: neither reading fits, so it stays as a number cell shows it (90 %) and
    PRF004 says so."""
    found, _pins = _findings("GX-0.9-neither")
    assert [f.message.split("，")[0].split("：")[-1] for f in found if f.code == "PRF004"] == ["执行率填 90%"]


def test_a_first_level_row_whose_points_are_not_the_sum_is_an_indicator():
    form = _read("CQ-first-level-10").forms[0]
    assert [len(s.indicators) for s in form.sections if s.name == "产出指标"] == [5]


def test_a_numbered_list_left_out_takes_its_cell_issues_with_it():
    """A numbered list that is no breakdown is left out with the issues of its cells ('约17.20' in its 执行数: no CEL001
    on a line not read), while the issues elsewhere on the form (the 总额's and an indicator's score written as a
    formula without its value: CEL002) stay."""
    found, _pins = _findings("NU-other-things-issues")
    form = _read("NU-other-things-issues").forms[0]
    assert [b.label for b in form.budget] == ["资金总额"]
    # (one CEL002 for the form since s27: its places the two cells, its message their count)
    (cel,) = [f for f in found if f.code != "PRF104"]
    assert cel.code == "CEL002" and [loc.cell for loc in cel.locations] == ["H5", "G18"] and "2 个" in cel.message


def test_two_forms_side_by_side_under_one_title():
    """One title (and year line) over two forms side by side: both are read, each as it reads alone but for the
    right-hand one's title, which is the one printed."""
    left, right = _read("side:GX|SH one title").forms
    gx, sh = _read("alone:GX").forms[0], _read("alone:SH").forms[0]
    assert _digest(left) == _digest(gx) and _digest(right)[2:] == _digest(sh)[2:]
    assert right.title == gx.title and _findings("side:GX|SH one title")[0] == []


def test_sources_after_a_number_column_are_named_by_their_label():
    """'1 | 中央财政衔接推进乡村振兴补助资金 · 2 | 县级配套' (no 总额 line, the 序号 a cell of its own): each line is named
    by its label, not by its number."""
    assert [b.label for b in _read("XJ-no-total-numbered-column").forms[0].budget] == [
        "中央财政衔接推进乡村振兴补助资金", "县级配套"]


def test_lines_of_unknown_names_after_a_number_column_are_read():
    """A 县 form without a 总额 line whose 资金来源 are listed with a 序号 column and names no source list has ('1 |
    乡村振兴衔接补助 | 500.00 | 490.00 | 98.00%', '2 | 群众自筹 | …'): both lines read, no false PRF202 (a strict xfail of
    s16mut's until session 19: the first line had to carry a known word)."""
    from govaudit.engine.context import Context
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize
    from test_forms_heldout_s15 import form_no_total_numbered_column as no_total

    f = no_total([["1", "乡村振兴衔接补助", "500.00", "490.00", "98.00%"], ["2", "群众自筹", "200.00", "196.20", "98.10%"]])
    d = recognize(read_workbook(xlsx_file(Path(tempfile.mkdtemp(prefix="s16mut-")), f)[0]))
    assert [b.label for b in d.forms[0].budget] == ["乡村振兴衔接补助", "群众自筹"]
    assert [x.code for x in run_rules(d, Context()) if x.severity.value != "info"] == []
