"""SARIF 2.1.0: schema-valid, and shaped the way GitHub code scanning needs for a spreadsheet."""

from __future__ import annotations

import json
import os
from urllib.parse import unquote

import jsonschema
import pytest
from report_support import FAULTY, SARIF_SCHEMA, broken_file, cli, copy_sample, faulty_result, rule_dicts

from govaudit.report import render
from govaudit.report.sarif import to_sarif


@pytest.fixture(scope="module")
def schema():
    return json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def root():
    return FAULTY[0].parent.parent  # the repository


@pytest.fixture
def sarif(root, tmp_path):
    result = faulty_result(unreadable=broken_file(tmp_path))
    return result, json.loads(render(result, "sarif", rules=rule_dicts(), srcroot=root))


def test_valid_against_the_schema(sarif, schema):
    _, log = sarif
    jsonschema.validate(log, schema)
    assert log["version"] == "2.1.0"


def test_every_result_has_a_repo_relative_percent_encoded_location(sarif):
    result, log = sarif
    results = log["runs"][0]["results"]
    assert len(results) == len(result.findings) > 0
    for r in results:
        phys = r["locations"][0]["physicalLocation"]
        art = phys["artifactLocation"]
        assert art["uriBaseId"] == "%SRCROOT%"
        assert art["uri"].isascii() and " " not in art["uri"]
        assert unquote(art["uri"]) in ("samples/" + FAULTY[0].name, "samples/" + FAULTY[1].name)
        assert phys["region"] == {"startLine": 1}
    assert "%E5%86%B3%E7%AE%97" in results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]  # 决算


def test_cell_reference_in_logical_location_and_properties(sarif):
    result, log = sarif
    for f, r in zip(result.findings, log["runs"][0]["results"]):
        loc = f.locations[0]
        ref = f"{loc.sheet}!{loc.cell}"
        assert r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == ref
        props = r["properties"]
        assert (props["sheet"], props["cell"], props["reference"]) == (loc.sheet, loc.cell, ref)
        assert props.get("actual") == f.actual and props.get("expected") == f.expected
        assert r["message"]["text"].startswith(ref)
    tbl = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "TBL001")
    assert tbl["properties"]["difference"] and tbl["relatedLocations"]  # the cells it summed


def test_levels_follow_severity(sarif):
    result, log = sarif
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert [r["level"] for r in log["runs"][0]["results"]] == [levels[f.severity.value] for f in result.findings]
    assert {"error", "note"} <= {r["level"] for r in log["runs"][0]["results"]}


def test_fingerprints_are_stable_and_distinct(sarif, root):
    result, log = sarif
    again = to_sarif(faulty_result(), rules=rule_dicts(), srcroot=root)
    first = [r["partialFingerprints"] for r in log["runs"][0]["results"]]
    assert first == [r["partialFingerprints"] for r in again["runs"][0]["results"]]
    hashes = [(r["ruleId"], r["partialFingerprints"]["primaryLocationLineHash"]) for r in log["runs"][0]["results"]]
    assert len(set(hashes)) == len(hashes)  # GitHub would merge results of one rule with equal hashes


def test_fingerprint_depends_on_what_the_problem_is_not_on_values():
    from govaudit.report.sarif import fingerprint

    base = fingerprint("TBL001", "a.xlsx", "S", "201 一般公共服务支出", "合计", "C5")
    variants = [fingerprint("TBL002", "a.xlsx", "S", "201 一般公共服务支出", "合计", "C5"),
                fingerprint("TBL001", "b.xlsx", "S", "201 一般公共服务支出", "合计", "C5"),
                fingerprint("TBL001", "a.xlsx", "T", "201 一般公共服务支出", "合计", "C5"),
                fingerprint("TBL001", "a.xlsx", "S", "202 外交支出", "合计", "C5"),
                fingerprint("TBL001", "a.xlsx", "S", "201 一般公共服务支出", "基本支出", "C5")]
    assert base not in variants and len(set(variants)) == 5
    assert base == fingerprint("TBL001", "a.xlsx", "S", "201 一般公共服务支出", "合计", "C9")  # a row inserted above
    # two tables on one sheet, same labels (合计 / 本年收入合计 in 公开02表 and 公开05表)
    assert fingerprint("TBL001", "a.xlsx", "S", "合计", "合计", "C5", table="公开02表") != \
        fingerprint("TBL001", "a.xlsx", "S", "合计", "合计", "C40", table="公开05表")
    # a cell without labels (a title line) is told apart by its address
    assert fingerprint("CMP003", "a.xlsx", "S", None, None, "A2") != fingerprint("CMP003", "a.xlsx", "S", None, None, "A3")


