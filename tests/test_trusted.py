"""construct (model/trusted.py) builds the very object pydantic's validation builds from already typed values, and
govaudit's own code builds every model with it, so a check builds no pydantic validator at all (start-up, issue 13)
while a plugin's or a user's models are still validated."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

import govaudit.model as model
from govaudit.model import Figure, Finding, Location, Severity
from govaudit.model.trusted import construct

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# one of each kind of input: a workbook of 绩效自评表, 决算 tables with a narrative, 预算 tables, Word, PDF
KINDS = ["绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx", "情况说明与公开表-2019-有误.xlsx",
         "预算公开表-2019-江苏式-有误.xlsx", "预算公开表-2026-上海部门-有误.xlsx", "决算公开表-2019-中央式-有误.xlsx",
         "决算公开-2019-唐山高新区人社局-原样有误.docx", "决算公开表-2024-上海式-有误.pdf", "绩效自评表-四川式-有误.pdf"]
MODELS = [getattr(model, n) for n in model.__all__ if isinstance(getattr(model, n), type)
          and hasattr(getattr(model, n), "model_fields")]


def test_private_state():
    # construct fills fields only: private attributes or a post-init hook would need pydantic's own construction
    for cls in MODELS:
        assert not cls.__private_attributes__ and not cls.__pydantic_post_init__, cls
        assert cls.model_config.get("defer_build"), cls  # built only when something validates one


def test_same_object_as_validated():
    kw = dict(file="a.xlsx", sheet="03支出", cell="C12", row_label="2011001 行政运行", col_label="合计")
    loc, want_loc = construct(Location, **kw), Location(**kw)
    assert loc == want_loc and hash(loc) == hash(want_loc)
    assert loc.model_fields_set == want_loc.model_fields_set
    assert list(loc.__dict__) == list(want_loc.__dict__)  # field order, for repr and iteration
    fig = construct(Figure, value=Decimal("61.83"), decimals=2, unit="万元", percent=False, text="", source=loc)
    want = Figure(value=Decimal("61.83"), decimals=2, unit="万元", percent=False, text="", source=want_loc)
    assert fig == want and fig.model_dump() == want.model_dump() and repr(fig) == repr(want)
    assert fig.interval() == (Decimal("61.825"), Decimal("61.835"))
    assert fig.model_copy(update={"decimals": 1}).half_unit == Decimal("0.05")
    with pytest.raises(Exception):  # still frozen
        fig.decimals = 3
    other = construct(Location, **kw)
    moved = other.model_copy(update={"page": 3})
    assert moved.model_fields_set == set(kw) | {"page"} and loc.model_fields_set == set(kw)  # shared set untouched


def test_factories_give_each_object_its_own():
    a = construct(Finding, code="TBL001", severity=Severity.error, message="m", file="f")
    b = construct(Finding, code="TBL001", severity=Severity.error, message="m", file="f")
    a.locations.append(construct(Location, file="f"))
    assert b.locations == [] and a.locations is not b.locations
    assert a.model_fields_set == {"code", "severity", "message", "file"}
    a.table = "公开01表"  # a mutable model's fields-set is its own
    assert "table" in a.model_fields_set and "table" not in b.model_fields_set


def test_what_others_hand_in_is_still_validated():
    """A plugin's Finding, a user's Location: pydantic validates them (the validator is built on first use)."""
    with pytest.raises(ValidationError):
        Finding(code="ACME001", severity="fatal", message="m", file="f")
    f = Finding(code="ACME001", severity="warning", message="m", file="f", locations=(Location(file="f"),))
    assert f.severity is Severity.warning and isinstance(f.locations, list)


def _verifying(monkeypatch, seen: dict):
    """Every construct() call made by govaudit's modules also validates the same values and compares the two
    objects by repr, which tells a Decimal from an int, a list from a tuple, an enum from its string."""

    def checked(cls, **values):
        obj = construct(cls, **values)
        want = cls(**values)
        assert repr(obj) == repr(want), f"{cls.__name__}: construct differs from validation"
        assert obj.model_fields_set == want.model_fields_set
        seen[cls.__name__] = seen.get(cls.__name__, 0) + 1
        return obj

    for name, mod in list(sys.modules.items()):
        if name.startswith("govaudit") and getattr(mod, "construct", None) is construct:
            monkeypatch.setattr(mod, "construct", checked)


def test_every_construct_of_a_check_equals_validation(monkeypatch):
    from govaudit.cli import main  # noqa: F401 (imports what a check imports)
    from govaudit.config import Resolver
    from govaudit.engine.registry import all_rules
    from govaudit.pipeline import check_paths

    all_rules()
    import govaudit.recognize.budget_tables, govaudit.recognize.sanshi, govaudit.readers.pdf  # noqa: E401,F401

    seen: dict[str, int] = {}
    _verifying(monkeypatch, seen)
    result = check_paths([str(SAMPLES / n) for n in KINDS], options_for=Resolver().options_for)
    assert all(s.status == "checked" for s in result.files), [s.error for s in result.files]
    assert result.findings
    assert {"Finding", "Location", "Figure", "Disclosure", "Table", "Row", "PerformanceForm", "Claim",
            "TextParagraph"} <= set(seen)


def test_a_check_builds_no_validator(tmp_path):
    """In a fresh process, checking every kind of input (and --together, and a configuration file's absence) leaves
    every model class unbuilt: no pydantic schema was generated (≈ 50 ms per process)."""
    code = ("import json, sys\n"
            "from govaudit.cli import main\n"
            "import govaudit.model as m, govaudit.config as c\n"
            "try:\n"
            "    main(['check', *sys.argv[1:], '--format', 'json', '-o', 'report.json'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "classes = [getattr(m, n) for n in m.__all__] + [c.FileConfig, c.PerformanceConfig]\n"
            "print(json.dumps(sorted(k.__name__ for k in classes if getattr(k, '__pydantic_complete__', False))))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    for args in ([str(SAMPLES / n) for n in KINDS],
                 ["--together", str(SAMPLES / "情况说明与公开表-2019-有误.xlsx"), str(SAMPLES / KINDS[4])]):
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, encoding="utf-8",
                              cwd=tmp_path, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
