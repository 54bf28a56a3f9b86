"""The 绩效自评表 samples are what make_forms.py writes; the CLI, JSON and settings work for forms as for tables.

What each sample must report is listed in samples/README.md and checked by tests/test_samples_readme.py.
"""

from __future__ import annotations

import json

import openpyxl
from click.testing import CliRunner

from test_forms_support import ROOT, SAMPLES, make_forms

FORM_SAMPLES = sorted(p.name for p in SAMPLES.glob("*绩效自评表*.xlsx"))


def test_samples_are_what_make_forms_writes(tmp_path):
    import make_samples

    made = make_samples.main_forms(tmp_path)
    assert sorted(p.name for p in made) == FORM_SAMPLES and len(FORM_SAMPLES) == 8
    for path in made:
        new, old = openpyxl.load_workbook(path), openpyxl.load_workbook(SAMPLES / path.name)
        assert new.sheetnames == old.sheetnames, path.name
        for a, b in zip(new.worksheets, old.worksheets):
            cells = lambda ws: {(c.coordinate, c.value, c.number_format) for row in ws.iter_rows() for c in row
                                if c.value is not None}
            assert cells(a) == cells(b), f"{path.name}!{a.title} differs: run python samples/make_forms.py"
            assert sorted(map(str, a.merged_cells.ranges)) == sorted(map(str, b.merged_cells.ranges))


def test_seed_transcription_is_complete():
    import seed_forms

    forms = seed_forms.FORMS
    assert [f["no"] for f in forms] == list(range(1, 19))
    assert [len(f["indicators"]) for f in forms] == [10, 7, 7, 8, 8, 7, 7, 9, 10, 10, 8, 7, 9, 9, 8, 4, 6, 8]
    assert forms[3]["budget"][0][5] == "550" and forms[3]["budget"][1][5] == "196.07" and forms[3]["budget"][0][6] == "35.6%"
    assert [f["head"] for f in forms].count("paragraph") == 4


def test_set_value_keeps_what_was_printed():
    wb = openpyxl.Workbook()
    ws = wb.active
    for i, text in enumerate(["15.00", "2.9648", "57.50%", "99%", "≥100%", "是", "3"], start=1):
        make_forms.set_value(ws.cell(i, 1), text)
    got = [(ws.cell(i, 1).value, ws.cell(i, 1).number_format) for i in range(1, 8)]
    assert got == [(15.0, "0.00"), (2.9648, "General"), (0.575, "0.00%"), (0.99, "0%"), ("≥100%", "General"),
                   ("是", "General"), (3, "General")]


def test_cli_check_forms_json_contract():
    from govaudit.cli import main

    result = CliRunner().invoke(main, ["check", str(SAMPLES / "绩效自评表-河北式-有误.xlsx"), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["files"][0]["forms"] == 3 and data["files"][0]["tables"] == []
    f = next(x for x in data["findings"] if x["code"] == "PRF107")
    assert f["table"] == "就业扶持专项资金" and f["locations"][0] == {
        "sheet": "其他项目", "cell": "I24", "row_label": "资金执行情况", "col_label": "自评得分",
        "table_title": "就业扶持专项资金"}
    assert (f["expected"], f["actual"]) == ("≤ 3.56", "10")


def test_cli_clean_forms_exit_0_and_rules_listed():
    from govaudit.cli import main

    runner = CliRunner()
    for name in ("绩效自评表-河北式-无误.xlsx", "绩效自评表-中央式-无误.xlsx", "绩效自评表-四川式-无误.xlsx"):
        result = runner.invoke(main, ["check", str(SAMPLES / name)])
        assert result.exit_code == 0, result.output
        assert "未发现问题" in result.output
    listing = runner.invoke(main, ["rules"]).output
    assert "PRF107" in listing and "PRF202" in listing
    explained = runner.invoke(main, ["rules", "PRF106"]).output
    assert "grade_bands" in explained and "绩效自评表" in explained


def test_settings_file_is_not_a_rule_pack():
    from govaudit.engine.performance_settings import _file_settings
    from govaudit.engine.declarative import load_packs

    assert not any(i.source.endswith("performance.toml") for i in load_packs())
    s = _file_settings()
    assert s["grade_bands"][0] == ["优", 90] and s["execution_full_marks_rate"] == 100
    assert s["level1_weights"] == {"产出指标": 50, "效益指标": 30, "满意度指标": 10, "预算执行率": 10}
    assert (ROOT / "rules" / "performance.toml").is_file()
