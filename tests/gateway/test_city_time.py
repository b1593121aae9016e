"""What the gateway prints for city IT is in Japan time, whatever the server's zone is."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from gateway.city_time import city_time


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_stored_utc_times_are_shown_in_japan_time(monkeypatch, zone):
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        assert city_time("2026-12-02T19:28:05+00:00") == "2026-12-03T04:28:05+09:00"
        assert city_time("2026-12-02T19:28:05") == "2026-12-03T04:28:05+09:00"  # stored naive
        shown = dt.datetime.fromisoformat(city_time("2026-06-30T15:00:00+00:00"))
        assert (shown.day, shown.hour, shown.utcoffset()) == (1, 0, dt.timedelta(hours=9))
    finally:
        monkeypatch.undo()
        time.tzset()


def test_text_that_is_no_time_is_left_alone():
    assert city_time("unknown") == "unknown"
