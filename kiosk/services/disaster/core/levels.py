"""How each level of seriousness is coloured: JMA's colours, and a high-contrast set.

The standard colours follow the 警戒レベル scheme residents know from JMA and the Cabinet
Office: 注意報 yellow, 警報 red, 危険 purple, 特別警報 / 緊急安全確保 black. In high contrast the
screen is black, so the levels take five distinct light colours; every level is also written
in words beside its colour, so no one has to tell levels apart by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from content.alerts.model import Level


@dataclass(frozen=True)
class LevelColours:
    """A level's badge: its fill, its text and its outline (``#RRGGBB``)."""

    fill: str
    text: str
    outline: str


STANDARD: dict[Level, LevelColours] = {
    Level.INFO: LevelColours("#DDE6EE", "#1A1F24", "#4A5560"),
    Level.ADVISORY: LevelColours("#F2E700", "#1A1F24", "#8A7F00"),
    Level.WARNING: LevelColours("#C8102E", "#FFFFFF", "#C8102E"),
    Level.DANGER: LevelColours("#7B1FA2", "#FFFFFF", "#7B1FA2"),
    Level.EMERGENCY: LevelColours("#0C000C", "#FFFFFF", "#0C000C"),
}

HIGH_CONTRAST: dict[Level, LevelColours] = {
    Level.INFO: LevelColours("#000000", "#FFFFFF", "#FFFFFF"),
    Level.ADVISORY: LevelColours("#FFE600", "#000000", "#FFE600"),
    Level.WARNING: LevelColours("#FF8C8C", "#000000", "#FF8C8C"),
    Level.DANGER: LevelColours("#E3A6FF", "#000000", "#E3A6FF"),
    Level.EMERGENCY: LevelColours("#FFFFFF", "#000000", "#FFFFFF"),
}


def colours(level: Level, *, high_contrast: bool) -> LevelColours:
    """The badge colours of ``level`` in the session's contrast mode."""
    return (HIGH_CONTRAST if high_contrast else STANDARD)[level]
