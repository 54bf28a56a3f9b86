"""Patterns compiled on first use (govaudit/lazyre.py, start-up time, issue 13) must behave as re.compile's, and a
check of a workbook must not compile the patterns its input does not need (the narrative's, on a 绩效自评表 only)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import govaudit
from govaudit.lazyre import LazyPattern, lazy

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_a_lazy_pattern_is_the_compiled_pattern_once_used():
    pat = lazy(r"(\d+)万元", re.I)
    assert "search" not in vars(pat) and pat.pattern == r"(\d+)万元"
    assert pat.search("共 12万元").group(1) == "12"
    assert vars(pat)["search"].__self__ is re.compile(r"(\d+)万元", re.I)  # the compiled pattern's own method now
    assert pat.sub("X", "3万元") == "X" and pat.findall("1万元2万元") == ["1", "2"] and pat.groups == 1
    assert pat.flags == re.compile(r"(\d+)万元", re.I).flags


def test_every_lazy_pattern_of_the_package_compiles_and_matches_as_re_would():
    found = 0
    for mod in pkgutil.walk_packages(govaudit.__path__, "govaudit."):
        module = importlib.import_module(mod.name)
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                found += 1
                eager = re.compile(value.pattern, value.source_flags)
                assert value.compiled().pattern == eager.pattern, f"{mod.name}.{name}"
    assert found >= 50


def test_a_performance_workbook_check_compiles_no_narrative_pattern(tmp_path):
    """The seed-size 绩效自评表 workbook has no running text: the claims reader's ≈ 30 patterns stay uncompiled."""
    code = ("import sys\n"
            "from govaudit.cli import main\n"
            "try:\n"
            "    main(['check', sys.argv[1], '--format', 'json', '-o', 'out.json'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "from govaudit.lazyre import LazyPattern\n"
            "import govaudit.recognize.claims as c\n"
            "lazy = [n for n, v in vars(c).items() if isinstance(v, LazyPattern)]\n"
            "print(len(lazy), sorted(n for n in lazy if 'search' in vars(getattr(c, n))))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    path = SAMPLES / "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx"
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, encoding="utf-8",
                          cwd=tmp_path, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    count, used = proc.stdout.split(maxsplit=1)
    assert int(count) >= 25 and used.strip() == "[]"
