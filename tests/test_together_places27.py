"""`--together` over workbooks of one disclosure whose sheets are named alike (issue #9, wbfix s27).

Exported workbooks name their sheets 'Sheet1', 'Sheet2' …; a 决算 published as three such workbooks (01-05 / 06 / 07-09)
is checked with --together. The rules name places by sheet and cell only, and on main 62f8e43 every finding of the group
was put in the file with the most tables: a mistake planted in the second workbook's 公开06表 was reported in the first
workbook, at the first workbook's Sheet1 (where 公开01表 is), and --annotate / HTML marked that file's cells. Each place now
names its own file (govaudit/together_places.py): the finding is in the file of its judged cell, a related place in
another file says so in every format (JSON "file", SARIF artifactLocation, '[b.xlsx]Sheet1!C16' in text and HTML), and
an annotated copy marks only its own file's cells.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.pipeline import Options, check_paths

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FINAL = SAMPLES / "决算公开表-2024-上海式-无误.xlsx"
PARTS = (("a.xlsx", ("01", "02", "03", "04", "05")), ("b.xlsx", ("06",)), ("c.xlsx", ("07", "08", "09")))


def _cell(ws, label: str, header: str):
    """The cell in the row of figures labelled `label` under the header `header` (found by text)."""
    rows = list(ws.iter_rows())
    col = next(c.column for row in rows for c in row if isinstance(c.value, str) and c.value.strip() == header)
    row = next(r[0].row for r in rows if any(isinstance(c.value, str) and c.value.strip() == label for c in r)
               and any(isinstance(c.value, (int, float)) for c in r))
    return ws.cell(row=row, column=col)


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    folder = tmp_path_factory.mktemp("together") / "2024决算"
    folder.mkdir()
    planted = {}
    for name, keep in PARTS:
        wb = load_workbook(FINAL)
        for ws in list(wb.worksheets):
            if ws.title[:2] not in keep:  # (the sample's sheets are 01收支总表 … 09国有资本)
                wb.remove(ws)
        for i, ws in enumerate(wb.worksheets, start=1):
            ws.title = f"Sheet{i}"
        if name == "a.xlsx":  # 公开05表 合计 基本支出 9 too many: its column (TBL) and 06's 人员+公用 (XTB018) disagree
            cell = _cell(wb["Sheet5"], "合计", "基本支出")
            cell.value += 9
            planted["a"] = ("Sheet5", cell.coordinate)
        if name == "b.xlsx":  # 公开06表 30101 基本工资 one more: 301's parts off their total (in b only)
            cell = _cell(wb["Sheet1"], "基本工资", "决算数")
            cell.value += 1
            planted["b"] = ("Sheet1", cell.coordinate)
        wb.save(folder / name)
    result = check_paths([str(folder)], Options(), together=True)
    paths = {name: str(folder / name) for name, _ in PARTS}
    return folder, paths, planted, result


def _judged_at(result, sheet, cell, code_prefix):
    return [f for f in result.findings if f.code.startswith(code_prefix) and f.locations
            and (f.locations[0].sheet, f.locations[0].cell) == (sheet, cell)]


def test_a_mistake_in_the_second_workbook_is_reported_there(group):
    _folder, paths, planted, result = group
    sixes = [f for f in result.findings if f.table == "公开06表" and f.severity.value == "error"]
    assert sixes, [(f.code, f.file) for f in result.findings]
    for f in sixes:
        assert f.file == paths["b.xlsx"], (f.code, f.file)
        assert {loc.file for loc in f.locations} == {paths["b.xlsx"]}
    sheet, cell = planted["b"]
    assert any((loc.sheet, loc.cell) == (sheet, cell) for f in sixes for loc in f.locations)
    # nothing judged in 06 lands in the first file, at its Sheet1 (公开01表)
    assert not [f for f in result.findings if f.file == paths["a.xlsx"] and f.table == "公开06表"]


def test_a_cross_file_finding_names_each_place_in_its_own_file(group):
    _folder, paths, planted, result = group
    xtb = [f for f in result.findings if f.code == "XTB018"]
    assert len(xtb) == 1, [(f.code, f.file, f.table) for f in result.findings if f.severity.value == "error"]
    f = xtb[0]
    assert f.file == paths["a.xlsx"]
    assert (f.locations[0].sheet, f.locations[0].cell, f.locations[0].file) == (*planted["a"], paths["a.xlsx"])
    others = {loc.file for loc in f.locations[1:]}
    assert others == {paths["b.xlsx"]}, [(loc.file, loc.sheet, loc.cell) for loc in f.locations]
    assert all(loc.sheet == "Sheet1" and loc.table_title == "公开06表" for loc in f.locations[1:])


def test_reports_say_which_file_a_related_place_is_in(group):
    from govaudit.report.html import render_html
    from govaudit.report.json_report import to_dict
    from govaudit.report.sarif import to_sarif
    from govaudit.report.text import render_text

    _folder, paths, planted, result = group
    data = to_dict(result)
    xtb = next(d for d in data["findings"] if d["code"] == "XTB018")
    assert "file" not in xtb["locations"][0]
    assert {loc.get("file") for loc in xtb["locations"][1:]} == {paths["b.xlsx"]}
    six = next(d for d in data["findings"] if d["table"] == "公开06表" and d["severity"] == "error")
    assert six["file"] == paths["b.xlsx"] and all("file" not in loc for loc in six["locations"])

    sarif = to_sarif(result)["runs"][0]["results"]
    x = next(r for r in sarif if r["ruleId"] == "XTB018")
    assert x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("a.xlsx")
    related = {r["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1] for r in x["relatedLocations"]}
    assert related == {"b.xlsx"}
    s6 = [r for r in sarif if r["properties"].get("table") == "公开06表" and r["level"] == "error"]
    assert s6 and all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("b.xlsx") for r in s6)

    text = render_text(result)
    before_b, after_b = text.split(paths["b.xlsx"])
    in_b = after_b.split(paths["c.xlsx"])[0]
    assert "公开06表" in in_b and "[错误]" in in_b and "公开06表「" not in before_b
    line = next(ln for ln in text.splitlines() if "XTB018" in ln)
    after = text.split(line + "\n", 1)[1].splitlines()[0]  # (its details: the line below)
    assert "[b.xlsx]Sheet1!C" in after, after
    assert "[b.xlsx]Sheet1!C" in render_html(result)


def test_annotated_copies_mark_only_their_own_files_cells(group, tmp_path):
    from govaudit.report.annotate import annotate_workbook

    _folder, paths, planted, result = group
    xtb = next(f for f in result.findings if f.code == "XTB018")
    b_cells = {loc.cell for loc in xtb.locations[1:]}
    out_a = tmp_path / "a.checked.xlsx"
    annotate_workbook(paths["a.xlsx"], str(out_a), [f for f in result.findings if f.file == paths["a.xlsx"]])
    ws = load_workbook(out_a)["Sheet1"]  # 公开01表 in a: the 06 cells XTB018 used are in b, never marked here
    for ref in b_cells:
        assert ws[ref].fill.fill_type is None and ws[ref].comment is None, ref
    out_b = tmp_path / "b.checked.xlsx"
    annotate_workbook(paths["b.xlsx"], str(out_b), [f for f in result.findings if f.file == paths["b.xlsx"]])
    ws = load_workbook(out_b)[planted["b"][0]]
    assert ws[planted["b"][1]].fill.fill_type == "solid"


def test_the_cli_json_of_the_group(group):
    folder, paths, planted, _result = group
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "govaudit", "check", str(folder), "--together", "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=300, cwd="/")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    by_file = {}
    for d in data["findings"]:
        if d["severity"] == "error":
            by_file.setdefault(os.path.basename(d["file"]), set()).add(d["table"])
    assert by_file.get("b.xlsx") == {"公开06表"}, by_file
    assert "公开06表" not in by_file.get("a.xlsx", set())


def test_html_grids_of_a_group_come_from_each_findings_own_file(group):
    """--format html keeps the cells around each finding (Options.collect_context): in a group they are read from the
    finding's own workbook, and a source cell in another file draws no grid of this file's same-named sheet."""
    from govaudit.report.html import render_html

    folder, paths, planted, _result = group
    result = check_paths([str(folder)], Options(collect_context=True), together=True)
    six = next(f for f in result.findings if f.table == "公开06表" and f.severity.value == "error")
    assert six.file == paths["b.xlsx"] and six.context and six.context["sheet"] == "Sheet1"
    texts = [t for row in six.context["rows"] for t in row]
    assert "基本工资" in texts  # (b's Sheet1: 公开06表; a's Sheet1 is 公开01表)
    xtb = next(f for f in result.findings if f.code == "XTB018")
    assert xtb.context and xtb.context["sheet"] == planted["a"][0]
    assert not xtb.context.get("sources")  # (its sources are in b.xlsx: no grid drawn from a.xlsx's Sheet1)
    assert "基本工资" in render_html(result)
