"""Usage errors are one Chinese line on stderr with exit 2; `govaudit rules PREFIX` lists the family."""

from __future__ import annotations

import pytest
from ci_helpers import CLEAN_2024, cli


@pytest.mark.parametrize("args, says", [
    (["check", CLEAN_2024, "--selct", "TBL"], "没有选项 --selct，是否想用 --select？"),
    (["check", CLEAN_2024, "--format", "xml"], "选项 --format 的值无效：“xml”不是可选的值（可选：text、json"),
    (["check", CLEAN_2024, "-j", "x"], "“x”不是数字"),
    (["check", CLEAN_2024, "-j", "-1"], "超出范围"),
    (["check"], "缺少要检查的文件或文件夹（PATHS）"),
    (["chek", CLEAN_2024], "没有子命令 chek，是否想用 check？"),
    (["check", CLEAN_2024, "--format"], "选项 --format 后面需要一个值"),
    (["check", CLEAN_2024, "--select", "TBL999"], "未知的规则代码：TBL999"),
    (["rules", "QQQ"], "没有规则 QQQ"),
])
def test_usage_errors_are_one_chinese_line(args, says):
    run = cli(*args)
    assert run.exit_code == 2
    assert run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert line.startswith("错误：") and says in line, line
    assert "Usage" not in line and "Error" not in line and "Try" not in line


def test_rules_prefix_lists_the_family():
    run = cli("rules", "TBL")
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert lines[0].startswith("以 TBL 开头的规则共") and "表内平衡" in lines[0]
    codes = [line.split()[0] for line in lines[1:]]
    assert codes and all(c.startswith("TBL") for c in codes) and "TBL701" in codes
    assert cli("rules", "tbl").stdout == run.stdout  # as --select, any case


def test_rules_prefix_as_json():
    import json

    run = cli("rules", "PRF1", "--format", "json")
    assert run.exit_code == 0
    codes = [r["code"] for r in json.loads(run.stdout)]
    assert codes and all(c.startswith("PRF1") for c in codes)


def test_help_and_version_still_exit_0():
    assert cli("--version").exit_code == 0
    run = cli("check", "-h")
    assert run.exit_code == 0 and "--select" in run.stdout
    assert run.stdout.startswith("用法：govaudit check") and "选项" in run.stdout and "显示本说明并退出" in run.stdout
    assert "Show this message" not in run.stdout and "[default" not in run.stdout


def test_ctrl_c_is_not_read_as_errors_found(monkeypatch):
    import govaudit.pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(govaudit.pipeline, "check_paths", interrupted)
    run = cli("check", CLEAN_2024)
    assert run.exit_code == 2  # 1 would tell CI "errors found"
    assert "已中止" in run.stderr and "Aborted" not in run.stderr
