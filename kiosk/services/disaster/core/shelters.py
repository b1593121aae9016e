"""The shelter sites the tile lists: the hazards offered, the nearest sites, open ones first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from content.shelters.model import Hazard, Site, nearest


@dataclass(frozen=True)
class NearbySite:
    """A site, its straight-line distance from this terminal, and whether the city opened it."""

    site: Site
    distance_km: float
    open: bool


def hazards_offered(sites: Iterable[Site]) -> list[Hazard]:
    """The hazards at least one site takes, in the national data's column order."""
    taken = {hazard for site in sites for hazard in site.hazards}
    return [hazard for hazard in Hazard if hazard in taken]


def nearby(
    sites: tuple[Site, ...],
    opened: frozenset[str],
    lat: float,
    lon: float,
    *,
    hazard: Hazard | None,
    limit: int,
) -> list[NearbySite]:
    """The ``limit`` nearest sites taking ``hazard`` (any site for None): open ones first,
    each group nearest first."""
    found = nearest(sites, lat, lon, hazard=hazard, limit=len(sites))
    rows = [NearbySite(near.site, near.distance_km, near.site.id in opened) for near in found]
    rows.sort(key=lambda row: not row.open)  # stable: each group keeps its distance order
    return rows[:limit]
