"""The base of govaudit's model classes: pydantic's model API without importing pydantic on the way of a check.

Issue 13 ("keep pydantic at the edges"): importing pydantic and declaring the model classes on it were ≈ 110 ms of
the ≈ 290 ms a small workbook's check took on an idle core, and govaudit's own code never validates a model (it
builds them from typed values with `model/trusted.py`'s `construct`). So the classes derive from `Model`, a plain
class with the part of pydantic's `BaseModel` API govaudit, its tests and plugins use:

- `Cls(**fields)` validates as pydantic does — it *is* pydantic: the first call builds a pydantic model of the same
  fields (its "validator", `create_model` over the class's own annotations and defaults), validates with it and keeps
  its values. A plugin's `Finding(severity="warning", …)` is converted, a wrong value raises pydantic's
  `ValidationError`; nested model fields accept an instance as it is (pydantic's `revalidate_instances="never"`) or
  a dict (validated into the class). `Cls.model_validate(dict)` likewise.
- `model_fields` (name → FieldInfo with `annotation`, `default`, `default_factory`, `is_required()`),
  `model_fields_set`, `model_config`, `model_copy(update=…, deep=…)`, `model_dump()`; `==` (same class, same field
  values), `hash` (frozen classes only), `repr`/`str` in pydantic's format, `iter`, copy, deepcopy and pickle;
  assigning to a frozen object raises pydantic's ValidationError (`frozen_instance`), to a mutable one records the
  name in `model_fields_set`, to an unknown name raises ValueError, as pydantic does.

The instance's `__dict__` holds exactly the fields in declaration order (attribute access costs what a plain
object's does). What differs from pydantic: the classes are not `pydantic.BaseModel` subclasses (a plugin that asks
`isinstance(x, BaseModel)` gets False), and there is no JSON schema or `model_dump_json` (govaudit writes its own
JSON: report/json_report.py).
"""

from __future__ import annotations

import copy as _copy
TYPE_CHECKING = False  # no typing at run time: the annotations are strings (issue 13)
if TYPE_CHECKING:
    from typing import Any, Callable

_set = object.__setattr__
_REQUIRED: Any = type("Required", (), {"__repr__": lambda self: "PydanticUndefined"})()
_VALIDATORS: dict[type, Any] = {}  # class → its pydantic model (built on first validation)


class FieldInfo:
    """What a field declares: its type, and its default or default factory (pydantic's FieldInfo, as far as used)."""

    __slots__ = ("annotation", "default", "default_factory")

    def __init__(self, annotation: Any = None, default: Any = _REQUIRED, default_factory: Callable | None = None):
        self.annotation, self.default, self.default_factory = annotation, default, default_factory

    def is_required(self) -> bool:
        return self.default is _REQUIRED and self.default_factory is None

    def __repr__(self) -> str:
        return (f"FieldInfo(annotation={self.annotation!r}, default={self.default!r}, "
                f"default_factory={self.default_factory!r})")


def Field(default: Any = _REQUIRED, *, default_factory: Callable | None = None) -> Any:  # noqa: N802 (pydantic's name)
    """A field's default or default factory, written as in pydantic: `tags: list[str] = Field(default_factory=list)`."""
    return FieldInfo(default=default, default_factory=default_factory)


