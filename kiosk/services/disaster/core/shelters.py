"""The hazards the shelter screen offers as chips: those some site in the city's list takes."""

from __future__ import annotations

from collections.abc import Iterable

from content.shelters.model import Hazard, Site


def hazards_offered(sites: Iterable[Site]) -> list[Hazard]:
    """The hazards at least one site takes, in the national data's column order."""
    taken = {hazard for site in sites for hazard in site.hazards}
    return [hazard for hazard in Hazard if hazard in taken]
