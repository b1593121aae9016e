"""Which shelter hazard an alert's kind is about, to pick the sites that take it."""

from __future__ import annotations

from content.alerts.model import Kind
from content.shelters.model import Hazard

_HAZARD = {
    Kind.HEAVY_RAIN: Hazard.INLAND_FLOODING,
    Kind.RECORD_RAIN: Hazard.INLAND_FLOODING,
    Kind.FLOOD: Hazard.FLOOD,
    Kind.LANDSLIDE: Hazard.LANDSLIDE,
    Kind.STORM_SURGE: Hazard.STORM_SURGE,
    Kind.EARTHQUAKE: Hazard.EARTHQUAKE,
    Kind.TSUNAMI: Hazard.TSUNAMI,
    Kind.VOLCANO: Hazard.VOLCANO,
}


def hazard_for(kind: Kind) -> Hazard | None:
    """The hazard a site must take for an alert of ``kind``; None when any site will do."""
    return _HAZARD.get(kind)
