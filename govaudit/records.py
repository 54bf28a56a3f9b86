"""`dataclass` and `field` as the standard library's make them, for the part govaudit uses, without its cost at start-up.

Issue 13 (start-up): a check declares ≈ 30 dataclasses. The standard module imports `inspect` (with ast, dis and
tokenize: ≈ 8 ms), and each class cost ≈ 0.45 ms more (three to five methods written as text and compiled, every
annotation string matched against ClassVar/InitVar, the signature built with `inspect` for the docstring): together
≈ 22 ms of the ≈ 120 ms a seed-size workbook's check took. Here only `__init__` (the one method made per object, a
cell or a place) is compiled; `__repr__`, `__eq__`, `__hash__` and a frozen class's `__setattr__`/`__delattr__` are
shared functions over the class's field names, which do what the generated ones do:

- `__init__(self, a, b=default, c=<factory>)` stores the fields in declaration order (frozen: through
  `object.__setattr__`), a factory called afresh for each object; a non-default field after a default one, or a
  list/dict/set default, raises as `dataclasses` does. `__post_init__` is called when the class has one.
- `__repr__` is `Name(a=1, b='x')` (qualified name; `repr=False` fields left out; "..." for a recursive one);
  `__eq__` compares the tuples of the fields when both objects are of the very same class (else NotImplemented);
  a frozen class hashes the tuple of its fields, a mutable one with `eq` is unhashable.
- frozen: assigning or deleting a field raises `dataclasses.FrozenInstanceError`; `slots=True` makes the class again
  with `__slots__` = the field names (and, frozen, `__getstate__`/`__setstate__` so it pickles).
- the class keeps its plain defaults as class attributes (a `field(...)`'s is removed or replaced by its default),
  and its `__doc__` is the signature when it has no docstring, as `dataclasses` writes it.
- `dataclasses.fields`, `replace`, `asdict`, `is_dataclass` work on these classes: `__dataclass_fields__` is made of
  the standard module's own `Field` objects the first time something asks for it (which imports `dataclasses`).

Only what govaudit's classes use is accepted (frozen, slots, eq, repr, init; a field's default, default_factory,
repr, compare); anything else (order, kw_only, ClassVar or InitVar annotations, a dataclass base) raises TypeError,
so a new use is noticed instead of quietly made otherwise. tests/test_records.py compares these classes with the
standard module's, method by method.
"""

from __future__ import annotations

from operator import attrgetter

from govaudit.codetable import function

TYPE_CHECKING = False  # typing's constant without importing typing (≈ 12 M instructions of a check; issue 13)
if TYPE_CHECKING:
    from typing import Any, Callable

_set = object.__setattr__
_del = object.__delattr__


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<dataclasses._MISSING_TYPE object>"


MISSING: Any = _Missing()


class _Factory:
    __slots__ = ()

    def __repr__(self) -> str:  # as dataclasses shows a factory's default in a signature
        return "<factory>"


_FACTORY: Any = _Factory()


