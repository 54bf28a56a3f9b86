"""A second 绩效自评表 printed under the first with no title of its own (session 17, s17forms).

Several forms on one sheet (or in one Word document, one PDF page after another) often carry one title for all: the
second form starts with its own 项目名称 row right under the first one's 评价等级, with or without a blank row. The
block under the title then held both forms and only the first was read: the second form's errors were never reported.
A row with a name label (项目名称 / 部门（单位）名称 with the name beside it, no column heads) after an indicator table,
followed by an indicator table of its own, starts another form. A summary '序号 | 项目名称 | …' under a form is no form.
"""

from __future__ import annotations

import pytest

from test_forms_heldout_s11 import Pin, check, codes, docx_file, parts_wrong, read_forms, where, xlsx_file
from test_forms_heldout_s17 import BJ_MONEY, form_bj, form_gd, form_hb, form_zj


def untitled(form):
    return {**form, "head": []}


CASES = {
    "clean": (lambda: form_bj(), None),
    "total": (lambda: form_bj(total=Pin("96.68")), "PRF104"),
    "parts": (lambda: form_bj(money=parts_wrong(BJ_MONEY, "其中：当年财政拨款", 2, "21800.00")), "PRF001"),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("gap", [1, 0], ids=["blank-row", "no-gap"])
def test_second_form_without_a_title_on_one_sheet(tmp_path, case, gap):
    build, code = CASES[case]
    path, pins = xlsx_file(tmp_path, form_hb(), untitled(build()), gap=gap)
    found = check(path, tmp_path)
    assert codes(found) == ([code] if code else []), codes(found)
    if code:
        assert pins[0] in [where(f) for f in found if f.code == code]
        assert all("老旧小区综合整治" in f.message for f in found if f.code == code)
    assert [f.name for f in read_forms(path)] == ["基层农技推广体系改革与建设", "老旧小区综合整治"]


@pytest.mark.parametrize("case", list(CASES))
def test_second_form_without_a_title_in_one_word_table_sequence(tmp_path, case):
    build, code = CASES[case]
    path, pins = docx_file(tmp_path, form_hb(), untitled(build()))
    found = check(path, tmp_path)
    assert codes(found) == ([code] if code else []), codes(found)
    if code:
        assert pins[0] in [where(f) for f in found if f.code == code]
    assert len(read_forms(path)) == 2


def test_three_forms_under_one_title_the_third_a_department_form(tmp_path):
    path, _ = xlsx_file(tmp_path, form_gd(), untitled(form_hb()), untitled(form_zj(total=Pin("98.28"))))
    found = check(path, tmp_path)
    assert codes(found) == ["PRF104"], codes(found)
    assert [f.name for f in read_forms(path)] == ["水文监测站网运行维护", "基层农技推广体系改革与建设", "浙江省市场监督管理局"]


SUMMARY = {"head": [], "rows": [
    ["序号", "项目名称", "全年预算数", "全年执行数", "执行率", "得分", "", "", "", ""],
    ["1", "基层农技推广体系改革与建设", "320.00", "298.56", "93.30%", "97.83", "", "", "", ""],
    ["2", "老旧小区综合整治", "22400.00", "21683.20", "96.80%", "97.68", "", "", "", ""],
]}


def test_summary_of_projects_under_a_form_is_no_form(tmp_path):
    path, _ = xlsx_file(tmp_path, form_hb(), SUMMARY)
    assert codes(check(path, tmp_path)) == []
    assert len(read_forms(path)) == 1


def test_implementer_named_on_a_row_of_its_own_is_no_second_form(tmp_path):
    """'单位名称' (an 实施单位 written as such) on its own row inside one form: no indicator table between, one form."""
    f = form_hb()
    rows = [list(r) for r in f["rows"]]
    rows.insert(2, ["单位名称", "湖北省农业技术推广总站", "<", "<", "<", "<", "<", "<", "<", "<"])
    path, _ = xlsx_file(tmp_path, {**f, "rows": rows})
    assert codes(check(path, tmp_path)) == []
    assert len(read_forms(path)) == 1


SAME_COLUMNS = {"clean": (lambda: form_hb(name="农业科技示范推广"), None),
                "total": (lambda: form_hb(name="农业科技示范推广", total=Pin("97.38")), "PRF104")}


@pytest.mark.parametrize("case", list(SAME_COLUMNS))
def test_second_form_without_a_title_on_the_next_pdf_page(tmp_path, case):
    """The next page starts with the second form's 项目名称 (no title): read as a form of its own, its error found."""
    from test_forms_heldout_s11 import pdf_made

    build, code = SAME_COLUMNS[case]
    path, _ = pdf_made(tmp_path, form_hb(), untitled(build()))
    found = check(path, tmp_path)
    assert codes(found) == ([code] if code else []), codes(found)
    assert [f.name for f in read_forms(path)] == ["基层农技推广体系改革与建设", "农业科技示范推广"]


def test_second_form_with_other_columns_on_the_next_pdf_page(tmp_path):
    """A grid opening with '项目名称' in columns the form before does not have, at the next page's head: a form of its
    own, not the rest of the form before laid on its columns (which lost BJ's 一级指标 and 得分 columns)."""
    from test_forms_heldout_s11 import pdf_made

    path, _ = pdf_made(tmp_path, form_hb(), untitled(form_bj(total=Pin("96.68"))))
    assert codes(check(path, tmp_path)) == ["PRF104"]
