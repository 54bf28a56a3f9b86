"""The 绩效自评表 settings in a configuration file: [performance] (and `grading`) over rules/performance.toml.

Each test writes a form workbook (samples/make_forms.py builders, via test_forms_support) and a govaudit.toml
beside it, runs `govaudit check`, and looks at what changed. Cells: see test_forms_rules.py (河北 form A:
产出指标 B14, 预算执行率 row 21; form B: 预算执行率 row 22, 总分 H23, 评价等级 H24; form C: 总分 55, H22).
"""

from __future__ import annotations

import pytest

from ci_helpers import cli
from govaudit.config import ConfigError, Resolver
from govaudit.engine.context import Settings
from test_forms_support import hebei_book, hebei_forms, save

WEIGHTS_40_40 = '{ "产出指标" = 40, "效益指标" = 40, "满意度指标" = 10, "预算执行率" = 10 }'


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def form(which: int, change=None) -> dict:
    f = hebei_forms()[which]
    if change:
        change(f)
    return f


def run(tmp_path, forms: list[dict], config: str | None = None, name: str = "govaudit.toml"):
    """`govaudit check --format json` on the forms, with `config` written beside the workbook."""
    folder = tmp_path / "run"
    folder.mkdir(parents=True, exist_ok=True)
    if config is not None:
        write(folder / name, config)
    path = save(hebei_book(forms), folder)
    result = cli("check", "--format", "json", path)
    assert result.exit_code in (0, 1), result.stderr
    return result.json()["findings"]


def found(findings) -> list[tuple[str, str]]:
    """Errors and warnings as (code, cell of the judged cell)."""
    return sorted((f["code"], f["locations"][0]["cell"]) for f in findings if f["severity"] != "info")


# --- defaults: "configured or not" is explicit ------------------------------------------------------------

def test_settings_default_to_not_configured(tmp_path):
    assert Settings().grade_bands is None and Settings().performance == {}
    write(tmp_path / "govaudit.toml", 'ignore = ["RND"]\n')
    settings = Resolver().options_for(tmp_path / "x.xlsx").context.settings
    assert settings.grade_bands is None and settings.performance == {}


def test_performance_table_reaches_the_settings(tmp_path):
    write(tmp_path / "govaudit.toml", f"""
[performance]
level1-weights = {WEIGHTS_40_40}
execution-full-marks-rate = 90
grade-aliases = {{ "良" = ["较好"] }}
""")
    settings = Resolver().options_for(tmp_path / "x.xlsx").context.settings
    assert settings.performance == {
        "level1_weights": {"产出指标": 40, "效益指标": 40, "满意度指标": 10, "预算执行率": 10},
        "execution_full_marks_rate": 90, "grade_aliases": {"良": ["较好"]}}
    assert settings.grade_bands is None


def test_grading_equal_to_the_default_bands_still_wins_over_rules_file(tmp_path, monkeypatch):
    """Explicit `grading` is used even when it equals the built-in bands (it used to be mistaken for "none")."""
    import govaudit.engine.performance_settings as pc

    shanghai = dict(pc._file_settings(), grade_bands=[["优", 90], ["良", 80], ["合格", 60], ["不合格", 0]])
    monkeypatch.setattr(pc, "_FILE_SETTINGS", shanghai)
    c = form(2)  # 总分 55, 评价等级 差
    assert found(run(tmp_path / "a", [c])) == [("PRF106", "H22")]  # rules file: 55 is 不合格
    assert found(run(tmp_path / "b", [c], 'grading = { "优" = 90, "良" = 80, "中" = 60, "差" = 0 }\n')) == []


# --- execution-full-marks-rate: PRF107 ----------------------------------------------------------------------

def full_rate_points(b):  # form B: 90 % execution, 预算执行率（10） scored a full 10
    b["indicators"][8][5] = "10"
    b["total"] = "88"


def test_execution_full_marks_rate_lifts_the_prf107_cap(tmp_path):
    b = form(1, full_rate_points)
    assert found(run(tmp_path / "a", [b])) == [("PRF107", "H22")]
    assert found(run(tmp_path / "b", [b], "[performance]\nexecution-full-marks-rate = 90\n")) == []
    findings = run(tmp_path / "c", [b], "[performance]\nexecution-full-marks-rate = 95\n")
    assert found(findings) == [("PRF107", "H22")]  # cap 90 ÷ 95 × 10 = 9.47
    assert findings[0]["expected"] == "≤ 9.47" and "95%" in findings[0]["message"]