class Field:
    """What `field(...)` declares (the standard Field's attributes that govaudit uses)."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "compare")

    def __init__(self, default: Any = MISSING, default_factory: Any = MISSING, repr: bool = True,  # noqa: A002
                 compare: bool = True):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name: str = ""
        self.type: Any = None
        self.default, self.default_factory, self.repr, self.compare = default, default_factory, repr, compare


def field(*, default: Any = MISSING, default_factory: Any = MISSING, repr: bool = True,  # noqa: A002
          compare: bool = True) -> Any:
    """dataclasses.field, for a default, a default factory, and whether the field is shown and compared."""
    return Field(default, default_factory, repr, compare)


def dataclass(cls: type | None = None, /, *, init: bool = True, repr: bool = True, eq: bool = True,  # noqa: A002
              frozen: bool = False, slots: bool = False) -> Any:
    """dataclasses.dataclass for the arguments govaudit uses (see the module's text)."""
    def wrap(cls: type) -> type:
        return _process(cls, init, repr, eq, frozen, slots)

    return wrap if cls is None else wrap(cls)


def replace(obj: Any, /, **changes: Any) -> Any:
    """dataclasses.replace: a new object of the same class, the given fields changed."""
    for f in obj._records_fields:
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


_KEYWORDS = frozenset(("ClassVar", "InitVar", "KW_ONLY"))


def _process(cls: type, init: bool, repr_: bool, eq: bool, frozen: bool, slots: bool) -> type:
    if any("_records_fields" in vars(base) or "__dataclass_fields__" in vars(base) for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__name__}: a dataclass base is not supported here (use dataclasses)")
    own: list[Field] = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
        if any(k in text for k in _KEYWORDS) or not isinstance(annotation, (str, type)) and "ClassVar" in str(annotation):
            raise TypeError(f"{cls.__name__}.{name}: ClassVar, InitVar and KW_ONLY are not supported here")
        given = cls.__dict__.get(name, MISSING)
        f = given if isinstance(given, Field) else Field(default=given)
        f.name, f.type = name, annotation
        if f.default is not MISSING and f.default.__class__.__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        if isinstance(given, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        own.append(f)
    flds = tuple(own)
    names = tuple(f.name for f in flds)
    if slots:
        cls = _with_slots(cls, names, frozen)
    cls._records_fields = flds
    cls._records_params = {"init": init, "repr": repr_, "eq": eq, "frozen": frozen, "slots": slots}
    cls.__dataclass_fields__ = _StandardFields()
    cls.__match_args__ = names
    if init:
        _new(cls, "__init__", _init(cls, flds, frozen))
    if repr_:
        _new(cls, "__repr__", _repr_of(tuple(f.name for f in flds if f.repr)))
    if eq:
        _new(cls, "__eq__", _eq_of(tuple(f.name for f in flds if f.compare)))
    explicit_hash = "__hash__" in cls.__dict__ and not (cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__)
    if eq and not explicit_hash:
        cls.__hash__ = _hash_of(tuple(f.name for f in flds if f.compare)) if frozen else None
    if frozen:
        for name, method in (("__setattr__", _frozen_setattr(cls, names)), ("__delattr__", _frozen_delattr(cls, names))):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
            setattr(cls, name, method)
    if cls.__doc__ is None:
        cls.__doc__ = cls.__name__ + "(" + ", ".join(_parameter(f) for f in flds) + ")"
    return cls


def _new(cls: type, name: str, value: Any) -> None:
    if name not in cls.__dict__:  # a method the class writes itself stays, as dataclasses leaves it
        value.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, value)


def _with_slots(cls: type, names: tuple[str, ...], frozen: bool) -> type:
    """dataclasses._add_slots: the class made again with __slots__ (its defaults leave the class dict)."""
    body = dict(cls.__dict__)
    body["__slots__"] = names
    for name in names:
        body.pop(name, None)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, body)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        if "__getstate__" not in body:
            cls.__getstate__ = _getstate
        if "__setstate__" not in body:
            cls.__setstate__ = _setstate
    return cls


def _getstate(self: Any) -> list:
    return [getattr(self, f.name) for f in self._records_fields]


def _setstate(self: Any, state: list) -> None:
    for f, value in zip(self._records_fields, state):
        _set(self, f.name, value)


