"""Every time on screen is in the terminal's zone (Japan time), whatever the process's zone is."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest

from kiosk.tour import find_item, wait_for_frame
from tests.kiosk.screen_helpers import texts

JAPAN = ZoneInfo("Asia/Tokyo")
SYNCED = dt.datetime(2026, 12, 2, 19, 28, tzinfo=dt.UTC)  # 04:28 on the 3rd in Japan


@pytest.fixture(params=["UTC", "America/New_York"])
def process_zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_offline_banner_and_as_of_are_in_japan_time(process_zone, kiosk, qtbot):
    connection = kiosk.engine.singletonInstance("Kiosk", "App").property("connection")
    kiosk.session.start()
    kiosk.session.openService("notices")
    connection.boardSynced.emit(None, SYNCED)
    connection.onlineReported.emit(False)
    qtbot.waitUntil(lambda: find_item(kiosk.window, "offlineBanner").isVisible())
    wait_for_frame(kiosk.window)
    assert connection.property("asOf") == "2026年12月3日 04:28"
    banner = [t for t in texts(kiosk.window) if "2026年12月" in t]
    assert banner and all("04:28" in t for t in banner)
    assert find_item(kiosk.window, "noticesAsOf").property("text").find("04:28") >= 0


def test_out_of_service_time_is_japan_time(process_zone, kiosk, qtbot):
    kiosk.session.start()
    kiosk.session.fail("software_error")
    wait_for_frame(kiosk.window)

    def shows_japan_time() -> bool:
        now = dt.datetime.now(JAPAN)
        info = find_item(kiosk.window, "terminalInfo").property("text")
        return f"{now:%H:%M}" in info and f"{now.day}日" in info

    qtbot.waitUntil(shows_japan_time, timeout=5000)
