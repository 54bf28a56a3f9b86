"""construct (model/trusted.py) builds the very object pydantic's validation builds from already typed values, and
govaudit's own code builds every model with it, so a check imports no pydantic at all (start-up, issue 13) while a
plugin's or a user's models are still validated by pydantic. The model classes (model/base.py) are plain classes with
pydantic's model API: the tests below hold them to the pydantic model of the same fields."""

from __future__ import annotations

import copy
import json
import os
import pickle
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pydantic
import pytest
from pydantic import ValidationError

import govaudit.model as model
from govaudit.model import base
from govaudit.model.base import Model
from govaudit.model import Figure, Finding, Location, Row, Severity
from govaudit.model.trusted import construct, factory, in_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# one of each kind of input: a workbook of 绩效自评表, 决算 tables with a narrative, 预算 tables, Word, PDF
KINDS = ["绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx", "情况说明与公开表-2019-有误.xlsx",
         "预算公开表-2019-江苏式-有误.xlsx", "预算公开表-2026-上海部门-有误.xlsx", "决算公开表-2019-中央式-有误.xlsx",
         "决算公开-2019-唐山高新区人社局-原样有误.docx", "决算公开表-2024-上海式-有误.pdf", "绩效自评表-四川式-有误.pdf"]
MODELS = [getattr(model, n) for n in model.__all__ if isinstance(getattr(model, n), type)
          and hasattr(getattr(model, n), "model_fields")]


def test_every_model_is_a_plain_model():
    assert MODELS and all(issubclass(cls, Model) and not hasattr(cls, "__pydantic_complete__") for cls in MODELS)


def _samples():
    """One object of each model, validated (so pydantic's model of the same fields has the same values)."""
    loc = Location(file="a.xlsx", sheet="03支出", cell="C12", row_label="2011001 行政运行", bbox=(1, 2.5, 3, 4))
    fig = Figure(value="61.83", decimals=2, source=loc)
    return [loc, fig, Row(key="total", label="合计", row=7, cells={"total": fig, "basic": None}),
            Finding(code="TBL001", severity="error", message="m", file="a.xlsx", locations=[loc, {"file": "b"}],
                    context={"rows": [["1"]]}),
            model.Claim(kind="amount", subject="支出", sentence="s", paragraph=1, sentence_no=1, location=loc,
                        amount={"value": Decimal(1), "decimals": 0, "unit": "万元", "text": "1万元"},
                        item=["208", "05"]),
            model.Result(files=[model.FileStatus(path="a", status="checked")])]


def test_models_behave_as_the_pydantic_model_of_their_fields():
    """Each object against pydantic's own object of the same class name and fields (the validator model/base.py
    builds): the same repr and str (so the same values, types and field order), dump, fields set, and copies."""
    for obj in _samples():
        cls = type(obj)
        real = base._validator(cls)(**{k: getattr(obj, k) for k in obj.model_fields_set})
        assert isinstance(real, pydantic.BaseModel) and list(cls.model_fields) == list(type(real).model_fields)
        for name, info in cls.model_fields.items():
            want = type(real).model_fields[name]
            assert (info.annotation, info.is_required(), info.default_factory) == (
                want.annotation, want.is_required(), want.default_factory), name
            if not info.is_required() and info.default_factory is None:
                assert info.default == want.default, name
        assert repr(obj) == repr(real) and str(obj) == str(real) and obj.model_dump() == real.model_dump()
        assert obj.model_fields_set == real.model_fields_set
        assert list(obj) == list(real)
        first = next(iter(cls.model_fields))
        moved = obj.model_copy(update={first: getattr(obj, first)})
        assert moved == obj and moved is not obj and moved.model_fields_set == obj.model_fields_set | {first}
        deep = obj.model_copy(deep=True)
        assert deep == obj and repr(deep) == repr(obj)
        assert copy.copy(obj) == obj and copy.deepcopy(obj) == obj and pickle.loads(pickle.dumps(obj)) == obj
        assert pickle.loads(pickle.dumps(obj)).model_fields_set == obj.model_fields_set
        assert obj != real and obj.model_copy(update={first: "changed"}) != obj
        if cls.model_config.get("frozen"):
            assert hash(obj) == hash(obj.model_copy())
            with pytest.raises(ValidationError, match="frozen_instance"):
                setattr(obj, first, getattr(obj, first))
        else:
            with pytest.raises(TypeError):
                hash(obj)
            with pytest.raises(ValueError, match="has no field"):
                obj.nonsense = 1


