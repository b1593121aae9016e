"""The hidden gesture: several quick taps in the top-left corner, between residents' sessions.

Polaris' pattern: ``taps`` taps, each within ``gap_s`` of the one before, inside a square of
``size_px`` in the corner; a pause or a tap elsewhere starts the count over. The gesture alone
shows nothing but the PIN pad.
"""

from __future__ import annotations

from dataclasses import dataclass

TAPS = 5
GAP_S = 0.8
SIZE_PX = 120


@dataclass
class CornerTaps:
    """Counts taps in the corner on a monotonic clock; no Qt, the caller feeds each tap."""

    taps: int = TAPS
    gap_s: float = GAP_S
    size_px: float = SIZE_PX
    _count: int = 0
    _last: float = -1e9

    def in_corner(self, x: float, y: float) -> bool:
        """True for a point (window coordinates) inside the corner square."""
        return 0 <= x < self.size_px and 0 <= y < self.size_px

    def tap(self, x: float, y: float, now: float) -> bool:
        """Count a tap at (x, y); True when it completes the gesture (the count starts over)."""
        if not self.in_corner(x, y):
            self._count = 0
            return False
        self._count = self._count + 1 if now - self._last <= self.gap_s else 1
        self._last = now
        if self._count >= self.taps:
            self._count = 0
            return True
        return False

    def reset(self) -> None:
        """Forget the taps so far."""
        self._count = 0