def test_performance_table_in_pyproject(tmp_path):
    b = form(1, full_rate_points)
    config = "[tool.govaudit.performance]\nexecution-full-marks-rate = 90\n"
    assert found(run(tmp_path, [b], config, name="pyproject.toml")) == []


# --- level1-weights: PRF101, PRF102 -------------------------------------------------------------------------

def unlabelled_output(a):  # form A: 产出指标 without its weight; its scores 12 + 12 + 13 + 13 = 50
    a["indicators"][0][0] = "产出指标"


def test_level1_weights_decide_prf101_when_the_form_states_none(tmp_path):
    a = form(0, unlabelled_output)
    assert found(run(tmp_path / "a", [a])) == []  # settings: 产出指标 50
    findings = run(tmp_path / "b", [a], f"[performance]\nlevel1-weights = {WEIGHTS_40_40}\n")
    assert found(findings) == [("PRF101", "B14")]
    assert findings[0]["expected"] == "≤ 40" and findings[0]["actual"] == "50"
    assert "按设置" in findings[0]["message"]


def test_level1_weights_name_the_missing_level1_in_prf102(tmp_path):
    b = form(1, lambda b: b["indicators"][4].__setitem__(0, "效益指标（25）"))  # Σ 权重 95
    findings = run(tmp_path / "a", [b])
    assert found(findings) == [("PRF102", "B14")] and "没有" not in findings[0]["message"]
    weights = '{ "产出指标" = 40, "效益指标" = 30, "成本指标" = 10, "满意度指标" = 10, "预算执行率" = 10 }'
    findings = run(tmp_path / "b", [b], f"[performance]\nlevel1-weights = {weights}\n")
    assert found(findings) == [("PRF102", "B14")]
    assert "（没有：成本指标）" in findings[0]["message"]


# --- grade-aliases, level2, required: merged entry by entry -------------------------------------------------

def test_grade_aliases_are_merged_over_the_rules_file(tmp_path):
    b = form(1, lambda b: b.__setitem__("grade", "较好"))  # 总分 87: 良
    assert found(run(tmp_path / "a", [b])) == [("PRF106", "H24")]
    config = '[performance]\ngrade-aliases = { "良" = ["良好", "较好"] }\n'
    assert found(run(tmp_path / "b", [b], config)) == []
    a = form(0, lambda a: a.__setitem__("grade", "优秀"))  # 总分 99: 优 — 优's aliases still apply
    assert found(run(tmp_path / "c", [a], config)) == []


def test_level2_entry_replaces_that_level1_only(tmp_path):
    a = form(0, lambda a: a["indicators"][2].__setitem__(1, "经济效益指标"))  # under 产出指标
    assert found(run(tmp_path / "a", [a])) == [("PRF108", "C16")]
    config = '[performance]\nlevel2 = { "产出指标" = ["数量指标", "时效指标", "经济效益指标"] }\n'
    assert found(run(tmp_path / "b", [a], config)) == []
    a["indicators"][2][1] = "满意度指标"  # 满意度指标's own entry is untouched
    assert found(run(tmp_path / "c", [a], config)) == [("PRF108", "C16")]


def test_required_per_layout(tmp_path):
    a = form(0, lambda a: a.__setitem__("grade", ""))
    assert found(run(tmp_path / "a", [a])) == [("PRF202", "H23")]  # 河北: 评价等级 required
    b = form(1)
    b["filler"] = ""
    config = '[performance]\nrequired = { hebei = ["项目名称", "预算数", "执行数", "总分", "填报人"] }\n'
    assert [c for c, _ in found(run(tmp_path / "b", [b], config))] == ["PRF202"]
    assert found(run(tmp_path / "c", [b])) == []
    write(tmp_path / "d" / "govaudit.toml", config)
    shown = Resolver().describe(tmp_path / "d" / "x.xlsx")["settings"]["performance.required"]
    assert shown["value"]["hebei"][-1] == "填报人"
    assert shown["value"]["central"] == ["项目名称", "预算数", "执行数", "总分"]  # from rules/performance.toml


# --- validation: one line naming the key, exit 2 ------------------------------------------------------------

