"""construct (model/trusted.py) builds the very object pydantic's validation builds from already typed values."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest

from govaudit.model import Figure, Location, Row
from govaudit.model.trusted import construct, factory, in_file


@pytest.mark.parametrize("cls", [Figure, Location])
def test_no_factories_or_private_state(cls):
    # construct fills plain defaults only: a field with a default factory or private attributes needs pydantic;
    # and it shares one fields-set between objects, which only a frozen model leaves alone
    assert cls.model_config.get("frozen")
    assert all(f.default_factory is None for f in cls.model_fields.values())
    assert not cls.__private_attributes__ and not cls.__pydantic_post_init__


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
    with pytest.raises(TypeError):  # a field with a default factory must be given
        construct(Row, **{k: v for k, v in kw.items() if k != "cells"})


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
    with pytest.raises(TypeError):  # a mutable model must be given every field
        factory(Row, "key", "label", "row", "cells")
    with pytest.raises(TypeError):
        factory(Location, "file", "nonsense")


def test_in_file_is_model_copy():
    for loc in (construct(Location, file="a.xlsx", cell="C3"), construct(Location, file="b.xlsx", cell="C3"),
                Location(file="a.xlsx", cell="C3"), construct(Location, cell="C3", file=None)):
        got, want = in_file(loc, "a.xlsx"), loc.model_copy(update={"file": "a.xlsx"})
        assert got == want and got.model_fields_set == want.model_fields_set
