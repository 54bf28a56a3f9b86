"""Tool failures are one plain Chinese line and exit 2, never a traceback (B8, U4, U5), and --select runs only the
rules it selects.

- an output (-o), baseline or annotated copy that cannot be written where it was asked: refused before checking,
  and no folder is created for it;
- --annotate keeps the input's format: .xlsx content is never written under a .xlsm name;
- a rule (a plugin) that yields something other than a Finding gives a warning finding;
- an exception in the rules or context stage of one file is that file's outcome;
- a malformed rules/*.toml is reported and skipped, not a traceback on every command;
- a folder's .xls/.et/.ods files are read; broken ones are listed as not checked (exit 2), not left out without a word.
"""

from __future__ import annotations

import json
from pathlib import Path
import zipfile

import pytest
from ci_helpers import cli as run_cli
from report_support import FAULTY, cli, copy_sample

from govaudit.engine.registry import RuleInfo
from govaudit.model import Finding, Severity


def _one_line(run, *words) -> str:
    assert run.exit_code == 2
    assert "Traceback" not in run.stdout + run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


# ---------------------------------------------------------------- outputs that cannot be written
def test_output_into_a_missing_folder(tmp_path):
    target = tmp_path / "没有" / "这层" / "r.json"
    run = cli(FAULTY[0], "--format", "json", "-o", str(target))
    _one_line(run, str(target), "不存在")
    assert run.stdout == ""  # refused before checking
    assert not (tmp_path / "没有").exists()


def test_output_below_a_file(tmp_path):
    book = copy_sample(tmp_path)
    target = book / "r.txt"  # a path through the workbook, as if it were a folder
    run = cli(book, "-o", str(target))
    _one_line(run, str(target), "不是文件夹")


def test_baseline_into_a_missing_folder_is_refused_and_no_folder_is_made(tmp_path):
    target = tmp_path / "ci" / "deep" / "baseline.json"
    run = cli(FAULTY[0], "--baseline", str(target))
    _one_line(run, str(target), "不存在")
    assert not (tmp_path / "ci").exists()


def test_baseline_below_a_file(tmp_path):
    book = copy_sample(tmp_path)
    run = cli(book, "--baseline", str(book / "baseline.json"))
    _one_line(run, "baseline.json", "不是文件夹")


def test_baseline_write_failure_is_one_line(tmp_path, monkeypatch):
    """The folder exists, yet writing fails (disk full, permissions): one line, exit 2."""
    from govaudit import baseline as bl

    def fail(path, findings):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(bl, "write", fail)
    run = cli(FAULTY[0], "--format", "json", "--baseline", str(tmp_path / "b.json"))
    assert run.exit_code == 2
    assert run.stderr.strip().splitlines()[-1] == f"无法写入基线文件 {tmp_path / 'b.json'}：没有写入权限。"


def test_report_write_failure_is_one_line(tmp_path, monkeypatch):
    import builtins

    real_open = builtins.open
    target = tmp_path / "r.txt"

    def fake_open(file, mode="r", *args, **kwargs):
        if str(file) == str(target) and "w" in mode:
            raise OSError(28, "No space left on device")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    run = cli(FAULTY[0], "-o", str(target))
    _one_line(run, str(target), "No space left on device")


def test_annotate_into_a_missing_folder(tmp_path):
    target = tmp_path / "没有" / "a.xlsx"
    run = cli(FAULTY[0], "--annotate", str(target))
    _one_line(run, str(target), "不存在")
    assert run.stdout == ""
    assert not (tmp_path / "没有").exists()


def test_annotate_below_a_file(tmp_path):
    book = copy_sample(tmp_path)
    run = cli(book, "--annotate", str(book / "a.xlsx"))
    _one_line(run, "a.xlsx", "不是文件夹")


# ---------------------------------------------------------------- U4: the annotated copy keeps the format
def test_annotate_refuses_another_suffix(tmp_path):
    out = tmp_path / "out.xlsm"
    run = cli(FAULTY[0], "--annotate", str(out))
    _one_line(run, str(out), ".xlsx")
    assert run.stdout == "" and not out.exists()


def test_annotate_same_suffix_any_case(tmp_path):
    out = tmp_path / "out.XLSX"
    run = cli(FAULTY[0], "--annotate", str(out), "--no-info")
    assert run.exit_code == 1 and out.exists()


# ---------------------------------------------------------------- runner: what a rule yields
def _info(code, check, **kw) -> RuleInfo:
    return RuleInfo(code=code, title=f"{code} title", severity=Severity.error, check=check, **kw)


@pytest.fixture
def disclosure(sample_disclosure):
    return sample_disclosure("2024")


