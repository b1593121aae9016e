"""The screens of the shell; a service's own screens are its flow's business."""

from __future__ import annotations

import enum


class Screen(enum.Enum):
    """One screen of the shell; the value is the QML screen's base name."""

    ATTRACT = "Attract"
    HOME = "Home"
    SERVICE = "Service"
    OUT_OF_SERVICE = "OutOfService"

    @property
    def in_session(self) -> bool:
        """True for screens that belong to a resident's session (idle timeout applies)."""
        return self not in (Screen.ATTRACT, Screen.OUT_OF_SERVICE)
