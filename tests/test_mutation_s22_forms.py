"""recognize/forms.py, a sample of 40 mutants (seed 22) measured by tools/mutate.py (s22 mut, issue 14, README
"变异测试"): a survivor's behaviour, on the 中央式 ZY form of tests/test_forms_heldout_s13."""

from __future__ import annotations

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from test_forms_heldout_s13 import form_zy
from test_mutation_s21_form_join import sheets

SUMMARY = [["序号", "项目名称", "全年执行数"], ["1", "国家标准制修订工作经费", "120.00"], ["2", "标准化研究", "80.00"],
           ["合计", "", "200.00"], [""],
           ["本部门2023年度项目支出绩效自评情况说明：共对2个项目开展自评，平均得分95.2分。"]]


def test_an_untitled_sheet_after_a_form_that_is_no_part_of_it_keeps_its_text(tmp_path):
    """Sheet2 after the form holds a list of projects and a paragraph: no rest of the form and no form of its own, so
    join_continuation leaves it alone and its text is read (fails when it answers True: the sheet is dropped)."""
    zy = form_zy()
    path = sheets(tmp_path, [("自评表", zy["head"], zy["rows"]), ("Sheet2", [], SUMMARY)])
    d = recognize(read_workbook(path))
    assert len(d.forms) == 1
    assert any("平均得分95.2分" in p.text for p in d.paragraphs)
