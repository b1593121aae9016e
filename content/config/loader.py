"""Reads the TOML file, applies ``MACHIKADO_*`` overrides and validates the result.

Every problem found — in the file, in the environment, in the folders the terminal writes —
is reported in one :class:`ConfigError`, each naming its key path (or variable) and what was
expected.
"""

from __future__ import annotations

import dataclasses
import difflib
import logging
import os
import tempfile
import tomllib
import typing
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from content.config.model import CacheConfig, MachikadoConfig
from content.config.schema import ConfigError, EnvText, Problem, build

log = logging.getLogger("machikado.config")
DEFAULT_CONFIG_PATH = Path("/etc/machikado/machikado.toml")
ENV_PREFIX = "MACHIKADO_"
# Variables under the prefix that are not key overrides.
_ENV_RESERVED = {"MACHIKADO_CONFIG"}
# What each app writes at start: the key paths of the folders it must be able to write in
# (``cache.data_dir`` left empty is the user's data folder; other keys left empty are unused).
_WRITTEN_FOLDERS = {
    "kiosk": ("cache.data_dir",),
    "signage": ("cache.data_dir", "signage.package_dir"),
}


def load_config(
    path: Path | None = None, *, environ: Mapping[str, str] | None = None, app: str | None = None
) -> tuple[MachikadoConfig, str]:
    """Load the configuration; return it with a description of where it came from.

    ``path`` None means the default file, or the built-in defaults if that file is absent.
    An explicit path that does not exist is an error. Environment variables such as
    ``MACHIKADO_KIOSK__IDLE_TIMEOUT_S=30`` override keys (``__`` separates table levels).
    With ``app`` ('kiosk' or 'signage') the folders and files that app needs at start are
    checked too: its data folder can be written in, its token file read.
    """
    env = os.environ if environ is None else environ
    if path is None and env.get("MACHIKADO_CONFIG"):
        path = Path(env["MACHIKADO_CONFIG"])
    problems: list[Problem] = []
    data: dict[str, Any] = {}
    if path is not None:
        data = _read_toml(path, problems)
        source = str(path)
    elif DEFAULT_CONFIG_PATH.exists():
        data = _read_toml(DEFAULT_CONFIG_PATH, problems)
        source = str(DEFAULT_CONFIG_PATH)
    else:
        source = "built-in defaults"
    overrides = _apply_environment(data, env, problems)
    if overrides:
        source += " + " + ", ".join(sorted(set(overrides.values())))
    config: MachikadoConfig | None = None
    try:
        config = build(MachikadoConfig, data, source=source)
    except ConfigError as err:
        problems += [_named(problem, overrides) for problem in err.problems]
    if app is not None and not any(problem.path == "" for problem in problems):
        # (with the file unread, its folders are not known)
        problems += _check_start_up(data, app, overrides)
    if problems or config is None:
        raise ConfigError(source, problems)
    return config, source


def _read_toml(path: Path, problems: list[Problem]) -> dict[str, Any]:
    """The file's tables; what stops it being read goes into ``problems``."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        problem = "file not found; expected a TOML file"
    except IsADirectoryError:
        problem = "is a folder; expected a TOML file"
    except PermissionError:
        problem = "permission denied; expected a TOML file this user can read"
    except UnicodeDecodeError:
        problem = "not UTF-8 text; expected a TOML file"
    except tomllib.TOMLDecodeError as err:
        problem = f"not valid TOML: {err}"
    except OSError as err:
        problem = f"cannot be read ({err.strerror}); expected a TOML file"
    problems.append(Problem("", problem))
    return {}


def known_variables() -> list[str]:
    """Every ``MACHIKADO_*`` variable the terminal reads, in the order of the file's tables."""
    names = sorted(_ENV_RESERVED)

    def walk(cls: type, prefix: str) -> None:
        hints = typing.get_type_hints(cls)
        for field in dataclasses.fields(cls):
            name = f"{prefix}__{field.name.upper()}" if prefix else field.name.upper()
            if dataclasses.is_dataclass(hints[field.name]):
                walk(hints[field.name], name)
            elif prefix:
                names.append(ENV_PREFIX + name)

    walk(MachikadoConfig, "")
    return names


