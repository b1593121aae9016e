"""The certificate flow's document printer over a CUPS (or emulated) queue.

Documents are personal: each PDF is written to a private spool file (0600, in a 0700 folder the
adapter owns) only for as long as it takes to submit it, and a job that stops mid-way is
cancelled and purged so that a reprint never comes out twice.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

from devices.docprint.errors import (
    DocPrintError,
    PrinterNotReadyError,
    PrintServiceDownError,
    QueueNotFoundError,
    QueuePausedError,
)
from devices.docprint.model import DocumentPrinter, PrinterState, PrintOptions
from devices.live import LiveDevice, device_source
from kiosk.services.certificates.core.ports import PrintError

log = logging.getLogger(__name__)

# Queue conditions that mean "the queue is held", not "the printer has a fault".
_HELD = frozenset({"paused", "stopped", "not-accepting"})


def reason_key(reason: str) -> str:
    """The message key of an IPP reason: ``media-empty`` → ``docprint.media_empty``."""
    if reason in _HELD:
        return QueuePausedError.key
    return "docprint." + reason.replace("-", "_")


def error_key(err: DocPrintError) -> str:
    """The flow's key for a document printer error (the printer's reason where it gave one)."""
    if isinstance(err, PrinterNotReadyError):
        return reason_key(err.reason)
    return err.key


def state_problem(state: PrinterState) -> str | None:
    """The key that says why ``state`` cannot print now, or ``None`` when it can."""
    return reason_key(state.problem) if state.problem is not None else None


class DocumentPrinterAdapter:
    """The flow's ``DocumentPrinterPort`` over a DocumentPrinter."""

    def __init__(
        self,
        printer: DocumentPrinter | LiveDevice[DocumentPrinter],
        *,
        spool_dir: Path | None = None,
        timeout_s: float = 300.0,
        options: PrintOptions | None = None,
    ) -> None:
        self._printer = device_source(printer)
        self.timeout_s = timeout_s
        self.options = options or PrintOptions()
        self._own_spool = spool_dir is None
        if spool_dir is None:
            spool_dir = Path(tempfile.mkdtemp(prefix="machikado-spool-"))
        else:
            spool_dir.mkdir(parents=True, exist_ok=True)
        spool_dir.chmod(0o700)
        self.spool_dir = spool_dir
        self._purge_leftovers()

    def _purge_leftovers(self) -> None:
        """Delete documents a stopped or killed run left behind: they carry a resident's data."""
        left = [path for path in self.spool_dir.iterdir() if path.is_file()]
        for path in left:
            path.unlink(missing_ok=True)
        if left:
            log.warning("removed %d print file(s) a previous run left", len(left))

    def check(self, pages: int) -> None:
        """Raise PrintError unless the queue answers and reports nothing that stops printing.

        IPP does not say how many sheets are left, so ``pages`` cannot be checked against the
        tray; an empty tray, a jam, an open cover or a held queue are caught here.
        """
        try:
            state = self._printer().state()
        except DocPrintError as err:
            raise PrintError(error_key(err), str(err)) from err
        problem = state_problem(state)
        if problem is not None:
            log.info("document printer not ready for %d page(s): %s", pages, problem)
            raise PrintError(problem)

    def print_pdf(self, pdf: bytes, title: str) -> None:
        """Submit ``pdf``, follow the job until it is out; the spool file is always removed."""
        if not pdf.startswith(b"%PDF-"):
            raise PrintError("docprint.bad_document")
        descriptor, name = tempfile.mkstemp(suffix=".pdf", dir=self.spool_dir)
        spool = Path(name)
        job: int | None = None
        try:
            with os.fdopen(descriptor, "wb") as out:
                out.write(pdf)
            job = self._printer().submit(spool, title, self.options)
            self._printer().follow(job, self.timeout_s)
            job = None  # completed: follow() purged it
        except DocPrintError as err:
            key = error_key(err)
            log.warning("document print stopped: %s", key)
            raise PrintError(key, str(err)) from err
        finally:
            spool.unlink(missing_ok=True)
            if job is not None:
                self._drop(job)

    def _drop(self, job: int) -> None:
        """Cancel and purge a job that did not finish, so a reprint does not come out twice."""
        try:
            self._printer().cancel(job)
        except (PrintServiceDownError, QueueNotFoundError):
            log.warning("print job %d could not be cancelled: print service gone", job)
        except DocPrintError as err:
            log.warning("print job %d could not be cancelled: %s", job, err.key)

    def close(self) -> None:
        """Remove the spool folder the adapter created."""
        if self._own_spool:
            with contextlib.suppress(OSError):
                shutil.rmtree(self.spool_dir)
