"""Models built from trusted, already typed values without pydantic validation (govaudit's own code, every run).

Pydantic stays at the edges: what users, configuration files and plugins hand in is validated. Inside, the readers,
recognisers and checks build every model from values they have just made in the right types (Decimal, int, str,
Severity, Location…); validating them again was a third of the time of a 100k-cell workbook, and pydantic's own
`model_construct` is slower still (it resolves every default in Python).

Start-up (issue 13): the model classes are declared with `defer_build=True`, so pydantic builds a class's validator
only when something validates one (a plugin's `Finding(...)`, a test). Since govaudit's own code builds them all
here, a check builds none: that spares ≈ 50 ms of schema building (and pydantic's plugin scan) in every process.

`construct` makes the same object `model_construct` makes: the fields in declaration order, defaults filled in (a
default_factory called afresh for each object), `model_fields_set` = the names given. It converts nothing: callers
pass the fields' own types (a list for a list field, a Severity for a severity; tests/test_trusted.py validates
what every sample's check constructs and compares).
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_set = object.__setattr__
# per class: every field's default in declaration order (None where a factory or the caller gives it), and the
# factories of the fields that have one
_SPECS: dict[type, tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...]]] = {}
# One fields-set per combination of names given, shared: a new set per figure and place was 30 % of the memory of a
# big workbook. Nothing changes it in place (frozen models; model_copy copies it before adding the updated names;
# assigning a field of a mutable model replaces nothing in it, see _assign).
_FIELDS_SETS: dict[tuple[str, ...], set[str]] = {}


def _spec(cls: type[BaseModel]):
    defaults, factories = {}, []
    for name, info in cls.model_fields.items():
        defaults[name] = None if info.default_factory is not None or info.is_required() else info.default
        if info.default_factory is not None:
            factories.append((name, info.default_factory))
    return defaults, tuple(factories)


def construct(cls: type[M], **values: Any) -> M:
    """`cls.model_construct(**values)` for models without private attributes or extra fields."""
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _spec(cls)
    defaults, factories = spec
    fields = dict(defaults)
    fields.update(values)
    for name, factory in factories:
        if name not in values:
            fields[name] = factory()
    obj = cls.__new__(cls)
    _set(obj, "__dict__", fields)
    names = tuple(values)
    given = _FIELDS_SETS.get(names)
    if given is None:
        given = _FIELDS_SETS[names] = set(names)
    _set(obj, "__pydantic_fields_set__", given if cls.model_config.get("frozen") else set(given))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj
