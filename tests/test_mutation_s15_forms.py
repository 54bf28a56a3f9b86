"""checks/performance_common.py (其中 read level by level, a line's own 其中 then the breakdown going on) and
recognize/forms.py lines of session 14 measured by tools/mutate.py in session 15 (s15mut, issue 14). Forms are the
held-out Z5 form of tests/test_forms_heldout_s14.py (重大技术装备安全技术审查) with other 预算执行情况 lines; each test
kills a mutant the session's tests left alive: a correct form stays clean, a faulty copy is caught where it is."""

from __future__ import annotations

from test_forms_heldout_s11 import clean, judge, money_set, xlsx_file
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
