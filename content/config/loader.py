"""Reads the TOML file, applies ``MACHIKADO_*`` overrides and validates the result."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from content.config.model import MachikadoConfig
from content.config.schema import ConfigError, EnvText, Problem, build

DEFAULT_CONFIG_PATH = Path("/etc/machikado/machikado.toml")
ENV_PREFIX = "MACHIKADO_"
# Variables under the prefix that are not key overrides.
_ENV_RESERVED = {"MACHIKADO_CONFIG"}


def load_config(
    path: Path | None = None, *, environ: Mapping[str, str] | None = None
) -> tuple[MachikadoConfig, str]:
    """Load the configuration; return it with a description of where it came from.

    ``path`` None means the default file, or the built-in defaults if that file is absent.
    An explicit path that does not exist is an error. Environment variables such as
    ``MACHIKADO_KIOSK__IDLE_TIMEOUT_S=30`` override keys (``__`` separates table levels).
    """
    env = os.environ if environ is None else environ
    if path is None and env.get("MACHIKADO_CONFIG"):
        path = Path(env["MACHIKADO_CONFIG"])
    data: dict[str, Any] = {}
    if path is not None:
        data = _read_toml(path)
        source = str(path)
    elif DEFAULT_CONFIG_PATH.exists():
        data = _read_toml(DEFAULT_CONFIG_PATH)
        source = str(DEFAULT_CONFIG_PATH)
    else:
        source = "built-in defaults"
    overrides = _apply_environment(data, env)
    if overrides:
        source += " + " + ", ".join(overrides)
    return build(MachikadoConfig, data, source=source), source


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as err:
        raise ConfigError(str(path), [Problem("", "file not found")]) from err
    except PermissionError as err:
        raise ConfigError(str(path), [Problem("", "permission denied")]) from err
    except UnicodeDecodeError as err:
        raise ConfigError(str(path), [Problem("", "not UTF-8 text")]) from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(str(path), [Problem("", f"not valid TOML: {err}")]) from err


def _apply_environment(data: dict[str, Any], env: Mapping[str, str]) -> list[str]:
    applied: list[str] = []
    problems: list[Problem] = []
    for name in sorted(env):
        if not name.startswith(ENV_PREFIX) or name in _ENV_RESERVED:
            continue
        keys = [k.lower() for k in name[len(ENV_PREFIX) :].split("__")]
        if len(keys) < 2 or not all(keys):
            problems.append(
                Problem(
                    name, "expected MACHIKADO_<TABLE>__<KEY>, e.g. MACHIKADO_KIOSK__IDLE_TIMEOUT_S"
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
            table[keys[-1]] = EnvText(env[name])
            applied.append(name)
    if problems:
        raise ConfigError("environment", problems)
    return applied
