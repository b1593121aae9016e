"""The document printer through pycups: queue state, submitting PDFs, following jobs.

pycups builds job URIs from its process-wide server and port, so both are set (under a lock)
before each connection; a connection lives for one call, which keeps calls thread-safe.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import SplitResult, parse_qs

import cups

from devices.docprint.errors import (
    DocPrintError,
    JobFailedError,
    JobTimeoutError,
    PrinterNotReadyError,
    PrintServiceDownError,
    QueueNotFoundError,
    QueuePausedError,
)
from devices.docprint.model import PrinterState, PrintOptions, check_pdf, read_state
from devices.errors import DeviceConfigError, DeviceError
from devices.monitor import Health

_GLOBALS = threading.Lock()
IPP_NOT_FOUND = 0x0406
IPP_NOT_ACCEPTING = 0x0506
IPP_NOT_POSSIBLE = 0x0404
JOB_PENDING, JOB_HELD, JOB_STOPPED, JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 3, 4, 6, 7, 8, 9
T = TypeVar("T")


def refuse(state: PrinterState) -> None:
    """Raise the error that says why ``state`` cannot take a job (nothing if it can)."""
    if state.problem is None:
        return
    if state.problem in ("paused", "stopped", "not-accepting"):
        raise QueuePausedError(f"the print queue is paused ({state.problem})")
    raise PrinterNotReadyError(f"the printer reports {state.problem}", reason=state.problem)


class CupsPrinter:
    """One CUPS queue on a print server (the local cupsd by default)."""

    def __init__(self, queue: str, *, host: str | None = None, port: int | None = None) -> None:
        self.queue = queue
        self._host = host or cups.getServer()
        self._port = port or cups.getPort()

    @contextmanager
    def _connection(self) -> Iterator[cups.Connection]:
        try:
            with _GLOBALS:
                cups.setServer(self._host)
                cups.setPort(self._port)
                connection = cups.Connection(host=self._host, port=self._port)
        except RuntimeError as err:
            raise PrintServiceDownError("the print service does not answer") from err
        try:
            yield connection
        except cups.IPPError as err:
            raise self._translate(err) from err
        except RuntimeError as err:
            raise PrintServiceDownError("the print service stopped answering") from err

    def _translate(self, err: cups.IPPError) -> DocPrintError:
        status = err.args[0] if err.args else 0
        if status == IPP_NOT_FOUND:
            return QueueNotFoundError("the print queue does not exist")
        if status == IPP_NOT_ACCEPTING:
            return QueuePausedError("the print queue does not accept jobs")
        if status in (-1, 0) or status >= 0x1000:
            return PrintServiceDownError("the print service stopped answering")
        return DocPrintError(f"the print service refused the request (IPP status 0x{status:04X})")

    def _call(self, call: Callable[[cups.Connection], T]) -> T:
        with self._connection() as connection:
            return call(connection)

    def queues(self) -> list[str]:
        """Names of every queue on the server."""
        return sorted(self._call(lambda c: c.getPrinters()))

    def state(self) -> PrinterState:
        """The queue's printer-state, reasons and whether it accepts jobs."""
        wanted = [
            "printer-state",
            "printer-state-reasons",
            "printer-is-accepting-jobs",
            "printer-state-message",
        ]
        # Only the attributes asked for come back, and one reason comes as a str: not the
        # complete TypedDict of pycups' stub, so the answer is read as a plain dict.
        attributes: dict[str, Any] = self._call(
            lambda c: dict(c.getPrinterAttributes(self.queue, requested_attributes=wanted))
        )
        reasons = attributes.get("printer-state-reasons", ["none"])
        if isinstance(reasons, str):
            reasons = [reasons]
        return read_state(
            self.queue,
            int(attributes.get("printer-state", 5)),
            list(reasons),
            bool(attributes.get("printer-is-accepting-jobs", False)),
            str(attributes.get("printer-state-message", "")),
        )

    def submit(self, document: Path, title: str, options: PrintOptions) -> int:
        """Queue ``document`` (a PDF) after checking that the queue can print."""
        check_pdf(document)
        refuse(self.state())
        return int(
            self._call(lambda c: c.printFile(self.queue, str(document), title, options.ipp()))
        )

    def follow(self, job_id: int, timeout: float, *, poll: float = 0.25) -> None:
        """Wait for the job to complete; JobFailedError, QueuePausedError or JobTimeoutError."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                attributes = self._call(
                    lambda c: c.getJobAttributes(job_id, requested_attributes=["job-state"])
                )
            except QueueNotFoundError as err:
                raise JobFailedError(f"print job {job_id} was removed", state="canceled") from err
            state = int(attributes.get("job-state", 0))
            if state == JOB_COMPLETED:
                self._purge(job_id)
                return
            if state in (JOB_CANCELED, JOB_ABORTED, JOB_STOPPED):
                name = {JOB_CANCELED: "canceled", JOB_ABORTED: "aborted"}.get(state, "stopped")
                raise JobFailedError(f"print job {job_id} was {name}", state=name)
            if state in (JOB_PENDING, JOB_HELD):
                refuse(self.state())  # a paused queue or an empty tray will not print it
            if time.monotonic() > deadline:
                raise JobTimeoutError(f"print job {job_id} did not finish in {timeout:.0f} s")
            time.sleep(poll)

    def _purge(self, job_id: int) -> None:
        """Drop a finished job's spool file and history: documents may be personal."""
        with contextlib.suppress(DocPrintError):
            self._call(lambda c: c.cancelJob(job_id, purge_job=True))

    def cancel(self, job_id: int) -> None:
        """Cancel the job (and drop its spool file)."""
        self._call(lambda c: c.cancelJob(job_id, purge_job=True))

    def health(self) -> Health:
        """The queue's availability."""
        try:
            return self.state().health()
        except DeviceError as err:
            return Health(False, err.key)


def open_url(url: SplitResult) -> CupsPrinter:
    """``cups://Queue`` (local cupsd) or ``cups://Queue?server=host:port``."""
    queue = url.netloc or url.path.strip("/")
    if not queue or "/" in queue:
        raise DeviceConfigError("expected cups://QueueName")
    options = {key: values[-1] for key, values in parse_qs(url.query).items()}
    unknown = sorted(set(options) - {"server"})
    if unknown:
        raise DeviceConfigError(f"unknown document printer option(s): {', '.join(unknown)}")
    host, port = None, None
    if "server" in options:
        host, _, port_text = options["server"].rpartition(":")
        try:
            port = int(port_text)
        except ValueError as err:
            raise DeviceConfigError("server must be host:port") from err
    return CupsPrinter(queue, host=host, port=port)
