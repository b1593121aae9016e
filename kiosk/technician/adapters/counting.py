"""Counts what the terminal does where it happens: sessions, certificates, receipts, pages, paper.

- The device monitor's openers are wrapped, so every receipt the receipt printer finishes counts
  one receipt and its length of paper, and every document job that completes counts its pages.
- A log handler counts each resident session the shell starts and every error logged.
- Certificates are counted from the issuance journal (kiosk/blocks/checkout): the orders that
  reached ``printed`` since the counters' last reset.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PIL import Image

from devices.receipt.document import Barcode, Feed, Logo, Qr, Receipt, Text
from kiosk.technician.core.model import Counters
from kiosk.technician.core.ports import CounterStore

log = logging.getLogger(__name__)
DOTS_PER_MM = 8  # 203 dpi heads
LINE_MM = 4.25  # one line of font A with its spacing
MARGIN_MM = 15  # the feed to the cutter and the top margin
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def receipt_length_mm(receipt: Receipt) -> int:
    """An estimate of the paper ``receipt`` takes, in millimetres."""
    length = float(MARGIN_MM)
    for block in receipt.blocks:
        if isinstance(block, Text):
            length += LINE_MM * max(1, block.height)
        elif isinstance(block, Qr):
            length += 30
        elif isinstance(block, Barcode):
            length += block.height / DOTS_PER_MM + LINE_MM
        elif isinstance(block, Logo):
            try:
                with Image.open(block.path) as image:
                    length += image.height / DOTS_PER_MM
            except OSError:
                length += LINE_MM
        elif isinstance(block, Feed):
            length += LINE_MM * block.lines
    return round(length)


def pdf_pages(document: Path) -> int:
    """How many pages the PDF ``document`` has (1 when it cannot be told)."""
    try:
        return max(1, len(_PAGE.findall(document.read_bytes())))
    except OSError:
        return 1


class _Proxy:
    """Passes every attribute through to the wrapped device."""

    def __init__(self, device: Any, counters: CounterStore) -> None:
        self._device = device
        self._counters = counters

    def __getattr__(self, name: str) -> Any:
        return getattr(self._device, name)


class CountingReceiptPrinter(_Proxy):
    """A receipt printer whose finished receipts are counted, with their paper."""

    def print_receipt(self, receipt: Receipt) -> None:
        """Print, then count (a receipt that failed is not counted)."""
        self._device.print_receipt(receipt)
        self._counters.add("receipts")
        self._counters.add("paper_mm", receipt_length_mm(receipt))


class CountingDocumentPrinter(_Proxy):
    """A document printer whose completed jobs count their pages."""

    def __init__(self, device: Any, counters: CounterStore) -> None:
        super().__init__(device, counters)
        self._pages: dict[int, int] = {}
        self._lock = threading.Lock()

    def submit(self, document: Path, title: str, options: Any) -> int:
        """Queue the job and remember its pages."""
        job: int = self._device.submit(document, title, options)
        with self._lock:
            self._pages[job] = pdf_pages(document) * int(getattr(options, "copies", 1))
        return job

    def follow(self, job_id: int, timeout: float) -> None:
        """Wait for the job; count its pages once it completed."""
        self._device.follow(job_id, timeout)
        with self._lock:
            pages = self._pages.pop(job_id, 0)
        if pages:
            self._counters.add("pages", pages)


_WRAPPERS: dict[str, type[_Proxy]] = {
    "receipt_printer": CountingReceiptPrinter,
    "document_printer": CountingDocumentPrinter,
}


def counting_openers(
    openers: Mapping[str, Callable[[], Any]], counters: CounterStore
) -> dict[str, Callable[[], Any]]:
    """The monitor's openers, the printers' wrapped so what they print is counted."""

    def wrap(opener: Callable[[], Any], wrapper: type[_Proxy]) -> Callable[[], Any]:
        return lambda: wrapper(opener(), counters)

    return {
        kind: wrap(opener, _WRAPPERS[kind]) if kind in _WRAPPERS else opener
        for kind, opener in openers.items()
    }


class _SessionCount(logging.Filter):
    """Counts the shell's 'session started' records, passing on only what was logged before."""

    def __init__(self, counters: CounterStore, floor: int) -> None:
        super().__init__()
        self._counters = counters
        self._floor = floor

    def filter(self, record: logging.LogRecord) -> bool:
        """Count a session start; let the record through at the level the logger had."""
        if record.msg == "session started":
            try:
                self._counters.add("sessions")
            except Exception:  # a counter must never break logging
                log.exception("a session was not counted")
        return record.levelno >= self._floor


class EventCounter(logging.Handler):
    """Counts every error logged, and (through the shell's logger) each resident session.

    The session logger is opened to INFO records so sessions are counted whatever the log
    level, and its filter keeps the lines printed as the level says.
    """

    SESSION_LOGGER = "kiosk.shell.core.session"

    def __init__(self, counters: CounterStore) -> None:
        super().__init__(logging.ERROR)
        self._counters = counters
        session = logging.getLogger(self.SESSION_LOGGER)
        self._session = _SessionCount(counters, session.getEffectiveLevel())
        self._own_level: int | None = None  # the logger's own level, when this opened it
        if session.getEffectiveLevel() > logging.INFO:
            self._own_level = session.level
            session.setLevel(logging.INFO)
        session.addFilter(self._session)

    def emit(self, record: logging.LogRecord) -> None:
        """Count an error."""
        try:
            self._counters.add("errors")
        except Exception:  # a counter must never break logging
            self.handleError(record)

    def close(self) -> None:
        """Stop counting sessions too, and give the session logger back its own level."""
        session = logging.getLogger(self.SESSION_LOGGER)
        session.removeFilter(self._session)
        if self._own_level is not None:
            session.setLevel(self._own_level)
            self._own_level = None
        super().close()


def install_event_counter(counters: CounterStore) -> EventCounter:
    """Count sessions and errors from the root logger's records from now on."""
    handler = EventCounter(counters)
    logging.getLogger().addHandler(handler)
    return handler


def certificates_printed(journal: Path, since: dt.datetime) -> int:
    """Orders in the issuance journal that reached ``printed`` after ``since``.

    The journal keeps whole seconds, so an order printed in the second of a reset is not counted.
    """
    if not journal.is_file():
        return 0
    try:
        with sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=5) as conn:
            count: int = conn.execute(
                "SELECT count(*) FROM orders WHERE outcome = 'printed' AND updated_at > ?",
                [since.astimezone(dt.UTC).isoformat(timespec="seconds")],
            ).fetchone()[0]
    except sqlite3.Error as err:
        log.warning("issuance journal not readable for the counters: %s", err)
        return 0
    return count


class JournalCounters:
    """The store's counters, with certificates counted from the issuance journal."""

    def __init__(self, counters: CounterStore, journal: Path) -> None:
        self._counters = counters
        self._journal = journal

    def counters(self) -> Counters:
        """The counts since the last reset."""
        counts = self._counters.counters()
        values = dict(counts.values)
        values["certificates"] = certificates_printed(self._journal, counts.since)
        return Counters(counts.since, values)

    def add(self, name: str, amount: int = 1) -> None:
        """Count ``amount`` more of ``name``."""
        self._counters.add(name, amount)

    def reset(self) -> Counters:
        """Zero the counts (certificates restart from the reset time); returns them as they were."""
        before = self.counters()
        self._counters.reset()
        return before