def test_a_rule_yielding_a_non_finding_gives_a_warning(monkeypatch, disclosure):
    from govaudit.engine import runner

    def sloppy(d, ctx):
        yield Finding(code="ZZZ001", severity=Severity.error, file=d.path, message="真的问题")
        yield 42
        yield "文字"
        yield None  # nothing to report: skipped quietly

    monkeypatch.setattr(runner, "rules_for", lambda d: [_info("ZZZ001", sloppy)])
    got = runner.run_rules(disclosure)
    assert [(f.code, f.severity.value) for f in got] == [("ZZZ001", "error"), ("ZZZ001", "warning")]
    warn = got[1]
    assert "2 个不是检查结果" in warn.message and "int" in warn.message and "str" in warn.message


def test_a_rule_returning_nothing_iterable_gives_a_warning(monkeypatch, disclosure):
    from govaudit.engine import runner

    monkeypatch.setattr(runner, "rules_for", lambda d: [_info("ZZZ001", lambda d, ctx: 5)])
    [f] = runner.run_rules(disclosure)
    assert f.severity.value == "warning" and "执行出错" in f.message


def test_only_selected_rules_run(monkeypatch, disclosure):
    from govaudit.engine import runner

    ran = []

    def check(code, also=None):
        def fn(d, ctx):
            ran.append(code)
            yield Finding(code=code, severity=Severity.error, file=d.path, message=code)
            if also:
                yield Finding(code=also, severity=Severity.warning, file=d.path, message=also)
        return fn

    infos = [_info("ZZZ001", check("ZZZ001")), _info("ZZZ002", check("ZZZ002")),
             _info("ZZZ003", check("ZZZ003", also="ZZZ004"), emits=("ZZZ004",)), _info("ZZZ004", lambda d, c: iter(()))]
    monkeypatch.setattr(runner, "rules_for", lambda d: infos)
    assert [f.code for f in runner.run_rules(disclosure, select=["ZZZ001"])] == ["ZZZ001"]
    assert ran == ["ZZZ001"]
    ran.clear()
    # a code another rule emits: that rule runs, and only the selected code is kept
    assert [f.code for f in runner.run_rules(disclosure, select=["ZZZ004"])] == ["ZZZ004"]
    assert ran == ["ZZZ003"]
    ran.clear()
    assert [f.code for f in runner.run_rules(disclosure, ignore=["ZZZ00"])] == []
    assert ran == []


def test_select_prf005_still_finds_truncated_rates():
    """PRF005 is found by PRF004's check (it tells truncation from error): selecting PRF005 alone runs it."""
    from govaudit.pipeline import Options, check_file
    from report_support import SAMPLES

    status, findings = check_file(SAMPLES / "绩效自评表-河北式-有误.xlsx", Options(select=["PRF005"]))
    assert status.status == "checked"
    assert [f.code for f in findings] == ["PRF005"]


# ---------------------------------------------------------------- pipeline: one file's failure is its outcome
def test_rules_stage_failure_is_the_files_outcome(monkeypatch, sample_path):
    from govaudit.engine import runner
    from govaudit.pipeline import Options, check_file

    def boom(*a, **k):
        raise RuntimeError("引擎故障")

    monkeypatch.setattr(runner, "run_rules", boom)
    status, findings = check_file(sample_path["2024"], Options())
    assert status.status == "unreadable" and findings == []
    assert "检查规则时出错" in status.error and "引擎故障" in status.error
    assert status.tables  # what was recognised is still said


def test_context_stage_failure_keeps_the_findings(monkeypatch, sample_path):
    from govaudit import pipeline
    from govaudit.pipeline import Options, check_file

    def boom(*a, **k):
        raise RuntimeError("取不出")

    monkeypatch.setattr(pipeline, "attach_context", boom)
    status, findings = check_file(sample_path["2024-faulty"], Options(collect_context=True))
    assert status.status == "checked" and findings
    assert "取不出" in status.error
    assert all(f.context is None for f in findings)


# ---------------------------------------------------------------- registry: malformed rule packs
GOOD = '''
[[rule]]
code = "ZZP001"
title = "好规则"
left = ["01:income_total:amount"]
right = ["02:total:total"]
'''
BROKEN_RULES = GOOD + '''
[[rule]]
code = "ZZP002"
title = "缺少 right"
left = ["01:income_total:amount"]

[[rule]]
code = "ZZP003"
title = "未知的 check"
check = "approx"
left = ["01:income_total:amount"]
right = ["02:total:total"]

[[rule]]
code = "ZZP004"
title = "引用写错"
left = ["01-income_total"]
right = ["02:total:total"]

[[rule]]
code = "ZZP005"
title = "left 写成字符串"
left = "01:income_total:amount"
right = ["02:total:total"]
'''


