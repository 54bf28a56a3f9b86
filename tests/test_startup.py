"""Start-up (issue 13): `govaudit --help` and `govaudit rules` must not import the heavy libraries. Not timed (the
times are in bench/RESULTS.md); these guard the design that makes them fast: cli.py imports click only, and
`rules` lists the built-in rules from engine/catalogue.json instead of importing the check modules."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

HEAVY = ("pydantic", "pydantic_core", "openpyxl", "docx", "pypdfium2", "pypdf", "rich", "govaudit.model",
         "govaudit.checks", "govaudit.engine.declarative",
         "pathlib", "govaudit.lazyre")  # (≈ 15 M and ≈ 7 M instructions: lazyre reads its table of programs)

REPORT = ("import atexit, sys\n"
          f"HEAVY = {HEAVY!r}\n"
          "atexit.register(lambda: print('LOADED', sorted(m for m in HEAVY if m in sys.modules), file=sys.stderr))\n")


def _fresh(code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # no third-party rule pack on the path
    return subprocess.run([sys.executable, "-c", REPORT + code], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120)


def _loaded(proc: subprocess.CompletedProcess) -> list[str]:
    line = next(x for x in proc.stderr.splitlines() if x.startswith("LOADED "))
    return eval(line.removeprefix("LOADED "))  # a list of str printed by REPORT


def test_importing_the_cli_imports_click_only():
    proc = _fresh("import govaudit.cli")
    assert proc.returncode == 0, proc.stderr
    assert _loaded(proc) == []


@pytest.mark.parametrize("args", [["--help"], ["rules"], ["rules", "TBL001"], ["rules", "--format", "json"]])
def test_help_and_rules_do_not_import_models_or_readers(args):
    proc = _fresh(f"from govaudit.cli import main\nmain({args!r})")
    assert proc.returncode == 0, proc.stderr
    assert _loaded(proc) == []
    assert ("TBL001" in proc.stdout) if args[0] == "rules" else ("rules" in proc.stdout)


def test_the_catalogue_matches_the_registry():
    """A rule added or edited without regenerating the catalogue fails here (it would only make `rules` slower:
    a stale catalogue is not used)."""
    from govaudit.engine import catalogue

    shipped = json.loads(catalogue.CATALOGUE.read_text(encoding="utf-8"))
    assert shipped == catalogue.build(), "engine/catalogue.json is stale: run  python -m govaudit.engine.catalogue"
    assert catalogue.builtin() is not None


def test_rules_listed_from_the_catalogue_equal_the_registry():
    proc = subprocess.run([sys.executable, "-m", "govaudit.cli", "rules", "--format", "json"], capture_output=True,
                          text=True, encoding="utf-8", timeout=120,
                          env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert proc.returncode == 0, proc.stderr
    from govaudit.check_command import _rule_dict
    from govaudit.engine.registry import all_rules

    assert json.loads(proc.stdout) == [_rule_dict(i) for i in all_rules() if i.plugin is None]


def test_a_stale_or_broken_catalogue_is_not_used(tmp_path, monkeypatch):
    from govaudit.engine import catalogue

    data = json.loads(catalogue.CATALOGUE.read_text(encoding="utf-8"))
    stale = tmp_path / "catalogue.json"
    stale.write_text(json.dumps(dict(data, fingerprint="crc32 00000000 0")), encoding="utf-8")
    monkeypatch.setattr(catalogue, "CATALOGUE", stale)
    assert catalogue.builtin() is None
    stale.write_text("{", encoding="utf-8")
    assert catalogue.builtin() is None
    stale.write_text(json.dumps(data), encoding="utf-8")
    assert [i.code for i in catalogue.builtin()[0]] == [r["code"] for r in data["rules"]]


def test_the_fingerprint_follows_the_sources(tmp_path, monkeypatch):
    from govaudit.engine import catalogue

    rules = shutil.copytree(catalogue.packs_dir(), tmp_path / "rules")
    monkeypatch.setattr(catalogue, "packs_root", lambda: str(rules))
    before = catalogue.fingerprint()
    path = sorted(rules.glob("*.toml"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "# 改了一处\n", encoding="utf-8")
    assert catalogue.fingerprint() != before


def test_packs_are_looked_for_only_where_a_distribution_declares_them(tmp_path, monkeypatch):
    """The cheap look at sys.path that spares importing importlib.metadata when no rule pack is installed."""
    from govaudit.engine.plugins import GROUP, _may_have_packs

    other = tmp_path / "other-1.0.dist-info"
    other.mkdir()
    (other / "entry_points.txt").write_text("[console_scripts]\nother = other:main\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert not _may_have_packs()
    pack = tmp_path / "acme-1.0.dist-info"
    pack.mkdir()
    (pack / "entry_points.txt").write_text(f"[{GROUP}]\nacme = acme\n", encoding="utf-8")
    assert _may_have_packs()
    monkeypatch.setattr(sys, "path", [str(tmp_path / "lib.zip")])
    (tmp_path / "lib.zip").write_bytes(b"PK")
    assert _may_have_packs()  # a zip on the path: unsure, so importlib.metadata decides


def test_the_fingerprint_sees_a_rules_metadata_not_its_logic():
    from govaudit.engine.catalogue import _decorators

    src = b'"""m"""\n\n\n@rule("ZZZ001", "t",\n      severity="warning")\ndef check(d, ctx):\n    return []\n'
    assert _decorators(src) == [b'\n@rule("ZZZ001", "t",\n      severity="warning")']
    assert _decorators(src.replace(b"return []", b"return ()")) == _decorators(src)
    assert _decorators(src.replace(b'"t"', b'"u"')) != _decorators(src)


def test_packs_json_matches_the_packs():
    """packs.json is the built-in packs as parsed data; a pack edited without regenerating it fails here (it would
    only be slower: a stale packs.json is not used)."""
    from govaudit.engine import catalogue

    shipped = json.loads(catalogue.PACKS.read_text(encoding="utf-8"))
    assert shipped == catalogue.build_packs(), "engine/packs.json is stale: run  python -m govaudit.engine.catalogue"
    assert set(shipped["packs"]) == {p.name for p in catalogue.packs_dir().glob("*.toml")}


def test_a_pack_rule_from_packs_json_is_the_rule_the_pack_makes():
    """A built-in pack in packs.json gives its rules without checking them (declarative._Deferred, built on first
    use): the same RuleInfo, field by field, as the checked DeclarativeRule of the TOML file, and the same findings."""
    import dataclasses

    from govaudit.engine import catalogue, declarative
    from govaudit.engine.context import Context

    fields = [f.name for f in dataclasses.fields(declarative.RuleInfo) if f.name != "check"]
    count = 0
    for path in sorted(catalogue.packs_dir().glob("*.toml")):
        where = f"rules/{path.name}"
        assert catalogue.is_shipped(path)
        with open(path, "rb") as fh:
            checked = declarative._infos(catalogue._tomllib().load(fh), where, None)
        deferred = declarative.deferred_rules(where, path, [])
        assert [[getattr(i, f) for f in fields] for i in deferred] == [[getattr(i, f) for f in fields] for i in checked]
        count += len(deferred)
    assert count > 100
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    d = recognize(read_workbook(os.path.join(SAMPLES, "决算公开表-2024-上海式-有误.xlsx")))
    for path in sorted(catalogue.packs_dir().glob("tables.toml")):
        with open(path, "rb") as fh:
            checked = declarative._infos(catalogue._tomllib().load(fh), "rules/tables.toml", None)
        deferred = declarative.deferred_rules("rules/tables.toml", path, [])
        found = [f.message for i in deferred for f in i.check(d, Context())]
        assert found and found == [f.message for i in checked for f in i.check(d, Context())]


def test_a_pack_with_a_malformed_rule_or_a_code_used_twice_is_left_out_of_packs_json(tmp_path, monkeypatch):
    """Such a pack is read from its TOML file at start and checked rule by rule (its problems reported as before)."""
    from govaudit.engine import catalogue

    rules = shutil.copytree(catalogue.packs_dir(), tmp_path / "rules")
    monkeypatch.setattr(catalogue, "packs_root", lambda: str(rules))
    (rules / "cross.toml").write_text((rules / "cross.toml").read_text(encoding="utf-8")
                                      + '\n[[rule]]\ncode = "ZZP001"\ntitle = "t"\nleft = ["01:a:amount"]\n',
                                      encoding="utf-8")
    text = (rules / "tables.toml").read_text(encoding="utf-8")
    (rules / "tables.toml").write_text(text + text[text.index("[[rule]]"):], encoding="utf-8")  # its first rule twice
    budget = (rules / "budget_cross.toml").read_text(encoding="utf-8")
    (rules / "budget_cross.toml").write_text(budget.replace('code = "BGX001"', 'code = "CMP001"', 1), encoding="utf-8")
    packs = catalogue.build_packs()["packs"]
    assert "budget_tables.toml" in packs
    assert not {"cross.toml", "tables.toml", "budget_cross.toml"} & set(packs)


def test_packs_json_is_read_line_by_line_as_written(tmp_path):
    """A check takes each pack's text from its line of packs.json (no parse of the whole file): the same packs as the
    file parsed whole; a file not laid out as write() lays it out is parsed whole; a pack line that is not JSON is read
    from its TOML file."""
    from govaudit.engine import catalogue

    text = catalogue.PACKS.read_text(encoding="utf-8")
    whole = json.loads(text)
    fingerprint, packs = catalogue._pack_lines(text)
    assert fingerprint == whole["fingerprint"]
    assert {name: json.loads(pack) for name, pack in packs.items()} == whole["packs"]
    assert catalogue._pack_lines(json.dumps(whole)) is None  # one line: parsed whole instead
    moved = tmp_path / "packs.json"
    moved.write_text(json.dumps(whole), encoding="utf-8")
    catalogue._packs.cache_clear()
    try:
        assert {n: json.loads(p) for n, p in catalogue._packs(str(moved)).items()} == whole["packs"]
        name = sorted(packs)[0]
        broken = text.replace(packs[name], packs[name][:-1], 1)  # the line's last brace lost
        moved.write_text(broken, encoding="utf-8")
        catalogue._packs.cache_clear()
        with open(catalogue.packs_dir() / name, "rb") as fh:
            want = catalogue._tomllib().load(fh)
        catalogue.PACKS, saved = moved, catalogue.PACKS
        try:
            assert catalogue.read_pack(catalogue.packs_dir() / name) == want
        finally:
            catalogue.PACKS = saved
    finally:
        catalogue._packs.cache_clear()


def test_built_in_packs_are_read_without_parsing_toml():
    code = ("import sys\n"
            "from govaudit.engine.catalogue import packs_dir, read_pack\n"
            "data = read_pack(packs_dir() / 'tables.toml')\n"
            "assert data['rule'] and 'tomllib' not in sys.modules, sorted(sys.modules)\n"
            "data['rule'].clear()\n"
            "assert read_pack(packs_dir() / 'tables.toml')['rule']  # each call its own copy\n")
    proc = _fresh(code)
    assert proc.returncode == 0, proc.stderr


def test_a_stale_packs_json_is_not_used(tmp_path, monkeypatch):
    """Once a built-in pack differs from its copy in packs.json, the TOML file itself is read."""
    from govaudit.engine import catalogue

    tomllib = catalogue._tomllib()
    rules = shutil.copytree(catalogue.packs_dir(), tmp_path / "rules")
    monkeypatch.setattr(catalogue, "packs_root", lambda: str(rules))
    catalogue._packs.cache_clear()
    try:
        path = rules / "tables.toml"
        with open(path, "rb") as fh:
            want = tomllib.load(fh)
        assert catalogue.read_pack(path) == want
        path.write_text(path.read_text(encoding="utf-8").replace("本年收入合计", "本年收入总计", 1), encoding="utf-8")
        catalogue._packs.cache_clear()
        got = catalogue.read_pack(path)
        assert got != want and "本年收入总计" in json.dumps(got, ensure_ascii=False)
        path.write_text("[[rule]\n", encoding="utf-8")  # not TOML: the same error as tomllib's
        with pytest.raises(tomllib.TOMLDecodeError):
            catalogue.read_pack(path)
    finally:
        catalogue._packs.cache_clear()


SAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "samples")
# what a check imports only for some inputs or outputs: the Word and PDF readers, the text report's rich, the
# configuration file's pydantic models and TOML parser, the claims reader (running text only); pydantic itself only
# when something validates a model (a plugin's Finding, a configuration file)
FOR_SOME = ("pydantic", "pydantic_core", "govaudit.readers.pdf", "govaudit.readers.docx", "pypdfium2", "pypdfium2_raw", "pypdf", "docx", "rich",
            "govaudit.config_file", "tomllib", "govaudit.recognize.claims", "govaudit.recognize.budget_tables",
            "govaudit.report.text", "xlrd", "odf")


def _check_loads(tmp_path, name: str, *extra: str) -> list[str]:
    """The FOR_SOME modules a `govaudit check` of samples/NAME (copied to a folder without any configuration file)
    imports, in a fresh process."""
    target = tmp_path / name
    shutil.copyfile(os.path.join(SAMPLES, name), target)
    code = ("import sys\n"
            "from govaudit.cli import main\n"
            "try:\n"
            f"    main(['check', {str(target)!r}, *{list(extra)!r}])\n"
            "except SystemExit as exc:\n"
            "    assert exc.code in (0, 1), exc.code\n"
            f"print('LOADED', sorted(m for m in {FOR_SOME!r} if m in sys.modules))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("LOADED "))
    return eval(line.removeprefix("LOADED "))  # a list of str printed above


def test_a_workbook_check_imports_only_what_a_workbook_needs(tmp_path):
    """A 绩效自评表 workbook checked to JSON: no Word or PDF reader, no rich, no TOML parser nor configuration models
    (no configuration file), no claims reader (no running text)."""
    assert _check_loads(tmp_path, "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx", "--format", "json",
                        "-o", str(tmp_path / "r.json")) == []


def test_the_command_checks_a_workbook_without_the_typing_module(tmp_path):
    """`govaudit check` as the installed script runs it (govaudit.fastpath, no click): govaudit's own modules import
    typing only for annotations (TYPE_CHECKING), so a workbook's check never imports it (≈ 12 M instructions)."""
    target = tmp_path / "seed.xlsx"
    shutil.copyfile(os.path.join(SAMPLES, "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx"), target)
    code = ("import sys\n"
            f"sys.argv = ['govaudit', 'check', {str(target)!r}, '--format', 'json', '-o', {str(tmp_path / 'r.json')!r}]\n"
            "from govaudit.fastpath import main\n"
            "try:\n"
            "    main()\n"
            "except SystemExit as exc:\n"
            "    assert exc.code in (0, 1), exc.code\n"
            "print('LOADED', sorted(m for m in ('typing', 'click') if m in sys.modules))\n")
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED []" in proc.stdout.splitlines()


