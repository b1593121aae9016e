"""The document printer through pycups: queue state, submitting PDFs, following jobs.

pycups builds job URIs from its process-wide server and port, so both are set (under a lock)
before each connection; a connection lives for one call, which keeps calls thread-safe.

Documents are a resident's: the print server must keep neither their files nor a history of
their jobs once printed (``PreserveJobFiles No`` and ``PreserveJobHistory No`` in cupsd.conf).
The printer checks the server's settings before its first report and says when it keeps them.
Without history a finished job vanishes at once, so each job is followed through a
subscription to the queue's ``job-completed`` events as well as by asking for the job.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
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

log = logging.getLogger(__name__)
_GLOBALS = threading.Lock()
IPP_NOT_FOUND = 0x0406
IPP_NOT_ACCEPTING = 0x0506
IPP_NOT_POSSIBLE = 0x0404
JOB_PENDING, JOB_HELD, JOB_STOPPED, JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 3, 4, 6, 7, 8, 9
T = TypeVar("T")
# (server, job id) → the subscription that hears how the job ends; shared by every printer of
# the process, since a printer opened again (after a reconnect) follows the jobs of the last.
_SUBSCRIPTIONS: dict[tuple[str, int, int], int] = {}
# What cupsd keeps of a finished job when cupsd.conf does not say (CUPS 2.4).
RETENTION_DEFAULTS = {"PreserveJobFiles": "86400", "PreserveJobHistory": "Yes"}
KEEPS_JOBS = "docprint.keeps_jobs"
SUBSCRIPTION_LEASE_S = 3600


def retention_problems(settings: Mapping[str, str]) -> tuple[str, ...]:
    """The cupsd.conf settings among ``settings`` that keep a finished job's files or history."""
    problems = []
    for name, default in RETENTION_DEFAULTS.items():
        value = str(settings.get(name, default)).strip()
        if value.lower() not in ("no", "off", "false", "0"):
            problems.append(f"{name} {value}" + ("" if name in settings else " (the default)"))
    return tuple(problems)


