"""JUnit XML for GitLab, Jenkins and friends: a test suite per workbook, a test case per workbook × rule.

Each suite starts with a case `读取与识别` (the workbook could be read and its tables recognised; an
<error> when it could not). Then one case per rule: a <failure> listing all that rule's errors and
warnings, or a pass (hints only go to <system-out>). Rules that produced nothing pass when the caller
passes the rules that ran (`rules=`); otherwise only rules with findings appear. A rule that had nothing to
check (PRF rules in a workbook without 绩效自评表, TBL701 without 公开07表) is <skipped> with the reason, when
the caller says which (`idle=`): a pass would claim a check that never happened.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from govaudit.model import Result
from govaudit.report.common import figures, finding_reference, rule_info

CHECKED_CASE = "读取与识别"
LABELS = {"error": "错误", "warning": "警告", "info": "提示"}
# characters XML 1.0 forbids (a cell may hold them); never part of the markup itself
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _line(f) -> str:
    ref = finding_reference(f) or "—"
    details = figures(f)
    tail = ("\n    " + "；".join(details)) if details else ""
    return f"{ref} [{LABELS[f.severity.value]}] {f.message}{tail}"


def _suite(root: ET.Element, status, findings: list, infos: dict[str, dict], ran, idle) -> None:
    suite = ET.SubElement(root, "testsuite", name=status.path)
    checked = ET.SubElement(suite, "testcase", name=CHECKED_CASE, classname=status.path)
    tests = failures = errors = skipped = 0
    tests += 1
    if status.status != "checked":
        errors += 1
        err = ET.SubElement(checked, "error", message=f"无法检查：{status.error}", type="unreadable")
        err.text = status.error or ""
    else:
        what = "、".join(status.tables) if status.tables else "无"
        extra = f"，绩效自评表 {status.forms} 张" if status.forms else ""
        ET.SubElement(checked, "system-out").text = f"识别到：{what}{extra}"
        by_rule: dict[str, list] = {}
        for f in findings:
            by_rule.setdefault(f.code, []).append(f)
        codes = set(infos) if ran is None else set(ran(status.path))
        nothing = idle(status) if idle is not None else {}
        for code in sorted(codes | set(by_rule)):
            found = by_rule.get(code, [])
            title = infos.get(code, {}).get("title") or (found[0].title if found and found[0].title else "")
            case = ET.SubElement(suite, "testcase", name=f"{code} {title}".strip(), classname=status.path)
            tests += 1
            serious = [f for f in found if f.severity.value in ("error", "warning")]
            hints = [f for f in found if f.severity.value == "info"]
            if serious:
                failures += 1
                n_err = sum(1 for f in serious if f.severity.value == "error")
                n_warn = len(serious) - n_err
                counts = "，".join(x for x in (f"错误 {n_err} 个" if n_err else "",
                                                f"警告 {n_warn} 个" if n_warn else "") if x)
                kind = "error" if n_err else "warning"
                fail = ET.SubElement(case, "failure", message=f"{code}：{counts}", type=kind)
                fail.text = "\n".join(_line(f) for f in serious)
            if hints:
                ET.SubElement(case, "system-out").text = "\n".join(_line(f) for f in hints)
            if not found and code in nothing:
                skipped += 1
                ET.SubElement(case, "skipped", message=f"没有可检查的内容：{nothing[code]}")
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))


def to_junit(result: Result, rules=None, ran=None, idle=None) -> ET.Element:
    """`rules`: metadata (code, title, …) of the rules; `ran`: path → the codes that ran on that file
    (selection and per-file ignores differ by file); without it every rule in `rules` counts as run;
    `idle`: FileStatus → {code: why it had nothing to check there}; those cases are skipped, not passed."""
    infos = rule_info(rules)
    root = ET.Element("testsuites", name="govaudit")
    by_file: dict[str, list] = {}
    for f in result.findings:
        by_file.setdefault(f.file, []).append(f)
    for status in result.files:
        _suite(root, status, by_file.get(status.path, []), infos, ran, idle)
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key)) for s in root)))
    return root


def render_junit(result: Result, rules=None, ran=None, idle=None) -> str:
    root = to_junit(result, rules=rules, ran=ran, idle=idle)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _ILLEGAL.sub("", text) + "\n"
