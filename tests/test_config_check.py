"""Configuration applied to real checks: per-file-ignores, severity overrides, required tables, rounding."""

from __future__ import annotations

import openpyxl
import pytest

from ci_helpers import CLEAN_2024, FAULTY_2019, FAULTY_2024, cli, copy
from govaudit.config import glob_matches


@pytest.mark.parametrize("pattern, path, expected", [
    ("*.xlsx", "a/b/x.xlsx", True),              # no "/": any name at any depth
    ("草稿", "2023/草稿/x.xlsx", True),
    ("草稿", "2023/草稿版/x.xlsx", False),
    ("2023/*.xlsx", "2023/x.xlsx", True),         # with "/": anchored at the configuration file's folder
    ("2023/*.xlsx", "old/2023/x.xlsx", False),
    ("2023/*.xlsx", "2023/a/x.xlsx", False),
    ("2023/**/*.xlsx", "2023/a/b/x.xlsx", True),
    ("2023/**/*.xlsx", "2023/x.xlsx", True),
    ("**/历史/*", "a/历史/x.xlsx", True),
    ("历史/", "历史/2019/x.xlsx", True),          # a folder: everything under it
    ("./历史", "历史/x.xlsx", True),
    ("x-?.xlsx", "x-1.xlsx", True),
    ("x-[12].xlsx", "x-3.xlsx", False),
    ("x-[!12].xlsx", "x-3.xlsx", True),
    ("/历史/*.xlsx", "历史/x.xlsx", True),          # a leading "/" anchors, as in .gitignore
    ("/草稿.xlsx", "a/草稿.xlsx", False),
    ("/草稿.xlsx", "草稿.xlsx", True),
    (r"\[草稿\].xlsx", "[草稿].xlsx", True),        # "\" escapes
    (r"\[草稿\].xlsx", "草.xlsx", False),
    ("[]a].xlsx", "a.xlsx", True),                 # "]" first in brackets is a character, not the end
    ("[]a].xlsx", "b.xlsx", False),
    ("*.XLSX", "a.xlsx", False),
])
def test_glob(pattern, path, expected):
    assert glob_matches(pattern, path) is expected


