"""The accessibility modes a resident can switch on for their session."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Accessibility:
    """Modes for one session; all off when a session starts."""

    large_text: bool = False
    high_contrast: bool = False
    low_reach: bool = False
    speech: bool = False

    def toggled(self, mode: str) -> Accessibility:
        """Return a copy with ``mode`` flipped; ``KeyError`` for an unknown mode name."""
        if mode not in MODES:
            raise KeyError(mode)
        return dataclasses.replace(self, **{mode: not getattr(self, mode)})


MODES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Accessibility))
