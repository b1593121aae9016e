"""The sites to show beside an alert: nearest first, those the city has opened before the rest.

One rule for the kiosk's takeover, its disaster tile and signage. A site is listed when it takes
the alert's hazard as a 指定緊急避難場所, or — opened by the city — when it is only a 指定避難所:
the national data states hazards for 指定緊急避難場所 alone, and a 避難所 the city opens during
this alert is one to go to. Distances are great-circle, from this terminal's configured place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from content.alerts.model import Alert
from content.shelters.model import Hazard, Site
from content.shelters.opening import open_shelters

# 地理院地図 (GSI Maps) at street zoom: public, key-free, and what the national data is drawn on.
MAP_URL = "https://maps.gsi.go.jp/#17/{lat:.6f}/{lon:.6f}/"


@dataclass(frozen=True)
class NearbySite:
    """A site, its straight-line distance from this terminal in km, and whether it is open.

    ``open`` means the city's alerts in force opened it (``open_shelters``); a designated site
    not opened is still a place to flee to for the hazards it takes.
    """

    site: Site
    distance_km: float
    open: bool

    @property
    def map_url(self) -> str:
        """A map link to the site, for a QR code a resident takes away."""
        return map_url(self.site)


def map_url(site: Site) -> str:
    """The 地理院地図 link centred on ``site``."""
    return MAP_URL.format(lat=site.lat, lon=site.lon)


def _listed(site: Site, hazard: Hazard | None, opened: frozenset[str]) -> bool:
    if hazard is None or site.takes(hazard):
        return True
    return site.id in opened and not site.emergency_site


def shelters_for(
    sites: Iterable[Site],
    alerts: Iterable[Alert],
    lat: float,
    lon: float,
    *,
    hazard: Hazard | None,
    limit: int = 3,
) -> tuple[NearbySite, ...]:
    """Up to ``limit`` sites for ``hazard`` (None: any site): open ones first, each group
    nearest first (ties by 共通ID, so the order is stable). ``alerts`` are those in force."""
    if limit < 1:
        return ()
    opened = open_shelters(alerts)
    found = [
        NearbySite(site, site.distance_km(lat, lon), site.id in opened)
        for site in sites
        if _listed(site, hazard, opened)
    ]
    found.sort(key=lambda near: (not near.open, near.distance_km, near.site.id))
    return tuple(found[:limit])
