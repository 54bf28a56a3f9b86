"""The command line end to end: text and JSON output, exit codes, rule selection, `govaudit rules`, folders."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

import wb
from ci_helpers import cli

JSON_CONTRACT = {
    "type": "object",
    "required": ["tool", "files", "findings", "summary"],
    "properties": {
        "tool": {"type": "object", "required": ["name", "version"],
                 "properties": {"name": {"const": "govaudit"}, "version": {"type": "string"}}},
        "files": {"type": "array", "items": {
            "type": "object", "required": ["path", "status", "error"],
            "properties": {"path": {"type": "string"}, "status": {"enum": ["checked", "unreadable"]},
                           "error": {"type": ["string", "null"]},
                           "kind": {"enum": ["workbook", "word", "pdf", None]},
                           "stage": {"enum": ["决算", "预算", None]}, "scope": {"enum": ["部门", "单位", None]},
                           "year": {"type": ["integer", "null"]}}}},
        "findings": {"type": "array", "items": {
            "type": "object",
            "required": ["code", "severity", "message", "file", "locations", "expected", "actual"],
            "properties": {
                "code": {"type": "string", "pattern": "^[A-Z]{3}[0-9]{3}$"},
                "severity": {"enum": ["error", "warning", "info"]},
                "message": {"type": "string", "minLength": 1},
                "file": {"type": "string"},
                "locations": {"type": "array", "items": {
                    "type": "object", "required": ["sheet", "cell"],
                    "properties": {"sheet": {"type": ["string", "null"]}, "cell": {"type": ["string", "null"]}}}},
                "expected": {"type": ["string", "null"]},
                "actual": {"type": ["string", "null"]}}}},
        "summary": {"type": "object", "required": ["error", "warning", "info"],
                    "properties": {k: {"type": "integer", "minimum": 0} for k in ("error", "warning", "info")}},
    },
}


def validate(report: dict) -> None:
    import jsonschema

    jsonschema.validate(report, JSON_CONTRACT)
    counts = {k: sum(1 for f in report["findings"] if f["severity"] == k) for k in ("error", "warning", "info")}
    assert report["summary"] == counts


@pytest.fixture
def faulty24(sample_path):
    return str(sample_path["2024-faulty"])


@pytest.fixture
def clean24(sample_path):
    return str(sample_path["2024"])


# ---------------------------------------------------------------- output and exit codes
def test_text_report_on_faulty_sample(faulty24):
    r = cli("check", faulty24)
    assert r.exit_code == 1, r.stderr
    out = r.stdout
    assert out.startswith(faulty24)
    assert "识别到：公开01表、公开02表、公开03表、公开04表、公开05表、公开06表、公开07表、公开08表、公开09表" in out
    assert "03支出!C21 TBL301 [错误]" in out and "实际 61.83；应为 61.38；差额 0.45" in out
    assert "07三公!A2 CMP003 [错误]" in out
    assert "RND001" not in out and "另有 23 条提示" in out  # rounding notes counted, not listed
    assert out.rstrip().endswith("共检查 1 个文件：错误 8 个，警告 0 个，提示 23 个。")
    assert "Traceback" not in out + r.stderr


def test_text_report_verbose_lists_rounding(faulty24):
    r = cli("check", faulty24, "-v")
    assert r.exit_code == 1
    assert r.stdout.count(" RND001 [提示] ") == 23


def test_clean_sample_exit_0(clean24):
    r = cli("check", clean24)
    assert r.exit_code == 0
    assert "未发现问题" in r.stdout and "错误 0 个" in r.stdout


def test_json_report_contract(faulty24):
    r = cli("check", faulty24, "--format", "json")
    assert r.exit_code == 1
    report = json.loads(r.stdout)
    validate(report)
    assert report["files"] == [{"path": faulty24, "status": "checked", "error": None,
                                "tables": [f"公开{k}表" for k in wb.ORDER], "forms": 0,
                                "kind": "workbook", "stage": "决算", "scope": None, "year": None}]
    assert report["summary"] == {"error": 8, "warning": 0, "info": 23}
    tbl301 = next(f for f in report["findings"] if f["code"] == "TBL301")
    assert tbl301["locations"][0] == {"sheet": "03支出", "cell": "C21",
                                      "row_label": "2080505 机关事业单位基本养老保险缴费支出", "col_label": "本年支出合计",
                                      "table_title": "公开03表"}
    assert (tbl301["expected"], tbl301["actual"], tbl301["file"]) == ("61.38", "61.83", faulty24)


def test_output_file(tmp_path, faulty24):
    out = tmp_path / "report.json"
    r = cli("check", faulty24, "--format", "json", "-o", str(out))
    assert r.exit_code == 1 and r.stdout == ""
    validate(json.loads(out.read_text(encoding="utf-8")))


def test_no_info_drops_rounding_from_json(clean24):
    r = cli("check", clean24, "--format", "json", "--no-info")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["findings"] == []


# ---------------------------------------------------------------- --select / --ignore
def codes(args) -> list[str]:
    r = cli("check", *args, "--format", "json")
    assert r.exit_code in (0, 1), r.stderr
    return [f["code"] for f in json.loads(r.stdout)["findings"]]


def test_select_prefix(faulty24):
    got = codes([faulty24, "--select", "TBL"])
    assert got and all(c.startswith("TBL") for c in got)
    assert set(got) == {"TBL001", "TBL301", "TBL501", "TBL701"}


def test_select_codes_and_prefixes_lowercase(faulty24):
    assert set(codes([faulty24, "--select", "xtb018,cmp"])) == {"XTB018", "CMP003"}


def test_ignore_prefix(faulty24):
    got = codes([faulty24, "--ignore", "TBL,RND"])
    assert set(got) == {"CEL001", "XTB018", "CMP003"}


def test_most_specific_prefix_wins(faulty24):
    assert set(codes([faulty24, "--select", "TBL", "--ignore", "TBL0"])) == {"TBL301", "TBL501", "TBL701"}
    assert set(codes([faulty24, "--select", "TBL3", "--ignore", "TBL"])) == {"TBL301"}


def test_ignoring_every_error_exits_0(faulty24):
    r = cli("check", faulty24, "--ignore", "TBL,XTB,CMP,CEL")
    assert r.exit_code == 0


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_code_is_a_usage_error(faulty24, option):
    r = cli("check", faulty24, option, "TBL999")
    assert r.exit_code == 2
    assert "未知的规则代码：TBL999" in r.stderr and r.stdout == ""


# ---------------------------------------------------------------- govaudit rules
def test_rules_lists_every_rule():
    from govaudit.engine.registry import all_rules

    r = cli("rules")
    assert r.exit_code == 0
    listed = [line.split()[0] for line in r.stdout.splitlines() if line.strip()]
    assert listed == [i.code for i in all_rules()]
    assert "TBL101   error    本年收入合计应等于各项收入之和" in r.stdout
    assert "XTB020   warning" in r.stdout and "RND001   info" in r.stdout


def test_rules_explains_one_rule():
    r = cli("rules", "TBL101")
    assert r.exit_code == 0
    out = r.stdout
    assert out.startswith("TBL101  本年收入合计应等于各项收入之和")
    assert "类别：表内平衡" in out and "默认级别：error（错误）" in out and "来源：rules/tables.toml" in out
    assert "检查什么、为什么：" in out and "示例：" in out and "6100.33" in out
    assert cli("rules", "tbl101").stdout == out


def test_rules_json():
    r = cli("rules", "XTB018", "--format", "json")
    info = json.loads(r.stdout)
    assert (info["code"], info["severity"], info["family"]) == ("XTB018", "error", "XTB")


def test_rules_unknown_code():
    r = cli("rules", "TBL999")
    assert r.exit_code == 2 and "没有规则 TBL999" in r.stderr


# ---------------------------------------------------------------- folders
def test_folder_is_searched_recursively(tmp_path, sample_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copy(sample_path["2024"], tmp_path / "a" / "上海.xlsx")
    shutil.copy(sample_path["2019-faulty"], tmp_path / "a" / "b" / "唐山.xlsx")
    (tmp_path / "a" / "b" / "说明.txt").write_text("不是工作簿", encoding="utf-8")
    (tmp_path / "a" / "~$上海.xlsx").write_bytes(b"lock file of an open workbook")
    r = cli("check", str(tmp_path), "--format", "json")
    report = json.loads(r.stdout)
    validate(report)
    assert [f["path"] for f in report["files"]] == [str(tmp_path / "a" / "b" / "唐山.xlsx"), str(tmp_path / "a" / "上海.xlsx")]
    assert all(f["status"] == "checked" for f in report["files"])
    assert report["summary"]["error"] == 10  # 208 类 not reported for its 20801 款
    assert r.exit_code == 1


def test_folder_with_a_subfolder_that_cannot_be_read(tmp_path, sample_path, monkeypatch):
    # a subfolder that vanishes during the walk (a temporary folder) or cannot be listed: the other files are
    # still checked, no traceback (rglob raised FileNotFoundError out of the whole run)
    (tmp_path / "gone").mkdir()
    (tmp_path / "gone" / "x.xlsx").write_bytes(b"")
    shutil.copy(sample_path["2024"], tmp_path / "上海.xlsx")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("gone"):
            raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    r = cli("check", str(tmp_path), "--format", "json")
    report = json.loads(r.stdout)
    assert [f["path"] for f in report["files"]] == [str(tmp_path / "上海.xlsx")]
    assert r.exit_code in (0, 1) and report["files"][0]["status"] == "checked"


def test_folder_without_workbooks(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    r = cli("check", str(tmp_path))
    assert r.exit_code == 2 and "没有找到要检查的工作簿" in r.stderr


# ---------------------------------------------------------------- the installed console script
def _script() -> list[str]:
    exe = shutil.which("govaudit")
    return [exe] if exe else [sys.executable, "-m", "govaudit.cli"]


def test_console_script_json(tmp_path, sample_path):
    proc = subprocess.run(_script() + ["check", str(sample_path["2019-faulty"]), "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, timeout=120)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    validate(report)
    assert report["summary"]["error"] == 10  # 208 类 not reported for its 20801 款
    assert "Traceback" not in proc.stderr


def test_console_script_exit_codes(tmp_path, sample_path):
    bad = tmp_path / "坏.xlsx"
    bad.write_text("这不是工作簿", encoding="utf-8")
    for args, code in [(["check", str(sample_path["2024"])], 0), (["check", str(sample_path["2024-faulty"])], 1),
                       (["check", str(bad)], 2), (["check", str(sample_path["2024"]), "--select", "NOPE1"], 2),
                       (["--help"], 0)]:
        proc = subprocess.run(_script() + args, capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
                              timeout=120)
        assert proc.returncode == code, (args, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stdout + proc.stderr


def test_python_dash_m_runs_the_command(tmp_path):
    # `python -m govaudit` is what a user without the script on PATH types: same command, same exit codes
    from pathlib import Path

    samples = Path(__file__).resolve().parent.parent / "samples"
    run = subprocess.run([sys.executable, "-m", "govaudit", "check", str(samples / "决算公开表-2024-上海式-有误.xlsx"),
                          "--format", "json"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert run.returncode == 1, run.stderr
    assert any(f["code"] == "TBL001" for f in json.loads(run.stdout)["findings"])
