"""A designated site as a row of the ``shelters`` dataset the gateway publishes to terminals.

The row is keyed by the site's 共通ID (the id a city alert opens and closes) and holds what a
terminal shows and filters by::

    {"id": "E132290000101", "name": "田無小学校", "address": "…", "lat": 35.7268,
     "lon": 139.5402, "hazards": ["flood", "earthquake"], "emergency_site": true,
     "shelter": true, "note": ""}

``hazards`` are :class:`~content.shelters.model.Hazard` values in the national data's column
order. A reader skips a row that does not fit (:func:`site_from_row` says why) rather than
losing the list.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from content.shelters.model import Hazard, Site

DATASET = "shelters"


def site_row(site: Site) -> dict[str, Any]:
    """The dataset row of ``site``."""
    return {
        "id": site.id,
        "name": site.name,
        "address": site.address,
        "lat": site.lat,
        "lon": site.lon,
        "hazards": [hazard.value for hazard in Hazard if hazard in site.hazards],
        "emergency_site": site.emergency_site,
        "shelter": site.shelter,
        "note": site.note,
    }


def site_rows(sites: Iterable[Site]) -> dict[str, dict[str, Any]]:
    """The dataset's rows by 共通ID."""
    return {site.id: site_row(site) for site in sites}


def _text(data: dict[str, Any], name: str, *, required: bool = True) -> str:
    value = data.get(name, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{name}: expected {'a non-empty ' if required else 'a '}text")
    return value


def _number(data: dict[str, Any], name: str, low: float, high: float) -> float:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name}: expected a number, got {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name}: {value} is out of range {low} to {high}")
    return float(value)


def _flag(data: dict[str, Any], name: str) -> bool:
    value = data.get(name)
    if not isinstance(value, bool):
        raise ValueError(f"{name}: expected true or false, got {value!r}")
    return value


def site_from_row(key: str, data: Any) -> Site:
    """The site in a dataset row; ``ValueError`` naming the field that does not fit."""
    if not isinstance(data, dict):
        raise ValueError(f"expected an object, got {type(data).__name__}")
    site_id = _text(data, "id")
    if site_id != key:
        raise ValueError(f"id {site_id!r} is not the row's key {key!r}")
    hazards = data.get("hazards")
    if not isinstance(hazards, list):
        raise ValueError(f"hazards: expected a list, got {hazards!r}")
    try:
        taken = frozenset(Hazard(value) for value in hazards)
    except ValueError as err:
        raise ValueError(f"hazards: {err}") from err
    return Site(
        id=site_id,
        name=_text(data, "name"),
        address=_text(data, "address", required=False),
        lat=_number(data, "lat", -90, 90),
        lon=_number(data, "lon", -180, 180),
        hazards=taken,
        emergency_site=_flag(data, "emergency_site"),
        shelter=_flag(data, "shelter"),
        note=_text(data, "note", required=False) if "note" in data else "",
    )
