"""s11 review: a total whose parts are not all stated, but whose stated parts already add up to more than it ("政府采购
支出总额85.60万元，其中：政府采购货物支出45.60万元、政府采购服务支出50.00万元": 95.60 before 工程). The parts of a total
(rules/narrative.toml `parts`) are disjoint and not negative, so this is wrong whatever the unstated part is (TXT007);
it was not judged because TXT007 waited for every part. A budget total beside actual parts is not compared."""

import pytest

from test_narrative_bracket_labels import _findings


@pytest.mark.parametrize("sentence", [
    "2019年度本部门政府采购支出总额85.60万元，其中：政府采购货物支出45.60万元、政府采购服务支出50.00万元。",
    "2019年度本部门政府采购支出总额95.58万元，其中：政府采购货物支出45.60万元、政府采购服务支出50.00万元。",
])
def test_stated_parts_beyond_the_total_are_an_error(tmp_path, sentence):
    assert _findings(tmp_path, [sentence]) == [("TXT007", "error")]


@pytest.mark.parametrize("sentence", [
    "2019年度本部门政府采购支出总额95.60万元，其中：政府采购货物支出45.60万元、政府采购服务支出50.00万元。",
    "2019年度本部门政府采购支出总额105.60万元，其中：政府采购货物支出45.60万元、政府采购服务支出50.00万元。",
    "2019年度本部门政府采购预算80.00万元，实际政府采购支出总额95.60万元，其中：政府采购货物支出45.60万元、政府采购服务支出50.00万元。",
])
def test_parts_within_the_total_or_of_another_basis_are_clean(tmp_path, sentence):
    assert _findings(tmp_path, [sentence]) == []
