"""Small namespace-blind readers over ElementTree: children by local name, their text, times."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from content.alerts.safexml import local_name

_FRACTION = re.compile(r"(\.\d+)")


def kids(element: ET.Element | None, name: str) -> Iterator[ET.Element]:
    """The direct children of ``element`` named ``name`` in any namespace."""
    if element is None:
        return
    for child in element:
        if local_name(child) == name:
            yield child


def kid(element: ET.Element | None, *path: str) -> ET.Element | None:
    """The first element down ``path`` (local names), or None."""
    for name in path:
        element = next(kids(element, name), None)
        if element is None:
            return None
    return element


def text(element: ET.Element | None, *path: str) -> str:
    """The stripped text down ``path``, '' when absent."""
    found = kid(element, *path) if path else element
    return (found.text or "").strip() if found is not None else ""


def descendants(element: ET.Element, name: str) -> Iterator[ET.Element]:
    """Every element below ``element`` named ``name`` in any namespace."""
    for found in element.iter():
        if found is not element and local_name(found) == name:
            yield found


def parse_time(value: str) -> dt.datetime:
    """An ISO 8601 time with an offset (``Z``, ``+09:00``, CAP's ``-00:00``); fractions dropped.

    ``ValueError`` for a time without an offset: every source must say which zone it means.
    """
    cleaned = _FRACTION.sub("", value.strip())
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    moment = dt.datetime.fromisoformat(cleaned)
    if moment.tzinfo is None:
        raise ValueError(f"time {value!r} has no time zone")
    return moment
