"""Log lines are stamped in the terminal's zone (Japan time), whatever the process's zone is."""

from __future__ import annotations

import logging
import time
from zoneinfo import ZoneInfo

import pytest

from machikado.log_time import ZonedFormatter, set_up_logging, use_zone

MOMENT = 1796239685.25  # 2026-12-02T19:28:05.250Z, 04:28 on the 3rd in Japan


def record() -> logging.LogRecord:
    entry = logging.LogRecord(
        "machikado", logging.INFO, __file__, 1, "kiosk %s running", ("k",), None
    )
    entry.created = MOMENT
    return entry


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_a_line_reads_japan_time(monkeypatch, zone):
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        line = ZonedFormatter().format(record())
    finally:
        monkeypatch.undo()
        time.tzset()
    assert line == "2026-12-03T04:28:05.250+09:00 INFO machikado: kiosk k running"


def test_the_configured_zone_takes_over(monkeypatch):
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    set_up_logging("INFO")
    (handler,) = root.handlers
    assert isinstance(handler.formatter, ZonedFormatter)
    use_zone(ZoneInfo("America/New_York"))
    assert handler.format(record()).startswith("2026-12-02T14:28:05.250-05:00 ")
