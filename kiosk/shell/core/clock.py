"""The terminal's wall clock: Japan time, whatever the machine's own zone is."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")


def japan_now() -> dt.datetime:
    """The wall-clock time in Japan, as the city's service hours and slips are given."""
    return dt.datetime.now(JST)
