"""construct (model/trusted.py) builds the very object pydantic's validation builds from already typed values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govaudit.model import Figure, Location
from govaudit.model.trusted import construct


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