def _init(cls: type, flds: tuple[Field, ...], frozen: bool) -> Callable:
    """__init__ written as dataclasses writes it (defaults and factories by name in its globals), compiled once."""
    env: dict[str, Any] = {"_FACTORY": _FACTORY, "_set": _set}
    params, body, seen_default = [], [], False
    defaults = []  # the values of the parameters' defaults, in order (what the def would evaluate)
    for i, f in enumerate(flds):
        if f.default_factory is not MISSING:
            env[f"_f{i}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            defaults.append(_FACTORY)
            value = f"_f{i}() if {f.name} is _FACTORY else {f.name}"
            seen_default = True
        elif f.default is not MISSING:
            env[f"_d{i}"] = f.default
            params.append(f"{f.name}=_d{i}")
            defaults.append(f.default)
            value = f.name
            seen_default = True
        else:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
            params.append(f.name)
            value = f.name
        body.append(f"    _set(self, {f.name!r}, {value})" if frozen else f"    self.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    src = f"def __init__(self, {', '.join(params)}):\n" + ("\n".join(body) or "    pass") + "\n"
    # exec(src, env), the code compiled with the package when codetable_data.py holds this text (issue 13)
    made = function(src, env, "__init__", tuple(defaults) or None)
    made.__annotations__ = {**{f.name: f.type for f in flds}, "return": None}  # as inspect.signature shows them
    return made


def _values(names: tuple[str, ...]) -> Callable[[Any], tuple]:
    """The object's values of `names` as a tuple (what the generated methods compare and hash)."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _eq_of(names: tuple[str, ...]) -> Callable:
    values = _values(names)

    def __eq__(self, other):  # noqa: N807
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    return __eq__


def _hash_of(names: tuple[str, ...]) -> Callable:
    values = _values(names)

    def __hash__(self):  # noqa: N807
        return hash(values(self))

    return __hash__


_REPRING: set[tuple[int, int]] = set()


def _repr_of(names: tuple[str, ...]) -> Callable:
    def __repr__(self):  # noqa: N807
        from threading import get_ident

        key = (id(self), get_ident())
        if key in _REPRING:
            return "..."
        _REPRING.add(key)
        try:
            return self.__class__.__qualname__ + "(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in names) + ")"
        finally:
            _REPRING.discard(key)

    return __repr__


def _frozen_error(name: str) -> Exception:
    from dataclasses import FrozenInstanceError

    return FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_setattr(cls: type, names: tuple[str, ...]) -> Callable:
    def __setattr__(self, name, value):  # noqa: N807
        if type(self) is cls or name in names:
            raise _frozen_error(name)
        super(cls, self).__setattr__(name, value)

    return __setattr__


def _frozen_delattr(cls: type, names: tuple[str, ...]) -> Callable:
    def __delattr__(self, name):  # noqa: N807
        if type(self) is cls or name in names:
            from dataclasses import FrozenInstanceError

            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __delattr__


def _parameter(f: Field) -> str:
    """A field as inspect.signature shows its parameter (the class's docstring when it has none)."""
    if f.type is None:
        text = f.name
    elif isinstance(f.type, str):
        text = f"{f.name}: {f.type!r}"
    elif isinstance(f.type, type):
        text = f"{f.name}: {f.type.__qualname__ if f.type.__module__ == 'builtins' else f'{f.type.__module__}.{f.type.__qualname__}'}"
    else:
        text = f"{f.name}: {f.type!r}".replace("typing.", "")
    if f.default_factory is not MISSING:
        return f"{text} = <factory>" if f.type is not None else f"{text}=<factory>"
    if f.default is not MISSING:
        return f"{text} = {f.default!r}" if f.type is not None else f"{text}={f.default!r}"
    return text


class _StandardFields:
    """`__dataclass_fields__`: the standard module's Field objects, made (and dataclasses imported) when first asked
    for, so that dataclasses.fields, replace, asdict and is_dataclass take these classes as dataclasses."""

    def __get__(self, obj: Any, owner: type) -> dict:
        import dataclasses

        made = {}
        for f in owner._records_fields:
            std = dataclasses.field(
                default=dataclasses.MISSING if f.default is MISSING else f.default,
                default_factory=dataclasses.MISSING if f.default_factory is MISSING else f.default_factory,
                repr=f.repr, compare=f.compare)
            std.name, std.type, std._field_type = f.name, f.type, dataclasses._FIELD
            made[f.name] = std
        type.__setattr__(owner, "__dataclass_fields__", made)  # once: the class keeps the plain dict
        return made
