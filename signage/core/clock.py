"""Japan time and the two clocks the loop runs on: the wall clock and a monotonic one."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")


class Clock(Protocol):
    """Where the loop reads time: the wall clock for schedule decisions, monotonic for durations."""

    def now(self) -> datetime:
        """The wall-clock time, timezone-aware; it may jump (NTP, a wrong clock at boot)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; only differences between readings mean anything."""
        ...


class SystemClock:
    """The terminal's own clocks: the system time in the terminal's zone and ``time.monotonic``.

    ``zone`` is the configured terminal time zone (``[terminal] time_zone``, Japan time by
    default); the machine's own zone is never used.
    """

    def __init__(self, zone: ZoneInfo = JST) -> None:
        self.zone = zone

    def now(self) -> datetime:
        """The system wall-clock time in the terminal's zone."""
        return datetime.now(self.zone)

    def monotonic(self) -> float:
        """The system monotonic clock in seconds."""
        return time.monotonic()


def to_jst(moment: datetime) -> datetime:
    """``moment`` in Japan time; a naive datetime is taken to already be Japan time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=JST)
    return moment.astimezone(JST)
