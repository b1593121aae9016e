"""Which alerts concern the city: by area code (JMA codes, CAP geocodes) or by shape and place."""

from __future__ import annotations

from dataclasses import dataclass

from content.alerts.geo import area_contains
from content.alerts.model import Alert


@dataclass(frozen=True)
class Position:
    """A named place the city cares about (a terminal, the city hall), in WGS 84."""

    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class AreaFilter:
    """The city's area codes (``scheme:code``) and positions; an alert concerns the city when one
    of its areas carries such a code or its shapes hold such a position."""

    codes: frozenset[str] = frozenset()
    positions: tuple[Position, ...] = ()

    def concerns(self, alert: Alert) -> bool:
        """True when the alert applies to one of the city's codes or positions.

        A cancel always concerns the city: it may retract something kept earlier.
        """
        if alert.msg_type.value == "cancel":
            return True
        for area in alert.areas:
            if any(code.qualified in self.codes for code in area.codes):
                return True
            if any(area_contains(area, p.lat, p.lon) for p in self.positions):
                return True
        return False
