"""Configuration files: discovery (closest wins), --config, precedence of the command line, validation."""

from __future__ import annotations

import pytest

from ci_helpers import cli
from govaudit import config as cfg
from govaudit.config import ConfigError, Overrides, Resolver


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- discovery ------------------------------------------------------------------------------------------

def test_closest_configuration_file_wins(tmp_path):
    top = write(tmp_path / "govaudit.toml", 'ignore = ["RND"]\n')
    inner = write(tmp_path / "a" / "pyproject.toml", '[tool.govaudit]\nselect = ["CEL"]\n')
    resolver = Resolver()
    assert resolver.resolve(tmp_path / "a" / "b" / "x.xlsx").path == inner.resolve()
    assert resolver.resolve(tmp_path / "a" / "x.xlsx").path == inner.resolve()
    assert resolver.resolve(tmp_path / "c" / "x.xlsx").path == top.resolve()
    # files never merge: the inner file alone decides, the top file's ignore does not apply below it
    opts = resolver.options_for(tmp_path / "a" / "x.xlsx")
    assert (opts.select, opts.ignore) == (["CEL"], [])
    opts = resolver.options_for(tmp_path / "x.xlsx")
    assert (opts.select, opts.ignore) == ([], ["RND"])


def test_pyproject_without_govaudit_table_is_passed_over(tmp_path):
    top = write(tmp_path / "govaudit.toml", 'ignore = ["RND"]\n')
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')
    assert Resolver().resolve(tmp_path / "a" / "x.xlsx").path == top.resolve()


def test_govaudit_toml_beats_pyproject_in_the_same_folder(tmp_path):
    own = write(tmp_path / "govaudit.toml", 'ignore = ["RND"]\n')
    write(tmp_path / "pyproject.toml", '[tool.govaudit]\nselect = ["CEL"]\n')
    assert Resolver().resolve(tmp_path / "x.xlsx").path == own.resolve()


def test_no_configuration_gives_defaults(tmp_path):
    resolved = Resolver().resolve(tmp_path / "x.xlsx")
    if resolved.path is None:  # (a stray govaudit.toml above the temporary folder would be found, rightly)
        opts = Resolver().options_for(tmp_path / "x.xlsx")
        assert opts.select == [] and opts.ignore == [] and opts.severities == {} and opts.per_file_ignores == []
        assert opts.context.settings.required_tables == [f"{i:02d}" for i in range(1, 10)]


def test_discovery_is_cached_per_folder(tmp_path, monkeypatch):
    write(tmp_path / "govaudit.toml", 'ignore = ["RND"]\n')
    seen = []
    real = cfg._holds_config
    monkeypatch.setattr(cfg, "_holds_config", lambda folder: seen.append(folder) or real(folder))
    resolver = Resolver()
    for name in ("a/x.xlsx", "a/y.xlsx", "a/b/z.xlsx", "w.xlsx"):
        resolver.options_for(tmp_path / name)
    assert len(seen) == len(set(seen)) == 3  # a/b, a, tmp_path: each looked at once


def test_config_option_overrides_discovery(tmp_path):
    write(tmp_path / "govaudit.toml", 'ignore = ["RND"]\n')
    chosen = write(tmp_path / "elsewhere" / "ci.toml", 'select = ["XTB"]\n')
    resolver = Resolver(chosen)
    assert resolver.resolve(tmp_path / "x.xlsx").path == chosen.resolve()
    assert resolver.options_for(tmp_path / "x.xlsx").select == ["XTB"]


def test_config_option_accepts_a_pyproject(tmp_path):
    chosen = write(tmp_path / "pyproject.toml", '[tool.govaudit]\nselect = ["XTB"]\n')
    assert Resolver(chosen).options_for(tmp_path / "x.xlsx").select == ["XTB"]


def test_missing_config_option_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="不存在"):
        Resolver(tmp_path / "nope.toml")


def test_command_line_overrides_configuration(tmp_path):
    write(tmp_path / "govaudit.toml", 'select = ["CEL"]\nignore = ["RND"]\nreport-rounding = true\n')
    opts = Resolver(overrides=Overrides(select=["TBL"], no_info=True)).options_for(tmp_path / "x.xlsx")
    assert opts.select == ["TBL"]          # the flag replaces the file's select
    assert opts.ignore == ["RND"]          # not given on the command line: the file decides
    assert opts.context.settings.report_rounding is False
    opts = Resolver(overrides=Overrides(ignore=[])).options_for(tmp_path / "x.xlsx")
    assert opts.ignore == []


def test_settings_from_configuration(tmp_path):
    write(tmp_path / "govaudit.toml", """
required-tables = "eight"
report-rounding = false
grading = { "不合格" = 0, "合格" = 60, "良" = 80, "优" = 90 }
""")
    settings = Resolver().options_for(tmp_path / "x.xlsx").context.settings
    assert settings.required_tables == ["01", "02", "03", "04", "05", "06", "07", "08"]
    assert settings.report_rounding is False
    assert settings.grade_bands == [("优", 90), ("良", 80), ("合格", 60), ("不合格", 0)]
    write(tmp_path / "govaudit.toml", 'required-tables = ["01", 3, "09"]\n')
    assert Resolver().options_for(tmp_path / "x.xlsx").context.settings.required_tables == ["01", "03", "09"]


def test_severity_prefixes_expand_most_specific_last(tmp_path):
    write(tmp_path / "govaudit.toml", '[severity]\nCMP = "warning"\nCMP003 = "info"\n')
    sev = Resolver().options_for(tmp_path / "x.xlsx").severities
    assert sev["CMP001"] == "warning" and sev["CMP003"] == "info"
    assert "TBL001" not in sev
    write(tmp_path / "govaudit.toml", '[severity]\nTBL001 = "error"\nALL = "warning"\nTBL = "info"\n')
    sev = Resolver().options_for(tmp_path / "x.xlsx").severities
    assert (sev["TBL001"], sev["TBL101"], sev["CMP001"]) == ("error", "info", "warning")