def test_a_disclosure_workbook_check_imports_no_budget_recogniser_nor_document_reader(tmp_path):
    assert _check_loads(tmp_path, "决算公开表-2024-上海式-有误.xlsx", "--format", "json", "-o",
                        str(tmp_path / "r.json")) == []


def test_the_text_report_draws_with_rich(tmp_path):
    """The converse, so that the guard above would see rich if a JSON check imported it."""
    assert _check_loads(tmp_path, "决算公开表-2024-上海式-有误.xlsx") == ["govaudit.report.text", "rich"]


def test_model_field_types_are_evaluated_by_python():
    """The model modules leave their annotations to Python (no postponed annotations): pydantic would otherwise
    compile and evaluate each field's type text in every process (≈ 190 fields, issue 13)."""
    import govaudit.model as model
    from govaudit.model import Finding, Location

    from pathlib import Path

    folder = Path(model.__file__).parent
    postponed = [p.name for p in folder.glob("*.py") if p.name not in ("trusted.py", "base.py")
                 and "\nfrom __future__ import annotations" in "\n" + p.read_text(encoding="utf-8")]
    assert postponed == []
    assert Location.model_fields["bbox"].annotation == tuple[float, float, float, float] | None
    assert Finding.model_fields["locations"].annotation == list[Location]