def test_load_packs_skips_what_is_malformed(tmp_path):
    from govaudit.engine.declarative import load_packs

    (tmp_path / "a.toml").write_text("[[[\ngarbage\n", encoding="utf-8")
    (tmp_path / "b.toml").write_text(BROKEN_RULES, encoding="utf-8")
    problems: list[str] = []
    infos = load_packs(tmp_path, problems)
    assert [i.code for i in infos] == ["ZZP001"]
    assert len(problems) == 5 and all("\n" not in p for p in problems)
    assert "rules/a.toml" in problems[0] and "无法读取" in problems[0]
    assert "ZZP002" in problems[1] and "缺少 right" in problems[1]
    assert "ZZP003" in problems[2] and "approx" in problems[2]
    assert "ZZP004" in problems[3] and "ZZP005" in problems[4]
    with pytest.raises(ValueError):  # without a list to collect them (third-party packs): the first one raises
        load_packs(tmp_path)


@pytest.fixture
def broken_builtin_packs(tmp_path, monkeypatch):
    """The registry loaded afresh from a rules/ folder holding a malformed pack and a duplicate code."""
    from govaudit.engine import declarative, registry

    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "cross.toml").write_text("[[rule]]\ncode = \"XTB001\"\ntitle = ", encoding="utf-8")
    (folder / "tables.toml").write_text(GOOD + GOOD, encoding="utf-8")
    monkeypatch.setattr(declarative, "packs_dir", lambda: folder)
    monkeypatch.setattr(registry, "_REGISTRY", {})
    monkeypatch.setattr(registry, "_LOADED", False)
    monkeypatch.setattr(registry, "_PACK_PROBLEMS", [])
    monkeypatch.setattr(registry, "_PLUGIN_PROBLEMS", [])
    return folder


def test_malformed_builtin_pack_is_reported_not_a_traceback(broken_builtin_packs, sample_path):
    from govaudit.engine.registry import all_rules, load_problems

    assert "ZZP001" in {r.code for r in all_rules()}
    problems = load_problems()
    assert any("rules/cross.toml" in p and "无法读取" in p for p in problems)
    assert any("ZZP001" in p and "重复" in p for p in problems)
    for args in (["rules"], ["check", str(sample_path["2024"]), "--select", "ZZP"]):
        run = run_cli(*args)
        assert run.exit_code == 0, run.stderr
        assert "rules/cross.toml" in run.stderr and "Traceback" not in run.stderr


# ---------------------------------------------------------------- U5: legacy formats in a folder
def test_folder_reads_xls_et_ods_and_reports_broken_ones(tmp_path, sample_path):
    import shutil

    data = Path(__file__).parent / "data"
    shutil.copy(sample_path["2024"], tmp_path / "a.xlsx")
    shutil.copy(data / "决算公开表-2024-上海式-有误.xls", tmp_path / "e.xls")
    shutil.copy(data / "决算公开表-2024-上海式-有误.xls", tmp_path / "f.et")  # WPS .et: the same records
    shutil.copy(data / "决算公开表-2024-上海式-有误.ods", tmp_path / "g.ods")
    (tmp_path / "b.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    (tmp_path / "c.et").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with zipfile.ZipFile(tmp_path / "d.ods", "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    (tmp_path / "~$b.xls").write_bytes(b"lock file")
    run = run_cli("check", str(tmp_path), "--format", "json")
    assert run.exit_code == 2
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(run.stdout)["files"]}
    assert sorted(files) == ["a.xlsx", "b.xls", "c.et", "d.ods", "e.xls", "f.et", "g.ods"]
    for name in ("a.xlsx", "e.xls", "f.et", "g.ods"):
        assert files[name]["status"] == "checked", files[name]
        assert len(files[name]["tables"]) == 9
    assert "旧版 Excel 工作簿（.xls）" in files["b.xls"]["error"]
    assert "WPS 表格（.et）" in files["c.et"]["error"]
    assert "OpenDocument 表格（.ods）" in files["d.ods"]["error"]
    for name in ("b.xls", "c.et", "d.ods"):
        assert files[name]["status"] == "unreadable" and "\n" not in files[name]["error"]
    text = run_cli("check", str(tmp_path))
    assert text.exit_code == 2 and "3 个文件无法读取" in text.stdout


def test_an_xlsx_saved_under_xls_says_to_rename_it(tmp_path, sample_path):
    """The content is a .xlsx workbook but the name says .xls: the message says what to do (not the reader's
    English refusal, nor the legacy-format advice)."""
    import shutil

    shutil.copy(sample_path["2024"], tmp_path / "改名.xls")
    run = run_cli("check", str(tmp_path), "--format", "json")
    assert run.exit_code == 2
    [status] = json.loads(run.stdout)["files"]
    assert status["status"] == "unreadable"
    assert status["error"] == "文件内容是 .xlsx 工作簿，但扩展名是 .xls：请把文件名改为以 .xlsx 结尾后再检查"