def test_fingerprints_survive_a_changed_value(tmp_path, root):
    """07三公 合计 3.68 → 3.70 is still wrong: code scanning must see the same alert, not a fixed one and a new one."""
    import openpyxl

    from govaudit.pipeline import check_paths

    src = FAULTY[0]
    before = check_paths([str(src)])
    (tbl701,) = [f for f in before.findings if f.code == "TBL701"]
    changed = tmp_path / src.name
    wb = openpyxl.load_workbook(src)
    loc = tbl701.locations[0]
    assert wb[loc.sheet][loc.cell].value in (3.68, "3.68")
    wb[loc.sheet][loc.cell].value = 3.70
    wb.save(changed)
    after = check_paths([str(changed)])
    (moved,) = [f for f in after.findings if f.code == "TBL701"]
    assert moved.actual != tbl701.actual  # the value did change, the finding did not go away

    def prints(result, path):
        for f in result.findings:
            f.file = "决算.xlsx"  # the same file in the repository, before and after the commit
        return {(r["ruleId"], r["properties"].get("reference")): r["partialFingerprints"]
                for r in to_sarif(result, rules=rule_dicts(), srcroot=root)["runs"][0]["results"]}

    old, new = prints(before, src), prints(after, changed)
    ref = ("TBL701", f"{loc.sheet}!{loc.cell}")
    assert old[ref] == new[ref]
    assert old == new  # nothing else moved either


def test_driver_rules_carry_the_explanations(sarif):
    _, log = sarif
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "govaudit" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    by_id = {r["id"]: r for r in rules}
    assert set(by_id) == {r["code"] for r in rule_dicts()}
    for res in log["runs"][0]["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    tbl = by_id["TBL001"]
    assert tbl["shortDescription"]["text"].startswith("科目层级")
    assert "上级科目的金额应等于其下级科目之和" in tbl["fullDescription"]["text"]
    assert "示例" in tbl["help"]["text"] and tbl["help"]["markdown"]
    assert tbl["defaultConfiguration"]["level"] == "error"
    assert by_id["RND001"]["defaultConfiguration"]["level"] == "note"


def test_unreadable_file_is_a_tool_execution_notification(sarif):
    _, log = sarif
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    (note,) = inv["toolExecutionNotifications"]
    assert note["level"] == "error" and "损坏的文件.xlsx" in note["message"]["text"]


def test_clean_run_is_successful():
    from govaudit.model import FileStatus, Result

    log = to_sarif(Result(files=[FileStatus(path="a.xlsx", status="checked")]), rules=rule_dicts(), srcroot=None)
    assert log["runs"][0]["invocations"][0] == {"executionSuccessful": True}
    assert log["runs"][0]["results"] == []


def test_cli_writes_sarif_relative_to_the_repository(tmp_path, schema, monkeypatch):
    repo = tmp_path / "公开"
    (repo / ".git").mkdir(parents=True)
    book = copy_sample(repo / "2024年 决算")
    monkeypatch.chdir(repo / "2024年 决算")
    out = tmp_path / "report.sarif"
    run = cli(book.name, "--format", "sarif", "-o", str(out))
    assert run.exit_code == 1 and run.stdout == ""
    log = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.startswith("2024%E5%B9%B4%20%E5%86%B3%E7%AE%97/")  # 2024年 决算/
    assert unquote(uri) == os.path.relpath(book, repo).replace(os.sep, "/")


def test_github_workspace_is_the_source_root(tmp_path, monkeypatch):
    book = copy_sample(tmp_path / "ws" / "data")
    monkeypatch.chdir(tmp_path)
    run = cli(str(book), "--format", "sarif", env={"GITHUB_WORKSPACE": str(tmp_path / "ws")})
    uri = json.loads(run.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert unquote(uri) == "data/" + book.name


def test_file_outside_the_root_gets_an_absolute_uri(tmp_path):
    result = faulty_result()
    result.findings = result.findings[:1]
    log = to_sarif(result, rules=rule_dicts(), srcroot=tmp_path)
    art = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art["uri"].startswith("file:///") and "uriBaseId" not in art


def _readme_workflow() -> str:
    readme = (FAULTY[0].parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## 在 GitHub Actions 中使用"):]
    return section[section.index("```yaml"):section.index("```", section.index("```yaml") + 3)]


def test_readme_workflow_uploads_errors_and_warnings_only(tmp_path):
    """The example a team copies must not turn every rounding hint into a code-scanning alert."""
    import shlex

    workflow = _readme_workflow()
    (command,) = [line.split("run:", 1)[1].strip() for line in workflow.splitlines()
                  if line.strip().startswith("run: govaudit check")]
    args = shlex.split(command)[2:]  # after `govaudit check`
    args[args.index(".")] = str(copy_sample(tmp_path / "repo"))
    args[args.index("-o") + 1] = str(tmp_path / "govaudit.sarif")
    run = cli(*args)
    assert run.exit_code == 1
    results = json.loads((tmp_path / "govaudit.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    levels = {r["level"] for r in results}
    assert levels and levels <= {"error", "warning"}
    assert not [r for r in results if r["ruleId"] == "RND001"]
    # and the README says how to have the hints too
    readme = (FAULTY[0].parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## 在 GitHub Actions 中使用"):readme.index("### 在 pre-commit 中使用")]
    assert "去掉 `--no-info`" in section
