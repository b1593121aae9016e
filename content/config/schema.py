"""Turns plain mappings (parsed TOML, JSON) into frozen dataclasses, naming every bad key path."""

from __future__ import annotations

import contextvars
import dataclasses
import difflib
import enum
import math
import tomllib
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where it is and what was expected."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ConfigError(ValueError):
    """Input that does not match its schema; lists every problem found, each with its key path."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{source}: {len(problems)} problem(s)\n{lines}")


class FieldError(ValueError):
    """Raised by a dataclass validator; carries the field it concerns (relative key path)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# While :func:`build` makes a table, the rules its ``__post_init__`` breaks are gathered here,
# so that every bad value of the table is reported at once, not only the first.
_broken: contextvars.ContextVar[list[FieldError] | None] = contextvars.ContextVar(
    "_broken", default=None
)


def require(rule: bool, field: str, message: str) -> None:
    """Raise :class:`FieldError` for ``field`` unless ``rule`` holds (for ``__post_init__``).

    Inside :func:`build` the error is noted and the check goes on, so all are reported.
    """
    if rule:
        return
    error = FieldError(field, message)
    broken = _broken.get()
    if broken is None:
        raise error
    broken.append(error)


class EnvText(str):
    """A value from an environment variable: text until the schema says what type it must be."""

    __slots__ = ()


def build(cls: type[T], data: Any, *, source: str, path: str = "") -> T:
    """Build dataclass ``cls`` from ``data``; raise :class:`ConfigError` listing all problems."""
    problems: list[Problem] = []
    result = _convert(cls, data, path, problems)
    if problems:
        raise ConfigError(source, problems)
    return typing.cast(T, result)


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _type_name(tp: Any) -> str:
    if tp is type(None):
        return "nothing"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in tp)
    if dataclasses.is_dataclass(tp):
        return "a table"
    origin = typing.get_origin(tp)
    if origin in (tuple, list):
        (inner, *_rest) = typing.get_args(tp) or (Any,)
        return f"a list of {_type_name(inner)}"
    if origin in (types.UnionType, typing.Union):
        return " or ".join(_type_name(a) for a in typing.get_args(tp))
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    return names.get(tp, getattr(tp, "__name__", str(tp)))


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _convert(tp: Any, value: Any, path: str, problems: list[Problem]) -> Any:
    if isinstance(value, EnvText):
        value = _from_env(tp, value)
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        for arg in args:
            if arg is type(None):
                continue
            trial: list[Problem] = []
            result = _convert(arg, value, path, trial)
            if not trial:
                return result
        problems.append(Problem(path, f"expected {_type_name(tp)}, got {_describe(value)}"))
        return None
    if dataclasses.is_dataclass(tp):
        return _convert_dataclass(typing.cast(type, tp), value, path, problems)
    if origin in (tuple, list):
        if not isinstance(value, list | tuple):
            problems.append(Problem(path, f"expected {_type_name(tp)}, got {_describe(value)}"))
            return None
        (inner, *_rest) = typing.get_args(tp) or (Any,)
        items = [_convert(inner, v, _join(path, i), problems) for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin in (dict, Mapping):
        key_type, value_type = typing.get_args(tp) or (Any, Any)
        if not isinstance(value, Mapping):
            problems.append(Problem(path, f"expected a table, got {_describe(value)}"))
            return None
        return {
            _convert(key_type, k, path, problems): _convert(value_type, v, _join(path, k), problems)
            for k, v in value.items()
        }
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            problems.append(Problem(path, f"expected {_type_name(tp)}, got {_describe(value)}"))
            return None
    if tp is Any:
        return value
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp in (int, float) and isinstance(value, bool):
        problems.append(Problem(path, f"expected {_type_name(tp)}, got {_describe(value)}"))
        return None
    if tp is float and isinstance(value, float) and not math.isfinite(value):
        problems.append(Problem(path, f"expected a finite number, got {_describe(value)}"))
        return None
    if isinstance(tp, type) and isinstance(value, tp):
        return value
    problems.append(Problem(path, f"expected {_type_name(tp)}, got {_describe(value)}"))
    return None


def _from_env(tp: Any, text: EnvText) -> Any:
    """Read an environment value as TOML (number, bool, list…) unless a string is wanted."""
    wanted = (
        typing.get_args(tp) if typing.get_origin(tp) in (types.UnionType, typing.Union) else (tp,)
    )
    is_enum = any(isinstance(t, type) and issubclass(t, enum.Enum) for t in wanted)
    if str in wanted or is_enum:
        return str(text)
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return str(text)


def _convert_dataclass(cls: type, value: Any, path: str, problems: list[Problem]) -> Any:
    if not isinstance(value, Mapping):
        problems.append(Problem(path, f"expected a table, got {_describe(value)}"))
        return None
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    for key in value:
        if key not in fields:
            hint = difflib.get_close_matches(str(key), list(fields), n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            known = ", ".join(sorted(fields))
            problems.append(
                Problem(_join(path, str(key)), f"unknown key{suggestion}; known keys: {known}")
            )
    kwargs: dict[str, Any] = {}
    failed: set[str] = set()
    for name, field in fields.items():
        if name in value:
            count = len(problems)
            kwargs[name] = _convert(hints[name], value[name], _join(path, name), problems)
            if len(problems) > count:
                failed.add(name)
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            problems.append(
                Problem(_join(path, name), f"missing; expected {_type_name(hints[name])}")
            )
            failed.add(name)
    # A bad key's default stands in for it, so that the table's own rules still check the
    # other keys and every bad value of the table is reported at once.
    if any(not _has_default(fields[name]) for name in failed):
        return None
    for name in failed:
        del kwargs[name]
    broken: list[FieldError] = []
    result = None
    token = _broken.set(broken)
    try:
        result = cls(**kwargs)
    except FieldError as err:
        broken.append(err)
    except (ValueError, TypeError, OverflowError) as err:
        if not failed:  # a check that stumbled over a value no earlier rule had refused
            problems.append(Problem(path or "(top level)", f"not usable: {err}"))
        return None
    finally:
        _broken.reset(token)
    reported = {_join(path, name) for name in failed}
    for rule in broken:  # each bad key once: later rules on it follow from the first
        where = _join(path, rule.field)
        if where not in reported:
            reported.add(where)
            problems.append(Problem(where, rule.message))
    if failed or broken:
        return None
    return result


def _has_default(field: dataclasses.Field[Any]) -> bool:
    return (
        field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
    )