@dataclass(frozen=True)
class Retention:
    """What a print server keeps of finished jobs, as far as it lets this terminal see.

    ``problems`` are the settings that keep something (empty: nothing is kept); ``known`` is
    False when the server would not show its settings, so nothing could be checked.
    """

    problems: tuple[str, ...]
    known: bool = True
    detail: str = ""

    @property
    def keeps_jobs(self) -> bool:
        """The server keeps documents or their history after printing."""
        return bool(self.problems)


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
        self._retention: Retention | None = None

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
        subscription = self._subscribe()
        try:
            job = int(
                self._call(lambda c: c.printFile(self.queue, str(document), title, options.ipp()))
            )
        except BaseException:
            self._unsubscribe(subscription)
            raise
        if subscription is not None:
            with _GLOBALS:
                _SUBSCRIPTIONS[(self._host, self._port, job)] = subscription
        return job

    def _subscribe(self) -> int | None:
        """A subscription to the queue's finished jobs, made before the job can finish."""
        uri = f"ipp://localhost/printers/{self.queue}"
        try:
            return int(
                self._call(
                    lambda c: c.createSubscription(
                        uri, events=["job-completed"], lease_duration=SUBSCRIPTION_LEASE_S
                    )
                )
            )
        except DocPrintError as err:
            log.warning("no job events from the print server (%s): a job is asked for only", err)
            return None

    def _unsubscribe(self, subscription: int | None) -> None:
        if subscription is not None:
            with contextlib.suppress(DocPrintError):
                self._call(lambda c: c.cancelSubscription(subscription))

    def _finished_state(self, job_id: int) -> int | None:
        """The final job-state the queue's events report for a job gone from the server."""
        with _GLOBALS:
            subscription = _SUBSCRIPTIONS.get((self._host, self._port, job_id))
        if subscription is None:
            return None
        try:
            answer: dict[str, Any] = self._call(lambda c: dict(c.getNotifications([subscription])))
        except DocPrintError:
            return None
        for event in answer.get("events", []):
            if event.get("notify-job-id") == job_id and "job-state" in event:
                return int(event["job-state"])
        return None

    def follow(self, job_id: int, timeout: float, *, poll: float = 0.25) -> None:
        """Wait for the job to complete; JobFailedError, QueuePausedError or JobTimeoutError."""
        where = (self._host, self._port, job_id)
        with _GLOBALS:
            known = where in _SUBSCRIPTIONS
        if not known:  # a job queued by other means: heard of from now on
            subscription = self._subscribe()
            if subscription is not None:
                with _GLOBALS:
                    _SUBSCRIPTIONS[where] = subscription
        try:
            self._follow(job_id, timeout, poll)
        finally:
            with _GLOBALS:
                subscription = _SUBSCRIPTIONS.pop(where, None)
            self._unsubscribe(subscription)

    def _follow(self, job_id: int, timeout: float, poll: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                attributes = self._call(
                    lambda c: c.getJobAttributes(job_id, requested_attributes=["job-state"])
                )
                state = int(attributes.get("job-state", 0))
            except QueueNotFoundError as err:
                # Gone: a server that keeps no history forgets a job the moment it ends.
                finished = self._finished_state(job_id)
                if finished is None:
                    raise JobFailedError(
                        f"print job {job_id} was removed", state="canceled"
                    ) from err
                state = finished
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
        with _GLOBALS:
            subscription = _SUBSCRIPTIONS.pop((self._host, self._port, job_id), None)
        try:
            self._call(lambda c: c.cancelJob(job_id, purge_job=True))
        finally:
            self._unsubscribe(subscription)

    def health(self) -> Health:
        """The queue's availability; a server that keeps finished documents is a warning."""
        try:
            health = self.state().health()
        except DeviceError as err:
            return Health(False, err.key)
        if self._retention is None:
            self._retention = self.check_retention()
            _report(self._retention, f"{self._host}:{self._port}")
        if health.available and self._retention.keeps_jobs:
            return Health(True, warning=KEEPS_JOBS)
        return health

    def check_retention(self) -> Retention:
        """What the print server keeps of finished jobs, from its cupsd.conf settings.

        Reading the settings needs the server's leave (``/admin/conf``); a server that refuses
        is judged by what it shows instead: a finished job it still lists means it keeps history.
        """
        _never_prompt()
        try:
            settings = self._server_settings()
            if not settings:  # what libcups gives when the server refused to show them
                raise DocPrintError("not authorized to read /admin/conf")
        except DocPrintError as err:
            detail = f"the server's settings cannot be read ({err})"
            try:
                finished = self._call(
                    lambda c: c.getJobs(
                        which_jobs="completed",
                        my_jobs=False,
                        limit=1,
                        requested_attributes=["job-id"],
                    )
                )
            except DocPrintError:
                return Retention((), known=False, detail=detail)
            if finished:
                return Retention(("PreserveJobHistory (finished jobs are listed)",), detail=detail)
            return Retention((), known=False, detail=detail)
        return Retention(retention_problems(settings))

    def _server_settings(self) -> dict[str, str]:
        """cupsd.conf's settings, read on a thread of their own.

        libcups keeps the settings it read in per-thread state and asks the next server only
        whether they changed since, so a thread that read another server's would be misled.
        """
        result: list[dict[str, str]] = []
        failure: list[BaseException] = []

        def read() -> None:
            try:
                result.append(self._call(lambda c: dict(c.adminGetServerSettings())))
            except BaseException as err:  # handed to the calling thread
                failure.append(err)

        worker = threading.Thread(target=read, name="cups-settings", daemon=True)
        worker.start()
        worker.join(30)
        if failure:
            raise failure[0]
        if not result:
            raise PrintServiceDownError("the print service did not show its settings in time")
        return result[0]


def _report(retention: Retention, server: str) -> None:
    """Log once what the server keeps, so that the technician can correct cupsd.conf."""
    if retention.keeps_jobs:
        log.error(
            "the print server %s keeps finished documents or their history (%s): set "
            "'PreserveJobFiles No' and 'PreserveJobHistory No' in cupsd.conf and restart cups",
            server,
            ", ".join(retention.problems),
        )
    elif not retention.known:
        log.warning(
            "cannot check that the print server %s keeps no finished documents: %s; let local "
            "users read /admin/conf (GET) in cupsd.conf",
            server,
            retention.detail,
        )


def _never_prompt() -> None:
    """No password is asked for on the terminal's console: a refusal is an answer."""
    with _GLOBALS:
        cups.setPasswordCB(lambda *_args: "")


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
