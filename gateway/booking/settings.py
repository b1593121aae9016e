"""What booking runs by: the city's rules and a clock (moved by tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from content.booking.rules import BookingRules, load_sample_booking_rules


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class BookingSettings:
    """The booking rules in force and the gateway's clock (aware, UTC)."""

    rules: BookingRules = field(default_factory=load_sample_booking_rules)
    clock: Callable[[], dt.datetime] = _utc_now

    def now(self) -> dt.datetime:
        """The current moment."""
        return self.clock()
