"""The city's time for what the gateway shows city IT: Japan time, whatever the server's zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

CITY_ZONE = ZoneInfo("Asia/Tokyo")


def city_time(stamp: str) -> str:
    """A stored time (ISO 8601, UTC) in Japan time, still ISO: '2026-12-03T01:28:05+09:00'.

    A naive stamp is taken to be UTC, as the gateway stores them; text that is no time is
    returned unchanged.
    """
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(CITY_ZONE).isoformat()