class Model:
    """A model class: fields declared by annotations, `model_config = {"frozen": True}` for immutable ones."""

    __slots__ = ("__dict__", "__pydantic_fields_set__")
    model_config: dict = {}
    model_fields: dict[str, FieldInfo] = {}
    __frozen: bool = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = dict(cls.model_fields)  # a base model's fields first, as pydantic orders them
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if name.startswith("_") or name in ("model_config", "model_fields"):
                continue
            given = cls.__dict__.get(name, _REQUIRED)
            info = given if isinstance(given, FieldInfo) else FieldInfo(default=given)
            fields[name] = FieldInfo(annotation, info.default, info.default_factory)
            if name in cls.__dict__:
                delattr(cls, name)  # pydantic keeps defaults out of the class too
        cls.model_fields = fields
        cls._Model__frozen = bool(cls.model_config.get("frozen"))
        cls.__hash__ = Model.__frozen_hash if cls._Model__frozen else None

    # -- validation: pydantic, imported when first needed -----------------------------------------------------------
    def __init__(self, /, **data: Any) -> None:
        valid = _validator(type(self))(**data)
        _set(self, "__dict__", valid.__dict__)
        _set(self, "__pydantic_fields_set__", set(valid.model_fields_set))

    @classmethod
    def model_validate(cls, obj: Any) -> Any:
        if isinstance(obj, cls):
            return obj
        return cls._coerce(obj)

    @classmethod
    def _coerce(cls, value: Any) -> Any:
        """A nested field's value: an instance as it is, a dict validated into one (as pydantic takes a model)."""
        if isinstance(value, cls):
            return value
        if isinstance(value, dict):
            return cls(**value)
        raise ValueError(f"Input should be a valid dictionary or instance of {cls.__name__}")

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            cls._coerce, serialization=core_schema.plain_serializer_function_ser_schema(Model.model_dump))

    # -- pydantic's model API -----------------------------------------------------------------------------------------
    @property
    def model_fields_set(self) -> set[str]:
        return self.__pydantic_fields_set__

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        copied = self.__deepcopy__() if deep else self.__copy__()
        if update:
            copied.__dict__.update(update)
            copied.__pydantic_fields_set__.update(update.keys())
        return copied

    def model_dump(self) -> dict[str, Any]:
        return {name: _dump(value) for name, value in self.__dict__.items()}

    def __copy__(self) -> Any:
        new = type(self).__new__(type(self))
        _set(new, "__dict__", _copy.copy(self.__dict__))
        _set(new, "__pydantic_fields_set__", _copy.copy(self.__pydantic_fields_set__))
        return new

    def __deepcopy__(self, memo: dict | None = None) -> Any:
        new = type(self).__new__(type(self))
        _set(new, "__dict__", _copy.deepcopy(self.__dict__, memo))
        _set(new, "__pydantic_fields_set__", _copy.copy(self.__pydantic_fields_set__))
        return new

    def __getstate__(self) -> dict[str, Any]:
        return {"__dict__": self.__dict__, "__pydantic_fields_set__": self.__pydantic_fields_set__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set(self, "__dict__", state["__dict__"])
        _set(self, "__pydantic_fields_set__", state["__pydantic_fields_set__"])

    def __setattr__(self, name: str, value: Any) -> None:
        cls = type(self)
        if cls._Model__frozen:
            from pydantic_core import ValidationError

            raise ValidationError.from_exception_data(cls.__name__, [
                {"type": "frozen_instance", "loc": (name,), "input": value}])
        if name not in cls.model_fields:
            raise ValueError(f'"{cls.__name__}" object has no field "{name}"')
        self.__dict__[name] = value
        self.__pydantic_fields_set__.add(name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model):
            return NotImplemented
        return self.__class__ is other.__class__ and self.__dict__ == other.__dict__

    def __frozen_hash(self) -> int:
        return hash(tuple(self.__dict__.values()))

    def __iter__(self):
        yield from self.__dict__.items()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.__repr_str(', ')})"

    def __str__(self) -> str:
        return self.__repr_str(" ")

    def __repr_str(self, sep: str) -> str:
        return sep.join(f"{name}={value!r}" for name, value in self.__dict__.items())


def _dump(value: Any) -> Any:
    if isinstance(value, Model):
        return value.model_dump()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_dump(v) for v in value)
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _validator(cls: type[Model]) -> Any:
    """The pydantic model that validates `cls`'s fields (same names, types, defaults), built on first use."""
    made = _VALIDATORS.get(cls)
    if made is None:
        import govaudit.pydantic_import  # noqa: F401  (pydantic_core without asyncio, see there)
        from pydantic import Field as PydanticField
        from pydantic import create_model

        fields: dict[str, Any] = {}
        for name, info in cls.model_fields.items():
            if info.default_factory is not None:
                fields[name] = (info.annotation, PydanticField(default_factory=info.default_factory))
            else:
                fields[name] = (info.annotation, ... if info.is_required() else info.default)
        made = _VALIDATORS[cls] = create_model(cls.__name__, __module__=cls.__module__, **fields)
    return made
