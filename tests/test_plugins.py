"""Third-party rule packs through the entry-point group `govaudit.rules`, installed into the test environment
as a package with a *.dist-info on the path (what pip leaves behind)."""

from __future__ import annotations

import sys
import textwrap

import pytest

from ci_helpers import FAULTY_2019, FAULTY_2024, cli_process, copy
from govaudit.engine import RuleInfo, Severity
from govaudit.engine.plugins import PackError, validate

PACKAGE = {
    "acme_rules/__init__.py": '''
        from pathlib import Path

        from govaudit.engine import Finding, Severity, rule

        RULES = Path(__file__).parent / "rules"  # a directory of TOML packs (entry point acme-toml)


        @rule("ACME001", "部门名称应写全称", severity="warning", explanation="示例插件：检查公开01表的部门名称。")
        def full_name(disclosure, ctx):
            table = disclosure.tables.get("01")
            if table is not None:
                yield Finding(code="ACME001", severity=Severity.warning, file=disclosure.path, table="公开01表",
                              message=f"插件检查了部门“{table.department}”")


        @rule("ACME002", "这条插件规则自身有错")
        def crashes(disclosure, ctx):
            raise ZeroDivisionError("故意的")
            yield
    ''',
    "acme_rules/rules/acme.toml": '''
        [[rule]]
        code = "ACMT001"
        title = "本年收入合计不应超过一般公共预算财政拨款收入（示例）"
        check = "le"
        left = ["01:income_total:amount"]
        right = ["01:income.general:amount"]
    ''',
    "acme_rules/factory.py": '''
        from govaudit.engine import Finding, RuleInfo, Severity


        def _check(disclosure, ctx):
            yield Finding(code="ACMF001", severity=Severity.info, file=disclosure.path, message="工厂规则运行了")


        def rules():
            return [RuleInfo(code="ACMF001", title="由函数提供的规则", severity=Severity.info, check=_check)]
    ''',
    "acme_rules/clash.py": '''
        from govaudit.engine import RuleInfo, Severity


        def rules():
            return [RuleInfo(code="TBL999", title="冒用内置前缀", severity=Severity.error, check=lambda d, c: [])]
    ''',
    "acme_rules/again.py": '''
        from govaudit.engine import rule


        @rule("ACME900", "与 acme 包同一前缀")
        def again(disclosure, ctx):
            return []
    ''',
    "acme_broken/__init__.py": '''
        raise RuntimeError("依赖缺失")
    ''',
    "acme_rules-1.0.dist-info/METADATA": '''
        Metadata-Version: 2.1
        Name: acme-rules
        Version: 1.0
    ''',
    "acme_rules-1.0.dist-info/entry_points.txt": '''
        [govaudit.rules]
        acme = acme_rules
        acme-toml = acme_rules:RULES
        acme-factory = acme_rules.factory:rules
        broken = acme_broken
        clash = acme_rules.clash:rules
        same-prefix = acme_rules.again
    ''',
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    for name, text in PACKAGE.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return root


def _problems(stderr):
    return [line for line in stderr.splitlines() if line.startswith("规则包 ")]


def test_rules_lists_plugin_rules_with_their_source(site, tmp_path):
    run = cli_process("rules", cwd=tmp_path, pythonpath=site)
    assert run.exit_code == 0, run.stderr
    lines = {line.split()[0]: line for line in run.stdout.splitlines()}
    assert "插件 acme-rules 1.0" in lines["ACME001"] and "acme_rules" in lines["ACME001"]
    assert "acme.toml" in lines["ACMT001"]
    assert "acme_rules.factory:rules" in lines["ACMF001"]
    assert "插件" not in lines["TBL001"]
    for rejected in ("TBL999", "ACME900"):
        assert rejected not in lines
    problems = _problems(run.stderr)
    assert len(problems) == 3
    assert any(p.startswith("规则包 broken 加载失败：") and "依赖缺失" in p for p in problems)
    assert any(p.startswith("规则包 clash 加载失败：") and "TBL" in p for p in problems)
    assert any(p.startswith("规则包 same-prefix 加载失败：") and "ACME" in p for p in problems)


def test_plugin_rules_run_and_broken_packs_are_skipped(site, tmp_path):
    book = copy(FAULTY_2024, tmp_path)
    run = cli_process("check", book.name, "--format", "json", cwd=tmp_path, pythonpath=site)
    assert run.exit_code == 1, run.stderr  # the sample's own errors; the run went on despite the broken packs
    findings = run.json()["findings"]
    codes = [f["code"] for f in findings]
    assert {"ACME001", "ACMT001", "ACMF001", "TBL001", "CMP003"} <= set(codes)
    crash = next(f for f in findings if f["code"] == "ACME002")
    assert crash["severity"] == "warning" and "执行出错" in crash["message"]
    assert len(_problems(run.stderr)) == 3

    only = cli_process("check", book.name, "--format", "json", "--select", "ACMT", cwd=tmp_path, pythonpath=site)
    assert {f["code"] for f in only.json()["findings"]} == {"ACMT001"}


def test_plugin_rules_run_in_parallel_workers(site, tmp_path):
    copy(FAULTY_2024, tmp_path / "d")
    copy(FAULTY_2019, tmp_path / "d")
    run = cli_process("check", "d", "--format", "json", "--select", "ACME001", "--jobs", "2", cwd=tmp_path,
                      pythonpath=site)
    assert [f["code"] for f in run.json()["findings"]] == ["ACME001", "ACME001"]
    assert len(_problems(run.stderr)) == 3  # reported once, by the main process


def test_plugin_codes_are_valid_in_configuration(site, tmp_path):
    copy(FAULTY_2024, tmp_path)
    (tmp_path / "govaudit.toml").write_text('select = ["ACM"]\n[severity]\nACMT001 = "warning"\n', encoding="utf-8")
    run = cli_process("check", ".", "--format", "json", cwd=tmp_path, pythonpath=site)
    assert run.exit_code == 0, run.stderr
    assert {(f["code"], f["severity"]) for f in run.json()["findings"]} >= {("ACMT001", "warning")}


@pytest.fixture
def installed(site, monkeypatch):
    """The pack on sys.path of this process; the registry looks for packs again before and after."""
    from govaudit.engine import registry

    monkeypatch.syspath_prepend(str(site))
    registry.reload_plugins()
    yield registry
    monkeypatch.undo()
    for name in [m for m in sys.modules if m.split(".")[0] in ("acme_rules", "acme_broken")]:
        del sys.modules[name]
    registry.reload_plugins()


def test_in_process(installed, sample_path):
    from govaudit.pipeline import Options, check_file

    info = installed.get_rule("ACMF001")
    assert info.plugin == "acme-rules 1.0" and info.severity is Severity.info
    assert any("broken" in p for p in installed.plugin_problems())
    status, findings = check_file(sample_path["2024"], Options(select=["ACMF"]))
    assert status.status == "checked"
    assert [f.message for f in findings] == ["工厂规则运行了"]


def test_registry_forgets_uninstalled_packs():
    from govaudit.engine import registry

    registry.reload_plugins()
    assert registry.get_rule("ACME001") is None
    assert not any(r.plugin for r in registry.all_rules())


def _info(code):
    return RuleInfo(code=code, title="t", severity=Severity.error, check=lambda d, c: [])


@pytest.mark.parametrize("codes, why", [
    ([], "没有"),
    (["acme1"], "大写"),
    (["ACME"], "大写"),
    (["ACME001", "FOO001"], "一个代码前缀"),
    (["TB001"], "TBL"),          # a prefix of a built-in family: --select TB would take both
    (["TBLX001"], "TBL"),        # starts with a built-in family: --ignore TBL would take it
    (["ACME001", "ACME001"], "重复"),
])
def test_pack_validation(codes, why):
    with pytest.raises(PackError, match=why):
        validate([_info(c) for c in codes], taken_codes={"TBL001"}, taken_families={"TBL": "内置规则 "})


def test_pack_validation_accepts_its_own_prefix():
    assert validate([_info("ACME001"), _info("ACME002")], {"TBL001"}, {"TBL": "内置规则 "}) == "ACME"