@pytest.mark.parametrize("pattern", ["[z-a].xlsx", "x\\\\", "!草稿.xlsx", ""])
def test_bad_per_file_ignores_pattern_is_one_line_exit_2(tmp_path, monkeypatch, pattern):
    copy(CLEAN_2024, tmp_path)
    (tmp_path / "govaudit.toml").write_text(f'[per-file-ignores]\n"{pattern}" = ["ALL"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("check", ".")
    assert run.exit_code == 2
    assert run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert line.startswith("配置文件 govaudit.toml：per-file-ignores 的模式") and "无效" in line


def test_bracket_pattern_does_not_crash(tmp_path, monkeypatch):
    copy(CLEAN_2024, tmp_path, "a.xlsx")
    copy(FAULTY_2024, tmp_path, "c.xlsx")
    (tmp_path / "govaudit.toml").write_text('[per-file-ignores]\n"[]a].xlsx" = ["ALL"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("check", ".", "--format", "json")
    assert run.exit_code == 1
    assert {f["file"] for f in run.json()["findings"]} == {"c.xlsx"}


def _by_file(run):
    out: dict[str, list] = {}
    for f in run.json()["findings"]:
        out.setdefault(f["file"].split("/")[-1], []).append(f)
    return out


def test_per_file_ignores(tmp_path, monkeypatch):
    copy(FAULTY_2024, tmp_path / "2024")
    copy(FAULTY_2019, tmp_path / "2024", "中央式.xlsx")
    copy(FAULTY_2024, tmp_path / "草稿", "a.xlsx")
    (tmp_path / "govaudit.toml").write_text(
        '[per-file-ignores]\n"草稿/**" = ["ALL"]\n"中央式.xlsx" = ["TBL", "RND"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("check", ".", "--format", "json")
    found = _by_file(run)
    assert "a.xlsx" not in found                                   # everything off in 草稿/
    central = [f["code"] for f in found["中央式.xlsx"]]
    assert central and not any(c.startswith(("TBL", "RND")) for c in central)
    assert any(f["code"].startswith("TBL") for f in found[FAULTY_2024.name])
    # per-file-ignores hold even when the command line selects the rule
    run = cli("check", ".", "--format", "json", "--select", "TBL001")
    assert {f["file"].split("/")[-1] for f in run.json()["findings"]} == {FAULTY_2024.name}


def test_per_file_ignores_are_relative_to_the_configuration_file(tmp_path, monkeypatch):
    copy(FAULTY_2024, tmp_path / "repo" / "2024")
    (tmp_path / "repo" / "govaudit.toml").write_text('[per-file-ignores]\n"2024/*.xlsx" = ["ALL"]\n',
                                                     encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # run from above the configuration file: the glob still means repo/2024/
    run = cli("check", "repo", "--format", "json")
    assert run.json()["findings"] == []
    assert run.exit_code == 0


def test_severity_override(tmp_path, monkeypatch):
    copy(FAULTY_2024, tmp_path)
    monkeypatch.chdir(tmp_path)
    before = {f["code"]: f["severity"] for f in cli("check", ".", "--format", "json").json()["findings"]}
    assert before["CEL001"] == "error" and before["CMP003"] == "error"
    (tmp_path / "govaudit.toml").write_text('[severity]\nCEL001 = "info"\nCMP = "warning"\n"TBL" = "warning"\n'
                                            'XTB = "warning"\n', encoding="utf-8")
    run = cli("check", ".", "--format", "json")
    after = {f["code"]: f["severity"] for f in run.json()["findings"]}
    assert after["CEL001"] == "info" and after["CMP003"] == "warning" and after["TBL501"] == "warning"
    assert run.exit_code == 0  # no errors left


def _without_table_09(tmp_path):
    wb = openpyxl.load_workbook(CLEAN_2024)
    del wb["09国有资本"]
    path = tmp_path / "无09表.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("setting, reported", [(None, True), ('"eight"', False), ('["01", "02"]', False),
                                               ('"nine"', True)])
def test_required_tables(tmp_path, monkeypatch, setting, reported):
    _without_table_09(tmp_path)
    if setting:
        (tmp_path / "govaudit.toml").write_text(f"required-tables = {setting}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert ("CMP001" in cli("check", ".", "--format", "json").codes()) is reported


def test_report_rounding(tmp_path, monkeypatch):
    copy(CLEAN_2024, tmp_path)
    monkeypatch.chdir(tmp_path)
    assert "RND001" in cli("check", ".", "--format", "json").codes()
    (tmp_path / "govaudit.toml").write_text("report-rounding = false\n", encoding="utf-8")
    assert cli("check", ".", "--format", "json").codes() == []


def test_command_line_select_overrides_configuration(tmp_path, monkeypatch):
    copy(FAULTY_2024, tmp_path)
    (tmp_path / "govaudit.toml").write_text('select = ["CEL"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert set(cli("check", ".", "--format", "json").codes()) == {"CEL001"}
    codes = cli("check", ".", "--format", "json", "--select", "TBL").codes()
    assert codes and all(c.startswith("TBL") for c in codes)


def test_config_option_on_the_command_line(tmp_path, monkeypatch):
    copy(FAULTY_2024, tmp_path / "data")
    (tmp_path / "data" / "govaudit.toml").write_text('select = ["CEL"]\n', encoding="utf-8")
    (tmp_path / "ci.toml").write_text('select = ["CMP"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert set(cli("check", "data", "--format", "json", "--config", "ci.toml").codes()) == {"CMP003"}
    run = cli("check", "data", "--config", "missing.toml")
    assert run.exit_code == 2 and "missing.toml" in run.stderr
