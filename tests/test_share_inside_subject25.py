"""Lead s25 (review s25's open item): a share said of a thing INSIDE the sentence's subject ("项目支出中一般公共服务支出
占50.00%", "政府性基金预算财政拨款支出中城乡社区支出占90.00%") is that thing's share of the subject, which no table row
gives; it was read as the subject's own share of the whole (false TXT011: 1339.54 ÷ 2116.25 = 63.30%). Not judged now;
a 类's share of the whole said plainly is still judged."""

from __future__ import annotations

from pathlib import Path

from test_narrative_heldout17 import _findings
from test_narrative_heldout19 import FISCAL, GPB_STRUCT


def _codes(tmp_path: Path, tables, sentence: str, name: str) -> list[str]:
    found = dict(_findings(tmp_path, [(tables, sentence)], name, 2022))
    return [code for code, _message in found.get(sentence, [])]


def test_a_share_inside_the_subject_is_not_its_own(tmp_path):
    assert _codes(tmp_path, GPB_STRUCT, "一般公共预算财政拨款支出中，基本支出占36.70%，项目支出中一般公共服务支出占50.00%。",
                  "a.xlsx") == []
    assert _codes(tmp_path, FISCAL, "财政拨款支出中，政府性基金预算财政拨款支出中城乡社区支出占90.00%。", "b.xlsx") == []


def test_a_class_share_of_the_whole_is_still_judged(tmp_path):
    assert _codes(tmp_path, GPB_STRUCT, "一般公共预算财政拨款支出中，一般公共服务支出占50.00%。", "c.xlsx") == ["TXT011"]
    assert _codes(tmp_path, GPB_STRUCT, "一般公共预算财政拨款支出中，一般公共服务支出占61.60%。", "d.xlsx") == []
