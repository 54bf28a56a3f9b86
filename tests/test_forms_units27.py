"""Session 27 (formfix, issue #9): the 主管部门/实施单位 line of a 绩效自评表 widens the print's columns with its values, and
so moves where the indicator table's header words fall among the columns of figures. Session 25's layouts (tests/
test_forms_heldout25.py) with the units of real departments, short and long, printed unruled and as a 三线表, figures
right- (Excel) and left-aligned (Word), on one page and broken inside the indicators: each clean print must draw
nothing and be read whole; GX's planted errors must be found once.

Written before the fix and run on main 62f8e43: 12 of 104 failed — GX with a 实施单位 of seven characters or more
('某县农业农村局'), figures right-aligned: the word 得分, set at its cell's left, fell nearer the 分值 figures' column
than its own, so the 分值 figures were read as the 得分 (no 分值 at all): false PRF101 and PRF104 on a correct form
(session 26's repro /tmp/formfix/chk2.py), and a planted 得分 > 分值 unseen.
"""

from __future__ import annotations

import pytest

from test_forms_breaks_heldout22 import problems
from test_forms_heldout25 import CASES, LAYOUTS, breaks, clean_read, form, found_once, printed

UNITS = {
    "short": ("某市教育局", "某县教育局"),
    "seven": ("某市农业农村局", "某县农业农村局"),
    "ten": ("某市住房和城乡建设局", "某县住房和城乡建设局"),
    "long": ("广西壮族自治区教育厅", "某县中小学校财务管理服务中心"),
}
KEYS = [k for k, spec in LAYOUTS.items() if spec["units"][0] == "主管部门"]
PRINTS = [("none", "right"), ("three", "right"), ("none", "left"), ("three", "left")]


def spec_with(key, units):
    a, _b, c, _d = LAYOUTS[key]["units"]
    return dict(LAYOUTS[key], units=(a, UNITS[units][0], c, UNITS[units][1]))


ONE_PAGE = [(k, u, r, f) for k in KEYS for u in UNITS for r, f in PRINTS]


@pytest.mark.parametrize("key,units,rules,figures", ONE_PAGE)
def test_clean_one_page(tmp_path, key, units, rules, figures):
    f = form(key, spec=spec_with(key, units))
    clean_read(printed(tmp_path, f, rules, figures=figures), tmp_path, f)


# broken inside the indicators (after the third), the units taken in turn. (YN, its indicator header on two rows,
# figures right-aligned, drew PRF104 until session 29: the page before the break holds only the first indicator rows,
# its 一级 and 二级 header words outside the funds' columns — readers/pdf_form_heads.py. CQ_SHORT, the second page's
# '13.5' over two of the first page's columns, reads right since session 28: pdf_text._aligned_in)
INDS = [(k, u, r, f) for k in KEYS for n, u in enumerate(UNITS) for r, f in PRINTS[n % 2::2]]


@pytest.mark.parametrize("key,units,rules,figures", INDS)
def test_clean_broken_in_indicators(tmp_path, key, units, rules, figures):
    f = form(key, spec=spec_with(key, units))
    clean_read(printed(tmp_path, f, rules, breaks(f, "inds"), figures), tmp_path, f)


GX_CASES = [c for c in CASES if c[0] == "GX"]


@pytest.mark.parametrize("units", ["seven", "long"])
@pytest.mark.parametrize("rules", ["none", "three"])
@pytest.mark.parametrize("case", GX_CASES, ids=[c[1] for c in GX_CASES])
def test_gx_planted_found(tmp_path, case, rules, units):
    key, _name, edit, code, also = case
    f = form(key, spec=spec_with(key, units), **edit)
    found_once(printed(tmp_path, f, rules), tmp_path, code, also)


def test_gx_points_read_from_their_own_figures(tmp_path):
    """The 分值 and 得分 read are the form's, indicator by indicator (not the 分值 figures as 得分)."""
    from test_forms_heldout_s11 import read_forms

    f = form("GX", spec=spec_with("GX", "seven"))
    (got,) = read_forms(printed(tmp_path, f, "none"))
    read = [(str(i.weight.value), str(i.score.value)) for s in got.sections if s.origin == "indicators"
            for i in s.indicators]
    assert read == [(i[5], i[6]) for i in LAYOUTS["GX"]["indicators"]]
    assert problems(printed(tmp_path, f, "three", name="b.pdf"), tmp_path) == []


