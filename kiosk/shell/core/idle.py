"""Idle timeout: when to warn a resident who stopped touching the screen, and when to wipe."""

from __future__ import annotations

import enum


class IdlePhase(enum.Enum):
    """Where the idle countdown stands."""

    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


class IdleTimer:
    """Tracks the last activity on a monotonic clock; no threads, the caller supplies ``now``."""

    def __init__(self, timeout_s: float, warning_s: float) -> None:
        self.timeout_s = timeout_s
        self.warning_s = warning_s
        self._last_activity = 0.0

    def restart(self, now: float) -> None:
        """Record activity at ``now``: the countdown starts over."""
        self._last_activity = now

    def phase(self, now: float) -> IdlePhase:
        """The phase at ``now``: active, warning shown, or expired."""
        idle = now - self._last_activity
        if idle < self.timeout_s:
            return IdlePhase.ACTIVE
        if idle < self.timeout_s + self.warning_s:
            return IdlePhase.WARNING
        return IdlePhase.EXPIRED

    def seconds_left(self, now: float) -> int:
        """Whole seconds until expiry once the warning shows (rounded up, never negative)."""
        remaining = self._last_activity + self.timeout_s + self.warning_s - now
        return max(0, -int(-remaining // 1))
