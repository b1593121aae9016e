"""Designated sites: 指定緊急避難場所 (where to flee, per hazard) and 指定避難所 (where to stay)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from content.alerts.geo import distance_km


class Hazard(enum.Enum):
    """The eight hazards of the national data, in its column order."""

    FLOOD = "flood"  # 洪水
    LANDSLIDE = "landslide"  # 崖崩れ、土石流及び地滑り
    STORM_SURGE = "storm_surge"  # 高潮
    EARTHQUAKE = "earthquake"  # 地震
    TSUNAMI = "tsunami"  # 津波
    LARGE_FIRE = "large_fire"  # 大規模な火事
    INLAND_FLOODING = "inland_flooding"  # 内水氾濫
    VOLCANO = "volcano"  # 火山現象


# The national data's column heading of each hazard.
HAZARD_COLUMNS: dict[Hazard, str] = {
    Hazard.FLOOD: "洪水",
    Hazard.LANDSLIDE: "崖崩れ、土石流及び地滑り",
    Hazard.STORM_SURGE: "高潮",
    Hazard.EARTHQUAKE: "地震",
    Hazard.TSUNAMI: "津波",
    Hazard.LARGE_FIRE: "大規模な火事",
    Hazard.INLAND_FLOODING: "内水氾濫",
    Hazard.VOLCANO: "火山現象",
}


@dataclass(frozen=True)
class Site:
    """A designated site: an emergency evacuation site for some hazards, a shelter, or both."""

    id: str  # 共通ID of the national data
    name: str
    address: str
    lat: float
    lon: float
    hazards: frozenset[Hazard]  # as an emergency evacuation site (指定緊急避難場所)
    emergency_site: bool
    shelter: bool  # 指定避難所: where people stay
    note: str = ""

    def takes(self, hazard: Hazard) -> bool:
        """True when the site is designated for fleeing ``hazard``."""
        return hazard in self.hazards

    def distance_km(self, lat: float, lon: float) -> float:
        """Great-circle distance from a position."""
        return distance_km(lat, lon, self.lat, self.lon)


@dataclass(frozen=True)
class Nearby:
    """A site and how far it is."""

    site: Site
    distance_km: float


def nearest(
    sites: tuple[Site, ...],
    lat: float,
    lon: float,
    *,
    hazard: Hazard | None = None,
    only: frozenset[str] | None = None,
    limit: int = 3,
) -> list[Nearby]:
    """The ``limit`` closest sites to a position, those taking ``hazard`` (and among ``only``
    ids, such as the shelters the city has opened) when given."""
    found = [
        Nearby(site, site.distance_km(lat, lon))
        for site in sites
        if (hazard is None or site.takes(hazard)) and (only is None or site.id in only)
    ]
    found.sort(key=lambda near: (near.distance_km, near.site.id))
    return found[:limit]
