"""Service hours: when certificates can be issued, and when the service opens next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceHours:
    """A daily opening window and month-days closed every year (wall-clock times)."""

    opens: dt.time
    closes: dt.time
    closed_days: frozenset[tuple[int, int]] = frozenset()

    @classmethod
    def parse(cls, hours: str, closed_days: tuple[str, ...] = ()) -> ServiceHours:
        """From config text: '06:30-23:00' ('24:00' closes at midnight) and ('12-29', …)."""
        start, end = hours.split("-")
        opens = dt.time.fromisoformat(start)
        closes = dt.time.max if end == "24:00" else dt.time.fromisoformat(end)
        days = frozenset((int(d[:2]), int(d[3:])) for d in closed_days)
        return cls(opens, closes, days)

    def _closed_on(self, day: dt.date) -> bool:
        return (day.month, day.day) in self.closed_days

    def is_open(self, now: dt.datetime) -> bool:
        """True when the service is open at ``now``."""
        return not self._closed_on(now.date()) and self.opens <= now.time() < self.closes

    def next_opening(self, now: dt.datetime) -> dt.datetime:
        """When the service opens next after ``now`` (``now`` itself while open)."""
        if self.is_open(now):
            return now
        day = now.date() if now.time() < self.opens else now.date() + dt.timedelta(days=1)
        for _ in range(366):
            if not self._closed_on(day):
                return dt.datetime.combine(day, self.opens, tzinfo=now.tzinfo)
            day += dt.timedelta(days=1)
        raise ValueError("closed on every day of the year")
