"""The terminal's wall clock shows its configured zone whatever the process's own zone is."""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo

import pytest

from kiosk.shell.core.clock import WallClock

MOMENT = dt.datetime(2026, 12, 2, 19, 28, 5, tzinfo=dt.UTC)  # 04:28 next day in Japan


@pytest.fixture(params=["UTC", "America/New_York"])
def process_zone(request, monkeypatch):
    """The process runs in another zone than the terminal's, as a machine set up abroad would."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_now_is_in_japan_time_by_default(process_zone):
    assert os.environ["TZ"] == process_zone
    clock = WallClock(source=lambda: MOMENT)
    now = clock.now()
    assert now.utcoffset() == dt.timedelta(hours=9)
    assert (now.day, now.hour, now.minute) == (3, 4, 28)
    assert clock() == now


def test_shown_in_the_language_and_in_japan_time(process_zone):
    clock = WallClock()
    assert clock.show(MOMENT, "ja") == "2026年12月3日 04:28"
    assert clock.show(MOMENT, "ja", seconds=True) == "2026年12月3日 04:28:05"
    assert clock.show(MOMENT, "en").endswith(" 04:28")


def test_a_moment_in_another_zone_is_shown_in_the_terminals(process_zone):
    new_york = MOMENT.astimezone(ZoneInfo("America/New_York"))
    assert WallClock().show(new_york, "ja") == "2026年12月3日 04:28"


def test_a_naive_moment_is_taken_as_utc(process_zone):
    naive = MOMENT.replace(tzinfo=None)
    assert WallClock().local(naive).hour == 4


def test_a_configured_zone_is_used():
    clock = WallClock(ZoneInfo("America/New_York"), source=lambda: MOMENT)
    assert clock.now().hour == 14
    assert clock.show(MOMENT, "ja") == "2026年12月2日 14:28"


def test_the_real_clock_reads_japan_time(process_zone):
    before = dt.datetime.now(ZoneInfo("Asia/Tokyo"))
    now = WallClock().now()
    assert now.utcoffset() == dt.timedelta(hours=9)
    assert abs((now - before).total_seconds()) < 5
