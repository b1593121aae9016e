"""The signage's wall clock reads the terminal's zone, never the process's."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest

from signage.core import SystemClock


@pytest.mark.parametrize("process_zone", ["UTC", "America/New_York"])
def test_the_clock_shows_japan_time_in_any_process_zone(monkeypatch, process_zone):
    monkeypatch.setenv("TZ", process_zone)
    time.tzset()
    try:
        now = SystemClock().now()
        japan = dt.datetime.now(ZoneInfo("Asia/Tokyo"))
        assert now.utcoffset() == dt.timedelta(hours=9)
        assert now.strftime("%H") == japan.strftime("%H") or now.minute == 0
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_configured_zone():
    assert SystemClock(ZoneInfo("America/New_York")).now().tzinfo == ZoneInfo("America/New_York")
