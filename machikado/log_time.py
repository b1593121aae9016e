"""Log lines stamped in the terminal's time zone (Japan time by default), offset included."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from zoneinfo import ZoneInfo

from machikado.journal import SOCKET, JournalHandler, stderr_is_journal

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ZonedFormatter(logging.Formatter):
    """A formatter whose ``asctime`` is ISO 8601 in ``zone``: 2026-12-03T04:28:05.123+09:00.

    The process's own zone (``TZ``, the machine's setting) never changes what a technician
    reads; journald keeps its own UTC stamps beside it.
    """

    def __init__(self, fmt: str = FORMAT, zone: ZoneInfo | None = None) -> None:
        super().__init__(fmt)
        self.zone = zone or ZoneInfo("Asia/Tokyo")

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        """The record's time in the formatter's zone."""
        moment = dt.datetime.fromtimestamp(record.created, self.zone)
        return moment.isoformat(timespec="milliseconds")


def set_up_logging(level: str) -> None:
    """Log at ``level``: into the journal under systemd, else to stderr stamped in Japan time."""
    if stderr_is_journal() and Path(SOCKET).is_socket():
        logging.basicConfig(level=level, handlers=[JournalHandler()])
        return
    logging.basicConfig(level=level)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(ZonedFormatter())


def use_zone(zone: ZoneInfo) -> None:
    """Stamp the log lines from now on in ``zone`` (the configured terminal time zone)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler.formatter, ZonedFormatter):
            handler.formatter.zone = zone


def use_terminal(terminal_id: str) -> None:
    """Tag the journal's entries from now on with the configured terminal id."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, JournalHandler):
            handler.terminal = terminal_id
