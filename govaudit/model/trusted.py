"""Models built from trusted, already typed values without pydantic validation (the hot path of a big workbook).

Pydantic stays at the edges: what users, configuration files and plugins hand in is validated. Inside, the
recogniser makes a Figure and a Location for every printed cell (and a Row for every printed row), from values it
has just parsed into the right types (Decimal, int, str); validating them again was a third of the time of a
100k-cell workbook, and pydantic's own `model_construct` is slower still (it resolves every default in Python).
`construct` makes the same object `model_construct` makes: the fields in declaration order, defaults filled in,
`model_fields_set` = the names given.

Memory: each object's `__dict__` is a key-sharing dict (PEP 412), the kind CPython gives the instances of a plain
class: the field names are stored once per model, each object keeps only its values (a Location's dict is 176
bytes instead of 464). It is an ordinary dict to everyone (pydantic's ==, hash, copy, dump, pickle); it is made
by a small generated class whose `__init__` stores every field in declaration order, then handed over.
"""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_set = object.__setattr__
_MAKERS: dict[type, Callable[..., Any]] = {}
# One fields-set per combination of names given, shared: a new set per figure and place was 30 % of the memory of a
# big workbook. Nothing changes it in place: frozen models cannot be assigned to and model_copy copies it before
# adding the updated names; a mutable model (Row) is built with every field given, so pydantic's assignment (which
# adds the field's name to the set) finds the name there already.
_FIELDS_SETS: dict[tuple[str, ...], frozenset[str] | set[str]] = {}


def _maker(cls: type[BaseModel]) -> Callable[..., Any]:
    """A plain class whose instances hold the model's fields, defaults filled in, in declaration order: its
    instances' __dict__ share their keys (only immutable defaults are supported; a factory field must be given)."""
    params, body, env = [], [], {}
    for i, (name, info) in enumerate(cls.model_fields.items()):
        if info.default_factory is not None or info.is_required():
            params.append(name)  # a missing one is a TypeError, as it should be
        else:
            env[f"_d{i}"] = info.default
            params.append(f"{name}=_d{i}")
        body.append(f"    self.{name} = {name}")
    src = f"def __init__(self, *, {', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(src, env)  # noqa: S102 (field names come from the model class, not from input)
    return type(f"_{cls.__name__}Values", (), {"__init__": env["__init__"], "__module__": __name__})


def construct(cls: type[M], **values: Any) -> M:
    """`cls.model_construct(**values)` for models without validators, private attributes or extra fields; a field
    with a default factory must be given, and a mutable model must be given every field (see _FIELDS_SETS)."""
    maker = _MAKERS.get(cls)
    if maker is None:
        maker = _MAKERS[cls] = _maker(cls)
    obj = cls.__new__(cls)
    _set(obj, "__dict__", maker(**values).__dict__)
    names = tuple(values)
    given = _FIELDS_SETS.get(names)
    if given is None:
        given = _FIELDS_SETS[names] = set(names)
    _set(obj, "__pydantic_fields_set__", given)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def factory(cls: type[M], *names: str) -> Callable[..., M]:
    """A function making `cls` from the values of `names`, given positionally in that order: construct(cls, **dict(
    zip(names, values))) without the keyword handling per object (the recogniser makes one per printed cell)."""
    if not cls.model_config.get("frozen") and set(names) != set(cls.model_fields):
        raise TypeError(f"{cls.__name__} is mutable: give every field (see _FIELDS_SETS)")
    unknown = set(names) - set(cls.model_fields)
    if unknown or not all(n.isidentifier() for n in names):
        raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)}")
    maker = _MAKERS.get(cls)
    if maker is None:
        maker = _MAKERS[cls] = _maker(cls)
    given = _FIELDS_SETS.setdefault(names, set(names))
    args = ", ".join(names)
    src = (f"def make({args}):\n"
           "    obj = new(cls)\n"
           f"    set_(obj, '__dict__', maker({', '.join(f'{n}={n}' for n in names)}).__dict__)\n"
           "    set_(obj, '__pydantic_fields_set__', given)\n"
           "    set_(obj, '__pydantic_extra__', None)\n"
           "    set_(obj, '__pydantic_private__', None)\n"
           "    return obj\n")
    env = {"new": cls.__new__, "cls": cls, "set_": _set, "maker": maker, "given": given}
    exec(src, env)  # noqa: S102 (names are the model's own field names, checked above)
    return env["make"]


def in_file(loc: M, path: str) -> M:
    """loc.model_copy(update={"file": path}): a frozen place that already names that file as given is that copy
    (equal, the same fields set), so it is handed on as it is: a sum over a thousand rows copied a thousand places."""
    if loc.file == path and "file" in loc.model_fields_set:
        return loc
    return loc.model_copy(update={"file": path})
