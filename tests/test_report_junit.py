"""JUnit XML: a suite per workbook, a case per workbook × rule, parseable by xml.etree."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from report_support import FAULTY, broken_file, cli, faulty_result, rule_dicts

from govaudit.report import render
from govaudit.report.junit import CHECKED_CASE, to_junit


def _parse(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))


def test_parses_back_with_the_right_counts(tmp_path):
    result = faulty_result(unreadable=broken_file(tmp_path))
    rules = rule_dicts()
    root = _parse(render(result, "junit", rules=rules))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [s.path for s in result.files]
    for suite, status in zip(suites, result.files):
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert cases[0].get("name") == CHECKED_CASE
        found = [f for f in result.findings if f.file == status.path]
        if status.status != "checked":
            assert len(cases) == 1 and cases[0].find("error") is not None
            assert suite.get("errors") == "1"
            continue
        assert len(cases) == 1 + len(rules)  # every rule that ran: passing or failing
        failing = {f.code for f in found if f.severity.value in ("error", "warning")}
        failed = [c for c in cases if c.find("failure") is not None]
        assert int(suite.get("failures")) == len(failed) == len(failing)
        assert {c.get("name").split()[0] for c in failed} == failing
        for case in failed:
            code = case.get("name").split()[0]
            text = case.find("failure").text
            for f in found:
                if f.code == code and f.severity.value != "info":
                    assert f"{f.locations[0].sheet}!{f.locations[0].cell}" in text
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites)
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites)
    assert root.get("errors") == "1"


def test_hints_alone_do_not_fail():
    root = _parse(render(faulty_result(), "junit", rules=rule_dicts()))
    rnd = [c for c in root.iter("testcase") if c.get("name").startswith("RND001")]
    assert rnd and all(c.find("failure") is None for c in rnd)
    assert all("[提示]" in c.find("system-out").text for c in rnd)


def test_without_rule_list_only_rules_with_findings_appear():
    result = faulty_result()
    root = _parse(render(result, "junit"))
    suite = root.find("testsuite")
    names = {c.get("name").split()[0] for c in suite.findall("testcase")[1:]}
    assert names == {f.code for f in result.findings if f.file == suite.get("name")}


def test_cli_junit_follows_the_selection(tmp_path):
    out = tmp_path / "junit.xml"
    run = cli(FAULTY[0], "--format", "junit", "--select", "TBL", "-o", str(out))
    assert run.exit_code == 1
    root = ET.parse(out).getroot()
    names = [c.get("name") for c in root.iter("testcase")]
    assert names[0] == CHECKED_CASE
    assert names[1:] and all(n.startswith("TBL") for n in names[1:])
    assert root.get("failures") != "0"


def test_control_characters_are_dropped():
    from govaudit.model import FileStatus, Finding, Result, Severity

    f = Finding(code="CEL001", severity=Severity.error, file="a.xlsx", message="bad \x0b cell\x01")
    root = _parse(render(Result(files=[FileStatus(path="a.xlsx", status="checked")], findings=[f]), "junit"))
    assert "bad  cell" in root.find(".//failure").text


def _cases(root: ET.Element) -> dict[str, ET.Element]:
    return {c.get("name").split()[0]: c for c in root.iter("testcase") if c.get("name") != CHECKED_CASE}


def test_rules_with_nothing_to_check_are_skipped_not_passed(tmp_path):
    """A workbook without 绩效自评表 does not pass sixteen PRF checks: they are skipped, with the reason."""
    out = tmp_path / "junit.xml"
    clean = FAULTY[0].parent / "决算公开表-2024-上海式-无误.xlsx"
    run = cli(clean, "--format", "junit", "-o", str(out))
    assert run.exit_code == 0
    root = ET.parse(out).getroot()
    cases = _cases(root)
    prf = [c for code, c in cases.items() if code.startswith("PRF")]
    assert prf and all(c.find("skipped") is not None for c in prf)
    assert "没有绩效自评表" in prf[0].find("skipped").get("message")
    passed = [code for code, c in cases.items() if c.find("skipped") is None and c.find("failure") is None]
    assert "TBL701" in passed and not any(code.startswith("PRF") for code in passed)
    suite = root.find("testsuite")
    # the 预算 rules (BGT/BGX) have no 预算表 to check in a 决算 workbook: skipped too, never passed
    budget = [c for code, c in cases.items() if code.startswith(("BGT", "BGX")) and code != "BGT001"]
    assert budget and all(c.find("skipped") is not None for c in budget)
    assert "本工作簿没有《" in budget[0].find("skipped").get("message")
    assert int(suite.get("skipped")) == len(prf) + len(budget) == int(root.get("skipped"))


def test_table_rules_are_skipped_for_a_form_only_workbook(tmp_path):
    out = tmp_path / "junit.xml"
    forms = FAULTY[0].parent / "绩效自评表-中央式-无误.xlsx"
    cli(forms, "--format", "junit", "-o", str(out))
    cases = _cases(ET.parse(out).getroot())
    for code in ("TBL101", "XTB001", "CMP001"):
        assert cases[code].find("skipped") is not None
    assert any(code.startswith("PRF") and c.find("skipped") is None for code, c in cases.items())


def test_a_rule_whose_table_is_missing_is_skipped():
    """A workbook printing eight tables (no 公开09表): the rules on 公开09表 had nothing to check."""
    from govaudit.check_command import _nothing_to_check
    from govaudit.model import FileStatus, Result

    status = FileStatus(path="八张表.xlsx", status="checked", tables=[f"公开0{k}表" for k in range(1, 9)], forms=0)
    root = to_junit(Result(files=[status]), rules=rule_dicts(), idle=_nothing_to_check())
    cases = _cases(root)
    nine = [code for code in cases if code.startswith("TBL9")]
    assert nine and all("公开09表" in cases[c].find("skipped").get("message") for c in nine)
    assert cases["TBL801"].find("skipped") is None
    # a cross-table identity with 公开09表 on its other side had nothing to compare with either
    other = [r["code"] for r in rule_dicts() if r["code"].startswith("XTB") and "公开09表" in r["title"]]
    assert other and all(cases[c].find("skipped") is not None for c in other)


def test_budget_rules_run_on_a_budget_workbook(tmp_path):
    """A 预算 workbook's report names its tables by their 预算 labels; the 预算 rules ran there, so they pass."""
    out = tmp_path / "junit.xml"
    budget = FAULTY[0].parent / "预算公开表-2026-上海部门-无误.xlsx"
    assert cli(budget, "--format", "junit", "-o", str(out)).exit_code == 0
    cases = _cases(ET.parse(out).getroot())
    assert cases["BGT101"].find("skipped") is None and cases["BGX014"].find("skipped") is None
    assert cases["TBL101"].find("skipped") is not None
