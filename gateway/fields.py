"""The rules every request field follows, shared by all routers: only what the gateway can store.

- Numbers are finite and bounded, and ``true``/``false`` are not numbers.
- Times carry a timezone offset and lie between 2000 and 2099, so day arithmetic cannot overflow.
- Identifiers come from a safe alphabet (no spaces, no separators a report or a URL would split).
- Text holds no control characters: no NUL (PostgreSQL refuses it), no tab or newline (a
  tab-separated report would split on them).

A field that breaks a rule is answered 422 naming it, before anything reaches storage. Request
bodies derive from :class:`RequestModel`, which applies the text rule to every string in them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from fastapi import Path
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    field_validator,
)

EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
# C0 and C1 controls, DEL, the line and paragraph separators, and lone surrogates (not UTF-8).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def control_free(text: str) -> str:
    """``text`` if it holds no control character; ``ValueError`` naming the first one."""
    found = _CONTROL.search(text)
    if found is None:
        return text
    raise ValueError(f"must not hold control characters (found U+{ord(found.group()):04X})")


def _all_text(value: Any) -> Any:
    """Check every string inside ``value`` (lists, dicts and their keys); models check their own."""
    if isinstance(value, str):
        control_free(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            _all_text(key)
            _all_text(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _all_text(item)
    return value


def sane_time(moment: dt.datetime) -> dt.datetime:
    """An aware ``moment`` between 2000 and 2099; ``ValueError`` for anything else."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("must carry a timezone offset, e.g. +09:00 or Z")
    # Look at the written year first: converting 9999-12-31T23:00-12:00 to UTC would overflow.
    if not EARLIEST.year <= moment.year < LATEST.year or not EARLIEST <= moment < LATEST:
        raise ValueError(f"must lie between {EARLIEST.year} and {LATEST.year - 1}")
    return moment


class RequestModel(BaseModel):
    """A request body: unknown keys refused, numbers finite, every string free of controls."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    @field_validator("*", mode="after")
    @classmethod
    def _text_rule(cls, value: Any) -> Any:
        return _all_text(value)


Time = Annotated[dt.datetime, AfterValidator(sane_time)]
"""A moment with a timezone offset, between 2000 and 2099."""


Count = Annotated[int, Strict(), Field(ge=0)]
"""A whole number from 0 (bound it with ``Annotated[Count, Field(le=…)]``); ``true`` is not 1."""

Seconds = Annotated[float, Strict(), Field(ge=0, allow_inf_nan=False)]
"""A finite number of seconds from 0 (bound it with ``Field(le=…)``); ``true`` is not 1."""

Flag = Annotated[bool, Strict()]
"""``true`` or ``false``, and nothing else (not 1, not "yes")."""

Text = Annotated[str, AfterValidator(control_free)]
"""Free text without control characters (bound its length with ``StringConstraints``)."""


TERMINAL_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$"
ITEM_ID_PATTERN = r"^\w([\w .:@+/-]{0,198}[\w.:@+/-])?$"
"""Signage item ids: letters and digits of any script, ``. : @ + / -`` and inner spaces (200 at
most, starting with a letter or digit)."""

TerminalId = Annotated[str, StringConstraints(pattern=TERMINAL_ID_PATTERN)]
ScreenId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$")]
ItemId = Annotated[str, StringConstraints(pattern=ITEM_ID_PATTERN)]
Word = Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,16}$")]
Name = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_.]{1,64}$")]
"""A counter or device name: lower-case letters, digits, ``_`` and ``.``."""

TerminalIdPath = Annotated[str, Path(pattern=TERMINAL_ID_PATTERN)]
ItemIdPath = Annotated[str, Path(pattern=ITEM_ID_PATTERN)]