def test_unknown_performance_key_exits_2_naming_it(tmp_path, monkeypatch):
    b = form(1)
    save(hebei_book([b]), tmp_path)
    write(tmp_path / "govaudit.toml", "[performance]\nexecution-full-marks = 90\n")
    monkeypatch.chdir(tmp_path)
    result = cli("check", ".")
    assert result.exit_code == 2
    assert result.stderr.strip() == "配置文件 govaudit.toml：未知的配置项 'performance.execution-full-marks'"
    assert result.stdout == ""


@pytest.mark.parametrize("text, words", [
    ('level1-weights = { "产出指标" = 140, "效益指标" = -40 }', ["'performance.level1-weights'", "0～100"]),
    ('level1-weights = { "产出指标" = 50, "效益指标" = 30 }', ["'performance.level1-weights'", "100", "80"]),
    ('level1-weights = { "产出指标" = "50" }', ["'performance.level1-weights.产出指标'", "数字"]),
    ("level1-weights = {}", ["'performance.level1-weights'"]),
    ("execution-full-marks-rate = 0", ["'performance.execution-full-marks-rate'", "100"]),
    ("execution-full-marks-rate = 120", ["'performance.execution-full-marks-rate'", "120"]),
    ('execution-full-marks-rate = "90%"', ["'performance.execution-full-marks-rate'", "数字"]),
    ('required = { shanghai = ["总分"] }', ["'performance.required'", "shanghai", "hebei"]),
    ('required = { hebei = ["得分"] }', ["'performance.required'", "得分", "项目名称"]),
    ('grade-aliases = { "优" = "优秀" }', ["'performance.grade-aliases.优'", "列表"]),
    ('level2 = ["数量指标"]', ["'performance.level2'"]),
    ('grade-bands = [["优", 90]]', ["'performance.grade-bands'", "未知"]),
])
def test_invalid_performance_values_are_errors(tmp_path, text, words):
    path = write(tmp_path / "govaudit.toml", f"[performance]\n{text}\n")
    with pytest.raises(ConfigError) as exc:
        Resolver(path)
    message = str(exc.value)
    assert "\n" not in message and message.startswith("配置文件 ")
    for word in words:
        assert word in message


def test_performance_must_be_a_table(tmp_path):
    path = write(tmp_path / "govaudit.toml", "performance = 90\n")
    with pytest.raises(ConfigError, match="'performance'.*应为表"):
        Resolver(path)


# --- --show-settings ----------------------------------------------------------------------------------------

def test_show_settings_lists_the_performance_settings_and_their_origin(tmp_path, monkeypatch):
    write(tmp_path / "govaudit.toml", f"[performance]\nlevel1-weights = {WEIGHTS_40_40}\n"
                                      "execution-full-marks-rate = 90\n")
    monkeypatch.chdir(tmp_path)
    result = cli("check", "--show-settings", "x.xlsx")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert ('performance.level1-weights = { "产出指标" = 40, "效益指标" = 40, "满意度指标" = 10, '
            '"预算执行率" = 10 }    # 来自配置文件') in out
    assert "performance.execution-full-marks-rate = 90    # 来自配置文件" in out
    assert 'grading = { "优" = 90, "良" = 80, "中" = 60, "差" = 0 }    # 来自默认' in out
    for key in ("grade-aliases", "level2", "required"):
        line = next(x for x in out.splitlines() if x.startswith(f"performance.{key} = "))
        assert line.endswith("# 来自默认")

    data = cli("check", "--show-settings", "--format", "json", "x.xlsx").json()[0]["settings"]
    assert data["performance.execution-full-marks-rate"] == {"value": 90, "from": "配置文件"}
    assert data["performance.level2"]["from"] == "默认"
    assert data["performance.level2"]["value"]["效益指标"][0] == "经济效益指标"


def test_show_settings_without_configuration_shows_the_rules_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = cli("check", "--show-settings", "--config", write(tmp_path / "empty.toml", ""), "x.xlsx")
    assert data.exit_code == 0, data.stderr
    assert "performance.level1-weights = { \"产出指标\" = 50, \"效益指标\" = 30, \"满意度指标\" = 10, " \
           "\"预算执行率\" = 10 }    # 来自默认" in data.stdout
    assert "performance.execution-full-marks-rate = 100    # 来自默认" in data.stdout
