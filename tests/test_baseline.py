"""--baseline: record once, then report only new findings; rows inserted above a finding do not break it."""

from __future__ import annotations

import json

from ci_helpers import FAULTY_2024, cli, copy, insert_row, set_cell
from govaudit import baseline as bl
from govaudit.model import Finding, Location, Severity


def _cell(run, code):
    return [f["locations"][0]["cell"] for f in run.json()["findings"] if f["code"] == code]


def test_round_trip_with_a_row_inserted_above_a_finding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = copy(FAULTY_2024, tmp_path / "2024", "决算.xlsx")
    before = cli("check", "2024", "--format", "json")
    assert _cell(before, "CEL001") == ["E8"]
    known = len(before.json()["findings"])

    # first run: no baseline yet → record today's findings, report none, exit 0
    first = cli("check", "2024", "--format", "json", "--baseline", "govaudit-baseline.json")
    assert first.exit_code == 0
    assert first.json()["findings"] == []
    assert "govaudit-baseline.json" in first.stderr
    data = json.loads((tmp_path / "govaudit-baseline.json").read_text(encoding="utf-8"))
    assert len(data["findings"]) == known
    entry = next(e for e in data["findings"] if e["code"] == "CEL001")
    assert entry["file"] == "2024/决算.xlsx"  # relative to the baseline's folder
    assert (entry["sheet"], entry["row_label"], entry["col_label"]) == ("03支出", "2011001 行政运行", "项目支出")

    # second run: everything known
    again = cli("check", "2024", "--format", "json", "--baseline", "govaudit-baseline.json")
    assert again.exit_code == 0 and again.json()["findings"] == []

    # a new 项 row inserted above the finding: the finding's cell moves, the baseline still absorbs it
    insert_row(book, book, "03支出", 8, ["2011003", "机关服务", 0, 0, 0])
    moved = cli("check", "2024", "--format", "json")
    assert _cell(moved, "CEL001") == ["E9"]
    assert len(moved.json()["findings"]) == known
    after = cli("check", "2024", "--format", "json", "--baseline", "govaudit-baseline.json")
    assert after.exit_code == 0
    assert after.json()["findings"] == []

    # a new problem is reported, and only it
    set_cell(book, book, "08政府性基金", "A2", "编制部门：上海市某区财政局")  # a second table of another dept
    new = cli("check", "2024", "--format", "json", "--baseline", "govaudit-baseline.json")
    assert new.exit_code == 1
    assert [(f["code"], f["table"]) for f in new.json()["findings"]] == [("CMP003", "公开08表")]
    assert f"{known} 个问题未报告" in new.stderr


def test_baseline_found_from_another_working_folder(tmp_path, monkeypatch):
    copy(FAULTY_2024, tmp_path / "repo" / "2024")
    monkeypatch.chdir(tmp_path / "repo")
    assert cli("check", "2024", "--baseline", "baseline.json").exit_code == 0
    monkeypatch.chdir(tmp_path)  # paths in the baseline are relative to its folder, not to where we run
    run = cli("check", "repo/2024", "--format", "json", "--baseline", "repo/baseline.json")
    assert run.exit_code == 0 and run.json()["findings"] == []


def _finding(cell, value="1.00", row="合计"):
    return Finding(code="TBL001", severity=Severity.error, message=f"实际 {value}", file="x.xlsx", table="公开03表",
                   actual=value, locations=[Location(file="x.xlsx", sheet="03支出", cell=cell, row_label=row,
                                                     col_label="基本支出")])


def test_matching_counts_and_ignores_values_and_cells(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "b.json"
    bl.write(path, [_finding("D5"), _finding("D5")])
    kept, absorbed = bl.apply(path, [_finding("D6", "2.00"), _finding("D7", "3.00"), _finding("D8")])
    assert absorbed == 2 and [f.locations[0].cell for f in kept] == ["D8"]  # two absorb two, the third is new
    kept, absorbed = bl.apply(path, [_finding("D5", row="201 一般公共服务支出")])
    assert absorbed == 0 and len(kept) == 1  # another row label is another finding


def test_unreadable_baseline_exits_2(tmp_path, monkeypatch):
    copy(FAULTY_2024, tmp_path)
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("check", ".", "--baseline", "b.json")
    assert run.exit_code == 2 and "基线文件" in run.stderr
