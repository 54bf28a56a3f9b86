"""Models built from trusted, already typed values without pydantic validation (the hot path of a big workbook).

Pydantic stays at the edges: what users, configuration files and plugins hand in is validated. Inside, the
recogniser makes a Figure and a Location for every printed cell, from values it has just parsed into the right types
(Decimal, int, str); validating them again was a third of the time of a 100k-cell workbook, and pydantic's own
`model_construct` is slower still (it resolves every default in Python). `construct` makes the same object
`model_construct` makes: the fields in declaration order, defaults filled in, `model_fields_set` = the names given.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_set = object.__setattr__
_DEFAULTS: dict[type, dict[str, Any]] = {}
# One fields-set per combination of names given, shared: a new set per figure and place was 30 % of the memory of a
# big workbook. Nothing changes it in place (frozen models; model_copy copies it before adding the updated names).
_FIELDS_SETS: dict[tuple[str, ...], set[str]] = {}


def _defaults(cls: type[BaseModel]) -> dict[str, Any]:
    """Every field's default (fields in declaration order); only immutable defaults are supported."""
    out = {}
    for name, info in cls.model_fields.items():
        if info.default_factory is not None or info.is_required():
            out[name] = None  # always given by the callers of construct (checked in tests)
        else:
            out[name] = info.default
    return out


def construct(cls: type[M], **values: Any) -> M:
    """`cls.model_construct(**values)` for frozen models without factories, private attributes or extra fields."""
    defaults = _DEFAULTS.get(cls)
    if defaults is None:
        defaults = _DEFAULTS[cls] = _defaults(cls)
    fields = dict(defaults)
    fields.update(values)
    obj = cls.__new__(cls)
    _set(obj, "__dict__", fields)
    names = tuple(values)
    given = _FIELDS_SETS.get(names)
    if given is None:
        given = _FIELDS_SETS[names] = set(names)
    _set(obj, "__pydantic_fields_set__", given)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
