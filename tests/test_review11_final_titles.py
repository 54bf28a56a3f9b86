"""s11 second review: a 决算 table whose title leaves out 决算 ("一般公共预算财政拨款基本支出表") reads like a table of
财政部's 部门预算 template. Among tables whose titles say 决算 it is the 决算's (公开06表): it drew a false BGC002
"是预算表，而本文件是决算公开" and CMP001 "缺少公开06表"."""

import json

import openpyxl
import pytest
from click.testing import CliRunner

from govaudit.cli import main
from conftest import SAMPLES

SAMPLE = SAMPLES / "决算公开表-2019-中央式-无误.xlsx"


def _retitled(tmp_path, old: str, new: str):
    wb = openpyxl.load_workbook(SAMPLE)
    hits = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str) and c.value.strip().startswith(old)]
    assert hits, old
    hits[0].value = hits[0].value.replace(old, new)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return json.loads(r.output)


@pytest.mark.parametrize("old, new, kind", [
    ("一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出表", "公开06表"),
    ("一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出表", "公开05表"),
])
def test_a_final_table_titled_without_jue_suan_is_the_finals(tmp_path, old, new, kind):
    report = _retitled(tmp_path, old, new)
    bad = [(f["code"], f["message"][:60]) for f in report["findings"] if f["severity"] in ("error", "warning")]
    assert bad == []
    assert kind in json.dumps(report, ensure_ascii=False)
