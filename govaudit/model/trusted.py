"""Models built from trusted, already typed values without pydantic validation (govaudit's own code, every run).

Pydantic stays at the edges: what users, configuration files and plugins hand in is validated. Inside, the readers,
recognisers and checks build every model from values they have just made in the right types (Decimal, int, str,
Severity, Location…); validating them again was a third of the time of a 100k-cell workbook, and pydantic's own
`model_construct` is slower still (it resolves every default in Python).

Start-up (issue 13): the model classes are plain classes with pydantic's API (`model/base.py`); pydantic is imported
and a class's validator built only when something validates one (a plugin's `Finding(...)`, a test). Since govaudit's
own code builds them all here, a check imports no pydantic (≈ 110 ms of a small workbook's check on an idle core).

`construct` makes the same object pydantic's `model_construct` makes: the fields in declaration order, defaults filled in (a
default_factory called afresh for each object), `model_fields_set` = the names given. It converts nothing: callers
pass the fields' own types (a list for a list field, a Severity for a severity; tests/test_trusted.py validates
what every sample's check constructs and compares).

Memory (issue 13, per cell): each object's `__dict__` is a key-sharing dict (PEP 412), the kind CPython gives the
instances of a plain class: the field names are stored once per model, each object keeps only its values (a
Location's dict is 176 bytes instead of 464). It is an ordinary dict to everyone (pydantic's ==, hash, copy, dump,
pickle); it is made by a small generated class whose `__init__` stores every field in declaration order.
"""

from __future__ import annotations

from govaudit.codetable import function
from govaudit.model.base import Model

TYPE_CHECKING = False  # no typing at run time: the annotations are strings (issue 13)
if TYPE_CHECKING:
    from typing import Any, Callable, TypeVar

    M = TypeVar("M", bound=Model)

_set = object.__setattr__
# One fields-set per combination of names given, shared: a new set per figure and place was 30 % of the memory of a
# big workbook. Nothing changes it in place: frozen models cannot be assigned to and model_copy copies it before
# adding the updated names; a mutable model gets its own copy, unless every field was given (pydantic's assignment
# adds the field's name to the set, which is then there already: a Row, one per printed row).
_FIELDS_SETS: dict[tuple[str, ...], set[str]] = {}
# (class, the names given in their order) → the function making it from those values given positionally
_MAKERS: dict[tuple, Callable[..., Any]] = {}


def _maker(cls: type[M], names: tuple[str, ...]) -> Callable[..., M]:
    """A function making `cls` from the values of `names` given positionally in that order, the other fields their
    defaults (a default factory called afresh for each object; None for a required field not given, as
    model_construct leaves it out). The values are stored by a values class of this maker's own, positionally
    (keywords matched by name were a third of making a figure's place), every field in declaration order: its
    instances' dicts share their keys (PEP 412) and equal what pydantic's model_construct makes."""
    unknown = set(names) - set(cls.model_fields)
    if unknown or len(set(names)) < len(names) or not all(n.isidentifier() for n in names):
        raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)}")
    given = _FIELDS_SETS.get(names)
    if given is None:
        given = _FIELDS_SETS[names] = set(names)
    shared = bool(cls.model_config.get("frozen")) or set(names) == set(cls.model_fields)
    env: dict[str, Any] = {}
    body = []
    for i, (name, info) in enumerate(cls.model_fields.items()):
        if name in names:
            value = name
        elif info.default_factory is not None:
            env[f"_f{i}"] = info.default_factory
            value = f"_f{i}()"
        else:
            env[f"_d{i}"] = None if info.is_required() else info.default
            value = f"_d{i}"
        body.append(f"    self.{name} = {value}\n")
    init = function(f"def __init__(self, {', '.join(names)}):\n{''.join(body)}", env, "__init__")  # (exec: codetable)
    values = type(f"_{cls.__name__}Values", (), {"__init__": init, "__module__": __name__})
    args = ", ".join(names)
    src = (f"def make({args}):\n"
           "    obj = _new(_cls)\n"
           f"    _set(obj, '__dict__', _values({args}).__dict__)\n"
           f"    _set(obj, '__pydantic_fields_set__', {'_given' if shared else 'set(_given)'})\n"
           "    return obj\n")
    env = {"_new": cls.__new__, "_cls": cls, "_set": _set, "_values": values, "_given": given}
    return function(src, env, "make")  # exec(src, env), compiled with the package when it can (govaudit/codetable.py)


def construct(cls: type[M], **values: Any) -> M:
    """`cls.model_construct(**values)` for models without private attributes or extra fields."""
    key = (cls, *values)
    make = _MAKERS.get(key)
    if make is None:
        make = _made(key)
    return make(*values.values())


def _made(key: tuple) -> Callable[..., Any]:
    """The maker of (class, *names), made once."""
    make = _MAKERS.get(key)
    if make is None:
        make = _MAKERS[key] = _maker(key[0], key[1:])
    return make


def factory(cls: type[M], *names: str) -> Callable[..., M]:
    """A function making `cls` from the values of `names`, given positionally in that order: construct(cls, **dict(
    zip(names, values))) without the keyword handling per object (the recogniser makes one per printed cell).
    Frozen models whose unnamed fields have plain defaults only, or a mutable model given every field (its fields set
    then already holds every name an assignment adds: shared, as construct() shares it; a Row per printed row)."""
    unknown = set(names) - set(cls.model_fields)
    if unknown or not all(n.isidentifier() for n in names):
        raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)}")
    frozen = bool(cls.model_config.get("frozen"))
    if (not frozen and set(names) != set(cls.model_fields)) or any(
            info.default_factory is not None and name not in names for name, info in cls.model_fields.items()):
        raise TypeError(f"{cls.__name__}: factory() is for frozen models without factories, or given every field "
                        "(use construct)")
    return _made((cls, *names))


def in_file(loc: M, path: str) -> M:
    """loc.model_copy(update={"file": path}): a frozen place that already names that file as given is that copy
    (equal, the same fields set), so it is handed on as it is: a sum over a thousand rows copied a thousand places."""
    if loc.file == path and "file" in loc.model_fields_set:
        return loc
    return loc.model_copy(update={"file": path})