def _apply_environment(
    data: dict[str, Any], env: Mapping[str, str], problems: list[Problem]
) -> dict[str, str]:
    """Put the overrides into ``data``; returns key path → variable for those applied."""
    applied: dict[str, str] = {}
    known = known_variables()
    for name in sorted(env):
        if not name.startswith(ENV_PREFIX) or name in _ENV_RESERVED:
            continue
        value = env[name]
        keys = [k.lower() for k in name[len(ENV_PREFIX) :].split("__")]
        if len(keys) < 2 or not all(keys):
            near = difflib.get_close_matches(name, known, n=1, cutoff=0.85)
            if near:  # a misspelt override: the value the technician meant would be lost
                problems.append(Problem(name, f"not a key override; did you mean {near[0]}?"))
            else:  # some other tool's variable: no reason to keep the terminal from starting
                log.warning(
                    "%s is not read by machikado (not of the form MACHIKADO_<TABLE>__<KEY>; "
                    "the variables it reads are %s)",
                    name,
                    ", ".join(known),
                )
            continue
        bad = sorted({f"U+{ord(c):04X}" for c in value if unicodedata.category(c) == "Cc"})
        if bad:
            problems.append(
                Problem(
                    name,
                    f"holds a line break or control character ({', '.join(bad)}); "
                    "expected the value on one line",
                )
            )
            continue
        table = data
        for key in keys[:-1]:
            inner = table.setdefault(key, {})
            if not isinstance(inner, dict):
                problems.append(Problem(name, f"{key!r} is not a table"))
                break
            table = inner
        else:
            table[keys[-1]] = EnvText(value)
            applied[".".join(keys)] = name
    return applied


def _named(problem: Problem, overrides: Mapping[str, str]) -> Problem:
    """``problem``, naming the variable its value came from when it was an override."""
    variable = overrides.get(problem.path)
    if variable is None:
        return problem
    return Problem(problem.path, f"{problem.message} (from {variable})")


def _lookup(data: Mapping[str, Any], path: str) -> Any:
    value: Any = data
    for key in path.split("."):
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def _check_start_up(
    data: Mapping[str, Any], app: str, overrides: Mapping[str, str]
) -> list[Problem]:
    """The folders ``app`` writes and the token it sends, checked before anything starts."""
    problems: list[Problem] = []
    for key in _WRITTEN_FOLDERS.get(app, ()):
        value = _lookup(data, key)
        if value is not None and not isinstance(value, str):
            continue  # the schema has said what is wrong with it
        if not value and key != "cache.data_dir":
            continue
        folder = Path(value) if value else CacheConfig().path()
        why = unwritable(folder)
        if why is not None:
            problems.append(
                _named(
                    Problem(key, f"{folder} {why}; expected a folder this terminal can write in"),
                    overrides,
                )
            )
    url, token_file = _lookup(data, "gateway.url"), _lookup(data, "gateway.token_file")
    if url not in (None, "embedded") and isinstance(token_file, str) and token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as err:
            why = getattr(err, "strerror", None) or "not UTF-8 text"
            problems.append(
                _named(Problem("gateway.token_file", f"cannot read {token_file}: {why}"), overrides)
            )
        else:
            if not token:
                problems.append(
                    _named(Problem("gateway.token_file", f"{token_file} is empty"), overrides)
                )
    return problems


def unwritable(folder: Path) -> str | None:
    """Why this process cannot keep files in ``folder`` (made if missing), or None if it can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return "is a file, not a folder"
    except OSError as err:
        return f"cannot be created ({err.strerror})"
    if not folder.is_dir():
        return "is not a folder"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as err:
        return f"cannot be written in ({err.strerror})"
    return None
