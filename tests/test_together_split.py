"""`govaudit check DIR --together` on files that are not one disclosure (s15rev r38): a 决算 and a 预算, two years or
two departments in one folder were joined into one disclosure and drew a CMP003 (部门名称不一致) per table and CMP005s,
findings that only said the files are not one disclosure. They are now checked as the disclosures they are, and one
line on stderr says so (pipeline.disclosures); files of one disclosure are still joined."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FINAL = SAMPLES / "决算公开表-2024-上海式-无误.xlsx"
BUDGET = SAMPLES / "预算公开表-2026-上海部门-无误.xlsx"
OTHER_YEAR = SAMPLES / "决算公开表-2019-中央式-无误.xlsx"


def _check(*args) -> tuple[int, dict, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "govaudit", "check", *map(str, args), "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=300)
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def _folder(tmp_path, *files) -> Path:
    folder = tmp_path / "folder"
    folder.mkdir()
    for f in files:
        shutil.copyfile(f, folder / f.name)
    return folder


def test_a_final_and_a_budget_are_checked_apart(tmp_path):
    folder = _folder(tmp_path, FINAL, BUDGET)
    code, together, err = _check(folder, "--together")
    assert not [f for f in together["findings"] if f["code"] in ("CMP003", "CMP004", "CMP005")]
    assert "不是同一份公开" in err and FINAL.name in err and BUDGET.name in err and "预算" in err
    apart_code, apart, _err = _check(folder)
    assert (code, together["files"], together["findings"]) == (apart_code, apart["files"], apart["findings"])


def test_two_years_of_two_departments_are_checked_apart(tmp_path):
    folder = _folder(tmp_path, FINAL, OTHER_YEAR)
    code, together, err = _check(folder, "--together")
    assert "不是同一份公开" in err
    assert not [f for f in together["findings"] if f["code"] in ("CMP003", "CMP004", "CMP005")]
    assert (code, together["findings"]) == (_check(folder)[0], _check(folder)[1]["findings"])


def test_one_disclosure_in_two_workbooks_is_still_checked_as_one(tmp_path):
    """公开01–05表 in one workbook, 06–09 in another: joined (no note, no table missing), as before."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, keep in (("前五张.xlsx", ("01", "02", "03", "04", "05")), ("后四张.xlsx", ("06", "07", "08", "09"))):
        wb = load_workbook(FINAL)
        for ws in list(wb.worksheets):
            if ws.title[:2] not in keep:  # (the sample's sheets are named 01收支总表 … 09国有资本)
                wb.remove(ws)
        assert wb.worksheets
        wb.save(folder / name)
    code, result, err = _check(folder, "--together")
    assert "不是同一份公开" not in err
    assert not [f for f in result["findings"] if f["code"] == "CMP001"], result["findings"]
    assert sorted(t for f in result["files"] for t in f["tables"]) == sorted(
        t for f in _check(FINAL)[1]["files"] for t in f["tables"])


def test_one_disclosure_with_the_department_spelled_two_ways_stays_one(tmp_path):
    """s16finA #2: the 上海 sample split into 01–05 and 06–09, the second spelling the department without its 区: one
    disclosure still (CMP003 names the difference), not two with every other table 'missing' (CMP001)."""
    from ci_helpers import SAMPLES

    src = SAMPLES / "决算公开表-2024-上海式-无误.xlsx"
    folder = tmp_path / "tog"
    folder.mkdir()
    for name, keep in (("a.xlsx", ("01", "02", "03", "04", "05")), ("b.xlsx", ("06", "07", "08", "09"))):
        wb = load_workbook(src)
        for ws in list(wb.worksheets):
            if not ws.title.startswith(keep):
                wb.remove(ws)
        if name == "b.xlsx":
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    for c in row:
                        if isinstance(c.value, str) and "某区人力资源" in c.value:
                            c.value = c.value.replace("某区人力资源", "某人力资源")
        wb.save(folder / name)
    r = subprocess.run([sys.executable, "-m", "govaudit", "check", str(folder), "--together", "--format", "json"],
                       capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    codes = [f["code"] for f in json.loads(r.stdout)["findings"]]
    assert "CMP001" not in codes and "CMP003" in codes
    assert "不是同一份公开" not in r.stderr


def test_a_narrative_joins_the_group_of_the_year_it_names(tmp_path):
    """s16rev r31: a 说明 (no tables, its year only in its text) given with another department's 2026 预算 (first by
    name) and this department's 2024 决算 tables joins the 2024 决算, not the first group; a 说明 naming no year at all
    is checked on its own when there are several groups."""
    import docx

    from govaudit.pipeline import disclosures
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    def text_file(name, lines):
        doc = docx.Document()
        for line in lines:
            doc.add_paragraph(line)
        doc.save(tmp_path / name)
        return tmp_path / name

    said = text_file("c_说明.docx", ["情况说明", "一、收入支出决算总体情况", "2024年度收入、支出总计均为100.00万元。"])
    silent = text_file("d_说明.docx", ["情况说明", "收入、支出总计均为100.00万元。"])
    parts = [(p.name, None, recognize(read_workbook(p))) for p in (BUDGET, FINAL, said, silent)]
    groups = [[name for name, _b, _d in g] for g in disclosures(parts)]
    assert groups == [[BUDGET.name], [FINAL.name, "c_说明.docx"], ["d_说明.docx"]]
