"""checks/performance_common.py (其中 read level by level, a line's own 其中 then the breakdown going on) and
recognize/forms.py lines of session 14 measured by tools/mutate.py in session 15 (s15mut, issue 14). Forms are the
held-out Z5 form of tests/test_forms_heldout_s14.py (重大技术装备安全技术审查) with other 预算执行情况 lines; each test
kills a mutant the session's tests left alive: a correct form stays clean, a faulty copy is caught where it is."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from test_forms_heldout_s11 import clean, judge, money_set, where, xlsx_file
from test_forms_heldout_s14 import form_z5

# Z5's three levels of 其中 (财政资金 / 中央 / 当年 · 上年结转, 地方, 其他资金) as the SECOND breakdown of the 总额, after
# 基本支出 · 项目支出
Z5_TWO = [
    ["年度资金总额", "1000.00", "1150.00", "1120.50", "10", "97.43%", "9.74"],
    ["其中：基本支出", "400.00", "450.00", "445.00", "—", "—", "—"],
    ["项目支出", "600.00", "700.00", "675.50", "—", "—", "—"],
    ["其中：财政资金", "1000.00", "1100.00", "1075.50", "—", "—", "—"],
    ["其中：中央财政资金", "800.00", "860.00", "850.00", "—", "—", "—"],
    ["其中：当年财政拨款", "800.00", "800.00", "795.00", "—", "—", "—"],
    ["上年结转资金", "", "60.00", "55.00", "—", "—", "—"],
    ["地方财政资金", "200.00", "240.00", "225.50", "—", "—", "—"],
    ["其他资金", "", "50.00", "45.00", "—", "—", "—"],
]


def test_three_levels_of_sources_as_the_second_breakdown(tmp_path):
    """structure: the line a deeper 其中 breaks down is the first line of the LAST breakdown (财政资金), not of the first
    (基本支出): the mutants `groups[-1]` → `groups[0]` read 中央财政资金 as a breakdown of the 总额 (5 false PRF001)."""
    f = form_z5(money=Z5_TWO)
    clean(xlsx_file(tmp_path, f), tmp_path, f)
    wrong = money_set(Z5_TWO, "上年结转资金", 3, "65.00", pin=False)
    judge(xlsx_file(tmp_path, form_z5(money=money_set(wrong, "其中：中央财政资金", 3, "850.00")), name="w.xlsx"),
          tmp_path, "PRF001")


# ----------------------------------------------------------------------------- the held-out forms, judged fast
# tools/mutate.py runs every test for every surviving mutant: the held-out forms of sessions 12–14 (clean layouts and
# planted faults) are written and read once per process, then recognised and judged in memory for each test
@functools.cache
def _book(key: str):
    import tempfile

    from govaudit.readers import read_workbook

    form = dict(_FORMS)[key]
    path, pins = xlsx_file(Path(tempfile.mkdtemp(prefix="s15mut-")), form)
    return read_workbook(path), pins


def _findings(key: str):
    from govaudit.engine.context import Context
    from govaudit.engine.runner import run_rules
    from govaudit.recognize.disclosure import recognize

    book, pins = _book(key)
    return [f for f in run_rules(recognize(book), Context()) if f.severity.value != "info"], pins


def _forms():
    import test_forms_heldout_s12 as s12
    import test_forms_heldout_s13 as s13
    import test_forms_heldout_s14 as s14

    out = []
    for mod in (s12, s13, s14):
        tag = mod.__name__[-3:]
        out += [(f"{tag}:{k}:clean", (b(), None, ())) for k, b in mod.BUILD.items()]
        for case in getattr(mod, "PLANTED", []):
            name, layout, edit, code, also = case[:5]
            out.append((f"{tag}:{name}", (mod.BUILD[layout](**edit), code, also)))
    out += [(f"s14:{name}", (s14.form_z5(**edit), code, ())) for name, edit, code in s14.SECOND]
    out += [("s15:z5-two", (form_z5(money=Z5_TWO), None, ()))]
    from test_review14 import _form_money  # 中央 · 地方 / 其中：省级 · 市县级 / 其他资金 (_own_then_on)
    out += [("r14:own-then-on", (form_z5(money=_form_money()), None, ())),
            ("r14:own-then-on-wrong", (form_z5(money=_form_money("252.50")), "PRF001", ())),
            ("s15:two-then-own", (form_z5(money=_form_money()[:1] + Z5_TWO[1:3] + _form_money()[1:]), None, ()))]
    # …with 年初预算数 printed for 中央 alone (地方, its 其中 and 其他资金 blank there): the columns both fill decide
    blank = [list(r) for r in _form_money()]
    for r in blank[1:]:
        r[1] = r[1] if r[0] == "其中：中央财政资金" else ""
    blank[0][1] = "800.00"
    out += [("s15:own-then-on-first-column-blank", (form_z5(money=blank), None, ()))]
    # …and another breakdown after it (基本支出 · 项目支出): still read and judged (the loop goes on past the own 其中)
    own_then_two = _form_money() + Z5_TWO[1:3]
    out += [("s15:own-then-two", (form_z5(money=own_then_two), None, ())),
            ("s15:own-then-two-wrong", (form_z5(money=money_set(own_then_two, "项目支出", 3, "685.50", pin=False)),
                                        "PRF001", ()))]
    # s14's nested and partial lists (test_forms_heldout_s14's own tests of them run every format: too slow here)
    unnamed = s14.z5_unnamed
    out += [("s14:z5-unnamed", (form_z5(money=unnamed(s14.Z5_MONEY)), None, ())),
            ("s14:z5-unnamed-wrong", (form_z5(money=unnamed(s14.z5_wrong("上年结转资金", 3, "65.00", "其中：中央财政资金"))),
                                      "PRF001", ())),
            ("s14:kinds-short", (form_z5(money=s14.z5_wrong("上年结转资金", 2, "50.00", "其中：中央财政资金")), "PRF001", ()))]
    for name in ("FJ_PARTIAL", "FJ_PARTIAL_FIRST"):
        money = getattr(s14, name)
        out += [(f"s14:{name}", (s14.form_fj(money=money), None, ())),
                (f"s14:{name}-over", (s14.form_fj(money=money_set(money, "执法装备购置", 3, "696.50", pin=False)), "PRF001", ()))]
    return out


_FORMS = [(k, form) for k, (form, _c, _a) in _forms()]


@pytest.mark.parametrize("key,code,also", [(k, c, a) for k, (_f, c, a) in _forms()], ids=[k for k, _ in _forms()])
def test_the_held_out_forms_judged_in_memory(key, code, also):
    """As test_forms_heldout_s1x's judge/clean: a clean layout draws nothing; a planted fault its code at its cell,
    and no other code but the ones the case names."""
    found, pins = _findings(key)
    codes = {f.code for f in found}
    if code is None:
        assert codes == set(), [(f.code, f.message) for f in found]
        return
    assert code in codes and codes <= {code, *also}, codes
    if pins:
        assert pins[0] in [where(f) for f in found if f.code == code]


# Z5 with 财政资金's 其中 listing 中央 alone (地方 left out: a partial list), 中央 broken down again
Z5_ONE = [
    ["年度资金总额", "1000.00", "1150.00", "1120.50", "10", "97.43%", "9.74"],
    ["其中：财政资金", "1000.00", "1100.00", "1075.50", "—", "—", "—"],
    ["其中：中央财政资金", "800.00", "860.00", "850.00", "—", "—", "—"],
    ["其中：当年财政拨款", "800.00", "800.00", "795.00", "—", "—", "—"],
    ["上年结转资金", "", "60.00", "55.00", "—", "—", "—"],
    ["其他资金", "", "50.00", "45.00", "—", "—", "—"],
]


def test_a_one_line_partial_list_broken_down_again_is_clean(tmp_path):
    """s15mut (fixed by s16forms): under a breakdown's first line whose 其中 lists one line only (中央, 地方 left out)
    that is broken down again, the deeper lines (当年 · 上年结转) were held against the first line (财政资金 应为
    800.00): 3 false PRF001 on a correct form. The 总额 does not tell whose lines they are; they add up to 中央."""
    f = form_z5(money=Z5_ONE)
    clean(xlsx_file(tmp_path, f), tmp_path, f)


@pytest.mark.parametrize("label,value", [("上年结转资金", "70.00"), ("其中：中央财政资金", "870.00")],
                         ids=["a-deeper-line", "the-broken-down-line"])
def test_a_one_line_partial_list_broken_down_again_wrong_in_one_column(tmp_path, label, value):
    """s16forms: one 全年预算数 of 中央 or of its 其中 wrong: one PRF001 on 中央's cell of that column (860 ≠ 当年 800 +
    上年结转 60/70), not three on 财政资金 (before: '财政资金应等于其中各项（当年财政拨款、上年结转资金）之和' in every column)."""
    money = money_set(Z5_ONE, label, 2, value, pin=False)
    money = money_set(money, "其中：中央财政资金", 2, money[2][2])  # (pinned: the finding's cell, 中央's 全年预算数)
    judge(xlsx_file(tmp_path, form_z5(money=money)), tmp_path, "PRF001")
