"""The terminal's own log kept as JSON lines in its data folder, for the menu, the CLI and bundle.

The apps log to stderr (journald keeps it); this handler keeps a bounded copy the technician can
filter by device and level without journal access. Log lines carry terminal events only, never
personal data (the architecture's rule for every logger).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
from collections import deque
from pathlib import Path

from kiosk.technician.core.model import DEVICE_KINDS, LogEntry

LOG_NAME = "terminal.jsonl"
MAX_BYTES = 512 * 1024
BACKUPS = 2
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# Which device a logger speaks of, by the start of its name.
_DEVICE_LOGGERS = {
    "devices.smartcard": "card_reader",
    "devices.receipt": "receipt_printer",
    "devices.docprint": "document_printer",
    "devices.ledsign": "led_sign",
    "devices.payment": "payment",
    "kiosk.blocks.identity": "card_reader",
    "kiosk.blocks.slips": "receipt_printer",
    "kiosk.blocks.checkout.payment_adapter": "payment",
}


def device_of(record: logging.LogRecord) -> str:
    """The device kind a log record is about, or "" when it is about none."""
    for prefix, kind in _DEVICE_LOGGERS.items():
        if record.name == prefix or record.name.startswith(prefix + "."):
            return kind
    if record.name == "devices.monitor" and isinstance(record.args, tuple) and record.args:
        first = record.args[0]
        if first in DEVICE_KINDS:
            return str(first)
    return ""


class JsonLineFormatter(logging.Formatter):
    """One JSON object per record: at (UTC), level, source, device, message."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        message = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            message += f" ({record.exc_info[0].__name__})"
        return json.dumps(
            {
                "at": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                    timespec="milliseconds"
                ),
                "level": record.levelname,
                "source": record.name,
                "device": device_of(record),
                "message": message[:2000],
            },
            ensure_ascii=False,
        )


def log_path(data_dir: Path) -> Path:
    """Where the terminal's log file is kept in ``data_dir``."""
    return data_dir / "logs" / LOG_NAME


def install_log_file(data_dir: Path, level: int = logging.INFO) -> logging.Handler:
    """Keep the root logger's records at ``level`` or worse in ``data_dir``'s log file (once)."""
    path = log_path(data_dir)
    root = logging.getLogger()
    for handler in root.handlers:
        if (
            isinstance(handler, logging.handlers.RotatingFileHandler)
            and Path(handler.baseFilename) == path.resolve()
        ):
            return handler
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setLevel(level)
    handler.setFormatter(JsonLineFormatter())
    root.addHandler(handler)
    return handler


class LogFile:
    """Reads the log file back: recent lines filtered by device and level, newest first."""

    def __init__(self, data_dir: Path) -> None:
        self.path = log_path(data_dir)

    def files(self) -> list[Path]:
        """The log file and its rotated copies that exist, oldest first."""
        names = [self.path.with_name(f"{LOG_NAME}.{n}") for n in range(BACKUPS, 0, -1)]
        return [p for p in [*names, self.path] if p.is_file()]

    def recent(self, *, device: str = "", level: str = "INFO", limit: int = 200) -> list[LogEntry]:
        """Lines at ``level`` or worse, about ``device`` when given, newest first."""
        if level not in LEVELS:
            raise ValueError(f"unknown level {level!r}; expected one of {', '.join(LEVELS)}")
        floor = LEVELS.index(level)
        found: deque[LogEntry] = deque(maxlen=max(1, limit))
        for path in self.files():
            with path.open(encoding="utf-8", errors="replace") as lines:
                for line in lines:
                    entry = _entry(line)
                    if entry is None or LEVELS.index(entry.level) < floor:
                        continue
                    if device and entry.device != device:
                        continue
                    found.append(entry)
        return list(reversed(found))


def _entry(line: str) -> LogEntry | None:
    """One line of the file as a LogEntry; None for a line that is not one (cut by a crash)."""
    try:
        data = json.loads(line)
        level = str(data["level"])
        if level not in LEVELS:
            return None
        return LogEntry(
            dt.datetime.fromisoformat(data["at"]),
            level,
            str(data["source"]),
            str(data["message"]),
            str(data.get("device", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None