# GX broken right under its two-row money header (session 25/26's GX_UNRULED), every print, two units' lengths: on
# main 20e3714 all eight clean prints drew CEL001, PRF102/PRF101, PRF104 and PRF202 (the parts' line '财政拨款 |
# 其他资金' read as a wrapped line of the header's, '全年预算数财政拨款' one cell; then 全年预算数 not read).
@pytest.mark.parametrize("units", ["short", "seven"])
@pytest.mark.parametrize("rules,figures", PRINTS)
def test_gx_broken_under_its_header(tmp_path, rules, figures, units):
    f = form("GX", spec=spec_with("GX", units))
    clean_read(printed(tmp_path, f, rules, breaks(f, "head"), figures), tmp_path, f)


@pytest.mark.parametrize("rules,figures", PRINTS)
@pytest.mark.parametrize("case", GX_CASES, ids=[c[1] for c in GX_CASES])
def test_gx_broken_under_its_header_planted(tmp_path, case, rules, figures):
    key, _name, edit, code, also = case
    f = form(key, **edit)
    found_once(printed(tmp_path, f, rules, breaks(f, "head"), figures), tmp_path, code, also)


# Every layout broken twice (after the second money line and inside the indicators), every print: on 20e3714 with
# the fix above, 14 of 28 drew PRF104/PRF201/PRF102 (page 3 laid out in columns of its own); JX, GS and GX read right
# once a 总分 in a gutter of page 2's columns no longer keeps page 3 apart (pdf_text._inherit): 8 left.
# (session 28: CQ with figures at the left and HUB at the right read right too, pdf_text._aligned_in: 4 left, YN;
# session 29: YN too, readers/pdf_form_heads.py)
TWICE = [(k, r, f) for k in LAYOUTS for r, f in PRINTS]


@pytest.mark.parametrize("key,rules,figures", TWICE)
def test_clean_broken_twice(tmp_path, key, rules, figures):
    f = form(key)
    clean_read(printed(tmp_path, f, rules, breaks(f, "two"), figures), tmp_path, f)


@pytest.mark.parametrize("key", ["JX", "GS", "GX"])
def test_wrong_total_found_broken_twice(tmp_path, key):
    """The 总分 read from the gutter is the form's own: a wrong one is found."""
    case = next(c for c in CASES if c[0] == key and c[1] == "total")
    f = form(key, **case[2])
    found_once(printed(tmp_path, f, "none", breaks(f, "two")), tmp_path, case[3], case[4])


def between_header_rows(f):
    return (next(i for i, r in enumerate(f["rows"]) if any("预算数" in str(v) for v in r)) + 1,)


# GX broken between its two header rows ('全年执行数' on the first page's last line, level with the other header
# words; '财政拨款 | 其他资金' heading the next page): on 20e3714 every unruled print drew a false PRF004 + PRF107 (the
# parts' line read as an empty money line '财政拨款', the 总额's 执行数 taken from one part), and a wrong 执行率 was
# found beside that noise; form_subheads._parts_over_the_break reads the parts over the break.
@pytest.mark.parametrize("rules,figures", PRINTS)
def test_gx_broken_between_its_header_rows(tmp_path, rules, figures):
    f = form("GX")
    clean_read(printed(tmp_path, f, rules, between_header_rows(f), figures), tmp_path, f)
    (got,) = __import__("test_forms_heldout_s11").read_forms(printed(tmp_path, f, rules, between_header_rows(f),
                                                                      figures, name="again.pdf"))
    assert str(got.budget[0].cells["executed"].value) == "1025.40"


@pytest.mark.parametrize("rules,figures", PRINTS[:2])
@pytest.mark.parametrize("case", GX_CASES, ids=[c[1] for c in GX_CASES])
def test_gx_broken_between_its_header_rows_planted(tmp_path, case, rules, figures):
    key, _name, edit, code, also = case
    f = form(key, **edit)
    found_once(printed(tmp_path, f, rules, between_header_rows(f), figures), tmp_path, code, also)
