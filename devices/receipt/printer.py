"""The receipt printer: its interface and the ESC/POS adapter over any Transport.

Every job checks the printer's real-time status (DLE EOT) first and never starts on a printer
that cannot print; it then sends the job in whole commands, checks the status between chunks,
and waits for the reply to a queued ``GS r 1`` that comes only once everything has printed. A
printer that stops mid-job (paper end, cover opened) is reported with the reason.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol

from devices.monitor import Health
from devices.receipt.codec import (
    PAPER_SENSOR_REQUEST,
    STATUS_REQUESTS,
    JobEncoder,
    PrinterStatus,
    is_paper_sensor_reply,
    is_status_reply,
    parse_status,
)
from devices.receipt.document import Paper, Receipt
from devices.receipt.errors import (
    PrinterNotReadyError,
    PrinterTimeoutError,
    ReceiptError,
    StatusLineError,
)
from devices.receipt.transport import LP_PERRORP, LP_POUTPA, LP_PSELECD, Transport

CHUNK = 1024
STATUS_TIMEOUT = 2.0
POLL_INTERVAL = 0.5


def status_from_port(port: int) -> PrinterStatus:
    """PrinterStatus from the IEEE 1284 port status of a one-way USB printer."""
    return PrinterStatus(
        offline=not port & LP_PSELECD, paper_end=bool(port & LP_POUTPA), error=not port & LP_PERRORP
    )


class ReceiptPrinter(Protocol):
    """A receipt printer; calls block and are made from a worker thread.

    Raises ReceiptContentError for a receipt that cannot be printed, PrinterNotReadyError when
    the printer cannot print (``reason`` paper_out, cover_open, offline, …), PrinterTimeoutError,
    StatusLineError and PrinterUnavailableError.
    """

    def status(self) -> PrinterStatus:
        """The printer's real-time status."""
        ...

    def print_receipt(self, receipt: Receipt) -> None:
        """Print ``receipt``; returns once the printer reports it has printed everything."""
        ...

    def health(self) -> Health:
        """Availability for the device monitor (never raises)."""
        ...

    def close(self) -> None:
        """Release the port."""
        ...


class EscposPrinter:
    """ESC/POS over a serial, USB or TCP transport."""

    def __init__(
        self,
        transport: Transport,
        *,
        paper: Paper = Paper.MM80,
        status_timeout: float = STATUS_TIMEOUT,
    ) -> None:
        self.transport = transport
        self.paper = paper
        self._transport = transport
        self._status_timeout = status_timeout
        self._lock = threading.Lock()
        self._last_health = Health(True)
        self._finished = False

    def __enter__(self) -> EscposPrinter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wire_time(self, size: int) -> float:
        baud = self._transport.baud
        return size * 10 / baud if baud else 0.0

    def _reply(self, request: bytes) -> int:
        """Send a real-time request and return its one-byte reply."""
        self._transport.write(request, timeout=2.0 + self._wire_time(len(request)))
        deadline = time.monotonic() + self._status_timeout
        while True:
            left = deadline - time.monotonic()
            data = self._transport.read(max(left, 0.0)) if left > 0 else b""
            if not data:
                raise PrinterTimeoutError("the printer did not answer a status request")
            for byte in data:
                if is_status_reply(byte):
                    return byte
                if not is_paper_sensor_reply(byte):
                    raise StatusLineError(f"unexpected byte 0x{byte:02X} on the status line")
                self._finished = True

    def _status(self) -> PrinterStatus:
        port_status = getattr(self._transport, "port_status", None)
        if port_status is not None and not getattr(self._transport, "read_supported", True):
            return status_from_port(port_status())
        self._transport.discard_input()
        return parse_status({n: self._reply(STATUS_REQUESTS[n]) for n in (1, 2, 3, 4)})

    def status(self) -> PrinterStatus:
        """Ask the printer for its four status bytes (DLE EOT 1..4)."""
        with self._lock:
            return self._status()

    def _check_during_job(self) -> None:
        if not getattr(self._transport, "read_supported", True):
            return
        status = parse_status({2: self._reply(STATUS_REQUESTS[2])})
        if status.problem is not None:
            raise PrinterNotReadyError(
                f"the printer stopped during the job: {status.problem}",
                reason=status.problem,
                during_job=True,
            )

    def print_receipt(self, receipt: Receipt) -> None:
        """Print ``receipt`` or raise; the printer's state is checked before and after."""
        segments = JobEncoder(receipt.paper).segments(receipt)
        with self._lock:
            before = self._status()
            if before.problem is not None:
                raise PrinterNotReadyError(
                    f"the printer cannot print: {before.problem}", reason=before.problem
                )
            self._finished = False
            chunk = b""
            for segment in [*segments, PAPER_SENSOR_REQUEST]:
                chunk += segment
                if len(chunk) >= CHUNK or segment is PAPER_SENSOR_REQUEST:
                    self._transport.write(chunk, timeout=5.0 + 3 * self._wire_time(len(chunk)))
                    if segment is not PAPER_SENSOR_REQUEST:
                        self._check_during_job()
                    chunk = b""
            self._wait_until_printed(sum(len(s) for s in segments))
            after = self._status()
        self._last_health = Health(True, warning=after.warning or "")

    def _wait_until_printed(self, size: int) -> None:
        if not getattr(self._transport, "read_supported", True):
            return  # a one-way USB printer took all the data; its port status is checked next
        deadline = time.monotonic() + 10.0 + 3 * self._wire_time(size)
        next_check = time.monotonic() + POLL_INTERVAL
        while not self._finished:
            now = time.monotonic()
            if now > deadline:
                raise PrinterTimeoutError("the printer did not finish the job in time")
            for byte in self._transport.read(min(next_check, deadline) - now):
                if is_paper_sensor_reply(byte):
                    self._finished = True
                elif not is_status_reply(byte):
                    raise StatusLineError(f"unexpected byte 0x{byte:02X} on the status line")
            if not self._finished and time.monotonic() >= next_check:
                self._check_during_job()
                next_check = time.monotonic() + POLL_INTERVAL

    def health(self) -> Health:
        """The printer's availability; while a job prints, the state from the last check."""
        if not self._lock.acquire(blocking=False):
            return self._last_health
        try:
            status = self._status()
            problem = status.problem
            if problem is not None:
                health = Health(False, f"receipt.{problem}")
            else:
                health = Health(True, warning=status.warning or "")
        except ReceiptError as err:
            health = Health(False, err.key)
        finally:
            self._lock.release()
        self._last_health = health
        return health

    def close(self) -> None:
        """Close the transport."""
        with self._lock:
            self._transport.close()
