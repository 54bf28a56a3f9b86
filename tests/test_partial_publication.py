"""A file holding only one or two of the set of tables (a “三公”经费公开 published on its own, one file of a split
publication) draws one warning listing what is missing, not one error per missing table (s10 review F6); a file
that holds most of the set still draws an error for each table it lacks."""

import json
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from govaudit.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _keep(src: str, keep: list[str], tmp_path: Path) -> Path:
    wb = openpyxl.load_workbook(SAMPLES / src)
    for name in wb.sheetnames:
        if name not in keep:
            del wb[name]
    out = tmp_path / f"part-{len(keep)}.xlsx"
    wb.save(out)
    return out


def _check(path: Path, code: str):
    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return r.exit_code, [f for f in json.loads(r.output)["findings"] if f["code"] == code]


def test_a_sanshi_table_published_alone_draws_one_warning(tmp_path):
    rc, got = _check(_keep("决算公开表-2024-上海式-无误.xlsx", ["07三公"], tmp_path), "CMP001")
    assert rc == 0
    (f,) = got
    assert (f["severity"], f["expected"], f["actual"]) == ("warning", "9 张表", "1 张")
    assert f["message"].startswith("本文件只有公开07表（9 张应公开的表中的 1 张），缺少其余 8 张：公开01表「收入支出决算总表」、")
    assert "公开09表「国有资本经营预算财政拨款支出决算表」。" in f["message"] and "--together" in f["message"]
    assert f["locations"][0]["sheet"] == "07三公"  # pinned to the one table the file has


def test_two_tables_are_still_a_part(tmp_path):
    rc, got = _check(_keep("决算公开表-2024-上海式-无误.xlsx", ["01收支总表", "04财拨总表"], tmp_path), "CMP001")
    assert [(f["severity"], f["actual"]) for f in got] == [("warning", "2 张")]
    assert "本文件只有公开01表、公开04表" in got[0]["message"]


def test_most_of_the_set_draws_an_error_per_missing_table(tmp_path):
    keep = ["01收支总表", "02收入", "03支出"]
    rc, got = _check(_keep("决算公开表-2024-上海式-无误.xlsx", keep, tmp_path), "CMP001")
    assert rc == 1
    assert sorted(f["table"] for f in got) == [f"公开0{k}表" for k in (4, 5, 6, 7, 8, 9)]
    assert {f["severity"] for f in got} == {"error"}


def test_a_budget_part_draws_one_warning(tmp_path):
    path = _keep("预算公开表-2026-上海部门-无误.xlsx", ["部门“三公”经费和机关运行费预算表"], tmp_path)
    rc, got = _check(path, "BGC001")
    (f,) = got
    assert (f["severity"], f["expected"], f["actual"]) == ("warning", "9 张表", "1 张")
    assert "缺少其余 8 张：《财务收支预算总表》" in f["message"]
    assert "「" not in f["message"]  # a budget table's label is its name: not said twice
