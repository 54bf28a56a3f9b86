"""The rule packs in rules/ must ship inside the wheel: a user's install has no source tree."""

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_rule_packs(tmp_path):
    cmd = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.append("--no-build-isolation")
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("govaudit-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("govaudit/_rules/")}
    in_repo = {p.name for p in (ROOT / "rules").glob("*.toml")}
    assert in_repo and in_repo <= shipped
    assert "govaudit/cli.py" in names
    assert "govaudit/engine/catalogue.json" in names  # `govaudit rules` lists the built-in rules from it


def test_installed_rules_are_loaded():
    from govaudit.engine.declarative import packs_dir
    from govaudit.engine.registry import all_rules

    assert (packs_dir() / "tables.toml").is_file()
    sources = {r.source for r in all_rules()}
    assert "rules/tables.toml" in sources and "rules/cross.toml" in sources
