"""GitHub workflow commands: one escaped annotation a finding, and the Markdown step summary."""

from __future__ import annotations

import re

from report_support import FAULTY, broken_file, cli, faulty_result, rule_dicts

from govaudit.model import FileStatus, Finding, Result, Severity
from govaudit.model.figure import Location
from govaudit.report import render
from govaudit.report.github import command, escape_data, escape_property

COMMAND = re.compile(r"^::(error|warning|notice) file=([^,:]+),title=([^,:]+)::(.*)$")


def test_escaping_rules():
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_data("a:b,c") == "a:b,c"  # : and , only matter in properties
    assert escape_property("50%, a:b\nc") == "50%25%2C a%3Ab%0Ac"
    assert command("error", "x", file="a,b.xlsx", title=None) == "::error file=a%2Cb.xlsx::x"


def _tricky() -> Result:
    name = "数据/决算,2024:修订.xlsx"
    loc = Location(file=name, sheet="01 收支", cell="C12")
    f = Finding(code="TBL101", severity=Severity.warning, file=name, locations=[loc], title="标题: 含, 标点",
                message="增长 50%, 比例: 1:2\n第二行\r第三")
    return Result(files=[FileStatus(path=name, status="checked")], findings=[f])


def test_a_message_with_percent_comma_colon_newline():
    out = render(_tricky(), "github").splitlines()
    line = out[0]
    assert line == ("::warning file=数据/决算%2C2024%3A修订.xlsx,title=TBL101 标题%3A 含%2C 标点::"
                    "01 收支!C12：增长 50%25, 比例: 1:2%0A第二行%0D第三")
    assert len(out) == 2 and out[1].startswith("govaudit：")


def test_one_annotation_a_finding_on_the_samples(tmp_path):
    result = faulty_result(unreadable=broken_file(tmp_path))
    lines = render(result, "github", rules=rule_dicts(), srcroot=FAULTY[0].parent.parent).splitlines()
    commands = [ln for ln in lines if ln.startswith("::")]
    assert "注释未全部显示" in commands[0]  # more than ten of a kind: said first (see the overflow test)
    commands = commands[1:]
    assert len(commands) == len(result.findings) + 1  # + the unreadable file
    kinds = {"error": "error", "warning": "warning", "info": "notice"}
    for f, line in zip(result.findings, commands[1:]):
        m = COMMAND.match(line)
        assert m, line
        kind, file, title, message = m.groups()
        assert kind == kinds[f.severity.value]
        assert file == "samples/" + f.file.rsplit("/", 1)[-1]
        assert title.startswith(f.code + " ")  # titles come from the rule list when a finding has none
        loc = f.locations[0]
        assert message.startswith(f"{loc.sheet}!{loc.cell}：")
        assert "\n" not in message and "\r" not in message
    assert commands[0].startswith("::error file=") and "损坏的文件.xlsx" in commands[0]
    assert {"::error", "::notice"} <= {c.split(" ", 1)[0] for c in commands}


def test_step_summary_is_appended(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    run = cli(FAULTY[0], "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert run.exit_code == 1
    n_commands = sum(1 for ln in run.stdout.splitlines() if ln.startswith("::") and "注释未全部显示" not in ln)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n## govaudit 检查结果")
    rows = [ln for ln in text.splitlines() if ln.startswith("| ") and not ln.startswith("| 级别") and "---" not in ln]
    assert len(rows) == n_commands > 0
    assert "| 错误 | `TBL001` |" in text and "03支出!D20" in text


def test_step_summary_escapes_table_cells(tmp_path):
    summary = tmp_path / "s.md"
    result = _tricky()
    result.findings[0].message = "a | b <b>x</b>\nc"
    render(result, "github", step_summary=str(summary))
    row = [ln for ln in summary.read_text(encoding="utf-8").splitlines() if "TBL101" in ln][0]
    assert "a \\| b &lt;b&gt;x&lt;/b&gt;<br>c" in row
    assert row.count(" | ") == 7  # eight columns, none split by the message


def test_output_file_and_summary_together(tmp_path):
    summary = tmp_path / "s.md"
    out = tmp_path / "annotations.txt"
    run = cli(FAULTY[1], "--format", "github", "-o", str(out), env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert run.exit_code == 1 and run.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("::")
    assert "govaudit 检查结果" in summary.read_text(encoding="utf-8")


def _many(n_errors: int, n_info: int = 0, message: str = "合计不等于分项之和") -> Result:
    name = "大文件夹/决算.xlsx"
    findings = [Finding(code="TBL101", severity=Severity.error, file=name, message=f"{message} {i}",
                        locations=[Location(file=name, sheet="01收支总表", cell=f"C{i + 5}")], actual="1.00",
                        expected="2.00", difference="-1.00") for i in range(n_errors)]
    findings += [Finding(code="RND001", severity=Severity.info, file=name, message=f"尾差 {i}",
                         locations=[Location(file=name, sheet="01收支总表", cell=f"D{i + 5}")]) for i in range(n_info)]
    return Result(files=[FileStatus(path=name, status="checked", tables=["公开01表"])], findings=findings)


def test_overflow_beyond_ten_annotations_is_said(tmp_path):
    """GitHub shows ten annotations of a kind per step and drops the rest silently: we say how many and where."""
    summary = tmp_path / "s.md"
    lines = render(_many(250, 30), "github", step_summary=str(summary)).splitlines()
    note = lines[0]
    assert note.startswith("::notice ") and "另有 240 个错误、另有 20 个提示" in note and "作业摘要" in note
    assert sum(1 for ln in lines if ln.startswith("::error ")) == 250  # the log keeps them all
    text = summary.read_text(encoding="utf-8")
    assert "只显示前 10 个错误" in text and "另有 240 个错误" in text
    assert sum(1 for ln in text.splitlines() if ln.startswith("| 错误 |")) == 250


def test_no_overflow_note_for_ten_or_fewer(tmp_path):
    lines = render(_many(10, 10), "github").splitlines()
    assert not [ln for ln in lines if "注释未全部显示" in ln]


def test_step_summary_stays_under_one_mebibyte(tmp_path):
    summary = tmp_path / "s.md"
    summary.write_text("# earlier step\n" + "x" * 50_000 + "\n", encoding="utf-8")
    result = _many(6000, 2000, message="合计应等于各项之和，" * 12)
    render(result, "github", step_summary=str(summary))
    size = summary.stat().st_size
    assert 900_000 < size < 1024 * 1024
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step")
    listed = sum(1 for ln in text.splitlines() if ln.startswith(("| 错误 |", "| 提示 |")))
    (tail,) = [ln for ln in text.splitlines() if ln.startswith("另有") and "未列出" in ln]
    left = int(tail.split()[1])
    assert listed + left == 8000
    assert "提示 2000 个" in tail  # hints are cut first: errors are listed before them