# --- validation: one line naming the key, exit 2 ----------------------------------------------------------

def test_unknown_key_is_an_error_naming_it(tmp_path, monkeypatch):
    from ci_helpers import CLEAN_2024, copy

    copy(CLEAN_2024, tmp_path)
    write(tmp_path / "govaudit.toml", 'ignore = ["RND"]\nfoo = 1\n')
    monkeypatch.chdir(tmp_path)
    run = cli("check", ".")
    assert run.exit_code == 2
    assert run.stderr.strip() == "配置文件 govaudit.toml：未知的配置项 'foo'"
    assert run.stdout == ""


def test_unknown_key_in_pyproject(tmp_path, monkeypatch):
    write(tmp_path / "pyproject.toml", '[tool.govaudit]\nselects = ["TBL"]\n')
    monkeypatch.chdir(tmp_path)
    run = cli("check", "--show-settings", ".")
    assert run.exit_code == 2
    assert run.stderr.strip() == "配置文件 pyproject.toml：未知的配置项 'selects'"


@pytest.mark.parametrize("text, words", [
    ('[severity]\nTBL001 = "fatal"\n', ["'severity.TBL001'", "error"]),
    ('required-tables = "seven"\n', ["'required-tables'", "seven", "eight"]),
    ('required-tables = ["10"]\n', ["'required-tables'", "01"]),
    ('grading = { "优" = 90, "良" = 80 }\n', ["'grading'", "0"]),
    ('grading = { "优" = 190, "差" = 0 }\n', ["'grading'", "0～100"]),
    ('report-rounding = "no"\n', ["'report-rounding'", "true 或 false"]),
    ('select = [1]\n', ["'select.0'", "字符串"]),
    ('ignore = ["NOPE"]\n', ["'ignore'", "NOPE"]),
    ('[per-file-ignores]\n"*.xlsx" = ["XTB999"]\n', ["per-file-ignores", "XTB999"]),
    ('select = ["TBL"\n', ["TOML"]),
])
def test_invalid_values_are_errors(tmp_path, text, words):
    path = write(tmp_path / "govaudit.toml", text)
    with pytest.raises(ConfigError) as exc:
        Resolver(path)
    message = str(exc.value)
    assert "\n" not in message and message.startswith("配置文件 ")
    for word in words:
        assert word in message


def test_invalid_value_exits_2_with_one_line(tmp_path, monkeypatch):
    write(tmp_path / "govaudit.toml", '[severity]\nTBL001 = "fatal"\n')
    monkeypatch.chdir(tmp_path)
    run = cli("check", "--show-settings", "x.xlsx")
    assert run.exit_code == 2
    assert len(run.stderr.strip().splitlines()) == 1


# --- --show-settings --------------------------------------------------------------------------------------

def test_show_settings_names_the_file_and_the_origin_of_each_value(tmp_path, monkeypatch):
    write(tmp_path / "sub" / "govaudit.toml", 'ignore = ["RND"]\nrequired-tables = "eight"\n'
                                              '[per-file-ignores]\n"*-草稿.xlsx" = ["CMP"]\n')
    monkeypatch.chdir(tmp_path)
    run = cli("check", "--show-settings", "--select", "TBL", "sub/表-草稿.xlsx")
    assert run.exit_code == 0, run.stderr
    out = run.stdout
    assert "配置文件：sub/govaudit.toml" in out
    assert 'select = ["TBL"]    # 来自命令行' in out
    assert 'ignore = ["RND"]    # 来自配置文件' in out
    assert 'per-file-ignores = ["CMP"]    # 来自配置文件' in out
    assert '"08"]    # 来自配置文件' in out
    assert "report-rounding = true    # 来自默认" in out

    run = cli("check", "--show-settings", "--format", "json", "sub", "other.xlsx")
    assert run.exit_code == 0
    data = run.json()
    assert data[0]["config_file"] == "sub/govaudit.toml"
    assert data[0]["settings"]["per-file-ignores"]["value"] == {"*-草稿.xlsx": ["CMP"]}
    assert data[1]["settings"]["required-tables"]["from"] == "默认"


@pytest.mark.parametrize("name,text", [("govaudit.toml", 'select = ["TBL"]  # 只查表内\n'),
                                       ("pyproject.toml", '[tool.govaudit]\n# 只查表内\nselect = ["TBL"]\n')])
def test_configuration_not_in_utf8_is_one_line_exit_2(tmp_path, monkeypatch, name, text):
    """A configuration saved as GBK, in a folder above the workbook: one line naming it, exit 2."""
    from ci_helpers import CLEAN_2024
    import shutil

    (tmp_path / name).write_bytes(text.encode("gbk"))
    (tmp_path / "2024").mkdir()
    shutil.copy(CLEAN_2024, tmp_path / "2024" / "a.xlsx")
    monkeypatch.chdir(tmp_path)
    run = cli("check", "2024/a.xlsx")
    assert run.exit_code == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and "UTF-8" in lines[0], run.stderr
    assert "Traceback" not in run.stdout + run.stderr


def test_no_configuration_reads_as_every_key_at_its_default():
    """NO_CONFIG (no file found) stands in for FileConfig without defining the pydantic model (start-up time): each
    key must read as FileConfig's own default."""
    from govaudit.config import NO_CONFIG, FileConfig

    assert vars(NO_CONFIG) == dict(FileConfig.model_construct())