def test_assigning_a_field_as_pydantic_does():
    row = Row(key="total", label="合计", row=7)
    row.sheet = "续表"
    assert row.sheet == "续表" and "sheet" in row.model_fields_set and row.model_dump()["sheet"] == "续表"


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


def test_row_is_mutable_and_shares_nothing_it_changes():
    # a Row is built with every field given, so assigning one (as 续表 and duplicate keys do) leaves the shared
    # fields-set as it was
    kw = dict(key="2080505", label="机关事业单位基本养老保险缴费支出", code="2080505", side=0, row=12,
              label_cell="B12", cells={}, sheet=None)
    a, b, want = construct(Row, **kw), construct(Row, **{**kw, "cells": {}}), Row(**kw)
    assert a == want and a.model_fields_set == want.model_fields_set and list(a.__dict__) == list(want.__dict__)
    a.key = "2080505#30"
    a.cells["total"] = None
    assert b.key == "2080505" and b.cells == {} and b.model_fields_set == set(kw)
    c = construct(Row, **{k: v for k, v in kw.items() if k != "cells"})  # not every field: its own fields-set
    c.sheet = "续表"
    assert c.cells == {} and c.cells is not a.cells and "sheet" in c.model_fields_set
    assert a.model_fields_set == set(kw)


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="key-sharing dicts are CPython's")
def test_values_only_per_object():
    # each object's __dict__ shares its keys with the others of its model: smaller than a dict of its own
    loc = construct(Location, file="a.xlsx", sheet="s", cell="C12", row_label="r", col_label="c")
    assert sys.getsizeof(loc.__dict__) < sys.getsizeof(dict(loc.__dict__))


def test_factory_is_construct():
    make = factory(Location, "file", "sheet", "cell", "row_label", "col_label")
    kw = dict(file="a.xlsx", sheet="03支出", cell="C12", row_label="2011001 行政运行", col_label="合计")
    loc = make(*kw.values())
    assert loc == Location(**kw) and loc.model_fields_set == set(kw) and repr(loc) == repr(Location(**kw))
    fig = factory(Figure, "value", "decimals", "source")(Decimal("1.5"), 1, loc)
    assert fig == Figure(value=Decimal("1.5"), decimals=1, source=loc) and fig.model_fields_set == {"value", "decimals", "source"}
    with pytest.raises(TypeError):  # a mutable model is made by construct, unless every field is given
        factory(Row, "key", "label", "row", "cells")
    names = ("key", "label", "code", "side", "row", "label_cell", "cells", "sheet")
    values = ("2011001", "行政运行", "2011001", 0, 12, "A12", {"total": fig}, None)
    row, twin = factory(Row, *names)(*values), construct(Row, **dict(zip(names, values)))
    assert row == twin and repr(row) == repr(twin) and row.model_fields_set == twin.model_fields_set == set(names)
    assert list(row.__dict__) == list(twin.__dict__) == list(Row.model_fields)
    row.key = "2011001#12"  # assignment as build() renames a repeated key: the shared fields set holds it already
    assert row.model_fields_set == set(names) and row.key == "2011001#12" and twin.key == "2011001"
    with pytest.raises(TypeError):
        factory(Location, "file", "nonsense")


def test_in_file_is_model_copy():
    for loc in (construct(Location, file="a.xlsx", cell="C3"), construct(Location, file="b.xlsx", cell="C3"),
                Location(file="a.xlsx", cell="C3"), construct(Location, cell="C3", file=None)):
        got, want = in_file(loc, "a.xlsx"), loc.model_copy(update={"file": "a.xlsx"})
        assert got == want and got.model_fields_set == want.model_fields_set


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


def test_a_check_imports_no_pydantic(tmp_path):
    """In a fresh process, checking every kind of input (and --together, and a configuration file's absence) imports
    no pydantic (≈ 110 ms of a small workbook's check on an idle core): every model is built by construct."""
    code = ("import json, sys\n"
            "from govaudit.cli import main\n"
            "try:\n"
            "    main(['check', *sys.argv[1:], '--format', 'json', '-o', 'report.json'])\n"
            "except SystemExit:\n"
            "    pass\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core'))))\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    for args in ([str(SAMPLES / n) for n in KINDS],
                 ["--together", str(SAMPLES / "情况说明与公开表-2019-有误.xlsx"), str(SAMPLES / KINDS[4])]):
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, encoding="utf-8",
                              cwd=tmp_path, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
