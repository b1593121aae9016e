"""The terminal's wall clock: the configured time zone (Japan time), whatever the machine's zone is.

Every time a person reads — on a screen, a slip or a report — is taken from here and formatted in
Python, never by QML's ``Date`` (which uses the process's zone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from content.languages import format_date

JST = ZoneInfo("Asia/Tokyo")


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class WallClock:
    """The time in the terminal's zone; calling the clock reads it (``clock()`` is ``now()``)."""

    def __init__(self, zone: ZoneInfo = JST, source: Callable[[], dt.datetime] = _utc_now) -> None:
        self.zone = zone
        self._source = source

    def __call__(self) -> dt.datetime:
        """The current time in the terminal's zone (the clock as a plain callable)."""
        return self.now()

    def now(self) -> dt.datetime:
        """The current time in the terminal's zone."""
        return self.local(self._source())

    def local(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` in the terminal's zone; a naive ``moment`` is taken to be UTC."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(self.zone)

    def show(self, moment: dt.datetime, language: str, *, seconds: bool = False) -> str:
        """``moment`` as a person reads it in ``language``: its date, then 24-hour time."""
        local = self.local(moment)
        time = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
        return f"{format_date(local.date().isoformat(), language)} {time}"
