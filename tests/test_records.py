"""govaudit.records: dataclasses without the standard module's start-up cost (issue 13), the same classes.

Every class govaudit declares with `govaudit.records.dataclass` is compared with the class the standard module makes of
the same fields (signature, docstring, repr, ==, hash, frozen, slots, pickle, dataclasses.fields/replace/asdict), and
a workbook's check imports neither `dataclasses` nor `inspect` (with ast, dis, tokenize: ≈ 22 ms of a seed-size
check with the class building; this last test fails on the code before).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import govaudit
from govaudit import records
from govaudit.engine.registry import module_names

ROOT = Path(__file__).resolve().parent.parent


def _all_record_classes() -> list[type]:
    found = {}
    for info in pkgutil.walk_packages(govaudit.__path__, "govaudit."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional third-party reader missing
            continue
        for value in vars(module).values():
            if isinstance(value, type) and "_records_fields" in vars(value) and value.__module__ == info.name:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


CLASSES = _all_record_classes()


def _twin(cls: type) -> type:
    """The class the standard module makes of cls's fields and parameters."""
    body: dict = {"__annotations__": {f.name: f.type for f in cls._records_fields}, "__module__": cls.__module__,
                  "__qualname__": cls.__qualname__}
    for f in cls._records_fields:
        if f.default_factory is not records.MISSING:
            body[f.name] = dataclasses.field(default_factory=f.default_factory, repr=f.repr, compare=f.compare)
        elif f.default is not records.MISSING:
            body[f.name] = dataclasses.field(default=f.default, repr=f.repr, compare=f.compare)
    if not cls.__doc__.startswith(cls.__name__ + "("):
        body["__doc__"] = cls.__doc__
    return dataclasses.dataclass(type(cls.__name__, (), body), **cls._records_params)


def _values(cls: type) -> dict:
    return {f.name: (i, f.name) for i, f in enumerate(cls._records_fields)}  # hashable, distinct, with a repr


def test_there_are_classes_to_compare():
    assert len(CLASSES) >= 35


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_each_class_is_what_dataclasses_makes(cls):
    twin = _twin(cls)
    assert str(inspect.signature(cls)) == str(inspect.signature(twin))
    assert cls.__doc__ == twin.__doc__
    assert ("__slots__" in vars(cls)) == ("__slots__" in vars(twin)) and getattr(cls, "__slots__", None) == getattr(
        twin, "__slots__", None)
    assert cls.__match_args__ == twin.__match_args__
    for f in cls._records_fields:  # class attributes: plain defaults stay (with slots: the slots), factories' do not
        assert (f.name in vars(cls)) == (f.name in vars(twin))
        if "__slots__" not in vars(cls):
            assert vars(cls).get(f.name) == vars(twin).get(f.name)
    values = _values(cls)
    a, b = cls(**values), twin(**values)
    assert repr(a) == repr(b)
    assert a == cls(**values) and not (a != cls(**values)) and (a == b) is False
    assert (cls.__hash__ is None) == (twin.__hash__ is None)
    if cls.__hash__ is not None:
        assert hash(a) == hash(b)
    first = cls._records_fields[0].name if cls._records_fields else None
    if first:
        other = dict(values, **{first: "other"})
        assert a != cls(**other) and (a == cls(**other)) == (b == twin(**other))
        changed = dataclasses.replace(a, **{first: "other"})
        assert changed == cls(**other) and records.replace(a, **{first: "other"}) == changed
        assert dataclasses.asdict(a) == dataclasses.asdict(b)
        assert [f.name for f in dataclasses.fields(a)] == [f.name for f in dataclasses.fields(b)]
    assert dataclasses.is_dataclass(a) and dataclasses.is_dataclass(cls)
    if cls._records_params["frozen"] and first:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(a, first, 1)
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(a, first)
    for f in cls._records_fields:  # a factory's default is made afresh for each object
        if f.default_factory is not records.MISSING:
            x, y = cls(**{k: v for k, v in values.items() if k != f.name}), twin(
                **{k: v for k, v in values.items() if k != f.name})
            assert getattr(x, f.name) == getattr(y, f.name)
            assert getattr(x, f.name) is not getattr(cls(**{k: v for k, v in values.items() if k != f.name}), f.name) \
                or getattr(x, f.name) == f.default_factory() and not isinstance(getattr(x, f.name), (list, dict, set))


def test_frozen_slots_objects_pickle_and_compare():
    from govaudit.readers.base import Origin

    o = Origin(table=1, row=2, col=3, bbox=(1.0, 2.0, 3.0, 4.0))
    assert pickle.loads(pickle.dumps(o)) == o and hash(pickle.loads(pickle.dumps(o))) == hash(o)
    assert o != Origin(table=1, row=2, col=4) and {o: 1}[Origin(table=1, row=2, col=3, bbox=(1.0, 2.0, 3.0, 4.0))] == 1
    assert (o == (1, 2, 3)) is False


def test_a_recursive_repr_and_what_is_refused():
    @records.dataclass
    class Node:
        items: list = records.field(default_factory=list)

    n = Node()
    n.items.append(n)
    assert repr(n) == "test_a_recursive_repr_and_what_is_refused.<locals>.Node(items=[...])"
    with pytest.raises(ValueError):
        records.dataclass(type("Bad", (), {"__annotations__": {"x": "list"}, "x": []}))
    with pytest.raises(TypeError):
        records.dataclass(type("Bad", (), {"__annotations__": {"x": "int", "y": "int"}, "x": 1}))
    with pytest.raises(TypeError):
        records.dataclass(type("Bad", (), {"__annotations__": {"x": "ClassVar[int]"}}))
    with pytest.raises(TypeError):
        records.dataclass(order=True)
    with pytest.raises(TypeError):
        records.dataclass(type("Sub", (Node,), {"__annotations__": {"y": "int"}}))


def test_module_names_are_pkgutils():
    import govaudit.checks
    import govaudit.readers
    import govaudit.recognize

    for package in (govaudit, govaudit.checks, govaudit.readers, govaudit.recognize):
        assert module_names(package.__path__) == [m.name for m in pkgutil.iter_modules(package.__path__)]


def test_a_workbook_check_imports_neither_dataclasses_nor_inspect():
    sample = ROOT / "samples" / "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx"
    code = ("import sys\nfrom govaudit.fastpath import main\n"
            f"sys.argv = ['govaudit', 'check', {str(sample)!r}, '--format', 'json']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('dataclasses', 'inspect', 'ast', 'dis') if m in sys.modules], file=sys.stderr)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert run.stderr.strip().splitlines()[-1] == "[]", (
        "a check imported the standard dataclasses/inspect: declare classes with `from govaudit.records import "
        "dataclass, field` (and no pkgutil/inspect on a check's way)\n" + run.stderr[-2000:])
    assert '"findings"' in run.stdout
